import { basename, extname } from 'node:path';
import { isSpecialFile, readUserFile, writeAtomic } from '../io/files.ts';
import { decodeSource } from '../io/decode.ts';
import { cleanText, sha256, type CleanInput, type CleanResult, type RuleSettings } from './pipeline.ts';

export interface CleanedFile extends CleanResult {
  path: string;
  slug: string;
  encoding: string;
  /** For a guessed legacy encoding: `guessed, confidence 0.93` (and the runner-up when it came close). */
  encodingNote?: string;
  bytes: number;
}

/** Reads, decodes and cleans one source file. Errors are one-line UserErrors naming the file. */
export async function cleanFile(path: string, rules?: RuleSettings): Promise<CleanedFile> {
  return cleanBytes(path, await readUserFile(path), rules);
}

/** Decodes and cleans a source file's bytes, read already. */
export function cleanBytes(path: string, bytes: Buffer, rules?: RuleSettings, article?: Pick<CleanInput, 'keep' | 'accept' | 'overrides'>): CleanedFile {
  const decoded = decodeSource(path, bytes);
  const result = cleanText({ path, text: decoded.text, encoding: decoded.encoding, sha256: sha256(bytes), rules, ...article });
  const note = decoded.confidence === undefined ? undefined : `guessed, confidence ${decoded.confidence}${decoded.alternative ? `; ${decoded.alternative} came close, check the text` : ''}`;
  return { ...result, path, slug: slugOf(path), encoding: decoded.encoding, ...(note ? { encodingNote: note } : {}), bytes: bytes.length };
}

/**
 * Distinct names for the clean editions of `paths`, in their order: two sources named alike (`a/x.txt` and
 * `b/x.txt`, `a.txt` and `a.md`) must not overwrite each other's edition, so a name taken already (ignoring
 * case, for case-blind file systems) gets `-2`, `-3` …; `notes` says which source got which name.
 */
export function uniqueSlugs(paths: string[]): { slugs: string[]; notes: string[] } {
  const taken = new Map<string, string>();
  const slugs: string[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    const base = slugOf(path);
    let slug = base;
    for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    if (slug !== base) notes.push(`${path} and ${taken.get(base.toLowerCase())} have the same name: its clean edition is ${slug}.md`);
    taken.set(slug.toLowerCase(), path);
    slugs.push(slug);
  }
  return { slugs, notes };
}

export function slugOf(path: string): string {
  return basename(path, extname(path)).replace(/\.clean$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
}

/** The change report as written beside a clean edition. */
export function reportJson(c: CleanedFile): string {
  return `${JSON.stringify({ source: basename(c.path), encoding: c.encoding, ...(c.encodingNote ? { encoding_note: c.encodingNote } : {}), sha256: (c.meta.provenance as { sha256?: string } | undefined)?.sha256, counts: c.counts, changes: c.changes }, null, 2)}\n`;
}

export async function writeCleanEdition(c: CleanedFile, mdPath: string): Promise<string | undefined> {
  const reportPath = mdPath.replace(/\.md$/, '') + '.report.json';
  // Written to a device (`-o /dev/null`), the edition has no folder to put its report beside.
  if (await isSpecialFile(mdPath)) {
    await writeAtomic(mdPath, c.markdown);
    return undefined;
  }
  await writeAtomic(mdPath, c.markdown);
  await writeAtomic(reportPath, reportJson(c));
  return reportPath;
}

export function summaryLine(c: CleanedFile): string {
  const removed = c.changes.filter((x) => x.kind === 'removed').length;
  const rules = Object.entries(c.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${c.path}: ${c.encoding}${c.encodingNote ? ` (${c.encodingNote})` : ''}, ${c.changes.length} changes (${removed} spans removed)${rules ? `: ${rules}` : ''}`;
}
