/**
 * assistant-answer: an article an AI assistant was asked to reproduce, kept as the conversation's Markdown export:
 * the export's head (`# 对话导出：…`, the model, the time), the user's request (`**用户：** …`), then the
 * assistant's turn (`**助手：**`): a line introducing what follows (`好的，以下是这篇报道的全文整理[1]：`), the article
 * with its citation marks (`…摘下来。[1]`), and after it the assistant's own summary, its list of sources and its
 * disclaimer. The article is the edition: the conversation's head and turns, the introduction, the marks, the
 * summary and the disclaimer go, reported; the source the sources list names with the headline gives the url.
 * Only with a user's turn and an assistant's, each labelled.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'assistant-answer';

const USER = /^(?:\*\*)?(?:用户|用戶|提问|提問|我|User|You)[：:](?:\*\*)?(?:[ \t].*)?$/u;
const ASSISTANT = /^(?:\*\*)?(?:助手|助理|AI|Assistant|回答|模型)[：:](?:\*\*)?[ \t]*$/u;
const INTRO = /^[^\n]{0,50}(?:以下|如下|下面)[^\n]{0,30}[：:][ \t]*$/u;
const AFTER = /^(?:\*\*|#{1,6}[ \t]+)?(?:简要总结|簡要總結|总结|總結|要点|要點|摘要|参考来源|參考來源|参考资料|參考資料|引用来源|引用來源|来源链接|來源鏈接|Sources|References)[：:]?(?:\*\*)?$|^(?:---|\*\*\*|___)$/u;
const CITES = /(?<=[\p{Script=Han}。！？”」）)])(?:\[\d{1,2}\])+/gu;
const SOURCE_ITEM = /^\d{1,2}\.[ \t]+\[([^\]\n]{2,120})\]\((https?:\/\/[^)\s]+)\)/u;

export function assistantAnswer(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const user = lines.findIndex((l) => USER.test(l.trim()));
  const assistant = lines.findIndex((l, i) => i > user && ASSISTANT.test(l.trim()));
  if (user < 0 || assistant < 0) return undefined;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [];
  changes.push({ rule: RULE, kind: 'removed', line: line(0), text: lines.slice(0, assistant + 1).join('\n').trim(), to: "the conversation's export head, the user's request and the assistant's label" });
  let start = assistant + 1;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  if (start < lines.length && INTRO.test(lines[start]!.trim().replace(CITES, ''))) {
    changes.push({ rule: RULE, kind: 'removed', line: line(start), text: lines[start]!.trim(), to: "the assistant's line introducing the article" });
    start++;
  }
  let end = start;
  while (end < lines.length && !AFTER.test(lines[end]!.trim())) end++;
  const headline = lines.slice(start, end).find((l) => /^#{1,6}[ \t]+\S/u.test(l))?.replace(/^#{1,6}[ \t]+/u, '').trim();
  const meta: Record<string, unknown> = {};
  for (let i = end; i < lines.length; i++) {
    const m = SOURCE_ITEM.exec(lines[i]!.trim());
    if (m && headline && m[1]!.includes(headline) && meta.url === undefined) {
      meta.url = m[2]!;
      changes.push({ rule: RULE, kind: 'moved', line: line(i), text: m[2]!, to: "front matter: url (the assistant's source named with the headline)" });
    }
  }
  const tail = lines.slice(end).join('\n').trim();
  if (tail !== '') changes.push({ rule: RULE, kind: 'removed', line: line(end), text: meta.url ? tail.replace(String(meta.url), '') : tail, to: "the assistant's summary, its list of sources and its disclaimer, after the article" });
  const out = lines.slice(start, end).map((l, k) => {
    CITES.lastIndex = 0;
    if (!CITES.test(l)) return l;
    changes.push({ rule: RULE, kind: 'removed', line: line(start + k), text: (l.match(CITES) ?? []).join(' '), to: "the assistant's citation marks" });
    return l.replace(CITES, '');
  });
  return { text: out.join('\n'), meta, changes, lineMap: lineMap.slice(start, end) };
}
