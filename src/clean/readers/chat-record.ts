/**
 * chat-record: an article that reached the editor through a chat (a WeChat group, a forwarded record) and
 * was copied out of the chat window: every message under a line of its sender and time (`吕晓岚 10:42`),
 * the article pasted by one sender as one message or a few, the others' short replies in between. The
 * record says what each line is: the senders' lines go; the article is the long messages (or those the
 * `　　` indents of a pasted article mark), one after another, a message that runs on from the last one's
 * cut sentence joined to it; every other message is the chat's, removed whole with its sender's line.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'chat-record';

// `吕晓岚 10:42`, `周敏 昨天 21:05`, `Lucy 2024/8/12 10:42`: a sender and the time of the message.
const SENDER = /^[\p{Script=Han}A-Za-z0-9_·.\-]{1,16}[ \u3000]+(?:(?:昨天|前天|今天|星期[一二三四五六日天]|\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}月\d{1,2}日)[ \u3000]+)?\d{1,2}:\d{2}(?::\d{2})?$/u;

interface Message { header: number; lines: number[]; text: string }

// A chat exporter's record (`2028-04-02 19:38:12 某某（5栋）`): the time first, then the sender; the record's title
// (`“某某群”的聊天记录`) and its export time over it; a message recalled (`“某某”撤回了一条消息`) a line alone.
const TIMED_SENDER = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \u3000]+([^\s\u3000]{1,16}?(?:[（(][^（）()]{1,10}[）)])?)$/u;
const RECALLED = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \u3000]+[“"「]?[^\s\u3000“”"「」]{1,16}[”"」]?(?:撤回了一条消息|撤回了一條訊息|撤回了一條消息)$/u;
const EXPORT_HEAD = /^(?:[“"「]?[^\n“”"「」]{1,30}[”"」]?(?:的)?(?:聊天记录|聊天記錄)|(?:导出时间|導出時間|导出于|導出於)[：:]?[\s\u3000]*\d{4}[-/.年].{0,20})$/u;
// A forwarded record's count of its messages and its export time, under its title (`某某群　共5条消息　导出于 …`).
const RECORD_COUNT = /^[^\s\u3000]{1,20}[ \u3000]+(?:共\d{1,4}条消息|共\d{1,4}條訊息)(?:[ \u3000]+(?:导出于|導出於)[ \u3000]*\d{4}[-/.年].{0,20})?$/u;
// A sender's words over the article they paste: short, ending in a colon, pointing at what follows.
const PASTE_INTRO = /^[^。！？]{0,16}(?:看这里|看這裡|全文如下|原文如下|全文在此|原文在此|转一下|轉一下|贴一下|貼一下|贴出来|貼出來)[：:]$/u;
// The card of an article forwarded into the chat (`[转发] 某某晚报｜标题`): the article's title, the paper before the bar.
const FORWARD_CARD = /^\[(?:转发|轉發|链接|鏈接|分享)\][ \u3000]*(?:([^｜|\s]{2,12})[ \u3000]*[｜|][ \u3000]*)?(\S.{3,60})$/u;

export function chatRecord(text: string, lineMap: number[]): Reading | undefined {
  return exportedRecord(text, lineMap) ?? copiedRecord(text, lineMap);
}

/**
 * A chat exporter's record: each message under its time and sender; the article the message (or the forwarded
 * card and the text under it) of a hundred and twenty characters or more, kept line for line; every other message,
 * a recall's notice, and the record's title and export time, removed.
 */
function exportedRecord(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const headers = lines.flatMap((l, i) => (TIMED_SENDER.test(l.trim()) || RECALLED.test(l.trim()) ? [i] : []));
  if (headers.length < 4) return undefined;
  const above = lines.slice(0, headers[0]).filter((l) => l.trim() !== '');
  if (above.length > 3 || !above.every((l) => EXPORT_HEAD.test(l.trim()))) return undefined;
  const senders = new Map<string, number>();
  for (const h of headers) {
    const name = TIMED_SENDER.exec(lines[h]!.trim())?.[1];
    if (name !== undefined) senders.set(name, (senders.get(name) ?? 0) + 1);
  }
  if ([...senders.values()].filter((n) => n >= 2).length < 2) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < headers[0]!; i++) {
    if (lines[i]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: "the chat record's title or export time" });
  }
  let kept = 0;
  headers.forEach((h, k) => {
    const end = headers[k + 1] ?? lines.length;
    const body = lines.slice(h + 1, end);
    const words = body.map((l) => l.trim()).join('');
    if (RECALLED.test(lines[h]!.trim()) || words.length < 120) {
      changes.push({ rule: RULE, kind: 'removed', line: at(h), text: [lines[h]!.trim(), ...body.map((l) => l.trim()).filter(Boolean)].join('\n'), to: RECALLED.test(lines[h]!.trim()) ? "the chat's notice of a recalled message" : 'a message of the chat, not the article' });
      return;
    }
    kept++;
    changes.push({ rule: RULE, kind: 'removed', line: at(h), text: lines[h]!.trim(), to: "the sender's line over a message of the article" });
    body.forEach((l, j) => {
      const card = FORWARD_CARD.exec(l.trim());
      if (card && body.slice(0, j).every((b) => b.trim() === '')) {
        changes.push({ rule: RULE, kind: 'removed', line: at(h + 1 + j), text: l.trim().slice(0, l.trim().length - card[2]!.length).trim(), to: "the forwarded card's mark and the paper's name before its title" });
        out.push(`# ${card[2]!.trim()}`);
      } else out.push(l);
      map.push(at(h + 1 + j));
    });
  });
  return kept === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap: map };
}

