import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';

/**
 * One entry of the change report. `removed` spans are what the "nothing lost"
 * guarantee counts: every character of a source is in the clean body, in the
 * front matter (`moved`), or here.
 */
export interface Change {
  rule: string;
  /** `kept`: a change the book file's `keep:` undid (the text stays as the source has it). */
  kind: 'removed' | 'moved' | 'changed' | 'joined' | 'split' | 'suggested' | 'kept';
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
    /** Change ids the book file undoes for this article (`keep:`), and suggestions it applies (`accept:`); an id is removed when used. */
    keep: Set<string>;
    accept: Set<string>;
    /** How many changes of each base id the report holds so far (the next one's id gets the next number). */
    idCounts: globalThis.Map<string, number>;
  }
}

/** A change's stable id: its rule and a hash of what it touched, so that it survives edits elsewhere in the file. */
export function changeId(c: Change): string {
  const key = `${c.rule}\0${c.kind}\0${c.text}\0${c.to ?? ''}`;
  // A change is hashed when a rule applies it and again when it is recorded: the last id of each change object
  // is kept with the text it hashed, and used while that text is what the change still says.
  const known = lastId.get(c);
  if (known?.key === key) return known.id;
  const id = `${c.rule}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
  lastId.set(c, { key, id });
  return id;
}

const lastId = new WeakMap<Change, { key: string; id: string }>();

/**
 * The ids of a report's changes, in order: the same change made twice in one file (an indent removed on
 * two lines) is `id`, then `id.2`, `id.3` …, so that each can be kept on its own.
 */
export function changeIds(changes: Change[]): string[] {
  const seen = new Map<string, number>();
  return changes.map((c) => numbered(changeId(c), seen));
}

function numbered(base: string, seen: Map<string, number>): string {
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}.${n}`;
}

/** The id the change about to be recorded will have in the report (see changeIds). */
function nextId(file: VFile, change: Change): string {
  if (!file.data.idCounts) {
    file.data.idCounts = new Map();
    for (const c of reportOf(file).changes) numbered(changeId(c), file.data.idCounts);
  }
  const base = changeId(change);
  const n = (file.data.idCounts.get(base) ?? 0) + 1;
  return n === 1 ? base : `${base}.${n}`;
}

/**
 * Records a change a rule is about to make, unless the book file keeps what it touched (`keep:` its id):
 * then the rule must leave the text alone, and the report says the change was kept.
 */
export function apply(file: VFile, change: Change): boolean {
  if (!idsWanted(file)) {
    record(file, change);
    return true;
  }
  const id = nextId(file, change);
  if (file.data.keep?.delete(id)) {
    record(file, { rule: change.rule, kind: 'kept', line: change.line, text: change.text, to: `not ${change.kind}: keep ${id} in the book file` });
    return false;
  }
  record(file, change);
  return true;
}

/** Whether the book file accepts this suggestion (`accept:` its id): the rule then makes the change. */
export function accepted(file: VFile, suggestion: Change): boolean {
  return idsWanted(file) && file.data.accept?.delete(nextId(file, suggestion)) === true;
}

/**
 * Whether the ids of changes are wanted while cleaning: only to match the book file's `keep:` and `accept:`. With
 * none (most articles), nothing is hashed while the rules run: the sets only lose ids, and only once ids are
 * counted (idCounts), so empty at the first change they stay empty. Once counted, ids are counted to the end.
 */
function idsWanted(file: VFile): boolean {
  return file.data.idCounts !== undefined || (file.data.keep?.size ?? 0) > 0 || (file.data.accept?.size ?? 0) > 0;
}

/** Whether the metadata rule took source line `line` as the byline (a reporter's line the front matter holds now). */
export function bylineTakenAt(file: VFile, line: number): boolean {
  return reportOf(file).changes.some((c) => c.rule === 'metadata' && c.kind === 'moved' && c.line === line && c.to === 'front matter: byline');
}

export function reportOf(file: VFile): Report {
  file.data.report ??= { changes: [] };
  return file.data.report;
}

export function record(file: VFile, change: Change): void {
  reportOf(file).changes.push(change);
  if (file.data.idCounts) numbered(changeId(change), file.data.idCounts);
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
  else if (key === 'byline') pushByline(file, meta, (Array.isArray(prev) ? prev : [prev]).map(String), value, rule);
  else if (Array.isArray(prev)) prev.push(value);
  else meta[key] = [prev, value];
  if (key === 'byline' || key === 'editor') editorNotWriter(file, meta, rule);
}

/**
 * An extractor that takes the author from the page's text (GNE's patterns) takes the editor's name from the
 * closing `编辑：某某`: where the byline holds that one name beside the text's own reporters, it is the
 * editor's, not a second byline; so is the record's author alone that is that name. (The editor's name as the
 * only byline found in the text itself is left: a writer may edit too.)
 */
function editorNotWriter(file: VFile, meta: Record<string, unknown>, rule: string): void {
  const [byline, editor] = [meta.byline, meta.editor];
  // (The record's author alone, the very name the text's closing `编辑：` line gives: the extractor's catch too.)
  const same = (v: unknown) => typeof editor === 'string' && String(v).replace(/\s+/gu, '') === editor.replace(/\s+/gu, '');
  if (typeof byline === 'string' && same(byline) && reportOf(file).changes.some((c) => c.kind === 'moved' && c.text === byline && /the record's author/u.test(c.to ?? ''))) {
    record(file, { rule, kind: 'removed', text: byline, to: "the record's author, which is the editor's name the text closes with (front matter: editor), no byline" });
    delete meta.byline;
    return;
  }
  if (!Array.isArray(byline) || byline.length < 2 || typeof editor !== 'string') return;
  const kept = byline.filter((b) => !same(b));
  if (kept.length === byline.length || kept.length === 0) return;
  record(file, { rule, kind: 'removed', text: editor, to: "a byline that is the editor's name (front matter: editor), beside the text's own reporters" });
  meta.byline = kept.length === 1 ? kept[0] : kept;
}

/**
 * A byline named twice over, once in part (`作者：林小舟` and the dateline's `记者 林小舟 通讯员 赵一鸣`), is
 * the fuller one: the people of one that are all among the other's are not a second byline.
 */
function pushByline(file: VFile, meta: Record<string, unknown>, prev: string[], value: string, rule: string): void {
  const people = (v: string) => v.split(/[\s\u3000、，,]+/u).filter(Boolean);
  const within = (a: string, b: string) => people(a).every((p) => people(b).includes(p));
  if (prev.some((p) => within(value, p))) {
    record(file, { rule, kind: 'removed', text: value, to: 'a repeat of front matter: byline' });
    return;
  }
  const kept = prev.filter((p) => !within(p, value));
  for (const p of prev) if (!kept.includes(p)) record(file, { rule, kind: 'removed', text: p, to: 'a repeat of front matter: byline' });
  kept.push(value);
  meta.byline = kept.length === 1 ? kept[0] : kept;
}

export function countByRule(changes: Change[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.rule] = (counts[c.rule] ?? 0) + 1;
  return counts;
}
