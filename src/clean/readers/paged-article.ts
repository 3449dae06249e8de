/**
 * paged-article: an article its site serves in pages (a WAP page at a phone's length, a portal's long story), kept
 * page by page as a text browser dumped each, one after the other. Every page ends with its pager (`第1/3页下一页`,
 * `上一页第2/3页下一页`) and its foot, and the next opens with the site's head again and the headline numbered
 * (`…邮路(2)`). The pagers, counting 1 to n in order, are the evidence: the lines from a page's pager to where the
 * next page's text begins go, as one frame (reported whole), and the text runs on across it — the page cut it
 * where a page was full, mid-sentence as often as not, so a page that stops without a full stop goes on as a
 * wrapped line does. After the last pager, the lines the frames repeated go too. Where the next page's start is not
 * found (no numbered headline, no repeated head), nothing is changed.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'paged-article';

const PAGER = /^(?:(?:上一页|上一頁|<<|«|‹)[\s\u3000]*)?(?:第[\s\u3000]*(\d{1,2})[\s\u3000]*[/／][\s\u3000]*(\d{1,2})[\s\u3000]*[页頁]|第[\s\u3000]*(\d{1,2})[\s\u3000]*[页頁][\s\u3000]*[/／]?[\s\u3000]*共[\s\u3000]*(\d{1,2})[\s\u3000]*[页頁])(?:[\s\u3000]*(?:下一页|下一頁|>>|»|›))?$/u;
const FULL_STOP = /[。！？!?”」』）)…]$/u;

export function pagedArticle(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const pagers = lines.flatMap((l, i) => {
    const m = PAGER.exec(l.trim());
    return m ? [{ at: i, k: Number(m[1] ?? m[3]), n: Number(m[2] ?? m[4]) }] : [];
  });
  const n = pagers[0]?.n ?? 0;
  if (n < 2 || pagers.length !== n || pagers.some((p, j) => p.k !== j + 1 || p.n !== n)) return undefined;
  const trimmed = lines.map((l) => l.trim());
  // The page's head, as the first page prints it above its text: what a later page's frame repeats.
  const head = new Set(trimmed.slice(0, Math.min(pagers[0]!.at, 12)).filter((l) => l !== ''));
  const frames: { from: number; to: number }[] = [];
  for (let j = 0; j + 1 < n; j++) {
    const from = pagers[j]!.at;
    const limit = pagers[j + 1]!.at;
    // The next page's numbered headline (`标题(2)`, `标题（续）`), its words a line of the first page's head.
    const numbered = new RegExp(`^(.{4,60}?)[\\s\\u3000]*[(（](?:${j + 2}|续|續)[)）]$`, 'u');
    let start = -1;
    for (let i = from + 1; i < limit; i++) {
      const m = numbered.exec(trimmed[i]!);
      if (m && head.has(m[1]!.trim())) {
        start = i + 1;
        break;
      }
    }
    // Or else the frame is the run of lines the first page's head and the last page's foot both show.
    if (start < 0) {
      const foot = new Set(trimmed.slice(pagers[n - 1]!.at + 1).filter((l) => l !== ''));
      let i = from + 1;
      while (i < limit && (trimmed[i] === '' || head.has(trimmed[i]!) || foot.has(trimmed[i]!))) i++;
      if (!trimmed.slice(from + 1, i).some((l) => head.has(l))) return undefined;
      start = i;
    }
    frames.push({ from, to: start });
  }
  const repeated = new Set(frames.flatMap((f) => trimmed.slice(f.from + 1, f.to).filter((l) => l !== '')));
  const last = pagers[n - 1]!.at;
  let end = last + 1;
  while (end < lines.length && (trimmed[end] === '' || repeated.has(trimmed[end]!))) end++;
  frames.push({ from: last, to: end });
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const [j, f] of frames.entries()) {
    for (; i < f.from; i++) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
    }
    const cut = lines.slice(f.from, f.to).join('\n').trim();
    const between = j + 1 < n;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[f.from] ?? f.from + 1, text: cut, to: between ? `the frame between pages ${j + 1} and ${j + 2} of an article its site served in pages (the pager, the page's foot, the next page's head)` : `the last page's pager and the foot every page repeated` });
    while (out.length > 0 && out[out.length - 1]!.trim() === '') {
      out.pop();
      map.pop();
    }
    i = f.to;
    if (!between) break;
    while (i < lines.length && trimmed[i] === '') i++;
    // A page that stops without a full stop runs on into the next; one that ends a sentence ends its paragraph.
    if (FULL_STOP.test(out[out.length - 1]?.trim() ?? '')) {
      out.push('');
      map.push(lineMap[i] ?? i + 1);
    }
  }
  for (; i < lines.length; i++) {
    out.push(lines[i]!);
    map.push(lineMap[i] ?? i + 1);
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
