/**
 * captions: captions of photos that were not scraped are kept as caption
 * blocks (`:::caption{credit="…"}`), never as body paragraphs. Recognised by
 * a ▲/△ marker, by the scraper's stray ASCII space before the `　　` indent
 * together with the `这是…`/`图为…` formula, or glued onto the end of a
 * paragraph (`…。图为…新华社记者 公磊 摄`). A photo credit on the next line,
 * or at the caption's end, becomes the caption's credit.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { record } from '../report.ts';
import { looksLikeOrganisation } from '../organisations.ts';
import { container, isDirective, lineOf, paragraph, rawLineOf, text, textNode } from '../tree.ts';
import { countHan, endsOpen, escapeRegExp, halfWidthDigits, HEAD_MARK, isHeadingLike, ODD_LEAD_SPACE, separateNames, STRAY_BETWEEN_HAN } from '../chars.ts';
import { REPORTER_ROLE } from '../roles.ts';
import { BUNDLE_LEAD } from './dateline.ts';
import { labelledLine } from '../labelled-line.ts';

export const RULE = 'captions';

const NAME = '[\\p{Script=Han}·]{2,4}';
const SP = '[\\s\\u3000]*';
// Between two names a mark or a space is required, so that the pattern cannot split one run of Han two ways (that backtracked exponentially).
const SEP = '(?:[\\s\\u3000]*[、，][\\s\\u3000]*|[\\s\\u3000]+)';
// Also the agency's `新华社发（某某 摄）` and the plain `某某/摄`.
const CREDIT_BODY = `(?:(?:新华社|中新社|中新网|人民网|人民日报|新京报|本报|央视网|\\p{Script=Han}{1,8}?(?:社|网|报|台|新闻|融媒体中心|融媒|媒体中心))?(?:全媒体|全媒體|融媒体|融媒體)?(?:特约|见习|實習|实习)?(?:记者|通讯员|摄影记者|摄影)${SP}${NAME}(?:${SEP}${NAME}){0,5}${SP}摄|(?:新华社|中新社)发${SP}[（(]${SP}(?:(?:记者|通讯员)${SP})?${NAME}(?:${SEP}${NAME}){0,3}${SP}摄${SP}[）)]|(?:(?:记者|通讯员)${SP})?${NAME}${SP}[/／]${SP}摄|(?:摄影|攝影|制图|製圖|绘图|繪圖)(?:[：:／/｜|]${SP}|[\\s\\u3000]+)(?:(?:本刊|本报|本報)?(?:特约)?(?:记者|記者)${SP})?${NAME}(?:${SEP}${NAME}){0,3}|(?:受访者|受訪者|\\p{Script=Han}{2,10}?)(?:供图|供圖)|资料图片|資料圖片|资料照片|資料照片|${NAME}(?:${SEP}${NAME}){0,3}${SP}[摄攝]|图[/／][^，。\\s]{1,30}(?:[\\s\\u3000]+[^，。\\s]{2,10})?|(?:图片来源|图片来自|图源)[：:][^，。]{1,30})`;
export const CREDIT = new RegExp(`^${CREDIT_BODY}$`, 'u');
const CREDIT_TAIL = new RegExp(`(?<=[。！？])${SP}(${CREDIT_BODY})${SP}$`, 'u');
// (▽ points down at the photo a WeChat editor set above the line, as ▲ points up at it.)
// (A camera's emoji, 📷, is a WeChat editor's mark for the same.)
// (▼ as well, where a line follows it: alone, over a video, it marks nothing.)
const MARKER = /^[\s\u3000]*([▲△▽▼↑]|📷|📸)[\s\u3000]*/u;
// `■…。 资料图片`: Hong Kong papers mark a caption with ■ (or ●), which mainland papers also set before a
// reporter line or a section's heading; with a photo credit closing the line it is a caption's mark.
const SQUARE_MARKER = /^[\s\u3000]*([■●])[\s\u3000]*/u;
// A file photo's bare credit after the caption's last sentence, a space between (`…没有班次。 资料图片`).
// (Or a photo agency's name alone: `…叶状地衣。IC photo`, `…。视觉中国`.)
const STOCK_TAIL = /(?<=[。！？])[\s\u3000]*(资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|IC[ ]?photo|视觉中国|視覺中國|图虫创意|圖蟲創意|东方IC|東方IC|人民视觉|人民視覺|CFP)[\s\u3000]*$/u;
// A line of its own that opens with `图为` / `图：` / `图丨` speaks of a photo: the words are the caption's marker.
const LEAD_MARKER = /^[\s\u3000]*(图为|圖為|图：|圖：|图:|圖:|(?:图片[ \t]?说明|圖片[ \t]?說明|图说|圖說|图注|圖註)[：:]|[图圖][\s\u3000]*[丨｜|](?=[\s\u3000]*\p{Script=Han}{7})|[图圖][\s\u3000]*[\d０-９]{1,2}(?:[\s\u3000]*[：:．.]|\u3000|[ ]{1,2}(?=\p{Script=Han}))|[图圖][①-⑳])[\s\u3000]*(?=\S)/u;
// A figure's caption, a sentence, in the square brackets of a converter's plain text.
const FIGURE_BRACKETS = /^\[([^[\]]{5,80}[。！？])\]$/u;
// The word a page's photo is given for alt text when it has none of its own.
// (Or the photo file's name, as a camera or a chat app saves it: `微信图片_20260527093512`, `IMG_2041.JPG`.)
const GENERIC_ALT = /^(?:图片|圖片|照片|图像|圖像|配图|配圖|image|Image|IMAGE|img|photo|Photo|picture|Picture|(?:微信图片|微信圖片|IMG|DSC|DSCN|mmexport|Screenshot|屏幕截图|截图)[_-]?\d{4,17}(?:[_-]\d{1,6})?(?:\.(?:jpe?g|JPE?G|png|PNG|gif|webp))?)$/u;
const FORMULA = /(这是|图为|图片为|右图|左图)/u;
const CREDITED_LINE = new RegExp(`^([^]{2,60}?\\p{Script=Han}[^]{0,60}?[。.！？])${SP}((?:图片来源|图片来自|图源)[：:]?[^，。\\s]{1,20}|(?:图|摄影)[：:／/][^，。\\s]{1,20}|[\\p{Script=Han}A-Za-z]{2,16}?(?:供图|供圖)|${CREDIT_BODY})${SP}[。.]?$`, 'u');
// The credit in brackets: who took it (`某某摄`, `某某供图`) or where it was taken from (`取自某某脸书`).
// A credit may carry the day the photo was taken after it (`（環島社記者陳怡君攝　113年5月12日）`), or name its
// photographer after a label (`（摄影：李慧珊）`, `（摄影/卞晓棠）`).
// (A stray space inside the date, `5月12 日`, is the scrape's; whitespace takes it out later.)
const PHOTO_DATE = '(?:[\\s\\u3000]+(?:\\d{2,4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}))?';
// The labels a bracketed credit may open with (`（图片/某某部）`, `（图片拍摄：某某科）`).
const CREDIT_LABEL = '图片来源|圖片來源|图源|圖源|照片提供|照片來源|照片来源|图片提供|圖片提供|图片作者|圖片作者|照片作者|摄影作者|攝影作者|图片拍摄|圖片拍攝|照片拍摄|照片拍攝|摄影|攝影|拍摄|拍攝|供图|供圖|照片|图片|圖片';
const PAREN_CREDIT = `(?:图片|圖片)?(?:取自|来自|來自|截自|翻摄自|翻攝自|源自)[^（）()，。]{2,24}|[^（）()，。]{2,24}?(?:供图|供圖|摄|攝|提供|截图|截圖|图片|圖片)${PHOTO_DATE}|(?:摄影|攝影|拍摄|拍攝|图|圖)[\\s\\u3000]*[：:／/][\\s\\u3000]*[\\p{Script=Han}·]{2,4}(?:[、\\s\\u3000][\\p{Script=Han}·]{2,4}){0,3}|(?:图|圖)[\\s\\u3000]*[／/][\\s\\u3000]*\\p{Script=Han}{2,16}(?:站|局|中心|社|馆|館|院|部|队|隊|会|會|办|辦|室|科|股|处|處|所|厅|廳|委|台|报|報|网|網|公司|学校|學校)|资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|(?:${CREDIT_LABEL})[：:／/][\\s\\u3000]*[^（）()，。]{2,24}`;
const PAREN_CREDIT_ONLY = new RegExp(`^(?:${PAREN_CREDIT})$`, 'u');
const PAREN_CREDIT_LINE = new RegExp(`^([^]{2,80}?[。！？])[\\s\\u3000]*[（(](${PAREN_CREDIT})[）)]$`, 'u');
// Without a full stop (`6月17日16时雷达回波图（沣原市气象台供图）`), only a photographer's or a giver's credit says so
// (or a video's still: `市民在桥下的篮球场打球（视频截图）`).
// (Or in square brackets, as a page sets its credit off: `…演唱【县总工会　摄】`.)
// (A WeChat editor's bar stands for the slash, `（摄影｜某某）`; a frame from a camera names its kind, `（监控画面）`;
// a file photo says so, `1958年建成的某某码头（资料图）`.)
const STILL = '(?:监控画面|監控畫面|监控视频|監控視頻|无人机照片|無人機照片|航拍照片|航拍画面|航拍畫面|无人机航拍|無人機航拍)';
const STILL_KIND = new RegExp(`^${STILL}$`, 'u');
const FILE_PHOTO = /^(?:资料图片|資料圖片|资料图|資料圖|资料照片|資料照片)$/u;
const CHART_CREDIT = /^(?:制图|製圖|绘图|繪圖)[：:／/｜|\s\u3000]/u;
const PAREN_CREDIT_BARE = new RegExp(`^([^。！？，,（()）【】]{4,48})[\\s\\u3000]*[（(【]([^（）()，。]{2,24}?(?:供图|供圖|摄|攝|截图|截圖)|(?:图|圖|摄影|攝影)[\\s\\u3000]*[／/：:｜丨|][\\s\\u3000]*[\\p{Script=Han}·]{2,4}|(?:${CREDIT_LABEL})[\\s\\u3000]?[：:／/][\\s\\u3000]*[^（）()，。]{2,24}|${STILL}|资料图片|資料圖片|资料图|資料圖|资料照片|資料照片)[）)】]$`, 'u');
// (Or a desk that sent the photo in, `…分装泡菜（县商务局外贸股供稿）`, a body by its name's last word: only between
// paragraphs, where the line is no story's last, whose `（…供稿）` names the story's source.)
const PAREN_SUPPLIED_BARE = /^([^。！？，,（()）【】]{4,48})[\s\u3000]*[（(](\p{Script=Han}{2,16}(?:站|局|中心|社|馆|館|院|部|队|隊|会|會|办|辦|室|科|股|处|處|所|厅|廳|委|台|报|報|网|網|公司)供稿)[）)]$/u;
// (Or one that names its giver in full, `（图片由某某股提供）`: no sentence's words, so the line before it may hold a
// comma, `决赛现场，…奋力拉绳`, and no full stop.)
const PAREN_GIVEN_BARE = /^([^。！？（()）【】]{4,60}[^。！？，,（()）【】\s])[\s\u3000]*[（(]((?:图片|圖片|照片)由[^（）()，。]{2,20}提供)[）)]$/u;
// A marked caption's credit in brackets at its end (`▲…宣布计划。（记者陈思敏摄）`).
const PAREN_TAIL = new RegExp(`(?<=[。！？\\p{Script=Han}])[\\s\\u3000]*[（(](${PAREN_CREDIT})[）)][\\s\\u3000]*$`, 'u');
const SPOKEN_CAPTION = /^(图像加注文字|圖像加註文字)[，,][\s\u3000]*/u;
const SPOKEN_CREDIT = /^(图像来源|圖像來源)[\s\u3000]*[，,][\s\u3000]*(.{1,40})$/u;
// The story's lead must follow the credit at once (`本报讯`, `新华社…电`, `（记者…）`): `他拿起相机。王明摄影多年` is text.
// Every credit CREDIT_BODY reads holds one of these (摄, 图, or 照 of 资料照片): a text without any holds no credit.
const CREDIT_CHAR = /[摄攝图圖照]/u;
const LEAD_CAPTION = new RegExp(`^([^。！？]{4,60}[。！？])${SP}(${CREDIT_BODY})${SP}(?=本报|本報|本刊|新华社|新華社|中新社|中新网|[（(]|记者|記者|[\\p{Script=Han}]{2,8}?(?:讯|訊|电|電)[（(，,：:])`, 'u');

