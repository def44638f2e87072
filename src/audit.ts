// The engine: discover -> analyze, returning data. It never prints and never sets an exit code.
import { buildTargetFor, dockerHubHook, filledBy, toolBuilds, goCommandFor, ignoreFileChangedBy, mayPreparerOf, preparerOf, scriptWriting, submoduleHolding, uncheckedSubmodule, type Preparer } from './context/build-scripts.js';
import { byteStringToText, fsPath, isValidUtf8 } from './context/bytes.js';
import { analyzeLegacyContext, removedByDaemon, type LegacyContext } from './context/legacy-context.js';
import { summarize, type ContextSummary, type ExcludedTotals, type SizedPath } from './context/summary.js';
import { humanSize } from './context/tar-format.js';
import * as fs from 'node:fs';
import { analyzeBuildkitEligible, dockerfileSpecificIgnorePath, type BuildkitEligible } from './buildkit/eligible.js';
import { analyzeGitContext, gitContextNotice, keepsGitDir, type GitContextOptions } from './buildkit/git-context.js';
import { transferFromWalk } from './buildkit/transfer.js';
import { isPermissionError, recordingTree, type RecordingTree, type SubtreeTotals, type TreeSource } from './context/walk.js';
import { prefetchTree } from './context/prefetch-tree.js';
import { homeUntil, withDirectoryReads } from './context/read-dir.js';
import { cpuCount, parallelMode, SyncWorker, type ParallelMode } from './parallel/sync-worker.js';
import { startSecretPrescan } from './parallel/secret-prescan.js';
import * as path from 'node:path';
import type { BuildkitFigure } from './buildkit/figure.js';
import type { CompressedReport } from './context/compressed-upload.js';
import { crossCheck, type CrossCheckResult } from './dockerfile/cross-check.js';
import { gitReader } from './dockerfile/reads-git.js';
import { notRemadeBy } from './dockerfile/remakes.js';
import type { Builder } from './builder.js';
import { InputError } from './errors.js';
import { collectFindings, type CollectOptions } from './findings/collect.js';
import type { Finding } from './findings/finding.js';
import { fsContextReader } from './rules/fs-reader.js';
import { gitOracles } from './rules/gitignore.js';
import type { ContextReader, OtherBuild, RuleContext, RuleSettings, SecretScanCache } from './rules/rule.js';
import { blobId } from './context/git-index.js';
import type { BaselineComparison } from './baseline/baseline.js';
import type { WalkOptions, WalkResult } from './context/walk.js';
import { analyzeNamedContext, isLocalContextValue, type NamedContextReport } from './targets/named-context.js';
import { assertInsideRepo, assertInsideRepoIfExists, isInside, type RepoBoundary } from './context/boundary.js';
import { buildkitDockerfileLinkOut, buildxLowercaseDockerfile, resolveContext } from './context/discover.js';

export const SCHEMA_VERSION = 1;

export interface AuditOptions {
  context: string;
  file?: string;
  cwd: string;
  builder: Builder;
  /** How many largest files / heaviest directories to report. */
  top?: number;
  /** Rule thresholds; defaults in DEFAULT_SETTINGS. */
  settings?: Partial<RuleSettings>;
  /** Severity overrides and path ignores (from the config file). */
  findings?: CollectOptions;
  /** False for commands that only need the entry list (ls, tar). */
  runRules?: boolean;
  /** `--build-arg K=V` values for ARG substitution in COPY/ADD sources. */
  buildArgs?: Record<string, string>;
  /** `--target`: only the stages it needs count. */
  target?: string;
  /** False when only the legacy entry list is needed (`ls --builder legacy`, `tar`): no Dockerfile analysis. */
  crossCheck?: boolean;
  /** Progress of the context walk (entries looked at so far); the CLI shows it on a terminal. */
  onProgress?: (entriesSeen: number) => void;
  /** Progress of the secret scan (files read, files to read), the other long step of a large audit. */
  onSecretScan?: (filesDone: number, filesTotal: number) => void;
  /**
   * The rules are about to compare every ignore pattern with every entry: a cost of patterns x
   * entries that no limit removes (issue 16 item 5), so the CLI says what it is doing.
   */
  onRules?: (patterns: number, entries: number) => void;
  /** `--build-context name=value` (BuildKit only): local directories become sources for `COPY --from=name`. */
  namedContexts?: Record<string, string>;
  /** The build is buildah's (BuildTarget.readsContainerignore): a `.containerignore` in the context is its ignore file. */
  readsContainerignore?: true;
  /** A step that writes into the context before the build (BuildTarget.preparedBy), for CTX101. */
  contextPreparedBy?: string;
  /** Every step that may prepare the context (BuildTarget.preparers), for CTX101 to name the one that writes a missing source. */
  contextPreparers?: readonly Preparer[];
  /**
   * The build is a workflow job's: the steps that can write its checkout are that job's own (the
   * preparers above); a workflow file's lines are no writers of it, which another job runs on
   * another runner (CTX101's repository-wide script search leaves the workflow files out).
   */
  declaredByWorkflow?: true;
  /** Who asks for `target` (`--all`: a workflow, a Compose file, a script): a stage the Dockerfile lacks is a CTX100 finding, not a refused run. */
  targetNamedBy?: string;
  /** The workflow job ran nothing before the build that could write its checkout (BuildTarget.checkoutOnly), for CTX101. */
  checkoutOnly?: { submodules: boolean };
  /** Build args whose value the invocation knows only when it runs (BuildTarget.argsAtRunTime), for CTX101. */
  argsAtRunTime?: Record<string, string>;
  /** Replaces walkContext (the multi-target runner memoizes walks of shared contexts). */
  walk?: (opts: WalkOptions) => WalkResult;
  /**
   * CTX202's hits by file, shared by the audits of one run (the multi-target runner): a context that
   * twenty targets build is scanned once, not twenty times (connext's monorepo: 14 of 24 s).
   */
  secretScans?: SecretScanCache;
  /** Whether to share the work with a background worker (default: CTX_AUDIT_PARALLEL, else `auto`). */
  parallel?: ParallelMode;
  /**
   * The repository boundary (src/context/boundary.ts): a context, Dockerfile, ignore file or named
   * context resolving outside it is refused before anything is read. The CLI always sets it; without
   * it nothing is checked (the engine's own tests).
   */
  repository?: RepoBoundary;
  /** Keep the recorded walk for `result.replay` (off by default: a large recording would outlive the audit). */
  keepRecording?: boolean;
  /** `-f -`: the Dockerfile read from stdin (`file` is then `-`). */
  dockerfileStdin?: Buffer;
  /**
   * Walk the directories the ignore file prunes to add up what they keep out (`--measure-excluded`).
   * Off by default: Docker never looks inside them, and a pruned node_modules can hold a hundred
   * times what is sent; the report then says which totals were not measured.
   */
  measureExcluded?: boolean;
  /** Other builds of this context in the same run (`--all`; RuleContext.otherBuilds). */
  otherBuilds?: readonly OtherBuild[];
  /**
   * The context is an archive docker sends as given (src/context/archive.ts; `walk` then lists its
   * entries): the upload is `bytes`, and BuildKit, which unpacks the archive on the daemon, has no
   * transfer of its own to report.
   */
  archiveUpload?: { bytes: number };
  /** A git URL context: BuildKit clones it on the daemon, so it has no transfer from here to report. */
  fetchedByBuildkit?: boolean;
  /**
   * BuildKit builds the context as a Git repository (src/buildkit/git-context.ts): the commit's files,
   * no ignore file, no .git. The BuildKit view is that; the legacy view stays what the docker CLI sends.
   */
  gitContext?: GitContextOptions;
}

