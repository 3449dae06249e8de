// The vertical setting (竖排, writing_mode: vertical), built for real: Chromium's
// own pagination of vertical-rl text, read back with poppler as columns (right
// to left, top to bottom), and the EPUB checked by EPUBCheck. The same checks
// as the horizontal book: fonts, text fidelity, line starts and ends, page
// numbers and contents; and what is particular to vertical text.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { PDFDocument, ReadingDirection } from '@cantoo/pdf-lib';
import { loadBook } from '../src/book/config.ts';
import { launchBrowser, lockedPage, urlFor } from '../src/browser/browser.ts';
import { buildBook, type BuildResult } from '../src/build.ts';
import { bookletOrder, imposeBooklet } from '../src/print/impose.ts';
import { coverText } from '../src/typeset/rehype/missing-glyphs.ts';
import { corpusFiles, noCorpus, ROOT, tempDir } from './helpers.ts';
import { bookletHalf, foreignFonts, hanSequence, pdfColumns, pdfDifference, pdfFonts, pdfInfo, pdfOutline, pdfWords, unprinted, type Column } from './pdf-tools.ts';

const book = await loadBook(join(ROOT, 'tests/fixtures/vertical/book.yaml'));
const out = tempDir('dingben-vertical-');
const result = await buildBook(book, { outDir: out });
const pdf = result.pdf!;
const words = pdfWords(pdf.path);
const mm = (v: number) => (v * 72) / 25.4;
// The text area: running heads sit above it, folios below it.
const top = mm(book.page.margins.top) - 2;
const bottom = mm(book.page.height - book.page.margins.bottom) + 2;
// By the centre of each box: poppler's boxes are a glyph's full ascent and descent, taller than the character.
const inBody = (w: { y0: number; y1: number }) => (w.y0 + w.y1) / 2 >= top && (w.y0 + w.y1) / 2 <= bottom;
const bodyColumns = pdfColumns(words.filter(inBody));
const starts = Object.values(pdf.chapterStarts);
const firstChapter = starts[0]!;
const columnsOf = (page: number) => bodyColumns.filter((c) => c.page === page);
const entries = unzipSync(readFileSync(result.epub!.path));
const epubText = (name: string) => new TextDecoder().decode(entries[name]);
const stripTags = (s: string) => s.replace(/<[^>]+>/g, '');

test('fonts: only the bundled faces, embedded and subset TrueType (no Type 3, no system font)', () => {
  bundledFontsOnly(pdf.path);
});

function bundledFontsOnly(path: string) {
  const fonts = pdfFonts(path);
  assert.ok(fonts.length >= 2);
  for (const f of fonts) assert.ok(f.type !== 'Type 3' && f.embedded && f.subset && f.unicode, `${f.name} ${f.type}`);
  assert.deepEqual(foreignFonts(path), []);
}

test('bound on the right: viewers show spreads right to left; A5, tagged', async () => {
  const doc = await PDFDocument.load(readFileSync(pdf.path), { updateMetadata: false });
  assert.equal(doc.catalog.getViewerPreferences()?.getReadingDirection(), ReadingDirection.R2L);
  const info = pdfInfo(pdf.path);
  const [w, h] = info['Page size']!.split(/\s*x\s*|\s+pts/).map(Number);
  assert.ok(Math.abs(w! - (148 * 72) / 25.4) < 0.01 && Math.abs(h! - (210 * 72) / 25.4) < 0.01, `page size ${info['Page size']}`);
  assert.equal(info.Tagged, 'yes');
  assert.equal(Number(info.Pages), pdf.pages);
});

test('every chapter opens on a recto (odd page), where the outline points', () => {
  for (const p of starts) assert.equal(p % 2, 1, `a chapter starts on page ${p}`);
  const outline = pdfOutline(pdf.path);
  assert.deepEqual(outline.map((o) => o.page), starts);
  assert.deepEqual(outline.map((o) => o.title.replace(/[\s\u3000]/g, '')), result.chapters.map((c) => coverText(String(c.meta.title)).replace(/[\s\u3000]/g, '').replace(/[“”]/g, (q) => (q === '“' ? '「' : '」'))));
});

