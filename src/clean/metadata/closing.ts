/**
 * metadata: what follows the story's last sentence — a byline, an editor or a source glued to the end or on
 * lines of their own, and the page's running head among them.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { isDirective, lineOf, sourceText, text } from '../tree.ts';
import { countHan, separateNames } from '../chars.ts';
import { RULE, setSource, splitEditors, ROLE_WORD, SP } from './values.ts';

// The roles a closing credit may name after its reporters: more writers, and the camera, the cut and the desk.
const MORE_ROLE = '(?:(?:本报|本刊)?(?:特约|实习|见习)?(?:记者|通讯员)|实习生|摄像|摄影|剪辑|编辑|责编|制作|后期|视频)';
// A name is no role word (`（记者 孟思远 摄像 乔一）` credits one writer).
// (A name of two characters with a stray space between them, `陈 伟`, a no-break one too, is one name.)
const PERSON = `(?!${MORE_ROLE}(?:[\\s\u3000：:]|$))(?:[\\p{Script=Han}·]{2,4}|\\p{Script=Han}[ \u00a0\u2002-\u200a\u202f]\\p{Script=Han}(?!\\p{Script=Han}))`;
const PEOPLE = `${PERSON}(?:[\\s\u3000、，]{1,3}${PERSON}){0,4}`;
// `（记者　陈伟　整理）` glued to the end of the last paragraph; `（记者：孟思远 剪辑：乔一）` with the roles after it.
// (One run of spaces at each place, never two in a row: a long run of spaces is read in linear time.)
// (The outlet may name itself before the role: `（漷阳台记者弓雅琴　车晓峰报道）`.)
export const TRAILING = new RegExp(`([（(]${SP}(?:本报|本刊|\\p{Script=Han}{1,6}?(?:台|报|報|网|網|社|新闻|新聞|客户端|客戶端|融媒|融媒体中心))?(?:特约|实习)?(?:记者|通讯员|评论员)${SP}(?:[：:]${SP})?)(${PEOPLE})((?:${SP}${MORE_ROLE}${SP}(?:[：:]${SP})?${PEOPLE})*)((?:${SP}(?:整理|报道|采写|综合报道|综合))?${SP}[）)])${SP}$`, 'u');
const MORE_FIELD = new RegExp(`${SP}(${MORE_ROLE})${SP}[：:]?${SP}(${PEOPLE})`, 'gu');
/**
 * What a reposting account sets after the article's closing source or editor line — promotion lines,
 * images, "click to learn more" — is not the article. Only short lines without sentences count as such;
 * a paragraph of text after the mark keeps everything.
 */
export function afterTheEnd(nodes: RootContent[], endMark: number, file: VFile): RootContent[] {
  if (endMark < 0 || endMark >= nodes.length) return nodes;
  const body = nodes.slice(0, endMark).filter((n) => n.type === 'paragraph' && countHan(text(n)) >= 20).length;
  const tail = nodes.slice(endMark);
  // (A related story's headline may ask its question, `孩子发烧…一定要吃退烧药吗？`: one mark, at its end.)
  const chrome = (n: RootContent) => n.type === 'thematicBreak' || (n.type === 'paragraph' && ((text(n).trim().length <= 40 && /^[^。！？]*[？！]?$/u.test(text(n).trim())) || /^https?:\/\/\S+$/u.test(text(n).trim())));
  if (body < 3 || tail.length > 12 || tail.length * 2 > nodes.length || !tail.every(chrome)) return nodes;
  for (const n of tail) {
    // The share link an app or a notes app appends to the copied text is the article's own address.
    const address = n.type === 'paragraph' ? text(n).trim() : '';
    if (/^https?:\/\/[^\s]+$/u.test(address) && metaOf(file).url === undefined) {
      metaOf(file).url = address;
      record(file, { rule: RULE, kind: 'moved', line: lineOf(n), text: address, to: 'front matter: url (the link shared with the copied text)' });
      continue;
    }
    record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: sourceText(file, n), to: "after the article's closing source line: the reposter's promotion" });
  }
  return nodes.slice(0, endMark);
}

export function isRunningHead(node: RootContent, file: VFile): boolean {
  return file.data.runningHead !== undefined && text(node).replace(/[\s\u3000]+/gu, '') === file.data.runningHead;
}

export function trailingByline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  if (meta.byline !== undefined) return;
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph');
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING.exec(tail.value);
  if (!m || m.index === 0) return;
  const line = lineOf(last);
  const role = /(?<![\s\u3000])[\s\u3000]+(整理|报道|采写|综合)$/u.exec(m[2]!);
  if (role) {
    m[4] = m[2]!.slice(role.index) + m[4]!;
    m[2] = m[2]!.slice(0, role.index);
  }
  const inner = new RegExp(`[\\s\\u3000]*${ROLE_WORD}[\\s\\u3000]*`, 'gu');
  for (const r of m[2]!.matchAll(inner)) record(file, { rule: RULE, kind: 'removed', line, text: r[0].trim(), to: 'a role in the byline' });
  const writers = [m[2]!.replace(inner, '\u3000').trim().replace(/(?<![\p{Script=Han}])(\p{Script=Han})[ \u00a0\u2002-\u200a\u202f](\p{Script=Han})(?![\p{Script=Han}])/gu, '$1$2')];
  // The roles after the reporters: more writers join the byline, an editor goes to the front matter, the camera
  // and the cut name no field of it.
  for (const f of m[3]!.matchAll(MORE_FIELD)) {
    const [role, names] = [f[1]!, separateNames(f[2]!.trim())];
    if (/记者|通讯员|实习生/u.test(role)) {
      writers.push(names);
      record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'a role in the byline' });
    } else if (/编辑|责编/u.test(role)) {
      for (const name of names.split('\u3000')) pushMeta(file, 'editor', name);
      record(file, { rule: RULE, kind: 'moved', line, text: names, to: 'front matter: editor' });
      record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'label of front matter: editor' });
    } else record(file, { rule: RULE, kind: 'removed', line, text: f[0].trim(), to: 'a production credit (camera, cut), no field of the front matter' });
  }
  const people = separateNames(writers.join('\u3000'));
  pushMeta(file, 'byline', people);
  record(file, { rule: RULE, kind: 'moved', line, text: people, to: 'front matter: byline' });
  record(file, { rule: RULE, kind: 'removed', line, text: m[1]!.trim(), to: 'label of front matter: byline' });
  record(file, { rule: RULE, kind: 'removed', line, text: m[4]!.trim(), to: 'label of front matter: byline' });
  tail.value = tail.value.slice(0, m.index);
}

