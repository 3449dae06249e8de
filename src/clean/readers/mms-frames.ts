/**
 * mms-frames: a mobile newspaper's edition (手机报) sent as an MMS, kept by a phone's backup and printed frame by
 * frame (`—— 第3帧 ——`), under the message's own header (`彩信 #… 发件人：… 时间：…`, `主题：…`). The first frame is
 * the edition's masthead (the paper's name, the day, `第133期`, `今日导读`); each later item opens with its column in
 * brackets (`【要闻】`, `【民生】…`), a frame without one going on with the item before it. The edition is the one
 * item that is an article — the longest, by far — its column label going; the paper's name is the source, the
 * day of the edition the date. The message's header, the masthead's other lines, the frame marks and the other
 * items (briefs, the weather, the editor's and the service's lines) go, each reported whole.
 */
import type { Change } from '../report.ts';
import { dominant, type Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'mms-frames';

const FRAME = /^[—─\-=]{2,}[\s\u3000]*第[\s\u3000]*(\d{1,2})[\s\u3000]*(?:帧|幀|屏)[\s\u3000]*[—─\-=]{2,}$/u;
const HEADER = /(?:彩信|发件人|發件人|时间|時間|主题|主題|From|Subject|Date)[:：#\s]/u;
const COLUMN = /^【([^【】]{1,6})】/u;
const PAPER = /^[\p{Script=Han}]{2,10}(?:手机报|手機報|报|報)$/u;
const DAY = /^(\d{4}年\d{1,2}月\d{1,2}日)(.*)$/u;

export function mmsFrames(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const marks = lines.flatMap((l, i) => {
    const m = FRAME.exec(l.trim());
    return m ? [{ at: i, k: Number(m[1]) }] : [];
  });
  if (marks.length < 3 || marks.some((m, j) => m.k !== j + 1)) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const headLines = lines.slice(0, marks[0]!.at).map((l) => l.trim()).filter((l) => l !== '');
  if (headLines.length > 4 || headLines.some((l) => !HEADER.test(l))) return undefined;
  if (headLines.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(0), text: headLines.join('\n'), to: "the message's header (the MMS's number, sender, time and subject)" });
  const frames = marks.map((m, j) => ({ at: m.at, lines: range(m.at + 1, marks[j + 1]?.at ?? lines.length).filter((i) => lines[i]!.trim() !== '') }));
  // Items: a frame that opens with a column label starts one; a frame without one goes on with the item before.
  const items: { frames: typeof frames }[] = [];
  for (const f of frames.slice(1)) {
    const first = f.lines[0] === undefined ? '' : lines[f.lines[0]]!.trim();
    if (COLUMN.test(first) || items.length === 0) items.push({ frames: [f] });
    else items[items.length - 1]!.frames.push(f);
  }
  const han = (item: (typeof items)[number]) => item.frames.reduce((s, f) => s + f.lines.reduce((t, i) => t + countHan(lines[i]!), 0), 0);
  const article = dominant(items, han, 80);
  if (!article) return undefined;
  // The masthead: the paper, the day of the edition, its number and the day's contents.
  const meta: Record<string, unknown> = {};
  const masthead = frames[0]!;
  const mastText: string[] = [];
  for (const i of masthead.lines) {
    const l = lines[i]!.trim();
    const day = DAY.exec(l);
    if (meta.source === undefined && PAPER.test(l)) {
      meta.source = l;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: l, to: "front matter: source (the mobile paper's name on its first frame)" });
    } else if (day && meta.published === undefined) {
      meta.published = day[1]!;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: day[1]!, to: "front matter: published (the edition's day)" });
      if (day[2]!.trim() !== '') mastText.push(day[2]!.trim());
    } else mastText.push(l);
  }
  changes.push({ rule: RULE, kind: 'removed', line: line(masthead.at), text: [lines[masthead.at]!.trim(), ...mastText].join('\n'), to: "the edition's first frame (its mark, number and the day's contents)" });
  const out: string[] = [];
  const map: number[] = [];
  for (const item of items) {
    if (item !== article) {
      const cut = item.frames.flatMap((f) => [f.at, ...f.lines]).map((i) => lines[i]!.trim());
      changes.push({ rule: RULE, kind: 'removed', line: line(item.frames[0]!.at), text: cut.join('\n'), to: "another item of the mobile paper's edition (not the article)" });
      continue;
    }
    for (const f of item.frames) {
      changes.push({ rule: RULE, kind: 'removed', line: line(f.at), text: lines[f.at]!.trim(), to: "the MMS's frame mark" });
      for (const i of f.lines) {
        let l = lines[i]!;
        const column = out.length === 0 ? COLUMN.exec(l.trim()) : null;
        if (column) {
          changes.push({ rule: RULE, kind: 'removed', line: line(i), text: column[0], to: "the item's column label in the mobile paper" });
          l = l.trim().slice(column[0].length);
        }
        out.push(l);
        map.push(line(i));
      }
    }
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
