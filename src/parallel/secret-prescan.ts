// CTX202 reads tens of thousands of files; on a large context the background worker does those reads
// while the main thread runs the BuildKit view and the Dockerfile cross-check. The rule then takes
// the worker's hits for the files it scanned and reads any other file itself.
import type { SentEntry } from '../context/walk.js';
import { isSecretScanCandidate, scanFileForSecrets } from '../rules/ctx202-secret-content.js';
import type { Prescanned, SecretHit, SecretKind } from '../rules/rule.js';
import type { WorkerLink } from './protocol.js';
import { CHUNK_FREE, CHUNK_MAIN } from '../context/scan-tree.js';
import { fsContextReader } from '../rules/fs-reader.js';

export interface SecretPrescan extends Prescanned {
  /** Files the worker scanned, once the answers are in; null before the rule asked. */
  scannedByWorker(): number | null;
}

/** Files per job: the worker holds one job's paths at a time, and the main thread takes whole jobs. */
const JOB_FILES = 2048;

/** Go's byte order on path components (a directory before its contents), i.e. the walk's order. */
function walkOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x === 0x2f) x = -1;
    if (y === 0x2f) y = -1;
    return x - y;
  }
  return a.length - b.length;
}

/** `progress(filesDone, filesTotal)` is told after each job, whichever thread read it. */
export function startSecretPrescan(worker: WorkerLink, root: string, entries: readonly SentEntry[], maxBytes: number, progress?: (done: number, total: number) => void): SecretPrescan {
  const paths: string[] = [];
  const sizes: number[] = [];
  for (const e of entries) {
    if (!isSecretScanCandidate(e)) continue;
    paths.push(e.path);
    sizes.push(e.contentBytes);
  }
  const jobs = Math.ceil(paths.length / JOB_FILES);
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs)));
  for (let index = 0; index < jobs; index++) {
    const first = index * JOB_FILES;
    worker.post({ job: 'secrets', root, paths: paths.slice(first, first + JOB_FILES), sizes: sizes.slice(first, first + JOB_FILES), maxBytes, first, index, claims });
  }
  let byWorker = 0;
  /** Candidate index -> its hits; only files with hits are kept. */
  let hits: Map<number, SecretHit[]> | null = null;
  const collect = (): Map<number, SecretHit[]> => {
    const out = new Map<number, SecretHit[]>();
    const add = (i: number, kind: string, line: number, keyIdOnly: boolean) => {
      let list = out.get(i);
      if (!list) out.set(i, (list = []));
      list.push({ kind: kind as SecretKind, line, ...(keyIdOnly ? { keyIdOnly: true as const } : {}) });
    };
    const reader = fsContextReader(root);
    const scanHere = (index: number) => {
      for (let i = index * JOB_FILES, end = Math.min(paths.length, i + JOB_FILES); i < end; i++) {
        for (const h of scanFileForSecrets(reader, paths[i], sizes[i], maxBytes)) add(i, h.kind, h.line, h.keyIdOnly === true);
      }
    };
    const done = new Uint8Array(jobs);
    let filesDone = 0;
    const finished = (index: number) => {
      done[index] = 1;
      filesDone += Math.min(JOB_FILES, paths.length - index * JOB_FILES);
      progress?.(filesDone, paths.length);
    };
    // The rules need the answers now: read the jobs the worker has not reached, from the far end.
    for (let index = jobs - 1; index >= 0; index--) {
      if (Atomics.compareExchange(claims, index, CHUNK_FREE, CHUNK_MAIN) !== CHUNK_FREE) break;
      scanHere(index);
      finished(index);
    }
    // Wait only for the jobs the worker claimed: the ones taken here are answered "skipped" (or,
    // by a worker that never started, not at all), and waiting for those would only wait for the
    // start timeout.
    let pending = 0;
    for (let index = 0; index < jobs; index++) if (!done[index]) pending++;
    while (pending > 0) {
      const reply = worker.next();
      if (reply === null || reply.type === 'failed') break;
      if (reply.type !== 'secrets' || reply.skipped) continue;
      pending--;
      finished(reply.index);
      byWorker += Math.min(JOB_FILES, paths.length - reply.index * JOB_FILES);
      for (const [i, kind, line, keyIdOnly] of reply.hits) add(i, kind, line, keyIdOnly === 1);
    }
    // A worker that gave up (or failed) leaves its jobs to this thread.
    for (let index = 0; index < jobs; index++) {
      if (done[index]) continue;
      scanHere(index);
      finished(index);
    }
    return out;
  };
  // The rule asks in walk order, as the candidates were listed: a cursor finds each one without an
  // index of half a million paths. A path asked out of order is "not scanned" (the rule reads it).
  let cursor = 0;
  return {
    secrets(path) {
      hits ??= collect();
      while (cursor < paths.length && walkOrder(paths[cursor], path) < 0) cursor++;
      if (cursor >= paths.length || paths[cursor] !== path) return undefined;
      return hits.get(cursor++) ?? [];
    },
    scannedByWorker: () => (hits === null ? null : byWorker),
  };
}
