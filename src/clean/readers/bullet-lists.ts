/**
 * bullet-lists: a scrape keeps a web page's or a release's list as lines that
 * open with a bullet character (`● 光伏装机…；`), which Markdown does not know.
 * Two or more such lines in a row, with the same bullet, are a list: each
 * bullet becomes the `- ` marker (reported). A bullet alone, or a run of
 * different marks, is left as it is. An item a layout wrapped onto a line set in under its text is joined;
 * an enumeration that lost its bullets (`…包括：` / `…；` / `…；` / `…。`, or labelled items `地点：…；`) is a list too,
 * and so is one run onto one line, bare phrases under a lead-in, a procedure's steps one line each, and a list
 * page's notices each ending in its date.
 */
import type { Change } from '../report.ts';
import { closeLists, spacedFile, type Reading } from './reading.ts';
import { displayWidth, joinWrapped } from '../chars.ts';

export const RULE = 'bullet-lists';

// (`---` before an item's text is textversionjs's bullet: three hyphens alone would be a rule, and are not one.)
const BULLET = /^([ \t\u3000]*)([●•◆◇■□▪▫○◦►▶➤✦✧❖]|-{3}(?!-))[ \t\u3000\u00a0]*(?=[^\s-])(?=[^]*\p{Script=Han})/u;

