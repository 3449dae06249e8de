/**
 * The `dingben` command line. User mistakes end in one line on stderr and a
 * non-zero exit; only an internal fault shows more, and only on request.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { PreviewState } from './preview.ts';
import { EXIT_CANTCREAT, EXIT_IO, UserError, isSystemError, systemReason } from './errors.ts';
import { VERSION } from './version.ts';

// Each command loads its stage when it runs: `dingben --help` and `dingben clean` do not pay for the browser,
// the PDF and EPUB writers or the eval (in the compiled bundle each of these is a chunk of its own).
const config = () => import('./book/config.ts');
const schema = () => import('./book/schema.ts');
const building = () => import('./build.ts');
const browsers = () => import('./browser/browser.ts');
const watching = () => import('./watch.ts');
const cleaning = () => import('./clean/clean-file.ts');

// The clean command's help lists the rules, which means loading them: only when that help is asked for.
const cleanHelp = process.argv.includes('clean') && ['--help', '-h', 'help'].some((a) => process.argv.includes(a));
const RULES = cleanHelp ? (await import('./clean/pipeline.ts')).RULES : [];

// A reader that stops early (`dingben clean f | head`) is no error: stop quietly, as Unix tools do. Any other
// failure to write the output (`> /dev/full`) is one line and the I/O exit status.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`dingben: cannot write to standard output: ${systemReason(err)}\n`);
  process.exit(EXIT_IO);
});

/** sysexits.h EX_UNAVAILABLE: a service the build needs (the browser) went away. */
const EXIT_UNAVAILABLE = 69;

function browserGone(err: unknown): boolean {
  return err instanceof Error && /Target closed|Connection closed|Session closed|browser has disconnected|Browser closed|Navigating frame was detached|Protocol error.*(?:closed|detached)|the browser was closed/iu.test(err.message);
}

const CANT_CREATE = new Set(['EISDIR', 'ENOTDIR', 'EROFS', 'EACCES', 'EPERM', 'EEXIST', 'ENOENT']);

/** Usage mistakes of a command that reports by exit status (check, eval): one line and status 2. */
function usageStatus2(cmd: Command): Command {
  return cmd
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(`dingben: ${text.replace(/^error: /, '')}`) })
    .exitOverride((err) => {
      throw err.exitCode === 0 ? err : new CommanderError(2, err.code, err.message);
    });
}

