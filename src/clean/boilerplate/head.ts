/**
 * boilerplate: the page's furniture above the text — a breadcrumb, a pager, a menu in one line or one link a
 * line, a form's control, a logo's alt text — and the running heads a scrape of several pages repeats.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { compact, lineOf, removeChild, text } from '../tree.ts';
import { countHan, STRAY_BETWEEN_HAN } from '../chars.ts';
import { looksLikeOrganisation, SITE_ONLY } from '../organisations.ts';
import { labelledLine } from '../labelled-line.ts';
import { ownName } from '../headline/stacked.ts';
import { CRUMB } from '../readers/chrome-runs.ts';
import { drop, HOME_LINK, RULE } from './shared.ts';
import { metaOf, pushMeta, record } from '../report.ts';

// A breadcrumb scraped one link a line leaves its separators alone on their lines (`>>` parses as an empty quote).
const SEPARATOR = /^[>»›→/|｜]+$/u;
const isSeparator = (n: RootContent | undefined) =>
  (n?.type === 'blockquote' && compact(n) === '') || (n?.type === 'paragraph' && SEPARATOR.test(compact(n)));
const isCrumb = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[^，。！？：:,.;；、]{1,10}$/u.test(compact(n));

/**
 * Before the text, short links alternating with separator lines are a breadcrumb (`人民网` / `>>` / `四川频道`):
 * the separators are the evidence, and the crumbs on either side of them go with them.
 */
export function removeBreadcrumbs(tree: Root, file: VFile): void {
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

// A Q&A site's votes over an answer (`12,046 人赞同了该回答`): the lines right above them are the answerer's card.
const VOTES = /^[\d,.]+[\s\u3000]*万?[\s\u3000]*人赞同了该(?:回答|文章)$/u;
const STAT = /^(?:关注者|被浏览|[\d,.]+万?)$/u;

/**
 * The answerer's card over the votes (`林间拾穗` / `云岭县户外协会志愿者，走完了县里全部12条线路` / `12,046 人赞同了该回答`):
 * the name on a line of its own and the headline under it (one line, or two a break cut), no sentence. The
 * votes line is the evidence; the name is the answer's byline where the page names none elsewhere.
 */
export function removeAnswerCard(tree: Root, file: VFile): void {
  const kids = tree.children;
  const plain = (n: RootContent | undefined) => (n?.type === 'paragraph' ? text(n).trim() : undefined);
  const at = kids.slice(0, 20).findIndex((n) => VOTES.test(plain(n) ?? ''));
  if (at < 1) return;
  // Name and one line of headline first; then a headline a break cut in two; then a name alone. (Never the first
  // block: that is the question's or the article's title.)
  for (const top of [at - 2, at - 3, at - 1]) {
    if (top < 1) continue;
    const card = kids.slice(top, at).map(plain);
    if (card.some((t) => t === undefined || t === '' || STAT.test(t) || /[。！？]$/u.test(t)) || card.join('').length > 64) continue;
    const name = card[0]!;
    if (name.length > 16 || /[，。：:！？、,]/u.test(name) || countHan(name) === 0) continue;
    const nodes = kids.slice(top, at);
    if (metaOf(file).byline === undefined) {
      pushMeta(file, 'byline', name, RULE);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[0]!), text: name, to: "front matter: byline (the answerer's name on the card over the votes)" });
      nodes.shift();
      removeChild(kids, kids[top]!);
    }
    const gone = new Set(nodes.filter((n) => drop(file, n, "the answerer's card over the votes")));
    tree.children = kids.filter((n) => !gone.has(n));
    return;
  }
}

// A phone's status bar read from a screenshot (`17:42 … 4G 86%`), and the app's top bar under it: a close or back
// mark (`×`, `<`, read as any character), the account's name far right of it, a menu's dots at the far end.
const STATUS_BAR = /^[ \t]*\d{1,2}:\d{2}(?:[ \t]+\S{1,12}){0,4}[ \t]+\d{1,3}%[ \t]*$/u;
const TOP_BAR = /^[ \t]*\S{1,2}[ \t\u3000]{4,}[\p{Script=Han}A-Za-z0-9·]{2,16}(?:[ \t\u3000]{4,}\S{1,3})?[ \t]*$/u;