/**
 * A caption and its credit at the start of a paragraph (LEAD_CAPTION), read as well with the stray spaces of the
 * scrape taken out of it (`本 报记者`), as the edition will print it; `end` is where it ends in `value`.
 */
// Or a quote that opens the paragraph (`…洗澡。　帅文静　摄“以前只会…`: a document's photo frame, anchored to the
// paragraph, printed at its start), where a space parts the caption from its credit.
const LEAD_CAPTION_QUOTE = new RegExp(`^([^。！？]{4,60}[。！？])[\\s\\u3000]+(${CREDIT_BODY})${SP}(?=[“「])`, 'u');

function leadCaption(value: string): (RegExpExecArray & { end: number; respaced: boolean }) | null {
  const m = LEAD_CAPTION.exec(value) ?? LEAD_CAPTION_QUOTE.exec(value);
  if (m) return Object.assign(m, { end: m[0].length, respaced: false });
  const head = value.slice(0, 120);
  const tidy = head.replace(STRAY_BETWEEN_HAN, '');
  if (tidy === head) return null;
  const t = LEAD_CAPTION.exec(tidy + value.slice(120));
  if (!t || t[0].length > tidy.length) return null;
  // Where the match ends in the text as it stands: past as many kept characters, the removed spaces between.
  let kept = 0;
  let end = 0;
  const removed = new Set([...head.matchAll(STRAY_BETWEEN_HAN)].map((x) => x.index));
  while (kept < t[0].length) {
    if (!removed.has(end)) kept++;
    end++;
  }
  return Object.assign(t, { end, respaced: true });
}

const PORTRAIT = /^[\p{Script=Han}·]{2,6}(?:同志|先生|女士|教授|院士|老师|老師)?[（(]\d{4}(?:年\d{0,2}月?)?[—－–-]{1,2}\d{4}(?:年\d{0,2}月?)?[）)]$/u;
const POSITION = /[（(](?:前排|后排|後排|中排)?(?:左|右|中)[一二三四五六七八九\d]?[）)]/u;
const PHOTO_WORDS = /资料图|图为|图片|上图|下图|左图|右图|摄于|照片/u;
const GLUED = new RegExp(`(?<=[。！？][”’」』]?)(图为[^]{4,200}?${CREDIT_BODY})${SP}$`, 'u');
// A caption glued after the last sentence without 图为: it opens with the day the photo was taken (`7月20日，…`)
// and ends in a photographer's credit, as captions do and sentences of the text do not.
const DATED_GLUED = new RegExp(`(?<=[。！？][”’」』]?)(\\d{1,2}${SP}月${SP}\\d{1,2}${SP}日[，,][^。！？]{4,100}[。！？]${SP}${CREDIT_BODY})${SP}$`, 'u');
// Or one plain sentence, then a photographer's credit set apart by a space or named by a reporter's role
// (`…读本。学生们在“成人誓言墙”上签名。麦秋岚 摄`): a reader view ran the caption under a photo onto the paragraph
// above. Words glued to 摄 (`…他正在拍摄`) are a sentence's; no one speaks in a caption.
const SPACED_PHOTOGRAPHER = `(?:(?:本报|本報)?(?:特约)?(?:记者|記者|通讯员|通訊員|摄影记者)${SP}${NAME}(?:${SEP}${NAME}){0,3}${SP}|${NAME}(?:${SEP}${NAME}){0,3}[\\s\\u3000]+)[摄攝]`;
const PLAIN_GLUED = new RegExp(`(?<=[。！？][”’」』]?)([^。！？：:]{4,40}[。！？]${SP}${SPACED_PHOTOGRAPHER})${SP}$`, 'u');
// These patterns open with a lookbehind, tried at every position of a paragraph: the word each needs is looked for first.
const glue = (value: string) => (value.includes('图为') ? GLUED.exec(value) : null) ?? (value.includes('月') ? DATED_GLUED.exec(value) : null) ?? (/[摄攝][\s\u3000]*$/u.test(value) ? PLAIN_GLUED.exec(value) : null);

export interface Options {
  /** After the joins: only the lines that end in a credit, which a join may just have made whole. */
  late?: boolean;
}

