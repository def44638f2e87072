// Which paths git tracks (committed or staged), read straight from the index file (.git/index,
// formats v2, v3 and v4; git's Documentation/gitformat-index.txt). CTX203 asks it: a tracked file
// is not "ignored by git", whatever .gitignore says (e.g. a force-added build artefact).
//
// Why a reader of our own rather than `git ls-files` or a library: it needs no git on the machine,
// starts no process (no hooks, no fsmonitor daemon, no config from the audited repository is ever
// run), costs one bounded read, and the format is small and stable. A library would be a runtime
// dependency for ~100 lines. Anything we cannot read (a missing or corrupt index, an unknown
// version, a split index) gives null and CTX203 keeps its .gitignore-only view.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALLOW_OUTSIDE_FLAG, isInside, realpathOr, resolvedLocation, type RepoBoundary } from './boundary.js';
import { readRegularFile } from './read-regular.js';
import { nodeCrypto } from '../lazy-builtins.js';

/** Paths in the index, repo-relative byte strings (latin1 of the raw bytes), plus every directory above one. */
export interface GitIndex {
  readonly files: ReadonlySet<string>;
  /** Every directory above a tracked path. */
  readonly dirs: ReadonlySet<string>;
  /** Directories a sparse index records whole (everything below is tracked). */
  readonly sparseDirs: ReadonlySet<string>;
}

const MAX_INDEX_BYTES = 512 * 1024 * 1024;

/** Where a repository's git directory is, or why it is not read. */
export type GitDirLookup = { dir: string } | { dir: null; refused?: string };

/**
 * The git directory of the repository whose work tree is `repoRoot`: `.git`, or where a `.git` file
 * points (`gitdir: <path>`, as worktrees and submodules have). The `.git` file comes from the
 * scanned tree, so where it points is checked against the repository boundary (symlinks resolved;
 * src/context/boundary.ts; without one, the work tree itself, as for a context ctx-audit unpacked
 * from an archive): outside it nothing is read, unless the boundary allows it
 * (--allow-outside-repo), or the directory is a linked worktree's whose own `gitdir` file points
 * back at this `.git` file (git's record of the worktree, written outside the tree by `git worktree
 * add`: a scanned tree cannot forge it). A refusal says why, for a notice.
 */
export function gitDirOf(repoRoot: string, boundary?: Pick<RepoBoundary, 'root' | 'allowOutside'>): GitDirLookup {
  const dotGit = path.join(repoRoot, '.git');
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dotGit);
  } catch {
    return { dir: null };
  }
  if (st.isDirectory()) return { dir: dotGit };
  if (!st.isFile()) return { dir: null };
  let dir: string;
  try {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readRegularFile(dotGit, { noFollow: true, maxBytes: 4096 }).toString('utf8'));
    if (!m) return { dir: null };
    dir = path.resolve(repoRoot, m[1]);
  } catch {
    return { dir: null };
  }
  const b = boundary ?? { root: repoRoot, allowOutside: false };
  if (b.allowOutside || isInside(realpathOr(b.root), resolvedLocation(dir)) || pointsBackAt(dir, dotGit)) return { dir };
  return { dir: null, refused: `its gitdir ${dir} is outside the repository: the git index is not read (git-ignored files are judged by .gitignore alone; ${ALLOW_OUTSIDE_FLAG} reads it)` };
}

/** Whether `<gitDir>/gitdir` (a linked worktree's back link) names `dotGit`. */
function pointsBackAt(gitDir: string, dotGit: string): boolean {
  try {
    const back = readRegularFile(path.join(gitDir, 'gitdir'), { noFollow: true, maxBytes: 4096 }).toString('utf8').trim();
    return back !== '' && realpathOr(path.resolve(gitDir, back)) === realpathOr(dotGit);
  } catch {
    return false;
  }
}

/**
 * The indexes read so far, by file, with the file's identity then (device, inode, size, mtime): each
 * target of a run asked again (discovery, the git-ignored rule, the BuildKit git context), and a run of
 * 240 targets parsed one 1.1 MB index a hundred times (bunkerweb, 1.7 s; sweep 53/W-F3). A few kept.
 */
const indexCache = new Map<string, { stamp: string; index: GitIndex | null }>();
const INDEXES_KEPT = 4;

/** Reads `<gitDir>/index`; null when absent or not understood. Read once while the file stays the same. */
export function readGitIndex(gitDir: string): GitIndex | null {
  const file = path.join(gitDir, 'index');
  let stamp: string;
  try {
    const st = fs.lstatSync(file);
    stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return null;
  }
  const hit = indexCache.get(file);
  if (hit !== undefined && hit.stamp === stamp) return hit.index;
  let buf: Buffer;
  try {
    buf = readRegularFile(file, { noFollow: true, maxBytes: MAX_INDEX_BYTES });
  } catch {
    return null;
  }
  const index = parseGitIndex(buf);
  indexCache.delete(file);
  indexCache.set(file, { stamp, index });
  if (indexCache.size > INDEXES_KEPT) indexCache.delete(indexCache.keys().next().value as string);
  return index;
}

