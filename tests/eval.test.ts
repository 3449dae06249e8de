// `dingben eval`: the TypeScript scorer against ../shared/tools/score_edition.py
// on the shared golden set, on small fixtures whose numbers come from the
// Python tool, and the command line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { test } from 'node:test';
import { evaluate } from '../src/eval/index.ts';
import { formatJson, formatTable } from '../src/eval/report.ts';
import { scoreFiles, type ScoreResult } from '../src/eval/score.ts';
import { ROOT, runCli, tempDir } from './helpers.ts';

const SHARED = resolve(ROOT, '../shared');
const GOLD_DIR = join(SHARED, 'gold');
const SCORER = join(SHARED, 'tools/score_edition.py');
const noGold = existsSync(GOLD_DIR) && existsSync(SCORER) ? false : 'no ../shared/gold and ../shared/tools on this machine';
const noPython = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0
  ? false
  : 'python3 with PyYAML is missing (scripts/setup.sh --test installs python3-yaml)';

const tmp = tempDir('dingben-eval-');

function python(args: string[]): string {
  const r = spawnSync('python3', [SCORER, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('the shared golden set: the same results as score_edition.py on the written clean editions, file by file', { skip: noGold || noPython }, async () => {
  const entries = await evaluate(GOLD_DIR, [join(SHARED, 'seeds'), join(SHARED, 'corpus')]);
  assert.equal(entries.length, 17);
  const out = join(tmp, 'shared');
  mkdirSync(out);
  for (const e of entries) {
    assert.ok(e.candidate !== undefined, `${basename(e.gold)} has a source`);
    writeFileSync(join(out, basename(e.gold).replace(/\.gold\.md$/, '.md')), e.candidate);
  }
  const results = entries.map((e) => e.result);
  const pyJson = python(['--dir', GOLD_DIR, out, '--json']);
  const py = JSON.parse(pyJson) as ScoreResult[];
  for (const [i, r] of results.entries()) assert.deepEqual(r, py[i], r.file);
  // Byte for byte: Python's float notation, key order and layout.
  assert.equal(formatJson(results), pyJson);
  assert.equal(formatTable(results, { verbose: true }), python(['--dir', GOLD_DIR, out, '--verbose']));
});

// Fixtures: a golden edition and a candidate each. The expected results are
// what `score_edition.py --json` printed for these very files.
const P = ['第一段讲的是春天来了，花开了。', '第二段讲的是夏天到了，荷花开了。', '第三段讲的是秋天的果实。', '第四段讲的是冬天下雪了。'];
const FM = '---\ntitle: 春夏秋冬\n---\n\n';
const paras = (ps: string[]) => `${ps.join('\n\n')}\n`;

function score(name: string, gold: string, candidate: string): ScoreResult {
  const dir = join(tmp, 'fixtures');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.gold.md`), gold);
  writeFileSync(join(dir, `${name}.md`), candidate);
  return scoreFiles(join(dir, `${name}.gold.md`), join(dir, `${name}.md`));
}

const perfect = { boundary_p: 1, boundary_r: 1, boundary_f1: 1, type_acc: 1, text_exact: 1, lost_chars: 0, extra_chars: 0, meta: '1/1', title_ok: true, accepted: false };

test('fixture: two paragraphs run together are one join', () => {
  const r = score('join', FM + paras(P), FM + paras([P[0]! + P[1]!, ...P.slice(2)]));
  assert.deepEqual(r, {
    ...perfect, file: 'join.gold.md', edits: 1, counts: { join: 1 }, chars: 49, edits_per_1k: 20.41, boundary_r: 0.667, boundary_f1: 0.8,
    detail: [['join', '是春天来了花开了|第二段讲的是夏天']],
  });
});

test('fixture: a paragraph cut in two is one split', () => {
  const r = score('split', FM + paras(P), FM + paras([P[0]!, P[1]!.slice(0, 5), P[1]!.slice(5), ...P.slice(2)]));
  assert.deepEqual(r, {
    ...perfect, file: 'split.gold.md', edits: 1, counts: { split: 1 }, chars: 49, edits_per_1k: 20.41, boundary_p: 0.75, boundary_f1: 0.857,
    detail: [['split', '花开了第二段讲的|是夏天到了荷花开']],
  });
});

test('fixture: a lost paragraph and a leftover prompt are a lost run, an extra run and a join', () => {
  const r = score('lost', FM + paras(P), FM + paras([P[0]!, P[1]!, P[3]!, '扫描二维码关注我们']));
  assert.deepEqual(r, {
    ...perfect, file: 'lost.gold.md', edits: 3, counts: { lost: 1, extra: 1, join: 1 }, chars: 49, edits_per_1k: 61.22,
    lost_chars: 11, extra_chars: 9, boundary_r: 0.667, boundary_f1: 0.8,
    detail: [['lost', '三段讲的是秋天的果实第'], ['extra', '扫描二维码关注我们'], ['join', '讲的是秋天的果实|第四段讲的是冬天']],
  });
});

test('fixture: front matter read as PyYAML reads it, misses quoted as Python quotes them', () => {
  // PyYAML makes 1:20 the integer 80 and the timestamp a datetime; both match their quoted spelling.
  const gold = `---\ntitle_lines:\n  - 养老保险空账正迅速扩大\n  - 养老金缺口凸显老龄化\nbyline: 陈伟\npublished: 2013-09-22 14:31:17\neditor: 1:20\nsource: "他说'好'"\n---\n\n${P[0]}\n`;
  const cand = `---\ntitle: 养老保险空账正迅速扩大\u3000养老金缺口\npublished: '2013-09-22 14:31:17'\neditor: '80'\nsource: 它\n---\n\n${P[0]}\n`;
  assert.deepEqual(score('meta', gold, cand), {
    ...perfect, file: 'meta.gold.md', edits: 3, counts: { meta: 3 }, chars: 13, edits_per_1k: 230.77, meta: '2/5', title_ok: false,
    detail: [
      ['meta', "title: want '养老保险空账正迅速扩大养老金缺口凸显老龄化', have '养老保险空账正迅速扩大\\u3000养老金缺口'"],
      ['meta', "byline: want '陈伟', have ''"],
      ['meta', `source: want "他说'好'", have '它'`],
    ],
  });
});

test('fixture: a heading and a caption set as paragraphs are type misses', () => {
  const gold = `${FM}## 小标题\n\n${P[0]}\n\n:::caption{credit="新华社记者鞠鹏摄"}\n这是图片说明。\n:::\n\n- 一项\n- 二项\n`;
  const cand = `${FM}小标题\n\n${P[0]}\n\n这是图片说明。新华社记者鞠鹏摄\n\n- 一项\n- 二项\n`;
  assert.deepEqual(score('type', gold, cand), {
    ...perfect, file: 'type.gold.md', edits: 2, counts: { type: 2 }, chars: 34, edits_per_1k: 58.82, type_acc: 0.5,
    detail: [['type', 'h → p: 小标题第一段讲的是春天来了花开了'], ['type', 'caption → p: 这是图片说明新华社记者鞠鹏摄一项']],
  });
});

test('fixture: half-width punctuation and stray spaces are text edits; entities and links are read as text', () => {
  const gold = `${FM}他说：“好，AT&amp;T 与 [新华网](http://xinhuanet.com) 合作。”\n\n${P[1]}\n`;
  const cand = `${FM}他说:"好,AT&T与新华网合作。"\n\n${P[1]!.replace('，', ', ')}\n`;
  assert.deepEqual(score('text', gold, cand), {
    ...perfect, file: 'text.gold.md', edits: 2, counts: { text: 2 }, chars: 26, edits_per_1k: 76.92, text_exact: 0,
    detail: [['text', 'want …他说：“好，AT&T 与… have …他说:"好,AT&T与新…'], ['text', 'want …的是夏天到了，荷花开了。… have …的是夏天到了, 荷花开了。…']],
  });
});

test('fixture: characters beyond the BMP count once, as Python counts them', () => {
  const r = score('astral', `${FM}𠀀𠀁字在这里😀，还有更多的文字𠀂。\n`, `${FM}𠀀字在这里，还有更多的文字𠀂𠀃。\n`);
  assert.deepEqual(r, {
    ...perfect, file: 'astral.gold.md', edits: 2, counts: { lost: 1, extra: 1 }, chars: 14, edits_per_1k: 142.86, lost_chars: 1, extra_chars: 1, text_exact: 0,
    detail: [['lost', '𠀁'], ['extra', '𠀃']],
  });
});

test('fixture: an exact tie rounds half to even in the table, as Python formats it (0.625 → 0.62)', () => {
  const blocks = Array.from({ length: 8 }, (_, i) => `第${i}段，内容${i}。`);
  const r = score('tie', FM + paras(blocks), FM + paras(blocks.map((b, i) => ([1, 3, 6].includes(i) ? `## ${b}` : b))));
  assert.deepEqual(r, {
    ...perfect, file: 'tie.gold.md', edits: 3, counts: { type: 3 }, chars: 48, edits_per_1k: 62.5, type_acc: 0.625,
    detail: [['type', 'p → h: 第1段内容1第2段内容2第3段内'], ['type', 'p → h: 第3段内容3第4段内容4第5段内'], ['type', 'p → h: 第6段内容6第7段内容7']],
  });
  assert.equal(formatTable([r]).split('\n')[1], 'tie.gold.md                                          3  62.50   1/1     0     0  1.00  0.62  1.00  type:3');
  assert.match(formatJson([r]), /"type_acc": 0\.625,\n {2}"text_exact": 1\.0,/);
});

test('fixture: a golden edition without a candidate is reported missing', () => {
  const dir = join(tmp, 'fixtures');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'alone.gold.md'), FM + paras(P));
  assert.deepEqual(scoreFiles(join(dir, 'alone.gold.md'), join(dir, 'alone.md')), { file: 'alone.gold.md', missing: true });
});

