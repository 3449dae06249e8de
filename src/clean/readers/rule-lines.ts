/**
 * rule-lines: a scrape keeps a page's separator as a line of dashes or equals signs (a forum post's
 * signature rule, a newsletter's section rules). Right under a line of text, Markdown would read it as the
 * underline of a setext heading and make everything above it, back to the last blank line, one heading. A
 * scrape never means that: a blank line goes before the rule, which stays a line of its own. One short line
 * with no sentence in it, alone above the underline, is the setext heading an HTML-to-Markdown converter
 * writes: left as it is.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { displayWidth } from '../chars.ts';

export const RULE = 'rule-lines';

const RULE_LINE = /^[ \t]{0,3}(?:-{3,}|={3,})[ \t]*$/u;
// A rule drawn with other marks (`————————`, `━━━━`, `＝＝＝＝`): no Markdown, so a line of text to a parser; a
// rule all the same, written as Markdown's own (`***`, which no heading takes for its underline).
const DRAWN_RULE = /^[ \t\u3000]*(?:—{4,}|－{4,}|─{4,}|━{4,}|═{4,}|＝{4,}|＿{4,}|_{4,}|～{4,}|\*{4,}|＊{4,})[ \t\u3000]*$/u;

export function ruleLines(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  // Front matter's own fences (`---` on the first line, and the one closing it) are left alone.
  let fence = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  if (fence < 0 && lines[0]?.trim() === '---') fence = 0;
  // (An opening fence set in by a stray space, `  ---`, is still the front matter's, where a fence closes it: a
  // Markdown parser would take the fields for a heading over the closing one. It is written flush.)
  const changes: Change[] = [];
  if (fence > 0 && lines[0] !== '---' && /^[ \t]+---[ \t]*$/u.test(lines[0]!)) {
    changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: lines[0]!, to: "---: the front matter's opening fence, its stray indent removed" });
    lines[0] = '---';
  }
  lines.forEach((line, i) => {
    // One short line above, no sentence (`村民：去年水灾损失上万令吉` / `---`), is a setext heading as a converter
    // writes one (turndown, reader services): only under a paragraph of lines, or a sentence, is it a rule.
    const above = lines[i - 1]?.trim() ?? '';
    const heading = i > 1 && lines[i - 2]!.trim() === '' && above.length <= 30 && !/[。！？!?]$/u.test(above);
    if (i > fence && DRAWN_RULE.test(line) && !/^[ \t]{0,3}\*{4,}[ \t]*$/u.test(line)) {
      out.push('***');
      map.push(lineMap[i] ?? i + 1);
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line.trim(), to: 'a rule (***)' });
      return;
    }
    // A line of equals signs after a blank line is no underline, and Markdown reads it as text (a newsletter's
    // section rules `====`): a rule all the same.
    if (i > fence && /^[ \t]{0,3}={3,}[ \t]*$/u.test(line) && above === '') {
      out.push('***');
      map.push(lineMap[i] ?? i + 1);
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line.trim(), to: 'a rule (***)' });
      return;
    }
    // Two short lines, no sentence, under a blank line and over a row of dashes as wide as they are (in columns,
    // or in characters: Perl's HTML::FormatText counts characters): one heading a converter printed in two lines
    // (textversionjs underlines an <h2> with a <br> in it). The line break is the
    // heading's own, written as Markdown's hard break, and the row stays its underline.
    const upper = lines[i - 2]?.trim() ?? '';
    const twoLines = i > fence + 2 && /^[ \t]{0,3}-{3,}[ \t]*$/u.test(line) && (i === 2 || lines[i - 3]!.trim() === '') && [upper, above].every((l) => l !== '' && l.length <= 30 && !/[。！？!?；;：:]$/u.test(l) && !/^(?:[-*+>#]|\d+[.)])/u.test(l)) && line.trim().length >= 0.8 * Math.min(Math.max(displayWidth(upper), displayWidth(above)), Math.max(upper.length, above.length));
    if (twoLines && !out[out.length - 2]!.endsWith('\\')) {
      out[out.length - 2] = `${out[out.length - 2]!.trimEnd()}\\`;
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i - 2] ?? i - 1, text: '⏎', to: "a line break inside one heading, underlined as one by the converter" });
      out.push(line);
      map.push(lineMap[i] ?? i + 1);
      return;
    }
    // (A stub of two dashes, `--`, what is left of a table's rule that a line break cut, underlines a setext heading
    // too: under a line longer than itself, it is no underline either.)
    const stub = i > fence && i > 0 && /^[ \t]{0,3}(?:-{2}|={1,2})[ \t]*$/u.test(line) && displayWidth(above) > 2;
    // (Written as Markdown's rule: `--` alone on its line is an e-mail signature's delimiter to the rules after.)
    if (stub) {
      out.push('', '***');
      map.push(lineMap[i] ?? i + 1, lineMap[i] ?? i + 1);
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line.trim(), to: 'a rule (***) of its own, not the underline of a heading' });
      return;
    }
    const under = i > fence && i > 0 && RULE_LINE.test(line) && above !== '' && !heading;
    if (under) {
      out.push('');
      map.push(lineMap[i] ?? i + 1);
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: line.trim(), to: 'a rule of its own, not the underline of a heading' });
      // (equals signs after the blank line would be text: written as Markdown's rule)
      if (line.includes('=')) {
        out.push('***');
        map.push(lineMap[i] ?? i + 1);
        return;
      }
    }
    out.push(line);
    map.push(lineMap[i] ?? i + 1);
  });
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
