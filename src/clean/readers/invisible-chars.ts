/**
 * invisible-chars: zero-width spaces and joiners, word joiners, BOMs inside the text and soft hyphens are
 * invisible in a browser and hide in scraped text anywhere, inside a label (`来​源：`) or a dateline too.
 * They are removed before anything reads the text (reported, line by line), so that no rule sees a label or
 * a date differently from how a reader of the page saw it.
 */
import type { Change } from '../report.ts';
import type { Reading } from './index.ts';

export const RULE = 'invisible-chars';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]+/gu;

export function invisibleChars(text: string, lineMap: number[]): Reading | undefined {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((line, i) =>
    line.replace(INVISIBLE, (m) => {
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: JSON.stringify(m), to: '"" (an invisible character)' });
      return '';
    }),
  );
  return { text: lines.join('\n'), meta: {}, changes, lineMap };
}