export function bulletLists(text: string, sourceMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const lineMap = [...sourceMap];
  const changes: Change[] = [];
  const ends = gluedItems(lines, lineMap, changes);
  const marks = lines.map((l) => BULLET.exec(l));
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = marks[i];
    if (!m) continue;
    // The run: lines with the same bullet, blank lines allowed between them; a line set in under an item's
    // text, right below it, is that item wrapped by a layout (`● 交通：…，` / `     旺季建议…`).
    const run = [i];
    const wraps = new Map<number, number[]>();
    let j = i + 1;
    const gaps: number[] = [];
    while (j < lines.length) {
      if (lines[j]!.trim() === '') { gaps.push(j++); continue; }
      const last = run[run.length - 1]!;
      // (An ideographic indent opens a paragraph of its own, the item's text or not; and only a line cut at a
      // clause mark runs on: `● 西山公园` over `　　西山公园今年…` is a head over its paragraph.)
      // (A printed page's text, pdftotext's, sets the wrapped line at the margin: it runs on where the line above
      // broke off inside a clause, `● 额定能量不超过100Wh的，可随身携带，` / `每人不超过2个；`.)
      const hangs = !marks[j] && (wraps.get(last)?.at(-1) ?? last) === j - 1 && !/^[ \t]*\u3000/u.test(lines[j]!) && (indentWidth(lines[j]!) >= displayWidth(marks[last]![0]) ? /[，、,；;：:]$/u.test(lines[j - 1]!.trim()) : indentWidth(lines[j]!) === 0 && /\p{Script=Han}[，、,]$/u.test(lines[j - 1]!.trim()) && /^\p{Script=Han}/u.test(lines[j]!));
      if (hangs) {
        wraps.set(last, [...(wraps.get(last) ?? []), j++]);
        continue;
      }
      if (marks[j]?.[2] !== m[2]) break;
      run.push(j++);
    }
    if (run.length >= 2) {
      for (const k of run) {
        const mk = marks[k]!;
        lines[k] = `- ${lines[k]!.slice(mk[0].length)}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: mk[2]!, to: 'list item marker' });
        for (const w of wraps.get(k) ?? []) {
          const more = lines[w]!.trim();
          changes.push({ rule: RULE, kind: 'joined', line: lineMap[w] ?? w + 1, text: `${lines[k]!.trimEnd().slice(-8)}⏎${more.slice(0, 8)}`, to: "one item, wrapped by the layout" });
          lines[k] = joinWrapped(lines[k]!.trimEnd(), more);
          drop.add(w);
        }
      }
      ends.push(run[run.length - 1]!);
      // The blank lines between its items: one list, not a loose one of paragraphs.
      for (const g of gaps) if (g < run[run.length - 1]!) drop.add(g);
    }
    i = run[run.length - 1]!;
  }
  enumerations(lines, lineMap, changes, ends);
  tightItems(lines, lineMap, changes, ends);
  labelledItems(lines, lineMap, changes, ends);
  countedItems(lines, lineMap, changes, ends);
  phraseItems(lines, lineMap, changes, ends, drop);
  datedItems(lines, lineMap, changes, ends);
  stepItems(lines, lineMap, changes, ends, drop);
  // A scrape's Markdown list (`- 不要…`) with a line of text right under its last item: in a scrape every line
  // is a block, so that line closes the list instead of running on as the item's lazy continuation.
  // (So with a numbered list, and in a text that sets every line one space in, as CX-Extractor writes its text:
  // ` 4. 宠物须牵绳…` / ` 草坪开放时间…`, the line under the last item at the items' own margin.)
  for (let i = 0; i + 1 < lines.length; i++) {
    const item = /^( {0,3})(?:[-*+]|\d{1,2}[.)]) \S/u.exec(lines[i]!);
    if (!item || ends.includes(i)) continue;
    // (Past the lines an item took in, its wrapped lines: what stands under the item is what follows them.)
    let b = i + 1;
    while (drop.has(b)) b++;
    if (b >= lines.length) continue;
    const below = lines[b]!;
    if (!below.startsWith(item[1]!) || !/^[^\s\-*+>|#]/u.test(below.slice(item[1]!.length)) || /^(?:[-*+]|\d{1,2}[.)]) /u.test(below.slice(item[1]!.length))) continue;
    // (A numbered item at the left margin with a line under it runs on as Markdown reads it: only a scrape's
    // indent, or a bullet, says the line is the text's own.)
    if (item[1] === '' && !/^[-*+]/u.test(lines[i]!)) continue;
    ends.push(i);
  }
  if (ends.length === 0) return undefined;
  return closeLists(lines, lineMap, ends.sort((a, b) => a - b), changes, drop);
}

function indentWidth(line: string): number {
  return displayWidth(/^[ \t\u3000]*/u.exec(line)![0]);
}


/**
 * An enumeration a page's text ran onto one line (a `<ul>` read by `textContent`): right under a lead-in that
 * ends in a colon (`…关于红白喜事的条款写得很具体：`), a line of three clauses or more, each closed by a semicolon
 * and the last by a full stop, no sentence ending inside (`婚事新办，…；丧事简办，…；村民之间随礼不超过200元；…。`).
 * Each clause becomes an item (reported). The form is the evidence: no edition of the golden sets keeps such a
 * line as a paragraph.
 */
function gluedItems(lines: string[], lineMap: number[], changes: Change[]): number[] {
  const ends: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    // (Lengths first: the lead-in's pattern scans a line from every Han character in it.)
    if (t.length > 300 || lines[i - 1]!.length > 300 || !/[：:]\s*$/u.test(lines[i - 1]!) || !/\p{Script=Han}[^。！？]*[：:]$/u.test(lines[i - 1]!.trim()) || !/。$/u.test(t) || /[。！？](?!$)|[：:]/u.test(t) || /^[-*+#>|（(\u2460-\u2473]|^[\d０-９]{1,2}[.)、．]|^[一二三四五六七八九十]{1,3}、/u.test(t)) continue;
    const clauses = t.split(/(?<=[；;])/u);
    if (clauses.length < 3 || clauses.some((c) => c.length < 4 || c.length > 60)) continue;
    changes.push({ rule: RULE, kind: 'split', line: lineMap[i] ?? i + 1, text: t.slice(0, 16), to: `a list of ${clauses.length} items, one for each clause of an enumeration run onto one line` });
    lines.splice(i, 1, ...clauses.map((c) => `- ${c}`));
    lineMap.splice(i, 1, ...clauses.map(() => lineMap[i] ?? i + 1));
    i += clauses.length - 1;
    ends.push(i);
  }
  return ends;
}

/**
 * A list whose bullets the scrape lost (lxml's `text_content()` of a `<ul>`): three or more lines in a row,
 * announced by a lead-in that ends in a colon (or by a head right over them), each an item that closes with a semicolon and the last with a
 * full stop — one sentence's enumeration, set as a list. Each line becomes an item (reported).
 */
function enumerations(lines: string[], lineMap: number[], changes: Change[], ends: number[]): void {
  // (Numbered lines are numbered-lists'; lines with a label of their own, `18日08时—20时：…`, are fields.)
  // (A line the converter opened with the tab that stood for its lost number, AbiWord's, is an item even with a
  // label of its own: `\t阅读与作业辅导：每天…；`.)
  const tabbed = (l: string) => /^\t(?![\t ])/u.test(l);
  // (A number full-width, `１．`, is a number too.)
  const item = (l: string | undefined) => l !== undefined && l.trim() !== '' && l.trim().length <= (tabbed(l) ? 80 : 60) && !/^[-*+]\s|^[\d０-９]{1,2}[.)、．]|^[#>|\u2460-\u2473]|^[（(][一二三四五六七八九十\d]{1,3}[）)]|^[一二三四五六七八九十]{1,3}、/u.test(l.trim()) && !(tabbed(l) ? /[。！？][^]/u : /[。！？][^]|[：:]/u).test(l.trim());
  // (Where every line of the text stands a blank line apart, pdfminer's text of a printed page, so do the items.)
  const spaced = spacedFile(lines);
  const next = (k: number) => (spaced && (lines[k + 1] ?? '').trim() === '' ? k + 2 : k + 1);
  for (let i = 0; i < lines.length; i++) {
    if (!item(lines[i]) || !/[；;]$/u.test(lines[i]!.trim())) continue;
    let above = i - 1;
    while (above > 0 && above > i - 3 && lines[above]!.trim() === '') above--;
    // (Or a section's head right over them, `怀疑孩子吞了怎么办`: a short line with no mark of a sentence.)
    // (A head of two clauses that announces them, `找人疏通下水道，记住这几点`, set apart by a blank line or none.)
    const head = above >= 0 && above >= i - 2 && /^\p{Script=Han}[^。！？，,；;：:、]{1,20}(?:[，,][^。！？，,；;：:、]{2,12})?$/u.test(lines[above]!.trim()) && (above === i - 1 || /[，,]/u.test(lines[above]!));
    if (above < 0 || !(head || /\p{Script=Han}[^。！？]*[：:]$/u.test(lines[above]!.trim()))) continue;
    let j = i;
    let count = 1;
    while (item(lines[next(j)]) && /[；;]$/u.test(lines[j]!.trim())) {
      j = next(j);
      count++;
    }
    if (count < 3 || !/[。.]$/u.test(lines[j]!.trim()) || lines.slice(i, j).some((l) => l.trim() !== '' && !/[；;]$/u.test(l.trim()))) {
      i = j;
      continue;
    }
    markItems(lines, lineMap, changes, ends, i, j, 'an item of an enumeration, its bullet lost');
    i = j;
  }
}

/**
 * A list copied out of a page that spaces its paragraphs (a browser's select-all of an `<ol>`, its numbers not
 * copied): under a lead-in that ends in a colon, two or more lines in a row with no blank line between them, each
 * one sentence, where the paragraphs above stand a blank line apart. The page set them tight: they are its items.
 */
function tightItems(lines: string[], lineMap: number[], changes: Change[], ends: number[]): void {
  const sentence = (l: string | undefined) => l !== undefined && l.trim().length >= 8 && l.trim().length <= 90 && /\p{Script=Han}/u.test(l) && /^[^。！？：:]+[。！？]$/u.test(l.trim()) && !/^[-*+]\s|^\d{1,2}[.)、．]|^[#>|]/u.test(l.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!/\p{Script=Han}[^。！？]{0,80}[：:]$/u.test(lines[i]!.trim())) continue;
    // The paragraphs above it: the three text lines nearest, each with a blank line after it (the lead-in too).
    const above: number[] = [];
    for (let k = i - 1; k >= 0 && above.length < 3; k--) if (lines[k]!.trim() !== '') above.push(k);
    if (above.length < 2 || ![...above, i].every((k) => (lines[k + 1] ?? '').trim() === '') || !above.some((k) => lines[k]!.trim().length >= 30)) continue;
    const first = i + 2;
    let j = first;
    while (sentence(lines[j])) j++;
    if (j - first < 2) continue;
    markItems(lines, lineMap, changes, ends, first, j - 1, 'an item of a list its page set tight under a lead-in, between paragraphs set apart');
    i = j - 1;
  }
}

/**
 * A list of labelled items whose bullets a phone's copy lost (`开市时间：每天9:00至22:00；` / `地点：…；` / `交通：…；` /
 * `提示：…。`): three lines or more in a row, a blank line above them, each a short label and its colon, each
 * closing with a semicolon but the last, which closes with a full stop or a semicolon — one enumeration. Fields
 * without the semicolons (`时间：…` / `地点：…`) stay the lines they are. (A clock's colon, `9:00`, is no label's.)
 */
function labelledItems(lines: string[], lineMap: number[], changes: Change[], ends: number[]): void {
  const item = (l: string | undefined) => l !== undefined && /^\p{Script=Han}{1,6}[：:](?:[^：:]|(?<=\d):(?=\d)){2,80}[；;。]$/u.test(l.trim()) && !/[。！？](?!$)/u.test(l.trim());
  for (let i = 0; i < lines.length; i++) {
    // (Right under the lead-in that announces them, `…办法如下：`, no blank line is needed.)
    if (!item(lines[i]) || (i > 0 && lines[i - 1]!.trim() !== '' && !/\p{Script=Han}[^。！？]*[：:]$/u.test(lines[i - 1]!.trim())) || !/[；;]$/u.test(lines[i]!.trim())) continue;
    let j = i;
    while (item(lines[j + 1]) && /[；;]$/u.test(lines[j]!.trim())) j++;
    if (j - i + 1 < 3) {
      i = j;
      continue;
    }
    markItems(lines, lineMap, changes, ends, i, j, 'a labelled item of an enumeration, its bullet lost');
    i = j;
  }
}

/**
 * Short items under a lead-in that ends in a colon (`…其中：` / `社区工作者和村干部71人` / `企业职工和个体经营者83人` /
 * …), as a printed page's text keeps a list without its bullets: three lines or more in a row, each a phrase of
 * twenty characters at most with no mark of a sentence or a clause, each ending in a figure and its measure, a
 * blank line (or the end) after the last.
 */
function countedItems(lines: string[], lineMap: number[], changes: Change[], ends: number[]): void {
  const item = (l: string | undefined) => l !== undefined && /^\p{Script=Han}[^，,。！？；;：:]{2,18}\d+\p{Script=Han}{1,2}$/u.test(l.trim());
  for (let i = 1; i < lines.length; i++) {
    if (!item(lines[i]) || !/[：:]$/u.test(lines[i - 1]!.trim()) || /^[-*+]\s/u.test(lines[i - 1]!.trim())) continue;
    let j = i;
    while (item(lines[j + 1])) j++;
    if (j - i + 1 < 3 || (lines[j + 1] !== undefined && lines[j + 1]!.trim() !== '')) {
      i = j;
      continue;
    }
    markItems(lines, lineMap, changes, ends, i, j, 'an item counted under a lead-in, its bullet lost');
    i = j;
  }
}

/**
 * Bare phrases under a lead-in that ends in a colon (`…符合下列条件之一的，可以申领居住证：` / `合法稳定就业` /
 * `合法稳定住所` / `连续就读`), as an image's text read by OCR, or a page's text, keeps the short lines an
 * infographic or a list sets one under another: three lines or more, each a phrase of at most twenty characters
 * with no mark of a sentence or a clause at all, a blank line (or the end) after the last. Blank lines may stand
 * between them, as a reader of an image sets every line it finds apart; the list takes them in.
 */
function phraseItems(lines: string[], lineMap: number[], changes: Change[], ends: number[], drop: Set<number>): void {
  // (A question, `怎样办理`, heads the next part; an item of the list it is not.)
  const item = (l: string | undefined) => l !== undefined && /^\p{Script=Han}[\p{Script=Han}\dA-Za-z]{1,19}$/u.test(l.trim()) && !/[怎哪谁吗呢]|如何|什么|为何/u.test(l);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 300 || !/[：:]\s*$/u.test(lines[i]!) || !/\p{Script=Han}[^。！？]{4,}[：:]$/u.test(lines[i]!.trim()) || /^[-*+]\s|^\d{1,2}[.)、．]/u.test(lines[i]!.trim())) continue;
    const at = nextLine(lines, i);
    if (at === undefined || !item(lines[at])) continue;
    const run = [at];
    for (let k = nextLine(lines, at); k !== undefined && item(lines[k]); k = nextLine(lines, k)) run.push(k);
    const last = run[run.length - 1]!;
    // (What follows them is no figure: a table's cells one to a line run on in a row's figures, `桂园小区` / `12`.)
    const after = nextLine(lines, last);
    const noFigure = after === undefined || !/^[\d０-９]/u.test(lines[after]!.trim());
    if (run.length < 3 || (lines[last + 1] !== undefined && lines[last + 1]!.trim() !== '') || !noFigure) {
      i = last;
      continue;
    }
    for (let k = at; k < last; k++) if (lines[k]!.trim() === '') drop.add(k);
    markItems(lines, lineMap, changes, ends, at, last, 'a phrase under a lead-in, one of a run set one under another');
    i = last;
  }
}

// A notice's title and the date it was posted, run together by a converter (`…的批前公示2027-12-03`) or spaced.
const DATED_ITEM = /^(\S.{5,79}?[^\d\s\u3000-])[ \t\u3000]*(\d{4}-\d{2}-\d{2})$/u;

/**
 * A list page of a site's notices (通知公告), each a title with the date it was posted, one a line: five lines or
 * more in a row, each ending in its date, no sentence among them. A list: each item its title, a U+3000, the date.
 * (Lines that end in a date are whole: run together, they were one paragraph of fifteen titles.)
 */
function datedItems(lines: string[], lineMap: number[], changes: Change[], ends: number[]): void {
  const item = (l: string | undefined) => l !== undefined && l.length <= 120 && !/^[-*+#>|]\s|[。！？]$/u.test(l.trim()) ? DATED_ITEM.exec(l.trim()) : null;
  for (let i = 0; i < lines.length; i++) {
    if (!item(lines[i])) continue;
    let j = i;
    while (item(lines[j + 1])) j++;
    if (j - i + 1 >= 5) {
      for (let k = i; k <= j; k++) {
        const m = item(lines[k])!;
        lines[k] = `- ${m[1]}\u3000${m[2]}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: lines[k]!.slice(2, 14), to: 'list item marker (a notice of a list page, its title and its date a U+3000 apart)' });
      }
      ends.push(j);
    }
    i = j;
  }
}