/** How the background worker took part (not part of any report; tests and diagnostics read it). */
export interface ParallelReport {
  /** Subtrees the rest of the tree was cut into once it proved large. */
  chunks: number;
  readHere: number;
  readByWorker: number;
  /** Files the worker read for CTX202 (this thread reads the rest), or null when the rule never asked. */
  secretsScannedByWorker: number | null;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  maxFileSize: 10 * 1000 * 1000,
  maxContextSize: null,
  secretContent: { enabled: true, maxBytes: 1024 * 1024 },
};

export interface PathFigure {
  path: string;
  tarBytes: number;
  contentBytes: number;
  files: number;
}

/** The `context` object of the JSON report (schemaVersion 1). */
export interface ContextReport {
  root: string;
  dockerfile: string;
  ignoreFile: string | null;
  builder: Builder;
  /** Which builder the figures below describe. */
  figuresFor: 'legacy';
  entries: number;
  files: number;
  directories: number;
  symlinks: number;
  hardlinks: number;
  otherEntries: number;
  contentBytes: number;
  tarBytes: number;
  /** Other totals the upload can have when the CLI appends entries in random order (R40). */
  tarBytesAlternatives: number[];
  /** The figure `docker build` prints: "Sending build context to Docker daemon  <this>". */
  dockerFigure: string;
  endMarker: boolean;
  /**
   * Under BuildKit: the legacy CLI's error when it would refuse this context before sending anything
   * (`error checking context: can't stat '…'`: a path this user cannot read, which BuildKit never
   * checks); the legacy figures above are then the stream it never sends. Null otherwise.
   */
  legacyRefusedBy: string | null;
  /** What the ignore file keeps out; totals are null unless every pruned directory was measured (see AuditOptions.measureExcluded). */
  excluded: ExcludedTotals;
  /** Ranked by tar bytes (what each file adds to the legacy upload, header and padding included). */
  largestFiles: PathFigure[];
  /** Ranked by content bytes (added beside largestFiles, whose ranking is unchanged). */
  largestFilesByContent: PathFigure[];
  heaviestDirectories: PathFigure[];
  /** Exceptions the CLI appends so the build files are sent (R22). */
  protectedPatterns: string[];
  notices: { path: string; message: string }[];
  /**
   * BuildKit, side by side with the legacy figures above (null when the Dockerfile could not be
   * read). BuildKit streams files, not a tar, so these are content bytes and counts.
   */
  buildkit: BuildkitReport | null;
  /** Present only when named contexts were given (`--build-context`, Compose `additional_contexts`). */
  namedContexts?: NamedContextReport[];
  /** Present only with --compress: what `docker build --compress` (legacy) sends (src/context/compressed-upload.ts). */
  compressed?: CompressedReport;
  /**
   * Set when BuildKit builds this context as a Git repository (src/buildkit/git-context.ts): what it
   * clones (a URL and commit, or this checkout's commit) and what the commit holds; nothing is sent.
   * The legacy figures above describe what the docker CLI sends for the same context.
   */
  gitContext?: { source: string; files: number; directories: number; links: number; contentBytes: number; keepsGitDir?: true };
}

