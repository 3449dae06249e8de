// Character classes shared by the clean-edition rules. Kept in one place so
// that every rule agrees on what "Han", "terminal punctuation" and so on mean.

/** One Han character, including the supplementary planes (𠮷, 𪚥). */
export const HAN = '\\p{Script=Han}';
export const hanRe = new RegExp(HAN, 'u');
export const hanGlobalRe = new RegExp(HAN, 'gu');

/** Full-width punctuation that ends a sentence (or a quoted sentence). */
/** A post's emoji opening a line (`📍地址：…`, `1️⃣石磨米粉：…`): a pictograph or a keycap digit, one or more. */
export const EMOJI_LEAD = /^(?:\p{Extended_Pictographic}\ufe0f?|[0-9#*]\ufe0f?\u20e3)+/u;

export const TERMINAL = '。！？…；：”’」』）】》!?';
/** Last character of a string, surrogate-pair aware. */
export function lastChar(s: string): string | undefined {
  if (s.length === 0) return undefined;
  const code = s.charCodeAt(s.length - 1);
  if (code >= 0xdc00 && code <= 0xdfff && s.length > 1) return s.slice(-2);
  return s.slice(-1);
}

export function firstChar(s: string): string | undefined {
  const cp = s.codePointAt(0);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

const NOT_HAN_RUN = new RegExp(`[^${HAN}]+`, 'gu');

export function countHan(s: string): number {
  // One native pass that keeps the Han, then its code points: no match object per character.
  const han = s.replace(NOT_HAN_RUN, '');
  let n = han.length;
  for (let i = 0; i < han.length; i++) {
    const c = han.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** True when a line reads like an unfinished sentence (no terminal mark at its end). */
export function endsOpen(s: string): boolean {
  const t = s.trimEnd();
  const c = lastChar(t);
  // A straight quote after a full stop (`…啊?"`) closes the sentence: it is the quote's end, not an opening one.
  if ((c === '"' || c === "'") && /[。！？!?.…]["']$/u.test(t)) return false;
  return c !== undefined && !TERMINAL.includes(c);
}

/** A line that ends in a quoted word (`…贴上“爱心送考”`): the quote closes a name, not a sentence, which goes on. */
export function endsInQuotedWord(s: string): boolean {
  return /[“「『][^。！？!?…“”「」『』]{1,12}[”」』]$/u.test(s.trimEnd());
}

/**
 * A stray space, tab or no-break space between two Han characters (`本 报记者`, `#義\t工`, `新闻中\u00a0心`): the
 * scrape's, not a separator (whitespace takes it out); the rules that read a line before whitespace runs read it so.
 */
export const STRAY_BETWEEN_HAN = /(?<=\p{Script=Han})[ \t\u00a0](?=\p{Script=Han})/gu;

/** Full-width digits (`１１月２３日`, as a corpus that widened every digit keeps them) made ASCII. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A text to be matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A bracket opened near a line's end and closed a few characters into the next (`本网讯（通讯员` / `冀一舟）5月…`):
 * the two lines are one, wrapped inside the bracket.
 */
export function wrapInBracket(above: string, below: string): boolean {
  // (A lenticular bracket's close alone may open the line below, `【摘要` / `】…`: a wrap before the text after it. Not
  // before another bracket, `【字体：大中小` / `】【打印】`: a row of the page's buttons, which boilerplate reads.)
  return (/[（(][^（()）\n]{0,12}$/u.test(above) && /^[^（()）\n]{1,12}[）)]/u.test(below)) || (/【[^【】\n]{0,12}$/u.test(above) && /^(?:[^【】\n]{1,12}】|】(?!【))/u.test(below));
}

/** A line that is short and carries no sentence punctuation: a heading, a tag, a name. */
export function isHeadingLike(s: string, maxLength = 30): boolean {
  const t = s.trim();
  // (A line with an address in it is a pointer to a page, never a heading.)
  return t.length > 0 && t.length <= maxLength && !/[，。！？；,;!?]/.test(t) && countHan(t) > 0 && !/https?:\/\//u.test(t);
}

/**
 * Spaces after an opening or full-width mark, or before a closing one: the mark carries its own space. After a
 * closing quote or bracket, an ideographic space before more Chinese is kept: it is a deliberate separator
 * (the halves of a heading, `让境内赃款“转不出”　境外赃款“追得回”`). Spaces that are all a bracket pair holds
 * are a blank to fill in (`（　）`), not a stray space, and so are blanks on both sides of a 、 (`白鹭的　、　都`).
 * (Every run of spaces is tried from its first space only: tried from each of its spaces in turn, a long run
 * that no mark follows costs the square of its length.)
 */
export const NEXT_TO_CJK_PUNCT =
  /(?<=[\u3001\u3002\uff08\uff0c\uff1a\uff1b\uff01\uff1f\u300a\u300c\u300e\u3010\u201c\u2018\u2014\u2026])(?<!\u3000[\u3001\uff0c])[ \u3000]+(?![ \u3000]*[\uff09)\uff3d\]])|(?<=[\uff09\u300b\u300d\u300f\u3011\u201d\u2019])(?:[ \u3000]*[ ][ \u3000]*|\u3000+(?![\p{Script=Han}\u201c\u300c\u300a]))|(?<![ ])[ ]+(?=[\u3001\u3002\uff09\uff0c\uff1a\uff1b\uff01\uff1f\u300b\u300d\u300f\u3011\u201d\u2019])|(?<=\p{Script=Han})[ ]+(?=[\uff08\u3008\u300a\u300c\u300e\u3010\u201c])|(?<=[0-9A-Za-z%])[ ]+(?=\uff08)/gu;

/** Han or a full-width Chinese mark: what makes a neighbour "Chinese context". */
export const CJK_CONTEXT = /[\p{Script=Han}\u3001-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019\u2026\u2014]/u;

/** URLs and e-mail addresses: spans no text rule may touch. */
// A URL ends at the first Han character: a scrape glues the next word on (`…lingmap了解详情`).
export const PROTECTED = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’\p{Script=Han}]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef“”‘’\p{Script=Han}]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** Applies fn to the parts of value outside URLs and e-mail addresses. */
export function outsideProtected(value: string, fn: (part: string) => string): string {
  PROTECTED.lastIndex = 0;
  const found = PROTECTED.test(value);
  // matchAll starts where the global regex's lastIndex stands: after test() that is past the first URL.
  PROTECTED.lastIndex = 0;
  if (!found) return fn(value);
  let out = '';
  let last = 0;
  for (const m of value.matchAll(PROTECTED)) {
    out += fn(value.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + fn(value.slice(last));
}

// Frequent characters that differ between the two scripts, written in each (这/這, 们/們 …): a text that uses
// many of the first and none of the second is Simplified, whatever quotes it kept from a Traditional edition.
const SIMPLIFIED_ONLY = '这们说为国时会来对过还个经开关问间进现与长门实东车区电报网书见样学业动应产么没从当给让认记话头亲两边将总务办员点体华义';
const TRADITIONAL_ONLY = '這們說為國時會來對過還個經開關問間進現與長門實東車區電報網書見樣學業動應產麼沒從當給讓認記話頭親兩邊將總務辦員點體華義';
// The same sets as a table by UTF-16 unit (1 Simplified, 2 Traditional): the whole source is scanned, and a
// table look-up per unit is many times faster than a Set per code point. Every character of both sets is in
// the BMP, so no surrogate half can be one of them, and scanning units counts what scanning code points does.
const SCRIPT_FORM = new Uint8Array(0x10000);
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) SCRIPT_FORM[SIMPLIFIED_ONLY.charCodeAt(i)] = 1;
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) SCRIPT_FORM[TRADITIONAL_ONLY.charCodeAt(i)] = 2;

/** Whether a text is written in Simplified characters: ten of their frequent forms at least, hardly any Traditional. */
export function isSimplified(s: string): boolean {
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < s.length; i++) {
    const form = SCRIPT_FORM[s.charCodeAt(i)];
    if (form === 1) simplified++;
    else if (form === 2) traditional++;
  }
  return simplified >= 10 && traditional * 20 <= simplified;
}

/**
 * A short line of two clauses and no closing mark (`一块地，收两份钱`, `通道之外，还要补课`): a section's heading
 * as news sets them, when a paragraph of its own follows.
 */
// (Short halves: `这一句话丢了句号，但只有这么一行` is a sentence that lost its full stop.)
// A section's label may open it (`案情：一部电梯，十二户人家`, `裁判：程序合法，补偿也要到位`); a speaker's or a
// field's label (`记者：…`, `导读：…`) opens words or a value, no heading.
export const COMMA_HEADING = /^(?:(?!记者|主持|嘉宾|编者|导读|摘要|提要|来源|作者|编辑|网友|读者)\p{Script=Han}{2,4}：(?=.{5,15}$))?(?=.{5,15}$)[^，。！？；：:,.!?;]{2,7}，[^，。！？；：:,.!?;]{2,7}$/u;

// Characters a layout sets two columns wide (CJK, full-width forms, curly quotes, dashes, ellipsis).
const WIDE = /[\u2018\u2019\u201c\u201d\u2026\u2014\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** Whether a character takes two columns in the layout text was extracted from. */
export const isWide = (ch: string): boolean => WIDE.test(ch);

/** WIDE for one code point, by its ranges: displayWidth runs over every line of a source. */
function isWideCode(cp: number): boolean {
  if (cp < 0x1100) return false;
  if (cp <= 0x115f) return true;
  if (cp < 0x2e80) return cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2026 || cp === 0x2014;
  if (cp <= 0xa4cf) return true;
  if (cp <= 0xffff) return (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
  return cp >= 0x20000 && cp <= 0x3fffd;
}

/** Display width: CJK characters take two columns, as in the layout the text was extracted from. */
export function displayWidth(s: string): number {
  let w = 0;
  // Code point by code point, as `for … of` walks them (a lone surrogate is one, and narrow).
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += isWideCode(cp) ? 2 : 1;
  }
  return w;
}

/**
 * Whether (nearly) every line of text in the file has a blank line after it (calibre's text, newspaper3k's, a
 * Word document through docx2txt): there a blank line says nothing of a paragraph. `share`: how many must.
 */
export function spacedFile(lines: string[], share = 0.9): boolean {
  let text = 0;
  let spaced = 0;
  lines.forEach((l, k) => {
    if (l.trim() === '') return;
    text++;
    if ((lines[k + 1] ?? '').trim() === '') spaced++;
  });
  return text >= 8 && spaced >= text * share;
}

/** Names, or a role and a name, apart by any run of spaces: one U+3000 between them, as bylines and credits are written. */
export function separateNames(value: string): string {
  return value.replace(/(?<=[\p{Script=Han}·])[\s\u3000\u00a0]+(?=[\p{Script=Han}·])/gu, '\u3000');
}

/**
 * A row with a gap of three spaces or more inside is laid out in columns, a menu, a table's row, a footer's fields,
 * as pdftotext -layout keeps them; so is a row of a table drawn with box characters or written as Markdown (a reader
 * made it so), and a line of a text browser's list of addresses: none is a wrapped line of the text, whose width it
 * would hide.
 */
export function layoutRow(line: string): boolean {
  return /\S {3,}\S|[\u2500-\u257f]|https?:\/\/|^\s*\|.*\|\s*$/u.test(line);
}

/**
 * The width of a full line in a hard-wrapped file — one where many lines end near the same column — or
 * undefined for text whose lines are paragraphs.
 */
export function hardWrapWidth(lines: string[]): number | undefined {
  const widths = lines.filter((l) => !layoutRow(l)).map((l) => displayWidth(l.trimEnd())).filter((w) => w >= 20);
  if (widths.length < 8) return undefined;
  const max = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.95)]!;
  const full = Math.floor(max * 0.9);
  if (widths.filter((w) => w >= full).length >= widths.length * 0.3) return full;
  // A few wider lines (a page's header or footer) hide the column: the width most lines share is the measure.
  const count = new Map<number, number>();
  for (const w of widths) count.set(w, (count.get(w) ?? 0) + 1);
  const near = (w: number) => (count.get(w) ?? 0) + (count.get(w - 1) ?? 0) + (count.get(w - 2) ?? 0);
  let common = 0;
  for (const w of count.keys()) if (near(w) > near(common) || (near(w) === near(common) && w > common)) common = w;
  // (Only a few: where many lines run far wider than it, those lines are paragraphs, one a line, and the common
  // width is only that of the text's short lines, its heads and list items.)
  const wider = widths.filter((w) => w > common + 8).length;
  return near(common) >= widths.length * 0.3 && wider < widths.length * 0.3 ? common - 2 : undefined;
}

/**
 * Two pieces of one text that a wrap or a cell's border parted, put together again: a space between two Latin
 * words or figures (`Pasar` / `Malam`, `2,316` after `共`), none between Chinese, which had none.
 */
/** A text with its white space (U+3000 too) taken out: two copies of a line compared whatever their spacing. */
export function unspaced(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}

export function joinWrapped(a: string, b: string): string {
  return a === '' ? b : `${a}${/[A-Za-z0-9,.;:]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? ' ' : ''}${b}`;
}

// A mark a page sets before its section heads (`▍从卖茶叶到卖一杯茶`): the heading's level says that now.
export const HEAD_MARK = /^[\s\u3000]*([▍▌▎▋▊█■◆◇●★☆▶►◎])[\s\u3000]*/u;

// A publishing time of exactly midnight is a date a scraper wrote out as a timestamp (newspaper's
// `2024-05-16T00:00:00+08:00`, a read-later export's `2027-10-04 00:00:00`): the page printed a day, not a time.
export const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * A stray no-break or odd space inside the first word or two of a paragraph (`本\u00a0网讯（通讯员…`): a scrape's,
 * which hides the story's lead from the patterns that read it. (The whitespace rule takes the same space out
 * later; the lead is read before it runs.) Group 1 is what stands before the space, group 2 the space.
 */