test('folios count from the first chapter page, and the contents give each chapter its folio', () => {
  const folio = (page: number) => words.filter((w) => w.page === page && (w.y0 + w.y1) / 2 > bottom).map((w) => w.text).join('');
  assert.equal(folio(firstChapter), '1');
  assert.equal(folio(firstChapter + 3), '4');
  // Upright, read across as on any page: a figure lying on its side is wider than tall.
  for (const w of words.filter((x) => x.page >= firstChapter && (x.y0 + x.y1) / 2 > bottom && /^\d{1,2}$/.test(x.text))) {
    assert.ok(w.y1 - w.y0 > w.x1 - w.x0, `folio ${w.text} on page ${w.page} stands upright: ${JSON.stringify(w)}`);
  }
  for (let p = 1; p < firstChapter; p++) assert.equal(folio(p), '', `no folio on front page ${p}`);
  const tocPage = Array.from({ length: firstChapter - 1 }, (_, i) => i + 1).find((p) => columnsOf(p).some((c) => c.text.replace(/\s/g, '') === '目录'));
  assert.ok(tocPage, 'there is a contents page');
  // The numbers stand across the column (text-combine-upright): one word each.
  const numbers = columnsOf(tocPage).map((c) => c.words.filter((w) => /^\d+$/.test(w.text)).map((w) => w.text).join('')).filter(Boolean);
  assert.deepEqual(numbers, starts.map((s) => String(s - firstChapter + 1)));
});

test('the page starts read back from the first print are where the pages of the book begin, and where the EPUB marks them', () => {
  assert.ok(pageStartsMarked(result, bodyColumns, epubText) > 15);
});

/** Each EPUB page marker is followed by the Han characters its printed page begins with; returns how many were checked. */
function pageStartsMarked(r: BuildResult, columns: Column[], epub: (name: string) => string): number {
  let checked = 0;
  for (const p of r.pdf!.pageStarts.filter((x) => x.label)) {
    const xhtml = epub(`EPUB/text/${p.chapter}.xhtml`);
    const at = xhtml.indexOf(`id="page-${p.label}"`);
    assert.ok(at > 0, `marker for page ${p.label}`);
    const following = hanSequence(stripTags(xhtml.slice(at))).slice(0, 6);
    const page = hanSequence(columns.filter((c) => c.page === p.index).map((c) => c.text).join(''));
    assert.ok(page.startsWith(following), `page ${p.label} (PDF page ${p.index}) begins with ${following}: ${page.slice(0, 20)}`);
    checked++;
  }
  return checked;
}

test('text fidelity: every Han character of each clean edition is in the PDF, read column by column', () => {
  allTextPrinted(result, bodyColumns);
});

function allTextPrinted(r: BuildResult, columns: Column[]) {
  assert.equal(unprinted(r.chapters, r.uncovered.map((u) => u.char), hanSequence(columns.map((c) => c.text).join(''))), undefined);
}

test('corner brackets for quotation marks; numbers of one or two characters across the line; longer numbers, percentages among them, and initials upright', () => {
  const all = words.map((w) => w.text).join('');
  assert.doesNotMatch(all, /[“”‘’]/, 'no horizontal quotation marks');
  assert.match(all, /「/);
  assert.match(all, /」/);
  // 2月10日: "10" is one box, wider than tall, inside one column.
  const ten = words.filter((w) => w.text === '10' && w.page >= firstChapter);
  assert.ok(ten.length > 0, 'a two-digit number set across the line');
  for (const w of ten) assert.ok(w.x1 - w.x0 < 14 && w.y1 - w.y0 < 16, `10 fits one character cell: ${JSON.stringify(w)}`);
  // 2019/2020 (stress chapter): the digits of 2019 upright, one under the other in one column.
  const column = bodyColumns.find((c) => c.text.includes('2019'));
  assert.ok(column, 'the year 2019 is set upright in a column');
  const digits = column.words.filter((w) => /^\d$/.test(w.text));
  assert.ok(digits.length >= 4, 'its digits are separate boxes, stacked');
  // A percentage keeps the numbers' rule: 12% is three characters, upright, its sign a box of its own under the 2
  // (it lay on its side, after a 12 set across the line).
  const percent = bodyColumns.find((c) => c.words.some((w) => w.text === '%'));
  assert.ok(percent, 'the percentage 12% stands in a column');
  const sign = percent.words.find((w) => w.text === '%')!;
  const two = percent.words[percent.words.indexOf(sign) - 1]!;
  assert.equal(two.text, '2', 'the sign follows its figure in the column');
  // (By the boxes' centres: poppler's boxes are a glyph's full ascent and descent, taller than the character.)
  assert.ok((sign.y0 + sign.y1) / 2 > (two.y0 + two.y1) / 2 + 5 && sign.y1 - sign.y0 > sign.x1 - sign.x0, `% upright under its figure: ${JSON.stringify([two, sign])}`);
});

const NO_START = /^(?:[、，。；：？！」』）》】%·～]|——|……)/u;
const NO_END = /[「『（《【/]$/u;

