// Cleans sources in a worker thread, one job at a time, for the clean stage's time bound (bounded.ts): a
// thread can be stopped from outside while a rule runs, which synchronous code in the main thread cannot.
// Plain JavaScript, so that it starts without a TypeScript loader: it loads the clean stage from the module
// its parent names (the bundle's, or the sources' through tsx when the parent runs the sources).
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.tsx) (await import('tsx/esm/api')).register();
const { cleanBytes } = await import(workerData.module);

parentPort.on('message', ({ id, path, bytes, rules, article }) => {
  try {
    parentPort.postMessage({ id, result: cleanBytes(path, Buffer.from(bytes), rules, article) });
  } catch (err) {
    // (A UserError, known by its name: the class the clean stage's module threw it from is that module's.)
    const user = err instanceof Error && err.name === 'UserError';
    parentPort.postMessage({ id, error: { user, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined, exitCode: user ? err.exitCode : undefined } });
  }
});
parentPort.postMessage({ ready: true });
