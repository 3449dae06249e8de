/**
 * `dingben check FILE…|BOOK [--json]`: what the cleaner would change, written nowhere — for a pre-commit hook
 * or CI over an archive of clean editions. Exit 0 when nothing would change, 1 when something would, 2 on a
 * usage mistake or a file that cannot be read. Suggestions (what the cleaner did not dare to do) are listed
 * but change nothing.
 */
import { loadBook } from './book/config.ts';
import type { cleanBytes } from './clean/clean-file.ts';
import { cleanBytesBounded } from './clean/bounded.ts';
import { changeIds, type Change } from './clean/report.ts';
import { readUserFile } from './io/files.ts';
import { UserError } from './errors.ts';

export interface CheckedChange {
  file: string;
  line: number | null;
  /** The report does not know columns: always null, kept so that the format can grow. */
  column: null;
  rule: string;
  /** The rule and a hash of what it touched: stable under edits elsewhere in the file. */
  id: string;
  kind: Change['kind'];
  before: string;
  after: string | null;
}

export { changeId } from './clean/report.ts';

/** The files a check covers: the sources of a book file, or the files given. */
async function targets(args: string[]): Promise<{ path: string; rules?: Parameters<typeof cleanBytes>[2]; article?: Parameters<typeof cleanBytes>[3] }[]> {
  if (args.length === 1 && /\.ya?ml$/iu.test(args[0]!)) {
    const book = await loadBook(args[0]!);
    // Each article with its own settings from the book file: what it keeps is not a change to make.
    return book.chapters.map((c) => ({ path: c.path, rules: c.rules ? { ...book.rules, ...c.rules } : book.rules, article: { keep: c.keep, accept: c.accept, overrides: c.overrides } }));
  }
  return args.map((path) => ({ path }));
}

export async function runCheck(args: string[], json: boolean): Promise<number> {
  let files: Awaited<ReturnType<typeof targets>>;
  try {
    files = await targets(args);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.message, 2);
    throw err;
  }
  let pending = 0;
  for (const { path: file, rules, article } of files) {
    let bytes: Buffer;
    let changes: Change[];
    try {
      bytes = await readUserFile(file);
      changes = (await cleanBytesBounded(file, bytes, rules, article)).changes;
    } catch (err) {
      if (err instanceof UserError) throw new UserError(err.message, 2);
      throw err;
    }
    const ids = changeIds(changes);
    for (const [i, c] of changes.entries()) {
      if (c.kind !== 'suggested' && c.kind !== 'kept') pending++;
      const row: CheckedChange = { file, line: c.line ?? null, column: null, rule: c.rule, id: ids[i]!, kind: c.kind, before: c.text, after: c.to ?? null };
      process.stdout.write(json ? `${JSON.stringify(row)}\n` : `${file}:${c.line ?? '-'}: ${c.rule} ${c.kind} [${row.id}]: ${oneLine(c.text)}${c.to ? ` → ${oneLine(c.to)}` : ''}\n`);
    }
  }
  return pending > 0 ? 1 : 0;
}

const oneLine = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s).replace(/\n/g, '⏎');
