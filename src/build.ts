/**
 * `dingben build`: every output the book file asks for, into the output
 * folder. The clean editions come first; the PDF and the EPUB are made from
 * them (and the EPUB takes its page-list from the PDF).
 */
import { join } from 'node:path';
import type { BookConfig } from './book/config.ts';
import { cleanFile, writeCleanEdition, type CleanedFile } from './clean/clean-file.ts';

export interface BuildOptions {
  outDir: string;
  /** Limit to these outputs (the book file's list otherwise). */
  only?: string[];
  log?: (line: string) => void;
}

export interface BuildResult {
  chapters: CleanedFile[];
  files: string[];
}

export async function buildBook(book: BookConfig, options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined);
  const wants = (kind: string) => book.outputs.includes(kind as never) && (!options.only || options.only.includes(kind));
  const files: string[] = [];
  const chapters: CleanedFile[] = [];
  for (const ch of book.chapters) {
    const cleaned = await cleanFile(ch.path, book.rules);
    chapters.push(cleaned);
    if (wants('clean')) {
      const md = join(options.outDir, 'clean', `${cleaned.slug}.md`);
      const report = await writeCleanEdition(cleaned, md);
      files.push(md, report);
      log(`clean  ${md} (${cleaned.changes.length} changes)`);
    }
  }
  return { chapters, files };
}
