/**
 * The print book as one HTML document for Paged.js (or, for a vertical book, for Chromium's own print
 * layout): the book's body (src/typeset/book-html.ts) under a head with the page rules, the fonts, the
 * stylesheets and the scripts that paginate it.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { BookConfig } from '../book/config.ts';
import { bookBody, type BookPart } from '../typeset/book-html.ts';
import type { Chapter } from '../typeset/chapter.ts';
import { verticalPageRules } from './vertical.ts';

export interface BookDocumentOptions {
  /** URL of the stylesheet, relative to the document. */
  stylesheet: string;
  /** URL of the Paged.js polyfill, relative to the document; omitted for other paginators (the benchmark's peers). */
  pagedjs?: string;
  /** @font-face rules pointing at the font files. */
  fontFaces: string;
  /** The press edition: bleed and crop marks from the book's print settings. */
  press?: boolean;
  /** URL of the vertical setting's stylesheet (after the main one), for a vertical book. */
  verticalStylesheet?: string;
}

/** The whole book (paginated and finished in one document), or one part of it. */
export function bookDocument(book: BookConfig, chapters: Chapter[], options: BookDocumentOptions, part?: BookPart): string {
  // Vertical books are paginated by Chromium itself (src/pdf/vertical.ts), not by Paged.js.
  const vertical = book.writingMode === 'vertical';
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: book.language }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', book.title),
          h('style', options.fontFaces + (vertical ? verticalPageRules(book, options.press ? pressBleed(book) : 0) : pageRules(book, options.press === true))),
          h('link', { rel: 'stylesheet', href: options.stylesheet }),
          ...(vertical && options.verticalStylesheet ? [h('link', { rel: 'stylesheet', href: options.verticalStylesheet })] : []),
          ...(options.pagedjs && !vertical ? pagedScripts(options.pagedjs, !part) : []),
        ]),
        bookBody(book, chapters, part),
      ]),
    ],
  };
  return unified().use(rehypeStringify).stringify(tree);
}

/** Paged.js and its configuration: its own completion hook is the signal the renderer waits for. */
function pagedScripts(src: string, finish: boolean): Element[] {
  return [
    h('script', `/* Paged.js runs its queue, one page per task, on requestAnimationFrame: at most one page per frame
   (60 a second), whatever the page costs. Its layout is measured synchronously, so nothing needs the frame:
   a MessageChannel task (not clamped like setTimeout) runs the next page at once. Set before the polyfill
   loads, because Paged.js takes requestAnimationFrame when it builds its queue. */
(() => {
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => { const cb = waiting.shift(); if (cb) cb(performance.now()); };
  window.requestAnimationFrame = (cb) => { waiting.push(cb); channel.port2.postMessage(0); return waiting.length; };
})();
window.PagedConfig = { auto: true,
  before: async () => {
    await Promise.all([...document.fonts].map((f) => f.load()));
    /* Finished pages move into blocks of 64: every page Paged.js adds forces a layout of the pages'
       container, whose cost grows with the number of its children. The newest page stays loose:
       Paged.js' Splits handler finds a page's predecessor as its previous sibling. */
    class Shelve extends Paged.Handler {
      afterPageLayout(pageElement) {
        const area = pageElement.parentElement;
        if (!area || !area.classList.contains('pagedjs_pages')) return;
        const loose = [...area.children].filter((c) => c.classList.contains('pagedjs_page'));
        if (loose.length < 65) return;
        const shelf = document.createElement('div');
        shelf.className = 'dingben-shelf';
        area.insertBefore(shelf, loose[0]);
        for (const page of loose.slice(0, 64)) shelf.appendChild(page);
      }
    }
    Paged.registerHandlers(Shelve);
  },
  after: () => {
    /* Off the shelves again: Paged.js' own rules for split elements (no repeated bullet, margin or
       generated content where a block goes on from the page before) only match pages that are
       children of the pages' container. */
    for (const shelf of [...document.querySelectorAll('.dingben-shelf')]) shelf.replaceWith(...shelf.children);
    window.__dingbenPages = ${finish ? FINISH_BOOK : "document.querySelectorAll('.pagedjs_page').length"};
  },
};`),
    h('script', { src }),
  ];
}

