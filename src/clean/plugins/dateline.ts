/**
 * dateline: the agency dateline (`新华社武汉3月10日电`, `中新网北京12月1日电(记者 张曦)`)
 * that scraping glued onto the first sentence moves to the front matter.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record } from '../report.ts';
import { lineOf } from '../tree.ts';

export const RULE = 'dateline';

const NUM = '(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})';
const DATELINE = new RegExp(
  `^[\\s\\u3000]*((?:新华社|中新社|中新网|人民网|央视网|新京报|光明网|澎湃新闻|本报|本刊|法制日报|中国日报网)(?:[\\p{Script=Han}]{0,8}?)?${NUM}月${NUM}日(?:电|讯)(?:[（(][^）)]{1,30}[）)])?)[\\s\\u3000]*`,
  'u',
);

export default function remarkDateline() {
  return (tree: Root, file: VFile) => {
    const meta = metaOf(file);
    if (meta.dateline !== undefined) return;
    for (const node of tree.children.slice(0, 4)) {
      if (node.type !== 'paragraph') continue;
      const first = node.children[0];
      if (first?.type !== 'text') continue;
      const m = DATELINE.exec(first.value);
      if (!m) continue;
      meta.dateline = m[1]!;
      first.value = first.value.slice(m[0].length);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(node), text: m[1]!, to: 'front matter: dateline' });
      return;
    }
  };
}