/**
 * Every regular file's blob id in `<gitDir>/index` (SHA-1, hex) -> the first path holding it
 * (repo-relative byte string); null when the index is absent or not understood. Read again on
 * demand (a secret found in an untracked file), so an audit keeps no ids it does not need.
 */
export function readIndexBlobs(gitDir: string): Map<string, string> | null {
  let buf: Buffer;
  try {
    buf = readRegularFile(path.join(gitDir, 'index'), { noFollow: true, maxBytes: MAX_INDEX_BYTES });
  } catch {
    return null;
  }
  const blobs = new Map<string, string>();
  return parseGitIndex(buf, blobs) === null ? null : blobs;
}

/** git's object id of a blob holding `content` (SHA-1 of `blob <size>\0` and the bytes). node:crypto loads on first use. */
export function blobId(content: Buffer): string {
  return nodeCrypto().createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** Parses an index file's bytes; null when it is not a v2-v4 index we can read completely. */
export function parseGitIndex(buf: Buffer, blobs?: Map<string, string>): GitIndex | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = buf.readUInt32BE(8);
  const files = new Set<string>();
  const dirs = new Set<string>();
  const sparseDirs = new Set<string>();
  let off = 12;
  let prev = '';
  for (let n = 0; n < count; n++) {
    const start = off;
    if (off + 62 > buf.length) return null;
    const mode = buf.readUInt32BE(off + 24);
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (flags & 0x4000) {
      if (version < 3 || off + 2 > buf.length) return null;
      off += 2; // extended flags (skip-worktree, intent-to-add)
    }
    let name: string;
    if (version === 4) {
      // Prefix compression: drop N bytes from the previous name, append the NUL-terminated rest.
      let c = buf[off++];
      let drop = c & 127;
      while (c & 128) {
        if (off >= buf.length) return null;
        c = buf[off++];
        drop = ((drop + 1) << 7) | (c & 127);
      }
      const end = buf.indexOf(0, off);
      if (end < 0 || drop > prev.length) return null;
      name = prev.slice(0, prev.length - drop) + buf.toString('latin1', off, end);
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) return null;
      name = buf.toString('latin1', off, end);
      // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
      off = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    prev = name;
    // A sparse index records whole directories (mode 040000, name ending in '/').
    if ((mode & 0o170000) === 0o040000 || name.endsWith('/')) {
      const d = name.replace(/\/+$/, '');
      sparseDirs.add(d);
      addWithAncestors(dirs, d);
      continue;
    }
    files.add(name);
    if (blobs !== undefined && (mode & 0o170000) === 0o100000) {
      const id = buf.toString('hex', start + 40, start + 60);
      if (!blobs.has(id)) blobs.set(id, name);
    }
    const slash = name.lastIndexOf('/');
    if (slash > 0) addWithAncestors(dirs, name.slice(0, slash));
  }
  return { files, dirs, sparseDirs };
}

/**
 * Adds `dir` and every directory above it. A directory already in the set has its ancestors there
 * too, so the climb stops at the first one present: the entries of one directory (the index is
 * sorted) cost one lookup each instead of one slice and insertion per level.
 */
function addWithAncestors(dirs: Set<string>, dir: string): void {
  for (let d = dir; d !== '' && !dirs.has(d); ) {
    dirs.add(d);
    const i = d.lastIndexOf('/');
    d = i > 0 ? d.slice(0, i) : '';
  }
}

const ancestors = function* (p: string) {
  for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) yield p.slice(0, i);
};

/** Whether file `p` (repo-relative byte string) is tracked: in the index, or inside a sparse directory entry. */
export function isTracked(index: GitIndex, p: string): boolean {
  if (index.files.has(p)) return true;
  for (const a of ancestors(p)) if (index.sparseDirs.has(a)) return true;
  return false;
}

/**
 * What the index says of a path the working tree lacks: 'tracked' when it lists it (a file, or a directory
 * with files below it, a sparse directory entry itself), 'sparse' when it lies inside a directory a sparse
 * index records whole (whether the commit holds it is not known from the index), null when neither.
 */
export function indexHolds(index: GitIndex, p: string): 'tracked' | 'sparse' | null {
  if (index.files.has(p) || index.dirs.has(p)) return 'tracked';
  for (const a of ancestors(p)) if (index.sparseDirs.has(a)) return 'sparse';
  return null;
}

/** Whether some tracked path lies at or below directory `d`. */
export function hasTrackedBelow(index: GitIndex, d: string): boolean {
  // `d` itself tracked is a submodule's gitlink (kubesec's test/bin/bats under `bin/` in .gitignore).
  if (d === '' ? index.files.size > 0 || index.sparseDirs.size > 0 : index.dirs.has(d) || index.files.has(d)) return true;
  for (const a of ancestors(d)) if (index.sparseDirs.has(a)) return true;
  return false;
}
