/**
 * sheet-csv: a document kept in a spreadsheet (a bulletin typed down column A, a table under it) and exported as
 * CSV (gnumeric's ssconvert, LibreOffice): every row a line with its empty cells as commas (`标题,,,,,,,`), a
 * paragraph with a comma or a line break quoted, a figure as the float it is stored as (`4.9000000000000003553`).
 * Read by a CSV parser (csv-parse): a row with one cell is a line of text; three rows or more in a row with the
 * same number of cells (two or more) are a table, the first its header; any other row's cells make one line,
 * U+3000 between them. A figure's float noise is its shortest form (`4.9`), reported. Only a file whose rows
 * mostly end in empty cells is read so.
 */
import type { Change } from '../report.ts';
import { csvRecords, writeTable, type Reading } from './reading.ts';

export const RULE = 'sheet-csv';

// A decimal with more digits than a double holds: a stored float printed in full.
const FLOAT_NOISE = /^-?\d{1,12}\.\d{13,25}$/u;

export function sheetCsv(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // (Rows padded with empty cells: most lines end in two commas or more.)
  const padded = lines.filter((l) => /,,\s*$/u.test(l)).length;
  if (padded < 5 || padded < lines.filter((l) => l.trim() !== '').length * 0.4) return undefined;
  const records = csvRecords(text, false);
  if (!records) return undefined;
  const changes: Change[] = [];
  const rows = records.map((r) => {
    const start = r.line;
    const cells = r.cells.map((c) => {
      const t = c.trim();
      if (!FLOAT_NOISE.test(t)) return t;
      const short = String(Number(t));
      if (short.length >= t.length) return t;
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[start - 1] ?? start, text: t, to: `${short} (a stored float printed in full)` });
      return short;
    });
    const width = cells.length;
    // Trailing empty cells are the sheet's width, not the row's.
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return { cells, width, line: lineMap[start - 1] ?? start };
  });
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { cells, line } = rows[i]!;
    const filled = cells.filter((c) => c !== '');
    if (filled.length <= 1) {
      for (const l of (filled[0] ?? '').split('\n')) { out.push(l); map.push(line); }
      continue;
    }
    // A table's rows: as many cells as its header, or fewer with the rest empty (a total row's last cell).
    let j = i + 1;
    const same = (r: { cells: string[]; width: number }) => r.width === rows[i]!.width && r.cells.length <= cells.length && r.cells.filter((c) => c !== '').length >= 2;
    while (j < rows.length && cells.length >= 2 && same(rows[j]!)) j++;
    if (j - i >= 3) {
      writeTable(out, map, rows.slice(i, j).map((r) => [...r.cells, ...Array<string>(cells.length - r.cells.length).fill('')]), rows.slice(i, j).map((r) => r.line));
      changes.push({ rule: RULE, kind: 'changed', line, text: `${j - i} rows of ${cells.length} cells`, to: 'a table (the first row its header)' });
      i = j - 1;
      continue;
    }
    out.push(filled.join('\u3000'));
    map.push(line);
    changes.push({ rule: RULE, kind: 'changed', line, text: `${filled.length} cells`, to: 'one line, U+3000 between them' });
  }
  changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `${rows.length} rows of comma-separated cells`, to: 'the sheet read by a CSV parser: its text, its tables' });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
