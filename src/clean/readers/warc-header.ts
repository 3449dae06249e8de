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
// (A stray space may cut a field's name, `WARC-D ate:`: no name holds one, and the header runs to its blank line.)
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60}(?:[ \t\u3000]{1,3}[A-Za-z0-9-]{1,60})?):[ \t]*(.{0,2000})$/u;

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
  let hEnd: number = end;
  changes.push({ rule: RULE, kind: 'removed', line: at(start), text: lines[start]!.trim(), to: "the crawl record's version line" });
  const fields: { i: number; raw: string }[] = [];
  for (let i = start + 1; i < hEnd; i++) fields.push({ i, raw: lines[i]!.trimEnd() });
  // A stray blank line inside the header (a scrape's break, one field's value cut in two: `…/news` / `/2027/…html`):
  // where WARC fields go on after it, the header does; the cut-off part, a word alone, is its field's end.
  const warcField = (l: string | undefined) => l !== undefined && FIELD.test(l.trimEnd()) && /^WARC-/u.test(l);
  for (;;) {
    let k: number = hEnd;
    while (k < lines.length && k - hEnd < 2 && lines[k]!.trim() === '') k++;
    if (k >= lines.length) break;
    const cut = !warcField(lines[k]) && /^\S{1,500}$/u.test(lines[k]!.trim()) && warcField(lines[k + 1]) && fields.length > 0;
    // (A break with no blank line cuts a field the same way: `…-5a54-a` / `c3b-0723…>`, the next field under it.)
    if (k === hEnd && !cut) break;
    if (!cut && !warcField(lines[k])) break;
    if (cut) {
      const last = fields[fields.length - 1]!;
      changes.push({ rule: RULE, kind: 'joined', line: at(k), text: `${last.raw.slice(-8)}⏎${lines[k]!.trim().slice(0, 8)}`, to: "one field of the crawl record's header, which a stray break cut" });
      last.raw += lines[k]!.trim();
      k++;
    }
    let e: number = k;
    while (e < lines.length && FIELD.test(lines[e]!.trimEnd())) fields.push({ i: e, raw: lines[e++]!.trimEnd() });
    hEnd = e;
  }
  for (const { i, raw } of fields) {
    const m = FIELD.exec(raw)!;
    const value = m[2]!.trim();
    if (/^WARC-Target-URI$/iu.test(m[1]!.replace(/[ \t\u3000]/gu, '')) && /^https?:\/\/\S+$/u.test(value) && meta.url === undefined) {
      meta.url = value;
      changes.push({ rule: RULE, kind: 'moved', line: at(i), text: value, to: 'front matter: url (the address the page was crawled from)' });
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: `${m[1]}:`, to: "the label of the crawl record's address" });
    } else changes.push({ rule: RULE, kind: 'removed', line: at(i), text: raw.trim(), to: `the crawl record's ${m[1]} field` });
  }
  // The next record of the file (another page the crawl read) ends this one's text.
  const next = lines.findIndex((l, i) => i >= hEnd && VERSION.test(l) && headerEnd(lines, i) !== undefined);
  const stop = next < 0 ? lines.length : next;
  for (let i = stop; i < lines.length; i++) if (lines[i]!.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: lines[i]!.trim(), to: "the next record of the crawl file (another page the crawl read)" });
  const out = lines.slice(hEnd, stop);
  return { text: out.join('\n'), meta, changes, lineMap: out.map((_, i) => at(hEnd + i)) };
}

/** The line after a record's header that starts at `start` (its version line and its fields), or undefined. */
function headerEnd(lines: string[], start: number): number | undefined {
  if (!VERSION.test(lines[start] ?? '')) return undefined;
  let end = start + 1;
  while (end < lines.length && FIELD.test(lines[end]!.trimEnd())) end++;
  // A header is its version line and fields up to a blank line; without the fields it is no record's header.
  return end - start < 3 || !lines.slice(start + 1, end).some((l) => /^WARC-/u.test(l)) ? undefined : end;
}
