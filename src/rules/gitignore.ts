// Git's view of the context for CTX203: the .gitignore files from the repository root down to the
// context, plus those sent inside it, evaluated with `ignore` (gitignore semantics). Deeper files
// override shallower ones, and a path under an ignored directory is ignored (git never descends).
// Git is the truth, though: a path the index tracks (committed or staged, e.g. force-added) is not
// ignored whatever .gitignore says, and neither is a directory holding a tracked path
// (src/context/git-index.ts reads the index; without one, .gitignore alone decides).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { byteStringToText, fsPath, toByteString } from '../context/bytes.js';
import { gitDirOf, hasTrackedBelow, indexHolds, isTracked, readGitIndex, readIndexBlobs } from '../context/git-index.js';
import { readRegularFile } from '../context/read-regular.js';
import type { SentEntry } from '../context/walk.js';
import { baseName, literalComponents } from './paths.js';

function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** What git says about the context's paths (context-relative byte strings). */
export interface GitOracles {
  /** Whether git ignores the path (a tracked path never is); null outside a git repository. */
  isIgnored: ((p: string, isDir: boolean) => boolean) | null;
  /** What the .gitignore rules alone say of a file, tracked or not (a force-added file is ignored by them). */
  ignoredByRules?: (p: string) => boolean;
  /** Whether git tracks the file (committed or staged); null when there is no index to read. */
  isTracked: ((p: string) => boolean) | null;
  /** What the index says of a context-relative path (src/context/git-index.ts indexHolds). */
  indexHolds?: (p: string) => 'tracked' | 'sparse' | null;
  /** The repo-relative path of a tracked file whose blob id (SHA-1, hex) this is, or null; absent when there is no index. */
  trackedBlob?: (id: string) => string | null;
  /** The path relative to the repository's root (the context may be a directory inside it). */
  inRepo?: (p: string) => string;
  /**
   * Whether a `.gitignore` exception (`!pattern`) names the path or a directory above it (spiderfoot's
   * `spiderfoot/static/node_modules/*` then `!spiderfoot/static/node_modules/jquery/dist/jquery.min.js`):
   * the author keeps it on purpose, whatever a later line does to it (spiderfoot's Python `dist/`
   * line re-ignores that one). The index plays no part (a file committed and then ignored is not named).
   */
  keptByException?: (p: string) => boolean;
  /** The repository's work tree (absolute). */
  repoRoot?: string;
  /** Why the index was not read although there is one (a `.git` file pointing outside the repository); `path` is the `.git` file's, relative to the context. */
  notice: { path: string; message: string } | null;
}

/** Returns a predicate over context-relative byte-string paths, or null outside a git repository. */
export function gitIgnoreOracle(root: string, entries: readonly SentEntry[]): ((p: string, isDir: boolean) => boolean) | null {
  return gitOracles(root, entries).isIgnored;
}

/**
 * Git's view of the context. `boundary` is the repository boundary (src/context/boundary.ts; none:
 * the work tree holding `.git`): a `.git` file pointing outside it is not followed (see gitDirOf),
 * and the index then counts as absent.
 */
export function gitOracles(root: string, entries: readonly SentEntry[], boundary?: { root: string; allowOutside: boolean }): GitOracles {
  const repo = findRepoRoot(root);
  if (repo === null) return { isIgnored: null, isTracked: null, notice: null };
  const ctxInRepo = path.relative(repo, root).split(path.sep).filter(Boolean).join('/');
  // dir (repo-relative, '' for the root) -> its rules
  const files = new Map<string, Ignore>();
  // dir -> its exceptions (`!pattern` lines) as plain patterns: what the file names as kept
  const exceptions = new Map<string, Ignore>();
  const add = (repoRelDir: string, abs: string | Buffer) => {
    try {
      // Like git (>= 2.32), never follow a symlinked .gitignore; never read a FIFO or device.
      const text = readRegularFile(abs, { noFollow: true, maxBytes: 1024 * 1024 }).toString('utf8');
      files.set(repoRelDir, ignore().add(text));
      const kept = text.split(/\r?\n/).filter((l) => l.startsWith('!')).map((l) => l.slice(1));
      if (kept.length > 0) exceptions.set(repoRelDir, ignore().add(kept));
    } catch {
      /* unreadable .gitignore: git would warn and go on */
    }
  };
  const parts = ctxInRepo ? ctxInRepo.split('/') : [];
  for (let i = 0; i <= parts.length; i++) {
    const d = parts.slice(0, i).join('/');
    const abs = path.join(repo, d, '.gitignore');
    if (fs.existsSync(abs)) add(d, abs);
  }
  for (const e of entries) {
    if (e.kind !== 'file' || baseName(e.path) !== '.gitignore' || e.path === '.gitignore') continue;
    const d = e.path.slice(0, e.path.lastIndexOf('/'));
    add([ctxInRepo, byteStringToText(d)].filter(Boolean).join('/'), fsPath(toByteString(root) + '/' + e.path));
  }
  const dirs = [...files.keys()].sort((a, b) => b.length - a.length);
  const decide = (repoRel: string, isDir: boolean): boolean => {
    for (const d of dirs) {
      if (d !== '' && !repoRel.startsWith(d + '/')) continue;
      const rel = d === '' ? repoRel : repoRel.slice(d.length + 1);
      try {
        const r = (files.get(d) as Ignore).test(isDir ? rel + '/' : rel);
        if (r.ignored) return true;
        if (r.unignored) return false;
      } catch {
        return false;
      }
    }
    return false;
  };
  const gitDir = gitDirOf(repo, boundary);
  const index = gitDir.dir === null ? null : readGitIndex(gitDir.dir);
  const ctxBytes = toByteString(ctxInRepo);
  const inRepo = (p: string) => (ctxBytes === '' ? p : `${ctxBytes}/${p}`);
  // Whether a directory or any above it is ignored, decided once per directory (every file below
  // asks again: the umami twin's profile had byRules at 12.6 ms of a 184 ms run, splitting and
  // re-deciding each ancestor per file).
  const dirIgnored = new Map<string, boolean>();
  const aboveIgnored = (repoRel: string): boolean => {
    const slash = repoRel.lastIndexOf('/');
    if (slash < 0) return false;
    const parent = repoRel.slice(0, slash);
    let v = dirIgnored.get(parent);
    if (v === undefined) {
      v = aboveIgnored(parent) || decide(parent, true);
      dirIgnored.set(parent, v);
    }
    return v;
  };
  const byRules = (p: string, isDir: boolean): boolean => {
    const repoRel = [ctxInRepo, byteStringToText(p)].filter(Boolean).join('/');
    return aboveIgnored(repoRel) || decide(repoRel, isDir);
  };
  return {
    isIgnored: (p, isDir) => {
      if (index && (isDir ? hasTrackedBelow(index, inRepo(p)) : isTracked(index, inRepo(p)))) return false;
      return byRules(p, isDir);
    },
    ignoredByRules: (p) => byRules(p, false),
    keptByException: (p) => {
      const repoRel = [ctxInRepo, byteStringToText(p)].filter(Boolean).join('/');
      for (const [d, kept] of exceptions) {
        if (d !== '' && !repoRel.startsWith(d + '/')) continue;
        try {
          if (kept.ignores(d === '' ? repoRel : repoRel.slice(d.length + 1))) return true;
        } catch {
          /* a path ignore cannot test */
        }
      }
      return false;
    },
    isTracked: index ? (p) => isTracked(index, inRepo(p)) : null,
    ...(index ? { indexHolds: (p: string) => indexHolds(index, inRepo(p)) } : {}),
    ...(index && gitDir.dir !== null ? { trackedBlob: trackedBlobLookup(gitDir.dir) } : {}),
    inRepo,
    repoRoot: repo,
    notice: gitDir.dir === null && gitDir.refused ? { path: path.relative(root, path.join(repo, '.git')).split(path.sep).join('/'), message: gitDir.refused } : null,
  };
}

