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
import { gitDirOf, hasTrackedBelow, isTracked, readGitIndex } from '../context/git-index.js';
import { readRegularFile } from '../context/read-regular.js';
import type { SentEntry } from '../context/walk.js';
import { baseName } from './paths.js';

function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Returns a predicate over context-relative byte-string paths, or null outside a git repository. */
export function gitIgnoreOracle(root: string, entries: readonly SentEntry[]): ((p: string, isDir: boolean) => boolean) | null {
  const repo = findRepoRoot(root);
  if (repo === null) return null;
  const ctxInRepo = path.relative(repo, root).split(path.sep).filter(Boolean).join('/');
  // dir (repo-relative, '' for the root) -> its rules
  const files = new Map<string, Ignore>();
  const add = (repoRelDir: string, abs: string | Buffer) => {
    try {
      // Like git (>= 2.32), never follow a symlinked .gitignore; never read a FIFO or device.
      files.set(repoRelDir, ignore().add(readRegularFile(abs, { noFollow: true, maxBytes: 1024 * 1024 }).toString('utf8')));
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
    add([ctxInRepo, byteStringToText(d)].filter(Boolean).join('/'), fsPath(root + '/' + e.path));
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
  const gitDir = gitDirOf(repo);
  const index = gitDir === null ? null : readGitIndex(gitDir);
  const ctxBytes = toByteString(ctxInRepo);
  return (p, isDir) => {
    if (index) {
      const rb = ctxBytes === '' ? p : `${ctxBytes}/${p}`;
      if (isDir ? hasTrackedBelow(index, rb) : isTracked(index, rb)) return false;
    }
    const repoRel = [ctxInRepo, byteStringToText(p)].filter(Boolean).join('/');
    const segs = repoRel.split('/');
    for (let i = 1; i < segs.length; i++) if (decide(segs.slice(0, i).join('/'), true)) return true;
    return decide(repoRel, isDir);
  };
}
