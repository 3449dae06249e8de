/**
 * exif-captions: a photo desk's set of pictures, its story written into the photos' captions, read with ExifTool
 * (`======== 0610.jpg`, then `[IPTC] 说明 : …`, `[XMP-photoshop] 标题 : …`, one tag a line; `-lang zh_cn` labels).
 * The tags say what each value is: the headline (IPTC Headline, XMP-photoshop's 标题) is the title, the
 * credit or source (IPTC 来源) the source; each photo's caption (IPTC Caption-Abstract, 说明; its XMP copy
 * passed over) is read in the order of the files. ExifTool prints a line break inside a value as `.`: the
 * first caption's lines before its last are the set's text, paragraphs; each caption's last line is the
 * photo's caption, its credit after a space (`巩俊杰　摄`) in the block's attribute, a `图为` before it dropped.
 * Every other tag is removed, reported whole.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'exif-captions';

const FILE = /^======== (.{1,300})$/u;
const TAG = /^\[([A-Za-z][\w-]{0,30})\][ \t]+(.{1,60}?)[ \t]*:[ \t](.*)$/u;
const CAPTION = /^(?:说明|說明|Caption-Abstract|Description)$/u;
const HEADLINE = /^(?:Headline|标题|標題)$/u;
const SOURCE = /^(?:来源|來源|Source|Credit)$/u;
const CREDIT = /(?<![ \u3000])[ \u3000]+((?:[\p{Script=Han}]{0,8}(?:记者|通讯员)[ \u3000]*)?[\p{Script=Han}·]{2,4}[ \u3000]*摄)$/u;

interface Photo { file: string; line: number; caption?: { value: string; line: number } }

export function exifCaptions(text: string, lineMap: number[]): Reading | undefined {
  if (!text.startsWith('======== ')) return undefined;
  const lines = text.split('\n');
  const at = (i: number) => lineMap[i] ?? i + 1;
  const photos: Photo[] = [];
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const file = FILE.exec(l);
    if (file) {
      photos.push({ file: file[1]!, line: i });
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l, to: "ExifTool's line naming the file" });
      continue;
    }
    const tag = TAG.exec(l);
    if (!tag || photos.length === 0) {
      if (l.trim() === '' || /^\s*\d+ (?:image )?files? read$/u.test(l)) {
        if (l.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.trim(), to: "ExifTool's count of the files" });
        continue;
      }
      return undefined;
    }
    const [, group, label, value] = tag as unknown as [string, string, string, string];
    const photo = photos[photos.length - 1]!;
    const key = label.replace(/[ \t]+/gu, ' ').trim();
    if (CAPTION.test(key) && !photo.caption && value.trim() !== '') {
      photo.caption = { value: value.trim(), line: i };
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.slice(0, l.length - value.length), to: "the caption's tag (its words read below)" });
      continue;
    }
    const field = HEADLINE.test(key) && (group === 'IPTC' || group === 'XMP-photoshop') ? 'title' : SOURCE.test(key) && group === 'IPTC' ? 'source' : undefined;
    if (field && meta[field] === undefined && value.trim() !== '') {
      meta[field] = value.trim();
      changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l.slice(0, l.length - value.length), to: `label of front matter: ${field}` });
      changes.push({ rule: RULE, kind: 'moved', line: at(i), text: value.trim(), to: `front matter: ${field} (the photos' ${key})` });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(i), text: l, to: "a tag of the photos (not the story's text)" });
  }
  const captioned = photos.filter((p) => p.caption);
  if (captioned.length === 0) return undefined;
  const out: string[] = [];
  const map: number[] = [];
  const push = (t: string, line: number) => {
    if (out.length > 0) { out.push(''); map.push(line); }
    for (const piece of t.split('\n')) {
      out.push(piece);
      map.push(line);
    }
  };
  for (const p of captioned) {
    // ExifTool's `.` for a line break, after a sentence's end.
    const parts = p.caption!.value.split(/(?<=[。！？”」])\.(?=\S)/u);
    if (parts.length > 1) changes.push({ rule: RULE, kind: 'changed', line: at(p.caption!.line), text: '.'.repeat(parts.length - 1), to: "line breaks (ExifTool prints each as '.')" });
    const last = parts.pop()!;
    for (const para of parts) push(para, at(p.caption!.line));
    const credit = CREDIT.exec(last);
    let words = credit ? last.slice(0, credit.index) : last;
    const marker = /^图为[：:]?/u.exec(words);
    if (marker) {
      changes.push({ rule: RULE, kind: 'removed', line: at(p.caption!.line), text: marker[0], to: "the caption's marker" });
      words = words.slice(marker[0].length);
    }
    if (credit) changes.push({ rule: RULE, kind: 'moved', line: at(p.caption!.line), text: credit[1]!, to: 'caption credit' });
    const attr = credit && !/["{}\\]/u.test(credit[1]!) ? `{credit="${credit[1]!.replace(/[ \u3000]+/gu, '\u3000')}"}` : '';
    push(`:::caption${attr}\n${words}${credit && !attr ? ` ${credit[1]}` : ''}\n:::`, at(p.caption!.line));
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}
