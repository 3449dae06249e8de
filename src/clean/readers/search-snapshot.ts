/**
 * search-snapshot: a search engine's cached copy of a page keeps the engine's header above it (`某某快照　这是
 * <http://…> 在 2027-12-03 08:41:17 的快照。当前页面可能已经更改…`, its disclaimer, `您的检索词已高亮显示：**甲**
 * **乙**`, a rule) and sets the searched words in bold wherever the page has them. The header is the engine's: it
 * goes (reported), the page's own address it names is the url, and the bold marks round exactly the searched
 * words go, the words staying (the page's own emphasis of other words stays).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'search-snapshot';

// (Or the engine's name left out, the archive's time on the line under it: `这是 http://… 的快照，是网页在` /
// `2027年4月16日 03:12:40 的存档。`.)
const HEAD = /^(?:\S{0,8}快照[\s\u3000]*)?这是[\s\u3000]*<?(https?:\/\/[^\s<>]+)>?[\s\u3000]*(?:在[\s\u3000]*\d{4}-\d{1,2}-\d{1,2}[ \d:]{0,12})?的快照/u;
const HIGHLIGHTED = /^(?:您的(?:检索词|搜索词|查询词)已(?:高亮|被高亮)显示|以下(?:关键词|檢索詞|检索词|搜索词)已(?:高亮|被高亮)(?:显示)?)[：:](.+)$/u;
// The header's other lines: the archive's time, the note that the page may have changed, the engine's disclaimer.
const HEADER_LINE = /快照|仅显示文字版本|僅顯示文字版本|的存档。?$|的存檔。?$|当前页面可能已|當前頁面可能已|网页作者无关|網頁作者無關/u;
const RULE_LINE = /^[-—_=*]{3,}$/u;

export function searchSnapshot(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const head = first >= 0 ? HEAD.exec(lines[first]!.trim()) : null;
  if (!head) return undefined;
  const changes: Change[] = [];
  // The header runs to its rule (or to the first line that is none of its own), ten lines at most.
  let end = first;
  const words: string[] = [];
  for (let k = first; k < lines.length && k <= first + 10; k++) {
    const t = lines[k]!.trim();
    const hl = HIGHLIGHTED.exec(t);
    // (The words in bold, or as plain words a space apart: `以下关键词已高亮：铅字 字模`.)
    if (hl && words.length < 8) words.push(...(/\*\*/u.test(hl[1]!) ? [...hl[1]!.matchAll(/\*\*([^*]{1,20})\*\*/gu)].map((m) => m[1]!) : hl[1]!.trim().split(/[\s\u3000]+/u).filter((w) => w.length <= 20).slice(0, 8)));
    if (k > first && t !== '' && !hl && !HEADER_LINE.test(t) && !RULE_LINE.test(t)) break;
    end = k;
    if (RULE_LINE.test(t)) break;
  }
  for (let k = first; k <= end; k++) if (lines[k]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: lines[k]!.trim(), to: "the search engine's header over its copy of the page" });
  const out = lines.slice(end + 1);
  const map = lineMap.slice(end + 1);
  if (words.length > 0) {
    // (Words the engine found side by side it sets in one bold run: `**某州老地名**`; or in lenticular brackets, as a
    // text browser prints its highlight: `〖铅字〗`.)
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
    const bold = new RegExp(`\\*\\*((?:${alternatives})+)\\*\\*|〖((?:${alternatives})+)〗`, 'gu');
    out.forEach((l, k) => {
      out[k] = l.replace(bold, (m, b: string | undefined, c: string | undefined) => {
        const w = b ?? c!;
        changes.push({ rule: RULE, kind: 'removed', line: map[k] ?? k + 1, text: m, to: `"${w}" (the mark the search engine set round a searched word)` });
        return w;
      });
    });
  }
  return { text: out.join('\n'), meta: { url: head[1]! }, changes, lineMap: map };
}
