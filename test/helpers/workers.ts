// Stand-in workers for the parts of the audit that share work with the background thread.
import type { WorkerLink } from '../../src/parallel/protocol.js';

/**
 * A worker that never starts: it takes jobs, claims nothing and never answers. Waiting for it is
 * the bug under test (a real one would cost the 10 s start timeout), so `next()` throws.
 */
export function neverStartedWorker(): WorkerLink {
  return {
    post() {},
    poll: () => undefined,
    next() {
      throw new Error('waited for a worker that never started and has nothing left to do (a real one would wait out its 10 s start timeout)');
    },
  };
}
