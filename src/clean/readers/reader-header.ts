/**
 * reader-header: a page fetched through a reader service (Jina Reader's `r.jina.ai`, and the tools that copy
 * its output) opens with its own header — `Title:`, `URL Source:`, `Published Time:`, then
 * `Markdown Content:` and the page as Markdown. The header's fields are the page's: the title (without the
 * site's name after a bar) and the address go to the front matter, the machine time to `date`; the labels
 * and the site's name go to the report. The page's own headline and date line, below, are left to the rules.
 */
import type { Change } from '../report.ts';
import { siteSuffix, type Reading } from './reading.ts';

export const RULE = 'reader-header';

const FIELD = /^(Title|URL Source|Published Time|Description|Warning):[ \t]*(.*)$/u;
const CONTENT = /^Markdown Content:[ \t]*$/u;

export function readerHeader(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (!lines[0]?.startsWith('Title:')) return undefined;
  const end = lines.findIndex((l, i) => i < 12 && CONTENT.test(l));
  if (end < 0 || !lines.slice(0, end).some((l) => l.startsWith('URL Source:'))) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out = [...lines];
  for (let i = 0; i <= end; i++) {
    const line = lineMap[i] ?? i + 1;
    const raw = lines[i]!;
    out[i] = '';
    const m = FIELD.exec(raw);
    if (!m) {
      if (raw.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line, text: raw.trim(), to: "the reader service's header" });
      continue;
    }
    const [, label, value] = m as unknown as [string, string, string];
    const key = label === 'Title' ? 'title' : label === 'URL Source' ? 'url' : label === 'Published Time' ? 'date' : undefined;
    if (!key || value.trim() === '') {
      changes.push({ rule: RULE, kind: 'removed', line, text: raw.trim(), to: "the reader service's header" });
      continue;
    }
    let v = value.trim();
    changes.push({ rule: RULE, kind: 'removed', line, text: `${label}:`, to: `label of front matter: ${key}` });
    if (key === 'title') {
      // `标题 | 椰风日报`, `标题 - 某某网`: the site's name after the last bar is the page title's, not the story's.
      const site = siteSuffix(v);
      if (site) {
        changes.push({ rule: RULE, kind: 'removed', line, text: v.slice(site.at).trim(), to: "the site's name after the page title" });
        v = v.slice(0, site.at).trim();
      }
    }
    // A field given twice: the first is the front matter's, the second a repeat, removed (reported whole).
    if (meta[key] !== undefined) {
      changes.push({ rule: RULE, kind: 'removed', line, text: v, to: `a repeat of the header's ${label} field` });
      continue;
    }
    meta[key] = v;
    changes.push({ rule: RULE, kind: 'moved', line, text: v, to: `front matter: ${key}` });
  }
  return { text: out.join('\n'), meta, changes, lineMap };
}
