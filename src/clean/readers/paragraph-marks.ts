/**
 * paragraph-marks: the Sogou corpora mark each paragraph with the private-use
 * character U+E40C, invisible in most editors, so the text only looks run
 * together. Each mark is a paragraph break (a blank line) and is reported.
 * The same holds for a `　　` indent inside a line, right after a sentence's
 * end: a page whose markup had no breaks (lxml's `text_content()`, a copy of
 * a 数字报 page) runs its paragraphs together on one line, and each keeps the
 * two ideographic spaces that opened it.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'paragraph-marks';

const MARK = '\ue40c';
// After a sentence's closing mark, two or more ideographic spaces, then the next sentence.
const INDENT = /(?<=[。！？…”’」』）)])[ \t]*\u3000{2,}(?=[^\s\u3000])/gu;
const TWO = '\u3000\u3000';
const RUN_IN = /(?<=[^\s\u3000])[ \t]*\u3000{2,}(?=[^\s\u3000])/gu;
// The same with no-break spaces (`&nbsp;&nbsp;&nbsp;&nbsp;`, a CMS's indent), where the page opens its paragraphs so:
// two lines of the text at least begin with such a run.
const NBSP_INDENT = /(?<=[。！？…”’」』）)])[ \t]*\u00a0{2,}(?=[^\s\u00a0\u3000])/gu;
const NBSP_OPENS = /^[ \t]*\u00a0{2,}\S/gmu;

export function paragraphMarks(text: string, lineMap: number[]): Reading | undefined {
  const marked = text.includes(MARK);
  const nbsp = text.includes('\u00a0\u00a0') && (text.match(NBSP_OPENS)?.length ?? 0) >= 2 && NBSP_INDENT.test(text);
  NBSP_INDENT.lastIndex = 0;
  // INDENT opens with a lookbehind, tried at every position: only a text (a line) with two U+3000 in a row is scanned.
  if (!marked && !nbsp && !(text.includes(TWO) && INDENT.test(text))) return undefined;
  INDENT.lastIndex = 0;
  const changes: Change[] = [];
  const out: string[] = [];
  const outMap: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = lineMap[i] ?? i + 1;
    const byMark = marked && raw.includes(MARK);
    // A table row or a quotation's line keeps its spaces.
    const tableOrQuote = /^\s*[|>]/u.test(raw);
    // (A record's content on one line, its paragraphs each opened by `　　` — five such runs or more, most of them
    // after a sentence's end —: every run is a paragraph's opening, after a head or a date line as well.)
    const runs = !tableOrQuote && raw.length >= 300 ? (raw.match(RUN_IN) ?? []).length : 0;
    const allRuns = runs >= 5 && (raw.match(INDENT) ?? []).length * 2 >= runs;
    const byIndent = tableOrQuote || !raw.includes(TWO) ? [raw] : raw.split(allRuns ? RUN_IN : INDENT);
    // (Where the corpus marked only its <p>s, a head or a photo's note runs into the paragraph after it, and the
    // `　　` that opened that paragraph is all that parts them, after whatever the head ended in.)
    // (So does a marked unit that is a table's row or frame, its bars made full-width: `｜　材质　｜　优点　　　｜`.)
    const parts = byMark ? raw.split(MARK).flatMap((p) => (tableOrQuote || /^[\s\u3000]*[|｜│＋]/u.test(p) ? [p] : p.split(RUN_IN))) : nbsp && !tableOrQuote ? byIndent.flatMap((p) => p.split(NBSP_INDENT)) : byIndent;
    parts.forEach((part, k) => {
      if (k > 0) {
        changes.push({ rule: RULE, kind: 'changed', line, text: byMark ? MARK : '　　 or no-break spaces', to: 'paragraph break' });
        out.push('');
        outMap.push(line);
      }
      out.push(part);
      outMap.push(line);
    });
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: outMap };
}
