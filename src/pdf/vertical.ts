/**
 * Vertical books (竖排): paginated by Chromium's own print layout, not Paged.js.
 *
 * Paged.js 0.4.3 finds where a page overflows by looking past its right and
 * bottom edges; vertical-rl text overflows at the left edge, so Paged.js would
 * lose it instead of breaking it. Chromium fragments vertical text into pages
 * itself, and lays out @page margin boxes, named pages and the page counter.
 * What it does not do — a blank page before a right-hand opening, the contents'
 * page numbers, telling the EPUB where each page begins — needs to know where
 * its pages break, and only the printed PDF knows that for certain: laying the
 * same text out in columns of the page's size predicted most breaks, but not
 * all (sub-pixel differences moved a line to the next page). So the book is
 * printed twice: the first print is read back (poppler's pdftotext, word boxes
 * in columns) to find where each flow and each page begins; the second has the
 * blank pages and the contents' numbers, and is checked against that plan.
 *
 * Sides: a vertical book is bound on the right, so its odd pages (rectos) are
 * left-hand pages. Chromium counts pages left to right (`:right` is odd), so
 * the page rules place margins and running heads by recto and verso.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import type { BookConfig } from '../book/config.ts';
import { UserError } from '../errors.ts';
import type { PageStart } from '../typeset/page-start.ts';
import type { FlowText, VerticalMarks } from './page-contract.ts';
import { inPage } from './page-script.ts';

/** @page rules of a vertical book (src/pdf/book-document.ts adds them). */
export function verticalPageRules(book: BookConfig, bleed = 0): string {
  // The press edition (bleed > 0): Chromium has no `bleed` or `marks`, so the page grows by the bleed on
  // every side and the margins with it; the crop marks are drawn afterwards (src/pdf/marks.ts).
  // The bleed in whole CSS pixels (pressBleed rounds it so): the text then lies at the same fractions of
  // a pixel as in the reader's edition, and breaks the same way.
  const px = Math.round((bleed * 96) / 25.4);
  const len = (mm: number, n = 1) => (px ? `calc(${mm}mm + ${n * px}px)` : `${mm}mm`);
  const { width, height, margins: m } = book.page;
  return `
@page { size: ${len(width, 2)} ${len(height, 2)}; margin: ${len(m.top)} ${len(m.inside)} ${len(m.bottom)} ${len(m.outside)}; }
@page :right { margin-left: ${len(m.outside)}; margin-right: ${len(m.inside)}; }
@page :left { margin-left: ${len(m.inside)}; margin-right: ${len(m.outside)}; }
@page chapter:left { @top-right { content: ${JSON.stringify(book.title)}; } }
@page cover { margin: 0; background: var(--cover); counter-reset: page -1; }
@page front { counter-reset: page -1; }
@page blank-front { counter-reset: page -1; }
.cover { width: ${len(width, 2)}; height: ${len(height, 2)}; }
`;
}

interface StreamChar {
  ch: string;
  block?: string;
  offset: number;
}

/** A flow's visible characters (whitespace dropped), each with its place in a block when it has one. */
function stream(flow: FlowText): StreamChar[] {
  const out: StreamChar[] = [];
  for (const run of flow.runs) {
    let i = 0;
    for (const ch of run.text) {
      if (!/\s/u.test(ch)) out.push({ ch, block: run.block, offset: run.offset + i });
      i += ch.length;
    }
  }
  return out;
}

/**
 * Each printed page's text, read back from the PDF: word boxes inside the text area (running heads and
 * folios lie outside it), grouped into columns by their horizontal centre, columns right to left, each
 * top to bottom. Whitespace and generated marks (the pull quotes' ■) are dropped.
 */
