/**
 * link-references: html2text and other HTML-to-Markdown converters write a page's links as references
 * (`[云岫能源材料研究院][7]`) with their addresses listed at the end (`[7]: https://…`). The list is no part
 * of the article, and a reference whose definition is gone reads as bracketed text. Each reference becomes
 * the link it stands for (image references the image), and the list of definitions goes, each one reported
 * with its address. A reference with no definition is left as it is.
 */
import type { Definition, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';

export const RULE = 'link-references';

export default function remarkLinkReferences() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if (definitions.size === 0) return;
    resolve(tree, definitions);
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'definition') return true;
      record(file, { rule: RULE, kind: 'removed', line: node.position?.start.line, text: `[${node.label ?? node.identifier}]: ${node.url}`, to: 'the address of a reference link, written into the link' });
      return false;
    });
  };
}

function resolve(node: Nodes, definitions: Map<string, Definition>): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.map((child) => {
    if (child.type === 'linkReference') {
      const d = definitions.get(child.identifier.toLowerCase());
      if (d) return { type: 'link', url: d.url, title: d.title ?? null, children: child.children, position: child.position } satisfies PhrasingContent;
    }
    if (child.type === 'imageReference') {
      const d = definitions.get(child.identifier.toLowerCase());
      if (d) return { type: 'image', url: d.url, title: d.title ?? null, alt: child.alt ?? null, position: child.position } satisfies PhrasingContent;
    }
    resolve(child as Nodes, definitions);
    return child;
  }) as Parent['children'];
}
