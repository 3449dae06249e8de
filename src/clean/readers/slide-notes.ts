/**
 * slide-notes: a slide deck read as text slide by slide, each slide's text and then its speaker notes
 * (`===== 幻灯片 3 =====` … `--- 备注 ---` …, or `Slide 3` / `Notes`), where the notes hold the article a reporter
 * pitched on the slides. The slides' own text (labels, bullets, the pitch's title) and the notes page's slide
 * number printed alone on the notes' last line go; the notes, in order, are the text.
 */
import type { Change } from '../report.ts';
import { linesRemoved, type Reading } from './reading.ts';

export const RULE = 'slide-notes';

const SLIDE = /^[ \t]*[=#-]{3,}[ \t]*(?:幻灯片|幻燈片|投影片|Slide)[ \t]*(\d{1,3})[ \t]*[=#-]{3,}[ \t]*$/iu;
const NOTES = /^[ \t]*[-=]{2,}[ \t]*(?:备注|備註|演讲者备注|演講者備註|Notes|Speaker notes)[ \t]*[-=]{2,}[ \t]*$/iu;

export function slideNotes(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const slides = lines.flatMap((l, i) => (SLIDE.test(l) ? [i] : []));
  if (slides.length < 2 || !lines.some((l) => NOTES.test(l))) return undefined;
  const changes: Change[] = [];
  const out: string[] = [];
  const map: number[] = [];
  const line = (i: number) => lineMap[i] ?? i + 1;
  const gone = (from: number, to: number, why: string) => {
    const change = linesRemoved(RULE, lines, lineMap, from, to, why);
    if (change) changes.push(change);
  };
  gone(0, slides[0]!, "the deck's text before its first slide");
  slides.forEach((start, k) => {
    const end = slides[k + 1] ?? lines.length;
    const notes = lines.findIndex((l, i) => i > start && i < end && NOTES.test(l));
    const slideNumber = SLIDE.exec(lines[start]!)![1]!;
    changes.push({ rule: RULE, kind: 'removed', line: line(start), text: lines[start]!.trim(), to: "the slide's separator" });
    gone(start + 1, notes < 0 ? end : notes, "the slide's own text (its title, labels and bullets)");
    if (notes < 0) return;
    changes.push({ rule: RULE, kind: 'removed', line: line(notes), text: lines[notes]!.trim(), to: "the notes' label" });
    let last = end;
    while (last > notes + 1 && lines[last - 1]!.trim() === '') last--;
    // (The notes page's slide-number placeholder, printed alone under the notes: `2`.)
    if (last > notes + 1 && /^\d{1,3}$/u.test(lines[last - 1]!.trim()) && Math.abs(Number(lines[last - 1]!.trim()) - Number(slideNumber)) <= 1) {
      changes.push({ rule: RULE, kind: 'removed', line: line(last - 1), text: lines[last - 1]!.trim(), to: "the notes page's slide number" });
      last--;
    }
    if (out.length > 0) {
      out.push('');
      map.push(line(notes));
    }
    for (let i = notes + 1; i < last; i++) {
      out.push(lines[i]!);
      map.push(line(i));
    }
  });
  changes.push({ rule: RULE, kind: 'changed', line: line(slides[0]!), text: `${slides.length} slides with speaker notes`, to: 'the notes, the text' });
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
