/**
 * database-record: one article as a news or literature database exports its full record, in one of three forms —
 * RIS (`TY  - NEWS`, `TI  - …`, `AU  - …`, `T2  - …`, `DA  - …`, the text in `N1  - 全文：…`, `ER  - `), a Chinese
 * full-text database's bracketed fields (`【标题】…`, `【作者】…`, `【报纸名称】…`, `【日期】…`, `【正文】` and the text), or
 * a news database's two-letter tags (`HD` headline, `BY` byline, `PD` date, `SN` source, `LP` lead and `TD` text,
 * continued on indented lines). The fields the article has (title, subtitle, author, source, date, address, text)
 * are handed to `json-record` as the record it reads; the database's own fields (record numbers, keywords, codes,
 * abstracts, counts, the export's header and footer) go, each reported.
 */
import type { Change } from '../report.ts';
import { linesRemoved, recordAsJson, type Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'database-record';

type Field = 'title' | 'subtitle' | 'author' | 'source' | 'published' | 'url' | 'text';

// RIS: `XX  - value`.
const RIS_LINE = /^([A-Z][A-Z0-9])  - ?(.*)$/u;
const RIS: Record<string, Field> = { TI: 'title', T1: 'title', AU: 'author', A1: 'author', T2: 'source', JO: 'source', JF: 'source', DA: 'published', Y1: 'published', UR: 'url', N1: 'text' };
// Bracketed fields: `【标题】…`.
const BRACKET_LINE = /^【([^【】\n]{1,8})】(.*)$/u;
const BRACKET: Record<string, Field> = { 标题: 'title', 題名: 'title', 题名: 'title', 副标题: 'subtitle', 副題: 'subtitle', 作者: 'author', 责任者: 'author', 报纸名称: 'source', 報紙名稱: 'source', 刊名: 'source', 来源: 'source', 日期: 'published', 出版日期: 'published', 发表日期: 'published', 链接: 'url', 网址: 'url', 正文: 'text', 全文: 'text' };
// News database tags: `HD 标题`, continued on lines indented under the value.
const TAG_LINE = /^([A-Z]{2}) {1,3}(\S.*)$/u;
const TAGS: Record<string, Field> = { HD: 'title', BY: 'author', PD: 'published', SN: 'source', LP: 'text', TD: 'text' };
const TAG_NAMES = new Set(['HD', 'BY', 'WC', 'PD', 'SN', 'SC', 'PG', 'LA', 'CY', 'LP', 'TD', 'CO', 'IN', 'NS', 'RE', 'AN', 'ET', 'ED', 'SE', 'CR']);

interface Entry { at: number; key: string; label: string; lines: [number, string][] }

/** The text's entries in one of the three forms, and where the record starts and ends; undefined if none fits. */
function entriesOf(lines: string[]): { entries: Entry[]; form: Record<string, Field>; start: number; end: number } | undefined {
  const trimmed = lines.map((l) => l.replace(/^\ufeff/u, '').replace(/\r$/u, ''));
  const collect = (test: (l: string) => RegExpExecArray | null, known: (k: string) => boolean, continued: (l: string) => boolean) => {
    const entries: Entry[] = [];
    let start = -1;
    let end = -1;
    for (const [i, l] of trimmed.entries()) {
      const m = test(l);
      if (m && known(m[1]!)) {
        if (start < 0) start = i;
        entries.push({ at: i, key: m[1]!, label: l.slice(0, l.length - m[2]!.length), lines: m[2]!.trim() === '' ? [] : [[i, m[2]!]] });
        end = i + 1;
      } else if (entries.length > 0 && (l.trim() === '' || continued(l))) {
        if (l.trim() !== '') {
          entries[entries.length - 1]!.lines.push([i, l]);
          end = i + 1;
        } else entries[entries.length - 1]!.lines.push([i, '']);
      } else if (entries.length > 0) break;
    }
    return { entries, start, end };
  };
  const ris = collect((l) => RIS_LINE.exec(l), () => true, (l) => !RIS_LINE.test(l));
  if (ris.entries.length >= 4 && ris.entries[0]!.key === 'TY' && ris.entries.some((e) => e.key === 'ER')) return { ...ris, form: RIS };
  const bracket = collect((l) => BRACKET_LINE.exec(l), () => true, (l) => !BRACKET_LINE.test(l));
  if (bracket.entries.length >= 4 && bracket.entries.some((e) => BRACKET[e.key] === 'title') && bracket.entries.some((e) => BRACKET[e.key] === 'text')) return { ...bracket, form: BRACKET };
  const tags = collect((l) => TAG_LINE.exec(l), (k) => TAG_NAMES.has(k), (l) => /^ {2,}\S/u.test(l));
  if (tags.entries.length >= 5 && tags.entries.some((e) => e.key === 'HD') && tags.entries.some((e) => e.key === 'TD' || e.key === 'LP')) return { ...tags, form: TAGS };
  return undefined;
}

/** An entry's value: its lines, a blank line parting paragraphs, a line broken at the page's width joined on. */
function valueOf(e: Entry, lineByLine: boolean): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const [, l] of e.lines) {
    const t = l.trim();
    // (A line the text indents with U+3000, `　　本报讯…`, opens a paragraph of its own.)
    // (RIS wraps nothing: each line of a field is a paragraph of its own.)
    if (t === '' || lineByLine || l.replace(/^[ \t]*/u, '').startsWith('\u3000\u3000')) {
      if (current !== '') paragraphs.push(current);
      current = t === '' ? '' : t;
      continue;
    }
    current = joinWrapped(current, t);
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}

