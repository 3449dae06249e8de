/**
 * simple-tables: a table printed as text with its header underlined by a row of dashes, one run of dashes
 * a column (pandoc's plain output, `psql`, many text exports):
 *
 *     学段             课后服务时段   主要内容
 *     ---------------- -------------- ------------------------------
 *     小学一至三年级   15:30—17:00    作业辅导、阅读、体育活动
 *
 * The dashes say where every column runs, so the cells are cut by them (Han characters two columns wide,
 * as the text was laid out). The rows run to the first blank line; a caption printed under the table
 * (`  : 表1 …`, pandoc's) is kept as a line after it, its marker gone.
 */
import { displayWidth, isWide } from '../chars.ts';
import { rewriteBlocks, writeTable, type Reading } from './reading.ts';

export const RULE = 'simple-tables';

const DASHES = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/u;
const CAPTION = /^[ \t]*(?:Table)?:[ \t]+(\S.*)$/u;

export function simpleTables(text: string, lineMap: number[]): Reading | undefined {
  return rewriteBlocks(text, lineMap, (lines, i) => {
    const table = i + 1 < lines.length && DASHES.test(lines[i + 1]!) && lines[i]!.trim() !== '' ? tableAt(lines, i) : undefined;
    if (!table) return undefined;
    // The caption under it, past a blank line.
    let k = table.end;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    const caption = CAPTION.exec(lines[k] ?? '');
    return {
      end: caption ? k + 1 : table.end,
      write(out, map, changes) {
        writeTable(out, map, table.rows, table.starts.map((s) => lineMap[s] ?? s + 1));
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${table.end - i} lines of a table underlined with dashes`, to: `a table of ${table.rows[0]!.length} columns and ${table.rows.length - 1} rows` });
        changes.push({ rule: RULE, kind: 'removed', line: lineMap[i + 1] ?? i + 2, text: lines[i + 1]!.trim(), to: "the table's rule of dashes" });
        if (table.closing !== undefined) changes.push({ rule: RULE, kind: 'removed', line: lineMap[table.closing] ?? table.closing + 1, text: lines[table.closing]!.trim(), to: "the table's closing rule of dashes" });
        if (!caption) return;
        const title = caption[1]!.replace(/^([表圖图][\s\u3000]*\d{1,3})[ \t]+/u, '$1\u3000');
        changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: lines[k]!.slice(0, lines[k]!.indexOf(caption[1]!)).trim(), to: "the marker of the table's caption" });
        out.push('', title);
        map.push(lineMap[k] ?? k + 1, lineMap[k] ?? k + 1);
      },
    };
  });
}

interface Table { rows: string[][]; starts: number[]; end: number; closing?: number }

function tableAt(lines: string[], at: number): Table | undefined {
  const spans = [...lines[at + 1]!.matchAll(/-{3,}/gu)].map((m) => [columnOf(lines[at + 1]!, m.index), columnOf(lines[at + 1]!, m.index) + m[0].length] as const);
  // The first column runs from the margin, the last to the line's end: no character falls outside a cell.
  const cut = (line: string) => spans.map(([from], c) => sliceColumns(line, c === 0 ? 0 : from, c + 1 < spans.length ? spans[c + 1]![0] : Infinity).trim());
  const header = cut(lines[at]!);
  if (header.some((h) => h === '')) return undefined;
  const rows = [header];
  const starts = [at];
  let i = at + 2;
  for (; i < lines.length && lines[i]!.trim() !== '' && !DASHES.test(lines[i]!); i++) {
    const row = cut(lines[i]!);
    if (row.every((c) => c === '')) break;
    rows.push(row);
    starts.push(i);
  }
  const closing = i < lines.length && DASHES.test(lines[i]!) ? i : undefined;
  if (closing !== undefined) i++;
  return rows.length >= 2 ? { rows, starts, end: i, closing } : undefined;
}

/** The display column at code-unit offset `index` (Han characters two columns wide). */
const columnOf = (line: string, index: number): number => displayWidth(line.slice(0, index));

/** The characters of `line` that start at display columns from `from` up to (not including) `to`. */
function sliceColumns(line: string, from: number, to: number): string {
  let col = 0;
  let out = '';
  for (const ch of line) {
    if (col >= from && col < to) out += ch;
    col += isWide(ch) ? 2 : 1;
  }
  return out;
}
