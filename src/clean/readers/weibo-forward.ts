/**
 * weibo-forward: a Weibo post that carries an article, as a page of the post prints it when someone forwarded it
 * (a text browser's dump, a copy): the forwarder's name and time (`某某 4月12日 20:31 来自 iPhone客户端`) over the
 * forwarder's comment with its chain (`好样的！//@某某:…//@临澜发布:`), the original account (`@临澜发布`), the
 * post's folded preview (`…能力评估……展开全文`) over the post in full, and the post's `网页链接` and `收起` after its
 * last sentence. The evidence is the chain: a line with `//@name:` right under a line of a name and a Weibo time.
 * Then each of those goes, reported; the post, its time line and its counts are left to the other rules.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { unspaced } from '../chars.ts';

export const RULE = 'weibo-forward';

const POSTER = /^[^\s\u3000]{1,20}[ \u3000]+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日|今天|昨天)[ \u3000]+\d{1,2}:\d{2}(?:[ \u3000]+(?:来自|來自)[ \u3000]*\S.{0,30})?$/u;
const CHAIN = /\/\/@[^\s\u3000:：@]{1,30}[:：]/u;
const ACCOUNT = /^@[^\s\u3000@]{1,30}$/u;
const FOLDED = /^([\s\S]{20,600}?)(?:……|…|\.{3,6})[ \u3000]*(?:展开全文|展開全文)[ \u3000]*c?$/u;
// (links prints the arrow icon after the words as the letter `c`.)
// (Right after the sentence's closing mark: `…5名。（来源：…）网页链接 收起d`.)
const TAIL = /(?<=[。！？”」』）)])[ \u3000]*(?:(?:网页链接|網頁鏈接)[ \u3000]*)?(?:收起全文|收起)[ \u3000]*d?$|(?<=[。！？”」』）)])[ \u3000]*(?:网页链接|網頁鏈接)$/u;

export function weiboForward(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('//@')) return undefined;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !POSTER.test(lines[first]!.trim())) return undefined;
  const comment = lines.findIndex((l, i) => i > first && l.trim() !== '');
  if (comment < 0 || !CHAIN.test(lines[comment]!)) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  const changes: Change[] = [
    { rule: RULE, kind: 'removed', line: at(first), text: lines[first]!.trim(), to: "the forwarder's name and time" },
    { rule: RULE, kind: 'removed', line: at(comment), text: lines[comment]!.trim(), to: "the forwarder's comment and the chain of forwards (//@…)" },
  ];
  const out = lines.slice();
  out[first] = '';
  out[comment] = '';
  // The text after them, whitespace taken out: what a folded preview is the head of.
  const rest = (from: number) => unspaced(out.slice(from).join(''));
  for (let i = comment + 1; i < out.length; i++) {
    const t = out[i]!.trim();
    if (ACCOUNT.test(t)) {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: t, to: 'the account of the forwarded post' });
      out[i] = '';
      continue;
    }
    // The preview, its lines up to the fold (a wrapped line or two), repeated in full below.
    let end = i;
    while (end < out.length - 1 && end - i < 4 && out[end]!.trim() !== '' && !FOLDED.test(out.slice(i, end + 1).map((l) => l.trim()).join('\n'))) end++;
    const block = out.slice(i, end + 1).map((l) => l.trim()).join('\n');
    const folded = FOLDED.exec(block);
    if (folded && t !== '' && rest(end + 1).startsWith(unspaced(folded[1]!))) {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: block, to: 'the folded preview of the post, printed again in full under it' });
      for (let k = i; k <= end; k++) out[k] = '';
      i = end;
      continue;
    }
    const tail = TAIL.exec(out[i]!);
    if (tail && tail[0].trim() !== '') {
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: tail[0].trim(), to: "the post's link to the article's page and its fold button" });
      out[i] = out[i]!.slice(0, tail.index);
    }
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
