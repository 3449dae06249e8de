/**
 * The build cache: outputs keyed by a hash of everything that determines
 * them — the document, the styles, the fonts, Paged.js, the tool version, the
 * settings — so an unchanged book is not rendered again. It lives in
 * `<output>/.cache/`; deleting it only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from './io/files.ts';
import { VERSION } from './version.ts';

export class BuildCache {
  constructor(readonly dir: string) {}

  static key(...parts: (string | Uint8Array)[]): string {
    const h = createHash('sha256').update(`dingben ${VERSION}\0`);
    for (const p of parts) h.update(p).update('\0');
    return h.digest('hex').slice(0, 32);
  }

  async get(key: string, name: string): Promise<Buffer | undefined> {
    try {
      return await readFile(join(this.dir, key, name));
    } catch {
      return undefined;
    }
  }

  async put(key: string, files: Record<string, string | Uint8Array>): Promise<void> {
    await mkdir(join(this.dir, key), { recursive: true });
    for (const [name, data] of Object.entries(files)) await writeAtomic(join(this.dir, key, name), data);
    await this.prune();
  }

  /**
   * Keeps the most recent entries only, so the cache does not grow without end. A long book holds one
   * entry per paginated part (about 100 pages, under 1 MB each) besides its PDFs and EPUB.
   */
  private async prune(keep = 64): Promise<void> {
    const entries = await readdir(this.dir).catch(() => [] as string[]);
    if (entries.length <= keep) return;
    const dated = await Promise.all(entries.map(async (e) => ({ e, t: (await stat(join(this.dir, e))).mtimeMs })));
    dated.sort((a, b) => b.t - a.t);
    for (const { e } of dated.slice(keep)) await rm(join(this.dir, e), { recursive: true, force: true });
  }
}

/** What the renderer reads besides the book (stylesheets, Paged.js, font packages): its identity goes into every key. */
export async function rendererIdentity(files: string[], extra: string[] = []): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(await readFile(f));
  for (const e of extra) h.update(e);
  return h.digest('hex');
}
