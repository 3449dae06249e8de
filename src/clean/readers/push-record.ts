/**
 * push-record: an article kept with the push notification that led to it, as a phone's notification-history app
 * exports it (`通知记录导出`, `导出时间：…`, then the notification: `[2027-07-09 06:52:14] 某某新闻 · 要闻推送`,
 * `标题：…`, `内容：…`, `状态：已点击`) above the page the notification opened. The notification's title is the
 * headline the page prints again below; its text a teaser cut short (`……`). The export's head and the
 * notification go, reported whole, where the title stands again as a line of its own further down: the page's
 * headline, which the title rule takes from there.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'push-record';

const TITLE = /^(?:标题|標題|通知标题|通知標題)[：:][\s\u3000]*(.{6,80})$/u;
const STAMPED = /^\[\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\]/u;
const EXPORT = /通知|推送|导出|導出|notification/iu;

export function pushRecord(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const at = trimmed.slice(0, 12).findIndex((l) => TITLE.test(l));
  if (at < 0) return undefined;
  const title = TITLE.exec(trimmed[at]!)![1]!.trim();
  // The notification's own lines: the labelled ones under its title, down to the first blank line.
  let end = at + 1;
  while (end < lines.length && trimmed[end] !== '') end++;
  if (!trimmed.slice(end).includes(title)) return undefined;
  // Above it, the export's head and the notification's stamp, and nothing else.
  const above = trimmed.slice(0, at).filter((l) => l !== '');
  if (!above.some((l) => STAMPED.test(l)) || !above.some((l) => EXPORT.test(l)) || above.length > 5) return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: lines.slice(0, end).join('\n').trim(), to: "a notification history's export of the push that opened the article (its title the headline printed below, its text a teaser)" }];
  return { text: lines.slice(end).join('\n'), meta: {}, changes, lineMap: lineMap.slice(end) };
}