// The app's bar at the screen's foot as OCR reads it (`II、\士 :1 虽广      AN   和鞠先 二/一下`: icons and counts
// read as strays): a line of a few characters parted by a gap as wide as the screen, no sentence in it.
const FOOT_BAR = /^(?=[^。！？，；]*$)(?=.*\S[ \t\u3000]{12,}\S).{0,80}$/u;

/**
 * A phone's screenshot read by OCR: the app's top bar under the status bar (the article's account is named again
 * under the headline), and its bottom bar, the last line, where the status bar says the text is a screen's.
 */
export function removeScreenBars(tree: Root, file: VFile): void {
  const kids = tree.children;
  const at = kids.slice(0, 3).findIndex((n) => n.type === 'paragraph' && STATUS_BAR.test(text(n)));
  if (at < 0) return;
  const bar = kids[at + 1];
  if (bar?.type === 'paragraph' && TOP_BAR.test(text(bar)) && drop(file, bar, "the app's top bar under the phone's status bar (its close mark and the account's name)")) removeChild(kids, bar);
  const foot = kids[kids.length - 1];
  if (foot?.type === 'paragraph' && kids.length > at + 3 && countHan(text(foot)) <= 10 && FOOT_BAR.test(text(foot).trim()) && drop(file, foot, "the app's bar at the screen's foot, as OCR read its icons and counts")) removeChild(kids, foot);
}

// A gallery's counter over each photo, one a line (`1/12` / caption / `2/12` / …): counting up to the same total.
const COUNTER = /^(\d{1,3})[/／](\d{1,3})$/u;

/** The gallery's counters: three or more lines `k/N`, k counting up from 1, N the same, no more than N of them. */
export function removeGalleryCounters(tree: Root, file: VFile): void {
  const kids = tree.children;
  const counters = kids.map((n) => (n.type === 'paragraph' ? COUNTER.exec(text(n).trim()) : null));
  const found = counters.filter((m): m is RegExpExecArray => m !== null);
  if (found.length < 3) return;
  const total = found[0]![2];
  if (!found.every((m, k) => m[2] === total && Number(m[1]) === k + 1) || found.length > Number(total)) return;
  const gone = new Set(kids.filter((n, i) => counters[i] !== null && drop(file, n, "a gallery's counter over its photo")));
  tree.children = kids.filter((n) => !gone.has(n));
}

// A pager scraped one button a line: `共3页` / `上一页` / `1` / `2` / `3` / `下一页` (`首页`, `尾页`, `…`).
const PAGER_HEAD = /^(?:共[\s\u3000]*\d{1,3}[\s\u3000]*页|上一页|下一页|首页|尾页|上一頁|下一頁|尾頁)$/u;
const PAGER_ITEM = /^(?:\d{1,3}|共[\s\u3000]*\d{1,3}[\s\u3000]*页|上一页|下一页|首页|尾页|上一頁|下一頁|尾頁|…|\.\.\.)$/u;

/**
 * Each button of a pager on a line of its own, where a crawler stitched the pages of an article: the run goes
 * whole where it holds a pager's word and the page numbers 1, 2 … in order (a lone figure is anything else).
 */
