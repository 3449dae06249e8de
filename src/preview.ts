/**
 * `dingben preview [BOOK]`: the editor's desk in the browser. A server on
 * loopback serves the review page (live: its buttons write overrides into the
 * book file) beside the book as Paged.js paginates it in the browser — the
 * same HTML the PDF is printed from — and builds again on every save, as
 * `--watch` does; open pages reload themselves (server-sent events) when a
 * build is done.
 *
 * It listens on 127.0.0.1 only, answers only requests whose Host is its own
 * address (a page elsewhere cannot reach it through a rebinding DNS name),
 * accepts writes only as same-origin JSON (`Origin` its own; another origin
 * would need a CORS preflight that is never answered), and writes only the
 * book file it was started with, only `keep:`, `accept:` and `rules:` of the
 * chapter a button names, through yaml's document API (comments and order kept).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { BookConfig } from './book/config.ts';
import type { BuildResult } from './build.ts';
import { writeAtomic } from './io/files.ts';
import { bookDocument } from './pdf/book-document.ts';
import { PAGE_SCRIPT, pageScript } from './pdf/page-script.ts';
import { FALLBACK_FONTS, FONTS, TRADITIONAL_FONTS, fallbacksFor, fontFaceRule, traditionalFacesFor } from './typeset/fonts.ts';
import { usesTraditional } from './typeset/script.ts';
import { reviewPage } from './review/page.ts';
import { packagePath } from './paths.ts';

const require = createRequire(import.meta.url);
const STYLES = `${packagePath('styles')}/`;
const POLYFILL = join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
const ID = /^[a-z0-9-]+-[0-9a-f]{10}(?:\.\d{1,6})?$/;
const RULE = /^[a-z0-9-]{1,40}$/;

export interface PreviewState {
  book?: BookConfig;
  result?: BuildResult;
}

export interface PreviewServer {
  url: string;
  /** Set by the caller: asks for a build (after the server wrote the book file, whether or not the watcher saw it). */
  rebuild?: () => void;
  /** Tells every open page that a build is done (they reload). */
  built(): void;
  close(): Promise<void>;
}

/** The preview's own page: the review page beside the book's pages, both reloaded after a build. */
const INDEX_SCRIPT = `
(function () {
  new EventSource('/events').addEventListener('built', function () {
    document.querySelectorAll('iframe').forEach(function (f) { f.contentWindow.location.reload(); });
  });
})();
`;

function indexPage(title: string): string {
  const hash = createHash('sha256').update(INDEX_SCRIPT).digest('base64');
  const csp = `default-src 'self'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>\n${toHtml(h('html', { lang: 'zh-Hans' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }), h('title', `${title} — preview`),
      h('style', 'html, body { margin: 0; height: 100%; } body { display: flex; } iframe { border: 0; height: 100%; } #review { flex: 1 1 55%; border-right: 1px solid #ccc; } #book { flex: 1 1 45%; background: #eee; } @media (max-width: 900px) { body { flex-direction: column; } iframe { height: 50%; } }')]),
    h('body', [h('iframe#review', { src: '/review', title: 'review' }), h('iframe#book', { src: '/book/', title: 'pages' }), h('script', INDEX_SCRIPT)]),
  ]))}\n`;
}

/** The book as one document for Paged.js in the browser, with the full font files (the PDF subsets them). */
function bookPage(book: BookConfig, result: BuildResult): string {
  const chapters = result.rendered ?? [];
  const options = { stylesheet: 'book.css', pagedjs: { polyfill: 'paged.polyfill.js', script: PAGE_SCRIPT }, fontFaces: '', verticalStylesheet: 'vertical.css' };
  const plain = bookDocument(book, chapters, options);
  const faces = [...FONTS, ...traditionalFacesFor(usesTraditional(book.language, chapters)), ...fallbacksFor(plain)];
  return bookDocument(book, chapters, { ...options, fontFaces: faces.map((f) => fontFaceRule(f, `fonts/${basename(f.path)}`, 'truetype')).join('') });
}

