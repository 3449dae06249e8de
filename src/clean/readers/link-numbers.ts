/**
 * link-numbers: a text browser's dump of a page (`lynx -dump`) numbers every link where it stands
 * (`[2]首頁`, `見[14]A05版`), marks images `[IMG]`, sets every line a few spaces in, and lists the links'
 * addresses at the end under `References`. The numbers and the list are the browser's, not the page's
 * words. The evidence is the pair: a `References` list of numbered addresses at the end, and numbers in
 * brackets in the text that count up to its length. Then the numbers and image marks go from the text
 * (each reported), the list goes whole, and the margin the browser added is taken off.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'link-numbers';

// (newsboat's saved article: `Links:` and `[1]: https://… (image)`, its images `[image 1 (link #1)]` in the text.)
const HEADER = /^(?:References|Visible links:?|Links:)$/u;
// (ELinks heads its list `References`, then `Visible links` and, where the page has them, `Hidden links:`.)
const SUBHEADER = /^(?:Visible links:?|Hidden links:?)$/u;
const ENTRY = /^\s*(?:(\d{1,5})\.\s+\S+|\[(\d{1,5})\]:\s+\S+(?:\s+\((?:link|image|embedded flash)\))?)$/u;
const MARK = /\[(\d{1,5})\](?:\[(?:IMG|INLINE|BUTTON|LINK)\])?|\[(?:IMG|INLINE|BUTTON)\]|\[image (\d{1,5}) \(link #\d{1,5}\)\]/gu;

// (Two links at least, each a few words; a short label with its colon may lead.)
const LINKS_ONLY = /^\s*(?:[\p{Script=Han}]{1,6}[：:]\s*)?\[\d{1,5}\][^\s\[\]]{1,12}(?:[ \u3000]+\[\d{1,5}\][^\s\[\]]{1,12})+\s*$/u;

export function linkNumbers(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => HEADER.test(l.trim()));
  if (at < 1) return undefined;
  // The list runs to the end: numbered addresses and blank lines, nothing else.
  const tail = lines.slice(at + 1);
  const entries = tail.filter((l) => l.trim() !== '' && !SUBHEADER.test(l.trim()));
  if (entries.length === 0 || !entries.every((l) => ENTRY.test(l))) return undefined;
  // The numbers the list gives an address; ELinks numbers an image with no link too, and lists no address for it.
  const listed = new Set(entries.map((l) => { const m = ENTRY.exec(l)!; return Number(m[1] ?? m[2]); }));
  const count = Math.max(entries.length, ...listed);
  // The numbers in the text count up: 1, 2, 3 … as many as the list has, in order.
  const seen: number[] = [];
  // A bracketed number past the list's length (`[2023]`) is the text's own.
  for (const l of lines.slice(0, at)) for (const m of l.matchAll(MARK)) { const n = m[1] ?? m[2]; if (n !== undefined && Number(n) <= count) seen.push(Number(n)); }
  if (seen.length < Math.min(count, 3) || seen.some((n, i) => i > 0 && n <= seen[i - 1]!)) return undefined;
  const ours = (m: string) => { const n = /^\[(?:image )?(\d+)/u.exec(m); return n === null || Number(n[1]) <= count; };

  const body = lines.slice(0, at);
  const indents = body.filter((l) => l.trim() !== '').map((l) => /^ */u.exec(l)![0].length);
  const margin = Math.min(...indents);
  const menus = new Set(body.flatMap((l, i) => (LINKS_ONLY.test(l) && [...l.matchAll(MARK)].map((m) => m[0]).every(ours) ? [i] : [])));
  // (The one link over the first menu, the blank lines between: the site's name or logo, which the menu's words
  // would have shown as the page's head had they stayed.)
  const mastheads = new Set<number>();
  if (menus.size > 0) {
    let k = Math.min(...menus) - 1;
    while (k >= 0 && body[k]!.trim() === '') k--;
    if (k >= 0 && /^\s*\[\d{1,5}\][^\s\[\]]{1,16}\s*$/u.test(body[k]!) && body.slice(0, k).every((l) => l.trim() === '')) mastheads.add(k);
  }
  const changes: Change[] = [];
  const out = body.map((l, i) => {
    const line = lineMap[i] ?? i + 1;
    // A line that is one such number and a few words (`[15]毕业典礼拨穗仪式`, centred): an image's alt text.
    const alt = /^\s*\[(\d{1,5})\]([^\[\]]{1,40})$/u.exec(l);
    if (alt && count > entries.length && !listed.has(Number(alt[1])) && Number(alt[1]) <= count) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: "an image's alt text, numbered by the text browser (no address in its list)" });
      return '';
    }
    // A line of links and nothing else (`[1]潯澳時報 [2]地方 [3]生活`, `看更多：[7]地方新聞 [8]藝文新聞`): the page's
    // menu, its tags, its links to more, not a sentence of the text.
    if (menus.has(i)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: 'a line of links and nothing else: the page\'s menu or its links to more' });
      return '';
    }
    if (mastheads.has(i)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: "one link over the page's menu: the site's name, its masthead" });
      return '';
    }
    const marks = [...l.matchAll(MARK)].map((m) => m[0]).filter(ours);
    if (marks.length) changes.push({ rule: RULE, kind: 'removed', line, text: marks.join(' '), to: "the text browser's link numbers and image marks" });
    return l.replace(MARK, (m) => (ours(m) ? '' : m)).slice(margin).replace(/(?<![ \t])[ \t]+$/u, '');
  });
  changes.push({ rule: RULE, kind: 'removed', line: lineMap[at] ?? at + 1, text: lines.slice(at).join('\n').trimEnd(), to: "the text browser's list of the page's link addresses" });
  if (margin > 0) changes.push({ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `${margin} spaces before every line`, to: "none (the text browser's margin)" });
  // The list's lines stay, blank, so that every line keeps its place.
  return { text: [...out, ...lines.slice(at).map(() => '')].join('\n'), meta: {}, changes, lineMap };
}
