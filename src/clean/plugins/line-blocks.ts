/**
 * line-blocks: scrapes mark paragraphs by line, not by blank lines, so every
 * source line of a paragraph becomes a block of its own here, carrying its
 * raw line (indentation included). `page-break` joins back the lines that
 * belong together. Indented "code" in scraped prose (4-space paragraph
 * indents) is read as lines of text too.
 */
import type { Code, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { normalizePhrasing, paragraph, text, textNode } from '../tree.ts';
import { toString } from 'mdast-util-to-string';
import { record } from '../report.ts';
import { joinWrapped, wrapInBracket } from '../chars.ts';
import { columnOf } from '../column.ts';

export const RULE = 'line-blocks';

export default function remarkLineBlocks() {
  return (tree: Root, file: VFile) => {
    splitIn(tree, file);
    dropBlank(tree, file);
    markGaps(tree, file);
  };
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff\u00ad\u3000]*$/u;

/** A line of nothing but invisible characters (a zero-width space) is a blank line, not a block. */
function dropBlank(tree: Root, file: VFile): void {
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph' || !BLANK.test(toString(node)) || node.children.some((c) => c.type !== 'text')) return true;
    record(file, { rule: RULE, kind: 'removed', line: node.data?.line, text: toString(node), to: 'a line of invisible characters' });
    return false;
  });
}

/** A line after a blank source line starts a paragraph, as the source says (HTML paragraphs are marked already). */
function markGaps(tree: Root, file: VFile): void {
  const lines = file.data.sourceLines ?? [];
  // (Unless a blank line stands after every line of a wrapped text: there it parts nothing.)
  if (columnOf(file).spaced) return;
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.data?.gap !== undefined) continue; // HTML said already (a <br> or a <p>)
    const line = node.data?.line;
    if (line !== undefined && line > 1 && BLANK.test(lines[line - 2] ?? '')) node.data = { ...node.data, gap: true };
  }
}

function splitIn(parent: { children: RootContent[] }, file: VFile): void {
  const out: RootContent[] = [];
  for (const node of parent.children) {
    if (node.type === 'paragraph') out.push(...splitParagraph(node, file));
    else if (node.type === 'code' && isIndentedCode(node, file)) out.push(...codeLines(node, file));
    else {
      if ('children' in node && node.type !== 'heading' && node.type !== 'table') splitIn(node as { children: RootContent[] }, file);
      out.push(node);
      if (node.type === 'list') out.push(...lazyLines(node, file));
    }
  }
  parent.children = out;
}

/**
 * The lines Markdown ran on into a list's last item as its lazy continuation (`3. 开展…。` / `（完）` / `联系人：…`, no
 * blank line after the list in a plain text): set at the margin, not in under the item, they are no part of it.
 * They leave the item and follow the list.
 */
function lazyLines(list: List, file: VFile): RootContent[] {
  const last = list.children[list.children.length - 1];
  if (!last || last.children.length < 2) return [];
  const lines = file.data.sourceLines ?? [];
  const at = last.children.findIndex((c, k) => k > 0 && c.type === 'paragraph' && c.data?.line !== undefined && /^\S/u.test(lines[c.data.line - 1] ?? '') && (lines[c.data.line - 2] ?? '').trim() !== '');
  if (at < 0) return [];
  const moved = last.children.splice(at);
  for (const m of moved) record(file, { rule: RULE, kind: 'moved', line: m.type === 'paragraph' ? m.data?.line : undefined, text: toString(m).slice(0, 40), to: "after the list (a line at the margin that Markdown ran on into the last item)" });
  return moved;
}