export async function startPreview(bookPath: string, outDir: string, state: PreviewState, port = 0): Promise<PreviewServer> {
  const events = new Set<ServerResponse>();
  let address = '';
  const own = () => new Set([`127.0.0.1:${address}`, `localhost:${address}`]);

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    res.end(body);
  };
  const file = async (res: ServerResponse, path: string, type: string) => send(res, 200, type, await readFile(path));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!own().has(req.headers.host ?? '')) return send(res, 403, 'text/plain; charset=utf-8', 'not this server\'s address');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (req.method === 'POST' && url.pathname === '/override') return override(req, res);
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const { book, result } = state;
    switch (url.pathname) {
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', indexPage(book?.title ?? 'dingben'));
      case '/events':
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': dingben preview\n\n');
        events.add(res);
        req.on('close', () => events.delete(res));
        return;
      case '/review':
        if (!book || !result) return send(res, 503, 'text/plain; charset=utf-8', 'the first build is not done yet');
        return send(res, 200, 'text/html; charset=utf-8', reviewPage(book, result.review, { live: true }));
      case '/book/':
        if (!book || !result?.rendered) return send(res, 503, 'text/plain; charset=utf-8', 'no pages yet: the book file asks for no PDF or EPUB, or the first build is not done');
        return send(res, 200, 'text/html; charset=utf-8', bookPage(book, result));
      case '/book/book.css':
        return file(res, join(STYLES, 'book.css'), 'text/css; charset=utf-8');
      case '/book/vertical.css':
        return file(res, join(STYLES, 'vertical.css'), 'text/css; charset=utf-8');
      case '/book/paged.polyfill.js':
        return file(res, POLYFILL, 'text/javascript; charset=utf-8');
      case `/book/${PAGE_SCRIPT}`:
        return send(res, 200, 'text/javascript; charset=utf-8', await pageScript());
    }
    const font = [...FONTS, ...TRADITIONAL_FONTS, ...FALLBACK_FONTS].find((f) => url.pathname === `/book/fonts/${basename(f.path)}`);
    if (font) return file(res, font.path, 'font/ttf');
    // The build's outputs (PDF, EPUB, clean editions), and nothing outside the output folder.
    if (url.pathname.startsWith('/output/')) {
      const target = resolve(outDir, decodeURIComponent(url.pathname.slice('/output/'.length)));
      const rel = relative(resolve(outDir), target);
      if (rel && !rel.startsWith('..') && !rel.split(sep).some((p) => p.startsWith('.')) && result?.files.includes(target)) {
        const type = target.endsWith('.pdf') ? 'application/pdf' : target.endsWith('.epub') ? 'application/epub+zip' : target.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
        return file(res, target, type);
      }
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };

  /** Writes one override into the book file: `keep:`/`accept:` an id, or a rule switched off, for one chapter. */
  const override = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin ?? '';
    if (!own().has(origin.replace(/^http:\/\//, '')) || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return send(res, 403, 'text/plain; charset=utf-8', 'writes are taken only from this server\'s own pages');
    }
    let raw = '';
    for await (const chunk of req) {
      raw += chunk;
      if (raw.length > 4096) return send(res, 413, 'text/plain; charset=utf-8', 'too large');
    }
    let body: { action?: unknown; chapter?: unknown; file?: unknown; id?: unknown };
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'not JSON');
    }
    const { action, chapter, file: chapterFile, id } = body;
    const valid = (action === 'keep' || action === 'accept') ? typeof id === 'string' && ID.test(id) : action === 'rule-off' && typeof id === 'string' && RULE.test(id);
    if (!valid || typeof chapter !== 'number' || !Number.isInteger(chapter) || typeof chapterFile !== 'string') return send(res, 400, 'text/plain; charset=utf-8', 'bad override');
    const text = await readFile(bookPath, 'utf8');
    const doc = parseDocument(text);
    const chapters = doc.get('chapters', true);
    const entry = isSeq(chapters) ? chapters.items[chapter] : undefined;
    const entryFile = isScalar(entry) ? String(entry.value) : isMap(entry) ? String(entry.get('file')) : undefined;
    if (!isSeq(chapters) || entryFile !== chapterFile) return send(res, 409, 'text/plain; charset=utf-8', 'the book file has changed: reload');
    // A chapter written as a bare file name becomes a mapping, so that it can hold the override.
    const map = isMap(entry) ? (entry as YAMLMap) : (doc.createNode({ file: entryFile }) as YAMLMap);
    if (!isMap(entry)) chapters.items[chapter] = map;
    if (action === 'rule-off') {
      const rules = map.get('rules', true);
      if (isMap(rules)) rules.set(id, false);
      else map.set('rules', doc.createNode({ [id as string]: false }, { flow: true }));
    } else {
      const list = map.get(action as string, true);
      if (isSeq(list)) {
        if (!list.items.some((x) => isScalar(x) && x.value === id)) list.add(id);
      } else map.set(action as string, doc.createNode([id], { flow: true }));
    }
    await writeAtomic(bookPath, doc.toString());
    server.rebuild?.();
    send(res, 200, 'text/plain; charset=utf-8', 'written');
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', (err as Error).message.split('\n')[0]!);
    });
  });
  await new Promise<void>((ready, fail) => {
    http.once('error', fail);
    http.listen(port, '127.0.0.1', () => ready());
  });
  const a = http.address();
  address = typeof a === 'object' && a ? String(a.port) : String(port);
  const server: PreviewServer = {
    url: `http://127.0.0.1:${address}/`,
    built() {
      for (const res of events) res.write('event: built\ndata: {}\n\n');
    },
    async close() {
      for (const res of events) res.end();
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
  return server;
}
