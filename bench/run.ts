// `npm run bench`: throughput of the clean stage on a synthetic corpus of at
// least 10 MB built from the seeds. A benchmark, not a test: it reports, it
// does not pass or fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../src/clean/pipeline.ts';
import { writeAtomic } from '../src/io/files.ts';

const root = new URL('..', import.meta.url).pathname;
const seeds = ['000_9263f738cee7a8ed.txt', '001_ec090317ee671a83.txt'].map((f) => readFileSync(join(root, 'sources', f), 'utf8'));

function corpus(minBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    // Vary each copy so that dedupe does not make the later ones trivial.
    const s = seeds[i % seeds.length]!.replace(/习近平/g, `习近平${i % 97}`);
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return parts.join('\n\n');
}

const text = corpus(10 * 1024 * 1024);
const mb = Buffer.byteLength(text) / 1e6;
cleanText({ path: 'warmup.txt', text: seeds.join('\n\n'), encoding: 'utf-8', sha256: '' });
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  cleanText({ path: 'bench.txt', text, encoding: 'utf-8', sha256: '' });
  runs.push((performance.now() - t0) / 1000);
}
const best = Math.min(...runs);
const rows = [
  '| stage | input | best of 3 | throughput |',
  '|---|---:|---:|---:|',
  `| clean | ${mb.toFixed(1)} MB | ${best.toFixed(2)} s | ${(mb / best).toFixed(2)} MB/s |`,
];
const table = rows.join('\n');
process.stdout.write(`${table}\n`);
await writeAtomic(join(root, 'output/bench/clean.md'), `${table}\n`);
await writeAtomic(join(root, 'output/bench/clean.json'), `${JSON.stringify({ stage: 'clean', megabytes: mb, seconds: runs, mbPerSecond: mb / best }, null, 2)}\n`);
