/**
 * mail-quote: an article that reached the editor inside an e-mail, saved as the mail's text: a reply that
 * quotes the mail (`在 2024年4月2日周二 07:31，某某 <a@b.cn> 写道：`, `On … wrote:`, then every line behind
 * `> `), or a forward (`---------- 转发的邮件 ---------`, `-----Original Message-----`, then `发件人：`,
 * `日期：`, `主题：` … one a line). The mail says what each line is: what the sender wrote above (a note, a
 * `--` signature) is the mail's, not the article's, and goes whole; the attribution line or the forward's
 * header goes; the quote marks go from every quoted line, so the text reads as it was sent. Only where the
 * quoted mail is most of the text: a note longer than what it quotes is a letter of its own, left alone. A
 * mail that sends the article as its own text opens with the sender's salutation and note to the desk
 * (`县融媒体中心新闻部：` / `你们好！附件是…新闻稿…请审阅`): they go.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { looksLikeOrganisation } from '../organisations.ts';

export const RULE = 'mail-quote';

// The mail client's line over a quoted mail: it names a sender or a time and ends in 写道 / wrote.
const ATTRIBUTION = /^(?=.{0,200}(?:@|\d{1,2}:\d{2}|\d{4}))(?!>)[^\n]{6,240}(?:写道|wrote)[:：]?$/u;
const FORWARD = /^-{2,}[ \t]*(?:原始邮件|转发的邮件|邮件原件|转发邮件信息|原始邮件信息|转发邮件|Original Message|Forwarded message)[ \t]*-{2,}$/iu;
// (A saved mail's attachments are listed under its header: mailparser's `Attachment: IMG_1.jpg (image/jpeg, 1747 bytes)`.)
const FIELD = /^(?:发件人|发送时间|发送日期|日期|时间|收件人|抄送|主题|附件|From|Sent|Date|To|Cc|Subject|Attachments?)[ \t]*[:：]/iu;
const QUOTED = /^>[ \t]?/u;

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

export function mailQuote(text: string, lineMap: number[]): Reading | undefined {
  const found = savedHeader(text.split('\n'), (i) => lineMap[i] ?? i + 1);
  if (!found) return forwardChain(text, lineMap) ?? coverNote(text, lineMap);
  // A saved mail: its header and its parts' markers go; then a forward or a quote inside it is read as any, or
  // the sender's note over the article, and what follows the article (a signature, the mail it replies to).
  const saved = chain(found, partMarkers);
  const inner = quotedMail(saved.text, saved.lineMap) ?? chain(coverNote(saved.text, saved.lineMap) ?? { ...saved, changes: [] }, replyTail);
  return inner && inner.changes.length > 0 ? { ...inner, changes: [...saved.changes, ...inner.changes] } : saved;
}

/**
 * A mail forwarded again and again (`-----原始邮件-----` over a note, a signature, then `---------- Forwarded message
 * ---------` over the article): each forward's header and what its sender wrote above it go, down to the innermost
 * mail; a mail quoted whole there (every line behind `> `) loses its marks, and its signature goes.
 */
function forwardChain(text: string, lineMap: number[]): Reading | undefined {
  let r = quotedMail(text, lineMap);
  if (!r) return undefined;
  for (let k = 0; k < 4; k++) {
    const next = quotedMail(r.text, r.lineMap);
    if (!next) break;
    r = { ...next, meta: { ...r.meta, ...next.meta }, changes: [...r.changes, ...next.changes] };
  }
  return chain(chain(r, quotedWhole), replyTail);
}

/** A text quoted whole (nearly every line behind `> `, five at least): the marks go. */
function quotedWhole(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const quoted = filled.filter((l) => QUOTED.test(l));
  if (quoted.length < 5 || quoted.length < filled.length * 0.9) return undefined;
  const out = lines.map((l) => l.replace(QUOTED, ''));
  return { text: out.join('\n'), meta: {}, changes: [{ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `the quote mark > before ${quoted.length} lines`, to: 'none (the forward quoted the mail)' }], lineMap };
}

/** The reading `step` makes of `r`'s text, its changes after `r`'s; `r` itself where the step finds nothing. */
function chain(r: Reading, step: (text: string, lineMap: number[]) => Reading | undefined): Reading {
  const next = step(r.text, r.lineMap);
  return next ? { ...next, meta: { ...r.meta, ...next.meta }, changes: [...r.changes, ...next.changes] } : r;
}

