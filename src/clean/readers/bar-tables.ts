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

// A row's line that a line break cut (`|    |单位` / ` |    |    |`): it opens with a bar and does not close.
const OPEN_ROW = /^[ \t]*\|(?:[^|\n]*\|){1,40}[^|\n]*[^|\s][^|\n]*$/u;
const CLOSING = /^[^|\n]*\|(?:[^|\n]*\|){0,40}[ \t]*$/u;

/**
 * The lines of a bar table with a row that a line break cut in two joined again, where the row above is whole
 * and the two pieces make a row of as many cells: the table is then read whole.
 */
function joinCutRows(text: string, lineMap: number[]): { lines: string[]; map: number[]; joined: number[] } {
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const joined: number[] = [];
  const cellCount = (line: string) => ROW.exec(line)![1]!.split('|').length - 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const above = out[out.length - 1];
    const whole = next !== undefined && above !== undefined && ROW.test(above) && OPEN_ROW.test(line) && CLOSING.test(next) ? `${line.trimEnd()} ${next.trim()}` : undefined;
    if (whole !== undefined && ROW.test(whole) && cellCount(whole) === cellCount(above!)) {
      out.push(whole);
      map.push(lineMap[i] ?? i + 1);
      joined.push(lineMap[i] ?? i + 1);
      i++;
      continue;
    }
    out.push(line);
    map.push(lineMap[i] ?? i + 1);
  }
  return { lines: out, map, joined };
}

export function barTables(text: string, lineMap: number[]): Reading | undefined {
  const cut = joinCutRows(text, lineMap);
  const reading = read(cut.joined.length > 0 ? cut.lines.join('\n') : text, cut.joined.length > 0 ? cut.map : lineMap);
  if (!reading) return undefined;
  for (const line of cut.joined) reading.changes.push({ rule: RULE, kind: 'joined', line, text: '⏎', to: "a row of the table that a line break cut, joined" });
  return reading;
}

function read(text: string, lineMap: number[]): Reading | undefined {
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
