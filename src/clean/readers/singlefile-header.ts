/**
 * singlefile-header: a page saved with SingleFile (the browser extension, or its command line) opens with its
 * comment: `<!--` / ` Page saved with SingleFile` / ` url: …` / ` saved date: …` / `-->`. The address is the page's
 * own, the front matter's url; the comment, the saving date with it, is the tool's and is removed (reported).
 */
import type { Reading } from './reading.ts';

export const RULE = 'singlefile-header';

const HEADER = /^[\s\uFEFF]*<!--[ \t]*\n[ \t]*Page saved with SingleFile[ \t]*\n[ \t]*url:[ \t]*(\S+)[ \t]*\n[ \t]*saved date:[^\n]{0,200}\n[ \t]*-->[ \t]*\n?/u;

export function singlefileHeader(text: string, lineMap: number[]): Reading | undefined {
  const m = HEADER.exec(text.slice(0, 1000));
  if (!m) return undefined;
  const url = m[1]!;
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  const meta: Record<string, unknown> = /^https?:\/\//u.test(url) ? { url } : {};
  return {
    text: text.slice(m[0].length),
    meta,
    changes: [
      ...(meta.url ? [{ rule: RULE, kind: 'moved' as const, line: lineMap[2] ?? 3, text: url, to: "front matter: url (the saved page's address, in SingleFile's comment)" }] : []),
      { rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: meta.url ? m[0].replace(url, '').trim() : m[0].trim(), to: "SingleFile's comment above the saved page (the tool, the saving date)" },
    ],
    lineMap: text.slice(m[0].length).split('\n').map((_, k) => lineMap[k + lines] ?? k + lines + 1),
  };
}
