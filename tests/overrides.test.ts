// Per-article overrides in the book file: `keep:` undoes one change by its id, `accept:` applies one
// suggestion, front-matter fields replace what the cleaner found, `rules:` applies to that article only;
// an id that matches nothing is a warning, a malformed one an error.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBook } from '../src/book/config.ts';
import { buildBook, reviewPath } from '../src/build.ts';
import { cleanText } from '../src/clean/pipeline.ts';
import { changeId, changeIds } from '../src/clean/report.ts';
import { body, SEEDS, tempDir } from './helpers.ts';

const clean = (text: string, article = {}) => cleanText({ path: 'a.txt', text, encoding: 'utf-8', sha256: 'x', ...article });

test('keep: a join undone by its id stays two paragraphs; the report says kept; the other changes stand', () => {
  const source = readFileSync(SEEDS[1]!, 'utf8');
  const first = clean(source);
  const join_ = first.changes.find((c) => c.rule === 'page-break' && c.kind === 'joined' && c.text.includes('救⏎死扶伤'))!;
  assert.ok(join_);
  assert.match(body(first.markdown), /救死扶伤/);
  const kept = clean(source, { keep: [changeId(join_)] });
  assert.match(body(kept.markdown), /救\n\n死扶伤/);
  assert.ok(kept.changes.some((c) => c.kind === 'kept' && c.rule === 'page-break' && c.text === join_.text));
  assert.equal(kept.unused, undefined);
  // Every other change is still made.
  const others = (r: typeof first) => r.changes.filter((c) => c.kind !== 'kept' && changeId(c) !== changeId(join_)).map(changeId).sort();
  assert.deepEqual(others(kept), others(first));
});

test('keep: an in-line change (a space, a mark) undone by its id; the same change elsewhere still made', () => {
  const text = '某县召开会议部署工作\n\n　　第一段正文，说了一件事情的经过和结果，内容比较长一些，读者可以看明白。\n\n　　他说：“这是 一个 例子”，真的很好.\n\n　　最后一段正文，也说了很多事情，大家都很满意。\n';
  const first = clean(text);
  const space = first.changes.find((c) => c.rule === 'whitespace' && c.to!.includes('这是 一个'))!;
  const period = first.changes.find((c) => c.rule === 'punctuation' && c.text === '.')!;
  assert.ok(space && period, JSON.stringify(first.changes));
  const kept = clean(text, { keep: [changeId(space), changeId(period)] });
  const b = body(kept.markdown);
  assert.match(b, /这是 一个/, 'the kept space stays');
  assert.doesNotMatch(b, /一个 例子/, 'the other space still goes');
  assert.match(b, /很好\.$/m, 'the kept mark stays');
  assert.equal(kept.changes.filter((c) => c.kind === 'kept').length, 2);
  assert.equal(kept.unused, undefined);
});

test('the same change twice in a file has two ids (id, id.2), and keep: undoes the one named', () => {
  const text = '某县召开会议部署工作\n\n　　第一段正文，说了一件事情的经过和结果，内容比较长一些，读者可以看明白。\n\n　　他说：“这是 一个例子”。\n\n　　她说：“这是 一个例子”，大家都同意。\n';
  const first = clean(text);
  const ids = changeIds(first.changes);
  const twice = first.changes.map((c, i) => [c, ids[i]!] as const).filter(([c]) => c.rule === 'whitespace' && c.to!.includes('这是 一个'));
  assert.equal(twice.length, 2);
  assert.equal(twice[1]![1], `${twice[0]![1]}.2`);
  const kept = body(clean(text, { keep: [twice[1]![1]] }).markdown);
  assert.match(kept, /他说：“这是一个例子”/, 'the first is still made');
  assert.match(kept, /她说：“这是 一个例子”/, 'the second, named .2, is kept');
});

