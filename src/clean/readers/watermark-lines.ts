/**
 * watermark-lines: text read off an image by OCR (an app's "long image" of an article, a screenshot) carries
 * the image's watermark — the app's or paper's name printed across it — as a line of its own every so
 * often, and now and then glued to the end of a text line after a space. Such a line is known by what it
 * does: the same short name, three times or more, twice at least standing inside a sentence (the line
 * above runs on into the line below). A speaker's name over their words, a repeated heading, stands
 * after a sentence's end, not inside one. The lines go, and the name where it closes a line after a
 * space; each removal is reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'watermark-lines';

// A name: Han and Latin letters, no mark of a sentence or a label.
const NAME = /^[\p{Script=Han}A-Za-z0-9·]{2,12}$/u;
const SENTENCE_END = /[。！？!?”」』）)]$/u;

export function watermarkLines(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const count = new Map<string, number[]>();
  trimmed.forEach((t, i) => {
    if (!NAME.test(t)) return;
    const at = count.get(t);
    if (at) at.push(i);
    else count.set(t, [i]);
  });
  const mark = [...count].find(([, at]) => at.length >= 3 && at.filter((i) => insideSentence(trimmed, i)).length >= 2)?.[0];
  if (mark === undefined) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((line, i) => {
    const at = lineMap[i] ?? i + 1;
    if (trimmed[i] === mark) {
      changes.push({ rule: RULE, kind: 'removed', line: at, text: mark, to: "the image's watermark, read as a line of its own" });
      return;
    }
    // The name closing a line after a space (found from the line's end, so a long line costs one pass).
    const end = line.trimEnd();
    const start = end.length - mark.length;
    const before = end.endsWith(mark) ? end.slice(0, start).replace(/(?<![ \t\u3000\u00a0])[ \t\u3000\u00a0]+$/u, '') : end;
    if (before !== end && before.length < start && /\p{Script=Han}|[，。、；：]/u.test(before)) {
      changes.push({ rule: RULE, kind: 'removed', line: at, text: mark, to: "the image's watermark, read onto the end of a line" });
      out.push(before);
    } else out.push(line);
    map.push(at);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}

/** The line at `i` stands between two lines of one sentence: the one above runs on, the one below goes on. */
function insideSentence(lines: string[], i: number): boolean {
  let a = i - 1;
  while (a >= 0 && lines[a] === '') a--;
  let b = i + 1;
  while (b < lines.length && lines[b] === '') b++;
  const above = lines[a] ?? '';
  const below = lines[b] ?? '';
  // (A line of the text read off an image runs to its width: a poem's short lines repeating a refrain are no such lines.)
  return above.length >= 10 && !SENTENCE_END.test(above) && /^[\p{Script=Han}\d，、。；：“”‘’「」『』）]/u.test(below) && below.length >= 2;
}
