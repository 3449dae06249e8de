/**
 * page-break: a paragraph split in mid-sentence — by a page break
 * (`…你们真正做到了救` / `死扶伤、大爱无疆…`), by a scraper that put a link on
 * its own line (`…的` / `吴亚军` / `，在前不久…`), or by hard-wrapped layout
 * output — is joined again. A block that interrupts the sentence (a list of
 * pull quotes, a caption) is moved out of it, after the joined paragraph; an
 * interrupting list becomes a pull-quote block (`:::pullquote`).
 */
import type { ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { asMeasured, columnOf, squeeze, wrapsBeforeWord } from '../column.ts';
import { COMMA_HEADING, countHan, wrapInBracket, displayWidth, EMOJI_LEAD, endsOpen, endsInQuotedWord, firstChar } from '../chars.ts';
import { accepted, apply, metaOf, record, reportOf, type Change } from '../report.ts';
import { endsBeforeItsWord, wordAcrossBreak } from '../segment.ts';
import { container, isDirective, lineOf, normalizePhrasing, rawLineOf, removeChild, text, textNode } from '../tree.ts';
import { looksLikeOrganisation, SIGNED_DATE } from '../organisations.ts';

export const RULE = 'page-break';

// A reporter's or photographer's role, and a credit that ends in a name after it (a space between, or none).
const CREDIT_ROLE = '(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)';
const CREDIT_END = new RegExp(`${CREDIT_ROLE}[\\s\\u3000]*[\\p{Script=Han}·]{2,4}$`, 'u');
const SPACED_CREDIT_END = new RegExp(`${CREDIT_ROLE}[\\s\\u3000]+[\\p{Script=Han}·]{2,4}$`, 'u');
const CREDIT_START = new RegExp(`^${CREDIT_ROLE}`, 'u');
// A date or a time that opens an entry, with its colon: the kind of label (a day, a month, a clock time, a weekday).
const TIME_LEAD = /^(?:(\d{1,2}月\d{1,2}日)|(\d{4}年\d{1,2}月)|(\d{1,2}:\d{2})|((?:周|星期)[一二三四五六日天]))(?:[至到—~～-][^：:，。]{1,8})?[：:]/u;
const PERIOD_LEAD = /^\d{4}[.．年]\d{1,2}月?[—–-]{1,2}(?:\d{4}[.．年]\d{1,2}月?|至今)?[\s\u3000]*\p{Script=Han}/u;
const ORDINAL_LABEL = /^第[一二三四五六七八九十百\d]{1,4}(\p{Script=Han}{1,4})[\s\u3000]*[：:]/u;
const kindOf = (m: RegExpExecArray) => m.findIndex((g, i) => i > 0 && g !== undefined);
const CONTINUES = /^[，、。；：！？）」』”’%]/u;
const FRAGMENT = /^\p{Script=Han}{1,4}[。！？][”’」』]?$/u;
const WIDE_GAP = /\S {20,}(?![\d\s]+$)\S{1,8}$/u;
// (Weibo writes its emoji as codes in brackets after the sentence they close: `…保住了她的8万元养老钱。[赞]`.)
const EMOJI_END = /\p{Extended_Pictographic}\ufe0f?$|[。！？!?”」](?:\[[\p{Script=Han}A-Za-z]{1,6}\])+$/u;

export default function remarkPageBreak() {
  return (tree: Root, file: VFile) => {
    rulesInsideSentences(tree, file);
    const kids = tree.children;
    const paragraphs = kids.filter((k): k is Paragraph => k.type === 'paragraph');
    const { full: fullWidth, narrow: column, blocks: wrappedBlocks, modal, spaced: lineSpaced, width: measure } = columnOf(file);
    // A layout's page margin (`pdftotext -layout` sets every line four spaces in) is no indent: an indent is a
    // line set in further than most.
    const margin = fullWidth === undefined ? 0 : commonIndent(file.data.sourceLines ?? [], new Set(reportOf(file).changes.flatMap((c) => (c.rule === 'indented-lists' && c.line !== undefined ? [c.line] : []))));
    const indentedLine = (raw: string) => indentOf(raw) >= margin + 2;
    // Where most paragraphs are indented, an indent marks a new paragraph; in hard-wrapped text (PDF, OCR)
    // every line is a block, so a few indented lines among many full ones say the same.
    const indented = paragraphs.filter((p) => indentedLine(rawLineOf(file, p))).length;
    const usesIndent = indented > paragraphs.length * 0.3 || (fullWidth !== undefined && indented >= 3);
    // A narrow column that most lines fill to the same width: hard wrapping for certain, even with no indent to
    // mark a paragraph (a text of one paragraph a line has lines of every length, and long ones).

    const out: RootContent[] = [];
    let i = 0;
    while (i < kids.length) {
      const node = kids[i]!;
      if (node.type !== 'paragraph') {
        out.push(node);
        i++;
        continue;
      }
      const movedOut: RootContent[] = [];
      let j = i + 1;
      let lastRaw = rawLineOf(file, node);
      // The indent of the line before `lastRaw` in the paragraph being made whole (none yet).
      let beforeIndent: number | undefined;
      // The last join took a phrase cut out of a sentence: the line under it is the sentence's rest.
      let bridging = false;
      for (;;) {
        let k = j;
        while (k < kids.length && interrupts(kids[k]!)) k++;
        // A sentence cut at a comma (`…往地里跑，`), a short quoted sentence set apart, and the sentence going on
        // (`回上海以后…`): the layout set a pull quote into the text. It goes after the paragraph made whole.
        if (k === j && !afterPageRule.has(kids[k]!) && isQuoteInset(node, kids[k], kids[k + 1])) {
          // The book file may keep the quote where it stands (`keep:` this change's id): then nothing is joined.
          if (!apply(file, { rule: RULE, kind: 'changed', line: lineOf(kids[k]!), text: text(kids[k]!), to: 'pull-quote block: a quote set into a sentence cut at a comma' })) break;
          kids[k] = container('pullquote', [kids[k] as Paragraph]);
          k++;
        }
        // So with a box the page set into the sentence, its title over its text (`小贴士` / `城市书亭每天…开放。…`): it goes
        // after the paragraph made whole, title and text one pull-quote block.
        if (k === j && !afterPageRule.has(kids[k]!) && isBoxInset(node, kids[k], kids[k + 1], kids[k + 2])) {
          if (!apply(file, { rule: RULE, kind: 'changed', line: lineOf(kids[k]!), text: `${text(kids[k]!).trim()}⏎${text(kids[k + 1]!).slice(0, 12)}`, to: "pull-quote block: a box set into a sentence cut at a comma, its title over its text" })) break;
          const [title, body] = [kids[k] as Paragraph, kids[k + 1] as Paragraph];
          kids[k] = container('pullquote', [{ ...title, children: normalizePhrasing([...title.children, textNode('\n'), ...body.children]) }]);
          kids.splice(k + 1, 1);
          k++;
        }
        const next = kids[k];
        if (next?.type !== 'paragraph') break;
        // Hard-wrapped layout text (PDF, OCR) marks paragraphs by indent alone: a full line runs on into an unindented one.
        const nextRaw = rawLineOf(file, next);
        // A box or quote set in deeper than the text wraps at its own indent: a line no deeper than the full
        // line above, inside such a block (its line before as deep), runs on as well.
        // A numbered line (`2.这句话…`, `（二）…`) under a deeper one is the next item, not the line run on.
        const inset = ENUMERATOR.test(nextRaw) ? false : indentOf(nextRaw) < indentOf(lastRaw) || (indentOf(nextRaw) === indentOf(lastRaw) && beforeIndent !== undefined && beforeIndent >= indentOf(lastRaw));
        // Without indents (pdftotext without -layout sets no paragraph's first line in), a full line runs on too:
        // there a paragraph ends only with a line that ends short.
        // A paragraph's first line in such a column stops two characters short, where its lost indent stood.
        const full = fullWidth === undefined ? Infinity : column && !usesIndent && beforeIndent === undefined && endsOpen(lastRaw) ? fullWidth - 4 : fullWidth;
        // In such a column, a full line left open runs on past a caption set between two columns, blank lines and
        // all, into a full line (a line two characters short would open a paragraph, its indent lost).
        // (Widths as the column holds them: OCR's single spaces take no room.)
        const lastWidth = measure(squeeze(asMeasured(file, layoutEnd(lastRaw))));
        const acrossCaption = column && !usesIndent && k > j && kids.slice(j, k).every((b) => isDirective(b, 'caption')) && endsOpen(lastRaw) && lastWidth >= full && fullWidth !== undefined && measure(squeeze(nextRaw.trim())) >= fullWidth && /^\p{Script=Han}/u.test(text(next).trim());
        // So in a column whose paragraphs open with an indent: the line under the caption is not set in.
        const acrossCaptionIndented = fullWidth !== undefined && usesIndent && k > j && kids.slice(j, k).every((b) => isDirective(b, 'caption')) && endsOpen(lastRaw) && lastWidth >= fullWidth && !indentedLine(nextRaw) && /^\p{Script=Han}/u.test(text(next).trim());
        // An opening mark may not end a line: the layout pushed it down, and the line above stops a character short.
        // (Only where the line is left open: a short line that ends its sentence ends its paragraph.)
        const kinsoku = /^[“「『《（(]/u.test(nextRaw.trim()) && endsOpen(lastRaw) ? 2 : 0;
        // Where paragraphs open with an indent, a blank line after a full line left open is a column's or a page's
        // end (pdftotext's reading order sets a blank line after each column): the sentence goes on unindented.
        const acrossColumn = fullWidth !== undefined && usesIndent && k === j && next.data?.gap === true && endsOpen(lastRaw) && lastWidth >= fullWidth && !indentedLine(nextRaw) && /^[\p{Script=Han}”」』，、。；：！？）]/u.test(text(next).trim()) && goesOn(text(node), text(next));
        // Where blank lines part the paragraphs and every line of a block but its last fills the column, a full
        // line with a line under it runs on, even one that ends a sentence.
        // (Or one that stops before a Latin word too long for the room it left: the browser wrapped at the space.)
        const inBlock = wrappedBlocks && fullWidth !== undefined && k === j && !next.data?.gap && !usesIndent && !indentedLine(lastRaw) && !indentedLine(nextRaw) && (lastWidth >= fullWidth || wrapsBeforeWord(lastRaw, nextRaw, fullWidth, measure));
        // A line that ends its sentence with room left for the next line's first word (two characters at
        // least, in a column whose full lines mostly share one measure) was not wrapped: the paragraph ended there.
        const roomLeft = modal !== undefined && !endsOpen(lastRaw) && lastWidth + firstUnitWidth(nextRaw) + 2 <= modal;
        // A full line inside a quotation that is still open (`“以前天一黑，…打手电筒。` / `现在路灯一亮…。”`): the
        // quote goes on, and so does the paragraph (a quote run over paragraphs opens each with its mark).
        const inQuote = fullWidth !== undefined && k === j && !next.data?.gap && !indentedLine(nextRaw) && lastWidth >= fullWidth - 2 && openQuotes(text(node)) && !/^[\s\u3000]*[“「『]/u.test(nextRaw);
        // A bold phrase or a link that a scraper set on a line of its own inside a sentence (GNE's text, each text
        // node a line: `运费险一般按照` / `保险公司核定的金额` / `赔付，并不是…`): a short line with no mark between a
        // line that ends on a word no phrase ends on (a preposition, 后, 的), or over a line that opens on one no
        // sentence opens on (`的距离，…`), and a line that goes on into a sentence, none set apart. Joined to both,
        // however short the line above.
        const rest = kids[k + 1];
        const cutOut = k === j && !next.data?.gap && rest?.type === 'paragraph' && !rest.data?.gap && /\p{Script=Han}$/u.test(text(node).trimEnd()) && countHan(text(node)) >= 4 && !ENUMERATOR.test(text(node)) && text(next).trim().length <= 16 && !/[，。！？；：,;:!?]/u.test(text(next)) && /^[\p{Script=Han}，、]/u.test(text(rest).trim()) && /^[^。！？]{0,12}[，、。]/u.test(text(rest).trim()) && (/^[的了地得着过等]/u.test(text(rest).trim()) || endsBeforeItsWord(text(node)));
        const wrapped = (bridging && k === j && !next.data?.gap) || cutOut || inQuote || inBlock || acrossCaption || acrossCaptionIndented || acrossColumn || (fullWidth !== undefined && k === j && !next.data?.gap && (usesIndent ? !indentedLine(nextRaw) || inset : indented === 0 && column) && !roomLeft && lastWidth >= full - kinsoku);
        // A printed page read a line a block (its lines a blank line apart): a line little more than half the measure ended
        // its paragraph, or is a head, unless a word runs across; and no full line runs on into a section's number.
        const shortLine = lineSpaced && fullWidth !== undefined && k === j && lastWidth < fullWidth * 0.6 && !wordAcrossBreak(text(node), text(next));
        if (lineSpaced && k === j && ENUMERATOR.test(text(next)) && !endsOpen(lastRaw)) break;
        if (!wrapped && (shortLine || !shouldJoin(node, next, k > j, file, usesIndent && indentedLine(rawLineOf(file, next))))) break;
        // `如何在美国打官司，向贪官要回钱——` over `拿着刑事判决的结果…相对容易` and a blank line: a part's heading
        // over a section's, neither a sentence; joined they would make no sentence either.
        const beyond = kids[k + 1];
        const qEnds = !beyond || beyond.type !== 'paragraph' || beyond.data?.gap === true;
        if (!wrapped && /(——|—)$/u.test(text(node).trimEnd()) && endsOpen(text(next)) && qEnds && !wordAcrossBreak(text(node), text(next))) break;
        const before = text(node);
        const after = text(next);
        // The book file may keep the break (`keep:` this join's id): then nothing moves either.
        if (!apply(file, { rule: RULE, kind: 'joined', line: lineOf(next), text: `${before.slice(-8)}⏎${after.slice(0, 8)}` })) break;
        beforeIndent = indentOf(lastRaw);
        const beforeRaw = lastRaw;
        lastRaw = rawLineOf(file, next);
        const between = kids.slice(j, k);
        for (const b of between) {
          const moved = b.type === 'list' ? container('pullquote', [b]) : b;
          record(file, { rule: RULE, kind: 'moved', line: lineOf(b), text: text(b).slice(0, 40), to: b.type === 'list' ? 'pull-quote block after the joined paragraph' : 'after the joined paragraph' });
          movedOut.push(moved);
        }
        // Two words of Latin text are kept apart; a number cut by the line's end (`今年4` / `2岁`) is one number.
        // A column's line that ends in an ideographic space (`（记者　某某　` / `通讯员　某某）`) kept a separator there.
        // (So is a time or a figure cut after its colon, comma or point: `17:` / `00`, `1,` / `200`.)
        const digits = /\d[:,.]?$/u.test(before.trimEnd()) && /\d/u.test(firstChar(after) ?? '');
        // (or a line that opens with one, not two: the separator the layout carried over, no indent).
        // (Only between a reporter's role and names: `（记者　某某　` / `通讯员　某某）`; elsewhere it is a pad.)
        const credits = CREDIT_END.test(before.trimEnd()) || CREDIT_START.test(after.trimStart());
        const spaced = credits && (/\p{Script=Han}\u3000$/u.test(layoutEnd(beforeRaw)) || (/^\u3000(?!\u3000)/u.test(lastRaw) && /\p{Script=Han}$/u.test(layoutEnd(beforeRaw)))) && /^\p{Script=Han}/u.test(after.trimStart());
        // A photographer's mark wrapped alone onto the next line (`…记者 岳小禾` / `摄`), where the credit sets its role
        // and name apart: the mark is set apart from the name as well.
        const mark = SPACED_CREDIT_END.test(before.trimEnd()) && /^[摄攝][）)]?$/u.test(after.trim());
        // A name the title prints with a space inside (`《某市房产税　城镇土地使用税…办法》`), broken at that space by a
        // wrap that breaks only at spaces (html2text): the space is the name's, as the title has it.
        const named = spaceInTitle(file, before, after);
        // (So are two words of English with a comma or a stop after the first: `uploaded,` / `registration`.)
        const words = /[A-Za-z0-9][,.;:!?)\]"'%]*$/u.test(before.trimEnd()) && /^[("'[]*[A-Za-z0-9]/u.test(after.trimStart());
        // (But a group of a number typed spaced from the words before it, `热线 2868` / `0155`: a phone number's groups,
        // the wrap at the space between them; a cut number is typed close, `今年4` / `2岁`.)
        const groups = digits && /(?:^|[^\S\u3000])\d{2,4}$/u.test(before.trimEnd()) && /^\d{2,4}(?![\d,.:])/u.test(after.trimStart());
        const sep = named ? [textNode(named)] : spaced || mark ? [textNode('\u3000')] : groups || (!digits && words) ? [textNode(' ')] : [];
        node.children = normalizePhrasing([...node.children, ...sep, ...next.children]);
        node.data = { ...node.data, joined: true, lastLine: lineOf(next) ?? node.data?.lastLine };
        j = k + 1;
        // (And the line under a phrase cut out joins the two as well: the sentence they cut goes on there.)
        bridging = cutOut;
      }
      out.push(node, ...movedOut);
      i = j;
    }
    tree.children = out;
    joinHangingItems(tree, file);
  };
}

