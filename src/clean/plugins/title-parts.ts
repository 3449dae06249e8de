/**
 * title-parts: the headline of a Chinese news story has parts — kicker (引题),
 * one or two title lines (主题) and a deck (副题). A `#` heading is the title,
 * with a `##`/`###` right after it as the deck. A scrape without headings
 * opens with the headline on one line, its parts separated by spaces: those
 * spaces separate parts and are kept as structure, not glued together.
 * The parts go to the front matter.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record, reportOf } from '../report.ts';
import { container, isDirective, lineOf, sourceText, text } from '../tree.ts';
import { countHan, endsOpen } from '../chars.ts';
import { looksLikeOrganisation, SITE_NAME, SITE_ONLY } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { tidySpaces } from './whitespace.ts';
import { HAN_LATIN_GAP } from './han-latin-spacing.ts';

export const RULE = 'title-parts';

// A first part that introduces the title: it ends in a verb of speech.
const KICKER_END = /(强调|指出|表示|宣布|要求|提出|时说|寄语|[:：])$/u;

export default function remarkTitleParts() {
  return (tree: Root, file: VFile) => {
    titleParts(tree, file);
    pageHeadlines(tree, file);
  };
}

// The page number a site puts after the headline on each later page of an article: `(2)`, `（3）`, `(第2页)`.
const PAGE_SUFFIX = /^(?:[(（](?:第?\d{1,2}页?)[)）]|_\d{1,2}|第\d{1,2}页)$/u;

/**
 * An article split over several web pages repeats its headline, numbered, at the top of each later page
 * (`在雁川坐一趟慢火车，去看油菜花(2)`), often in the middle of a sentence: the repeat goes, and the text
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
    if (!t.startsWith(key) || !PAGE_SUFFIX.test(t.slice(key.length))) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "the headline repeated, numbered, on a later page of the article" });
    kids.splice(i, 1);
    const next = kids[i];
    if (next?.type === 'paragraph') next.data = { ...next.data, gap: false };
    i--;
  }
}

function titleParts(tree: Root, file: VFile): void {
  const meta = metaOf(file);
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
      }
      for (const n of before) if (!copies.includes(n)) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's header and menu, before the article's title" });
      tree.children.splice(0, start);
    }
    for (const n of copies) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: 'repeat of the front-matter title' });
    tree.children = tree.children.filter((n) => !copies.includes(n));
    if (file.data.recordTitle) inContentHeadline(tree, file);
    else takeDeck(tree, file);
    // The page's title held the 副题 after a dash, and the text's copy of it was not read as the deck.
    if (givenDeck !== undefined && meta.deck === undefined) {
      meta.deck = givenDeck;
      record(file, { rule: RULE, kind: 'moved', text: givenDeck, to: "front matter: deck (the page title's 副题)" });
    }
    return;
  }
  if (node.type === 'heading') {
    let title = text(node).trim();
    // `标题｜白苇访谈`: an account's series after a full-width bar closing the page's title is the kicker (a site's
    // name there is the site's, and goes).
    const series = BAR_SUFFIX.exec(title);
    if (series && countHan(series[1]!) >= 6) {
      const name = series[2]!;
      const site = new RegExp(`^${SITE_NAME}$`, 'u').test(name) || name === String(meta.source ?? '');
      if (site || (meta.kicker === undefined && SERIES_NAME.test(name))) {
        if (!site) meta.kicker = name;
        record(file, { rule: RULE, kind: site ? 'removed' : 'moved', line: lineOf(node), text: name, to: site ? "the site's name after the page title" : "front matter: kicker (the account's series after the title)" });
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '｜', to: 'the bar between title and series' });
        title = series[1]!;
      }
    }
    meta.title = tidySpaces(title);
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
    if (remove === 1) takeDeck(tree, file);
    return;
  }
  if (node.type !== 'paragraph') return;
  if (chromeOverHeading(tree, file, first)) return titleParts(tree, file);
  pageTitles(tree, file, first);
  // The page's title may have been the first block: the headline is looked for among those left.
  if (!tree.children.includes(node)) return titleParts(tree, file);
  const afterKicker = labelledParts(tree, file, first);
  // The headline stands before the text: among the blocks before the first sentence, the first line that
  // reads as one. A site's banner, breadcrumb, section name or running head before it is chrome.
  const bodyAt = tree.children.findIndex((n) => n.type !== 'paragraph' || /[。]/u.test(text(n)) || text(n).trim().length > 90);
  let head = tree.children.slice(first, bodyAt < 0 ? first + 8 : Math.min(bodyAt, first + 8));
  // A line ending in a dash or colon introduces content: the text has begun, no headline after it.
  const opens = head.findIndex((n) => n.type === 'paragraph' && /[：:—－]$/u.test(text(n).trim()));
  if (opens >= 0) head = head.slice(0, opens);
  // Without a full headline, a short first line still is one (`岚县畅想`): the old reading, kept.
  const first1 = head.find((n): n is Paragraph => headline(n));
  const anchored = siteUnderHeadline(tree, file, head, anchoredHeadline(head, file));
  // A line that says what it is (`标题：…`) is the headline whatever else stands near it.
  const labelled = tree.children.slice(first, first + 8).find((n): n is Paragraph => n.type === 'paragraph' && TITLE_LABEL.test(text(n).trim()));
  // Under a labelled 引题 stands the headline.
  const underKicker = afterKicker !== undefined && tree.children[afterKicker]?.type === 'paragraph' && headline(tree.children[afterKicker], 4) ? (tree.children[afterKicker] as Paragraph) : undefined;
  if (!labelled && !underKicker && documentTitle(tree, file, first)) return;
  // The printed headline stacked over the byline: 引题 / 主题 / 副题.
  // (siteUnderHeadline may have taken a line out above the text: where the text starts is counted again.)
  const bodyNow = tree.children.findIndex((n) => n.type !== 'paragraph' || /[。]/u.test(text(n)) || text(n).trim().length > 90);
  const stacked = labelled || underKicker ? undefined : stackedHeadline(tree, first, bodyNow < 0 ? first + 8 : withDeck(tree, file, bodyNow), file);
  if (stacked) {
    setStacked(tree, file, first, stacked);
    return;
  }
  // A page that prints its heading twice (the heading, then its print copy) names its headline so.
  const doubled = head.find((n, k): n is Paragraph => headline(n, 4) && head[k + 1] !== undefined && (head[k + 1]!.type === 'paragraph' || head[k + 1]!.type === 'heading') && compactOf(text(head[k + 1]!)) === compactOf(text(n)));
  // A line with the 副题 under it (`——《…》政策解读`) is the headline, whatever a document's header sets above it.
  const decked = head.find((n, k): n is Paragraph => headline(n, 4) && head[k + 1]?.type === 'paragraph' && /^(?:——|－－)[^。！？]{2,48}$/u.test(text(head[k + 1]!).trim()));
  const pick = labelled ?? underKicker ?? doubled ?? decked ?? (anchored && (!first1 || text(anchored).trim().length >= Math.min(8, text(first1).trim().length)) ? anchored : first1) ?? (headline(node, 2) ? (node as Paragraph) : undefined);
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
  if (glued && MEDIA_TAG.test(glued[1]!)) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: rawValue.slice(0, rawValue.length - glued[2]!.length), to: "the portal's media tag" });
  } else if (glued) {
    meta.kicker = glued[1]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(pick), text: glued[1]!, to: 'front matter: kicker' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(pick), text: barred ? '|' : '【】', to: barred ? 'the bar between column label and title' : "the kicker's brackets" });
  } else if (meta.kicker === undefined && prev?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(text(prev).trim()) && !underLabel(prev, file)) {
    // A short line right above the headline is its kicker (a column or section name); under another
    // label line (`新加坡` / `社会`), it is one link of the site's menu.
    meta.kicker = text(prev).trim();
    record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: String(meta.kicker), to: 'front matter: kicker' });
    tree.children.splice(tree.children.indexOf(prev), 1);
  }
  dropFurniture(tree, file, before.filter((n) => !(n === prev && meta.kicker !== undefined && !glued)), true);
  const titleAt = tree.children.indexOf(pick);
  // A banner set letter-spaced (`城 事 快 讯`): one word, its spaces the layout's.
  if (letterSpaced(value)) {
    const unspaced = unspace(value);
    record(file, { rule: RULE, kind: 'changed', line: lineOf(pick), text: value, to: `${unspaced} (a headline set letter-spaced)` });
    value = unspaced;
  }
  // Parts are set apart by spaces between Chinese; a space inside Latin text (`LingMap v2.3.1`) is the text's own.
  // A space between Han and Latin or a figure is spacing (`曜星 Aster 7 Pro 手机`), not a break between parts.
  const parts = value.split(/(?<=[\p{Script=Han}“”「」《》！？])[\s\u3000\u00a0]+(?=[\p{Script=Han}“”「」《》])/u).filter(Boolean);
  let kicker: string | undefined;
  let lines = parts;
  if (parts.length >= 3 || (parts.length === 2 && KICKER_END.test(parts[0]!))) {
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

/**
 * The page's title first (the browser's `<title>`), then the site's header, menu and information table, then
 * the article's own headline: where the headline stands again below the title with only page chrome between
 * (short lines, no sentence), the chrome and the copy go. The article starts at its own headline.
 */
