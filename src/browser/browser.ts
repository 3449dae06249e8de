/**
 * Headless Chromium through puppeteer-core: Debian's browser, never a
 * downloaded one, and a page that may load only the build's own files.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, relative, resolve, sep } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { UserError } from '../errors.ts';
import { scratchDir } from '../io/scratch.ts';

/** The environment variable that names the browser to use, before the usual paths. */
export const BROWSER_ENV = 'DINGBEN_CHROMIUM';
/** Where Chromium, Chrome or Edge is installed on each platform, in the order they are tried. */
function candidates(): string[] {
  if (process.platform === 'darwin') {
    return ['Chromium', 'Google Chrome', 'Microsoft Edge'].map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
  }
  if (process.platform === 'win32') {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((r): r is string => r !== undefined);
    return roots.flatMap((r) => [`${r}\\Google\\Chrome\\Application\\chrome.exe`, `${r}\\Chromium\\Application\\chrome.exe`, `${r}\\Microsoft\\Edge\\Application\\msedge.exe`]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/bin/microsoft-edge'];
}

export function findChromium(): string {
  const fromEnv = process.env[BROWSER_ENV];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new UserError(`${BROWSER_ENV}=${fromEnv}: no such file`);
    return fromEnv;
  }
  const found = candidates().find((p) => existsSync(p));
  if (!found) throw new UserError(`no Chromium found: install it (apt-get install chromium), name it with --browser PATH, or set ${BROWSER_ENV} to its path`);
  return found;
}

export interface BrowserHandle {
  browser: Browser;
  close(): Promise<void>;
}

/** Flags for a closed machine: no background networking, no first-run, no GPU. */
// Pages are served from memory by the request filter (lockedPage), so the browser reads no file itself:
// no --allow-file-access-from-files, and a browser on another machine needs no shared folder.
const FLAGS = ['--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--font-render-hinting=none', '--disable-dev-shm-usage'];

/** The book's browser setting: an endpoint of a running Chromium, or none (launch Debian's). */
export interface BrowserOptions {
  /** `ws://…` DevTools endpoint of a running Chromium (browserless, a Selenium Grid node, a local --remote-debugging-port). */
  endpoint?: string;
  timeoutMs?: number;
  /**
   * Leave Ctrl-C to the caller (`--watch` stops its watcher and closes the browser itself). Otherwise
   * puppeteer closes a launched Chromium on SIGINT, SIGTERM and SIGHUP and exits.
   */
  ownSignals?: boolean;
}

/**
 * A browser for the build: connects to `endpoint` when given, else launches
 * Debian's Chromium. A connected browser is only disconnected at the end, not
 * closed: it serves other builds too. It must see the build's files at the same
 * paths (the same machine, or a shared volume mounted at the same path).
 */
export async function openBrowser(options: BrowserOptions = {}): Promise<BrowserHandle> {
  if (!options.endpoint) return launchBrowser(options.timeoutMs, options.ownSignals);
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!/^wss?:\/\//.test(options.endpoint)) throw new UserError(`browser endpoint ${options.endpoint}: must be a ws:// or wss:// DevTools address`);
  let browser: Browser;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint: options.endpoint, protocolTimeout: 10 * timeoutMs });
  } catch (err) {
    throw new UserError(`could not connect to the browser at ${options.endpoint}: ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    browser,
    async close() {
      await browser.disconnect().catch(() => undefined);
    },
  };
}

export async function launchBrowser(timeoutMs = 60_000, ownSignals = false): Promise<BrowserHandle> {
  const executablePath = findChromium();
  const userDataDir = await scratchDir(tmpdir(), 'dingben-chromium-');
  const args = [...FLAGS, `--user-data-dir=${userDataDir}`];
  if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run its sandbox as root
  let browser: Browser;
  try {
    const signals = !ownSignals;
    // Over a pipe, not a socket: Chromium runs in a process group of its own, so a build killed outright (`kill -9`,
    // the kernel's OOM killer) cannot close it, and it stayed running; on a pipe it ends when the pipe's other end
    // closes with the process that launched it.
    browser = await puppeteer.launch({ executablePath, args, headless: true, pipe: true, timeout: timeoutMs, protocolTimeout: 10 * timeoutMs, handleSIGINT: signals, handleSIGTERM: signals, handleSIGHUP: signals });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new UserError(`could not start Chromium at ${executablePath}: ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser opened on first use and shared by every caller, opened again if it failed to open or has
 * gone away since (a long `--watch` session). `close()` closes it if it was opened, for good.
 */
export function lazyBrowser(open: () => Promise<BrowserHandle>): { get: () => Promise<BrowserHandle>; close: () => Promise<void> } {
  let opening: Promise<BrowserHandle> | undefined;
  let closed = false;
  // Only the first caller to find the browser gone opens another; later ones share its promise.
  const reopen = (stale: Promise<BrowserHandle>) => (opening === stale ? (opening = open()) : opening!);
  return {
    get() {
      // After close() (Ctrl-C under --watch) a build still under way must not start another browser.
      if (closed) return Promise.reject(new Error('the browser was closed'));
      if (!opening) return (opening = open());
      const current = opening;
      return current.then((b) => (b.browser.connected ? b : reopen(current)), () => reopen(current));
    },
    async close() {
      closed = true;
      const handle = await opening?.catch(() => undefined);
      opening = undefined;
      await handle?.close();
    },
  };
}

/** The origin the build's pages are served from: a name no network resolves (RFC 2606), answered in Node. */
export const ORIGIN = 'http://dingben.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.xhtml': 'application/xhtml+xml; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.otf': 'font/otf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.json': 'application/json',
};

const ROOTS = new WeakMap<Page, string>();

/** The address of `file` on `page`, which serves the folder it was locked to. */
export function urlFor(page: Page, file: string): string {
  const root = ROOTS.get(page);
  if (root === undefined) throw new Error('urlFor: not a locked page');
  return `${ORIGIN}/${relative(root, resolve(file)).split(sep).map(encodeURIComponent).join('/')}`;
}

/** The file under `root` that a request for `url` asks for, or undefined when it asks for anything else. */
export function servedPath(root: string, url: string): string | undefined {
  if (!url.startsWith(`${ORIGIN}/`)) return undefined;
  let path: string;
  try {
    path = resolve(root, ...decodeURIComponent(new URL(url).pathname).split('/').filter(Boolean));
  } catch {
    return undefined;
  }
  return path.startsWith(resolve(root) + sep) ? path : undefined;
}

/**
 * A page that loads only the files under `folder`, served from Node through request interception at
 * ORIGIN; any other request — network, file:, another path — is aborted and recorded in `blocked`.
 */
export async function lockedPage(browser: Browser | BrowserContext, folder: string, blocked: string[]): Promise<Page> {
  const page = await browser.newPage();
  const root = resolve(folder);
  ROOTS.set(page, root);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url === 'about:blank') return void req.continue();
    const path = servedPath(root, url);
    if (path === undefined) {
      blocked.push(url);
      return void req.abort('blockedbyclient').catch(() => undefined);
    }
    readFile(path).then(
      (body) => req.respond({ status: 200, contentType: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', body }),
      () => req.respond({ status: 404, contentType: 'text/plain', body: '' }),
    ).catch(() => undefined);
  });
  await page.setJavaScriptEnabled(true);
  // dingben runs through tsx, whose compiler wraps nested functions in a `__name` helper; a function
  // handed to page.evaluate takes that call into the page, which has no such helper. Every page gets a
  // stand-in that returns the function as it is.
  await page.evaluateOnNewDocument('globalThis.__name ??= (f) => f');
  return page;
}

/**
 * Waits until every face the page declares has loaded. Its page code is a string: src/ is type-checked
 * without the DOM, and a line this short does not need the PDF writer's typed, bundled page code
 * (src/pdf/in-page/), which the EPUB's cover, its other user, may not import.
 */
export async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate('(async () => { await Promise.all([...document.fonts].map((f) => f.load())); await document.fonts.ready; })()');
}
