/**
 * release-form: a press release (新闻通稿) laid out with a form at its head — cells of a table printed as a
 * line each, label and value spaced apart where they stood on the page (Ghostscript's txtwrite, `pdftotext
 * -layout`): `稿件类型   新闻通稿   发稿日期   2026年5月21日` / `供稿科室   公共服务股   联系人   某某　0797-…`.
 * The form is the release's paperwork, not its text: its date is the release's (published), every other cell
 * goes to the report. Only lines above the text whose every label cell is a form's label word are read, so a
 * table in the story, or a line of names spaced apart, stays.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'release-form';

// A release form's label words (the cells that name the cell after them).
const FORM_LABEL = /^(?:稿件类型|稿件類型|稿件类别|稿件類別|文稿类型|文稿類型|发稿日期|發稿日期|发稿时间|發稿時間|供稿科室|供稿单位|供稿單位|供稿部门|供稿部門|撰稿人|拟稿人|擬稿人|联系人|聯繫人|联系电话|聯繫電話|签发人|簽發人|签发|簽發|审核人|審核人|核稿人|稿件编号|稿件編號|密级|密級|紧急程度|緊急程度)$/u;
const DATE_LABEL = /^(?:发稿日期|發稿日期|发稿时间|發稿時間)$/u;
// Cells apart by a run of spaces, a tab, or ideographic spaces in a row.
const CELL_GAP = /(?:[ \t\u3000]{2,}|\t)/u;

/** The line's label and value cells, when every other cell from the first is a form label; else undefined. */
function formCells(line: string): string[] | undefined {
  const cells = line.trim().split(CELL_GAP).filter((c) => c !== '');
  if (cells.length < 2 || cells.length % 2 !== 0) return undefined;
  for (let i = 0; i < cells.length; i += 2) if (!FORM_LABEL.test(cells[i]!)) return undefined;
  return cells;
}

// The release's label run into its issuer and date on the first line (officeparser drops the tab between them):
// `新闻稿湔溪县民政局　2026年4月8日`.
const LABEL_LINE = /^[\s\u3000]*(新闻通稿|新聞通稿|新闻稿|新聞稿|新闻发布稿|新聞發佈稿)[\s\u3000]*([\p{Script=Han}]{2,30}?)[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*$/u;

export function releaseForm(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const labelled = first >= 0 && first < 3 ? LABEL_LINE.exec(lines[first]!) : null;
  if (labelled) {
    const line = lineMap[first] ?? first + 1;
    const out = [...lines];
    out[first] = '';
    return {
      text: out.join('\n'),
      meta: { published: labelled[3]! },
      changes: [
        { rule: RULE, kind: 'removed', line, text: `${labelled[1]}${labelled[2]}`, to: "the release's label and its issuer (a letterhead, no source line)" },
        { rule: RULE, kind: 'moved', line, text: labelled[3]!, to: 'front matter: published' },
      ],
      lineMap,
    };
  }
  // The form stands above the text: the first line that ends a sentence after twenty characters of Han is text.
  const textAt = lines.findIndex((l) => /[。！？]/u.test(l) && (l.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20);
  const head = textAt < 0 ? Math.min(lines.length, 12) : Math.min(textAt, 12);
  const form: { at: number; cells: string[] }[] = [];
  for (let i = 0; i < head; i++) {
    const cells = formCells(lines[i]!);
    if (cells) form.push({ at: i, cells });
  }
  // Two label words at least: one labelled cell alone is no form.
  if (form.reduce((n, f) => n + f.cells.length / 2, 0) < 2) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out = [...lines];
  for (const { at, cells } of form) {
    const line = lineMap[at] ?? at + 1;
    out[at] = '';
    for (let i = 0; i < cells.length; i += 2) {
      const label = cells[i]!;
      const value = cells[i + 1]!;
      if (DATE_LABEL.test(label) && meta.published === undefined) {
        changes.push({ rule: RULE, kind: 'removed', line, text: label, to: 'label of front matter: published' });
        changes.push({ rule: RULE, kind: 'moved', line, text: value, to: 'front matter: published' });
        meta.published = value;
        continue;
      }
      changes.push({ rule: RULE, kind: 'removed', line, text: `${label}　${value}`, to: "a cell of the release's form" });
    }
  }
  return { text: out.join('\n'), meta, changes, lineMap };
}
