/**
 * The archival PDF (PDF/A-2b): the reader's PDF with what ISO 19005-2 asks
 * on top — XMP metadata (pdfaid part 2, conformance B) carrying the Chinese
 * title, the editor, the article sources and the tool version, and matching
 * the Info dictionary; an sRGB output intent; a trailer /ID; print flags on
 * annotations. It is edited with pdf-lib (@cantoo/pdf-lib), not converted with Ghostscript,
 * whose PDF/A conversion drops structure tags and Chinese titles: the tags,
 * the outline and /Lang of the reader's PDF stay as they are.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import { fullTitle, type BookConfig } from '../book/config.ts';
import type { Chapter } from '../typeset/chapter.ts';
import { articleSource } from '../typeset/chapter.ts';
import { VERSION } from '../version.ts';
import { packagePath } from '../paths.ts';
import { instruction, x, xmlDocument } from '../io/xml.ts';

/** sRGB IEC61966-2.1 (the ICC's sRGB2014), shipped with its licence in styles/icc/. */
function srgbProfile(): Uint8Array {
  return readFileSync(packagePath('styles', 'icc', 'sRGB2014.icc'));
}

export interface ArchivalFacts {
  title: string;
  editor: string;
  subject: string;
  keywords: string;
  sources: string[];
  language: string;
  tool: string;
  date: Date;
  documentId: string;
}

export function archivalFacts(book: BookConfig, chapters: Chapter[], date: Date, pdf: Uint8Array): ArchivalFacts {
  const sources = chapters.map((c, i) => articleSource(book.chapters[i], c));
  const hash = createHash('sha256').update(pdf).digest('hex');
  return {
    title: fullTitle(book),
    editor: book.editor,
    subject: book.subtitle ?? chapters.map((c) => c.meta.title).join('；'),
    keywords: chapters.map((c) => c.meta.title).join('; '),
    sources,
    language: book.language,
    tool: `dingben ${VERSION}`,
    date,
    documentId: `uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`,
  };
}

export function xmpPacket(f: ArchivalFacts): string {
  const date = f.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (s: string) => x('rdf:Alt', [x('rdf:li', { 'xml:lang': 'x-default' }, s), x('rdf:li', { 'xml:lang': f.language }, s)]);
  const description = x('rdf:Description', {
    'rdf:about': '',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    'xmlns:xmp': 'http://ns.adobe.com/xap/1.0/',
    'xmlns:pdf': 'http://ns.adobe.com/pdf/1.3/',
    'xmlns:xmpMM': 'http://ns.adobe.com/xap/1.0/mm/',
    'xmlns:pdfaid': 'http://www.aiim.org/pdfa/ns/id/',
  }, [
    x('dc:format', 'application/pdf'),
    x('dc:title', [alt(f.title)]),
    x('dc:creator', [x('rdf:Seq', [x('rdf:li', f.editor)])]),
    x('dc:description', [alt(f.subject)]),
    x('dc:language', [x('rdf:Bag', [x('rdf:li', f.language)])]),
    x('dc:source', f.sources.join('；')),
    x('dc:relation', [x('rdf:Bag', f.sources.map((s) => x('rdf:li', s)))]),
    x('pdf:Keywords', f.keywords),
    x('pdf:Producer', f.tool),
    x('xmp:CreatorTool', f.tool),
    x('xmp:CreateDate', date),
    x('xmp:ModifyDate', date),
    x('xmp:MetadataDate', date),
    x('xmpMM:DocumentID', f.documentId),
    x('xmpMM:InstanceID', f.documentId),
    x('pdfaid:part', '2'),
    x('pdfaid:conformance', 'B'),
  ]);
  // The packet's byte-order mark and id are fixed by the XMP specification (part 1, 7.3).
  return xmlDocument(x('x:xmpmeta', { 'xmlns:x': 'adobe:ns:meta/' }, [x('rdf:RDF', { 'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' }, [description])]), {
    before: [instruction('xpacket', 'begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"')],
    after: [instruction('xpacket', 'end="w"')],
    unit: ' ',
    inline: ['dc:title', 'dc:creator', 'dc:description', 'dc:language', 'dc:relation'],
    finalNewline: false,
  });
}

export async function makeArchival(pdf: Uint8Array, book: BookConfig, chapters: Chapter[], date: Date): Promise<Uint8Array> {
  const facts = archivalFacts(book, chapters, date, pdf);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ctx = doc.context;

  // Info dictionary: the same values as the XMP, as PDF/A requires.
  doc.setTitle(facts.title);
  doc.setAuthor(facts.editor);
  doc.setSubject(facts.subject);
  doc.setKeywords([facts.keywords]);
  doc.setCreator(facts.tool);
  doc.setProducer(facts.tool);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const metadata = ctx.stream(new TextEncoder().encode(xmpPacket(facts)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));

  const icc = ctx.stream(srgbProfile(), { N: 3 });
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: ctx.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([intent]));

  // Annotations must print and must not hide (ISO 19005-2, 6.3.2).
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i, PDFDict);
      a.set(PDFName.of('F'), PDFNumber.of(4));
    }
  }

  // A fixed file identifier, derived from the content, for reproducible files.
  const id = PDFHexString.of(facts.documentId.slice('uuid:'.length).replace(/-/g, ''));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  // PDF/A-2 is built on ISO 32000-1 (PDF 1.7); the fork keeps the version it read (Chromium's 1.4) unless told.
  ctx.header = PDFHeader.forVersion(1, 7);
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