function chromeThenCopy(tree: Root, file: VFile, from: number, title: string): void {
  const key = compactOf(title);
  for (let k = from; k < Math.min(tree.children.length, from + 40); k++) {
    const b = tree.children[k]!;
    if ((b.type === 'paragraph' || b.type === 'heading') && compactOf(text(b)) === key) {
      for (const n of tree.children.slice(from, k)) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's header and menu, between the page's title and the article's headline" });
      record(file, { rule: RULE, kind: 'removed', line: lineOf(b), text: text(b), to: 'repeat of the title' });
      tree.children.splice(from, k - from + 1);
      return;
    }
    if (!chromeLike(b)) return;
  }
}

/**
 * A portal's headline (`澄禾新材：关于…的进展公告`) over the document it reposts, which prints its own headline:
 * the issuing body over `关于…` (`岚江澄禾新材料股份有限公司` / `关于…的进展公告`). The document's copy, a few
 * blocks down before its text, repeats the headline: it goes, reported.
 */
function documentTitleCopy(tree: Root, file: VFile, from: number, title: string): void {
  const tail = compactOf(title.replace(/^[^：:]{1,12}[：:]/u, ''));
  for (let k = from; k < Math.min(tree.children.length, from + 8); k++) {
    const b = tree.children[k]!;
    if (b.type === 'paragraph' && countHan(text(b)) >= 20 && /[。！？]/u.test(text(b))) return;
    if (b.type !== 'paragraph' || !/^关于/u.test(text(b).trim()) || compactOf(text(b)) !== tail) continue;
    const a = tree.children[k - 1];
    const org = k - 1 >= from && a?.type === 'paragraph' && looksLikeOrganisation(text(a)) ? a : undefined;
    for (const n of org ? [org, b] : [b]) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "repeat of the title (the document's own headline)" });
    tree.children.splice(org ? k - 1 : k, org ? 2 : 1);
    return;
  }
}

const FORM_LABEL = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,5}$/u;
const BRACKETED_DATE = /^[（(][\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*[）)]$/u;

// The kinds of an official document (公文), the word its headline ends in.
const DOC_KIND = /(?:通知|通报|通報|决定|決定|意见|意見|报告|報告|请示|批复|函|公告|通告|公报|纪要|办法|方案|规定|规则|细则|决议|命令|议案|倡议书|公开信|说明|规划|计划|要点)$/u;

/**
 * An official document's headline is printed in two lines: the issuing body, then `关于…的通知`
 * (`蔚川县防汛抗旱指挥部办公室` / `关于切实做好…工作的紧急通知`). The first line is no kicker and the
 * second no subheading: both are the headline (title_lines). A `关于…` line wrapped in two is one line.
 */
function documentTitle(tree: Root, file: VFile, first: number): boolean {
  // A form's name spaced out over the page's width (`新 闻 发 布 稿`, `通  知`) heads the document: a label.
  const label = tree.children[first];
  if (label?.type === 'paragraph' && FORM_LABEL.test(text(label).trim()) && looksLikeOrganisation(text(tree.children[first + 1] ?? label))) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(label), text: text(label).trim(), to: "the document's form label, spaced out above its headline" });
    tree.children.splice(first, 1);
  }
  const [a, b, c] = tree.children.slice(first, first + 3);
  if (a?.type !== 'paragraph' || b?.type !== 'paragraph' || !looksLikeOrganisation(text(a))) return false;
  // The issuing body over a report's headline and its date in brackets (`（2024年6月26日）`): author, title, date.
  const dated = c?.type === 'paragraph' ? BRACKETED_DATE.exec(text(c).trim()) : null;
  if (dated && headline(b, 6) && !/^关于/u.test(text(b).trim())) {
    const meta = metaOf(file);
    meta.byline = tidySpaces(text(a).trim());
    meta.title = tidySpaces(text(b).trim());
    if (meta.published === undefined) meta.published = dated[1]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(a), text: text(a).trim(), to: "front matter: byline (the issuing body over the document's headline)" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(b), text: text(b).trim(), to: 'front matter: title' });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(c), text: dated[1]!, to: meta.published === dated[1] ? 'front matter: published' : 'nowhere: the front matter has a published date' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(c), text: '（）', to: "the date's brackets" });
    tree.children.splice(first, 3);
    return true;
  }
  const about = text(b).trim();
  if (!/^关于\p{Script=Han}/u.test(about) || /[。！？，；]/u.test(about)) return false;
  const rest = c?.type === 'paragraph' ? text(c).trim() : '';
  const wrapped = !DOC_KIND.test(about) && rest.length <= 20 && DOC_KIND.test(rest) && !/[。！？，；：]/u.test(rest);
  if (!DOC_KIND.test(about) && !wrapped) return false;
  const lines = [tidySpaces(text(a).trim()), wrapped ? about + rest : about];
  const meta = metaOf(file);
  meta.title = lines.join('\u3000');
  meta.title_lines = lines;
  record(file, { rule: RULE, kind: 'moved', line: lineOf(a), text: wrapped ? `${text(a).trim()}⏎${about}⏎${rest}` : `${text(a).trim()}⏎${about}`, to: "front matter: title_lines (a document's issuing body and its 关于… line)" });
  tree.children.splice(first, wrapped ? 3 : 2);
  return true;
}

