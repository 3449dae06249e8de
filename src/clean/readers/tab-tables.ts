/**
 * tab-tables: a web page's table scraped as text keeps one row a line and its cells apart by tabs
 * (`水稻\t45.2\t30.1`), which Markdown reads as one run of words. Two or more lines in a row (no blank line
 * between them) with the same number of tab-separated cells, two cells at least, are a table: the first
 * line is its header. Cells keep their text; a `|` in a cell is escaped. A line with tabs alone, or rows of
 * different widths, is left as it is. Columns aligned with runs of spaces are read the same way where a header
 * of words stands over rows of figures.
 */
import type { Change } from '../report.ts';
import { writeTable, type Reading } from './reading.ts';
import { displayWidth } from '../chars.ts';

export const RULE = 'tab-tables';

const cellsOf = (line: string): string[] | undefined => {
  // (A line without a tab has none after trimming either: most lines are spared the trimming.)
  if (!line.includes('\t')) return undefined;
  const t = line.replace(/^[ \u3000]+|(?<![ \u3000\t])[ \u3000\t]+$/gu, '');
  if (!t.includes('\t')) return undefined;
  const cells = t.split(/\t+/u).map((c) => c.trim());
  // A form's fields, each label and its value a cell (`索引号：\t431125-08/…\t主题分类：\t安全生产`), are no table:
  // the metadata rule reads them as the fields they are.
  if (/[：:]$/u.test(cells[0]!)) return undefined;
  return cells.length >= 2 && cells.every((c) => c !== '') ? cells : undefined;
};

// Columns aligned with runs of spaces (a plain-text page, a `<pre>` score table, a PDF's grid): each cell short
// and without a sentence in it. A header word spaced out over its column (`单  位`) is one word.
const LETTER_SPACED = /(?<=^|\s)\p{Script=Han}(?: {1,2}\p{Script=Han})+(?=\s|$)/gu;
const spacedCellsOf = (line: string): string[] | undefined => {
  // Cells need a run of two spaces between them, and the tidying below only takes spaces out from between Han
  // characters (it makes no run): a line without one, most lines, has no cells. (Each line is asked four times.)
  if (!line.includes('  ')) return undefined;
  const t = line.trim().replace(LETTER_SPACED, (w) => w.replace(/ /gu, ''));
  if (!/\S {2,}\S/u.test(t)) return undefined;
  const cells = t.split(/ {2,}/u);
  // A comma of thousands (`3,862`) is a figure's, not a clause's. A short cell may hold two clauses
  // (`划分普查区，选聘和培训普查员`), where three columns at least stand: a sentence's double space makes two.
  return cells.length >= 2 && cells.every((c) => c.length <= 16 && !/[。！？；;]|,(?!\d{3}(?!\d))/u.test(c) && (cells.length >= 3 || !/，/u.test(c))) ? cells : undefined;
};
// A figure: a number, a score, a share, a date or a telephone number (`0766-5821101`).
const NUMBER = /^[+-]?\d[\d.,:%/-]*$/u;

/**
 * Space-aligned rows are a table only with the evidence of one: a header row of words over rows that hold
 * figures (`球队  第一节  第二节` / `乌篷县队  18  22`). A grid of words alone (an exercise's characters) is not.
 * Two columns are weaker evidence (prose with a double space has two "cells"): there, three rows at least,
 * each ending in a figure.
 */
