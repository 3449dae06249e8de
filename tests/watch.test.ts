// `dingben build --watch`, run for real: it builds, builds again when a
// source is edited (the PDF then holds the new text), reports a broken book
// file in one line and keeps watching, and stops cleanly on Ctrl-C.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from './helpers.ts';
import { pdfText } from './pdf-tools.ts';

test('--watch builds again after an edit, survives a broken book file, and stops on Ctrl-C', { timeout: 600_000 }, async () => {
  const dir = tempDir('dingben-watch-');
  for (const f of ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt', 'book.yaml']) copyFileSync(join(ROOT, 'sources', f), join(dir, f));
  const out = join(dir, 'out');
  const child = spawn(process.execPath, [join(ROOT, 'bin/dingben.js'), 'build', join(dir, 'book.yaml'), '-o', out, '--only', 'clean,pdf', '--watch'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  // Resolves when stderr has gained a line matching `re` since `from`.
  const line = (re: RegExp, from: number) =>
    new Promise<string>((done, fail) => {
      const check = () => {
        const found = stderr.slice(from).split('\n').find((l) => re.test(l));
        if (found !== undefined) {
          child.stderr.off('data', check);
          clearTimeout(timer);
          done(found);
        }
      };
      const timer = setTimeout(() => fail(new Error(`no line like ${re} in:\n${stderr.slice(from)}`)), 240_000);
      child.stderr.on('data', check);
      check();
    });
  child.stderr.on('data', (d) => (stderr += String(d)));
  const pdf = join(out, 'dingben-book.pdf');
  try {
    await line(/^built in [\d.]+ s; watching 3 files/, 0);
    assert.ok(!pdfText(pdf).replace(/\s/g, '').includes('并作了讲话'));

    let mark = stderr.length;
    const source = join(dir, '001_ec090317ee671a83.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('王沪宁参加考察。', '王沪宁参加考察，并作了讲话。'));
    await line(/^built in [\d.]+ s/, mark);
    assert.ok(pdfText(pdf).replace(/\s/g, '').includes('王沪宁参加考察，并作了讲话。'), 'the edit is in the PDF');

    mark = stderr.length;
    const bookFile = join(dir, 'book.yaml');
    const good = readFileSync(bookFile, 'utf8');
    writeFileSync(bookFile, 'title: [unclosed\n');
    const error = await line(/^dingben: /, mark);
    assert.match(error, /book\.yaml/, 'the error names the book file');
    assert.match(error, /watching 3 files/, 'and watching goes on');
    assert.equal(child.exitCode, null, 'the process is still running');

    mark = stderr.length;
    writeFileSync(bookFile, good);
    await line(/^built in [\d.]+ s/, mark);
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited, 0, stderr);
  assert.doesNotMatch(stderr, /internal error|at .*\.ts:\d+/, 'no internal error or stack trace');
  assert.ok(existsSync(pdf));
  assert.deepEqual(readdirSync(out).filter((f) => f.startsWith('.render-') || f.startsWith('.staging-')), [], 'no render or staging folder left behind');
});
