/**
 * unicode-escapes: a page whose template printed a stored string as JSON with every non-ASCII character escaped
 * (`\u6c4a\u6eaa\u533a…`, Python's `json.dumps` with `ensure_ascii`) shows the escapes as text. Each escape names its
 * character exactly: a run of three or more that spells Chinese (its characters Han or CJK marks, most of them Han)
 * is the text it escapes, reported line by line. A lone escape, or a run that spells no Chinese (a code sample's
 * `\u00e9`), stays.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'unicode-escapes';

const RUN = /(?:\\u[0-9a-fA-F]{4}){3,}/gu;

/** The text a run of escapes spells, where it spells Chinese. */
function spelled(run: string): string | undefined {
  const text = run.replace(/\\u([0-9a-fA-F]{4})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  // (A surrogate pair is two escapes of one character: decoded together above, whole or not at all.)
  if (/[\ud800-\udfff]/u.test(text) && /(?:[^\ud800-\udbff]|^)[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/u.test(text)) return undefined;
  const chars = [...text];
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  const cjk = chars.filter((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u.test(c)).length;
  return cjk === chars.length && han * 2 >= chars.length ? text : undefined;
}

export function unicodeEscapes(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('\\u')) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((line, i) =>
    line.replace(RUN, (run) => {
      const to = spelled(run);
      if (to === undefined) return run;
      changes.push({ rule: RULE, kind: 'changed', line: lineMap[i] ?? i + 1, text: run, to: `${to} (the characters its escapes name)` });
      return to;
    }),
  );
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}
