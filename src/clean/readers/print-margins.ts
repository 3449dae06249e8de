/**
 * print-margins: a web page printed to PDF by a browser with its headers and footers on (Chromium's "Headers and
 * footers"), then read back as text (pdftotext): every page opens with the print's date and time
 * (`12/5/26, 5:35 PM`) and the page's `<title>` (in either order), and closes with the page's address and its number of the
 * print's pages (`1/2`), a form feed between pages. The same lines on every page and the page numbers counting
 * up to their total are the evidence; they are removed, each reported, and the pages run on into each other,
 * so that a sentence the page break cut is one line after another again (page-break joins it as any wrap).
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';
import { unspaced } from '../chars.ts';

export const RULE = 'print-margins';

// Chromium's date in the header: the locale's short date and time (`12/5/26, 5:35 PM`, `2026/12/5 17:35`).
const PRINT_DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?|\d{4}\/\d{1,2}\/\d{1,2},? \d{1,2}:\d{2})$/u;
const PAGE_OF = /^(\d{1,3})\/(\d{1,3})$/u;
const ADDRESS = /^(?:https?|file):\/\/\S+$/u;
const HEAD_LINE = new RegExp(`^(${PRINT_DATE.source.slice(1, -1)})[ \\t]{2,}(\\S.*)$`, 'u');
const FOOT_LINE = /^((?:https?|file):\/\/\S+)[ \t]{2,}(\d{1,3}\/\d{1,3})$/u;
// (`pdftotext -raw` keeps the reading order the PDF stores: the header and the footer at the page's end, each on
// one line with one space between its parts.)
const RAW_HEAD = new RegExp(`^(${PRINT_DATE.source.slice(1, -1)}) (\\S.*)$`, 'u');
const RAW_FOOT = /^((?:https?|file):\/\/\S+) (\d{1,3}\/\d{1,3})$/u;

interface Page {
  /** Line indexes of the page's header and footer lines, and of the blank lines round them. */
  margins: number[];
  date: string;
  title: string;
  address: string | undefined;
  addressAt: number | undefined;
  /** The number of pages the footer says the print has. */
  of: number;
}

export function printMargins(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // The same date and title at every page's top, the same address at its foot. (A stray space in one copy of the
  // title, a scrape's, makes it no other title.)
  const printed = (pages: Page[] | undefined): boolean => pages !== undefined && pages.length > 0 && pages.every((p) => p.of === pages.length) && new Set(pages.map((p) => p.date)).size === 1 && new Set(pages.map((p) => unspaced(p.title))).size === 1 && new Set(pages.map((p) => p.address)).size === 1;
  let pages = readPages(lines);
  // (The page's own masthead may come between the date and the title in the text, `pdftotext` reading the header's
  // title after the page's first line: the title is then the line every page holds among its first three.)
  if (!printed(pages) && pages !== undefined) {
    for (const hint of new Set(pages.map((p) => p.title))) {
      const hinted = readPages(lines, hint);
      if (printed(hinted)) {
        pages = hinted;
        break;
      }
    }
  }
  if (pages === undefined || !printed(pages)) return undefined;
  const drop = new Set(pages.flatMap((p) => p.margins));
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  // The address in the footer is the printed page's own.
  const address = pages[0]!.address;
  if (address !== undefined && /^https?:/u.test(address)) {
    meta.url = address;
    changes.push({ rule: RULE, kind: 'moved', line: lineMap[pages[0]!.addressAt!] ?? 1, text: address, to: 'front matter: url (the printed page\'s address, in its footer)' });
  }
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((line, i) => {
    const at = lineMap[i] ?? i + 1;
    if (drop.has(i)) {
      const words = line.replace(/\f/gu, '').trim();
      if (words !== '' && !(i === pages[0]!.addressAt && meta.url !== undefined)) changes.push({ rule: RULE, kind: 'removed', line: at, text: words, to: "a printed page's header or footer (the browser's print date, the page's title and address, the page number)" });
      return;
    }
    out.push(line.replace(/\f/gu, ''));
    map.push(at);
  });
  joinWrappedHeadline(out, map, pages[0]!.title, changes);
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

/** The pages of the print, a form feed after each, read with their margins; undefined if one is not a print's page. */
function readPages(lines: string[], hint?: string): Page[] | undefined {
  const pages: Page[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !lines[i]!.includes('\f')) continue;
    const page = readPage(lines, start, i, pages.length + 1, hint);
    if (!page) {
      // The rest of the text after the last page (an empty line after the last form feed) is no page.
      if (lines.slice(start, i).join('').replace(/\f/gu, '').trim() === '') break;
      return undefined;
    }
    pages.push(page);
    start = i;
  }
  return pages;
}

/**
 * The headline the print wrapped over two lines (`…餐馆应保留纸` / `质菜单`): the page's title in the header holds it
 * whole, the site's name after a separator. Two lines near the top that make the title's headline, and nothing
 * less than it, are one line again.
 */
