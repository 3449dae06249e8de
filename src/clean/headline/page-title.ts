/**
 * title-parts: the page's own title (the browser's `<title>`, a site's name after a separator), the site's
 * chrome above the article's headline, a post's bracketed headline, and a title the scrape's front matter gives.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record } from '../report.ts';
import { lineOf, sourceText, text } from '../tree.ts';
import { SITE_NAME, SITE_ONLY, looksLikeOrganisation } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { tidySpaces } from '../plugins/whitespace.ts';
import { RULE, chromeLike, compactOf, halves } from './lines.ts';
import { countHan, escapeRegExp } from '../chars.ts';
import { fieldKeyOf, labelledLine } from '../labelled-line.ts';

/**
 * The page's title first (the browser's `<title>`), then the site's header, menu and information table, then
 * the article's own headline: where the headline stands again below the title with only page chrome between
 * (short lines, no sentence), the chrome and the copy go. The article starts at its own headline.
 */
export function chromeThenCopy(tree: Root, file: VFile, from: number, title: string): void {
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

// The browser's title of the page: the headline, then a separator and the site (`…_某某新闻网`, `… - 某某网`,
// `…--观点--某某网` as the Party papers' sites write it).
export const SITE_SUFFIX = new RegExp(`^(.{4,}?)[\\s\\u3000]*(?:_|[|｜]|[\\s\\u3000][-–—][\\s\\u3000]|--|——)[\\s\\u3000]*(${SITE_NAME})$`, 'u');
// Two forms taken only where the headline stands again below: the site first (`某某晚报数字报-…`), and a dash
// with no spaces before the site (`…获一等奖-某某大学新闻网`).
export const SITE_PREFIX = new RegExp(`^(${SITE_NAME})[\\s\\u3000]*(?:_|[|｜]|[-–—])[\\s\\u3000]*(.{4,})$`, 'u');
export const TIGHT_SUFFIX = new RegExp(`^(.{4,}?)[-–—_|｜](${SITE_NAME})$`, 'u');

// At the text's head, the dash with no spaces before a news site's name (`…取得进展-泾澜大学新闻网`, a reader's title
// field): the site, where the headline before it is one of six Han characters at least. (A site's name of another
// ending, `-某某报`, and a dash between words, `中国-东盟`, are left.)
function tightSite(value: string): RegExpExecArray | null {
  const m = TIGHT_SUFFIX.exec(value);
  return m && /[-–—]/u.test(value.charAt(m[1]!.length)) && /(?:新闻网|新聞網|网|網)$/u.test(m[2]!) && countHan(m[1]!) >= 6 ? m : null;
}

// Any name after the separator (`…_锐点科技`), where the text names the site again (its dateline, its copyright).
export const ANY_SUFFIX = /^(.{4,}?)[\s\u3000]*(?:_|[|｜]|[\s\u3000][-–—][\s\u3000])[\s\u3000]*([\p{Script=Han}A-Za-z0-9·]{2,12})$/u;

export function namedSuffix(value: string, source: string): RegExpExecArray | null {
  const m = ANY_SUFFIX.exec(value);
  // (A date after the bar is the headline's own, `历史上的今天｜3月12日`: no site is named by a day.)
  if (!m || !/\p{Script=Han}/u.test(m[2]!) || /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?$/u.test(m[2]!)) return null;
  // `_` and `|` are how a site's pages join headline and site: the name found again in the text is enough.
  const joined = value.slice(m[1]!.length).trim();
  if (/^[_|｜]/u.test(joined)) return source.split(m[2]!).length > 2 ? m : null;
  // A dash may be the headline's own (`中国女排 - 日本女排`): the name must be named as a publisher is named: in its dateline (`某某科技 5 月 30 日消息`, `某某讯`), its copyright line
  // (`本文由某某原创`, `某某版权所有`) or as a source (`来源：某某`); a team named twice in the text is no site.
  return namedAsPublisher(m[2]!, source) ? m : null;
}

/** Whether the text names `name` as a publisher is named: in a dateline, a copyright line, or as a source. */
export function namedAsPublisher(name: string, source: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`${n}[\\s\\u3000]*(?:\\d{1,2}[\\s\\u3000]*月|讯|訊|消息|原创|原創|版权|版權|客户端|客戶端|App|APP)|本文由[\\s\\u3000]*${n}|(?:来源|來源)[：:][\\s\\u3000]*${n}`, 'u').test(source);
}

