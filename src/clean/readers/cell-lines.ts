/**
 * cell-lines: a web page's table read with one cell a line (BeautifulSoup's `get_text('\n')`, a copy from a
 * browser) leaves `序号` / `项目` / `金额` / `1` / `建筑工程费` / `12,600` / `2` / … — a column of words
 * that reads as one paragraph, or a list of subheadings. The evidence of a table is its running number:
 * a header of short lines opening with a number's heading (`序号`, `编号`, `排名` …), then rows that each
 * open with the next number (1, 2, 3 …) and hold as many lines as the header. A closing total row
 * (`合计` and its figures) keeps its figures in the last columns. Without a running number (a results table:
 * `主队` / `比分` / `客队` / `棠溪队` / `1:1` / `鹿鸣队` …) the evidence is the columns themselves: a run of short
 * lines set off by sentences, whose length is a whole number of rows of three to eight cells, every row with
 * its figures in the same columns and the header with none there. Anything less regular is left as it is.
 */
import type { Change } from '../report.ts';
import { spacedFile, writeTable, type Reading } from './reading.ts';
import { halfWidthDigits } from '../chars.ts';

export const RULE = 'cell-lines';

const ORDINAL_HEAD = /^(?:序号|序號|编号|編號|排名|名次|序|No\.?|NO\.?|#)$/u;
const TOTAL = /^(?:合计|合計|总计|總計|小计|小計|共计|共計)$/u;
const FIGURE = /^[+-]?[\d.,:%/-]*\d[\d.,:%/-]*(?: ?[%‰万亿元])?$/u;
// (Its digits may be full-width, `７２.１５`, as a corpus that widened every digit keeps them: read as figures all the same.)
const figure = (s: string) => FIGURE.test(halfWidthDigits(s));
// A cell is short and no sentence; a header cell is no figure either.
const cell = (s: string) => s.length > 0 && s.length <= 40 && !/[。！？；]/u.test(s);
const headCell = (s: string) => cell(s) && s.length <= 16 && !figure(s);

export function cellLines(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  // A file that sets every line a blank line apart (docx2txt: a Word paragraph a line, each cell one) is read
  // without its blank lines as well: the cells of a table stand one after another there.
  const at = spacedFile(trimmed) ? trimmed.flatMap((l, k) => (l === '' ? [] : [k])) : [];
  const dense = at.map((k) => trimmed[k]!);
  const denseAt = new Map(at.map((k, d) => [k, d]));
  const tableFrom = (ls: string[], i: number, raw?: string[]) => (ORDINAL_HEAD.test(ls[i]!) ? tableAt(ls, i) : unnumberedAt(ls, i, raw));
  for (let i = 0; i < lines.length; i++) {
    let table = tableFrom(trimmed, i, lines);
    const d = table ? undefined : denseAt.get(i);
    let spread = d === undefined ? undefined : tableFrom(dense, d);
    if (spread) table = { ...spread, starts: spread.starts.map((s) => at[s]!), end: at[spread.end - 1]! + 1 };
    // A table a PDF's text extractor read column by column (pdfminer: the header, the rows' labels, then each
    // column's figures), its cells a blank line apart or one a line.
    if (!table && d !== undefined) {
      const columns = columnMajorAt(dense, d);
      if (columns) {
        spread = columns;
        table = { ...columns, starts: columns.starts.map((k) => at[k]!), end: at[columns.end - 1]! + 1 };
      }
    }
    if (!table && trimmed[i] !== '') table = columnMajorAt(trimmed, i) ?? twoRowHeaderAt(trimmed, i);
    // Where only the table sets its cells a blank line apart (odt2txt: each cell a paragraph of the document),
    // the run of them is read so, from a line that no cell stands above.
    // (A short line right under the table, a section's head, may look like one more cell: the run is tried without it.)
    let run = table ? [] : spacedRun(trimmed, i);
    let local: Table | undefined;
    for (let cut = run.length; cut >= Math.max(9, run.length - 7) && !local; cut--) {
      local = unnumberedAt(run.slice(0, cut).map((k) => trimmed[k]!), 0);
      if (local) run = run.slice(0, cut);
    }
    if (local) {
      spread = local;
      table = { ...local, starts: local.starts.map((s) => run[s]!), end: run[local.end - 1]! + 1 };
    }
    if (!table) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
      continue;
    }
    const line = lineMap[i] ?? i + 1;
    writeTable(out, map, table.rows, table.starts.map((s) => lineMap[s] ?? s + 1));
    const cells = spread ? `${spread.end - (local ? 0 : d!)} lines of one cell each, a blank line apart` : `${table.end - i} lines of one cell each`;
    changes.push({ rule: RULE, kind: 'changed', line, text: cells, to: `a table of ${table.rows[0]!.length} columns and ${table.rows.length - 1} rows (${table.numbered})` });
    if (table.end < lines.length && trimmed[table.end] !== '') { out.push(''); map.push(lineMap[table.end - 1] ?? table.end); }
    i = table.end - 1;
  }
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}