export function databaseRecord(text: string, lineMap: number[]): Reading | undefined {
  if (!/^(?:TY {2}- |【|[A-Z]{2} )/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const found = entriesOf(lines);
  if (!found) return undefined;
  const { entries, form, start, end } = found;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const gone = (from: number, to: number, why: string) => {
    const change = linesRemoved(RULE, lines, lineMap, from, to, why);
    if (change) changes.push(change);
  };
  gone(0, start, "the database's export header (its name, the export's time and format, a reference line)");
  gone(end, lines.length, "the database's footer (its name, address and terms)");
  const record: Partial<Record<Field, string>> = {};
  for (const e of entries) {
    const field = form[e.key];
    let value = valueOf(e, form === RIS);
    if (field === 'text') {
      // (RIS keeps the text in a note, its label first: `N1  - 全文：…`.)
      const label = /^(?:全文|正文|Full ?text)[：:][ \u3000]*/iu.exec(value);
      if (label) {
        changes.push({ rule: RULE, kind: 'removed', line: line(e.at), text: label[0].trim(), to: "the note's label before the record's text" });
        value = value.slice(label[0].length);
      }
    }
    if (field === undefined || value === '' || (field !== 'text' && record[field] !== undefined)) {
      gone(e.at, (e.lines.at(-1)?.[0] ?? e.at) + 1, field === undefined ? "a field of the database's record (not the article's)" : 'a second value of a field the record has');
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: line(e.at), text: e.label.trim(), to: "the field's tag in the database's record" });
    // (A byline field with the reporter's role, `记者钭雨眠`: the role goes.)
    const role = field === 'author' ? /^(?:本报|本報)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員)[ \u3000]*(?=\p{Script=Han}{2,4}$)/u.exec(value) : null;
    if (role) {
      changes.push({ rule: RULE, kind: 'removed', line: line(e.at), text: role[0].trim(), to: "the reporter's role in the record's byline" });
      value = value.slice(role[0].length);
    }
    record[field] = field === 'text' && record.text !== undefined ? `${record.text}\n\n${value}` : value;
  }
  if (record.text === undefined || record.title === undefined) return undefined;
  return recordAsJson(record, changes, line(start));
}
