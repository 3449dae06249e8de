/**
 * alt-brackets: a text converter that prints an image as its alt text in square brackets (Debian's html2text:
 * `[志愿者在整理市民捐赠的衣物]`) leaves, where the page's photo stood, a line that repeats the caption printed
 * under it. Such a line, whose words the next line opens with (in their order, a name between them or not), or over a
 * caption with its photo's credit, is the photo's, not the story's: its
 * words go (reported), and its empty brackets stay a line, as pandoc prints a photo without alt text, so that the
 * captions rule sees the photo's place over its caption (the brackets go with the rules' other markup).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'alt-brackets';

const ALT = /^[ \t]*\[([^[\]]{2,80})\][ \t]*$/u;
const CREDITED = /[。！？][\s\u3000]*[（(][^（）()]{1,30}(?:摄|攝|供图|供圖|图|圖)[）)]$/u;
const compact = (s: string) => s.replace(/[\s\u3000\u00a0。，、！？：；“”"'‘’（）()]/gu, '');

/** Whether every character of `a` stands in `b`, in the same order. */
function inOrder(a: string, b: string): boolean {
  let k = 0;
  for (const c of b) if (c === a[k]) k++;
  return k === a.length;
}

export function altBrackets(text: string, lineMap: number[]): Reading | undefined {
  // (Only a text with a line that opens with a bracket is read line by line.)
  if (!/^[ \t]*\[/mu.test(text)) return undefined;
  const lines = text.split('\n');
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    const m = ALT.exec(l);
    if (!m) return l;
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    const alt = compact(m[1]!);
    // (The caption may say more than the alt text, its words in the same order: `工作人员为老人家中安装扶手` over
    // `工作人员为汤桂英老人家中安装扶手。`.)
    // (Its caption's own marker first, `图为…`, is the caption's, no word of the photo's.)
    const below = k < lines.length ? compact(lines[k]!).replace(/^(?:图为|圖為|图：|圖：|图:|圖:)/u, '') : '';
    // (Or a caption that says whose the photo is, `…办理老年卡年审。（某某公交集团供图）`: a photo stood there, whatever
    // its alt text says.)
    const credited = k < lines.length && CREDITED.test(lines[k]!.trim());
    // (Or a caption of one short sentence that holds the alt text's words whole, `[检测饮料样品]` over
    // `研究人员在实验室检测饮料样品的糖含量。`.)
    const within = k < lines.length && below.includes(alt) && /^[^。！？]{4,60}[。！？]$/u.test(lines[k]!.trim());
    if (alt.length < 4 || k >= lines.length || !(credited || within || below.startsWith(alt) || (alt.length >= 6 && below.startsWith(alt.slice(0, 2)) && inOrder(alt, below.slice(0, alt.length * 2))))) return l;
    changes.push({ rule: RULE, kind: 'removed', line: lineMap[i] ?? i + 1, text: m[1]!, to: "a photo's alt text in brackets, which the caption under it repeats" });
    return '[]';
  });
  if (changes.length === 0) return undefined;
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
