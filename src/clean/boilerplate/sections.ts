/**
 * boilerplate: the blocks the patterns name (`rules/boilerplate.yaml`, the book file's own), a related-links
 * section from its header to the text's end, a rule before the page's tail, and a rule left setting nothing apart.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { builtinEach, builtinMatcher, type Matcher } from '../patterns.ts';
import { accepted, apply, record, type Change } from '../report.ts';
import { compact, isDirective, lineOf, sourceText, text } from '../tree.ts';
import { countHan, endsOpen, STRAY_BETWEEN_HAN } from '../chars.ts';
import { labelledLine } from '../labelled-line.ts';
import { SITE_ONLY, looksLikeOrganisation } from '../organisations.ts';
import { drop, FLOOR_WORD, HOME_LINK, homeDropped, matches, RULE } from './shared.ts';

/**
 * A rule sets two parts of a text apart. Once the furniture round it has gone (a newsletter's banner between
 * two rules, its masthead above them), a rule that opens or closes the text, or follows another, sets nothing
 * apart: it goes too.
 */
export function strayRules(tree: Root, file: VFile): void {
  const kids = tree.children;
  const furniture = (n: RootContent) => n.type === 'yaml' || isDirective(n);
  // (A rule a text browser drew in characters, indented so that it reads as a paragraph, `     ------…`, is one too.)
  const drawn = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[-_=*━─]{10,}$/u.test(text(n).trim());
  const rule = (n: RootContent | undefined) => n?.type === 'thematicBreak' || drawn(n);
  const content = (n: RootContent | undefined) => n !== undefined && !furniture(n) && !rule(n);
  // What stands after each block, past furniture: read once, from the end.
  const after: (RootContent | undefined)[] = [];
  for (let i = kids.length - 1, next: RootContent | undefined; i >= 0; i--) {
    after[i] = next;
    if (!furniture(kids[i]!)) next = kids[i];
  }
  // A rule the rest of the page's tail is left under (`---` / `2号`, the end of a footer's licence number a break
  // cut off, the rest of the footer gone): the tail as the first pass reads it, short lines and no sentence, goes
  // with it, so that a second cleaning finds nothing more to take.
  const last = kids.findLastIndex((n) => rule(n));
  const tail: RootContent[] = last < 0 ? [] : kids.slice(last + 1).filter((n) => !furniture(n));
  const tailOnly = tail.length > 0 && tail.length <= 3 && tail.every((n) => n.type === 'paragraph' && text(n).trim().length <= 40 && !/[。！？!?][”’」』]?$/u.test(text(n).trim()))
    && kids.slice(0, last).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 10 && /[。！？]/u.test(text(n)));
  const kept: RootContent[] = [];
  let before: RootContent | undefined;
  kids.forEach((n, i) => {
    if (tailOnly && i > last && tail.includes(n) && apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "what is left of the page's tail under a rule (a signature, footer links)" })) return;
    if (tailOnly && i === last && apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "a rule before the page's tail (a signature, footer links)" })) return;
    if (rule(n) && !(content(before) && content(after[i])) && apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: 'a rule that sets nothing apart (what stood on its other side was removed)' })) return;
    kept.push(n);
    if (!furniture(n)) before = n;
  });
  tree.children = kept;
}


const FLOOR = new RegExp(`^${FLOOR_WORD}$`, 'u');
const POSTED = /^(?:发表于|發表於)\d{4}/u;
// A line of tags under the text, each a hashtag, apart by spaces (`#食物银行 #义工 #社区`); a post's `#话题#` opening
// its sentence is no such line.
// (A stray space or tab inside a tag, `#義\t工`, is the scrape's: the tags are apart by a space before `#`.)
const HASHTAGS = /^#[^#\s。！？，,.!?]{1,16}(?:[\s\u3000]+#[^#\s。！？，,.!?]{1,16}){1,}$/u;
// A WeChat album's tag, one link alone on its line (`[#以案说法](…appmsgalbum…)`): the account's, not the text's.
const albumTag = (node: Paragraph) => node.children.length === 1 && node.children[0]!.type === 'link' && /^#[^#\s。！？，,.!?]{1,16}$/u.test(text(node).trim());
const ONE_LINK = /^(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关报道|相關報導|延伸·?推荐|延伸推薦)[：:][\s\u3000]*\S.{3,}$/u;
const PAGE_FURNITURE = /^[—－\-–]?\d{1,4}[—－\-–]?$|^[（(](?:下转|上接|紧接|接|转|下轉|緊接|轉)第?[A-Z]?\d{1,3}版[）)]$/u;

