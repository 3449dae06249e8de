/**
 * pandoc-attributes: pandoc's Markdown keeps what a Word file or a web page said of its text as attributes in
 * braces, which no other Markdown reads: an image's size (`![](media/image1.jpeg){width="4.8in" height="3.2in"}`),
 * Word's bookmarks as empty spans (`[]{#_Toc166301 .anchor}`), underline and highlight as spans
 * (`[8.4万元]{.underline}`), a heading's id (`## 案例一 {#anchor}`). The braces say nothing of the words: a span
 * keeps its text, an empty span goes, and the attribute lists go, each reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'pandoc-attributes';

// One attribute: an id, a class, or a key and its value (pandoc's own syntax, no nesting).
const ATTR = String.raw`(?:[#.][A-Za-z_][\w:.-]{0,60}|[A-Za-z_][\w-]{0,30}=(?:"[^"\n]{0,200}"|[^\s"{}]{1,100}))`;
const LIST = String.raw`\{[ \t]*${ATTR}(?:[ \t]+${ATTR}){0,12}[ \t]*\}`;
// A span (`[text]{.underline}`, `[]{#_Toc1 .anchor}`) or attributes after an image, a link or inline code.
const SPAN = new RegExp(String.raw`\[([^\[\]\n]{0,300})\]${LIST}|(?<=\]\([^()\n]{0,500}\)|\x60)${LIST}|(?<=\S)[ \t]+${LIST}[ \t]*$`, 'gu');

export function pandocAttributes(text: string, lineMap: number[]): Reading | undefined {
  // Only where pandoc wrote them: the classes it writes, or Word's bookmarks and sizes (one of them at least).
  if (!/\{[^{}\n]{0,300}(?:\.underline|\.anchor|\.mark|\.smallcaps|width=|height=|#_Toc|#_Ref|custom-style=)[^{}\n]{0,300}\}/u.test(text)) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((line, i) =>
    line.replace(SPAN, (m, inner: string | undefined) => {
      const at = lineMap[i] ?? i + 1;
      if (inner === undefined) {
        changes.push({ rule: RULE, kind: 'removed', line: at, text: m.trim(), to: "pandoc's attributes (a size, an id, a class)" });
        return '';
      }
      const braces = m.slice(inner.length + 2);
      changes.push({ rule: RULE, kind: 'removed', line: at, text: inner === '' ? m : `[ ]${braces}`, to: inner === '' ? "an empty span of pandoc's (a bookmark Word left)" : "pandoc's span round the words (underline, highlight): the words kept" });
      return inner;
    }),
  );
  if (changes.length === 0) return undefined;
  return { text: lines.join('\n'), meta: {}, changes, lineMap };
}
