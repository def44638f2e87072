// Audits many BuildTargets as one run: identical builds once, each shared context walked once,
// one flat list of findings that each name their target. Returns data; never prints.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isWorkflowFile, mergedPreparers } from '../context/build-scripts.js';
import { runAudit, type AuditOptions, type AuditResult } from '../audit.js';
import { fetchedAuditOptions, type FetchedTarget } from '../inputs/url-targets.js';
import type { Builder } from '../builder.js';
import { walkContext, type WalkOptions, type WalkResult } from '../context/walk.js';
import { InputError } from '../errors.js';
import type { Finding, Severity } from '../findings/finding.js';
import { buildKey, type BuildTarget } from '../targets/target.js';
import { mergeTargetRedactions, redactor, type TargetRedaction } from '../targets/redact.js';
import { hideUrlCredentials } from '../context/url-credentials.js';
import { gitOracles } from '../rules/gitignore.js';
import type { OtherBuild, SecretHit, SecretScanCache } from '../rules/rule.js';
import { parseDockerfile, type ParsedDockerfile } from '../dockerfile/parse.js';
import { readRegularFile } from '../context/read-regular.js';
import { isInside, resolvedLocation, type RepoBoundary } from '../context/boundary.js';
import { isLocalContextValue } from '../targets/named-context.js';
import { toByteString } from '../context/bytes.js';
import { isRemoteContext } from '../targets/target.js';
import { commitReadable } from '../buildkit/git-context.js';

/** A finding and the target (or targets, comma-joined) it belongs to. */
export type TargetFinding = Finding & { target: string };

export interface TargetReport {
  /** The target's name; identical builds declared twice are audited once, their names joined by ", ". */
  name: string;
  names: string[];
  declaredIn: string[];
  kind: BuildTarget['kind'];
  context: string;
  /** The Dockerfile as reported (context-relative), or `dockerfile_inline`. */
  dockerfile: string;
  stage: string | null;
  args: Record<string, string>;
  namedContexts: Record<string, string>;
  result: AuditResult | null;
  /** Why the target could not be audited (an input error), or null. */
  error: string | null;
  /** Why the target was not audited on purpose (a remote context), or null. */
  skipped: string | null;
  counts: Record<Severity, number>;
}

export interface MultiAuditResult {
  schemaVersion: 1;
  /** Directory the report's relative paths start from (the Compose/Bake file's, or the --all DIR). */
  baseDir: string;
  targets: TargetReport[];
  findings: TargetFinding[];
  /**
   * How many context walks the targets asked for and how many actually ran (shared walks run once),
   * and how many distinct contexts those walks covered. Each target asks for two walks, the legacy
   * builder's and BuildKit's view of its context (the second replays the first's reading of the
   * tree), so `performed` is about twice `contexts`.
   */
  walks: { requested: number; performed: number; contexts: number };
}

export interface MultiOptions extends Pick<AuditOptions, 'top' | 'settings' | 'findings' | 'measureExcluded'> {
  cwd: string;
  builder: Builder;
  baseDir: string;
  /** `--build-context` from our command line: applies to every target (over the target's own). */
  namedContexts?: Record<string, string>;
  /** A target whose context, Dockerfile, ignore file or named context leads outside it is that target's error. */
  repository?: RepoBoundary;
  /** Targets whose URL context was fetched (--allow-url-contexts, src/inputs/url-targets.ts). */
  fetched?: Map<BuildTarget, FetchedTarget>;
}

const INLINE_LABEL = 'dockerfile_inline';

/**
 * A walk depends on the root, both matchers' patterns (the legacy tar matcher carries the
 * build-file exceptions, so two Dockerfiles share a walk only when those come out equal) and the
 * walk options; nothing else.
 */
function walkKey(o: WalkOptions): string {
  const pats = (m: WalkOptions['tarMatcher']) => m.patterns.map((p) => (p.exclusion ? '!' : '') + p.text);
  return JSON.stringify([o.root, pats(o.validationMatcher), pats(o.tarMatcher), o.checkPermissions, o.measureExcluded, o.exceptionDescent ?? 'legacy', o.permissionFailures ?? 'throw']);
}

function memoizedWalk(stats: MultiAuditResult['walks']): (o: WalkOptions) => WalkResult {
  const cache = new Map<string, { result?: WalkResult; error?: unknown }>();
  const roots = new Set<string>();
  return (o) => {
    stats.requested++;
    const key = walkKey(o);
    let hit = cache.get(key);
    if (!hit) {
      stats.performed++;
      roots.add(o.root);
      stats.contexts = roots.size;
      try {
        hit = { result: walkContext(o) };
      } catch (error) {
        hit = { error };
      }
      cache.set(key, hit);
    }
    if (hit.error !== undefined) throw hit.error;
    return hit.result as WalkResult;
  };
}

