/**
 * Word segmentation for the join decisions: whether a line break falls
 * inside a word (`救` / `死扶伤`). `Intl.Segmenter` splits Chinese into single
 * characters, so a real dictionary segmenter (jieba) is needed.
 */
import { createRequire } from 'node:module';

interface JiebaLike {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
}

let jieba: JiebaLike | undefined;

function segmenter(): JiebaLike {
  if (!jieba) {
    // @node-rs/jieba is a native CommonJS package; its dictionary is a separate entry point.
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaLike } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

export function cut(text: string): string[] {
  return segmenter().cut(text, false);
}

/** The words of a text with their parts of speech (jieba's tags: `nr` a person's name, `v` a verb, …). */
export function tagged(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, false);
}

/**
 * Whether a short text is one common word of the dictionary, no proper noun (`安全`, `要闻`, `体育`): a page's
 * or a column's name, never a person's or an account's, whatever surname its first character may be.
 */
export function commonWord(text: string): boolean {
  const tagged = segmenter().tag(text, false);
  return tagged.length === 1 && tagged[0]!.word === text && !/^n[rstz]/u.test(tagged[0]!.tag);
}

/**
 * Whether a line ends on a word that cannot end a phrase: a preposition (`按照`, `从`), a word of place or time
 * after its noun (`后`, `中`), a conjunction, or 的 — what a bold phrase or a link cut out of the sentence
 * followed (`运费险一般按照` / `保险公司核定的金额`). A heading, however short, ends on a noun or a verb.
 */
export function endsBeforeItsWord(text: string): boolean {
  const tail = text.trimEnd().slice(-8);
  if (!/\p{Script=Han}$/u.test(tail)) return false;
  const tagged = segmenter().tag(tail, false);
  return /^(?:p|f|c|uj)$/u.test(tagged[tagged.length - 1]?.tag ?? '');
}

// Characters that end a phrase on their own: a break after them is not inside a word.
const FUNCTION_CHARS = new Set('的了着过吗呢吧啊呀么和与及或在是也都就而且但并从对把被向给为以于之其'.split(''));

/**
 * True when the text on both sides of a break reads as one word cut in two:
 * the segmenter finds a word across the break, and it is long (3+
 * characters) or the left side alone would end in a lone content character.
 */
export function wordAcrossBreak(left: string, right: string): boolean {
  const l = left.slice(-6);
  const r = right.slice(0, 6);
  if (!/\p{Script=Han}$/u.test(l) || !/^\p{Script=Han}/u.test(r)) return false;
  let pos = 0;
  for (const token of cut(l + r)) {
    const end = pos + token.length;
    if (pos < l.length && end > l.length) {
      if (token.length >= 3) return true;
      const alone = cut(l);
      const last = alone[alone.length - 1] ?? '';
      return last.length === 1 && !FUNCTION_CHARS.has(last);
    }
    pos = end;
    if (pos >= l.length) break;
  }
  return false;
}
