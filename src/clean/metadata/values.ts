/**
 * metadata: how a field's value is read and set — the source by the strength of its evidence, editors and
 * reporters out of a list of names, a value out of its brackets.
 */
import type { VFile } from 'vfile';
import { metaOf, pushMeta, record } from '../report.ts';
import { separateNames } from '../chars.ts';
import { REPORTER_ROLE } from '../roles.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';

export const RULE = 'metadata';

// A reporter line of its own, as papers print it under the headline: `本报记者  沈嘉禾  唐维舟`, `□ 何秋池`.
export const ROLE_WORD = '(?:[\\p{Script=Han}]{0,6}?(?:特约|实习)?(?:记者|通讯员|記者)|实习生|實習生|文[\\s\\u3000]*[／/]|图[\\s\\u3000]*[／/])';
export const NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s\\u3000、，]{1,3}[\\p{Script=Han}·]{2,4}){0,4}';
export const SP = '[\\s\\u3000]*';
// `（文/某某 图/某某）`: a credit line in brackets, closing a campus or local story.
export const unbracketed = (v: string) => /^[（(][^（()）]+[）)]$/u.test(v) ? v.slice(1, -1).trim() : v;

// The platform a post was copied from (`来源：知乎` in its copy footer): where it was read, not who published it.
export const PLATFORM = /^(?:知乎|简书|豆瓣|小红书|微博|新浪微博|百度|百家号|今日头条|头条号|搜狐号|网易号|腾讯新闻|企鹅号|微信公众平台|CSDN|博客园|哔哩哔哩|bilibili)$/iu;
// `《某某日报》2024年10月9日 第05版·某某时评`: the paper's name, then its issue, page and column.
export const PRINTED_IN = /^《([^《》]{2,20})》[\s\u3000]*(?:\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?|第[\s\u3000]*[\dA-Z]{1,4}[\s\u3000]*版|[\s\u3000·|｜,，])/u;

export function setSource(file: VFile, value: string, rank: number, line: number | undefined): void {
  const meta = metaOf(file);
  const printed = PRINTED_IN.exec(value);
  if (printed) {
    let rest = value.slice(printed[1]!.length + 2).trim();
    // `《某某法治报》2024年05月21日 第04版`: the print edition's date is the story's, where the page gives none.
    const issue = /^\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?/u.exec(rest);
    if (issue && meta.published === undefined) {
      meta.published = issue[0];
      // (A page's own labelled time, further down, says it more exactly: it replaces this one.)
      file.data.publishedBare = true;
      record(file, { rule: RULE, kind: 'moved', line, text: issue[0], to: "front matter: published (the print edition's date)" });
      rest = rest.slice(issue[0].length).trim();
    }
    if (rest !== '') record(file, { rule: RULE, kind: 'removed', line, text: rest, to: "the issue, page and column after the paper's name" });
    record(file, { rule: RULE, kind: 'removed', line, text: '《》', to: "the marks around the paper's name" });
    value = printed[1]!;
  }
  // `来源：某县融媒体中心综合`: 综合 says the desk compiled the items; the source is the body before it.
  const compiled = /^(\p{Script=Han}{2,20}?(?:中心|社|报|報|网|網|台))(综合|綜合)$/u.exec(value.trim());
  if (compiled) {
    record(file, { rule: RULE, kind: 'removed', line, text: compiled[2]!, to: "a role word after the source's name (compiled by)" });
    value = compiled[1]!;
  }
  if (PLATFORM.test(value.trim())) rank = Math.min(rank, 0);
  const current = file.data.sourceRank ?? 0;
  // (The same name again, from a stronger line: a repeat, whose line's strength the source keeps.)
  if (meta.source !== undefined && String(meta.source) === value) {
    pushMeta(file, 'source', value);
    file.data.sourceRank = Math.max(rank, current);
    return;
  }
  (file.data.sourceNames ??= []).push(value);
  if (meta.source !== undefined) file.data.sourceNames.push(String(meta.source));
  if (meta.source === undefined || rank > current) {
    if (meta.source !== undefined) record(file, { rule: RULE, kind: 'removed', line, text: String(meta.source), to: 'a weaker source (the reposting account or an embedded credit)' });
    meta.source = value;
    file.data.sourceRank = rank;
  } else if (rank < current) {
    record(file, { rule: RULE, kind: 'removed', line, text: value, to: 'a weaker source (an embedded credit)' });
  } else pushMeta(file, 'source', value);
}

/** The people of a bracketed reporters' line, one U+3000 apart; the roles between them are reported. */
export function reportersOnly(value: string, file: VFile): string[] {
  const roles = new RegExp(`[\\s\\u3000]*${REPORTER_ROLE}[\\s\\u3000]*`, 'gu');
  for (const r of value.matchAll(roles)) record(file, { rule: RULE, kind: 'removed', text: r[0].trim(), to: 'a role in a byline' });
  return [separateNames(value.replace(roles, '\u3000').replace(/^\u3000+|(?<!\u3000)\u3000+$/gu, ''))];
}

/** `史建磊_NBJ11331` → 史建磊 (ID kept apart); `陈一豪 唐浚中 全丽` → three names. */
export function splitEditors(value: string, file: VFile): string[] {
  const names: string[] = [];
  const parts = value.split(/[\s\u3000、，,]+/u).filter(Boolean);
  // A name of two characters set to three's width (`汤　薇`): one character is no name, two apart are one.
  for (let k = 0; k + 1 < parts.length; k++) {
    if (!/^\p{Script=Han}$/u.test(parts[k]!) || !/^\p{Script=Han}$/u.test(parts[k + 1]!)) continue;
    const spaced = new RegExp(`${parts[k]}[\\s\\u3000]+${parts[k + 1]}`, 'u').exec(value)?.[0] ?? `${parts[k]} ${parts[k + 1]}`;
    record(file, { rule: RULE, kind: 'changed', text: spaced, to: `${parts[k]}${parts[k + 1]} (a two-character name spaced to three's width)` });
    parts.splice(k, 2, `${parts[k]}${parts[k + 1]}`);
  }
  // The office the editor works in, before the name (`宣传科　唐苒`, a hospital's or a bureau's own page): the
  // editor is the person.
  if (parts.length >= 2 && looksLikeOrganisation(parts[0]!) && parts.slice(1).every(looksLikePersonName)) {
    record(file, { rule: RULE, kind: 'removed', text: parts[0]!, to: "the office before the editor's name" });
    parts.shift();
  }
  for (const part of parts) {
    const m = /^(.+?)_([A-Za-z0-9]+)$/.exec(part) ?? (/^[A-Z]{1,4}\d{2,6}$/.test(part) && names.length > 0 ? ['', '', part] : null);
    if (m && m[1] === '') {
      metaOf(file).editor_id = m[2]!;
      continue;
    }
    if (m) {
      names.push(m[1]!);
      const meta = metaOf(file);
      meta.editor_id = m[2]!;
    } else names.push(part);
  }
  return names;
}
