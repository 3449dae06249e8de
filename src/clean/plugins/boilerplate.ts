/**
 * boilerplate: removes whole blocks that are page furniture — app banners, QR
 * prompts, video-player text, share/follow prompts, WeChat chrome,
 * navigation, trailing "related articles" sections and the site's trailing
 * column tag. The patterns are data (`rules/boilerplate.yaml`, extendable in
 * the book file); every removed block goes into the report with its line.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { builtinMatcher, toMatcher, type BoilerplatePatterns, type Matcher } from '../patterns.ts';
import { accepted, apply, record, type Change } from '../report.ts';
import { compact, isDirective, lineOf, sourceText, text } from '../tree.ts';
import { countHan, displayWidth, endsOpen, isHeadingLike, STRAY_BETWEEN_HAN } from '../chars.ts';
import { columnOf } from '../column.ts';
import { looksLikeOrganisation, SIGNED_DATE, SITE_ONLY } from '../organisations.ts';
import { labelledLine } from '../labelled-line.ts';
import { pressRelease } from '../headline/stacked.ts';

export const RULE = 'boilerplate';

export interface Options {
  patterns?: Partial<BoilerplatePatterns>;
  /** Remove a short, unpunctuated last line set apart by blank lines (a site's column tag). Default true. */
  trailingTag?: boolean;
  /** After the joins: only the paragraphs a join made whole (`返回搜狐，查` / `看更多`), against the block patterns. */
  late?: boolean;
}

export default function remarkBoilerplate(options: Options = {}) {
  // The built-in patterns, then the book file's (run in RE2: a pattern there cannot hang the build).
  const extra = options.patterns ?? {};
  const matchers = (key: 'block' | 'section' | 'section_stop') => [...builtinMatcher(key), ...(extra[key] ?? []).map((p) => toMatcher(p, true))];
  const block = matchers('block');
  const section = matchers('section');
  const stop = matchers('section_stop');
  if (options.late) {
    return (tree: Root, file: VFile) => {
      tree.children = tree.children.filter((node) => {
        if (node.type !== 'paragraph' || !node.data?.joined || !matches(block, compact(node))) return true;
        return !apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node), to: 'page furniture that a join made whole' });
      });
      strayRules(tree, file);
      neighbourBrief(tree, file);
      releaseContact(tree, file);
    };
  }
  return (tree: Root, file: VFile) => {
    removeBreadcrumbs(tree, file);
    removePagers(tree, file);
    removeMenus(tree, file);
    removeRunningHeads(tree, file);
    removeEmptyComments(tree, file, block);
    tree.children = filterBlocks(tree.children, file, block, section, stop);
    if (options.trailingTag !== false) removeTrailingTag(tree, file);
    const linkListEnd = removeTrailingLinkLists(tree, file);
    removeAccountMotto(tree, file);
    removeTrailingComments(tree, file);
    removeQrReadings(tree, file);
    removeVoteCards(tree, file);
    removeFooterFields(tree, file, linkListEnd);
    removeContentsList(tree, file);
    removeNextNotices(tree, file);
    removePageHeaderAfterText(tree, file);
  };
}

// A release's contact line: `联系人：某某	联系电话：0739-…`, `媒体联系人：某某`, `电话：… 邮箱：…`.
const CONTACT_FIELD = '(?:媒体联系人|媒體聯繫人|联系人|聯繫人|联系电话|聯繫電話|联系方式|聯繫方式|电话|電話|手机|手機|传真|傳真|电子邮箱|電子郵箱|邮箱|郵箱)[：:][\\s\\u3000]*[^\\s\\u3000：:。！？]{1,30}?(?:[\\u3000 ][^\\s\\u3000：:。！？]{1,20})?';
// (The fields apart by spaces, or glued where a converter dropped the tab between them: `联系人：某某联系电话：…`.)
const CONTACT_LINE = new RegExp(`^${CONTACT_FIELD}(?:[\\s\\u3000]*${CONTACT_FIELD}){0,4}$`, 'u');

/**
 * A press release closes with its contact for the press (联系人, 联系电话), after the text and its byline: the
 * release's paperwork, not its news. Only in a release (its label 新闻稿 or its form at its head), only the last
 * lines, each wholly such fields; a notice's contact for its readers is the notice's text and stays.
 */
function releaseContact(tree: Root, file: VFile): void {
  if (!pressRelease(file)) return;
  // Among the last blocks: a converter may print the document's notes after it.
  const from = Math.max(1, tree.children.length - 4);
  tree.children = tree.children.filter((n, k) => k < from || n.type !== 'paragraph' || !CONTACT_LINE.test(text(n).trim()) || !apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "a press release's contact for the press, after its text" }));
}