// A hyphen with no spaces before a name (`…突破每克900元-钧衡财经`): the site, where the text names it as a
// publisher (`来源：钧衡财经`). (A dash between words, `中国-东盟`, names no publisher.)
const HYPHEN_SUFFIX = /^(.{4,}?)-([\p{Script=Han}A-Za-z0-9·]{2,12})$/u;

export function hyphenSite(value: string, source: string): RegExpExecArray | null {
  const m = HYPHEN_SUFFIX.exec(value);
  return m && countHan(m[1]!) >= 6 && /\p{Script=Han}/u.test(m[2]!) && namedAsPublisher(m[2]!, source) ? m : null;
}
const BODY_HYPHEN = /^(.{2,}?)[-–—_|｜](\p{Script=Han}{3,24})$/u;

// A public body's name after a spaced dash (`…红白喜事有了“新规矩” - 洺水县澜桥镇人民政府`), on the text's first
// line: the page's title as a government's or an institution's site writes it. Two teams or two places set
// against each other (`中国女排 - 日本女排`) name no body.
// (Or after an underscore or a bar, as a CMS joins them: `…窝沟封闭_某某县妇幼保健院`.)
const BODY_SUFFIX = /^(.{4,}?)(?:[\s\u3000]+[-–—][\s\u3000]+|[\s\u3000]*[_|｜][\s\u3000]*)(\p{Script=Han}{3,24})$/u;

function bodySuffix(value: string): RegExpExecArray | null {
  const m = BODY_SUFFIX.exec(value);
  return m && looksLikeOrganisation(m[2]!) ? m : null;
}

// A column's name after a spaced dash on the text's first line (`…成人仪式 - 校园动态`): the page's title as a
// school's or a hospital's site writes it, its channel in place of the site.
export const CHANNEL_SUFFIX = /^(.{6,}?)[\s\u3000]+[-–—_|｜][\s\u3000]+(\p{Script=Han}{0,6}(?:动态|動態|要闻|要聞|新闻|新聞|资讯|資訊|快讯|快訊|信息|公告|通知|聚焦|播报|播報|速递|速遞))$/u;

// The column and the body after tight dashes on the text's first line (`…“准工位”-校园新闻-某某县职业中等专业学校`),
// as a school's CMS writes its page title.
const CHANNEL_AND_BODY = /^(.{6,}?)[-–—_](\p{Script=Han}{2,8})[-–—_](\p{Script=Han}{3,24})$/u;

function channelAndBody(value: string): RegExpExecArray | null {
  const m = CHANNEL_AND_BODY.exec(value);
  return m && (looksLikeOrganisation(m[3]!) || new RegExp(`^${SITE_NAME}$`, 'u').test(m[3]!)) ? m : null;
}

export const CHANNEL = /[\s\u3000]*(?:_|[|｜]|[\s\u3000][-–—][\s\u3000]|--|——)[\s\u3000]*[\p{Script=Han}A-Za-z0-9·]{2,10}$/u;

/**
 * Before the text, a line that is the page's title (the headline with the site's name after a separator)
 * is the browser's title, not the article's: where the headline follows it, it goes; alone, it loses the
 * site's name.
 */
