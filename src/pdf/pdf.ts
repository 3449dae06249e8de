/**
 * The print PDF: the book document paginated by Paged.js in headless
 * Chromium, printed with Chromium's outline and tags, then given its
 * document metadata with pdf-lib.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { ParseSpeeds, PDFDocument, PDFName, PDFString, ReadingDirection } from '@cantoo/pdf-lib';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Page } from 'puppeteer-core';
import { fullTitle, type BookConfig } from '../book/config.ts';
import { UserError } from '../errors.ts';
import { writeAtomic } from '../io/files.ts';
import { VERSION } from '../version.ts';
import { debugTime } from '../debug.ts';
import { bookDocument, pressBleed, type BookDocumentOptions } from './book-document.ts';
import type { BookPart } from '../typeset/book-html.ts';
import { PagePool, paginateUnits, partDir, planParts } from './paginate.ts';
import { partDocuments, printParts } from './print-parts.ts';
import { mergePdfs } from './merge.ts';
import type { Layout } from './page-contract.ts';
import { PAGE_SCRIPT, PAGINATED, inPage, pageScript } from './page-script.ts';
import type { PageStart } from '../typeset/page-start.ts';
import { withTimeout } from '../browser/timeout.ts';
import { printVertical } from './vertical.ts';
import { drawCropMarks } from './marks.ts';
import { launchBrowser, lockedPage, urlFor, type BrowserHandle } from '../browser/browser.ts';
import type { Chapter } from '../typeset/chapter.ts';
import { FONTS, fallbacksFor, fontFaceRule, fontsIdentity, traditionalFacesFor, type FontFace } from '../typeset/fonts.ts';
import { usesTraditional } from '../typeset/script.ts';
import { BuildCache, rendererIdentity } from '../cache.ts';
import { scratchDir } from '../io/scratch.ts';
import { packagePath } from '../paths.ts';

const require = createRequire(import.meta.url);

/**
 * Characters of chapter text per part when a long book is paginated in parts (src/pdf/paginate.ts):
 * about 100 A5 pages of the default theme. Measured on the 642-page benchmark book, 2 cores: see the README.
 */
export const PART_CHARS = 70_000;

/** Chromium's print settings: the page size from CSS, backgrounds (the cover), tags and outline. */
const PRINT = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
const STYLES = `${packagePath('styles')}/`;

export interface PdfResult {
  pages: number;
  /** Chapter id → 1-based physical page where it starts. */
  chapterStarts: Record<string, number>;
  pageStarts: PageStart[];
  blocked: string[];
  bytes: number;
  /** How many parts the book was paginated in (1: as one document). */
  parts: number;
  /** Chapters (and the front matter) laid out by Paged.js in this build; the others came from the build cache. */
  unitsLaidOut: number;
  /** Parts printed in this build; the others' PDFs came from the build cache. */
  partsPrinted: number;
  /** True when the PDF came from the build cache. */
  cached: boolean;
}

export interface PdfOptions {
  timeoutMs?: number;
  /** The build's browser, opened on first use (a cache hit needs none). */
  browser?: BrowserHandle | (() => Promise<BrowserHandle>);
  /** Reuse a PDF rendered before from the same document, styles, fonts and settings. */
  cache?: BuildCache;
  /** Told, while Paged.js works, how many pages are laid out and how many chapters are done. */
  onProgress?: (pages: number, chaptersDone: number) => void;
  /** Parts paginated at once (default: one per core). */
  jobs?: number;
  /** Characters of chapter text per part (default PART_CHARS); Infinity paginates the book as one document. */
  partChars?: number;
  /** Fixed date (from the book or SOURCE_DATE_EPOCH) for reproducible files. */
  date: Date;
  /** The press edition: trim size plus bleed, crop marks, TrimBox and BleedBox. */
  press?: boolean;
}

