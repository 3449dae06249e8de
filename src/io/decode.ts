import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { fileError } from '../errors.ts';

export interface Decoded {
  text: string;
  /** Canonical name of the encoding that was used: utf-8, utf-16le, gb18030, big5… */
  encoding: string;
  bom: boolean;
  /** For a guessed legacy encoding: how much of the text reads as Chinese in it (0–1). */
  confidence?: number;
  /** Another encoding that scored almost as well (`big5 0.71`): the guess is ambiguous. */
  alternative?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a scraped file. UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; a file
 * that decodes as UTF-8 is UTF-8. Anything else is scored as GB18030, Big5 and UTF-16 without a BOM (and,
 * with their own script in it, the Japanese and Korean code pages), and the reading that reads best as
 * Chinese wins (see guessLegacy). Binary data and undecodable bytes are a one-line error naming the file.
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw fileError(path, 'is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(path, bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom16) {
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), bom16);
    if (bytes.length % 2 !== 0 || !looksLikeText(text, false)) throw fileError(path, `starts with a ${bom16.toUpperCase()} BOM but is not valid ${bom16.toUpperCase()} text`);
    return { text, encoding: bom16, bom: true };
  }

  const sample = bytes.subarray(0, 1 << 16);
  const nuls = countNul(sample);
  // UTF-8 that decodes is UTF-8, a stray NUL or two included; UTF-16's ASCII leaves a NUL in every other byte.
  if (nuls * 20 <= sample.length) {
    let text: string | undefined;
    try {
      text = utf8.decode(bytes);
    } catch {
      // Not UTF-8: try the legacy CJK encodings below.
    }
    // Valid UTF-8 full of control characters may be UTF-16 that happens to decode; a short text with no Han in
    // it may be GB18030 that does (`习` is CF B0, UTF-8's `ϰ`): a reading as Chinese wins there.
    if (text !== undefined) {
      const shortForeign = bytes.length < 1000 && /[^\x00-\x7f]/u.test(text) && !/\p{Script=Han}/u.test(text);
      const rival = !looksLikeText(text, false) ? guessLegacy(bytes, true) : shortForeign ? guessLegacy(bytes, false) : undefined;
      return rival && (rival.confidence ?? 0) >= 0.8 ? rival : { text, encoding: 'utf-8', bom: false };
    }
  }
  // UTF-16 without a BOM, ASCII only: its NUL pattern says so (scoring needs Chinese to score).
  if (nuls > 0 && bytes.length % 2 === 0 && utf16Pattern(sample)) {
    const ascii = ['utf-16le', 'utf-16be'].map((enc) => ({ enc, text: iconv.decode(Buffer.from(bytes), enc) })).find((r) => looksLikeText(r.text, false) && !/[^\x00-\x7f]/u.test(r.text.slice(0, 2000)));
    if (ascii) return { text: ascii.text, encoding: ascii.enc, bom: false };
  }
  const best = guessLegacy(bytes, nuls > 0);
  if (best) return best;
  if (nuls > 0) throw fileError(path, 'is a binary file, not text');
  throw fileError(path, 'is not valid UTF-8, and not recognisable as GB18030, Big5 or UTF-16 either');
}

/** ASCII in UTF-16 without a BOM: NULs on most even or most odd bytes, and few on the other. */
function utf16Pattern(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(bytes.length / 2);
  return (even > pairs * 0.2 && odd < even * 0.1) || (odd > pairs * 0.2 && even < odd * 0.1);
}

/**
 * The legacy encoding a Chinese text most plausibly comes in. Each candidate's decoding is scored by how
 * much of it reads as Chinese text: common Han characters (the most frequent in jieba's dictionary for a
 * GB18030 reading; the Big5 block of common characters for a Big5 reading), CJK punctuation and ASCII count
 * for it; kana, Greek, Cyrillic and box drawing (where the other code page puts its letters), half-width
 * katakana, private-use and replacement characters count against it. Japanese and Korean code pages are
 * taken only with their own script in the text. The confidence is the winner's score.
 */
function guessLegacy(bytes: Uint8Array, nuls: boolean): Decoded | undefined {
  const scored: { enc: string; text: string; score: number }[] = [];
  // UTF-16 without a BOM competes too: a NUL can be only UTF-16, and Chinese in it may have no NUL at all.
  // (But a text of three characters or fewer, no NUL in it, says nothing of its code page: any two bytes are some
  // UTF-16 character, and GB18030 is by far the likelier, `瀼` read as UTF-16 being another character.)
  if (bytes.length % 2 === 0 && (nuls || bytes.length >= 8)) {
    for (const enc of ['utf-16le', 'utf-16be']) {
      const text = iconv.decode(Buffer.from(bytes), enc);
      if (looksLikeText(text, true)) scored.push({ enc, text, score: scoreGb(text) });
    }
  }
  for (const enc of nuls ? [] : ['gb18030', 'big5']) {
    const text = iconv.decode(Buffer.from(bytes), enc);
    if (!looksLikeText(text, false)) continue;
    scored.push({ enc, text, score: enc === 'gb18030' ? scoreGb(text) : scoreBig5(bytes, text) });
  }
  const asian: [string, RegExp][] = [['shift_jis', /[\u3040-\u30ff]/gu], ['euc-jp', /[\u3040-\u30ff]/gu], ['euc-kr', /[\uac00-\ud7a3]/gu]];
  for (const [enc, script] of nuls ? [] : asian) {
    const text = iconv.decode(Buffer.from(bytes), enc);
    const own = (text.match(script) ?? []).length;
    const chars = [...text].filter((c) => c.codePointAt(0)! >= 0x80).length;
    if (looksLikeText(text, true) && own >= Math.max(2, chars * 0.15)) scored.push({ enc, text, score: 0.5 + own / chars / 2 });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < 0.5) return undefined;
  const second = scored[1];
  return { text: best.text, encoding: best.enc, bom: false, confidence: Number(best.score.toFixed(2)), ...(second && best.score - second.score < 0.15 ? { alternative: `${second.enc} ${second.score.toFixed(2)}` } : {}) };
}

