/** The pages of a document Paged.js paginated, read for the Node side. */
import { BLANK_PAGE_CLASS, CHAPTER_ATTRIBUTE, CHAPTER_OPENING, CHAPTER_SECTION, FIRST_CHAPTER, PAGE, PAGED_STYLES, PAGE_CONTENT, SPLIT_FROM, STRING_PROPERTY_PREFIX, type PagedPages } from '../page-contract.ts';

export function pagedPages(): PagedPages {
  const pages = [...document.querySelectorAll<HTMLElement>(PAGE)];
  // Paged.js sets its running-head strings as unterminated CSS strings (`"title`): closed at the end of
  // the style attribute while the page lives, but not once other declarations follow it in a copy.
  for (const p of pages) {
    for (const name of [...p.style].filter((n) => n.startsWith(STRING_PROPERTY_PREFIX))) {
      const value = p.style.getPropertyValue(name).trim();
      if (value.startsWith('"')) p.style.setProperty(name, `"${value.slice(1).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`);
    }
  }
  // Paged.js made the stylesheets' URLs (the fonts) absolute: relative again, for a document in another render folder (a cached part).
  const base = new URL('.', location.href).href;
  return {
    styles: [...document.querySelectorAll(PAGED_STYLES)].map((s) => (s.textContent ?? '').split(base).join('')),
    pages: pages.map((p) => p.outerHTML),
    info: pages.map((p) => ({
      blank: p.classList.contains(BLANK_PAGE_CLASS),
      first: !!p.querySelector(`${PAGE_CONTENT} ${FIRST_CHAPTER}:not([${SPLIT_FROM}])`),
      opens: p.querySelector(CHAPTER_OPENING)?.getAttribute(CHAPTER_ATTRIBUTE) ?? undefined,
    })),
  };
}

export function progress(): [pages: number, chaptersOpened: number] {
  return [document.querySelectorAll(PAGE).length, document.querySelectorAll(`${PAGE} ${CHAPTER_SECTION}:not([${SPLIT_FROM}])`).length];
}
