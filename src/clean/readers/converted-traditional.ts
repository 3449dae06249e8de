/**
 * converted-traditional: a mirror site that turns Simplified into Traditional one character at a time, from a
 * table, gives every Simplified character its first Traditional form, and where Simplified merged two characters
 * half its choices are wrong: `头发` → `頭發` (頭髮), `晒干` → `曬幹` (曬乾), `一公里` → `一公裏`, `制作` → `制作`
 * (製作). The text reads as Traditional and the words are wrong.
 *
 * Evidence, all of it required, for each such character:
 * - the word it stands in is a word of the dictionary (jieba's cut of the Simplified text, two characters or more),
 *   and OpenCC's dictionary of words writes it with the other character of a pair that Simplified merged, not
 *   the first form the table gives (`PAIRS`: meanings apart, not variants of one character, so that a Taiwan or
 *   Hong Kong standard is never "corrected" to another);
 * - the character is that first form, the only one a table gives;
 * - the text nowhere writes a word of that pair with its other character: a text that writes `頭髮` once was not
 *   made by a table, and its `頭發` (`帶頭發展`) is a word the dictionary cut wrongly;
 * - the text is Traditional throughout, and two such words stand in it.
 * In such a text, a name jieba tags as a person's that opens with 范 is written with the surname, never 範
 * (`範冰冰`, the table's best-known slip).
 * Each change reported with its word.
 */
import * as OpenCC from 'opencc-js';
import type { Change } from '../report.ts';
import { tagged } from '../segment.ts';
import type { Reading } from './reading.ts';

export const RULE = 'converted-traditional';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** The table's first form → the other character of its pair, as the dictionary writes it in a word. */
const PAIRS = new Set(['發髮', '幹乾', '幹干', '裏里', '裡里', '制製', '松鬆', '復複', '谷穀']);
const FIRST_FORMS = /[發幹裏裡制松復谷]/u;
// (Past this length the reader leaves the text alone: the converters and the cut are linear, a book's chapter is
// far shorter, and a file this long is no article.)
const LONGEST = 300_000;

const firstForm = new Map<string, string>();
function tableForm(c: string): string {
  const known = firstForm.get(c);
  if (known !== undefined) return known;
  const f = toTraditional(c);
  firstForm.set(c, f);
  return f;
}

export function convertedTraditional(text: string, lineMap: number[]): Reading | undefined {
  if (text.length > LONGEST || !FIRST_FORMS.test(text)) return undefined;
  const simplified = toSimplified(text);
  if (simplified.length !== text.length) return undefined;
  let traditional = 0;
  let simplifiedOnly = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== simplified[i]) traditional++;
    else if (tableForm(text[i]!) !== text[i]) simplifiedOnly++;
  }
  if (traditional < 20 || simplifiedOnly * 10 > traditional) return undefined;

  const found: { at: number; to: string; start: number; end: number }[] = [];
  // A pair's family (its Simplified character) the text writes with the other character somewhere.
  const otherUsed = new Set<string>();
  let at = 0;
  for (const { word, tag } of tagged(simplified)) {
    const start = at;
    at += word.length;
    if (tag === 'nr' && word.startsWith('范')) {
      if (text[start] === '范') otherUsed.add('范');
      else if (text[start] === '範') found.push({ at: start, to: '范', start, end: at });
    }
    if (word.length < 2 || !/\p{Script=Han}/u.test(word)) continue;
    const written = toTraditional(word);
    if (written.length !== word.length) continue;
    for (let k = 0; k < word.length; k++) {
      const i = start + k;
      const first = tableForm(simplified[i]!);
      const want = written[k]!;
      if (want === first) continue;
      if (!PAIRS.has(first + want) && !PAIRS.has(first + text[i]!)) continue;
      if (text[i] === want) otherUsed.add(simplified[i]!);
      else if (text[i] === first && PAIRS.has(first + want)) found.push({ at: i, to: want, start, end: at });
    }
  }
  if (at !== text.length) return undefined;
  const kept = found.filter((f) => !otherUsed.has(simplified[f.at]!));
  // (The surname is no evidence of its own: OpenCC, which many sites convert with, writes an unknown name `範…`
  // too, and an edition keeps it. Only in a text the pairs show a table made.)
  if (kept.filter((f) => f.to !== '范').length < 2) return undefined;

  const chars = text.split('');
  for (const f of kept) chars[f.at] = f.to;
  const out = chars.join('');
  const changes: Change[] = [];
  let line = 0;
  let lineStart = 0;
  for (const f of kept) {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < f.at; next = text.indexOf('\n', lineStart)) {
      lineStart = next + 1;
      line++;
    }
    // (Reported as removed, as radical-forms does: the character leaves the text, the other takes its place.)
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[line] ?? line + 1, text: text[f.at]!, to: `replaced by ${f.to}: ${text.slice(f.start, f.end)} → ${out.slice(f.start, f.end)} (a word a converter wrote one character at a time)` });
  }
  return { text: out, meta: {}, changes, lineMap };
}
