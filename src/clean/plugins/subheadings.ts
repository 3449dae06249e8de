/**
 * subheadings: a short line without sentence punctuation, set apart between
 * body paragraphs, is a subheading (`业绩会突现业主维权插曲`). What sets it
 * apart is the same at every publisher:
 * - a bare section number on the line before it (`1` / `AMUNDI副首席投资官：…`)
 *   is part of it: `1　AMUNDI…`;
 * - a heading printed in two lines (主题 + 副题, or one heading broken in two)
 *   is one heading, its halves joined by one U+3000; a second line that is a
 *   label ending in `：` takes its name without a space (`副主管：` / `StefanIsaacs`);
 * - a run of `标签：内容` lines (`地点：…` / `事件：…`) is a fact box, not headings, and a line
 *   ending in a colon (`会议要求：`) introduces what follows: it heads nothing;
 * - more than two such lines in a row are a list or navigation, not a heading.
 */
import { REPORTER_ROLE } from '../roles.ts';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { COMMA_HEADING, countHan, EMOJI_LEAD, englishLine, englishProse, HEAD_MARK, isHeadingLike } from '../chars.ts';
import { apply, metaOf, record } from '../report.ts';
import { isDirective, lineOf, normalizePhrasing, rawLineOf, text, textNode } from '../tree.ts';
import { isTitledName } from './whitespace.ts';
import { looksLikeOrganisation, SIGNED_DATE } from '../organisations.ts';
import { FLOOR_WORD } from '../boilerplate/shared.ts';
import { columnOf } from '../column.ts';
import { commonWord, cut } from '../segment.ts';
import { dayHeadsOf } from '../day-heads.ts';

export const RULE = 'subheadings';

const ORDINAL = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[IVX]{1,4})[、.．]?$/u;
const SECTION = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分])/u;
const FACT = /^\p{Script=Han}{2,4}[：:]/u;
// A field of any label (`ISBN：…`, `出版时间：…`).
const FIELD = /^[^：:\s]{1,8}[：:][\s\u3000]*\S/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'·-]{1,40}$/u;

