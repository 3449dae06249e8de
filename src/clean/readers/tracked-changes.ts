/**
 * tracked-changes: a Word document's tracked changes and comments as pandoc prints them with
 * `--track-changes=all` (`[六十三]{.deletion author="…" date="…"}[六十四]{.insertion author="…" date="…"}`,
 * `[]{.comment-start id="0" author="…" date="…"}…[]{.comment-end id="0"}`). The changes are accepted, as an editor
 * prepares the text for print: a deletion goes with its words, an insertion keeps its words and loses its markup,
 * a comment (the editors' note to each other) goes whole. Each reported with its author's words.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'tracked-changes';

const ATTRS = '(?:[ \\t]+[A-Za-z-]{1,20}="[^"\\n]{0,120}")*';
const DELETION = new RegExp(`\\[([^\\[\\]\\n]{0,2000})\\]\\{\\.deletion${ATTRS}\\}`, 'gu');
const INSERTION = new RegExp(`\\[([^\\[\\]\\n]{0,2000})\\]\\{\\.insertion${ATTRS}\\}`, 'gu');
const COMMENT = new RegExp(`\\[\\]\\{\\.comment-start[ \\t]+id="([^"\\n]{1,20})"${ATTRS}\\}([^\\n]{0,2000}?)\\[\\]\\{\\.comment-end[ \\t]+id="\\1"${ATTRS}\\}`, 'gu');

export function trackedChanges(text: string, lineMap: number[]): Reading | undefined {
  if (!/\{\.(?:deletion|insertion|comment-start)[ \t}]/u.test(text)) return undefined;
  const changes: Change[] = [];
  const lines = text.split('\n').map((line, i) => {
    const at = lineMap[i] ?? i + 1;
    return line
      .replace(COMMENT, (m) => {
        changes.push({ rule: RULE, kind: 'removed', line: at, text: m, to: "a comment on the draft (the editors' note to each other)" });
        return '';
      })
      .replace(DELETION, (m) => {
        changes.push({ rule: RULE, kind: 'removed', line: at, text: m, to: 'a tracked deletion, accepted: its words go' });
        return '';
      })
      .replace(INSERTION, (m, words: string) => {
        changes.push({ rule: RULE, kind: 'removed', line: at, text: m.slice(words.length + 1), to: `a tracked insertion's markup, accepted: its words (${words}) stay` });
        return words;
      });
  });
  return changes.length === 0 ? undefined : { text: lines.join('\n'), meta: {}, changes, lineMap };
}