// A mail reader's markers of the message's parts (mblaze's mshow: `--- --- 3: text/plain size=2272 ---`), and what
// it prints for a part it does not show.
const PART = /^(?:--- )+\d{1,3}: [a-z]+\/[\w.+-]+(?: [a-z]+=(?:"[^"\n]{0,200}"|\S{1,100}))*(?: ---)?$|^no filter or default handler$/u;

function partMarkers(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    if (!PART.test(l.trim())) return l;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: l.trim(), to: "a marker of the saved mail's parts" });
    return '';
  });
  return changes.length > 0 ? { text: out.join('\n'), meta: {}, changes, lineMap } : undefined;
}

/**
 * After the article a mail sends: the sender's signature under its `-- ` line, and the mail it replies to,
 * quoted under its attribution (`在 2026/9/9 15:02, 某某 写道:` / `> …`). They go whole, where they are the smaller
 * part of the text.
 */
function replyTail(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let from = lines.findIndex((l) => /^-- ?$/u.test(l));
  if (from < 0) {
    const attribution = lines.findIndex((l) => ATTRIBUTION.test(l.trim()));
    if (attribution < 0 || !lines.slice(attribution + 1).every((l) => l.trim() === '' || QUOTED.test(l))) return undefined;
    from = attribution;
  }
  const rest = lines.slice(from).join('\n');
  if (han(rest) * 3 > han(lines.slice(0, from).join('\n'))) return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[from] ?? from + 1, text: rest.trim(), to: "the sender's signature and the mail it replies to, after the article" }];
  return { text: lines.slice(0, from).join('\n'), meta: {}, changes, lineMap: lineMap.slice(0, from) };
}

function quotedMail(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const at = (i: number) => lineMap[i] ?? i + 1;
  const head = lines.findIndex((l) => ATTRIBUTION.test(l.trim()) || FORWARD.test(l.trim()));
  if (head < 0) return undefined;
  const forward = FORWARD.test(lines[head]!.trim());
  let start = head + 1;
  let end = lines.length;
  if (forward) {
    while (start < lines.length && FIELD.test(lines[start]!.trim())) start++;
    // A forward's header is its fields: without two of them the dashes are the text's own rule.
    if (start - head < 3) return undefined;
  } else {
    // The quote runs from the attribution to its last quoted line; nearly every line in it is quoted.
    while (end > start && !QUOTED.test(lines[end - 1]!)) end--;
    const filled = lines.slice(start, end).filter((l) => l.trim() !== '');
    const quoted = filled.filter((l) => QUOTED.test(l));
    if (quoted.length < 5 || quoted.length < filled.length * 0.9) return undefined;
  }
  const above = lines.slice(0, head).join('\n').trim();
  const below = lines.slice(end).join('\n').trim();
  const body = lines.slice(start, end).join('\n');
  // The mail is the text: what the sender wrote round it is the smaller part by far.
  if (han(body) < 100 || han(above) + han(below) > han(body) / 2) return undefined;
  const changes: Change[] = [];
  if (above !== '') changes.push({ rule: RULE, kind: 'removed', line: at(lines.findIndex((l) => l.trim() !== '')), text: above, to: 'what the sender wrote above the mail (a note, a signature)' });
  changes.push({ rule: RULE, kind: 'removed', line: at(head), text: lines.slice(head, start).join('\n').trim(), to: forward ? "the forward's header" : "the mail client's line over the quoted mail" });
  const out = lines.slice(start, end);
  if (!forward) {
    let marks = 0;
    out.forEach((l, i) => {
      const m = QUOTED.exec(l);
      if (m === null) return;
      out[i] = l.slice(m[0].length);
      marks++;
    });
    changes.push({ rule: RULE, kind: 'changed', line: at(start), text: `the quote mark > before ${marks} lines`, to: 'none (the reply quoted the mail)' });
  }
  if (below !== '') changes.push({ rule: RULE, kind: 'removed', line: at(end + lines.slice(end).findIndex((l) => l.trim() !== '')), text: below, to: 'what the sender wrote under the quoted mail' });
  return { text: out.join('\n'), meta: {}, changes, lineMap: out.map((_, i) => at(start + i)) };
}

/**
 * A mail saved with its header (`发件人: …` / `发送时间: …` / `主题: …`, or From:/Date:/Subject:) above its text:
 * the header's fields go, and the preview text a newsletter sets first (the opening of its story cut off with
 * `……`, printed again below): the mail's, not the article's.
 */