/** Merges targets that build the same thing, keeping the first one's position. */
/** A target declared more often than this is named by its first few declarations and a count. */
const MAX_NAMES_SHOWN = 4;

function dedupe(targets: readonly BuildTarget[]): { target: BuildTarget; names: string[]; declaredIn: string[]; askers: string[] }[] {
  const byKey = new Map<string, { target: BuildTarget; names: string[]; declaredIn: string[]; askers: string[] }>();
  for (const t of targets) {
    const key = buildKey(t);
    const g = byKey.get(key);
    if (g) {
      // (Once: redash's step runs `docker compose build` then `up -d` of the same files, one name twice; sweep 48/B-W1.)
      if (!g.names.includes(t.name)) g.names.push(t.name);
      if (!g.declaredIn.includes(t.declaredIn)) g.declaredIn.push(t.declaredIn);
      g.askers.push(t.stageNamedBy ?? t.declaredIn);
      // One report for both: it hides what either would.
      const redaction = mergeTargetRedactions(g.target.redaction, t.redaction);
      if (redaction) g.target = { ...g.target, redaction };
      // A cap holds only when every declaration calls for it: tyk's tests/specs compose file builds
      // the same image as its root docker-compose.yml, whose findings keep their severity.
      if (g.target.testInput && !t.testInput) g.target = { ...g.target, testInput: undefined };
      if (g.target.templateInput && !t.templateInput) g.target = { ...g.target, templateInput: undefined };
      if (g.target.contextGuessed && !t.contextGuessed) g.target = { ...g.target, contextGuessed: undefined };
      if (g.target.stageUnknown && !t.stageUnknown) g.target = { ...g.target, stageUnknown: undefined };
      if (g.target.localImage && !t.localImage) g.target = { ...g.target, localImage: undefined };
      if (g.target.containerAction && !t.containerAction) g.target = { ...g.target, containerAction: undefined };
      // buildah's .containerignore, and a step that changes the ignore file, hold for every build or
      // none (the review of 2a7d2a0 and 2b4e65e: a docker build of the same file sends what they keep out).
      if (g.target.readsContainerignore && !t.readsContainerignore) g.target = { ...g.target, readsContainerignore: undefined };
      if (g.target.preparers !== undefined || t.preparers !== undefined) g.target = { ...g.target, preparers: mergedPreparers(g.target.preparers, t.preparers, g.target.context, g.target.dockerfile ?? path.join(g.target.context, 'Dockerfile')) };
      // Made by no step only when no declaration's job may make it (another job's unknown action may).
      if (g.target.checkoutOnly && !t.checkoutOnly) g.target = { ...g.target, checkoutOnly: undefined };
      else if (g.target.checkoutOnly && t.checkoutOnly && t.checkoutOnly.submodules) g.target = { ...g.target, checkoutOnly: t.checkoutOnly };
    } else byKey.set(key, { target: t, names: [t.name], declaredIn: [t.declaredIn], askers: [t.stageNamedBy ?? t.declaredIn] });
  }
  return [...byKey.values()];
}

/**
 * For each target, the run's other builds of the same context that read its `.dockerignore` (one
 * with a `<Dockerfile>.dockerignore` of its own reads that instead under BuildKit): what CTX303
 * checks its `**\/x` advice against (RuleContext.otherBuilds). Each Dockerfile is read and parsed
 * once, when first asked for, and only inside the repository.
 */
