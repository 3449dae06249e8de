/**
 * title-parts: the deck (副题, 提要) under the title, and the headline's parts a page labels (`引题：…`).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { bylineTakenAt, metaOf, record, reportOf } from '../report.ts';
import { filledLine, lineOf, text } from '../tree.ts';
import { countHan } from '../chars.ts';
import { looksLikePersonName } from '../names.ts';
import { tidySpaces } from '../plugins/whitespace.ts';
import { RULE, magazineCredit } from './lines.ts';
import { sentenceDeck } from './stacked.ts';

export const PART_LABEL = /^[\s\u3000]*(引题|肩题|副标题|副题|主标题)[\s\u3000]*[：:][\s\u3000]*(\S.{1,60})$/u;

/** `引题：…` / `副标题：…` before the text: the headline's parts, labelled as such by the page. */
export function labelledParts(tree: Root, file: VFile, first: number): number | undefined {
  const meta = metaOf(file);
  let kickerAt: number | undefined;
  const kids = tree.children;
  for (let i = first; i < Math.min(kids.length, first + 8); i++) {
    const n = kids[i]!;
    if (n.type !== 'paragraph') continue;
    const m = PART_LABEL.exec(text(n));
    if (!m) continue;
    const key = /副/u.test(m[1]!) ? 'deck' : /引|肩/u.test(m[1]!) ? 'kicker' : 'title';
    if (meta[key] !== undefined) continue;
    meta[key] = tidySpaces(m[2]!.trim());
    record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: m[2]!.trim(), to: `front matter: ${key}` });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: m[1]!, to: `the label of the ${key}` });
    if (key === 'kicker') kickerAt = i;
    kids.splice(i--, 1);
  }
  return kickerAt;
}

/** Whether the next line of text in the source after `node` is a magazine's credit line. */
export function creditBelow(file: VFile, node: RootContent): boolean {
  const lines = file.data.sourceLines ?? [];
  let k = node.position?.end.line ?? lines.length;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  return k < lines.length && magazineCredit(file, k + 1);
}

export const DESCRIPTION_LABEL = /^(?:视频简介|視頻簡介|节目简介|節目簡介|视频介绍|視頻介紹|节目介绍|節目介紹)[：:]?$/u;

/**
 * A paragraph wholly in bold right under the title, before the text, is the deck (副题/提要): WeChat and
 * many sites set the summary line that way.
 */