function trackedBlobLookup(gitDir: string): (id: string) => string | null {
  let blobs: Map<string, string> | null | undefined;
  return (id) => {
    blobs ??= readIndexBlobs(gitDir);
    return blobs?.get(id) ?? null;
  };
}

/**
 * Whether git ignores a path that is missing from the checkout (a COPY source: the literal part
 * before any wildcard, or a directory above it): no checkout can hold such a path, so a build that
 * needs it relies on a step before it to make it (`mvn package` for `COPY target/app.jar`, a
 * generated `version_frozen.py`). `isIgnored` is GitOracles' predicate.
 */
export function gitIgnoresMissingPath(isIgnored: (p: string, isDir: boolean) => boolean, path: string): boolean {
  const literal = literalComponents(path);
  const whole = literal.length === path.split('/').filter((c) => c !== '' && c !== '.').length; // no wildcard
  for (let i = 1; i <= literal.length; i++) {
    const p = literal.slice(0, i).join('/');
    // Unknown whether the missing path would be a file or a directory: either answer counts.
    if (isIgnored(p, true) || (i === literal.length && whole && isIgnored(p, false))) return true;
  }
  // A directory whose every entry git ignores (`build/*`, uptime-kuma's extra/uptime-kuma-push) is
  // one no checkout holds either: git keeps no empty directory. One probe name stands for "any entry".
  if (whole && literal.length > 0) {
    const child = `${literal.join('/')}/${IGNORED_CHILD_PROBE}`;
    if (isIgnored(child, false) && isIgnored(child, true)) return true;
    // A directory git ignores files of some kind in, by a line about it alone (rabbitmq/cluster-operator's
    // `olm/manifests/*.y*ml`, which `make -f olm.mk all` writes): where generated files go, which no
    // checkout holds. A line for every directory (`*.yaml`) says nothing of this one.
    // (Nor one for every directory of that name, `**/app/*.js`: the review of 06a2ca0.)
    const dir = literal.join('/');
    const sibling = literal.slice(0, -1).concat(IGNORED_DIR_PROBE).join('/');
    const sameName = [IGNORED_DIR_PROBE, ...literal.slice(-1)].join('/');
    const only = (ext: string) => isIgnored(`${dir}/${IGNORED_NAME_PROBE}.${ext}`, false) && !isIgnored(`${sibling}/${IGNORED_NAME_PROBE}.${ext}`, false) && !isIgnored(`${sameName}/${IGNORED_NAME_PROBE}.${ext}`, false);
    if (GENERATED_KINDS.some(only)) return true;
  }
  return false;
}

/** Kinds of generated file a directory-specific `.gitignore` line may name (`dir/*.yaml`, `dir/*.jar`). */
const GENERATED_KINDS = ['yaml', 'yml', 'json', 'js', 'mjs', 'css', 'html', 'txt', 'jar', 'war', 'zip', 'tar', 'tgz', 'gz', 'whl', 'so', 'a', 'o', 'bin', 'exe', 'dll', 'class', 'py', 'go', 'ts', 'wasm', 'pb', 'xml'];
/** A file name and a directory name no `.gitignore` spells (see IGNORED_CHILD_PROBE). */
const IGNORED_NAME_PROBE = 'ctx-audit-probe';
const IGNORED_DIR_PROBE = 'ctx-audit-probe-dir';

/** A name no `.gitignore` spells: ignored only by a pattern that ignores every entry of its directory. */
const IGNORED_CHILD_PROBE = 'ctx-audit-probe.0';
