/**
 * Printing a book paginated in parts (src/pdf/paginate.ts): each part's
 * pages become a document of their own, numbered as they stand in the whole
 * book, and printed by Chromium in its own browser context, several at once.
 * Each printed part is cached by its document and numbering, so an edit that
 * leaves the page count alone prints only the part it is in; the PDFs are then
 * merged (src/pdf/merge.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { PDFOptions } from 'puppeteer-core';
import { BuildCache } from '../cache.ts';
import { PAGES_CLASS, PRINT_FLAT, type Layout, type Numbering } from './page-contract.ts';
import { inPage } from './page-script.ts';
import { inPool, partDir, type PagePool, type Unit } from './paginate.ts';
import { withTimeout } from '../browser/timeout.ts';
import { urlFor } from '../browser/browser.ts';

/** One part's pages as a document to print. */
export interface PartDocument {
  html: string;
  numbering: Numbering;
  /** Chapters that open in this document: their named destinations come from its PDF. */
  own: string[];
}

/**
 * The parts' pages as documents to print, numbered in the whole book: `parts[p]` are part p's units in
 * order. A blank left-hand page goes before a chapter wherever the pages before it end on a right-hand
 * page (a chapter opens on a right-hand page): a copy of the blank page Paged.js made after the cover.
 */
export function partDocuments(parts: Unit[][], meta: { lang: string; title: string }): PartDocument[] {
  const front = parts[0]?.[0];
  const blankAt = front?.info.findIndex((p) => p.blank) ?? -1;
  if (!front?.styles || blankAt < 0) throw new Error('the first part should open with the front matter, its stylesheets and a blank page after the cover');
  const blank = front.pages[blankAt]!;
  // Where every page falls in the book, and so the folios: arabic from the first chapter's first page.
  let count = 0;
  let first = -1;
  const opens: [string, number][] = [];
  const laidOut = parts.map((units) => {
    const offset = count;
    const pages: string[] = [];
    const own: string[] = [];
    for (const unit of units) {
      if (unit.info[0]?.opens && count % 2 === 1) {
        pages.push(blank);
        count++;
      }
      unit.pages.forEach((page, j) => {
        const info = unit.info[j]!;
        if (info.first && first < 0) first = count;
        if (info.opens) {
          opens.push([info.opens, count]);
          own.push(info.opens);
        }
        pages.push(page);
        count++;
      });
    }
    return { offset, pages, own };
  });
  const toc = Object.fromEntries(opens.map(([id, at]) => [id, first >= 0 && at >= first ? String(at - first + 1) : '']).filter(([, folio]) => folio));
  const allIds = opens.map(([id]) => id);
  return laidOut.map(({ offset, pages, own }, i) => {
    // The pages are Paged.js' own markup, copied as it is; the frame around them is ours.
    const pagesBox = h(`div.${PAGES_CLASS}`, pages.map((value) => ({ type: 'raw' as const, value })));
    const head = h('head', [h('meta', { charset: 'utf-8' }), h('title', meta.title), ...[...front.styles!, PRINT_FLAT].map((css) => h('style', css))]);
    const body = h('body', [...anchors(own, i === 0 ? allIds.filter((id) => !own.includes(id)) : []), pagesBox]);
    const html = toHtml({ type: 'root', children: [{ type: 'doctype' }, h('html', { lang: meta.lang }, [head, body])] }, { allowDangerousHtml: true });
    return { html, numbering: { offset, first, toc }, own };
  });
}

/**
 * Chromium writes a named destination only for an element some link of the same document points to, and
 * a link only where its target is in the document. A hidden link to each chapter opening here makes the
 * destination; an empty, unpainted element with the id of each chapter elsewhere makes the contents'
 * links (the merge then takes each destination from the part the chapter is in).
 */
function anchors(own: string[], elsewhere: string[]): Element[] {
  return [
    h('div', { hidden: true }, own.map((id) => h('a', { href: `#${id}` }))),
    h('div', { ariaHidden: 'true', style: 'position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden' }, elsewhere.map((id) => h('span', { id }))),
  ];
}

export interface PrintedPart {
  pdf: Uint8Array;
  layout: Layout;
  cached: boolean;
}

export interface PrintPartsOptions {
  jobs: number;
  timeoutMs: number;
  /** The render folder: the fonts the documents load are in it. */
  work: string;
  cache?: BuildCache;
  /** The renderer's identity, for the cache key. */
  rendererId: string;
  /** Each part's document as paginated: its characters chose the part's font subset. */
  sources: string[];
  print: PDFOptions;
  blocked: string[];
}

/** Prints every part document, in parallel; each with its layout (pages numbered in the whole book). */
export async function printParts(pool: PagePool, docs: PartDocument[], options: PrintPartsOptions): Promise<PrintedPart[]> {
  return inPool(pool, docs.length, options.jobs, async (i, getPage) => {
    const doc = docs[i]!;
    const key = options.cache ? BuildCache.key('printed part', doc.html, JSON.stringify(doc.numbering), JSON.stringify(options.print), options.rendererId, options.sources[i]!) : undefined;
    if (options.cache && key) {
      const [pdf, layout] = await Promise.all([options.cache.get(key, 'part.pdf'), options.cache.getJson<Layout>(key, 'layout.json')]);
      if (pdf && layout) return { pdf, layout, cached: true };
    }
    const t0 = performance.now();
    const page = await getPage();
    const file = join(partDir(options.work, i), 'print.html');
    await writeFile(file, doc.html);
    const { timeoutMs } = options;
    page.setDefaultTimeout(timeoutMs);
    // The document runs no script of its own: finishing it is the renderer's evaluate, after the load.
    await page.setJavaScriptEnabled(false);
    // Laid out for print from the start: page.pdf() then reuses more of the layout (2.6 s instead of 3.0 s at 634 pages).
    await page.emulateMediaType('print');
    const what = `part ${i + 1} of ${docs.length}`;
    await withTimeout(page.goto(urlFor(page, file), { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, `loading ${what} for print`);
    await page.setJavaScriptEnabled(true);
    await withTimeout(inPage(page, 'finishPart', doc.numbering), timeoutMs, `finishing ${what}`);
    const layout = await inPage(page, 'collectLayout', doc.numbering.offset);
    const pdf = await withTimeout(page.pdf({ ...options.print, timeout: timeoutMs }), timeoutMs, `printing ${what}`);
    if (process.env.DINGBEN_DEBUG) process.stderr.write(`print ${i + 1}: ${layout.total - doc.numbering.offset} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    if (options.cache && key && options.blocked.length === 0) await options.cache.put(key, { 'part.pdf': pdf, 'layout.json': JSON.stringify(layout) });
    return { pdf, layout, cached: false };
  });
}
