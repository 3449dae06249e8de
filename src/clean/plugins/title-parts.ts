/**
 * title-parts: the headline of a Chinese news story has parts — kicker (引题),
 * one or two title lines (主题) and a deck (副题). A `#` heading is the title,
 * with a `##`/`###` right after it as the deck. A scrape without headings
 * opens with the headline on one line, its parts separated by spaces: those
 * spaces separate parts and are kept as structure, not glued together.
 * The parts go to the front matter.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record, reportOf, type Change } from '../report.ts';
import { container, isDirective, lineOf, removeChild, sourceText, text } from '../tree.ts';
import { countHan, englishLine, englishProse } from '../chars.ts';
import { issuersAndDate, labelledLine } from '../labelled-line.ts';
import { looksLikeOrganisation, SITE_NAME, SITE_ONLY } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { tidySpaces } from './whitespace.ts';
import { HAN_LATIN_GAP } from './han-latin-spacing.ts';
import { BUNDLE_LEAD } from './dateline.ts';
import { RULE, PHOTO_CAPTION_MAX, headlineLike, LEAD, headline, chromeLike, compactOf, displaced, letterSpaced, unspace, halves } from '../headline/lines.ts';
import { stackedHeadline, wrappedOn, setStacked, dropFurniture, withDeck, siteUnderHeadline, anchoredHeadline, ownName, DOC_HEADER } from '../headline/stacked.ts';
import { centredReport, documentTitle, documentTitleCopy } from '../headline/document.ts';
import { CHANNEL_SUFFIX, LABEL, pageTitles, chromeThenCopy, chromeOverHeading, underLabel, leadTitle, BAR_SUFFIX, SERIES_NAME, splitGivenTitle, SITE_SUFFIX, hyphenSite } from '../headline/page-title.ts';
import { takeDeck, labelledParts, LEAD_DATELINE } from '../headline/deck.ts';
import { writerUnderHeadline } from '../headline/writer-line.ts';
import { SITE_DESCRIPTION } from '../readers/clipper-excerpt.ts';
import { crumbLine } from '../boilerplate/head.ts';

export { RULE };

// A forwarder's words to the people it forwards to (`各位业主：…请大家转告…`, `转给家人`, `以下是官方发布的通知`).
const FORWARD_WORDS = /各位|大家|家人|亲友|親友|转告|轉告|转发|轉發|扩散|擴散|周知|以下是|请.{0,6}(?:注意|转告|查收|收好)/u;

/**
 * A message forwarded with the forwarder's note above a rule (`各位业主：…请大家转告…——某物业服务中心` / `————`
 * / the article's headline): the note is the forwarder's, not the article's. It goes, with the rule, reported.
 */
function forwardedNote(tree: Root, file: VFile, first: number): boolean {
  const kids = tree.children;
  const rule = kids.findIndex((n, k) => k > first && k <= first + 2 && n.type === 'thematicBreak');
  if (rule < 0) return false;
  const note = kids.slice(first, rule);
  if (!note.every((n) => n.type === 'paragraph' && text(n).trim().length <= 120) || !note.some((n) => FORWARD_WORDS.test(text(n)))) return false;
  const head = kids[rule + 1];
  if (head?.type !== 'paragraph' || !headline(head, 6)) return false;
  for (const n of note) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "a forwarder's note above a rule, over the article it forwards" });
  record(file, { rule: RULE, kind: 'removed', line: lineOf(kids[rule]!), text: sourceText(file, kids[rule]!), to: "the rule under the forwarder's note" });
  kids.splice(first, rule - first + 1);
  return true;
}

const FIGURE_GAP = /(?<=\d[%％]?)[ ]+(?=\p{Script=Han})/gu;

// The words of a saved page's link to the page it was saved from.
const ORIGINAL_LINK = /^(?:Read Original|Original|View Original|Original Article|原文|原文链接|原文鏈接|原文連結|阅读原文|閱讀原文|查看原文)$/iu;

// A first part that introduces the title: it ends in a verb of speech.
const KICKER_END = /(强调|指出|表示|宣布|要求|提出|时说|寄语|[:：])$/u;

// A public place that keeps a site of its own (`某某湿地公园`, `某某博物馆`).
const PUBLIC_PLACE = /(?:公园|公園|景区|景區|博物馆|博物館|图书馆|圖書館|纪念馆|紀念館|美术馆|美術館|科技馆|科技館|文化馆|文化館|动物园|動物園|植物园|植物園)$/u;
const BODY_AFTER = /^(.{4,}?)[\s\u3000]*(?:_|[|｜]|[\s\u3000][-–—][\s\u3000]|--|——)[\s\u3000]*([\p{Script=Han}A-Za-z0-9·]{3,24})$/u;

export default function remarkTitleParts() {
  return (tree: Root, file: VFile) => {
    columnAfterFirstHead(tree, file);
    titleParts(tree, file);
    writerUnderHeadline(tree, file);
    halvesAcrossFields(tree, file);
    wrappedHeadline(tree, file);
    translatedTitle(tree, file);
    pageHeadlines(tree, file);
    jumpHeads(tree, file);
  };
}

/**
 * A page of briefs, each a head over a paragraph opened by its own lead (`本报讯（…）`), read by a text extractor
 * that set the column's name after the first brief's head (`樊口镇…完成秋翻` / `三农简讯` / `本报讯…`): the
 * column's name is the page's title, and the first head stays over its brief as the others do. Three briefs at
 * least say it is a column.
 */
function columnAfterFirstHead(tree: Root, file: VFile): void {
  if (metaOf(file).title !== undefined) return;
  const kids = tree.children;
  const short = (n: RootContent | undefined) => n?.type === 'paragraph' && countHan(text(n)) >= 4 && text(n).trim().length <= 30 && !/[。！？，：:]/u.test(text(n));
  const lead = (n: RootContent | undefined) => n?.type === 'paragraph' && BUNDLE_LEAD.test(text(n));
  const briefs = kids.filter((n, i) => lead(n) && short(kids[i - 1])).length;
  const a = kids.findIndex((n) => n.type === 'paragraph');
  const [head, column, first] = [kids[a], kids[a + 1], kids[a + 2]];
  if (briefs < 3 || !short(head) || !short(column) || !(/^\p{Script=Han}{2,8}$/u.test(text(column!).trim()) && COLUMN_NAME.test(text(column!).trim())) || !lead(first)) return;
  metaOf(file).title = text(column!).trim();
  record(file, { rule: RULE, kind: 'moved', line: lineOf(column!), text: text(column!).trim(), to: "front matter: title (the column's name, which the text's reading order set after the first brief's head; that head stays over its brief)" });
  kids.splice(a + 1, 1);
}

