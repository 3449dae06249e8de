/**
 * chrome-runs: a converter that writes a page's inline runs one after another (html2plaintext) sets the
 * page's chrome on the lines of its neighbours, apart by spaces only: the top bar after the page's title
 * (`标题 - 某某法院     今天是：网站首页 | 手机版`), the breadcrumb after the menu's last link and the headline after
 * the breadcrumb (`- 法治宣传 当前位置：首页 > 法院新闻  标题 发布时间：…`), the share bar after the editor's line,
 * the related list's heading after the next-article link. Each run that a label of the chrome opens
 * (当前位置：, 今天是：, 发布时间：, 分享到：, 上一篇：, 下一篇：, 相关新闻) is set on a line of its own, a blank line
 * apart, where the rules that know such lines read it; a breadcrumb ends where two spaces follow its last
 * link. Only spaces are taken out (each cut reported); a label inside a sentence, with no space before it,
 * is left.
 */
import { splitLines, type Reading } from './reading.ts';

export const RULE = 'chrome-runs';

const GAP = '[ \\t\\u00a0\\u3000]';
// A label that opens a run of the page's chrome, after a space. (`发布时间：` only after a run with no label in
// it, the headline: an information line's second field, `来源：… 发布时间：…`, stays on its line.)
export const CRUMB = '(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|现在位置|您当前的位置|当前的位置)[：:]';
const LABEL = new RegExp(`${GAP}+(?=${CRUMB}|今天是(?:[：:]|\\d{4}年)|(?:发布时间|發佈時間|发布日期|發佈日期)[：:]|分享到[：:]|上一篇[：:]|下一篇[：:]|(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关报道|相關報道|相关链接|相關鏈接)${GAP}*$)`, 'gu');
const DATE_LABEL = /^(?:发布时间|發佈時間|发布日期|發佈日期)[：:]/u;
// A breadcrumb's links apart by `>` (or `»`, `›`, `→`, `/`), then two spaces or more, then what follows it.
const CRUMB_END = new RegExp(`^(${CRUMB}${GAP}*[^\\s>»›→/][^>»›→/\\n]{0,20}?(?:${GAP}*[>»›→/]{1,2}${GAP}*[^\\s>»›→/][^>»›→/\\n]{0,20}?)*)${GAP}{2,}(?=\\S)`, 'u');
// What a run must look like to be cut off the line before it: a line that is all sentence is text.
const MAX_LINE = 400;

export function chromeRuns(text: string, lineMap: number[]): Reading | undefined {
  if (!new RegExp(`${GAP}(?:${CRUMB}|今天是(?:[：:]|\\d{4}年)|分享到[：:]|上一篇[：:]|下一篇[：:]|相关新闻|相關新聞)`, 'u').test(text)) return undefined;
  return splitLines(text, lineMap, RULE, "a run of the page's chrome on a line of its own", (line) => (line.length <= MAX_LINE && !/^\s*\|/u.test(line) ? cut(line) : [line]));
}

function cut(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) {
    const before = line.slice(from, m.index);
    const label = line.slice(m.index + m[0].length);
    // (Nothing before it but a list's bullet or spaces: the run opens its line already.)
    if (/^\s*(?:[-*+•·●▪◦]\s*)?$/u.test(before)) continue;
    if (DATE_LABEL.test(label) && /[：:]/u.test(before.replace(CRUMB_END, ''))) continue;
    pieces.push(before.trimEnd());
    from = m.index + m[0].length;
  }
  pieces.push(line.slice(from));
  // A breadcrumb run, then the headline two spaces after its last link.
  return pieces.flatMap((p) => {
    const crumb = CRUMB_END.exec(p);
    return crumb ? [crumb[1]!, p.slice(crumb[0].length)] : [p];
  });
}
