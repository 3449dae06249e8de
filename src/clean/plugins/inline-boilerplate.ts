/**
 * inline-boilerplate: spans of page furniture inside a sentence — Sina's
 * `(微博)` auto-link after a name, a stock-ticker widget
 * `(115.395,2.79,2.47%)` — are removed. Runs after `page-break`, because the
 * widget arrives split over lines. Patterns are data, under `inline` in
 * `rules/boilerplate.yaml`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asRegExp, builtinBoilerplate, mergePatterns, type BoilerplatePatterns } from '../patterns.ts';
import { record } from '../report.ts';
import { mapProse, replaceAll } from '../tree.ts';

export const RULE = 'inline-boilerplate';

export interface Options {
  patterns?: Partial<BoilerplatePatterns>;
}

export default function remarkInlineBoilerplate(options: Options = {}) {
  const res = mergePatterns(builtinBoilerplate(), options.patterns).inline.map((p) => {
    const re = asRegExp(p) ?? new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
    return re.global ? re : new RegExp(re.source, `${re.flags}g`);
  });
  return (tree: Root, file: VFile) => {
    mapProse(tree, (value, _parent, line) => {
      let v = value;
      for (const re of res) {
        v = replaceAll(v, re, () => '', (before) => record(file, { rule: RULE, kind: 'removed', line, text: before }));
      }
      return v;
    });
  };
}
