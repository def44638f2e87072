// `ctx-audit why PATH`: for one context path, what each builder does with it and why, as data.
// The verdicts come from the walks (what is sent); the reasons come from replaying the path's
// decision (trace.ts) against the same matchers, so the two cannot drift apart silently.
import { indexPaths, nearestPath, type PathIndex } from '../context/nearest.js';
import type { BuildkitEligible } from '../buildkit/eligible.js';
import { byteStringToText } from '../context/bytes.js';
import type { IgnoreFile } from '../context/discover.js';
import type { LegacyContext } from '../context/legacy-context.js';
import { PatternMatcher } from '../context/patterns.js';
import type { EntryKind } from '../context/walk.js';
import type { CrossCheckResult } from '../dockerfile/cross-check.js';
import type { SourceResolution } from '../dockerfile/sources.js';
import { placementOf, type Placement } from '../dockerfile/placement.js';
import { descentFor, tracePath, type AncestorStep, type DescentMode, type PathTrace } from './trace.js';

/** One line of an ignore file, or an exception the CLI appended for the build files (R22). */
export interface RuleRef {
  /** `.dockerignore`, `Dockerfile.dockerignore`, or null for an appended build-file exception. */
  file: string | null;
  line: number | null;
  /** The pattern as written after cleaning, with its `!` (UTF-8 text). */
  pattern: string;
  origin: 'ignore-file' | 'build-file-protection';
}

export type Cause =
  /** No pattern matched: sent. */
  | 'no-pattern'
  /** The deciding line excludes it. */
  | 'excluded'
  /** The deciding line is an exception that re-includes it. */
  | 'reincluded'
  /** An ancestor directory was excluded and its subtree never read (R27 / B6). */
  | 'pruned'
  /** Excluded by a line but re-added as a build file (R22). */
  | 'protected'
  /** BuildKit sends an excluded directory because something below it is sent (B6). */
  | 'parent-of-sent'
  /** A pattern failed to compile: Docker stops the walk. */
  | 'pattern-error';

export interface PruneInfo {
  dir: string;
  rule: RuleRef | null;
  /** R27 (legacy literal-prefix rule) or B6 (fsutil's rule). */
  fact: 'R27' | 'B6';
}

export interface EnteredDir extends PruneInfo {
  /** The exception whose text lets the walk in, or 'wildcard' (B6: a wildcard exception disables pruning). */
  exception: RuleRef | 'wildcard';
}

export interface Decision {
  sent: boolean;
  cause: Cause;
  /** The line that decided (for `pruned`, the line that excluded the ancestor). */
  rule: RuleRef | null;
  /** Earlier lines that matched the path and were overridden by a later one. */
  overridden: RuleRef[];
  /** Exceptions whose text matches the path but never applied: skipped by order, or behind a prune. */
  deadExceptions: RuleRef[];
  prunedAt: PruneInfo | null;
  enteredDirs: EnteredDir[];
  /** An excluded directory the walk entered for an exception: no entry of its own (R27). */
  enteredForExceptions: boolean;
  error: string | null;
}

export interface RequestDecision {
  requested: boolean;
  cause: 'whole-context' | 'follow-path' | 'parent-of-requested' | 'not-referenced' | 'excluded' | 'context-unused';
  /** The FollowPaths entry that includes it (B5), when one does. */
  followPath: string | null;
  /** Why BuildKit requests everything (e.g. `COPY . . (line 3)`). */
  fallbackReason: string | null;
}

/** Whether a referencing instruction puts the path in the final image (src/dockerfile/placement.ts). */
export type { Placement };

export interface ReferenceInfo {
  file: string;
  line: number;
  /** The instruction's first line as written (e.g. `COPY src/ ./src`), or `COPY src/` when unavailable. */
  text: string;
  instruction: string;
  source: string;
  stage: number;
  stageName: string | null;
  placement: Placement;
  /** `ignored`: the instruction names the path but the ignore file keeps it out (CTX102). */
  status: 'uses' | 'ignored';
}

export interface Totals {
  files: number;
  bytes: number;
}

export interface Contributor {
  path: string;
  sentFiles: number;
  sentTarBytes: number;
  excludedFiles: number;
  excludedBytes: number;
}

