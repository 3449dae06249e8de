/**
 * Site chrome across a book: a line that the articles of one book share —
 * `返回搜狐，查看更多`, a portal's footer, an app's prompt — is the site's
 * furniture, not any article's text. The evidence is the repetition itself,
 * so no list of publishers is needed; it must be strong: the same short line,
 * no sentence, among the first or last lines of at least three distinct
 * articles and of at least half of them.
 * The lines found are handed to `boilerplate` as whole-block patterns, so
 * every removal is reported like any other.
 */
import type { RuleSettings } from './pipeline.ts';

const MAX_LENGTH = 40;

const EDGE = 8;
// `责任编辑：某某`, `来源：某报`: metadata the article's own rules read, whoever repeats it.
const METADATA = /^[\p{Script=Han}]{1,6}[：:]/u;

export function siteChrome(texts: string[]): string[] {
  // The same article twice is no evidence: count each distinct text once.
  const distinct = [...new Set(texts)];
  if (distinct.length < 3) return [];
  const seen = new Map<string, number>();
  for (const t of distinct) {
    const all = t.split('\n').map((l) => l.replace(/[\s\u3000\u00a0\u200b-\u200d\ufeff]+/gu, '')).filter((l) => l !== '');
    // Chrome sits above and below the article; the first line is its headline, never chrome.
    const edges = [...all.slice(1, EDGE + 1), ...all.slice(-EDGE)];
    const lines = new Set(edges.filter((l) => l.length >= 2 && l.length <= MAX_LENGTH && !/[。！？；]/u.test(l) && /\p{Script=Han}/u.test(l) && !/^[#>|*-]/u.test(l) && !METADATA.test(l)));
    for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(distinct.length / 2));
  return [...seen].filter(([, n]) => n >= needed).map(([l]) => l).sort();
}

/** The book's rule settings with the site chrome added to `boilerplate`'s block patterns. */
export function withSiteChrome(rules: RuleSettings | undefined, chrome: string[]): RuleSettings | undefined {
  if (chrome.length === 0 || rules?.boilerplate === false) return rules;
  const current = typeof rules?.boilerplate === 'object' ? rules.boilerplate : {};
  const patterns = (current.patterns ?? {}) as { block?: string[] };
  return { ...rules, boilerplate: { ...current, patterns: { ...patterns, block: [...(patterns.block ?? []), ...chrome] } } };
}
