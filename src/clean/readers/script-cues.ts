/**
 * script-cues: a radio or TV report kept as its script carries the desk's marks: the parts' labels on lines
 * of their own (`【导语】`, `【正文】`), sound and picture cues (`【音响：火箭弹发射声】`, `【同期声】`), and a sound bite's
 * mark before the speaker (`【录音】乜建新：…`). Two such marks at least are a script's: the marks go (each
 * reported), the speaker's name and words stay as the script prints them.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'script-cues';

const LABEL = '导语|導語|正文|结束|結束|结尾|結尾|主持人|口播';
const CUE = '(?:音响|音響|现场声|現場聲|同期声|同期聲|画面|畫面|字幕|音乐|音樂|空镜|空鏡)(?:[：:][^】\\n]{0,40})?';
const ALONE = new RegExp(`^[ \\t\\u3000]*【(?:${LABEL}|${CUE})】[ \\t\\u3000]*$`, 'u');
const BITE = /^([ \t\u3000]*)【(?:录音|錄音|同期|同期声|同期聲|采访|採訪)】[ \t\u3000]*(?=[\p{Script=Han}·]{2,12}[：:])/u;
// A label opening a line with the script's text after it (`USLT=文稿=chi=【导语】` left the label before the lead).
const OPENING = new RegExp(`^([ \\t\\u3000]*)【(?:${LABEL})】[ \\t\\u3000]*(?=\\S)`, 'u');

export function scriptCues(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('【')) return undefined;
  const lines = text.split('\n');
  const marked = lines.filter((l) => ALONE.test(l) || BITE.test(l) || OPENING.test(l));
  if (marked.length < 2) return undefined;
  // (The host's mark alone, opening the host's entries among others' — `【主持人】本场直播到此结束。` in a live blog —
  // is the page's speaker label: a script has its other parts' labels and cues too.)
  if (marked.every((l) => !ALONE.test(l) && !BITE.test(l) && /^[ \t\u3000]*【主持人】/u.test(l))) return undefined;
  const changes: Change[] = [];
  const out = lines.map((l, i) => {
    const line = lineMap[i] ?? i + 1;
    if (ALONE.test(l)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: "a script's label or cue (the desk's, not the report's words)" });
      return '';
    }
    const m = BITE.exec(l) ?? OPENING.exec(l);
    if (!m) return l;
    changes.push({ rule: RULE, kind: 'removed', line, text: m[0].slice(m[1]!.length).trim(), to: "a script's mark before a sound bite or a part" });
    return m[1]! + l.slice(m[0].length);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
