// The render page loads only the build's own files: a network address and a
// file:// outside the allowed folder are aborted and reported.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ORIGIN, launchBrowser, lockedPage, servedPath, urlFor } from '../src/browser/browser.ts';
import { tempDir } from './helpers.ts';

test('requests outside the build are blocked and recorded', async () => {
  const dir = tempDir('dingben-lock-');
  writeFileSync(join(dir, 'own.css'), 'p { color: red }');
  writeFileSync(join(dir, 'page.html'), `<!doctype html><link rel="stylesheet" href="own.css">
<img src="http://198.51.100.7/tracker.png"><img src="file:///etc/hostname"><img src="file://127.0.0.1/etc/passwd"><p style="background: url(file://localhost.example/x)">正文</p>`);
  const handle = await launchBrowser();
  try {
    const blocked: string[] = [];
    const page = await lockedPage(handle.browser, dir, blocked);
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(r.url()));
    await page.goto(urlFor(page, join(dir, 'page.html')), { waitUntil: 'load', timeout: 30_000 });
    assert.ok(blocked.includes('http://198.51.100.7/tracker.png'), `blocked: ${blocked.join(', ')}`);
    // From the build's origin Chromium itself refuses file: addresses; either way none loads.
    assert.ok(!loaded.some((u) => u.startsWith('file:')), loaded.join(', '));
    assert.ok(loaded.some((u) => u.endsWith('/own.css')), 'the build’s own stylesheet loads');
    // Served from Node: the browser was asked for nothing on disk.
    assert.ok(loaded.every((u) => u.startsWith(`${ORIGIN}/`)), loaded.join(', '));
    assert.ok(!handle.browser.process()?.spawnargs.includes('--allow-file-access-from-files'));
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('p')!).color), 'rgb(255, 0, 0)');
  } finally {
    await handle.close();
  }
});

test('servedPath: only addresses at the build\'s origin, inside the folder it serves', () => {
  assert.equal(servedPath('/srv/b', `${ORIGIN}/part-1/print.html`), '/srv/b/part-1/print.html');
  assert.equal(servedPath('/srv/b', `${ORIGIN}/%2e%2e%2fetc/passwd`), undefined);
  assert.equal(servedPath('/srv/b', `${ORIGIN}/..%2F..%2Fetc%2Fpasswd`), undefined);
  assert.equal(servedPath('/srv/b', 'file:///srv/b/book.html'), undefined);
  assert.equal(servedPath('/srv/b', 'http://dingben.invalid.example.com/book.html'), undefined);
  assert.equal(servedPath('/srv/b', `${ORIGIN}/%E0%A4%A`), undefined, 'a malformed escape is refused, not thrown');
});

test('a missing browser is a one-line error naming what to install', async () => {
  const saved = process.env.DINGBEN_CHROMIUM;
  process.env.DINGBEN_CHROMIUM = '/nonexistent/chromium';
  try {
    await assert.rejects(launchBrowser(), /DINGBEN_CHROMIUM=\/nonexistent\/chromium: no such file/);
  } finally {
    if (saved === undefined) delete process.env.DINGBEN_CHROMIUM;
    else process.env.DINGBEN_CHROMIUM = saved;
  }
});