export default function remarkSubheadings() {
  return (tree: Root, file: VFile) => {
    bracketLedSeries(tree);
    twoLineHeadings(tree, file);
    runInCouplets(tree, file);
    runInLeads(tree, file);
    const kids = tree.children;
    const titled = metaOf(file).title !== undefined;
    const out: RootContent[] = [];
    let sectioned = false;
    let i = 0;
    const official = officialSections(kids);
    const unwrapped = columnOf(file).full === undefined;
    const series = new Set([...runInHeads(kids), ...bareSections(kids), ...official, ...dayHeadsOf(kids)]);
    while (i < kids.length) {
      const node = kids[i]!;
      // A list of one item that is a numbered section's head (`* 一、撤桶并点…`: a word processor's outline
      // numbering, which its HTML sets as a list), between paragraphs: the head it is.
      // (Indented deeper than the text, its bullet is the line's first character, no list to Markdown.)
      const bulleted = node.type === 'paragraph' && node.children[0]?.type === 'text' ? /^[*•●◆■▪][ \t\u00a0]+(?=[一二三四五六七八九十]{1,3}、)/u.exec(node.children[0].value) : null;
      const lone = node.type === 'list' && node.children.length === 1 && node.children[0]!.children.length === 1 && node.children[0]!.children[0]!.type === 'paragraph'
        ? (node.children[0]!.children[0] as Paragraph)
        : bulleted && node.type === 'paragraph' && node.children[0]?.type === 'text' ? { ...node, children: [{ ...node.children[0], value: node.children[0].value.slice(bulleted[0].length) }, ...node.children.slice(1)] } : undefined;
      if (lone && SECTION.test(text(lone).trim()) && text(lone).trim().length <= 30 && !/[。！？；!?;]/u.test(text(lone)) && kids[i + 1]?.type === 'paragraph' && (i === 0 || kids[i - 1]!.type !== 'list')) {
        const made = heading([lone], file);
        if (made) {
          // (The marker as the source has it: `*`, `-`, `1.`.)
          const marker = bulleted ? bulleted[0].trim() : (/^[ \t]*([*+\-]|\d{1,9}[.)])/u.exec(rawLineOf(file, node))?.[1] ?? '*');
          record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: marker, to: "the list marker of a numbered section's head" });
          out.push(made);
          i++;
          continue;
        }
      }
      if (series.has(node)) {
        const made = heading([node as Paragraph], file);
        // (A document's second level, `（一）…` under `一、…`, a level down.)
        if (made && official.has(node) && /^[（(]/u.test(text(node).trim())) made.depth = 3;
        out.push(made ?? node);
        i++;
        continue;
      }
      const bracketed = i > 0 ? bracketedHeading(node, kids[i + 1], file) : undefined;
      if (bracketed) {
        out.push(bracketed);
        i++;
        continue;
      }
      const ordinal = isOrdinal(node) && candidate(kids[i + 1]);
      // The first block is the headline's place, unless it ends in a dash: then it heads the first part.
      // With the headline found already, a first line numbered as a section (`一、总体要求`) heads the first section.
      // So does a short line set wholly in bold (`**编者按**`): the page marks it as a head.
      // (Or a bundle's item head in bold, its topic in brackets: `**【交通】县城新开两条公交线路**`.)
      const boldHead = node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong' && (countHan(text(node)) <= 8 || boldItemHead(node, text(node).trim()));
      // (Or one a text browser set out at the margin over text it set in, as lynx sets its heads: `本期简介` over
      // `   溙州老城的路名，…`.)
      const atMargin = i === 0 && kids[1]?.type === 'paragraph' && /^\S/u.test(rawLineOf(file, node)) && /^ {2,}\S/u.test(rawLineOf(file, kids[1]!));
      const opensPart = i === 0 && candidate(node) && (/(——|－－|—)$/u.test(text(node).trim()) || (titled && (SECTION.test(text(node).trim()) || boldHead || atMargin)));
      // `附件：1.…` over `2.…`: an enumeration that starts after a label, not a heading over an item.
      const enumerates = /[：:][\s\u3000]*1[.．、]/u.test(text(node)) && ITEM.exec(text(kids[i + 1] ?? node).trim())?.[1] === '2';
      // A numbered line that is a field, its label and its value (`一、项目编号：LPZC-2027-0419`): a notice's item, no head.
      const numberedField = NUMBERED_FIELD.test(text(node).trim());
      if ((i === 0 && !opensPart) || (!candidate(node) && !ordinal) || numberedItem(kids, i) || enumerates || numberedField || enumeratedAfterLabel(kids, i)) {
        out.push(node);
        i++;
        continue;
      }
      const parts: Paragraph[] = [];
      let j = i;
      if (ordinal) parts.push(kids[j++] as Paragraph);
      const first = j;
      // Under a heading set flush, a line set in by an indent opens a paragraph (`　　绣坊采取…`): no second half.
      const flush = kids[first] !== undefined && !INDENTED.test(rawLineOf(file, kids[first]!));
      // A line that ends in a colon introduces what follows: it may head nothing, and be no heading's half, nor
      // have one (but a name's title over the name in Latin: `首席投资官：` / `Dani Vasco`); a line opening with an
      // emoji is a post's item of its own.
      const standsAlone = (k: number) => {
        const t = text(kids[k]!).trim();
        const introduced = /[：:]$/u.test(text(kids[k - 1]!).trim()) && !LATIN_NAME.test(t);
        return numbered(kids[k]) || OWN_ORDINAL.test(t) || SPACED_NUMERAL.test(t) || SCRIPT_CUE.test(t) || (flush && INDENTED.test(rawLineOf(file, kids[k]!))) || /[：:]$/u.test(t) || introduced || EMOJI_LEAD.test(t);
      };
      // A numbered section's head (`二、主要变化`) a blank line above a short line is whole: the line under it opens
      // what the section holds (a box's title). A head a layout wrapped has no blank line inside it.
      // (So is one closed by a bracket or a quotation mark, `一、进社当学徒（1962—1965）`, `一、“小切口”为什么能撬动“大治理”`:
      // a wrap leaves a head open, and the short line under it is the first section's head, a level down.)
      // (And in a text whose lines are its blocks, no column wrapped at a width: nothing wrapped the head.)
      const whole = (k: number) => SECTION.test(text(kids[k - 1]!).trim()) && kids[k]!.type === 'paragraph' && ((kids[k] as Paragraph).data?.gap === true || /[）)”」』]$/u.test(text(kids[k - 1]!).trim()) || unwrapped);
      // (A line that is the line above again, `被叮咬后怎么办` at the foot of one screenshot and the head of the next, is
      // no second half: a copy, which dedupe takes out.)
      const copy = (k: number) => text(kids[k]!).replace(/[\s\u3000]+/gu, '') === text(kids[k - 1]!).replace(/[\s\u3000]+/gu, '');
      const more = (k: number) => j === first || (!standsAlone(k) && !whole(k) && !copy(k));
      while (j < kids.length && more(j) && (candidate(kids[j]) || (j > first && secondHalf(kids[j - 1]!, kids[j]!)))) parts.push(kids[j++] as Paragraph);
      const lines = parts.slice(ordinal ? 1 : 0);
      // A subheading introduces body text: something must follow it (past a photo's caption set under the head).
      let after = j;
      while (kids[after] && isDirective(kids[after]!, 'caption')) after++;
      const next = kids[after];
      // `定价：68.00元` under `ISBN：…`: the last field of a fact box, not a heading.
      const prevOut = out[out.length - 1];
      // `📍地址：…` over `⏰时间：…`: fields in a row (a post's emoji before each), not a heading over the next.
      const field = (n: RootContent | undefined) => n?.type === 'paragraph' && FIELD.test(text(n).trim().replace(EMOJI_LEAD, ''));
      const lastField = lines.length === 1 && field(lines[0]) && (field(prevOut) || (EMOJI_LEAD.test(text(lines[0]!).trim()) && field(next)));
      // A line of its own that ends in a colon (`会议要求：`) introduces what follows; it heads nothing.
      const introduces = lines.length === 1 && !ordinal && /[：:]$/u.test(text(lines[0]!).trim());
      const factBox = (lines.length >= 2 && lines.every((p) => FACT.test(text(p).trim()))) || lastField || introduces;
      if (isShortName(lines) && next?.type === 'paragraph' && !ordinal) {
        out.push(heading([lines[0]!], file) ?? lines[0]!, lines[1]!);
        i = j;
        continue;
      }
      // A document's signature: the issuing body over the date (落款). No heading, and the date alone none either.
      const dateAfter = lines.length === 2 ? lines[1] : next;
      const signature = lines.length >= 1 && looksLikeOrganisation(text(lines[0]!)) && dateAfter?.type === 'paragraph' && SIGNED_DATE.test(text(dateAfter).trim());
      if (signature) {
        out.push(...parts);
        i = j;
        continue;
      }
      // (So with more short lines under it, the signature's two are the signature's alone: the line after them is
      // read anew, the name of the regulation the notice promulgates over its 第一条.)
      if (!ordinal && lines.length > 2 && looksLikeOrganisation(text(lines[0]!)) && SIGNED_DATE.test(text(lines[1]!).trim())) {
        out.push(lines[0]!, lines[1]!);
        i += 2;
        continue;
      }
      // A numbered section (`四、风险提示`) may head a list as well as a paragraph.
      // (And a table: `四、中标信息` over the award's table, among a notice's numbered items.)
      const sectionOverList = (next?.type === 'list' || (next?.type === 'table' && countHan(text(lines[0]!)) <= 12 && !/[：:]/u.test(text(lines[0]!)))) && lines.length === 1 && SECTION.test(text(lines[0]!).trim());
      // In an article that has set its sections apart already, a line of the same kind over a table heads it too.
      // (`附：…一览`, a label and its words, is the table's title, not a head like them.)
      // An unnumbered line under numbered heads (`一、…`, `二、…`) is not of their kind: the table's title, bold over it.
      const numberedHead = (n: RootContent) => ENUMERATED.test(text(n).trim());
      // (Or a short one the page set wholly in bold, its mark of a head, `**各组冠军名单**`, in an article that sets
      // no other head, bold or marked: among heads, a bold line over a table is the table's title, and stays so.)
      const boldLine = (n: RootContent | undefined): n is Paragraph => n?.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'strong';
      const boldOnly = lines.length === 1 && boldLine(lines[0]) && countHan(text(lines[0]!)) <= 8 && !out.some((n) => n.type === 'heading') && !kids.some((n) => n.type === 'heading' || (boldLine(n) && n !== lines[0]));
      const overTable = next?.type === 'table' && lines.length === 1 && !/[：:]/u.test(text(lines[0]!)) && (boldOnly || out.some((n) => n.type === 'heading' && (ordinal || numberedHead(lines[0]!) || !numberedHead(n))));
      // So does a short line over a list: a box's title (`店家指南` over its shops), as the sections' heads are set.
      // (A lead-in that ends in a verb or a particle, `老人们最需要的是`, introduces the list; it heads nothing. The
      // heads already set must be unnumbered, as the box's title is.)
      // (Or where no head is set yet, one a text browser set out of the text's margin, as it sets its heads: `  旅遊資訊`
      // under paragraphs set in by three.)
      const overList = next?.type === 'list' && lines.length === 1 && !ordinal && countHan(text(lines[0]!)) <= 12 && !LEAD_IN_END.test(text(lines[0]!).trim()) && (out.some((n) => n.type === 'heading' && !SECTION.test(text(n).trim()) && !ITEM.test(text(n).trim())) || outdented(file, lines[0]!, out.at(-1)));
      // A heading of two clauses alone heads a paragraph of its own, not a line as short.
      const clauses = lines.length === 1 && COMMA_HEADING.test(text(lines[0]!).trim()) && !QUOTED_HEAD.test(text(lines[0]!).trim());
      if (clauses && (next?.type !== 'paragraph' || countHan(text(next)) < 30)) {
        out.push(...parts);
        i = j;
        continue;
      }
      if (!next || (next.type !== 'paragraph' && !sectionOverList && !overTable && !overList) || lines.length > 2 || lines.length === 0 || factBox || isShortName(lines)) {
        out.push(...parts);
        i = j;
        continue;
      }
      const made = heading(parts, file);
      if (made) {
        // Under a section numbered `一、`, a heading numbered `1.` or `（一）` is one level down.
        const t = text(made).trim();
        if (SECTION.test(t) && !/^[（(]/u.test(t)) sectioned = true;
        else if (sectioned && (ITEM.test(t) || /^[（(][一二三四五六七八九十\d]{1,3}[）)]/u.test(t))) made.depth = 3;
      }
      out.push(...(made ? [made] : parts));
      i = j;
    }
    tree.children = firstItemHead(clauseHeads(questionHead(headsOverBlocks(out, file), file), file), file);
    translatedHeads(tree, file);
    levelHeadings(tree, file);
  };
}

