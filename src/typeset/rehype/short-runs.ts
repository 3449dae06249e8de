/**
 * Paged.js (0.4.3) loses text when one text node runs over more than about three pages: a 4,000-character
 * paragraph printed 2,200 of its characters, with no error. Split across inline elements the same text
 * paginates whole, so for print every long text node is cut into runs of at most `RUN` characters, each
 * in a `<span class="run">` with no style of its own (the cuts fall after punctuation where there is some;
 * line breaking is the same across an inline boundary).
 */
import type { Element, ElementContent } from 'hast';

const LONG = 600;
const RUN = 300;

/** The nodes with every text node of more than LONG characters cut into runs; the input is not changed. */
export function shortRuns<T extends ElementContent>(nodes: T[]): T[] {
  // A diagnostic switch: to see (and report) what Paged.js does with long text nodes.
  if (process.env.DINGBEN_NO_RUNS) return nodes;
  return nodes.map((n) => cut(n) as T);
}

function cut(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  if (node.tagName === 'pre' || node.tagName === 'code') return node;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && [...child.value].length > LONG) children.push(...runs(child.value));
    else children.push(cut(child));
  }
  return { ...node, children } satisfies Element;
}

function runs(value: string): Element[] {
  const chars = [...value];
  const out: Element[] = [];
  for (let start = 0; start < chars.length; ) {
    let end = Math.min(chars.length, start + RUN);
    if (end < chars.length) {
      // Prefer a cut after a mark of punctuation in the run's last third.
      for (let k = end; k > start + (RUN * 2) / 3; k--) {
        if (/[\p{P}\s]/u.test(chars[k - 1]!)) {
          end = k;
          break;
        }
      }
    }
    out.push({ type: 'element', tagName: 'span', properties: { className: ['run'] }, children: [{ type: 'text', value: chars.slice(start, end).join('') }] });
    start = end;
  }
  return out;
}
