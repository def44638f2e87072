// Re-runs the analysis in memory for a proposed ignore file: nothing is written anywhere. Both
// builders are evaluated: the legacy walk (validation + build-file protection, R18-R27) and
// BuildKit's eligible walk and request (B3-B6), and every COPY/ADD/bind source is resolved on each.
import { byteStringToText } from '../context/bytes.js';
import { computeBuildkitFigure } from '../buildkit/figure.js';
import { followPathsFor } from '../buildkit/follow-paths.js';
import { transferFromWalk } from '../buildkit/transfer.js';
import { namedSourceEntries, stagesFor, type NamedNeeds } from '../dockerfile/named-sources.js';
import { readIgnoreRules } from '../context/ignore-file.js';
import { protectBuildFiles } from '../context/legacy-context.js';
import { PatternMatcher } from '../context/patterns.js';
import { TAR_END_MARKER_BYTES, paddingFor } from '../context/tar-format.js';
import { walkContext, type SentEntry, type TreeSource, type WalkResult } from '../context/walk.js';
import type { ParsedDockerfile } from '../dockerfile/parse.js';
import { indexContext, neededStages, resolveSource, type ContextView, type SourceStatus } from '../dockerfile/sources.js';

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
}

/** A root-level name's fate in the tar walk (no parent info at the top level, R26). */
function isExcluded(pm: PatternMatcher, rel: string): boolean {
  const i = pm.matchWithParents(rel, null, null);
  return i >= 0 && !pm.patterns[i].exclusion;
}

function rulesOf(content: Buffer | null): string[] {
  return content === null ? [] : readIgnoreRules(content).map((r) => r.pattern);
}

