/**
 * Credit blocks that a layout or a converter set apart from the lines the metadata rule reads one at a time:
 * a byline one piece a line under the headline, an info bar written as a table of one row, and the closing
 * credits in brackets that name the desk, the writers and the photographer.
 */
import type { Paragraph, Root, RootContent, Table } from 'mdast';
import type { VFile } from 'vfile';
import { bylineTakenAt, pushMeta, record, reportOf } from '../report.ts';
import { filledLine, lineOf, text } from '../tree.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { countHan, separateNames } from '../chars.ts';
import { fieldKeyOf, GOV_FIELD_WORDS, labelledLine } from '../labelled-line.ts';
import { RULE, setSource, ROLE_WORD } from './values.ts';

const ROLE_ALONE = new RegExp(`^${ROLE_WORD}$`, 'u');
const REPORTER_TAIL = new RegExp(`^${ROLE_WORD}[\\s\\u3000]*[\\p{Script=Han}·]{2,4}(?:[\\s\\u3000]+${ROLE_WORD}[\\s\\u3000]*[\\p{Script=Han}·]{2,4})*[\\s\\u3000]+${ROLE_WORD}$`, 'u');

/**
 * A byline a PDF's text layer gave one piece a line under the headline (`本报记者` / `贝晓宁` / `文/图`): the role
 * alone, the names under it, and what they did; read as the byline it is, before the text starts.
 */
export function brokenByline(tree: Root, file: VFile): void {
  const kids = tree.children;
  const para = (k: number) => (kids[k]?.type === 'paragraph' ? text(kids[k]!).trim() : undefined);
  const body = kids.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 30 && /[。！？]/u.test(text(n)));
  for (let i = 0; i < Math.min(body < 0 ? kids.length : body, 30) - 1; i++) {
    // A reporters' line that ends in a role, its name on the next line (`本报见习记者 简书妍 通讯员` / `闻昊`): one line.
    const head = para(i);
    const tailName = para(i + 1);
    if (head !== undefined && tailName !== undefined && REPORTER_TAIL.test(head) && /^[\p{Script=Han}·]{2,4}$/u.test(tailName) && kids[i]!.type === 'paragraph' && (kids[i] as Paragraph).children.length === 1) {
      record(file, { rule: RULE, kind: 'joined', line: lineOf(kids[i + 1]!), text: `${head.slice(-8)}⏎${tailName}`, to: "one byline line (the layout put the last name on a line of its own)" });
      (kids[i] as Paragraph).children = [{ type: 'text', value: `${head} ${tailName}` }];
      kids.splice(i + 1, 1);
      return;
    }
    const role = para(i);
    const names = para(i + 1);
    if (role !== undefined && ROLE_ALONE.test(role) && names !== undefined && countHan(names) >= 10 && nameSetApart(tree, file, i, role)) return;
    if (role === undefined || names === undefined || !ROLE_ALONE.test(role) || !/^[\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4}){0,3}$/u.test(names)) continue;
    const did = para(i + 2) !== undefined && /^(?:文[\s\u3000]*[/／][\s\u3000]*[图圖]|[图圖][\s\u3000]*[/／][\s\u3000]*文|文|摄|攝|报道|報道)$/u.test(para(i + 2)!) ? 1 : 0;
    // (Reported at the role's line, the byline's first: a headline stacked over it stands right above that.)
    const line = lineOf(kids[i]!);
    record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'label of front matter: byline (a role on a line of its own)' });
    const people = separateNames(names);
    pushMeta(file, 'byline', people);
    record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
    if (did) record(file, { rule: RULE, kind: 'removed', line: lineOf(kids[i + 2]!), text: para(i + 2)!, to: 'what the reporter did, after the byline' });
    kids.splice(i, 2 + did);
    return;
  }
}

/**
 * The role alone over the text's first paragraph (`本报记者`), and its name set apart further down, alone between
 * the two halves of a sentence (`…不符合要求的` / `桂思远` / `充电宝，旅客…`): a PDF's text read a centred byline as
 * two pieces and placed the name at a column's break. One such name alone in the text, a person's, is the byline's;
 * the sentence closes over the gap it leaves.
 */
