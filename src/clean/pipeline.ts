/**
 * The clean-edition stage: scraped text → mdast → the named rules → clean
 * Markdown with YAML front matter, plus the change report. The rules run in
 * the order of RULES; each can be switched off (or given options) by id.
 */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import remarkDirective from './block-directives.ts';
import remarkGfmTable from './gfm-table.ts';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { parseInPieces } from './parse.ts';
import { parse as parseYaml } from 'yaml';
import { frontMatterYaml } from './front-matter.ts';
import { reportComments, settleCarried, tidyCarried } from './carried.ts';
import { fileError } from '../errors.ts';
import { VERSION } from '../version.ts';
import boilerplate, { type Options as BoilerplateOptions } from './plugins/boilerplate.ts';
import captions from './plugins/captions.ts';
import dateline from './plugins/dateline.ts';
import dedupe from './plugins/dedupe.ts';
import hanLatinSpacing from './plugins/han-latin-spacing.ts';
import images from './plugins/images.ts';
import inlineBoilerplate, { type Options as InlineOptions } from './plugins/inline-boilerplate.ts';
import linkTitles from './plugins/link-titles.ts';
import linkReferences from './plugins/link-references.ts';
import lineBlocks from './plugins/line-blocks.ts';
import markupDebris from './plugins/markup-debris.ts';
import metadata from './plugins/metadata.ts';
import pageBreak from './plugins/page-break.ts';
import punctuation from './plugins/punctuation.ts';
import pullQuotes from './plugins/pull-quotes.ts';
import speakerLabels from './plugins/speaker-labels.ts';
import subheadings from './plugins/subheadings.ts';
import titleParts from './plugins/title-parts.ts';
import whitespace from './plugins/whitespace.ts';
import widgetLines from './plugins/widget-lines.ts';
import { countByRule, metaOf, record, type Change } from './report.ts';
import { readSource } from './readers/index.ts';

// The captions rule runs twice: before the joins, and after them on the lines they made whole.
const lateCaptions: Plugin<[], Root> = () => captions({ late: true });
// The book file's own patterns apply to the late pass too.
const lateBoilerplate: Plugin<[BoilerplateOptions?], Root> = (options) => boilerplate({ ...options, late: true });
const lateMetadata: Plugin<[], Root> = () => metadata({ late: true });
const lastRules: Plugin<[BoilerplateOptions?], Root> = (options) => boilerplate({ ...options, rulesOnly: true });
// inline-boilerplate once more on the text spacing and punctuation have tidied (`( SH600735 )$` is
// `（SH600735）$` only now, and a second cleaning would read it so); where it took something out, spacing and
// punctuation once more on what it left. Without this a clean edition cleaned again could change.
const lateInline: Plugin<[InlineOptions?], Root> = (options) => {
  const inline = inlineBoilerplate(options);
  return (tree: Root, file: VFile) => {
    const before = file.data.report?.changes.length ?? 0;
    inline(tree, file);
    file.data.inlineLate = (file.data.report?.changes.length ?? 0) > before;
  };
};
const afterLateInline = (plugin: () => (tree: Root, file: VFile) => void): Plugin<[], Root> => () => {
  const transform = plugin();
  return (tree: Root, file: VFile) => {
    if (file.data.inlineLate) transform(tree, file);
  };
};

declare module 'vfile' {
  interface DataMap {
    /** The late pass of inline-boilerplate took something out. */
    inlineLate: boolean;
  }
}

export interface RuleSpec {
  id: string;
  plugin: Plugin<[any?], Root>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule types its own options
  /** Structure rules decide once: a clean edition's structure is not decided again. */
  structural?: boolean;
  summary: string;
}

