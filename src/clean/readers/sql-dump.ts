/**
 * sql-dump: one article kept as a row of a database table and dumped as SQL (sqlite3's `.dump`, mysqldump): the
 * table's `CREATE TABLE` names the columns, the row's `INSERT INTO … VALUES(…)` holds the cells as SQL literals
 * (sqlite's `''` for a quote and `replace('…\n…','\n',char(10))` for its line breaks; MySQL's backslash escapes).
 * The statements are read by a small parser of those literals into the record the columns name, written as JSON
 * for json-record to read. Only a dump of one row in a table with a text's column: a dump of many rows is a
 * database, not an article.
 */
import type { Change } from '../report.ts';
import { recordAsJson, type Reading } from './reading.ts';
import { TEXT_KEYS } from './json-record.ts';

export const RULE = 'sql-dump';

const CREATE = /CREATE TABLE (?:IF NOT EXISTS )?[`"[]?(\w{1,64})[`"\]]? ?\(/giu;
const INSERT = /INSERT INTO [`"[]?(\w{1,64})[`"\]]?(?: ?\(([^)]{1,2000})\))? ?VALUES ?/giu;
const CONSTRAINT = /^(?:PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT|KEY|INDEX|FULLTEXT)\b/iu;

type Value = string | number | null;

/** The columns a `CREATE TABLE` names, from the parenthesis after it to the one that closes it. */
function columnsAt(sql: string, open: number): string[] | undefined {
  const cols: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < sql.length && i < open + 20_000; i++) {
    const c = sql[i]!;
    if (c === '(') depth++;
    else if (c === ')' || (c === ',' && depth === 1)) {
      if (depth === 1) {
        const def = sql.slice(start, i).trim();
        if (def !== '' && !CONSTRAINT.test(def)) cols.push(def.split(/\s+/u)[0]!.replace(/^[`"[]|[`"\]]$/gu, ''));
        start = i + 1;
      }
      if (c === ')' && --depth === 0) return cols;
    }
  }
  return undefined;
}

/** The row of literals from `(` on: its values, and where it ends; undefined where something else stands. */
function rowAt(sql: string, open: number, mysql: boolean): { values: Value[]; end: number } | undefined {
  const values: Value[] = [];
  let i = open + 1;
  const literal = (): string | undefined => {
    if (sql[i] !== "'") return undefined;
    let out = '';
    for (i++; i < sql.length; i++) {
      const c = sql[i]!;
      if (c === "'" && sql[i + 1] === "'") { out += "'"; i++; continue; }
      if (c === "'") { i++; return out; }
      if (mysql && c === '\\') {
        const n = sql[++i] ?? '';
        out += ({ n: '\n', r: '\r', t: '\t', '0': '\0', Z: '\x1a' } as Record<string, string>)[n] ?? n;
        continue;
      }
      out += c;
    }
    return undefined;
  };
  for (;;) {
    while (sql[i] === ' ' || sql[i] === '\n') i++;
    let v: Value | undefined;
    if (sql[i] === "'") v = literal();
    else if (sql.startsWith('replace(', i)) {
      // sqlite3's `.dump` writes a text with line breaks as replace('…\n…','\n',char(10)).
      i += 'replace('.length;
      const s = literal();
      const m = /^,'\\n',char\(10\)\)/u.exec(sql.slice(i, i + 20));
      if (s === undefined || !m) return undefined;
      i += m[0].length;
      v = s.replaceAll('\\n', '\n');
    } else {
      const m = /^(?:NULL|-?\d+(?:\.\d+)?)/iu.exec(sql.slice(i, i + 40));
      if (!m) return undefined;
      i += m[0].length;
      v = /^null$/iu.test(m[0]) ? null : Number(m[0]);
    }
    if (v === undefined) return undefined;
    values.push(v);
    while (sql[i] === ' ') i++;
    if (sql[i] === ',') { i++; continue; }
    if (sql[i] === ')') return { values, end: i + 1 };
    return undefined;
  }
}

export function sqlDump(text: string, lineMap: number[]): Reading | undefined {
  if (!/INSERT INTO/iu.test(text) || text.length > 500_000) return undefined;
  const tables = new Map<string, string[]>();
  for (const m of text.matchAll(CREATE)) {
    const cols = columnsAt(text, m.index! + m[0].length - 1);
    if (cols) tables.set(m[1]!, cols);
  }
  const inserts = [...text.matchAll(INSERT)];
  if (inserts.length !== 1) return undefined;
  const ins = inserts[0]!;
  const mysql = /`/u.test(ins[0]) || /\\'/u.test(text);
  const cols = ins[2] ? ins[2].split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/gu, '')) : tables.get(ins[1]!);
  const open = ins.index! + ins[0].length;
  const row = text[open] === '(' && cols ? rowAt(text, open, mysql) : undefined;
  // One row, as wide as the columns, with a text's column of some length.
  if (!row || !cols || row.values.length !== cols.length || /^\s*,\s*\(/u.test(text.slice(row.end, row.end + 10))) return undefined;
  const record = Object.fromEntries(cols.map((c, k) => [c, row.values[k]]));
  const textKey = TEXT_KEYS.find((k) => typeof record[k] === 'string');
  if (textKey === undefined || String(record[textKey]).length < 100) return undefined;
  const lineOf = (index: number) => { const n = text.slice(0, index).split('\n').length; return lineMap[n - 1] ?? n; };
  const at = lineOf(ins.index!);
  const changes: Change[] = [];
  // Every statement but the row's values (the schema, the transaction, the pragmas): the dump's, reported whole.
  const before = text.slice(0, open).trim();
  const after = text.slice(row.end).trim();
  if (before !== '') changes.push({ rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: before, to: "the dump's statements around the row (its schema, its transaction, the INSERT naming the table)" });
  if (after !== '') changes.push({ rule: RULE, kind: 'removed', line: lineOf(row.end), text: after, to: "the dump's statements after the row" });
  changes.push({ rule: RULE, kind: 'changed', line: at, text: "the row's SQL literals (quotes doubled, line breaks escaped)", to: 'the record its columns name, as JSON (read by json-record)' });
  return recordAsJson(record, changes, at);
}
