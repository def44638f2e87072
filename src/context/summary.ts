// Totals and top offenders of a walk, computed in one pass over the entries (they arrive in
// depth-first tar order, so directory totals fold up a stack instead of touching every ancestor).
import { topN } from './top.js';
import type { ExcludedItem, SentEntry } from './walk.js';

export interface SizedPath {
  /** Context-relative byte-string path. */
  path: string;
  /** Bytes in the tar for the path (with headers and padding; for a directory, its whole subtree). */
  tarBytes: number;
  /** Content bytes (file data only). */
  contentBytes: number;
  files: number;
}

export interface ContextSummary {
  entries: number;
  files: number;
  directories: number;
  symlinks: number;
  hardlinks: number;
  other: number;
  contentBytes: number;
  /**
   * What the ignore file keeps out. `entries`, `files` and `bytes` are null when some pruned
   * directory was not looked inside (`unmeasuredDirectories` > 0: the audit, like Docker, does not
   * walk what it prunes unless asked to measure it): a partial sum is no total.
   */
  excluded: ExcludedTotals;
  /** Ranked by tar bytes (header and padding included): what each file adds to the legacy upload. */
  largestFiles: SizedPath[];
  /** Ranked by content bytes: the files that are big themselves (a 0-byte file still costs a 512-byte header and is never here first). */
  largestFilesByContent: SizedPath[];
  heaviestDirectories: SizedPath[];
}

const byContentFirst = (a: { contentBytes: number; tarBytes: number; path: string }, b: { contentBytes: number; tarBytes: number; path: string }) =>
  b.contentBytes - a.contentBytes || heaviestFirst(a, b);
const heaviestFirst = (a: { tarBytes: number; path: string }, b: { tarBytes: number; path: string }) => b.tarBytes - a.tarBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

const fileFigure = (e: SentEntry): SizedPath => ({ path: e.path, tarBytes: e.tarBytes, contentBytes: e.contentBytes, files: 1 });

export interface ExcludedTotals {
  items: number;
  entries: number | null;
  files: number | null;
  bytes: number | null;
  /** Pruned directories whose contents were not added up (0: the totals above are complete). */
  unmeasuredDirectories: number;
}

/** The totals of the excluded items, or null totals when a pruned directory was not measured. */
export function excludedTotals(excluded: readonly ExcludedItem[]): ExcludedTotals {
  let entries = 0;
  let files = 0;
  let bytes = 0;
  let unmeasured = 0;
  for (const x of excluded) {
    if (!x.measured) unmeasured++;
    entries += x.entries;
    files += x.files;
    bytes += x.bytes;
  }
  return unmeasured > 0
    ? { items: excluded.length, entries: null, files: null, bytes: null, unmeasuredDirectories: unmeasured }
    : { items: excluded.length, entries, files, bytes, unmeasuredDirectories: 0 };
}

export function summarize(entries: readonly SentEntry[], excluded: readonly ExcludedItem[], n = 10): ContextSummary {
  let files = 0;
  let directories = 0;
  let symlinks = 0;
  let hardlinks = 0;
  let other = 0;
  let contentBytes = 0;
  const fileSizes: SentEntry[] = [];
  const dirs: SizedPath[] = [];
  const stack: SizedPath[] = [];
  /** True when `path` lies below directory `dir` (no `dir + '/'` string built per entry). */
  const below = (path: string, dir: string) => path.length > dir.length && path.charCodeAt(dir.length) === 0x2f && path.startsWith(dir);
  const closeUntil = (path: string) => {
    while (stack.length > 0 && !below(path, stack[stack.length - 1].path)) {
      const done = stack.pop()!;
      dirs.push(done);
      if (stack.length > 0) {
        const parent = stack[stack.length - 1];
        parent.tarBytes += done.tarBytes;
        parent.contentBytes += done.contentBytes;
        parent.files += done.files;
      }
    }
  };
  for (const e of entries) {
    closeUntil(e.path);
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    switch (e.kind) {
      case 'dir':
        directories++;
        stack.push({ path: e.path, tarBytes: e.tarBytes, contentBytes: 0, files: 0 });
        continue;
      case 'file':
        files++;
        contentBytes += e.contentBytes;
        fileSizes.push(e);
        break;
      case 'symlink':
        symlinks++;
        break;
      case 'hardlink':
        hardlinks++;
        break;
      default:
        other++;
    }
    if (top) {
      top.tarBytes += e.tarBytes;
      top.contentBytes += e.contentBytes;
      if (e.kind === 'file') top.files++;
    }
  }
  closeUntil('\0');
  const ex = excludedTotals(excluded);
  return {
    entries: entries.length,
    files,
    directories,
    symlinks,
    hardlinks,
    other,
    contentBytes,
    excluded: ex,
    largestFiles: topN(fileSizes, n, heaviestFirst).map(fileFigure),
    largestFilesByContent: topN(fileSizes, n, byContentFirst).map(fileFigure),
    heaviestDirectories: topN(dirs, n, heaviestFirst),
  };
}
