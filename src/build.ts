/**
 * `dingben build`: every output the book file asks for, into the output
 * folder. The clean editions come first; the PDF and the EPUB are made from
 * them (and the EPUB takes its page-list from the PDF).
 */
import { location } from 'vfile-location';
import { dirname, join, relative, sep } from 'node:path';
import type { BookConfig } from './book/config.ts';
import { uniqueSlugs, writeCleanEdition, type CleanedFile } from './clean/clean-file.ts';
import { cleanBytesBounded } from './clean/bounded.ts';
import { readUserFile } from './io/files.ts';
import { decodeSource } from './io/decode.ts';
import { siteChrome, withSiteChrome } from './clean/site-chrome.ts';
import { renderChapter, type Chapter } from './typeset/chapter.ts';
import { uncoveredChars, type Uncovered } from './typeset/fonts.ts';
import { renderPdf, type PdfResult } from './pdf/pdf.ts';
import { lazyBrowser, openBrowser, type BrowserHandle } from './browser/browser.ts';
import { pressBleed, wantsPress } from './pdf/book-document.ts';
import { firstShortfall, pageTexts } from './print/fidelity.ts';
import { imposeBooklet } from './print/impose.ts';
import { makeArchival } from './print/archival.ts';
import { writeAtomic } from './io/files.ts';
import { debugTime } from './debug.ts';
import { PRINT_LOST_TEXT, UserError } from './errors.ts';
import { BuildCache } from './cache.ts';
import { buildEpub, type EpubResult } from './epub/index.ts';
import { reviewPage, type ReviewArticle } from './review/page.ts';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { scratchDir, sweepScratch } from './io/scratch.ts';

export interface BuildOptions {
  outDir: string;
  /** Limit to these outputs (the book file's list otherwise). */
  only?: string[];
  log?: (line: string) => void;
  /** Render through a running Chromium at this DevTools endpoint (overrides the book file's). */
  browserEndpoint?: string;
  /** The browser to use, opened on first call and closed by the caller (`--watch` keeps one for every build). */
  browser?: () => Promise<BrowserHandle>;
  /** Render everything again instead of reusing unchanged outputs from `<out>/.cache`. */
  noCache?: boolean;
  /** Parts of a long book paginated at once (default: one per core). */
  jobs?: number;
  /** Characters of chapter text per paginated part; Infinity paginates the book as one document. */
  partChars?: number;
  /** A transient status line (the CLI shows it on a terminal only); '' clears it. */
  progress?: (line: string) => void;
}

export interface BuildResult {
  chapters: CleanedFile[];
  files: string[];
  pdf?: PdfResult & { path: string };
  epub?: EpubResult;
  /** Characters no font of the book covers, with where they occur. */
  uncovered: Uncovered[];
  warnings: string[];
  /** What the review page shows of each article (for the preview server's live page). */
  review: ReviewArticle[];
  /** The typeset chapters, when the PDF or the EPUB was made (for the preview server's pages). */
  rendered?: Chapter[];
}

/** The output's base name: the book file's name, so several books can share one output folder. */
export function bookSlug(book: BookConfig): string {
  const name = book.path.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
  return name === 'book' ? 'dingben-book' : name;
}

/** The review page: `review/index.html` for the default book file's name (book.yaml), else `review/NAME.html`. */
export function reviewPath(book: BookConfig, outDir: string): string {
  const slug = bookSlug(book);
  return join(outDir, 'review', `${slug === 'dingben-book' ? 'index' : slug}.html`);
}

/** The build's fixed date: SOURCE_DATE_EPOCH, else the book's edition date, else the epoch. */
export function buildDate(book: BookConfig): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  if (book.date && !Number.isNaN(Date.parse(book.date))) return new Date(`${book.date}T00:00:00Z`);
  return new Date(0);
}

