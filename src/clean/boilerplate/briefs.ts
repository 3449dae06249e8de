/**
 * boilerplate: a press release's contact lines, a brief of the page's column wedged into the story or run on
 * after it, and a word processor's page header printed after a document's foot.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { apply } from '../report.ts';
import { lineOf, text } from '../tree.ts';
import { columnOf } from '../column.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { pressRelease } from '../headline/stacked.ts';
import { drop, RULE } from './shared.ts';

// A release's contact line: `联系人：某某	联系电话：0739-…`, `媒体联系人：某某`, `电话：… 邮箱：…`.
const CONTACT_FIELD = '(?:媒体联系人|媒體聯繫人|联系人|聯繫人|联系电话|聯繫電話|联系方式|聯繫方式|电话|電話|手机|手機|传真|傳真|电子邮箱|電子郵箱|邮箱|郵箱)[：:][\\s\\u3000]*[^\\s\\u3000：:。！？]{1,30}?(?:[\\u3000 ][^\\s\\u3000：:。！？]{1,20})?';
// (The fields apart by spaces, or glued where a converter dropped the tab between them: `联系人：某某联系电话：…`.)
const CONTACT_LINE = new RegExp(`^${CONTACT_FIELD}(?:[\\s\\u3000]*${CONTACT_FIELD}){0,4}$`, 'u');

/**
 * A press release closes with its contact for the press (联系人, 联系电话), after the text and its byline: the
 * release's paperwork, not its news. Only in a release (its label 新闻稿 or its form at its head), only the last
 * lines, each wholly such fields; a notice's contact for its readers is the notice's text and stays.
 */
export function releaseContact(tree: Root, file: VFile): void {
  if (!pressRelease(file)) return;
  // Among the last blocks: a converter may print the document's notes after it.
  const from = Math.max(1, tree.children.length - 4);
  tree.children = tree.children.filter((n, k) => k < from || n.type !== 'paragraph' || !CONTACT_LINE.test(text(n).trim()) || !apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "a press release's contact for the press, after its text" }));
}

// A brief's own dateline: `本报讯（通讯员 某某）`, `本报5月9日讯`.
const BRIEF_DATELINE = /^[\s\u3000]*本[报報](?:\d{1,2}月\d{1,2}日)?[讯訊][\s\u3000]*[（(]/u;

/**
 * An e-paper page read whole sets the other stories of the page after the article: a brief under its own
 * headline at the end (`岘坪县举办茶叶加工技能竞赛` / `本报讯（通讯员 某某）5月9日，…`). A short headline line over a
 * paragraph that opens with the paper's dateline, after three paragraphs of the article at least and running to
 * its end, short beside it, is another story: it goes whole (reported). A subheading of the article is never
 * followed by a dateline; a bundle of briefs has no long article before its first.
 */
/**
 * An e-paper page read by pdftotext may set a brief of the next column in the middle of the article: its
 * headline (a line or two), its dateline (`本报讯（通讯员` / `某某）`, cut by the column) and its text, every line of
 * it far narrower than the article's column. The run goes whole (reported); the article goes on after it.
 */
function wedgedBrief(tree: Root, file: VFile): void {
  const { full, width } = columnOf(file);
  if (full === undefined) return;
  const kids = tree.children;
  const lines = file.data.sourceLines ?? [];
  const span = (n: RootContent): [number | undefined, number | undefined] => (n.type === 'paragraph' && n.data?.line !== undefined ? [n.data.line, n.data.lastLine ?? n.data.line] : [n.position?.start.line, n.position?.end.line]);
  const narrow = (n: RootContent) => {
    const [from, to] = span(n);
    if (from === undefined || to === undefined) return false;
    const own = lines.slice(from - 1, to).filter((l) => l.trim() !== '');
    return own.length > 0 && own.every((l) => width(l.trim()) <= full * 0.7);
  };
  const d = kids.findIndex((n, k) => k >= 4 && n.type === 'paragraph' && /^[\s\u3000]*本[报報](?:\d{1,2}月\d{1,2}日)?[讯訊]/u.test(text(n)));
  if (d < 0) return;
  // Its headline: one or two short lines without a mark, right above the dateline.
  let at = d;
  while (at > d - 2 && kids[at - 1]?.type === 'paragraph' && text(kids[at - 1]!).trim().length <= 16 && !/[。！？，；：]/u.test(text(kids[at - 1]!))) at--;
  if (at === d) return;
  // Above the headline, the article: sentences, in the wide column.
  const before = kids.slice(0, at).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)));
  if (before.length < 2 || before.some((n) => narrow(n))) return;
  // The dateline's tail (`某某）`), then the brief's narrow paragraphs.
  let end = d + 1;
  while (end < kids.length && kids[end]!.type === 'paragraph' && !/[。！？]/u.test(text(kids[end]!)) && text(kids[end]!).trim().length <= 12) end++;
  const body = end;
  while (end < kids.length && kids[end]!.type === 'paragraph' && narrow(kids[end]!) && /[。！？]/u.test(text(kids[end]!))) end++;
  // (Three lines of its text at least, and the article going on after it: else the rule after this one reads it.)
  const bodyLines = kids.slice(body, end).reduce((n, k) => n + ((span(k)[1] ?? 0) - (span(k)[0] ?? 0) + 1), 0);
  const after = kids.slice(end).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)) && !narrow(n));
  if (end === body || bodyLines < 3 || after.length === 0) return;
  const taken = kids.slice(at, end);
  if (!taken.every((n) => apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "another story of the e-paper's page (a brief in a narrower column, set inside the article by the text's reading order)" }))) return;
  kids.splice(at, end - at);
}

