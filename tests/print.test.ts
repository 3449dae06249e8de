// Print production: the saddle-stitch booklet (page order read back from the
// sheets' text), creep, and the press PDF with bleed, crop marks and boxes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateBook } from '../src/book/config.ts';
import { bookletOrder, imposeBooklet } from '../src/print/impose.ts';
import { ROOT, runCli, tempDir } from './helpers.ts';
import { bookletHalf, hanSequence, pdfFonts, pdfInfo, pdfRaster, pdfText } from './pdf-tools.ts';

const out = tempDir('dingben-print-');
const cli = runCli(['build', join(ROOT, 'sources/book.yaml'), '-o', out, '--only', 'clean,pdf', '--impose', 'booklet', '--bleed', '3mm', '--marks', 'crop'], { timeout: 300_000 });
const pdf = join(out, 'dingben-book.pdf');
const booklet = join(out, 'dingben-book-booklet.pdf');
const press = join(out, 'dingben-book-press.pdf');

test('the build writes the booklet and the press PDF beside the reader\'s PDF', () => {
  assert.equal(cli.code, 0, cli.stderr);
  assert.match(cli.stderr, /booklet .*dingben-book-booklet\.pdf/);
  assert.match(cli.stderr, /press .*dingben-book-press\.pdf/);
});

test('saddle-stitch order: outer sheet first, front then back, padded to a multiple of four', () => {
  const pairs = (n: number, s = 0) => bookletOrder(n, s).map((x) => [x.left ?? 0, x.right ?? 0]);
  assert.deepEqual(pairs(8), [[8, 1], [2, 7], [6, 3], [4, 5]]);
  assert.deepEqual(pairs(6), [[0, 1], [2, 0], [6, 3], [4, 5]]);
  assert.deepEqual(pairs(16, 2), [[8, 1], [2, 7], [6, 3], [4, 5], [16, 9], [10, 15], [14, 11], [12, 13]]);
});

test('the booklet\'s sheets hold the book\'s pages two-up in that order, fonts and text kept', () => {
  const pages = Number(pdfInfo(pdf).Pages);
  const info = pdfInfo(booklet);
  const sides = bookletOrder(pages);
  assert.equal(Number(info.Pages), sides.length);
  assert.match(info['Page size']!, /^(839|84\d)(\.\d+)? x 59[45]/, 'two A5 pages side by side (about A4 landscape)');
  assert.ok(pdfFonts(booklet).every((f) => f.type !== 'Type 3' && f.embedded));
  const w = 420;
  const half = (sheet: number, x: number) => bookletHalf(booklet, sheet, x, w);
  sides.forEach((side, i) => {
    for (const [page, x] of [[side.left, 0], [side.right, w]] as const) {
      const got = half(i + 1, x);
      const want = page ? hanSequence(pdfText(pdf, page)) : '';
      assert.equal(got, want, `sheet side ${i + 1}, ${x ? 'right' : 'left'} half should be page ${page ?? 'blank'}`);
    }
  });
});

test('creep compensation moves the inner sheets\' pages toward the spine', async () => {
  const bytes = readFileSync(pdf);
  const dir = tempDir('dingben-creep-');
  const plain = join(dir, 'plain.pdf');
  const crept = join(dir, 'crept.pdf');
  writeFileSync(plain, await imposeBooklet(bytes, { creepMm: 0 }));
  writeFileSync(crept, await imposeBooklet(bytes, { creepMm: 2 }));
  const sides = bookletOrder(Number(pdfInfo(pdf).Pages));
  const inner = sides.length - 1; // the innermost sheet's back side
  // Leftmost word of one half of a sheet side (the halves' lines share y, so words, not lines;
  // pdftotext ignores its crop options with -bbox, so the words are filtered by position).
  const minX = (file: string, sideIndex: number, x: number) => {
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(sideIndex + 1), '-l', String(sideIndex + 1), file, '-'], { encoding: 'utf8' });
    return Math.min(...[...html.matchAll(/<word xMin="([\d.]+)"/g)].map((m) => Number(m[1])).filter((v) => v >= x && v < x + 420));
  };
  const leftX = (file: string, sideIndex: number) => minX(file, sideIndex, 0);
  const shift = leftX(crept, inner) - leftX(plain, inner);
  assert.ok(Math.abs(shift - (2 * 72) / 25.4) < 0.5, `innermost left page moved ${shift.toFixed(2)} pt toward the spine`);
  // The outer sheet's front carries the cover on its right half: it does not move.
  const rightX = (file: string, sideIndex: number) => minX(file, sideIndex, 420);
  assert.ok(Number.isFinite(rightX(plain, 0)));
  assert.ok(Math.abs(rightX(crept, 0) - rightX(plain, 0)) < 0.01, 'the outermost sheet does not move');
  assert.ok(Math.abs(rightX(plain, inner) - rightX(crept, inner) - (2 * 72) / 25.4) < 0.5, 'the innermost right page moves left, toward the spine');
});

