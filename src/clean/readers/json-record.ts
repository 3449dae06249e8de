/**
 * json-record: one article saved as a JSON object by a scraper — news-please's `NewsArticle` dumped with
 * `json.dump(article.__dict__)` (`maintext`), newspaper3k/4k's fields (`text`), trafilatura's `--json` (`text`,
 * `raw_text`), a Scrapy item (`content`, `body`). The keys say what each value is: the article's text becomes
 * the body, its escapes (`\n`, `\"`, `\u4e2d`) read by a JSON parser, not by patterns; the title, the date, the
 * address and the authors go to the front matter; every other key is removed with its value (reported). A JSON
 * array, or an object without a text of some length, is no article and is left as it is.
 */
import type { Change } from '../report.ts';
import { isRecord, jsonSource, type Reading } from './reading.ts';
import { META as PRINTED_META } from './article-fields.ts';
import { ROLE_WORD } from '../roles.ts';
import { labelledLine } from '../labelled-line.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { escapeRegExp, MIDNIGHT } from '../chars.ts';
import { SITE_SUFFIX } from '../headline/page-title.ts';

export const RULE = 'json-record';

// The article's text, by the key each scraper writes it under, in the order tried. (CCNet's and ChineseWebText's
// records keep a page's text under `raw_content`.)
// (A feed's item carries the whole text in `content:encoded`, its `content` a summary: the whole text first.)
// (goose3's article keeps it as `cleaned_text`; Readability's result as `textContent`, beside its HTML `content`.)
export const TEXT_KEYS = ['content:encoded', 'maintext', 'text', 'textContent', 'content', 'article', 'body', 'articleBody', 'main_text', 'raw_text', 'raw_content', 'cleaned_text', 'paragraphs', 'paras'];
// The printed record's keys (article-fields), and those other scrapers' JSON writes.
const META: Record<string, string> = {
  ...PRINTED_META,
  headline: 'title',
  // (Gerapy's Auto Extractor names its time `datetime`.)
  date: 'published', datetime: 'published', published: 'published', datePublished: 'published', pubdate: 'published', pub_date: 'published',
  link: 'url', source_url: 'url',
  // goose3's article: the address it ended at after redirects, its day of publication.
  final_url: 'url', publish_date: 'published',
  // Readability's result: the page's time, and its byline as the page printed it (roles and all).
  publishedTime: 'published', byline: 'byline',
  authors: 'byline', author: 'byline',
  sitename: 'source', meta_site_name: 'source', site_name: 'source',
  // schema.org's NewsArticle (a page's JSON-LD).
  publisher: 'source', mainEntityOfPage: 'url',
  // A news app's article API (a CMS's own field names).
  created_at: 'published', createdAt: 'published',
  publishTime: 'published', publish_time: 'published', pub_time: 'published', pubTime: 'published', releaseTime: 'published',
  shareUrl: 'url', share_url: 'url', articleUrl: 'url', webUrl: 'url',
  source: 'source', editor: 'editor', subTitle: 'deck', subtitle: 'deck', leadTitle: 'kicker', kicker: 'kicker',
  // (A content store's document, a MongoDB export: the writer's name beside an id, the time it went out.)
  authorName: 'byline', author_name: 'byline', publishedAt: 'published', published_at: 'published',
  // A paper's editorial system exporting a story (its XML read into JSON): 引题, the paper, the issue's day.
  introTitle: 'kicker', paper: 'source', issueDate: 'published',
  // A feed's item: its creator (dc:creator, and rss-parser's copy of it).
  creator: 'byline', 'dc:creator': 'byline',
  // An app's API beside its timestamp in milliseconds: the time as the page prints it.
  publishTimeStr: 'published', pubTimeStr: 'published', publishDateStr: 'published',
};
// The keys an article API keeps its paragraphs under as a list (read as its text, joined).
const PARAGRAPH_LIST = /^(?:paragraphs|paras|content|text|body)$/iu;
const CREATED = new Set(['created_at', 'createdAt']);
// Keys as a system spells them (`Title`, `SubTitle`, `WebUrl`): read whatever their case.
const META_KEY = new Map(Object.keys(META).map((k) => [k.toLowerCase(), k]));
const metaOfKey = (key: string): string | undefined => META[key] ?? META[META_KEY.get(key.toLowerCase()) ?? ''];
// The key an API answer wraps its record in (`{"code":200,"msg":"success","data":{…}}`).
const ENVELOPE_KEYS = ['data', 'result', 'article', 'item', 'payload', 'detail', 'news', 'doc'];
// The lists structured data keeps its items in: extruct's JSON-LD, schema.org's graph.
// (And a feed read into JSON: rss-parser's and JSON Feed's `items`, the article the item with the whole text.)
const LIST_KEYS = ['json-ld', '@graph', 'items'];
const EMPTY = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export function jsonRecord(text: string, lineMap: number[]): Reading | undefined {
  const record = jsonSource(text);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const outer = record as Record<string, unknown>;
  const wrapper = textKeyOf(rendered(outer)) ? undefined : ENVELOPE_KEYS.find((k) => isRecord(outer[k]) && textKeyOf(rendered(outer[k] as Record<string, unknown>)));
  // Structured data (schema.org's JSON-LD): the article is the item with a body among the page's items, in
  // extruct's `json-ld` list or a `@graph`; the other items (a breadcrumb, the site) are the page's.
  const itemsKey = wrapper || textKeyOf(outer) ? undefined : LIST_KEYS.find((k) => Array.isArray(outer[k]) && (outer[k] as unknown[]).some((i) => isRecord(i) && textKeyOf(i)));
  const items = itemsKey ? (outer[itemsKey] as unknown[]) : [];
  const textLength = (i: unknown) => (isRecord(i) && textKeyOf(i) !== undefined ? String(i[textKeyOf(i)!]).length : -1);
  const item = items.filter((i): i is Record<string, unknown> => textLength(i) >= 0).sort((a, b) => textLength(b) - textLength(a))[0];
  // Deeper in an export's envelope: the levels above the record, each with the keys beside the way down.
  const path = wrapper || itemsKey || textKeyOf(rendered(outer)) ? undefined : pathToRecord(outer);
  const levels: Record<string, unknown>[] = [outer];
  for (const k of path ?? []) levels.push(levels[levels.length - 1]![k] as Record<string, unknown>);
  // WordPress's REST answer gives its title, text and excerpt as objects, the HTML under `rendered`.
  const rawFields = path ? levels[levels.length - 1]! : wrapper ? (outer[wrapper] as Record<string, unknown>) : item ?? outer;
  const fields = rendered(rawFields);
  const textKey = textKeyOf(fields);
  // (Two keys do, where the other is the page's: ChineseWebText's dirty sample keeps `url` and `text` alone.)
  const keys = Object.keys(fields);
  // (Or the other holds the record's fields: ChineseWebText's `info`.)
  const other = keys.find((k) => k !== textKey);
  if (!textKey || keys.length < 2 || (keys.length === 2 && metaOfKey(other!) === undefined && !holdsFields(fields, other!, textKey))) return undefined;
  const lines = text.split('\n');
  // The source line a key stands on (a pretty-printed record has one key a line; a one-line record, line 1).
  const lineOf = (key: string) => {
    const at = lines.findIndex((l) => l.includes(`"${key}"`));
    return lineMap[at < 0 ? 0 : at] ?? 1;
  };
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const infoBar: { key: string; lines: string[]; line: number }[] = [];
  // A social post's record (Weibo's and X's APIs) names its account in a `user` object: the account is the
  // post's source, and the record's own `source` the client it was sent from (`微博网页版`, `iPhone客户端`).
  const user = isRecord(fields.user) ? fields.user : undefined;
  const account = [user?.screen_name, user?.name].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  if (account) meta.source = account;
  // The page's address beside the structured data (extruct's `url`), taken where the article gives none.
  let pageUrl: { key: string; value: string } | undefined;
  let feedSite: { key: string; name: string; rest: string } | undefined;
  if (wrapper || itemsKey) {
    // The answer's envelope (status code, message) around the record: the service's, not the article's.
    for (const [key, value] of Object.entries(outer)) {
      if (key === wrapper) continue;
      if (key === itemsKey) {
        items.forEach((other, k) => {
          if (other !== item) changes.push({ rule: RULE, kind: 'removed', line: lineOf(key), text: `"${key}"[${k}]: ${JSON.stringify(other ?? null)}`, to: "an item of the page's structured data that is not the article" });
        });
        continue;
      }
      if (key === 'url' && typeof value === 'string' && /^https?:\/\//u.test(value)) {
        pageUrl = { key, value };
        continue;
      }
      // A feed's own title names its site, the column after a dash (`某某县文化和旅游局 - 工作动态`): the source.
      if (itemsKey === 'items' && key === 'title' && typeof value === 'string') {
        const site = /^(.{2,30}?)(?:[ \t\u3000]+[-–—|｜][ \t\u3000]+(.{1,20}))?$/u.exec(value.trim());
        if (site && /\p{Script=Han}/u.test(site[1]!)) {
          feedSite = { key, name: site[1]!, rest: value.trim().slice(site[1]!.length).trim() };
          continue;
        }
      }
      changes.push({ rule: RULE, kind: 'removed', line: lineOf(key), text: `"${key}": ${JSON.stringify(value ?? null)}`, to: wrapper ? "the envelope of an API answer (not the article's record)" : "the page's other structured data (not the article's)" });
    }
  }
  // A mail read into a record (eml-format, a mail parser's JSON: its headers, subject, addressees): its date is when
  // the mail was sent, which names no publication.
  const headers = isRecord(fields.headers) ? Object.keys(fields.headers) : [];
  const mail = headers.some((k) => /^(?:message-id|mime-version|x-mailer|received|return-path)$/iu.test(k)) || ('subject' in fields && ('to' in fields || 'from' in fields) && ('attachments' in fields || 'html' in fields));
  // A record without a headline of its own under a card that shows one (a lock screen's card, its article fetched
  // later): the card's title is the article's.
  const ownTitle = Object.keys(fields).some((k) => metaOfKey(k) === 'title' && typeof fields[k] === 'string' && (fields[k] as string).trim() !== '');
  // (The nearest object above the record, not an envelope further up: a feed's or an export's own title names no story.)
  const holder = !path ? undefined : [...levels.slice(0, -1)].reverse().find((l) => !Array.isArray(l));
  const cardTitle = ownTitle || !holder || holder === levels[0] || typeof holder.title !== 'string' || holder.title.trim() === '' || holder.title.trim().length > 60 ? undefined : holder;
  if (cardTitle) meta.title = (cardTitle.title as string).trim();
  (path ?? []).forEach((down, k) => {
    for (const [key, value] of Object.entries(levels[k]!)) {
      if (levels[k] === cardTitle && key === 'title') {
        const at = lines.findIndex((l) => l.includes(`"${key}"`) && l.includes(JSON.stringify(meta.title).slice(1, -1)));
        changes.push({ rule: RULE, kind: 'moved', line: at < 0 ? lineOf(key) : lineMap[at] ?? 1, text: meta.title as string, to: 'front matter: title (the title of the card the article was fetched for; the article has none)' });
        continue;
      }
      if (key !== down) changes.push({ rule: RULE, kind: 'removed', line: lineOf(key), text: `"${key}": ${JSON.stringify(value ?? null)}`, to: "the export's envelope around the article's record (not the article)" });
    }
  });
  // (A list of photos with captions: some of its words are set in the text below, where their photos stood.)
  const captioned = picturesOf(fields).length > 0;
  for (const key of Object.keys(fields).filter((k) => holdsFields(fields, k, textKey))) {
    changes.push({ rule: RULE, kind: 'removed', line: lineOf(key), text: `"${key}":`, to: "the key of an object holding the record's fields (each read as the record's)" });
  }
  for (const [key, value, given] of entriesOf(fields, rawFields, textKey)) {
    const line = lineOf(key);
    if (key === textKey) {
      changes.push({ rule: RULE, kind: 'removed', line, text: isRecord(given) ? `"${key}": ${JSON.stringify({ ...given, rendered: '…' })}` : `"${key}": "…"`, to: "the key and the quotes of the record's text (its escapes read)" });
      continue;
    }
    if (key === 'user' && account) {
      changes.push({ rule: RULE, kind: 'moved', line, text: account, to: "front matter: source (the account's name in the post's user object)" });
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${JSON.stringify(value)}`, to: "the account's profile in a social post's record (its name to the source)" });
      continue;
    }
    // A document's creation time beside the time it was published (`createdAt`, `publishedAt`): the store's.
    if (CREATED.has(key) && Object.keys(fields).some((k) => !CREATED.has(k) && metaOfKey(k) === 'published' && !EMPTY(fields[k]))) {
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${JSON.stringify(value ?? null)}`, to: "the record's creation time (it gives its publishing time too)" });
      continue;
    }
    const field = metaOfKey(key);
    // An author that is a body (the page's author meta naming the site's owner, `某某市市场监督管理局`): no person's
    // byline, the publisher, which the text's own source line names more exactly where it has one.
    if (field === 'byline' && typeof value === 'string' && looksLikeOrganisation(value.trim()) && meta.source === undefined) {
      meta.source = value.trim();
      changes.push({ rule: RULE, kind: 'moved', line, text: value.trim(), to: `front matter: source (the record's ${key}, a body's name)` });
      continue;
    }
    const authors = field === 'byline' ? authorsOf(value) : undefined;
    if (field === 'byline' && authors && authors.people.length > 0 && meta.byline === undefined) {
      meta.byline = authors.people.join('\u3000');
      changes.push({ rule: RULE, kind: 'moved', line, text: authors.people.join('、'), to: `front matter: byline (the record's ${key})` });
      for (const role of authors.roles) changes.push({ rule: RULE, kind: 'removed', line, text: role, to: "a reporter's role word in the record's authors" });
      for (const other of authors.others) changes.push({ rule: RULE, kind: 'removed', line, text: other, to: "a production credit among the record's authors (a camera operator, an editor), no author" });
      // Authors given as objects (schema.org's `{"@type": "Person", "name": …, "url": …}`): the rest of them, as given.
      if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${JSON.stringify(value)}`, to: "the record's authors as it gives them (their names read above)" });
      continue;
    }
    // schema.org names a thing by an object: the publisher by its `name`, the page by its `@id`.
    const named = field && field !== 'byline' && isRecord(value) ? [value.name, value['@id']].find((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
    if (named && meta[field!] === undefined) {
      meta[field!] = named.trim();
      changes.push({ rule: RULE, kind: 'moved', line, text: named.trim(), to: `front matter: ${field} (the record's ${key})` });
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${JSON.stringify(value)}`, to: `the rest of the record's ${key} (its ${field} taken)` });
      continue;
    }
    if (mail && field === 'published' && typeof value === 'string') {
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${value}`, to: 'the time the mail was sent (no publication date)' });
      continue;
    }
    // (trafilatura's record names the page's address `source`, the site `source-hostname`: an address is the url.)
    if (field === 'source' && typeof value === 'string' && /^https?:\/\/\S+$/u.test(value.trim()) && meta.url === undefined) {
      meta.url = value.trim();
      changes.push({ rule: RULE, kind: 'moved', line, text: value.trim(), to: `front matter: url (the record's ${key}, an address)` });
      continue;
    }
    // A page's title, the headline and the site's names after it (`…3件事_某某说租房_某某号`), where the text opens with
    // the headline alone: the headline; the names go.
    const pageTitle = field === 'title' && typeof value === 'string' ? value.trim() : '';
    const headline = pageTitle ? firstLine(fields[textKey]) : undefined;
    if (headline !== undefined && headline.length >= 6 && pageTitle.length > headline.length && pageTitle.startsWith(headline) && /^[\s\u3000]*[_|｜\-–—]/u.test(pageTitle.slice(headline.length)) && meta.title === undefined) {
      meta.title = headline;
      changes.push({ rule: RULE, kind: 'moved', line, text: headline, to: `front matter: title (the record's ${key})` });
      changes.push({ rule: RULE, kind: 'removed', line, text: pageTitle.slice(headline.length), to: "the site's names after the headline in the record's title (the text opens with the headline alone)" });
      continue;
    }
    // (Readability's title is the page's `<title>`: the site's name after the headline, `… - 某某晚报`, goes.)
    const siteAfter = field === 'title' && typeof value === 'string' && meta.title === undefined ? SITE_SUFFIX.exec(value.trim()) : null;
    if (siteAfter && siteAfter[1]!.length >= 6) {
      meta.title = siteAfter[1]!;
      changes.push({ rule: RULE, kind: 'moved', line, text: siteAfter[1]!, to: `front matter: title (the record's ${key})` });
      changes.push({ rule: RULE, kind: 'removed', line, text: siteAfter.input.slice(siteAfter[1]!.length), to: "the site's name after the headline in the record's title" });
      continue;
    }
    if (field && field !== 'byline' && typeof value === 'string' && value.trim() !== '' && meta[field] === undefined) {
      const midnight = field === 'published' ? MIDNIGHT.exec(value.trim()) : null;
      meta[field] = midnight ? midnight[1]! : value.trim();
      if (midnight) changes.push({ rule: RULE, kind: 'removed', line, text: value.trim().slice(midnight[1]!.length), to: "a timestamp's midnight (the record gives a day, not a time)" });
      changes.push({ rule: RULE, kind: 'moved', line, text: String(meta[field]), to: `front matter: ${field} (the record's ${key})` });
      continue;
    }
    // A field that holds the page's info bar (a crawler's `publish_info`: `发布时间：… 来源：… 作者：…`): its lines
    // stand above the text, where the page printed them, for the metadata rule to read like any byline line.
    if (!field && typeof value === 'string' && value.length <= 600 && infoLines(value)) {
      infoBar.push({ key, lines: value.replace(/\r\n?/gu, '\n').split('\n'), line });
      changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}":`, to: "the key of the record's info bar (its lines set above the text)" });
      continue;
    }
    // (As the record gives it: a rendered field with its markup and its other keys.)
    changes.push({ rule: RULE, kind: 'removed', line, text: EMPTY(given) ? `"${key}": ${JSON.stringify(given ?? null)}` : `"${key}": ${typeof given === 'string' ? given : JSON.stringify(given)}`, to: PICTURES_KEY.test(key) && captioned ? "the record's list of photos (a caption of a photo the text places is moved there, reported below)" : "a field of the scraper's record (not the article's text)" });
  }
  if (feedSite) {
    const taken = meta.source === undefined;
    if (taken) meta.source = feedSite.name;
    changes.push({ rule: RULE, kind: taken ? 'moved' : 'removed', line: lineOf(feedSite.key), text: feedSite.name, to: taken ? "front matter: source (the feed's own title, its site)" : "the feed's own title" });
    if (feedSite.rest !== '') changes.push({ rule: RULE, kind: 'removed', line: lineOf(feedSite.key), text: feedSite.rest, to: "the feed's column after its site's name" });
  }
  if (pageUrl) {
    const taken = meta.url === undefined;
    if (taken) meta.url = pageUrl.value;
    changes.push({ rule: RULE, kind: taken ? 'moved' : 'removed', line: lineOf(pageUrl.key), text: pageUrl.value, to: taken ? "front matter: url (the page's address beside its structured data)" : "the page's address, again" });
  }
  // The text's own lines, each set on the source line of its key (the record holds them all on one line).
  let body = (fields[textKey] as string).replace(/\r\n?/gu, '\n');
  const at = lineOf(textKey);
  // The record's photos, each with its caption and its author (an editorial system's `Pictures`): a photo the
  // text places (`<img src="P0520_01.jpg">`) was not scraped, and its caption stands there, credited.
  for (const pic of picturesOf(fields)) {
    const img = new RegExp(`(?:<p[^<>\\n]{0,200}>[ \\t]*)?<img[^<>\\n]{0,300}?${escapeRegExp(pic.file)}[^<>\\n]{0,300}>(?:[ \\t]*</p>)?`, 'u').exec(body);
    if (!img) continue;
    const credit = pic.author && /^[^"\n{}\\]{1,40}$/u.test(pic.author) ? `{credit="${pic.author}"}` : '';
    body = `${body.slice(0, img.index)}\n\n:::caption${credit}\n${pic.caption}\n:::\n\n${body.slice(img.index + img[0].length)}`;
    changes.push({ rule: RULE, kind: 'moved', line: at, text: pic.caption, to: `a caption where its photo (${pic.file}) stood in the text` });
    if (credit) changes.push({ rule: RULE, kind: 'moved', line: at, text: pic.author!, to: 'caption credit (the photo\'s author in the record)' });
    changes.push({ rule: RULE, kind: 'removed', line: at, text: img[0], to: 'the photo, not scraped (its caption set in its place)' });
  }
  const out = body.split('\n');
  const above = infoBar.flatMap((f) => [...f.lines, '']);
  return { text: [...above, ...out].join('\n'), meta, changes, lineMap: [...infoBar.flatMap((f) => [...f.lines.map(() => f.line), f.line]), ...out.map(() => at)] };
}

