// The print PDF, built for real (Debian's Chromium, Paged.js) and read back
// with poppler: fonts, size, outline, contents, page numbers, text fidelity
// and the CJK line-breaking rules, on the default book and a stress chapter.
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBook } from '../src/book/config.ts';
import { buildBook, type BuildOptions, type BuildResult } from '../src/build.ts';
import type { PdfResult } from '../src/pdf/pdf.ts';
import { coverText } from '../src/typeset/rehype/missing-glyphs.ts';
import { shortTitle, type ChapterMeta } from '../src/typeset/chapter.ts';
import { corpusFiles, noCorpus, ROOT, tempDir } from './helpers.ts';
import { bodyGrid, foreignFonts, hanSequence, pageBreakFaults, pdfFonts, pdfInfo, pdfLines, pdfLinks, pdfOutline, pdfRaster, pdfStructure, pdfText, unprinted, type Line } from './pdf-tools.ts';

async function build(bookFile: string, options: Partial<BuildOptions> = {}) {
  const out = tempDir('dingben-pdf-');
  const book = await loadBook(bookFile);
  const result = await buildBook(book, { outDir: out, only: ['clean', 'pdf'], ...options });
  return { book, result: result as BuildResult & { pdf: NonNullable<BuildResult['pdf']> } };
}

const main = await build(join(ROOT, 'sources/book.yaml'));
const stress = await build(join(ROOT, 'tests/fixtures/stress/book.yaml'));
// The default book paginated in parts, one chapter each, two at once, then put together and printed
// once (src/pdf/paginate.ts): the path long books take. Every check below runs on it too.
const mainInParts = await build(join(ROOT, 'sources/book.yaml'), { partChars: 1, jobs: 2 });
const books = [main, stress, mainInParts];

test('the default book in parts is the book paginated whole: the same pages, text, numbers and outline', () => {
  assert.equal(main.result.pdf.parts, 1);
  assert.equal(mainInParts.result.pdf.parts, 2);
  samePrint(main.result.pdf, mainInParts.result.pdf);
});

test('a five-chapter book in five parts is the book paginated whole, blank pages and all', async () => {
  // Chapters of both seeds, so that parts end on left- and on right-hand pages.
  const dir = tempDir('dingben-parts-');
  const seeds = ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt'].map((f) => join(ROOT, 'sources', f));
  const order = [0, 1, 1, 0, 1];
  writeFileSync(join(dir, 'book.yaml'), `title: 分段排版\neditor: 测试\ndate: 2020-03-11\nchapters:\n${order.map((i) => `  - file: ${seeds[i]}`).join('\n')}\n`);
  const whole = await build(join(dir, 'book.yaml'), { partChars: Infinity });
  const parts = await build(join(dir, 'book.yaml'), { partChars: 1, jobs: 2 });
  assert.equal(whole.result.pdf.parts, 1);
  assert.equal(parts.result.pdf.parts, 5);
  const starts = Object.values(whole.result.pdf.chapterStarts);
  const blanks = starts.slice(1).filter((p, i) => p - 1 > Math.max(...whole.result.pdf.pageStarts.filter((s) => s.chapter === `ch-${i + 1}`).map((s) => s.index)));
  assert.ok(blanks.length > 0 && blanks.length < starts.length - 1, `some chapters follow a blank page, some do not: ${starts.join(', ')}`);
  samePrint(whole.result.pdf, parts.result.pdf);
});

/** Two prints of one book agree page by page: text (running heads and folios included), chapter starts, page starts, outline. */
function samePrint(a: PdfResult & { path: string }, b: PdfResult & { path: string }) {
  assert.equal(b.pages, a.pages);
  assert.deepEqual(b.chapterStarts, a.chapterStarts);
  assert.deepEqual(b.pageStarts, a.pageStarts);
  assert.deepEqual(pdfOutline(b.path), pdfOutline(a.path));
  for (let p = 1; p <= a.pages; p++) {
    assert.equal(pdfText(b.path, p), pdfText(a.path, p), `page ${p}: text`);
    assert.ok(pdfRaster(b.path, p).equals(pdfRaster(a.path, p)), `page ${p}: the same raster at 40 dpi`);
  }
}

