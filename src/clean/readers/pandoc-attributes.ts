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
// (An id pandoc makes from a Chinese heading is in Chinese: `{#月淏州新建商品住宅成交环比增长12.4 .article-title}`.)
const ATTR = String.raw`(?:[#.][\p{L}_][\p{L}\p{N}_:.-]{0,60}|[A-Za-z_][\w-]{0,30}=(?:"[^"\n]{0,200}"|[^\s"{}]{1,100}))`;
const LIST = String.raw`\{[ \t]*${ATTR}(?:[ \t]+${ATTR}){0,12}[ \t]*\}`;
// A span (`[text]{.underline}`, `[]{#_Toc1 .anchor}`) or attributes after an image, a link or inline code.
// (A span may hold a link, its address with a call in it: `[[某某交警](javascript:void(0);)]{.rich_media_meta_nickname}`.)
const LINK_IN_SPAN = String.raw`\[[^\[\]\n]{1,100}\]\((?:[^()\n]|\([^()\n]{0,20}\)){0,300}\)`;
const SPAN = new RegExp(String.raw`\[((?:[^\[\]\n]|${LINK_IN_SPAN}){0,300})\]${LIST}|(?<=\]\([^()\n]{0,500}\)|\x60)${LIST}|(?<=\S)[ \t]+${LIST}[ \t]*$`, 'gu');

// An attribute list opened at a line's end and closed at the next line's start.
const LIST_OPEN = new RegExp(String.raw`(?:\]\([^()\n]{0,500}\)|\x60)\{[ \t]*${ATTR}(?:[ \t]+${ATTR}){0,12}[ \t]*$`, 'u');
const LIST_CLOSE = new RegExp(String.raw`^[ \t]*${ATTR}(?:[ \t]+${ATTR}){0,12}[ \t]*\}`, 'u');

// The end of a span opened on the line above: its words, the bracket, the braces.
const SPAN_CLOSE = new RegExp(String.raw`^[^\[\]\n]{1,300}\]${LIST}`, 'u');

export function pandocAttributes(text: string, lineMap: number[]): Reading | undefined {
  // Only where pandoc wrote them: the classes it writes, or Word's bookmarks and sizes (one of them at least).
  // (Or a heading with the id pandoc gives every heading of a web page: `# 标题 {#标题 .article-title}`.)
  // (A list pandoc wrapped at a space inside it counts: `{width="600" height="400"` / `border="0"}`.)
  // (Or a span with a class of the page's own, `[来源：某某日报]{.source}`: braces right after a bracket hold no words.)
  const classedSpan = /\]\{[ \t]*\.[\p{L}_][\p{L}\p{N}_-]{0,40}[ \t]*\}/u.test(text);
  if (!classedSpan && !/\{[^{}]{0,300}(?:\.underline|\.anchor|\.mark|\.smallcaps|width=|height=|#_Toc|#_Ref|custom-style=)[^{}]{0,300}\}/u.test(text) && !/^#{1,6}[ \t][^\n]{1,200}[ \t]\{#[^{}\n]{1,200}\}[ \t]*$/mu.test(text)) return undefined;
  const changes: Change[] = [];
  // A span pandoc wrapped at a space inside it (`[作者：记者` / `佘砚池]{.author}`) is one line again, as the page had it.
  const joined: string[] = [];
  const map: number[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const next = raw[i + 1];
    if (next !== undefined && /\[[^\[\]\n]{1,300}$/u.test(line) && SPAN_CLOSE.test(next)) {
      changes.push({ rule: RULE, kind: 'joined', line: lineMap[i + 1] ?? i + 2, text: `${line.slice(-8)}⏎${next.slice(0, 8)}`, to: "one line (pandoc wrapped a span at its space)" });
      joined.push(`${line} ${next}`);
      map.push(lineMap[i] ?? i + 1);
      i++;
      continue;
    }
    // (So is an attribute list wrapped at a space, after an image: `![](…){width="600" height="400"` / `border="0"}`.)
    if (next !== undefined && LIST_OPEN.test(line) && LIST_CLOSE.test(next)) {
      changes.push({ rule: RULE, kind: 'joined', line: lineMap[i + 1] ?? i + 2, text: `${line.slice(-8)}⏎${next.slice(0, 8)}`, to: "one line (pandoc wrapped an attribute list at its space)" });
      joined.push(`${line} ${next}`);
      map.push(lineMap[i] ?? i + 1);
      i++;
      continue;
    }
    joined.push(line);
    map.push(lineMap[i] ?? i + 1);
  }
  const lines = joined.map((line, i) =>
    line.replace(SPAN, (m, inner: string | undefined) => {
      const at = map[i] ?? i + 1;
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
  return { text: lines.join('\n'), meta: {}, changes, lineMap: map };
}