// A brief's own dateline: `本报讯（通讯员 某某）`, `本报5月9日讯`.
const BRIEF_DATELINE = /^[\s\u3000]*本[报報](?:\d{1,2}月\d{1,2}日)?[讯訊][\s\u3000]*[（(]/u;

/**
 * An e-paper page read whole sets the other stories of the page after the article: a brief under its own
 * headline at the end (`岘坪县举办茶叶加工技能竞赛` / `本报讯（通讯员 某某）5月9日，…`). A short headline line over a
 * paragraph that opens with the paper's dateline, after three paragraphs of the article at least and running to
 * its end, short beside it, is another story: it goes whole (reported). A subheading of the article is never
 * followed by a dateline; a bundle of briefs has no long article before its first.
 */
/**
 * An e-paper page read by pdftotext may set a brief of the next column in the middle of the article: its
 * headline (a line or two), its dateline (`本报讯（通讯员` / `某某）`, cut by the column) and its text, every line of
 * it far narrower than the article's column. The run goes whole (reported); the article goes on after it.
 */
function wedgedBrief(tree: Root, file: VFile): void {
  const { full } = columnOf(file);
  if (full === undefined) return;
  const kids = tree.children;
  const lines = file.data.sourceLines ?? [];
  const span = (n: RootContent): [number | undefined, number | undefined] => (n.type === 'paragraph' && n.data?.line !== undefined ? [n.data.line, n.data.lastLine ?? n.data.line] : [n.position?.start.line, n.position?.end.line]);
  const narrow = (n: RootContent) => {
    const [from, to] = span(n);
    if (from === undefined || to === undefined) return false;
    const own = lines.slice(from - 1, to).filter((l) => l.trim() !== '');
    return own.length > 0 && own.every((l) => displayWidth(l.trim()) <= full * 0.7);
  };
  const d = kids.findIndex((n, k) => k >= 4 && n.type === 'paragraph' && /^[\s\u3000]*本[报報](?:\d{1,2}月\d{1,2}日)?[讯訊]/u.test(text(n)));
  if (d < 0) return;
  // Its headline: one or two short lines without a mark, right above the dateline.
  let at = d;
  while (at > d - 2 && kids[at - 1]?.type === 'paragraph' && text(kids[at - 1]!).trim().length <= 16 && !/[。！？，；：]/u.test(text(kids[at - 1]!))) at--;
  if (at === d) return;
  // Above the headline, the article: sentences, in the wide column.
  const before = kids.slice(0, at).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)));
  if (before.length < 2 || before.some((n) => narrow(n))) return;
  // The dateline's tail (`某某）`), then the brief's narrow paragraphs.
  let end = d + 1;
  while (end < kids.length && kids[end]!.type === 'paragraph' && !/[。！？]/u.test(text(kids[end]!)) && text(kids[end]!).trim().length <= 12) end++;
  const body = end;
  while (end < kids.length && kids[end]!.type === 'paragraph' && narrow(kids[end]!) && /[。！？]/u.test(text(kids[end]!))) end++;
  // (Three lines of its text at least, and the article going on after it: else the rule after this one reads it.)
  const bodyLines = kids.slice(body, end).reduce((n, k) => n + ((span(k)[1] ?? 0) - (span(k)[0] ?? 0) + 1), 0);
  const after = kids.slice(end).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)) && !narrow(n));
  if (end === body || bodyLines < 3 || after.length === 0) return;
  const taken = kids.slice(at, end);
  if (!taken.every((n) => apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "another story of the e-paper's page (a brief in a narrower column, set inside the article by the text's reading order)" }))) return;
  kids.splice(at, end - at);
}

function neighbourBrief(tree: Root, file: VFile): void {
  wedgedBrief(tree, file);
  const kids = tree.children;
  const para = (n: RootContent | undefined): n is Paragraph | Heading => n?.type === 'paragraph' || n?.type === 'heading';
  const at = kids.findIndex((n, k) => k >= 3 && para(n) && text(n).trim().length <= 30 && !/[。！？，；]/u.test(text(n)) && kids[k + 1]?.type === 'paragraph' && BRIEF_DATELINE.test(text(kids[k + 1]!)));
  if (at < 0) return;
  // The brief's paragraphs: up to the end, or to a line of page furniture (short, no sentence).
  let end = at + 1;
  while (end < kids.length && kids[end]!.type === 'paragraph' && (end === at + 1 || /[。！？]/u.test(text(kids[end]!)))) end++;
  if (kids.slice(end).some((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)) && text(n).trim().length > 30)) return;
  const brief = kids.slice(at, end).reduce((n, k) => n + text(k).length, 0);
  const before = kids.slice(0, at).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)));
  if (end - at > 4 || brief > 600 || before.length < 3 || before.reduce((n, k) => n + text(k).length, 0) < 2 * brief) return;
  // Another dateline inside the article's text: a bundle of briefs, each of its own.
  if (before.some((n) => BRIEF_DATELINE.test(text(n))) && before.filter((n) => BRIEF_DATELINE.test(text(n))).length > 1) return;
  const taken = kids.slice(at, end);
  if (!taken.every((n) => apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "another story of the e-paper's page (a brief under its own headline and dateline, after the article)" }))) return;
  kids.splice(at, end - at);
}

// A document's distribution block (版记) and a page footer's field codes, as the source prints them.
const DOCUMENT_FOOT = /^(?:本期)?(?:报送|報送|抄送|抄报|抄報|分送|报|報|送|发|發)[：:]|共印\d{1,5}份|^第(?:PAGE)?\d{0,4}页/u;

/**
 * A Word document's text as catdoc or wvText print it ends with the page's header and footer, after the text
 * and after its distribution block: the body's name there (`湲水市桐荫街道办事处`) is the letterhead's, not the
 * document's sign-off, which stands above the block. Only a last line that names a body, with such a line of
 * the document's foot right above or under it in the source, goes.
 */
function removePageHeaderAfterText(tree: Root, file: VFile): void {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'paragraph' || !looksLikeOrganisation(text(last))) return;
  const lines = file.data.sourceLines ?? [];
  const at = lineOf(last);
  if (at === undefined) return;
  const near = (step: number) => {
    for (let k = at - 1 + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim() !== '') return lines[k]!.replace(/[\s\u3000]+/gu, '');
    return '';
  };
  if (!DOCUMENT_FOOT.test(near(-1)) && !DOCUMENT_FOOT.test(near(1))) return;
  if (drop(file, last, "the page header a word processor's text prints after the document's foot (its letterhead, no sign-off)")) tree.children.pop();
}

/**
 * A rule sets two parts of a text apart. Once the furniture round it has gone (a newsletter's banner between
 * two rules, its masthead above them), a rule that opens or closes the text, or follows another, sets nothing
 * apart: it goes too.
 */
function strayRules(tree: Root, file: VFile): void {
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
  const kept: RootContent[] = [];
  let before: RootContent | undefined;
  kids.forEach((n, i) => {
    if (rule(n) && !(content(before) && content(after[i])) && apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: 'a rule that sets nothing apart (what stood on its other side was removed)' })) return;
    kept.push(n);
    if (!furniture(n)) before = n;
  });
  tree.children = kept;
}

