#!/usr/bin/env node
// Runs the compiled bundle (dist/, written by `npm run build`, which the set-up runs) when it is newer than
// every source file; else the TypeScript sources through tsx, so that an edit is never run stale.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);

function bundleIsFresh() {
  try {
    const built = statSync(new URL('dist/cli.js', root)).mtimeMs;
    const src = new URL('src/', root);
    return readdirSync(src, { recursive: true }).every((f) => statSync(new URL(f, src)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  await import(new URL('dist/cli.js', root).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