test('column starts and ends: no forbidden mark opens a wrapped column, none that opens ends one', () => {
  assert.ok(columnRules(bodyColumns, firstChapter) > 100);
});

/** Checks the line-start and line-end rules on wrapped columns; returns how many wrapped columns were checked. */
function columnRules(columns: Column[], fromPage: number): number {
  const bad: string[] = [];
  let wrapped = 0;
  const pages = [...new Set(columns.map((c) => c.page))].filter((p) => p >= fromPage);
  for (const page of pages) {
    const cols = columns.filter((c) => c.page === page);
    const end = Math.max(...cols.map((c) => c.y1));
    let prev: Column | undefined;
    for (const col of cols) {
      if (prev && prev.y1 >= end - 3) {
        wrapped++;
        if (NO_START.test(col.text)) bad.push(`p${page} column starts: ${col.text.slice(0, 8)}`);
        if (NO_END.test(prev.text)) bad.push(`p${page} column ends: ${prev.text.slice(-8)}`);
      }
      prev = col;
    }
  }
  assert.deepEqual(bad, []);
  return wrapped;
}

test('EPUB: pages turn right to left, text set vertically, EPUBCheck 0 errors and 0 warnings', () => {
  const opf = epubText('EPUB/package.opf');
  assert.match(opf, /<spine toc="ncx" page-progression-direction="rtl">/);
  assert.match(epubText('EPUB/styles/book.css'), /writing-mode: vertical-rl/);
  const chapter = epubText('EPUB/text/ch-1.xhtml');
  assert.match(chapter, /<span class="tcy">10<\/span>/);
  assert.doesNotMatch(stripTags(chapter), /[“”]/);
  const r = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', result.epub!.path], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout + r.stderr, /No errors or warnings detected/);
});

test('EPUB: its spacing follows the text\'s directions in a real browser (a caption\'s rule over it, a pull quote\'s rules at its sides)', async () => {
  // epub.css sets spacing by the sides of a horizontal page; epub-vertical.css restates it in logical properties.
  const dir = tempDir('dingben-vertical-epub-');
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const handle = await launchBrowser();
  try {
    const blocked: string[] = [];
    const page = await lockedPage(handle.browser, dir, blocked);
    const sides = async (file: string, selector: string) => {
      await page.goto(urlFor(page, join(dir, 'EPUB/text', file)), { waitUntil: 'load', timeout: 30_000 });
      return page.evaluate((sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return undefined;
        const c = getComputedStyle(el);
        return { writing: c.writingMode, borderTop: c.borderTopWidth, borderLeft: c.borderLeftWidth, borderRight: c.borderRightWidth, borderBottom: c.borderBottomWidth, marginLeft: c.marginLeft, marginBottom: c.marginBottom };
      }, selector);
    };
    const caption = await sides('ch-1.xhtml', 'figure.caption figcaption');
    assert.ok(caption, 'chapter 1 has a caption');
    assert.equal(caption.writing, 'vertical-rl');
    assert.ok(parseFloat(caption.borderTop) > 0 && parseFloat(caption.borderLeft) === 0, `the caption's rule stands over it, at its lines' start: ${JSON.stringify(caption)}`);
    const quote = await sides('ch-2.xhtml', 'aside.pullquote');
    assert.ok(quote, 'chapter 2 has a pull quote');
    assert.ok(parseFloat(quote.borderRight) > 0 && parseFloat(quote.borderLeft) > 0 && parseFloat(quote.borderTop) === 0 && parseFloat(quote.borderBottom) === 0, `the pull quote's rules stand before and after it, at its sides: ${JSON.stringify(quote)}`);
    const header = await sides('ch-1.xhtml', 'header.chapter-header');
    assert.ok(header && parseFloat(header.marginLeft) > 0 && parseFloat(header.marginBottom) === 0, `the space after the chapter's header is at its left: ${JSON.stringify(header)}`);
    assert.deepEqual(blocked, []);
  } finally {
    await handle.close();
  }
});

test('booklet: bound on the right, the first page is the left half of the outer sheet\'s front', async () => {
  const booklet = join(out, 'booklet.pdf');
  writeFileSync(booklet, await imposeBooklet(readFileSync(pdf.path), { rightToLeft: true }));
  const sides = bookletOrder(pdf.pages);
  const w = 420;
  const half = (sheet: number, x: number) => bookletHalf(booklet, sheet, x, w);
  const pageText = (p: number) => hanSequence(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf.path, '-'], { encoding: 'utf8' }));
  // The outer front: page 1 (the cover) on the left, the last page on the right.
  assert.equal(half(1, 0), pageText(1));
  sides.forEach((side, i) => {
    for (const [page, x] of [[side.right, 0], [side.left, w]] as const) {
      assert.equal(half(i + 1, x), page ? pageText(page) : '', `sheet side ${i + 1}, ${x ? 'right' : 'left'} half should be page ${page ?? 'blank'}`);
    }
  });
});

