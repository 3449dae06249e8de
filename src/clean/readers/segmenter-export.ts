/**
 * segmenter-export: an article as a word segmenter or a corpus tool exports it: every word apart by a space
 * (`天 刚 亮 ， 村民 就 …`), some paragraphs tagged with each word's part of speech (`清明/t 前后/f ，/w`, the PKU
 * or ICTCLAS tag set), under the tool's head (`… 分词导出　文件：…　分词模式：…`) and over its count (`共 7 段　215 词`).
 * The tags and the spaces are the tool's: each `/tag` after a word goes, and the spaces between words but two Latin
 * words or figures; so do the head and the count. Six tagged words at least on a line, a tag each.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'segmenter-export';

// A word and its tag: PKU's and ICTCLAS's tags are one to four lower-case letters (`n`, `ns`, `nr`, `vn`, `w`).
const TAGGED = /(?<=[^\s/])\/([a-z]{1,4}|[A-Z]{1,2}[a-z]?)(?=[ \t\u3000]|$)/gu;
const HEAD = /(?:分词|分詞|词性标注|詞性標註|切词|切詞)(?:导出|導出|结果|結果)?.{0,80}$/u;
const WORD_GAP = /(?<=\S)[ \t]+(?=\S)(?<![A-Za-z0-9.,%][ \t]+(?=[A-Za-z0-9]))/gu;
const COUNT = /^共[ \t\u3000]*\d{1,5}[ \t\u3000]*段[ \t\u3000]+\d{1,7}[ \t\u3000]*词(?:[ \t\u3000]+.{0,40})?$/u;

export function segmenterExport(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const tagged = lines.map((l) => (l.match(TAGGED) ?? []).length);
  if (!tagged.some((n, i) => n >= 6 && n * 2 >= lines[i]!.trim().split(/[ \t\u3000]+/u).length)) return undefined;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const out = lines.map((l, i) => {
    const t = l.trim();
    if ((i < 3 && HEAD.test(t) && /(?:导出|導出|模式|标注集|標註集)/u.test(t)) || COUNT.test(t)) {
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: t, to: i < 3 ? "the segmenter's export head (its file, its mode, its tag set)" : "the segmenter's count of paragraphs and words" });
      return '';
    }
    let plain = l;
    if (tagged[i]! >= 3) {
      const tags: string[] = [];
      plain = l.replace(TAGGED, (m) => {
        tags.push(m);
        return '';
      });
      changes.push({ rule: RULE, kind: 'removed', line: line(i), text: tags.join(' '), to: "the segmenter's part-of-speech tags after the words" });
    }
    // The spaces the segmenter set between words go, a headline's too (`棹坪村 春笋 上市`), but between two Latin
    // words or figures.
    const closed = plain.replace(WORD_GAP, '');
    if (closed !== plain) changes.push({ rule: RULE, kind: 'changed', line: line(i), text: ' ', to: "none (the segmenter's spaces between words)" });
    return closed;
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
