// Re-runs the analysis in memory for a proposed ignore file: nothing is written anywhere. Both
// builders are evaluated: the legacy walk (validation + build-file protection, R18-R27) and
// BuildKit's eligible walk and request (B3-B6), and every COPY/ADD/bind source is resolved on each.
import { byteStringToText } from '../context/bytes.js';
import { computeBuildkitFigure } from '../buildkit/figure.js';
import { followPathsFor } from '../buildkit/follow-paths.js';
import { transferFromWalk } from '../buildkit/transfer.js';
import { namedSourceEntries, type NamedNeeds } from '../dockerfile/named-sources.js';
import { readIgnoreRules, type IgnoreRule } from '../context/ignore-file.js';
import { protectBuildFiles } from '../context/legacy-context.js';
import { PatternMatcher } from '../context/patterns.js';
import { TAR_END_MARKER_BYTES, paddingFor } from '../context/tar-format.js';
import { walkContext, type ExcludedItem, type SentEntry, type TreeSource, type WalkResult } from '../context/walk.js';
import type { ParsedDockerfile } from '../dockerfile/parse.js';
import { indexContext, neededStages, resolveSource, stagesFor, type ContextIndex, type ContextView, type SourceStatus } from '../dockerfile/sources.js';

export interface EvaluationSetup {
  root: string;
  relDockerfile: string;
  /** Parsed once; null when the Dockerfile could not be read. */
  parsed: ParsedDockerfile | null;
  dockerfileName: string;
  target?: string;
  /** Which file the proposal edits: the legacy `.dockerignore`, BuildKit's `<Dockerfile>.dockerignore`, or both (no specific file). */
  edits: 'both' | 'buildkit-only';
  /** The file the builder that is not edited reads (unchanged), when edits is 'buildkit-only'. */
  fixedLegacyIgnore: Buffer | null;
  /** Context-relative byte-string path of the edited file when it lies inside the context. */
  editedRel: string | null;
  /**
   * Where every evaluation reads listings and stats: a replay of the audit's recorded walk, so a
   * candidate costs matching in memory, not a walk of the disk (default: the disk).
   */
  source?: () => TreeSource;
}

export interface Figures {
  /** Regular files in the legacy tar. */
  files: number;
  legacyTarBytes: number;
  /** Regular files among what BuildKit's client sends for the target (per name), as `files` counts them. */
  buildkitRequestedFiles: number;
  buildkitRequestedBytes: number;
}

export interface Evaluation {
  figures: Figures;
  legacySent: Set<string>;
  buildkitSent: Set<string>;
  /** The sent entries, per builder, in walk order (what `stops` is computed from). */
  legacyEntries: readonly SentEntry[];
  buildkitEntries: readonly SentEntry[];
  /** BuildKit's request list (eligible set narrowed to the target's followPaths), no trailing `/`. */
  requested: Set<string>;
  /** What the target's named sources copy today, per builder (legacy: stages up to the target). */
  needs: { legacy: NamedNeeds; buildkit: NamedNeeds } | null;
  /** `builder stage:line:column` -> status of each main-context source. */
  sources: Map<string, { status: SourceStatus; label: string; line: number }>;
  /** Why the proposal cannot be evaluated (a pattern Docker rejects), else null. */
  error: string | null;
  /** The walks behind this evaluation (null when it failed), for evaluateAppend. */
  walked: Walked | null;
}

/** A root-level name's fate in the tar walk (no parent info at the top level, R26). */
function isExcluded(pm: PatternMatcher, rel: string): boolean {
  const i = pm.matchWithParents(rel, null, null);
  return i >= 0 && !pm.patterns[i].exclusion;
}

function rulesOf(content: Buffer | null): string[] {
  return content === null ? [] : readIgnoreRules(content).map((r) => r.pattern);
}

