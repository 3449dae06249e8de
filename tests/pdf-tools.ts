// Reading real PDFs back with poppler: fonts, info, text, outline, and text
// lines rebuilt from word boxes (pdftotext -layout splits lines where
// Chromium's punctuation compression makes glyphs overlap). Links and the
// structure tree, which poppler's tools do not print, are read with pdf-lib.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from '@cantoo/pdf-lib';
import { body } from './helpers.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

export interface FontRow { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }

export function pdfFonts(pdf: string): FontRow[] {
  return run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    const type = /Type 3/.test(line) ? 'Type 3' : /CID TrueType/.test(line) ? 'CID TrueType' : /TrueType/.test(line) ? 'TrueType' : cols[1] ?? '';
    return { name: cols[0]!, type, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', pdf]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

export function pdfText(pdf: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return run('pdftotext', [...range, pdf, '-']);
}

export function pdfOutline(pdf: string): { page: number; title: string }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]);
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  // Top-level items only: nested outlines are inside their own <outline>.
  const top = outline.replace(/<outline>[\s\S]*?<\/outline>/g, '');
  return [...top.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: xmlText(m[2]!) }));
}

/** The text of XML character data: pdftohtml writes `"` as `&#34;`. */
function xmlText(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/giu, (_, d, x, n) => (d ? String.fromCodePoint(Number(d)) : x ? String.fromCodePoint(parseInt(x, 16)) : named[n.toLowerCase()]!));
}

export interface Line { page: number; y: number; x0: number; x1: number; height: number; text: string }

/** Text lines rebuilt from word boxes grouped by vertical position. */
export function pdfLines(pdf: string): Line[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  const lines: Line[] = [];
  let page = 0;
  for (const pageHtml of html.split('<page ').slice(1)) {
    page++;
    const words = [...pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    }));
    const pageLines: (Line & { words: typeof words })[] = [];
    for (const w of words.sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
      const line = pageLines.find((l) => Math.abs(l.y - w.y1) < 2.5);
      if (line) {
        line.words.push(w);
        line.x0 = Math.min(line.x0, w.x0);
        line.x1 = Math.max(line.x1, w.x1);
        line.height = Math.max(line.height, w.y1 - w.y0);
      } else pageLines.push({ page, y: w.y1, x0: w.x0, x1: w.x1, height: w.y1 - w.y0, text: '', words: [w] });
    }
    for (const l of pageLines.sort((a, b) => a.y - b.y)) {
      l.text = l.words.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join('');
      lines.push({ page: l.page, y: l.y, x0: l.x0, x1: l.x1, height: l.height, text: l.text });
    }
  }
  return lines;
}

export function hanSequence(s: string): string {
  return (s.match(/\p{Script=Han}/gu) ?? []).join('');
}

/** Index in `hay` after which `needle` is a subsequence, or -1 at the first character that is missing. */
export function subsequenceGap(needle: string, hay: string): { ok: boolean; at: number } {
  const n = [...needle];
  const h = [...hay];
  let j = 0;
  for (let i = 0; i < n.length; i++) {
    while (j < h.length && h[j] !== n[i]) j++;
    if (j >= h.length) return { ok: false, at: i };
    j++;
  }
  return { ok: true, at: n.length };
}

export interface Word { page: number; x0: number; y0: number; x1: number; y1: number; text: string }

/** Every word box of the PDF (pdftotext -bbox), with its page. */
export function pdfWords(pdf: string): Word[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, i) => {
    for (const m of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
    }
  });
  return out;
}

export interface Column { page: number; x: number; y0: number; y1: number; text: string; words: Word[] }

/**
 * Vertical text (竖排) rebuilt into columns: the words of each page grouped by horizontal centre,
 * columns from right to left, each read top to bottom.
 */