/** The space the title sets between the line's last three characters and the next line's first three, if it does. */
function spaceInTitle(file: VFile, before: string, after: string): string | undefined {
  const title = metaOf(file).title;
  const [tail, head] = [before.trimEnd().slice(-3), after.trimStart().slice(0, 3)];
  if (typeof title !== 'string' || !/^\p{Script=Han}{3}$/u.test(tail) || !/^\p{Script=Han}{3}$/u.test(head)) return undefined;
  const at = title.indexOf(tail);
  const gap = at < 0 ? undefined : /^[ \u3000]/u.exec(title.slice(at + 3));
  return gap && title.startsWith(head, at + 4) ? gap[0] : undefined;
}

/**
 * A list item wrapped by a text browser or a layout (`2. 切断…转移危险地带人员和危` / `   房居民到安全场所…`):
 * the line set in under the item's text, the line above left open, runs on in the same item.
 */
function joinHangingItems(tree: Root, file: VFile): void {
  const items: ListItem[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === 'listItem') items.push(n);
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  walk(tree);
  for (const item of items) {
    const paras = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
    for (let k = paras.length - 1; k > 0; k--) {
      const [p, q] = [paras[k - 1]!, paras[k]!];
      const raw = rawLineOf(file, q);
      // Wrapped, not a paragraph of the item's own: the line right under a long one (a blank line, or a short
      // line above such as an item's heading, says the item has paragraphs).
      const above = (file.data.sourceLines ?? [])[(lineOf(q) ?? 1) - 2] ?? '';
      const wrapped = above.trim() !== '' && displayWidth(above.trim()) >= 30 && q.data?.gap !== true;
      if (!wrapped || !endsOpen(text(p)) || indentOf(raw) < 2 || ENUMERATOR.test(raw) || !/^\p{Script=Han}/u.test(text(q).trim())) continue;
      if (!apply(file, { rule: RULE, kind: 'joined', line: lineOf(q), text: `${text(p).slice(-8)}⏎${text(q).trim().slice(0, 8)}`, to: 'one item, wrapped under its text' })) continue;
      p.children = normalizePhrasing([...p.children, ...q.children]);
      removeChild(item.children, q);
    }
  }
}


