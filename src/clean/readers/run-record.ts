/**
 * run-record: an extractor's test run prints each result between two marker lines — GeneralNewsExtractor's
 * `test.py` writes `>>>>>>>>>>>>>tests/weixin/4.html>>>>>>>>>>>>>`, the result as indented JSON, and a line of
 * `<`. The markers and the page's path are the run's, not the article's: they go (reported), their lines left
 * blank so that every line keeps its place, and the JSON between them is read as any saved record is.
 */
import type { Reading } from './reading.ts';

export const RULE = 'run-record';

const OPEN = /^>{5,}(\S{1,300}?)>{5,}[ \t\r]*$/u;
const CLOSE = /^<{5,}[ \t\r]*$/u;

export function runRecord(text: string, lineMap: number[]): Reading | undefined {
  if (!text.startsWith('>>>>>')) return undefined;
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => l.trim() !== '');
  const open = OPEN.exec(lines[0]!);
  // Only a record whose body is one JSON object between the two markers.
  if (!open || last < 2 || !CLOSE.test(lines[last]!) || !lines[1]!.trim().startsWith('{') || !lines[last - 1]!.trim().endsWith('}')) return undefined;
  const changes = [
    { rule: RULE, kind: 'removed' as const, line: lineMap[0] ?? 1, text: lines[0]!.trim(), to: "an extractor's test run: the marker before a result, with the page's path" },
    { rule: RULE, kind: 'removed' as const, line: lineMap[last] ?? last + 1, text: lines[last]!.trim(), to: "an extractor's test run: the marker after a result" },
  ];
  lines[0] = '';
  lines[last] = '';
  return { text: lines.join('\n'), meta: {}, changes, lineMap };
}
