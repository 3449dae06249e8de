/**
 * `difflib.SequenceMatcher(None, a, b, autojunk=False)`, step for step: the
 * scores hang on which of several equally long matches it picks, so the
 * search order, the tie-breaks and the recursion are Python's. With no junk
 * function and no autojunk nothing is junk or popular, and `b2j` holds every
 * index of every element.
 *
 * Speed: Python keeps the lengths of the previous row in a dict made anew for
 * every element of `a`; here two typed arrays are reused, and only the entries
 * a row wrote are cleared.
 */
export type Match = [a: number, b: number, size: number];
export type Opcode = [tag: 'replace' | 'delete' | 'insert' | 'equal', i1: number, i2: number, j1: number, j2: number];

const NOTHING = new Int32Array(0);

export class SequenceMatcher {
  private readonly b2j = new Map<number, Int32Array>();
  // Row lengths shifted by one: len[j + 1] is the length of the match ending at b[j].
  private prev: Int32Array;
  private cur: Int32Array;
  private prevTouched: number[] = [];
  private curTouched: number[] = [];
  private blocks: Match[] | undefined;

  constructor(
    private readonly a: readonly number[],
    private readonly b: readonly number[],
  ) {
    const lists = new Map<number, number[]>();
    b.forEach((elt, i) => {
      const list = lists.get(elt);
      if (list) list.push(i);
      else lists.set(elt, [i]);
    });
    for (const [elt, list] of lists) this.b2j.set(elt, Int32Array.from(list));
    this.prev = new Int32Array(b.length + 1);
    this.cur = new Int32Array(b.length + 1);
  }

  findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): Match {
    const { a, b } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    for (let i = alo; i < ahi; i++) {
      const js = this.b2j.get(a[i]!) ?? NOTHING;
      // Python skips the indices below blo one by one; the first one at or above it is the same.
      for (let x = lowerBound(js, blo); x < js.length; x++) {
        const j = js[x]!;
        if (j >= bhi) break;
        const k = this.prev[j]! + 1;
        this.cur[j + 1] = k;
        this.curTouched.push(j + 1);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      this.nextRow();
    }
    this.nextRow();
    // Python then extends the match over equal neighbours (junk or not); with
    // nothing junk the match is already maximal, but the loops cost nothing.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  }

  /** The row just written becomes the previous one; the old previous row is cleared for reuse. */
  private nextRow(): void {
    for (const j of this.prevTouched) this.prev[j] = 0;
    this.prevTouched.length = 0;
    [this.prev, this.cur] = [this.cur, this.prev];
    [this.prevTouched, this.curTouched] = [this.curTouched, this.prevTouched];
  }

  getMatchingBlocks(): Match[] {
    if (this.blocks) return this.blocks;
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const found: Match[] = [];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const x = this.findLongestMatch(alo, ahi, blo, bhi);
      const [i, j, k] = x;
      if (k) {
        found.push(x);
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    found.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
    let [i1, j1, k1] = [0, 0, 0];
    const nonAdjacent: Match[] = [];
    for (const [i2, j2, k2] of found) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1) nonAdjacent.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1) nonAdjacent.push([i1, j1, k1]);
    nonAdjacent.push([la, lb, 0]);
    this.blocks = nonAdjacent;
    return nonAdjacent;
  }

  getOpcodes(): Opcode[] {
    let i = 0;
    let j = 0;
    const answer: Opcode[] = [];
    for (const [ai, bj, size] of this.getMatchingBlocks()) {
      const tag = i < ai && j < bj ? 'replace' : i < ai ? 'delete' : j < bj ? 'insert' : '';
      if (tag) answer.push([tag, i, ai, j, bj]);
      i = ai + size;
      j = bj + size;
      if (size) answer.push(['equal', ai, i, bj, j]);
    }
    return answer;
  }
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
