/**
 * post-backup: a microblog post kept by a backup tool's export and read as text (`某某 · 微博备份导出　账号：@某某公安
 * 导出范围：…`). The export's head names the account that published the post: its source. Under it, the account's
 * card (its name with the verification badge, its description, `关注 312　粉丝 48.6万　微博 9127`) goes, down to the
 * post's time; after the post, its counters (`转发 1362　评论 877　赞 5210`), the picture placeholders just above
 * them, the exported comments and the export's pager go, reported whole. A post's opening line of topics and a
 * bracketed title (`#某某警方通报# 【警情通报】`) is its headline: the title stays, the topics and brackets go.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'post-backup';

const HEAD = /^(?:.{0,20}[·・|｜][\s\u3000]*)?.{0,12}(?:备份|備份)(?:导出|導出)?[\s\u3000]+(?:账号|帳號)[：:][\s\u3000]*@?([\p{Script=Han}A-Za-z0-9_·-]{2,30})(?:[\s\u3000]+.*)?$/u;
const COUNTS = /^(?:关注|關注)[\s\u3000]*[\d.]+[万萬]?[\s\u3000]+(?:粉丝|粉絲)[\s\u3000]*[\d.]+[万萬]?/u;
const TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/u;
const COUNTERS = /^(?:转发|轉發)[\s\u3000]*\d+[\s\u3000]+(?:评论|評論)[\s\u3000]*\d+[\s\u3000]+(?:赞|讚|点赞|點讚)[\s\u3000]*\d+$/u;
const PICTURE = /^\[(?:图片|圖片|视频|視頻)\]/u;
const TOPIC_TITLE = /^((?:#[^#\n]{1,20}#[\s\u3000]*)+)【([^【】]{2,30})】$/u;

export function postBackup(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const head = first < 0 ? null : HEAD.exec(lines[first]!.trim());
  if (!head) return undefined;
  const time = lines.findIndex((l, i) => i > first && TIME.test(l.trim()));
  const counts = lines.findIndex((l, i) => i > first && i < time && COUNTS.test(l.trim()));
  if (time < 0 || counts < 0) return undefined;
  const after = lines.findIndex((l, i) => i > time && COUNTERS.test(l.trim()));
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [
    { rule: RULE, kind: 'moved', line: line(first), text: head[1]!, to: 'front matter: source (the account the backup exported)' },
    { rule: RULE, kind: 'removed', line: line(first), text: lines[first]!.trim(), to: "the backup export's head (its tool, the account and the range it exported)" },
  ];
  const card = lines.slice(first + 1, time).join('\n').trim();
  if (card !== '') changes.push({ rule: RULE, kind: 'removed', line: line(first + 1), text: card, to: "the account's card (its name and badge, description and counts)" });
  let end = lines.length;
  if (after > 0) {
    end = after;
    while (end > time + 1 && (lines[end - 1]!.trim() === '' || PICTURE.test(lines[end - 1]!.trim()))) end--;
    changes.push({ rule: RULE, kind: 'removed', line: line(end), text: lines.slice(end).join('\n').trim(), to: "the post's pictures not kept, its counters, the exported comments and the export's pager" });
  }
  const out = lines.slice(time, end);
  const map = lineMap.slice(time, end);
  const at = out.findIndex((l, i) => i > 0 && l.trim() !== '');
  const topic = at < 0 ? null : TOPIC_TITLE.exec(out[at]!.trim());
  if (topic) {
    changes.push({ rule: RULE, kind: 'removed', line: map[at] ?? line(time + at), text: `${topic[1]}【`, to: "the post's topics and the bracket before its title" });
    changes.push({ rule: RULE, kind: 'removed', line: map[at] ?? line(time + at), text: '】', to: "the bracket after the post's title" });
    out[at] = topic[2]!;
  }
  return { text: out.join('\n'), meta: { source: head[1]! }, changes, lineMap: map };
}
