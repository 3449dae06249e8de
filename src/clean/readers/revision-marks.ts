/**
 * revision-marks: a word processor's tracked changes and comments, printed by a text extractor that takes every
 * text node (odfpy's teletype, a docx reader): the author, the time in ISO form and the words run together
 * (`县妇联办公室2026-09-22T09:41:00集中`, a deletion; `谷晓红2026-09-22T10:15:00合格率请…`, a comment). A line that
 * is such a record and nothing else goes (reported). One inside a sentence is not cut: where the comment's words
 * end the text does not say, so it is left, and reported as a suggestion for the editor.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'revision-marks';

// An author (a person's or an office's name), then the revision's time as the file stores it.
const MARK = /\p{Script=Han}{2,10}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z?/u;
const WHOLE = /^[ \t\u3000]*\p{Script=Han}{2,10}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z?[^\n。！？]{0,20}[ \t]*$/u;

export function revisionMarks(text: string, lineMap: number[]): Reading | undefined {
  if (!MARK.test(text)) return undefined;
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    const line = lineMap[i] ?? i + 1;
    if (WHOLE.test(l)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: "a tracked change's author, time and words, printed as a line of the text" });
      return '';
    }
    const m = MARK.exec(l);
    if (m) changes.push({ rule: RULE, kind: 'suggested', line, text: l.slice(m.index, m.index + 40), to: "a comment's or a tracked change's author and time inside the text? Its words run on into the sentence: left as it is, check the source" });
    return l;
  });
  return changes.length > 0 ? { text: out.join('\n'), meta: {}, changes, lineMap } : undefined;
}
