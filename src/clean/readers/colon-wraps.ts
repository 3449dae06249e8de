/**
 * colon-wraps: a text browser that wraps a line where a label's colon would have run past its width sets the colon
 * at the head of the next line, under the label (`发布时间：2027-06-12 16:05　浏览` / `   ：214`, `电话` / `       ：0000-…`).
 * A line that opens with a full-width colon and a value under a line whose last word is the label joins it, before
 * any rule reads the fields: a colon opens no line of text.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'colon-wraps';

const OPENS = /^([ \t\u3000]*)：(?=\S)/u;
const LABEL_END = /\p{Script=Han}$/u;

export function colonWraps(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((l, i) => {
    const m = OPENS.exec(l);
    const above = out[out.length - 1];
    if (m && above !== undefined && above.trim() !== '' && LABEL_END.test(above.trimEnd())) {
      changes.push({ rule: RULE, kind: 'joined', line: lineMap[i] ?? i + 1, text: `${above.trimEnd().slice(-6)}⏎${l.trim().slice(0, 8)}`, to: "one field: a text browser's wrap before the label's colon" });
      out[out.length - 1] = above.trimEnd() + l.slice(m[1]!.length);
      return;
    }
    out.push(l);
    map.push(lineMap[i] ?? i + 1);
  });
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