let common: Set<string> | undefined;

/** The 4,000 Han characters most frequent in jieba's dictionary (words weighted by their counts). */
function commonHan(): Set<string> {
  if (common) return common;
  const counts = new Map<string, number>();
  // The dictionary is a CommonJS entry point of @node-rs/jieba (see src/clean/segment.ts).
  const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array };
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !freq) continue;
    const n = Number(freq);
    for (const ch of word) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + n);
  }
  common = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4000).map(([ch]) => ch));
  return common;
}

// (U+E40C, in the private-use block, is Sogou's paragraph mark in its GB18030 corpora: a character of the text.)
const WRONG_PAGE = /[\u3040-\u30ff\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\uff61-\uff9f\ue000-\ue40b\ue40d-\uf8ff\ufffd]/u;
// (With the marks a Chinese page sets before captions and items: ▲ ■ ● ◆ ★ ※ →; and ≦ ≧, which Umi-OCR sets round
// each image's name.)
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\ue40c\u25a0-\u25ff\u2605\u2606\u203b\u2192\u2264-\u2267]/u;

// (A box-drawing character next to another, or to a space, draws a table's frame (w3m's `┌────┬`): the page's own,
// and no evidence either way. One alone between Han characters is Big5's lead byte A9 read as GB18030.)
const BOX = /[\u2500-\u257f]/u;
const FRAME = /[\u2500-\u257f \t\n]/u;

function scoreGb(text: string): number {
  const set = commonHan();
  let good = 0;
  let total = 0;
  const chars = [...text.slice(0, 20000)];
  chars.forEach((ch, k) => {
    if (ch.codePointAt(0)! < 0x80) return;
    if (BOX.test(ch) && (FRAME.test(chars[k - 1] ?? '\n') || FRAME.test(chars[k + 1] ?? '\n'))) return;
    total++;
    if (WRONG_PAGE.test(ch)) good -= 1;
    else if (set.has(ch) || CJK_PUNCT.test(ch)) good++;
    else if (commonTraditional(ch)) good += 0.5;
  });
  return total === 0 ? 0 : Math.max(0, good / total);
}

const traditional = new Map<string, boolean>();

/**
 * A character of Big5's block of common characters (A440–C67E): Traditional Chinese text in GB18030 reads as
 * Chinese too (`維城時評`), though jieba's dictionary, which makes the common set, is of Simplified words.
 */
function commonTraditional(ch: string): boolean {
  let known = traditional.get(ch);
  if (known === undefined) {
    const b = iconv.encode(ch, 'big5');
    const code = b.length === 2 ? (b[0]! << 8) | b[1]! : 0;
    known = code >= 0xa440 && code <= 0xc67e;
    traditional.set(ch, known);
  }
  return known;
}

/** A Big5 reading: the share of double-byte characters in the common-character block (A440–C67E) or punctuation (A1–A3). */
function scoreBig5(bytes: Uint8Array, text: string): number {
  let good = 0;
  let total = 0;
  const n = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    total++;
    if ((b >= 0xa4 && b <= 0xc6) || (b >= 0xa1 && b <= 0xa3)) good++;
    i++;
  }
  const wrong = ([...text.slice(0, 20000)].filter((ch) => WRONG_PAGE.test(ch)).length);
  return total === 0 ? 0 : Math.max(0, (good - wrong) / total);
}

function strictUtf8(path: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw fileError(path, 'starts with a UTF-8 BOM but is not valid UTF-8');
  }
}

function countNul(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0) n++;
  return n;
}

// (Tab, line feed, carriage return and form feed: pdftotext ends every printed page with a form feed.)
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Decoded text is plausible when it has no replacement, control or lone surrogate characters and (for a guessed encoding) is mostly CJK or ASCII. */
function looksLikeText(text: string, requireCjk: boolean): boolean {
  const sample = text.slice(0, 20000);
  if (LONE_SURROGATE.test(sample)) return false;
  let bad = 0;
  let cjk = 0;
  let other = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd || (cp < 0x20 && !TEXT_CONTROLS.has(cp))) bad++;
    else if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f]/u.test(ch)) cjk++;
    else if (cp >= 0x80) other++;
  }
  return bad === 0 && (!requireCjk || (cjk > 0 && other <= cjk * 0.2));
}