// The crew a record may list among its authors, whose work is not the text.
const PRODUCTION_ROLE = /^(?:摄像|攝像|摄像师|攝像師|剪辑|剪輯|编辑|編輯|责任编辑|責任編輯|校对|校對|审核|審核|监制|監製|制作|製作|主持人|配音)$/u;

/**
 * The record with each `{rendered: "…"}` value (WordPress's) as its string; other fields as they are. A
 * rendered value other than the text is HTML (`澄江&#8221;城乡公交&#8221;`): its text, read by an HTML parser.
 */
function rendered(fields: Record<string, unknown>): Record<string, unknown> {
  // An app's article API gives its text as a list of paragraphs (`"paragraphs": ["…", "…"]`): the text is
  // those paragraphs, one after the other.
  fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, PARAGRAPH_LIST.test(k) && Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === 'string') ? v.join('\n\n') : v]));
  // MongoDB's Extended JSON wraps its typed values (`{"$date": "2028-07-02T00:30:00.000Z"}`, `{"$oid": …}`,
  // `{"$numberLong": "3120"}`): the value is the string inside.
  fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, isRecord(v) && Object.keys(v).length === 1 && /^\$(?:date|oid|numberLong|numberInt|numberDouble|numberDecimal)$/u.test(Object.keys(v)[0]!) && typeof Object.values(v)[0] === 'string' ? Object.values(v)[0] : v]));
  const text = textKeyOf(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, isRecord(v) && typeof v.rendered === 'string' ? v.rendered : v])));
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => {
    if (!isRecord(v) || typeof v.rendered !== 'string') return [k, v];
    return [k, k === text || !/[<&]/u.test(v.rendered) ? v.rendered : hastToString(fromHtml(v.rendered, { fragment: true })).trim()];
  }));
}

