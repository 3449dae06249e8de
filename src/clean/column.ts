/**
 * The column of a hard-wrapped file (PDF text, OCR, a mailer's wrap): how wide a full line is, and whether
 * most lines fill it (a narrow column, wrapped for certain). Measured once per file, on the source lines as
 * they take room in the column: a single space that OCR reads beside a Chinese character takes none.
 */
import type { VFile } from 'vfile';
import { CJK_CONTEXT, countHan, displayWidth, endsOpen, hardWrapWidth, layoutRow, spacedFile } from './chars.ts';
import { reportOf } from './report.ts';
import { RULE as PAGE_ORDER } from './readers/page-order.ts';
import { RULE as PRINT_MARGINS } from './readers/print-margins.ts';

export interface Column {
  /** The width of a full line, or undefined where lines are paragraphs. */
  full: number | undefined;
  /** Most lines fill the column to the same width (60 % within six columns of full). */
  narrow: boolean;
  /**
   * Paragraphs are blocks of lines apart by blank lines, and inside a block every line but the last fills the
   * column (a text browser's dump, a mailer's wrap): a full line with a line under it in its block is wrapped,
   * whatever it ends in. Short lines of page chrome elsewhere do not make such a column any less certain.
   */
  blocks: boolean;
  /** The source lines without OCR's spaces, by which widths are measured. */
  measured: string[];
  /** The width most full lines have (a justified column's measure), or undefined. */
  modal: number | undefined;
  /**
   * How the column measures a line: in cells, a wide character two, as a terminal and a printed page set it; or in
   * characters, where a text browser counted those (lynx's dump of Chinese wraps at 74 characters however wide).
   */
  width: (s: string) => number;
  /**
   * A hard-wrapped text with a blank line after every line (pdfminer's text of a printed page): there the blank
   * lines part nothing, and a line runs on into the next as it would with none between.
   */
  spaced: boolean;
}

const columns = new WeakMap<VFile, Column>();

export function columnOf(file: VFile): Column {
  const known = columns.get(file);
  if (known) return known;
  // (A text whose runs pdf2json placed with spaces is measured without those gaps: they are the page's position.)
  const placed = placedText(file);
  const measured = withoutMargin((file.data.sourceLines ?? []).map((l) => squeeze(placed ? unplaced(l) : l)));
  // (A printed page's many short lines, its menu, heads and list items, may hide the column its prose fills: the
  // prose lines alone are measured then, where the text is a print's: its pages or its margins said so.)
  const printed = (file.data.sourceLines ?? []).some((l) => l.includes('\f')) || reportOf(file).changes.some((c) => c.rule === PRINT_MARGINS);
  const hard = hardWrapWidth(measured) ?? (printed ? hardWrapWidth(measured.filter((l) => countHan(l) >= 12 && proseLine(l))) : undefined);
  // (A table's rows, which a reader wrote as Markdown, stand apart from the text's lines.)
  const spacedLines = spacedFile(measured.map((l) => (layoutRow(l) ? '' : l))) || spacedProse(measured);
  const spacedAt = hard === undefined && spacedLines ? spacedWidth(measured) : undefined;
  let width = displayWidth;
  let full = hard ?? browserWidth(measured, width) ?? spacedAt;
  // (A text browser that wraps by characters: its full lines are as many characters, however many cells the Latin
  // words and figures among them take, and none is found by cells.)
  if (full === undefined) {
    const byCharacters = browserWidth(measured, characters, true);
    if (byCharacters !== undefined) [full, width] = [byCharacters, characters];
  }
  const spaced = spacedLines && full !== undefined && openAt(measured, full);
  // (A PDF's page, as pdf2json placed it, is hard-wrapped for certain.)
  // (A text browser set wider than a terminal, `lynx -width=150`, wraps its blocks the same way: the width found
  // from its run-on lines is the evidence, where menus and lists in blocks of their own leave few lines to count.)
  // (A column of Chinese as pdftotext -layout sets it out of a printed page, 43 characters, is 86 wide: narrow.)
  const column: Column = { full, width, spaced, narrow: full !== undefined && full <= 100 && (placed || spaced || narrowColumn(measured, full, width)), blocks: full !== undefined && ((full <= 80 && wrappedBlocks(measured, full, width)) || (hard === undefined && full > 80)), measured, modal: full === undefined ? undefined : modalWidth(measured, full, width) };
  columns.set(file, column);
  return column;
}

/**
 * The lines without the page's left margin (pdftotext -layout sets a printed page's text seven columns in): the
 * indent that most lines of text share, where they share one of two columns or more, is no part of the measure.
 */
