/**
 * numbered-lists: a scraped list keeps its numbers but loses the space Markdown needs after them
 * (`1.柳河县防汛责任人名单`, `2．防汛应急预案`, `3、…`). Two or more such lines numbered 1, 2, 3 … one after another
 * (no blank line between them), each a
 * short item with no sentence inside it, are an ordered list: the space is put back (reported). Numbered
 * lines that head paragraphs (long, or with a sentence in them) are left as they are, unless a lead-in
 * ending in a colon right above announces them (`法官提醒：` / `1.…。` / `2.…。`), or the items close with
 * semicolons and the last with a full stop, one sentence's enumeration.
 * Circled numbers are list numbers, unless the text above calls them inside its sentences (notes). In a file
 * that sets every block a blank line apart, items a blank line apart are a list where something announces them.
 */
import type { Change } from '../report.ts';
import { closeLists, spacedFile, type Reading } from './reading.ts';
import { halfWidthDigits, joinWrapped, layoutRow } from '../chars.ts';

export const RULE = 'numbered-lists';

// The number, its dot (half or full width) and no space: the item opens with a word, not a figure (`1.5亿元`).
const ITEM = /^([ \t\u3000]*)(\d{1,2})([.．、])(?=[\p{Script=Han}A-Za-z《“（(])(.*)$/u;
// An item's number in parentheses (`（1）庭院干净整洁…；`): a list's, like a reference's, only where a lead-in announces the
// run or its items close one sentence's enumeration (a document's `（1）` may head a paragraph).
const PARENTHESISED = /^([ \t\u3000]*)[（(](\d{1,2})[）)]()[ \t\u3000]*(?=[\p{Script=Han}“《\d])(.*)$/u;
// A reference list's numbers in brackets (`[1]宋雨桐,何敏.…`): made list numbers, only where a lead-in announces the list.
const REFERENCE = /^([ \t\u3000]*)\[(\d{1,2})\]()[ \t]*(?=\S)(.*)$/u;
const MAX_ITEM = 40;
// The head of a reference list (`参考文献`) announces it, however few its entries.
const REFERENCES_HEAD = /^(?:参考文献|參考文獻|参考资料|參考資料|引用文献|引用文獻|注释|註釋|注释与参考文献)[：:]?$/u;
// A sentence inside the item (a full stop before its end) makes it a paragraph's opening, not an item.
const SHORT = (item: string) => item.length <= MAX_ITEM && !/[。！？!?][^]/u.test(item);

// A step's name set before its text (`提出申请。失能人员…`), a run-in head of a few characters.
const RUN_IN = /^[\p{Script=Han}]{2,8}。(?=\S)/u;

// `①外出请…` / `②加固…`: circled numbers are list numbers whatever the items hold.
const CIRCLED = /^([ \t\u3000]*)([\u2460-\u2473])()[ \t\u3000]*(?=\S)(.*)$/u;

// (Its number full-width, `１．`, as a corpus that widened every digit keeps it.)
const WIDE_ITEM = /^([ \t\u3000]*)([０-９]{1,2})([.．、])[\u3000]?(?=[\p{Script=Han}A-Za-z《“（(])(.*)$/u;

function wideItem(line: string): RegExpExecArray | null {
  const m = WIDE_ITEM.exec(line);
  if (m) m[2] = String(Number(halfWidthDigits(m[2]!)));
  return m;
}

/** The list's item `n` where it opens with a figure (`2.6小时以上…`): the match, its number and its words. */
function figureItem(line: string | undefined, n: number): RegExpExecArray | null {
  const m = /^([ \t\u3000]*)(\d{1,2})([.．])(?=\d)(.*)$/u.exec(line ?? '');
  return m && Number(m[2]) === n && /\p{Script=Han}/u.test(m[4]!) ? m : null;
}

// A number a Markdown writer escaped so that it would not start a list (pandoc, remark: `1\. 蔬菜…；\`), the lines
// joined by hard breaks: the page's `<br>`-parted lines of one paragraph.
const ESCAPED_ITEM = /^([ \t]*)(\d{1,2})\\([.)])[ \t]+(\S.*?)(\\?)[ \t]*$/u;

/**
 * Two or more lines in a row whose escaped numbers count up from 1 (`1\. …\` / `2\. …\` / `3\. …`): the
 * enumeration a page set as one paragraph with line breaks, which an editor sets as the list it is. The escapes
 * and the hard breaks go (reported), so that Markdown reads the lines as an ordered list.
 */
function escapedItems(lines: string[], map: number[], changes: Change[]): void {
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && Number(ESCAPED_ITEM.exec(lines[j]!)?.[2]) === j - i + 1) j++;
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) {
      const m = ESCAPED_ITEM.exec(lines[k]!)!;
      changes.push({ rule: RULE, kind: 'changed', line: map[k] ?? k + 1, text: `${m[2]}\\${m[3]}${m[5] ? ' …\\' : ''}`, to: `list item number ${m[2]}. (a number escaped as no list's, ${m[5] ? 'and the hard break after the item, ' : ''}on a line of a paragraph the page broke into lines)` });
      lines[k] = `${m[1]}${m[2]}. ${m[4]}`;
    }
    i = j - 1;
  }
}

