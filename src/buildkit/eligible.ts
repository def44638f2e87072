// The context as BuildKit sees it before the Dockerfile narrows it: the whole directory minus the
// ignore file BuildKit reads (B3), with no build-file protection (B4). The cross-check and the
// rules run on this set under --builder buildkit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { toByteString } from '../context/bytes.js';
import { readDockerignore, readIgnoreFileAt, type IgnoreFile, type ResolvedContext } from '../context/discover.js';
import { PatternError, PatternMatcher } from '../context/patterns.js';
import { throughGoJson } from './transfer.js';
import { walkContext, type SentEntry, type SubtreeTotals, type TreeSource, type WalkOptions, type WalkResult } from '../context/walk.js';

export interface BuildkitEligible {
  ignore: IgnoreFile;
  matcher: PatternMatcher;
  walk: WalkResult;
  /** Context-relative byte-string name of `<Dockerfile>.dockerignore` when it exists inside the context. */
  dockerfileSpecificIgnore: string | null;
  /** True when `ignore` is `<Dockerfile>.dockerignore` (inside the context or not): BuildKit then skips loading `.dockerignore`. */
  ignoreFromDockerfile: boolean;
  /**
   * Where findings about `ignore`'s lines point, relative to the context root like the Dockerfile
   * findings' file: `.dockerignore`, or the `<Dockerfile>.dockerignore` BuildKit reads instead
   * (`Dockerfile.dockerignore`, `sub/app.Dockerfile.dockerignore`, or `../df/Dockerfile.dockerignore`
   * beside a Dockerfile outside the context).
   */
  ignoreLocation: string;
}

/**
 * B3 (buildkit frontend/dockerui/config.go): `<dockerfile dir>/<dockerfile name>.dockerignore`
 * replaces `<ctx>/.dockerignore` when it exists. buildx passes the -f path as given (dirname and
 * basename), so the name follows the -f value, not a resolved symlink.
 */
export function dockerfileSpecificIgnorePath(root: string, file: string | undefined, cwd: string): string {
  const dockerfile = file === undefined ? path.join(root, 'Dockerfile') : path.resolve(cwd, file);
  return dockerfile + '.dockerignore';
}

