/**
 * rehype-missing-glyphs: a character no font of the book covers (CJK Extension
 * G such as 𰀀: Noto SC and HanaMin lack it) would make Chromium fall back to a
 * machine font, which lands in the PDF as a Type 3 font and vanishes from
 * the text layer. It is set as 〓 (the geta mark, the typesetter's sign for a
 * missing character) and the build warns, naming each one and where it is.
 */
import type { Element, ElementContent, Root } from 'hast';
import { isCovered } from '../fonts.ts';

export const MISSING_MARK = '〓';

/** The text with every uncovered character replaced by the mark. */
export function coverText(s: string): string {
  let out = '';
  for (const ch of s) out += isCovered(ch) ? ch : MISSING_MARK;
  return out;
}

export default function rehypeMissingGlyphs() {
  return (tree: Root) => {
    walk(tree as unknown as Element);
  };
}

function walk(node: Element): void {
  const out: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      let run = '';
      for (const ch of child.value) {
        if (isCovered(ch)) {
          run += ch;
          continue;
        }
        if (run) out.push({ type: 'text', value: run });
        run = '';
        out.push({ type: 'element', tagName: 'span', properties: { className: ['missing-glyph'], title: `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}` }, children: [{ type: 'text', value: MISSING_MARK }] });
      }
      if (run) out.push({ type: 'text', value: run });
    } else {
      if (child.type === 'element') walk(child);
      out.push(child);
    }
  }
  node.children = out;
}
