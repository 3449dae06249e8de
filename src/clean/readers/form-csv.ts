/**
 * form-csv: a newsroom's form for a story (稿件审签单: 稿件标题, 作者, 正文, 图片说明, the editors' sign-offs) kept
 * as a spreadsheet and exported as CSV (xlsx2csv: a row a line, a merged cell followed by an empty field for
 * each cell it covers, a cell with line breaks quoted over several lines, a typed `"` doubled). The cells are
 * read by a CSV parser (csv-parse), each label with the value after it: the title and the author go to the
 * front matter, the 正文 cell is the text, a 图片说明 cell's lines follow it as captions; every other cell (the
 * form's name, its number, the sign-offs) is removed, reported. Only a file whose every row opens with a label
 * and that holds a 正文 cell of some length is read so.
 */
import type { Change } from '../report.ts';
import { csvRecords, type Reading } from './reading.ts';

export const RULE = 'form-csv';

const LABEL = /^[\p{Script=Han}（）()]{2,8}$/u;
const TITLE = /^(?:稿件标题|稿件標題|标题|標題|题目|題目|文章标题|文章標題)$/u;
const AUTHOR = /^(?:作者|撰稿|撰稿人|记者|記者)$/u;
const TEXT = /^(?:正文|内容|內容|稿件正文|文章正文)$/u;
const CAPTIONS = /^(?:图片说明|圖片說明|图说|圖說|图片说明文字)$/u;

interface Row { cells: string[]; line: number }

export function formCsv(text: string, lineMap: number[]): Reading | undefined {
  // (A file without a comma after a label on its first lines is no such form: most texts are spared the parser.)
  if (!/^[^\n,]{2,40},/u.test(text) || !/(?:^|\n)(?:正文|内容|稿件正文),"/u.test(text)) return undefined;
  const records = csvRecords(text, true);
  if (!records) return undefined;
  const rows: Row[] = records.map((r) => ({ cells: r.cells.map((c) => c.trim()), line: r.line }));
  if (rows.length < 4 || !rows.every((r) => LABEL.test(r.cells[0]!.replace(/[\s\u3000]/gu, '')) || r.cells.filter(Boolean).length === 1)) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const body: { text: string; line: number }[] = [];
  const captions: { text: string; line: number }[] = [];
  const src = (line: number) => lineMap[line - 1] ?? line;
  for (const row of rows) {
    const filled = row.cells.filter((c) => c !== '');
    const line = src(row.line);
    if (filled.length === 1) {
      changes.push({ rule: RULE, kind: 'removed', line, text: filled[0]!, to: "the form's name" });
      continue;
    }
    for (let k = 0; k < filled.length; k += 2) {
      const label = filled[k]!;
      const value = filled[k + 1] ?? '';
      if (TEXT.test(label) && value.length >= 20) {
        changes.push({ rule: RULE, kind: 'removed', line, text: `${label},`, to: "the label of the form's text cell" });
        value.split('\n').forEach((l, d) => body.push({ text: l, line: src(row.line + d) }));
      } else if (CAPTIONS.test(label)) {
        changes.push({ rule: RULE, kind: 'removed', line, text: `${label},`, to: "the label of the form's captions cell (its lines after the text)" });
        value.split('\n').forEach((l, d) => captions.push({ text: l, line: src(row.line + d) }));
      } else if ((TITLE.test(label) || AUTHOR.test(label)) && value !== '') {
        const key = TITLE.test(label) ? 'title' : 'byline';
        // A field given twice: the first is the front matter's, the second a repeat (reported whole).
        if (meta[key] !== undefined) {
          changes.push({ rule: RULE, kind: 'removed', line, text: `${label},${value}`, to: `a repeat of the form's ${key}` });
          continue;
        }
        meta[key] = value;
        changes.push({ rule: RULE, kind: 'removed', line, text: `${label},`, to: `label of front matter: ${key}` });
        changes.push({ rule: RULE, kind: 'moved', line, text: value, to: `front matter: ${key}` });
      } else {
        changes.push({ rule: RULE, kind: 'removed', line, text: value === '' ? label : `${label},${value}`, to: "a cell of the form (not the story's)" });
      }
    }
  }
  if (body.length === 0) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  for (const b of body) { out.push(b.text); map.push(b.line); }
  for (const c of captions) { out.push('', c.text); map.push(c.line, c.line); }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
