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
// The parts' labels a newsroom's own export of the script opens lines with (the voice-over, the reporter on camera).
const EXPORT_LABEL = '解说|解說|画外音|畫外音|配音|出镜|出鏡';
const CUE = '(?:音响|音響|现场声|現場聲|同期声|同期聲|画面|畫面|字幕|音乐|音樂|空镜|空鏡)(?:[：:][^】\\n]{0,40})?';
const ALONE = new RegExp(`^[ \\t\\u3000]*【(?:${LABEL}|${CUE})】[ \\t\\u3000]*$`, 'u');
const BITE = /^([ \t\u3000]*)【(?:录音|錄音|同期|同期声|同期聲|采访|採訪)】[ \t\u3000]*(?=[\p{Script=Han}·]{2,12}[：:])/u;
// A picture or sound cue with what it shows or sounds after it (`【字幕】某某高速K86—K112　能见度不足50米`,
// `【现场声】（警车鸣笛）`): the screen's text and the sound are the broadcast's, no words of the report.
const SHOWN = /^[ \t\u3000]*【(?:字幕|现场声|現場聲|音响|音響|画面|畫面|音乐|音樂|空镜|空鏡)】[ \t\u3000]*\S.*$/u;
// A sound bite's mark before the speaker's role and name on the line (`【同期声】某某大队副大队长　某某`), the words
// on the next line: the mark goes, the speaker's line stays.
const SPEAKER = /^([ \t\u3000]*)【(?:同期|同期声|同期聲|录音|錄音|采访|採訪)】[ \t\u3000]*(?=[^。！？，：:\n]{2,40}$)/u;
// A label opening a line with the script's text after it (`USLT=文稿=chi=【导语】` left the label before the lead).
const OPENING = new RegExp(`^([ \\t\\u3000]*)【(?:${LABEL})】[ \\t\\u3000]*(?=\\S)`, 'u');
const EXPORT_OPENING = new RegExp(`^([ \\t\\u3000]*)【(?:${LABEL}|${EXPORT_LABEL})】[ \\t\\u3000]*(?=\\S)`, 'u');
// A newsroom system's export of the script (its number, the system, the closing mark): the script
// as the desk keeps it, every mark the desk's. (A web page that prints a script, `【解说】…` / `【同期声】某某`, prints
// its marks as the broadcast's text: they stay there.)
const EXPORTED = /稿件编号|稿件編號|【结束】|【結束】|【稿件导出】|【稿件導出】|制播系统|製播系統/u;

export function scriptCues(text: string, lineMap: number[]): Reading | undefined {
  if (!text.includes('【')) return undefined;
  const lines = text.split('\n');
  const exported = EXPORTED.test(text);
  const opening = exported ? EXPORT_OPENING : OPENING;
  const shown = (l: string) => exported && SHOWN.test(l);
  const speaker = (l: string) => (exported ? SPEAKER.exec(l) : null);
  const marked = lines.filter((l) => ALONE.test(l) || BITE.test(l) || opening.test(l) || shown(l) || speaker(l));
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
    if (shown(l)) {
      changes.push({ rule: RULE, kind: 'removed', line, text: l.trim(), to: "a script's picture or sound cue with what the screen shows or the sound is" });
      return '';
    }
    const m = BITE.exec(l) ?? speaker(l) ?? opening.exec(l);
    if (!m) return l;
    changes.push({ rule: RULE, kind: 'removed', line, text: m[0].slice(m[1]!.length).trim(), to: "a script's mark before a sound bite or a part" });
    return m[1]! + l.slice(m[0].length);
  });
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
