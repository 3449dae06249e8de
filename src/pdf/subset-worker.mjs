// Subsets fonts in a worker thread: HarfBuzz's WebAssembly memory grows to hold
// each font and never shrinks, so it lives in a thread that ends with the job.
// Plain JavaScript, so that the worker needs no TypeScript loader.
import { readFile, writeFile } from 'node:fs/promises';
import { workerData, parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

// Each job is a set of characters and where to write each font subset to it; a font file is read once.
const { jobs } = workerData;
const files = new Map();
for (const { chars, fonts } of jobs) {
  for (const { from, to } of fonts) {
    if (!files.has(from)) files.set(from, await readFile(from));
    await writeFile(to, await subsetFont(files.get(from), chars, { targetFormat: 'truetype' }));
  }
}
parentPort.postMessage('done');
