/**
 * Python's text semantics where they differ from JavaScript's, so that the
 * scorer gives the numbers and strings `score_edition.py` gives.
 *
 * Python counts and slices strings by code point; JavaScript by UTF-16 unit.
 * Python's `\s`, `str.strip()`, `str.isalnum()`, `repr()`, `round()` and
 * `'{:.2f}'` each have a JavaScript look-alike that disagrees on some input.
 * Character classes follow Node's Unicode tables; they differ from Python's
 * only on characters assigned after Python's own Unicode version.
 */

/**
 * Python's `\s` (and `str.isspace()`) for str patterns: JavaScript's `\s`
 * lacks U+001C–U+001F and U+0085 and adds U+FEFF. For use inside `[...]`.
 */
export const WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const EDGE_WS = new RegExp(`^[${WS}]+|[${WS}]+$`, 'gu');

/** `str.strip()` with no argument. */
export function pyStrip(s: string): string {
  return s.replace(EDGE_WS, '');
}

/** Code points, as Python indexes a str. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** `s[start:end]` of a str held as code points, bounds clamped as Python clamps them (both non-negative here). */
export function sliceCp(cps: readonly number[], start: number, end = cps.length): string {
  const s = Math.max(0, Math.min(start, cps.length));
  const e = Math.max(s, Math.min(end, cps.length));
  let out = '';
  // String.fromCodePoint(...slice) overflows the call stack on long slices.
  for (let i = s; i < e; i++) out += String.fromCodePoint(cps[i]!);
  return out;
}

/** `s[:n]` of a JavaScript string, counted in code points. */
export function headCp(s: string, n: number): string {
  return sliceCp(codePoints(s), 0, n);
}

/** Python's `str.ljust`/`'{:N}'` and `str.rjust`/`'{:>N}'`: width in code points. */
export function padEndCp(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - codePoints(s).length));
}
export function padStartCp(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - codePoints(s).length)) + s;
}

/** Characters `str.isprintable()` refuses: categories C*, Z* except the space itself. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** `repr(s)` of a str: the meta edits quote field values this way. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${hex(c, 2)}`;
    else if (c < 0x7f || ch === ' ' || !NON_PRINTABLE.test(ch)) out += ch;
    else if (c <= 0xff) out += `\\x${hex(c, 2)}`;
    else if (c <= 0xffff) out += `\\u${hex(c, 4)}`;
    else out += `\\U${hex(c, 8)}`;
  }
  return out + quote;
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** The exact value of a finite double as `digits / 10^scale` (every double is a finite decimal). */
function exactDecimal(x: number): { neg: boolean; digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  const e2 = (exp === 0 ? 1 : exp) - 1075;
  if (e2 >= 0) return { neg, digits: mant << BigInt(e2), scale: 0 };
  // m / 2^k == m * 5^k / 10^k
  return { neg, digits: mant * 5n ** BigInt(-e2), scale: -e2 };
}

/**
 * `'%.{nd}f' % x`: Python rounds the exact binary value, half to even.
 * `toFixed` rounds exact ties (0.625 → 0.63) up, where Python gives 0.62.
 */
export function pyFixed(x: number, nd: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { neg, digits, scale } = exactDecimal(x);
  let n: bigint;
  if (scale <= nd) n = digits * 10n ** BigInt(nd - scale);
  else {
    const div = 10n ** BigInt(scale - nd);
    n = digits / div;
    const rem = (digits % div) * 2n;
    if (rem > div || (rem === div && n % 2n === 1n)) n += 1n;
  }
  let s = n.toString().padStart(nd + 1, '0');
  if (nd > 0) s = `${s.slice(0, -nd)}.${s.slice(-nd)}`;
  return neg ? `-${s}` : s;
}

/** `round(x, nd)` of a float: the double nearest the correctly rounded decimal. */
export function pyRound(x: number, nd: number): number {
  return Number.isFinite(x) ? Number(pyFixed(x, nd)) : x;
}

/** `repr(x)` of a float (also its `str()`): shortest round-trip digits, Python's notation. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fracPart = digits.slice(exp + 1);
  return `${sign}${intPart}.${fracPart || '0'}`;
}
