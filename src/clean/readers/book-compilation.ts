/**
 * book-compilation: an e-book that a service or a converter compiled from several articles (a paper's weekend
 * pieces, a read-later digest), taken out as text whole — its title page, its notice and copyright page, its
 * contents, then the articles one after another. The edition is the first article: the book's pages before it go,
 * and so do the other articles, each reported whole under its own headline. Two kinds of evidence, either enough:
 * a contents list (`目录` and two items or more) whose items stand again further on as the articles' headlines;
 * or Markdown `#` chapters (calibre's Textile `h1.`), the first of them a title page with no paragraph of prose and
 * two of the others articles; or, in one part of a compilation cut into parts for a phone, chapters headed
 * `第二章　…` (the edition the first chapter that starts in the part).
 */
import type { Change } from '../report.ts';
import { linesRemoved, type Reading } from './reading.ts';
import { unspaced } from '../chars.ts';

export const RULE = 'book-compilation';

const CONTENTS = /^[\s\u3000]*(?:目录|目錄|目\s次|Contents|CONTENTS|Table of Contents)[\s\u3000]*$/u;
// A chapter's label on the line over its headline, or before it in the contents (`第1篇`, `第二章`, `Chapter 3`).
const LABEL = /^[\s\u3000]*(?:第[\d一二三四五六七八九十]{1,3}[篇章节節辑輯期]|Chapter[ \t]+\d{1,3})[\s\u3000]*/u;
// A contents item's page number or leader (`…… 12`, `· 3`).
const LEADER = /[\s\u3000]*(?:[.·…．]{2,}|[\s\u3000]{2,})[\s\u3000]*\d{1,4}[\s\u3000]*$/u;

const norm = (s: string) => unspaced(s.replace(LABEL, '').replace(LEADER, ''));

interface Chapter { start: number; title: string }

/** The chapters a contents list names and the text then prints, in order; undefined without two. */
function listedChapters(lines: string[]): Chapter[] | undefined {
  const at = lines.slice(0, 60).findIndex((l) => CONTENTS.test(l));
  if (at < 0) return undefined;
  const items: { title: string; label: boolean }[] = [];
  let end = at + 1;
  for (; end < lines.length && end < at + 60; end++) {
    const t = lines[end]!.trim();
    if (t === '') {
      if (items.length > 0) break;
      continue;
    }
    if (t.length > 60 || /[。！？]$/u.test(t)) return undefined;
    items.push({ title: norm(t), label: LABEL.test(t) });
  }
  if (items.length < 2 || items.some((it) => it.title.length < 2)) return undefined;
  // (A report's own contents, its parts listed, is no compilation: the items are articles (`第1篇`), or the book
  // says it compiled them.)
  const raw = lines.slice(at + 1, end).filter((l) => l.trim() !== '');
  if (raw.some((l) => PART.test(l.trim()))) return undefined;
  if (!raw.every((l) => /^[\s\u3000]*第[\d一二三四五六七八九十]{1,3}篇/u.test(l)) && !COMPILED.test(lines.slice(0, at).join('\n'))) return undefined;
  const chapters: Chapter[] = [];
  let from = end;
  for (const it of items) {
    const k = lines.findIndex((l, i) => i >= from && norm(l) === it.title && !LABEL.test(l));
    if (k < 0) break;
    // (Its label on a line of its own just over the headline, `第2篇`, starts the chapter.)
    let start = k;
    for (let i = k - 1; i >= from; i--) {
      const t = lines[i]!.trim();
      if (t === '') continue;
      if (LABEL.test(t) && t.replace(LABEL, '') === '') start = i;
      break;
    }
    chapters.push({ start, title: lines[k]!.trim() });
    from = k + 1;
  }
  return chapters.length >= 2 ? chapters : undefined;
}

/**
 * Markdown `#` chapters: the first a book's title page (lines under it, no paragraph of prose, and the book's making
 * named: `编`, `版权`, `制作`, `出版`), two of the others articles (prose under them), none a numbered part of one text.
 */
