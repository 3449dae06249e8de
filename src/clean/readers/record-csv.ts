/**
 * record-csv: one article kept as a row of a database table and exported as CSV (`id,title,author,source,body,…`
 * over its row, the body's quotes doubled and its line breaks inside the quoted cell): the header names each cell
 * as a record's keys do. Read by a CSV parser into that record, written as JSON for json-record to read, whose keys
 * it knows (`title`, `body`, `pub_date`, `author` …). Only a table of one row whose header holds a title's and a
 * text's column: a table of many rows is a list, and is left to the table readers.
 */
import type { Change } from '../report.ts';
import { csvRecords, recordAsJson, type Reading } from './reading.ts';
import { TEXT_KEYS } from './json-record.ts';

export const RULE = 'record-csv';

const HEADER = /^\ufeff?[A-Za-z_][\w:]{0,30}(?:,[A-Za-z_][\w:]{0,30}){2,40}\r?$/u;
const TITLE_KEYS = new Set(['title', 'headline', 'Title', 'Headline']);
// A monitoring or database export's Chinese column names (`序号,标题,来源,作者,发布时间,原创/转载,…,链接,正文`): the
// keys json-record reads, where it knows one; the others are left as they are, and go as the export's own fields.
const CN_HEADER = /^\ufeff?[\p{Script=Han}A-Za-z/]{1,8}(?:,[\p{Script=Han}A-Za-z/]{1,8}){2,40}\r?$/u;
const CN_KEYS: Record<string, string> = { 标题: 'title', 題名: 'title', 题名: 'title', 标题名称: 'title', 来源: 'source', 媒体: 'source', 媒体名称: 'source', 来源媒体: 'source', 作者: 'author', 发布时间: 'pub_time', 发布日期: 'pub_time', 日期: 'pub_time', 链接: 'url', 网址: 'url', 原文链接: 'url', 正文: 'text', 内容: 'text', 全文: 'text' };
// The column that marks a row the original or a repost.
const ORIGINAL = /^(?:原创\/转载|原创\/轉載|原創\/轉載|类型|類型)$/u;

export function recordCsv(text: string, lineMap: number[]): Reading | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const chinese = !HEADER.test(firstLine) && CN_HEADER.test(firstLine);
  if (!HEADER.test(firstLine) && !chinese) return undefined;
  const rows = csvRecords(text.replace(/^\ufeff/u, ''), true);
  if (!rows || rows.length < 2) return undefined;
  const [head, ...body] = rows as [{ cells: string[]; line: number }, ...{ cells: string[]; line: number }[]];
  const keys = head.cells.map((k) => k.trim()).map((k) => (chinese ? CN_KEYS[k] ?? k : k));
  if (new Set(keys).size !== keys.length || body.some((r) => r.cells.length !== keys.length)) return undefined;
  const textKey = TEXT_KEYS.find((k) => keys.includes(k));
  if (textKey === undefined || !keys.some((k) => TITLE_KEYS.has(k))) return undefined;
  const textOf = (r: { cells: string[] }) => r.cells[keys.indexOf(textKey)]!.replace(/\s+/gu, '');
  // Several rows are one article only where every row is a copy of one, the others its reposts (a monitoring
  // export lists each place the story ran): the row marked original, or else the first, is the record.
  const marked = head.cells.findIndex((k) => ORIGINAL.test(k.trim()));
  const row = body.find((r) => marked >= 0 && /^(?:原创|原創)$/u.test(r.cells[marked]!.trim())) ?? body[0]!;
  if (textOf(row).length < 100) return undefined;
  if (body.length > 1 && !(chinese && body.every((r) => r === row || (textOf(r).length >= 20 && textOf(row).startsWith(textOf(r).replace(/…+$/u, '').slice(0, 40)))))) return undefined;
  const record = Object.fromEntries(keys.map((k, i) => [k, row.cells[i]!.replace(/\r\n/gu, '\n')]));
  const at = lineMap[row.line - 1] ?? row.line;
  const changes: Change[] = [
    { rule: RULE, kind: 'removed', line: lineMap[head.line - 1] ?? head.line, text: firstLine.replace(/^\ufeff/u, '').trim(), to: "the table's column names (each read as its cell's key)" },
    { rule: RULE, kind: 'changed', line: at, text: 'a CSV row (its quotes doubled, its cells apart by commas)', to: 'the record its header names, as JSON (read by json-record)' },
  ];
  for (const r of body) if (r !== row) changes.push({ rule: RULE, kind: 'removed', line: lineMap[r.line - 1] ?? r.line, text: r.cells.join(','), to: "a repost of the same article, another row of the export" });
  return recordAsJson(record, changes, at);
}
