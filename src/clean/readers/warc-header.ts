/**
 * warc-header: a Common Crawl record (WET, WARC) keeps its header above the page's text — `WARC/1.0`, then
 * `WARC-Type:`, `WARC-Target-URI:`, `WARC-Date:`, record ids, `Content-Type:`, `Content-Length:`, one field a
 * line, to the first blank line. The header says what each line is, so nothing is guessed: the address the
 * page was crawled from goes to the front matter's url, every other field (the crawl's date is not the
 * article's) is removed, each reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'warc-header';

const VERSION = /^WARC\/\d\.\d+[ \t]*$/u;
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.{0,2000})$/u;

export function warcHeader(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && start < 3 && lines[start]!.trim() === '') start++;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const at = (i: number) => lineMap[i] ?? i + 1;
  // A piece cut from a WET file's middle opens with the end of the record before (the last lines of another page):
  // the first record's header that follows starts the page. (Only where the file is such a file: a header there.)
  if (headerEnd(lines, start) === undefined) {
    const first = lines.findIndex((l, i) => i > start && VERSION.test(l) && headerEnd(lines, i) !== undefined);
    if (first < 0) return undefined;
    for (let i = start; i < first; i++) if (lines[i]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: "the end of the record before, where the crawl file was cut (another page's)" });
    start = first;
  }
  let end = headerEnd(lines, start);
  if (end === undefined) return undefined;
  // A WET file opens with the crawl's own record (`WARC-Type: warcinfo`, its block the crawler's fields, no page's):
  // removed, each line reported; the page's record follows.
  if (lines.slice(start + 1, end).some((l) => /^WARC-Type:[ \t]*warcinfo[ \t]*$/iu.test(l))) {
    let next = end;
    while (next < lines.length && (lines[next]!.trim() === '' || FIELD.test(lines[next]!.trimEnd()))) next++;
    const after = headerEnd(lines, next);
    if (after !== undefined) {
      for (let i = start; i < next; i++) if (lines[i]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: "the crawl's own record (warcinfo), no page's" });
      start = next;
      end = after;
    }
  }
  changes.push({ rule: RULE, kind: 'removed', line: at(start), text: lines[start]!.trim(), to: "the crawl record's version line" });
  for (let i = start + 1; i < end; i++) {
    const m = FIELD.exec(lines[i]!.trimEnd())!;
    const value = m[2]!.trim();
    if (/^WARC-Target-URI$/iu.test(m[1]!) && /^https?:\/\/\S+$/u.test(value) && meta.url === undefined) {
      meta.url = value;
      changes.push({ rule: RULE, kind: 'moved', line: at(i), text: value, to: 'front matter: url (the address the page was crawled from)' });
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: `${m[1]}:`, to: "the label of the crawl record's address" });
    } else changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: `the crawl record's ${m[1]} field` });
  }
  // The next record of the file (another page the crawl read) ends this one's text.
  const next = lines.findIndex((l, i) => i >= end && VERSION.test(l) && headerEnd(lines, i) !== undefined);
  const stop = next < 0 ? lines.length : next;
  for (let i = stop; i < lines.length; i++) if (lines[i]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: "the next record of the crawl file (another page the crawl read)" });
  const out = lines.slice(end, stop);
  return { text: out.join('\n'), meta, changes, lineMap: out.map((_, i) => at(end + i)) };
}

/** The line after a record's header that starts at `start` (its version line and its fields), or undefined. */
function headerEnd(lines: string[], start: number): number | undefined {
  if (!VERSION.test(lines[start] ?? '')) return undefined;
  let end = start + 1;
  while (end < lines.length && FIELD.test(lines[end]!.trimEnd())) end++;
  // A header is its version line and fields up to a blank line; without the fields it is no record's header.
  return end - start < 3 || !lines.slice(start + 1, end).some((l) => /^WARC-/u.test(l)) ? undefined : end;
}
