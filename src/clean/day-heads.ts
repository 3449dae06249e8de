/**
 * A ticker's or a log's days: date lines each alone over the list of that day's entries. Metadata leaves them
 * (they are no date of the piece) and subheadings sets them as the heads they are.
 */
import type { RootContent } from 'mdast';
import { text } from './tree.ts';

const DAY_HEAD = /^\d{4}年\d{1,2}月\d{1,2}日(?:[\s\u3000]*(?:星期|周|週)[一二三四五六日天])?$/u;

/** Date lines each alone over a list, two or more of them. */
export function dayHeadsOf(kids: RootContent[]): Set<RootContent> {
  const heads = kids.filter((n, i) => n.type === 'paragraph' && kids[i + 1]?.type === 'list' && DAY_HEAD.test(text(n).trim()));
  return new Set(heads.length >= 2 ? heads : []);
}
