/**
 * Paged.js and its configuration: its own completion hook is the signal the Node side waits for
 * (PAGES_DONE). Installed by the in-page script's tag, before the polyfill's.
 */
import { CHAPTER, PAGE, PAGES_CLASS, PAGE_CLASS, PAGES_DONE, type PageGlobals, type PagedRole } from '../page-contract.ts';
import { finishBook } from './finish.ts';
import { keepLines } from './lines.ts';
import { fitFrontMatter } from './fit.ts';

/** What dingben uses of Paged.js 0.4.3's globals. */
interface PagedHandler {
  /** Paged.js' chunker: its source is the document being paginated, every element with its data-ref. */
  chunker: { source: ParentNode };
  afterPageLayout?(pageElement: HTMLElement): void;
  /** The overflow of a page being laid out; a range returned takes its place. */
  onOverflow?(overflow: Range | undefined, rendered: HTMLElement, bounds: DOMRect): Range | undefined;
}
declare global {
  // The polyfill sets it as a property of window; `var` is how TypeScript declares one.
  var Paged: {
    Handler: new (chunker: unknown, polisher: unknown, caller: unknown) => PagedHandler;
    registerHandlers(...handlers: (new (chunker: unknown, polisher: unknown, caller: unknown) => PagedHandler)[]): void;
  };
  var PagedConfig: { auto: boolean; before?: () => Promise<void>; after?: () => void } | undefined;
}

export function configurePaged(role: PagedRole): void {
  // Paged.js runs its queue, one page per task, on requestAnimationFrame: at most one page per frame
  // (60 a second), whatever the page costs. Its layout is measured synchronously, so nothing needs the
  // frame: a MessageChannel task (not clamped like setTimeout) runs the next page at once. Set before the
  // polyfill loads, because Paged.js takes requestAnimationFrame when it builds its queue.
  const channel = new MessageChannel();
  const waiting: FrameRequestCallback[] = [];
  channel.port1.onmessage = () => {
    const cb = waiting.shift();
    if (cb) cb(performance.now());
  };
  window.requestAnimationFrame = (cb) => {
    waiting.push(cb);
    channel.port2.postMessage(0);
    return waiting.length;
  };
  window.PagedConfig = {
    auto: true,
    before: async () => {
      await Promise.all([...document.fonts].map((f) => f.load()));
      fitFrontMatter();
      // Finished pages move into blocks of 64: every page Paged.js adds forces a layout of the pages'
      // container, whose cost grows with the number of its children. The newest page stays loose:
      // Paged.js' Splits handler finds a page's predecessor as its previous sibling.
      class Shelve extends Paged.Handler {
        afterPageLayout(pageElement: HTMLElement): void {
          const area = pageElement.parentElement;
          if (!area || !area.classList.contains(PAGES_CLASS)) return;
          const loose = [...area.children].filter((c) => c.classList.contains(PAGE_CLASS));
          if (loose.length < 65) return;
          const shelf = document.createElement('div');
          shelf.className = SHELF;
          area.insertBefore(shelf, loose[0]!);
          for (const page of loose.slice(0, 64)) shelf.appendChild(page);
        }
      }
      class Lines extends Paged.Handler {
        onOverflow(overflow: Range | undefined, _rendered: HTMLElement, bounds: DOMRect): Range | undefined {
          return overflow ? keepLines(overflow, (block) => linesToCome(block, this.chunker.source), bounds.height) : undefined;
        }
      }
      Paged.registerHandlers(Shelve, Lines);
    },
    after: () => {
      // Off the shelves again: Paged.js' own rules for split elements (no repeated bullet, margin or
      // generated content where a block goes on from the page before) only match pages that are
      // children of the pages' container.
      for (const shelf of [...document.querySelectorAll(`.${SHELF}`)]) shelf.replaceWith(...shelf.children);
      (globalThis as PageGlobals)[PAGES_DONE] = role === 'book' ? finishBook() : document.querySelectorAll(PAGE).length;
    },
  };
}

const SHELF = 'dingben-shelf';

/**
 * How many lines of `block`'s chapter are not laid out yet: 0 where its last element has been rendered; where
 * only short paragraphs are still to come, one line each (Paged.js renders a page's overflow in chunks, so a
 * chapter's close of short lines may not be in it yet); Infinity where more than that is still to come.
 */
function linesToCome(block: Element, source: ParentNode): number {
  let top = block;
  while (top.parentElement && !top.parentElement.matches(CHAPTER)) top = top.parentElement;
  const section = top.parentElement;
  if (!section) return Infinity;
  const original = source.querySelector(`[data-ref='${section.getAttribute('data-ref')}']`);
  if (!original) return Infinity;
  const rendered = (el: Element) => section.querySelector(`[data-ref='${el.getAttribute('data-ref')}']`) !== null;
  const style = getComputedStyle(section);
  // A paragraph of one line: no longer than the measure in characters, less its indent.
  const perLine = Math.floor(section.clientWidth / (parseFloat(style.fontSize) || 14)) - 2;
  // What is to come follows the last block rendered (the blocks before this page's are not in it): read from
  // the chapter's end back, which stops at once where a long block is still to come, as on most pages.
  const children = original.children;
  let lines = 0;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (rendered(child)) {
      // A block being rendered when the overflow was found may lack its end.
      let end = child.lastElementChild;
      while (end?.lastElementChild) end = end.lastElementChild;
      return end && !rendered(end) ? Infinity : lines;
    }
    if (child.tagName !== 'P' || (child.textContent ?? '').length > perLine) return Infinity;
    lines++;
  }
  return Infinity;
}
