/**
 * excerpt-copy: a reader script that prints an extractor's fields above the text (Readability's `title`,
 * `byline`, `excerpt`, then `textContent`) gives, where the page has no description, the excerpt as the first
 * paragraph cut short with an ellipsis (`“日头落岭，牛仔归栏……”11月20日上午，在…鲍...`). A line near the top that
 * ends so, whose words a paragraph below opens with, is that copy: it goes, reported whole.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'excerpt-copy';

const CUT = /(?:\.{3}|…{1,2})[\s\u3000]*$/u;
const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/gu, '');

export function excerptCopy(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // (Among the first lines with words on them: the fields stand above the text.)
  const top = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : [])).slice(0, 6);
  for (const i of top) {
    const l = lines[i]!;
    if (!CUT.test(l)) continue;
    const head = compact(l.replace(CUT, ''));
    if ([...head].length < 15) continue;
    if (!lines.some((m, j) => j > i && compact(m).startsWith(head) && compact(m).length > head.length)) continue;
    const out = [...lines];
    out[i] = '';
    const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: l.trim(), to: "the extractor's excerpt: the first paragraph again, cut short" }];
    return { text: out.join('\n'), meta: {}, changes, lineMap };
  }
  return undefined;
}
