/**
 * How the scorer reads a clean edition's body: its blocks, their skeletons
 * (letters, digits and Han only) and their normalised text. The patterns are
 * `score_edition.py`'s, rewritten where JavaScript reads a pattern otherwise:
 * Python's `\s` and `\d` are Unicode classes, its `^`/`$` under re.M stop at
 * `\n` only, and its `.` stops at `\n` only.
 */
import { htmlUnescape } from './unescape.ts';
import { WS, codePoints, pyStrip } from './pytext.ts';

export type BlockKind = 'p' | 'h' | 'caption' | 'pullquote' | 'list' | 'table' | 'quote';
export type Block = [kind: BlockKind, text: string];

// (?<![^\n]) and (?![^\n]) are Python's ^ and $ under re.M: at either end or next to a \n.
const BOL = '(?<![^\\n])';
const EOL = '(?![^\\n])';

const LINK = new RegExp(`!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\((?:[^()${WS}]|\\([^)]*\\))*(?:[${WS}]+"[^"]*")?\\)`, 'gu');
const AUTOLINK = /<https?:\/\/[^>]+>/gu;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~:])/gu;
const COMMENT = /<!--[\s\S]*?-->/gu;

export function stripMd(s: string): string {
  s = s.replace(LINK, (_m, text: string) => text);
  s = s.replace(AUTOLINK, (m) => m.slice(1, -1));
  s = s.replace(MD_ESCAPE, (_m, ch: string) => ch);
  s = s.replace(COMMENT, '');
  s = htmlUnescape(s);
  return s.replaceAll('*', '');
}

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/** The skeleton: NFKC, then letters and digits only (`str.isalnum`), lower-cased. As code points. */
export function skel(s: string): number[] {
  return codePoints(skelText(s));
}

export function skelText(s: string): string {
  return stripMd(s).normalize('NFKC').replace(NOT_ALNUM, '').toLowerCase();
}

const TABLE_RULE = new RegExp(`${BOL}[${WS}]*\\|?[${WS}:|-]+\\|?[${WS}]*${EOL}`, 'gu');
const LIST_MARK = new RegExp(`${BOL}[${WS}]*(?:[-*+]|\\p{Nd}+[.)])[${WS}]+`, 'gu');
const HEADING_MARK = new RegExp(`^#+[${WS}]*`, 'u');
const QUOTE_MARK = new RegExp(`${BOL}>[${WS}]?`, 'gu');
const LINE_BREAK = /[ \t\u00a0\u3000]*\n[ \t\u00a0\u3000]*/gu;
const SPACES = /[ \t\u00a0\u3000]+/gu;
const LATIN_BREAK = /(?<=[A-Za-z0-9.,;:!?%'")])\n+(?=[A-Za-z0-9('"])/gu;

/** A block's text as compared exactly: Markdown marks, escapes and layout line breaks aside. */
export function normText(s: string, kind: BlockKind): string {
  s = stripMd(s);
  if (kind === 'table') s = s.replace(TABLE_RULE, '');
  if (kind === 'list') s = s.replace(LIST_MARK, '\n');
  if (kind === 'h') s = s.replace(HEADING_MARK, '');
  if (kind === 'quote') s = s.replace(QUOTE_MARK, '');
  s = pyStrip(s).replace(LINE_BREAK, '\n');
  s = s.replace(SPACES, ' ');
  s = s.replace(LATIN_BREAK, ' ');
  return s.replaceAll('\n', '');
}

const CONTAINER = new RegExp(`^[${WS}]*:::+[${WS}]*([A-Za-z-]+)[${WS}]*(\\{[^\\n]*\\})?[${WS}]*$`, 'u');
const CONTAINER_OPEN = new RegExp(`^[${WS}]*:::+[${WS}]*[A-Za-z-]`, 'u');
const CONTAINER_CLOSE = new RegExp(`^[${WS}]*:::+[${WS}]*$`, 'u');
const ATTR_VALUE = /="([^"]*)"/gu;
const RULE = new RegExp(`^(?:\\*[${WS}]*){3,}$|^(?:-[${WS}]*){3,}$|^(?:_[${WS}]*){3,}$`, 'u');
const HEADING = new RegExp(`^#{1,6}(?:[${WS}]|$)`, 'u');
const LIST_ITEM = new RegExp(`^(?:[-*+]|\\p{Nd}+[.)])[${WS}]+`, 'u');

/**
 * Blocks as (kind, text). Consecutive list blocks (a loose list) are one
 * list; a block with no skeleton (a lone mark) is no block, except a
 * heading or a container.
 */
export function blocksOf(body: string): Block[] {
  const out: Block[] = [];
  let cur: string[] = [];
  let kind: BlockKind | null = null;
  const close = () => {
    if (cur.length > 0) {
      const t = cur.join('\n');
      if (skelText(t)) {
        const last = out[out.length - 1];
        if (kind === 'list' && last && last[0] === 'list') out[out.length - 1] = ['list', `${last[1]}\n${t}`];
        else out.push([kind!, t]);
      }
    }
    cur = [];
    kind = null;
  };
  const lines = body.replace(COMMENT, '').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const c = CONTAINER.exec(line);
    if (c) {
      close();
      const name = c[1]!.toLowerCase();
      const attrs = c[2] ?? '';
      const inner: string[] = [];
      let depth = 1;
      i++;
      while (i < lines.length) {
        if (CONTAINER_OPEN.test(lines[i]!)) depth++;
        else if (CONTAINER_CLOSE.test(lines[i]!)) {
          depth--;
          if (depth === 0) break;
        }
        inner.push(lines[i]!);
        i++;
      }
      const credit = [...attrs.matchAll(ATTR_VALUE)].map((m) => m[1]!).join(' ');
      out.push([name === 'caption' || name === 'pullquote' ? name : 'p', inner.join('\n') + (credit ? `\n${credit}` : '')]);
      i++;
      continue;
    }
    const s = pyStrip(line);
    i++;
    if (!s || RULE.test(s)) {
      close();
      continue;
    }
    if (HEADING.test(s)) {
      close();
      out.push(['h', s]);
      continue;
    }
    const k: BlockKind = s.startsWith('|') ? 'table' : LIST_ITEM.test(s) ? 'list' : s.startsWith('>') ? 'quote' : 'p';
    if (kind !== null && k !== kind && !(kind === 'list' && k === 'p')) close();
    if (kind === null) kind = k;
    cur.push(line);
  }
  close();
  return out;
}
