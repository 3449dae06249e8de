/**
 * dedupe: scrapes repeat blocks (a "related" box rendered twice, an image's
 * alt text run into its caption). Repeated text inside an article is also
 * content (an interviewer's question asked of every guest), so a block equal
 * to an earlier one is removed only where the evidence says "copy": it
 * follows its original directly, or it is part of a run of blocks that
 * repeats an earlier run. Any other repeat stays, with a suggestion in the
 * report. A block that is one text twice over (`AA`) keeps one copy.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { accepted, apply, record, type Change } from '../report.ts';
import { compact, container, isDirective, lineOf, paragraph, sourceText, text } from '../tree.ts';
import { spacedFile } from '../chars.ts';

export const RULE = 'dedupe';

const MIN = 8;

export default function remarkDedupe() {
  return (tree: Root, file: VFile) => {
    textBoxes(tree, file);
    const kids = tree.children;
    const keys = kids.map(keyOf);
    const first = new Map<string, number>();
    const drop = new Set<number>();
    keys.forEach((key, i) => {
      if (key === undefined) return;
      const j = first.get(key);
      // (A short head counts only as the very block again: `被叮咬后怎么办` at the foot of one screenshot and the
      // head of the next. Apart, a short line may well stand twice.)
      if (j === undefined || (key.length <= MIN && j !== i - 1)) {
        first.set(key, i);
        return;
      }
      const node = kids[i]!;
      const removal: Change = { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), to: `repeat of the block on line ${lineOf(kids[j]!) ?? '?'}` };
      const suggestion: Change = { rule: RULE, kind: 'suggested', line: lineOf(node), text: sourceText(file, node), to: `kept: repeats line ${lineOf(kids[j]!) ?? '?'}, but stands alone among other text (a repeated question or refrain is content)` };
      // A copy goes unless the book file keeps it; a repeat that may be content goes only if the book file accepts that.
      if (isCopy(keys, j, i) || accepted(file, suggestion)) {
        if (apply(file, removal)) drop.add(i);
      } else {
        record(file, suggestion);
      }
    });
    summaries(kids, file).forEach((i) => drop.add(i));
    const out: RootContent[] = [];
    kids.forEach((node, i) => {
      if (drop.has(i)) return;
      if (keys[i] !== undefined) undouble(node, file);
      out.push(node);
    });
    tree.children = out;
  };
}

// A CMS's summary field printed above the text it summarises (`内容简介：…`, `摘要：…`).
export const SUMMARY = /^[\s\u3000]*[【\[]?(内容简介|内容提要|內容簡介|内容摘要|摘要|提要|简介|簡介|导读|導讀|核心提示)[】\]]?[\s\u3000]*[：:]?[\s\u3000]*/u;

/** A summary whose words open one of the next paragraphs is a copy of the text, not more of it. */
function summaries(kids: RootContent[], file: VFile): number[] {
  const out: number[] = [];
  kids.forEach((node, i) => {
    if (node.type !== 'paragraph') return;
    const m = SUMMARY.exec(text(node));
    if (!m) return;
    const rest = letters(text(node).slice(m[0].length)).replace(/(…|\.\.\.)+$/u, '');
    if (rest.length < 20) return;
    const copy = kids.slice(i + 1, i + 4).find((k) => k.type === 'paragraph' && letters(text(k)).startsWith(rest.slice(0, Math.min(rest.length, 60))));
    if (!copy) return;
    if (apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: sourceText(file, node), to: `a summary repeating the text on line ${lineOf(copy) ?? '?'}` })) out.push(i);
  });
  return out;
}

const letters = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

function keyOf(node: RootContent): string | undefined {
  // (A pull quote too: a quote a page set apart twice, once cutting a sentence and once after it, is one quote.)
  if (node.type !== 'paragraph' && node.type !== 'heading' && !isDirective(node, 'caption') && !isDirective(node, 'pullquote')) return undefined;
  // Compared on letters, digits and Han only: two copies may differ in the width of their punctuation or
  // spaces until later rules normalise them. The type is left out too: one copy may have been read as a heading.
  const c = letters(compact(node)).toLowerCase();
  return c.length > MIN || (node.type === 'heading' && c.length >= 4) ? c : undefined;
}

/** A repeat at `i` of the block at `j` is a copy when it follows it or repeats it within a run. */
function isCopy(keys: (string | undefined)[], j: number, i: number): boolean {
  if (j === i - 1) return true;
  const before = keys[i - 1] !== undefined && keys[i - 1] === keys[j - 1];
  const after = keys[i + 1] !== undefined && keys[i + 1] === keys[j + 1];
  return before || after;
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
  if (apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: half, to: 'second copy of a doubled block' })) only.value = half;
}

/**
 * A Word text box (a `名词解释` sidebar) reaches the text twice through docx2txt, from its two drawings
 * (mc:Choice and mc:Fallback), and the second copy runs into the paragraph it is anchored in: `名词解释` /
 * `长期护理保险：…。` / `名词解释` / `长期护理保险：…。《办法》共六章…`. The first copy is the box, set where it
 * stands as a `:::pullquote` (its title a line of it); the second goes, and the paragraph starts after it.
 */
function textBoxes(tree: Root, file: VFile): void {
  // Only in a Word document's text (every paragraph a blank line apart), and only a box with its title: a
  // summary printed over the paragraph that opens with it is the page's, and dedupe's rules below decide it.
  // (Three in four: the readers have since set the document's tables and lists line after line.)
  if (!spacedFile(file.data.sourceLines ?? [], 0.75)) return;
  const kids = tree.children;
  const plain = (n: RootContent | undefined) => (n?.type === 'paragraph' || n?.type === 'heading') && n.children.length === 1 && n.children[0]!.type === 'text';
  for (let i = 0; i + 1 < kids.length; i++) {
    const box = kids[i]!;
    if (box.type !== 'paragraph' || !plain(box)) continue;
    const value = text(box);
    const title = kids[i - 1];
    const titled = plain(title) && text(title!).trim().length <= 12 && plain(kids[i + 1]) && text(kids[i + 1]!).trim() === text(title!).trim();
    if (!titled) continue;
    const host = kids[i + 2];
    if (host?.type !== 'paragraph' || host.children[0]?.type !== 'text') continue;
    const lead = host.children[0];
    // The cheap test first: a paragraph that opens with the box's text is rare, its letters are counted only then.
    if (!lead.value.startsWith(value) || letters(value).length < 20 || letters(lead.value.slice(value.length)).length < 8) continue;
    if (!apply(file, { rule: RULE, kind: 'removed', line: lineOf(kids[i + 1]!), text: text(kids[i + 1]!), to: "second copy of a text box's title (Word prints a box twice)" })) continue;
    if (!apply(file, { rule: RULE, kind: 'removed', line: lineOf(host), text: value, to: `second copy of the text box on line ${lineOf(box) ?? '?'}, run into the paragraph it is anchored in` })) continue;
    lead.value = lead.value.slice(value.length);
    const parts = [paragraph([{ type: 'text', value: text(title!).trim() }], lineOf(title!)), box];
    record(file, { rule: RULE, kind: 'changed', line: lineOf(title!), text: value.slice(0, 16), to: 'a text box (printed twice): set as a box where it stands' });
    kids.splice(i - 1, 3, container('pullquote', parts));
    i--;
  }
}