export interface DirectoryTotals {
  legacy: { sent: Totals & { entries: number; tarBytes: number }; excluded: Totals };
  buildkit: { eligible: Totals; requested: Totals | null };
  /** Direct children, heaviest first (sent tar bytes, then excluded bytes). */
  top: Contributor[];
}

export type Difference =
  | 'ignore-file'
  | 'build-file-protection'
  | 'prune-rule'
  | 'parent-directory'
  | 'not-requested';

export interface BuildFileInfo {
  role: 'dockerfile' | 'ignore-file' | 'other-dockerfile';
  /** Legacy: re-added by R22, dropped by the deprecated matcher's bug (R24), not protected because another Dockerfile is used (R23), or not excluded at all. */
  legacy: 'protected' | 'dropped-r24' | 'not-protected-r23' | 'not-excluded';
  /** BuildKit never protects build files (B4). */
  buildkitExcluded: boolean;
}

export interface PathExplanation {
  /** Context-relative UTF-8 text (`.` for the whole context). */
  path: string;
  kind: EntryKind | 'socket' | 'missing';
  legacy: Decision;
  buildkit: { ignoreFile: string | null; eligible: Decision; request: RequestDecision | null };
  differences: Difference[];
  buildFile: BuildFileInfo | null;
  references: ReferenceInfo[];
  /** Where the referencing instructions put it, strongest first; null when nothing references it or it does not exist. */
  reachesImage: Placement | null;
  directory: DirectoryTotals | null;
  /** For a path that does not exist: the nearest one that does, or null when none is close. */
  didYouMean?: string | null;
}

/** The little I/O explanation needs: what is on disk at a path, and files under a pruned directory. */
export interface ExplainReader {
  kind(path: string): PathExplanation['kind'];
  /** Regular files under `dir` (byte-string paths) with their sizes. */
  listFiles(dir: string): { path: string; bytes: number }[];
}

export interface ExplainInput {
  legacy: LegacyContext;
  buildkit: BuildkitEligible;
  crossCheck: CrossCheckResult | null;
  /** The Dockerfile's lines (latin1 byte strings), to quote instructions. */
  dockerfileLines: string[] | null;
  reader: ExplainReader;
  top?: number;
}

const text = byteStringToText;
const under = (p: string, dir: string) => dir === '.' || p === dir || p.startsWith(dir + '/');

function ruleRef(pm: PatternMatcher, ignore: IgnoreFile, index: number): RuleRef | null {
  if (index < 0) return null;
  const p = pm.patterns[index];
  const rule = ignore.rules[p.sourceIndex];
  if (rule === undefined) return { file: null, line: null, pattern: (p.exclusion ? '!' : '') + text(p.text), origin: 'build-file-protection' };
  return { file: ignore.displayName, line: rule.line, pattern: text(rule.pattern), origin: 'ignore-file' };
}

function decisionFrom(trace: PathTrace, pm: PatternMatcher, ignore: IgnoreFile, sent: boolean, fact: 'R27' | 'B6', hasSentBelow: boolean, enteredSelf: boolean): Decision {
  const ref = (i: number) => ruleRef(pm, ignore, i);
  const step = (s: AncestorStep): PruneInfo => ({ dir: text(s.dir), rule: ref(s.decidedBy), fact });
  const d: Decision = {
    sent,
    cause: 'no-pattern',
    rule: null,
    overridden: [],
    deadExceptions: trace.deadExceptions.map(ref).filter((r): r is RuleRef => r !== null),
    prunedAt: trace.prunedAt ? step(trace.prunedAt) : null,
    enteredDirs: trace.entered.map((s) => ({
      ...step(s),
      exception: s.descent.enters && s.descent.exception !== 'wildcard' ? (ref(s.descent.exception) as RuleRef) : 'wildcard',
    })),
    enteredForExceptions: false,
    error: trace.error,
  };
  if (trace.error !== null) d.cause = 'pattern-error';
  else if (trace.prunedAt) {
    d.cause = 'pruned';
    d.rule = ref(trace.prunedAt.decidedBy);
  } else {
    d.rule = ref(trace.decidedBy);
    d.overridden = trace.matched.filter((m) => m.index < trace.decidedBy).map((m) => ref(m.index) as RuleRef);
    if (trace.decidedBy < 0) d.cause = 'no-pattern';
    else if (d.rule?.origin === 'build-file-protection') d.cause = 'protected';
    else if (trace.excluded) d.cause = sent && hasSentBelow ? 'parent-of-sent' : 'excluded';
    else d.cause = 'reincluded';
    if (trace.excluded && enteredSelf) d.enteredForExceptions = true;
  }
  return d;
}