/** Whether a value's lines hold a page's labelled line naming its date, source or author. */
function infoLines(value: string): boolean {
  // (A label with its colon: a bare date, a crawl's time, is no info bar.)
  return value.split(/\r?\n/u).some((l) => l.trim().length <= 120 && /\p{Script=Han}[：:]/u.test(l) && (labelledLine(l)?.some((f) => f.key === 'published' || f.key === 'source' || f.key === 'byline') ?? false));
}

/**
 * The record's keys with the value each holds and the value as the record gives it. A key that names no field
 * and holds an object of the record's own fields (ChineseWebText's `info: {url, title, source_domain}`) stands
 * for its keys, read as the record's.
 */
function entriesOf(fields: Record<string, unknown>, raw: Record<string, unknown>, textKey: string): [string, unknown, unknown][] {
  return Object.entries(fields).flatMap(([key, value]): [string, unknown, unknown][] => {
    if (!holdsFields(fields, key, textKey)) return [[key, value, raw[key]]];
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, v, v]);
  });
}

function holdsFields(fields: Record<string, unknown>, key: string, textKey: string): boolean {
  const value = fields[key];
  if (key === textKey || key === 'user' || key === 'headers' || metaOfKey(key) !== undefined || !isRecord(value) || textKeyOf(value)) return false;
  const keys = Object.keys(value);
  return !keys.some((k) => k in fields) && keys.some((k) => metaOfKey(k) !== undefined);
}