const STEP = /^第([一二三四五六七八九十])步[：:\s\u3000]/u;

/**
 * Steps one line each (`第一步：到居住地派出所…` / `第二步：…` / `第三步：…`), numbered in order, nothing but blank
 * lines between them: a procedure's list. (Steps with text of their own under each are the sections they head.)
 */
function stepItems(lines: string[], lineMap: number[], changes: Change[], ends: number[], drop: Set<number>): void {
  const step = (k: number | undefined) => (k === undefined ? 0 : '一二三四五六七八九十'.indexOf(STEP.exec(lines[k]!.trim())?.[1] ?? '_') + 1);
  for (let i = 0; i < lines.length; i++) {
    if (step(i) !== 1 || lines[i]!.trim().length > 60) continue;
    const run = [i];
    for (let k = nextLine(lines, i); k !== undefined && step(k) === run.length + 1 && lines[k]!.trim().length <= 60; k = nextLine(lines, k)) run.push(k);
    const last = run[run.length - 1]!;
    // (The last step's own text under it, `第三步：…` / `…`, would make them heads: a blank line or the end after it.)
    if (run.length < 3 || (lines[last + 1] !== undefined && lines[last + 1]!.trim() !== '')) {
      i = last;
      continue;
    }
    for (let k = i; k < last; k++) if (lines[k]!.trim() === '') drop.add(k);
    markItems(lines, lineMap, changes, ends, i, last, 'a step of a procedure, one line each');
    i = last;
  }
}

/** The next line with text after line `k`, past one blank line at most. */
function nextLine(lines: string[], k: number): number | undefined {
  if (lines[k + 1] !== undefined && lines[k + 1]!.trim() !== '') return k + 1;
  if (lines[k + 1] !== undefined && lines[k + 2] !== undefined && lines[k + 2]!.trim() !== '') return k + 2;
  return undefined;
}

/** Lines `from` to `to` made a list's items, each reported with why; the list ends after `to`. */
function markItems(lines: string[], lineMap: number[], changes: Change[], ends: number[], from: number, to: number, why: string): void {
  for (let k = from; k <= to; k++) {
    if (lines[k]!.trim() === '') continue;
    lines[k] = `- ${lines[k]!.trim()}`;
    changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: '', to: `list item marker (${why})` });
  }
  ends.push(to);
}