function otherBuildsOf(list: readonly { target: BuildTarget; names: string[] }[], opts: MultiOptions): Map<BuildTarget, OtherBuild[]> {
  const parsedOnce = new Map<string, ParsedDockerfile | null>();
  const builds = list
    // (Not a Dockerfile ctx-audit placed by a guess, which nothing builds from here: the review of 47f512b7.)
    .filter(({ target: t }) => t.skipReason === undefined && t.error === undefined && t.gitContext !== true && t.contextGuessed !== true && !isRemoteContext(t.context) && opts.fetched?.get(t) === undefined)
    .map(({ target: t, names }) => {
      const file = t.dockerfile ?? path.join(t.context, 'Dockerfile');
      const inline = t.dockerfileInline;
      const ownIgnore = (t.builder ?? opts.builder) !== 'legacy' && inline === undefined && fs.statSync(file + '.dockerignore', { throwIfNoEntry: false })?.isFile() === true;
      const key = JSON.stringify([inline === undefined ? file : null, inline ?? null, Object.entries(t.args).sort()]);
      const parsed = (): ParsedDockerfile | null => {
        if (!parsedOnce.has(key)) {
          let text: Buffer | null = null;
          if (inline !== undefined) text = Buffer.from(inline);
          else {
            // Where a link leads, as docker reads it, when that is inside the repository.
            const real = resolvedLocation(file);
            try {
              if (opts.repository !== undefined && !opts.repository.allowOutside && !isInside(opts.repository.root, real)) throw new Error('outside the repository');
              text = readRegularFile(real, { noFollow: true, maxBytes: 1 << 20 });
            } catch {
              text = null;
            }
          }
          parsedOnce.set(key, text === null ? null : parseDockerfile(text, { buildArgs: t.args }));
        }
        return parsedOnce.get(key) ?? null;
      };
      const dockerfileName = inline !== undefined ? INLINE_LABEL : path.relative(t.context, file).split(path.sep).join('/') || file;
      return { t, context: path.resolve(t.context), ownIgnore, other: { name: names.length > 1 ? `${names[0]} (and ${names.length - 1} more)` : names[0], dockerfileName, parsed, builder: t.builder ?? opts.builder, ...(t.target !== undefined ? { target: t.target } : {}) } };
    });
  const out = new Map<BuildTarget, OtherBuild[]>();
  for (const a of builds) out.set(a.t, builds.filter((b) => b !== a && b.context === a.context && !b.ownIgnore).map((b) => b.other));
  return out;
}

