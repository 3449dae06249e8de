// Compiles the command line and the library into dist/ with esbuild (a chunk per command's stage, shared by
// both entries; packages stay in node_modules), the PDF writer's in-page script (src/pdf/in-page/), and the
// library's type declarations with tsc, so that `dingben` starts without a TypeScript compiler. Plain
// JavaScript, so that it runs where tsx is not installed. bin/dingben.js runs the bundle when it is newer
// than every source.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE_SCRIPT, bundleInPage } from '../src/pdf/page-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/index.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
// The PDF writer's in-page script, beside the bundle that reads it (src/pdf/page-script.ts), so that the
// command line needs no esbuild at run time.
writeFileSync(`${root}/dist/${PAGE_SCRIPT}`, await bundleInPage(root));
// The library's types, for a program that imports it (tsc, declarations only, from src/index.ts down).
// A type error there is the tests' to report (npm test runs tsc): the command line is built and runs
// without the declarations, so the set-up goes on with a warning.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  process.stderr.write('dingben build: the library\'s type declarations were not written (a type error: npm test names it)\n');
}
