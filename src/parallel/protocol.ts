// Messages between the main thread and the background worker (src/parallel/worker.ts).
import type { ScanBatch } from '../context/scan-tree.js';

export type WorkerJob =
  /**
   * Read subtrees (scan-tree.ts), streaming batches: take chunk indexes from claims[0] and scan each
   * one whose claims[1 + k] it can move from CHUNK_FREE to CHUNK_WORKER (the main thread scans the others).
   */
  | { job: 'scan'; chunks: string[]; claims: Int32Array }
  /**
   * Scan these context-relative files for credentials (CTX202), reading at most `maxBytes` each;
   * `first` numbers them. Job `index` is done only if the worker can move claims[index] from
   * CLAIM_FREE to CLAIM_WORKER (the main thread takes jobs from the far end when it needs the answers).
   */
  | { job: 'secrets'; root: string; paths: string[]; sizes: number[]; maxBytes: number; first: number; index: number; claims: Int32Array };

export type WorkerReply =
  | { type: 'batch'; batch: ScanBatch }
  | { type: 'chunk-done'; chunk: number }
  | { type: 'scan-done' }
  /** Per hit: `first` + index into the job's paths, the kind, the 1-based line, 1 for SecretHit.keyIdOnly. `skipped`: the main thread had claimed the job. */
  | { type: 'secrets'; index: number; skipped: boolean; hits: [number, string, number, 0 | 1][] }
  | { type: 'failed'; job: WorkerJob['job']; message: string };

/**
 * Slots of the shared Int32Array: how many replies were posted, whether the worker is up, a stop
 * request, and a heartbeat the worker bumps while it works (a long job is not a dead worker).
 */
export const SIGNAL_POSTED = 0;
export const SIGNAL_ALIVE = 1;
export const SIGNAL_STOP = 2;
export const SIGNAL_HEARTBEAT = 3;
export const SIGNAL_SLOTS = 4;

/** What the main thread needs of a worker (SyncWorker; tests substitute a scripted one). */
export interface WorkerLink {
  post(job: WorkerJob): void;
  /** A reply that has already arrived, or undefined (never waits). */
  poll(): WorkerReply | undefined;
  /** The next reply, waiting for it; null once the worker is given up on. */
  next(): WorkerReply | null;
}
