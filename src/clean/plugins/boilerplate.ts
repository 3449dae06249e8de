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
import { builtinMatcher, toMatcher, type BoilerplatePatterns } from '../patterns.ts';
import { apply } from '../report.ts';
import { compact, lineOf, text } from '../tree.ts';
import { neighbourBrief, releaseContact, removePageHeaderAfterText } from '../boilerplate/briefs.ts';
import { removeBreadcrumbs, removeMenus, removePagers, removeRunningHeads } from '../boilerplate/head.ts';
import { filterBlocks, removeAdCards, strayRules } from '../boilerplate/sections.ts';
import { removeAccountMotto, removeAfterPrevNext, removeAccountCard, removeContentsList, removeEmptyAttachments, removeEmptyComments, removeEmptyItems, removeFooterFields, removeNextNotices, removeQrReadings, removeTrailingComments, removeTrailingLinkLists, removeTrailingTag, removeVoteCards } from '../boilerplate/tail.ts';
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
      strayRules(tree, file);
      removeEmptyAttachments(tree, file);
      removeEmptyItems(tree, file);
      neighbourBrief(tree, file);
      releaseContact(tree, file);
    };
  }
  return (tree: Root, file: VFile) => {
    removeBreadcrumbs(tree, file);
    removePagers(tree, file);
    removeMenus(tree, file);
    removeRunningHeads(tree, file);
    removeEmptyComments(tree, file, block);
    removeAdCards(tree, file);
    removeAfterPrevNext(tree, file, block, section);
    tree.children = filterBlocks(tree.children, file, block, section, stop);
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
    removePageHeaderAfterText(tree, file);
  };
}