export function removePagers(tree: Root, file: VFile): void {
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
// (A Latin link may be longer: `English`, `Español`.)
export const MENU_ITEM = /^(?:[\p{Script=Han}A-Za-z]{2,6}|\p{Script=Latin}{7,10}|[\p{Script=Han}]{2,4}[&＆][\p{Script=Han}]{2,4})$/u;
const NOT_MENU_CHAR = /[^\p{Script=Han}A-Za-z\s\u3000|｜·•&＆]/u;
// (Tried from the first of the separators only: from each in turn, a long run of them costs its square.)
// (A stray no-break or zero-width space inside the app's name is the scrape's: `下载“掌上某\u00a0某”客户端`.)
const APP_LINK = /(?<![\s\u3000|｜])[\s\u3000|｜]+(?:下载|下載)[“"「]?(?:[\p{Script=Han}A-Za-z]|[\u00a0\u200b](?=[\p{Script=Han}A-Za-z])){2,9}[”"」]?(?:客户端|客戶端|APP|App|app)?[\s\u3000]*$/u;
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
  // Links apart by ideographic spaces or bars: a space or a tab inside one (`网\t站首页`) is the scrape's stray. (A run
  // of spaces among them, a text browser's gap between the bar's parts, parts links as well.)
  const byIdeographic = raw.trim().split(/[\u3000|｜·•]+|(?<! ) {2,}/u).filter((t) => t.trim() !== '');
  const items = (byIdeographic.length >= 4 ? byIdeographic.map((t) => t.replace(/\s+/gu, '')) : raw.trim().split(/[\s\u3000|｜·•]+/u)).filter(Boolean);
  // (`溦州新闻网首页 | 客户端下载 | 数字报`: the home link named with the site's name, a menu of three.)
  const siteHome = aboveText && items.length >= 3 && SITE_HOME.test(items[0]!);
  // (`淇口新闻网 客户端下载 在线投稿`, `溪口日报电子版 首页 往期回顾`: the site's name, then its own services or its
  // home link and sections, a top bar of three.)
  const serviceBar = aboveText && items.length >= 3 && ownName(items[0]!) && items.slice(1).every((t) => SITE_SERVICE.test(t) || (MENU_ITEM.test(t) && items.slice(1).some((u) => HOME_LINK.test(u))));
  if (serviceBar) return true;
  // (`某某网络广播电视台　某某卫视 | 都市频道 | … 　下载“掌上某某”客户端`: the site's own name, then its channels.)
  const named = aboveText && items.length >= 5 && ownName(items[0]!);
  if (!items.every((t, k) => MENU_ITEM.test(t) || (k === 0 && (siteHome || named)))) return false;
  // (A menu's last links may be longer: `下载客户端`, `登录`.)
  return (app !== null && items.length >= 3) || (items.length >= 4 && HOME_LINK.test(items[0]!)) || siteHome || named || (aboveText && items.length >= 5 && items.filter((t) => t.length <= 4).length >= items.length * 0.8);
}

