/**
 * The scorer's two outputs, character for character as `score_edition.py`
 * prints them: the table (with --verbose, every edit under its file) and the
 * JSON array (`json.dumps(..., ensure_ascii=False, indent=1)`).
 */
import { FLOAT_FIELDS, type FileScore, type ScoreResult } from './score.ts';
import { padEndCp, padStartCp, pyFixed, pyFloatRepr, headCp } from './pytext.ts';

export function isScored(r: ScoreResult): r is FileScore {
  return 'edits' in r;
}

/** Python sorts str keys by code point; `localeCompare` and UTF-16 order would not. */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The table. `pairs` is the number of golden editions looked at: with one,
 * Python ends with a verdict line instead of the totals.
 */
export function formatTable(results: ScoreResult[], opts: { verbose?: boolean; missing?: string } = {}): string {
  const lines: string[] = [];
  const r5 = (s: string | number) => padStartCp(String(s), 5);
  lines.push(`${padEndCp('file', 48)} ${r5('edits')} ${padStartCp('/1k', 6)} ${r5('meta')} ${r5('lost')} ${r5('extra')} ${r5('bF1')} ${r5('type')} ${r5('exact')}  kinds`);
  for (const r of results) {
    const name = padEndCp(headCp(r.file, 48), 48);
    if (!isScored(r)) {
      lines.push(`${name} ${'missing' in r ? (opts.missing ?? 'missing candidate') : r.error}`);
      continue;
    }
    const kinds = Object.entries(r.counts).sort(([a], [b]) => byCodePoint(a, b)).map(([k, v]) => `${k}:${v}`).join(' ');
    lines.push(`${name} ${r5(r.edits)} ${padStartCp(pyFixed(r.edits_per_1k, 2), 6)} ${r5(r.meta)} ${r5(r.lost_chars)} ${r5(r.extra_chars)} ` +
      `${r5(pyFixed(r.boundary_f1, 2))} ${r5(pyFixed(r.type_acc, 2))} ${r5(pyFixed(r.text_exact, 2))}  ${kinds}`);
    if (opts.verbose) for (const [k, d] of r.detail) lines.push(`    ${padEndCp(k, 6)} ${d}`);
  }
  const ok = results.filter(isScored);
  if (results.length > 1 && ok.length > 0) {
    const chars = ok.reduce((n, r) => n + r.chars, 0);
    const edits = ok.reduce((n, r) => n + r.edits, 0);
    const acc = ok.filter((r) => r.accepted).length;
    lines.push(`accepted ${acc} of ${results.length}; ${edits} edits over ${chars} content characters ` +
      `(${pyFixed((1000 * edits) / Math.max(1, chars), 2)} per 1k); missing or unreadable ${results.length - ok.length}`);
  } else if (ok.length > 0) {
    lines.push(`${ok[0]!.accepted ? 'accepted' : 'not accepted'}: ${ok[0]!.edits} edits`);
  }
  return `${lines.join('\n')}\n`;
}

/** `json.dumps(results, ensure_ascii=False, indent=1)`: JSON.stringify's layout, Python's floats. */
export function formatJson(results: ScoreResult[]): string {
  return `${dump(results, 0, undefined)}\n`;
}

function dump(v: unknown, level: number, key: string | undefined): string {
  const pad = ' '.repeat(level + 1);
  const end = ' '.repeat(level);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => pad + dump(x, level + 1, undefined)).join(',\n')}\n${end}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${pad}${JSON.stringify(k)}: ${dump(x, level + 1, k)}`).join(',\n')}\n${end}}`;
  }
  if (typeof v === 'number' && key !== undefined && FLOAT_FIELDS.has(key)) return pyFloatRepr(v);
  return JSON.stringify(v);
}
