/**
 * speaker-labels: an interview scraped with each speaker's label on a line of its own (`晚报：` /
 * `您在这里干了多久了？`) reads as a row of one-word headings. Where two or more lines in the article are
 * only a name and a colon, each such line opens the paragraph under it again (`晚报：您在这里…`). One lone
 * `某某：` line is left as it is (it may introduce a list or a quote).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { lineOf, normalizePhrasing, text } from '../tree.ts';
import { fieldKeyOf } from '../labelled-line.ts';

export const RULE = 'speaker-labels';

const LABEL = /^[\p{Script=Han}A-Za-z·]{1,8}[：:]$/u;

// A page's counter or toolbar label (`浏览次数：`, `字号：`) is no speaker, whatever line comes after it.
const isLabel = (n: RootContent | undefined): n is Paragraph => n?.type === 'paragraph' && LABEL.test(text(n).trim()) && fieldKeyOf(text(n).trim().slice(0, -1)) !== 'place';

export default function remarkSpeakerLabels() {
  return (tree: Root, file: VFile) => {
    const kids = tree.children;
    const labelled = new Set(kids.filter((n, i) => isLabel(n) && kids[i + 1]?.type === 'paragraph' && !isLabel(kids[i + 1])));
    if (labelled.size < 2) return;
    const out: RootContent[] = [];
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      const next = kids[i + 1];
      if (labelled.has(node) && next?.type === 'paragraph') {
        const label = text(node).trim();
        record(file, { rule: RULE, kind: 'joined', line: lineOf(next), text: `${label}⏎${text(next).slice(0, 8)}` });
        next.children = normalizePhrasing([{ type: 'text', value: label }, ...next.children]);
        // (Joined, it may only now read as furniture, `附件：` / `….pdf`: boilerplate asks again after the joins.)
        next.data = { ...next.data, joined: true };
        continue;
      }
      out.push(node);
    }
    tree.children = out;
  };
}
