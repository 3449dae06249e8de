/**
 * inline-boilerplate: spans of page furniture inside a sentence — Sina's
 * `(微博)` auto-link after a name, a stock-ticker widget
 * `(115.395,2.79,2.47%)` — are removed. Runs after `page-break`, because the
 * widget arrives split over lines. Patterns are data, under `inline` in
 * `rules/boilerplate.yaml`.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { RE2JS } from 're2js';
import { asRegExp, builtinBoilerplate, linearRegExp, type BoilerplatePatterns } from '../patterns.ts';
import { apply, record } from '../report.ts';
import { lineOf, mapProse, phrasingParents, replaceAll } from '../tree.ts';
import { toString } from 'mdast-util-to-string';
import { escapeRegExp } from '../chars.ts';

export const RULE = 'inline-boilerplate';

export interface Options {
  patterns?: Partial<BoilerplatePatterns>;
}

export default function remarkInlineBoilerplate(options: Options = {}) {
  // The book file's own patterns run in RE2 (linear time); the built-in ones in V8.
  const builtin = (p: string) => {
    const re = asRegExp(p) ?? new RegExp(escapeRegExp(p), 'gu');
    return re.global ? re : new RegExp(re.source, `${re.flags}g`);
  };
  const res = [...builtinBoilerplate().inline.map(builtin), ...(options.patterns?.inline ?? []).map((p) => linearRegExp(p, true) ?? linearRegExp(`/${RE2JS.quote(p)}/`, true)!)];
  return (tree: Root, file: VFile) => {
    linkedQuotes(tree, file);
    mapProse(tree, (value, _parent, line) => {
      let v = value;
      for (const re of res) {
        v = replaceAll(v, re, () => '', (before) => apply(file, { rule: RULE, kind: 'removed', line, text: before }));
      }
      // A span taken from between two words leaves the space before it between Han, which the text never had.
      // So a span taken from between two spaces (`#甲# #乙# #丙#` less `#乙#`) leaves one space, not two.
      if (v === value) return v;
      const spaced = / {2}/u.test(value) ? v : v.replace(/ {2,}/gu, ' ');
      // (Beside a U+3000, `点击 　O网页链接` less its link icon, the space goes and the separator stays, as whitespace does.)
      return spaced.replace(/(?<=\p{Script=Han}\u3000*) (?=\u3000*\p{Script=Han})/gu, '');
    });
    // A span taken from the start or end of a block leaves its space behind: the block starts and ends on text.
    for (const parent of phrasingParents(tree)) {
      const first = parent.children[0];
      const last = parent.children[parent.children.length - 1];
      if (first?.type === 'text') first.value = first.value.replace(/^[\s\u3000]+/u, '');
      if (last?.type === 'text') last.value = last.value.trimEnd();
    }
    // A line that was nothing but such spans (`（现场声）[00:41]`) is no paragraph any more.
    // So is one left with a lone mark (`(微博)。` → `。`), which the mark's sentence no longer has.
    const emptied = (n: RootContent) => n.type === 'paragraph' && n.children.every((c) => c.type === 'text' && /^[\s\u3000，、。；：,.;:]*$/u.test(c.value));
    tree.children = tree.children.filter((n) => {
      if (!emptied(n)) return true;
      const rest = toString(n).trim();
      if (rest) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: rest, to: 'a mark left alone by the spans removed from its line' });
      return false;
    });
  };
}

// A live quote after a company's name with its code as a link (`恒祥珠宝（[003518](…)，18.42，+3.25%）`): the code,
// the price and the day's change are the widget's; the brackets go with them.
const QUOTE_REST = /^[,，][\s\u3000]*-?\d+(?:\.\d+)?[\s\u3000]*[,，][\s\u3000]*[+\-－]?\d+(?:\.\d+)?%[\s\u3000]*[）)]/u;
const STOCK_CODE = /^(?:SH|SZ|BJ|sh|sz|bj)?\d{6}$/u;

function linkedQuotes(tree: Root, file: VFile): void {
  for (const parent of phrasingParents(tree)) {
    const kids = parent.children;
    for (let k = 1; k + 1 < kids.length; k++) {
      const [before, link, after] = [kids[k - 1]!, kids[k]!, kids[k + 1]!];
      if (link.type !== 'link' || before.type !== 'text' || after.type !== 'text' || !/[（(]$/u.test(before.value) || !STOCK_CODE.test(toString(link))) continue;
      const rest = QUOTE_REST.exec(after.value);
      if (!rest) continue;
      const widget = `${before.value.slice(-1)}[${toString(link)}](${link.url})${rest[0]}`;
      if (!apply(file, { rule: RULE, kind: 'removed', line: lineOf(parent as RootContent), text: widget, to: 'a live quote after a name: its code, price and change' })) continue;
      before.value = before.value.slice(0, -1);
      after.value = after.value.slice(rest[0].length);
      kids.splice(k, 1);
    }
  }
}
