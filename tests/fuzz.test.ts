// fast-check properties of the clean stage on generated sources (tests/fuzz-properties.ts): no exception
// but a one-line UserError, every encoding read back as written, nothing lost, idempotent through the
// CLI's path (tests/clean-generated.test.ts holds idempotence on layout changes with its own generator).
// A fixed seed and a few hundred runs here; `npm run fuzz -- --runs 10000` for the long run.
// Every failure ever found is kept in tests/fixtures/fuzz/ and replayed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { ROOT } from './helpers.ts';
import { ENCODINGS, property, replay } from './fuzz-properties.ts';

test('fast-check: 300 generated sources of every kind (seed 20261203): no crash, encodings read as written, nothing lost', () => {
  fc.assert(property, { seed: 20261203, numRuns: 300 });
});

test('every failure the fuzzer ever found still passes (tests/fixtures/fuzz)', () => {
  const dir = join(ROOT, 'tests/fixtures/fuzz');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const f of cases) {
    const { text, encoding, idempotent } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; encoding: (typeof ENCODINGS)[number]; idempotent: boolean };
    assert.doesNotThrow(() => replay(text, encoding, idempotent), f);
  }
});
