/**
 * enex-note: a note exported from Evernote (`.enex`) wraps a web clip in an XML envelope — `<en-export>`,
 * `<note>`, its `<title>` (the clipped page's, with the site's name after a dash or bar), `<created>`,
 * `<tag>`s, `<note-attributes>` with the `<source-url>` — and keeps the page as ENML (XHTML, one `<div>` a
 * line) inside a CDATA section, its photos as base64 `<resource>`s after it. The envelope says what each part
 * is: the title and the site's name go to the front matter, the address to url, and the rest of the envelope,
 * the CDATA's own declarations, the media tags and the resources are removed (reported). The ENML is left as
 * the HTML it is, for the HTML reading of the rules.
 */
import type { Change } from '../report.ts';
import { decodeXml, siteSuffix, type Reading } from './reading.ts';

export const RULE = 'enex-note';

const TITLE = /^\s*<title>([^<]{1,500})<\/title>\s*$/u;
const SOURCE_URL = /^(\s*<source-url>)([^<\s]{1,2000})(<\/source-url>)\s*$/u;

export function enexNote(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  if (!lines.slice(0, 5).some((l) => /<en-export[\s>]/u.test(l)) || !lines.some((l) => /<en-note[\s>]/u.test(l))) return undefined;
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const out = [...lines];
  const line = (k: number) => lineMap[k] ?? k + 1;
  const envelope = (k: number, span: string, why = "the Evernote export's envelope") => {
    if (span.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: line(k), text: span.trim(), to: why });
  };
  let state: 'envelope' | 'note' | 'after' = 'envelope';
  for (let k = 0; k < lines.length; k++) {
    let raw = lines[k]!;
    if (state === 'envelope') {
      out[k] = '';
      const t = TITLE.exec(raw);
      const u = SOURCE_URL.exec(raw);
      if (t && meta.title === undefined) {
        let title = decodeXml(t[1]!.trim());
        const site = siteSuffix(title);
        envelope(k, raw.slice(0, raw.indexOf('<title>') + 7) + '</title>', "the note's title tags");
        // The site's name is told apart by the note's text, which prints the headline without it.
        const bare = site ? title.slice(0, site.at).trim() : '';
        if (site && bare.length >= 4 && lines.some((l, j) => j > k && l.includes(bare.split(/——/u)[0]!))) {
          const name = site.name;
          title = bare;
          meta.source = name;
          changes.push({ rule: RULE, kind: 'removed', line: line(k), text: site.separator, to: "the separator before the site's name" });
          changes.push({ rule: RULE, kind: 'moved', line: line(k), text: name, to: "front matter: source (the site's name after the page's title)" });
        }
        meta.title = title;
        changes.push({ rule: RULE, kind: 'moved', line: line(k), text: title, to: "front matter: title (the clipped page's title)" });
      } else if (u) {
        meta.url = u[2]!;
        envelope(k, `${u[1]}${u[3]}`, 'the tags of front matter: url');
        changes.push({ rule: RULE, kind: 'moved', line: line(k), text: u[2]!, to: 'front matter: url' });
      } else if (/<content>/u.test(raw)) {
        // `<content>` and the CDATA's XML declaration and DOCTYPE, on this line and the next.
        envelope(k, raw);
        state = 'note';
      } else envelope(k, raw);
      continue;
    }
    if (state === 'note') {
      if (/^\s*(?:<!\[CDATA\[)?\s*(?:<\?xml[^>]{0,200}\?>)?\s*(?:<!DOCTYPE en-note[^>]{0,300}>)?\s*$/u.test(raw)) {
        envelope(k, raw);
        out[k] = '';
        continue;
      }
      const open = /^\s*(?:<!\[CDATA\[)?\s*<en-note[^>]{0,300}>(?:<div style="--en-clipped-content[^"]{0,200}">)?/u.exec(raw);
      if (open) {
        envelope(k, open[0], "the note's ENML wrapper");
        raw = raw.slice(open[0].length);
      }
      const close = /(?:<\/div>)?<\/en-note>\s*(?:\]\]>)?\s*(?:<\/content>)?\s*$/u.exec(raw);
      if (close) {
        envelope(k, close[0], "the note's ENML wrapper");
        raw = raw.slice(0, close.index);
        state = 'after';
      }
      // The photo's slot: the resource it names is removed below.
      raw = raw.replace(/<en-media\b[^>]{0,300}\/?>(?:<\/en-media>)?/gu, (m) => {
        changes.push({ rule: RULE, kind: 'removed', line: line(k), text: m, to: "a note's media tag (the photo, kept as a base64 resource, is not the text)" });
        return '';
      });
      out[k] = raw;
      continue;
    }
    // After the note's content: its resources (base64 photos) and the envelope's end.
    envelope(k, raw);
    out[k] = '';
  }
  return { text: out.join('\n'), meta, changes, lineMap };
}
