/**
 * boilerplate: the page's furniture after the text — a column tag, lists of links, an account's motto,
 * readers' comments, QR readings, a vote card, a footer's contact fields, a newsletter's contents, the next
 * notices of a notice page.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Matcher } from '../patterns.ts';
import { apply, metaOf } from '../report.ts';
import { compact, lineOf, text } from '../tree.ts';
import { countHan, isHeadingLike, STRAY_BETWEEN_HAN } from '../chars.ts';
import { looksLikeOrganisation, SIGNED_DATE, SITE_ONLY } from '../organisations.ts';
import { labelledLine } from '../labelled-line.ts';
import { drop, HOME_LINK, homeDropped, matches, RULE } from './shared.ts';
import { MENU_ITEM } from './head.ts';

// An account's sign-off under its QR code at the foot (`某某法院 · 守护公平正义`): its name, a dot, its motto.
const ACCOUNT_MOTTO = /^([\p{Script=Han}A-Za-z]{2,16}?)[\s\u3000]*[·•|｜][\s\u3000]*(\p{Script=Han}{4,10})$/u;

/** After the text's last sentence, a body's or a site's name with its motto after a dot goes: the account's sign-off. */
export function removeAccountMotto(tree: Root, file: VFile): void {
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
export function removeTrailingLinkLists(tree: Root, file: VFile): number | undefined {
  const lastText = tree.children.findLastIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20);
  if (lastText < 0) return undefined;
  let end: number | undefined;
  const headings = new Set<RootContent>();
  // Before the text, a list of short links (`* [首页][1]` / `* [要闻][2]` …) is the site's menu.
  // (A welcome line with its exclamation, `您好，欢迎来到某某公司！…`, is no text yet: a sentence has a full stop, or is long.)
  const firstText = tree.children.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && (/。/u.test(text(n)) || (countHan(text(n)) >= 30 && /[！？]/u.test(text(n)))));
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
    // (Three items are a menu where the first is the home link, `首页` / `新闻发布会` / `政策解读`; and so are the
    // two left where a pattern took that link.)
    const homeLed = HOME_LINK.test(names[0] ?? '') ? names.length >= 3 : homeDropped.has(node);
    const plainMenu = names.every((t) => MENU_ITEM.test(t)) && (i < firstText ? menu && (names.length >= 4 || homeLed) : names.every((t) => FOOTER_LINK.test(t)));
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
  // (A stray space or tab inside the name, `某某服务\t中心`, is the scrape's.)
  const mastName = masthead?.type === 'paragraph' ? text(masthead).trim().replace(STRAY_BETWEEN_HAN, '') : '';
  if (masthead?.type === 'paragraph' && tree.children.indexOf(masthead) === 0 && (looksLikeOrganisation(mastName) || SITE_ONLY.test(mastName))) {
    if (drop(file, masthead, "the site's name over its menu")) tree.children.shift();
  }
  return end;
}

// A comment's time, alone on its line under the reader's name (`2024-08-12 09:47`, `08-12 09:47`, `3小时前`). (A month and a
// day with a dot, `10.8`, only with the time after it: alone, it is a figure, a table's cell.)
const COMMENT_TIME = /^(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}|\d{1,2}\.\d{1,2}(?=[ \u3000]+\d))(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]*\d{1,2}:\d{2})?|(?:昨天|前天|今天)[ \u3000]*\d{1,2}:\d{2}|\d{1,2}(?:分钟|小时|小時|天)前)(?:[ \u3000]*(?:来自|來自|发布于|發佈於|IP属地[：:]?)[\p{Script=Han}A-Za-z]{1,8})?$/u;

/**
 * Readers' comments copied after the article with no header over them (trafilatura keeps them so): each is a
 * reader's name, the time alone on the next line, then the words. Two such comments at least, at the very end,
 * after the text's last sentence: the name lines are short and say nothing, the times are alone on their lines.
 * Removed from the first reader's name on, each comment whole.
 */