/**
 * A centred headline of two halves that a PDF's text extractor read as two columns among the info fields beside
 * it (`某某召开督办协商会` / `发布：… 撰文：…` / `寄宿生冬天能洗上热水澡了` / `时间：…`): the title taken is the first
 * half; the second stands as the first block left, with info lines (removed as fields) both above and below it
 * in the source. It is the title's second half, one U+3000 apart, as the page printed the headline on one line.
 */
function halvesAcrossFields(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.title === undefined || meta.title_lines !== undefined || meta.deck !== undefined) return;
  const taken = titleTaken(file);
  const b = tree.children.find((n) => n.type === 'paragraph' || n.type === 'heading');
  const c = b ? tree.children[tree.children.indexOf(b) + 1] : undefined;
  const [at, bAt, cAt] = [taken?.line, b && lineOf(b), c && lineOf(c)];
  if (at === undefined || b?.type !== 'paragraph' || bAt === undefined || cAt === undefined || taken!.text !== String(meta.title)) return;
  const half = text(b).trim();
  if (half.length > 24 || countHan(half) < 6 || /[，。！？；：:、,.!?;]/u.test(half) || b.children.length !== 1) return;
  const lines = file.data.sourceLines ?? [];
  // (Or a button of the page among them, `【视力保护色】`, which boilerplate took out.)
  const chrome = new Set(reportOf(file).changes.filter((c) => c.rule === 'boilerplate' && c.kind === 'removed').map((c) => c.line));
  const fieldsBetween = (from: number, to: number) => {
    const between = lines.slice(from, to - 1).map((l, k) => ({ l: l.trim(), line: from + k + 1 })).filter(({ l }) => l !== '');
    return between.length > 0 && between.every(({ l, line }) => (labelledLine(l)?.length ?? 0) > 0 || chrome.has(line)) && between.some(({ l }) => (labelledLine(l)?.length ?? 0) > 0);
  };
  if (!fieldsBetween(at, bAt) || !fieldsBetween(bAt, cAt)) return;
  meta.title = `${String(meta.title)}\u3000${half}`;
  record(file, { rule: RULE, kind: 'joined', line: bAt, text: `${taken!.text.slice(-8)}⏎${half.slice(0, 8)}`, to: "one headline: its second half, which the text extractor read as a column among the info fields" });
  removeChild(tree.children, b);
}

/**
 * A headline the screen or the page wrapped (`发现某某不要徒手处理　记住这` / `三个特征`, an OCR's text of a phone's
 * screenshot): the title taken, then, on the very next line, a few words with no mark, and under them the info
 * line (source, date, byline). The words are the headline's end, joined with nothing between. And an OCR's `”`
 * inside the headline with no `“` to close is the U+3000 between its halves, misread.
 */
function wrappedHeadline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.title === undefined || meta.title_lines !== undefined || meta.deck !== undefined) return;
  const taken = titleTaken(file);
  const b = tree.children.find((n) => n.type === 'paragraph' || n.type === 'heading');
  if (taken?.line === undefined || b?.type !== 'paragraph' || lineOf(b) !== taken.line + 1 || b.children.length !== 1) return;
  const end = text(b).trim();
  const title = String(meta.title);
  // (A few words, and a bracketed note of what the text is, `（摘要）`, closing them.)
  if (end.length > 12 || countHan(end) < 2 || /[\p{P}\s\u3000]/u.test(end.replace(/[（(]\p{Script=Han}{2,6}[）)]$/u, '')) || /[。！？]$/u.test(title) || countHan(title) < 8) return;
  // (The info line, which the metadata rule has read by now, as the source has it; or the issuers' line and date.)
  const info = (file.data.sourceLines ?? []).slice(taken.line + 1, taken.line + 4).find((l) => l.trim() !== '');
  if (!(labelledLine(info?.trim() ?? '') ?? []).some((f) => f.key === 'published' || f.key === 'source' || f.key === 'byline') && !issuersAndDate(info ?? '')) return;
  meta.title = `${title}${end}`;
  record(file, { rule: RULE, kind: 'joined', line: lineOf(b), text: `${title.slice(-8)}⏎${end}`, to: 'one headline, which the screen wrapped (the info line stands under its end)' });
  removeChild(tree.children, b);
  const misread = /^([^“”]*\p{Script=Han})”(\p{Script=Han}[^“”]*)$/u.exec(String(meta.title));
  if (misread) {
    meta.title = `${misread[1]}\u3000${misread[2]}`;
    record(file, { rule: RULE, kind: 'changed', line: taken.line, text: '”', to: "U+3000 (the gap between the headline's halves, which the OCR read as a closing quote with none open)" });
  }
}

/**
 * An archiving bot's header (`# 标题` / `> 作者：…` / `---`) over the page it saved, which prints the headline again:
 * the rule that closes the header and the copy go.
 */
function repeatUnderRule(tree: Root, file: VFile, first: number): void {
  const kids = tree.children;
  const rule = kids[first];
  const copy = kids[first + 1];
  if (rule?.type !== 'thematicBreak' || (copy?.type !== 'heading' && copy?.type !== 'paragraph') || compactOf(text(copy)) !== compactOf(String(metaOf(file).title ?? ''))) return;
  record(file, { rule: RULE, kind: 'removed', line: lineOf(rule), text: sourceText(file, rule), to: "the rule under an archiving bot's header" });
  record(file, { rule: RULE, kind: 'removed', line: lineOf(copy), text: text(copy), to: 'repeat of the front-matter title' });
  kids.splice(first, 2);
}

/**
 * A bilingual page (中英对照) prints its headline in both languages: the title taken, then, a few lines under it (the
 * info line between), a line of English words with no sentence's stop. It is the headline's second line, where
 * the text holds English paragraphs of its own (a line of English under a headline elsewhere is the page's).
 */