export async function buildBook(book: BookConfig, options: BuildOptions): Promise<BuildResult> {
  debugTime('build started');
  const log = options.log ?? (() => undefined);
  const wants = (kind: string) => book.outputs.includes(kind as never) && (!options.only || options.only.includes(kind));
  const files: string[] = [];
  const chapters: CleanedFile[] = [];
  // One browser for the whole build (the PDFs, the EPUB's cover), opened on first use: an unchanged book needs none.
  const own = options.browser ? undefined : lazyBrowser(() => openBrowser({ endpoint: options.browserEndpoint ?? book.browserEndpoint }));
  const getBrowser = options.browser ?? own!.get;
  // What a killed or crashed build left (render folders, browser profiles) goes first.
  const left = [...(await sweepScratch(options.outDir, ['.render-', '.staging-'])), ...(await sweepScratch(tmpdir(), ['dingben-chromium-', 'dingben-pdf-', 'dingben-cover-']))];
  if (left.length > 0) log(`removed ${left.length} scratch folder${left.length > 1 ? 's' : ''} an interrupted build left`);
  try {
    return await build();
  } finally {
    await own?.close();
  }

  async function build(): Promise<BuildResult> {
    const cache = options.noCache ? undefined : new BuildCache(join(options.outDir, '.cache'));
    const sources = await Promise.all(book.chapters.map((ch) => readUserFile(ch.path)));
    // Lines the book's articles share are the site's chrome: boilerplate removes them, reported.
    const bookRules = withSiteChrome(book.rules, siteChrome(sources.map((bytes, i) => decodeSource(book.chapters[i]!.path, bytes).text)));
    const names = uniqueSlugs(book.chapters.map((ch) => ch.path));
    for (const note of names.notes) log(`warning: ${note}`);
    for (const [i, ch] of book.chapters.entries()) {
      options.progress?.(`clean: ${i + 1} of ${book.chapters.length} chapters`);
      // A source cleaned before with the same rules comes from the cache: its bytes and path are the key.
      const bytes = sources[i]!;
      // The article's own settings in the book file go over the book's.
      const rules = ch.rules ? { ...bookRules, ...ch.rules } : bookRules;
      const article = { keep: ch.keep, accept: ch.accept, overrides: ch.overrides };
      const key = BuildCache.key('cleaned', ch.path, bytes, JSON.stringify([rules ?? null, article]));
      const hit = await cache?.getJson<CleanedFile>(key, 'cleaned.json');
      const fresh = hit ?? (await cleanBytesBounded(ch.path, bytes, rules, article));
      if (cache && !hit) await cache.put(key, { 'cleaned.json': JSON.stringify(fresh) });
      chapters.push({ ...fresh, slug: names.slugs[i]! });
    }
    // Every output is written into a staging folder beside its place, and moved there only when the whole
    // build has succeeded: a build that fails or is killed leaves the last good build's outputs, not a mix.
    await mkdir(options.outDir, { recursive: true });
    const stage = await scratchDir(options.outDir, '.staging-');
    const shown = (p: string) => (p.startsWith(stage + sep) ? join(options.outDir, relative(stage, p)) : p);
    try {
      // Written only once every source is cleaned: a source that fails leaves no half set of editions behind.
      if (wants('clean')) {
        for (const cleaned of chapters) {
          const md = join(stage, 'clean', `${cleaned.slug}.md`);
          const report = await writeCleanEdition(cleaned, md);
          files.push(md, ...(report ? [report] : []));
          log(`clean  ${shown(md)} (${cleaned.changes.length} changes)`);
        }
      }
      debugTime('cleaned');
      const warnings: string[] = [];
      const uncovered: Uncovered[] = [];
      for (const c of chapters) {
        const text = c.markdown;
        const place = location(text);
        uncovered.push(...uncoveredChars(text, (i) => `${c.slug}.md line ${place.toPoint(i)?.line ?? '?'}`));
      }
      for (const c of chapters) if (c.encodingNote?.includes('came close')) warnings.push(`warning: ${c.path}: read as ${c.encoding} (${c.encodingNote})`);
      for (const c of chapters) for (const id of c.unused ?? []) warnings.push(`warning: ${c.path}: ${id} (keep: or accept: in the book file) matched no change of this article`);
      chapters.forEach((c, i) => {
        if (book.chapters[i]?.title || c.meta.title || c.meta.original_title) return;
        warnings.push(`warning: ${c.path}: no title found; printed as ${untitled(i)} (give the chapter a title: in the book file)`);
      });
      for (const u of uncovered) warnings.push(`warning: ${u.char} (${u.codePoint}) is in none of the book's fonts, set as 〓: ${u.where}`);
      for (const w of warnings) log(w);

      let pdf: BuildResult['pdf'];
      let epub: EpubResult | undefined;
      let rendered: Chapter[] | undefined;
      // The text of each printed page (poppler's), for the review page's page numbers; also when the PDF was a scratch one.
      let printedPages: string[] | undefined;
      let printedStarts: Record<string, number> | undefined;
      if (wants('pdf') || wants('epub')) {
        // The typeset chapter trees are cached too, by their Markdown, id and title.
        const typeset: Chapter[] = await Promise.all(chapters.map(async (c, i) => {
          const id = `ch-${i + 1}`;
          const override = book.chapters[i]?.title;
          const fallback = untitled(i);
          const key = BuildCache.key('rendered', c.markdown, id, fallback, override ?? '');
          const hit = await cache?.getJson<Chapter>(key, 'chapter.json');
          if (hit) return hit;
          const chapter = renderChapter(c.markdown, id, fallback, override);
          await cache?.put(key, { 'chapter.json': JSON.stringify(chapter) });
          return chapter;
        }));
        rendered = typeset;
        debugTime('chapters rendered');
        const date = buildDate(book);
        const progress = options.progress ?? (() => undefined);
        // The EPUB takes its page-list from the PDF's pages, so it needs the PDF even when only the EPUB is asked for.
        const scratch = wants('pdf') ? undefined : await scratchDir(tmpdir(), 'dingben-pdf-');
        try {
          const path = join(scratch ?? stage, `${bookSlug(book)}.pdf`);
          const result = await renderPdf(book, typeset, path, { date, browser: getBrowser, cache, jobs: options.jobs, partChars: options.partChars, onProgress: (pages, chapters) => progress(`pdf: ${chapters} of ${typeset.length} chapters done, ${pages} pages laid out`) });
          progress('');
          for (const url of result.blocked) log(`warning: blocked a request the book made: ${url}`);
          printedPages = await checkPrinted(path, typeset, result.chapterStarts, book.writingMode !== 'vertical', shown(path));
          printedStarts = result.chapterStarts;
          if (!scratch) {
            pdf = { ...result, path };
            files.push(path);
            // A section is the front matter or a chapter: each is laid out, and cached, on its own.
            const sections = typeset.length + 1;
            const reused = sections - result.unitsLaidOut + result.parts - result.partsPrinted > 0;
            const parts = result.parts > 1 ? `, paginated in ${result.parts} parts${reused ? `; from the cache: ${sections - result.unitsLaidOut} of ${sections} sections laid out, ${result.parts - result.partsPrinted} of ${result.parts} parts printed` : ''}` : '';
            log(`pdf    ${shown(path)} (${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB${result.cached ? ', unchanged: from the cache' : parts})`);
            files.push(...(await printProducts(book, typeset, path, { ...options, outDir: stage }, date, getBrowser, cache, shown)));
          }
          if (wants('epub')) {
            const epubPath = join(stage, `${bookSlug(book)}.epub`);
            debugTime('pdf done');
            epub = await buildEpub(book, typeset, result.pageStarts, epubPath, date, getBrowser, cache);
            files.push(epubPath);
            log(`epub   ${shown(epubPath)} (${epub.pageBreaks} print-page markers, ${(epub.bytes / 1024).toFixed(0)} KiB)`);
          }
          debugTime('epub done');
        } finally {
          if (scratch) await rm(scratch, { recursive: true, force: true });
        }
      }
      const review: ReviewArticle[] = chapters.map((c, i) => ({
          cleaned: c,
          source: decodeSource(c.path, sources[i]!).text,
          page: pdf?.chapterStarts[`ch-${i + 1}`],
          // The pages the chapter is printed on: from its first to the next chapter's (horizontal books: poppler reads vertical columns out of order).
          printed: printedPages && printedStarts && pdf && book.writingMode !== 'vertical' ? chapterPages(printedPages, printedStarts, i) : undefined,
          warnings: warnings.filter((w) => w.includes(`${c.path}:`) || w.includes(`: ${c.slug}.md line`)),
          file: book.chapters[i]?.file,
        }));
      if (!options.only || options.only.includes('clean') || options.only.includes('review')) {
        const path = reviewPath(book, stage);
        await writeAtomic(path, reviewPage(book, review));
        files.push(path);
        log(`review ${shown(path)}`);
      }
      for (const f of files) {
        await mkdir(dirname(shown(f)), { recursive: true });
        await rename(f, shown(f));
      }
      await cache?.prune();
      return { chapters, files: files.map(shown), pdf: pdf && { ...pdf, path: shown(pdf.path) }, epub: epub && { ...epub, path: shown(epub.path) }, uncovered, warnings, review, rendered };
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  }
}

/** Every chapter's text is in the PDF, or the PDF goes and the build fails naming where text went missing. */
async function checkPrinted(path: string, rendered: Chapter[], starts: Record<string, number>, ordered: boolean, name = path): Promise<string[]> {
  const pages = await pageTexts(path);
  const short = firstShortfall(rendered, starts, pages, ordered);
  debugTime('print checked');
  if (!short) return pages;
  await rm(path, { force: true });
  const n = Number(short.chapter.replace(/^ch-/, ''));
  throw new UserError(`${name}: chapter ${n} (${short.title}) lost ${short.missing} of ${short.total} Han characters in print, first near …${short.near}…; the PDF was not kept`, PRINT_LOST_TEXT);
}

/** Chapter `i`'s printed pages: the first one's number and each page's text. */
function chapterPages(pages: string[], starts: Record<string, number>, i: number): { first: number; texts: string[] } | undefined {
  const first = starts[`ch-${i + 1}`];
  if (!first) return undefined;
  const next = Object.values(starts).filter((p) => p > first).sort((a, b) => a - b)[0] ?? pages.length + 1;
  return { first, texts: pages.slice(first - 1, next - 1) };
}

/** What an untitled chapter is called in print: its place in the book, never its file name. */
function untitled(i: number): string {
  return `第${i + 1}篇`;
}

/** What the print settings ask for beyond the reader's PDF: the press PDF and the imposed booklet. */
async function printProducts(book: BookConfig, chapters: Chapter[], pdfPath: string, options: BuildOptions, date: Date, browser: () => Promise<BrowserHandle>, cache: BuildCache | undefined, shown: (path: string) => string): Promise<string[]> {
  const { outDir } = options;
  const log = options.log ?? (() => undefined);
  const out: string[] = [];
  if (wantsPress(book)) {
    const path = join(outDir, `${bookSlug(book)}-press.pdf`);
    const r = await renderPdf(book, chapters, path, { date, browser, press: true, cache, jobs: options.jobs, partChars: options.partChars });
    out.push(path);
    log(`press  ${shown(path)} (${r.pages} pages, bleed ${pressBleed(book)} mm${book.print.marks === 'crop' ? ', crop marks' : ''})`);
  }
  if (book.print.archival) {
    const path = join(outDir, `${bookSlug(book)}-archival.pdf`);
    await writeAtomic(path, await makeArchival(await readFile(pdfPath), book, chapters, date));
    out.push(path);
    log(`archival ${shown(path)} (PDF/A-2b metadata and output intent; checked clause by clause, not by veraPDF)`);
  }
  if (book.print.impose === 'booklet') {
    const path = join(outDir, `${bookSlug(book)}-booklet.pdf`);
    const imposed = await imposeBooklet(await readFile(pdfPath), { sheetsPerSignature: book.print.sheetsPerSignature, creepMm: book.print.creep, rightToLeft: book.writingMode === 'vertical' });
    await writeAtomic(path, imposed);
    out.push(path);
    log(`booklet ${shown(path)} (saddle-stitch${book.writingMode === 'vertical' ? ', bound on the right' : ''}, ${book.print.sheetsPerSignature ? `${book.print.sheetsPerSignature} sheets per signature` : 'one signature'}, creep ${book.print.creep} mm)`);
  }
  return out;
}