const matches = (ms: Matcher[], s: string) => ms.some((m) => m.test(s));
const FLOOR = /^(?:沙发|沙發|板凳|地板|\d{1,4}楼|\d{1,4}樓|\d{1,4}#)$/u;
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

function filterBlocks(children: RootContent[], file: VFile, block: Matcher[], section: Matcher[], stop: Matcher[]): RootContent[] {
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
    const key = compact(node);
    if (inSection && !matches(stop, key)) {
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
    const header = node.type === 'thematicBreak' ? children.findIndex((n, k) => k > index && (n.type === 'paragraph' || n.type === 'heading') && matches(section, compact(n))) : -1;
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
      if (node.type !== 'table' && (matches(section, key) || floor)) {
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
        const prose = proseInSection(children, index, stop);
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
      // A footer wrapped at a comma (`未经…授权，` / `不得转载…。`): the two lines are one line of furniture.
      const below = children[index + 1];
      if (node.type === 'paragraph' && below?.type === 'paragraph' && !below.data?.gap && /[，、]$/u.test(key) && !matches(block, key) && matches(block, key + compact(below))) {
        if (drop(file, node, 'page furniture wrapped over two lines')) {
          if (drop(file, below, 'page furniture wrapped over two lines')) skip.add(below);
          continue;
        }
      }
      if (!wrappedMark && (matches(block, key) || (node.type === 'paragraph' && (HASHTAGS.test(text(node).trim().replace(STRAY_BETWEEN_HAN, '')) || albumTag(node)))) && drop(file, node)) {
        // A page number or running head marks a page turn, not a paragraph break: the text may run on.
        if (PAGE_FURNITURE.test(key)) pageTurn = true;
        continue;
      }
    } else if (node.type === 'list') {
      node.children = node.children.filter((item) => {
        if (!matches(block, compact(item))) return true;
        return !drop(file, item as unknown as RootContent);
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

// A breadcrumb scraped one link a line leaves its separators alone on their lines (`>>` parses as an empty quote).
const SEPARATOR = /^[>»›→/|｜]+$/u;
const isSeparator = (n: RootContent | undefined) =>
  (n?.type === 'blockquote' && compact(n) === '') || (n?.type === 'paragraph' && SEPARATOR.test(compact(n)));
const isCrumb = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[^，。！？：:,.;；、]{1,10}$/u.test(compact(n));

/**
 * Before the text, short links alternating with separator lines are a breadcrumb (`人民网` / `>>` / `四川频道`):
 * the separators are the evidence, and the crumbs on either side of them go with them.
 */
function removeBreadcrumbs(tree: Root, file: VFile): void {
  const kids = tree.children;
  const bodyAt = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 30);
  const end = bodyAt < 0 ? Math.min(kids.length, 15) : bodyAt;
  const gone = new Set<RootContent>();
  for (let i = 0; i < end; i++) {
    if (!isSeparator(kids[i]) || !isCrumb(kids[i - 1]) || !isCrumb(kids[i + 1])) continue;
    gone.add(kids[i - 1]!).add(kids[i]!).add(kids[i + 1]!);
  }
  if (gone.size === 0) return;
  for (const n of gone) if (!drop(file, n, 'breadcrumb navigation')) gone.delete(n);
  tree.children = kids.filter((n) => !gone.has(n));
}

// A pager scraped one button a line: `共3页` / `上一页` / `1` / `2` / `3` / `下一页` (`首页`, `尾页`, `…`).
const PAGER_HEAD = /^(?:共[\s\u3000]*\d{1,3}[\s\u3000]*页|上一页|下一页|首页|尾页|上一頁|下一頁|尾頁)$/u;
const PAGER_ITEM = /^(?:\d{1,3}|共[\s\u3000]*\d{1,3}[\s\u3000]*页|上一页|下一页|首页|尾页|上一頁|下一頁|尾頁|…|\.\.\.)$/u;

/**
 * Each button of a pager on a line of its own, where a crawler stitched the pages of an article: the run goes
 * whole where it holds a pager's word and the page numbers 1, 2 … in order (a lone figure is anything else).
 */
function removePagers(tree: Root, file: VFile): void {
  const kids = tree.children;
  const gone = new Set<RootContent>();
  const plain = (n: RootContent | undefined) => (n?.type === 'paragraph' ? text(n).trim() : '');
  for (let i = 0; i < kids.length; i++) {
    if (!PAGER_ITEM.test(plain(kids[i]))) continue;
    let j = i;
    while (j < kids.length && j < i + 24 && PAGER_ITEM.test(plain(kids[j]))) j++;
    const run = kids.slice(i, j).map(plain);
    const numbers = run.filter((t) => /^\d+$/u.test(t)).map(Number);
    if (run.some((t) => PAGER_HEAD.test(t)) && numbers.length >= 2 && numbers.every((n, k) => n === k + 1)) for (const n of kids.slice(i, j)) gone.add(n);
    i = j - 1;
  }
  if (gone.size === 0) return;
  for (const n of gone) if (!drop(file, n, 'a pager, one button a line')) gone.delete(n);
  tree.children = kids.filter((n) => !gone.has(n));
}

// A site's menu in one line: its links apart by spaces or bars (`首页　政务公开　政务服务　互动交流`).
// (A link may join two words with an ampersand: `政策解读&问答`.)
const MENU_ITEM = /^(?:[\p{Script=Han}A-Za-z]{2,6}|[\p{Script=Han}]{2,4}[&＆][\p{Script=Han}]{2,4})$/u;
const NOT_MENU_CHAR = /[^\p{Script=Han}A-Za-z\s\u3000|｜·•&＆]/u;
// (Tried from the first of the separators only: from each in turn, a long run of them costs its square.)
const APP_LINK = /(?<![\s\u3000|｜])[\s\u3000|｜]+(?:下载|下載)[“"「]?[\p{Script=Han}A-Za-z]{2,8}[”"」]?(?:客户端|客戶端|APP|App|app)?[\s\u3000]*$/u;
// What a site's top bar offers besides its sections: its app, a contributor's form, a login, other versions.
const SITE_SERVICE = /^(?:下载|下載|APP|App|下载APP|下載APP|客户端下载|客戶端下載|下载客户端|下載客戶端|客户端|客戶端|在线投稿|在線投稿|我要投稿|投稿|网上投稿|網上投稿|登录|登錄|注册|註冊|手机版|手機版|移动版|移動版|English|无障碍|無障礙|无障碍浏览|無障礙瀏覽|关怀版|關懷版|长者模式|長者模式|简体|簡體|繁體|繁体|数字报|數字報|电子报|電子報|网站导航|網站導航)$/u;
const SITE_HOME = /^[\p{Script=Han}]{2,8}?(?:网|網|新闻|新聞|客户端|客戶端)(?:首页|首頁)$/u;
// An empty box a text browser draws for a form's control: `[ ]`, `[    ]` (a select, a checkbox, an input).
const FORM_BOX = /\[[ \u00a0]{1,40}\]/u;

// A header's telephone field: `急救电话：120`, `预约电话：0771-6238115`.
const PHONE_FIELD = /^\p{Script=Han}{0,8}(?:电话|電話|热线|熱線)[：:][\s\u3000]*[\d()（）-]{3,20}$/u;

// The site's name alone on the line over its menu: the logo's text.
const SITE_NAME = /^[\p{Script=Han}]{2,8}?(?:网|網|新闻网|新聞網|客户端|客戶端|融媒)$/u;

/** A menu opens with the home link; above the text, five short links in a row are one too (below it, names). */
function isMenu(raw: string, aboveText: boolean): boolean {
  // A character that is neither a separator nor a link's letter fails an item: a sentence (a mark in it) is
  // known at once, without cutting every paragraph into words.
  // (An ampersand a sanitizer escaped twice, `政策解读&amp;问答`, is the link's ampersand.)
  raw = raw.replace(/&amp;/gu, '&');
  // A top bar's last link, to its app, may name the app in quotes (`浈溪广电网　直播浈溪　下载“浈溪通”`).
  const app = aboveText && (raw.includes('下载') || raw.includes('下載')) ? APP_LINK.exec(raw) : null;
  if (app) raw = `${raw.slice(0, app.index)}\u3000下载客户端`;
  if (NOT_MENU_CHAR.test(raw)) return false;
  // A home link spaced out to the width of the others (`首  页   走进桑湾   …`) is one link.
  raw = raw.replace(/^([\s\u3000]*(?:首|主))[ \u3000\u00a0]{1,2}(页|頁)(?=[\s\u3000])/u, '$1$2');
  // Links apart by ideographic spaces or bars: a space or a tab inside one (`网\t站首页`) is the scrape's stray.
  const byIdeographic = raw.trim().split(/[\u3000|｜·•]+/u).filter((t) => t.trim() !== '');
  const items = (byIdeographic.length >= 4 ? byIdeographic.map((t) => t.replace(/\s+/gu, '')) : raw.trim().split(/[\s\u3000|｜·•]+/u)).filter(Boolean);
  // (`溦州新闻网首页 | 客户端下载 | 数字报`: the home link named with the site's name, a menu of three.)
  const siteHome = aboveText && items.length >= 3 && SITE_HOME.test(items[0]!);
  if (!items.every((t, k) => MENU_ITEM.test(t) || (k === 0 && siteHome))) return false;
  // (`淇口新闻网 客户端下载 在线投稿`: the site's name, then only its own services, a top bar of three.)
  const serviceBar = aboveText && items.length >= 3 && SITE_NAME.test(items[0]!) && items.slice(1).every((t) => SITE_SERVICE.test(t));
  // (A menu's last links may be longer: `下载客户端`, `登录`.)
  return serviceBar || (app !== null && items.length >= 3) || (items.length >= 4 && /^(首页|網站首頁|网站首页|主页|主頁|首頁)$/u.test(items[0]!)) || siteHome || (aboveText && items.length >= 5 && items.filter((t) => t.length <= 4).length >= items.length * 0.8);
}

function removeMenus(tree: Root, file: VFile): void {
  const kids = tree.children;
  // (A headline that asks, `…一楼业主说“不”怎么办？ - 案例评析 - 某某网`, is no text yet: a sentence has a full
  // stop, or is long.)
  const bodyAt = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 10 && (/。/u.test(text(n)) || (countHan(text(n)) >= 30 && /[！？]/u.test(text(n)))));
  // Above the text, four or more links one a line (`首页` / `宏观` / `金融` / `公司`): a menu scraped line by line.
  const link = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z]{2,4}$/u.test(text(n).trim());
  // (A drop-down's items one a line sit inside a row of top links, `首页 中心概况 交易信息` / `工程建设` / … /
  // ` 政策法规 网上办事`: a row of short links joins the run, which still needs three single ones.)
  const row = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z]{2,6}(?:[ \u3000\u00a0]+[\p{Script=Han}A-Za-z]{2,6}){1,7}$/u.test(text(n).trim());
  // (So does a header's telephone a PDF's text reads among them as a column: `急救电话：120`.)
  const phone = (n: RootContent | undefined) => n?.type === 'paragraph' && PHONE_FIELD.test(text(n).trim());
  const inRun = new Set<RootContent>();
  for (let i = 0; i < bodyAt; i++) {
    let j = i;
    // (Blank lines may part the links, three at most: a PDF's text or a page's text nodes print each as a block.)
    while (j < bodyAt && (link(kids[j]) || row(kids[j]) || (j > i && phone(kids[j]))) && (j === i || (lineOf(kids[j]!) ?? -9) - (lineOf(kids[j - 1]!) ?? -99) <= 4)) j++;
    while (j > i && phone(kids[j - 1])) j--;
    if (j - i >= 4 && kids.slice(i, j).filter(link).length >= 3) {
      for (let k = i; k < j; k++) inRun.add(kids[k]!);
      // (The logo's text over it: the site's name, or the body's whose site it is, `某某市第二人民医院`.)
      const logo = kids[i - 1];
      if (logo?.type === 'paragraph' && (SITE_NAME.test(text(logo).trim()) || (looksLikeOrganisation(text(logo).trim()) && text(logo).trim().length <= 20)) && lineOf(logo) === (lineOf(kids[i]!) ?? -9) - 1) inRun.add(logo);
    }
    i = Math.max(i, j - 1);
  }
  tree.children = kids.filter((n, i) => {
    if (inRun.has(n)) return !drop(file, n, "the site's menu, one link a line");
    // A text browser's form control above the text, an empty box (`[ ] ——站群导航——`, `[ ] 某某县人民政府`): a
    // site-group select, a search box; the line holds no sentence.
    if (i < bodyAt && n.type === 'paragraph' && FORM_BOX.test(text(n)) && !/[。！？]/u.test(text(n)) && text(n).trim().length <= 160) return !drop(file, n, "a form's control in the page's header, as a text browser draws it");
    // A logo's alt text in brackets above the text (pandoc's plain text, a text browser: `[某某县人民政府]`).
    const logo = i < bodyAt && n.type === 'paragraph' ? /^\[([^\[\]]{2,30})\]$/u.exec(text(n).trim()) : null;
    if (logo && (looksLikeOrganisation(logo[1]!) || SITE_ONLY.test(logo[1]!))) return !drop(file, n, "the site's logo, its alt text in brackets");
    // (A page's staff in a row, `编辑 某某 视觉 某某 校对 某某`, is the metadata rule's, no menu.)
    return !(n.type === 'paragraph' && isMenu(text(n), i < bodyAt) && !labelledLine(text(n).trim())?.some((f) => f.key === 'editor' || f.key === 'byline') && drop(file, n, "the site's menu, its links in one line"));
  });
}

const HEAD_LINE_MAX = 30;

/**
 * The source lines that repeat, as a run of two or more short unpunctuated lines, a run printed earlier: a
 * page's running head (paper, date, page label) that a scrape of several pages carries into the text. A
 * repeated question or refrain is one line among sentences, never such a run.
 */
export function runningHeadLines(lines: string[]): Set<number> {
  const keys = lines.map((l) => {
    const k = l.replace(/[\s\u3000\u00a0]+/gu, '');
    return k.length >= 2 && k.length <= HEAD_LINE_MAX && !/[。！？；!?;，,]/u.test(k) && /[\p{Script=Han}\d]/u.test(k) ? k : undefined;
  });
  // Each pair of lines against its first copy only: linear however often a page repeats (a 50 MB book).
  const firstPair = new Map<string, number>();
  const found = pageHeads(lines, keys);
  keys.forEach((k, i) => {
    const next = keys[i + 1];
    if (k === undefined || next === undefined) return;
    const pair = `${k}\n${next}`;
    const j = firstPair.get(pair);
    if (j === undefined) firstPair.set(pair, i);
    else if (j + 1 < i) found.add(i + 1).add(i + 2);
  });
  return found;
}

// A page's number on a line of its own, as PDF text leaves it: — 2 —, - 2 -, 第2页, 第2页 共5页, 2/5.
const PAGE_NUMBER = /^(?:[—－\-–]\s*\d{1,4}\s*[—－\-–]|第\s*\d{1,4}\s*[页頁](?:\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*\/\s*\d{1,4})$/u;

/**
 * A PDF's running head (or foot) of one line: a short line next to a page break — a form feed opens it, or a
 * page number stands just before or after it (blank lines aside) — printed so on two pages or more.
 */
function pageHeads(lines: string[], keys: (string | undefined)[]): Set<number> {
  const near = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim() !== '') return PAGE_NUMBER.test(lines[j]!.trim());
    return false;
  };
  // The first page opens at the file's first line, with no form feed or number before it: where the text is
  // paged (a form feed or a page number in it), that line is a page's first as well.
  const first = lines.findIndex((l) => l.trim() !== '');
  const paged = first >= 0 && lines.some((l) => l.includes('\f') || PAGE_NUMBER.test(l.trim()));
  const at = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k !== undefined && (lines[i]!.startsWith('\f') || near(i, -1) || near(i, 1) || (paged && i === first))) (at.get(k) ?? at.set(k, []).get(k)!).push(i + 1);
  });
  const found = new Set<number>();
  for (const lineNos of at.values()) if (lineNos.length >= 2) for (const n of lineNos) found.add(n);
  // (The first page's copy is left to metadata and title-parts to read, as a header's first copy is: a
  // magazine's name and issue.)
  if (paged) found.delete(first + 1);
  for (const n of numberedHeads(lines, keys)) found.add(n);
  return found;
}

