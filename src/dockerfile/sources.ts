// Which stages a target needs, and what each main-context source of those stages finds in the
// context: sent files, files the ignore file excludes, nothing, or a path outside the context.
// Source matching follows BuildKit's COPY on the daemon (facts B7, fsutil/copy/copy.go
// `ResolveWildcards`): split at the first wildcard component, `filepath.Match` the rest, `*` never
// crosses `/`, `**` is just `*`, and a directory source means its contents.
import * as fs from 'node:fs';
import { fsPath, toByteString } from '../context/bytes.js';
import { cleanPath, type IgnoreRule } from '../context/ignore-file.js';
import { PatternMatcher } from '../context/patterns.js';
import type { ExcludedItem, SentEntry } from '../context/walk.js';
import type { ContextSource, ParsedDockerfile, Stage } from './parse.js';

// ---------------------------------------------------------------------------------------------
// Stages

export interface NeededStages {
  /** Indexes of the stages the target needs, ascending. */
  stages: number[];
  target: number;
  /** Set when `--target` names no stage. */
  problem: string | null;
}

/** The stage a reference (FROM base, COPY --from, mount from=) names, or -1 for an image/named context. */
export function stageIndexOf(stages: readonly Stage[], ref: string, before: number): number {
  const lower = ref.toLowerCase();
  for (let i = 0; i < before; i++) if (stages[i].name === lower) return i;
  // COPY --from=<n> and mount from=<n> accept an earlier stage's index (BuildKit dispatch).
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    if (n < before) return n;
  }
  return -1;
}

/**
 * The stage a reference names, from maps built once (for callers that resolve one per source or per stage, where a
 * scan of the stages each time is quadratic): by name, the last stage of that name before `before` (BuildKit keeps
 * the latest state of a name); a `COPY --from` or mount `from=` (not a `FROM`, which BuildKit reads by name only) may
 * also give an earlier stage's index, read as strconv.Atoi reads it (`01` is 1).
 */
export function stageResolver(stages: readonly Stage[]): (ref: string, before: number, kind?: 'from' | 'base') => Stage | undefined {
  const byName = new Map<string, Stage[]>();
  const byIndex = new Map<number, Stage>();
  for (const st of stages) {
    byIndex.set(st.index, st);
    if (st.name !== null) {
      const list = byName.get(st.name);
      if (list === undefined) byName.set(st.name, [st]);
      else list.push(st);
    }
  }
  return (ref, before, kind = 'from') => {
    const named = byName.get(ref.toLowerCase());
    if (named !== undefined) {
      // Ascending by index: the last one before `before`, by a binary search (a name used by thousands of stages).
      let lo = 0;
      let hi = named.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (named[mid].index < before) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) return named[lo - 1];
    }
    if (kind === 'base' || !/^\d{1,9}$/.test(ref)) return undefined;
    const st = byIndex.get(Number(ref));
    return st !== undefined && st.index < before ? st : undefined;
  };
}

/**
 * BuildKit dispatches only the stages reachable from the target (dockerfile2llb `allReachableStages`):
 * the FROM chain plus COPY --from / RUN --mount from= dependencies.
 */
export function neededStages(parsed: ParsedDockerfile, target?: string): NeededStages {
  const stages = parsed.stages;
  if (stages.length === 0) return { stages: [], target: -1, problem: null };
  let t = stages.length - 1;
  let problem: string | null = null;
  if (target !== undefined && target !== '') {
    const i = stages.findIndex((s) => s.name === target.toLowerCase());
    if (i < 0) problem = `target stage "${target}" could not be found`;
    else t = i;
  }
  const seen = new Set<number>();
  const queue = [t];
  while (queue.length) {
    const i = queue.pop() as number;
    if (seen.has(i)) continue;
    seen.add(i);
    for (const r of stages[i].refs) {
      const j = stageIndexOf(stages, r.ref, i);
      if (j >= 0) queue.push(j);
    }
  }
  return { stages: [...seen].sort((a, b) => a - b), target: t, problem };
}

/**
 * The legacy builder runs every stage up to the target, in order, whatever the target needs
 * (checked against the real daemon: a missing source in a stage nothing uses fails its build);
 * BuildKit runs only the stages the target reaches (neededStages).
 */
export function stagesFor(builder: 'legacy' | 'buildkit', parsed: ParsedDockerfile, target?: string): number[] {
  return neededFor(builder, parsed, target).stages;
}

