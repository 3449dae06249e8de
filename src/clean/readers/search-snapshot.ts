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

const HEAD = /^\S{0,8}快照[\s\u3000]*这是[\s\u3000]*<?(https?:\/\/[^\s<>]+)>?[\s\u3000]*在[\s\u3000]*\d{4}-\d{1,2}-\d{1,2}[ \d:]{0,12}的快照/u;
const HIGHLIGHTED = /^您的(?:检索词|搜索词|查询词)已(?:高亮|被高亮)显示[：:](.+)$/u;
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
    if (hl && words.length < 8) words.push(...[...hl[1]!.matchAll(/\*\*([^*]{1,20})\*\*/gu)].map((m) => m[1]!));
    if (k > first && t !== '' && !hl && !/快照|仅显示文字版本|僅顯示文字版本/u.test(t) && !RULE_LINE.test(t)) break;
    end = k;
    if (RULE_LINE.test(t)) break;
  }
  for (let k = first; k <= end; k++) if (lines[k]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: lines[k]!.trim(), to: "the search engine's header over its copy of the page" });
  const out = lines.slice(end + 1);
  const map = lineMap.slice(end + 1);
  if (words.length > 0) {
    // (Words the engine found side by side it sets in one bold run: `**某州老地名**`.)
    const bold = new RegExp(`\\*\\*((?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})+)\\*\\*`, 'gu');
    out.forEach((l, k) => {
      out[k] = l.replace(bold, (_m, w: string) => {
        changes.push({ rule: RULE, kind: 'removed', line: map[k] ?? k + 1, text: `**${w}**`, to: `"${w}" (the bold the search engine set round a searched word)` });
        return w;
      });
    });
  }
  return { text: out.join('\n'), meta: { url: head[1]! }, changes, lineMap: map };
}