export interface BuildkitReport {
  /** The ignore file BuildKit reads: `<Dockerfile>.dockerignore` when it exists, else `.dockerignore`. */
  ignoreFile: string | null;
  /** Paths the target's COPY/ADD/bind sources make BuildKit request, or "all" (see fallbackReason). */
  followPaths: string[] | 'all';
  fallbackReason: string | null;
  /** False when no stage the target needs reads the context: nothing is transferred. */
  usesContext: boolean;
  /** The whole context minus BuildKit's ignore file. */
  eligible: { entries: number; files: number; links: number; directories: number; bytes: number };
  /**
   * The entries BuildKit's client sends for this target (one Stat each: parent directories and
   * links included); `files` counts every non-directory entry (`links` of them are symlinks, FIFOs,
   * devices or sockets, so `files - links` are regular files, as the context's own `files` counts),
   * `bytes` the size of each regular file sent, per name (a hard-linked file counts once per name).
   * What is really read is `transfer.requestedFiles`/`requestedBytes`.
   */
  requested: { entries: number; files: number; links: number; directories: number; bytes: number };
  /** The build-context transfer as BuildKit counts it (null when no needed stage reads the context). */
  transfer: BuildkitTransferReport | null;
  /** Loading `.dockerignore`, a transfer of its own (`2B` when absent); null when `<Dockerfile>.dockerignore` replaces it. */
  dockerignoreTransfer: BuildkitTransferReport | null;
  target: string | null;
  error: string | null;
}
export interface BuildkitTransferReport {
  /** BuildKit's `transferring context` byte count: the fsutil packets the client sends. */
  bytes: number;
  /** As `docker build` prints it: `transferring context: <figure>`. */
  figure: string;
  /** Entries sent (one Stat packet each). */
  entries: number;
  /** Regular files whose content the daemon requests (a second hard link is sent as a link, not requested). */
  requestedFiles: number;
  requestedBytes: number;
  /** Extended attributes travel in each Stat; Node cannot read them, so `bytes` is a lower bound for entries that have some. */
  xattrs: 'not-read';
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION;
  context: ContextReport;
  findings: Finding[];
  /** The analyzed context, for commands that need more than the report (ls, tar). */
  legacy: LegacyContext;
  /** The BuildKit-eligible walk, when --builder buildkit. */
  buildkitEligible: BuildkitEligible | null;
  crossCheck: CrossCheckResult | null;
  summary: ContextSummary;
  /** Set by the CLI with --baseline (src/baseline/). */
  baseline?: BaselineComparison;
  /** Null when the audit ran on this thread alone. */
  parallel: ParallelReport | null;
  /**
   * Replays the listings and lstat results this audit read (absent when it recorded none): `suggest`
   * evaluates each candidate against the same recorded tree instead of walking the disk again.
   */
  replay?: () => TreeSource;
}

/** Dockerfiles larger than this are not parsed (a real one is a few KiB; BuildKit caps at 1 MiB... we allow more). */
const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

/**
 * The Dockerfile's bytes, or why the builder cannot read it: a directory named as the Dockerfile
 * is sent with the context, and then both builders fail reading it (BuildKit v0.13: "failed to read
 * dockerfile: read .../Dockerfile: is a directory"; the legacy builder: "unexpected error reading
 * Dockerfile: ... is a directory"; the oracle case in test/buildkit-oracle/dockerfile-head.test.ts).
 */
function readDockerfile(abs: string | null): { text: Buffer } | { unreadable: string } | { denied: true } | null {
  if (abs === null) return null;
  try {
    const st = fs.statSync(fsPath(abs));
    if (st.isDirectory()) return { unreadable: 'is a directory' };
    if (!st.isFile() || st.size > MAX_DOCKERFILE_BYTES) return null;
    return { text: fs.readFileSync(fsPath(abs)) };
  } catch (e) {
    return isPermissionError(e) ? { denied: true } : null;
  }
}

function buildkitReport(fig: BuildkitFigure | null, target: string | undefined): BuildkitReport | null {
  if (!fig) return null;
  return {
    ignoreFile: fig.ignoreFile === null ? null : displayPath(fig.ignoreFile),
    followPaths: fig.followPaths === 'all' ? 'all' : fig.followPaths.map(displayPath),
    fallbackReason: fig.fallbackReason,
    usesContext: fig.usesContext,
    eligible: { ...fig.eligible },
    requested: { ...fig.requested },
    // The files sent empty are notices (byte-string paths); the figure itself counts them as empty.
    transfer: fig.transfer ? { bytes: fig.transfer.bytes, figure: fig.transfer.figure, entries: fig.transfer.entries, requestedFiles: fig.transfer.requestedFiles, requestedBytes: fig.transfer.requestedBytes, xattrs: 'not-read' } : null,
    dockerignoreTransfer: fig.dockerignoreTransfer ? { ...fig.dockerignoreTransfer, xattrs: 'not-read' } : null,
    target: target ?? null,
    error: fig.error,
  };
}

/** Engine paths are byte strings; reports carry UTF-8 text (invalid bytes become U+FFFD). */
export function displayPath(p: string): string {
  return byteStringToText(p);
}

function figure(p: SizedPath): PathFigure {
  return { path: displayPath(p.path), tarBytes: p.tarBytes, contentBytes: p.contentBytes, files: p.files };
}

