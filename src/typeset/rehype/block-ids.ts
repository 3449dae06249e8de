/**
 * rehype-block-ids: every block that holds text gets a stable `data-b`
 * (`ch-1.12`). Paged.js copies it onto the fragments of a block split across
 * pages, so the PDF stage can say where each printed page begins — block and
 * character offset — and the EPUB can put its page-break markers there.
 */
import type { Element, Root } from 'hast';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'td', 'th', 'pre']);

export default function rehypeBlockIds(options: { prefix: string }) {
  return (tree: Root) => {
    let n = 0;
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (BLOCKS.has(child.tagName)) child.properties.dataB = `${options.prefix}.${++n}`;
        walk(child);
      }
    };
    walk(tree);
  };
}