/**
 * Whether the text under a column's break can be the rest of the sentence above it: not a numbered head, a
 * labelled line (`附件：…`), a document's signature, nor under a numbered head.
 */
function goesOn(above: string, below: string): boolean {
  const a = above.trim();
  const b = below.trim();
  return !ENUMERATOR.test(a) && !ENUMERATOR.test(b) && !/^[^，。！？]{1,10}[：:]/u.test(b) && !SIGNED_DATE.test(b) && !looksLikeOrganisation(b);
}

/** A layout line without its trailing spaces; an ideographic space there is the column's, set like a character. */
function layoutEnd(raw: string): string {
  return raw.replace(/(?<![ \t\r])[ \t\r]+$/u, '');
}

/**
 * A page's margin: the indent most full lines share, with hardly a line set out of it. 0 in most files; in
 * an exercise sheet whose questions are set in, the lines set out of them say there is no margin.
 */
function commonIndent(lines: string[], unindented: Set<number>): number {
  // Lines of text: a list of addresses or figures may be set to its own margin.
  // (A table a reader wrote, `| … |`, stands at no margin of the page.)
  // (Nor does a list's item, its marker or its number at the line's start where a reader took its indent out.)
  // (Nor a row of a table set out by runs of spaces: its indent is the table's.)
  // (Nor a line whose indent a reader took off: the lines under a list, which would have gone into its last item.)
  const texts = lines.filter((l, k) => countHan(l) >= 10 && !(unindented.has(k + 1) && indentOf(l) === 0) && !l.startsWith('|') && !/^(?:[-*+•]|\d{1,3}[.)])[ \t]/u.test(l) && !/\S {2,}\S/u.test(l.trim()));
  const indents = texts.map(indentOf);
  const count = new Map<number, number>();
  for (const w of indents) count.set(w, (count.get(w) ?? 0) + 1);
  let best = 0;
  for (const [w, n] of count) if (n > (count.get(best) ?? 0)) best = w;
  // A print's pages may sit a column apart (Ghostscript's txtwrite: nine spaces in on one page, eight on the next):
  // a margin one column in from the commonest is the same margin.
  const margin = count.has(best - 1) ? best - 1 : best;
  // (A text browser's page: most lines at its margin, a few set out of it — the info line, a caption — still has one.)
  // (Set out of it, only lines of some length count: a text browser sets a page's heads and footer lines, short,
  // at the window's edge, `营养差别没有想象中大`, `上一篇：…`.)
  const out = texts.filter((l) => indentOf(l) < margin && countHan(l) >= 20).length;
  return out <= indents.length * 0.1 || ((count.get(best) ?? 0) >= indents.length * 0.6 && out <= indents.length * 0.2) ? margin : 0;
}