interface Table { rows: string[][]; starts: number[]; end: number; numbered: string }

/**
 * A table read column by column (`阶梯` / `现行价格 方案一` / `方案二` / `第一阶梯` / … / `2.80` / `4.20` / …): words,
 * then figures, set off by sentences. The counts are the evidence: a header of k cells and n rows' labels take
 * all the words, and the figures are n × (k − 1) exactly, for one k alone; each column's figures then fill it.
 */
function columnMajorAt(lines: string[], at: number): Table | undefined {
  // (Only where no cell stands above: a sentence, a lead-in that ends in its colon, or nothing.)
  if (at > 0 && bareCell(lines[at - 1]!) && !/\p{Script=Han}[^]*：$/u.test(lines[at - 1]!)) return undefined;
  const words: { text: string; line: number }[] = [];
  let i = at;
  // (A line of the header may hold two of its cells, a space apart.)
  for (; i < lines.length && bareCell(lines[i]!) && !figure(lines[i]!); i++) for (const w of lines[i]!.split(/ +/u)) words.push({ text: w, line: i });
  const figuresFrom = i;
  while (i < lines.length && figure(lines[i]!)) i++;
  const figures = lines.slice(figuresFrom, i);
  if (words.length < 4 || figures.length < 4 || (i < lines.length && bareCell(lines[i]!) && !/[。！？]/u.test(lines[i]!))) return undefined;
  const fits: number[] = [];
  for (let k = 2; k <= 8; k++) {
    const n = words.length - k;
    if (n >= 2 && figures.length === n * (k - 1) && words.slice(0, k).every((w) => headCell(w.text))) fits.push(k);
  }
  if (fits.length !== 1) return undefined;
  const k = fits[0]!;
  const n = words.length - k;
  const rows = [words.slice(0, k).map((w) => w.text)];
  const starts = [at];
  for (let r = 0; r < n; r++) {
    rows.push([words[k + r]!.text, ...Array.from({ length: k - 1 }, (_, c) => figures[c * n + r]!)]);
    starts.push(words[k + r]!.line);
  }
  return { rows, starts, end: i, numbered: `read column by column, ${k} columns of ${n} rows` };
}

// A body cell of figures: a figure, or a dash where the table gives none.
const figureOrDash = (s: string) => figure(s) || /^[—－–-]{1,2}$/u.test(s);

/**
 * A table whose header runs over two rows, flattened one cell a line (`项目` / `本报告期（7—9月）` / `年初至报告期末` /
 * `金额（万元）` / `同比增减` / `金额（万元）` / `同比增减` / `营业收入` / `134,875.40` / …): the rows' label over both
 * header rows, then m groups each over the same number of columns, then the columns under them; then rows of a
 * label and its figures. The counts are the evidence: the body's width k, and a header of 1 + m + (k − 1) words,
 * k − 1 a multiple of m, two groups at least, and the columns under each group named alike. Markdown has one header
 * row: the groups make it, each in the first of its columns, the others empty; the columns' names make the first
 * body row, under an empty label (no text repeated or added).
 */
