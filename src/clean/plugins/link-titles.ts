/**
 * link-titles: a scraped link keeps its page's tooltip (`[mrpm](… "檢視「mrpm」的全部文章")`,
 * "see all posts by mrpm"). It is the site's interface, not the article, and a
 * printed page cannot show it, so it would be text in the clean edition that
 * the PDF loses. The title goes, into the report; the link and its text stay.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';

export const RULE = 'link-titles';

export default function remarkLinkTitles() {
  return (tree: Root, file: VFile) => {
    strip(tree, file);
  };
}

function strip(node: Nodes, file: VFile): void {
  if ((node.type === 'link' || node.type === 'definition') && node.title) {
    record(file, { rule: RULE, kind: 'removed', line: node.position?.start.line, text: node.title, to: `title of the link to ${node.url}` });
    node.title = null;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) strip(child, file);
}
