/**
 * Widows and orphans for Paged.js, which has none: where a page's overflow starts inside a paragraph (or a
 * list item), the break is moved so that no paragraph leaves its first line alone at a page's foot (an
 * orphan) or its last line alone at the next page's top (a widow) — two lines at least on each side, as
 * the stylesheet's `orphans: 2; widows: 2` ask and Chromium's own fragmentation would do. A paragraph that
 * cannot be parted so goes to the next page whole, unless it is the first thing on its page.
 */
import { CHAPTER } from '../page-contract.ts';

interface LineBox { top: number; left: number; right: number }

/**
 * An element's line boxes in text order. (Paged.js lays a page's overflow out in a column to the right of the
 * page, its tops starting again at the page's top: lines are told apart in text order, not by their tops.)
 */
function lineBoxes(el: Element, tolerance: number): LineBox[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  const lines: LineBox[] = [];
  for (const r of range.getClientRects()) {
    if (r.width === 0 || r.height === 0) continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - r.top) < tolerance && r.left >= last.left - 1) last.right = Math.max(last.right, r.right);
    else lines.push({ top: r.top, left: r.left, right: r.right });
  }
  return lines;
}

/** The line a character stands on, by its index in `lines`; -1 where it has no box. */
function lineOfChar(node: Text, offset: number, lines: LineBox[], tolerance: number): number {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, Math.min(offset + 1, node.length));
  const r = range.getBoundingClientRect();
  if (r.height === 0) return -1;
  return lines.findIndex((l) => Math.abs(l.top - r.top) < tolerance && r.left >= l.left - 1 && r.left <= l.right + 1);
}

/** Where line `index` starts in `el`: its first character. */
function lineStart(el: Element, index: number, lines: LineBox[], tolerance: number): { node: Text; offset: number } | undefined {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.length === 0 || lineOfChar(n, n.length - 1, lines, tolerance) < index) continue;
    // The characters of a text node run down its lines in order: the first one on the line, by halves.
    let lo = 0;
    let hi = n.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineOfChar(n, mid, lines, tolerance) >= index) hi = mid;
      else lo = mid + 1;
    }
    return { node: n, offset: lo };
  }
  return undefined;
}

/** A paragraph or a list item of the running text: not a caption's, a pull quote's or a table cell's. */
function bodyParagraph(node: Node): HTMLElement | undefined {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = el?.closest('li') ?? el?.closest('p');
  return p instanceof HTMLElement && !p.closest('figure, aside, td, th, header, nav') ? p : undefined;
}

/** How many lines the blocks from `el` on to the end of its parent take. */
function linesFrom(el: Element | null, tolerance: number): number {
  let n = 0;
  for (let b = el; b; b = b.nextElementSibling) n += lineBoxes(b, tolerance).length;
  return n;
}

/** How many lines the chapter holds after `el` on this page and its overflow: its parents' next blocks too. */
function linesAfter(el: Element, tolerance: number): number {
  let n = linesFrom(el.nextElementSibling, tolerance);
  for (let a = el.parentElement; a && !a.matches(CHAPTER); a = a.parentElement) n += linesFrom(a.nextElementSibling, tolerance);
  return n;
}

/** Whether anything but the chapter's header stands above `el` on its page. */
function somethingAbove(el: Element): boolean {
  for (let a: Element | null = el; a && !a.matches(CHAPTER); a = a.parentElement) {
    const before = a.previousElementSibling;
    if (before && before.tagName !== 'HEADER') return true;
  }
  return false;
}

/** A range from the start of line `index` of `p` to the overflow's end, or undefined where it cannot be found. */
function fromLine(p: Element, index: number, lines: LineBox[], tolerance: number, overflow: Range): Range | undefined {
  const at = lineStart(p, index, lines, tolerance);
  if (!at) return undefined;
  const moved = document.createRange();
  moved.setStart(at.node, at.offset);
  moved.setEnd(overflow.endContainer, overflow.endOffset);
  return moved;
}

/** A range from just before `el` to the overflow's end: `el` and what follows it go over. */
function fromBefore(el: Element, overflow: Range): Range {
  const moved = document.createRange();
  moved.setStartBefore(el);
  moved.setEnd(overflow.endContainer, overflow.endOffset);
  return moved;
}

/**
 * The overflow Paged.js found on a page, moved where a paragraph would leave a widow or an orphan, or where
 * the chapter would end on a page of fewer than three lines; undefined where it stands well. `toCome` says
 * how many lines of a block's chapter are not laid out yet (Infinity where that is not known): Paged.js
 * renders a page's overflow a few hundred characters at a time, so a chapter's last lines may be still to come.
 */
