/**
 * Finishing a paginated document, the whole book or one part of it (then given its Numbering): numbers the
 * pages in order, marks the pages where a chapter opens, writes the folios and the contents' page numbers.
 *
 * Paged.js 0.4.3's counter-reset of the page counter holds on the reset page only in current Chromium, so
 * the folios are written here: arabic from the first chapter page on. The contents' numbers come from the
 * same folios: Paged.js' target-counter would look for every unresolved entry in the whole document after
 * every page, a cost that grows with the square of the pages. A chapter's opening page is marked here too:
 * Paged.js marks a named page "first" only after a change of name, so a chapter that follows another
 * without a blank page between would get running heads on its opening page.
 */
import { BLANK_PAGE_CLASS, CHAPTER_FIRST_PAGE_CLASS, CHAPTER_OPENING, FIRST_CHAPTER, FOLIO_BOX, PAGE, TOC_ENTRY, type Numbering } from '../page-contract.ts';

export function finishBook(n?: Numbering): number {
  const pages = [...document.querySelectorAll<HTMLElement>(PAGE)];
  const offset = n ? n.offset : 0;
  const first = n ? n.first : pages.findIndex((p) => p.querySelector(FIRST_CHAPTER));
  const rules: string[] = [];
  pages.forEach((p, j) => {
    const i = offset + j;
    p.dataset.pageNumber = String(i + 1);
    p.id = 'page-' + (i + 1);
    if (p.querySelector(CHAPTER_OPENING)) p.classList.add(CHAPTER_FIRST_PAGE_CLASS);
    if (first < 0 || i < first || p.classList.contains(BLANK_PAGE_CLASS)) return;
    p.dataset.folio = String(i - first + 1);
    rules.push(`${PAGE}[data-page-number="${i + 1}"] ${FOLIO_BOX}::after { content: "${i - first + 1}" !important; }`);
  });
  for (const entry of document.querySelectorAll(`${TOC_ENTRY}[href^="#"]`)) {
    const href = entry.getAttribute('href')!;
    const id = href.slice(1);
    const target = document.getElementById(id);
    const page = target && target.closest<HTMLElement>(PAGE);
    const folio = n && n.toc[id] !== undefined ? n.toc[id] : page && page.dataset.folio;
    if (folio) rules.push(`${TOC_ENTRY}[href="${href}"]::after { content: "${folio}"; }`);
  }
  const style = document.createElement('style');
  style.textContent = rules.join(' ');
  document.head.appendChild(style);
  return pages.length;
}

/** A part's document is printed as loaded, its own scripts off: it is finished once its fonts are in. */
export async function finishPart(n: Numbering): Promise<number> {
  await document.fonts.ready;
  return finishBook(n);
}
