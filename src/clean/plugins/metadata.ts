/**
 * metadata: lines that describe the article rather than tell it — original
 * title, source, editor, byline, stand-alone photo credits — move from the
 * body to the front matter (the report says where each went).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { isDirective, lineOf, sourceText, text } from '../tree.ts';
import { looksLikePersonName } from '../names.ts';
import { looksLikeOrganisation, SIGNED_DATE } from '../organisations.ts';
import { countHan, separateNames } from '../chars.ts';
import { LEADING_ROLE, REPORTER_ROLE } from '../roles.ts';
import { DATE, fieldKeyOf, GOV_FIELD_WORDS, labelledLine, spacedLabel, tidyDate, type LabelledField } from '../labelled-line.ts';
import { CREDIT } from './captions.ts';

export const RULE = 'metadata';

interface Field {
  key: string;
  re: RegExp;
  /** Splits one captured value into several (editors separated by spaces). */
  split?: (value: string, file: VFile) => string[];
  /** For a source: how strong its evidence is (see setSource); by default from its brackets. */
  rank?: number;
}


const FIELDS: Field[] = [
  { key: 'original_title', re: /^[（(【\[]?原标题[：:]\s*(.+?)[）)】\]]?$/u },
  { key: 'source', re: /^[（(【\[]?(?:本文|文章|稿件|内容)?(?:来源|稿源)[：:]\s*(.+?)[）)】\]]?$/u },
  // `本文转载自微信公众号“某某发布”`: the account it was reposted from.
  { key: 'source', rank: 1, re: /^[（(]?(?:本文|文章)?(?:转载自|转自|转载于|来自|来源于)(?:微信)?公众号[：:]?[\s\u3000]*[“"「]?([^”"」）)]{2,20})[”"」]?[）)]?$/u },
  // `本文转发自【某某早报App】`: the app the article was forwarded from, as its share footer names it.
  { key: 'source', rank: 1, re: /^(?:本文|文章)?(?:转发自|轉發自|分享自|来自|來自)[【\[「“]([^】\]」”]{2,20})[】\]」”]$/u },
  // `（星島日報報道）`: the paper that reported it, in brackets after the text.
  { key: 'source', re: /^[（(]([\p{Script=Han}]{2,10}?(?:报|報|社|网|網|台))(?:报道|報道|讯|訊)[）)]$/u },
  { key: 'photo_credits', re: /^[（(]((?:本文)?(?:图片|配图)(?:来自|来源于|源自|来源[：:])网络)[）)]$/u },
  { key: 'photo_credits', re: /^[（(]?(资料图|資料圖|资料照片|資料照片|网络图片|網絡圖片)[）)]?$/u },
  // `（图片由受访者提供）`, `（本文图片均由某某局提供）`: who gave the photos that are gone.
  { key: 'photo_credits', re: /^[（(]?((?:本文[\s\u3000]*)?(?:图片|配图|照片|圖片|配圖)(?:均|皆)?由[^（）()。，]{2,20}(?:提供|供图|供圖))[）)]?$/u },
  { key: 'editor', re: /^[（(【\[]?\s*(?:责任编辑|责编|编辑|責任編輯|責編|編輯)[：:]\s*(.+?)\s*[）)】\]]?$/u, split: splitEditors },
  { key: 'byline', re: /^(?:原创[：:]|作者[：:]|文[\s\u3000]*[/／][\s\u3000]*图|图[\s\u3000]*[/／][\s\u3000]*文|文[\s\u3000]*[｜|/／])\s*(.+)$/u },
  // A screen reader's label left in the text (`作者，沈兰`): only on a short line of its own.
  { key: 'byline', re: /^作者[，,]\s*([\p{Script=Han}A-Za-z·]{2,12})$/u },
  // `（本报记者 孟夏 实习生 陆一鸣）` on a line of its own, often at the end: the reporters.
  // (`（曦州台记者 伍思源 佟瑶）`: the station's or paper's name before the role.)
  { key: 'byline', re: new RegExp(`^[（(](?![^）)]*(?:摄|攝|发|發|报道|報道|整理)[）)]$)(?:\\p{Script=Han}{1,6}?(?:台|报|報|网|網|社|融媒))?(${REPORTER_ROLE}[\\s\\u3000]*[\\p{Script=Han}·]{2,4}(?:(?:[\\s\\u3000、，]{1,3}|[\\s\\u3000]*${REPORTER_ROLE}[\\s\\u3000]*)[\\p{Script=Han}·]{2,4}){0,5})[）)]$`, 'u'), split: reportersOnly },
  // A commentary's signature (`本报评论员`, `岚江日报特约评论员`): the paper's commentator is its byline.
  { key: 'byline', re: /^((?:本报|本刊|本台|本网|本報|本網|[\p{Script=Han}]{2,10}?(?:日报|日報|报|報|社|网|網|台))?(?:特约|特約)?(?:评论员|評論員))$/u },
  { key: 'photo_credits', re: new RegExp(`^(${CREDIT.source.slice(1, -1)})$`, 'u') },
  { key: 'photo_credits', re: /^(?:图像来源|圖像來源)[\s\u3000]*[，,]\s*(.{1,40})$/u },
  { key: 'notes', re: /^[（(]((?:文章|本文)有(?:删改|删节|改动)|本文为.{1,20}原创)[）)]$/u },
];

export interface Options {
  /** After the joins: only the paragraphs a join made (or a stray space hid), which may just have become a metadata line. */
  late?: boolean;
}

const CONTENT_LABEL = /^(?:正文|内容|內容)[\s\u3000]*[：:][\s\u3000]*(?=\S)/u;
const COLUMN = /^【([\p{Script=Han}·]{2,8})】$/u;
const TITLE_FIELD = /^(?:标题|標題|题目|題目)[\s\u3000]*[：:]/u;
const NOTE_WORDS = /^(?:导读|導讀|编者按|編者按|摘要|提要|导语|導語|按语|按語|记者|記者|来源|來源|图|圖|视频|視頻|更新|快讯|快訊|原创|原創)$/u;

