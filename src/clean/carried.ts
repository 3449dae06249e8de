/**
 * Front matter that a scrape brings with it (a Markdown web clipper's properties, a static-site export):
 * its keys are the tool's, not the edition's. A clipper writes the page's address as `source`, and the
 * author as a wiki link (`[[某某日报]]`) or a list of one. Those are read into the edition's own fields — the
 * address to `url`, a publisher named as author to `source`, a person to `byline` — and every move is
 * reported. Any other key stays as it came.
 */
import type { VFile } from 'vfile';
import { Lexer } from 'yaml';
import { record } from './report.ts';
import { looksLikeOrganisation } from './organisations.ts';
import { ROLE_WORD } from './roles.ts';
import { DATE, labelledLine, type FieldKey } from './labelled-line.ts';
import { MIDNIGHT } from './chars.ts';

const INFO_KEYS: FieldKey[] = ['source', 'byline', 'published', 'editor'];

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
    // (An address copied out of a page's HTML keeps its ampersands escaped, `&amp;mid=…`: the address has `&`.)
    const address = v.trim().replace(/&amp;/gu, '&');
    if (meta.url === undefined) meta.url = address;
    delete meta[key];
    record(file, { rule: RULE, kind: 'moved', text: `${key}: ${v}`, to: meta.url === address ? `front matter: url (the clipper's page address${address !== v.trim() ? ', its &amp; read as &' : ''})` : 'the page address again, already in front matter: url' });
  }
  // A read-later service's own fields (Omnivore's export: the item's `id`, the day it was saved): no edition's.
  for (const key of ['id', 'date_saved', 'saved_at', 'savedAt', 'date_added']) {
    const v = meta[key];
    if (v === undefined || (typeof v !== 'string' && typeof v !== 'number')) continue;
    delete meta[key];
    record(file, { rule: RULE, kind: 'removed', text: `${key}: ${v}`, to: "the read-later service's own field (its item's id, the day it was saved)" });
  }
  // A parser's publishing time (Mercury's `date_published`, a feed exporter's `pubDate`): the article's date.
  // (WeChat's page variable `create_time`, which an archiving bot copies, is the article's publishing time too.)
  for (const key of ['date_published', 'published_at', 'publish_date', 'pub_date', 'pubdate', 'pubDate', 'create_time', 'publish_time']) {
    const v = meta[key];
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(v.trim())) continue;
    delete meta[key];
    // (A time of exactly midnight is a day a tool wrote out as a timestamp: the day.)
    const midnight = MIDNIGHT.exec(v.trim());
    const value = midnight ? midnight[1]! : v.trim();
    if (meta.published === undefined) meta.published = value;
    record(file, { rule: RULE, kind: 'moved', text: `${key}: ${v}`, to: meta.published === value ? `front matter: published (the parser's publishing time${midnight ? ', its midnight a day written out as a time' : ''})` : 'the publishing time again, already in front matter: published' });
  }
  // trafilatura's `description`: the standfirst where the text does not print it (then the rules tidy it as they
  // tidy any field), a copy of the text's opening where it does, cut short or not (`…表示...`).
  const description = meta.description;
  if (typeof description === 'string' && description.trim() !== '') {
    const d = description.trim();
    delete meta.description;
    const held = compactText(String(file.value).replace(/^---\n[^]*?\n---\n/u, '')).includes(compactText(d).replace(/(?:[。.…]|\.\.\.)+$/u, ''));
    if (!held && meta.deck === undefined && /\p{Script=Han}/u.test(d)) {
      meta.deck = d;
      record(file, { rule: RULE, kind: 'moved', text: `description: ${d}`, to: "front matter: deck (the page's description, which the text does not print)" });
    } else record(file, { rule: RULE, kind: 'removed', text: `description: ${d}`, to: held ? "the page's description, a copy of the text" : "the page's description; the edition has its deck" });
  }
  for (const key of ['author', 'authors']) {
    const v = meta[key];
    let names = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map(unlink).filter((x) => x !== '');
    if (names.length === 0 || names.length !== (Array.isArray(v) ? v.length : 1)) continue;
    // The page's whole info line taken for the author (`来源：某某局　发布时间：2026-11-28 16:02`): its fields.
    const info = names.length === 1 ? labelledLine(names[0]!) : undefined;
    if (info && info.length >= 2 && info.some((f) => f.label !== '' && /[：:]/u.test(f.label)) && info.every((f) => f.key === 'place' || INFO_KEYS.includes(f.key))) {
      delete meta[key];
      for (const f of info) {
        if (f.key === 'place' || meta[f.key] !== undefined) {
          record(file, { rule: RULE, kind: 'removed', text: `${f.label}${f.value}`.trim(), to: f.key === 'place' ? "a field of no key in the clipper's author (the page's info line)" : `a repeat of front matter: ${f.key}` });
          continue;
        }
        meta[f.key] = f.value.trim();
        if (f.label !== '') record(file, { rule: RULE, kind: 'removed', text: f.label.trim(), to: `label of front matter: ${f.key}` });
        record(file, { rule: RULE, kind: 'moved', text: f.value.trim(), to: `front matter: ${f.key} (the page's info line in the clipper's author)` });
      }
      continue;
    }
    // `文/某某　图/某某`: the writer, and the photographer, whose credit is the photos' as printed.
    const split = names.length === 1 ? /^(?:文|撰文|文字)[\s\u3000]*[／/][\s\u3000]*([\p{Script=Han}·]{2,4})[\s\u3000]+((?:图|圖|摄影|攝影)[\s\u3000]*[／/][\s\u3000]*[\p{Script=Han}·]{2,4})$/u.exec(names[0]!) : null;
    if (split) {
      record(file, { rule: RULE, kind: 'removed', text: names[0]!.slice(0, names[0]!.indexOf(split[1]!)).trim(), to: "the label in the clipper's author" });
      if (meta.photo_credits === undefined) {
        meta.photo_credits = split[2]!;
        record(file, { rule: RULE, kind: 'moved', text: split[2]!, to: "front matter: photo_credits (the photographer in the clipper's author)" });
      } else record(file, { rule: RULE, kind: 'removed', text: split[2]!, to: 'a repeat of front matter: photo_credits' });
      names = [split[1]!];
    }
    // A byline with its label, as the page printed it (`作者：某某`): the label is the page's.
    const label = names.length === 1 && !split ? /^(?:作者|作者名|撰文|文|记者|記者|编者|編者)[\s\u3000]*[：:／/|｜][\s\u3000]*(?=\S)/u.exec(names[0]!) : null;
    if (label) {
      record(file, { rule: RULE, kind: 'removed', text: label[0].trim(), to: "the label in the clipper's author" });
      names = [names[0]!.slice(label[0].length)];
    }
    // Readability's byline as the page printed it, roles and all (`某某日报全媒体记者 司徒岚 通讯员 钭晓峰`): the people.
    const words = names.length === 1 ? names[0]!.split(/[\s\u3000]+/u) : [];
    const roles = words.filter((w) => ROLE_WORD.test(w));
    const people = words.filter((w) => !ROLE_WORD.test(w));
    if (roles.length > 0 && people.length > 0 && people.every((w) => /^[\p{Script=Han}·]{2,4}$/u.test(w))) {
      for (const r of roles) record(file, { rule: RULE, kind: 'removed', text: r, to: "a role in the clipper's author" });
      names = people;
    }
    delete meta[key];
    // (Or the account that posted it, as the page's own line names it over the text with its time: `某某渔事 2028-04-09
    // 18:30`, a WeChat account's repost archived by a bot.)
    const account = names.length === 1 && (file.data.sourceLines ?? []).slice(0, 24).some((l) => l.trim().startsWith(`${names[0]!} `) && DATE.test(l.trim().slice(names[0]!.length).trim()));
    const publisher = names.length === 1 && (PUBLISHER.test(names[0]!) || looksLikeOrganisation(names[0]!) || account);
    const field = publisher ? 'source' : 'byline';
    if (meta[field] === undefined) meta[field] = names.join('\u3000');
    const taken = meta[field] === names.join('\u3000');
    record(file, { rule: RULE, kind: taken ? 'moved' : 'removed', text: `${key}: ${JSON.stringify(v)}`, to: taken ? `front matter: ${field} (the clipper's author, ${publisher ? 'a publisher' : 'a person'})` : `a repeat of front matter: ${field}` });
  }
}

