/**
 * rst-markup: a document converted to reStructuredText (pandoc's `-t rst`) keeps three marks of that format
 * that mean nothing in Markdown: a footnote as a `.. [1]` block with its text indented under it, its call
 * `方案 [1]_` after a space; a space escaped with a backslash round inline markup (`器具\ **1060件**\ 。`); and
 * an image as a `.. image::` directive with its `:width:` options. The evidence is a footnote block or a
 * directive opening a line. The notes become a numbered list where they stand, the calls `[1]` after their
 * word, the escapes go, and the directive with its options is removed (the image was not kept); each reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'rst-markup';

const NOTE = /^\.\. \[(\d{1,3})\][ \t]*(.*)$/u;
const DIRECTIVE = /^\.\. (?:image|figure):: \S+[ \t]*$/u;
const OPTION = /^[ \t]+:[a-z-]{1,20}:.*$/u;
const CALL = /[ \t]?\[(\d{1,3})\]_(?![\p{L}\d])/gu;
const ESCAPED_SPACE = /\\ /gu;

export function rstMarkup(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (!lines.some((l) => NOTE.test(l) || DIRECTIVE.test(l))) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lineMap[i] ?? i + 1;
    const raw = lines[i]!;
    if (DIRECTIVE.test(raw)) {
      let j = i + 1;
      while (j < lines.length && OPTION.test(lines[j]!)) j++;
      changes.push({ rule: RULE, kind: 'removed', line, text: lines.slice(i, j).join('\n'), to: 'an image directive and its options (the image was not kept)' });
      i = j - 1;
      continue;
    }
    const note = NOTE.exec(raw);
    if (note) {
      // The note's text: on its line, and the lines indented under it.
      let j = i + 1;
      const parts = note[2] ? [note[2].trim()] : [];
      while (j < lines.length && /^[ \t]+\S/u.test(lines[j]!)) parts.push(lines[j++]!.trim());
      changes.push({ rule: RULE, kind: 'changed', line, text: `.. [${note[1]}]`, to: `${note[1]}. (the footnote, an item of the notes' numbered list)` });
      out.push(`${note[1]}. ${parts.join('')}`);
      map.push(line);
      i = j - 1;
      continue;
    }
    const tidy = raw
      .replace(CALL, (m, n: string) => {
        changes.push({ rule: RULE, kind: 'changed', line, text: m, to: `[${n}] (a footnote's call, after its word)` });
        return `[${n}]`;
      })
      .replace(ESCAPED_SPACE, (m) => {
        changes.push({ rule: RULE, kind: 'removed', line, text: m, to: 'an escaped space round inline markup' });
        return '';
      });
    out.push(tidy);
    map.push(line);
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