/**
 * A bilingual page (中英对照) sets each head in both languages, one line under the other (`线上办理` / `Online
 * Registration`): a line of English words with no stop, right under a head and over the text, is that head's
 * English, a head at its level, where the text holds English paragraphs of its own.
 */
function translatedHeads(tree: Root, file: VFile): void {
  const kids = tree.children;
  if (!kids.some((n) => n.type === 'paragraph' && englishProse(text(n)))) return;
  kids.forEach((n, i) => {
    const head = kids[i - 1];
    if (n.type !== 'paragraph' || head?.type !== 'heading' || countHan(text(head)) === 0 || !englishLine(text(n).trim()) || kids[i + 1]?.type !== 'paragraph') return;
    if (!apply(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: text(n).trim(), to: "subheading (a head's English line on a bilingual page)" })) return;
    kids[i] = { type: 'heading', depth: head.depth, children: n.children, data: n.data } as Heading;
  });
}

/**
 * The edition's sections are headed `##` (the title is the front matter's): a source whose top heads are `###`
 * (a page whose `<h1>` and `<h2>` were the title and the deck) or `#` has its heads moved to that level, the
 * levels under them kept under them. A head wholly in bold (`### **改善型需求占比提高**`) is bold no more: the
 * head marks it already.
 */
function levelHeadings(tree: Root, file: VFile): void {
  const heads = tree.children.filter((n): n is Heading => n.type === 'heading');
  if (heads.length === 0) return;
  const shift = 2 - Math.min(...heads.map((h) => h.depth));
  for (const h of heads) {
    const only = h.children.length === 1 ? h.children[0] : undefined;
    if (only?.type === 'strong') {
      h.children = only.children;
      record(file, { rule: RULE, kind: 'removed', line: lineOf(h), text: '****', to: "the bold of a head set wholly in bold (the head marks it)" });
    }
    if (shift === 0) continue;
    const depth = Math.min(6, Math.max(2, h.depth + shift)) as Heading['depth'];
    if (depth === h.depth) continue;
    record(file, { rule: RULE, kind: 'changed', line: lineOf(h), text: `${'#'.repeat(h.depth)} ${text(h).trim()}`, to: `${'#'.repeat(depth)} (the edition's sections are headed ##)` });
    h.depth = depth;
  }
}

/**
 * A bundle's first item head (`省图书馆延时开放至每晚22时` over its story, then `省人民医院开设…窗口` over the next):
 * the first block is the headline's place, but where two heads or more of the same kind follow, each over its
 * item, and the first line is one of them in shape over a story of its own, it heads the first item.
 */
function firstItemHead(out: RootContent[], file: VFile): RootContent[] {
  const [first, next] = [out[0], out[1]];
  if (!candidate(first) || next?.type !== 'paragraph' || countHan(text(next)) < 20) return out;
  const t = text(first).trim();
  if (/[：:]$/u.test(t) || /^[\d０-９]/u.test(t) || SECTION.test(t) || ITEM.test(t) || t.length > 30) return out;
  const heads = out.filter((n, i) => n.type === 'heading' && n.depth === 2 && out[i + 1]?.type === 'paragraph' && !SECTION.test(text(n).trim()) && !ITEM.test(text(n).trim()));
  if (heads.length < 2 || heads.length !== out.filter((n) => n.type === 'heading').length) return out;
  const made = heading([first], file);
  return made ? [made, ...out.slice(1)] : out;
}