// A running head that carries its page's number at one end (`18 茶业流通 2024年第2期`, `会长访谈 19`).
// The space may be gone (letter-spacing takes it from between a figure and a Han character).
const NUMBERED_HEAD = /^(\d{1,4})(?:[\s\u3000]+|(?=\p{Script=Han}))\S.*\S$|^\S.*(?:\S[\s\u3000]+|\p{Script=Han})(\d{1,4})$/u;

/**
 * A paged text (form feeds between its pages) whose pages open with a short line numbered at one end, the
 * numbers running on from page to page (18, 19 …): those lines are the running heads of a book or journal,
 * the verso's and the recto's, different in their words but one series in their numbers.
 */
function numberedHeads(lines: string[], keys: (string | undefined)[]): number[] {
  const opens: number[] = [];
  let fresh = true;
  lines.forEach((l, i) => {
    if (l.includes('\f')) fresh = true;
    if (l.replace(/\f/gu, '').trim() === '') return;
    if (fresh) opens.push(i);
    fresh = false;
  });
  if (opens.length < 2) return [];
  const numbers = opens.map((i) => {
    const m = keys[i] === undefined ? null : NUMBERED_HEAD.exec(lines[i]!.replace(/\f/gu, '').trim());
    return m ? Number(m[1] ?? m[2]) : undefined;
  });
  const heads: number[] = [];
  numbers.forEach((n, k) => {
    const run = n !== undefined && (numbers[k - 1] === n - 1 || numbers[k + 1] === n + 1);
    if (run) heads.push(opens[k]! + 1);
  });
  return heads;
}

