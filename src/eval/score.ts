/**
 * `score_edition.py`'s `score()`: the edits a copy editor would still make to
 * a clean edition to turn it into its golden edition. Same numbers, same
 * edit descriptions, same key names (hence the snake_case fields: the JSON
 * is the Python tool's).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { blocksOf, normText, skel, skelText, type Block, type BlockKind } from './blocks.ts';
import { codePoints, headCp, pyRepr, pyRound, sliceCp } from './pytext.ts';
import { safeLoad } from './pyyaml.ts';
import { PyError, flat, pyTypeName, truthy, type PyValue } from './pyvalue.ts';
import { SequenceMatcher } from './sequence-matcher.ts';

export type Edit = [kind: string, description: string];

export interface FileScore {
  file: string;
  edits: number;
  counts: Record<string, number>;
  accepted: boolean;
  chars: number;
  edits_per_1k: number;
  meta: string;
  title_ok: boolean;
  lost_chars: number;
  extra_chars: number;
  boundary_p: number;
  boundary_r: number;
  boundary_f1: number;
  type_acc: number;
  text_exact: number;
  detail: Edit[];
}
export type ScoreResult = FileScore | { file: string; missing: true } | { file: string; error: string };

/** The fields of a FileScore that Python holds as floats (they print as `1.0`, not `1`). */
export const FLOAT_FIELDS = new Set(['edits_per_1k', 'boundary_p', 'boundary_r', 'boundary_f1', 'type_acc', 'text_exact']);

const META_KEYS: [key: string, names: string[]][] = [
  ['title', ['title_lines', 'title']],
  ['kicker', ['kicker']], ['deck', ['deck']], ['dateline', ['dateline']],
  ['byline', ['byline', 'author', 'authors', 'reporter']], ['source', ['source', 'sources']],
  ['original_title', ['original_title']], ['editor', ['editor', 'editors']],
  ['published', ['published', 'date', 'time']], ['url', ['url']],
  ['photo_credits', ['photo_credits', 'credits']],
];

