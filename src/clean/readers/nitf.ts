/**
 * nitf: a news agency's story in NITF, the IPTC's XML for news (`<nitf>`, `<hedline><hl1>…</hl1><hl2>…</hl2>`,
 * `<byline>`, `<body.content><p>…`, `<media>` with its caption and producer, `<tagline>`). The XML is parsed
 * (xast-util-from-xml): `hl1` is the title (the head's `<title>` a copy of it), `hl2` the deck, each `<p>` a
 * paragraph, a `<media>` its caption where it stood with its producer after it; the byline is written as a line
 * before the text only where the first paragraph does not name its reporter already. Everything else (the head's
 * document data, the dateline's elements, the wire's end mark `（完）`) is removed, reported whole.
 */
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root as XastRoot } from 'xast';
import { children as kids, elements, find as findWhere, textOf } from './xml-tree.ts';
import type { Change } from '../report.ts';
import { paragraphLines, type Reading } from './reading.ts';

export const RULE = 'nitf';

const find = (e: Element | XastRoot, name: string) => findWhere(e, (c) => c.name === name);

export function nitf(text: string, lineMap: number[]): Reading | undefined {
  if (!/^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<nitf[\s>]/u.test(text)) return undefined;
  let tree: XastRoot;
  try {
    tree = fromXml(text);
  } catch {
    return undefined;
  }
  const root = kids(tree).find((e) => e.name === 'nitf');
  const content = root && find(root, 'body.content');
  if (!root || !content) return undefined;
  const lineOf = (e: Element) => lineMap[(e.position?.start.line ?? 1) - 1] ?? e.position?.start.line ?? 1;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const hl1 = find(root, 'hl1');
  const hl2 = find(root, 'hl2');
  const title = (hl1 ? textOf(hl1) : textOf(find(root, 'title') ?? root)).trim();
  if (title !== '') {
    meta.title = title;
    changes.push({ rule: RULE, kind: 'moved', line: hl1 ? lineOf(hl1) : 1, text: title, to: 'front matter: title (the story\'s hl1)' });
  }
  if (hl2 && textOf(hl2).trim() !== '') {
    meta.deck = textOf(hl2).trim();
    changes.push({ rule: RULE, kind: 'moved', line: lineOf(hl2), text: String(meta.deck), to: 'front matter: deck (the story\'s hl2)' });
  }
  const { out, map, push } = paragraphLines();
  const paragraphs = kids(content);
  const firstText = textOf(paragraphs.find((p) => p.name === 'p') ?? content);
  const byline = find(root, 'byline');
  const reporters = byline ? kids(byline).filter((e) => e.name === 'person').map((e) => textOf(e).trim()) : [];
  if (byline && reporters.length > 0 && !reporters.every((r) => firstText.includes(r))) push(textOf(byline).replace(/\s+/gu, ' ').trim(), lineOf(byline));
  for (const p of paragraphs) {
    if (p.name === 'p') push(textOf(p).replace(/\s*\n\s*/gu, '').trim(), lineOf(p));
    else if (p.name === 'media') {
      const caption = find(p, 'media-caption');
      const producer = find(p, 'media-producer');
      if (caption) push(`${textOf(caption).trim()}${producer ? textOf(producer).trim() : ''}`, lineOf(caption));
    }
  }
  // What is left of the file (its tags, the head's data, the byline and dateline the text prints, the end mark): gone.
  // (Each line the edition holds is taken once: the head's `<title>`, a copy of `hl1`, is among what goes.)
  const kept = new Map<string, number>();
  for (const k of [title, String(meta.deck ?? ''), ...out].map((t) => t.replace(/\s+/gu, ''))) kept.set(k, (kept.get(k) ?? 0) + 1);
  const rest = textOf(root).split('\n').map((l) => l.trim()).filter((l) => {
    const k = l.replace(/\s+/gu, '');
    if (l === '' || !(kept.get(k)! > 0)) return l !== '';
    kept.set(k, kept.get(k)! - 1);
    return false;
  });
  // (And the attributes' values: `<ed-msg info="此稿可用于各类媒体"/>` holds words too; so may a name a damaged tag
  // gave an attribute, `<media 完media-type="image">`.)
  const attributes: string[] = [];
  for (const e of [root, ...elements(root)]) {
    for (const [k, v] of Object.entries(e.attributes)) {
      if (/[^\x00-\x7f]/u.test(k)) attributes.push(k);
      if (typeof v === 'string' && v.trim() !== '') attributes.push(v);
    }
  }
  changes.push({ rule: RULE, kind: 'removed', line: lineMap[0] ?? 1, text: [...rest, ...attributes].join('\n'), to: "the NITF file's tags, its document data, the byline and dateline elements (the text prints them) and the wire's end mark" });
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
