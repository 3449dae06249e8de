/**
 * parallel-translation: a bilingual page (a translator's working copy, a site's 中英对照 view) that sets each Chinese
 * paragraph and heading with its English translation right under it, wrapped over lines of its own. The edition is
 * the Chinese article: each run of English lines under a Chinese line goes, reported whole. Three pairs at least,
 * most Chinese paragraphs followed by English, and the page naming itself a translation (`中英对照`, `译者：`): the
 * evidence of a parallel text made to learn from, not an English quote in an article nor a notice in two languages.
 */
import type { Change } from '../report.ts';
import { withoutLines, type Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'parallel-translation';

const TRANSLATION = /中英对照|中英對照|双语|雙語|译文|譯文|译者|譯者|翻译|翻譯/u;
const ENGLISH = /^[^\p{Script=Han}]*$/u;
const words = (l: string) => (l.match(/[A-Za-z]{2,}/gu) ?? []).length;

export function parallelTranslation(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // The runs of English lines (no Han, words in them) each right under a line of Chinese, blank lines apart at most.
  const runs: { from: number; to: number }[] = [];
  // (The paragraphs, twenty Han characters or more, are what the evidence counts: each with its English under it.)
  let paragraphs = 0;
  let translated = 0;
  for (let i = 0; i < lines.length; i++) {
    if (countHan(lines[i]!) < 4) continue;
    const paragraph = countHan(lines[i]!) >= 20;
    if (paragraph) paragraphs++;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    let k = j;
    // (Its first line three English words at least; the lines its wrap left after it one at least: `20 percent larger.`)
    while (k < lines.length && lines[k]!.trim() !== '' && ENGLISH.test(lines[k]!) && words(lines[k]!) >= (k === j ? 3 : 1)) k++;
    if (k > j && lines.slice(j, k).reduce((n, l) => n + words(l), 0) >= 4) {
      runs.push({ from: j, to: k });
      if (paragraph) translated++;
      i = k - 1;
    }
  }
  // (And the page says it is a translation, one to learn from: a notice a body sets in two languages, for readers of
  // each, keeps both.)
  if (translated < 3 || translated < paragraphs * 0.6 || !TRANSLATION.test(text)) return undefined;
  const changes: Change[] = [];
  const drop = new Set<number>();
  for (const r of runs) {
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[r.from] ?? r.from + 1, text: lines.slice(r.from, r.to).join('\n').trim(), to: 'the English translation under the Chinese (a bilingual page; the edition is the Chinese)' });
    for (let i = r.from; i < r.to; i++) drop.add(i);
  }
  return { ...withoutLines(lines, lineMap, drop), meta: {}, changes };
}
