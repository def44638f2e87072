// What the legacy builder (DOCKER_BUILDKIT=0) sends: ignore rules -> validation -> build-file
// protection -> tar walk -> exact byte count (facts §L).
import { statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { byteStringToText, fsPath } from './bytes.js';
import { readDockerignore, resolveContext, type IgnoreFile, type ResolvedContext } from './discover.js';
import { PatternError, PatternMatcher } from './patterns.js';
import { TAR_END_MARKER_BYTES, paddingFor } from './tar-format.js';
import { ValidationError, walkContext, type ExcludedItem, type SubtreeTotals, type TreeSource, type WalkOptions, type WalkResult } from './walk.js';

export interface LegacyContext {
  resolved: ResolvedContext;
  ignore: IgnoreFile;
  /** Patterns as read from the ignore file (validation uses these). */
  validationMatcher: PatternMatcher;
  /** Patterns plus the exceptions TrimBuildFilesFromExcludes appended (the tar walk uses these). */
  tarMatcher: PatternMatcher;
  /** Exceptions appended for the build files (R22), e.g. `!.dockerignore`. */
  protectedPatterns: string[];
  walk: WalkResult;
  /** Exact bytes of the upload. */
  tarBytes: number;
  /** Other possible totals (R40: the CLI appends two entries in a random order). */
  tarBytesAlternatives: number[];
  /** Entries the CLI appends after the walk (R40), in the more common order. */
  injected: { name: string; contentBytes: number }[];
  /** False when the stream Docker sends lacks the end marker (R30, R40). */
  endMarker: boolean;
  /**
   * The legacy CLI's readability failure (`error checking context: can't stat '…'`) when the caller
   * asked for it as data (LegacyOptions.refusalAsData); the figures are then the stream it never sends.
   */
  refusedBy: string | null;
}

export interface LegacyOptions {
  context: string;
  file?: string;
  cwd: string;
  checkPermissions?: boolean;
  measureExcluded?: boolean;
  /** Replaces walkContext, e.g. with one that memoizes walks shared by several targets. */
  walk?: (opts: WalkOptions) => WalkResult;
  /** Where listings and stats come from (a recording source lets a second walk replay them), given the resolved root. */
  source?: (root: string) => TreeSource;
  onProgress?: (entriesSeen: number) => void;
  /** Totals of measured-only directories, shared with a later walk of the same recording. */
  measured?: Map<string, SubtreeTotals>;
  /** `-f -`: the Dockerfile's bytes from stdin. */
  dockerfileStdin?: Buffer;
  /** The context is an archive sent as given (src/context/archive.ts): this many bytes, whatever the walk lists. */
  uploadBytes?: number;
  /**
   * A path this process may not read ends the legacy build (R19-R20) but not BuildKit's: record the
   * CLI's error in `refusedBy` and go on (the BuildKit audit), instead of throwing it.
   */
  refusalAsData?: boolean;
}

/** Go's deprecated patternmatcher.Matches, as TrimBuildFilesFromExcludes calls it: errors mean "no". */
function deprecatedMatches(path: string, patterns: readonly string[]): boolean {
  try {
    return PatternMatcher.create(patterns).matchesDeprecated(path);
  } catch {
    return false;
  }
}

/**
 * TrimBuildFilesFromExcludes (R22-R24): keep .dockerignore and the Dockerfile unless the old matcher
 * misses them. A Dockerfile from stdin (`-f -`) is not protected: there is no such file to keep.
 */
export function protectBuildFiles(patterns: readonly string[], relDockerfile: string, dockerfileFromStdin = false): string[] {
  const out = [...patterns];
  if (deprecatedMatches('.dockerignore', out)) out.push('!.dockerignore');
  if (deprecatedMatches(relDockerfile, out) && !dockerfileFromStdin) out.push('!' + relDockerfile);
  return out;
}

function compile(patterns: readonly string[]): PatternMatcher {
  try {
    return PatternMatcher.create(patterns);
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`error checking context: ${e.message}`);
    throw e;
  }
}

/** `.dockerfile.` + 20 hex characters: the name the CLI gives an injected Dockerfile (R40). */
export const INJECTED_DOCKERFILE_NAME_LENGTH = '.dockerfile.'.length + 20;

