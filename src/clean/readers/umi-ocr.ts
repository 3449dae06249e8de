/**
 * umi-ocr: a batch of screenshots read by Umi-OCR and saved as its txt file — the run's start time on the first
 * line, then each image's text under a line naming the image (`≦ Screenshot_….png ≧`). The format says what those
 * lines are: both removed (the start time is the run's, no publication's), each image's text opened with a form
 * feed, as a page of its own. Its layout parser joins a screen's lines into paragraphs by their edges, and so runs
 * the phone's own lines into the text: at a screen's head the status bar and the app's title bar (`21:45 5G 76%
 * 《 某某社 分享`), the app's info line run into the lead (`某某社 ”2027-12-06 08:15 字号…`); at its foot the app's
 * banner (`打开某某客户端 阅读更多精彩 立即打开`) with the line half hidden under it read as garbage; a head that
 * the screen's last paragraph took in after its last sentence, and a related-links head after the editor's name.
 * Each is parted or removed where the screen's place in the file says it is the phone's, and reported.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'umi-ocr';

const IMAGE_LINE = /^≦ (.{1,300}) ≧$/u;
const START_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/u;
// A phone's status bar read at a screen's head: the clock, then the network, the signal and the battery.
const STATUS_BAR = /^\d{1,2}:\d{2}(?:[ \t]+(?:[2-5]G\+?|LTE|VoLTE|HD|Wi-?Fi|\d{1,3}%)){1,6}(?=[ \t]|$)/u;
// The app's title bar under it: the back arrow (read as 《 or <), the app's name, the share button.
const TITLE_BAR = /^[ \t]*[《<〈‹←][ \t]*[\p{Script=Han}A-Za-z0-9]{2,12}[ \t]+(?:分享|更多)[ \t]*/u;
// The app's info line run into the text: its name, the time (its gap read as a quotation mark) and the font-size
// button (`东华社 ”2027-12-06 08:15 字号`).
const INFO_LINE = /^([\p{Script=Han}A-Za-z0-9]{2,12})[ \t]*[”“"]?[ \t]*(\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2})[ \t]*(字号|字號|A\+|大字)?[ \t]*(?=\S)/u;
// The app's banner at a screen's foot, and what the OCR read of the line it hides, before it.
const BANNER = /(?:打开|打開)[^。！？\n]{1,16}(?:客户端|客戶端|APP|App|app)[^。！？\n]{0,4}(?:阅读更多|閱讀更多|查看更多|看更多)[^。！？\n]{0,12}$/u;
// A related-links head the parser ran onto the editor's line (`责任编辑: 某某相关阅读`).
const RELATED_TAIL = /^((?:责任编辑|責任編輯|编辑|編輯)[ \t]*[:：][ \t]*\p{Script=Han}{2,4}?)((?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞))$/u;

export function umiOcr(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  const images = lines.flatMap((l, k) => (IMAGE_LINE.test(l.trim()) ? [k] : []));
  if (images.length === 0) return undefined;
  const changes: Change[] = [];
  const at = (k: number) => lineMap[k] ?? k + 1;
  const out: string[] = [];
  const map: number[] = [];
  const push = (line: string, k: number) => {
    out.push(line);
    map.push(at(k));
  };
  const firstText = lines.findIndex((l) => l.trim() !== '');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (k === firstText && k < images[0]! && START_TIME.test(line.trim())) {
      changes.push({ rule: RULE, kind: 'removed', line: at(k), text: line.trim(), to: "Umi-OCR's start time of the run (no publication's date)" });
      continue;
    }
    if (!images.includes(k)) {
      if (k < images[0]!) push(line, k);
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(k), text: line.trim(), to: "Umi-OCR's line naming the image it read" });
    const end = images.find((i) => i > k) ?? lines.length;
    const screen = lines.slice(k + 1, end).map((l, i) => ({ l, k: k + 1 + i })).filter((x) => x.l.trim() !== '');
    screen.forEach((x, i) => {
      let l = x.l;
      if (i === 0) {
        const bar = STATUS_BAR.exec(l.trim());
        if (bar) {
          changes.push({ rule: RULE, kind: 'removed', line: at(x.k), text: bar[0], to: "the phone's status bar at the screen's head" });
          l = l.trim().slice(bar[0].length);
          const title = TITLE_BAR.exec(l);
          if (title) {
            changes.push({ rule: RULE, kind: 'removed', line: at(x.k), text: title[0].trim(), to: "the app's title bar (back, its name, share) at the screen's head" });
            l = l.slice(title[0].length);
          }
        }
      }
      if (i <= 2) {
        const info = INFO_LINE.exec(l.trim());
        if (info && /\p{Script=Han}/u.test(l.trim().slice(info[0].length, info[0].length + 4))) {
          const rest = l.trim().slice(info[0].length);
          if (info[3]) changes.push({ rule: RULE, kind: 'removed', line: at(x.k), text: info[3], to: "the app's font-size button on its info line" });
          changes.push({ rule: RULE, kind: 'changed', line: at(x.k), text: `${info[2]}⏎${rest.slice(0, 8)}`, to: "the app's info line, which the layout parser ran into the text, on a line of its own" });
          push(`${info[1]} ${info[2]}`, x.k);
          l = rest;
        }
      }
      if (i === screen.length - 1 && BANNER.test(l.trim())) {
        changes.push({ rule: RULE, kind: 'removed', line: at(x.k), text: l.trim(), to: "the app's banner at the screen's foot (with what the OCR read of the line it hides)" });
        return;
      }
      // The screen's last paragraph (its banner under it): a short head run on after its last sentence.
      const last = i === screen.length - 2 && BANNER.test(screen[i + 1]!.l.trim()) ? /^(.*[。！？])(\p{Script=Han}[^。！？，、；：,.;:!?\s]{3,15})$/u.exec(l.trim()) : null;
      if (last) {
        changes.push({ rule: RULE, kind: 'changed', line: at(x.k), text: `${last[1]!.slice(-8)}⏎${last[2]}`, to: "a head that the layout parser ran onto the screen's last paragraph, on a line of its own" });
        push(last[1]!, x.k);
        push(last[2]!, x.k);
        return;
      }
      const related = RELATED_TAIL.exec(l.trim());
      if (related) {
        changes.push({ rule: RULE, kind: 'changed', line: at(x.k), text: `${related[1]!.slice(-4)}⏎${related[2]}`, to: "a related-links head that the layout parser ran onto the editor's line, on a line of its own" });
        push(related[1]!, x.k);
        push(related[2]!, x.k);
        return;
      }
      push(i === 0 ? `\f${l}` : l, x.k);
    });
  }
  return { text: out.join('\n'), meta: {}, changes, lineMap: map };
}
