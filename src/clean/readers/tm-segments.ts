/**
 * tm-segments: an article kept in a translation memory (TMX) and printed unit by unit (`#3 段2` over its segments,
 * one a line: `  zh-CN<TAB>…`, `  en<TAB>…`). The Chinese segments are the article, in order; the sentences of one
 * paragraph (`段2`, `段2`) run on into it, a new paragraph number opens a paragraph; the other languages' segments,
 * the units' numbers and the memory's head (`TMX 1.4　工具：…`) go, reported. Four units at least, a Chinese segment
 * in each.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'tm-segments';

const UNIT = /^#(\d{1,4})(?:[ \t\u3000]+(?:段|段落|para|p)[ \t]*(\d{1,4}))?[ \t]*$/iu;
const SEGMENT = /^[ \t]+([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\t(.*)$/u;
const CHINESE = /^zh(?:[-_](?:CN|Hans|SG|TW|HK|Hant))?$/iu;
const HEAD = /^(?:TMX|tmx)[ \t\u3000]*\d/u;

export function tmSegments(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const units = lines.flatMap((l, i) => {
    const m = UNIT.exec(l.trim());
    return m ? [{ at: i, para: m[2] }] : [];
  });
  if (units.length < 4) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const head = lines.slice(0, units[0]!.at).filter((l) => l.trim() !== '');
  if (head.length > 2 || !head.every((l) => HEAD.test(l.trim()))) return undefined;
  if (head.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(0), text: head.join('\n').trim(), to: "the translation memory's head (its format, tool and project)" });
  const out: string[] = [];
  const map: number[] = [];
  let lastPara: string | undefined;
  for (const [k, u] of units.entries()) {
    const end = units[k + 1]?.at ?? lines.length;
    const segs = lines.slice(u.at + 1, end).map((l, j) => ({ m: SEGMENT.exec(l), i: u.at + 1 + j, l })).filter((s) => s.l.trim() !== '');
    if (segs.some((s) => !s.m) || !segs.some((s) => CHINESE.test(s.m![1]!))) return undefined;
    changes.push({ rule: RULE, kind: 'removed', line: line(u.at), text: lines[u.at]!.trim(), to: "the translation unit's number" });
    for (const s of segs) {
      const [, lang, words] = s.m!;
      if (!CHINESE.test(lang!)) {
        changes.push({ rule: RULE, kind: 'removed', line: line(s.i), text: `${lang}\t${words}`, to: "a segment in another language (the translation, not the article)" });
        continue;
      }
      changes.push({ rule: RULE, kind: 'removed', line: line(s.i), text: lang!, to: "the segment's language code" });
      // (A unit of the paragraph before runs on into it; another paragraph's number, or none, opens one.)
      // (A segment that ends no sentence, a headline's, a source line's, stands alone whatever its number.)
      if (out.length > 0 && u.para !== undefined && u.para === lastPara && /[。！？”」』…]$/u.test(out[out.length - 1]!)) out[out.length - 1] += words!.trim();
      else {
        if (out.length > 0) {
          out.push('');
          map.push(line(s.i));
        }
        out.push(words!.trim());
        map.push(line(s.i));
      }
      lastPara = u.para;
    }
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
