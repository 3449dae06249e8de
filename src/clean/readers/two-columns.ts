/**
 * two-columns: a printed page of two columns that `pdftotext -layout` read across, line by line (`三月的芈家坳村，溪边
 * 的竹竿上晾满了蓝白           从一口染缸到二十一户`): each line holds a line of the left column, a gap of three spaces or
 * more, and a line of the right column, so that every sentence runs on in the column beside it. Where a run of
 * lines with no blank line among them holds eight lines or more that split so once — Chinese text on both sides,
 * no second gap, most of them prose on both sides (a table's short cells are no column) — and they are most of its
 * lines, the page's columns are read whole: the left column's lines, then the right column's. A line between them
 * with no gap is the left column's where it starts near the margin, the right's where it stands far in, to the
 * run's end (a column may run on below the other's end); the lines over the first split (a headline, set across
 * both) stay where they are. Reported once for each run.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { countHan, displayWidth } from '../chars.ts';

export const RULE = 'two-columns';

// (A row of a page is short: a line longer than this is no line of two columns, and is not split.)
const SPLIT = /^([ \t]*\S(?:.*?\S)?) {3,}(\S(?:.*\S)?)[ \t]*$/u;

/** The line's left and right parts, where it splits once between two runs of Chinese text. */
function split(line: string): [string, string] | undefined {
  if (line.length > 200) return undefined;
  const m = SPLIT.exec(line);
  if (!m || / {3,}/u.test(m[1]!.trim()) || / {3,}/u.test(m[2]!)) return undefined;
  return countHan(m[1]!) >= 6 && countHan(m[2]!) >= 4 ? [m[1]!, m[2]!] : undefined;
}

export function twoColumns(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  const push = (l: string, k: number) => {
    out.push(l);
    map.push(lineMap[k] ?? k + 1);
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      push(lines[i]!, i);
      continue;
    }
    let e = i;
    while (e < lines.length && lines[e]!.trim() !== '') e++;
    const parts = lines.slice(i, e).map(split);
    const splits = parts.flatMap((p, d) => (p ? [d] : []));
    // (Prose on both sides, lines of a column's width: a table of two columns of words, `项目名称   办理部门`, has short
    // cells, and is no page of columns.)
    const prose = splits.filter((d) => countHan(parts[d]![0]) >= 12 && countHan(parts[d]![1]) >= 10).length;
    if (splits.length < 8 || splits.length < (e - i) * 0.6 || prose < 6 || prose < splits.length * 0.6) {
      for (let k = i; k < e; k++) push(lines[k]!, k);
      i = e - 1;
      continue;
    }
    const first = splits[0]!;
    for (let d = 0; d < first; d++) push(lines[i + d]!, i + d);
    const left: [string, number][] = [];
    const right: [string, number][] = [];
    // (A column may run on below the other's end: its lines, to the run's end, are its own.)
    for (let d = first; d < e - i; d++) {
      const p = parts[d];
      const line = lines[i + d]!;
      if (p) {
        left.push([p[0], i + d]);
        right.push([p[1], i + d]);
      } else if (displayWidth(/^[ \t]*/u.exec(line)![0]) >= 30) right.push([line.trim(), i + d]);
      else left.push([line, i + d]);
    }
    for (const [l, k] of left) push(l, k);
    for (const [r, k] of right) push(r, k);
    changes.push({ rule: RULE, kind: 'changed', line: lineMap[i + first] ?? i + first + 1, text: `${e - i - first} lines read across two columns`, to: `the left column's ${left.length} lines, then the right column's ${right.length} (a printed page's columns, read whole)` });
    i = e - 1;
  }
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
