/**
 * link-addresses: a page converted to text with every link's and image's address after it in square brackets
 * (html-to-text's default, `首页 [/]`, `宣传 [/uploads/….jpg]`, `打印本页 [javascript:window.print();]`). The
 * brackets say what they hold, an address, so they go, each reported: a link's words stay as text; an image's
 * alt text, alone before it at the start of a line, is written as the image it is (`![宣传](…)`), which `images`
 * reads as any photo's. The tool wraps its lines at spaces only, so an address it carried to the start of a
 * line was cut from the line above at the space before it: that line runs on again.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'link-addresses';

// An address as such a tool prints it: absolute, site-relative, relative, a script or a mail link. Not a
// Markdown link's text (`[甲](…)`), a reference definition (`[1]: …`) or a footnote mark (`[1]`).
const ADDRESS = String.raw`\[(?:https?:\/\/|\/|\.\.?\/|javascript:|mailto:|tel:)[^\s\[\]]{0,500}\](?![(:])`;
const ANY = new RegExp(`[ \\t]?${ADDRESS}`, 'gu');
const AT_START = new RegExp(`^[ \\t]*${ADDRESS}`, 'u');
const IMAGE = /\.(?:jpe?g|png|gif|webp|bmp|svg)(?:[?#][^\]]*)?\]$/iu;
// An image's alt text alone before it, at the line's start (after a list bullet): short, no sentence in it.
const ALT_BEFORE = /^([ \t]*(?:[*+-][ \t]+)?)([^\s\[\]。！？!?][^\[\]。！？!?]{0,30}?)[ \t]*$/u;

export function linkAddresses(text: string, lineMap: number[]): Reading | undefined {
  ANY.lastIndex = 0;
  // Three addresses at least: the tool's habit, not one bracketed address a writer typed.
  const count = text.match(ANY)?.length ?? 0;
  if (count < 3) return undefined;
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  lines.forEach((line, i) => {
    const at = lineMap[i] ?? i + 1;
    const prev = out.length - 1;
    // An address at the start of a line, with words after it, under a line of text: the wrap took the space before it.
    if (prev >= 0 && out[prev]!.trim() !== '' && AT_START.test(line) && line.replace(AT_START, '').trim() !== '') {
      changes.push({ rule: RULE, kind: 'joined', line: at, text: `${out[prev]!.slice(-8)}⏎${line.trim().slice(0, 8)}`, to: "one line, wrapped at the space before a link's address" });
      line = `${out[prev]!} ${line.trimStart()}`;
      out.pop();
      map.pop();
    }
    let rest = line;
    let written = '';
    ANY.lastIndex = 0;
    for (let m = ANY.exec(rest); m; m = ANY.exec(rest)) {
      const before = rest.slice(0, m.index);
      const address = m[0].trim();
      const alt = written === '' && IMAGE.test(address) ? ALT_BEFORE.exec(before) : null;
      if (alt) {
        written += `${alt[1]}![${alt[2]!.trim()}](<${address.slice(1, -1).replace(/[<>]/gu, '')}>)`;
        changes.push({ rule: RULE, kind: 'changed', line: at, text: `${alt[2]!.trim()} ${address}`, to: 'an image, its alt text before its address' });
      } else {
        written += before;
        changes.push({ rule: RULE, kind: 'removed', line: at, text: address, to: "a link's or an image's address, printed after it" });
      }
      rest = rest.slice(m.index + m[0].length);
      ANY.lastIndex = 0;
    }
    out.push(written + rest);
    map.push(at);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
