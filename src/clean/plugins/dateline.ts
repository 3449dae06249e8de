/**
 * dateline: the dateline (电头) that scraping glued onto the first sentence
 * (`新华社武汉3月10日电`, `中新网北京12月1日电(记者 张曦)`, `某某网报道（记者某某）——`)
 * moves to the front matter; a reporter named in its brackets becomes the
 * byline. The formula `…月…日电/讯` is the same at every agency and paper, so
 * the publisher is not looked up in a list; `…报道` counts only with the
 * reporter's brackets after it.
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { lineOf, removeChild, text } from '../tree.ts';
import { countHan, ODD_LEAD_SPACE, separateNames } from '../chars.ts';
import { REPORTER_ROLE } from '../roles.ts';
import { namePair } from '../names.ts';
import { tightDate } from '../labelled-line.ts';

export const RULE = 'dateline';

const NUM = '(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})';
// Stray spaces, zero-width ones too, may sit anywhere in a scraped dateline (`中新网杭州5月 20日电`).
const SP = '[\\s\\u3000\\u200b-\\u200d\\ufeff]*';
const ROLE = REPORTER_ROLE;
// A station's camera operator, credited in the reporters' brackets after them (`（记者 某某　摄像 某某）`).
const CREW = `(?:${ROLE}|摄像|攝像)`;
// The reporters, and a second role with its own people (`记者 刘洋 通讯员 陈晨`).
const REPORTER = `[（(]${SP}(${ROLE}${SP})([\\p{Script=Han}·]{2,4}(?:(?:[\\s\\u3000、，]{1,3}|${SP}${CREW}${SP})[\\p{Script=Han}·]{2,4}){0,5})${SP}([）)])`;
// Reporters named without a role (`人民网成都9月24日电 （何晓川）`): only right after 电/讯, and only
// names of two or three characters, so that a bracketed column name (`（国际观察）`) is not one.
const NAMES_ONLY = `[（(]${SP}()([\\p{Script=Han}]{2,3}(?:[\\s\\u3000、，]{1,3}[\\p{Script=Han}]{2,3}){0,3})${SP}([）)])`;
// Any publisher's `…讯` (`汇澜财经讯`, `岫视新闻讯`), where the reporters' brackets or a space part it from the
// text; not the words that end in 讯 (喜讯, 资讯, 通讯, 闻讯 but 新闻讯 …). A station's or a site's 消息 leads only
// (a paper's, a site's, a station's, a radio's: `某某交通广播消息`)
// with its reporters in brackets after it (`某某台消息（记者 某某）`): alone, 消息 is a word of the text.
const ANY_LEAD = `[\\p{Script=Han}]{2,8}?(?<![喜死音审问传侦资通简快电短视視警刑提])(?<!(?<![新])[闻聞])(?:讯|訊)(?=${SP}[（(]${SP}${ROLE}|[ \\u3000]+[\\p{Script=Han}\\d])`;
const DATELINE = new RegExp(
  `^${SP}(?:([\\p{Script=Han}A-Za-z·](?:[\\p{Script=Han}A-Za-z·]|[\\s\\u3000\\u200b-\\u200d\\ufeff](?=[\\p{Script=Han}\\d])){1,16}?${SP}${NUM}${SP}月${SP}${NUM}${SP}日${SP}(?:电|讯|電|訊|消息)|(?:本报|本刊|本台|本网|本站|本報|本網)[\\p{Script=Han}]{0,6}?(?:讯|訊)|(?:本报|本刊|本台|本网|本站|本報|本網|本臺)消息(?=[ \\u3000]+[\\p{Script=Han}\\d]|${SP}[（(]${SP}${ROLE})|[\\p{Script=Han}]{2,10}?(?:报|報|网|網|台)(?:讯|訊)|[\\p{Script=Han}]{2,10}?(?:报|報|网|網|台|臺|广播|廣播|电视|電視|新闻|新聞|融媒)消息(?=${SP}[（(]${SP}${ROLE})|${ANY_LEAD})(?:${SP}(?:${REPORTER}|${NAMES_ONLY}))?|([\\p{Script=Han}]{2,12}?报道)${REPORTER})${SP}(——|－－|--|[:：,，])?${SP}`,
  'u',
);
// The reporters after the dateline without brackets, closed by 报道 (`本报讯 记者陈思敏报道：`): the
// word 报道 and the colon or comma after it are what make the names a byline and not a subject.
const REPORTED = new RegExp(`^${SP}(${ROLE})${SP}([\\p{Script=Han}·]{2,4}?(?:(?:[\\s\\u3000、，]{1,3}|${SP}${ROLE}${SP})[\\p{Script=Han}·]{2,4}?){0,5})${SP}(报道|報道|報導|报导)${SP}([:：，,])${SP}`, 'u');
// A wire lead set wholly in brackets, the reporter inside (`（中央社記者林雅婷花蓮15日電）`).
// A stray space or tab may sit between its parts, as anywhere in a scraped dateline.
const WIRE = /^[\s\u3000]*[（(]([\p{Script=Han}]{2,5}?社)[\s\u3000]?(?:记者|記者)[\s\u3000]?([\p{Script=Han}]{4,8}?)[\s\u3000]?((?:\d{1,2}[\s\u3000]?月[\s\u3000]?)?\d{1,2}[\s\u3000]?日[\s\u3000]?[电電])[）)][\s\u3000]*/u;
// A press release's lead: `中国白石，2024年11月6日——`.
const RELEASE = /^[\s\u3000]*([\p{Script=Han}]{2,10}[，,][\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]*(——|－－|—)[\s\u3000]*/u;

// An item's own lead in a bundle: the paper's or the agency's, at a paragraph's start.
export const BUNDLE_LEAD = /^[\s\u3000]*(?:本报讯|本報訊|本刊讯|本台讯|本网讯|[\p{Script=Han}]{2,8}?(?:网讯|網訊|台讯|臺訊|报讯|報訊)|[\p{Script=Han}]{2,8}(?:社|网|網)[\p{Script=Han}]{2,6}\d{1,2}月\d{1,2}日(?:电|電))/u;

// A Hong Kong or Taiwan paper's lead: `【明報專訊】`, `【本報訊】`.
const BRACKETED = /^[\s\u3000]*【([\p{Script=Han}]{1,6}(?:專訊|专讯|訊|讯|消息)|[\p{Script=Han}]{1,6}(?:网|網|社|报|報|台))】[\s\u3000]*/u;
// A place and a day in round brackets (`（林茂4日讯）`, as the Malaysian and Singapore papers open a story).
// (Or the paper's own name there, `（联合早报讯）`, as Singapore's papers open theirs.)
const PLACE_DAY = /^[\s\u3000]*[（(]([\p{Script=Han}]{2,8}?\d{1,2}日(?:讯|訊|电|電)|[\p{Script=Han}]{2,10}?(?:报|報|网|網)(?:讯|訊))[）)][\s\u3000]*/u;
// A Taiwan paper's lead: `〔記者徐子涵／嘉義報導〕`, reporters and place in one bracket.
// (In lenticular brackets too: `【記者游雅筑／澐濱報導】`.)
const TW_LEAD = /^[\s\u3000]*[〔［\[【]((?:記者|记者|實習記者|实习记者)[\s\u3000]*)([\p{Script=Han}·]{2,4}(?:[、，][\p{Script=Han}·]{2,4}){0,3})[\s\u3000]*[／/∕⁄][\s\u3000]*([\p{Script=Han}]{1,8}(?:報導|报道|綜合報導|综合报道|電|电))[〕］\]】][\s\u3000]*/u;
// A web lead: `央视网消息（新闻联播）：`, `新华网消息：`.
// (Not `据某某消息：`, "according to": the sentence's own words, no dateline.)
const NEWS_LEAD = /^[\s\u3000]*(?!(?:据|據|另据|又据|根据|根據))([\p{Script=Han}A-Za-z]{2,10}消息(?:[（(][^）)\n]{1,12}[）)])?)[\s\u3000]*[：:][\s\u3000]*/u;

