// `npm run bench`: a benchmark, not a test — it reports, it does not pass or fail.
//
// 0. Start-up: `dingben --help` and `dingben clean` of one seed, compiled (dist/) and through tsx.
// 1. The clean stage's throughput on a synthetic corpus of more than 10 MB built from the seeds.
// 2. Books of about 6, 60, 300, 600 and 1,200 pages (the first seed repeated as chapters): wall
//    time and peak memory (Node and Chromium together) of each stage — clean, HTML, PDF, EPUB —
//    and, on the same HTML, CSS, fonts and Chromium, the peers: pagedjs-cli, vivliostyle build,
//    and Chromium's own page.pdf() without a pagination polyfill as the floor.
//
// Writes output/bench/bench.{md,json} and output/bench/bench.svg.
// Options: --sizes 6,60  --no-peers  --peer-timeout SECONDS
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateBook, type BookConfig } from '../src/book/config.ts';
import { bookSlug, buildDate } from '../src/build.ts';
import { cleanFile } from '../src/clean/clean-file.ts';
import { cleanText } from '../src/clean/pipeline.ts';
import { buildEpub } from '../src/epub/index.ts';
import { writeAtomic } from '../src/io/files.ts';
import { bookDocument } from '../src/pdf/book-document.ts';
import { findChromium, launchBrowser, lockedPage, urlFor } from '../src/browser/browser.ts';
import { renderChapter, type Chapter } from '../src/typeset/chapter.ts';
import { FONTS, fontFaceRule } from '../src/typeset/fonts.ts';
import { renderPdf } from '../src/pdf/pdf.ts';

const { values: args } = parseArgs({ options: { sizes: { type: 'string' }, 'no-peers': { type: 'boolean' }, 'peer-timeout': { type: 'string' } } });
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'output/bench');
const work = join(outDir, 'work');
const seed = join(root, 'sources/000_9263f738cee7a8ed.txt');
const SIZES = (args.sizes ?? '6,60,300,600,1200').split(',').map(Number);
const PEER_TIMEOUT = Number(args['peer-timeout'] ?? 900) * 1000;

// ---------- measuring ----------

/**
 * Memory of a process and all its descendants, in MB: the sum of their PSS
 * (proportional set size, /proc/PID/smaps_rollup), so pages Chromium's
 * processes share are counted once, not once per process as RSS would.
 */
async function treeRss(pid: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      const rollup = await readFile(`/proc/${entry}/smaps_rollup`, 'utf8').catch(() => '');
      rss.set(Number(entry), Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [p] of rss) {
    let q: number | undefined = p;
    while (q && q !== pid) q = parents.get(q);
    if (q === pid) total += rss.get(p)!;
  }
  return total / 1024;
}

interface Measured<T> { seconds: number; peakMb: number; value: T }

async function measure<T>(pid: number, fn: () => Promise<T>): Promise<Measured<T>> {
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await treeRss(pid));
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  const t0 = performance.now();
  try {
    const value = await fn();
    return { seconds: (performance.now() - t0) / 1000, peakMb: peak, value };
  } finally {
    sampling = false;
    await sampler;
    peak = Math.max(peak, await treeRss(pid));
  }
}

/**
 * `dingben build --watch`: the first build's time, then for each of `edits` edits of `source` (a sentence
 * changed), the time from the write to the build's report on stderr.
 */
async function watchRebuilds(bookFile: string, out: string, source: string, edits: number): Promise<{ first: number; edits: number[] }> {
  await rm(out, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'bin/dingben.js'), 'build', bookFile, '-o', out, '--watch'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let waiting: (() => void) | undefined;
  child.stderr.on('data', (d) => {
    stderr += String(d);
    if (/^built in /m.test(stderr)) {
      stderr = '';
      waiting?.();
    }
  });
  const built = () => new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('dingben build --watch: no build report')), PEER_TIMEOUT);
    waiting = () => {
      clearTimeout(timer);
      waiting = undefined;
      done();
    };
  });
  try {
    let t = performance.now();
    await built();
    const first = (performance.now() - t) / 1000;
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const text = await readFile(source, 'utf8');
      t = performance.now();
      const next = built();
      await writeFile(source, text.replace(/这是编辑时补上的[^。]*。/, `这是编辑时补上的第${i + 2}句话。`));
      await next;
      times.push((performance.now() - t) / 1000);
    }
    return { first, edits: times };
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.once('close', done));
  }
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Measured<number | null>> {
  return new Promise((resolveRun) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    let peak = 0;
    const timer = setInterval(async () => (peak = Math.max(peak, await treeRss(child.pid!))), 200);
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(kill);
      if (code !== 0) process.stderr.write(`  ${cmd} ${argv[0] ?? ''}: exit ${code} ${stderr.split('\n').slice(-3).join(' ')}\n`);
      resolveRun({ seconds: (performance.now() - t0) / 1000, peakMb: peak + 0, value: code });
    });
  });
}

