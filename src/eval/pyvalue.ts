/**
 * Values as PyYAML's `safe_load` gives them to the scorer, kept as Python
 * would see them: the scorer tests them for truth (`0`, `''`, `[]` are
 * "no value") and turns them into text with `str()` (`True`, `1.0`,
 * `2013-09-22 14:31:17`), and both differ from JavaScript's.
 */
import { pyFloatRepr } from './pytext.ts';

/** A `datetime.date` or `datetime.datetime`, as its `str()`. */
export class PyDate {
  constructor(readonly text: string) {}
}

/** A Python float, where JavaScript would lose the difference between 1 and 1.0. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A dict. Keys that are not str are kept under a prefix no str key of a front matter can have. */
export type PyDict = Map<string, PyValue>;
export type PyValue = null | boolean | bigint | PyFloat | string | PyDate | PyValue[] | PyDict;

export const NON_STR_KEY = '\u0000';

export function truthy(v: PyValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0; // NaN is true in Python
  if (v instanceof PyDate) return true;
  if (Array.isArray(v)) return v.length > 0;
  return v.size > 0;
}

/** `str(v)` of a scalar. */
export function pyStr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint' || typeof v === 'string') return String(v);
  if (v instanceof PyFloat) return pyFloatRepr(v.value);
  if (v instanceof PyDate) return v.text;
  return flat(v);
}

/** The scorer's `flat`: a field's text, lists and dicts run together. */
export function flat(v: PyValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(flat).join('');
  if (v instanceof Map) return [...v.values()].map(flat).join('');
  return pyStr(v);
}

/** Python's `type(v).__name__`, for error messages that name it. */
export function pyTypeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyDate) return /:/.test(v.text) ? 'datetime' : 'date';
  return Array.isArray(v) ? 'list' : 'dict';
}

/** An exception as Python names it: the scorer reports `Type: message` for a file it cannot read. */
export class PyError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}
