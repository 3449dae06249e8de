/**
 * heading-lines: a PDF-to-Markdown converter that takes a column's lines for headings (pdf2md marks each line of
 * a larger or bolder run `### …`, a blank line after each) turns a story into a stack of headings cut in
 * mid-sentence (`### 入夜，滍川县柏桥镇杜岗村的水泥路上，一盏` / `### 盏太阳能路灯次第亮起。…`). Three headings or
 * more of one level in a row, most of them holding a sentence's marks, are no headings: their marks and the
 * blank lines between them go, and the lines stand as the hard-wrapped text they are (page-break joins them).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'heading-lines';

// (The text to the line's end, its trailing spaces trimmed after: a lazy match before `[ \t]*$` is quadratic on a run
// of spaces.)
const HEADING_LINE = /^(#{1,6})[ \t]+(\S.*)$/u;
const HEADING = { exec: (l: string) => { const m = HEADING_LINE.exec(l); if (m) m[2] = m[2]!.trimEnd(); return m; } };
const SENTENCE_MARK = /[，。、；！？]/u;

export function headingLines(text: string, lineMap: number[]): Reading | undefined {
  if (!/^#{1,6} /mu.test(text)) return undefined;
  const lines = text.split('\n');
  const drop = new Set<number>();
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = HEADING.exec(lines[i]!);
    if (!first) continue;
    const run = [i];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < lines.length && lines[k]!.trim() === '') k++;
      const m = k < lines.length ? HEADING.exec(lines[k]!) : null;
      if (!m || m[1] !== first[1] || k - j > 1) break;
      run.push(k);
      j = k + 1;
    }
    const marked = run.filter((k) => SENTENCE_MARK.test(HEADING.exec(lines[k]!)![2]!)).length;
    if (run.length >= 3 && marked >= Math.ceil((run.length * 2) / 3)) {
      for (const k of run) {
        const m = HEADING.exec(lines[k]!)!;
        changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: m[1]!, to: "a heading's mark on a line of running text (the converter's, no heading)" });
        lines[k] = m[2]!;
      }
      // The blank lines between them: one block of wrapped lines.
      for (let k = run[0]!; k < run[run.length - 1]!; k++) if (lines[k]!.trim() === '') drop.add(k);
    }
    i = j - 1;
  }
  if (changes.length === 0) return undefined;
  return { text: lines.filter((_, k) => !drop.has(k)).join('\n'), meta: {}, changes, lineMap: lineMap.filter((_, k) => !drop.has(k)) };
}
