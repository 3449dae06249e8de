/**
 * The EPUB 3 e-book, from the same chapter trees as the print PDF (not from
 * the PDF): cover, title page, colophon, one XHTML per chapter, nav (contents,
 * landmarks, page-list with the PDF's page numbers), NCX, subset WOFF2
 * fonts. Byte-reproducible: fixed dates, stable order, a content-derived
 * identifier.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import { verticalize } from '../typeset/rehype/vertical.ts';
import { zipSync, type Zippable } from 'fflate';
import { fullTitle, type BookConfig } from '../book/config.ts';
import { writeAtomic } from '../io/files.ts';
import { colophon, titlePage } from '../typeset/book-html.ts';
import type { BrowserHandle } from '../browser/browser.ts';
import { articleSource, chapterHeader, type Chapter } from '../typeset/chapter.ts';
import type { PageStart } from '../typeset/page-start.ts';
import { VERSION } from '../version.ts';
import { BuildCache, rendererIdentity } from '../cache.ts';
import { fontsIdentity } from '../typeset/fonts.ts';
import { renderCover } from './cover.ts';
import { charsByFace, fontFaceCss, subsetFaces } from './fonts.ts';
import { articleLanguage } from '../typeset/script.ts';
import { xhtmlDocument } from './xhtml.ts';
import { x, xmlDocument } from '../io/xml.ts';
import { packagePath } from '../paths.ts';

const STYLES = `${packagePath('styles')}/`;

export interface EpubResult {
  path: string;
  bytes: number;
  identifier: string;
  pageBreaks: number;
  files: string[];
}

interface Item { id: string; href: string; type: string; data: string | Uint8Array; properties?: string }

export async function buildEpub(book: BookConfig, chapters: Chapter[], pageStarts: PageStart[], outPath: string, date: Date, browser: BrowserHandle | (() => Promise<BrowserHandle>), cache?: BuildCache): Promise<EpubResult> {
  const key = cache
    ? BuildCache.key(JSON.stringify([chapters, pageStarts, book.title, book.subtitle, book.editor, book.date, book.language, book.chapters, book.page, book.writingMode]), await rendererIdentity([`${STYLES}epub.css`, `${STYLES}epub-vertical.css`], fontsIdentity()), date.toISOString())
    : undefined;
  if (cache && key) {
    const [epub, meta] = await Promise.all([cache.get(key, 'book.epub'), cache.getJson<Omit<EpubResult, 'path'>>(key, 'epub.json')]);
    if (epub && meta) {
      await writeAtomic(outPath, epub);
      return { ...meta, path: outPath };
    }
  }
  const result = await assembleEpub(book, chapters, pageStarts, outPath, date, typeof browser === 'function' ? browser : async () => browser, cache);
  if (cache && key) {
    const { path: _path, ...meta } = result;
    await cache.put(key, { 'book.epub': await readFile(outPath), 'epub.json': JSON.stringify(meta) });
  }
  return result;
}

async function assembleEpub(book: BookConfig, chapters: Chapter[], pageStarts: PageStart[], outPath: string, date: Date, browser: () => Promise<BrowserHandle>, cache?: BuildCache): Promise<EpubResult> {
  const lang = book.language;
  const bodies = chapters.map((ch) => chapterBody(ch, pageStarts));
  const pageBreaks = pageStarts.filter((p) => p.label && p.chapter);
  const front = [titlePage(book), colophon(book, chapters)];
  const vertical = book.writingMode === 'vertical';
  // A vertical book: the same text as its print, corner brackets and upright numbers (after the page markers, whose offsets count the same characters).
  if (vertical) {
    bodies.forEach((b, i) => {
      const div = h('div', b);
      verticalize(div);
      bodies[i] = div.children;
    });
    for (const f of front) verticalize(f);
  }

  // Fonts: each face subset to the characters it sets, across every document.
  const navTitles = h('div', chapters.map((c) => h('p', { lang: articleLanguage(c.script, lang) }, c.meta.title)));
  const faces = await subsetFaces(charsByFace([...front, ...bodies.map((b, i) => h('div', { lang: articleLanguage(chapters[i]!.script, lang) }, b)), navTitles], lang), cache);
  const css = fontFaceCss(faces, '../fonts/') + (await readFile(`${STYLES}epub.css`, 'utf8')) + (vertical ? await readFile(`${STYLES}epub-vertical.css`, 'utf8') : '');
  const coverPng = await renderCover(book, faces, browser, cache);

  const cssHref = '../styles/book.css';
  const items: Item[] = [
    { id: 'css', href: 'styles/book.css', type: 'text/css', data: css },
    ...faces.map((f, i) => ({ id: `font-${i + 1}`, href: `fonts/${f.file}`, type: 'font/woff2', data: f.data })),
    { id: 'cover-image', href: 'images/cover.png', type: 'image/png', data: coverPng, properties: 'cover-image' },
    {
      id: 'cover', href: 'text/cover.xhtml', type: 'application/xhtml+xml',
      data: xhtmlDocument({ lang, title: '封面', css: [cssHref], bodyType: 'cover', body: [h('section.cover-image', { 'epub:type': 'cover' }, [h('img', { src: '../images/cover.png', alt: `封面：${book.title}${book.subtitle ? `——${book.subtitle}` : ''}` })])] }),
    },
    { id: 'titlepage', href: 'text/titlepage.xhtml', type: 'application/xhtml+xml', data: xhtmlDocument({ lang, title: '扉页', css: [cssHref], bodyType: 'frontmatter', body: [withType(front[0]!, 'titlepage')] }) },
    { id: 'colophon', href: 'text/colophon.xhtml', type: 'application/xhtml+xml', data: xhtmlDocument({ lang, title: '版本记录', css: [cssHref], bodyType: 'frontmatter', body: [withType(front[1]!, 'copyright-page', 'doc-colophon')] }) },
    { id: 'nav', href: 'text/nav.xhtml', type: 'application/xhtml+xml', data: navDocument(book, chapters, pageBreaks), properties: 'nav' },
    ...chapters.map((ch, i) => ({
      id: ch.id, href: `text/${ch.id}.xhtml`, type: 'application/xhtml+xml',
      data: xhtmlDocument({ lang: articleLanguage(ch.script, lang) ?? lang, title: ch.meta.title, css: [cssHref], bodyType: 'bodymatter', body: [h('section.chapter', { id: ch.id, 'epub:type': 'chapter', role: 'doc-chapter', 'aria-labelledby': `${ch.id}-title` }, bodies[i]!)] }),
    })),
    { id: 'ncx', href: 'toc.ncx', type: 'application/x-dtbncx+xml', data: '' },
  ];
  const identifier = bookIdentifier(book, chapters);
  items[items.length - 1]!.data = ncx(book, chapters, pageBreaks, identifier);
  const spine = ['cover', 'titlepage', 'colophon', 'nav', ...chapters.map((c) => c.id)];
  const opf = packageDocument(book, chapters, items, spine, identifier, date);

  const mtime = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 2)));
  const files: Zippable = {
    mimetype: [new TextEncoder().encode('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': [enc(container()), { mtime }],
    'EPUB/package.opf': [enc(opf), { mtime }],
  };
  for (const item of items) files[`EPUB/${item.href}`] = [typeof item.data === 'string' ? enc(item.data) : item.data, { mtime, level: item.type.startsWith('image/') || item.type === 'font/woff2' ? 0 : 9 }];
  const zip = zipSync(files, { mtime });
  await writeAtomic(outPath, zip);
  return { path: outPath, bytes: zip.length, identifier, pageBreaks: pageBreaks.length, files: Object.keys(files) };
}

const enc = (s: string) => new TextEncoder().encode(s);

function withType(el: Element, type: string, role?: string): Element {
  el.properties = { ...el.properties, 'epub:type': type, ...(role ? { role } : {}) };
  return el;
}

/** The chapter's header and body, with a page-break marker where each printed page begins. */
function chapterBody(ch: Chapter, pageStarts: PageStart[]): ElementContent[] {
  const header = chapterHeader(ch, `${ch.id}-title`);
  const body = structuredClone(ch.body);
  const out: ElementContent[] = [header, ...body];
  for (const p of pageStarts) {
    if (!p.label || p.chapter !== ch.id) continue;
    const marker = pageMarker(p.label);
    if (p.chapterStart || !p.block) out.unshift(marker);
    else insertAt(out, p.block, p.offset ?? 0, marker);
  }
  stripBlockIds(out);
  return out;
}