function spacedRows(lines: string[]): (string[] | undefined)[] {
  const rows = closedHeaders(lines, lines.map(spacedCellsOf));
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  for (let i = 0; i < lines.length; i++) {
    const head = rows[i];
    if (!head) continue;
    const apart = rowsApart(lines, i, (k) => rows[k]?.length === head.length);
    let j = !apart && headerApart(lines, i, (k) => rows[k]?.length === head.length) ? i + 2 : i + 1;
    for (;;) {
      while (j < lines.length && rows[j]?.length === head.length) j++;
      const gapped = apart ? afterGap(lines, j, (k) => rows[k]?.length === head.length) : undefined;
      if (gapped !== undefined) {
        j = gapped;
        continue;
      }
      const on = acrossPageBreak(lines, j, (k) => rows[k]?.length === head.length);
      if (on === undefined) break;
      j = on;
    }
    // (The header printed again at the top of the next page is no row of the body.)
    const body = rows.slice(i + 1, j).filter((r): r is string[] => r?.length === head.length && r.join('|') !== head.join('|'));
    // Three columns and more: a figure in every row, or (three rows at least) a code or a date in every row and
    // no cell longer than a name (`G4721  雁岭东—青槐  4月30日至5月5日  每日开行`).
    const coded = body.length >= 3 && body.every((r) => r.some((c) => /\d/u.test(c)) && r.every((c) => c.length <= 16));
    const numeric = body.every((r) => r.some((c) => NUMBER.test(c)));
    const figures = head.length >= 3 ? numeric || coded : body.length >= 3 && body.every((r) => NUMBER.test(r[1]!) && !NUMBER.test(r[0]!));
    // (Codes and dates alone under a header with digits of its own are no table's; figures under years are: `2021年`.)
    // A table of words a text browser set in as a block (`等级   民宿名称` / `甲级   枫埠山居、竹溪小院` …, every row at
    // one indent far from the margin, no figures): two columns, three rows under the header at least, a short
    // first cell in each; every line of the block a row, with nothing else at that indent.
    // (A wide second cell may leave one space only after the first: `丙级 听泉居、稻香小筑、…`.)
    const indentOf = (k: number) => /^ */u.exec(lines[k] ?? '')![0].length;
    const pair = (k: number) => {
      const cells = (lines[k] ?? '').trim().split(/ +/u);
      return cells.length === 2 && cells[0]!.length <= 4 && /^\p{Script=Han}+$/u.test(cells[0]!) && !/[。！？；，;]/u.test(cells[1]!) ? cells : undefined;
    };
    let end = i;
    while (end < lines.length && pair(end) && indentOf(end) === indentOf(i)) end++;
    if (head.length === 2 && end - i >= 4 && indentOf(i) >= 8 && head.every((c) => !NUMBER.test(c))) {
      for (let k = i; k < end; k++) out[k] = pair(k);
      i = end - 1;
      continue;
    }
    // A table of words that `pdftotext -layout` spaced a blank line apart (`事项   办理部门   办理时限` / … / `户口登记
    // 县公安局   1个工作日`): three columns at least, three rows under the header, every line set in far, short
    // cells without a clause; a paragraph's lines stand close together and run long.
    const words = apart && head.length >= 3 && body.length >= 3 && rows.slice(i, j).every((r, d) => r === undefined || (indentOf(i + d) >= 8 && r.every((c) => c.length <= 12 && !/[，、]/u.test(c))));
    if (words) {
      for (let k = i; k < j; k++) if (rows[k]?.length === head.length) out[k] = rows[k];
      i = j - 1;
      continue;
    }
    if (body.length >= 1 && head.every((c) => !NUMBER.test(c)) && ((head.length >= 3 && numeric) || !coded || head.every((c) => !/\d/u.test(c))) && figures) {
      for (let k = i; k < j; k++) if (rows[k]?.length === head.length) out[k] = rows[k];
    }
    i = j - 1;
  }
  return out;
}

/**
 * A header whose gaps `pdftotext -layout` closed to one space where its words ran wider than their columns
 * (`项目名称          所在片区 套数 户型面积（平方米） 月租金（元/套）` over `云谷人才公寓   高新区   268   45—68   900—1350`):
 * its cells split at the single spaces, where that gives the number of cells of the row under it (one or two
 * blank lines between), and no piece is a figure.
 */
function closedHeaders(lines: string[], rows: (string[] | undefined)[]): (string[] | undefined)[] {
  return rows.map((head, i) => {
    // (Its run of words may be too long for a cell, `所在片区 套数 户型面积（平方米）…`: the line is read again.)
    if (!/\S {2,}\S/u.test(lines[i]!)) return head;
    const k = [i + 1, i + 2, i + 3].find((n) => (lines[n] ?? '').trim() !== '');
    const below = k === undefined ? undefined : rows[k];
    if (!below || below.length <= (head?.length ?? 1) || !below.some((c) => NUMBER.test(c))) return head;
    const pieces = lines[i]!.trim().split(/ +/u);
    return pieces.length === below.length && pieces.every((p) => p.length <= 16 && /\p{Script=Han}/u.test(p) && !NUMBER.test(p) && !/[。！？；，,;]/u.test(p)) ? pieces : head;
  });
}