test('every font is embedded and subset TrueType: no Type 3, a real bold', () => {
  for (const { result } of books) {
    const fonts = pdfFonts(result.pdf.path);
    assert.ok(fonts.length >= 2);
    for (const f of fonts) {
      assert.notEqual(f.type, 'Type 3', `${f.name} is Type 3`);
      assert.ok(f.embedded && f.subset && f.unicode, `${f.name}: embedded ${f.embedded}, subset ${f.subset}, unicode ${f.unicode}`);
    }
    assert.ok(fonts.some((f) => /Bold/.test(f.name)), 'a bold face is embedded, not synthesized');
    // Only the bundled faces: a system font would mean some character (generated content too) fell back.
    assert.deepEqual(foreignFonts(result.pdf.path), []);
  }
});

test('page size is A5 and the document metadata is set', () => {
  const info = pdfInfo(main.result.pdf.path);
  // Exactly A5 (148 × 210 mm), not Chromium's 420 × 594.96.
  const [w, h] = info['Page size']!.split(/\s*x\s*|\s+pts/).map(Number);
  assert.ok(Math.abs(w! - (148 * 72) / 25.4) < 0.01 && Math.abs(h! - (210 * 72) / 25.4) < 0.01, `page size ${info['Page size']}`);
  assert.equal(info.Title, '坚决打赢疫情防控阻击战——习近平考察疫情防控工作新闻报道两篇');
  assert.equal(info.Author, '定本编辑组');
  assert.match(info.Creator!, /^dingben /);
  assert.ok(info.Keywords!.includes('习近平：坚决打赢湖北保卫战武汉保卫战'));
  assert.equal(info.Tagged, 'yes');
});

test('outline entries are the chapter titles, at the pages where the chapters start', () => {
  for (const { book, result } of books) {
    const outline = pdfOutline(result.pdf.path);
    // The book file's title for a chapter overrides the edition's.
    const titles = result.chapters.map((c, i) => coverText(String(book.chapters[i]!.title ?? c.meta.title)).replace(/[\s\u3000]/g, ''));
    assert.deepEqual(outline.map((o) => o.title.replace(/[\s\u3000]/g, '')), titles);
    assert.deepEqual(outline.map((o) => o.page), Object.values(result.pdf.chapterStarts));
  }
});

test('every chapter opens on a right-hand (odd) page, and the TOC gives its printed page number', () => {
  for (const { result } of books) {
    const starts = Object.values(result.pdf.chapterStarts);
    const feet = starts.map((physical, i) => {
      assert.equal(physical % 2, 1, `chapter ${i + 1} starts on page ${physical}`);
      const foot = pdfText(result.pdf.path, physical).trim().split('\n').pop()!.trim();
      assert.match(foot, /^\d+$/, `page ${physical} carries a page number`);
      return foot;
    });
    assert.equal(feet[0], '1', 'arabic numbering starts at the first chapter');
    // The contents page: the numbers on it, in order, are the chapters' printed first pages.
    const tocPage = Array.from({ length: starts[0]! }, (_, i) => i + 1).find((p) => /目\s*录/.test(pdfText(result.pdf.path, p)));
    assert.ok(tocPage, 'there is a contents page');
    const numbers = pdfText(result.pdf.path, tocPage).split('\n').map((l) => l.trim()).filter((l) => /^\d+$/.test(l));
    assert.deepEqual(numbers, feet, `contents on page ${tocPage}`);
    // Each number stands on its entry's last line, at the measure's end; a title's turnover lines are set in.
    const lines = pdfLines(result.pdf.path).filter((l) => l.page === tocPage && !/^目\s*录$/.test(l.text));
    const right = Math.max(...lines.map((l) => l.x1));
    let entryStart: number | undefined;
    for (const l of lines) {
      const last = /\d+$/.test(l.text);
      if (entryStart !== undefined) assert.ok(l.x0 > entryStart + 5, `a turnover line set in: ${l.text}`);
      else entryStart = l.x0;
      if (last) {
        assert.ok(Math.abs(l.x1 - right) < 1, `the number at the measure's end: ${l.text}`);
        entryStart = undefined;
      }
    }
    assert.equal(entryStart, undefined, 'the last entry ends in its number');
    assert.equal(lines.filter((l) => /\d+$/.test(l.text)).length, feet.length);
  }
});