// ---------- the books ----------

function book(chapters: number, dir: string): BookConfig {
  return validateBook(join(dir, 'book.yaml'), {
    title: '基准测试',
    editor: 'dingben',
    date: '2020-03-11',
    chapters: Array.from({ length: chapters }, () => ({ file: seed, publisher: '新华社', date: '2020-02-10' })),
    outputs: ['clean', 'pdf', 'epub'],
  });
}

interface Row {
  target: number;
  chapters: number;
  pages: number;
  clean: number; html: number; pdf: number; epub: number;
  peakMb: number;
  pagesPerSecond: number;
  /** `dingben build` of the book (clean editions, PDF, EPUB) in a process of its own: seconds and peak MB. */
  build?: number;
  buildMb?: number;
  floor?: number; pagedjsCli?: number; vivliostyle?: number;
  floorMb?: number; pagedjsCliMb?: number; vivliostyleMb?: number;
}

async function benchBook(target: number, chapters: number): Promise<Row> {
  const dir = join(work, String(target));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const b = book(chapters, dir);
  const date = buildDate(b);
  process.stderr.write(`${target} pages (${chapters} chapters)\n`);

  const clean = await measure(process.pid, () => Promise.all(b.chapters.map((c) => cleanFile(c.path))));
  const html = await measure(process.pid, async () => {
    const rendered = clean.value.map((c, i) => renderChapter(c.markdown, `ch-${i + 1}`, c.slug));
    return rendered;
  });
  const chaptersHtml: Chapter[] = html.value;
  const pdf = await measure(process.pid, () => renderPdf(b, chaptersHtml, join(dir, `${bookSlug(b)}.pdf`), { date, timeoutMs: 1_800_000 }));
  const browser = await launchBrowser();
  const epub = await measure(process.pid, () => buildEpub(b, chaptersHtml, pdf.value.pageStarts, join(dir, `${bookSlug(b)}.epub`), date, browser));
  await browser.close();
  const row: Row = {
    target, chapters, pages: pdf.value.pages,
    clean: clean.seconds, html: html.seconds, pdf: pdf.seconds, epub: epub.seconds,
    peakMb: Math.max(clean.peakMb, html.peakMb, pdf.peakMb, epub.peakMb),
    pagesPerSecond: pdf.value.pages / pdf.seconds,
  };
  // The whole `dingben build` as a user runs it, in a process of its own: its peak memory is the build's
  // alone (Node and Chromium), not the benchmark's.
  await writeFile(join(dir, 'cli-book.yaml'), `title: 基准测试\neditor: dingben\ndate: 2020-03-11\nchapters:\n${b.chapters.map((c) => `  - file: ${c.path}`).join('\n')}\n`);
  const whole = await run(process.execPath, [join(root, 'bin/dingben.js'), 'build', join(dir, 'cli-book.yaml'), '-o', join(dir, 'cli-out'), '--no-cache'], {}, PEER_TIMEOUT);
  row.build = whole.seconds;
  row.buildMb = whole.peakMb;
  process.stderr.write(`  dingben: clean ${row.clean.toFixed(2)} s, html ${row.html.toFixed(2)} s, pdf ${row.pdf.toFixed(2)} s, epub ${row.epub.toFixed(2)} s, ${row.pages} pages; whole build ${whole.seconds.toFixed(2)} s, peak ${whole.peakMb.toFixed(0)} MB\n`);
  if (!args['no-peers']) await peers(b, chaptersHtml, dir, row);
  return row;
}

