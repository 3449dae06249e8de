/**
 * id3-frames: a radio report kept as an audio file, its tag listed frame by frame (mutagen's `mid3v2 -l`:
 * `IDv2 tag info for ….mp3`, then `TIT2=…`, `TDRC=…`, `TXXX=编辑=…`, `USLT=文稿=chi=…`, `WOAS=…`, one frame a line,
 * a value running on over lines to the next frame). The frames say what each value is: the title (TIT2), the
 * day (TDRC), the page's address (WOAS, WOAF), the editor and the reporters (TXXX fields so named); the script
 * (USLT, the lyrics frame, its description and language dropped) is the text. Every other frame (the
 * picture, the summary in COMM, the album, the station, the encoder) is removed, reported whole.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'id3-frames';

const HEADER = /^IDv2 tag info for [^\n]{1,300}$/u;
const FRAME = /^([A-Z][A-Z0-9]{3})=(.*)$/u;
const FIELDS: Record<string, string> = { TIT2: 'title', TDRC: 'published', TDRL: 'published', WOAS: 'url', WOAF: 'url' };
const NAMED: [RegExp, string][] = [[/^(?:编辑|編輯|责任编辑|責任編輯|责编)$/u, 'editor']];

export function id3Frames(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !HEADER.test(lines[first]!.trim())) return undefined;
  // Each frame with its value's lines.
  const frames: { id: string; value: string[]; line: number }[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    const m = FRAME.exec(lines[i]!);
    if (m) frames.push({ id: m[1]!, value: [m[2]!], line: i });
    else if (frames.length > 0) frames[frames.length - 1]!.value.push(lines[i]!);
    else return undefined;
  }
  const script = frames.find((f) => f.id === 'USLT');
  if (frames.length < 3 || !script) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: at(first), text: lines[first]!.trim(), to: "the tag lister's header" }];
  const out: string[] = [];
  const map: number[] = [];
  for (const f of frames) {
    const value = f.value.join('\n').trim();
    if (f === script) {
      // `USLT=文稿=chi=【导语】…`: the description and the language before the script.
      const head = /^([^=\n]{0,20}=[a-z]{3}=)/u.exec(f.value[0]!);
      changes.push({ rule: RULE, kind: 'removed', line: at(f.line), text: `USLT=${head?.[1] ?? ''}`, to: "the script's frame, its description and language (the script is the text)" });
      f.value[0] = f.value[0]!.slice(head?.[1]!.length ?? 0);
      f.value.forEach((v, k) => {
        out.push(v);
        map.push(at(f.line + k));
      });
      continue;
    }
    const txxx = f.id === 'TXXX' ? /^([^=\n]{1,20})=(.*)$/su.exec(value) : null;
    const key = txxx ? NAMED.find(([re]) => re.test(txxx[1]!))?.[1] : FIELDS[f.id];
    const v = txxx ? txxx[2]!.trim() : value;
    if (key && v !== '' && meta[key] === undefined) {
      meta[key] = v;
      changes.push({ rule: RULE, kind: 'removed', line: at(f.line), text: txxx ? `TXXX=${txxx[1]}=` : `${f.id}=`, to: `label of front matter: ${key}` });
      changes.push({ rule: RULE, kind: 'moved', line: at(f.line), text: v, to: `front matter: ${key} (the tag's ${txxx ? txxx[1] : f.id})` });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(f.line), text: `${f.id}=${value}`, to: "a frame of the audio file's tag (not the report's text)" });
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
