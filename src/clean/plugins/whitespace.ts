/**
 * whitespace: `　　` indents, leading and trailing spaces, NBSP, zero-width
 * characters, CR and tabs go; a space between two Han characters goes
 * (`一线的 医务工作者` → `一线的医务工作者`) — a newline there would render as a
 * visible gap. A run of two or more spaces between Han characters is a
 * deliberate separator in newspaper text (title and name, two issuing
 * bodies): one ideographic space stays there. A wider gap inside a line of
 * Chinese — three or more spaces, or a bracket pair holding nothing but
 * spaces — is a blank left to fill in or a column gap of a worksheet, a
 * table or a form (`意思是（       ）`, `白鹭的      、`, `不重视      B.忽而`):
 * it keeps one ideographic space too, whatever stands beside it.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { fillsColumn, placedText } from '../column.ts';
import { apply } from '../report.ts';
import { mapProse, phrasingParents, replaceAll, lineOf } from '../tree.ts';
import { CJK_CONTEXT, NEXT_TO_CJK_PUNCT, isHeadingLike, lastChar, outsideMojibake } from '../chars.ts';
import { toString } from 'mdast-util-to-string';

export const RULE = 'whitespace';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\r]+/gu;
const ODD_SPACE = /[\u00a0\t\u2002-\u200a\u202f\u205f]/gu;
const BETWEEN_HAN = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;
const RUNS = / {2,}/g;
// An ideographic space inside a number (SogouCS: `２　８００亩`, `２　．２万亿元`): a stray, no group's separator, which
// would be a thin space. (Not inside a date or a time, `2　024-03-09`: what the date's rules read, left to them.)
// (After a Chinese character and a figure's first group, before a group of three digits that ends it or goes on
// with its decimals or its next group: no list of figures, which Chinese parts with 、.)
const AFTER_THOUSANDS = /(?<=\p{Script=Han}\d{1,3}(?:,\d{3})*,)[ ](?=\d{3}(?![\d ]))/gu;
const IN_NUMBER = /(?<=(?<![0-9０-９])[0-9０-９])\u3000(?=[0-9０-９]{3}(?![0-9０-９\-－/／.．:：年])|[.．][0-9０-９])/gu;
// After a post's emoji, which closes its sentence as a mark would (`开幕啦🎉🎉  阿岚…`), no space before the next.
const AFTER_EMOJI = /(?<=\p{Extended_Pictographic}\ufe0f?)[ ]+(?=[\p{Script=Han}“「])/gu;
// Three or more spaces between two visible characters, one of them Chinese.
const WIDE_GAP = /(?<=[^\s])[ ]{3,}(?=[^\s])/gu;
const PLACED_GAP = /(?<=[^\s])[ ]+(?=[^\s])/gu;
// Nothing but spaces between an opening and a closing bracket: a blank to fill in (`（　）`), also on a second pass.
const EMPTY_PAIR = /(?<=[（(［\[])[ \u3000]+(?=[）)］\]])/gu;
// A title word, a space, a name of two or three characters closing the line.
const TITLE_WORDS = '青年|主任|书记|書記|局长|局長|县长|縣長|镇长|鎮長|市长|市長|村长|村長|校长|校長|院长|院長|所长|所長|站长|站長|馆长|館長|社长|社長|会长|會長|队长|隊長|组长|組長|部长|部長|厅长|廳長|处长|處長|科长|科長|经理|經理|董事长|董事長|总监|總監|教授|研究员|研究員|专家|專家|医生|醫生|护士|護士|老师|老師|教师|教師|工程师|工程師|律师|律師|法官|检察官|檢察官|民警|警官|代表|委员|委員|主席|负责人|負責人|传承人|傳承人|创始人|創始人|村民|居民|市民|农民|農民|店主|老板|司机|司機|骑手|騎手|志愿者|志願者|学生|學生|主持人|讲解员|講解員|技术员|技術員|摊主|攤主|商户|商戶|店员|店員|游客|遊客|乘客|家长|家長|患者|业主|業主|员工|員工|职工|職工|船工|渔民|漁民|群众|群眾|护林员|護林員|网格员|網格員|快递员|快遞員|驾驶员|駕駛員|调解员|調解員|安全员|安全員|保洁员|保潔員|工作人员|工作人員|党员|黨員|班长|班長|队员|隊員|组员|組員';
const TITLE_NAME = new RegExp(`(?<=(?:${TITLE_WORDS}))[ ]+(?=\\p{Script=Han}{2,3}$)`, 'gu');
// (After a script's cue, `【同期】`, and a place or an office before the title: `【同期】槐川市民 芮桂珍：`.)
// (A name holds none of the words a sentence goes on with: `来访游客 主要是：` is a stray space.)
// (Or the speaker's post and name in brackets after the role: `主持人（某某局副局长 某某）：`, a record's.)
const SPEAKER_TAG = new RegExp(`(?<=^(?:【[^】]{1,6}】)?(?:\\p{Script=Han}{1,6}[（(])?\\p{Script=Han}{0,16}(?:${TITLE_WORDS}))[ ]+(?=(?![^：:]{0,2}[是的了在说有要都也就还和与及对把被])\\p{Script=Han}{2,3}[）)]?[：:])`, 'gu');
// `…卡上。（记者 米若禾）`, `（记者 孟思远 剪辑 乔一）`, `（记者：某某 编辑：某某）`: a credit in brackets keeps every gap between its fields,
// one U+3000 each, as a byline is written (a glued `孟思远剪辑乔一` reads as one name).
const CREDIT_ROLE_WORD = '(?:(?:本报|本台|本刊|本網|本网)?(?:特约|特約|实习|實習|见习|見習|摄影|攝影)?(?:记者|記者|通讯员|通訊員)|实习生|實習生|摄像|攝像|摄影|攝影|剪辑|剪輯|编辑|編輯|责编|責編|制作|製作|后期|後期|配音|视频|視頻|主持人|播音)';
const CREDIT_FIELD = `${CREDIT_ROLE_WORD}[：:]?[ \u3000]*[\\p{Script=Han}·]{2,4}(?:[ \u3000、][\\p{Script=Han}·]{2,4}){0,2}`;
const CREDIT_BRACKET = new RegExp(`[（(]${CREDIT_FIELD}(?:[ \u3000]+${CREDIT_FIELD}){0,3}[）)]`, 'gu');
// A section's credit on a line of its own (`记者 薛映秋 通讯员 乔念慈`, kept where an item of a bundle prints it).
const CREDIT_LINE = new RegExp(`^${CREDIT_FIELD}(?:[ \u3000]+${CREDIT_FIELD}){0,3}$`, 'gu');
const CREDIT_CUT = new RegExp(`(?<=${CREDIT_ROLE_WORD})[ ]+(?=[\\p{Script=Han}·]{2,4}$)`, 'gu');
const TITLED_NAME = new RegExp(`(?:${TITLE_WORDS})\u3000\\p{Script=Han}{2,3}$`, 'u');

const ENTRY_DATE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?[ \u3000]+\p{Script=Han}/u;
const ENTRY_DATE_GAP = /(?<=^\d{4}年\d{1,2}月(?:\d{1,2}日)?) {1,4}(?=\p{Script=Han})/gu;

/** Paragraphs opened by a date and a gap, three or more (the text's own, or a list's items): a chronology's entries. */
function datedEntries(tree: Root): Set<unknown> {
  const entries: Paragraph[] = [];
  for (const node of tree.children) {
    const paras = node.type === 'paragraph' ? [node] : node.type === 'list' ? node.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? [item.children[0]] : [])) : [];
    for (const p of paras) if (p.children[0]?.type === 'text' && ENTRY_DATE.test(p.children[0].value)) entries.push(p);
  }
  return new Set(entries.length >= 3 ? entries : []);
}

