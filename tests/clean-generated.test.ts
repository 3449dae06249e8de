// Properties on generated inputs: the fixtures in the repository (and the shared corpus where present),
// mutated the way scrapes differ — lines split inside words, blank lines, stray spaces of every kind,
// HTML and entities, Markdown marks, metadata labels, paragraph marks, duplicated lines, truncation.
// Seeded, so that a failure names an input that can be made again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { cleanText } from '../src/clean/pipeline.ts';
import { UserError } from '../src/errors.ts';
import { SEEDS, corpusFiles, fixtureSources, missingHan } from './helpers.ts';

const bases = [...SEEDS, ...fixtureSources, ...corpusFiles].map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));

function generator(seed: number) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const at = (t: string) => Math.floor(rnd() * (t.length + 1));
  const insert = (t: string, piece: string) => { const i = at(t); return t.slice(0, i) + piece + t.slice(i); };
  const mild = [
    (t: string) => insert(t, '\n'),
    (t: string) => insert(t, '\n\n'),
    (t: string) => insert(t, pick([' ', '  ', '\u3000', '\u00a0', '\t', '\u200b'])),
  ];
  const wild = [
    ...mild,
    (t: string) => insert(t, pick(['<br>', '<p>', '</p>', '&nbsp;', '&amp;', '**', '# ', '- ', '> ', '|', '（完）', '责任编辑：', '来源：', '▲', '"', '?', '??', '\u0093', '\ue40c', '——', '1,', '记者 ', '原标题：', '(微博)'])),
    (t: string) => { const ls = t.split('\n'); const i = Math.floor(rnd() * ls.length); ls.splice(i, 0, ls[i]!); return ls.join('\n'); },
    (t: string) => t.slice(0, at(t)),
  ];
  return (kinds: 'mild' | 'wild') => {
    const base = pick(bases);
    let text = base.text;
    const n = 1 + Math.floor(rnd() * 4);
    for (let j = 0; j < n; j++) text = pick(kinds === 'mild' ? mild : wild)(text);
    return { name: base.name, text };
  };
}

function clean(text: string) {
  try {
    return cleanText({ path: 'generated.txt', text, encoding: 'utf-8', sha256: '' });
  } catch (err) {
    if (err instanceof UserError) return undefined; // broken front matter: a one-line error by design
    throw err;
  }
}

test('generated inputs: every Han character is in the edition, its front matter or the report (400 inputs)', () => {
  const next = generator(20261202);
  for (let k = 0; k < 400; k++) {
    const { name, text } = next('wild');
    const r = clean(text);
    if (!r) continue;
    const removed = r.changes.filter((c) => c.kind === 'removed').map((c) => c.text).join('\n');
    assert.equal(missingHan(text, `${r.markdown}\n${removed}`), '', `input ${k} (from ${name}) lost characters`);
  }
});

test('generated inputs: cleaning a clean edition again changes nothing (300 inputs with split lines and stray spaces)', () => {
  const next = generator(7);
  for (let k = 0; k < 300; k++) {
    const { name, text } = next('mild');
    const r = clean(text);
    if (!r) continue;
    const again = cleanText({ path: 'again.md', text: r.markdown, encoding: 'utf-8', sha256: '' });
    assert.equal(again.markdown, r.markdown, `input ${k} (from ${name}) is not idempotent`);
  }
});