function auditOne(t: BuildTarget, opts: MultiOptions, walk: (o: WalkOptions) => WalkResult, secretScans: SecretScanCache, otherBuilds?: readonly OtherBuild[]): AuditResult {
  const base: AuditOptions = {
    ...(otherBuilds !== undefined && otherBuilds.length > 0 ? { otherBuilds } : {}),
    context: t.context,
    file: t.dockerfile,
    cwd: opts.cwd,
    builder: t.builder ?? opts.builder,
    top: opts.top,
    settings: opts.settings,
    findings: opts.findings,
    buildArgs: t.args,
    target: t.target,
    // (A stage its Dockerfile lacks is then a finding: the workflow asked for it, not the user.)
    ...(t.target !== undefined ? { targetNamedBy: t.stageNamedBy ?? t.declaredIn } : {}),
    namedContexts: { ...t.namedContexts, ...opts.namedContexts },
    contextPreparedBy: t.preparedBy,
    contextPreparers: t.preparers,
    ...(t.readsContainerignore ? { readsContainerignore: true as const } : {}),
    ...(isWorkflowFile(t.declaredIn) ? { declaredByWorkflow: true as const } : {}),
    ...(t.checkoutOnly !== undefined ? { checkoutOnly: t.checkoutOnly } : {}),
    ...(t.gitContext ? { gitContext: { source: "this checkout's commit, build-push-action's default context", workingTree: true } } : {}),
    argsAtRunTime: t.argsAtRunTime,
    walk,
    secretScans,
    repository: opts.repository,
    measureExcluded: opts.measureExcluded,
    // A fetched URL context: its archive upload, or its clone as the repository boundary.
    ...fetchedAuditOptions(opts.fetched?.get(t)),
  };
  if (t.dockerfileInline === undefined) return runAudit(base);
  // An inline Dockerfile reaches the builder outside the context, as `-f -` does: audit it from a
  // temp file (never inside the context) and name it `dockerfile_inline` in the report.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-inline-'));
  try {
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, t.dockerfileInline);
    const result = runAudit({ ...base, file, repository: opts.repository && { ...opts.repository, ours: [file] } });
    const tempName = result.context.dockerfile;
    result.context.dockerfile = INLINE_LABEL;
    // (Its temporary name in messages and data too: `copied into the image by ../../ctx-audit-inline-x/
    // Dockerfile:6` named a path that no longer exists, different on every run.)
    const named = (s: string) => s.split(tempName).join(INLINE_LABEL);
    for (const f of result.findings) {
      if (f.file === tempName) f.file = INLINE_LABEL;
      if (f.message.includes(tempName)) f.message = named(f.message);
      if (f.data !== undefined && JSON.stringify(f.data).includes(JSON.stringify(tempName).slice(1, -1))) f.data = JSON.parse(named(JSON.stringify(f.data))) as typeof f.data;
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How a target's report is hidden (src/targets/redact.ts): `text` for whatever may carry a value the
 * build uses, `location` for its context root, Dockerfile, ignore files and named contexts, which
 * only the values interpolated into those fields are part of. Neither rewrites the project
 * directory or its parents where they begin a path.
 */
interface Hider {
  text: (s: string) => string;
  location: (s: string) => string;
}

function hiderFor(redaction: TargetRedaction | undefined): Hider {
  // A URL's credentials (a remote context, a named context) as *** in every case.
  if (!redaction) return { text: hideUrlCredentials, location: hideUrlCredentials };
  const text = redactor(redaction.text, redaction.keep);
  const location = redactor(redaction.locations, redaction.keep);
  return { text: (s) => hideUrlCredentials(text(s)), location: (s) => hideUrlCredentials(location(s)) };
}

/** What a report shows of a target, with interpolated values as their `${NAME}` (src/targets/redact.ts). */
function redactReport(r: TargetReport, hide: Hider): void {
  r.context = hide.location(r.context);
  r.dockerfile = hide.location(r.dockerfile);
  r.stage = r.stage === null ? null : hide.text(r.stage);
  r.args = Object.fromEntries(Object.entries(r.args).map(([k, v]) => [k, hide.text(v)]));
  r.namedContexts = Object.fromEntries(Object.entries(r.namedContexts).map(([k, v]) => [k, hide.location(v)]));
  r.error = r.error === null ? null : hide.text(r.error);
  r.skipped = r.skipped === null ? null : hide.text(r.skipped);
  if (r.result) {
    // The whole context report: BuildKit's followPaths and the stage name carry ARG-expanded values.
    const c = r.result.context;
    const shown = redactDeep(c, hide.text);
    // Its locations as locations.
    shown.root = hide.location(c.root);
    shown.dockerfile = hide.location(c.dockerfile);
    shown.ignoreFile = c.ignoreFile === null ? null : hide.location(c.ignoreFile);
    if (c.buildkit && shown.buildkit) shown.buildkit.ignoreFile = c.buildkit.ignoreFile === null ? null : hide.location(c.buildkit.ignoreFile);
    if (c.namedContexts && shown.namedContexts) {
      shown.namedContexts = shown.namedContexts.map((n, i) => {
        const o = (c.namedContexts ?? [])[i];
        return { ...n, root: o.root === null ? null : hide.location(o.root), value: hide.location(o.value), ignoreFile: o.ignoreFile === null ? null : hide.location(o.ignoreFile) };
      });
    }
    r.result.context = shown;
    r.result.findings = r.result.findings.map((f) => redactFinding(f, hide));
  }
}

/**
 * A finding as shown: its file (the Dockerfile or an ignore file) as a location; the rest, its path
 * included, as text: CTX101-103's path is the COPY source, which ARG expansion may have built.
 */
function redactFinding<F extends Finding>(f: F, hide: Hider): F {
  const shown = redactDeep(f, hide.text);
  if (f.file !== undefined) shown.file = hide.location(f.file);
  return shown;
}

/** Every string in plain data (a finding, a context report) redacted: a COPY source built from an ARG carries the value. */
function redactDeep<T>(value: T, hide: (s: string) => string): T {
  const deep = (v: unknown): unknown =>
    typeof v === 'string' ? hide(v) : Array.isArray(v) ? v.map(deep) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v;
  return deep(value) as T;
}

/**
 * Why a target whose context directory is missing is skipped rather than an error, or null: git
 * ignores that directory, so no checkout has it and a step before the build makes it (Laravel
 * Sail's `vendor/laravel/sail/runtimes/8.4`, installed by composer). Docker would fail there too;
 * a missing context git does not ignore stays the target's error.
 */
function missingIgnoredContext(t: BuildTarget, opts: MultiOptions): string | null {
  if (t.skipReason !== undefined || t.error !== undefined || isRemoteContext(t.context)) return null;
  const shown = (p: string) => path.relative(opts.cwd, p) || p;
  if (missingAndIgnored(t.context, opts)) return `its context ${shown(t.context)} is not in the checkout and git ignores it: a step before the build makes it (an install or a build), so it is not audited`;
  // A named context's directory too (nest-react-boilerplate's docker-bake.json: `nrb-closure` is
  // .nrb/reference/postgres, git-ignored, which a CI step materializes before any build).
  for (const [name, value] of Object.entries({ ...t.namedContexts, ...opts.namedContexts })) {
    const abs = path.resolve(opts.cwd, value);
    if (isLocalContextValue(value) && missingAndIgnored(abs, opts)) return `its named context "${name}", ${shown(abs)}, is not in the checkout and git ignores it: a step before the build makes it, so it is not audited`;
  }
  return null;
}

/** Whether a directory is missing and git ignores it (inside the repository; nothing outside it is read). */
function missingAndIgnored(target: string, opts: MultiOptions): boolean {
  if (fs.existsSync(target)) return false;
  let dir = path.dirname(target);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  // Nothing outside the repository is read (src/context/boundary.ts): the audit then refuses the target.
  const repo = opts.repository;
  if (repo && !repo.allowOutside) {
    const within = path.relative(repo.root, fs.realpathSync(dir));
    if (within.startsWith('..') || path.isAbsolute(within)) return false;
  }
  const oracle = gitOracles(dir, [], opts.repository).isIgnored;
  const rel = path.relative(dir, target).split(path.sep).join('/');
  return oracle !== null && oracle(toByteString(rel), true);
}

/**
 * A finding of a test directory's Dockerfile nothing builds (BuildTarget.testInput), or of a Compose
 * file in a project template (BuildTarget.templateInput): a warning at most, saying why.
 */
function asTestInput(f: Finding, t: BuildTarget): Finding {
  if (f.severity !== 'error') return f;
  const why = t.templateInput
    ? "a service of a Compose file in a project template's directory that no workflow builds: a generator copies it into another project, where its sources are; a warning at most"
    : t.devContainer && t.kind === 'compose'
    ? "a service of a dev container's Compose file that names no image: VS Code or the devcontainer CLI builds it where a developer works, and nothing here ships it; a warning at most"
    : t.devContainer
    ? "a dev container's Dockerfile that no workflow, Compose or Bake file builds: VS Code or the devcontainer CLI builds it where a developer works, and nothing here ships it; a warning at most"
    : t.kind === 'compose'
      ? 'a service of a Compose file in a test directory: a test input or an expected output, or a build only a test runs; a warning at most'
      : t.placedBy !== undefined
      ? `a Dockerfile in a test directory that ${t.placedBy} builds: a test input, or built from a context the script or recipe assembles; a warning at most`
      : 'a Dockerfile in a test directory that no workflow, Compose or Bake file builds: a test input, or built from a context a script assembles; a warning at most';
  return { ...f, severity: 'warning', message: `${f.message} (${why})`, data: { ...f.data, ...(t.templateInput ? { templateInput: true } : t.devContainer ? { devContainer: true } : { testInput: true }) } };
}

/**
 * A finding of a Dockerfile whose context ctx-audit chose (BuildTarget.contextGuessed): a missing
 * COPY source, or one that climbs out of it (checkmate's Docker/dev/client.Dockerfile, `COPY
 * ../../Client .`, which its build_images.sh builds from the root), and what such a build would
 * send or ship (SunbirdEd-portal's Dockerfile.Build, which nothing builds: `.git` and node_modules
 * "copied into the image" by `COPY *` from a context it never has): a warning at most, saying from
 * where it was audited and why that is not certain.
 */
function asGuessedContext(f: Finding, context: string, unplaced: number, copiedAway?: string, archivedBy?: string, namedBySkipped?: readonly string[], namedByUnbuilt?: readonly string[], namedInUnplaced?: string): Finding {
  // (Nor a warning an earlier cap gave its own reason: a test input's, a dev container's, a local image's; the
  // review of dc7fea0c, RA-R8: "no workflow ... builds" said twice.)
  const explained = ['contextGuessed', 'testInput', 'templateInput', 'devContainer', 'localImage', 'stageUnknown', 'containerAction'].some((k) => f.data?.[k] !== undefined);
  if (f.severity === 'info' || (f.severity === 'warning' && (f.ruleId === 'CTX100' || explained))) return f;
  // SunbirdEd-portal's root Dockerfile: image-push.yml copies it into src/app/app_dist and builds that.
  // With workflow builds listed as known only when they run, one of them may build it (chainflip's
  // `file: ${{ needs.set-dockerfile-name.outputs.dockerfile_path }}/...`): not "no workflow builds it".
  const nobody =
    archivedBy !== undefined
      ? `${archivedBy} builds it from \`git archive\` of the commit on stdin, the committed files without .git, not from this directory`
      : copiedAway !== undefined
      ? `${copiedAway} copies it into the context another build assembles, and builds it there`
      : namedByUnbuilt !== undefined && namedByUnbuilt.length > 0
      ? `no run ctx-audit reads builds this Dockerfile (${namedByUnbuilt.slice(0, 3).join(', ')}${namedByUnbuilt.length > 3 ? `, and ${namedByUnbuilt.length - 3} more,` : ''} ${namedByUnbuilt.length === 1 ? 'declares it in a service, a Compose file' : 'declare it in a service, Compose files'} run here for other services only${unplaced === 0 ? '' : `; ${unplaced === 1 ? 'a workflow build is' : `${unplaced} workflow builds are`} known only when the workflow runs`})`
      : namedBySkipped !== undefined && namedBySkipped.length > 0
      ? `no workflow, Compose or Bake file ctx-audit reads builds this Dockerfile (${namedBySkipped.slice(0, 3).join(', ')}${namedBySkipped.length > 3 ? `, and ${namedBySkipped.length - 3} more,` : ''} ${namedBySkipped.length === 1 ? 'builds it, a Compose file' : 'build it, Compose files'} nothing here runs, not audited${unplaced === 0 ? '' : `; ${unplaced === 1 ? 'a workflow build is' : `${unplaced} workflow builds are`} known only when the workflow runs`})`
      : namedInUnplaced !== undefined && unplaced === 0
      ? `no workflow, Compose or Bake file ctx-audit can place builds this Dockerfile (${namedInUnplaced} names it, in a build whose context ctx-audit cannot read)`
      : unplaced === 0
      ? 'no workflow, Compose or Bake file builds this Dockerfile'
      : `no workflow, Compose or Bake file ctx-audit can read builds this Dockerfile (${unplaced === 1 ? 'a workflow build is' : `${unplaced} workflow builds are`} known only when the workflow runs)`;
  // A Dockerfile docker cannot read fails whatever its context, but only a build of it fails:
  // bizosaas' misc/services/bizoholic-frontend/Dockerfile.temp, a committed merge conflict nothing builds.
  if (f.ruleId === 'CTX100') return { ...f, severity: 'warning', message: `${f.message} (${nobody}: a warning at most)`, data: { ...f.data, contextGuessed: true } };
  // A warning says so too (sweep 51/I-F5: `COPY .` "copies the whole context (4 files) into the image"
  // of a directory nothing builds from gave no hint that the context was a guess, as its errors do).
  if (f.severity === 'warning') return { ...f, message: `${f.message} (if it is built from ${context}: ${nobody}, so that context is ctx-audit's choice)`, data: { ...f.data, contextGuessed: true } };
  return {
    ...f,
    severity: 'warning',
    message: `${f.message} (if it is built from ${context}: ${nobody}, so that context is ctx-audit's choice, and a step may assemble another; a warning at most)`,
    data: { ...f.data, contextGuessed: true },
  };
}

/** The stages every stage's FROM chain holds (a base all are built on), by index; at most 256 stages read. */
function stagesEveryStageNeeds(parsed: ParsedDockerfile): Set<number> {
  const st = parsed.stages.slice(0, 256);
  const parent = (i: number) => {
    const b = st[i].base.toLowerCase();
    return st.findIndex((s, k) => k < i && (s.name === b || String(k) === b));
  };
  let common: number[] | null = null;
  for (let i = 0; i < st.length; i++) {
    const chain = new Set<number>();
    for (let k = i, n = 0; k >= 0 && n < 256; k = parent(k), n++) chain.add(k);
    common = common === null ? [...chain] : common.filter((x) => chain.has(x));
  }
  return new Set(common ?? []);
}

/** The index of the stage a Dockerfile line lies in (-1 before the first FROM). */
function stageAtLine(parsed: ParsedDockerfile, line: number): number {
  let at = -1;
  for (const s of parsed.stages) if (s.line <= line) at = s.index;
  return at;
}

/**
 * Whether every COPY/ADD a finding names (`copiedBy`) writes under each of `targets` (absolute container
 * paths), its destination taken against its WORKDIR.
 */
function copiedUnder(f: Finding, targets: readonly string[], parsed?: ParsedDockerfile): boolean {
  const by = f.data?.copiedBy;
  if (!Array.isArray(by) || by.length === 0 || parsed === undefined) return false;
  const sources = parsed.stages.flatMap((st) => st.sources);
  return by.every((c: { line?: unknown; via?: unknown }) => {
    if (c.via !== undefined) return false;
    const s = sources.find((x) => (x.line === c.line || x.instructionLine === c.line) && typeof x.dest === 'string');
    if (s === undefined || typeof s.dest !== 'string') return false;
    const dest = path.posix.resolve(s.workdir ?? '/', s.dest);
    return targets.every((t) => dest === t || dest.startsWith(t === '/' ? '/' : t + '/'));
  });
}

/** Size findings a COPY raised that the image keeps where it is built (BuildTarget.localImage). */
const LOCAL_IMAGE_CAPPED: ReadonlySet<string> = new Set(['CTX001', 'CTX003']);

/**
 * A size finding raised because a COPY takes the path into an image that never leaves the machine
 * that builds it (notifications-backend's Sonar scan image, run once with the `.git` its Maven plugin
 * reads): the cost is the build's, nothing ships; a warning at most, saying so. Secrets keep theirs
 * (a local image is still a copy on disk), but for one git tracks.
 */
function asLocalImage(f: Finding, local: { names: string[]; ranBy: string; idFile?: true; untagged?: true; hiddenUnder?: string[] }, parsed?: ParsedDockerfile): Finding {
  // A secret keeps its error, unless git tracks it: then the image, which stays here, holds nothing the
  // repository's readers cannot already read (synapse's committed manhole host key in its
  // localhost/synapse-editable dev image; sweep 47/E-F1).
  const committedSecret = (f.ruleId === 'CTX201' || f.ruleId === 'CTX202') && f.data?.committed === true;
  if (f.severity !== 'error' || !(LOCAL_IMAGE_CAPPED.has(f.ruleId) || committedSecret) || f.data?.copiedBy === undefined) return f;
  // A run that serves it hides only what it mounts its own directory over (`-v .:/opengist -p 6157:6157`):
  // every COPY that puts this path in the image must write under each such mount (sweep 52/Q-F1).
  if (local.hiddenUnder !== undefined && local.hiddenUnder.length > 0 && !copiedUnder(f, local.hiddenUnder, parsed)) return f;
  const hidden = local.hiddenUnder !== undefined && local.hiddenUnder.length > 0 ? `, and every run that serves it bind-mounts the checkout over ${local.hiddenUnder.join(', ')}, where its COPY put this` : '';
  if (local.untagged) {
    return {
      ...f,
      severity: 'warning',
      message: `${f.message} (an image nothing names: ${local.ranBy} builds this stage with no tag, push or output, for what its RUN steps do, and no other build here ships it; a warning at most)`,
      data: { ...f.data, localImage: { ranBy: local.ranBy } },
    };
  }
  const names = local.idFile ? `the image whose id ${local.names.join(', ')} holds` : local.names.join(', ');
  return {
    ...f,
    severity: 'warning',
    message: `${f.message} (an image that stays where it is built: ${local.ranBy} runs or scans ${names}, and no workflow, script, Makefile, Compose file or other CI pipeline here pushes, tags or saves it${hidden}; a warning at most)`,
    data: { ...f.data, localImage: { ranBy: local.ranBy } },
  };
}

/**
 * `.git` in a Docker container action's build (phpDocumentor's action.yml, `image: Dockerfile`, whose
 * Dockerfile copies the whole directory): a workflow that uses the action as `owner/repo@ref` has the
 * runner build it from a tarball of the ref, with no `.git`; one that uses it from its own checkout
 * (`uses: ./`) builds and runs it there, once. Either way no image with it ships: a warning at most.
 */
function asContainerAction(f: Finding): Finding {
  const inGit = f.path === '.git' || f.path?.startsWith('.git/') === true;
  if (f.severity !== 'error' || !LOCAL_IMAGE_CAPPED.has(f.ruleId) || !inGit) return f;
  return {
    ...f,
    severity: 'warning',
    message: `${f.message} (a Docker container action: the Actions runner builds it from a tarball of the ref, without .git, for a workflow that uses it by owner/repo@ref, and from the checkout only for one that uses it locally, where it runs once; a warning at most)`,
    data: { ...f.data, containerAction: true },
  };
}

/**
 * A Git-context build (build-push-action with no `context:`, bake-action v6+ with no `source:`) in a directory whose git index cannot
 * be read (a source archive, no .git): what the commit holds is unknown, so it is not audited.
 */
function unreadableCommit(t: BuildTarget, opts: MultiOptions): string | null {
  if (!t.gitContext || commitReadable(t.context, opts.repository)) return null;
  return 'it builds the Git context of the commit, and this directory has no git index to read what the commit holds; not audited';
}

export function runTargets(targets: readonly BuildTarget[], opts: MultiOptions): MultiAuditResult {
  const walks = { requested: 0, performed: 0, contexts: 0 };
  const walk = memoizedWalk(walks);
  const secretScans: SecretScanCache = new Map<string, readonly SecretHit[]>();
  const reports: TargetReport[] = [];
  const findings: TargetFinding[] = [];
  const unplaced = targets.filter((t) => t.unlocated === true).length;
  const deduped = dedupe(targets);
  const others = otherBuildsOf(deduped, opts);
  for (const group of deduped) {
    const { target: t, names, declaredIn } = group;
    const report: TargetReport = {
      // One build a job runs in many steps (horovod's ci.yaml: one `compose build`, then ~45 `compose run`s of the
      // same service per image) is one target: its name gives the first few, and how many more (the table was
      // 5 MB, a name 60 kB; sweep 52/T-F1). `names` keeps them all.
      name: names.length <= MAX_NAMES_SHOWN ? names.join(', ') : `${names.slice(0, MAX_NAMES_SHOWN - 1).join(', ')} (and ${names.length - MAX_NAMES_SHOWN + 1} more)`,
      names,
      declaredIn,
      kind: t.kind,
      context: opts.fetched?.get(t)?.label ?? t.context,
      // (A workflow build whose -f a shell variable names is no build of the default file: the column says so; sweep 52/R-F1.)
      dockerfile: t.dockerfileInline !== undefined ? INLINE_LABEL : t.dockerfile ? path.relative(t.context, t.dockerfile) || t.dockerfile : t.unlocated === true ? '–' : 'Dockerfile',
      stage: t.target ?? null,
      args: t.args,
      namedContexts: { ...t.namedContexts, ...opts.namedContexts },
      result: null,
      error: t.error ?? null,
      skipped: t.skipReason ?? missingIgnoredContext(t, opts) ?? unreadableCommit(t, opts),
      counts: { error: 0, warning: 0, info: 0 },
    };
    reports.push(report);
    // Interpolated values as their ${NAME}; a URL's credentials (a remote context, a named context) as ***.
    const hide = hiderFor(t.redaction);
    if (!report.skipped && !report.error) {
      try {
        // (A stage every merged build asks for is named by all of them: fixing one file leaves the others; RA-R4.)
        // (The first four, then how many more: 300 workflows made a 14 kB message; RB-D2.)
        const askers = t.target === undefined ? [] : [...new Set(group.askers)];
        const shown = askers.length > 5 ? [...askers.slice(0, 4), `${askers.length - 4} more`] : askers;
        report.result = auditOne(shown.length > 1 ? { ...t, stageNamedBy: `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` } : t, opts, walk, secretScans, others.get(t));
        if (t.builder !== undefined && t.builder !== opts.builder) {
          const message = t.builder === 'legacy' ? `audited for the legacy builder: ${t.declaredIn} runs \`docker build\` with DOCKER_BUILDKIT=0` : `audited for BuildKit, the builder ${t.declaredIn} runs`;
          report.result.context.notices.unshift({ path: t.declaredIn, message });
        }
        for (const [name, m] of Object.entries(t.madeNamedContexts ?? {})) {
          report.result.context.notices.unshift({ path: t.declaredIn, message: `named context "${name}" (${m.value}) is made by ${m.step} before the build: not in the checkout, not read` });
        }
        const f = opts.fetched?.get(t);
        if (f) {
          report.result.context.root = f.label;
          report.result.context.notices.unshift(f.notice);
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        report.error = e.message;
      }
    }
    // An image that stays where it is built says why first (fluxcd's fuzz image: Makefile:194 builds it and
    // runs it --rm; the test-directory reason said no workflow builds it, while CI runs that make goal;
    // sweep 49/D-F4). What it does not cap, the test-directory reason may.
    if (report.result && t.localImage) {
      const local = t.localImage;
      const parsed = report.result.crossCheck?.parsed;
      report.result.findings = report.result.findings.map((f) => asLocalImage(f, local, parsed));
    }
    if (report.result && (t.testInput || t.templateInput || t.devContainer)) report.result.findings = report.result.findings.map((f) => asTestInput(f, t));
    if (report.result && t.containerAction) report.result.findings = report.result.findings.map(asContainerAction);
    // A recipe whose stage its caller chooses: the last stage was audited in its place (review of 2a51c92).
    // (Not at a line of a stage every stage is built on, a Dockerfile's only one too: no stage its caller picks
    // goes without it; the reviews of 6ccf5e71, RA-R3, and of 270a124a, RB-R8.)
    if (report.result && t.stageUnknown) {
      const parsed = report.result.crossCheck?.parsed;
      const shared = parsed === undefined ? new Set<number>() : stagesEveryStageNeeds(parsed);
      const dockerfile = report.result.context.dockerfile;
      const needed = (f: Finding) => parsed !== undefined && typeof f.line === 'number' && f.file === dockerfile && shared.has(stageAtLine(parsed, f.line));
      report.result.findings = report.result.findings.map((f) =>
        f.severity === 'error' && !needed(f) ? { ...f, severity: 'warning' as const, message: `${f.message} (the last stage, audited in place of the one ${t.placedBy ?? 'the recipe'} builds, which its caller chooses: a warning at most)`, data: { ...f.data, stageUnknown: true } } : f,
      );
    }
    if (report.result && t.contextGuessed) {
      const shown = path.relative(opts.cwd, t.context) || '.';
      report.result.findings = report.result.findings.map((f) => asGuessedContext(f, shown, unplaced, t.copiedAway, t.archivedBy, t.namedBySkipped, t.namedByUnbuilt, t.namedInUnplaced));
    }
    if (report.result) {
      report.dockerfile = report.result.context.dockerfile;
      for (const f of report.result.findings) {
        report.counts[f.severity]++;
        findings.push({ ...redactFinding(f, hide), target: report.name });
      }
    }
    redactReport(report, hide);
  }
  return { schemaVersion: 1, baseDir: opts.baseDir, targets: reports, findings, walks };
}
