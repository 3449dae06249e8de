/** A vertical book's page code: Chromium paginates it, these read and mark the document around its two prints (src/pdf/vertical.ts). */
import { BLOCK_ATTRIBUTE, CHAPTER_ATTRIBUTE, TOC_ENTRY, type FlowText, type VerticalMarks } from '../page-contract.ts';

/** The flows: each opens on a page of its own. */
const FLOWS = 'body > .titlepage, body > .colophon, body > .toc, body > .chapter';

/**
 * Chromium laid the page out once before the bundled faces had loaded (in fallback faces). Every face is
 * loaded, then the whole layout is thrown away and made again: a layout that kept anything measured in a
 * fallback face printed a glyph after a 縦中横 number 0.2 px off in one build of ten under load.
 */
export async function settleFonts(): Promise<void> {
  await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
  await document.fonts.ready;
  const root = document.documentElement;
  root.style.display = 'none';
  void root.offsetHeight;
  root.style.removeProperty('display');
  void root.offsetHeight;
  await document.fonts.ready;
}

/** The text of every flow, in order. */
export function flowTexts(): FlowText[] {
  return [...document.querySelectorAll<HTMLElement>(FLOWS)].map((flow) => {
    const seen = new Map<string, number>();
    const runs: FlowText['runs'] = [];
    const walker = document.createTreeWalker(flow, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const block = n.parentElement?.closest<HTMLElement>(`[${BLOCK_ATTRIBUTE}]`)?.getAttribute(BLOCK_ATTRIBUTE) ?? undefined;
      const offset = block ? (seen.get(block) ?? 0) : 0;
      if (block) seen.set(block, offset + n.data.length);
      runs.push({ text: n.data, block, offset });
    }
    return { kind: flow.classList.contains('chapter') ? 'chapter' : flow.className.split(' ')[0]!, chapter: flow.getAttribute(CHAPTER_ATTRIBUTE) ?? undefined, runs };
  });
}

/** The blank pages, and the contents' page numbers. */
export function applyMarks(marks: VerticalMarks): void {
  const flows = [...document.querySelectorAll<HTMLElement>(FLOWS)];
  const firstChapter = flows.findIndex((f) => f.classList.contains('chapter'));
  for (const i of marks.blanksBefore) {
    const blank = document.createElement('div');
    blank.className = firstChapter < 0 || i <= firstChapter ? 'blank-page blank-front' : 'blank-page';
    blank.setAttribute('aria-hidden', 'true');
    flows[i]!.before(blank);
  }
  const rules: string[] = [];
  for (const [id, folio] of Object.entries(marks.folios)) rules.push(`${TOC_ENTRY}[href="#${CSS.escape(id)}"]::after { content: "${folio}"; }`);
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  document.head.appendChild(style);
}
