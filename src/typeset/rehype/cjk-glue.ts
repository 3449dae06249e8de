/**
 * rehype-cjk-glue: what CSS line breaking cannot promise, done in the tree.
 * Chromium lets `——` start a line and will split `——`/`……`; it breaks
 * between a number and its unit (`3` | `月`); and `text-wrap: pretty` does
 * not guarantee a paragraph never ends on a lone character. Each such run is
 * wrapped in `<span class="nobr">` (white-space: nowrap):
 * - `——` and `……` with the character before them (never split, never at a line start);
 * - `·` and `～` with the character before them;
 * - `/` with the character after it (never at a line end);
 * - a number with the Han unit after it;
 * - the last two characters of a paragraph with its closing punctuation.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

const GLUE = new RegExp(
  [
    '[^\\s](?:——|……)+[”’」』）》]?', // dash or ellipsis, with what precedes it
    '[^\\s][·～]', // middle dot, tilde
    '/[^\\s]', // slash with what follows
    '\\d+(?:[.,:]\\d+)*%?\\p{Script=Han}', // number and its unit
  ].join('|'),
  'gu',
);
const TAIL = /(?:\P{White_Space}){2}[\p{P}\p{S}]*$/u;
const SKIP = new Set(['code', 'pre', 'script', 'style']);

export default function rehypeCjkGlue() {
  return (tree: Root) => {
    walk(tree as unknown as Element);
  };
}

function walk(node: Element): void {
  const out: ElementContent[] = [];
  let changed = false;
  for (const child of node.children) {
    if (child.type === 'text') {
      const pieces = glue(child.value);
      if (pieces.length !== 1 || pieces[0]!.type !== 'text') changed = true;
      out.push(...pieces);
    } else {
      if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
      out.push(child);
    }
  }
  if (changed) node.children = out;
  if (node.type === 'element' && node.tagName === 'p') glueTail(node);
}

function nobr(value: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value }] };
}

function glue(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of value.matchAll(GLUE)) {
    if (m.index! > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push(nobr(m[0]));
    last = m.index! + m[0].length;
  }
  if (last === 0) return [{ type: 'text', value }];
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** The paragraph's last two characters (and trailing marks) go on one line. */
function glueTail(p: Element): void {
  const last = p.children[p.children.length - 1];
  if (last?.type !== 'text') return;
  const m = TAIL.exec((last as Text).value);
  if (!m || m.index === 0 && p.children.length === 1 && [...(last as Text).value].length <= 3) return;
  const before = (last as Text).value.slice(0, m.index);
  p.children.splice(p.children.length - 1, 1, ...(before ? [{ type: 'text', value: before } as Text] : []), nobr(m[0]));
}