test('newspaper conventions in print: the 电头 opens the first paragraph, the byline stands under the headline, the colophon dates its edition in Chinese and breaks no date', () => {
  for (const { result } of [main, mainInParts]) {
    const lines = pdfLines(result.pdf.path);
    const dateline = lines.filter((l) => l.text.includes('新华社武汉3月10日电'));
    assert.equal(dateline.length, 1, 'printed once');
    assert.match(dateline[0]!.text, /^新华社武汉3月10日电在抗击新冠肺炎疫情的/u, 'at the head of the first paragraph, the text going on on its line');
    const colophonPage = lines.find((l) => l.text === '版本记录')!.page;
    const colophon = lines.filter((l) => l.page === colophonPage).map((l) => l.text);
    assert.ok(colophon.some((l) => l.includes('2020年3月第1版')), colophon.join('\n'));
    const dates = colophon.join('').match(/\d{4}年\d{1,2}月\d{1,2}日/gu) ?? [];
    assert.equal(dates.length, 2, 'the two articles are dated');
    for (const d of dates) assert.ok(colophon.some((l) => l.includes(d)), `${d} on one line`);
  }
  const opening = stress.result.pdf.chapterStarts['ch-2']!;
  const head = pdfLines(stress.result.pdf.path).filter((l) => l.page === opening).map((l) => l.text);
  const title = head.findIndex((l) => l.includes('公布'));
  assert.ok(title >= 0 && head.indexOf('郜雨桐詹石生') > title, head.slice(0, 8).join('\n'));
});

test('the contents link each entry to its chapter, also across parts merged', async () => {
  for (const { result } of books) {
    const links = await pdfLinks(result.pdf.path);
    const toc = links.filter((l) => /^ch-\d+$/.test(l.name));
    assert.deepEqual(toc.map((l) => l.name), Object.keys(result.pdf.chapterStarts), 'one link per chapter, in order');
    assert.deepEqual(toc.map((l) => l.target), Object.values(result.pdf.chapterStarts), 'each to the page the chapter opens on');
    assert.ok(toc.every((l) => l.page < toc[0]!.target!), 'from the contents, before the first chapter');
  }
});

test('one structure tree: every page and link has its own entry in the parent tree, every element reaches the root', async () => {
  for (const { result } of books) {
    const s = await pdfStructure(result.pdf.path);
    assert.equal(s.roots, 1);
    assert.ok(s.elements > 50, `${s.elements} structure elements`);
    assert.equal(s.orphans, 0, 'elements cut off from the root');
    const used = [...s.pageKeys.filter((k): k is number => k !== undefined), ...s.annotKeys];
    assert.equal(new Set(used).size, used.length, 'no key shared by two pages or links');
    assert.deepEqual([...used].sort((a, b) => a - b), [...s.keys].sort((a, b) => a - b), 'the parent tree holds exactly the keys in use');
    assert.ok(s.pageKeys.filter((k) => k !== undefined).length >= result.pdf.pages - 4, 'every page with text is tagged');
  }
});

test('no running head on a chapter opening page; the chapter title heads the right-hand pages', () => {
  for (const { result } of [main, mainInParts]) runningHeads(result);
});

function runningHeads(result: BuildResult & { pdf: NonNullable<BuildResult['pdf']> }) {
  const starts = Object.values(result.pdf.chapterStarts);
  const lines = pdfLines(result.pdf.path);
  for (const p of starts) {
    const top = lines.filter((l) => l.page === p).sort((a, b) => a.y - b.y)[0]!;
    assert.ok(top.height > 8, `page ${p} starts with the chapter header, not a small running head: ${top.text}`);
  }
  const right = starts[0]! + 2;
  const head = lines.filter((l) => l.page === right).sort((a, b) => a.y - b.y)[0]!;
  assert.ok(head.text.replace(/\s/g, '').length > 4 && String(result.chapters[0]!.meta.title).replace(/\u3000/g, '').startsWith(head.text.replace(/[\s\u3000]/g, '').slice(0, 6)), `running head: ${head.text}`);
  // The short title, not the whole title run together from its lines (issue 13, 8).
  assert.equal(head.text.replace(/[\s\u3000]/g, ''), shortTitle(result.chapters[0]!.meta as unknown as ChapterMeta).replace(/[\s\u3000]/g, ''), `running head: ${head.text}`);
}

