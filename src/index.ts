/**
 * The library: what the command line does, for a program (`import { build, clean } from 'dingben'`).
 * `clean` cleans a text, `cleanFile` a file with its encoding detected, `build` writes a book file's
 * outputs. The book-building stages load on the first `build`, so a program that only cleans never loads
 * the browser or the PDF writer.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { cleanText, type CleanResult, type RuleSettings } from './clean/pipeline.ts';
import type { BuildOptions, BuildResult } from './build.ts';

export type { CleanResult, RuleSettings, BuildOptions, BuildResult };
export type { CleanedFile } from './clean/clean-file.ts';
export type { Change } from './clean/report.ts';
export { UserError } from './errors.ts';
export { VERSION } from './version.ts';

/** The clean edition of a scraped text: its Markdown (front matter included), the front matter, and every change. */
export function clean(text: string, options: { path?: string; rules?: RuleSettings } = {}): CleanResult {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return cleanText({ path: options.path ?? 'text.txt', text, encoding: 'utf-8', sha256, rules: options.rules });
}

/** The clean edition of a source file, read and decoded (UTF-8, GB18030, Big5, UTF-16 …) as the command line does. */
export async function cleanFile(path: string, rules?: RuleSettings) {
  return (await import('./clean/clean-file.ts')).cleanFile(path, rules);
}

/** Builds what a book file asks for (clean editions, PDF, EPUB) into `outDir` (default `output`). */
export async function build(bookFile: string, options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const [{ loadBook }, { buildBook }] = await Promise.all([import('./book/config.ts'), import('./build.ts')]);
  return buildBook(await loadBook(bookFile), { ...options, outDir: resolve(options.outDir ?? 'output') });
}