/**
 * Runs in the paginated document, the whole book or one part of it (then given its Numbering): numbers
 * the pages in order, marks the pages where a chapter opens, writes the folios and the contents' page
 * numbers, and returns the page count. A function expression, so the Paged.js hook and page.evaluate can
 * share it.
 *
 * Paged.js 0.4.3's counter-reset of the page counter holds on the reset page only in current Chromium,
 * so the folios are written here: arabic from the first chapter page on. The contents' numbers come
 * from the same folios: Paged.js' target-counter would look for every unresolved entry in the whole
 * document after every page, a cost that grows with the square of the pages. A chapter's opening page
 * is marked here too: Paged.js marks a named page "first" only after a change of name, so a chapter
 * that follows another without a blank page between would get running heads on its opening page.
 */
export const FINISH_BOOK_FN = `((n) => {
  const pages = [...document.querySelectorAll('.pagedjs_page')];
  const offset = n ? n.offset : 0;
  const first = n ? n.first : pages.findIndex((p) => p.querySelector('.first-chapter'));
  const rules = [];
  pages.forEach((p, j) => {
    const i = offset + j;
    p.dataset.pageNumber = String(i + 1);
    p.id = 'page-' + (i + 1);
    if (p.querySelector('.pagedjs_page_content section.chapter[data-chapter]:not([data-split-from])')) p.classList.add('pagedjs_chapter_first_page');
    if (first < 0 || i < first || p.classList.contains('pagedjs_blank_page')) return;
    p.dataset.folio = String(i - first + 1);
    rules.push('.pagedjs_page[data-page-number="' + (i + 1) + '"] .pagedjs_margin-bottom-center > .pagedjs_margin-content::after { content: "' + (i - first + 1) + '" !important; }');
  });
  for (const entry of document.querySelectorAll('a.toc-entry[href^="#"]')) {
    const id = entry.getAttribute('href').slice(1);
    const target = document.getElementById(id);
    const page = target && target.closest('.pagedjs_page');
    const folio = n && n.toc[id] !== undefined ? n.toc[id] : page && page.dataset.folio;
    if (folio) rules.push('a.toc-entry[href="' + entry.getAttribute('href') + '"]::after { content: "' + folio + '"; }');
  }
  const style = document.createElement('style');
  style.textContent = rules.join(' ');
  document.head.appendChild(style);
  return pages.length;
})`;

/** FINISH_BOOK for a document that is the whole book. */
export const FINISH_BOOK = `${FINISH_BOOK_FN}()`;

/**
 * Where a document's pages sit in the whole book, for FINISH_BOOK_FN in a document that holds one part of
 * it: the book index (0-based) of its first page and of the first chapter's first page, and the folios of
 * the chapters' opening pages (for the contents, which is in the first part only).
 */
export interface Numbering {
  offset: number;
  first: number;
  toc: Record<string, string>;
}

/** Page size, margins and the running heads that carry the book's own title. */
function pageRules(book: BookConfig, pressEdition: boolean): string {
  const { width, height, margins: m } = book.page;
  // Bleed and crop marks are Paged.js' own: the page box grows by the bleed on every side.
  const press = pressEdition ? `@page { bleed: ${pressBleed(book)}mm;${book.print.marks === 'crop' ? ' marks: crop;' : ''} }\n` : '';
  return `${press}
@page { size: ${width}mm ${height}mm; margin: ${m.top}mm ${m.outside}mm ${m.bottom}mm ${m.inside}mm; }
@page front:left, chapter:left { margin-left: ${m.outside}mm; margin-right: ${m.inside}mm; }
@page front:right, chapter:right { margin-left: ${m.inside}mm; margin-right: ${m.outside}mm; }
@page chapter:left { @top-left { content: ${cssString(book.title)}; font-family: "Noto Sans SC"; font-size: 8pt; color: #444; } }
@page cover { margin: 0; background: var(--cover); }
.cover { width: ${width}mm; height: ${height}mm; }
`;
}

/** A CSS string literal: quotes, backslashes, control characters and `<` (this CSS sits in a `<style>`) escaped. */
export function cssString(s: string): string {
  return `"${s.replace(/["\\<\u0000-\u001f\u007f-\u009f]/gu, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The press edition's bleed in mm: as set, or 3 mm when only crop marks were asked for (they are drawn in the bleed). */
export function pressBleed(book: BookConfig): number {
  const mm = book.print.bleed > 0 ? book.print.bleed : 3;
  // A vertical book's bleed is laid out by Chromium as a larger page: a whole number of CSS pixels keeps
  // every line where the reader's edition has it (3 mm, 11.3 px, moved a line to the next page).
  return book.writingMode === 'vertical' ? (Math.ceil((mm * 96) / 25.4 - 1e-9) * 25.4) / 96 : mm;
}

export function wantsPress(book: BookConfig): boolean {
  return book.print.bleed > 0 || book.print.marks === 'crop';
}
