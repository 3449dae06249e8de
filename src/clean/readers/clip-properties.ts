/**
 * clip-properties: a page clipped into a notes database and exported as Markdown (Notion's export) opens with
 * the page's name as `#` — the clipped page's `<title>`, the site's name after a dash or bar — and the
 * database's properties under it, one `Key: value` a line (`Created:`, `Tags:`, `URL:`). They are the
 * clipper's record, not the article: the address goes to the front matter's url, the page name (without the
 * site's name) to its title, the site's name to source; the clipping time and the tags are removed. Two
 * properties at least, right under the `#` line, with one of them an address or a date of clipping.
 */
import type { Change } from '../report.ts';
import { siteSuffix, type Reading } from './reading.ts';

export const RULE = 'clip-properties';

const PROPERTY = /^([A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15}){0,2}):[ \t]+(\S.{0,300})$/u;
const ADDRESS_KEY = /^(?:URL|Url|Source|Link|Source URL|Original URL)$/u;
// A property that names the article's author, date or paper (not the clipping's own record).
const PROPERTY_FIELD: Record<string, string> = { Author: 'byline', Authors: 'byline', By: 'byline', Published: 'published', 'Publish Date': 'published', Date: 'published', Source: 'source', Publication: 'source' };
const CLIP_KEY = /^(?:Created|Created time|Created Time|Date|Clipped|Saved|Last edited time)$/u;

export function clipProperties(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const head = /^#[ \t]+(\S.*)$/u.exec(lines[0] ?? '');
  if (!head) return undefined;
  let i = 1;
  while (i < lines.length && i < 4 && lines[i]!.trim() === '') i++;
  const start = i;
  while (i < lines.length && PROPERTY.test(lines[i]!)) i++;
  const props = lines.slice(start, i).map((l) => PROPERTY.exec(l)!);
  if (props.length < 2 || !props.some((m) => ADDRESS_KEY.test(m[1]!) || CLIP_KEY.test(m[1]!)) || (lines[i] ?? '').trim() !== '') return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const line = (k: number) => lineMap[k] ?? k + 1;
  let title = head[1]!.trim();
  const site = siteSuffix(title);
  changes.push({ rule: RULE, kind: 'removed', line: line(0), text: '# ', to: "the mark of the clipped page's name" });
  // The site's name is told apart by the article's own headline below, printed without it; else the title is whole.
  const bare = site ? title.slice(0, site.at).trim() : '';
  if (site && lines.some((l, k) => k > i && /^#{1,3}[ \t]/u.test(l) && l.replace(/^#{1,3}[ \t]+/u, '').trim() === bare)) {
    const name = site.name;
    title = bare;
    meta.source = name;
    changes.push({ rule: RULE, kind: 'removed', line: line(0), text: site.separator, to: "the separator before the site's name" });
    changes.push({ rule: RULE, kind: 'moved', line: line(0), text: name, to: "front matter: source (the site's name after the page's title)" });
  }
  meta.title = title;
  changes.push({ rule: RULE, kind: 'moved', line: line(0), text: title, to: "front matter: title (the clipped page's name)" });
  props.forEach((m, k) => {
    const at = line(start + k);
    const [, key, value] = m as unknown as [string, string, string];
    const field = ADDRESS_KEY.test(key) && /^https?:\/\/\S+$/u.test(value.trim()) ? 'url' : PROPERTY_FIELD[key];
    if (field && meta[field] === undefined) {
      meta[field] = value.trim();
      changes.push({ rule: RULE, kind: 'removed', line: at, text: `${key}:`, to: `label of front matter: ${field}` });
      changes.push({ rule: RULE, kind: 'moved', line: at, text: value.trim(), to: `front matter: ${field}` });
    } else changes.push({ rule: RULE, kind: 'removed', line: at, text: m[0], to: "a property of the clipper's database (the clipping's record, not the article's)" });
  });
  const out = lines.map((l, k) => (k === 0 || (k >= start && k < i) ? '' : l));
  return { text: out.join('\n'), meta, changes, lineMap };
}