function twoRowHeaderAt(lines: string[], at: number): Table | undefined {
  // (Only under a lead-in that ends in its colon, or a sentence.)
  if (at === 0 || !/[：:。]$/u.test(lines[at - 1]!)) return undefined;
  let i = at;
  while (i < lines.length && i - at <= 14 && bareCell(lines[i]!) && !figureOrDash(lines[i]!)) i++;
  const words = i - at;
  let j = i;
  while (j < lines.length && figureOrDash(lines[j]!)) j++;
  const k = j - i + 1;
  const h = words - 1;
  const m = h - k;
  if (k < 3 || k > 8 || m < 2 || m >= k - 1 || (k - 1) % m !== 0) return undefined;
  const header = lines.slice(at, at + h);
  if (!header.every(headCell)) return undefined;
  const span = (k - 1) / m;
  // (Each group's columns are named alike, `金额（万元）` / `同比增减` under each period: the evidence of the groups.)
  const names = header.slice(1 + m);
  if (!names.every((n, c) => n === names[c % span])) return undefined;
  const top = [header[0]!];
  for (let g = 0; g < m; g++) top.push(header[1 + g]!, ...Array<string>(span - 1).fill(''));
  const rows = [top, ['', ...header.slice(1 + m)]];
  const starts = [at, at + 1 + m];
  let p = at + h;
  while (p + k <= lines.length && bareCell(lines[p]!) && !figureOrDash(lines[p]!) && lines.slice(p + 1, p + k).every(figureOrDash)) {
    rows.push(lines.slice(p, p + k));
    starts.push(p);
    p += k;
  }
  if (rows.length < 4) return undefined;
  return { rows, starts, end: p, numbered: `a header over two rows, ${m} groups of ${span} columns` };
}

/**
 * The lines of cells from `i` on, each one blank line below the last, where `i` opens such a run: the line
 * above it (past one blank line) a sentence or nothing. Empty where `i` is no cell.
 */
function spacedRun(lines: string[], i: number): number[] {
  if (!bareCell(lines[i]!) || (i >= 2 && lines[i - 1] === '' && bareCell(lines[i - 2]!)) || (i >= 1 && bareCell(lines[i - 1]!))) return [];
  const run = [i];
  let k = i;
  while (k + 2 < lines.length && lines[k + 1] === '' && bareCell(lines[k + 2]!)) {
    k += 2;
    run.push(k);
  }
  return run;
}

/** The table whose header opens at `at`, if its rows are numbered 1, 2 … and as wide as the header. */
function tableAt(lines: string[], at: number): Table | undefined {
  // The header runs up to the line `1`; three columns at least, eight at most.
  let k = 0;
  while (k < 9 && at + k < lines.length && halfWidthDigits(lines[at + k]!) !== '1') k++;
  if (k < 3 || k > 8 || !lines.slice(at, at + k).every(headCell)) return undefined;
  const rows: string[][] = [lines.slice(at, at + k)];
  const starts = [at];
  let p = at + k;
  for (let n = 1; p + k <= lines.length && halfWidthDigits(lines[p]!) === String(n); n++) {
    const cells = lines.slice(p, p + k);
    // A row's cells are cells, and none is the next row's number standing early (a row with a missing cell).
    if (!cells.slice(1).every(cell) || cells.slice(1).map(halfWidthDigits).includes(String(n + 1))) break;
    rows.push(cells);
    starts.push(p);
    p += k;
  }
  if (rows.length < 3) return undefined;
  // A total row: its label, then figures, which stand in the last columns.
  if (p < lines.length && TOTAL.test(lines[p]!)) {
    let m = 0;
    while (m < k - 1 && p + 1 + m < lines.length && figure(lines[p + 1 + m]!)) m++;
    if (m > 0) {
      rows.push([lines[p]!, ...Array<string>(k - 1 - m).fill(''), ...lines.slice(p + 1, p + 1 + m)]);
      starts.push(p);
      p += 1 + m;
    }
  }
  return { rows, starts, end: p, numbered: `numbered 1 to ${rows.length - 1 - (TOTAL.test(rows[rows.length - 1]![0]!) ? 1 : 0)}` };
}

