/**
 * Parsing a long source in pieces. micromark resolves a document's events in
 * one array, and that work grows faster than the document: a corpus of many
 * articles in one file parsed at half the speed of one article. A source of
 * many blocks is cut at blank lines where no block can run on across the cut
 * (no fence, container, HTML block, list, quote, table or indented line on
 * either side), each piece is parsed alone, and the pieces' blocks are joined
 * into one tree with their positions moved to where they stand in the whole.
 *
 * Most blocks of a scrape are plain lines of text that no Markdown construct
 * can touch. Such a block, between two safe cuts, is made a paragraph here
 * without micromark: its tree is known from its characters alone (one text
 * node, the block's own text), and micromark's per-character work on it was
 * half the clean stage's time. The test holds both paths to the same tree.
 */
import type { Paragraph } from 'mdast';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Below this size a source is parsed whole. */
const PIECE = 64 * 1024;

// A line that may continue or join a block across a blank line, open one that needs what follows, or read as
// a front-matter fence or a thematic break at the start of a piece.
const CONTINUES = /^(?:[ \t]|[-*+_=]|\d{1,9}[.)][ \t]|>|\||:::|```|~~~|<)/u;
// A paragraph's first line set in by one to three spaces (four make indented code, a tab its own columns).
const INDENTED_LINE = /^ {1,3}(?![ \t#`~>*+\-_<=:|]|\d{1,9}[.)])/u;
const INDENT = /^[ \t]+/u;
// What a line may open a block with, or interrupt a paragraph with (headings, fences, quotes, lists, breaks,
// HTML, setext underlines, containers, table rows): a paragraph none of whose lines starts so stays one paragraph.
const BLOCK_START = /^(?:[#`~>*+\-_<=:|]|\d{1,9}[.)])/u;
const FENCE = /^ {0,3}(?:```|~~~|:::)/u;
// HTML blocks that end at a marker of their own, not at a blank line.
const HTML_OPEN = /^ {0,3}(?:<(?:script|pre|style|textarea)\b|<!--|<\?|<![A-Z]|<!\[CDATA\[)/iu;
// Only spaces and tabs make a line blank to micromark (a line of U+3000 is a paragraph).
const BLANK = /^[ \t]*$/u;

// A block of plain lines: no character any construct in use starts with (escapes, references, code, emphasis,
// links, HTML, tables), no line that opens or interrupts a block (headings, lists, quotes,
// breaks, setext underlines, fences, containers, tables), and no space or tab at a line's ends (indents,
// hard breaks, and the trimming micromark does there).
// An underscore run between two letters (`mmbiz_gif`) can neither open nor close emphasis, and `&` is text
// unless a character reference follows it (`M&G`, `?a=1&b=2`): only the others are unsafe.
const UNSAFE_CHAR = /[\\`*[\]<>|~\t\0]|(?<![^\s\p{P}\p{S}])_|_(?![^\s\p{P}\p{S}])|&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/u;
const UNSAFE_LINE = /^(?:[ #>:=+-]|\d{1,9}[.)](?: |$))|[ ]$/mu;
// Spaces before a paragraph's line are its indent, not its text: micromark drops them (a scrape's ` 　　2月10日，…`).
// Before the first line, four make indented code; before a later one any number is indent (a paragraph's line
// is no code). Tabs are unsafe characters: their columns are not reproduced.
const LINE_INDENT = /^ +/gmu;
const FIRST_INDENT_CODE = /^ {4}/u;
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
  // Whether the block being read is, so far, a paragraph of plain lines.
  let plain = false;
  // Whether it is, so far, a paragraph at the top level that none of its lines made more: opened by a line that
  // opens no other block, each later line none either, its indent aside (a paragraph's line is no code: ` 　　2月
  // 10日，…` under a headline is a line of the paragraph). After it, too, a blank line leaves nothing open,
  // whatever its inline markup.
  let simple = false;
  // The fence and HTML tracking here is coarse (a fence's length, a comment holding `>`): only where none has been
  // opened yet are the cuts that simple and indented blocks allow made.
  let clean = true;
  // Whether the blank lines before this line are empty: a line of spaces leaves micromark reading the next as
  // one that would interrupt a paragraph (` 1. …` is no list there), so the new cuts are made after empty ones.
  let empty = true;
  for (let at = start; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const blank = BLANK.test(line);
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
    } else if (html) {
      if (HTML_CLOSE.test(line)) html = false;
    } else if (!blank) {
      const opens = prevBlank || at === start;
      // After a paragraph of plain lines that began a block, a blank line leaves nothing open: any line may follow.
      // So does a paragraph set in by a few spaces, and after a simple paragraph too (where the tracking above is
      // sure and the blank lines are empty): the indented paragraphs of a scrape (` 　　2月10日，…`) no longer
      // hold the plain ones around them in micromark's pieces.
      if (prevBlank && at - last >= piece && (!CONTINUES.test(line) || (clean && empty && (plain || simple) && INDENTED_LINE.test(line))) && (plain || (clean && empty && simple) || !CONTINUES.test(prev))) {
        cuts.push(at);
        last = at;
      }
      plain = (opens || plain) && !UNSAFE_CHAR.test(line) && !UNSAFE_LINE.test(line);
      simple = opens ? !CONTINUES.test(line) && !BLOCK_START.test(line) : simple && !BLOCK_START.test(line.replace(INDENT, ''));
      const f = FENCE.exec(line);
      if (f) fence = f[0].trimStart();
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.slice(1))) html = true;
      if (f || html) plain = simple = false;
      if (f || HTML_OPEN.test(line)) clean = false;
      prev = line;
    }
    empty = blank ? (prevBlank ? empty : true) && line === '' : true;
    prevBlank = blank;
    at = end + 1;
  }
  return cuts;
}

