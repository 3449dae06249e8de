/**
 * `dingben eval`: cleans the source of every golden edition in a folder with
 * dingben's own clean stage, in memory, and scores the result as
 * `score_edition.py` would score the written clean edition.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cleanBytesBounded } from '../clean/bounded.ts';
import { UserError } from '../errors.ts';
import { readUserFile } from '../io/files.ts';
import { byCodePoint, formatJson, formatTable } from './report.ts';
import { scoreEdition, type ScoreResult } from './score.ts';

const GOLD_SUFFIX = '.gold.md';

export interface EvalEntry {
  gold: string;
  /** The source file cleaned, when one was found. */
  source?: string;
  /** Its clean edition, as dingben would write it. */
  candidate?: string;
  result: ScoreResult;
}

export interface EvalOptions {
  json?: boolean;
  verbose?: boolean;
  write?: (text: string) => void;
}

/** Usage mistakes: one line, exit status 2. */
function usage(message: string): UserError {
  return new UserError(message, 2);
}

function listDir(dir: string, what: string): string[] {
  let info;
  try {
    info = statSync(dir);
  } catch {
    throw usage(`${dir}: no such ${what} folder`);
  }
  if (!info.isDirectory()) throw usage(`${dir}: not a folder`);
  return readdirSync(dir).sort(byCodePoint);
}

/**
 * Where sources are looked for without --sources: the golden folder itself
 * and the folders beside it, as in ../shared (gold/, seeds/, corpus/).
 */
export function defaultSourceDirs(goldDir: string): string[] {
  const parent = dirname(resolve(goldDir));
  const siblings = readdirSync(parent, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && join(parent, d.name) !== resolve(goldDir))
    .map((d) => join(parent, d.name))
    .sort(byCodePoint);
  return [goldDir, ...siblings];
}

/**
 * The source of a golden edition `<stem>.gold.md`: the first `<stem>.<ext>`
 * (one extension, any) in the first folder that has one.
 */
function findSource(stem: string, listings: [dir: string, names: string[]][]): string | undefined {
  for (const [dir, names] of listings) {
    for (const name of names) {
      if (name.endsWith(GOLD_SUFFIX) || !name.startsWith(`${stem}.`) || name.slice(stem.length + 1).includes('.')) continue;
      const path = join(dir, name);
      // A dangling link or a folder of that name is not a source; keep looking.
      if (statSync(path, { throwIfNoEntry: false })?.isFile()) return path;
    }
  }
  return undefined;
}

/** Scores every golden edition in `goldDir`; without `sourceDirs`, sources are looked for where defaultSourceDirs says. */
export async function evaluate(goldDir: string, sourceDirs: string[] = []): Promise<EvalEntry[]> {
  const golds = listDir(goldDir, 'golden-edition').filter((n) => n.endsWith(GOLD_SUFFIX));
  if (golds.length === 0) throw usage(`${goldDir}: no golden editions (<stem>${GOLD_SUFFIX}) in this folder`);
  const dirs = sourceDirs.length > 0 ? sourceDirs : defaultSourceDirs(goldDir);
  const listings: [string, string[]][] = dirs.map((d) => [d, listDir(d, 'sources')]);
  const entries: EvalEntry[] = [];
  for (const name of golds) {
    const gold = join(goldDir, name);
    const source = findSource(name.slice(0, -GOLD_SUFFIX.length), listings);
    if (!source) {
      entries.push({ gold, result: scoreEdition(gold, undefined) });
      continue;
    }
    let candidate: string;
    try {
      candidate = (await cleanBytesBounded(source, await readUserFile(source))).markdown;
    } catch (err) {
      // A source the clean stage refuses is one row of the report, as an unreadable file is for Python.
      if (!(err instanceof UserError)) throw err;
      entries.push({ gold, source, result: { file: basename(gold), error: err.message } });
      continue;
    }
    entries.push({ gold, source, candidate, result: scoreEdition(gold, candidate) });
  }
  return entries;
}

/** Prints the report (the table, or the JSON array) and returns the results. */
export async function runEval(goldDir: string, sourceDirs: string[], opts: EvalOptions = {}): Promise<ScoreResult[]> {
  const results = (await evaluate(goldDir, sourceDirs)).map((e) => e.result);
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  write(opts.json ? formatJson(results) : formatTable(results, { verbose: opts.verbose, missing: 'missing source' }));
  return results;
}