// A paragraph of running text: a related-links box holds headlines, not this.
const isProse = (n: RootContent) => n.type === 'paragraph' && countHan(text(n)) >= 30 && /[。！？]/u.test(text(n));

/**
 * How many paragraphs of running text a section opened at `start` would remove, up to its stop. More than
 * two after a section's header is not a box of links: the header word was the text's own (do no harm).
 */
function proseInSection(children: RootContent[], start: number, stop: Matcher[]): number {
  let end = start + 1;
  // Distinct paragraphs: a box printed twice is one box (and dedupe, later, keeps one copy of it), even where
  // its second copy is cut in two: a paragraph that another holds whole is no new one.
  const prose = new Set<string>();
  const add = (s: string) => {
    for (const p of prose) {
      if (p.includes(s)) return;
      if (s.includes(p)) prose.delete(p);
    }
    prose.add(s);
  };
  // Past the third paragraph of prose the answer is known: stop looking (a long text must stay linear).
  // A paragraph cut in two (it ends without a full stop) is one paragraph, as page-break will make it.
  let open = '';
  while (end < children.length && prose.size <= 2 && !matches(stop, compact(children[end]!))) {
    const n = children[end]!;
    if (n.type === 'paragraph' && (open !== '' || isProse(n))) {
      open += compact(n);
      if (/[。！？”」]$/u.test(open)) {
        add(open);
        open = '';
      }
    }
    end++;
  }
  if (open !== '' && countHan(open) >= 30) add(open);
  return prose.size;
}

