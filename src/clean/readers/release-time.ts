/**
 * release-time: a government press release ends with its end mark and, under it, the day and the time it was
 * issued (the Hong Kong government's `完` / `2027年4月16日（星期五）` / `香港時間15時30分`). Those two lines are
 * the release's publishing time, as printed, one U+3000 between them; the end mark stays for the rule that cuts
 * what follows it.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'release-time';

const END = /^[ \t\u3000]*[（(]?完[）)]?[ \t\u3000]*$/u;
const DAY = /^[ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日(?:[（(](?:星期|週|周)[一二三四五六日天][）)])?)[ \t\u3000]*$/u;
const TIME = /^[ \t\u3000]*((?:香港|澳門|澳门|北京|台北|臺北)?(?:時間|时间)\d{1,2}[時时:：]\d{2}分?)[ \t\u3000]*$/u;

export function releaseTime(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('完')) return undefined;
  const lines = text.split('\n');
  const end = lines.findIndex((l) => END.test(l));
  if (end < 0) return undefined;
  // The day on the first line of text under the mark (a blank line between at most), the time right under it.
  let d = end + 1;
  while (d < lines.length && d <= end + 2 && lines[d]!.trim() === '') d++;
  const day = DAY.exec(lines[d] ?? '');
  const time = TIME.exec(lines[d + 1] ?? '');
  if (!day || !time) return undefined;
  const published = `${day[1]}\u3000${time[1]}`;
  const changes: Change[] = [
    { rule: RULE, kind: 'moved', line: lineMap[d] ?? d + 1, text: day[1]!, to: 'front matter: published (the day under the release\'s end mark)' },
    { rule: RULE, kind: 'moved', line: lineMap[d + 1] ?? d + 2, text: time[1]!, to: 'front matter: published (the time under the release\'s end mark)' },
  ];
  lines[d] = '';
  lines[d + 1] = '';
  return { text: lines.join('\n'), meta: { published }, changes, lineMap };
}
