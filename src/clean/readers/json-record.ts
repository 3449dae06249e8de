/**
 * json-record: one article saved as a JSON object by a scraper — news-please's `NewsArticle` dumped with
 * `json.dump(article.__dict__)` (`maintext`), newspaper3k/4k's fields (`text`), trafilatura's `--json` (`text`,
 * `raw_text`), a Scrapy item (`content`, `body`). The keys say what each value is: the article's text becomes
 * the body, its escapes (`\n`, `\"`, `\u4e2d`) read by a JSON parser, not by patterns; the title, the date, the
 * address and the authors go to the front matter; every other key is removed with its value (reported). A JSON
 * array, or an object without a text of some length, is no article and is left as it is.
 */
import type { Change } from '../report.ts';
import { hasDuplicateKeys, type Reading } from './reading.ts';
import { META as PRINTED_META } from './article-fields.ts';
import { ROLE_WORD } from '../roles.ts';

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
  // A news app's article API (a CMS's own field names).
  created_at: 'published', createdAt: 'published',
  publishTime: 'published', publish_time: 'published', pubTime: 'published', releaseTime: 'published',
  shareUrl: 'url', share_url: 'url', articleUrl: 'url', webUrl: 'url',
  source: 'source', editor: 'editor', subTitle: 'deck', subtitle: 'deck', leadTitle: 'kicker',
};
// The key an API answer wraps its record in (`{"code":200,"msg":"success","data":{…}}`).
const ENVELOPE_KEYS = ['data', 'result', 'article', 'item', 'payload', 'detail', 'news', 'doc'];
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
  if (hasDuplicateKeys(trimmed)) return undefined;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const outer = record as Record<string, unknown>;
  const wrapper = textKeyOf(outer) ? undefined : ENVELOPE_KEYS.find((k) => isRecord(outer[k]) && textKeyOf(outer[k] as Record<string, unknown>));
  const fields = wrapper ? (outer[wrapper] as Record<string, unknown>) : outer;
  const textKey = textKeyOf(fields);
  if (!textKey || Object.keys(fields).length < 3) return undefined;
  const lines = text.split('\n');
  // The source line a key stands on (a pretty-printed record has one key a line; a one-line record, line 1).
  const lineOf = (key: string) => {
    const at = lines.findIndex((l) => l.includes(`"${key}"`));
    return lineMap[at < 0 ? 0 : at] ?? 1;
  };
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  // A social post's record (Weibo's and X's APIs) names its account in a `user` object: the account is the
  // post's source, and the record's own `source` the client it was sent from (`微博网页版`, `iPhone客户端`).
  const user = isRecord(fields.user) ? fields.user : undefined;
  const account = [user?.screen_name, user?.name].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  if (account) meta.source = account;
  if (wrapper) {
    // The answer's envelope (status code, message) around the record: the service's, not the article's.
    for (const [key, value] of Object.entries(outer)) {
      if (key !== wrapper) changes.push({ rule: RULE, kind: 'removed', line: lineOf(key), text: `"${key}": ${JSON.stringify(value ?? null)}`, to: "the envelope of an API answer (not the article's record)" });
    }
  }
  for (const [key, value] of Object.entries(fields)) {
    const line = lineOf(key);
    if (key === textKey) {
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": "…"`, to: "the key and the quotes of the record's text (its escapes read)" });
      continue;
    }
    if (key === 'user' && account) {
      changes.push({ rule: RULE, kind: 'moved', line, text: account, to: "front matter: source (the account's name in the post's user object)" });
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${JSON.stringify(value)}`, to: "the account's profile in a social post's record (its name to the source)" });
      continue;
    }
    const field = META[key];
    const authors = field === 'byline' ? authorsOf(value) : undefined;
    if (field === 'byline' && authors && authors.people.length > 0 && meta.byline === undefined) {
      meta.byline = authors.people.join('\u3000');
      changes.push({ rule: RULE, kind: 'moved', line, text: authors.people.join('、'), to: `front matter: byline (the record's ${key})` });
      for (const role of authors.roles) changes.push({ rule: RULE, kind: 'removed', line, text: role, to: "a reporter's role word in the record's authors" });
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textKeyOf(fields: Record<string, unknown>): string | undefined {
  return TEXT_KEYS.find((k) => typeof fields[k] === 'string' && (fields[k] as string).trim().length >= 20);
}

/**
 * `["甲", "乙"]`, `"甲; 乙"` (trafilatura), `"甲"`: the people a record names as its authors; a CMS's author field
 * as printed (`融媒记者 勾沁园 通讯员 邸望川`) without its role words, which `roles` returns to be reported.
 */
function authorsOf(value: unknown): { people: string[]; roles: string[] } | undefined {
  if (Array.isArray(value)) return { people: value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean), roles: [] };
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const people = value.split(/[;；]/u).map((v) => v.trim()).filter(Boolean);
  const words = value.trim().split(/[\s\u3000]+/u);
  // Only Han words between role words are read this way: `John Smith` is one person, not two.
  if (!words.some((w) => ROLE_WORD.test(w)) || !words.every((w) => ROLE_WORD.test(w) || /^[\p{Script=Han}·]{2,5}$/u.test(w))) return { people, roles: [] };
  return { people: words.filter((w) => !ROLE_WORD.test(w)), roles: words.filter((w) => ROLE_WORD.test(w)) };
}
