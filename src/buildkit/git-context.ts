// The context of a BuildKit build whose context is a Git repository: `docker build <git URL>`, and
// docker/build-push-action (and the forks that take its inputs) with no `context:`, which builds
// `https://github.com/<owner>/<repo>.git#<sha>`. Measured on BuildKit v0.13 (dockerd 26.1.5) against
// repositories served on 127.0.0.1, and read in BuildKit's source (frontend/dockerui/config.go:
// MainContext returns the git state before any ignore file is read, on v0.13 and on master):
// - the files of the commit, cloned on the builder, submodules fetched recursively; nothing a step
//   before the build writes, nothing untracked or git-ignored;
// - no ignore file: neither `.dockerignore` nor `<Dockerfile>.dockerignore`, at the root or in a
//   `#ref:subdir`, is ever applied;
// - no `.git`, unless `--build-arg BUILDKIT_CONTEXT_KEEP_GIT_DIR=1` with no subdirectory (then a
//   depth-1 clone at a detached HEAD);
// - nothing is sent from the client: there is no transfer to measure.
// The legacy builder is another story: the docker CLI clones and sends the checkout like a
// directory, .git included and .dockerignore applied (src/inputs/git-clone.ts).
import * as path from 'node:path';
import { findRepoRoot, type RepoBoundary } from '../context/boundary.js';
import { toByteString } from '../context/bytes.js';
import type { IgnoreFile } from '../context/discover.js';
import { gitDirOf, hasTrackedBelow, isTracked, readGitIndex, type GitIndex } from '../context/git-index.js';
import { PatternMatcher } from '../context/patterns.js';
import { parseGoBool } from '../go-bool.js';
import { liveTree, walkContext, type TreeSource, type WalkResult } from '../context/walk.js';
import { InputError } from '../errors.js';
import type { BuildkitEligible } from './eligible.js';

export interface GitContextOptions {
  /** What BuildKit clones, for the report: the URL (credentials hidden) and ref, or this checkout's commit. */
  source: string;
  /**
   * The directory is a working tree of the repository (a build-push-action step's checkout): only what
   * its git index tracks is in the commit. False for a fresh clone made for the audit, which holds
   * nothing else.
   */
  workingTree: boolean;
}

/** BuildKit reads the build arg with Go's strconv.ParseBool (frontend/dockerui/context.go); anything else leaves it off. */
export function keepsGitDir(buildArgs: Readonly<Record<string, string>> | undefined): boolean {
  return parseGoBool(buildArgs?.BUILDKIT_CONTEXT_KEEP_GIT_DIR) === true;
}

/** A TreeSource that lists only the names `keep` accepts (`rel`: the directory, relative to `root`). */
function filteredTree(root: string, base: TreeSource, keep: (rel: string, name: string) => boolean): TreeSource {
  return {
    list(abs) {
      const l = base.list(abs);
      const rel = abs === root ? '' : abs.slice(root.length + 1);
      const at: number[] = [];
      for (let i = 0; i < l.names.length; i++) if (keep(rel, l.names[i])) at.push(i);
      if (at.length === l.names.length) return l;
      return { names: at.map((i) => l.names[i]), stat: (j) => l.stat(at[j]) };
    },
  };
}

/** Whether a repo-relative path is in the commit an index describes: tracked, above something tracked, or inside a submodule. */
function inCommit(index: GitIndex, p: string): boolean {
  if (isTracked(index, p) || hasTrackedBelow(index, p)) return true;
  // A submodule is one index entry (a gitlink) whose directory BuildKit fills from its own repository.
  for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) if (index.files.has(p.slice(0, i))) return true;
  return false;
}

/** The git index of the working tree `root` is in, or null when there is none to read (no checkout, a gitdir outside the boundary). */
function workingTreeIndex(root: string, boundary?: RepoBoundary): { repo: string; index: GitIndex } | null {
  const repo = findRepoRoot(root);
  const gitDir = repo === null ? null : gitDirOf(repo, boundary).dir;
  const index = gitDir === null ? null : readGitIndex(gitDir);
  return repo === null || index === null ? null : { repo, index };
}

/** Whether what the commit holds can be known for a working tree (`--all` skips a Git-context build when not). */
export function commitReadable(root: string, boundary?: RepoBoundary): boolean {
  return workingTreeIndex(root, boundary) !== null;
}

/**
 * The Git context of `root` as BuildKit builds it (see the top of this file), in the shape of the
 * BuildKit-eligible view the rules and the cross-check read: no ignore file, the commit's entries.
 */
export function analyzeGitContext(root: string, git: GitContextOptions, buildArgs: Readonly<Record<string, string>> | undefined, boundary?: RepoBoundary): BuildkitEligible {
  const keepGit = keepsGitDir(buildArgs);
  let keep: (rel: string, name: string) => boolean = (rel, name) => rel !== '' || name !== '.git' || keepGit;
  if (git.workingTree) {
    const tree = workingTreeIndex(root, boundary);
    if (tree === null) throw new InputError(`${git.source}: the git index of the checkout cannot be read, so what the commit holds is unknown`);
    const { repo, index } = tree;
    const prefix = toByteString(path.relative(repo, root).split(path.sep).join('/'));
    const inRepo = (p: string) => (prefix === '' ? p : `${prefix}/${p}`);
    keep = (rel, name) =>
      (rel === '' && name === '.git') || rel === '.git' || rel.startsWith('.git/') ? keepGit : inCommit(index, inRepo(rel === '' ? name : `${rel}/${name}`));
  }
  const matcher = PatternMatcher.create([]);
  const walk: WalkResult = walkContext({
    root,
    tarMatcher: matcher,
    validationMatcher: matcher,
    checkPermissions: false,
    permissionFailures: 'record',
    measureExcluded: false,
    exceptionDescent: 'fsutil',
    source: filteredTree(root, liveTree, keep),
  });
  const ignore: IgnoreFile = { path: null, displayName: '.dockerignore', rules: [], content: null };
  return { ignore, matcher, walk, dockerfileSpecificIgnore: null, ignoreFromDockerfile: false, ignoreLocation: '.dockerignore' };
}

/**
 * The report's first notice for a Git context: what BuildKit builds, and what does not apply.
 * `ignoreLines`: the .dockerignore's pattern count, null without one. `readsGit`: why the build
 * reads .git (src/dockerfile/reads-git.ts), which a Git context does not hold (omni-tools' vite
 * config runs `git rev-parse`: the build fails there), or null.
 */
export function gitContextNotice(git: GitContextOptions, ignoreLines: number | null, keepGit: boolean, readsGit: string | null = null): { path: string; message: string } {
  const ignore = ignoreLines === null ? 'no ignore file applies' : `no ignore file applies (${ignoreLines === 1 ? 'the 1 pattern of .dockerignore decides' : `the ${ignoreLines} patterns of .dockerignore decide`} nothing here)`;
  return {
    path: '.',
    message:
      `BuildKit builds a Git context: the commit (${git.source}), cloned on the builder with its submodules; ${ignore}, ${keepGit ? '.git is kept (BUILDKIT_CONTEXT_KEEP_GIT_DIR), a depth-1 clone' : 'no .git (unless BUILDKIT_CONTEXT_KEEP_GIT_DIR=1)'}, nothing a step before the build writes is in it, and nothing is sent from here` +
      (readsGit === null ? '' : `. Yet ${readsGit.replace(/; exclude it yourself if .*$/, '')}: without .git that step fails or stamps no version; pass build-arg BUILDKIT_CONTEXT_KEEP_GIT_DIR=1, or what it reads as a build arg`),
  };
}
