/**
 * The clean stage with a time bound. Every rule is meant to run in time linear in its text, and the tests hold
 * the patterns to it; but a pattern that backtracks on some text nobody tried would hold the build forever,
 * and synchronous code cannot be stopped from the thread it runs in. So the command line cleans each source
 * in a worker thread, and stops the thread when a source takes longer than its bound: one line naming the
 * file, exit status 4, nothing written. The bound is generous (a minute, and a minute more for every megabyte begun);
 * `DINGBEN_CLEAN_TIMEOUT` (seconds) sets it.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.ts';
import { packagePath } from '../paths.ts';
import type { CleanedFile } from './clean-file.ts';
import type { CleanInput, RuleSettings } from './pipeline.ts';

/** Exit status of a source that the clean stage did not finish within its time bound. */
export const CLEAN_TIMED_OUT = 4;

type Article = Pick<CleanInput, 'keep' | 'accept' | 'overrides'>;
interface Reply {
  id?: number;
  ready?: boolean;
  result?: CleanedFile;
  error?: { user: boolean; message: string; stack?: string; exitCode?: number };
}

/** The time bound for a source of `bytes` bytes, in milliseconds. */
export function cleanBound(bytes: number): number {
  const set = process.env.DINGBEN_CLEAN_TIMEOUT;
  if (set !== undefined && set.trim() !== '') {
    const s = Number(set);
    if (!Number.isFinite(s) || s <= 0) throw new UserError(`DINGBEN_CLEAN_TIMEOUT=${set}: must be a number of seconds above 0`);
    return s * 1000;
  }
  return 60_000 + Math.ceil(bytes / 1_000_000) * 60_000;
}

let worker: { thread: Worker; ready: Promise<void> } | undefined;
let next = 1;
const waiting = new Map<number, { resolve: (c: CleanedFile) => void; reject: (e: Error) => void }>();
let queue: Promise<unknown> = Promise.resolve();

function start(): { thread: Worker; ready: Promise<void> } {
  // The sources run through tsx (the tests, a checkout whose bundle is stale); the command line runs dist/.
  const sources = import.meta.url.endsWith('.ts');
  const module = sources ? packagePath('src', 'clean', 'clean-file.ts') : packagePath('dist', 'clean', 'clean-file.js');
  const thread = new Worker(packagePath('src', 'clean', 'clean-worker.mjs'), { workerData: { tsx: sources, module: pathToFileURL(module).href } });
  const ready = new Promise<void>((resolve, reject) => {
    thread.on('message', (m: Reply) => {
      if (m.ready) return resolve();
      const job = m.id === undefined ? undefined : waiting.get(m.id);
      if (!job) return;
      waiting.delete(m.id!);
      if (m.result) return job.resolve(m.result);
      const e = m.error!;
      if (e.user) return job.reject(new UserError(e.message, e.exitCode));
      const err = new Error(e.message);
      err.stack = e.stack;
      job.reject(err);
    });
    const fail = (err: Error) => {
      if (worker?.thread === thread) worker = undefined;
      reject(err);
      for (const job of waiting.values()) job.reject(err);
      waiting.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`the clean stage's worker stopped (code ${code})`)));
  });
  // Idle, the thread does not keep the process alive.
  thread.unref();
  return { thread, ready };
}

/** cleanBytes, in the worker, stopped after the source's time bound. One source at a time. */
export function cleanBytesBounded(path: string, bytes: Buffer, rules?: RuleSettings, article?: Article): Promise<CleanedFile> {
  const run = queue.then(() => cleanOne(path, bytes, rules, article));
  queue = run.catch(() => undefined);
  return run;
}

async function cleanOne(path: string, bytes: Buffer, rules: RuleSettings | undefined, article: Article | undefined): Promise<CleanedFile> {
  const bound = cleanBound(bytes.length);
  worker ??= start();
  const { thread, ready } = worker;
  thread.ref();
  try {
    await ready;
    const id = next++;
    return await new Promise<CleanedFile>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        if (worker?.thread === thread) worker = undefined;
        void thread.terminate();
        reject(new UserError(`${path}: the clean stage stopped after ${bound >= 10_000 ? Math.round(bound / 1000) : bound / 1000} s on this source (a rule took too long on its text: a defect, please report it); nothing was written`, CLEAN_TIMED_OUT));
      }, bound);
      waiting.set(id, {
        resolve: (c) => (clearTimeout(timer), resolve(c)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      thread.postMessage({ id, path, bytes, rules, article });
    });
  } finally {
    thread.unref();
  }
}
