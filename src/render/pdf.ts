/**
 * The print PDF: the book document paginated by Paged.js in headless
 * Chromium, printed with Chromium's outline and tags, then given its
 * document metadata with pdf-lib.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { BookConfig } from '../book/config.ts';
import { UserError } from '../errors.ts';
import { writeAtomic } from '../io/files.ts';
import { VERSION } from '../version.ts';
import { bookDocument } from './book-html.ts';
import { launchBrowser, lockedPage, type BrowserHandle } from './browser.ts';
import type { Chapter } from './chapter.ts';
import { FONTS } from './fonts.ts';

const require = createRequire(import.meta.url);
const STYLES = new URL('../../styles/', import.meta.url).pathname;

export interface PageStart {
  /** Printed page number (arabic, chapters) or undefined for unnumbered front matter. */
  label?: string;
  /** 1-based physical page index in the PDF. */
  index: number;
  chapter?: string;
  /** Data-ref of the first element that starts on this page (Paged.js' mark), for the EPUB page-list. */
  ref?: string;
}

export interface PdfResult {
  pages: number;
  /** Chapter id → 1-based physical page where it starts. */
  chapterStarts: Record<string, number>;
  pageStarts: PageStart[];
  blocked: string[];
  bytes: number;
}

export interface PdfOptions {
  timeoutMs?: number;
  browser?: BrowserHandle;
  /** Fixed date (from the book or SOURCE_DATE_EPOCH) for reproducible files. */
  date: Date;
}

export async function renderPdf(book: BookConfig, chapters: Chapter[], outPath: string, options: PdfOptions): Promise<PdfResult> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const work = await mkdtemp(join(join(outPath, '..'), '.render-'));
  const handle = options.browser ?? (await launchBrowser());
  const blocked: string[] = [];
  try {
    // The polyfill is not in pagedjs' exports map: find it beside the package's entry point.
    const polyfill = join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
    await copyFile(join(STYLES, 'book.css'), join(work, 'book.css'));
    await copyFile(polyfill, join(work, 'paged.polyfill.js'));
    const fontFaces = FONTS.map((f) => `@font-face { font-family: "${f.family}"; font-weight: ${f.weight}; font-style: normal; src: url("${pathToFileURL(f.path).href}") format("truetype"); }\n`).join('');
    const html = bookDocument(book, chapters, { stylesheet: 'book.css', pagedjs: 'paged.polyfill.js', fontFaces });
    await writeFile(join(work, 'book.html'), html);

    const page = await lockedPage(handle.browser, [work], FONTS.map((f) => f.path), blocked);
    if (process.env.DINGBEN_DEBUG) page.on('console', (m) => process.stderr.write(`console: ${m.text()}\n`));
    page.setDefaultTimeout(timeoutMs);
    // A script error in the page means Paged.js will never signal completion: fail at once.
    const pageError = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new UserError(`Paged.js pagination failed: ${String((e as Error).message ?? e).split('\n')[0]}`))));
    pageError.catch(() => undefined);
    await withTimeout(page.goto(pathToFileURL(join(work, 'book.html')).href, { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, 'loading the book page');
    await withTimeout(Promise.race([page.waitForFunction('window.__dingbenPages !== undefined', { timeout: timeoutMs, polling: 100 }), pageError]), timeoutMs, 'Paged.js pagination');

    const layout = (await page.evaluate(collectLayout)) as { starts: Record<string, number>; pageStarts: PageStart[]; total: number };
    const pdf = await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: timeoutMs }), timeoutMs, 'printing the PDF');
    await page.close();
    const final = await setMetadata(pdf, book, chapters, options.date);
    await writeAtomic(outPath, final);
    return { pages: layout.total, chapterStarts: layout.starts, pageStarts: layout.pageStarts, blocked, bytes: final.length };
  } finally {
    if (!options.browser) await handle.close();
    if (!process.env.DINGBEN_KEEP_RENDER) await rm(work, { recursive: true, force: true });
  }
}

/** Runs in the page: where each chapter starts, and what starts each page. */
function collectLayout() {
  const pages = [...document.querySelectorAll('.pagedjs_page')];
  const starts: Record<string, number> = {};
  const pageStarts: { index: number; label?: string; chapter?: string; ref?: string }[] = [];
  pages.forEach((p, i) => {
    const content = p.querySelector('.pagedjs_page_content');
    const chapterEl = content?.querySelector('section.chapter[data-chapter]');
    const id = chapterEl?.getAttribute('data-chapter') ?? undefined;
    if (chapterEl && !chapterEl.hasAttribute('data-split-from') && id && starts[id] === undefined) starts[id] = i + 1;
    const first = content?.querySelector('section.chapter [data-ref]');
    const label = (p as HTMLElement).dataset.folio;
    pageStarts.push({ index: i + 1, label, chapter: id, ref: first?.getAttribute('data-ref') ?? undefined });
  });
  return { starts, pageStarts, total: pages.length };
}

async function setMetadata(pdf: Uint8Array, book: BookConfig, chapters: Chapter[], date: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(book.subtitle ? `${book.title}——${book.subtitle}` : book.title, { showInWindowTitleBar: true });
  doc.setAuthor(book.editor);
  doc.setSubject(book.subtitle ?? chapters.map((c) => c.meta.title).join('；'));
  doc.setKeywords(chapters.map((c) => c.meta.title));
  doc.setCreator(`dingben ${VERSION}`);
  doc.setProducer(`dingben ${VERSION} (Paged.js, Chromium, pdf-lib)`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(book.language);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(book.language));
  return doc.save({ useObjectStreams: false });
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms + 1000);
  });
  try {
    return await Promise.race([p, timeout]);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const msg = (err as Error).message.split('\n')[0];
    throw new UserError(/timeout|timed out/i.test(msg ?? '') ? `${what} did not finish within ${Math.round(ms / 1000)} s` : `${what} failed: ${msg}`);
  } finally {
    clearTimeout(timer);
  }
}