export function keepLines(overflow: Range, toCome: (block: Element) => number, pageHeight: number): Range | undefined {
  const start = overflow.startContainer;
  const whole = keepWhole(overflow, pageHeight);
  if (whole) return whole;
  if (start.nodeType === Node.ELEMENT_NODE) {
    const next = start.childNodes[overflow.startOffset];
    return next instanceof Element ? shortEnding(next, overflow, toCome) : undefined;
  }
  if (start.nodeType !== Node.TEXT_NODE) return undefined;
  const p = bodyParagraph(start);
  if (!p) return undefined;
  const height = parseFloat(getComputedStyle(p).lineHeight) || 16;
  const tolerance = height / 2;
  const lines = lineBoxes(p, tolerance);
  const breakLine = lineOfChar(start as Text, overflow.startOffset, lines, tolerance);
  // A break before the paragraph's first line is a break between blocks.
  if (breakLine === 0) return shortEnding(p, overflow, toCome);
  if (breakLine < 0 || lines.length < 2) return undefined;
  const before = breakLine;
  const after = lines.length - breakLine;
  // (A paragraph continued from the page before has its first line there: no orphan here.)
  const continued = p.hasAttribute('data-split-from');
  const keeps = (n: number) => n >= 2 || (continued && n >= 1);
  // The chapter's last page holds three lines at least: lines of this paragraph go over to make them up.
  // (What is still to come is asked only where the lines laid out are too few already.)
  const laidOut = after + linesAfter(p, tolerance);
  const rest = laidOut < 3 ? laidOut + toCome(p) : laidOut;
  if (rest < 3 && keeps(before - (3 - rest))) return fromLine(p, before - (3 - rest), lines, tolerance, overflow);
  if (after === 1 && keeps(before - 1)) {
    // A widow: the break goes up a line, so two lines go over.
    return fromLine(p, breakLine - 1, lines, tolerance, overflow);
  }
  const orphan = !continued && (before === 1 || after === 1 || rest < 3);
  if (!orphan) return undefined;
  // The whole paragraph goes over, with the heads right above it (a head stays with its text), unless nothing
  // but the chapter's header stands above them on the page: there they would go over again.
  let from: Element = p;
  while (from.previousElementSibling && /^H[2-6]$/u.test(from.previousElementSibling.tagName)) from = from.previousElementSibling;
  return somethingAbove(from) ? fromBefore(from, overflow) : undefined;
}

/**
 * A page that breaks between blocks, where the chapter's last block or blocks would stand on a page of their
 * own in fewer than three lines: the last two lines (or more) of the paragraph above go over with them, or,
 * where it is too short to part, that whole block, and so on up (a notice's close of short lines, a list's
 * last items and the line that introduces them).
 */
function shortEnding(next: Element, overflow: Range, toCome: (block: Element) => number): Range | undefined {
  const tolerance = (parseFloat(getComputedStyle(next).lineHeight) || 16) / 2;
  let rest = lineBoxes(next, tolerance).length + linesAfter(next, tolerance);
  if (rest === 0 || rest >= 3) return undefined;
  rest += toCome(next);
  if (rest >= 3) return undefined;
  let from: Element = next;
  for (let k = 0; k < 8; k++) {
    const p = from.previousElementSibling;
    if (!p) {
      // The first of a list's items: the list goes on from the block above it.
      const parent = from.parentElement;
      if (!parent || parent.matches(CHAPTER)) return undefined;
      from = parent;
      continue;
    }
    if (p.tagName === 'HEADER') return undefined;
    const lines = lineBoxes(p, tolerance);
    const go = Math.max(3 - rest, 2);
    const stay = lines.length - go;
    if (bodyParagraph(p) === p && (stay >= 2 || (p.hasAttribute('data-split-from') && stay >= 1))) return fromLine(p, stay, lines, tolerance, overflow);
    rest += lines.length;
    from = p;
    if (rest >= 3) {
      // Whole blocks go over: a page of three lines or more, if something still stands above them. A line
      // that introduces them (`本届联赛个人奖项：`) goes with them.
      // (A list's first item moves the list from its start: the line above the list introduces it.)
      while (!from.previousElementSibling && from.parentElement && !from.parentElement.matches(CHAPTER)) from = from.parentElement;
      const intro = from.previousElementSibling;
      if (intro && bodyParagraph(intro) === intro && lineBoxes(intro, tolerance).length === 1 && /[：:]$/u.test((intro.textContent ?? '').trim())) from = intro;
      return somethingAbove(from) ? fromBefore(from, overflow) : undefined;
    }
  }
  return undefined;
}

/**
 * A pull quote or a caption that the page would split goes over whole where it fits on a page (a pull quote
 * was parted mid-item), unless it is the first thing on its page.
 */
function keepWhole(overflow: Range, pageHeight: number): Range | undefined {
  const start = overflow.startContainer;
  const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element).childNodes[overflow.startOffset] ?? start : start.parentElement;
  const box = (el instanceof Element ? el : el?.parentElement)?.closest('aside.pullquote, figure.caption');
  if (!box || !somethingAbove(box)) return undefined;
  // A break right before it parts nothing.
  if (start.nodeType === Node.ELEMENT_NODE && (start as Element).childNodes[overflow.startOffset] === box) return undefined;
  // Its height whole: its lines, as the page's overflow column lays them out, at its line height.
  const style = getComputedStyle(box);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
  const lines = lineBoxes(box, line / 2).length;
  return lines * line * 1.3 > pageHeight ? undefined : fromBefore(box, overflow);
}