export default function remarkCaptions(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const out: RootContent[] = [];
    const kids = tree.children;
    // A source that marks its headings (`### …`, before any rule made one) marks every heading it has.
    const markedHeads = kids.some((n) => n.type === 'heading' && n.depth >= 2);
    let lastBullet = -2;
    const charts = options.late ? new Map<number, Chart>() : chartsOf(kids);
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      const chart = charts.get(i);
      if (chart && node.type === 'paragraph') {
        for (const k of chart.data) record(file, { rule: RULE, kind: 'removed', line: lineOf(kids[k]!), text: text(kids[k]!), to: "a chart's legend, labels and values, read as text (the chart itself was not scraped)" });
        chartLegend(out, file, node);
        out.push(caption(file, node, text(node).trim(), chart.credit === undefined ? undefined : text(kids[chart.credit]!).trim()));
        i = chart.credit ?? i;
        continue;
      }
      if (node.type !== 'paragraph') {
        out.push(node);
        continue;
      }
      // A caption set in italics (`*…。(某报图片)*`) is read as its text: the italics were the page's caption style.
      const only = node.children.length === 1 ? node.children[0] : undefined;
      // So is one over a photographer's credit line (`_…检查。_` / `摄影／某某`, a `<br>` between them).
      const after = kids[i + 1];
      // (Asked only of a short italic line: the credit patterns are not run on the line below every paragraph.)
      const creditBelow = () => text(node).trim().length <= 80 && after?.type === 'paragraph' && CREDIT.test(text(after).trim()) && PHOTOGRAPHER.test(text(after).trim());
      if (only?.type === 'emphasis' && only.children.length === 1 && only.children[0]!.type === 'text' && (PAREN_CREDIT_LINE.test(only.children[0]!.value.trim()) || creditBelow())) {
        node.children = [only.children[0]!];
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '*…*', to: "the caption's italics" });
      }
      const raw = rawLineOf(file, node);
      const value = text(node).trim();
      // A ▲ that a join or split has just brought to a paragraph's start is a caption's marker in the late pass too.
      const square = value.length <= 120 ? SQUARE_MARKER.exec(value) : null;
      const squareCaption = square && node.children.length === 1 && hasCredit(value.slice(square[0].length)) ? square : null;
      const markedLine = MARKER.exec(value);
      // ▲ as a list's bullet (`▲ 第一，加强监管；`): an item that ends as a clause does, with no credit on it
      // or under it, is no caption; a caption is a phrase or ends its sentence.
      // The list's last item, which ends in a full stop, goes with the items before it.
      const bullet = markedLine && (/[；;，,、：:]$/u.test(value) || lastBullet === i - 1) && !/^[图圖]/u.test(value.slice(markedLine[0].length)) && !hasCredit(value) && !(kids[i + 1]?.type === 'paragraph' && CREDIT.test(text(kids[i + 1]!).trim()));
      if (bullet) lastBullet = i;
      const lead = bullet || markedLine || squareCaption || options.late || value.length > 120 || node.children.length !== 1 ? null : LEAD_MARKER.exec(value);
      // (`图丨某某县红十字会`: a body's name alone after the bar is the photos' credit, which metadata reads.)
      const creditOnly = lead !== null && /^[图圖][\s\u3000]*[丨｜|]/u.test(lead[1]!) && looksLikeOrganisation(value.slice(lead[0].length).trim());
      const marker = bullet ? null : markedLine ?? squareCaption ?? (creditOnly ? null : lead);
      if (marker || (!options.late && /^ +\u3000/.test(raw) && FORMULA.test(value))) {
        let captionText = marker ? value.slice(marker[0].length) : value;
        if (marker) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: marker[1]!, to: 'caption marker' });
        let credit: string | undefined;
        // (After a caption with no full stop, the credit a space apart: `▲…张贴的公告 计若岚 摄`.)
        const spaced = marker && !/[。！？]/u.test(captionText) ? SPACED_CREDIT.exec(captionText) : null;
        const tail = CREDIT_TAIL.exec(captionText) ?? PAREN_TAIL.exec(captionText) ?? STOCK_TAIL.exec(captionText);
        // A caption, its credit and the text run on after them in one block (a converter joined a column's lines:
        // `▲…散步。 本报记者 晏子墨 摄 “选址时…`): the caption and its credit stand where the photo did, the text
        // goes on as a paragraph of its own.
        const runOn = marker && !spaced && !tail && node.children.length === 1 ? CREDIT_THEN_TEXT.exec(captionText) : null;
        if (runOn && captionText.length - runOn[0].length >= 20) {
          const rest = captionText.slice(runOn[0].length).trim();
          record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: `${runOn[1]}${runOn[2]}`, to: 'caption block, the text after its credit a paragraph of its own' });
          altAbove(out, file, markedHeads, runOn[1]!);
          out.push(caption(file, node, runOn[1]!.trim(), runOn[2]!), { type: 'paragraph', children: [textNode(rest)], position: node.position, data: { ...node.data } } as Paragraph);
          continue;
        }
        if (spaced) {
          credit = spaced[2]!;
          captionText = spaced[1]!.trimEnd();
        } else if (tail) {
          credit = tail[1]!;
          if (!tail[0].trim().startsWith(credit)) record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '（）', to: "the credit's brackets" });
          captionText = captionText.slice(0, tail.index).trimEnd();
        } else {
          const next = kids[i + 1];
          if (next?.type === 'paragraph' && CREDIT.test(text(next).trim())) {
            credit = text(next).trim();
            i++;
          }
        }
        // A marker with nothing after it (`▲` alone) is no caption: the marker was all there was.
        if (captionText.trim() === '' && !credit) continue;
        altAbove(out, file, markedHeads, captionText);
        if (marker && /^[图圖]/u.test(marker[1]!)) chartLegend(out, file, node);
        out.push(caption(file, node, captionText, credit));
        continue;
      }
      // Right under a photo's Markdown line (the image gone), a short line that ends in a credit after a space
      // (`《河床上的城》书封　出版社供图`) is the photo's caption, a sentence or not.
      const underImage = !options.late && value.length <= 60 && node.children.length === 1 && node.children[0]!.type === 'text' && imageAbove(file, node) ? SPACED_CREDIT.exec(value) : null;
      if (underImage) {
        out.push(caption(file, node, underImage[1]!, underImage[2]!));
        continue;
      }
      // (Or no credit, where the line names what the picture is: `绕行线路示意图`, a map's, a plan's, a group photo's.)
      if (!options.late && value.length <= 24 && node.children.length === 1 && node.children[0]!.type === 'text' && PICTURE_NAME.test(value) && imageAbove(file, node)) {
        out.push(caption(file, node, value, undefined));
        continue;
      }
      // A name with the years of a life on a line of its own (`束怀璋同志（1933—2024）`), between paragraphs of the
      // text: a portrait's caption, the portrait not scraped.
      if (!options.late && PORTRAIT.test(value) && out.at(-1)?.type === 'paragraph' && kids[i + 1]?.type === 'paragraph' && countHan(text(kids[i + 1]!)) >= 30) {
        out.push(caption(file, node, value, undefined));
        continue;
      }
      // An aggregator's copy leaves a photo's slot as a run of blank lines where its paragraphs stand one blank
      // line apart: one short sentence right under the slot, text going on below it, is the photo's caption.
      // (Under the text's first paragraph at least: a short opening line under the header is the text's.)
      // (Without its full stop too, where it is no head's length: `郑某某在采集室内捐献造血干细胞`, fifteen characters
      // and more, one clause; a head set under a photo is a phrase.)
      if (!options.late && node.children.length === 1 && node.children[0]!.type === 'text' && (PLAIN_CAPTION.test(value) || BARE_CAPTION.test(value)) && out.some((n) => n.type === 'paragraph' && countHan(text(n)) >= 30) && photoSlotAbove(file, node) && kids[i + 1]?.type === 'paragraph' && countHan(text(kids[i + 1]!)) >= 30) {
        out.push(caption(file, node, value, undefined));
        continue;
      }
      // A copy that leaves a photo's slot as a longer run of blank lines than its paragraphs' gap, and sets a mark
      // before each of its heads (`▎…`): a short unmarked line right under the slot, with no sentence's mark in it
      // and the text run on under it on the next line, is the photo's caption (a head would carry the mark).
      if (!options.late && value.length >= 4 && value.length <= 30 && /^[^。！？；：:“”"「」]+。?$/u.test(value) && node.children.length === 1 && node.children[0]!.type === 'text' && !HEAD_MARK.test(value) && kids[i + 1]?.type === 'paragraph' && countHan(text(kids[i + 1]!)) >= 30 && lineOf(kids[i + 1]!) === (lineOf(node) ?? -9) + 1 && marksHeads(file) && photoSlotAbove(file, node, 2)) {
        out.push(caption(file, node, value, undefined));
        continue;
      }
      // A photo whose page gave it no better alt text prints as the generic word (`图片`, `image`) on a line of its own:
      // the photo stood here. A short line of at most one sentence right under it, more text below, is its caption.
      const under = kids[i + 1];
      if (!options.late && GENERIC_ALT.test(value) && node.children.length === 1 && under?.type === 'paragraph' && under.children.length === 1 && under.children[0]!.type === 'text' && text(under).trim().length <= 80 && (text(under).match(/[。！？]/gu) ?? []).length <= 1 && !/[。！？]./u.test(text(under).trim()) && kids[i + 2] !== undefined) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: value, to: "the photo's generic alt text, printed in its place above the caption" });
        out.push(creditedCaption(file, under, text(under).trim()));
        i++;
        continue;
      }
      // pandoc's plain text prints a figure's caption in square brackets on a line of its own (`[学生们把…交到回收点。]`).
      const bracketedFigure = !options.late && node.children.length === 1 && node.children[0]!.type === 'text' ? FIGURE_BRACKETS.exec(value) : null;
      if (bracketedFigure && countHan(bracketedFigure[1]!) >= 6) {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: '[]', to: "the brackets a converter set round a figure's caption" });
        out.push(creditedCaption(file, node, bracketedFigure[1]!));
        continue;
      }
      // The line under a photo repeats its alt text (images saw it): the photo's caption, with its credit if any.
      if (!options.late && node.data?.altCaption && node.children.length === 1 && node.children[0]!.type === 'text') {
        // Its credit may stand on the line under it (`摄影：某某`, a `<br>` apart).
        const below = kids[i + 1];
        if (!CREDIT_TAIL.test(value) && below?.type === 'paragraph' && CREDIT.test(text(below).trim())) {
          out.push(caption(file, node, value, text(below).trim()));
          i++;
        } else out.push(creditedCaption(file, node, value));
        continue;
      }
      // An image's alt text run into its caption: the line is one text twice over. The photo stood here.
      const half = options.late ? undefined : doubled(value);
      if (half !== undefined && node.children.length === 1 && node.children[0]!.type === 'text') {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: half.drop, to: "the photo's alt text, a copy of its caption" });
        out.push(caption(file, node, half.keep, undefined));
        continue;
      }
      // A screen reader's labels left in the text: `图像来源，Getty Images` / `图像加注文字，…` is a photo's credit
      // and caption; `图像来源，…` alone is a credit (the metadata rule takes it).
      const spoken = SPOKEN_CAPTION.exec(value);
      if (spoken && node.children.length === 1 && node.children[0]!.type === 'text') {
        const prevOut = out[out.length - 1];
        const creditLine = prevOut?.type === 'paragraph' ? SPOKEN_CREDIT.exec(text(prevOut).trim()) : null;
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: spoken[1]!, to: "a screen reader's caption label" });
        if (creditLine) {
          out.pop();
          record(file, { rule: RULE, kind: 'removed', line: lineOf(prevOut!), text: creditLine[1]!, to: "a screen reader's credit label" });
        }
        out.push(caption(file, node, value.slice(spoken[0].length).trim(), creditLine?.[2]?.trim()));
        continue;
      }
      // `许嘉禾（左）和许冬阳在油坊里翻炒菜籽。`: a short line of one sentence that places people in a picture
      // (（左）, （右二）, （前排中）) describes a photo; running text has no left and right to point at. Decided
      // after the joins and the headline (a record's run of captions over its headline is title-parts' to read).
      if (options.late && value.length <= 80 && POSITION.test(value) && (value.match(/[。！？]/gu) ?? []).length <= 1 && node.children.length === 1 && node.children[0]!.type === 'text') {
        const broken = CREDIT_TAIL.test(value) ? undefined : brokenCredit(file, kids, i);
        out.push(broken ? caption(file, node, value, broken.credit) : creditedCaption(file, node, value));
        if (broken) i += broken.count;
        continue;
      }
      // `…群众。（某某局供图）`: a short line ending in a bracketed credit is a caption.
      // (`新华社发（王二 摄）` is a credit alone, no caption.)
      // Both patterns end in the closing bracket: a line that does not is spared them.
      const bracketed = value.length <= 100 && /[）)】]$/u.test(value) ? PAREN_CREDIT_LINE.exec(value) ?? (CREDIT.test(value) ? null : PAREN_CREDIT_BARE.exec(value) ?? PAREN_GIVEN_BARE.exec(value) ?? (kids[i - 1]?.type === 'paragraph' && kids[i + 1]?.type === 'paragraph' ? PAREN_SUPPLIED_BARE.exec(value) : null)) : null;
      if (bracketed && node.children.length === 1 && node.children[0]!.type === 'text' && (STILL_KIND.test(bracketed[2]!) || (FILE_PHOTO.test(bracketed[2]!) && !/[。！？]/u.test(bracketed[1]!)))) {
        // (A frame's kind, `（监控画面）`, says what the picture is: the caption's own words, no credit. So does a
        // file photo's note after a caption of no sentence, `1958年建成的某某码头（资料图）`; after a sentence, it credits.)
        altAbove(out, file, markedHeads, value);
        out.push(caption(file, node, value, undefined));
        continue;
      }
      if (bracketed && node.children.length === 1 && node.children[0]!.type === 'text') {
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: /】$/u.test(value) ? '【】' : '（）', to: "the credit's brackets" });
        altAbove(out, file, markedHeads, bracketed[1]!);
        out.push(caption(file, node, bracketed[1]!, bracketed[2]!));
        continue;
      }
      // A photographer's credit a print's layout set above its caption (`摄影 某某` / `…用手机查看云胶片。`), each line
      // set apart by blank lines, more text below: the caption, a sentence with no label in it, with that credit.
      const captionBelow = kids[i + 1];
      if (!options.late && value.length <= 30 && node.children.length === 1 && CREDIT.test(value) && /^(?:摄影|攝影)/u.test(value) && captionBelow?.type === 'paragraph' && captionBelow.children.length === 1 && captionBelow.children[0]!.type === 'text' && /^[^。！？：:]{4,60}[。！？]$/u.test(text(captionBelow).trim()) && countHan(text(captionBelow)) >= 6 && sourceLineBlank(file, lineOf(captionBelow), -1) && sourceLineBlank(file, lineOf(captionBelow), 1) && kids[i + 2] !== undefined) {
        out.push(caption(file, captionBelow, text(captionBelow).trim(), value));
        i++;
        continue;
      }
      // A short line about a photo with a credit line under it (`…赏花。资料图` / `图片来源：视觉中国`).
      const below = kids[i + 1];
      // Without a photo word, a line of one short sentence set apart above the credit of a photographer
      // (`…赶制订单。` / `本报记者 宁书瑶 摄`), with text going on below, is a caption as well.
      // (`摄影／本刊记者 某某`, `受访者供图` name a photographer or a giver as plainly as `某某 摄`.)
      // (A credit line may open with a mark, `■ 摄影 某某`: the layout's, not the credit's.)
      const creditMark = below?.type === 'paragraph' ? /^[■□●◎○⊙◆◇][\s\u3000]*/u.exec(text(below).trim()) : null;
      const photographer = () => PHOTOGRAPHER.test(text(below ?? node).trim().slice(creditMark?.[0].length ?? 0));
      // (Not the last line of a paragraph the line above runs on into, `…纹路都看得清清楚` / `楚”。`, unless that is a
      // line or two set apart, the caption's own start.)
      // (So is one over the giver's bracket on the very next line, `（图片由某某办公室提供）`, the text going on below.)
      const givenBelow = below?.type === 'paragraph' && GIVEN_BY.test(text(below).trim()) && lineOf(below) === (lineOf(node) ?? -9) + 1 && value.length <= 40 && /^[^。！？]+。$/u.test(value) && kids[i + 2]?.type === 'paragraph' && countHan(text(kids[i + 2]!)) >= 30;
      const photoLine = givenBelow || PHOTO_WORDS.test(value) || (value.length <= 40 && /^[^。！？]+。$/u.test(value) && node.data?.gap !== false && !runsOnInto(file, lineOf(node)) && photographer() && kids[i + 2]?.type === 'paragraph');
      // Right under a photo's Markdown line (the image gone), a line of a sentence or three over a photographer's
      // credit is that photo's caption, however long (`…卖出了80多只。` / `摄影：某某`).
      const underPhoto = !options.late && value.length <= 120 && (value.match(/[。！？]/gu) ?? []).length <= 3 && imageAbove(file, node) && (photographer() || (below?.type === 'paragraph' && GIVEN_BY.test(text(below).trim())));
      // (The credit line may stand in brackets: `（某某局供图）`.)
      const belowText = below?.type === 'paragraph' ? text(below).trim().slice(creditMark?.[0].length ?? 0) : '';
      // (`（图片由某某协会提供）` names its giver as a bracketed credit after a caption does.)
      const bracketedBelow = /^[（(][^（）()]{2,40}[）)]$/u.test(belowText) && (CREDIT.test(belowText.slice(1, -1)) || PAREN_CREDIT_ONLY.test(belowText.slice(1, -1)));
      // Right under a photo, a sentence or two closed by its agency's name (`…叶状地衣。IC photo`): its caption.
      if (!options.late && value.length <= 80 && node.children.length === 1 && node.children[0]!.type === 'text' && STOCK_TAIL.test(value) && (value.match(/[。！？]/gu) ?? []).length <= 2 && imageAbove(file, node)) {
        out.push(creditedCaption(file, node, value));
        continue;
      }
      // Right under a photo, a line of one short sentence with the text going on under it is the photo's caption,
      // credited or not (`秦晓岚老师在小宇家中为他上课。`). A sentence of one clause, no comma, describes the photo even over
      // a short line or a heading (in bold or marked); one of clauses there may be the story's next step.
      if (!options.late && value.length <= 40 && /^[^。！？]{4,}。$/u.test(value) && node.children.length === 1 && node.children[0]!.type === 'text' && imageAbove(file, node) && ((below?.type === 'paragraph' && (countHan(text(below)) >= 30 || (!/[，,]/u.test(value) && (countHan(text(below)) >= 12 || (below.children.length === 1 && below.children[0]!.type === 'strong') || (isHeadingLike(text(below).trim(), 16) && kids[i + 2]?.type === 'paragraph' && countHan(text(kids[i + 2]!)) >= 30))))) || (below?.type === 'heading' && !/[，,]/u.test(value))) && !CREDIT.test(belowText) && !bracketedBelow) {
        out.push(caption(file, node, value, undefined));
        continue;
      }
      // Right under a photo, a short line with no mark in it over a head set in bold (a WeChat article's grey line
      // under its photo, its heads in bold): the photo's caption. The page marks its heads; this line it does not.
      // (Over a heading the page marked, `###`, a clause or two with a comma, no sentence's end.)
      // (Or the text's last block, no sentence of text after it: the photo closing the article, over its credits.
      // Asked last, of a line under a photo only: asked of every line, the look down the text was quadratic.)
      const boldBelow = below?.type === 'heading' || (below?.type === 'paragraph' && below.children.length === 1 && below.children[0]!.type === 'strong');
      const lastOfText = () => !kids.slice(i + 1).some((n) => n.type === 'paragraph' && countHan(text(n)) >= 20 && /[。！？]/u.test(text(n)));
      // (Not a labelled field, `编辑｜某某`, the article's staff line under its last photo.)
      if (!options.late && value.length >= 4 && (value.length <= 30 || (value.length <= 40 && below?.type === 'heading')) && !/[。！？；：:]/u.test(value) && (!/[，,]/u.test(value) || below?.type === 'heading') && node.children.length === 1 && node.children[0]!.type === 'text' && imageAbove(file, node) && (boldBelow || lastOfText()) && !labelledLine(value)?.some((f) => f.key !== 'place')) {
        out.push(creditedCaption(file, node, value));
        continue;
      }
      // A caption cut at the space inside its credit (pdftotext of a printed page: `…修理一块老怀表。滘城晚报记者` /
      // `娄嘉朔 摄`): the sentence with the outlet's role glued after it, the photographer's name and 摄 under it.
      const cutRole = value.length <= 80 && node.children.length === 1 && node.children[0]!.type === 'text' ? CUT_ROLE.exec(value) : null;
      const cutName = cutRole && below?.type === 'paragraph' ? CUT_NAME.exec(text(below).trim()) : null;
      if (cutRole && cutName && below) {
        record(file, { rule: RULE, kind: 'joined', line: lineOf(below), text: `${cutRole[2]}⏎${cutName[0]}`, to: "the photo's credit, cut after its role" });
        out.push(caption(file, node, cutRole[1]!, `${cutRole[2]}\u3000${cutName[1]}\u3000${cutName[2]}`));
        i += 1;
        continue;
      }
      const broken = value.length <= 60 && /^[^。！？]+。$/u.test(value) && node.children.length === 1 ? brokenCredit(file, kids, i) : undefined;
      if (broken && node.children[0]!.type === 'text') {
        out.push(caption(file, node, wrappedStart(file, out, node, value), broken.credit));
        i += broken.count;
        continue;
      }
      // A chart's title over its maker's credit (`2022—2026年…识别雪豹个体数量` / `制图：某某`): the chart's caption, no head.
      const chartTitle = value.length <= 40 && !/[。！？：:]/u.test(value) && CHART_CREDIT.test(belowText);
      if (((value.length <= 60 && (photoLine || chartTitle)) || underPhoto) && below?.type === 'paragraph' && (CREDIT.test(belowText) || bracketedBelow) && node.children.length === 1 && node.children[0]!.type === 'text') {
        if (bracketedBelow) record(file, { rule: RULE, kind: 'removed', line: lineOf(below), text: '（）', to: "the credit's brackets" });
        if (creditMark) record(file, { rule: RULE, kind: 'removed', line: lineOf(below), text: creditMark[0].trim(), to: "the mark before the photo's credit" });
        const captionText = wrappedStart(file, out, node, value);
        altAbove(out, file, markedHeads, captionText);
        out.push(caption(file, node, captionText, bracketedBelow ? belowText.slice(1, -1) : belowText));
        i++;
        continue;
      }
      // A short line that ends in a photo credit (`现任秘书SARA DANIUS. 图片来自文学院`) is a caption.
      // Every credit names a picture or a photographer (图, 摄): a line with neither is no credited caption.
      const credited = value.length <= 80 && /[图圖摄攝]/u.test(value) && !(value.includes('图为') && GLUED.test(value)) ? CREDITED_LINE.exec(value) : null;
      if (credited && node.children.length === 1 && node.children[0]!.type === 'text') {
        let captionText = credited[1]!.replace(/\.$/u, '。');
        if (captionText !== credited[1]) record(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: '.', to: '。 (the caption is Chinese)' });
        if (!options.late) captionText = wrappedStart(file, out, node, captionText);
        altAbove(out, file, markedHeads, captionText);
        out.push(caption(file, node, captionText, credited[2]!));
        continue;
      }
      // A caption and its credit run into the start of the story (`…疏导过往车辆。本报记者钟岩摄本报讯（记者…）…`):
      // the caption goes before the paragraph, where the photo stood.
      // (In the late pass too, where a join made the paragraph whole: the story ran on past the page break.)
      const opening = (!options.late || node.data?.joined === true) && node.children.length === 1 && node.children[0]!.type === 'text' && CREDIT_CHAR.test(value) ? leadCaption(value) : null;
      if (opening && value.length - opening.end >= 20) {
        const rest = value.slice(opening.end);
        if (opening.respaced) record(file, { rule: RULE, kind: 'changed', line: lineOf(node), text: JSON.stringify(value.slice(0, opening.end)), to: `${JSON.stringify(opening[0])} (stray spaces inside the caption and its credit)` });
        node.children = [textNode(rest)];
        record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: `${opening[1]}${opening[2]}`, to: 'caption block before the paragraph' });
        out.push(caption(file, node, opening[1]!, opening[2]!), node);
        continue;
      }
      // (In the late pass too, where a join made the paragraph whole: a credit cut by a line break, `…记\n者 某某 摄`.)
      const glued = options.late && node.data?.joined !== true ? null : glue(value);
      if (glued && node.children.length === 1 && node.children[0]!.type === 'text') {
        const body = value.slice(0, glued.index);
        let captionText = glued[1]!;
        const tail = CREDIT_TAIL.exec(captionText) ?? new RegExp(`(${CREDIT_BODY})${SP}$`, 'u').exec(captionText);
        const credit = tail?.[1];
        if (tail) captionText = captionText.slice(0, tail.index).trimEnd();
        node.children = [textNode(body)];
        record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: glued[1]!, to: 'caption block after the paragraph' });
        out.push(node, caption(file, node, captionText, credit));
        continue;
      }
      // `…加卤蛋3元。▲欧阳桂英阿婆在推石磨磨米浆`: a marked caption glued to the end of the paragraph it stood under.
      // (In the late pass too, where a join has just made it whole: `…3元。▲欧阳桂` / `英阿婆…`, a line cut in it.)
      const marked = (options.late && !node.data?.joined) || !/[▲△]/u.test(value) ? null : MARKED_TAIL.exec(value);
      if (marked && node.children.length === 1 && node.children[0]!.type === 'text') {
        let captionText = marked[2]!.trim();
        const tail = CREDIT_TAIL.exec(captionText) ?? PAREN_TAIL.exec(captionText);
        const credit = tail?.[1];
        if (tail) captionText = captionText.slice(0, tail.index).trimEnd();
        node.children = [textNode(value.slice(0, marked.index))];
        record(file, { rule: RULE, kind: 'removed', line: lineOf(node), text: marked[1]!, to: 'caption marker' });
        record(file, { rule: RULE, kind: 'split', line: lineOf(node), text: marked[2]!, to: 'caption block after the paragraph' });
        out.push(node, caption(file, node, captionText, credit));
        continue;
      }
      out.push(node);
    }
    if (!options.late) dayCaptions(out, file);
    if (!options.late) captionOverLead(out, file);
    // (In the late pass too, where a join has just run the caption's line into the lead's.)
    captionIntoLead(out, file, options.late === true);
    if (!options.late) altOverCaption(out, file);
    tree.children = out.flatMap((n) => runTogether(n, file));
  };
}