/** What the two walks produced for one version of the ignore file, kept so a later change can start from it. */
export interface Walked {
  legacyEntries: readonly SentEntry[];
  legacyExcluded: readonly ExcludedItem[];
  eligibleEntries: readonly SentEntry[];
  eligibleExcluded: readonly ExcludedItem[];
  /** The legacy builder's patterns as read (validation) and with the build-file exceptions (tar). */
  validationMatcher: PatternMatcher;
  tarMatcher: PatternMatcher;
  legacyRules: readonly IgnoreRule[];
  /** BuildKit's patterns: the edited file's. */
  bkMatcher: PatternMatcher;
  edited: readonly IgnoreRule[];
  /** The legacy patterns before the build-file exceptions, and how many exceptions were added. */
  legacyPatterns: readonly string[];
  protectedCount: number;
}

function emptyEvaluation(error: string | null): Evaluation {
  return {
    figures: { files: 0, legacyTarBytes: 0, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 },
    legacySent: new Set(),
    buildkitSent: new Set(),
    legacyEntries: [],
    buildkitEntries: [],
    requested: new Set(),
    needs: null,
    sources: new Map(),
    error,
    walked: null,
  };
}

/** Evaluates the context with `content` as the edited ignore file (null: the file does not exist). */
export function evaluate(setup: EvaluationSetup, content: Buffer | null): Evaluation {
  try {
    const edited = readIgnoreRules(content ?? Buffer.alloc(0));
    const legacyPatterns = setup.edits === 'both' ? edited.map((r) => r.pattern) : rulesOf(setup.fixedLegacyIgnore);
    const legacyRules = setup.edits === 'both' ? edited : readIgnoreRules(setup.fixedLegacyIgnore ?? Buffer.alloc(0));
    const validationMatcher = PatternMatcher.create(legacyPatterns);
    const protectedPatterns = protectBuildFiles(legacyPatterns, setup.relDockerfile);
    const tarMatcher = protectedPatterns.length === legacyPatterns.length ? validationMatcher : PatternMatcher.create(protectedPatterns);
    // (A path this user may not read is the audit's to report; a candidate's walks go on past it.)
    const legacy = walkContext({ root: setup.root, validationMatcher, tarMatcher, checkPermissions: false, permissionFailures: 'record', measureExcluded: false, source: setup.source?.() });
    const bkMatcher = PatternMatcher.create(edited.map((r) => r.pattern));
    // Where both builders read the same file, the legacy entries are shared where they agree (as the audit does).
    const eligible: WalkResult = walkContext({
      root: setup.root,
      validationMatcher: bkMatcher,
      tarMatcher: bkMatcher,
      checkPermissions: false,
      permissionFailures: 'record',
      measureExcluded: false,
      exceptionDescent: 'fsutil',
      source: setup.source?.(),
      reuse: setup.edits === 'both' ? legacy.entries : undefined,
    });
    const walked: Walked = {
      legacyEntries: legacy.entries,
      legacyExcluded: legacy.excluded,
      eligibleEntries: eligible.entries,
      eligibleExcluded: eligible.excluded,
      validationMatcher,
      tarMatcher,
      legacyRules,
      bkMatcher,
      edited,
      legacyPatterns,
      protectedCount: protectedPatterns.length - legacyPatterns.length,
    };
    return finish(setup, content, walked, null);
  } catch (e) {
    // A proposal that Docker would reject (bad pattern, validation failure) is never shown.
    return emptyEvaluation((e as Error).message);
  }
}

/** BuildKit's request, when already known (the fast path derives it from the previous one). */
interface KnownRequest {
  paths: Set<string>;
  files: number;
  bytes: number;
}

