/**
 * Front matter as PyYAML's `yaml.safe_load` reads it (YAML 1.1).
 *
 * The `yaml` package parses the syntax, with every scalar kept as text (the
 * failsafe schema); each plain scalar is then typed by PyYAML's own implicit
 * resolvers and constructors. Its YAML 1.1 schema would not do: it reads `y`
 * and `n` as booleans where PyYAML keeps strings, and gives dates as Date
 * objects where PyYAML gives dates whose `str()` the scorer compares.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { pyRepr } from './pytext.ts';
import { NON_STR_KEY, PyDate, PyError, PyFloat, pyStr, type PyDict, type PyValue } from './pyvalue.ts';

const TAG = 'tag:yaml.org,2002:';

// PyYAML's implicit resolvers, in the order it tries them, each for the first characters it lists.
const RESOLVERS: [tag: string, re: RegExp, first: string][] = [
  ['bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/, 'yYnNtTfFoO'],
  ['float', /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, '-+0123456789.'],
  ['int', /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/, '-+0123456789'],
  ['merge', /^(?:<<)$/, '<'],
  ['null', /^(?:~|null|Null|NULL|)$/, '~nN'],
  ['timestamp', /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/, '0123456789'],
  ['value', /^(?:=)$/, '='],
];

const KNOWN_TAGS = new Set(['str', 'null', 'bool', 'int', 'float', 'timestamp']);

function resolvePlain(value: string): string {
  if (value === '') return 'null';
  for (const [tag, re, first] of RESOLVERS) if (first.includes(value[0]!) && re.test(value)) return tag;
  return 'str';
}

// PyYAML's reader refuses these before it parses anything.
const UNPRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** `yaml.safe_load(text)`. Errors are PyErrors named as PyYAML's would be. */
export function safeLoad(text: string): PyValue {
  const bad = UNPRINTABLE.exec(text);
  if (bad) {
    const position = Array.from(text.slice(0, bad.index)).length;
    throw new PyError('ReaderError', `unacceptable character #x${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')}: special characters are not allowed\n  in "<unicode string>", position ${position}`);
  }
  const doc = parseDocument(text, { schema: 'failsafe', version: '1.1', uniqueKeys: false });
  if (doc.errors.length > 0) throw new PyError('YAMLError', doc.errors[0]!.message.split('\n')[0]!);
  return new Loader(doc, text).construct(doc.contents as Node | null);
}

class Loader {
  private readonly building = new Set<Node>();
  constructor(
    private readonly doc: Document,
    private readonly text: string,
  ) {}

  construct(node: Node | null | undefined): PyValue {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.construct(node.resolve(this.doc) as Node | undefined);
    // PyYAML builds recursive structures from a self-referencing alias; the scorer never meets one.
    if (this.building.has(node)) throw new PyError('ConstructorError', 'found a recursive alias');
    this.building.add(node);
    try {
      if (isScalar(node)) return this.scalar(node, false);
      if (isSeq(node)) return node.items.map((item) => (isPair(item) ? this.dict(node, [item as Pair<Node, Node>]) : this.construct(item as Node)));
      if (isMap(node)) return this.dict(node, node.items as Pair<Node, Node>[]);
      return null;
    } finally {
      this.building.delete(node);
    }
  }

