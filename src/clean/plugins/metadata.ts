/**
 * metadata: lines that describe the article rather than tell it — original
 * title, source, editor, byline, stand-alone photo credits — move from the
 * body to the front matter (the report says where each went).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { isDirective, lineOf, text } from '../tree.ts';
import { visit } from 'unist-util-visit';
import { looksLikePersonName, namePair } from '../names.ts';
import { commonWord } from '../segment.ts';
import { looksLikeOrganisation, SIGNED_DATE, SITE_NAME, SITE_ONLY } from '../organisations.ts';
import { countHan, EMOJI_LEAD, isHeadingLike, separateNames } from '../chars.ts';
import { LEADING_ROLE, REPORTER_ROLE } from '../roles.ts';
import { fieldKeyOf, GOV_FIELD_WORDS, issuersAndDate, labelledLine, spacedLabel, tidyDate, type LabelledField } from '../labelled-line.ts';
import { CREDIT } from './captions.ts';
import { RULE, setSource, splitEditors, reportersOnly, unbracketed, ROLE_WORD } from '../metadata/values.ts';
import { afterTheEnd, isRunningHead, trailingAccount, trailingByline, trailingEditor, trailingSource } from '../metadata/closing.ts';
import { brokenByline, closingCredits, fieldRowTables, nameBetweenFields } from '../metadata/credit-blocks.ts';
import { roleLine, ROLE_LINE, ROLE_IN_BYLINE, nameBarSite, authorsList, scriptNone, markedCredits, accountLines } from '../metadata/credit-lines.ts';
import { dayHeadsOf } from '../day-heads.ts';

export { RULE };

interface Field {
  key: string;
  re: RegExp;
  /** Splits one captured value into several (editors separated by spaces). */
  split?: (value: string, file: VFile) => string[];
  /** For a source: how strong its evidence is (see setSource); by default from its brackets. */
  rank?: number;
}



