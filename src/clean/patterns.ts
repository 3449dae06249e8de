import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A pattern as users write it: a plain string (whole-block match) or `/regex/flags`. */
export type PatternSource = string;

export interface Matcher {
  source: string;
  test(compacted: string): boolean;
}

export function toMatcher(source: PatternSource): Matcher {
  const re = asRegExp(source);
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

export interface BoilerplatePatterns {
  block: PatternSource[];
  section: PatternSource[];
  section_stop: PatternSource[];
  inline: PatternSource[];
}

let builtin: BoilerplatePatterns | undefined;

/** The patterns that ship with dingben (`rules/boilerplate.yaml`). */
export function builtinBoilerplate(): BoilerplatePatterns {
  builtin ??= parse(readFileSync(fileURLToPath(new URL('../../rules/boilerplate.yaml', import.meta.url)), 'utf8')) as BoilerplatePatterns;
  return builtin;
}

export function mergePatterns(base: BoilerplatePatterns, extra: Partial<BoilerplatePatterns> | undefined): BoilerplatePatterns {
  if (!extra) return base;
  return {
    block: [...base.block, ...(extra.block ?? [])],
    section: [...base.section, ...(extra.section ?? [])],
    section_stop: [...base.section_stop, ...(extra.section_stop ?? [])],
    inline: [...base.inline, ...(extra.inline ?? [])],
  };
}
