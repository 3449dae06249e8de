/**
 * founder-tags: an e-paper's text that kept the Founder (方正) typesetting system's tags (`〖KG*2〗` an indent,
 * `〖HT4H〗…〖HT〗` a face, `〖JZ〗` centred, `〖XC铜匠01.TIF;%40%40〗` a picture placed), as a page's text version
 * carries them: the tags are the typesetter's, removed, each reported (one a text browser broke over two lines,
 * `〖HT` / `〗`, too). A line the tags set centred in a heading face (`〖HT4H〗〖JZ〗…〖HT〗`) is a heading; the line
 * after a picture's tag is its caption, kept as the line it is. Only where three tags or more stand.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'founder-tags';

// A tag: two capitals, then its parameters (digits, `*`, `#`, letters, a picture's file and its scale).
const TAG = /〖[A-Z]{2}[^〖〗\n]{0,60}(?:\n[^〖〗\n]{0,60})?〗/gu;
const HEADING = /^〖(?:HT|BT)[^〗]{0,20}〗(?:〖[A-Z]{2}[^〗]{0,20}〗)*?〖JZ[^〗]{0,10}〗([^〖〗]{2,60})〖(?:HT|BT)[^〗]{0,20}〗$/u;

export function founderTags(text: string, lineMap: number[]): Reading | undefined {
  if ((text.match(TAG) ?? []).length < 3) return undefined;
  const changes: Change[] = [];
  // A tag broken over two lines is made whole first; the line it ended on stays, blank, so that lines keep their places.
  const lines = text.replace(/(〖[A-Z]{2}[^〖〗\n]{0,60})\n([^〖〗\n]{0,60}〗)/gu, '$1$2\n').split('\n');
  const out = lines.map((line, i) => {
    const at = lineMap[i] ?? i + 1;
    const heading = HEADING.exec(line.trim());
    const tags = line.match(TAG) ?? [];
    if (tags.length === 0) return line;
    changes.push({ rule: RULE, kind: 'removed', line: at, text: tags.join(''), to: heading ? 'the typesetting tags of a centred heading (the line a heading)' : "the typesetting system's tags (its indents, faces and placed pictures)" });
    return heading ? `## ${heading[1]!.trim()}` : line.replace(TAG, '');
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