const TITLE_LABEL = /^(标题|標題|题目|題目|文章标题|文章標題)[\s\u3000]*[：:][\s\u3000]*(?=\S)/u;

declare module 'vfile' {
  interface DataMap {
    /** The title came from a record's own title field (a Sogou `<contenttitle>`), not from the text. */
    recordTitle: boolean;
  }
}

const HEADLINE_MAX = 40;
const PHOTO_CAPTION_MAX = 150;

function headlineLike(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const t = text(node).trim();
  // A line that opens with its date (`３月１２日，…`) is a news lead that lost its full stop, not a headline.
  return t.length > 0 && t.length <= HEADLINE_MAX && countHan(t) > 0 && !/[。；：:]/u.test(t) && !/[，、,]$/u.test(t) && !/^[\d０-９]{1,4}[年月日]/u.test(t);
}

// A story's lead: `本报讯`, `新华社北京3月5日电`, `记者从…获悉`.
const LEAD = /^[\s\u3000]*(?:本报讯|本報訊|本刊讯|[\p{Script=Han}]{2,12}(?:讯|訊|电|電)[\s\u3000]*[（(]|[（(]?记者)/u;

/**
 * A record that carries its own title often carries the paper's headline inside the content as well: the
 * headline the article was first printed under (original_title, its 主题 and 副题 joined by U+3000). Photos
 * stand above a headline, so short complete sentences before it are their captions.
 */
function inContentHeadline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.original_title !== undefined) return;
  const kids = tree.children;
  const at = kids.slice(0, 6).findIndex((n) => headlineLike(n));
  if (at < 0) return;
  const before = kids.slice(0, at);
  // A line the captions rule has made a caption already (its credit said so) is one of them, where the record's
  // title says it is a photo story (its `（组图）` tag): without that, a caption before a short line is no sign.
  const photoStory = reportOf(file).changes.some((c) => c.rule === 'sogou-record' && c.to === "the portal's photo tag");
  // A caption is a sentence or two, and no story's lead (`本报讯（记者…）…`).
  const captionLike = (n: RootContent) => n.type === 'paragraph' && /[。！？”]$/u.test(text(n).trim()) && text(n).trim().length <= PHOTO_CAPTION_MAX && (text(n).match(/[。！？]/gu) ?? []).length <= 2 && !LEAD.test(text(n));
  const captionsFirst = before.every((n) => (photoStory && isDirective(n, 'caption')) || captionLike(n));
  if (!captionsFirst) return;
  const parts: Paragraph[] = [kids[at] as Paragraph];
  if (headlineLike(kids[at + 1]) && kids[at + 2]?.type === 'paragraph') parts.push(kids[at + 1] as Paragraph);
  const after = kids[at + parts.length];
  // A line that runs on into the next without a break of paragraph is a sentence cut, not a headline.
  if (after?.type !== 'paragraph' || after.data?.gap === false || compactOf(text(parts[0]!)) === compactOf(String(meta.title))) return;
  const value = parts.map((p) => text(p).trim()).join('\u3000');
  meta.original_title = value;
  record(file, { rule: RULE, kind: 'moved', line: lineOf(parts[0]!), text: value, to: 'front matter: original_title (the headline inside the record)' });
  const captions: RootContent[] = before.map((n) => {
    if (isDirective(n, 'caption')) return n;
    record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: text(n), to: 'caption block (a photo above the headline)' });
    return container('caption', [n as Paragraph]);
  });
  tree.children = [...captions, ...kids.slice(at + parts.length)];
}

/** Site chrome: headings, lists, tables, short lines; no paragraph of running text. */
// `【一线见闻】溪南古村落…`: a column label glued to the headline.
const GLUED_KICKER = /^[【\[]([^】\]]{1,8})[】\]](.{6,})$/u;
// `评论｜别让…`: a column label of up to four characters before a bar.
const BAR_KICKER = /^([\p{Script=Han}]{2,4})[\s\u3000]*[|｜丨][\s\u3000]*(.{6,})$/u;
// A portal's media tag (`[视频]`, `【组图】`): not a kicker, just furniture.
const MEDIA_TAG = /^(?:视频|視頻|图|圖|组图|組圖|高清组图|图文|圖文|直播|图文直播|圖文直播|视频直播|視頻直播|现场直播|快讯|快訊|独家|獨家|原创|原創)$/u;