const FIELDS: Field[] = [
  { key: 'original_title', re: /^[（(【\[]?\s*原标题[：:]\s*(.+?)[）)】\]]?$/u },
  // (`本文来源：某某，作者：某某`: the source's own author field after it, the byline's again, goes with the label.)
  { key: 'source', re: /^[（(【\[]?\s*(?:本文|文章|稿件|内容)?(?:来源|稿源)[：:]\s*(.+?)(?:[，,][\s\u3000]*作者[：:][\s\u3000]*[\p{Script=Han}·]{2,4})?[）)】\]]?$/u },
  // `本文转载自微信公众号“某某发布”`: the account it was reposted from.
  { key: 'source', rank: 1, re: /^[（(]?(?:本文|文章)?(?:转载自|转自|转载于|来自|来源于)(?:微信)?公众号[：:]?[\s\u3000]*[“"「]?([^”"」）)]{2,20})[”"」]?[）)]?$/u },
  // `本文转发自【某某早报App】`: the app the article was forwarded from, as its share footer names it.
  { key: 'source', rank: 1, re: /^(?:本文|文章)?(?:转发自|轉發自|分享自|来自|來自)[【\[「“]([^】\]」”]{2,20})[】\]」”]$/u },
  // A feed's footer naming the site the item is from (`本文来自：某某新闻网 — 阅读原文`), its link to the page after it.
  { key: 'source', rank: 1, re: new RegExp(`^(?:本文|文章)(?:来自|來自)[：:][\\s\\u3000]*(${SITE_NAME})(?:[\\s\\u3000]*[—–-]{1,2}[\\s\\u3000]*(?:阅读原文|閱讀原文|查看原文|原文链接|原文鏈接))?$`, 'u') },
  // `本文经《某某周刊》授权转载`: a newsletter's reprint names the publication it is from.
  { key: 'source', re: /^[（(]?本文(?:经|經|由)《([^《》]{2,20})》(?:授权|授權)(?:转载|轉載|刊发|刊發|发布|發布)[。.]?[）)]?$/u },
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
  // (A broadcast item's closing credit says what they did: `（某某台记者某某　某某报道）`.)
  { key: 'byline', re: new RegExp(`^[（(](?![^）)]*(?:摄|攝|发|發|整理)[）)]$)(?:\\p{Script=Han}{1,6}?(?:台|报|報|网|網|社|新闻|新聞|客户端|客戶端|融媒))?(${REPORTER_ROLE}[\\s\\u3000]*[\\p{Script=Han}·]{2,4}?(?:(?:[\\s\\u3000、，]{1,3}|[\\s\\u3000]*${REPORTER_ROLE}[\\s\\u3000]*)[\\p{Script=Han}·]{2,4}?){0,5})(?:[\\s\\u3000]*(?:报道|報道))?[）)]$`, 'u'), split: reportersOnly },
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

const CONTENT_LABEL = /^(?:正[ \t\u00a0\u3000]?文|内[ \t\u00a0\u3000]?容|內[ \t\u00a0\u3000]?容)[\s\u3000]*[：:][\s\u3000]*(?=\S)/u;
const COLUMN = /^【([\p{Script=Han}·]{2,8})】$/u;
const TITLE_FIELD = /^(?:(?:标|標)[ \u00a0\u3000]?(?:题|題)|(?:题|題)[ \u00a0\u3000]?目)[\s\u3000]*[：:]/u;
const NOTE_WORDS = /^(?:导读|導讀|编者按|編者按|摘要|提要|前情提要|前情回顾|前情回顧|内容提要|內容提要|上期回顾|上期回顧|导语|導語|按语|按語|记者|記者|来源|來源|图|圖|视频|視頻|更新|快讯|快訊|原创|原創)$/u;

export default function remarkMetadata(options: Options = {}) {
  if (options.late) {
    return (tree: Root, file: VFile) => {
      const kids = tree.children;
      // (A line a join made whole above the text's first paragraph is read as the first pass reads such lines: the
      // page's own time, `2027/12/15 16:42（12/15 17:30 更新）`, replaces a clipper's day.)
      const body = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
      tree.children = kids.filter((node, i) => !(node.type === 'paragraph' && (node.data?.joined || node.data?.respaced) && text(node).length <= 80 && !sectionCredit(kids, i) && (take(node, file, i < body) || roleLine(node, file))));
      // The last paragraph made whole may end in the editor's bracket and its code now (`…（編輯：某某）1130615`).
      const last = tree.children.findLast((n) => n.type === 'paragraph');
      // (Or in the reporters' bracket, `…说。（本报记者　某某）`, a page break having cut it: `（本报记` / `者　某某）`, or
      // a stray space hidden in it: `整\t理）`.)
      if (last?.data?.joined || last?.data?.respaced) {
        trailingByline(tree, file);
        trailingEditor(tree, file);
        // (Or in the source's bracket a break cut, `（来源：某某` / `证券报）`.)
        trailingSource(tree, file);
      }
      // The account's card under the text, its other lines gone only now (`某某晚报官方` / `头条号`, a break's two
      // halves the late boilerplate pass took): its name left last is the card's, as the first pass reads it.
      trailingAccount(tree, file);
      bylineRepeatOverText(tree, file);
    };
  }
  return (tree: Root, file: VFile) => {
    brokenByline(tree, file);
    fieldRowTables(tree, file);
    const dayHeads = dayHeadsOf(tree.children);
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
      // (The script's title field above it says so as well as a field already read: title-parts reads it later.)
      // Asked only where a label opens the paragraph: asked of every paragraph, the look back over the kept ones was
      // quadratic in a long text (a 20 MB file spent most of its time here).
      const scripted = () => metaOf(file).title !== undefined || metaOf(file).published !== undefined || kept.some((n) => n.type === 'paragraph' && TITLE_FIELD.test(text(n).trim()));
      if (lead && node.type === 'paragraph' && node.children[0]?.type === 'text' && scripted()) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: lead[0].trim(), to: "the label of the text's field" });
        node.children[0].value = node.children[0].value.slice(lead[0].length);
      }
      // A column's name in brackets over the text (`【灯下闲笔】`), before its first sentence: the kicker.
      // Only where nothing but a script's title field stands above it, and no other line of the text is set so
      // (`【事件回顾】` / … / `【记者调查】` are section heads; under a printed headline stack, title-parts reads it).
      // (Or a field line a stray space or tab hid from this pass, `发布\t时间：…`, which the later pass reads: a field all the same.)
      const field = (n: RootContent) => n.type === 'paragraph' && (TITLE_FIELD.test(text(n).trim()) || (labelledLine(text(n).trim().replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, ''))?.some((f) => f.label !== '') ?? false));
      const column = node.type === 'paragraph' && !bodySeen && metaOf(file).kicker === undefined && kept.every(field) ? COLUMN.exec(text(node).trim()) : null;
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
          const taken = metaOf(file).byline === undefined;
          if (taken) pushMeta(file, 'byline', text(name).trim());
          // (A byline found already keeps its place; the card's name then goes into the report, not nowhere.)
          record(file, taken ? { rule: RULE, kind: 'moved', line: lineOf(name), text: text(name).trim(), to: "front matter: byline (the author's card)" } : { rule: RULE, kind: 'removed', line: lineOf(name), text: text(name).trim(), to: "the name on the author's card (the front matter has a byline already)" });
          kept.splice(kept.indexOf(name), hasBio ? 2 : 1);
          continue;
        }
      }
      // The card on one line (a content platform's, as a text dump prints it): the name, its badge or bio, the count
      // of followers and the follow button (`某某医生 某某号·健康领域创作者 粉丝 12.6万 + 关注`). The name is the byline.
      // A speech's speaker under its title, over the day it was given (`县长　某某` / `（2027年11月8日）`): the byline,
      // the post the speaker's role. (The day stays: the speech's own line.)
      const speaker = !bodySeen && node.type === 'paragraph' ? SPEAKER_LINE.exec(text(node).trim()) : null;
      const day = tree.children[index + 1];
      if (speaker && day?.type === 'paragraph' && /^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$/u.test(text(day).trim()) && looksLikePersonName(speaker[2]!)) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: speaker[1]!, to: "the speaker's post before the name" });
        pushMeta(file, 'byline', speaker[2]!);
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: speaker[2]!, to: 'front matter: byline (the speaker under the speech\'s title)' });
        continue;
      }
      // A report's author, a body's working group on a line of its own under the title (`区人大常委会调研组`): the byline.
      if (!bodySeen && node.type === 'paragraph' && WORKING_GROUP.test(text(node).trim()) && metaOf(file).byline === undefined) {
        pushMeta(file, 'byline', text(node).trim());
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: text(node).trim(), to: "front matter: byline (the working group that wrote the report)" });
        continue;
      }
      const card = !bodySeen && node.type === 'paragraph' ? AUTHOR_CARD.exec(text(node).trim()) : null;
      if (card) {
        const name = card[1]!;
        const taken = metaOf(file).byline === undefined;
        if (taken) pushMeta(file, 'byline', name);
        record(file, taken ? { rule: RULE, kind: 'moved', line: lineOf(node), text: name, to: "front matter: byline (the author's card: name, followers, follow button)" } : { rule: RULE, kind: 'removed', line: lineOf(node), text: name, to: "the name on the author's card (the front matter has a byline already)" });
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node).trim().slice(name.length).trim(), to: "the author's card: its badge, followers and follow button" });
        continue;
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
      // A newsletter's or paper's masthead at the top: its name (`某某商报·财经早知道`) over the issue's line
      // (`2024年4月2日 星期二 | 第318期`). The date is the issue's; the paper is the source; the newsletter's own
      // name after the paper's, the weekday and the issue number are the masthead's.
      const issue = !bodySeen && node.type === 'paragraph' ? ISSUE_LINE.exec(text(node).trim()) : null;
      const mast = kept.at(-1);
      // (Only rules may stand above the masthead: it opens the text.)
      if (issue && kept.filter((n) => n.type !== 'thematicBreak').length <= 1 && mast?.type === 'paragraph' && lineOf(mast) === (lineOf(node) ?? 0) - 1) {
        const name = text(mast).trim();
        const paper = PAPER_MASTHEAD.exec(name);
        if (paper) {
          kept.pop();
          setSource(file, paper[1]!, 2, lineOf(mast));
          record(file, { rule: RULE, kind: 'moved', line: lineOf(mast), text: paper[1]!, to: "front matter: source (the paper's name in the masthead)" });
          if (name.length > paper[1]!.length) record(file, { rule: RULE, kind: 'removed', line: lineOf(mast), text: name.slice(paper[1]!.length), to: "the newsletter's own name and number in the masthead" });
          if (metaOf(file).published === undefined) {
            metaOf(file).published = tidyDate(issue[1]!);
            record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: issue[1]!, to: "front matter: published (the issue's date)" });
          } else record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: issue[1]!, to: 'a repeat of front matter: published' });
          const rest = text(node).trim().slice(issue[1]!.length).trim();
          if (rest !== '') record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: rest, to: "the issue's weekday and number in the masthead" });
          continue;
        }
      }
      // (Under the newsletter's banner, a heading, the issue's line with its number, `2027年12月3日　｜　第11期`, the
      // mail's date already read: the masthead's.)
      if (issue && /第[ ]?\d{1,5}[ ]?期/u.test(text(node)) && kept.filter((n) => n.type !== 'thematicBreak').length === 1 && mast?.type === 'heading' && metaOf(file).published !== undefined && tidyDate(issue[1]!) === tidyDate(String(metaOf(file).published).split(/[\s\u3000]/u)[0]!)) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node).trim(), to: "the issue's line under the newsletter's banner (its date a repeat of front matter: published)" });
        continue;
      }
      // The page's name right under its running head (`公告`, `要闻`), a word alone: the page's, not the story's.
      if (!bodySeen && node.type === 'paragraph' && file.data.pageHeaderAt !== undefined && lineOf(node) === file.data.pageHeaderAt + 1 && /^\p{Script=Han}{2,4}$/u.test(text(node).replace(/[\s\u3000]+/gu, ''))) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node).trim(), to: "the page's name under its running head (set letter-spaced, as page names are)" });
        continue;
      }
      // `点击数：` on the header line, its figure alone on the next (`1482`): the counter's, not the text's.
      const line = lineOf(node);
      if (node.type === 'paragraph' && line !== undefined && lastTaken === line - 1 && /^\d[\d,]{0,9}$/u.test(text(node).trim()) && /[：:][\s\u3000]*$/u.test(file.data.sourceLines?.[line - 2] ?? '')) {
        record(file, { rule: RULE, kind: 'removed', line, text: text(node).trim(), to: 'the figure of the counter labelled on the line above' });
        continue;
      }
      // The article's address alone on its line right under the info line, over the text (a read-later service prints
      // it so, `樨城晚报 · 某某 · 2028年5月2日` / `https://…`): the page's url.
      const address = !bodySeen && node.type === 'paragraph' && line !== undefined && lastTaken > 0 && line - lastTaken <= 2 && metaOf(file).url === undefined ? /^https?:\/\/[^\s\u3000]{4,300}$/u.exec(text(node).trim()) : null;
      if (address) {
        metaOf(file).url = address[0];
        record(file, { rule: RULE, kind: 'moved', line, text: address[0], to: 'front matter: url (the address under the info line)' });
        continue;
      }
      // Over the text, a line that is the byline the front matter holds already (an archive's `author:` field, the
      // page printing the name under its 原创 badge), and the badge alone on its line: the page's header.
      const alone = !bodySeen && node.type === 'paragraph' ? text(node).trim() : undefined;
      const under = tree.children[index + 1];
      const overByline = () => under?.type === 'paragraph' && text(under).trim() === metaOf(file).byline;
      // (Or over WeChat's header line itself, account and time: `原创` / `某某日报 某某日报 2027年9月12日 07:30 浙江`.)
      const overHeader = () => under?.type === 'paragraph' && (labelledLine(text(under).trim())?.some((f) => f.key === 'published') ?? false);
      if (alone !== undefined && (alone === metaOf(file).byline || (/^(?:原创|原創)$/u.test(alone) && (overByline() || overHeader())))) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: alone, to: alone === metaOf(file).byline ? 'a repeat of front matter: byline' : "the platform's 原创 mark over the text" });
        continue;
      }
      // The region WeChat prints after the time, in italics on its own line right under it (`_某北_`).
      const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
      if (alone !== undefined && line !== undefined && lastTaken > 0 && line - lastTaken <= 2 && only?.type === 'emphasis' && /^\p{Script=Han}{2,4}$/u.test(alone) && metaOf(file).published !== undefined) {
        record(file, { rule: RULE, kind: 'removed', line, text: alone, to: 'the region the platform prints after the time (IP属地)' });
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
      // A day's head over its entries, one of two or more (a ticker's `2027年12月6日　星期一` over the list of that
      // day's items): the page's structure, no date of the piece.
      if (dayHeads.has(node)) {
        kept.push(node);
        continue;
      }
      // Past the text's start, a reporters' line between a section's head and its text (`省人民医院开设…窗口` /
      // `记者 某某 通讯员 某某` / `本周起，…`) credits that section, an item of a bundle: it stays where it is printed.
      if (sectionCredit(tree.children, index)) {
        kept.push(node);
        continue;
      }
      // A date alone under the issuing body's name, after the text, is the signature of a document (落款).
      if (bodySeen && node.type === 'paragraph' && SIGNED_DATE.test(text(node).trim()) && kept.at(-1)?.type === 'paragraph' && looksLikeOrganisation(text(kept.at(-1)!))) {
        kept.push(node);
        continue;
      }
      if (take(node, file, !bodySeen) || roleLine(node, file)) {
        lastTaken = lineOf(node) ?? -1;
        if (file.data.runningHeadRemoved) {
          // A running head repeated on a page marks a page turn: the text may run on after it.
          file.data.runningHeadRemoved = false;
          pageTurn = true;
        }
        const dated = published === undefined && metaOf(file).published !== undefined && !bodySeen;
        // A post's text may stand above its account and date (a video app's page): a media account's name
        // (`栖原广电融媒`) right above the date line is the source still.
        const postAccount = published === undefined && metaOf(file).published !== undefined && metaOf(file).source === undefined && kept.length <= 2 && kept.at(-1)?.type === 'paragraph' && SITE_ONLY.test(text(kept.at(-1)!).trim()) && lineOf(kept.at(-1)!) === (lineOf(node) ?? 0) - 1;
        if (postAccount) {
          const account = kept.pop()!;
          setSource(file, text(account).trim(), 1, lineOf(account));
          record(file, { rule: RULE, kind: 'moved', line: lineOf(account), text: text(account).trim(), to: "front matter: source (the account above the date, under the post's text)" });
        }
        // The platform's 原创 mark between the account and the date line (`麓溪吃货阿岚` / `原创` / `2024-10-03 18:45`).
        const badge = kept[kept.length - 1];
        if (dated && kept.length >= 2 && badge?.type === 'paragraph' && /^(?:原创|原創)$/u.test(text(badge).trim())) {
          record(file, { rule: RULE, kind: 'removed', line: lineOf(badge), text: text(badge).trim(), to: "the platform's 原创 mark above the date line" });
          kept.pop();
        }
        // The publishing account printed just above the date line (`溪南融媒` / `2024-06-03 09:12 发布于浙江`).
        const above = kept[kept.length - 1];
        // (A common word is no name, whatever surname it opens with: `安全`, a newspaper page's name above its date.)
        const word = dated && above?.type === 'paragraph' && commonWord(text(above).trim());
        const reporter = dated && metaOf(file).byline === undefined && above?.type === 'paragraph' && !word && looksLikePersonName(text(above));
        if (reporter) {
          // A person's name alone between headline and date line (`黄诗婷` / `发布/2024年…`) is the reporter's byline.
          metaOf(file).byline = text(above).trim();
          record(file, { rule: RULE, kind: 'moved', line: lineOf(above), text: text(above).trim(), to: 'front matter: byline (a name alone above the date)' });
          kept.pop();
        } else if (dated && !word && (metaOf(file).source === undefined || (file.data.certifiedSource !== undefined && metaOf(file).source === file.data.certifiedSource)) && above?.type === 'paragraph' && !PAGE_LABEL.test(text(above).trim()) && !ROLE_ALONE.test(text(above).trim()) && (kept.length >= 2 ? /^[\p{Script=Han}A-Za-z0-9·]{2,8}$/u : /^[\p{Script=Han}A-Za-z0-9·]{2,6}$/u).test(text(above).trim())) {
          // (Over a certification's name, the account's own name above the date is the source: `澄江交通广播`
          // over `…·澄江省广播电视台交通广播官方账号`.)
          if (metaOf(file).source !== undefined) {
            record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: String(metaOf(file).source), to: "the certification's name after the time (the account's own name is above it)" });
            delete metaOf(file).source;
          }
          setSource(file, text(above).trim(), 1, lineOf(above));
          record(file, { rule: RULE, kind: 'moved', line: lineOf(above), text: text(above).trim(), to: 'front matter: source (the account above the date)' });
          kept.pop();
          // Above the site's name, its writers' names a space apart (a reader view's author field, `叶清妍 葛书恒`).
          const writers = kept[kept.length - 1];
          const names = writers?.type === 'paragraph' ? text(writers).trim() : '';
          if (metaOf(file).byline === undefined && /^\p{Script=Han}{2,3}(?:[ \u3000]+\p{Script=Han}{2,3}){1,3}$/u.test(names) && names.split(/[ \u3000]+/u).every(looksLikePersonName)) {
            pushMeta(file, 'byline', separateNames(names));
            record(file, { rule: RULE, kind: 'moved', line: lineOf(writers!), text: names, to: "front matter: byline (the writers' names over the site's)" });
            kept.pop();
          }
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
    trailingAccount(tree, file);
    tree.children = accountLines(tree.children, file);
    nameBetweenFields(tree, file);
  };
}