/**
 * A table whose cells a converter set apart by one space (string-strip-html: `年份 修复古籍（册） 修复书叶（叶）` /
 * `2023年 216 8420`): one space is any sentence's, so the evidence must be whole. A block of its own between
 * blank lines, three lines or more, each of the same number of cells; the first a header of words; in every row
 * below it, every cell after the first a figure.
 */
function singleSpacedRows(lines: string[]): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '' || (i > 0 && lines[i - 1]!.trim() !== '')) continue;
    let j = i;
    while (j < lines.length && lines[j]!.trim() !== '') j++;
    const block = lines.slice(i, j).map((l) => l.trim().split(/ +/u));
    const [head, ...body] = block;
    const width = head?.length ?? 0;
    const table = body.length >= (width === 2 ? 3 : 2) && width >= 2 && width <= 8 && block.every((r) => r.length === width && r.every((c) => c.length <= 16 && !/[。！？；，,;]/u.test(c))) &&
      head!.every((c) => !NUMBER.test(c) && /\p{Script=Han}/u.test(c)) && body.every((r) => r.slice(1).every((c) => NUMBER.test(c)));
    if (table) block.forEach((r, k) => (out[i + k] = r));
    i = j - 1;
  }
  return out;
}

/**
 * A table a text browser laid out with spaces, its cells at fixed columns (elinks: `    考试日期         时间     课程代码` /
 * `4月15日（星期六） 9:00—11:30  11531    中国文学史（一）`): the body's cells start at the same columns row after row,
 * however few spaces part them, and the header's words stand over those columns, centred. Three rows at least,
 * a column of figures among them. A cell merged over several rows is printed once, on its middle row: the rows
 * with that column empty belong to the nearest row that fills it, and the cell moves to the first row of its group
 * (Markdown merges no cells: it stands in the first, as a merged cell's text does; `moves` reports each).
 */
function alignedRows(lines: string[], moves: { from: number; to: number; text: string }[]): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  // (A row of a table is short: longer lines are no row, and are not measured.)
  const tokens = (l: string) => {
    const out: { at: number; text: string }[] = [];
    if (l.length > 200) return out;
    let at = 0;
    let from = 0;
    for (const m of l.matchAll(/\S+/gu)) {
      at += displayWidth(l.slice(from, m.index));
      out.push({ at, text: m[0] });
      at += displayWidth(m[0]);
      from = m.index + m[0].length;
    }
    return out;
  };
  const sentence = /[。！？；，,;：:]/u;
  // (Each line's tokens once: a header is tried at every line, and its rows scanned under it.)
  const known = new Map<number, { at: number; text: string }[]>();
  const tokensAt = (k: number) => {
    let t = known.get(k);
    if (!t) known.set(k, (t = tokens(lines[k]!)));
    return t;
  };
  for (let i = 0; i + 3 < lines.length; i++) {
    const head = tokensAt(i);
    if (head.length < 3 || head.length > 8 || head.some((t) => t.text.length > 12 || !/\p{Script=Han}/u.test(t.text) || /\d/u.test(t.text) || sentence.test(t.text))) continue;
    let e = i + 1;
    while (e < lines.length && e - i <= 40 && lines[e]!.length <= 200 && lines[e]!.trim() !== '' && tokensAt(e).length >= 2 && !sentence.test(lines[e]!.replace(/(?<=\d)[:：](?=\d)/gu, '')) && tokensAt(e).every((t) => t.text.length <= 24)) e++;
    const body = Array.from({ length: e - i - 1 }, (_, d) => tokensAt(i + 1 + d));
    if (body.length < 3) continue;
    // The columns: the starts that two rows share at least (a merged column's cell stands on few rows).
    const count = new Map<number, number>();
    for (const row of body) for (const t of row) count.set(t.at, (count.get(t.at) ?? 0) + 1);
    const starts = [...count].filter(([, n]) => n >= 2).map(([at]) => at).sort((a, b) => a - b);
    if (starts.length !== head.length || starts.some((at, c) => c > 0 && at - starts[c - 1]! < 3)) continue;
    const rows = body.map((row) => {
      const cells = starts.map(() => '');
      for (const t of row) {
        const c = starts.indexOf(t.at);
        if (c < 0 || cells[c] !== '') return undefined;
        cells[c] = t.text;
      }
      return cells;
    });
    // The header's words over the columns, one each, in order: each nearest its own column.
    const nearest = head.map((t) => starts.reduce((best, at, c) => (Math.abs(at - t.at) < Math.abs(starts[best]! - t.at) ? c : best), 0));
    if (rows.some((r) => r === undefined) || nearest.some((c, k) => c !== k)) continue;
    const cells = rows as string[][];
    if (!starts.some((_, c) => cells.every((r) => r[c] === '' || /\d/u.test(r[c]!)) && cells.some((r) => r[c] !== ''))) continue;
    // A merged first cell: each row that leaves it empty joins the nearest row that fills it (the upper one on a tie).
    // (Where the first row fills it, the browser printed each merged cell on its first row: nothing moves.)
    const filled = cells.flatMap((r, k) => (r[0] !== '' ? [k] : []));
    if (filled.length === 0) continue;
    const owner = cells.map((_, k) => filled.reduce((best, f) => (Math.abs(f - k) < Math.abs(best - k) ? f : best), filled[0]!));
    for (const f of filled[0] === 0 ? [] : filled) {
      const first = owner.indexOf(f);
      if (first < f) {
        moves.push({ from: i + 1 + f, to: i + 1 + first, text: cells[f]![0]! });
        cells[first]![0] = cells[f]![0]!;
        cells[f]![0] = '';
      }
    }
    out[i] = head.map((t) => t.text);
    cells.forEach((r, k) => (out[i + 1 + k] = r));
    i = e - 1;
  }
  return out;
}

