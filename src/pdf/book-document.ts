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
import { PAGED_SCRIPT_ATTRIBUTE, type PagedRole } from './page-contract.ts';
import { verticalPageRules } from './vertical.ts';

export interface BookDocumentOptions {
  /** URL of the stylesheet, relative to the document. */
  stylesheet: string;
  /**
   * URLs of the Paged.js polyfill and of dingben's in-page script (src/pdf/in-page/), relative to the
   * document; omitted for other paginators (the benchmark's peers).
   */
  pagedjs?: { polyfill: string; script: string };
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
          ...(options.pagedjs && !vertical ? pagedScripts(options.pagedjs, part ? 'part' : 'book') : []),
        ]),
        bookBody(book, chapters, part),
      ]),
    ],
  };
  return unified().use(rehypeStringify).stringify(tree);
}

/**
 * dingben's in-page script, then Paged.js: the script sets Paged.js' configuration (src/pdf/in-page/paged.ts),
 * whose completion hook is the signal the renderer waits for, so it loads first.
 */
function pagedScripts(urls: { polyfill: string; script: string }, role: PagedRole): Element[] {
  return [h('script', { src: urls.script, [PAGED_SCRIPT_ATTRIBUTE]: role }), h('script', { src: urls.polyfill })];
}

// The body text's size (book.css: 五号), the unit of the text block's measure.
const BODY_PT = 10.5;

/**
 * The margins with the text block a whole number of characters wide: what the book's margins leave over a
 * whole character goes half to each side, so that every line holds the same characters, standing in columns
 * (30 characters of 10.5 pt on A5 with the default margins, where 30.76 made every line track by 0.027 em).
 */
export function gridMargins(width: number, m: BookConfig['page']['margins']): BookConfig['page']['margins'] {
  const measure = ((width - m.inside - m.outside) * 72) / 25.4;
  const chars = Math.floor(measure / BODY_PT + 1e-6);
  if (chars < 1) return m;
  const spare = ((measure - chars * BODY_PT) * 25.4) / 72 / 2;
  const round = (mm: number) => Math.round(mm * 1e4) / 1e4;
  return { ...m, inside: round(m.inside + spare), outside: round(m.outside + spare) };
}

/** Page size, margins and the running heads that carry the book's own title. */
function pageRules(book: BookConfig, pressEdition: boolean): string {
  const { width, height } = book.page;
  const m = gridMargins(width, book.page.margins);
  // Bleed and crop marks are Paged.js' own: the page box grows by the bleed on every side.
  const press = pressEdition ? `@page { bleed: ${pressBleed(book)}mm;${book.print.marks === 'crop' ? ' marks: crop;' : ''} }\n` : '';
  return `${press}
:root { --text-block-width: ${width - m.inside - m.outside}mm; --text-block-height: ${height - m.top - m.bottom}mm; }
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