export default function remarkMetadata(options: Options = {}) {
  if (options.late) {
    return (tree: Root, file: VFile) => {
      tree.children = tree.children.filter((node) => !(node.type === 'paragraph' && (node.data?.joined || node.data?.respaced) && text(node).length <= 80 && take(node, file)));
      // The last paragraph made whole may end in the editor's bracket and its code now (`…（編輯：某某）1130615`).
      const last = tree.children.findLast((n) => n.type === 'paragraph');
      if (last?.data?.joined) trailingEditor(tree, file);
    };
  }
  return (tree: Root, file: VFile) => {
    const kept: RootContent[] = [];
    let endMark = -1;
    let afterDate = false;
    let dateLine = -1;
    let lastTaken = -1;
    let bodySeen = false;
    let hanSeen = 0;
    let pageTurn = false;
    for (const [index, node] of tree.children.entries()) {
      const before = metaOf(file).source ?? metaOf(file).editor;
      // A script's printed fields (`标题：` / `作者：` / `发布时间：` / `正文： …`): the text's own label goes.
      const lead = node.type === 'paragraph' && !bodySeen && node.children[0]?.type === 'text' ? CONTENT_LABEL.exec(node.children[0].value) : null;
      if (lead && node.type === 'paragraph' && node.children[0]?.type === 'text' && (metaOf(file).title !== undefined || metaOf(file).published !== undefined)) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: lead[0].trim(), to: "the label of the text's field" });
        node.children[0].value = node.children[0].value.slice(lead[0].length);
      }
      // A column's name in brackets over the text (`【灯下闲笔】`), before its first sentence: the kicker.
      // Only where nothing but a script's title field stands above it, and no other line of the text is set so
      // (`【事件回顾】` / … / `【记者调查】` are section heads; under a printed headline stack, title-parts reads it).
      const column = node.type === 'paragraph' && !bodySeen && metaOf(file).kicker === undefined && kept.every((n) => n.type === 'paragraph' && TITLE_FIELD.test(text(n).trim())) ? COLUMN.exec(text(node).trim()) : null;
      if (column && !NOTE_WORDS.test(column[1]!) && tree.children.filter((n) => n.type === 'paragraph' && COLUMN.test(text(n).trim())).length === 1) {
        metaOf(file).kicker = column[1]!;
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: column[1]!, to: "front matter: kicker (the column's name over the text)" });
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '【】', to: "the column name's brackets" });
        continue;
      }
      // `作者：沈一川` between `书名：…` and `出版社：…` is a fact of the book under review, not the article's.
      if (node.type === 'paragraph' && /^(作者|著者|编者|編者|主编|主編)[\s\u3000]*[：:][^：:]{1,30}$/u.test(text(node).trim()) && inDataBox(kept[kept.length - 1], tree.children[index + 1])) {
        kept.push(node);
        continue;
      }
      // A portal's header prints the publishing account on the line after the date (`2024-04-26 10:35` / `溪南发布`).
      // The very next line of the source: past a page's toolbar or page label, a short line is the headline's.
      if (afterDate && !bodySeen && node.type === 'paragraph' && ACCOUNT.test(text(node).trim()) && lineOf(node) === dateLine + 1) {
        afterDate = false;
        setSource(file, text(node).trim(), 1, lineOf(node));
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: text(node).trim(), to: 'front matter: source (the account under the date)' });
        continue;
      }
      // A column's author card (知乎, 简书 …): the name, a one-line bio, the follow button (`关注他`). The name is the
      // byline; the bio and the button are the platform's.
      if (!bodySeen && node.type === 'paragraph' && FOLLOW.test(text(node).trim())) {
        const bio = kept.at(-1);
        const hasBio = bio?.type === 'paragraph' && !looksLikePersonName(text(bio)) && text(bio).trim().length <= 40 && !/[。！？]$/u.test(text(bio).trim());
        const name = hasBio ? kept.at(-2) : bio;
        if (name?.type === 'paragraph' && looksLikePersonName(text(name))) {
          record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node).trim(), to: "the follow button of the author's card" });
          if (hasBio) record(file, { rule: RULE, kind: 'removed', line: lineOf(bio!), text: text(bio!).trim(), to: "the author's one-line bio on the card" });
          if (metaOf(file).byline === undefined) pushMeta(file, 'byline', text(name).trim());
          record(file, { rule: RULE, kind: 'moved', line: lineOf(name), text: text(name).trim(), to: "front matter: byline (the author's card)" });
          kept.splice(kept.indexOf(name), hasBio ? 2 : 1);
          continue;
        }
      }
      // An aggregator's account header: the account's name (its verified badge copied as a letter: `槐岗融媒V`)
      // over the follow button (`关注`, which boilerplate has taken). The account is the source; the badge and
      // the button are the platform's.
      const below = (file.data.sourceLines?.[lineOf(node) ?? -1] ?? '').trim();
      if (!bodySeen && node.type === 'paragraph' && /^[+＋]?(?:关注|關注)$/u.test(below) && /^[\p{Script=Han}A-Za-z0-9·]{2,16}$/u.test(text(node).trim())) {
        const name = text(node).trim();
        const badge = /(?<=\p{Script=Han})[Vv]$/u.exec(name);
        const source = badge ? name.slice(0, badge.index) : name;
        if (badge) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: badge[0], to: "the account's verified badge" });
        setSource(file, source, 2, lineOf(node));
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: source, to: 'front matter: source (the account over its follow button)' });
        continue;
      }
      // `点击数：` on the header line, its figure alone on the next (`1482`): the counter's, not the text's.
      const line = lineOf(node);
      if (node.type === 'paragraph' && line !== undefined && lastTaken === line - 1 && /^\d[\d,]{0,9}$/u.test(text(node).trim()) && /[：:][\s\u3000]*$/u.test(file.data.sourceLines?.[line - 2] ?? '')) {
        record(file, { rule: RULE, kind: 'removed', line, text: text(node).trim(), to: 'the figure of the counter labelled on the line above' });
        continue;
      }
      const published = metaOf(file).published;
      afterDate = false;
      // Running text: a headline of twenty characters and more (`…开幕！30多家老字号…`) has no full stop.
      // (Hard-wrapped text, a PDF's narrow column, is read a line at a time: a hundred characters of it are text too.)
      // (Once seen, the body stays seen: its paragraphs are counted no more, and each once.)
      if (!bodySeen && node.type === 'paragraph') {
        const value = text(node);
        const han = countHan(value);
        if (/[，。；、]/u.test(value)) hanSeen += han;
        if ((han >= 20 && (/[。]/u.test(value) || han >= 50)) || hanSeen >= 200) bodySeen = true;
      }
      if (pageTurn && node.type === 'paragraph' && !isRunningHead(node, file)) {
        pageTurn = false;
        node.data = { ...node.data, gap: false };
      }
      // A date alone under the issuing body's name, after the text, is the signature of a document (落款).
      if (bodySeen && node.type === 'paragraph' && SIGNED_DATE.test(text(node).trim()) && kept.at(-1)?.type === 'paragraph' && looksLikeOrganisation(text(kept.at(-1)!))) {
        kept.push(node);
        continue;
      }
      if (take(node, file) || roleLine(node, file)) {
        lastTaken = lineOf(node) ?? -1;
        if (file.data.runningHeadRemoved) {
          // A running head repeated on a page marks a page turn: the text may run on after it.
          file.data.runningHeadRemoved = false;
          pageTurn = true;
        }
        const dated = published === undefined && metaOf(file).published !== undefined && !bodySeen;
        // The platform's 原创 mark between the account and the date line (`麓溪吃货阿岚` / `原创` / `2024-10-03 18:45`).
        const badge = kept[kept.length - 1];
        if (dated && kept.length >= 2 && badge?.type === 'paragraph' && /^(?:原创|原創)$/u.test(text(badge).trim())) {
          record(file, { rule: RULE, kind: 'removed', line: lineOf(badge), text: text(badge).trim(), to: "the platform's 原创 mark above the date line" });
          kept.pop();
        }
        // The publishing account printed just above the date line (`溪南融媒` / `2024-06-03 09:12 发布于浙江`).
        const above = kept[kept.length - 1];
        const reporter = dated && metaOf(file).byline === undefined && above?.type === 'paragraph' && looksLikePersonName(text(above));
        if (reporter) {
          // A person's name alone between headline and date line (`黄诗婷` / `发布/2024年…`) is the reporter's byline.
          metaOf(file).byline = text(above).trim();
          record(file, { rule: RULE, kind: 'moved', line: lineOf(above), text: text(above).trim(), to: 'front matter: byline (a name alone above the date)' });
          kept.pop();
        } else if (dated && metaOf(file).source === undefined && above?.type === 'paragraph' && !PAGE_LABEL.test(text(above).trim()) && (kept.length >= 2 ? /^[\p{Script=Han}A-Za-z0-9·]{2,8}$/u : /^[\p{Script=Han}A-Za-z0-9·]{2,6}$/u).test(text(above).trim())) {
          setSource(file, text(above).trim(), 1, lineOf(above));
          record(file, { rule: RULE, kind: 'moved', line: lineOf(above), text: text(above).trim(), to: 'front matter: source (the account above the date)' });
          kept.pop();
        }
        afterDate = dated && metaOf(file).source === undefined;
        dateLine = lineOf(node) ?? -1;
        // A source or editor line closes the article: its position is the end mark.
        if ((metaOf(file).source ?? metaOf(file).editor) !== before || /责任编辑|责编|来源/u.test(text(node))) endMark = kept.length;
        continue;
      }
      kept.push(node);
    }
    tree.children = afterTheEnd(kept, endMark, file);
    trailingByline(tree, file);
    trailingEditor(tree, file);
    trailingSource(tree, file);
    tree.children = accountLines(tree.children, file);
  };
}

