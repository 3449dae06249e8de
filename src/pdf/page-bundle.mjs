// The recipe for the in-page script: src/pdf/in-page/index.ts bundled by esbuild into one classic script
// for the browser. Plain JavaScript, so that scripts/build.mjs (which writes the script into dist/ beside
// the command line) and the TypeScript sources run through tsx (which make it at first use,
// src/pdf/page-script.ts) share it. The same sources give the same script.

/** The script's file name, in dist/ and in every render folder. */
export const PAGE_SCRIPT = 'dingben-page.js';

/** The script's text; `root` is the package's root folder. */
export async function bundleInPage(root) {
  // Imported here, not at the top: the command line in dist/ never bundles, and runs where esbuild (a
  // development dependency) is not installed.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/pdf/in-page/index.ts'],
    tsconfig: 'src/pdf/in-page/tsconfig.json',
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
