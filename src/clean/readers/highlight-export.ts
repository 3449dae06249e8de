/**
 * highlight-export: an article a reader highlighted on an e-reader and took out as the reading app's export of
 * highlights — a Kindle's `My Clippings.txt` (`==========` between clippings, the book's line and
 * `- 您在位置 #101-104的标注 | 添加于 …` over each), KOReader's Markdown (`### Page 4 @ 04 May 2028 08:31:45 PM` over
 * each), WeRead's notes (`◆ 章节`, `>> 划线`, `◆ 2028/05/06发表想法`, `-- 来自微信读书`) and Apple Books' notes sent by
 * mail (`来自“…”的笔记`, each highlight under its date and chapter, `摘录来自 … 此材料可能受版权保护。`). The app's
 * lines (book, author, locations, dates, counts, marks) go; the reader's own notes and thoughts go whole; a
 * highlight a longer one repeats from its start (Kindle keeps both when a highlight is extended) goes; the
 * highlights are the text, a paragraph each, two joined where a highlight stopped inside a sentence the next one
 * finishes. The chapter's name, where it is no copy of the first highlight, heads the text: the article's headline.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { unspaced } from '../chars.ts';

export const RULE = 'highlight-export';

/** One line of the export: its index among the source's lines and its text. */
type Line = [number, string];

interface Export {
  chapter?: Line;
  /** Each highlight: its lines (a highlight may run over a paragraph break). */
  highlights: Line[][];
  /** The app's lines and the reader's notes, each with why it goes. */
  gone: { at: number; text: string; why: string }[];
}

const APP = "the reading app's export: its book, location and date lines and marks";
const NOTE = "the reader's own note on a highlight";