export function pageTitles(tree: Root, file: VFile, first: number): void {
  const kids = tree.children;
  for (let i = first; i < Math.min(kids.length, first + 8); i++) {
    const n = kids[i]!;
    if (n.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text') continue;
    const value = text(n).trim();
    // A page's title is a line, not a paragraph: a long one is text (and the patterns below need not read it).
    if (value.length > 200) continue;
    const again = (headline: string) => kids.slice(i + 1, i + 8).some((k) => (k.type === 'paragraph' || k.type === 'heading') && compactOf(text(k)) === compactOf(headline));
    const m = SITE_SUFFIX.exec(value) ?? namedSuffix(value, String(file.value)) ?? (i === first ? bodySuffix(value) ?? CHANNEL_SUFFIX.exec(value) ?? channelAndBody(value) ?? tightSite(value) : null);
    // `…_市县新闻_岱南网`: the channel's name stands between headline and site.
    const channel = m ? CHANNEL.exec(m[1]!) : null;
    if (m && channel) m[1] = m[1]!.slice(0, channel.index);
    // (Or any headline that the text prints again on its own, the title line being it and a separator and more:
    // `某某守牢禁烧防线-工作动态-某某镇人民政府` over `某某守牢禁烧防线`.)
    const headed = kids.slice(i + 1, i + 25).find((k) => {
      if (k.type !== 'paragraph' && k.type !== 'heading') return false;
      const h = text(k).trim();
      // (Or a space and the body's own name, `某某要及时清扫“门前雪” 某某市城市管理局`, as a government site writes it.)
      const after = value.slice(h.length);
      return h.length >= 8 && value.length > h.length + 2 && value.startsWith(h) && (/^[\s\u3000]*[-–—_|｜]/u.test(after) || (/^[ \u3000]+\S{4,24}$/u.test(after) && looksLikeOrganisation(after.trim())));
    });
    // (A public body after the dash, `通知公告-某某市自然资源和规划局`, the section's name printed again under it.)
    const body = BODY_HYPHEN.exec(value);
    const repeated = headed ? text(headed).trim() : [m?.[1], SITE_PREFIX.exec(value)?.[2], TIGHT_SUFFIX.exec(value)?.[1], body && looksLikeOrganisation(body[2]!) ? body[1] : undefined].find((h) => h !== undefined && again(h));
    if (repeated !== undefined) {
      // (Which of the lines under it is the headline, where two stand stacked, the page's title says.)
      file.data.pageTitle = compactOf(repeated);
      record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: value, to: "the page's title in the browser (the headline and the site's name)" });
      kids.splice(i, 1);
      // (The body's name, set again as the site's banner over the section, is the page's publisher: the source.)
      const banner = body && repeated === body[1] ? kids.slice(i, i + 4).find((k) => k.type === 'paragraph' && text(k).trim() === body[2]) : undefined;
      if (banner && metaOf(file).source === undefined) {
        metaOf(file).source = body![2]!;
        record(file, { rule: RULE, kind: 'moved', line: lineOf(banner), text: body![2]!, to: "front matter: source (the site's banner, the body the page's title names)" });
        kids.splice(kids.indexOf(banner), 1);
      }
      return;
    }
    if (!m) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: value.slice(m[1]!.length), to: "the site's name after the headline" });
    (n.children[0] as { value: string }).value = m[1]!;
    return;
  }
}

