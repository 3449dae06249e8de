/**
 * nbsp-markers: ELinks prints a list's number between two no-break spaces (`   \u00a01.\u00a0政府及相关部门…`), and
 * Markdown reads no list marker that a no-break space follows: the items became paragraphs, their numbers text.
 * Two or more such lines counting up are the list they print: the no-break spaces become plain ones (reported).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'nbsp-markers';

const ITEM = /^( {0,12})\u00a0(\d{1,2})([.)])\u00a0(?=\S)/u;

export function nbspMarkers(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('\u00a0')) return undefined;
  const lines = text.split('\n');
  const items = lines.map((l) => ITEM.exec(l));
  const changes: Change[] = [];
  // (The items of one list may stand apart, their wrapped lines between them: they count up from one number.)
  const counted = new Set<number>();
  let last: { at: number; n: number } | undefined;
  items.forEach((m, i) => {
    if (!m) return;
    const n = parseInt(m[2]!, 10);
    if (last && n === last.n + 1) counted.add(last.at).add(i);
    last = { at: i, n };
  });
  for (const i of counted) {
    const m = items[i]!;
    // (Set in by three spaces at most: four would make the item code to Markdown.)
    lines[i] = `${m[1]!.slice(0, 3)}${m[2]}${m[3]} ${lines[i]!.slice(m[0].length)}`;
    changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: JSON.stringify(m[0].trimStart()), to: `${JSON.stringify(`${m[2]}${m[3]} `)} (a list's number between no-break spaces)` });
  }
  if (changes.length === 0) return undefined;
  return { text: lines.join('\n'), meta: {}, changes: changes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), lineMap };
}