/**
 * A reposted WeChat article opens with the account that posts it, under the title: the author, then the
 * account's name, each on a line of its own (`蒋萌` / `中国信息安全`), or the original publisher's desk
 * (`正在新闻热点组`). Left in the body they read as subheadings. Before the first paragraph of text, a
 * line that is one of the article's sources (its front matter, or a 来源 line) goes (reported), a short
 * name just before it becomes the byline, and a source followed by a few characters (a desk) too.
 */
function accountLines(nodes: RootContent[], file: VFile): RootContent[] {
  const raw = metaOf(file).source;
  const named = [...(Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]), ...(file.data.sourceNames ?? [])];
  const sources = [...new Set(named.map(String))].filter((s) => s.length >= 2);
  if (sources.length === 0) return nodes;
  const line = (node: RootContent | undefined) => (node?.type === 'paragraph' && !isDirective(node) ? text(node).trim() : undefined);
  const bodyStart = nodes.findIndex((n) => { const t = line(n); return t !== undefined && t.length >= 40 && /[。！？]/u.test(t); });
  const head = bodyStart < 0 ? nodes.length : bodyStart;
  const drop = new Set<number>();
  for (let i = 0; i < head; i++) {
    const t = line(nodes[i]);
    if (t === undefined) continue;
    // The author's line over the account's, both named as sources (a body that writes for its own account).
    const next = line(nodes[i + 1]);
    if (sources.includes(t) && next !== undefined && next !== t && sources.includes(next) && !drop.has(i)) {
      drop.add(i);
      pushMeta(file, 'byline', t);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i]!), text: t, to: 'front matter: byline (the author over the account)' });
      continue;
    }
    if (sources.includes(t)) {
      drop.add(i);
      record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i]!), text: t, to: 'the account name, repeating the front matter: source' });
      const before = line(nodes[i - 1]);
      // (The author may be a body, as a county's media centre signs its bundles: `某县融媒体中心`.)
      if (before !== undefined && !drop.has(i - 1) && (/^\p{Script=Han}{2,4}$/u.test(before) || (before.length <= 16 && looksLikeOrganisation(before)))) {
        drop.add(i - 1);
        pushMeta(file, 'byline', before);
        record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i - 1]!), text: before, to: 'front matter: byline' });
      }
      continue;
    }
    const desk = sources.find((s) => t.startsWith(s) && /^\p{Script=Han}{1,6}$/u.test(t.slice(s.length)));
    if (desk) {
      drop.add(i);
      // `经纬商报网`: the source's site, its banner; `正在新闻热点组`: a desk of it, the byline.
      if (SITE_TAIL.test(t.slice(desk.length))) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i]!), text: t, to: "the site's name, the front matter's source" });
        continue;
      }
      pushMeta(file, 'byline', t);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i]!), text: t, to: 'front matter: byline' });
    }
  }
  return nodes.filter((_, i) => !drop.has(i));
}

const SITE_TAIL = /^(?:网|網|网站|網站|客户端|客戶端|官网|官網|新闻网|新聞網|电子版|電子版|数字报|數字報|APP|App|app)$/u;

// The labels of a fact box about a book, a film, a show or a place: the fields beside them are its own.
const DATA_BOX = /^(书名|書名|出版社|出版時間|出版时间|出版日期|ISBN|定价|定價|页数|頁數|开本|開本|装帧|裝幀|译者|譯者|片名|导演|導演|编剧|編劇|主演|上映时间|上映時間|上映日期|片长|片長|展期|展览时间|展覽時間|演出时间|演出時間|票价|票價|地址|营业时间|營業時間|开放时间|開放時間)[\s\u3000]*[：:]/u;

function inDataBox(prev: RootContent | undefined, next: RootContent | undefined): boolean {
  return [prev, next].some((n) => n?.type === 'paragraph' && DATA_BOX.test(text(n).trim()));
}

// A reporter line of its own, as papers print it under the headline: `本报记者  沈嘉禾  唐维舟`, `□ 何秋池`.
const ROLE_WORD = '(?:[\\p{Script=Han}]{0,6}?(?:特约|实习)?(?:记者|通讯员|記者)|实习生|實習生|文[\\s\\u3000]*[／/]|图[\\s\\u3000]*[／/])';
const REPORTER_LINE = new RegExp(`^((?:[□■◎●]|${ROLE_WORD})[\\s\\u3000]*)((?:${ROLE_WORD}[\\s\\u3000]*)?[\\p{Script=Han}·]{2,4}(?:(?:[\\s\\u3000、，]{1,4}|[\\s\\u3000]*${ROLE_WORD}[\\s\\u3000]*)[\\p{Script=Han}·]{2,4}){0,5})$`, 'u');

const ROLE_WORD_RE = new RegExp(ROLE_WORD, 'u');

// Public-information fields of a government page (信息公开目录): `索 引 号：…`, `发布机构：…`.
const GOV_FIELD = new RegExp(`^(${GOV_FIELD_WORDS.map(spacedLabel).join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*(.{1,100})$`, 'u');
// A magazine's running head: its name and issue (`溪南风物  2024年第5期`).
const MAGAZINE_HEADER = /^([\p{Script=Han}A-Za-z]{2,12})[\s\u3000]+(\d{4}[ ]?年[ ]?第[ ]?\d{1,3}[ ]?期)$/u;

declare module 'vfile' {
  interface DataMap {
    /** A magazine's running head, once read: its later copies are page furniture. */
    runningHead: string;
    runningHeadRemoved: boolean;
    /** The line published came from: a bare date (a site's date bar) yields to a labelled 发布时间 line. */
    publishedBare: boolean;
  }
}