/** A line that reads as a headline: long enough, no sentence inside or at its end, no label, date or item number. */
function headline(n: RootContent, min = 6, anchored = false): boolean {
  if (n.type !== 'paragraph' || n.children.some((c) => c.type !== 'text' && c.type !== 'strong' && c.type !== 'emphasis')) return false;
  const v = text(n).trim();
  if (v.length < min || v.length > 90 || countHan(v) < Math.min(4, min)) return false;
  // Two commas make a sentence that lost its full stop, not a headline.
  if ((v.match(/[，,]/gu) ?? []).length >= 2) return false;
  // Ends in a dash or colon (it introduces what follows), holds a full stop, or opens with a bracket.
  if (/[。；，、：:,—－-]$|[。；]|^[（(]/u.test(v)) return false;
  // A label with a short value (`职务，BBC中文记者`, `索引号：…`) is a field, not a headline (`某县：…是出路还是赌注？` is one).
  // Right above the page's time line, `某某：…` is a speaker's headline, not a field.
  // A field's label before the colon ends in a field word (`索引号：`, `职务，`); a place or a person
  // (`白石县：…`, `某某：…`) before it heads a headline.
  if ((!anchored && /^[^：:，,]{0,5}(?:号|务|题|词|者|源|辑|间|期|点|类|式|围|性|构|签|名|址|话|箱|人)[：:，,][^，,：:]{0,14}$/u.test(v)) || /[>›»]/u.test(v)) return false;
  // A site's name and slogan apart by a spaced bar or dash (`数码前哨 - 有态度的科技资讯`) is its banner.
  if (/[\s\u3000][-–—|｜][\s\u3000]/u.test(v)) return false;
  // A newspaper's page label (`第A03版：要闻`) heads the page, not the story.
  if (/^第?[A-Z]?\d{1,3}版/u.test(v)) return false;
  // A line that opens with a dash is a deck (副题), never the headline.
  if (/^(?:[—－]|--)/u.test(v)) return false;
  // A date, not a headline that opens with its year (`2024年全县粮食产量再创新高`).
  if (/^\d{4}(?:[-/.]\d{1,2}|年\d{1,2}月)|^\d{1,2}[.、．]|^[一二三四五六七八九十]{1,3}、/u.test(v)) return false;
  return true;
}

/** The source lines the metadata rule took a byline, a time or a source from: what a printed headline stands on. */
function metadataLines(file: VFile): number[] {
  return reportOf(file).changes.filter((c) => c.rule === 'metadata' && c.kind === 'moved' && /^front matter: (?:byline|published|source)/u.test(c.to ?? '') && c.line !== undefined).map((c) => c.line!);
}

/**
 * Where the text seems to begin (`at`, the first block with a full stop) a magazine may have set its 提要, a
 * sentence or two under the headline, and the byline under that: the blocks up to the byline's line are the
 * headline's, not the text's.
 */
function withDeck(tree: Root, file: VFile, at: number): number {
  const anchors = metadataLines(file);
  for (let k = at; k < at + 2 && k + 1 < tree.children.length; k++) {
    const n = tree.children[k]!;
    if (n.type !== 'paragraph' || text(n).trim().length > 90) break;
    const [from, to] = [lineOf(n), lineOf(tree.children[k + 1]!)];
    if (from !== undefined && to !== undefined && anchors.some((a) => a > from && a < to && magazineCredit(file, a))) return k + 1;
  }
  return at;
}

/**
 * Whether the source line `line` is a magazine's credit line (`文／某某`, `撰文｜某某 摄影｜某某`): the evidence that a
 * sentence above it, under the headline, is the feature's 提要 and not a news story's lead (`记者 某某`, `来源：…`).
 */
function magazineCredit(file: VFile, line: number): boolean {
  const raw = file.data.sourceLines?.[line - 1] ?? '';
  // (`文字：某某` over `数据：某某` is a data story's credit; `文：本报记者 某某` a news story's byline.)
  return /^[\s\u3000]*(?:文|撰文|文字|采写|采访、撰文|文[\s\u3000]*图)[\s\u3000]*[／/｜|]/u.test(raw) || (/^[\s\u3000]*(?:文|文字|撰文)[\s\u3000]*[：:]/u.test(raw) && !/记者|記者/u.test(raw));
}

interface Stacked {
  kicker?: Paragraph;
  title: Paragraph;
  /** The 主题's second line, where the 主题 is printed in two. */
  second?: Paragraph;
  deck?: Paragraph;
  /** The deck's first line, where a layout wrapped the deck in two. */
  deckHead?: Paragraph;
}

// A magazine's 提要 under its headline: a sentence or two, short (`岛上的日子，是跟着潮水走的。…`).
const sentenceDeck = (t: string) => t.length <= 90 && countHan(t) >= 8 && /[。！？][”」]?$/u.test(t) && (t.match(/[。！？]/gu) ?? []).length <= 3 && !/^[^，。：:]{1,8}[：:]/u.test(t);

/**
 * A printed headline stands in lines of its own right above the byline or the date line: 引题, 主题, 副题 in
 * three lines, or 主题 and a longer 副题 (a clause with commas, or after a dash) in two. Of the lines the metadata
 * took before the text, the last one with headline lines directly above it in the source is the anchor: a
 * paper's name and issue date above the headline anchor nothing.
 */
function stackedHeadline(tree: Root, first: number, end: number, file: VFile): Stacked | undefined {
  const anchors = metadataLines(file).sort((a, b) => b - a);
  const head = tree.children.slice(first, end);
  // Without a byline or date line under it, the text's first block (a caption, a paragraph) is the anchor of a
  // headline printed in three lines (an e-paper's 引题 / 主题 / 副题 over the story).
  const body = tree.children[end];
  // A caption block made by the captions rule has no position of its own: its paragraph's line is its line.
  const bodyLine = body && (lineOf(body) ?? ('children' in body && body.children[0] ? lineOf(body.children[0]) : undefined));
  if (bodyLine !== undefined && head.length >= 3) anchors.push(bodyLine);
  for (const anchor of anchors) {
    const run: Paragraph[] = [];
    let deckHead: Paragraph | undefined;
    let line = anchor - 1;
    for (let k = head.length - 1; k >= 0 && run.length < 4; k--) {
      const n = head[k]!;
      // A photo's caption between the headline and the byline stands where the photo did: stepped over.
      if (isDirective(n, 'caption')) {
        const c = n.children[0] && lineOf(n.children[0]);
        if (c !== undefined && c <= line) line = c - 1;
        continue;
      }
      const at = lineOf(n);
      if (at === undefined || at > line) continue;
      // Blank lines between the parts (a PDF's spacing) do not part them.
      const lines = file.data.sourceLines ?? [];
      while (line > at && (lines[line - 1] ?? '').trim() === '') line--;
      // The lowest line may be a deck that opens with its dash (`——记某县志愿者某某`).
      // Or a 副题 in a clause or two (`新增便民服务区和智慧称重系统，老摊主租金“三年不涨”`), no sentence.
      const deck = run.length === 0 && n.type === 'paragraph' && (/^(?:——|－－|—)[\s\u3000]*\p{Script=Han}/u.test(text(n).trim()) || (/[，、]/u.test(text(n)) && text(n).trim().length <= 40 && countHan(text(n)) >= 8)) && !/[。！？；：:]/u.test(text(n));
      // Or, between a headline and the byline, the magazine's 提要 in a sentence or two, perhaps wrapped in two lines.
      if (run.length === 0 && n.type === 'paragraph' && at === line && /[。！？][”」]?$/u.test(text(n).trim()) && k >= 2 && magazineCredit(file, anchor)) {
        const up = head[k - 1]!;
        const upText = up.type === 'paragraph' ? text(up).trim() : '';
        const wrapped = up.type === 'paragraph' && lineOf(up) === at - 1 && endsOpen(upText) && !headline(up, 2, true) && sentenceDeck(upText + text(n).trim());
        const above = wrapped || sentenceDeck(text(n).trim()) ? head[wrapped ? k - 2 : k - 1] : undefined;
        if (above?.type === 'paragraph' && headline(above, 2, true)) {
          run.unshift(n);
          if (wrapped) {
            deckHead = up as Paragraph;
            k--;
            line--;
          }
          line--;
          continue;
        }
      }
      if (at !== line || n.type !== 'paragraph' || !(deck || headline(n, 2, true)) || ISSUE.test(text(n))) break;
      run.unshift(n);
      line--;
    }
    const withDeckHead = (st: Stacked | undefined): Stacked | undefined => (st && deckHead && st.deck === run[run.length - 1] ? { ...st, deckHead } : st);
    if (run.length === 0) continue;
    // The paper's own name over the headline (`溪南日报电子版`) is its masthead, no part of the headline.
    if (run.length === 4 && MASTHEAD.test(text(run[0]!).trim())) run.shift();
    // So is the page's section label (`城事`, `要闻`) over a headline of three lines: furniture above it.
    if (run.length === 4 && text(run[0]!).trim().length <= 4) run.shift();
    // Two lines of one length over the rest are the two halves of one 主题 (`稳住价格守住品质` / `让春茶卖得更安心`):
    // an 引题 is set apart from its 主题 by its length as much as by its size.
    const halvesOf = (a: Paragraph, b: Paragraph) => {
      const [x, y] = [text(a).trim(), text(b).trim()];
      return x.length >= 6 && x.length === y.length && x !== y && !/[，。！？；：、,.!?;:]/u.test(x + y);
    };
    if (run.length === 3 && halvesOf(run[0]!, run[1]!)) return withDeckHead({ title: run[0]!, second: run[1]!, deck: run[2]! });
    // A column's label of two or three characters (`风物志`) over a headline and its 提要 is the kicker too.
    const told = deckHead !== undefined || sentenceDeck(text(run[run.length - 1]!).trim());
    if (run.length === 3 && run.every((n, k) => text(n).trim().length >= (k === 0 && told ? 2 : 4))) return withDeckHead({ kicker: run[0]!, title: run[1]!, deck: run[2]! });
    if (anchor === bodyLine) return undefined;
    if (run.length === 2 && told) return withDeckHead({ title: run[0]!, deck: run[1]! });
    if (run.length === 2) {
      const [a, b] = run.map((n) => text(n).trim()) as [string, string];
      // A 副题 says more than its 主题, in a clause (commas) or after a dash.
      // A line of four characters or fewer above it is a column's name (`法苑时评`), the kicker: left to the rules below.
      if (a.length >= 5 && b.length > a.length && (/[，、]/u.test(b) || /^[—－]/u.test(b))) return { title: run[0]!, deck: run[1]! };
      // Two lines of a printed headline without a clause: 引题 over 主题, as papers set them.
      if (halvesOf(run[0]!, run[1]!)) return { title: run[0]!, second: run[1]! };
      if (a.length >= 5 && b.length >= 5 && !/[，、]/u.test(a + b)) return { kicker: run[0]!, title: run[1]! };
    }
    return undefined;
  }
  return undefined;
}

const MASTHEAD = /^[\p{Script=Han}A-Za-z]{2,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|报|報|网|網|电视台|電視台)?(?:电子版|電子版|数字报|數字報|客户端|客戶端|官网|官網|网|網)$/u;

// A magazine's issue label (`新民周刊 2024年第22期`): it names the issue, not the story.
const ISSUE = /第[\d一二三四五六七八九十]{1,4}期/u;

/** A headline of single characters each a space apart (`城 事 快 讯`, `“ 课 没 上 完 ， …”`): the layout's spacing. */
function letterSpaced(value: string): boolean {
  return /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){2,7}$/u.test(value) || /^[\p{Script=Han}“”「」，、！？：](?: [\p{Script=Han}“”「」，、！？：]){3,30}$/u.test(value);
}

