/**
 * site-generator: an article kept as a static site generator's Markdown file (Hugo, Zola, Jekyll): its TOML front
 * matter between `+++` lines (`title = "…"`, `date = 2028-09-02T08:00:00+08:00`, `authors = ["…"]`), read by the
 * `yaml` library once each `key = value` is written `key: value` (TOML's strings, arrays and dates are YAML's
 * too), the generator's own keys (`draft`, `categories`, `tags`, `summary` …) removed; and its shortcodes: a `figure` shortcode the photo's caption where the photo stood (`caption` and its
 * `attr`, the credit), a `ref` or `relref` shortcode the address it names, any other shortcode (a video, a tweet)
 * removed. Each reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'site-generator';

const TOML = /^\+\+\+[ \t]*\n([\s\S]{1,4000}?)\n\+\+\+[ \t]*(?:\n|$)/u;
const TOML_LINE = /^([A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(.{1,2000})$/u;
const WP_CAPTION = /\[caption\b[^\]\n]{0,300}\]([^[\n]{1,800})\[\/caption\]/gu;
const SITE_KEYS = new Set(['draft', 'categories', 'tags', 'keywords', 'slug', 'aliases', 'weight', 'layout', 'type', 'toc', 'images', 'series', 'summary', 'lastmod', 'expiryDate', 'url_alias', 'menu', 'featured_image', 'cover']);
// `{{< name args >}}` or `{{% name args %}}`, on one line.
const SHORTCODE = /\{\{[<%][ \t]*(\/?[\w-]{1,30})([^\n{}]{0,1000}?)[ \t]*[>%]\}\}/gu;
const ATTR = /([\w-]{1,30})=(?:"([^"\n]{0,500})"|'([^'\n]{0,500})'|([^\s"']{1,200}))/gu;

export function siteGenerator(text: string, lineMap: number[]): Reading | undefined {
  const toml = TOML.exec(text);
  const wordpress = WP_CAPTION.test(text);
  WP_CAPTION.lastIndex = 0;
  if (!toml && !wordpress && !/\{\{[<%]/u.test(text)) return undefined;
  const changes: Change[] = [];
  let out = text;
  if (toml) {
    const lines = toml[1]!.split('\n');
    // (Every line a key and its value, or blank: a table header, `[params]`, or a value over lines is no such file.)
    if (!lines.every((l) => l.trim() === '' || TOML_LINE.test(l.trim()))) return undefined;
    const yaml: string[] = [];
    lines.forEach((l, k) => {
      const m = TOML_LINE.exec(l.trim());
      if (!m) return;
      // The generator's own keys (whether to publish, where to list it, its teaser): the site's, not the article's.
      if (SITE_KEYS.has(m[1]!)) changes.push({ rule: RULE, kind: 'removed', line: lineMap[k + 1] ?? k + 2, text: l.trim(), to: "the site generator's own field (its draft flag, its lists, its teaser)" });
      else yaml.push(`${m[1]}: ${m[2]!.trim()}`);
    });
    changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: '+++ … +++ (TOML)', to: '--- … --- (the same keys and values, read as YAML)' });
    out = `---\n${yaml.join('\n')}\n---\n${text.slice(toml[0].length)}`;
  }
  // (Lines are counted on the text as it stands, the front matter written line for line.)
  const lineOf = (index: number) => { const n = out.slice(0, index).split('\n').length; return lineMap[n - 1] ?? n; };
  let found = false;
  out = out.replace(SHORTCODE, (whole, name: string, args: string, at: number) => {
    found = true;
    const attrs = Object.fromEntries([...args.matchAll(ATTR)].map((a) => [a[1]!, a[2] ?? a[3] ?? a[4] ?? '']));
    const positional = /^[ \t]*"([^"\n]{1,500})"[ \t]*$/u.exec(args)?.[1];
    const line = lineOf(at);
    if (name === 'figure' && attrs.caption) {
      const caption = `${attrs.caption}${attrs.attr ? ` ${attrs.attr}` : ''}`;
      changes.push({ rule: RULE, kind: 'changed', line, text: whole, to: `the photo's caption where the photo stood: ${caption}` });
      return caption;
    }
    if ((name === 'ref' || name === 'relref') && (positional ?? attrs.path)) {
      changes.push({ rule: RULE, kind: 'changed', line, text: whole, to: `the address the shortcode names: ${positional ?? attrs.path}` });
      return positional ?? attrs.path!;
    }
    changes.push({ rule: RULE, kind: 'removed', line, text: whole, to: "a site generator's shortcode (an embed the text does not hold)" });
    return '';
  });
  // WordPress's caption shortcode round a photo (`[caption id=… align=…]<img …/> 文字。某某 摄[/caption]`): the caption.
  out = out.replace(WP_CAPTION, (whole, inner: string, at: number) => {
    found = true;
    const caption = inner.replace(/<img\b[^>]{0,500}>/giu, '').trim();
    const tags = `${whole.slice(0, whole.indexOf(']') + 1)}${(inner.match(/<img\b[^>]{0,500}>/giu) ?? []).join('')}[/caption]`;
    changes.push({ rule: RULE, kind: 'removed', line: lineOf(at), text: tags, to: `WordPress's caption shortcode and its photo's tag round the caption: ${caption}` });
    return caption;
  });
  if (!toml && !found) return undefined;
  return { text: out, meta: {}, changes, lineMap: out.split('\n').map((_, i) => lineMap[i] ?? i + 1) };
}
