/**
 * framed-headings: Debian's html2text (the C++ program) prints a page's headings framed by runs of asterisks,
 * the longer the run the higher the heading (`****** 冬衣募捐活动启动 ******` for `<h1>`, `**** 捐赠衣物要“八成新” ****`
 * for `<h3>`). Markdown reads such a line as text with stray asterisks. A line framed by two equal runs of three
 * to eight asterisks, a space inside each, is a heading: the longest frame in the file is `#`, the next `##`, and
 * so on; the frames are reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'framed-headings';

const FRAMED = /^[ \t]*(\*{3,8})[ \t\u3000]+(\S(?:.{0,200}\S)?)[ \t\u3000]+(\*{3,8})[ \t]*$/u;

export function framedHeadings(text: string, lineMap: number[]): Reading | undefined {
  // (Only a text with a line that opens with three asterisks is read line by line.)
  if (!/^[ \t]*\*{3}/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const framed = lines.map((l) => {
    const m = FRAMED.exec(l);
    // (Equal runs: `*** 注意 **` is no frame; and nothing inside that is a run of its own.)
    return m && m[1]!.length === m[3]!.length && !/^\*|\*$/u.test(m[2]!) ? m : null;
  });
  const widths = [...new Set(framed.flatMap((m) => (m ? [m[1]!.length] : [])))].sort((a, b) => b - a);
  if (widths.length === 0) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((l, i) => {
    const m = framed[i];
    const line = lineMap[i] ?? i + 1;
    if (!m) {
      out.push(l);
      map.push(line);
      return;
    }
    const depth = Math.min(6, widths.indexOf(m[1]!.length) + 1);
    changes.push({ rule: RULE, kind: 'changed', line, text: `${m[1]} … ${m[3]}`, to: `a heading of level ${depth} (the converter's frame)` });
    // A heading is a block of its own: blank lines round it (the converter set none between blocks).
    if (out.length > 0 && out[out.length - 1]!.trim() !== '') { out.push(''); map.push(line); }
    out.push(`${'#'.repeat(depth)} ${m[2]!.replace(/[#\\]/gu, (c) => `\\${c}`)}`, '');
    map.push(line, line);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