// An image's alt text as a text browser prints it where the image stood (`潮汐曲线图`, `现场照片`): a few words
// naming a picture, no mark.
const ALT_PLACEHOLDER = /^[\p{Script=Han}A-Za-z0-9]{1,12}(?:图|圖|图片|圖片|照片)$/u;

/** The image's alt text on a line of its own right over the image's caption: the image's, which was not scraped. */
function altOverCaption(out: RootContent[], file: VFile): void {
  for (let i = out.length - 1; i > 0; i--) {
    const alt = out[i - 1]!;
    if (!isDirective(out[i]!, 'caption') || alt.type !== 'paragraph' || alt.children.length !== 1 || !ALT_PLACEHOLDER.test(text(alt).trim())) continue;
    record(file, { rule: RULE, kind: 'removed', line: lineOf(alt), text: text(alt).trim(), to: "an image's alt text, printed where the image stood, over its caption (the image was not scraped)" });
    out.splice(i - 1, 1);
  }
}

// After a sentence's end, a ▲ and one short caption to the paragraph's end.
const MARKED_TAIL = /(?<=[。！？][”’」』]?)[\s\u3000]*([▲△])[\s\u3000]*([^▲△。！？]{4,60}[。！？]?(?:[（(][^（()）]{2,30}[）)])?)[\s\u3000]*$/u;

