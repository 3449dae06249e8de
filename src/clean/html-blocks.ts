/**
 * Block HTML in a scrape (`<p>`, `<figure>`/`<figcaption>`, `<table>`, lists,
 * headings) says what its blocks are; it is parsed as HTML (hast) and carried
 * over to Markdown structure with `hast-util-to-mdast`, not stripped to
 * lines. A figure's caption becomes a caption block with its credit; images,
 * scripts and styles go, and what they held is handed back for the report.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type State } from 'hast-util-to-mdast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { splitCredit } from './plugins/captions.ts';
import { repairTables } from './table-repair.ts';
import { container, paragraph, text, textNode } from './tree.ts';

const STRUCTURE = new Set(['p', 'figure', 'figcaption', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const DROP_WITH_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);
// Elements hast-util-to-mdast leaves out (its `ignore` handlers): what text they hold goes to the report, never silently.
const LEFT_OUT = new Set(['applet', 'area', 'basefont', 'bgsound', 'caption', 'col', 'colgroup', 'command', 'content', 'datalist', 'dialog', 'element', 'embed', 'frame', 'frameset', 'isindex', 'keygen', 'link', 'menu', 'menuitem', 'meta', 'nextid', 'noembed', 'noframes', 'optgroup', 'option', 'param', 'shadow', 'source', 'spacer', 'title', 'track']);

const BARE_CREDIT = /(?<=[。！？])[\s\u3000]*([\p{Script=Han}·]{2,4}(?:[\s\u3000、]{1,3}[\p{Script=Han}·]{2,4}){0,3}[\s\u3000]*摄)$/u;

export interface HtmlBlocks {
  blocks: RootContent[];
  /** What went: dropped elements' text, images' alt text and address. */
  removed: string[];
}

/** Markdown blocks for an HTML fragment that has block structure; undefined for one that has none. */
export function htmlToBlocks(html: string, line: number | undefined): HtmlBlocks | undefined {
  // An end tag with a space after its slash (`</ h1>`) is a comment to an HTML parser, which then closes nothing:
  // the headline would run on over the whole article. The editor that typed it meant the end tag. (So with a
  // full-width or no-break space in it, `</h1　>`, which the parser reads as part of the tag's name.)
  const hast = fromHtml(repairTables(html.replace(/<\/[ \t\u3000\u00a0]*([a-z][a-z0-9]{0,9})[ \t\u3000\u00a0]+>|<\/[ \t\u3000\u00a0]+([a-z][a-z0-9]{0,9})>/giu, (_, a: string | undefined, b: string | undefined) => `</${a ?? b}>`)), { fragment: true });
  // Rows or cells without their table (a table cut by a blank line) are not structure the source states whole.
  if (!hasStructure(hast) || (/<t[rdh][\s>]/iu.test(html) && !/<table[\s>]/iu.test(html))) return undefined;
  const removed: string[] = [];
  prune(hast, removed);
  // Struck-through text (`<s>`, `<del>`, `<strike>`) keeps its words: the edition's Markdown has no strikethrough,
  // and hast-util-to-mdast's `delete` node would be one no writer of the edition knows.
  const mdast = toMdast(hast, { handlers: { figure, del: struck, s: struck, strike: struck, ...HEADINGS } });
  const blocks = splitAtBreaks(wrapPhrasing(('children' in mdast ? mdast.children : []) as RootContent[]));
  for (const b of blocks) if (b.type === 'table') headFirstRow(b);
  for (const b of blocks) annotate(b, line);
  return { blocks: blocks.filter((b) => text(b).trim() !== '' || b.type === 'table'), removed };
}

/**
 * A table without `<th>` or `<thead>` (most CMS tables) comes out of hast-util-to-mdast under an empty header
 * row, since a Markdown table must have one; the table's own first row is the header a reader sees.
 */
function headFirstRow(table: Table): void {
  const [first, second] = table.children;
  if (first && second && first.children.every((cell) => text(cell).trim() === '')) table.children.shift();
}