function pageMarker(label: string): Element {
  return h('span', { id: `page-${label}`, 'epub:type': 'pagebreak', role: 'doc-pagebreak', 'aria-label': label });
}

/** Puts the marker `offset` UTF-16 units into the text of the block whose data-b is `block`. */
function insertAt(nodes: ElementContent[], block: string, offset: number, marker: Element): boolean {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.properties.dataB === block) {
      let left = offset;
      const place = (parent: Element): boolean => {
        for (let i = 0; i < parent.children.length; i++) {
          const c = parent.children[i]!;
          if (c.type === 'text') {
            if (left <= c.value.length) {
              const before: Text = { type: 'text', value: c.value.slice(0, left) };
              const after: Text = { type: 'text', value: c.value.slice(left) };
              parent.children.splice(i, 1, ...(before.value ? [before] : []), marker, ...(after.value ? [after] : []));
              return true;
            }
            left -= c.value.length;
          } else if (c.type === 'element' && c.properties.dataB === undefined && place(c)) return true;
        }
        return false;
      };
      if (!place(node)) node.children.push(marker);
      return true;
    }
    if (insertAt(node.children, block, offset, marker)) return true;
  }
  return false;
}

function stripBlockIds(nodes: ElementContent[]): void {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    delete n.properties.dataB;
    stripBlockIds(n.children);
  }
}

