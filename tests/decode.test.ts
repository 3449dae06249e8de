// Source encodings: what a scrape of Chinese news comes in is detected from the bytes, short texts included,
// and a stray NUL does not turn UTF-8 into UTF-16.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeSource } from '../src/io/decode.ts';

// Common characters of news text, in each script, and the marks between them.
const SIMPLIFIED = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信线京';
const TRADITIONAL = '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理府研質信線';
const MARKS = '，。、：“”';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, chars: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const x = r();
    s += x < 0.1 ? MARKS[Math.floor(r() * MARKS.length)] : x < 0.15 ? String(Math.floor(r() * 100)) : chars[Math.floor(r() * chars.length)];
  }
  return s;
}

test('short GB18030 news phrases are GB18030, never Shift_JIS, Big5 or EUC-JP', () => {
  for (const t of ['新华社北京电。', '记者从市政府获悉', '本报讯', '今天天气很好。', '中新网3月5日电', '责任编辑：张三']) {
    const d = decodeSource('x.txt', iconv.encode(t, 'gb18030'));
    assert.equal(d.text, t);
    assert.equal(d.encoding, 'gb18030');
  }
});

test('UTF-8 with a stray NUL is UTF-8; UTF-16 without a BOM is still UTF-16', () => {
  const nul = Buffer.concat([Buffer.from('正文一段，讲了事情。', 'utf8'), Buffer.from([0]), Buffer.from('又一段，也讲了事情。', 'utf8')]);
  assert.equal(decodeSource('x.txt', nul).encoding, 'utf-8');
  for (const enc of ['utf-16le', 'utf-16be']) {
    const d = decodeSource('x.txt', iconv.encode('这是 UTF-16 的文本，有 ASCII 也有汉字：2024年。', enc));
    assert.equal(d.encoding, enc);
  }
});

test('generated text round-trips: 300 Simplified strings through GB18030, 300 Traditional through Big5 (seed 20261203)', () => {
  const r = rng(20261203);
  const misses: string[] = [];
  for (let i = 0; i < 300; i++) {
    const gb = sentence(r, SIMPLIFIED, 4 + Math.floor(r() * 40));
    const d = decodeSource('x.txt', iconv.encode(gb, 'gb18030'));
    if (d.text !== gb) misses.push(`gb18030 ${gb} → ${d.encoding}`);
    const b5 = sentence(r, TRADITIONAL, 4 + Math.floor(r() * 40));
    const e = decodeSource('x.txt', iconv.encode(b5, 'big5'));
    if (e.text !== b5) misses.push(`big5 ${b5} → ${e.encoding}`);
  }
  assert.deepEqual(misses, []);
});

test('Traditional Chinese in GB18030 is GB18030 (300 generated strings, seed 20261207), and a page of pdftotext in GB18030 keeps its form feeds', () => {
  const r = rng(20261207);
  const misses: string[] = [];
  for (let i = 0; i < 300; i++) {
    const t = sentence(r, TRADITIONAL, 8 + Math.floor(r() * 40));
    const d = decodeSource('x.txt', iconv.encode(t, 'gb18030'));
    if (d.text !== t) misses.push(`${t} → ${d.encoding}`);
  }
  assert.deepEqual(misses, []);
  // pdftotext -enc GBK ends every printed page with a form feed (U+000C).
  const pages = '                新 闻 发 布 稿\n\n    全省法院开展集中执行行动，执行到位工资款 4,630 万元。\n\f                 第 2 页\n    下一步，将继续推进。\n\f';
  const d = decodeSource('x.txt', iconv.encode(pages, 'gb18030'));
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.text, pages);
});

test('generated text round-trips through UTF-16 without a BOM, in both byte orders (seed 7)', () => {
  const r = rng(7);
  const misses: string[] = [];
  for (let i = 0; i < 100; i++) {
    const t = sentence(r, SIMPLIFIED, 8 + Math.floor(r() * 60));
    for (const enc of ['utf-16le', 'utf-16be']) {
      const d = decodeSource('x.txt', iconv.encode(t, enc));
      if (d.text !== t) misses.push(`${enc} ${t} → ${d.encoding}`);
    }
  }
  assert.deepEqual(misses, []);
});