test('text fidelity: every Han character of each clean edition is in the PDF text, in order', () => {
  for (const { result } of books) {
    const pdfHan = hanSequence(pdfText(result.pdf.path));
    const uncovered = new Set(result.uncovered.map((u) => u.char));
    for (const c of result.chapters) {
      // A caption's credit is an attribute in the Markdown but printed after the caption.
      const credits = [...c.markdown.matchAll(/\{credit="([^"]*)"\}/g)].map((m) => m[1]!);
      for (const credit of credits) assert.ok(pdfHan.includes(hanSequence(credit)), `credit ${credit} is printed`);
    }
    assert.equal(unprinted(result.chapters, uncovered, pdfHan), undefined);
  }
});

test('chapter titles are balanced: a title of several lines leaves no line of one or two characters', () => {
  let wrapped = 0;
  for (const { result } of [main, stress]) {
    const lines = pdfLines(result.pdf.path);
    for (const [id, page] of Object.entries(result.pdf.chapterStarts)) {
      const chapter = result.chapters[Number(id.replace('ch-', '')) - 1]!;
      const title = String(chapter.meta.title ?? '').replace(/[\s\u3000]/g, '');
      // The title's lines: the tallest lines at the top of the chapter's first page.
      const onPage = lines.filter((l) => l.page === page).sort((a, b) => a.y - b.y);
      const tallest = Math.max(...onPage.map((l) => l.height));
      const titleLines = onPage.filter((l) => l.height >= tallest - 0.5).map((l) => l.text.replace(/\s/g, ''));
      // A run of Latin without a break (the hostile title's URL) goes where it fits, balanced or not.
      if (!titleLines.join('').startsWith(title.slice(0, 4)) || /[\x21-\x7e]{8,}/.test(title)) continue;
      if (titleLines.length > 1) wrapped++;
      const lengths = titleLines.map((t) => [...t].length);
      assert.ok(Math.min(...lengths) >= 3 && Math.min(...lengths) >= Math.max(...lengths) / 2, `${id}: ${titleLines.join(' / ')}`);
    }
  }
  assert.ok(wrapped >= 2, `${wrapped} titles of several lines seen`);
});

test('Extension B is printed in HanaMin B (TrueType, subset), not as 〓; a book without such characters never embeds it', () => {
  const edition = stress.result.chapters.map((c) => c.markdown).join('');
  const text = pdfText(stress.result.pdf.path);
  for (const ch of ['𠮷', '𪚥']) {
    assert.ok(edition.includes(ch));
    // At least as many (the title's 𠮷 is in the contents and running heads too); their order is the fidelity test's.
    assert.ok(text.split(ch).length >= edition.split(ch).length, `${ch}: every one in the edition is in the PDF text`);
  }
  const hana = pdfFonts(stress.result.pdf.path).filter((f) => /HanaMinB$/.test(f.name));
  assert.equal(hana.length, 1);
  assert.ok(hana[0]!.type === 'CID TrueType' && hana[0]!.embedded && hana[0]!.subset && hana[0]!.unicode);
  assert.ok(pdfFonts(main.result.pdf.path).every((f) => !/HanaMin/.test(f.name)));
  // Nor the Traditional faces: the default book's articles are Simplified.
  assert.ok(pdfFonts(main.result.pdf.path).every((f) => !/TC-/.test(f.name)));
});

test('characters no font covers (Extension G) are warned about with their place, and set as 〓 (no tofu, no fallback font)', () => {
  const chars = stress.result.uncovered.map((u) => u.char);
  assert.deepEqual([...new Set(chars)].sort(), ['𰀀', '𱍐']);
  assert.ok(stress.result.warnings.some((w) => w.includes('𰀀') && /stress\.md line \d+/.test(w)));
  const text = pdfText(stress.result.pdf.path);
  assert.equal((text.match(/〓/g) ?? []).length, stress.result.uncovered.length);
  assert.equal(main.result.uncovered.length, 0);
});

// Lines of body text (10.5 pt) in reading order, with whether each one wraps
// (reaches the right edge of the text block, so the next line continues it).
function bodyLines(allLines: Line[], firstChapterPage: number): (Line & { wraps: boolean })[] {
  const lines = allLines.filter((l) => l.page >= firstChapterPage);
  // Body text is the most common line height (10.5 pt type gives boxes about 15 pt high).
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.height * 10), (counts.get(Math.round(l.height * 10)) ?? 0) + 1);
  const mode = [...counts].sort((a, b) => b[1] - a[1])[0]![0] / 10;
  const body = lines.filter((l) => Math.abs(l.height - mode) < 0.4 && !/^\d+$/.test(l.text.trim()));
  // The text block's right edge, for left and for right-hand pages: a page of short lines only (an exercise
  // sheet) has no line that reaches it, so the edge is not taken from that page alone.
  const right = new Map<number, number>();
  for (const l of body) right.set(l.page % 2, Math.max(right.get(l.page % 2) ?? 0, l.x1));
  return body.map((l) => ({ ...l, wraps: l.x1 >= right.get(l.page % 2)! - 3 }));
}

