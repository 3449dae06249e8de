/**
 * A table whose cell texts stand outside its cells (UnRTF's HTML: `<table><center>用户类别<td></td>…</tr>`,
 * `<tr>` opened inside a row). An HTML parser moves such text out before the table ("foster parenting"), so
 * the table keeps empty cells and the words stand above it, one a paragraph. The source's order says what
 * the cells are: read with parse5's tokenizer (the tokens as they stand, no tree built yet), every text in
 * the table is a cell, in order, and a row ends at `</tr>`; empty cells are the converter's. Tables whose
 * text stands in their cells are left as they are.
 */
import { Tokenizer, type TokenHandler } from 'parse5';

interface Span { start: number; end: number; rows: string[][]; caption: string }

export function repairTables(html: string): string {
  if (!/<table[\s>]/iu.test(html)) return html;
  const spans: Span[] = [];
  let depth = 0;
  let inCell = false;
  // A table's caption is no cell, and its text no stray text: it stays the caption it is.
  let inCaption = false;
  let caption = '';
  let stray = false;
  let start = 0;
  let rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  const endCell = () => {
    if (cell.trim() !== '') row.push(cell.trim().replace(/\s+/gu, (s) => (/[\u3000]/u.test(s) ? '\u3000' : ' ')));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.length > 0) rows.push(row);
    row = [];
  };
  const onText = (chars: string) => {
    if (depth === 0) return;
    if (inCaption) {
      caption += chars;
      return;
    }
    if (!inCell && chars.trim() !== '') stray = true;
    cell += chars;
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const name = token.tagName;
      if (name === 'table') {
        // A table inside a table: the outer one is read as it stands (its cells hold the inner one's text).
        if (depth++ === 0) {
          start = token.location?.startOffset ?? 0;
          rows = [];
          row = [];
          cell = '';
          stray = false;
          inCell = false;
          caption = '';
        }
      } else if (depth === 1 && name === 'caption') inCaption = true;
      else if (depth === 1 && (name === 'td' || name === 'th')) {
        endCell();
        inCell = true;
      } else if (depth === 1 && name === 'br') cell += ' ';
    },
    onEndTag(token) {
      const name = token.tagName;
      if (name === 'table' && depth > 0) {
        if (--depth === 0) {
          endRow();
          if (stray && rows.length >= 2) spans.push({ start, end: token.location?.endOffset ?? start, rows, caption: caption.trim() });
        }
      } else if (depth === 1 && name === 'caption') inCaption = false;
      else if (depth === 1 && (name === 'td' || name === 'th')) {
        endCell();
        inCell = false;
      } else if (depth === 1 && name === 'tr') {
        endRow();
        inCell = false;
      }
    },
    onCharacter: (token) => onText(token.chars),
    onWhitespaceCharacter: (token) => onText(token.chars),
    onNullCharacter() {},
    onComment() {},
    onDoctype() {},
    onEof() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  if (spans.length === 0) return html;
  let out = '';
  let at = 0;
  for (const span of spans) {
    const width = Math.max(...span.rows.map((r) => r.length));
    const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
    const body = span.rows.map((r) => `<tr>${[...r, ...Array<string>(width - r.length).fill('')].map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
    out += `${html.slice(at, span.start)}<table>${span.caption ? `<caption>${escape(span.caption)}</caption>` : ''}${body}</table>`;
    at = span.end;
  }
  return out + html.slice(at);
}
