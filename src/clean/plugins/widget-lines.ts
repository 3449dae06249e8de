/**
 * widget-lines: a live widget rendered into the text — a stock ticker
 * `(115.395,2.79,2.47%)` or a stock code linked to its forum `(603851,股吧)`
 * after a company's name — arrives split over lines,
 * one number or mark a line, in the middle of a sentence or a heading
 * (`贝莱德` / `(` / `431.2` / … / `)` / `固定收益业务全球首席投资官：…`), or a news
 * app's fold (`展开全文`) left where it cut a sentence.
 * The widget's lines are removed (reported) and the two halves it cut are
 * one line again, so that the join and heading rules see what was printed.
 */
import { labelledLine } from '../labelled-line.ts';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { lineOf, normalizePhrasing, text } from '../tree.ts';
import { endsOpen } from '../chars.ts';

export const RULE = 'widget-lines';

// A quote (`(115.395,2.79,2.47%)`), or a stock code linked to its forum (`(603851,股吧)`).
const TICKER = /^[（(](?:-?\d+(?:\.\d+)?[,，]-?\d+(?:\.\d+)?[,，]-?\d+(?:\.\d+)?%|\d{6}[,，](?:股吧|行情|资金流向|資金流向))[）)]$/u;
const PIECE = /^(?:[（()），,]|-?\d+(?:\.\d+)?%?|股吧|行情|资金流向|資金流向)$/u;
const MAX_LINES = 9;
// An app's fold, left where it cut the text: `展开全文`, `展开剩余85%`.
const FOLD = /^(?:点击)?展开(?:全文|阅读全文|剩余\d{1,3}%)$/u;

export default function remarkWidgetLines() {
  return (tree: Root, file: VFile) => {
    const kids = tree.children;
    const out: RootContent[] = [];
    let i = 0;
    while (i < kids.length) {
      const node = kids[i]!;
      const end = widgetEnd(kids, i);
      if (end === undefined) {
        out.push(node);
        i++;
        continue;
      }
      const widget = kids.slice(i, end).map((k) => text(k).trim()).join('');
      record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: widget, to: FOLD.test(widget) ? "an app's fold" : 'ticker widget' });
      const prev = out[out.length - 1];
      const next = kids[end];
      // (A fold between two paragraphs, the one above closed, cut no sentence: only the fold goes.)
      // (Nor one after a line of fields, `文字编辑：某某`, or before a bracketed notice, `【版权声明】…`.)
      const cut = !FOLD.test(widget) || (prev !== undefined && endsOpen(text(prev)) && labelledLine(text(prev).trim()) === undefined && next !== undefined && !/^[【\[]/u.test(text(next).trim()));
      if (cut && prev?.type === 'paragraph' && next?.type === 'paragraph' && !/^[\s\u3000]/u.test(text(next))) {
        record(file, { rule: RULE, kind: 'joined', line: lineOf(next), text: `${text(prev).slice(-8)}⏎${text(next).slice(0, 8)}`, to: 'the line the widget cut' });
        (prev as Paragraph).children = normalizePhrasing([...prev.children, ...next.children]);
        i = end + 1;
      } else {
        i = end;
      }
    }
    tree.children = out;
  };
}

/** The index after a run of lines starting at `i` that spells a ticker, if one does. */
function widgetEnd(kids: RootContent[], i: number): number | undefined {
  const first = kids[i];
  if (first?.type === 'paragraph' && FOLD.test(text(first).trim())) return i + 1;
  let joined = '';
  for (let j = i; j < kids.length && j < i + MAX_LINES; j++) {
    const k = kids[j]!;
    if (k.type !== 'paragraph') return undefined;
    const t = text(k).trim();
    if (!PIECE.test(t)) return undefined;
    joined += t;
    if (j > i && TICKER.test(joined)) return j + 1;
  }
  return undefined;
}
