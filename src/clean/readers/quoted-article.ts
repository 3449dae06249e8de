/**
 * quoted-article: a page whose article is a quotation inside someone's post (an answer on a Q&A site that pastes a
 * paper's story, a blog entry that quotes one), as a text browser prints it: the quotation set in from the text's
 * margin, the poster's words, the question, the votes and the buttons at the margin around it. The evidence is the
 * quotation's: one run of lines set in by two to eight spaces, a headline first (a short line, no sentence), a byline
 * among its next lines (a reporter's role, or a labelled byline), and more of the page's Chinese than all the lines
 * around it. Then the quotation is the text, taken back to the margin; around it, the lines that read as the page's
 * labelled fields (`编辑于 2028-04-03 10:26`) stay for the metadata rule, every other line goes, reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { labelledLine } from '../labelled-line.ts';
import { countHan } from '../chars.ts';

export const RULE = 'quoted-article';

const BYLINE = /(?:记者|記者|通讯员|通訊員|作者|撰文|文[/／｜|])/u;

export function quotedArticle(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const indentOf = (l: string) => /^ */u.exec(l)![0].length;
  const filled = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
  if (filled.length < 6 || filled.some(({ l }) => /^\t/u.test(l))) return undefined;
  // The quotation: a run of nonblank lines at one indent (blank lines inside it), set in two to six spaces further
  // than the lines just before and after it; of such runs, the one with the most Chinese.
  const runs: { from: number; to: number; indent: number }[] = [];
  for (let k = 0; k < filled.length; ) {
    let e = k;
    while (e + 1 < filled.length && indentOf(filled[e + 1]!.l) === indentOf(filled[k]!.l)) e++;
    const d = indentOf(filled[k]!.l);
    const before = k > 0 ? indentOf(filled[k - 1]!.l) : undefined;
    const after = e + 1 < filled.length ? indentOf(filled[e + 1]!.l) : undefined;
    if (before !== undefined && d - before >= 2 && d - before <= 6 && (after === undefined || (d - after >= 2 && d - after <= 6)) && e - k >= 3) runs.push({ from: k, to: e, indent: d });
    k = e + 1;
  }
  const best = runs.sort((x, y) => countHan(filled.slice(y.from, y.to + 1).map(({ l }) => l).join('')) - countHan(filled.slice(x.from, x.to + 1).map(({ l }) => l).join('')))[0];
  if (!best) return undefined;
  const inner = filled.slice(best.from, best.to + 1);
  const indent = best.indent;
  const from = inner[0]!.i;
  const to = inner[inner.length - 1]!.i;
  const head = inner[0]!.l.trim();
  if (head.length > 40 || /[。！？]/u.test(head) || countHan(head) < 6) return undefined;
  if (!inner.slice(1, 3).some(({ l }) => l.trim().length <= 30 && (BYLINE.test(l) || (labelledLine(l.trim()) ?? []).some((f) => f.key === 'byline')))) return undefined;
  const innerHan = countHan(inner.map(({ l }) => l).join(''));
  const outer = filled.filter(({ i }) => i < from || i > to);
  if (innerHan < 150 || innerHan <= countHan(outer.map(({ l }) => l).join(''))) return undefined;

  const at = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    if (i >= from && i <= to) return l.slice(Math.min(indent, indentOf(l)));
    if (l.trim() === '') return l;
    const fields = labelledLine(l.trim());
    if (fields && fields.some((f) => f.key === 'published')) return l;
    changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.trim(), to: 'the post around the article it quotes (the poster\'s words, the page\'s question, votes and buttons)' });
    return '';
  });
  changes.push({ rule: RULE, kind: 'changed', line: at(from), text: `${indent} spaces before the quotation's lines`, to: 'none (the article the post quotes, the text)' });
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
