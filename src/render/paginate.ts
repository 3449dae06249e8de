/**
 * Paginating a long book in parts: Paged.js' cost per page grows with the
 * document it works in (1,200 pages took 2.9 × the time of 600), so a long
 * book is cut into parts of a bounded size at chapter boundaries, each part is
 * paginated by Paged.js in its own page of the browser — several at once, one
 * per core — and the finished page boxes of all the parts are put together into
 * one document that Chromium prints once. Printing once keeps what merging
 * PDFs would lose or repeat: one structure tree, one outline, one subset of each
 * font.
 *
 * Every chapter opens on a right-hand page, so a part paginated alone lays out
 * exactly as it would in the whole book, once a blank page is put before it
 * where the pages before it end on a right-hand page.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
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
  /** True when the part came from the build cache, not from Paged.js. */
  cached?: boolean;
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
  /** Folder the parts' documents are written to (it holds the stylesheet, Paged.js and the fonts). */
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
  const results: PaginatedPart[] = new Array(html.length);
  let next = 0;
  const done = new Set<number>();
  let pages = 0;
  const report = (i: number, part: PaginatedPart) => {
    done.add(i);
    pages += part.pages.length;
    options.onProgress?.(done, pages);
  };
  const worker = async () => {
    // Its own browser context: a renderer process of its own, so the parts are laid out on separate cores.
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    try {
      for (let i = next++; i < html.length; i = next++) {
        const key = options.cache ? BuildCache.key('part', html[i]!, options.rendererId) : undefined;
        const hit = options.cache && key ? await options.cache.get(key, 'part.json') : undefined;
        if (hit) {
          results[i] = { ...(JSON.parse(hit.toString('utf8')) as PaginatedPart), cached: true };
          report(i, results[i]!);
          continue;
        }
        context ??= await browser.createBrowserContext();
        page ??= await lockedPage(context, [options.work], [], options.blocked);
        const file = join(options.work, `part-${i + 1}.html`);
        await writeFile(file, html[i]!);
        const t0 = performance.now();
        results[i] = await paginateOne(page, file, options.timeoutMs, `part ${i + 1} of ${html.length}`);
        if (process.env.DINGBEN_DEBUG) process.stderr.write(`part ${i + 1}: ${results[i]!.pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
        if (options.cache && key && options.blocked.length === 0) await options.cache.put(key, { 'part.json': JSON.stringify(results[i]) });
        report(i, results[i]!);
      }
    } finally {
      await context?.close().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, html.length)) }, worker));
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
    };
  })) as PaginatedPart;
}

/**
 * One document of the parts' pages, in order, with a blank left-hand page before a part wherever the
 * pages before it end on a right-hand page (its first chapter must open on a right-hand page). The
 * blank is a copy of a blank page Paged.js made: the first part always has one, after the cover.
 * Page numbers, folios and the contents' numbers are written afterwards, in the browser (FINISH_BOOK).
 */
export function assembleParts(parts: PaginatedPart[], meta: { lang: string; title: string }): string {
  const blank = parts.flatMap((p) => p.pages).find((p) => /^<div class="pagedjs_page [^"]*\bpagedjs_blank_page\b/.test(p));
  if (!blank) throw new Error('no blank page to copy: the first part should have one after the cover');
  const body: string[] = [];
  let count = 0;
  parts.forEach((part, i) => {
    if (i > 0 && count % 2 === 1) {
      body.push(blank);
      count++;
    }
    part.pages.forEach((page, j) => {
      // Paged.js marks the first page of its document; only the first part's is the book's first page.
      body.push(i > 0 && j === 0 ? page.replace(/^(<div class="[^"]*?) pagedjs_first_page\b/, '$1') : page);
      count++;
    });
  });
  // The pages are Paged.js' own markup, copied as it is; the frame around them is ours.
  const pagesBox = h('div.pagedjs_pages', body.map((value) => ({ type: 'raw' as const, value })));
  const head = h('head', [h('meta', { charset: 'utf-8' }), h('title', meta.title), ...[...parts[0]!.styles, PRINT_FLAT].map((css) => h('style', css))]);
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, h('html', { lang: meta.lang }, [head, h('body', [pagesBox])])] }, { allowDangerousHtml: true });
}

/**
 * Paged.js positions four boxes of every page and clips its sheet, so each page brings several paint
 * layers, and Chromium's print walks all of them for every page it paints: at 1,270 pages the print
 * took 8.0 s and grew faster than the page count. No box of a finished page is absolutely placed, so
 * the positioning goes; the sheet keeps its clip (the page content's hidden columns stay hidden) but as
 * `overflow: clip`, which makes no scroll container. The print then took 6.1 s. The raster is the
 * same (tests/pdf.test.ts compares it with the book paginated whole).
 */
const PRINT_FLAT = `@media print {
  .pagedjs_sheet, .pagedjs_pagebox, .pagedjs_pagebox > .pagedjs_area > .pagedjs_page_content, .pagedjs_pagebox > .pagedjs_area > .pagedjs_footnote_area { position: static !important; }
  .pagedjs_sheet { overflow: clip !important; }
}`;