/**
 * A byline the text's foot gave (`文字：某某`, read after the head was passed) printed alone over the text as well:
 * a repeat of it, as a line the first pass meets with the byline known already. (Read again, the edition would lose
 * it.) Asked last, after title-parts has read a writer's line under the headline with the account's under it.
 */
function bylineRepeatOverText(tree: Root, file: VFile): void {
  const byline = metaOf(file).byline;
  if (typeof byline !== 'string') return;
  const body = tree.children.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  const at = tree.children.slice(0, body < 0 ? 0 : body).findIndex((n) => n.type === 'paragraph' && text(n).trim() === byline);
  if (at < 0) return;
  const node = tree.children[at]!;
  record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: byline, to: 'a repeat of front matter: byline' });
  tree.children.splice(at, 1);
}

/**
 * Past the text's start, a reporters' line between a section's head and its text (`省人民医院开设…窗口` /
 * `记者 某某 通讯员 某某` / `本周起，…`) credits that section, an item of a bundle: it stays where it is printed.
 */
function sectionCredit(kids: RootContent[], i: number): boolean {
  const [node, head, next] = [kids[i], kids[i - 1], kids[i + 1]];
  if (node?.type !== 'paragraph' || !REPORTER_LINE.test(text(node).trim())) return false;
  if (!head || !(head.type === 'heading' || (head.type === 'paragraph' && isHeadingLike(text(head), 30)))) return false;
  if (next?.type !== 'paragraph' || countHan(text(next)) < 20) return false;
  return kids.slice(0, i - 1).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /。/u.test(text(n)));
}