function copiedRecord(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const headers = lines.flatMap((l, i) => (SENDER.test(l.trim()) ? [i] : []));
  // The record starts the text, and most of it is messages: four at least, each under its sender's line. (Under a
  // forwarded record's own head, at most: its title, `某某群　共5条消息　导出于 …`, a rule.)
  const above = lines.slice(0, headers[0] ?? 0).map((l) => l.trim()).filter((l) => l !== '');
  const recordHead = above.length > 0 && above.length <= 4 && above.every((l) => EXPORT_HEAD.test(l) || RECORD_COUNT.test(l) || /^[━─—=\-_]{3,}$/u.test(l));
  if (headers.length < 4 || (headers[0]! > 2 && !recordHead)) return undefined;
  // A chat has its people write back and forth: two senders at least, each more than once (an agenda's
  // `签到 8:30` / `开幕式 9:00` lines name each item once).
  const senders = new Map<string, number>();
  for (const h of headers) {
    const name = lines[h]!.trim().split(/[ \u3000]+/u)[0]!;
    senders.set(name, (senders.get(name) ?? 0) + 1);
  }
  if ([...senders.values()].filter((n) => n >= 2).length < 2) return undefined;
  const messages: Message[] = headers.map((h, k) => {
    const end = headers[k + 1] ?? lines.length;
    const body = [...Array(end - h - 1).keys()].map((j) => h + 1 + j).filter((j) => lines[j]!.trim() !== '');
    return { header: h, lines: body, text: body.map((j) => lines[j]!.trim()).join('\n') };
  });
  if (messages.some((m) => m.lines.length === 0)) return undefined;
  const article = (m: Message) => m.text.length >= 120 || (/\u3000\u3000/u.test(m.text) && m.text.length >= 40);
  if (!messages.some(article)) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  const at = (i: number) => lineMap[i] ?? i + 1;
  // What stands above the first message (the chat's title, a headline) is kept as it is; a forwarded record's head goes.
  if (recordHead) changes.push({ rule: RULE, kind: 'removed', line: at(0), text: above.join('\n'), to: "the forwarded chat record's head (its title, the group, the count of messages, the export's time)" });
  else {
    for (let i = 0; i < headers[0]!; i++) {
      out.push(lines[i]!);
      map.push(at(i));
    }
  }
  let last: Message | undefined;
  for (const m of messages) {
    if (!article(m)) {
      changes.push({ rule: RULE, kind: 'removed', line: at(m.header), text: `${lines[m.header]!.trim()}\n${m.text}`, to: 'a message of the chat, not the article' });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(m.header), text: lines[m.header]!.trim(), to: "the sender's line over a message of the article" });
    // A message that runs on from the last one's cut sentence (`…矿泉` / `水比平时…`) is joined to it.
    const runsOn = last !== undefined && !/[。！？”」』）)]$/u.test(out[out.length - 1] ?? '') && /^\p{Script=Han}/u.test(m.text.trim());
    // Inside a pasted article the `　　` indents are the only paragraph marks left: each opens a paragraph.
    const parts = m.lines.flatMap((j) => lines[j]!.split(/[\u3000]{2,}/u).map((t) => ({ j, t: t.trim() }))).filter((p) => p.t !== '');
    // The sender's own words before what they pasted (`链接打不开的看这里：`): the chat's, not the article's.
    if (parts.length > 1 && PASTE_INTRO.test(parts[0]!.t)) {
      changes.push({ rule: RULE, kind: 'removed', line: at(parts[0]!.j), text: parts[0]!.t, to: "the sender's words before the article they pasted" });
      parts.shift();
    }
    parts.forEach(({ j, t }, k) => {
      if (k === 0 && runsOn) {
        changes.push({ rule: RULE, kind: 'joined', line: at(j), text: `${out[out.length - 1]!.slice(-8)}⏎${t.slice(0, 8)}`, to: 'one sentence, cut between two messages' });
        out[out.length - 1] += t;
        return;
      }
      if (out.length > 0) {
        out.push('');
        map.push(at(j));
      }
      out.push(t);
      map.push(at(j));
    });
    last = m;
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
