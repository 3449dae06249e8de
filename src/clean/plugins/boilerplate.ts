/**
 * boilerplate: removes whole blocks that are page furniture — app banners, QR
 * prompts, video-player text, share/follow prompts, WeChat chrome,
 * navigation, trailing "related articles" sections and the site's trailing
 * column tag. The patterns are data (`rules/boilerplate.yaml`, extendable in
 * the book file); every removed block goes into the report with its line.
 * Its parts are in `src/clean/boilerplate/`: the furniture above the text (head), the patterns' blocks and
 * sections (sections), the furniture after the text (tail), a release's and a brief's lines (briefs).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { builtinMatcher, toMatcher, type BoilerplatePatterns, type Matcher } from '../patterns.ts';
import { apply } from '../report.ts';
import { compact, isDirective, lineOf, text } from '../tree.ts';
import { neighbourBrief, releaseContact, removePageHeaderAfterText } from '../boilerplate/briefs.ts';
import { removeAnswerCard, removeBreadcrumbs, removeGalleryCounters, removeMenus, removePagers, removeRunningHeads, removeScreenBars } from '../boilerplate/head.ts';
import { tickerItems, timelineEntries } from '../boilerplate/items.ts';
import { filterBlocks, removeAdCards, strayRules } from '../boilerplate/sections.ts';
import { removeAccountMotto, removeAfterPrevNext, removeAccountCard, removeContentsList, removeEmptyAttachments, removeEmptyComments, removeEmptyItems, removeFooterFields, removeNextArticle, removeNextNotices, removeReaderView, removeQrReadings, removeTrailingComments, removeTrailingLinkLists, removeTrailingTag, removeVoteCards } from '../boilerplate/tail.ts';
import { matches, RULE } from '../boilerplate/shared.ts';

export { RULE };

export interface Options {
  patterns?: Partial<BoilerplatePatterns>;
  /** Remove a short, unpunctuated last line set apart by blank lines (a site's column tag). Default true. */
  trailingTag?: boolean;
  /** After the joins: only the paragraphs a join made whole (`返回搜狐，查` / `看更多`), against the block patterns. */
  late?: boolean;
  /** Last of all: only the rules left with nothing on one side, once the late passes took what stood there. */
  rulesOnly?: boolean;
}

export default function remarkBoilerplate(options: Options = {}) {
  // (The last pass reads no pattern: none is compiled for it.)
  if (options.rulesOnly) return (tree: Root, file: VFile) => strayRules(tree, file);
  // The built-in patterns, then the book file's (run in RE2: a pattern there cannot hang the build).
  const extra = options.patterns ?? {};
  const matchers = (key: 'block' | 'section' | 'section_stop') => [...builtinMatcher(key), ...(extra[key] ?? []).map((p) => toMatcher(p, true))];
  const block = matchers('block');
  const section = matchers('section');
  const stop = matchers('section_stop');
  if (options.late) {
    return (tree: Root, file: VFile) => {
      tree.children = tree.children.filter((node) => {
        if (node.type !== 'paragraph' || !node.data?.joined || !matches(block, compact(node))) return true;
        return !apply(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: text(node), to: 'page furniture that a join made whole' });
      });
      removeCutFurniture(tree, file, block);
      strayRules(tree, file);
      removeEmptyAttachments(tree, file);
      removeEmptyItems(tree, file);
      neighbourBrief(tree, file);
      releaseContact(tree, file);
    };
  }
  return (tree: Root, file: VFile) => {
    removeReaderView(tree, file);
    removeBreadcrumbs(tree, file);
    timelineEntries(tree, file);
    removeAnswerCard(tree, file);
    removeScreenBars(tree, file);
    removeGalleryCounters(tree, file);
    removePagers(tree, file);
    removeMenus(tree, file, (n) => n.type === 'paragraph' && matches(block, compact(n)));
    removeRunningHeads(tree, file);
    removeEmptyComments(tree, file, block);
    removeAdCards(tree, file);
    removeAfterPrevNext(tree, file, block, section);
    tree.children = filterBlocks(tree.children, file, block, section, stop);
    tickerItems(tree, file, block);
    if (options.trailingTag !== false) removeTrailingTag(tree, file);
    const linkListEnd = removeTrailingLinkLists(tree, file);
    removeAccountMotto(tree, file);
    removeTrailingComments(tree, file);
    removeQrReadings(tree, file);
    removeVoteCards(tree, file);
    removeFooterFields(tree, file, linkListEnd);
    removeContentsList(tree, file);
    removeAccountCard(tree, file);
    removeNextNotices(tree, file);
    removeNextArticle(tree, file);
    removePageHeaderAfterText(tree, file);
  };
}

/**
 * Furniture a break cut in two where no join made it whole (`扫一扫在手` / `机打开当前页　打印　关闭`): a short
 * line that is no sentence and no furniture alone, and the line under it, read together match a block pattern.
 * The pattern is the evidence (it is anchored at the line's start), so both lines go, each reported.
 */
function removeCutFurniture(tree: Root, file: VFile, block: Matcher[]): void {
  const kids = tree.children;
  for (let i = 0; i + 1 < kids.length; i++) {
    const a = kids[i]!;
    const b = kids[i + 1]!;
    if (a.type !== 'paragraph' || b.type !== 'paragraph' || isDirective(a) || isDirective(b)) continue;
    const head = compact(a);
    if (head.length === 0 || head.length > 12 || /[。！？，；]/u.test(head) || matches(block, head) || matches(block, compact(b))) continue;
    if (!matches(block, head + compact(b))) continue;
    const line = lineOf(a);
    if (!apply(file, { rule: RULE, kind: 'removed', line, text: `${text(a)}⏎${text(b)}`, to: 'page furniture that a break cut in two lines' })) continue;
    kids.splice(i, 2);
    i--;
  }
}