function savedHeader(lines: string[], at: (i: number) => number): Reading | undefined {
  let start = 0;
  while (start < lines.length && start < 3 && lines[start]!.trim() === '') start++;
  let end = start;
  while (end < lines.length && FIELD.test(lines[end]!.trim())) end++;
  const fields = lines.slice(start, end).map((l) => l.trim());
  // A sender and a subject or a time: a mail's header, not a text's labelled lines.
  if (!fields.some((f) => /^(?:发件人|From)/iu.test(f)) || !fields.some((f) => /^(?:主题|Subject|发送时间|Sent|Date|日期)/iu.test(f))) return undefined;
  const changes: Change[] = fields.map((f, k) => ({ rule: RULE, kind: 'removed', line: at(start + k), text: f, to: "the saved mail's header" }));
  let from = end;
  while (from < lines.length && lines[from]!.trim() === '') from++;
  const preview = lines[from]?.trim() ?? '';
  const cut = /^(.{8,80}?)(?:……|\.{3,6}|…)$/u.exec(preview);
  const rest = lines.slice(from + 1);
  const out = lines.slice(end);
  if (cut && rest.some((l) => l.trim().startsWith(cut[1]!))) {
    changes.push({ rule: RULE, kind: 'removed', line: at(from), text: preview, to: "the newsletter's preview text (its story's opening, printed again below)" });
    out[from - end] = '';
  }
  return { text: out.join('\n'), meta: newsletterFields(fields, out), changes, lineMap: out.map((_, i) => at(end + i)) };
}

/**
 * A newsletter that is itself the piece (its subject is the banner over its text, `主题: 某某园讯（2027年第11期）`),
 * sent by an organisation: the sender is its source and the mail's date its date. A mail that carries an article
 * under a headline of its own, or a person's mail, gives neither: the article says who and when.
 */
function newsletterFields(fields: string[], body: string[]): Record<string, string> {
  const value = (re: RegExp) => fields.map((f) => re.exec(f)?.[1]?.trim()).find((v) => v);
  const subject = value(/^(?:主题|Subject)[ \t]*[:：][ \t]*(.{4,80})$/iu);
  const sender = value(/^(?:发件人|From)[ \t]*[:：][ \t]*"?([^"<>]{2,30}?)"?[ \t]*<[^<>]+>$/iu);
  const date = value(/^(?:日期|发送时间|发送日期)[ \t]*[:：][ \t]*(\d{4}年\d{1,2}月\d{1,2}日.{0,20})$/u);
  const head = body.filter((l) => l.trim() !== '').slice(0, 4);
  if (!subject || !sender || !looksLikeOrganisation(sender) || !head.some((l) => l.includes(subject))) return {};
  return { source: sender, ...(date ? { published: date.replace(/[ \t]+/gu, '\u3000') } : {}) };
}

// The sender's words to the desk over the article the mail sends: a salutation to the desk or its editors
// (`县融媒体中心新闻部：`, `各位编辑老师：`), then a note that speaks of what it sends (`附件是…新闻稿…请审阅`).
const SALUTATION = /^[\p{Script=Han}A-Za-z0-9·、]{2,24}[：:]$/u;
const SENDS = /附件|新闻稿|稿件|来稿|投稿|供稿|刊用|刊发|审阅/u;
const COURTESY = /^(?:你好|您好|你们好|您们好|谢谢|感谢|此致|敬礼|顺颂)/u;

function coverNote(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length || !SALUTATION.test(lines[first]!.trim())) return undefined;
  const note = [first];
  let k = first + 1;
  for (; k < lines.length; k++) {
    const l = lines[k]!.trim();
    if (l === '') continue;
    if (l.length > 200 || !(SENDS.test(l) || COURTESY.test(l))) break;
    note.push(k);
  }
  const noteText = note.map((n) => lines[n]!).join('\n');
  // The note sends something, and the article it sends is the text: three times the note's length at least.
  if (!note.slice(1).some((n) => SENDS.test(lines[n]!)) || han(lines.slice(k).join('\n')) < 3 * han(noteText)) return undefined;
  const changes: Change[] = note.map((n) => ({ rule: RULE, kind: 'removed', line: lineMap[n] ?? n + 1, text: lines[n]!, to: "the sender's note to the desk, above the article the mail sends" }));
  const out = lines.map((l, n) => (note.includes(n) ? '' : l));
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
