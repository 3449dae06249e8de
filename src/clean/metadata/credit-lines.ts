/**
 * metadata: credit lines of several roles (`本版采写／…记者　某某　摄影／…`), a writer's name before a bar and
 * the site, newspaper3k's authors list, a securities paper's marked credits, an account's lines under the title.
 */
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { isDirective, lineOf, text } from '../tree.ts';
import { separateNames } from '../chars.ts';
import { looksLikePersonName } from '../names.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { REPORTER_ROLE } from '../roles.ts';
import { DATE, type LabelledField } from '../labelled-line.ts';
import { RULE, setSource, splitEditors, unbracketed, NAMES, SP } from './values.ts';

/**
 * A reposted WeChat article opens with the account that posts it, under the title: the author, then the
 * account's name, each on a line of its own (`蒋萌` / `中国信息安全`), or the original publisher's desk
 * (`正在新闻热点组`). Left in the body they read as subheadings. Before the first paragraph of text, a
 * line that is one of the article's sources (its front matter, or a 来源 line) goes (reported), a short
 * name just before it becomes the byline, and a source followed by a few characters (a desk) too.
 */
export function accountLines(nodes: RootContent[], file: VFile): RootContent[] {
  const raw = metaOf(file).source;
  const named = [...(Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]), ...(file.data.sourceNames ?? [])];
  const sources = [...new Set(named.map(String))].filter((s) => s.length >= 2);
  if (sources.length === 0) return nodes;
  const line = (node: RootContent | undefined) => (node?.type === 'paragraph' && !isDirective(node) ? text(node).trim() : undefined);
  const bodyStart = nodes.findIndex((n) => { const t = line(n); return t !== undefined && t.length >= 40 && /[。！？]/u.test(t); });
  // (A short notice may hold no such paragraph: its text then starts at its first sentence of any length, and
  // a signature under it is no account's line under the title.)
  const firstSentence = nodes.findIndex((n) => { const t = line(n); return t !== undefined && t.length >= 15 && /[。！？：]$/u.test(t); });
  const head = bodyStart >= 0 ? bodyStart : firstSentence >= 0 ? firstSentence : nodes.length;
  const drop = new Set<number>();
  for (let i = 0; i < head; i++) {
    const t = line(nodes[i]);
    if (t === undefined) continue;
    // The author's line over the account's, both named as sources (a body that writes for its own account).
    const next = line(nodes[i + 1]);
    if (sources.includes(t) && next !== undefined && next !== t && sources.includes(next) && !drop.has(i)) {
      drop.add(i);
      pushMeta(file, 'byline', t);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i]!), text: t, to: 'front matter: byline (the author over the account)' });
      continue;
    }
    if (sources.includes(t)) {
      drop.add(i);
      record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i]!), text: t, to: 'the account name, repeating the front matter: source' });
      // Under it on the account's card, its own description (`某某街道官方账号，发布街道资讯和便民服务信息。`).
      if (next !== undefined && next.length <= 60 && next.startsWith(t) && /官方(?:账号|帳號|帐号|公众号|公眾號|微信|服务平台|服務平台|平台|号|號)|公众号|公眾號/u.test(next) && i + 1 < head) {
        drop.add(i + 1);
        record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i + 1]!), text: next, to: "the account's description on its card" });
      }
      const before = line(nodes[i - 1]);
      // (The author may be a body, as a county's media centre signs its bundles: `某县融媒体中心`.)
      // (Or the article's writers, their names a space apart, `某某 某某`, under WeChat's 原创 badge or named as
      // the byline already.)
      const badge = line(nodes[i - 2]) !== undefined && /^原[创創]$/u.test(line(nodes[i - 2])!);
      const byline = String(metaOf(file).byline ?? '');
      // (Or people's names each, as a reader view prints the page's author field over the site's name.)
      const people = before !== undefined && /^\p{Script=Han}{2,3}(?:[ \u3000]+\p{Script=Han}{2,3}){1,3}$/u.test(before) && (badge || before.split(/[ \u3000]+/u).every((n) => byline.includes(n)) || before.split(/[ \u3000]+/u).every(looksLikePersonName));
      if (before !== undefined && !drop.has(i - 1) && (/^\p{Script=Han}{2,4}$/u.test(before) || people || (before.length <= 16 && looksLikeOrganisation(before)))) {
        drop.add(i - 1);
        pushMeta(file, 'byline', separateNames(before));
        record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i - 1]!), text: before, to: 'front matter: byline' });
        // WeChat's 原创 badge over the author, a line of its own: the platform's mark of an account's own article.
        if (badge && people && !drop.has(i - 2)) {
          drop.add(i - 2);
          record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i - 2]!), text: line(nodes[i - 2])!, to: "the platform's 原创 badge over the author" });
        }
      }
      continue;
    }
    // (A desk by the word its name ends in: a headline that opens with the account's name, `某某医院开设记忆门诊`,
    // names no desk.)
    const desk = sources.find((s) => t.startsWith(s) && /^\p{Script=Han}{0,4}(?:组|組|部|室|中心|团队|團隊|科|处|處|站|频道|頻道|栏目|欄目)$|^(?:网|網|网站|網站|客户端|客戶端|官网|官網|新闻网|新聞網|电子版|電子版|数字报|數字報)$/u.test(t.slice(s.length)) || RELEASE_TAIL.test(t.slice(s.length)));
    if (desk) {
      drop.add(i);
      // `经纬商报网`: the source's site, its banner; `正在新闻热点组`: a desk of it, the byline.
      // `某某局新闻发布稿`: the body's name over the kind of paper it is, its letterhead.
      if (RELEASE_TAIL.test(t.slice(desk.length))) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i]!), text: t, to: "the body's name with its paper's kind, a release's letterhead" });
        continue;
      }
      if (SITE_TAIL.test(t.slice(desk.length))) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(nodes[i]!), text: t, to: "the site's name, the front matter's source" });
        continue;
      }
      pushMeta(file, 'byline', t);
      record(file, { rule: RULE, kind: 'moved', line: lineOf(nodes[i]!), text: t, to: 'front matter: byline' });
    }
  }
  return nodes.filter((_, i) => !drop.has(i));
}