export function neighbourBrief(tree: Root, file: VFile): void {
  wedgedBrief(tree, file);
  const kids = tree.children;
  const para = (n: RootContent | undefined): n is Paragraph | Heading => n?.type === 'paragraph' || n?.type === 'heading';
  const at = kids.findIndex((n, k) => k >= 3 && para(n) && text(n).trim().length <= 30 && !/[。！？，；]/u.test(text(n)) && kids[k + 1]?.type === 'paragraph' && BRIEF_DATELINE.test(text(kids[k + 1]!)));
  if (at < 0) return;
  // The brief's paragraphs: up to the end, or to a line of page furniture (short, no sentence).
  let end = at + 1;
  while (end < kids.length && kids[end]!.type === 'paragraph' && (end === at + 1 || /[。！？]/u.test(text(kids[end]!)))) end++;
  if (kids.slice(end).some((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)) && text(n).trim().length > 30)) return;
  const brief = kids.slice(at, end).reduce((n, k) => n + text(k).length, 0);
  const before = kids.slice(0, at).filter((n) => n.type === 'paragraph' && /[。！？]/u.test(text(n)));
  if (end - at > 4 || brief > 600 || before.length < 3 || before.reduce((n, k) => n + text(k).length, 0) < 2 * brief) return;
  // Another dateline inside the article's text: a bundle of briefs, each of its own.
  if (before.some((n) => BRIEF_DATELINE.test(text(n))) && before.filter((n) => BRIEF_DATELINE.test(text(n))).length > 1) return;
  const taken = kids.slice(at, end);
  if (!taken.every((n) => apply(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n), to: "another story of the e-paper's page (a brief under its own headline and dateline, after the article)" }))) return;
  kids.splice(at, end - at);
}

// A document's distribution block (版记) and a page footer's field codes, as the source prints them.
const DOCUMENT_FOOT = /^(?:本期)?(?:报送|報送|抄送|抄报|抄報|分送|报|報|送|发|發)[：:]|共印\d{1,5}份|^第(?:PAGE)?\d{0,4}页/u;

/**
 * A Word document's text as catdoc or wvText print it ends with the page's header and footer, after the text
 * and after its distribution block: the body's name there (`湲水市桐荫街道办事处`) is the letterhead's, not the
 * document's sign-off, which stands above the block. Only a last line that names a body, with such a line of
 * the document's foot right above or under it in the source, goes.
 */
export function removePageHeaderAfterText(tree: Root, file: VFile): void {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'paragraph' || !looksLikeOrganisation(text(last))) return;
  const lines = file.data.sourceLines ?? [];
  const at = lineOf(last);
  if (at === undefined) return;
  const near = (step: number) => {
    for (let k = at - 1 + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim() !== '') return lines[k]!.replace(/[\s\u3000]+/gu, '');
    return '';
  };
  if (!DOCUMENT_FOOT.test(near(-1)) && !DOCUMENT_FOOT.test(near(1))) return;
  if (drop(file, last, "the page header a word processor's text prints after the document's foot (its letterhead, no sign-off)")) tree.children.pop();
}
