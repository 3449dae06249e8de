// The environment refusing (a full device, a folder in the way, a closed pipe, a file system that will not
// take a file) is one line naming the path and the cause, with its own exit status; nothing is replaced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from './helpers.ts';

const BIN = join(ROOT, 'bin/dingben.js');
const SEED = join(ROOT, 'sources/000_9263f738cee7a8ed.txt');
const run = (args: string[], shell?: string) => (shell ? spawnSync('bash', ['-c', shell], { encoding: 'utf8' }) : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' }));
const oneLine = (stderr: string) => stderr.trim().split('\n').filter((l) => l.startsWith('dingben:'));

test('stdout to a full device: exit 74, one line', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, () => {
  const r = run([], `node ${JSON.stringify(BIN)} clean ${JSON.stringify(SEED)} > /dev/full`);
  assert.equal(r.status, 74, r.stderr);
  assert.deepEqual(oneLine(r.stderr), ['dingben: cannot write to standard output: no space left on the device (ENOSPC)']);
  assert.doesNotMatch(r.stderr, /at .*\(|node:/);
});

test('-o a device: written through, never replaced by a file; a full one is exit 74', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, () => {
  const full = run(['clean', SEED, '-o', '/dev/full']);
  assert.equal(full.status, 74, full.stderr);
  assert.deepEqual(oneLine(full.stderr), ['dingben: /dev/full: no space left on the device (ENOSPC)']);
  assert.ok(statSync('/dev/full').isCharacterDevice());
  const nul = run(['clean', SEED, '-o', '/dev/null']);
  assert.equal(nul.status, 0, nul.stderr);
  assert.ok(statSync('/dev/null').isCharacterDevice());
  assert.ok(!existsSync('/dev/null.report.json'));
});

test('-o a folder for one file, or a file for several: exit 73, one line naming it', () => {
  const dir = tempDir('dingben-o-');
  const r = run(['clean', SEED, '-o', dir]);
  assert.equal(r.status, 73, r.stderr);
  assert.deepEqual(oneLine(r.stderr), [`dingben: ${dir}: is a folder, not a file`]);
  const file = join(dir, 'x.md');
  writeFileSync(file, 'x');
  const s = run(['clean', SEED, join(ROOT, 'sources/001_ec090317ee671a83.txt'), '-o', file]);
  assert.equal(s.status, 73, s.stderr);
  assert.match(s.stderr, /cannot make the folder: a file of that name is in the way/);
});

test('a reader that closes the pipe early: exit 0, nothing on stderr but the summary', () => {
  const dir = tempDir('dingben-pipe-');
  const big = join(dir, 'big.txt');
  writeFileSync(big, `标题\n\n${'这是一段很长的正文，用来把管道写满。'.repeat(40000)}\n`);
  const r = run([], `node ${JSON.stringify(BIN)} clean ${JSON.stringify(big)} | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`);
  assert.match(r.stderr, /status 0/, r.stderr);
  assert.doesNotMatch(r.stderr, /Error|EPIPE|at /);
});

test('a file system that will not take the file: exit 73, one line naming the file', () => {
  const r = run(['clean', SEED, '-o', '/proc/dingben-test.md']);
  assert.equal(r.status, 73, r.stderr);
  assert.deepEqual(oneLine(r.stderr).length, 1);
  assert.match(r.stderr, /^dingben: \/proc\/dingben-test\.md: cannot write it: /m);
});

test('sources with the same name get distinct clean editions, and a warning says which is which', () => {
  const dir = tempDir('dingben-same-');
  for (const [sub, seed] of [['a', '000_9263f738cee7a8ed.txt'], ['b', '001_ec090317ee671a83.txt']]) {
    spawnSync('mkdir', ['-p', join(dir, sub!)]);
    writeFileSync(join(dir, sub!, 'x.txt'), readFileSync(join(ROOT, 'sources', seed!)));
  }
  writeFileSync(join(dir, 'a', 'x.md'), readFileSync(join(ROOT, 'sources/001_ec090317ee671a83.txt')));
  const out = join(dir, 'out');
  const r = run(['clean', join(dir, 'a/x.txt'), join(dir, 'b/x.txt'), join(dir, 'a/x.md'), '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).filter((f) => f.endsWith('.md')).sort(), ['x-2.md', 'x-3.md', 'x.md']);
  assert.match(r.stderr, /b\/x\.txt and .*a\/x\.txt have the same name: its clean edition is x-2\.md/);
  // The same in a book: each chapter keeps its own edition.
  writeFileSync(join(dir, 'book.yaml'), 'title: 同名\neditor: 测试\ndate: 2024-01-01\nchapters:\n  - file: a/x.txt\n  - file: b/x.txt\n');
  const book = run(['build', join(dir, 'book.yaml'), '-o', join(dir, 'bout'), '--only', 'clean']);
  assert.equal(book.status, 0, book.stderr);
  assert.deepEqual(readdirSync(join(dir, 'bout', 'clean')).filter((f) => f.endsWith('.md')).sort(), ['x-2.md', 'x.md']);
  assert.notEqual(readFileSync(join(dir, 'bout/clean/x.md'), 'utf8'), readFileSync(join(dir, 'bout/clean/x-2.md'), 'utf8'));
});

test('a book whose second source cannot be read writes no clean edition at all (no half set)', () => {
  const dir = tempDir('dingben-half-');
  writeFileSync(join(dir, 'a.txt'), readFileSync(SEED));
  writeFileSync(join(dir, 'b.txt'), Buffer.from([0x00, 0xff, 0x13, 0x00, 0x88, 0x00, 0x00, 0x07, 0xfe]));
  writeFileSync(join(dir, 'book.yaml'), 'title: 半\neditor: 测试\ndate: 2024-01-01\nchapters:\n  - file: a.txt\n  - file: b.txt\n');
  const r = run(['build', join(dir, 'book.yaml'), '-o', join(dir, 'out'), '--only', 'clean']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(oneLine(r.stderr).length, 1, r.stderr);
  assert.ok(!existsSync(join(dir, 'out', 'clean')), 'no edition of a.txt was written');
});