export function pdfColumns(words: Word[]): Column[] {
  const out: Column[] = [];
  const pages = [...new Set(words.map((w) => w.page))].sort((a, b) => a - b);
  for (const page of pages) {
    const cols: Column[] = [];
    for (const w of words.filter((x) => x.page === page)) {
      const x = (w.x0 + w.x1) / 2;
      const col = cols.find((c) => Math.abs(c.x - x) < 4);
      if (col) col.words.push(w);
      else cols.push({ page, x, y0: 0, y1: 0, text: '', words: [w] });
    }
    for (const c of cols.sort((a, b) => b.x - a.x)) {
      c.words.sort((a, b) => a.y0 - b.y0);
      c.y0 = c.words[0]!.y0;
      c.y1 = Math.max(...c.words.map((w) => w.y1));
      c.text = c.words.map((w) => w.text).join('');
      out.push(c);
    }
  }
  return out;
}

const BUNDLED = /^[A-Z]{6}\+(?:NotoS(?:erif|ans)[ST]C-(?:Regular|Bold)|HanaMin[AB])$/;

/** Fonts of the PDF other than the book's faces (Noto SC, HanaMin for what Noto lacks) as subset TrueType: a Type 3 font, or a system font some character fell back to. */
export function foreignFonts(pdf: string): string[] {
  return pdfFonts(pdf).filter((f) => f.type === 'Type 3' || !BUNDLED.test(f.name)).map((f) => f.name);
}

/** One page as a grey raster (PGM), to compare two PDFs page for page. */
export function pdfRaster(pdf: string, page: number, dpi = 40): Buffer {
  return execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', pdf]);
}

/** The Han text of one half of an imposed sheet side (A5 pages on A4 landscape: halves 420 pt wide). */
export function bookletHalf(booklet: string, sheet: number, x: number, width = 420): string {
  return hanSequence(run('pdftotext', ['-f', String(sheet), '-l', String(sheet), '-x', String(x), '-y', '0', '-W', String(width), '-H', '595', booklet, '-']));
}

/**
 * The first chapter whose Han characters are not all in `printedHan`, in order, with the place where one
 * goes missing; undefined when everything is printed. Characters no font covers (set as 〓) and caption
 * credits (attributes in the Markdown, printed after the caption) are left out.
 */
export function unprinted(chapters: { slug: string; markdown: string }[], uncovered: Iterable<string>, printedHan: string): string | undefined {
  const skip = new Set(uncovered);
  for (const c of chapters) {
    const expected = [...hanSequence(body(c.markdown).replace(/\{credit="[^"]*"\}/g, ''))].filter((ch) => !skip.has(ch)).join('');
    const gap = subsequenceGap(expected, printedHan);
    if (!gap.ok) return `${c.slug}: missing near …${expected.slice(Math.max(0, gap.at - 10), gap.at + 10)}…`;
  }
  return undefined;
}

/**
 * The internal links of a PDF, read with pdf-lib: each Link annotation's page and the page its named
 * destination resolves to (through the catalog's /Dests) — undefined where the name resolves nowhere.
 */
export async function pdfLinks(pdf: string): Promise<{ page: number; name: string; target?: number }[]> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const links: { page: number; name: string; target?: number }[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let a = 0; annots && a < annots.size(); a++) {
      const annot = annots.lookup(a, PDFDict);
      const dest = annot.get(PDFName.of('Dest'));
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link') || !(dest instanceof PDFName)) continue;
      const target = dests?.lookupMaybe(dest, PDFArray)?.get(0);
      links.push({ page: i + 1, name: dest.decodeText(), target: target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined });
    }
  });
  return links;
}

/**
 * The tagged structure, read with pdf-lib: the parent tree's keys, each page's and annotation's key into
 * it, and the structure elements that cannot reach the root by their /P (a broken merge would leave some).
 */