export default function remarkDateline() {
  return (tree: Root, file: VFile) => {
    const meta = metaOf(file);
    if (meta.dateline !== undefined) {
      // The reporters' bracket a break cut from the dateline (`…电 （记者 某某` / `某）20日，…`) opens the text
      // the dateline left once the join has made it whole: the byline, as it would have been beside the dateline.
      const lead = tree.children.find((n): n is Paragraph => n.type === 'paragraph' && n.data?.afterLead === true);
      const first = lead?.children[0];
      const r = meta.byline === undefined && first?.type === 'text' ? new RegExp(`^[\\s\\u3000]*${REPORTER}[\\s\\u3000]*`, 'u').exec(first.value) : null;
      if (lead && first?.type === 'text' && r && r[0].length < first.value.trimEnd().length) {
        takeReporters(file, lineOf(lead), r[2]!, `（${r[1]}`, r[3]!);
        first.value = first.value.slice(r[0].length);
      }
      return;
    }
    // A bundle of short items (a page's 快讯), each opening with its own 本报讯: every lead is its item's,
    // none is the article's, and each stays where it is printed.
    const leads = tree.children.filter((n) => n.type === 'paragraph' && n.children[0]?.type === 'text' && BUNDLE_LEAD.test(n.children[0].value));
    if (leads.length >= 2) return;
    for (const node of tree.children.slice(0, 10)) {
      if (node.type !== 'paragraph') continue;
      const first = node.children[0];
      // The dateline opens the first paragraph of text: past it, nothing is a dateline.
      if (first?.type !== 'text') {
        if (countHan(text(node)) >= 30) return;
        continue;
      }
      const below = tree.children[tree.children.indexOf(node) + 1];
      if (take(file, node, first, below) || takeRespaced(file, node, first, below)) {
        // A dateline that was all its line held leaves no paragraph behind; one that was not leaves a sentence's start.
        if (text(node).trim() === '') removeChild(tree.children, node);
        else node.data = { ...node.data, afterLead: true };
        const r = REPORTED.exec(first.value);
        if (r && r[0].length < first.value.trimEnd().length) {
          const line = lineOf(node);
          takeReporters(file, line, `${r[1]} ${r[2]}`, '', '');
          record(file, { rule: RULE, kind: 'removed', line, text: `${r[3]}${r[4]}`, to: 'the word that tied the byline to the text' });
          first.value = first.value.slice(r[0].length);
        }
        // The reporter alone after the dateline, the line cut after the name (`【某某報訊】記者陳思敏` / `報道：…`).
        const alone = ALONE.exec(first.value);
        if (alone && node.children.length === 1) {
          takeReporters(file, lineOf(node), `${alone[1]} ${alone[2]}`, '', '');
          first.value = '';
          removeChild(tree.children, node);
        }
        return;
      }
      // No dateline, but the reporters in brackets open the text (`（记者 某某 通讯员 某某）近日，…`).
      const r = new RegExp(`^[\\s\\u3000]*${REPORTER}[\\s\\u3000]*`, 'u').exec(first.value);
      if (r && r[0].length < first.value.trimEnd().length && countHan(first.value) >= 20) {
        takeReporters(file, lineOf(node), r[2]!, `（${r[1]}`, r[3]!);
        first.value = first.value.slice(r[0].length);
        node.data = { ...node.data, afterLead: true };
        return;
      }
      if (countHan(first.value) >= 30) return;
    }
  };
}

