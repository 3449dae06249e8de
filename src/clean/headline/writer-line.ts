/**
 * title-parts: a reader script prints an extractor's fields one a line over the text (Readability's `title`,
 * `byline`, `excerpt`): under the headline, the page's author field as printed (`某某镇党政办　某某`, `某某 某某`),
 * then the page's description, where the site gives its own name for one (`某某县人民政府门户网站`). The first
 * is the byline; the second the site's, not the story's.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { metaOf, record, reportOf } from '../report.ts';
import { lineOf, sourceText, text } from '../tree.ts';
import { SITE_ONLY, looksLikeOrganisation } from '../organisations.ts';
import { looksLikePersonName } from '../names.ts';
import { RULE } from './lines.ts';
import { namesLine } from './stacked.ts';

// A site's own name as its description (`某某县人民政府门户网站`, `某某新闻网`).
const SITE_DESCRIPTION = /^\p{Script=Han}{2,16}(?:门户网站|門戶網站|门户网|門戶網|官方网站|官方網站|网站|網站)$/u;

export function writerUnderHeadline(tree: Root, file: VFile): void {
  const meta = metaOf(file);
  const changes = reportOf(file).changes;
  // The headline taken, or the text's copy of the title a record gave (ChineseWebText's `info.title`), removed.
  const taken = changes.find((c) => c.rule === RULE && c.kind === 'moved' && /^front matter: title\b/u.test(c.to ?? ''))?.line;
  const copy = taken === undefined ? changes.find((c) => c.rule === RULE && c.kind === 'removed' && c.to === 'repeat of the front-matter title')?.line : undefined;
  const titleLine = taken ?? copy;
  const under = (n: RootContent | undefined, k: number) => n?.type === 'paragraph' && titleLine !== undefined && lineOf(n) === titleLine + k;
  const at = tree.children.findIndex((n) => n.type !== 'yaml');
  const first = tree.children[at];
  if (titleLine === undefined || !under(first, 1)) return;
  const writers = text(first!).trim();
  // (The text's credit line gave the byline already: the author field over the text is its copy.)
  const given = meta.byline === undefined ? undefined : String(meta.byline);
  if (given !== undefined && given.replace(/[\s\u3000]+/gu, '') !== writers.replace(/[\s\u3000]+/gu, '')) return;
  // The text must follow: the writer's line is over it, past the description, not a line of the text's own.
  const next = tree.children[at + 1];
  const site = under(next, 2) && (SITE_DESCRIPTION.test(text(next!).trim()) || SITE_ONLY.test(text(next!).trim()));
  // (A WeChat article's head: the author, then the account that publishes it, `某某儿童医院`. The name alone is
  // read so only over an account's name.)
  const account = !site && under(next, 2) && looksLikeOrganisation(text(next!).trim()) && looksLikePersonName(writers);
  // (Or the description is the text's opening, cut short, as the page's `description` meta copies it: the text then
  // starts again below it, whole. That the three fields stand so is the evidence that the line over it is the
  // author field, whatever name it gives, an account's as well as a person's: `某某检察`.)
  const opening = under(next, 2) ? text(next!).trim() : '';
  const excerpt = !site && !account && opening.length >= 15 && tree.children.slice(at + 2, at + 6).some((n) => n.type === 'paragraph' && text(n).trim().length > opening.length && text(n).trim().startsWith(opening));
  const body: RootContent | undefined = tree.children[at + (site || excerpt || account ? 2 : 1)];
  if (!(namesLine(writers) || account || (excerpt && /^[\p{Script=Han}A-Za-z·]{2,12}$/u.test(writers))) || body?.type !== 'paragraph' || !/[。！？]/u.test(text(body))) return;
  if (given === undefined) meta.byline = writers.replace(/[ \u3000]+/gu, '\u3000');
  record(file, { rule: RULE, kind: given === undefined ? 'moved' : 'removed', line: lineOf(first!), text: writers, to: given === undefined ? "front matter: byline (the page's author field under the headline)" : "the page's author field under the headline (the byline the text credits)" });
  if (site) record(file, { rule: RULE, kind: 'removed', line: titleLine + 2, text: sourceText(file, next!), to: "the site's own name as the page's description, under the author field" });
  if (excerpt) record(file, { rule: RULE, kind: 'removed', line: titleLine + 2, text: sourceText(file, next!), to: "the page's description, the text's opening cut short, under the author field" });
  if (account) record(file, { rule: RULE, kind: 'removed', line: lineOf(next!), text: sourceText(file, next!), to: "the account's name under the author field (the account publishing its own article)" });
  tree.children.splice(at, site || excerpt || account ? 2 : 1);
}