function instructionText(input: ExplainInput, r: SourceResolution): string {
  const raw = input.dockerfileLines?.[r.source.instructionLine - 1];
  const line = raw === undefined ? '' : text(raw).trim().replace(/\s*\\$/, '');
  return line !== '' && line.length <= 160 ? line : `${r.source.instruction} ${text(r.source.raw)}`;
}

function referencesFor(input: ExplainInput, path: string, isFileSent: boolean): ReferenceInfo[] {
  const cc = input.crossCheck;
  if (!cc) return [];
  const refLines = isFileSent ? new Set((cc.references.get(path) ?? []).map((r) => r.line)) : null;
  const out: ReferenceInfo[] = [];
  const seen = new Set<string>();
  for (const r of cc.resolved.resolutions) {
    let status: ReferenceInfo['status'] | null = null;
    const touches = (m: string) => path === '.' || under(path, m) || under(m, path);
    if (r.status === 'whole-context' || (r.status === 'sent' && r.sentMatches.some(touches))) status = 'uses';
    else if (r.status === 'ignored' && r.ignoredMatches.some(touches)) status = 'ignored';
    // A source that matches nothing yet (element-call's `COPY ./dist /dist`, a step makes dist): it names
    // the path all the same (`why dist` said no COPY uses it; sweep 47/E-F4).
    else if (r.status === 'missing' && !isFileSent && touches(r.path)) status = 'uses';
    if (status === null) continue;
    // --exclude=: the cross-check's per-file references already leave such files out.
    if (status === 'uses' && refLines !== null && !refLines.has(r.source.line)) continue;
    const key = `${r.source.line}:${r.source.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stage = cc.parsed.stages[r.stage];
    out.push({
      file: text(dockerfileNameOf(input)),
      line: r.source.line,
      text: instructionText(input, r),
      instruction: r.source.instruction,
      source: text(r.source.source),
      stage: r.stage,
      stageName: stage.name,
      // The same decision the findings use (src/dockerfile/placement.ts).
      placement: placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, r, path === '.' ? '.' : path, !isFileSent).placement,
      status,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

function dockerfileNameOf(input: ExplainInput): string {
  return input.legacy.resolved.relDockerfile;
}

const PLACEMENT_ORDER: readonly Placement[] = ['final-stage', 'other-stage', 'mount'];

function sentBelow(paths: Iterable<string>, dir: string): boolean {
  for (const p of paths) if (p !== dir && under(p, dir)) return true;
  return false;
}

/** Precomputed lookups shared by every path of one `why` run. */
export interface ExplainIndex {
  legacySent: Map<string, { kind: EntryKind; contentBytes: number; tarBytes: number }>;
  bkSent: Map<string, { kind: EntryKind; contentBytes: number }>;
  requested: Set<string> | null;
  includes: PatternMatcher | null;
}

export function indexInput(input: ExplainInput): ExplainIndex {
  const legacySent = new Map(input.legacy.walk.entries.map((e) => [e.path, e] as const));
  const bkSent = new Map(input.buildkit.walk.entries.map((e) => [e.path, e] as const));
  const bk = input.crossCheck?.buildkit ?? null;
  const requested = bk && !bk.error ? new Set(bk.requestedList.map((p) => p.replace(/\/$/, ''))) : null;
  let includes: PatternMatcher | null = null;
  if (bk && Array.isArray(bk.followPaths) && bk.followPaths.length > 0) includes = PatternMatcher.create(bk.followPaths);
  return { legacySent, bkSent, requested, includes };
}

function requestDecision(input: ExplainInput, idx: ExplainIndex, path: string, eligible: boolean): RequestDecision | null {
  const bk = input.crossCheck?.buildkit;
  if (!bk || bk.error || idx.requested === null) return null;
  const requested = path === '.' ? idx.requested.size > 0 : idx.requested.has(path);
  const base = { requested, followPath: null as string | null, fallbackReason: bk.fallbackReason };
  if (!bk.usesContext) return { ...base, cause: 'context-unused' };
  if (bk.followPaths === 'all') return { ...base, cause: eligible ? 'whole-context' : 'excluded' };
  const i = idx.includes && path !== '.' ? idx.includes.decideOrParent(path) : -1;
  const followPath = i >= 0 ? text(bk.followPaths[i]) : null;
  if (followPath !== null) return { ...base, followPath, cause: requested ? 'follow-path' : 'excluded' };
  return { ...base, cause: requested ? 'parent-of-requested' : 'not-referenced' };
}

function buildFileInfo(input: ExplainInput, path: string, legacy: Decision, bkExcluded: boolean): BuildFileInfo | null {
  const rel = input.legacy.resolved.relDockerfile;
  const role: BuildFileInfo['role'] | null =
    path === rel ? 'dockerfile' : path === '.dockerignore' ? 'ignore-file' : /^(.*\/)?[Dd]ockerfile$/.test(path) ? 'other-dockerfile' : null;
  if (role === null) return null;
  let status: BuildFileInfo['legacy'] = 'not-excluded';
  let excludedAsRead = false;
  try {
    excludedAsRead = input.legacy.validationMatcher.matchesOrParentMatches(path);
  } catch {
    excludedAsRead = false;
  }
  if (legacy.cause === 'protected') status = 'protected';
  else if (role === 'dockerfile' && !legacy.sent && excludedAsRead) status = 'dropped-r24';
  else if (role === 'other-dockerfile' && !legacy.sent && excludedAsRead) status = 'not-protected-r23';
  return { role, legacy: status, buildkitExcluded: bkExcluded };
}

function totalsFor(input: ExplainInput, idx: ExplainIndex, path: string, legacyPruned: boolean): DirectoryTotals {
  const sent = { files: 0, bytes: 0, entries: 0, tarBytes: 0 };
  const excluded = { files: 0, bytes: 0 };
  const byChild = new Map<string, Contributor>();
  const prefix = path === '.' ? '' : path + '/';
  const child = (p: string): Contributor | null => {
    if (!p.startsWith(prefix) || p === path) return null;
    const name = p.slice(prefix.length).split('/')[0];
    const key = prefix + name;
    let c = byChild.get(key);
    if (!c) byChild.set(key, (c = { path: text(key), sentFiles: 0, sentTarBytes: 0, excludedFiles: 0, excludedBytes: 0 }));
    return c;
  };
  for (const e of input.legacy.walk.entries) {
    if (!under(e.path, path)) continue;
    sent.entries++;
    sent.tarBytes += e.tarBytes;
    if (e.kind === 'file') {
      sent.files++;
      sent.bytes += e.contentBytes;
    }
    const c = child(e.path);
    if (c) {
      c.sentTarBytes += e.tarBytes;
      if (e.kind === 'file') c.sentFiles++;
    }
  }
  if (legacyPruned) {
    // Under a pruned ancestor the walk has no detail: read the files from disk.
    for (const f of input.reader.listFiles(path)) {
      excluded.files++;
      excluded.bytes += f.bytes;
      const c = child(f.path);
      if (c) {
        c.excludedFiles++;
        c.excludedBytes += f.bytes;
      }
    }
  } else {
    for (const x of input.legacy.walk.excluded) {
      if (!under(x.path, path)) continue;
      let files = x.files;
      let bytes = x.bytes;
      if (!x.measured) {
        // The audit did not look inside this pruned directory (AuditOptions.measureExcluded): only
        // the ones under the asked path are read, here.
        files = 0;
        bytes = 0;
        for (const f of input.reader.listFiles(x.path)) {
          files++;
          bytes += f.bytes;
        }
      }
      excluded.files += files;
      excluded.bytes += bytes;
      const c = child(x.path);
      if (c) {
        c.excludedFiles += files;
        c.excludedBytes += bytes;
      }
    }
  }
  const eligible = { files: 0, bytes: 0 };
  const requested = idx.requested ? { files: 0, bytes: 0 } : null;
  for (const [p, e] of idx.bkSent) {
    if (!under(p, path) || e.kind === 'dir') continue;
    eligible.files++;
    eligible.bytes += e.contentBytes;
    if (requested && idx.requested?.has(p)) {
      requested.files++;
      requested.bytes += e.contentBytes;
    }
  }
  const top = [...byChild.values()]
    .sort((a, b) => b.sentTarBytes - a.sentTarBytes || b.excludedBytes - a.excludedBytes || (a.path < b.path ? -1 : 1))
    .slice(0, input.top ?? 5);
  return { legacy: { sent, excluded }, buildkit: { eligible, requested }, top };
}

/** Explains one context-relative byte-string path (cleaned; `.` is the whole context). */
export function explainPath(input: ExplainInput, idx: ExplainIndex, path: string): PathExplanation {
  const isRoot = path === '.';
  const kind = isRoot ? 'dir' : input.reader.kind(path);
  const isDir = kind === 'dir';
  const lg = input.legacy;
  const bk = input.buildkit;

  const legacyTrace = isRoot ? null : tracePath(lg.tarMatcher, path, 'legacy');
  const legacySent = isRoot || idx.legacySent.has(path);
  const legacyBelow = isDir && sentBelow(idx.legacySent.keys(), path);
  const entersSelf = (pm: PatternMatcher, t: PathTrace, mode: DescentMode) => isDir && t.excluded && !t.prunedAt && descentFor(pm, path, mode).enters;
  const legacy = legacyTrace ? decisionFrom(legacyTrace, lg.tarMatcher, lg.ignore, legacySent, 'R27', legacyBelow, entersSelf(lg.tarMatcher, legacyTrace, 'legacy')) : rootDecision();

  const bkTrace = isRoot ? null : tracePath(bk.matcher, path, 'fsutil');
  const bkBelow = isDir && sentBelow(idx.bkSent.keys(), path);
  // B6: BuildKit sends the parent directories of every sent path, even excluded ones.
  const bkSent = isRoot || idx.bkSent.has(path) || bkBelow;
  const eligible = bkTrace ? decisionFrom(bkTrace, bk.matcher, bk.ignore, bkSent, 'B6', bkBelow, entersSelf(bk.matcher, bkTrace, 'fsutil')) : rootDecision();
  const request = requestDecision(input, idx, path, bkSent);

  const differences: Difference[] = [];
  if (legacy.sent !== eligible.sent) {
    if (bk.ignore.path !== lg.ignore.path) differences.push('ignore-file');
    if (legacy.cause === 'protected' && !eligible.sent) differences.push('build-file-protection');
    if ((legacy.cause === 'pruned') !== (eligible.cause === 'pruned') || legacy.enteredDirs.length !== eligible.enteredDirs.length) differences.push('prune-rule');
    if (eligible.cause === 'parent-of-sent') differences.push('parent-directory');
  }
  if (eligible.sent && request && !request.requested) differences.push('not-requested');

  const references = referencesFor(input, path, !isDir && (legacySent || bkSent));
  const uses = references.filter((r) => r.status === 'uses');
  // A path that does not exist, or that neither builder sends (a directory: nothing below it), reaches
  // no image, whatever would copy it (warehouse's `.git/*`: COPY . . took the empty .git alone).
  const sentAtAll = isDir ? isRoot || legacyBelow || bkBelow : legacySent || bkSent;
  const reachesImage = kind === 'missing' || !sentAtAll ? null : (PLACEMENT_ORDER.find((p) => uses.some((r) => r.placement === p)) ?? null);
  return {
    path: isRoot ? '.' : text(path),
    kind,
    legacy,
    buildkit: { ignoreFile: bk.ignore.path ? bk.ignore.displayName : null, eligible, request },
    differences,
    buildFile: isRoot ? null : buildFileInfo(input, path, legacy, !eligible.sent),
    references,
    reachesImage,
    directory: isDir ? totalsFor(input, idx, path, legacy.cause === 'pruned') : null,
  };
}

function rootDecision(): Decision {
  return { sent: true, cause: 'no-pattern', rule: null, overridden: [], deadExceptions: [], prunedAt: null, enteredDirs: [], enteredForExceptions: false, error: null };
}

export function explainPaths(input: ExplainInput, paths: readonly string[]): PathExplanation[] {
  const idx = indexInput(input);
  let names: PathIndex | null = null;
  return paths.map((p) => {
    const e = explainPath(input, idx, p);
    if (e.kind !== 'missing') return e;
    // Built once, and only when a path is missing.
    names ??= indexPaths([...input.legacy.walk.entries, ...input.legacy.walk.excluded, ...input.buildkit.walk.entries, ...input.buildkit.walk.excluded].map((x) => x.path));
    const near = nearestPath(names, p);
    return { ...e, didYouMean: near === null ? null : text(near) };
  });
}
