/**
 * text-nodes: a whole page through BeautifulSoup's `get_text('\n')` (or any scraper that writes each text
 * node on a line of its own) sets every link, bold phrase and span on a line apart (`将意见发送至` /
 * `hy_shjk2024@163.com` / `，邮件主题请注明…`), while the page's whitespace between its blocks becomes runs of
 * empty lines. Such a dump says where its blocks are by the empty lines alone: lines with no empty line
 * between them are the text nodes of one block, and are one line again. The evidence that a text is such a
 * dump is the page's whitespace: most of its lines empty, with runs of three empty lines or more all through it.
 * A group is joined only where one of its lines plainly stands inside a block (a line that opens with a
 * closing mark or a comma, a short line between two text lines after one left open, what a label or a
 * numbered lead-in introduces); a group of whole lines stays as it is.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'text-nodes';

const blank = (l: string) => l.trim() === '';

function isDump(lines: string[]): boolean {
  if (lines.length < 60) return false;
  const empty = lines.filter(blank).length;
  let runs = 0;
  let run = 0;
  for (const l of lines) {
    if (blank(l)) run++;
    else {
      if (run >= 3) runs++;
      run = 0;
    }
  }
  return empty >= lines.length * 0.5 && runs >= 8;
}

// A text node cut out of its sentence: it opens with a closing mark, a comma or a colon.
const OPENS_INSIDE = /^[\s\u00a0]*[，、。；：！？）」』”’%,.;:!?)\]>|｜]/u;
// The other side of a cut: a line that ends where its sentence does not (no closing mark).
const ENDS_OPEN = /[^。！？；：:”」』）)\s\u00a0]$/u;

// A bold lead-in set before the text of its paragraph (`（二）信函。` / `邮寄至…`).
const LEAD = /^[\s\u00a0]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[^。！？]{1,12}[。：:]$/u;

/** The lines of one group are the text nodes of one block: one of them plainly stands inside it. */
function fragmentGroup(group: string[]): boolean {
  return group.some((l, k) => {
    if (k === 0) return false;
    const prev = group[k - 1]!.trimEnd();
    // Cut out of its sentence; or a label and what it labels; or a bold lead-in and its paragraph.
    if (OPENS_INSIDE.test(l) || /[：:]$/u.test(prev) || (k === 1 && LEAD.test(prev))) return true;
    // A link or a bold phrase inside a sentence: short, between two lines, after a line left open.
    return k < group.length - 1 && l.trim().length <= 24 && ENDS_OPEN.test(prev);
  });
}

const LATIN = /[A-Za-z0-9]$/u;

export function textNodes(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (!isDump(lines)) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; ) {
    if (blank(lines[i]!)) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !blank(lines[j]!)) j++;
    const group = lines.slice(i, j);
    const fragments = fragmentGroup(group);
    if (fragments) {
      const joined = group.reduce((acc, l) => (LATIN.test(acc) && /^[A-Za-z0-9]/u.test(l) ? `${acc} ${l}` : acc + l));
      out.push(joined);
      changes.push({ rule: RULE, kind: 'joined', line: lineMap[i] ?? i + 1, text: group.join('⏎'), to: "one line: the text nodes of one block of the page (a scraper's get_text('\\n'))" });
    } else out.push(...group);
    const first = lineMap[i] ?? i + 1;
    map.push(...(fragments ? [first] : group.map((_, k) => lineMap[i + k] ?? i + k + 1)));
    i = j;
  }
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
