/**
 * What every reader returns, and the helpers readers share (kept apart from the list of readers in
 * index.ts, which imports every reader: a reader importing that list would be an import circle).
 */
import { characterEntities } from 'character-entities';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Change } from '../report.ts';
import { looksLikeOrganisation, SITE_NAME } from '../organisations.ts';
import { outsideMojibake } from '../chars.ts';

export { spacedFile } from '../chars.ts';

export interface Reading {
  text: string;
  meta: Record<string, unknown>;
  changes: Change[];
  /** 1-based source line of each line of `text`. */
  lineMap: number[];
  /** The text has no headline (a speech-recognition transcript): no line of it is to be taken for one. */
  headless?: boolean;
}

export type Reader = (text: string, lineMap: number[]) => Reading | undefined;

/**
 * A record read out of another store (a CSV row, an SQL dump's row) handed on as the JSON object json-record reads,
 * every line of it at the row's source line.
 */
export function recordAsJson(record: Record<string, unknown>, changes: Change[], line: number): Reading {
  const json = JSON.stringify(record, null, 2);
  return { text: json, meta: {}, changes, lineMap: json.split('\n').map(() => line) };
}

/**
 * The change that reports source lines [from, to) removed whole, their text trimmed, at the first one's source
 * line; undefined where they hold nothing but blanks.
 */
export function linesRemoved(rule: string, lines: string[], lineMap: number[], from: number, to: number, why: string): Change | undefined {
  const text = lines.slice(from, to).join('\n').trim();
  return text === '' ? undefined : { rule, kind: 'removed', line: lineMap[from] ?? from + 1, text, to: why };
}

/** A JSON object (not an array, not null): a record's fields. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The item that holds far more text than any other (twice the next one's weight, `least` at least): the article among
 * an edition's briefs, a feed's items, a channel's posts. Undefined where none stands out so.
 */
export function dominant<T>(items: readonly T[], weight: (item: T) => number, least: number): T | undefined {
  const ranked = [...items].sort((a, b) => weight(b) - weight(a));
  const [first, second] = ranked;
  if (first === undefined || weight(first) < least || (second !== undefined && weight(first) < 2 * weight(second))) return undefined;
  return first;
}

/** The lines but those in `drop`, each kept line still mapped to its source line. */
export function withoutLines(lines: string[], lineMap: number[], drop: ReadonlySet<number>): { text: string; lineMap: number[] } {
  const kept = lines.flatMap((_, i) => (drop.has(i) ? [] : [i]));
  return { text: kept.map((i) => lines[i]!).join('\n'), lineMap: kept.map((i) => lineMap[i] ?? i + 1) };
}

/** Lines written a paragraph at a time, a blank line between two, each line mapped to its source line. */
export function paragraphLines(): { out: string[]; map: number[]; push: (text: string, line: number) => void } {
  const out: string[] = [];
  const map: number[] = [];
  const push = (text: string, line: number) => {
    if (out.length > 0) {
      out.push('');
      map.push(line);
    }
    out.push(text);
    map.push(line);
  };
  return { out, map, push };
}

/**
 * A reader that replaces what `pattern` (global) matches, line by line, reporting each replacement with its
 * source line; undefined when nothing matches. Line numbers do not change.
 */
export function replaceInLines(text: string, lineMap: number[], pattern: RegExp, replace: (match: string) => { to: string; change: Omit<Change, 'line'> }, keepMojibake = false): Reading | undefined {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return undefined;
  pattern.lastIndex = 0;
  const changes: Change[] = [];
  const inLine = (line: string, i: number) =>
    line.replace(pattern, (m) => {
      const r = replace(m);
      changes.push({ ...r.change, line: lineMap[i] ?? i + 1 });
      return r.to;
    });
  // (`keepMojibake`: a run of mojibake, `å›­`, keeps what the pattern finds in it: bytes of characters read in the
  // wrong code page, damage an edition keeps as it stands.)
  const lines = text.split('\n').map((line, i) => (keepMojibake ? outsideMojibake(line, (part) => inLine(part, i)) : inLine(line, i)));
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}

/**
 * The lines with a blank line after each list's last item (`ends`), where text follows at once: Markdown
 * would read that text as the item's lazy continuation. A list may interrupt the paragraph above it, so
 * nothing is needed before it. The inserted lines map to the item's source line. The lines in `drop` are
 * left out: a reader took them into its items.
 */
