/**
 * The review page (`output/review/index.html`): for every article, the source
 * and the clean edition side by side, block by block, with every change of
 * the report marked where it stood — its rule id (the report's, the book
 * file's and `src/clean/…`'s), its kind, its stable id and the rule's one-line
 * reason. Filters by rule and kind; a summary per article. One static file:
 * no server, no network, its own style and one script allowed by hash in its
 * Content-Security-Policy; every scraped character goes in as escaped text,
 * so nothing from a source can run.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { BookConfig } from '../book/config.ts';
import type { CleanedFile } from '../clean/clean-file.ts';
import { READERS } from '../clean/readers/index.ts';
import { RULES } from '../clean/pipeline.ts';
import { changeIds, type Change } from '../clean/report.ts';
import { VERSION } from '../version.ts';

export interface ReviewArticle {
  cleaned: CleanedFile;
  /** The source as decoded (what the line numbers of the report count). */
  source: string;
  /** The printed page the chapter opens on, when the PDF was made. */
  page?: number;
  warnings: string[];
  /** The article's file as the book file names it (for the override snippets). */
  file?: string;
  /** The PDF pages the chapter is printed on (its first page's number and each page's text), when the PDF was made. */
  printed?: { first: number; texts: string[] };
}

const REASONS = new Map<string, string>();
for (const r of [...READERS, ...RULES]) if (!REASONS.has(r.id)) REASONS.set(r.id, r.summary);

/** The rule's one-line reason, for any rule id a report may carry. */
export function ruleReason(id: string): string {
  return REASONS.get(id) ?? id;
}

