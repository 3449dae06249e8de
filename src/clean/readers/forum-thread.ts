/**
 * forum-thread: a forum thread (a Discuz!-style page) as a text browser prints it: the posts set in from the margin,
 * the poster's column (name, `楼主`, `积分`, the floor `2楼`) printed at the margin beside them, its cells on the
 * posts' own lines (`阿飞 1988年，…`, `楼主 要修十几台…`); after the first post its signature over a rule, its
 * buttons (`回复 | 支持(12) | 反对(0)`), and the later floors, each under its `发表于` line.
 *
 * The evidence is the thread's: `发表于` and a time twice at least, and `楼主` or a floor's number on a line of its
 * own. Then the column's cells come off the posts' lines (where the post's text starts at the posts' indent, the cell
 * a few characters at the margin before it) and its lone cells go; from the first post's signature rule, or its
 * buttons, everything after it goes: the other floors are the readers', not the article.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { displayWidth } from '../chars.ts';

export const RULE = 'forum-thread';

const POSTED = /^[ \t]*(?:发表于|發表於)[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}/u;
const FLOOR = /^[ \t]*(?:楼主|樓主|\d{1,4}[楼樓#]|沙发|沙發|板凳|地板)[ \t]*$/u;
const BUTTONS = /^[ \t]*(?:回复|回覆)(?:[ \t]*[|｜].{0,40})?$/u;
const RULE_LINE = /^[ \t]*[-—_=]{10,}[ \t]*$/u;

export function forumThread(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (lines.filter((l) => POSTED.test(l)).length < 2 || !lines.some((l) => FLOOR.test(l))) return undefined;
  // The posts' indent: the commonest of the lines set in.
  const indents = new Map<number, number>();
  for (const l of lines) {
    const n = /^ +(?=\S)/u.exec(l)?.[0].length;
    if (n !== undefined && n >= 3) indents.set(n, (indents.get(n) ?? 0) + 1);
  }
  const [indent] = [...indents].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (indent === undefined) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const out = lines.slice();
  // The first post starts at the first `发表于`; its end is its buttons, or the rule over its signature just above them.
  const start = lines.findIndex((l) => POSTED.test(l));
  let end = lines.findIndex((l, i) => i > start && BUTTONS.test(l));
  if (end < 0) return undefined;
  for (let k = end - 1; k > start && k >= end - 4; k--) if (RULE_LINE.test(lines[k]!)) end = k;
  for (let i = start + 1; i < end; i++) {
    const l = lines[i]!;
    if (/^\s/u.test(l) || l.trim() === '') continue;
    const cell = /^(\S{1,6}?)( +)(?=\S)/u.exec(l);
    if (cell && displayWidth(cell[1]!) + cell[2]!.length === indent) {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: cell[1]!, to: "a cell of the poster's column, printed at the margin beside the post" });
      out[i] = ' '.repeat(indent) + l.slice(cell[0].length);
    } else if (/^\S{1,6}$/u.test(l.trim()) && displayWidth(l.trim()) < indent) {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.trim(), to: "a cell of the poster's column, printed at the margin beside the post" });
      out[i] = '';
    }
  }
  const tail = lines.slice(end).join('\n').trimEnd();
  if (tail !== '') changes.push({ rule: RULE, kind: 'removed', line: at(end), text: tail, to: "the first post's signature and buttons, and the later floors of the thread" });
  for (let i = end; i < out.length; i++) out[i] = '';
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap };
}