// A newspaper page's header, as PDF text gives it: `2024年3月8日  星期五    溪南日报    第7版  副刊`.
const PAGE_HEADER = /^(\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日)[\s\u3000]+(?:(?:星期|周)[一二三四五六日天][\s\u3000]+)?([\p{Script=Han}]{2,10}?(?:报|報|刊))[\s\u3000]+第[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*版(?:[\s\u3000]+[\p{Script=Han}]{1,8})?$/u;

const NAMES_DID = /^([\p{Script=Han}]{2,4}(?:[\s\u3000、，]+[\p{Script=Han}]{2,4}){0,3})[\s\u3000]*(报道|報道|報導|采写|採寫|撰文)$/u;
const ACCOUNT = /^[\p{Script=Han}A-Za-z0-9·]{2,12}$/u;

// The newspaper's citation line: `《 人民日报 》（ 2024年05月06日   第 04 版）`.
const CITATION = /^《[\s\u3000]*([^》]{2,20}?)[\s\u3000]*》[\s\u3000]*[（(][\s\u3000]*(\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日)[\s\u3000]*(第[\s\u3000]*\d{1,3}[\s\u3000]*版)?[\s\u3000]*[）)]$/u;

// WeChat's 原创 badge line: author, role word, account (`原创：路闻卓立编译人民币交易与研究`).
const BADGE = /^原创[：:][\s\u3000]*([\p{Script=Han}A-Za-z]{2,8}?)[\s\u3000]*(编译|整理|编辑|撰文|翻译|文)[\s\u3000]*([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,20})$/u;

const NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s\\u3000、，]{1,3}[\\p{Script=Han}·]{2,4}){0,4}';
const SP = '[\\s\\u3000]*';
// `（记者　陈伟　整理）` glued to the end of the last paragraph.
const TRAILING = new RegExp(`${SP}([（(]${SP}(?:本报|本刊)?(?:特约|实习)?(?:记者|通讯员|评论员)${SP})(${NAMES})(${SP}(?:整理|报道|采写|综合报道|综合)?${SP}[）)])${SP}$`, 'u');
// `本版采写／新京报记者　王瑞锋　摄影／新京报记者　尹亚飞`: one line of roles, each with its people.
// The roles a credit line sets before a slash: the writers, the photographers, and the desk (`编辑/某某`,
// `审核/某某`: the editor is read as such, the other production credits go).
const ROLE = /(?:本版|本文)?(采写|撰文|文字|文|摄影|插图|题图|配图|图片|图|责任编辑|责编|编辑|审核|校对|美编|监制|统筹)[\s\u3000]*[／/｜|]/gu;
const ROLE_LINE = new RegExp(`^(?:(?:本版|本文)?(?:采写|撰文|文字|文|摄影|插图|题图|配图|图片|图|责任编辑|责编|编辑|审核|校对|美编|监制|统筹)${SP}[／/｜|]${SP}(?:[\\p{Script=Han}]{0,8}?(?:记者|通讯员))?${SP}${NAMES}${SP})+$`, 'u');
const DESK = /^(?:责任编辑|责编|编辑)$/u;
// A role word with the paper that gives it (`新京报记者`, `本刊记者`, `实习记者`).
const ROLE_IN_BYLINE = new RegExp(`(?:\\p{Script=Han}{1,8}?(?:报|報|网|網|社|台|新闻|新聞|融媒|客户端|客戶端|杂志|雜誌|周刊|週刊))?(?:全媒体|全媒體|融媒体|融媒體|首席|见习|見習|摄影|攝影)?${REPORTER_ROLE}`, 'gu');
const PRODUCTION = /^(?:审核|校对|美编|监制|统筹)$/u;

/**
 * What a reposting account sets after the article's closing source or editor line — promotion lines,
 * images, "click to learn more" — is not the article. Only short lines without sentences count as such;
 * a paragraph of text after the mark keeps everything.
 */
function afterTheEnd(nodes: RootContent[], endMark: number, file: VFile): RootContent[] {
  if (endMark < 0 || endMark >= nodes.length) return nodes;
  const body = nodes.slice(0, endMark).filter((n) => n.type === 'paragraph' && countHan(text(n)) >= 20).length;
  const tail = nodes.slice(endMark);
  const chrome = (n: RootContent) => n.type === 'thematicBreak' || (n.type === 'paragraph' && ((text(n).trim().length <= 40 && !/[。！？]/u.test(text(n))) || /^https?:\/\/\S+$/u.test(text(n).trim())));
  if (body < 3 || tail.length > 12 || tail.length * 2 > nodes.length || !tail.every(chrome)) return nodes;
  for (const n of tail) {
    // The share link an app or a notes app appends to the copied text is the article's own address.
    const address = n.type === 'paragraph' ? text(n).trim() : '';
    if (/^https?:\/\/[^\s]+$/u.test(address) && metaOf(file).url === undefined) {
      metaOf(file).url = address;
      record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: address, to: 'front matter: url (the link shared with the copied text)' });
      continue;
    }
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "after the article's closing source line: the reposter's promotion" });
  }
  return nodes.slice(0, endMark);
}

function isRunningHead(node: RootContent, file: VFile): boolean {
  return file.data.runningHead !== undefined && text(node).replace(/[\s\u3000]+/gu, '') === file.data.runningHead;
}

function trailingByline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.byline !== undefined) return;
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph');
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING.exec(tail.value);
  if (!m || m.index === 0) return;
  const line = lineOf(last);
  const role = /[\s\u3000]+(整理|报道|采写|综合)$/u.exec(m[2]!);
  if (role) {
    m[3] = m[2]!.slice(role.index) + m[3]!;
    m[2] = m[2]!.slice(0, role.index);
  }
  const inner = new RegExp(`[\\s\\u3000]*${ROLE_WORD}[\\s\\u3000]*`, 'gu');
  for (const r of m[2]!.matchAll(inner)) record(file, { rule: RULE, kind: 'removed', line, text: r[0].trim(), to: 'a role in the byline' });
  const people = m[2]!.replace(inner, '\u3000').trim();
  pushMeta(file, 'byline', people);
  record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
  record(file, { rule: RULE, kind: 'removed', line, text: m[1]!.trim(), to: 'label of front matter: byline' });
  record(file, { rule: RULE, kind: 'removed', line, text: m[3]!.trim(), to: 'label of front matter: byline' });
  tail.value = tail.value.slice(0, m.index);
}

// `…的社区客厅。（編輯：蕭博文）1130615`: the desk's editor in brackets, and the wire's story code, closing the text.
const TRAILING_EDITOR = /(?<=[。！？”」』）)])[\s\u3000]*([（(][\s\u3000]*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)[\s\u3000]*[：:]?[\s\u3000]*)([\p{Script=Han}·]{2,4}(?:[、，\s\u3000]{1,2}[\p{Script=Han}·]{2,4}){0,3})([\s\u3000]*[）)])[\s\u3000]*(\d{6,8})?[\s\u3000]*$/u;

function trailingEditor(tree: Root, file: VFile): void {
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph' && !isDirective(n));
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING_EDITOR.exec(tail.value);
  if (!m) return;
  const line = lineOf(last);
  for (const name of splitEditors(m[2]!, file)) pushMeta(file, 'editor', name);
  record(file, { rule: RULE, kind: 'moved', line, text: m[2]!, to: 'front matter: editor' });
  record(file, { rule: RULE, kind: 'removed', line, text: `${m[1]!.trim()}${m[3]!.trim()}`, to: 'label of front matter: editor' });
  if (m[4]) record(file, { rule: RULE, kind: 'removed', line, text: m[4], to: "the wire's story code" });
  tail.value = tail.value.slice(0, m.index).trimEnd();
}

// `…同比增长12.4%。（来源：某某证券报）`: the paper the story came from, in brackets after the last sentence.
const TRAILING_SOURCE = /(?<=[。！？”」])([（(](?:来源|來源|稿源|本文来源|本文來源)[：:][\s\u3000]*)([^（）()：:。]{2,20}?)([）)])$/u;

const OUTLET = /(?:报|報|网|網|社|台|新闻|新聞|客户端|客戶端|杂志|雜誌|周刊|週刊|融媒|融媒体中心|融媒體中心)$/u;