// `…的社区客厅。（編輯：蕭博文）1130615`: the desk's editor in brackets, and the wire's story code, closing the text.
export const TRAILING_EDITOR = /(?<=[。！？”」』）)])[\s\u3000]*([（(][\s\u3000]*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)[\s\u3000]*[：:]?[\s\u3000]*)([\p{Script=Han}·]{2,4}(?:[、，\s\u3000]{1,2}[\p{Script=Han}·]{2,4}){0,3})([\s\u3000]*[）)])[\s\u3000]*(\d{6,8})?[\s\u3000]*$/u;

export function trailingEditor(tree: Root, file: VFile): void {
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph' && !isDirective(n));
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING_EDITOR.exec(tail.value);
  if (!m) return;
  const line = lineOf(last);
  for (const name of splitEditors(m[2]!, file)) pushMeta(file, 'editor', name);
  record(file, { rule: RULE, kind: 'moved', line, text: m[2]!, to: 'front matter: editor' });
  record(file, { rule: RULE, kind: 'removed', line, text: `${m[1]!.trim()}${m[3]!.trim()}`, to: 'label of front matter: editor' });
  if (m[4]) record(file, { rule: RULE, kind: 'removed', line, text: m[4], to: "the wire's story code" });
  tail.value = tail.value.slice(0, m.index).trimEnd();
}

// `…同比增长12.4%。（来源：某某证券报）`: the paper the story came from, in brackets after the last sentence.
// (Its reporter may follow the paper's name inside: `（来源：某某日报 记者 某某）`.)
export const TRAILING_SOURCE = /(?<=[。！？”」])([（(](?:来源|來源|稿源|本文来源|本文來源)[：:][\s\u3000]*)([^（）()：:。\s\u3000]{2,20}?)(?:([\s\u3000]*(?:记者|記者)[\s\u3000]*)([\p{Script=Han}·]{2,4}(?:[\s\u3000、]{1,3}[\p{Script=Han}·]{2,4}){0,3}))?[\s\u3000]*([）)])$/u;

export const OUTLET = /(?:报|報|网|網|社|台|新闻|新聞|客户端|客戶端|杂志|雜誌|周刊|週刊|融媒|融媒体中心|融媒體中心)$/u;

/** The source glued in brackets to the end of the last paragraph. */
export function trailingSource(tree: Root, file: VFile): void {
  const last = [...tree.children].reverse().find((n) => n.type === 'paragraph' && !isDirective(n));
  const tail = last?.type === 'paragraph' ? last.children[last.children.length - 1] : undefined;
  if (!last || tail?.type !== 'text') return;
  const m = TRAILING_SOURCE.exec(tail.value.trimEnd());
  // A figure's or a quotation's source (`（来源：国家统计局）`) is the text's citation: only an outlet is the story's.
  if (!m || !OUTLET.test(m[2]!.trim())) return;
  const line = lineOf(last);
  record(file, { rule: RULE, kind: 'removed', line, text: `${m[1]!.trim()}${m[5]!}`, to: 'label of front matter: source' });
  setSource(file, m[2]!.trim(), 2, line);
  record(file, { rule: RULE, kind: 'moved', line, text: m[2]!.trim(), to: 'front matter: source' });
  if (m[4] !== undefined) {
    const people = separateNames(m[4].trim());
    record(file, { rule: RULE, kind: 'removed', line, text: m[3]!.trim(), to: 'label of front matter: byline' });
    const known = metaOf(file).byline;
    if (known === undefined) pushMeta(file, 'byline', people);
    record(file, { rule: RULE, kind: known === undefined ? 'moved' : 'removed', line, text: people, to: known === undefined ? 'front matter: byline' : 'a repeat of front matter: byline' });
  }
  tail.value = tail.value.trimEnd().slice(0, m.index).trimEnd();
}

/**
 * The account's card under a copied post (`桤城晚报` / `桤城晚报官方头条号` / `38.2万粉丝` / `关注`): once the card's
 * other lines are gone, the account's name is left alone after the text. Where it is the source the front
 * matter names already, it is the card's, and goes.
 */
export function trailingAccount(tree: Root, file: VFile): void {
  const source = metaOf(file).source;
  const last = tree.children[tree.children.length - 1];
  if (typeof source !== 'string' || last?.type !== 'paragraph' || text(last).trim() !== source) return;
  if (tree.children.filter((n) => n.type === 'paragraph' && countHan(text(n)) >= 20).length < 2) return;
  record(file, { rule: RULE, kind: 'removed', line: lineOf(last), text: text(last).trim(), to: "the account's name on its card after the text (the front matter's source)" });
  tree.children.pop();
}
