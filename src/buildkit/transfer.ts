// What BuildKit's client (buildx 0.13, through fsutil) streams for a local (facts B1-B6), and the
// `transferring context: N` figure BuildKit prints for it. Checked against a real BuildKit
// (dockerd 26.1.5 / BuildKit v0.13, buildx 0.13.1) by test/buildkit-oracle/: the entries in stream
// order, the files the daemon requests, their bytes and the printed figure.
import * as fs from 'node:fs';
import { fsPath, isAscii, toByteString } from '../context/bytes.js';
import { cleanPath } from '../context/ignore-file.js';
import { PatternMatcher } from '../context/patterns.js';
import { isPermissionError, liveTree, mayRead, openFailsWithPermission, type StatLite, type TreeSource, type WalkNotice } from '../context/walk.js';
import { containsWildcards, filepathMatch } from '../dockerfile/sources.js';
import { dedupePaths } from './follow-paths.js';

export interface TransferEntry {
  /** Context-relative byte-string path. */
  path: string;
  isDir: boolean;
  /** Content bytes (regular files only). */
  bytes: number;
  /** Not a directory and not a regular file: a symlink, FIFO, device or socket. */
  special?: boolean;
}

export interface TransferTotals {
  entries: number;
  /** Every non-directory entry (each name of a hard-linked file counts: BuildKit streams names). */
  files: number;
  /** Of those, the ones that are not regular files (symlinks, FIFOs, devices, sockets): `files - links` are the regular files. */
  links: number;
  directories: number;
  bytes: number;
}

/** A path BuildKit's client cannot read where its walk goes: the failing call (`open` of a directory, `lstat` of an entry) and the context-relative path. */
export interface TransferRefusal {
  op: 'open' | 'lstat';
  path: string;
}

export interface TransferWalk extends TransferTotals {
  /** In stream order (pre-order, byte-sorted names); parents of sent paths included. */
  list: TransferEntry[];
  /**
   * The first path the client's walk cannot read (EACCES): a directory it enters and may not list
   * (`open`), or an entry of a directory it may list but not search (`lstat`). The client's Walk
   * returns the error and the build fails (`error from sender: open <path>: permission denied`,
   * oracle-observed as uid 65534).
   */
  refused?: TransferRefusal;
}

export interface TransferOptions {
  root: string;
  /** Include patterns (FollowPaths after followLinks), or null for no include filter. */
  includes: readonly string[] | null;
  /** The ignore patterns BuildKit uses (B3: `<Dockerfile>.dockerignore` or `.dockerignore`). */
  excludes: readonly string[];
  /** Where listings and lstats come from (the audit's recording of the tree), default the disk. */
  source?: TreeSource;
}

const WILDCARD_CHARS = /[*[\]?^\\]/;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

/**
 * fsutil/filter.go NewFilterFS: exception patterns with a trailing `/**` or `/*` stripped; when any
 * still holds a wildcard, excluded directories can never be pruned.
 */
function exclusionPruner(pm: PatternMatcher): (dir: string) => boolean {
  const stripped = pm.patterns.filter((p) => p.exclusion).map((p) => p.text.replace(/\/\*\*?$/, ''));
  if (stripped.some((e) => WILDCARD_CHARS.test(e))) return () => false;
  return (dir) => !stripped.some((e) => (e + '/').startsWith(dir + '/'));
}

/** filter.go: a directory no include matches is pruned only if every include is wildcard-free and none lies under it. */
function inclusionPruner(pm: PatternMatcher): (dir: string) => boolean {
  const texts = pm.patterns.map((p) => p.text);
  if (texts.some((t) => WILDCARD_CHARS.test(t))) return () => false;
  return (dir) => !texts.some((t) => (t + '/').startsWith(dir + '/'));
}

