/**
 * The front matter fitted to its pages before Paged.js lays it out: the colophon stands at the foot of its
 * page, as high as it needs and no higher (its 60% top padding pushed a long list of sources onto a recto,
 * and the contents with it, in the corpus book); a colophon taller than its page is set smaller, down to
 * 6.5 pt, before it is let run over. A contents that would put one entry or two on a page of their own is
 * set closer. Horizontal books only (the vertical engine lays its pages out itself).
 */

/** The text block's size in CSS pixels, as the page rules give it (`--text-block-width`, `--text-block-height`). */
function textBlock(): { width: number; height: number } | undefined {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;inline-size:var(--text-block-width);block-size:var(--text-block-height)';
  document.body.appendChild(probe);
  const r = probe.getBoundingClientRect();
  probe.remove();
  return r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : undefined;
}

/** An element's height laid out at the text block's width. */
function heightAt(el: HTMLElement, width: number): number {
  const old = el.style.width;
  el.style.width = `${width}px`;
  const h = el.getBoundingClientRect().height;
  el.style.width = old;
  return h;
}

export function fitFrontMatter(): void {
  if (getComputedStyle(document.documentElement).writingMode !== 'horizontal-tb') return;
  const block = textBlock();
  if (!block) return;
  const colophon = document.querySelector<HTMLElement>('.colophon');
  if (colophon) fitColophon(colophon, block);
  const toc = document.querySelector<HTMLElement>('.toc');
  if (toc) fitContents(toc, block);
}

function fitColophon(el: HTMLElement, block: { width: number; height: number }): void {
  el.style.setProperty('--colophon-top', '0px');
  let h = heightAt(el, block.width);
  for (let pt = 7.5; h > block.height && pt >= 6.5; pt -= 0.5) {
    el.style.fontSize = `${pt}pt`;
    h = heightAt(el, block.width);
  }
  if (h > block.height) el.style.fontSize = '';
  // At the foot of the page, no higher than 60% of it down where it fits there (a pixel spare for rounding).
  el.style.setProperty('--colophon-top', `${Math.max(0, Math.min(block.height * 0.6, block.height - h - 2))}px`);
}

function fitContents(el: HTMLElement, block: { width: number; height: number }): void {
  const h = heightAt(el, block.width);
  const pages = Math.ceil(h / block.height);
  // (Only a contents that runs a little over a page: a long one is several pages whatever is done.)
  if (h <= block.height * (pages - 1) + 1 || h > block.height * (pages - 1) + block.height * 0.2 || pages < 2) return;
  el.classList.add('toc-close');
  if (heightAt(el, block.width) > block.height * (pages - 1)) el.classList.remove('toc-close');
}