export function removeMenus(tree: Root, file: VFile, furniture: (n: RootContent) => boolean = () => false): void {
  const kids = tree.children;
  // (A headline that asks, `…一楼业主说“不”怎么办？ - 案例评析 - 某某网`, is no text yet: a sentence has a full
  // stop, or is long.)
  // (Nor is a page's `<title>`, the site's name after a bar or an underscore: `…怎么办？_某某网`.)
  // (Nor a banner a block pattern names, a cookie notice over the menu: its sentence is the page's, not the text's.)
  const bodyAt = kids.findIndex((n) => n.type === 'paragraph' && !furniture(n) && countHan(text(n)) >= 10 && (/。/u.test(text(n)) || (countHan(text(n)) >= 30 && /[！？]/u.test(text(n)) && !/[_|｜][\p{Script=Han}A-Za-z0-9]{2,12}$/u.test(text(n).trim()))));
  // Above the text, four or more links one a line (`首页` / `宏观` / `金融` / `公司`): a menu scraped line by line.
  // (A stray space inside a link, `工 作动态`, is the scrape's, as whitespace takes it out later.)
  const link = (n: RootContent | undefined) => n?.type === 'paragraph' && /^[\p{Script=Han}A-Za-z]{2,4}$/u.test(text(n).trim().replace(STRAY_BETWEEN_HAN, ''));
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
  // The logo's text on the line over a menu in one line: the page's first line, names and nothing else
  // (`某某广播电视台 某某新闻网`: the broadcaster, its site).
  const logos = new Set<RootContent>();
  const first = kids[0];
  if (first?.type === 'paragraph' && bodyAt > 1 && kids[1]!.type === 'paragraph' && lineOf(first) === (lineOf(kids[1]) ?? -9) - 1 && siteNames(text(first)) && isMenu(text(kids[1]), true)) logos.add(first);
  tree.children = kids.filter((n, i) => {
    if (inRun.has(n)) return !drop(file, n, "the site's menu, one link a line");
    if (logos.has(n)) return !drop(file, n, "the site's name over its menu (the logo's text)");
    // A row of short links over the breadcrumb that names one of them (`某某网 食品安全 健康生活 辟谣` over
    // `您的位置：首页 > 食品安全 > …`): the site's menu, however few its links. (A row the menu test below reads
    // already is left to it; the breadcrumb, which few lines have under them, is asked first.)
    if (i < bodyAt && n.type === 'paragraph' && menuOverCrumb(text(n), kids[i + 1]) && !isMenu(text(n), true)) return !drop(file, n, "the site's menu, its links in one line over the breadcrumb that names one");
    // A breadcrumb with no label, its links parted by `>>` or `→`, the page's links after it (`某某周刊1999年合订本 >>
    // 第36期（1999年9月13日） >> 新闻    上一篇 | 返回目录 | 下一篇`, `某某社区 → 百姓话题 → 【转贴】… 登录 | 注册`).
    // (An issue's date in it, `第36期（1999年9月13日）`, is the date the issue was printed: the page's date.)
    if (i < bodyAt && n.type === 'paragraph' && BARE_CRUMB.test(text(n).trim())) {
      const issue = ISSUE_DATE.exec(text(n));
      if (!drop(file, n, "the site's breadcrumb, its links parted by arrows, and the page's links after it")) return true;
      if (issue && metaOf(file).published === undefined) {
        metaOf(file).published = issue[1]!;
        record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: issue[1]!, to: 'front matter: published (the date of the issue the breadcrumb names)' });
      }
      return false;
    }
    // A text browser's form control above the text, an empty box (`[ ] ——站群导航——`, `[ ] 某某县人民政府`): a
    // site-group select, a search box; the line holds no sentence.
    if (i < bodyAt && n.type === 'paragraph' && FORM_BOX.test(text(n)) && !/[。！？]/u.test(text(n)) && text(n).trim().length <= 160) return !drop(file, n, "a form's control in the page's header, as a text browser draws it");
    // A logo's alt text in brackets above the text (pandoc's plain text, a text browser: `[某某县人民政府]`).
    // (A stray space inside the name, `[中 华人民共和国…]`, is the scrape's: whitespace takes it out later.)
    const logo = i < bodyAt && n.type === 'paragraph' ? /^\[([^\[\]]{2,30})\]$/u.exec(text(n).trim().replace(STRAY_BETWEEN_HAN, '')) : null;
    if (logo && (looksLikeOrganisation(logo[1]!) || SITE_ONLY.test(logo[1]!))) return !drop(file, n, "the site's logo, its alt text in brackets");
    // (A page's staff in a row, `编辑 某某 视觉 某某 校对 某某`, is the metadata rule's, no menu.)
    return !(n.type === 'paragraph' && isMenu(text(n), i < bodyAt) && !labelledLine(text(n).trim())?.some((f) => f.key === 'editor' || f.key === 'byline') && drop(file, n, "the site's menu, its links in one line"));
  });
}

// Three links or more parted by arrows, then the page's links parted by bars; no sentence.
const BARE_CRUMB = /^[^\s>»›→＞|｜。！？，]{1,24}(?:[\s\u3000]*(?:>>|»|›|→|＞＞|>|＞)[\s\u3000]*[^\s>»›→＞|｜。！？，]{1,24}){2,6}(?:[\s\u3000]+[^\s|｜>»›→＞。！？，]{1,6}(?:[\s\u3000]*[|｜][\s\u3000]*[^\s|｜>»›→＞。！？，]{1,6}){1,8})?$/u;
/** Whether a line the rule removed was the page's breadcrumb: labelled (`当前位置：`), or links parted by arrows. */
export const crumbLine = (t: string) => CRUMB_LABEL.test(t) || /^[\s\u3000]*[^\s>»›→＞。！？，]{1,24}(?:[\s\u3000]*(?:>>|»|›|→|＞＞|>|＞)[\s\u3000]*[^\s>»›→＞。！？，]{1,24}){2,6}/u.test(t);
const ISSUE_DATE = /第\d{1,4}期[（(](\d{4}年\d{1,2}月\d{1,2}日)[）)]/u;

