// The legacy builder's context walk: which entries `docker build` (DOCKER_BUILDKIT=0) archives,
// in which order, with which tar headers. Mirrors go-archive's Tarballer.Do + addTarFile and the
// CLI's ValidateContextDirectory, folded into ONE directory traversal so a 100k-entry context is
// listed and stat-ed once (facts R18-R34).
import * as fs from 'node:fs';
import { fsPath, toByteString } from './bytes.js';
import { lstatIn, readDirectory, readNames, STAT_FAILED, STAT_FIELDS, STAT_MISSING, type DirRecord, type StatLite } from './read-dir.js';

export { packStat, STAT_FAILED, STAT_FIELDS, STAT_MISSING, type StatLite } from './read-dir.js';
import { errnoText } from './discover.js';
import { dirPrefix, PatternError, type PatternMatcher } from './patterns.js';
import { tarEntrySize, type TarEntry, type TarType } from './tar-format.js';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo' | 'char' | 'block';

/** One entry of the context tar, in walk (= tar) order. */
export interface SentEntry extends TarEntry {
  /** Context-relative byte-string path without a trailing slash. */
  path: string;
  kind: EntryKind;
  /** Content bytes the file contributes (st_size for regular files, 0 otherwise). */
  contentBytes: number;
  /** Bytes this entry takes in the tar: header(s), PAX records and padded data. */
  tarBytes: number;
  /** Index (into the matcher's patterns) of the exception that re-included it, or -1. */
  decidedBy: number;
}

/** A path the ignore rules keep out of the tar: a file, or a pruned directory with its totals. */
export interface ExcludedItem {
  path: string;
  isDir: boolean;
  /** Regular files under (or at) the path, and their content bytes. */
  files: number;
  bytes: number;
  /** All entries (files, dirs, links) under (or at) the path. */
  entries: number;
  /** Index of the deciding pattern in the tar matcher, or -1 when the prune came from a parent. */
  decidedBy: number;
  /** True for an excluded directory that the walk still entered for an exception (R27): no entry of its own. */
  enteredForExceptions: boolean;
  /**
   * False for a pruned directory whose contents were not added up (WalkOptions.measureExcluded off):
   * its totals then count the directory alone (entries 1, files 0, bytes 0), not what it holds.
   */
  measured: boolean;
}

/** Something Docker logs and ignores during the tar walk (R30). */
export interface WalkNotice {
  path: string;
  message: string;
  /**
   * A directory this process may not list (`open`), or an entry it may not lstat (`lstat`: a
   * directory readable but not searchable), with EACCES/EPERM: BuildKit's client fails on either
   * where its walk goes.
   */
  buildkitFails?: 'open' | 'lstat';
}

export interface WalkOptions {
  /** Absolute context directory (symlinks already resolved). */
  root: string;
  /** Matcher over the .dockerignore patterns as read (the validation pass uses these, R18). */
  validationMatcher: PatternMatcher;
  /** Matcher over the patterns plus the build-file exceptions (R22); drives the tar walk. */
  tarMatcher: PatternMatcher;
  /**
   * Whether to check readability like Docker does for the user running it (R19-R20, R30).
   * Root reads everything, so the check is skipped then.
   */
  checkPermissions: boolean;
  /**
   * Add up what pruned directories hold by walking them too (a listing and a stat per entry inside,
   * which Docker never makes). Off, a pruned directory is one ExcludedItem with `measured: false`.
   */
  measureExcluded: boolean;
  /**
   * Which rule decides whether an excluded directory is still entered for its exceptions:
   * 'legacy' (default) is go-archive's literal-prefix test (R27); 'fsutil' is BuildKit's client
   * (fsutil/filter.go, B6): strip a trailing `/**` or `/*` from each exception, then never prune
   * when any still holds a wildcard, else enter when one lies under the directory.
   */
  exceptionDescent?: 'legacy' | 'fsutil';
  /** Where listings and stats come from (default: the live filesystem). */
  source?: TreeSource;
  /** Called now and then with the number of entries looked at so far (for a progress line). */
  onProgress?: (entriesSeen: number) => void;
  /**
   * Entries of an earlier walk of the same tree with the same ignore patterns (the legacy walk, for
   * the BuildKit view): an entry decided by the same pattern is shared instead of allocated again,
   * which halves the memory of a million-entry audit. Hard links are never shared (BuildKit streams
   * each name with its bytes).
   */
  reuse?: readonly SentEntry[];
  /**
   * Totals of excluded directories walked only to be measured, by absolute path, shared by walks of
   * the same recording (the BuildKit view adds up node_modules once, not twice).
   */
  measured?: Map<string, SubtreeTotals>;
  /**
   * What this walk is known to give without walking (the BuildKit view taken from the legacy walk:
   * src/buildkit/eligible.ts sameAsLegacy). Still a walk to its caller, which may count and share it.
   */
  result?: WalkResult;
  /**
   * A walk of the same recording with the same patterns and the same `reuse` entries (the legacy
   * walk, for the BuildKit view): a directory both walks send whose subtree it recorded as clean
   * (WalkResult.cleanSubtrees) is copied from it instead of matched again, unless one of `except`
   * (literal paths that walk's own extra exceptions keep: R22's build files) lies under it.
   */
  copyFrom?: { walk: WalkResult; except: readonly string[] };
  /**
   * What a failed readability check (R19-R20: `can't stat`, `no permission to read from`) does:
   * 'throw' (default) ends the walk with the CLI's error, as the legacy builder ends the build;
   * 'record' keeps walking and returns it as `refusedBy` (BuildKit makes no such check, so its audit
   * goes on and the legacy view says it would fail).
   */
  permissionFailures?: 'throw' | 'record';
}

