/**
 * boilerplate among a timeline's entries: a live blog or a ticker sets each entry's time on a line of its own over
 * its text (`11:52` / `【主持人】…`, lynx's `* 09:45` / `【…】…` in a list), and a ticker sets its furniture under each
 * entry's text (`#交通 分享`, the entry's tag and its share link), where the patterns that read blocks at the text's
 * level do not look.
 */
import type { List, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Matcher } from '../patterns.ts';
import { record } from '../report.ts';
import { compact, lineOf, text } from '../tree.ts';
import { countHan } from '../chars.ts';
import { drop, matches, RULE } from './shared.ts';

// A live blog's entry time, set on a line of its own over the entry (`11:52` / `【主持人】本场直播到此结束。…`).
const ENTRY_TIME = /^\d{1,2}:\d{2}$/u;

/** The entry's time opens its text again, a U+3000 between (reported); false where the text opens with no text node. */
function openWithTime(file: VFile, time: Paragraph, body: Paragraph, what: string): boolean {
  const first = body.children[0];
  if (first?.type !== 'text') return false;
  record(file, { rule: RULE, kind: 'joined', line: lineOf(body), text: `${text(time).trim()}⏎${first.value.trim().slice(0, 8)}`, to: `${what}, its time on a line of its own (a U+3000 between)` });
  first.value = `${text(time).trim()}\u3000${first.value.trimStart()}`;
  return true;
}

/**
 * A live blog's entries, each opened by its time on a line of its own: three or more such times, each over a
 * paragraph of text, are the timeline's, not a player's clock. Each time opens its entry again, a U+3000 between.
 */
export function timelineEntries(tree: Root, file: VFile): void {
  const kids = tree.children;
  const entry = (i: number) => kids[i]?.type === 'paragraph' && ENTRY_TIME.test(text(kids[i]!).trim()) && kids[i + 1]?.type === 'paragraph' && !ENTRY_TIME.test(text(kids[i + 1]!).trim()) && countHan(text(kids[i + 1]!)) >= 10;
  const at = kids.map((_, i) => i).filter(entry);
  // (Not a transcript's turns, each opened by its speaker, `主持人　某某：…`, `某某：…`: there the times are the page's
  // stamps on the record, and the turns read as the transcript without them.)
  const turns = at.filter((i) => /^[\p{Script=Han}·\s\u3000]{2,16}[：:]/u.test(text(kids[i + 1]!).trim())).length;
  if (at.length < 3 || turns * 2 >= at.length) return;
  const gone = new Set<RootContent>(at.filter((i) => openWithTime(file, kids[i] as Paragraph, kids[i + 1] as Paragraph, "a live blog's entry")).map((i) => kids[i]!));
  tree.children = kids.filter((n) => !gone.has(n));
}

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
  for (const item of entries) if (openWithTime(file, item.children[0] as Paragraph, item.children[1] as Paragraph, "a ticker's entry")) item.children.shift();
  for (const list of lists) if (list.children.every((item) => item.children.length <= 1)) list.spread = false;
}
