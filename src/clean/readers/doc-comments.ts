/**
 * doc-comments: a shared online document exported to HTML and read as text, its reviewers' comments with it: an
 * anchor in brackets where each comment was made (`[a]`, `[b]`, after a word or alone on a line) and the comments
 * themselves at the end, each opened by its anchor (`[a]某某：引语已请受访者确认。`). The comments are the editors'
 * talk about the draft, not its text: they go whole, and so do the anchors. Read only where every anchor has its
 * comment at the end and the anchors run a, b, c … in order.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'doc-comments';

const COMMENT = /^[ \t]*\[([a-z]{1,2})\][ \t]*(\S.*)$/u;
const ANCHOR = /\[([a-z]{1,2})\]/gu;

const label = (k: number) => (k < 26 ? String.fromCharCode(97 + k) : `${String.fromCharCode(96 + Math.floor(k / 26))}${String.fromCharCode(97 + (k % 26))}`);

export function docComments(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('[a]')) return undefined;
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  let from = end;
  while (from > 0 && COMMENT.test(lines[from - 1]!)) from--;
  const comments = lines.slice(from, end).map((l) => COMMENT.exec(l)![1]!);
  if (comments.length === 0 || comments.some((c, k) => c !== label(k))) return undefined;
  // Every comment's anchor in the text above, once, in the same order.
  const anchors: { line: number; label: string }[] = [];
  for (let i = 0; i < from; i++) for (const m of lines[i]!.matchAll(ANCHOR)) anchors.push({ line: i, label: m[1]! });
  if (anchors.length !== comments.length || anchors.some((a, k) => a.label !== comments[k])) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < from; i++) {
    const kept = lines[i]!.replace(ANCHOR, (m) => {
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: m, to: "a reviewer's comment anchor in the shared document" });
      return '';
    });
    // (An anchor alone on its line leaves nothing: the line goes.)
    if (kept.trim() === '' && lines[i]!.trim() !== '') continue;
    out.push(kept);
    map.push(line(i));
  }
  for (let i = from; i < end; i++) changes.push({ rule: RULE, kind: 'removed', line: line(i), text: lines[i]!.trim(), to: "a reviewer's comment on the draft, printed at the export's end" });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
