/**
 * wechat-cards: a WeChat article embeds cards of its account's other things — a video channel's post, a mini
 * program — which a phone's copy prints as the card's lines of text over its kind on a line of its own
 * (`某某交警` / `夜里骑车，这件“反光衣”一定要穿上` / `视频号`). The kind alone on its line, right under one or two
 * short lines set apart from the text above, says those lines are the card's, not the article's: they go with
 * it, reported whole.
 */
import { rewriteBlocks, type Reading } from './reading.ts';

export const RULE = 'wechat-cards';

// (Spaces, not \s: a pattern that may cross lines from every line's start costs the square of a run of blank lines.)
const KIND = /^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/u;
const CARD_LINE = /^[^。！？]{1,40}$/u;

export function wechatCards(text: string, lineMap: number[]): Reading | undefined {
  if (!/^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/mu.test(text)) return undefined;
  return rewriteBlocks(text, lineMap, (lines, i) => {
    // The card's name and its title, one or two short lines set apart from the text above (a blank line, or
    // the top), no sentence among them, then its kind.
    if (i > 0 && lines[i - 1]!.trim() !== '') return undefined;
    // (A copy that sets every line a blank line apart sets the card's lines so too: one blank line between them.)
    const next = (k: number) => (lines[k]?.trim() === '' && (lines[k + 1]?.trim() ?? '') !== '' ? k + 1 : k);
    let kind = i;
    for (let count = 1; count <= 2; count++) {
      if (lines[kind] === undefined || lines[kind]!.trim() === '' || !CARD_LINE.test(lines[kind]!.trim()) || KIND.test(lines[kind]!)) return undefined;
      kind = next(kind + 1);
      if (kind >= lines.length) return undefined;
      if (!KIND.test(lines[kind]!)) continue;
      const end = kind;
      return {
        end: end + 1,
        write(_out, _map, changes) {
          changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: lines.slice(i, end + 1).join('\n'), to: `a card of the account's ${lines[end]!.trim()} embedded in the article` });
        },
      };
    }
    return undefined;
  });
}
