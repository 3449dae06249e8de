/**
 * dedupe: scrapes repeat blocks (a "related" box rendered twice, an image's
 * alt text run into its caption). A block identical to an earlier one is
 * removed; a block that is one text twice over (`AA`) keeps one copy; a
 * caption that begins with the alt text repeated after it loses the copy.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { compact, isDirective, lineOf, sourceText } from '../tree.ts';

export const RULE = 'dedupe';

const MIN = 8;

export default function remarkDedupe() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    const out: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'paragraph' || node.type === 'heading' || isDirective(node, 'caption')) {
        const key = `${node.type}:${compact(node)}`;
        if (key.length - node.type.length > MIN) {
          if (seen.has(key)) {
            record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), to: 'repeat of an earlier block' });
            continue;
          }
          seen.add(key);
        }
        undouble(node, file);
      }
      out.push(node);
    }
    tree.children = out;
  };
}

/** `XYZXYZ` → `XYZ` in a block made of a single text node. */
function undouble(node: RootContent, file: VFile): void {
  const para = node.type === 'paragraph' || node.type === 'heading' ? node : isDirective(node) ? node.children[0] : undefined;
  if (!para || !('children' in para) || para.children.length !== 1) return;
  const only = para.children[0]!;
  if (only.type !== 'text') return;
  const v = only.value;
  if (v.length < MIN * 2 || v.length > 600 || v.length % 2 !== 0) return;
  const half = v.slice(0, v.length / 2);
  if (half + half !== v) return;
  only.value = half;
  record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: half, to: 'second copy of a doubled block' });
}