export async function renderPdf(book: BookConfig, chapters: Chapter[], outPath: string, options: PdfOptions): Promise<PdfResult> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  // The polyfill is not in pagedjs' exports map: find it beside the package's entry point.
  const polyfill = join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
  const stylesheet = join(STYLES, 'book.css');
  // The fonts are subset to the document's characters before Chromium loads them (see subsetFonts).
  const rules = (faces: FontFace[]) => faces.map((f) => fontFaceRule(f, `fonts/${basename(f.path)}`, 'truetype')).join('');
  const vertical = book.writingMode === 'vertical';
  let docOptions = { stylesheet: 'book.css', pagedjs: { polyfill: 'paged.polyfill.js', script: PAGE_SCRIPT }, fontFaces: rules(FONTS), press: options.press, verticalStylesheet: 'vertical.css' };
  let html = bookDocument(book, chapters, docOptions);
  // The fallback faces (Extension B and the like) are declared, subset and loaded only for a book that sets one of
  // their characters; the Traditional faces only for one that has an article in Traditional characters.
  const faces = [...FONTS, ...traditionalFacesFor(usesTraditional(book.language, chapters)), ...fallbacksFor(html)];
  if (faces.length > FONTS.length) {
    docOptions = { ...docOptions, fontFaces: rules(faces) };
    html = bookDocument(book, chapters, docOptions);
  }

  const verticalSheet = join(STYLES, 'vertical.css');
  // The in-page script is part of the renderer: the documents only name it.
  const script = await pageScript();
  const renderer = await rendererIdentity([stylesheet, polyfill, verticalSheet], [...fontsIdentity(), script]);
  const key = options.cache
    ? BuildCache.key(html, renderer, options.date.toISOString(), JSON.stringify(book.print), String(options.press ?? false), String(options.partChars ?? PART_CHARS), book.language, book.editor, book.subtitle ?? '')
    : undefined;
  if (options.cache && key) {
    const [pdf, layout] = await Promise.all([options.cache.get(key, 'book.pdf'), options.cache.getJson<Omit<PdfResult, 'bytes' | 'cached'>>(key, 'layout.json')]);
    if (pdf && layout) {
      await writeAtomic(outPath, pdf);
      return { ...layout, bytes: pdf.length, cached: true };
    }
  }

  // The render folder sits beside the output (same filesystem for the final rename); the output folder may not exist yet.
  await mkdir(dirname(outPath), { recursive: true });
  const work = await scratchDir(dirname(outPath), '.render-');
  // The stylesheets' generated content (the pull quotes' ■) is set in these fonts too: without its
  // characters in the subset, Chromium would take them from a system font.
  const [bookCss, verticalCss] = await Promise.all([stylesheet, verticalSheet].map((f) => readFile(f, 'utf8')));
  const css = bookCss! + verticalCss!;
  const parts = vertical ? [{ front: true, from: 0, to: chapters.length }] : planParts(chapters, options.partChars ?? PART_CHARS);
  // A part's documents (paginated, then printed) sit in a folder of their own, with fonts subset to the
  // part's characters: so a part's PDF depends on the part alone, and is reused while the part is unchanged.
  const partOptions = { ...docOptions, stylesheet: '../book.css', pagedjs: { polyfill: '../paged.polyfill.js', script: `../${PAGE_SCRIPT}` } };
  const partHtml = parts.length > 1 ? parts.map((part) => bookDocument(book, chapters, partOptions, part)) : [];
  const subsets = parts.length > 1 ? partHtml.map((doc, i) => ({ text: doc + css, dir: join(partDir(work, i), 'fonts') })) : [{ text: html + css, dir: join(work, 'fonts') }];
  // The browser starts while the fonts are subset (a worker thread).
  debugTime('pdf: documents made');
  const opening = typeof options.browser === 'function' ? options.browser() : Promise.resolve(options.browser ?? launchBrowser());
  const subsetting = subsetFonts(subsets, faces, options.cache);
  const [opened, subset] = await Promise.allSettled([opening, subsetting]);
  if (opened.status === 'rejected' || subset.status === 'rejected') {
    if (opened.status === 'fulfilled' && !options.browser) await opened.value.close();
    await rm(work, { recursive: true, force: true });
    throw opened.status === 'rejected' ? opened.reason : (subset as PromiseRejectedResult).reason;
  }
  const handle = opened.value;
  const blocked: string[] = [];
  try {
    debugTime('fonts subset');
    await writeFile(join(work, 'book.css'), bookCss!);
    await writeFile(join(work, 'vertical.css'), verticalCss!);
    await copyFile(polyfill, join(work, 'paged.polyfill.js'));
    await writeFile(join(work, PAGE_SCRIPT), script);

    let layout: Layout;
    let pdf: Uint8Array | PDFDocument;
    let unitsLaidOut = 0;
    let partsPrinted = 0;
    if (parts.length > 1) {
      ({ layout, pdf, unitsLaidOut, partsPrinted } = await renderInParts(book, chapters, parts, partHtml, partOptions, { handle, work, blocked, renderer, timeoutMs, options }));
    } else {
      const page = await openDocument(handle, work, html, blocked, timeoutMs);
      if (vertical) {
        // Chromium paginates a vertical book itself, printing it twice (src/pdf/vertical.ts).
        const first = join(work, 'first-print.pdf');
        const printed = await printVertical(page, book, async () => {
          const bytes = await withTimeout(page.pdf({ ...PRINT, timeout: timeoutMs }), timeoutMs, 'printing the PDF');
          await writeFile(first, bytes);
          return { pdf: bytes, path: first };
        }, timeoutMs, options.press ? pressBleed(book) : 0);
        pdf = printed.pdf;
        layout = { starts: printed.plan.chapterStarts, pageStarts: printed.plan.pageStarts, total: printed.plan.total };
      } else {
        // One document: Paged.js paginates and finishes it (finishBook in its after hook); it is printed as it is.
        await waitForPagedJs(page, timeoutMs, options.onProgress);
        layout = await inPage(page, 'collectLayout', 0);
        pdf = await withTimeout(page.pdf({ ...PRINT, timeout: timeoutMs }), timeoutMs, 'printing the PDF');
        debugTime('printed');
      }
      await page.close();
    }
    debugTime('pdf: laid out and printed');
    // Chromium draws no crop marks: a vertical book's press edition gets them from pdf-lib (setMetadata).
    const { bytes: final, pages: printedPages } = await setMetadata(pdf, book, chapters, options.date, options.press ? pressBleed(book) : 0, vertical && options.press === true && book.print.marks === 'crop');
    if (vertical && printedPages !== layout.total) {
      throw new Error(`vertical pagination: ${layout.total} pages planned, but the second print has another number`);
    }
    await writeAtomic(outPath, final);
    debugTime('pdf: written');
    const result = { pages: layout.total, chapterStarts: layout.starts, pageStarts: layout.pageStarts, blocked, parts: parts.length, unitsLaidOut, partsPrinted };
    if (options.cache && key && blocked.length === 0) await options.cache.put(key, { 'book.pdf': final, 'layout.json': JSON.stringify(result) });
    return { ...result, bytes: final.length, cached: false };
  } finally {
    if (!options.browser) await handle.close();
    if (!process.env.DINGBEN_KEEP_RENDER) await rm(work, { recursive: true, force: true });
  }
}