const unspace = (value: string) => value.replace(/(?<=\S)[ \u3000](?=\S)/gu, '');

function setStacked(tree: Root, file: VFile, first: number, stacked: Stacked): void {
  const meta = metaOf(file);
  const titleAt = tree.children.indexOf(stacked.kicker ?? stacked.title);
  for (const [key, node] of [['kicker', stacked.kicker], ['title', stacked.title], ['deck', stacked.deck]] as const) {
    if (!node) continue;
    const printed = text(node).trim();
    const value = letterSpaced(printed) ? unspace(printed) : printed;
    if (value !== printed) record(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: printed, to: `${value} (a headline set letter-spaced)` });
    // A space between a headline's two halves is their gap (one U+3000), as in a title the page gives.
    const dash = key === 'deck' ? /^(——|－－|—)[\s\u3000]*/u.exec(value) : null;
    displaced(meta, key, file, lineOf(node));
    meta[key] = tidySpaces(halves(dash ? value.slice(dash[0].length) : value));
    if (dash) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: dash[1]!, to: "the deck's dash" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: value, to: `front matter: ${key} (the printed headline's ${key === 'kicker' ? '引题' : key === 'title' ? '主题' : '副题'})` });
  }
  if (stacked.second) {
    const lines = [String(meta.title), tidySpaces(text(stacked.second).trim())];
    meta.title = lines.join('\u3000');
    meta.title_lines = lines;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(stacked.second), text: lines[1]!, to: "front matter: title_lines (the 主题's second line)" });
  }
  if (stacked.deckHead) {
    meta.deck = tidySpaces(`${text(stacked.deckHead).trim()}${String(meta.deck)}`);
    record(file, { rule: RULE, kind: 'joined', line: lineOf(stacked.deckHead), text: `${text(stacked.deckHead).trim().slice(-8)}⏎${text(stacked.deck!).trim().slice(0, 8)}`, to: 'one deck, wrapped in two lines' });
  }
  const parts = new Set<RootContent>([stacked.kicker, stacked.title, stacked.second, stacked.deckHead, stacked.deck].filter((n): n is Paragraph => n !== undefined));
  // Above a printed headline stands only page furniture: the paper's name, a banner, a section label.
  dropFurniture(tree, file, tree.children.slice(first, titleAt), false);
  tree.children = tree.children.filter((n) => !parts.has(n));
}

/**
 * Removes (and reports) the page's furniture among `nodes`, which stand above the headline. `plainly`: only
 * what is plainly furniture goes — a short label or banner, a breadcrumb, a masthead in capitals
 * (`MAPLE CHINESE DAILY`) — where the headline was found by weaker evidence than a printed stack.
 */
// A press office's document names its form in the page header (`某局新闻发布材料`), over the headline.
const DOC_HEADER = /(?:新闻发布材料|新聞發佈材料|新闻发布稿|新聞發佈稿|新闻通稿|新聞通稿|发布材料|發佈材料|新闻稿|新聞稿|工作简报|工作簡報|信息专报|信息專報)$/u;

