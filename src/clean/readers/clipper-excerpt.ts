/**
 * clipper-excerpt: MarkDownload (Readability + Turndown) writes the page's summary under the title as a block
 * quote headed `## Excerpt`, and a rule under it, before the article. The summary is the page's digest
 * (摘要), not a quotation of the text: where the text does not hold it, it is the deck; where it repeats the
 * opening, it goes (reported). The heading and the rule are the clipper's.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'clipper-excerpt';

/** What the report says of a summary that is the site's description: title-parts reads the site's name from it. */
export const SITE_DESCRIPTION = "the site's description of itself (it opens with the site's name after the page's title)";
const HEAD = /^>[ \t]*#{1,6}[ \t]*Excerpt[ \t]*$/u;
const compact = (s: string) => s.replace(/[\s\u3000*_>#“”"「」]/gu, '');

export function clipperExcerpt(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // Near the top only: under the front matter and the title.
  const at = lines.findIndex((l, i) => i < 30 && HEAD.test(l));
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < lines.length && /^>/u.test(lines[end]!)) end++;
  const summary = lines.slice(at + 1, end).map((l) => l.replace(/^>[ \t]?/u, '').trim()).filter((l) => l !== '').join('');
  const changes: Change[] = [];
  const out = [...lines];
  const line = (i: number) => lineMap[i] ?? i + 1;
  changes.push({ rule: RULE, kind: 'removed', line: line(at), text: lines[at]!.trim(), to: "the clipper's heading over the page's summary" });
  out[at] = '';
  const meta: Record<string, unknown> = {};
  const rest = compact(lines.slice(end).join(''));
  for (let i = at + 1; i < end; i++) out[i] = '';
  // The page's title over it (`# …｜硅潮科技`), the site's name after its separator.
  const titleLine = lines.slice(0, at).reverse().find((l) => /^#[ \t]/u.test(l));
  const site = titleLine ? /[｜|_—-][ \t]*([\p{Script=Han}A-Za-z0-9·]{2,14})[ \t]*$/u.exec(titleLine)?.[1] : undefined;
  if (summary !== '') {
    // A summary that opens with the name of the site after the title (`硅潮科技，关注前沿科技与产业。`) is the
    // site's description of itself, which every page of it carries: not the story's.
    if (site !== undefined && new RegExp(`^${site}[，,：:。 ]`, 'u').test(summary)) {
      changes.push({ rule: RULE, kind: 'removed', line: line(at + 1), text: summary, to: SITE_DESCRIPTION });
    }
    // (A summary cut short, `…表示...`, is a copy as well.)
    else if (rest.includes(compact(summary).replace(/(?:[。.…]|\.\.\.)+$/u, ''))) {
      changes.push({ rule: RULE, kind: 'removed', line: line(at + 1), text: summary, to: "the page's summary, a copy of the text's opening" });
    } else {
      meta.deck = summary;
      changes.push({ rule: RULE, kind: 'moved', line: line(at + 1), text: summary, to: 'front matter: deck (the page\'s summary, which the text does not hold)' });
    }
  }
  // The clipper's rule under the summary (blank lines between).
  let k = end;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  if (k < lines.length && /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/u.test(lines[k]!)) {
    changes.push({ rule: RULE, kind: 'removed', line: line(k), text: lines[k]!.trim(), to: "the clipper's rule under the page's summary" });
    out[k] = '';
  }
  return { text: out.join('\n'), meta, changes, lineMap };
}