function hasStructure(node: HastNodes): boolean {
  if (node.type === 'element' && STRUCTURE.has(node.tagName)) return true;
  return 'children' in node && node.children.some((c) => hasStructure(c as HastNodes));
}

const BROKEN_TAG_SOURCE = '<[\\s\\u00a0\\u3000]+\\/?(?:li|ol|ul|p|div|span|br|b|i|em|strong|table|tr|td|th|h[1-6]|a|img|section|figure|figcaption)[\\s\\u00a0\\u3000]*\\/?>';
const BROKEN_TAG = new RegExp(BROKEN_TAG_SOURCE, 'iu');
const BROKEN_TAGS = new RegExp(BROKEN_TAG_SOURCE, 'giu');

function prune(node: HastRoot | Element, removed: string[]): void {
  // Between a list's items, a no-break or ideographic space (`<ul>&nbsp;<li>`) is no item's text: HTML's own
  // whitespace there is dropped by the parser, these are kept, and would open an empty first item.
  const list = node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
  node.children = node.children.filter((child) => {
    if (list && child.type === 'text' && /^[\s\u3000]*$/u.test(child.value)) return false;
    // A tag a stray space broke (`<\u00a0li>`, `< p>`) is text to the parser but markup to a reader: debris.
    if (child.type === 'text' && BROKEN_TAG.test(child.value)) {
      child.value = child.value.replace(BROKEN_TAGS, (m) => {
        removed.push(m);
        return '';
      });
      if (list && /^[\s\u3000]*$/u.test(child.value)) return false;
    }
    if (child.type === 'comment') {
      removed.push(child.value);
      return false;
    }
    if (child.type !== 'element') return true;
    if (DROP_WITH_CONTENT.has(child.tagName) || LEFT_OUT.has(child.tagName)) {
      removed.push(hastToString(child));
      return false;
    }
    if (child.tagName === 'img') {
      removed.push([child.properties.alt, child.properties.src].filter(Boolean).join(' '));
      return false;
    }
    prune(child, removed);
    return true;
  }) as typeof node.children;
  // Text left straight inside a list, where its item's tag was broken (`<\nli>定期…；</li>`): that item's text.
  if (list && node.children.some((c) => c.type === 'text')) {
    const items: typeof node.children = [];
    const made = new Set<Element>();
    for (const child of node.children) {
      const last = items[items.length - 1];
      const inline = child.type === 'text' || (child.type === 'element' && INLINE.has(child.tagName));
      if (inline && last?.type === 'element' && made.has(last)) last.children.push(child);
      else if (inline && !(child.type === 'text' && /^[\s\u3000]*$/u.test(child.value))) {
        const item: Element = { type: 'element', tagName: 'li', properties: {}, children: [child] };
        made.add(item);
        items.push(item);
      } else items.push(child);
    }
    node.children = items;
  }
  // An image's tag a stray space broke (`<i\tmg src=… alt=…>`) opens an inline element that never closes, and the
  // parser carries it into every block after it: no inline element has an address, so it is the image's debris,
  // its content the text's (its alt and address reported once, however often the parser copied it).
  if (!node.children.some((c) => c.type === 'element' && BROKEN_IMAGE(c))) return;
  node.children = node.children.flatMap((child) => {
    if (child.type !== 'element' || !BROKEN_IMAGE(child)) return [child];
    const gone = [child.tagName, ...Object.keys(child.properties), child.properties.alt, child.properties.src].filter(Boolean).join(' ');
    if (!removed.includes(gone)) removed.push(gone);
    return child.children;
  }) as typeof node.children;
}

const INLINE = new Set(['i', 'b', 'u', 'em', 'strong', 'span', 'font', 'small', 'big']);
const BROKEN_IMAGE = (e: Element) => INLINE.has(e.tagName) && e.properties.src !== undefined;

