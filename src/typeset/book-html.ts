/**
 * The print book as one HTML document for Paged.js: cover, title page (扉页),
 * colophon (版本记录页), table of contents (目录), then one <section> per
 * chapter. The frame is ours; only chapter bodies come from scraped text,
 * and those were sanitized in renderChapter.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { shortRuns } from './rehype/short-runs.ts';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { fullTitle, type BookConfig } from '../book/config.ts';
import { VERSION } from '../version.ts';
import { asList, chapterHeader, type Chapter } from './chapter.ts';
import { FONTS, fallbacksFor } from './fonts.ts';
import { verticalize } from './rehype/vertical.ts';
import { verticalPageRules } from '../pdf/vertical.ts';

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

/**
 * One part of the book, paginated on its own: the front matter (or not) and the chapters `from` up to
 * `to`. A part's pages are numbered and given folios only when the parts are put together (FINISH_BOOK).
 */
export interface BookPart {
  front: boolean;
  from: number;
  to: number;
}

/** The whole book (paginated and finished in one document), or one part of it. */
export function bookDocument(book: BookConfig, chapters: Chapter[], options: BookDocumentOptions, part?: BookPart): string {
  const vertical = book.writingMode === 'vertical';
  let body = h('body', [
    ...(!part || part.front ? [cover(book), titlePage(book), colophon(book, chapters), toc(chapters)] : []),
    ...chapters.slice(part?.from ?? 0, part?.to ?? chapters.length).map((ch, i) => chapterSection(ch, i + (part?.from ?? 0) === 0)),
  ]);
  // Vertical books are paginated by Chromium itself (src/pdf/vertical.ts), not by Paged.js.
  // A copy: the chapters' trees are shared with the EPUB and the other PDFs.
  if (vertical) {
    body = structuredClone(body);
    verticalize(body);
  }
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
        body,
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

export function cover(book: BookConfig): Element {
  return h('section.cover', [
    h('div.cover-inner', [
      h('p.cover-title', book.title),
      book.subtitle ? h('p.cover-subtitle', book.subtitle) : undefined,
      book.editor ? h('p.cover-editor', `${book.editor} 编`) : undefined,
    ].filter((x): x is Element => x !== undefined)),
  ]);
}

export function titlePage(book: BookConfig): Element {
  return h('section.titlepage', [
    h('p.tp-title', book.title),
    book.subtitle ? h('p.tp-subtitle', book.subtitle) : undefined,
    book.editor ? h('p.tp-editor', `${book.editor} 编`) : undefined,
  ].filter((x): x is Element => x !== undefined));
}

export function colophon(book: BookConfig, chapters: Chapter[]): Element {
  // The fallback faces the book's text needs (its JSON holds every character of the trees, as they are).
  const needed = fallbacksFor(JSON.stringify([book.title, book.subtitle ?? '', chapters.map((c) => [c.meta, c.body])]));
  const fonts = [...new Map([...FONTS, ...needed].map((f) => [f.family, f])).values()];
  const sources: ElementContent[] = chapters.map((ch, i) => {
    const conf = book.chapters[i];
    const m = ch.meta;
    const parts = [
      conf?.publisher ?? asList(m.source).join('、'),
      conf?.date,
      m.original_title ? `原题《${m.original_title}》` : undefined,
      asList(m.editor).length ? `责任编辑${asList(m.editor).join('、')}` : undefined,
      asList(m.photo_credits).length ? `图片${asList(m.photo_credits).join('、')}` : undefined,
    ].filter(Boolean);
    return h('li', [h('span.colophon-article', `《${m.title}》`), parts.length ? `：${parts.join('，')}` : '']);
  });
  return h('section.colophon', [
    h('p.colophon-heading', '版本记录'),
    // Each label and its value in a div of their own (HTML allows it in a dl), not in a grid: Paged.js 0.4.3
    // puts the rest of a grid cell split across pages (a long list of sources) into the next page's first,
    // narrow column.
    h('dl', [
      ['书名', fullTitle(book)],
      ...(book.editor ? [['编者', book.editor]] : []),
      ['版次', book.date ? `${book.date}第一版` : '第一版'],
      ['文章来源', h('ul', sources)],
      ['字体', fonts.map((f) => `${f.fallback ? `${f.family.replace(/^dingben /, '')}，${f.packageName}` : f.family}（${f.licence}）`).join('；')],
      ['排版', `dingben ${VERSION}（定本），Paged.js，Chromium`],
    ].map(([label, value]) => h('div', [h('dt', label), h('dd', value)]))),
  ]);
}

function toc(chapters: Chapter[]): Element {
  return h('nav.toc', { role: 'doc-toc' }, [
    h('p.toc-heading', '目　录'),
    h('ol', chapters.map((ch) => h('li', [
      h('a.toc-entry', { href: `#${ch.id}` }, [h('span.toc-title', ch.meta.title), h('span.toc-leader')]),
    ]))),
  ]);
}

function chapterSection(ch: Chapter, first: boolean): Element {
  return h('section.chapter', { id: ch.id, 'data-chapter': ch.id, className: first ? ['first-chapter'] : [] }, [chapterHeader(ch), ...shortRuns(ch.body)]);
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