export const ODD_LEAD_SPACE = /^([\s\u3000]*\p{Script=Han}{1,6})([\u00a0\u2002-\u200a\u202f\u205f])(?=\p{Script=Han})/u;

/** A headline's or a head's English line: a word to sixteen, no Chinese, no stop at its end. */
export function englishLine(t: string): boolean {
  const words = t.match(/[A-Za-z][A-Za-z'’-]*/gu) ?? [];
  return t.length <= 120 && countHan(t) === 0 && words.length >= 1 && words.length <= 16 && /^[A-Z]/u.test(t) && !/[.!?;:。，]$/u.test(t) && /^[A-Za-z0-9 ,'’&()-]+$/u.test(t);
}

/** A line of English prose (a paragraph's, or its first as wrapped): eight words or more, no Chinese. */
export function englishProse(t: string): boolean {
  const words = t.match(/[A-Za-z]+/gu) ?? [];
  return countHan(t) === 0 && words.length >= 8 && words.filter((w) => /^[a-z]/u.test(w)).length >= words.length / 2;
}

// What UTF-8 read as Windows-1252 or Latin-1 leaves (`æŠ—ç—…èš•`, `ï¼Œ`): Latin-1's characters and the code page's own
// (Œ Š Ž ƒ ˆ ˜ – — ‘ ’ ‚ “ ” „ † ‡ • … ‰ ‹ › € ™), four or more in a row, two of them Latin-1's letters at least.
const MOJIBAKE = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{4,}/gu;

/** The runs of mojibake in a text: where they start and end. */
export function mojibakeRuns(value: string): [number, number][] {
  if (!/[\u00c0-\u00ff]/u.test(value)) return [];
  return [...value.matchAll(MOJIBAKE)].filter((m) => (m[0].match(/[\u00c0-\u00ff]/gu) ?? []).length >= 2).map((m) => [m.index!, m.index! + m[0].length]);
}

/** `fn` applied to the text between the runs of mojibake, which stay as they are. */
export function outsideMojibake(value: string, fn: (part: string) => string): string {
  const runs = mojibakeRuns(value);
  if (runs.length === 0) return fn(value);
  let out = '';
  let last = 0;
  for (const [from, to] of runs) {
    out += fn(value.slice(last, from)) + value.slice(from, to);
    last = to;
  }
  return out + fn(value.slice(last));
}