/**
 * A question set apart among the section heads of an article (`狂奔之下的“暗伤”曝露？` after two heads):
 * one more head. Where the article sets several questions apart, they are an interview's, and stay.
 */
function questionHead(out: RootContent[], file: VFile): RootContent[] {
  const heads = out.filter((n) => n.type === 'heading').length;
  if (heads < 1) return out;
  const long = (n: RootContent | undefined) => n?.type === 'paragraph' && text(n).trim().length > 40;
  // (A photo's caption may stand between the question and the text above it.)
  const above = (i: number) => (out[i - 1] !== undefined && isDirective(out[i - 1]!, 'caption') ? out[i - 2] : out[i - 1]);
  const bold = (n: RootContent) => n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'strong';
  const questions = out.filter((n, i) => {
    if (n.type !== 'paragraph') return false;
    const t = text(n).trim().replace(HEAD_MARK, '');
    // (A question after a speaker's label, `某某：…吗？`, is an interview's turn.)
    // (Set in bold, the page's mark of a head, it needs only sentences round it.)
    const prose = (m: RootContent | undefined) => long(m) || (bold(n) && m?.type === 'paragraph' && countHan(text(m)) >= 20 && /[。！？]/u.test(text(m)));
    return t.length <= 20 && countHan(t) >= 4 && /[？?]$/u.test(t) && !/[，。！；,;!]|[？?](?!$)/u.test(t) && !/^[^：:]{1,10}[：:]/u.test(t) && (heads >= 2 || bold(n)) && prose(above(i)) && prose(out[i + 1]);
  });
  // (One such question among the heads; or any set wholly in bold, as the page sets its heads.)
  const asked = questions.length === 1 ? questions : questions.filter(bold);
  if (asked.length === 0) return out;
  const made = new Map(asked.map((q) => [q, heading([q as Paragraph], file)] as const));
  return out.map((n) => made.get(n) ?? n);
}

// Two clauses of a head, with no sentence's end (`“订单班”订的是岗位，更是标准`).
const CLAUSE_PAIR = /^[^，。！？；：:,.!?;…]{2,12}，[^，。！？；：:,.!?;…]{2,12}$/u;

/**
 * A head of two clauses among an article's section heads (after `老师要先当好“师傅”` and `让技能人才看得见奔头`,
 * `“订单班”订的是岗位，更是标准`): one more head, set apart like them, between a body paragraph and the next.
 * Alone, such a line is as often a sentence the text sets apart (`凳子不在长短，在于有没有人愿意坐`): it stays.
 */
function clauseHeads(out: RootContent[], file: VFile): RootContent[] {
  const heads = out.filter((n) => n.type === 'heading' && n.depth === 2).length;
  if (heads < 2) return out;
  // (Set wholly in bold, as the page sets its heads, it may head a list, and follow one: `**预防冻疮，做好四点**`.)
  const bold = (n: RootContent) => n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'strong';
  const clauses = out.filter((n, i) => {
    const [before, after] = [out[i - 1], out[i + 1]];
    if (n.type !== 'paragraph' || !(after?.type === 'paragraph' || (bold(n) && after?.type === 'list'))) return false;
    const t = text(n).trim();
    const prose = before?.type === 'paragraph' && countHan(text(before)) >= 20 && TERMINAL_END.test(text(before).trim());
    return t.length <= 20 && CLAUSE_PAIR.test(t) && !QUOTED_HEAD.test(t) && !/^[^：:]{1,10}[：:]/u.test(t) && (prose || (bold(n) && before?.type === 'list'));
  });
  if (clauses.length === 0 || clauses.length > heads) return out;
  const made = new Map(clauses.map((n) => [n, heading([n as Paragraph], file)]));
  return out.map((n) => made.get(n) ?? n);
}

// `【基本案情】` on a line of its own: a section heading in lenticular brackets, as court and government pages set them.
const BRACKETED = /^【([\p{Script=Han}A-Za-z0-9·、]{2,12})】$/u;

/** A bracketed section name between body paragraphs: the heading, its brackets dropped (like a caption's ▲). */
function bracketedHeading(node: RootContent, next: RootContent | undefined, file: VFile): Heading | undefined {
  if (node.type !== 'paragraph' || next?.type !== 'paragraph') return undefined;
  const m = BRACKETED.exec(text(node).trim());
  if (!m || !apply(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: text(node).trim(), to: 'subheading' })) return undefined;
  // The brackets are the heading's own marks, as printed (`## 【法官说法】`): an edition does not restyle them.
  return { type: 'heading', depth: 2, children: [textNode(text(node).trim())] };
}

const TERMINAL_END = /[。！？!?…；;”’」』）)]$/u;
const SERIES_MAX = 40;

const LEAD_IN_END = /(?:是|有|为|了|如下|包括|以下|的|在|和|与|及|等|将|要|把|对)$/u;
const NUMERALS = '一二三四五六七八九十';
const BARE_NUMERAL = /^[一二三四五六七八九十]$|^十[一二三四五六七八九]$/u;
const numeralValue = (t: string) => (t.length === 1 ? NUMERALS.indexOf(t) + 1 : 10 + NUMERALS.indexOf(t[1]!) + 1);

/**
 * An essay's sections numbered by a bare numeral on a line of its own (`一` / `二` / `三`, each over its
 * text): the numbers are its heads. Only a run that counts up from 一, each over a paragraph, says so.
 */
function bareSections(kids: RootContent[]): RootContent[] {
  const marks = kids.filter((n, i) => n.type === 'paragraph' && BARE_NUMERAL.test(text(n).trim()) && kids[i + 1]?.type === 'paragraph');
  if (marks.length < 2 || !marks.every((n, k) => numeralValue(text(n).trim()) === k + 1)) return [];
  return marks;
}

const PART_HEAD = /^([一二三四五六七八九十]{1,3})、[^。！？；!?;]{2,40}$/u;
const SUB_HEAD = /^[（(]([一二三四五六七八九十]{1,3})[）)][^。！？；!?;，,]{2,30}$/u;

