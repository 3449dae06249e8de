/**
 * The in-page script (src/pdf/in-page/), as the Node side gets it and calls it.
 *
 * Where the script comes from: the command line runs the bundle in dist/, and scripts/build.mjs writes the
 * in-page script beside it (dist/dingben-page.js), so that a user's install needs no esbuild at run time.
 * The sources run through tsx (the tests; a checkout whose dist/ is older than its sources) make it with
 * esbuild at first use and keep it in memory: a file written by some earlier build could be older than the
 * sources being run. Both take the one recipe in page-bundle.mjs.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { ROOT, packagePath } from '../paths.ts';
import { API, PAGES_DONE, type InPageApi } from './page-contract.ts';
import { PAGE_SCRIPT, bundleInPage } from './page-bundle.mjs';

export { PAGE_SCRIPT };

/** A JavaScript expression, true once Paged.js has paginated the document (for waitForFunction). */
export const PAGINATED = `globalThis.${PAGES_DONE} !== undefined`;

let script: Promise<string> | undefined;

/** The in-page script's text. */
export function pageScript(): Promise<string> {
  script ??= import.meta.url.endsWith('.ts') ? bundleInPage(ROOT) : readFile(packagePath('dist', PAGE_SCRIPT), 'utf8');
  return script;
}

/**
 * Calls an in-page function by name, in a page that may not have the script yet (a vertical book's
 * document; a part's document, printed with its scripts off): the script is run in it first. The
 * arguments go as JSON, as page.evaluate would send them.
 */
export async function inPage<K extends keyof InPageApi>(page: Page, name: K, ...args: Parameters<InPageApi[K]>): Promise<Awaited<ReturnType<InPageApi[K]>>> {
  if (!(await page.evaluate(`typeof globalThis.${API} === 'object'`))) await page.evaluate(await pageScript());
  // The answer is what InPageApi says: the in-page script is type-checked against the same interface.
  return (await page.evaluate(`globalThis.${API}.${name}(...${JSON.stringify(args)})`)) as Awaited<ReturnType<InPageApi[K]>>;
}
