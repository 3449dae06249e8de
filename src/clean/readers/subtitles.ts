/**
 * subtitles: a TV news item's subtitle file (SRT or WebVTT: a track a station burns in, taken out of the video
 * with ffmpeg), read by a subtitle parser (`@plussub/srt-vtt-parser`). Each cue is a piece of a sentence on screen for a few
 * seconds; the spoken text runs on from cue to cue, and a pause (a gap between two cues, longer than the
 * track's usual one) ends a paragraph. The cue's numbers, times and styling (`<font …>`, `<b>`, ASS's `{\an9}`)
 * go, each cue's reported whole. What the screen sets apart by its place says what it is: a cue at the top
 * (`{\an7}`–`{\an9}`) is the station's furniture, its logo (removed) or the day's date (to published); a cue at
 * a bottom corner (`{\an1}`–`{\an3}`) with a label in it is the credits (`记者：…`, `编辑：…`), set after the
 * text where the metadata rule reads them; one without is a name super (`黄岗村护林员` / `杨守田`), set as a line of
 * its own, its two lines one U+3000 apart, before the words it names. A cue held on screen over three spoken
 * cues or more, with no sentence in it, is the item's headline: it stands first.
 */
import { parse } from '@plussub/srt-vtt-parser';
import type { Change } from '../report.ts';
import { paragraphLines, type Reading } from './reading.ts';

export const RULE = 'subtitles';

const TIME = String.raw`(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}`;
const TIMING = new RegExp(`^[ \\t]*${TIME}[ \\t]+-->[ \\t]+${TIME}`, 'u');
// The file opens with its first cue (a number over a timing line) or WebVTT's header.
const OPENING = new RegExp(`^\\ufeff?(?:\\s*WEBVTT\\b|\\s*\\d{1,6}[ \\t]*\\r?\\n${TIME}[ \\t]+-->)`, 'u');
const TAG = /<\/?[A-Za-z][^<>\n]{0,200}>|\{\\[^{}\n]{0,200}\}/gu;
const POSITION = /\{\\an([1-9])\}/u;
const DATE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$/u;
const LABEL = /^[\p{Script=Han}]{2,6}[：:]/u;

interface Cue { start: number; end: number; raw: string; lines: string[]; position: number; line: number }

export function subtitles(text: string, lineMap: number[]): Reading | undefined {
  if (!OPENING.test(text)) return undefined;
  let nodes: { from: number; to: number; text: string }[];
  try {
    nodes = parse(text).entries;
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const timings = lines.flatMap((l, i) => (TIMING.test(l) ? [i] : []));
  if (nodes.length < 3 || nodes.length !== timings.length) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  const cues: Cue[] = nodes.map((n, k) => {
    const raw = n.text.replace(/\r/gu, '');
    // (A cue the file does not place stands where speech does, bottom centre: `{\an2}`, position 0 here.)
    const position = Number(POSITION.exec(raw)?.[1] ?? '0');
    return { start: n.from, end: n.to, raw, lines: raw.replace(TAG, '').split('\n').map((l) => l.trim()).filter(Boolean), position, line: timings[k]! + 1 };
  });
  const changes: Change[] = [];
  // Every line of the file that is not a cue's words: numbers, timings, the header, the tags in the words.
  lines.forEach((l, i) => {
    if (TIMING.test(l) || /^\s*\d{1,6}\s*$/u.test(l) || /^\s*WEBVTT\b/u.test(l)) changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.trim(), to: "a subtitle cue's number and times" });
  });
  for (const c of cues) for (const t of c.raw.match(TAG) ?? []) changes.push({ rule: RULE, kind: 'removed', line: at(c.line), text: t, to: "a subtitle cue's styling" });
  const labelled = (c: Cue) => c.lines.some((l) => LABEL.test(l));
  const spoken = cues.filter((c) => (c.position === 0 || c.position === 2) && !(c.position === 2 && labelled(c)));
  // The headline: held over three spoken cues or more, no sentence in it.
  const headline = spoken.find((c) => spoken.filter((o) => o !== c && o.start >= c.start && o.start < c.end).length >= 3 && !/[。！？，]/u.test(c.lines.join('')));
  const words = spoken.filter((c) => c !== headline && c.lines.length > 0);
  const gaps = words.slice(1).map((c, k) => c.start - words[k]!.end).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const pause = Math.max(300, usual + 200);
  const meta: Record<string, unknown> = {};
  const { out, map, push } = paragraphLines();
  if (headline) push(headline.lines.join(''), at(headline.line));
  const credits: Cue[] = [];
  const supers = cues.filter((c) => (c.position === 1 || c.position === 3) && c.lines.length > 0 && !labelled(c));
  for (const c of cues) {
    if (c.position < 7 || c.lines.length === 0) continue;
    const t = c.lines.join('');
    if (DATE.test(t) && meta.published === undefined) {
      meta.published = t;
      changes.push({ rule: RULE, kind: 'moved', line: at(c.line), text: t, to: 'front matter: published (the date the station set on screen)' });
    } else changes.push({ rule: RULE, kind: 'removed', line: at(c.line), text: t, to: "the station's furniture at the screen's top (its logo, a bug)" });
  }
  for (const c of cues) if (c.position >= 1 && c.position <= 3 && labelled(c)) credits.push(c);
  let paragraph = '';
  let line = 0;
  let last: Cue | undefined;
  const flush = () => {
    if (paragraph !== '') push(paragraph, line);
    paragraph = '';
  };
  for (const c of words) {
    const named = supers.filter((s) => s.start >= (last?.end ?? -1) && s.start <= c.start + 100 && !s.lines.every((l) => paragraph.includes(l)));
    if (last && (c.start - last.end >= pause || named.length > 0)) flush();
    for (const s of named) {
      push(s.lines.join('\u3000'), at(s.line));
      supers.splice(supers.indexOf(s), 1);
      if (s.lines.length > 1) changes.push({ rule: RULE, kind: 'joined', line: at(s.line), text: s.lines.join('⏎'), to: 'one name super, its two lines one U+3000 apart' });
    }
    if (paragraph === '') line = at(c.line);
    // A cue's own line break is the screen's wrap: the words run on.
    paragraph += c.lines.join('');
    last = c;
  }
  flush();
  for (const s of supers) push(s.lines.join('\u3000'), at(s.line));
  for (const c of credits) for (const l of c.lines) push(l, at(c.line));
  changes.push({ rule: RULE, kind: 'joined', line: at(0), text: `${cues.length} subtitle cues`, to: 'the spoken text in paragraphs, a pause between two cues ending one' });
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