/**
 * A document's numbered heads as a speech, a report or a notice sets them (`一、认清形势，切实增强…` over
 * `（一）今年工作取得明显成效` over its paragraphs): parts numbered 一、二、三 in order, two at least, and the sections
 * numbered （一）（二） afresh under each. Each stands on its line without a sentence's end, over a paragraph of
 * text or the first section of its part; the numbering in order is the evidence.
 */
function officialSections(kids: RootContent[]): Set<RootContent> {
  const line = (n: RootContent | undefined) => (n?.type === 'paragraph' ? text(n).trim() : undefined);
  const body = (n: RootContent | undefined) => { const t = line(n); return t !== undefined && countHan(t) >= 20 && /[。！？：]$/u.test(t); };
  const parts = kids.filter((n, i) => PART_HEAD.test(line(n) ?? '') && !NUMBERED_FIELD.test(line(n)!) && (body(kids[i + 1]) || SUB_HEAD.test(line(kids[i + 1]) ?? '')));
  if (parts.length < 2 || !parts.every((n, k) => numeralValue(PART_HEAD.exec(line(n)!)![1]!) === k + 1)) return new Set();
  const heads = new Set<RootContent>(parts);
  let expect = 0;
  kids.forEach((n, i) => {
    if (parts.includes(n)) expect = 1;
    const sub = SUB_HEAD.exec(line(n) ?? '');
    if (!sub || expect === 0 || !body(kids[i + 1])) return;
    if (numeralValue(sub[1]!) !== expect) return;
    heads.add(n);
    expect++;
  });
  return heads;
}

/**
 * Headings of a series: an article that punctuates its paragraphs and sets three or more lines apart
 * without a full stop, each over a paragraph of text (`法律用美国的：被用来修理黑帮的美国联邦法律也能“顺便”
 * 对付中国贪官`, `不管刑事，直接打民事官司也可以，就是费时、费力、费钱`), heads its sections with them, long
 * or with commas as they are. One such line alone is no series: it may be a sentence that lost its stop.
 * A line ending in a dash right above one of them heads the part they belong to.
 */
