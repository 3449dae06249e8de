/**
 * c1-controls: Windows-1252 text read as Latin-1 leaves C1 control
 * characters where its curly quotes, dashes and ellipsis stood (U+0093 for
 * “, U+0094 for ”). Those that stand for punctuation become it (reported);
 * the others are left for the reader to see, and so are those inside mojibake (`â€` and a C1 after it): bytes
 * of a character read in the wrong code page, damage kept as it stands.
 */
import { replaceInLines, type Reading } from './reading.ts';

export const RULE = 'c1-controls';

const CP1252: Record<string, string> = {
  '\u0085': '…',
  '\u0091': '‘',
  '\u0092': '’',
  '\u0093': '“',
  '\u0094': '”',
  '\u0095': '•',
  '\u0096': '–',
  '\u0097': '—',
};
const C1 = /[\u0085\u0091-\u0097]/gu;

export function c1Controls(text: string, lineMap: number[]): Reading | undefined {
  return replaceInLines(text, lineMap, C1, (c) => ({ to: CP1252[c]!, change: { rule: RULE, kind: 'changed', text: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, to: CP1252[c]! } }), true);
}
