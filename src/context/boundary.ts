// The repository boundary. ctx-audit runs on strangers' repositories (CI on a fork's pull request,
// pre-commit on a clone), so every file it reads because the repository named it (the context, a
// Dockerfile, an ignore file, a named context, a Compose/Bake/.env/config file) must lie inside the
// repository: its git top level, else the current directory. A path that resolves outside it
// (through `..`, an absolute path or a symlink anywhere along the way) is refused with one line
// naming the path, unless the user passed --allow-outside-repo on the command line (never a file).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';

export const ALLOW_OUTSIDE_FLAG = '--allow-outside-repo';

export interface RepoBoundary {
  /** The repository root, symlinks resolved. */
  root: string;
  /** --allow-outside-repo: nothing is refused. */
  allowOutside: boolean;
  /** Files ctx-audit wrote itself (an inline Dockerfile's temp file): never refused. */
  ours?: readonly string[];
}

/** A path outside the repository (exit 2, or that target's error in a multi-target run). */
export class OutsideRepositoryError extends InputError {}

/**
 * The git top level above `start`: the nearest directory holding `.git` (a directory, or the file a
 * worktree or submodule has). Found by looking, never by running git.
 */
export function findRepoRoot(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false })) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** `p` with every symlink resolved, or just made absolute when it cannot be (missing). */
export function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** The boundary for a run from `cwd`: the git top level above it, else `cwd` itself. */
export function repoBoundary(cwd: string, allowOutside = false): RepoBoundary {
  const real = realpathOr(cwd);
  return { root: realpathOr(findRepoRoot(real) ?? real), allowOutside };
}

/**
 * Where `p` leads on disk: every symlink resolved. A path that does not exist (yet) resolves its
 * longest existing prefix, so `inside/link-to-etc/missing` is still outside.
 */
export function resolvedLocation(p: string): string {
  let head = path.resolve(p);
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.resolve(p);
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * Throws OutsideRepositoryError when `p` (as given, or after following symlinks) lies outside the
 * boundary. `what` names the role in the message (`context`, `Dockerfile`, `ignore file`), `shown`
 * the path as the user or the file named it.
 * No boundary (library callers, tests of the engine) checks nothing.
 */
export function assertInsideRepo(boundary: RepoBoundary | null | undefined, p: string, what: string, shown: string = p): void {
  if (!boundary || boundary.allowOutside) return;
  const abs = path.resolve(p);
  if (boundary.ours?.includes(abs)) return;
  // Where it leads is what counts: `/repo-link/app` is inside when /repo-link points at the repository.
  const leads = resolvedLocation(abs);
  if (isInside(boundary.root, leads)) return;
  const where = isInside(boundary.root, abs) ? `leads outside the repository ${boundary.root} (to ${leads})` : `is outside the repository ${boundary.root}`;
  throw new OutsideRepositoryError(`${what} ${shown} ${where}: not read (${ALLOW_OUTSIDE_FLAG} allows it)`);
}

/** assertInsideRepo for a file that may not exist: only an existing entry (a dangling symlink counts) is checked. */
export function assertInsideRepoIfExists(boundary: RepoBoundary | null | undefined, p: string, what: string, shown: (abs: string) => string = (x) => x): void {
  if (!boundary || boundary.allowOutside) return;
  let exists: boolean;
  try {
    exists = fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    exists = false; // ENOTDIR and the like: nothing there to read
  }
  if (exists) assertInsideRepo(boundary, p, what, shown(path.resolve(p)));
}
