/**
 * Where the package's own files are (rules, styles, package.json, the font-subset worker): found from the
 * package root, not from the module's place, so that the TypeScript sources and the compiled bundle in
 * `dist/` (one folder deep either way, but not the same folder) read the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'dingben') return dir;
    dir = dirname(dir);
  }
  throw new Error(`dingben's package.json not found above ${fileURLToPath(import.meta.url)}`);
}

/** The package's root folder (where package.json, rules/, styles/ and src/ are). */
export const ROOT = packageRoot();

/** A file or folder of the package, by its path from the root (`styles/`, `rules/boilerplate.yaml`). */
export const packagePath = (...parts: string[]): string => join(ROOT, ...parts);