  private scalar(node: Scalar, asKey: boolean): PyValue {
    let value = node.value === null || node.value === undefined ? '' : String(node.value);
    // A block scalar that ends the stream without a line break has none to keep in PyYAML; `yaml` adds one.
    if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range && node.range[1] >= this.text.length && !/[\n\r\x85\u2028\u2029]$/u.test(this.text) && value.endsWith('\n')) value = value.slice(0, -1);
    let tag: string;
    if (node.tag && node.tag !== '!') tag = node.tag.startsWith(TAG) ? node.tag.slice(TAG.length) : node.tag;
    else tag = node.type === 'PLAIN' && !node.tag ? resolvePlain(value) : 'str';
    if (tag === 'value' && asKey) tag = 'str'; // flatten_mapping turns a `=` key into a str
    if (!KNOWN_TAGS.has(tag)) throw new PyError('ConstructorError', `could not determine a constructor for the tag ${pyRepr(tag.startsWith('!') ? tag : TAG + tag)}\n${this.mark(node)}`);
    return construct(tag, value);
  }

  /** Where PyYAML says an error is: `  in "<unicode string>", line L, column C:` and the line with a caret. */
  private mark(node: Node): string {
    const buffer = Array.from(`${this.text}\0`);
    const pointer = Array.from(this.text.slice(0, node.range?.[0] ?? 0)).length;
    let line = 0;
    let column = 0;
    for (let i = 0; i < pointer; i++) {
      const ch = buffer[i]!;
      if ('\n\x85\u2028\u2029'.includes(ch) || (ch === '\r' && buffer[i + 1] !== '\n')) {
        line++;
        column = 0;
      } else if (ch !== '\ufeff') column++;
    }
    // Mark.get_snippet(indent=4, max_length=75)
    const breaks = '\0\r\n\x85\u2028\u2029';
    let head = '';
    let start = pointer;
    while (start > 0 && !breaks.includes(buffer[start - 1]!)) {
      start--;
      if (pointer - start > 75 / 2 - 1) {
        head = ' ... ';
        start += 5;
        break;
      }
    }
    let tail = '';
    let end = pointer;
    while (end < buffer.length && !breaks.includes(buffer[end]!)) {
      end++;
      if (end - pointer > 75 / 2 - 1) {
        tail = ' ... ';
        end -= 5;
        break;
      }
    }
    const snippet = `    ${head}${buffer.slice(start, end).join('')}${tail}\n${' '.repeat(4 + pointer - start + head.length)}^`;
    return `  in "<unicode string>", line ${line + 1}, column ${column + 1}:\n${snippet}`;
  }

  private nodeId(node: Node | null): string {
    return node && isMap(node) ? 'mapping' : node && isSeq(node) ? 'sequence' : 'scalar';
  }

  /** `construct_mapping` after `flatten_mapping`: merged pairs first, so the mapping's own keys win. */
  private dict(owner: Node, items: Pair<Node, Node>[]): PyDict {
    const out: PyDict = new Map();
    for (const [keyNode, valueNode] of this.flatten(owner, items)) {
      const key = keyNode && isScalar(keyNode) ? this.scalar(keyNode, true) : this.construct(keyNode);
      const name = typeof key === 'string' ? key : NON_STR_KEY + pyStr(key);
      out.set(name, this.construct(valueNode));
    }
    return out;
  }

  private flatten(owner: Node, items: Pair<Node, Node>[]): [Node | null, Node | null][] {
    const merge: [Node | null, Node | null][] = [];
    const own: [Node | null, Node | null][] = [];
    for (const pair of items) {
      const key = (pair.key ?? null) as Node | null;
      const value = (pair.value ?? null) as Node | null;
      if (key && isScalar(key) && key.type === 'PLAIN' && !key.tag && String(key.value) === '<<') {
        const target = this.deref(value);
        if (isMap(target)) merge.push(...this.flatten(target, target.items as Pair<Node, Node>[]));
        else if (isSeq(target)) {
          const subs = target.items.map((sub) => {
            const m = this.deref(sub as Node);
            if (!isMap(m)) throw new PyError('ConstructorError', `while constructing a mapping\n${this.mark(owner)}\nexpected a mapping for merging, but found ${this.nodeId(m)}\n${this.mark(m!)}`);
            return this.flatten(m, m.items as Pair<Node, Node>[]);
          });
          for (const sub of subs.reverse()) merge.push(...sub);
        } else throw new PyError('ConstructorError', `while constructing a mapping\n${this.mark(owner)}\nexpected a mapping or list of mappings for merging, but found ${this.nodeId(target)}\n${this.mark(target ?? owner)}`);
      } else own.push([key, value]);
    }
    return [...merge, ...own];
  }

  private deref(node: Node | null): Node | null {
    return node && isAlias(node) ? ((node.resolve(this.doc) as Node | undefined) ?? null) : node;
  }
}

