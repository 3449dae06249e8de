/**
 * c1-controls: Windows-1252 text read as Latin-1 leaves C1 control
 * characters where its curly quotes, dashes and ellipsis stood (U+0093 for
 * “, U+0094 for ”). Those that stand for punctuation become it (reported);
 * the others are left for the reader to see.
 */
import type { Change } from '../report.ts';
import type { Reading } from './index.ts';

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
  C1.lastIndex = 0;
  if (!C1.test(text)) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((raw, i) =>
    raw.replace(C1, (c) => {
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, to: CP1252[c]! });
      return CP1252[c]!;
    }),
  );
  return { text: lines.join('\n'), meta: {}, changes, lineMap };
}
