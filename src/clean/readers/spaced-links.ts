/**
 * spaced-links: a page converted to text with every link written `[words] (address)` and every image
 * `![alt] (address)` (textversionjs), a space between the brackets and the parentheses that Markdown does
 * not allow. Three such links or more are the converter's habit: the space goes (reported) and Markdown reads
 * the links and images they are, which the rules for menus, link lines and photos then know.
 */
import type { Reading } from './reading.ts';
import { replaceInLines } from './reading.ts';

export const RULE = 'spaced-links';

// Words in brackets, one space, an address in parentheses: absolute, site-relative, relative, a mail,
// telephone or script link.
const SPACED = /(?<=\]) (?=\((?:https?:\/\/|\/|\.\.?\/|mailto:|tel:|javascript:|#)[^\s()]{0,500}\))/gu;
const LINK = /!?\[[^\[\]\n]{0,200}\] \((?:https?:\/\/|\/|\.\.?\/|mailto:|tel:|javascript:|#)[^\s()]{0,500}\)/gu;

export function spacedLinks(text: string, lineMap: number[]): Reading | undefined {
  if ((text.match(LINK)?.length ?? 0) < 3) return undefined;
  return replaceInLines(text, lineMap, SPACED, () => ({ to: '', change: { rule: RULE, kind: 'removed', text: ' ', to: "the space between a link's words and its address" } }));
}