/**
 * A long book: its sections laid out (paginateUnits), its parts printed (printParts) and merged
 * (mergePdfs), each from the cache where it is unchanged. The browser pages are shared by both stages.
 */
async function renderInParts(book: BookConfig, chapters: Chapter[], parts: BookPart[], partHtml: string[], partOptions: BookDocumentOptions, r: { handle: BrowserHandle; work: string; blocked: string[]; renderer: string; timeoutMs: number; options: PdfOptions }): Promise<{ layout: Layout; pdf: PDFDocument; unitsLaidOut: number; partsPrinted: number }> {
  const { work, blocked, renderer, timeoutMs, options } = r;
  const jobs = options.jobs ?? Math.max(1, availableParallelism());
  // Units: the front matter, then each chapter. Part p holds the units members[p].
  const units: BookPart[] = [{ front: true, from: 0, to: 0 }, ...chapters.map((_, i) => ({ front: false, from: i, to: i + 1 }))];
  const members = parts.map((p) => [...(p.front ? [0] : []), ...Array.from({ length: p.to - p.from }, (_, k) => p.from + k + 1)]);
  const pool = new PagePool(r.handle.browser, work, blocked);
  try {
    const laidOut = await paginateUnits(pool, units, members, (part) => bookDocument(book, chapters, partOptions, part), {
      jobs,
      timeoutMs,
      work,
      cache: options.cache,
      rendererId: renderer,
      blocked,
      onProgress: (done, pages) => options.onProgress?.(pages, Math.max(0, done - 1)),
    });
    debugTime('paginated');
    const docs = partDocuments(members.map((m) => m.map((u) => laidOut[u]!)), { lang: book.language, title: book.title });
    const printed = await printParts(pool, docs, { jobs, timeoutMs, work, cache: options.cache, rendererId: renderer, sources: partHtml, print: PRINT, blocked });
    debugTime('printed');
    const layout = { starts: Object.assign({}, ...printed.map((p) => p.layout.starts)) as Layout['starts'], pageStarts: printed.flatMap((p) => p.layout.pageStarts), total: printed.at(-1)!.layout.total };
    const pdf = await mergePdfs(printed.map((p, i) => ({ pdf: p.pdf, own: docs[i]!.own })));
    debugTime('merged');
    return { layout, pdf, unitsLaidOut: laidOut.filter((u) => !u.cached).length, partsPrinted: printed.filter((p) => !p.cached).length };
  } finally {
    await pool.close();
  }
}

