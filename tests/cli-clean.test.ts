// The `dingben clean` command on good and bad input: one-line errors, exit
// codes, no half-written output, and linear-time behaviour on big input.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEEDS, runCli, tempDir } from './helpers.ts';

const dir = tempDir('dingben-cli-');
const seedText = readFileSync(SEEDS[1]!, 'utf8');

function assertOneLineError(r: { code: number | null; stderr: string }, file: string, reason: RegExp) {
  assert.notEqual(r.code, 0, 'non-zero exit');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got: ${r.stderr}`);
  assert.ok(lines[0]!.includes(file), `names the file: ${lines[0]}`);
  assert.match(lines[0]!, reason);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
}

test('one file without -o: the clean edition on stdout, a summary line on stderr', () => {
  const r = runCli(['clean', SEEDS[0]!]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^---\ntitle: /);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /changes/);
});

test('with -o: the clean edition and its change report beside it', () => {
  const out = join(dir, 'one.md');
  const r = runCli(['clean', SEEDS[1]!, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(readFileSync(out, 'utf8').includes('救死扶伤'));
  const report = JSON.parse(readFileSync(join(dir, 'one.report.json'), 'utf8'));
  assert.ok(report.changes.some((c: { rule: string }) => c.rule === 'page-break'));
  assert.equal(report.sha256.length, 64);
});

test('bad input: empty, binary, directory, missing, special file, invalid UTF-8', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  assertOneLineError(runCli(['clean', empty]), empty, /empty/);
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, readFileSync(process.execPath).subarray(0, 8192));
  assertOneLineError(runCli(['clean', binary]), binary, /binary/);
  assertOneLineError(runCli(['clean', dir]), dir, /directory/);
  assertOneLineError(runCli(['clean', join(dir, 'nope.txt')]), 'nope.txt', /no such file/);
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  assertOneLineError(runCli(['clean', fifo], { timeout: 20_000 }), fifo, /not a regular file/);
  const invalid = join(dir, 'invalid.txt');
  writeFileSync(invalid, Buffer.from([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x42, 0x80]));
  assertOneLineError(runCli(['clean', invalid]), invalid, /not valid UTF-8/);
});

test('an unreadable file is a one-line error (when not running as root, who reads everything)', { skip: process.getuid?.() === 0 ? 'running as root' : false }, () => {
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, seedText);
  chmodSync(locked, 0o000);
  assertOneLineError(runCli(['clean', locked]), locked, /permission denied/);
});

test('a failed file leaves no output file behind, and the good ones are written whole', () => {
  const outDir = join(dir, 'mixed');
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0xff, 0x00, 0x01, 0x02, 0x00]));
  const r = runCli(['clean', SEEDS[0]!, bad, '-o', outDir]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /bad\.txt: is a binary file/);
  const written = readdirSync(outDir).sort();
  assert.deepEqual(written, ['000_9263f738cee7a8ed.md', '000_9263f738cee7a8ed.report.json']);
  assert.ok(!existsSync(join(outDir, 'bad.md')));
});

test('a 20 MB file and a 200,000-character paragraph are cleaned (no crash, no hang)', () => {
  const big = join(dir, 'big.txt');
  // Each copy differs, so that dedupe keeps them all and the whole 20 MB goes through every rule.
  const copies: string[] = [];
  for (let i = 0, n = 0; n < 20 * 1024 * 1024; i++) {
    copies.push(seedText.replace(/习近平/g, `习近平${i}`));
    n += Buffer.byteLength(copies[i]!);
  }
  const s = copies.join('\n\n');
  writeFileSync(big, s);
  const out = join(dir, 'big.md');
  const r = runCli(['clean', big, '-o', out], { timeout: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(readFileSync(out).length > 10 * 1024 * 1024);

  const long = join(dir, 'long.txt');
  writeFileSync(long, '很长的段落没有任何换行'.repeat(20_000));
  const r2 = runCli(['clean', long, '-o', join(dir, 'long.md')], { timeout: 120_000 });
  assert.equal(r2.code, 0, r2.stderr);
  assert.ok(readFileSync(join(dir, 'long.md'), 'utf8').includes('很长的段落没有任何换行'.repeat(100)));
});

test('--help on every command', () => {
  for (const args of [['--help'], ['build', '--help'], ['clean', '--help']]) {
    const r = runCli(args);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: dingben/);
  }
  assert.match(runCli(['clean', '--help']).stdout, /page-break/);
});

test('several files: a footer line three of them share at their edges is site chrome, removed and reported', () => {
  const dir = tempDir('dingben-chrome-');
  const files = [1, 2, 3].map((n) => {
    const f = join(dir, `a${n}.txt`);
    writeFileSync(f, `第${n}篇的标题\n\n第${n}篇正文，讲了第${n}件事情，讲得很清楚。\n\n返回某某网，查看更多\n`);
    return f;
  });
  const out = join(dir, 'out');
  const r = runCli(['clean', ...files, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  for (const n of [1, 2, 3]) {
    assert.doesNotMatch(readFileSync(join(out, `a${n}.md`), 'utf8'), /返回某某网/);
    assert.match(readFileSync(join(out, `a${n}.report.json`), 'utf8'), /返回某某网/);
  }
});
