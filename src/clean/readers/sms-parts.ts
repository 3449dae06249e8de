/**
 * sms-parts: a news alert sent as a long SMS in parts, each part its own message marked `(2/6)`, as a phone's SMS
 * database exports them (sqlite3's CSV of `_id,address,time,body`). The gateway cut the text at a part's length,
 * in the middle of a word (`冲` / `毁路基`): the parts, in the order their marks give, are one text again, run
 * together where they were cut. A part delivered twice (the same mark, the same words) goes as a copy; the
 * database's own cells (ids, the sender's number, the times) and the marks go. Only where every row is a part of
 * one message and every part from 1 to n is there: a missing or differing part leaves the export as it is.
 */
import type { Change } from '../report.ts';
import { csvRecords, type Reading } from './reading.ts';

export const RULE = 'sms-parts';

const HEADER = /^\ufeff?[\p{Script=Han}A-Za-z_][\p{Script=Han}\w]{0,30}(?:,[\p{Script=Han}A-Za-z_][\p{Script=Han}\w]{0,30}){1,20}\r?$/u;
const BODY_KEYS = new Set(['body', 'text', 'content', 'message', 'msg', 'sms_body', '短信内容', '内容', '正文', '消息内容']);
// A part's mark, after the sender's signature on the first part (`【某某日报】(1/6)`).
const PART = /^((?:【[^【】\n]{1,16}】)?)[(（[]([1-9]\d?)\/([1-9]\d?)[)）\]]/u;

export function smsParts(text: string, lineMap: number[]): Reading | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (!HEADER.test(firstLine)) return undefined;
  const rows = csvRecords(text.replace(/^\ufeff/u, ''), true);
  if (!rows || rows.length < 3) return undefined;
  const [head, ...body] = rows as [{ cells: string[]; line: number }, ...{ cells: string[]; line: number }[]];
  const keys = head.cells.map((k) => k.trim());
  const bodyAt = keys.findIndex((k) => BODY_KEYS.has(k.toLowerCase()));
  if (bodyAt < 0 || body.some((r) => r.cells.length !== keys.length)) return undefined;
  const parts = body.map((r) => ({ row: r, text: r.cells[bodyAt]!.replace(/\r\n?/gu, '\n'), mark: PART.exec(r.cells[bodyAt]!.trimStart()) }));
  if (parts.some((p) => !p.mark)) return undefined;
  const total = Number(parts[0]!.mark![3]);
  if (total < 2 || parts.some((p) => Number(p.mark![3]) !== total)) return undefined;
  const line = (r: { line: number }) => lineMap[r.line - 1] ?? r.line;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: line(head), text: firstLine.trim(), to: "the SMS database's column names" }];
  const byPart = new Map<number, (typeof parts)[number]>();
  for (const p of parts) {
    const k = Number(p.mark![2]);
    const cells = p.row.cells.filter((_, i) => i !== bodyAt).join(',');
    const seen = byPart.get(k);
    if (seen) {
      // (The same part twice: the gateway sent it again. A part that differs is no copy, and nothing is decided.)
      if (seen.text.trim() !== p.text.trim()) return undefined;
      changes.push({ rule: RULE, kind: 'removed', line: line(p.row), text: `${cells},${p.text.trim()}`, to: `part ${k} of ${total} delivered again (a copy of the message above)` });
      continue;
    }
    if (k > total) return undefined;
    byPart.set(k, p);
  }
  if (byPart.size !== total) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  let run = '';
  for (let k = 1; k <= total; k++) {
    const p = byPart.get(k)!;
    const m = p.mark!;
    const start = p.text.length - p.text.trimStart().length;
    const words = p.text.slice(start + m[0].length).replace(/\s+$/u, '');
    changes.push({ rule: RULE, kind: 'removed', line: line(p.row), text: `${p.row.cells.filter((_, i) => i !== bodyAt).join(',')} ${m[0].slice(m[1]!.length)}`, to: `the message's cells and its part mark (part ${k} of ${total}, run on where the gateway cut it)` });
    const pieces = (m[1]! + words).split('\n');
    pieces.forEach((piece, j) => {
      if (j === 0) run += piece;
      else {
        out.push(run);
        map.push(line(p.row));
        run = piece;
      }
    });
  }
  out.push(run);
  map.push(line(byPart.get(total)!.row));
  return { text: out.join('\n\n'), meta: {}, changes, lineMap: out.flatMap((_, i) => (i === 0 ? [map[i]!] : [map[i]!, map[i]!])) };
}