/** Whether a text leaves a quotation open: more “ than ” (or 「 than 」) after its last paragraph mark. */
function openQuotes(t: string): boolean {
  const count = (c: string) => t.split(c).length - 1;
  return count('“') > count('”') || count('「') > count('」');
}

/** The width of what a line opens with that a wrap could not have cut: a Latin word or figure, or a character with the closing marks after it. */
function firstUnitWidth(raw: string): number {
  const t = raw.trim();
  const unit = /^(?:[A-Za-z0-9][A-Za-z0-9.,%]{0,30}|.)[，、。；：！？”’」』）》,.;:!?)]*/u.exec(t)?.[0] ?? '';
  return displayWidth(unit);
}

function indentOf(raw: string): number {
  return displayWidth(/^[ \t\u00a0\u3000]*/u.exec(raw)![0]);
}

// A section number (`一、`, `（二）`, `3.`, a step's `第二步：`): the 、 after it is no sign of a sentence.
const ENUMERATOR = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十\d]{1,3}(?:步|招)[：:\s\u3000])/u;

function sentenceLike(tp: string): boolean {
  const t = tp.replace(ENUMERATOR, '');
  // A numbered head lists its subjects with 、 (`五、面试、体检和聘用`): short and with no other mark, a head still.
  if (t !== tp && !/[，。；！？,;!?]/u.test(t) && countHan(t) <= 12) return false;
  return /[，、。；！？,;!?]/u.test(t) || countHan(t) >= 25;
}