/** The same book for the peers: our HTML, CSS and fonts, without Paged.js. */
async function peers(b: BookConfig, chapters: Chapter[], dir: string, row: Row): Promise<void> {
  // The fonts beside the page, by relative address: our locked page serves its folder only, and the peers read it too.
  await mkdir(join(dir, 'fonts'), { recursive: true });
  await Promise.all(FONTS.map((f) => copyFile(f.path, join(dir, 'fonts', basename(f.path)))));
  const fontFaces = FONTS.map((f) => fontFaceRule(f, `fonts/${basename(f.path)}`, 'truetype')).join('');
  await copyFile(join(root, 'styles/book.css'), join(dir, 'book.css'));
  const html = join(dir, 'peer.html');
  await writeFile(html, bookDocument(b, chapters, { stylesheet: 'book.css', fontFaces }));
  const chromium = findChromium();

  // The floor: Chromium's own pagination, no polyfill (so no running heads or contents numbers).
  const floor = await measure(process.pid, async () => {
    const handle = await launchBrowser();
    try {
      const page = await lockedPage(handle.browser, dir, []);
      await page.goto(urlFor(page, html), { waitUntil: 'load', timeout: PEER_TIMEOUT });
      await page.evaluate(async () => { await document.fonts.ready; });
      await writeAtomic(join(dir, 'floor.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: PEER_TIMEOUT }));
    } finally {
      await handle.close();
    }
  });
  row.floor = floor.seconds;
  row.floorMb = floor.peakMb;

  const cli = await run(process.execPath, [join(root, 'node_modules/pagedjs-cli/src/cli.js'), html, '-o', join(dir, 'pagedjs-cli.pdf'), '-t', String(PEER_TIMEOUT), '--browserArgs', '--no-sandbox,--allow-file-access-from-files'], { PUPPETEER_EXECUTABLE_PATH: chromium }, PEER_TIMEOUT);
  if (cli.value === 0) {
    row.pagedjsCli = cli.seconds;
    row.pagedjsCliMb = cli.peakMb;
  }
  const viv = await run(process.execPath, [join(root, 'node_modules/@vivliostyle/cli/dist/cli.js'), 'build', html, '-o', join(dir, 'vivliostyle.pdf'), '--single-doc', '--executable-browser', chromium, '--timeout', String(Math.round(PEER_TIMEOUT / 1000)), '--log-level', 'silent'], {}, PEER_TIMEOUT);
  if (viv.value === 0) {
    row.vivliostyle = viv.seconds;
    row.vivliostyleMb = viv.peakMb;
  }
  process.stderr.write(`  floor ${row.floor.toFixed(2)} s, pagedjs-cli ${row.pagedjsCli?.toFixed(2) ?? 'failed'} s, vivliostyle ${row.vivliostyle?.toFixed(2) ?? 'failed'} s\n`);
}

// ---------- the clean stage alone ----------

interface Throughput { mb: number; mbPerSecond: number; peakMb: number; label: string }

/** One text of more than 10 MB, made of copies of `texts` that differ, so that dedupe keeps them all. */
function corpusOf(texts: string[], vary: (s: string, i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, bytes = 0; bytes < 10 * 1024 * 1024; i++) {
    const s = vary(texts[i % texts.length]!, i);
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return parts.join('\n\n');
}

async function cleanThroughput(label: string, text: string): Promise<Throughput> {
  const mb = Buffer.byteLength(text) / 1e6;
  let best = Infinity;
  let peakMb = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    cleanText({ path: 'bench.txt', text, encoding: 'utf-8', sha256: '' });
    best = Math.min(best, (performance.now() - t0) / 1000);
    // The clean stage runs synchronously, so no sampler can run beside it: the process's own high-water mark.
    peakMb = Math.max(peakMb, process.resourceUsage().maxRSS / 1024);
  }
  return { mb, mbPerSecond: mb / best, peakMb, label };
}

async function cleanThroughputs(): Promise<Throughput[]> {
  const seeds = await Promise.all(['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt'].map((f) => readFile(join(root, 'sources', f), 'utf8')));
  const out = [await cleanThroughput('the seeds', corpusOf(seeds, (s, i) => s.replace(/习近平/g, `习近平${i % 97}`)))];
  // The shared corpus, when it stands beside the repository: fifteen publishers' real scrapes, not two articles.
  const dir = join(root, '../shared/corpus');
  const names = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md').map((n) => readFile(join(dir, n), 'utf8')));
  if (texts.length > 0) out.push(await cleanThroughput('the shared corpus', corpusOf(texts.map((t) => t.replace(/^---\n[^]*?\n---\n/, '')), (s, i) => s.replace('。', `。第${i}次。`))));
  return out;
}

// ---------- start-up ----------

interface Startup { label: string; bundle: number; sources: number }

/** Wall time of one command, the median of five runs: the compiled bundle beside the sources through tsx. */
async function startups(): Promise<Startup[]> {
  const median = async (argv: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await run(process.execPath, argv, {}, 60_000)).seconds);
    return times.sort((a, b) => a - b)[2]!;
  };
  const cases: [string, string[]][] = [['dingben --help', ['--help']], ['dingben clean (one seed)', ['clean', seed]]];
  const out: Startup[] = [];
  for (const [label, args] of cases) {
    out.push({ label, bundle: await median([join(root, 'dist/cli.js'), ...args]), sources: await median(['--import', 'tsx', join(root, 'src/cli.ts'), ...args]) });
  }
  return out;
}

