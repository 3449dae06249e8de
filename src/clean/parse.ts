/**
 * Parsing a long source in pieces. micromark resolves a document's events in
 * one array, and that work grows faster than the document: a corpus of many
 * articles in one file parsed at half the speed of one article. A source of
 * many blocks is cut at blank lines where no block can run on across the cut
 * (no fence, container, HTML block, list, quote, table or indented line on
 * either side), each piece is parsed alone, and the pieces' blocks are joined
 * into one tree with their positions moved to where they stand in the whole.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Below this size a source is parsed whole. */
const PIECE = 64 * 1024;

// A line that may continue or join a block across a blank line, open one that needs what follows, or read as
// a front-matter fence or a thematic break at the start of a piece.
const CONTINUES = /^(?:[ \t]|[-*+_=]|\d{1,9}[.)][ \t]|>|\||:::|```|~~~|<)/u;
const FENCE = /^(?:```|~~~|:::)/u;
// HTML blocks that end at a marker of their own, not at a blank line.
const HTML_OPEN = /^<(?:script|pre|style|textarea)\b|^<!--|^<\?|^<![A-Z]|^<!\[CDATA\[/iu;
const HTML_CLOSE = /<\/(?:script|pre|style|textarea)>|-->|\?>|>|\]\]>/iu;

/** The offsets at which `text` may be cut: the start of a line after a blank line, safe on both sides. */
export function cutPoints(text: string, piece = PIECE): number[] {
  const cuts: number[] = [];
  // A link reference definition serves the whole document: a text that has one is parsed whole.
  if (/^ {0,3}\[[^\]\n]+\]:/mu.test(text)) return cuts;
  let start = 0;
  // Front matter stays in the first piece.
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---\n', 4);
    if (end > 0) start = end + 5;
  }
  let fence: string | undefined;
  let html = false;
  let last = 0;
  let prevBlank = false;
  let prev = '';
  for (let at = start; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      if (line.startsWith(fence)) fence = undefined;
    } else if (html) {
      if (HTML_CLOSE.test(line)) html = false;
    } else if (!blank) {
      if (prevBlank && at - last >= piece && !CONTINUES.test(line) && !CONTINUES.test(prev)) {
        cuts.push(at);
        last = at;
      }
      const f = FENCE.exec(line);
      if (f) fence = f[0];
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.slice(1))) html = true;
      prev = line;
    }
    prevBlank = blank;
    at = end + 1;
  }
  return cuts;
}

/** Parses `text` with `parse`, in pieces when it is long; the tree is the one the whole text gives. */
export function parseInPieces(text: string, parse: (piece: string) => Root, piece = PIECE): Root {
  const cuts = cutPoints(text, piece);
  if (cuts.length === 0) return parse(text);
  const bounds = [0, ...cuts, text.length];
  const root: Root = { type: 'root', children: [] };
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const chunk = text.slice(from, bounds[i + 1]);
    const tree = parse(chunk);
    if (from > 0) {
      visit(tree as Node, (node) => {
        const p = node.position;
        if (!p) return;
        p.start = { ...p.start, line: p.start.line + line, offset: (p.start.offset ?? 0) + from };
        p.end = { ...p.end, line: p.end.line + line, offset: (p.end.offset ?? 0) + from };
      });
    }
    root.children.push(...tree.children);
    line += chunk.split('\n').length - 1;
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset: text.length } };
  return root;
}