/** The source line right above the block is another short label: the two are a menu, one link a line. */
export function underLabel(n: RootContent, file: VFile): boolean {
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
const PAGE_HEAD_LINE = /^(?:\[[^\[\]]{2,30}\]|(?:[\p{Script=Han}]{0,8}(?:热线|熱線|电话|電話|挂号|掛號|咨询|諮詢)[：:][\s\u3000]*[\d－-]{7,20}[\s\u3000]*){1,4}|(?:首页|首頁|网站首页|網站首頁)[\p{Script=Han}]{4,40})$/u;

/** A site's name and its menu on one line, `某某网 新闻 生活`: the name, then words of two to four characters. */
function siteMenu(t: string): boolean {
  return /^\S+(?:[\s\u3000]+\p{Script=Han}{2,4}){1,8}$/u.test(t) && SITE_ONLY.test(t.split(/[\s\u3000]+/u)[0]!);
}

export function chromeOverHeading(tree: Root, file: VFile, first: number): boolean {
  const kids = tree.children;
  // (A page with no `#` heading marks its headline `##`, as a school's or a county's site sets it in an <h2>.)
  const top = kids.some((n) => n.type === 'heading' && n.depth === 1) ? 1 : 2;
  const at = kids.findIndex((n, k) => k > first && k <= first + 6 && n.type === 'heading' && n.depth === top);
  if (at < 0) return false;
  const meta = metaOf(file);
  const prev = kids[at - 1] as Paragraph;
  const name = text(prev).trim();
  // (Or a phrase over it, the 引题, as a page sets it in a `<p>` above its `<h1>`: `看一张报纸如何“诞生”`.)
  // (Not the second line of a block it shares with the line above, `周二至周日 9:00—21:00` / `周一闭馆（…）`: a kicker is a
  // block of its own.)
  const prevAt = prev === undefined ? undefined : lineOf(prev);
  const ownBlock = prevAt === undefined || (file.data.sourceLines?.[prevAt - 2] ?? '').trim() === '';
  // (A figure may stand in it, `老城区划定12处街头表演点位`, not a date's: a date line is the page's.)
  const phrase = /^[^。！？：:|｜/>›»]{6,24}$/u.test(name) && !/^\d|\d{4}|\d[月日号號]/u.test(name) && countHan(name) >= 6 && !SITE_ONLY.test(name) && !looksLikeOrganisation(name) && !siteMenu(name) && ownBlock;
  const kicker = meta.kicker === undefined && prev?.type === 'paragraph' && (/^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(name) || phrase) && !looksLikePersonName(name) && !prev.children.some((c) => c.type === 'link') && (at - 1 === first || !/^[\p{Script=Han}A-Za-z·]{2,8}$/u.test(text(kids[at - 2]!).trim()));
  // Chrome says so: a link, or a breadcrumb's separators. A plain line there (an 引题, an epigraph, a byline) is
  // the article's, and nothing is done.
  // (Or a logo's alt text in brackets, the site's hotline, a menu run together from its home link: `[某某慈善总会]`,
  // `捐赠热线：0736-8123456`, `首页关于我们慈善动态…`.)
  // (And a menu whose links a converter printed as a list of short names, `* 首页` / `* 新闻中心` …)
  // (And an app's bar: its name in bold and its slogan, `**某某新闻** 看某某，就用某某新闻`.)
  const appBar = (n: RootContent) => n.type === 'paragraph' && n.children[0]?.type === 'strong' && SITE_ONLY.test(text(n.children[0]).trim()) && text(n).trim().length <= 30 && !/[。！？]/u.test(text(n));
  const chrome = (n: RootContent) => appBar(n) || (n.type === 'paragraph' && siteMenu(text(n).trim())) || (n.type === 'list' && n.children.length >= 3 && n.children.every((item) => text(item).trim().length <= 8)) || (n.type === 'paragraph' && chromeLike(n) && (n.children.some((c) => c.type === 'link') || /[/>›»｜|]/u.test(text(n)) || PAGE_HEAD_LINE.test(text(n).trim())));
  // (Under a headline with its info line right below it in the source, `# 县图书馆推出…` / `作者：… 来源：… 发布时间：…`,
  // any block of no sentence above it is the page's too: a sidebar's opening hours, `#### 开馆时间` / `周二至周日…`.)
  const lines = file.data.sourceLines ?? [];
  const headAt = lineOf(kids[at]!);
  const infoLine = headAt === undefined ? undefined : lines.slice(headAt, headAt + 3).find((l) => l.trim() !== '');
  const infoBelow = infoLine !== undefined && (labelledLine(infoLine.trim()) ?? []).some((f) => f.key === 'byline' || f.key === 'published' || f.key === 'source');
  const noSentence = (n: RootContent) => (n.type === 'paragraph' || n.type === 'heading') && !(countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  if (!kids.slice(first, kicker ? at - 1 : at).every((n) => chrome(n) || (infoBelow && noSentence(n)))) return false;
  for (const n of kids.slice(first, kicker ? at - 1 : at)) {
    // (A read-later service's `[原文链接](…)` there names the article's own page: its address is the url.)
    const original = n.type === 'paragraph' ? n.children.find((c) => c.type === 'link' && fieldKeyOf(text(c).trim()) === 'url') : undefined;
    if (original?.type === 'link' && meta.url === undefined && /^https?:\/\//u.test(original.url)) {
      meta.url = original.url;
      record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: original.url, to: `front matter: url (the address of the chrome's link ${text(original).trim()})` });
    }
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the site's chrome a page converter kept above the article's `#` headline" });
  }
  if (kicker) {
    meta.kicker = name;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(prev), text: name, to: 'front matter: kicker (a short name right above the headline)' });
  }
  kids.splice(first, at - first);
  return true;
}

