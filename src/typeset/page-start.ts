/**
 * Where a printed page begins, said in the terms of the book's tree (a chapter id, a `data-b` block and a
 * character offset, src/typeset/rehype/block-ids.ts), so that a writer after the PDF's (the EPUB's page
 * list) can find the place again without knowing how the pages were made.
 */

/** Where a printed page begins, in terms the EPUB can find again. */
export interface PageStart {
  /** 1-based physical page index in the PDF. */
  index: number;
  /** The printed page number (folio); undefined for front matter and blank pages. */
  label?: string;
  /** Chapter id (`ch-1`) of the content the page begins with. */
  chapter?: string;
  /** `data-b` of the first text block on the page, and how many UTF-16 code units of it earlier pages hold. */
  block?: string;
  offset?: number;
  /** True when the page begins with the chapter's header (the chapter opens here). */
  chapterStart?: boolean;
}
