/**
 * gapped-lines: a PDF's text read back a line a block (MuPDF's `mutool draw -F txt` sets a blank line after
 * every line of a column), so that blank lines no longer part paragraphs: every line of the column, cut
 * anywhere at its width (`淰阳师` / `范学院`), stands between two of them. The column says so: most lines fill
 * it to the same width, many of them left open mid-sentence, and nearly every line has a blank line under it.
 * Those single blank lines go; two or more in a row (a page's end, a gap the page set) stay as one. What a
 * paragraph is is then read from the column, as for any hard-wrapped text: a line that stops short ends one.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { countHan, displayWidth, endsOpen, hardWrapWidth } from '../chars.ts';
import { squeeze } from '../column.ts';

export const RULE = 'gapped-lines';

export function gappedLines(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const filled = lines.map((_, i) => i).filter((i) => lines[i]!.trim() !== '');
  if (filled.length < 12) return undefined;
  // A blank line under nearly every line, and one only: a line a block.
  const inner = filled.slice(0, -1);
  const gapped = inner.filter((i) => lines[i + 1]!.trim() === '' && (lines[i + 2] ?? '').trim() !== '');
  if (gapped.length < inner.length * 0.8) return undefined;
  // And the lines a column's: most of them as wide, and many of those left open (a paragraph a line ends in
  // its full stop, however wide it is).
  const measured = filled.map((i) => squeeze(lines[i]!));
  const full = hardWrapWidth(measured);
  const wide = full === undefined ? [] : measured.filter((l) => displayWidth(l.trim()) >= full && displayWidth(l.trim()) <= full + 6);
  const lines12 = measured.filter((l) => displayWidth(l.trim()) >= 12);
  const column = full !== undefined && full <= 80 && wide.length >= 8 && wide.length >= lines12.length * 0.5 && wide.filter((l) => endsOpen(l)).length >= wide.length * 0.5;
  // Or the paragraphs say where they start, by the `　　` a few lines open with (pdfminer's text of a PDF), while
  // many lines stop mid-sentence: every line has its blank line, and only the indents part paragraphs.
  // (Lines of text, that is, of some length: most of them stop mid-sentence, as wrapped lines do.)
  const indents = filled.filter((i) => /^\u3000\u3000/u.test(lines[i]!)).length;
  const long = filled.filter((i) => countHan(lines[i]!) >= 15);
  const open = long.filter((i) => endsOpen(lines[i]!)).length;
  const indented = indents >= 3 && indents <= filled.length * 0.4 && long.length >= 10 && open >= long.length * 0.6;
  if (!column && !indented) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  let removed = 0;
  lines.forEach((line, i) => {
    const single = line.trim() === '' && i > 0 && lines[i - 1]!.trim() !== '' && (lines[i + 1] ?? '').trim() !== '';
    if (single) {
      removed++;
      return;
    }
    // A run of blank lines is one.
    if (line.trim() === '' && out.length > 0 && out[out.length - 1]!.trim() === '') return;
    out.push(line);
    map.push(lineMap[i] ?? i + 1);
  });
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[filled[0]!] ?? 1, text: `${removed} blank lines`, to: 'the blank line after every line of a column (a line a block): no paragraph marks' }];
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
