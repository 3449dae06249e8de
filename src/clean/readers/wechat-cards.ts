/**
 * wechat-cards: a WeChat article embeds cards of its account's other things — a video channel's post, a mini
 * program — which a phone's copy prints as the card's lines of text over its kind on a line of its own
 * (`某某交警` / `夜里骑车，这件“反光衣”一定要穿上` / `视频号`). The kind alone on its line, right under one or two
 * short lines set apart from the text above, says those lines are the card's, not the article's: they go with
 * it, reported whole. (So does an account's card: its name, its description, its count of articles, `公众号`.)
 */
import { rewriteBlocks, type Reading } from './reading.ts';

export const RULE = 'wechat-cards';

// (Spaces, not \s: a pattern that may cross lines from every line's start costs the square of a run of blank lines.)
const KIND = /^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/u;
const CARD_LINE = /^[^。！？]{1,40}$/u;

// An account's card (`![](头像)` / `**某某说育儿**` / its one-line description / `215篇原创内容` / `公众号`): the count of
// its articles over the kind says it is one.
const ACCOUNT_COUNT = /^[ \t\u3000]*\d{1,6}篇原创内容[ \t\u3000]*$/u;
const ACCOUNT_KIND = /^[ \t\u3000]*(?:公众号|公眾號)[ \t\u3000]*$/u;

/** The lines of an account's card that start at `i`, ending with its kind: the index after the kind, if they are one. */
function accountCard(lines: string[], i: number): number | undefined {
  if (i > 0 && lines[i - 1]!.trim() !== '') return undefined;
  const filled: number[] = [];
  for (let k = i; k < lines.length && filled.length < 5; k++) if (lines[k]!.trim() !== '') filled.push(k);
  // (An avatar's image first, or not; then the name, the description, the count and the kind.)
  const start = /^!\[[^\]]{0,40}\]\([^)\s]{1,300}\)$/u.test(lines[filled[0] ?? -1]?.trim() ?? '') ? 1 : 0;
  const [name, about, count, kind] = filled.slice(start, start + 4).map((k) => lines[k]!.trim());
  if (kind === undefined || !ACCOUNT_KIND.test(kind) || !ACCOUNT_COUNT.test(count!) || name!.length > 24 || about!.length > 80 || /^(?:[-*+][ \t]|#|>)/u.test(name!)) return undefined;
  return filled[start + 3]! + 1;
}

export function wechatCards(text: string, lineMap: number[]): Reading | undefined {
  const account = /^[ \t\u3000]*\d{1,6}篇原创内容[ \t\u3000]*$/mu.test(text);
  if (!account && !/^[ \t\u3000]*(?:视频号|視頻號|小程序)[ \t\u3000]*$/mu.test(text)) return undefined;
  return rewriteBlocks(text, lineMap, (lines, i) => {
    const card = account ? accountCard(lines, i) : undefined;
    if (card !== undefined) {
      return {
        end: card,
        write(_out, _map, changes) {
          changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: lines.slice(i, card).join('\n'), to: "the account's card embedded in the article" });
        },
      };
    }
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