function withoutMargin(lines: string[]): string[] {
  const indents = lines.filter((l) => countHan(l) >= 10).map((l) => /^ */u.exec(l)![0].length);
  if (indents.length < 8) return lines;
  const count = new Map<number, number>();
  for (const n of indents) count.set(n, (count.get(n) ?? 0) + 1);
  let margin = 0;
  for (const [n, c] of count) if (c > (count.get(margin) ?? 0)) margin = n;
  if (margin < 2 || (count.get(margin) ?? 0) < indents.length * 0.5 || indents.some((n) => n < margin && n > 0)) return lines;
  return lines.map((l) => (l.startsWith(' '.repeat(margin)) ? l.slice(margin) : l));
}

/** A line without the gaps beside Chinese text by which pdf2json placed its runs. */
function unplaced(l: string): string {
  return l.replace(/(?<=\S) +(?=\S)/gu, (m, at: number, all: string) => (CJK_CONTEXT.test(all[at - 1]!) || CJK_CONTEXT.test(all[at + m.length]!) ? '' : m));
}

/** A source line as the column measures it: without pdf2json's placing gaps where the text has them. */
export function asMeasured(file: VFile, raw: string): string {
  return placedText(file) ? unplaced(raw) : raw;
}

const placedFiles = new WeakMap<VFile, boolean>();

/**
 * Whether the text's runs were placed with spaces where they stood on the page (pdf2json; its reader's report
 * says so): asked once per file, then remembered (page-break asks it of every line).
 */
export function placedText(file: VFile): boolean {
  let placed = placedFiles.get(file);
  if (placed === undefined) {
    placed = reportOf(file).changes.some((c) => c.rule === PAGE_ORDER);
    placedFiles.set(file, placed);
  }
  return placed;
}

/** A line as wide as it stands in the column: a single space beside a Chinese character (OCR's) taken out. */
export function squeeze(raw: string): string {
  return raw.replace(/(?<=[^\s\x00-\x7f])[ ](?=\S)|(?<=\S)[ ](?=[^\s\x00-\x7f])/gu, '');
}

/** Whether source line `line` (1-based) of a narrow column fills it among the lines of a block: a wrapped line, not a line of its own. */
export function fillsColumn(file: VFile, line: number | undefined): boolean {
  const { full, narrow, measured, width: measure } = columnOf(file);
  if (line === undefined || full === undefined || !narrow) return false;
  // (A line far wider than the column, a head or a byline set across columns, is no line of it.)
  // (So is a line alone between blank lines: nothing wraps into it or out of it.)
  const width = measure((measured[line - 1] ?? '').trim());
  const inBlock = (measured[line - 2] ?? '').trim() !== '' || (measured[line] ?? '').trim() !== '';
  return inBlock && width >= full && width <= full + 6;
}

/**
 * A text browser's dump of a page with few long paragraphs (`lynx -dump` at a wide window): too few lines fill
 * the column for the measure to show among the page's short lines, but the widest lines, three or more within
 * six columns of one another, each run on into the next line at its own indent, where the page parts its
 * paragraphs with blank lines. Their width is the column's.
 */
function browserWidth(lines: string[], width: (s: string) => number, exact = false): number | undefined {
  const blank = lines.filter((l) => l.trim() === '').length;
  const filled = lines.length - blank;
  if (blank < filled / 3) return undefined;
  const widths = lines.map((l) => width(l.trimEnd()));
  // (A loop, not `Math.max(...widths)`: a long text has more lines than a call may take arguments.)
  let top = 0;
  for (const w of widths) if (w > top) top = w;
  if (top < 60 || top > 240) return undefined;
  // (Counted in characters, a run of Chinese cut where the line is full ends at the very width, however the Latin
  // words and figures in it take room: the full lines are as wide to the character.)
  const near = widths.flatMap((w, i) => ((exact ? w === top : w >= top - 6) && /\p{Script=Han}/u.test(lines[i]!) ? [i] : []));
  const indent = (l: string) => /^[ \t\u3000]*/u.exec(l)![0].length;
  // (A paragraph's first line may be set in further, `　　`: the line it runs on into stands no deeper.)
  const runOn = near.filter((i) => (lines[i + 1] ?? '').trim() !== '' && indent(lines[i + 1]!) <= indent(lines[i]!) && widths[i + 1]! < top - 6);
  // (Counted in characters, two such lines are evidence enough: as wide to the character, and each run on.)
  return near.length >= (exact ? 2 : 3) && runOn.length >= 2 && runOn.length >= near.length * 0.5 ? top - 6 : undefined;
}

/**
 * The lines of prose, each with a blank line after it, where a printed page's other blocks hold lines of their own
 * together (PyMuPDF's blocks: a table's row its cells one a line, the running head and the folio): the text's lines
 * are spaced all the same.
 */
