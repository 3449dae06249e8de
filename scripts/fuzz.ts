/**
 * `npm run fuzz -- [--runs N] [--seed S]`: the long run of the clean stage's properties
 * (tests/fuzz-properties.ts): N generated sources of every kind (no crash, encodings read as written,
 * nothing lost) and N differing in layout only (idempotent through the CLI's path). Every failure is
 * written to output/fuzz/ as JSON ({ text, encoding, idempotent, error }); once fixed, move it to
 * tests/fixtures/fuzz/ so the suite replays it for good. Exits 1 when anything failed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { check, mildSource, source, type Source } from '../tests/fuzz-properties.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string', default: String(Date.now() % 2147483647) } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
const out = join(import.meta.dirname, '..', 'output', 'fuzz');
let failed = 0;
for (const [label, arb, idempotent] of [['every kind', source, false], ['layout only', mildSource, true]] as const) {
  const t0 = performance.now();
  const kinds = new Map<string, number>();
  for (const s of fc.sample(arb, { numRuns: runs, seed }) as Source[]) {
    try {
      check(s, idempotent);
    } catch (err) {
      failed++;
      const error = err instanceof Error ? err.message : String(err);
      kinds.set(error.slice(0, 60), (kinds.get(error.slice(0, 60)) ?? 0) + 1);
      mkdirSync(out, { recursive: true });
      const id = createHash('sha256').update(s.text).update(s.encoding).digest('hex').slice(0, 12);
      writeFileSync(join(out, `${id}.json`), `${JSON.stringify({ text: s.text, encoding: s.encoding, idempotent, error, from: s.name }, null, 1)}\n`);
    }
  }
  const bad = [...kinds.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`${label}: ${runs} sources (seed ${seed}), ${bad} failures in ${((performance.now() - t0) / 1000).toFixed(1)} s${bad ? `\n${[...kinds].map(([k, n]) => `  ${n} × ${k}`).join('\n')}` : ''}\n`);
}
if (failed > 0) {
  process.stdout.write(`failures written to ${out}/\n`);
  process.exit(1);
}
