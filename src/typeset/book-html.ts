/**
 * The book as one HTML tree, the same for every writer's use of it: cover, title page (扉页), colophon
 * (版本记录页), table of contents (目录), then one <section> per chapter. The frame is ours; only chapter
 * bodies come from scraped text, and those were sanitized in renderChapter. The PDF writer puts it in a
 * document of its own (src/pdf/book-document.ts); the EPUB takes the front matter it shares.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { shortRuns } from './rehype/short-runs.ts';
import { fullTitle, type BookConfig } from '../book/config.ts';
import { VERSION } from '../version.ts';
import { asList, chapterHeader, type Chapter } from './chapter.ts';
import { FONTS, fallbacksFor, traditionalFacesFor } from './fonts.ts';
import { articleLanguage, usesTraditional } from './script.ts';
import { verticalize } from './rehype/vertical.ts';

/**
 * One part of the book, paginated on its own: the front matter (or not) and the chapters `from` up to
 * `to`. A part's pages are numbered and given folios only when the parts are put together (the PDF writer's finish).
 */
export interface BookPart {
  front: boolean;
  from: number;
  to: number;
}

/** The body of the whole book, or of one part of it; set in vertical lines for a vertical book. */
export function bookBody(book: BookConfig, chapters: Chapter[], part?: BookPart): Element {
  const body = h('body', [
    ...(!part || part.front ? [cover(book), titlePage(book), colophon(book, chapters), toc(chapters, book.language)] : []),
    ...chapters.slice(part?.from ?? 0, part?.to ?? chapters.length).map((ch, i) => chapterSection(ch, i + (part?.from ?? 0) === 0, book.language)),
  ]);
  if (book.writingMode !== 'vertical') return body;
  // A copy: the chapters' trees are shared with the EPUB and the other PDFs.
  const copy = structuredClone(body);
  verticalize(copy);
  return copy;
}

export function cover(book: BookConfig): Element {
  return h('section.cover', [
    h('div.cover-inner', [
      h('p.cover-title', book.title),
      book.subtitle ? h('p.cover-subtitle', book.subtitle) : undefined,
      book.editor ? h('p.cover-editor', `${book.editor} 编`) : undefined,
    ].filter((x): x is Element => x !== undefined)),
  ]);
}

export function titlePage(book: BookConfig): Element {
  return h('section.titlepage', [
    h('p.tp-title', book.title),
    book.subtitle ? h('p.tp-subtitle', book.subtitle) : undefined,
    book.editor ? h('p.tp-editor', `${book.editor} 编`) : undefined,
  ].filter((x): x is Element => x !== undefined));
}

export function colophon(book: BookConfig, chapters: Chapter[]): Element {
  // The fallback faces the book's text needs (its JSON holds every character of the trees, as they are).
  const needed = fallbacksFor(JSON.stringify([book.title, book.subtitle ?? '', chapters.map((c) => [c.meta, c.body])]));
  const traditional = traditionalFacesFor(usesTraditional(book.language, chapters));
  const fonts = [...new Map([...FONTS, ...traditional, ...needed].map((f) => [f.family, f])).values()];
  const sources: ElementContent[] = chapters.map((ch, i) => {
    const conf = book.chapters[i];
    const m = ch.meta;
    const parts = [
      conf?.publisher ?? asList(m.source).join('、'),
      conf?.date ? h('span.date', chineseDate(conf.date)) : undefined,
      m.original_title ? `原题《${m.original_title}》` : undefined,
      asList(m.editor).length ? `责任编辑${asList(m.editor).join('、')}` : undefined,
      asList(m.photo_credits).length ? `图片${asList(m.photo_credits).join('、')}` : undefined,
    ].filter((p): p is string | Element => Boolean(p));
    const listed = parts.flatMap((p, k) => (k > 0 ? ['，', p] : [p]));
    return h('li', [h('span.colophon-article', { lang: articleLanguage(ch.script, book.language) }, `《${m.title}》`), ...(listed.length ? ['：', ...listed] : [])]);
  });
  return h('section.colophon', [
    h('p.colophon-heading', '版本记录'),
    // Each label and its value in a div of their own (HTML allows it in a dl), not in a grid: Paged.js 0.4.3
    // puts the rest of a grid cell split across pages (a long list of sources) into the next page's first,
    // narrow column.
    h('dl', [
      ['书名', fullTitle(book)],
      ...(book.editor ? [['编者', book.editor]] : []),
      // `2020年3月第1版`, as a Chinese colophon writes an edition, and never broken across lines.
      ['版次', book.date ? h('span.date', `${chineseDate(book.date).replace(/\d+日$/u, '')}第1版`) : '第1版'],
      ['文章来源', h('ul', sources)],
      ['字体', fonts.map((f) => `${f.fallback ? `${f.family.replace(/^dingben /, '')}，${f.packageName}` : f.family}（${f.licence}）`).join('；')],
      ['排版', `dingben ${VERSION}（定本），Paged.js，Chromium`],
    ].map(([label, value]) => h('div', [h('dt', label), h('dd', value)]))),
  ]);
}

function toc(chapters: Chapter[], language: string): Element {
  return h('nav.toc', { role: 'doc-toc' }, [
    h('p.toc-heading', '目　录'),
    h('ol', chapters.map((ch) => h('li', [
      h('a.toc-entry', { href: `#${ch.id}` }, [h('span.toc-title', { lang: articleLanguage(ch.script, language) }, ch.meta.title), h('span.toc-leader')]),
    ]))),
  ]);
}

function chapterSection(ch: Chapter, first: boolean, language: string): Element {
  // An article in the other script (Traditional in a Simplified book) is marked so: its faces and its punctuation's places follow.
  return h('section.chapter', { id: ch.id, 'data-chapter': ch.id, className: first ? ['first-chapter'] : [], lang: articleLanguage(ch.script, language) }, [chapterHeader(ch), ...shortRuns(ch.body)]);
}

/** `2020-03-10` → `2020年3月10日`; anything else as it is. */
export function chineseDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}
