/**
 * The e-book's cover image: the print book's cover page, rendered by the same
 * Chromium to a PNG at the page's proportions.
 */
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookConfig } from '../book/config.ts';
import { cover } from '../typeset/book-html.ts';
import type { BrowserHandle } from '../browser/browser.ts';
import { fontsLoaded, lockedPage, urlFor } from '../browser/browser.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { withTimeout } from '../browser/timeout.ts';
import { fontFaceCss, type SubsetFace } from './fonts.ts';
import { BuildCache } from '../cache.ts';
import { fontsIdentity } from '../typeset/fonts.ts';
import { scratchDir } from '../io/scratch.ts';

const WIDTH = 800;

/**
 * The cover PNG. It is cached by its page and the bundled fonts' identity, not by the subsets in `faces`:
 * those follow the whole book's characters, while the cover sets only its own, whose outlines are the
 * bundled fonts' whatever else a subset holds.
 */
export async function renderCover(book: BookConfig, faces: SubsetFace[], handle: () => Promise<BrowserHandle>, cache?: BuildCache, timeoutMs = 60_000): Promise<Uint8Array> {
  const height = Math.round((WIDTH * book.page.height) / book.page.width);
  const html = coverHtml(book, faces, height);
  const key = BuildCache.key('cover', html, ...fontsIdentity());
  const hit = await cache?.get(key, 'cover.png');
  if (hit) return new Uint8Array(hit);
  const png = await screenshot(html, faces, height, await handle(), timeoutMs);
  await cache?.put(key, { 'cover.png': png });
  return png;
}

function coverHtml(book: BookConfig, faces: SubsetFace[], height: number): string {
  const css = `${fontFaceCss(faces, '')}
html, body { margin: 0; }
.cover { width: ${WIDTH}px; height: ${height}px; background: #8c1c13; color: #fff; display: flex; align-items: center; justify-content: center; font-family: "Noto Serif SC"; }
.cover-inner { text-align: center; padding: 0 60px; }
.cover-title { font-family: "Noto Sans SC"; font-weight: 700; font-size: 64px; line-height: 1.35; margin: 0 0 40px; text-wrap: balance; }
.cover-subtitle { font-size: 30px; margin: 0 0 160px; }
.cover-editor { font-size: 28px; margin: 0; }`;
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, h('html', { lang: book.language }, [h('head', [h('meta', { charset: 'utf-8' }), h('style', css)]), h('body', [cover(book)])])] });
}

async function screenshot(html: string, faces: SubsetFace[], height: number, handle: BrowserHandle, timeoutMs: number): Promise<Uint8Array> {
  const dir = await scratchDir(tmpdir(), 'dingben-cover-');
  try {
    for (const f of faces) await writeFile(join(dir, f.file), f.data);
    await writeFile(join(dir, 'cover.html'), html);
    const blocked: string[] = [];
    const page = await lockedPage(handle.browser, dir, blocked);
    try {
      await page.setViewport({ width: WIDTH, height, deviceScaleFactor: 1 });
      await withTimeout(page.goto(urlFor(page, join(dir, 'cover.html')), { waitUntil: 'load', timeout: timeoutMs }), timeoutMs, 'loading the e-book cover');
      await withTimeout(fontsLoaded(page), timeoutMs, 'loading the e-book cover\'s fonts');
      return new Uint8Array(await withTimeout(page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: WIDTH, height } }), timeoutMs, 'rendering the e-book cover'));
    } finally {
      await page.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