/** The source glued in brackets to the end of the last paragraph. */
function trailingSource(tree: Root, file: VFile): void {
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph' && !isDirective(n));
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING_SOURCE.exec(tail.value.trimEnd());
  // A figure's or a quotation's source (`（来源：国家统计局）`) is the text's citation: only an outlet is the story's.
  if (!m || !OUTLET.test(m[2]!.trim())) return;
  const line = lineOf(last);
  record(file, { rule: RULE, kind: 'removed', line, text: `${m[1]!.trim()}${m[3]!}`, to: 'label of front matter: source' });
  setSource(file, m[2]!.trim(), 2, line);
  record(file, { rule: RULE, kind: 'moved', line, text: m[2]!.trim(), to: 'front matter: source' });
  tail.value = tail.value.trimEnd().slice(0, m.index).trimEnd();
}

// `（文/某某 图/某某）`: a credit line in brackets, closing a campus or local story.
const unbracketed = (v: string) => /^[（(][^（()）]+[）)]$/u.test(v) ? v.slice(1, -1).trim() : v;

function roleLine(node: RootContent, file: VFile): boolean {
  if (node.type !== 'paragraph' || isDirective(node)) return false;
  const whole = text(node).trim();
  const value = unbracketed(whole);
  if (value.length > 80 || !ROLE_LINE.test(value)) return false;
  const line = lineOf(node);
  if (value !== whole) record(file, { rule: RULE, kind: 'removed', line, text: `${whole[0]}${whole[whole.length - 1]}`, to: "the credit line's brackets" });
  const marks = [...value.matchAll(ROLE)];
  marks.forEach((m, k) => {
    const segment = value.slice(m.index, marks[k + 1]?.index ?? value.length).trim();
    if (/摄影|图/u.test(m[1]!)) {
      pushMeta(file, 'photo_credits', segment);
      record(file, { rule: RULE, kind: 'moved', line, text: segment, to: 'front matter: photo_credits' });
      return;
    }
    if (PRODUCTION.test(m[1]!)) {
      record(file, { rule: RULE, kind: 'removed', line, text: segment, to: 'a production credit' });
      return;
    }
    if (DESK.test(m[1]!)) {
      const editor = segment.slice(m[0].length).trim();
      for (const name of splitEditors(editor, file)) pushMeta(file, 'editor', name);
      record(file, { rule: RULE, kind: 'moved', line, text: editor, to: 'front matter: editor' });
      record(file, { rule: RULE, kind: 'removed', line, text: m[0], to: 'label of front matter: editor' });
      return;
    }
    // The writers, each after the role word the line gives them (`本刊记者 某某 实习记者 某某`): the names, one
    // U+3000 apart, as a byline of several people is written; the role words are labels.
    const people = segment.slice(m[0].length);
    record(file, { rule: RULE, kind: 'removed', line, text: m[0].trim(), to: 'label of front matter: byline' });
    for (const r of people.matchAll(ROLE_IN_BYLINE)) record(file, { rule: RULE, kind: 'removed', line, text: r[0], to: 'a role in the byline' });
    // Where a token left is no name's length (`溪南日报全媒体`: a role this pattern does not know), the last name
    // alone is the byline, as it was before roles were read one by one.
    const tokens = people.replace(ROLE_IN_BYLINE, ' ').trim().split(/[\s\u3000、，]+/u);
    const person = tokens.length > 1 && !tokens.every((t) => /^[\p{Script=Han}·]{2,4}$/u.test(t)) ? tokens[tokens.length - 1]! : tokens.join('\u3000');
    pushMeta(file, 'byline', person);
    record(file, { rule: RULE, kind: 'moved', line, text: person, to: 'front matter: byline' });
  });
  return true;
}

const ODD_CHARS = /[\u200b-\u200d\u2060\ufeff\u00ad\t\u00a0\u2002-\u200a\u202f\u205f]/u;

const CREDIT_ROLE = /^(?:数据|數據)/u;
const DESK_ACCOUNT = /^(?:编辑部|編輯部|新闻部|新聞部|小编|小編|admin|Admin|管理员|管理員|站长|站長)$/u;
const DESIGN_ROLE = /^(?:设计|設計|视觉|視覺)[\s\u3000]*[：:]/u;
const NAME_RUN = /^[\p{Script=Han}·]{2,4}(?:[\s\u3000、][\p{Script=Han}·]{2,4}){0,3}$/u;

declare module 'vfile' {
  interface DataMap {
    /** The source line of the last byline taken from a labelled line (a credit block's next line may add to it). */
    bylineAt: number | undefined;
  }
}

/**
 * `弓念慈  |  苔痕文学  2024-11-08`: a writer's name, a bar, the site, its date — a literary site's credit line. The
 * name is a byline where it reads as a person's name or the site is the one the page's title names.
 */
function nameBarSite(value: string, file: VFile): LabelledField[] | undefined {
  const m = /^([\p{Script=Han}·]{2,4})[\s\u3000]*[|｜][\s\u3000]*([\p{Script=Han}A-Za-z]{2,12})[\s\u3000]+(\d{4}[-/.年][^\s\u3000]{3,10})$/u.exec(value);
  if (!m || !DATE.test(m[3]!) || !(looksLikePersonName(m[1]!) || m[2] === String(metaOf(file).source ?? ''))) return undefined;
  return [{ key: 'byline', label: '', value: m[1]! }, { key: 'place', label: '|', value: '' }, { key: 'source', label: '', value: m[2]! }, { key: 'published', label: '', value: m[3]! }];
}

