/**
 * sogou-record: the SogouCS/SogouCA corpora store each article as a record
 * `<doc><url>…</url><docno>…</docno><contenttitle>…</contenttitle><content>…</content></doc>`.
 * The record says what each part is, so no guessing is needed: the content
 * is the body, the content title is the title (less the portal's `（图）`
 * tag), the address goes to the front matter, and the record id and the
 * tags are removed (reported). So with the record as a converter's TSV row under a header line of the
 * field names.
 */
import type { Change } from '../report.ts';
import { decodeHtmlReferences, type Reading } from './reading.ts';

export const RULE = 'sogou-record';

const RECORD = /^\s*<doc>\s*$/u;
const FIELD = /^\s*<(url|docno|contenttitle)>([^<\n]{0,2000})<\/\1>\s*$/u;
const CONTENT_OPEN = /^\s*<content>/u;
const CONTENT_CLOSE = /<\/content>\s*$/u;
// The portal's note that the page has photos: not part of the headline.
const LEAD_TAG = /^(?:图文|圖文|组图|組圖|视频|視頻)[：:][\s\u3000]*/u;
const PHOTO_TAG = /[（(](?:组)?图[）)]$/u;
const BRACKET_TAG = /^[【\[](?:视频|視頻|图|圖|组图|組圖|图文|圖文|音频|音頻|直播)[】\]][\s\u3000]*/u;

export function readSogouRecord(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !RECORD.test(lines[first]!) || !lines.some((l) => CONTENT_OPEN.test(l))) return readSogouTsv(text, lineMap);
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  const out: string[] = [];
  const outMap: number[] = [];
  let inContent = false;
  lines.forEach((raw, i) => {
    const line = lineMap[i] ?? i + 1;
    const removed = (span: string, why: string) => changes.push({ rule: RULE, kind: 'removed', line, text: span, to: why });
    const keep = (s: string) => {
      out.push(s);
      outMap.push(line);
    };
    if (!inContent) {
      const f = FIELD.exec(raw);
      if (/^\s*<\/?doc>\s*$/u.test(raw)) return removed(raw.trim(), 'record tag');
      if (f) {
        const [, name, value] = f as unknown as [string, string, string];
        if (name === 'docno') return removed(raw.trim(), 'record id');
        removed(`<${name}>`, 'record tag');
        removed(`</${name}>`, 'record tag');
        if (meta[name === 'url' ? 'url' : 'title'] !== undefined) return removed(value, `a second <${name}> in the record`);
        if (name === 'url') {
          if (value.trim()) meta.url = value.trim();
          changes.push({ rule: RULE, kind: 'moved', line, text: value, to: 'front matter: url' });
          return;
        }
        const title = sogouTitle(value, removed, (m, ch) => changes.push({ rule: RULE, kind: 'changed', line, text: m, to: `${ch} (an HTML character reference in the title)` }));
        if (title) meta.title = title;
        changes.push({ rule: RULE, kind: 'moved', line, text: title, to: 'front matter: title' });
        return;
      }
      if (CONTENT_OPEN.test(raw)) {
        inContent = true;
        removed('<content>', 'record tag');
        raw = raw.replace(CONTENT_OPEN, '');
      } else {
        return keep(raw);
      }
    }
    if (CONTENT_CLOSE.test(raw)) {
      inContent = false;
      removed('</content>', 'record tag');
      raw = raw.replace(CONTENT_CLOSE, '');
    }
    keep(raw);
  });
  return { text: out.join('\n'), meta, changes, lineMap: outMap };
}

/** The record's title less the portal's photo and media tags, its HTML references decoded (each reported). */
function sogouTitle(value: string, removed: (span: string, why: string) => void, onReference: (m: string, ch: string) => void): string {
  let title = value.trim();
  const tag = PHOTO_TAG.exec(title);
  if (tag) {
    removed(tag[0], "the portal's photo tag");
    title = title.slice(0, tag.index).trimEnd();
  }
  // The same tag before the title as a label (`图文：马蜂“安家”居民楼…`).
  const lead = LEAD_TAG.exec(title);
  if (lead && title.length - lead[0].length >= 4) {
    removed(lead[0], "the portal's photo tag");
    title = title.slice(lead[0].length);
  }
  // The portal wrote its title's quotes as HTML's references (`&ldquo;诚信菜摊&rdquo;`): the characters they name.
  title = decodeHtmlReferences(title, onReference);
  // A portal's media tag before it in brackets (`【视频】…`): not part of the headline.
  const bracketTag = BRACKET_TAG.exec(title);
  if (bracketTag && title.length - bracketTag[0].length >= 4) {
    removed(bracketTag[0], "the portal's media tag");
    title = title.slice(bracketTag[0].length);
  }
  return title;
}

// A converter's table of records (TSV, a header line of the record's field names, a record a row).
const TSV_FIELDS = new Set(['docno', 'url', 'contenttitle', 'content']);

/**
 * The same record as a converter writes it to TSV: a header line naming the fields (`docno url contenttitle
 * content`, tabs between), then the record on one line. The header says what each cell is: the content is the
 * body, the title and the address go to the front matter, the header, the id and the tabs are removed. (One
 * record only: a table of many is a corpus, no article.)
 */
export function readSogouTsv(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const filled = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '');
  if (filled.length !== 2) return undefined;
  const [[header, h], [row, r]] = filled as [readonly [string, number], readonly [string, number]];
  const names = header.trim().split('\t').map((n) => n.trim().toLowerCase());
  const cells = row.replace(/\r$/u, '').split('\t');
  if (!names.includes('content') || !names.includes('contenttitle') || !names.every((n) => TSV_FIELDS.has(n)) || cells.length !== names.length) return undefined;
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  const line = lineMap[r] ?? r + 1;
  const removed = (span: string, why: string) => changes.push({ rule: RULE, kind: 'removed', line, text: span, to: why });
  changes.push({ rule: RULE, kind: 'removed', line: lineMap[h] ?? h + 1, text: header.trim(), to: "the header line of a converter's table of records" });
  let content = '';
  names.forEach((name, k) => {
    const value = cells[k]!;
    if (k > 0) removed('\t', "the tab between the record's cells");
    if (name === 'docno') return removed(value, 'record id');
    if (name === 'url') {
      if (value.trim()) meta.url = value.trim();
      return changes.push({ rule: RULE, kind: 'moved', line, text: value, to: 'front matter: url' });
    }
    if (name === 'contenttitle') {
      const title = sogouTitle(value, removed, (m, ch) => changes.push({ rule: RULE, kind: 'changed', line, text: m, to: `${ch} (an HTML character reference in the title)` }));
      if (title) meta.title = title;
      return changes.push({ rule: RULE, kind: 'moved', line, text: title, to: 'front matter: title' });
    }
    content = value;
  });
  return { text: content, meta, changes, lineMap: [line] };
}
