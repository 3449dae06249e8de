/**
 * tail-files: several files printed one after the other by `tail` or `head`, each under its name (`==> 06-原文.txt
 * <==`). The names are the tool's and go. Where one of the files is a script written to be read aloud (a car's or
 * a speaker's news brief, its pauses marked `【停顿】` three times or more, its numbers written out for speech)
 * beside a file that is not, the script is the story retold for the ear, pointing to the other: it goes whole,
 * reported, and the article is the file that remains.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'tail-files';

const HEADER = /^==> (.{1,200}) <==$/u;
const PAUSE = /【停顿】|【停頓】|\[停顿\]|\[停頓\]|（停顿）|（停頓）|<break[^<>\n]{0,60}\/>/gu;

export function tailFiles(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const heads = lines.flatMap((l, i) => (HEADER.test(l.trim()) ? [i] : []));
  if (heads.length < 2 || lines.slice(0, heads[0]).some((l) => l.trim() !== '')) return undefined;
  const parts = heads.map((at, j) => ({ at, from: at + 1, to: heads[j + 1] ?? lines.length }));
  const body = (p: (typeof parts)[number]) => lines.slice(p.from, p.to).join('\n');
  const pauses = (p: (typeof parts)[number]) => (body(p).match(PAUSE) ?? []).length;
  const scripts = parts.filter((p) => pauses(p) >= 3);
  const others = parts.filter((p) => pauses(p) === 0);
  const dropScripts = scripts.length > 0 && others.some((o) => countHan(body(o)) >= 0.8 * Math.max(...scripts.map((s) => countHan(body(s)))));
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  for (const p of parts) {
    if (dropScripts && scripts.includes(p)) {
      changes.push({ rule: RULE, kind: 'removed', line: lineMap[p.at] ?? p.at + 1, text: lines.slice(p.at, p.to).join('\n').trim(), to: 'a script of the story written to be read aloud (its pauses marked), printed beside the article it points to' });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[p.at] ?? p.at + 1, text: lines[p.at]!.trim(), to: "the file's name, as tail prints it over each file" });
    if (out.length > 0) {
      out.push('');
      map.push(lineMap[p.at] ?? p.at + 1);
    }
    for (let i = p.from; i < p.to; i++) {
      out.push(lines[i]!);
      map.push(lineMap[i] ?? i + 1);
    }
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
