/**
 * title-parts: the headline of a Chinese news story has parts — kicker (引题),
 * one or two title lines (主题) and a deck (副题). A `#` heading is the title,
 * with a `##`/`###` right after it as the deck. A scrape without headings
 * opens with the headline on one line, its parts separated by spaces: those
 * spaces separate parts and are kept as structure, not glued together.
 * The parts go to the front matter.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record } from '../report.ts';
import { compact, lineOf, text } from '../tree.ts';
import { countHan } from '../chars.ts';
import { tidySpaces } from './whitespace.ts';

export const RULE = 'title-parts';

// A first part that introduces the title: it ends in a verb of speech.
const KICKER_END = /(强调|指出|表示|宣布|要求|提出|时说|寄语|[:：])$/u;

export default function remarkTitleParts() {
  return (tree: Root, file: VFile) => {
    const meta = metaOf(file);
    const first = tree.children.findIndex((n) => n.type === 'paragraph' || n.type === 'heading');
    if (first < 0) return;
    const node = tree.children[first]!;
    if (meta.title !== undefined) {
      // A scrape with front matter often repeats its title as the first heading.
      if (node.type === 'heading' && compact(node) === String(meta.title).replace(/\s+/g, '')) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node), to: 'repeat of the front-matter title' });
        tree.children.splice(first, 1);
      }
      return;
    }
    if (node.type === 'heading') {
      const title = text(node).trim();
      meta.title = tidySpaces(title);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: title, to: 'front matter: title' });
      let remove = 1;
      const next = tree.children[first + 1];
      if (next?.type === 'heading' && next.depth > node.depth) {
        meta.deck = tidySpaces(text(next));
        record(file, { rule: RULE, kind: 'moved', line: lineOf(next), text: String(meta.deck), to: 'front matter: deck' });
        remove = 2;
      }
      tree.children.splice(first, remove);
      return;
    }
    if (node.type !== 'paragraph' || node.children.some((c) => c.type !== 'text')) return;
    const value = text(node).trim();
    // A headline: short, and no sentence punctuation at its end or inside.
    if (countHan(value) === 0 || value.length > 90 || /[。！？；，、：:!?,]$|[。；]|^[（(]/u.test(value)) return;
    const parts = value.split(/[\s\u3000\u00a0]+/u).filter(Boolean);
    let kicker: string | undefined;
    let lines = parts;
    if (parts.length >= 3 || (parts.length === 2 && KICKER_END.test(parts[0]!))) {
      kicker = parts[0];
      lines = parts.slice(1);
    }
    if (kicker) meta.kicker = kicker;
    meta.title = lines.join('\u3000');
    if (lines.length > 1) meta.title_lines = lines;
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: value, to: kicker ? 'front matter: kicker, title' : 'front matter: title' });
    tree.children.splice(first, 1);
  };
}
