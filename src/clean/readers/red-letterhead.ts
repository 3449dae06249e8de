/**
 * red-letterhead: a body's official document (红头文件) as its PDF reads back: the letterhead (`某某中学文件`), the
 * document's number under it (`某某发〔2027〕9号`), then the title (`关于…的通知`). The letterhead names the body
 * that issued it, the source; `文件` goes; the number stays, as the document prints it; the title is the title.
 * At the foot, the round seal stamped over the signature is read by the extractor as its characters scattered on
 * lines of their own among the signature's (`第`, `县 二`, `中`, `学`, `★`): short lines after the last sentence
 * made only of the issuing body's characters, or the seal's star, go — two of them at least, the seal's evidence.
 */
import type { Change } from '../report.ts';
import { withoutLines, type Reading } from './reading.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { unspaced } from '../chars.ts';

export const RULE = 'red-letterhead';

const LETTERHEAD = /^[\s\u3000]*(\p{Script=Han}{2,30}?)[\s\u3000]*文[\s\u3000]*件[\s\u3000]*$/u;
const DOC_NUMBER = /^[\s\u3000]*[\p{Script=Han}A-Za-z]{1,16}[〔［[]\d{4}[〕］\]][\s\u3000]*\d{1,4}[\s\u3000]*号[\s\u3000]*$/u;
const TITLE = /^[\s\u3000]*((?:关于|關於)[^。！？]{4,60}|[^。！？，]{2,40}(?:通知|通报|通報|决定|決定|意见|意見|报告|報告|请示|請示|批复|批覆|公告|通告|办法|辦法|方案|规定|規定|纪要|紀要))[\s\u3000]*$/u;
const STAR = /^[★☆]$/u;
const DISTRIBUTION = /^\f?(?:抄送|抄报|抄報|报送|報送|分送|主送|发|發|送|报|報)[：:]/u;

export function redLetterhead(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const [a, b, c] = filled as [number?, number?, number?];
  if (a === undefined || b === undefined || c === undefined) return undefined;
  const head = LETTERHEAD.exec(lines[a]!);
  const title = TITLE.exec(lines[c]!);
  if (!head || !looksLikeOrganisation(head[1]!) || !DOC_NUMBER.test(lines[b]!) || !title) return undefined;
  const org = head[1]!;
  const line = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [
    { rule: RULE, kind: 'moved', line: line(a), text: org, to: "front matter: source (the body the document's letterhead names)" },
    { rule: RULE, kind: 'removed', line: line(a), text: '文件', to: "the letterhead's word for a document" },
    { rule: RULE, kind: 'moved', line: line(c), text: title[1]!, to: "front matter: title (the document's title under its number)" },
  ];
  const drop = new Set([a, c]);
  // The seal's characters: after the last sentence, the short lines made of the body's characters, and its star.
  // (The last sentence of the text: the distribution lines under the signature, `抄送：…。`, are not.)
  const last = lines.reduce((k, l, i) => (/[。！？；]$/u.test(l.trim()) && !DISTRIBUTION.test(l.trim()) ? i : k), -1);
  const chars = new Set(org);
  const seal = lines.flatMap((l, i) => {
    const t = unspaced(l.trim());
    return i > last && last >= 0 && t !== '' && (STAR.test(t) || (t.length <= 3 && [...t].every((ch) => chars.has(ch)))) ? [i] : [];
  });
  if (seal.length >= 2) {
    for (const i of seal) {
      drop.add(i);
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: lines[i]!.trim(), to: "the seal's characters over the signature, scattered by the PDF's text extraction" });
    }
  }
  return { ...withoutLines(lines, lineMap, drop), meta: { source: org, title: title[1]! }, changes };
}
