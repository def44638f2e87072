// What each .dockerignore line did in this walk, shared by CTX302-CTX304 so a line gets the one
// finding that explains it best. Computed once per RuleContext.
import { goTrimSpace } from '../context/ignore-file.js';
import { dirPrefix, PatternError, PatternMatcher, type DirPrefix } from '../context/patterns.js';
import { namedSourceEntries } from '../dockerfile/named-sources.js';
import { indexContext, legacyStages, neededStages, type ContextIndex, type ContextView } from '../dockerfile/sources.js';
import { firstAtOrUnder, firstUnder } from './paths.js';
import { ignoreFileLocation, type OtherBuild, type RuleContext } from './rule.js';

export interface RootAnchored {
  /**
   * Deeper paths (directories or files) the pattern would match with `**\/`, outermost only, that
   * no named COPY/ADD/bind source needs: these are what the gitignore habit lets through.
   */
  matches: number;
  files: number;
  bytes: number;
  /** The first such path (byte string). */
  example: string;
  /** Those paths (byte strings, walk order). */
  paths: string[];
  /** Deeper matches a named source copies from (`**\/x` would drop them): non-empty means `**\/x` is not safe. */
  needed: string[];
  /** The first named source that copies from needed[0]. */
  neededBy: string | null;
  /**
   * Every entry of those paths is a file git tracks (committed or staged): the deeper matches are
   * other parts of the repository's sources that happen to share the name, not local leftovers.
   * False when any is untracked (a directory git cannot hold, a generated file) or there is no index.
   */
  allTracked: boolean;
  /** Every one of those paths is a file (the line matches no deeper directory). */
  filesOnly: boolean;
}

interface DeeperMatch {
  path: string;
  dir: boolean;
  files: number;
  bytes: number;
  /** A non-directory entry at or under `path` git does not track, or an empty directory. */
  untracked: boolean;
  /** Non-directory entries at or under `path`. */
  leaves: number;
}

/** Line `n` (1-based) of the ignore file as written, trimmed like ignorefile.ReadAll trims it. */
export function rawLine(content: Buffer | null, n: number): string | null {
  if (content === null) return null;
  const text = content.toString('latin1');
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  let line = text.slice(start, end);
  if (n === 1 && line.startsWith('\xef\xbb\xbf')) line = line.slice(3);
  return goTrimSpace(line.endsWith('\r') ? line.slice(0, -1) : line);
}

/** `/x` and `./x` say "only at the root" on purpose; gitignore habits never write them. */
function explicitlyAnchored(raw: string | null): boolean {
  return raw !== null && (raw.startsWith('/') || raw.startsWith('./'));
}

export interface IneffectiveException {
  /** Files under pruned directories that the exception matches but cannot bring back. */
  lost: number;
  /** The first such file and the pruned directory it sits in (byte strings). */
  example: string;
  prunedDir: string;
  /** Every pruned directory holding such files, in walk order (the first is `prunedDir`). */
  prunedDirs: string[];
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
  // A build file the legacy client sends only by R22's appended exception: the line that excludes it
  // still decides it, for the daemon deletes it before the build (src/context/legacy-context.ts
  // removedByDaemon): `Dockerfile` in .dockerignore keeps the Dockerfile out of a `COPY . .`.
  const kept = ctx.entries.filter((e) => e.decidedBy >= 0 && pats[e.decidedBy].sourceIndex >= ruleCount);
  if (kept.length > 0) {
    try {
      const own = PatternMatcher.create(ctx.ignore.rules.map((r) => r.pattern));
      for (const e of kept) {
        const i = own.decideOrParent(e.path);
        if (i >= 0) used.add(own.patterns[i].sourceIndex);
      }
    } catch {
      // A pattern Go refuses: validation stopped the build before the daemon read anything.
    }
  }
  // An exception that decides no file may still be what makes the legacy walk enter an excluded
  // directory (R27: its literal text starts with it) where later lines re-include files: glances'
  // `!glances/amps/__init__.py` lines beside `!/glances/**/*.py` (CTX302 called them dead; without
  // them the legacy builder skips glances/amps).
  const idle = pats.filter((p) => p.exclusion && p.sourceIndex < ruleCount && !used.has(p.sourceIndex));
  const entered = idle.length > 0 ? ctx.excluded.filter((x) => x.isDir && x.enteredForExceptions) : [];
  if (entered.length > 0) {
    const sentPaths = ctx.entries.map((e) => e.path).sort();
    for (const x of entered) {
      // Something sent strictly below it (BuildKit sends the directory itself as a parent).
      if (firstUnder(sentPaths, x.path) === undefined) continue;
      for (const p of idle) if ((p.text + '/').startsWith(x.path + '/')) used.add(p.sourceIndex);
    }
  }