/** PyYAML's SafeConstructor for one scalar tag. */
function construct(tag: string, value: string): PyValue {
  switch (tag) {
    case 'str':
      return value;
    case 'null':
      return null;
    case 'bool': {
      const b = ({ yes: true, no: false, true: true, false: false, on: true, off: false } as Record<string, boolean>)[value.toLowerCase()];
      if (b === undefined) throw new PyError('KeyError', `'${value.toLowerCase()}'`);
      return b;
    }
    case 'int':
      return constructInt(value);
    case 'float':
      return constructFloat(value);
    case 'timestamp':
      return constructTimestamp(value);
    default:
      throw new Error(`no constructor for ${tag}`); // the caller lets only KNOWN_TAGS through
  }
}

function constructInt(raw: string): bigint {
  let value = raw.replaceAll('_', '');
  const sign = value[0] === '-' ? -1n : 1n;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  const parse = (digits: string, radix: number): bigint => {
    const ok = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[radix as 2 | 8 | 10 | 16];
    if (!ok.test(digits)) throw new PyError('ValueError', `invalid literal for int() with base ${radix}: '${digits}'`);
    const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[radix as 2 | 8 | 10 | 16];
    return BigInt(prefix + digits);
  };
  if (value === '0') return 0n;
  if (value.startsWith('0b')) return sign * parse(value.slice(2), 2);
  if (value.startsWith('0x')) return sign * parse(value.slice(2), 16);
  if (value[0] === '0') return sign * parse(value, 8);
  if (value.includes(':')) {
    let total = 0n;
    for (const part of value.split(':')) total = total * 60n + parse(part, 10);
    return sign * total;
  }
  return sign * parse(value, 10);
}

function constructFloat(raw: string): PyFloat {
  let value = raw.replaceAll('_', '').toLowerCase();
  const sign = value[0] === '-' ? -1 : 1;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  if (value === '.inf') return new PyFloat(sign * Infinity);
  if (value === '.nan') return new PyFloat(NaN);
  if (value.includes(':')) {
    // Python adds the parts from the last, each times its power of 60: keep that order of rounding.
    const digits = value.split(':').map(Number).reverse();
    let total = 0;
    let base = 1;
    for (const d of digits) {
      total += d * base;
      base *= 60;
    }
    return new PyFloat(sign * total);
  }
  return new PyFloat(sign * Number(value));
}

const TIMESTAMP = /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

/** A date or datetime, kept as its `str()`, with datetime's range checks and their messages. */
function constructTimestamp(value: string): PyDate {
  const m = TIMESTAMP.exec(value);
  if (!m) throw new PyError('AttributeError', "'NoneType' object has no attribute 'groupdict'");
  const [, y, mo, d, h, mi, s, fraction, tz, tzSign, tzHour, tzMinute] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1) throw new PyError('ValueError', `year ${year} is out of range`);
  if (month < 1 || month > 12) throw new PyError('ValueError', 'month must be in 1..12');
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > days) throw new PyError('ValueError', 'day is out of range for month');
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
  if (!h) return new PyDate(date);
  const [hour, minute, second] = [Number(h), Number(mi), Number(s)];
  if (hour > 23) throw new PyError('ValueError', 'hour must be in 0..23');
  if (minute > 59) throw new PyError('ValueError', 'minute must be in 0..59');
  if (second > 59) throw new PyError('ValueError', 'second must be in 0..59');
  let text = `${date} ${two(hour)}:${two(minute)}:${two(second)}`;
  const micro = fraction ? Number(fraction.slice(0, 6).padEnd(6, '0')) : 0;
  if (micro) text += `.${String(micro).padStart(6, '0')}`;
  if (tzSign) {
    const offset = (Number(tzHour) * 60 + Number(tzMinute ?? 0)) * (tzSign === '-' ? -1 : 1);
    if (Math.abs(offset) >= 24 * 60) throw new PyError('ValueError', 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)');
    const abs = Math.abs(offset);
    text += `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  } else if (tz) text += '+00:00';
  return new PyDate(text);
}