/** The walk shares the rest of a tree with a worker once it has listed this many entries: below that, a worker takes longer to start than it saves. */
const SHARE_AFTER_ENTRIES = 20_000;
/** Subtrees to share out: enough that neither thread waits long for the other at the end. */
const SHARE_MIN_CHUNKS = 64;

export function runAudit(opts: AuditOptions): AuditResult {
  const mode = opts.parallel ?? parallelMode();
  // Started on demand (when the walk finds the tree large), ended here whatever happens.
  let worker: SyncWorker | null = null;
  const startWorker = (): SyncWorker | null => {
    // A worker only pays with a second CPU to run it on (see src/parallel/).
    if (mode === 'never' || (mode === 'auto' && cpuCount() < 2)) return null;
    // The walk reads relative to each directory; while Node starts the worker (and runs any
    // NODE_OPTIONS preloads in it), the working directory is the user's again.
    let started: SyncWorker | null = null;
    homeUntil(() => started === null || started.started || !started.usable);
    return (worker = started = SyncWorker.start());
  };
  try {
    // The walk reads each directory relative to it (src/context/read-dir.ts); every path the engine
    // resolves is absolute, against opts.cwd, and the working directory is restored at the end.
    const cwd = path.resolve(opts.cwd);
    return withDirectoryReads(() => audit({ ...opts, cwd }, mode, startWorker));
  } finally {
    (worker as SyncWorker | null)?.close();
  }
}

/**
 * Every file the audit would read because the repository named it, checked against the boundary
 * first: the context, the Dockerfile, both ignore files BuildKit and the legacy builder may read, and
 * each local named context with its .dockerignore. Paths are shown as given.
 */
export function assertAuditInputsInsideRepo(given: Pick<AuditOptions, 'context' | 'file' | 'cwd' | 'namedContexts' | 'repository'> & { builder?: AuditOptions['builder'] }): void {
  const b = given.repository;
  if (!b || b.allowOutside) return;
  // The Dockerfile BuildKit reads (buildx's lowercase fallback), as audit() takes it.
  const lowercase = given.builder === 'buildkit' ? buildxLowercaseDockerfile(given.cwd, given.file) : null;
  const opts = lowercase === null ? given : { ...given, file: lowercase.file };
  // The context before resolving the Dockerfile in it: nothing outside is even looked up.
  assertInsideRepo(b, path.resolve(opts.cwd, opts.context), 'context', opts.context);
  // `-f -`: the Dockerfile comes from stdin, not from any path.
  const fromStdin = opts.file === '-';
  const resolved = resolveContext(opts.context, opts.file, opts.cwd, fromStdin ? Buffer.alloc(0) : undefined);
  const shown = (abs: string) => (isInside(opts.cwd, abs) ? path.relative(opts.cwd, abs) || '.' : abs);
  // The inline Dockerfile of a Compose/Bake target is a temp file ctx-audit wrote (boundary.ours).
  if (fromStdin) {
    // nothing on disk to check
  } else if (opts.file !== undefined && opts.file !== '') assertInsideRepo(b, path.resolve(opts.cwd, opts.file), 'Dockerfile', opts.file);
  else for (const name of ['Dockerfile', 'dockerfile']) assertInsideRepoIfExists(b, path.join(resolved.root, name), 'Dockerfile', shown);
  assertInsideRepoIfExists(b, path.join(resolved.root, '.dockerignore'), 'ignore file', shown);
  if (!fromStdin) assertInsideRepoIfExists(b, dockerfileSpecificIgnorePath(resolved.root, opts.file, opts.cwd), 'ignore file', shown);
  for (const [name, value] of Object.entries(opts.namedContexts ?? {})) {
    if (!isLocalContextValue(value)) continue;
    const dir = path.resolve(opts.cwd, value);
    assertInsideRepo(b, dir, `named context ${name}:`, value);
    assertInsideRepoIfExists(b, path.join(dir, '.dockerignore'), 'ignore file', shown);
  }
}

/**
 * Why the ignore file this build reads is not the one audited, or null: a step of the build writes or
 * deletes it first (ignoreFileChangedBy), or buildah reads the context's `.containerignore` instead
 * (guidellm's `.containerignore`, a link to its `.gitignore`, and no `.dockerignore`).
 */
function ignoreFileUnknown(opts: AuditOptions, root: string, ignoreFile: string): RuleContext['ignoreFileChangedBy'] {
  if (opts.readsContainerignore && fs.lstatSync(fsPath(root + '/.containerignore'), { throwIfNoEntry: false }) !== undefined) {
    return { step: 'buildah', removes: false, because: "buildah reads the context's .containerignore instead of the .dockerignore ctx-audit reads" };
  }
  return opts.contextPreparers?.length ? ignoreFileChangedBy(opts.contextPreparers, root, ignoreFile) : null;
}