function take(file: VFile, node: Paragraph, first: Text, below?: RootContent): boolean {
  const meta = metaOf(file);
  const line = lineOf(node);
  const rest = (m: RegExpExecArray) => m[0].length < first.value.trimEnd().length;
  const odd = ODD_LEAD_SPACE.exec(first.value);
  if (odd) {
    record(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(odd[2]), to: '"" (a stray space inside the lead\'s first words)' });
    first.value = `${odd[1]}${first.value.slice(odd[0].length)}`;
  }
  const b = BRACKETED.exec(first.value) ?? PLACE_DAY.exec(first.value) ?? NEWS_LEAD.exec(first.value);
  if (b && rest(b)) {
    meta.dateline = b[1]!;
    record(file, { rule: RULE, kind: 'moved', line, text: b[1]!, to: 'front matter: dateline' });
    record(file, { rule: RULE, kind: 'removed', line, text: b[0].replace(b[1]!, '').trim(), to: "the dateline's brackets or colon" });
    first.value = first.value.slice(b[0].length);
    // A reporter's bracket right after it (`【财新网】（记者 某某 实习记者 某某）`) is the byline.
    const r = new RegExp(`^${REPORTER}[\\s\\u3000]*`, 'u').exec(first.value);
    if (r && rest(r)) {
      takeReporters(file, line, r[2]!, `（${r[1]}`, r[3]!);
      first.value = first.value.slice(r[0].length);
    }
    return true;
  }
  const tw = TW_LEAD.exec(first.value);
  if (tw && rest(tw)) {
    meta.dateline = tw[3]!;
    record(file, { rule: RULE, kind: 'moved', line, text: tw[3]!, to: 'front matter: dateline' });
    const people = tw[2]!.replace(/[、，]/gu, '\u3000');
    pushMeta(file, 'byline', people, RULE);
    record(file, { rule: RULE, kind: 'moved', line, text: tw[2]!, to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: tw[0].replace(tw[2]!, '').replace(tw[3]!, '').trim(), to: "the lead's brackets, the reporter's role and the slash" });
    first.value = first.value.slice(tw[0].length);
    return true;
  }
  const w = WIRE.exec(first.value);
  if (w && rest(w)) {
    // Reporter and place run together: a name is most often three characters, a place at least two.
    const both = w[2]!;
    const cut = both.length >= 5 ? 3 : 2;
    const dateline = `${w[1]}${both.slice(cut)}${w[3]!.replace(/[\s\u3000]+/gu, '')}`;
    meta.dateline = dateline;
    record(file, { rule: RULE, kind: 'moved', line, text: dateline, to: 'front matter: dateline' });
    pushMeta(file, 'byline', both.slice(0, cut), RULE);
    record(file, { rule: RULE, kind: 'moved', line, text: both.slice(0, cut), to: 'front matter: byline' });
    record(file, { rule: RULE, kind: 'removed', line, text: w[0].replace(/[^（()）记記者]/gu, ''), to: "the wire lead's brackets and the reporter's role" });
    first.value = first.value.slice(w[0].length);
    return true;
  }
  const p = RELEASE.exec(first.value);
  // The release's dateline alone on its line, its dash pointing at the text below (a break after `——`).
  const lone = p !== null && node.children.length === 1 && p[0].trim() === first.value.trim();
  if (p && (rest(p) || lone)) {
    meta.dateline = p[1]!;
    record(file, { rule: RULE, kind: 'moved', line, text: p[1]!, to: 'front matter: dateline' });
    record(file, { rule: RULE, kind: 'removed', line, text: p[2]!, to: 'the dash that tied the dateline to the text' });
    first.value = first.value.slice(p[0].length);
    return true;
  }
  const m = DATELINE.exec(first.value);
  // A dateline with its reporters' brackets alone on its line (a `<br>` after it, turndown's two spaces): the
  // bracket names the people, so the line is the lead of the text under it, not a line of text.
  const alone = m !== null && node.children.length === 1 && m[0].trim() === first.value.trim() && Boolean(m[3] ?? m[6] ?? m[10]);
  // So is one whose comma a line break pushed onto the text's line (`某某科技5月30日消息` / `，星芒科技…`).
  // (A blank line between does not part them: no paragraph opens with a comma.)
  const lead = below?.type === 'paragraph' && below.children[0]?.type === 'text' ? below.children[0] : undefined;
  const tie = m !== null && !m[12] && node.children.length === 1 && m[0].trim() === first.value.trim() && lead !== undefined ? /^[\s\u3000]*([，,：:])/u.exec(lead.value) : null;
  if (!m || (!rest(m) && !alone && !tie)) return false;
  if (tie && lead) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(below as Paragraph), text: tie[1]!, to: 'the comma that tied the dateline to the text, on the line under it' });
    lead.value = lead.value.slice(tie[0].length);
  }
  const dateline = (m[1] ?? m[8])!.replace(/[\s\u3000\u200b-\u200d\ufeff]+/gu, '');
  meta.dateline = dateline;
  record(file, { rule: RULE, kind: 'moved', line, text: dateline, to: 'front matter: dateline' });
  const [label, names, close] = m[1] ? (m[3] ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]]) : [m[9], m[10], m[11]];
  if (names) takeReporters(file, line, names, `（${label ?? ''}`, close ?? '）');
  if (m[12]) record(file, { rule: RULE, kind: 'removed', line, text: m[12], to: 'the dash that tied the dateline to the text' });
  first.value = first.value.slice(m[0].length);
  // Two reporters run together in the brackets after it (`（记者仝海鸥扈嘉禾）`, a text browser losing the space
  // between them): read so only where the run parts into two names one way alone.
  const glued = !names && !m[12] ? GLUED_PAIR.exec(first.value) : null;
  const pair = glued ? namePair(glued[2]!) : undefined;
  if (glued && pair && rest(glued)) {
    takeReporters(file, line, pair.join(' '), glued[1]!, glued[3]!);
    first.value = first.value.slice(glued[0].length);
  }
  return true;
}

