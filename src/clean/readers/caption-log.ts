/**
 * caption-log: a TV channel's closed captions logged as they were sent, a timecode and the caption mode over each
 * screen (`19:12:06:25  RU2`) and the screen's rows under it. In roll-up mode (`RU2`, `RU3`) each screen repeats the
 * rows of the one before and adds one at the bottom: only the rows a screen adds are the text. `>>` opens a new
 * speaker's words, a sound in brackets (`[MUSIC]`, `[掌声]`) is no words; both end a paragraph. The log's header
 * (`# PROGRAM: 某某新闻  DATE: 2027-03-09`) names the programme and the day: the source and the date.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'caption-log';

const SCREEN = /^[ \t]*(\d{2}:\d{2}:\d{2}[:;.]\d{2})[ \t]+(RU[234]|POP|PON|PAINT|ROLL)[ \t]*$/u;
const SOUND = /^\[[^\]\n]{1,20}\]$/u;

export function captionLog(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const screens = lines.flatMap((l, i) => (SCREEN.test(l) ? [i] : []));
  if (screens.length < 4) return undefined;
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  const line = (i: number) => lineMap[i] ?? i + 1;
  // Everything before the first screen is the log's header: `#` lines, the programme and its date read from them.
  for (let i = 0; i < screens[0]!; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) return undefined;
    const program = /PROGRAM:[ \t]*(.+?)(?:[ \t]{2,}|$)/u.exec(t)?.[1];
    const date = /DATE:[ \t]*(\d{4}-\d{2}-\d{2})/u.exec(t)?.[1];
    let rest = t;
    if (program) {
      meta.source = program;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: program, to: 'front matter: source (the programme the captions are of)' });
      rest = rest.replace(program, '');
    }
    if (date) {
      meta.published = date;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: date, to: 'front matter: published (the day the captions were logged)' });
      rest = rest.replace(date, '');
    }
    if (rest.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: line(i), text: rest.trim(), to: "the caption log's header" });
  }
  const out: string[] = [];
  const map: number[] = [];
  let paragraph = '';
  let at = 0;
  const flush = () => {
    if (paragraph === '') return;
    if (out.length > 0) {
      out.push('');
      map.push(at);
    }
    out.push(paragraph);
    map.push(at);
    paragraph = '';
  };
  let previous: string[] = [];
  screens.forEach((s, k) => {
    changes.push({ rule: RULE, kind: 'removed', line: line(s), text: lines[s]!.trim(), to: "a caption screen's timecode and mode" });
    const end = screens[k + 1] ?? lines.length;
    const rows: [number, string][] = [];
    for (let i = s + 1; i < end; i++) if (lines[i]!.trim() !== '') rows.push([i, lines[i]!.trim()]);
    // The rows this screen repeats from the bottom of the one before (a roll-up's scroll).
    let overlap = Math.min(rows.length, previous.length);
    while (overlap > 0 && rows.slice(0, overlap).some(([, t], j) => t !== previous[previous.length - overlap + j])) overlap--;
    for (const [i, t] of rows.slice(0, overlap)) changes.push({ rule: RULE, kind: 'removed', line: line(i), text: t, to: 'a row the roll-up screen repeats from the one before' });
    for (const [i, t] of rows.slice(overlap)) {
      if (SOUND.test(t)) {
        changes.push({ rule: RULE, kind: 'removed', line: line(i), text: t, to: 'a sound the captions name (no words)' });
        flush();
        continue;
      }
      let words = t;
      if (words.startsWith('>>')) {
        changes.push({ rule: RULE, kind: 'removed', line: line(i), text: '>>', to: "the captions' mark of a new speaker" });
        flush();
        words = words.slice(2).trim();
      }
      if (paragraph === '') at = line(i);
      paragraph = joinWrapped(paragraph, words);
    }
    previous = rows.map(([, t]) => t);
  });
  flush();
  changes.push({ rule: RULE, kind: 'changed', line: line(screens[0]!), text: `${screens.length} caption screens`, to: 'the words they add, in paragraphs' });
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