const RELEASE_TAIL = /^(?:新闻发布稿|新聞發佈稿|新闻稿|新聞稿|新闻通稿|新聞通稿|通稿|发布稿|發佈稿)$/u;
export const SITE_TAIL = /^(?:网|網|网站|網站|客户端|客戶端|官网|官網|新闻网|新聞網|电子版|電子版|数字报|數字報|APP|App|app)$/u;

// `本版采写／新京报记者　王瑞锋　摄影／新京报记者　尹亚飞`: one line of roles, each with its people.
// The roles a credit line sets before a slash: the writers, the photographers, and the desk (`编辑/某某`,
// `审核/某某`: the editor is read as such, the other production credits go).
// (丨, a Han character, stands for the bar in many an account's credits: `图丨某某`.)
export const ROLE = /(?:本版|本文)?(采写|撰文|文字|文|摄影|插图|题图|配图|图片|图|责任编辑|责编|编辑|审核|校对|美编|监制|统筹)[\s\u3000]*[／/｜|丨]/gu;
// (A photo's credit may name the body that gave it, `图/某某项目部`.)
const GIVER = '\\p{Script=Han}{2,16}?(?:部|站|局|中心|社|馆|館|院|队|隊|会|會|办|辦|室|科|处|處|所|委|台|报|報|网|網|公司|学校|學校)';
export const ROLE_LINE = new RegExp(`^(?:(?:(?:本版|本文)?(?:采写|撰文|文字|文|摄影|插图|题图|配图|图片|图|责任编辑|责编|编辑|审核|校对|美编|监制|统筹)${SP}[／/｜|丨]${SP}(?:[\\p{Script=Han}]{0,8}?(?:记者|通讯员))?${SP}${NAMES}|(?:摄影|插图|题图|配图|图片|图)${SP}[／/｜|丨]${SP}${GIVER})${SP})+$`, 'u');
export const DESK = /^(?:责任编辑|责编|编辑)$/u;
// A role word with the paper that gives it (`新京报记者`, `本刊记者`, `实习记者`).
export const ROLE_IN_BYLINE = new RegExp(`(?:\\p{Script=Han}{1,8}?(?:报|報|网|網|社|台|新闻|新聞|融媒|客户端|客戶端|杂志|雜誌|周刊|週刊))?(?:全媒体|全媒體|融媒体|融媒體|首席|见习|見習|摄影|攝影)?${REPORTER_ROLE}`, 'gu');
export const PRODUCTION = /^(?:审核|校对|美编|监制|统筹)$/u;