// A cell of figures as a printed table sets it: a figure, or a dash where the table gives none (`—`, `－`, `-`).
const FIGURE_CELL = /^(?:[+-]?\d[\d.,:%/-]*|[—－–-]{1,2})$/u;

/**
 * A table `pdftotext -layout` printed with some gaps closed to one space (`地区生产总值          亿元 248.63 5.4`): every
 * line split at its spaces gives the same number of cells, three to eight. A header of words (Chinese in every
 * cell, no figure), then three rows at least, each a label with Chinese in it, then short words (a unit) or figures,
 * the last cell a figure; the header printed again over a later page's rows counts among them (it is removed
 * as such). The run stands apart: neither the line above it nor the line under it splits so.
 */
function layoutRows(lines: string[]): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  // (Each line split once: the run below asks of a line several times.)
  const cellsAt = lines.map((line) => {
    if (line.length > 200) return undefined;
    const cells = line.trim().split(/[ \t\u3000]+/u);
    return cells.length >= 3 && cells.length <= 8 && cells.every((c) => c.length <= 16 && !/[。！？；，;]|,(?!\d)/u.test(c)) ? cells : undefined;
  });
  const split = (k: number) => cellsAt[k];
  for (let i = 0; i < lines.length; i++) {
    const head = split(i);
    if (!head || head.some((c) => !/\p{Script=Han}/u.test(c) || FIGURE_CELL.test(c)) || split(i - 1)?.length === head.length) continue;
    const same = (r: string[] | undefined) => r !== undefined && r.length === head.length;
    const row = (r: string[] | undefined) => same(r) && /\p{Script=Han}/u.test(r![0]!) && FIGURE_CELL.test(r![r!.length - 1]!) && r!.slice(1).every((c) => FIGURE_CELL.test(c) || c.length <= 4);
    let j = i + 1;
    let body = 0;
    for (;;) {
      while (j < lines.length && (row(split(j)) || split(j)?.join('|') === head.join('|'))) {
        if (row(split(j))) body++;
        j++;
      }
      const on = body > 0 ? acrossPageBreak(lines, j, (k) => row(split(k)) || split(k)?.join('|') === head.join('|')) : undefined;
      if (on === undefined) break;
      j = on;
    }
    if (body < 3 || same(split(j))) continue;
    for (let k = i; k < j; k++) if (same(split(k))) out[k] = split(k);
    i = j - 1;
  }
  return out;
}

