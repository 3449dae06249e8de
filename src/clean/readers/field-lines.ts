/**
 * field-lines: a page's header table of labelled fields scraped one cell a line — a government page's
 * public-information table (`索 引 号：` / `11420988MB0K…` / `发布机构：` / `某市生态环境局` …), an article's
 * `来源：` / `某报` — sets each label apart from its value, often with empty lines between. Read so, a value
 * stands alone (a bare date, a bare name) where no rule can tell what it is. Where two fields at least are
 * scraped so, each label is one line with its value again (`发布机构：某市生态环境局`), for the metadata rule
 * to read as it reads any labelled line. A label whose value is missing (the next line is another label)
 * is left alone.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { fieldKeyOf, GOV_FIELD_WORDS, spacedLabel } from '../labelled-line.ts';

export const RULE = 'field-lines';

const S = '[\\s\\u3000\\u00a0]*';
// The public-information fields, and the fields an article's information bar scrapes the same way.
const WORDS = [...GOV_FIELD_WORDS, '發佈日期', '来源', '來源', '信息来源', '作者', '发布时间', '發佈時間', '浏览次数', '瀏覽次數', '点击数', '點擊數', '字号', '字號'];
const WORD_LINE = new RegExp(`^${S}(?:${WORDS.map(spacedLabel).join('|')})${S}[：:]${S}$`, 'u');
// (Or any word the labelled line reads as a field's label, `信息提供：`, `公开日期：`, `查看次数：`, set unspaced.)
const ANY_LABEL = /^[\s\u3000\u00a0]*(\p{Script=Han}{2,8})[\s\u3000\u00a0]*[：:][\s\u3000\u00a0]*$/u;
function labelLine(l: string): boolean {
  if (WORD_LINE.test(l)) return true;
  const any = ANY_LABEL.exec(l);
  return any !== null && fieldKeyOf(any[1]!) !== undefined;
}
const SIZE_LABEL = new RegExp(`^${S}(?:字号|字號|字体|字體)${S}[：:]`, 'u');
const SIZE_BUTTON = /^(?:大|中|小|默认|默認|T|A\+|A-|A)$/u;
// The next cell: a value, short, no label of its own and no sentence.
const value = (l: string) => l.trim().length > 0 && l.trim().length <= 100 && !labelLine(l) && !/[。！？]$/u.test(l.trim());

export function fieldLines(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // Each label line with the index of its value line (empty lines between allowed, three at most).
  const pairs = new Map<number, number>();
  lines.forEach((l, i) => {
    if (!labelLine(l)) return;
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && lines[j]!.trim() === '') j++;
    if (j < lines.length && j <= i + 4 && value(lines[j]!)) pairs.set(i, j);
  });
  if (pairs.size < 2) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const j = pairs.get(i);
    if (j === undefined) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
      continue;
    }
    // A font-size switch (`字号：` / `大` / `中` / `小`): its buttons are its value, all of them.
    const cells = [lines[j]!.trim()];
    let end = j;
    if (SIZE_LABEL.test(lines[i]!)) {
      for (let k = j + 1; k < lines.length && k <= end + 4; k++) {
        if (lines[k]!.trim() === '') continue;
        if (!SIZE_BUTTON.test(lines[k]!.trim())) break;
        cells.push(lines[k]!.trim());
        end = k;
      }
    }
    out.push(`${lines[i]!.trim()}${cells.join(' ')}`);
    map.push(lineMap[i] ?? i + 1);
    changes.push({ rule: RULE, kind: 'joined', line: lineMap[i] ?? i + 1, text: [lines[i]!.trim(), ...cells].join('⏎'), to: "one line: a field's label and its value, scraped one cell a line" });
    i = end;
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
