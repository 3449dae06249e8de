/**
 * dateline: the dateline (电头) that scraping glued onto the first sentence
 * (`新华社武汉3月10日电`, `中新网北京12月1日电(记者 张曦)`, `某某网报道（记者某某）——`)
 * moves to the front matter; a reporter named in its brackets becomes the
 * byline. The formula `…月…日电/讯` is the same at every agency and paper, so
 * the publisher is not looked up in a list; `…报道` counts only with the
 * reporter's brackets after it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { lineOf } from '../tree.ts';

export const RULE = 'dateline';

const NUM = '(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})';
const SP = '[\\s\\u3000]*';
const ROLE = '(?:(?:本报|本刊|本台)?(?:特约|实习)?(?:记者|通讯员)|实习生)';
// The reporters, and a second role with its own people (`记者 刘洋 通讯员 陈晨`).
const REPORTER = `[（(]${SP}(${ROLE}${SP})([\\p{Script=Han}·]{2,4}(?:(?:[\\s\\u3000、，]{1,3}|${SP}${ROLE}${SP})[\\p{Script=Han}·]{2,4}){0,5})${SP}([）)])`;
const DATELINE = new RegExp(
  `^${SP}(?:([\\p{Script=Han}A-Za-z]{2,12}?${NUM}月${NUM}日(?:电|讯)|(?:本报|本刊|本台)[\\p{Script=Han}]{0,6}?讯)(?:${SP}${REPORTER})?|([\\p{Script=Han}]{2,12}?报道)${REPORTER})${SP}(——|－－|--|[:：])?${SP}`,
  'u',
);

// A Hong Kong or Taiwan paper's lead: `【明報專訊】`, `【本報訊】`.
const BRACKETED = /^[\s\u3000]*【([\p{Script=Han}]{1,6}(?:專訊|专讯|訊|讯)|[\p{Script=Han}]{1,6}(?:网|網|社|报|報|台))】[\s\u3000]*/u;
// A web lead: `央视网消息（新闻联播）：`, `新华网消息：`.
const NEWS_LEAD = /^[\s\u3000]*([\p{Script=Han}A-Za-z]{2,10}消息(?:[（(][^）)\n]{1,12}[）)])?)[\s\u3000]*[：:][\s\u3000]*/u;

export default function remarkDateline() {
  return (tree: Root, file: VFile) => {
    const meta = metaOf(file);
    if (meta.dateline !== undefined) return;
    for (const node of tree.children.slice(0, 4)) {
      if (node.type !== 'paragraph') continue;
      const first = node.children[0];
      if (first?.type !== 'text') continue;
      const b = BRACKETED.exec(first.value) ?? NEWS_LEAD.exec(first.value);
      if (b && b[0].length < first.value.trimEnd().length) {
        meta.dateline = b[1]!;
        record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: b[1]!, to: 'front matter: dateline' });
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: b[0].replace(b[1]!, '').trim(), to: "the dateline's brackets or colon" });
        first.value = first.value.slice(b[0].length);
        // A reporter's bracket right after it (`【财新网】（记者 某某 实习记者 某某）`) is the byline.
        const r = new RegExp(`^${REPORTER}[\\s\\u3000]*`, 'u').exec(first.value);
        if (r && r[0].length < first.value.trimEnd().length) {
          takeReporters(file, lineOf(node), r[2]!, `（${r[1]}`, r[3]!);
          first.value = first.value.slice(r[0].length);
        }
        return;
      }
      const m = DATELINE.exec(first.value);
      if (!m || m[0].length >= first.value.trimEnd().length) continue;
      const line = lineOf(node);
      const dateline = (m[1] ?? m[5])!;
      meta.dateline = dateline;
      record(file, { rule: RULE, kind: 'moved', line, text: dateline, to: 'front matter: dateline' });
      const [label, names, close] = m[1] ? [m[2], m[3], m[4]] : [m[6], m[7], m[8]];
      if (names) {
        takeReporters(file, line, names, `（${label ?? ''}`, close ?? '）');
      }
      if (m[9]) record(file, { rule: RULE, kind: 'removed', line, text: m[9], to: 'the dash that tied the dateline to the text' });
      first.value = first.value.slice(m[0].length);
      return;
    }
  };
}

/** The reporters in a dateline's brackets become the byline; their roles and the brackets are reported. */
function takeReporters(file: VFile, line: number | undefined, names: string, open: string, close: string): void {
  const inner = new RegExp(`${SP}${ROLE}${SP}`, 'gu');
  for (const x of names.matchAll(inner)) if (x[0].trim()) record(file, { rule: RULE, kind: 'removed', line, text: x[0].trim(), to: "a role in the dateline's byline" });
  const people = names.replace(inner, ' ').trim();
  pushMeta(file, 'byline', people, RULE);
  record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
  record(file, { rule: RULE, kind: 'removed', line, text: open, to: "label of the dateline's byline" });
  record(file, { rule: RULE, kind: 'removed', line, text: close, to: "label of the dateline's byline" });
}
