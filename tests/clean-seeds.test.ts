// The two seed articles: what the clean-edition issue asks of them, one by one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { SEEDS, body, clean } from './helpers.ts';

const [seed000, seed001] = SEEDS.map((p) => readFileSync(p!, 'utf8'));
const r000 = clean(seed000!);
const r001 = clean(seed001!);
const fm = (md: string) => parse(md.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

test('001: the page break in 救/死扶伤 is joined into one paragraph', () => {
  const paragraphs = body(r001.markdown).split('\n\n');
  const p = paragraphs.find((x) => x.includes('救死扶伤、大爱无疆'));
  assert.ok(p, 'a paragraph holds 救死扶伤');
  assert.ok(p.startsWith('在火神山医院指挥中心'), 'the joined paragraph starts where the split one started');
  assert.ok(r001.changes.some((c) => c.rule === 'page-break' && c.kind === 'joined' && c.text.includes('救⏎死扶伤')));
});

test('001: the pull quotes that interrupt 输/送 are moved after the rejoined paragraph', () => {
  const b = body(r001.markdown);
  const joined = b.indexOf('集中精准输送务工人员安全返岗');
  const quotes = b.indexOf(':::pullquote');
  assert.ok(joined > 0, 'the sentence is rejoined');
  assert.ok(quotes > joined, 'the pull-quote block follows it');
  assert.equal((b.match(/^- /gm) ?? []).length, 6, 'all six pull quotes are kept');
  assert.ok(!/\n送务工人员/.test(b), 'no paragraph starts with the severed half');
});

test('001: title, deck and dateline are front matter, the deck without stray spaces', () => {
  const meta = fm(r001.markdown);
  assert.equal(meta.title, '习近平：坚决打赢湖北保卫战武汉保卫战');
  assert.match(String(meta.deck), /一线的医务工作者解放军指战员/);
  assert.match(String(meta.deck), /下沉干部志愿者/);
  assert.equal(meta.dateline, '新华社武汉3月10日电');
  assert.ok(body(r001.markdown).includes('\n在抗击新冠肺炎疫情的关键时刻'), 'the first sentence no longer carries the dateline');
});

test('001: the ▲ caption is a caption block with its credit', () => {
  const b = body(r001.markdown);
  assert.match(b, /^:::caption\{credit="新华社记者鞠鹏摄"\}\n3月10日，[^\n]*亲切交流。\n:::$/m);
  assert.ok(!b.includes('▲'));
});

test('001: app banner and QR prompt are removed and reported', () => {
  const b = body(r001.markdown);
  for (const s of ['新华社客户端', '扫描二维码', '关注“新华每日电讯”']) {
    assert.ok(!b.includes(s), `${s} is gone`);
    assert.ok(r001.changes.some((c) => c.rule === 'boilerplate' && c.kind === 'removed' && c.text.includes(s)), `${s} is reported`);
  }
});

test('000: the one-line headline keeps its parts: kicker and two title lines', () => {
  const meta = fm(r000.markdown);
  assert.equal(meta.kicker, '习近平在北京市调研指导新型冠状病毒肺炎疫情防控工作时强调');
  assert.deepEqual(meta.title_lines, ['以更坚定的信心更顽强的意志更果断的措施', '坚决打赢疫情防控的人民战争总体战阻击战']);
});

test('000: the two photo captions are caption blocks, not body paragraphs', () => {
  const b = body(r000.markdown);
  const captions = b.match(/^:::caption\n[^\n]+\n:::$/gm) ?? [];
  assert.equal(captions.length, 2);
  for (const c of captions) assert.match(c, /这是习近平在/);
  const paragraphs = b.split('\n\n').filter((p) => !p.startsWith(':::'));
  assert.ok(paragraphs.every((p) => !/^2月10日，中共中央总书记/.test(p)));
});

test('000: indents gone, video prompt and trailing column tag removed', () => {
  const b = body(r000.markdown);
  assert.ok(!b.includes('\u3000'), 'no ideographic-space indents remain');
  assert.ok(!b.includes('点击观看视频'));
  assert.ok(!b.trimEnd().endsWith('坚决打赢疫情防控阻击战'));
  assert.ok(r000.changes.some((c) => c.rule === 'boilerplate' && c.text === '坚决打赢疫情防控阻击战'));
  assert.ok(b.trimEnd().endsWith('丁薛祥、肖捷、赵克志和国家卫生健康委负责同志陪同考察。'));
});

test('both: no newline or space between two Han characters inside a paragraph', () => {
  for (const r of [r000, r001]) {
    for (const p of body(r.markdown).split('\n\n')) {
      if (p.startsWith(':::') || p.startsWith('- ')) continue;
      assert.ok(!/\p{Script=Han}[ \n]\p{Script=Han}/u.test(p), p.slice(0, 40));
    }
  }
});