/**
 * A heading whose end tag the parser could not read (`</h\t1>`) holds the blocks after it: a heading holds no
 * block, and a caption's credit inside one would go with the attribute it is in. Its content is read as blocks.
 */
function heading(state: State, node: Element) {
  const blocks = (n: Element): boolean => n.children.some((c) => c.type === 'element' && (BLOCK_INSIDE.has(c.tagName) || blocks(c)));
  return blocks(node) ? state.toFlow(state.all(node)) : defaultHandlers[node.tagName as 'h1'](state, node);
}

const BLOCK_INSIDE = new Set(['p', 'div', 'figure', 'figcaption', 'table', 'ul', 'ol', 'blockquote', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, heading]));

function struck(state: State, node: Element) {
  return state.all(node);
}

/** `<figure>` with a `<figcaption>`: the caption block where the photo stood, the credit in its attribute. */
function figure(state: State, node: Element) {
  const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  const rest = node.children.filter((c) => c !== caption) as ElementContent[];
  const flow = state.toFlow(state.all({ ...node, children: rest }));
  if (!caption) return flow;
  const value = hastToString(caption).replace(/\s+/gu, (m) => (m.includes('\n') ? '' : ' ')).trim();
  if (value === '') return flow;
  let { text: captionText, credit } = splitCredit(value);
  // Inside a figure caption a bare `李晓峰 摄` after the last sentence is the photographer's credit too.
  const bare = credit ? null : BARE_CREDIT.exec(captionText);
  if (bare) {
    credit = bare[1]!;
    captionText = captionText.slice(0, bare.index).trimEnd();
  }
  return [...flow, container('caption', [paragraph([textNode(captionText)])], credit ? { credit } : undefined)];
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'html']);

/** Inline content left at the top level (text between unknown elements) is a paragraph, as the next reading of the edition will see it. */
function wrapPhrasing(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const n of nodes) {
    if (PHRASING.has(n.type)) run.push(n as PhrasingContent);
    else {
      flush();
      out.push(n);
    }
  }
  flush();
  return out;
}

/**
 * Many CMSs and feeds set paragraphs apart with `<br/><br/>` inside one `<p>`: two breaks or more end a
 * paragraph. One break is a line break, often in mid-sentence: the line after it is a paragraph that
 * page-break may join back, as it does for any line of a scrape.
 */
function splitAtBreaks(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((b): RootContent[] => {
    if (b.type !== 'paragraph' || !b.children.some((c) => c.type === 'break')) return [b];
    const groups: { kids: PhrasingContent[]; soft: boolean }[] = [{ kids: [], soft: false }];
    let breaks = 0;
    for (const c of b.children) {
      if (c.type === 'break') {
        breaks++;
        continue;
      }
      if (breaks > 0) {
        if (c.type === 'text' && c.value.trim() === '') continue;
        groups.push({ kids: [], soft: breaks === 1 });
        breaks = 0;
      }
      groups[groups.length - 1]!.kids.push(c);
    }
    return groups
      .map((g) => ({ kids: trimEdges(g.kids), soft: g.soft }))
      .filter((g) => g.kids.length > 0)
      .map((g, i): Paragraph => ({ type: 'paragraph', children: g.kids, data: { gap: !(i > 0 && g.soft) } }));
  });
}

function trimEdges(kids: PhrasingContent[]): PhrasingContent[] {
  const out = kids.map((k) => (k.type === 'text' ? { ...k } : k));
  const first = out[0];
  const last = out[out.length - 1];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/u, '');
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out.filter((k) => !(k.type === 'text' && k.value === ''));
}

/** Paragraphs from HTML are paragraphs the source marked: their own line data, and a paragraph break before. */
function annotate(node: RootContent, line: number | undefined): void {
  if (node.type === 'paragraph') {
    (node as Paragraph).data = { ...node.data, line, raw: text(node as Nodes), gap: node.data?.gap ?? true };
    return;
  }
  if ('children' in node) for (const c of node.children as RootContent[]) annotate(c, line);
}
