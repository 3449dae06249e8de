/**
 * ai-summary: a summary a browser's or an app's assistant set above (or below) the article it summarised: a head
 * (`总结要点：`, `AI摘要`), a few lines of points, and its own note that a machine made them (`以上要点由浏览器助手
 * 生成`, `内容由AI生成，仅供参考`). The points retell the article and are not its text: from the head to the note
 * they go, reported whole. Only with both the head and the note, twelve lines apart at most.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'ai-summary';

const HEAD = /^(?:总结要点|總結要點|要点总结|要點總結|AI[ \t]?摘要|AI[ \t]?总结|AI[ \t]?總結|智能摘要|智能总结|智能總結|内容摘要|內容摘要|全文摘要|文章摘要|要点速览|要點速覽)[：:]?$/u;
const NOTE = /(?:由|經|经)[^。！？\n]{0,16}(?:助手|AI|人工智能|大模型|模型)[^。！？\n]{0,6}(?:生成|总结|總結|整理)|AI[ \t]?(?:生成|总结|總結)|仅供参考|僅供參考/u;

export function aiSummary(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => HEAD.test(l.trim()));
  if (head < 0) return undefined;
  const offset = lines.slice(head + 1, head + 13).findIndex((l) => NOTE.test(l));
  if (offset < 0) return undefined;
  const end = head + 1 + offset;
  const changes: Change[] = [{ rule: RULE, kind: 'removed', line: lineMap[head] ?? head + 1, text: lines.slice(head, end + 1).join('\n').trim(), to: "an assistant's summary of the article and its note that a machine made it" }];
  const out = [...lines.slice(0, head), ...lines.slice(end + 1)];
  return { text: out.join('\n'), meta: {}, changes, lineMap: [...lineMap.slice(0, head), ...lineMap.slice(end + 1)] };
}
