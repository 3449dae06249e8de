/**
 * Paginating a long book in parts: Paged.js' cost per page grows with the
 * document it works in (1,200 pages took 2.9 × the time of 600), so a long
 * book is cut into parts of a bounded size at chapter boundaries, and each part
 * is paginated by Paged.js in its own page of the browser — several at once, one
 * per core. The parts' pages are then printed part by part and the PDFs merged
 * (src/render/print-parts.ts, src/render/merge-pdf.ts).
 *
 * Every chapter opens on a right-hand page, so a part paginated alone lays out
 * exactly as it would in the whole book, once a blank page is put before it
 * where the pages before it end on a right-hand page.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { ElementContent } from 'hast';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { UserError } from '../errors.ts';
import { withTimeout } from './timeout.ts';
import { BuildCache } from '../cache.ts';
import { lockedPage } from './browser.ts';
import type { BookPart } from './book-html.ts';
import type { Chapter } from './chapter.ts';

/** The pages of one part, as Paged.js left them, and the stylesheets it made from the book's. */
export interface PaginatedPart {
  styles: string[];
  pages: string[];
  /** What the book's numbering needs to know of each page. */
  info: PageInfo[];
  /** True when the part came from the build cache, not from Paged.js. */
  cached?: boolean;
}

export interface PageInfo {
  /** A page Paged.js left blank (before a right-hand chapter opening). */
  blank: boolean;
  /** The page opens the book's first chapter: folio 1. */
  first: boolean;
  /** The chapter (`ch-3`) that opens on the page. */
  opens?: string;
}

/**
 * Cuts the book into parts of about `partChars` characters of chapter text, at chapter boundaries;
 * the front matter goes with the first part. A book shorter than two parts stays whole (one part).
 */
export function planParts(chapters: Chapter[], partChars: number): BookPart[] {
  const sizes = chapters.map((c) => textLength(c.body));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(partChars) || total < 2 * partChars) return [{ front: true, from: 0, to: chapters.length }];
  const parts: BookPart[] = [];
  let from = 0;
  let size = 0;
  sizes.forEach((n, i) => {
    size += n;
    if (size >= partChars || i === sizes.length - 1) {
      parts.push({ front: parts.length === 0, from, to: i + 1 });
      from = i + 1;
      size = 0;
    }
  });
  return parts;
}

function textLength(nodes: readonly ElementContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'text') n += node.value.length;
    else if (node.type === 'element') n += textLength(node.children);
  }
  return n;
}

export interface PaginateOptions {
  /** How many parts are paginated at once (browser pages; each gets its own renderer process). */
  jobs: number;
  timeoutMs: number;
  /** The render folder: the stylesheet and Paged.js, and a folder for each part (partDir) with its fonts. */
  work: string;
  /** Reuse a part paginated before from the same document and renderer. */
  cache?: BuildCache;
  rendererId: string;
  /** Requests the pages made outside the render folder, refused. */
  blocked: string[];
  /** Told which parts are done (their indexes) and how many pages they hold. */
  onProgress?: (partsDone: ReadonlySet<number>, pages: number) => void;
}

/** Paginates every part (`html` is each part's document), in parallel, in order of the result. */
export async function paginateParts(browser: Browser, html: string[], options: PaginateOptions): Promise<PaginatedPart[]> {
  const done = new Set<number>();
  let pages = 0;
  return inPool(browser, html.length, options.jobs, options.work, options.blocked, async (i, page) => {
    const key = options.cache ? BuildCache.key('part with page info', html[i]!, options.rendererId) : undefined;
    const hit = options.cache && key ? await options.cache.get(key, 'part.json') : undefined;
    let result: PaginatedPart;
    if (hit) {
      result = { ...(JSON.parse(hit.toString('utf8')) as PaginatedPart), cached: true };
    } else {
      const file = join(partDir(options.work, i), 'part.html');
      await writeFile(file, html[i]!);
      const t0 = performance.now();
      result = await paginateOne(await page(), file, options.timeoutMs, `part ${i + 1} of ${html.length}`);
      if (process.env.DINGBEN_DEBUG) process.stderr.write(`part ${i + 1}: ${result.pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
      if (options.cache && key && options.blocked.length === 0) await options.cache.put(key, { 'part.json': JSON.stringify(result) });
    }
    done.add(i);
    pages += result.pages.length;
    options.onProgress?.(done, pages);
    return result;
  });
}

/** The folder of part `i`'s documents and fonts, in the render folder. */
export function partDir(work: string, i: number): string {
  return join(work, `part-${i + 1}`);
}

/**
 * Runs `task` for 0 … n-1, at most `jobs` at once, and gives the results in order. Each worker has a
 * browser context of its own (a renderer process of its own, so the work spreads over the cores) and a
 * locked page in it, made on first use: a task the cache answers needs neither.
 */
export async function inPool<T>(browser: Browser, n: number, jobs: number, dir: string, blocked: string[], task: (i: number, page: () => Promise<Page>) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    const get = async () => {
      context ??= await browser.createBrowserContext();
      page ??= await lockedPage(context, [dir], [], blocked);
      return page;
    };
    try {
      for (let i = next++; i < n; i = next++) results[i] = await task(i, get);
    } finally {
      await context?.close().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, n)) }, worker));
  return results;
}

async function paginateOne(page: Page, file: string, timeoutMs: number, what: string): Promise<PaginatedPart> {
  page.setDefaultTimeout(timeoutMs);
  const pageError = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new UserError(`Paged.js pagination failed (${what}): ${String((e as Error).message ?? e).split('\n')[0]}`))));
  pageError.catch(() => undefined);
  await withTimeout(page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, `loading ${what}`);
  await withTimeout(Promise.race([page.waitForFunction('window.__dingbenPages !== undefined', { timeout: timeoutMs, polling: 100 }), pageError]), timeoutMs, `Paged.js pagination of ${what}`);
  return (await page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
    // Paged.js sets its running-head strings as unterminated CSS strings (`"title`): closed at the end of
    // the style attribute while the page lives, but not once other declarations follow it in a copy.
    for (const p of pages) {
      for (const name of [...p.style].filter((n) => n.startsWith('--pagedjs-string-'))) {
        const value = p.style.getPropertyValue(name).trim();
        if (value.startsWith('"')) p.style.setProperty(name, `"${value.slice(1).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`);
      }
    }
    // Paged.js made the stylesheets' URLs (the fonts) absolute: relative again, for a document in another render folder (a cached part).
    const base = new URL('.', location.href).href;
    return {
      styles: [...document.querySelectorAll('style[data-pagedjs-inserted-styles]')].map((s) => (s.textContent ?? '').split(base).join('')),
      pages: pages.map((p) => p.outerHTML),
      info: pages.map((p) => ({
        blank: p.classList.contains('pagedjs_blank_page'),
        first: !!p.querySelector('.pagedjs_page_content .first-chapter:not([data-split-from])'),
        opens: p.querySelector('.pagedjs_page_content section.chapter[data-chapter]:not([data-split-from])')?.getAttribute('data-chapter') ?? undefined,
      })),
    };
  })) as PaginatedPart;
}

