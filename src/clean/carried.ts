/**
 * Front matter that a scrape brings with it (a Markdown web clipper's properties, a static-site export):
 * its keys are the tool's, not the edition's. A clipper writes the page's address as `source`, and the
 * author as a wiki link (`[[某某日报]]`) or a list of one. Those are read into the edition's own fields — the
 * address to `url`, a publisher named as author to `source`, a person to `byline` — and every move is
 * reported. Any other key stays as it came.
 */
import type { VFile } from 'vfile';
import { record } from './report.ts';
import { looksLikeOrganisation } from './organisations.ts';

const RULE = 'metadata';
const ADDRESS = /^https?:\/\/\S+$/u;
// `[[某某日报]]`, `[某某日报](https://…)`: a link around a name.
const unlink = (s: string) => s.trim().replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/u, '$1').replace(/^\[([^\]]+)\]\([^)]*\)$/u, '$1').trim();
// A publisher's name by the word it ends in: a paper, a site, an agency, a station, an app.
const PUBLISHER = /(?:报|報|网|網|社|台|刊|杂志|雜誌|新闻|新聞|客户端|客戶端|日报|晚报|周刊|週刊|在线|在線|融媒|频道|頻道)$/u;

export function tidyCarried(meta: Record<string, unknown>, file: VFile): void {
  for (const key of ['source', 'link', 'source_url', 'original_url', 'canonical']) {
    const v = meta[key];
    if (typeof v !== 'string' || !ADDRESS.test(v.trim())) continue;
    if (meta.url === undefined) meta.url = v.trim();
    delete meta[key];
    record(file, { rule: RULE, kind: 'moved', text: `${key}: ${v}`, to: meta.url === v.trim() ? "front matter: url (the clipper's page address)" : 'the page address again, already in front matter: url' });
  }
  // A parser's publishing time (Mercury's `date_published`, a feed exporter's `pubDate`): the article's date.
  for (const key of ['date_published', 'published_at', 'publish_date', 'pub_date', 'pubdate', 'pubDate']) {
    const v = meta[key];
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(v.trim())) continue;
    delete meta[key];
    if (meta.published === undefined) meta.published = v.trim();
    record(file, { rule: RULE, kind: 'moved', text: `${key}: ${v}`, to: meta.published === v.trim() ? "front matter: published (the parser's publishing time)" : 'the publishing time again, already in front matter: published' });
  }
  for (const key of ['author', 'authors']) {
    const v = meta[key];
    const names = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map(unlink).filter((x) => x !== '');
    if (names.length === 0 || names.length !== (Array.isArray(v) ? v.length : 1)) continue;
    delete meta[key];
    const publisher = names.length === 1 && (PUBLISHER.test(names[0]!) || looksLikeOrganisation(names[0]!));
    const field = publisher ? 'source' : 'byline';
    if (meta[field] === undefined) meta[field] = names.join('\u3000');
    record(file, { rule: RULE, kind: 'moved', text: `${key}: ${JSON.stringify(v)}`, to: meta[field] === names.join('\u3000') ? `front matter: ${field} (the clipper's author, ${publisher ? 'a publisher' : 'a person'})` : `a repeat of front matter: ${field}` });
  }
}
