/**
 * trafilatura-xml: trafilatura's XML output (`--xml`) sets the page's metadata as attributes of `<doc>` (`title`,
 * `author`, `date`, `url`, `sitename`, `hostname`, `description`, `categories`, `tags`, `fingerprint`) and the text
 * in `<main>` as TEI-like elements: `<p>`, `<head rend="h3">`, `<list>`/`<item>`, `<hi rend="#b">`, `<lb/>`, with
 * the readers' comments in `<comments>`. The attributes say what each value is: title, date, address and site
 * name go to the front matter, the rest is reported; the elements become the Markdown they stand for, one block a
 * line, and the comments (other people's words around the article) are removed whole.
 */
import type { Change } from '../report.ts';
import { decodeXml, type Reading } from './reading.ts';

export const RULE = 'trafilatura-xml';

const DOC = /^\s*<doc\s([^>]{0,4000})>\s*$/u;
const ATTR = /([a-z_]{2,20})="([^"]{0,2000})"/gu;
const FIELD: Record<string, string> = { title: 'title', date: 'published', url: 'url', sitename: 'source' };

/**
 * A section's tag whose `>` a line break set a few lines below (`<main` / `` / `>`: white space inside a tag is
 * still the tag): the tag it is, or undefined.
 */
function cutTag(lines: string[], k: number): string | undefined {
  const m = /^\s*<(\/?(?:main|comments))\s*$/u.exec(lines[k]!);
  if (!m) return undefined;
  let e = k + 1;
  while (e < lines.length && e <= k + 3 && lines[e]!.trim() === '') e++;
  return lines[e]?.trim() === '>' ? `<${m[1]}>` : undefined;
}

export function trafilaturaXml(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const doc = first < 0 ? null : DOC.exec(lines[first]!);
  if (!doc || !lines.some((l, k) => /^\s*<main>\s*$/u.test(l) || cutTag(lines, k) === '<main>')) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  const line = (k: number) => lineMap[k] ?? k + 1;
  const push = (s: string, k: number) => {
    out.push(s);
    map.push(line(k));
  };
  for (const m of doc[1]!.matchAll(ATTR)) {
    const [, name, raw] = m as unknown as [string, string, string];
    const value = decodeXml(raw).trim();
    const field = FIELD[name];
    if (field && value !== '' && meta[field] === undefined) {
      meta[field] = value;
      changes.push({ rule: RULE, kind: 'removed', line: line(first), text: `${name}=""`, to: `the attribute of front matter: ${field}` });
      changes.push({ rule: RULE, kind: 'moved', line: line(first), text: value, to: `front matter: ${field}` });
    } else changes.push({ rule: RULE, kind: 'removed', line: line(first), text: m[0], to: "an attribute of trafilatura's record (not the article's)" });
  }
  // What the tag holds besides attributes read so (one a stray space or tab broke: `titl\te="…"`) goes with it.
  const rest = doc[1]!.replace(ATTR, '').trim();
  changes.push({ rule: RULE, kind: 'removed', line: line(first), text: rest === '' ? '<doc>' : `<doc ${rest}>`, to: "trafilatura's record tag" });
  let part: 'head' | 'main' | 'comments' | 'tail' = 'head';
  for (let k = first + 1; k < lines.length; k++) {
    const raw = lines[k]!;
    let t = raw.trim();
    // A `<p>` whose text runs over lines (a line break in the XML is white space): one element, read as one line.
    if (part === 'main' && /^<p>/u.test(t) && !/<\/p>$/u.test(t)) {
      let end = k + 1;
      while (end < lines.length && end < k + 50 && !/<\/p>\s*$/u.test(lines[end]!)) end++;
      if (end < lines.length && /<\/p>\s*$/u.test(lines[end]!)) {
        t = lines.slice(k, end + 1).map((l) => l.trim()).join('');
        changes.push({ rule: RULE, kind: 'joined', line: line(k), text: `${end - k + 1} lines of one <p>`, to: 'one paragraph (the XML wrapped it)' });
        k = end;
      }
    }
    const cut = cutTag(lines, k);
    if (cut) {
      t = cut;
      while (lines[k]!.trim() !== '>') k++;
    }
    const tag = (why: string) => changes.push({ rule: RULE, kind: 'removed', line: line(k), text: t, to: why });
    if (t === '') continue;
    if (/^<main>$/u.test(t)) { part = 'main'; tag("trafilatura's tag of the text"); continue; }
    if (/^<\/main>$/u.test(t)) { part = 'tail'; tag("trafilatura's tag of the text"); continue; }
    if (/^<comments>$/u.test(t)) { part = 'comments'; tag("trafilatura's tag of the readers' comments"); continue; }
    if (/^<\/comments>$/u.test(t)) { part = 'tail'; tag("trafilatura's tag of the readers' comments"); continue; }
    if (part !== 'main') {
      tag(part === 'comments' ? "a reader's comment under the article (not the article's)" : "trafilatura's record");
      continue;
    }
    // One element a line: its text, as the block it stands for.
    const head = /^<head(?:\s+rend="h(\d)")?>(.*)<\/head>$/u.exec(t);
    const item = /^<item>(.*)<\/item>$/u.exec(t);
    const para = /^<p>(.*)<\/p>$/u.exec(t);
    const inner = head?.[2] ?? item?.[1] ?? para?.[1];
    if (inner === undefined) {
      if (/^<\/?list(?:\s[^>]{0,100})?>$/u.test(t) || /^<\/?(?:quote|table|row|cell)(?:\s[^>]{0,100})?>$/u.test(t)) {
        tag("trafilatura's tag");
        continue;
      }
      if (/^<graphic\b[^>]{0,2000}\/>$/u.test(t)) {
        tag("an image's element (the image was not scraped)");
        continue;
      }
      // Any other element on its line (a quotation, a cell, a paragraph run over lines): its text, tags taken off.
      const quote = /^<quote>(.*)<\/quote>$/u.exec(t);
      const tags = t.match(/<[^<>]{1,200}>/gu) ?? [];
      if (tags.length > 0) changes.push({ rule: RULE, kind: 'removed', line: line(k), text: tags.join(''), to: "trafilatura's tags" });
      const plain = decodeXml((quote ? quote[1]! : t).replace(/<[^<>]{1,200}>/gu, '')).trim();
      if (plain !== '') push(quote ? `> ${plain}` : plain, k);
      // A block ends where its element closes (a `<p>` run over lines closes on its last line).
      if (quote || !/^<p>/u.test(t) || /<\/p>$/u.test(t)) push('', k);
      continue;
    }
    tag(head ? '<head></head>' : item ? '<item></item>' : '<p></p>');
    const body = decodeXml(inner.replace(/<hi rend="#b">([^<]{0,400})<\/hi>/gu, '**$1**').replace(/<\/?hi(?:\s[^>]{0,60})?>/gu, ''));
    const pieces = body.split(/<lb\s*\/>/u);
    pieces.forEach((piece, j) => {
      const prefix = j === 0 ? (head ? '## ' : item ? '- ' : '') : '';
      push(`${prefix}${piece.trim()}`, k);
    });
    if (!item) push('', k);
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
