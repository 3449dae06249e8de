/**
 * reader-view: a page read in a browser's reader view (Firefox's Reader View, Safari's Reader) and copied with
 * select-all opens with the view's own header: the site's domain on a line of its own, the headline, the byline
 * and the reading-time estimate (`4–5 分钟`, `5 minutes`). The domain and the estimate are the view's, and go
 * (reported); the headline and the byline stay for the rules that read them.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'reader-view';

const DOMAIN = /^[ \t]*((?:[a-z0-9-]{1,40}\.)+[a-z]{2,12})[ \t]*$/iu;
const READING_TIME = /^[ \t]*\d{1,3}(?:[ \t]*[–-][ \t]*\d{1,3})?[ \t]*(?:分钟|分鐘|minutes?|mins?)[ \t]*$/iu;

export function readerView(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || first > 2 || !DOMAIN.test(lines[first]!)) return undefined;
  // The estimate closes the header, a line or three under the domain (headline, byline).
  const time = lines.findIndex((l, i) => i > first + 1 && i <= first + 5 && READING_TIME.test(l));
  if (time < 0) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [
    { rule: RULE, kind: 'removed', line: line(first), text: lines[first]!.trim(), to: "the reader view's header: the site's domain" },
    { rule: RULE, kind: 'removed', line: line(time), text: lines[time]!.trim(), to: "the reader view's header: the reading-time estimate" },
  ];
  const out = [...lines];
  out[first] = '';
  out[time] = '';
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