export function closeLists(lines: string[], lineMap: number[], ends: number[], changes: Change[], drop: ReadonlySet<number> = new Set()): Reading {
  const out: string[] = [];
  const map: number[] = [];
  const close = new Set(ends.filter((e) => e + 1 < lines.length && lines[e + 1]!.trim() !== ''));
  const after = new Set(ends);
  const rule = changes[0]?.rule ?? 'lists';
  // Whether the lines now read follow a list that was made here: their indent would set them inside its last item.
  let following = false;
  lines.forEach((line, i) => {
    // Lines a list took into its items (a wrapped item's second line, the blank lines between spaced items).
    if (drop.has(i)) return;
    const indent = following ? /^[ \t]+(?=[^ \t])/u.exec(line)?.[0] : undefined;
    if (following && line.trim() !== '' && indent === undefined) following = false;
    if (following && line !== '' && line.trim() === '') {
      // A line of NBSPs or ideographic spaces is blank to a reader, not to Markdown: it would run the last item on.
      changes.push({ rule, kind: 'changed', line: lineMap[i] ?? i + 1, text: JSON.stringify(line), to: '"" (a blank line after the list)' });
      line = '';
    } else if (indent !== undefined) {
      // The source set the text after the list as deep as the list's own lines (a page's indent): it is no
      // part of the last item.
      line = line.slice(indent.length);
      changes.push({ rule, kind: 'changed', line: lineMap[i] ?? i + 1, text: JSON.stringify(indent), to: '"" (the indent of a line after the list, which would have set it inside the last item)' });
    }
    out.push(line);
    map.push(lineMap[i] ?? i + 1);
    if (close.has(i)) {
      out.push('');
      map.push(lineMap[i] ?? i + 1);
    }
    if (after.has(i)) following = true;
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}

/**
 * Writes `rows` as a Markdown table (the first its header) onto `out`, a blank line before it where text stands
 * above. `at[r]` is the source line of row `r`; the separator row maps to the header's.
 */
export function writeTable(out: string[], map: number[], rows: string[][], at: number[]): void {
  if (out.length > 0 && out[out.length - 1]!.trim() !== '') { out.push(''); map.push(at[0]!); }
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`;
  rows.forEach((cells, r) => {
    out.push(row(cells));
    map.push(at[r]!);
    if (r === 0) { out.push(`|${' --- |'.repeat(cells.length)}`); map.push(at[0]!); }
  });
}

/** A block of lines a reader rewrites: the lines from where it was found up to `end` (exclusive). */
export interface Rewrite {
  end: number;
  /** Puts the block's new lines onto `out` (their source lines onto `map`) and what was done onto `changes`. */
  write(out: string[], map: number[], changes: Change[]): void;
}

/**
 * A reader that sets the parts of a line `cut` finds each on a line of its own, a blank line between (runs a
 * converter wrote one after another): each cut reported as a split, for `why`. Undefined where no line was cut.
 */
export function splitLines(text: string, lineMap: number[], rule: string, why: string, cut: (line: string) => string[]): Reading | undefined {
  const out: string[] = [];
  const map: number[] = [];
  const changes: Change[] = [];
  text.split('\n').forEach((line, i) => {
    const at = lineMap[i] ?? i + 1;
    cut(line).forEach((part, k, parts) => {
      if (k > 0) {
        out.push('');
        map.push(at);
        changes.push({ rule, kind: 'split', line: at, text: `${parts[k - 1]!.trim().slice(-8)}⏎${part.slice(0, 8)}`, to: why });
      }
      out.push(part);
      map.push(at);
    });
  });
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap: map };
}

/**
 * A reader that rewrites blocks of lines (a table drawn as text): where `find` sees one start, its lines give
 * way to what it writes, a blank line after it where text goes on; every other line stays. Undefined when
 * `find` found none.
 */
export function rewriteBlocks(text: string, lineMap: number[], find: (lines: string[], i: number) => Rewrite | undefined): Reading | undefined {
  const lines = text.split('\n');
  // The lines before the first block are copied when it is found: a text with none (most) is not copied line by line.
  let out: string[] | undefined;
  const map: number[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = find(lines, i);
    if (!block) {
      if (out) {
        out.push(lines[i]!);
        map.push(lineMap[i] ?? i + 1);
      }
      continue;
    }
    if (!out) {
      out = lines.slice(0, i);
      for (let k = 0; k < i; k++) map.push(lineMap[k] ?? k + 1);
    }
    block.write(out, map, changes);
    if (block.end < lines.length && lines[block.end]!.trim() !== '') {
      out.push('');
      map.push(lineMap[block.end - 1] ?? block.end);
    }
    i = block.end - 1;
  }
  return out ? { text: out.join('\n'), meta: {}, changes, lineMap: map } : undefined;
}

/**
 * The site's name after a page title (`标题 | 椰风日报`, `标题_某某网`, `标题 - 纸背书评`): the name, the separator and
 * where they start; a bar or an underscore is looked for first, then a dash (a shorter name).
 */
const GLUED_SITE = new RegExp(`(?<=[\\p{Script=Han}”」》）])[-–—_|｜](${SITE_NAME})$`, 'u');

// (Or the body whose site it is, glued after a dash: `…的“饭碗”-某某县人民医院`.)
const GLUED_BODY = /(?<=[\p{Script=Han}”」》）])[-–—_|｜](\p{Script=Han}{3,24})$/u;
const gluedBody = (title: string) => {
  const m = GLUED_BODY.exec(title);
  return m && looksLikeOrganisation(m[1]!) ? m : null;
};

export function siteSuffix(title: string): { name: string; separator: string; at: number } | undefined {
  // (Each run of spaces is tried from its first: a long run tried from each of its spaces is quadratic.)
  // (Or glued, `…的呼吸-鉴知科普网`: only a name that ends as a site's does, after a headline's last character.)
  const m = /(?<![ \t])[ \t]+[|｜_][ \t]*([^|｜_]{1,20})$/u.exec(title) ?? /(?<![ \t])[ \t]+[-–—][ \t]*([^-–—]{1,12})$/u.exec(title) ?? GLUED_SITE.exec(title) ?? gluedBody(title);
  if (!m || m.index === 0) return undefined;
  const name = m[1]!.trim();
  return { name, separator: m[0].slice(0, m[0].lastIndexOf(name)).trim(), at: m.index };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character a numeric reference's digits name (`#20013`, `#x4E2D`), if it names one. */
function fromNumber(dec: string | undefined, hex: string | undefined): string | undefined {
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** The text of an XML value: its five named entities and its character references (`&#20013;`, `&#x4E2D;`). */
export function decodeXml(value: string): string {
  return value.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/gu, (m, name?: string, dec?: string, hex?: string) => (name ? XML_ENTITIES[name]! : fromNumber(dec, hex) ?? m));
}

/**
 * HTML's character references in a field a record kept as written (`&ldquo;诚信菜摊&rdquo;`): every name HTML
 * knows and every number, each decoded one passed to `decoded` (to be reported).
 */
export function decodeHtmlReferences(value: string, decoded: (reference: string, ch: string) => void): string {
  return value.replace(/&(?:([A-Za-z][A-Za-z0-9]{1,31})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/gu, (m, name?: string, dec?: string, hex?: string) => {
    const ch = name !== undefined ? (characterEntities as Record<string, string>)[name] : fromNumber(dec, hex);
    if (ch === undefined) return m;
    decoded(m, ch);
    return ch;
  });
}

let lastJson: { text: string; value: unknown } | undefined;

/**
 * The JSON value a whole source is, parsed once for the readers that ask in turn (`chat-export`, then
 * `json-record`); undefined where the source is no JSON, or names a key twice in one object (a parser would
 * keep one value and drop the other unseen, so no reader takes such a record apart).
 */
export function jsonSource(text: string): unknown {
  if (lastJson?.text === text) return lastJson.value;
  const trimmed = text.trim();
  let value: unknown;
  if (/^[[{]/u.test(trimmed) && /[\]}]$/u.test(trimmed)) {
    try {
      value = JSON.parse(trimmed);
    } catch {
      // A raw line break or tab inside a string (a dumper that does not escape them, Python's `strict=False`
      // reading): the same record, its controls written as escapes. Anything else wrong, and it is no JSON.
      try {
        value = JSON.parse(escapeRawControls(trimmed));
      } catch {
        value = undefined;
      }
    }
    if (value !== undefined && hasDuplicateKeys(trimmed)) value = undefined;
  }
  lastJson = { text, value };
  return value;
}

/** `json` with each control character inside a string literal written as its `\\u` escape; outside strings, untouched. */
function escapeRawControls(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (inString && c === '\\') {
      out += c + (json[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    out += inString && c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

/**
 * Whether a JSON text names a key twice in one object (`{"a": 1, "a": 2}`). `JSON.parse` keeps the last value
 * and drops the others without a word: a reader that took such a record apart would lose them, so it leaves it.
 */
export function hasDuplicateKeys(json: string): boolean {
  const keys: Set<string>[] = [];
  const objects: boolean[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '{' || c === '[') {
      objects.push(c === '{');
      keys.push(new Set());
    } else if (c === '}' || c === ']') {
      objects.pop();
      keys.pop();
    } else if (c === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      const token = json.slice(i, j + 1);
      i = j;
      // A string in an object followed by a colon is a key.
      let k = j + 1;
      while (k < json.length && /\s/u.test(json[k]!)) k++;
      if (objects[objects.length - 1] && json[k] === ':') {
        const seen = keys[keys.length - 1]!;
        if (seen.has(token)) return true;
        seen.add(token);
      }
    }
  }
  return false;
}

/**
 * A CSV text's records, each with the source line it starts on (csv-parse gives the line it ends on), read by
 * the parser for the readers of spreadsheet exports; undefined where the text is no CSV.
 */
export function csvRecords(text: string, skipEmpty: boolean): { cells: string[]; line: number }[] | undefined {
  try {
    // (With `info`, csv-parse returns each record with its position; its typings give the plain rows.)
    const records = parseCsv(text, { relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: skipEmpty }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines - (r.record.join(',').match(/\n/gu)?.length ?? 0) }));
  } catch {
    return undefined;
  }
}