/** neededStages for the builder that runs them. */
export function neededFor(builder: 'legacy' | 'buildkit', parsed: ParsedDockerfile, target?: string): NeededStages {
  const needed = neededStages(parsed, target);
  return builder === 'buildkit' || needed.target < 0 ? needed : { ...needed, stages: legacyStages(needed) };
}

/** The stages the legacy builder runs for the target `needed` names: every one up to it. */
export function legacyStages(needed: NeededStages): number[] {
  return Array.from({ length: needed.target + 1 }, (_, i) => i);
}

// ---------------------------------------------------------------------------------------------
// filepath.Match (Go path/filepath/match.go, Unix separator) on byte strings

function scanChunk(p: string): { star: boolean; chunk: string; rest: string } {
  let star = false;
  while (p.length > 0 && p[0] === '*') {
    p = p.slice(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < p.length; i++) {
    switch (p[i]) {
      case '\\':
        if (i + 1 < p.length) i++;
        break;
      case '[':
        inrange = true;
        break;
      case ']':
        inrange = false;
        break;
      case '*':
        if (!inrange) break scan;
        break;
    }
  }
  return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}

/** Returns the rest of `s` after matching `chunk`, or null. Bad patterns never match. */
function matchChunk(chunk: string, s: string): string | null {
  while (chunk.length > 0) {
    if (s.length === 0) return null;
    const c = chunk[0];
    if (c === '[') {
      const r = s[0];
      s = s.slice(1);
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk[0] === '^') {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (chunk.length > 0 && chunk[0] === ']' && nrange > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEsc(chunk);
        if (!lo) return null;
        chunk = lo.rest;
        let hi = lo.ch;
        if (chunk[0] === '-') {
          const h = getEsc(chunk.slice(1));
          if (!h) return null;
          hi = h.ch;
          chunk = h.rest;
        }
        if (lo.ch <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) return null;
    } else if (c === '?') {
      if (s[0] === '/') return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    } else if (c === '\\') {
      chunk = chunk.slice(1);
      if (chunk.length === 0 || chunk[0] !== s[0]) return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    } else {
      if (c !== s[0]) return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    }
  }
  return s;
}

function getEsc(chunk: string): { ch: string; rest: string } | null {
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') return null;
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) return null;
  }
  const ch = chunk[0];
  chunk = chunk.slice(1);
  if (chunk.length === 0) return null;
  return { ch, rest: chunk };
}

/**
 * BuildKit's containsWildcards (fsutil copy): whether a COPY source name has a `*`, `?` or `[`
 * that no backslash escapes. A backslash is no wildcard: with `# escape=\``, `COPY conf\app.ini`
 * names a literal path and `COPY conf\*.ini` a literal star (checked against a real BuildKit);
 * a missing one fails the build.
 */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Go's filepath.Match: `*` and `?` never match `/`. Malformed patterns match nothing. */
export function filepathMatch(pattern: string, name: string): boolean {
  pattern: while (pattern.length > 0) {
    const { star, chunk, rest } = scanChunk(pattern);
    pattern = rest;
    if (star && chunk === '') return !name.includes('/');
    const t = matchChunk(chunk, name);
    if (t !== null && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const t2 = matchChunk(chunk, name.slice(i + 1));
        if (t2 !== null) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue pattern;
        }
      }
    }
    return false;
  }
  return name.length === 0;
}

