// --browser-endpoint: the build renders through a Chromium that is already
// running (here one started on loopback with --remote-debugging-port), gives
// the same book as a launched browser, and leaves that browser running.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { findChromium } from '../src/browser/browser.ts';
import { ROOT, runCliAsync, tempDir } from './helpers.ts';
import { pdfText } from './pdf-tools.ts';

// Where the machine allows it (root, util-linux unshare), the browser runs in a mount namespace of its own with
// an empty /tmp over the real one: it cannot see the build's folders, so the build must serve every file.
const ISOLATED = process.getuid?.() === 0 && spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs none /tmp']).status === 0;

async function startChromium(): Promise<{ endpoint: string; stop: () => void; alive: () => boolean }> {
  const flags = ['--headless=new', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  const quoted = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const [cmd, args] = ISOLATED
    ? ['unshare', ['-m', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs none /tmp && mkdir /tmp/profile && exec ${[findChromium(), ...flags, '--user-data-dir=/tmp/profile', 'about:blank'].map(quoted).join(' ')}`]]
    : [findChromium(), [...flags, `--user-data-dir=${tempDir('dingben-remote-')}`, 'about:blank']];
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint: ${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += String(d);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return { endpoint, stop: () => child.kill('SIGKILL'), alive: () => !exited };
}

test(`a build through a running Chromium${ISOLATED ? ' that cannot see the build\'s folders' : ''} gives the same PDF text, and the browser keeps running`, async () => {
  const remote = await startChromium();
  try {
    assert.match(remote.endpoint, /^ws:\/\/127\.0\.0\.1:\d+\//);
    const viaEndpoint = tempDir('dingben-endpoint-');
    const r = await runCliAsync(['build', join(ROOT, 'sources/book.yaml'), '-o', viaEndpoint, '--only', 'clean,pdf', '--browser-endpoint', remote.endpoint]);
    assert.equal(r.code, 0, r.stderr);
    const local = tempDir('dingben-local-');
    const l = await runCliAsync(['build', join(ROOT, 'sources/book.yaml'), '-o', local, '--only', 'clean,pdf']);
    assert.equal(l.code, 0, l.stderr);
    assert.equal(pdfText(join(viaEndpoint, 'dingben-book.pdf')), pdfText(join(local, 'dingben-book.pdf')));
    assert.ok(remote.alive(), 'the shared browser was disconnected from, not closed');
  } finally {
    remote.stop();
  }
});

test('a bad endpoint is a one-line error', async () => {
  const r = await runCliAsync(['build', join(ROOT, 'sources/book.yaml'), '-o', tempDir('dingben-bad-'), '--only', 'clean,pdf', '--browser-endpoint', 'ws://127.0.0.1:9/devtools/browser/nothing']);
  assert.notEqual(r.code, 0);
  assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('dingben:')).length, 1);
  assert.match(r.stderr, /dingben: could not connect to the browser at ws:\/\/127\.0\.0\.1:9\//);
});
