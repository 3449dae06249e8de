// The review page, opened in the real Chromium from file://: every change of every report is on it with
// its rule and stable id, the filters hide a rule's changes, and nothing from a source runs as script.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadBook } from '../src/book/config.ts';
import { buildBook, reviewPath } from '../src/build.ts';
import { changeId, changeIds } from '../src/clean/report.ts';
import { launchBrowser } from '../src/browser/browser.ts';
import { corpusFiles, noCorpus, ROOT, runCli, tempDir } from './helpers.ts';

const browser = await launchBrowser();
after(() => browser.close());

async function review(bookFile: string) {
  const out = tempDir('dingben-review-');
  const book = await loadBook(bookFile);
  const result = await buildBook(book, { outDir: out, only: ['review'] });
  const path = reviewPath(book, out);
  const page = await browser.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(pathToFileURL(path).href, { timeout: 30_000 });
  return { result, path, page, dialogs };
}

test('the default book: every change is on the page with its rule and id; a rule filter hides exactly its changes', async () => {
  const { result, page } = await review(join(ROOT, 'sources/book.yaml'));
  const changes = result.chapters.flatMap((c) => c.changes);
  assert.ok(changes.length > 20);
  const ids = await page.$$eval('li.change', (els) => els.map((e) => e.getAttribute('data-id')!));
  assert.deepEqual([...ids].sort(), result.chapters.flatMap((c) => changeIds(c.changes)).sort());
  // Every id is one change's: a change made twice in a file (an indent on two lines) is id, then id.2.
  for (const c of result.chapters) assert.equal(new Set(changeIds(c.changes)).size, c.changes.length);
  assert.equal(new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))).size, await page.$$eval('[id]', (els) => els.length), 'HTML ids are unique');
  // The page break inside 救死扶伤 is one change of page-break, with its id and the text on both sides.
  const join_ = changes.find((c) => c.rule === 'page-break' && c.kind === 'joined' && c.text.includes('救⏎死扶伤'));
  assert.ok(join_, 'the 救/死扶伤 join is in the report');
  const item = await page.$eval(`li.change[data-id="${changeId(join_)}"]`, (e) => ({ rule: e.getAttribute('data-rule'), text: e.textContent }));
  assert.equal(item.rule, 'page-break');
  assert.match(item.text!, /救/);
  const whitespace = changes.filter((c) => c.rule === 'whitespace').length;
  assert.ok(whitespace > 0);
  await page.click('.filters input[name="rule"][value="whitespace"]');
  const visible = await page.$$eval('li.change', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
  assert.equal(visible, changes.length - whitespace);
  // A moved span links to where it went (the front matter, a caption or pull-quote block), and the link lands.
  const went = await page.$$eval('a.went', (as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  assert.ok(went.length >= 5, `${went.length} links`);
  for (const id of went) assert.ok(await page.$(`[id="${id}"]`), id);
  // No other origin is reached: the page is one file.
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').length), 0);
  await page.close();
});

test('scraped script, handlers and markup stay text: no dialog, one script (ours), the text shown as written', async () => {
  const dir = tempDir('dingben-review-hostile-');
  const hostile = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '"><svg onload=alert(3)>', '</td></tr></table><script>alert(4)</script>'];
  writeFileSync(join(dir, 'a.txt'), `不设防的稿件\n\n正文第一段，说明情况。\n\n${hostile.join('\n\n')}\n\n正文最后一段。\n`);
  writeFileSync(join(dir, 'book.yaml'), 'title: 不设防\nrules: { markup-debris: false }\nchapters:\n  - a.txt\n');
  const { page, dialogs, path } = await review(join(dir, 'book.yaml'));
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(dialogs, []);
  assert.equal(await page.$$eval('script', (s) => s.length), 1);
  assert.equal(await page.$$eval('[onerror], [onload], img, svg', (s) => s.length), 0);
  const text = await page.evaluate(() => document.body.innerText);
  for (const h of hostile) assert.ok(text.includes(h), `${h} shown as text`);
  assert.match(readFileSync(path, 'utf8'), /Content-Security-Policy/);
  await page.close();
});

test('the shared corpus: every change of every report is on the review page', { skip: noCorpus }, async () => {
  const dir = tempDir('dingben-review-corpus-');
  writeFileSync(join(dir, 'book.yaml'), `title: 语料\nchapters:\n${corpusFiles.map((f) => `  - ${JSON.stringify(f)}`).join('\n')}\n`);
  const { result, page } = await review(join(dir, 'book.yaml'));
  const total = result.chapters.reduce((n, c) => n + c.changes.length, 0);
  assert.ok(total > 100);
  assert.equal(await page.$$eval('li.change', (els) => els.length), total);
  assert.equal(await page.$$eval('section.article', (els) => els.length), corpusFiles.length);
  await page.close();
});

test('dingben review writes only the review page', () => {
  const out = tempDir('dingben-review-cli-');
  const r = runCli(['review', join(ROOT, 'sources/book.yaml'), '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /review .*review\/index\.html/);
  assert.match(readFileSync(join(out, 'review', 'index.html'), 'utf8'), /^<!doctype html>/);
});
