// Subsets fonts in a worker thread: HarfBuzz's WebAssembly memory grows to hold
// each font and never shrinks, so it lives in a thread that ends with the job.
// Plain JavaScript, so that the worker needs no TypeScript loader.
import { readFile, writeFile } from 'node:fs/promises';
import { workerData, parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

const { fonts, chars } = workerData;
for (const { from, to } of fonts) {
  await writeFile(to, await subsetFont(await readFile(from), chars, { targetFormat: 'truetype' }));
}
parentPort.postMessage('done');
