/**
 * bullet-lists: a scrape keeps a web page's or a release's list as lines that
 * open with a bullet character (`● 光伏装机…；`), which Markdown does not know.
 * Two or more such lines in a row, with the same bullet, are a list: each
 * bullet becomes the `- ` marker (reported). A bullet alone, or a run of
 * different marks, is left as it is.
 */
import type { Change } from '../report.ts';
import { closeLists, type Reading } from './reading.ts';

export const RULE = 'bullet-lists';

const BULLET = /^([ \t\u3000]*)([●•◆◇■□▪▫○◦►▶➤✦✧❖])[ \t\u3000]*(?=\S)(?=[^]*\p{Script=Han})/u;

export function bulletLists(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const marks = lines.map((l) => BULLET.exec(l));
  const changes: Change[] = [];
  const ends: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = marks[i];
    if (!m) continue;
    // The run: lines with the same bullet, blank lines allowed between them.
    const run = [i];
    let j = i + 1;
    while (j < lines.length) {
      if (lines[j]!.trim() === '') { j++; continue; }
      if (marks[j]?.[2] !== m[2]) break;
      run.push(j++);
    }
    if (run.length >= 2) {
      for (const k of run) {
        const mk = marks[k]!;
        lines[k] = `- ${lines[k]!.slice(mk[0].length)}`;
        changes.push({ rule: RULE, kind: 'changed', line: lineMap[k] ?? k + 1, text: mk[2]!, to: 'list item marker' });
      }
      ends.push(run[run.length - 1]!);
    }
    i = run[run.length - 1]!;
  }
  // A scrape's Markdown list (`- 不要…`) with a line of text right under its last item: in a scrape every line
  // is a block, so that line closes the list instead of running on as the item's lazy continuation.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (/^[-*+] \S/u.test(lines[i]!) && /^[^\s\-*+>|#]/u.test(lines[i + 1]!) && !/^\d{1,2}[.)] /u.test(lines[i + 1]!) && !ends.includes(i)) ends.push(i);
  }
  if (ends.length === 0) return undefined;
  return closeLists(lines, lineMap, ends.sort((a, b) => a - b), changes);
}
