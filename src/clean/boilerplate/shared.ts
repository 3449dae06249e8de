/**
 * boilerplate: what its parts share — the rule's id, a block's removal as the report records it, a pattern list.
 */
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Matcher } from '../patterns.ts';
import { apply } from '../report.ts';
import { lineOf, sourceText } from '../tree.ts';

export const RULE = 'boilerplate';

// A text browser's number before a link it printed (`[4]扫码下载某某客户端`, a link its list does not name): the link's words
// are what the patterns know.
const LINK_NUMBER = /^\[\d{1,3}\](?=\S)/u;
export const matches = (ms: Matcher[], s: string) => ms.some((m) => m.test(s)) || (LINK_NUMBER.test(s) && ms.some((m) => m.test(s.replace(LINK_NUMBER, ''))));

/** Reports a block's removal; false when the book file keeps it (the caller then keeps the block). */
export function drop(file: VFile, node: RootContent, why?: string): boolean {
  return apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), ...(why ? { to: why } : {}) });
}

/** Lists whose first item, the home link (`首页`), a pattern removed: what is left of them is a menu's. */
export const homeDropped = new WeakSet<RootContent>();

/** A site's home link (`首页`). */
export const HOME_LINK = /^(?:首页|首頁|网站首页|網站首頁|主页|主頁)$/u;

/** A forum reply's floor (`沙发`, `3楼`): the reply's own mark, before its header or alone on its line. */
export const FLOOR_WORD = '(?:沙发|沙發|板凳|地板|\\d{1,4}楼|\\d{1,4}樓|\\d{1,4}#)';
