import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanText, sha256 } from '../src/clean/pipeline.ts';
import type { RuleSettings } from '../src/clean/pipeline.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES = join(ROOT, 'sources');
export const SEEDS = ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt'].map((f) => join(SOURCES, f));
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus');

/** The shared corpus lives beside the repository on developer machines and CI only. */
export const corpusFiles: string[] = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR).filter((f) => f !== 'SOURCES.md').sort().map((f) => join(CORPUS_DIR, f))
  : [];
/** Invented scrapes of other publishers' artifact classes, each with its golden edition (in the repository). */
export const FIXTURE_GOLD_DIRS = ['tests/fixtures/gold', 'tests/fixtures/gold-b', 'tests/fixtures/gold-c', 'tests/fixtures/gold-d', 'tests/fixtures/gold-e', 'tests/fixtures/gold-f', 'tests/fixtures/gold-g', 'tests/fixtures/gold-h', 'tests/fixtures/gold-i', 'tests/fixtures/gold-j', 'tests/fixtures/gold-k', 'tests/fixtures/gold-l', 'tests/fixtures/gold-m', 'tests/fixtures/gold-n', 'tests/fixtures/gold-o', 'tests/fixtures/gold-p', 'tests/fixtures/gold-q', 'tests/fixtures/gold-r', 'tests/fixtures/gold-s', 'tests/fixtures/gold-t', 'tests/fixtures/gold-u', 'tests/fixtures/gold-v', 'tests/fixtures/gold-w', 'tests/fixtures/gold-x', 'tests/fixtures/gold-y', 'tests/fixtures/gold-z', 'tests/fixtures/gold-za', 'tests/fixtures/gold-zb', 'tests/fixtures/gold-zc', 'tests/fixtures/gold-zd', 'tests/fixtures/gold-ze', 'tests/fixtures/gold-zf', 'tests/fixtures/gold-zg', 'tests/fixtures/gold-zh', 'tests/fixtures/gold-zi', 'tests/fixtures/gold-zj', 'tests/fixtures/gold-zk', 'tests/fixtures/gold-zl', 'tests/fixtures/gold-zm', 'tests/fixtures/gold-zn', 'tests/fixtures/gold-zo', 'tests/fixtures/gold-zp', 'tests/fixtures/gold-zq', 'tests/fixtures/gold-zr', 'tests/fixtures/gold-zs', 'tests/fixtures/gold-zt', 'tests/fixtures/gold-zu', 'tests/fixtures/gold-zv', 'tests/fixtures/gold-zw', 'tests/fixtures/gold-zx', 'tests/fixtures/gold-zy', 'tests/fixtures/gold-zz', 'tests/fixtures/gold-zza', 'tests/fixtures/gold-zzb', 'tests/fixtures/gold-zzc', 'tests/fixtures/gold-zzd', 'tests/fixtures/gold-zze', 'tests/fixtures/gold-zzf', 'tests/fixtures/gold-zzg', 'tests/fixtures/gold-zzh', 'tests/fixtures/gold-zzi', 'tests/fixtures/gold-zzj', 'tests/fixtures/gold-zzk', 'tests/fixtures/gold-zzl', 'tests/fixtures/gold-zzm', 'tests/fixtures/gold-zzn', 'tests/fixtures/gold-zzo', 'tests/fixtures/gold-zzp', 'tests/fixtures/gold-zzq', 'tests/fixtures/gold-zzr', 'tests/fixtures/gold-zzs', 'tests/fixtures/gold-zzt', 'tests/fixtures/gold-zzu', 'tests/fixtures/gold-zzv', 'tests/fixtures/gold-zzw', 'tests/fixtures/gold-zzx', 'tests/fixtures/gold-zzy', 'tests/fixtures/gold-zzz', 'tests/fixtures/gold-zzza', 'tests/fixtures/gold-zzzb', 'tests/fixtures/gold-zzzc', 'tests/fixtures/gold-zzzd', 'tests/fixtures/gold-zzze', 'tests/fixtures/gold-zzzf', 'tests/fixtures/gold-zzzg', 'tests/fixtures/gold-zzzh', 'tests/fixtures/gold-zzzi', 'tests/fixtures/gold-zzzj', 'tests/fixtures/gold-zzzk', 'tests/fixtures/gold-zzzl', 'tests/fixtures/gold-zzzm', 'tests/fixtures/gold-zzzn'].map((d) => join(ROOT, d));
export const fixtureSources: string[] = [...FIXTURE_GOLD_DIRS, join(ROOT, 'tests/fixtures/probes')].flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.gold.md') && f !== 'README.md').sort().map((f) => join(dir, f)) : [],
);
export const noCorpus = corpusFiles.length === 0 ? 'no ../shared/corpus on this machine' : false;

export function clean(text: string, rules?: RuleSettings) {
  return cleanText({ path: 'fixture.txt', text, encoding: 'utf-8', sha256: sha256(Buffer.from(text)), rules });
}

/** The body of a clean edition, without its front matter. */
export function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
}

export function hanMultiset(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.match(/\p{Script=Han}/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Han characters of `source` missing from `kept` (as a multiset): empty when nothing was lost. */
export function missingHan(source: string, kept: string): string {
  // Markdown writes a character as a numeric reference where emphasis next to it needs one (`**“数字”**&#x636E;`):
  // the edition holds it all the same, as its parse (and so the PDF and the EPUB) shows.
  const have = hanMultiset(kept.replace(/&#x([0-9a-f]{1,6});|&#(\d{1,7});/giu, (_, hex: string | undefined, dec: string | undefined) => String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))));
  let missing = '';
  for (const ch of source.match(/\p{Script=Han}/gu) ?? []) {
    const n = have.get(ch) ?? 0;
    if (n === 0) missing += ch;
    else have.set(ch, n - 1);
  }
  return missing;
}

// Every temporary folder a test makes goes when its test file's process exits, passed or failed
// (DINGBEN_KEEP_TMP=1 keeps them to look at a failure): 800 were left in /tmp after a few runs.
const temporary: string[] = [];
process.on('exit', () => {
  if (process.env.DINGBEN_KEEP_TMP) return;
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
});

/** A new folder `$TMPDIR/prefixXXXXXX`, removed when the test file's process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

// Each test file's CLI runs get a temporary folder of their own: a build sweeps what dead builds left in its
// temporary folder (and says so on stderr), and another test's deliberately killed build must not show there.
let privateTmp: string | undefined;
function cliEnv(): NodeJS.ProcessEnv {
  privateTmp ??= tempDir('dingben-test-tmp-');
  return { ...process.env, TMPDIR: privateTmp };
}

export function runCli(args: string[], options: { input?: string; cwd?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dingben.js'), ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', timeout: options.timeout ?? 120_000, maxBuffer: 256 * 1024 * 1024, env: cliEnv() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI without blocking the event loop (for tests that keep a child process of their own). */
export function runCliAsync(args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/dingben.js'), ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