function runInHeads(kids: RootContent[]): Set<RootContent> {
  const bodyParagraphs = kids.filter((k): k is Paragraph => k.type === 'paragraph' && text(k).trim().length > SERIES_MAX);
  const punctuated = bodyParagraphs.filter((p) => TERMINAL_END.test(text(p).trim())).length;
  if (bodyParagraphs.length < 4 || punctuated < bodyParagraphs.length * 0.9) return new Set();
  const member = (i: number): boolean => {
    const node = kids[i];
    if (i === 0 || node?.type !== 'paragraph') return false;
    const t = text(node).trim();
    // (Nor a source's note, `数据来源：…`, under the table or the chart it credits.)
    if (t.length > SERIES_MAX || countHan(t) < 2 || TERMINAL_END.test(t) || /[，、：:,]$/u.test(t) || /[。！？；!?;]/u.test(t) || /^[（(\[【]/u.test(t) || SCRIPT_CUE.test(t) || NOTE_LABEL.test(t)) return false;
    // Over a paragraph of text (past the captions set into it), and not one of a run of short lines.
    let k = i + 1;
    while (kids[k] && isDirective(kids[k]!, 'caption')) k++;
    const next = kids[k];
    // (A short line closing on a quotation mark, `修复师的“老大难”`, is no paragraph of text: it has no sentence.)
    if (next?.type !== 'paragraph' || !TERMINAL_END.test(text(next).trim()) || !/[。！？!?…]/u.test(text(next)) || text(next).trim().length <= t.length) return false;
    const prev = kids[i - 1];
    return !(prev?.type === 'paragraph' && text(prev).trim().length <= SERIES_MAX && !TERMINAL_END.test(text(prev).trim()) && !/(——|—)$/u.test(text(prev).trim()));
  };
  const found = kids.map((_, i) => member(i));
  const heads = new Set<RootContent>(kids.filter((_, i) => found[i]));
  if (heads.size < 3) return new Set();
  kids.forEach((k, i) => {
    if (k.type === 'paragraph' && /(——|—)$/u.test(text(k).trim()) && text(k).trim().length <= SERIES_MAX && found[i + 1]) heads.add(k);
  });
  return heads;
}

function numbered(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && (ITEM.test(text(node).trim()) || SECTION.test(text(node).trim()));
}

function isOrdinal(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && ORDINAL.test(text(node).trim());
}

/** `**【交通】县城新开两条公交线路**`: a bundle's item head in bold, its topic in brackets before it. */
function boldItemHead(node: Paragraph, t: string): boolean {
  return node.children.length === 1 && node.children[0]!.type === 'strong' && /^【[^】]{1,8}】\S/u.test(t);
}

// `记者　薛映秋　通讯员　乔念慈`: a section's credit, never a heading or half of one.
const CREDIT_ONLY = new RegExp(`^${REPORTER_ROLE}[：:]?[\\s\\u3000]*[\\p{Script=Han}·]{2,4}(?:[\\s\\u3000、，]+(?:${REPORTER_ROLE}[：:]?[\\s\\u3000]*)?[\\p{Script=Han}·]{2,4}){0,5}$`, 'u');

/**
 * A short line over a table or a list before the article's first head (`今年实施的项目` over its table, `路通了　水来了`
 * a head further down): a head of the same kind as the heads set after it, once they are set (the loop asks only of
 * the heads before a line). Not under or among numbered heads, nor numbered itself: there it is the table's title.
 */
function headsOverBlocks(out: RootContent[], file: VFile): RootContent[] {
  // (A head that heads text: over a paragraph of sentences, not over the page's widgets.)
  const first = out.findIndex((n, k) => n.type === 'heading' && out[k + 1]?.type === 'paragraph' && countHan(text(out[k + 1]!)) >= 20 && /[。！？][”’」』]?$/u.test(text(out[k + 1]!).trim()));
  if (first < 0 || out.some((n) => n.type === 'heading' && ENUMERATED.test(text(n).trim()))) return out;
  return out.map((n, k) => {
    // (Set apart by a blank line above it: where a text runs its lines on without one, a short line over a table is
    // the table's title among them, `各节比分` in a match report.)
    const over = out[k + 1]?.type;
    if (k === 0 || k >= first || (over !== 'table' && over !== 'list') || out[k - 1]?.type !== 'paragraph' || !candidate(n) || n.data?.gap !== true) return n;
    const t = text(n).trim();
    // (Over a list, a lead-in that ends in a verb or a particle introduces it: `老人们最需要的是`.)
    if (/[：:，,。]/u.test(t) || ENUMERATED.test(t) || countHan(t) > 16 || (over === 'list' && LEAD_IN_END.test(t))) return n;
    return heading([n], file) ?? n;
  });
}

function candidate(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const t = text(node).trim();
  // One character alone is a word cut off by a break, not a heading or half of one.
  // `表1　…`, `图2　…`: a table's or a figure's title, set over it, not a section's.
  // A line ending in Weibo's link (`…的常见套路：网页链接`) points to a page: a sentence of the post, no heading.
  // A telephone number (`0779-2866315`, `值班电话：6382110`) is a contact line's, never a heading's; a file named
  // after a label (`附件：…汇总表.xls`) an attachment's; a date with its time a stamp's; a floor
  // before a bar a forum reply's header.
  // (A heading's mark before a quoted head, `◎“看到它落下来，心都要跳出来了”`, is no part of the quote.)
  const bare = t.replace(HEAD_MARK, '').replace(FRAME, '$1');
  // (Nor a table's row that lost its table, or a piece of one: `| 半程马拉松 | 21.0975公里 | …|`.)
  return (isHeadingLike(t, 30) || QUOTED_HEAD.test(bare) || COMMA_HEADING.test(bare)) && countHan(t) >= 2 && !/^\||\|$/u.test(t) && !/\d{3,4}[-－]\d{6,8}|1\d{10}|(?:电话|電話|热线|熱線|手机|手機|传真|傳真)[：:][\s\u3000]*\d/u.test(t) && (!/^[（(\[【]/u.test(t) || boldItemHead(node, t) || bracketLed.has(node)) && !isTitledName(t) && !CREDIT_ONLY.test(t) && !SCRIPT_CUE.test(t) && !/^[表图圖][\s\u3000]*\d{1,2}(?:[\s\u3000]|$)/u.test(t) && !/网页链接$/u.test(t) && !ATTACHED_FILE.test(t) && !STAMP.test(t) && !FLOOR_LED.test(t) && !NOTE_LABEL.test(t);
}

// A date with its time (`2024-3-5 11:30`): a post's or a reply's stamp, a field of a page; no head carries one.
const STAMP = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*\d{1,2}:\d{2}/u;
// A note's label (`数据来源：交易所、行业资讯平台` under a table, `注：…`): the note of what stands above it, no head.
const NOTE_LABEL = /^(?:数据来源|數據來源|资料来源|資料來源|信息来源|資訊來源|来源|來源|注|註|备注|備註|说明|說明)[：:]/u;
// A forum reply's floor before a bar (`沙发 | 发表于…`, `3楼 | …`): its header, whatever follows.
const FLOOR_LED = new RegExp(`^${FLOOR_WORD}[\\s\\u3000]*[|｜]`, 'u');
const ATTACHED_FILE = /^(?:附件|附表|附录|附錄|相关附件|相關附件|下载|下載)\s*\d{0,2}[：:].*\.(?:xlsx?|docx?|pdf|wps|et|zip|rar|7z|ofd|pptx?|csv|txt|jpe?g|png)$/iu;

// `【摇号前】查验设备、封存数据`: a stage's or a topic's word in brackets, then the head's words, no mark after them.
const BRACKET_LED = /^【[\p{Script=Han}A-Za-z0-9·]{1,8}】[^。！？，,；;：:【】]{2,20}$/u;
const bracketLed = new WeakSet<RootContent>();

/**
 * Such lines are heads where two or more each stand over a paragraph of text; a line of them over another
 * (`【发布地点】…` / `【主持人】…`) is a press conference's fields.
 */
function bracketLedSeries(tree: Root): void {
  const kids = tree.children;
  const heads = kids.filter((n, i) => n.type === 'paragraph' && BRACKET_LED.test(text(n).trim()) && kids[i + 1]?.type === 'paragraph' && countHan(text(kids[i + 1]!)) >= 20 && /[。！？]/u.test(text(kids[i + 1]!)));
  if (heads.length >= 2) for (const n of heads) bracketLed.add(n);
}

const INDENTED = /^(?:\u3000|[ \t]{2,})/u;

// A quoted phrase set apart as a section's head (`“病人在哪儿，诊室就在哪儿”`): a comma inside the quote is
// the quote's; without a full stop it is no sentence of the text.
const QUOTED_HEAD = /^[“「][^“”「」。！？；!?;]{4,24}[”」]$/u;

// A line that opens with an ordinal of its own (`案例一　…`, `附件2`): a heading of its own, not a second half.
// `同期声：市民　吕秀兰`: a TV script's cue and the speaker it names, over the words spoken — no heading.
const SCRIPT_CUE = /^[【\[]?(?:同期声|同期|现场|現場|解说|解說|导语|導語|记者出镜|記者出鏡|出镜|画外音|主持人|口播)[】\]]?[：:]/u;
// `一　从“补书”到“修书”`: a chapter's numeral set apart from its name by a space opens a heading of its own.
const SPACED_NUMERAL = /^[一二三四五六七八九十]{1,3}[ \u3000]+\S/u;
const OWN_ORDINAL = /^(?:案例|事例|问题|問題|附件|专题|專題|篇|其)[一二三四五六七八九十\d]{1,3}/u;

const ITEM = /^(\d{1,2})[.．、]/u;
const NUMBERED_FIELD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])[^：:，。]{2,8}[：:][\s\u3000]*\S/u;
// A head numbered as one of a list of them (`一、`, `（二）`, `3.`), not `第四节…`, which may open a sentence.
const ENUMERATED = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/u;

/** `2.这句话的意思是` between `1.…` and `3.…`: an item of a numbered run, not a heading. */
function numberedItem(kids: RootContent[], i: number): boolean {
  const n = Number(ITEM.exec(text(kids[i]!).trim())?.[1] ?? NaN);
  if (Number.isNaN(n)) return false;
  const at = (k: number) => (kids[k]?.type === 'paragraph' ? Number(ITEM.exec(text(kids[k]!).trim())?.[1] ?? NaN) : NaN);
  return at(i - 1) === n - 1 || at(i + 1) === n + 1;
}

/**
 * `附件：1.…` over `2.…` (over `3.…`): the items of an enumeration that starts after a label, each the next
 * number after the line above, back to the label's `1.`: items, not headings.
 */
function enumeratedAfterLabel(kids: RootContent[], i: number): boolean {
  let n = Number(ITEM.exec(text(kids[i]!).trim())?.[1] ?? 0);
  for (let k = i - 1; n >= 2 && k >= 0 && kids[k]!.type === 'paragraph'; k--, n--) {
    const t = text(kids[k]!).trim();
    if (new RegExp(`[：:][\\s\\u3000]*${n - 1}[.．、]`, 'u').test(t)) return true;
    if (ITEM.exec(t)?.[1] !== String(n - 1)) return false;
  }
  return false;
}

/** The second line of a two-line heading: short, open-ended, or a name completing a label. */
function secondHalf(prev: RootContent, node: RootContent): boolean {
  if (node.type !== 'paragraph' || prev.type !== 'paragraph') return false;
  const t = text(node).trim();
  // A numbered line (`1.早餐…` under `二、三招…`) opens a heading of its own, one level down.
  // So does a bracketed section name (`【基本案情】` under `案例一` / `楼上水管爆裂`).
  // So does a person's title and name under a box's head (`法官说法` / `某法院法官　苏婉清`): the box's author.
  // So does a section's credit (`记者　某某　通讯员　某某` under an item's head).
  if (ITEM.test(t) || SECTION.test(t) || OWN_ORDINAL.test(t) || BRACKETED.test(t) || isTitledName(t) || CREDIT_ONLY.test(t)) return false;
  if (/[：:]$/u.test(text(prev).trim()) && LATIN_NAME.test(t)) return true;
  // A line that ends in a comma is a sentence's opening, never a heading's half; one that ends in a colon
  // introduces what follows (`社会各界可通过以下方式提出意见和建议：`).
  return candidate(prev) && t.length <= 16 && countHan(t) >= 4 && !/[。！？；!?;]/u.test(t) && !/[，、,：:]$/u.test(t);
}

/** A heading followed by a two- or three-character line: that line is the author's name, not a half. */
function isShortName(lines: Paragraph[]): boolean {
  return lines.length === 2 && /^\p{Script=Han}{2,3}$/u.test(text(lines[1]!).trim());
}

/** The lines made one subheading; undefined when the book file keeps them as they are (`keep:` the change's id). */
// A head framed by dashes, as a WeChat layout sets it (`— 一人一方，机器代煎 —`): the frame is the layout's.
const FRAME = /^[\s\u3000]*[—–]{1,2}[\s\u3000]*([^\s\u3000—–][^—–]{1,28}[^\s\u3000—–])[\s\u3000]*[—–]{1,2}[\s\u3000]*$/u;

// A subheading of two halves of one length, a U+3000 between them, run into the paragraph under it (a reader
// view printed `<h3>` and `<p>` with no line break between): `一封家书　一份承诺仪式上，每位学生…`. Running text
// sets no U+3000 between two words; a dateline's or a reporter's (`新华社北京电　记者…`) is no head's.
const RUN_IN_COUPLET = /^(\p{Script=Han}{4,8})\u3000(\p{Script=Han}{4,8})(?=\p{Script=Han})/u;
const NOT_A_HALF = /记者|記者|通讯员|通訊員|[讯訊電电]$|消息$|报道|報道|摄|攝/u;

function runInCouplets(tree: Root, file: VFile): void {
  tree.children = tree.children.flatMap((node) => {
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return [node];
    const value = node.children[0].value;
    const m = RUN_IN_COUPLET.exec(value);
    if (!m) return [node];
    // The second half as long as the first: where a sentence's own word ran on, the halves would differ.
    const second = m[2]!.slice(0, m[1]!.length);
    const rest = value.slice(m[1]!.length + 1 + second.length);
    if (second.length !== m[1]!.length || NOT_A_HALF.test(m[1]!) || NOT_A_HALF.test(second) || rest.length < 20 || !/[。！？]/u.test(rest) || /\u3000/u.test(rest) || /^[，、。；]/u.test(rest)) return [node];
    const head = heading([{ type: 'paragraph', children: [textNode(`${m[1]}\u3000${second}`)], position: node.position }], file);
    if (!head) return [node];
    record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: `${m[1]}\u3000${second}⏎${rest.slice(0, 8)}`, to: 'a subheading run into its paragraph (two halves of one length, a U+3000 between)' });
    return [head, { ...node, children: [textNode(rest)] }];
  });
}