export function roleLine(node: RootContent, file: VFile): boolean {
  if (node.type !== 'paragraph' || isDirective(node)) return false;
  const whole = text(node).trim();
  const value = unbracketed(whole);
  if (value.length > 80 || !ROLE_LINE.test(value)) return false;
  const line = lineOf(node);
  if (value !== whole) record(file, { rule: RULE, kind: 'removed', line, text: `${whole[0]}${whole[whole.length - 1]}`, to: "the credit line's brackets" });
  const marks = [...value.matchAll(ROLE)];
  marks.forEach((m, k) => {
    const segment = value.slice(m.index, marks[k + 1]?.index ?? value.length).trim();
    if (/摄影|图/u.test(m[1]!)) {
      pushMeta(file, 'photo_credits', segment);
      record(file, { rule: RULE, kind: 'moved', line, text: segment, to: 'front matter: photo_credits' });
      return;
    }
    if (PRODUCTION.test(m[1]!)) {
      record(file, { rule: RULE, kind: 'removed', line, text: segment, to: 'a production credit' });
      return;
    }
    if (DESK.test(m[1]!)) {
      const editor = segment.slice(m[0].length).trim();
      for (const name of splitEditors(editor, file)) pushMeta(file, 'editor', name);
      record(file, { rule: RULE, kind: 'moved', line, text: editor, to: 'front matter: editor' });
      record(file, { rule: RULE, kind: 'removed', line, text: m[0], to: 'label of front matter: editor' });
      return;
    }
    // The writers, each after the role word the line gives them (`本刊记者 某某 实习记者 某某`): the names, one
    // U+3000 apart, as a byline of several people is written; the role words are labels.
    const people = segment.slice(m[0].length);
    record(file, { rule: RULE, kind: 'removed', line, text: m[0].trim(), to: 'label of front matter: byline' });
    for (const r of people.matchAll(ROLE_IN_BYLINE)) record(file, { rule: RULE, kind: 'removed', line, text: r[0], to: 'a role in the byline' });
    // Where a token left is no name's length (`溪南日报全媒体`: a role this pattern does not know), the last name
    // alone is the byline, as it was before roles were read one by one.
    const tokens = people.replace(ROLE_IN_BYLINE, ' ').trim().split(/[\s\u3000、，]+/u);
    const person = tokens.length > 1 && !tokens.every((t) => /^[\p{Script=Han}·]{2,4}$/u.test(t)) ? tokens[tokens.length - 1]! : tokens.join('\u3000');
    // (The words before that name go into the report, not nowhere: `新京\t报记者` cut by a stray tab is such a role.)
    if (person === tokens[tokens.length - 1] && tokens.length > 1) {
      for (const t of tokens.slice(0, -1)) if (t !== '') record(file, { rule: RULE, kind: 'removed', line, text: t, to: "a word of the credit's role before the writer's name" });
    }
    pushMeta(file, 'byline', person);
    record(file, { rule: RULE, kind: 'moved', line, text: person, to: 'front matter: byline' });
  });
  return true;
}

/**
 * `弓念慈  |  苔痕文学  2024-11-08`: a writer's name, a bar, the site, its date — a literary site's credit line. The
 * name is a byline where it reads as a person's name or the site is the one the page's title names.
 */
export function nameBarSite(value: string, file: VFile): LabelledField[] | undefined {
  const m = /^([\p{Script=Han}·]{2,4})[\s\u3000]*[|｜][\s\u3000]*([\p{Script=Han}A-Za-z]{2,12})[\s\u3000]+(\d{4}[-/.年][^\s\u3000]{3,10})$/u.exec(value);
  if (!m || !DATE.test(m[3]!) || !(looksLikePersonName(m[1]!) || m[2] === String(metaOf(file).source ?? ''))) return undefined;
  return [{ key: 'byline', label: '', value: m[1]! }, { key: 'place', label: '|', value: '' }, { key: 'source', label: '', value: m[2]! }, { key: 'published', label: '', value: m[3]! }];
}

