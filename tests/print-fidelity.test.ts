// The build reads its own PDF back and fails when a chapter's text is missing from it; long paragraphs,
// which Paged.js truncated without a word, print whole.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toString } from 'hast-util-to-string';
import { renderChapter } from '../src/typeset/chapter.ts';
import { shortRuns } from '../src/typeset/rehype/short-runs.ts';
import { firstShortfall } from '../src/print/fidelity.ts';
import { ROOT, tempDir } from './helpers.ts';
import { hanSequence, pdfText, subsequenceGap } from './pdf-tools.ts';

const UNIT = '我们在这里反复地书写一段很长很长的文字用来检验排版是否完整，';
const long = (n: number) => UNIT.repeat(Math.ceil(n / UNIT.length)).slice(0, n) + '结束。';

test('firstShortfall: a chapter whose pages lack part of its text is named, with the passage; a whole print passes', () => {
  const a = renderChapter('---\ntitle: 甲\n---\n\n第一章的正文，讲了一件事。\n', 'ch-1', '甲');
  const b = renderChapter('---\ntitle: 乙\n---\n\n第二章的正文，讲了另一件事。\n', 'ch-2', '乙');
  const starts = { 'ch-1': 1, 'ch-2': 2 };
  assert.equal(firstShortfall([a, b], starts, ['甲\n第一章的正文，讲了一件事。', '乙\n第二章的正文，讲了另一件事。'], true), undefined);
  const short = firstShortfall([a, b], starts, ['甲\n第一章的正文，讲了一件事。', '乙\n第二章的正文，讲了'], true);
  assert.equal(short?.chapter, 'ch-2');
  assert.equal(short?.missing, 4);
  assert.match(short!.near, /另一件事/);
  // Out of order counts as lost when order matters, not when only counts do (vertical pages).
  assert.ok(firstShortfall([a], { 'ch-1': 1 }, ['事件一了讲，文正的章一第'], true));
  assert.equal(firstShortfall([a], { 'ch-1': 1 }, ['事件一了讲，文正的章一第'], false), undefined);
});

test("firstShortfall: a table's cells as poppler reads them, column by column, are no loss; a cell that is missing is", () => {
  const t = renderChapter('---\ntitle: 表\n---\n\n比赛前的一段。\n\n| 球队 | 第一节 | 总分 |\n| --- | --- | --- |\n| 甲村队 | 14 | 68 |\n| 乙村队 | 18 | 63 |\n\n比赛后的一段。\n', 'ch-1', '表');
  const columnWise = '表\n比赛前的一段。\n球队\n甲村队\n乙村队\n第一节 总分\n14 68\n18 63\n比赛后的一段。';
  assert.equal(firstShortfall([t], { 'ch-1': 1 }, [columnWise], true), undefined);
  const short = firstShortfall([t], { 'ch-1': 1 }, [columnWise.replace('乙村队', '')], true);
  assert.equal(short?.missing, 3);
  // Text around the table out of order still counts as lost.
  assert.ok(firstShortfall([t], { 'ch-1': 1 }, ['表\n比赛后的一段。\n球队\n甲村队\n乙村队\n第一节 总分\n比赛前的一段。'], true));
});

test('a chapter with a table of four columns and two rows prints whole: the check reads its cells in any order', () => {
  const dir = tempDir('dingben-table-');
  writeFileSync(join(dir, 'a.md'), '# 比赛\n\n第一段正文，写了一个县里发生的事情，有人物，有数字，也有三十个以上的汉字。\n\n| 球队 | 第一节 | 第二节 | 总分 |\n| --- | --- | --- | --- |\n| 椿坪村队 | 14 | 19 | 68 |\n| 荷塘湾村队 | 18 | 15 | 63 |\n\n据了解，今年的乡村篮球联赛自6月开赛，全县11个乡镇的32支村队参赛。\n');
  writeFileSync(join(dir, 'book.yaml'), 'title: 表格\neditor: 测试\ndate: 2024-01-01\nchapters:\n  - file: a.md\noutputs: [clean, pdf]\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), 'build', join(dir, 'book.yaml'), '-o', join(dir, 'out')], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  const printed = pdfText(join(dir, 'out', readdirSync(join(dir, 'out')).find((f) => f.endsWith('.pdf'))!));
  for (const cell of ['球队', '第一节', '第二节', '总分', '椿坪村队', '荷塘湾村队', '据了解']) assert.ok(printed.includes(cell), cell);
});

test('shortRuns: long text nodes are cut into runs, the text unchanged, short ones left alone', () => {
  const ch = renderChapter(`---\ntitle: 长\n---\n\n${long(5000)}\n\n短段落。\n`, 'ch-1', '长');
  const cut = shortRuns(ch.body);
  assert.equal(cut.map((n) => toString(n)).join(''), ch.body.map((n) => toString(n)).join(''));
  const spans = JSON.stringify(cut).match(/"run"/g)?.length ?? 0;
  assert.ok(spans >= 17, `${spans} runs`);
  assert.ok(!JSON.stringify(ch.body).includes('"run"'), 'the chapter tree itself (the EPUB\'s) is not changed');
});

test('a paragraph of 20,000 characters prints whole, in order', () => {
  const dir = tempDir('dingben-long-');
  writeFileSync(join(dir, 'long.txt'), `长段落测试\n\n${long(20000)}\n`);
  writeFileSync(join(dir, 'book.yaml'), 'title: 长段\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, pdf]\nchapters:\n  - file: long.txt\n');
  const out = join(dir, 'out');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), 'build', join(dir, 'book.yaml'), '-o', out, '--no-cache'], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'))!;
  const printed = hanSequence(pdfText(join(out, pdf)));
  // In order, with running heads and folios between the pages' text.
  const gap = subsequenceGap(hanSequence(long(20000)), printed);
  assert.ok(gap.ok, `missing from character ${gap.at}`);
  assert.ok(printed.length < hanSequence(long(20000)).length * 1.1, 'and not more than once');
});

test('a PDF that lost text is not kept: exit 3, one line naming the chapter and the passage', () => {
  // The long paragraph without its runs (DINGBEN_NO_RUNS, the diagnostic switch): Paged.js drops text.
  const dir = tempDir('dingben-lost-');
  writeFileSync(join(dir, 'lost.txt'), `丢字测试\n\n${long(8000)}\n`);
  writeFileSync(join(dir, 'book.yaml'), 'title: 丢字\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, pdf]\nchapters:\n  - file: lost.txt\n');
  const out = join(dir, 'out');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), 'build', join(dir, 'book.yaml'), '-o', out, '--no-cache'], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, DINGBEN_NO_RUNS: '1' } });
  assert.equal(r.status, 3, r.stderr);
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('dingben:'));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /chapter 1 \(丢字测试\) lost \d+ of \d+ Han characters in print, first near …/);
  assert.ok(lines[0]!.startsWith(`dingben: ${join(out, 'dingben-book.pdf')}:`) || lines[0]!.startsWith(`dingben: ${join(out, 'book.pdf')}:`), `names the PDF's place, not its staging folder: ${lines[0]}`);
  assert.ok(!existsSync(out) || !readdirSync(out).some((f) => f.endsWith('.pdf')), 'no PDF left');
  // All or nothing: the failed build's clean editions and review page were staged, never put in place.
  assert.deepEqual(existsSync(out) ? readdirSync(out).filter((f) => f !== '.cache') : [], [], 'nothing of the failed build is left');
});
