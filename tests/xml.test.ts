// The XML writer behind the EPUB's package files and the archival PDF's XMP: values are escaped by
// xast-util-to-xml, never pasted into markup, and the layout is the one a person would write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromXml } from 'xast-util-from-xml';
import { instruction, x, xmlDocument } from '../src/io/xml.ts';
import { xmpPacket } from '../src/print/archival.ts';

const hostile = '标题</dc:title><dc:title>注入 & "引号" \'单引号\' ]]> <!-- -->';

test('a hostile value stays a value: escaped in text and attributes, read back as it was written', () => {
  const doc = xmlDocument(x('package', { 'xml:lang': hostile }, [x('title', hostile), x('meta', { content: hostile })]));
  const tree = fromXml(doc);
  const root = tree.children.find((c) => c.type === 'element')!;
  assert.equal(root.type === 'element' && root.attributes['xml:lang'], hostile);
  const elements = root.type === 'element' ? root.children.filter((c) => c.type === 'element') : [];
  assert.deepEqual(elements.map((e) => e.name), ['title', 'meta'], 'no element was injected');
  const title = elements[0]!;
  assert.equal(title.children.map((c) => (c.type === 'text' ? c.value : '')).join(''), hostile);
  assert.equal(elements[1]!.attributes.content, hostile);
});

test('elements of elements are indented one per line; text and named elements stay on one line', () => {
  const doc = xmlDocument(x('a', [x('b', [x('c', '文字')]), x('d', [x('e'), x('f', '字')])]), { inline: ['d'] });
  assert.equal(doc, '<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b>\n    <c>文字</c>\n  </b>\n  <d><e/><f>字</f></d>\n</a>\n');
  assert.equal(xmlDocument(x('r'), { before: [instruction('p', 'q')], after: [instruction('z', '')], finalNewline: false }), '<?p q?>\n<r/>\n<?z?>');
});

test('the XMP packet is well-formed with a hostile title, and carries it whole', () => {
  const packet = xmpPacket({ title: hostile, editor: hostile, subject: 's', keywords: 'k', sources: [hostile], language: 'zh-Hans', tool: 'dingben', date: new Date(0), documentId: 'uuid:0' });
  assert.match(packet, /^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>\n<x:xmpmeta/);
  assert.match(packet, /<\?xpacket end="w"\?>$/);
  const texts: string[] = [];
  const walk = (n: { type: string; value?: string; children?: unknown[] }) => { if (n.type === 'text') texts.push(n.value!); n.children?.forEach((c) => walk(c as typeof n)); };
  walk(fromXml(packet) as never);
  assert.ok(texts.filter((t) => t === hostile).length >= 4, 'title (twice), creator and source hold the value as it was');
});