export async function printedPageTexts(pdfPath: string, book: BookConfig, timeoutMs: number, bleed = 0): Promise<string[]> {
  let html: string;
  try {
    ({ stdout: html } = await promisify(execFile)('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 1 << 30, timeout: timeoutMs }));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new UserError(`${book.path}: a vertical book needs poppler's pdftotext to read its pages back: apt-get install poppler-utils`);
    throw new UserError(`${book.path}: reading the vertical pages back failed: ${e.message.split('\n')[0]}`);
  }
  const pt = (mm: number) => (mm * 72) / 25.4;
  const top = pt(bleed + book.page.margins.top) - 2;
  const bottom = pt(bleed + book.page.height - book.page.margins.bottom) + 2;
  return html.split('<page ').slice(1).map((pageHtml) => {
    const columns: { x: number; words: { y: number; text: string }[] }[] = [];
    for (const m of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      // By the box's centre: poppler's boxes span a glyph's whole ascent and descent.
      const x = (Number(m[1]) + Number(m[3])) / 2;
      const y = (Number(m[2]) + Number(m[4])) / 2;
      if (y < top || y > bottom) continue;
      const text = m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      const col = columns.find((c) => Math.abs(c.x - x) < 4);
      if (col) col.words.push({ y, text });
      else columns.push({ x, words: [{ y, text }] });
    }
    return columns
      .sort((a, b) => b.x - a.x)
      .map((c) => c.words.sort((a, b) => a.y - b.y).map((w) => w.text).join(''))
      .join('')
      .replace(/[\s■]/gu, '');
  });
}

/** The plan of the second print: its blank pages and the contents' folios (VerticalMarks), and where its pages begin. */
export interface VerticalPlan extends VerticalMarks {
  /** Chapter id → 1-based physical page where it opens. */
  chapterStarts: Record<string, number>;
  pageStarts: PageStart[];
  total: number;
}

/**
 * From the first print (no blank pages): where each flow begins and where each of its pages begins; then
 * the plan for the book: the cover, each flow — the title page, the contents and every chapter on a
 * recto (odd page), with a blank page before where needed — and folios from the first chapter page.
 */
export function planVertical(flows: FlowText[], pages: string[]): VerticalPlan {
  // Where each page begins in its flow: the page's first characters, found in the flow's text after the
  // previous page's start. A flow opens on a new page, so flow i's first page is the first one after
  // flow i-1's that begins with flow i's first characters.
  const streams = flows.map(stream);
  // Marks the PDF draws as characters but the text does not hold (emphasis dots, the pull quotes' ■) are
  // left out of each page before it is looked for.
  const known = new Set(streams.flatMap((st) => st.map((c) => c.ch)));
  pages = pages.map((t) => [...t].filter((ch) => known.has(ch)).join(''));
  const firstPage: number[] = [];
  // Each page's start, as an index into its flow's characters (the flow is the one the page falls in).
  const starts: (number | undefined)[] = pages.map(() => undefined);
  let flow = -1;
  let at = 0;
  pages.forEach((text, p) => {
    if (p === 0 || text.length === 0) return; // the cover; a page with no text
    const probe = (n: number) => text.slice(0, n);
    const next = streams[flow + 1];
    if (next && next.length > 0 && streamAt(next, 0, probe(Math.min(8, next.length))) === 0) {
      flow++;
      firstPage[flow] = p;
      at = 0;
      starts[p] = 0;
      return;
    }
    if (flow < 0) return;
    const s = streams[flow]!;
    // Repeated text (a refrain, a list of like items) must not match an earlier page: the search starts
    // near where the previous page's characters run out.
    const estimate = at + (pages[p - 1]?.length ?? 0);
    const from = Math.max(at + 1, estimate - 40);
    for (const n of [12, 6, 3]) {
      const found = streamAt(s, from, probe(n));
      if (found >= 0) {
        at = found;
        starts[p] = at;
        return;
      }
    }
    // Not found (a glyph the text does not have, as an emphasis mark drawn as a character): where the
    // previous page's characters run out, which is off by at most the marks it drew.
    at = Math.min(Math.max(at + 1, estimate), s.length - 1);
    starts[p] = at;
  });
  if (firstPage.length !== flows.length || firstPage.some((p) => p === undefined)) {
    throw new Error(`vertical pagination: found the beginning of ${firstPage.filter((p) => p !== undefined).length} of ${flows.length} flows in the first print`);
  }

  // The book: blank pages before recto openings; everything after them moves on.
  const blanksBefore: number[] = [];
  const shift: number[] = [];
  let added = 0;
  flows.forEach((f, i) => {
    if (f.kind !== 'colophon' && (firstPage[i]! + 1 + added) % 2 === 0) {
      blanksBefore.push(i);
      added++;
    }
    shift[i] = added;
  });
  const flowOf = (p: number) => {
    let i = -1;
    while (i + 1 < flows.length && firstPage[i + 1]! <= p) i++;
    return i;
  };
  const firstChapterFlow = flows.findIndex((f) => f.kind === 'chapter');
  const firstChapter = firstChapterFlow >= 0 ? firstPage[firstChapterFlow]! + 1 + shift[firstChapterFlow]! : Infinity;
  const pageStarts: PageStart[] = [];
  const chapterStarts: Record<string, number> = {};
  const folios: Record<string, string> = {};
  let index = 0;
  pages.forEach((_, p) => {
    const i = flowOf(p);
    if (i >= 0 && blanksBefore.includes(i) && firstPage[i] === p) pageStarts.push({ index: ++index });
    index++;
    const f = i >= 0 ? flows[i] : undefined;
    if (!f || f.kind !== 'chapter' || !f.chapter) return void pageStarts.push({ index });
    const opens = firstPage[i] === p;
    const folio = String(index - firstChapter + 1);
    if (opens) {
      chapterStarts[f.chapter] = index;
      folios[f.chapter] = folio;
    }
    const c = firstInBlock(streams[i]!, starts[p]);
    pageStarts.push({ index, label: folio, chapter: f.chapter, block: opens ? undefined : c?.block, offset: opens ? undefined : c?.offset, chapterStart: opens });
  });
  return { blanksBefore, folios, chapterStarts, pageStarts, total: index };
}

/** The first character at or after `from` that belongs to a text block. */
function firstInBlock(s: StreamChar[], from: number | undefined): StreamChar | undefined {
  if (from === undefined) return undefined;
  for (let i = from; i < s.length; i++) if (s[i]!.block !== undefined) return s[i];
  return undefined;
}

/** Where `needle` occurs in the stream's characters from `from` on, or -1. */
function streamAt(s: StreamChar[], from: number, needle: string): number {
  const want = [...needle];
  if (want.length === 0) return -1;
  outer: for (let i = from; i + want.length <= s.length; i++) {
    for (let k = 0; k < want.length; k++) if (s[i + k]!.ch !== want[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The loaded vertical book, printed twice: `print` prints the page as it stands (to a file the first
 * time); the plan made from the first print is applied before the second.
 */
export async function printVertical(page: Page, book: BookConfig, print: () => Promise<{ pdf: Uint8Array; path: string }>, timeoutMs: number, bleed = 0): Promise<{ pdf: Uint8Array; plan: VerticalPlan }> {
  await inPage(page, 'settleFonts');
  const flows = await inPage(page, 'flowTexts');
  // The first print sets the contents' numbers as 0: set across the column (text-combine-upright), any
  // number of up to three digits takes the same one em, so the contents do not move when they come.
  await inPage(page, 'applyMarks', { blanksBefore: [], folios: Object.fromEntries(flows.filter((f) => f.chapter).map((f) => [f.chapter!, '0'])) });
  const first = await print();
  const plan = planVertical(flows, await printedPageTexts(first.path, book, timeoutMs, bleed));
  await inPage(page, 'applyMarks', { blanksBefore: plan.blanksBefore, folios: plan.folios });
  const second = await print();
  return { pdf: second.pdf, plan };
}