// A lead's dateline: the paper's or the station's (`本报讯`, `某某讯（通讯员…）`), or an agency's (`新华社某地5月3日电`).
export const LEAD_DATELINE = /^[\s\u3000]*(?:本报讯|本報訊|本刊讯|本台讯|本网讯|\p{Script=Han}{2,8}?(?:讯|訊)(?=[\s\u3000]*[（(])|\p{Script=Han}{2,8}(?:社|网|網)\p{Script=Han}{2,6}\d{1,2}月\d{1,2}日(?:电|電))/u;

export function takeDeck(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.deck !== undefined) return;
  const i = tree.children.findIndex((n) => n.type === 'paragraph' || n.type === 'heading');
  const node = tree.children[i];
  if (node?.type !== 'paragraph') return;
  // A video page labels its description (`视频简介` on a line of its own): the paragraph under the label is the deck.
  const label = DESCRIPTION_LABEL.exec(text(node).trim());
  const described = tree.children[i + 1];
  if (label && described?.type === 'paragraph' && /[。！？]$/u.test(text(described).trim()) && text(described).trim().length <= 200) {
    meta.deck = text(described).trim();
    record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: label[0], to: "the label of the page's description" });
    record(file, { rule: RULE, kind: 'moved', line: lineOf(described), text: String(meta.deck), to: 'front matter: deck (the labelled description)' });
    tree.children.splice(i, 2);
    return;
  }
  const value = text(node).trim();
  // Bold under the title, or a line that opens with a dash (`——浙江推进…见闻`): the 副题.
  const bold = node.children.length === 1 && node.children[0]!.type === 'strong';
  const dash = /^(——|－－|—|--)[\s\u3000]*/u.exec(value);
  // A sentence or two over a magazine's credit line (`文｜某某`): the feature's 提要.
  const told = !bold && !dash && sentenceDeck(value) && creditBelow(file, node);
  // A short line between the title and a lead that opens with its dateline (`本报讯（通讯员　某某）…`): the lead
  // begins the story, so what stands over it is the headline's, the 副题.
  const next = tree.children[i + 1];
  // (Right under the title the text printed: under a title a record gives, a line over a dated lead is the
  // first item's head in a bundle of briefs.)
  // (Or the text's copy of a title a record gave, which title-parts took out as a repeat.)
  const titleLine = reportOf(file).changes.findLast((c) => c.rule === RULE && c.kind === 'moved' && (c.to ?? '').startsWith('front matter: title'))?.line ?? reportOf(file).changes.findLast((c) => c.rule === RULE && c.to === 'repeat of the front-matter title')?.line;
  const at = lineOf(node);
  // (Nor in a bundle: two leads or more with their datelines are its items, each under its head.)
  const rightUnder = titleLine !== undefined && at !== undefined && at >= titleLine && at <= titleLine + 2;
  const underTitle = rightUnder && tree.children.filter((n) => n.type === 'paragraph' && LEAD_DATELINE.test(text(n))).length === 1;
  const overLead = !bold && !dash && !told && underTitle && next?.type === 'paragraph' && LEAD_DATELINE.test(text(next)) && value.length <= 40 && countHan(value) >= 6 && !/[。！？；;：:]/u.test(value) && !/记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯|来源|來源|作者/u.test(value);
  // (Or over the byline, which the front matter took: a paper's 副题 between its 主题 and `本报记者 某某`.)
  const short = value.length <= 40 && countHan(value) >= 6 && !/[。！？；;：:，,]/u.test(value) && !/记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯|来源|來源|作者/u.test(value);
  const overByline = !bold && !dash && !told && !overLead && rightUnder && short && bylineBelow(file, tree.children, i);
  if (!bold && !told && !overLead && !overByline && !(dash && value.length <= 50 && !/[。！？]$/u.test(value))) return;
  // A bold label (`**编者按**`, `**导读：**`) heads what follows; it is no deck.
  // Nor is a bundle's first item head (`**【夏粮收购】…**`), its topic in brackets.
  if (bold && (countHan(value) < 6 || /[：:]$/u.test(value) || /^【[^】]{1,8}】/u.test(value))) return;
  const rest = tree.children.slice(i + 1).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 20);
  if (value.length === 0 || value.length > 100 || !rest) return;
  meta.deck = dash ? value.slice(dash[0].length) : value;
  if (dash) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: dash[1]!, to: "the deck's dash" });
  let taken = 1;
  // A speech's or report's deck, its date and occasion, printed over two lines (`——2024年1月10日在某镇…大会` /
  // `第四次会议上`): the short line under it without a mark of its own is the rest of it.
  const more = tree.children[i + 1];
  if (dash && more?.type === 'paragraph' && /(?:会议|大会|论坛|典礼|仪式|座谈会|会)?上$/u.test(text(more).trim()) && /^[\p{Script=Han}\d]{2,16}$/u.test(text(more).trim())) {
    meta.deck = `${meta.deck}${text(more).trim()}`;
    record(file, { rule: RULE, kind: 'joined', line: lineOf(more), text: `${value.slice(-8)}⏎${text(more).trim()}`, to: 'one deck, printed in two lines' });
    taken = 2;
  }
  record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: String(meta.deck), to: 'front matter: deck' });
  // Under a speech's deck, the speaker: a title and a name (`某镇人民政府镇长　龚砚秋`) is its byline.
  const speaker = tree.children[i + taken];
  const who = dash && speaker?.type === 'paragraph' ? SPEAKER.exec(text(speaker).trim()) : null;
  if (who && meta.byline === undefined && looksLikePersonName(who[2]!)) {
    meta.byline = who[2]!;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(speaker!), text: who[2]!, to: 'front matter: byline (the speaker under the deck)' });
    record(file, { rule: RULE, kind: 'removed', line: lineOf(speaker!), text: who[1]!.trim(), to: "the speaker's office, before the name" });
    taken++;
  }
  tree.children.splice(i, taken);
}

// `苕岭镇人民政府镇长　龚砚秋`: an office ending in a title word, a gap, a name.
export const SPEAKER = /^([\p{Script=Han}]{2,24}(?:书记|镇长|县长|市长|省长|主任|主席|局长|厅长|部长|校长|院长|会长|董事长|总经理|理事长|区长|乡长|村长|社长)[\s\u3000]+)([\p{Script=Han}]{2,3})$/u;

/**
 * The next line of the source under block `i` with words on it, before the block after it, was the byline the
 * front matter took (`本报记者 栾若晴 通讯员 邴志强`).
 */
function bylineBelow(file: VFile, kids: RootContent[], i: number): boolean {
  const at = lineOf(kids[i]!);
  const nextAt = kids[i + 1] ? lineOf(kids[i + 1]!) : undefined;
  if (at === undefined || nextAt === undefined) return false;
  const k = filledLine(file, at, 1);
  return k < nextAt && bylineTakenAt(file, k);
}
