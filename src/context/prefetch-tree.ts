// A TreeSource that shares the reading of a large tree with the background worker. The tree is cut
// into subtrees (chunks, in walk order); the worker takes them from the front and streams back each
// one's listings and lstat results (scan-tree.ts), while the walk on this thread matches patterns
// against what has arrived. When the walk reaches a chunk the worker has not claimed yet, this thread
// claims and reads it itself, so neither thread idles while the other has work. Everything is kept:
// the BuildKit view and the rules replay the same recording (one read of the tree, one instant).
import { emptyStat, fillStat, recordingTree, STAT_FIELDS, STAT_MISSING, type Listing, type StatLite, type TreeSource } from './walk.js';
import { CHUNK_FREE, CHUNK_MAIN, scanErrorToError, scanTree, subdirectories, STAT_FAILED, type ScanBatch, type ScanError } from './scan-tree.js';
import type { WorkerLink, WorkerReply } from '../parallel/protocol.js';

interface Dir {
  names: string[];
  stats: Float64Array;
  /** nameIndex -> lstat error */
  errors: Map<number, ScanError> | null;
}

export interface PrefetchTree extends TreeSource {
  replay(): TreeSource;
  /** The worker, once the walk has seen enough of the tree to start one. */
  readonly worker: WorkerLink | null;
  /** How the tree was shared out: subtrees, and how many of them each thread read. */
  sharing(): { chunks: number; readHere: number; readByWorker: number };
  /** Waits for the worker to finish reading (it has, once the walk is done), so the worker is free for other jobs. */
  finishSharing(): void;
}

export interface PrefetchOptions {
  /** Start sharing once the walk has listed this many entries (a smaller tree never pays a worker's start-up). */
  afterEntries: number;
  /** Split what is left of the tree into at least this many subtrees, when it has that many directories. */
  minChunks: number;
  /** Starts the worker (null: threads unavailable; the walk then reads everything itself). */
  startWorker: () => WorkerLink | null;
}

/**
 * Starts as a plain recording of the live tree. Once the walk has listed `afterEntries` entries,
 * what it has not reached yet is cut into subtrees (in walk order: the directory it asks for next,
 * then the later siblings of it and of each of its ancestors) and shared with a worker.
 */