const WILDCARD = /[*?[]/;

// ---------------------------------------------------------------------------------------------
// The context as the cross-check sees it

export interface ContextView {
  /** What the builder sends (byte-string paths). */
  entries: readonly SentEntry[];
  /** What the ignore file keeps out (files, and pruned directories with totals). */
  excluded: readonly ExcludedItem[];
  /** Matcher over exactly `rules` (its sourceIndex values index into `rules`). */
  matcher: PatternMatcher;
  rules: readonly IgnoreRule[];
  /** Name of the ignore file for messages (`.dockerignore`, `Dockerfile.dockerignore`). */
  ignoreFileName: string;
  /** Absolute context directory: lets us look inside pruned directories. Without it, a path under a pruned directory counts as present. */
  root?: string;
}

export type SourceStatus = 'sent' | 'ignored' | 'missing' | 'outside' | 'whole-context';

export interface IgnoreRuleRef {
  line: number;
  pattern: string;
}

export interface SourceResolution {
  source: ContextSource;
  stage: number;
  status: SourceStatus;
  /** Context-relative cleaned source (byte string); `.` for the whole context. */
  path: string;
  /** Top-level sent paths the source matched. */
  sentMatches: string[];
  /** Top-level excluded paths the source matched (when nothing sent matched). */
  ignoredMatches: string[];
  /** The ignore-file rule that excluded the first ignored match. */
  ignoreRule: IgnoreRuleRef | null;
  /**
   * Where the source's literal part leads through symlinks in the context (byte string), when a
   * component is one: both builders copy the target (`COPY lnk /x` with lnk -> real/file.txt; `COPY
   * ln/f` with ln -> real), so its status is the target's.
   */
  linkTarget?: string;
  /**
   * Set when the source climbs out of the context (`COPY ../sdk/go.mod`) and the builder is
   * BuildKit, which joins it under the root (the cleaned source, `..` and all): `path` and the
   * status are then the joined path's, what BuildKit copies. CTX103 reports the climb itself.
   */
  climbsOut?: string;
}

export interface ContextIndex {
  sent: Map<string, SentEntry>;
  sentPaths: string[];
  excluded: Map<string, ExcludedItem>;
  prunedDirs: string[];
}

/**
 * Lookup tables over a view, each built on first use: a Dockerfile that copies the whole context
 * (`COPY . .`) never looks a path up, and a million-entry context should not pay for the tables.
 */
export function indexContext(view: ContextView): ContextIndex {
  let sent: Map<string, SentEntry> | null = null;
  let sentPaths: string[] | null = null;
  let excluded: Map<string, ExcludedItem> | null = null;
  let prunedDirs: string[] | null = null;
  return {
    get sent() {
      if (sent === null) {
        sent = new Map();
        for (const e of view.entries) sent.set(e.path, e);
      }
      return sent;
    },
    get sentPaths() {
      return (sentPaths ??= [...this.sent.keys()]);
    },
    get excluded() {
      if (excluded === null) {
        excluded = new Map();
        for (const x of view.excluded) excluded.set(x.path, x);
      }
      return excluded;
    },
    get prunedDirs() {
      return (prunedDirs ??= view.excluded.filter((x) => x.isDir && !x.enteredForExceptions).map((x) => x.path));
    },
  };
}

const under = (p: string, dir: string) => dir === '.' || p === dir || p.startsWith(dir + '/');

function prunedAncestor(idx: ContextIndex, p: string): string | null {
  for (const d of idx.prunedDirs) if (p.startsWith(d + '/')) return d;
  return null;
}

function existsOnDisk(view: ContextView, p: string): boolean {
  if (!view.root) return true;
  try {
    return fs.lstatSync(fsPath(toByteString(view.root) + '/' + p), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

function listDisk(view: ContextView, dir: string): { name: string; isDir: boolean }[] {
  if (!view.root) return [];
  const root = toByteString(view.root);
  try {
    const names = fs.readdirSync(fsPath(root + '/' + dir), { encoding: 'latin1' }) as string[];
    return names.map((name) => {
      const st = fs.lstatSync(fsPath(root + '/' + dir + '/' + name), { throwIfNoEntry: false });
      return { name, isDir: st?.isDirectory() ?? false };
    });
  } catch {
    return [];
  }
}

/** All known paths at exactly `depth` components below `base` ('' = root), including inside pruned dirs. */
function pathsAtDepth(view: ContextView, idx: ContextIndex, base: string, depth: number): string[] {
  const baseDepth = base === '' ? 0 : base.split('/').length;
  const want = baseDepth + depth;
  const out = new Set<string>();
  const consider = (p: string) => {
    if (base !== '' && !p.startsWith(base + '/')) return;
    const parts = p.split('/');
    if (parts.length >= want) out.add(parts.slice(0, want).join('/'));
  };
  for (const p of idx.sentPaths) consider(p);
  for (const p of idx.excluded.keys()) consider(p);
  // Pruned directories hide their subtrees from the walk result; read those from disk.
  for (const d of idx.prunedDirs) {
    const dDepth = d.split('/').length;
    if (dDepth >= want || !(base === '' || under(d, base) || under(base, d))) continue;
    const stack: string[] = [d];
    while (stack.length) {
      const cur = stack.pop() as string;
      const curDepth = cur.split('/').length;
      for (const c of listDisk(view, cur)) {
        const p = cur + '/' + c.name;
        if (curDepth + 1 === want) consider(p);
        else if (c.isDir && curDepth + 1 < want && (under(p, base) || under(base, p))) stack.push(p);
      }
    }
  }
  return [...out].sort();
}

function ruleFor(view: ContextView, p: string): IgnoreRuleRef | null {
  let i: number;
  try {
    i = view.matcher.decideOrParent(p);
  } catch {
    return null;
  }
  if (i < 0 || view.matcher.patterns[i].exclusion) {
    // Let in by an exception, yet not sent: a directory above it was excluded and pruned before the
    // exception could apply (the legacy walk; `apps` then `!apps/**/package.json`). The line that
    // excludes the nearest such directory is named (the message said "line null (null)"; the review
    // of ab6aa15: with `apps`, `!apps/web`, `apps/web/src`, the walk prunes apps/web/src, line 3).
    for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) {
      const r = ruleFor(view, p.slice(0, at));
      if (r !== null) return r;
    }
    return null;
  }
  const rule = view.rules[view.matcher.patterns[i].sourceIndex];
  return rule ? { line: rule.line, pattern: rule.pattern } : null;
}

/** The context-relative path a source names, or null when it escapes the context. */
export function contextPathOf(source: string): string | null {
  const c = cleanPath(source);
  if (c === '..' || c.startsWith('../')) return null;
  if (c === '/') return '.';
  return c.startsWith('/') ? c.slice(1) : c;
}

/** At most this many symlinks are followed for one path (Linux's own limit is 40). */
const MAX_LINKS = 40;

/**
 * A context path with every component that is a sent symlink replaced by where it points
 * (relative to the link's directory; an absolute target from the context root), or null when a
 * link leads out of the context or the chain is too long. Components that are no symlink stay.
 */
function followLinks(idx: ContextIndex, path: string, links: string[] = []): string | null {
  let rest = path.split('/');
  let done: string[] = [];
  for (let hops = 0; rest.length > 0; ) {
    const [c, ...more] = rest;
    const here = [...done, c].join('/');
    const e = idx.sent.get(here);
    if (e === undefined || e.kind !== 'symlink' || e.linkname === '') {
      done.push(c);
      rest = more;
      continue;
    }
    if (++hops > MAX_LINKS) return null;
    links.push(here);
    const target = contextPathOf(e.linkname.startsWith('/') ? e.linkname : [...done, e.linkname].join('/'));
    if (target === null) return null;
    done = [];
    rest = [...(target === '.' ? [] : target.split('/')), ...more];
  }
  return done.join('/');
}

/**
 * Resolves one main-context source against the context. `builder`: a source that climbs out of the
 * context fails the legacy builder ('outside'); BuildKit joins it under the root (its FollowPaths
 * do too: oracle case "a source that climbs out of the context"), so for BuildKit it resolves as
 * the joined path, with `climbsOut` set (highlight's docker/backend.Dockerfile copies `../sdk/...`
 * from the repository root: `sdk` is used, not a directory to exclude).
 */
export function resolveSource(view: ContextView, idx: ContextIndex, source: ContextSource, stage: number, builder: 'legacy' | 'buildkit' = 'legacy'): SourceResolution {
  const res: SourceResolution = { source, stage, status: 'missing', path: '.', sentMatches: [], ignoredMatches: [], ignoreRule: null };
  // A bind mount without source= mounts the context root.
  let p = contextPathOf(source.source === '' ? '.' : source.source);
  if (p === null) {
    if (builder === 'legacy') {
      res.status = 'outside';
      res.path = cleanPath(source.source);
      return res;
    }
    res.climbsOut = cleanPath(source.source);
    p = contextPathOf('/' + res.climbsOut) as string;
  }
  res.path = p;
  if (p === '.') {
    res.status = 'whole-context';
    return res;
  }
  const parts = p.split('/');
  const w = parts.findIndex((c) => WILDCARD.test(c));
  // The literal part through the context's symlinks (both builders follow them inside the context:
  // checked against a real daemon, legacy and BuildKit, in the oracle files).
  const literal = w < 0 ? p : parts.slice(0, w).join('/');
  const links: string[] = [];
  const followed = literal === '' ? '' : followLinks(idx, literal, links);
  const linked = followed !== null && followed !== literal;
  if (linked) res.linkTarget = followed;
  let candidates: string[];
  if (w < 0) candidates = [linked ? followed : p];
  else {
    const base = linked ? followed : literal;
    const pattern = parts.slice(w).join('/');
    candidates = pathsAtDepth(view, idx, base, parts.length - w).filter((c) => filepathMatch(pattern, base === '' ? c : c.slice(base.length + 1)));
  }

  for (const c of candidates) {
    // A source directory copies its contents: count sent descendants (an excluded directory that
    // the walk entered for an exception still yields its re-included files).
    if (idx.sent.has(c) || idx.sentPaths.some((s) => s.startsWith(c + '/'))) res.sentMatches.push(c);
    else if (idx.excluded.has(c) || (prunedAncestor(idx, c) !== null && existsOnDisk(view, c))) res.ignoredMatches.push(c);
  }
  // The links followed are sent and used too (BuildKit requests them: `COPY ln/f` sends ln).
  if (linked && res.sentMatches.length > 0) res.sentMatches.unshift(...links.filter((l) => !res.sentMatches.includes(l)));
  if (res.sentMatches.length > 0) res.status = 'sent';
  else if (res.ignoredMatches.length > 0) {
    res.status = 'ignored';
    res.ignoreRule = ruleFor(view, res.ignoredMatches[0]);
  }
  return res;
}

export interface Reference {
  file: string;
  line: number;
}

export interface ResolvedSources {
  needed: NeededStages;
  resolutions: SourceResolution[];
  /** Sent path (byte string) -> the instructions that reference it. */
  references: Map<string, Reference[]>;
  /** Some needed source covers the whole context (`COPY . .`, a bare bind mount). */
  coversWholeContext: boolean;
}

/** Resolves every main-context source of the stages the builder runs for the target. */
export function resolveSources(parsed: ParsedDockerfile, view: ContextView, dockerfileName: string, target?: string, builder: 'legacy' | 'buildkit' = 'buildkit'): ResolvedSources {
  const needed = neededFor(builder, parsed, target);
  const idx = indexContext(view);
  const resolutions: SourceResolution[] = [];
  let coversWholeContext = false;
  /** Each source's resolution with what its references need, in instruction order. */
  const refSources: { r: SourceResolution; src: (typeof parsed.stages)[number]['sources'][number] }[] = [];
  for (const si of needed.stages) {
    for (const src of parsed.stages[si].sources) {
      if (!src.fromContext) continue;
      // tmpfs mounts record "/" for BuildKit's transfer but read nothing; only bind mounts copy.
      if (src.mountType !== null && src.mountType !== 'bind') continue;
      const r = resolveSource(view, idx, src, si, builder);
      resolutions.push(r);
      refSources.push({ r, src });
      // `COPY .. .` climbs out to the root: the legacy builder fails on it, BuildKit copies the whole
      // context. Nothing is unused then (radiant-portal's backend/*.Dockerfile: suggest for the legacy
      // view proposed excluding cmd/ and internal/, which `go build ./cmd/api/` needs).
      if (r.status === 'outside' && contextPathOf('/' + r.path) === '.') coversWholeContext = true;
      if (r.status === 'whole-context') coversWholeContext = true;
    }
  }
  // The per-path map is made when first asked for: a `COPY . .` maps every sent entry (100k map
  // entries on a large context), and a default audit with nothing copied to rank never asks.
  let references: Map<string, Reference[]> | null = null;
  const referencesMap = (): Map<string, Reference[]> => {
    if (references) return references;
    const refs = (references = new Map<string, Reference[]>());
    const addRef = (path: string, ref: Reference) => {
      const list = refs.get(path);
      if (!list) refs.set(path, [ref]);
      else if (!list.some((r) => r.line === ref.line && r.file === ref.file)) list.push(ref);
    };
    for (const { r, src } of refSources) {
      const ref = { file: dockerfileName, line: src.line };
      let excl: PatternMatcher | null = null;
      try {
        excl = src.excludes.length ? PatternMatcher.create(src.excludes) : null;
      } catch {
        excl = null;
      }
      if (r.status === 'whole-context') {
        for (const e of view.entries) if (!excl || !excl.matchesOrParentMatches(e.path)) addRef(e.path, ref);
      } else if (r.status === 'sent') {
        for (const m of r.sentMatches) {
          for (const e of view.entries) {
            if (!under(e.path, m)) continue;
            // --exclude patterns apply below the copied source (llb.WithExcludePatterns).
            const rel = e.path === m ? e.path.slice(e.path.lastIndexOf('/') + 1) : e.path.slice(m.length + 1);
            if (excl && excl.matchesOrParentMatches(rel)) continue;
            addRef(e.path, ref);
          }
        }
      }
    }
    return refs;
  };
  return {
    needed,
    resolutions,
    get references() {
      return referencesMap();
    },
    coversWholeContext,
  };
}
