/**
 * The book file (`sources/book.yaml`): what the book is, which articles in
 * which order, which outputs, page size and margins, and per-rule settings.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import { fileError } from '../errors.ts';
import { describeFsError } from '../io/files.ts';
import { OVERRIDABLE, type RuleSettings } from '../clean/pipeline.ts';
import { BookFile, didYouMean, keysAt, PAGE_SIZES, PrintSettings, type BookFileOutput } from './schema.ts';

export { PAGE_SIZES } from './schema.ts';

export type OutputKind = 'clean' | 'pdf' | 'epub';

export interface ChapterConfig {
  /** Absolute path of the source file. */
  path: string;
  /** As written in the book file. */
  file: string;
  publisher?: string;
  date?: string;
  title?: string;
  /** Front-matter fields set in the book file (title among them), over what the cleaner found. */
  overrides: Record<string, string>;
  /** This article's rule settings, over the book's. */
  rules?: RuleSettings;
  /** Change ids to undo, suggestions to apply. */
  keep: string[];
  accept: string[];
}

export interface PageConfig {
  /** A name from PAGE_SIZES or `WIDTHmm HEIGHTmm`. */
  size: string;
  width: number;
  height: number;
  /** Margins in mm: top, outside, bottom, inside (binding side). */
  margins: { top: number; outside: number; bottom: number; inside: number };
}

/** Print production: imposition, bleed and marks, the archival PDF. */
export interface PrintConfig {
  impose?: 'booklet';
  /** Sheets per signature for a booklet; 0 = one signature. */
  sheetsPerSignature: number;
  /** Creep compensation in mm. */
  creep: number;
  /** Bleed in mm; 0 = none. */
  bleed: number;
  marks: 'none' | 'crop';
  archival: boolean;
}

export interface BookConfig {
  path: string;
  dir: string;
  title: string;
  subtitle?: string;
  editor: string;
  language: string;
  date?: string;
  chapters: ChapterConfig[];
  outputs: OutputKind[];
  page: PageConfig;
  print: PrintConfig;
  /**
   * `writing_mode: vertical` sets the book in vertical lines, right to left (竖排), bound on the right;
   * `horizontal` (the default) in horizontal lines, bound on the left.
   */
  writingMode: 'horizontal' | 'vertical';
  /** `browser: { endpoint: ws://… }`: render through a running Chromium instead of launching one. */
  browserEndpoint?: string;
  rules: RuleSettings;
}

const DEFAULT_MARGINS = { top: 18, outside: 15, bottom: 20, inside: 19 };

export async function loadBook(path: string): Promise<BookConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw fileError(path, describeFsError(err));
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = lines.linePos(e.pos[0]);
    throw fileError(`${path}:${at.line}:${at.col}`, `is not valid YAML (${e.message.split('\n')[0]})`);
  }
  return validateBook(path, doc.toJS(), (keys, key) => place(doc, lines, keys, key));
}

/** Where a key (or, without `key`, the value at `keys`) stands in the book file: `line:column`. */
function place(doc: Document, lines: LineCounter, keys: (string | number)[], key?: string): string | undefined {
  const node = key === undefined ? doc.getIn(keys, true) : doc.getIn(keys, true);
  let offset: number | undefined;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  } else if (node && typeof node === 'object' && 'range' in node) {
    offset = (node as { range?: [number, number, number] }).range?.[0];
  }
  if (offset === undefined) return undefined;
  const at = lines.linePos(offset);
  return `${at.line}:${at.col}`;
}

/** The book's full title as title pages, metadata and packages give it: 书名——副书名. */
export function fullTitle(book: Pick<BookConfig, 'title' | 'subtitle'>): string {
  return book.subtitle ? `${book.title}——${book.subtitle}` : book.title;
}

/**
 * The book file checked against its schema (src/book/schema.ts) and read into the build's settings. The
 * first mistake is the error, with its place when `locate` knows it, and a did-you-mean for a misspelt key.
 */