// A figure and its unit, as a value cell holds it (`14.6℃`, `6.2 mg/L`, `412 μS/cm`, `7.8`, `2.3万人`).
const MEASURE = /^[+-]?\d[\d.,]*(?:[ ]?(?:[%‰℃°]|[A-Za-zμµ][A-Za-zμµ²³/.]{0,7}|\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,2})?))?$/u;

/** A line of two cells parted by its first space, a short label and a short value (the value may hold a space). */
const labelAndValue = (line: string): string[] | undefined => {
  const m = /^(\S{1,12}) (\S.{0,15})$/u.exec(line.trim());
  return m ? [m[1]!, m[2]!] : undefined;
};

/**
 * A table of two columns, a label and a value, read one row a line with one space between the cells (pdftotext's
 * text of a printed table: `指标 测定值` / `水温 14.6℃` / `溶解氧 6.2 mg/L`): the first space parts the cells, and a
 * value keeps its own, between its figure and its unit. Four lines at least: a header of two words with no
 * figure, over rows whose label holds no sentence's mark and whose value is a figure with its unit. The run stands
 * apart: a blank line or a sentence's end above it, a blank line or the text's end under it.
 */
function labelValueRows(lines: string[]): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  for (let i = 0; i < lines.length; i++) {
    const head = labelAndValue(lines[i]!);
    const above = (lines[i - 1] ?? '').trim();
    if (!head || head.some((c) => /\d/u.test(c) || !/\p{Script=Han}/u.test(c)) || (above !== '' && !/[。！？：:]$/u.test(above))) continue;
    let j = i + 1;
    for (;;) {
      const row = j < lines.length ? labelAndValue(lines[j]!) : undefined;
      if (!row || !MEASURE.test(row[1]!) || /^\d|[，。！？；：,;:]/u.test(row[0]!)) break;
      j++;
    }
    if (j - i < 4 || (j < lines.length && lines[j]!.trim() !== '')) continue;
    for (let k = i; k < j; k++) out[k] = labelAndValue(lines[k]!);
    i = j - 1;
  }
  return out;
}

// A page's number as its footer prints it: `第 1 页 共 2 页`, `- 3 -`, `2/5`, `Page 2 of 5`.
const PAGE_NUMBER = /^(?:第[ \u3000]*\d{1,4}[ \u3000]*页(?:[ \u3000]*[，,]?[ \u3000]*共[ \u3000]*\d{1,4}[ \u3000]*页)?|[-－—][ \u3000]*\d{1,4}[ \u3000]*[-－—]|\d{1,4}[ \u3000]*\/[ \u3000]*\d{1,4}|Page \d{1,4}(?: of \d{1,4})?)$/u;

/**
 * Whether the rows from line `i` on stand a blank line apart, as `pdftotext -layout` prints a table whose rows
 * the PDF spaced out: the header, one blank line (or two), a row, one blank line (or two), a row (two rows under it at least).
 * The first row may stand close under the header.
 */
function rowsApart(lines: string[], i: number, isRow: (k: number) => boolean): boolean {
  // (The first row may stand close under the header, the rows below it apart: `项目名称 …` / `云谷人才公寓 …` /
  // blank / `沨东青年公寓 …` / blank / `鼓楼人才驿居 …`.)
  // (A loop, not a call for each row: a table of ten thousand rows close together would overflow the stack.)
  while (isRow(i + 1)) i++;
  const second = afterGap(lines, i + 1, isRow);
  return second !== undefined && afterGap(lines, second + 1, isRow) !== undefined;
}

/**
 * The row after the blank lines at `at`, one or two of them (a printed page's spacing, wider under a header), or
 * undefined where no row follows them.
 */
function afterGap(lines: string[], at: number, isRow: (k: number) => boolean): number | undefined {
  if (lines[at]?.trim() !== '') return undefined;
  const k = lines[at + 1]?.trim() === '' ? at + 2 : at + 1;
  return k < lines.length && isRow(k) ? k : undefined;
}

