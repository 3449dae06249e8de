/**
 * page-order: pdf2json's text output (`pdf2json -c`, its `.content.txt`) ends every page with its own marker,
 * `----------------Page (0) Break----------------`, and may print a page's lines from its foot to its head (the
 * order of the text in the PDF's content stream, bottom up). The page's furniture says which way a page runs: a
 * running head repeated by the pages stands last in each, or the folio (`— 1 —`) stands first. Where it does,
 * each page's lines are put back in reading order; the markers go (reported) and the pages follow each other.
 * pdf2json sets each run of text where it stood with spaces: the whitespace rule reads a page so placed (this
 * reader's report says so) and takes those gaps out beside Chinese text.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'page-order';

const MARKER = /^-{8,}Page \(\d{1,4}\) Break-{8,}$/u;
const FOLIO = /^[—–-][ \u3000]*\d{1,4}[ \u3000]*[—–-]$|^第[ \u3000]*\d{1,4}[ \u3000]*页/u;

export function pageOrder(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('Page (0) Break')) return undefined;
  const lines = text.split('\n');
  const pages: number[][] = [];
  let page: number[] = [];
  const markers: number[] = [];
  lines.forEach((l, i) => {
    if (MARKER.test(l.trim())) {
      pages.push(page);
      markers.push(i);
      page = [];
    } else page.push(i);
  });
  if (page.some((i) => lines[i]!.trim() !== '')) pages.push(page);
  if (markers.length === 0) return undefined;
  const filled = pages.map((p) => p.filter((i) => lines[i]!.trim() !== '')).filter((p) => p.length > 0);
  const firsts = filled.map((p) => lines[p[0]!]!.trim());
  const lasts = filled.map((p) => lines[p[p.length - 1]!]!.trim());
  // Bottom up: the folio first on most pages, or one running head last on two pages at least.
  const folioFirst = firsts.filter((t) => FOLIO.test(t)).length;
  const folioLast = lasts.filter((t) => FOLIO.test(t)).length;
  const headLast = filled.length >= 2 && lasts.every((t) => t === lasts[0]) && lasts[0]!.length <= 40;
  const headFirst = filled.length >= 2 && firsts.every((t) => t === firsts[0]) && firsts[0]!.length <= 40;
  const reversed = (folioFirst > folioLast && folioFirst >= Math.ceil(filled.length / 2)) || (headLast && !headFirst);
  const changes: Change[] = markers.map((m) => ({ rule: RULE, kind: 'removed' as const, line: lineMap[m] ?? m + 1, text: lines[m]!.trim(), to: "pdf2json's marker of a page's end" }));
  const order = reversed ? pages.map((p) => [...p].reverse()) : pages;
  if (reversed) changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `${pages.length} pages printed foot to head`, to: "each page's lines in reading order (its folio first and its running head last said so)" });
  const out: string[] = [];
  const map: number[] = [];
  order.forEach((p, k) => {
    if (k > 0) { out.push(''); map.push(lineMap[p[0] ?? 0] ?? 1); }
    for (const i of p) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
    }
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