function finish(setup: EvaluationSetup, content: Buffer | null, walked: Walked, known: KnownRequest | null, derivedNeeds: (() => Evaluation['needs']) | null = null): Evaluation {
  let files = 0;
  let tarBytes = TAR_END_MARKER_BYTES;
  for (const e of walked.legacyEntries) {
    tarBytes += e.tarBytes;
    if (e.kind === 'file') files++;
  }
  const legacySent = new Set(walked.legacyEntries.map((e) => e.path));
  // The walk read the disk, where the edited file still has its old size (or does not exist):
  // account for the proposed bytes instead.
  if (setup.editedRel !== null) {
    const rel = setup.editedRel;
    const padded = (n: number) => n + paddingFor(n);
    const old = walked.legacyEntries.find((e) => e.path === rel);
    const bytes = content?.length ?? 0;
    if (old && old.kind === 'file') {
      tarBytes += padded(bytes) - padded(old.size);
    } else if (!old && content !== null && !rel.includes('/') && !isExcluded(walked.tarMatcher, rel)) {
      tarBytes += 512 + padded(bytes);
      files++;
      legacySent.add(rel);
    }
  }
  const figures: Figures = { files, legacyTarBytes: tarBytes, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 };
  const buildkitSent = new Set(walked.eligibleEntries.map((e) => e.path));
  let requested = buildkitSent;
  const parsed = setup.parsed;
  // Source statuses and named-source needs are computed when first asked for: a candidate that
  // loses no needed file never needs its statuses, and one that is dropped never needs its needs.
  let views: { name: string; view: ContextView; idx: ContextIndex }[] | null = null;
  const viewsOf = () =>
    (views ??= [
      { name: 'legacy', entries: walked.legacyEntries, excluded: walked.legacyExcluded, matcher: walked.validationMatcher, rules: walked.legacyRules },
      { name: 'buildkit', entries: walked.eligibleEntries, excluded: walked.eligibleExcluded, matcher: walked.bkMatcher, rules: walked.edited },
    ].map((v) => {
      const view: ContextView = { entries: v.entries, excluded: v.excluded, matcher: v.matcher, rules: v.rules, ignoreFileName: '.dockerignore', root: setup.root };
      return { name: v.name, view, idx: indexContext(view) };
    }));
  let sources: Evaluation['sources'] | null = null;
  const sourcesOf = (): Evaluation['sources'] => {
    if (sources !== null) return sources;
    sources = new Map();
    if (!parsed) return sources;
    // Each main-context source's status (sent, ignored, missing...) on each view, for the stages
    // its builder runs (the legacy builder: every stage up to the target); only the statuses are
    // kept (resolveSources would also map every sent entry to its references, which a
    // whole-context COPY makes as large as the context).
    for (const v of viewsOf()) {
      for (const si of stagesFor(v.name === 'legacy' ? 'legacy' : 'buildkit', parsed, setup.target)) {
        for (const src of parsed.stages[si].sources) {
          if (!src.fromContext || (src.mountType !== null && src.mountType !== 'bind')) continue;
          const r = resolveSource(v.view, v.idx, src, si, v.name === 'legacy' ? 'legacy' : 'buildkit');
          sources.set(`${v.name} ${r.stage}:${r.source.line}:${r.source.column}`, { status: r.status, label: `${r.source.instruction} ${r.source.raw}`, line: r.source.line });
        }
      }
    }
    return sources;
  };
  let needs: Evaluation['needs'] | undefined;
  const needsOf = (): Evaluation['needs'] => {
    if (needs !== undefined) return needs;
    if (derivedNeeds) return (needs = derivedNeeds());
    if (!parsed) return (needs = null);
    const [legacyView, bkView] = viewsOf();
    return (needs = {
      legacy: namedSourceEntries(parsed, legacyView.view, stagesFor('legacy', parsed, setup.target), setup.dockerfileName, legacyView.idx),
      buildkit: namedSourceEntries(parsed, bkView.view, stagesFor('buildkit', parsed, setup.target), setup.dockerfileName, bkView.idx, 'buildkit'),
    });
  };
  if (parsed) {
    const needed = neededStages(parsed, setup.target);
    const fp = followPathsFor(parsed, needed);
    if (known) {
      requested = known.paths;
      figures.buildkitRequestedFiles = known.files;
      figures.buildkitRequestedBytes = known.bytes;
    } else if (fp.usesContext && fp.paths === 'all') {
      // A whole-context source: BuildKit requests the eligible set as it is (B5).
      const t = transferFromWalk(walked.eligibleEntries);
      figures.buildkitRequestedFiles = t.files - t.links;
      figures.buildkitRequestedBytes = t.bytes;
    } else {
      const fig = computeBuildkitFigure({
        root: setup.root,
        parsed,
        needed,
        ignorePatterns: walked.edited.map((r) => r.pattern),
        ignoreFile: null,
        eligible: transferFromWalk(walked.eligibleEntries),
        source: setup.source?.(),
      });
      figures.buildkitRequestedFiles = fig.requested.files - fig.requested.links;
      figures.buildkitRequestedBytes = fig.requested.bytes;
      requested = new Set(fig.requestedList.map((p) => (p.endsWith('/') ? p.slice(0, -1) : p)));
    }
  }
  return {
    figures,
    legacySent,
    buildkitSent,
    legacyEntries: walked.legacyEntries,
    buildkitEntries: walked.eligibleEntries,
    requested,
    get needs() {
      return needsOf();
    },
    get sources() {
      return sourcesOf();
    },
    error: null,
    walked,
  };
}