// The labels of a fact box about a book, a film, a show or a place: the fields beside them are its own.
const DATA_BOX = /^(书名|書名|出版社|出版時間|出版时间|出版日期|ISBN|定价|定價|页数|頁數|开本|開本|装帧|裝幀|译者|譯者|片名|导演|導演|编剧|編劇|主演|上映时间|上映時間|上映日期|片长|片長|展期|展览时间|展覽時間|演出时间|演出時間|票价|票價|地址|营业时间|營業時間|开放时间|開放時間)[\s\u3000]*[：:]/u;

function inDataBox(prev: RootContent | undefined, next: RootContent | undefined): boolean {
  return [prev, next].some((n) => n?.type === 'paragraph' && DATA_BOX.test(text(n).trim()));
}

const NBSP_IN_HAN = new RegExp(`(?<=\\p{Script=Han})[\\u00a0\\u2002-\\u200a\\u202f\\u205f]+(?=\\p{Script=Han})(?!\\p{Script=Han}{1,5}[：:]|${REPORTER_ROLE}[\\s\\u3000])`, 'gu');

const REPORTER_LINE = new RegExp(`^((?:[□■◎●◆◇]|${ROLE_WORD})[\\s\\u3000]*)((?:${ROLE_WORD}[\\s\\u3000]*)?[\\p{Script=Han}·]{2,4}(?:(?:[\\s\\u3000、，]{1,4}|[\\s\\u3000]*${ROLE_WORD}[\\s\\u3000]*)[\\p{Script=Han}·]{2,4}){0,5})$`, 'u');

const ROLE_WORD_RE = new RegExp(ROLE_WORD, 'u');
// `本文来源：某某法院微信公众号` names where the article came from: it stands over the header's `来源：`, often the
// site itself.
const ARTICLE_SOURCE = /^(?:本文|文章|稿件)(?:来源|來源)/u;
// A byline's role word left alone on its line (`郑淑仪` / `报道`, a line cut after the name): no account's name.
const ROLE_ALONE = /^(?:报道|報道|整理|采写|採寫|撰文|综合|綜合|记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影)$/u;

// Public-information fields of a government page (信息公开目录): `索 引 号：…`, `发布机构：…`.
// (A field the page left empty, `文　　号：`, before another on its row, is read as empty.)
// The table's fields that give the page's day (生成日期: the day the page was made public).
const GOV_DATE = new Set(['发布日期', '发文日期', '發文日期', '生成日期']);
const PUBLISHER_FIELDS = new Set(['发布机构', '發佈機構', '发文机关', '發文機關']);
const GOV_FIELD = new RegExp(`^(${GOV_FIELD_WORDS.map(spacedLabel).join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*(.{1,100})$`, 'u');
const GOV_EMPTY = new RegExp(`^(${GOV_FIELD_WORDS.map(spacedLabel).join('|')})[\\s\\u3000]*[：:]$`, 'u');
const GOV_NEXT = new RegExp(`[\\s\\u3000]+(?=(?:${GOV_FIELD_WORDS.map(spacedLabel).join('|')})[\\s\\u3000]*[：:])`, 'u');
// A magazine's running head: its name and issue (`溪南风物  2024年第5期`, `某某分析  2024年第9期（总第215期）`).
// An issue's line under a masthead: its date, the weekday, its number (`2024年4月2日 星期二 | 第318期`).
// (The number may stand on the name's line instead: `某某晨报·早读　第287期` over `2024年10月14日　星期一`.)
const ISSUE_LINE = /^(\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日)[\s\u3000]*(?:(?:星期|周|週|礼拜)[一二三四五六日天])?(?:[\s\u3000]*[|｜·/／]?[\s\u3000]*(?:总?第[ ]?\d{1,5}[ ]?期)(?:[\s\u3000]*[|｜·/／]?[\s\u3000]*总第[ ]?\d{1,5}[ ]?期)?)?$/u;
// A masthead's name: a paper's (`某某商报`), or a paper's and its newsletter's (`某某商报·财经早知道`).
const PAPER_MASTHEAD = /^(\p{Script=Han}{2,10}(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|商报|商報|时报|時報|报|報|周刊|週刊|杂志|雜誌|刊))(?:[·・•][\s\u3000]*(\p{Script=Han}{2,10}))?(?:[\s\u3000]*第[ ]?\d{1,5}[ ]?期)?$/u;
const MAGAZINE_HEADER = /^([\p{Script=Han}A-Za-z]{2,12})[\s\u3000]+(\d{4}[ ]?年[ ]?第[ ]?\d{1,3}[ ]?期(?:[（(]总第[ ]?\d{1,4}[ ]?期[）)])?)$/u;

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
/**
 * A newspaper page's running head, its fields in any order a layout gap apart: the paper, the date, the
 * weekday, the page (`第7版`, `A3版`) and its name (`要闻`) — `2024年3月8日 星期五 某某日报 第7版`,
 * `柈溪报      2024年4月16日  星期二      第1版`, `第2版    综合      2024年4月16日  星期二      柈溪报`.
 */
