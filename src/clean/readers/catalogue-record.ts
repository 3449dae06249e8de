/**
 * catalogue-record: a library catalogue's record of a newspaper article with its full text attached, as a text
 * browser prints the record page (`书目详细信息`, then `题名/责任者`, `出处`, `主题词`, `分类号`, `索书号` … a field a
 * line, then `全文` over the article). The record's fields are the library's: they go, each reported, and the text
 * under `全文` is the article. The `出处` field names the paper and the day it printed the article (`兰岫晚报.
 * 2027-10-22(A6)`): they are the source and the date.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'catalogue-record';

const FIELD = /^[ \t\u3000]*(题名\/责任者|题名|責任者|责任者|出处|出處|主题词|主題詞|分类号|分類號|文献类型|文獻類型|馆藏地|館藏地|索书号|索書號|ISSN|ISBN|载体形态|附注)[ \t\u3000]+\S/u;
const FULL_TEXT = /^[ \t\u3000]*(?:全文|全文内容|全文內容|正文)[ \t\u3000]*$/u;
const SOURCE = /^[ \t\u3000]*(?:出处|出處)[ \t\u3000]+([\p{Script=Han}A-Za-z]{2,16})[.．。][ \t\u3000]*(\d{4}-\d{2}-\d{2})(?:\(([^)\n]{1,8})\))?[ \t\u3000]*$/u;

export function catalogueRecord(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const full = lines.findIndex((l) => FULL_TEXT.test(l));
  if (full < 0) return undefined;
  const fields = lines.slice(0, full).filter((l) => FIELD.test(l));
  if (fields.length < 3) return undefined;
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  const line = (i: number) => lineMap[i] ?? i + 1;
  for (let i = 0; i <= full; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    const source = SOURCE.exec(lines[i]!);
    if (source) {
      meta.source = source[1]!;
      meta.published = source[2]!;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: source[1]!, to: "front matter: source (the paper the catalogue's 出处 names)" });
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: source[2]!, to: "front matter: published (the day the catalogue's 出处 names)" });
      const rest = t.replace(source[1]!, '').replace(source[2]!, '').trim();
      if (rest !== '') changes.push({ rule: RULE, kind: 'removed', line: line(i), text: rest, to: "the 出处 field's label, stops and page" });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: t, to: i === full ? "the catalogue's heading over the full text" : "the catalogue's record over the full text (its menu, name and fields)" });
  }
  const kept = lines.slice(full + 1);
  return { text: kept.join('\n'), meta, changes, lineMap: kept.map((_, k) => line(full + 1 + k)) };
}