const parentOf = (p: string) => {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
};

/**
 * The same as `evaluate(setup, content)` when `content` holds the patterns `current` was evaluated
 * with followed by exclusion patterns only, without walking anything. A last line that excludes
 * decides every path it matches (or that sits below a match), and nothing else: each view loses
 * exactly those entries, plus the directories it sent only as parents of them (BuildKit). Returns
 * null where that reasoning does not cover the case (an exception, a build file matched, a
 * directory the request would keep only maybe): the caller then evaluates in full.
 */
export function evaluateAppend(setup: EvaluationSetup, current: Evaluation, content: Buffer): Evaluation | null {
  try {
    return appendShortcut(setup, current, content);
  } catch {
    return null; // a pattern that fails when evaluated: the full evaluation reports it as Docker would
  }
}

function appendShortcut(setup: EvaluationSetup, current: Evaluation, content: Buffer): Evaluation | null {
  const w = current.walked;
  if (w === null || current.error !== null) return null;
  let edited: IgnoreRule[];
  try {
    edited = readIgnoreRules(content);
  } catch {
    return null;
  }
  const added = edited.slice(w.edited.length);
  // The new file must hold the old one's patterns, then only exclusions.
  if (edited.length < w.edited.length || added.some((r) => r.pattern.startsWith('!'))) return null;
  if (w.edited.some((r, i) => r.pattern !== edited[i].pattern)) return null;
  let newOnly: PatternMatcher;
  let bkMatcher: PatternMatcher;
  try {
    newOnly = PatternMatcher.create(added.map((r) => r.pattern));
    bkMatcher = PatternMatcher.create(edited.map((r) => r.pattern));
  } catch {
    return null;
  }
  // Docker and fsutil match with parent results (MatchesUsingParentResults): a pattern is skipped
  // for a path already excluded, and a match carries down only through directories where it was
  // evaluated. So a new last line removes a sent path when it matches it, or when it removed the
  // sent directory above it; a path excluded before stays as it was.
  const matchesNew = (p: string): boolean => {
    for (let i = 0; i < newOnly.patterns.length; i++) if (newOnly.testPattern(i, p)) return true;
    return false;
  };
  const reaches = (p: string): boolean => {
    // Conservative, for the build-file check: the line matches the path or any parent of it.
    for (let q = p; q !== ''; q = parentOf(q)) if (matchesNew(q)) return true;
    return false;
  };
  // The build files the legacy CLI protects (R22): a line that reaches them changes the exceptions it appends.
  const both = setup.edits === 'both';
  if (both && (reaches('.dockerignore') || reaches(setup.relDockerfile))) return null;
  if (setup.editedRel !== null && reaches(setup.editedRel)) return null;

  /**
   * Splits `entries` into kept and removed. In walk order a directory's subtree follows it, so once
   * a sent directory is removed everything up to the end of its subtree goes with it (the match
   * carries down through sent directories). Null when a path excluded before sits in such a
   * subtree: it stays, and brings parents back (fsutil), which only the full walk gets right.
   */
  const sweep = (entries: readonly SentEntry[], excludedBefore: (e: SentEntry) => boolean, keep: SentEntry[], removed: Set<string>): ExcludedItem[] | null => {
    const items: ExcludedItem[] = [];
    let under: string | null = null;
    for (const e of entries) {
      if (under !== null) {
        if (e.path.startsWith(under)) {
          if (excludedBefore(e)) return null;
          removed.add(e.path);
          continue;
        }
        under = null;
      }
      if (excludedBefore(e) || !matchesNew(e.path)) {
        keep.push(e);
        continue;
      }
      removed.add(e.path);
      items.push({ path: e.path, isDir: e.kind === 'dir', files: 0, bytes: 0, entries: 0, decidedBy: -1, enteredForExceptions: false, measured: true });
      if (e.kind === 'dir') under = e.path + '/';
    }
    return items;
  };

  const legacyRemoved = new Set<string>();
  let legacyEntries = w.legacyEntries;
  let legacyExcluded = w.legacyExcluded;
  let validationMatcher = w.validationMatcher;
  let tarMatcher = w.tarMatcher;
  let legacyRules = w.legacyRules;
  let legacyPatterns = w.legacyPatterns;
  if (both) {
    legacyPatterns = edited.map((r) => r.pattern);
    const protectedPatterns = protectBuildFiles(legacyPatterns, setup.relDockerfile);
    if (protectedPatterns.length - legacyPatterns.length !== w.protectedCount) return null;
    validationMatcher = bkMatcher;
    tarMatcher = protectedPatterns.length === legacyPatterns.length ? bkMatcher : PatternMatcher.create(protectedPatterns);
    legacyRules = edited;
    const keep: SentEntry[] = [];
    const items = sweep(w.legacyEntries, () => false, keep, legacyRemoved);
    if (items === null) return null;
    legacyExcluded = [...w.legacyExcluded, ...items];
    legacyEntries = keep;
  }

  // BuildKit: the eligible walk sends the directories above a re-included path even when they are
  // excluded themselves (fsutil); one that now has nothing left below it goes too.
  const parentOnly = (e: SentEntry) => e.kind === 'dir' && e.decidedBy >= 0 && !w.bkMatcher.patterns[e.decidedBy].exclusion;
  const kept: SentEntry[] = [];
  const removedEligible = new Set<string>();
  const eligibleItems = sweep(w.eligibleEntries, parentOnly, kept, removedEligible);
  if (eligibleItems === null) return null;
  const eligibleExcluded = [...w.eligibleExcluded, ...eligibleItems];
  // Backwards, so a parent whose only child was such a parent goes as well: in walk order a
  // directory's subtree follows it directly, so it has something below iff the next kept entry is.
  const reversed: SentEntry[] = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i];
    const next = reversed.length > 0 ? reversed[reversed.length - 1] : null;
    if (parentOnly(e) && !(next !== null && next.path.startsWith(e.path + '/'))) continue;
    reversed.push(e);
  }
  const eligibleEntries = reversed.reverse();

  // BuildKit's request: what it had, minus what the new lines exclude. A directory left with
  // nothing below it may have been requested only as a parent: the full evaluation decides that.
  let known: KnownRequest | null = null;
  if (setup.parsed) {
    const fp = followPathsFor(setup.parsed, neededStages(setup.parsed, setup.target));
    if (fp.usesContext && fp.paths !== 'all') {
      const kinds = new Map<string, SentEntry>();
      for (const e of w.eligibleEntries) kinds.set(e.path, e);
      const before = [...current.requested];
      const paths = new Set<string>();
      let files = 0;
      let bytes = 0;
      const hadBelow = new Set<string>();
      for (const p of before) hadBelow.add(parentOf(p));
      const stillBelow = new Set<string>();
      for (const p of before) {
        if (removedEligible.has(p)) continue;
        paths.add(p);
        for (let q = parentOf(p); q !== ''; q = parentOf(q)) {
          if (stillBelow.has(q)) break;
          stillBelow.add(q);
        }
      }
      for (const p of paths) {
        const e = kinds.get(p);
        if (!e) return null; // a path the request holds that the eligible walk does not (a followed link's target): full evaluation
        if (e.kind === 'dir') {
          if (hadBelow.has(p) && !stillBelow.has(p)) return null;
        } else if (e.kind === 'file') {
          files++;
          bytes += e.contentBytes;
        }
      }
      known = { paths, files, bytes };
    }
  }
  const walked: Walked = {
    legacyEntries,
    legacyExcluded,
    eligibleEntries,
    eligibleExcluded,
    validationMatcher,
    tarMatcher,
    legacyRules,
    bkMatcher,
    edited,
    legacyPatterns,
    protectedCount: w.protectedCount,
  };
  // What named sources bring in can only shrink by what the new lines removed from each view.
  const eligibleNow = new Set(eligibleEntries.map((e) => e.path));
  const derivedNeeds = (): Evaluation['needs'] => {
    const prev = current.needs;
    if (!prev) return prev;
    const keep = (m: Map<string, string>, still: (p: string) => boolean) => new Map([...m].filter(([p]) => still(p)));
    const legacyNow = (p: string) => !both || legacyEntries.length === w.legacyEntries.length || !legacyRemoved.has(p);
    return {
      legacy: { paths: keep(prev.legacy.paths, legacyNow), wholeContext: prev.legacy.wholeContext },
      buildkit: { paths: keep(prev.buildkit.paths, (p) => eligibleNow.has(p)), wholeContext: prev.buildkit.wholeContext },
    };
  };
  return finish(setup, content, walked, known, derivedNeeds);
}

