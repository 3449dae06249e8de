/**
 * han-latin-spacing: the gap between Han and Latin letters or digits is the
 * typesetter's to render (`text-autospace`), not the text's to carry: a
 * typed U+0020 there goes (`华为 Mate` → `华为Mate`). Spaces between Latin
 * words and inside URLs stay.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { apply } from '../report.ts';
import { mapProse, normalizePhrasing, phrasingParents, replaceAll } from '../tree.ts';

export const RULE = 'han-latin-spacing';

// Full-width letters and digits count as Latin: punctuation makes them half-width only after this rule.
// A unit's superscript or sign ends a figure as its digits do (`800mm² 的`, `30℃ 以上`).
// A line break left inside a paragraph by HTML (whitespace between two elements) is such a gap too, and so is
// the space before a file's extension, a command's option or a path (`单个 .pmtiles 文件`, `新增 --offline 参数`, `改为 ~/.config`).
export const HAN_LATIN_GAP = /(?<=\p{Script=Han})[ \n]+(?=[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]|\.[A-Za-z]|-{1,2}[A-Za-z]|~?\/[A-Za-z.])|(?<=[A-Za-z0-9%Ａ-Ｚａ-ｚ０-９％"²³℃°‰])[ \n]+(?=\p{Script=Han})/gu;

const FIGURE_UNIT_GAP = /(?<=[0-9０-９])\u3000(?=\p{Script=Han})/gu;

// A cell's Chinese (figures and marks with it) and, after a gap, its English to the cell's end, no Chinese in it.
const BILINGUAL_CELL = /^([^A-Za-z]*\p{Script=Han}[^A-Za-z\s]*)([ \u00a0]+)([A-Za-z0-9][A-Za-z0-9 .,'’&()/-]*[A-Za-z][A-Za-z0-9 .,'’&()/-]*)$/u;

/**
 * The cells of a bilingual table (中英对照: `办理地点 Office`, `澄湖派出所 Chenghu Police Station`): the table's cells
 * whose text is Chinese and then, after a gap, English, where half its cells or more are so.
 */
function bilingualCells(tree: Root): Set<Parent> {
  const cells = new Set<Parent>();
  visit(tree, 'table', (table) => {
    const all = table.children.flatMap((row) => row.children).filter((c) => toString(c).trim() !== '');
    const pairs = all.filter((c) => BILINGUAL_CELL.test(toString(c).trim()));
    if (pairs.length >= 2 && pairs.length * 2 >= all.length) for (const c of pairs) cells.add(c);
  });
  return cells;
}

