/**
 * asr-transcript: a broadcast's speech-recognition transcript as whisper's command line prints it, each segment on
 * a line after its times (`[00:04.820 --> 00:11.300] 从今天开始 沣泾运河…`), under its notes on the language
 * (`Detecting language using up to the first 30 seconds…`, `Detected language: Chinese`). The notes and the times go;
 * the segments, the words as recognised (no punctuation is guessed, no word corrected), run on as one text, the
 * recogniser's pauses kept as U+3000, a pause longer than the track's usual gap ending a paragraph.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'asr-transcript';

const SEGMENT = /^\[((?:\d{1,2}:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+((?:\d{1,2}:)?\d{2}:\d{2}\.\d{3})\][ \t]*(.*)$/u;
const NOTE = /^(?:Detecting language using up to the first \d+ seconds\..*|Detected language: .+)$/u;

const SIGN_OFF = /^[\p{Script=Han}]{2,12}?(?:记者|記者)[\p{Script=Han}·]{2,4}(?:报道|報導|采写|採寫)$/u;

const seconds = (t: string) => t.split(':').reduce((s, p) => s * 60 + Number(p), 0);

export function asrTranscript(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const segments = lines.flatMap((l, i) => (SEGMENT.test(l.trim()) ? [i] : []));
  const filled = lines.filter((l) => l.trim() !== '');
  if (segments.length < 4 || segments.length + lines.filter((l) => NOTE.test(l.trim())).length < filled.length) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const parsed = segments.map((i) => {
    const m = SEGMENT.exec(lines[i]!.trim())!;
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: lines[i]!.trim().slice(0, lines[i]!.trim().length - m[3]!.length).trim(), to: "a recognised segment's times" });
    // (A space between two Han words is the recogniser's pause, the only mark it gives of a clause's end: set as
    // U+3000, the separator the text keeps, where a plain space would be taken for a stray one and dropped.)
    const words = m[3]!.trim().replace(/(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu, '\u3000');
    if (words !== m[3]!.trim()) changes.push({ rule: RULE, kind: 'changed', line: line(i), text: ' ', to: "U+3000 (the recogniser's pauses between words)" });
    return { at: i, start: seconds(m[1]!), end: seconds(m[2]!), words };
  });
  lines.forEach((l, i) => {
    if (NOTE.test(l.trim())) changes.push({ rule: RULE, kind: 'removed', line: line(i), text: l.trim(), to: "the recogniser's note on the language" });
  });
  const gaps = parsed.slice(1).map((s, k) => s.start - parsed[k]!.end).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  const map: number[] = [];
  // (A pause well over the usual gap between segments ends a paragraph; so does the reporter's sign-off,
  // `某某台记者某某报道`, a line of its own for the metadata rule. Within a paragraph the segments run on in one line:
  // they are no lines of a page, and a first short one is no headline.)
  const signOff = (t: string) => SIGN_OFF.test(t.replace(/[ \t]+/gu, ''));
  parsed.forEach((s, k) => {
    if (s.words === '') return;
    const prev = parsed[k - 1];
    const apart = prev === undefined || s.start - prev.end > usual + 1 || signOff(s.words) || signOff(prev.words);
    if (out.length > 0 && !apart) {
      changes.push({ rule: RULE, kind: 'joined', line: line(s.at), text: `${out[out.length - 1]!.slice(-8)}⏎${s.words.slice(0, 8)}`, to: 'one paragraph: the segments the recogniser cut at its pauses' });
      // (The cut between two segments is a pause as well: a U+3000 where no mark ends the one before.)
      const before = out[out.length - 1]!;
      out[out.length - 1] = /[\p{Script=Han}]$/u.test(before) && /^\p{Script=Han}/u.test(s.words) ? `${before}\u3000${s.words}` : joinWrapped(before, s.words);
      return;
    }
    if (out.length > 0) {
      out.push('');
      map.push(line(s.at));
    }
    out.push(s.words);
    map.push(line(s.at));
  });
  changes.push({ rule: RULE, kind: 'changed', line: line(segments[0]!), text: `${segments.length} segments of a speech-recognition transcript`, to: 'their words, as recognised' });
  // (A transcript has no headline, and its first unpunctuated words are none: the title is left for the book file.)
  return { text: out.join('\n'), meta: {}, changes, lineMap: map, headless: true };
}