export function prefetchTree(opts: PrefetchOptions): PrefetchTree {
  const dirs = new Map<string, Dir | { error: ScanError }>();
  let chunks: string[] = [];
  let claims = new Int32Array(new SharedArrayBuffer(4));
  const chunkIndex = new Map<string, number>();
  let chunkDone = new Uint8Array(0);
  // Directories above the chunks (and any the worker never saw) are read here, and recorded.
  const above = recordingTree();
  const aboveReplay = above.replay();
  let worker: WorkerLink | null = null;
  let streaming = false;
  /** The last chunk this thread may still take from the far end. */
  let back = -1;
  let root: string | null = null;
  let seen = 0;
  let decided = false;
  let readHere = 0;
  let readByWorker = 0;

  /** Directories the walk has not reached when it asks for `next`, in the order it will reach them. */
  const remaining = (next: string): string[] => {
    const out = [next];
    for (let child = next; child !== root; ) {
      const slash = child.lastIndexOf('/');
      const parent = child.slice(0, slash);
      const listing = aboveReplay.list(parent);
      const names = listing.names;
      let i = names.indexOf(child.slice(slash + 1));
      if (i < 0) break;
      for (i++; i < names.length; i++) {
        let st: StatLite | undefined;
        try {
          st = listing.stat(i);
        } catch {
          continue;
        }
        if (st && (st.mode & 0o170000) === 0o040000) out.push(parent + '/' + names[i]);
      }
      child = parent;
    }
    return out;
  };

  /** Splits subtrees into their subdirectories (names only) until there are enough to share out. */
  const refine = (roots: string[]): string[] => {
    for (let round = 0; round < 3 && roots.length < opts.minChunks; round++) {
      const next: string[] = [];
      for (const r of roots) next.push(...subdirectories(r));
      if (next.length <= roots.length) break;
      roots = next;
    }
    return roots;
  };

  const share = (next: string) => {
    decided = true;
    const planned = refine(remaining(next));
    if (planned.length < 2) return;
    worker = opts.startWorker();
    if (!worker) return;
    chunks = planned;
    claims = new Int32Array(new SharedArrayBuffer(4 * (chunks.length + 1)));
    chunks.forEach((c, k) => chunkIndex.set(c, k));
    chunkDone = new Uint8Array(chunks.length);
    back = chunks.length - 1;
    streaming = true;
    worker.post({ job: 'scan', chunks, claims });
  };

  const take = (batch: ScanBatch) => {
    const all = batch.names.length === 0 ? [] : batch.names.split('/');
    let at = 0;
    let off = 0;
    const entryErrors = new Map<number, Map<number, ScanError>>();
    for (const key of Object.keys(batch.errors)) {
      const colon = key.indexOf(':');
      if (colon < 0) continue;
      const d = Number(key.slice(0, colon));
      let m = entryErrors.get(d);
      if (!m) entryErrors.set(d, (m = new Map()));
      m.set(Number(key.slice(colon + 1)), batch.errors[key]);
    }
    for (let d = 0; d < batch.dirs.length; d++) {
      const n = batch.counts[d];
      if (n < 0) {
        dirs.set(batch.dirs[d], { error: batch.errors[`${d}`] });
        continue;
      }
      dirs.set(batch.dirs[d], { names: n === 0 ? [] : all.slice(at, at + n), stats: batch.stats.subarray(off, off + n * STAT_FIELDS), errors: entryErrors.get(d) ?? null });
      at += n;
      off += n * STAT_FIELDS;
    }
  };

  /** The chunk `abs` lies in (its root, or a directory below it), or -1. */
  const chunkOf = (abs: string): number => {
    for (let p = abs; ; ) {
      const k = chunkIndex.get(p);
      if (k !== undefined) return k;
      const slash = p.lastIndexOf('/');
      if (slash <= 0) return -1;
      p = p.slice(0, slash);
    }
  };

  const handle = (reply: WorkerReply | null | undefined): void => {
    if (reply === null || reply === undefined || reply.type === 'scan-done' || reply.type === 'failed') streaming = false;
    else if (reply.type === 'batch') take(reply.batch);
    else if (reply.type === 'chunk-done') {
      chunkDone[reply.chunk] = 1;
      readByWorker++;
    }
  };

  /** Takes in whatever has arrived, so batches wait in this thread's heap rather than in the port's queue as well. */
  const drain = () => {
    while (streaming && worker !== null) {
      const reply = worker.poll();
      if (reply === undefined) return;
      handle(reply);
    }
  };

  /** The recorded directory, reading or waiting for its chunk first; undefined when no chunk holds it. */
  const lookup = (abs: string): Dir | { error: ScanError } | undefined => {
    const rec = dirs.get(abs);
    if (rec !== undefined) return rec;
    const k = chunkOf(abs);
    if (k < 0 || worker === null) return undefined;
    drain();
    if (Atomics.compareExchange(claims, 1 + k, CHUNK_FREE, CHUNK_MAIN) === CHUNK_FREE) {
      scanTree(chunks[k], take);
      chunkDone[k] = 1;
      readHere++;
    }
    while (chunkDone[k] === 0 && streaming) {
      // Handle what has arrived; with nothing to handle, read a chunk from the far end rather than wait.
      const reply = worker.poll();
      if (reply !== undefined) {
        handle(reply);
        continue;
      }
      while (back > k && Atomics.compareExchange(claims, 1 + back, CHUNK_FREE, CHUNK_MAIN) !== CHUNK_FREE) back--;
      if (back > k) {
        scanTree(chunks[back], take);
        chunkDone[back--] = 1;
        readHere++;
        continue;
      }
      handle(worker.next());
    }
    return dirs.get(abs);
  };

  const listingOf = (rec: Dir, scratch: StatLite): Listing => ({
    names: rec.names,
    stat(i): StatLite | undefined {
      const o = i * STAT_FIELDS;
      const mode = rec.stats[o];
      if (mode === STAT_MISSING) return undefined;
      if (mode === STAT_FAILED) throw scanErrorToError(rec.errors?.get(i) ?? { code: undefined, message: 'lstat failed' });
      return fillStat(scratch, rec.stats, o);
    },
  });

  const make = (fallback: TreeSource, live: boolean): TreeSource => {
    const scratch = emptyStat();
    return {
      list(abs) {
        if (live && !decided) {
          if (root === null) root = abs;
          else if (seen >= opts.afterEntries) share(abs);
        }
        const rec = chunks.length > 0 ? lookup(abs) : undefined;
        // Above the chunks, created after the worker passed, or the worker gave up: read it here.
        if (rec === undefined) {
          const listing = fallback.list(abs);
          if (live) seen += listing.names.length;
          return listing;
        }
        if ('error' in rec) throw scanErrorToError(rec.error);
        return listingOf(rec, scratch);
      },
    };
  };
  const liveSource = make(above, true);
  return {
    list: (abs) => liveSource.list(abs),
    replay: () => make(aboveReplay, false),
    get worker() {
      return worker;
    },
    sharing: () => ({ chunks: chunks.length, readHere, readByWorker }),
    finishSharing() {
      // Once every subtree is in, nothing the worker could still send matters: a worker that never
      // started (or claimed nothing) is not waited for.
      while (streaming && worker !== null && chunkDone.includes(0)) handle(worker.next());
      streaming = false;
    },
  };
}