/** A line that is a person's title and name (`云岭县返乡青年　刘晓`): a speaker's tag, never a heading. */
export function isTitledName(line: string): boolean {
  return TITLED_NAME.test(line);
}
// An arrow in Chinese text is set like a full-width mark: no typed space beside it.
const BY_ARROW = /(?<=[→←⇒⇐])[ ]+(?=[\p{Script=Han}“「（])|(?<=[\p{Script=Han}”」）])[ ]+(?=[→←⇒⇐])/gu;
const ORDINAL_GAP = /(?<=^(?:案例|案件|事例|第)[一二三四五六七八九十百零〇\d]{1,4}(?:[章节節部篇条條讲講课課期]|部分|单元|單元)?)[ \u00a0]+(?=[\p{Script=Han}“「《])/gu;
const HALVES = /(?<=[\p{Script=Han}”」》])[ \u00a0]+(?=[\p{Script=Han}“「《])/gu;
// A half of a heading: any run of visible characters (`飞播+开沟`, `下一步`).
const PHRASE = /[^\s\u3000]/u;

function phraseBefore(v: string, end: number): number {
  let n = 0;
  for (let i = end - 1; i >= 0 && PHRASE.test(v[i]!); i--) n++;
  return n;
}

function phraseAfter(v: string, start: number): number {
  let n = 0;
  for (let i = start; i < v.length && PHRASE.test(v[i]!); i++) n++;
  return n;
}

