/**
 * radical-forms: a PDF whose font maps some characters to the radical blocks' code points (Chromium's print of a
 * page, read back by PyMuPDF or pdftotext: `孩⼦满⼝`, `龋⻮`, `家⻓`) leaves text that looks right and is not: it
 * matches no search and no rule. Each radical set inside Han text is the unified ideograph Unicode makes it
 * equivalent to (the Equivalent_Unified_Ideograph property, `radical-forms-data.ts`), reported line by line. Only
 * where the text holds three or more of them among Han characters: a radical cited alone (a dictionary's `⼝部`) is
 * one, and stays.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { EQUIVALENT_UNIFIED_IDEOGRAPH } from './radical-forms-data.ts';

export const RULE = 'radical-forms';

const RADICAL = /[\u2e80-\u2fdf]/u;
// A radical with Han (or another radical) on one side at least.
const IN_WORDS = /(?<=[\p{Script=Han}\u2e80-\u2fdf])[\u2e80-\u2fdf]|[\u2e80-\u2fdf](?=[\p{Script=Han}\u2e80-\u2fdf])/gu;
const ANY_RADICAL = /[\u2e80-\u2fdf]/gu;

export function radicalForms(text: string, lineMap: number[]): Reading | undefined {
  if (!RADICAL.test(text)) return undefined;
  const found = text.match(IN_WORDS) ?? [];
  if (found.filter((c) => EQUIVALENT_UNIFIED_IDEOGRAPH.has(c.codePointAt(0)!)).length < 3) return undefined;
  const changes: Change[] = [];
  // With that evidence, the font's radicals stand wherever its characters do: beside digits (`10⽉12⽇`), brackets
  // (`（⼀）`), quotes (`4⺟”`), at a printed line's edge (`⽰“库存…`). A radical standing alone between spaces (a
  // list of radicals) is one still.
  const lines = text.split('\n').map((line, i) => {
    const swapped: string[] = [];
    const out = line.replace(ANY_RADICAL, (c, at: number) => {
      if (/^\s?$/u.test(line[at - 1] ?? '') && /^\s?$/u.test(line[at + 1] ?? '')) return c;
      const to = EQUIVALENT_UNIFIED_IDEOGRAPH.get(c.codePointAt(0)!);
      if (to === undefined) return c;
      swapped.push(`${c}→${String.fromCodePoint(to)}`);
      return String.fromCodePoint(to);
    });
    // (Reported as removed: the radicals leave the text, the characters they stand for take their places.)
    if (swapped.length > 0) changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: swapped.map((s) => s[0]).join(''), to: `replaced: ${swapped.join(' ')} (radicals a PDF's font gave for the characters they stand for)` });
    return out;
  });
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}
