/**
 * paragraph-marks: the Sogou corpora mark each paragraph with the private-use
 * character U+E40C, invisible in most editors, so the text only looks run
 * together. Each mark is a paragraph break (a blank line) and is reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'paragraph-marks';

const MARK = '\ue40c';

export function paragraphMarks(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes(MARK)) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const outMap: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = lineMap[i] ?? i + 1;
    const parts = raw.split(MARK);
    parts.forEach((part, k) => {
      if (k > 0) {
        changes.push({ rule: RULE, kind: 'changed', line, text: MARK, to: 'paragraph break' });
        out.push('');
        outMap.push(line);
      }
      out.push(part);
      outMap.push(line);
    });
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: outMap };
}