function dropFurniture(tree: Root, file: VFile, nodes: RootContent[], plainly: boolean): void {
  for (const n of nodes) {
    const t = text(n).trim();
    if (!chromeLike(n) || (plainly && !(t.length <= 12 || /[>›»|｜]|[\s\u3000][-–—][\s\u3000]/u.test(t) || /^[A-Z][A-Z&.' -]{3,40}$/u.test(t) || DOC_HEADER.test(t)))) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the page's banner or section label, before the headline" });
    tree.children.splice(tree.children.indexOf(n), 1);
  }
}

/**
 * A reader view prints the site's name on a line of its own between the headline and the byline
 * (`…1.3万次动物过路` / `晚江新闻网` / `文/…`): the line above the date is then the site, the source, and the
 * headline the line above it.
 */
function siteUnderHeadline(tree: Root, file: VFile, head: RootContent[], anchored: Paragraph | undefined): Paragraph | undefined {
  if (!anchored || !SITE_ONLY.test(text(anchored).trim())) return anchored;
  const above = head[head.indexOf(anchored) - 1];
  if (above?.type !== 'paragraph' || !headline(above, 6)) return anchored;
  const site = text(anchored).trim();
  const meta = metaOf(file);
  if (meta.source === undefined) meta.source = site;
  record(file, { rule: RULE, kind: 'moved', line: lineOf(anchored), text: site, to: meta.source === site ? "front matter: source (the site's name under the headline)" : "nowhere: the site's name under the headline, the front matter has a source" });
  tree.children.splice(tree.children.indexOf(anchored), 1);
  return above as Paragraph;
}


/**
 * A web page prints its time or source line right under the headline: the line nearest above the first
 * such line (which metadata has taken out) is the headline, whatever banner or site name stands above it.
 */
function anchoredHeadline(head: RootContent[], file: VFile): Paragraph | undefined {
  const dateLine = reportOf(file).changes.find((c) => c.rule === 'metadata' && c.kind === 'moved' && /^front matter: (?:published|source)/u.test(c.to ?? ''))?.line;
  if (dateLine === undefined) return undefined;
  // A deck (`——…见闻`) stands between headline and date line.
  const above = head.filter((n) => (lineOf(n) ?? Infinity) < dateLine && !/^[—－]/u.test(text(n).trim()));
  const last = above[above.length - 1];
  return last && headline(last, 6, true) && dateLine - (lineOf(last) ?? 0) <= 3 ? (last as Paragraph) : undefined;
}

const PART_LABEL = /^[\s\u3000]*(引题|肩题|副标题|副题|主标题)[\s\u3000]*[：:][\s\u3000]*(\S.{1,60})$/u;

/** `引题：…` / `副标题：…` before the text: the headline's parts, labelled as such by the page. */
function labelledParts(tree: Root, file: VFile, first: number): number | undefined {
  const meta = metaOf(file);
  let kickerAt: number | undefined;
  const kids = tree.children;
  for (let i = first; i < Math.min(kids.length, first + 8); i++) {
    const n = kids[i]!;
    if (n.type !== 'paragraph') continue;
    const m = PART_LABEL.exec(text(n));
    if (!m) continue;
    const key = /副/u.test(m[1]!) ? 'deck' : /引|肩/u.test(m[1]!) ? 'kicker' : 'title';
    if (meta[key] !== undefined) continue;
    meta[key] = tidySpaces(m[2]!.trim());
    record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: m[2]!.trim(), to: `front matter: ${key}` });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: m[1]!, to: `the label of the ${key}` });
    if (key === 'kicker') kickerAt = i;
    kids.splice(i--, 1);
  }
  return kickerAt;
}

// The browser's title of the page: the headline, then a separator and the site (`…_某某新闻网`, `… - 某某网`,
// `…--观点--某某网` as the Party papers' sites write it).
const SITE_SUFFIX = new RegExp(`^(.{4,}?)[\\s\\u3000]*(?:_|[|｜]|[\\s\\u3000][-–—][\\s\\u3000]|--|——)[\\s\\u3000]*(${SITE_NAME})$`, 'u');
// Two forms taken only where the headline stands again below: the site first (`某某晚报数字报-…`), and a dash
// with no spaces before the site (`…获一等奖-某某大学新闻网`).
const SITE_PREFIX = new RegExp(`^(${SITE_NAME})[\\s\\u3000]*(?:_|[|｜]|[-–—])[\\s\\u3000]*(.{4,})$`, 'u');
const TIGHT_SUFFIX = new RegExp(`^(.{4,}?)[-–—_|｜](${SITE_NAME})$`, 'u');

// Any name after the separator (`…_锐点科技`), where the text names the site again (its dateline, its copyright).
const ANY_SUFFIX = /^(.{4,}?)[\s\u3000]*(?:_|[|｜]|[\s\u3000][-–—][\s\u3000])[\s\u3000]*([\p{Script=Han}A-Za-z0-9·]{2,12})$/u;

function namedSuffix(value: string, source: string): RegExpExecArray | null {
  const m = ANY_SUFFIX.exec(value);
  if (!m || !/\p{Script=Han}/u.test(m[2]!)) return null;
  // `_` and `|` are how a site's pages join headline and site: the name found again in the text is enough.
  const joined = value.slice(m[1]!.length).trim();
  if (/^[_|｜]/u.test(joined)) return source.split(m[2]!).length > 2 ? m : null;
  // A dash may be the headline's own (`中国女排 - 日本女排`): the name must be named as a publisher is named: in its dateline (`某某科技 5 月 30 日消息`, `某某讯`), its copyright line
  // (`本文由某某原创`, `某某版权所有`) or as a source (`来源：某某`); a team named twice in the text is no site.
  const name = m[2]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const asPublisher = new RegExp(`${name}[\\s\\u3000]*(?:\\d{1,2}[\\s\\u3000]*月|讯|訊|消息|原创|原創|版权|版權|客户端|客戶端|App|APP)|本文由[\\s\\u3000]*${name}|(?:来源|來源)[：:][\\s\\u3000]*${name}`, 'u');
  return asPublisher.test(source) ? m : null;
}

const CHANNEL = /[\s\u3000]*(?:_|[|｜]|[\s\u3000][-–—][\s\u3000]|--|——)[\s\u3000]*[\p{Script=Han}A-Za-z0-9·]{2,10}$/u;

/**
 * Before the text, a line that is the page's title (the headline with the site's name after a separator)
 * is the browser's title, not the article's: where the headline follows it, it goes; alone, it loses the
 * site's name.
 */
