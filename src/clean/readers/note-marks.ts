/**
 * note-marks: what a notes app (Obsidian, Logseq) adds to an article a reader clipped into it: highlights written
 * `==…==` around the passages the reader marked, a callout of the reader's own (`> [!note] 我的笔记 …`, a converter
 * dropping the `>`) and a last line of the reader's tags (`#家乡 #待读`). The marks are the reader's, not the
 * article's: a highlight's marks go and its words stay; the callout and the tag line go whole. Marks only where they
 * pair on one line around Han text; a callout only as its own line; tags only as a last line of nothing but tags.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'note-marks';

const HIGHLIGHT = /==(?=[^=\s])([^=\n]{1,600}?\p{Script=Han}[^=\n]{0,600}?)(?<=[^=\s])==/gu;
const CALLOUT = /^[ \t]*(?:>[ \t]*)?\[!(?:note|tip|info|abstract|summary|todo|question|quote|important)\][-+]?[ \t]+\S.*$/iu;
const TAGS = /^(?:#[^\s#]{1,40}[ \t\u3000]*){1,8}$/u;

export function noteMarks(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const out = lines.map((l, i) => {
    if (CALLOUT.test(l)) {
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: l.trim(), to: "the reader's own callout in the clipped note" });
      return '';
    }
    HIGHLIGHT.lastIndex = 0;
    if (!HIGHLIGHT.test(l)) return l;
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: '====', to: "the reader's highlight marks (`==…==`), the words they marked kept" });
    return l.replace(HIGHLIGHT, '$1');
  });
  const last = out.reduce((k, l, i) => (l.trim() !== '' ? i : k), -1);
  if (last >= 0 && TAGS.test(out[last]!.trim()) && /\p{Script=Han}/u.test(out[last]!) && changes.length > 0) {
    changes.push({ rule: RULE, kind: 'removed', line: line(last), text: out[last]!.trim(), to: "the reader's tags on the clipped note" });
    out[last] = '';
  }
  return changes.length === 0 ? undefined : { text: out.join('\n'), meta: {}, changes, lineMap };
}