/** Entries, regular files and their bytes under a directory (not counting it). */
export interface SubtreeTotals {
  entries: number;
  files: number;
  bytes: number;
}

export interface WalkResult {
  entries: SentEntry[];
  excluded: ExcludedItem[];
  notices: WalkNotice[];
  /**
   * Set when Docker's tar stream is cut short: a file re-included under an excluded directory could
   * not be opened (R30), so its header is the last thing sent and no end marker follows.
   */
  truncatedAfter: string | null;
  /** Set when a pattern failed to compile during the tar walk: Docker stops the walk there (the tar stays well-formed). */
  stoppedByPatternError: boolean;
  /** The legacy CLI's readability failure, recorded instead of thrown (WalkOptions.permissionFailures). */
  refusedBy?: string;
  /**
   * Made by a legacy walk whose patterns have exceptions (`!`): each directory it sent and entered
   * whose subtree holds no excluded directory, hard link or notice, with where that subtree's entries
   * and excluded items lie in `entries` and `excluded`. Within such a subtree both builders decide
   * every path alike, so the BuildKit view copies it (WalkOptions.copyFrom).
   */
  cleanSubtrees?: Map<string, CleanSubtree>;
}

/** Half-open ranges of WalkResult.entries and WalkResult.excluded under one directory. */
export interface CleanSubtree {
  entriesFrom: number;
  entriesTo: number;
  excludedFrom: number;
  excludedTo: number;
}