/** A later copy of a run of header lines goes: the first copy is left to metadata and title-parts to read. */
function removeRunningHeads(tree: Root, file: VFile): void {
  const lines = runningHeadLines(file.data.sourceLines ?? []);
  if (lines.size === 0) return;
  tree.children = tree.children.filter((n) => {
    const line = lineOf(n);
    const single = n.type === 'paragraph' && !text(n).includes('\n');
    return !(single && line !== undefined && lines.has(line) && drop(file, n, "a running head repeated from an earlier page (the page's header lines)"));
  });
}

/** Reports a block's removal; false when the book file keeps it (the caller then keeps the block). */
function drop(file: VFile, node: RootContent, why?: string): boolean {
  return apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), ...(why ? { to: why } : {}) });
}

// An account's sign-off under its QR code at the foot (`某某法院 · 守护公平正义`): its name, a dot, its motto.
const ACCOUNT_MOTTO = /^([\p{Script=Han}A-Za-z]{2,16}?)[\s\u3000]*[·•|｜][\s\u3000]*(\p{Script=Han}{4,10})$/u;

/** After the text's last sentence, a body's or a site's name with its motto after a dot goes: the account's sign-off. */
function removeAccountMotto(tree: Root, file: VFile): void {
  const lastText = tree.children.findLastIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  if (lastText < 0) return;
  tree.children = tree.children.filter((n, i) => {
    if (i <= lastText || n.type !== 'paragraph') return true;
    const m = ACCOUNT_MOTTO.exec(text(n).trim());
    return !(m && (looksLikeOrganisation(m[1]!) || SITE_ONLY.test(m[1]!)) && drop(file, n, "the account's name and motto at its foot"));
  });
}

