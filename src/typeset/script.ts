/**
 * Whether an article is written in Traditional or Simplified characters, read from the characters themselves:
 * one that OpenCC's tables map from Traditional to Simplified is Traditional's alone (營, 時, 裡), one they map
 * the other way Simplified's alone (营, 时). A text is Traditional where its Traditional-only characters are
 * many and outnumber the Simplified-only ones three to one (a Simplified story that quotes a Taiwanese
 * shop's sign stays Simplified). The script decides the article's language tag (`zh-Hant`), and with it
 * the faces it is set in and where its punctuation sits.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** A language tag of Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`). */
export const TRADITIONAL_TAG = /^zh-(?:Hant|TW|HK|MO)(?:-|$)/u;

const verdicts = new Map<string, 'Hans' | 'Hant' | 'both'>();

function kindOf(ch: string): 'Hans' | 'Hant' | 'both' {
  let kind = verdicts.get(ch);
  if (!kind) {
    kind = toSimplified(ch) !== ch ? 'Hant' : toTraditional(ch) !== ch ? 'Hans' : 'both';
    verdicts.set(ch, kind);
  }
  return kind;
}

export function scriptOf(text: string): 'Hans' | 'Hant' | undefined {
  let hant = 0;
  let hans = 0;
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) {
    const kind = kindOf(ch);
    if (kind === 'Hant') hant++;
    else if (kind === 'Hans') hans++;
  }
  if (hant >= 10 && hant >= 3 * hans) return 'Hant';
  if (hans >= 10 && hans >= 3 * hant) return 'Hans';
  return undefined;
}

/**
 * The language tag an article needs where its script is not the book's (`zh-Hant` in a `zh-Hans` book, and
 * the other way round); undefined where it is the book's, or cannot be told.
 */
export function articleLanguage(script: 'Hans' | 'Hant' | undefined, bookLanguage: string): string | undefined {
  if (!script || !/^zh\b/u.test(bookLanguage)) return undefined;
  const bookHant = TRADITIONAL_TAG.test(bookLanguage);
  if (script === 'Hant' && !bookHant) return 'zh-Hant';
  if (script === 'Hans' && bookHant) return 'zh-Hans';
  return undefined;
}


/** Whether a book sets any text in Traditional characters: a Traditional book, or one with an article marked so. */
export function usesTraditional(bookLanguage: string, chapters: readonly { script?: 'Hans' | 'Hant' }[]): boolean {
  return TRADITIONAL_TAG.test(bookLanguage) || chapters.some((c) => articleLanguage(c.script, bookLanguage) === 'zh-Hant');
}
