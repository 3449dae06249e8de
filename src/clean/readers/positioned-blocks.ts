/**
 * positioned-blocks: a PDF page converted to HTML block by block, each block a `<p>` set by absolute position
 * with its font's class (poppler's `pdftohtml -s -i`: `<p style="position:absolute;top:366px;left:68px"
 * class="ft110">…<br/>…</p>`). The page's geometry says what HTML structure cannot: the text's size is the
 * body's size, or a head's; a block set in by two characters opens a paragraph, one flush with its column goes
 * on with the paragraph before it (the tool parts a paragraph's indented first line from the rest, and a
 * column's break falls between two blocks); the largest line above the text is the headline, and a line in
 * a size between the body's and the headline's right above it its 引题 (kicker). The HTML is parsed, not
 * matched; the positions and classes go (reported), the text of every block stays.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { joinWrapped } from '../chars.ts';

export const RULE = 'positioned-blocks';

interface Block { top: number; left: number; size: number; lines: string[]; line: number }

const POSITION = /position:\s*absolute;\s*top:\s*(\d+)px;\s*left:\s*(\d+)px/u;

export function positionedBlocks(text: string, lineMap: number[]): Reading | undefined {
  if (!/<meta[^>]{0,40}name="generator"[^>]{0,40}content="pdftohtml/iu.test(text)) return undefined;
  const tree = fromHtml(text) as Root;
  const sizes = new Map<string, number>();
  const blocks: Block[] = [];
  const removed: Change[] = [];
  const at = (el: Element) => lineMap[(el.position?.start.line ?? 1) - 1] ?? el.position?.start.line ?? 1;
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'style') {
      // The font classes' sizes (`.ft110{font-size:18px;line-height:32px;…}`): the page's own measures.
      for (const m of hastToString(el).matchAll(/\.([A-Za-z][\w-]{0,20})\s*\{[^{}]{0,400}?font-size:\s*(\d+)px/gu)) sizes.set(m[1]!, Number(m[2]));
      return;
    }
    if (el.tagName === 'title' || el.tagName === 'meta') {
      const said = el.tagName === 'title' ? hastToString(el) : String(el.properties.content ?? '');
      if (said.trim() !== '') removed.push({ rule: RULE, kind: 'removed', line: at(el), text: said, to: `the converted page's ${el.tagName === 'title' ? 'title (the PDF\'s)' : `${String(el.properties.name ?? 'meta')} field`}` });
      return;
    }
    if (el.tagName !== 'p') return;
    // (A block with no position or no known size is kept too, as a block of its own: its text is the page's.)
    const pos = POSITION.exec(String(el.properties.style ?? ''));
    const cls = [el.properties.className].flat().map(String).find((c) => sizes.has(c));
    // The block's lines, as the `<br/>`s part them; the no-break spaces of a justified line are spaces.
    const lines: string[] = [''];
    visit(el, (n) => {
      if (n.type === 'element' && n.tagName === 'br') lines.push('');
      else if (n.type === 'text') lines[lines.length - 1] += n.value.replace(/\u00a0/gu, ' ');
    });
    blocks.push({ top: pos ? Number(pos[1]) : -1, left: pos ? Number(pos[2]) : -1, size: cls ? sizes.get(cls)! : 0, lines: lines.map((l) => l.trim()).filter((l) => l !== ''), line: at(el) });
  });
  // Text outside the blocks (none but the style sheets, as the tool writes its pages) is reported, never dropped unseen.
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim() !== '') removed.push({ rule: RULE, kind: 'removed', line: lineMap[(child.position?.start.line ?? 1) - 1] ?? 1, text: child.value, to: "text outside the converted page's blocks (a style sheet, a script)" });
      else if (child.type === 'element' && !['p', 'title'].includes(child.tagName)) walk(child);
    }
  };
  walk(tree);
  const real = blocks.filter((b) => b.lines.length > 0);
  if (real.filter((b) => b.size > 0).length < 5) return undefined;
  // The body's size: the one most of the page's characters are set in.
  const chars = new Map<number, number>();
  for (const b of real) if (b.size > 0) chars.set(b.size, (chars.get(b.size) ?? 0) + b.lines.join('').length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]![0];
  const bodyBlocks = real.filter((b) => b.size === body);
  // Set in by about two characters from a column's edge, where another body block starts.
  const indented = (b: Block) => bodyBlocks.some((o) => o !== b && b.left - o.left >= body * 1.5 && b.left - o.left <= body * 2.6);
  // The text starts with the first block of the body's size that holds a sentence's marks (not a running head's date).
  const firstBody = real.findIndex((b) => b.size === body && /[，。！？]/u.test(b.lines.join('')));
  const above = firstBody < 0 ? [] : real.slice(0, firstBody);
  const headline = above.length === 0 ? undefined : above.reduce((x, y) => (y.size > x.size ? y : x));
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [...removed];
  // A block of the body's size is a paragraph's lines; another block's are read by their length.
  const joined = (b: Block) => (b.size === body ? b.lines.reduce(joinWrapped) : joinLines(b.lines));
  if (headline && headline.size >= body * 1.5) {
    meta.title = joined(headline);
    changes.push({ rule: RULE, kind: 'moved', line: headline.line, text: meta.title as string, to: `front matter: title (the page's largest line above the text, ${headline.size}px)` });
    const k = above.indexOf(headline);
    const kicker = above[k - 1];
    if (kicker && kicker.size > body && kicker.size < headline.size && !/\d{4}年|[：:]/u.test(joined(kicker))) {
      meta.kicker = joined(kicker);
      changes.push({ rule: RULE, kind: 'moved', line: kicker.line, text: meta.kicker as string, to: `front matter: kicker (the line over the headline, ${kicker.size}px)` });
    }
  }
  // The page's running head: blocks in the first row, above the text (the paper's name, the page, the date). The
  // date stays for the front matter; the rest is the page's.
  const row = real.filter((b, n) => n < firstBody && Math.abs(b.top - real[0]!.top) <= 6);
  const runningHead = new Set(row.length >= 2 ? row.filter((b) => !/\d{4}\s*年|\d{4}-\d{1,2}-\d{1,2}/u.test(b.lines.join(''))) : []);
  for (const b of runningHead) changes.push({ rule: RULE, kind: 'removed', line: b.line, text: b.lines.join('\n'), to: "the page's running head (the first row of blocks)" });
  const out: string[] = [];
  const map: number[] = [];
  let open = false;
  for (const [n, b] of real.entries()) {
    if (runningHead.has(b) || (meta.title !== undefined && (b === headline || (meta.kicker !== undefined && b === above[above.indexOf(headline!) - 1])))) continue;
    const t = joined(b);
    // A body block flush with its column goes on with the paragraph before it, left open (below the headline).
    if (b.size === body && open && n > firstBody && !indented(b) && !/[。！？”」]$/u.test(out[out.length - 1]!)) {
      out[out.length - 1] = joinWrapped(out[out.length - 1]!, t);
      changes.push({ rule: RULE, kind: 'joined', line: b.line, text: `${out[out.length - 1]!.slice(-(t.length + 8), -t.length)}⏎${t.slice(0, 8)}`, to: 'one paragraph, its blocks flush with the column' });
      continue;
    }
    if (out.length > 0) { out.push(''); map.push(b.line); }
    out.push(t);
    map.push(b.line);
    open = b.size === body;
  }
  changes.push({ rule: RULE, kind: 'removed', line: real[0]!.line, text: `${blocks.length} blocks' positions and font classes`, to: "the converted page's layout (positions and sizes read, then dropped)" });
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

/**
 * A block's lines as one: a line as long as the block's longest was wrapped, and the next goes on (`咨` / `询。`);
 * a shorter one ended where the page ended it.
 */
function joinLines(lines: string[]): string {
  // A block with no sentence in it (an advertisement's lines, a slogan) keeps its lines.
  if (!/[，。！？；]/u.test(lines.join(''))) return lines.join('\n');
  const width = (l: string) => [...l.replace(/\s+/gu, '')].length;
  const longest = Math.max(...lines.map(width));
  let out = lines[0] ?? '';
  for (let k = 1; k < lines.length; k++) out += width(lines[k - 1]!) >= longest ? lines[k] : `\n${lines[k]}`;
  return out;
}
