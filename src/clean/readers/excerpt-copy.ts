/**
 * excerpt-copy: a reader script that prints an extractor's fields above the text (Readability's `title`,
 * `byline`, `excerpt`, then `textContent`) gives, where the page has no description, the excerpt as the first
 * paragraph cut short with an ellipsis (`“日头落岭，牛仔归栏……”11月20日上午，在…鲍...`). A line near the top that
 * ends so, whose words a paragraph below opens with, is that copy: it goes, reported whole. So is a page's
 * description that copies the lead's first sentence whole, right above the lead.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'excerpt-copy';

const CUT = /(?:\.{3}|…{1,2})[\s\u3000]*$/u;
const SENTENCE_END = /[。！？][”’」』]?$/u;
const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/gu, '');

export function excerptCopy(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // (Among the first lines with words on them: the fields stand above the text.)
  const top = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : [])).slice(0, 6);
  for (const [k, i] of top.entries()) {
    const l = lines[i]!;
    // (Or the page's description, a copy of the lead's first sentence whole, `5月20日，…揭牌。`: the paragraph with
    // words right under it opens with it.)
    const whole = !CUT.test(l) && SENTENCE_END.test(l.trim());
    if (!CUT.test(l) && !whole) continue;
    const head = compact(l.replace(CUT, ''));
    if ([...head].length < 15) continue;
    const below = whole ? top.slice(k + 1, k + 2).map((j) => lines[j]!) : lines.slice(i + 1);
    if (!below.some((m) => compact(m).startsWith(head) && compact(m).length > head.length)) continue;
    const out = [...lines];
    out[i] = '';
    const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: l.trim(), to: whole ? "the page's description: the first paragraph's opening sentence again" : "the extractor's excerpt: the first paragraph again, cut short" }];
    return { text: out.join('\n'), meta: {}, changes, lineMap };
  }
  return undefined;
}