function textKeyOf(fields: Record<string, unknown>): string | undefined {
  const keys = Object.keys(fields);
  for (const k of TEXT_KEYS) {
    const key = k in fields ? k : keys.find((x) => x.toLowerCase() === k.toLowerCase());
    if (key !== undefined && typeof fields[key] === 'string' && (fields[key] as string).trim().length >= 20) return key;
  }
  return undefined;
}

/**
 * The keys down to the article's record inside an export's envelope (`NewsExport` › `Story`, an XML export read
 * into JSON, beside its `?xml` declaration and attributes): one object a level (or a list of one), four levels at most.
 */
function pathToRecord(obj: Record<string, unknown>, depth = 0): string[] | undefined {
  if (textKeyOf(rendered(obj))) return [];
  if (depth >= 4) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    // (A search engine's answer keeps its one hit in a list, `hits.hits[0]._source`: the list's one item is a level.
    // So does a lock screen's card feed, its article under one card among cards without one, a weather card.)
    if (Array.isArray(v)) {
      const found = v.map((item) => (isRecord(item) ? pathToRecord(item, depth + 1) : undefined));
      const hits = found.flatMap((rest, i) => (rest ? [i] : []));
      if (hits.length === 1) return [k, String(hits[0]), ...found[hits[0]!]!];
      continue;
    }
    if (!isRecord(v)) continue;
    const rest = pathToRecord(v, depth + 1);
    if (rest) return [k, ...rest];
  }
  return undefined;
}