// Kindle: `- 您在位置 #98-99的标注 | 添加于 …`, `- Your Highlight on page 3 | Location 98-99 | Added on …`.
const KINDLE_META = /^-[ \t]*(?:您在(?:第[ \t]*\d+[ \t]*页（?)?位置[ \t]*#?[\d-]+）?(?:的|处的)?(标注|笔记|书签)|Your[ \t]+(Highlight|Note|Bookmark)[ \t]+(?:on|at)[ \t]+(?:[Pp]age[ \t]+[\dxivlc-]+[ \t]*\|[ \t]*)?(?:Location[ \t]+[\d-]+)?)[ \t]*\|[ \t]*(?:添加于|Added on)[ \t]/u;
const KINDLE_RULE = /^={10}[ \t]*$/u;

function kindle(lines: string[]): Export | undefined {
  if (lines.filter((l) => KINDLE_RULE.test(l)).length < 2 || lines.filter((l) => KINDLE_META.test(l)).length < 2) return undefined;
  const ex: Export = { highlights: [], gone: [] };
  let i = 0;
  while (i < lines.length) {
    const end = lines.findIndex((l, k) => k >= i && KINDLE_RULE.test(l));
    const stop = end < 0 ? lines.length : end;
    const record = lines.slice(i, stop).map((t, k): Line => [i + k, t]).filter(([, t]) => t.trim() !== '');
    const meta = record.findIndex(([, t]) => KINDLE_META.test(t));
    if (record.length > 0) {
      if (meta < 0) return undefined;
      const kind = KINDLE_META.exec(record[meta]![1])!;
      const body = record.slice(meta + 1);
      for (const [at, t] of record.slice(0, meta + 1)) ex.gone.push({ at, text: t.trim(), why: APP });
      if (/笔记|书签|Note|Bookmark/u.test(kind[1] ?? kind[2] ?? '')) for (const [at, t] of body) ex.gone.push({ at, text: t.trim(), why: NOTE });
      else if (body.length > 0) ex.highlights.push(body);
    }
    if (end >= 0) ex.gone.push({ at: end, text: lines[end]!.trim(), why: APP });
    i = stop + 1;
  }
  return ex;
}

// KOReader: `### Page 4 @ 04 May 2028 08:31:45 PM` over each highlight, the book's `#` and the author's `#####` over all.
const KO_PAGE = /^###[ \t]+(?:Page|页|頁)[ \t]+\S+[ \t]+@[ \t]+.+$/u;

function koreader(lines: string[]): Export | undefined {
  if (lines.filter((l) => KO_PAGE.test(l)).length < 2 || !/^#[ \t]/u.test(lines.find((l) => l.trim() !== '') ?? '')) return undefined;
  const ex: Export = { highlights: [], gone: [] };
  let current: Line[] | undefined;
  for (const [at, raw] of lines.entries()) {
    const t = raw.trim();
    if (t === '') continue;
    if (KO_PAGE.test(t)) {
      ex.gone.push({ at, text: t, why: APP });
      current = [];
      ex.highlights.push(current);
      continue;
    }
    const chapter = /^##[ \t]+(.+)$/u.exec(t);
    if (chapter && !current) {
      ex.chapter ??= [at, chapter[1]!.trim()];
      ex.gone.push({ at, text: '## ', why: APP });
      continue;
    }
    if (!current || /^#{1,6}[ \t]/u.test(t)) {
      ex.gone.push({ at, text: t, why: APP });
      continue;
    }
    // (The reader's note under a highlight is set in italics: `_这周六带孩子去_`.)
    if (/^_[^_].*_$/u.test(t) && current.length > 0) {
      ex.gone.push({ at, text: t, why: NOTE });
      continue;
    }
    current.push([at, raw]);
  }
  ex.highlights = ex.highlights.filter((h) => h.length > 0);
  return ex;
}

// WeRead: `《书名》` / author / `11个笔记`, `◆ 章节`, `>> 划线`, `◆ 2028/05/06发表想法` with the thought and its `原文：`.
const WEREAD_END = /^--[ \t]*来自微信读书[ \t]*$/u;
const WEREAD_THOUGHT = /^◆[ \t]*\d{4}\/\d{1,2}\/\d{1,2}[ \t]*发表想法$/u;

function weread(lines: string[]): Export | undefined {
  if (!lines.some((l) => WEREAD_END.test(l.trim())) || lines.filter((l) => /^>>[ \t]/u.test(l)).length < 2) return undefined;
  const ex: Export = { highlights: [], gone: [] };
  let thought = false;
  let head = true;
  for (const [at, raw] of lines.entries()) {
    const t = raw.trim();
    if (t === '') continue;
    if (WEREAD_THOUGHT.test(t)) {
      thought = true;
      ex.gone.push({ at, text: t, why: NOTE });
      continue;
    }
    const mark = /^>>[ \t]*(.*)$/u.exec(t);
    if (mark) {
      thought = false;
      head = false;
      ex.gone.push({ at, text: '>>', why: APP });
      ex.highlights.push([[at, mark[1]!]]);
      continue;
    }
    const chapter = /^◆[ \t]*(.+)$/u.exec(t);
    if (chapter && !thought) {
      head = false;
      ex.chapter ??= [at, chapter[1]!];
      ex.gone.push({ at, text: '◆', why: APP });
      continue;
    }
    ex.gone.push({ at, text: t, why: thought ? NOTE : head || WEREAD_END.test(t) ? APP : NOTE });
  }
  return ex;
}

// Apple Books' notes sent by mail, as a text browser prints the mail: `来自“书名”的笔记`, then each highlight under
// its date and its chapter, set in deeper than they are.
const APPLE_HEAD = /^(?:来自“.+”的笔记|Notes from “.+”)$/u;
const APPLE_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[A-Z][a-z]+ \d{1,2}, \d{4})$/u;
const APPLE_END = /^(?:摘录来自|Excerpt From)$/u;

function appleBooks(lines: string[]): Export | undefined {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !APPLE_HEAD.test(lines[first]!.trim()) || lines.filter((l) => APPLE_DATE.test(l.trim())).length < 2) return undefined;
  const ex: Export = { highlights: [], gone: [] };
  const indent = (l: string) => /^[ \t]*/u.exec(l)![0].length;
  let state: 'head' | 'date' | 'chapter' | 'after' | 'end' = 'head';
  let dateIndent = -1;
  for (const [at, raw] of lines.entries()) {
    const t = raw.trim();
    if (t === '') continue;
    if (state === 'end' || APPLE_END.test(t)) {
      state = 'end';
      ex.gone.push({ at, text: t, why: APP });
      continue;
    }
    if (APPLE_DATE.test(t)) {
      state = 'date';
      dateIndent = indent(raw);
      ex.gone.push({ at, text: t, why: APP });
      continue;
    }
    if (state === 'date') {
      state = 'chapter';
      // (The chapter's name over every highlight: the first is the headline's to give, the others the app's.)
      if (ex.chapter) ex.gone.push({ at, text: t, why: APP });
      else ex.chapter = [at, t];
      continue;
    }
    if (state === 'chapter' && indent(raw) > dateIndent) {
      state = 'after';
      ex.highlights.push([[at, t]]);
      continue;
    }
    if (state === 'after' && indent(raw) > dateIndent) {
      ex.highlights[ex.highlights.length - 1]!.push([at, t]);
      continue;
    }
    ex.gone.push({ at, text: t, why: state === 'head' ? APP : NOTE });
  }
  return ex;
}