export function filterBlocks(children: RootContent[], file: VFile, block: Matcher[], section: Matcher[], stop: Matcher[]): RootContent[] {
  const out: RootContent[] = [];
  const skip = new Set<RootContent>();
  let inSection = false;
  let pageTurn = false;
  for (const [index, node] of children.entries()) {
    if (pageTurn && node.type === 'paragraph') {
      pageTurn = false;
      node.data = { ...node.data, gap: false };
    }
    if (node.type === 'yaml' || isDirective(node)) {
      out.push(node);
      continue;
    }
    // (A block a rule above took with it, or kept where it stands, is seen to already.)
    if (skip.has(node)) continue;
    const key = compact(node);
    if (inSection && !matches(stop, key)) {
      // The article's footnotes after its end mark (`（完）` / `1. 某某，是指…`), each called in the text (`[1]`): its own.
      if (notesOfText(node, out)) {
        out.push(node);
        continue;
      }
      // The article's own credit lines among the page's tail (`编辑｜某某` under the rule): the metadata rule's.
      const credit = node.type === 'paragraph' && text(node).trim().length <= 40 ? labelledLine(text(node).trim()) : undefined;
      if (credit?.some((f) => f.key === 'editor' || f.key === 'byline' || f.key === 'source' || f.key === 'credit')) {
        out.push(node);
        continue;
      }
      if (!drop(file, node, 'related-links section')) out.push(node);
      continue;
    }
    inSection = false;
    // A rule with no running text after it (a post's signature, a page's footer links): the rest of the page.
    // (Only a rule with twelve blocks or fewer after it is copied them: a long text's rules are not each a copy of the rest.)
    // (What a related-links header further down takes with it is no part of what the rule sets apart: the tail
    // is read to that header, as a second cleaning, which finds it gone, reads it.)
    const header = node.type === 'thematicBreak' ? children.findIndex((n, k) => k > index && (n.type === 'paragraph' || n.type === 'heading') && matches(section, headerKey(n))) : -1;
    const tailEnd = header < 0 ? children.length : header;
    const tail = node.type === 'thematicBreak' && tailEnd - index - 1 <= 12 ? children.slice(index + 1, tailEnd) : [];
    // (A tail follows a text: a rule under a line or two at the top, a forwarder's note, heads the page instead.)
    // (A whole sentence there that is no known furniture is the text's own last words: `爷爷今年九十岁了。`.)
    // (A link whose address a stray space broke, `[标题](https://…N  g==…)`, reads as its words: Markdown saw no link.)
    // (So does one a line break cut in two: its first line to the break, and what is left, an address's tail
    // with no word of text in it.)
    const words = (n: RootContent) => text(n).trim().replace(/^\[([^\[\]]{1,80})\]\((?:https?:\/\/)[^()\n]{1,500}\)?$/u, '$1').replace(/^[^\s\p{Script=Han}]*[=&/?#][^\s\p{Script=Han}]*$/u, '');
    // (Known furniture is furniture at any length: a footer's copyright, address and licence on one line.)
    const furnitureLike = (n: RootContent) => n.type === 'paragraph' && (matches(block, compact(n)) || (words(n).length <= 40 && !/[。！？!?][”’」』]?$/u.test(words(n))));
    if (tail.length > 0 && tail.length <= 12 && tail.every(furnitureLike) && proseInSection(children, index, stop) === 0 && index >= 2 && children.slice(0, index).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 10 && /[。！？]/u.test(text(n)))) {
      if (drop(file, node, "a rule before the page's tail (a signature, footer links)")) {
        inSection = true;
        continue;
      }
    }
    // `- END -`, a WeChat end mark, reads as Markdown as a list of one item (`END -`): a mark still, when its one line is.
    // (A line break may cut it, `- END` / ` -`: an empty item under it, the mark still.)
    const endMark = node.type === 'list' && node.children.filter((item) => text(item).trim() !== '').length === 1 && (node.position?.end.line ?? 0) - (node.position?.start.line ?? 0) <= 1 && key.length <= 12 && matches(section, key);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || endMark) {
      // A forum reply's floor on a line of its own (`沙发`, `3楼`) over its `发表于 …` line opens the replies.
      const floor = node.type === 'paragraph' && FLOOR.test(key) && POSTED.test(compact(children[index + 1] ?? node));
      const below = children[index + 1];
      if (node.type !== 'table' && (matches(section, headerKey(node)) || floor || (below !== undefined && cutLabel('section', node, below, file)))) {
        // `延伸閱讀：某某标题` carries its one link on its own line, set between paragraphs: that line goes,
        // alone, whatever text follows it (a headline, not a sentence).
        const oneLink = ONE_LINK.exec(text(node).trim());
        if (oneLink && !/[。！？!?]/u.test(oneLink[0].slice(oneLink[0].search(/[：:]/u)))) {
          if (!drop(file, node, 'a related link on a line of its own')) out.push(node);
          continue;
        }
        // `延伸阅读：蚊子只吸血吗？` over a paragraph that takes the question up: a box of the article's own, its head a
        // question its text answers. Kept, with a suggestion (a related link's headline may be a question too).
        const next = children[index + 1];
        if (oneLink && /[？?]$/u.test(oneLink[0]) && next !== undefined && isProse(next)) {
          const kept: Change = { rule: RULE, kind: 'suggested', line: lineOf(node), text: sourceText(file, node), to: 'a related link? A paragraph of text follows the question, so it reads as a box of the article and was kept' };
          if (!accepted(file, kept)) {
            record(file, kept);
            out.push(node);
            continue;
          }
        }
        // A side column's head and its list, a heading right under them (`热点推荐` / `1. …` / `# 标题`, the page's
        // ranking a text converter printed before the article): the column ends at the heading, whatever text follows.
        const list = children[index + 1];
        if (list?.type === 'list' && (children[index + 2]?.type === 'heading' || children[index + 2]?.type === 'thematicBreak') && !children.slice(0, index).some(isProse)) {
          if (drop(file, node, 'related-links section (a side column printed before the article)')) {
            if (!drop(file, list, 'related-links section (a side column printed before the article)')) out.push(list);
            skip.add(list);
            continue;
          }
        }
        const prose = proseInSection(children, index, stop);
        // (A line that is furniture whole, `往期回顾 PDF版下载` of an e-paper's toolbar, goes alone where the text
        // follows it, or where no text stands above it yet: a page's head opens no related list.)
        if ((prose > 2 || !children.slice(0, index).some(isProse)) && node.type === 'paragraph' && matches(block, key) && drop(file, node)) continue;
        const suggestion: Change = { rule: RULE, kind: 'suggested', line: lineOf(node), text: sourceText(file, node), to: `a related-links header? ${prose} paragraphs of running text follow it, so nothing was removed` };
        if (prose > 2 && !accepted(file, suggestion)) {
          record(file, suggestion);
          out.push(node);
          continue;
        }
        // A header the book file keeps heads no section to remove.
        if (drop(file, node, 'related-links section')) inSection = !ONE_LINK.test(text(node).trim());
        else out.push(node);
        continue;
      }
      // A mark alone on its line after text left open (`…远离河道、山坡和低洼地带` / `。`) is that sentence's end,
      // wrapped by a text browser: page-break joins it; only a mark between page furniture is the furniture's.
      // (So after a closing mark, a link's title cut out of its sentence: `…可查看` / `《某某办法》` / `。`.)
      const wrappedMark = /^[，、。；！？]+$/u.test(key) && out.at(-1)?.type === 'paragraph' && (endsOpen(text(out.at(-1)!)) || /[》”）」』)]$/u.test(text(out.at(-1)!).trimEnd()));
      // A post's counters copied from a desktop page, each label over its figure (`转发` / `312` / `评论` / `86`):
      // two such pairs at least, label and figure go together.
      if (node.type === 'paragraph' && counterPair(children, index) && (counterPair(children, index + 2) || counterPair(children, index - 2))) {
        if (drop(file, node, "a post's counter, its label over its figure")) {
          if (drop(file, children[index + 1]!, "a post's counter, its label over its figure")) skip.add(children[index + 1]!);
          continue;
        }
      }
      if (skip.has(node)) continue;
      // A row of empty cells a line break cut from its table (` |    |    |`): its bars, no word in them.
      if (node.type === 'paragraph' && /^[|｜]+$/u.test(key) && drop(file, node, "a table's row of empty cells, cut off from its table")) continue;
      // A footer wrapped at a comma (`未经…授权，` / `不得转载…。`): the two lines are one line of furniture. (So is a
      // menu wrapped at a bar between its links, `栏目首页 | 往期节目 |` / `栏目介绍 | 我要爆料`.)
      if (node.type === 'paragraph' && below?.type === 'paragraph' && !matches(block, key) && ((!below.data?.gap && /[，、|｜]$/u.test(key) && matches(block, key + compact(below))) || cutLabel('block', node, below, file))) {
        if (drop(file, node, 'page furniture wrapped over two lines')) {
          if (drop(file, below, 'page furniture wrapped over two lines')) skip.add(below);
          continue;
        }
      }
      // (An image's alt text in brackets, as pandoc's plain text and a text browser print it, that is furniture whole:
      // `[扫一扫在手机打开当前页]`, the QR code's.)
      const altFurniture = () => { const alt = /^\[([^[\]]{2,40})\]$/u.exec(key); return alt !== null && matches(block, alt[1]!); };
      const layout = node.type === 'paragraph' && !matches(block, key) ? (laidOutRow(block, node) ? "a row of the page's layout, each part of it furniture" : gluedMenu(children, index, block) ? "the site's menu, its links run together, between the page's furniture" : altFurniture() ? "an image's alt text in brackets, the page's furniture" : undefined) : undefined;
      if (!wrappedMark && (matches(block, key) || layout !== undefined || (node.type === 'paragraph' && (HASHTAGS.test(text(node).trim().replace(STRAY_BETWEEN_HAN, '')) || albumTag(node)))) && drop(file, node, layout)) {
        // A page number or running head marks a page turn, not a paragraph break: the text may run on.
        if (PAGE_FURNITURE.test(key)) pageTurn = true;
        continue;
      }
    } else if (node.type === 'list') {
      node.children = node.children.filter((item, k) => {
        if (!matches(block, compact(item))) return true;
        if (!drop(file, item as unknown as RootContent)) return true;
        if (k === 0 && HOME_LINK.test(compact(item))) homeDropped.add(node);
        return false;
      });
      if (node.children.length === 0) continue;
    } else if (node.type === 'blockquote') {
      node.children = filterBlocks(node.children, file, block, section, stop) as typeof node.children;
    }
    out.push(node);
  }
  return out;
}

