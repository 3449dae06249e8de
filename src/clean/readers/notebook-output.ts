/**
 * notebook-output: an article a notebook's code fetched and printed, the notebook converted by pandoc (its cells
 * as fenced divs: `::: {.cell .markdown}`, `::: {.cell .code}` with the code, `::: {.output .stream .stdout}` with
 * what it printed, set in by four spaces). The article is the printed output that holds the most text, a hundred
 * Han characters at least; the address the code fetched (`url = "https://…"`, one only) is the url; the cells, the
 * code, the other outputs and the notes go, reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'notebook-output';

const CELL = /^:::[ \t]*\{\.cell\b/u;
const STDOUT = /^:::[ \t]*\{\.output[ \t]+\.stream[ \t]+\.stdout\}[ \t]*$/u;
const CLOSE = /^:::[ \t]*$/u;
const FETCHED = /\burl[ \t]*=[ \t]*["'](https?:\/\/[^"'\s]+)["']/gu;

export function notebookOutput(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (lines.filter((l) => CELL.test(l)).length < 2) return undefined;
  const outputs = lines.flatMap((l, i) => {
    if (!STDOUT.test(l)) return [];
    let end = i + 1;
    while (end < lines.length && !CLOSE.test(lines[end]!)) end++;
    return [{ from: i + 1, to: end }];
  });
  const han = (o: { from: number; to: number }) => countHan(lines.slice(o.from, o.to).join(''));
  const best = [...outputs].sort((a, b) => han(b) - han(a))[0];
  if (!best || han(best) < 100) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const meta: Record<string, unknown> = {};
  const urls = [...new Set([...text.matchAll(FETCHED)].map((m) => m[1]!))];
  const changes: Change[] = [];
  if (urls.length === 1) {
    meta.url = urls[0]!;
    changes.push({ rule: RULE, kind: 'moved', line: line(lines.findIndex((l) => l.includes(urls[0]!))), text: urls[0]!, to: 'front matter: url (the address the notebook fetched the article from)' });
  }
  const strip = (s: string) => (meta.url ? s.replace(String(meta.url), '') : s);
  changes.push({ rule: RULE, kind: 'removed', line: line(0), text: strip(lines.slice(0, best.from).join('\n').trim()), to: "the notebook's cells before the article's output (notes, code)" });
  const after = lines.slice(best.to).join('\n').trim();
  if (after !== '') changes.push({ rule: RULE, kind: 'removed', line: line(best.to), text: strip(after), to: "the notebook's cells after the article's output" });
  const out = lines.slice(best.from, best.to).map((l) => l.replace(/^ {4}/u, ''));
  return { text: out.join('\n'), meta, changes, lineMap: lineMap.slice(best.from, best.to) };
}