// An extractor's record fields that stand for the edition's own, when the page itself printed none of them:
// trafilatura's `date`, `sitename` and `description`, a reader service's time.
const SITE_KEYS = ['sitename', 'site_name', 'siteName'];
const compactText = (s: string) => s.replace(/[\s\u3000“”"「」‘’*_]/gu, '');

/**
 * After the rules: a carried field fills an edition field the page's own lines left empty. The date is the
 * page's publishing time; the site's name its source. Every move is reported.
 */
export function settleCarried(meta: Record<string, unknown>, file: VFile): void {
  const date = meta.date;
  const iso = typeof date === 'string' ? date.trim() : date instanceof Date ? date.toISOString().slice(0, 10) : undefined;
  if (iso !== undefined && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.test(iso)) {
    delete meta.date;
    // (The page's own date of the same day without a time, `发布日期：2027-06-06` under a reader's
    // `Published Time: 2027-06-06T17:40:00+08:00`: the extractor's time says it more exactly.)
    const day = typeof meta.published === 'string' ? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(meta.published.trim()) : null;
    if (day && /^\d{4}-\d{2}-\d{2}[T ]\d/u.test(iso) && `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` === iso.slice(0, 10)) {
      record(file, { rule: RULE, kind: 'removed', text: String(meta.published), to: "the page's date, without the time the extractor gives for the same day" });
      meta.published = iso;
    }
    if (meta.published === undefined) meta.published = iso;
    record(file, { rule: RULE, kind: meta.published === iso ? 'moved' : 'removed', text: `date: ${iso}`, to: meta.published === iso ? "front matter: published (the extractor's date; the page printed none)" : 'the date again, the page printed its own time: front matter: published' });
  }
  for (const key of SITE_KEYS) {
    const v = meta[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    delete meta[key];
    const site = unlink(v);
    if (meta.source === undefined) meta.source = site;
    record(file, { rule: RULE, kind: meta.source === site ? 'moved' : 'removed', text: `${key}: ${v}`, to: meta.source === site ? "front matter: source (the extractor's site name)" : 'the site name again, already in front matter: source' });
  }
}

/**
 * A comment in the front matter (`# title: …`, a key a scrape or an editor commented out) is no value: YAML
 * drops it, so the report keeps it, whole, with its line.
 */
export function reportComments(yaml: string, firstLine: number, file: VFile): void {
  if (!yaml.includes('#')) return;
  let line = firstLine;
  for (const token of new Lexer().lex(yaml)) {
    if (token.startsWith('#')) record(file, { rule: RULE, kind: 'removed', line, text: token, to: 'a comment in the front matter (YAML reads no value from it)' });
    line += token.split('\n').length - 1;
  }
}
