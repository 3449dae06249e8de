/**
 * The e-book's fonts: the same bundled faces, each subset (HarfBuzz, through
 * subset-font) to exactly the characters set in that face, as WOFF2. One file
 * per face, no unicode-range slices (many reading systems ignore them), and a
 * face the book never uses is left out.
 */
import { readFile } from 'node:fs/promises';
import type { Element, ElementContent, Root } from 'hast';
import subsetFont from 'subset-font';
import { BuildCache } from '../cache.ts';
import { FALLBACK_FONTS, FONTS, TRADITIONAL_FONTS, coverageOf, fallbackFor, fontFaceRule, fontsIdentity, type FontFace } from '../typeset/fonts.ts';
import { TRADITIONAL_TAG } from '../typeset/script.ts';

export interface SubsetFace {
  face: FontFace;
  file: string;
  data: Uint8Array;
  chars: number;
}

const SANS = new Set(['h1', 'h2', 'h3', 'figcaption', 'aside', 'dt']);
const SANS_CLASS = ['kicker', 'tp-title', 'colophon-heading', 'toc-heading', 'dateline-run-in'];
const BOLD = new Set(['h1', 'h2', 'h3', 'strong', 'b', 'dt']);
const BOLD_CLASS = ['tp-title', 'colophon-heading'];

function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : c === undefined || c === null ? [] : String(c).split(' ');
}

/**
 * Which characters each face sets, following the e-book stylesheet's choices: text under a `lang` of
 * Traditional Chinese (or in a book whose language is) in the TC faces, the rest in the SC ones.
 */
export function charsByFace(trees: (Root | Element)[], bookLanguage = 'zh-Hans'): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, text: string) => {
    const set = out.get(key) ?? new Set<string>();
    for (const ch of text) if (!/\s/u.test(ch)) set.add(ch);
    out.set(key, set);
  };
  const walk = (node: Root | Element, sans: boolean, bold: boolean, hant: boolean) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') add(`${sans ? 'Noto Sans' : 'Noto Serif'} ${hant ? 'TC' : 'SC'}/${bold ? 700 : 400}`, child.value);
      else if (child.type === 'element') {
        const cls = classes(child);
        const lang = child.properties.lang;
        walk(child, sans || SANS.has(child.tagName) || cls.some((c) => SANS_CLASS.includes(c)), bold || BOLD.has(child.tagName) || cls.some((c) => BOLD_CLASS.includes(c)), typeof lang === 'string' ? TRADITIONAL_TAG.test(lang) : hant);
      }
    }
  };
  for (const t of trees) {
    const lang = t.type === 'element' ? t.properties.lang : undefined;
    walk(t, false, false, TRADITIONAL_TAG.test(typeof lang === 'string' ? lang : bookLanguage));
  }
  return out;
}

/**
 * Each face the book uses, subset to its characters as WOFF2. The WOFF2 compression is most of the
 * EPUB's time (1.0 s of 1.1 s for the 600-page benchmark book), and an edit seldom brings new
 * characters: with a cache, a face whose characters are unchanged is not subset again.
 */
export async function subsetFaces(byFace: Map<string, Set<string>>, cache?: BuildCache): Promise<SubsetFace[]> {
  const out: SubsetFace[] = [];
  const identity = fontsIdentity();
  const faces = [...FONTS, ...TRADITIONAL_FONTS, ...FALLBACK_FONTS];
  // What a face lacks goes to the fallback face that has it (the reading system falls back along the stylesheet's list).
  byFace = new Map([...byFace].map(([k, v]) => [k, new Set(v)]));
  for (const face of [...FONTS, ...TRADITIONAL_FONTS]) {
    const chars = byFace.get(`${face.family}/${face.weight}`);
    const has = coverageOf(face);
    for (const ch of chars ?? []) {
      const cp = ch.codePointAt(0)!;
      const other = has.has(cp) ? undefined : fallbackFor(cp);
      if (!other) continue;
      chars!.delete(ch);
      const key = `${other.family}/${other.weight}`;
      byFace.set(key, (byFace.get(key) ?? new Set()).add(ch));
    }
  }
  for (const [i, face] of faces.entries()) {
    const chars = byFace.get(`${face.family}/${face.weight}`);
    if (!chars || chars.size === 0) continue;
    const text = [...chars].sort().join('');
    const key = cache ? BuildCache.key('woff2', identity[i]!, text) : undefined;
    const cached = cache && key ? await cache.get(key, 'face.woff2') : undefined;
    const data = cached ?? (await subsetFont(await readFile(face.path), text, { targetFormat: 'woff2' }));
    if (cache && key && !cached) await cache.put(key, { 'face.woff2': data });
    const file = `${face.family.replace(/\s+/g, '')}-${face.weight === 700 ? 'Bold' : 'Regular'}.woff2`;
    out.push({ face, file, data: new Uint8Array(data), chars: chars.size });
  }
  return out;
}

export function fontFaceCss(faces: SubsetFace[], dir: string): string {
  return faces.map((f) => fontFaceRule(f.face, `${dir}${f.file}`, 'woff2')).join('');
}
