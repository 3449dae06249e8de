/**
 * feed-item: an RSS 2.0 or Atom export of a news item, or the one item saved alone (a feed reader's `<item>`). The feed says what each part is — `<title>`,
 * `<link>`, `<pubDate>`, `<dc:creator>`, `<source>`, the article in `<content:encoded>` (or
 * `<description>`, Atom's `<content>`/`<summary>`) — so nothing is guessed: the fields go to the front
 * matter, the creator's line opens the text for the metadata rule to read like any byline, the article's
 * HTML is the body, and the channel's own fields, ids, categories and tags are removed (reported with
 * their text). The XML is parsed (xast-util-from-xml), never taken apart with regular expressions.
 */
import { characterEntities } from 'character-entities';
import type { Element, Root as XastRoot } from 'xast';
import { children, elements, find, textOf } from './xml-tree.ts';
import { fromXml } from 'xast-util-from-xml';
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'feed-item';

const ROOT = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^]{0,2000}?-->\s*)?<(?:rss|feed|rdf:RDF|item|entry)[\s>]/u;
// The five entities XML knows; any other name is HTML's (`&ldquo;`), which XML would reject.
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

export function readFeedItem(text: string, lineMap: number[]): Reading | undefined {
  if (!ROOT.test(text.slice(0, 3000))) return undefined;
  const changes: Change[] = [];
  const decoded = new Map<string, string>();
  // HTML's named entities as numeric references, which XML reads as the same characters.
  // Inside CDATA nothing is an entity to XML: the HTML there keeps its own, for the HTML rules to read.
  const xml = text
    .split(/(<!\[CDATA\[[^]*?\]\]>)/u)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part
        : part.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/gu, (m, name: string) => {
            if (XML_ENTITIES.has(name)) return m;
            const ch = (characterEntities as Record<string, string>)[name];
            if (ch === undefined) return m;
            decoded.set(m, ch);
            return [...ch].map((c) => `&#${c.codePointAt(0)};`).join('');
          }),
    )
    .join('');
  let tree: XastRoot;
  try {
    tree = fromXml(xml);
  } catch {
    return undefined; // not well-formed: left to the HTML and text rules
  }
  const item = find(tree, (e) => e.name === 'item' || e.name === 'entry');
  if (!item) return undefined;
  const lineOf = (e: Element) => lineMap[(e.position?.start.line ?? 1) - 1] ?? e.position?.start.line ?? 1;
  // The source text of an element, for the report: what went, whole.
  const raw = (e: Element) => xml.slice(e.position?.start.offset ?? 0, e.position?.end.offset ?? 0);
  for (const [entity, ch] of decoded) changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: entity, to: `${ch} (an HTML entity in the feed)` });

  const meta: Record<string, unknown> = {};
  const used = new Set<Element>();
  const field = (...names: string[]) => {
    for (const name of names) {
      const e = children(item).find((c) => c.name === name);
      if (e) return e;
    }
    return undefined;
  };
  const take = (key: string, e: Element | undefined, value = e ? textOf(e).trim() : '') => {
    if (!e || value === '') return;
    meta[key] = value;
    used.add(e);
    changes.push({ rule: RULE, kind: 'moved', line: lineOf(e), text: value, to: `front matter: ${key} (the feed's <${e.name}>)` });
  };
  take('title', field('title'));
  const link = field('link');
  take('url', link, link ? (textOf(link).trim() || String(link.attributes.href ?? '')) : '');
  // (A WordPress export's item keeps its local time in `wp:post_date`, its UTC copy in `wp:post_date_gmt`.)
  take('published', field('pubDate', 'dc:date', 'published', 'updated', 'wp:post_date'));
  take('source', field('source'));
  const creator = field('dc:creator', 'author');
  const content = field('content:encoded', 'content', 'description', 'summary');
  const out: string[] = [];
  const map: number[] = [];
  // (A login name, `tp_gsh`, is the account that posted it, no byline: removed with the feed's other fields.)
  if (creator && !/^[a-z0-9_.-]{2,40}$/u.test(textOf(creator).trim())) {
    // The creator's line is a byline as the page would print it (`记者 某某 通讯员 某某`): metadata reads it.
    used.add(creator);
    out.push(textOf(creator).trim(), '');
    map.push(lineOf(creator), lineOf(creator));
    changes.push({ rule: RULE, kind: 'changed', line: lineOf(creator), text: `<${creator.name}>`, to: 'a byline line before the text' });
  }
  if (content) {
    used.add(content);
    const start = lineOf(content);
    textOf(content).split('\n').forEach((l, i) => {
      out.push(l);
      map.push(start + i);
    });
    changes.push({ rule: RULE, kind: 'changed', line: start, text: `<${content.name}>`, to: 'the body (the article as the feed carries it)' });
  }
  // Everything else the feed holds: the channel's fields, the item's ids, categories, a teaser the body repeats.
  for (const e of elements(tree)) {
    if ([...used].some((u) => u !== e && contains(u, e))) continue;
    if (used.has(e) || !isLeafish(e)) {
      // A field taken, or a container (`<channel>`, `<item>`): only its tags go, the opening one as written
      // (its attributes are text that leaves the edition too).
      const from = e.position?.start.offset ?? 0;
      const tag = xml.slice(from, tagEnd(xml, from));
      changes.push({ rule: RULE, kind: 'removed', line: lineOf(e), text: tag.startsWith(`<${e.name}`) ? tag : `<${e.name}>`, to: 'a tag of the feed' });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: lineOf(e), text: raw(e), to: `the feed's <${e.name}>` });
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

/** Where the tag opening at `from` ends: past its `>`, a `>` inside a quoted attribute value not counted. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return xml.length;
}

function contains(outer: Element, inner: Element): boolean {
  for (const e of elements(outer)) if (e === inner) return true;
  return false;
}

/** An element that holds text of its own (a field), not only other elements (a container). */
function isLeafish(e: Element): boolean {
  return e.children.some((c) => (c.type === 'text' || c.type === 'cdata') && c.value.trim() !== '') || children(e).length === 0;
}