// One short sentence that describes, quotes nobody and introduces nothing.
const PLAIN_CAPTION = /^[^。！？“”"「」：:]{4,29}。$/u;
const BARE_CAPTION = /^[^。！？“”"「」：:，,；;\s\u3000]{15,29}$/u;

/** Three blank lines or more above the block, where the file's paragraphs mostly stand one blank line apart. */
// A caption's sentence, its credit, and more text after it: `杜岗村村民在路灯下散步。 本报记者 晏子墨 摄 “选址时…`.
const CREDIT_THEN_TEXT = new RegExp(`^([^。！？]{4,80}[。！？])${SP}(${CREDIT_BODY})${SP}(?=\\S)`, 'u');

// A credit that names a photographer or a giver, in brackets or not (`本报记者 某某 摄`, `（某某局供图）`, `摄影／某某`).
const PHOTOGRAPHER = /(?:[摄攝]|供图|供圖)[）)]?$|^[（(]?(?:摄影|攝影)/u;
const CUT_ROLE = new RegExp(`^([^。！？]{4,60}[。！？])((?:\\p{Script=Han}{1,8}?(?:报|報|网|網|社|台|融媒))?${REPORTER_ROLE})$`, 'u');
const CUT_NAME = /^([\p{Script=Han}·]{2,4})[\s\u3000]*([摄攝])$/u;
// The giver named in a sentence, `（图片由某某协会提供）`: a credit where a photo's line stands right above.
const GIVEN_BY = /^[（(]?(?:图片|圖片|照片)由[^（）()]{2,20}提供[）)]?$/u;

// A caption's text, no sentence, a space, its credit: `…书封　出版社供图` (a sentence's credit is read below).
// (The credit is the longest that reads as one, its outlet with it: `…方法　某某日报记者 某某 摄`, not `某某 摄` alone.)
// What a line names as a picture: a map, a plan, a chart, a photo (`绕行线路示意图`, `新校区效果图`, `全体队员合影`).
const PICTURE_NAME = /^[^。！？，；：:]{1,20}(?:示意图|效果图|平面图|路线图|线路图|分布图|流程图|结构图|图示|图解|照片|合影|航拍图|航拍)$/u;
const SPACED_CREDIT = new RegExp(`^([^。！？]*?\\p{Script=Han}[^。！？]*?)[\\s\\u3000]+(${CREDIT_BODY})$`, 'u');

/** Whether the line of text above `node` in the source (blank lines aside) is a Markdown image and nothing else. */
/**
 * A caption wrapped over two lines of a layout (`…市民在摊位前` / `选购蔬菜。本报记者 易川 摄`, or the credit on a
 * line of its own under them): the line above, set apart from the text before it, left open and run straight
 * into this one, is its start. It leaves `out` and opens the caption's text (reported as the join it is).
 */
function wrappedStart(file: VFile, out: RootContent[], node: Paragraph, captionText: string): string {
  const above = out[out.length - 1];
  if (above?.type !== 'paragraph' || above.data?.gap !== true || node.data?.gap === true || above.children.length !== 1 || above.children[0]!.type !== 'text') return captionText;
  const start = text(above).trim();
  if (!endsOpen(start) || start.length + captionText.length > 90 || lineOf(above) !== (lineOf(node) ?? 0) - 1) return captionText;
  out.pop();
  record(file, { rule: RULE, kind: 'joined', line: lineOf(node), text: `${start.slice(-8)}⏎${captionText.slice(0, 8)}`, to: 'one caption: its first line, wrapped by the layout' });
  return `${start}${captionText}`;
}

// pandoc's plain text prints an image as its alt text in brackets: where that is this line's text, the photo stood there.
const altCopy = (line: string, value: string) => {
  const alt = /^[ \t]*\[([^\[\]]{2,200})\][ \t]*$/u.exec(line);
  return alt !== null && alt[1]!.trim() === value.trim();
};
// A text browser prints an image without alt text as its file's name in brackets (`[W020261126381547209651.jpg]`).
const IMAGE_FILE_LINE = /^[ \t]*\[[^\]\s]{1,200}\.(?:jpe?g|png|gif|webp|bmp)\][ \t]*$/iu;

const PHOTO_PLACEHOLDER = /^[ \t]*[\[【](?:图片|圖片|图|圖|照片|配图|配圖|image|Image|IMAGE|img|IMG|photo|Photo)[\]】][ \t]*$/u;

function imageAbove(file: VFile, node: Paragraph): boolean {
  const lines = file.data.sourceLines ?? [];
  let k = (lineOf(node) ?? 0) - 2;
  while (k >= 0 && lines[k]!.trim() === '') k--;
  // (A Markdown image, inline or by reference (`![][8]`, html2text's --reference-links), pandoc's plain `[]` for
  // an image without alt text, or an HTML <img> left
  // whole on its line: `<img class="…" src="/…jpg" …>`.)
  // (With its tooltip after the address, as turndown keeps it: `![](…jpg "公筷公勺摆上餐桌")`.)
  // (Or the placeholder a page's text prints where its photo stood, `[图片]`.)
  return k >= 0 && (PHOTO_PLACEHOLDER.test(lines[k]!) || /^[ \t]*!\[[^\]]{0,200}\](?:\([^)\s]{1,2000}(?:[ \t]+"[^"\n]{0,200}")?\)|\[[^\]]{0,40}\])[ \t]*$/u.test(lines[k]!) || /^[ \t]*\[\][ \t]*$/u.test(lines[k]!) || IMAGE_FILE_LINE.test(lines[k]!) || altCopy(lines[k]!, text(node)) || /^[ \t]*<img\b[^<>\n]{0,2000}>(?:<\/img>)?[ \t]*$/iu.test(lines[k]!));
}

/**
 * Whether the source line above `line` is a sentence cut open that runs on into it, in a block of more than
 * three lines (a paragraph's, not a caption's first line or two set apart).
 */
function runsOnInto(file: VFile, line: number | undefined): boolean {
  if (line === undefined) return false;
  const lines = file.data.sourceLines ?? [];
  const above = (lines[line - 2] ?? '').trim();
  // (A folio or a running head above, `37`, runs on into nothing.)
  if (countHan(above) < 6 || !endsOpen(above)) return false;
  let k = line - 2;
  while (k >= 0 && lines[k]!.trim() !== '' && line - 1 - k <= 3) k--;
  return line - 1 - k > 3;
}

// A caption's opening: the day the photo was taken, and the time of day (`11月5日晚，`).
const DAY_OPENING = /^(\d{1,2}月\d{1,2}日(?:早上|上午|中午|下午|傍晚|晚上|夜间|凌晨|早|晚|夜)?)，/u;

/**
 * A line of one short sentence set apart between paragraphs of the text, opening with the very day and time a
 * credited caption of the same page opens with (`11月5日晚，某县一处观景台上，市民用手机拍摄极光。`): that page's
 * other caption, its photo and its credit lost in the scrape (a text browser prints nothing for an image with no
 * alt text). The same opening is the evidence; a sentence of the text seldom stands alone in so few words.
 */
function dayCaptions(out: RootContent[], file: VFile): void {
  const days = new Set(out.flatMap((n) => (isDirective(n, 'caption') && n.attributes?.credit ? [DAY_OPENING.exec(text(n).trim())?.[1]] : [])).filter((d) => d !== undefined));
  if (days.size === 0) return;
  const textual = (n: RootContent | undefined) => n?.type === 'paragraph' && countHan(text(n)) >= 20;
  for (let i = 1; i < out.length - 1; i++) {
    const n = out[i]!;
    if (n.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text') continue;
    const value = text(n).trim();
    const day = value.length <= 40 ? DAY_OPENING.exec(value) : null;
    if (!day || !days.has(day[1]!) || !/^[^。！？“”「」‘’：:；;]+。$/u.test(value) || /说|表示|介绍|称/u.test(value)) continue;
    // (A sentence's last mark that a break set on a line of its own, `。`, belongs to the paragraph above it, which a
    // later join makes whole again: the paragraph above is that one.)
    const above = out[i - 1]?.type === 'paragraph' && /^[。！？”」』）)]+$/u.test(text(out[i - 1]!).trim()) ? out[i - 2] : out[i - 1];
    if (!textual(above) || !textual(out[i + 1]) || !sourceLineBlank(file, lineOf(n), -1) || !sourceLineBlank(file, lineOf(n), 1)) continue;
    out[i] = caption(file, n, value, undefined);
  }
}

/**
 * Two photos' captions that a corpus ran together, each with its credit (`…被围挡开挖。某网记者　某某　摄开挖路段旁，
 * 行人只能…绕行。某网记者　某某　摄`): the credit taken off the end stands again inside, right after a sentence's
 * end, and the text goes on. Two captions, each with the credit.
 */
function runTogether(node: RootContent, file: VFile): RootContent[] {
  if (!isDirective(node, 'caption') || !node.attributes?.credit) return [node];
  const credit = node.attributes.credit;
  const value = text(node);
  const pattern = new RegExp(`(?<=[。！？])[\\s\\u3000]*${[...credit.replace(/[\s\u3000]+/gu, '')].map(escapeRegExp).join('[\\s\\u3000]*')}[\\s\\u3000]*(?=\\S)`, 'u');
  const inner = pattern.exec(value);
  if (!inner) return [node];
  const line = lineOf(node);
  const [first, second] = [value.slice(0, inner.index).trim(), value.slice(inner.index + inner[0].length).trim()];
  record(file, { rule: RULE, kind: 'split', line, text: inner[0].trim(), to: 'two captions run together: the first one\'s credit, the same as the second\'s' });
  return [container('caption', [paragraph([textNode(first)], line, first)], { credit }), container('caption', [paragraph([textNode(second)], line, second)], { credit })];
}

/**
 * The text's first paragraph, one short sentence that opens with the day (`11月23日，某厂的运输车排队进厂。`), right
 * above the paragraph that opens with the story's lead (`本网讯`, `某某社某地11月23日电`): a story opens with its
 * lead, so what stands above it is the photo's caption, its photo lost (a corpus record runs it into the text).
 */
function captionOverLead(out: RootContent[], file: VFile): void {
  const i = out.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 10);
  const n = out[i];
  const next = out[i + 1];
  if (n?.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text' || next?.type !== 'paragraph') return;
  const value = text(n).trim();
  // (Its day as the corpus wrote it, `１１月２３日`, full-width: the punctuation rule makes it half-width later.)
  if (value.length > 60 || !DAY_OPENING.test(halfWidthDigits(value)) || !/^[^。！？“”「」‘’：:；;]+。$/u.test(value) || /说|表示|介绍|称/u.test(value) || !BUNDLE_LEAD.test(text(next))) return;
  out[i] = caption(file, n, value, undefined);
}

/**
 * The same caption run into the lead, in one paragraph (a corpus record that marks no break there):
 * `执法人员在夜市检查烧烤摊点。本网讯（通讯员 某某）入夏以来，…`. One short sentence, no one's words, before the
 * story's lead: a story opens with its lead, so the sentence is the photo's caption; the two are parted.
 */
function captionIntoLead(out: RootContent[], file: VFile, late: boolean): void {
  const i = out.findIndex((n) => n.type === 'paragraph' && countHan(text(n)) >= 10);
  const n = out[i];
  if (n?.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text' || (late && !n.data?.joined)) return;
  const value = n.children[0].value;
  const m = /^[\s\u3000]*([^。！？“”「」‘’：:；;\n]{6,58}。)(?=[\s\u3000]*\S)/u.exec(value);
  // (A stray space inside the lead's first words, `本\u00a0网讯`, hides it no more than the whitespace rule will leave it.)
  if (!m || /说|表示|介绍|称/u.test(m[1]!) || !BUNDLE_LEAD.test(value.slice(m[0].length).replace(ODD_LEAD_SPACE, '$1')) || countHan(value.slice(m[0].length)) < 10) return;
  const line = lineOf(n);
  record(file, { rule: RULE, kind: 'split', line, text: `${m[1]!.slice(-8)}⏎${value.slice(m[0].length).trim().slice(0, 8)}`, to: "a photo's caption run into the story's lead: the caption first, then the lead" });
  n.children[0].value = value.slice(m[0].length).trimStart();
  out.splice(i, 0, caption(file, paragraph([textNode(m[1]!)], line, m[1]!), m[1]!, undefined));
}

/** Whether the source line `step` lines from `line` (one above: -1) is blank, or there is none. */
function sourceLineBlank(file: VFile, line: number | undefined, step: number): boolean {
  if (line === undefined) return false;
  return ((file.data.sourceLines ?? [])[line - 1 + step] ?? '').trim() === '';
}

function photoSlotAbove(file: VFile, node: Paragraph, least = 3): boolean {
  const lines = file.data.sourceLines ?? [];
  const at = (lineOf(node) ?? 0) - 1;
  let blank = 0;
  while (at - blank - 1 >= 0 && lines[at - blank - 1]!.trim() === '') blank++;
  if (blank < least) return false;
  file.data.blankRuns ??= blankRuns(lines);
  const runs = file.data.blankRuns;
  return runs.filter((r) => r === 1).length >= 5 && runs.filter((r) => r >= least).length * 3 <= runs.length;
}

/** Whether two lines of the source or more open with a head's mark (`▎`, `▍`) and read as heads. */
// (Counted once a file, as the blank runs are: it is asked of every short line over a long one.)
function marksHeads(file: VFile): boolean {
  if (file.data.headsMarked !== undefined) return file.data.headsMarked;
  let marked = 0;
  for (const line of file.data.sourceLines ?? []) {
    if (line.length <= 40 && HEAD_MARK.test(line) && !/[。！？]/u.test(line) && countHan(line) >= 4) marked++;
    if (marked >= 2) break;
  }
  file.data.headsMarked = marked >= 2;
  return file.data.headsMarked;
}

/** The lengths of the runs of blank lines between lines of text. */
function blankRuns(lines: string[]): number[] {
  const runs: number[] = [];
  let run = 0;
  let seen = false;
  for (const l of lines) {
    if (l.trim() === '') run++;
    else {
      if (seen && run > 0) runs.push(run);
      run = 0;
      seen = true;
    }
  }
  return runs;
}

declare module 'vfile' {
  interface DataMap {
    /** The runs of blank lines between the source's lines of text, counted once per file. */
    blankRuns: number[];
    /** Whether the source marks its heads (`▎…`), counted once a file. */
    headsMarked: boolean;
  }
}

/**
 * A text browser prints an image's alt text in its place, centred like the image (`雷达回波图`), right above
 * the caption under it: a short line of no sentence, set in far (or flush, in a source that marks its headings):
 * the photo's, not the text's.
 */
function altAbove(out: RootContent[], file: VFile, markedHeads: boolean, captionText: string): void {
  const above = out.at(-1);
  if (above?.type !== 'paragraph' || above.children.length !== 1 || above.children[0]!.type !== 'text') return;
  const t = text(above).trim();
  // (`一、坚守初心`, a section's heading centred the same way, is the text's.)
  // (Set flush where the source marks its headings, `### …`, the line is no heading either where it names what the
  // caption shows, two words of it at least: `店招改造` over `改造后的…店招统一为木质牌匾。`.)
  // (Where it marks none, a word or two the caption holds whole, `滑雪场` over `…在云顶滑雪场滑雪。`: no head is so short
  // and so wholly the caption's.)
  // (Alone between the text and the caption: under a chart's unit line, `单位：…` / `城区总馆`, it is its legend.)
  const lone = () => { const before = out.at(-2); return before?.type === 'paragraph' && countHan(text(before)) >= 20; };
  const flushAlt = (markedHeads || (t.length <= 6 && captionText.includes(t) && lone())) && sharedPairs(t, captionText) >= 2;
  // (An alt text that is the caption itself, word for word, is its copy at any length.)
  const copy = t.length >= 6 && t.replace(/[。.]$/u, '') === captionText.trim().replace(/[。.]$/u, '');
  if (copy) {
    record(file, { rule: RULE, kind: 'removed', line: lineOf(above), text: t, to: "the photo's alt text, a copy of its caption printed above it" });
    out.pop();
    return;
  }
  if (t.length > 12 || /[，。！？；：、,.!?;:]/u.test(t) || /^[（(]?[一二三四五六七八九十\d]{1,3}[）)]/u.test(t) || !(/^ {6,}\S/u.test(rawLineOf(file, above)) || flushAlt)) return;
  record(file, { rule: RULE, kind: 'removed', line: lineOf(above), text: t, to: "the photo's alt text, printed in its place above the caption" });
  out.pop();
}

/** How many distinct pairs of Han characters in a row `a` shares with `b`. */
function sharedPairs(a: string, b: string): number {
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < a.length; k++) if (/\p{Script=Han}{2}/u.test(a.slice(k, k + 2)) && b.includes(a.slice(k, k + 2))) pairs.add(a.slice(k, k + 2));
  return pairs.size;
}

/**
 * A chart drawn on a canvas leaves only its words in a scrape: the unit line and the legend's names, each a short
 * line right above the figure's caption (`单位：万册次` / `城区总馆` / `乡镇分馆` / `图1　…`). With the unit line as the
 * evidence, they go with the chart (reported); the caption stays.
 */
function chartLegend(out: RootContent[], file: VFile, node: Paragraph): void {
  let line = lineOf(node) ?? 0;
  let k = out.length;
  // Adjacent source lines only: a blank line above any of them and they are the text's.
  while (k > 0 && out.length - k < 8) {
    const b = out[k - 1]!;
    const t = b.type === 'paragraph' ? text(b).trim() : '';
    if (lineOf(b) !== line - 1 || t === '' || t.length > 12 || /[，。！？；,.!?;]/u.test(t)) break;
    // A legend names series; a line with figures is a table's row, and the run is no legend.
    if (/\d/u.test(t) && !/^(?:单位|單位)[：:]/u.test(t)) return;
    k--;
    line--;
    if (/^(?:单位|單位)[：:]/u.test(t)) {
      for (const n of out.splice(k)) record(file, { rule: RULE, kind: 'removed', line: lineOf(n), text: text(n).trim(), to: "a chart's unit or legend (the chart, drawn on the page, was not scraped)" });
      return;
    }
  }
}

/** Whether a line ends in a photo credit, bare or in brackets. */
function hasCredit(value: string): boolean {
  return CREDIT_TAIL.test(value) || PAREN_TAIL.test(value) || STOCK_TAIL.test(value);
}

/** `AA` → `A` for a line made of one text of 8–150 characters written twice. */
/**
 * A caption run into its copy (the photo's alt text and the caption, one after the other): the half kept and the
 * half dropped. The halves are one text as read: a stray space or a half-width bracket in one is no difference.
 */
function doubled(value: string): { keep: string; drop: string } | undefined {
  const v = value.trim();
  if (v.length < 16 || v.length > 300) return undefined;
  const fold = (ch: string) => (ch === '(' ? '（' : ch === ')' ? '）' : /\s/u.test(ch) ? '' : ch);
  const folded = [...v].map(fold).join('');
  if (folded.length % 2 !== 0) return undefined;
  const half = folded.slice(0, folded.length / 2);
  if (half + half !== folded || !/\p{Script=Han}/u.test(half)) return undefined;
  // Where the first half ends in the text as written.
  let seen = 0;
  let k = 0;
  for (const ch of v) {
    if (seen === half.length) break;
    seen += fold(ch).length;
    k += ch.length;
  }
  return { keep: v.slice(0, k).trim(), drop: v.slice(k).trim() };
}

/** A caption's text and the credit at its end (`…交流。新华社记者鞠鹏摄`), if it has one. */
export function splitCredit(value: string): { text: string; credit?: string } {
  const tail = CREDIT_TAIL.exec(value);
  return tail ? { text: value.slice(0, tail.index).trimEnd(), credit: tail[1]! } : { text: value };
}

/** A caption block of `value`, the credit at its end (bracketed or not) in the attribute. */
/**
 * A photographer's credit that a PDF's text layer gave one piece a line (`本报记者` / `凌霜` / `摄`), under the
 * caption at `i`: the pieces, two to four short lines with no mark in them, read together as a credit. Their
 * gaps are the layout's, one U+3000 each.
 */
function brokenCredit(file: VFile, kids: RootContent[], i: number): { credit: string; count: number } | undefined {
  const pieces: Paragraph[] = [];
  for (let k = i + 1; k < kids.length && pieces.length < 4; k++) {
    const n = kids[k]!;
    if (n.type !== 'paragraph' || n.children.length !== 1 || n.children[0]!.type !== 'text' || !/^[\p{Script=Han}·]{1,8}$/u.test(text(n).trim())) break;
    pieces.push(n);
    const credit = pieces.map((p) => text(p).trim()).join('\u3000');
    if (pieces.length >= 2 && PHOTOGRAPHER.test(credit) && CREDIT.test(credit)) {
      for (const p of pieces.slice(1)) record(file, { rule: RULE, kind: 'joined', line: lineOf(p), text: text(p).trim(), to: "the photo's credit, one piece a line in the source" });
      return { credit, count: pieces.length };
    }
  }
  return undefined;
}

function creditedCaption(file: VFile, source: Paragraph, value: string) {
  const tail = CREDIT_TAIL.exec(value) ?? PAREN_TAIL.exec(value) ?? STOCK_TAIL.exec(value);
  if (tail && !tail[0].trim().startsWith(tail[1]!)) record(file, { rule: RULE, kind: 'removed', line: lineOf(source), text: '（）', to: "the credit's brackets" });
  return caption(file, source, tail ? value.slice(0, tail.index).trimEnd() : value, tail?.[1]);
}

// A caption's own label before its words (`【图片说明】…`, `图说：…`): the block says what it is.
const CAPTION_LABEL = /^[\s\u3000]*(?:【(?:图片[ \t]?说明|圖片[ \t]?說明|图说|圖說|图注|圖註)】|(?:图片[ \t]?说明|圖片[ \t]?說明|图说|圖說|图注|圖註)[：:])[\s\u3000]*(?=\S)/u;

interface Chart {
  /** The lines the chart's text was read as: its legend, labels and values, its axis. */
  data: number[];
  /** The line that credits the chart (`数据来源：…`, `制图：…`), where one does. */
  credit?: number;
}

// A figure's title with its number (`图1　各区单程平均通勤时间（分钟）`), no sentence in it.
const FIGURE_TITLE = /^[图圖][\s\u3000]*\d{1,2}[\s\u3000：:．.]+[^。！？]{2,40}$/u;
// What a chart read as text leaves: a legend (`■ 2026年上半年　■ 2027年上半年`), a label and its values
// (`澪北区 41 39`, `7:00 3.1`), an axis's ticks (`0　10　20　30`): short, with figures, no sentence.
const CHART_LINE = /^(?=[^。！？，；]{1,40}$)(?:[■□●○◆◇▲△][^]*|[^]*\d[^]*)$/u;
const CHART_WORDS = /\d{4}[\s\u3000]*[—–\-~～至到][\s\u3000]*\d{4}|[（(][^）)]{0,8}(?:元|%|％|人|吨|噸|亩|畝|万|萬|亿|億|单位|單位|分钟|分鐘)[^）)]{0,8}[）)]|增长|增長|增速|占比|比重|走势|走勢|趋势|趨勢|构成|構成/u;
const CHART_CREDIT_LINE = /^(?:数据来源|數據來源|资料来源|資料來源|制图|製圖|绘图|繪圖)[\s\u3000]*[：:／/]/u;

