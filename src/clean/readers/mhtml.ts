/**
 * mhtml: a web page saved as one file (MHTML, RFC 2557: Chromium's "Save as single file", `Page.captureSnapshot`),
 * a MIME message of the page's HTML and its images and stylesheets, each a part under its headers. The message
 * says what every part is, so it is read as MIME, not matched as text: the HTML part's body, decoded from its
 * transfer encoding (quoted-printable: `=E8=BF=9E`, soft breaks `=` at a line's end; or base64) and its
 * charset, becomes the text, which `markup-debris` then reads as any HTML; the page's address
 * (`Snapshot-Content-Location`, or the part's `Content-Location`) goes to the url; the message's headers and the
 * other parts (images in base64, stylesheets) are removed, each reported whole.
 */
import iconv from 'iconv-lite';
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'mhtml';

interface Part { headers: Map<string, string>; headerText: string; body: string[]; bodyStart: number; start: number; end: number }

const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.*)$/u;
const ADDRESS = /^https?:\/\/\S+$/u;

export function mhtml(text: string, lineMap: number[]): Reading | undefined {
  // Every source passes here: only one whose headers name a MIME message is split into lines.
  if (!/^MIME-Version:/imu.test(text.slice(0, 4000))) return undefined;
  const lines = text.split('\n').map((l) => l.replace(/\r$/u, ''));
  const head = headerBlock(lines, 0);
  const type = head?.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]{1,200})"?/iu.exec(type)?.[1];
  if (!head || !/^multipart\/related/iu.test(type) || !boundary || !head.headers.has('mime-version')) return undefined;
  const at = (i: number) => lineMap[i] ?? i + 1;
  // The parts between the boundary lines (`--boundary`, the last `--boundary--`).
  const parts: Part[] = [];
  let i = head.end;
  const delimiter = `--${boundary}`;
  const preamble = i;
  while (i < lines.length && lines[i] !== delimiter) i++;
  const preambleText = lines.slice(preamble, i).join('\n');
  while (i < lines.length && lines[i] === delimiter) {
    const block = headerBlock(lines, i + 1);
    if (!block) return undefined;
    let j = block.end;
    while (j < lines.length && lines[j] !== delimiter && lines[j] !== `${delimiter}--`) j++;
    parts.push({ headers: block.headers, headerText: lines.slice(i, block.end).join('\n'), body: lines.slice(block.end, j), bodyStart: block.end, start: i, end: j });
    i = j;
  }
  const html = parts.find((p) => /^text\/html/iu.test(p.headers.get('content-type') ?? ''));
  if (!html) return undefined;
  const changes: Change[] = [];
  const meta: Record<string, unknown> = {};
  changes.push({ rule: RULE, kind: 'removed', line: at(0), text: lines.slice(0, head.end).join('\n'), to: "the saved page's MIME headers" });
  if (preambleText.trim() !== '') changes.push({ rule: RULE, kind: 'removed', line: at(preamble), text: preambleText, to: "the MIME message's preamble" });
  const address = [head.headers.get('snapshot-content-location'), html.headers.get('content-location')].find((v): v is string => v !== undefined && ADDRESS.test(v.trim()));
  if (address) {
    meta.url = address.trim();
    changes.push({ rule: RULE, kind: 'moved', line: at(0), text: address.trim(), to: 'front matter: url (the address the page was saved from)' });
  }
  for (const p of parts) {
    if (p === html) {
      changes.push({ rule: RULE, kind: 'removed', line: at(p.start), text: p.headerText, to: "the HTML part's MIME headers" });
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(p.start), text: [p.headerText, ...p.body].join('\n'), to: `a part of the saved page that is no text (${(p.headers.get('content-type') ?? '').split(';')[0]})` });
  }
  const last = parts[parts.length - 1]!;
  if (last.end < lines.length) changes.push({ rule: RULE, kind: 'removed', line: at(last.end), text: lines.slice(last.end).join('\n'), to: "the MIME message's closing boundary" });
  const charset = /charset="?([A-Za-z0-9_-]{1,40})"?/iu.exec(html.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  const encoding = (html.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const decode = (bytes: Buffer) => (iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8'));
  const out: string[] = [];
  const map: number[] = [];
  if (encoding === 'quoted-printable') {
    // A line that ends in `=` goes on in the next (a soft break); each logical line maps to its first source line.
    let logical = '';
    let from = -1;
    html.body.forEach((line, k) => {
      if (from < 0) from = html.bodyStart + k;
      const soft = line.endsWith('=');
      logical += soft ? line.slice(0, -1) : line;
      if (soft && k < html.body.length - 1) return;
      out.push(decode(quotedPrintable(logical)));
      map.push(at(from));
      logical = '';
      from = -1;
    });
    changes.push({ rule: RULE, kind: 'changed', line: at(html.bodyStart), text: 'quoted-printable', to: `the HTML part's text, decoded (${charset})` });
  } else if (encoding === 'base64') {
    const decoded = decode(Buffer.from(html.body.join(''), 'base64')).split(/\r?\n/u);
    for (const l of decoded) {
      out.push(l);
      map.push(at(html.bodyStart));
    }
    changes.push({ rule: RULE, kind: 'changed', line: at(html.bodyStart), text: 'base64', to: `the HTML part's text, decoded (${charset})` });
  } else {
    html.body.forEach((l, k) => {
      out.push(l);
      map.push(at(html.bodyStart + k));
    });
  }
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

/** The header lines from `from` to the blank line after them (a line opening with a space or tab continues one). */
function headerBlock(lines: string[], from: number): { headers: Map<string, string>; end: number } | undefined {
  const headers = new Map<string, string>();
  let last: string | undefined;
  let i = from;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    if (/^[ \t]/u.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const m = HEADER.exec(line);
    if (!m) return undefined;
    last = m[1]!.toLowerCase();
    headers.set(last, m[2]!);
  }
  return headers.size > 0 ? { headers, end: i + 1 } : undefined;
}

/** The bytes of a quoted-printable line (`=E8=BF` → 0xE8 0xBF); an `=` not before two hex digits stands as it is. */
function quotedPrintable(s: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? /^[0-9A-Fa-f]{2}/u.exec(s.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      const cp = s.codePointAt(i)!;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      if (cp > 0xffff) i++;
    }
  }
  return Buffer.from(bytes);
}
