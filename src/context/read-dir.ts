// Reads one directory the way the context walk needs it: byte-sorted names and the lstat of every
// name, packed off-heap. On the main thread, inside `withDirectoryReads`, it first makes the
// directory the working directory and then lists and lstats its names relative to it: the kernel
// resolves each name alone instead of the whole path from `/` again (about a quarter less time in
// those syscalls on a deep tree, measured). Anything that fails that way is done again with the
// absolute path, so results and errors are those of the absolute calls. Worker threads share the
// process's working directory and cannot change it: they always use absolute paths.
import * as fs from 'node:fs';
import { fsPath, isAscii } from './bytes.js';

/** The lstat fields the walk uses (fs.Stats has them all). */
export interface StatLite {
  mode: number;
  size: number;
  mtimeMs: number;
  ino: number;
  nlink: number;
  rdev: number;
  uid: number;
  gid: number;
}

/** Numbers per packed lstat record: mode size mtimeMs ino nlink rdev uid gid (off-heap, so retention costs no GC). */
export const STAT_FIELDS = 8;
/** `mode` slot value of an entry that vanished between readdir and lstat. */
export const STAT_MISSING = -1;
/** `mode` slot value of an entry whose lstat failed (the error is kept beside the record). */
export const STAT_FAILED = -2;

/** Packs the fields of `st` as one record at data[o...] (mode size mtimeMs ino nlink rdev uid gid). */
export function packStat(data: Float64Array, o: number, st: StatLite): void {
  data[o] = st.mode;
  data[o + 1] = st.size;
  data[o + 2] = st.mtimeMs;
  data[o + 3] = st.ino;
  data[o + 4] = st.nlink;
  data[o + 5] = st.rdev;
  data[o + 6] = st.uid;
  data[o + 7] = st.gid;
}

/** A directory's byte-sorted names and the packed lstat of each (STAT_MISSING / STAT_FAILED slots). */
export interface DirRecord {
  names: string[];
  data: Float64Array;
  /** The lstat error of each STAT_FAILED name. */
  errors: Map<number, unknown> | null;
}

/**
 * PATH_MAX (4096 on Linux, 1024 on macOS and the BSDs) counts the terminating NUL. A directory whose
 * path plus `/`, the longest possible name (NAME_MAX 255) and the NUL fit is read relatively: past
 * that, an absolute lstat can fail with ENAMETOOLONG (which the walk reports as Docker's does)
 * where a relative one would not.
 */
const PATH_MAX = process.platform === 'linux' ? 4096 : 1024;
const NAME_MAX = 255;
const RELATIVE_MAX_DIR = PATH_MAX - NAME_MAX - 2;

/** The working directory to return to, while a `withDirectoryReads` session runs; null otherwise. */
let home: string | null = null;
/** The directory that is the working directory now (set by a successful chdir), or null. */
let here: string | null = null;
let depth = 0;
/** While set and false, reads stay absolute and the working directory stays at `home` (see homeUntil). */
let waitFor: (() => boolean) | null = null;

/**
 * Runs `fn` with relative directory reads allowed on this thread, and restores the working
 * directory afterwards. Sessions nest; only the outermost restores. Only the main thread opens
 * one (a worker thread cannot change directory: the first refused chdir ends the relative reads).
 */
export function withDirectoryReads<T>(fn: () => T): T {
  if (depth === 0) {
    try {
      home = process.cwd();
    } catch {
      home = null; // the working directory is gone: absolute paths only
    }
    here = null;
  }
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    if (depth === 0) {
      const back = home;
      const moved = here !== null;
      home = null;
      here = null;
      waitFor = null;
      if (moved && back !== null) returnTo(back);
    }
  }
}

function returnTo(dir: string): void {
  try {
    process.chdir(dir);
  } catch {
    // The directory the run started in is gone: there is nothing to return to. Every path the
    // engine and the CLI use is absolute, so nothing else depends on it.
  }
}