const TABLE_TITLE = /^(?:表|表格|附表)[\s\u3000]*[\d一二三四五六七八九十]{1,3}(?:[\s\u3000]|$)/u;

// A cell of a table with no running number: shorter still, and no clause of a sentence. (A clock time's colon,
// `8:00—22:00`, is no clause's.)
// (A Markdown heading, `## 一年的小结`, heads the table: no cell of it.)
const bareCell = (s: string) => s.length > 0 && s.length <= 16 && !/^#{1,6}\s/u.test(s) && (figure(s) || !/[，。！？；：,;:]\s*\S|[。！？；，：]$/u.test(s.replace(/(?<=\d)[:：](?=\d)/gu, '')));

/** A table with no running number whose header opens at `at`: its columns are the evidence. */
function unnumberedAt(lines: string[], at: number, raw?: string[]): Table | undefined {
  // Only at the start of a run of cells that sentences (or the page's edges, or blank lines) set off.
  // (A table's title over it, `表1　…`, is no cell.)
  // (Nor is one short line alone between the text and the table, `某某盐场近三年原盐产量`: its title, unnumbered.)
  const titled = at > 1 && lines[at - 2] !== '' && !bareCell(lines[at - 2]!) && /[。！？：]$/u.test(lines[at - 2]!);
  if (at > 0 && bareCell(lines[at - 1]!) && !TABLE_TITLE.test(lines[at - 1]!) && !titled) return undefined;
  let end = at;
  while (end < lines.length && bareCell(lines[end]!)) end++;
  const n = end - at;
  if (n < 9) return n > 0 && n <= 8 && lines[end] === '' ? rowGroupsAt(lines, at, raw) : undefined;
  // Two columns (a label and its figure) only under a line that introduces them (`具体情况如下：`), four rows at least.
  const introduced = at > 0 && /[：:]$/u.test(lines[at - 1]!);
  // (A short line right under the table, a section's head over the text below, may look like one more cell: the
  // run is tried without it, where it is the one line too many for whole rows.)
  for (const m of [n, n - 1]) {
    const stop = at + m;
    for (let k = introduced ? 2 : 3; k <= 8; k++) {
      if ((k === 2 && m / 2 < 4) || (m < n && m % k !== 0)) continue;
      // The last row's last cell may be empty: an empty line where the run stops, in a text that has no blank
      // lines of its own (LibreOffice's text export prints each cell a line, and an empty cell an empty one).
      // (The text runs on right above the header and right under that empty line: no blank line parts it.)
      const emptyLast = m === n && n % k === k - 1 && lines[end] === '' && at > 0 && lines[at - 1] !== '' && (lines[end + 1] ?? '') !== '';
      if ((m % k !== 0 && !emptyLast) || Math.ceil(m / k) < 3) continue;
      const rows: string[][] = [];
      for (let r = at; r < stop; r += k) rows.push(lines.slice(r, Math.min(r + k, stop)));
      if (emptyLast) rows[rows.length - 1]!.push('');
      const table = byColumns(rows, rows.map((_, j) => at + j * k), emptyLast ? end + 1 : stop);
      if (table) return table;
    }
  }
  return undefined;
}

/**
 * The rows of a table as readability's text leaves them: each row's cells one a line, the rows apart by the
 * blank (or white-space) lines of the page's `<tr>` markup. Every group as wide as the first, three at least.
 */
function rowGroupsAt(lines: string[], at: number, raw?: string[]): Table | undefined {
  return groupsAt(lines, at, bareCell) ?? (raw ? groupsAt(lines, at, markupCell, raw) : undefined);
}