  // Root-anchored: gitignore's `node_modules` matches at any depth, Docker's only at the root.
  const rootAnchored = new Map<number, RootAnchored>();
  const anchored = pats
    .map((p, i) => ({ p, i, found: [] as DeeperMatch[], current: null as DeeperMatch | null, under: null as string | null }))
    .filter(({ p }) => !(p.exclusion || p.sourceIndex >= ruleCount || p.text.includes('/') || p.text.startsWith('**') || /^\*+$/.test(p.text)))
    .filter(({ p }) => !explicitlyAnchored(rawLine(ctx.ignore.content, ctx.ignore.rules[p.sourceIndex].line)));
  if (anchored.length > 0) {
    // One pass over the entries for all such patterns, each basename sliced once. Entries come in
    // walk order, a directory before its subtree: once a deeper directory matches, everything under
    // it belongs to that one match (outermost only).
    const tracked = ctx.isGitTracked ?? null;
    const count = (m: DeeperMatch, e: (typeof ctx.entries)[number]) => {
      if (e.kind === 'dir') return;
      m.leaves++;
      if (e.kind === 'file') {
        m.files++;
        m.bytes += e.contentBytes;
      }
      if (!m.untracked && (tracked === null || !tracked(e.path))) m.untracked = true;
    };
    for (const e of ctx.entries) {
      // git's own files are no gitignore habit's leftovers: `tags` (ctags) matches .git/refs/tags,
      // which `git describe --tags` in the build reads (inbucket); .git itself is CTX003's.
      if (e.path.startsWith('.git/') || e.path.includes('/.git/')) continue;
      const slash = e.path.lastIndexOf('/');
      let base: string | null = null;
      for (const a of anchored) {
        if (a.under !== null) {
          if (e.path.startsWith(a.under)) {
            count(a.current!, e);
            continue;
          }
          a.under = null;
        }
        if (slash < 0) continue; // at the root the pattern already matches
        base ??= e.path.slice(slash + 1);
        if (!safeTest(ctx, a.i, base)) continue;
        const m: DeeperMatch = { path: e.path, dir: e.kind === 'dir', files: 0, bytes: 0, untracked: false, leaves: 0 };
        a.found.push(m);
        count(m, e);
        if (e.kind === 'dir') {
          a.current = m;
          a.under = e.path + '/';
        }
      }
    }
    // A deeper match that a named source copies from (COPY src needs src/app/data/models.ts) is not
    // a gitignore habit's leak: `**/x` would break the build. Only the others count.
    const withMatches = anchored.filter((a) => a.found.length > 0);
    const cc = ctx.crossCheck;
    let needs: Map<string, string> | null = null;
    const view = { entries: ctx.entries, excluded: ctx.excluded, matcher: ctx.tarMatcher, rules: ctx.ignore.rules, ignoreFileName: ignoreFileLocation(ctx) };
    let idx: ContextIndex | undefined;
    if (withMatches.length > 0 && cc && cc.resolved.needed.target >= 0) {
      // Every stage up to the target: the legacy builder runs them all, BuildKit a subset of them.
      const stages = legacyStages(cc.resolved.needed);
      idx = indexContext(view);
      needs = namedSourceEntries(cc.parsed, view, stages, '', idx, ctx.builder ?? 'legacy').paths;
    }
    // What the run's other builds of this context copy by name (frigate's `target: frigate`, whose
    // `COPY web/ ./` builds the .ts sources `**/*.ts` would drop; its devcontainer target copies none
    // of them: sweep 48/C-F1). Only with the context's own .dockerignore, which they read too. Each
    // other build's sources are resolved once per walk of the context, however many targets share it
    // (the review of 47f512b7: targets² × entries).
    const others = withMatches.length > 0 && ignoreFileLocation(ctx) === '.dockerignore' ? (ctx.otherBuilds ?? []) : [];
    const otherNeeds = others.length === 0 ? [] : others.map((o) => namedNeedsOf(o, view));
    const sorted = needs === null ? [] : [...needs.keys()].sort();
    const neededUnder = (m: DeeperMatch): string | null => {
      if (needs !== null && needs.size > 0) {
        const p = firstAtOrUnder(sorted, m.path);
        if (p !== undefined) return needs.get(p)!;
      }
      for (let k = 0; k < otherNeeds.length; k++) {
        const o = otherNeeds[k];
        if (o === null) continue;
        const p = firstAtOrUnder(o.sorted, m.path);
        if (p !== undefined) return `${o.paths.get(p)!} for ${others[k].name}`;
      }
      return null;
    };
    for (const a of withMatches) {
      const free: DeeperMatch[] = [];
      const needed: string[] = [];
      let neededBy: string | null = null;
      // A later exception that lets the match in decides it whatever this line says: `**/x` here
      // would change nothing (inbox-zero's `.env.*`, `**/.env.*`, then `!**/.env.example` for the
      // template it sends on purpose; sweep 46/D).
      const reincluded = (m: DeeperMatch) => pats.some((q, j) => j > a.i && q.exclusion && safeTest(ctx, j, m.path));
      for (const m of a.found) {
        if (reincluded(m)) continue;
        const by = neededUnder(m);
        if (by === null) free.push(m);
        else {
          needed.push(m.path);
          neededBy ??= by;
        }
      }
      if (free.length === 0) continue;
      rootAnchored.set(a.p.sourceIndex, {
        matches: free.length,
        files: free.reduce((n, m) => n + m.files, 0),
        bytes: free.reduce((n, m) => n + m.bytes, 0),
        example: free[0].path,
        paths: free.map((m) => m.path),
        needed,
        neededBy,
        // An empty directory is nothing git can track. A submodule is the repository's own, checked
        // out or not (openlibrary's vendor/infogami, empty in a plain clone, filled by CI's checkout).
        allTracked: free.every((m) => (!m.untracked && m.leaves > 0) || (ctx.inSubmodule?.(m.path) ?? null) !== null),
        filesOnly: free.every((m) => !m.dir),
      });
    }
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
        if (!x) found.set(j, (x = { lost: 0, example: f, prunedDir: dir.path, prunedDirs: [] }));
        // (At most 50: suggest spells out 20 at most; a stranger's 3,000 made 56 kB of JSON, the review's RA-D2.)
        if (x.prunedDirs[x.prunedDirs.length - 1] !== dir.path && x.prunedDirs.length < 50) x.prunedDirs.push(dir.path);
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

/** Per walk of a context (its entries array), per other build: what its named sources copy, sorted. */
const otherNeedsCache = new WeakMap<object, WeakMap<OtherBuild, { sorted: string[]; paths: Map<string, string> } | null>>();
const indexCache = new WeakMap<object, ContextIndex>();

/** (Resolved by the builder that runs that build: the two walks of a context may be one array.) */
function namedNeedsOf(o: OtherBuild, view: ContextView): { sorted: string[]; paths: Map<string, string> } | null {
  let byBuild = otherNeedsCache.get(view.entries);
  if (byBuild === undefined) otherNeedsCache.set(view.entries, (byBuild = new WeakMap()));
  if (byBuild.has(o)) return byBuild.get(o) ?? null;
  let out: { sorted: string[]; paths: Map<string, string> } | null = null;
  const parsed = o.parsed();
  const needed = parsed === null ? null : neededStages(parsed, o.target);
  if (parsed !== null && needed !== null && needed.target >= 0 && needed.problem === null) {
    let idx = indexCache.get(view.entries);
    if (idx === undefined) indexCache.set(view.entries, (idx = indexContext(view)));
    const paths = namedSourceEntries(parsed, view, legacyStages(needed), o.dockerfileName, idx, o.builder).paths;
    out = paths.size === 0 ? null : { sorted: [...paths.keys()].sort(), paths };
  }
  byBuild.set(o, out);
  return out;
}