/**
 * After the article's last paragraph of text, a list whose every item is a link and nothing else is a list
 * of related articles or navigation, whatever it is headed: the link density says so, not its wording. A
 * heading right over it (`### 协会新闻`) heads that list, not the text. Returns the last line of the last such
 * list after the text.
 */
function removeTrailingLinkLists(tree: Root, file: VFile): number | undefined {
  const lastText = tree.children.findLastIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20);
  if (lastText < 0) return undefined;
  let end: number | undefined;
  const headings = new Set<RootContent>();
  // Before the text, a list of short links (`* [首页][1]` / `* [要闻][2]` …) is the site's menu.
  const firstText = tree.children.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  let masthead: RootContent | undefined;
  tree.children = tree.children.filter((node, i) => {
    const menu = i < firstText && node.type === 'list' && node.children.length >= 2 && node.children.every((item) => text(item).trim().length <= 8);
    if ((i <= lastText && !menu) || node.type !== 'list' || node.children.length < 2) return true;
    const linksOnly = node.children.every((item) => {
      const kids = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0]!.children : [];
      const inner = kids.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
      return inner.length === 1 && inner[0]!.type === 'link';
    });
    // Rendered as text (pandoc's plain output drops the links): the site's menu of short names before the
    // text, or its footer's own words after it.
    // (A stray space inside a name, `新闻中 心`, is the scrape's: whitespace takes it out later.)
    const names = node.children.map((item) => text(item).trim().replace(STRAY_BETWEEN_HAN, ''));
    const plainMenu = names.every((t) => MENU_ITEM.test(t)) && (i < firstText ? menu && names.length >= 4 : names.every((t) => FOOTER_LINK.test(t)));
    if (!linksOnly && !plainMenu) return true;
    if (!drop(file, node, i < firstText ? "the site's menu, a list of links before the article" : 'a list of links after the article (related articles or navigation)')) return true;
    if (i < firstText) masthead = tree.children[i - 1];
    else {
      end = node.position?.end.line;
      const head = tree.children[i - 1];
      if (i - 1 > lastText && head?.type === 'heading') headings.add(head);
    }
    return false;
  });
  tree.children = tree.children.filter((n) => !(headings.has(n) && drop(file, n, 'the heading of a list of links after the article')));
  // The site's name printed over its menu, the page's first line (`某某集团有限公司` / `* 首页` …): its masthead.
  if (masthead?.type === 'paragraph' && tree.children.indexOf(masthead) === 0 && (looksLikeOrganisation(text(masthead)) || SITE_ONLY.test(text(masthead).trim()))) {
    if (drop(file, masthead, "the site's name over its menu")) tree.children.shift();
  }
  return end;
}

// A comment's time, alone on its line under the reader's name (`2024-08-12 09:47`, `08-12 09:47`, `3小时前`).
const COMMENT_TIME = /^(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]*\d{1,2}:\d{2})?|(?:昨天|前天|今天)[ \u3000]*\d{1,2}:\d{2}|\d{1,2}(?:分钟|小时|小時|天)前)(?:[ \u3000]*(?:来自|來自|发布于|發佈於|IP属地[：:]?)[\p{Script=Han}A-Za-z]{1,8})?$/u;

/**
 * Readers' comments copied after the article with no header over them (trafilatura keeps them so): each is a
 * reader's name, the time alone on the next line, then the words. Two such comments at least, at the very end,
 * after the text's last sentence: the name lines are short and say nothing, the times are alone on their lines.
 * Removed from the first reader's name on, each comment whole.
 */
