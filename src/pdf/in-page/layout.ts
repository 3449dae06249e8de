/**
 * The layout of a paginated document as the EPUB and the tests need it: where each chapter starts, and
 * which block, and how far into it, begins each page.
 */
import type { PageStart } from '../../typeset/page-start.ts';
import { BLOCK_ATTRIBUTE, CHAPTER, CHAPTER_ATTRIBUTE, CHAPTER_SECTION, PAGE, PAGE_CONTENT, SPLIT_FROM, type Layout } from '../page-contract.ts';

export function collectLayout(before: number): Layout {
  const pages = [...document.querySelectorAll<HTMLElement>(PAGE)];
  const starts: Record<string, number> = {};
  const seen = new Map<string, number>();
  const pageStarts: PageStart[] = [];
  pages.forEach((p, i) => {
    const content = p.querySelector(PAGE_CONTENT);
    const section = content?.querySelector(CHAPTER);
    const id = section?.getAttribute(CHAPTER_ATTRIBUTE) ?? undefined;
    const opens = !!section && !section.hasAttribute(SPLIT_FROM);
    if (opens && id && starts[id] === undefined) starts[id] = before + i + 1;
    const blocks = [...(content?.querySelectorAll(`${CHAPTER_SECTION} [${BLOCK_ATTRIBUTE}]`) ?? [])];
    const first = blocks[0];
    const block = first?.getAttribute(BLOCK_ATTRIBUTE) ?? undefined;
    const offset = block ? (seen.get(block) ?? 0) : undefined;
    for (const b of blocks) {
      const key = b.getAttribute(BLOCK_ATTRIBUTE)!;
      // Only the innermost text: nested blocks (li > p) are counted on their own. A node that is neither
      // text nor an element (a comment) has no hasAttribute, and counts as text.
      const own = [...b.childNodes].reduce((n, c) => n + (c.nodeType === Node.TEXT_NODE || !(c as Partial<Element>).hasAttribute?.(BLOCK_ATTRIBUTE) ? (c.textContent ?? '').length : 0), 0);
      seen.set(key, (seen.get(key) ?? 0) + own);
    }
    pageStarts.push({ index: before + i + 1, label: p.dataset.folio, chapter: id, block, offset, chapterStart: opens });
  });
  return { starts, pageStarts, total: before + pages.length };
}