// newspaper3k's `authors` as a script prints the Python list: `['港湾日报']`, `['沈嘉禾', '唐维舟']`, `[]`.
export const PY_LIST = /^\[(?:(['"])[^'"\[\]\n]{1,40}\1(?:[ ]?,[ ]?)?)*\]$/u;
export const PY_ITEM = /(['"])([^'"\[\]\n]{1,40})\1/gu;

/** The list's people are the byline, a paper or site in it (the page's meta author) the source; the rest goes. */
export function authorsList(value: string, node: RootContent, file: VFile): boolean {
  if (!PY_LIST.test(value)) return false;
  const line = lineOf(node);
  const items = [...value.matchAll(PY_ITEM)].map((m) => m[2]!.trim());
  const people = items.filter((v) => looksLikePersonName(v));
  const papers = items.filter((v) => !looksLikePersonName(v) && (looksLikeOrganisation(v) || /(?:报|報|网|網|社|台|新闻|新聞|客户端|客戶端)$/u.test(v)));
  for (const p of people) {
    pushMeta(file, 'byline', p);
    record(file, { rule: RULE, kind: 'moved', line, text: p, to: "front matter: byline (the scraper's authors list)" });
  }
  for (const p of papers) {
    setSource(file, p, 1, line);
    record(file, { rule: RULE, kind: 'moved', line, text: p, to: "front matter: source (the scraper's authors list)" });
  }
  record(file, { rule: RULE, kind: 'removed', line, text: value, to: "the scraper's authors list (a Python list)" });
  return true;
}

/**
 * The script's next print, `publish_date` where the page gave none: Python's `None` on the source line under the
 * list (an empty `[]` among them, which the boilerplate rule has already taken as debris).
 */
export function scriptNone(value: string, node: RootContent, file: VFile): boolean {
  if (value !== 'None') return false;
  const line = lineOf(node);
  if (line === undefined || !PY_LIST.test(file.data.sourceLines?.[line - 2]?.trim() ?? '')) return false;
  record(file, { rule: RULE, kind: 'removed', line, text: value, to: "the scraper's empty publish_date (Python's None under the authors list)" });
  return true;
}

// `⊙记者 任浩然 ○编辑 邝文清`: a securities paper's credit line, each role and its people set off by a mark.
export const CREDIT_MARK = /[⊙○●◎□■◆◇]/u;
export const CREDIT_PART = /^((?:本报|本刊)?(?:特约|实习)?(?:记者|通讯员|摄影记者)|实习生|责任编辑|责编|编辑|摄影|校对|美编)[\s\u3000]*([\p{Script=Han}·]{2,4}(?:[\s\u3000、，]+[\p{Script=Han}·]{2,4}){0,3})$/u;

export function markedCredits(value: string, node: RootContent, file: VFile): boolean {
  if (!CREDIT_MARK.test(value[0] ?? '')) return false;
  const parts = value.split(CREDIT_MARK).map((p) => p.trim()).filter((p) => p !== '');
  const read = parts.map((p) => CREDIT_PART.exec(p));
  if (parts.length < 2 || read.some((r) => r === null)) return false;
  const line = lineOf(node);
  for (const m of read as RegExpExecArray[]) {
    const [role, names] = [m[1]!, m[2]!];
    const people = names.split(/[\s\u3000、，]+/u);
    if (/编辑|责编/u.test(role)) {
      for (const name of people) pushMeta(file, 'editor', name);
      record(file, { rule: RULE, kind: 'moved', line, text: names, to: 'front matter: editor' });
    } else if (role === '摄影') {
      pushMeta(file, 'photo_credits', `${role}　${people.join('\u3000')}`);
      record(file, { rule: RULE, kind: 'moved', line, text: m[0], to: 'front matter: photo_credits' });
      continue;
    } else if (/校对|美编/u.test(role)) {
      record(file, { rule: RULE, kind: 'removed', line, text: m[0], to: 'a production credit' });
      continue;
    } else {
      pushMeta(file, 'byline', people.join('\u3000'));
      record(file, { rule: RULE, kind: 'moved', line, text: names, to: 'front matter: byline' });
    }
    record(file, { rule: RULE, kind: 'removed', line, text: role, to: 'a role in the credit line' });
  }
  for (const mark of value.match(new RegExp(CREDIT_MARK.source, 'gu')) ?? []) record(file, { rule: RULE, kind: 'removed', line, text: mark, to: "the credit line's marks" });
  return true;
}
