/**
 * indented-cells: an extractor's `textContent` keeps the HTML source's line breaks and indents (Readability
 * on a page written with nested tags), so a table comes out one cell a line at the cells' depth, the rows and
 * cells parted by lines of nothing but the indents of `<tr>` and `<td>`. Two rows or more of as many cells
 * (two or more, short, no sentence), parted so, are that table: read as a Markdown table in their place.
 */
import { rewriteBlocks, writeTable, type Reading } from './reading.ts';

export const RULE = 'indented-cells';

const indentOf = (l: string) => /^[ \t]*/u.exec(l)![0].length;
const CELL = /^[^。！？|]{1,24}$/u;

interface Cell {
  at: number;
  text: string;
  /** The shallowest indent of the lines of indent alone before it: a row's (shallower) or a cell's. */
  gap: number;
}

export function indentedCells(text: string, lineMap: number[]): Reading | undefined {
  // (Only a text with lines of nothing but spaces, the indents of tags, is read.)
  if (!/^[ \t]{8,}$/mu.test(text)) return undefined;
  return rewriteBlocks(text, lineMap, (lines, i) => {
    const l = lines[i]!;
    if (l.trim() === '' || indentOf(l) < 8 || !CELL.test(l.trim()) || (i > 0 && lines[i - 1]!.trim() !== '')) return undefined;
    // A run of cells at one depth, with lines of indent alone between them.
    const depth = indentOf(l);
    const cells: Cell[] = [];
    let j = i;
    let gap = Infinity;
    for (; j < lines.length; j++) {
      const m = lines[j]!;
      if (m.trim() === '') {
        gap = Math.min(gap, m.length === 0 ? 0 : indentOf(m));
        continue;
      }
      if (indentOf(m) !== depth || !CELL.test(m.trim())) break;
      cells.push({ at: j, text: m.trim(), gap: cells.length === 0 ? Infinity : gap });
      gap = Infinity;
    }
    const rows = rowsOf(cells, depth);
    if (!rows) return undefined;
    return {
      end: j,
      write(out, map, changes) {
        writeTable(out, map, rows.map((r) => r.map((c) => c.text)), rows.map((r) => lineMap[r[0]!.at] ?? r[0]!.at + 1));
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${cells.length} cells one a line`, to: `a table of ${rows.length} rows (its cells printed at the HTML source's indent)` });
      },
    };
  });
}

/** The cells cut into rows by the shallower of two depths of parting lines, both set in and short of the cells. */
function rowsOf(cells: Cell[], depth: number): Cell[][] | undefined {
  const gaps = [...new Set(cells.slice(1).map((c) => c.gap))].sort((a, b) => a - b);
  if (cells.length < 4 || gaps.length !== 2 || gaps[0]! === 0 || gaps[1]! >= depth) return undefined;
  const rows: Cell[][] = [[]];
  for (const c of cells) {
    if (c.gap === gaps[0]) rows.push([]);
    rows.at(-1)!.push(c);
  }
  const width = rows[0]!.length;
  return rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width) ? rows : undefined;
}
