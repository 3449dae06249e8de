// A killed build leaves its render folder and browser profile; the next build removes them, and never
// the folders of a build still running.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scratchDir, sweepScratch } from '../src/io/scratch.ts';
import { tempDir } from './helpers.ts';

test('sweepScratch removes the folders of a process that is gone, keeps those of a live one and of strangers', async () => {
  const parent = tempDir('dingben-sweep-');
  const mine = await scratchDir(parent, '.render-');
  // A process that has ended: its pid is free.
  const child = spawn(process.execPath, ['-e', '']);
  const deadPid = child.pid!;
  await new Promise((done) => child.once('close', done));
  const dead = join(parent, '.render-dead');
  mkdirSync(dead);
  writeFileSync(join(dead, '.dingben-owner'), String(deadPid));
  const unmarkedNew = join(parent, '.render-old-version');
  mkdirSync(unmarkedNew);
  const other = join(parent, 'not-ours');
  mkdirSync(other);
  const removed = await sweepScratch(parent, ['.render-']);
  assert.deepEqual(removed, [dead]);
  assert.ok(existsSync(mine), 'this process is alive: its folder stays');
  assert.ok(existsSync(unmarkedNew), 'an unmarked folder younger than an hour stays');
  assert.ok(existsSync(other));
  assert.deepEqual(readdirSync(parent).sort(), ['.render-old-version', readdirSync(parent).find((n) => n.startsWith('.render-') && n !== '.render-old-version')!, 'not-ours'].sort());
});

test('a build killed while it prints leaves only its staging folder (no output in place); the next build removes it', async () => {
  const out = tempDir('dingben-killed-');
  // The browser's profile goes into a temporary folder of this test's own, so that its Chromium is known by it.
  const tmp = tempDir('dingben-killed-tmp-');
  const bin = join(import.meta.dirname, '..', 'bin', 'dingben.js');
  const book = join(import.meta.dirname, '..', 'sources', 'book.yaml');
  const child = spawn(process.execPath, [bin, 'build', book, '-o', out, '--no-cache'], { detached: true, stdio: 'ignore', env: { ...process.env, TMPDIR: tmp } });
  const deadline = Date.now() + 120_000;
  // The outputs are staged in out/.staging-*; the PDF's render folder is in there.
  const printing = () => readdirSync(out).filter((n) => n.startsWith('.staging-')).some((n) => readdirSync(join(out, n)).some((m) => m.startsWith('.render-')));
  // Its Chromium, known by the profile folder in the test's temporary folder.
  const browsers = () => readdirSync('/proc').filter((p) => /^\d+$/u.test(p)).filter((p) => { try { return readFileSync(join('/proc', p, 'cmdline'), 'utf8').includes(tmp); } catch { return false; } });
  while (!(printing() && browsers().length > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(printing(), 'the build got as far as its render folder');
  assert.ok(browsers().length > 0, 'the build started its Chromium');
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((done) => child.once('close', done));
  // Its Chromium ends with it: a browser left running would hold its memory for good (a killed Node cannot close
  // it, and it runs in a process group of its own). Asked for five seconds at most.
  const until = Date.now() + 5_000;
  while (browsers().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(browsers(), [], 'the killed build left its Chromium running');
  assert.ok(readdirSync(out).some((n) => n.startsWith('.staging-')), 'the killed build could not clean up');
  assert.deepEqual(readdirSync(out).filter((n) => !n.startsWith('.')), [], 'no clean edition, PDF or review page of the killed build is in place');
  const next = spawn(process.execPath, [bin, 'build', book, '-o', out, '--only', 'clean'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  next.stderr.on('data', (d) => (stderr += String(d)));
  const code = await new Promise((done) => next.once('close', done));
  assert.equal(code, 0, stderr);
  assert.match(stderr, /removed \d+ scratch folders? an interrupted build left/);
  assert.ok(!readdirSync(out).some((n) => n.startsWith('.render-') || n.startsWith('.staging-')), readdirSync(out).join(', '));
  assert.ok(readdirSync(join(out, 'clean')).length >= 2, 'the next build\'s editions are in place');
});