export interface Breakage {
  /** e.g. `COPY src/ (Dockerfile:7) would be ignored for the legacy builder`. */
  message: string;
}

/** At most this many lost paths are named per source in a breakage message. */
const NAMED_LOST = 3;

/**
 * What the proposal breaks compared with the original (and with the state it is applied to):
 * a source that resolved and is now missing or ignored (a new CTX101/CTX102); a file a NAMED
 * source copies today that the legacy upload or BuildKit's request list would no longer carry;
 * or a build file the legacy CLI no longer sends.
 */
export function breakages(before: Evaluation, after: Evaluation, setup: EvaluationSetup, ignoreFileName: string, current: Evaluation = before): Breakage[] {
  if (after.error !== null) return [{ message: `Docker would reject the file: ${after.error}` }];
  const out: Breakage[] = [];
  // Every file a named source brings in, before any change and in the state this one applies to.
  const lost = new Map<string, string[]>();
  const lose = (label: string, p: string) => {
    const l = lost.get(label);
    if (l) l.push(p);
    else lost.set(label, [p]);
  };
  for (const ev of before === current ? [before] : [before, current]) {
    const needs = ev.needs;
    if (!needs) continue;
    for (const [p, label] of needs.legacy.paths) if (!after.legacySent.has(p)) lose(`${label} for the legacy builder`, p);
    for (const [p, label] of needs.buildkit.paths) {
      if (!after.buildkitSent.has(p) || (ev.requested.has(p) && !after.requested.has(p))) lose(`${label} for BuildKit`, p);
    }
  }
  // A source that resolved and no longer does (a new CTX101/CTX102) has lost every file it brought
  // in, so statuses are only looked at (and computed) when something was lost, to say it that way.
  if (lost.size > 0) {
    for (const [key, b] of before.sources) {
      const a = after.sources.get(key);
      const wasOk = b.status === 'sent' || b.status === 'whole-context';
      if (wasOk && a && (a.status === 'missing' || a.status === 'ignored')) {
        out.push({ message: `${b.label} (${setup.dockerfileName}:${b.line}) would become ${a.status === 'ignored' ? 'ignored (CTX102)' : 'missing (CTX101)'} for the ${key.split(' ')[0]} builder` });
      }
    }
  }
  for (const [label, paths] of lost) {
    const uniq = [...new Set(paths)].sort();
    const shown = uniq.slice(0, NAMED_LOST).map(byteStringToText).join(', ') + (uniq.length > NAMED_LOST ? `, ... (${uniq.length} in all)` : '');
    out.push({ message: `${label} would no longer get ${shown}` });
  }
  for (const f of [setup.relDockerfile, ignoreFileName]) {
    if (before.legacySent.has(f) && !after.legacySent.has(f)) out.push({ message: `the legacy builder would no longer send ${f}` });
  }
  return out;
}