export interface Edition {
  /** A dict, unless the front matter is a list or a scalar: Python fails only when it asks it for a field. */
  fm: PyValue;
  blocks: Block[];
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;

/** A clean edition's text as Python reads the file: universal newlines, leading BOMs dropped. */
export function parseEdition(text: string): Edition {
  text = text.replace(/\r\n?/g, '\n').replace(/^\ufeff+/u, '');
  let fm: PyValue = new Map();
  let body = text;
  const m = FRONT_MATTER.exec(text);
  if (m) {
    const loaded = safeLoad(m[1]!);
    fm = truthy(loaded) ? loaded : new Map();
    body = text.slice(m[0].length);
  }
  return { fm, blocks: blocksOf(body) };
}

/** A file's text as Python's `open(path, encoding='utf-8').read()` gives it. */
export function readUtf8(path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (err) {
    if (err instanceof TypeError) throw new PyError('UnicodeDecodeError', `'utf-8' codec can't decode ${path}`);
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new PyError('FileNotFoundError', `[Errno 2] No such file or directory: ${pyRepr(path)}`);
    throw err;
  }
}

interface Skeleton {
  text: number[];
  bounds: [number, number][];
  kinds: BlockKind[];
}

function bodySkeleton(blocks: Block[]): Skeleton {
  const text: number[] = [];
  const bounds: [number, number][] = [];
  const kinds: BlockKind[] = [];
  for (const [k, t] of blocks) {
    const s = skel(t);
    kinds.push(k);
    bounds.push([text.length, text.length + s.length]);
    for (const c of s) text.push(c);
  }
  return { text, bounds, kinds };
}

/** Scores the clean edition `candidate` against the golden edition read from `goldPath`. */
export function scoreEdition(goldPath: string, candidate: string | undefined): ScoreResult {
  const file = basename(goldPath);
  try {
    const gold = parseEdition(readUtf8(goldPath));
    if (candidate === undefined) return { file, missing: true };
    return scoreParsed(file, gold, parseEdition(candidate));
  } catch (err) {
    // As the Python tool does: a file that cannot be read is reported, not fatal.
    if (err instanceof PyError) return { file, error: `${err.pyType}: ${err.message}` };
    throw err;
  }
}

/** `score_edition.py GOLD CANDIDATE` on two files. */
export function scoreFiles(goldPath: string, candidatePath: string): ScoreResult {
  let candidate: string | undefined;
  try {
    candidate = readUtf8(candidatePath);
  } catch (err) {
    if (!(err instanceof PyError && err.pyType === 'FileNotFoundError')) throw err;
  }
  return scoreEdition(goldPath, candidate);
}

/** `next((fm[n] for n in names if fm.get(n)), None)`. */
function firstTruthy(fm: PyValue, names: string[]): PyValue | undefined {
  for (const n of names) {
    if (!(fm instanceof Map)) throw new PyError('AttributeError', `'${pyTypeName(fm)}' object has no attribute 'get'`);
    if (truthy(fm.get(n))) return fm.get(n);
  }
  return undefined;
}

export function scoreParsed(file: string, gold: Edition, cand: Edition): FileScore {
  const edits: Edit[] = [];
  let metaTotal = 0;
  let metaOk = 0;
  for (const [key, names] of META_KEYS) {
    const gv = firstTruthy(gold.fm, names);
    if (!truthy(gv)) continue;
    metaTotal++;
    const cv = firstTruthy(cand.fm, names);
    if (skelText(flat(gv)) === skelText(flat(cv))) metaOk++;
    else edits.push(['meta', `${key}: want ${pyRepr(headCp(flat(gv), 60))}, have ${pyRepr(headCp(flat(cv), 60))}`]);
  }

  const { text: G, bounds: gb, kinds: gk } = bodySkeleton(gold.blocks);
  const { text: C, bounds: cb, kinds: ck } = bodySkeleton(cand.blocks);
  const sm = new SequenceMatcher(G, C);
  const g2c = new Int32Array(G.length).fill(-1);
  const c2g = new Int32Array(C.length).fill(-1);
  for (const [a, b, n] of sm.getMatchingBlocks()) {
    for (let j = 0; j < n; j++) {
      g2c[a + j] = b + j;
      c2g[b + j] = a + j;
    }
  }
  const lostChars = g2c.reduce((n, x) => n + (x < 0 ? 1 : 0), 0);
  const extraChars = c2g.reduce((n, x) => n + (x < 0 ? 1 : 0), 0);
  for (const [tag, i1, i2, j1, j2] of sm.getOpcodes()) {
    if ((tag === 'delete' || tag === 'replace') && i2 > i1) edits.push(['lost', sliceCp(G, i1, Math.min(i2, i1 + 40))]);
    if ((tag === 'insert' || tag === 'replace') && j2 > j1) edits.push(['extra', sliceCp(C, j1, Math.min(j2, j1 + 40))]);
  }

  // Boundaries, in golden coordinates: a candidate boundary after C[e-1] maps to just after its golden counterpart.
  const gset = new Set(gb.slice(0, -1).map(([, e]) => e));
  const cset = new Set<number>();
  for (const [, e] of cb.slice(0, -1)) {
    let j = e - 1;
    while (j >= 0 && c2g[j]! < 0) j--;
    cset.add(j >= 0 ? c2g[j]! + 1 : 0);
  }
  for (const s of [gset, cset]) {
    s.delete(0);
    s.delete(G.length);
  }
  const tp = [...gset].filter((p) => cset.has(p)).length;
  const fp = [...cset].filter((p) => !gset.has(p)).sort((x, y) => x - y);
  const fn = [...gset].filter((p) => !cset.has(p)).sort((x, y) => x - y);
  const around = (p: number) => `${sliceCp(G, Math.max(0, p - 8), p)}|${sliceCp(G, p, p + 8)}`;
  for (const p of fp) edits.push(['split', around(p)]);
  for (const p of fn) edits.push(['join', around(p)]);
  const prec = tp + fp.length ? tp / (tp + fp.length) : 1.0;
  const rec = tp + fn.length ? tp / (tp + fn.length) : 1.0;
  const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0.0;

  // Block types and exact text: each golden block against the candidate block most of its content went to.
  let typeOk = 0;
  let exact = 0;
  let exactTotal = 0;
  gb.forEach(([s, e], gi) => {
    if (e === s) return;
    // A Map keeps first-vote order, which is how Python's max() breaks ties.
    const votes = new Map<number, number>();
    for (let p = s; p < e; p++) {
      const c = g2c[p]!;
      if (c >= 0) {
        const ci = blockAt(cb, c);
        votes.set(ci, (votes.get(ci) ?? 0) + 1);
      }
    }
    if (votes.size === 0) return;
    let ci = -1;
    let best = -1;
    for (const [k, v] of votes) if (v > best) [ci, best] = [k, v];
    if (ck[ci] === gk[gi]) typeOk++;
    else edits.push(['type', `${gk[gi]} → ${ck[ci]}: ${sliceCp(G, s, s + 16)}`]);
    const [cs, ce] = cb[ci]!;
    if (c2g[cs] === s && ce > cs && c2g[ce - 1] === e - 1) {
      exactTotal++;
      const gt = normText(gold.blocks[gi]![1], gk[gi]!);
      const ct = normText(cand.blocks[ci]![1], ck[ci]!);
      if (gt === ct) exact++;
      else edits.push(['text', firstDiff(gt, ct)]);
    }
  });

  const counts: Record<string, number> = {};
  for (const [k] of edits) counts[k] = (counts[k] ?? 0) + 1;
  const nblocks = gb.filter(([s, e]) => e > s).length;
  return {
    file,
    edits: edits.length,
    counts,
    accepted: edits.length === 0,
    chars: G.length,
    edits_per_1k: pyRound((1000 * edits.length) / Math.max(1, G.length), 2),
    meta: `${metaOk}/${metaTotal}`,
    title_ok: !edits.some(([k, d]) => k === 'meta' && d.startsWith('title:')),
    lost_chars: lostChars,
    extra_chars: extraChars,
    boundary_p: pyRound(prec, 3),
    boundary_r: pyRound(rec, 3),
    boundary_f1: pyRound(f1, 3),
    type_acc: pyRound(typeOk / Math.max(1, nblocks), 3),
    text_exact: pyRound(exact / Math.max(1, exactTotal), 3),
    detail: edits,
  };
}


/** The block holding skeleton position `pos` (Python's bisection and its walk past empty blocks). */
function blockAt(bounds: [number, number][], pos: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (bounds[mid]![0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  while (lo < bounds.length - 1 && bounds[lo]![1] <= pos) lo++;
  return lo;
}

function firstDiff(a: string, b: string): string {
  const x = codePoints(a);
  const y = codePoints(b);
  let i = 0;
  while (i < Math.min(x.length, y.length) && x[i] === y[i]) i++;
  return `want …${sliceCp(x, Math.max(0, i - 6), i + 10)}… have …${sliceCp(y, Math.max(0, i - 6), i + 10)}…`;
}
