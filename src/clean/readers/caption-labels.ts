/**
 * caption-labels: a text browser prints a table's `<caption>` after the word it gives the element (lynx:
 * `   CAPTION: 表1　各街道社区…`). The word is the browser's, not the page's: it goes (reported), and the
 * caption stays over its table as the line it is.
 */
import { replaceInLines, type Reading } from './reading.ts';

export const RULE = 'caption-labels';

// (Only before Chinese text: an English page's own words are left alone.)
const LABEL = /^[ \t]*CAPTION:[ \t]+(?=[^\x00-\x7f])/gmu;

export function captionLabels(text: string, lineMap: number[]): Reading | undefined {
  return replaceInLines(text, lineMap, LABEL, (m) => ({ to: /^[ \t]*/u.exec(m)![0], change: { rule: RULE, kind: 'removed', text: m.trim(), to: "a text browser's label before a table's caption" } }));
}