function pageHeader(value: string): { date?: string; paper?: string } | undefined {
  // (A page's label alone, `A7`, names the page as `第A7版` does, beside the paper's name and the date, at the
  // head's end or its start: `A04 浈城晚报 2026年7月4日　星期六　城事`.)
  if (value.length > 80 || !/版|(?:^|[\s\u3000])[A-Z]\d{1,2}(?:$|[\s\u3000])/u.test(value)) return undefined;
  // (OCR reads the U+3000 between the date and its weekday as a quotation mark: `2027年11月18日”星期四`.)
  const tokens = value.replace(/(?<=日)[”“](?=(?:星期|周|週)[一二三四五六日天])/gu, ' ').replace(/第[\s\u3000]*([A-Z]?\d{1,3})[\s\u3000]*版/gu, '第$1版').replace(/(\d)[ ]?(年|月|日)[ ]?(?=\d|$|[\s\u3000])/gu, '$1$2').trim().split(/[\s\u3000]+/u);
  let date: string | undefined;
  let paper: string | undefined;
  let page = false;
  let section = false;
  for (const t of tokens) {
    if (!date && /^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u.test(t)) date = t;
    else if (/^(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]$/u.test(t)) continue;
    else if (!page && /^第?[A-Z]?\d{1,3}版$|^第[一二三四五六七八九十]{1,3}版$|^[A-Z]\d{1,2}$/u.test(t)) page = true;
    else if (!paper && /^[\p{Script=Han}]{2,10}?(?:报|報|刊)$/u.test(t)) paper = t;
    else if (!section && /^[\p{Script=Han}]{2,4}$/u.test(t)) section = true;
    else return undefined;
  }
  const bare = !/版/u.test(value);
  return page && (bare ? date !== undefined && paper !== undefined : date !== undefined || paper !== undefined) && tokens.length >= 3 ? { date, paper } : undefined;
}

const NAMES_DID = /^([\p{Script=Han}]{2,4}(?:[\s\u3000、，]+[\p{Script=Han}]{2,4}){0,3})[\s\u3000]*(报道|報道|報導|采写|採寫|撰文)$/u;
const ACCOUNT = /^[\p{Script=Han}A-Za-z0-9·]{2,12}$/u;

// The newspaper's citation line: `《 人民日报 》（ 2024年05月06日   第 04 版）`.
const CITATION = /^《[\s\u3000]*([^》]{2,20}?)[\s\u3000]*》[\s\u3000]*[（(][\s\u3000]*(\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日)[\s\u3000]*(第[\s\u3000]*\d{1,3}[\s\u3000]*版)?[\s\u3000]*[）)]$/u;

// WeChat's 原创 badge line: author, role word, account (`原创：路闻卓立编译人民币交易与研究`).
const BADGE = /^原创[：:][\s\u3000]*([\p{Script=Han}A-Za-z]{2,8}?)[\s\u3000]*(编译|整理|编辑|撰文|翻译|文)[\s\u3000]*([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,20})$/u;

const ODD_CHARS = /[\u200b-\u200d\u2060\ufeff\u00ad\t\u00a0\u2002-\u200a\u202f\u205f]/u;

const CREDIT_ROLE = /^(?:数据|數據)/u;
const DESK_ACCOUNT = /^(?:编辑部|編輯部|新闻部|新聞部|小编|小編|admin|Admin|管理员|管理員|站长|站長)$/u;
const DESIGN_ROLE = /^(?:设计|設計|视觉|視覺)[\s\u3000]*[：:]/u;
const NAME_RUN = /^[\p{Script=Han}·]{2,4}(?:[\s\u3000、][\p{Script=Han}·]{2,4}){0,3}$/u;

declare module 'vfile' {
  interface DataMap {
    /** The source line of the last byline taken from a labelled line (a credit block's next line may add to it). */
    bylineAt: number | undefined;
    /** The source line of the newspaper page's running head (the first one read). */
    pageHeaderAt: number | undefined;
    /** The source line of a later page's running head: the staff line under it is that page's. */
    laterPageAt: number | undefined;
  }
}

const OFFICE_DATE = /^([\p{Script=Han}]{2,30}?(?:办公室|辦公室|编辑部|編輯部|秘书处|秘書處|宣传部|宣傳部|政治部|编委会|編委會))[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日)$/u;
// (Compiled by a body of any kind: `某某县公路事业发展中心编`, `某某局编印`, its 编 says it is the compiler's line.)
// A bulletin's issue line with its date, the two cells of a sheet's row: `第12期（总第187期）　2026/04/28`.
const ISSUE_DATE = /^((?:\d{4}年)?第[\d一二三四五六七八九十百]{1,4}期(?:[（(]总第[\d一二三四五六七八九十百]{1,5}期[）)])?)[\s\u3000]+(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))$/u;
const DATE_ISSUE = /^(\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))[\s\u3000]*[|｜]?[\s\u3000]*((?:\d{4}年)?第[\d一二三四五六七八九十百]{1,4}期(?:[（(]总第[\d一二三四五六七八九十百]{1,5}期[）)])?)$/u;
const COMPILED = /^([\p{Script=Han}]{2,30}?(?:办公室|辦公室|编辑部|編輯部|秘书处|秘書處|宣传部|宣傳部|政治部|编委会|編委會|中心|局|委|办|辦|处|處|站|所|队|隊|院|会|會|馆|館)(?:编|編|编印|編印))[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)$/u;

/**
 * A bulletin's masthead line: its part (the compiling office, or the issue) and the issue's date, and what the part
 * is, for the report. A compiling office with the date (`翠竹街道党政办公室编　2026年9月7日`); above the text only, an
 * office without its 编 (at the text's end an office and a date sign it), the issue before the date (`第12期（总第187期）
 * 2026/04/28`) or after it (`2027年12月3日　｜　第11期`, a newsletter's line under its masthead).
 */
function mastheadLine(value: string, beforeBody: boolean): { part: string; date: string; what: string; office?: boolean } | undefined {
  const office = COMPILED.exec(value) ?? (beforeBody ? OFFICE_DATE.exec(value) : null);
  if (office) return { part: office[1]!, date: office[2]!, what: "the office that compiles the bulletin (its masthead's)", office: !/(?:编|編|编印|編印)$/u.test(office[1]!) };
  if (!beforeBody) return undefined;
  const issue = ISSUE_DATE.exec(value);
  if (issue) return { part: issue[1]!, date: issue[2]!, what: "the bulletin's issue, under its masthead" };
  const dated = DATE_ISSUE.exec(value);
  return dated ? { part: dated[2]!, date: dated[1]!, what: "the bulletin's issue, under its masthead" } : undefined;
}

