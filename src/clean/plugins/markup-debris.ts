/**
 * markup-debris: scraped text carries HTML. Character references are decoded
 * (the Markdown parser does that; this rule reports them), `<br>` and `<p>`
 * become line breaks, `<script>`/`<style>` go with their content and every
 * other tag goes, keeping its text. The clean edition holds no live HTML.
 */
import type { Html, PhrasingContent, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as HastNodes } from 'hast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { normalizePhrasing, paragraph, textNode } from '../tree.ts';
import { htmlToBlocks } from '../html-blocks.ts';

export const RULE = 'markup-debris';

const DROP_WITH_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'tr', 'table', 'figure', 'figcaption', 'header', 'footer', 'pre']);
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

export default function remarkMarkupDebris() {
  return (tree: Root, file: VFile) => {
    reportEntities(file);
    tree.children = tree.children.filter((n) => !scriptResidue(n, file));
    tree.children = flatBlocks(tree.children, file);
    visitPhrasingHtml(tree, file);
  };
}

function reportEntities(file: VFile): void {
  const lines = file.data.sourceLines ?? [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('&')) continue;
    for (const m of line.matchAll(ENTITY)) {
      record(file, { rule: RULE, kind: 'changed', line: i + 1, text: m[0], to: decodeEntity(m[0]) });
    }
  }
}

// A tag to its `>` outside quoted values (a quote left open runs to the end, as the parser reads it).
const TAG = /<(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/g;

function decodeEntity(entity: string): string {
  const tree = fromHtml(entity, { fragment: true });
  return hastText(tree as HastNodes, () => undefined);
}

/** Block-level HTML becomes paragraphs of its text, one per HTML line or block element. */
function flatBlocks(children: RootContent[], file: VFile): RootContent[] {
  const out: RootContent[] = [];
  for (const node of children) {
    if (node.type === 'html') {
      const line = node.position?.start.line;
      const structured = htmlToBlocks(node.value, line);
      if (structured) {
        // (A tag ends at the `>` outside its quoted values: `hostname="a</p>.cn"` is one attribute, as the parser reads it.)
        const tags = node.value.match(TAG) ?? [];
        const span = [...tags, ...structured.removed].join('');
        if (span !== '') record(file, { rule: RULE, kind: 'removed', line, text: span, to: 'HTML markup; its blocks kept as Markdown structure' });
        out.push(...structured.blocks);
        continue;
      }
      const kept = htmlToLines(node.value, (removed) => record(file, { rule: RULE, kind: 'removed', line, text: removed }));
      for (const l of kept) if (l.trim() !== '') out.push(paragraph([textNode(l)], line, l));
      continue;
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      (node as { children: RootContent[] }).children = flatBlocks((node as { children: RootContent[] }).children, file);
    }
    out.push(node);
  }
  return out;
}

/** The text of an HTML fragment, split into lines at breaks and block elements. */
export function htmlToLines(html: string, onRemoved: (span: string) => void): string[] {
  const tree = fromHtml(html, { fragment: true });
  const removedParts: string[] = [];
  const textOut = hastText(tree as HastNodes, (dropped) => removedParts.push(dropped));
  // What the tags themselves held (names, attributes): reported so nothing vanishes silently.
  const tags = html.match(TAG) ?? [];
  const span = [...tags, ...removedParts].join('');
  if (span !== '') onRemoved(span);
  return textOut.split('\n');
}

function hastText(node: HastNodes, onDropped: (text: string) => void): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'comment') {
    onDropped(node.value);
    return '';
  }
  if (node.type === 'element') {
    if (DROP_WITH_CONTENT.has(node.tagName)) {
      onDropped(node.children.map((c) => hastText(c as HastNodes, () => undefined)).join(''));
      return '';
    }
    if (node.tagName === 'br') return '\n';
    const inner = node.children.map((c) => hastText(c as HastNodes, onDropped)).join('');
    // Table cells that reach here (a table Markdown could not keep) stay apart: `48.3` and `8.1%` must not run together.
    if (node.tagName === 'td' || node.tagName === 'th') return `${inner}\u3000`;
    return BLOCK.has(node.tagName) ? `\n${inner}\n` : inner;
  }
  if ('children' in node) return node.children.map((c) => hastText(c as HastNodes, onDropped)).join('');
  return '';
}

