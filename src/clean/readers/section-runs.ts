/**
 * section-runs: a WeChat page converted to Markdown by a converter that writes a `<section>` inline
 * (markdownify), so that the texts of sibling sections run on into one line with nothing between them:
 * - the end mark, the staff fields and the account's card: `END图文：某某编辑：某某审核：某某某某科技馆某某科技馆官方公众号，
 *   发布……。186篇原创内容公众号`;
 * - a photo, its caption and the next section's bold head: `![](images/002.jpg)志愿者在……情况**家里的窗户可以这样做**`.
 * The end mark with a staff label right after it, and a photo's image opening a line that a bold head closes
 * with no sentence between them, are the evidence. Each part is set on a line of its own (reported), so that
 * the rules read them as what they are; no character changes.
 */
import { splitLines, type Reading } from './reading.ts';

export const RULE = 'section-runs';

// The staff's labels a WeChat account signs off with (longest first, so that 图文： is not read as 文：).
const STAFF_LABEL = '(?:责任编辑|图文|文字|摄影|编辑|责编|审核|校对|排版|美编|初审|复审|终审|来源|供稿|撰稿|图片|视频)[：:]';
const END_RUN = new RegExp(`^([-—–]?[ \\t]*END[ \\t]*[-—–]?)(?=${STAFF_LABEL})`, 'u');
const NEXT_LABEL = new RegExp(`(?<=[\\p{Script=Han}）)])(?=${STAFF_LABEL})`, 'gu');
// The account's card at the end of the run: its name, the name again opening its description, the count of its
// articles and its kind (`某某科技馆` `某某科技馆官方公众号，…。` `186篇原创内容` `公众号`).
const CARD = /(\p{Script=Han}{2,16}?)(\1[^。\n]{0,60}。)(\d{1,6}篇原创内容)((?:公众号|公眾號)?)$/u;
const GLUED_PHOTO = /^(!\[[^\]\n]{0,200}\]\([^()\s]{0,500}\))([^*。！？!?\n]{2,40}?)(\*\*[^*\n。！？!?]{2,30}\*\*)[ \t]*$/u;

export function sectionRuns(text: string, lineMap: number[]): Reading | undefined {
  if (!/END|!\[/u.test(text)) return undefined;
  return splitLines(text, lineMap, RULE, 'two sections of the page a converter ran into one line: each on a line of its own', (line) => endRun(line) ?? gluedPhoto(line) ?? [line]);
}

/** The end mark run on into the staff fields (and the account's card after them): its parts. */
function endRun(raw: string): string[] | undefined {
  const line = raw.trim();
  if (line.length > 400) return undefined;
  const end = END_RUN.exec(line);
  if (!end) return undefined;
  let rest = line.slice(end[0].length);
  const card = CARD.exec(rest);
  const tail = card ? [card[1]!, card[2]!, card[3]!, ...(card[4] ? [card[4]] : [])] : [];
  if (card) rest = rest.slice(0, card.index);
  const fields = rest.split(NEXT_LABEL).filter((f) => f !== '');
  return [end[1]!.trim(), ...fields, ...tail];
}

/** A photo's image, its caption and the next section's bold head on one line: the three. */
function gluedPhoto(raw: string): string[] | undefined {
  const m = GLUED_PHOTO.exec(raw.trim());
  if (!m || !/\p{Script=Han}/u.test(m[2]!)) return undefined;
  return [m[1]!, m[2]!.trim(), m[3]!];
}
