/**
 * metadata: lines that describe the article rather than tell it — original
 * title, source, editor, byline, stand-alone photo credits — move from the
 * body to the front matter (the report says where each went).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { isDirective, lineOf, text } from '../tree.ts';
import { CREDIT } from './captions.ts';

export const RULE = 'metadata';

interface Field {
  key: string;
  re: RegExp;
  /** Splits one captured value into several (editors separated by spaces). */
  split?: (value: string, file: VFile) => string[];
}

const FIELDS: Field[] = [
  { key: 'original_title', re: /^[（(]?原标题[：:]\s*(.+?)[）)]?$/u },
  { key: 'source', re: /^[（(]?(?:本文|文章|稿件|内容)?来源[：:]\s*(.+?)[）)]?$/u },
  { key: 'editor', re: /^[（(]?(?:责任编辑|责编|编辑)[：:]\s*(.+?)[）)]?$/u, split: splitEditors },
  { key: 'byline', re: /^(?:原创[：:]|作者[：:]|文[｜|/／])\s*(.+)$/u },
  { key: 'photo_credits', re: new RegExp(`^(${CREDIT.source.slice(1, -1)})$`, 'u') },
  { key: 'notes', re: /^[（(]((?:文章|本文)有(?:删改|删节|改动)|本文为.{1,20}原创)[）)]$/u },
];

export default function remarkMetadata() {
  return (tree: Root, file: VFile) => {
    tree.children = tree.children.filter((node) => !take(node, file));
  };
}

function take(node: RootContent, file: VFile): boolean {
  if (node.type !== 'paragraph' || isDirective(node)) return false;
  const value = text(node).trim().replace(/^\*\*(.*)\*\*$/u, '$1');
  if (value.length > 120) return false;
  for (const field of FIELDS) {
    const m = field.re.exec(value);
    if (!m) continue;
    const captured = m[1]!.trim();
    const values = field.split ? field.split(captured, file) : [captured];
    for (const v of values) pushMeta(file, field.key, v);
    record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: captured, to: `front matter: ${field.key}` });
    const label = value.replace(captured, '');
    if (label !== '') record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: label, to: `label of front matter: ${field.key}` });
    return true;
  }
  return false;
}

/** `史建磊_NBJ11331` → 史建磊 (ID kept apart); `陈一豪 唐浚中 全丽` → three names. */
function splitEditors(value: string, file: VFile): string[] {
  const names: string[] = [];
  for (const part of value.split(/[\s\u3000、，,]+/u).filter(Boolean)) {
    const m = /^(.+?)_([A-Za-z0-9]+)$/.exec(part);
    if (m) {
      names.push(m[1]!);
      const meta = metaOf(file);
      meta.editor_id = m[2]!;
    } else names.push(part);
  }
  return names;
}