test('keep: a removed block stays; accept: a suggested join is made', () => {
  const withBanner = '标题一行在此\n\n　　正文第一段，讲了事情的经过和结果。\n\n点击观看视频\n\n　　正文第二段，讲了别的事情。\n';
  const removal = clean(withBanner).changes.find((c) => c.rule === 'boilerplate' && c.kind === 'removed')!;
  assert.ok(removal, 'the banner is removed');
  assert.match(body(clean(withBanner, { keep: [changeId(removal)] }).markdown), /点击观看视频/);
  const open = '某县召开会议\n\n这是第一段的内容，讲了一件事情的开头，但是没有写完\n\n第二段接着讲，讲到了结尾。';
  const suggestion = clean(open).changes.find((c) => c.rule === 'page-break' && c.kind === 'suggested')!;
  assert.ok(suggestion);
  const joined = clean(open, { accept: [changeId(suggestion)] });
  assert.equal(body(joined.markdown).trim().split('\n\n').length, 1);
  assert.ok(joined.changes.some((c) => c.rule === 'page-break' && c.kind === 'joined'));
});

test('front-matter fields from the book file replace the cleaner\'s, and its value goes to the report', () => {
  const source = readFileSync(SEEDS[0]!, 'utf8');
  const r = clean(source, { overrides: { title: '编者定的标题', byline: '某某' } });
  assert.match(r.markdown, /^title: 编者定的标题$/m);
  assert.match(r.markdown, /^byline: 某某$/m);
  assert.doesNotMatch(r.markdown, /^title_lines:/m, 'the cleaner\'s title lines go with its title');
  const old = r.changes.filter((c) => c.rule === 'book-file');
  assert.ok(old.some((c) => c.text.includes('坚决打赢疫情防控的人民战争总体战阻击战') && /front matter: title/.test(c.to!)));
});

test('a book with overrides: per-article rules, a warning for an id that matches nothing, the review page offers the override', async () => {
  const dir = tempDir('dingben-overrides-');
  const book = join(dir, 'book.yaml');
  writeFileSync(book, `title: 覆盖\nchapters:\n  - file: ${SEEDS[0]}\n  - file: ${SEEDS[1]}\n    rules: { whitespace: false }\n  - file: ${SEEDS[0]}\n    rules: { whitespace: false }\n    keep: [page-break-0123456789]\n`);
  const out = join(dir, 'out');
  const lines: string[] = [];
  const result = await buildBook(await loadBook(book), { outDir: out, only: ['clean'], log: (l) => lines.push(l) });
  assert.ok(result.chapters[0]!.changes.some((c) => c.rule === 'whitespace'), 'an article without rules: has the book\'s');
  assert.equal(result.chapters[2]!.changes.filter((c) => c.rule === 'whitespace').length, 0, 'the same source with whitespace off for it');
  assert.ok(lines.some((l) => /page-break-0123456789 .*matched no change/.test(l)), lines.join('\n'));
  const page = readFileSync(reviewPath(await loadBook(book), out), 'utf8');
  const join_ = result.chapters[1]!.changes.find((c) => c.rule === 'page-break' && c.kind === 'joined')!;
  assert.ok(page.includes(`keep: [${changeId(join_)}]`), 'the review page gives the keep: line for the join');
});

test('a malformed change id in the book file is an error with its place', async () => {
  const dir = tempDir('dingben-overrides-bad-');
  const book = join(dir, 'book.yaml');
  writeFileSync(book, `title: 覆盖\nchapters:\n  - file: a.txt\n    keep: [救死扶伤]\n`);
  await assert.rejects(loadBook(book), /book\.yaml:4:12: chapters\[0\]\.keep\[0\]: "救死扶伤" is not a change id/);
});

test('keep: a pull quote set into a sentence, kept by its id, stays where it stands and nothing is joined around it', () => {
  const text = '标题一行写在这里\n\n来自溪南的一家人是第一批认领菜地的市民。她告诉记者，去年暑假第一次来的时候，孩子一下车就往地里跑，\n\n“半亩菜地，成了孩子的自然课堂。”\n\n回家以后还天天问番茄红了没有。\n';
  const first = clean(text);
  const quote = first.changes.find((c) => c.rule === 'page-break' && c.to?.startsWith('pull-quote block'))!;
  assert.ok(quote, 'the quote was made a pull quote');
  const kept = clean(text, { keep: [changeId(quote)] });
  assert.doesNotMatch(kept.markdown, /:::pullquote/);
  assert.match(body(kept.markdown), /往地里跑，\n\n“半亩菜地，成了孩子的自然课堂。”\n\n回家以后/);
  assert.equal(kept.unused, undefined);
});
