// The package as a user gets it: the compiled command line (dist/, which bin/dingben.js runs when it is newer
// than every source) says and does what the TypeScript sources do, and `import 'dingben'` is a library.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

test('the set-up compiled the command line, newer than every source', () => {
  const built = statSync(join(ROOT, 'dist/cli.js')).mtimeMs;
  const stale = spawnSync('find', ['src', '-newer', 'dist/cli.js', '-print', '-quit'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  assert.ok(built > 0);
  assert.equal(stale, '', `${stale} is newer than dist/cli.js`);
});

test('the bundle and its build script need only runtime dependencies: `npm start` installs no others', () => {
  // npm ci --omit=dev runs scripts/build.mjs through prepare, then the bundle runs with those packages alone.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const files = [
    ...readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(ROOT, 'dist', f)),
    join(ROOT, 'scripts/build.mjs'),
  ];
  const used = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom |\bimport\(|\.resolve\()["']([^"'./][^"']*)["']/g)) {
      if (!isBuiltin(m[1]!)) used.add(/^(@[^/]+\/)?[^/]+/.exec(m[1]!)![0]);
    }
  }
  assert.ok(used.has('puppeteer-core') && used.has('pagedjs') && used.has('esbuild'), 'the imports are read');
  assert.deepEqual([...used].filter((p) => !(p in dependencies)), []);
});

test('the bundle and the sources print the same help and the same clean edition', () => {
  const viaBundle = node([join(ROOT, 'dist/cli.js'), 'clean', '--help']);
  const viaSources = node(['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'clean', '--help']);
  assert.equal(viaBundle.status, 0, viaBundle.stderr);
  assert.equal(viaBundle.stdout, viaSources.stdout);
  assert.match(viaBundle.stdout, /page-break +sentences split by page breaks/u, 'the rules are listed');
  const a = node([join(ROOT, 'dist/cli.js'), 'clean', SEEDS[0]!]);
  const b = node(['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'clean', SEEDS[0]!]);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
});

test("import 'dingben': clean a text, clean a file, build a book's clean editions", async () => {
  const lib = await import('dingben');
  const r = lib.clean('溪南县新建农家书屋\n\n溪南县首个农家书屋示范点近日正式对外开放，藏\n书三千余册。\n');
  assert.match(r.markdown, /^title: 溪南县新建农家书屋$/m);
  assert.match(r.markdown, /藏书三千余册。/u);
  assert.ok(r.changes.some((c) => c.rule === 'page-break'));
  const file = await lib.cleanFile(SEEDS[1]!);
  assert.equal(file.encoding, 'utf-8');
  const dir = tempDir('dingben-lib-');
  try {
    writeFileSync(join(dir, 'a.txt'), readFileSync(SEEDS[0]!));
    writeFileSync(join(dir, 'book.yaml'), 'title: 试印本\nchapters:\n  - a.txt\noutputs: [clean]\n');
    const built = await lib.build(join(dir, 'book.yaml'), { outDir: join(dir, 'out') });
    assert.equal(built.chapters.length, 1);
    assert.ok(built.files.some((f) => f.endsWith('.md')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
