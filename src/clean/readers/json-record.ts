/**
 * json-record: one article saved as a JSON object by a scraper — news-please's `NewsArticle` dumped with
 * `json.dump(article.__dict__)` (`maintext`), newspaper3k/4k's fields (`text`), trafilatura's `--json` (`text`,
 * `raw_text`), a Scrapy item (`content`, `body`). The keys say what each value is: the article's text becomes
 * the body, its escapes (`\n`, `\"`, `\u4e2d`) read by a JSON parser, not by patterns; the title, the date, the
 * address and the authors go to the front matter; every other key is removed with its value (reported). A JSON
 * array, or an object without a text of some length, is no article and is left as it is.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { META as PRINTED_META } from './article-fields.ts';

export const RULE = 'json-record';

// The article's text, by the key each scraper writes it under, in the order tried.
const TEXT_KEYS = ['maintext', 'text', 'content', 'article', 'body', 'articleBody', 'main_text', 'raw_text'];
// The printed record's keys (article-fields), and those other scrapers' JSON writes.
const META: Record<string, string> = {
  ...PRINTED_META,
  headline: 'title',
  date: 'published', published: 'published', datePublished: 'published', pubdate: 'published', pub_date: 'published',
  link: 'url', source_url: 'url',
  authors: 'byline', author: 'byline',
  sitename: 'source', meta_site_name: 'source', site_name: 'source',
};
// A publishing time of exactly midnight is a date a scraper wrote out as a timestamp (newspaper's
// `2024-05-16T00:00:00+08:00`): the page printed a day, not a time.
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(Z|[+-]\d{2}:?\d{2})?$/u;
const EMPTY = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export function jsonRecord(text: string, lineMap: number[]): Reading | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const fields = record as Record<string, unknown>;
  const textKey = TEXT_KEYS.find((k) => typeof fields[k] === 'string' && (fields[k] as string).trim().length >= 20);
  if (!textKey || Object.keys(fields).length < 3) return undefined;
  const lines = text.split('\n');
  // The source line a key stands on (a pretty-printed record has one key a line; a one-line record, line 1).
  const lineOf = (key: string) => {
    const at = lines.findIndex((l) => l.includes(`"${key}"`));
    return lineMap[at < 0 ? 0 : at] ?? 1;
  };
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const line = lineOf(key);
    if (key === textKey) {
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": "…"`, to: "the key and the quotes of the record's text (its escapes read)" });
      continue;
    }
    const field = META[key];
    const people = field === 'byline' ? authorsOf(value) : undefined;
    if (field === 'byline' && people && people.length > 0 && meta.byline === undefined) {
      meta.byline = people.join('\u3000');
      changes.push({ rule: RULE, kind: 'moved', line, text: people.join('、'), to: `front matter: byline (the record's ${key})` });
      continue;
    }
    if (field && field !== 'byline' && typeof value === 'string' && value.trim() !== '' && meta[field] === undefined) {
      const midnight = field === 'published' ? MIDNIGHT.exec(value.trim()) : null;
      meta[field] = midnight ? midnight[1]! : value.trim();
      if (midnight) changes.push({ rule: RULE, kind: 'removed', line, text: value.trim().slice(midnight[1]!.length), to: "a timestamp's midnight (the record gives a day, not a time)" });
      changes.push({ rule: RULE, kind: 'moved', line, text: String(meta[field]), to: `front matter: ${field} (the record's ${key})` });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line, text: EMPTY(value) ? `"${key}": ${JSON.stringify(value ?? null)}` : `"${key}": ${typeof value === 'string' ? value : JSON.stringify(value)}`, to: "a field of the scraper's record (not the article's text)" });
  }
  // The text's own lines, each set on the source line of its key (the record holds them all on one line).
  const body = (fields[textKey] as string).replace(/\r\n?/gu, '\n');
  const at = lineOf(textKey);
  const out = body.split('\n');
  return { text: out.join('\n'), meta, changes, lineMap: out.map(() => at) };
}

/** `["甲", "乙"]`, `"甲; 乙"` (trafilatura), `"甲"`: the people a record names as its authors. */
function authorsOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string' && value.trim() !== '') return value.split(/[;；]/u).map((v) => v.trim()).filter(Boolean);
  return undefined;
}
