/**
 * bar-tables: a table drawn with bars alone, no rule between its rows (antiword's text of a Word table,
 * `|类别            |招聘单位    |人数     |笔试科目          |`): every line of it opens and closes with a bar
 * and holds as many cells. A cell too long for its column goes on in the next line, the row's first cell empty
 * there (`|                |小学        |         |        |`): its pieces are one cell again. The first row is the
 * header. Left as it is: a table with a Markdown delimiter row (Markdown reads that), fewer than three lines,
 * lines of different numbers of cells.
 */
import { rewriteBlocks, writeTable, type Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'bar-tables';

const ROW = /^[ \t]*\|((?:[^|\n]*\|){2,40})[ \t]*$/u;
const DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/u;

export function barTables(text: string, lineMap: number[]): Reading | undefined {
  return rewriteBlocks(text, lineMap, (lines, i) => {
    if (!ROW.test(lines[i]!) || (i > 0 && ROW.test(lines[i - 1]!))) return undefined;
    const cells = (line: string) => ROW.exec(line)![1]!.split('|').slice(0, -1).map((c) => c.trim());
    const width = cells(lines[i]!).length;
    let end = i;
    while (end < lines.length && ROW.test(lines[end]!) && !DELIMITER.test(lines[end]!) && cells(lines[end]!).length === width) end++;
    // A delimiter row anywhere under it: a Markdown table, which Markdown reads as it stands.
    if (end - i < 3 || DELIMITER.test(lines[end] ?? '') || (end < lines.length && ROW.test(lines[end]!))) return undefined;
    const rows: string[][] = [];
    const starts: number[] = [];
    for (let k = i; k < end; k++) {
      const row = cells(lines[k]!);
      const last = rows[rows.length - 1];
      // The first cell empty and the row above there, most cells empty too: the rest of that row's cells, wrapped
      // into this line. (With most cells filled it is a row of its own under a cell merged down: `||二中|2|`.)
      const filled = row.filter((c) => c !== '').length;
      if (last && row[0] === '' && filled > 0 && filled <= Math.floor((width - 1) / 2)) {
        row.forEach((c, n) => {
          if (c !== '') last[n] = joinWrapped(last[n]!, c);
        });
        continue;
      }
      rows.push(row);
      starts.push(k);
    }
    if (rows.length < 2 || rows[0]!.every((c) => c === '')) return undefined;
    return {
      end,
      write(out, map, changes) {
        writeTable(out, map, rows, starts.map((s) => lineMap[s] ?? s + 1));
        for (let k = i; k < end; k++) changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: lines[k]!.replace(/[^|]/gu, ''), to: "the table's bars" });
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${end - i} lines of a table drawn with bars`, to: `a table of ${width} columns and ${rows.length - 1} rows` });
      },
    };
  });
}
