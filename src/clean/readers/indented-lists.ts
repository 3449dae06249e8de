/**
 * indented-lists: a text converter that sets a list's items in from the margin (Debian's html2text prints a
 * `<ul>` as `    * 市慈善总会：…`; LibreOffice's text export a numbered list as `    1. 制动、转向…`) leaves
 * lines that Markdown reads as an indented code block, not as a list. Two or more such lines in a row (the
 * same marker, numbers counting up), under a line that is no list item or indented line itself (so a nested
 * list stays nested and code stays code), lose their indent and are read as the list they are.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'indented-lists';

// An item set in by four columns or more (or a tab), its marker, a space, and Chinese text (on its line, or on the
// line under it set in as deep as its text: lynx's `     * 09:45` / `       【…】…`).
const MARKED = /^((?:\t| {4,12})[ \t]*)([*+-]|\d{1,2}[.)])[ \t]+(?=\S)/u;
const ITEM = { exec: (line: string, below = ''): RegExpExecArray | null => {
  const m = MARKED.exec(line);
  return m && (/\p{Script=Han}/u.test(line) || (/\p{Script=Han}/u.test(below) && /^ */u.exec(below)![0].length === m[0].length)) ? m : null;
}, test: (line: string, below = ''): boolean => ITEM.exec(line, below) !== null };
// A line that is a list item or set in already: the run under it belongs to it.
const LISTY = /^(?:[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]|[ \t]{4,}\S)/u;

export function indentedLists(text: string, lineMap: number[]): Reading | undefined {
  // (A line opening with four spaces is the only one asked: most texts have none.)
  if (!/^(?:\t| {4})/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const changes: Change[] = [];
  const ends: number[] = [];
  // Items with their text hung under the marker, three or more on the page (lynx's dump of its lists): there an
  // item alone, the last day's one entry of a ticker, is a list of one.
  const hangs = (k: number) => { const m = MARKED.exec(lines[k]!); return m !== null && (lines[k + 1] ?? '').trim() !== '' && /^ */u.exec(lines[k + 1]!)![0].length === m[0].length; };
  const hungItems = lines.filter((_, k) => hangs(k)).length >= 3;
  for (let i = 0; i < lines.length; i++) {
    const first = ITEM.exec(lines[i]!, lines[i + 1]);
    if (!first) continue;
    let above = i - 1;
    while (above >= 0 && lines[above]!.trim() === '') above--;
    const kind = (m: RegExpExecArray) => (/\d/u.test(m[2]!) ? `n${m[2]!.slice(-1)}` : m[2]!);
    const run = [first];
    const at = [i];
    // Lines set in as deep as an item's text (`     * 09:45` / `       【…】…`, lynx's hanging indent): the item's own.
    const hanging = new Map<number, number>();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const last = run[run.length - 1]!;
      const textAt = last[0].length;
      if (lines[j]!.trim() !== '' && !MARKED.test(lines[j]!) && /^ */u.exec(lines[j]!)![0].length === textAt) {
        hanging.set(j, last[1]!.length);
        continue;
      }
      const m = ITEM.exec(lines[j]!, lines[j + 1]);
      if (!m || kind(m) !== kind(first)) break;
      // Numbered items count up one by one.
      if (/\d/u.test(first[2]!) && parseInt(m[2]!, 10) !== parseInt(run[run.length - 1]![2]!, 10) + 1) break;
      run.push(m);
      at.push(j);
    }
    if ((run.length >= 2 || (hungItems && hanging.size > 0)) && !(above >= 0 && LISTY.test(lines[above]!))) {
      // Set as deep as the text above (a dump's page margin, `   相关新闻：`), no deeper: a list at the text's margin.
      const margin = above >= 0 ? /^ {0,3}/u.exec(lines[above]!)![0] : '';
      run.forEach((m, k) => {
        const n = at[k]!;
        lines[n] = `${margin}${lines[n]!.slice(m[1]!.length)}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[n] ?? n + 1, text: JSON.stringify(m[1]), to: '"" (the indent a converter set before a list item)' });
      });
      for (const [n, cut] of hanging) lines[n] = `${margin}${lines[n]!.slice(cut)}`;
      ends.push(j - 1);
      // The lines under the list that the converter set in deeper than the text (a heading's outline indent, 11
      // spaces) would read as the last item's: they go back to the text's margin.
      for (let k = j; k < lines.length; k++) {
        const indent = /^[ \t]*/u.exec(lines[k]!)![0];
        if (lines[k]!.trim() === '') continue;
        if (indent.length < margin.length + 2 || ITEM.test(lines[k]!, lines[k + 1])) break;
        lines[k] = `${margin}${lines[k]!.slice(indent.length)}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: JSON.stringify(indent), to: `${JSON.stringify(margin)} (the indent of a line under the list, which would have set it inside the last item)` });
      }
    }
    i = j - 1;
  }
  if (changes.length === 0) return undefined;
  // A blank line after each list where text follows at once: Markdown would run that text on into the last item.
  const out: string[] = [];
  const map: number[] = [];
  const close = new Set(ends);
  lines.forEach((l, k) => {
    out.push(l);
    map.push(lineMap[k] ?? k + 1);
    if (close.has(k) && k + 1 < lines.length && lines[k + 1]!.trim() !== '') {
      out.push('');
      map.push(lineMap[k] ?? k + 1);
    }
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