/** The rules in the order they run. Their ids are what the report and the book file use. */
export const RULES: RuleSpec[] = [
  { id: 'markup-debris', plugin: markupDebris, summary: 'HTML tags and entities: decoded, breaks kept, tags and scripts removed' },
  { id: 'images', plugin: images, summary: 'references to photos that were not scraped removed (alt text and address reported)' },
  { id: 'link-references', plugin: linkReferences, summary: "a converter's reference links ([text][7] with [7]: https://… at the end) written as the links they stand for; the list of addresses removed (reported)" },
  { id: 'link-titles', plugin: linkTitles, summary: 'link tooltips of the scraped page removed (reported); links and their text kept' },
  { id: 'line-blocks', plugin: lineBlocks, structural: true, summary: 'one block per source line, so that line-level rules can see scrapes' },
  { id: 'widget-lines', plugin: widgetLines, structural: true, summary: 'widgets split over lines (stock tickers) removed and the line they cut rejoined' },
  { id: 'boilerplate', plugin: boilerplate, summary: 'app banners, QR prompts, share/follow prompts, navigation, related links, column tags' },
  { id: 'captions', plugin: captions, summary: 'captions of unscraped photos kept as caption blocks with their credit' },
  { id: 'metadata', plugin: metadata, summary: 'original title, source, editor, byline, photo credits moved to the front matter' },
  { id: 'title-parts', plugin: titleParts, structural: true, summary: 'headline split into kicker, title lines and deck, moved to the front matter' },
  { id: 'dateline', plugin: dateline, summary: 'agency dateline moved off the first sentence into the front matter' },
  { id: 'whitespace', plugin: whitespace, summary: 'indents, NBSP, zero-width, stray spaces between Han removed; deliberate separators kept' },
  { id: 'speaker-labels', plugin: speakerLabels, structural: true, summary: "an interview's speaker labels on lines of their own (某某：) joined to the words they introduce" },
  { id: 'pull-quotes', plugin: pullQuotes, structural: true, summary: 'a short paragraph whose sentences stand again inside a longer one made a pull-quote block' },
  { id: 'page-break', plugin: pageBreak, structural: true, summary: 'sentences split by page breaks or scraped links joined; interrupting blocks moved out' },
  { id: 'boilerplate', plugin: lateBoilerplate, summary: 'again after the joins: a line of page furniture that a join made whole' },
  { id: 'captions', plugin: lateCaptions, summary: 'again after the joins: a line ending in a photo credit that a join made whole' },
  { id: 'metadata', plugin: lateMetadata, summary: 'again after the joins: a labelled line (source, editor, date) that a join made whole' },
  { id: 'dateline', plugin: dateline, summary: 'again after the joins: a dateline behind a caption that a join made whole' },
  { id: 'boilerplate', plugin: lastRules, summary: 'again after the late metadata: a rule left with nothing on one side (the info line under it read into the front matter)' },
  { id: 'subheadings', plugin: subheadings, structural: true, summary: 'short unpunctuated lines between body paragraphs made subheadings' },
  { id: 'dedupe', plugin: dedupe, summary: 'repeated and doubled blocks removed' },
  { id: 'inline-boilerplate', plugin: inlineBoilerplate, summary: 'auto-link debris and ticker widgets inside sentences removed' },
  { id: 'han-latin-spacing', plugin: hanLatinSpacing, summary: 'typed spaces between Han and Latin/digits removed (the typesetter spaces them)' },
  { id: 'punctuation', plugin: punctuation, summary: 'full-width punctuation, paired quotes, …… and —— in Chinese context' },
  { id: 'inline-boilerplate', plugin: lateInline, summary: 'again on the tidied text: debris that spacing and punctuation made whole' },
  { id: 'han-latin-spacing', plugin: afterLateInline(hanLatinSpacing), summary: 'again where the late inline pass removed something' },
  { id: 'punctuation', plugin: afterLateInline(punctuation), summary: 'again where the late inline pass removed something' },
];

/** Per-rule settings from the book file: false switches a rule off; an object is its options. */
export type RuleSettings = Record<string, boolean | Record<string, unknown>>;

