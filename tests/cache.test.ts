// The build cache: an unchanged book is not rendered again, and gives the
// same bytes; a changed chapter is rendered again.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCliAsync, tempDir } from './helpers.ts';
import { BuildCache } from '../src/cache.ts';

test('an unchanged book comes from the cache, byte for byte; an edited chapter is rendered again', async () => {
  const dir = tempDir('dingben-cache-');
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
  const out = tempDir('dingben-quiet-');
  const r = await runCliAsync(['build', join(ROOT, 'sources/book.yaml'), '-o', out, '--only', 'clean,pdf']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stderr.includes('\r'), 'no carriage-return progress');
  assert.doesNotMatch(r.stderr, /pages laid out/);
});

test('a long book in parts: an edited chapter is laid out and its part printed again, the rest comes from the cache, and the PDF is the one a fresh build makes', async () => {
  const dir = tempDir('dingben-parts-cache-');
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
  assert.match(edited.stderr, /paginated in 2 parts; from the cache: 2 of 3 sections laid out, 1 of 2 parts printed/);
  await sameAsFresh(build, out);
});

test('an edited chapter in a part of several is laid out alone; its part is printed again, the other part is not', async () => {
  const { files, out, build } = fourChapterBook('分段缓存');
  const first = await build();
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /paginated in 2 parts\)/);

  writeFileSync(files[1]!, readFileSync(files[1]!, 'utf8').replace('王沪宁参加考察。', '王沪宁参加考察，并作了讲话。'));
  const edited = await build();
  assert.equal(edited.code, 0, edited.stderr);
  assert.match(edited.stderr, /paginated in 2 parts; from the cache: 4 of 5 sections laid out, 1 of 2 parts printed/);
  await sameAsFresh(build, out);
});

test('the cache keeps the most recently used entries within its size', async () => {
  const cache = new BuildCache(tempDir('dingben-prune-'));
  const kilobyte = 'x'.repeat(1000);
  for (const [i, key] of ['a', 'b', 'c'].entries()) {
    await cache.put(key, { 'data.txt': kilobyte });
    // Entries written a minute apart, oldest first.
    const t = new Date(Date.now() - (3 - i) * 60_000);
    utimesSync(join(cache.dir, key), t, t);
  }
  assert.ok(await cache.get('a', 'data.txt'), 'the oldest entry, used again');
  await cache.prune(2500);
  assert.ok(await cache.get('a', 'data.txt'), 'used last: kept');
  assert.ok(await cache.get('c', 'data.txt'), 'written last: kept');
  assert.equal(await cache.get('b', 'data.txt'), undefined, 'least recently used: dropped');
});

test('an edit that adds pages moves the later parts\' page numbers; a damaged cache entry is a miss', async () => {
  const { files, out, build } = fourChapterBook('重新编页');
  const first = await build();
  assert.equal(first.code, 0, first.stderr);
  const pagesBefore = Number(/\((\d+) pages/.exec(first.stderr)?.[1]);

  // The first chapter gains its own text again: pages more, so every later page number moves.
  const text = readFileSync(files[0]!, 'utf8');
  const body = text.split('\n').filter((l) => l.trim().length > 40).join('\n\n');
  writeFileSync(files[0]!, `${text}\n\n${body}\n\n${body}`);
  // And every laid-out section in the cache is damaged: each must be laid out again, not read.
  for (const entry of readdirSync(join(out, '.cache'))) {
    if (existsSync(join(out, '.cache', entry, 'unit.json'))) writeFileSync(join(out, '.cache', entry, 'unit.json'), '{"pages": [');
  }
  const edited = await build();
  assert.equal(edited.code, 0, edited.stderr);
  assert.ok(Number(/\((\d+) pages/.exec(edited.stderr)?.[1]) > pagesBefore, `${pagesBefore} pages before:\n${edited.stderr}`);
  await sameAsFresh(build, out);
});

/** Four chapters, each its own copy of a seed, built PDF only in parts of about two chapters each. */
function fourChapterBook(title: string) {
  const dir = tempDir('dingben-four-');
  const seeds = ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt'];
  const files = [0, 1, 0, 1].map((s, i) => {
    const file = join(dir, `chapter-${i + 1}.txt`);
    copyFileSync(join(ROOT, 'sources', seeds[s]!), file);
    return file;
  });
  writeFileSync(join(dir, 'book.yaml'), `title: ${title}\neditor: 测试\ndate: 2020-03-11\nchapters:\n${files.map((f) => `  - file: ${f}`).join('\n')}\n`);
  const out = join(dir, 'out');
  const build = (...extra: string[]) => runCliAsync(['build', join(dir, 'book.yaml'), '-o', out, '--only', 'pdf', '--part-size', '6000', ...extra]);
  return { files, out, build };
}

/** The PDF the last build left in `out` is, byte for byte, the one a build without the cache makes. */
async function sameAsFresh(build: (...extra: string[]) => ReturnType<typeof runCliAsync>, out: string) {
  const incremental = readFileSync(join(out, 'dingben-book.pdf'));
  const fresh = await build('--no-cache');
  assert.equal(fresh.code, 0, fresh.stderr);
  assert.ok(readFileSync(join(out, 'dingben-book.pdf')).equals(incremental), 'the same bytes as a build without the cache');
}

test('a damaged cache never serves: a truncated PDF, garbage, {} in every entry are misses, rebuilt to the fresh bytes', async () => {
  const { out, build } = fourChapterBook('坏缓存');
  const first = await build('--part-size', '1000000');
  assert.equal(first.code, 0, first.stderr);
  const cache = join(out, '.cache');
  const entries = readdirSync(cache);
  for (const [i, entry] of entries.entries()) {
    for (const name of readdirSync(join(cache, entry))) {
      if (name === 'sha256.json') continue;
      const file = join(cache, entry, name);
      const bytes = readFileSync(file);
      // By turns: the first half only, garbage of the same length, an empty JSON object.
      writeFileSync(file, i % 3 === 0 ? bytes.subarray(0, bytes.length >> 1) : i % 3 === 1 ? Buffer.alloc(bytes.length, 0x5a) : '{}');
    }
  }
  const again = await build('--part-size', '1000000');
  assert.equal(again.code, 0, again.stderr);
  assert.doesNotMatch(again.stderr, /from the cache/);
  const pdf = readFileSync(join(out, 'dingben-book.pdf'));
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await sameAsFresh((...extra) => build('--part-size', '1000000', ...extra), out);
});

test('BuildCache: an entry is served only with the bytes it was put with', async () => {
  const cache = new BuildCache(tempDir('dingben-sums-'));
  await cache.put('k', { 'a.json': '{"x":1}', 'b.bin': new Uint8Array([1, 2, 3]) });
  assert.deepEqual(await cache.getJson('k', 'a.json'), { x: 1 });
  writeFileSync(join(cache.dir, 'k', 'b.bin'), new Uint8Array([1, 2]));
  assert.equal(await cache.get('k', 'b.bin'), undefined);
  assert.ok(!existsSync(join(cache.dir, 'k')), 'the damaged entry is removed');
  // Files without their manifest (a put cut short) are never served.
  await cache.put('m', { 'a.json': '{}' });
  writeFileSync(join(cache.dir, 'm', 'sha256.json'), '');
  assert.equal(await cache.getJson('m', 'a.json'), undefined);
});