/**
 * Goes back to the starting directory and reads with absolute paths until `ready()` says so. A
 * worker thread resolves NODE_OPTIONS preloads (`--require ./hook.js`, `dotenv/config`) against
 * the working directory while it starts: it must see the user's, never a directory of the context.
 */
export function homeUntil(ready: () => boolean): void {
  if (home === null) return;
  if (here !== null) {
    returnTo(home);
    here = null;
  }
  waitFor = ready;
}

/** Makes `abs` the working directory; false when it cannot be (outside a session, a non-ASCII or too long path, no permission). */
function enter(abs: string): boolean {
  if (home === null) return false;
  if (waitFor !== null) {
    if (!waitFor()) return false;
    waitFor = null;
  }
  // Always changed into again, even when it is `here` already: the directory at that path may have
  // been replaced since (reading a removed working directory lists nothing instead of failing).
  // process.chdir takes only strings: a byte-string path with non-ASCII bytes would not survive.
  if (abs.length > RELATIVE_MAX_DIR || !isAscii(abs)) return false;
  try {
    // From the last directory, a child or a sibling is one short relative step (the walk mostly
    // goes down, or on to the next sibling); anything else is reached from `/`.
    const parentOfHere = here === null ? -1 : here.lastIndexOf('/');
    if (here !== null && abs.length > here.length && abs.charCodeAt(here.length) === 47 && abs.startsWith(here)) process.chdir(abs.slice(here.length + 1));
    else if (here !== null && parentOfHere > 0 && abs.lastIndexOf('/') === parentOfHere && abs.startsWith(here.slice(0, parentOfHere + 1))) process.chdir('../' + abs.slice(parentOfHere + 1));
    else process.chdir(abs);
  } catch (e) {
    // The working directory did not change. On a worker thread it never can (not imported here to
    // find out: node:worker_threads costs every run's start-up, see lazy-builtins.ts).
    if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_UNSUPPORTED_OPERATION') home = null;
    return false;
  }
  here = abs;
  return true;
}

function listAbsolute(abs: string): string[] {
  // latin1 keeps every byte of every name.
  return fs.readdirSync(fsPath(abs), { encoding: 'latin1' }) as string[];
}

function lstatAbsolute(abs: string, name: string): fs.Stats | undefined {
  return fs.lstatSync(fsPath(abs + '/' + name), { throwIfNoEntry: false });
}

/** Byte-sorted names of `abs` (Go's os.ReadDir order is code-unit order on latin1 strings); throws the listing error. */
export function readNames(abs: string): string[] {
  let names: string[];
  if (enter(abs)) {
    try {
      names = fs.readdirSync('.', { encoding: 'latin1' }) as string[];
    } catch {
      names = listAbsolute(abs);
    }
  } else {
    names = listAbsolute(abs);
  }
  return names.sort();
}

/** lstat of `abs/name`, relative when `abs` is the working directory; undefined when it does not exist. */
export function lstatIn(abs: string, name: string): fs.Stats | undefined {
  if (here === abs) {
    try {
      return fs.lstatSync(fsPath(name), { throwIfNoEntry: false });
    } catch {
      // Repeated with the whole path: the error (and its message) must be the absolute call's.
    }
  }
  return lstatAbsolute(abs, name);
}

/** Lists `abs` and lstats every name in it (throws only the listing error). */
export function readDirectory(abs: string): DirRecord {
  const names = readNames(abs);
  const data = new Float64Array(names.length * STAT_FIELDS);
  let errors: Map<number, unknown> | null = null;
  for (let i = 0; i < names.length; i++) {
    const o = i * STAT_FIELDS;
    let st: fs.Stats | undefined;
    try {
      st = lstatIn(abs, names[i]);
    } catch (e) {
      data[o] = STAT_FAILED;
      (errors ??= new Map()).set(i, e);
      continue;
    }
    if (st === undefined) data[o] = STAT_MISSING;
    else packStat(data, o, st);
  }
  return { names, data, errors };
}