/** filterFS.Walk (fsutil/filter.go): include AND not exclude, both MatchesUsingParentResults; parents always sent. */
export function walkTransfer(opts: TransferOptions): TransferWalk {
  const inc = opts.includes ? PatternMatcher.create(opts.includes) : null;
  const exc = PatternMatcher.create(opts.excludes);
  const src = opts.source ?? liveTree;
  const pruneExcluded = exclusionPruner(exc);
  const pruneNotIncluded = inc ? inclusionPruner(inc) : () => false;
  const list: TransferEntry[] = [];
  let refused: TransferRefusal | undefined;
  // Directories on the current walk path whose Stat has not been sent yet.
  const pending: { entry: TransferEntry; sent: boolean }[] = [];

  const send = (e: TransferEntry) => {
    // filter.go: "parent directories of every sent path are sent", even excluded or not included ones.
    for (const p of pending) {
      if (!p.sent) {
        list.push(p.entry);
        p.sent = true;
      }
    }
    list.push(e);
  };

  const visit = (abs: string, dirRel: string, incInfo: boolean[] | null, excInfo: boolean[] | null) => {
    let listing;
    try {
      listing = src.list(abs);
    } catch (e) {
      // There is no validation pass (B6); but a directory the walk enters and cannot list ends it,
      // excluded or not (entered for an exception, or under a wildcard include).
      if (isPermissionError(e)) refused ??= { op: 'open', path: dirRel };
      return;
    }
    const names = listing.names;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const rel = dirRel === '' ? name : dirRel + '/' + name;
      let st;
      try {
        st = listing.stat(i);
      } catch (e) {
        if (isPermissionError(e)) refused ??= { op: 'lstat', path: rel };
        continue;
      }
      if (!st) continue;
      const fmt = st.mode & S_IFMT;
      const isDir = fmt === S_IFDIR;
      const size = fmt === S_IFREG ? st.size : 0;
      let included = true;
      let childInc: boolean[] | null = null;
      if (inc) {
        childInc = isDir ? [] : null;
        const k = inc.matchWithParents(rel, dirRel === '' ? null : incInfo, childInc);
        included = k >= 0 && !inc.patterns[k].exclusion;
      }
      const childExc: boolean[] | null = isDir ? [] : null;
      const j = exc.matchWithParents(rel, dirRel === '' ? null : excInfo, childExc);
      const excluded = j >= 0 && !exc.patterns[j].exclusion;
      const entry: TransferEntry = { path: rel, isDir, bytes: size, ...(isDir || fmt === S_IFREG ? {} : { special: true }) };
      if (included && !excluded) send(entry);
      if (!isDir) continue;
      if (excluded && pruneExcluded(rel)) continue;
      if (!included && pruneNotIncluded(rel)) continue;
      const frame = { entry, sent: included && !excluded };
      pending.push(frame);
      visit(abs + '/' + name, rel, childInc, childExc);
      pending.pop();
    }
  };
  visit(toByteString(opts.root), '', null, null);
  return withTotals(list, refused);
}

function withTotals(list: TransferEntry[], refused?: TransferRefusal): TransferWalk {
  let files = 0;
  let links = 0;
  let directories = 0;
  let bytes = 0;
  for (const e of list) {
    if (e.isDir) directories++;
    else files++;
    if (e.special) links++;
    bytes += e.bytes;
  }
  return { list, entries: list.length, files, links, directories, bytes, ...(refused !== undefined ? { refused } : {}) };
}

/** `ls`-style lines: directories end in `/`. */
export function transferPaths(w: TransferWalk): string[] {
  return w.list.map((e) => (e.isDir ? e.path + '/' : e.path));
}

/** The engine's fsutil-mode walk (walkContext with exceptionDescent 'fsutil') as a transfer list. */
export function transferFromWalk(entries: readonly { path: string; kind: string; size: number }[], notices: readonly WalkNotice[] = []): TransferWalk {
  return withTotals(entries.map((e) => ({ path: e.path, isDir: e.kind === 'dir', bytes: e.kind === 'file' ? e.size : 0, ...(e.kind === 'dir' || e.kind === 'file' ? {} : { special: true }) })), firstRefusal(notices));
}

