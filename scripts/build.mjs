// Compiles the command line and the library into dist/ with esbuild (a chunk per command's stage, shared by
// both entries; packages stay in node_modules), the PDF writer's in-page script (src/pdf/in-page/), and the
// library's type declarations with tsc, so that `dingben` starts without a TypeScript compiler. Plain
// JavaScript, so that it runs where tsx is not installed. bin/dingben.js runs the bundle when it is newer
// than every source.
//
// esbuild is a runtime dependency because `npm ci --omit=dev` (what `npm start` installs) runs this script
// through `prepare`. The declarations are for a program that imports the library; they need tsc and the
// @types packages, which only a full install has, so a runtime-only install leaves them out without a word.
// `--bundle-only` leaves them out too: bin/dingben.js rebuilds a stale bundle that way, as fast as it can.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { PAGE_SCRIPT, bundleInPage } from '../src/pdf/page-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // (The clean stage has an entry of its own: the worker that bounds it in time loads it, bounded.ts.)
  entryPoints: ['src/cli.ts', 'src/index.ts', 'src/clean/clean-file.ts'],
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

// typescript alone does not tell: npm keeps it in a runtime-only install as valibot's optional peer.
const { devDependencies } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const devToolsInstalled = ['typescript', ...Object.keys(devDependencies).filter((d) => d.startsWith('@types/'))]
  .every((d) => existsSync(`${root}/node_modules/${d}/package.json`));
if (devToolsInstalled && !process.argv.includes('--bundle-only')) {
  // A type error here is the tests' to report (npm test runs tsc): the command line is built and runs
  // without the declarations, so the set-up goes on with a warning.
  try {
    execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('dingben build: the library\'s type declarations were not written (a type error: npm test names it)\n');
  }
}
