/**
 * archive-toolbar: a page saved from the Wayback Machine opens with the archive's own toolbar — `The
 * Wayback Machine - https://web.archive.org/web/<time>/<address>`, the count of captures, the calendar of
 * months, days and years, `About this capture` … `TIMESTAMPS`. The address after the archive's is the
 * article's own (front matter `url`); the toolbar is the archive's, not the page's, and goes (reported).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'archive-toolbar';

const FIRST = /^The Wayback Machine - (https?:\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]*\/)(\S+)\s*$/u;

export function archiveToolbar(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const m = FIRST.exec(lines[0] ?? '');
  if (!m) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  changes.push({ rule: RULE, kind: 'removed', line: line(0), text: `The Wayback Machine - ${m[1]}`, to: "the web archive's banner" });
  changes.push({ rule: RULE, kind: 'moved', line: line(0), text: m[2]!, to: 'front matter: url' });
  const out = [...lines];
  out[0] = '';
  // The toolbar ends at its `TIMESTAMPS` label; without one, only the banner line is the archive's for sure.
  const end = lines.findIndex((l, i) => i > 0 && i < 40 && l.trim() === 'TIMESTAMPS');
  if (end > 0) {
    const toolbar = lines.slice(1, end + 1);
    changes.push({ rule: RULE, kind: 'removed', line: line(1), text: toolbar.join('\n'), to: "the web archive's toolbar (captures, calendar, collection)" });
    for (let i = 1; i <= end; i++) out[i] = '';
  }
  return { text: out.join('\n'), meta: { url: m[2]! }, changes, lineMap };
}