function translatedTitle(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.title === undefined || meta.title_lines !== undefined || meta.deck !== undefined) return;
  const taken = titleTaken(file);
  const b = tree.children.find((n) => n.type === 'paragraph' || n.type === 'heading');
  const at = b && lineOf(b);
  if (taken?.line === undefined || b?.type !== 'paragraph' || at === undefined || at <= taken.line || at - taken.line > 6 || taken.text !== String(meta.title)) return;
  const english = text(b).trim();
  if (!englishLine(english) || !tree.children.some((n) => n !== b && n.type === 'paragraph' && englishProse(text(n)))) return;
  const lines = [String(meta.title), english];
  meta.title = lines.join('\u3000');
  meta.title_lines = lines;
  record(file, { rule: RULE, kind: 'moved', line: at, text: english, to: "front matter: title_lines (the headline's English line on a bilingual page)" });
  removeChild(tree.children, b);
}

/** The report's record of the title taken from a line of the text: its line and words. */
function titleTaken(file: VFile): Change | undefined {
  return reportOf(file).changes.find((c) => c.rule === RULE && c.kind === 'moved' && c.to === 'front matter: title');
}

// `（上接第1版）`: where a story jumped from, printed under the head that repeats its headline on the next page.
const JUMP_FROM = /^[\s\u3000]*[（(][\s\u3000]*(?:上接|接上|紧接|緊接|上承)/u;

/**
 * A story continued on a later page is set there under its headline again, with `（上接第1版）` under it: that
 * head is a jump head, a repeat of the title, and goes (reported), so the sentence the jump cut can be joined.
 */
function jumpHeads(tree: Root, file: VFile): void {
  const title = metaOf(file).title;
  if (title === undefined) return;
  const key = compactOf(String(title));
  const lines = file.data.sourceLines ?? [];
  tree.children = tree.children.filter((n) => {
    if ((n.type !== 'paragraph' && n.type !== 'heading') || compactOf(text(n)) !== key) return true;
    let k = n.position?.end.line ?? lineOf(n) ?? -1;
    while (k >= 0 && k < lines.length && lines[k]!.trim() === '') k++;
    if (k < 0 || !JUMP_FROM.test(lines[k] ?? '')) return true;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: 'the jump head on the page the story continues on (a repeat of the title)' });
    return false;
  });
}

// The page number a site puts after the headline on each later page of an article: `(2)`, `（3）`, `(第2页)`.
const PAGE_SUFFIX = /^(?:[(（](?:第?\d{1,2}页?)[)）]|_\d{1,2}|第\d{1,2}页)$/u;

/**
 * An article split over several web pages repeats its headline, numbered, at the top of each later page
 * (`在雁川坐一趟慢火车，去看油菜花(2)`, or unnumbered), often in the middle of a sentence: the repeat goes, and the text
 * on either side of it may run on as one sentence (page-break decides).
 */
function pageHeadlines(tree: Root, file: VFile): void {
  const title = metaOf(file).title;
  if (title === undefined) return;
  const key = compactOf(String(title));
  if (key.length < 4) return;
  const kids = tree.children;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i]!;
    if (n.type !== 'paragraph' && n.type !== 'heading') continue;
    const t = compactOf(text(n));
    // (Or as it stands, unnumbered, past the text's start: `本文共3页　第2页` under it, which the boilerplate took.)
    if (!t.startsWith(key) || !(PAGE_SUFFIX.test(t.slice(key.length)) || (t === key && kids.slice(0, i).some((k) => k.type === 'paragraph' && countHan(text(k)) >= 30)))) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "the headline repeated, numbered, on a later page of the article" });
    kids.splice(i, 1);
    const next = kids[i];
    if (next?.type === 'paragraph') next.data = { ...next.data, gap: false };
    i--;
  }
}

/**
 * Whether `prev`, right over the text's copy of the headline at `at`, is the 引题 of a paper's headline stack: a
 * phrase or two of no sentence, no field, no site's name, where a 副题 stands under the headline and the lead
 * (`本报讯（…）`) under that, each on the next line of the source.
 */
function stackKicker(kids: RootContent[], at: number, prev: RootContent): boolean {
  const [copy, deck, lead] = [kids[at], kids[at + 1], kids[at + 2]];
  if (prev.type !== 'paragraph' || copy === undefined || deck?.type !== 'paragraph' || lead?.type !== 'paragraph') return false;
  const line = lineOf(copy);
  if (line === undefined || lineOf(prev) !== line - 1 || lineOf(deck) !== line + 1 || lineOf(lead) !== line + 2) return false;
  const value = text(prev).trim();
  const sub = text(deck).trim();
  const phrase = (s: string) => s.length <= 24 && countHan(s) >= 4 && !/[。！？；;：:|｜]/u.test(s) && !/\d{4}/u.test(s) && labelledLine(s) === undefined;
  return phrase(value) && phrase(sub) && !SITE_ONLY.test(value) && !value.split(/[\s\u3000]+/u).every((p) => SITE_ONLY.test(p) || looksLikeOrganisation(p)) && LEAD_DATELINE.test(text(lead));
}

/** The lines of a heading that holds hard breaks, each trimmed; one line where it holds none. */
function linesOfHeading(node: Heading): string[] {
  const lines: string[] = [''];
  for (const c of node.children) {
    if (c.type === 'break') lines.push('');
    else lines[lines.length - 1] += text(c);
  }
  return lines.map((l) => tidySpaces(l.trim())).filter((l) => l !== '');
}

