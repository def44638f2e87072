// What BuildKit's client (buildx, through fsutil) would stream for the `context` local (facts
// B1-B6). No tar: we count files and content bytes. Every rule below cites the fsutil/BuildKit
// source it mirrors; none of it was run against a real BuildKit (see facts Part 2 "Src only").
import * as fs from 'node:fs';
import { fsPath } from '../context/bytes.js';
import { PatternMatcher } from '../context/patterns.js';
import type { TreeSource } from '../context/walk.js';

export interface TransferEntry {
  /** Context-relative byte-string path. */
  path: string;
  isDir: boolean;
  /** Content bytes (regular files only). */
  bytes: number;
}

export interface TransferTotals {
  entries: number;
  files: number;
  directories: number;
  bytes: number;
}

export interface TransferWalk extends TransferTotals {
  /** In stream order (pre-order, byte-sorted names); parents of sent paths included. */
  list: TransferEntry[];
}

export interface TransferOptions {
  root: string;
  /** FollowPaths as include patterns, or null for no include filter. */
  includes: readonly string[] | null;
  /** The ignore patterns BuildKit uses (B3: `<Dockerfile>.dockerignore` or `.dockerignore`). */
  excludes: readonly string[];
  /** Where listings and lstat results come from (default: the disk); `suggest` replays one recording per candidate. */
  source?: TreeSource;
}

const WILDCARD_CHARS = /[*[\]?^\\]/;

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
  const pruneExcluded = exclusionPruner(exc);
  const pruneNotIncluded = inc ? inclusionPruner(inc) : () => false;
  const list: TransferEntry[] = [];
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

  const visit = (dirRel: string, incInfo: boolean[] | null, excInfo: boolean[] | null) => {
    let names: string[];
    let statOf: (i: number) => { isDir: boolean; isFile: boolean; size: number } | undefined;
    const abs = opts.root + (dirRel ? '/' + dirRel : '');
    try {
      if (opts.source) {
        const listing = opts.source.list(abs);
        names = listing.names;
        statOf = (i) => {
          let st;
          try {
            st = listing.stat(i);
          } catch {
            return undefined;
          }
          if (!st) return undefined;
          const type = st.mode & 0o170000;
          return { isDir: type === 0o040000, isFile: type === 0o100000, size: st.size };
        };
      } else {
        names = (fs.readdirSync(fsPath(abs), { encoding: 'latin1' }) as string[]).sort();
        statOf = (i) => {
          const st = fs.lstatSync(fsPath(opts.root + '/' + (dirRel === '' ? names[i] : dirRel + '/' + names[i])), { throwIfNoEntry: false });
          return st && { isDir: st.isDirectory(), isFile: st.isFile(), size: st.size };
        };
      }
    } catch {
      return; // filter.go ignores errors on excluded paths; there is no validation pass (B6)
    }
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const rel = dirRel === '' ? name : dirRel + '/' + name;
      const st = statOf(k);
      if (!st) continue;
      const isDir = st.isDir;
      let included = true;
      let childInc: boolean[] | null = null;
      if (inc) {
        childInc = isDir ? [] : null;
        const i = inc.matchWithParents(rel, dirRel === '' ? null : incInfo, childInc);
        included = i >= 0 && !inc.patterns[i].exclusion;
      }
      const childExc: boolean[] | null = isDir ? [] : null;
      const j = exc.matchWithParents(rel, dirRel === '' ? null : excInfo, childExc);
      const excluded = j >= 0 && !exc.patterns[j].exclusion;
      const entry: TransferEntry = { path: rel, isDir, bytes: st.isFile ? st.size : 0 };
      if (included && !excluded) send(entry);
      if (!isDir) continue;
      if (excluded && pruneExcluded(rel)) continue;
      if (!included && pruneNotIncluded(rel)) continue;
      const frame = { entry, sent: included && !excluded };
      pending.push(frame);
      visit(rel, childInc, childExc);
      pending.pop();
    }
  };
  visit('', null, null);
  return withTotals(list);
}

function withTotals(list: TransferEntry[]): TransferWalk {
  let files = 0;
  let directories = 0;
  let bytes = 0;
  for (const e of list) {
    if (e.isDir) directories++;
    else files++;
    bytes += e.bytes;
  }
  return { list, entries: list.length, files, directories, bytes };
}

/** `ls`-style lines: directories end in `/`. */
export function transferPaths(w: TransferWalk): string[] {
  return w.list.map((e) => (e.isDir ? e.path + '/' : e.path));
}

/** The engine's fsutil-mode walk (walkContext with exceptionDescent 'fsutil') as a transfer list. */
export function transferFromWalk(entries: readonly { path: string; kind: string; size: number }[]): TransferWalk {
  return withTotals(entries.map((e) => ({ path: e.path, isDir: e.kind === 'dir', bytes: e.kind === 'file' ? e.size : 0 })));
}
