/**
 * The clean stage's properties on generated sources, with fast-check: the fixtures and seeds (and the shared
 * corpus where present) mutated the way scrapes differ — lines split inside words, blank lines, spaces of
 * every kind, HTML and entities, Markdown marks, metadata labels, control characters, Ext-B and lone
 * surrogates, front-matter fences, duplicated lines, truncation — and written in one of the encodings a
 * scrape comes in. Shared by the suite (a fixed seed, a few hundred runs) and `npm run fuzz` (the long run).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cleanBytes } from '../src/clean/clean-file.ts';
import { UserError } from '../src/errors.ts';
import { SEEDS, corpusFiles, fixtureSources, missingHan } from './helpers.ts';

export const BASES = [...SEEDS, ...fixtureSources, ...corpusFiles].map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));

const PIECES = ['\n', '\n\n', ' ', '  ', '\u3000', '\u00a0', '\t', '\u200b', '\r', '<br>', '<p>', '</p>', '<BR>', '&nbsp;', '&amp;', '&#x4e2d;', '**', '# ', '- ', '> ', '|', '---\n', '（完）', '责任编辑：',
  '来源：', '记者 ', '原标题：', '▲', '"', '?', '??', '\u0093', '\u0094', '\ue40c', '——', '1,', '(微博)', '𠮷', '\ud842', '\u0000', '\u0007', '图为', '【', '】', '延伸阅读', '完', '>>'];

// The mild mutations: how layout alone differs between scrapes of one page.
const MILD = ['\n', '\n\n', ' ', '  ', '\u3000', '\u00a0', '\t', '\u200b'];

/** One mutation of a text, as data (so that fast-check can show and shrink it). */
const mutation = (pieces: string[]) => fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...pieces) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = ReturnType<typeof mutation> extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.piece + text.slice(at);
  if (m.kind === 'truncate') return text.slice(0, Math.max(at, 1));
  const lines = text.split('\n');
  const i = m.at % lines.length;
  lines.splice(i, 0, lines[i]!);
  return lines.join('\n');
}

export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;

/** A generated source: a base text, its mutations, and the encoding it is written in. */
const sourceOf = (pieces: string[], truncate: boolean) => fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(truncate ? mutation(pieces) : mutation(pieces).filter((m) => m.kind === 'insert'), { minLength: 1, maxLength: 6 }),
  encoding: fc.constantFrom(...ENCODINGS),
}).map((g) => ({ ...g, name: BASES[g.base]!.name, text: g.mutations.reduce(apply, BASES[g.base]!.text) }));

/** Anything a scrape may hold. */
export const source = sourceOf(PIECES, true);
/** Layout only: lines split and joined, spaces of every kind. */
export const mildSource = sourceOf(MILD, false);

export type Source = typeof source extends fc.Arbitrary<infer S> ? S : never;

/** The bytes of a source in its encoding (UTF-16 with a BOM; GB18030 only for text it can hold). */
export function bytesOf(s: Source): Buffer {
  if (s.encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s.text, 'utf-16le')]);
  if (s.encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s.text, 'utf-16be')]);
  return iconv.encode(s.text, s.encoding);
}

/**
 * Every property of one generated source; throws with the reason on the first that fails. A UserError (the
 * one-line error of bad input, such as broken front matter or binary bytes) is an answer, not a failure.
 */
export function check(s: Source, idempotent = true): void {
  const bytes = bytesOf(s);
  let c;
  try {
    c = cleanBytes('generated.txt', bytes);
  } catch (err) {
    if (err instanceof UserError) return;
    throw err;
  }
  // The encoding it was written in is the one read (ASCII-only GB18030 is the same bytes as UTF-8).
  const wellFormed = !/[\ud800-\udfff]/u.test(s.text.replace(/[\ud800-\udbff][\udc00-\udfff]/gu, ''));
  const expected = s.encoding === 'gb18030' && !/[^\x00-\x7f]/u.test(s.text) ? 'utf-8' : s.encoding;
  if (wellFormed && c.encoding !== expected) throw new Error(`written as ${s.encoding}, read as ${c.encoding}`);
  // Nothing lost: every Han character of the source is in the edition, its front matter or the report.
  const decoded = iconv.decode(bytes, c.encoding);
  const removed = c.changes.filter((x) => x.kind === 'removed').map((x) => x.text).join('\n');
  const lost = missingHan(decoded, `${c.markdown}\n${removed}`);
  if (lost !== '') throw new Error(`lost ${lost}`);
  // Idempotent through the CLI's path: the edition, written as UTF-8 and read back, cleans to itself.
  if (!idempotent) return;
  const again = cleanBytes('again.md', Buffer.from(c.markdown, 'utf8'));
  if (again.markdown !== c.markdown) throw new Error('cleaning the clean edition again changed it');
}

/** The properties for fast-check: on anything, no crash, encodings, nothing lost; on layout changes, idempotence too. */
export const property = fc.property(source, (s) => {
  check(s, false);
});
export const mildProperty = fc.property(mildSource, (s) => {
  check(s, true);
});

/** A failure kept as a regression fixture: the generated text and the encoding it was written in. */
export function replay(text: string, encoding: (typeof ENCODINGS)[number], idempotent: boolean): void {
  check({ base: 0, mutations: [], encoding, name: 'fixture', text }, idempotent);
}

