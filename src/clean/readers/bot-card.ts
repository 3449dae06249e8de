/**
 * bot-card: an article a team chat's bot relayed as a message card, kept as the card's JSON (Feishu's interactive
 * card: `card.header.title`, `card.elements` of `div` blocks whose `lark_md` text holds the fields and the article,
 * an `action` with its `查看原文` button, a `note` of the bot's; DingTalk's `actionCard` with its `title`, Markdown
 * `text` and `singleURL`). The card says what each string is: the header's title is the headline; the fields
 * (`**来源**\n某某晚报`) are labelled lines for the metadata rule; the text blocks are the article, their Markdown as
 * written; the button's address is the url; the bot's note and the card's other strings go, reported.
 */
import type { Change } from '../report.ts';
import { isRecord, jsonSource, type Reading } from './reading.ts';

export const RULE = 'bot-card';

type Json = Record<string, unknown>;
const contentOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.content === 'string' ? v.content : typeof v === 'string' ? v : undefined);
const ORIGINAL = /原文|全文|详情|詳情|阅读|閱讀|查看/u;

export function botCard(text: string, lineMap: number[]): Reading | undefined {
  const json = jsonSource(text);
  if (!isRecord(json)) return undefined;
  const line = lineMap[0] ?? 1;
  const changes: Change[] = [];
  const meta: Json = {};
  const out: string[] = [];
  const used = new Set<string>();
  const card = isRecord(json.card) ? json.card : undefined;
  const action = isRecord(json.actionCard) ? json.actionCard : undefined;
  if (card && isRecord(card.header) && Array.isArray(card.elements)) {
    const title = contentOf(card.header.title);
    if (!title || !/\p{Script=Han}/u.test(title)) return undefined;
    out.push(title, '');
    used.add(title);
    for (const el of card.elements) {
      if (!isRecord(el)) continue;
      if (el.tag === 'div') {
        // (A block's fields, each `**label**\nvalue`: a labelled line each.)
        for (const f of Array.isArray(el.fields) ? el.fields : []) {
          const c = isRecord(f) ? contentOf(f.text) : undefined;
          if (!c) continue;
          used.add(c);
          const m = /^\*\*([^*\n]{1,12})\*\*\n([^\n]{1,80})$/u.exec(c.trim());
          out.push(m ? `${m[1]}：${m[2]}` : c, '');
          if (m) changes.push({ rule: RULE, kind: 'changed', line, text: `**${m[1]}**⏎`, to: `${m[1]}： (a field of the card, read as a labelled line)` });
        }
        const body = contentOf(el.text);
        if (body) {
          used.add(body);
          out.push(body, '');
        }
      } else if (el.tag === 'action') {
        for (const a of Array.isArray(el.actions) ? el.actions : []) {
          const label = isRecord(a) ? contentOf(a.text) : undefined;
          if (isRecord(a) && typeof a.url === 'string' && /^https?:\/\//u.test(a.url) && label && ORIGINAL.test(label) && meta.url === undefined) {
            meta.url = a.url;
            changes.push({ rule: RULE, kind: 'moved', line, text: a.url, to: `front matter: url (the card's button 「${label}」)` });
          }
        }
      }
    }
  } else if (action && typeof action.title === 'string' && typeof action.text === 'string') {
    out.push(action.title, '', action.text, '');
    used.add(action.title);
    used.add(action.text);
    if (typeof action.singleURL === 'string' && /^https?:\/\//u.test(action.singleURL)) {
      meta.url = action.singleURL;
      changes.push({ rule: RULE, kind: 'moved', line, text: action.singleURL, to: "front matter: url (the card's link)" });
    }
  } else return undefined;
  // Every other string of the card (the bot's note, its buttons' words, the card's settings) goes, reported.
  const rest: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (!used.has(v) && v !== meta.url) rest.push(`${key}: ${v}`);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(json, '');
  changes.push({ rule: RULE, kind: 'removed', line, text: rest.join('\n'), to: "the bot card's own strings (its kind, tags, buttons and the bot's note) and its JSON" });
  const body = out.join('\n');
  return { text: body, meta, changes, lineMap: body.split('\n').map(() => line) };
}