const COUNTER_WORD = /^(?:转发|轉發|评论|評論|赞|贊|点赞|點讚|收藏|分享|阅读|閱讀|在看)$/u;
const FIGURE = /^[\d.,]+[万萬wWkK]?$/u;
/** A counter's label on its line with its figure on the next: `转发` / `312`. */
function counterPair(children: RootContent[], i: number): boolean {
  const [label, figure] = [children[i], children[i + 1]];
  return label?.type === 'paragraph' && figure?.type === 'paragraph' && COUNTER_WORD.test(compact(label)) && FIGURE.test(compact(figure));
}

// An ad's label, and the button that closes the ad card (`广告` / `雪季装备清仓…` / `了解详情`).
// (Its close button beside it, `广告 ×`.)
const AD_LABEL = /^(?:广告|廣告|推广|推廣|AD|Ad)[×✕]?$/u;
// An ad's words that end in its button (`…最高补贴40%，立即查看`, `…带你从分蜂学到取蜜，点击了解`).
const AD_CALL = /[，,、\s　]*(?:点击了解|點擊了解|立即查看|立即购买|立即購買|了解详情|了解詳情|查看详情|查看詳情|点击查看|點擊查看|立即抢购|立即搶購|立即领取|立即領取)[>›»]?$/u;
const AD_INLINE = /^(?:广告|廣告|推广|推廣|AD|Ad)[ \t\u3000]+([^ \t\u3000].{1,39})$/u;
const AD_BUTTON = /^(?:了解详情|了解詳情|查看详情|查看詳情|立即购买|立即購買|立即下载|立即下載|去看看|立即抢购|立即搶購|马上抢购|馬上搶購|立即领取|立即領取|点击进入|點擊進入|立即咨询|立即諮詢)$/u;

