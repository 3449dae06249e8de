/**
 * invisible-chars: zero-width spaces and joiners, word joiners, BOMs inside the text and soft hyphens are
 * invisible in a browser and hide in scraped text anywhere, inside a label (`来​源：`) or a dateline too.
 * They are removed before anything reads the text (reported, line by line), so that no rule sees a label or
 * a date differently from how a reader of the page saw it. (Inside mojibake, `å›­`, a soft hyphen is a byte of a
 * character read in the wrong code page: kept, as the damage is.)
 */
import { replaceInLines, type Reading } from './reading.ts';

export const RULE = 'invisible-chars';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]+/gu;

export function invisibleChars(text: string, lineMap: number[]): Reading | undefined {
  return replaceInLines(text, lineMap, INVISIBLE, (m) => ({ to: '', change: { rule: RULE, kind: 'changed', text: JSON.stringify(m), to: '"" (an invisible character)' } }), true);
}
