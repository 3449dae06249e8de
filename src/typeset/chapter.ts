/**
 * A clean edition → the HTML of one chapter: remark-parse → remark-rehype
 * (captions and pull quotes become <figure>/<aside>) → rehype-raw → rehype-sanitize (the
 * text is scraped, so untrusted) → the typography plugins. The same tree
 * serves the print book and the EPUB.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import remarkBlockDirectives from '../clean/block-directives.ts';
import remarkGfmTable from '../clean/gfm-table.ts';
import rehypeDatelineRunIn, { hasRunIn } from './rehype/dateline-run-in.ts';
import rehypeBlockIds from './rehype/block-ids.ts';
import rehypeCjkGlue from './rehype/cjk-glue.ts';
import rehypeMissingGlyphs, { coverText } from './rehype/missing-glyphs.ts';
import { cut } from '../clean/segment.ts';
import { REPORTER_ROLE } from '../clean/roles.ts';
import { scriptOf } from './script.ts';
import { toString as hastToString } from 'hast-util-to-string';

export interface ChapterMeta {
  title: string;
  title_lines?: string[];
  /** The running head's title (the book file's `short_title:`). */
  short_title?: string;
  kicker?: string;
  deck?: string;
  dateline?: string;
  original_title?: string;
  source?: string | string[];
  editor?: string | string[];
  byline?: string;
  photo_credits?: string | string[];
  [key: string]: unknown;
}

export interface Chapter {
  id: string;
  meta: ChapterMeta;
  /** The chapter's body, sanitized and typeset, without its header. */
  body: ElementContent[];
  /** The script the article is written in, where its characters tell (`Hant`: Traditional). */
  script?: 'Hans' | 'Hant';
}

// What scraped text may become, a fixed allow-list that no rule switch widens: our own structure, text-level
// marks and tables; no scripts, styles, event handlers, images, frames or forms; no attribute that loads
// anything. Links go only to http(s) and mailto (or within the chapter, see `rehypeLinkTargets`).
const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'code', 'kbd', 'samp', 'var',
    'a', 'b', 'strong', 'i', 'em', 's', 'del', 'ins', 'q', 'sub', 'sup', 'ruby', 'rt', 'rp', 'span', 'div',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption', 'aside', 'section', 'header'],
  attributes: {
    '*': ['className', 'lang', 'id'],
    a: ['href'],
    ol: ['start'],
    th: ['align', 'colSpan', 'rowSpan'],
    td: ['align', 'colSpan', 'rowSpan'],
    aside: ['role'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
  clobberPrefix: 'src-',
  clobber: ['id', 'name'],
};

/**
 * hast-util-sanitize lets a relative address through (`../x.html`, `/news/1.html`): from a scraped page it
 * points nowhere in a book, and in an EPUB it is a broken or escaping reference. Only absolute http(s) and
 * mailto addresses and links within the text stay; the link's text stays either way.
 */
function rehypeLinkTargets() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || href === undefined) return;
      if (!/^(?:https?:\/\/[^\s/]|mailto:|#)/iu.test(String(href))) delete node.properties.href;
    });
  };
}

/**
 * `override` is the book file's `title:` for this chapter: it wins over the edition's title. Without either,
 * the edition's original title, and only then `fallbackTitle` (never a file name: it would be printed).
 */
export function renderChapter(markdown: string, id: string, fallbackTitle: string, override?: string): Chapter {
  const mdast = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']).use(remarkBlockDirectives).use(remarkGfmTable).parse(markdown) as Root;
  let meta: ChapterMeta = { title: fallbackTitle };
  if (mdast.children[0]?.type === 'yaml') {
    const parsed = parseYaml(mdast.children[0].value) as Partial<ChapterMeta> | null;
    meta = { ...meta, ...(parsed ?? {}) } as ChapterMeta;
    if (!parsed?.title) meta.title = typeof meta.original_title === 'string' && meta.original_title ? meta.original_title : fallbackTitle;
    mdast.children.shift();
  }
  if (override) {
    meta.title = override;
    delete meta.title_lines;
  }
  if (Array.isArray(meta.byline)) meta.byline = (meta.byline as unknown[]).map(String).join('\u3000');
  for (const key of ['title', 'short_title', 'kicker', 'deck', 'dateline', 'byline'] as const) if (typeof meta[key] === 'string') meta[key] = coverText(meta[key]);
  if (meta.title_lines) meta.title_lines = meta.title_lines.map(coverText);
  const processor = unified()
    // HTML left in an edition (markup-debris switched off, or typed by hand) is parsed, then sanitized like the
    // rest: its text is printed, its tags pass the allow-list or go; it never vanishes whole.
    .use(remarkRehype, { allowDangerousHtml: true, handlers: { containerDirective: directiveToHast } })
    .use(rehypeRaw)
    .use(rehypeSanitize, SCHEMA)
    .use(rehypeLinkTargets)
    .use(rehypeDatelineRunIn, { dateline: meta.dateline })
    .use(rehypeMissingGlyphs)
    .use(rehypeCjkGlue)
    .use(rehypeBlockIds, { prefix: id });
  const tree = processor.runSync(mdast as never) as unknown as HastRoot;
  const body = tree.children.filter((c): c is ElementContent => c.type !== 'doctype');
  const script = scriptOf(`${meta.title}\n${hastToString({ type: 'root', children: body })}`);
  return { id, meta, body, ...(script ? { script } : {}) };
}