// A product card's lines between its name and its button: a price, a sale count.
const PRODUCT_LINE = /^(?:[¥￥][\d.,]{1,8}|已售[\d.]{1,6}[万萬]?件|月销[\d.]{1,6}[万萬]?|包邮|包郵)$|^[^。！？]{2,40}$/u;

/**
 * An ad card copied with the page: its label, a line or two of its own words, its button. Between the label and
 * the button the words are the ad's, whatever they say (`雪季装备清仓 冰刀头盔低至五折`): no sentence of a text.
 */
export function removeAdCards(tree: Root, file: VFile): void {
  const kids = tree.children;
  const line = (n: RootContent | undefined) => (n?.type === 'paragraph' ? compact(n) : undefined);
  const gone = new Set<RootContent>();
  // (Without a button, an ad set between two paragraphs of the text: the label and its one linked line,
  // `廣告` / `秋季限定｜南臺灣包車遊三天兩夜，早鳥85折`, the text going on under it.)
  const textual = (n: RootContent | undefined) => n?.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？」”]$/u.test(text(n).trim());
  for (let i = 0; i < kids.length; i++) {
    // (A text browser sets the label and the ad's linked words on one line: `广告 冬季户外羽绒服　领券立减200元`.)
    const inline = kids[i]?.type === 'paragraph' ? AD_INLINE.exec(text(kids[i]!).trim()) : null;
    // (The text under it may be a wrapped line, not yet joined to the rest of its sentence.)
    // (Or one whose words end in its button, a question in them or not: `推广 一箱蜂一年能赚多少？…，点击了解`.)
    const called = kids[i]?.type === 'paragraph' && /^(?:广告|廣告|推广|推廣)[ \t\u3000×✕]+\S/u.test(text(kids[i]!).trim()) && text(kids[i]!).trim().length <= 90 && AD_CALL.test(text(kids[i]!).trim());
    if (called || (inline && !/[。！？]/u.test(inline[1]!) && textual(kids[i - 1]) && kids[i + 1]?.type === 'paragraph' && countHan(text(kids[i + 1]!)) >= 20)) {
      gone.add(kids[i]!);
      continue;
    }
    if (!AD_LABEL.test(line(kids[i]) ?? '')) continue;
    // (A product card holds its name, its prices and its sales before the button: `¥59` / `¥89` / `已售2.1万件` /
    // `立即购买`; or the button closes the ad's one line, `…最高补贴40%，立即查看`.)
    const end = [i + 2, i + 3, i + 4, i + 5, i + 6, i + 7].find((k) => AD_BUTTON.test(line(kids[k]) ?? '') && kids.slice(i + 2, k).every((n) => PRODUCT_LINE.test(line(n) ?? ''))) ?? (kids[i + 1]?.type === 'paragraph' && text(kids[i + 1]!).trim().length <= 60 && AD_CALL.test(text(kids[i + 1]!).trim()) ? i + 1 : undefined) ?? (textual(kids[i - 1]) && textual(kids[i + 2]) ? i + 1 : undefined);
    if (end === undefined) continue;
    const words = end === i + 1 ? [kids[end]!] : kids.slice(i + 1, end);
    if (!words.every((n) => n.type === 'paragraph' && text(n).trim().length <= 60 && (!/[。！？]/u.test(text(n)) || AD_CALL.test(text(n).trim())))) continue;
    for (const n of kids.slice(i, end + 1)) gone.add(n);
    i = end;
  }
  if (gone.size > 0) tree.children = kids.filter((n) => !(gone.has(n) && drop(file, n, 'an ad card: its label, its words and its button')));
}

