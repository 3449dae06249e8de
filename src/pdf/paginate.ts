/**
 * Paginating a long book in parts: Paged.js' cost per page grows with the
 * document it works in (1,200 pages took 2.9 × the time of 600), so a long
 * book is cut into parts of a bounded size at chapter boundaries, and each part
 * is paginated by Paged.js in its own page of the browser — several at once, one
 * per core. The parts' pages are then printed part by part and the PDFs merged
 * (src/pdf/print-parts.ts, src/pdf/merge.ts).
 *
 * Every chapter opens on a right-hand page, so a part paginated alone lays out
 * exactly as it would in the whole book, once a blank page is put before it
 * where the pages before it end on a right-hand page.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { ElementContent } from 'hast';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { UserError } from '../errors.ts';
import { withTimeout } from '../browser/timeout.ts';
import { BuildCache } from '../cache.ts';
import { lockedPage, urlFor } from '../browser/browser.ts';
import type { BookPart } from '../typeset/book-html.ts';
import type { Chapter } from '../typeset/chapter.ts';
import { FIRST_PAGE_CLASS, type PagedPages } from './page-contract.ts';
import { PAGINATED, inPage } from './page-script.ts';

/** The pages of one part, as Paged.js left them, and the stylesheets it made from the book's. */
export interface PaginatedPart extends PagedPages {
  /** True when it came from the build cache, not from Paged.js. */
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

/**
 * The pages of one unit of the book — the front matter, or one chapter — as Paged.js laid them out. A
 * unit starts on a right-hand page, so it lays out the same wherever it is paginated: it is cached on
 * its own, and a book with one chapter edited paginates that chapter again and nothing else. Only the
 * front matter keeps the stylesheets Paged.js made (the same for every document of the book).
 */
export type Unit = Omit<PaginatedPart, 'styles'> & { styles?: string[] };

export interface PaginateOptions {
  /** How many documents are paginated at once (browser pages; each gets its own renderer process). */
  jobs: number;
  timeoutMs: number;
  /** The render folder: the stylesheet and Paged.js, and a folder for each part (partDir) with its fonts. */
  work: string;
  /** Reuse units paginated before from the same document and renderer. */
  cache?: BuildCache;
  rendererId: string;
  /** Requests the pages made outside the render folder, refused. */
  blocked: string[];
  /** Told how many units are laid out and how many pages they hold. */
  onProgress?: (unitsDone: number, pages: number) => void;
}

/**
 * The units of the book (the front matter `{ front: true, from: 0, to: 0 }`, then one chapter each),
 * paginated or from the cache; `parts[p]` lists the indexes of part p's units. The units not in the cache
 * are paginated a run at a time — consecutive units of one part, in one document — so a first build
 * paginates whole parts, and a rebuild only what changed. `document` makes the document of a unit or run.
 */
export async function paginateUnits(pool: PagePool, units: BookPart[], parts: number[][], document: (part: BookPart) => string, options: PaginateOptions): Promise<Unit[]> {
  const keys = units.map((u) => BuildCache.key('unit', document(u), options.rendererId));
  const result: (Unit | undefined)[] = await Promise.all(keys.map(async (key) => {
    const hit = await options.cache?.getJson<Unit>(key, 'unit.json');
    return hit ? { ...hit, cached: true } : undefined;
  }));
  let done = result.filter(Boolean).length;
  let pages = result.reduce((n, u) => n + (u?.pages.length ?? 0), 0);
  const runs: { part: number; units: number[] }[] = [];
  parts.forEach((members, part) => {
    for (const u of members) {
      if (result[u]) continue;
      const last = runs.at(-1);
      if (last && last.part === part && last.units.at(-1) === u - 1) last.units.push(u);
      else runs.push({ part, units: [u] });
    }
  });
  if (done > 0) options.onProgress?.(done, pages);
  await inPool(pool, runs.length, options.jobs, async (r, page) => {
    const run = runs[r]!;
    const span = run.units.map((u) => units[u]!);
    const merged: BookPart = { front: span.some((u) => u.front), from: Math.min(...span.map((u) => u.from)), to: Math.max(...span.map((u) => u.to)) };
    const file = join(partDir(options.work, run.part), `run-${run.units[0]}.html`);
    await writeFile(file, document(merged));
    const t0 = performance.now();
    const what = runs.length === parts.length ? `part ${run.part + 1} of ${parts.length}` : `chapters ${merged.from + 1}–${merged.to}`;
    const paginated = await paginateOne(await page(), file, options.timeoutMs, what);
    if (process.env.DINGBEN_DEBUG) process.stderr.write(`paginated ${what}: ${paginated.pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    const split = splitUnits(paginated, merged.front, what);
    if (split.length !== run.units.length) throw new Error(`Paged.js laid out ${split.length} units of ${what}, not ${run.units.length}`);
    for (const [j, u] of run.units.entries()) {
      result[u] = split[j]!;
      if (options.cache && options.blocked.length === 0) await options.cache.put(keys[u]!, { 'unit.json': JSON.stringify(split[j]) });
    }
    done += run.units.length;
    pages += paginated.pages.length;
    options.onProgress?.(done, pages);
  });
  return result as Unit[];
}

/**
 * A paginated document's pages as units: the front matter (when the document has it), then one unit per
 * chapter, each from the page it opens on. The blank pages Paged.js put before a chapter's opening are
 * left out: partDocuments puts one back wherever the parity needs it. Only the book's first page keeps
 * Paged.js' first-page mark, and only the front matter the stylesheets.
 */
/** Paged.js' mark of a document's first page, on a page's outermost element. */
const FIRST_PAGE_MARK = new RegExp(`^(<div class="[^"]*?) ${FIRST_PAGE_CLASS}\\b`);

function splitUnits(doc: PaginatedPart, front: boolean, what: string): Unit[] {
  const units: Unit[] = [];
  doc.pages.forEach((page, i) => {
    const info = doc.info[i]!;
    if (info.opens || units.length === 0) units.push({ ...(front && units.length === 0 ? { styles: doc.styles } : {}), pages: [], info: [] });
    if (!front && i === 0 && !info.opens) throw new Error(`${what} does not open with a chapter`);
    const unit = units.at(-1)!;
    unit.pages.push(front && i === 0 ? page : page.replace(FIRST_PAGE_MARK, '$1'));
    unit.info.push(info);
  });
  for (const unit of units) {
    while (unit.info.length > 1 && unit.info.at(-1)!.blank) {
      unit.info.pop();
      unit.pages.pop();
    }
  }
  return units;
}

/** The folder of part `i`'s documents and fonts, in the render folder. */
export function partDir(work: string, i: number): string {
  return join(work, `part-${i + 1}`);
}

/**
 * Locked pages for a render, each in a browser context of its own (a renderer process of its own, so the
 * work spreads over the cores), made on first need and kept for the next stage: a context and its page
 * cost about 0.13 s to make. Closed with the render.
 */
export class PagePool {
  private readonly free: Page[] = [];
  private readonly contexts: BrowserContext[] = [];
  constructor(private readonly browser: Browser, private readonly dir: string, private readonly blocked: string[]) {}

  async take(): Promise<Page> {
    const page = this.free.pop();
    if (page) return page;
    const context = await this.browser.createBrowserContext();
    this.contexts.push(context);
    return lockedPage(context, this.dir, this.blocked);
  }

  give(page: Page): void {
    this.free.push(page);
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close().catch(() => undefined)));
  }
}

/**
 * Runs `task` for 0 … n-1, at most `jobs` at once, and gives the results in order. Each worker takes a
 * page from the pool on first use (a task the cache answers needs none) and gives it back at the end.
 */
export async function inPool<T>(pool: PagePool, n: number, jobs: number, task: (i: number, page: () => Promise<Page>) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  // After a failure the other workers take no new task.
  let stopped = false;
  const worker = async () => {
    let page: Promise<Page> | undefined;
    const get = () => (page ??= pool.take());
    try {
      for (let i = next++; i < n && !stopped; i = next++) results[i] = await task(i, get);
    } catch (err) {
      stopped = true;
      throw err;
    } finally {
      const taken = await page?.catch(() => undefined);
      if (taken) pool.give(taken);
    }
  };
  // Every worker finishes before the first failure is thrown: none is left running against a pool
  // that the caller then closes, to fail later with nobody listening.
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(jobs, n)) }, worker));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}

async function paginateOne(page: Page, file: string, timeoutMs: number, what: string): Promise<PaginatedPart> {
  page.setDefaultTimeout(timeoutMs);
  // The page may have printed before (print-parts.ts): Paged.js lays out for the screen.
  await page.emulateMediaType(undefined);
  const pageError = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new UserError(`Paged.js pagination failed (${what}): ${String((e as Error).message ?? e).split('\n')[0]}`))));
  pageError.catch(() => undefined);
  await withTimeout(page.goto(urlFor(page, file), { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, `loading ${what}`);
  await withTimeout(Promise.race([page.waitForFunction(PAGINATED, { timeout: timeoutMs, polling: 100 }), pageError]), timeoutMs, `Paged.js pagination of ${what}`);
  return inPage(page, 'pagedPages');
}

