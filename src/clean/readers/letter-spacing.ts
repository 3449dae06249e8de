/**
 * letter-spacing: OCR of Chinese pages (Tesseract's chi_sim above all) and some PDF extractions set a space
 * between every two characters of a line (`稳 住 价 格 守 住 品 质`, `吃 亏 ?`). No rule that reads words,
 * labels or headlines can see through that, so the spacing goes before anything reads the text. The evidence
 * is per line: most neighbouring Han characters apart by exactly one space, and three such lines of five Han
 * characters or more in the text (then a shorter line spaced alike, even `议 ?`, is spaced too). In such a line a space beside a Han character or a Chinese mark goes (and beside `,:;?!` or a
 * figure that touches one); a space between two Latin words, or between a Latin word and Han, stays for the
 * spacing rules to judge. A half-width `,:;?!` spaced like the characters after a Han character becomes the
 * Chinese mark it was. One change a line, with the line as it stood.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'letter-spacing';

// A Han character or a Chinese mark; and what may stand beside one with a space that goes (figures, `,:;?!()`).
const CJK = '\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’…—';
const NEAR = `${CJK}0-9%.,:;?!()`;
const HAN = new RegExp(`[${CJK}]`, 'u');
const FIGURE = /[0-9%.,:;?!()]/u;
// Neighbours in a line: two non-spaces, with the spaces between.
const PAIR = /(\S)( *)(?=(\S))/gu;

const QUICK = /\p{Script=Han} \p{Script=Han} \p{Script=Han} \p{Script=Han}/u;

function spacedLine(line: string, least = 4): boolean {
  let pairs = 0;
  let spaced = 0;
  for (const m of line.matchAll(PAIR)) {
    if (!HAN.test(m[1]!) || !HAN.test(m[3]!)) continue;
    pairs++;
    if (m[2] === ' ') spaced++;
  }
  return pairs >= least && spaced >= pairs * 0.7;
}

// One space between two characters, at least one Han (or a Chinese mark) and the other Han, a mark or a figure.
const SPACE = new RegExp(`(?<=[${NEAR}]) (?=[${NEAR}])`, 'gu');

// A half-width mark set apart like the characters around it (`如 何 ? 茶`) was typed as the Chinese mark: OCR
// read its shape. (A `?` glued between two Han characters is left alone: that is how lost characters look.)
const SPACED_MARK = /(?<=\p{Script=Han}[”’」』）)]?) ([,:;?!])(?= |$)/gu;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

function unspace(line: string): string {
  return line.replace(SPACED_MARK, (_, mark: string) => ` ${FULL[mark]!}`).replace(SPACE, (m, at: number, s: string) => {
    const before = s[at - 1]!;
    const after = s[at + 1]!;
    // Two figures (`2024 2025`) or two marks keep their space: only a Han neighbour says it is letter-spacing.
    const han = (c: string) => HAN.test(c) && !FIGURE.test(c);
    return han(before) || han(after) ? '' : m;
  });
}

export function letterSpacing(text: string, lineMap: number[]): Reading | undefined {
  // Four Han characters spaced in a row, somewhere: a cheap test that most texts fail at once.
  if (!QUICK.test(text)) return undefined;
  const lines = text.split('\n');
  let found = 0;
  for (const l of lines) if (QUICK.test(l) && spacedLine(l) && ++found >= 3) break;
  // In a text spaced so, a short line spaced alike (`么 影 响 ?`, the end of a paragraph) is spaced too.
  // (Elsewhere only a line of fields set apart by wide gaps, one of them spaced out, is read below.)
  const spaced = lines.map((l) => found >= 3 && (spacedLine(l, 1) || /^\S(?: \S)+$/u.test(l.trim())));
  const changes: Change[] = [];
  const out = lines.map((line, i) => {
    // A line of fields set apart by wide gaps (a page's running head, `洺 州 日 报    2024年6月14日 星期五    A7`):
    // a field spaced letter by letter is unspaced, the gaps between the fields stay.
    const fields = spaced[i] ? [] : line.split(/( {2,}|\t+)/u);
    if (fields.length >= 5 || (found >= 3 && fields.length >= 3)) {
      const to = fields.map((f, k) => (k % 2 === 0 && /^\S(?: \S){1,}$/u.test(f.trim()) && (found >= 3 || /^\p{Script=Han}(?: \p{Script=Han}){3,}$/u.test(f.trim())) && HAN.test(f) ? unspace(f) : f)).join('');
      if (to !== line) changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line, to });
      return to;
    }
    if (!spaced[i]) return line;
    const to = unspace(line);
    if (to !== line) changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line, to });
    return to;
  });
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap };
}