/**
 * Whether the header at line `i` stands a blank line above rows set close together (`pdftotext -layout` of a table
 * whose header row the page set apart: `年份   种植面积（万亩）   …` / blank / `2024   27.6   …` / `2025   …`).
 */
function headerApart(lines: string[], i: number, isRow: (k: number) => boolean): boolean {
  return (lines[i + 1] ?? '').trim() === '' && isRow(i + 2) && isRow(i + 3);
}

/**
 * A page break inside a table (a PDF's text): after row `at - 1`, one to three lines of page furniture — the
 * page's number, or a line printed earlier in the text already (the running head, the letterhead) — and then
 * another row. Returns where that row stands, or undefined.
 */
function acrossPageBreak(lines: string[], at: number, isRow: (k: number) => boolean): number | undefined {
  let k = at;
  let page = false;
  while (k < lines.length && k < at + 4) {
    const t = lines[k]!.trim();
    if (t === '') { k++; continue; }
    const repeat = t.length <= 30 && !/[。！？]/u.test(t) && lines.slice(0, at).some((l) => l.trim() === t);
    if (!PAGE_NUMBER.test(t) && !repeat) break;
    page ||= PAGE_NUMBER.test(t);
    k++;
  }
  // (The page's number says it is a page break; a repeated line alone might be a row of the table.)
  return page && k > at && k < lines.length && isRow(k) ? k : undefined;
}

/**
 * A row whose first cell a layout printed over two lines (`建设工程价款纠纷` / `（涉农民工工资）   318   296`):
 * a line of one short cell, between a row above and a row below that opens with a bracket, is the first
 * half of the row below. The two lines become one (the second's source line is dropped from the map).
 */
function mergeWrappedCells(lines: string[], lineMap: number[]): { lines: string[]; lineMap: number[]; merged: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  const merged: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const above = i > 0 ? spacedCellsOf(lines[i - 1]!) : undefined;
    const below = i + 1 < lines.length ? spacedCellsOf(lines[i + 1]!) : undefined;
    const alone = lines[i]!.trim();
    if (above && below && above.length >= 3 && below.length === above.length && /^[（(]/u.test(below[0]!) && !spacedCellsOf(lines[i]!) && alone.length >= 2 && alone.length <= 16 && !/[。！？；，,;\s]/u.test(alone)) {
      out.push(lines[i + 1]!.replace(/^(\s*)/u, `$1${alone}`));
      map.push(lineMap[i] ?? i + 1);
      merged.push(lineMap[i] ?? i + 1);
      i++;
      continue;
    }
    out.push(lines[i]!);
    map.push(lineMap[i] ?? i + 1);
  }
  return { lines: out, lineMap: map, merged };
}

/**
 * A table a converter padded by bytes, not characters (html2text of a page's table: `年龄    老花度数` printed as
 * `年\uFFFD老花度数（大约）`, `45\uFFFD100度`): the padding cut the first cell's last character in two and took the
 * spaces with it, so that one replacement character stands where the cells part. Four lines at least in a row,
 * each with one such character after a short first cell and before a short second one, a figure in every row
 * under the header, are the table; the damage stays in the first cell as it stands.
 */
function cutRows(lines: string[]): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = lines.map(() => undefined);
  const cut = (l: string) => {
    const m = /^[ \t]*([^\s\uFFFD]{1,6}\uFFFD)([^\s\uFFFD。！？；，]{1,20})[ \t]*$/u.exec(l);
    return m ? [m[1]!, m[2]!] : undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('\uFFFD')) continue;
    let j = i;
    while (j < lines.length && cut(lines[j]!)) j++;
    if (j - i >= 4 && lines.slice(i + 1, j).every((l) => /\d/u.test(cut(l)![1]!))) for (let k = i; k < j; k++) out[k] = cut(lines[k]!);
    i = Math.max(i, j - 1);
  }
  return out;
}