const GLUED_PAIR = new RegExp(`^${SP}([（(]${SP}${ROLE}${SP})(\\p{Script=Han}{5,6})${SP}([）)])${SP}`, 'u');

const ALONE = new RegExp(`^${SP}(${ROLE})${SP}([\\p{Script=Han}·]{2,4}(?:[\\s\\u3000、，]{1,3}[\\p{Script=Han}·]{2,4}){0,3})${SP}$`, 'u');

// A stray space between two Han characters (`嘉義報\u00a0導`), which the whitespace rule takes out later anyway.
// (Two of them, or one inside the lead's brackets, `【财新网\u00a0】`, are as stray.)
const STRAY = /(?<=[\p{Script=Han}【〔（(])[ \t\u00a0\u2002-\u200a\u202f\u205f]{1,3}(?=[\p{Script=Han}】〕）)])/gu;

/** The dateline read again with the stray spaces of the paragraph's opening taken out, as the edition will print it. */
function takeRespaced(file: VFile, node: Paragraph, first: Text, below?: RootContent): boolean {
  const head = first.value.slice(0, 40);
  // (Inside a date, `2024　年11月6日`, any space is the scrape's too, as the labelled line reads one.)
  const tidy = tightDate(head.replace(STRAY, ''));
  if (tidy === head) return false;
  const original = first.value;
  first.value = tidy + original.slice(40);
  if (take(file, node, first, below)) {
    record(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: JSON.stringify(head), to: `${JSON.stringify(tidy)} (stray spaces inside the dateline)` });
    return true;
  }
  first.value = original;
  return false;
}

/** The reporters in a dateline's brackets become the byline; their roles and the brackets are reported. */
function takeReporters(file: VFile, line: number | undefined, names: string, open: string, close: string): void {
  const inner = new RegExp(`${SP}${CREW}${SP}`, 'gu');
  for (const x of names.matchAll(inner)) if (x[0].trim()) record(file, { rule: RULE, kind: 'removed', line, text: x[0].trim(), to: "a role in the dateline's byline" });
  // Names apart by one U+3000, as every byline is written (`莘念秋　宗明`).
  const people = separateNames(names.replace(inner, ' ').trim());
  pushMeta(file, 'byline', people, RULE);
  record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
  if (open) record(file, { rule: RULE, kind: 'removed', line, text: open, to: "label of the dateline's byline" });
  if (close) record(file, { rule: RULE, kind: 'removed', line, text: close, to: "label of the dateline's byline" });
}
