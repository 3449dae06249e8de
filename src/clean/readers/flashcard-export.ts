/**
 * flashcard-export: an article made into flashcards, a sentence a card, as Anki exports a deck as text: its header
 * lines (`#separator:tab`, `#html:true`, `#tags column:4`), then a card a line, its fields apart by tabs (the
 * Chinese sentence, its translation, an audio tag `[sound:….mp3]`, the tags). The first field of each card is the
 * article's, in order; the cards one tag numbers as a paragraph (`p2`) run on into it, where each ends a sentence;
 * the other fields and the header go, reported. Four cards at least, the first field Chinese in each.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'flashcard-export';

const HEADER = /^#(?:separator|html|tags column|notetype column|deck column|guid column|columns):.*$/u;
const PARAGRAPH_TAG = /(?:^|\s)p(\d{1,3})(?=\s|$)/u;

export function flashcardExport(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && HEADER.test(lines[start]!.trim())) start++;
  if (start === 0 || !lines.slice(0, start).some((l) => /^#separator:(?:tab|Tab|TAB)$/u.test(l.trim()))) return undefined;
  const tagsAt = Number(/^#tags column:(\d{1,2})$/u.exec(lines.slice(0, start).find((l) => l.startsWith('#tags column:'))?.trim() ?? '')?.[1] ?? 0) - 1;
  const cards = lines.slice(start).map((l, k) => ({ i: start + k, fields: l.split('\t') })).filter((c) => c.fields.join('').trim() !== '');
  if (cards.length < 4 || cards.some((c) => c.fields.length < 2 || !/\p{Script=Han}/u.test(c.fields[0]!))) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: line(0), text: lines.slice(0, start).join('\n'), to: "the flashcard export's header (its separator, its HTML and tags settings)" }];
  const out: string[] = [];
  const map: number[] = [];
  let lastGroup: string | undefined;
  for (const c of cards) {
    const [front, ...rest] = c.fields;
    const words = front!.trim();
    const group = tagsAt > 0 ? PARAGRAPH_TAG.exec(c.fields[tagsAt] ?? '')?.[1] : undefined;
    const others = rest.filter((f) => f.trim() !== '');
    if (others.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(c.i), text: others.join('\t'), to: "the card's other fields (its translation, audio and tags)" });
    if (out.length > 0 && group !== undefined && group === lastGroup && /[。！？”」』…]$/u.test(out[out.length - 1]!)) out[out.length - 1] += words;
    else {
      if (out.length > 0) {
        out.push('');
        map.push(line(c.i));
      }
      out.push(words);
      map.push(line(c.i));
    }
    lastGroup = group;
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