function titleParts(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  // A reader that knows its text has no headline (a speech-recognition transcript): no line of it is taken for one.
  if (file.data.headless) return;
  const first = tree.children.findIndex((n) => n.type === 'paragraph' || n.type === 'heading');
  if (first < 0) return;
  const node = tree.children[first]!;
  if (meta.title !== undefined) {
    const given = String(meta.title);
    const givenDeck = splitGivenTitle(meta, file, tree.children.slice(0, 12).map((n) => compactOf(text(n))));
    // A scrape with front matter often repeats its title, once or twice, before the text.
    const keys = new Set([compactOf(given), compactOf(String(meta.title)), compactOf(`${meta.kicker ?? ''}${meta.title}`)]);
    const head = tree.children.slice(0, 12);
    const copies = head.filter((n) => (n.type === 'heading' || n.type === 'paragraph') && keys.has(compactOf(text(n))));
    // The article starts at its title: what a web page sets before the last copy of it is the site's chrome.
    const start = copies.length > 0 ? tree.children.indexOf(copies[copies.length - 1]!) : -1;
    const before = tree.children.slice(0, Math.max(0, start));
    if (start > 0 && before.every((n) => copies.includes(n) || chromeLike(n))) {
      // A plain short name right above the article's headline is its column (`书评`), unless it ends a menu.
      const prev = before[before.length - 1]!;
      const name = text(prev).trim();
      const shortName = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(text(n).trim());
      if (meta.kicker === undefined && !copies.includes(prev) && shortName(prev) && !looksLikePersonName(name) && !(prev as Paragraph).children.some((c) => c.type === 'link') && !shortName(before[before.length - 2])) {
        meta.kicker = name;
        record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: name, to: "front matter: kicker (a short name right above the article's headline)" });
        before.pop();
      } else if (meta.kicker === undefined && !copies.includes(prev) && stackKicker(tree.children, start, prev)) {
        // A paper's headline stack, printed whole over the lead (`老墙披新绿　城区添凉意` / the headline / its 副题 /
        // `本报讯（…）`): the line right over the headline is its 引题.
        meta.kicker = tidySpaces(halves(name));
        record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: name, to: "front matter: kicker (the 引题 over the headline, a 副题 and the lead under it)" });
        before.pop();
      }
      for (const n of before) {
        if (copies.includes(n)) continue;
        // A read-later export's link to the page it saved (`[Read Original](https://…)`): the page's address.
        const link = n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'link' ? n.children[0] : undefined;
        if (link?.type === 'link' && ORIGINAL_LINK.test(text(n).trim()) && /^https?:\/\/\S+$/u.test(link.url) && meta.url === undefined) {
          meta.url = link.url;
          record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: link.url, to: "front matter: url (the saved page's link to its original)" });
          record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "the words of the link to the original page" });
          continue;
        }
        record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's header and menu, before the article's title" });
      }
      tree.children.splice(0, start);
    }
    for (const n of copies) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: 'repeat of the front-matter title' });
    tree.children = tree.children.filter((n) => !copies.includes(n));
    if (file.data.recordTitle) inContentHeadline(tree, file);
    takeDeck(tree, file);
    // The page's title held the 副题 after a dash, and the text's copy of it was not read as the deck.
    if (givenDeck !== undefined && meta.deck === undefined) {
      meta.deck = givenDeck;
      record(file, { rule: RULE, kind: 'moved', text: givenDeck, to: "front matter: deck (the page title's 副题)" });
    }
    return;
  }
  if (node.type === 'heading') {
    // A menu a converter printed as a list of short names before the headline (`* 集团概况` / `* 新闻中心` …): the site's.
    const menus = tree.children.slice(0, first).filter((n) => n.type === 'list' && n.children.length >= 3 && n.children.every((item) => text(item).trim().length <= 8 && !/[。！？，]/u.test(text(item))));
    if (menus.length > 0) {
      for (const n of menus) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's menu, a list of links before the article's headline" });
      tree.children = tree.children.filter((n) => !menus.includes(n));
      return titleParts(tree, file);
    }
    // The site's logo as the page's `#` heading (`# [![](logo.png)某某县实验幼儿园](/)`): a link home, or the site's name
    // alone, over the article's own `##` headline. (A body's name is no sign: a headline may end in one, `…走进山区学校`.)
    const own = text(node).trim();
    const homeLink = node.children.length === 1 && node.children[0]!.type === 'link' && /^(?:\/|\.\/|https?:\/\/[^/]+\/?)$/u.test(node.children[0]!.url);
    const below = tree.children.slice(first + 1, first + 10).find((n): n is Heading => n.type === 'heading');
    if (node.depth === 1 && (homeLink || SITE_ONLY.test(own)) && below !== undefined && below.depth === 2 && countHan(text(below)) >= 8 && !tree.children.slice(first + 1).some((n) => n.type === 'heading' && n.depth === 1)) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), to: "the site's logo set as the page's `#` heading, over the article's headline" });
      tree.children.splice(first, 1);
      return titleParts(tree, file);
    }
    // A smaller heading right above a larger one (`## 县交通运输局实施…` over `# 2000盏…`): the 引题 over its 主题.
    const larger = tree.children[first + 1];
    if (larger?.type === 'heading' && larger.depth < node.depth && meta.kicker === undefined && text(node).trim().length <= 40 && !/[。！？]/u.test(text(node))) {
      meta.kicker = tidySpaces(halves(text(node).trim().replace(FIGURE_GAP, '')));
      record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: text(node).trim(), to: 'front matter: kicker (a smaller heading right above the headline, its 引题)' });
      tree.children.splice(first, 1);
      return titleParts(tree, file);
    }
    let title = text(node).trim();
    // `标题｜白苇访谈`: an account's series after a full-width bar closing the page's title is the kicker (a site's
    // name there is the site's, and goes).
    const series = BAR_SUFFIX.exec(title);
    if (series && countHan(series[1]!) >= 6) {
      const name = series[2]!;
      // (Or the body whose site it is: `…观星节｜某某县第一中学`.)
      // (Or the name the site's description opens with, a clipper's summary: `硅潮科技，关注前沿科技与产业。`.)
      const described = reportOf(file).changes.some((c) => c.rule === 'clipper-excerpt' && c.to === SITE_DESCRIPTION && c.text.startsWith(name));
      const site = new RegExp(`^${SITE_NAME}$`, 'u').test(name) || name === String(meta.source ?? '') || looksLikeOrganisation(name) || PUBLIC_PLACE.test(name) || described;
      if (site || (meta.kicker === undefined && SERIES_NAME.test(name))) {
        if (!site) meta.kicker = name;
        record(file, { rule: RULE, kind: site ? 'removed' : 'moved', line: lineOf(node), text: name, to: site ? "the site's name after the page title" : "front matter: kicker (the account's series after the title)" });
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '｜', to: 'the bar between title and series' });
        title = series[1]!;
      }
    }
    // A clipper's `#` heading is the page's `<title>`: the site after a separator goes (`… - 溇州新闻网`).
    // (Or the body whose site it is, `…——某某市妇幼保健院`, `…_某某县第二中学`.)
    // (A page title is a line, not a paragraph: the site's name is looked for after 200 characters at most, where a
    // run of spaces cannot make the lazy headline and the spaces before the separator trade characters for long.)
    const titled = !series && title.length <= 200;
    const bodyAfter = titled ? BODY_AFTER.exec(title) : null;
    const siteAfter = !titled ? null : SITE_SUFFIX.exec(title) ?? (bodyAfter && (looksLikeOrganisation(bodyAfter[2]!) || PUBLIC_PLACE.test(bodyAfter[2]!)) ? bodyAfter : null) ?? hyphenSite(title, String(file.value));
    if (siteAfter && countHan(siteAfter[1]!) >= 6) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: title.slice(siteAfter[1]!.length), to: "the site's name after the headline" });
      title = siteAfter[1]!;
      // (And the column's before it: `… - 部门动态 - 某某县人民政府`.)
      const column = CHANNEL_SUFFIX.exec(title);
      if (column && countHan(column[1]!) >= 6) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: title.slice(column[1]!.length), to: "the column's name after the headline" });
        title = column[1]!;
      }
    }
    // A column label before a bar (`组图｜青牛庙会开锣…`, `评论 | …`) is the kicker, as in a title the page gives.
    // (Short, and short beside the rest: `北京今日迎来强降雨｜多条地铁线路停运` is a headline of two clauses.)
    const label = LABEL.exec(title);
    if (label && meta.kicker === undefined && label[1]!.length <= 6 && countHan(label[2]!) >= 2 * label[1]!.length) {
      meta.kicker = label[1]!;
      record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: label[1]!, to: 'front matter: kicker (the column label before the bar)' });
      record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: title.slice(label[1]!.length, title.length - label[2]!.length).trim(), to: 'the bar between column label and title' });
      title = label[2]!;
    }
    // Two halves a space apart (`夏粮收购进度过半 各地保障…`) keep one U+3000 between them, as a plain line's do.
    // (A typed space between a figure and its measure word goes, as in the text: `2000 盏太阳能路灯`; one before a
    // figure may part the headline's halves, `…诈骗案 6名被告人获刑`.)
    meta.title = tidySpaces(halves(title.replace(FIGURE_GAP, '')));
    // A heading with a line break in it (`<h2>…<br>…</h2>`, a converter's two lines under one underline) is a
    // headline printed in two lines.
    const printed = linesOfHeading(node);
    if (printed.length === 2 && !series && !label) {
      meta.title_lines = printed;
      meta.title = printed.join('\u3000');
    }
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: title, to: 'front matter: title' });
    let remove = 1;
    const next = tree.children[first + 1];
    if (next?.type === 'heading' && next.depth > node.depth) {
      displaced(meta, 'deck', file, lineOf(next));
      meta.deck = tidySpaces(text(next));
      record(file, { rule: RULE, kind: 'moved', line: lineOf(next), text: String(meta.deck), to: 'front matter: deck' });
      remove = 2;
    }
    tree.children.splice(first, remove);
    repeatUnderRule(tree, file, first);
    // (The page's own `#` headline right under the clipper's, which held the site's name after it: its copy.)
    const copy = tree.children[first];
    if ((copy?.type === 'heading' || copy?.type === 'paragraph') && compactOf(text(copy)) === compactOf(String(meta.title)) && compactOf(title) !== compactOf(text(node))) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(copy), text: text(copy), to: 'repeat of the front-matter title' });
      tree.children.splice(first, 1);
    }
    if (remove === 1) takeDeck(tree, file);
    return;
  }
  if (node.type !== 'paragraph') return;
  if (forwardedNote(tree, file, first)) return titleParts(tree, file);
  if (chromeOverHeading(tree, file, first)) return titleParts(tree, file);
  pageTitles(tree, file, first);
  // The page's title may have been the first block: the headline is looked for among those left.
  if (!tree.children.includes(node)) return titleParts(tree, file);
  const afterKicker = labelledParts(tree, file, first);
  // The headline stands before the text: among the blocks before the first sentence, the first line that
  // reads as one. A site's banner, breadcrumb, section name or running head before it is chrome.
  // (A hard-wrapped paragraph's first line, full and left open with the paragraph going on under it, is text.)
  // (A rule under the site's header, before the headline, is the header's edge: no text yet.)
  const isText = (n: RootContent) => n.type !== 'thematicBreak' && (n.type !== 'paragraph' || /[。]/u.test(text(n)) || text(n).trim().length > 90 || (/[，、]/u.test(text(n)) && wrappedOn(file, n)));
  const bodyAt = tree.children.findIndex(isText);
  let head = tree.children.slice(first, bodyAt < 0 ? first + 8 : Math.min(bodyAt, first + 8));
  // A line ending in a dash or colon introduces content: the text has begun, no headline after it.
  const opens = head.findIndex((n) => n.type === 'paragraph' && /[：:—－]$/u.test(text(n).trim()));
  if (opens >= 0) head = head.slice(0, opens);
  // Without a full headline, a short first line still is one (`岚县畅想`): the old reading, kept.
  // A masthead's name set letter-spaced over the headline (`濈 湖 湿 地` over `越冬水鸟…`), or a letterhead's body
  // (`峣州热力有限公司` over a press release), is no headline: a longer line set plainly under it is.
  const firstAny = head.find((n): n is Paragraph => headline(n));
  // (A column's name set so, `城 事 快 讯`, heads the items under it: a bundle's title, kept.)
  // (A site's name alone, `溪南晚报电子版`, is left to the readings below: a running head repeated by the pages.)
  // (So is the body that compiled a bulletin, `某某市机关事务管理局编`, on its masthead.)
  const compiled = (t: string) => /^\p{Script=Han}{4,24}(?:编|编印|編|編印)$/u.test(t) && looksLikeOrganisation(t.replace(/(?:编|编印|編|編印)$/u, ''));
  // (And an office's letterhead naming the paper's kind, `某某縣政府 新聞稿`, over its release.)
  const released = (t: string) => { const c = t.replace(/[\s\u3000]+/gu, ''); const m = DOC_HEADER.exec(c); return m !== null && m.index >= 4 && looksLikeOrganisation(c.slice(0, m.index)); };
  const banner = (t: string) => (letterSpaced(t) && countHan(t) <= 6 && !COLUMN_NAME.test(unspace(t))) || looksLikeOrganisation(t) || compiled(t) || released(t);
  const plain = firstAny && banner(text(firstAny).trim()) ? head.find((n): n is Paragraph => n !== firstAny && headline(n) && !banner(text(n).trim()) && !letterSpaced(text(n).trim()) && countHan(text(n)) >= 8) : undefined;
  const first1 = plain ?? firstAny;
  const anchored = siteUnderHeadline(tree, file, head, anchoredHeadline(head, file));
  // A line that says what it is (`标题：…`) is the headline whatever else stands near it.
  const labelled = tree.children.slice(first, first + 8).find((n): n is Paragraph => n.type === 'paragraph' && TITLE_LABEL.test(text(n).trim()));
  // Under a labelled 引题 stands the headline.
  const underKicker = afterKicker !== undefined && tree.children[afterKicker]?.type === 'paragraph' && headline(tree.children[afterKicker], 4) ? (tree.children[afterKicker] as Paragraph) : undefined;
  if (!labelled && !underKicker && (documentTitle(tree, file, first) || centredReport(tree, file, first))) return;
  // The printed headline stacked over the byline: 引题 / 主题 / 副题.
  // (siteUnderHeadline may have taken a line out above the text: where the text starts is counted again.)
  const bodyNow = tree.children.findIndex(isText);
  let stacked = labelled || underKicker ? undefined : stackedHeadline(tree, first, bodyNow < 0 ? first + 8 : withDeck(tree, file, bodyNow), file);
  // Two lines read as 引题 over 主题, where the page's own title names the upper one: the 主题 and its 副题.
  if (stacked?.kicker && !stacked.deck && !stacked.second && file.data.pageTitle === compactOf(text(stacked.kicker))) stacked = { title: stacked.kicker, deck: stacked.title };
  // A letterhead over the date line is no headline stacked over it, where the headline stands under the date.
  const letterhead = stacked && plain && !stacked.kicker && !stacked.second && !stacked.deck && stacked.title === firstAny;
  if (stacked && !letterhead) {
    setStacked(tree, file, first, stacked);
    return;
  }
  // A page that prints its heading twice (the heading, then its print copy) names its headline so.
  const doubled = head.find((n, k): n is Paragraph => headline(n, 4) && head[k + 1] !== undefined && (head[k + 1]!.type === 'paragraph' || head[k + 1]!.type === 'heading') && compactOf(text(head[k + 1]!)) === compactOf(text(n)));
  // A line with the 副题 under it (`——《…》政策解读`) is the headline, whatever a document's header sets above it.
  const decked = head.find((n, k): n is Paragraph => headline(n, 4) && head[k + 1]?.type === 'paragraph' && /^(?:——|－－)[^。！？]{2,48}$/u.test(text(head[k + 1]!).trim()));
  const pick = labelled ?? underKicker ?? doubled ?? decked ?? (anchored && anchored !== (plain ? firstAny : undefined) && (!first1 || text(anchored).trim().length >= Math.min(8, text(first1).trim().length)) ? anchored : first1) ?? (headline(node, 2) ? (node as Paragraph) : undefined);
  if (!pick) {
    leadTitle(tree, file, first);
    return;
  }
  let at = tree.children.indexOf(pick);
  // A block the readings above have merged or moved since it was chosen: no headline is taken from it.
  if (at < 0) return;
  const label = TITLE_LABEL.exec(text(pick).trim());
  if (label) record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: label[1]!, to: "the title's label" });
  const rawValue = text(pick).trim().slice(label ? label[0].length : 0);
  // `【一线见闻】…` or `评论｜…`: a column label glued to the headline.
  const barred = GLUED_KICKER.exec(rawValue) ? null : BAR_KICKER.exec(rawValue);
  const gluedLabel = GLUED_KICKER.exec(rawValue) ?? barred;
  // A column label glued to the headline is taken off it only where it has somewhere to go.
  const glued = gluedLabel && (MEDIA_TAG.test(gluedLabel[1]!) || meta.kicker === undefined) ? gluedLabel : null;
  let value = glued ? glued[2]!.trim() : rawValue;
  // The byline run on after the headline on its line (`老墨坊的最后一炉松烟 本报记者 某某`, a highlight that took both):
  // the reporter's name is the byline, the role goes.
  const runOn = meta.byline === undefined ? HEADLINE_BYLINE.exec(value) : null;
  if (runOn && looksLikePersonName(runOn[3]!) && countHan(runOn[1]!) >= 6) {
    meta.byline = runOn[3]!;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: runOn[2]!, to: "the reporter's role after the headline" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(pick), text: runOn[3]!, to: 'front matter: byline (the name after the headline on its line)' });
    value = runOn[1]!;
  }
  // An OCR's `”` after the gap between the headline's halves, none open (`…中毒 ”专家提醒：…`): the U+3000, misread.
  const gapQuote = value.includes('“') || (value.match(/”/gu) ?? []).length !== 1 ? null : /(?<=\p{Script=Han})[ \u3000]+”(?=\p{Script=Han})/u.exec(value);
  if (gapQuote) {
    record(file, { rule: RULE, kind: 'changed', line: lineOf(pick), text: gapQuote[0], to: "U+3000 (the gap between the headline's halves, which the OCR read as a closing quote with none open)" });
    value = `${value.slice(0, gapQuote.index)}\u3000${value.slice(gapQuote.index + gapQuote[0].length)}`;
  }
  // A headline broken over two lines after its comma (an image's narrow column, a phone's screen): the line
  // above, a clause that ends in the comma, is the headline's first half.
  const upper = tree.children[at - 1];
  const upperText = upper?.type === 'paragraph' ? text(upper).trim() : '';
  if (at - 1 >= first && !glued && !label && /^[^。！？；：:]{4,28}[，,]$/u.test(upperText) && countHan(upperText) >= 4 && !/[，,。！？]$/u.test(value)) {
    record(file, { rule: RULE, kind: 'joined', line: lineOf(pick), text: `${upperText.slice(-8)}⏎${value.slice(0, 8)}`, to: 'one headline, broken over two lines after its comma' });
    value = `${upperText}${value}`;
    tree.children.splice(at - 1, 1);
    at--;
  }
  const before = tree.children.slice(first, at);
  const prev = before[before.length - 1];
  if (glued && !barred && meta.source === undefined && PAPER_SIGNATURE.test(glued[1]!)) {
    // An alert's signature (`【某某日报】瑶汊乡…`, the sender an SMS must name in brackets): the paper, its source.
    meta.source = glued[1]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(pick), text: glued[1]!, to: "front matter: source (the paper's name in brackets before the headline, an alert's signature)" });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: '【】', to: "the signature's brackets" });
  } else if (glued && MEDIA_TAG.test(glued[1]!)) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: rawValue.slice(0, rawValue.length - glued[2]!.length), to: "the portal's media tag" });
  } else if (glued) {
    meta.kicker = glued[1]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(pick), text: glued[1]!, to: 'front matter: kicker' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: barred ? '|' : '【】', to: barred ? 'the bar between column label and title' : "the kicker's brackets" });
  } else if (meta.kicker === undefined && prev?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(text(prev).trim()) && !underLabel(prev, file) && !ownName(text(prev).trim()) && !fieldsBetween(file, prev, pick)) {
    // (Right above it in the source, blank lines apart at most: over a page's date and staff lines, which the
    // metadata rule took, a short word is the page's name, `文化` under the paper's, no kicker of this story.)
    // (Not the site's or the body's own name, the page's masthead: `岑州新闻网`, `栖梧区教育体育局`.)
    // A short line right above the headline is its kicker (a column or section name); under another
    // label line (`新加坡` / `社会`), it is one link of the site's menu.
    meta.kicker = text(prev).trim();
    record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: String(meta.kicker), to: 'front matter: kicker' });
    removeChild(tree.children, prev);
  }
  // The headline printed above as well (a reader script's title line over the text's own copy): a repeat of it.
  for (const n of before) {
    if ((n.type === 'paragraph' || n.type === 'heading') && compactOf(text(n)) === compactOf(value) && tree.children.includes(n)) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: 'repeat of the title' });
      removeChild(tree.children, n);
    }
  }
  // (Where the page's own title named this headline, what stands above it is the site's header, its motto too.)
  // (What stands above the page's breadcrumb, `当前位置：首页 >> …`, is the site's header, its slogans too: the
  // breadcrumb closes the header, and the headline stands under it.)
  const crumbAt = reportOf(file).changes.find((c) => c.rule === 'boilerplate' && c.kind === 'removed' && crumbLine(c.text) && (c.line ?? Infinity) < (lineOf(pick) ?? 0))?.line;
  for (const n of before) {
    if (crumbAt === undefined || !tree.children.includes(n) || (lineOf(n) ?? Infinity) >= crumbAt || n === prev && meta.kicker !== undefined && !glued) continue;
    if (n.type !== 'paragraph' && n.type !== 'thematicBreak') continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: n.type === 'thematicBreak' ? '***' : sourceText(file, n), to: "the site's header, above its breadcrumb" });
    removeChild(tree.children, n);
  }
  dropFurniture(tree, file, before.filter((n) => !(n === prev && meta.kicker !== undefined && !glued)), file.data.pageTitle !== compactOf(value));
  const titleAt = tree.children.indexOf(pick);
  // A banner set letter-spaced (`城 事 快 讯`): one word, its spaces the layout's.
  if (letterSpaced(value)) {
    const unspaced = unspace(value);
    record(file, { rule: RULE, kind: 'changed', line: lineOf(pick), text: value, to: `${unspaced} (a headline set letter-spaced)` });
    value = unspaced;
  }
  // Parts are set apart by spaces between Chinese; a space inside Latin text (`LingMap v2.3.1`) is the text's own.
  // A space between Han and Latin or a figure is spacing (`曜星 Aster 7 Pro 手机`), not a break between parts.
  // (A percentage glued to the words before it ends a half as a word does: `营收增长12.4% 净利增速放缓`.)
  // (So does a half that opens with a count, `…重开 80个摊位迁入新址`: the figure glued to its measure word, four
  // Han before the space. `今年 3 月`, `曜星 Aster 7 Pro`, spaced on both sides, are spacing.)
  const split = value.split(/(?<=[\p{Script=Han}“”「」《》！？]|\p{Script=Han}\d+(?:\.\d+)?[%％‰])[\s\u3000\u00a0]+(?=[\p{Script=Han}“”「」《》])|(?<=\p{Script=Han}{4})[ \u3000\u00a0]+(?=\d+(?:\.\d+)?\p{Script=Han}{2})/u).filter(Boolean);
  // (A space inside quotation marks, `“你选书　我买单”服务上线`, parts nothing: the quoted words are one.)
  const parts: string[] = [];
  for (const p of split) {
    const open = parts.length > 0 && (parts.at(-1)!.match(/[“「『]/gu) ?? []).length > (parts.at(-1)!.match(/[”」』]/gu) ?? []).length;
    if (open) parts[parts.length - 1] = `${parts.at(-1)!}\u3000${p}`;
    else parts.push(p);
  }
  let kicker: string | undefined;
  let lines = parts;
  // (Two short halves of one length first, a couplet, `十八而志 逐梦青春 我校举行…`, are one slogan: no half of it
  // is a kicker.)
  const couplet = parts.length >= 3 && parts[0]!.length === parts[1]!.length && parts[0]!.length <= 5;
  if ((parts.length >= 3 && !couplet) || (parts.length === 2 && KICKER_END.test(parts[0]!))) {
    kicker = parts[0];
    lines = parts.slice(1);
  }
  if (kicker && meta.kicker === undefined) meta.kicker = kicker;
  else if (kicker) lines = parts;
  // The typed space between Han and Latin goes, as han-latin-spacing takes it out of the text.
  const spaced = lines;
  lines = lines.map((l) => l.replace(HAN_LATIN_GAP, ''));
  if (lines.join() !== spaced.join()) record(file, { rule: RULE, kind: 'changed', line: lineOf(pick), text: spaced.join('\u3000'), to: `${lines.join('\u3000')} (the spaces between Han and Latin)` });
  meta.title = lines.join('\u3000');
  if (lines.length > 1) meta.title_lines = lines;
  record(file, { rule: RULE, kind: 'moved', line: lineOf(pick), text: value, to: kicker ? 'front matter: kicker, title' : 'front matter: title' });
  tree.children.splice(titleAt, 1);
  // The scraper took the headline twice (the page's and the article's): the copy right under it goes.
  const copy = tree.children[titleAt];
  if (copy && (copy.type === 'paragraph' || copy.type === 'heading') && compactOf(text(copy)) === compactOf(value)) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(copy), text: text(copy), to: 'repeat of the title' });
    tree.children.splice(titleAt, 1);
  } else chromeThenCopy(tree, file, titleAt, value);
  documentTitleCopy(tree, file, titleAt, value);
  takeDeck(tree, file);
}

