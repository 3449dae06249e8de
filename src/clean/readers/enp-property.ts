/**
 * enp-property: a Founder e-paper page (方正翔宇 ENP) keeps each article's record in a comment at its head,
 * `<!--enpproperty <articleid>…</articleid><date>2026-05-21</date><author>…</author><title>…</title>…/enpproperty-->`;
 * a converter that prints comments, or the comment's text, leaves it as a line of the text. The record's date
 * is the day the paper printed the article (to published); the rest (ids, the headline's lines and the
 * author, which the page prints again below, the page's name) goes with the record, reported whole.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'enp-property';

const RECORD = /^[ \t]*(?:<!--)?[ \t]*enpproperty[ \t]+((?:<[a-z]{2,20}>[^<>\n]{0,300}<\/[a-z]{2,20}>){1,40})[ \t]*\/enpproperty[ \t]*(?:-->)?[ \t]*$/u;
const DATE = /<date>(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)<\/date>/u;

export function enpProperty(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('enpproperty')) return undefined;
  const lines = text.split('\n');
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    const m = RECORD.exec(l);
    if (!m) return l;
    const line = lineMap[i] ?? i + 1;
    const date = DATE.exec(m[1]!);
    if (date && meta.published === undefined) {
      meta.published = date[1]!;
      changes.push({ rule: RULE, kind: 'moved', line, text: date[1]!, to: "front matter: published (the e-paper's record of the article)" });
    }
    changes.push({ rule: RULE, kind: 'removed', line, text: date ? l.trim().replace(date[1]!, '') : l.trim(), to: "the e-paper's record of the article (its ids, headline and page, printed again below)" });
    return '';
  });
  return changes.length > 0 ? { text: out.join('\n'), meta, changes, lineMap } : undefined;
}
