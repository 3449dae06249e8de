/**
 * quoted-fields: an archiving bot that writes a header block instead of front matter sets the page's fields in a
 * block quote under the headline (`# 标题` / `> 來源：…` / `> 作者：…` / `> 發佈時間：…` / `> 原文連結：…`). Every
 * line of the quote a labelled field is the evidence: the quote marks go (reported), and the lines are read as
 * the info lines they are. A quote with a line of anything else is the text's and stays.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { labelledLine } from '../labelled-line.ts';

export const RULE = 'quoted-fields';

const QUOTED = /^>[ \t]?(.*)$/u;

export function quotedFields(text: string, lineMap: number[]): Reading | undefined {
  if (!/^>/mu.test(text.slice(0, 2000))) return undefined;
  const lines = text.split('\n');
  // Under the headline at the top: its `#` line, blank lines, then the quote.
  let at = 0;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  if (!/^#[ \t]+\S/u.test(lines[at] ?? '')) return undefined;
  at++;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  let end = at;
  while (end < lines.length && QUOTED.test(lines[end]!)) end++;
  const quoted = lines.slice(at, end).map((l) => QUOTED.exec(l)![1]!.trim());
  if (quoted.length < 2 || !quoted.every((l) => (labelledLine(l)?.length ?? 0) > 0)) return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[at] ?? at + 1, text: '> '.repeat(quoted.length).trim(), to: "the quote marks of the page's fields, set as a header block under the headline" }];
  // (A blank line after each, so that every field is a line of its own.)
  const out = [...lines.slice(0, at), ...quoted.flatMap((l) => [l, '']), ...lines.slice(end)];
  const map = [...lineMap.slice(0, at), ...quoted.flatMap((_, k) => [lineMap[at + k] ?? at + k + 1, lineMap[at + k] ?? at + k + 1]), ...lineMap.slice(end)];
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