export default function remarkHanLatinSpacing() {
  return (tree: Root, file: VFile) => {
    // Text that HTML or a join left in pieces is one run: a gap between two pieces is seen as the next pass sees it.
    for (const parent of phrasingParents(tree)) parent.children = normalizePhrasing(parent.children) as typeof parent.children;
    // The gap between a text and a link, bold or code next to it (`开源项目 [fleet_core](…)`): the same gap.
    for (const parent of phrasingParents(tree)) {
      const kids = parent.children as PhrasingContent[];
      for (let k = 0; k + 1 < kids.length; k++) {
        const a = kids[k]!;
        const b = kids[k + 1]!;
        const line = a.position?.start.line;
        const note = () => apply(file, { rule: RULE, kind: 'changed', line, text: '" "', to: `"" in …${toString(a).slice(-8)}⏎${toString(b).slice(0, 8)}…` });
        if (a.type === 'text' && b.type !== 'text' && /\p{Script=Han}[ ]+$/u.test(a.value) && /^[A-Za-z0-9]/u.test(toString(b)) && note()) a.value = a.value.trimEnd();
        else if (b.type === 'text' && a.type !== 'text' && /^[ ]+\p{Script=Han}/u.test(b.value) && /[A-Za-z0-9%]$/u.test(toString(a)) && note()) b.value = b.value.trimStart();
      }
    }
    const bilingual = bilingualCells(tree);
    mapProse(tree, (value, parent, line) => {
      // A bilingual table's cell, its Chinese name and its English one (`办理地点 Office`): two items, one U+3000 apart.
      const pair = bilingual.has(parent) ? BILINGUAL_CELL.exec(value) : null;
      if (pair && apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(pair[2]), to: `U+3000 (between a bilingual cell's Chinese and its English) in …${value.slice(0, 12)}…` })) return `${pair[1]}\u3000${pair[3]}`;
      const note = (before: string, after = '""') => (_b: string, _a: string, context: string) => apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(before), to: `${after} in …${context}…` });
      // A heading's section number and the gap after it (`## 01 老戏台迎来新观众`): a separator, kept.
      const numbered = parent.type === 'heading' ? /^\d{1,3}(?=[ ]+\p{Script=Han})/u.exec(value)?.[0].length : undefined;
      // A timeline's entry opened by its time and a gap (`07:30　天刚蒙蒙亮，…`, a live story's), or a résumé's by its
      // years (`1986.07—1993.04　某县城关镇干部`): the gap sets the time apart as a heading's number is, one U+3000.
      const first = parent.type === 'paragraph' && parent.children[0]?.type === 'text' && parent.children[0].value === value;
      // (So is an interview's turn, its speaker in brackets and the time it was said: `[主持人] 10:00:46 各位网友…`.)
      // (Its figures may still be full-width, `１０:００:４６`, as a corpus that widened every digit keeps them.)
      const turn = first ? /^(\[[^\]\n]{1,12}\])([ \u3000]+)(?=[\d０-９]{1,2}[:：][\d０-９]{2}(?:[:：][\d０-９]{2})?[ \u3000]+\p{Script=Han})/u.exec(value) : null;
      if (turn && turn[2] !== '\u3000' && apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(turn[2]), to: `U+3000 (the gap after an interview turn's speaker) in …${value.slice(0, 12)}…` })) value = `${turn[1]}\u3000${value.slice(turn[0].length)}`;
      // (Measured on the value as it now stands: the book file may have kept the gap as it was.)
      const lead = turn ? /^\[[^\]\n]{1,12}\][ \u3000]+/u.exec(value)![0].length : 0;
      const timedAt = first ? /^(?:[\d０-９]{1,2}[:：][\d０-９]{2}(?:[:：][\d０-９]{2})?|\d{4}[.．]\d{1,2}[—–-]{1,2}(?:\d{4}[.．]\d{1,2}|至今))(?=[ \u3000]+\p{Script=Han})/u.exec(value.slice(lead))?.[0].length : undefined;
      const timed = timedAt === undefined ? undefined : lead + timedAt;
      if (timed !== undefined) {
        const gap = /^[ \u3000]+/u.exec(value.slice(timed))![0];
        // (Kept as it stands where the book file keeps it.)
        if (gap !== '\u3000' && apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(gap), to: `U+3000 (the gap after a timeline's or a résumé's entry's time) in …${value.slice(0, 12)}…` })) value = `${value.slice(0, timed)}\u3000${value.slice(timed + gap.length)}`;
      }
      // A heading's date printed after it (`县政府部署冬春农田水利建设 11-22`, a roundup's item): a separator, one U+3000.
      const dated = parent.type === 'heading' ? /(?<=\p{Script=Han}) {1,8}(?=(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}$)/u.exec(value) : null;
      if (dated && apply(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(dated[0]), to: `U+3000 (the gap before a heading's date) in …${value.slice(-12)}…` })) value = `${value.slice(0, dated.index)}\u3000${value.slice(dated.index + dated[0].length)}`;
      // A URL holds no space, so the gaps next to Han are never inside one: the whole text is looked at, and the
      // space between Han and an address goes too (`托管在 https://…` → `托管在https://…`).
      // A line of items set apart by separators (`19:00 男子组　城关镇队—青岈镇队`: a schedule's time, group and
      // match), no sentence in it: the gap after its time or figure is one more separator.
      const items = /\p{Script=Han}\u3000+\p{Script=Han}/u.test(value) && !/[，。！？；：,;]/u.test(value) && !value.includes('\n');
      let v = /[ \n]/u.test(value) ? replaceAll(value, HAN_LATIN_GAP, (m) => (m.index === numbered || m.index === timed ? m[0] : items ? '\u3000' : ''), items ? note(' ', 'U+3000 (a separator between the items of the line)') : note(' ')) : value;
      // Text typed full-width puts U+3000 where others type a space (`１１．６　万人次`): inside a sentence, between
      // a figure and its unit, it is that gap too. (`表1　…`, a label and its title, stand on a line of no sentence.)
      if (v.includes('\u3000') && /[。！？]/u.test(v)) v = replaceAll(v, FIGURE_UNIT_GAP, (m) => (m.index === timed ? m[0] : ''), note('\u3000'));
      return v;
    });
  };
}
