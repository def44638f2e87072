// What each .dockerignore line did in this walk, shared by CTX302-CTX304 so a line gets the one
// finding that explains it best. Computed once per RuleContext.
import { dirPrefix, PatternError, type DirPrefix } from '../context/patterns.js';
import type { RuleContext } from './rule.js';

export interface RootAnchored {
  /** Deeper paths (directories or files) the pattern would match with `**\/`, outermost only. */
  matches: number;
  files: number;
  bytes: number;
  /** The first such path (byte string). */
  example: string;
}

export interface IneffectiveException {
  /** Files under pruned directories that the exception matches but cannot bring back. */
  lost: number;
  /** The first such file and the pruned directory it sits in (byte strings). */
  example: string;
  prunedDir: string;
}

export interface IgnoreAnalysis {
  /** Indexes of ignore rules that decided at least one path (sent or excluded). */
  used: Set<number>;
  rootAnchored: Map<number, RootAnchored>;
  ineffective: Map<number, IneffectiveException>;
}

const cache = new WeakMap<RuleContext, IgnoreAnalysis>();

/** How many files under one pruned directory we list to test exceptions against. */
const LIST_LIMIT = 10_000;

function safeTest(ctx: RuleContext, index: number, path: string, prefix: DirPrefix | null = null): boolean {
  try {
    return ctx.tarMatcher.testPattern(index, path, prefix);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}

function safeMayMatchUnder(ctx: RuleContext, index: number, dir: string): boolean {
  try {
    return ctx.tarMatcher.mayMatchUnder(index, dir);
  } catch (e) {
    if (e instanceof PatternError) return true;
    throw e;
  }
}

export function analyzeIgnore(ctx: RuleContext): IgnoreAnalysis {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const pats = ctx.tarMatcher.patterns;
  const ruleCount = ctx.ignore.rules.length;
  const used = new Set<number>();
  for (const e of ctx.entries) if (e.decidedBy >= 0) used.add(pats[e.decidedBy].sourceIndex);
  for (const x of ctx.excluded) if (x.decidedBy >= 0) used.add(pats[x.decidedBy].sourceIndex);

  // Root-anchored: gitignore's `node_modules` matches at any depth, Docker's only at the root.
  const rootAnchored = new Map<number, RootAnchored>();
  const anchored = pats
    .map((p, i) => ({ p, i, found: null as RootAnchored | null, under: null as string | null }))
    .filter(({ p }) => !(p.exclusion || p.sourceIndex >= ruleCount || p.text.includes('/') || p.text.startsWith('**') || /^\*+$/.test(p.text)));
  if (anchored.length > 0) {
    // One pass over the entries for all such patterns, each basename sliced once. Entries come in
    // walk order, a directory before its subtree: once a deeper directory matches, everything under
    // it belongs to that one match (outermost only).
    for (const e of ctx.entries) {
      const slash = e.path.lastIndexOf('/');
      let base: string | null = null;
      for (const a of anchored) {
        if (a.under !== null) {
          if (e.path.startsWith(a.under)) {
            if (e.kind === 'file') {
              a.found!.files++;
              a.found!.bytes += e.contentBytes;
            }
            continue;
          }
          a.under = null;
        }
        if (slash < 0) continue; // at the root the pattern already matches
        base ??= e.path.slice(slash + 1);
        if (!safeTest(ctx, a.i, base)) continue;
        a.found ??= { matches: 0, files: 0, bytes: 0, example: e.path };
        a.found.matches++;
        if (e.kind === 'file') {
          a.found.files++;
          a.found.bytes += e.contentBytes;
        } else if (e.kind === 'dir') a.under = e.path + '/';
      }
    }
    for (const a of anchored) if (a.found) rootAnchored.set(a.p.sourceIndex, a.found);
  }

  // Ineffective exceptions (R27): an excluded directory is pruned unless an exception's literal
  // text starts with it, so `docs` + `!**/keep.md` never brings docs/keep.md back.
  const ineffective = new Map<number, IneffectiveException>();
  const pruned = ctx.excluded.filter((x) => x.isDir && !x.enteredForExceptions && x.decidedBy >= 0);
  const exceptions = pats.map((p, j) => j).filter((j) => pats[j].exclusion && pats[j].sourceIndex < ruleCount);
  const found = new Map<number, IneffectiveException>();
  for (const dir of pruned) {
    // Only exceptions after the pattern that pruned the directory, and only those that could match
    // something under it: most pruned directories need not be listed at all.
    const candidates = exceptions.filter((j) => dir.decidedBy <= j && safeMayMatchUnder(ctx, j, dir.path));
    if (candidates.length === 0) continue;
    let prefixDir = '';
    let prefix: DirPrefix | null = null;
    for (const f of ctx.reader.listFiles(dir.path, LIST_LIMIT)) {
      // Each file's directory goes through the regexps once (listFiles yields a directory's files together).
      const parent = f.slice(0, f.lastIndexOf('/'));
      if (prefix === null || parent !== prefixDir) {
        prefixDir = parent;
        prefix = dirPrefix(parent, pats.length);
      }
      for (const j of candidates) {
        if (!safeTest(ctx, j, f, prefix)) continue;
        let x = found.get(j);
        if (!x) found.set(j, (x = { lost: 0, example: f, prunedDir: dir.path }));
        x.lost++;
      }
    }
  }
  // In pattern order, as before.
  for (const j of exceptions) {
    const x = found.get(j);
    if (x) ineffective.set(pats[j].sourceIndex, x);
  }

  const result = { used, rootAnchored, ineffective };
  cache.set(ctx, result);
  return result;
}