export interface CleanInput {
  /** The path shown in messages and recorded in the provenance. */
  path: string;
  text: string;
  encoding: string;
  /** SHA-256 of the source file's bytes. */
  sha256: string;
  rules?: RuleSettings;
  /** Change ids to undo (`keep:` in the book file) and suggestions to apply (`accept:`). */
  keep?: string[];
  accept?: string[];
  /** Front-matter fields the book file sets for this article, over what the cleaner found. */
  overrides?: Record<string, string>;
}

export interface CleanResult {
  markdown: string;
  meta: Record<string, unknown>;
  changes: Change[];
  counts: Record<string, number>;
  /** Ids in `keep:` or `accept:` that matched no change (a typo, or a source edited since). */
  unused?: string[];
}

/** The front-matter fields a book file may set for an article (`title:` etc. under its chapter). */
export const OVERRIDABLE = ['title', 'short_title', 'kicker', 'deck', 'original_title', 'byline', 'source', 'editor', 'dateline'] as const;

const STRINGIFY: StringifyOptions = { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-', listItemIndent: 'one' };

// Front-matter keys in the order they are written; unknown keys follow in their own order.
const KEY_ORDER = ['title', 'title_lines', 'kicker', 'deck', 'dateline', 'original_title', 'byline', 'source', 'editor', 'editor_id', 'photo_credits', 'notes', 'date', 'publisher', 'provenance'];

export function cleanText(input: CleanInput): CleanResult {
  const normalized = input.text.replace(/\r\n?/g, '\n');
  const isEdition = /^---\n[^]*?\nprovenance:/u.test(normalized.slice(0, 4000));
  const reading = isEdition ? undefined : readSource(normalized, (id) => input.rules?.[id] !== false);
  const file = new VFile({ path: input.path, value: reading?.text ?? normalized });
  file.data.sourceLines = String(file.value).split('\n');
  file.data.keep = new Set(input.keep ?? []);
  file.data.accept = new Set(input.accept ?? []);
  if (reading) {
    file.data.report = { changes: [...reading.changes] };
    Object.assign(metaOf(file), reading.meta);
    // A record's date without its time (`"date": "2027-04-18"`): the page's own labelled time, in the text, says it
    // more exactly, and replaces it.
    if (typeof reading.meta.published === 'string' && /^\d{4}-\d{1,2}-\d{1,2}$/u.test(reading.meta.published.trim())) file.data.publishedBare = true;
    // A Sogou record's content often carries the printed headline again; a feed's content does not.
    file.data.recordTitle = reading.meta.title !== undefined && reading.changes.some((c) => c.rule === 'sogou-record');
    file.data.headless = reading.headless === true;
  }
  // CJK-friendly emphasis: `**柏溪：**有` is bold in Chinese text, where CommonMark's flanking rules would print the asterisks.
  const processor = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkGfmTable);
  const tree = parseInPieces(String(file.value), (piece) => processor.parse(piece) as Root);

  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const carried = readFrontMatter(tree, input.path);
  const isCleanEdition = carried?.provenance !== undefined;
  const meta = metaOf(file);
  if (carried) Object.assign(meta, carried);
  if (yamlNode) reportComments(yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1, file);
  if (carried && !isCleanEdition) tidyCarried(meta, file);

  for (const rule of RULES) {
    const setting = input.rules?.[rule.id];
    if (setting === false) continue;
    if (isCleanEdition && rule.structural) continue;
    const options = typeof setting === 'object' ? setting : undefined;
    const transform = (rule.plugin as (o?: unknown) => (t: Root, f: VFile) => void)(options);
    transform(tree, file);
  }

  // (A reader's fields, `Published Time:` of a reader service, are carried as a scrape's front matter is.)
  if ((carried || reading) && !isCleanEdition) settleCarried(meta, file);
  // The book file's word is the last: each field it sets replaces the cleaner's, whose value goes to the report.
  for (const [key, value] of Object.entries(input.overrides ?? {})) {
    const before = meta[key];
    if (before !== undefined && String(before) === value) continue;
    meta[key] = value;
    record(file, { rule: 'book-file', kind: 'changed', text: before === undefined ? '' : Array.isArray(before) ? before.join('、') : String(before), to: `front matter: ${key}: ${value}` });
    // A title set by hand is one line: the cleaner's title lines would contradict it.
    if (key === 'title' && meta.title_lines !== undefined) {
      record(file, { rule: 'book-file', kind: 'changed', text: (meta.title_lines as string[]).join('⏎'), to: 'front matter: title_lines dropped for the title set in the book file' });
      delete meta.title_lines;
    }
  }
  if (!isCleanEdition) {
    meta.provenance = { file: input.path.split(/[\\/]/).pop(), sha256: input.sha256, encoding: input.encoding, cleaned_by: `dingben ${VERSION}` };
  }
  settleSpread(tree);
  // remark-stringify escapes every `&` before a letter; only a real character reference needs it (M&G stays M&G).
  const body = unified().use(remarkStringify, STRINGIFY).use(remarkCjkFriendly).use(remarkDirective).use(remarkGfmTable).stringify(tree).replace(/\\&(?![#A-Za-z0-9]{1,32};)/g, '&');
  const markdown = `---\n${frontMatterYaml(ordered(meta))}---\n\n${body}`;
  const changes = file.data.report?.changes ?? [];
  if (reading) {
    // Readers change line numbers; the report speaks of the source's lines. Readers' own entries have them already.
    for (const c of changes.slice(reading.changes.length)) if (c.line !== undefined) c.line = reading.lineMap[c.line - 1] ?? c.line;
  }
  const unused = [...file.data.keep, ...file.data.accept];
  return { markdown, meta, changes, counts: countByRule(changes), ...(unused.length ? { unused } : {}) };
}

/**
 * A list item whose blocks a blank line must part (a paragraph after its nested list, two paragraphs) is written
 * loose, and read back loose: the next cleaning would then set a blank line between all its blocks. It is made
 * loose now, so the edition reads back as it was written.
 */
function settleSpread(tree: Root): void {
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    for (const child of node.children) walk(child);
    if (node.type === 'listItem' && !node.spread && node.children.some((c, i) => i > 0 && c.type === 'paragraph')) node.spread = true;
  };
  walk(tree);
}

function readFrontMatter(tree: Root, path: string): Record<string, unknown> | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  tree.children.shift();
  let value: unknown;
  try {
    value = parseYaml(quoteAnchorLike(first.value));
  } catch (err) {
    throw fileError(path, `front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw fileError(path, 'front matter must be a YAML mapping');
  return value as Record<string, unknown>;
}

/**
 * A scraped page's front matter holds text, never YAML's anchors and aliases: a value that opens with `&` or `*`
 * (`title: &#x4e2d;微信支付…`, an entity left in; `*斜体*`) is that text, quoted, not an anchor that would leave
 * the key empty and lose the words. (Not where a block under the key follows: there the mark may be YAML's.)
 */
function quoteAnchorLike(yaml: string): string {
  if (!/^[ \t]*[^\s:#][^:\n]{0,60}:[ \t]+[&*]/mu.test(yaml)) return yaml;
  const lines = yaml.split('\n');
  return lines.map((line, k) => {
    const m = /^([ \t]*[^\s:#][^:\n]{0,60}:[ \t]+)([&*].*?)[ \t]*$/u.exec(line);
    if (!m) return line;
    const indent = /^[ \t]*/u.exec(line)![0].length;
    const below = lines[k + 1];
    if (below !== undefined && below.trim() !== '' && /^[ \t]*/u.exec(below)![0].length > indent) return line;
    return `${m[1]}${JSON.stringify(m[2])}`;
  }).join('\n');
}

function ordered(meta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (meta[k] !== undefined) out[k] = meta[k];
  for (const [k, v] of Object.entries(meta)) if (!(k in out) && v !== undefined) out[k] = v;
  // provenance last, whatever else was added.
  if (out.provenance !== undefined) {
    const p = out.provenance;
    delete out.provenance;
    out.provenance = p;
  }
  return out;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