function spacedProse(lines: string[]): boolean {
  const prose = lines.flatMap((l, k) => (countHan(l) >= 12 && proseLine(l) ? [k] : []));
  return prose.length >= 8 && prose.filter((k) => (lines[k + 1] ?? '').trim() === '').length >= prose.length * 0.9;
}

/**
 * A short printed page's text with a blank line after every line (pdfminer): too few lines fill the column for
 * the common width to show among its heads, list items and table cells, but the widest lines, three or more within
 * two columns of one another, end mostly in the middle of their sentence: the column's measure, wrapped there.
 * (A text of one paragraph a line ends its lines with their sentences.)
 */
function spacedWidth(lines: string[]): number | undefined {
  let top = 0;
  for (const l of lines) if (proseLine(l)) top = Math.max(top, displayWidth(l.trim()));
  return top >= 40 && top <= 100 && openAt(lines, top - 2) ? top - 2 : undefined;
}

/** A line of Chinese prose: no layout row, and no Markdown's link, tag, head, quote, list item or table row. */
function proseLine(l: string): boolean {
  return /\p{Script=Han}/u.test(l) && !layoutRow(l) && !/\]\(|<\/?[A-Za-z]|^\s*(?:[#>*|!+-]|\d{1,3}[.)]\s)/u.test(l);
}

/**
 * Whether the lines of text that fill the column (`full` wide, or up to eight columns wider: a full line of
 * figures stops short of it, and `full` is nine tenths of the widest), three at least and
 * more than twice as many as the lines wider still, mostly end in the middle of a sentence.
 */
function openAt(lines: string[], full: number): boolean {
  const widths = lines.filter(proseLine).map((l) => [displayWidth(l.trim()), endsOpen(l)] as const);
  const near = widths.filter(([w]) => w >= full && w <= full + 8);
  const wider = widths.filter(([w]) => w > full + 8).length;
  return near.length >= 3 && wider * 2 < near.length && near.filter(([, open]) => open).length >= near.length * 0.6;
}

function modalWidth(lines: string[], full: number, width: (s: string) => number): number | undefined {
  const count = new Map<number, number>();
  for (const l of lines) {
    const w = width(l.trimEnd());
    if (w >= full) count.set(w, (count.get(w) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [w, n] of count) if (best === undefined || n > count.get(best)! || (n === count.get(best)! && w > best)) best = w;
  return best;
}

function narrowColumn(lines: string[], full: number, width: (s: string) => number): boolean {
  const widths = lines.map((l) => width(l.trim())).filter((w) => w >= 12);
  return widths.length >= 8 && widths.filter((w) => w >= full && w <= full + 6).length >= widths.length * 0.6;
}

function wrappedBlocks(lines: string[], full: number, width: (s: string) => number): boolean {
  // The lines of Chinese text with a line under them in their block (a list of addresses is no text).
  const inner: number[] = [];
  let blocks = 0;
  lines.forEach((l, i) => {
    const below = lines[i + 1];
    if (l.trim() === '' || below === undefined || below.trim() === '') return;
    if ((lines[i - 1] ?? '').trim() === '') blocks++;
    // (A line that stops before a Latin word too long for what room it left fills it too: the wrap fell at the space.)
    if (/\p{Script=Han}/u.test(l) && !layoutRow(l)) inner.push(wrapsBeforeWord(l, below, full, width) ? Math.max(full, width(l.trim())) : width(l.trim()));
  });
  const counted = inner.filter((w) => w >= 20);
  // (`full` is nine tenths of the widest lines: a line wrapped at a word boundary may stand above it.)
  // (Filling it, not far wider: a paragraph a line, 200 columns, under a short table's rows is no such column.)
  return blocks >= 3 && counted.length >= 8 && counted.filter((w) => w >= full && w <= full * 1.5 + 6).length >= counted.length * 0.8;
}

const characters = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * Whether a text browser wrapped line `line` at the space before the next line's first word: the line ends in a
 * Latin word or figure and the next opens with one, and that word (to its first space; a run of Chinese with no
 * space in it is one word to a browser that breaks lines at spaces) would not have fitted in the room left.
 */
export function wrapsBeforeWord(line: string, next: string, full: number, width: (s: string) => number): boolean {
  const last = line.trimEnd();
  const word = /^[ \t]*([A-Za-z0-9(“"'][^ \t]*)/u.exec(next)?.[1];
  return word !== undefined && /[A-Za-z0-9)\].,;:!?'"-]$/u.test(last) && width(last.trim()) + 1 + width(word) > full;
}
