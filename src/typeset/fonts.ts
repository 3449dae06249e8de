/**
 * The bundled fonts: TrueType-outline Noto Serif SC and Noto Sans SC from npm
 * packages pinned in the lock file. TrueType, because Chromium writes
 * CFF-outline fonts into PDFs as Type 3 fonts, which print shops reject.
 *
 * Noto SC has no CJK Extension B and beyond (𠮷, 𪚥) and only part of
 * Extension A. Those characters are set in HanaMin (花園明朝) B and A, the
 * TrueType faces of Debian's fonts-hanazono: no npm package carries them as
 * whole TrueType files under their own licence. They are read by path, never
 * through fontconfig, and only for the characters Noto lacks.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export interface FontFace {
  family: string;
  weight: 400 | 700;
  /** Absolute path of the .ttf file. */
  path: string;
  packageName: string;
  licence: string;
  /** A face only for the characters the main faces lack (set in the serif and the sans alike). */
  fallback?: boolean;
}

function face(pkg: string, dir: string, file: string, family: string, weight: 400 | 700): FontFace {
  const root = dirname(require.resolve(`${pkg}/package.json`));
  return { family, weight, path: join(root, dir, file), packageName: pkg, licence: 'SIL Open Font License 1.1' };
}

export const FONTS: FontFace[] = [
  face('@expo-google-fonts/noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf', 'Noto Serif SC', 400),
  face('@expo-google-fonts/noto-serif-sc', '700Bold', 'NotoSerifSC_700Bold.ttf', 'Noto Serif SC', 700),
  face('@expo-google-fonts/noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf', 'Noto Sans SC', 400),
  face('@expo-google-fonts/noto-sans-sc', '700Bold', 'NotoSansSC_700Bold.ttf', 'Noto Sans SC', 700),
];

export const BODY_FONT = FONTS[0]!;

/**
 * The faces of an article in Traditional characters (marked `zh-Hant`): Noto Serif TC and Noto Sans TC, the
 * same design as the SC faces, with Traditional glyph forms and the Traditional places of its punctuation
 * (，。、 centred in their square, as Taiwan and Hong Kong set them). Declared, subset and embedded only in a
 * book that has such an article.
 */
export const TRADITIONAL_FONTS: FontFace[] = [
  face('@expo-google-fonts/noto-serif-tc', '400Regular', 'NotoSerifTC_400Regular.ttf', 'Noto Serif TC', 400),
  face('@expo-google-fonts/noto-serif-tc', '700Bold', 'NotoSerifTC_700Bold.ttf', 'Noto Serif TC', 700),
  face('@expo-google-fonts/noto-sans-tc', '400Regular', 'NotoSansTC_400Regular.ttf', 'Noto Sans TC', 400),
  face('@expo-google-fonts/noto-sans-tc', '700Bold', 'NotoSansTC_700Bold.ttf', 'Noto Sans TC', 700),
];

/** The Traditional faces a book needs: all four where it sets any text in Traditional characters, else none. */
export function traditionalFacesFor(traditional: boolean): FontFace[] {
  return traditional ? TRADITIONAL_FONTS : [];
}

/** Where Debian's fonts-hanazono puts its files (the environment may name another folder holding the same files). */
export const HANAZONO_DIR = process.env.DINGBEN_HANAZONO_DIR ?? '/usr/share/fonts/truetype/hanazono';
const HANAZONO_LICENCE = 'Hanazono Font License or SIL Open Font License 1.1';

/**
 * The fallback faces that are installed, in the order they are tried: B (Extension B to F) before A (the
 * BMP and Extension A). Their family names are our own, so that a HanaMin that fontconfig knows is never used.
 */
export const FALLBACK_FONTS: FontFace[] = [
  ['HanaMinB.ttf', 'dingben HanaMinB'],
  ['HanaMinA.ttf', 'dingben HanaMinA'],
]
  .map(([file, family]) => ({ family: family!, weight: 400 as const, path: join(HANAZONO_DIR, file!), packageName: 'fonts-hanazono', licence: HANAZONO_LICENCE, fallback: true }))
  .filter((f) => existsSync(f.path));

/** The fonts' identity for cache keys: package, version and file (the packages are pinned, the files large). */
export function fontsIdentity(): string[] {
  return [
    ...[...FONTS, ...TRADITIONAL_FONTS].map((f) => {
      const version = (require(`${f.packageName}/package.json`) as { version: string }).version;
      return `${f.packageName}@${version}/${f.path.split('/').pop()}`;
    }),
    // A Debian package's files: their size and time stand for its version (dpkg keeps the files' times).
    ...FALLBACK_FONTS.map((f) => {
      const st = statSync(f.path);
      return `${f.packageName}/${f.path.split('/').pop()}:${st.size}:${Math.round(st.mtimeMs)}`;
    }),
  ];
}

const cmaps = new Map<string, Set<number>>();

/** The code points a face has glyphs for (read once). */
export function coverageOf(face: FontFace): Set<number> {
  let cmap = cmaps.get(face.path);
  if (!cmap) {
    cmap = new Set((fontkit.openSync(face.path) as fontkit.Font).characterSet);
    cmaps.set(face.path, cmap);
  }
  return cmap;
}

/** The code points the body font has glyphs for. */
export function bodyCoverage(): Set<number> {
  return coverageOf(BODY_FONT);
}

/** The fallback face that sets a character the body font lacks, if one does. */
export function fallbackFor(cp: number): FontFace | undefined {
  return FALLBACK_FONTS.find((f) => coverageOf(f).has(cp));
}

/**
 * The fallback faces a text needs, in their order. A fallback face is read (20-30 MB) only when the text
 * has a character the body font lacks, so that a book without one costs nothing.
 */
export function fallbacksFor(text: string): FontFace[] {
  const body = bodyCoverage();
  const used = new Set<FontFace>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20 || body.has(cp) || /\s/u.test(ch)) continue;
    const f = fallbackFor(cp);
    if (f) used.add(f);
  }
  return FALLBACK_FONTS.filter((f) => used.has(f));
}

export interface Uncovered {
  char: string;
  codePoint: string;
  where: string;
}

/** Whether the bundled fonts draw this character (white space and controls need no glyph). */
export function isCovered(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp <= 0x20 || /\s/u.test(ch) || bodyCoverage().has(cp) || fallbackFor(cp) !== undefined;
}

/** Characters of `text` that no font of the book covers. */
export function uncoveredChars(text: string, where: (index: number) => string): Uncovered[] {
  const out: Uncovered[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isCovered(ch)) {
      out.push({ char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, where: where(i) });
    }
    i += ch.length;
  }
  return out;
}

/** The @font-face rule for one face, wherever its file is served from. */
export function fontFaceRule(face: Pick<FontFace, 'family' | 'weight' | 'fallback'>, url: string, format: 'truetype' | 'woff2'): string {
  // A fallback face has one weight and serves every weight as it is: Chromium prints a bold synthesized from it as Type 3.
  const weight = face.fallback ? '100 900' : String(face.weight);
  return `@font-face { font-family: "${face.family}"; font-weight: ${weight}; font-style: normal; src: url("${url}") format("${format}"); }\n`;
}
