// Each clean rule's examples, found by its name (as remark-gfm keeps its fixtures): tests/fixtures/rules/<rule>/
// holds cases `<case>.input.txt` (or `.input.md`, `.input.html`) and `<case>.output.md`, the clean edition of the
// input without its provenance block. Every case must name its folder's rule in the change report: a case shows
// its rule at work. `DINGBEN_UPDATE_RULE_FIXTURES=1 npx tsx --test tests/rule-fixtures.test.ts` writes the outputs
// of new cases (an author reads each before committing it); it never overwrites one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, RULES, sha256 } from '../src/clean/pipeline.ts';
import { READERS } from '../src/clean/readers/index.ts';
import { ROOT } from './helpers.ts';

const DIR = join(ROOT, 'tests/fixtures/rules');
const IDS = new Set([...RULES.map((r) => r.id), ...READERS.map((r) => r.id)]);
const INPUT = /^(.+)\.input\.(txt|md|html)$/u;

/** The clean edition without its provenance block (the file name and the hash say nothing of a rule). */
function withoutProvenance(markdown: string): string {
  return markdown.replace(/^provenance:\n(?: {2}.*\n)+/mu, '');
}

const rules = existsSync(DIR) ? readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

test('the rule fixtures: every folder is named by a rule id, and holds cases with their outputs', () => {
  assert.ok(rules.length >= 10, `${rules.length} rules have fixtures`);
  for (const rule of rules) {
    assert.ok(IDS.has(rule), `tests/fixtures/rules/${rule}: no rule or reader has this id`);
    const files = readdirSync(join(DIR, rule));
    const inputs = files.filter((f) => INPUT.test(f));
    assert.ok(inputs.length > 0, `tests/fixtures/rules/${rule}: no case`);
    for (const f of files) assert.ok(INPUT.test(f) || /\.output\.md$/u.test(f), `tests/fixtures/rules/${rule}/${f}: neither an input nor an output`);
  }
});

for (const rule of rules) {
  for (const f of readdirSync(join(DIR, rule)).filter((name) => INPUT.test(name)).sort()) {
    const [, name, ext] = INPUT.exec(f)!;
    test(`rule fixture ${rule}/${name}`, () => {
      const text = readFileSync(join(DIR, rule, f), 'utf8');
      const r = cleanText({ path: `${name}.${ext}`, text, encoding: 'utf-8', sha256: sha256(Buffer.from(text)) });
      const got = withoutProvenance(r.markdown);
      const out = join(DIR, rule, `${name}.output.md`);
      if (!existsSync(out) && process.env.DINGBEN_UPDATE_RULE_FIXTURES === '1') writeFileSync(out, got);
      assert.ok(existsSync(out), `${rule}/${name}: no ${name}.output.md`);
      assert.equal(got, readFileSync(out, 'utf8'), `${rule}/${name}: the clean edition differs from ${name}.output.md`);
      assert.ok(r.changes.some((c) => c.rule === rule), `${rule}/${name}: the report names no change of ${rule}`);
    });
  }
}