function pageTitles(tree: Root, file: VFile, first: number): void {
  const kids = tree.children;
  for (let i = first; i < Math.min(kids.length, first + 8); i++) {
    const n = kids[i]!;
    if (n.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text') continue;
    const value = text(n).trim();
    // A page's title is a line, not a paragraph: a long one is text (and the patterns below need not read it).
    if (value.length > 200) continue;
    const again = (headline: string) => kids.slice(i + 1, i + 8).some((k) => (k.type === 'paragraph' || k.type === 'heading') && compactOf(text(k)) === compactOf(headline));
    const m = SITE_SUFFIX.exec(value) ?? namedSuffix(value, String(file.value));
    // `…_市县新闻_岱南网`: the channel's name stands between headline and site.
    const channel = m ? CHANNEL.exec(m[1]!) : null;
    if (m && channel) m[1] = m[1]!.slice(0, channel.index);
    const repeated = [m?.[1], SITE_PREFIX.exec(value)?.[2], TIGHT_SUFFIX.exec(value)?.[1]].some((h) => h !== undefined && again(h));
    if (repeated) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: value, to: "the page's title in the browser (the headline and the site's name)" });
      kids.splice(i, 1);
      return;
    }
    if (!m) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: value.slice(m[1]!.length), to: "the site's name after the headline" });
    (n.children[0] as { value: string }).value = m[1]!;
    return;
  }
}

/** The source line right above the block is another short label: the two are a menu, one link a line. */
function underLabel(n: RootContent, file: VFile): boolean {
  const line = lineOf(n);
  const lines = file.data.sourceLines ?? [];
  const above = line === undefined ? '' : (lines[line - 2] ?? '').trim();
  if (above !== '' && above.length <= 12 && !/[。！？，]/u.test(above)) return true;
  // The site's or app's own name, printed again in its header (`打开临溪融媒APP…`, `临溪融媒　2024-05-22`): a banner.
  const name = text(n).trim();
  return lines.slice(0, 10).some((l, k) => k !== (line ?? 0) - 1 && l.includes(name));
}

/**
 * A Markdown page (Firecrawl, a clipper) marks its headline as the one `#` heading; what a converter let through
 * above it — a skip link, the logo, the breadcrumb — is short, holds no sentence and is the site's. The chrome
 * goes and the `#` heading is read as any first heading is; a plain short name right above it (`书评`) is the
 * column's kicker. Nothing happens where a sentence or a second `#` stands before it.
 */
function chromeOverHeading(tree: Root, file: VFile, first: number): boolean {
  const kids = tree.children;
  const at = kids.findIndex((n, k) => k > first && k <= first + 6 && n.type === 'heading' && n.depth === 1);
  if (at < 0) return false;
  const meta = metaOf(file);
  const prev = kids[at - 1] as Paragraph;
  const name = text(prev).trim();
  const kicker = meta.kicker === undefined && /^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(name) && !looksLikePersonName(name) && !prev.children.some((c) => c.type === 'link') && (at - 1 === first || !/^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(text(kids[at - 2]!).trim()));
  // Chrome says so: a link, or a breadcrumb's separators. A plain line there (an 引题, an epigraph, a byline) is
  // the article's, and nothing is done.
  const chrome = (n: RootContent) => n.type === 'paragraph' && chromeLike(n) && (n.children.some((c) => c.type === 'link') || /[/>›»｜|]/u.test(text(n)));
  if (!kids.slice(first, kicker ? at - 1 : at).every(chrome)) return false;
  for (const n of kids.slice(first, kicker ? at - 1 : at)) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's chrome a page converter kept above the article's `#` headline" });
  if (kicker) {
    meta.kicker = name;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: name, to: 'front matter: kicker (a short name right above the headline)' });
  }
  kids.splice(first, at - first);
  return true;
}

function chromeLike(n: RootContent): boolean {
  if (n.type === 'heading' || n.type === 'list' || n.type === 'table' || n.type === 'thematicBreak' || n.type === 'html') return true;
  if (n.type !== 'paragraph') return false;
  const t = text(n).trim();
  return t.length <= 40 && !/[。！？]/u.test(t);
}

// `【云岭县启动防汛Ⅳ级应急响应】#话题# 7月11日…`: a post's headline in brackets at the start of its text.
const LEAD_TITLE = /^[\s\u3000]*【([^】]{6,40})】[\s\u3000]*/u;

function leadTitle(tree: Root, file: VFile, first: number): void {
  const node = tree.children[first];
  const lead = node?.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0] : undefined;
  const m = lead ? LEAD_TITLE.exec(lead.value) : null;
  if (!lead || !m || /[讯訊]$/u.test(m[1]!) || m[0].length >= lead.value.trimEnd().length) return;
  const meta = metaOf(file);
  meta.title = tidySpaces(halves(m[1]!.trim()));
  record(file, { rule: RULE, kind: 'moved', line: lineOf(node!), text: m[1]!, to: 'front matter: title (the post\'s bracketed headline)' });
  record(file, { rule: RULE, kind: 'removed', line: lineOf(node!), text: '【】', to: "the headline's brackets" });
  lead.value = lead.value.slice(m[0].length);
}

// (A series is named as one: `…访谈`, `…书单`, `…手记`; a clause after the bar, `多条地铁线路停运`, is the headline's.)
const BAR_SUFFIX = /^(.+?)[｜|]([\p{Script=Han}A-Za-z0-9·]{2,14})$/u;
const SERIES_NAME = /^[\p{Script=Han}A-Za-z0-9·]{0,6}(?:访谈|專訪|专访|对话|對話|观察|觀察|周刊|週刊|专栏|專欄|笔记|筆記|手记|手記|故事|书单|書單|书评|書評|影评|影評|时评|時評|快评|锐评|评论|評論|人物|特写|特寫|调查|調查|视点|視點|课堂|課堂|讲堂|講堂|夜读|夜讀|早读|早讀|随笔|隨筆|说法|說法|科普|速递|速遞|周报|週報|月报|月報|漫谈|漫談|闲话|閒話|杂谈|雜談|档案|檔案|日记|日記|纪事|紀事|读书|讀書|书房|書房|茶座|夜话|夜話)$/u;

/** A field found before (a clipper's summary as the deck) that the page's printed one replaces: reported, not lost. */
function displaced(meta: Record<string, unknown>, key: string, file: VFile, line: number | undefined): void {
  const before = meta[key];
  if (before === undefined) return;
  record(file, { rule: RULE, kind: 'removed', line, text: Array.isArray(before) ? before.join('、') : String(before), to: `front matter: ${key}, replaced by the one the page prints` });
}