/** The book's document in a locked page of its own, loaded. */
async function openDocument(handle: BrowserHandle, work: string, html: string, blocked: string[], timeoutMs: number): Promise<Page> {
  await writeFile(join(work, 'book.html'), html);
  const page = await lockedPage(handle.browser, work, blocked);
  page.setDefaultTimeout(timeoutMs);
  if (process.env.DINGBEN_DEBUG) page.on('console', (m) => process.stderr.write(`console: ${m.text()}\n`));
  await withTimeout(page.goto(urlFor(page, join(work, 'book.html')), { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, 'loading the book page');
  return page;
}

/** Waits for Paged.js' completion hook, telling `onProgress` the pages and chapters laid out meanwhile. */
async function waitForPagedJs(page: Page, timeoutMs: number, onProgress?: PdfOptions['onProgress']): Promise<void> {
  // A script error in the page means Paged.js will never signal completion: fail at once.
  const pageError = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new UserError(`Paged.js pagination failed: ${String((e as Error).message ?? e).split('\n')[0]}`))));
  pageError.catch(() => undefined);
  const progress = onProgress
    ? setInterval(() => {
        inPage(page, 'progress')
          // The newest chapter is still being laid out.
          .then(([n, opened]) => onProgress(n, Math.max(0, opened - 1)), () => undefined);
      }, 500)
    : undefined;
  try {
    await withTimeout(Promise.race([page.waitForFunction(PAGINATED, { timeout: timeoutMs, polling: 100 }), pageError]), timeoutMs, 'Paged.js pagination');
  } finally {
    clearInterval(progress);
  }
}


/**
 * The bundled fonts, subset (HarfBuzz, TrueType outlines kept) to the characters of each document (`text`), into its
 * `dir`. Chromium then loads a few hundred kilobytes instead of four 10-15 MB files: at 1,270 pages the
 * build's peak memory fell from about 1,730 to about 1,570 MB. Every character of the document is kept, markup and all, and
 * printable ASCII besides (folios, generated text); the PDF still embeds each font subset again.
 */
async function subsetFonts(documents: { text: string; dir: string }[], faces: FontFace[], cache?: BuildCache): Promise<void> {
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  const fontsId = fontsIdentity().join('\0');
  const todo = await Promise.all(documents.map(async ({ text, dir }) => {
    await mkdir(dir, { recursive: true });
    const chars = [...new Set(text + ascii)].sort().join('');
    // The same characters give the same subsets: a part unchanged since the last build takes them from the cache.
    const names = faces.map((f) => basename(f.path));
    const key = BuildCache.key('font subsets', chars, fontsId, ...names);
    const hits = cache ? await Promise.all(names.map((n) => cache.get(key, n))) : [];
    if (hits.length === names.length && hits.every(Boolean)) {
      await Promise.all(names.map((n, i) => writeFile(join(dir, n), hits[i]!)));
      return undefined;
    }
    return { key, dir, names, job: { chars, fonts: faces.map((f) => ({ from: f.path, to: join(dir, basename(f.path)) })) } };
  }));
  const misses = todo.filter((t) => t !== undefined);
  if (misses.length === 0) return;
  const jobs = misses.map((t) => t.job);
  // In a worker thread: HarfBuzz's WebAssembly memory never shrinks, and ends with the thread.
  const worker = new Worker(packagePath('src', 'pdf', 'subset-worker.mjs'), { workerData: { jobs } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`font subsetting stopped with code ${code}`))));
  });
  await worker.terminate();
  for (const t of cache ? misses : []) await cache!.put(t.key, Object.fromEntries(await Promise.all(t.names.map(async (n) => [n, await readFile(join(t.dir, n))]))));
}

/** The PDF with its document metadata (and the press edition's boxes), and how many pages it has. */
async function setMetadata(pdf: Uint8Array | PDFDocument, book: BookConfig, chapters: Chapter[], date: Date, bleedMm: number, cropMarks = false): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // Chromium sizes pages to whole CSS pixels and quarter points (A5 comes out 420 × 594.96 pt): the reader's
  // PDF gets the book's size exactly (A5: 419.53 × 595.28 pt), its box from the origin as before; the page's
  // right and top edges move by a fraction of a point, in the margins. (A press edition's trim is its
  // TrimBox, set from the bleed below.)
  if (bleedMm === 0) {
    const exact = { width: (book.page.width * 72) / 25.4, height: (book.page.height * 72) / 25.4 };
    for (const page of doc.getPages()) {
      page.setMediaBox(0, 0, exact.width, exact.height);
      page.node.delete(PDFName.of('CropBox'));
    }
  }
  if (cropMarks) drawCropMarks(doc, bleedMm);
  if (bleedMm > 0) {
    // The trim is the page less the bleed on every side; the bleed box is the whole page.
    const b = (bleedMm * 72) / 25.4;
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      page.setBleedBox(0, 0, width, height);
      page.setTrimBox(b, b, width - 2 * b, height - 2 * b);
    }
  }
  doc.setTitle(fullTitle(book), { showInWindowTitleBar: true });
  doc.setAuthor(book.editor);
  doc.setSubject(book.subtitle ?? chapters.map((c) => c.meta.title).join('；'));
  doc.setKeywords(chapters.map((c) => c.meta.title));
  doc.setCreator(`dingben ${VERSION}`);
  doc.setProducer(`dingben ${VERSION} (Paged.js, Chromium, pdf-lib)`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(book.language);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(book.language));
  // A vertical book is bound on the right: viewers show its spreads right to left.
  if (book.writingMode === 'vertical') doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}
