/**
 * subheadings: a short line without sentence punctuation between body
 * paragraphs is a subheading (`业绩会突现业主维权插曲`). Two such lines in a row
 * are either one heading broken in two (`公职人员具有申报` / `境外存款的法定义务`:
 * short enough together to be one line, so joined) or a heading pair (kept
 * as two headings).
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { isHeadingLike } from '../chars.ts';
import { record } from '../report.ts';
import { lineOf, normalizePhrasing, text } from '../tree.ts';

export const RULE = 'subheadings';

const ONE_LINE = 20;

export default function remarkSubheadings() {
  return (tree: Root, file: VFile) => {
    const kids = tree.children;
    const out: RootContent[] = [];
    let i = 0;
    while (i < kids.length) {
      const node = kids[i]!;
      if (!candidate(node) || i === 0) {
        out.push(node);
        i++;
        continue;
      }
      const group: Paragraph[] = [];
      let j = i;
      while (j < kids.length && candidate(kids[j]!)) group.push(kids[j++] as Paragraph);
      // A subheading introduces body text: something must follow it.
      const next = kids[j];
      if (!next || next.type !== 'paragraph' || group.length > 2) {
        out.push(...group);
        i = j;
        continue;
      }
      const total = group.reduce((n, p) => n + text(p).trim().length, 0);
      if (group.length === 2 && total <= ONE_LINE) {
        out.push(heading([group[0]!, group[1]!], file));
      } else {
        for (const p of group) out.push(heading([p], file));
      }
      i = j;
    }
    tree.children = out;
  };
}

function candidate(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && isHeadingLike(text(node), 30) && !/^[“"「（(]/u.test(text(node).trim());
}

function heading(parts: Paragraph[], file: VFile): Heading {
  record(file, { rule: RULE, kind: 'changed', line: lineOf(parts[0]!), text: parts.map((p) => text(p)).join('⏎'), to: 'subheading' });
  return { type: 'heading', depth: 2, children: normalizePhrasing(parts.flatMap((p) => p.children)) };
}