const CRUMB_LABEL = new RegExp(`^[\\s\\u3000]*${CRUMB}`, 'u');

/** Whether `raw` is three to eight short links in a row and `below` the breadcrumb that names one of them. */
function menuOverCrumb(raw: string, below: RootContent | undefined): boolean {
  if (below?.type !== 'paragraph' || !CRUMB_LABEL.test(text(below))) return false;
  const items = raw.trim().split(/[\s\u3000|｜]+/u);
  if (items.length < 3 || items.length > 8 || !items.every((t) => /^[\p{Script=Han}A-Za-z]{2,6}$/u.test(t))) return false;
  const crumbs = text(below).replace(CRUMB_LABEL, '').split(/[\s\u3000>＞»›/]+/u).filter((t) => t !== '');
  return items.slice(1).some((t) => crumbs.includes(t));
}

/** A line of one to three names, each a site's or a body's (`某某广播电视台　某某新闻网`). */
function siteNames(raw: string): boolean {
  const parts = raw.trim().split(/[\s\u3000|｜]+/u);
  return parts.length <= 3 && parts.every((p) => SITE_ONLY.test(p) || (looksLikeOrganisation(p) && p.length <= 20));
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

// A page's number on a line of its own, as PDF text leaves it: — 2 —, - 2 -, ·2·, 第2页, 第2页 共5页, 2/5.
const PAGE_NUMBER = /^(?:[—－\-–]\s*\d{1,4}\s*[—－\-–]|[·•・]\s*\d{1,4}\s*[·•・]|第\s*\d{1,4}\s*[页頁](?:\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*\/\s*\d{1,4})$/u;

/** The lines that are a page's number alone, in a text whose pages a form feed parts (a PDF's text). */
export function folioLines(lines: string[]): Set<number> {
  if (!lines.some((l) => l.includes('\f'))) return new Set();
  return new Set(lines.flatMap((l, i) => (PAGE_NUMBER.test(l.replace(/\f/gu, '').trim()) ? [i + 1] : [])));
}

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
  // (Or a line of the block a form feed opens, `\f2027年第3期` / `某某装饰`: the page's header of two lines.)
  const underFeed = (i: number) => i > 0 && lines[i - 1]!.startsWith('\f') && lines[i - 1]!.trim() !== '';
  keys.forEach((k, i) => {
    if (k !== undefined && (lines[i]!.startsWith('\f') || underFeed(i) || near(i, -1) || near(i, 1) || (paged && i === first))) (at.get(k) ?? at.set(k, []).get(k)!).push(i + 1);
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
export function removeRunningHeads(tree: Root, file: VFile): void {
  const lines = runningHeadLines(file.data.sourceLines ?? []);
  const folios = folioLines(file.data.sourceLines ?? []);
  if (lines.size === 0 && folios.size === 0) return;
  // A page's number marks a page turn, no paragraph break: the text under the next page's head may run on.
  let turn = false;
  tree.children = tree.children.filter((n) => {
    const line = lineOf(n);
    const single = n.type === 'paragraph' && !text(n).includes('\n');
    if (single && line !== undefined && folios.has(line) && drop(file, n, "the page's number (a printed page's folio)")) {
      turn = true;
      return false;
    }
    if (single && line !== undefined && lines.has(line) && drop(file, n, "a running head repeated from an earlier page (the page's header lines)")) return false;
    if (turn && n.type === 'paragraph') n.data = { ...n.data, gap: false };
    turn = false;
    return true;
  });
}
