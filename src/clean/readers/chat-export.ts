/**
 * chat-export: a channel's messages exported as JSON — Telegram Desktop's `result.json` (`{name, type, id,
 * messages: [{id, type, date, from, photo, text, text_entities, reactions…}]}`), or a chat exporter's list of
 * messages each with its `text` or `content` and its time (Slack's channel files, DiscordChatExporter). The
 * export says what everything is, so nothing is guessed from the look of a line: the messages' texts, one after
 * another, are the story (a text given as plain strings and entity objects is put together again, a bold entity
 * written bold, a link with an address as a link); a message with a photo is the photo with its text for
 * caption (which `images` and `captions` read as any photo's); `text_entities`, Telegram's second copy of each
 * text, goes with every other key, each reported whole; a channel's name is the source, and the date of its
 * longest message (the article's, not the photo's) the publishing time.
 */
import type { Change } from '../report.ts';
import { isRecord, jsonSource, type Reading } from './reading.ts';

export const RULE = 'chat-export';

type Json = Record<string, unknown>;

const TEXT_KEYS = ['text', 'content'];
const TIME_KEYS = ['date', 'timestamp', 'ts', 'created_at'];
const PHOTO_KEYS = ['photo', 'thumbnail'];
// An export is chat when all of its messages are, each with a text and a time: a record with a `messages`
// list of one article's paragraphs and no times is some other JSON.
const isMessage = (v: unknown): v is Json => isRecord(v) && TEXT_KEYS.some((k) => k in v) && TIME_KEYS.some((k) => k in v);

export function chatExport(text: string, lineMap: number[]): Reading | undefined {
  const parsed = jsonSource(text);
  if (parsed === undefined) return undefined;
  const outer: Json | undefined = isRecord(parsed) ? parsed : undefined;
  const list = outer ? outer.messages : parsed;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isMessage)) return undefined;
  const messages = list as Json[];
  const texts = messages.map((m) => textOf(m));
  // One message at least must be an article's length: a chat of short replies is no story to clean.
  const longest = texts.reduce((best, t, k) => (plain(t).length > plain(texts[best]!).length ? k : best), 0);
  if (plain(texts[longest]!).length < 100) return undefined;

  const lines = text.split('\n');
  const at = (i: number) => lineMap[i] ?? i + 1;
  let cursor = 0;
  // The source line of a message's key, looked for from where the last one was found (the export lists the
  // messages in order); the export's own keys are looked for from the top, and move nothing.
  const find = (key: string, from: number) => {
    for (let i = from; i < lines.length; i++) if (lines[i]!.includes(`"${key}"`)) return i;
    return -1;
  };
  const lineOf = (key: string) => {
    const found = find(key, cursor);
    if (found >= 0) cursor = found;
    return at(found >= 0 ? found : cursor);
  };
  const topLineOf = (key: string) => at(Math.max(0, find(key, 0)));
  const meta: Record<string, unknown> = {};
  const changes: Change[] = [];
  const remove = (line: number, key: string, value: unknown, to: string) =>
    changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}": ${typeof value === 'string' ? value : JSON.stringify(value ?? null)}`, to });
  if (outer) {
    for (const [key, value] of Object.entries(outer)) {
      if (key === 'messages') continue;
      const line = topLineOf(key);
      // A channel posts under its own name: that name is the story's source (a private chat's is a person's).
      if (key === 'name' && typeof value === 'string' && value.trim() !== '' && /channel/u.test(String(outer.type ?? ''))) {
        meta.source = value.trim();
        changes.push({ rule: RULE, kind: 'moved', line, text: value.trim(), to: "front matter: source (the channel's name)" });
        changes.push({ rule: RULE, kind: 'removed', line, text: '"name":', to: 'the key of the channel\'s name' });
      } else remove(line, key, value, "a field of the chat export (not the story's text)");
    }
  }
  const out: string[] = [];
  const map: number[] = [];
  messages.forEach((message, k) => {
    const textKey = TEXT_KEYS.find((key) => key in message)!;
    let textLine = 0;
    for (const [key, value] of Object.entries(message)) {
      const line = lineOf(key);
      if (key === textKey) {
        textLine = line;
        // A text given in parts is reported as given (entities, their addresses and ids): the story has its words.
        changes.push({ rule: RULE, kind: 'removed', line, text: typeof value === 'string' ? `"${key}":` : `"${key}": ${JSON.stringify(value)}`, to: "the key of a message's text (its escapes read, its parts put together)" });
      } else if (k === longest && TIME_KEYS.includes(key) && typeof value === 'string' && value.trim() !== '' && meta.published === undefined) {
        meta.published = value.trim();
        changes.push({ rule: RULE, kind: 'moved', line, text: value.trim(), to: `front matter: published (the ${key} of the longest message, the article's)` });
        changes.push({ rule: RULE, kind: 'removed', line, text: `"${key}":`, to: "the key of the message's time" });
      } else remove(line, key, value, key === 'text_entities' ? "the export's second copy of the message's text, part by part" : "a field of the message (the chat's, not the story's)");
    }
    const body = texts[k]!;
    const photo = PHOTO_KEYS.map((key) => message[key]).find((v): v is string => typeof v === 'string' && v !== '');
    const block: string[] = [];
    if (photo !== undefined && !/\n/u.test(body.trim()) && body.trim().length <= 200) {
      // The photo's text is its caption: written as a photo with its alt text, as a page's figure is.
      block.push(`![${body.trim().replace(/[[\]\\]/gu, '\\$&')}](<${photo.replace(/[<>\s]/gu, '')}>)`);
    } else {
      if (photo !== undefined) block.push(`![](<${photo.replace(/[<>\s]/gu, '')}>)`, '');
      block.push(...body.replace(/\r\n?/gu, '\n').split('\n'));
    }
    if (block.every((l) => l.trim() === '')) return;
    if (out.length > 0) { out.push(''); map.push(textLine); }
    for (const l of block) { out.push(l); map.push(textLine); }
  });
  return { text: out.join('\n'), meta, changes, lineMap: map };
}

/**
 * A message's text as Markdown: Telegram gives it as a string, or as an array of strings and entities
 * (`{type: "bold", text}`, `{type: "text_link", text, href}`): a bold entity is written bold where it holds no
 * line break, a link with its address as a link, every other entity (hashtag, mention, plain link) as its text.
 */
function textOf(message: Json): string {
  const value = message.text ?? message.content;
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value
    .map((part) => {
      if (typeof part === 'string') return part;
      if (!isRecord(part) || typeof part.text !== 'string') return '';
      const t = part.text;
      if (part.type === 'bold' && t.trim() !== '' && !/\n/u.test(t.trim())) {
        const lead = /^\s*/u.exec(t)![0];
        const tail = /\s*$/u.exec(t)![0];
        return `${lead}**${t.trim()}**${tail}`;
      }
      if (part.type === 'text_link' && typeof part.href === 'string' && /^https?:\/\//u.test(part.href)) return `[${t}](<${part.href.replace(/[<>\s]/gu, '')}>)`;
      return t;
    })
    .join('');
}

function plain(markdown: string): string {
  return markdown.replace(/\s+/gu, '');
}
