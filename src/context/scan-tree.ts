// Reads a whole tree the way the context walk does (byte-sorted `readdir`, one `lstat` per entry,
// never following a link) and hands it over in batches, in the walk's own order: pre-order, each
// directory's subdirectories in byte order. The background worker runs this while the main thread
// matches patterns on what has already arrived (see prefetch-tree.ts).
import * as fs from 'node:fs';
import { fsPath } from './bytes.js';
import { readDirectory, STAT_FAILED, STAT_FIELDS, type DirRecord } from './read-dir.js';

export { STAT_FAILED };

/** A file system error as it crosses threads: enough to rebuild what the walk inspects. */
export interface ScanError {
  code: string | undefined;
  message: string;
}

/** Several directories' listings and stats, in walk order. */
export interface ScanBatch {
  /** Absolute byte-string path of each directory. */
  dirs: string[];
  /** Names per directory (-1: listing it failed, error at errors key `${d}`). */
  counts: Int32Array;
  /** Every directory's byte-sorted names, joined with '/' (which no name can hold). */
  names: string;
  /** STAT_FIELDS numbers per name, directory after directory. */
  stats: Float64Array;
  /** `${dirIndex}` (listing failed) or `${dirIndex}:${nameIndex}` (lstat failed) -> the error. */
  errors: Record<string, ScanError>;
}

export function scanError(e: unknown): ScanError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  return { code, message: e instanceof Error ? e.message : String(e) };
}

/** Rebuilds an Error the walk can inspect (`code`, message) from its cross-thread form. */
export function scanErrorToError(s: ScanError): Error {
  return Object.assign(new Error(s.message), s.code === undefined ? {} : { code: s.code });
}

/** Claim states of a chunk (SharedChunks.claims[1 + k]); claims[0] is the worker's next index. */
export const CHUNK_FREE = 0;
export const CHUNK_WORKER = 1;
export const CHUNK_MAIN = 2;

/** Byte-string paths of the subdirectories of `dir`, in byte order (names and d_type only, no lstat). */
export function subdirectories(dir: string): string[] {
  let ents: fs.Dirent<Buffer>[];
  try {
    ents = fs.readdirSync(Buffer.from(dir, 'latin1'), { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const e of ents) if (e.isDirectory()) names.push(e.name.toString('latin1'));
  return names.sort().map((n) => dir + '/' + n);
}

/**
 * Scans `root` and calls `emit` with a batch every `batchEntries` names or so (and once at the end).
 * `shouldStop` is polled between directories.
 */
export function scanTree(root: string, emit: (batch: ScanBatch) => void, batchEntries = 4096, shouldStop: () => boolean = () => false): void {
  let dirs: string[] = [];
  let counts: number[] = [];
  let names: string[] = [];
  let stats: Float64Array[] = [];
  let errors: Record<string, ScanError> = {};
  let pending = 0;
  const flush = () => {
    const total = stats.reduce((n, s) => n + s.length, 0);
    const packed = new Float64Array(total);
    let o = 0;
    for (const s of stats) {
      packed.set(s, o);
      o += s.length;
    }
    emit({ dirs, counts: Int32Array.from(counts), names: names.join('/'), stats: packed, errors });
    dirs = [];
    counts = [];
    names = [];
    stats = [];
    errors = {};
    pending = 0;
  };
  // A subtree's root was seen as a directory when the tree was cut up; if it has become a symlink
  // since, readdir would follow it: read nothing (the walk lists it itself if it ever asks).
  try {
    if (!fs.lstatSync(fsPath(root)).isDirectory()) return;
  } catch {
    return;
  }
  // An explicit stack instead of recursion: a 1,000-deep context must not overflow the worker's stack.
  const stack: string[] = [root];
  while (stack.length > 0) {
    if (shouldStop()) return;
    const abs = stack.pop() as string;
    const d = dirs.length;
    dirs.push(abs);
    let rec: DirRecord;
    try {
      rec = readDirectory(abs);
    } catch (e) {
      counts.push(-1);
      errors[`${d}`] = scanError(e);
      continue;
    }
    const { names: list, data } = rec;
    counts.push(list.length);
    const subdirs: string[] = [];
    for (let i = 0; i < list.length; i++) {
      names.push(list[i]);
      const mode = data[i * STAT_FIELDS];
      if (mode === STAT_FAILED) errors[`${d}:${i}`] = scanError(rec.errors?.get(i));
      else if (mode >= 0 && (mode & 0o170000) === 0o040000) subdirs.push(abs + '/' + list[i]);
    }
    stats.push(data);
    // Reverse onto the stack so the smallest name is visited next (pre-order, byte order).
    for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    pending += list.length + 1;
    if (pending >= batchEntries) flush();
  }
  flush();
}
