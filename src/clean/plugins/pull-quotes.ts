/**
 * pull-quotes: a magazine page sets a sentence of the text again, large, between its paragraphs (a pull
 * quote); the scrape keeps it as a paragraph of its own, so the sentence reads twice. A short paragraph of
 * one or two whole sentences that stands again, word for word, inside a longer paragraph of the same
 * article is such a quote: it becomes a `:::pullquote` block where it stood (page-break then moves it out of
 * a sentence it cut in two). The repetition is the evidence; a short paragraph said only once is text.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { container, lineOf, paragraph, text, textNode } from '../tree.ts';

import { SUMMARY } from './dedupe.ts';

export const RULE = 'pull-quotes';

const MIN = 8;
const MAX = 80;
// Quotes and spaces are set differently in a pull quote (it may drop or add the quotation marks).
const compact = (s: string) => s.replace(/[\s\u3000“”"「」『』‘’]/gu, '');
// A whole sentence: it ends as one.
const SENTENCE = /[。！？!?][”」』’"]?$/u;

export default function remarkPullQuotes() {
  return (tree: Root, file: VFile) => {
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
    // A quote set large in a layout wraps over short lines of its own (pdftotext: `“头水紫菜最嫩，` / `一年就…，` /
    // `晚了就老了。”`), apart from the text by blank lines: read as one paragraph, if it is a quote.
    const wrapped = wrappedQuotes(tree.children);
    paragraphs.push(...wrapped.keys());
    // A converter's Markdown sets a pull quote as a block quote (`> “…”`): one paragraph inside, tried like any.
    const quoteOf = new Map<Paragraph, RootContent>();
    // (Set between paragraphs of the text: a quote before the text is the piece's epigraph.)
    const firstText = tree.children.findIndex((n) => n.type === 'paragraph' && /\p{Script=Han}{30}/u.test(text(n).replace(/[^\p{Script=Han}]/gu, '')));
    tree.children.forEach((n, k) => { if (k > firstText && firstText >= 0 && n.type === 'blockquote' && n.children.length === 1 && n.children[0]!.type === 'paragraph') quoteOf.set(n.children[0], n); });
    paragraphs.push(...quoteOf.keys());
    const compacts = new Map(paragraphs.map((p) => [p, compact(text(p))]));
    // The short paragraphs that could be quotes, by their first sentence: only those sentences are looked for.
    const candidates = new Map<Paragraph, { value: string; sentence: string; first: string; bold: boolean }>();
    // Where each block stands (one look-up per candidate, not a search of the whole text: a long source stays linear).
    const position = new Map<RootContent, number>(tree.children.map((n, i) => [n, i]));
    for (const node of paragraphs) {
      // Plain, or wholly bold (a WeChat page sets its quote in bold).
      const only = node.children.length === 1 ? node.children[0]! : undefined;
      if (only?.type !== 'text' && !(only?.type === 'strong' && only.children.length === 1 && only.children[0]!.type === 'text')) continue;
      const value = text(node).trim();
      const c = compacts.get(node)!;
      if (c.length < MIN || c.length > MAX || !SENTENCE.test(value) || !/\p{Script=Han}{4}/u.test(c)) continue;
      // A labelled summary (`内容简介：…`) repeats the text too, but as the page's summary field: dedupe's.
      if (SUMMARY.test(value)) continue;
      // At most two sentences: a longer paragraph is text even when another one quotes it.
      if ((value.match(/[。！？!?]/gu) ?? []).length > 2) continue;
      // A quotation the text introduces (`…那一首：` over a verse, `碑上刻着：` over its words) is the text's own.
      const k = position.get(wrapped.get(node)?.[0] ?? quoteOf.get(node) ?? node) ?? -1;
      const above = k > 0 ? tree.children[k - 1] : undefined;
      if (above?.type === 'paragraph' && /[：:][\s\u3000]*$/u.test(text(above))) continue;
      const sentence = c.replace(/(?<![。！？!?])[。！？!?]+$/u, '');
      candidates.set(node, { value, sentence, first: sentence.split(/(?<=[。！？!?])/u)[0]!.replace(/(?<![。！？!?])[。！？!?]+$/u, ''), bold: only.type === 'strong' });
    }
    if (candidates.size === 0) return;
    const wanted = new Set([...candidates.values()].map((c) => c.first).filter((k) => k.length >= MIN - 1 && k.length <= MAX));
    // Every sentence of every paragraph, and its first clause, that a candidate opens with, to the paragraphs it
    // stands in: one lookup per candidate instead of a search through the whole text (a long source stays linear).
    // One paragraph for each text: a text repeated (a scrape of several pages, a book of one publisher) is
    // looked at once.
    const at = new Map<string, Paragraph[]>();
    // What follows a comma in a sentence (`…坦言，“先想着…”`, `对他们来说，渡口不是终点…`), and whether a quotation
    // mark opens it there: a quote may repeat those words, but only a quotation (or a quote set in bold) says so.
    const tails = new Map<string, { p: Paragraph; quoted: boolean }[]>();
    const seen = new Set<string>();
    for (const p of paragraphs) {
      const whole = compacts.get(p)!;
      if (whole.length < MIN + 4 || seen.has(whole)) continue;
      seen.add(whole);
      if (SUMMARY.test(text(p))) continue;
      for (const piece of whole.split(/(?<=[。！？!?：:])/u)) {
        const sentence = piece.replace(/(?<![。！？!?：:])[。！？!?：:]+$/u, '');
        for (const key of new Set([sentence, sentence.split(/[，,]/u)[0]!])) if (wanted.has(key)) (at.get(key) ?? at.set(key, []).get(key)!).push(p);
      }
      for (const piece of text(p).split(/(?<=[。！？!?：:][”」』’"]?)/u)) {
        const clauses = piece.split(/[，,]/u);
        // The clauses that end the sentence, from the last one back, no longer than a key can be (a sentence of
        // thousands of commas is read once, not once a clause).
        const found: { p: Paragraph; quoted: boolean; key: string }[] = [];
        let tail = '';
        for (let k = clauses.length - 1; k >= 1; k--) {
          tail = k === clauses.length - 1 ? clauses[k]! : `${clauses[k]!}，${tail}`;
          const key = compact(tail).replace(/(?<![。！？!?：:])[。！？!?：:]+$/u, '');
          if (key.length > MAX + 1) break;
          if (wanted.has(key)) found.push({ p, quoted: /^[\s\u3000]*[“「『"]/u.test(tail), key });
        }
        for (const { key, ...hit } of found.reverse()) (tails.get(key) ?? tails.set(key, []).get(key)!).push(hit);
      }
    }
    const firstOf = new Map<RootContent, Paragraph>([...wrapped].map(([merged, run]) => [run[0]! as RootContent, merged]));
    const gone = new Set<RootContent>();
    // A quotation set apart and wrapped (`“…，` / `…，` / `…。”`) is one paragraph even where the text's copy of it is
    // still cut by the layout (page-break then sets it after the sentence it interrupts).
    const mergedQuote = (original: RootContent): RootContent => {
      const merged = firstOf.get(original);
      if (!merged || !/^[“「"][^]*[。！？!?][”」"]$/u.test(text(merged).trim())) return original;
      const run = wrapped.get(merged)!;
      for (const n of run.slice(1)) gone.add(n);
      record(file, { rule: RULE, kind: 'joined', line: lineOf(merged), text: run.map((n) => text(n).trim()).join('⏎'), to: 'one quotation set apart, wrapped by the layout' });
      return merged;
    };
    const inQuote = new Map([...quoteOf].map(([p, q]) => [q, p]));
    tree.children = tree.children.map((original): RootContent => {
      const merged = firstOf.get(original) ?? inQuote.get(original);
      const node = merged && candidates.has(merged) ? merged : original;
      const cand = node.type === 'paragraph' ? candidates.get(node) : undefined;
      if (!cand) return mergedQuote(original);
      const { value, sentence, first, bold } = cand;
      const c = compacts.get(node as Paragraph)!;
      const longer = (p: Paragraph) => p !== node && compacts.get(p)!.length >= c.length + 4;
      const again = (at.get(first) ?? []).find((p) => longer(p) && atSentence(compacts.get(p)!, sentence)) ?? (tails.get(first) ?? []).find((t) => (t.quoted || bold) && longer(t.p) && compacts.get(t.p)!.includes(sentence))?.p;
      if (!again) return mergedQuote(original);
      record(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: value, to: `pull quote (its sentence stands again at line ${lineOf(again) ?? '?'})` });
      if (merged === node && quoteOf.has(merged)) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '> ', to: "the block quote's mark (the quote set large, not a quotation)" });
      } else if (merged === node) {
        for (const n of wrapped.get(merged)!.slice(1)) gone.add(n);
        record(file, { rule: RULE, kind: 'joined', line: lineOf(node), text: wrapped.get(merged)!.map((n) => text(n).trim()).join('⏎'), to: 'one pull quote, wrapped by the layout' });
      }
      return container('pullquote', [node as Paragraph]);
    }).filter((n) => !gone.has(n));
  };
}

/** Runs of two to four short plain lines, set apart by blank lines, that read as one sentence wrapped: each merged. */
function wrappedQuotes(kids: RootContent[]): Map<Paragraph, Paragraph[]> {
  const out = new Map<Paragraph, Paragraph[]>();
  const plain = (n: RootContent | undefined): n is Paragraph => n?.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'text' && text(n).trim().length <= 24;
  for (let i = 0; i < kids.length; i++) {
    const first = kids[i];
    if (!plain(first) || first.data?.gap !== true) continue;
    const run: Paragraph[] = [first];
    while (run.length < 4 && /[，、,]$/u.test(text(run[run.length - 1]!).trim()) && plain(kids[i + run.length]) && (kids[i + run.length] as Paragraph).data?.gap !== true) run.push(kids[i + run.length] as Paragraph);
    const next = kids[i + run.length];
    if (run.length < 2 || !SENTENCE.test(text(run[run.length - 1]!).trim()) || (next?.type === 'paragraph' && next.data?.gap !== true)) continue;
    const value = run.map((n) => text(n).trim()).join('');
    out.set(paragraph([textNode(value)], lineOf(first), first.data?.raw), run);
    i += run.length - 1;
  }
  return out;
}

/** Whether `sentence` stands in `para` as a whole sentence: after its start or a sentence's end, and ending at one. */
function atSentence(para: string, sentence: string): boolean {
  for (let at = para.indexOf(sentence); at >= 0; at = para.indexOf(sentence, at + 1)) {
    const before = at === 0 ? '' : para[at - 1]!;
    const after = para[at + sentence.length] ?? '';
    if ((before === '' || /[。！？!?：:]/u.test(before)) && (after === '' || /[。！？!?，,]/u.test(after))) return true;
  }
  return false;
}
