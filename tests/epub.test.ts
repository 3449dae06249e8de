// The EPUB, built for real and checked by the validators (EPUBCheck 4.2.6 jar,
// @likecoin/epubcheck-ts, DAISY Ace in Debian's Chromium) and by reading it
// back: structure, metadata, page-list against the PDF, fonts, text fidelity,
// reproducibility.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { loadBook } from '../src/book/config.ts';
import { buildBook } from '../src/build.ts';
import { body, ROOT, tempDir } from './helpers.ts';
import { scriptOf } from '../src/typeset/script.ts';
import { hanSequence, pdfDifference, pdfText, subsequenceGap } from './pdf-tools.ts';

async function build() {
  const out = tempDir('dingben-epub-');
  const result = await buildBook(await loadBook(join(ROOT, 'sources/book.yaml')), { outDir: out });
  return { out, result, epub: result.epub!, pdf: result.pdf! };
}

const first = await build();
const epubBytes = readFileSync(first.epub.path);
const entries = unzipSync(epubBytes);
const text = (name: string) => new TextDecoder().decode(entries[name]);
const names = Object.keys(entries);
const opf = text('EPUB/package.opf');
const xhtmlNames = names.filter((n) => n.endsWith('.xhtml'));
const stripTags = (s: string) => s.replace(/<[^>]+>/g, '');

test('EPUBCheck 4.2.6 (Debian jar): 0 errors, 0 warnings', () => {
  const r = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', first.epub.path], { encoding: 'utf8', timeout: 180_000 });
  assert.match(r.stdout + r.stderr, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, r.stdout + r.stderr);
  assert.equal(r.status, 0);
});

test('@likecoin/epubcheck-ts: 0 errors, 0 warnings', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@likecoin/epubcheck-ts/bin/epubcheck.js'), first.epub.path], { encoding: 'utf8', timeout: 120_000 });
  assert.match(r.stdout, /Errors:\s+0\b/, r.stdout);
  assert.match(r.stdout, /Warnings:\s+0\b/, r.stdout);
});

test('DAISY Ace: no serious or critical violation', () => {
  const out = tempDir('dingben-ace-');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@daisy/ace-cli/bin/ace.js'), '-s', '-f', '-o', out, first.epub.path], {
    encoding: 'utf8', timeout: 300_000, env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.DINGBEN_CHROMIUM ?? '/usr/bin/chromium' },
  });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { assertions: { assertions?: { 'earl:test': { 'earl:impact': string; 'dct:title': string } }[] }[] };
  const bad = report.assertions.flatMap((a) => a.assertions ?? []).filter((x) => ['serious', 'critical'].includes(x['earl:test']['earl:impact'])).map((x) => x['earl:test']['dct:title']);
  assert.deepEqual(bad, []);
});

test('container: mimetype first and stored, container.xml points at the package', () => {
  assert.equal(epubBytes.subarray(30, 38).toString(), 'mimetype');
  assert.equal(epubBytes.readUInt16LE(8), 0, 'mimetype is stored, not deflated');
  assert.equal(text('mimetype'), 'application/epub+zip');
  assert.match(text('META-INF/container.xml'), /full-path="EPUB\/package.opf"/);
  assert.ok(!names.includes('META-INF/encryption.xml'), 'fonts are not obfuscated');
});

