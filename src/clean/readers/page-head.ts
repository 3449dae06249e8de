/**
 * page-head: a whole page's text taken from its root (node-html-parser's `structuredText`, a DOM's text) opens
 * with its head: the doctype, the `<title>`'s words and the `<style>`'s rules on one line
 * (`<!DOCTYPE html> 某某 - 栏目 - 站点 .xl-main{width:1000px;margin:0 auto;}`). The doctype goes (reported); the
 * stylesheet's rules are set on a line of their own, where the boilerplate rule knows them for what they are,
 * and the title stands alone, where the title rule reads it as the page's title.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'page-head';

const DOCTYPE = /^[ \t]*<!DOCTYPE[^>\n]{0,200}>[ \t]*/iu;
// The first of a run of stylesheet rules closing the line: a selector, then its block.
const RULES_TAIL = /[ \t]+(?=[.#]?[A-Za-z_][\w-]{0,40}(?:[ \t]+[\w.#-]{1,40}){0,4}\{[^{}\n]{0,400}\}(?:[^{}\n]{0,120}\{[^{}\n]{0,400}\}){0,20}[ \t]*$)/u;

export function pageHead(text: string, lineMap: number[]): Reading | undefined {
  const doctype = DOCTYPE.exec(text);
  if (!doctype) return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: doctype[0].trim(), to: "the page's doctype, printed with its text" }];
  const lines = text.slice(doctype[0].length).split('\n');
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((l, i) => {
    const at = i < 3 && l.includes('{') ? RULES_TAIL.exec(l) : null;
    if (at && at.index > 0) {
      out.push(l.slice(0, at.index), l.slice(at.index + at[0].length));
      map.push(lineMap[i] ?? i + 1, lineMap[i] ?? i + 1);
      changes.push({ rule: RULE, kind: 'split', line: lineMap[i] ?? i + 1, text: l.slice(at.index + at[0].length, at.index + at[0].length + 20), to: "the stylesheet's rules on a line of their own, after the page's title" });
      return;
    }
    out.push(l);
    map.push(lineMap[i] ?? i + 1);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