function audit(opts: AuditOptions, mode: ParallelMode, startWorker: () => SyncWorker | null): AuditResult {
  // buildx reads `dockerfile` for a `-f .../Dockerfile` that is not there (oldschoolbot's Compose
  // `dockerfile: Dockerfile` beside a lowercase file: exit 2, where BuildKit builds).
  const lowercase = opts.builder === 'buildkit' && !opts.archiveUpload ? buildxLowercaseDockerfile(opts.cwd, opts.file) : null;
  if (lowercase !== null) opts = { ...opts, file: lowercase.file };
  assertAuditInputsInsideRepo(opts);
  // Both builders receive an archive whole and unpack it on the daemon: no ignore file and no
  // request list decide anything, which is the legacy view of it.
  if (opts.archiveUpload) opts = { ...opts, builder: 'legacy' };
  // The legacy walk records every listing and stat it makes; the BuildKit walk replays them, so the
  // tree is read once (and both views describe the same instant of it). On a large context a
  // background worker does the reading while this thread matches, then scans file contents for
  // CTX202 while this thread runs the BuildKit view and the cross-check.
  const isBuildkit = opts.builder === 'buildkit';
  const wantsCrossCheck = opts.crossCheck !== false;
  const settings: RuleSettings = { ...DEFAULT_SETTINGS, ...opts.settings };
  // A memoized walk (the multi-target runner) may not read the tree at all: no worker for it.
  const recorded = isBuildkit || wantsCrossCheck;
  const shared =
    recorded && !opts.walk && mode !== 'never'
      ? prefetchTree({ afterEntries: mode === 'always' ? 0 : SHARE_AFTER_ENTRIES, minChunks: SHARE_MIN_CHUNKS, startWorker })
      : null;
  const tree: RecordingTree | null = shared ?? (recorded ? recordingTree() : null);
  // Both views read the same recording, so a directory measured for one has the same totals for the other.
  const measured = tree ? new Map<string, SubtreeTotals>() : undefined;
  const legacy = analyzeLegacyContext({ context: opts.context, file: opts.file, cwd: opts.cwd, walk: opts.walk, source: tree ? () => tree : undefined, onProgress: opts.onProgress, measured, measureExcluded: opts.measureExcluded === true, dockerfileStdin: opts.dockerfileStdin, uploadBytes: opts.archiveUpload?.bytes, refusalAsData: isBuildkit });
  const worker = shared?.worker ?? null;
  shared?.finishSharing();
  const prescanned =
    worker && opts.runRules !== false && settings.secretContent.enabled && opts.findings?.severity?.CTX202 !== 'off'
      ? startSecretPrescan(worker, legacy.resolved.root, legacy.walk.entries, settings.secretContent.maxBytes, opts.onSecretScan)
      : null;
  const summary = summarize(legacy.walk.entries, legacy.walk.excluded, opts.top ?? 10);
  // Each builder reads its own ignore file; rules and the cross-check look at that builder's set.
  // The BuildKit-eligible walk also feeds the side-by-side figure under --builder legacy.
  const gitContext = isBuildkit ? opts.gitContext : undefined;
  const bkEligible =
    recorded && !opts.archiveUpload
      ? gitContext
        ? analyzeGitContext(legacy.resolved.root, gitContext, opts.buildArgs, opts.repository)
        : analyzeBuildkitEligible(legacy.resolved, opts.file, opts.cwd, opts.walk, tree?.replay(), legacy.walk.entries, measured, opts.measureExcluded === true, { walk: legacy.walk, patternsAlone: legacy.tarMatcher === legacy.validationMatcher, measureExcluded: opts.measureExcluded === true, appended: legacy.tarMatcher.patterns.slice(legacy.validationMatcher.patterns.length).map((p) => p.text) })
      : null;
  const eligible = isBuildkit ? bkEligible : null;
  // Named contexts exist only in BuildKit; the legacy builder would pull an image by that name.
  const named = isBuildkit ? Object.entries(opts.namedContexts ?? {}).map(([name, value]) => analyzeNamedContext(name, value, opts.cwd, opts.walk)) : [];
  const namedViews = new Map(named.flatMap((n) => (n.view ? [[n.report.name, n.view] as const] : [])));
  const walk = eligible?.walk ?? legacy.walk;
  const ignore = eligible?.ignore ?? legacy.ignore;
  // Findings about a line of the ignore file name the file the selected builder reads.
  const ignoreLocation = eligible?.ignoreLocation ?? '.dockerignore';
  const read = legacy.resolved.dockerfileStdin ? { text: legacy.resolved.dockerfileStdin } : readDockerfile(legacy.resolved.dockerfileAbs);
  // A Dockerfile this user may not read: BuildKit's client sends it empty, and the build stops there
  // (oracle-observed as uid 65534); the legacy CLI refused it in its check already.
  if (read !== null && 'denied' in read && isBuildkit) throw new InputError('the Dockerfile cannot be empty');
  // A Dockerfile that is a link out of its directory: BuildKit never receives its target.
  const linkOut = isBuildkit && !gitContext && read !== null && 'text' in read && !legacy.resolved.dockerfileStdin && legacy.resolved.dockerfileGiven ? buildkitDockerfileLinkOut(legacy.resolved.dockerfileGiven) : null;
  const dockerfileRead = read !== null && 'denied' in read ? null : linkOut !== null ? { unreadable: `is a link to ${byteStringToText(linkOut)}, which is not inside the directory BuildKit sends it from` } : read;
  const dockerfileText = dockerfileRead !== null && 'text' in dockerfileRead ? dockerfileRead.text : null;
  const removed = isBuildkit ? [] : removedByDaemon(legacy);
  const cross =
    dockerfileRead === null || !wantsCrossCheck
      ? null
      : crossCheck({
          dockerfileText: 'text' in dockerfileRead ? dockerfileRead.text : Buffer.alloc(0),
          ...('unreadable' in dockerfileRead ? { dockerfileUnreadable: dockerfileRead.unreadable } : {}),
          dockerfileName: displayPath(legacy.resolved.relDockerfile),
          // What the legacy builder's COPY sees: the upload less the build files the daemon deletes.
          ...(removed.length === 0 ? { entries: walk.entries, excluded: walk.excluded } : { entries: walk.entries.filter((e) => !removed.some((x) => x.path === e.path)), excluded: [...walk.excluded, ...removed] }),
          matcher: eligible?.matcher ?? legacy.validationMatcher,
          ignoreRules: ignore.rules,
          ignoreFileName: ignoreLocation,
          // No root for a Git context: BuildKit requests nothing from here, so there is no figure to compute.
          root: gitContext ? undefined : legacy.resolved.root,
          buildArgs: opts.buildArgs ?? {},
          runTimeArgs: Object.keys(opts.argsAtRunTime ?? {}),
          target: opts.target,
          ...(opts.targetNamedBy !== undefined ? { targetNamedBy: opts.targetNamedBy } : {}),
          builder: isBuildkit ? 'buildkit' : 'legacy',
          buildah: opts.readsContainerignore === true,
          ignoreFileExists: legacy.ignore.path !== null,
          dockerfileSpecificIgnore: eligible?.dockerfileSpecificIgnore != null ? displayPath(eligible.dockerfileSpecificIgnore) : gitContext ? null : specificIgnoreForLegacy(legacy.resolved.root, opts),
          // The same rules, and so the same entries (the review of 6b44d318: entries alone change with
          // the checkout, an `npm ci` away from differing).
          ...(bkEligible !== null && !gitContext && sameRules(legacy.ignore.rules, bkEligible.ignore.rules) && sameEntries(legacy.walk, bkEligible.walk) ? { sameEntriesBothBuilders: legacy.walk.entries.length } : {}),
          namedContexts: namedViews,
          // The engine's walk drops sockets (a tar cannot hold them); BuildKit sends them, so a
          // context with one is walked again by the figure.
          // A Git context is cloned on the builder: nothing is requested from here.
          buildkitEligible:
            bkEligible && !gitContext && !bkEligible.walk.stoppedByPatternError && !bkEligible.walk.notices.some((n) => n.message.startsWith('socket not sent'))
              ? transferFromWalk(bkEligible.walk.entries, bkEligible.walk.notices)
              : undefined,
          source: tree?.replay(),
          buildkitIgnore: bkEligible && !gitContext
            ? {
                rules: bkEligible.ignore.rules,
                file: bkEligible.ignore.path === null ? null : bkEligible.dockerfileSpecificIgnore !== null ? displayPath(bkEligible.dockerfileSpecificIgnore) : bkEligible.ignore.displayName,
                dockerfileSpecific: bkEligible.ignoreFromDockerfile,
              }
            : undefined,
        });
  if (cross?.missingTarget && opts.target !== undefined && opts.targetNamedBy === undefined) {
    // docker build fails the same way before sending anything; a bad flag is "could not run".
    const { problem, stages } = cross.missingTarget;
    throw new InputError(`--target: ${problem}${stages.length ? ` (stages: ${stages.join(', ')})` : ''}`);
  }
  // BuildKit's client fails on a directory it enters and may not list, as the legacy CLI does on any
  // path it may not read: the build cannot run, as with `error checking context` under legacy.
  // fsutil names the directory as the context was given, joined with it (`open locked` for `.`).
  const refused = isBuildkit ? (cross?.buildkit?.refused ?? null) : null;
  if (refused !== null) throw new InputError(`error from sender: ${refused.op} ${path.join(opts.context, displayPath(refused.path))}: permission denied`);
  const git = opts.runRules === false ? null : gitOracles(legacy.resolved.root, walk.entries, opts.repository);
  const reader = fsContextReader(legacy.resolved.root, tree?.replay());
  const ruleContext: RuleContext = {
    ...(opts.otherBuilds !== undefined && opts.otherBuilds.length > 0 ? { otherBuilds: opts.otherBuilds } : {}),
    entries: walk.entries,
    excluded: walk.excluded,
    ignore,
    ignoreLocation,
    tarMatcher: eligible?.matcher ?? legacy.tarMatcher,
    // CTX002 budgets what the selected builder sends: BuildKit's requested bytes, or the legacy tar.
    tarBytes: isBuildkit && cross?.buildkit ? cross.buildkit.requestedBytes : gitContext ? walk.entries.reduce((n, e) => n + e.tarBytes, 0) : legacy.tarBytes,
    settings,
    reader,
    isGitIgnored: git?.isIgnored ?? null,
    isGitIgnoredByRules: git?.ignoredByRules ?? null,
    isGitTracked: git?.isTracked ?? null,
    indexHolds: git?.indexHolds ?? null,
    isGitException: git?.keptByException ?? null,
    committedCopyOf: git?.trackedBlob !== undefined ? committedCopyLookup(git.trackedBlob, reader) : null,
    gitReadBy: dockerfileText === null ? null : once(() => gitReader(legacy.resolved.root, [{ label: displayPath(legacy.resolved.relDockerfile), text: dockerfileText, argsGiven: new Set([...Object.entries(opts.buildArgs ?? {}).filter(([, v]) => v !== '').map(([k]) => k), ...Object.keys(opts.argsAtRunTime ?? {})]) }], walk.entries.filter((e) => e.kind === 'file').map((e) => byteStringToText(e.path)), { definite: true, ...(cross ? { neededStages: new Set(cross.resolved.needed.stages) } : {}) })),
    notRemadeBy: dockerfileText === null ? null : (name: string) => notRemadeBy(name, dockerfileText),
    repoPath: git?.inRepo ?? null,
    writtenByScript: git?.repoRoot !== undefined && git.inRepo !== undefined ? scriptWriterLookup(git.repoRoot, git.inRepo, opts.declaredByWorkflow === true) : null,
    submoduleOf: git?.repoRoot !== undefined && git.inRepo !== undefined ? submoduleLookup(git.repoRoot, git.inRepo) : null,
    inSubmodule: git?.repoRoot !== undefined && git.inRepo !== undefined ? (p: string) => submoduleHolding(git.repoRoot as string, byteStringToText((git.inRepo as (x: string) => string)(p))) : null,
    // A `<dir>/<name>` source is the context's: its module directory is looked up from the repository
    // root through the context (the review of d22d3b9: context svc's `client/client` is not the root's).
    goCommandFor: git?.repoRoot !== undefined ? (name: string) => goCommandFor(git.repoRoot as string, byteStringToText(name.includes('/') && git.inRepo !== undefined ? git.inRepo(name) : name)) : null,
    buildTargetFor: git?.repoRoot !== undefined ? (name: string) => buildTargetFor(git.repoRoot as string, byteStringToText(name)) : null,
    // Nothing a step before the build writes is in a Git context.
    contextPreparedBy: gitContext ? null : (opts.contextPreparedBy ?? (legacy.resolved.dockerfileAbs ? dockerHubHook(byteStringToText(path.posix.dirname(legacy.resolved.dockerfileAbs))) : null)),
    contextPreparedFor: gitContext || !opts.contextPreparers?.length || opts.contextPreparedBy === undefined ? null : (relPath: string) => mayPreparerOf(opts.contextPreparers as readonly Preparer[], legacy.resolved.root, byteStringToText(relPath), opts.contextPreparedBy as string),
    preparedFor: gitContext || !opts.contextPreparers?.length ? null : (relPath: string) => preparerOf(opts.contextPreparers as readonly Preparer[], legacy.resolved.root, byteStringToText(relPath)),
    builtBy: gitContext || !opts.contextPreparers?.length ? null : (relPath: string) => toolBuilds(opts.contextPreparers as readonly Preparer[], legacy.resolved.root, byteStringToText(relPath)),
    filledBy: gitContext || !opts.contextPreparers?.length ? null : (relPath: string) => filledBy(opts.contextPreparers as readonly Preparer[], legacy.resolved.root, byteStringToText(relPath)),
    writtenFirstBy: gitContext || !opts.contextPreparers?.length ? null : (relPath: string) => preparerOf(opts.contextPreparers as readonly Preparer[], legacy.resolved.root, byteStringToText(relPath), false, true),
    ignoreFileChangedBy: gitContext ? null : ignoreFileUnknown(opts, legacy.resolved.root, byteStringToText(ignoreLocation)),
    gitContext: gitContext?.source ?? null,
    checkoutOnly: gitContext ? null : (opts.checkoutOnly ?? null),
    argsAtRunTime: opts.argsAtRunTime ?? null,
    crossCheck: cross,
    dockerfilePath: legacy.resolved.dockerfileOutside || legacy.resolved.dockerfileAbs === null ? null : legacy.resolved.relDockerfile,
    builder: opts.builder,
    sentEmpty: sentEmptyLookup(isBuildkit ? cross?.buildkit?.transfer?.unreadable : undefined),
    prescanned,
    // One run's scans of this directory's files (the same bytes whichever target reads them).
    secretScans: opts.secretScans ? scopedScans(opts.secretScans, legacy.resolved.root) : undefined,
    // With the worker's answers, the prescan reports the reading; otherwise the rule does.
    progress: prescanned ? undefined : opts.onSecretScan,
  };
  const dockerfile = dockerfileText === null ? undefined : { name: displayPath(legacy.resolved.relDockerfile), text: dockerfileText };
  if (opts.runRules !== false) opts.onRules?.(ignore.rules.length, walk.entries.length + walk.excluded.length);
  const findings: Finding[] = opts.runRules === false ? [] : collectFindings(ruleContext, { ...opts.findings, dockerfile });
  const context: ContextReport = {
    root: legacy.resolved.root,
    dockerfile: displayPath(legacy.resolved.relDockerfile),
    ignoreFile: legacy.ignore.path ? legacy.ignore.displayName : null,
    builder: opts.builder,
    figuresFor: 'legacy',
    entries: summary.entries + legacy.injected.length,
    files: summary.files,
    directories: summary.directories,
    symlinks: summary.symlinks,
    hardlinks: summary.hardlinks,
    otherEntries: summary.other,
    contentBytes: summary.contentBytes,
    tarBytes: legacy.tarBytes,
    tarBytesAlternatives: legacy.tarBytesAlternatives,
    dockerFigure: humanSize(legacy.tarBytes),
    endMarker: legacy.endMarker,
    legacyRefusedBy: lowercase?.legacyRefusal ?? legacy.refusedBy,
    excluded: summary.excluded,
    largestFiles: summary.largestFiles.map(figure),
    largestFilesByContent: summary.largestFilesByContent.map(figure),
    heaviestDirectories: summary.heaviestDirectories.map(figure),
    protectedPatterns: legacy.protectedPatterns,
    notices: [
      ...(gitContext ? [gitContextNotice(gitContext, legacy.ignore.path !== null ? legacy.ignore.rules.length : null, keepsGitDir(opts.buildArgs), keepsGitDir(opts.buildArgs) ? null : (ruleContext.gitReadBy?.() ?? null))] : []),
      ...legacy.walk.notices.map((n) => ({ path: displayPath(n.path), message: n.message })),
      ...(isBuildkit ? (cross?.buildkit?.transfer?.unreadable ?? []).map((p) => ({ path: displayPath(p), message: 'cannot be read by this user: BuildKit sends it empty (the build goes on with an empty file)' })) : []),
      ...(git?.notice ? [git.notice] : []),
    ],
    buildkit: opts.archiveUpload || opts.fetchedByBuildkit || gitContext ? null : buildkitReport(cross?.buildkit ?? null, opts.target),
  };
  if (gitContext && eligible) {
    // What the build sees is the commit: its files, not the legacy upload, are the ones to rank.
    const g = summarize(eligible.walk.entries, [], opts.top ?? 10);
    context.gitContext = { source: gitContext.source, files: g.files, directories: g.directories, links: g.symlinks + g.hardlinks + g.other, contentBytes: g.contentBytes, ...(keepsGitDir(opts.buildArgs) ? { keepsGitDir: true as const } : {}) };
    context.largestFiles = g.largestFiles.map(figure);
    context.largestFilesByContent = g.largestFilesByContent.map(figure);
    context.heaviestDirectories = g.heaviestDirectories.map(figure);
  }
  if (opts.namedContexts && Object.keys(opts.namedContexts).length > 0) context.namedContexts = named.map((n) => n.report);
  const parallel: ParallelReport | null = worker && shared ? { ...shared.sharing(), secretsScannedByWorker: prescanned?.scannedByWorker() ?? null } : null;
  const result: AuditResult = { schemaVersion: SCHEMA_VERSION, context, findings, legacy, buildkitEligible: eligible, crossCheck: cross, summary, parallel };
  if (tree && !opts.walk && opts.keepRecording) result.replay = () => tree.replay();
  return result;
}