function headedChapters(lines: string[]): Chapter[] | undefined {
  const heads = lines.flatMap((l, i) => (/^#[ \t]+\S/u.test(l) ? [i] : []));
  if (heads.length < 3) return undefined;
  const prose = (from: number, to: number, min: number) => lines.slice(from + 1, to).filter((l) => l.trim().length > min && /[。！？]/u.test(l)).length;
  const sections = heads.map((h, k) => ({ start: h, end: heads[k + 1] ?? lines.length, title: lines[h]!.replace(/^#[ \t]+/u, '').trim() }));
  const page = sections[0]!;
  const under = lines.slice(page.start + 1, page.end).filter((l) => l.trim() !== '');
  if (under.length === 0 || prose(page.start, page.end, 40) > 0 || !under.some((l) => MAKING.test(l)) || lines.slice(0, page.start).some((l) => l.trim().length > 40)) return undefined;
  if (sections.slice(1).some((s) => PART.test(s.title))) return undefined;
  const articles = sections.slice(1).filter((s) => prose(s.start, s.end, 20) >= 1);
  return articles.length >= 2 && prose(articles[0]!.start, articles[0]!.end, 20) >= 2 ? articles : undefined;
}

/**
 * One part of a compilation split into parts for a phone (`《…合集·2009年第4辑》（2/3）`, `（第2部分完，…）`), its
 * articles as chapters, each headed by its label and headline on one line (`第二章　…`): the part opens in the middle
 * of a chapter the part before began, and may stop in the middle of one. The chapters are those headings, two at
 * least; the compilation is named in the part's first lines.
 */
function partChapters(lines: string[]): Chapter[] | undefined {
  const head = lines.slice(0, 5).join('\n');
  const tail = lines.slice(-5).join('\n');
  if (!COMPILED.test(head) || !(PART_MARK.test(head) || PART_MARK.test(tail))) return undefined;
  const chapters = lines.flatMap((l, i) => (CHAPTER_LINE.test(l) ? [{ start: i, title: l.trim().replace(LABEL, '') }] : []));
  return chapters.length >= 2 ? chapters : undefined;
}
// A chapter's label and its headline on one line, no sentence (`第二章　苍筤村的最后一座水磨坊`).
const CHAPTER_LINE = /^[\s\u3000]*第[\d一二三四五六七八九十]{1,3}[章篇][\s\u3000]+[^\s\u3000。！？，][^。！？，]{1,40}$/u;
// A part's number among the parts of a book cut for a phone: `（2/3）`, `第2部分`.
const PART_MARK = /[（(]\d{1,2}[/／]\d{1,2}[)）]|第[\d一二三四五六七八九十]{1,2}部分/u;

// A book that says it compiled its pieces (`周末版合集`, `本书由…编排`, `合订本`, `选编`).
const COMPILED = /合集|合订本|合訂本|选编|選編|汇编|彙編|精选|精選|文集|专辑|專輯|本书|本書|Digest/u;
// The book's making named on its title page or copyright page.
const MAKING = /(?:^|[\s\u3000])(?:编|編|主编|主編)$|版权|版權|制作|製作|出版|Copyright|©/u;
// A numbered part of one text (`一、…`, `1. …`, `第一部分`): chapters of one article, not articles of a book.
const PART = /^(?:[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.]|第[一二三四五六七八九十\d]{1,3}(?:部分|节|節))/u;

export function bookCompilation(text: string, lineMap: number[]): Reading | undefined {
  if (!/目录|目錄|Contents|CONTENTS|^#[ \t]|^[ \t\u3000]*第[\d一二三四五六七八九十]{1,3}[章篇][ \t\u3000]/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const chapters = listedChapters(lines) ?? headedChapters(lines) ?? partChapters(lines);
  if (!chapters) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const [first, second] = chapters as [Chapter, Chapter];
  const pages = linesRemoved(RULE, lines, lineMap, 0, first.start, "the e-book's own pages before its first article (title page, notice, contents)");
  if (pages) changes.push(pages);
  // (What stands between the first article and the next is the first article's: the next chapter starts at its label.)
  const rest = chapters.slice(1);
  rest.forEach((c, k) => {
    const to = rest[k + 1]?.start ?? lines.length;
    const other = linesRemoved(RULE, lines, lineMap, c.start, to, `another article of the compilation (${c.title}): the edition is the first`);
    if (other) changes.push(other);
  });
  changes.push({ rule: RULE, kind: 'changed', line: line(first.start), text: `an e-book of ${chapters.length} articles`, to: `its first article, ${first.title}` });
  const kept = lines.slice(first.start, second.start);
  // (The first chapter's label over its headline, `第1篇`, is the book's.)
  const label = kept.findIndex((l) => l.trim() !== '');
  if (label >= 0 && LABEL.test(kept[label]!) && kept[label]!.replace(LABEL, '').trim() === '') {
    changes.push({ rule: RULE, kind: 'removed', line: line(first.start + label), text: kept[label]!.trim(), to: "the first chapter's label" });
    kept[label] = '';
  } else if (label >= 0 && CHAPTER_LINE.test(kept[label]!)) {
    // (Or its label before the headline on one line, `第二章　…`: the label goes, the headline stays.)
    const cut = LABEL.exec(kept[label]!)![0];
    changes.push({ rule: RULE, kind: 'removed', line: line(first.start + label), text: cut.trim(), to: "the first chapter's label" });
    kept[label] = kept[label]!.slice(cut.length);
  }
  return { text: kept.join('\n'), meta: {}, changes, lineMap: kept.map((_, i) => line(first.start + i)) };
}
