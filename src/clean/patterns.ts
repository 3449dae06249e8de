import { readFileSync } from 'node:fs';
import { RE2JS } from 're2js';
import { parse } from 'yaml';
import { packagePath } from '../paths.ts';

/** A pattern as users write it: a plain string (whole-block match) or `/regex/flags`. */
export type PatternSource = string;

export interface Matcher {
  source: string;
  test(compacted: string): boolean;
}

/**
 * `user`: a pattern from the book file, run by RE2 (re2js), in time linear in the text whatever it says —
 * a pattern like `/(a+)+$/` cannot hang a build. The built-in patterns (reviewed, some with lookbehind) run
 * in V8's engine.
 */
export function toMatcher(source: PatternSource, user = false): Matcher {
  const re = user ? linearRegExp(source) : asRegExp(source);
  if (re) return { source, test: (s) => (re.lastIndex = 0, re.test(s)) };
  const exact = source.replace(/\s+/g, '');
  return { source, test: (s) => s === exact };
}

/** `/…/flags` → RegExp (always with the `u` flag); anything else → undefined. */
export function asRegExp(source: string): RegExp | undefined {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (!m) return undefined;
  const flags = new Set(m[2]!.split(''));
  flags.add('u');
  return new RegExp(m[1]!, [...flags].join(''));
}

/**
 * A book-file pattern `/…/flags` compiled by RE2 (re2js) behind the part of RegExp's interface the rules
 * use (`exec` with `lastIndex` and the global flag, `test`); undefined for plain text. Throws for what RE2
 * cannot run in linear time (lookaround, backreferences), and for the flags it has no counterpart for.
 */
export function linearRegExp(source: string, global = false): RegExp | undefined {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (!m) return undefined;
  let flags = 0;
  for (const f of m[2]!) {
    if (f === 'i') flags |= RE2JS.CASE_INSENSITIVE;
    else if (f === 'm') flags |= RE2JS.MULTILINE;
    else if (f === 's') flags |= RE2JS.DOTALL;
    else if (f !== 'u' && f !== 'g') throw new SyntaxError(`flag ${f} is not supported (i, m, s, u, g are)`);
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(m[1]!, flags);
  } catch (err) {
    throw new SyntaxError(`${(err as Error).message.replace(/^error parsing regexp: /, '')}; patterns run in RE2, in linear time: no lookaround, no backreferences`);
  }
  // Only the part of RegExp the rules call is there: the cast says so to the type checker.
  return new LinearRegExp(re, m[1]!, global || m[2]!.includes('g')) as unknown as RegExp;
}

class LinearRegExp {
  lastIndex = 0;
  constructor(
    private readonly re: RE2JS,
    readonly source: string,
    readonly global: boolean,
  ) {}

  get flags(): string {
    return this.global ? 'gu' : 'u';
  }

  exec(s: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const m = this.re.matcher(s);
    if (from > s.length || !m.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const found = [s.slice(m.start(), m.end())] as RegExpExecArray;
    found.index = m.start();
    found.input = s;
    if (this.global) this.lastIndex = m.end();
    return found;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

export interface BoilerplatePatterns {
  block: PatternSource[];
  section: PatternSource[];
  section_stop: PatternSource[];
  inline: PatternSource[];
}

/**
 * Whether a text matches any of `sources` (built-in patterns), as few matchers as say the same: the regular
 * expressions of one set of flags joined into one alternation (one pass of V8's engine, not a call for each of
 * a hundred and fifty), the plain strings one set. A pattern that numbers or names its groups (a backreference,
 * a named group) stays alone, where joining would renumber or repeat them.
 */
export function anyOf(sources: PatternSource[]): Matcher[] {
  const byFlags = new Map<string, string[]>();
  const exact = new Set<string>();
  const alone: Matcher[] = [];
  for (const source of sources) {
    const re = asRegExp(source);
    if (!re) exact.add(source.replace(/\s+/g, ''));
    else if (/\\[1-9]|\\k<|\(\?<(?![=!])/u.test(re.source)) alone.push(toMatcher(source));
    else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), re.source]);
  }
  const joined = [...byFlags].map(([flags, list]): Matcher => {
    const re = new RegExp(list.map((p) => `(?:${p})`).join('|'), flags);
    return { source: re.source, test: (s) => ((re.lastIndex = 0), re.test(s)) };
  });
  return [...joined, ...(exact.size > 0 ? [{ source: [...exact].join('|'), test: (s: string) => exact.has(s) }] : []), ...alone];
}

const builtinMatchers = new Map<keyof BoilerplatePatterns, Matcher[]>();

/** The built-in patterns of `key` as matchers (see anyOf), made once. */
export function builtinMatcher(key: keyof BoilerplatePatterns): Matcher[] {
  let ms = builtinMatchers.get(key);
  if (!ms) builtinMatchers.set(key, (ms = anyOf(builtinBoilerplate()[key])));
  return ms;
}

const builtinSingles = new Map<keyof BoilerplatePatterns, Matcher[]>();

/**
 * The built-in patterns of `key` one by one, made once: the joined matchers cannot say which pattern matched, nor
 * whether that one is anchored at both ends. (Slow beside them: asked only where the joined ones matched.)
 */
export function builtinEach(key: keyof BoilerplatePatterns): Matcher[] {
  let ms = builtinSingles.get(key);
  if (!ms) builtinSingles.set(key, (ms = builtinBoilerplate()[key].map((p) => toMatcher(p))));
  return ms;
}

let builtin: BoilerplatePatterns | undefined;

/** The patterns that ship with dingben (`rules/boilerplate.yaml`). */
export function builtinBoilerplate(): BoilerplatePatterns {
  builtin ??= parse(readFileSync(packagePath('rules', 'boilerplate.yaml'), 'utf8')) as BoilerplatePatterns;
  return builtin;
}