function firstRefusal(notices: readonly WalkNotice[]): TransferRefusal | undefined {
  const n = notices.find((x) => x.buildkitFails !== undefined);
  return n?.buildkitFails === undefined ? undefined : { op: n.buildkitFails, path: n.path };
}

// ---------------------------------------------------------------------------------------------
// FollowLinks (fsutil/followlinks.go): every symlink met on the way to a FollowPath is resolved
// and its target followed too, so the target (and its parents) are sent beside the link.

/** Go's filepath.Join(a, b) for relative or rooted byte strings. */
function join(a: string, b: string): string {
  if (a === '') return cleanPath(b);
  if (b === '') return cleanPath(a);
  return cleanPath(a + '/' + b);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return cleanPath(i === 0 ? '/' : p.slice(0, i));
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * symlinkResolver.readSymlink: the target of `p` (root-relative) when it is a symlink, as a rooted
 * path ("/real/dir"); for a wildcard last component, the targets of every matching symlink.
 */
function readSymlink(root: string, p: string, allowWildcard: boolean): string[] | null {
  const base = basename(p);
  if (allowWildcard && containsWildcards(base)) {
    let names: string[];
    try {
      names = (fs.readdirSync(fsPath(join(root, dirname(p)) || '/'), { encoding: 'latin1' }) as string[]).sort();
    } catch {
      return null; // not found (other errors fail the build; they cannot be predicted here)
    }
    let out: string[] | null = null;
    for (const n of names) {
      if (!filepathMatch(base, n)) continue;
      const r = readSymlink(root, join(dirname(p), n), false);
      if (r) out = (out ?? ([] as string[])).concat(r);
    }
    return out;
  }
  const real = root + '/' + p;
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(fsPath(real), { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (!st || !st.isSymbolicLink()) return null;
  let link: string;
  try {
    link = fs.readlinkSync(fsPath(real), { encoding: 'latin1' }) as string;
  } catch {
    return null;
  }
  link = cleanPath(link);
  if (link.startsWith('/')) return [link];
  return [join('/', join(dirname(p), link))];
}

/** fsutil FollowLinks: FollowPaths plus the targets of the symlinks on their way, sorted and deduplicated. */
export function followLinks(rootText: string, paths: readonly string[]): string[] {
  const root = toByteString(rootText);
  const resolved = new Set<string>();
  const append = (input: string): void => {
    let p = join('.', input);
    let current = '.';
    for (;;) {
      const slash = p.indexOf('/');
      const first = slash < 0 ? p : p.slice(0, slash);
      current = join(current, first);
      const targets = readSymlink(root, current, true);
      p = slash < 0 ? '' : p.slice(slash + 1);
      if ((p === '' || targets !== null) && resolved.has(current)) return;
      if (targets !== null) {
        resolved.add(current);
        for (const t of targets) append(join(t, p));
        return;
      }
      if (p === '') {
        resolved.add(current);
        return;
      }
    }
  };
  for (const p of paths) append(p);
  return dedupePaths([...resolved].sort());
}

// ---------------------------------------------------------------------------------------------
// The figure. BuildKit's `transferring context: N` is the sum of the protobuf sizes of the fsutil
// packets the client sends: one STAT per entry, DATA chunks (32 KiB at most) plus an empty DATA for
// each requested file, and FIN. A second hard link to an inode already sent is sent as a link
// (linkname = the first path) and its content is not requested.

export interface TransferFigure {
  /** Exact byte count BuildKit counts, except xattrs (not read: a lower bound when a file has some). */
  bytes: number;
  /** As BuildKit prints it, e.g. `3.42kB`. */
  figure: string;
  entries: number;
  /** Files whose content the daemon requests (second hard links are not requested). */
  requestedFiles: number;
  requestedBytes: number;
  /**
   * Requested files this process may not open: the client sends their STAT (size and all) but no
   * data, and the build goes on with each one empty (send.go; oracle-observed as uid 65534).
   */
  unreadable?: string[];
}

const CHUNK = 32 * 1024;

/**
 * Patterns reach the client through JSON (LLB attributes), where Go replaces each byte that is not
 * part of valid UTF-8 with U+FFFD: a non-UTF-8 ignore line then matches nothing it meant to.
 */
export function throughGoJson(pattern: string): string {
  if (isAscii(pattern)) return pattern;
  let out = '';
  let i = 0;
  const n = pattern.length;
  const b = (k: number) => (k < n ? pattern.charCodeAt(k) : -1);
  const cont = (k: number) => b(k) >= 0x80 && b(k) <= 0xbf;
  while (i < n) {
    const c = b(i);
    let len = 0;
    if (c < 0x80) len = 1;
    else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      const lo = c === 0xe0 ? 0xa0 : 0x80;
      const hi = c === 0xed ? 0x9f : 0xbf;
      if (b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2)) len = 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      const lo = c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xf4 ? 0x8f : 0xbf;
      if (b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) && cont(i + 3)) len = 4;
    }
    if (len === 0) {
      out += '\xef\xbf\xbd';
      i++;
    } else {
      out += pattern.slice(i, i + len);
      i += len;
    }
  }
  return out;
}

