/**
 * callout-blocks: a notes app exports a callout (a boxed note with an icon) as `<aside>` lines around Markdown:
 * `<aside>` / `📖 **书名**：《…》` / `**作者**：…` / `</aside>`. HTML around Markdown is read by Markdown as one
 * raw block, its bold marks and lines kept as characters. The tags and the icon go (reported) and the lines are
 * read as the Markdown they are; a box of labelled fields, one a line (a book's fact box), is a list of them.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'callout-blocks';

const OPEN = /^[ \t]*<aside>[ \t]*$/u;
const CLOSE = /^[ \t]*<\/aside>[ \t]*$/u;
// The callout's icon, an emoji before its first line.
const ICON = /^(\p{Extended_Pictographic}\uFE0F?)[ \t\u00a0]*/u;
// `**书名**：…`, `出版社：…`: a label of a few words, a colon, a value.
const FIELD = /^(?:\*\*[^*]{1,12}\*\*|[\p{Script=Han}A-Za-z]{1,8})[：:][ \t]*\S/u;

export function calloutBlocks(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && end < i + 60 && !CLOSE.test(lines[end]!)) end++;
    if (end >= lines.length || !CLOSE.test(lines[end]!)) continue;
    const line = (k: number) => lineMap[k] ?? k + 1;
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: '<aside>', to: "a callout's tag (the box's lines read as Markdown)" });
    changes.push({ rule: RULE, kind: 'removed', line: line(end), text: '</aside>', to: "a callout's tag" });
    out[i] = '';
    out[end] = '';
    const inner = [];
    for (let k = i + 1; k < end; k++) if (lines[k]!.trim() !== '') inner.push(k);
    const first = inner[0];
    const icon = first === undefined ? null : ICON.exec(lines[first]!.trim());
    if (icon && first !== undefined) {
      out[first] = lines[first]!.trim().slice(icon[0].length);
      changes.push({ rule: RULE, kind: 'removed', line: line(first), text: icon[1]!, to: "the callout's icon" });
    }
    const fields = inner.length >= 2 && inner.every((k) => FIELD.test(out[k]!.trim()));
    if (fields) {
      for (const k of inner) out[k] = `- ${out[k]!.trim()}`;
      changes.push({ rule: RULE, kind: 'changed', line: line(inner[0]!), text: `${inner.length} labelled lines in a callout`, to: 'a list, one field an item' });
    }
    i = end;
  }
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
