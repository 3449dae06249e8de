/**
 * Paged.js and its configuration: its own completion hook is the signal the Node side waits for
 * (PAGES_DONE). Installed by the in-page script's tag, before the polyfill's.
 */
import { PAGE, PAGES_CLASS, PAGE_CLASS, PAGES_DONE, type PageGlobals, type PagedRole } from '../page-contract.ts';
import { finishBook } from './finish.ts';

/** What dingben uses of Paged.js 0.4.3's globals. */
interface PagedHandler {
  afterPageLayout?(pageElement: HTMLElement): void;
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
      Paged.registerHandlers(Shelve);
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