test('package metadata: identifier, title, language, modified, editor, sources, accessibility', () => {
  assert.match(opf, /<package [^>]*xml:lang="zh-Hans"/);
  assert.match(opf, /<dc:identifier id="book-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
  assert.match(opf, /<dc:title id="title">坚决打赢疫情防控阻击战——/);
  assert.match(opf, /<dc:language>zh-Hans<\/dc:language>/);
  assert.match(opf, /<meta property="dcterms:modified">2020-03-11T00:00:00Z<\/meta>/);
  assert.match(opf, /<dc:creator id="editor">定本编辑组<\/dc:creator>/);
  assert.equal((opf.match(/<dc:source id="source-\d+">/g) ?? []).length, 2);
  assert.match(opf, /property="dcterms:date">2020-02-10</);
  for (const f of ['tableOfContents', 'readingOrder', 'structuralNavigation', 'printPageNumbers']) assert.match(opf, new RegExp(`accessibilityFeature">${f}<`));
  for (const p of ['accessMode', 'accessModeSufficient', 'accessibilityHazard', 'accessibilitySummary']) assert.match(opf, new RegExp(`property="schema:${p}"`));
});

test('every XHTML file carries lang and xml:lang; chapters keep their semantics', () => {
  for (const n of xhtmlNames) assert.match(text(n), /<html [^>]*lang="zh-Hans" xml:lang="zh-Hans"/, n);
  const ch1 = text('EPUB/text/ch-1.xhtml');
  assert.match(ch1, /<header class="chapter-header">/);
  assert.match(ch1, /<p class="kicker">/);
  assert.match(ch1, /<figure class="caption"><figcaption>/);
  const ch2 = text('EPUB/text/ch-2.xhtml');
  assert.match(ch2, /<aside class="pullquote" role="doc-pullquote">/);
  assert.match(ch2, /<span class="credit">新华社记者\u3000鞠鹏\u3000摄<\/span>/u);
  assert.ok(!/data-b=/.test(ch1 + ch2), 'the PDF stage\'s block ids are not left in the e-book');
});

test('structure: cover image from the print cover, title page, colophon, one file per chapter, nav with landmarks, NCX', () => {
  assert.match(opf, /properties="cover-image"/);
  assert.equal(Buffer.from(entries['EPUB/images/cover.png']!.subarray(1, 4)).toString(), 'PNG');
  for (const f of ['cover', 'titlepage', 'colophon', 'nav', 'ch-1', 'ch-2']) assert.ok(names.includes(`EPUB/text/${f}.xhtml`), f);
  const nav = text('EPUB/text/nav.xhtml');
  assert.match(nav, /epub:type="toc"/);
  assert.match(nav, /epub:type="landmarks"/);
  for (const label of ['封面', '目录', '正文']) assert.ok(nav.includes(`>${label}</a>`), label);
  assert.match(text('EPUB/toc.ncx'), /<navPoint id="np-2"/);
});

test('page-list: a marker for every printed page, with the PDF\'s number, where that page begins', () => {
  const nav = text('EPUB/text/nav.xhtml');
  const labels = [...nav.matchAll(/#page-(\d+)">(\d+)</g)].map((m) => m[2]);
  const folios = first.pdf.pageStarts.filter((p) => p.label).map((p) => p.label);
  assert.deepEqual(labels, folios);
  assert.equal(labels.length, 13);
  for (const p of first.pdf.pageStarts.filter((x) => x.label)) {
    const xhtml = text(`EPUB/text/${p.chapter}.xhtml`);
    const at = xhtml.indexOf(`id="page-${p.label}"`);
    assert.ok(at > 0, `marker for page ${p.label}`);
    assert.match(xhtml.slice(at - 60, at), /<span $/, 'the marker is a span');
    // The first Han characters after the marker open the PDF page (after its running head).
    const following = hanSequence(stripTags(xhtml.slice(at))).slice(0, 6);
    const page = hanSequence(pdfText(first.pdf.path, p.index));
    assert.ok(page.slice(0, 60).includes(following), `page ${p.label} (PDF page ${p.index}) begins with ${following}: ${page.slice(0, 40)}`);
  }
});

test('fonts: one WOFF2 per face in the manifest, subset to the characters the book sets, under 1.5 MB in all', () => {
  const fonts = names.filter((n) => n.startsWith('EPUB/fonts/'));
  assert.ok(fonts.length >= 2);
  for (const f of fonts) {
    assert.ok(f.endsWith('.woff2'));
    assert.ok(opf.includes(`href="${f.slice('EPUB/'.length)}" media-type="font/woff2"`), f);
  }
  const faces = fonts.map((f) => fontkit.create(Buffer.from(entries[f]!)) as fontkit.Font);
  // Body paragraphs are set in the serif face: it must cover every Han character of them.
  const serif = faces[fonts.indexOf('EPUB/fonts/NotoSerifSC-Regular.woff2')]!;
  const paragraphs = first.result.chapters.flatMap((c) => body(c.markdown).split('\n\n').filter((b) => !/^(:::|#|- )/.test(b))).join('');
  const missing = [...new Set(hanSequence(paragraphs))].filter((ch) => !serif.hasGlyphForCodePoint(ch.codePointAt(0)!));
  assert.deepEqual(missing, [], 'the body face covers every Han character of the body paragraphs');
  // Every character of the book is in some face, and no face carries much more than the book uses.
  const all = [...new Set(hanSequence(first.result.chapters.map((c) => c.markdown).join('')))];
  assert.deepEqual(all.filter((ch) => !faces.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))), []);
  for (const f of faces) assert.ok(f.numGlyphs < all.length + 300, `${f.postscriptName}: ${f.numGlyphs} glyphs for ${all.length} Han characters in the book`);
  assert.ok(epubBytes.length < 1.5 * 1024 * 1024, `${epubBytes.length} bytes`);
});

test('text fidelity: every Han character of the clean editions is in the spine text, in order', () => {
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const spineHan = hanSequence(spine.map((id) => stripTags(text(`EPUB/${hrefs.get(id)}`))).join(''));
  for (const c of first.result.chapters) {
    const expected = hanSequence(body(c.markdown).replace(/\{credit="[^"]*"\}/g, ''));
    const gap = subsequenceGap(expected, spineHan);
    assert.ok(gap.ok, `${c.slug}: missing near …${expected.slice(Math.max(0, gap.at - 10), gap.at + 10)}…`);
  }
});

test('reproducible: a second build gives byte-identical EPUB, PDF and clean editions', async () => {
  const second = await build();
  assert.ok(readFileSync(second.epub.path).equals(epubBytes), 'EPUB differs');
  assert.equal(pdfDifference(second.pdf.path, first.pdf.path), '', 'PDF differs');
  for (const name of ['000_9263f738cee7a8ed.md', '001_ec090317ee671a83.md']) {
    assert.ok(readFileSync(join(second.out, 'clean', name)).equals(readFileSync(join(first.out, 'clean', name))), name);
  }
  // SOURCE_DATE_EPOCH sets the dates.
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1700000000';
  try {
    const third = await build();
    assert.match(new TextDecoder().decode(unzipSync(readFileSync(third.epub.path))['EPUB/package.opf']), /dcterms:modified">2023-11-14T22:13:20Z</);
    assert.match(execFileSync('pdfinfo', ['-isodates', third.pdf.path], { encoding: 'utf8' }), /CreationDate:\s+2023-11-14T22:13:20/);
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
});

test('untrusted markup with the rules that remove it switched off: EPUBCheck still finds no reference to fix', async () => {
  const dir = tempDir('dingben-hostile-');
  writeFileSync(join(dir, 'hostile.txt'), [
    '不设防的一篇稿件',
    '',
    '正文![照片](file:///etc/passwd)和![远程](http://198.51.100.7/t.png)，[相对链接](../../secret.html)与[外链](https://example.com/a)，这是第一段正文。',
    '',
    '<img src="../x.png" onerror="alert(1)"><iframe src="http://198.51.100.7/"></iframe>',
    '',
    '<blockquote cite="file:///etc/passwd">引文里的一句话。</blockquote>',
    '',
    '<p style="background:url(file:///etc/passwd)">段落<script>alert(1)</script>结束。</p>',
  ].join('\n'));
  writeFileSync(join(dir, 'book.yaml'), 'title: 不设防\neditor: 测试\ndate: 2024-01-01\nrules: { images: false, markup-debris: false }\nchapters:\n  - file: hostile.txt\n');
  const out = tempDir('dingben-hostile-out-');
  const result = await buildBook(await loadBook(join(dir, 'book.yaml')), { outDir: out });
  assert.deepEqual(result.pdf!.blocked, []);
  const r = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', result.epub!.path], { encoding: 'utf8', timeout: 180_000 });
  assert.match(r.stdout + r.stderr, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, r.stdout + r.stderr);
  const chapters = Object.entries(unzipSync(readFileSync(result.epub!.path))).filter(([n]) => n.endsWith('.xhtml')).map(([, b]) => new TextDecoder().decode(b)).join('\n');
  assert.doesNotMatch(chapters, /file:|198\.51\.100\.7|\.\.\/\.\.\/secret|<script|<iframe|onerror/);
  for (const t of ['相对链接', '引文里的一句话', '段落', '结束']) assert.ok(chapters.includes(t), t);
});

test('Extension B: set in a HanaMin B subset of its own (WOFF2), EPUBCheck-clean; the Noto faces carry none of it', async () => {
  const dir = tempDir('dingben-extb-');
  writeFileSync(join(dir, 'extb.txt'), '古字𠮷与𪚥的一篇稿件\n\n　　正文里有“𠮷野家”的𠮷，也有“𪚥”这样四个龙字组成的字，**加粗的𠀀**也在其中。\n');
  writeFileSync(join(dir, 'book.yaml'), 'title: 古字\neditor: 测试\ndate: 2024-01-01\noutputs: [clean, epub]\nchapters:\n  - file: extb.txt\n');
  const out = tempDir('dingben-extb-out-');
  const result = await buildBook(await loadBook(join(dir, 'book.yaml')), { outDir: out });
  assert.deepEqual(result.uncovered, []);
  const r = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', result.epub!.path], { encoding: 'utf8', timeout: 180_000 });
  assert.match(r.stdout + r.stderr, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, r.stdout + r.stderr);
  const files = unzipSync(readFileSync(result.epub!.path));
  const fonts = new Map(Object.entries(files).filter(([n]) => n.endsWith('.woff2')).map(([n, b]) => [n.split('/').pop()!, fontkit.create(Buffer.from(b)) as fontkit.Font]));
  const hana = fonts.get('dingbenHanaMinB-Regular.woff2');
  assert.ok(hana, [...fonts.keys()].join(', '));
  for (const ch of ['𠮷', '𪚥', '𠀀']) {
    assert.ok(hana.hasGlyphForCodePoint(ch.codePointAt(0)!), ch);
    for (const [name, f] of fonts) if (name.startsWith('Noto')) assert.ok(!f.hasGlyphForCodePoint(ch.codePointAt(0)!), `${name} has ${ch}`);
  }
  const chapter = Object.entries(files).filter(([n]) => /ch-\d+\.xhtml$/.test(n)).map(([, b]) => new TextDecoder().decode(b)).join('');
  for (const ch of ['𠮷', '𪚥', '𠀀']) assert.ok(chapter.includes(ch), `${ch} is in the chapter text`);
  assert.ok(!chapter.includes('〓'));
  assert.match(new TextDecoder().decode(files['EPUB/text/colophon.xhtml']), /HanaMinB，fonts-hanazono/);
});

test('the script of an article is read from its characters: Traditional, Simplified, and a Simplified story quoting a Traditional sign', () => {
  assert.equal(scriptOf('嘉義縣鹿溪鄉的醬園至今仍堅持以黑豆、鹽和日曬釀造醬油，一甕醬油從入甕到裝瓶要等上半年。'), 'Hant');
  assert.equal(scriptOf('嘉义县鹿溪乡的酱园至今仍坚持以黑豆、盐和日晒酿造酱油，一瓮酱油从入瓮到装瓶要等上半年。'), 'Hans');
  assert.equal(scriptOf('记者来到台北街头，一家老店的招牌上写着“福泉醬園”，店主说这家店已经开了七十年，生意一直很好，每天都有很多游客专门来买酱油。'), 'Hans');
  assert.equal(scriptOf('2024年6月1日'), undefined);
});

test('an article in Traditional characters: marked zh-Hant and set in the TC faces, in the PDF and the EPUB (EPUBCheck-clean); the Simplified one keeps the SC faces', async () => {
  const dir = tempDir('dingben-hant-');
  writeFileSync(join(dir, 'hant.txt'), '老醬園後繼有人\n\n　　嘉義縣鹿溪鄉有七十年歷史的「福泉醬園」，至今仍堅持以黑豆、鹽和日曬釀造醬油，一甕醬油從入甕到裝瓶要等上半年。\n\n　　隨著第二代傳人年屆八旬，醬園一度面臨無人接手的困境，所幸在臺北當軟體工程師的孫子去年辭職返鄉，接下這門老手藝。\n');
  writeFileSync(join(dir, 'book.yaml'), `title: 两岸新闻\neditor: 测试\ndate: 2024-06-01\noutputs: [clean, pdf, epub]\nchapters:\n  - file: ${join(ROOT, 'sources/000_9263f738cee7a8ed.txt')}\n  - file: hant.txt\n`);
  const out = tempDir('dingben-hant-out-');
  const result = await buildBook(await loadBook(join(dir, 'book.yaml')), { outDir: out });
  const fonts = execFileSync('pdffonts', [result.pdf!.path], { encoding: 'utf8' });
  assert.match(fonts, /NotoSerifTC-Regular/);
  assert.match(fonts, /NotoSansTC-Bold/, "the Traditional headline in the TC sans");
  assert.match(fonts, /NotoSerifSC-Regular/, 'the Simplified article in the SC faces');
  const r = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', result.epub!.path], { encoding: 'utf8', timeout: 180_000 });
  assert.match(r.stdout + r.stderr, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, r.stdout + r.stderr);
  const files = unzipSync(readFileSync(result.epub!.path));
  const xhtml = (n: string) => new TextDecoder().decode(files[`EPUB/text/${n}.xhtml`]);
  assert.match(xhtml('ch-2'), /<html[^>]* lang="zh-Hant" xml:lang="zh-Hant"/);
  assert.match(xhtml('ch-1'), /<html[^>]* lang="zh-Hans"/);
  const faces = new Map(Object.entries(files).filter(([n]) => n.endsWith('.woff2')).map(([n, b]) => [n.split('/').pop()!, fontkit.create(Buffer.from(b)) as fontkit.Font]));
  const has = (face: string, ch: string) => faces.get(face)?.hasGlyphForCodePoint(ch.codePointAt(0)!) ?? false;
  assert.ok(has('NotoSerifTC-Regular.woff2', '醬') && has('NotoSansTC-Bold.woff2', '醬'), [...faces.keys()].join(', '));
  assert.ok(!has('NotoSerifSC-Regular.woff2', '醬'), 'the SC face carries none of the Traditional article');
});