export async function pdfStructure(pdf: string): Promise<{ roots: number; keys: number[]; pageKeys: (number | undefined)[]; annotKeys: number[]; orphans: number; elements: number }> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const rootRef = doc.catalog.get(PDFName.of('StructTreeRoot'));
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys: number[] = [];
  for (let i = 0; i < nums.size(); i += 2) keys.push(nums.lookup(i, PDFNumber).asNumber());
  const pageKeys = doc.getPages().map((p) => p.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber());
  const annotKeys = doc.getPages().flatMap((p) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return annots ? annots.asArray().flatMap((_, i) => annots.lookup(i, PDFDict).lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber() ?? []) : [];
  });
  let orphans = 0;
  let elements = 0;
  let roots = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('StructTreeRoot')) roots++;
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('StructElem')) continue;
    elements++;
    let node: PDFDict | undefined = obj;
    for (let depth = 0; node && depth < 100; depth++) {
      const parent = node.get(PDFName.of('P'));
      if (parent === rootRef) break;
      node = parent instanceof PDFRef ? doc.context.lookupMaybe(parent, PDFDict) : undefined;
    }
    if (!node || node.get(PDFName.of('P')) !== rootRef) orphans++;
  }
  return { roots, keys, pageKeys, annotKeys, orphans, elements };
}

/**
 * Why two PDFs that should be byte-identical are not ('' when they are): the page count, the first page
 * whose text differs, or else the first differing bytes with some context, so a failed reproducibility
 * test says where to look.
 */
export function pdfDifference(a: string, b: string): string {
  const [x, y] = [readFileSync(a), readFileSync(b)];
  if (x.equals(y)) return '';
  const [pa, pb] = [Number(pdfInfo(a).Pages), Number(pdfInfo(b).Pages)];
  if (pa !== pb) return `${pa} pages against ${pb}`;
  for (let p = 1; p <= pa; p++) {
    const [ta, tb] = [pdfText(a, p, p), pdfText(b, p, p)];
    if (ta !== tb) return `page ${p} differs: ${JSON.stringify(ta.slice(0, 200))} against ${JSON.stringify(tb.slice(0, 200))}`;
  }
  let at = 0;
  while (at < Math.min(x.length, y.length) && x[at] === y[at]) at++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - 120), at + 120).toString('latin1'));
  return `same text on all ${pa} pages, ${x.length} against ${y.length} bytes, first difference at byte ${at}: ${around(x)} against ${around(y)}`;
}

export interface PageBreakFaults { widows: Line[]; orphans: Line[]; shortEndings: { page: number; lines: number }[] }

/**
 * Widows, orphans and short chapter endings of a horizontal book, from its lines: body lines are those of the
 * text's size (the most common line height), a paragraph's first line is set in by its indent, its last line
 * ends short of the measure. A widow is a last line alone at a page's top, the paragraph coming from the page
 * before; an orphan a first line alone at a page's foot, the paragraph going on overleaf. A short ending is a
 * chapter's last page (the page before the next chapter's first, or the book's last) with fewer than 3 lines.
 */