/** Inline HTML inside paragraphs: breaks stay as breaks, script content goes, other tags go. */
function visitPhrasingHtml(tree: Root, file: VFile): void {
  const stack: { children: unknown[] }[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const children = parent.children as PhrasingContent[];
    if (!children.some((c) => c.type === 'html')) {
      for (const c of children) if (c && typeof c === 'object' && 'children' in c) stack.push(c as { children: unknown[] });
      continue;
    }
    const out: PhrasingContent[] = [];
    let dropping: string | undefined;
    let dropped = '';
    for (const child of children) {
      const line = child.position?.start.line;
      if (dropping !== undefined) {
        const raw = child.type === 'html' ? child.value : 'value' in child ? String(child.value) : '';
        dropped += raw;
        if (child.type === 'html' && new RegExp(`^</${dropping}\\s*>$`, 'i').test(child.value.trim())) {
          record(file, { rule: RULE, kind: 'removed', line, text: dropped });
          dropping = undefined;
          dropped = '';
        }
        continue;
      }
      if (child.type !== 'html') {
        out.push(child);
        if ('children' in child) stack.push(child as { children: unknown[] });
        continue;
      }
      const tag = (child as Html).value.trim();
      const open = /^<([a-z][a-z0-9]*)\b[^>]*>$/i.exec(tag);
      if (open && DROP_WITH_CONTENT.has(open[1]!.toLowerCase())) {
        dropping = open[1]!.toLowerCase();
        dropped = tag;
        continue;
      }
      if (/^<\/?(br|p)\b[^>]*\/?>$/i.test(tag)) {
        out.push({ type: 'break' });
        record(file, { rule: RULE, kind: 'changed', line, text: tag, to: '(line break)' });
        continue;
      }
      // A cell's end, alone: the cells of a table Markdown could not keep stay apart.
      if (/^<\/(td|th)\s*>$/i.test(tag)) {
        out.push(textNode('\u3000'));
        record(file, { rule: RULE, kind: 'removed', line, text: tag });
        continue;
      }
      // Any other markup: keep its text (a whole inline element can arrive as one node).
      const kept = htmlToLines(tag, (removed) => record(file, { rule: RULE, kind: 'removed', line, text: removed }));
      kept.forEach((l, i) => {
        if (i > 0) out.push({ type: 'break' });
        if (l !== '') out.push(textNode(l));
      });
    }
    if (dropping !== undefined && dropped !== '') record(file, { rule: RULE, kind: 'removed', text: dropped });
    // One text where the tags stood between texts: the rules after this one see the words on both sides.
    parent.children = normalizePhrasing(out);
  }
}

// A page's script printed as its text by a converter that keeps a <script>'s words (bleach, a DOM's textContent):
// indented, so Markdown reads it as code. Its lines are JavaScript's (`var …;`, `document.getElementById(…)`).
const SCRIPT_LINE = /^\s*(?:(?:var|let|const|function|if|for|return)\b.*[;{)]\s*$|[}\])]+[;)]*\s*$|.*\b(?:document|window)\.[A-Za-z]+.*$)/u;

function scriptResidue(node: RootContent, file: VFile): boolean {
  if (node.type !== 'code' || node.lang || /^\s*(?:```|~~~)/u.test(file.data.sourceLines?.[(node.position?.start.line ?? 1) - 1] ?? '')) return false;
  const lines = node.value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.filter((l) => SCRIPT_LINE.test(l)).length < Math.max(2, lines.length * 0.6)) return false;
  record(file, { rule: RULE, kind: 'removed', line: node.position?.start.line, text: node.value, to: "a page's script, printed as text (indented: no code of the article's)" });
  return true;
}
