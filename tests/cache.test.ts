// The build cache: an unchanged book is not rendered again, and gives the
// same bytes; a changed chapter is rendered again.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCliAsync } from './helpers.ts';

test('an unchanged book comes from the cache, byte for byte; an edited chapter is rendered again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dingben-cache-'));
  for (const f of ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt', 'book.yaml']) copyFileSync(join(ROOT, 'sources', f), join(dir, f));
  const out = join(dir, 'out');
  const build = () => runCliAsync(['build', join(dir, 'book.yaml'), '-o', out]);

  const first = await build();
  assert.equal(first.code, 0, first.stderr);
  assert.doesNotMatch(first.stderr, /from the cache/);
  const pdf1 = readFileSync(join(out, 'dingben-book.pdf'));
  const epub1 = readFileSync(join(out, 'dingben-book.epub'));

  const second = await build();
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /unchanged: from the cache/);
  assert.ok(readFileSync(join(out, 'dingben-book.pdf')).equals(pdf1));
  assert.ok(readFileSync(join(out, 'dingben-book.epub')).equals(epub1));

  const source = join(dir, '001_ec090317ee671a83.txt');
  writeFileSync(source, readFileSync(source, 'utf8').replace('王沪宁参加考察。', '王沪宁参加考察，并作了讲话。'));
  const third = await build();
  assert.equal(third.code, 0, third.stderr);
  assert.doesNotMatch(third.stderr, /from the cache/);
  assert.ok(!readFileSync(join(out, 'dingben-book.pdf')).equals(pdf1));
  assert.ok(readFileSync(join(out, 'clean/001_ec090317ee671a83.md'), 'utf8').includes('并作了讲话'));

  const fresh = await runCliAsync(['build', join(dir, 'book.yaml'), '-o', out, '--no-cache']);
  assert.equal(fresh.code, 0, fresh.stderr);
  assert.doesNotMatch(fresh.stderr, /from the cache/);
});

test('progress lines stay off a stderr that is not a terminal', async () => {
  const out = mkdtempSync(join(tmpdir(), 'dingben-quiet-'));
  const r = await runCliAsync(['build', join(ROOT, 'sources/book.yaml'), '-o', out, '--only', 'clean,pdf']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stderr.includes('\r'), 'no carriage-return progress');
  assert.doesNotMatch(r.stderr, /pages laid out/);
});

test('a long book in parts: an edited chapter paginates its part again, the other parts come from the cache, and the PDF is the one a fresh build makes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dingben-parts-cache-'));
  for (const f of ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt', 'book.yaml']) copyFileSync(join(ROOT, 'sources', f), join(dir, f));
  const out = join(dir, 'out');
  // One chapter per part (--part-size 1), as a long book's parts would be.
  const build = (...extra: string[]) => runCliAsync(['build', join(dir, 'book.yaml'), '-o', out, '--only', 'pdf', '--part-size', '1', ...extra]);
  const first = await build();
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /paginated in 2 parts\)/);

  const source = join(dir, '001_ec090317ee671a83.txt');
  writeFileSync(source, readFileSync(source, 'utf8').replace('王沪宁参加考察。', '王沪宁参加考察，并作了讲话。'));
  const edited = await build();
  assert.equal(edited.code, 0, edited.stderr);
  assert.match(edited.stderr, /paginated in 2 parts \(1 unchanged, from the cache\)/);
  const incremental = readFileSync(join(out, 'dingben-book.pdf'));

  const fresh = await build('--no-cache');
  assert.equal(fresh.code, 0, fresh.stderr);
  assert.ok(readFileSync(join(out, 'dingben-book.pdf')).equals(incremental), 'the same bytes as a build without the cache');
});
