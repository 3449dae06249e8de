/**
 * feed-fields: one entry of a feed printed by a script (feedparser and the like) as its fields, one a line —
 * `title: …`, `link: …`, `pubDate: …`, `author: …` — above the entry's text, often under the channel's own
 * title and address. The labels say what each line is, so nothing is guessed: the title, the link (url),
 * the date (published) and the author (byline) go to the front matter, and the channel's lines above them
 * are removed, each reported. Two such fields at least, one of them the title or the link, in a run near
 * the top of the text.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'feed-fields';

// (newsboat's saved article opens `Feed:` / `Title:` / `Author:` / `Date:` / `Link:`.)
const FIELD = /^[\s\u00a0]*(feed|title|link|pubDate|published|updated|date|author|dc:creator|creator|id|guid)[\s\u00a0]*[:：][\s\u00a0]*(\S.{0,300})$/iu;
const KEY: Record<string, string> = { feed: 'source', title: 'title', link: 'url', pubdate: 'published', published: 'published', updated: 'published', date: 'published', author: 'byline', 'dc:creator': 'byline', creator: 'byline' };

export function feedFields(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const head = Math.min(lines.length, 16);
  let start = -1;
  for (let i = 0; i < head; i++) if (FIELD.test(lines[i]!)) { start = i; break; }
  if (start < 0) return undefined;
  let end = start;
  while (end < lines.length && FIELD.test(lines[end]!)) end++;
  const fields = lines.slice(start, end).map((l) => FIELD.exec(l)!);
  if (fields.length < 2 || !fields.some((m) => /^(?:title|link)$/iu.test(m[1]!))) return undefined;
  // A YAML block (a converter's front matter, `---` fenced, `url:` and `hostname:` after `title:`) is no feed's print.
  if (/^[A-Za-z_][\w:-]{0,30}:[ \t]/u.test(lines[end] ?? '') || lines.slice(0, start).some((l) => /^(?:---|\+\+\+)\s*$/u.test(l))) return undefined;
  // Above the fields only the channel's title and address (short lines, no sentence) may stand.
  const above = lines.slice(0, start).filter((l) => l.trim() !== '');
  if (above.length > 3 || above.some((l) => l.trim().length > 80 || /[。！？]/u.test(l))) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  lines.slice(0, start).forEach((l, i) => {
    if (l.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: l.trim(), to: "the feed's own title or address, above the entry" });
  });
  fields.forEach((m, k) => {
    const line = lineMap[start + k] ?? start + k + 1;
    const key = KEY[m[1]!.toLowerCase()];
    let value = m[2]!.trim();
    // `Feed: 经纬日报 - 评论`: the feed is the paper's channel; the paper is the source.
    const channel = key === 'source' ? /^(.{2,30}?)[ \t]+[-–—|｜][ \t]+(.{1,20})$/u.exec(value) : null;
    if (channel) {
      changes.push({ rule: RULE, kind: 'removed', line, text: value.slice(channel[1]!.length).trim(), to: "the feed's channel after the paper's name" });
      value = channel[1]!;
    }
    if (key && meta[key] === undefined) {
      meta[key] = value;
      changes.push({ rule: RULE, kind: 'moved', line, text: value, to: `front matter: ${key} (the feed's ${m[1]} field)` });
      changes.push({ rule: RULE, kind: 'removed', line, text: lines[start + k]!.slice(0, lines[start + k]!.indexOf(m[2]!)).trim(), to: `the label of the feed's ${m[1]} field` });
    } else changes.push({ rule: RULE, kind: 'removed', line, text: lines[start + k]!.trim(), to: `the feed's ${m[1]} field` });
  });
  const out = lines.slice(end);
  return { text: out.join('\n'), meta, changes, lineMap: out.map((_, i) => lineMap[end + i] ?? end + i + 1) };
}
