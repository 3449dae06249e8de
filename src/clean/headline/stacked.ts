/**
 * title-parts: a headline printed in lines of its own (引题, 主题, 副题) over the byline or the date line, as
 * e-papers, PDFs and magazines set it; the page furniture above it.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record, reportOf } from '../report.ts';
import { isDirective, lineOf, removeChild, sourceText, text } from '../tree.ts';
import { countHan, displayWidth, endsOpen } from '../chars.ts';
import { columnOf } from '../column.ts';
import { looksLikeOrganisation, SITE_ONLY } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { wordAcrossBreak } from '../segment.ts';
import { tidySpaces } from '../plugins/whitespace.ts';
import { RULE, headline, metadataLines, chromeLike, halves, displaced, letterSpaced, unspace, magazineCredit } from './lines.ts';

/**
 * Where the text seems to begin (`at`, the first block with a full stop) a magazine may have set its 提要, a
 * sentence or two under the headline, and the byline under that: the blocks up to the byline's line are the
 * headline's, not the text's.
 */
export function withDeck(tree: Root, file: VFile, at: number): number {
  const anchors = metadataLines(file);
  for (let k = at; k < at + 2 && k + 1 < tree.children.length; k++) {
    const n = tree.children[k]!;
    if (n.type !== 'paragraph' || text(n).trim().length > 90) break;
    const [from, to] = [lineOf(n), lineOf(tree.children[k + 1]!)];
    if (from !== undefined && to !== undefined && anchors.some((a) => a > from && a < to && magazineCredit(file, a))) return k + 1;
  }
  return at;
}

export interface Stacked {
  kicker?: Paragraph;
  title: Paragraph;
  /** The 主题's second line, where the 主题 is printed in two. */
  second?: Paragraph;
  deck?: Paragraph;
  /** The deck's first line, where a layout wrapped the deck in two. */
  deckHead?: Paragraph;
}

// A magazine's 提要 under its headline: a sentence or two, short (`岛上的日子，是跟着潮水走的。…`).
export const sentenceDeck = (t: string) => t.length <= 90 && countHan(t) >= 8 && /[。！？][”」]?$/u.test(t) && (t.match(/[。！？]/gu) ?? []).length <= 3 && !/^[^，。：:]{1,8}[：:]/u.test(t);

// People's names a space apart, each a name (`叶清妍 葛书恒`): a byline's line, never a headline's.
// (Or an office and its writer, `某某镇党政办　某某`, as a government page prints its author field.)
export const namesLine = (t: string) => (/^\p{Script=Han}{2,3}(?:[ \u3000]+\p{Script=Han}{2,3}){1,3}$/u.test(t) && t.split(/[ \u3000]+/u).every(looksLikePersonName)) || officeAndWriter(t);
export function officeAndWriter(t: string): boolean {
  const m = /^(\p{Script=Han}{3,16})[ \u3000]+(\p{Script=Han}{2,3})$/u.exec(t);
  return m !== null && (looksLikeOrganisation(m[1]!) || /^\p{Script=Han}{2,10}(?:办|辦)$/u.test(m[1]!)) && looksLikePersonName(m[2]!);
}
const CONTACT = /^\p{Script=Han}{0,8}(?:电话|電話|地址|热线|熱線|传真|傳真|邮编|郵編|邮箱|郵箱)[：:]/u;
const MARKED_NAME = /^[□■◎●◆◇][\s\u3000]*[\p{Script=Han}·]{2,4}$/u;

// A press release's label at its head, alone on its line or a cell of its form (`稿件类型   新闻通稿`).
const RELEASE_LABEL = /(?:^|[\s\u3000])(?:新闻通稿|新聞通稿|新闻稿|新聞稿|通稿|新闻发布稿|新聞發佈稿)(?:[\s\u3000]|$)/u;

// A bulletin's masthead (简报, 工作信息), its letters spaced or not: an office's bulletin sets no 引题 either.
const BULLETIN_MASTHEAD = /^(?:[\p{Script=Han}]{0,12}(?:简报|簡報|工作信息|工作简讯|工作簡訊)|[\p{Script=Han}]{2,12}(?:工作动态|工作動態))$/u;

/** Whether the source is an office's bulletin: its masthead in its first lines. */
export function bulletin(file: VFile): boolean {
  return (file.data.sourceLines ?? []).slice(0, 8).some((l) => BULLETIN_MASTHEAD.test(l.replace(/[\s\u3000]+/gu, '')));
}