export function validateBook(path: string, raw: unknown, locate: (keys: (string | number)[], key?: string) => string | undefined = () => undefined): BookConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fileError(path, 'a book file must be a YAML mapping with title and chapters');
  const parsed = v.safeParse(BookFile, raw);
  if (!parsed.success) throw issueError(path, parsed.issues, locate);
  const r: BookFileOutput = parsed.output;
  const dir = dirname(resolve(path));
  const chapters = r.chapters.map((c): ChapterConfig => {
    const e = c as Record<string, unknown> & { file: string; publisher?: string | null; date?: string | null; title?: string | null; rules?: RuleSettings | null; keep?: string[] | null; accept?: string[] | null };
    const overrides = Object.fromEntries(OVERRIDABLE.filter((k) => typeof e[k] === 'string').map((k) => [k, e[k] as string]));
    return { file: e.file, path: resolve(dir, e.file), publisher: e.publisher ?? undefined, date: e.date ?? undefined, title: e.title ?? undefined, overrides, rules: e.rules ?? undefined, keep: e.keep ?? [], accept: e.accept ?? [] };
  });
  const size = r.page?.size ?? 'A5';
  const dims = PAGE_SIZES[size] ?? (/^(\d+(?:\.\d+)?)\s*mm\s*[x× ]\s*(\d+(?:\.\d+)?)\s*mm$/.exec(size)!.slice(1, 3).map(Number) as [number, number]);
  const margins = { ...DEFAULT_MARGINS, ...Object.fromEntries(Object.entries(r.page?.margins ?? {}).filter(([, mm]) => mm !== undefined)) };
  for (const [k, mm] of Object.entries(margins)) {
    if (mm >= dims[0] / 2) throw issueError(path, [{ message: `${mm} mm is half the page's width or more`, path: [{ key: 'page' }, { key: 'margins' }, { key: k }] }], locate);
  }
  return {
    path,
    dir,
    title: r.title,
    subtitle: r.subtitle ?? undefined,
    editor: r.editor ?? '',
    language: r.language ?? 'zh-Hans',
    date: r.date ?? undefined,
    chapters,
    outputs: [...new Set(['clean' as const, ...(r.outputs ?? ['clean', 'pdf', 'epub'])])],
    page: { size, width: dims[0], height: dims[1], margins },
    print: printConfig(r.print ?? {}),
    writingMode: r.writing_mode ?? 'horizontal',
    browserEndpoint: r.browser?.endpoint,
    rules: (r.rules ?? {}) as RuleSettings,
  };
}

type Issue = Pick<v.BaseIssue<unknown>, 'message'> & { type?: string; input?: unknown; path?: { key: unknown }[]; issues?: Issue[] };

/**
 * A union's own issue only says that no option fitted; the option that got furthest into the value (the
 * longest path: a mapping with one misspelt key, rather than "not text") says what is wrong.
 */
function deepest(issue: Issue): Issue {
  if (issue.type !== 'union' || !issue.issues?.length) return issue;
  // An option's issue has its path from the union's value on.
  const inner = issue.issues.map((i) => deepest({ ...i, path: [...(issue.path ?? []), ...(i.path ?? [])] }));
  const best = inner.reduce((a, b) => (b.path!.length > a.path!.length ? b : a));
  return best.path!.length > (issue.path?.length ?? 0) ? best : issue;
}

/** One line for the first issue: `FILE:LINE:COL: KEY reason`, and for a key not in the schema, the nearest one that is. */
function issueError(path: string, issues: Issue[], locate: (keys: (string | number)[], key?: string) => string | undefined): Error {
  const issue = deepest(issues[0]!);
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const label = keys.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
  let reason: string;
  let where: string | undefined;
  if (issue.type === 'strict_object' && keys.length > 0 && issue.input === undefined) {
    reason = `"${label}" is missing`;
    where = locate(keys.slice(0, -1));
  } else if (issue.type === 'strict_object' && keys.length > 0) {
    const key = String(keys[keys.length - 1]);
    const parent = keys.slice(0, -1);
    const known = keysAt(parent);
    const near = didYouMean(key, known);
    const whose = parent.length === 0 ? 'a book-file key' : parent[parent.length - 1] === 'rules' ? 'a rule id' : `a key of ${label.slice(0, label.length - key.length - 1)}`;
    reason = `"${label}" is not ${whose}${near ? ` (did you mean "${near}"?)` : `: ${known.join(', ')}`}`;
    where = locate(parent, key);
  } else {
    reason = issue.message.startsWith('must') ? `"${label}" ${issue.message}` : label ? `${label}: ${issue.message}` : issue.message;
    where = locate(keys) ?? locate(keys.slice(0, -1));
  }
  if (issues.length > 1) reason += ` (and ${issues.length - 1} more)`;
  return fileError(where ? `${path}:${where}` : path, reason);
}

/** Print settings from the command line, checked by the book file's schema (`source` names them in errors). */
export function parsePrintConfig(source: string, raw: Record<string, unknown>): PrintConfig {
  const parsed = v.safeParse(PrintSettings, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const key = String(issue.path?.[0]?.key ?? '');
    throw fileError(source, `${FLAGS[key] ?? key}: ${issue.message}`);
  }
  return printConfig(parsed.output);
}

const FLAGS: Record<string, string> = { impose: '--impose', sheets_per_signature: '--signature-sheets', creep: '--creep', bleed: '--bleed', marks: '--marks', archival: '--archival' };

function printConfig(p: v.InferOutput<typeof PrintSettings>): PrintConfig {
  return {
    impose: p.impose === 'booklet' ? 'booklet' : undefined,
    sheetsPerSignature: p.sheets_per_signature ?? 0,
    creep: p.creep ?? 0,
    bleed: p.bleed ?? 0,
    marks: p.marks ?? 'none',
    archival: p.archival ?? false,
  };
}