const NO_START = /^(?:[、，。；：？！”’）》」』】%·～]|——|……)/u;
const NO_END = /[“‘（《「『【/]$/u;

/** Where a wrapped line is followed by a forbidden line start, ends on a forbidden mark, or splits a number from its unit. */
function lineRuleViolations(lines: (Line & { wraps: boolean })[]): string[] {
  const bad: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (!prev.wraps) continue;
    if (NO_START.test(line.text)) bad.push(`p${line.page} starts: ${line.text.slice(0, 12)}`);
    if (NO_END.test(prev.text)) bad.push(`p${prev.page} ends: ${prev.text.slice(-12)}`);
    if (/\d$/.test(prev.text) && /^\p{Script=Han}/u.test(line.text)) bad.push(`p${line.page} number split from its unit: ${prev.text.slice(-6)}|${line.text.slice(0, 4)}`);
  }
  return bad;
}

test('line starts and ends: no forbidden mark opens a wrapped line, none that opens ends one', () => {
  for (const { result } of books) {
    const lines = bodyLines(pdfLines(result.pdf.path), Object.values(result.pdf.chapterStarts)[0]!);
    assert.deepEqual(lineRuleViolations(lines), []);
    assert.ok(lines.filter((l) => l.wraps).length > 20, 'enough wrapped lines were checked');
  }
});

test('no paragraph ends on a line holding a single Han character', () => {
  for (const { result } of books) {
    const lines = bodyLines(pdfLines(result.pdf.path), Object.values(result.pdf.chapterStarts)[0]!);
    const bad = lines.filter((l, i) => i > 0 && lines[i - 1]!.wraps && !l.wraps && hanSequence(l.text).length === 1).map((l) => `p${l.page}: ${l.text}`);
    assert.deepEqual(bad, []);
  }
});

test('no request outside the build was made by the default book', () => {
  assert.deepEqual(main.result.pdf.blocked, []);
});

test('a title that would break out of a CSS string stays text: no request, the running head prints it', () => {
  assert.deepEqual(stress.result.pdf.blocked, []);
  const start = stress.result.pdf.chapterStarts['ch-2']!;
  const heads = pdfLines(stress.result.pdf.path).filter((l) => l.page > start && l.page % 2 === 1).map((l) => l.text.replace(/\s/g, ''));
  assert.ok(heads.some((t) => t.includes('名单＼"url(file://h/x)公布')), heads.slice(0, 3).join(' | '));
});

test('the shared corpus in print: bundled fonts only, every Han character in order, the line rules; in parts, the same print', { skip: noCorpus }, async () => {
  const dir = tempDir('dingben-corpus-pdf-');
  writeFileSync(join(dir, 'book.yaml'), `title: 语料\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, pdf]\nchapters:\n${corpusFiles.map((f) => `  - file: ${f}`).join('\n')}\n`);
  const corpus = await build(join(dir, 'book.yaml'));
  const { result } = corpus;
  assert.deepEqual(foreignFonts(result.pdf.path), []);
  assert.equal(unprinted(result.chapters, result.uncovered.map((u) => u.char), hanSequence(pdfText(result.pdf.path))), undefined);
  const lines = bodyLines(pdfLines(result.pdf.path), Object.values(result.pdf.chapterStarts)[0]!);
  assert.deepEqual(lineRuleViolations(lines), []);
  // The same book laid out by section and printed in parts of several chapters, then merged: the same print.
  const inParts = await build(join(dir, 'book.yaml'), { partChars: 8000 });
  assert.ok(inParts.result.pdf.parts > 2, `${inParts.result.pdf.parts} parts`);
  samePrint(result.pdf, inParts.result.pdf);
  assert.deepEqual(faults(result.pdf), { widows: [], orphans: [], shortEndings: [] });
  assert.deepEqual(bodyGrid(result.pdf.path, Object.values(result.pdf.chapterStarts)[0]!), { pitches: [18], measures: [315] });
  // Fifteen sources' colophon on one page (it ran onto a recto, and the contents two pages back).
  assert.deepEqual(frontPages(result.pdf), { colophon: 4, contents: 5, first: 7 });
});

