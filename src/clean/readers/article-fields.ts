/**
 * article-fields: a scraper's article record printed key by key (news-please's ArticleData: `authors: []`,
 * `date_publish: …`, `description: …`, `maintext: …`, `title: …`, `url: …`), the article's text as the value
 * of `maintext` (or `text`), its lines running on until the next key. The keys say what each value is: the
 * title, the publishing date, the address and the authors go to the front matter; the text stays, its key
 * removed; every other key line (download dates, file names, empty and `None` values, the page's description
 * and title with the site's name) is removed whole. Five keys of such a record at least, one of them the text's.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'article-fields';

// (And a crawler's own record, a field a line: `url:`, `title:`, `info:` (the page's info bar), `content:`,
// `image:`, `attachment:`, `crawled_at:`.)
const KEYS = 'authors|date_download|date_modify|date_publish|description|filename|image_url|language|localpath|maintext|source_domain|text|title|title_page|title_rss|url|publish_date|top_image|meta_description|meta_keywords|canonical_link|keywords|summary|content|info|image|images|attachment|attachments|crawled_at|crawl_time|fetched_at';
const KEY_LINE = new RegExp(`^(${KEYS}):(?:[ \\t](.*))?$`, 'u');
const TEXT_KEYS = new Set(['maintext', 'text', 'content']);
// A field that holds the page's info bar (`info: 发布时间：… 信息来源：… 作者：…`): its value stays, a line above the
// text, for the metadata rule to read like any byline line.
const INFO_KEYS = new Set(['info']);
/** The record keys that name a front-matter field (news-please's and newspaper's), shared with json-record. */
export const META: Record<string, string> = { title: 'title', date_publish: 'published', publish_date: 'published', url: 'url', canonical_link: 'url' };
const EMPTY = /^(?:None|null|\[\]|''|"")?$/u;
const NONE = /^(?:None|null)$/u;

export function articleFields(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const keyed = lines.map((l) => KEY_LINE.exec(l));
  const keys = keyed.filter((m): m is RegExpExecArray => m !== null);
  // (The text's value may start on the line under its key: `maintext:` alone, then the lines.)
  const hasText = (m: RegExpExecArray) => TEXT_KEYS.has(m[1]!) && !NONE.test((m[2] ?? '').trim());
  if (new Set(keys.map((m) => m[1])).size < 5 || !keys.some(hasText)) return undefined;
  // The record starts at its first key: nothing but keys and the text's lines.
  if (keyed.findIndex((m) => m !== null) !== lines.findIndex((l) => l.trim() !== '')) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out = [...lines];
  let inText = false;
  let textSeen = false;
  keyed.forEach((m, i) => {
    const line = lineMap[i] ?? i + 1;
    if (!m) {
      // Before the text a line without a key runs a value on (a long description); after the text's key it is
      // text, whatever key stood above it: no line of the article is removed.
      if (!inText && !textSeen && lines[i]!.trim() !== '') {
        // A value that runs over lines (a long description) belongs to its key.
        changes.push({ rule: RULE, kind: 'removed', line, text: lines[i]!.trim(), to: "a value of the scraper's record (not the article's text)" });
        out[i] = '';
      }
      return;
    }
    const key = m[1]!;
    const value = (m[2] ?? '').trim();
    inText = TEXT_KEYS.has(key) && !NONE.test(value);
    if (inText) {
      textSeen = true;
      changes.push({ rule: RULE, kind: 'removed', line, text: `${key}:`, to: "the key of the scraper's text field" });
      out[i] = lines[i]!.slice(lines[i]!.indexOf(':') + 1).replace(/^[ \t]/u, '');
      return;
    }
    if (INFO_KEYS.has(key) && /\p{Script=Han}[：:]/u.test(value)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: `${key}:`, to: "the key of the record's info bar (its line kept above the text)" });
      out[i] = value;
      return;
    }
    out[i] = '';
    const field = META[key];
    if (key === 'authors' && /^\[.+\]$/u.test(value)) {
      const names = [...value.matchAll(/['"]([^'"]{1,40})['"]/gu)].map((n) => n[1]!.trim()).filter(Boolean);
      if (names.length > 0) {
        meta.byline = names.join('\u3000');
        changes.push({ rule: RULE, kind: 'removed', line, text: `${key}: [${value.slice(1, -1).replace(/['"][^'"]{1,40}['"]/gu, '')}]`, to: "the key and the list's marks of the record's authors" });
        changes.push({ rule: RULE, kind: 'moved', line, text: names.join('、'), to: 'front matter: byline' });
        return;
      }
    }
    if (field && !EMPTY.test(value) && meta[field] === undefined) {
      meta[field] = value;
      changes.push({ rule: RULE, kind: 'removed', line, text: `${key}:`, to: `label of front matter: ${field}` });
      changes.push({ rule: RULE, kind: 'moved', line, text: value, to: `front matter: ${field}` });
      return;
    }
    changes.push({ rule: RULE, kind: 'removed', line, text: lines[i]!.trim(), to: "a field of the scraper's record (not the article's text)" });
  });
  return { text: out.join('\n'), meta, changes, lineMap };
}
