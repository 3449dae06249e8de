/**
 * channel-posts: a messaging channel's posts as its export prints them (Telegram Desktop's HTML export dumped as
 * text): the channel's name and the day over them, each post under its time and the channel's name, ending with
 * its view count (`👁 1.2K · 已编辑`), a forwarded post opening with where it came from (`某某晚报 08.12.2027
 * 06:50:44`), tags and reactions (`#某某 #农事`, `👍 36 ❤ 12`) at its foot. The article is the post that holds far
 * more text than any other: the other posts, the export's head, the post's time, name, views, tags and reactions
 * go, reported; the forward's origin is the source. Two view counts at least, each post under its time.
 */
import type { Change } from '../report.ts';
import { dominant, linesRemoved, type Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'channel-posts';

const TIME = /^\d{1,2}:\d{2}$/u;
const VIEWS = /^👁[ \t\u3000]*[\d.,]+[KkMm万萬]?(?:[ \t\u3000]*[·・][ \t\u3000]*(?:已编辑|已編輯|edited))?$/u;
const FORWARDED = /^(\S{2,20})[ \t\u3000]+(\d{1,2}\.\d{1,2}\.\d{4}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)$/u;
const TAGS = /^(?:#[^\s#]{1,20}[ \t\u3000]*){1,10}$/u;
const REACTIONS = /^(?:[\p{Extended_Pictographic}\u2764\ufe0f][ \t\u3000]*\d{1,6}[ \t\u3000]*){1,8}$/u;

export function channelPosts(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const t = lines.map((l) => l.trim());
  const views = t.flatMap((l, i) => (VIEWS.test(l) ? [i] : []));
  const times = t.flatMap((l, i) => (TIME.test(l) ? [i] : []));
  if (views.length < 2 || times.length < 2) return undefined;
  // Posts: from a time line to the views line that closes it.
  const posts = times.map((at) => ({ at, end: views.find((v) => v > at) ?? -1 })).filter((p) => p.end > 0 && !times.some((x) => x > p.at && x < p.end));
  if (posts.length < 2) return undefined;
  const han = (p: (typeof posts)[number]) => countHan(lines.slice(p.at, p.end).join(''));
  const article = dominant(posts, han, 100);
  if (!article) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  const cut = (from: number, to: number, why: string) => {
    const removed = linesRemoved(RULE, lines, lineMap, from, to, why);
    if (removed) changes.push(removed);
  };
  // The post's time and the channel's name over it go; its text starts after them.
  let start = article.at + 2;
  cut(0, start, "the channel export's head, the posts before the article and the article's time and channel");
  const fwd = FORWARDED.exec(t[start] ?? '');
  if (fwd) {
    meta.source = fwd[1]!;
    changes.push({ rule: RULE, kind: 'moved', line: line(start), text: fwd[1]!, to: 'front matter: source (where the channel forwarded the post from)' });
    changes.push({ rule: RULE, kind: 'removed', line: line(start), text: fwd[2]!, to: "the forwarded post's original time" });
    start++;
  }
  let end = article.end;
  while (end > start && (t[end - 1] === '' || TAGS.test(t[end - 1]!) || REACTIONS.test(t[end - 1]!))) end--;
  cut(end, lines.length, "the post's tags, reactions and views, and the posts after it");
  return { text: lines.slice(start, end).join('\n'), meta, changes, lineMap: lineMap.slice(start, end) };
}