function removeTrailingComments(tree: Root, file: VFile): void {
  const kids = tree.children;
  const para = (n: RootContent | undefined) => (n?.type === 'paragraph' ? text(n).trim() : undefined);
  const times = kids.flatMap((n, i) => (COMMENT_TIME.test(para(n) ?? '') ? [i] : []));
  if (times.length < 2) return;
  // The comments run to the end, one after another: between two times, the words of one comment (three lines
  // at most) and the next reader's name.
  let k = times.length - 1;
  if (kids.length - 1 - times[k]! > 3) return;
  while (k > 0 && times[k]! - times[k - 1]! >= 3 && times[k]! - times[k - 1]! <= 5) k--;
  const comments = times.slice(k);
  const start = comments[0]! - 1;
  if (comments.length < 2 || start < 1) return;
  // Each time stands under a name (short, no mark of a sentence) and over the words of a comment.
  const named = comments.every((t) => { const name = para(kids[t - 1]); return name !== undefined && name.length <= 16 && !/[，。！？：:、]/u.test(name) && para(kids[t + 1]) !== undefined; });
  // Above them, the text's end: a sentence, or the editor's line that closes it.
  const above = kids.slice(0, start).filter((n) => n.type === 'paragraph' || n.type === 'heading' || n.type === 'list' || n.type === 'table');
  if (!named || !above.some((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)))) return;
  const gone = kids.slice(start).filter((n) => drop(file, n, "readers' comments copied after the article (a name, a time, the words)"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

/**
 * A QR code printed under a notice, read by OCR as text: two to four short lines of characters that make no
 * words, the code's corner squares read as `回` (`回 蓑 回` / `躔 婴 犟` / `回 舀 E`). Two `回` at least among
 * the lines, each line six characters or fewer with no mark of a sentence: the code's, removed whole.
 */
function removeQrReadings(tree: Root, file: VFile): void {
  const kids = tree.children;
  const short = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[^\s，。、；：！？,.;:!?“”]{2,6}$/u.test(text(n).replace(/[ \u3000]/gu, ''));
  for (let i = 0; i < kids.length; i++) {
    let j = i;
    while (j < kids.length && j - i < 4 && short(kids[j])) j++;
    const run = kids.slice(i, j);
    const squares = run.map((n) => (text(n).match(/回/gu) ?? []).length).reduce((a, b) => a + b, 0);
    if (run.length < 2 || squares < 2 || !/^回/u.test(text(run[0]!).trim())) continue;
    const gone = run.filter((n) => drop(file, n, "a QR code read by OCR as characters (its corner squares as 回)"));
    tree.children = kids.filter((n) => !gone.includes(n));
    return;
  }
}

/**
 * A newsletter's contents at its top (`【本期导读】` / `1. 市图书馆夜间开放…` / `2. …`): a list before the first
 * paragraph of text whose items are the headlines printed again below, half of them at least, two or more.
 * The list goes, with the short line that heads it.
 */
// A comment box's heading (`评论`), over the box's prompt to be the first (`暂无评论，快来抢沙发吧~`).
const COMMENT_HEAD = /^(?:评论|評論|留言|评论区|評論區|网友评论|網友評論|全部评论|全部評論)(?:[（(]0[）)]|0)?[：:]?$/u;

/**
 * The heading of an empty comment box: `评论` alone may head a section of the text (do no harm), but over a line
 * the block patterns know as furniture (the box's prompt, `暂无评论…`) it is the box's. The prompt goes by its
 * pattern; the heading goes here.
 */
function removeEmptyComments(tree: Root, file: VFile, block: Matcher[]): void {
  const kids = tree.children;
  tree.children = kids.filter((n, i) => !((n.type === 'heading' || n.type === 'paragraph') && COMMENT_HEAD.test(text(n).trim()) && kids[i + 1]?.type === 'paragraph' && matches(block, compact(kids[i + 1]!)) && drop(file, n, 'the heading of an empty comment box')));
}

// A WeChat vote card copied one item a line: its question, its kind (`单选`), its options, its button (`投票`).
const VOTE_KIND = /^(?:单选|單選|多选|多選|单选题|單選題|多选题|多選題)(?:[（(]?最多(?:可)?选\d{1,2}项[）)]?)?$/u;
const VOTE_BUTTON = /^(?:投票|投 票|提交|立即投票|确认投票|確認投票|查看结果|查看結果)$/u;

/**
 * A poll in the text: the kind's word on a line of its own, two to eight short options one a line, the button
 * under them (and the question above, a line that asks). The reader's form, not the article.
 */
function removeVoteCards(tree: Root, file: VFile): void {
  const kids = tree.children;
  const short = (n: RootContent | undefined) => n?.type === 'paragraph' && text(n).trim().length <= 24 && !/[。！]/u.test(text(n));
  const cut = new Set<RootContent>();
  for (let i = 0; i < kids.length; i++) {
    if (kids[i]!.type !== 'paragraph' || !VOTE_KIND.test(text(kids[i]!).trim())) continue;
    let j = i + 1;
    while (j < kids.length && j - i <= 9 && short(kids[j]) && !VOTE_BUTTON.test(text(kids[j]!).trim())) j++;
    if (j - i - 1 < 2 || kids[j]?.type !== 'paragraph' || !VOTE_BUTTON.test(text(kids[j]!).trim())) continue;
    const question = kids[i - 1];
    const from = question?.type === 'paragraph' && text(question).trim().length <= 40 && /[？?]$/u.test(text(question).trim()) ? i - 1 : i;
    for (let k = from; k <= j; k++) cut.add(kids[k]!);
    i = j;
  }
  if (cut.size > 0) tree.children = kids.filter((n) => !(cut.has(n) && drop(file, n, 'a poll: its question, its options and its button')));
}

// A site's footer fields, one a line (`医院地址：…`, `邮编：530716`), and the lines that only a footer holds.
// (The body's name may open the line, a space before its field: `某某协会 协会QQ群：…`.)
const FOOTER_FIELD = /^(?:\p{Script=Han}{3,24}[ \u3000]+)?\p{Script=Han}{0,6}(?:地址|社址|邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真|邮箱|郵箱|E-?mail|主办|主辦|承办|承辦|协办|協辦|QQ群|QQ|微信群|微信号|微信號|公众号|公眾號)[：:][^。！？]{2,40}$/u;
const footerField = (line: string) => {
  const m = FOOTER_FIELD.exec(line);
  const named = m ? /^(\p{Script=Han}{3,24})[ \u3000]+/u.exec(line) : null;
  return m !== null && (named === null || looksLikeOrganisation(named[1]!) || SITE_ONLY.test(named[1]!));
};
const FOOTER_MARK = /ICP|版权所有|版權所有|Copyright|©|公网安备|公網安備/u;

/**
 * The text's last lines, each a contact field, right over lines that only a site's footer holds (its ICP number,
 * its copyright), or right under a list of links removed after the text (`linkListEnd`, its last line): the
 * footer's address and postcode, which the patterns leave alone, an address in the text being the text's (do
 * no harm).
 */
function removeFooterFields(tree: Root, file: VFile, linkListEnd: number | undefined): void {
  const kids = tree.children;
  let k = kids.length;
  while (k > 0 && kids.length - k < 6 && kids[k - 1]!.type === 'paragraph' && footerField(text(kids[k - 1]!).trim())) k--;
  if (k === kids.length) return;
  const last = lineOf(kids[kids.length - 1]!) ?? 0;
  const first = lineOf(kids[k]!) ?? 0;
  const underLinks = linkListEnd !== undefined && first > linkListEnd && (k === 0 || (kids[k - 1]!.position?.end.line ?? Infinity) < linkListEnd);
  if (!underLinks && !(file.data.sourceLines ?? []).slice(last, last + 8).some((l) => FOOTER_MARK.test(l))) return;
  tree.children = kids.filter((n, i) => i < k || !drop(file, n, "the site's footer: its contact fields over its copyright and licence lines"));
}

function removeContentsList(tree: Root, file: VFile): void {
  const kids = tree.children;
  const firstText = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  const at = kids.findIndex((n, i) => i < firstText && n.type === 'list' && n.children.length >= 2);
  if (at < 0) return;
  const list = kids[at]!;
  if (list.type !== 'list') return;
  const later = new Set(kids.slice(at + 1).filter((n) => n.type === 'paragraph' || n.type === 'heading').map((n) => compact(n)));
  const items = list.children.map((item) => compact(item));
  const repeated = items.filter((t) => t.length >= 6 && later.has(t)).length;
  if (repeated < 2 || repeated < items.length / 2) return;
  const head = kids[at - 1];
  const headed = head?.type === 'paragraph' && text(head).trim().length <= 12 && !/[。！？，]/u.test(text(head));
  const blocks: RootContent[] = headed ? [head, list] : [list];
  const gone = blocks.filter((n) => drop(file, n, "the newsletter's contents: its headlines, printed again below"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

// The name of a notice a paper's notice page prints (`遗失声明`, `注销公告`, `寻人启事`).
const NOTICE_HEAD = /^\p{Script=Han}{0,6}(?:声明|聲明|公告|启事|啟事|通告|公示|更正|致歉)$/u;

/**
 * A notice page's OCR reads on past one notice's signature (its body's name over the date) into the next
 * notices of the column (`遗失声明` / …, `注销公告` / …): after the signature, a notice's name opens another
 * notice, not more of this one. From there to the end, but the page's staff line (the metadata rule's).
 */
function removeNextNotices(tree: Root, file: VFile): void {
  const kids = tree.children;
  const signed = kids.findIndex((n, i) => n.type === 'paragraph' && SIGNED_DATE.test(text(n).trim()) && kids[i - 1]?.type === 'paragraph' && looksLikeOrganisation(text(kids[i - 1]!).replace(/[ \u3000]/gu, '')));
  if (signed < 0) return;
  const next = kids[signed + 1];
  if (next?.type !== 'paragraph' || !NOTICE_HEAD.test(text(next).replace(/[ \u3000]/gu, ''))) return;
  // (The page's staff line at the foot is the page's, for the metadata rule to read.)
  const staff = (n: RootContent) => n.type === 'paragraph' && (labelledLine(text(n).trim())?.some((f) => f.key === 'editor') ?? false);
  const gone = kids.slice(signed + 1).filter((n) => !staff(n) && drop(file, n, "the next notice on the page, read on past this one's signature"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

// The links of a site's footer, by their own words.
const FOOTER_LINK = /^(?:网站地图|網站地圖|联系我们|聯繫我們|聯絡我們|网站声明|網站聲明|关于我们|關於我們|隐私政策|隱私政策|使用帮助|使用幫助|免责声明|免責聲明|版权声明|版權聲明|法律声明|法律聲明|意见反馈|意見反饋|广告服务|廣告服務|网站导航|網站導航|网站首页|網站首頁|返回首页|返回首頁|返回顶部|返回頂部)$/u;

/**
 * A site's topic tag ends many scrapes (`坚决打赢疫情防控阻击战`): a short line
 * without punctuation, last in the file, set apart by two or more blank lines.
 */
function removeTrailingTag(tree: Root, file: VFile): void {
  const last = tree.children[tree.children.length - 1];
  const before = tree.children[tree.children.length - 2];
  // A document's date under its signature (`2024年6月5日`) ends it; it tags nothing.
  if (!last || !before || last.type !== 'paragraph' || !isHeadingLike(text(last), 24) || SIGNED_DATE.test(text(last).trim())) return;
  const line = lineOf(last);
  const prevEnd = before.type === 'paragraph' && before.data?.line !== undefined ? before.data.line : before.position?.end.line;
  if (line === undefined || prevEnd === undefined || line - prevEnd < 3) return;
  // Set apart by blank lines in the source, not by blocks removed since; and no `标签：值` line (metadata).
  const between = (file.data.sourceLines ?? []).slice(prevEnd, line - 1);
  if (between.some((l) => l.trim() !== '') || /^[^：:]{1,8}[：:]/u.test(text(last).trim())) return;
  if (apply(file, { rule: RULE, kind: 'removed', line, text: text(last), to: 'trailing column tag' })) tree.children.pop();
}