function nameSetApart(tree: Root, file: VFile, at: number, role: string): boolean {
  const kids = tree.children;
  const lone = (k: number) => {
    const [before, node, after] = [kids[k - 1], kids[k], kids[k + 1]];
    if (node?.type !== 'paragraph' || before?.type !== 'paragraph' || after?.type !== 'paragraph') return false;
    const name = text(node).trim();
    return /^\p{Script=Han}{2,3}$/u.test(name) && looksLikePersonName(name) && countHan(text(before)) >= 10 && /\p{Script=Han}$/u.test(text(before).trim()) && /^\p{Script=Han}/u.test(text(after).trim());
  };
  const found = kids.map((_, k) => k).filter((k) => k > at + 1 && lone(k));
  if (found.length !== 1) return false;
  const k = found[0]!;
  const name = text(kids[k]!).trim();
  const line = lineOf(kids[at]!);
  record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'label of front matter: byline (a role on a line of its own)' });
  pushMeta(file, 'byline', name);
  // (Reported at the role's line, the byline's place: a headline stacked over it stands right above that.)
  record(file, { rule: RULE, kind: 'moved', line, text: name, to: `front matter: byline (the role's name, set apart inside a sentence at a column's break, line ${lineOf(kids[k]!) ?? '?'})` });
  const after = kids[k + 1] as Paragraph;
  // The gap was the name's, not a paragraph's: the sentence runs on.
  after.data = { ...after.data, gap: false };
  kids.splice(k, 1);
  kids.splice(at, 1);
  return true;
}

/**
 * A page's info bar set as a layout table, which html2text writes as a table of one row and no body
 * (`来源科室：某股| 执笔：某某| 日期：2026-12-01` / `---|---|---`): every cell a labelled field. (A village's
 * disclosure box too: `公开类别：财务公开 | 公开时间：… | 公开单位：…`.) It is the
 * info line it was, a paragraph for the rules below to read; its cells keep their text, a space between.
 */
export function fieldRowTables(tree: Root, file: VFile): void {
  tree.children = tree.children.flatMap((n, k) => {
    const box = n.type === 'table' && k <= 30 ? labelValueRows(n) : undefined;
    if (box) {
      record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: '|', to: "the public-information box's table, read as its lines of fields" });
      return box.map((row): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: row }], position: n.position }));
    }
    // (Or a header of labels over one row of their values, as pandoc writes an announcement's metadata table:
    // `公告类型 | 发布法院 | 发布日期 | 浏览次数` / `宣告失踪 | 某某县人民法院 | 2027-05-20 | 87`.)
    const headed = n.type === 'table' && k <= 30 && n.children.length === 2 ? labelsOverValues(n) : undefined;
    if (headed) {
      record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: '|', to: "the page's table of labels over their values, read as its line of fields (a colon after each label)" });
      return { type: 'paragraph', children: [{ type: 'text', value: headed }], position: n.position } as Paragraph;
    }
    // (Or a row under an empty header, as pandoc writes a layout table of one row: `|  |  |` / `|---|---|` / the row.)
    const emptyHead = n.type === 'table' && n.children.length === 2 && n.children[0]!.children.every((c) => text(c).trim() === '');
    if (n.type !== 'table' || (n.children.length !== 1 && !emptyHead) || k > 30) return n;
    const cells = n.children[emptyHead ? 1 : 0]!.children.map((c) => text(c).trim()).filter((c) => c !== '');
    // (Its labels in cells of their own, no colon, each before its value: `發布日期 | 2027-10-04 | 發布單位 | 某科`.)
    const paired = cells.length >= 4 && cells.length % 2 === 0 && cells.every((c, i) => (i % 2 === 0 ? fieldKeyOf(c.replace(/[\s\u3000]+/gu, '')) !== undefined : !/[：:]$/u.test(c) && fieldKeyOf(c) === undefined));
    if (paired) {
      record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: '|', to: "the info bar's table of label and value cells, read as its line of fields (a colon after each label)" });
      return { type: 'paragraph', children: [{ type: 'text', value: cells.flatMap((c, i) => (i % 2 === 0 ? [`${c}：${cells[i + 1]}`] : [])).join('\u3000') }], position: n.position } as Paragraph;
    }
    const fields = cells.length >= 2 ? labelledLine(cells.join('\u3000')) : undefined;
    if (!fields || fields.length < cells.length || !cells.every((c) => /^[^：:]{1,8}[：:]/u.test(c))) return n;
    record(file, { rule: RULE, kind: 'changed', line: lineOf(n), text: '|', to: "the info bar's table, read as its line of fields" });
    return { type: 'paragraph', children: [{ type: 'text', value: cells.join('\u3000') }], position: n.position } as Paragraph;
  });
}

