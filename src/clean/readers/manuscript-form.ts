/**
 * manuscript-form: a correspondent's manuscript that opens with its information block, numbered as an office
 * document numbers its parts (`一、稿件信息` / `（一）标题：…` / `（二）作者：本报通讯员　某某` / `（三）稿件状态：第三稿`
 * / `二、正文`). The block is the newsroom's form, not the article: its headings and items go; the author item is
 * handed on as a plain `作者：` line for the metadata rule to read, and the title is the text's own headline.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'manuscript-form';

const INFO = /^[ \t\u3000]*(?:[一1][、.．][ \t\u3000]*)?(?:稿件信息|稿件基本信息|稿件情况|来稿信息|來稿信息)[ \t\u3000]*$/u;
const BODY = /^[ \t\u3000]*(?:[二2][、.．][ \t\u3000]*)?(?:正文|稿件正文|正文内容)[：:]?[ \t\u3000]*$/u;
const ITEM = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、])?[ \t\u3000]*([\p{Script=Han}]{2,6})[：:][ \t\u3000]*(.*)$/u;

export function manuscriptForm(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const at = lines.slice(0, 20).findIndex((l) => INFO.test(l));
  if (at < 0) return undefined;
  const body = lines.findIndex((l, i) => i > at && i <= at + 14 && BODY.test(l));
  if (body < 0) return undefined;
  const items = lines.slice(at + 1, body).filter((l) => l.trim() !== '');
  if (items.length < 2 || !items.every((l) => ITEM.test(l))) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const out: string[] = lines.slice(0, at);
  const map: number[] = lines.slice(0, at).map((_, i) => line(i));
  changes.push({ rule: RULE, kind: 'removed', line: line(at), text: lines[at]!.trim(), to: "the manuscript's information block, its heading" });
  let author: [number, string] | undefined;
  for (let i = at + 1; i < body; i++) {
    const m = ITEM.exec(lines[i]!);
    if (!m) continue;
    if (/^(?:作者|撰稿|撰稿人)$/u.test(m[1]!) && m[2]!.trim() !== '' && !author) {
      author = [i, m[2]!.trim()];
      const label = lines[i]!.slice(0, lines[i]!.length - m[2]!.length).trim();
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: label.replace(/[：:]$/u, ''), to: "the item's number and label in the manuscript's information block (the author handed on to the metadata rule)" });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: lines[i]!.trim(), to: "an item of the manuscript's information block (the newsroom's form, not the article)" });
  }
  changes.push({ rule: RULE, kind: 'removed', line: line(body), text: lines[body]!.trim(), to: "the heading of the manuscript's text" });
  // (The author's line after the headline and its deck, where a byline stands: over them it would be read as the page's.)
  const rest = lines.slice(body + 1);
  const restMap = rest.map((_, k) => line(body + 1 + k));
  let under = rest.findIndex((l) => l.trim() !== '');
  while (under >= 0 && under + 1 < rest.length && /^[ \t\u3000]*(?:——|－－|—)/u.test(rest[under + 1]!)) under++;
  if (author) {
    rest.splice(under + 1, 0, `作者：${author[1]}`);
    restMap.splice(under + 1, 0, line(author[0]));
  }
  return { text: [...out, ...rest].join('\n'), meta: {}, changes, lineMap: [...map, ...restMap] };
}
