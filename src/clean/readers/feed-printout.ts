/**
 * feed-printout: a news feed printed as text item by item (an XSLT over an RSS file, a feed reader's export): the
 * channel's head (`频道：…`, `地址：…`, `更新：…`), then each item numbered at the margin (`[1] 标题`) over its fields
 * set in (`链接：…`, `时间：…　分类：…`, `摘要：<p>…</p>`). The article is the item whose text is longest, twice any
 * other's: its number and its text's label go, its fields stay for the metadata rule to read; the channel's head
 * and the other items (a forecast, a notice) go whole. Items numbered 1 to n in order, two at least.
 */
import type { Change } from '../report.ts';
import { dominant, type Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'feed-printout';

const ITEM = /^\[(\d{1,2})\][ \t\u3000]+(\S.{1,80})$/u;
const FIELD = /^[ \t\u3000]{2,}([\p{Script=Han}A-Za-z]{1,6})[：:]/u;
const TEXT_LABEL = /^([ \t\u3000]{2,})(摘要|内容|內容|正文|描述|全文|description|content)[：:][ \t\u3000]*/u;
const HEAD_FIELD = /^(?:频道|頻道|订阅源|訂閱源|来源|地址|链接|更新|更新时间|更新時間|channel|title|link|updated)[：:]/iu;

export function feedPrintout(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const items = lines.flatMap((l, i) => {
    const m = ITEM.exec(l);
    return m ? [{ at: i, k: Number(m[1]) }] : [];
  });
  if (items.length < 2 || items.some((it, j) => it.k !== j + 1)) return undefined;
  // Each item: its line and the field lines set in under it, down to the next item.
  const spans = items.map((it, j) => ({ ...it, end: items[j + 1]?.at ?? lines.length }));
  for (const s of spans) {
    const body = lines.slice(s.at + 1, s.end).filter((l) => l.trim() !== '');
    if (body.length === 0 || !body.every((l) => FIELD.test(l) || /^[ \t\u3000]{2,}\S/u.test(l))) return undefined;
    if (!FIELD.test(body[0]!)) return undefined;
  }
  const head = lines.slice(0, items[0]!.at).filter((l) => l.trim() !== '');
  if (head.some((l) => !HEAD_FIELD.test(l.trim()))) return undefined;
  const han = (s: (typeof spans)[number]) => lines.slice(s.at + 1, s.end).reduce((n, l) => n + countHan(l), 0);
  const article = dominant(spans, han, 60);
  if (!article) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  if (head.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(0), text: head.join('\n'), to: "the feed's own head (the channel, its address, its update)" });
  for (const s of spans) {
    if (s !== article) changes.push({ rule: RULE, kind: 'removed', line: line(s.at), text: lines.slice(s.at, s.end).join('\n').trim(), to: 'another item of the feed (not the article)' });
  }
  const out: string[] = [];
  const map: number[] = [];
  const m = ITEM.exec(lines[article.at]!)!;
  changes.push({ rule: RULE, kind: 'removed', line: line(article.at), text: `[${m[1]}] `, to: "the item's number in the printed feed" });
  out.push(m[2]!, '');
  map.push(line(article.at), line(article.at));
  for (let i = article.at + 1; i < article.end; i++) {
    const l = lines[i]!;
    const label = TEXT_LABEL.exec(l);
    if (label) changes.push({ rule: RULE, kind: 'removed', line: line(i), text: `${label[2]}：`, to: "the label of the item's text" });
    out.push(label ? l.slice(label[0].length) : l.trim());
    map.push(line(i));
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