/**
 * A short label a line break cut in mid-word (`喜欢此内容的` / `人还喜欢`): the two lines, neither furniture
 * alone, make the whole of one pattern. (A pattern that would take a character more before or after them is no
 * evidence: it matches the start of a sentence as well.)
 */
function cutLabel(kind: 'block' | 'section', node: RootContent, below: RootContent, file: VFile): boolean {
  // (On the next source line: a blank line between, or a Markdown source's paragraphs, part what they are. But a
  // character or two cut off, `字` / blank / `号：大 中 小`, as a printed page's text spaces a row's spans, is no word.)
  const line = lineOf(node);
  if (node.type !== 'paragraph' || below.type !== 'paragraph' || line === undefined) return false;
  const [top, rest] = [compact(node), compact(below)];
  if (lineOf(below) !== line + 1 && !(top.length <= 2 && lineOf(below) === line + 2 && (file.data.sourceLines?.[line] ?? '').trim() === '')) return false;
  const joined = top + rest;
  // (The joined patterns first, one expression: most pairs of lines end here.)
  const all = builtinMatcher(kind);
  if (joined.length > 24 || /[，。！？；：,.!?;:]$/u.test(top) || matches(all, top) || matches(all, rest) || !matches(all, joined)) return false;
  return builtinEach(kind).some((p) => p.test(joined) && !p.test(`${joined}\u0001`) && !p.test(`\u0001${joined}`));
}

/** A header's words: a bold left open (`**往期推荐*`) leaves its marks as text, which are no part of them. */
function headerKey(node: RootContent): string {
  return compact(node).replace(/^[*_]{1,3}|[*_]{1,3}$/gu, '');
}

/**
 * A row of the page's layout that a text browser set out with runs of spaces, each part furniture: the site's name
 * and its menu (`某某镇人民政府      首页 | 政务公开 | …`), the footer's sponsor and its visitor counter (`主办：…
 * 今日访问：312　总访问：…`). Each part known furniture, but the site's name first, which needs no pattern, and
 * after it a row of short links between bars.
 */
function laidOutRow(patterns: Matcher[], node: Paragraph): boolean {
  const parts = text(node).trim().split(/[ \t\u00a0]{3,}/u);
  if (parts.length < 2 || parts.length > 4) return false;
  const bare = (p: string) => p.replace(/[\s\u3000\u00a0]+/gu, '');
  // (After the site's name, a run of short links between bars is its top links: `政务服务网 | 政务新媒体 | 智能客服`.)
  const named = SITE_ONLY.test(bare(parts[0]!)) || looksLikeOrganisation(bare(parts[0]!));
  const links = (p: string) => /^[^。！？，,|｜]{2,8}(?:[|｜][^。！？，,|｜]{2,8})+$/u.test(bare(p));
  return parts.every((p, k) => matches(patterns, bare(p)) || (k === 0 && named) || (k > 0 && named && links(p)));
}

/**
 * A menu a phone's copy ran together, its links glued (`就医指南专家介绍健康科普院务公开`), between two pieces of the
 * page's furniture above the text (a search button over it, the breadcrumb under it): the words alone tell no
 * menu from a kicker; its neighbours do.
 */
function gluedMenu(children: RootContent[], index: number, block: Matcher[]): boolean {
  const node = children[index]!;
  const t = text(node).trim();
  // (A body's or a site's name there is the logo's text, `某某钢铁集团有限公司`: the headline's rules read it.)
  // (The page's head: its first blocks.)
  if (!/^\p{Script=Han}{8,40}$/u.test(t) || index === 0 || index > 40 || looksLikeOrganisation(t) || SITE_ONLY.test(t)) return false;
  if (children.slice(0, index).some((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)))) return false;
  const [above, below] = [children[index - 1]!, children[index + 1]];
  const furniture = (n: RootContent | undefined) => n?.type === 'paragraph' && matches(block, compact(n));
  return furniture(above) && furniture(below);
}

/** A numbered list every item of which the text before it calls by its number (`…方案[1]。`): the text's notes. */
function notesOfText(node: RootContent, before: RootContent[]): boolean {
  if (node.type !== 'list' || !node.ordered) return false;
  const start = node.start ?? 1;
  const body = before.map((n) => text(n)).join('\n');
  return node.children.length <= 20 && node.children.every((_, k) => body.includes(`[${start + k}]`));
}
