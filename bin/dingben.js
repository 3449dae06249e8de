#!/usr/bin/env node
// Runs the compiled bundle (dist/, written by `npm run build`, which the set-up runs) when it is newer than
// every source file, so that an edit is never run stale. Else the TypeScript sources through tsx, where the
// test tools are installed; a runtime-only install (`npm ci --omit=dev`) has no tsx, so there the bundle is
// written again first (esbuild is a runtime dependency for that).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

async function tsx() {
  try {
    return await import('tsx/esm/api');
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

const fresh = bundleIsFresh();
const api = fresh ? undefined : await tsx();
if (api) {
  api.register();
  await import('../src/cli.ts');
} else {
  if (!fresh) {
    try {
      execFileSync(process.execPath, [fileURLToPath(new URL('scripts/build.mjs', root)), '--bundle-only'], { stdio: 'inherit' });
    } catch {
      process.exit(1); // esbuild has named the error in the sources
    }
  }
  await import(new URL('dist/cli.js', root).href);
}