test('the text block on a grid: lines of running text 18 pt apart, full lines 30 characters of 10.5 pt (315 pt) wide', () => {
  for (const { result } of books) {
    const grid = bodyGrid(result.pdf.path, Object.values(result.pdf.chapterStarts)[0]!);
    assert.deepEqual(grid, { pitches: [18], measures: [315] });
  }
});

test('a pull quote that fits on a page is not parted (the default book\'s was split over pp. 17–18, an item mid-sentence)', () => {
  for (const { result } of [main, mainInParts]) {
    const bullets = pdfLines(result.pdf.path).filter((l) => l.text.includes('■'));
    assert.equal(bullets.length, 6, 'its six items');
    assert.equal(new Set(bullets.map((l) => l.page)).size, 1, `on pages ${[...new Set(bullets.map((l) => l.page))].join(', ')}`);
  }
});

/** The pages of the front matter: the colophon's and the contents' first, and the first chapter's. */
function frontPages(pdf: { path: string; chapterStarts: Record<string, number> }) {
  const lines = pdfLines(pdf.path);
  return { colophon: lines.find((l) => l.text === '版本记录')!.page, contents: lines.find((l) => /^目\s*录$/u.test(l.text))!.page, first: Object.values(pdf.chapterStarts)[0]! };
}

test('the front matter fitted to its pages: a colophon of twenty sources on one page, at its foot; a contents of twenty entries on one', async () => {
  const dir = tempDir('dingben-front-');
  const n = 20;
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, `a${i}.md`), `# 第${i}篇短文的标题写得稍微长一点\n\n这是正文，写了一个县里发生的事情，有人物，有数字，也有三十个以上的汉字。\n`);
  writeFileSync(join(dir, 'book.yaml'), `title: 短文集\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, pdf]\nchapters:\n${Array.from({ length: n }, (_, i) => `  - file: a${i + 1}.md\n    publisher: 某某日报社\n    date: 2024-01-0${(i % 9) + 1}`).join('\n')}\n`);
  const { result } = await build(join(dir, 'book.yaml'));
  // (Both ran over a page before: the colophon onto a recto, pushing the contents two pages back, and five
  // entries of the contents onto a page of their own.)
  assert.deepEqual(frontPages(result.pdf), { colophon: 4, contents: 5, first: 7 });
});

/** A print's widows, orphans and short chapter endings, each as its page and the start of its line. */
function faults(pdf: { path: string; chapterStarts: Record<string, number> }) {
  const f = pageBreakFaults(pdf.path, Object.values(pdf.chapterStarts));
  const at = (l: Line) => `p. ${l.page}: ${l.text.slice(0, 12)}`;
  return { widows: f.widows.map(at), orphans: f.orphans.map(at), shortEndings: f.shortEndings.map((e) => `p. ${e.page}: ${e.lines} lines`) };
}

test('no widow, no orphan, no chapter ending on a page of fewer than three lines: the default and stress books, whole and in parts, and forty articles of other publishers', async () => {
  for (const { result } of books) assert.deepEqual(faults(result.pdf), { widows: [], orphans: [], shortEndings: [] });
  // The regression sets' sources as one book (their tables, lists, notices' closes): 6 widows and 3 chapters
  // ending on a page of two lines before Paged.js was taught to keep lines (src/pdf/in-page/lines.ts).
  const dir = tempDir('dingben-lines-');
  const sources = ['gold-t', 'gold-u', 'gold-v', 'gold-w', 'gold-x'].flatMap((set) => readdirSync(join(ROOT, 'tests/fixtures', set)).filter((f) => /\.(txt|md)$/u.test(f) && !/\.gold\.md$|^README/u.test(f)).map((f) => join(ROOT, 'tests/fixtures', set, f)));
  assert.equal(sources.length, 40);
  writeFileSync(join(dir, 'book.yaml'), `title: 他社\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, pdf]\nchapters:\n${sources.map((f) => `  - file: ${f}`).join('\n')}\n`);
  const other = await build(join(dir, 'book.yaml'));
  assert.deepEqual(faults(other.result.pdf), { widows: [], orphans: [], shortEndings: [] });
});