// A column of short items by the word its name ends in (`城事快讯`, `一周要闻`).
const COLUMN_NAME = /(?:快讯|快訊|简讯|簡訊|短讯|短訊|速递|速遞|速览|速覽|要闻|要聞|播报|播報|集锦|集錦|一览|一覽|动态|動態|资讯|資訊|新闻|新聞)$/u;

// (A stray space inside the label, `标 题：`, is the scrape's.)
const TITLE_LABEL = /^((?:文章)?(?:标|標)[ \u00a0\u3000]?(?:题|題)|(?:题|題)[ \u00a0\u3000]?目)[\s\u3000]*[：:][\s\u3000]*(?=\S)/u;

declare module 'vfile' {
  interface DataMap {
    /** The title came from a record's own title field (a Sogou `<contenttitle>`), not from the text. */
    recordTitle: boolean;
    /** The headline the page's own title named (its `<title>` line over the text, taken out), compacted. */
    pageTitle: string;
    /** A reader found the text to have no headline (a speech-recognition transcript). */
    headless: boolean;
  }
}

/**
 * A record that carries its own title often carries the paper's headline inside the content as well: the
 * headline the article was first printed under (original_title, its 主题 and 副题 joined by U+3000). Photos
 * stand above a headline, so short complete sentences before it are their captions.
 */