/**
 * A chart the scrape kept as its text: the figure's title, what the chart was read as (at most fourteen short
 * lines of figures), and its credit line. The title and the credit are the caption block (the title keeps its
 * number: a chart's title is the figure's, as a table's is); the chart's text goes, reported. A chart the scrape
 * lost whole leaves its title alone between paragraphs: a caption block too.
 */
function chartsOf(kids: RootContent[]): Map<number, Chart> {
  const charts = new Map<number, Chart>();
  // (The text's, a sentence's end closing the line above, and the line under it going on in sentences: lines of a
  // hard-wrapped text are not joined yet.)
  const ended = (n: RootContent | undefined) => n?.type === 'paragraph' && /[。！？][”」）)]?$/u.test(text(n).trim());
  const goesOn = (n: RootContent | undefined) => n?.type === 'paragraph' && countHan(text(n)) >= 10 && /[，。；]/u.test(text(n));
  kids.forEach((n, i) => {
    if (n.type !== 'paragraph' || !FIGURE_TITLE.test(text(n).trim())) return;
    // A chart lost whole, its title alone between two paragraphs of the text: the caption of a figure not scraped.
    // (A chart's title names data: its span of years, its unit, a growth or a share. A photo's numbered caption names a
    // scene, and its number goes with the photo's lead marker.)
    if (ended(kids[i - 1]) && goesOn(kids[i + 1]) && CHART_WORDS.test(text(n))) {
      charts.set(i, { data: [] });
      return;
    }
    const data: number[] = [];
    for (let k = i + 1; k < kids.length && k <= i + 15; k++) {
      const t = kids[k]!.type === 'paragraph' ? text(kids[k]!).trim() : '';
      if (CHART_CREDIT_LINE.test(t) && t.length <= 60) {
        charts.set(i, { data, credit: k });
        return;
      }
      if (!CHART_LINE.test(t) || countHan(t) > 12) return;
      data.push(k);
    }
  });
  return charts;
}