/** Length of a protobuf varint of a non-negative safe integer; negatives take 10 bytes (int64). */
export function vl(n: number): number {
  if (n < 0) return 10;
  let l = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    l++;
  }
  return l;
}
const fieldVarint = (v: number) => (v === 0 ? 0 : 1 + vl(v));
const fieldBytes = (len: number) => (len === 0 ? 0 : 1 + vl(len) + len);

/** The mode BuildKit's client sends: Go's os.FileMode bits (os/stat_linux.go), except for sockets. */
export function goFileMode(mode: number): number {
  let m = mode & 0o777;
  switch (mode & S_IFMT) {
    case 0o060000:
      m += 2 ** 26; // ModeDevice
      break;
    case 0o020000:
      m += 2 ** 26 + 2 ** 21; // ModeDevice | ModeCharDevice
      break;
    case S_IFDIR:
      m += 2 ** 31;
      break;
    case 0o010000:
      m += 2 ** 25; // ModeNamedPipe
      break;
    case S_IFLNK:
      m += 2 ** 27;
      break;
    case 0o140000:
      // A socket arrives with its permission bits only, like a regular file, and is requested (the
      // client cannot open it and sends no data). Oracle-observed with buildx 0.13.1.
      break;
  }
  if (mode & 0o2000) m += 2 ** 22;
  if (mode & 0o4000) m += 2 ** 23;
  if (mode & 0o1000) m += 2 ** 20;
  return m;
}

/**
 * Devmajor and devminor (fields 8, 9) with fsutil's own split of rdev (stat_unix.go major/minor),
 * set for anything whose mode has a S_IFBLK or S_IFCHR bit; only devices have a non-zero rdev.
 */
function devFields(mode: number, rdev: number): number {
  if ((mode & S_IFMT) === S_IFDIR || (mode & 0o060000) === 0 || rdev === 0) return 0;
  const major = Math.floor(rdev / 256) & 0xfff;
  const minor = (rdev & 0xff) | (Math.floor(rdev / 4096) & 0xfff00);
  return fieldVarint(major) + fieldVarint(minor);
}

/** Nanoseconds from Node's mtimeMs (exact to the varint length except within ~100 ns of a 2^7k boundary). */
function mtimeNs(ms: number): number {
  return Math.round(ms * 1e6);
}

/**
 * The client's own check when the daemon requests a file (fsutil filter.go filterFS.Open): include
 * and exclude patterns through MatchesOrParentMatches, not the walk's MatchesUsingParentResults.
 * The two disagree only when an exclusion pattern exists: a pattern skipped at a directory (already
 * matched) is recorded as not matching there, so a child an exception lets in is sent, while Open,
 * which checks every parent, still finds it excluded (`src`, `!src/a/.env`, `src/a`). Such a file
 * is sent and requested, Open fails, and send.go sends only the closing empty DATA: it arrives
 * empty (oracle-observed, buildx 0.13.1; the same code on fsutil master). Null when no file can be
 * refused this way (no pattern comes after an exception). Answers only for files the walk with
 * these patterns sent (PatternMatcher.walkedFileMatcher).
 */