const program = new Command();
program
  .name('dingben')
  .description('定本 — scraped Chinese news text to a clean Markdown edition, a print PDF and an EPUB')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program
  .command('build')
  .description('build every output the book file asks for into the output folder')
  .argument('[BOOK]', 'the book file', 'sources/book.yaml')
  .option('-o, --out <DIR>', 'output folder', 'output')
  .option('--only <KINDS>', 'comma-separated subset of outputs: clean,pdf,epub')
  .option('--impose <KIND>', 'also write an imposed PDF: booklet (saddle stitch, two-up on sheets twice the page width)')
  .option('--signature-sheets <N>', 'sheets folded together per signature of the booklet (default: all in one)')
  .option('--creep <MM>', 'creep compensation of the booklet, in mm')
  .option('--bleed <MM>', 'also write a press PDF with this bleed, e.g. 3mm')
  .option('--marks <KIND>', 'crop marks on the press PDF: crop or none')
  .option('--archival', 'also write an archival PDF (PDF/A-2b)')
  .option('--browser-endpoint <WS>', 'render through a running Chromium (ws://… DevTools address) instead of launching one')
  .option('--browser <PATH>', 'the Chromium, Chrome or Edge to launch (default: $DINGBEN_CHROMIUM, then where each is installed on Linux, macOS and Windows)')
  .option('--jobs <N>', 'parts of a long book paginated at once (default: one per core)')
  .option('--part-size <CHARS>', 'characters of text per paginated part of a long book (default 70000; 0: paginate the book as one document)')
  .option('--no-cache', 'render everything again instead of reusing unchanged outputs from OUT/.cache')
  .option('--watch', 'after building, build again whenever the book file or a source changes (Ctrl-C to stop)')
  .action(async (bookPath: string, opts: { out: string; only?: string; impose?: string; signatureSheets?: string; creep?: string; bleed?: string; marks?: string; archival?: boolean; browserEndpoint?: string; browser?: string; jobs?: string; partSize?: string; cache: boolean; watch?: boolean }) => {
    if (opts.browser !== undefined) useBrowser(opts.browser);
    const [{ loadBook, parsePrintConfig }, { didYouMean, OUTPUT_KINDS }, { buildBook }] = await Promise.all([config(), schema(), building()]);
    const load = async () => {
      const book = await loadBook(bookPath);
      // Command-line print settings win over the book file's, and are checked the same way.
      const print: Record<string, unknown> = {
        impose: opts.impose ?? book.print.impose,
        // A flag is text: a number only if it reads as one, else the schema names the flag.
        sheets_per_signature: opts.signatureSheets === undefined ? book.print.sheetsPerSignature : /^\d+$/.test(opts.signatureSheets) ? Number(opts.signatureSheets) : opts.signatureSheets,
        creep: opts.creep ?? book.print.creep,
        bleed: opts.bleed ?? book.print.bleed,
        marks: opts.marks ?? book.print.marks,
        archival: opts.archival ?? book.print.archival,
      };
      book.print = parsePrintConfig('command line', print);
      return book;
    };
    const only = opts.only?.split(',').map((s) => s.trim());
    for (const kind of only ?? []) {
      if (!(OUTPUT_KINDS as readonly string[]).includes(kind)) {
        const near = didYouMean(kind, [...OUTPUT_KINDS]);
        throw new UserError(`--only ${opts.only}: ${kind} is not an output (${near ? `did you mean ${near}?` : OUTPUT_KINDS.join(', ')})`);
      }
    }
    if (opts.browserEndpoint && !/^wss?:\/\//.test(opts.browserEndpoint)) throw new UserError(`--browser-endpoint ${opts.browserEndpoint}: must be a ws:// or wss:// DevTools address`);
    // Progress on a terminal only: one line, rewritten in place; nothing when stderr is a file or a pipe.
    const tty = process.stderr.isTTY === true;
    const progress = (line: string) => {
      if (tty) process.stderr.write(`\r\x1b[K${line}`);
    };
    const jobs = opts.jobs === undefined ? undefined : count('--jobs', opts.jobs, 1);
    const partSize = opts.partSize === undefined ? undefined : count('--part-size', opts.partSize, 0);
    const log = (l: string) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}${l}\n`);
    const settings = { outDir: resolve(opts.out), only, browserEndpoint: opts.browserEndpoint, noCache: !opts.cache, jobs, partChars: partSize === 0 ? Infinity : partSize, progress, log };
    if (!opts.watch) {
      const result = await buildBook(await load(), settings);
      process.stderr.write(`built ${result.files.length} files into ${opts.out}/\n`);
      return;
    }
    const [{ lazyBrowser, openBrowser }, { watchBook }] = await Promise.all([browsers(), watching()]);
    // One browser for every build of the session, opened when a build first needs one.
    const browser = lazyBrowser(() => load().then((book) => openBrowser({ endpoint: opts.browserEndpoint ?? book.browserEndpoint, ownSignals: true })));
    const stop = new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    try {
      await watchBook(bookPath, {
        load,
        build: async (book) => {
          const result = await buildBook(book, { ...settings, browser: browser.get });
          log(`built ${result.files.length} files into ${opts.out}/`);
        },
        log,
        stop,
        // A build under way ends at once when its browser goes.
        onStop: browser.close,
      });
    } finally {
      await browser.close();
    }
  });

program
  .command('preview')
  .description('serve the review page beside the paginated book on 127.0.0.1, build again on every save, and let the review page write overrides into the book file')
  .argument('[BOOK]', 'the book file', 'sources/book.yaml')
  .option('-o, --out <DIR>', 'output folder', 'output')
  .option('--port <N>', 'port on 127.0.0.1 (default: a free one)')
  .option('--browser <PATH>', 'the Chromium, Chrome or Edge to launch')
  .action(async (bookPath: string, opts: { out: string; port?: string; browser?: string }) => {
    if (opts.browser !== undefined) useBrowser(opts.browser);
    const [{ loadBook }, { buildBook }, { lazyBrowser, openBrowser }, { watchBook }, { startPreview }] = await Promise.all([config(), building(), browsers(), watching(), import('./preview.ts')]);
    const port = opts.port === undefined ? 0 : count('--port', opts.port, 0);
    const log = (l: string) => process.stderr.write(`${l}\n`);
    const outDir = resolve(opts.out);
    const state: PreviewState = {};
    const server = await startPreview(resolve(bookPath), outDir, state, port).catch((err: NodeJS.ErrnoException) => {
      throw new UserError(`--port ${port}: ${err.code === 'EADDRINUSE' ? 'in use' : err.message}`);
    });
    log(`preview: ${server.url} (Ctrl-C to stop)`);
    const browser = lazyBrowser(() => loadBook(bookPath).then((book) => openBrowser({ endpoint: book.browserEndpoint, ownSignals: true })));
    const stop = new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    try {
      await watchBook(bookPath, {
        load: () => loadBook(bookPath),
        build: async (book) => {
          const result = await buildBook(book, { outDir, browser: browser.get, log });
          Object.assign(state, { book, result });
          server.built();
        },
        log,
        stop,
        onStop: browser.close,
        onReady: (rebuild) => (server.rebuild = rebuild),
      });
    } finally {
      await server.close();
      await browser.close();
    }
  });

program
  .command('review')
  .description('write only the review page: each article\'s source and clean edition side by side, every change marked with its rule and id')
  .argument('[BOOK]', 'the book file', 'sources/book.yaml')
  .option('-o, --out <DIR>', 'output folder (the page is DIR/review/index.html)', 'output')
  .action(async (bookPath: string, opts: { out: string }) => {
    const [{ loadBook }, { buildBook }] = await Promise.all([config(), building()]);
    const book = await loadBook(bookPath);
    const log = (l: string) => process.stderr.write(`${l}\n`);
    await buildBook(book, { outDir: resolve(opts.out), only: ['review'], log });
  });

program
  .command('clean')
  .description('write the clean edition of single files (stdout for one file without -o)')
  .argument('<FILE...>', 'scraped text files')
  .option('-o, --out <OUT>', 'output file (one input) or folder (several inputs)')
  .addHelpText('after', `\nRules, in the order they run:\n${RULES.map((r) => `  ${r.id.padEnd(20)} ${r.summary}`).join('\n')}`)
  .action(async (files: string[], opts: { out?: string }) => {
    const [{ slugOf, summaryLine, uniqueSlugs, writeCleanEdition }, { cleanBytesBounded }] = await Promise.all([cleaning(), import('./clean/bounded.ts')]);
    if (files.length === 1 && !opts.out) {
      const { readUserFile } = await import('./io/files.ts');
      const c = { ...(await cleanBytesBounded(files[0]!, await readUserFile(files[0]!))), slug: slugOf(files[0]!) };
      process.stdout.write(c.markdown);
      process.stderr.write(`${summaryLine(c)}\n`);
      return;
    }
    let failed = 0;
    let exitCode = 1;
    const fail = (err: unknown) => {
      // One file: its error is the run's one line.
      if (!(err instanceof UserError) || files.length === 1) throw err;
      // The first failure's status is the run's: an unwritable output says so in the exit code too.
      if (failed === 0) exitCode = err.exitCode;
      failed++;
      process.stderr.write(`dingben: ${err.message}\n`);
    };
    const [{ siteChrome, withSiteChrome }, { decodeSource }, { readUserFile }] = await Promise.all([import('./clean/site-chrome.ts'), import('./io/decode.ts'), import('./io/files.ts')]);
    // Several files are read together first: the lines they share at their edges are site chrome (see site-chrome.ts).
    const sources = new Map<string, Buffer>();
    const texts: string[] = [];
    for (const f of files) {
      try {
        const bytes = await readUserFile(f);
        texts.push(decodeSource(f, bytes).text);
        sources.set(f, bytes);
      } catch (err) {
        fail(err);
      }
    }
    const rules = withSiteChrome(undefined, siteChrome(texts));
    const names = uniqueSlugs(files);
    for (const note of names.notes) process.stderr.write(`dingben: warning: ${note}\n`);
    for (const [i, f] of files.entries()) {
      const bytes = sources.get(f);
      if (!bytes) continue;
      try {
        const c = { ...(await cleanBytesBounded(f, bytes, rules)), slug: names.slugs[i]! };
        const target = files.length === 1 ? resolve(opts.out!) : join(resolve(opts.out ?? 'output/clean'), `${c.slug}.md`);
        await writeCleanEdition(c, target);
        process.stderr.write(`${summaryLine(c)} → ${target}\n`);
      } catch (err) {
        fail(err);
      }
    }
    if (failed > 0) throw new UserError(`${failed} of ${files.length} files could not be cleaned`, exitCode);
  });

program
  .addCommand(usageStatus2(new Command('check'))
  .description('report what the cleaner would change, writing nothing: exit 0 when nothing, 1 when something, 2 on a usage error')
  .argument('<FILE_OR_BOOK...>', 'clean editions or sources, or one book file')
  .option('--json', 'one JSON object per change: file, line, column, rule, id, kind, before, after')
  .action(async (args: string[], opts: { json?: boolean }) => {
    const { runCheck } = await import('./check.ts');
    process.exitCode = await runCheck(args, opts.json === true);
  }));

program
  .addCommand(usageStatus2(new Command('eval'))
  .description('score the clean stage: clean the source of every golden edition in GOLD_DIR and count the edits still needed')
  .argument('<GOLD_DIR>', 'folder of golden editions, <stem>.gold.md')
  .addOption(new Option('--sources <DIR>', 'folder to find each <stem>.<ext> source in; repeat for several').argParser((dir: string, dirs: string[]) => [...dirs, dir]).default([], 'GOLD_DIR and the folders beside it'))
  .option('--json', 'print the results as a JSON array')
  .option('--verbose', 'list every edit under its file')
  .action(async (goldDir: string, opts: { sources: string[]; json?: boolean; verbose?: boolean }) => {
    const { runEval } = await import('./eval/index.ts');
    await runEval(goldDir, opts.sources, { json: opts.json, verbose: opts.verbose });
  }));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exit(err.exitCode);
  } else if (err instanceof UserError) {
    process.stderr.write(`dingben: ${err.message}\n`);
    process.exit(err.exitCode);
  } else if (browserGone(err)) {
    // Chromium killed or crashed under the build (out of memory, a signal): the machine's trouble, said in one line.
    process.stderr.write(`dingben: the browser closed while it was working (${(err as Error).message.split('\n')[0]}); run the build again\n`);
    process.exit(EXIT_UNAVAILABLE);
  } else if (isSystemError(err)) {
    // The machine refused (a full or read-only disk, a folder where a file should go, no permission): not our bug.
    process.stderr.write(`dingben: ${err.path ? `${err.path}: ` : ''}${systemReason(err)}\n`);
    process.exit(CANT_CREATE.has(err.code!) ? EXIT_CANTCREAT : EXIT_IO);
  } else {
    const e = err as Error;
    process.stderr.write(`dingben: internal error: ${e?.message ?? String(err)}${process.env.DINGBEN_DEBUG ? `\n${e?.stack}` : ' (set DINGBEN_DEBUG=1 for details)'}\n`);
    process.exit(70);
  }
}

/** `--browser PATH`: the browser every launch of this run uses (launches read DINGBEN_CHROMIUM). */
function useBrowser(path: string): void {
  if (!existsSync(path) || statSync(path).isDirectory()) throw new UserError(`--browser ${path}: no such file`);
  process.env.DINGBEN_CHROMIUM = resolve(path);
}

/** A whole number of at least `min` from a command-line flag, or a one-line error naming the flag. */
function count(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min) throw new UserError(`${flag} ${raw}: must be a whole number, at least ${min}`);
  return n;
}