// Where the markup parts the rows, a cell may be longer: a list of items (`血常规、尿常规、肝功能…`), no clause.
const markupCell = (s: string) => cell(s) && !/[，,；;]\s*\S|[。！？；，：]$/u.test(s);

function groupsAt(lines: string[], at: number, fits: (s: string) => boolean, raw?: string[]): Table | undefined {
  const rows: string[][] = [];
  const starts: number[] = [];
  let p = at;
  let end = at;
  // Whether every line between the groups is the markup's own indent (tabs or spaces, not empty): the page's
  // `<tr>`s printed as they stood in the HTML (cheerio's `.text()`), the cells set in deeper.
  let markup = raw !== undefined;
  // Forty rows at most: a table as long is no table a page prints one cell a line, and the scan stays linear.
  while (p < lines.length && rows.length < 40) {
    let q = p;
    while (q < lines.length && fits(lines[q]!)) q++;
    if (q === p || (rows.length > 0 && q - p !== rows[0]!.length)) break;
    rows.push(lines.slice(p, q));
    starts.push(p);
    end = q;
    const gap = q;
    while (q < lines.length && lines[q] === '') q++;
    if (q < lines.length && fits(lines[q]!)) markup &&= q > gap && raw!.slice(gap, q).every((l) => l !== '' && /^[ \t]+$/u.test(l));
    p = q;
  }
  const k = rows[0]?.length ?? 0;
  // Two columns of words (`类别` / `项目`) are a table only where the markup's indent parts the rows and four
  // rows at least share the width: labels short, a header of two short words.
  if (!markup && fits === markupCell) return undefined;
  if (k === 2 && markup && rows.length >= 4 && rows[0]!.every((c) => headCell(c) && c.length <= 8) && rows.every((r) => r[0]!.length <= 10)) return { rows, starts, end, numbered: 'apart by the markup\'s indent' };
  if (k < 3 || rows.length < 3) return undefined;
  return byColumns(rows, starts, end);
}

/** Rows whose body holds figures in the same columns and a header with none: a table read by its columns. */
// A figure, or a count with its measure word (`约400张`, `4次`): what a table's columns of figures hold.
const COUNT = /^(?:约|約|近|超|逾)?\d[\d.,]{0,12}[ ]?(?:张|張|次|人|名|位|个|個|家|所|件|本|册|冊|套|台|辆|輛|份|项|項|场|場|户|戶|间|間|吨|噸|斤|公斤|千克|亩|畝|米|公里|平方米|天|小时|小時|元|万|萬|亿|億|颗|顆|粒|只|隻|盒|瓶|袋|包|箱|棵|株|个月|個月)$|^\d{1,3}(?:岁|歲)(?:\d{1,2}(?:个|個)月)?$/u;
// A day or a span of days (`4月22日—4月26日`), and a row's ordinal (`第一批`): a column's kind as plainly.
const DAYS = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[—–\-~～至](?:\d{1,2}月)?\d{1,2}日)?$/u;
const ORDINAL_CELL = /^第[一二三四五六七八九十\d]{1,3}[批期轮輪次组組档檔类類]$/u;
const kindOf = (c: string) => (figure(c) || COUNT.test(c) ? 'figure' : DAYS.test(c) ? 'days' : ORDINAL_CELL.test(c) ? 'ordinal' : 'text');

function byColumns(rows: string[][], starts: number[], end: number): Table | undefined {
  const [head, ...body] = rows as [string[], ...string[][]];
  if (!head.every(headCell)) return undefined;
  const kinds = body[0]!.map(kindOf);
  const same = body.every((row) => row.every((c, j) => kindOf(c) === kinds[j])) && head.every((c) => kindOf(c) === 'text');
  // A column numbered 1, 2, 3 is a running number, whose table needs its heading (above).
  const running = kinds.some((f, j) => f === 'figure' && body.every((row, r) => row[j] === String(r + 1)));
  return same && !running && kinds.some((k) => k !== 'text') && !kinds.every((k) => k !== 'text') ? { rows, starts, end, numbered: 'by their columns' } : undefined;
}
