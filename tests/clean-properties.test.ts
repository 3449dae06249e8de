// Properties every source must keep, on the seeds and on the shared corpus of
// real scrapes: nothing lost, idempotent, no crash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { cleanText, sha256 } from '../src/clean/pipeline.ts';
import { decodeSource } from '../src/io/decode.ts';
import { SEEDS, body, corpusFiles, fixtureSources, missingHan, noCorpus } from './helpers.ts';

function cleanPath(path: string) {
  const bytes = readFileSync(path);
  const d = decodeSource(path, bytes);
  return { source: d.text, result: cleanText({ path, text: d.text, encoding: d.encoding, sha256: sha256(bytes) }) };
}

function checkNothingLost(path: string) {
  const { source, result } = cleanPath(path);
  const removed = result.changes.filter((c) => c.kind === 'removed').map((c) => c.text).join('\n');
  const missing = missingHan(source, `${result.markdown}\n${removed}`);
  assert.equal(missing, '', `${basename(path)}: Han characters neither in the clean edition nor in the removed spans`);
}

function checkIdempotent(path: string) {
  const { result } = cleanPath(path);
  const again = cleanText({ path: 'again.md', text: result.markdown, encoding: 'utf-8', sha256: sha256(Buffer.from(result.markdown)) });
  assert.equal(again.markdown, result.markdown, `${basename(path)}: cleaning the clean edition changed it`);
  // Suggestions are not changes: the cleaner may still suggest what it did not dare to do.
  const changes = again.changes.filter((c) => c.kind !== 'suggested');
  assert.equal(changes.length, 0, `${basename(path)}: the second pass reported changes: ${JSON.stringify(changes.slice(0, 3))}`);
}

for (const path of SEEDS) {
  test(`nothing lost: ${basename(path)}`, () => checkNothingLost(path));
  test(`idempotent: ${basename(path)}`, () => checkIdempotent(path));
}

test("fixtures of other publishers' artifact classes: nothing lost, idempotent", () => {
  assert.ok(fixtureSources.length >= 10, 'the fixtures are in the repository');
  for (const path of fixtureSources) {
    checkNothingLost(path);
    checkIdempotent(path);
  }
});

test('corpus: nothing lost', { skip: noCorpus }, () => {
  for (const path of corpusFiles) checkNothingLost(path);
});

test('corpus: idempotent', { skip: noCorpus }, () => {
  for (const path of corpusFiles) checkIdempotent(path);
});

test('corpus: no HTML, no indents, no space or newline between Han in the body', { skip: noCorpus }, () => {
  for (const path of corpusFiles) {
    const b = body(cleanPath(path).result.markdown);
    assert.ok(!/<\/?(?:p|br|div|span|script|style|doc|url|content)\b/i.test(b), `${basename(path)} holds HTML`);
    for (const block of b.split('\n\n')) {
      assert.ok(!/^\u3000/.test(block), `${basename(path)}: indent left in ${block.slice(0, 20)}`);
      assert.ok(!/\p{Script=Han}[ \n]\p{Script=Han}/u.test(block.replace(/^:::.*$/gm, '')), `${basename(path)}: ${block.slice(0, 30)}`);
    }
  }
});

test('corpus: the boilerplate its SOURCES.md lists is gone from the body', { skip: noCorpus }, () => {
  const gone: Record<string, string[]> = {
    '01': ['原标题', '本文来源', '责任编辑', '延伸·推荐', '▲'],
    '02': ['115.395', '责任编辑'],
    '03': ['原标题', '本文来源', '责任编辑'],
    '04': ['原标题', '责任编辑'],
    '05': ['(微博)', '（微博）'],
    '12': ['责任编辑', '29 ]'],
    '13': ['Previous Post', 'Next Post'],
    '17': ['预览时标签不可点', '微信扫一扫', '继续滑动看下一个', '轻触阅读原文', '轻点两下取消赞', '知道了'],
    '18': ['预览时标签不可点', '继续滑动看下一个', '轻触阅读原文'],
    '20': ['跳至主要內容', '主要選單', '本站採用'],
  };
  for (const path of corpusFiles) {
    const list = gone[basename(path).slice(0, 2)];
    if (!list) continue;
    const b = body(cleanPath(path).result.markdown);
    for (const s of list) assert.ok(!b.includes(s), `${basename(path)}: "${s}" is still in the body`);
  }
});
