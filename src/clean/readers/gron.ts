/**
 * gron: a JSON answer flattened by gron into one assignment a line (`json.data.title = "…";`), as one greps it.
 * Every line is a path and a JSON value: they are read back into the object they came from (gron's own
 * `--ungron`), each value by a JSON parser, and the object is set down as JSON for `json-record` to read like
 * any article's record. Only a text whose every line is such an assignment is read so.
 */
import type { Reading } from './reading.ts';

export const RULE = 'gron';

const LINE = /^(json(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\\n]|\\.){0,200}"\]){0,32}) = (.*);[ \t]*$/u;
const STEP = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\\n]|\\.){0,200}")\]/gu;

export function gron(text: string, lineMap: number[]): Reading | undefined {
  if (!text.startsWith('json = ')) return undefined;
  const numbered = text.split('\n').map((l, i) => ({ l, line: lineMap[i] ?? 1 })).filter(({ l }) => l.trim() !== '');
  if (numbered.length < 3 || !numbered.every(({ l }) => LINE.test(l))) return undefined;
  let root: unknown;
  const overwritten: Reading['changes'] = [];
  try {
    for (const { l, line } of numbered) {
      const [, path, raw] = LINE.exec(l)!;
      const value: unknown = JSON.parse(raw!);
      const steps = [...path!.slice(4).matchAll(STEP)].map((m) => (m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string))));
      const parent = steps.length === 0 ? undefined : steps.slice(0, -1).reduce((at, s) => at[s] as Record<string | number, unknown>, root as Record<string | number, unknown>);
      const before = parent ? parent[steps[steps.length - 1]!] : root;
      // A path given twice (a line repeated): the later value stands, as in gron's own --ungron, and the earlier
      // one is reported, not dropped; a container opened again (`json.data = {};`) keeps what it holds.
      if (before !== undefined && isContainer(before) && isContainer(value) && Object.keys(value).length === 0) continue;
      if (before !== undefined) overwritten.push({ rule: RULE, kind: 'removed', line, text: `${path} = ${JSON.stringify(before)};`, to: 'an earlier value of a path the gron lines give again (the later one read)' });
      if (parent) parent[steps[steps.length - 1]!] = value;
      else root = value;
    }
  } catch {
    return undefined;
  }
  if (typeof root !== 'object' || root === null) return undefined;
  const json = JSON.stringify(root, null, 2);
  return {
    text: json,
    meta: {},
    changes: [{ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `${numbered.length} lines of gron (json.… = …;)`, to: 'the JSON they flatten, read back' }, ...overwritten],
    lineMap: json.split('\n').map(() => lineMap[0] ?? 1),
  };
}

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;
