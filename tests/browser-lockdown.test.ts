// The render page loads only the build's own files: a network address and a
// file:// outside the allowed folder are aborted and reported.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchBrowser, localPath, lockedPage } from '../src/render/browser.ts';

test('requests outside the build are blocked and recorded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dingben-lock-'));
  writeFileSync(join(dir, 'own.css'), 'p { color: red }');
  writeFileSync(join(dir, 'page.html'), `<!doctype html><link rel="stylesheet" href="own.css">
<img src="http://198.51.100.7/tracker.png"><img src="file:///etc/hostname"><img src="file://127.0.0.1/etc/passwd"><p style="background: url(file://localhost.example/x)">正文</p>`);
  const handle = await launchBrowser();
  try {
    const blocked: string[] = [];
    const page = await lockedPage(handle.browser, [dir], [], blocked);
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(r.url()));
    await page.goto(pathToFileURL(join(dir, 'page.html')).href, { waitUntil: 'load', timeout: 30_000 });
    assert.ok(blocked.includes('http://198.51.100.7/tracker.png'), `blocked: ${blocked.join(', ')}`);
    assert.ok(blocked.includes('file:///etc/hostname'));
    // A file: URL with a host cannot be read as a path: blocked, and the filter does not throw.
    assert.ok(blocked.includes('file://127.0.0.1/etc/passwd'), `blocked: ${blocked.join(', ')}`);
    assert.ok(loaded.some((u) => u.endsWith('/own.css')), 'the build’s own stylesheet loads');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('p')!).color), 'rgb(255, 0, 0)');
  } finally {
    await handle.close();
  }
});

test('a file: URL with a host, or one that is no path, has no local path (the filter blocks it, never throws)', () => {
  assert.equal(localPath('file://127.0.0.1/etc/passwd'), undefined);
  assert.equal(localPath('file://example.com/x'), undefined);
  assert.equal(localPath('file:///etc/hostname'), '/etc/hostname');
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