/** The day a date names, as `YYYY-MM-DD` (`2027/12/15 16:42`, `2027年12月15日`, `2027-12-15T…`), if it opens with one. */
function dayOf(value: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)/u.exec(value.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

function take(node: RootContent, file: VFile, beforeBody = false): boolean {
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
    // a field's label follows it (`来源：澜屿晨报\u00a0\u00a0作者：苏禾`), or a reporter's role before a name
    // (`□记者 某某\u00a0\u00a0通讯员 某某`): then it parts two people.
    .replace(NBSP_IN_HAN, '')
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/gu, ' '))
    .trim()
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    // (A bold the scrape broke, its marks left unpaired at either end, `*来源：某台`: the marks are no part of the field.)
    .replace(/^\*{1,3}(?=\S)|(?<=\S)\*{1,3}$/gu, '')
    .replace(/(?<![\s\u3000])[\s\u3000]+(?=[：:])/gu, '');
  if (value.length > 120) return false;
  // `文/某某 图/某某`: the photographer's part is a photo credit, which roleLine reads apart.
  // So does a writer's part that names people of two roles (`文｜本刊记者 某某 实习记者 某某`).
  // (The anchored ROLE_LINE first: it fails at once on most lines, where counting the roles scans the whole line.)
  if (ROLE_LINE.test(unbracketed(value)) && (/(?:图|摄影|攝影)[\s\u3000]*[／/｜|]/u.test(value) || (value.match(ROLE_IN_BYLINE) ?? []).length >= 2)) return false;
  const masthead = mastheadLine(value, beforeBody);
  if (masthead) {
    const line = lineOf(node);
    // (A secretariat's or an office's name beside the date, no `编` after it: the body that issues the bulletin, its source.)
    if (masthead.office && metaOf(file).source === undefined) {
      metaOf(file).source = masthead.part;
      record(file, { rule: RULE, kind: 'moved', line, text: masthead.part, to: 'front matter: source (the office that issues the bulletin, beside its date)' });
    } else record(file, { rule: RULE, kind: 'removed', line, text: masthead.part, to: masthead.what });
    const taken = metaOf(file).published === undefined;
    if (taken) metaOf(file).published = masthead.date;
    record(file, { rule: RULE, kind: taken ? 'moved' : 'removed', line, text: masthead.date, to: taken ? "front matter: published (the bulletin's date)" : 'a repeat of front matter: published' });
    return true;
  }
  // A report's issuers and its date under the headline (`某某县统计局 国家统计局某某调查队 2028年3月12日`): the bodies
  // that issue it are its byline. (At the text's end such a line signs a notice: kept there.)
  const issued = beforeBody ? issuersAndDate(value) : undefined;
  if (issued && metaOf(file).byline === undefined && metaOf(file).published === undefined) {
    const line = lineOf(node);
    pushMeta(file, 'byline', issued.issuers);
    record(file, { rule: RULE, kind: 'moved', line, text: issued.issuers, to: 'front matter: byline (the bodies that issue the report)' });
    metaOf(file).published = issued.date;
    record(file, { rule: RULE, kind: 'moved', line, text: issued.date, to: 'front matter: published' });
    return true;
  }
  // A channel's icon before a labelled line (`👉 全文：https://…`) is the post's decoration, not the label's.
  // (So is a stroke OCR read from a rule over the line, `_`, far left of the label: `_            编辑: 某某`.)
  const icon = EMOJI_LEAD.exec(value)?.[0] ?? /^[_|~]{1,3}[ \t\u3000]{8,}(?=\S)/u.exec(value)?.[0];
  let fields = (icon ? labelledLine(value.slice(icon.length).trim()) : undefined) ?? labelledLine(value) ?? nameBarSite(value, file);
  // A writer's signature at the end of a post, `（某某原创，转载请注明出处）`: the name is the byline, the note the site's.
  const signed = ORIGINAL_SIGNATURE.exec(value);
  if (signed) {
    const line = lineOf(node);
    const taken = metaOf(file).byline === undefined;
    if (taken) pushMeta(file, 'byline', signed[2]!);
    record(file, taken ? { rule: RULE, kind: 'moved', line, text: signed[2]!, to: "front matter: byline (the writer's signature, 原创)" } : { rule: RULE, kind: 'removed', line, text: signed[2]!, to: "the writer's name in the signature (the front matter has a byline already)" });
    record(file, { rule: RULE, kind: 'removed', line, text: `${signed[1]}${signed[3]}`, to: "the signature's brackets and its reprint note" });
    return true;
  }
  // A field in brackets with the service's copyright note after it (`【责任编辑：某某】 本稿件版权归某某社所有，…。`):
  // the field the line's, the note the service's.
  const licence = fields ? null : LICENCE_AFTER.exec(value);
  if (licence) fields = labelledLine(licence[1]!);
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
  // (So does a date in a line of the story's fields, `2026-04-15 19:42 来源：… 记者：…`, its time with it.)
  const labelledDate = fields?.some((f) => f.key === 'published' && (f.label !== '' || (/\d{1,2}:\d{2}/u.test(f.value) && fields.some((g) => g.key === 'source' || g.key === 'byline')))) && file.data.publishedBare === true;
  if (labelledDate && metaOf(file).published !== undefined) {
    record(file, { rule: RULE, kind: 'removed', text: String(metaOf(file).published), to: "a bare date line (the site's date bar), put aside for the labelled publishing time" });
    delete metaOf(file).published;
  }
  // Under a later page's running head, its staff line is that page's: removed whole, no field of the story.
  const staffLine = lineOf(node);
  if (fields && file.data.laterPageAt !== undefined && staffLine !== undefined && staffLine - file.data.laterPageAt <= 2 && staffLine > file.data.laterPageAt && fields.some((f) => f.key === 'editor')) {
    record(file, { rule: RULE, kind: 'removed', line: staffLine, text: value, to: "a later page's staff line (the story jumped pages)" });
    return true;
  }
  // (A line that dates the story the same day as the front matter does, a page's info bar under a clipper's date,
  // is the story's line all the same.)
  // (Over the text, the day as either prints it: `2027/12/15 16:42` is on the front matter's `2027-12-15`. Under
  // it, a date as a document's signature prints it, `2024年6月14日`, is the signature's, kept.)
  const sameDay = (f: LabelledField) => beforeBody
    ? dayOf(String(metaOf(file).published ?? '')) !== undefined && dayOf(String(metaOf(file).published)) === dayOf(tidyDate(f.value.trim()))
    : String(metaOf(file).published ?? '').startsWith(tidyDate(f.value.trim()).slice(0, 10)) && /^\d{4}-\d{2}-\d{2}/u.test(tidyDate(f.value.trim()));
  if (fields && !(fields.some((f) => f.key === 'published' && !sameDay(f)) && metaOf(file).published)) {
    const line = lineOf(node);
    if (licence) record(file, { rule: RULE, kind: 'removed', line, text: licence[2]!, to: "the service's copyright note after the field" });
    if (icon && !fields.some((f) => f.value.includes(icon) || f.label.includes(icon))) record(file, { rule: RULE, kind: 'removed', line, text: icon.trim(), to: EMOJI_LEAD.test(icon) ? 'the icon before a labelled line' : 'a stroke OCR read before a labelled line' });
    // The line's links (`发布日期: [2025 年 12 月 19 日](https://…)`) give their words to the fields; their
    // addresses go with the line, reported.
    visit(node, 'link', (link) => {
      record(file, { rule: RULE, kind: 'removed', line, text: link.url, to: 'the address of a link on a metadata line' });
    });
    // `·某某广播电视台交通广播官方账号` after the time: a certification, which names who stands behind the account.
    if (fields.some((f) => f.key === 'place' && /^官方(?:账号|帳號|帐号|号|號)$/u.test(f.label))) file.data.certifiedSource = fields.find((f) => f.key === 'source' && f.label === '·')?.value;
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
      // `供稿：某某病区` at the foot under a writer named already: the office that sent the item in, no second writer.
      if (f.key === 'byline' && /^(?:供稿|来稿|來稿)/u.test(f.label) && metaOf(file).byline !== undefined && !looksLikePersonName(f.value.trim())) {
        record(file, { rule: RULE, kind: 'removed', line, text: `${f.label}${f.value}`, to: 'the office that supplied the item (the front matter has a byline)' });
        continue;
      }
      // The outlet before a reporter's role (`某某台记者　某某　报道`) where the front matter has its source: the outlet
      // is the reporter's, no second source.
      if (f.key === 'source' && f.weak && metaOf(file).source !== undefined) {
        record(file, { rule: RULE, kind: 'removed', line, text: f.value, to: "the reporter's outlet before the role (the front matter has a source)" });
        continue;
      }
      // `来源：本站`: the site names itself, no source (its own original, `本站原创`, likewise).
      if (f.key === 'source' && /^(?:本站|本网|本網|本台|本站原创|本站原創|本网原创|本網原創|原创|原創)$/u.test(f.value.trim())) {
        record(file, { rule: RULE, kind: 'removed', line, text: `${f.label}${f.value}`, to: 'the site naming itself as the source' });
        continue;
      }
      if (f.key === 'published' && metaOf(file).published !== undefined && sameDay(f)) {
        // (The record's timestamp, `2027-11-16T19:42:00+08:00`, and the page's time of that minute as it prints it,
        // `2027-11-16 19:42`: the page's.)
        const given = String(metaOf(file).published);
        const printed = tidyDate(f.value.trim());
        const minute = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u.exec(given)?.[1];
        if (minute !== undefined && new RegExp(`^\\d{4}-\\d{2}-\\d{2}[ T]${minute}$`, 'u').test(printed)) {
          metaOf(file).published = printed;
          record(file, { rule: RULE, kind: 'changed', line, text: given, to: `${printed} (the page's time as it prints it, the record's timestamp of the same minute)` });
        } else if (sameMinute(given, printed)) {
          // (An archiving bot's `发布时间：2027-09-12 07:30` over the page's own `2027年9月12日 07:30`: the page's.)
          metaOf(file).published = printed;
          record(file, { rule: RULE, kind: 'changed', line, text: given, to: `${printed} (the page's time as it prints it, the same minute as an archive's field)` });
        } else if (/^\d{4}-\d{2}-\d{2}$/u.test(given) && /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ T\u3000]*\d{1,2}[:：]\d{2}$/u.test(printed)) {
          // (A clipper's day, `2027-12-15`, and the page's time that day, `2027/12/15 16:42`: the page's, to the minute.)
          metaOf(file).published = printed;
          record(file, { rule: RULE, kind: 'changed', line, text: given, to: `${printed} (the page's time as it prints it, on the day the front matter gave)` });
        }
        record(file, { rule: RULE, kind: 'removed', line, text: `${f.label}${f.value}`, to: 'a repeat of front matter: published' });
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
      // (Not `【来源：某某台】`: the page's own source line, set in lenticular brackets.)
      // (So is a public-information table's issuing body, `发布机构：某某市城市管理局`: the site's, where the article's own
      // line, `信息来源：市城市管理局`, names its source.)
      // (So is the account a WeChat page was posted from, `公众号：某某卫健`, beside the article's own 来源 line.)
      if (f.key === 'source') setSource(file, f.value, f.label === '·' || f.label === '' || (/^[（(]/u.test(value) && /^(?:来源|來源)/u.test(f.label)) || GOV_FIELD_WORDS.includes(f.label.replace(/[\s\u3000：:]+/gu, '')) || /^(?:公众号|公眾號)/u.test(f.label) ? 1 : ARTICLE_SOURCE.test(f.label) ? 3 : 2, line);
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
        // (Two reporters run together after their label, `记者：阚某某苍某某`, a text browser losing the space
        // between them: parted where the run parts into two names one way alone.)
        // (The writer's office before the name, `文字：保健室 某某`, a school's or a hospital's own page: the writer is the person.)
        const office = /^(\p{Script=Han}{1,5}(?:室|科|处|處|组|組|办|辦|部|站|所|队|隊))[\s\u3000]+(\p{Script=Han}{2,3})$/u.exec(f.value.trim());
        if (office && !looksLikePersonName(office[1]!)) {
          record(file, { rule: RULE, kind: 'removed', line, text: office[1]!, to: "the writer's office before the name" });
          f.value = office[2]!;
        }
        const run = /^\p{Script=Han}{5,6}$/u.test(f.value.trim()) && !looksLikePersonName(f.value.trim()) ? namePair(f.value.trim()) : undefined;
        if (run) record(file, { rule: RULE, kind: 'changed', line, text: f.value.trim(), to: `${run.join('\u3000')} (two names run together, one U+3000 between them)` });
        pushMeta(file, f.key, run ? run.join('\u3000') : separateNames(f.value.trim()));
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
  const marked = reporter !== null && /^[□■◎●◆◇][\s\u3000]*$/u.test(reporter[1]!);
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
  // (A row of the table may hold two fields, a tab or a gap between: `索引号：…　主题分类：…`. Each is read.)
  // (`发布机构：… 作者：… 日期：…` is a row of the article's fields: read as such, not as the table's.)
  const govFields = (GOV_FIELD.test(value) || GOV_EMPTY.test(value.split(GOV_NEXT)[0]!.trim())) && (labelledLine(value)?.length ?? 0) < 2 ? value.split(GOV_NEXT).filter((f) => f.trim() !== '') : [];
  if (govFields.length > 0 && govFields.every((f, k) => GOV_FIELD.test(f.trim()) || (k < govFields.length - 1 && GOV_EMPTY.test(f.trim())))) {
    const line = lineOf(node);
    for (const field of govFields) {
      if (GOV_EMPTY.test(field.trim())) {
        record(file, { rule: RULE, kind: 'removed', line, text: field.trim(), to: 'label of a public-information field, left empty' });
        continue;
      }
      const gov = GOV_FIELD.exec(field.trim())!;
      const label = gov[1]!.replace(/[\s\u3000]+/gu, '');
      const v = gov[2]!.trim();
      record(file, { rule: RULE, kind: 'removed', line, text: field.trim().slice(0, field.trim().length - gov[2]!.length), to: 'label of a public-information field' });
      // (The body that publishes the page's documents, or that issued this one: an article's own source line, where
      // it has one, says more.)
      const issuer = PUBLISHER_FIELDS.has(label);
      if (issuer) setSource(file, v, 1, line);
      else if (GOV_DATE.has(label) && metaOf(file).published === undefined) {
        metaOf(file).published = v;
        // (The table's day, no time: the article's own labelled time line, further down, says it more exactly.)
        file.data.publishedBare = true;
      }
      else if (GOV_DATE.has(label)) {
        record(file, { rule: RULE, kind: 'removed', line, text: v, to: 'a repeat of front matter: published' });
        continue;
      } else {
        record(file, { rule: RULE, kind: 'removed', line, text: v, to: `the page's ${label} (the document says it itself)` });
        continue;
      }
      record(file, { rule: RULE, kind: 'moved', line, text: v, to: `front matter: ${issuer ? 'source' : 'published'}` });
    }
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
    // (The body that runs a newsletter, `某某协会主办`, publishes it: no source of the story in it. And the day the
    // head prints after the issue, `2027年第3期　2027年6月15日`, dates it more exactly than the issue.)
    const sponsor = /(?:主办|主辦|编印|編印)$/u.test(magazine[1]!);
    // (Where a reader parted the head's fields at their wide gaps, the day stands on the line under it.)
    const lines = file.data.sourceLines ?? [];
    const under = lines.slice(line ?? 0, (line ?? 0) + 2).find((l) => l.trim() !== '') ?? '';
    const day = [lines[(line ?? 0) - 1] ?? '', under].map((l) => /^(?:.*[\s\u3000])?(\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*$/u.exec(l)?.[1]).find((d) => d !== undefined);
    if (sponsor) record(file, { rule: RULE, kind: 'removed', line, text: magazine[1]!, to: 'the body that publishes the newsletter (its sponsor, no source of the story)' });
    else setSource(file, magazine[1]!, 2, line);
    if (metaOf(file).published === undefined && day !== undefined) {
      metaOf(file).published = day;
      record(file, { rule: RULE, kind: 'removed', line, text: magazine[2]!, to: "the newsletter's issue (its day printed after it is the date)" });
    } else if (metaOf(file).published === undefined) metaOf(file).published = magazine[2]!.replace(/\s+/gu, '');
    else record(file, { rule: RULE, kind: 'removed', line, text: magazine[2]!, to: 'a repeat of front matter: published' });
    if (!sponsor || day === undefined) record(file, { rule: RULE, kind: 'moved', line, text: sponsor ? magazine[2]! : value, to: sponsor ? 'front matter: published (the running head)' : day === undefined ? 'front matter: source, published (the running head)' : 'front matter: source (the running head)' });
    return true;
  }
  const header = pageHeader(value);
  if (header) {
    const line = lineOf(node);
    // A later page's head (the story jumps to page 2): furniture, and the staff line under it is that page's.
    if (file.data.pageHeaderAt !== undefined) {
      file.data.laterPageAt = line;
      record(file, { rule: RULE, kind: 'removed', line, text: value, to: "a later page's running head (the story jumped pages)" });
      return true;
    }
    file.data.pageHeaderAt = line;
    if (header.date === undefined || header.paper === undefined) {
      record(file, { rule: RULE, kind: 'removed', line, text: value, to: "the newspaper page's running head" });
      return true;
    }
    if (metaOf(file).published === undefined) metaOf(file).published = tidyDate(header.date);
    else record(file, { rule: RULE, kind: 'removed', line, text: header.date, to: 'a repeat of front matter: published' });
    setSource(file, header.paper, 2, line);
    record(file, { rule: RULE, kind: 'moved', line, text: `${header.date} ${header.paper}`, to: 'front matter: published, source' });
    record(file, { rule: RULE, kind: 'removed', line, text: value.replace(header.date, '').replace(header.paper, '').trim(), to: "the rest of the newspaper page's header" });
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
  // `（招生就业处　庄晓雯/文　连子航/图）`: the desk, the writer and the photographer, each by the slash after the name.
  if (closingCredits(value, node, file)) return true;
  for (const field of FIELDS) {
    const m = field.re.exec(value);
    if (!m) continue;
    // (`原标题：《…》`: the marks set the title off in the line; the field holds the title.)
    const captured = field.key === 'original_title' ? m[1]!.trim().replace(/^《([^《》]+)》$/u, '$1') : m[1]!.trim();
    // A headline's two clauses, set apart by a space, keep one U+3000 between them (as title-parts does).
    const value1 = field.key === 'original_title' ? captured.replace(/(?<=[\p{Script=Han}”」》！？])[ \u00a0\u3000]+(?=[\p{Script=Han}“「《])/gu, '\u3000') : captured;
    // `作者：本报记者 陆文清`: the role is part of the label.
    const value2 = field.key === 'byline' ? value1.replace(LEADING_ROLE, '') : value1;
    if (value2 !== value1) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: value1.slice(0, value1.length - value2.length), to: 'the role in a byline' });
    const values = field.split ? field.split(value2, file) : [value2];
    if (field.key === 'source') setSource(file, captured, field.rank ?? (/^[（(【\[]/u.test(value) ? 1 : ARTICLE_SOURCE.test(value) ? 3 : 2), lineOf(node));
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
    /** The name a platform's certification gives after the time (`·某某官方账号`): the account's own name, above, replaces it. */
    certifiedSource: string | undefined;
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
const ORIGINAL_SIGNATURE = /^([（(])([\p{Script=Han}A-Za-z·]{2,8})((?:原创|原創)[，,、][\s\u3000]*(?:转载|轉載)[^）)]{1,20}[）)])$/u;
const LICENCE_AFTER = /^(【[^【】]{2,40}】|（[^（）]{2,40}）)[\s\u3000]*([^。！？【】]{0,30}(?:版权|版權)[^。！？]{0,40}[。！](?:[^。！？]{0,60}[。！])?)$/u;
const FOLLOW = /^[+＋]?(?:关注他|关注她|关注作者|關注他|關注她|關注作者)$/u;
// (Or with no count: the name, a role, and the button with its plus, `某某 口腔科医生 +_关注`, html2text's underline after it.)
const WORKING_GROUP = /^\p{Script=Han}{2,20}(?:调研组|調研組|课题组|課題組|调查组|調查組|写作组|寫作組|联合调研组|聯合調研組)$/u;
const SPEAKER_LINE = /^(\p{Script=Han}{0,12}(?:县长|市长|省长|区长|镇长|乡长|书记|副书记|主任|主席|局长|厅长|部长|院长|校长|董事长|总经理|理事长|会长|社长|秘书长|处长))[ \u3000]+(\p{Script=Han}{2,3})$/u;
const AUTHOR_CARD = /^([\p{Script=Han}A-Za-z0-9·_]{2,16})[ \u3000]+(?:(?:[^\s\u3000。！？]{1,30}[ \u3000]+)?(?:粉丝|粉絲)[ \u3000]*[\d.]{1,6}[万萬wW]?[ \u3000]*[+＋]?|(?:[^\s\u3000。！？，]{1,20}[ \u3000]+)?[+＋])[ \u3000_]*(?:关注|關注)$/u;

/** Whether `given` (`2027-09-12 07:30`) and `printed` (`2027年9月12日 07:30`, the page's own form) name one minute. */
function sameMinute(given: string, printed: string): boolean {
  const a = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/u.exec(given);
  const b = /^(\d{4})年(\d{1,2})月(\d{1,2})日[ \u3000]*(\d{1,2})[:：](\d{2})$/u.exec(printed);
  return a !== null && b !== null && a.slice(1).every((v, k) => Number(v) === Number(b[k + 1]));
}