// The words that open a section's first sentence under its head: who says or shows it (`统计显示`, `民警提醒`), or
// from what it is seen (`从名字字数看`).
// (Not `说`, `表示`, `介绍`: after a person's title and name, `…站长某某介绍，`, they open a sentence of the text.)
const SAYS = new Set(['显示', '提醒', '指出', '建议', '强调', '透露']);

/**
 * Where a record lost the line break after each head (SogouCS: `单字名越来越少从名字字数看，双字名仍是主流…`), a
 * paragraph's first clause holds a head and the opening of the section's first sentence, its speaker and verb
 * (`统计显示`, `民警提醒`) or its angle (`从…看`), before the first comma. Two such paragraphs or more are the
 * evidence: a sentence of edited text sets a comma or a stop before such an opening. The head is split off.
 */
function runInLeads(tree: Root, file: VFile): void {
  const kids = tree.children;
  const splits = new Map<RootContent, number>();
  kids.forEach((node, i) => {
    if (i === 0 || node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return;
    const value = node.children[0].value;
    const comma = value.indexOf('，');
    if (comma < 8 || comma > 32 || /[。！？；：、,.!?;:（(]/u.test(value.slice(0, comma)) || !/[。！？]/u.test(value.slice(comma))) return;
    // (The segmenter is asked only of a clause that ends on such a word.)
    const clause = value.slice(0, comma);
    if (!clause.endsWith('看') && ![...SAYS].some((w) => clause.endsWith(w))) return;
    const tokens = cut(clause);
    const last = tokens.length - 1;
    let lead = -1;
    // (The speaker a common word, `统计`, `民警`: no name a segmenter cut in two.)
    if (last >= 2 && SAYS.has(tokens[last]!) && /^\p{Script=Han}{2,3}$/u.test(tokens[last - 1]!) && commonWord(tokens[last - 1]!)) lead = last - 1;
    else if (tokens[last] === '看') lead = tokens.lastIndexOf('从', last);
    if (lead < 1 || last - lead > 4) return;
    const at = tokens.slice(0, lead).join('').length;
    const head = value.slice(0, at);
    if (countHan(head) < 4 || head.length > 16 || !/[\p{Script=Han}”]$/u.test(head) || /[的之是]$/u.test(head)) return;
    splits.set(node, at);
  });
  if (splits.size < 2) return;
  tree.children = kids.flatMap((node) => {
    const at = splits.get(node);
    if (at === undefined || node.type !== 'paragraph') return [node];
    const value = text(node);
    const head = heading([{ type: 'paragraph', children: [textNode(value.slice(0, at))], position: node.position }], file);
    if (!head) return [node];
    record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: `${value.slice(0, at)}⏎${value.slice(at, at + 8)}`, to: "a subheading run into its section's first sentence (its speaker or angle before the first comma)" });
    return [head, { ...node, children: [textNode(value.slice(at))] }];
  });
}

