/**
 * page-folios: a PDF's text whose pages each print their folio as `第1页／共2页` (a wire service's client copy, a
 * document's print), which the extractor (pypdf) read before the page's first line and glued to it
 * (`第2页∕共2页留证并联系商家。`), under the page's running head (`某某社供稿平台 签约用户专用 HX…`). Folios that count
 * the pages from 1 to their total, each at a line's start, are the evidence: each goes (reported), and so does
 * the line right above every one of them where it is the same on every page — the running head. The page's
 * first line stays, so that a sentence the page break cut runs on as any wrapped line does.
 */
import type { Change } from '../report.ts';
import { withoutLines, type Reading } from './reading.ts';

export const RULE = 'page-folios';

const FOLIO = /^([ \t]*第[ \t]*(\d{1,3})[ \t]*[页頁][ \t]*[/／∕][ \t]*共[ \t]*(\d{1,3})[ \t]*[页頁])[ \t]*/u;

export function pageFolios(text: string, lineMap: number[]): Reading | undefined {
  if (!/共[ \t]*\d{1,3}[ \t]*[页頁]/u.test(text)) return undefined;
  const lines = text.split('\n');
  const at: number[] = [];
  lines.forEach((l, i) => { if (FOLIO.test(l)) at.push(i); });
  if (at.length < 2) return undefined;
  const folios = at.map((i) => FOLIO.exec(lines[i]!)!);
  const total = Number(folios[0]![3]);
  if (at.length !== total || folios.some((m, k) => Number(m[2]) !== k + 1 || Number(m[3]) !== total)) return undefined;
  // The running head: the line right above each folio, the same on every page (its spaces aside).
  const heads = at.map((i) => i - 1);
  const key = (i: number) => (lines[i] ?? '').replace(/[\s\u3000]+/gu, '');
  const headed = heads.every((h) => h >= 0 && key(h) !== '' && key(h) === key(heads[0]!) && key(h).length <= 60 && !/[。！？]/u.test(key(h)));
  const changes: Change[] = [];
  const drop = new Set<number>();
  at.forEach((i, k) => {
    const m = folios[k]!;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: m[1]!.trim(), to: "the page's folio, read before the page's first line and glued to it" });
    lines[i] = lines[i]!.slice(m[0].length);
    if (lines[i]!.trim() === '') drop.add(i);
    if (headed) {
      changes.push({ rule: RULE, kind: 'removed', line: lineMap[i - 1] ?? i, text: lines[i - 1]!.trim(), to: "the page's running head, the same over every page's folio" });
      drop.add(i - 1);
    }
  });
  return { ...withoutLines(lines, lineMap, drop), meta: {}, changes };
}
