/**
 * What the PDF writer in Node and its code in the page (src/pdf/in-page/) agree on: the markup Paged.js
 * makes of the book document, the marks of the book document the page reads, the page's globals, and the
 * values that cross between the two. Both sides import this module, so it names no DOM type: the Node side
 * is type-checked without the DOM, the page code with it.
 */
import type { PageStart } from '../typeset/page-start.ts';

// Paged.js 0.4.3's markup.
/** The container of the pages. */
export const PAGES_CLASS = 'pagedjs_pages';
/** One page. */
export const PAGE_CLASS = 'pagedjs_page';
export const PAGE = `.${PAGE_CLASS}`;
/** A page Paged.js left blank (before a right-hand chapter opening). */
export const BLANK_PAGE_CLASS = 'pagedjs_blank_page';
/** The document's first page. */
export const FIRST_PAGE_CLASS = 'pagedjs_first_page';
/** A page a chapter opens on: Paged.js' own name for it, set by the finish (see finishBook). */
export const CHAPTER_FIRST_PAGE_CLASS = 'pagedjs_chapter_first_page';
/** A page's text area (not its margin boxes). */
export const PAGE_CONTENT = '.pagedjs_page_content';
/** The margin box the folio is written into. */
export const FOLIO_BOX = '.pagedjs_margin-bottom-center > .pagedjs_margin-content';
/** Set on the continuation of an element split across pages. */
export const SPLIT_FROM = 'data-split-from';
/** The stylesheets Paged.js made from the book's. */
export const PAGED_STYLES = 'style[data-pagedjs-inserted-styles]';
/** Custom properties that carry the running heads' strings. */
export const STRING_PROPERTY_PREFIX = '--pagedjs-string-';

/**
 * Paged.js positions four boxes of every page and clips its sheet, so each page brings several paint
 * layers, and Chromium's print walks all of them for every page it paints: at 1,270 pages the print
 * took 8.0 s and grew faster than the page count. No box of a finished page is absolutely placed, so
 * the positioning goes; the sheet keeps its clip (the page content's hidden columns stay hidden) but as
 * `overflow: clip`, which makes no scroll container. The print then took 6.1 s. The raster is the
 * same (tests/pdf.test.ts compares it with the book paginated whole).
 */
export const PRINT_FLAT = `@media print {
  .pagedjs_sheet, .pagedjs_pagebox, .pagedjs_pagebox > .pagedjs_area > .pagedjs_page_content, .pagedjs_pagebox > .pagedjs_area > .pagedjs_footnote_area { position: static !important; }
  .pagedjs_sheet { overflow: clip !important; }
}`;

// The book document's marks (src/typeset/book-html.ts, src/typeset/rehype/block-ids.ts), as the page reads them.
/** A text block's stable id (`ch-1.12`): Paged.js copies it onto each fragment of a split block. */
export const BLOCK_ATTRIBUTE = 'data-b';
/** A chapter's section, and its id. */
export const CHAPTER_SECTION = 'section.chapter';
export const CHAPTER_ATTRIBUTE = 'data-chapter';
export const CHAPTER = `${CHAPTER_SECTION}[${CHAPTER_ATTRIBUTE}]`;
/** The first chapter's section: folio 1 is the page it opens on. */
export const FIRST_CHAPTER = '.first-chapter';
/** A page's chapter opening: a chapter's section on it that does not go on from the page before. */
export const CHAPTER_OPENING = `${PAGE_CONTENT} ${CHAPTER}:not([${SPLIT_FROM}])`;
/** The contents' entries, each a link to its chapter. */
export const TOC_ENTRY = 'a.toc-entry';

// The page's globals.
/** Set by Paged.js' completion hook to the page count: the signal the Node side waits for. */
export const PAGES_DONE = '__dingbenPages';
/** The in-page functions the Node side calls (InPageApi). */
export const API = '__dingben';
/**
 * On the in-page script's own tag in a document Paged.js paginates: `book` (the whole book: paginate and
 * finish it) or `part` (one part: paginate it; the parts are finished once numbered in the whole book).
 */
export const PAGED_SCRIPT_ATTRIBUTE = 'data-dingben-paged';
export type PagedRole = 'book' | 'part';

/** The globals the in-page script sets. */
export interface PageGlobals {
  [PAGES_DONE]?: number;
  [API]?: InPageApi;
}

/**
 * Where a document's pages sit in the whole book, for finishBook in a document that holds one part of it:
 * the book index (0-based) of its first page and of the first chapter's first page, and the folios of the
 * chapters' opening pages (for the contents, which is in the first part only).
 */
export interface Numbering {
  offset: number;
  first: number;
  toc: Record<string, string>;
}

export interface Layout {
  /** Chapter id → 1-based page where it opens. */
  starts: Record<string, number>;
  pageStarts: PageStart[];
  /** Pages up to the end of the document (with the pages before it, for a part). */
  total: number;
}

export interface PageInfo {
  /** A page Paged.js left blank (before a right-hand chapter opening). */
  blank: boolean;
  /** The page opens the book's first chapter: folio 1. */
  first: boolean;
  /** The chapter (`ch-3`) that opens on the page. */
  opens?: string;
}

/** The pages of a paginated document, as Paged.js left them, and the stylesheets it made from the book's. */
export interface PagedPages {
  styles: string[];
  pages: string[];
  /** What the book's numbering needs to know of each page. */
  info: PageInfo[];
}

/** A flow (title page, colophon, contents, a chapter) as text: its text nodes in order, each with the block it belongs to. */
export interface FlowText {
  kind: string;
  chapter?: string;
  /** Text nodes: the text, and the `data-b` block whose own text it continues, at which offset. */
  runs: { text: string; block?: string; offset: number }[];
}

/** What a vertical book's second print needs: the blank pages before flows, and the contents' folios. */
export interface VerticalMarks {
  /** Indexes of the flows that need a blank page before them. */
  blanksBefore: number[];
  /** Chapter id → its folio. */
  folios: Record<string, string>;
}

/** The functions of the in-page script, called from Node by name (src/pdf/page-script.ts). */
export interface InPageApi {
  /**
   * Numbers the pages in order, marks the pages where a chapter opens, writes the folios and the
   * contents' page numbers; returns the page count. Without a Numbering the document is the whole book.
   */
  finishBook(numbering?: Numbering): number;
  /** finishBook for one part's document, once its fonts have loaded. */
  finishPart(numbering: Numbering): Promise<number>;
  /** Where each chapter opens and each page begins; `before` is how many pages of the book come before the document's first. */
  collectLayout(before: number): Layout;
  /** The paginated pages as markup, for a document of pages put together in Node. */
  pagedPages(): PagedPages;
  /** Pages laid out so far, and chapters opened on them. */
  progress(): [pages: number, chaptersOpened: number];
  /** Every face loaded, then the layout made again from nothing (a vertical book, before its first print). */
  settleFonts(): Promise<void>;
  /** The text of every flow of a vertical book, in order. */
  flowTexts(): FlowText[];
  /** Puts a vertical book's blank pages and contents' folios in the document. */
  applyMarks(marks: VerticalMarks): void;
}