/** The in-line part of the rule, for text outside the body (a deck in the front matter). */
export function tidySpaces(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(BETWEEN_HAN, (m) => (m === '\u3000' || m.length >= 2 ? '\u3000' : ''))
    .replace(NEXT_TO_CJK_PUNCT, '')
    .replace(RUNS, ' ')
    .trim();
}

/**
 * OCR that spaced some lines out letter by letter (the letter-spacing reader unspaced them) leaves single
 * spaces inside the lines of text it did not space out (`具有我 校施教区内 户籍或居住证明 的`): five such lines
 * at least, a tenth of the text's lines. There a single space is OCR's, not a separator.
 */
function strayOcrSpaces(file: VFile): boolean {
  if (!(file.data.report?.changes.some((c) => c.rule === 'letter-spacing') ?? false)) return false;
  const lines = (file.data.sourceLines ?? []).filter((l) => (l.match(/\p{Script=Han}/gu) ?? []).length >= 10);
  const stray = lines.filter((l) => /\p{Script=Han} \p{Script=Han}/u.test(l)).length;
  return stray >= 5 && stray >= lines.length * 0.1;
}

export default function remarkWhitespace() {
  return (tree: Root, file: VFile) => {
    const note = (line: number | undefined) => (before: string, after: string, context: string) =>
      apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(before), to: `${JSON.stringify(after)} in …${context}…` });
    const ocrSpaced = strayOcrSpaces(file);
    // A text whose runs were placed with spaces where they stood on the page (pdf2json): a gap beside a Chinese
    // character or mark is the page's position, not a space of the text (`获悉，            3月`, `作用          。`).
    const placed = placedText(file);
    const chronology = datedEntries(tree);
    mapProse(tree, (value, parent, line) => {
      if (!/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff\u00ad]/u.test(value)) return value;
      // (Not inside mojibake: a soft hyphen there is a byte of a character read in the wrong code page.)
      let v = outsideMojibake(value, (w) => w.replace(INVISIBLE, ''));
      // A chronology's entry opened by its date and a gap (`1929年12月3日 灡州第一座公共图书馆…`): the gap sets the
      // date apart as a timeline's time is set, one U+3000.
      if (chronology.has(parent) && parent.children[0]?.type === 'text' && parent.children[0].value === value) v = replaceAll(v, ENTRY_DATE_GAP, () => '\u3000', note(line));
      v = v.replace(ODD_SPACE, ' ');
      if (placed && parent.type !== 'tableCell' && v.includes(' ')) v = replaceAll(v, PLACED_GAP, (m) => (CJK_CONTEXT.test(v[m.index - 1]!) || CJK_CONTEXT.test(v[m.index + m[0].length]!) ? '' : m[0]), note(line));
      // Most patterns below replace a typed space, and none types one: a text with U+3000 and no typed space
      // (an indented paragraph) is spared their scans, which a lookbehind makes at every position.
      const typed = v.includes(' ');
      // In a heading-like line, one space between two phrases is the gap between a heading's two halves.
      // (A line that ends in a colon introduces what follows: no heading, and its spaces are a scrape's.)
      // A line the source marks as a head: a heading, or a paragraph wholly in bold.
      const markedHead = parent.type === 'heading' || (parent.type === 'paragraph' && parent.children.length === 1 && parent.children[0]!.type === 'strong');
      // (A line that fills a hard-wrapped column is part of a paragraph, whatever it reads like: its spaces are OCR's.)
      const wrappedLine = parent.type === 'paragraph' && parent.position?.start.line === parent.position?.end.line && fillsColumn(file, line);
      if (typed && parent.type !== 'tableCell' && !wrappedLine && isHeadingLike(toString(parent), 30) && !/[：:][\s\u3000]*$/u.test(toString(parent))) {
        // Three characters a side at least (`下一步　一张膜…`; `记者 近日…` is a sentence's stray space); two in a
        // line the source marks as a heading (`**机收+烘干 省工又省心**`).
        const least = markedHead ? 2 : 3;
        // (In text OCR spaced letter by letter, one space is OCR's: only a wider gap sets two halves apart.)
        v = replaceAll(v, HALVES, (m) => (phraseBefore(v, m.index) >= least && phraseAfter(v, m.index + m[0].length) >= least && (!ocrSpaced || m[0].length >= 2) ? '\u3000' : m[0]), note(line));
      }
      // A head's ordinal label and its title (`**案例一 已登记结婚但…，酌情返还…**`, `第三章 …`): the gap keeps them apart.
      if (typed && markedHead) v = replaceAll(v, ORDINAL_GAP, () => '\u3000', note(line));
      // `云岭县返乡青年 刘晓`: a speaker's or a sitter's title and name, set apart on a short line of their own.
      if (typed && parent.type !== 'tableCell' && !wrappedLine && isHeadingLike(toString(parent), 30)) v = replaceAll(v, TITLE_NAME, () => '\u3000', note(line));
      // `主持人 刘星辰：各位记者朋友…`: a speaker's title and name opening the words they say keep their gap.
      if (typed && parent.type === 'paragraph' && parent.children[0] && toString(parent.children[0]).startsWith(v)) v = replaceAll(v, SPEAKER_TAG, () => '\u3000', note(line));
      if (typed) v = replaceAll(v, CREDIT_BRACKET, (m) => m[0].replace(/[ ]+/gu, '\u3000'), note(line));
      // A credit whose photographer's mark a wrap put on the next line (`…记者 岳小禾` / `摄`) keeps its gap too.
      if (typed && line !== undefined && /^[\s\u3000]*[摄攝][）)]?[\s\u3000]*$/u.test(file.data.sourceLines?.[line] ?? '')) v = replaceAll(v, CREDIT_CUT, () => '\u3000', note(line));
      if (typed && parent.type === 'paragraph' && parent.children.length === 1) v = replaceAll(v, CREDIT_LINE, (m) => m[0].replace(/[ ]+/gu, '\u3000'), note(line));
      const before = v;
      if (v.includes('\u3000')) v = replaceAll(v, IN_NUMBER, () => '', note(line));
      // A space typed after a figure's thousands comma in Chinese text (`海外收入117, 406.52万元`): the figure's.
      if (typed && v.includes(', ')) v = replaceAll(v, AFTER_THOUSANDS, () => '', note(line));
      v = replaceAll(v, BETWEEN_HAN, (m) => (m[0] === '\u3000' || m[0].length >= 2 ? '\u3000' : ''), note(line));
      const betweenHan = v !== before;
      v = replaceAll(v, EMPTY_PAIR, (m) => (m[0] === '\u3000' ? m[0] : '\u3000'), note(line));
      if (typed) v = replaceAll(v, WIDE_GAP, (m) => (CJK_CONTEXT.test(v[m.index - 1]!) || CJK_CONTEXT.test(v[m.index + m[0].length]!) ? '\u3000' : m[0]), note(line));
      const beforeMark = v;
      v = replaceAll(v, NEXT_TO_CJK_PUNCT, () => '', note(line));
      // A line a stray space hid from the metadata rule (`记者 郑小\t雨`, `报道自 ，某地`) may read as a metadata line now.
      if ((betweenHan || v !== beforeMark) && parent.type === 'paragraph') {
        const p = parent as Paragraph;
        p.data = { ...p.data, respaced: true };
      }
      if (typed) {
        v = replaceAll(v, BY_ARROW, () => '', note(line));
        v = replaceAll(v, AFTER_EMOJI, () => '', note(line));
      }
      return v.replace(RUNS, ' ');
    });
    // Leading and trailing white space of each block.
    for (const parent of phrasingParents(tree)) {
      const first = parent.children[0];
      const last = parent.children[parent.children.length - 1];
      const line = lineOf(parent);
      if (first?.type === 'text') {
        const trimmed = first.value.replace(/^[\s\u3000]+/u, '');
        if (trimmed !== first.value) note(line)(first.value.slice(0, first.value.length - trimmed.length), '', 'line start');
        first.value = trimmed;
      }
      if (last?.type === 'text') {
        // (trimEnd: the same white space as [\s\u3000]+$, in linear time where a pattern is quadratic on a long run.)
        const trimmed = last.value.trimEnd();
        if (trimmed !== last.value) note(line)(last.value.slice(trimmed.length), '', 'line end');
        last.value = trimmed;
      }
      // `**柏溪：** 有，也没有`: a space after a bold label or phrase that ends in Chinese, before Chinese text,
      // is the same stray space as inside one text (Turndown writes an NBSP there as a space).
      parent.children.forEach((c: PhrasingContent, k: number) => {
        const prev = parent.children[k - 1];
        if (k === 0 || c.type !== 'text' || prev?.type === 'text' || prev?.type === 'break') return;
        const m = /^[ \u3000]+(?=[\p{Script=Han}“「《（])/u.exec(c.value);
        // (A lone U+3000 is a gap set on purpose, as inside a text: a heading's halves, `[某站](…)　把日常…`.)
        if (!m || m[0] === '\u3000' || !CJK_CONTEXT.test(lastChar(toString(prev)) ?? '')) return;
        note(line)(m[0], '', `${toString(prev).slice(-4)}${c.value.slice(m[0].length, m[0].length + 4)}`);
        c.value = c.value.slice(m[0].length);
      });
      parent.children = parent.children.filter((c: PhrasingContent) => c.type !== 'text' || c.value !== '') as typeof parent.children;
    }
  };
}
