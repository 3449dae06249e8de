// `dingben preview`, driven in the real Chromium: the live review page undoes the 救/死扶伤 join and
// applies a suggestion by writing the book file (comments kept) through the server; the rebuild keeps the
// break and the open page reloads itself; the book paginates in the browser; writes from another origin
// or through another host name are refused.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cleanText } from '../src/clean/pipeline.ts';
import { changeId } from '../src/clean/report.ts';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from '../src/browser/browser.ts';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

const dir = tempDir('dingben-preview-');
for (const f of SEEDS) copyFileSync(f, join(dir, f.split('/').pop()!));
const OPEN = '某县召开会议\n\n这是第一段的内容，讲了一件事情的开头，但是没有写完\n\n第二段接着讲，讲到了结尾。\n';
writeFileSync(join(dir, 'open.txt'), OPEN);
const bookFile = join(dir, 'book.yaml');
writeFileSync(bookFile, readFileSync(join(ROOT, 'sources/book.yaml'), 'utf8').replace(/^outputs:/m, '  - open.txt   # a third article, with a suggestion\noutputs:'));
const comments = readFileSync(bookFile, 'utf8').split('\n').filter((l) => /^\s*#/.test(l));
assert.ok(comments.length >= 2);

const child = spawn(process.execPath, [join(ROOT, 'bin/dingben.js'), 'preview', bookFile, '-o', join(dir, 'out')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += String(d)));
// Should this file fail before its hooks are set, the server must not outlive it.
process.on('exit', () => child.kill('SIGKILL'));
const exited = new Promise<number | null>((done) => child.on('close', done));
const builds = () => (stderr.match(/^built in /gm) ?? []).length;
async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 120_000) {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; stderr:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
await until('the first build', () => builds() >= 1);

/** Until no build has started or ended for `quietMs`: a save may be seen twice, and a page must not reload under a click. */
async function settled(quietMs = 2500) {
  let last = stderr.length;
  let since = Date.now();
  await until('the builds to settle', () => {
    if (stderr.length !== last) [last, since] = [stderr.length, Date.now()];
    return Date.now() - since >= quietMs && /built in [^\n]*\n$/.test(stderr);
  }, 60_000);
}
const url = /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)![1]!;
const browser = await launchBrowser();
after(async () => {
  await browser.close();
  child.kill('SIGINT');
  assert.equal(await exited, 0, stderr);
});