function take(node: RootContent, file: VFile): boolean {
  if (node.type !== 'paragraph' || isDirective(node)) return false;
  const raw = text(node);
  // What the tidying below keeps is every character but white space, invisible ones and bold marks: more than
  // 120 of those, and the line is no metadata line (checked before the tidying, which a paragraph of text pays).
  if (raw.length > 120 && raw.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad*]+/gu, '').length > 120) return false;
  // White space before a label's colon (`原标题\t：`) is the scrape's, not the label's.
  // (The first four replacements touch only invisible characters, tabs and odd spaces: a line without any, most
  // lines, skips them.)
  const value = (!ODD_CHARS.test(raw) ? raw : raw
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '')
    // A tab between fields (`来源：某台\t发布时间：…`) parts them as plainly as a U+3000 does.
    .replace(/\t+/gu, '\u3000')
    // A no-break or odd space inside a run of Han is no separator (the whitespace rule drops it too), unless
    // a field's label follows it (`来源：澜屿晨报\u00a0\u00a0作者：苏禾`).
    .replace(/(?<=\p{Script=Han})[\u00a0\u2002-\u200a\u202f\u205f]+(?=\p{Script=Han})(?!\p{Script=Han}{1,5}[：:])/gu, '')
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/gu, ' '))
    .trim()
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .replace(/[\s\u3000]+(?=[：:])/gu, '');
  if (value.length > 120) return false;
  // `文/某某 图/某某`: the photographer's part is a photo credit, which roleLine reads apart.
  // So does a writer's part that names people of two roles (`文｜本刊记者 某某 实习记者 某某`).
  // (The anchored ROLE_LINE first: it fails at once on most lines, where counting the roles scans the whole line.)
  if (ROLE_LINE.test(unbracketed(value)) && (/(?:图|摄影|攝影)[\s\u3000]*[／/｜|]/u.test(value) || (value.match(ROLE_IN_BYLINE) ?? []).length >= 2)) return false;
  let fields = labelledLine(value) ?? nameBarSite(value, file);
  // A data story's credits (`数据：某某`, `设计：某某`) name people; `数据：国家统计局` names where figures came from.
  if (fields?.some((f) => f.key === 'byline' && CREDIT_ROLE.test(f.label) && !NAME_RUN.test(f.value.trim()))) fields = undefined;
  // A WeChat article's header flattened onto one line behind its headline (a copy of the page pasted into a
  // chat): `标题 原创 作者 账号 2024年08月12日 19:30`. The headline is the title, the rest the header it is.
  const flat = fields ? null : /^(\S.{4,58}?)[ \u3000]+(原创[ \u3000]+\S.{3,60})$/u.exec(value);
  const flatFields = flat && metaOf(file).title === undefined ? labelledLine(flat[2]!) : undefined;
  if (flat && flatFields?.some((f) => f.key === 'published') && metaOf(file).published === undefined) {
    metaOf(file).title = flat[1]!.trim();
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: flat[1]!.trim(), to: 'front matter: title (the headline before the flattened header)' });
    fields = flatFields;
  }
  // A second date line is no metadata line (a later item's date), unless it labels its date and the first
  // was only a date, as a site's date bar above the menu prints today's (`2024年11月20日 星期三`).
  const labelledDate = fields?.some((f) => f.key === 'published' && f.label !== '') && file.data.publishedBare === true;
  if (labelledDate && metaOf(file).published !== undefined) {
    record(file, { rule: RULE, kind: 'removed', text: String(metaOf(file).published), to: "a bare date line (the site's date bar), put aside for the labelled publishing time" });
    delete metaOf(file).published;
  }
  if (fields && !(fields.some((f) => f.key === 'published') && metaOf(file).published)) {
    const line = lineOf(node);
    for (const f of fields) {
      // Under a writer's credit (`文字：某某` / `数据：某某` / `设计：某某`), a designer's credit is the byline's too:
      // a data story names its makers so. Elsewhere it is a production credit.
      if (f.key === 'place' && DESIGN_ROLE.test(f.label) && NAME_RUN.test(f.value.trim()) && line !== undefined && file.data.bylineAt === line - 1) {
        record(file, { rule: RULE, kind: 'removed', line, text: f.label.trim(), to: 'label of front matter: byline (a maker named under the writer)' });
        pushMeta(file, 'byline', f.value.trim());
        record(file, { rule: RULE, kind: 'moved', line, text: f.value.trim(), to: 'front matter: byline' });
        file.data.bylineAt = line;
        continue;
      }
      if (f.key === 'place') {
        record(file, { rule: RULE, kind: 'removed', line, text: `${f.label}${f.value}`, to: 'a badge, weekday or place on the date line' });
        continue;
      }
      if (f.label) record(file, { rule: RULE, kind: 'removed', line, text: f.label.trim(), to: `label of front matter: ${f.key}` });
      if (f.key === 'credit') {
        // A photo credit is kept as printed, label and all (`题图来源：青松村村委会`).
        pushMeta(file, 'photo_credits', `${f.label.trim()}${f.value}`);
        record(file, { rule: RULE, kind: 'moved', line, text: `${f.label}${f.value}`, to: 'front matter: photo_credits' });
        continue;
      }
      // A bracketed `（来源：某视频）` is often an embedded player's credit: weaker than a line of its own (`（本文来源：…）` is not).
      if (f.key === 'source') setSource(file, f.value, f.label === '·' || f.label === '' || (/^[（(【\[]/u.test(value) && /^(?:来源|來源)/u.test(f.label)) ? 1 : 2, line);
      else if (f.key === 'published') {
        // `2024-04-22 00:00:00`: a parser's time for a page that gave only its date (newspaper3k's publish_date).
        const midnight = /^(\d{4}-\d{1,2}-\d{1,2})([ T]00:00(?::00)?)$/u.exec(f.value.trim());
        if (midnight) record(file, { rule: RULE, kind: 'removed', line, text: midnight[2]!.trim(), to: "a parser's midnight: the page gave its date only" });
        metaOf(file).published = tidyDate(midnight ? midnight[1]! : f.value);
        file.data.publishedBare = f.label === '';
      }
      else if (f.key === 'editor') for (const name of splitEditors(f.value, file)) pushMeta(file, 'editor', name);
      // A blog's posting account (`作者 編輯部`, `小编`) names no author: the story's own credit does.
      else if (f.key === 'byline' && DESK_ACCOUNT.test(f.value.trim())) {
        record(file, { rule: RULE, kind: 'removed', line, text: f.value, to: "the page's posting account, no author's name" });
        continue;
      }
      else if (f.key === 'kicker' && metaOf(file).kicker !== undefined) {
        record(file, { rule: RULE, kind: 'removed', line, text: f.value, to: 'a programme name on the date line (the front matter has a kicker)' });
        continue;
      }
      // Names apart by spaces (`文/甲某某 乙某某`) are set apart by one U+3000, as every byline is.
      else if (f.key === 'byline') {
        file.data.bylineAt = line;
        pushMeta(file, f.key, separateNames(f.value.trim()));
      }
      else pushMeta(file, f.key, f.value);
      record(file, { rule: RULE, kind: 'moved', line, text: f.value, to: `front matter: ${f.key}` });
    }
    return true;
  }
  // `郑淑仪 报道`: people, each a name by its surname, then what they did, on a line of their own.
  const did = NAMES_DID.exec(value);
  if (did && did[1]!.split(/[\s\u3000、，]+/u).every(looksLikePersonName)) {
    const line = lineOf(node);
    const people = did[1]!.trim().replace(/[\s\u3000、，]+/gu, '\u3000');
    pushMeta(file, 'byline', people);
    record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: did[2]!, to: 'label of front matter: byline' });
    return true;
  }
  if (authorsList(value, node, file) || scriptNone(value, node, file) || markedCredits(value, node, file)) return true;
  const reporter = REPORTER_LINE.exec(value);
  // A bare mark before the names (`■ 何秋池`) says nothing of a role: only people's names make it a byline
  // (`■ 现场直击` is a section's heading).
  const marked = reporter !== null && /^[□■◎●][\s\u3000]*$/u.test(reporter[1]!);
  if (reporter && (!marked || ROLE_WORD_RE.test(reporter[2]!) || reporter[2]!.split(/[\s\u3000、，]+/u).every(looksLikePersonName))) {
    const line = lineOf(node);
    const inner = new RegExp(`[\\s\\u3000]*${ROLE_WORD}[\\s\\u3000]*`, 'gu');
    for (const r of reporter[2]!.matchAll(inner)) record(file, { rule: RULE, kind: 'removed', line, text: r[0].trim(), to: 'a role in the byline' });
    const people = reporter[2]!.replace(inner, ' ').trim().replace(/[\s\u3000]+/gu, '\u3000');
    pushMeta(file, 'byline', people);
    record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: reporter[1]!.trim() || value.replace(reporter[2]!, ''), to: 'label of front matter: byline' });
    return true;
  }
  if (/^(?:责任编辑|責任編輯|责编|编辑)[：:]$/u.test(value)) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: value, to: 'an empty editor line' });
    return true;
  }
  // A counter whose figure the page fills in by script (`浏览次数：`), scraped empty.
  const bare = /^([\p{Script=Han}]{2,6})[：:]$/u.exec(value);
  if (bare && fieldKeyOf(bare[1]!) === 'place' && /次数|次數|数|數|量|点击|點擊|人气|人氣/u.test(bare[1]!)) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: value, to: 'an empty counter of the page' });
    return true;
  }
  const gov = GOV_FIELD.exec(value);
  if (gov) {
    const line = lineOf(node);
    const label = gov[1]!.replace(/[\s\u3000]+/gu, '');
    const v = gov[2]!.trim();
    record(file, { rule: RULE, kind: 'removed', line, text: value.slice(0, value.length - gov[2]!.length), to: 'label of a public-information field' });
    if (label === '发布机构') setSource(file, v, 2, line);
    else if ((label === '发布日期' || label === '发文日期' || label === '發文日期') && metaOf(file).published === undefined) metaOf(file).published = v;
    else {
      record(file, { rule: RULE, kind: 'removed', line, text: v, to: `the page's ${label} (the document says it itself)` });
      return true;
    }
    record(file, { rule: RULE, kind: 'moved', line, text: v, to: `front matter: ${label === '发布机构' ? 'source' : 'published'}` });
    return true;
  }
  const magazine = MAGAZINE_HEADER.exec(value);
  if (magazine) {
    const line = lineOf(node);
    if (file.data.runningHead === value.replace(/[\s\u3000]+/gu, '')) {
      record(file, { rule: RULE, kind: 'removed', line, text: value, to: 'the running head, repeated on a page' });
      file.data.runningHeadRemoved = true;
      return true;
    }
    file.data.runningHead = value.replace(/[\s\u3000]+/gu, '');
    setSource(file, magazine[1]!, 2, line);
    if (metaOf(file).published === undefined) metaOf(file).published = magazine[2]!.replace(/\s+/gu, '');
    else record(file, { rule: RULE, kind: 'removed', line, text: magazine[2]!, to: 'a repeat of front matter: published' });
    record(file, { rule: RULE, kind: 'moved', line, text: value, to: 'front matter: source, published (the running head)' });
    return true;
  }
  const header = PAGE_HEADER.exec(value);
  if (header) {
    const line = lineOf(node);
    if (metaOf(file).published === undefined) metaOf(file).published = tidyDate(header[1]!);
    else record(file, { rule: RULE, kind: 'removed', line, text: header[1]!, to: 'a repeat of front matter: published' });
    setSource(file, header[2]!, 2, line);
    record(file, { rule: RULE, kind: 'moved', line, text: `${header[1]} ${header[2]}`, to: 'front matter: published, source' });
    record(file, { rule: RULE, kind: 'removed', line, text: value.replace(header[1]!, '').replace(header[2]!, '').trim(), to: "the rest of the newspaper page's header" });
    return true;
  }
  const citation = CITATION.exec(value);
  if (citation) {
    const line = lineOf(node);
    setSource(file, citation[1]!.trim(), 2, line);
    if (metaOf(file).published === undefined) metaOf(file).published = tidyDate(citation[2]!.trim());
    else record(file, { rule: RULE, kind: 'removed', line, text: citation[2]!, to: 'a repeat of front matter: published' });
    record(file, { rule: RULE, kind: 'moved', line, text: `${citation[1]!.trim()} ${citation[2]!.trim()}`, to: 'front matter: source, published' });
    record(file, { rule: RULE, kind: 'removed', line, text: value.replace(citation[1]!.trim(), '').replace(citation[2]!.trim(), ''), to: "the rest of the paper's citation line (its page)" });
    return true;
  }
  const badge = BADGE.exec(value);
  if (badge) {
    const line = lineOf(node);
    pushMeta(file, 'byline', badge[1]!);
    record(file, { rule: RULE, kind: 'moved', line, text: badge[1]!, to: 'front matter: byline' });
    setSource(file, badge[3]!.trim(), 3, line);
    record(file, { rule: RULE, kind: 'removed', line, text: value.slice(0, value.indexOf(badge[1]!)), to: 'the 原创 badge' });
    record(file, { rule: RULE, kind: 'removed', line, text: badge[2]!, to: "the author's role word" });
    return true;
  }
  for (const field of FIELDS) {
    const m = field.re.exec(value);
    if (!m) continue;
    const captured = m[1]!.trim();
    // A headline's two clauses, set apart by a space, keep one U+3000 between them (as title-parts does).
    const value1 = field.key === 'original_title' ? captured.replace(/(?<=[\p{Script=Han}”」》！？])[ \u00a0\u3000]+(?=[\p{Script=Han}“「《])/gu, '\u3000') : captured;
    // `作者：本报记者 陆文清`: the role is part of the label.
    const value2 = field.key === 'byline' ? value1.replace(LEADING_ROLE, '') : value1;
    if (value2 !== value1) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: value1.slice(0, value1.length - value2.length), to: 'the role in a byline' });
    const values = field.split ? field.split(value2, file) : [value2];
    if (field.key === 'source') setSource(file, captured, field.rank ?? (/^[（(【\[]/u.test(value) ? 1 : 2), lineOf(node));
    else for (const v of values) pushMeta(file, field.key, v);
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: captured, to: `front matter: ${field.key}` });
    const label = value.replace(captured, '');
    if (label !== '') record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: label, to: `label of front matter: ${field.key}` });
    return true;
  }
  return false;
}

