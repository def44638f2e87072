// The main thread's side of the background worker. An audit is synchronous from start to finish
// (a sync walk was measured faster than async fs calls on these 2-core machines), so replies are
// taken with receiveMessageOnPort and waited for with Atomics.wait on a shared counter, never through
// the event loop. A worker that does not come up, or stops answering, is given up on: every caller
// then does the work itself, so the worker only ever makes an audit faster, never different.
import * as os from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../lazy-builtins.js';
import { newWorker } from './new-worker.js';
import { SIGNAL_ALIVE, SIGNAL_HEARTBEAT, SIGNAL_POSTED, SIGNAL_SLOTS, SIGNAL_STOP, type WorkerJob, type WorkerLink, type WorkerReply } from './protocol.js';

/** How long to wait for the worker to start before doing the work here instead. */
const START_TIMEOUT_MS = 10_000;
/** How long a started worker may go without a reply or a heartbeat (crashed, or stuck on a hung network mount). */
const REPLY_TIMEOUT_MS = 10_000;

export type ParallelMode = 'auto' | 'always' | 'never';

/**
 * `CTX_AUDIT_PARALLEL=always|never` overrides the size heuristic (tests run both paths on small
 * trees); `auto` uses a worker only when there is a second CPU.
 */
export function parallelMode(): ParallelMode {
  const v = process.env.CTX_AUDIT_PARALLEL;
  if (v === 'always' || v === 'never') return v;
  return 'auto';
}

export function cpuCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export class SyncWorker implements WorkerLink {
  private readonly signal: Int32Array;
  private dead = false;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    signal: Int32Array,
  ) {
    this.signal = signal;
  }

  /** A new worker, or null when threads are unavailable here. */
  static start(): SyncWorker | null {
    try {
      const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
      const { port1, port2 } = new (nodeWorkerThreads().MessageChannel)();
      // No heap limit: one directory of a million names must not kill the worker (a cap of 96 MB
      // made no difference to the audit's peak memory when measured).
      const worker = newWorker({ workerData: { port: port2, signal }, transferList: [port2], stdout: false, stderr: false });
      // Never keep the process alive, never let a worker failure become an unhandled 'error' event.
      worker.unref();
      worker.on('error', () => {});
      port1.unref();
      return new SyncWorker(worker, port1, signal);
    } catch {
      return null;
    }
  }

  /** True once the worker's own code runs (Node has finished starting it, preloads included). */
  get started(): boolean {
    return Atomics.load(this.signal, SIGNAL_ALIVE) === 1;
  }

  get usable(): boolean {
    return !this.dead;
  }

  post(job: WorkerJob): void {
    if (!this.dead) this.port.postMessage(job);
  }

  /** A reply that has already arrived, or undefined (never waits). */
  poll(): WorkerReply | undefined {
    if (this.dead) return undefined;
    return nodeWorkerThreads().receiveMessageOnPort(this.port)?.message as WorkerReply | undefined;
  }

  /** The next reply, waiting for it; null once the worker is given up on. */
  next(): WorkerReply | null {
    if (this.dead) return null;
    let idle = 0;
    let beat = Atomics.load(this.signal, SIGNAL_HEARTBEAT);
    for (;;) {
      const seen = Atomics.load(this.signal, SIGNAL_POSTED);
      const m = nodeWorkerThreads().receiveMessageOnPort(this.port);
      if (m) return m.message as WorkerReply;
      const alive = Atomics.load(this.signal, SIGNAL_ALIVE) === 1;
      if (idle >= (alive ? REPLY_TIMEOUT_MS : START_TIMEOUT_MS)) {
        this.close();
        return null;
      }
      const slice = 50;
      const woke = Atomics.wait(this.signal, SIGNAL_POSTED, seen, slice) !== 'timed-out';
      const now = Atomics.load(this.signal, SIGNAL_HEARTBEAT);
      if (woke || now !== beat) idle = 0;
      else idle += slice;
      beat = now;
    }
  }

  /** Asks a running job to stop and ends the worker. */
  close(): void {
    if (this.dead) return;
    this.dead = true;
    Atomics.store(this.signal, SIGNAL_STOP, 1);
    this.port.close();
    void this.worker.terminate().catch(() => {});
  }
}