function heading(parts: Paragraph[], file: VFile): Heading | undefined {
  // A person's title and name (`县林业局森林防火办主任　蔺国华`, a TV item's name super): who speaks, never a heading,
  // whatever series of lines it stands in.
  if (parts.length === 1 && isTitledName(text(parts[0]!).trim())) return undefined;
  // Nor a post's topic tags alone on a line (`#守护老人钱袋子# #全民反诈#`): the post's, which inline-boilerplate takes
  // out, leaving the heading empty.
  if (parts.every((p) => /^(?:#[^#\s]{1,30}#[\s\u3000]*)+$/u.test(text(p).trim()))) return undefined;
  if (!apply(file, { rule: RULE, kind: 'changed', line: lineOf(parts[0]!), text: parts.map((p) => text(p)).join('⏎'), to: 'subheading' })) return undefined;
  const lead = parts[0]!.children[0];
  const mark = lead?.type === 'text' ? HEAD_MARK.exec(lead.value) : null;
  if (mark && lead?.type === 'text' && lead.value.length > mark[0].length) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(parts[0]!), text: mark[1]!, to: "the heading's mark" });
    parts = [{ ...parts[0]!, children: [{ ...lead, value: lead.value.slice(mark[0].length) }, ...parts[0]!.children.slice(1)] }, ...parts.slice(1)];
  }
  // (Or a frame of dashes round it.)
  const framed = parts.length === 1 && parts[0]!.children.length === 1 && lead?.type === 'text' ? FRAME.exec(lead.value) : null;
  if (framed && lead?.type === 'text') {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(parts[0]!), text: lead.value.replace(framed[1]!, '').replace(/[\s\u3000]+/gu, ''), to: "the heading's frame of dashes" });
    parts = [{ ...parts[0]!, children: [{ ...lead, value: framed[1]! }] }];
  }
  // (Or inside the bold that sets the head, `**▍费用怎么算？**`.)
  const inner = lead?.type === 'strong' && lead.children[0]?.type === 'text' ? lead.children[0] : undefined;
  const boldMark = inner?.type === 'text' ? HEAD_MARK.exec(inner.value) : null;
  if (boldMark && inner?.type === 'text' && lead?.type === 'strong' && inner.value.length > boldMark[0].length) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(parts[0]!), text: boldMark[1]!, to: "the heading's mark" });
    parts = [{ ...parts[0]!, children: [{ ...lead, children: [{ ...inner, value: inner.value.slice(boldMark[0].length) }, ...lead.children.slice(1)] }, ...parts[0]!.children.slice(1)] }, ...parts.slice(1)];
  }
  const children: PhrasingContent[] = [];
  parts.forEach((p, k) => {
    if (k > 0) {
      const glued = /[：:]$/u.test(text(parts[k - 1]!).trim()) && LATIN_NAME.test(text(p).trim());
      if (!glued) children.push(textNode('\u3000'));
      if (k > 0) record(file, { rule: RULE, kind: 'joined', line: lineOf(p), text: `${text(parts[k - 1]!).slice(-8)}⏎${text(p).slice(0, 8)}`, to: glued ? 'one heading' : 'one heading, halves kept apart by U+3000' });
    }
    children.push(...trimmed(p.children));
  });
  return { type: 'heading', depth: 2, children: normalizePhrasing(children) };
}

function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  // A line wholly in bold (`<strong>把课讲慢一点</strong>`): the heading's weight is the bold's, not both.
  const only = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (only.length === 1 && only[0]!.type === 'strong') children = only[0]!.children;
  const kids = children.map((c) => (c.type === 'text' ? { ...c } : c));
  const first = kids[0];
  const last = kids[kids.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return kids;
}

/**
 * A heading printed in two lines (a line break inside it: `<h3>…<br>…</h3>`, a converter's two lines under one
 * underline) is one heading, its halves one U+3000 apart, as a headline's are.
 */
function twoLineHeadings(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.children.some((c) => c.type === 'break')) continue;
    record(file, { rule: RULE, kind: 'joined', line: lineOf(node), text: text(node).trim(), to: 'one heading, its two printed lines one U+3000 apart' });
    node.children = node.children.map((c) => (c.type === 'break' ? { type: 'text', value: '\u3000' } : c));
  }
}

/** `line` stands out of the margin of the body paragraph above it (both set in by a text browser, the head less). */
function outdented(file: VFile, line: RootContent, above: RootContent | undefined): boolean {
  if (above?.type !== 'paragraph' || countHan(text(above)) < 20) return false;
  const indent = (n: RootContent) => /^[ \t]*/u.exec(rawLineOf(file, n))![0].length;
  return indent(above) >= 2 && indent(line) < indent(above);
}
