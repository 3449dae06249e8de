// The archival PDF (PDF/A-2b), checked clause by clause with poppler and
// pdf-lib. There is no veraPDF on this machine's registries, so this is not a
// full ISO 19005-2 validation: the README says which requirements are checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString } from '@cantoo/pdf-lib';
import { ROOT, runCli, tempDir } from './helpers.ts';
import { pdfFonts, pdfInfo, pdfOutline } from './pdf-tools.ts';

const out = tempDir('dingben-archival-');
const cli = runCli(['build', join(ROOT, 'sources/book.yaml'), '-o', out, '--only', 'clean,pdf', '--archival'], { timeout: 300_000 });
const file = join(out, 'dingben-book-archival.pdf');
const bytes = readFileSync(file);
const doc = await PDFDocument.load(bytes, { updateMetadata: false });
const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });

test('the build writes the archival PDF', () => {
  assert.equal(cli.code, 0, cli.stderr);
  assert.match(cli.stderr, /archival .*PDF\/A-2b/);
});

test('XMP: pdfaid part 2 conformance B, the Chinese title, editor, article sources and tool version', () => {
  assert.match(xmp, /<pdfaid:part>2<\/pdfaid:part>/);
  assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
  assert.match(xmp, /<rdf:li xml:lang="x-default">坚决打赢疫情防控阻击战——习近平考察疫情防控工作新闻报道两篇<\/rdf:li>/);
  assert.match(xmp, /<dc:creator><rdf:Seq><rdf:li>定本编辑组<\/rdf:li>/);
  assert.match(xmp, /<dc:source>新华社，2020-02-10，《[^<]+》；新华社（新华每日电讯），2020-03-10，《习近平：坚决打赢湖北保卫战武汉保卫战》<\/dc:source>/);
  assert.match(xmp, /<xmp:CreatorTool>dingben \d+\.\d+\.\d+<\/xmp:CreatorTool>/);
  assert.match(xmp, /^<\?xpacket begin=/);
});

test('the Info dictionary says what the XMP says (ISO 19005-2, 6.6.3)', () => {
  const info = pdfInfo(file);
  const x = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xmp)?.[1];
  assert.equal(info.Title, /x-default">([^<]*)</.exec(xmp)![1]);
  assert.equal(info.Author, '定本编辑组');
  assert.equal(info.Creator, x('xmp:CreatorTool'));
  assert.equal(info.Producer, x('pdf:Producer'));
  assert.equal(info.Keywords, x('pdf:Keywords'));
  assert.equal(info.CreationDate, x('xmp:CreateDate'));
  assert.equal(info['Metadata Stream'], 'yes');
});

test('an sRGB output intent (GTS_PDFA1) with its ICC profile', () => {
  const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
  const intent = intents.lookup(0, PDFDict);
  assert.equal(intent.get(PDFName.of('S'))?.toString(), '/GTS_PDFA1');
  const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
  assert.equal((profile.dict.get(PDFName.of('N')) as PDFNumber).asNumber(), 3);
  assert.equal(Buffer.from(profile.getContents().subarray(36, 40)).toString(), 'acsp', 'an ICC profile');
  assert.match((intent.get(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText(), /sRGB/);
});

test('a file identifier, fonts embedded, annotations printable, no encryption or JavaScript', () => {
  const trailer = bytes.subarray(bytes.lastIndexOf('trailer')).toString('latin1');
  const id = /\/ID \[ <([0-9a-f]{32})> <([0-9a-f]{32})> \]/.exec(trailer);
  assert.ok(id && id[1] === id[2], trailer);
  for (const f of pdfFonts(file)) assert.ok(f.embedded && f.type !== 'Type 3', f.name);
  let annotations = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      annotations++;
      assert.equal((annots!.lookup(i, PDFDict).get(PDFName.of('F')) as PDFNumber).asNumber(), 4);
    }
  }
  assert.ok(annotations >= 2, 'the contents page\'s links are annotations');
  const info = pdfInfo(file);
  assert.equal(info.Encrypted, 'no');
  assert.equal(info.JavaScript, 'no');
  assert.match(bytes.subarray(0, 16).toString('latin1'), /^%PDF-1\.7\n%[\x80-\xff]{4}/);
});

test('structure kept: tags, outline, /Lang, text', () => {
  assert.equal(pdfInfo(file).Tagged, 'yes');
  assert.deepEqual(pdfOutline(file).map((o) => o.page), pdfOutline(join(out, 'dingben-book.pdf')).map((o) => o.page));
  assert.equal(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'zh-Hans');
  assert.equal(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), execFileSync('pdftotext', [join(out, 'dingben-book.pdf'), '-'], { encoding: 'utf8' }));
});

test('reproducible: the same sources give the same archival file', () => {
  const again = tempDir('dingben-archival-');
  const r = runCli(['build', join(ROOT, 'sources/book.yaml'), '-o', again, '--only', 'clean,pdf', '--archival'], { timeout: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(readFileSync(join(again, 'dingben-book-archival.pdf')).equals(bytes));
});