/** A stable identifier: a name-based UUID from the book's content. */
function bookIdentifier(book: BookConfig, chapters: Chapter[]): string {
  const hash = createHash('sha256').update(JSON.stringify([book.title, book.subtitle, book.editor, chapters.map((c) => [c.meta, c.body])])).digest('hex');
  return `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16)}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

function navDocument(book: BookConfig, chapters: Chapter[], pages: PageStart[]): string {
  const body: ElementContent[] = [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc' }, [
      h('h1', '目录'),
      h('ol', chapters.map((c) => h('li', [h('a', { href: `${c.id}.xhtml`, lang: articleLanguage(c.script, book.language) }, c.meta.title)]))),
    ]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden' }, [
      h('h2', '导览'),
      h('ol', [
        h('li', [h('a', { 'epub:type': 'cover', href: 'cover.xhtml' }, '封面')]),
        h('li', [h('a', { 'epub:type': 'titlepage', href: 'titlepage.xhtml' }, '扉页')]),
        h('li', [h('a', { 'epub:type': 'copyright-page', href: 'colophon.xhtml' }, '版本记录')]),
        h('li', [h('a', { 'epub:type': 'toc', href: 'nav.xhtml#toc' }, '目录')]),
        h('li', [h('a', { 'epub:type': 'bodymatter', href: `${chapters[0]!.id}.xhtml` }, '正文')]),
      ]),
    ]),
    h('nav', { 'epub:type': 'page-list', id: 'page-list', hidden: 'hidden' }, [
      h('h2', '页码'),
      h('ol', pages.map((p) => h('li', [h('a', { href: `${p.chapter}.xhtml#page-${p.label}` }, p.label!)]))),
    ]),
  ];
  return xhtmlDocument({ lang: book.language, title: '目录', css: ['../styles/book.css'], body });
}