/** Evaluates the context with `content` as the edited ignore file (null: the file does not exist). */
export function evaluate(setup: EvaluationSetup, content: Buffer | null): Evaluation {
  const sources = new Map<string, { status: SourceStatus; label: string; line: number }>();
  const empty: Evaluation = {
    figures: { files: 0, legacyTarBytes: 0, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 },
    legacySent: new Set(),
    buildkitSent: new Set(),
    legacyEntries: [],
    buildkitEntries: [],
    requested: new Set(),
    needs: null,
    sources,
    error: null,
  };
  try {
    const edited = readIgnoreRules(content ?? Buffer.alloc(0));
    const legacyPatterns = setup.edits === 'both' ? edited.map((r) => r.pattern) : rulesOf(setup.fixedLegacyIgnore);
    const legacyRules = setup.edits === 'both' ? edited : readIgnoreRules(setup.fixedLegacyIgnore ?? Buffer.alloc(0));
    const validationMatcher = PatternMatcher.create(legacyPatterns);
    const protectedPatterns = protectBuildFiles(legacyPatterns, setup.relDockerfile);
    const tarMatcher = protectedPatterns.length === legacyPatterns.length ? validationMatcher : PatternMatcher.create(protectedPatterns);
    const legacy = walkContext({ root: setup.root, validationMatcher, tarMatcher, checkPermissions: false, measureExcluded: false, source: setup.source?.() });
    const bkMatcher = PatternMatcher.create(edited.map((r) => r.pattern));
    // Where both builders read the same file, the legacy entries are shared where they agree (as the audit does).
    const eligible: WalkResult = walkContext({
      root: setup.root,
      validationMatcher: bkMatcher,
      tarMatcher: bkMatcher,
      checkPermissions: false,
      measureExcluded: false,
      exceptionDescent: 'fsutil',
      source: setup.source?.(),
      reuse: setup.edits === 'both' ? legacy.entries : undefined,
    });

    let files = 0;
    let tarBytes = TAR_END_MARKER_BYTES;
    for (const e of legacy.entries) {
      tarBytes += e.tarBytes;
      if (e.kind === 'file') files++;
    }
    const legacySent = new Set(legacy.entries.map((e) => e.path));
    // The walk read the disk, where the edited file still has its old size (or does not exist):
    // account for the proposed bytes instead.
    if (setup.editedRel !== null) {
      const rel = setup.editedRel;
      const padded = (n: number) => n + paddingFor(n);
      const old = legacy.entries.find((e) => e.path === rel);
      const bytes = content?.length ?? 0;
      if (old && old.kind === 'file') {
        tarBytes += padded(bytes) - padded(old.size);
      } else if (!old && content !== null && !rel.includes('/') && !isExcluded(tarMatcher, rel)) {
        tarBytes += 512 + padded(bytes);
        files++;
        legacySent.add(rel);
      }
    }
    const figures: Figures = { files, legacyTarBytes: tarBytes, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 };
    const buildkitSent = new Set(eligible.entries.map((e) => e.path));
    let requested = buildkitSent;
    let needs: Evaluation['needs'] = null;
    if (setup.parsed) {
      const views = [
        { name: 'legacy', walk: legacy, matcher: validationMatcher, rules: legacyRules },
        { name: 'buildkit', walk: eligible, matcher: bkMatcher, rules: edited },
      ];
      // Each main-context source's status (sent, ignored, missing...) on each view, for the stages
      // the target needs; only the statuses are kept (resolveSources would also map every sent
      // entry to its references, which a whole-context COPY makes as large as the context).
      const needed = neededStages(setup.parsed, setup.target);
      const views2 = views.map((v) => {
        const view: ContextView = { entries: v.walk.entries, excluded: v.walk.excluded, matcher: v.matcher, rules: v.rules, ignoreFileName: '.dockerignore', root: setup.root };
        return { ...v, view, idx: indexContext(view) };
      });
      for (const v of views2) {
        for (const si of needed.stages) {
          for (const src of setup.parsed.stages[si].sources) {
            if (!src.fromContext || (src.mountType !== null && src.mountType !== 'bind')) continue;
            const r = resolveSource(v.view, v.idx, src, si);
            sources.set(`${v.name} ${r.stage}:${r.source.line}:${r.source.column}`, { status: r.status, label: `${r.source.instruction} ${r.source.raw}`, line: r.source.line });
          }
        }
      }
      const fp = followPathsFor(setup.parsed, needed);
      if (fp.usesContext && fp.paths === 'all') {
        // A whole-context source: BuildKit requests the eligible set as it is (B5).
        const t = transferFromWalk(eligible.entries);
        figures.buildkitRequestedFiles = t.files;
        figures.buildkitRequestedBytes = t.bytes;
      } else {
        const fig = computeBuildkitFigure({
          root: setup.root,
          parsed: setup.parsed,
          needed,
          ignorePatterns: edited.map((r) => r.pattern),
          ignoreFile: null,
          eligible: transferFromWalk(eligible.entries),
          source: setup.source?.(),
        });
        figures.buildkitRequestedFiles = fig.requested.files;
        figures.buildkitRequestedBytes = fig.requested.bytes;
        requested = new Set(fig.requestedList.map((p) => (p.endsWith('/') ? p.slice(0, -1) : p)));
      }
      needs = {
        legacy: namedSourceEntries(setup.parsed, views2[0].view, stagesFor('legacy', setup.parsed, setup.target), setup.dockerfileName, views2[0].idx),
        buildkit: namedSourceEntries(setup.parsed, views2[1].view, stagesFor('buildkit', setup.parsed, setup.target), setup.dockerfileName, views2[1].idx),
      };
    }
    return { figures, legacySent, buildkitSent, legacyEntries: legacy.entries, buildkitEntries: eligible.entries, requested, needs, sources, error: null };
  } catch (e) {
    // A proposal that Docker would reject (bad pattern, validation failure) is never shown.
    return { ...empty, error: (e as Error).message };
  }
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
  for (const [key, b] of before.sources) {
    const a = after.sources.get(key);
    const wasOk = b.status === 'sent' || b.status === 'whole-context';
    if (wasOk && a && (a.status === 'missing' || a.status === 'ignored')) {
      out.push({ message: `${b.label} (${setup.dockerfileName}:${b.line}) would become ${a.status === 'ignored' ? 'ignored (CTX102)' : 'missing (CTX101)'} for the ${key.split(' ')[0]} builder` });
    }
  }
  // Every file a named source brings in, before any change and in the state this one applies to.
  const lost = new Map<string, string[]>();
  const lose = (label: string, p: string) => {
    const l = lost.get(label);
    if (l) l.push(p);
    else lost.set(label, [p]);
  };
  for (const ev of before === current ? [before] : [before, current]) {
    if (!ev.needs) continue;
    for (const [p, label] of ev.needs.legacy.paths) if (!after.legacySent.has(p)) lose(`${label} for the legacy builder`, p);
    for (const [p, label] of ev.needs.buildkit.paths) {
      if (!after.buildkitSent.has(p) || (ev.requested.has(p) && !after.requested.has(p))) lose(`${label} for BuildKit`, p);
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