export function clientOpens(includes: readonly string[] | null, excludes: readonly string[]): ((path: string) => boolean) | null {
  const inc = includes ? PatternMatcher.create(includes) : null;
  const exc = PatternMatcher.create(excludes);
  // Only a pattern after an exception can be skipped at a directory and then decide a file below
  // it the other way: the allowlist idiom (`*`, then `!src`...) never needs the check.
  const reExcludes = (pm: PatternMatcher) => pm.patterns.some((p, i) => p.exclusion && pm.patterns.slice(i + 1).some((q) => !q.exclusion));
  if (!reExcludes(exc) && !(inc !== null && reExcludes(inc))) return null;
  const included = inc ? inc.orParentMatcher() : null;
  // Open is asked only about files the walk sent, which the exclude patterns let through.
  const excluded = exc.walkedFileMatcher();
  return (path) => (!included || included(path)) && !excluded(path);
}

/**
 * Walks the sent list once more through the same tree source (a replay of the audit's recording:
 * no syscall except readlink) and adds up the packets. `list` must be in stream order. `opens`
 * (clientOpens) says which requested files the client can open; the others carry no content.
 */
/** One directory's listing in transferFigure, and how far its entries have been read. */
interface DirCursor {
  listing: ReturnType<TreeSource['list']> | null;
  pos: number;
}

