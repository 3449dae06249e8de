/**
 * rehype-dateline-run-in: a news story's 电头 (`新华社武汉3月10日电`) is printed at the head of its first
 * paragraph, in the heading face and followed by an ideographic space, as newspapers and their books set it —
 * not as a line of its own. It runs in only where the story opens with a paragraph (a caption before it
 * aside); under a heading or a table, the chapter's header prints it instead.
 */
import type { Element, Root } from 'hast';

export const RUN_IN_CLASS = 'dateline-run-in';

export default function rehypeDatelineRunIn(options: { dateline?: string }) {
  return (tree: Root) => {
    if (!options.dateline) return;
    const blocks = tree.children.filter((c): c is Element => c.type === 'element');
    const first = blocks.find((b) => !(b.tagName === 'figure' || (b.tagName === 'aside' && String(b.properties.className ?? '').includes('pullquote'))));
    if (first?.tagName !== 'p') return;
    first.children.unshift({ type: 'element', tagName: 'span', properties: { className: [RUN_IN_CLASS] }, children: [{ type: 'text', value: options.dateline }] }, { type: 'text', value: '\u3000' });
  };
}

/** Whether a chapter's body opens with its dateline run in. */
export function hasRunIn(body: readonly unknown[]): boolean {
  const first = body.find((b): b is Element => (b as Element).type === 'element' && (b as Element).tagName === 'p');
  const lead = first?.children[0];
  return lead?.type === 'element' && Array.isArray(lead.properties.className) && lead.properties.className.includes(RUN_IN_CLASS);
}
