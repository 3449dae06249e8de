/**
 * gopher-menu: a Gopher menu fetched with the document it leads to (`curl gopher://…` saved to one file): the menu's
 * items one a line, each its type, its words, its selector, host and port apart by tabs (`0甯秀英的鸡毛毽子<TAB>/local/…
 * <TAB>gopher.example<TAB>70`, `i` for a line of text), closed by a line of one full stop. The menu is the server's:
 * it goes whole, reported, down to its full stop; the document after it is the text. Three items at least.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'gopher-menu';

const ITEM = /^[0-9ihIgsT+;:<dpr][^\t\n]*\t[^\t\n]*\t[^\t\n]*(?:\t\d{1,5})?\r?$/u;

export function gopherMenu(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let end = 0;
  while (end < lines.length && ITEM.test(lines[end]!)) end++;
  if (end < 3 || lines[end]?.trim() !== '.') return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: lines.slice(0, end + 1).join('\n').trim(), to: "the Gopher server's menu over the document it led to (its items, selectors, hosts and ports, and its closing full stop)" }];
  return { text: lines.slice(end + 1).join('\n'), meta: {}, changes, lineMap: lineMap.slice(end + 1) };
}
