/**
 * wechat-cards: a WeChat article embeds cards of its account's other things — a video channel's post, a mini
 * program — which a phone's copy prints as the card's lines of text over its kind on a line of its own
 * (`某某交警` / `夜里骑车，这件“反光衣”一定要穿上` / `视频号`). The kind alone on its line, right under one or two
 * short lines set apart from the text above, says those lines are the card's, not the article's: they go with
 * it, reported whole, and blank lines keep every other line in its place.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'wechat-cards';

const KIND = /^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/u;
const CARD_LINE = /^[^。！？]{1,40}$/u;

export function wechatCards(text: string, lineMap: number[]): Reading | undefined {
  // (Spaces, not \s: a pattern that may cross lines from every line's start costs the square of a run of blank lines.)
  if (!/^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const out = [...lines];
  const changes: Change[] = [];
  lines.forEach((l, i) => {
    if (!KIND.test(l)) return;
    // The card's name and its title: one or two short lines right above, no sentence among them.
    let k = i - 1;
    while (k >= 0 && i - k <= 2 && lines[k]!.trim() !== '' && CARD_LINE.test(lines[k]!.trim())) k--;
    const first = k + 1;
    // Set apart from the text above (a blank line, or the top), or it may be the end of a paragraph.
    if (first === i || (k >= 0 && lines[k]!.trim() !== '')) return;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[first] ?? first + 1, text: lines.slice(first, i + 1).join('\n'), to: `a card of the account's ${l.trim()} embedded in the article` });
    for (let j = first; j <= i; j++) out[j] = '';
  });
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap };
}
