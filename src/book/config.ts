/**
 * The book file (`sources/book.yaml`): what the book is, which articles in
 * which order, which outputs, page size and margins, and per-rule settings.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { fileError } from '../errors.ts';
import { describeFsError } from '../io/files.ts';
import type { RuleSettings } from '../clean/pipeline.ts';
import { asRegExp } from '../clean/patterns.ts';

export type OutputKind = 'clean' | 'pdf' | 'epub';

export interface ChapterConfig {
  /** Absolute path of the source file. */
  path: string;
  /** As written in the book file. */
  file: string;
  publisher?: string;
  date?: string;
  title?: string;
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

/** Page sizes in mm (width × height). 正度32开 and 大32开 are the Chinese book formats. */
export const PAGE_SIZES: Record<string, [number, number]> = {
  A5: [148, 210],
  B5: [176, 250],
  A4: [210, 297],
  '正度32开': [130, 184],
  '大32开': [140, 203],
  '16开': [185, 260],
};

const DEFAULT_MARGINS = { top: 18, outside: 15, bottom: 20, inside: 19 };

export async function loadBook(path: string): Promise<BookConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw fileError(path, describeFsError(err));
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw fileError(path, `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return validateBook(path, raw);
}

/** The book's full title as title pages, metadata and packages give it: 书名——副书名. */
export function fullTitle(book: Pick<BookConfig, 'title' | 'subtitle'>): string {
  return book.subtitle ? `${book.title}——${book.subtitle}` : book.title;
}

export function validateBook(path: string, raw: unknown): BookConfig {
  const bad = (reason: string) => fileError(path, reason);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('a book file must be a YAML mapping with title and chapters');
  const r = raw as Record<string, unknown>;
  const str = (key: string, required: boolean): string | undefined => {
    const v = r[key];
    if (v === undefined || v === null) {
      if (required) throw bad(`"${key}" is missing`);
      return undefined;
    }
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string' && typeof v !== 'number') throw bad(`"${key}" must be text`);
    return String(v);
  };
  const dir = dirname(resolve(path));
  if (!Array.isArray(r.chapters) || r.chapters.length === 0) throw bad('"chapters" must list at least one article');
  const chapters = r.chapters.map((c: unknown, i: number): ChapterConfig => {
    const entry = typeof c === 'string' ? { file: c } : c;
    if (typeof entry !== 'object' || entry === null || typeof (entry as { file?: unknown }).file !== 'string') {
      throw bad(`chapter ${i + 1} needs a "file"`);
    }
    const e = entry as Record<string, unknown>;
    const date = e.date instanceof Date ? e.date.toISOString().slice(0, 10) : e.date === undefined ? undefined : String(e.date);
    return { file: String(e.file), path: resolve(dir, String(e.file)), publisher: e.publisher === undefined ? undefined : String(e.publisher), date, title: e.title === undefined ? undefined : String(e.title) };
  });
  const outputs = (r.outputs ?? ['clean', 'pdf', 'epub']) as unknown;
  if (!Array.isArray(outputs) || outputs.some((o) => !['clean', 'pdf', 'epub'].includes(String(o)))) throw bad('"outputs" must be a list of clean, pdf, epub');
  const rules = (r.rules ?? {}) as RuleSettings;
  if (typeof rules !== 'object' || Array.isArray(rules)) throw bad('"rules" must be a mapping of rule ids to false or options');
  // A pattern written /like this/ must compile, or the build would fail later as an internal error.
  for (const [id, setting] of Object.entries(rules)) {
    const patterns = typeof setting === 'object' && setting !== null ? (setting as { patterns?: unknown }).patterns : undefined;
    if (typeof patterns !== 'object' || patterns === null) continue;
    for (const [kind, list] of Object.entries(patterns)) {
      for (const p of Array.isArray(list) ? list : []) {
        try {
          asRegExp(String(p));
        } catch (err) {
          throw bad(`rules.${id}.patterns.${kind}: ${String(p)} is not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`);
        }
      }
    }
  }
  return {
    path,
    dir,
    title: str('title', true)!,
    subtitle: str('subtitle', false),
    editor: str('editor', false) ?? '',
    language: str('language', false) ?? 'zh-Hans',
    date: str('date', false),
    chapters,
    outputs: [...new Set(['clean', ...outputs])] as OutputKind[],
    page: pageConfig(r.page, bad),
    print: printConfig(r.print, bad),
    writingMode: writingMode(r.writing_mode, bad),
    browserEndpoint: browserEndpoint(r.browser, bad),
    rules,
  };
}

function pageConfig(raw: unknown, bad: (reason: string) => Error): PageConfig {
  const p = (raw ?? {}) as Record<string, unknown>;
  const size = String(p.size ?? 'A5');
  let dims = PAGE_SIZES[size];
  if (!dims) {
    const m = /^(\d+(?:\.\d+)?)\s*mm\s*[x× ]\s*(\d+(?:\.\d+)?)\s*mm$/.exec(size);
    if (!m) throw bad(`page size "${size}" is not one of ${Object.keys(PAGE_SIZES).join(', ')} nor "WIDTHmm x HEIGHTmm"`);
    dims = [Number(m[1]), Number(m[2])];
  }
  const margins = { ...DEFAULT_MARGINS };
  const m = (p.margins ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(margins) as (keyof typeof margins)[]) {
    if (m[k] === undefined) continue;
    const v = parseFloat(String(m[k]));
    if (!(v >= 0 && v < dims[0] / 2)) throw bad(`page margin "${k}" must be a length in mm`);
    margins[k] = v;
  }
  return { size, width: dims[0], height: dims[1], margins };
}

/** A length in mm: a number, or "3mm". */
export function parseMm(v: unknown, what: string, bad: (reason: string) => Error): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm)?\s*$/.exec(String(v));
  if (!m) throw bad(`${what} must be a length in mm, like 3mm`);
  return Number(m[1]);
}

/** Print settings from the book file or the command line (`source` names them in errors). */
export function parsePrintConfig(source: string, raw: unknown): PrintConfig {
  return printConfig(raw, (reason) => fileError(source, reason));
}

function printConfig(raw: unknown, bad: (reason: string) => Error): PrintConfig {
  const p = (raw ?? {}) as Record<string, unknown>;
  if (p.impose !== undefined && p.impose !== 'booklet' && p.impose !== false) throw bad('"print.impose" must be booklet');
  if (p.marks !== undefined && p.marks !== 'crop' && p.marks !== 'none') throw bad('"print.marks" must be crop or none');
  const sheets = Number(p.sheets_per_signature ?? 0);
  if (!Number.isInteger(sheets) || sheets < 0) throw bad('"print.sheets_per_signature" must be a whole number');
  return {
    impose: p.impose === 'booklet' ? 'booklet' : undefined,
    sheetsPerSignature: sheets,
    creep: p.creep === undefined ? 0 : parseMm(p.creep, '"print.creep"', bad),
    bleed: p.bleed === undefined ? 0 : parseMm(p.bleed, '"print.bleed"', bad),
    marks: p.marks === 'crop' ? 'crop' : 'none',
    archival: p.archival === true,
  };
}

function writingMode(raw: unknown, bad: (reason: string) => Error): BookConfig['writingMode'] {
  if (raw === undefined || raw === null || raw === 'horizontal') return 'horizontal';
  if (raw === 'vertical') return 'vertical';
  throw bad('"writing_mode" must be horizontal or vertical (竖排)');
}

function browserEndpoint(raw: unknown, bad: (reason: string) => Error): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const endpoint = (raw as Record<string, unknown>).endpoint;
  if (endpoint === undefined) return undefined;
  if (typeof endpoint !== 'string' || !/^wss?:\/\//.test(endpoint)) throw bad('"browser.endpoint" must be a ws:// or wss:// DevTools address');
  return endpoint;
}
