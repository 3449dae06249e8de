// No hang on long runs of one character: every run of every kind, where a line of text, a heading or a whole line
// of its own would have it, goes through the real command in a child process that is stopped after three minutes.
// (A test's own timeout cannot stop a synchronous pattern that backtracks: only a process bound can.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

const RUN = 400_000;
const CHARS = [' ', '\u3000', '\t', '\u00a0', '，', '。', '、', 'a', '1', '汉', '“', '#', '-', '*', '|', '_', '.', '：', '（', '【', '·', '—', '…', '>', '[', '!', '/', '=', '\n'];
const LONG = '这是正文的第一段，写了一个县里发生的事情，有人物，有数字，也有三十个以上的汉字。';

const sources: Record<string, string> = {
  'inside-a-line': ['标题一行写在这里', '', LONG, '', ...CHARS.flatMap((c) => [`开头${c.repeat(RUN)}结尾`, '', LONG, ''])].join('\n'),
  'a-line-of-its-own': ['标题一行写在这里', '', LONG, '', ...CHARS.flatMap((c) => [c.repeat(RUN), '', LONG, ''])].join('\n'),
  // (The headline and the lines over the text are read by other rules than the body's.)
  // (A clipped page's name, whose site name the clip-properties reader looks for after a run of spaces.)
  'in-a-clipped-title': [`# 入夜，澄江县的水泥路上${' '.repeat(RUN)}x${'\t'.repeat(RUN)}y`, 'URL: https://news.example/1.html', 'Created: 2027年1月1日 10:00', '', LONG, ''].join('\n'),
  'in-the-headline': [`### 入夜，澄江县的水泥路上${CHARS.filter((c) => c !== '\n').map((c) => c.repeat(RUN / 4)).join('')}x`, `开头${' '.repeat(RUN)}　${'\u3000'.repeat(RUN)}|${'|'.repeat(RUN)}\t${'\t'.repeat(RUN)}${'\u00a0'.repeat(RUN)}结尾`, '', LONG, ''].join('\n'),
};

for (const [name, source] of Object.entries(sources)) {
  test(`clean ends on runs of ${RUN.toLocaleString('en')} of one character ${name.replaceAll('-', ' ')}, and keeps their text`, () => {
    const dir = tempDir('dingben-bounds-');
    writeFileSync(join(dir, 'in.txt'), source);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), 'clean', join(dir, 'in.txt'), '-o', join(dir, 'out.md')], { timeout: 180_000, encoding: 'utf8' });
    assert.equal(r.signal, null, `stopped after 180 s: ${name}`);
    assert.equal(r.status, 0, r.stderr);
    const out = readFileSync(join(dir, 'out.md'), 'utf8');
    assert.ok(out.includes('这是正文的第一段') && out.includes('开头') === source.includes('开头'));
  });
}

// The bound itself: set below what any source takes, every command that cleans stops at it with one line and
// status 4, and writes nothing (the command line runs the clean stage in a worker thread it can stop).
test('the clean stage stops at its time bound: clean, build and eval say so in one line, exit 4 and write nothing', () => {
  const dir = tempDir('dingben-bound-');
  writeFileSync(join(dir, 'in.txt'), ['标题一行写在这里', '', LONG, ''].join('\n'));
  writeFileSync(join(dir, 'book.yaml'), ['title: 书名', 'chapters:', '  - file: in.txt', 'outputs: [clean]', ''].join('\n'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'gold', 'in.gold.md'), ['---', 'title: "标题一行写在这里"', '---', '', LONG, ''].join('\n'));
  const run = (args: string[], env: Record<string, string> = { DINGBEN_CLEAN_TIMEOUT: '0.001' }) => spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), ...args], { timeout: 180_000, encoding: 'utf8', cwd: dir, env: { ...process.env, ...env } });
  const stopped = (r: ReturnType<typeof run>, what: string) => {
    assert.equal(r.status, 4, `${what}: ${r.stderr}`);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('dingben: ') && !l.startsWith('dingben: warning'));
    assert.ok(lines.some((l) => /in\.txt: the clean stage stopped after 0\.001 s/u.test(l)), `${what}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /u, `${what}: no stack trace`);
  };
  stopped(run(['clean', 'in.txt', '-o', 'out.md']), 'clean');
  assert.ok(!existsSync(join(dir, 'out.md')) && !existsSync(join(dir, 'out.report.json')));
  stopped(run(['build', 'book.yaml', '--out', 'built']), 'build');
  assert.ok(!existsSync(join(dir, 'built', 'clean')), 'the build wrote no clean edition');
  const evaluated = run(['eval', 'gold', '--sources', '.']);
  assert.match(evaluated.stdout + evaluated.stderr, /stopped after 0\.001 s/u);
  // Not a number: a setting's mistake, status 1. Unset: the same source cleans.
  assert.equal(run(['clean', 'in.txt', '-o', 'out.md'], { DINGBEN_CLEAN_TIMEOUT: 'soon' }).status, 1);
  assert.equal(run(['clean', 'in.txt', '-o', 'out.md'], { DINGBEN_CLEAN_TIMEOUT: '' }).status, 0);
  assert.ok(existsSync(join(dir, 'out.md')));
});
