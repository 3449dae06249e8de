/**
 * nesting-depth: a line of thousands of `>` or list markers (a scrape's ASCII art, `- - - - …`, a mail thread
 * quoted for ever) is read by Markdown as as many block quotes or list items one inside the other, a tree too
 * deep for any tree walk to follow (the stack overflows). A line that nests containers deeper than any text
 * means (32) is read as text: its first marker is escaped, which changes no character of what it says.
 */
import { replaceInLines, type Reading } from './reading.ts';

export const RULE = 'nesting-depth';

const MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/u;
// (A line of nothing but `-` or `*` is a thematic break, however long: no container, nothing to escape.)
const DEEP = new RegExp(`^(?![ \\t]*([-*])(?:[ \\t]*\\1)*[ \\t]*$)(?:${MARKER.source}){33,}`, 'gmu');

export function nestingDepth(text: string, lineMap: number[]): Reading | undefined {
  // (A cheap look first: most sources hold no run of markers at all.)
  if (!/(?:[>*+-]|\d[.)])[ \t]{0,4}(?:[>*+-]|\d[.)])[ \t]{0,4}(?:[>*+-]|\d[.)])/u.test(text)) return undefined;
  return replaceInLines(text, lineMap, DEEP, (m) => {
    const first = MARKER.exec(m)!;
    // The marker's own character (`>`, `-`, the `.` of `1.`) escaped: the line opens with text.
    const at = first.index + first[0].search(/[>*+\-.)]/u);
    return {
      to: `${m.slice(0, at)}\\${m.slice(at)}`,
      change: { rule: RULE, kind: 'changed', text: m.length > 40 ? `${m.slice(0, 40)}…` : m, to: 'text, not block quotes or list items nested deeper than 32 (its first marker escaped)' },
    };
  });
}
