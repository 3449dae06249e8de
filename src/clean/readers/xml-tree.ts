/** Walking a parsed XML tree (xast), for the readers of XML records (feeds, NITF). */
import type { Element, ElementContent, Root as XastRoot } from 'xast';

export function children(e: Element | XastRoot): Element[] {
  return (e.children as (Element | ElementContent)[]).filter((c): c is Element => c.type === 'element');
}

export function* elements(node: XastRoot | Element): Generator<Element> {
  for (const c of children(node)) {
    yield c;
    yield* elements(c);
  }
}

export function find(node: XastRoot | Element, test: (e: Element) => boolean): Element | undefined {
  for (const e of elements(node)) if (test(e)) return e;
  return undefined;
}

/** The text an element holds, its descendants' included. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text' || node.type === 'cdata') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