test('the server listens on 127.0.0.1 and prints its address', { timeout: 900_000 }, () => {
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('the review page gives each block the PDF page it is printed on, in order within each article', { timeout: 900_000 }, async () => {
  const page = await bounded(browser.browser.newPage(), 30_000);
  await page.goto(`${url}review`);
  const perArticle = await page.$$eval('section.article', (ss) => ss.map((s) => [...s.querySelectorAll('.page')].map((p) => Number(/\d+/.exec(p.textContent!)![0]))));
  const pdfPages = Number(/pdf .*\((\d+) pages/.exec(stderr)![1]);
  assert.equal(perArticle.length, 3);
  for (const pages of perArticle) {
    assert.ok(pages.length >= 2, 'most blocks have their page');
    assert.deepEqual(pages, [...pages].sort((a, b) => a - b));
    assert.ok(pages.every((p) => p >= 1 && p <= pdfPages));
  }
  await bounded(page.close(), 10_000).catch(() => undefined); // a page mid-reload may never answer: the test has its answer already
});

/** A page call that gives up after `ms`: a call that meets a reload can wait on a context that is gone. */
function bounded<T>(call: Promise<T>, ms = 10_000): Promise<T> {
  return Promise.race([call, new Promise<never>((_, fail) => setTimeout(() => fail(new Error('page call timed out')), ms))]);
}

/**
 * Opens a change's override on the review page and presses its button, in one step inside the page (a
 * reload cannot come between opening and pressing); again from a fresh load if a reload met it. Marks the
 * page first, so that its reload shows.
 */
async function press(page: Page, id: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const done = await bounded(page.evaluate((id) => {
      const button = document.querySelector<HTMLButtonElement>(`li.change[data-id="${id}"] button.write`);
      if (!button) return false;
      button.closest('details')!.open = true;
      (window as unknown as { mark: number }).mark = 1;
      button.click();
      return true;
    }, id)).catch(() => false);
    if (done) return;
    await bounded(page.goto(`${url}review`), 30_000).catch(() => undefined);
  }
  throw new Error(`no button for ${id} on the review page`);
}

test('undo from the review page: keep: written into the book file, comments kept; the rebuild keeps the break; the page reloads', { timeout: 900_000 }, async () => {
  const join_ = cleanText({ path: 'x', text: readFileSync(SEEDS[1]!, 'utf8'), encoding: 'utf-8', sha256: 'x' }).changes.find((c) => c.rule === 'page-break' && c.kind === 'joined' && c.text.includes('救⏎死扶伤'))!;
  const id = changeId(join_);
  await settled();
  const page = await bounded(browser.browser.newPage(), 30_000);
  await bounded(page.goto(`${url}review`), 30_000);
  const before = builds();
  await press(page, id);
  await until('the override in the book file', () => readFileSync(bookFile, 'utf8').includes(`keep: [ ${id} ]`) || readFileSync(bookFile, 'utf8').includes(`keep: [${id}]`));
  const text = readFileSync(bookFile, 'utf8');
  for (const c of comments) assert.ok(text.includes(c.trim()), `comment kept: ${c}`);
  await until('the rebuild', () => builds() > before);
  assert.match(readFileSync(join(dir, 'out/clean/001_ec090317ee671a83.md'), 'utf8'), /救\n\n死扶伤/);
  // An evaluation that meets the reload itself fails: that is not yet the new page.
  await until('the page to reload', () => bounded(page.evaluate(() => (window as unknown as { mark?: number }).mark === undefined)).catch(() => false), 30_000);
  await until('the reloaded page to show the change as kept', () => bounded(page.evaluate(() => document.querySelector('li.change[data-kind="kept"]') !== null)).catch(() => false), 30_000);
  await bounded(page.close(), 10_000).catch(() => undefined); // a page mid-reload may never answer: the test has its answer already
});

test('apply a suggestion from the review page: accept: written, the rebuild joins the lines', { timeout: 900_000 }, async () => {
  const suggestion = cleanText({ path: 'x', text: OPEN, encoding: 'utf-8', sha256: 'x' }).changes.find((c) => c.kind === 'suggested' && c.rule === 'page-break')!;
  const id = changeId(suggestion);
  await settled();
  const page = await bounded(browser.browser.newPage(), 30_000);
  await bounded(page.goto(`${url}review`), 30_000);
  const before = builds();
  await press(page, id);
  await until('accept: in the book file', () => readFileSync(bookFile, 'utf8').includes(id));
  await until('the rebuild', () => builds() > before);
  assert.match(readFileSync(join(dir, 'out/clean/open.md'), 'utf8'), /没有写完第二段接着讲/);
  await bounded(page.close(), 10_000).catch(() => undefined); // a page mid-reload may never answer: the test has its answer already
});

test('the book paginates in the browser from the same HTML as the PDF', { timeout: 900_000 }, async () => {
  const page = await bounded(browser.browser.newPage(), 30_000);
  await page.goto(`${url}book/`);
  await until('Paged.js', () => page.evaluate(() => document.querySelectorAll('.pagedjs_page').length > 10), 60_000);
  const pdfPages = Number(/pdf .*\((\d+) pages/.exec(stderr.split('\n').filter((l) => l.startsWith('pdf ')).pop()!)![1]);
  await until('every page', () => page.evaluate((n) => document.querySelectorAll('.pagedjs_page').length === n, pdfPages), 60_000);
  await bounded(page.close(), 10_000).catch(() => undefined); // a page mid-reload may never answer: the test has its answer already
});

function post(headers: Record<string, string>): Promise<number> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/override', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end(JSON.stringify({ action: 'keep', chapter: 0, file: '000_9263f738cee7a8ed.txt', id: 'whitespace-0123456789' }));
  });
}

test('writes from another origin, through another host name, or without JSON are refused; the book file is unchanged', { timeout: 900_000 }, async () => {
  const { host } = new URL(url);
  const text = readFileSync(bookFile, 'utf8');
  assert.equal(await post({ origin: 'http://evil.example', host }), 403);
  assert.equal(await post({ origin: 'null', host }), 403);
  assert.equal(await post({ origin: `http://${host}`, host: `evil.example:${new URL(url).port}` }), 403);
  assert.equal(await post({ host }), 403, 'no Origin');
  assert.equal(readFileSync(bookFile, 'utf8'), text);
  // The page of another origin cannot even send it: fetch from a data: page fails on the preflight.
  const page = await bounded(browser.browser.newPage(), 30_000);
  await page.goto('data:text/html,<p>elsewhere</p>');
  const outcome = await page.evaluate((u) => fetch(`${u}override`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => String(r.status), (e) => `failed: ${e}`), url);
  assert.match(outcome, /^failed|^403$/);
  assert.equal(readFileSync(bookFile, 'utf8'), text);
  await bounded(page.close(), 10_000).catch(() => undefined); // a page mid-reload may never answer: the test has its answer already
});