// ---------- report ----------

const f = (n: number | undefined, d = 2) => (n === undefined ? '—' : n.toFixed(d));

function table(rows: Row[], cleans: Throughput[], starts: Startup[]): string {
  const lines = [
    ...starts.map((t) => `Start-up, ${t.label}: ${t.bundle.toFixed(2)} s compiled (dist/), ${t.sources.toFixed(2)} s from the TypeScript sources through tsx (median of 5; target ≤ 0.3 s).`),
    ...cleans.map((c) => `Clean stage: ${c.mbPerSecond.toFixed(2)} MB/s on ${c.mb.toFixed(1)} MB of ${c.label} (one core, best of 3; peak memory ${c.peakMb.toFixed(0)} MB).`),
    '',
    '| pages | chapters | clean s | HTML s | PDF s | EPUB s | whole build s | whole build peak MB | PDF pages/s | Chromium page.pdf s | pagedjs-cli s | vivliostyle s | PDF ÷ pagedjs-cli |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.pages} | ${r.chapters} | ${f(r.clean)} | ${f(r.html)} | ${f(r.pdf)} | ${f(r.epub)} | ${f(r.build)} | ${f(r.buildMb, 0)} | ${f(r.pagesPerSecond, 1)} | ${f(r.floor)} | ${f(r.pagedjsCli)} | ${f(r.vivliostyle)} | ${r.pagedjsCli ? f(r.pdf / r.pagedjsCli) : '—'} |`),
  ];
  const r600 = rows.find((r) => r.target === 600);
  const r1200 = rows.find((r) => r.target === 1200);
  lines.push('', 'Targets of the performance issue, as ratios in this run:');
  if (r600?.pagedjsCli) lines.push(`- 600-page PDF ÷ pagedjs-cli: ${f(r600.pdf / r600.pagedjsCli)} (target ≤ 0.5)`);
  if (r600 && r1200) lines.push(`- 1,200-page PDF ÷ 600-page PDF: ${f(r1200.pdf / r600.pdf)} (target ≤ 2.1)`);
  if (r1200) lines.push(`- peak memory of the whole build at 1,200 pages: ${f(r1200.buildMb, 0)} MB (target ≤ 1,536)`);
  if (r600) lines.push(`- EPUB of the 600-page book: ${f(r600.epub)} s (target ≤ 3)`);
  for (const c of cleans) lines.push(`- clean stage on ${c.label}: ${c.mbPerSecond.toFixed(2)} MB/s (target ≥ 5)`);
  return lines.join('\n');
}