function joinWrappedHeadline(out: string[], map: number[], title: string, changes: Change[]): void {
  const whole = unspaced(title);
  for (let k = 0, seen = 0; k + 1 < out.length && seen < 12; k++) {
    const a = unspaced(out[k]!);
    if (a === '') continue;
    seen++;
    const b = unspaced(out[k + 1] ?? '');
    const rest = whole.slice(a.length + b.length);
    if (a.length < 8 || b === '' || !whole.startsWith(a + b) || !(rest === '' || /^[_|｜\-–—]/u.test(rest))) continue;
    changes.push({ rule: RULE, kind: 'joined', line: map[k + 1], text: `${a.slice(-8)}⏎${b}`, to: "one headline, which the print wrapped (the page's title in the header holds it whole)" });
    out.splice(k, 2, `${out[k]!.trimEnd()}${out[k + 1]!.trim()}`);
    map.splice(k + 1, 1);
    return;
  }
}

/** The page in lines [start, end) (the form feed opens its first line), numbered `n`; undefined if its margins are not a print's. */
function readPage(lines: string[], start: number, end: number, n: number, hint?: string): Page | undefined {
  const filled: number[] = [];
  for (let i = start; i < end; i++) if (lines[i]!.replace(/\f/gu, '').trim() !== '') filled.push(i);
  if (filled.length < 3) return undefined;
  const words = (i: number) => lines[i]!.replace(/\f/gu, '').trim();
  // The header and the footer both at the page's end, as `pdftotext -raw` reads them.
  const rawHead = filled.length >= 4 && !PRINT_DATE.test(words(filled[0]!)) && !PRINT_DATE.test(words(filled[1]!)) ? RAW_HEAD.exec(words(filled[filled.length - 2]!)) : null;
  const rawFoot = rawHead ? RAW_FOOT.exec(words(filled[filled.length - 1]!)) : null;
  if (rawHead && rawFoot) {
    const counted = PAGE_OF.exec(rawFoot[2]!)!;
    if (Number(counted[1]) !== n || Number(counted[2]) < n) return undefined;
    const marginLines = [filled[filled.length - 2]!, filled[filled.length - 1]!];
    const margins = new Set(marginLines);
    for (let i = marginLines[1]! + 1; i < end && words(i) === ''; i++) margins.add(i);
    return { margins: [...margins], date: rawHead[1]!, title: rawHead[2]!, address: rawFoot[1]!, addressAt: marginLines[1]!, of: Number(counted[2]) };
  }
  // With its layout kept (`pdftotext -layout`), the header is one line, the date and the title a run of spaces
  // apart, and so is the footer, the address and the page number.
  const head = HEAD_LINE.exec(words(filled[0]!));
  const foot = FOOT_LINE.exec(words(filled[filled.length - 1]!));
  // (The date stands left of the title in the header: a text extractor may read either first.)
  let [first, second] = head ? [filled[0]!, filled[0]!] : PRINT_DATE.test(words(filled[1]!)) && !PRINT_DATE.test(words(filled[0]!)) ? [filled[1]!, filled[0]!] : [filled[0]!, filled[1]!];
  // (The title known from another page: the line among the first three that holds it, the date among the first two.)
  if (hint !== undefined && !head) {
    const dated = filled.slice(0, 2).find((i) => PRINT_DATE.test(words(i)));
    const titled = filled.slice(0, 3).find((i) => unspaced(words(i)) === unspaced(hint));
    if (dated !== undefined && titled !== undefined) [first, second] = [dated, titled];
  }
  // (Or the page's header read at its end with the footer, each part on a line of its own, as pdftotext reads a
  // page whose header it meets after the text: the date, the address, the title, `2/2`.)
  if (!head && !filled.slice(0, 2).some((i) => PRINT_DATE.test(words(i)))) {
    const tail = filled.slice(-5, -1);
    const dated = tail.find((i) => PRINT_DATE.test(words(i)));
    const titled = tail.find((i) => dated !== undefined && i > dated && !ADDRESS.test(words(i)) && (hint === undefined || unspaced(words(i)) === unspaced(hint)));
    if (dated !== undefined && titled !== undefined) [first, second] = [dated, titled];
  }
  const date = head ? head[1]! : words(first);
  const title = head ? head[2]! : words(second);
  const last = filled[filled.length - 1]!;
  const counter = PAGE_OF.exec(foot ? foot[2]! : words(last));
  if (!PRINT_DATE.test(date) || !counter || Number(counter[1]) !== n || Number(counter[2]) < n) return undefined;
  // (The page's own foot, printed level with the footer, may come between them in the text: `…ICP备…号`, or its
  // telephone and licence lines, `电话：…` / `湘ICP备…号`; every page's address must still be the same.)
  const address = foot ? last : filled.slice(-6, -1).reverse().find((i) => ADDRESS.test(words(i)));
  const addressText = foot ? foot[1]! : address !== undefined ? words(address) : undefined;
  const marginLines = [...new Set([first, second, last, ...(address !== undefined ? [address] : [])])];
  // The blank lines round the margins go with them: the pages' text runs on.
  const margins = new Set(marginLines);
  for (const m of marginLines) {
    for (let i = m + 1; i < end && words(i) === ''; i++) margins.add(i);
    for (let i = m - 1; i >= start && words(i) === '' && !lines[i]!.includes('\f'); i--) margins.add(i);
  }
  return { margins: [...margins], date, title, address: addressText, addressAt: address, of: Number(counter[2]) };
}
