/**
 * The build cache: outputs keyed by a hash of everything that determines
 * them — the document, the styles, the fonts, Paged.js, the tool version, the
 * settings — so an unchanged book is not rendered again. It lives in
 * `<output>/.cache/`; deleting it only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { writeAtomic } from './io/files.ts';
import { VERSION } from './version.ts';
import { packagePath } from './paths.ts';

/**
 * The code's own identity, besides its version: an entry made by other code (a checkout edited since,
 * a rule changed) is not reused. About 60 small files, hashed once per process.
 */
const CODE = (() => {
  const src = packagePath('src');
  const h = createHash('sha256');
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(ts|mjs)$/.test(f)) h.update(f).update(readFileSync(join(src, f)));
  }
  return h.digest('hex');
})();

const MANIFEST = 'sha256.json';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function debugNote(line: string): void {
  if (process.env.DINGBEN_DEBUG) process.stderr.write(`${line}\n`);
}

export class BuildCache {
  constructor(readonly dir: string) {}

  static key(...parts: (string | Uint8Array)[]): string {
    const h = createHash('sha256').update(`dingben ${VERSION}\0${CODE}\0`);
    for (const p of parts) h.update(p).update('\0');
    return h.digest('hex').slice(0, 32);
  }

  /**
   * A cached file, exactly as it was put: its SHA-256 must match the entry's manifest, written after its
   * files. A truncated, rewritten or half-written entry is a miss, and is removed so the build writes it anew.
   */
  async get(key: string, name: string): Promise<Buffer | undefined> {
    const dir = join(this.dir, key);
    try {
      const [data, sums] = await Promise.all([readFile(join(dir, name)), readFile(join(dir, MANIFEST), 'utf8')]);
      const want = (JSON.parse(sums) as Record<string, unknown>)[name];
      if (typeof want !== 'string' || sha256(data) !== want) {
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
        debugNote(`cache: entry ${key} damaged (${name}): rebuilt`);
        return undefined;
      }
      // A used entry counts as new: prune() drops the least recently used.
      const now = new Date();
      await utimes(dir, now, now).catch(() => undefined);
      return data;
    } catch {
      return undefined;
    }
  }

  /** A cached JSON file, parsed; undefined when missing, damaged or unreadable. */
  async getJson<T>(key: string, name: string): Promise<T | undefined> {
    const data = await this.get(key, name);
    if (!data) return undefined;
    try {
      return JSON.parse(data.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async put(key: string, files: Record<string, string | Uint8Array>): Promise<void> {
    const dir = join(this.dir, key);
    await mkdir(dir, { recursive: true });
    const sums: Record<string, string> = {};
    for (const [name, data] of Object.entries(files)) {
      await writeAtomic(join(dir, name), data);
      sums[name] = sha256(typeof data === 'string' ? Buffer.from(data) : data);
    }
    // Last: an entry whose writing was cut short has no manifest, so it is never served.
    const previous = await readFile(join(dir, MANIFEST), 'utf8').then((t) => JSON.parse(t) as Record<string, string>, () => ({}));
    await writeAtomic(join(dir, MANIFEST), JSON.stringify({ ...previous, ...sums }));
  }

  /**
   * Drops the least recently used entries beyond `maxBytes`, so the cache does not grow without end; run
   * once at the end of a build. A long book holds an entry per chapter (its pages, tens of kilobytes) and
   * per part (its PDF) besides the whole PDFs and the EPUB: the 614-page benchmark book about 27 MB.
   */
  async prune(maxBytes = 512 * 1024 * 1024): Promise<void> {
    const entries = await readdir(this.dir).catch(() => [] as string[]);
    const sized = await Promise.all(entries.map(async (e) => {
      const dir = join(this.dir, e);
      const files = await readdir(dir).catch(() => [] as string[]);
      const sizes = await Promise.all(files.map(async (f) => (await stat(join(dir, f)).catch(() => undefined))?.size ?? 0));
      return { dir, t: (await stat(dir).catch(() => undefined))?.mtimeMs ?? 0, bytes: sizes.reduce((a, b) => a + b, 0) };
    }));
    sized.sort((a, b) => b.t - a.t);
    let total = 0;
    for (const entry of sized) {
      total += entry.bytes;
      if (total > maxBytes) await rm(entry.dir, { recursive: true, force: true });
    }
  }
}

/** What the renderer reads besides the book (stylesheets, Paged.js, font packages): its identity goes into every key. */
export async function rendererIdentity(files: string[], extra: string[] = []): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(await readFile(f));
  for (const e of extra) h.update(e);
  return h.digest('hex');
}
