/**
 * boilerplate inside a list's items: a ticker or a list of entries sets its furniture under each entry's text
 * (`#交通 分享`, the entry's tag and its share link), where the patterns that read blocks at the text's level do
 * not look; and sets each entry's time on a line of its own over its text (lynx's `* 09:45` / `【…】…`).
 */
import type { List, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Matcher } from '../patterns.ts';
import { record } from '../report.ts';
import { compact, lineOf, text } from '../tree.ts';
import { countHan } from '../chars.ts';
import { ENTRY_TIME } from './head.ts';
import { drop, matches, RULE } from './shared.ts';

export function tickerItems(tree: Root, file: VFile, block: Matcher[]): void {
  const lists = tree.children.filter((n): n is List => n.type === 'list');
  for (const list of lists) {
    for (const item of list.children) {
      // (Never the item's first block: that is the item, whatever it says.)
      item.children = item.children.filter((c, k) => k === 0 || c.type !== 'paragraph' || !matches(block, compact(c)) || !drop(file, c, "an item's furniture under its text"));
    }
  }
  // Entries opened by their time on a line of its own: three or more across the page's lists.
  const entries = lists.flatMap((l) => l.children).filter((item) => {
    const [time, body] = item.children;
    return time?.type === 'paragraph' && ENTRY_TIME.test(text(time).trim()) && body?.type === 'paragraph' && countHan(text(body)) >= 10 && body.children[0]?.type === 'text';
  });
  if (entries.length < 3) return;
  for (const item of entries) {
    const time = item.children[0] as Paragraph;
    const first = (item.children[1] as Paragraph).children[0];
    if (first?.type !== 'text') continue;
    record(file, { rule: RULE, kind: 'joined', line: lineOf(item.children[1]!), text: `${text(time).trim()}⏎${first.value.trim().slice(0, 8)}`, to: "a ticker's entry, its time on a line of its own (a U+3000 between)" });
    first.value = `${text(time).trim()}\u3000${first.value.trimStart()}`;
    item.children.shift();
  }
  for (const list of lists) if (list.children.every((item) => item.children.length <= 1)) list.spread = false;
}
