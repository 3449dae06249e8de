/**
 * The bundled fonts: TrueType-outline Noto Serif SC and Noto Sans SC from npm
 * packages pinned in the lock file. TrueType, because Chromium writes
 * CFF-outline fonts into PDFs as Type 3 fonts, which print shops reject.
 */
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

/** The fonts' identity for cache keys: package, version and file (the packages are pinned, the files large). */
export function fontsIdentity(): string[] {
  return FONTS.map((f) => {
    const version = (require(`${f.packageName}/package.json`) as { version: string }).version;
    return `${f.packageName}@${version}/${f.path.split('/').pop()}`;
  });
}

let cmap: Set<number> | undefined;

/** The code points the body font has glyphs for. */
export function bodyCoverage(): Set<number> {
  if (!cmap) {
    const font = fontkit.openSync(BODY_FONT.path) as fontkit.Font;
    cmap = new Set(font.characterSet);
  }
  return cmap;
}

export interface Uncovered {
  char: string;
  codePoint: string;
  where: string;
}

/** Whether the bundled fonts draw this character (white space and controls need no glyph). */
export function isCovered(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp <= 0x20 || /\s/u.test(ch) || bodyCoverage().has(cp);
}

/** Characters of `text` that no bundled font covers. */
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
export function fontFaceRule(face: Pick<FontFace, 'family' | 'weight'>, url: string, format: 'truetype' | 'woff2'): string {
  return `@font-face { font-family: "${face.family}"; font-weight: ${face.weight}; font-style: normal; src: url("${url}") format("${format}"); }\n`;
}