declare module 'vfile' {
  interface DataMap {
    /** How strong the evidence for the front matter's source is: 0 a scrape's field, 1 `（来源：…）`, 2 `本文来源：…`, 3 a 原创 badge. */
    sourceRank: number;
    /** Every source named so far, the replaced ones too: the account lines under a title repeat them. */
    sourceNames: string[];
  }
}

/**
 * The article's source is named once, by the strongest line that names one: an explicit `本文来源：` line
 * beats a bracketed `（来源：…）` (often an embedded video's credit), and both beat the scrape's own
 * `source:` field, which is the account that reposted it. A weaker value that is replaced is reported.
 */
// A page's label in an e-paper's foot or head (`A05`, `B12`): no account.
const PAGE_LABEL = /^[A-Z]\d{1,3}$/u;
// A follow button under an author's name and bio.
const FOLLOW = /^[+＋]?(?:关注他|关注她|关注作者|關注他|關注她|關注作者)$/u;
// The platform a post was copied from (`来源：知乎` in its copy footer): where it was read, not who published it.
const PLATFORM = /^(?:知乎|简书|豆瓣|小红书|微博|新浪微博|百度|百家号|今日头条|头条号|搜狐号|网易号|腾讯新闻|企鹅号|微信公众平台|CSDN|博客园|哔哩哔哩|bilibili)$/iu;
// `《某某日报》2024年10月9日 第05版·某某时评`: the paper's name, then its issue, page and column.
const PRINTED_IN = /^《([^《》]{2,20})》[\s\u3000]*(?:\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?|第[\s\u3000]*[\dA-Z]{1,4}[\s\u3000]*版|[\s\u3000·|｜,，])/u;

