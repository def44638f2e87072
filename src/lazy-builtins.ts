// Node built-ins that most runs never use, loaded on first use instead of at start-up (issue 18).
// An `import` of one loads it, and what it pulls in, before the first line of the audit runs:
// node:worker_threads (the worker's messaging, error serialisation, diagnostics channels) and
// node:fs/promises (readline's interface) cost a run ~10 ms together, node:crypto ~2 ms, while a
// context small enough to walk alone needs no worker, and only `tar`, URLs and a few findings
// need the others. `import type` stays free: types are erased.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | undefined;
let workerThreads: typeof import('node:worker_threads') | undefined;
let fsPromises: typeof import('node:fs/promises') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return (workerThreads ??= load('node:worker_threads') as typeof import('node:worker_threads'));
}

export function nodeFsPromises(): typeof import('node:fs/promises') {
  return (fsPromises ??= load('node:fs/promises') as typeof import('node:fs/promises'));
}
