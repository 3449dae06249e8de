/**
 * indented-cells: an extractor's `textContent` keeps the HTML source's line breaks and indents (Readability
 * on a page written with nested tags), so a table comes out one cell a line at the cells' depth, the rows and
 * cells parted by lines of nothing but the indents of `<tr>` and `<td>`. Two rows or more of as many cells
 * (two or more, short, no sentence), parted so, are that table: read as a Markdown table in their place.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'indented-cells';

const indentOf = (l: string) => /^[ \t]*/u.exec(l)![0].length;
const CELL = /^[^。！？|]{1,24}$/u;

export function indentedCells(text: string, lineMap: number[]): Reading | undefined {
  // (Only a text with lines of nothing but spaces, the indents of tags, is read.)
  if (!/^[ \t]{8,}$/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const out = [...lines];
  const changes: Change[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.trim() === '' || indentOf(l) < 8 || !CELL.test(l.trim())) {
      i++;
      continue;
    }
    // A run of cells at one depth, with lines of indent alone between them.
    const depth = indentOf(l);
    const cells: { at: number; text: string; gap: number }[] = [];
    let j = i;
    let gap = Infinity;
    while (j < lines.length) {
      const m = lines[j]!;
      if (m.trim() === '') {
        // The shallowest indent between two cells says what parts them: a row's (shallower) or a cell's.
        gap = Math.min(gap, m.length === 0 ? 0 : indentOf(m));
        j++;
        continue;
      }
      if (indentOf(m) !== depth || !CELL.test(m.trim())) break;
      cells.push({ at: j, text: m.trim(), gap: cells.length === 0 ? Infinity : gap });
      gap = Infinity;
      j++;
    }
    const gaps = [...new Set(cells.slice(1).map((c) => c.gap))].sort((a, b) => a - b);
    // Two depths of parting lines, both set in from the margin and short of the cells: rows and cells.
    if (cells.length >= 4 && gaps.length === 2 && gaps[0]! > 0 && gaps[1]! < depth) {
      const rows: string[][] = [[]];
      for (const c of cells) {
        if (c.gap === gaps[0]) rows.push([]);
        rows.at(-1)!.push(c.text);
      }
      const width = rows[0]!.length;
      if (rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width)) {
        const table = [`| ${rows[0]!.join(' | ')} |`, `|${' --- |'.repeat(width)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
        // (The table's lines stand together where its cells began, the block's other lines left blank.)
        for (let k = i; k < j; k++) out[k] = k - i < table.length ? table[k - i]! : '';
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${cells.length} cells one a line`, to: `a table of ${rows.length} rows (its cells printed at the HTML source's indent)` });
        i = j;
        continue;
      }
    }
    i = Math.max(j, i + 1);
  }
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap };
}