test('press PDF: trim size plus bleed, TrimBox and BleedBox, cover into the bleed, crop marks', () => {
  const box = execFileSync('pdfinfo', ['-box', press], { encoding: 'utf8' });
  const b = (3 * 72) / 25.4;
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(box)!;
  assert.ok(Math.abs(Number(size[1]) - (420 + 2 * b)) < 1 && Math.abs(Number(size[2]) - (595.3 + 2 * b)) < 1, `page size ${size[1]} x ${size[2]}`);
  const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(box)!;
  assert.ok(Math.abs(Number(trim[1]) - b) < 0.1 && Math.abs(Number(trim[2]) - b) < 0.1, `TrimBox ${trim.slice(1).join(' ')}`);
  assert.match(box, /BleedBox:\s+0\.00\s+0\.00/);
  // The cover's corner, in the bleed, is the cover colour, not paper white.
  const corner = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '72', '-x', '0', '-y', '0', '-W', '2', '-H', '2', press]);
  const rgb = [...corner.subarray(corner.length - 3)];
  assert.deepEqual(rgb, [140, 28, 19]);
  // A chapter page's corner (in the bleed, outside the trim) carries crop-mark strokes.
  const mark = execFileSync('pdftoppm', ['-f', '7', '-l', '7', '-r', '72', '-x', '0', '-y', '0', '-W', '9', '-H', '9', '-gray', press]);
  const pixels = [...mark.subarray(mark.length - 81)];
  assert.ok(pixels.filter((p) => p < 128).length >= 3, 'dark crop-mark pixels in the corner');
  const plainCorner = execFileSync('pdftoppm', ['-f', '7', '-l', '7', '-r', '72', '-x', '0', '-y', '0', '-W', '9', '-H', '9', '-gray', pdf]);
  assert.ok([...plainCorner.subarray(plainCorner.length - 81)].every((p) => p > 200), 'the reader\'s PDF has no marks');
  assert.ok(pdfFonts(press).every((f) => f.type !== 'Type 3'));
});

test('the press edition of a book paginated in parts is the same, raster for raster', () => {
  const parts = tempDir('dingben-print-parts-');
  const r = runCli(['build', join(ROOT, 'sources/book.yaml'), '-o', parts, '--only', 'pdf', '--part-size', '1', '--bleed', '3mm', '--marks', 'crop'], { timeout: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /paginated in 2 parts/);
  const inParts = join(parts, 'dingben-book-press.pdf');
  const pages = Number(pdfInfo(press).Pages);
  assert.equal(Number(pdfInfo(inParts).Pages), pages);
  for (let p = 1; p <= pages; p++) assert.ok(pdfRaster(inParts, p).equals(pdfRaster(press, p)), `press page ${p}`);
});

test('bad print settings are one-line errors', () => {
  const r = runCli(['build', join(ROOT, 'sources/book.yaml'), '-o', out, '--impose', 'brochure']);
  assert.notEqual(r.code, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /impose/);
  assert.throws(() => validateBook('b.yaml', { title: 't', chapters: ['a.txt'], print: { bleed: 'lots' } }), /b\.yaml: print\.bleed: "lots" is not a length/);
});
