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
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3 || !lines.every((l) => LINE.test(l))) return undefined;
  let root: unknown;
  try {
    for (const l of lines) {
      const [, path, raw] = LINE.exec(l)!;
      const value: unknown = JSON.parse(raw!);
      const steps = [...path!.slice(4).matchAll(STEP)].map((m) => (m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string))));
      if (steps.length === 0) {
        root = value;
        continue;
      }
      let at = root as Record<string | number, unknown>;
      for (const s of steps.slice(0, -1)) at = at[s] as Record<string | number, unknown>;
      at[steps[steps.length - 1]!] = value;
    }
  } catch {
    return undefined;
  }
  if (typeof root !== 'object' || root === null) return undefined;
  const json = JSON.stringify(root, null, 2);
  return {
    text: json,
    meta: {},
    changes: [{ rule: RULE, kind: 'changed', line: lineMap[0] ?? 1, text: `${lines.length} lines of gron (json.… = …;)`, to: 'the JSON they flatten, read back' }],
    lineMap: json.split('\n').map(() => lineMap[0] ?? 1),
  };
}