function chart(rows: Row[]): string {
  const W = 640, H = 400, L = 60, B = 40, T = 20, R = 150;
  const series: [string, string, (r: Row) => number | undefined][] = [
    ['dingben (Paged.js)', '#8c1c13', (r) => r.pdf],
    ['pagedjs-cli', '#1f77b4', (r) => r.pagedjsCli],
    ['vivliostyle build', '#2ca02c', (r) => r.vivliostyle],
    ['Chromium page.pdf()', '#7f7f7f', (r) => r.floor],
  ];
  const maxX = Math.max(...rows.map((r) => r.pages));
  const maxY = Math.max(1, ...rows.flatMap((r) => series.map(([, , g]) => g(r) ?? 0)));
  const x = (v: number) => L + (v / maxX) * (W - L - R);
  const y = (v: number) => H - B - (v / maxY) * (H - B - T);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#000"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#000"/>`,
    `<text x="${(W - R + L) / 2}" y="${H - 8}" text-anchor="middle">pages</text>`,
    `<text x="14" y="${(H - B + T) / 2}" transform="rotate(-90 14 ${(H - B + T) / 2})" text-anchor="middle">seconds (wall)</text>`];
  for (let i = 0; i <= 4; i++) {
    const v = (maxY * i) / 4;
    parts.push(`<text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(0)}</text><line x1="${L}" y1="${y(v)}" x2="${W - R}" y2="${y(v)}" stroke="#ddd"/>`);
  }
  for (const r of rows) parts.push(`<text x="${x(r.pages)}" y="${H - B + 14}" text-anchor="middle">${r.pages}</text>`);
  series.forEach(([name, color, get], i) => {
    const pts = rows.filter((r) => get(r) !== undefined).map((r) => `${x(r.pages).toFixed(1)},${y(get(r)!).toFixed(1)}`);
    if (pts.length) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(' ')}"/>`);
    parts.push(`<rect x="${W - R + 10}" y="${T + i * 18}" width="12" height="3" fill="${color}"/><text x="${W - R + 28}" y="${T + i * 18 + 5}">${name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

// ---------- main ----------

const starts = await startups();
for (const t of starts) process.stderr.write(`start-up, ${t.label}: ${t.bundle.toFixed(2)} s compiled, ${t.sources.toFixed(2)} s through tsx\n`);
const cleans = await cleanThroughputs();
for (const c of cleans) process.stderr.write(`clean stage on ${c.label}: ${c.mbPerSecond.toFixed(2)} MB/s, peak ${c.peakMb.toFixed(0)} MB\n`);
// One chapter's page count calibrates how many chapters make each size.
const calibrate = await benchBook(0, 1);
const perChapter = Math.max(1, calibrate.pages - 6);
const rows: Row[] = [];
for (const target of SIZES) {
  const chapters = Math.max(1, Math.round((target - 6) / perChapter));
  rows.push(target <= calibrate.pages && chapters === 1 ? { ...calibrate, target } : await benchBook(target, chapters));
}
// Rebuilds of the 600-page book, the whole `dingben build` into the same folder: unchanged, and with
// one chapter edited (a sentence added to one paragraph of the middle chapter).
let rebuild: { full: number; unchanged: number; oneChapter: number; watchFirst: number; watchOneChapter: number } | undefined;
const r600 = rows.find((r) => r.target === 600);
if (r600) {
  const dir = join(work, 'rebuild');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const edited = join(dir, 'edited.txt');
  const original = await readFile(seed, 'utf8');
  await writeFile(edited, original);
  const middle = Math.floor(r600.chapters / 2);
  const chaptersYaml = Array.from({ length: r600.chapters }, (_, i) => `  - file: ${i === middle ? edited : seed}`).join('\n');
  await writeFile(join(dir, 'book.yaml'), `title: 基准测试\neditor: dingben\ndate: 2020-03-11\nchapters:\n${chaptersYaml}\n`);
  const cli = () => run(process.execPath, [join(root, 'bin/dingben.js'), 'build', join(dir, 'book.yaml'), '-o', join(dir, 'out')], {}, PEER_TIMEOUT);
  const full = await cli();
  const unchanged = await cli();
  await writeFile(edited, original.replace('。', '。这是编辑时补上的一句话。'));
  const oneChapter = await cli();
  // `dingben build --watch` into a fresh folder: its first build, then the same chapter edited again,
  // timed from the write to the build's report (the median of three edits).
  const watched = await watchRebuilds(join(dir, 'book.yaml'), join(dir, 'watch-out'), edited, 3);
  rebuild = { full: full.seconds, unchanged: unchanged.seconds, oneChapter: oneChapter.seconds, watchFirst: watched.first, watchOneChapter: watched.edits.sort((a, b) => a - b)[1]! };
  process.stderr.write(`rebuild of the 600-page book: full ${full.seconds.toFixed(2)} s, unchanged ${unchanged.seconds.toFixed(2)} s, one chapter edited ${oneChapter.seconds.toFixed(2)} s; --watch: first ${watched.first.toFixed(2)} s, edits ${watched.edits.map((e) => e.toFixed(2)).join(', ')} s\n`);
}

const md =
  table(rows, cleans, starts) +
  (rebuild
    ? `\n- whole \`dingben build\` of the 600-page book: ${f(rebuild.full)} s; again, unchanged: ${f(rebuild.unchanged)} s (target ≤ 2); with one chapter edited: ${f(rebuild.oneChapter)} s = ${f(rebuild.oneChapter / rebuild.full)} of the full build` +
      `\n- \`dingben build --watch\` of the same book: first build ${f(rebuild.watchFirst)} s; one chapter edited: ${f(rebuild.watchOneChapter)} s = ${f(rebuild.watchOneChapter / rebuild.full)} of the full build (target ≤ 0.2)`
    : '');
process.stdout.write(`${md}\n`);
await writeAtomic(join(outDir, 'bench.md'), `${md}\n`);
await writeAtomic(join(outDir, 'bench.json'), `${JSON.stringify({ startup: starts, clean: cleans, rows, rebuild, machine: { cpus: (await import('node:os')).cpus().length, node: process.version } }, null, 2)}\n`);
await writeAtomic(join(outDir, 'bench.svg'), chart(rows));
