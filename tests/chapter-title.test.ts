// What a chapter is called in print: the book file's title, else the edition's, else its original title,
// else its place in the book — never the source's file name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderChapter, RUNNING_HEAD_MAX, shortTitle } from '../src/typeset/chapter.ts';
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

test('the running head carries a short title: the book file\'s, else the title\'s first line, else the title cut at a phrase', () => {
  assert.equal(shortTitle({ title: '以更坚定的信心更顽强的意志更果断的措施　坚决打赢疫情防控的人民战争总体战阻击战' }), '以更坚定的信心更顽强的意志更果断的措施');
  assert.equal(shortTitle({ title: '一行', title_lines: ['引题一行', '主题一行'] }), '引题一行');
  assert.equal(shortTitle({ title: '很长的标题', short_title: '短题' }), '短题');
  const long = '关于进一步加强和改进新时代基层社会治理工作的若干措施实施细则解读';
  const cut = shortTitle({ title: long });
  assert.ok([...cut].length <= RUNNING_HEAD_MAX && cut.endsWith('……') && long.startsWith(cut.slice(0, -2)), cut);
  assert.doesNotMatch(cut, /(?:基|层|治|理)……$/u, 'cut at a word\'s end, not inside 基层 or 治理');
  // The book file's short_title reaches the chapter, in the running head's attribute.
  const md = cleanText({ path: 'a.txt', text: '# ' + long + '\n\n第一段讲了一件事情，事情的经过很长很长。', encoding: 'utf-8', sha256: '', overrides: { short_title: '细则解读' } }).markdown;
  assert.match(md, /^short_title: 细则解读$/m);
  const ch = renderChapter(md, 'ch-1', '第1篇');
  assert.equal(ch.meta.short_title, '细则解读');
});

test('newspaper conventions: the 电头 runs in at the head of the first paragraph, the byline prints under the headline', async () => {
  const { toHtml } = await import('hast-util-to-html');
  const { chapterHeader } = await import('../src/typeset/chapter.ts');
  const md = '---\ntitle: 春耕时节\nbyline: 郜雨桐　詹石生\ndateline: 新华社澄江5月6日电\n---\n\n:::caption\n田间一景。\n:::\n\n记者从市农业农村局了解到，全市春播进度过半。\n\n第二段。\n';
  const ch = renderChapter(md, 'ch-1', '第1篇');
  const body = toHtml({ type: 'root', children: ch.body });
  assert.match(body, /<\/figure>\s*<p[^>]*><span class="dateline-run-in">/u, 'past the caption, into the first paragraph');
  assert.match(body.replace(/<[^>]+>/gu, ''), /^田间一景。\s*新华社澄江5月6日电\u3000记者从市农业农村局了解到/u);
  const header = toHtml(chapterHeader(ch));
  assert.match(header, /<p class="byline">郜雨桐\u3000詹石生<\/p>/u);
  assert.doesNotMatch(header, /dateline/u, 'printed once, in the text');
  // A story that opens with a heading keeps its dateline in the header.
  const headed = renderChapter('---\ntitle: 春耕时节\ndateline: 新华社澄江5月6日电\n---\n\n## 一、进度\n\n记者了解到，全市春播进度过半。\n', 'ch-2', '第2篇');
  assert.doesNotMatch(toHtml({ type: 'root', children: headed.body }), /dateline/u);
  assert.match(toHtml(chapterHeader(headed)), /<p class="dateline">新华社澄江5月6日电<\/p>/u);
});

test('a photographer\'s credit run together prints with its customary spaces; the edition keeps its own', async () => {
  const { spacedCredit } = await import('../src/typeset/chapter.ts');
  assert.equal(spacedCredit('新华社记者鞠鹏摄'), '新华社记者\u3000鞠鹏\u3000摄');
  assert.equal(spacedCredit('本报记者欧阳晓明摄'), '本报记者\u3000欧阳晓明\u3000摄');
  assert.equal(spacedCredit('新华社记者　鞠鹏　摄'), '新华社记者　鞠鹏　摄', 'spaced already');
  assert.equal(spacedCredit('视觉中国'), '视觉中国', 'no role, no change');
  const ch = renderChapter('---\ntitle: 春耕\n---\n\n:::caption{credit="新华社记者郜雨桐摄"}\n田间一景。\n:::\n\n正文一段。\n', 'ch-1', '第1篇');
  assert.match(JSON.stringify(ch.body), /新华社记者\\u3000郜雨桐\\u3000摄|新华社记者\u3000郜雨桐\u3000摄/u);
});
