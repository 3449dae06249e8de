/**
 * XHTML for EPUB 3 from hast: well-formed XML (self-closed voids, quoted
 * attributes, numeric character references only), with lang and xml:lang.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const EPUB_NS = 'http://www.idpf.org/2007/ops';

export function xhtmlDocument(opts: { lang: string; title: string; css: string[]; body: ElementContent[]; bodyType?: string }): string {
  const html = h('html', { xmlns: XHTML_NS, 'xmlns:epub': EPUB_NS, lang: opts.lang, 'xml:lang': opts.lang }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', opts.title), ...opts.css.map((href) => h('link', { rel: 'stylesheet', type: 'text/css', href }))]),
    h('body', opts.bodyType ? { 'epub:type': opts.bodyType } : {}, opts.body),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${serialize(html)}\n`;
}

export function serialize(node: Element | Root): string {
  // HTML writes boolean attributes bare; XML needs a value. Only `hidden` occurs here.
  return toHtml(node, {
    space: 'html',
    closeSelfClosing: true,
    closeEmptyElements: false,
    tightSelfClosing: false,
    collapseEmptyAttributes: false,
    allowParseErrors: false,
    characterReferences: { useNamedReferences: false, useShortestReferences: false, omitOptionalSemicolons: false },
    upperDoctype: false,
    quoteSmart: false,
    quote: '"',
  }).replace(/(<[a-z][a-z0-9]*\b[^<>]*?) hidden(?=[\s/>])/g, '$1 hidden="hidden"');
}