function ncx(book: BookConfig, chapters: Chapter[], pages: PageStart[], identifier: string): string {
  const label = (text: string) => x('navLabel', [x('text', text)]);
  return xmlDocument(x('ncx', { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': book.language }, [
    x('head', [
      x('meta', { name: 'dtb:uid', content: identifier }),
      x('meta', { name: 'dtb:depth', content: '1' }),
      x('meta', { name: 'dtb:totalPageCount', content: String(pages.length) }),
      x('meta', { name: 'dtb:maxPageNumber', content: pages.length ? pages[pages.length - 1]!.label! : '0' }),
    ]),
    x('docTitle', [x('text', book.title)]),
    x('navMap', chapters.map((c, i) => x('navPoint', { id: `np-${i + 1}`, playOrder: String(i + 1) }, [
      label(c.meta.title),
      x('content', { src: `text/${c.id}.xhtml` }),
    ]))),
    x('pageList', [
      label('页码'),
      ...pages.map((p, i) => x('pageTarget', { id: `pt-${p.label}`, type: 'normal', value: String(i + 1), playOrder: String(chapters.length + i + 1) }, [
        label(p.label!),
        x('content', { src: `text/${p.chapter}.xhtml#page-${p.label}` }),
      ])),
    ]),
  ]), { inline: ['docTitle', 'navLabel', 'navPoint', 'pageTarget'] });
}

/** The accessibility metadata (EPUB Accessibility 1.1): what the book offers a reader who cannot see it. */
const ACCESSIBILITY: [string, string][] = [
  ['schema:accessMode', 'textual'],
  ['schema:accessMode', 'visual'],
  ['schema:accessModeSufficient', 'textual'],
  ...['tableOfContents', 'readingOrder', 'structuralNavigation', 'printPageNumbers', 'alternativeText'].map((f): [string, string] => ['schema:accessibilityFeature', f]),
  ['schema:accessibilityHazard', 'none'],
  ['schema:accessibilitySummary', '本书为纯文本新闻汇编，按阅读顺序编排，提供目录、章节标题结构导航和与印刷版一致的页码；封面图片附有替代文字。'],
];

function packageDocument(book: BookConfig, chapters: Chapter[], items: Item[], spine: string[], identifier: string, date: Date): string {
  const modified = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sources = chapters.flatMap((c, i) => {
    const conf = book.chapters[i];
    const id = `source-${i + 1}`;
    return [x('dc:source', { id }, articleSource(conf, c)), ...(conf?.date ? [x('meta', { refines: `#${id}`, property: 'dcterms:date' }, conf.date)] : [])];
  });
  return xmlDocument(x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': book.language }, [
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
      x('dc:identifier', { id: 'book-id' }, identifier),
      x('dc:title', { id: 'title' }, fullTitle(book)),
      x('dc:language', book.language),
      ...(book.editor ? [x('dc:creator', { id: 'editor' }, book.editor), x('meta', { refines: '#editor', property: 'role', scheme: 'marc:relators' }, 'edt')] : []),
      ...(book.date ? [x('dc:date', book.date)] : []),
      ...sources,
      x('dc:source', { id: 'print-edition' }, `${book.title}，印刷版（PDF，${book.page.size}），dingben ${VERSION}`),
      x('meta', { refines: '#print-edition', property: 'source-of' }, 'pagination'),
      x('dc:publisher', book.editor || 'dingben'),
      x('meta', { property: 'dcterms:modified' }, modified),
      x('meta', { name: 'generator', content: `dingben ${VERSION}` }),
      ...ACCESSIBILITY.map(([property, value]) => x('meta', { property }, value)),
    ]),
    x('manifest', items.map((it) => x('item', { id: it.id, href: it.href, 'media-type': it.type, properties: it.properties }))),
    x('spine', { toc: 'ncx', 'page-progression-direction': book.writingMode === 'vertical' ? 'rtl' : undefined },
      spine.map((id) => x('itemref', { idref: id, linear: id === 'cover' ? 'yes' : undefined }))),
  ]));
}

function container(): string {
  return xmlDocument(x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
    x('rootfiles', [x('rootfile', { 'full-path': 'EPUB/package.opf', 'media-type': 'application/oebps-package+xml' })]),
  ]));
}

