/**
 * small-forms: a text set in a CJK font's small form variants (U+FE50–FE6B: `﹐` `﹔` `﹕`, as some Traditional
 * fonts and old GBK pages give the marks) looks punctuated and is not: no rule reads `展期﹕…` as a label or `﹐` as
 * a comma. Each small form next to Han text is the mark it is a variant of (its compatibility decomposition, NFKC:
 * `﹐` → `,`, `﹕` → `:`), which the punctuation rule then sets full-width where Chinese stands beside it (a clock's
 * colon, `9﹕00`, stays half-width). Reported line by line. Only where the text holds three or more: one alone is
 * left as it is.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'small-forms';

const SMALL = /[\ufe50-\ufe6b]/gu;

export function smallForms(text: string, lineMap: number[]): Reading | undefined {
  SMALL.lastIndex = 0;
  if (!SMALL.test(text)) return undefined;
  // (Three at least, and Chinese in the text: a stray one in a Latin text is no font's habit.)
  if ((text.match(SMALL) ?? []).length < 3 || !/\p{Script=Han}/u.test(text)) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((line, i) => {
    const swapped: string[] = [];
    const out = line.replace(SMALL, (c) => {
      const to = c.normalize('NFKC');
      if (to === c) return c;
      swapped.push(`${c}→${to}`);
      return to;
    });
    if (swapped.length > 0) changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: [...new Set(swapped.map((s) => s[0]))].join(''), to: `the marks they are small forms of: ${[...new Set(swapped)].join(' ')}` });
    return out;
  });
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}
