// Starts the background worker's code (src/parallel/worker.ts) in a new thread. This is the
// version the sources run with (the test suite, through tsx): Node 20 does not pass tsx's loader
// to a worker, so it is registered first. scripts/bundle.mjs replaces this module in the published
// bundle with one line that starts dist/ctx-audit-worker.mjs, the file beside the bundle.
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { nodeWorkerThreads } from '../lazy-builtins.js';

export function newWorker(options: WorkerOptions): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new (nodeWorkerThreads().Worker)(boot, { ...options, eval: true });
}
