/**
 * textile-blocks: a text written in Textile, as calibre's `ebook-convert … --txt-output-formatting=textile` writes an
 * e-book: each block opened by its signature (`p. `, `h1. `–`h6. `, `bq. `), an empty `p. ` for a blank paragraph.
 * The signatures are the converter's markup, no text: `hN.` becomes a Markdown heading of that level, `bq.` a
 * quote, `p.` a paragraph. Read only where most of the text's lines open with a signature.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'textile-blocks';

const SIGNATURE = /^(p|h[1-6]|bq)(?:\([^)]{0,40}\)|\{[^}]{0,80}\}|[<>=]{1,2})?\.(?:[ \t]+|$)/u;

export function textileBlocks(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const signed = filled.filter((l) => SIGNATURE.test(l)).length;
  if (signed < 4 || signed < filled.length * 0.6 || !filled.some((l) => /^h[1-6]\./u.test(l))) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  for (const [i, line] of lines.entries()) {
    const m = SIGNATURE.exec(line);
    const at = lineMap[i] ?? i + 1;
    if (!m) {
      out.push(line);
      map.push(at);
      continue;
    }
    const rest = line.slice(m[0].length);
    changes.push({ rule: RULE, kind: 'removed', line: at, text: m[0].trim(), to: "Textile's block signature (calibre's TXT output)" });
    const kind = m[1]!;
    // (A block's text stands apart from the blocks around it, as Textile parts them by blank lines.)
    if (out.length > 0 && out[out.length - 1]!.trim() !== '') {
      out.push('');
      map.push(at);
    }
    out.push(rest.trim() === '' ? '' : kind.startsWith('h') ? `${'#'.repeat(Number(kind[1]))} ${rest}` : kind === 'bq' ? `> ${rest}` : rest);
    map.push(at);
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
