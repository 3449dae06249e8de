// dingben check: what the cleaner would change, written nowhere; exit 0 / 1 / 2.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from './helpers.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), ...args], { encoding: 'utf8' });
const SEED = join(ROOT, 'sources/000_9263f738cee7a8ed.txt');

test('check: a scraped source has changes (exit 1), its clean edition none (exit 0), nothing is written', () => {
  const dir = tempDir('dingben-check-');
  const src = join(dir, 'a.txt');
  writeFileSync(src, readFileSync(SEED));
  const r = run('check', src);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /a\.txt:\d+: boilerplate removed \[boilerplate-[0-9a-f]{10}\]: 点击观看视频/);
  assert.deepEqual(readdirSync(dir), ['a.txt'], 'check writes nothing');
  const edition = join(dir, 'a.md');
  assert.equal(run('clean', src, '-o', edition).status, 0);
  const again = run('check', edition);
  assert.equal(again.status, 0, again.stdout);
});

test('check --json: one object per change with file, line, column, rule, id, kind, before, after; ids are stable', () => {
  const a = run('check', '--json', SEED);
  const rows = a.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(rows.length > 5);
  for (const r of rows) assert.deepEqual(Object.keys(r), ['file', 'line', 'column', 'rule', 'id', 'kind', 'before', 'after']);
  // An edit elsewhere in the file leaves the other changes' ids as they were.
  const dir = tempDir('dingben-check-id-');
  const edited = join(dir, 'b.txt');
  writeFileSync(edited, `${readFileSync(SEED, 'utf8')}\n\n又补了一段正文，讲了一件新的事情。\n`);
  const ids = new Set((run('check', '--json', edited).stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)));
  const before = rows.map((r) => r.id as string).filter((id) => !id.startsWith('boilerplate'));
  assert.ok(before.filter((id) => ids.has(id)).length >= before.length - 2, 'the ids survive an edit elsewhere');
});

test('check: a usage mistake or an unreadable file is exit 2, one line', () => {
  for (const args of [['check', '--bogus', SEED], ['check', '/nonexistent/x.txt'], ['check']]) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('dingben:')).length, 1, r.stderr);
  }
});

test('check BOOK: the book\'s sources, with the book\'s rules', () => {
  const r = run('check', join(ROOT, 'sources/book.yaml'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /000_9263f738cee7a8ed\.txt:\d+:/);
  assert.match(r.stdout, /001_ec090317ee671a83\.txt:\d+:/);
});
