/**
 * The build checks its own PDF: every Han character of each chapter's body is in the text poppler reads
 * from that chapter's pages, in order. Chromium and Paged.js can drop text without an error (a paragraph
 * too long to paginate, a word too wide for the line); a shortfall is an error naming the chapter and the
 * first passage missing, never a PDF written as if all were well.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Chapter } from '../typeset/chapter.ts';

const run = promisify(execFile);

export interface Shortfall {
  chapter: string;
  title: string;
  /** Han characters of the chapter missing from its pages. */
  missing: number;
  total: number;
  /** The passage where the first one goes missing. */
  near: string;
}

const han = (s: string) => s.match(/\p{Script=Han}/gu) ?? [];

/** The text of each page of a PDF, as poppler reads it (pdftotext, UTF-8); bounded in time. */
export async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-q', pdf, '-'], { maxBuffer: 1 << 30, timeout: 300_000, encoding: 'utf8' });
  return stdout.split('\f');
}

/**
 * The first chapter whose body is not all printed on its pages. `starts` gives each chapter's first page
 * (1-based). `ordered`: compare in reading order; vertical pages, whose columns poppler may read out of
 * order, are compared as counts of each character instead.
 */
export function firstShortfall(chapters: Chapter[], starts: Record<string, number>, pages: string[], ordered: boolean): Shortfall | undefined {
  const firstPages = chapters.map((c) => starts[c.id] ?? 0);
  for (const [i, c] of chapters.entries()) {
    const from = firstPages[i]!;
    const to = firstPages.slice(i + 1).find((p) => p > from) ?? pages.length + 1;
    const printed = han(pages.slice(Math.max(0, from - 1), to - 1).join(''));
    const expected = han(c.body.map((n: ElementContent) => toString(n)).join(''));
    // poppler reads a table's cells in an order of its own (column by column where the columns stand apart):
    // the text around tables is compared in order, and every character, the tables' too, by count.
    const flow = han(c.body.map((n: ElementContent) => outsideTables(n)).join(''));
    const inOrder = ordered ? missingInOrder(flow, printed) : undefined;
    const byCount = missingByCount(expected, printed);
    // A shortfall in order is named where it is, in the text around the tables; else the count's.
    const lost = inOrder && inOrder.count > 0 ? { count: Math.max(inOrder.count, byCount.count), first: inOrder.first, near: flow } : { count: byCount.count, first: byCount.first, near: expected };
    if (lost.count > 0) {
      return { chapter: c.id, title: String(c.meta.title), missing: lost.count, total: expected.length, near: lost.near.slice(Math.max(0, lost.first - 8), lost.first + 12).join('') };
    }
  }
  return undefined;
}

/** Characters of `expected` not found in `printed` as a subsequence (greedy; each lookup a binary search). */
function missingInOrder(expected: string[], printed: string[]): { count: number; first: number } {
  const at = new Map<string, number[]>();
  printed.forEach((ch, k) => {
    const list = at.get(ch);
    if (list) list.push(k);
    else at.set(ch, [k]);
  });
  let j = 0;
  let count = 0;
  let first = -1;
  for (let i = 0; i < expected.length; i++) {
    const list = at.get(expected[i]!) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= list.length) {
      count++;
      if (first < 0) first = i;
      continue;
    }
    j = list[lo]! + 1;
  }
  return { count, first };
}

/** A node's text without what its tables hold. */
function outsideTables(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'table') return '';
  return node.children.map(outsideTables).join('');
}

function missingByCount(expected: string[], printed: string[]): { count: number; first: number } {
  const have = new Map<string, number>();
  for (const ch of printed) have.set(ch, (have.get(ch) ?? 0) + 1);
  let count = 0;
  let first = -1;
  expected.forEach((ch, i) => {
    const n = have.get(ch) ?? 0;
    if (n > 0) have.set(ch, n - 1);
    else {
      count++;
      if (first < 0) first = i;
    }
  });
  return { count, first };
}