// `【云岭县启动防汛Ⅳ级应急响应】#话题# 7月11日…`: a post's headline in brackets at the start of its text.
// (A topic's tag may open the post before it, `#临澜搜救犬#【…】`: the platform's, gone with the brackets.)
export const LEAD_TITLE = /^[\s\u3000]*(#[^#\s\u3000]{1,20}#[\s\u3000]*)?【([^】]{6,40})】[\s\u3000]*/u;

export function leadTitle(tree: Root, file: VFile, first: number): void {
  const node = tree.children[first];
  const lead = node?.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0] : undefined;
  const m = lead ? LEAD_TITLE.exec(lead.value) : null;
  if (!lead || !m || /[讯訊]$/u.test(m[2]!) || m[0].length >= lead.value.trimEnd().length) return;
  const meta = metaOf(file);
  meta.title = tidySpaces(halves(m[2]!.trim()));
  if (m[1]) record(file, { rule: RULE, kind: 'removed', line: lineOf(node!), text: m[1].trim(), to: "the topic's tag before the post's headline" });
  record(file, { rule: RULE, kind: 'moved', line: lineOf(node!), text: m[2]!, to: 'front matter: title (the post\'s bracketed headline)' });
  record(file, { rule: RULE, kind: 'removed', line: lineOf(node!), text: '【】', to: "the headline's brackets" });
  lead.value = lead.value.slice(m[0].length);
}

// (A series is named as one: `…访谈`, `…书单`, `…手记`; a clause after the bar, `多条地铁线路停运`, is the headline's.)
export const BAR_SUFFIX = /^(.+?)[｜|]([\p{Script=Han}A-Za-z0-9·]{2,14})$/u;
export const SERIES_NAME = /^[\p{Script=Han}A-Za-z0-9·]{0,6}(?:访谈|專訪|专访|对话|對話|观察|觀察|周刊|週刊|专栏|專欄|笔记|筆記|手记|手記|故事|书单|書單|书评|書評|影评|影評|时评|時評|快评|锐评|评论|評論|人物|特写|特寫|调查|調查|视点|視點|课堂|課堂|讲堂|講堂|夜读|夜讀|早读|早讀|随笔|隨筆|说法|說法|科普|速递|速遞|周报|週報|月报|月報|漫谈|漫談|闲话|閒話|杂谈|雜談|档案|檔案|日记|日記|纪事|紀事|读书|讀書|书房|書房|茶座|夜话|夜話)$/u;

// A column label before a bar (`评论 | 严惩…`): the kicker of the title, not part of it.
// (A series' name may run to ten characters: `蓼川非遗进乡村｜百年皮影戏…`.)
export const LABEL = /^([^\s|｜]{1,10})[\s\u3000]*[|｜][\s\u3000]*(.{6,})$/u;

// The 副题 of an interview or a profile: `访…` / `专访…` / `对话…` / `记…` and a person, with no sentence in it.
const PROFILE_DECK = /^(?:访|专访|對話|对话|记|記)[^，。！？；：,.!?;:]{3,28}$/u;