test('dingben eval: the table for a folder of golden editions, a missing source in its own row, exit 0', () => {
  const gold = join(tmp, 'cli-gold');
  const sources = join(tmp, 'cli-sources');
  mkdirSync(gold);
  mkdirSync(sources);
  writeFileSync(join(sources, 'spring.txt'), `春夏秋冬\n\n${paras(P)}`);
  writeFileSync(join(gold, 'spring.gold.md'), FM + paras(P));
  writeFileSync(join(gold, 'winter.gold.md'), FM + paras(P));
  const r = runCli(['eval', gold, '--sources', sources, '--verbose']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^file {44} edits {4}\/1k {2}meta {2}lost extra {3}bF1 {2}type exact {2}kinds$/);
  assert.match(lines[1]!, /^spring\.gold\.md {33} +\d+ +\d+\.\d\d +\d+\/1 +\d+ +\d+ +\d\.\d\d +\d\.\d\d +\d\.\d\d {2}/);
  assert.ok(lines.includes(`${'winter.gold.md'.padEnd(48)} missing source`), r.stdout);
  assert.match(lines.at(-1)!, /^accepted [01] of 2; \d+ edits over 49 content characters \(\d+\.\d\d per 1k\); missing or unreadable 1$/);

  const json = runCli(['eval', gold, '--sources', sources, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const results = JSON.parse(json.stdout) as ScoreResult[];
  assert.deepEqual(results.map((x) => x.file), ['spring.gold.md', 'winter.gold.md']);
  assert.deepEqual(results[1], { file: 'winter.gold.md', missing: true });
});

test('dingben eval: usage mistakes are one line and exit 2', () => {
  const gold = join(tmp, 'usage-gold');
  mkdirSync(gold);
  writeFileSync(join(gold, 'a.gold.md'), FM + paras(P));
  const cases = [['eval', join(tmp, 'no-such-folder')], ['eval', tmp], ['eval'], ['eval', gold, '--sources', join(tmp, 'nowhere')], ['eval', gold, '--bogus']];
  for (const args of cases) {
    const r = runCli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^dingben: /);
    assert.equal(r.stdout, '');
  }
});

// The invented scrapes of tests/fixtures/gold, gold-b and gold-d (first held out: 0 of 6 accepted) and gold-g are each an artifact class of a publisher the shared corpus lacks; the clean stage must keep every one of them accepted (a regression here is a rule that broke).
// Z (written as V3, first held out: 2 of 8, 102 edits, eight scrape paths no set had used) is accepted whole since it was read.
for (const set of ['gold', 'gold-b', 'gold-d', 'gold-g', 'gold-z']) {
  test(`the fixtures of other publishers (${set}): every clean edition is accepted by the scorer`, async () => {
    const dir = join(ROOT, 'tests/fixtures', set);
    const entries = await evaluate(dir, [dir]);
    assert.ok(entries.length >= 6);
    const misses = entries.filter((e) => !('accepted' in e.result) || !e.result.accepted);
    assert.deepEqual(misses.map((e) => [basename(e.gold), 'detail' in e.result ? e.result.detail : e.result]), []);
  });
}

// Sets scored held out before the rules read their pages, and read since: each holds the rules to no more
// edits than they make now, so a rule that breaks one of their pages fails here. C: 0 of 8 accepted, 63 edits
// held out. E (written as F): 0 of 8, 49 at its last held-out score. F (written as G): 0 of 8, 133 edits —
// pages far from ordinary news (a forum thread, an RSS export, a newsletter, a web archive). H (written as J):
// 2 of 8, 36 edits, ordinary news pages. I (written as L): 2 of 8, 52 edits, pages in the corpus's scrape styles.
// J (written as M): 0 of 8, 97 edits, publishers outside the portals through common scrapers (lynx, pdftotext …).
// K (written as P): 1 of 8, 30 edits, the corpus's scrape paths with new publishers. L (written as N): 0 of 8,
// 67 edits, institutional publishers through Common Crawl, BeautifulSoup, lxml, a Toutiao copy and OCR.
// M (written as T): 0 of 8, 67 edits, pages as users save them (a browser copy, a clipper, Weibo, RSS, Zhihu …).
// O (written as K): 0 of 8, 55 edits held out, pages in the corpus's scrape styles; 31 when opened.
// P (written as W): 0 of 8, 76 edits held out, news as it reaches an editor by phone (app copies, a chat, OCR).
// Q (written as V): 1 of 8, 56 edits held out, extraction tools no set had used (w3m, inscriptis, pandoc, Mercury …).
// N (written as R): 0 of 8, 42 edits held out; accepted whole until its golden edition of 01 kept newspaper3k's
// `00:00:00`, which the golden editions of gold-m and gold-r drop as the parser's filler (the rules drop it).
// R (written as X): 0 of 8, 82 edits held out, long-form features (sidebars, Q&A, notes, pull quotes); 82 when opened.
// S (written as Y): 0 of 8, 102 edits held out, long-form pieces through Firecrawl, docx2txt, Notion, ENEX, OCR …
// X (written as R2): 1 of 8, 33 edits held out, structured news (turns, measures, a table, a fact check).
// Y (written as N2): 1 of 8, 100 edits held out, eight scrape paths no set had used (a quoted e-mail, OCR of a
// notice page, pandoc from .docx, an RSS item's XML, trafilatura's defaults …); its one edit left is its golden
// edition's own mend of a comma splice (`取胜，比赛中` → `取胜。比赛中`), which no rule can know.
// T (written as Z), U (written as W2), V (written as V2): everyday news along the corpus's paths, 43, 42 and 41
// edits held out. ZA (written as V4): 1 of 8, 87 edits held out, eight more paths no set had used (links -dump,
// html-to-text, antiword, mutool, unrtf --html, a Telegram export …); its one edit left is antiword's: a line
// that ends its sentence 76 columns into an 80-column wrap, which its golden edition runs on and a line of 74 in
// the same file does not. ZB (written as V5): 0 of 8, 249 edits held out, eight more paths (an MHTML archive,
// odt2txt, catdoc, pdftohtml, jsdom's textContent, extruct's JSON-LD, WordPress's REST API, an AMP page); its
// last edit, catdoc's contact line, went with the rule that a press release's contact for the press is its
// paperwork (four releases of four sets say so; a notice's contact stays). ZC (written as V6):
// 1 of 8, 53 edits held out (wvText, AbiWord, pdfminer, djvutxt, mammoth, node-html-markdown, html_text, pypdf).
// ZD (written as V7): 1 of 8, 85 edits held out (LibreOffice's text export, cheerio's JSON, Debian's html2text,
// pdf-parse, python-docx, Emacs eww, rehype-remark, Ghostscript's txtwrite). ZE (written as V8): 1 of 8, 148
// edits held out (striptags, node-html-parser, defuddle, officeparser, pdf2md, word-extractor, pdf2json,
// xlsx2csv); ZF (written as V9): 0 of 8, 59 edits held out (html-to-md, sanitize-html, htmlparser2, hxselect,
// ssconvert, pdfreader, mailparser, edbrowse). ZG (written as V10): 2 of 8, 28 edits held out (html2plaintext,
// textversionjs, string-strip-html, hast-util-to-text, linkedom, SheetJS CSV, eml-format JSON, xmllint); ZH
// (written as V11): 0 of 8, 168 edits held out (happy-dom, pyquery, showdown, fast-xml-parser, odfpy, an SRT
// track, mblaze mshow, gron); ZI (written as V12): 0 of 8, 109 edits held out (Perl HTML::FormatText, jsoup,
// xsltproc, pandoc odt → rst, mid3v2, ExifTool, bleach, rss-parser).
// C allows 2: its golden edition of 07 removes a TV script's `导语：` label, which the writers of
// T, U and V keep as printed (the rules keep it, the conservative reading).
// ZW allows 3: its golden edition of 04 keeps an attachment's download line (`附件：….xls`), which the writers of ZZB,
// ZZC and ZZF drop with the page's widgets (the file was not scraped); the rules drop it.
for (const [set, most] of [['gold-c', 1], ['gold-e', 2], ['gold-f', 9], ['gold-h', 0], ['gold-i', 4], ['gold-j', 2], ['gold-k', 5], ['gold-l', 2], ['gold-m', 6], ['gold-o', 6], ['gold-p', 21], ['gold-q', 8], ['gold-r', 3], ['gold-s', 22], ['gold-t', 3], ['gold-u', 1], ['gold-v', 7], ['gold-w', 17], ['gold-x', 3], ['gold-y', 1], ['gold-za', 1], ['gold-zb', 0], ['gold-zc', 5], ['gold-zd', 1], ['gold-ze', 6], ['gold-zf', 13], ['gold-zg', 1], ['gold-zh', 13], ['gold-zj', 5], ['gold-zk', 0], ['gold-zl', 0], ['gold-zm', 1], ['gold-zn', 1], ['gold-zo', 2], ['gold-zp', 0], ['gold-zq', 0], ['gold-zr', 0], ['gold-zs', 2], ['gold-zt', 0], ['gold-zu', 0], ['gold-zv', 0], ['gold-zw', 3], ['gold-zx', 0], ['gold-zy', 0], ['gold-zz', 1], ['gold-zza', 2], ['gold-zzb', 2], ['gold-zzc', 1], ['gold-zzd', 4], ['gold-zze', 4], ['gold-zzf', 1], ['gold-zzg', 10], ['gold-zzh', 13], ['gold-zzi', 8], ['gold-zzj', 5], ['gold-zzk', 13], ['gold-zzl', 7], ['gold-zzm', 9], ['gold-zzn', 15], ['gold-zzo', 7], ['gold-zzp', 11], ['gold-zzq', 2], ['gold-zzr', 0], ['gold-zzs', 31], ['gold-zzt', 32], ['gold-zzu', 6], ['gold-zzv', 5], ['gold-zzw', 3], ['gold-zzx', 6], ['gold-zzy', 10], ['gold-zzz', 17], ['gold-zzza', 18], ['gold-zzzb', 2], ['gold-zzzc', 4], ['gold-zzzd', 4], ['gold-zzze', 4], ['gold-zzzf', 8], ['gold-zzzg', 22], ['gold-zzzh', 17], ['gold-zzzi', 2], ['gold-zzzj', 0], ['gold-zzzk', 27], ['gold-zzzl', 1], ['gold-zzzm', 14], ['gold-zzzn', 23], ['gold-zi', 19], ['gold-n', 1]] as const) {
  test(`the fixtures of ${set}: no more edits than the rules make today (${most} over 8 files)`, async () => {
    const dir = join(ROOT, 'tests/fixtures', set);
    const entries = await evaluate(dir, [dir]);
    assert.equal(entries.length, 8);
    const edits = entries.reduce((n, e) => n + ('edits' in e.result ? e.result.edits : 1000), 0);
    assert.ok(edits <= most, `${edits} edits`);
  });
}
