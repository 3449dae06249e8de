/**
 * rehype-vertical: text set in vertical lines (竖排) as W3C clreq describes it.
 * - Quotation marks become corner brackets: “ ” → 「 」, ‘ ’ → 『 』 (clreq §3.1.3; GB/T 15834 4.1).
 * - Numbers follow one rule, integers, decimals and percentages alike: one of one
 *   or two characters (10, 5%) is set across the line (`<span class="tcy">`,
 *   text-combine-upright), as in 2月10日; a longer one (2019, 12000, 13.3%) upright,
 *   one character under the other (`<span class="upright">`).
 * - Latin initials of up to four capitals standing alone (WHO, CT) are set
 *   upright; other Latin text keeps its default, turned sideways, and so do
 *   initials inside a Latin name of several words (MGM Mirage is one name, turned
 *   as one).
 * The characters stay the same apart from the quotation marks, and each mark
 * keeps its length, so offsets into a block's text are unchanged.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
// A run stands alone: no Latin letter, digit or hyphen joins it to more (COVID-19 stays sideways); a number takes
// its decimals, thousands and percent sign with it; initials or a number next to another Latin word are part of a
// name (MGM Mirage, iPhone 15).
const RUNS = /(?<![A-Za-z0-9.,\-]|[A-Za-z][ \u00a0])(?:(\d+(?:[.,]\d+)*[%％]?)|([A-Z]{1,4})(?![ \u00a0][A-Za-z]))(?![A-Za-z0-9\-])/g;
const SKIP = new Set(['code', 'pre', 'script', 'style']);
const SET = new Set(['tcy', 'upright']);

export interface VerticalOptions {
  /** Leave the quotation marks as they are (the text itself is still set vertically). */
  keepQuotes?: boolean;
}

export default function rehypeVertical(options: VerticalOptions = {}) {
  return (tree: Root) => {
    verticalize(tree, options);
  };
}

/** The utility behind the plugin: changes `node`'s text in place. */
export function verticalize(node: Root | Element, options: VerticalOptions = {}): void {
  const out: (ElementContent | Root['children'][number])[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      out.push(...runs(options.keepQuotes ? child.value : child.value.replace(/[“”‘’]/g, (q) => QUOTES[q]!)));
    } else {
      if (child.type === 'element' && !SKIP.has(child.tagName) && !(child.properties.className as string[] | undefined)?.some((c) => SET.has(c))) verticalize(child, options);
      out.push(child);
    }
  }
  node.children = out as typeof node.children;
}

function runs(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of text.matchAll(RUNS)) {
    if (m.index > last) out.push(textNode(text.slice(last, m.index)));
    out.push({ type: 'element', tagName: 'span', properties: { className: [m[1] !== undefined && m[1].length <= 2 ? 'tcy' : 'upright'] }, children: [textNode(m[0])] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(textNode(text.slice(last)));
  return out.length ? out : [textNode(text)];
}

function textNode(value: string): Text {
  return { type: 'text', value };
}
