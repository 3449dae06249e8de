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
import { countHan } from '../chars.ts';

export const RULE = 'subtitles';

const TIME = String.raw`(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}`;
const TIMING = new RegExp(`^[ \\t]*${TIME}[ \\t]+-->[ \\t]+${TIME}`, 'u');
// The file opens with its first cue (a number over a timing line) or WebVTT's header.
const OPENING = new RegExp(`^\\ufeff?(?:\\s*WEBVTT\\b|\\s*\\d{1,6}[ \\t]*\\r?\\n${TIME}[ \\t]+-->)`, 'u');
const TAG = /<\/?[A-Za-z][^<>\n]{0,200}>|\{\\[^{}\n]{0,200}\}/gu;
const POSITION = /\{\\an([1-9])\}/u;
const DATE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$/u;
const LABEL = /^[\p{Script=Han}]{2,6}[：:]/u;
// A speaker's label as a spoken cue: 同期 (an interviewee's sound), 出镜 (the reporter on camera), with a role and a name.
const SPEAKER = /^(同期|同期声|同期聲|出镜|出鏡|采访|採訪)[：:][ \u3000]*(?:(.{0,20}?)[ \u3000]+)?([\p{Script=Han}·]{2,4})$/u;

interface Cue { start: number; end: number; raw: string; lines: string[]; position: number; line: number; voice?: string; placed?: boolean }

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
    // (WebVTT's voice, `<v 主持人>`, names who speaks; its cue settings after the times, `line:84% align:start`, set a
    // cue apart from the speech: a name super where the cues speak in voices.)
    const voice = /<v(?:\.[\w.-]+)?[ \t]+([^<>\n]{1,40})>/u.exec(raw)?.[1]?.trim();
    const placed = /[ \t](?:line|position):/u.test(lines[timings[k]!] ?? '');
    return { start: n.from, end: n.to, raw, lines: raw.replace(TAG, '').split('\n').map((l) => l.trim()).filter(Boolean), position, line: timings[k]! + 1, voice, placed };
  });
  const voiced = cues.filter((c) => c.voice !== undefined).length >= 3;
  if (voiced) for (const c of cues) if (c.voice === undefined && c.placed && c.position === 0) c.position = 1;
  const changes: Change[] = [];
  // Every line of the file that is not a cue's words: numbers, timings, the header, the tags in the words.
  lines.forEach((l, i) => {
    if (TIMING.test(l) || /^\s*\d{1,6}\s*$/u.test(l) || /^\s*WEBVTT\b/u.test(l)) changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.trim(), to: "a subtitle cue's number and times" });
  });
  for (const c of cues) for (const t of c.raw.match(TAG) ?? []) changes.push({ rule: RULE, kind: 'removed', line: at(c.line), text: t, to: "a subtitle cue's styling" });
  // WebVTT's NOTE blocks, the file's own notes (the programme and its date, the item's title, the subtitlers): their
  // lines stand before the text, where the rules that read a page's fields read them; the keyword goes.
  const notes: [number, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const note = /^NOTE(?:[ \t]+(.*))?$/u.exec(lines[i]!.trim());
    if (!note) continue;
    changes.push({ rule: RULE, kind: 'removed', line: at(i), text: 'NOTE', to: "WebVTT's note keyword" });
    if (note[1]?.trim()) notes.push([i, note[1].trim()]);
    for (let k = i + 1; k < lines.length && lines[k]!.trim() !== '' && !TIMING.test(lines[k]!); k++) notes.push([k, lines[k]!.trim()]);
  }
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
  for (const [i, t] of notes) push(t, at(i));
  if (headline) push(headline.lines.join(''), at(headline.line));
  const credits: Cue[] = [];
  const supers = cues.filter((c) => (c.position === 1 || c.position === 3) && c.lines.length > 0 && !labelled(c));
  // (The first cue set at the top, a line of eight characters or more and no sentence, is the item's headline as
  // the station puts it on screen before the report: `{\an8}凌汛进入关键期　峪州沿河严防冰坝`.)
  const topHead = !headline && cues[0] && cues[0].position >= 7 && cues[0].lines.length > 0 && countHan(cues[0].lines.join('')) >= 8 && !/[。！？，]/u.test(cues[0].lines.join('')) && !DATE.test(cues[0].lines.join('')) ? cues[0] : undefined;
  if (topHead) push(topHead.lines.join('\u3000'), at(topHead.line));
  for (const c of cues) {
    if (c.position < 7 || c.lines.length === 0 || c === topHead) continue;
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
    // A speaker's label spoken where the words run (`同期：某某站站长　某某`, `出镜：记者　某某`): the words after it are
    // that speaker's, a paragraph of their own; the reporter on camera is the item's byline.
    const speaker = c.lines.length === 1 ? SPEAKER.exec(c.lines[0]!) : null;
    if (speaker) {
      flush();
      const name = speaker[3]!;
      if (speaker[1] === '出镜' || speaker[1] === '出鏡') {
        if (meta.byline === undefined && /^[\p{Script=Han}·]{2,4}$/u.test(name)) {
          meta.byline = name;
          changes.push({ rule: RULE, kind: 'removed', line: at(c.line), text: `${speaker[1]}：${speaker[2] ?? ''}`.trim(), to: "the on-camera reporter's label" });
          changes.push({ rule: RULE, kind: 'moved', line: at(c.line), text: name, to: 'front matter: byline (the reporter on camera)' });
        } else push(c.lines[0]!, at(c.line));
      } else {
        // (The label goes; the speaker's role and name stand as a line of their own, as a name super does.)
        changes.push({ rule: RULE, kind: 'removed', line: at(c.line), text: `${speaker[1]}：`, to: "a speaker's label in the subtitles" });
        push(c.lines[0]!.replace(/^[^：:]+[：:][ \u3000]*/u, ''), at(c.line));
      }
      last = c;
      continue;
    }
    const named = supers.filter((s) => s.start >= (last?.end ?? -1) && s.start <= c.start + 100 && !s.lines.every((l) => paragraph.includes(l)));
    if (last && (c.start - last.end >= pause || named.length > 0 || (voiced && c.voice !== last.voice))) flush();
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