function inContentHeadline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  // (A WeChat article's record, Sogou's of the platform, holds the article as its account posted it: no page
  // printed a headline over photos there, and a head in its text is a section's.)
  if (/^https?:\/\/mp\.weixin\.qq\.com\//u.test(String(meta.url ?? ''))) return;
  // (Where the text's `（原标题：…）` gave the original title already, the headline inside is only its copy.)
  const given = meta.original_title === undefined ? undefined : compactOf(String(meta.original_title));
  const kids = tree.children;
  const at = kids.slice(0, 6).findIndex((n) => headlineLike(n));
  if (at < 0) return;
  // (A section's numbered head, `一、小卖部里装上“迷你银行”`, heads the text's first part: no headline of the paper's.)
  if (/^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])/u.test(text(kids[at]!))) return;
  const before = kids.slice(0, at);
  // A line the captions rule has made a caption already (its credit said so) is one of them, where the record's
  // title says it is a photo story (its `（组图）` tag): without that, a caption before a short line is no sign.
  const photoStory = reportOf(file).changes.some((c) => c.rule === 'sogou-record' && c.to === "the portal's photo tag");
  // A caption is a sentence or two, and no story's lead (`本报讯（记者…）…`).
  const captionLike = (n: RootContent) => n.type === 'paragraph' && /[。！？”]$/u.test(text(n).trim()) && text(n).trim().length <= PHOTO_CAPTION_MAX && (text(n).match(/[。！？]/gu) ?? []).length <= 2 && !LEAD.test(text(n));
  const captionsFirst = before.every((n) => ((photoStory || given !== undefined) && isDirective(n, 'caption')) || captionLike(n));
  if (!captionsFirst) return;
  const parts: Paragraph[] = [kids[at] as Paragraph];
  if (headlineLike(kids[at + 1]) && kids[at + 2]?.type === 'paragraph') parts.push(kids[at + 1] as Paragraph);
  const after = kids[at + parts.length];
  // A line that runs on into the next without a break of paragraph is a sentence cut, not a headline.
  if (after?.type !== 'paragraph' || after.data?.gap === false || compactOf(text(parts[0]!)) === compactOf(String(meta.title))) return;
  const value = parts.map((p) => text(p).trim()).join('\u3000');
  if (given !== undefined && compactOf(value) !== given) return;
  // The paper's headline and the portal's title tell one story: they share words (a third of the headline's
  // characters and more, in every record read so far). A section's head shares none (`裂缝里最容易藏细菌` under
  // `砧板用久了发黑发霉　业内人士：最好半年一换`): it heads the text's second part, after its lead.
  const han = [...value].filter((c) => /\p{Script=Han}/u.test(c));
  const title = String(meta.title ?? '');
  if (given === undefined && title !== '' && han.filter((c) => title.includes(c)).length < han.length * 0.25) return;
  if (given === undefined) meta.original_title = value;
  record(file, { rule: RULE, kind: given === undefined ? 'moved' : 'removed', line: lineOf(parts[0]!), text: value, to: given === undefined ? 'front matter: original_title (the headline inside the record)' : 'a repeat of front matter: original_title (the headline inside the record)' });
  const captions: RootContent[] = before.map((n) => {
    if (isDirective(n, 'caption')) return n;
    record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: text(n), to: 'caption block (a photo above the headline)' });
    return container('caption', [n as Paragraph]);
  });
  tree.children = [...captions, ...kids.slice(at + parts.length)];
}