function splitParagraph(p: Paragraph, file: VFile): Paragraph[] {
  const startLine = p.data?.line ?? p.position?.start.line;
  if (p.data?.raw !== undefined) return [p];
  // Each segment's source line comes from the positions the parser gave; a break that markup-debris made
  // from `<br>`/`</p>` has none and stays on its line, so a report never names the wrong line.
  // (`end`: the last source line of a segment that a wrap inside a bracket joined to the next.)
  const segments: { children: PhrasingContent[]; line: number | undefined; end?: number }[] = [{ children: [], line: startLine }];
  let line = startLine;
  const open = (at: number | undefined) => segments.push({ children: [], line: at });
  for (const child of p.children) {
    if (child.type === 'break') {
      if (child.position) line = child.position.end.line;
      open(line);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      const base = child.position?.start.line ?? line;
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) {
          line = base === undefined ? undefined : base + i;
          open(line);
        }
        if (part !== '') segments[segments.length - 1]!.children.push(textNode(part));
      });
    } else {
      const seg = segments[segments.length - 1]!;
      if (seg.children.length === 0 && child.position) seg.line = child.position.start.line;
      seg.children.push(child);
      if (child.position) line = child.position.end.line;
    }
  }
  if (segments.length === 1) return [withLine(p, startLine, file)];
  // A wrap inside a bracket (html2text wraps at spaces, `本网讯（通讯员` / `冀一舟）…`) is no line of its own: the
  // lead stays whole for the rules that read it before page-break joins lines.
  for (let i = segments.length - 1; i > 0; i--) {
    const [above, below] = [segments[i - 1]!, segments[i]!];
    const ta = toString({ type: 'paragraph', children: above.children });
    const tb = toString({ type: 'paragraph', children: below.children });
    if (!wrapInBracket(ta.trimEnd(), tb.trimStart())) continue;
    record(file, { rule: RULE, kind: 'joined', line: below.line, text: `${ta.trimEnd().slice(-8)}⏎${tb.trimStart().slice(0, 8)}`, to: 'one line: a wrap inside a bracket' });
    // (Between two Latin words the wrap took the space that parted them: it is put back. So it is before a
    // photographer's mark where the credit sets its role and name apart, `（通讯员 某某` / `摄）`.)
    const markApart = /[\s\u3000]\p{Script=Han}{2,4}$/u.test(ta.trimEnd()) && /^[摄攝][）)]/u.test(tb.trimStart());
    if (markApart || joinWrapped(ta.trimEnd(), tb.trimStart()).length > ta.trimEnd().length + tb.trimStart().length) above.children.push(textNode(' '));
    above.children.push(...below.children);
    above.end = below.end ?? below.line;
    segments.splice(i, 1);
  }
  // (Every line joined so: one paragraph, its lines' breaks gone, as the joins made it.)
  if (segments.length === 1) {
    p.children = normalizePhrasing(segments[0]!.children);
    return [withLine(p, startLine, file, segments[0]!.end)];
  }
  const out: Paragraph[] = [];
  for (const seg of segments) {
    const kids = normalizePhrasing(seg.children);
    if (kids.length > 0 && !kids.every((k) => k.type === 'text' && k.value.trim() === '')) {
      out.push(paragraph(kids, seg.line, rawLines(file, seg.line, seg.end)));
    }
  }
  // What a rule before said of the block (`altCaption`: the line under a photo) holds for its first line.
  const { line: _line, raw: _raw, ...said } = p.data ?? {};
  if (out[0] && Object.keys(said).length > 0) out[0].data = { ...said, ...out[0].data };
  return out;
}

function withLine(p: Paragraph, line: number | undefined, file: VFile, end?: number): Paragraph {
  p.data = { ...p.data, line, raw: rawLines(file, line, end) };
  return p;
}

/** The source's line `line` as written, or its lines to `end` (a line a wrap inside a bracket ran on to). */
function rawLines(file: VFile, line: number | undefined, end?: number): string | undefined {
  if (line === undefined) return undefined;
  const lines = file.data.sourceLines;
  return end === undefined || end <= line || !lines ? lines?.[line - 1] : lines.slice(line - 1, end).join('\n');
}

function isIndentedCode(node: Code, file: VFile): boolean {
  if (node.lang || node.meta) return false;
  const line = node.position?.start.line;
  const raw = line === undefined ? '' : (file.data.sourceLines?.[line - 1] ?? '');
  // Prose, or a page's number centred by spaces in PDF text (`— 1 —`): never code.
  return !/^\s{0,3}(`{3,}|~{3,})/.test(raw) && (/\p{Script=Han}/u.test(node.value) || /^[\s—－\-–]*\d{1,4}[\s—－\-–]*$/u.test(node.value));
}

function codeLines(node: Code, file: VFile): (Paragraph | List)[] {
  const start = node.position?.start.line;
  const paras = node.value
    .split('\n')
    .map((value, i) => {
      const line = start === undefined ? undefined : start + i;
      return paragraph([textNode(value)], line, line === undefined ? value : (file.data.sourceLines?.[line - 1] ?? value));
    })
    .filter((p) => (p.children[0] as { value: string }).value.trim() !== '');
  // A list set in as deep (inscriptis indents a page's lists by their depth; a printed page's numbered lines
  // stand a space in from its text): two lines or more in a row that open with Markdown's own marker, the same
  // bullet or numbers counting up by one, are its items, as Markdown would have read them at the margin.
  const out: (Paragraph | List)[] = [];
  for (let i = 0; i < paras.length; i++) {
    const first = DEEP_ITEM.exec(text(paras[i]!));
    let j = i;
    while (j < paras.length && sameList(first, DEEP_ITEM.exec(text(paras[j]!)), j - i)) j++;
    if (j - i < 2) {
      out.push(paras[i]!);
      continue;
    }
    const items: ListItem[] = paras.slice(i, j).map((p) => {
      const t = p.children[0] as { value: string };
      const m = DEEP_ITEM.exec(t.value)!;
      record(file, { rule: RULE, kind: 'changed', line: p.data?.line, text: m[1]!, to: 'list item marker (a list set in four spaces or more)' });
      t.value = t.value.slice(m[0].length);
      return { type: 'listItem', spread: false, children: [p] };
    });
    const ordered = first![2] !== undefined;
    out.push({ type: 'list', ordered, ...(ordered ? { start: Number(first![2]) } : {}), spread: false, children: items });
    i = j - 1;
  }
  return out;
}

/** Whether `item`, `k` lines after the list's first item `first`, is the same list's next item. */
function sameList(first: RegExpExecArray | null, item: RegExpExecArray | null, k: number): boolean {
  if (!first || !item) return false;
  if (first[2] === undefined) return item[1] === first[1];
  return item[2] !== undefined && item[3] === first[3] && Number(item[2]) === Number(first[2]) + k;
}

const DEEP_ITEM = /^[ \t]*([*+-]|(\d{1,3})([.)]))[ \t]+(?=\S)/u;

