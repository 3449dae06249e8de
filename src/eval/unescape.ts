/**
 * Python's `html.unescape`, rule for rule. HTML decoders in JavaScript follow
 * the same standard but part ways with Python on invalid references (Python
 * drops `&#1;`, keeps `&#x80;` as a Windows-1252 character, decodes a legacy
 * name as the prefix of any longer word), and those cases change the scores.
 *
 * The entity table is WHATWG's, as Python's `html.entities.html5` holds it:
 * `character-entities` (every name with its `;`) plus
 * `character-entities-legacy` (the names also valid without one). Both come
 * with the Markdown stack (micromark, hast-util-to-html).
 */
import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';

const HTML5 = new Map<string, string>();
for (const [name, value] of Object.entries(characterEntities)) HTML5.set(`${name};`, value);
for (const name of characterEntitiesLegacy) {
  const value = (characterEntities as Record<string, string | undefined>)[name];
  if (value !== undefined) HTML5.set(name, value);
}

const INVALID_CHARREFS = new Map<number, string>([
  [0x00, '\ufffd'], [0x0d, '\r'], [0x80, '\u20ac'], [0x81, '\x81'], [0x82, '\u201a'], [0x83, '\u0192'],
  [0x84, '\u201e'], [0x85, '\u2026'], [0x86, '\u2020'], [0x87, '\u2021'], [0x88, '\u02c6'], [0x89, '\u2030'],
  [0x8a, '\u0160'], [0x8b, '\u2039'], [0x8c, '\u0152'], [0x8d, '\x8d'], [0x8e, '\u017d'], [0x8f, '\x8f'],
  [0x90, '\x90'], [0x91, '\u2018'], [0x92, '\u2019'], [0x93, '\u201c'], [0x94, '\u201d'], [0x95, '\u2022'],
  [0x96, '\u2013'], [0x97, '\u2014'], [0x98, '\u02dc'], [0x99, '\u2122'], [0x9a, '\u0161'], [0x9b, '\u203a'],
  [0x9c, '\u0153'], [0x9d, '\x9d'], [0x9e, '\u017e'], [0x9f, '\u0178'],
]);

function invalidCodepoint(n: number): boolean {
  return (n >= 0x1 && n <= 0x8) || n === 0xb || (n >= 0xe && n <= 0x1f) || (n >= 0x7f && n <= 0x9f) ||
    (n >= 0xfdd0 && n <= 0xfdef) || (n & 0xfffe) === 0xfffe;
}

const CHARREF = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/gu;

function replaceCharref(s: string): string {
  if (s[0] === '#') {
    const hexRef = s[1] === 'x' || s[1] === 'X';
    const digits = s.slice(hexRef ? 2 : 1).replace(/;$/, '');
    // BigInt: a reference with many digits is out of range, not Infinity or a rounded number.
    const big = BigInt(hexRef ? `0x${digits}` : digits);
    if (big > 0x10ffffn) return '\ufffd';
    const num = Number(big);
    const invalid = INVALID_CHARREFS.get(num);
    if (invalid !== undefined) return invalid;
    if (num >= 0xd800 && num <= 0xdfff) return '\ufffd';
    if (invalidCodepoint(num)) return '';
    return String.fromCodePoint(num);
  }
  const whole = HTML5.get(s);
  if (whole !== undefined) return whole;
  // The longest name that is a prefix (the standard's rule for legacy names); counted in code points.
  const cps = Array.from(s);
  for (let x = cps.length - 1; x > 1; x--) {
    const value = HTML5.get(cps.slice(0, x).join(''));
    if (value !== undefined) return value + cps.slice(x).join('');
  }
  return `&${s}`;
}

export function htmlUnescape(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(CHARREF, (_m, ref: string) => replaceCharref(ref));
}