const LABEL_CELL = /^[^：:]{1,8}[：:]$/u;

/** A table's head of field labels (every one a label, two of them the article's source, date or author) over one row of values, as one line of fields. */
function labelsOverValues(table: Table): string | undefined {
  const [head, row] = table.children.map((r) => r.children.map((c) => text(c).trim())) as [string[], string[]];
  if (head.length < 2 || row.length !== head.length || row.some((c) => c === '' || c.length > 40 || /[：:]/u.test(c))) return undefined;
  const keys = head.map((c) => fieldKeyOf(c.replace(/[\s\u3000]+/gu, '')));
  if (keys.some((k) => k === undefined) || keys.filter((k) => k === 'source' || k === 'published' || k === 'byline').length < 2) return undefined;
  return head.map((c, i) => `${c}：${row[i]}`).join('\u3000');
}

/**
 * A government page's public-information box drawn as a table of label and value cells side by side
 * (`索引号： | 1143…/2027-00318 | 发布机构： | 某某镇人民政府`, a text browser's box or a Markdown table): each row
 * as a line of its fields (`索引号：1143…　发布机构：某某镇人民政府`), where two labels at least are the box's.
 */
function labelValueRows(table: Table): string[] | undefined {
  if (table.children.length > 6) return undefined;
  const rows = table.children.map((r) => r.children.map((c) => text(c).trim()).filter((c) => c !== ''));
  if (rows.some((r) => r.length === 0 || r.length % 2 !== 0 || r.some((c, i) => (i % 2 === 0) !== LABEL_CELL.test(c)))) return undefined;
  const labels = rows.flatMap((r) => r.filter((_, i) => i % 2 === 0).map((c) => c.slice(0, -1).replace(/[\s\u3000]+/gu, '')));
  if (labels.filter((l) => GOV_FIELD_WORDS.includes(l)).length < 2) return undefined;
  return rows.map((r) => r.flatMap((c, i) => (i % 2 === 0 ? [`${c}${r[i + 1]}`] : [])).join('\u3000'));
}

const SENT_BY = /^[（(](\p{Script=Han}{4,20})[\s\u3000]+([\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4}){0,3})[）)]$/u;
const SIGNED_CREDITS = /^[（(](?:(\p{Script=Han}{2,16}?)[\s\u3000]+)?([\p{Script=Han}·]{2,4}(?:[、\s\u3000]+[\p{Script=Han}·]{2,4})?)([\s\u3000]*[/／][\s\u3000]*文)(?:[\s\u3000]+([\p{Script=Han}·]{2,4}(?:[、\s\u3000]+[\p{Script=Han}·]{2,4})?[\s\u3000]*[/／][\s\u3000]*[图圖]))?[）)]$/u;

// `（政教处供稿）` closing a school's or a body's news item: the desk that sent it in.
const SUPPLIED_BY = /^[（(](\p{Script=Han}{2,16}?)(供稿|來稿|来稿)[）)]$/u;

