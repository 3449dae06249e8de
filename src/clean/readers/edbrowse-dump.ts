/**
 * edbrowse-dump: a page as the edbrowse browser prints it: every link in braces (`{首页}`, `{《某某方案》}`), a
 * heading after its level (`h2 某某街道完成改造`), a form's fields in angle brackets (`<> <搜索>`), a table's rows
 * as cells between bars (`改造类别|主要内容|完成户数`). Where the file says so (headings marked so and links in
 * braces throughout), the braces go and the words stay, a heading is a Markdown heading (the site's name as
 * its `h1` over the article's `h2` stays a line, the site's head), the form's line goes, and two rows or more
 * of one width are a table; all reported.
 */
import type { Change } from '../report.ts';
import { writeTable, type Reading } from './reading.ts';
import { looksLikeOrganisation } from '../organisations.ts';

export const RULE = 'edbrowse-dump';

const HEADING = /^h([1-6]) (\S.*)$/u;
const LINK = /\{([^{}\n]{1,120})\}/gu;
const FORM = /^(?:<[^<>\n]{0,40}>[ \t]*)+$/u;
const ROW = /^[^|\n]{1,60}(?:\|[^|\n]{0,60}){1,9}$/u;

export function edbrowseDump(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const headings = lines.filter((l) => HEADING.test(l)).length;
  const links = (text.match(LINK) ?? []).length;
  if (headings === 0 || links < 5) return undefined;
  const changes: Change[] = [];
  const at = (i: number) => lineMap[i] ?? i + 1;
  const h1 = lines.filter((l) => /^h1 /u.test(l));
  const siteHead = h1.length === 1 && lines.some((l) => /^h2 /u.test(l)) && looksLikeOrganisation(h1[0]!.slice(3).replace(LINK, '$1').trim());
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (FORM.test(line.trim()) && line.trim() !== '') {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: line.trim(), to: "a form's fields as the browser prints them" });
      continue;
    }
    if (line.includes('{')) {
      line = line.replace(LINK, (_m, words: string) => words);
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: '{}', to: "the braces the browser prints round a link's words" });
    }
    const h = HEADING.exec(line);
    if (h) {
      const level = Number(h[1]);
      changes.push({ rule: RULE, kind: 'changed', line: at(i), text: `h${level} `, to: level === 1 && siteHead ? "nothing (the site's name as its h1, a line of its head)" : `a heading of level ${level}` });
      line = level === 1 && siteHead ? h[2]! : `${'#'.repeat(level)} ${h[2]}`;
    }
    // Rows of cells between bars, two or more of one width in a row: a table.
    if (ROW.test(line) && !/ \| /u.test(line)) {
      const width = line.split('|').length;
      let j = i + 1;
      while (j < lines.length && ROW.test(lines[j]!) && !/ \| /u.test(lines[j]!) && lines[j]!.split('|').length === width) j++;
      if (j - i >= 2) {
        const rows = lines.slice(i, j).map((l) => l.replace(LINK, (_m, w: string) => w).split('|').map((c) => c.trim()));
        writeTable(out, map, rows, rows.map((_, k) => at(i + k)));
        changes.push({ rule: RULE, kind: 'changed', line: at(i), text: `${j - i} rows of cells between bars`, to: 'a table (the first row its header)' });
        if (j < lines.length && lines[j]!.trim() !== '') { out.push(''); map.push(at(j - 1)); }
        i = j - 1;
        continue;
      }
    }
    out.push(line);
    map.push(at(i));
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
