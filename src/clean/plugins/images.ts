/**
 * images: a scrape keeps references to photos, not the photos (`![](https://…)`).
 * The edition has no such files and must load nothing from the network, so
 * image references go; their alt text and address are in the report.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { record } from '../report.ts';

export const RULE = 'images';

export default function remarkImages() {
  return (tree: Root, file: VFile) => {
    strip(tree, file);
  };
}

// A reader service numbers its images' alt texts (`Image 3: 新建的集水池…`).
const ALT_NUMBER = /^Image \d{1,3}:\s*/u;

// An alt text that is a printed caption, its photographer's credit at its end (pandoc writes a `<figure>`'s
// `<figcaption>` as its image's alt text): `…了解补贴政策。　记者　佘砚池　摄`, `…居民前来。(摄影：巢俊铭)`.
const CAPTION_ALT = /^(?=[^]*\p{Script=Han}[^]*[。！？][^]*$)[^]{8,150}?(?:(?:摄|攝|供图|供圖)[）)]?|[（(](?:摄影|攝影|图片|圖片|图|圖)[：:／/][^（）()]{2,20}[）)])$/u;

function strip(node: Nodes, file: VFile): void {
  if (!('children' in node)) return;
  const kept: Nodes[] = [];
  // The alt text of the photo whose paragraph was just removed, to be matched by the paragraph after it.
  let alt = '';
  const children = node.children as Nodes[];
  for (const [i, child] of children.entries()) {
    // A photo alone in its paragraph whose alt text is its caption, printed nowhere else: the caption stays, where
    // the photo stood (captions reads it), and the photo goes.
    const image = child.type === 'paragraph' && child.children.length === 1 && child.children[0]!.type === 'image' ? child.children[0] : undefined;
    const caption = (image?.alt ?? '').trim();
    const after = children[i + 1];
    // (The length first: the pattern's look-ahead is read in time that grows with the square of a long alt text.)
    if (image && child.type === 'paragraph' && caption.length <= 160 && CAPTION_ALT.test(caption) && !(after ? toString(after) : '').trim().startsWith(caption.slice(0, 6))) {
      record(file, { rule: RULE, kind: 'removed', line: image.position?.start.line, text: `![…](${image.url}${image.title ? ` "${image.title}"` : ''})`, to: "the photo's reference; its alt text, the printed caption, kept as text" });
      child.children = [{ type: 'text', value: caption, position: child.position }];
      alt = '';
      kept.push(child);
      continue;
    }
    if (child.type === 'paragraph' && alt.length >= 6) {
      // The line under a photo that says what its alt text says is the photo's caption: the page set it there.
      const t = toString(child).trim();
      if (t.length <= 150 && t.startsWith(alt)) child.data = { ...child.data, altCaption: true };
    }
    alt = child.type === 'paragraph' && child.children.length > 0 && child.children.every((c) => isImage(c) || (c.type === 'text' && c.value.trim() === '')) ? altOf(child) : '';
    if (child.type === 'image' || child.type === 'imageReference') {
      const url = child.type === 'image' ? child.url : child.identifier;
      // (Its tooltip too, `![](….jpg "公筷公勺摆上餐桌")`: words of the source, reported with it.)
      const title = child.type === 'image' && child.title ? ` "${child.title}"` : '';
      record(file, { rule: RULE, kind: 'removed', line: child.position?.start.line, text: `![${child.alt ?? ''}](${url}${title})` });
      continue;
    }
    // A link that only wrapped an image goes with it.
    strip(child, file);
    if (child.type === 'link' && child.children.length === 0) {
      record(file, { rule: RULE, kind: 'removed', line: child.position?.start.line, text: child.url, to: 'link around a removed image' });
      continue;
    }
    // A paragraph that held only images is left empty: it goes too.
    if (child.type === 'paragraph' && child.children.every((c) => c.type === 'text' && c.value.trim() === '')) continue;
    kept.push(child);
  }
  (node as { children: Nodes[] }).children = kept;
}

function isImage(n: Nodes): boolean {
  return n.type === 'image' || n.type === 'imageReference' || (n.type === 'link' && n.children.length > 0 && n.children.every((c) => c.type === 'image'));
}

function altOf(p: Nodes): string {
  const alts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'image' || n.type === 'imageReference') alts.push((n.alt ?? '').replace(ALT_NUMBER, '').trim());
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(p);
  return alts.length === 1 ? alts[0]! : '';
}
