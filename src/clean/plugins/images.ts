/**
 * images: a scrape keeps references to photos, not the photos (`![](https://…)`).
 * The edition has no such files and must load nothing from the network, so
 * image references go; their alt text and address are in the report.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';

export const RULE = 'images';

export default function remarkImages() {
  return (tree: Root, file: VFile) => {
    strip(tree, file);
  };
}

function strip(node: Nodes, file: VFile): void {
  if (!('children' in node)) return;
  const kept: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type === 'image' || child.type === 'imageReference') {
      const url = child.type === 'image' ? child.url : child.identifier;
      record(file, { rule: RULE, kind: 'removed', line: child.position?.start.line, text: `![${child.alt ?? ''}](${url})` });
      continue;
    }
    // A link that only wrapped an image goes with it.
    strip(child, file);
    if (child.type === 'link' && child.children.length === 0) {
      record(file, { rule: RULE, kind: 'removed', line: child.position?.start.line, text: child.url, to: 'link around a removed image' });
      continue;
    }
    // A paragraph that held only images is left empty: it goes too.
    if (child.type === 'paragraph' && child.children.every((c) => c.type === 'text' && c.value.trim() === '')) continue;
    kept.push(child);
  }
  (node as { children: Nodes[] }).children = kept;
}