function caption(file: VFile, source: Paragraph, captionText: string, credit: string | undefined) {
  const line = lineOf(source);
  // The photo's alt text run into its caption, whatever else marks the caption: one text twice over, one goes.
  const twice = doubled(captionText);
  if (twice) {
    record(file, { rule: RULE, kind: 'removed', line, text: twice.drop, to: "the photo's alt text, a copy of its caption" });
    captionText = twice.keep;
  }
  const label = CAPTION_LABEL.exec(captionText);
  if (label) {
    record(file, { rule: RULE, kind: 'removed', line, text: label[0].trim(), to: "the caption's label" });
    captionText = captionText.slice(label[0].length);
  }
  record(file, { rule: RULE, kind: 'changed', line, text: captionText, to: 'caption block' });
  if (credit) record(file, { rule: RULE, kind: 'moved', line, text: credit, to: 'caption credit' });
  // `记者 殷书桐 摄`: the gaps between role, name and 摄 are separators, one U+3000 each, as in a byline.
  // (A stray space inside the day the photo was taken, `5月12 日`, is no separator.)
  // (`图 / 某某站`: the spaces round a credit's slash are the page's; the slash joins label and name.)
  // (`图源 : 央行公告`, an OCR's colon: a label's colon after Han is the full-width one, no space round it, as in the text.)
  const spaced = credit === undefined ? undefined : separateNames(credit.replace(/[\s\u3000]*([／/])[\s\u3000]*/gu, '$1').replace(/(?<=\p{Script=Han})[\s\u3000]*[:：][\s\u3000]*(?=\S)/gu, '：')).replace(/(?<=\d) (?=[年月日])|(?<=[年月]) (?=\d)/gu, '');
  if (credit && spaced !== credit) record(file, { rule: RULE, kind: 'changed', line, text: JSON.stringify(credit), to: `${JSON.stringify(spaced)} (one U+3000 between the credit's parts)` });
  credit = spaced;
  return container('caption', [paragraph([textNode(captionText)], line, captionText)], credit ? { credit } : undefined);
}
