/**
 * speech-log: a page as a screen reader spoke it, saved from its speech viewer (NVDA's, Orca's): each element's
 * role spoken with its text (`标题 级别 1  …`, `链接  首页`, `图形  …`, `列表 有 3 项`, `项目符号  …`, `按钮  分享`,
 * `区域  导航`), the window's title and `… 文档` first, `文档结束` last. The roles are the reader's words, not the
 * page's: the page's main region (`区域  主要内容` to its `区域结束`) is the article, its headings set as headings,
 * its figure's words as a caption, its list items as a list and its links as their words; the regions around it
 * (navigation, the footer), its buttons and the window's lines go, each reported. Six role lines at least, a
 * document or a region among them.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'speech-log';

const ROLE = /^(区域|區域|列表 有 \d{1,3} 项|列表結束|列表结束|链接|鏈接|已访问链接|已訪問鏈接|标题 级别 [1-6]|標題 級別 [1-6]|图形|圖形|项目符号|項目符號|按钮|按鈕|区域结束|區域結束|文档结束|文檔結束)(?: {2}(.*))?$/u;
const DOCUMENT = /^.{1,60} {2}(?:文档|文檔)$/u;
const MAIN = /^(?:主要内容|主要內容|主体|主體|正文|main)$/iu;

export function speechLog(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n').map((l) => l.trim());
  const roles = lines.filter((l) => ROLE.test(l) || DOCUMENT.test(l));
  if (roles.length < 6 || !roles.some((l) => DOCUMENT.test(l) || /^(?:区域|區域)(?: {2}|$)/u.test(l))) return undefined;
  const mainAt = lines.findIndex((l) => { const m = ROLE.exec(l); return m !== null && /^(?:区域|區域)$/u.test(m[1]!) && MAIN.test((m[2] ?? '').trim()); });
  const mainEnd = mainAt < 0 ? lines.length : lines.findIndex((l, i) => i > mainAt && /^(?:区域结束|區域結束)$/u.test(l));
  const from = mainAt < 0 ? 0 : mainAt + 1;
  const to = mainEnd < 0 ? lines.length : mainEnd;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const outside = (a: number, b: number, why: string) => {
    const cut = lines.slice(a, b).filter((l) => l !== '');
    if (cut.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(a), text: cut.join('\n'), to: why });
  };
  outside(0, mainAt < 0 ? 0 : mainAt + 1, "the screen reader's window, document and the page's regions before its main content");
  outside(to, lines.length, "the page's regions after its main content, as the screen reader spoke them (buttons, links, footer)");
  const out: string[] = [];
  const map: number[] = [];
  const push = (l: string, i: number, apart = false) => {
    if (apart && out.length > 0 && out[out.length - 1] !== '') {
      out.push('');
      map.push(line(i));
    }
    out.push(l);
    map.push(line(i));
    if (apart) {
      out.push('');
      map.push(line(i));
    }
  };
  let inList = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    const m = ROLE.exec(l);
    if (!m) {
      if (inList) {
        out.push('');
        map.push(line(i));
        inList = false;
      }
      push(l, i);
      continue;
    }
    const role = m[1]!;
    const words = (m[2] ?? '').trim();
    const report = (what: string) => changes.push({ rule: RULE, kind: 'removed', line: line(i), text: role, to: what });
    if (/^(?:标题|標題)/u.test(role)) {
      report("the screen reader's word for a heading and its level");
      push(`${'#'.repeat(Number(role.slice(-1)))} ${words}`, i, true);
    } else if (/^(?:图形|圖形)$/u.test(role)) {
      report("the screen reader's word for a figure (its words the picture's caption)");
      if (words !== '') {
        push('', i);
        for (const c of [':::caption', words, ':::']) push(c, i);
        push('', i);
      }
    } else if (/^(?:项目符号|項目符號)$/u.test(role)) {
      report("the screen reader's word for a list item");
      if (!inList && out.length > 0 && out[out.length - 1] !== '') push('', i);
      inList = true;
      push(`- ${words}`, i);
    } else if (/^(?:链接|鏈接|已访问链接|已訪問鏈接)$/u.test(role) && words !== '') {
      report("the screen reader's word for a link (its words kept)");
      push(words, i);
    } else {
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: l, to: "the screen reader's words for the page's structure (a list's count or end, a button, a region)" });
      if (/^列表/u.test(role) && inList && /结束|結束/u.test(role)) {
        inList = false;
        push('', i);
      }
    }
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