/** The closing credits in brackets: `（某处　某某/文　某某/图）`, `（某某联社　某某　某某）`. Whether the line was one. */
export function closingCredits(value: string, node: RootContent, file: VFile): boolean {
  // `（某某县农村信用合作联社　阎志坚　滑春妮）` closing a contributed article: the body that sent it and its writers.
  const sent = SENT_BY.exec(value);
  if (sent && looksLikeOrganisation(sent[1]!)) {
    const line = lineOf(node);
    setSource(file, sent[1]!, 2, line);
    record(file, { rule: RULE, kind: 'moved', line, text: sent[1]!, to: 'front matter: source (the body that sent the article, before its writers)' });
    const writers = separateNames(sent[2]!.trim());
    pushMeta(file, 'byline', writers);
    record(file, { rule: RULE, kind: 'moved', line, text: writers, to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: `${value[0]}${value.at(-1)}`, to: "the credits' brackets" });
    return true;
  }
  const supplied = SUPPLIED_BY.exec(value);
  if (supplied && looksLikeOrganisation(supplied[1]!)) {
    const line = lineOf(node);
    setSource(file, supplied[1]!, 2, line);
    record(file, { rule: RULE, kind: 'moved', line, text: supplied[1]!, to: 'front matter: source (the desk that sent the item in)' });
    record(file, { rule: RULE, kind: 'removed', line, text: supplied[2]!, to: 'label of front matter: source' });
    record(file, { rule: RULE, kind: 'removed', line, text: `${value[0]}${value.at(-1)}`, to: "the credit's brackets" });
    return true;
  }
  const signed = SIGNED_CREDITS.exec(value);
  if (signed && (signed[1] === undefined || looksLikeOrganisation(signed[1]))) {
    const line = lineOf(node);
    if (signed[1]) {
      setSource(file, signed[1], 2, line);
      record(file, { rule: RULE, kind: 'moved', line, text: signed[1], to: 'front matter: source (the desk before the writer)' });
    }
    const writers = separateNames(signed[2]!.trim());
    pushMeta(file, 'byline', writers);
    record(file, { rule: RULE, kind: 'moved', line, text: writers, to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: signed[3]!, to: 'label of front matter: byline' });
    if (signed[4]) {
      pushMeta(file, 'photo_credits', signed[4].trim());
      record(file, { rule: RULE, kind: 'moved', line, text: signed[4].trim(), to: 'front matter: photo_credits' });
    }
    record(file, { rule: RULE, kind: 'removed', line, text: `${value[0]}${value.at(-1)}`, to: "the credits' brackets" });
    return true;
  }
  return false;
}

/**
 * A second author's name on a line of its own between the info fields (`作者：党思远` / `满子墨` / `浏览量：2,318`),
 * as a printed page's text parts a byline's names: the source line above it was the byline the front matter took,
 * the one below another field taken out. The name joins the byline.
 */
export function nameBetweenFields(tree: Root, file: VFile): void {
  const changes = reportOf(file).changes;
  const firstText = tree.children.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
  tree.children = tree.children.filter((n, i) => {
    const name = n.type === 'paragraph' ? text(n).trim() : '';
    const at = lineOf(n);
    // (The place says it is a name: any two or three characters, a surname the list does not know among them, `满子墨`.)
    if ((firstText >= 0 && i > firstText) || at === undefined || !(/^\p{Script=Han}{2,3}$/u.test(name) || looksLikePersonName(name))) return true;
    const [above, below] = [filledLine(file, at, -1), filledLine(file, at, 1)];
    const byline = bylineTakenAt(file, above);
    // (The field below may be one the boilerplate rule took, a counter: `浏览量：2,318`.)
    const field = changes.some((c) => c.line === below && (c.kind === 'moved' || c.kind === 'removed'));
    if (!byline || !field) return true;
    pushMeta(file, 'byline', name);
    record(file, { rule: RULE, kind: 'moved', line: at, text: name, to: 'front matter: byline (a second name on a line of its own among the info fields)' });
    return false;
  });
}