/** A validation-pass failure, worded as the docker CLI words it (the caller adds `error checking context: `). */
export class ValidationError extends Error {
  /** A readability failure (`can't stat`, `no permission to read from`) of a path below the root. */
  readonly permission: boolean;
  constructor(message: string, permission = false) {
    super(message);
    this.permission = permission;
  }
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFIFO = 0o010000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFSOCK = 0o140000;

interface DirFrame {
  /** Tar-walk MatchInfo of this directory for its children (R26); null when the tar walk does not enter it. */
  tarInfo: boolean[] | null;
  /** True when the tar walk enters this directory only for an exception (R27): it has no entry itself. */
  tarExcluded: boolean;
  /** Whether the validation pass visits this directory's children (it prunes every excluded dir, R18). */
  validated: boolean;
  /** Per validation pattern: does this directory or an ancestor match it (MatchesOrParentMatches, R17.1). */
  vAncestors: boolean[] | null;
  /** The excluded item whose totals this subtree adds to, when it is walked only to be measured. */
  measureInto: ExcludedItem | null;
}

function errCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function isPermissionError(e: unknown): boolean {
  const c = errCode(e);
  return c === 'EACCES' || c === 'EPERM';
}

/** Linux's major/minor split of st_rdev (glibc gnu_dev_major/minor). */
function devMajor(rdev: number): number {
  const hi = Math.floor(rdev / 2 ** 32);
  return ((rdev >>> 8) & 0xfff) | ((hi & ~0xfff) >>> 0);
}
function devMinor(rdev: number): number {
  return (rdev & 0xff) | ((rdev >>> 12) & ~0xff & 0xfffff);
}

/** Predicts open(O_RDONLY) success from mode bits, as the kernel's DAC check would for this process. */
export function mayRead(st: StatLite, uid: number, groups: ReadonlySet<number>): boolean {
  if (st.uid === uid) return (st.mode & 0o400) !== 0;
  if (groups.has(st.gid)) return (st.mode & 0o040) !== 0;
  return (st.mode & 0o004) !== 0;
}
function mayList(st: StatLite, uid: number, groups: ReadonlySet<number>): boolean {
  if (st.uid === uid) return (st.mode & 0o500) === 0o500;
  if (groups.has(st.gid)) return (st.mode & 0o050) === 0o050;
  return (st.mode & 0o005) === 0o005;
}

/** True when `open()` really fails with a permission error (the mode bits only predicted it). */
export function openFailsWithPermission(abs: string): boolean {
  try {
    const fd = fs.openSync(fsPath(abs), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    fs.closeSync(fd);
    return false;
  } catch (e) {
    return isPermissionError(e);
  }
}

/** One directory's byte-sorted names and, on demand, the lstat of each. */
export interface Listing {
  names: string[];
  /**
   * lstat of names[i]; undefined when it vanished; throws other errors (EACCES). A replayed result
   * is only valid until the next stat() call on the same source (one object serves a million
   * entries without a million allocations): copy what you keep.
   */
  stat(i: number): StatLite | undefined;
}

export function emptyStat(): StatLite {
  return { mode: 0, size: 0, mtimeMs: 0, ino: 0, nlink: 0, rdev: 0, uid: 0, gid: 0 };
}

/** Copies one packed record (mode size mtimeMs ino nlink rdev uid gid at data[o...]) into `st`. */
export function fillStat(st: StatLite, data: Float64Array, o: number): StatLite {
  st.mode = data[o];
  st.size = data[o + 1];
  st.mtimeMs = data[o + 2];
  st.ino = data[o + 3];
  st.nlink = data[o + 4];
  st.rdev = data[o + 5];
  st.uid = data[o + 6];
  st.gid = data[o + 7];
  return st;
}

/**
 * Where a walk gets directory listings and lstat results. The legacy walk records what it reads so
 * the BuildKit walk of the same context replays it instead of repeating one syscall per entry; both
 * views then describe the same instant of the tree.
 */
export interface TreeSource {
  list(abs: string): Listing;
}

export const liveTree: TreeSource = {
  list(abs) {
    const names = readNames(abs);
    return { names, stat: (i) => lstatIn(abs, names[i]) };
  },
};

/** A listing served from a record: stats land in `scratch` (valid until the next stat() call). */
function recordedListing(rec: DirRecord, scratch: StatLite): Listing {
  const { names, data, errors } = rec;
  return {
    names,
    stat(i) {
      const o = i * STAT_FIELDS;
      const mode = data[o];
      if (mode === STAT_MISSING) return undefined;
      if (mode === STAT_FAILED) throw errors?.get(i);
      return fillStat(scratch, data, o);
    },
  };
}

export type RecordingTree = TreeSource & { replay(): TreeSource };

/**
 * A live source that keeps every listing and stat it served, for a later `replay()`. Each directory
 * is listed and all its names lstat-ed at once (readDirectory), so relative reads change the working
 * directory once per directory; Docker's walk lstats each name just before visiting it, which only
 * differs if the tree changes while it is read.
 */
export function recordingTree(): RecordingTree {
  const dirs = new Map<string, DirRecord | { error: unknown }>();
  const liveScratch = emptyStat();
  return {
    list(abs) {
      let rec: DirRecord;
      try {
        rec = readDirectory(abs);
      } catch (e) {
        dirs.set(abs, { error: e });
        throw e;
      }
      dirs.set(abs, rec);
      return recordedListing(rec, liveScratch);
    },
    replay(): TreeSource {
      const scratch = emptyStat();
      return {
        list(abs) {
          const rec = dirs.get(abs);
          if (rec === undefined) return liveTree.list(abs);
          if ('error' in rec) throw rec.error;
          return recordedListing(rec, scratch);
        },
      };
    },
  };
}

/** Per-pattern results of Pattern.match on the current path already known from the tar pass. */
const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * MatchesOrParentMatches for one path, given which patterns its ancestors match (R17.1). `known`
 * holds Pattern.match(path) results the tar pass already computed for the same pattern (same text,
 * same index), so each pattern is evaluated once per path; an ancestor match is checked first (a
 * pattern that matched an ancestor compiled fine, so skipping its evaluation can't hide an error).
 */
function matchesOrParentMatches(pm: PatternMatcher, path: string, ancestors: readonly boolean[] | null, known: Uint8Array | null): boolean {
  let matched = false;
  const pats = pm.patterns;
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    if (p.exclusion !== matched) continue;
    let m = ancestors !== null && ancestors[i];
    if (!m) {
      const k = known !== null ? known[i] : UNKNOWN;
      m = k === UNKNOWN ? pm.testPattern(i, path) : k === YES;
    }
    if (m) matched = !p.exclusion;
  }
  return matched;
}

/** Extends the ancestor table with one more directory (Go ignores match errors on parent paths). */
function extendAncestors(pm: PatternMatcher, path: string, ancestors: readonly boolean[] | null, known: Uint8Array | null): boolean[] {
  const out = new Array<boolean>(pm.patterns.length);
  for (let i = 0; i < out.length; i++) {
    let m = ancestors !== null && ancestors[i];
    if (!m) {
      const k = known !== null ? known[i] : UNKNOWN;
      if (k !== UNKNOWN) m = k === YES;
      else {
        try {
          m = pm.testPattern(i, path);
        } catch {
          m = false;
        }
      }
    }
    out[i] = m;
  }
  return out;
}

/**
 * Recovers, from a MatchesUsingParentResults call's MatchInfo (`out`), which patterns it evaluated on
 * the path itself and with what result: pattern i was evaluated exactly when the parent did not
 * match it and the skip rule (exclusion !== matched so far) did not apply; then out[i] is its result.
 */
function knownFromTar(pm: PatternMatcher, parent: readonly boolean[] | null, out: readonly boolean[], upTo: number, known: Uint8Array): void {
  const pats = pm.patterns;
  let matched = false;
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    const viaParent = parent !== null && parent[i];
    if (i < upTo) known[i] = !viaParent && p.exclusion === matched ? (out[i] ? YES : NO) : UNKNOWN;
    if (out[i]) matched = !p.exclusion;
  }
}

/** True when the validation patterns are the first patterns of the tar matcher (R22 only appends). */
function sharesPrefix(pmV: PatternMatcher, pmT: PatternMatcher): boolean {
  if (pmV === pmT) return true;
  if (pmV.patterns.length > pmT.patterns.length) return false;
  return pmV.patterns.every((p, i) => p.text === pmT.patterns[i].text && p.exclusion === pmT.patterns[i].exclusion);
}

/** Whether an excluded directory is entered for its exceptions (see WalkOptions.exceptionDescent). */
function makeDescentRule(pm: PatternMatcher, exceptionsWithSlash: readonly string[], mode: 'legacy' | 'fsutil'): (dir: string) => boolean {
  if (!pm.hasExclusions) return () => false;
  if (mode === 'legacy') return (dir) => exceptionsWithSlash.some((p) => p.startsWith(dir + '/'));
  const stripped = pm.patterns.filter((p) => p.exclusion).map((p) => p.text.replace(/\/\*\*?$/, ''));
  if (stripped.some((e) => /[*[\]?^\\]/.test(e))) return () => true;
  return (dir) => stripped.some((e) => (e + '/').startsWith(dir + '/'));
}

/**
 * Walks the context once, producing Docker's tar entry list and the excluded totals, and raising the
 * validation pass's first error (R18-R21) exactly where `docker build` would.
 */
export function walkContext(opts: WalkOptions): WalkResult {
  if (opts.result !== undefined) return opts.result;
  const { tarMatcher: pmT, validationMatcher: pmV } = opts;
  const root = toByteString(opts.root);
  const nT = pmT.patterns.length;
  const tarExceptions = pmT.patterns.filter((p) => p.exclusion).map((p) => p.text + '/');
  const enterExcludedDir = makeDescentRule(pmT, tarExceptions, opts.exceptionDescent ?? 'legacy');
  // Without exceptions, MatchesOrParentMatches agrees with MatchesUsingParentResults on every path the
  // walk reaches (no pattern is ever skipped above a visited path), so when the two matchers are the
  // same the validation pass can reuse the tar decision instead of matching twice.
  const validationFromTar = pmT === pmV && !pmV.hasExclusions;
  const validationActive = pmV.patterns.length > 0 || opts.checkPermissions;
  // Validation evaluates the same patterns on the same paths as the tar walk; reuse those results.
  const nV = pmV.patterns.length;
  const shareResults = !validationFromTar && nV > 0 && sharesPrefix(pmV, pmT);
  const known = shareResults ? new Uint8Array(nV) : null;
  const scratchInfo: boolean[] = new Array<boolean>(nT);
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const checkPerms = opts.checkPermissions && uid !== 0;
  const groups = new Set<number>(checkPerms && typeof process.getgroups === 'function' ? process.getgroups() : []);
  if (checkPerms && typeof process.getegid === 'function') groups.add(process.getegid());

  const entries: SentEntry[] = [];
  const excluded: ExcludedItem[] = [];
  const notices: WalkNotice[] = [];
  const seenInodes = new Map<number, string>();
  let validationError: ValidationError | null = null;
  let tarStopped = false;
  let truncatedAfter: string | null = null;

  const failValidation = (message: string, permission = false) => {
    if (!validationError) validationError = new ValidationError(message, permission);
  };
  const src = opts.source ?? liveTree;
  const reuse = opts.reuse;
  let reuseAt = 0;
  /** Both walks visit the tree in the same order, so a short look-ahead finds the shared entry. */
  const reused = (rel: string, idx: number): SentEntry | null => {
    if (!reuse) return null;
    for (let k = reuseAt, end = Math.min(reuse.length, reuseAt + 16); k < end; k++) {
      const e = reuse[k];
      if (e.path !== rel) continue;
      reuseAt = k + 1;
      return e.kind !== 'hardlink' && e.decidedBy === idx && (e.kind !== 'file' || e.type === '0') ? e : null;
    }
    return null;
  };
  const onProgress = opts.onProgress;
  let seen = 0;
  let nextReport = 8192;
  const progress = (listed: number) => {
    if (!onProgress) return;
    seen += listed;
    if (seen >= nextReport) {
      nextReport = seen + 8192;
      onProgress(seen);
    }
  };
  // fsutil sends the parent directories of every sent path, even excluded ones (B6); legacy never does.
  const emitExcludedParents = opts.exceptionDescent === 'fsutil';
  const pendingParents: { entry: SentEntry; sent: boolean }[] = [];
  // Where the two builders can differ at all (`!` lines), a legacy walk notes its clean subtrees:
  // those with no excluded directory (which either builder may enter by its own rule, R27/B6), no
  // hard link (named by each walk's own first sighting) and no notice. `dirtyMarks` counts them.
  const cleanSubtrees = !emitExcludedParents && pmT.hasExclusions ? new Map<string, CleanSubtree>() : undefined;
  let dirtyMarks = 0;
  const copyFrom = opts.copyFrom?.walk.cleanSubtrees !== undefined && reuse !== undefined && reuse === opts.copyFrom.walk.entries ? opts.copyFrom : undefined;

  const visitDir = (abs: string, rel: string, frame: DirFrame) => {
    let listing: Listing;
    try {
      listing = src.list(abs);
    } catch (e) {
      if (rel === '') {
        if (isPermissionError(e)) throw new ValidationError(`can't stat '${abs}'`);
        throw e;
      }
      // filepath.Walk lists a directory before its callback runs, so validation fails even for an
      // excluded one (R19); the tar walk logs it and keeps the directory's header (R30).
      if (frame.validated && isPermissionError(e)) failValidation(`can't stat '${abs}'`, true);
      if (frame.tarInfo) notices.push({ path: rel, message: `cannot list directory (${errCode(e) ?? 'error'})`, ...(isPermissionError(e) ? { buildkitFails: 'open' as const } : {}) });
      return;
    }
    const names = listing.names;
    // The regexps read this directory's path once; each child's match reads only its name.
    const prefix = rel === '' || frame.tarInfo === null ? null : dirPrefix(rel, nT);
    progress(names.length);
    const noteClean = cleanSubtrees !== undefined && rel !== '' && frame.tarInfo !== null && !frame.tarExcluded;
    const entriesFrom = entries.length;
    const excludedFrom = excluded.length;
    const noticesFrom = notices.length;
    const dirtyFrom = dirtyMarks;
    for (let ni = 0; ni < names.length; ni++) {
      const name = names[ni];
      const childRel = rel === '' ? name : rel + '/' + name;
      let st: StatLite | undefined;
      try {
        st = listing.stat(ni);
      } catch (e) {
        // The CLI's walk function returns any other lstat error as is (ENAMETOOLONG past PATH_MAX).
        if (frame.validated) failValidation(isPermissionError(e) ? `can't stat '${abs}/${name}'` : `lstat ${abs}/${name}: ${errnoText(e)}`, isPermissionError(e));
        if (frame.tarInfo && isPermissionError(e)) notices.push({ path: childRel, message: `cannot stat (${errCode(e) ?? 'error'})`, buildkitFails: 'lstat' });
        continue;
      }
      if (!st) {
        // Vanished between readdir and lstat: validation reports it, the tar walk logs and skips it.
        if (frame.validated) failValidation(`file ('${abs}/${name}') not found or excluded by .dockerignore`);
        continue;
      }
      const fmt = st.mode & S_IFMT;
      const isDir = fmt === S_IFDIR;
      if (frame.measureInto) {
        const m = frame.measureInto;
        m.entries++;
        if (fmt === S_IFREG) {
          m.files++;
          m.bytes += st.size;
        }
      }

      // --- tar walk (R26-R27): MatchesUsingParentResults over patterns + build-file exceptions ---
      if (known) known.fill(UNKNOWN);
      let childTar: boolean[] | null = null;
      let pendingDir: SentEntry | null = null;
      let childTarExcluded = false;
      let childMeasure: ExcludedItem | null = frame.measureInto;
      let tarSkip = false;
      if (frame.tarInfo && !tarStopped) {
        const info = isDir ? new Array<boolean>(nT) : null;
        const parentInfo = rel === '' ? null : frame.tarInfo;
        let idx = -1;
        try {
          idx = pmT.matchWithParents(childRel, parentInfo, info ?? (known ? scratchInfo : null), prefix);
          // (Without parent info, matchWithParents also tests ancestors: only root entries have none.)
          if (known && (rel === '' || (parentInfo !== null && parentInfo.length > 0))) knownFromTar(pmT, parentInfo, info ?? scratchInfo, nV, known);
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          // When validation shares this matcher it met the same pattern at the same path first.
          if (validationFromTar) {
            failValidation(e.message);
            return;
          }
          // go-archive returns the error from its WalkDir callback: the walk stops there and the tar
          // is closed normally (end marker written).
          tarStopped = true;
          notices.push({ path: childRel, message: `a pattern error stopped Docker's walk here: ${e.message}` });
        }
        if (!tarStopped) {
          tarSkip = idx >= 0 && !pmT.patterns[idx].exclusion;
          if (tarSkip) {
            const item: ExcludedItem = {
              path: childRel,
              isDir,
              files: fmt === S_IFREG ? 1 : 0,
              bytes: fmt === S_IFREG ? st.size : 0,
              entries: 1,
              decidedBy: idx,
              enteredForExceptions: false,
              measured: true,
            };
            excluded.push(item);
            if (isDir) dirtyMarks++;
            // R27: an excluded directory is still entered when an exception's literal text starts with it.
            if (isDir && enterExcludedDir(childRel)) {
              item.enteredForExceptions = true;
              childTar = info;
              childTarExcluded = true;
              if (emitExcludedParents) pendingDir = makeEntry(abs, name, childRel, st, fmt, idx);
            } else if (isDir && opts.measureExcluded) {
              childMeasure = item;
            } else if (isDir) {
              item.measured = false;
            }
          } else if (fmt === S_IFSOCK) {
            // archive/tar refuses sockets; go-archive logs it and moves on (R31).
            notices.push({ path: childRel, message: 'socket not sent (archive/tar: sockets not supported)' });
          } else {
            const entry = reused(childRel, idx) ?? makeEntry(abs, name, childRel, st, fmt, idx);
            if (entry) {
              for (const p of pendingParents) {
                if (p.sent) continue;
                entries.push(p.entry);
                p.sent = true;
              }
              entries.push(entry);
              if (isDir) childTar = info;
              // R30: a file re-included under an excluded directory was never validated; if it cannot
              // be opened, its header is the last thing Docker sends.
              if (checkPerms && frame.tarExcluded && entry.type === '0' && entry.size > 0) {
                if (!mayRead(st, uid, groups) && openFailsWithPermission(abs + '/' + name)) {
                  truncatedAfter = childRel;
                  tarStopped = true;
                  childTar = null;
                  notices.push({ path: childRel, message: 'unreadable: Docker sends its header, then the stream breaks' });
                }
              }
            }
          }
        }
      }

      // --- validation pass (R18-R21): MatchesOrParentMatches over the patterns as read ---
      let childValidated = false;
      let childAncestors: boolean[] | null = null;
      if (frame.validated && validationActive && !validationError) {
        let vExcluded = false;
        try {
          if (validationFromTar && !tarStopped) {
            vExcluded = tarSkip;
          } else if (pmV.patterns.length > 0) {
            vExcluded = matchesOrParentMatches(pmV, childRel, frame.vAncestors, known);
            if (isDir && !vExcluded) childAncestors = extendAncestors(pmV, childRel, frame.vAncestors, known);
          }
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          failValidation(e.message);
        }
        if (!validationError) {
          if (vExcluded) {
            if (isDir && checkPerms && !mayList(st, uid, groups)) probeExcludedDir(abs + '/' + name);
          } else {
            if (checkPerms) validateEntry(abs, name, st, fmt);
            childValidated = isDir;
          }
        }
      }

      if (isDir && childTar === null && !childValidated && childMeasure !== null) {
        measureSubtree(abs + '/' + name, childMeasure);
      } else if (isDir && (childTar || childValidated || childMeasure)) {
        if (copyFrom !== undefined && childTar !== null && !childTarExcluded && childMeasure === null && !tarStopped && copySubtree(copyFrom, childRel)) continue;
        if (pendingDir) pendingParents.push({ entry: pendingDir, sent: false });
        visitDir(abs + '/' + name, childRel, {
          tarInfo: childTar,
          tarExcluded: childTarExcluded,
          validated: childValidated,
          vAncestors: childAncestors,
          measureInto: childMeasure,
        });
        if (pendingDir) pendingParents.pop();
      }
    }
    if (noteClean && dirtyMarks === dirtyFrom && notices.length === noticesFrom && !tarStopped) {
      cleanSubtrees.set(rel, { entriesFrom, entriesTo: entries.length, excludedFrom, excludedTo: excluded.length });
    }
  };

  /**
   * Copies the subtree of `rel` (a directory just sent, its entry the one `reused` found) from a walk
   * that recorded it clean; false when it did not. Both walks then match the same paths with the
   * same patterns, enter every directory below (none is excluded) and validate alike (the other walk
   * validated it without error), so the copy is what walking it would give.
   */
  const copySubtree = (copy: { walk: WalkResult; except: readonly string[] }, rel: string): boolean => {
    const from = copy.walk;
    const sub = from.cleanSubtrees?.get(rel);
    if (sub === undefined || from.entries[sub.entriesFrom - 1] !== entries[entries.length - 1] || reuseAt !== sub.entriesFrom || copy.except.some((p) => p.startsWith(rel + '/'))) return false;
    for (let k = sub.entriesFrom; k < sub.entriesTo; k++) entries.push(from.entries[k]);
    for (let k = sub.excludedFrom; k < sub.excludedTo; k++) excluded.push({ ...from.excluded[k] });
    reuseAt = sub.entriesTo;
    return true;
  };

  const measured = opts.measured;
  const measureSubtree = (abs: string, into: ExcludedItem): void => {
    if (!measured) return measureOnly(abs, into);
    let t = measured.get(abs);
    if (t === undefined) {
      t = { entries: 0, files: 0, bytes: 0 };
      measureOnly(abs, t);
      measured.set(abs, t);
    }
    into.entries += t.entries;
    into.files += t.files;
    into.bytes += t.bytes;
  };

  /**
   * A directory neither pass enters (excluded, not validated), walked only to add up what it holds:
   * no paths, no matching, and errors are nobody's business (Docker never looks inside).
   */
  const measureOnly = (abs: string, into: SubtreeTotals): void => {
    let listing: Listing;
    try {
      listing = src.list(abs);
    } catch {
      return;
    }
    const names = listing.names;
    progress(names.length);
    for (let i = 0; i < names.length; i++) {
      let st: StatLite | undefined;
      try {
        st = listing.stat(i);
      } catch {
        continue;
      }
      if (!st) continue;
      into.entries++;
      const fmt = st.mode & S_IFMT;
      if (fmt === S_IFREG) {
        into.files++;
        into.bytes += st.size;
      } else if (fmt === S_IFDIR) measureOnly(abs + '/' + names[i], into);
    }
  };

  /** R20: regular files and devices are opened; symlinks and FIFOs are not; a socket's ENXIO is no permission error. */
  const validateEntry = (dir: string, name: string, st: StatLite, fmt: number) => {
    if (fmt === S_IFLNK || fmt === S_IFIFO || fmt === S_IFDIR || fmt === S_IFSOCK) return;
    if (!mayRead(st, uid, groups) && openFailsWithPermission(dir + '/' + name)) {
      failValidation(`no permission to read from '${dir}/${name}'`, true);
    }
  };

  /** filepath.Walk reads an excluded directory before the callback prunes it (R19). */
  const probeExcludedDir = (abs: string) => {
    try {
      fs.readdirSync(fsPath(abs));
    } catch (e) {
      if (isPermissionError(e)) failValidation(`can't stat '${abs}'`, true);
    }
  };

  const makeEntry = (dir: string, base: string, rel: string, st: StatLite, fmt: number, idx: number): SentEntry | null => {
    let type: TarType;
    let kind: EntryKind;
    let linkname = '';
    let size = 0;
    let devmajor = 0;
    let devminor = 0;
    switch (fmt) {
      case S_IFREG:
        type = '0';
        kind = 'file';
        size = st.size;
        break;
      case S_IFDIR:
        type = '5';
        kind = 'dir';
        break;
      case S_IFLNK:
        type = '2';
        kind = 'symlink';
        try {
          linkname = fs.readlinkSync(fsPath(dir + '/' + base), { encoding: 'latin1' }) as string;
        } catch {
          notices.push({ path: rel, message: 'symlink vanished during the walk' });
          return null;
        }
        break;
      case S_IFIFO:
        type = '6';
        kind = 'fifo';
        break;
      case S_IFCHR:
        type = '3';
        kind = 'char';
        break;
      case S_IFBLK:
        type = '4';
        kind = 'block';
        break;
      default:
        return null;
    }
    if (type === '3' || type === '4') {
      devmajor = devMajor(st.rdev);
      devminor = devMinor(st.rdev);
    }
    const name = type === '5' ? rel + '/' : rel;
    // R34: hard links are tracked by inode number alone; the first archived name carries the data.
    // BuildKit streams files, not tar entries: every name carries its own bytes there.
    if (type !== '5' && st.nlink > 1 && !emitExcludedParents) {
      const first = seenInodes.get(st.ino);
      if (first !== undefined) {
        type = '1';
        kind = 'hardlink';
        dirtyMarks++;
        linkname = first;
        size = 0;
      } else {
        seenInodes.set(st.ino, name);
      }
    }
    const entry: SentEntry = {
      path: rel,
      name,
      kind,
      type,
      // R32: permission bits plus setuid/setgid/sticky, no file-type bits.
      mode: st.mode & 0o7777,
      size,
      // Whole seconds. Node's number stats can round a time within ~250ns below a second up to it;
      // only header bytes (never sizes) could notice, and the tar writer re-stats in nanoseconds.
      mtime: Math.floor(st.mtimeMs / 1000),
      linkname,
      devmajor,
      devminor,
      contentBytes: type === '0' ? size : 0,
      tarBytes: 0,
      decidedBy: idx,
    };
    entry.tarBytes = tarEntrySize(entry);
    return entry;
  };

  visitDir(root, '', { tarInfo: [], tarExcluded: false, validated: true, vAncestors: null, measureInto: null });
  const refused = validationError as ValidationError | null;
  if (refused && !(refused.permission && opts.permissionFailures === 'record')) throw refused;
  return {
    entries,
    excluded,
    notices,
    truncatedAfter,
    stoppedByPatternError: tarStopped && truncatedAfter === null,
    ...(refused ? { refusedBy: refused.message } : {}),
    ...(cleanSubtrees !== undefined && !tarStopped && !refused ? { cleanSubtrees } : {}),
  };
}
