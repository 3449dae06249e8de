import chardet from 'chardet';
import iconv from 'iconv-lite';
import { fileError } from '../errors.ts';

export interface Decoded {
  text: string;
  /** Canonical name of the encoding that was used: utf-8, utf-16le, gb18030, big5… */
  encoding: string;
  bom: boolean;
}

// Encodings a Chinese scrape plausibly comes in, in chardet's spelling → iconv's.
const CANDIDATES: Record<string, string> = {
  'GB18030': 'gb18030',
  'Big5': 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'Shift_JIS': 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a scraped file. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * taken as they are; anything else is identified by chardet among the CJK
 * encodings and accepted only if it decodes to plausible text. Binary data and
 * undecodable bytes are a one-line error naming the file.
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
  if (nuls === 0) {
    try {
      return { text: utf8.decode(bytes), encoding: 'utf-8', bom: false };
    } catch {
      // Not UTF-8: try the legacy CJK encodings below.
    }
  }
  // UTF-16 without a BOM: ASCII in it leaves NULs on every other byte.
  if (nuls > 0 && bytes.length % 2 === 0) {
    for (const enc of ['utf-16le', 'utf-16be']) {
      const text = iconv.decode(Buffer.from(bytes), enc);
      if (looksLikeText(text, true)) return { text, encoding: enc, bom: false };
    }
  }
  const guesses = chardet.analyse(sample);
  for (const guess of guesses) {
    const enc = CANDIDATES[guess.name];
    if (!enc || guess.confidence < 10) continue;
    // UTF-16 without a BOM is the only text with NULs in it; other guesses with NULs are binary.
    if (nuls > 0 && !enc.startsWith('utf-16')) continue;
    const text = iconv.decode(Buffer.from(bytes), enc);
    if (looksLikeText(text, true)) return { text, encoding: enc, bom: false };
  }
  if (nuls > 0) throw fileError(path, 'is a binary file, not text');
  throw fileError(path, 'is not valid UTF-8, and not recognisable as GB18030, Big5 or UTF-16 either');
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
    if (cp === 0xfffd || (cp < 0x20 && cp !== 0x0a && cp !== 0x0d && cp !== 0x09)) bad++;
    else if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f]/u.test(ch)) cjk++;
    else if (cp >= 0x80) other++;
  }
  return bad === 0 && (!requireCjk || (cjk > 0 && other <= cjk * 0.2));
}
