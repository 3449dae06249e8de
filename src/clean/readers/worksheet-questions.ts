/**
 * worksheet-questions: a reading worksheet that prints an article and then its exercises: a heading (`阅读理解`,
 * `练习`), numbered questions with their choices (`A. 种石榴 B. 摘石榴 …`), the key (`参考答案：1. B 2. C`), a table of
 * new characters (`生字`, `拼音`, `英文`). The exercises are the worksheet's, not the article's: from their heading
 * to the end they go, reported whole. Only under an article's text (a hundred Han characters above the heading) and
 * with two lines of choices at least, or a key.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { countHan } from '../chars.ts';

export const RULE = 'worksheet-questions';

const HEADING = /^(?:阅读理解|閱讀理解|阅读练习|閱讀練習|课后练习|課後練習|思考与练习|思考與練習|练一练|練一練|练习题|練習題)[：:]?$/u;
const CHOICES = /^A[.．、][ \t\u3000]*\S.{0,200}?[ \t\u3000]B[.．、]/u;
const KEY = /^(?:参考答案|參考答案|答案)[：:]/u;

export function worksheetQuestions(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => HEADING.test(l.trim()));
  if (at < 0 || countHan(lines.slice(0, at).join('')) < 100) return undefined;
  const rest = lines.slice(at + 1).map((l) => l.trim());
  if (rest.filter((l) => CHOICES.test(l)).length < 2 && !rest.some((l) => KEY.test(l))) return undefined;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[at] ?? at + 1, text: lines.slice(at).join('\n').trim(), to: "the worksheet's exercises after the article (questions, choices, key, new characters)" }];
  return { text: lines.slice(0, at).join('\n'), meta: {}, changes, lineMap: lineMap.slice(0, at) };
}
