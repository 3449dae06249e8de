/**
 * The layout of a paginated document as the EPUB and the tests need it: where each chapter starts, and
 * which block, and how far into it, begins each page. Read in the browser (collectLayout).
 */
import type { PageStart } from '../typeset/page-start.ts';

export interface Layout {
  /** Chapter id → 1-based page where it opens. */
  starts: Record<string, number>;
  pageStarts: PageStart[];
  /** Pages up to the end of the document (with the pages before it, for a part). */
  total: number;
}

/** Runs in the page; `before` is how many pages of the book come before the document's first. */
export function collectLayout(before = 0) {
  const pages = [...document.querySelectorAll('.pagedjs_page')];
  const starts: Record<string, number> = {};
  const seen = new Map<string, number>();
  const pageStarts: { index: number; label?: string; chapter?: string; block?: string; offset?: number; chapterStart?: boolean }[] = [];
  pages.forEach((p, i) => {
    const content = p.querySelector('.pagedjs_page_content');
    const section = content?.querySelector('section.chapter[data-chapter]');
    const id = section?.getAttribute('data-chapter') ?? undefined;
    const opens = !!section && !section.hasAttribute('data-split-from');
    if (opens && id && starts[id] === undefined) starts[id] = before + i + 1;
    const blocks = [...(content?.querySelectorAll('section.chapter [data-b]') ?? [])];
    const first = blocks[0];
    const block = first?.getAttribute('data-b') ?? undefined;
    const offset = block ? (seen.get(block) ?? 0) : undefined;
    for (const b of blocks) {
      const key = b.getAttribute('data-b')!;
      // Only the innermost text: nested blocks (li > p) are counted on their own.
      const own = [...b.childNodes].reduce((n, c) => n + (c.nodeType === 3 || !(c as Element).hasAttribute?.('data-b') ? (c.textContent ?? '').length : 0), 0);
      seen.set(key, (seen.get(key) ?? 0) + own);
    }
    pageStarts.push({ index: before + i + 1, label: (p as HTMLElement).dataset.folio, chapter: id, block, offset, chapterStart: opens });
  });
  return { starts, pageStarts, total: before + pages.length };
}

