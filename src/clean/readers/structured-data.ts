/**
 * structured-data: a whole web page (its `<head>` and all) names its article in schema.org's JSON-LD
 * (`<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": …}, "mainEntityOfPage":
 * {"@id": …}}`) and its address in `<link rel="canonical">`. The page says what these are, so they are read,
 * parsed as HTML and as JSON, not matched: the publisher's name is the source, the article's page (or the
 * canonical link) the url. The text is left as it is: the script and the link go with the rest of the
 * markup, reported by `markup-debris`.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Change } from '../report.ts';
import { isRecord, type Reading } from './reading.ts';

export const RULE = 'structured-data';

type Json = Record<string, unknown>;
const ARTICLE = /^(?:NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|Report)$/u;
const ADDRESS = /^https?:\/\/\S+$/u;

export function structuredData(text: string, lineMap: number[]): Reading | undefined {
  if (!/<script[^>]{0,200}application\/ld\+json|<link[^>]{0,200}canonical/iu.test(text)) return undefined;
  const tree = fromHtml(text) as Root;
  const scripts: { json: string; line: number }[] = [];
  let canonical: { href: string; line: number } | undefined;
  const at = (el: Element) => lineMap[(el.position?.start.line ?? 1) - 1] ?? el.position?.start.line ?? 1;
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'script' && String(el.properties.type ?? '').toLowerCase() === 'application/ld+json') scripts.push({ json: hastToString(el), line: at(el) });
    const rel = el.properties.rel;
    if (el.tagName === 'link' && Array.isArray(rel) && rel.map(String).includes('canonical') && typeof el.properties.href === 'string' && ADDRESS.test(el.properties.href)) canonical ??= { href: el.properties.href, line: at(el) };
  });
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  for (const { json, line } of scripts) {
    const article = articleIn(parse(json));
    if (!article) continue;
    const publisher = isRecord(article.publisher) && typeof article.publisher.name === 'string' ? article.publisher.name.trim() : undefined;
    if (publisher && meta.source === undefined) {
      meta.source = publisher;
      changes.push({ rule: RULE, kind: 'moved', line, text: publisher, to: "front matter: source (the publisher the page's JSON-LD names)" });
    }
    const page = isRecord(article.mainEntityOfPage) ? article.mainEntityOfPage['@id'] : article.mainEntityOfPage;
    const url = [page, article.url].find((v): v is string => typeof v === 'string' && ADDRESS.test(v));
    if (url && meta.url === undefined) {
      meta.url = url;
      changes.push({ rule: RULE, kind: 'moved', line, text: url, to: "front matter: url (the article's page in the page's JSON-LD)" });
    }
  }
  if (canonical && meta.url === undefined) {
    meta.url = canonical.href;
    changes.push({ rule: RULE, kind: 'moved', line: canonical.line, text: canonical.href, to: "front matter: url (the page's canonical link)" });
  }
  return changes.length > 0 ? { text, meta, changes, lineMap } : undefined;
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The article among a JSON-LD block's items: the block itself, an item of a list, or of its `@graph`. */
function articleIn(data: unknown): Json | undefined {
  const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  return items.find((i): i is Json => isRecord(i) && [i['@type']].flat().some((t) => typeof t === 'string' && ARTICLE.test(t)));
}