export function transferFigure(rootText: string, list: readonly TransferEntry[], source: TreeSource = liveTree, opens: ((path: string) => boolean) | null = null): TransferFigure {
  const root = toByteString(rootText);
  let total = 2; // FIN
  let requestedFiles = 0;
  let requestedBytes = 0;
  const unreadable: string[] = [];
  const cannotOpen = openCheck();
  /** Inode -> byte length of the first sent name (fsutil keys them by number alone). */
  const inodes = new Map<number, number>();
  // Each directory's listing once, with a cursor: the list is in walk order and names are sorted, so
  // the entries of one directory appear in listing order (a forward scan finds each).
  const dirs = new Map<string, DirCursor>();
  const cursorOf = (abs: string): DirCursor => {
    let d = dirs.get(abs);
    if (!d) {
      let listing: ReturnType<TreeSource['list']> | null = null;
      try {
        listing = source.list(abs);
      } catch {
        listing = null;
      }
      dirs.set(abs, (d = { listing, pos: 0 }));
    }
    return d;
  };
  // The directory of the entry before: in walk order most entries share it, and comparing a prefix
  // costs less than building and hashing the absolute path again.
  let lastDir: string | null = null;
  let d: DirCursor = { listing: null, pos: 0 };
  for (let idx = 0; idx < list.length; idx++) {
    const e = list[idx];
    const slash = e.path.lastIndexOf('/');
    const name = e.path.slice(slash + 1);
    if (lastDir === null || (slash < 0 ? lastDir !== '' : slash !== lastDir.length || !e.path.startsWith(lastDir))) {
      lastDir = slash < 0 ? '' : e.path.slice(0, slash);
      d = cursorOf(slash < 0 ? root : root + '/' + lastDir);
    }
    let st;
    if (d.listing) {
      const names = d.listing.names;
      let i = d.pos;
      while (i < names.length && names[i] !== name) i++;
      if (i === names.length) i = names.indexOf(name); // not in order (cannot happen for a walk's list)
      if (i >= 0) {
        d.pos = i + 1;
        try {
          st = d.listing.stat(i);
        } catch {
          st = undefined;
        }
      }
    }
    if (!st) {
      // Vanished since the walk: count what the walk knew.
      total += 1 + vl(fieldBytes(e.path.length)) + fieldBytes(e.path.length);
      continue;
    }
    const fmt = st.mode & S_IFMT;
    const isDir = fmt === S_IFDIR;
    let linkLen = 0;
    // The receiver asks for every non-directory, non-link entry but FIFOs and devices: a socket too
    // (oracle-observed; the client cannot open it and sends no data).
    // The daemon asks for the content of regular files and of sockets (which arrive looking like one).
    let requested = fmt === S_IFREG || fmt === 0o140000;
    if (fmt === S_IFLNK) {
      try {
        linkLen = (fs.readlinkSync(fsPath(root + '/' + e.path), { encoding: 'buffer' }) as Buffer).length;
      } catch {
        linkLen = 0;
      }
    }
    if (!isDir) {
      // fsutil stat_unix.go setUnixOpt: inodes by number alone; a later name of one is a link to the first.
      // fsutil records every file's number, linked or not, and looks one up only for a file with more
      // than one link: such a file whose number an earlier one has (even with one link, on another
      // filesystem mounted in the context) is sent as a link to it (the review of fe003a4, which
      // recorded linked files only: 235B where BuildKit's rule gives 205B).
      const first = st.nlink > 1 ? inodes.get(st.ino) : undefined;
      if (first !== undefined) {
        linkLen = first;
        requested = false;
      } else inodes.set(st.ino, e.path.length);
    }
    // uid and gid are not sent: BuildKit's filesync maps every Stat through resetUIDAndGID (both 0).
    const n =
      fieldBytes(e.path.length) +
      fieldVarint(goFileMode(st.mode)) +
      (isDir ? 0 : fieldVarint(st.size)) +
      fieldVarint(mtimeNs(st.mtimeMs)) +
      fieldBytes(linkLen) +
      devFields(st.mode, st.rdev);
    total += 1 + vl(n) + n;
    if (requested) {
      requestedFiles++;
      // A socket cannot be opened; neither can a file the Open filter refuses, nor one this process
      // may not read: only the empty DATA.
      let size = fmt === S_IFREG && (!opens || opens(e.path)) ? st.size : 0;
      if (size > 0 && cannotOpen(root + '/' + e.path, st)) {
        size = 0;
        unreadable.push(e.path);
      }
      requestedBytes += size;
      const idField = idx === 0 ? 0 : 1 + vl(idx);
      let left = size;
      while (left > 0) {
        const c = Math.min(left, CHUNK);
        total += 2 + idField + 1 + vl(c) + c;
        left -= c;
      }
      total += 2 + idField;
    }
  }
  return { bytes: total, figure: buildkitSize(total), entries: list.length, requestedFiles, requestedBytes, ...(unreadable.length > 0 ? { unreadable } : {}) };
}

/** Whether this process's open(2) of a file fails for permission (never for root): mode bits first, then a real open. */
function openCheck(): (abs: string, st: StatLite) => boolean {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  if (uid === 0) return () => false;
  const groups = new Set<number>(typeof process.getgroups === 'function' ? process.getgroups() : []);
  if (typeof process.getegid === 'function') groups.add(process.getegid());
  return (abs, st) => !mayRead(st, uid, groups) && openFailsWithPermission(abs);
}

/**
 * BuildKit's progress size (tonistiigi/units Bytes with `%.2f`): below 1000 `NB`; else decimal units
 * with two decimals of the float64 quotient, an exact tie rounded to even (math/big formatting).
 */
export function buildkitSize(n: number): string {
  if (n < 1000) return `${n}B`;
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let i = 0;
  let base = 1;
  while (n >= base * 1000 && i < units.length - 1) {
    base *= 1000;
    i++;
  }
  const v = n / base;
  let cents: number;
  const eighths = v * 8; // exact: a tie at the third decimal is an odd multiple of 1/8
  if (Number.isInteger(eighths) && eighths % 2 === 1) {
    const down = Math.floor(v * 100);
    cents = down % 2 === 0 ? down : down + 1;
  } else {
    // toFixed rounds the exact binary value, as math/big does for non-ties.
    cents = Math.round(Number(v.toFixed(2)) * 100);
  }
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}${units[i]}`;
}
