/**
 * trail-bytes: a backslash after a Han character whose Big5 or GBK code ends in the byte 0x5C (`許\多`, `功\夫`):
 * a site's CMS escaped the bytes as if they were ASCII (PHP's `addslashes()` on Big5, the "許功蓋" problem), and
 * the escape was stored with the text. The backslash is no character of the text: it goes, reported. Only after
 * such a character and before another Han character or CJK punctuation (a Markdown escape, `\*`, is left alone).
 */
import iconv from 'iconv-lite';
import type { Reading } from './reading.ts';
import type { Change } from '../report.ts';

export const RULE = 'trail-bytes';

const ESCAPED = /(?<=\p{Script=Han})\\(?=[\p{Script=Han}，。、；：！？「」『』“”（）])/gu;

/** Whether `c`'s two-byte code in Big5 or GBK ends in 0x5C, the ASCII backslash. */
function trailBackslash(c: string): boolean {
  return ['big5', 'gbk'].some((enc) => {
    const bytes = iconv.encode(c, enc);
    return bytes.length === 2 && bytes[1] === 0x5c && iconv.decode(bytes, enc) === c;
  });
}

export function trailBytes(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('\\')) return undefined;
  const changes: Change[] = [];
  // (Each backslash is asked of the character before it: the pattern alone cannot see the code page.)
  const lines = text.split('\n').map((line, i) => line.replace(ESCAPED, (m, at: number) => {
    if (!trailBackslash(line.charAt(at - 1))) return m;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: m, to: `the escape a CMS set after ${line.charAt(at - 1)}, whose Big5 or GBK code ends in the byte 0x5C` });
    return '';
  }));
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}
