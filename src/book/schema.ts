/**
 * The book file's schema (valibot): every key, its type, unit and allowed
 * values in one place. The book file is checked against it, so that a
 * misspelt key (`subtitel:`), a misspelt rule id, a length in the wrong unit
 * or an impossible date is an error that names its line, instead of a setting
 * silently ignored. `book.schema.json` is generated from it
 * (`npm run schema`), for editors that complete and check YAML.
 */
import * as v from 'valibot';
import { READERS } from '../clean/readers/index.ts';
import { RULES } from '../clean/pipeline.ts';
import { linearRegExp } from '../clean/patterns.ts';

/** The ids a book file may switch off or configure: the readers' and the rules' (two passes of a rule share one id). */
export const RULE_IDS = [...new Set([...READERS.map((r) => r.id), ...RULES.map((r) => r.id)])];

export const OUTPUT_KINDS = ['clean', 'pdf', 'epub'] as const;

/** Page sizes in mm (width × height). 正度32开 and 大32开 are the Chinese book formats. */
export const PAGE_SIZES: Record<string, [number, number]> = {
  A5: [148, 210],
  B5: [176, 250],
  A4: [210, 297],
  '正度32开': [130, 184],
  '大32开': [140, 203],
  '16开': [185, 260],
};

const MM_PER: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72 };

/** A length: a number of millimetres, or a number with mm, cm, in or pt. */
export function toMm(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?\s*$/.exec(String(value));
  // To a thousandth of a millimetre: 54pt is 19.05 mm, not 19.049999999999997.
  return m ? Math.round(Number(m[1]) * MM_PER[m[2] ?? 'mm']! * 1000) / 1000 : undefined;
}

const Length = v.pipe(
  v.union([v.number(), v.string()], 'must be a length: a number of mm, or a number with mm, cm, in or pt'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const mm = toMm(dataset.value);
    if (mm === undefined) {
      addIssue({ message: `${JSON.stringify(dataset.value)} is not a length: write a number of mm, or one with mm, cm, in or pt (3mm, 0.3cm)` });
      return NEVER;
    }
    return mm;
  }),
);

/** Text: YAML reads `title: 1984` as a number, which is still a title. */
const Text = v.pipe(v.union([v.string(), v.number()], 'must be text'), v.transform(String));

/** A day of the calendar, YYYY-MM-DD (a YAML 1.1 timestamp too). */
const Day = v.pipe(
  v.union([v.string(), v.date()], 'must be a date written YYYY-MM-DD'),
  v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d.trim())),
  v.check((d) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!m) return false;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
  }, (issue) => `${JSON.stringify(issue.input)} is not a date of the calendar written YYYY-MM-DD`),
);

/** A BCP 47 language tag: language, then optional script and region (zh, zh-Hans, zh-Hant-TW, en-GB). */
const Language = v.pipe(
  v.string('must be a language tag such as zh-Hans'),
  v.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, (issue) => `${JSON.stringify(issue.input)} is not a language tag (BCP 47): zh-Hans, zh-Hant, zh-CN, zh-TW, en …`),
);

/** A pattern: `/regular expression/flags` (run in RE2: linear time, no lookaround or backreferences), or text matched as it is. */
const Pattern = v.pipe(
  v.string('must be text or /a regular expression/'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    try {
      linearRegExp(dataset.value);
    } catch (err) {
      addIssue({ message: `${dataset.value} is not a valid regular expression (${(err as Error).message})` });
    }
  }),
);
const Patterns = v.array(Pattern, 'must be a list of patterns, like ["/^本报广告/"]');
const PatternSets = v.strictObject({
  block: v.optional(Patterns),
  section: v.optional(Patterns),
  section_stop: v.optional(Patterns),
  inline: v.optional(Patterns),
});

/** The options a rule takes in the book file (a rule not listed takes none: true or false). */
const RULE_OPTIONS: Record<string, v.GenericSchema> = {
  boilerplate: v.strictObject({ patterns: v.optional(PatternSets), trailingTag: v.optional(v.boolean()) }),
  'inline-boilerplate': v.strictObject({ patterns: v.optional(PatternSets) }),
};

const RuleSetting = (id: string) => (RULE_OPTIONS[id] ? v.union([v.boolean(), RULE_OPTIONS[id]!]) : v.boolean(`must be true or false (the rule ${id} takes no options)`));

const Rules = v.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, v.optional(RuleSetting(id))])));

/** A change's id as the report, the review page and `dingben check` give it: the rule, a dash, ten hex digits. */
const ChangeIds = v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+-[0-9a-f]{10}(?:\.\d{1,6})?$/, (issue) => `${JSON.stringify(issue.input)} is not a change id (rule-0123456789, or rule-0123456789.2 for a second such change, as the review page and dingben check give it)`)), 'must be a list of change ids');

