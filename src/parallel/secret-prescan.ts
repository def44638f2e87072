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

export function startSecretPrescan(worker: WorkerLink, root: string, entries: readonly SentEntry[], maxBytes: number): SecretPrescan {
  const paths: string[] = [];
  const sizes: number[] = [];
  for (const e of entries) {
    if (!isSecretScanCandidate(e)) continue;
    paths.push(e.path);
    sizes.push(e.contentBytes);
  }
  worker.post({ job: 'secrets', root, paths, sizes, maxBytes });
  let results: Map<string, SecretHit[]> | null = null;
  const collect = (): Map<string, SecretHit[]> | null => {
    for (;;) {
      const reply = worker.next();
      if (reply === null) return null;
      if (reply.type === 'failed' && reply.job === 'secrets') return null;
      if (reply.type !== 'secrets') continue; // a scan's leftovers
      const byPath = new Map<string, SecretHit[]>();
      for (const p of paths) byPath.set(p, []);
      for (const [i, kind, line] of reply.hits) byPath.get(paths[i])?.push({ kind: kind as SecretKind, line });
      return byPath;
    }
  };
  let done = false;
  return {
    secrets(path) {
      if (!done) {
        done = true;
        results = collect();
      }
      return results?.get(path);
    },
    scannedByWorker: () => (results === null ? null : paths.length),
  };
}
