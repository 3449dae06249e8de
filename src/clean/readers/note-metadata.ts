/**
 * note-metadata: a note exported by a notes app in its raw form (Joplin's RAW export, its sync files) ends with
 * the note's properties, one `key: value` a line after a blank line: the note's `id` (32 hex digits) first, the
 * item type `type_: 1` last, times, geolocation, `source_url`, the clipper's application between. The block says
 * what each line is, so nothing is guessed: the clipped page's address goes to the front matter's url, every
 * other property (the clip's times are not the article's date) is removed, each reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'note-metadata';

const PROPERTY = /^([a-z][a-z0-9_]{0,40}):(?:[ \t]+(.{0,2000}))?$/u;
const NOTE_ID = /^id:[ \t]+[0-9a-f]{32}[ \t]*$/u;
const ITEM_TYPE = /^type_:[ \t]+\d{1,2}[ \t]*$/u;
const ADDRESS = /^https?:\/\/\S+$/u;

export function noteMetadata(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  if (end === 0 || !ITEM_TYPE.test(lines[end - 1]!)) return undefined;
  let start = end - 1;
  while (start > 0 && PROPERTY.test(lines[start - 1]!.trimEnd())) start--;
  // The block opens with the note's id after a blank line; without it, a `type_:` line is no note's property.
  if (!NOTE_ID.test(lines[start]!) || (start > 0 && lines[start - 1]!.trim() !== '') || end - start < 4) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const at = (i: number) => lineMap[i] ?? i + 1;
  for (let i = start; i < end; i++) {
    const m = PROPERTY.exec(lines[i]!.trimEnd())!;
    const value = (m[2] ?? '').trim();
    if (m[1] === 'source_url' && ADDRESS.test(value) && meta.url === undefined) {
      meta.url = value;
      changes.push({ rule: RULE, kind: 'moved', line: at(i), text: value, to: 'front matter: url (the address the note was clipped from)' });
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: `${m[1]}:`, to: "the label of the note's source address" });
    } else changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!, to: `the note's ${m[1]} property (the notes app's, not the article's)` });
  }
  const out = lines.slice(0, start);
  return { text: out.join('\n'), meta, changes, lineMap: out.map((_, i) => at(i)) };
}