// A photographer's credit run together (`新华社记者鞠鹏摄`): the role, the name and the mark.
// (The reporters' roles are the clean stage's, REPORTER_ROLE, with the photographers'.)
const RUN_TOGETHER_CREDIT = new RegExp(`^(\\p{Script=Han}{0,8}?(?:${REPORTER_ROLE}|摄影师|攝影師|特约摄影|特約攝影))([\\p{Script=Han}·]{2,4}?)(摄|攝|摄影|攝影)$`, 'u');

/**
 * A credit in print keeps its customary spaces, role, name and mark an ideographic space apart
 * (`新华社记者　鞠鹏　摄`), as papers print it; the edition keeps what its source has.
 */
export function spacedCredit(credit: string): string {
  const m = RUN_TOGETHER_CREDIT.exec(credit.trim());
  return m ? `${m[1]}\u3000${m[2]}\u3000${m[3]}` : credit;
}

/** `:::caption{credit}` → <figure class="caption">; `:::pullquote` → <aside class="pullquote">. */
function directiveToHast(state: { all: (node: never) => ElementContent[] }, node: ContainerDirective): Element {
  const children = state.all(node as never);
  if (node.name === 'caption') {
    const inner = children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c]));
    const credit = node.attributes?.credit;
    return h('figure.caption', [h('figcaption', [...inner, ...(credit ? [h('span.credit', spacedCredit(credit))] : [])])]);
  }
  // Pull quotes repeat sentences of the article: doc-pullquote tells assistive technology so.
  if (node.name === 'pullquote') return h('aside.pullquote', { role: 'doc-pullquote' }, children);
  return h('div', { className: [`directive-${node.name}`] }, children);
}

/**
 * The running head's copy of the title. Paged.js writes it into a CSS string escaping quotes but not
 * backslashes, so a scraped `\"` would end the string and let the rest run as CSS: no backslash or
 * control character reaches it.
 */
export function runningHead(title: string): string {
  return title.replace(/\\/gu, '\uff3c').replace(/[\u0000-\u001f\u007f-\u009f]/gu, ' ');
}

/**
 * Characters of the running head at most: 24 at its 8 pt are 192 pt, inside the text block of the narrowest
 * size the book file offers (正度32开: 130 mm less the default margins, 272 pt).
 */
export const RUNNING_HEAD_MAX = 24;

/**
 * The title a running head carries: the book file's short title, else the title's first line (a headline
 * printed in two lines runs them together in one); one still longer than the head is cut at its last
 * phrase that fits — a mark, else a word's end — and marked as cut with ……
 */
export function shortTitle(meta: Pick<ChapterMeta, 'title' | 'title_lines' | 'short_title'>): string {
  const first = meta.short_title?.trim() || (meta.title_lines?.length ? meta.title_lines[0]! : meta.title.split('\u3000')[0]!).trim();
  const chars = [...first];
  if (chars.length <= RUNNING_HEAD_MAX) return first;
  const room = RUNNING_HEAD_MAX - 2;
  const head = chars.slice(0, room).join('');
  const mark = Math.max(...['，', '：', '、', '；', ' ', '——'].map((m) => head.lastIndexOf(m)));
  if (mark >= room / 2) return `${head.slice(0, mark)}……`;
  let end = 0;
  for (const word of cut(first)) {
    if (end + [...word].length > room) break;
    end += [...word].length;
  }
  return `${chars.slice(0, end >= room / 2 ? end : room).join('')}……`;
}

/** The chapter header: kicker, title lines, deck, dateline, as print and e-book show them. */
export function chapterHeader(ch: Chapter, headingId?: string): Element {
  const m = ch.meta;
  const lines = m.title_lines?.length ? m.title_lines : [m.title];
  const titleChildren: ElementContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0) titleChildren.push(h('br'));
    titleChildren.push({ type: 'text', value: line });
  });
  return h('header.chapter-header', [
    m.kicker ? h('p.kicker', m.kicker) : undefined,
    h('h1.chapter-title', { ...(headingId ? { id: headingId } : {}), dataRunning: runningHead(shortTitle(m)) }, titleChildren),
    m.deck ? h('p.deck', m.deck) : undefined,
    // The writers under the headline, as the paper printed them.
    typeof m.byline === 'string' && m.byline.trim() ? h('p.byline', m.byline) : undefined,
    // The 电头 runs in at the head of the first paragraph (rehype-dateline-run-in) where the story opens with one.
    m.dateline && !hasRunIn(ch.body) ? h('p.dateline', m.dateline) : undefined,
  ].filter((x): x is Element => x !== undefined));
}

export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
}

/** One article's source as metadata gives it: publisher, date, 《original title》. */
export function articleSource(conf: { publisher?: string; date?: string } | undefined, ch: Chapter): string {
  return [conf?.publisher ?? asList(ch.meta.source).join('、'), conf?.date, `《${ch.meta.original_title ?? ch.meta.title}》`].filter(Boolean).join('，');
}
