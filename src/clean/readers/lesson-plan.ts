/**
 * lesson-plan: a news article a teacher set as a lesson, kept as the teacher's annotated copy: the lesson's head
 * (`第三课　…`, `授课教师：…　年级：…`), its sections (`教学目标` with its list, `课后作业` after), the article under
 * `课文`, and in the article the teacher's notes in brackets (`【批注：…】`, `（板书）`, `（板书：泡—蒸—摊）`). The
 * edition is the article under `课文`, down to the next section of the lesson; the rest of the lesson and the
 * notes go, each reported. Only with a `课文` heading and another section of a lesson, or notes of the teacher's.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'lesson-plan';

const TEXT_HEAD = /^(?:课文|課文|课文正文|課文正文|阅读材料|閱讀材料)[：:]?$/u;
const SECTION = /^(?:教学目标|教學目標|教学重点|教學重點|教学难点|教學難點|教学过程|教學過程|课后作业|課後作業|作业|作業|布置作业|佈置作業|板书设计|板書設計|教学反思|教學反思|拓展延伸|课堂练习|課堂練習|练习|練習)[：:]?$/u;
const NOTE = /【(?:批注|批註|旁批|眉批|教师批注|教師批註)[：:][^【】\n]{1,200}】|[（(](?:板书|板書)(?:[：:][^（）()\n]{1,60})?[）)]/gu;

export function lessonPlan(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => TEXT_HEAD.test(l.trim()));
  if (at < 0) return undefined;
  const sections = lines.flatMap((l, i) => (SECTION.test(l.trim()) ? [i] : []));
  NOTE.lastIndex = 0;
  if (sections.length === 0 && !NOTE.test(text)) return undefined;
  const end = sections.find((i) => i > at) ?? lines.length;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  const before = lines.slice(0, at + 1).join('\n').trim();
  changes.push({ rule: RULE, kind: 'removed', line: line(0), text: before, to: "the lesson's head and sections before the article (its number, teacher, aims), and the heading 课文" });
  const after = lines.slice(end).join('\n').trim();
  if (after !== '') changes.push({ rule: RULE, kind: 'removed', line: line(end), text: after, to: "the lesson's sections after the article (homework, board plan)" });
  const out = lines.slice(at + 1, end).map((l, k) => {
    NOTE.lastIndex = 0;
    if (!NOTE.test(l)) return l;
    const notes = l.match(NOTE)!;
    changes.push({ rule: RULE, kind: 'removed', line: line(at + 1 + k), text: notes.join('\n'), to: "the teacher's notes in the article (批注, 板书)" });
    return l.replace(NOTE, '');
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap: lineMap.slice(at + 1, end) };
}