function circled(line: string): RegExpExecArray | null {
  const m = CIRCLED.exec(line);
  if (m) m[2] = String(m[2]!.codePointAt(0)! - 0x245f);
  return m;
}

/** Whether the circled number `mark` stands inside a line above line `at` (a note call), not opening it. */
function calledAbove(lines: string[], at: number, mark: string): boolean {
  for (let k = 0; k < at; k++) {
    const p = lines[k]!.indexOf(mark);
    if (p > 0 && lines[k]!.slice(0, p).trim() !== '') return true;
    // (Or alone on its line between a sentence's halves, a note call's link an extractor set apart: `…4100余处` /
    // `①` / `，居民满意度…`.)
    if (p >= 0 && lines[k]!.trim() === mark && k > 0 && /[^\s。！？]$/u.test(lines[k - 1]!.trim()) && /^[，、。；）)]/u.test((lines[k + 1] ?? '').trim())) return true;
  }
  return false;
}

export function numberedLists(text: string, sourceMap: number[]): Reading | undefined {
  const split = text.split('\n');
  const changes: Change[] = [];
  const joined = new Set<number>();
  // A reference's number cut onto a line of its own (a `<span>[1]</span>` as a text node), its entry below.
  for (let i = 0; i + 1 < split.length; i++) {
    const m = /^[ \t\u3000]*(\[\d{1,2}\])[ \t\u3000]*$/u.exec(split[i]!);
    const entry = split[i + 1]!.trim();
    if (!m || entry === '' || /^\[\d{1,2}\]/u.test(entry) || !/\p{Script=Han}|[A-Za-z]{3}/u.test(entry)) continue;
    changes.push({ rule: RULE, kind: 'joined', line: sourceMap[i + 1] ?? i + 2, text: `${m[1]}⏎${entry.slice(0, 8)}`, to: "one reference: its number and its entry, cut onto two lines" });
    split[i] = `${m[1]} ${entry}`;
    joined.add(i + 1);
    i++;
  }
  // The numbers of a file typed with no space after them (`1.适龄…`, `2.法定…`): one typed with a space (`4. 适龄…`)
  // after the one before it is OCR's or a typo's space, which would make it alone a Markdown list.
  // (Only after the item before it, typed without: `1. …` / `2. …` typed alike are a list as typed.)
  const typedBare = split.filter((l) => { const m = ITEM.exec(l); return m !== null && m[3] !== '、'; }).length;
  if (typedBare >= 2) {
    let before: RegExpExecArray | null = null;
    split.forEach((l, k) => {
      const m = /^([ \t\u3000]*)(\d{1,2})([.．])[ \t]+(?=[\p{Script=Han}《“（])/u.exec(l);
      const bare = ITEM.exec(l);
      const last = before;
      if (m || bare) before = bare ?? m;
      if (!m || last === null || ITEM.exec(last.input) === null || Number(last[2]) !== Number(m[2]) - 1) return;
      changes.push({ rule: RULE, kind: 'changed', line: sourceMap[k] ?? k + 1, text: JSON.stringify(m[0].slice(m[1]!.length + m[2]!.length + 1)), to: '"" (the space after one number of a list typed without them, which alone would make it a Markdown list)' });
      split[k] = `${m[1]}${m[2]}${m[3]}${l.slice(m[0].length)}`;
    });
  }
  escapedItems(split, sourceMap, changes);
  const kept = split.map((_, k) => k).filter((k) => !joined.has(k));
  const lines = kept.map((k) => split[k]!);
  const lineMap = kept.map((k) => sourceMap[k] ?? k + 1);
  const drop = new Set<number>();
  const items = lines.map((l) => ITEM.exec(l) ?? REFERENCE.exec(l) ?? PARENTHESISED.exec(l) ?? circled(l) ?? wideItem(l));
  const ends: number[] = [];
  // A file that sets a blank line after every block (calibre's text, newspaper3k's) says nothing by a blank line.
  // (A front matter's fields, an archiving bot's, stand one a line above the text, and a Markdown table's rows one
  // under another in it (a layout's row, as the column's measure reads it too): they say nothing of how it sets its blocks.)
  const fence = lines[0]?.trim() === '---' ? lines.findIndex((l, k) => k > 0 && l.trim() === '---') : -1;
  const spaced = spacedFile(lines.map((l, k) => (k <= fence || layoutRow(l) ? '' : l)));
  // The column's full width, where a text is hard-wrapped (OCR's of a screen): most of its longer lines are as wide.
  // (Not a row of the screen's layout, its parts a wide gap apart: a status bar, a tool bar.)
  const widths = lines.filter((l) => !/\S[ \t\u3000]{4,}\S/u.test(l.trim())).map((l) => l.trim().length).filter((w) => w >= 12).sort((a, b) => a - b);
  const fullWidth = widths.length === 0 ? Infinity : widths[Math.floor(widths.length * 0.9)] ?? widths[widths.length - 1]!;
  for (let i = 0; i < lines.length; i++) {
    const m = items[i];
    if (!m || m[2] !== '1') continue;
    const run = [i];
    const gaps: number[] = [];
    let j = i + 1;
    // Line after line, or a blank line apart (whether items set so are a list is asked below: numbered lines with
    // blank lines between them are most often paragraphs, an exercise's questions).
    // (An item that opens with a figure, `2.6小时以上没有排尿`, is the list's where its number is the next one and the
    // item after it follows: `2.6` is no decimal between 1 and 3.)
    const at = (k: number, n: number) => Number(items[k]?.[2]) === n || (n > 1 && figureItem(lines[k], n) !== null && (Number(items[k + 1]?.[2]) === n + 1 || (lines[k + 1]?.trim() === '' && Number(items[k + 2]?.[2]) === n + 1)));
    // (In hard-wrapped text, OCR's of a screen, an item may run on over a line or two of its own before the blank
    // line after it: `2.出汗后…换上干爽的纯棉` / `衣服;`. Those lines are the item's, its end theirs.)
    const wraps = new Map<number, number[]>();
    // (Only after an item's line that stops mid-sentence at the column's full width, and for a line or two that
    // finish it: an item that closes its sentence, or stops short, is the item whole, and the text after it its own.)
    const runsOn = (k: number) => {
      if (/[。！？；;!?：:]$/u.test(lines[k - 1]!.trim()) || lines[k - 1]!.trim().length < fullWidth * 0.85) return k;
      let e = k;
      while (e < lines.length && e < k + 2 && lines[e]!.trim() !== '' && !items[e] && !/^#{1,6}[ \t]/u.test(lines[e]!)) e++;
      const tail = lines.slice(k, e).map((l) => l.trim()).join('');
      return e > k && tail.length <= 24 && (e >= lines.length || lines[e]!.trim() === '' || at(e, run.length + 1)) ? e : k;
    };
    for (;;) {
      if (j < lines.length && at(j, run.length + 1)) {
        if (Number(items[j]?.[2]) !== run.length + 1) items[j] = figureItem(lines[j], run.length + 1);
        run.push(j++);
        const e = spaced ? j : runsOn(j);
        if (e > j) wraps.set(run[run.length - 1]!, Array.from({ length: e - j }, (_, n) => j + n));
        j = e;
      } else if (j + 1 < lines.length && lines[j]!.trim() === '' && at(j + 1, run.length + 1)) gaps.push(j++);
      else break;
    }
    const whole = (k: number) => `${items[k]![4]!.trim()}${(wraps.get(k) ?? []).map((w) => lines[w]!.trim()).join('')}`;
    // A lead-in that ends in a colon (`法官提醒：`) announces the run: its items may be whole sentences.
    // So does a short head of its own over three items or more (`消费提示` / `1.…` / `2.…` / `3.…`).
    let above = i - 1;
    while (gaps.length > 0 && above > 0 && above > i - 7 && lines[above]!.trim() === '') above--;
    const lead = above >= 0 ? lines[above]! : '';
    // (A short head of its own, `消费提示`, `正确的做法`.)
    // (Or a numbered section's head, `二、申请人的资格要求`, over its requirements.)
    const headLead = /^[\s\u3000]*[\p{Script=Han}]{2,8}[\s\u3000]*$/u.test(lead) || /^[\s\u3000]*[一二三四五六七八九十]{1,3}、[\p{Script=Han}]{2,12}[\s\u3000]*$/u.test(lead);
    const announced = above >= 0 && (/[：:][\s\u3000]*$/u.test(lead) || REFERENCES_HEAD.test(lead.trim()) || (headLead && run.length >= 3));
    // Spaced items are a list only where something announces them, each a line of one or two clauses.
    // (A run-in head, `提出申请。…`, is no clause of the item's own.)
    const clauses = (item: string) => (item.replace(RUN_IN, '').match(/[。！？]/gu) ?? []).length;
    // Three or more numbered steps that each open with a run-in head (`1.提前覆盖保温。…`) are a list as well.
    // (A blank line apart, as a page sets steps: lines one under another are a transcript's or a list's.)
    // (So are they right under a heading of their own, `## 一、…的三个问题`: the heading announces them.)
    let head = i - 1;
    while (head > 0 && head > i - 3 && lines[head]!.trim() === '') head--;
    const headed = head >= 0 && /^#{1,6}[ \t]+\S/u.test(lines[head] ?? '');
    const steps = (gaps.length > 0 || headed) && run.length >= 3 && run.every((k) => RUN_IN.test(items[k]![4]!) && items[k]![4]!.length <= 160);
    // Items that close with semicolons, the last with a full stop, are one sentence's enumeration (`1、…；` / `2、…。`).
    const enumerated = run.slice(0, -1).every((k) => /[；;]$/u.test(whole(k))) && /[。.]$/u.test(whole(run[run.length - 1]!));
    // (So are they a blank line apart: the enumeration announces itself.)
    // (In a hard-wrapped text, OCR's of a page, items a line each and a blank line apart are set apart from the
    // paragraphs' wrapped lines: they need both a lead-in that announces them, the last line of its paragraph,
    // and one sentence's enumeration. Where every paragraph is a line, numbered ones under a sentence are
    // paragraphs as typed.)
    const wrappedLead = above > 0 && lines[above - 1]!.trim() !== '' && !/^#{1,6}[ \t]/u.test(lines[above - 1]!);
    // (Or a short head of its own over them, `正确的做法`, a Sogou record's paragraph marks setting each apart.)
    const evidence = spaced ? announced || (enumerated && run.length >= 3) : announced && (wrappedLead || headLead) && enumerated && run.length >= 3;
    if (gaps.length > 0 && !(spaced && steps) && !(evidence && run.every((k) => whole(k).length <= 60 && clauses(whole(k)) <= 1))) {
      i = run[run.length - 1]!;
      continue;
    }
    const bracketed = items[i]![3] === '';
    const ringed = CIRCLED.test(lines[i]!);
    // `①《…》第二百七十八条。` under a text that calls `①` inside its sentences: the notes those calls point to,
    // each a paragraph of its own, not a list.
    if (ringed && run.every((k) => calledAbove(lines, i, lines[k]!.trim()[0]!))) {
      i = run[run.length - 1]!;
      continue;
    }
    if (run.length >= 2 && (announced || enumerated || ringed || steps || (!bracketed && run.every((k) => SHORT(items[k]![4]!))))) {
      for (const k of run) {
        const mk = items[k]!;
        const marker = bracketed || ringed || WIDE_ITEM.test(lines[k]!) ? lines[k]!.slice(0, lines[k]!.length - mk[4]!.length) : `${mk[1]}${mk[2]}${mk[3]}`;
        lines[k] = `${mk[2]}. ${mk[4]}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: marker, to: `list item number ${mk[2]}.` });
        // The item's own lines under it, a wrap of the screen's: one line again.
        for (const w of wraps.get(k) ?? []) {
          changes.push({ rule: RULE, kind: 'joined', line: lineMap[w] ?? w + 1, text: `${lines[k].slice(-8)}⏎${lines[w]!.trim().slice(0, 8)}`, to: 'one list item, which the screen wrapped' });
          lines[k] = joinWrapped(lines[k], lines[w]!.trim());
          drop.add(w);
        }
      }
      ends.push(run[run.length - 1]!);
      for (const g of gaps) drop.add(g);
    }
    i = run[run.length - 1]!;
  }
  if (changes.length === 0) return undefined;
  return closeLists(lines, lineMap, ends, changes, drop);
}
