/**
 * box-tables: a table a text browser or a terminal drew with box-drawing characters (w3m's `┌─┬─┐`, `│`,
 * `├─┼─┤`, `└─┴─┘`; the same drawn in ASCII `+---+` and `|`). The frame says where every cell is: the
 * `│` between cells, the rule lines between rows. A cell wrapped over several lines of its row is one cell
 * again, its pieces joined (with a space only between two Latin words). The first row is the header. The
 * frame goes; the cells become a Markdown table. A frame that does not hold the same number of cells on
 * every line is left as it is.
 */
import { rewriteBlocks, writeTable, type Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'box-tables';

const TOP = /^[ \t]*(?:┌[─┬]+┐|\+[-+]+\+)[ \t]*$/u;
const RULE_LINE = /^[ \t]*(?:[├┌└][─┼┬┴]+[┤┐┘]|\+[-=+]+\+)[ \t]*$/u;
const BOTTOM = /^[ \t]*(?:└[─┴]+┘|\+[-+]+\+)[ \t]*$/u;
const CELLS = /^[ \t]*[│|](.*)[│|][ \t]*$/u;
// A rule between two rows that a cell merged over both crosses (`│山西├────┼────┤`): the merged cell's text stands on it,
// between the bar and the rule.
const MERGED_RULE = /^[ \t]*│((?:[^│├┼┤─]*│)*[^│├┼┤─]*)├[─┼]+┤[ \t]*$/u;
// Links draws the rule between two rows inside the side bars (`|------+------|`).
const BARRED_RULE = /^[ \t]*[│|](?=[-=+]*-)[-=+]+[│|][ \t]*$/u;

// The same frame made full-width (a Sogou record turns every ASCII character of its text full-width: `＋－－＋`,
// `｜　材质　｜`): read through a view of the lines with the frame's characters half-width, the cells as they are.
const WIDE_TOP = /^[ \t\u3000]*＋[－＋]+＋[ \t\u3000]*$/u;
const WIDE_FRAME = /^[ \t\u3000]*[＋｜][－＝＋]+[＋｜][ \t\u3000]*$/u;
const WIDE_CELLS = /^[ \t\u3000]*｜.*｜[ \t\u3000]*$/u;
const halfFrame = (l: string) => (WIDE_FRAME.test(l) ? l.replace(/[＋－＝｜]/gu, (c) => ({ '＋': '+', '－': '-', '＝': '=', '｜': '|' })[c]!).replace(/\u3000/gu, ' ') : WIDE_CELLS.test(l) ? l.replace(/｜/gu, '|') : l);

export function boxTables(text: string, lineMap: number[]): Reading | undefined {
  let view: string[] | undefined;
  return rewriteBlocks(text, lineMap, (lines, i) => {
    if (WIDE_TOP.test(lines[i]!)) view ??= lines.map(halfFrame);
    const seen = view !== undefined && WIDE_TOP.test(lines[i]!) ? view : lines;
    const layout = seen === lines && TOP.test(lines[i]!) ? layoutAt(lines, i) : undefined;
    if (layout) {
      return {
        end: layout.end,
        write(out, map, changes) {
          for (const [k, line] of layout.lines) {
            out.push(line);
            map.push(lineMap[k] ?? k + 1);
          }
          for (let k = i; k < layout.end; k++) {
            const frame = CELLS.test(lines[k]!) ? lines[k]!.replace(/[^│|]/gu, '') : lines[k]!.trim();
            if (frame !== '') changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: frame, to: "the frame of the page's layout" });
          }
          for (const j of layout.joins) changes.push({ rule: RULE, kind: 'joined', line: lineMap[j.line] ?? j.line + 1, text: j.text, to: "one paragraph: the cell's line broken at its width" });
          changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${layout.end - i} lines of a page laid out in a frame`, to: 'its text, column by column (prose in a cell: no table)' });
        },
      };
    }
    const table = TOP.test(seen[i]!) ? tableAt(seen, i, seen !== lines) : undefined;
    if (!table && TOP.test(lines[i]!) && quoteWidget(lines, i)) {
      return {
        end: i + 3,
        write(_out, _map, changes) {
          changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: lines.slice(i, i + 3).map((l) => l.trim()).join('\n'), to: "a quote widget: a security's name, its price and its change, boxed on one row" });
        },
      };
    }
    if (!table) return undefined;
    return {
      end: table.end,
      write(out, map, changes) {
        writeTable(out, map, table.rows, table.starts.map((s) => lineMap[s] ?? s + 1));
        // The frame is the browser's drawing: each rule line, and the bars of each row, reported as they stood.
        for (let k = i; k < table.end; k++) {
          const frame = CELLS.test(seen[k]!) && !BARRED_RULE.test(seen[k]!) ? lines[k]!.replace(/[^│|｜]/gu, '') : frameOf(lines[k]!);
          changes.push({ rule: RULE, kind: 'removed', line: lineMap[k] ?? k + 1, text: frame, to: "the table's frame" });
        }
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: `${table.end - i} lines of a table drawn with box-drawing characters`, to: `a table of ${table.rows[0]!.length} columns and ${table.rows.length - 1} rows` });
      },
    };
  });
}

interface Table { rows: string[][]; starts: number[]; end: number }

/** A frame's line as the report gives it: a merged cell's text on a rule line is the table's, not the frame's. */
function frameOf(line: string): string {
  const merged = MERGED_RULE.exec(line);
  return merged ? line.trim().replace(merged[1]!, merged[1]!.replace(/[^│]/gu, '')) : line.trim();
}

/** The table framed from line `at`; `spaced`, a blank line between two of its lines is none (a record's paragraph marks). */
function tableAt(lines: string[], at: number, spaced = false): Table | undefined {
  // The lines of cells between two rules, each a group; a rule under every row, or only under the header.
  const groups: { start: number; cells: string[][] }[] = [];
  let width = -1;
  let group: { start: number; cells: string[][] } | undefined;
  // The cells merged over two rows, each on the rule between them: the group above the rule, and the texts by column.
  const merges: { above: number; cells: string[] }[] = [];
  const finish = (end: number): Table | undefined => {
    if (group) groups.push(group);
    // (A merged cell stands in the first of its rows, as the rows under it leave theirs empty: Markdown merges none.)
    if (groups.length > 2) {
      for (const m of merges) {
        const row = groups[m.above];
        m.cells.forEach((t, c) => {
          if (t === '' || !row) return;
          const first = row.cells[0]!;
          first[c] = first[c] === '' ? t : joinWrapped(first[c]!, t);
        });
      }
    } else if (merges.length > 0) return undefined;
    const rows: string[][] = [];
    const starts: number[] = [];
    const merge = (cells: string[][]) => cells[0]!.map((_, c) => cells.map((r) => r[c]!).filter((p) => p !== '').reduce(joinWrapped, ''));
    groups.forEach((g, k) => {
      if (k === 0 || groups.length > 2) {
        rows.push(merge(g.cells));
        starts.push(g.start);
        return;
      }
      // One group under the header: a row a line, a line whose first cell is empty the wrapped rest of the row above.
      let row: string[][] = [];
      g.cells.forEach((cells, n) => {
        if (row.length > 0 && cells[0] !== '') {
          rows.push(merge(row));
          row = [];
        }
        if (row.length === 0) starts.push(g.start + n);
        row.push(cells);
      });
      if (row.length > 0) rows.push(merge(row));
    });
    return rows.length >= 2 && width >= 2 ? { rows, starts, end } : undefined;
  };
  const nextFilled = (i: number) => {
    let k = i;
    while (spaced && k < lines.length && lines[k]!.trim() === '') k++;
    return lines[k] ?? '';
  };
  for (let i = at + 1; i < lines.length && i < at + 400; i++) {
    const line = lines[i]!;
    if (spaced && line.trim() === '') continue;
    if (BARRED_RULE.test(line) && group) {
      groups.push(group);
      group = undefined;
      continue;
    }
    const cells = CELLS.exec(line);
    if (cells) {
      const parts = cells[1]!.split(/[│|]/u).map((c) => c.trim());
      if (width >= 0 && parts.length !== width) return undefined;
      width = parts.length;
      group ??= { start: i, cells: [] };
      group.cells.push(parts);
      continue;
    }
    if (BOTTOM.test(line) && line.includes('└')) return finish(i + 1);
    const merged = MERGED_RULE.exec(line);
    if (merged && group && width > 1) {
      const cells = merged[1]!.split('│').map((c) => c.trim());
      if (cells.length >= width) return undefined;
      groups.push(group);
      group = undefined;
      merges.push({ above: groups.length - 1, cells });
      continue;
    }
    if (RULE_LINE.test(line)) {
      if (group) groups.push(group);
      group = undefined;
      // ASCII frames close with the same `+---+` line that parts their rows: a line after it that is no row ends the table.
      if (line.includes('+') && !CELLS.test(nextFilled(i + 1))) return finish(i + 1);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A box of one row, a name (`碳酸锂2609`, `上证指数`) and then figures only, one of them a signed change or a per
 * cent (`│ 碳酸锂2609 │ 78460 │ +2140 │ +2.80% │`): a market page's quote widget, no table of the text.
 */
function quoteWidget(lines: string[], at: number): boolean {
  const cells = CELLS.exec(lines[at + 1] ?? '');
  if (!cells || !BOTTOM.test(lines[at + 2] ?? '')) return false;
  const [name, ...figures] = cells[1]!.split(/[│|]/u).map((c) => c.trim());
  return name !== undefined && /\p{Script=Han}/u.test(name) && name.length <= 16 && figures.length >= 2 && figures.every((f) => /^[+\-−]?[\d,.]+%?$/u.test(f)) && figures.some((f) => /^[+\-−]|%$/u.test(f));
}

/**
 * A frame that holds prose, not figures: a page's layout table that a text browser or pandoc's plain writer drew
 * around the article (pandoc's one-column `+---+` grid round the whole text, elinks's bordered forum post beside its
 * poster's column). A cell of paragraphs (several lines, sentences, a blank line of the cell between them) is no
 * table's cell: the frame goes and each column's lines stand as they were, the left column's before the right's,
 * a row after the row above. The lines keep their wraps and indents for the rules that join them.
 */
function layoutAt(lines: string[], at: number): { lines: [number, string][]; end: number; joins: { line: number; text: string }[] } | undefined {
  const groups: { at: number; cells: string[] }[][] = [];
  let group: { at: number; cells: string[] }[] = [];
  let width = -1;
  let end = -1;
  for (let i = at + 1; i < lines.length && i < at + 400; i++) {
    const line = lines[i]!;
    const cells = CELLS.exec(line);
    if (cells) {
      const parts = cells[1]!.split(/[│|]/u);
      if (width >= 0 && parts.length !== width) return undefined;
      width = parts.length;
      group.push({ at: i, cells: parts.map((c) => c.replace(/^ /u, '').trimEnd()) });
      continue;
    }
    if (RULE_LINE.test(line) || BOTTOM.test(line)) {
      if (group.length > 0) groups.push(group);
      group = [];
      if (BOTTOM.test(line) && (line.includes('└') || !CELLS.test(lines[i + 1] ?? ''))) {
        end = i + 1;
        break;
      }
      continue;
    }
    return undefined;
  }
  if (end < 0 || groups.length === 0 || width > 3) return undefined;
  // Prose: a column of one row holds paragraphs, a blank line of the cell between two, and sentences.
  const prose = groups.some((g) => Array.from({ length: width }, (_, c) => g.map((l) => l.cells[c]!)).some(isProse));
  if (!prose) return undefined;
  const out: [number, string][] = [];
  const joins: { line: number; text: string }[] = [];
  for (const g of groups) {
    for (let c = 0; c < width; c++) {
      const col = g.map((l) => [l.at, l.cells[c]!] as [number, string]);
      const from = col.findIndex(([, t]) => t.trim() !== '');
      if (from < 0) continue;
      const to = col.length - [...col].reverse().findIndex(([, t]) => t.trim() !== '');
      if (out.length > 0) out.push([col[from]![0], '']);
      // A cell that parts its paragraphs with a blank line of its own breaks the lines inside one at its width
      // only: they are one paragraph again (`鄞添福` / `說，早年…`). (A rule line, a signature's `----`, stays apart.)
      const kept = col.slice(from, to);
      const paragraphs = isProse(kept.map(([, t]) => t));
      const ofThisCell = new Set(kept.map(([k]) => k));
      for (const [at, t] of kept) {
        const last = out[out.length - 1];
        if (paragraphs && last && ofThisCell.has(last[0]) && last[1].trim() !== '' && t.trim() !== '' && !SIGNATURE_RULE.test(last[1].trim()) && !SIGNATURE_RULE.test(t.trim())) {
          joins.push({ line: at, text: `${last[1].trim().slice(-8)}⏎${t.trim().slice(0, 8)}` });
          last[1] = joinWrapped(last[1].trimEnd(), t.trim());
          continue;
        }
        out.push([at, t]);
      }
    }
  }
  return { lines: out, end, joins };
}

const SIGNATURE_RULE = /^[-_=*~—]{3,}$/u;

/** A cell's lines that hold paragraphs: four lines or more, a blank line between two, two sentences. */
function isProse(col: string[]): boolean {
  const filled = col.filter((t) => t.trim() !== '');
  const first = col.findIndex((t) => t.trim() !== '');
  const inner = col.slice(first, col.length - [...col].reverse().findIndex((t) => t.trim() !== '')).some((t) => t.trim() === '');
  return filled.length >= 4 && inner && (filled.join('').match(/[。！？]/gu) ?? []).length >= 2;
}