function setSource(file: VFile, value: string, rank: number, line: number | undefined): void {
  const meta = metaOf(file);
  const printed = PRINTED_IN.exec(value);
  if (printed) {
    let rest = value.slice(printed[1]!.length + 2).trim();
    // `《某某法治报》2024年05月21日 第04版`: the print edition's date is the story's, where the page gives none.
    const issue = /^\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?/u.exec(rest);
    if (issue && meta.published === undefined) {
      meta.published = issue[0];
      // (A page's own labelled time, further down, says it more exactly: it replaces this one.)
      file.data.publishedBare = true;
      record(file, { rule: RULE, kind: 'moved', line, text: issue[0], to: "front matter: published (the print edition's date)" });
      rest = rest.slice(issue[0].length).trim();
    }
    if (rest !== '') record(file, { rule: RULE, kind: 'removed', line, text: rest, to: "the issue, page and column after the paper's name" });
    record(file, { rule: RULE, kind: 'removed', line, text: '《》', to: "the marks around the paper's name" });
    value = printed[1]!;
  }
  // `来源：某县融媒体中心综合`: 综合 says the desk compiled the items; the source is the body before it.
  const compiled = /^(\p{Script=Han}{2,20}?(?:中心|社|报|報|网|網|台))(综合|綜合)$/u.exec(value.trim());
  if (compiled) {
    record(file, { rule: RULE, kind: 'removed', line, text: compiled[2]!, to: "a role word after the source's name (compiled by)" });
    value = compiled[1]!;
  }
  if (PLATFORM.test(value.trim())) rank = Math.min(rank, 0);
  const current = file.data.sourceRank ?? 0;
  (file.data.sourceNames ??= []).push(value);
  if (meta.source !== undefined) file.data.sourceNames.push(String(meta.source));
  if (meta.source === undefined || rank > current) {
    if (meta.source !== undefined) record(file, { rule: RULE, kind: 'removed', line, text: String(meta.source), to: 'a weaker source (the reposting account or an embedded credit)' });
    meta.source = value;
    file.data.sourceRank = rank;
  } else if (rank < current) {
    record(file, { rule: RULE, kind: 'removed', line, text: value, to: 'a weaker source (an embedded credit)' });
  } else pushMeta(file, 'source', value);
}

/** The people of a bracketed reporters' line, one U+3000 apart; the roles between them are reported. */
function reportersOnly(value: string, file: VFile): string[] {
  const roles = new RegExp(`[\\s\\u3000]*${REPORTER_ROLE}[\\s\\u3000]*`, 'gu');
  for (const r of value.matchAll(roles)) record(file, { rule: RULE, kind: 'removed', text: r[0].trim(), to: 'a role in a byline' });
  return [separateNames(value.replace(roles, '\u3000').replace(/^\u3000+|\u3000+$/gu, ''))];
}

/** `史建磊_NBJ11331` → 史建磊 (ID kept apart); `陈一豪 唐浚中 全丽` → three names. */
function splitEditors(value: string, file: VFile): string[] {
  const names: string[] = [];
  for (const part of value.split(/[\s\u3000、，,]+/u).filter(Boolean)) {
    const m = /^(.+?)_([A-Za-z0-9]+)$/.exec(part) ?? (/^[A-Z]{1,4}\d{2,6}$/.test(part) && names.length > 0 ? ['', '', part] : null);
    if (m && m[1] === '') {
      metaOf(file).editor_id = m[2]!;
      continue;
    }
    if (m) {
      names.push(m[1]!);
      const meta = metaOf(file);
      meta.editor_id = m[2]!;
    } else names.push(part);
  }
  return names;
}

// newspaper3k's `authors` as a script prints the Python list: `['港湾日报']`, `['沈嘉禾', '唐维舟']`, `[]`.
const PY_LIST = /^\[(?:(['"])[^'"\[\]\n]{1,40}\1(?:[ ]?,[ ]?)?)*\]$/u;
const PY_ITEM = /(['"])([^'"\[\]\n]{1,40})\1/gu;

/** The list's people are the byline, a paper or site in it (the page's meta author) the source; the rest goes. */
function authorsList(value: string, node: RootContent, file: VFile): boolean {
  if (!PY_LIST.test(value)) return false;
  const line = lineOf(node);
  const items = [...value.matchAll(PY_ITEM)].map((m) => m[2]!.trim());
  const people = items.filter((v) => looksLikePersonName(v));
  const papers = items.filter((v) => !looksLikePersonName(v) && (looksLikeOrganisation(v) || /(?:报|報|网|網|社|台|新闻|新聞|客户端|客戶端)$/u.test(v)));
  for (const p of people) {
    pushMeta(file, 'byline', p);
    record(file, { rule: RULE, kind: 'moved', line, text: p, to: "front matter: byline (the scraper's authors list)" });
  }
  for (const p of papers) {
    setSource(file, p, 1, line);
    record(file, { rule: RULE, kind: 'moved', line, text: p, to: "front matter: source (the scraper's authors list)" });
  }
  record(file, { rule: RULE, kind: 'removed', line, text: value, to: "the scraper's authors list (a Python list)" });
  return true;
}

/**
 * The script's next print, `publish_date` where the page gave none: Python's `None` on the source line under the
 * list (an empty `[]` among them, which the boilerplate rule has already taken as debris).
 */
function scriptNone(value: string, node: RootContent, file: VFile): boolean {
  if (value !== 'None') return false;
  const line = lineOf(node);
  if (line === undefined || line < 2) return false;
  const above = String(file.value).split('\n', line - 1)[line - 2]!.trim();
  if (!PY_LIST.test(above)) return false;
  record(file, { rule: RULE, kind: 'removed', line, text: value, to: "the scraper's empty publish_date (Python's None under the authors list)" });
  return true;
}

// `⊙记者 任浩然 ○编辑 邝文清`: a securities paper's credit line, each role and its people set off by a mark.
const CREDIT_MARK = /[⊙○●◎□■]/u;
const CREDIT_PART = /^((?:本报|本刊)?(?:特约|实习)?(?:记者|通讯员|摄影记者)|实习生|责任编辑|责编|编辑|摄影|校对|美编)[\s\u3000]*([\p{Script=Han}·]{2,4}(?:[\s\u3000、，]+[\p{Script=Han}·]{2,4}){0,3})$/u;

function markedCredits(value: string, node: RootContent, file: VFile): boolean {
  if (!CREDIT_MARK.test(value[0] ?? '')) return false;
  const parts = value.split(CREDIT_MARK).map((p) => p.trim()).filter((p) => p !== '');
  const read = parts.map((p) => CREDIT_PART.exec(p));
  if (parts.length < 2 || read.some((r) => r === null)) return false;
  const line = lineOf(node);
  for (const m of read as RegExpExecArray[]) {
    const [role, names] = [m[1]!, m[2]!];
    const people = names.split(/[\s\u3000、，]+/u);
    if (/编辑|责编/u.test(role)) {
      for (const name of people) pushMeta(file, 'editor', name);
      record(file, { rule: RULE, kind: 'moved', line, text: names, to: 'front matter: editor' });
    } else if (role === '摄影') {
      pushMeta(file, 'photo_credits', `${role}　${people.join('\u3000')}`);
      record(file, { rule: RULE, kind: 'moved', line, text: m[0], to: 'front matter: photo_credits' });
      continue;
    } else if (/校对|美编/u.test(role)) {
      record(file, { rule: RULE, kind: 'removed', line, text: m[0], to: 'a production credit' });
      continue;
    } else {
      pushMeta(file, 'byline', people.join('\u3000'));
      record(file, { rule: RULE, kind: 'moved', line, text: names, to: 'front matter: byline' });
    }
    record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'a role in the credit line' });
  }
  for (const mark of value.match(new RegExp(CREDIT_MARK.source, 'gu')) ?? []) record(file, { rule: RULE, kind: 'removed', line, text: mark, to: "the credit line's marks" });
  return true;
}