/** The requested files BuildKit sends empty (this user may not open them), as a lookup; null when none is. */
function sentEmptyLookup(paths: readonly string[] | undefined): ((p: string) => boolean) | null {
  if (paths === undefined || paths.length === 0) return null;
  const set = new Set(paths);
  return (p) => set.has(p);
}

/** Whether two ignore files hold the same patterns, in the same order (an empty file and none alike). */
function sameRules(a: readonly { pattern: string }[], b: readonly { pattern: string }[]): boolean {
  return a.length === b.length && a.every((r, i) => r.pattern === b[i].pattern);
}

/** Whether two walks send the very same paths (and both went to the end). */
function sameEntries(a: WalkResult, b: WalkResult): boolean {
  if (a.entries.length !== b.entries.length || a.stoppedByPatternError || b.stoppedByPatternError) return false;
  for (let i = 0; i < a.entries.length; i++) if (a.entries[i].path !== b.entries[i].path) return false;
  return true;
}

/** CTX305 is about BuildKit's file, but it matters most to people on the legacy builder. */
function specificIgnoreForLegacy(root: string, opts: AuditOptions): string | null {
  // A Dockerfile from stdin has no name, so no <name>.dockerignore.
  if (opts.file === '-' && opts.dockerfileStdin) return null;
  const p = dockerfileSpecificIgnorePath(root, opts.file, opts.cwd);
  const rel = path.relative(root, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return fs.existsSync(p) ? rel : null;
}

export { isValidUtf8 };

/** Bytes up to which an untracked file is compared with the index's blobs (secret-named files are small). */
const COPY_COMPARE_BYTES = 1024 * 1024;

/**
 * The repo-relative path of a tracked file holding exactly these bytes, for an untracked file:
 * zoraxy's workflow copies src/ into docker/src/ (git-ignored there) before building, and the copy
 * of its committed default localhost key is no more secret than the original.
 */
function committedCopyLookup(trackedBlob: (id: string) => string | null, reader: ContextReader): (p: string, size: number) => string | null {
  return (p, size) => {
    if (size === 0 || size > COPY_COMPARE_BYTES) return null;
    const buf = reader.readPrefix(p, size);
    return buf === null || buf.length !== size ? null : trackedBlob(blobId(buf));
  };
}

/** A run's CTX202 scans (keyed by path in the context) as one context's: its root's files only. */
function scopedScans(all: SecretScanCache, root: string): SecretScanCache {
  const prefix = `${root}\0`;
  return { get: (k) => all.get(prefix + k), set: (k, v) => all.set(prefix + k, v) };
}

/** CTX101's question about a context path, asked of the repository's build scripts (byte strings in, text out). */
function submoduleLookup(repoRoot: string, inRepo: (p: string) => string): (p: string) => string | null {
  return (p) => uncheckedSubmodule(repoRoot, byteStringToText(inRepo(p)));
}

function scriptWriterLookup(repoRoot: string, inRepo: (p: string) => string, notWorkflows: boolean): (p: string) => string | null {
  return (p) => scriptWriting(repoRoot, byteStringToText(inRepo(p)), notWorkflows);
}

/** `f`, called at most once (its answer kept). */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
