// Scraped text is untrusted: whatever a clean edition holds (rules switched off included), the chapter tree
// both writers print from carries no reference that loads anything and no markup outside a fixed allow-list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { renderChapter } from '../src/typeset/chapter.ts';
import { clean } from './helpers.ts';

const HOSTILE = `---
title: 标题
---

正文![照片](file:///etc/passwd)和![远程](http://198.51.100.7/t.png)，[相对链接](../../secret.html)与[站内](/news/1.html)，[外链](https://example.com/a)和[邮件](mailto:a@example.com)。

<img src="../x.png" onerror="alert(1)"><iframe src="http://198.51.100.7/"></iframe>

<blockquote cite="file:///etc/passwd">引文</blockquote>

<p style="background:url(file:///etc/passwd)" onclick="x()">段落<script>alert(1)</script><a href="javascript:alert(1)">脚本链接</a><video src="a.mp4"></video></p>

<svg><image href="file:///etc/passwd"/></svg><object data="x.swf"></object><link rel="stylesheet" href="file:///etc/x.css"><form action="http://198.51.100.7/"><input name="q"></form>
`;

test('sanitize: no image, frame, script, style, handler or loading attribute; only absolute http(s) and mailto links', () => {
  const html = toHtml({ type: 'root', children: renderChapter(HOSTILE, 'ch-1', '第1篇').body });
  for (const bad of [/<img/i, /<iframe/i, /<script/i, /<video/i, /<svg/i, /<object/i, /<link/i, /<form/i, /<input/i, /\sstyle=/i, /\son\w+=/i, /\ssrc=/i, /\scite=/i, /\sdata=/i, /\saction=/i, /file:/i, /javascript:/i, /\.\.\//, /"\/news/]) {
    assert.doesNotMatch(html, bad, `${bad} in ${html}`);
  }
  assert.match(html, /href="https:\/\/example\.com\/a"/);
  assert.match(html, /href="mailto:a@example\.com"/);
  // The text of every link stays.
  for (const t of ['相对链接', '站内', '外链', '邮件', '引文', '段落', '脚本链接']) assert.ok(html.includes(t), t);
});

test('sanitize does not depend on a rule: with markup-debris and images off the tree is still clean', () => {
  const edition = clean(HOSTILE.replace(/^---[^]*?---\n/, ''), { 'markup-debris': false, images: false }).markdown;
  const html = toHtml({ type: 'root', children: renderChapter(edition, 'ch-1', '第1篇').body });
  for (const bad of [/<img/i, /<iframe/i, /<script/i, /\ssrc=/i, /file:/i, /\.\.\//, /\son\w+=/i]) assert.doesNotMatch(html, bad, `${bad} in ${html}`);
});
