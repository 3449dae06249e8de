/**
 * title-parts: an official document's headline (公文), the issuing body over its `关于…的通知` line, and its
 * copy under a portal's headline.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record } from '../report.ts';
import { lineOf, rawLineOf, text } from '../tree.ts';
import { countHan } from '../chars.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { tidySpaces } from '../plugins/whitespace.ts';
import { RULE, headline, compactOf } from './lines.ts';

/**
 * A portal's headline (`澄禾新材：关于…的进展公告`) over the document it reposts, which prints its own headline:
 * the issuing body over `关于…` (`岚江澄禾新材料股份有限公司` / `关于…的进展公告`). The document's copy, a few
 * blocks down before its text, repeats the headline: it goes, reported.
 */
export function documentTitleCopy(tree: Root, file: VFile, from: number, title: string): void {
  const tail = compactOf(title.replace(/^[^：:]{1,12}[：:]/u, ''));
  for (let k = from; k < Math.min(tree.children.length, from + 8); k++) {
    const b = tree.children[k]!;
    if (b.type === 'paragraph' && countHan(text(b)) >= 20 && /[。！？]/u.test(text(b))) return;
    if (b.type !== 'paragraph' || !/^关于/u.test(text(b).trim()) || compactOf(text(b)) !== tail) continue;
    const a = tree.children[k - 1];
    const org = k - 1 >= from && a?.type === 'paragraph' && looksLikeOrganisation(text(a)) ? a : undefined;
    for (const n of org ? [org, b] : [b]) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "repeat of the title (the document's own headline)" });
    tree.children.splice(org ? k - 1 : k, org ? 2 : 1);
    return;
  }
}

export const FORM_LABEL = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,5}$/u;
export const BRACKETED_DATE = /^[（(][\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*[）)]$/u;

// The kinds of an official document (公文), the word its headline ends in.
export const DOC_KIND = /(?:通知|通报|通報|决定|決定|意见|意見|报告|報告|请示|批复|函|公告|通告|公报|纪要|办法|方案|规定|规则|细则|决议|命令|议案|倡议书|公开信|说明|规划|计划|要点)$/u;

/**
 * An official document's headline is printed in two lines: the issuing body, then `关于…的通知`
 * (`蔚川县防汛抗旱指挥部办公室` / `关于切实做好…工作的紧急通知`). The first line is no kicker and the
 * second no subheading: both are the headline (title_lines). A `关于…` line wrapped in two is one line.
 */
export function documentTitle(tree: Root, file: VFile, first: number): boolean {
  // A form's name spaced out over the page's width (`新 闻 发 布 稿`, `通  知`) heads the document: a label.
  const label = tree.children[first];
  if (label?.type === 'paragraph' && FORM_LABEL.test(text(label).trim()) && looksLikeOrganisation(text(tree.children[first + 1] ?? label))) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(label), text: text(label).trim(), to: "the document's form label, spaced out above its headline" });
    tree.children.splice(first, 1);
  }
  const [a, b, c] = tree.children.slice(first, first + 3);
  if (a?.type !== 'paragraph' || b?.type !== 'paragraph' || !looksLikeOrganisation(text(a))) return false;
  // The issuing body over a report's headline and its date in brackets (`（2024年6月26日）`): author, title, date.
  const dated = c?.type === 'paragraph' ? BRACKETED_DATE.exec(text(c).trim()) : null;
  if (dated && headline(b, 6) && !/^关于/u.test(text(b).trim())) {
    const meta = metaOf(file);
    meta.byline = tidySpaces(text(a).trim());
    meta.title = tidySpaces(text(b).trim());
    if (meta.published === undefined) meta.published = dated[1]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(a), text: text(a).trim(), to: "front matter: byline (the issuing body over the document's headline)" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(b), text: text(b).trim(), to: 'front matter: title' });
    record(file, { rule: RULE, kind: meta.published === dated[1] ? 'moved' : 'removed', line: lineOf(c), text: dated[1]!, to: meta.published === dated[1] ? 'front matter: published' : 'a date line (the front matter has a published date)' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(c), text: '（）', to: "the date's brackets" });
    tree.children.splice(first, 3);
    return true;
  }
  const about = text(b).trim();
  // (Or a notice named by what it gives notice of, `2024年秋季一年级新生招生公告`, under the body that issues it.)
  const named = !/^关于/u.test(about) && about.length <= 40 && DOC_KIND.test(about) && /^[\p{Script=Han}\d]/u.test(about) && !/[。！？，；：:]/u.test(about);
  if (named) return twoLines(tree, file, first, [tidySpaces(text(a).trim()), tidySpaces(about)]);
  if (!/^关于\p{Script=Han}/u.test(about) || /[。！？，；]/u.test(about)) return false;
  const rest = c?.type === 'paragraph' ? text(c).trim() : '';
  const wrapped = !DOC_KIND.test(about) && rest.length <= 20 && DOC_KIND.test(rest) && !/[。！？，；：]/u.test(rest);
  if (!DOC_KIND.test(about) && !wrapped) return false;
  const lines = [tidySpaces(text(a).trim()), wrapped ? about + rest : about];
  const meta = metaOf(file);
  meta.title = lines.join('\u3000');
  meta.title_lines = lines;
  record(file, { rule: RULE, kind: 'moved', line: lineOf(a), text: wrapped ? `${text(a).trim()}⏎${about}⏎${rest}` : `${text(a).trim()}⏎${about}`, to: "front matter: title_lines (a document's issuing body and its 关于… line)" });
  tree.children.splice(first, wrapped ? 3 : 2);
  return true;
}