export function pageBreakFaults(pdf: string, chapterStarts: number[]): PageBreakFaults {
  const all = pdfLines(pdf).filter((l) => /\p{Script=Han}/u.test(l.text));
  const heights = new Map<number, number>();
  for (const l of all) heights.set(Math.round(l.height * 2) / 2, (heights.get(Math.round(l.height * 2) / 2) ?? 0) + 1);
  const bodyHeight = [...heights].sort((a, b) => b[1] - a[1])[0]![0];
  const body = all.filter((l) => Math.abs(Math.round(l.height * 2) / 2 - bodyHeight) < 0.6);
  const em = bodyHeight * 0.7;
  const byPage = new Map<number, Line[]>();
  for (const l of body) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  // The text block's edges, page by page (verso and recto margins differ).
  // (The left edge is where most lines start: a line opening with a quote mark may hang out of it.)
  const mode = (xs: number[]) => {
    const n = new Map<number, number>();
    for (const x of xs) n.set(Math.round(x), (n.get(Math.round(x)) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  };
  const edges = new Map([...byPage].map(([p, ls]) => [p, { left: mode(ls.map((l) => l.x0)), right: Math.max(...ls.map((l) => l.x1)) }]));
  const first = (l: Line) => l.x0 > edges.get(l.page)!.left + em * 1.5 && l.x0 < edges.get(l.page)!.left + em * 2.6;
  const flush = (l: Line) => l.x0 < edges.get(l.page)!.left + em;
  const full = (l: Line) => l.x1 > edges.get(l.page)!.right - em * 0.8 && flush(l);
  const out: PageBreakFaults = { widows: [], orphans: [], shortEndings: [] };
  const pages = [...byPage.keys()].filter((p) => p >= Math.min(...chapterStarts)).sort((a, b) => a - b);
  for (const [k, page] of pages.entries()) {
    const lines = byPage.get(page)!;
    const prev = byPage.get(page - 1);
    const next = byPage.get(page + 1);
    const top = lines[0]!;
    const bottom = lines[lines.length - 1]!;
    // (Across a chapter's opening the text does not run on.)
    // (A list's item of one line, its number at the margin, is whole.)
    if (prev && !chapterStarts.includes(page) && !first(top) && !full(top) && full(prev[prev.length - 1]!) && !/^(?:\d{1,3}[.．、]|[•·●■◆▪])/u.test(top.text)) out.widows.push(top);
    // (A paragraph of one line, short, is whole where it stands.)
    if (next && !chapterStarts.includes(page + 1) && first(bottom) && bottom.x1 > edges.get(page)!.right - em * 0.8 && flush(next[0]!)) out.orphans.push(bottom);
    const last = k === pages.length - 1 || chapterStarts.some((s) => s > page && pages[k + 1]! >= s);
    if (last && !chapterStarts.includes(page) && lines.length < 3) out.shortEndings.push({ page, lines: lines.length });
  }
  return out;
}

export interface Grid { pitches: number[]; measures: number[] }

/**
 * The grid of a horizontal book's body text: the distances between consecutive lines of running text on a
 * page (one value where the baselines keep one pitch), and the widths of its full lines (one value where the
 * text block is a whole number of characters and no line is stretched), each rounded to 0.05 pt.
 */
export function bodyGrid(pdf: string, fromPage: number): Grid {
  const all = pdfLines(pdf).filter((l) => l.page >= fromPage && /\p{Script=Han}/u.test(l.text));
  const heights = new Map<number, number>();
  for (const l of all) heights.set(Math.round(l.height * 2) / 2, (heights.get(Math.round(l.height * 2) / 2) ?? 0) + 1);
  const bodyHeight = [...heights].sort((a, b) => b[1] - a[1])[0]![0];
  const body = all.filter((l) => Math.abs(l.height - bodyHeight) < 0.4);
  const r = (x: number) => Math.round(x * 20) / 20;
  const pitches = new Set<number>();
  const measures = new Set<number>();
  const byPage = new Map<number, Line[]>();
  for (const l of body) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  for (const lines of byPage.values()) {
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    // (Lines a line apart: a heading, a caption or a pull quote between two paragraphs parts them further.)
    for (let i = 1; i < lines.length; i++) if (lines[i]!.y - lines[i - 1]!.y < bodyHeight * 1.4) pitches.add(r(lines[i]!.y - lines[i - 1]!.y));
    // A full line of Han characters and Chinese marks only, flush at both edges (a line with Latin letters or
    // figures, or opening or closing with a mark, may be set tighter or hang).
    for (const l of lines) if (Math.abs(l.x0 - left) < 0.5 && Math.abs(l.x1 - right) < 0.5 && /^[\p{Script=Han}，、。；：？！“”‘’（）《》—…]+$/u.test(l.text) && /^\p{Script=Han}.*\p{Script=Han}$/u.test(l.text)) measures.add(r(l.x1 - l.x0));
  }
  return { pitches: [...pitches].sort((a, b) => a - b), measures: [...measures].sort((a, b) => a - b) };
}
