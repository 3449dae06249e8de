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

export function recordCsv(text: string, lineMap: number[]): Reading | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (!HEADER.test(firstLine)) return undefined;
  const rows = csvRecords(text.replace(/^\ufeff/u, ''), true);
  if (!rows || rows.length !== 2) return undefined;
  const [head, row] = rows as [{ cells: string[]; line: number }, { cells: string[]; line: number }];
  const keys = head.cells.map((k) => k.trim());
  if (new Set(keys).size !== keys.length || row.cells.length !== keys.length) return undefined;
  const textKey = TEXT_KEYS.find((k) => keys.includes(k));
  if (textKey === undefined || !keys.some((k) => TITLE_KEYS.has(k)) || row.cells[keys.indexOf(textKey)]!.trim().length < 100) return undefined;
  const record = Object.fromEntries(keys.map((k, i) => [k, row.cells[i]!.replace(/\r\n/gu, '\n')]));
  const at = lineMap[row.line - 1] ?? row.line;
  const changes: Change[] = [
    { rule: RULE, kind: 'removed', line: lineMap[head.line - 1] ?? head.line, text: firstLine.replace(/^\ufeff/u, '').trim(), to: "the table's column names (each read as its cell's key)" },
    { rule: RULE, kind: 'changed', line: at, text: 'a CSV row (its quotes doubled, its cells apart by commas)', to: 'the record its header names, as JSON (read by json-record)' },
  ];
  return recordAsJson(record, changes, at);
}