// A highlight stopped inside a sentence: no mark that ends one, and a clause begun (a comma) or a long run.
const OPEN_END = /[^。！？!?…”’」』）)：:]$/u;

export function highlightExport(text: string, lineMap: number[]): Reading | undefined {
  if (!/==========|### |>> |来自“|Notes from/u.test(text)) return undefined;
  const lines = text.split('\n').map((l) => l.replace(/\r$/u, ''));
  const ex = kindle(lines) ?? koreader(lines) ?? weread(lines) ?? appleBooks(lines);
  if (!ex || ex.highlights.length < 2) return undefined;
  const changes: Change[] = [];
  const line = (at: number) => lineMap[at] ?? at + 1;
  for (const g of ex.gone) if (g.text !== '') changes.push({ rule: RULE, kind: 'removed', line: line(g.at), text: g.text, to: g.why });
  // A highlight that a later one repeats from its start: the shorter copy goes.
  const kept = ex.highlights.filter((h, k) => {
    const next = ex.highlights[k + 1];
    const mine = unspaced(h.map(([, t]) => t).join(''));
    if (!next || !unspaced(next.map(([, t]) => t).join('')).startsWith(mine)) return true;
    changes.push({ rule: RULE, kind: 'removed', line: line(h[0]![0]), text: h.map(([, t]) => t.trim()).join('\n'), to: 'a highlight a longer one repeats from its start (the highlight extended)' });
    return false;
  });
  const out: string[] = [];
  const map: number[] = [];
  const push = (at: number, t: string) => {
    if (out.length > 0) {
      out.push('');
      map.push(line(at));
    }
    out.push(t);
    map.push(line(at));
  };
  const firstText = unspaced(kept[0]!.map(([, t]) => t).join(''));
  if (ex.chapter && unspaced(ex.chapter[1]) !== firstText) push(ex.chapter[0], ex.chapter[1]);
  else if (ex.chapter) changes.push({ rule: RULE, kind: 'removed', line: line(ex.chapter[0]), text: ex.chapter[1], to: 'the chapter\'s name, a copy of the first highlight' });
  let open = false;
  for (const h of kept) {
    // (A highlight over a paragraph break keeps the break: a line the EPUB's indent opens is a paragraph of its own.)
    const paragraphs: Line[] = [];
    for (const [at, t] of h) {
      if (paragraphs.length > 0 && !/^[\u3000]{1,2}|^[ \t]{2,}/u.test(t)) paragraphs[paragraphs.length - 1]![1] += t.trim();
      else paragraphs.push([at, t.trim()]);
    }
    for (const [k, [at, t]] of paragraphs.entries()) {
      if (k === 0 && open && out.length > 0) {
        changes.push({ rule: RULE, kind: 'joined', line: line(at), text: `${out[out.length - 1]!.slice(-8)}⏎${t.slice(0, 8)}`, to: 'one paragraph: a highlight stopped inside the sentence the next one finishes' });
        out[out.length - 1] += t;
      } else push(at, t);
    }
    const last = out[out.length - 1] ?? '';
    open = OPEN_END.test(last) && (/[，、；]/u.test(last) || last.length > 24);
  }
  changes.push({ rule: RULE, kind: 'changed', line: line(0), text: `${kept.length} highlights of a reading app's export`, to: 'the text they hold, a paragraph each' });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