// A labelled line of a fact box: a short label of Chinese, its colon, its value (`展期：2026年11月28日至…`).
const FACT_LINE = /^\p{Script=Han}{2,6}[：:][\s\u3000]*\S/u;
const NOTE_CALL = /^(?:[\u2460-\u2473]|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/u;
const NOTE_CALL_END = /[\p{Script=Han}》”」）)](?:[\u2460-\u2473]|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/u;
const NOTE_LABEL = /^(?:编者按|編者按|编者的话|編者的話|编按|編按|导读|導讀|导语|導語|按语|按語|内容提要|內容提要|提要|摘要)[：:]$/u;

const QUOTED_SENTENCE = /^[“「"][^”」"]{4,40}[。！？!?][”」"]$/u;

const PLAIN_INSET = /^[^“”「」"。！？]{4,20}[。！]$/u;

function isQuoteInset(p: RootContent, q: RootContent | undefined, r: RootContent | undefined): boolean {
  if (p.type !== 'paragraph' || q?.type !== 'paragraph' || r?.type !== 'paragraph') return false;
  const tp = text(p).trimEnd();
  // (Or a short sentence unquoted, `打通一条路，方便一大片。`, where blank lines set it apart on both sides as a box.)
  // (Only in a text whose paragraphs run on in lines with no blank between, as a PDF's do: where blank lines part
  // every paragraph, such a line is the sentence's own end, a <br> before it.)
  const boxed = PLAIN_INSET.test(text(q).trim()) && p.data?.joined === true && q.data?.gap === true && r.data?.gap === true;
  return /[，、]$/u.test(tp) && countHan(tp) >= 25 && (QUOTED_SENTENCE.test(text(q).trim()) || boxed) && /^\p{Script=Han}/u.test(text(r).trim()) && !/[。！？]/u.test(text(r).trim().slice(0, 4));
}

// A box's title as a page sets it over the box: a tip, a reporter's note, a link, a background note.
const BOX_TITLE = /^(?:小贴士|小貼士|温馨提示|溫馨提示|记者手记|記者手記|相关链接|相關鏈接|知识链接|知識鏈接|背景链接|背景鏈接|背景资料|背景資料|名词解释|名詞解釋|小知识|小知識|链接|鏈接)$/u;

/** A box set into a sentence cut at a comma: its title, its text (a sentence or more), then the sentence's rest. */
function isBoxInset(p: RootContent, title: RootContent | undefined, body: RootContent | undefined, rest: RootContent | undefined): boolean {
  if (p.type !== 'paragraph' || title?.type !== 'paragraph' || body?.type !== 'paragraph' || rest?.type !== 'paragraph') return false;
  const tp = text(p).trimEnd();
  return /[，、]$/u.test(tp) && countHan(tp) >= 25 && BOX_TITLE.test(text(title).trim()) && /[。！？]$/u.test(text(body).trim()) && /^\p{Script=Han}/u.test(text(rest).trim()) && !/[。！？]/u.test(text(rest).trim().slice(0, 4));
}

/**
 * A rule between a paragraph cut at a comma and the words that go on (an article over several web pages: page 1
 * ends `…再按原位装回去，` over its pager's rule, page 2 opens `“哪块石头…”`): no sentence ends at a comma, so the
 * rule is the page's, not a break of the text. It goes (reported), and the join below reads the two as one.
 */
// The paragraphs that open a page after such a rule: the sentence's rest, never a quote set into it.
const afterPageRule = new WeakSet<RootContent>();

function rulesInsideSentences(tree: Root, file: VFile): void {
  const kids = tree.children;
  tree.children = kids.filter((n, i) => {
    const [before, after] = [kids[i - 1], kids[i + 1]];
    if (n.type !== 'thematicBreak' || before?.type !== 'paragraph' || after?.type !== 'paragraph') return true;
    if (!/\p{Script=Han}[，、]$/u.test(text(before).trimEnd()) || countHan(text(before)) < 10 || !/^[\p{Script=Han}“「]/u.test(text(after).trimStart())) return true;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: rawLineOf(file, n).trim() || '---', to: "a page's rule inside a sentence (the line above ends at a comma), where the web pages of one article were joined" });
    after.data = { ...after.data, gap: true };
    afterPageRule.add(after);
    return false;
  });
}

function interrupts(node: RootContent): boolean {
  return node.type === 'list' || isDirective(node, 'caption') || isDirective(node, 'pullquote');
}

/** `indented`: the file marks paragraphs by indent, and `q`'s line is set in. */
function shouldJoin(p: Paragraph, q: Paragraph, interrupted: boolean, file: VFile, indented: boolean): boolean {
  const tp = text(p).trimEnd();
  const tq = text(q).trimStart();
  // An editor's note's label on a line of its own (`编者按：`, a `<br>` after it): the note it opens runs on.
  if (NOTE_LABEL.test(tp) && countHan(tq) >= 10 && !interrupted) return true;
  // A note call cut out of its sentence onto a line of its own (a `<sup>` as a text node: `…《旅夜书怀》` / `①` /
  // `旁边，…`): it joins the text before it, and the text after it runs on.
  // (Only inside a sentence: under a heading such as `参考文献` a call opens its reference, which stays apart.)
  const inSentence = /[，、《》“”]/u.test(tp) || countHan(tp) >= 8;
  if (!interrupted && !q.data?.gap && NOTE_CALL.test(tq) && /[\p{Script=Han}》”」）)]$/u.test(tp) && inSentence) return true;
  if (!interrupted && !q.data?.gap && NOTE_CALL_END.test(tp) && p.data?.joined && inSentence && /^(?:[，、]|\p{Script=Han}{2}[^.．,，]*[，。！？])/u.test(tq)) return true;
  // No line opens with a comma: a link or a bold phrase in quotation marks (`…叫` / `“歇灶”` / `，是要…`) ended the
  // line above, closed mark and all, and the sentence goes on.
  const cutOut = !interrupted && !q.data?.gap && !indented && p.data?.joined === true && /^[“「『（(][^。！？”」』）)]{1,8}[”」』）)]$/u.test((file.data.sourceLines?.[(lineOf(q) ?? 0) - 2] ?? '').trim());
  if (cutOut && /^[，、；]/u.test(tq) && /[”」』）)]$/u.test(tp)) return true;
  // So with a quoted word joined to a line left open (`写着一个` / `“庹”` / `字，据说…`): no full stop inside the
  // marks, the sentence runs on into the next line.
  if (cutOut && /[“「][^。！？”」]{1,8}[”」]$/u.test(tp) && /^\p{Script=Han}[^。！？]{0,30}[，。！？]/u.test(tq)) return true;
  // A sentence wrapped right after a quoted word (`…网约车贴上“爱心送考”` / `标识，考生…`): the quote named a
  // thing, it closed no sentence, and the line under it goes on with no gap.
  const quotedWord = !interrupted && !q.data?.gap && !indented && endsInQuotedWord(tp) && /[，、；]/u.test(tp) && countHan(tp) >= 20 && /^\p{Script=Han}/u.test(tq);
  if (quotedWord && sentenceLike(tp)) return true;
  // No sentence, and no paragraph, opens with a comma or a full stop: a line that does ends the one above, even
  // after a closing mark (`…可查看《某某办法》` / `。`, a link's title cut out of its sentence).
  // (A colon too: a text browser wraps before it as before a comma, `浏览` / `：214`, `电话` / `：0000-…`.)
  if (!interrupted && tq !== '' && /^[，、。；！？：]/u.test(tq)) return true;
  if (tq === '' || !endsOpen(tp)) return false;
  // A line laid out across the page or the screen, a wide gap before a few characters at its end (`某某聊钱币` …
  // `+关注`, an account's name and its button), is a row of the layout, no sentence's rest; nor does a sentence run
  // on into one. (No wrapped line of a text holds a stretch of twenty spaces.)
  if (WIDE_GAP.test(rawLineOf(file, q).trimEnd()) || WIDE_GAP.test(rawLineOf(file, p).trimEnd())) return false;
  // A form feed opens the line below: a PDF's next page, and the sentence the page left open goes on there
  // (`…淋浴位12至30个不` / `\f等。截至…`), blank line or none.
  if (!interrupted && (file.data.sourceLines?.[(lineOf(q) ?? 0) - 1] ?? '').startsWith('\f') && sentenceLike(tp) && /^\p{Script=Han}/u.test(tq)) return true;
  // A caption's last words and its credit carried to the next line (`…正在打包` / `杨梅。本报记者 骆韵秋 摄`): one caption.
  // (The patterns below read the line's end and the next line's start: a short stretch, whatever their length.)
  const end = tp.slice(-60);
  if (!interrupted && tq.length <= 60 && /\p{Script=Han}$/u.test(end) && /^[^。！？，\s]{1,10}[。！？][\s\u3000]*(?:本报|本報)?(?:记者|記者|通讯员|通訊員|摄影|攝影)?[\s\u3000]*[\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4})?[\s\u3000]*[摄攝]$/u.test(tq)) return true;
  // A photo's credit closes its caption (`…杨梅。本报记者 骆韵秋 摄`): the text under it is no rest of it.
  if (/[。！？][^。！？]{0,30}[\p{Script=Han}·]{2,4}[\s\u3000]{0,4}[摄攝]$/u.test(end)) return false;
  // `通报全文如下：`: what follows is a document or a list of its own, not the rest of the sentence.
  if (/(?:如下|以下)[：:]$/u.test(tp)) return false;
  // A post's emoji end its sentences (`…必吃的👇`), and open its items (`1️⃣石磨米粉：…`, `📍地址：…`): no join.
  if (EMOJI_END.test(tp) || EMOJI_LEAD.test(tq)) return false;
  // A line that opens with a bracketed label (`【发布地点】…`) is a field or a section of its own.
  if (/^【[^】]{1,8}】/u.test(tq)) return false;
  // So does a short line that opens so and ends without a mark (`【摇号前】查验设备、封存数据`): a section's head over its text.
  if (/^【[^】]{1,8}】[^。！？，,；;：:]{2,20}$/u.test(tp)) return false;

  if (CONTINUES.test(tq) && !interrupted) return true;
  // A figure cut from its measure word (`覆盖居民 4840` / `户。`: a wrap at the space typed after the figure).
  if (!interrupted && !q.data?.gap && /\d$/u.test(end) && /^[个個名户戶人元万萬亿億件辆輛家所套台臺吨噸米次天年月日岁歲位项項条條座张張只隻部本间間层層栋棟处處批场場]/u.test(tq) && sentenceLike(tp)) return true;
  // A figure cut in two by a text browser's wrap (`背甲长约7` / `0厘米，…`, `可拨打1234` / `5等待…`): a long line of
  // a sentence, typed close to the figure, over the figure's rest and its measure word or the sentence going on.
  if (!interrupted && !q.data?.gap && /\p{Script=Han}\d{1,6}$/u.test(end) && /^\d{1,4}(?:\p{Script=Han}|[%％，。、])/u.test(tq) && countHan(tp) >= 20 && sentenceLike(tp)) return true;
  // A range cut at its dash (`上午9:00-` / `11:00，地点…`): the figures run on, whatever the line above reads like.
  if (!interrupted && !q.data?.gap && /\d[-–~～－—]$/u.test(end) && /^\d/u.test(tq)) return true;
  // Lines that open alike with a date or a time and its colon (`5月1日：阵雨转多云，16～24℃` / `5月2日：…`) are the
  // entries of a schedule or a forecast, one a line: the line above is an entry, not a sentence cut.
  const above = TIME_LEAD.exec(tp);
  const below = TIME_LEAD.exec(tq);
  if (above !== null && below !== null && kindOf(above) === kindOf(below)) return false;
  // So do lines that open with the same ordinal label and its colon (`第一选区：…` / `第二选区：…`, a notice's list
  // of names): entries, one a line, as the lead-in over the first (`…公告如下（按姓氏笔画为序）：`) announces.
  // (And a résumé's posts, each opened by its years: `1986.07—1993.04 某县城关镇干部` / `1993.04—2001.11 …`.)
  if (PERIOD_LEAD.test(tp) && PERIOD_LEAD.test(tq)) return false;
  // The last of a run of labelled lines (`地点：…` / `开放时间：…` / `参观方式：免费，凭身份证入馆`), a notice's fact box:
  // an entry of its own, no sentence the line's end cut, whatever follows it.
  const aboveLine = (file.data.sourceLines?.[(lineOf(p) ?? 0) - 2] ?? '').trim();
  if (!p.data?.joined && FACT_LINE.test(tp) && FACT_LINE.test(aboveLine) && !FACT_LINE.test(tq)) return false;
  const labelBelow = ORDINAL_LABEL.exec(tq);
  if (labelBelow && (/[：:]$/u.test(tp) || ORDINAL_LABEL.exec(tp)?.[1] === labelBelow[1])) return false;
  // A post's tags and mentions close it (`…好样的！#话题# @某某交警`): the next line, unless it goes on with a
  // comma, is the page's, not the sentence's.
  if (/(?:#[^#\s]{1,20}#|@[\p{Script=Han}A-Za-z0-9_·-]{1,20})$/u.test(tp)) return false;
  // A bracket opened at the line's end and closed a few characters into the next (`本网讯（通讯员` / `冀一舟）5月…`):
  // a wrap inside the bracket, whatever the line above reads like. (Across a blank line too, where the line under
  // it is the bracket's rest and no more, `（满子墨` / blank / `摄）`: a printed page's text spaces a caption's lines.)
  // (And across a blank line where the bracket holds a reporter's label and the cut falls inside the name:
  // `（记者 童` / blank / `晓宇）20日，…`, a name is never a paragraph's end.)
  const nameCut = /[（(](?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*\p{Script=Han}{1,2}$/u.test(tp) && /^\p{Script=Han}{1,2}[）)]/u.test(tq);
  if (!interrupted && (!q.data?.gap || nameCut || /^[^（()）\n]{1,12}[）)]$/u.test(tq)) && wrapInBracket(tp, tq)) return true;
  // A heading of two clauses over a paragraph of its own: set apart, not a sentence a link or a break cut
  // (the rest of such a sentence is a short line, or runs on without a sentence of its own).
  if (COMMA_HEADING.test(tp) && !p.data?.joined && countHan(tq) >= 30 && /[。！？]/u.test(tq)) return false;
  // Across a blank line (or a block) the source says "new paragraph": only a word cut in two says otherwise.
  if (q.data?.gap) {
    if (!sentenceLike(tp)) return false;
    if (wordAcrossBreak(tp, tq)) return true;
    // A few characters and a full stop (`说。`) are no paragraph: the end of the sentence above, cut off.
    if (FRAGMENT.test(tq) && !interrupted) return true;
    // A comma never ends a paragraph: the sentence goes on below the gap (or below the block set into it).
    // Set apart by a pull quote, even a short opening (`油坊修好后，`) is a sentence the quote cut.
    // (So with the words it goes on to quote: `…再按原位装回去，` / `“哪块石头原来在哪…”`.)
    if (/[，、]$/u.test(tp) && /^[\p{Script=Han}“「]/u.test(tq) && countHan(tp) >= (interrupted ? 4 : 10)) return true;
    // The evidence is weak: say what might be one sentence, and leave it as the source has it.
    if (countHan(tp) >= 10 && /^\p{Script=Han}/u.test(tq) && !interrupted) {
      const suggestion: Change = { rule: RULE, kind: 'suggested', line: lineOf(q), text: `${tp.slice(-8)}⏎${tq.slice(0, 8)}`, to: 'not joined: the line above ends without a full stop, but no word runs across the blank line; join them if it is one sentence' };
      // Accepted in the book file (`accept:` its id): joined, and reported as the join it is.
      if (accepted(file, suggestion)) return true;
      record(file, suggestion);
    }
    return false;
  }
  // An indent starts a paragraph, unless it is a hanging indent: the line runs on deeper than the one it continues.
  // An ideographic indent (`　　`, after whatever margin the page has) is the paragraph's own mark, never a hang.
  // (Nor under a line set in at no indent where paragraphs open with one: that line is no paragraph's first, so
  // nothing hangs from it, and the indent below opens the next paragraph: a caption over the text, `图片说明：…`.)
  const qRaw = rawLineOf(file, q);
  const pIndent = indentOf(rawLineOf(file, p));
  const hanging = indentOf(qRaw) >= pIndent + 2 && pIndent > 0 && !interrupted && !/^[ \t]*\u3000/u.test(qRaw);
  // (But a line set in as deep as the line above, no blank line between, where a word runs across the break or the
  // line opens on a particle no sentence opens on (`…聊聊这些路名背后` / `   的来历，…`): a text browser sets every line
  // of a paragraph in by its margin, and wrapped it there.)
  if (indented && !hanging && !interrupted && !q.data?.gap && indentOf(qRaw) === pIndent && !/^[ \t]*\u3000/u.test(qRaw) && sentenceLike(tp) && (/^的(?![确士])/u.test(tq) || FRAGMENT.test(tq) || wordAcrossBreak(tp, tq))) return true;
  if (indented && !hanging) return false;
  // The first part must read as a sentence, not as a heading or a name. (What a dateline left of the text's first
  // line is a sentence's start, however short: `（记者 某某）记者从` / `省教育厅` / `获悉，…`, a link cut out.)
  // (A line of English prose, six words or more, over a line that opens on a word in lower case: a bilingual page's
  // English paragraph, wrapped.)
  const english = countHan(tp) === 0 && (tp.match(/[A-Za-z]+/gu) ?? []).length >= 6 && /^[a-z]/u.test(tq);
  if (!sentenceLike(tp) && !english && !(p.data?.afterLead && !interrupted)) return false;
  // Pull quotes interrupt long body paragraphs only.
  if (interrupted && countHan(tp) < 25) return false;
  return true;
}
