import type { VFile } from 'vfile';

/**
 * One entry of the change report. `removed` spans are what the "nothing lost"
 * guarantee counts: every character of a source is in the clean body, in the
 * front matter (`moved`), or here.
 */
export interface Change {
  rule: string;
  kind: 'removed' | 'moved' | 'changed' | 'joined' | 'split' | 'suggested';
  /** 1-based line in the source file, where known. */
  line?: number;
  /** The text as it was (the removed span, or the text before the change). */
  text: string;
  /** The text after a change, or where a moved span went (`front matter: dateline`). */
  to?: string;
}

export interface Report {
  changes: Change[];
}

declare module 'vfile' {
  interface DataMap {
    report: Report;
    /** The source lines as read, before parsing: rules look at raw indentation. */
    sourceLines: string[];
    /** Values the metadata rules take out of the body, for the front matter. */
    meta: Record<string, unknown>;
  }
}

export function reportOf(file: VFile): Report {
  file.data.report ??= { changes: [] };
  return file.data.report;
}

export function record(file: VFile, change: Change): void {
  reportOf(file).changes.push(change);
}

export function metaOf(file: VFile): Record<string, unknown> {
  file.data.meta ??= {};
  return file.data.meta;
}

/** Adds a value under a key that may hold several (credits, sources). */
export function pushMeta(file: VFile, key: string, value: string, rule = 'metadata'): void {
  const meta = metaOf(file);
  const prev = meta[key];
  // The same value named twice (`责任编辑：刘洋` and `[责任编辑: 刘洋]`) is one value.
  const same = (v: unknown) => String(v).replace(/\s+/gu, '') === value.replace(/\s+/gu, '');
  if (prev === undefined) meta[key] = value;
  else if (Array.isArray(prev) ? prev.some(same) : same(prev)) record(file, { rule, kind: 'removed', text: value, to: `a repeat of front matter: ${key}` });
  else if (Array.isArray(prev)) prev.push(value);
  else meta[key] = [prev, value];
}

export function countByRule(changes: Change[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.rule] = (counts[c.rule] ?? 0) + 1;
  return counts;
}