/** Parses `text` with `parse`, in pieces, plain blocks without it; the tree is the one the whole text gives. */
export function parseInPieces(text: string, parse: (piece: string) => Root, piece = PIECE): Root {
  // micromark drops a byte-order mark that opens the text, and counts its offsets from after it: so do the pieces.
  if (text.startsWith('\ufeff')) return parseInPieces(text.slice(1), parse, piece);
  const bounds = [0, ...cutPoints(text, 1), text.length];
  const root: Root = { type: 'root', children: [] };
  // Lines before `bounds[i]`, counted as the cuts are walked.
  let line = 0;
  let countedTo = 0;
  const lineAt = (offset: number) => {
    for (let at = text.indexOf('\n', countedTo); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
    countedTo = offset;
    return line;
  };
  // Blocks that need micromark are parsed together, as long as they follow each other and stay under `piece`.
  let from = -1;
  const flush = (to: number) => {
    if (from < 0) return;
    const startLine = lineAt(from);
    const tree = parse(text.slice(from, to));
    if (from > 0) shift(tree, startLine, from);
    root.children.push(...tree.children);
    from = -1;
  };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const next = bounds[i + 1]!;
    const block = plainBlock(text, start, next);
    if (block === undefined) {
      if (from < 0) from = start;
      else if (next - from > piece) {
        flush(start);
        from = start;
      }
      continue;
    }
    flush(start);
    root.children.push(paragraph(text.slice(start, block), lineAt(start) + 1, start));
  }
  flush(text.length);
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lineAt(text.length) + 1, column: 1, offset: text.length } };
  return root;
}

/** The end of the block of plain lines that fills `text` from `start` to `next` (blank lines after it aside). */
function plainBlock(text: string, start: number, next: number): number | undefined {
  let end = next;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  // Spaces at the end of the last line: micromark's trimming there is not reproduced.
  if (end === start || text[end] === ' ' || text[end] === '\t') return undefined;
  // The cut after it stands after a blank line: what lies between is that blank line and nothing else. (Blank
  // lines before it, at the start of a text, would be more than indents to drop.)
  const body = text.slice(start, end);
  if (/(?:^|\n)[ \t]*\n/u.test(body) || UNSAFE_CHAR.test(body) || FIRST_INDENT_CODE.test(body) || UNSAFE_LINE.test(body.replace(LINE_INDENT, ''))) return undefined;
  // The first piece of a text is also where front matter would stand.
  if (start === 0 && body.startsWith('---')) return undefined;
  return end;
}

/** The paragraph micromark makes of a plain block: its lines' indents dropped, its start after the first one's. */
function paragraph(block: string, line: number, offset: number): Paragraph {
  const lastNl = block.lastIndexOf('\n');
  let lines = 0;
  for (let at = block.indexOf('\n'); at >= 0; at = block.indexOf('\n', at + 1)) lines++;
  let indent = 0;
  while (block.charCodeAt(indent) === 0x20) indent++;
  const value = block.includes(' ') ? block.replace(LINE_INDENT, '') : block;
  const at = () => ({
    start: { line, column: 1 + indent, offset: offset + indent },
    end: { line: line + lines, column: block.length - lastNl, offset: offset + block.length },
  });
  return { type: 'paragraph', children: [{ type: 'text', value, position: at() }], position: at() };
}

function shift(tree: Root, line: number, from: number): void {
  visit(tree as Node, (node) => {
    const p = node.position;
    if (!p) return;
    p.start = { ...p.start, line: p.start.line + line, offset: (p.start.offset ?? 0) + from };
    p.end = { ...p.end, line: p.end.line + line, offset: (p.end.offset ?? 0) + from };
  });
}
