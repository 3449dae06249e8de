// The tree reads as the pipeline: no import circle in src/, and no module imports from a stage that comes
// after its own (the order is written down in the README's architecture section). The imports are esbuild's
// own reading of them (its metafile), type-only imports left out, as they vanish at run time.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import { ROOT } from './helpers.ts';

/** The stages in pipeline order; a module may import from its own stage and the ones before it. */
export const STAGES: [string, string[]][] = [
  ['base', ['paths.ts', 'errors.ts', 'version.ts', 'debug.ts', 'io', 'cache.ts']],
  ['clean', ['clean']],
  ['config', ['book']],
  ['typeset', ['typeset']],
  ['browser', ['browser']],
  ['pdf', ['pdf']],
  ['epub', ['epub']],
  ['print', ['print']],
  ['review', ['review']],
  ['eval', ['eval']],
  ['commands', ['build.ts', 'check.ts', 'watch.ts', 'preview.ts', 'cli.ts', 'index.ts']],
];

function stageOf(file: string): number {
  const top = relative(join(ROOT, 'src'), join(ROOT, file)).split('/')[0]!;
  const at = STAGES.findIndex(([, parts]) => parts.includes(top));
  assert.ok(at >= 0, `${file} belongs to no stage: add it to STAGES and to the README`);
  return at;
}

const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
const built = await esbuild.build({ absWorkingDir: ROOT, entryPoints: files, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', outdir: 'out', logLevel: 'silent' });
const edges = new Map(Object.entries(built.metafile.inputs).filter(([f]) => f.startsWith('src/')).map(([f, v]) => [f, v.imports.map((i) => i.path).filter((p) => p.startsWith('src/'))]));

test('every module of src/ is read', () => {
  assert.ok(edges.size >= files.length - 5, `${edges.size} of ${files.length}`);
});

test('no import circle in src/', () => {
  // Tarjan's strongly connected components: any of more than one module is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const circles: string[][] = [];
  let n = 0;
  const visit = (v: string) => {
    index.set(v, n);
    low.set(v, n++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      on.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (edges.get(v) ?? []).includes(v)) circles.push(part);
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  assert.deepEqual(circles, []);
});

test('no module imports from a later stage', () => {
  const back: string[] = [];
  for (const [from, tos] of edges) {
    for (const to of tos) if (stageOf(to) > stageOf(from)) back.push(`${from} (${STAGES[stageOf(from)]![0]}) → ${to} (${STAGES[stageOf(to)]![0]})`);
  }
  assert.deepEqual(back, []);
});

/** A module's imports as written, type-only ones included: paths from the root. */
function writtenImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.\.?\/[^']+)'/gms)].map((m) => join(dirname(file), m[1]!));
}

test('the two writers are siblings: the EPUB takes nothing from the PDF writer, not even a type', () => {
  // What the EPUB needs of the print (where its pages begin) is said in the tree's terms (src/typeset/page-start.ts).
  const taken = files.filter((f) => f.startsWith('src/epub/')).flatMap((f) => writtenImports(f).filter((to) => to.startsWith('src/pdf/')).map((to) => `${f} → ${to}`));
  assert.deepEqual(taken, []);
});

test('the code that runs in the page imports only itself and the contract both sides share', () => {
  const allowed = (to: string) => to.startsWith('src/pdf/in-page/') || to === 'src/pdf/page-contract.ts' || to === 'src/typeset/page-start.ts';
  const stray = files.filter((f) => f.startsWith('src/pdf/in-page/')).flatMap((f) => writtenImports(f).filter((to) => !allowed(to)).map((to) => `${f} → ${to}`));
  assert.deepEqual(stray, []);
  // And no Node module imports the page code (it is type-checked against the DOM, src/ without it).
  const into = files.filter((f) => !f.startsWith('src/pdf/in-page/')).flatMap((f) => writtenImports(f).filter((to) => to.startsWith('src/pdf/in-page/')).map((to) => `${f} → ${to}`));
  assert.deepEqual(into, []);
});

test('tests make their temporary folders through tempDir, which removes them when the file\'s tests end', () => {
  const dir = join(ROOT, 'tests');
  const direct = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'helpers.ts')
    .filter((f) => /\bmkdtemp(?:Sync)?\(/.test(readFileSync(join(dir, f), 'utf8')));
  assert.deepEqual(direct, []);
});