export function removeTrailingComments(tree: Root, file: VFile): void {
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
export function removeQrReadings(tree: Root, file: VFile): void {
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
export function removeEmptyComments(tree: Root, file: VFile, block: Matcher[]): void {
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
export function removeVoteCards(tree: Root, file: VFile): void {
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
const FOOTER_FIELD = /^(?:\p{Script=Han}{3,24}[ \u3000]+)?\p{Script=Han}{0,6}(?:地址|社址|邮编|郵編|邮政编码|郵政編碼|电话|電話|热线|熱線|传真|傳真|邮箱|郵箱|E-?mail|主办|主辦|承办|承辦|协办|協辦|QQ群|QQ|微信群|微信号|微信號|公众号|公眾號)[ \u3000]?[：:][^。！？]{2,40}$/u;
const footerField = (line: string) => {
  const m = FOOTER_FIELD.exec(line);
  const named = m ? /^(\p{Script=Han}{3,24})[ \u3000]+/u.exec(line) : null;
  return m !== null && (named === null || looksLikeOrganisation(named[1]!) || SITE_ONLY.test(named[1]!));
};
const FOOTER_MARK = /ICP|版权所有|版權所有|Copyright|©|公网安备|公網安備/u;

/**
 * The text's last lines, each a contact field, next to lines that only a site's footer holds (its ICP number, its
 * copyright: under, among or right above them), or right under a list of links removed after the text
 * (`linkListEnd`, its last line): the footer's address and postcode, which the patterns leave alone, an address in
 * the text being the text's (do no harm).
 */
export function removeFooterFields(tree: Root, file: VFile, linkListEnd: number | undefined): void {
  const kids = tree.children;
  let k = kids.length;
  while (k > 0 && kids.length - k < 6 && kids[k - 1]!.type === 'paragraph' && footerField(text(kids[k - 1]!).trim())) k--;
  if (k === kids.length) return;
  const last = lineOf(kids[kids.length - 1]!) ?? 0;
  const first = lineOf(kids[k]!) ?? 0;
  const underLinks = linkListEnd !== undefined && first > linkListEnd && (k === 0 || (kids[k - 1]!.position?.end.line ?? Infinity) < linkListEnd);
  // (The licence line may stand among the fields or right above them, the text having kept the ones around it:
  // `主办：…` / `地址：…` / `某ICP备…号` / `诉讼服务热线：12368`.)
  if (!underLinks && !(file.data.sourceLines ?? []).slice(Math.max(0, first - 2), last + 8).some((l) => FOOTER_MARK.test(l))) return;
  tree.children = kids.filter((n, i) => i < k || !drop(file, n, "the site's footer: its contact fields over its copyright and licence lines"));
}

// A newsletter's contents box on one line, each headline with its page (`本期要目：某某（1）　某某（3）`).
const CONTENTS_LINE = /^(?:本期要目|本期導讀|本期导读|本期目录|本期目錄|本期看点|本期看點|要目|目录|目錄)[：:]/u;
const PAGE_REF = /[（(]\d{1,3}[）)]/gu;

/**
 * A WeChat account's card under the article: its name, its description, and its count of original posts
 * (`某某口腔` / `某某医院官方公众号，提供…。` / `128篇原创内容 公众号`). The count says it is the card: the two
 * lines over it go with it.
 */
export function removeAccountCard(tree: Root, file: VFile): void {
  const kids = tree.children;
  // (Its spaces aside: a stray one inside the words, `128篇原创 内容`, is the scrape's.)
  const at = kids.findIndex((n) => n.type === 'paragraph' && /^\d{1,5}篇原创内容(?:公众号|公眾號)?$/u.test(compact(n)));
  if (at < 0) return;
  const card = [kids[at]!];
  const about = kids[at - 1];
  const name = kids[at - 2];
  if (about?.type === 'paragraph' && text(about).trim().length <= 80 && /公众号|公眾號|账号|帳號|官方/u.test(text(about))) {
    card.unshift(about);
    if (name?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z0-9·]{2,16}$/u.test(text(name).trim())) card.unshift(name);
  }
  const gone = card.filter((n) => drop(file, n, "the account's card under the article (its name, description and count of posts)"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

/**
 * A list's item with nothing in it, its number alone (`8.` where a scrape cut its words off), among items that
 * hold words: the number of nothing. Written again it would read as a lone number (`8)`), which the page's
 * furniture patterns take; it goes now, reported, so that a second cleaning finds nothing more to do.
 */
export function removeEmptyItems(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'list' || node.children.length < 2) continue;
    node.children = node.children.filter((item) => item.children.length > 0 || !drop(file, item as unknown as RootContent, 'an empty item of a list (its number alone)'));
  }
}

/** An attachments label left last, its files' links gone with the page's widgets (`附件：`): nothing it labels. */
export function removeEmptyAttachments(tree: Root, file: VFile): void {
  const last = tree.children.at(-1);
  if (last?.type !== 'paragraph' || !/^(?:附件|附件下载|附件下載|相关附件|相關附件)[：:]$/u.test(text(last).trim())) return;
  if (drop(file, last, 'an attachments label with nothing left under it (its files were not scraped)')) tree.children.pop();
}

export function removeContentsList(tree: Root, file: VFile): void {
  const kids = tree.children;
  const firstText = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  contentsLine(tree, file, firstText);
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

/**
 * The contents box set as a line over the text (`本期要目：…（1）　…（3）　…`, its last headline wrapped onto the line
 * under it: `征求意见（4）`), where a headline it lists is printed again below: the newsletter's, no part of a story.
 */
function contentsLine(tree: Root, file: VFile, firstText: number): void {
  const kids = tree.children;
  const at = kids.findIndex((n, i) => (firstText < 0 || i < firstText) && n.type === 'paragraph' && CONTENTS_LINE.test(text(n).trim()) && (text(n).match(PAGE_REF) ?? []).length >= 2);
  if (at < 0) return;
  const box = [kids[at]!];
  for (let k = at + 1; k < kids.length; k++) {
    const n = kids[k]!;
    if (n.type !== 'paragraph' || n.data?.gap === true || text(n).trim().length > 40 || !/[（(]\d{1,3}[）)]$/u.test(text(n).trim())) break;
    box.push(n);
  }
  const items = box.map((n) => text(n).replace(CONTENTS_LINE, '')).join('').split(PAGE_REF).map((t) => t.replace(/[\s\u3000]+/gu, '')).filter((t) => t.length >= 6);
  const later = new Set(kids.slice(at + box.length).filter((n) => n.type === 'paragraph' || n.type === 'heading').map((n) => compact(n)));
  if (!items.some((t) => later.has(t))) return;
  const gone = box.filter((n) => drop(file, n, "the newsletter's contents: its headlines with their pages, one printed again below"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

// The name of a notice a paper's notice page prints (`遗失声明`, `注销公告`, `寻人启事`).
const NOTICE_HEAD = /^\p{Script=Han}{0,6}(?:声明|聲明|公告|启事|啟事|通告|公示|更正|致歉)$/u;

/**
 * A notice page's OCR reads on past one notice's signature (its body's name over the date) into the next
 * notices of the column (`遗失声明` / …, `注销公告` / …): after the signature, a notice's name opens another
 * notice, not more of this one. From there to the end, but the page's staff line (the metadata rule's).
 */
export function removeNextNotices(tree: Root, file: VFile): void {
  const kids = tree.children;
  const signed = kids.findIndex((n, i) => n.type === 'paragraph' && SIGNED_DATE.test(text(n).trim()) && kids[i - 1]?.type === 'paragraph' && looksLikeOrganisation(text(kids[i - 1]!).replace(/[\s\u3000]/gu, '')));
  if (signed < 0) return;
  const next = kids[signed + 1];
  // (Any space inside the names, a no-break one too, is the scrape's: the whitespace rule takes it out later.)
  if (next?.type !== 'paragraph' || !NOTICE_HEAD.test(text(next).replace(/[\s\u3000]/gu, ''))) return;
  // (The page's staff line at the foot is the page's, for the metadata rule to read.)
  const staff = (n: RootContent) => n.type === 'paragraph' && (labelledLine(text(n).trim())?.some((f) => f.key === 'editor') ?? false);
  const gone = kids.slice(signed + 1).filter((n) => !staff(n) && drop(file, n, "the next notice on the page, read on past this one's signature"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

const PREV_NEXT = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上一篇文章|下一篇文章)[：:]/u;

/**
 * A page's previous and next links close the text (`上一篇：…` / `下一篇：…`); short lines after them to the end, each
 * a headline with no sentence in it, are more of the page's links (a related list whose header a record's
 * deduplication dropped: `雾和霾有什么不同` / `为什么冬天的窗户会结冰花`). They go with them.
 */
export function removeAfterPrevNext(tree: Root, file: VFile, block: Matcher[], section: Matcher[]): void {
  const kids = tree.children;
  const at = kids.findLastIndex((n) => n.type === 'paragraph' && PREV_NEXT.test(text(n).trim()));
  // (The page's own furniture among them, a copyright line, a close button, goes by its patterns.)
  // (So does a related list under its header: the sections' own rule takes it.)
  if (at >= 0 && kids.slice(at + 1).some((n) => matches(section, compact(n)))) return;
  const after = at < 0 ? [] : kids.slice(at + 1).filter((n) => !matches(block, compact(n)));
  if (after.length === 0 || after.length > 6 || !after.every((n) => n.type === 'paragraph' && text(n).trim().length <= 30 && countHan(text(n)) >= 4 && !/[。；;：:，,]/u.test(text(n)))) return;
  const gone = after.filter((n) => drop(file, n, "a related headline after the page's previous and next links"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

// The links of a site's footer, by their own words.
const FOOTER_LINK = /^(?:网站地图|網站地圖|联系我们|聯繫我們|聯絡我們|网站声明|網站聲明|关于我们|關於我們|隐私政策|隱私政策|使用帮助|使用幫助|免责声明|免責聲明|版权声明|版權聲明|法律声明|法律聲明|意见反馈|意見反饋|广告服务|廣告服務|网站导航|網站導航|网站首页|網站首頁|返回首页|返回首頁|返回顶部|返回頂部)$/u;

/**
 * A site's topic tag ends many scrapes (`坚决打赢疫情防控阻击战`): a short line
 * without punctuation, last in the file, set apart by two or more blank lines.
 */
export function removeTrailingTag(tree: Root, file: VFile): void {
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

/** An article's info line: its date and who published or wrote it (`发布时间：… 来源：… 作者：…`). */
function infoLine(n: RootContent | undefined): boolean {
  if (n?.type !== 'paragraph') return false;
  const t = text(n).trim();
  if (t.length > 100 || !/\d/u.test(t)) return false;
  const fields = labelledLine(t);
  return fields !== undefined && fields.some((f) => f.key === 'published') && fields.some((f) => (f.key === 'source' || f.key === 'byline') && f.label !== '');
}

/**
 * The next article an infinite-scroll page loaded under this one (`S218线…封闭施工` / `发布时间：… 来源：… 作者：…` /
 * its text / `正在加载下一篇……`): past the text, a second headline over a second info line of the same labels is
 * another story's start, and all from it to the end is that story (the extractor took both). It goes, reported.
 * (Three paragraphs of text at least stand between the two info lines, and the second headline is not the first.)
 */
export function removeNextArticle(tree: Root, file: VFile): void {
  const kids = tree.children;
  const infos = kids.map((n, i) => (infoLine(n) ? i : -1)).filter((i) => i >= 0);
  if (infos.length < 2) return;
  const second = infos[infos.length - 1]!;
  const head = kids[second - 1];
  const between = kids.slice(infos[0]! + 1, second - 1).filter((n) => n.type === 'paragraph' && countHan(text(n)) >= 30).length;
  // (Another headline than the article's own: an article over several web pages repeats its own over each page's
  // info line, and its pages are its text.)
  const own = kids.slice(0, infos[0]).findLast((n) => n.type === 'paragraph' || n.type === 'heading');
  const key = (n: RootContent | undefined) => (n ? compact(n).replace(/[\s\u3000]/gu, '') : '');
  if (head?.type !== 'paragraph' || text(head).trim().length > 40 || /[。！？]/u.test(text(head)) || between < 3 || key(head) === key(own) || (metaOf(file).title !== undefined && key(head) === String(metaOf(file).title).replace(/[\s\u3000]/gu, ''))) return;
  const gone = kids.slice(second - 1).filter((n) => drop(file, n, "the next article, which the page loaded under this one (its headline, info line and text)"));
  tree.children = kids.filter((n) => !gone.includes(n));
}

// A browser's or a site's reader-view bar: 阅读模式 with its buttons (退出, 字号, 夜间).
const READER_BAR = /^(?:阅读模式|閱讀模式)(?:退出|字号|字號|夜间|夜間|[|｜·])*$/u;

/**
 * A reader view laid over the page, which the crawler took with the page (its bar, the headline, the text without
 * the subheadings and captions), the page itself after it (its menu, the headline again, the whole text): the page's
 * own copy is the article's, and the reader view, a tool's copy of it, goes from its bar to the page's start.
 */
export function removeReaderView(tree: Root, file: VFile): void {
  const kids = tree.children;
  const bar = kids.findIndex((n) => n.type === 'paragraph' && READER_BAR.test(compact(n)));
  const head = kids[bar + 1];
  if (bar < 0 || head?.type !== 'paragraph' || text(head).trim().length > 60) return;
  const again = kids.findIndex((n, i) => i > bar + 2 && n.type === 'paragraph' && compact(n) === compact(head));
  // (The copy the bar heads holds text: three paragraphs at least before the page's own headline.)
  if (again < 0 || kids.slice(bar + 2, again).filter((n) => n.type === 'paragraph' && countHan(text(n)) >= 30).length < 3) return;
  // The page's start: its menu and breadcrumb over the headline, the lines of no sentence right above it.
  let start = again;
  while (start - 1 > bar + 1 && kids[start - 1]!.type === 'paragraph' && countHan(text(kids[start - 1]!)) < 30 && !/[。！？]/u.test(text(kids[start - 1]!))) start--;
  const gone = kids.slice(bar, start).filter((n) => drop(file, n, "a reader view's copy of the page, laid over it (the page's own copy follows)"));
  tree.children = kids.filter((n) => !gone.includes(n));
}
