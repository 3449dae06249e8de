/**
 * `dingben build --watch`: build, then build again whenever the book file or
 * one of its sources changes, in the same process and with the same browser.
 * A rebuild then costs only what changed: no Node start, no Chromium launch,
 * and the build cache serves every unchanged chapter and part.
 */
import { watch, type FSWatcher } from 'chokidar';
import { resolve } from 'node:path';
import type { BookConfig } from './book/config.ts';
import { UserError } from './errors.ts';

export interface WatchOptions {
  /** Reads the book file (with the command line's settings applied). */
  load: () => Promise<BookConfig>;
  /** One build of the book; its result is logged by the caller. */
  build: (book: BookConfig) => Promise<void>;
  /** A line for the user: a build's outcome, an error, what is watched. */
  log: (line: string) => void;
  /** Resolves when watching should end (Ctrl-C); the watcher is closed then. */
  stop: Promise<void>;
  /** Run once watching ends, before waiting for a build under way (closing its browser ends it at once). */
  onStop?: () => Promise<void>;
  /** Quiet time after a change before a build starts: an editor's save may touch a file twice. */
  settleMs?: number;
  /** Receives a function that asks for a build, as a change would (the preview server after it writes the book file). */
  onReady?: (rebuild: () => void) => void;
}

export async function watchBook(bookPath: string, options: WatchOptions): Promise<void> {
  const settle = options.settleMs ?? 50;
  let watched = new Set<string>([resolve(bookPath)]);
  const watcher: FSWatcher = watch([...watched], { ignoreInitial: true });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopping = false;

  const once = async (): Promise<void> => {
    const started = performance.now();
    try {
      const book = await options.load();
      // The book's chapters may have changed: watch what it lists now.
      const now = new Set([resolve(bookPath), ...book.chapters.map((c) => resolve(c.path))]);
      const added = [...now].filter((f) => !watched.has(f));
      const gone = [...watched].filter((f) => !now.has(f));
      if (added.length) watcher.add(added);
      if (gone.length) watcher.unwatch(gone);
      watched = now;
      await options.build(book);
      options.log(`built in ${((performance.now() - started) / 1000).toFixed(2)} s; watching ${watched.size} files (Ctrl-C to stop)`);
    } catch (err) {
      // A mistake in the book or a source is the user's to fix: say it in one line and keep watching.
      const message = err instanceof UserError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
      if (!stopping) options.log(`dingben: ${message}; watching ${watched.size} files (Ctrl-C to stop)`);
    }
  };
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = once().finally(() => {
      running = undefined;
      if (again && !stopping) {
        again = false;
        run();
      }
    });
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(run, settle);
  });
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  options.onReady?.(() => {
    clearTimeout(timer);
    timer = setTimeout(run, settle);
  });
  run();
  await options.stop;
  stopping = true;
  clearTimeout(timer);
  await watcher.close();
  await options.onStop?.();
  await running;
}