/** A clean block's first letters (Han, Latin, digits): enough to find where it stood in the source. */
function key(s: string): string {
  // Not the Markdown's own syntax: container fences (:::caption), attributes, list numbers, table rules.
  const text = s.replace(/^:::.*$/gmu, '').replace(/\{[a-z]+="[^"]*"\}/gu, '').replace(/^\s*(?:\d+\.|[-*+>#|])\s*/gmu, '');
  return (text.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).slice(0, 8).join('');
}

/** The letters (Han, Latin, digits) of a text, which rules leave as they are. */
function letters(s: string): string {
  return (s.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).join('');
}

/**
 * The PDF page each row's clean block is printed on: its first Han characters found, in order, in the Han
 * text of the chapter's pages. The front matter row gets the chapter's first page.
 */
function printedPage(rows: Row[], printed: ReviewArticle['printed']): (number | undefined)[] {
  if (!printed) return [];
  const han = printed.texts.map((t) => (t.match(/\p{Script=Han}/gu) ?? []).join(''));
  const starts: number[] = [];
  let all = '';
  for (const t of han) {
    starts.push(all.length);
    all += t;
  }
  let cursor = 0;
  return rows.map((r, k) => {
    if (k === 0) return printed.first;
    const head = (r.clean.replace(/^:::.*$/gmu, '').replace(/\{[a-z]+="[^"]*"\}/gu, '').match(/\p{Script=Han}/gu) ?? []).slice(0, 8).join('');
    if (head.length < 2) return undefined;
    const at = all.indexOf(head, cursor);
    if (at < 0) return undefined;
    cursor = at + head.length;
    let p = 0;
    while (p + 1 < starts.length && starts[p + 1]! <= at) p++;
    return printed.first + p;
  });
}

interface Row {
  /** Source lines, 1-based, from (inclusive) to (exclusive). */
  from: number;
  to: number;
  /** The clean edition's text for these lines (a block, or the front matter for the first row). */
  clean: string;
}

/**
 * The clean edition's blocks aligned with the source's lines: each block is found by its first letters in
 * the source's letters, in order (punctuation and spaces, which the rules change, are not compared). A
 * block not found (its start rewritten) joins the row before it.
 */
export function alignBlocks(source: string, markdown: string): Row[] {
  const lines = source.split('\n');
  let letters = '';
  const lineAt: number[] = [];
  lines.forEach((l, i) => {
    for (const ch of l.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []) {
      letters += ch;
      for (let k = 0; k < ch.length; k++) lineAt.push(i + 1);
    }
  });
  const fm = /^---\n[^]*?\n---\n/u.exec(markdown);
  const body = markdown.slice(fm?.[0].length ?? 0);
  const blocks = body.split(/\n{2,}/u).filter((b) => b.trim() !== '');
  const rows: Row[] = [{ from: 1, to: 1, clean: fm?.[0].trimEnd() ?? '' }];
  let cursor = 0;
  for (const block of blocks) {
    const k = key(block);
    const at = k.length >= 2 ? letters.indexOf(k, cursor) : -1;
    const line = at >= 0 ? lineAt[at]! : undefined;
    const last = rows[rows.length - 1]!;
    if (line === undefined || line < last.from || (line === last.from && last.clean !== '' && rows.length > 1)) {
      last.clean += `${last.clean ? '\n\n' : ''}${block}`;
      if (at >= 0) cursor = at + k.length;
      continue;
    }
    cursor = at + k.length;
    rows.push({ from: line, to: line, clean: block });
  }
  for (let i = 0; i < rows.length; i++) rows[i]!.to = i + 1 < rows.length ? rows[i + 1]!.from : lines.length + 1;
  return rows.filter((r) => r.to > r.from || r.clean !== '');
}

/** The clean block with what a join made whole, or a split or move brought here, highlighted. */
function markedClean(clean: string, changes: Change[]): ElementContent[] {
  const spans: { start: number; end: number; change: Change }[] = [];
  for (const c of changes) {
    const t = c.kind === 'joined' ? c.text.replace(/⏎/gu, '') : c.kind === 'split' || c.kind === 'moved' ? c.text.trim() : '';
    const at = t.length >= 2 ? clean.indexOf(t) : -1;
    if (at >= 0) spans.push({ start: at, end: at + t.length, change: c });
  }
  return markedLine(clean, spans);
}

/** A source line with the spans the changes touched marked: struck out if removed, highlighted otherwise. */
function markedLine(text: string, marks: { start: number; end: number; change: Change }[]): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ type: 'text', value: text.slice(at, m.start) });
    const tag = m.change.kind === 'removed' ? 'del' : 'mark';
    out.push(h(tag, { dataRule: m.change.rule, dataKind: m.change.kind, title: `${m.change.rule}: ${m.change.kind}` }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** The rules that can leave one change of theirs undone (`keep:` its id); the others are switched off per article. */
export const KEEPABLE = ['page-break', 'boilerplate', 'dedupe', 'subheadings', 'whitespace', 'punctuation', 'han-latin-spacing', 'inline-boilerplate'];

/** Where a change's override goes: the chapter (its place in the book file and its file), and whether the page is live. */
interface OverrideTarget {
  chapter: number;
  file?: string;
  /** Served by `dingben preview`: each override has a button that writes it into the book file through the server. */
  live: boolean;
}

/** What to write in the book file to undo a change (or apply a suggestion): the chapter's entry with the id. */
function overrideSnippet(c: Change, id: string, { chapter, file, live }: OverrideTarget): Element | undefined {
  // Only these rules can undo one change of theirs; others are switched off for the article (`rules:`).
  const undoable = KEEPABLE.includes(c.rule);
  if (c.kind === 'kept' || c.rule === 'book-file' || !file) return undefined;
  const entry = `chapters:\n  - file: ${file}\n`;
  const button = (action: string, label: string) => (live ? [h('button.write', { type: 'button', dataAction: action, dataChapter: String(chapter), dataFile: file, dataId: action === 'rule-off' ? c.rule : id }, label)] : []);
  if (c.kind === 'suggested') {
    return ['page-break', 'boilerplate', 'dedupe'].includes(c.rule) ? h('details.override', [h('summary', 'apply'), h('pre', `${entry}    accept: [${id}]`), ...button('accept', 'apply: write accept: into the book file')]) : undefined;
  }
  return h('details.override', [
    h('summary', 'undo'),
    h('pre', undoable ? `${entry}    keep: [${id}]` : `${entry}    rules: { ${c.rule}: false }   # this rule for this article only`),
    ...(undoable ? button('keep', 'undo: write keep: into the book file') : button('rule-off', `switch ${c.rule} off for this article in the book file`)),
  ]);
}

/** The HTML id of a change's entry: the change id within its article (ids repeat across articles). */
const anchor = (chapter: number, id: string) => `a${chapter + 1}-${id}`;

function changeItem(c: Change, id: string, target: OverrideTarget, went?: string): Element {
  const snippet = overrideSnippet(c, id, target);
  return h('li.change', { id: anchor(target.chapter, id), dataId: id, dataRule: c.rule, dataKind: c.kind }, [
    h('span.rule', c.rule),
    ' ',
    h('span.kind', c.kind),
    ' ',
    h('code.id', id),
    c.line !== undefined ? h('span.at', ` line ${c.line}`) : '',
    h('div.reason', ruleReason(c.rule)),
    h('div.what', [c.kind === 'removed' ? h('del', c.text) : h('span.before', c.text), ...(c.to ? [' → ', went ? h('a.went', { href: `#${went}` }, c.to) : h('span.after', c.to)] : [])]),
    ...(snippet ? [snippet] : []),
  ]);
}

function article(a: ReviewArticle, index: number, live: boolean): Element {
  const { cleaned } = a;
  const lines = a.source.replace(/\r\n?/g, '\n').split('\n');
  const rows = alignBlocks(lines.join('\n'), cleaned.markdown);
  const byLine = new Map<number, Change[]>();
  const unplaced: Change[] = [];
  for (const c of cleaned.changes) {
    if (c.line === undefined || c.line < 1 || c.line > lines.length) unplaced.push(c);
    else byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  }
  // Marks within the lines: each change's text (line by line, for text over several) where it stands.
  const marks = new Map<number, { start: number; end: number; change: Change }[]>();
  for (const [line, changes] of byLine) {
    for (const c of changes) {
      // A join's text shows its cut as ⏎; a piece after the first is looked for on the next few lines (a gap may stand between).
      let l = line;
      c.text.split(/\n|⏎/u).forEach((piece, k) => {
        const t = piece.trim();
        if (!t) return;
        // A join is reported at the line of its second half: its first half stands a few lines up.
        const from = k === 0 ? (c.kind === 'joined' ? Math.max(1, line - 4) : line) : l + 1;
        for (let next = from; next <= Math.min(lines.length, k === 0 ? line : l + 4); next++) {
          const at = (lines[next - 1] ?? '').indexOf(t);
          if (at < 0) continue;
          marks.set(next, [...(marks.get(next) ?? []), { start: at, end: at + t.length, change: c }]);
          l = next;
          break;
        }
      });
    }
  }
  const counts = new Map<string, number>();
  for (const c of cleaned.changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  const rowId = (k: number) => `a${index + 1}-r${k}`;
  // Where a moved span went: the front matter, or the clean block that holds its first letters now.
  const went = (c: Change): string | undefined => {
    if (c.kind !== 'moved' && !(c.kind === 'changed' && /block/u.test(c.to ?? ''))) return undefined;
    if (/front matter/u.test(c.to ?? '')) return rowId(0);
    const k = key(c.text);
    if (k.length < 2) return undefined;
    const at = rows.findIndex((r, n) => n > 0 && letters(r.clean).includes(k));
    return at > 0 ? rowId(at) : undefined;
  };
  const ids = new Map(changeIds(cleaned.changes).map((id, i) => [cleaned.changes[i]!, id]));
  const item = (c: Change) => changeItem(c, ids.get(c)!, { chapter: index, file: a.file, live }, went(c));
  const pages = printedPage(rows, a.printed);
  const suggestions = cleaned.changes.filter((c) => c.kind === 'suggested').length;
  const title = String(cleaned.meta.title ?? cleaned.meta.original_title ?? cleaned.slug);
  return h('section.article', { id: `article-${index + 1}` }, [
    h('h2', `${index + 1}. ${title}`),
    h('p.file', [h('code', cleaned.path), ` → clean/${cleaned.slug}.md · ${cleaned.encoding}${cleaned.encodingNote ? ` (${cleaned.encodingNote})` : ''}${a.page ? ` · printed from page ${a.page}` : ''}`]),
    h('p.summary', [
      `${cleaned.changes.length} changes`,
      suggestions ? `, ${suggestions} suggestions` : '',
      ': ',
      ...[...counts].flatMap(([rule, n], i) => [i ? ', ' : '', h('span.rule', rule), ` ${n}`]),
    ]),
    ...(a.warnings.length ? [h('ul.warnings', a.warnings.map((w) => h('li', w)))] : []),
    ...(unplaced.length ? [h('div.unplaced', [h('p', 'Changes without a source line:'), h('ul.changes', unplaced.map(item))])] : []),
    h('table.pair', [
      h('thead', h('tr', [h('th', 'source'), h('th', 'clean edition')])),
      h('tbody', rows.map((r, k) => {
        const changes = [];
        for (let l = r.from; l < r.to; l++) changes.push(...(byLine.get(l) ?? []));
        return h('tr', { className: changes.length ? ['changed'] : [] }, [
          h('td.src', [
            h('div.lines', Array.from({ length: r.to - r.from }, (_, k) => r.from + k).map((l) => h('div.line', { id: `a${index + 1}-l${l}` }, [h('span.no', String(l)), h('span.text', markedLine(lines[l - 1] ?? '', marks.get(l) ?? []))]))),
            ...(changes.length ? [h('ul.changes', changes.map(item))] : []),
          ]),
          h('td.clean', { id: rowId(k) }, [
            ...(pages[k] ? [h('span.page', `PDF p. ${pages[k]}`)] : []),
            // The same changes on the clean side: a mark for each, by rule, linked to its entry.
            ...(changes.length ? [h('div.marks', changes.map((c) => h('a.mark', { href: `#${anchor(index, ids.get(c)!)}`, dataRule: c.rule, dataKind: c.kind, title: `${c.kind}: ${ruleReason(c.rule)}` }, c.rule)))] : []),
            markedClean(r.clean, changes),
          ]),
        ]);
      })),
    ]),
  ]);
}

const STYLE = `
body { font: 14px/1.6 "Noto Sans SC", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 1400px; padding: 0 12px; color: #222; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding: 6px 0; z-index: 1; }
header h1 { font-size: 18px; margin: 4px 0; }
.filters { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; }
.filters label { white-space: nowrap; }
table.pair { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.pair td, table.pair th { border-top: 1px solid #e4e4e4; vertical-align: top; padding: 4px 6px; width: 50%; text-align: left; }
td.clean { white-space: pre-wrap; word-break: break-word; }
tr.changed td.src { background: #fffaf0; }
.line { white-space: pre-wrap; word-break: break-word; }
.no { display: inline-block; min-width: 3em; color: #999; font-size: 11px; user-select: none; }
del { background: #fde2e2; color: #8a1f1f; }
mark { background: #fff1b8; }
ul.changes { list-style: none; margin: 4px 0; padding: 0; font-size: 12px; }
li.change { border-left: 3px solid #c77; padding: 2px 6px; margin: 3px 0; background: #fff; }
li.change[data-kind="suggested"] { border-left-color: #58a; }
li.change[data-kind="kept"] { border-left-color: #6a6; }
details.override summary { cursor: pointer; color: #36c; font-size: 11px; }
details.override pre { background: #f4f4f4; padding: 4px 6px; margin: 2px 0; white-space: pre-wrap; user-select: all; }
.rule { font-weight: bold; }
.kind { color: #666; }
code.id { color: #777; font-size: 11px; margin-left: 4px; }
.reason { color: #555; }
.what { word-break: break-word; }
.warnings { color: #8a5a00; }
.page { float: right; color: #999; font-size: 11px; margin-left: 6px; }
.marks { white-space: normal; margin-bottom: 2px; }
a.mark { font-size: 11px; background: #eef; color: #336; border-radius: 3px; padding: 0 4px; margin-right: 3px; text-decoration: none; }
a.mark[data-kind="suggested"] { background: #e6f0fa; }
a.mark.plain { display: none; }
.at { color: #999; font-size: 11px; }
a.went { color: #36c; }
.hidden { display: none !important; }
del.plain, mark.plain { background: none; color: inherit; text-decoration: none; }
@media (max-width: 700px) {
  table.pair, table.pair tbody, table.pair tr, table.pair td { display: block; width: auto; }
  table.pair thead { display: none; }
  td.clean { border-top: 0; background: #f6fbf6; }
}
`;

// Filters: a change (and its marks) shows when its rule and its kind are both ticked.
const SCRIPT = `
(function () {
  var boxes = document.querySelectorAll('.filters input');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.name + ':' + b.value] = true; });
    document.querySelectorAll('[data-rule]').forEach(function (el) {
      var hide = off['rule:' + el.getAttribute('data-rule')] || off['kind:' + el.getAttribute('data-kind')];
      el.classList.toggle('hidden', !!hide && el.tagName === 'LI');
      if (el.tagName !== 'LI') el.classList.toggle('plain', !!hide);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
})();
`;

// Served by `dingben preview` only: a button writes its override through the server (same origin, JSON,
// which a page of another origin cannot send without the preflight the server never answers); a rebuild
// reloads the page.
const LIVE_SCRIPT = `
(function () {
  document.querySelectorAll('button.write').forEach(function (b) {
    b.addEventListener('click', function () {
      b.disabled = true;
      fetch('/override', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: b.dataset.action, chapter: Number(b.dataset.chapter), file: b.dataset.file, id: b.dataset.id }) })
        .then(function (r) { return r.text().then(function (t) { b.textContent = r.ok ? 'written; rebuilding' : 'refused: ' + t; }); });
    });
  });
  if (window.top === window) new EventSource('/events').addEventListener('built', function () { location.reload(); });
})();
`;

/** The review page of a book, as one HTML document; `options.live` for the preview server's page. */
export function reviewPage(book: BookConfig, articles: ReviewArticle[], options: { live?: boolean } = {}): string {
  const live = options.live === true;
  const rules = [...new Set(articles.flatMap((a) => a.cleaned.changes.map((c) => c.rule)))];
  const kinds = [...new Set(articles.flatMap((a) => a.cleaned.changes.map((c) => c.kind)))];
  const total = articles.reduce((n, a) => n + a.cleaned.changes.length, 0);
  const scripts = live ? [SCRIPT, LIVE_SCRIPT] : [SCRIPT];
  const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src ${hashes}; ${live ? "connect-src 'self'; " : ''}img-src 'none'; base-uri 'none'; form-action 'none'`;
  const tree = h('html', { lang: book.language }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `${book.title} — review`),
      h('style', STYLE),
    ]),
    h('body', [
      h('header', [
        h('h1', `${book.title}: what the cleaner changed`),
        h('p', `${articles.length} articles, ${total} changes · dingben ${VERSION}`),
        h('div.filters', [
          ...rules.map((r) => h('label', [h('input', { type: 'checkbox', name: 'rule', value: r, checked: true }), ` ${r}`])),
          ...kinds.map((k) => h('label', [h('input', { type: 'checkbox', name: 'kind', value: k, checked: true }), ` ${k}`])),
        ]),
      ]),
      h('nav', h('ol', articles.map((a, i) => h('li', h('a', { href: `#article-${i + 1}` }, String(a.cleaned.meta.title ?? a.cleaned.slug)))))),
      h('main', articles.map((a, i) => article(a, i, live))),
      ...scripts.map((s) => h('script', s)),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
