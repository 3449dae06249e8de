/**
 * quoted-fields: an archiving bot that writes a header block instead of front matter sets the page's fields in a
 * block quote under the headline (`# 标题` / `> 來源：…` / `> 作者：…` / `> 發佈時間：…` / `> 原文連結：…`). Every
 * line of the quote a labelled field is the evidence: the quote marks go (reported), and the lines are read as
 * the info lines they are. A quote with a line of anything else is the text's and stays.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { labelledLine } from '../labelled-line.ts';

export const RULE = 'quoted-fields';

const QUOTED = /^>[ \t]?(.*)$/u;

export function quotedFields(text: string, lineMap: number[]): Reading | undefined {
  if (!/^>/mu.test(text.slice(0, 2000))) return undefined;
  const lines = text.split('\n');
  // Under the headline at the top: its `#` line, blank lines, then the quote.
  let at = 0;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  if (!/^#[ \t]+\S/u.test(lines[at] ?? '')) return undefined;
  at++;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  let end = at;
  while (end < lines.length && QUOTED.test(lines[end]!)) end++;
  const quoted = lines.slice(at, end).map((l) => QUOTED.exec(l)![1]!.trim());
  if (quoted.length < 2) return undefined;
  if (quoted.every((l) => (labelledLine(l)?.length ?? 0) > 0)) {
    const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[at] ?? at + 1, text: '> '.repeat(quoted.length).trim(), to: "the quote marks of the page's fields, set as a header block under the headline" }];
    // (A blank line after each, so that every field is a line of its own.)
    const out = [...lines.slice(0, at), ...quoted.flatMap((l) => [l, '']), ...lines.slice(end)];
    const map = [...lineMap.slice(0, at), ...quoted.flatMap((_, k) => [lineMap[at + k] ?? at + k + 1, lineMap[at + k] ?? at + k + 1]), ...lineMap.slice(end)];
    return { text: out.join('\n'), meta: {}, changes, lineMap: map };
  }
  return botFields(lines, lineMap, at, end);
}

// A header block's field as a bot fills it in from a template: the label in bold (`> **作者**: …`), the value
// possibly empty (`> **发布时间**: `) or a link it lost the address of (`[微信公众号文章]()`).
const TEMPLATE_FIELD = /^(?:\*\*)?(作者|發佈者|发布者|发布时间|發佈時間|发布日期|發佈日期|时间|時間|日期|来源|來源|原文链接|原文連結|原文地址|链接|連結|公众号|公眾號)(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(.*)$/u;
const LOST_LINK = /^\[[^\[\]]*\]\(\)$/u;
const RULE_LINE = /^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/u;

/**
 * The header block of a bot's template: every line one of its labelled fields, the labels in bold. The fields
 * the rules can read stay as info lines; an empty field, a link without its address, and a field the rules
 * cannot read (an account's name as `作者`) are the template's and go, each reported whole, and so does the rule
 * that closes the block.
 */
function botFields(lines: string[], lineMap: number[], at: number, end: number): Reading | undefined {
  const raw = lines.slice(at, end);
  const fields = raw.map((l) => TEMPLATE_FIELD.exec(QUOTED.exec(l)![1]!.trim()));
  if (!fields.every(Boolean) || !fields.some((f) => /^\*\*/u.test(f![0]))) return undefined;
  const changes: Change[] = [];
  const out = lines.slice(0, at);
  const map = lineMap.slice(0, at);
  fields.forEach((f, k) => {
    const line = lineMap[at + k] ?? at + k + 1;
    const [, label, value] = f as unknown as [string, string, string];
    const plain = `${label}：${value.trim()}`;
    if (value.trim() === '' || LOST_LINK.test(value.trim()) || !labelledLine(plain)?.length) {
      changes.push({ rule: RULE, kind: 'removed', line, text: raw[k]!, to: value.trim() === '' ? "an empty field of the bot's header block" : LOST_LINK.test(value.trim()) ? "a field of the bot's header block, a link without its address" : "a field of the bot's header block that names no person or date the text's lines give (an account's name)" });
      return;
    }
    changes.push({ rule: RULE, kind: 'changed', line, text: raw[k]!, to: plain });
    out.push(plain, '');
    map.push(line, line);
  });
  let next = end;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  if (RULE_LINE.test(lines[next] ?? '')) {
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[next] ?? next + 1, text: lines[next]!.trim(), to: "the rule under the bot's header block" });
    end = next + 1;
  }
  return { text: [...out, ...lines.slice(end)].join('\n'), meta: {}, changes, lineMap: [...map, ...lineMap.slice(end)] };
}