export function analyzeLegacyContext(opts: LegacyOptions): LegacyContext {
  const resolved = resolveContext(opts.context, opts.file, opts.cwd, opts.dockerfileStdin);
  // An archive is sent whole: its .dockerignore filters nothing (src/context/archive.ts).
  const ignore: IgnoreFile = opts.uploadBytes !== undefined ? { path: null, displayName: '.dockerignore', rules: [], content: null } : readDockerignore(resolved.root);
  const patterns = ignore.rules.map((r) => r.pattern);
  const validationMatcher = compile(patterns);
  const withBuildFiles = protectBuildFiles(patterns, resolved.relDockerfile, resolved.dockerfileStdin !== undefined);
  const tarMatcher = withBuildFiles.length === patterns.length ? validationMatcher : compile(withBuildFiles);
  let walk: WalkResult;
  try {
    walk = (opts.walk ?? walkContext)({
      root: resolved.root,
      validationMatcher,
      tarMatcher,
      checkPermissions: opts.checkPermissions ?? true,
      measureExcluded: opts.measureExcluded ?? true,
      source: opts.source?.(resolved.root),
      onProgress: opts.onProgress,
      measured: opts.measured,
      ...(opts.refusalAsData ? { permissionFailures: 'record' as const } : {}),
    });
  } catch (e) {
    if (e instanceof ValidationError) throw new InputError(`error checking context: ${e.message}`);
    throw e;
  }

  let tarBytes = 0;
  for (const e of walk.entries) tarBytes += e.tarBytes;
  let endMarker = true;
  let alternatives: number[] = [];
  const injected: { name: string; contentBytes: number }[] = [];
  if (opts.uploadBytes !== undefined) {
    tarBytes = opts.uploadBytes;
  } else if (walk.truncatedAfter !== null) {
    // R30: the unreadable file's header is written, its data never comes, nothing after it does.
    const last = walk.entries[walk.entries.length - 1];
    tarBytes -= last.size + paddingFor(last.size);
    endMarker = false;
  } else if (resolved.dockerfileOutside && (resolved.dockerfileAbs || resolved.dockerfileStdin)) {
    // R40: the archive is re-streamed with the Dockerfile appended under a random name, .dockerignore
    // extended to ignore it, and the stream cut before the last entry's padding and the end marker.
    const dockerfileSize = resolved.dockerfileStdin ? resolved.dockerfileStdin.length : statSize(fsPath(resolved.dockerfileAbs as string));
    const addition = 1 + INJECTED_DOCKERFILE_NAME_LENGTH + 1; // "\n" + NAME + "\n"
    const existing = walk.entries.find((e) => e.name === '.dockerignore');
    if (existing) {
      tarBytes -= existing.tarBytes;
      const grown = existing.size + addition;
      tarBytes += existing.tarBytes - existing.size - paddingFor(existing.size) + grown + paddingFor(grown);
      injected.push({ name: '.dockerfile.<random>', contentBytes: dockerfileSize });
      tarBytes += 512 + dockerfileSize;
    } else {
      const ignoreBytes = '.dockerignore'.length + addition;
      injected.push({ name: '.dockerfile.<random>', contentBytes: dockerfileSize }, { name: '.dockerignore', contentBytes: ignoreBytes });
      const dockerfileFirst = tarBytes + 512 + dockerfileSize + paddingFor(dockerfileSize) + 512 + ignoreBytes;
      const ignoreFirst = tarBytes + 512 + ignoreBytes + paddingFor(ignoreBytes) + 512 + dockerfileSize;
      tarBytes = dockerfileFirst;
      if (ignoreFirst !== dockerfileFirst) alternatives = [ignoreFirst];
    }
    endMarker = false;
  } else {
    tarBytes += TAR_END_MARKER_BYTES;
  }
  return {
    resolved,
    ignore,
    validationMatcher,
    tarMatcher,
    protectedPatterns: withBuildFiles.slice(patterns.length).map(byteStringToText),
    walk,
    tarBytes,
    tarBytesAlternatives: alternatives,
    injected,
    endMarker,
    refusedBy: walk.refusedBy !== undefined ? `error checking context: ${walk.refusedBy}` : null,
  };
}

/** The CLI reads the whole Dockerfile into memory; its length is what lands in the tar. */
function statSize(p: string | Buffer): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}

/**
 * The build files the daemon deletes from a legacy context once it has read the Dockerfile (moby's
 * builder/remotecontext removeDockerfile): `.dockerignore` and the Dockerfile, when the ignore
 * file's own patterns (MatchesOrParentMatches, without R22's exceptions) exclude them. The client
 * sent them anyway (R22), so they count in the upload, but no COPY or ADD sees them (a real daemon's
 * legacy builder fails `COPY Dockerfile /x` when .dockerignore excludes it: the oracle's
 * legacy-builder file). A Dockerfile from outside the context or from stdin travels under a random
 * name no COPY names. Returns the excluded items, as the walk would have recorded them.
 */
export function removedByDaemon(legacy: LegacyContext): ExcludedItem[] {
  if (legacy.ignore.path === null || legacy.ignore.rules.length === 0) return [];
  // A .dockerignore that is a link: what the daemon opens in the context it unpacked may not be what
  // was read here (a link to ../shared.dockerignore opens nothing there): nothing is said to be deleted
  // (the review of 82fc5318).
  if (!legacy.walk.entries.some((e) => e.path === '.dockerignore' && e.kind === 'file')) return [];
  const names = legacy.resolved.dockerfileOutside ? ['.dockerignore'] : ['.dockerignore', legacy.resolved.relDockerfile];
  const dirs = new Set(legacy.walk.entries.filter((e) => e.kind === 'dir').map((e) => e.path));
  const out: ExcludedItem[] = [];
  for (const e of legacy.walk.entries) {
    if (e.kind === 'dir' || !names.includes(e.path)) continue;
    // A Dockerfile sent without its directory (an excluded `docker/` and `-f docker/Dockerfile`, R27):
    // unpacking makes the directory, and deleting the file leaves it there, empty, for a COPY of it
    // (the review of 82fc5318). Not judged: the file is left in the view.
    const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '';
    if (parent !== '' && !dirs.has(parent)) continue;
    let decidedBy: number;
    try {
      decidedBy = legacy.validationMatcher.decideOrParent(e.path);
    } catch {
      continue;
    }
    if (decidedBy < 0 || legacy.validationMatcher.patterns[decidedBy].exclusion) continue;
    out.push({ path: e.path, isDir: false, files: e.kind === 'file' ? 1 : 0, bytes: e.contentBytes, entries: 1, decidedBy, enteredForExceptions: false, measured: true });
  }
  return out;
}
