/**
 * punctuation: GB/T 15834 in Chinese context. Half-width `, . : ; ! ? ( )`
 * next to Han become full-width; straight quotes become paired `“ ”`/`‘ ’`;
 * `...`, `。。。`, a lone `…` become `……`; `--`, `－－`, a lone `—` become
 * `——`; a span of time typed with a hyphen takes the 一字线 (`1月20日—22日`);
 * full-width ASCII letters and digits become half-width, and spaces
 * inside numbers go (`２　．２万` → `2.2万`, `93 %` → `93%`). URLs, e-mail
 * addresses, code and Latin-only sentences are left alone.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CJK_CONTEXT, isSimplified, mojibakeRuns, NEXT_TO_CJK_PUNCT, outsideMojibake, outsideProtected } from '../chars.ts';
import { apply, metaOf, record } from '../report.ts';
import { lineOf, mapProse, phrasingParents, replaceAll } from '../tree.ts';

export const RULE = 'punctuation';

const FULLWIDTH_ALNUM = /[Ａ-Ｚａ-ｚ０-９]+/gu;
// A clock time set in full-width forms (`８：３０`): its colon is the full-width form of `:` as its digits are of
// theirs, and goes half-width with them (`8:30`). A colon typed full-width between half-width digits is left.
const FULLWIDTH_TIME = /(?<=[０-９])：(?=[０-５][０-９](?![０-９]))/gu;
const DECIMAL = /(?<=\d)[ \u3000]*[．.][ \u3000]*(?=\d)/gu;
const PERCENT = /(?<=\d)[ \u3000]*[％%]/gu;
const NUMBER_DASH = /(?<=\d)－(?=\d)/gu;
// So is the slash between two figures (`２０１２／２０１３` → `2012/2013`, a season or a ratio).
const NUMBER_SLASH = /(?<=\d)／(?=\d)/gu;
// A span of dates or hours typed with a hyphen (`1月20日-22日`, `2020年－2022年`, `8时–12时`): GB/T 15834 joins the
// two ends of a span of time with the 一字线. Both ends must carry a unit of time, so that a code or a phone
// number (`2024-05-12`, `0371-123`) is never read as one.
const TIME_SPAN = /(?<=\d[年月日时])[-－–](?=\d{1,4}[年月日时])/gu;
const ELLIPSIS = /\.{3,}|。{3,}|．{3,}|…+|⋯+/gu;
// (A typed space between its halves, `— —`, is the scrape's: one dash still.)
const DASH = /-{2,}|－{2,}|—+(?: —+){0,3}|―+|─{2,}/gu;
const HALF_PUNCT = /[,:;!?](?: +)?/gu;
// A lone period only: two in a row (`了..`) are neither a full stop nor an ellipsis for sure, and are left as they are.
const PERIOD = /(?<!\.)\.(?!\.)(?: +)?/gu;
const PARENS = /\(([^()\n]{0,300})\)/gu;
const AREA_CODE = /^\+?\d{2,4}$/u;
const PHONE_REST = /^ ?\d{3,4}[- ]?\d{4}(?!\d)/u;
// (OCR reads a full-width opening bracket as an angle one, `〈按姓氏笔画为序)`: the half-width closing one is its pair.)
const MIXED_PARENS = /[（〈]([^（）〈〉()\n]{1,40})\)|\(([^（）()\n]{1,40})）/gu;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '.': '。' };

const isCjk = (ch: string | undefined) => ch !== undefined && CJK_CONTEXT.test(ch);
// A unit's slash typed full-width (`30公里／小时`, `5元／斤`): GB/T 15834 sets the unit's `/`.
const UNIT_SLASH = /(?<=(?:\d|公里|千米|米|元|次|吨|千克|公斤|人|件|立方米|平方米|毫米|厘米|升|辆|户|台|个|斤))／(?=(?:小时|时|秒|分钟|分|天|日|周|年|月|人|次|件|平方米|立方米|千克|公斤|吨|升|亩|台|辆|户|斤|份|盒|瓶|袋|股))/gu;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

// An item number at the start of a paragraph, as OCR reads it: `1,本文…`, `2. 文章…` → `1.本文…`, `2.文章…`.
// (A stray space may stand before its comma, `1 ,本文…`.)
const ORDINAL = /^(\d{1,2})(?:[ \u3000]?[,，][ \u3000]*|\.[ \u3000]+)(?=\p{Script=Han})/u;

export default function remarkPunctuation() {
  return (tree: Root, file: VFile) => {
    // (An item's number is one of a run: its neighbour, one less or one more, opens a paragraph too. A number
    // alone, `58，每年…`, is a figure a break cut off its decimal point, or a sentence's.)
    const opened = [...phrasingParents(tree)].flatMap((parent) => {
      const first = parent.children[0];
      if (parent.type !== 'paragraph' || first?.type !== 'text') return [];
      const m = ORDINAL.exec(first.value);
      return m ? [{ parent, first, m, n: Number(m[1]) }] : [];
    });
    const numbers = new Set(opened.map((o) => o.n));
    for (const { parent, first, m, n } of opened) {
      if (m[0] === `${m[1]}.` || !(numbers.has(n - 1) || numbers.has(n + 1))) continue;
      record(file, { rule: RULE, kind: 'changed', line: lineOf(parent), text: m[0], to: `${m[1]}.` });
      first.value = `${m[1]}.${first.value.slice(m[0].length)}`;
    }
    // A text typed with full-width marks throughout has no half-width `?` of its own: one between two Han
    // characters (`刘?平`, `菰塘镇?湾村`) stands for a character the page could not encode.
    const source = String(file.value);
    const fullWidthText = atLeast(source, /[，。]/gu, 10) && !HALF_BETWEEN_HAN.test(source);
    // Corner quotes kept from a Traditional edition (a Hong Kong paper's Simplified site) are “ ” in Simplified text.
    const corners = isSimplified(source);
    mapProse(tree, (value, _parent, line) => {
      const note = (before: string, after: string, context: string) =>
        apply(file, { rule: RULE, kind: 'changed', line, text: before, to: `${after} in …${context}…` });
      // A bibliographic entry (GB/T 7714: `宋雨桐,何敏.题名[J].刊名,2021,12(3):45-52.`) keeps its half-width marks.
      if (REFERENCE_ENTRY.test(value)) return value;
      // `?` for characters lost in a wrong decoding is damage: an edition shows it, it never passes it off as `？`.
      if (DAMAGE.test(value) || (fullWidthText && LOST_CHAR.test(value)) || mojibakeRuns(value).length > 0) {
        record(file, { rule: RULE, kind: 'suggested', line, text: value.slice(0, 80), to: 'looks damaged (characters lost as ? or mojibake): left as it is, check the source' });
        // (The mojibake itself is kept to the character: its `—` and `…` are bytes of other characters, no marks.)
        return outsideProtected(value, (v) => outsideMojibake(v, (w) => normalize(w, note, { damaged: true, corners })));
      }
      // A mark made full-width may set a quote beside Chinese punctuation, which makes the quote Chinese in turn
      // (`,"key": "` → `，"key"：“` → `，“key”：“`, one pair a round along a run of them): normalized until
      // nothing changes, as a second cleaning would find it (a round runs only while the last changed something).
      // (Where the book file keeps a change here, the text stands as the editor left it: no round after the first.)
      let kept = false;
      const noting = (before: string, after: string, context: string) => {
        const made = note(before, after, context);
        if (made === false) kept = true;
        return made;
      };
      let out = outsideProtected(value, (v) => normalize(v, noting, { corners }));
      // (A first round that changed nothing has nothing to set off: most text nodes end here.)
      for (let round = 0; round < 24 && !kept && out !== value; round++) {
        const again = outsideProtected(out, (v) => normalize(v, noting, { corners }));
        if (again === out) break;
        out = again;
      }
      return out;
    });
    // The headline's parts in the front matter are text of the article too (`"剃头匠"老覃…` → `“剃头匠”老覃…`).
    const meta = metaOf(file);
    const note = (key: string) => (before: string, after: string, context: string) =>
      apply(file, { rule: RULE, kind: 'changed', text: before, to: `${after} in front matter ${key}: …${context}…` });
    for (const key of HEADLINE_KEYS) {
      const v = meta[key];
      if (typeof v === 'string' && !DAMAGE.test(v)) meta[key] = normalize(v, note(key), { corners });
      else if (Array.isArray(v) && v.every((line): line is string => typeof line === 'string') && !v.some((line) => DAMAGE.test(line) || line.includes('\n'))) {
        // (The lines of one headline, normalized as one: a quote opened on one line closes on the next, as in the
        // title they make, `“槐树村的“村晚”：…` / `…叫好”`.)
        const lines = normalize(v.join('\n'), note(key), { corners }).split('\n');
        meta[key] = lines.length === v.length ? lines : v.map((line) => normalize(line, note(key), { corners }));
      } else if (Array.isArray(v)) meta[key] = v.map((line) => (typeof line === 'string' && !DAMAGE.test(line) ? normalize(line, note(key), { corners }) : line));
    }
  };
}

const CORNER = /[「」『』]/gu;
const CORNER_TO: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

const HEADLINE_KEYS = ['title', 'title_lines', 'kicker', 'deck', 'original_title'] as const;

// The document-type codes of GB/T 7714 (journal, monograph, proceedings, thesis, report, newspaper, online …).
const REFERENCE_ENTRY = /\[(?:J|M|C|D|R|N|P|S|G|Z|A|EB\/OL|DB\/OL|J\/OL|M\/OL|N\/OL|CP\/DK)\][.．,，]/u;

const PARTICLE = /[吗呢吧么嘛啊呀]/u;
const HALF_BETWEEN_HAN = /\p{Script=Han}[,;:!](?=\p{Script=Han})|\p{Script=Han}\.(?=\p{Script=Han})/u;
// Not after a question's particle (`吗?`): that one is a question mark, whatever the width.
// (Or a `?` a comma follows, `面积约120?，`: no question mark stands before a comma; a unit, `㎡`, was lost there.)
const LOST_CHAR = /(?<=\p{Script=Han})(?<![吗呢吧么嘛啊呀哪谁何])\?(?=\p{Script=Han})|(?<=[\p{Script=Han}\d])\?(?=[，、；：])/u;

// A note may return false: the book file keeps that text (`keep:`), and the change is not made.
type Note = (before: string, after: string, context: string) => boolean | void;

// Runs of `?`, U+FFFD, or runs of Latin-1 letters inside Chinese text: what a wrong decoding leaves.
// (`?`s apart by a space, or next to a `？`, are a run too: cleaning must not make one out of them later.)
const DAMAGE = /\?[\s\u3000]*[?？]|？[\s\u3000]*\?|\p{Script=Han}\?\p{Script=Han}.*\p{Script=Han}\?\p{Script=Han}|\ufffd|[\u00c0-\u00ff]{3,}/u;

/** `damaged`: the text shows lost characters (a `?` is kept); `corners`: the text is Simplified (「」 become “ ”). */
export function normalize(value: string, note: Note, { damaged = false, corners = false }: { damaged?: boolean; corners?: boolean } = {}): string {
  let v = value;
  // The patterns that open with a lookbehind are tried at every position of a text: each runs only where the
  // mark it replaces stands.
  if (v.includes('：')) v = replaceAll(v, FULLWIDTH_TIME, () => ':', note);
  v = replaceAll(v, FULLWIDTH_ALNUM, (m) => [...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join(''), note);
  if (/[．.]/u.test(v)) v = replaceAll(v, DECIMAL, () => '.', note);
  if (/[％%]/u.test(v)) v = replaceAll(v, PERCENT, () => '%', note);
  if (v.includes('－')) v = replaceAll(v, NUMBER_DASH, () => '-', note);
  if (v.includes('／')) v = replaceAll(v, NUMBER_SLASH, () => '/', note);
  if (v.includes('／')) v = replaceAll(v, UNIT_SLASH, () => '/', note);
  if (/[-－–]/u.test(v)) v = replaceAll(v, TIME_SPAN, () => '—', note);
  if (!CJK_CONTEXT.test(v)) return v; // a Latin-only text: nothing below applies
  // Quotes first: a mark after a quote (`”,`) is then seen in Chinese context in this pass, not the next.
  v = quotes(v, note);
  if (corners) v = replaceAll(v, CORNER, (m) => CORNER_TO[m[0]]!, note);
  v = replaceAll(v, ELLIPSIS, (m) => (m[0] === '……' || (m[0][0] === '.' || m[0][0] === '．') && !nearCjk(v, m) ? m[0] : m[0] === '…' || m[0][0] !== '…' || m[0].length > 2 ? '……' : m[0]), note);
  // `--offline` is a command's option, not a dash: letters follow it at once.
  v = replaceAll(v, DASH, (m) => (m[0] === '——' || !nearCjk(v, m) || isRange(v, m) || (/^-+$/u.test(m[0]) && /[A-Za-z]/u.test(v[m.index + m[0].length] ?? '')) ? m[0] : '——'), note);
  // A bracket pair OCR read half one way and half the other (`（一)`, `(二）`): the full-width one says which.
  if (/[（）〈]/u.test(v)) v = replaceAll(v, MIXED_PARENS, (m) => `${m[0][0] === '〈' ? '〈' : '（'}${m[1] ?? m[2]}）`, note);
  // Chinese beside the brackets counts past a typed space (`MTiles(v3) 格式支持`): the space goes with them.
  // (Not a phone number's area code, `(555) 014-2286`: the number is written as its country writes it.)
  v = replaceAll(v, PARENS, (m) => (!(AREA_CODE.test(m[1]!) && PHONE_REST.test(v.slice(m.index + m[0].length))) && (/\p{Script=Han}/u.test(m[1]!) || isCjk(v[m.index - 1]) || isCjk(v.slice(m.index + m[0].length).replace(/^ /u, '')[0])) ? `（${m[1]}）` : m[0]), note);
  // In damaged text a `?` is kept, unless a question's particle before it says it is the question mark.
  const marks = (t: string) => {
    const u = replaceAll(t, HALF_PUNCT, (m) => (damaged && m[0][0] === '?' && !(PARTICLE.test(t[m.index - 1] ?? '') && t[m.index + 1] !== '?') ? m[0] : halfPunct(m, t)), note);
    return replaceAll(u, PERIOD, (m) => period(m, u), note);
  };
  v = marks(v);
  if (/[ \u3000]/u.test(v)) {
    const spaced = v;
    v = replaceAll(v, NEXT_TO_CJK_PUNCT, () => '', note);
    // A mark the space kept from its Chinese neighbour (`（…！） .展柜`) is seen beside it only now.
    if (v !== spaced) v = marks(v);
  }
  return v;
}

/** `1994年—2001年`: one dash between two numbers is the range mark (连接号), not a 破折号. */
function isRange(v: string, m: RegExpExecArray): boolean {
  if (m[0] !== '—') return false;
  // A route or a span alone in a cell (`雁岭东—青槐`): two names joined by the connector.
  if (/^\p{Script=Han}{1,6}—\p{Script=Han}{1,6}$/u.test(v.trim())) return true;
  // Two names alone between separators, one each side (a match in a schedule, `男子组 城关镇队—青岈镇队`; a
  // cell's `县交通运输局队—县人民医院队`): the pair, joined by the connector.
  if (isPair(v, m.index)) return true;
  if (/[\d年月日号时]/u.test(v[m.index - 1] ?? '') && isDigit(v[m.index + 1])) return true;
  // A span of hours into the next day (`22:00—次日8:00`): the range mark, the day's word before the clock.
  if (/\d{1,2}:\d{2}$/u.test(v.slice(Math.max(0, m.index - 5), m.index)) && /^(?:次日|翌日|次晨|当日|當日)\d{1,2}:\d{2}/u.test(v.slice(m.index + 1, m.index + 9))) return true;
  // A chain of short names joined by single dashes (`县—乡—村`, `北京—天津—河北`) is a connection, not a 破折号.
  const around = v.slice(Math.max(0, m.index - 12), m.index + 13);
  const at = m.index - Math.max(0, m.index - 12);
  return CHAIN.test(around) && [...around.matchAll(CHAIN_G)].some((c) => c.index <= at && at < c.index + c[0].length);
}

/** The dash at `at` joins two runs of Han that each reach a separator or the text's end, and no other mark. */
function isPair(v: string, at: number): boolean {
  // (Read in a window of nine characters a side: a run of Han that fills the window is longer than a name.)
  const from = Math.max(0, at - 9);
  const left = /(?:^|[\s\u3000])(\p{Script=Han}{2,8})$/u.exec(v.slice(from, at));
  const right = /^(\p{Script=Han}{2,8})(?:$|[\s\u3000])/u.exec(v.slice(at + 1, at + 10));
  const leftWhole = left !== null && (from === 0 || /^[\s\u3000]/u.test(left[0]));
  return leftWhole && right !== null;
}

const CHAIN = /(?<![\p{Script=Han}—])\p{Script=Han}{1,4}(?:—\p{Script=Han}{1,4}){2,}(?![\p{Script=Han}—])/u;
const CHAIN_G = new RegExp(CHAIN.source, 'gu');

function nearCjk(v: string, m: RegExpExecArray): boolean {
  return isCjk(v[m.index - 1]) || isCjk(v[m.index + m[0].length]);
}

function halfPunct(m: RegExpExecArray, v: string): string {
  const mark = m[0][0]!;
  const prev = v[m.index - 1];
  const next = v[m.index + m[0].length];
  if (isDigit(prev) && isDigit(next) && m[0].length === 1) return m[0]; // 1,000 and 10:30
  if (isCjk(prev) || isCjk(next) || (isDigit(prev) && isCjk(next))) return FULL[mark]!;
  // An OCR sets a space before the mark as well as after it (`进行 :`, `第一批 : 12月…`): Chinese before the space.
  if (prev === ' ' && mark !== '.' && isCjk(/(\S) +$/u.exec(v.slice(Math.max(0, m.index - 8), m.index))?.[1])) return FULL[mark]!;
  // `增长5.2%,CPI上涨`: a comma after a figure of a Chinese clause, before the next clause's first word.
  const figure = FIGURE_BEFORE.test(v.slice(Math.max(0, m.index - 16), m.index)) && WORD_AFTER.test(v.slice(m.index + 1, m.index + 17));
  if ((mark === ',' || mark === ';') && m[0].length === 1 && figure) return FULL[mark]!;
  return m[0];
}

const FIGURE_BEFORE = /\p{Script=Han}[A-Za-z\d.]{0,13}[\d%]$/u;
const WORD_AFTER = /^[A-Za-z]{1,14}\p{Script=Han}/u;

function period(m: RegExpExecArray, v: string): string {
  const prev = v[m.index - 1];
  const next = v[m.index + m[0].length];
  if (isDigit(prev) && isDigit(next)) return m[0];
  if (isCjk(prev) && !isLatin(next) && !isDigit(next)) return '。';
  if (isLatin(prev) && m[0].length > 1 && isCjk(next)) return '。';
  return m[0];
}

/** A `"` that opens an ASCII-only value after a non-Chinese character (`= "2.3.1"`, `--name "x"`). */
function codeQuote(v: string, i: number): boolean {
  const end = v.indexOf('"', i + 1);
  if (end < 0) return false;
  const inner = v.slice(i + 1, end);
  return /^[\x21-\x7e ]{1,60}$/u.test(inner) && !inner.includes('"') && !isCjk(v[i - 1]) && /[=:(\[,\s]/u.test(v[i - 1] ?? ' ');
}

/**
 * Two closing quotes round a few words with no opening one before them (`年”春风行动”大型`): WordPress's
 * wptexturize, and other smart-quote filters, curl a straight quote after a Han character to a closing one,
 * both halves of a pair alike. Where nothing is open, the first of two such is the opening quote.
 */
function doubledClosing(v: string, note: Note): string {
  if (!v.includes('”')) return v;
  let depth = 0;
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]!;
    if (ch === '“') depth++;
    else if (ch === '”' && depth > 0) depth--;
    else if (ch === '”' && depth === 0) {
      const end = v.indexOf('”', i + 1);
      const inner = end < 0 ? '' : v.slice(i + 1, end);
      // (Not where a name or two and the line's end follow, `汉和雅楠”闵晓靶”栾志刚`: marks an OCR read in the gaps of a
      // list of names, as read, no quotation.)
      // (A list's label and colon before its first name say so: `第二选区：汉和雅楠”…`.)
      const listGap = /[：:][\s\u3000]*\p{Script=Han}{2,4}$/u.test(v.slice(0, i)) && /^[“”]?\p{Script=Han}{2,4}(?:[“”]{1,2}\p{Script=Han}{2,4})*$/u.test(v.slice(end + 1)) && /^\p{Script=Han}{2,4}$/u.test(inner);
      if (end > i + 1 && inner.length <= 20 && !listGap && !/[“"。！？\n]/u.test(inner) && /\p{Script=Han}/u.test(inner)) {
        note(ch, '“', v.slice(Math.max(0, i - 4), i + 5));
        out += '“';
        depth++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/**
 * An opening mark where the quote it would close is still open (`“弱冷车厢“，车厢…`, an OCR turning the closing
 * mark): a few words after the opening one, no sentence's end between, and more opening marks than closing ones
 * in the text. It closes the quote.
 */
function doubledOpening(v: string, note: Note): string {
  const count = (c: string) => v.split(c).length - 1;
  if (count('“') <= count('”')) return v;
  let openAt = -1;
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]!;
    if (ch === '“' && openAt >= 0) {
      const inner = v.slice(openAt + 1, i);
      // (Not one right before a closing mark, `““…”`: that one opens a quote of its own.)
      if (inner.length <= 20 && !/[。！？”]/u.test(inner) && /\p{Script=Han}/u.test(inner) && v[i + 1] !== '”') {
        note(ch, '”', v.slice(Math.max(0, i - 4), i + 5));
        out += '”';
        openAt = -1;
        continue;
      }
      openAt = i;
    } else if (ch === '“') openAt = i;
    else if (ch === '”') openAt = -1;
    out += ch;
  }
  return out;
}

const JSON_KEY = /"[A-Za-z_][\w-]{0,30}"[ \t]*:/gu;

/** Straight quotes in Chinese context become paired curly ones, opening and closing in turn. */
function quotes(v: string, note: Note): string {
  v = doubledOpening(doubledClosing(v, note), note);
  if (!v.includes('"') && !v.includes("'")) return v;
  // A JSON record left as text (`{"title": "…", "score": 0.91, …}`, one a reader could not parse): its quotes are
  // its syntax, no prose's, and pairing them in turn would pair them differently each time.
  if ((v.match(JSON_KEY) ?? []).length >= 2) return v;
  let open = true;
  let out = '';
  const closed = curlyClosed(v);
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]!;
    if (ch === '"' && open && codeQuote(v, i)) {
      // `lingmap = "2.3.1"`: a quoted value in code or configuration is the text's own, quotes and all.
      const end = v.indexOf('"', i + 1);
      out += v.slice(i, end + 1);
      i = end;
    } else if (ch === '"' && open && /\d/u.test(v[i - 1] ?? '') && /[A-Za-z]/u.test(v[i + 1] ?? '') && !v.includes('"', i + 1)) {
      // Between a figure and a unit's letter, the last straight quote (`26"C`, an OCR's degree sign; `27"`-style
      // inches) opens nothing: the text's own, as read.
      out += ch;
    } else if (ch === '"') {
      const q = open ? '“' : '”';
      note(ch, q, v.slice(Math.max(0, i - 4), i + 5));
      out += q;
      open = !open;
    } else if (ch === '“' && open && !closed.has(i)) {
      // A curly quote that nothing curly closes (OCR reads `“洺西教育"`): the next straight one closes it.
      // (Straight quotes inside a closed curly pair, `“老式"麻油"鸡蛋卷”`, are a pair of their own.)
      open = false;
      out += ch;
    } else if (ch === "'" && (isCjk(v[i - 1]) || isCjk(v[i + 1])) && !(isLatin(v[i - 1]) && isLatin(v[i + 1]))) {
      const before = out.lastIndexOf('‘') > out.lastIndexOf('’');
      const q = before ? '’' : '‘';
      note(ch, q, v.slice(Math.max(0, i - 4), i + 5));
      out += q;
    } else out += ch;
  }
  return out;
}

/** The places of the curly opening quotes that a curly closing one closes before the next opens (read once, from the end). */
function curlyClosed(v: string): Set<number> {
  const closed = new Set<number>();
  if (!v.includes('“')) return closed;
  let closes = false;
  for (let i = v.length - 1; i >= 0; i--) {
    if (v[i] === '”') closes = true;
    else if (v[i] === '“') {
      if (closes) closed.add(i);
      closes = false;
    }
  }
  return closed;
}

/** Whether `re` (global) matches `text` `n` times or more: counted, not collected, and no further than needed. */
function atLeast(text: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let count = 0;
  while (count < n && re.exec(text) !== null) count++;
  re.lastIndex = 0;
  return count >= n;
}
