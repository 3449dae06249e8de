/**
 * pinyin-notes: a reading for learners that writes each word's pinyin after it in brackets (`社区(shèqū)把(bǎ)`), as
 * a text browser prints a page's ruby annotations, the brackets wrapped across its lines as any word is
 * (`一块(yí` / `kuài)`, `看(kàn` / `)`, `小路` / `(xiǎolù)`). The pinyin is the reading aid's, not the article's: every bracket of pinyin
 * right after a Han character goes, its words joined again where the wrap cut them, and so do the site's lines
 * about its own annotations (`显示拼音：开 | …`, `本文生词已加注拼音…`, `某某拼音网 …`). Ten brackets at least, a
 * tone mark in most of them: the evidence of an annotated text, not a word glossed once.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'pinyin-notes';

const SYLLABLE = 'a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ';
// (Bounded: a word's pinyin is short, and a bracket left open over a long run of spaces must not cost a square.)
const NOTE = new RegExp(`(?<=\\p{Script=Han})(?:\\n[ \\t]{0,40})?\\((?=[${SYLLABLE}\\s])[${SYLLABLE}' \\t]{0,60}(?:\\n[ \\t]{0,40}[${SYLLABLE}' \\t]{0,60}){0,2}\\)`, 'gu');
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]/u;
// The site's own lines about its annotations: a toolbar, a note on them, its name with 拼音 in it.
const SITE_LINE = /(?:拼音|拼讀|拼读)[^。！？]{0,20}(?:网|網|[|｜])|(?:显示|顯示|加注|标注|標註)(?:拼音|拼讀|拼读)/u;

export function pinyinNotes(text: string, lineMap: number[]): Reading | undefined {
  const notes = [...text.matchAll(NOTE)];
  if (notes.length < 10 || notes.filter((m) => TONE.test(m[0])).length * 2 < notes.length) return undefined;
  const changes: Change[] = [];
  let out = '';
  let last = 0;
  // (The source line of each note, counted on from the last one's: once over the text, not once a note.)
  let at = 0;
  for (const m of notes) {
    at += (text.slice(last, m.index).match(/\n/gu) ?? []).length;
    out += text.slice(last, m.index);
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[at] ?? at + 1, text: m[0], to: "a word's pinyin in brackets (the reading aid's, not the article's)" });
    at += (m[0].match(/\n/gu) ?? []).length;
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  // The source line each output line starts on: the kept text's own line breaks, in order.
  const map: number[] = [lineMap[0] ?? 1];
  let src = 0;
  let k = 0;
  for (const m of [...notes, undefined]) {
    const end = m ? m.index : text.length;
    for (; k < end; k++) {
      if (text[k] === '\n') {
        src++;
        map.push(lineMap[src] ?? src + 1);
      }
    }
    if (m) {
      src += (m[0].match(/\n/gu) ?? []).length;
      k = m.index + m[0].length;
    }
  }
  const lines = out.split('\n').map((l, i) => {
    if (!SITE_LINE.test(l) || l.trim().length > 50) return l;
    changes.push({ rule: RULE, kind: 'removed', line: map[i] ?? i + 1, text: l.trim(), to: "the reading site's line about its annotations" });
    return '';
  });
  return { text: lines.join('\n'), meta: {}, changes, lineMap: map };
}