/**
 * `["甲", "乙"]`, `"甲; 乙"` (trafilatura), `"甲"`: the people a record names as its authors; a CMS's author field
 * as printed (`融媒记者 勾沁园 通讯员 邸望川`) without its role words, which `roles` returns to be reported.
 */
function authorsOf(value: unknown): { people: string[]; roles: string[]; others: string[] } | undefined {
  // schema.org's authors are objects with a name (`{"@type": "Person", "name": "记者 栗一帆"}`), one or a list.
  const nameOf = (v: unknown) => (typeof v === 'string' ? v : isRecord(v) && typeof v.name === 'string' ? v.name : undefined);
  if (isRecord(value)) value = [value];
  if (Array.isArray(value)) {
    const out = { people: [] as string[], roles: [] as string[], others: [] as string[] };
    for (const name of value.map(nameOf).filter((v): v is string => v !== undefined && v.trim() !== '')) {
      const [first, ...rest] = name.trim().split(/[\s\u3000]+/u);
      // `记者 栗一帆`: a reporter under the role word; `摄像 班浩然`: a production credit, not an author.
      if (rest.length > 0 && ROLE_WORD.test(first!) && rest.every((w) => /^[\p{Script=Han}·]{2,5}$/u.test(w))) {
        out.roles.push(first!);
        out.people.push(...rest);
      } else if (rest.length > 0 && PRODUCTION_ROLE.test(first!)) out.others.push(name.trim());
      else out.people.push(name.trim());
    }
    return out;
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const people = value.split(/[;；]/u).map((v) => v.trim()).filter(Boolean);
  const words = value.trim().split(/[\s\u3000]+/u);
  // Only Han words between role words are read this way: `John Smith` is one person, not two.
  if (!words.some((w) => ROLE_WORD.test(w)) || !words.every((w) => ROLE_WORD.test(w) || /^[\p{Script=Han}·]{2,5}$/u.test(w))) return { people, roles: [], others: [] };
  return { people: words.filter((w) => !ROLE_WORD.test(w)), roles: words.filter((w) => ROLE_WORD.test(w)), others: [] };
}

const PICTURES_KEY = /^(?:pictures?|images?|photos?|pics)$/iu;

/** The photos a record lists with their captions (`Pictures: {Picture: {FileName, Caption, Author}}`, `images: […]`). */
function picturesOf(fields: Record<string, unknown>): { file: string; caption: string; author?: string }[] {
  const key = Object.keys(fields).find((k) => PICTURES_KEY.test(k));
  if (!key) return [];
  const flat = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.flatMap(flat) : isRecord(v) ? (Object.keys(v).some((k) => /^(?:filename|file|src|caption)$/iu.test(k)) ? [v] : Object.values(v).flatMap(flat)) : []);
  const pick = (o: Record<string, unknown>, re: RegExp) => {
    const k = Object.keys(o).find((x) => re.test(x));
    const v = k === undefined ? undefined : o[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  return flat(fields[key]).flatMap((o) => {
    const file = pick(o, /^(?:filename|file|src|url)$/iu);
    const caption = pick(o, /^(?:caption|description|desc|alt)$/iu);
    const author = pick(o, /^(?:author|credit|photographer)$/iu);
    return file && caption && file.length <= 200 ? [{ file: file.split('/').pop()!, caption, ...(author ? { author } : {}) }] : [];
  });
}

/** The first line of a record's text with words in it. */
function firstLine(value: unknown): string | undefined {
  return typeof value === 'string' ? value.split(/\r?\n/u).map((l) => l.trim()).find((l) => l !== '') : undefined;
}