/** A title given by the scrape's front matter: its column label becomes the kicker; spaces between its parts one U+3000. */
export function splitGivenTitle(meta: Record<string, unknown>, file: VFile, opening: string[]): string | undefined {
  let title = String(meta.title).trim();
  const m = LABEL.exec(title);
  // (The label may be the kicker already, read from the text's `【璩江快讯】`: then it is a repeat in the title.)
  if (m && (meta.kicker === undefined || meta.kicker === m[1])) {
    const repeat = meta.kicker !== undefined;
    meta.kicker = m[1]!;
    record(file, { rule: RULE, kind: repeat ? 'removed' : 'moved', text: m[1]!, to: repeat ? 'a repeat of front matter: kicker' : 'front matter: kicker' });
    record(file, { rule: RULE, kind: 'removed', text: '|', to: 'the bar between column label and title' });
    title = m[2]!;
  }
  // A page title's site name after a bar (`… | 晴港新聞`): the site's, where the front matter names it as source
  // or it is short; the story's headline is what stands before it.
  const site = /(?<![ \t])[ \t]+[|｜][ \t]*([^|｜]{1,16})$/u.exec(title);
  if (site && site.index > 0 && (site[1]!.trim() === String(meta.source ?? '') || site[1]!.trim().length <= 8)) {
    record(file, { rule: RULE, kind: 'removed', text: site[0].trim(), to: "the site's name after the page title" });
    title = title.slice(0, site.index).trim();
  }
  // A CMS's page title, `标题_栏目_站点` (TRS, a government site's): the column's and the site's names after
  // underscores, the last a site or a body (`_工作动态_滠阳县卫生健康局`). Underscores part no Chinese headline.
  // (Or hyphens, `标题-栏目-站点`, where a column's name stands between: a range's hyphen is no such pair.)
  const cms = /^([^_]{6,}?)((?:_[^_]{2,12}){0,2}_([^_]{2,20}))$/u.exec(title) ?? /^([^-]{6,}?)(-[\p{Script=Han}]{2,8}-([\p{Script=Han}]{2,20}))$/u.exec(title);
  if (cms && (new RegExp(`^${SITE_NAME}$`, 'u').test(cms[3]!) || looksLikeOrganisation(cms[3]!) || cms[3] === String(meta.source ?? ''))) {
    record(file, { rule: RULE, kind: 'removed', text: cms[2]!, to: "the column's and the site's names after the page title" });
    title = cms[1]!.trim();
  }
  // Any name after a separator (`…扫码可查最近避难点-掌上潈州`, an app's), where the text prints the headline
  // without it: the page's title added the name.
  // (The spaces before the separator follow the headline's last character, `(?<![ \t])`: a run of them is tried once,
  // not from each of its characters.)
  const named = /^(.{6,}?)(?<![ \t])[ \t]*[-–—_|｜][ \t]*([^-–—_|｜]{2,16})$/u.exec(title);
  // (The text may open with the page's title itself, as a record's text copies it, and print the headline under it.)
  const fullAt = opening.indexOf(compactOf(title));
  const headAt = named ? opening.indexOf(compactOf(named[1]!)) : -1;
  if (named && headAt >= 0 && (fullAt < 0 || fullAt < headAt)) {
    const name = title.slice(named[1]!.length).trim();
    record(file, { rule: RULE, kind: 'removed', text: name, to: "the name after the page title (the text prints the headline without it)" });
    title = named[1]!.trim();
    // (A periodical's name there is the page's publisher: `… - 某某财经周刊`.)
    const periodical = named[2]!.trim();
    if (meta.source === undefined && /(?:周刊|週刊|杂志|雜誌|日报|日報|晚报|晚報)$/u.test(periodical)) {
      meta.source = periodical;
      record(file, { rule: RULE, kind: 'moved', text: periodical, to: "front matter: source (the periodical's name after the page title)" });
    }
  }
  // A site's name before the headline (an e-paper's page title, `某某日报数字报-标题`), where the text prints the
  // headline without it: the name the site's.
  const prefixed = SITE_PREFIX.exec(title);
  if (prefixed && opening.includes(compactOf(prefixed[2]!))) {
    record(file, { rule: RULE, kind: 'removed', text: title.slice(0, title.length - prefixed[2]!.length).trim(), to: "the site's name before the page title (the text prints the headline without it)" });
    title = prefixed[2]!.trim();
  }
  // `先生走了，秋天还在——怀念宓汝舟老师`: a page title that runs the 副题 on after a dash, where the text prints
  // the two apart (the headline, then `——怀念…` under it). A title printed whole is one title, unless what
  // follows the dash is the 副题 of an interview or a profile by its form (`——访某院长某某`, `——记某某`).
  const dashed = /^([^—]{4,40}?)——([^—]{2,30})$/u.exec(title);
  let deck: string | undefined;
  const printedApart = dashed && opening.includes(compactOf(dashed[1]!)) && opening.includes(compactOf(`——${dashed[2]}`));
  if (dashed && meta.deck === undefined && (printedApart || PROFILE_DECK.test(dashed[2]!))) {
    title = dashed[1]!.trim();
    deck = dashed[2]!.trim();
    record(file, { rule: RULE, kind: 'removed', text: `——${deck}`, to: "the 副题 after the page title's dash (read from the text, or into deck)" });
  }
  const spaced = halves(title);
  if (spaced !== String(meta.title)) record(file, { rule: RULE, kind: 'changed', text: String(meta.title), to: spaced });
  meta.title = spaced;
  return deck;
}
