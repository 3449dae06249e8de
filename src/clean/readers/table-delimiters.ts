/**
 * table-delimiters: a converter's Markdown table whose delimiter row has one cell however wide the table
 * (trafilatura writes `| 球队 | 第一节 | … |` over `|---|`) is no table to a Markdown reader, and a line of text
 * right under the last row runs on as one more row. The delimiter row is written as wide as the header, and a
 * blank line is set between the last row and text that follows it (under a delimiter row of any width: a
 * scrape that drops blank lines runs every table on into the text). Only where no row is wider than the header.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'table-delimiters';

const ROW = /^\s*\|(.*)\|\s*$/u;
const DELIMITER = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;
const cells = (l: string) => ROW.exec(l)![1]!.split('|').length;

export function tableDelimiters(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const delim = lines[i + 1];
    const wide = ROW.test(head) ? cells(head) : 0;
    if (wide < 2 || delim === undefined || !DELIMITER.test(delim) || cells(delim) > wide) {
      out.push(head);
      map.push(lineMap[i] ?? i + 1);
      continue;
    }
    const narrow = cells(delim) < wide;
    let end = i + 2;
    // (A row with fewer cells is a row still: a Markdown reader pads it.)
    while (end < lines.length && ROW.test(lines[end]!) && cells(lines[end]!) <= wide) end++;
    if (end === i + 2) {
      out.push(head);
      map.push(lineMap[i] ?? i + 1);
      continue;
    }
    const runsOn = end < lines.length && lines[end]!.trim() !== '';
    if (narrow) changes.push({ rule: RULE, kind: 'changed', line: lineMap[i + 1] ?? i + 2, text: delim.trim(), to: `a delimiter row of ${wide} cells, as wide as the table's header` });
    // (A line with no cell in it under the last row is the text again, not one more row.)
    else if (runsOn) changes.push({ rule: RULE, kind: 'changed', line: lineMap[end] ?? end + 1, text: lines[end]!.trim().slice(0, 20), to: "a paragraph after the table, not one more row of it (a blank line set before it)" });
    out.push(head, narrow ? `|${' --- |'.repeat(wide)}` : delim, ...lines.slice(i + 2, end));
    for (let k = i; k < end; k++) map.push(lineMap[k] ?? k + 1);
    if (runsOn) {
      out.push('');
      map.push(lineMap[end - 1] ?? end);
    }
    i = end - 1;
  }
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