// `【一线见闻】溪南古村落…`: a column label glued to the headline.
const HEADLINE_BYLINE = /^([^。！？]{4,60}?)[ \u3000]+((?:本报|本報|本刊|本台|本网|本網)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者))[ \u3000]*([\p{Script=Han}·]{2,4})$/u;

const GLUED_KICKER = /^[【\[]([^】\]]{1,8})[】\]](.{6,})$/u;
// `评论｜别让…`: a column label of up to four characters before a bar.
const BAR_KICKER = /^([\p{Script=Han}]{2,4})[\s\u3000]*[|｜丨][\s\u3000]*(.{6,})$/u;
// A portal's media tag (`[视频]`, `【组图】`): not a kicker, just furniture.
// (So is a forwarder's call to pass it on, `【扩散周知】`, `【紧急扩散】`: no column of the publisher.)
// A paper's or a station's name (not a column's): `某某日报`, `某某晚报`, `某某广播电视台`.
const PAPER_SIGNATURE = /^\p{Script=Han}{2,10}(?:日报|日報|晚报|晚報|早报|早報|商报|商報|都市报|都市報|时报|時報|手机报|手機報|电视台|電視台|广播电视台|廣播電視台|广播电台|廣播電台)$/u;
const MEDIA_TAG = /^(?:视频|視頻|图|圖|组图|組圖|高清组图|图文|圖文|直播|图文直播|圖文直播|视频直播|視頻直播|现场直播|快讯|快訊|独家|獨家|原创|原創|转帖|轉帖|转贴|轉貼|转载|轉載|扩散周知|擴散周知|紧急扩散|緊急擴散|扩散|擴散|周知|速转|速轉|转发周知|轉發周知|重要提醒|紧急提醒|緊急提醒)$/u;

/** Whether lines with words on them stood in the source between two blocks (lines another rule took since). */
function fieldsBetween(file: VFile, above: RootContent, below: RootContent): boolean {
  const [a, b] = [lineOf(above), lineOf(below)];
  if (a === undefined || b === undefined) return false;
  return (file.data.sourceLines ?? []).slice(a, b - 1).some((l) => l.trim() !== '');
}
