// Small helpers over mdast shared by the rules.
import type { Heading, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, TableCell, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

declare module 'mdast' {
  interface ParagraphData {
    /** 1-based source line the paragraph starts on. */
    line?: number;
    /** That source line as read, with its indentation. */
    raw?: string;
    /** A blank line or another block stood before it in the source: a paragraph break, as the source says. */
    gap?: boolean;
    /** page-break joined lines into it: it may only now read as a metadata line. */
    joined?: boolean;
    /** The last source line page-break joined into it (its first is `line`). */
    lastLine?: number;
    /** whitespace took a stray space out from between its Han characters: it too may only now read as one. */
    respaced?: boolean;
    /** dateline took the text's opening (dateline, reporters) off it: what is left starts a sentence, however short. */
    afterLead?: boolean;
    /** It repeats the alt text of the photo reference right above it (which images removed): the photo's caption. */
    altCaption?: boolean;
  }
}

export function text(node: Nodes): string {
  // Most blocks are one text node: its value is what toString would join from it, without the walk.
  if ('children' in node && !('value' in node) && node.children.length === 1) {
    const only = node.children[0]!;
    if (only.type === 'text' && typeof only.value === 'string') return only.value;
  }
  return toString(node, { includeImageAlt: false });
}

/** Block text with all white space taken out: what patterns are matched against. */
export function compact(node: Nodes): string {
  return text(node).replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

/**
 * Takes `node` out of `children` if it is there. (`splice(indexOf(n), 1)` on a node another step had already
 * taken out removed the last block instead: `indexOf` is -1.) Says whether it was there.
 */
export function removeChild<T>(children: T[], node: T): boolean {
  const at = children.indexOf(node);
  if (at < 0) return false;
  children.splice(at, 1);
  return true;
}

export function lineOf(node: Nodes): number | undefined {
  if (node.type === 'paragraph' && node.data?.line !== undefined) return node.data.line;
  return node.position?.start.line;
}

/** The nearest source line from `line` on in `step`'s direction (1 down, -1 up) that has words on it. */
export function filledLine(file: VFile, line: number, step: 1 | -1): number {
  const lines = file.data.sourceLines ?? [];
  let k = line + step;
  while (k >= 1 && k <= lines.length && (lines[k - 1] ?? '').trim() === '') k += step;
  return k;
}

export function rawLineOf(file: VFile, node: Nodes): string {
  if (node.type === 'paragraph' && node.data?.raw !== undefined) return node.data.raw;
  const line = lineOf(node);
  return line === undefined ? '' : (file.data.sourceLines?.[line - 1] ?? '');
}

export function paragraph(children: PhrasingContent[], line?: number, raw?: string): Paragraph {
  const p: Paragraph = { type: 'paragraph', children };
  if (line !== undefined || raw !== undefined) p.data = { line, raw };
  return p;
}

export function textNode(value: string): Text {
  return { type: 'text', value };
}

export function container(name: string, children: ContainerDirective['children'], attributes?: Record<string, string>): ContainerDirective {
  return { type: 'containerDirective', name, attributes: attributes ?? {}, children };
}

export function isDirective(node: RootContent, name?: string): node is ContainerDirective {
  return node.type === 'containerDirective' && (name === undefined || node.name === name);
}

/** Merges neighbouring text nodes so that text rules see whole runs. */
export function normalizePhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    const prev = out[out.length - 1];
    if (child.type === 'text' && prev?.type === 'text') prev.value += child.value;
    else if (child.type !== 'text' || child.value !== '') out.push(child);
  }
  return out;
}

/** Every parent whose children are phrasing content: where the text rules apply. */
export type PhrasingParent = Paragraph | Heading | TableCell;

export function* phrasingParents(tree: Root): Generator<PhrasingParent> {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      yield node;
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}

/**
 * Applies a string transform to every text node reachable as prose: links'
 * text yes, their URLs and inline code no.
 */
export function mapProse(tree: Root, fn: (value: string, parent: Parent, line: number | undefined) => string): void {
  for (const parent of phrasingParents(tree)) {
    const line = lineOf(parent);
    mapPhrasing(parent.children, parent, line, fn);
  }
}

function mapPhrasing(children: PhrasingContent[], parent: Parent, line: number | undefined, fn: (value: string, parent: Parent, line: number | undefined) => string): void {
  for (const child of children) {
    if (child.type === 'text') child.value = fn(child.value, parent, line);
    else if ('children' in child) mapPhrasing(child.children as PhrasingContent[], parent, line, fn);
  }
}

/** Replace-with-callback that also tells the caller each match, for the report. */
/** `onChange` reports each change; it may return false to veto it (the book file keeps that text, `keep:`). */
export function replaceAll(value: string, re: RegExp, replacement: (m: RegExpExecArray) => string, onChange: (before: string, after: string, context: string) => boolean | void): string {
  if (!re.global) throw new Error('replaceAll needs a global RegExp');
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    const after = replacement(m);
    if (after !== m[0] && onChange(m[0], after, value.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4)) !== false) {
      out += value.slice(last, m.index) + after;
      last = m.index + m[0].length;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return last === 0 ? value : out + value.slice(last);
}

/** The node as it stood in the source (links, titles and all): what the report keeps of a removed block. */
export function sourceText(file: VFile, node: Nodes): string {
  if (node.type === 'paragraph' && node.data?.raw !== undefined) {
    // A paragraph joined from several lines holds more than its first line: then its whole text.
    // (Its links read as their words: `[產品增長](https://…)` holds 產品增長, and its address is reported with it.)
    // (And its backslash escapes, `\|`, as the characters they stand for.)
    // (An address may hold a pair of brackets of its own: `(/index(1).html)`.)
    // (The words are read the same way: a link the parser did not take, `[店招](/ta  g/店招/)`, is in them as written.)
    // (Or one a line break cut, `[店招](/t` / `ag/店招/)`, joined back as one line.)
    // (An entity the raw line still holds, `&nbsp;`, is the space the text has by now.)
    const words = (s: string) => s.replace(/\]\((?:[^()]|\([^()\n]*\))*\)/gu, '').replace(/&(?:[a-z]{2,8}|#\d{1,6});/giu, '').replace(/\\(?=[!-/:-@[-`{-~])/gu, '').replace(/[[\]*_`]/gu, '').replace(/\s+/gu, '');
    return words(node.data.raw).includes(words(text(node))) ? node.data.raw : text(node);
  }
  if (node.type === 'containerDirective') {
    const attrs = Object.values(node.attributes ?? {}).filter(Boolean).join(' ');
    return attrs ? `${text(node)}\n${attrs}` : text(node);
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return String(file.value).slice(start, end);
  return text(node);
}