// A line a PDF's layout centres: set in far from the margin.
const CENTRED = /^(?:[ \t]{8,}|\u3000{4,})\S/u;

/**
 * A report printed from a PDF centres its headline and, under it, the body that wrote it (`2023年某省林业发展
 * 统计分析` / `某省统计局农村社会经济调查处`): the author, no second line of the headline.
 */
export function centredReport(tree: Root, file: VFile, first: number): boolean {
  const [a, b, c] = tree.children.slice(first, first + 3);
  if (a?.type !== 'paragraph' || b?.type !== 'paragraph' || c?.type !== 'paragraph') return false;
  const [ta, tb] = [text(a).trim(), text(b).trim()];
  if (!CENTRED.test(rawLineOf(file, a)) || !CENTRED.test(rawLineOf(file, b)) || CENTRED.test(rawLineOf(file, c))) return false;
  if (!headline(a, 6) || looksLikeOrganisation(ta) || !looksLikeOrganisation(tb) || tb.length > 30 || /[，。！？；：,.!?;:]/u.test(tb) || countHan(text(c)) < 20) return false;
  const meta = metaOf(file);
  if (meta.title !== undefined || meta.byline !== undefined) return false;
  meta.title = tidySpaces(ta);
  meta.byline = tidySpaces(tb);
  record(file, { rule: RULE, kind: 'moved', line: lineOf(a), text: ta, to: 'front matter: title (the centred headline)' });
  record(file, { rule: RULE, kind: 'moved', line: lineOf(b), text: tb, to: 'front matter: byline (the body that wrote it, centred under the headline)' });
  tree.children.splice(first, 2);
  return true;
}

function twoLines(tree: Root, file: VFile, first: number, lines: string[]): boolean {
  const meta = metaOf(file);
  meta.title = lines.join('\u3000');
  meta.title_lines = lines;
  const [a, b] = tree.children.slice(first, first + 2);
  record(file, { rule: RULE, kind: 'moved', line: lineOf(a!), text: `${text(a!).trim()}⏎${text(b!).trim()}`, to: "front matter: title_lines (a document's issuing body and its name)" });
  tree.children.splice(first, 2);
  return true;
}