export function tabTables(text: string, sourceMap: number[]): Reading | undefined {
  const { lines, lineMap, merged } = mergeWrappedCells(text.split('\n'), sourceMap);
  const spaced = spacedRows(lines);
  const single = singleSpacedRows(lines);
  const labelled = labelValueRows(lines);
  const laidOut = layoutRows(lines);
  const moves: { from: number; to: number; text: string }[] = [];
  const aligned = alignedRows(lines, moves);
  const cutCells = text.includes('\uFFFD') ? cutRows(lines) : [];
  const rows = lines.map((l, i) => cellsOf(l) ?? spaced[i] ?? single[i] ?? labelled[i] ?? laidOut[i] ?? aligned[i] ?? cutCells[i]);
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = rows[i];
    const apart = first !== undefined && rowsApart(lines, i, (k) => rows[k]?.length === first.length);
    let j = first !== undefined && !apart && headerApart(lines, i, (k) => rows[k]?.length === first.length) ? i + 2 : i + 1;
    for (;;) {
      while (first && j < lines.length && rows[j]?.length === first.length) j++;
      const gapped = first && apart ? afterGap(lines, j, (k) => rows[k]?.length === first.length) : undefined;
      if (gapped !== undefined) {
        j = gapped;
        continue;
      }
      const on = first && j - i >= 2 ? acrossPageBreak(lines, j, (k) => rows[k]?.length === first.length) : undefined;
      if (on === undefined) break;
      j = on;
    }
    if (!first || j - i < 2) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
      continue;
    }
    const line = lineMap[i] ?? i + 1;
    // A table is a block of its own: blank lines around it.
    const head = rows[i]!.join('|');
    const span = Array.from({ length: j - i }, (_, d) => i + d).filter((k) => rows[k]?.length === first.length && (k === i || rows[k]!.join('|') !== head));
    for (let k = i + 1; k < j; k++) if (rows[k]?.length === first.length && rows[k]!.join('|') === head) changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: lines[k]!.trim(), to: "the table's header printed again at the top of the next page" });
    // A row label merged across columns (`合计` over two), which a converter prints once for each column it covers
    // (python-docx: `合计\t合计\t386`): the copies go, their cells left empty, in a body row only.
    for (const k of span.slice(1)) {
      const row = rows[k]!;
      for (let c = 1; c < row.length - 1 && row[c] === row[0] && !/\d/u.test(row[0]!) && /\p{Script=Han}/u.test(row[0]!); c++) {
        changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: row[c]!, to: "a copy of a row's label merged across its columns (the converter printed it once for each)" });
        row[c] = '';
      }
    }
    writeTable(out, map, span.map((k) => rows[k]!), span.map((k) => lineMap[k] ?? k + 1));
    // (Named by the reading that gave the first row, as rows[] took it.)
    const used = rows[i];
    const how = lines[i]!.includes('\t') ? 'tab-separated' : used === spaced[i] ? 'space-aligned' : used === single[i] ? 'space-separated' : used === labelled[i] ? 'label-and-value (one space after the label)' : used === laidOut[i] ? 'space-separated (a layout closed some gaps to one space)' : used === aligned[i] ? 'column-aligned' : 'padding-cut (one U+FFFD where the cells part)';
    changes.push({ rule: RULE, kind: 'changed', line, text: `${span.length} ${how} lines`, to: `a table of ${first.length} columns (the first line its header)` });
    // The page's footer and header that a page break set between its rows follow it, each a block.
    for (let k = i; k < j; k++) {
      if (rows[k]?.length === first.length || lines[k]!.trim() === '') continue;
      out.push('', lines[k]!);
      map.push(lineMap[k] ?? k + 1, lineMap[k] ?? k + 1);
      changes.push({ rule: RULE, kind: 'moved', line: lineMap[k] ?? k + 1, text: lines[k]!.trim(), to: 'after the table (page furniture a page break set between its rows)' });
    }
    if (j < lines.length && lines[j]!.trim() !== '') { out.push(''); map.push(lineMap[j - 1] ?? j); }
    i = j - 1;
  }
  if (changes.length === 0) return undefined;
  for (const line of merged) changes.push({ rule: RULE, kind: 'joined', line, text: 'a cell printed over two lines', to: 'one cell of the row below it' });
  for (const m of moves) if (rows[m.from] === aligned[m.from]) changes.push({ rule: RULE, kind: 'moved', line: lineMap[m.from] ?? m.from + 1, text: m.text, to: `the first row of the cell merged over its rows (source line ${lineMap[m.to] ?? m.to + 1}; the browser printed it once, on its middle row)` });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