/** Whether the source is a press release: its label in its first lines. */
export function pressRelease(file: VFile): boolean {
  // (A reader may have taken the form out of the lines already: its report says so.)
  return (file.data.sourceLines ?? []).slice(0, 12).some((l) => RELEASE_LABEL.test(` ${l.trim()} `)) || reportOf(file).changes.some((c) => c.rule === 'release-form');
}

/**
 * A printed headline stands in lines of its own right above the byline or the date line: 引题, 主题, 副题 in
 * three lines, or 主题 and a longer 副题 (a clause with commas, or after a dash) in two. Of the lines the metadata
 * took before the text, the last one with headline lines directly above it in the source is the anchor: a
 * paper's name and issue date above the headline anchor nothing.
 */
const ORDINAL_ENTRY = /^第[一二三四五六七八九十百\d]{1,4}\p{Script=Han}{1,4}[\s\u3000]*[：:]/u;

export function stackedHeadline(tree: Root, first: number, end: number, file: VFile): Stacked | undefined {
  const anchors = metadataLines(file).sort((a, b) => b - a);
  const head = tree.children.slice(first, end);
  // Without a byline or date line under it, the text's first block (a caption, a paragraph) is the anchor of a
  // headline printed in three lines (an e-paper's 引题 / 主题 / 副题 over the story).
  const body = tree.children[end];
  // A caption block made by the captions rule has no position of its own: its paragraph's line is its line.
  const bodyLine = body && (lineOf(body) ?? ('children' in body && body.children[0] ? lineOf(body.children[0]) : undefined));
  // (So of a press release's 主题 and 副题, in two lines: a release has no byline under its headline.)
  const release = pressRelease(file);
  const office = !release && bulletin(file);
  if (bodyLine !== undefined && (head.length >= 3 || ((release || office) && head.length === 2))) anchors.push(bodyLine);
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
      // (Not a hard-wrapped paragraph's first line, full and left open, the paragraph going on under it.)
      // (Nor the first line of the text's first paragraph, left open right over the rest of it: `…错峰出` / `行（…）。`.)
      const runsOn = anchor === bodyLine && at === anchor - 1 && endsOpen(text(n));
      // (Nor the page's description, the text's opening cut short, which the text then prints whole below it.)
      const copy = () => { const t = text(n).trim(); const from = tree.children.indexOf(n); return t.length >= 15 && tree.children.slice(from + 1, from + 6).some((b) => b.type === 'paragraph' && text(b).trim().length > t.length && text(b).trim().startsWith(t)); };
      const deck = run.length === 0 && n.type === 'paragraph' && !wrappedOn(file, n) && !runsOn && !copy() && (/^(?:——|－－|—)[\s\u3000]*[\p{Script=Han}\d“「《]/u.test(text(n).trim()) || (/[，、]/u.test(text(n)) && text(n).trim().length <= 40 && countHan(text(n)) >= 8)) && !/[。！？；：:]/u.test(text(n));
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
      // (A credit mark before a name, `□ 闻砚清`, is a byline's, never a headline's line.)
      // (Nor is a contact line of the page's side column, `办公地址：…`, `街道办公室电话：…`.)
      // (Nor an entry of a list under its ordinal label, `第一片区：某某　某某`, a notice's names by district.)
      if (at !== line || n.type !== 'paragraph' || !(deck || headline(n, 2, true)) || ISSUE.test(text(n)) || MARKED_NAME.test(text(n).trim()) || CONTACT.test(text(n).trim()) || namesLine(text(n).trim()) || ORDINAL_ENTRY.test(text(n).trim())) break;
      run.unshift(n);
      line--;
    }
    const withDeckHead = (st: Stacked | undefined): Stacked | undefined => (st && deckHead && st.deck === run[run.length - 1] ? { ...st, deckHead } : st);
    if (run.length === 0) continue;
    // The headline printed twice with a line between (a reader script's title, the page's byline field, the text's own
    // copy of the title): one headline and its copy, no 引题 over a 主题.
    const compacted = run.map((n) => text(n).replace(/[\s\u3000]+/gu, ''));
    if (new Set(compacted).size < compacted.length) return undefined;
    // The paper's own name over the headline (`溪南日报电子版`) is its masthead, no part of the headline.
    // (Or the body's own name, the site's over its page: `澄江县教育体育局`, `澄江新闻网`.)
    if (run.length >= 2 && ownName(text(run[0]!).trim())) run.shift();
    // So is the page's section label (`城事`, `要闻`) over a headline of three lines: furniture above it.
    if (run.length === 4 && text(run[0]!).trim().length <= 4) run.shift();
    // Two lines of one length over the rest are the two halves of one 主题 (`稳住价格守住品质` / `让春茶卖得更安心`):
    // an 引题 is set apart from its 主题 by its length as much as by its size.
    const halvesOf = (a: Paragraph, b: Paragraph) => {
      const [x, y] = [text(a).trim(), text(b).trim()];
      return x.length >= 6 && x.length === y.length && x !== y && !/[，。！？；：、,.!?;:]/u.test(x + y);
    };
    // (Unless a layout that keeps the page's centring shows them in two sizes: lines of one width set at indents
    // that their widths do not explain, `庆祝…四十周年` over a wider-set `“方寸之间看家乡”集邮展览开幕`.)
    const indentAt = (n: Paragraph) => /^[ \u3000]*/u.exec(file.data.sourceLines?.[(lineOf(n) ?? 0) - 1] ?? '')![0].length;
    const twoSizes = (a: Paragraph, b: Paragraph) => indentAt(a) >= 4 && indentAt(b) >= 4 && Math.abs(indentAt(a) - indentAt(b) - (displayWidth(text(b).trim()) - displayWidth(text(a).trim())) / 2) >= 2;
    if (run.length === 3 && halvesOf(run[0]!, run[1]!) && !twoSizes(run[0]!, run[1]!)) return withDeckHead({ title: run[0]!, second: run[1]!, deck: run[2]! });
    // A line set apart by a blank line over two lines close in length with none between (`今年首批…完工通车` /
    // `老城区5条“断头路”打通了` / `市民出行不再绕“冤枉路”`): the 引题 over a 主题 printed in two lines.
    const [x, y] = run.length === 3 ? [text(run[1]!).trim(), text(run[2]!).trim()] : ['', ''];
    const apart = run.length === 3 && (file.data.sourceLines?.[(lineOf(run[1]!) ?? 1) - 2] ?? '').trim() === '' && lineOf(run[2]!) === (lineOf(run[1]!) ?? 0) + 1;
    // (Unless a layout that keeps the page's centring sets them at indents apart for one length: two type sizes,
    // the 主题 over its 副题.)
    const indentOf = (n: Paragraph) => /^[ \u3000]*/u.exec(file.data.sourceLines?.[(lineOf(n) ?? 0) - 1] ?? '')![0].length;
    const sized = run.length === 3 && indentOf(run[1]!) >= 4 && indentOf(run[2]!) >= 4 && Math.abs(indentOf(run[1]!) - indentOf(run[2]!)) >= 3;
    if (apart && !sized && x.length >= 6 && Math.abs(x.length - y.length) <= 2 && !/[，。！？；：、,.!?;:]/u.test(x + y) && !/^(?:——|－－|—)/u.test(y)) return { kicker: run[0]!, title: run[1]!, second: run[2]! };
    // A column's label of two or three characters (`风物志`) over a headline and its 提要 is the kicker too.
    const told = deckHead !== undefined || sentenceDeck(text(run[run.length - 1]!).trim());
    if (run.length === 3 && run.every((n, k) => text(n).trim().length >= (k === 0 && told ? 2 : 4))) return withDeckHead({ kicker: run[0]!, title: run[1]!, deck: run[2]! });
    // A press release sets no 引题: its second line is the 副题.
    if (run.length === 2 && release && run.every((n) => text(n).trim().length >= 5)) return withDeckHead({ title: run[0]!, deck: run[1]! });
    // A bulletin's headline in two lines (a line break typed inside it) is one 主题 in two lines.
    if (run.length === 2 && office && run.every((n) => text(n).trim().length >= 5) && !run.some((n) => /[，。；：！？]/u.test(text(n)))) return { title: run[0]!, second: run[1]! };
    // Two lines that a word runs across (`…社会发展统` / `计公报（摘要）`): one headline the print wrapped, no 引题 over
    // a 主题 (the title rule joins its end).
    if (run.length === 2 && wordAcrossBreak(text(run[0]!).trim(), text(run[1]!).trim())) return undefined;
    if (anchor === bodyLine) return undefined;
    if (run.length === 2 && told) return withDeckHead({ title: run[0]!, deck: run[1]! });
    if (run.length === 2) {
      const [a, b] = run.map((n) => text(n).trim()) as [string, string];
      // The line set letter-spaced is the one in display type, the 主题: a line above it is its 引题.
      if (letterSpaced(b) && !letterSpaced(a) && countHan(a) >= 5) return { kicker: run[0]!, title: run[1]! };
      // A 副题 says more than its 主题, in a clause (commas) or after a dash.
      // A line of four characters or fewer above it is a column's name (`法苑时评`), the kicker: left to the rules below.
      if (a.length >= 5 && b.length > a.length && (/[，、]/u.test(b) || /^[—－]/u.test(b))) return { title: run[0]!, deck: run[1]! };
      // Two lines of a printed headline without a clause: 引题 over 主题, as papers set them.
      if (halvesOf(run[0]!, run[1]!)) return { title: run[0]!, second: run[1]! };
      // (Unless the second runs far longer, twenty characters and more: a 副题 that tells the story, under its 主题.)
      if (b.length >= 20 && b.length >= a.length * 1.6 && a.length >= 5 && !/[，、]/u.test(a + b)) return { title: run[0]!, deck: run[1]! };
      if (a.length >= 5 && b.length >= 5 && !/[，、]/u.test(a + b)) return { kicker: run[0]!, title: run[1]! };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The site's or the issuing body's own name on a line of its own (a masthead, a letterhead: `澄江新闻网`,
 * `溪南日报电子版`, `澄江县教育体育局`): the page's, never its headline or its kicker.
 */
export function ownName(t: string): boolean {
  return SITE_ONLY.test(t) || MASTHEAD.test(t) || looksLikeOrganisation(t);
}

export const MASTHEAD = /^[\p{Script=Han}A-Za-z]{2,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|报|報|网|網|电视台|電視台)?(?:电子版|電子版|数字报|數字報|客户端|客戶端|官网|官網|网|網)$/u;

// A magazine's issue label (`新民周刊 2024年第22期`): it names the issue, not the story.
export const ISSUE = /第[\d一二三四五六七八九十]{1,4}期/u;

export function setStacked(tree: Root, file: VFile, first: number, stacked: Stacked): void {
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

// A press office's document names its form in the page header (`某局新闻发布材料`), over the headline.
export const DOC_HEADER = /(?:新闻发布材料|新聞發佈材料|新闻发布稿|新聞發佈稿|新闻通稿|新聞通稿|发布材料|發佈材料|新闻稿|新聞稿|工作简报|工作簡報|信息专报|信息專報)$/u;

// The site's telephone in its logo block (`服务热线：0736-6821120`): a number alone under its label.
// (After the site's name, `某某广电网络 客服热线：96633`; a service number may have five digits.)
const HOTLINE_FIELD = '(?:诉讼服务|訴訟服務|政务服务|政務服務|便民服务|便民服務|服务|服務|咨询|諮詢|客服|投诉举报|投訴舉報|投诉|投訴|举报|舉報|新闻|新聞|报料|爆料|值班|预约|預約|急救)?(?:热线|熱線|电话|電話|挂号|掛號)(?:电话|電話)?[\\s\\u3000]*[：:]?[\\s\\u3000]*(?:\\d{3,5}|\\(?\\d[\\d\\s()（）-]{6,20}\\d)';
// (A hospital's head gives two or three numbers in a row: `急救电话：120　预约挂号：0728-…`.)
const HOTLINE = new RegExp(`^(?:[\\p{Script=Han}A-Za-z]{2,16}[\\s\\u3000]*)?${HOTLINE_FIELD}(?:[\\s\\u3000]+${HOTLINE_FIELD}){0,3}$`, 'u');

const PRESS_CONTACT = /^(?:新聞|新闻)?(?:聯絡人|联络人|聯繫人|联系人)[：:][^：:。！？]{2,30}?[\s\u3000]*(?:聯絡電話|联络电话|聯繫電話|联系电话|電話|电话)[：:][\s\u3000]*[\d()（）\-－ 分機机轉转#]{6,30}$/u;

// A logo block's body and its motto, a couplet (`某某区人民法院公正司法　司法为民`).
function bodyWithMotto(t: string): boolean {
  const motto = /(\p{Script=Han}{2,6})[\s\u3000]*(\p{Script=Han}{2,6})$/u;
  for (let k = 3; k <= Math.min(20, t.length - 4); k++) {
    const m = motto.exec(t.slice(k));
    if (m && m.index === 0 && m[1]!.length === m[2]!.length && looksLikeOrganisation(t.slice(0, k))) return true;
  }
  return false;
}

// The body's address in the page's side column (`办公地址：某某区某某路88号`).
const ADDRESS = /^\p{Script=Han}{0,6}(?:地址|地點|地点)[：:][\s\u3000]*[^\s\u3000。！？，]{4,40}$/u;

// An e-paper page's label and its name (`A05 城市·民生`), a line of the page head.
const PAGE_LABEL_LINE = /^[A-Z]\d{1,3}[\s\u3000]+\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?$/u;

// The site's address under its name in the logo block (`www.weilanxian.gov.cn`).
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,4}\/?$/iu;

/**
 * Removes (and reports) the page's furniture among `nodes`, which stand above the headline. `plainly`: only
 * what is plainly furniture goes — a short label or banner, a breadcrumb, a masthead in capitals
 * (`MAPLE CHINESE DAILY`) — where the headline was found by weaker evidence than a printed stack.
 */
export function dropFurniture(tree: Root, file: VFile, nodes: RootContent[], plainly: boolean): void {
  for (const n of nodes) {
    // (One taken out already, as a repeat of the headline, is reported once.)
    if (!tree.children.includes(n)) continue;
    const t = text(n).trim();
    // (A layout's run of spaces between the body's name and its telephone makes the line no longer than it reads.)
    // (Or a release's contact for the press over its headline, `聯絡人：…科長　聯絡電話：…`: the newsroom's, not the reader's.)
    const spread = n.type === 'paragraph' && (HOTLINE.test(t.replace(/[ \t]{2,}/gu, '\u3000')) || PRESS_CONTACT.test(t));
    if (spread) {
      record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the page's banner or section label, before the headline" });
      removeChild(tree.children, n);
      continue;
    }
    if (!chromeLike(n) || (plainly && !(t.length <= 12 || /[>›»|｜]|[\s\u3000][-–—][\s\u3000]/u.test(t) || /^[A-Z][A-Z&.' -]{3,80}$/u.test(t) || DOC_HEADER.test(t) || HOTLINE.test(t) || ADDRESS.test(t) || DOMAIN.test(t) || bodyWithMotto(t) || ownName(t) || PAGE_LABEL_LINE.test(t)))) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "the page's banner or section label, before the headline" });
    removeChild(tree.children, n);
  }
}

/**
 * A reader view prints the site's name on a line of its own between the headline and the byline
 * (`…1.3万次动物过路` / `晚江新闻网` / `文/…`): the line above the date is then the site, the source, and the
 * headline the line above it.
 */
export function siteUnderHeadline(tree: Root, file: VFile, head: RootContent[], anchored: Paragraph | undefined): Paragraph | undefined {
  if (!anchored || !SITE_ONLY.test(text(anchored).trim())) return anchored;
  const above = head[head.indexOf(anchored) - 1];
  if (above?.type !== 'paragraph' || !headline(above, 6)) return anchored;
  const site = text(anchored).trim();
  const meta = metaOf(file);
  if (meta.source === undefined) meta.source = site;
  record(file, { rule: RULE, kind: meta.source === site ? 'moved' : 'removed', line: lineOf(anchored), text: site, to: meta.source === site ? "front matter: source (the site's name under the headline)" : "the site's name under the headline (the front matter has a source)" });
  removeChild(tree.children, anchored);
  return above as Paragraph;
}


/**
 * A web page prints its time or source line right under the headline: the line nearest above the first
 * such line (which metadata has taken out) is the headline, whatever banner or site name stands above it.
 */
export function anchoredHeadline(head: RootContent[], file: VFile): Paragraph | undefined {
  const dateLine = reportOf(file).changes.find((c) => c.rule === 'metadata' && c.kind === 'moved' && /^front matter: (?:published|source)/u.test(c.to ?? ''))?.line;
  if (dateLine === undefined) return undefined;
  // A deck (`——…见闻`) stands between headline and date line.
  const above = head.filter((n) => (lineOf(n) ?? Infinity) < dateLine && !/^[—－]/u.test(text(n).trim()));
  const last = above[above.length - 1];
  return last && headline(last, 6, true) && dateLine - (lineOf(last) ?? 0) <= 3 ? (last as Paragraph) : undefined;
}

/** A line of a hard-wrapped file that fills the column and is left open, the next source line going on. */
export function wrappedOn(file: VFile, n: Paragraph): boolean {
  const lines = file.data.sourceLines ?? [];
  const at = lineOf(n);
  if (at === undefined || (lines[at] ?? '').trim() === '' || !endsOpen(text(n))) return false;
  const { full, measured, width } = columnOf(file);
  // (Two columns short still fills it: figures and quotes take less room in a PDF's text than their width.)
  return full !== undefined && width(measured[at - 1]!.trimEnd()) >= full - 2;
}
