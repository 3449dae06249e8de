/**
 * block-spaces: a page's article box taken as one string with one space between its blocks (jsoup's `text()`,
 * a DOM's text joined with spaces): a long line of Chinese whose paragraphs, heads, caption and list items are
 * parted by a single space. Chinese sets no space between its sentences, so such a space, after a sentence's
 * or a clause's end (`。 `, `： `, `； `, `” `) or before an indent (` 　　`), is where a block ended: the line
 * is cut there, a blank line apart (each cut reported). Only a line of 200 characters or more with three such
 * spaces at least is read so; a space between two words of a sentence (`记者 某某`) is never a cut.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'block-spaces';

// (Not before a photo's credit, `… 本报记者 某某 摄`: a caption's, which the captions rule reads with its words.)
const CUT = /(?<=[。！？；：”’」』）])[ ](?=[\p{Script=Han}“‘「『（《\d\u3000])(?![^。！？\n]{0,8}(?:记者|記者|通讯员|通訊員)[^。！？\n]{0,12}[摄攝])|(?<=[\p{Script=Han}”’）])[ ](?=\u3000\u3000\S)/gu;

export function blockSpaces(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  lines.forEach((l, i) => {
    const at = lineMap[i] ?? i + 1;
    const cuts = l.length >= 200 && !/^\s*[|>]/u.test(l) ? [...l.matchAll(CUT)] : [];
    if (cuts.length < 3) {
      out.push(l);
      map.push(at);
      return;
    }
    let from = 0;
    for (const c of cuts) {
      const piece = l.slice(from, c.index);
      // (An enumeration's clauses, after its colon and each ending in a semicolon, stay on lines next to each other:
      // a list that lost its bullets, which bullet-lists reads.)
      if (/[：；]$/u.test(piece)) {
        out.push(piece);
        map.push(at);
      } else {
        out.push(piece, '');
        map.push(at, at);
      }
      changes.push({ rule: RULE, kind: 'split', line: at, text: `${l.slice(Math.max(from, c.index - 8), c.index)}⏎${l.slice(c.index + 1, c.index + 9)}`, to: 'two blocks a page ran into one line with a space between them' });
      from = c.index + 1;
    }
    out.push(l.slice(from));
    map.push(at);
  });
  return changes.length > 0 ? { text: out.join('\n'), meta: {}, changes, lineMap: map } : undefined;
}