export function analyzeBuildkitEligible(
  resolved: ResolvedContext,
  file: string | undefined,
  cwd: string,
  walker: (opts: WalkOptions) => WalkResult = walkContext,
  source?: TreeSource,
  /** The legacy walk's entries, shared where they agree (only used when BuildKit reads .dockerignore too). */
  reuse?: readonly SentEntry[],
  /** Totals of measured-only directories from the legacy walk of the same recording. */
  measured?: Map<string, SubtreeTotals>,
  /** Add up what pruned directories hold (WalkOptions.measureExcluded). */
  measureExcluded = true,
  /**
   * The legacy walk of the same recording, and whether it matched the ignore patterns alone (no
   * build-file exceptions appended, R22) with the same measureExcluded: where both builders then
   * decide every path alike, it is the BuildKit view too (sameAsLegacy).
   */
  legacy?: { walk: WalkResult; patternsAlone: boolean; measureExcluded: boolean; appended?: readonly string[] },
): BuildkitEligible {
  const specificPath = dockerfileSpecificIgnorePath(resolved.root, file, cwd);
  // `-f -`: buildx writes stdin's Dockerfile to a directory of its own, where no <name>.dockerignore exists.
  const specific = resolved.dockerfileStdin
    ? { path: null, displayName: '', rules: [], content: null }
    : readIgnoreFileAt(specificPath, path.basename(specificPath), `failed parsing ${path.basename(specificPath)}`);
  const ignore = specific.path !== null ? specific : readDockerignore(resolved.root);
  let matcher: PatternMatcher;
  try {
    // The patterns travel to the client as JSON: invalid UTF-8 becomes U+FFFD (oracle-verified).
    matcher = PatternMatcher.create(ignore.rules.map((r) => throughGoJson(r.pattern)));
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`${ignore.displayName}: ${e.message}`);
    throw e;
  }
  const samePatterns = specific.path === null && ignore.rules.every((r) => throughGoJson(r.pattern) === r.pattern);
  const alike = samePatterns && legacy !== undefined && legacy.measureExcluded === measureExcluded;
  const same = alike && legacy.patternsAlone ? sameAsLegacy(legacy.walk, matcher) : null;
  // With `!` lines the builders differ only around excluded directories: the rest is copied (walk.ts
  // copyFrom). The build files the legacy walk keeps (R22: `*` then `!src` appends `!.dockerignore`, the
  // allowlist's usual shape) are literal paths: no subtree holding one is copied; a name with a
  // wildcard in it (a pattern of its own) allows no copy at all.
  const appended = legacy?.patternsAlone === true ? [] : (legacy?.appended ?? null);
  const copyable = alike && same === null && appended !== null && appended.every((p) => !/[*?[\\]/.test(p)) && legacy.walk.truncatedAfter === null && !legacy.walk.stoppedByPatternError && legacy.walk.refusedBy === undefined;
  const copyFrom = copyable ? { walk: legacy.walk, except: appended as readonly string[] } : undefined;
  let walk: WalkResult;
  try {
    walk = walker({
      root: resolved.root,
      tarMatcher: matcher,
      validationMatcher: matcher,
      checkPermissions: false,
      // BuildKit makes no readability check: a path this user may not read is the legacy view's
      // refusal (recorded there), never this walk's (it threw "can't stat" as an internal error).
      permissionFailures: 'record',
      measureExcluded,
      exceptionDescent: 'fsutil',
      source,
      // Shared only when both builders match the same patterns.
      reuse: samePatterns ? reuse : undefined,
      measured,
      ...(copyFrom !== undefined ? { copyFrom } : {}),
      ...(same !== null ? { result: same } : {}),
    });
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`${ignore.displayName}: ${e.message}`);
    throw e;
  }
  const rel = path.relative(resolved.root, specificPath);
  const inside = specific.path !== null && !rel.startsWith('..') && !path.isAbsolute(rel);
  const ignoreLocation = specific.path !== null ? locationFromRoot(resolved.root, specificPath) : '.dockerignore';
  return { ignore, matcher, walk, dockerfileSpecificIgnore: inside ? toByteString(rel) : null, ignoreFromDockerfile: specific.path !== null, ignoreLocation };
}

/**
 * The legacy walk as BuildKit's, when the two cannot differ (issue 18: the second pass over the
 * recording was ~8% of a 100k-entry audit, and 3 in 4 real ignore files qualify): the same patterns,
 * no exception (`!`), so neither builder enters an excluded directory (legacy's R27 and fsutil's B6
 * rules both need one) and fsutil sends no excluded parent; no build-file exception appended (R22:
 * legacy would send the Dockerfile and .dockerignore BuildKit keeps out); no walk cut short (a pattern
 * error, R30); no hard link (each builder names the first of a pair by its own walk). The permission
 * check the legacy walk adds only records its refusal (legacyRefusedBy) and changes nothing the tar
 * walk sends. Null otherwise.
 */
function sameAsLegacy(legacy: WalkResult, matcher: PatternMatcher): WalkResult | null {
  if (matcher.hasExclusions || legacy.truncatedAfter !== null || legacy.stoppedByPatternError) return null;
  for (const e of legacy.entries) if (e.kind === 'hardlink') return null;
  return { entries: legacy.entries.slice(), excluded: legacy.excluded.map((x) => ({ ...x })), notices: legacy.notices.map((n) => ({ ...n })), truncatedAfter: null, stoppedByPatternError: false };
}

/**
 * `file` relative to the context root, which is symlink-free (EvalSymlinks'd): the file's directory
 * is resolved too, so a -f path through a symlinked working directory does not climb out and back.
 * The file's own name is kept (BuildKit opens it by that name, a symlink or not).
 */
function locationFromRoot(root: string, file: string): string {
  let dir = path.dirname(file);
  try {
    dir = fs.realpathSync(dir);
  } catch {
    // keep the path as given
  }
  return path.relative(root, path.join(dir, path.basename(file)));
}
