// A long source is parsed in pieces (src/clean/parse.ts); the tree must be the one the whole text gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from '../src/clean/block-directives.ts';
import remarkGfmTable from '../src/clean/gfm-table.ts';
import { cutPoints, parseInPieces } from '../src/clean/parse.ts';
import { SEEDS, corpusFiles, fixtureSources } from './helpers.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkGfmTable);
const parse = (t: string) => processor.parse(t) as Root;
const same = (text: string, piece: number) => {
  const whole = parse(text);
  const pieces = parseInPieces(text, parse, piece);
  delete whole.position;
  delete pieces.position;
  assert.deepEqual(pieces, whole);
};

// Blocks that run on across a blank line, or that a piece would read differently on its own.
const TRICKY = [
  '---\ntitle: 某\n---\n\n第一段。\n\n---\n\n第二段。',
  '第一段。\n\n```\n代码\n\n还是代码\n```\n\n第二段。',
  '第一段。\n\n- 甲\n\n- 乙\n\n  乙的续行\n\n第二段。',
  '第一段。\n\n<!-- 注释\n\n还在注释里 -->\n\n第二段。',
  '第一段。\n\n:::pullquote\n引语\n\n还是引语\n:::\n\n第二段。',
  '第一段。\n\n    缩进代码\n\n    还是缩进代码\n\n第二段。',
  '第一段。\n\n> 引文\n\n> 又一段引文\n\n第二段。',
  '| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n\n第二段。\n\n1. 一\n\n2. 二\n\n第三段。',
  '[链接][a]\n\n第二段。\n\n[a]: https://example.com\n\n第三段。',
  '标题\n\n===\n\n第二段。\n\n***\n\n第三段。',
];

test('parse in pieces: every fixture, the seeds, the corpus and the tricky cases give the tree of the whole text', () => {
  const texts = [...SEEDS, ...fixtureSources, ...corpusFiles].map((p) => readFileSync(p, 'utf8').replace(/\r\n?/g, '\n'));
  texts.push(texts.join('\n\n'), ...TRICKY, TRICKY.join('\n\n'));
  let cuts = 0;
  for (const t of texts) {
    for (const piece of [1, 64, 4096]) same(t, piece);
    cuts += cutPoints(t, 1).length;
  }
  assert.ok(cuts > 500, `the texts were cut (${cuts} cuts), so the comparison tested something`);
});

test('parse in pieces: no cut inside a fence, a container, an HTML comment, a list or after a front-matter fence', () => {
  for (const t of TRICKY.slice(0, 7)) {
    const inside = t.slice(t.indexOf('\n\n') + 2, t.lastIndexOf('\n\n'));
    for (const c of cutPoints(t, 1)) assert.ok(c <= t.indexOf(inside) || c > t.indexOf(inside) + inside.length, `${JSON.stringify(t)} cut at ${c}`);
  }
});

// Plain blocks are made paragraphs without micromark (src/clean/parse.ts): generated texts over an alphabet of
// every character and line start that could make a block something else hold the two paths to one tree.
const PARTS = ['救死扶伤', '。', '，', '：', ':', '　', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\n　\n', '-', '- ', '*', '_', '#', '# ',
  '>', '<', '<br>', '<!--', '-->', '&amp;', '&', '\\', '`', '```', '~~~', ':::', ':::caption', '[', ']', '](a)', '!', '|', '| --- |',
  'a_b', '_', '__', 'x_', '&#39;', '&#x4E2D;', '&copy;', '&nosuch;', 'M&G', 'a=1&b=2', '&1;', '1. ', '1)', '2023.', '===', '---', '***', '+ ', '15:21', 'http://a.b/c', '𠀀', 'é', '\u00a0', '\u200b', 'A', '9', '(', ')', '"', "'"];
test('parse in pieces: generated texts give the tree micromark gives, plain blocks included', async () => {
  const fc = (await import('fast-check')).default;
  let plain = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }), fc.constantFrom(1, 16, 4096), (parts, piece) => {
      const text = parts.join('');
      same(text, piece);
      let parsed = 0;
      parseInPieces(text, (t) => ((parsed += t.length), parse(t)), piece);
      if (parsed < text.length) plain++;
    }),
    { numRuns: 3000, seed: 20261204 },
  );
  assert.ok(plain > 300, `${plain} of the generated texts had a block made without micromark`);
});

test('parse in pieces: the plain blocks of a scrape are not handed to micromark', () => {
  // The seeds are plain text with a few lines of link debris (the corpus's HTML and PDF pages mostly are not).
  const text = SEEDS.map((p) => readFileSync(p, 'utf8').replace(/\r\n?/g, '\n')).join('\n\n');
  let parsed = 0;
  parseInPieces(text, (t) => ((parsed += t.length), parse(t)));
  assert.ok(parsed < text.length / 4, `micromark read ${parsed} of ${text.length} characters`);
});
