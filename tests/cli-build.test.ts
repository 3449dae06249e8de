// `dingben build` with a bad book file or bad flags: one line that names the
// file (or flag) and the reason, a non-zero exit, no stack trace, and nothing
// written to the output folder.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, SEEDS, tempDir } from './helpers.ts';

const dir = tempDir('dingben-bad-book-');

function badBook(name: string, yaml: string, reason: RegExp, flags: string[] = []) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, yaml);
  const out = join(dir, `${name}-out`);
  const r = runCli(['build', file, '-o', out, ...flags]);
  assert.notEqual(r.code, 0, `${name}: exit code`);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `${name}: one line, got\n${r.stderr}`);
  assert.match(lines[0]!, /^dingben: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /, `${name}: no stack trace`);
  assert.match(lines[0]!, reason, name);
  assert.ok(!existsSync(out), `${name}: nothing written`);
  return lines[0]!;
}

const chapter = `chapters:\n  - file: ${SEEDS[0]}\n`;

test('bad book files are one-line errors that name the file and the reason, and write nothing', () => {
  const line = badBook('yaml', 'title: [unclosed\n', /is not valid YAML/);
  assert.ok(line.includes(join(dir, 'yaml.yaml')), 'the line names the book file');
  badBook('no-chapters', 'title: 书\n', /"chapters" is missing/);
  badBook('empty-chapters', 'title: 书\nchapters: []\n', /empty-chapters\.yaml:2:11: "chapters" must list at least one article/);
  badBook('missing-file', `title: 书\nchapters:\n  - file: ${join(dir, 'nowhere.txt')}\n`, /nowhere\.txt.*no such file/);
  badBook('writing-mode', `title: 书\nwriting_mode: diagonal\n${chapter}`, /"writing_mode" must be horizontal or vertical/);
  badBook('page-size', `title: 书\npage:\n  size: A9\n${chapter}`, /page size "A9"/);
  badBook('outputs', `title: 书\noutputs: [pdf, mobi]\n${chapter}`, /outputs\[1\]: "mobi" is not an output: clean, pdf or epub/);
  badBook('regex', `title: 书\nrules:\n  boilerplate:\n    patterns:\n      block: ["/([a-z)/"]\n${chapter}`, /regex\.yaml:5:15: rules\.boilerplate\.patterns\.block\[0\]: \/\(\[a-z\)\/ is not a valid regular expression/);
  badBook('misspelt', `title: 书\nsubtitel: 副\n${chapter}`, /misspelt\.yaml:2:1: "subtitel" is not a book-file key \(did you mean "subtitle"\?\)/);
});

test('bad build flags are one-line errors that name the flag', () => {
  const ok = `title: 书\n${chapter}`;
  badBook('jobs', ok, /--jobs 0: must be a whole number, at least 1/, ['--jobs', '0']);
  badBook('part-size', ok, /--part-size lots: must be a whole number/, ['--part-size', 'lots']);
  badBook('bleed', ok, /--bleed: "wide" is not a length/, ['--bleed', 'wide']);
  badBook('only', ok, /--only pdf,docx: docx is not an output/, ['--only', 'pdf,docx']);
  badBook('browser', ok, /--browser \/nowhere\/chrome: no such file/, ['--browser', '/nowhere/chrome']);
});

test('--browser names the browser to launch: the book is printed with it', () => {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  assert.ok(chromium, 'the set-up installs Debian\'s chromium');
  const file = join(dir, 'browser-ok.yaml');
  writeFileSync(file, `title: 书\noutputs: [pdf]\n${chapter}`);
  const out = join(dir, 'browser-ok-out');
  const r = runCli(['build', file, '-o', out, '--no-cache', '--browser', chromium!], { timeout: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(out, 'browser-ok.pdf')), 'the PDF, named after the book file');
});
