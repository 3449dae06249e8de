/**
 * The XML files the writers make that are not XHTML — the EPUB's package document, NCX and container, the
 * archival PDF's XMP packet — built as xast trees (xastscript) and written by xast-util-to-xml, which
 * escapes every text and attribute value: no string template decides what is markup.
 */
import type { Element, ElementContent, Instruction, Root, Text } from 'xast';
import { toXml } from 'xast-util-to-xml';

export { x } from 'xastscript';

/** A processing instruction (`<?xml …?>`, `<?xpacket …?>`), which xastscript has no builder for. */
export const instruction = (name: string, value: string): Instruction => ({ type: 'instruction', name, value });

export const XML_DECLARATION = instruction('xml', 'version="1.0" encoding="UTF-8"');

const newline = (depth: number, unit: string): Text => ({ type: 'text', value: `\n${unit.repeat(depth)}` });

/**
 * Puts each child element of an element that holds only elements on a line of its own, indented by its
 * depth, so that the files read as a person would write them. An element with text in it is left as it
 * is (white space added there would be content), and so is one named in `inline`, kept on one line.
 */
export function indent(node: Element, unit = '  ', inline: ReadonlySet<string> = new Set(), depth = 0): Element {
  const children = node.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  if (inline.has(node.name) || children.length === 0 || children.some((c) => c.type !== 'element')) return node;
  const laid: ElementContent[] = [];
  for (const child of children as Element[]) laid.push(newline(depth + 1, unit), indent(child, unit, inline, depth + 1));
  laid.push(newline(depth, unit));
  return { ...node, children: laid };
}

/** A whole document: the declaration (or other instructions) on their own lines, the root, a final newline. */
export function xmlDocument(root: Element, options: { before?: Instruction[]; after?: Instruction[]; unit?: string; inline?: string[]; finalNewline?: boolean } = {}): string {
  const { before = [XML_DECLARATION], after = [], unit = '  ', inline = [], finalNewline = true } = options;
  const tree: Root = { type: 'root', children: [] };
  for (const pi of before) tree.children.push(pi, newline(0, ''));
  tree.children.push(indent(root, unit, new Set(inline)));
  for (const pi of after) tree.children.push(newline(0, ''), pi);
  if (finalNewline) tree.children.push(newline(0, ''));
  // xast-util-to-xml escapes & and < but leaves `]]>`, which XML 1.0 (2.4) forbids in text; no CDATA
  // section is ever written here, so every `]]>` is a value's, and `&gt;` reads back the same in text and
  // attributes alike.
  return toXml(tree, { closeEmptyElements: true, tightClose: true }).replaceAll(']]>', ']]&gt;');
}