test('press edition: trim size plus bleed, the cover into the bleed, crop marks, the same pages as the reader\'s PDF', async () => {
  const pressOut = tempDir('dingben-vertical-press-');
  const pressBook = { ...book, print: { ...book.print, bleed: 3, marks: 'crop' as const } };
  await buildBook(pressBook, { outDir: pressOut, only: ['pdf'] });
  const press = join(pressOut, 'dingben-book-press.pdf');
  const box = execFileSync('pdfinfo', ['-box', press], { encoding: 'utf8' });
  const b = 9; // 3 mm rounded up to whole CSS pixels (12 px = 9 pt), so that the text breaks as in the reader's PDF
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(box)!;
  assert.ok(Math.abs(Number(size[1]) - (420 + 2 * b)) < 1 && Math.abs(Number(size[2]) - (595.3 + 2 * b)) < 1, `page size ${size[1]} x ${size[2]}`);
  assert.match(box, /TrimBox:\s+9\.00\s+9\.00/);
  const corner = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '72', '-x', '0', '-y', '0', '-W', '2', '-H', '2', press]);
  assert.deepEqual([...corner.subarray(corner.length - 3)], [140, 28, 19], 'the cover colour runs into the bleed');
  // The top-left corner, bleed and a little of the trim, at 288 dpi (4 px a point): the marks run into it.
  const mark = execFileSync('pdftoppm', ['-f', String(firstChapter), '-l', String(firstChapter), '-r', '288', '-x', '0', '-y', '0', '-W', '44', '-H', '44', '-gray', press]);
  assert.ok([...mark.subarray(mark.length - 44 * 44)].filter((p) => p < 128).length >= 20, 'crop-mark strokes in the corner');
  const plain = execFileSync('pdftoppm', ['-f', String(firstChapter), '-l', String(firstChapter), '-r', '288', '-x', '0', '-y', '0', '-W', '44', '-H', '44', '-gray', pdf.path]);
  assert.ok([...plain.subarray(plain.length - 44 * 44)].every((p) => p > 200), 'the reader\'s PDF has no marks');
  // The same characters on each page (sorted: poppler orders vertical text by position, and the bleed moves it).
  const text = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').map((t) => [...hanSequence(t)].sort().join(''));
  assert.deepEqual(text(press), text(pdf.path), 'the same text on the same pages');
});

test('the shared corpus set vertically: bundled fonts only, every Han character in column order, each page where the EPUB marks it, column rules', { skip: noCorpus }, async () => {
  const dir = tempDir('dingben-vertical-corpus-');
  writeFileSync(join(dir, 'book.yaml'), `title: 语料竖排\neditor: 测试\ndate: 2024-01-01\nwriting_mode: vertical\nchapters:\n${corpusFiles.map((f) => `  - file: ${f}`).join('\n')}\n`);
  const corpusBook = await loadBook(join(dir, 'book.yaml'));
  const r = await buildBook(corpusBook, { outDir: dir });
  bundledFontsOnly(r.pdf!.path);
  const all = pdfWords(r.pdf!.path);
  const columns = pdfColumns(all.filter(inBody));
  allTextPrinted(r, columns);
  const epub = unzipSync(readFileSync(r.epub!.path));
  assert.ok(pageStartsMarked(r, columns, (name) => new TextDecoder().decode(epub[name])) > 20);
  assert.ok(columnRules(columns, Object.values(r.pdf!.chapterStarts)[0]!) > 100);
});

test('reproducible: a second build gives a byte-identical vertical PDF and EPUB; the archival PDF keeps right-to-left spreads', async () => {
  const again = tempDir('dingben-vertical-again-');
  const archivalBook = { ...book, print: { ...book.print, archival: true } };
  const r = await buildBook(archivalBook, { outDir: again, noCache: true });
  assert.equal(pdfDifference(r.pdf!.path, pdf.path), '', 'the same PDF');
  assert.ok(readFileSync(r.epub!.path).equals(readFileSync(result.epub!.path)), 'the same EPUB');
  const archival = await PDFDocument.load(readFileSync(join(again, 'dingben-book-archival.pdf')), { updateMetadata: false });
  assert.equal(archival.catalog.getViewerPreferences()?.getReadingDirection(), ReadingDirection.R2L);
});
