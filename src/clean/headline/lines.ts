/**
 * What the title-parts rule reads a line as: a headline, a story's lead, page chrome, a magazine's credit; and
 * the small writes its parts share (a field the page replaces, a headline's halves).
 */
import type { Paragraph, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record, reportOf } from '../report.ts';
import { text } from '../tree.ts';
import { countHan } from '../chars.ts';

export const RULE = 'title-parts';

export const HEADLINE_MAX = 40;
export const PHOTO_CAPTION_MAX = 150;

export function headlineLike(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const t = text(node).trim();
  // A line that opens with its date (`３月１２日，…`) is a news lead that lost its full stop, not a headline.
  return t.length > 0 && t.length <= HEADLINE_MAX && countHan(t) > 0 && !/[。；：:]/u.test(t) && !/[，、,]$/u.test(t) && !/^[\d０-９]{1,4}[年月日]/u.test(t);
}

// A story's lead: `本报讯`, `新华社北京3月5日电`, `记者从…获悉`.
// (A site's or a paper's own dateline before a space opens a lead too: `芷城网讯　9月3日，…`.)
export const LEAD = /^[\s\u3000]*(?:本报讯|本報訊|本刊讯|[\p{Script=Han}]{2,12}(?:讯|訊|电|電)[\s\u3000]*[（(]|[\p{Script=Han}]{1,10}(?:网|網|报|報|台|臺)(?:讯|訊)[\s\u3000]+(?=[\p{Script=Han}\d])|[（(]?记者)/u;

const DATELINE_OPENING = /^(?:本报讯|本報訊|本刊讯|(?:本报|本報)?\p{Script=Han}{0,8}\d{1,2}月\d{1,2}日(?:讯|訊|电|電))/u;

/** A line that reads as a headline: long enough, no sentence inside or at its end, no label, date or item number. */
export function headline(n: RootContent, min = 6, anchored = false): boolean {
  if (n.type !== 'paragraph' || n.children.some((c) => c.type !== 'text' && c.type !== 'strong' && c.type !== 'emphasis')) return false;
  const v = text(n).trim();
  if (v.length < min || v.length > 90 || countHan(v) < Math.min(4, min)) return false;
  // Two commas make a sentence that lost its full stop, not a headline.
  if ((v.match(/[，,]/gu) ?? []).length >= 2) return false;
  // Ends in a dash or colon (it introduces what follows), holds a full stop, or opens with a bracket.
  if (/[。；，、：:,—－-]$|[。；]|^[（(]/u.test(v)) return false;
  // A label with a short value (`职务，BBC中文记者`, `索引号：…`) is a field, not a headline (`某县：…是出路还是赌注？` is one).
  // Right above the page's time line, `某某：…` is a speaker's headline, not a field.
  // A field's label before the colon ends in a field word (`索引号：`, `职务，`); a place or a person
  // (`白石县：…`, `某某：…`) before it heads a headline.
  if ((!anchored && /^[^：:，,]{0,5}(?:号|务|题|词|者|源|辑|间|期|点|类|式|围|性|构|签|名|址|话|箱|人)[：:，,][^，,：:]{0,14}$/u.test(v)) || /[>›»]/u.test(v)) return false;
  // A telephone number after its label (`急救电话：120`, `预约挂号：0728-…`) is a contact field, in a site's head or side.
  if (/(?:电话|電話|热线|熱線|挂号|掛號|传真|傳真|手机|手機|专线|專線)[：:][\s\u3000]*\(?\d[\d()（）-]{1,18}\d(?![\d\p{Script=Han}])/u.test(v)) return false;
  // A site's name and slogan apart by a spaced bar or dash (`数码前哨 - 有态度的科技资讯`) is its banner.
  if (/[\s\u3000][-–—|｜][\s\u3000]/u.test(v)) return false;
  // A line that closes with a full date after a gap (`某某县统计局 某某调查队 2028年3月12日`) is the issuers' line
  // under the headline, or a page's info line: no headline.
  if (/[\s\u3000]\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})$/u.test(v)) return false;
  // A newspaper's page label (`第A03版：要闻`) heads the page, not the story.
  if (/^第?[A-Z]?\d{1,3}版/u.test(v)) return false;
  // A story's dateline opens its first paragraph, never a headline (`本报某地4月2日讯（记者 某某）记者从`, a link cut
  // out of the sentence).
  if (DATELINE_OPENING.test(v)) return false;
  // A line that opens with a dash is a deck (副题), never the headline.
  if (/^(?:[—－]|--)/u.test(v)) return false;
  // A date, not a headline that opens with its year (`2024年全县粮食产量再创新高`).
  // (`4.3万余名考生…` opens with a decimal, not with an item's number.)
  if (/^\d{4}(?:[-/.]\d{1,2}|年\d{1,2}月)|^\d{1,2}(?:[.．](?!\d)|、)|^[一二三四五六七八九十]{1,3}、/u.test(v)) return false;
  return true;
}

/** The source lines the metadata rule took a byline, a time or a source from: what a printed headline stands on. */
export function metadataLines(file: VFile): number[] {
  return reportOf(file).changes.filter((c) => c.rule === 'metadata' && c.kind === 'moved' && /^front matter: (?:byline|published|source)/u.test(c.to ?? '') && c.line !== undefined).map((c) => c.line!);
}

/**
 * Whether the source line `line` is a magazine's credit line (`文／某某`, `撰文｜某某 摄影｜某某`): the evidence that a
 * sentence above it, under the headline, is the feature's 提要 and not a news story's lead (`记者 某某`, `来源：…`).
 */
export function magazineCredit(file: VFile, line: number): boolean {
  const raw = file.data.sourceLines?.[line - 1] ?? '';
  // (`文字：某某` over `数据：某某` is a data story's credit; `文：本报记者 某某` a news story's byline.)
  return /^[\s\u3000]*(?:文|撰文|文字|采写|采访、撰文|文[\s\u3000]*图)[\s\u3000]*[／/｜|]/u.test(raw) || (/^[\s\u3000]*(?:文|文字|撰文)[\s\u3000]*[：:]/u.test(raw) && !/记者|記者/u.test(raw));
}

/** A headline of single characters each a space apart (`城 事 快 讯`, `“ 课 没 上 完 ， …”`): the layout's spacing. */
export function letterSpaced(value: string): boolean {
  return /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){2,7}$/u.test(value) || /^[\p{Script=Han}“”「」，、！？：](?: [\p{Script=Han}“”「」，、！？：]){3,30}$/u.test(value);
}

export const unspace = (value: string) => value.replace(/(?<=\S)[ \u3000](?=\S)/gu, '');

/** Site chrome: headings, lists, tables, short lines; no paragraph of running text. */
export function chromeLike(n: RootContent): boolean {
  if (n.type === 'heading' || n.type === 'list' || n.type === 'table' || n.type === 'thematicBreak' || n.type === 'html') return true;
  if (n.type !== 'paragraph') return false;
  const t = text(n).trim();
  // (A body's name in English capitals under its Chinese one may run longer: `STATE TAXATION ADMINISTRATION …`.)
  return (t.length <= 40 || /^[A-Z][A-Z&.' -]{3,80}$/u.test(t)) && !/[。！？]/u.test(t);
}

/** A field found before (a clipper's summary as the deck) that the page's printed one replaces: reported, not lost. */
export function displaced(meta: Record<string, unknown>, key: string, file: VFile, line: number | undefined): void {
  const before = meta[key];
  if (before === undefined) return;
  record(file, { rule: RULE, kind: 'removed', line, text: Array.isArray(before) ? before.join('、') : String(before), to: `front matter: ${key}, replaced by the one the page prints` });
}

export function compactOf(s: string): string {
  return s.replace(/[\s\u3000\u00a0|｜*#]+/gu, '');
}

/** The gap between a headline's halves, typed as spaces, made one U+3000. */
export function halves(value: string): string {
  // (A half cannot open with a particle or a postposition and its 的: `一碗鱼圆汤 里的蕖州` is one phrase, the
  // space a line break of the layout.)
  return value.replace(/(?<=[\p{Script=Han}“”"「」《》！？]|\p{Script=Han}\d+(?:\.\d+)?[%％‰])[ \u00a0\u3000]+(?=[\p{Script=Han}“”"「」《》])/gu, (m, at: number) => (/^(?:的|[里裡中上下内外]的)/u.test(value.slice(at + m.length)) ? '' : '\u3000'));
}
