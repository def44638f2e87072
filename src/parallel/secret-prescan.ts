// CTX202 reads tens of thousands of files; on a large context the background worker does those reads
// while the main thread runs the BuildKit view and the Dockerfile cross-check. The rule then takes
// the worker's hits for the files it scanned and reads any other file itself.
import type { SentEntry } from '../context/walk.js';
import { isSecretScanCandidate, type SecretHit, type SecretKind } from '../rules/ctx202-secret-content.js';
import type { Prescanned } from '../rules/rule.js';
import type { WorkerLink } from './protocol.js';

export interface SecretPrescan extends Prescanned {
  /** Files the worker scanned, once its answer is in; null when it gave up or was never asked for. */
  scannedByWorker(): number | null;
}

/** Files per job: the worker holds one job's paths at a time. */
const JOB_FILES = 8192;

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

export function startSecretPrescan(worker: WorkerLink, root: string, entries: readonly SentEntry[], maxBytes: number): SecretPrescan {
  const paths: string[] = [];
  const sizes: number[] = [];
  for (const e of entries) {
    if (!isSecretScanCandidate(e)) continue;
    paths.push(e.path);
    sizes.push(e.contentBytes);
  }
  let jobs = 0;
  for (let first = 0; first < paths.length; first += JOB_FILES, jobs++) {
    worker.post({ job: 'secrets', root, paths: paths.slice(first, first + JOB_FILES), sizes: sizes.slice(first, first + JOB_FILES), maxBytes, first });
  }
  /** Candidate index -> its hits; only files with hits are kept. Null: the worker gave up. */
  let hits: Map<number, SecretHit[]> | null = null;
  const collect = (): Map<number, SecretHit[]> | null => {
    const out = new Map<number, SecretHit[]>();
    for (let answered = 0; answered < jobs; ) {
      const reply = worker.next();
      if (reply === null || (reply.type === 'failed' && reply.job === 'secrets')) return null;
      if (reply.type !== 'secrets') continue;
      answered++;
      for (const [i, kind, line] of reply.hits) {
        let list = out.get(i);
        if (!list) out.set(i, (list = []));
        list.push({ kind: kind as SecretKind, line });
      }
    }
    return out;
  };
  let collected = false;
  // The rule asks in walk order, as the candidates were listed: a cursor finds each one without an
  // index of half a million paths. A path asked out of order is "not scanned" (the rule reads it).
  let cursor = 0;
  return {
    secrets(path) {
      if (!collected) {
        collected = true;
        hits = collect();
      }
      if (hits === null) return undefined;
      while (cursor < paths.length && walkOrder(paths[cursor], path) < 0) cursor++;
      if (cursor >= paths.length || paths[cursor] !== path) return undefined;
      return hits.get(cursor++) ?? [];
    },
    scannedByWorker: () => (hits === null ? null : paths.length),
  };
}