const Chapter = v.union([
  v.pipe(Text, v.transform((file) => ({ file }))),
  v.strictObject({
    file: Text,
    publisher: v.nullish(Text),
    date: v.nullish(Day),
    // Front-matter fields: the book file's value replaces what the cleaner found.
    title: v.nullish(Text),
    // The running head's title, where the title's first line is too long or not the one to print.
    short_title: v.nullish(Text),
    kicker: v.nullish(Text),
    deck: v.nullish(Text),
    original_title: v.nullish(Text),
    byline: v.nullish(Text),
    source: v.nullish(Text),
    editor: v.nullish(Text),
    dateline: v.nullish(Text),
    rules: v.nullish(Rules),
    keep: v.nullish(ChangeIds),
    accept: v.nullish(ChangeIds),
  }),
], 'must be a file name, or a mapping with file (and publisher, date, title, front-matter fields, rules, keep, accept)');

const PageSize = v.pipe(
  v.string(),
  v.check((s) => s in PAGE_SIZES || /^(\d+(?:\.\d+)?)\s*mm\s*[x× ]\s*(\d+(?:\.\d+)?)\s*mm$/.test(s), (issue) => `page size ${JSON.stringify(issue.input)} is not one of ${Object.keys(PAGE_SIZES).join(', ')} nor "WIDTHmm x HEIGHTmm"`),
);

export const PrintSettings = v.strictObject({
  impose: v.optional(v.union([v.literal('booklet'), v.literal(false)], 'must be booklet (or false)')),
  sheets_per_signature: v.optional(v.pipe(v.number('must be a whole number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'))),
  creep: v.optional(Length),
  bleed: v.optional(Length),
  marks: v.optional(v.picklist(['crop', 'none'], 'must be crop or none')),
  archival: v.optional(v.boolean('must be true or false')),
});

const d = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

export const BookFile = v.pipe(v.strictObject({
  title: d(Text, 'The book\'s title (书名).'),
  subtitle: v.nullish(d(Text, 'The subtitle (副书名), printed after the title with a dash.')),
  editor: v.nullish(d(Text, 'The editor (编者), on the title page, the colophon and in the metadata.')),
  language: v.nullish(d(Language, 'BCP 47 language tag of the book: zh-Hans (default), zh-Hant, zh-CN …')),
  date: v.nullish(d(Day, 'Edition date, YYYY-MM-DD; also the fixed date of the PDF and the EPUB.')),
  chapters: d(v.pipe(v.array(Chapter, 'must list the articles'), v.minLength(1, 'must list at least one article')), 'The articles in order: a file name, or a mapping with file and publisher, date, title (a title here overrides the one the cleaner found).'),
  outputs: v.nullish(d(v.array(v.picklist(OUTPUT_KINDS, (issue) => `${issue.received} is not an output: clean, pdf or epub`), 'must be a list of clean, pdf, epub'), 'Which outputs to build: clean, pdf, epub (default all three).')),
  writing_mode: v.nullish(d(v.picklist(['horizontal', 'vertical'], 'must be horizontal or vertical (竖排)'), 'horizontal (default), or vertical: 竖排, right to left, bound on the right.')),
  page: v.nullish(d(v.strictObject({
    size: v.optional(d(PageSize, `Page size: ${Object.keys(PAGE_SIZES).join(', ')}, or "WIDTHmm x HEIGHTmm".`)),
    margins: v.optional(d(v.strictObject({ top: v.optional(Length), outside: v.optional(Length), bottom: v.optional(Length), inside: v.optional(Length) }), 'Margins: a number of mm, or a length with mm, cm, in or pt.')),
  }), 'Page size and margins.')),
  print: v.nullish(d(PrintSettings, 'Print production: booklet imposition, bleed, crop marks, archival PDF (the command-line flags override them).')),
  browser: v.nullish(d(v.strictObject({
    endpoint: v.optional(v.pipe(v.string(), v.regex(/^wss?:\/\//, 'must be a ws:// or wss:// DevTools address'))),
  }), 'A running Chromium to render through, by its DevTools address.')),
  rules: v.nullish(d(Rules, 'Rules and readers by id: false switches one off; boilerplate and inline-boilerplate take more patterns.')),
}), v.title('dingben book file'), v.description('The book file of dingben (定本): what the book is, its articles in order, its outputs and settings.'));

export type BookFileInput = v.InferInput<typeof BookFile>;
export type BookFileOutput = v.InferOutput<typeof BookFile>;

/** The keys a mapping at `path` of the book file may have (for "did you mean"). */
export function keysAt(path: (string | number)[]): string[] {
  let schema: unknown = BookFile;
  for (const key of path) schema = child(schema, key);
  return entriesOf(schema);
}

type Node = { type?: string; entries?: Record<string, unknown>; item?: unknown; options?: unknown[]; wrapped?: unknown };

function entriesOf(schema: unknown): string[] {
  const s = schema as Node | undefined;
  if (!s) return [];
  if (s.entries) return Object.keys(s.entries);
  if (s.wrapped) return entriesOf(s.wrapped);
  if (s.options && s.type === 'union') return s.options.flatMap(entriesOf);
  return [];
}

function child(schema: unknown, key: string | number): unknown {
  const s = schema as Node | undefined;
  if (!s) return undefined;
  if (s.wrapped) return child(s.wrapped, key);
  if (s.type === 'union') return s.options!.map((o) => child(o, key)).find((c) => c !== undefined);
  if (typeof key === 'number') return s.item;
  return s.entries?.[key];
}

/** The known name nearest to `word`, if it is near enough to be a slip (edit distance at most 2, and under half its length). */
export function didYouMean(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= 2 && bestD < word.length / 2 ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