function compactOf(s: string): string {
  return s.replace(/[\s\u3000\u00a0|｜*#]+/gu, '');
}

// A column label before a bar (`评论 | 严惩…`): the kicker of the title, not part of it.
// (A series' name may run to ten characters: `蓼川非遗进乡村｜百年皮影戏…`.)
const LABEL = /^([^\s|｜]{1,10})[\s\u3000]*[|｜][\s\u3000]*(.{6,})$/u;

/** A title given by the scrape's front matter: its column label becomes the kicker; spaces between its parts one U+3000. */
function splitGivenTitle(meta: Record<string, unknown>, file: VFile, opening: string[]): string | undefined {
  let title = String(meta.title).trim();
  const m = LABEL.exec(title);
  if (m && meta.kicker === undefined) {
    meta.kicker = m[1]!;
    record(file, { rule: RULE, kind: 'moved', text: m[1]!, to: 'front matter: kicker' });
    record(file, { rule: RULE, kind: 'removed', text: '|', to: 'the bar between column label and title' });
    title = m[2]!;
  }
  // A page title's site name after a bar (`… | 晴港新聞`): the site's, where the front matter names it as source
  // or it is short; the story's headline is what stands before it.
  const site = /[ \t]+[|｜][ \t]*([^|｜]{1,16})$/u.exec(title);
  if (site && site.index > 0 && (site[1]!.trim() === String(meta.source ?? '') || site[1]!.trim().length <= 8)) {
    record(file, { rule: RULE, kind: 'removed', text: site[0].trim(), to: "the site's name after the page title" });
    title = title.slice(0, site.index).trim();
  }
  // `先生走了，秋天还在——怀念宓汝舟老师`: a page title that runs the 副题 on after a dash, where the text prints
  // the two apart (the headline, then `——怀念…` under it). A title printed whole is one title.
  const dashed = /^([^—]{4,40}?)——([^—]{2,30})$/u.exec(title);
  let deck: string | undefined;
  if (dashed && meta.deck === undefined && opening.includes(compactOf(dashed[1]!)) && opening.includes(compactOf(`——${dashed[2]}`))) {
    title = dashed[1]!.trim();
    deck = dashed[2]!.trim();
    record(file, { rule: RULE, kind: 'removed', text: `——${deck}`, to: "the 副题 after the page title's dash (read from the text, or into deck)" });
  }
  const spaced = halves(title);
  if (spaced !== String(meta.title)) record(file, { rule: RULE, kind: 'changed', text: String(meta.title), to: spaced });
  meta.title = spaced;
  return deck;
}

/** The gap between a headline's halves, typed as spaces, made one U+3000. */
function halves(value: string): string {
  // (A half cannot open with a particle or a postposition and its 的: `一碗鱼圆汤 里的蕖州` is one phrase, the
  // space a line break of the layout.)
  return value.replace(/(?<=[\p{Script=Han}“”"「」《》！？])[ \u00a0\u3000]+(?=[\p{Script=Han}“”"「」《》])/gu, (m, at: number) => (/^(?:的|[里裡中上下内外]的)/u.test(value.slice(at + m.length)) ? '' : '\u3000'));
}

/**
 * A paragraph wholly in bold right under the title, before the text, is the deck (副题/提要): WeChat and
 * many sites set the summary line that way.
 */
/** Whether the next line of text in the source after `node` is a magazine's credit line. */
function creditBelow(file: VFile, node: RootContent): boolean {
  const lines = file.data.sourceLines ?? [];
  let k = node.position?.end.line ?? lines.length;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  return k < lines.length && magazineCredit(file, k + 1);
}

const DESCRIPTION_LABEL = /^(?:视频简介|視頻簡介|节目简介|節目簡介|视频介绍|視頻介紹|节目介绍|節目介紹)[：:]?$/u;

function takeDeck(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.deck !== undefined) return;
  const i = tree.children.findIndex((n) => n.type === 'paragraph' || n.type === 'heading');
  const node = tree.children[i];
  if (node?.type !== 'paragraph') return;
  // A video page labels its description (`视频简介` on a line of its own): the paragraph under the label is the deck.
  const label = DESCRIPTION_LABEL.exec(text(node).trim());
  const described = tree.children[i + 1];
  if (label && described?.type === 'paragraph' && /[。！？]$/u.test(text(described).trim()) && text(described).trim().length <= 200) {
    meta.deck = text(described).trim();
    record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: label[0], to: "the label of the page's description" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(described), text: String(meta.deck), to: 'front matter: deck (the labelled description)' });
    tree.children.splice(i, 2);
    return;
  }
  const value = text(node).trim();
  // Bold under the title, or a line that opens with a dash (`——浙江推进…见闻`): the 副题.
  const bold = node.children.length === 1 && node.children[0]!.type === 'strong';
  const dash = /^(——|－－|—|--)[\s\u3000]*/u.exec(value);
  // A sentence or two over a magazine's credit line (`文｜某某`): the feature's 提要.
  const told = !bold && !dash && sentenceDeck(value) && creditBelow(file, node);
  if (!bold && !told && !(dash && value.length <= 50 && !/[。！？]$/u.test(value))) return;
  // A bold label (`**编者按**`, `**导读：**`) heads what follows; it is no deck.
  // Nor is a bundle's first item head (`**【夏粮收购】…**`), its topic in brackets.
  if (bold && (countHan(value) < 6 || /[：:]$/u.test(value) || /^【[^】]{1,8}】/u.test(value))) return;
  const rest = tree.children.slice(i + 1).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 20);
  if (value.length === 0 || value.length > 100 || !rest) return;
  meta.deck = dash ? value.slice(dash[0].length) : value;
  if (dash) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: dash[1]!, to: "the deck's dash" });
  let taken = 1;
  // A speech's or report's deck, its date and occasion, printed over two lines (`——2024年1月10日在某镇…大会` /
  // `第四次会议上`): the short line under it without a mark of its own is the rest of it.
  const more = tree.children[i + 1];
  if (dash && more?.type === 'paragraph' && /(?:会议|大会|论坛|典礼|仪式|座谈会|会)?上$/u.test(text(more).trim()) && /^[\p{Script=Han}\d]{2,16}$/u.test(text(more).trim())) {
    meta.deck = `${meta.deck}${text(more).trim()}`;
    record(file, { rule: RULE, kind: 'joined', line: lineOf(more), text: `${value.slice(-8)}⏎${text(more).trim()}`, to: 'one deck, printed in two lines' });
    taken = 2;
  }
  record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: String(meta.deck), to: 'front matter: deck' });
  // Under a speech's deck, the speaker: a title and a name (`某镇人民政府镇长　龚砚秋`) is its byline.
  const speaker = tree.children[i + taken];
  const who = dash && speaker?.type === 'paragraph' ? SPEAKER.exec(text(speaker).trim()) : null;
  if (who && meta.byline === undefined && looksLikePersonName(who[2]!)) {
    meta.byline = who[2]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(speaker!), text: who[2]!, to: 'front matter: byline (the speaker under the deck)' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(speaker!), text: who[1]!.trim(), to: "the speaker's office, before the name" });
    taken++;
  }
  tree.children.splice(i, taken);
}

// `苕岭镇人民政府镇长　龚砚秋`: an office ending in a title word, a gap, a name.
const SPEAKER = /^([\p{Script=Han}]{2,24}(?:书记|镇长|县长|市长|省长|主任|主席|局长|厅长|部长|校长|院长|会长|董事长|总经理|理事长|区长|乡长|村长|社长)[\s\u3000]+)([\p{Script=Han}]{2,3})$/u;
