// What a chapter is called in print: the book file's title, else the edition's, else its original title,
// else its place in the book — never the source's file name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderChapter } from '../src/typeset/chapter.ts';
import { cleanText } from '../src/clean/pipeline.ts';

const untitledSource = '第一段讲了一件事情，事情的经过很长很长，说了不少。\n\n第二段接着讲，讲到结尾。';

function edition(text: string) {
  return cleanText({ path: 'sources/0042_abcdef.txt', text, encoding: 'utf-8', sha256: '' }).markdown;
}

test('an edition with no title is printed under the fallback, not its file name', () => {
  const md = edition(untitledSource);
  assert.doesNotMatch(md, /^title:/m);
  const ch = renderChapter(md, 'ch-3', '第3篇');
  assert.equal(ch.meta.title, '第3篇');
  assert.ok(!JSON.stringify(ch.body).includes('0042_abcdef'));
});

test("the book file's title overrides the edition's title and its title lines", () => {
  const md = edition('# 原来的标题\n\n正文一段，讲了事情。');
  assert.equal(renderChapter(md, 'ch-1', '第1篇').meta.title, '原来的标题');
  const ch = renderChapter(md, 'ch-1', '第1篇', '编者定的标题');
  assert.equal(ch.meta.title, '编者定的标题');
  assert.equal(ch.meta.title_lines, undefined);
});

test('an edition with only an original title is printed under it', () => {
  const md = edition('（原标题：报纸上的标题）\n\n正文一段，讲了事情，讲了很久很久很久。');
  assert.match(md, /^original_title: 报纸上的标题$/m);
  assert.equal(renderChapter(md, 'ch-1', '第1篇').meta.title, '报纸上的标题');
});
