/**
 * learner-glossary: a graded reader's article for learners of Chinese, its harder words called out in the text
 * (`嫁接^①`, `嫁接①`) and glossed under it (`注释` / `① 嫁接 jiàjiē  to graft`: the word, its pinyin, its English),
 * with the book's questions and level after (`想一想：…`, `本书词汇量：1200词　适合HSK四级`). The glossary is the
 * reader's aid, not the article's notes: its heading, its items, the calls in the text and the lines after it go,
 * each reported. Three items at least, each with pinyin in tone marks, the calls matching the items.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'learner-glossary';

const HEADING = /^(?:注释|註釋|生词|生詞|词汇|詞彙|词汇表|詞彙表|生词表|生詞表|Vocabulary|Glossary)[：:]?$/iu;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ITEM = new RegExp(`^(?:[${CIRCLED}]|\\[\\d{1,2}\\]|\\d{1,2}[.．、])[ \\t\\u3000]*\\p{Script=Han}{1,8}[ \\t\\u3000]+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]*(?:[ \\t\\u3000]+.*)?$`, 'u');
const CALL = new RegExp(`(?<=\\p{Script=Han})\\^?[${CIRCLED}]`, 'gu');
const AFTER = /^(?:想一想|思考题|思考題|讨论题|討論題|练一练|練一練|练习|練習|问题|問題)[：:]|HSK|词汇量|詞彙量/u;
const RULE_LINE = /^[━─—=_\-*]{3,}$/u;

export function learnerGlossary(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => HEADING.test(l.trim()));
  if (head < 0) return undefined;
  const isItem = (l: string) => l.trim().length <= 120 && ITEM.test(l.trim());
  const items = lines.slice(head + 1).filter(isItem);
  if (items.length < 3) return undefined;
  // Everything after the heading: the items, then the book's questions and its level, nothing else of any length.
  const rest = lines.slice(head + 1).map((l) => l.trim()).filter((l) => l !== '' && !isItem(l));
  const blocks = lines.slice(head + 1).join('\n').split(/\n[ \t]*\n/u).map((b) => b.trim()).filter((b) => b !== '' && !b.split('\n').every(isItem));
  if (rest.length > 6 || !blocks.every((b) => AFTER.test(b.split('\n')[0]!.trim()))) return undefined;
  const calls = [...text.slice(0, lines.slice(0, head).join('\n').length).matchAll(CALL)];
  if (calls.length > items.length) return undefined;
  let from = head;
  while (from > 0 && (lines[from - 1]!.trim() === '' || RULE_LINE.test(lines[from - 1]!.trim()))) from--;
  const changes: Change[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const out = lines.slice(0, from).map((l, i) => {
    CALL.lastIndex = 0;
    if (!CALL.test(l)) return l;
    const found = l.match(CALL)!;
    changes.push({ rule: RULE, kind: 'removed', line: line(i), text: found.join(' '), to: "the calls of the learners' glossary under the article" });
    return l.replace(CALL, '');
  });
  changes.push({ rule: RULE, kind: 'removed', line: line(from), text: lines.slice(from).join('\n').trim(), to: "the graded reader's glossary (words, pinyin, English), its questions and its level" });
  return { text: out.join('\n'), meta: {}, changes, lineMap: lineMap.slice(0, from) };
}
