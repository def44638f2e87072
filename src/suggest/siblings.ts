// The other Dockerfiles built from the same context, which read the same `.dockerignore`: a change
// `suggest` verifies against one Dockerfile must not drop what another one copies. headscale builds
// Dockerfile.integration (`COPY . .`, then `go build ./cmd/headscale`) and Dockerfile.wasmclient
// from the repository root; `suggest -f Dockerfile.wasmclient` proposed excluding cmd/.
// Found as `--all` finds builds (src/targets/discover.ts): Dockerfiles, Compose and Bake files,
// GitHub workflow builds, each with the context they are built from.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RepoBoundary } from '../context/boundary.js';
import { byteStringToText, toByteString } from '../context/bytes.js';
import { cleanPath } from '../context/ignore-file.js';
import { readRegularFile } from '../context/read-regular.js';
import { recipeWrites } from '../context/build-scripts.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { matchesPattern, matchesPrefix, variablePattern, type PatternToken } from '../context/variable-pattern.js';
import { hasWildcard, splitAtWildcard } from '../rules/paths.js';
import { discoverTargets } from '../targets/discover.js';
import { onbuildBase } from './onbuild.js';
import { isLocalContextValue } from '../targets/named-context.js';
import { isRemoteContext, type BuildTarget } from '../targets/target.js';
import { BUILDER_TEMPLATE, GORELEASER_SKIP, makefileBuilds, packageScriptBuilds, scriptBuilds } from '../targets/repo-builds.js';
import { gitOracles } from '../rules/gitignore.js';

interface SiblingSource {
  /** The literal components of the path (byte strings), then the first one with a wildcard, if any. */
  literal: string[];
  wildcard: string | null;
  /** It copies the whole context (`.`), or a path nobody can know before the build (an unset ARG). */
  whole: boolean;
  label: string;
  /** It only may copy what it names (a builder image's ONBUILD, by the image's name). */
  may?: true;
  /**
   * A source whose wildcard is a variable (`./$ENV/nginx.conf`), read in `root`: the literal
   * components after it. Excluding a directory the variable may name takes something only when that
   * directory holds them (`test/nginx.conf`); with any other value the COPY fails anyway.
   */
  after?: { root: string; rest: string[] };
  /** A source naming a build arg, read as a pattern of the paths another value makes it (a variable may hold slashes). */
  pattern?: PatternToken[];
}

export interface Sibling {
  /** Context-relative (or as found) path of the Dockerfile, for messages. */
  name: string;
  text: Buffer;
  sources: SiblingSource[];
  /**
   * A build of this context whose Dockerfile a step before it makes (growthbook's preview workflow
   * concatenates Dockerfile and preview/Dockerfile.append): what it copies is not known here.
   */
  unknown?: true;
  /** Why an unknown one is not known, when not that (the reason siblingNeeds gives, whole). */
  unknownWhy?: string;
  /** What an unknown one builds, when not "a Dockerfile that a step before it makes" (`a Dockerfile it reads from stdin`). */
  unknownWhat?: string;
  /** How it reads this directory, when not as its build context (a named context: `reads it through this ignore file`). */
  reads?: string;
}

/** What an unknown sibling builds, as a reason names it. */
export const unknownBuild = (sb: Sibling): string => sb.unknownWhat ?? 'a Dockerfile that a step before it makes';

/**
 * Build files are looked for this many directories down from the context (`docker/Dockerfile`,
 * `apps/web/Dockerfile`, `deploy/compose/prod/compose.yaml`): a full search of a 100k-file tree
 * cost `suggest` two seconds (issue 18's target 3 is `suggest` within 3x one audit).
 */
const SIBLING_DEPTH = 4;
/**
 * At most this many other Dockerfiles are read (KasmVNC builds 54 from its root). Past it the rest
 * are builds whose sources are not known here, and count as such (siblingNeeds), never as absent.
 */
export const MAX_SIBLINGS = 256;

/** How a sibling with its own `<Dockerfile>.dockerignore` is named: it reads this file only when the legacy builder builds it. */
// (Not its whole-context COPY: with a <Dockerfile>.dockerignore its builds are BuildKit's, and a
// DOCKER_BUILDKIT=0 build the repository shows, as a workflow's, is read in full. unkey's root
// Dockerfile: the old wording promised every change was checked against it; sweep 46/D.)
const LEGACY_ONLY = ' (for a legacy build of it, only the paths it names, not all its COPY . takes; BuildKit reads its own <Dockerfile>.dockerignore)';
/** Whether BuildKit reads `<Dockerfile>.dockerignore` for this Dockerfile (a regular file, or a link to one, beside it). */
const hasOwnIgnoreFile = (dockerfile: string) => fs.statSync(dockerfile + '.dockerignore', { throwIfNoEntry: false })?.isFile() === true;

const realOr = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/**
 * The Dockerfiles other than `mainAbs` that a build in the repository makes from `root` as its
 * context, sorted by name. Only when the edited file is `.dockerignore` (a `<Dockerfile>.dockerignore`
 * is that Dockerfile's alone). Whatever cannot be discovered or read is left out. `sentFiles`:
 * context-relative paths the audit's walk listed, searched for Dockerfiles at any depth.
 */
export function siblingDockerfiles(
  root: string,
  mainAbs: string | null,
  repository: RepoBoundary | undefined,
  env: Record<string, string | undefined>,
  sentFiles: readonly string[] = [],
  /** Filled with a build of this context that passes BUILDKIT_CONTEXT_KEEP_GIT_DIR=1: it wants `.git`. */
  found: { keepsGitDir?: string } = {},
): Sibling[] {
  let targets: BuildTarget[];
  try {
    // Deeper than SIBLING_DEPTH, the Dockerfiles among the files the audit's walk listed (feast builds
    // java/infra/docker/feature-server/Dockerfile, five directories down, from the root), git-ignored
    // ones too: awx's Makefile generates Dockerfile and Dockerfile.dev from a template (both ignored)
    // and builds each from the root; suggest -f Dockerfile.dev proposed excluding awx/ and _build/.
    targets = discoverTargets(root, { cwd: root, env, repository, maxDepth: SIBLING_DEPTH, knownFiles: sentFiles, knownIgnoredToo: true }).targets;
  } catch {
    // Nothing --all would audit ("no build found": a Containerfile is no Dockerfile name): the
    // Makefiles and scripts below may still build from this context.
    targets = [];
  }
  const realRoot = realOr(root);
  const main = mainAbs === null ? null : realOr(mainAbs);
  const seen = new Map<string, { name: string; args: Record<string, string>; legacyOnly?: true }>();
  const unknown: Sibling[] = [];
  // The repository's root: the boundary's, else a directory holding .git (a bare suggest() call).
  const atRepoRoot = repository !== undefined ? realOr(repository.root) === realRoot : fs.existsSync(path.join(root, '.git'));
  let builderTemplate = false;
  // Builds given this directory as a named context (`--build-context root=../..`, Compose
  // `additional_contexts`, Bake `contexts`): BuildKit sends it through its own .dockerignore, this one
  // (formancehq/ledger's tools/generator: `COPY --from=root pkg pkg`; suggest proposed excluding pkg,
  // internal and cmd; sweep 49/C-F4).
  const named: { key: string; name: string; ctxName: string; file: string; inline?: string; args: Record<string, string> }[] = [];
  for (const t of targets) {
    if (t.error !== undefined || t.outsideCheckout === true) continue;
    for (const [n, value] of Object.entries(t.namedContexts)) {
      if (!isLocalContextValue(value) || realOr(path.resolve(root, value)) !== realRoot) continue;
      // A Dockerfile on stdin (`cat gen.Dockerfile | docker buildx build --build-context root=../.. -f - .`): its text.
      const file = t.dockerfileFrom ?? t.dockerfile ?? path.resolve(root, t.context, 'Dockerfile');
      const rel = t.dockerfileInline !== undefined && t.dockerfileFrom === undefined ? t.name : path.relative(realRoot, realOr(file)).split(path.sep).join('/');
      const key = `${t.dockerfileInline !== undefined ? t.name : realOr(file)}\0${n}`;
      if (!named.some((x) => x.key === key)) named.push({ key, name: `${rel} (${t.placedBy !== undefined ? `${t.placedBy}, ` : ''}given this directory as its named context "${n}")`, ctxName: n, file, ...(t.dockerfileInline !== undefined ? { inline: t.dockerfileInline } : {}), args: t.args });
    }
  }
  for (const t of targets) {
    if (t.error !== undefined || isRemoteContext(t.context)) continue;
    if (t.outsideCheckout === true) continue;
    // A Dockerfile from stdin: the recipes' own reading below holds it (once).
    if (t.dockerfileInline !== undefined && t.placedBy !== undefined) continue;
    if (t.skipReason?.startsWith('its Dockerfile comes from') === true) continue;
    // PowerDNS' builder renders its fragments (@EXEC lines that write `COPY contrib ...`) and builds
    // the result from the repository root: suggest proposed excluding contrib and regression-tests.
    if (atRepoRoot && !builderTemplate && t.skipReason?.startsWith(BUILDER_TEMPLATE) === true) {
      builderTemplate = true;
      unknown.push({ name: `${t.name} (a pdns-builder template, rendered and built from the repository root)`, text: Buffer.alloc(0), sources: [], unknown: true });
      continue;
    }
    // A Git context (build-push-action with no `context:`) reads no ignore file, but the same
    // Dockerfile built from this directory by hand or by a script does (docker-baseimage-gui's CI
    // builds Dockerfile.common as a Git context, its dev/build-image.sh from the root; suggest .
    // proposed excluding src, helpers and rootfs, which it copies): still a reader of this one.
    if (realOr(path.resolve(root, t.context)) !== realRoot) continue;
    // Icinga/icinga-notifications' docker.yml passes it "to allow including the commit in the
    // --version output" (go build stamps it from .git): the project keeps .git on purpose.
    if (found.keepsGitDir === undefined && t.skipReason === undefined && /^(?:1|true)$/i.test(t.args.BUILDKIT_CONTEXT_KEEP_GIT_DIR ?? '')) found.keepsGitDir = t.name;
    // GoReleaser builds it in a directory of its own, but a Dockerfile in this directory is what `docker
    // build -f NAME .` of it reads, as the context's own Dockerfile is (filebrowser's Dockerfile.s6, which
    // copies docker/s6: suggest proposed excluding it; sweep 48/C-F2).
    if (t.skipReason?.startsWith(GORELEASER_SKIP) === true && t.dockerfile !== undefined && fs.lstatSync(t.dockerfile, { throwIfNoEntry: false })?.isFile() === true) {
      const abs = realOr(t.dockerfile);
      const own = hasOwnIgnoreFile(t.dockerfile);
      const rel = path.relative(realRoot, abs).split(path.sep).join('/');
      if (abs !== main && !seen.has(abs)) seen.set(abs, { name: `${rel} (for docker build -f ${rel}; ${t.declaredIn} builds it in a directory of its own)` + (own ? LEGACY_ONLY : ''), args: {}, ...(own ? { legacyOnly: true as const } : {}) });
      continue;
    }
    if (t.skipReason !== undefined || t.dockerfileRewritten === true) {
      // A recipe's (read below, where a git-ignored one is generated first and another is stale).
      if (t.staleRecipe === true) continue;
      // Built from this context with a Dockerfile the checkout does not hold (a step makes it), or one a
      // step writes or edits in place first (dbt-bouncer's CI inserts `COPY . .` with `sed -i`: suggest
      // proposed excluding src/, which that build copies; audited as committed, not skipped).
      const file = t.dockerfile ?? path.resolve(root, t.context, 'Dockerfile');
      // (One whose path holds values known only when the workflow runs, a matrix from a job's output, is made by no
      // step: serversideup/docker-php's `file: src/variations/${{ matrix.php_variation }}/Dockerfile`; sweep 56/U-F2. It
      // may be any Dockerfile, whatever this directory holds: a root Dockerfile beside `file: ${{ matrix.df }}` let suggest
      // drop what the matrix's one copies; the review of 2b89f5ae, RA-R8.)
      const atRunTime = t.unlocated === true && /known only when the workflow runs/.test(t.skipReason ?? '');
      const missing = atRunTime || (!fs.existsSync(file) && !fs.existsSync(path.join(path.dirname(file), 'dockerfile')));
      if (t.kind === 'dockerfile' && (missing || t.dockerfileRewritten === true)) {
        unknown.push({ name: t.name, text: Buffer.alloc(0), sources: [], unknown: true, ...(atRunTime ? { unknownWhat: 'a Dockerfile it names by values known only when the workflow runs' } : missing ? {} : { unknownWhat: 'a Dockerfile that a step before it rewrites' }) });
      }
      continue;
    }
    const given = t.dockerfile ?? path.resolve(root, t.context, 'Dockerfile');
    // BuildKit reads `<Dockerfile>.dockerignore` beside it instead of this one (abe-stack's
    // infra/docker/Dockerfile.dockerignore); the legacy builder reads this one (skf-flask's api
    // Dockerfile, which its comment says builds without BuildKit: suggest for the angular one
    // excluded the api's entrypoint.sh and skf/). What it names is kept; what only a whole-context
    // COPY or a RUN of it would read is not held back for it (legacyOnly).
    const own = t.builder !== 'legacy' && hasOwnIgnoreFile(given);
    const abs = realOr(given);
    if (abs === main || seen.has(abs)) continue;
    const rel = path.relative(realRoot, abs);
    const shown = rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
    seen.set(abs, { name: (t.placedBy !== undefined ? `${shown} (${t.placedBy})` : shown) + (own ? LEGACY_ONLY : ''), args: t.args, ...(own ? { legacyOnly: true as const } : {}) });
  }
  // What the Makefiles, shell scripts and package.json scripts the walk listed build from this context (fluxcd's `docker
  // build . -f tests/fuzz/Dockerfile.builder`; BentoML's tools/generate-grpc-stubs): for suggest,
  // more readers of the ignore file.
  let ignored: ((p: string, isDir: boolean) => boolean) | null | undefined;
  const piped: Sibling[] = [];
  for (const b of [...makefileBuilds(root, sentFiles), ...scriptBuilds(root, sentFiles), ...packageScriptBuilds(root, sentFiles)]) {
    if (realOr(b.context) !== realRoot) continue;
    // A Dockerfile piped in (`-f -`; mediamtx's release binaries: `echo "$$DOCKERFILE_BINARIES" |
    // docker build . -f -`, whose `COPY . ./` then `go generate` needs internal/, scripts/ and .git):
    // the make `define` it echoes, else a build whose sources are not known here.
    if (b.stdin !== undefined) {
      if (b.stdin === null) unknown.push({ name: b.name, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhat: 'a Dockerfile it reads from stdin' });
      else piped.push(siblingOf(`${b.name} (its Dockerfile from stdin: ${b.stdin.file === true ? b.stdin.from : `make's ${b.stdin.from}`})`, Buffer.from(b.stdin.text), b.args, root));
      continue;
    }
    const givenFile = b.dockerfile ?? path.join(b.context, 'Dockerfile');
    const own = hasOwnIgnoreFile(givenFile);
    const abs = realOr(givenFile);
    if (abs === main || seen.has(abs)) continue;
    const rel = path.relative(realRoot, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (!fs.existsSync(abs)) {
      // A Dockerfile the recipe builds that git ignores and the checkout lacks is generated first
      // (cloudnative-pg's `make olm-bundle`: operator-sdk writes bundle.Dockerfile, which copies
      // bundle/): a build whose sources are not known here. A missing one git does not ignore is
      // taken for a stale recipe.
      ignored ??= gitOracles(root, []).isIgnored;
      // Or one the recipe itself writes before it builds, ignored or not (`echo "COPY docs /docs" >>
      // docs.Dockerfile`, then `docker build -f docs.Dockerfile .`: suggest proposed excluding docs; sweep 49/D-F1).
      const generated = (ignored !== null && ignored(toByteString(rel.split(path.sep).join('/')), false)) || recipeWrites(root, b.name, abs);
      if (generated && !unknown.some((u) => u.name.startsWith(rel))) {
        unknown.push({ name: `${rel.split(path.sep).join('/')} (${b.name}; generated before the build)`, text: Buffer.alloc(0), sources: [], unknown: true });
      }
      continue;
    }
    seen.set(abs, { name: `${rel.split(path.sep).join('/')} (${b.name})` + (own ? LEGACY_ONLY : ''), args: b.args, ...(own ? { legacyOnly: true as const } : {}) });
  }
  // The context's own Dockerfile is what a plain `docker build .` of it reads, whatever CI builds it
  // from (syncthing's README builds the root Dockerfile from the root; its CI from a ctx/ directory
  // of binaries): suggest -f Dockerfile.stcrashreceiver proposed excluding the cmd/, lib/ and
  // script/ that build copies.
  for (const n of ['Dockerfile', 'dockerfile']) {
    const file = path.join(root, n);
    if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile() !== true) continue;
    const abs = realOr(file);
    if (abs !== main && !seen.has(abs)) {
      const own = hasOwnIgnoreFile(file);
      seen.set(abs, { name: `${n} (what a plain docker build of this context reads)` + (own ? LEGACY_ONLY : ''), args: {}, ...(own ? { legacyOnly: true as const } : {}) });
    }
    break;
  }
  const out: Sibling[] = [];
  const all = [...seen].sort((a, b) => (a[1].name < b[1].name ? -1 : 1));
  if (all.length > MAX_SIBLINGS) {
    const more = all.length - MAX_SIBLINGS;
    const unknownWhy = `${all.length} other Dockerfiles are built from this context and ${more} of them were not read (past ${MAX_SIBLINGS}): what they copy is not known here, and this Dockerfile not using a path says nothing about it`;
    unknown.push({ name: `${more} more Dockerfiles built from this context`, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhy });
  }
  for (const [abs, { name, args, legacyOnly }] of all.slice(0, MAX_SIBLINGS)) {
    let text: Buffer;
    try {
      text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 });
    } catch {
      continue;
    }
    const sb = siblingOf(name, text, args, root);
    out.push(legacyOnly ? { ...sb, sources: sb.sources.filter((x) => !x.whole) } : sb);
  }
  out.push(...piped.sort((a, b) => (a.name < b.name ? -1 : 1)));
  for (const nc of named.sort((a, b) => (a.name < b.name ? -1 : 1)).slice(0, MAX_SIBLINGS)) {
    let text: Buffer;
    try {
      text = nc.inline !== undefined ? Buffer.from(nc.inline) : readRegularFile(nc.file, { noFollow: true, maxBytes: 1 << 20 });
    } catch {
      // Not in the checkout (a step makes it): what it takes from this directory is not known here.
      const unknownWhy = `${nc.name} reads it through this ignore file with a Dockerfile the checkout does not hold: what it copies from it is not known here, and this Dockerfile not using a path says nothing about it`;
      unknown.push({ name: nc.name, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhy });
      continue;
    }
    out.push(siblingOf(nc.name, text, nc.args, root, nc.ctxName));
  }
  return [...out, ...unknown.sort((a, b) => (a.name < b.name ? -1 : 1)).slice(0, MAX_SIBLINGS)];
}

/**
 * A Dockerfile built from the context, with the sources of every stage: which one a build targets is
 * not known here, and each may be built. With `named`, a Dockerfile given the context as that named
 * context: its sources are what it takes `--from=` that name.
 */
export function siblingOf(name: string, text: Buffer, args: Record<string, string>, root?: string, named?: string): Sibling {
  const parsed = parseDockerfile(text, { buildArgs: args });
  const sources = parsed.stages
    .flatMap((s) => s.sources)
    // A tmpfs mount reads nothing from the context (it makes BuildKit request all of it, a quirk of
    // its transfer, but copies nothing): dragonfly's RUN --mount=type=tmpfs held back every change.
    .filter((s) => (named === undefined ? s.fromContext : takesFrom(s, named)) && (s.mountType === null || s.mountType === 'bind'))
    .map((s): SiblingSource => {
      // `../sdk` is joined under the root by BuildKit (highlight's docker/*.Dockerfile, built from
      // the root): it copies `sdk`. The legacy builder fails on it, so nothing is lost either way.
      const { literal, wildcard, components } = splitAtWildcard(cleanPath('/' + s.source));
      const label =
        named !== undefined && s.instruction === 'RUN --mount'
          ? `RUN --mount=from=${s.from}${s.raw === '' ? '' : `,source=${s.raw}`} (line ${s.line})`
          : `${s.instruction} ${named === undefined ? '' : `--from=${s.from} `}${s.raw === '' ? '(no source)' : s.raw} (line ${s.line})`;
      // An ARG nobody sets, after literal components (`COPY ./bin/${SERVICE}`, exposure-notifications'
      // and KAI-Scheduler's service Dockerfiles): whatever it is given, the path lies under them.
      if (s.openArgs.length > 0) {
        const written = s.raw.split('/').filter((c) => c !== '' && c !== '.');
        const at = written.findIndex((c) => c.includes('$'));
        const prefix = at < 0 ? [] : written.slice(0, at);
        if (prefix.length > 0 && !prefix.some((c) => c === '..' || /[*?[\\]/.test(c))) return { literal: prefix.map(toByteString), wildcard: '*', whole: false, label };
      }
      return { literal, wildcard, whole: s.openArgs.length > 0 || components === 0, label };
    });
  // A source naming an ARG copies another path with another --build-arg, one a build this directory
  // cannot see passes (docker-symfony-api's nginx Dockerfile, `COPY ./$BUILD_ARGUMENT_ENV/nginx.conf`,
  // default dev, built with test and staging by its CI from the repository root: `suggest docker -f
  // docker/elasticsearch/Dockerfile` proposed excluding test/ and staging/).
  // The same for what a build given this directory as a named context takes --from it: one Dockerfile two
  // recipes build with different values was read with the first one's only (the review of stop 49, A F2).
  const variable = variableSources(text, root, named).map((v) => ({ ...v, label: `${v.label}, with another --build-arg,` }));
  // `FROM <name>`: a stage on the named context is the whole directory (the review of b18d3dfe, F3).
  const fromNamed = named === undefined ? undefined : parsed.stages.find((st) => st.base.toLowerCase() === named.toLowerCase());
  if (fromNamed) sources.push({ literal: [], wildcard: null, whole: true, label: `FROM ${fromNamed.base}` });
  // Built FROM an ONBUILD image (by its name or tag, or a builder image its stage copies nothing into):
  // its ONBUILD COPY takes what no line names, as this build's own suggest says (plone-backend's
  // Dockerfile.dev, `FROM plone/server-builder`, built from the root as Dockerfile.prod is: suggest for
  // Dockerfile.prod excluded news/ and test/, which its own run held back; sweep 52/P-F2).
  // (Said as surely as that build's own suggest says it: a builder image by its name is a guess; the review of bde9b3a5, RA-R7.)
  const onbuild = named === undefined ? onbuildBase(parsed, parsed.stages.map((_, i) => i)) : null;
  if (onbuild !== null) {
    sources.push(
      onbuild.kind === 'onbuild'
        ? { literal: [], wildcard: null, whole: true, label: `FROM ${onbuild.base} (line ${onbuild.line}), an ONBUILD image whose ONBUILD COPY runs in that build,` }
        : { literal: [], wildcard: null, whole: true, may: true, label: `FROM ${onbuild.base} (line ${onbuild.line}), by its name a builder image whose own ONBUILD instructions, if it has them,` },
    );
  }
  return { name, text, sources: [...sources, ...variable], ...(named === undefined ? {} : { reads: 'reads it through this ignore file' }) };
}

/** A source a Dockerfile takes `--from=` the named context `named` (names ignore case, as BuildKit's do). */
function takesFrom(s: { external: string | null; from: string | null }, named: string): boolean {
  return s.external === 'from' && s.from?.toLowerCase() === named.toLowerCase();
}

/**
 * Why excluding `targets` (context-relative byte strings) would take from another Dockerfile what
 * it copies, or null. A sibling that copies the whole context blocks only a path proposed because
 * the Dockerfile does not use it (`unusedOnly`, CTX004): heavy directories, secrets and git-ignored
 * files are proposed under a whole-context COPY anyway, with what they stop sending.
 */
export function siblingNeeds(siblings: readonly Sibling[], targets: readonly string[], unusedOnly: boolean, holds?: (target: string) => readonly string[]): string | null {
  for (const sb of siblings) {
    if (sb.unknown === true) {
      if (unusedOnly) return sb.unknownWhy ?? `${sb.name} builds from this context ${unknownBuild(sb)}: what it copies is not known here, and this Dockerfile not using a path says nothing about it`;
      continue;
    }
    for (const src of sb.sources) {
      if (src.whole) {
        if (unusedOnly) return `${sb.name} ${sb.reads ?? 'is built from this context too'} and ${src.label} ${src.may === true ? 'may copy' : 'copies'} the whole ${sb.reads === undefined ? 'context' : 'directory'}: it may need what this Dockerfile does not use`;
        continue;
      }
      const t = targets.find((x) => copies(src, x, holds));
      if (t !== undefined) return `${sb.name} ${sb.reads ?? 'is built from this context too'} and ${src.label} copies ${byteStringToText(t)}`;
    }
  }
  return null;
}

/**
 * Whether a source copies `target` (a context-relative byte string), or something below it. `holds`:
 * what the context holds at or below a path; a source naming a build arg then takes from a directory
 * only what is there (without it, anything its pattern may name below it).
 */
function copies(src: SiblingSource, target: string, holds?: (target: string) => readonly string[]): boolean {
  // (Not .git: a build arg's value that reaches into git's own directory is no way anyone builds, unless
  // the source names it.)
  if (src.pattern !== undefined && ((target !== '.git' && !target.startsWith('.git/')) || src.label.includes('.git'))) {
    const t = byteStringToText(target);
    // What it names is the target, lies below it, or holds it.
    if (matchesPattern(src.pattern, t, true)) return true;
    if (holds === undefined ? matchesPrefix(src.pattern, t + '/') : holds(target).some((p) => matchesPattern(src.pattern as PatternToken[], byteStringToText(p), true))) return true;
  }
  const tc = target.split('/');
  const n = Math.min(tc.length, src.literal.length);
  for (let i = 0; i < n; i++) if (tc[i] !== src.literal[i]) return false;
  // The literal part is shorter than the target: its wildcard must match the next component.
  if (src.literal.length < tc.length && src.wildcard !== null && !filepathMatch(src.wildcard, tc[src.literal.length])) return false;
  // The variable's directory itself: only one that holds what follows it (test/nginx.conf).
  // The value may hold slashes (`ARG CONF_DIR=conf/dev`): what follows may be some levels below.
  if (src.after !== undefined && tc.length === src.literal.length + 1) return holdsBelow(path.join(src.after.root, byteStringToText(target)), src.after.rest.map(byteStringToText), 3);
  return true;
}

/** Whether `rest` is at `dir`, or at a directory at most `depth` levels below it (at most 256 directories read). */
function holdsBelow(dir: string, rest: readonly string[], depth: number, budget = { left: 256 }): boolean {
  if (fs.existsSync(path.join(dir, ...rest))) return true;
  if (depth === 0 || --budget.left < 0) return budget.left < 0;
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return names.some((d) => d.isDirectory() && holdsBelow(path.join(dir, d.name), rest, depth - 1, budget));
}

/**
 * The Dockerfile's own sources that name a variable (`COPY shared/db/${DB_ENGINE}/`), each with the
 * variable read as `*`: another `--build-arg` makes them copy another path. bagisto's images are
 * built with DB_ENGINE=mysql and =mariadb; suggest, seeing the default only, proposed excluding
 * shared/db/mariadb.
 */
export function variableSources(dockerfile: Buffer, root?: string, named?: string): SiblingSource[] {
  const args = argNames(dockerfile);
  return parseDockerfile(dockerfile)
    .stages.flatMap((st) => st.sources)
    .filter((x) => (named === undefined ? x.fromContext : takesFrom(x, named)) && (x.mountType === null || x.mountType === 'bind') && namesBuildArg(x.raw, args))
    .map((x): SiblingSource => {
      const label = `${x.instruction} ${named === undefined ? '' : `--from=${x.from} `}${x.raw} (line ${x.line})`;
      // A source longer than any real path copies anything, and is not scanned further (bounded time).
      if (x.raw.length > 4096) return { literal: [], wildcard: null, whole: true, label };
      const pattern = cleanPath('/' + toByteString(x.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '*')));
      const { literal, wildcard, components } = splitAtWildcard(pattern);
      // The components after the variable, when it is all of its component and they are literal.
      const parts = pattern.replace(/^\/+/, '').split('/').filter((c) => c !== '');
      const rest = parts.slice(literal.length + 1);
      const after = root !== undefined && wildcard === '*' && rest.length > 0 && !rest.some(hasWildcard) ? { after: { root, rest } } : {};
      // (A variable's value may hold slashes: `${KEYFILE}.crt` with KEYFILE=conf/prod copies conf/prod.crt,
      // under conf; the review of 9c4d4052. Not where the components after it decide, `after`.)
      const read = 'after' in after ? {} : { pattern: variablePattern(cleanSource(x.raw), { glob: true, dirs: true }) };
      return { literal, wildcard, whole: components === 0, label, ...after, ...read };
    });
}

/**
 * Why a source naming a build arg may copy `file` (a context-relative path, as text) with another
 * value, or null. Read as precisely as the path is written, for a single file: the variable may stand
 * for any part of a path, slashes included (`ARG CONF_DIR=conf/dev`) or nothing, but what is written
 * around it must match (`COPY ${APP}/package.json .` copies no key; `COPY ${CODE_PATH} /app` copies
 * anything).
 */
export function variableSourceTaking(dockerfile: Buffer, file: string): string | null {
  const args = argNames(dockerfile);
  for (const x of parseDockerfile(dockerfile).stages.flatMap((st) => st.sources)) {
    if (!x.fromContext || (x.mountType !== null && x.mountType !== 'bind') || !namesBuildArg(x.raw, args)) continue;
    // (A path longer than any real one is read as copying anything, and not scanned.)
    if (x.raw.length > 4096 || matchesPattern(variablePattern(cleanSource(x.raw), { glob: true, dirs: true }), file, true)) return `${x.instruction} ${x.raw} (line ${x.line}) copies another path with another --build-arg, ${file} among them`;
  }
  return null;
}

/**
 * The names a `--build-arg` can change: those the Dockerfile's ARG lines declare (global or in a stage,
 * lines continued with `\` joined), and the ENV names whose value is made from one of them (`ARG
 * BUILD_ENV=dev`, `ENV CONFIG_DIR=config/${BUILD_ENV}`; the review of ff6bf910).
 */
function argNames(dockerfile: Buffer): Set<string> {
  const text = dockerfile.toString('utf8').replace(/\\\r?\n/g, ' ');
  const out = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*ARG[ \t]+([^\n]*)$/gim)) for (const w of m[1].matchAll(/(?:^|[ \t])([A-Za-z_][A-Za-z0-9_]*)(?==|[ \t]|$)/g)) out.add(w[1]);
  // ENV K=V ... or ENV K V: each name with the text of its value.
  const envs: [string, string][] = [];
  for (const m of text.matchAll(/^[ \t]*ENV[ \t]+([^\n]*)$/gim)) {
    // (A line longer than any real one is not read: its quotes could make the scan quadratic.)
    if (m[1].length > 65536) continue;
    const pairs = [...m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)];
    if (pairs.length > 0) for (const p of pairs) envs.push([p[1], p[2]]);
    else {
      const one = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]+(.*)$/.exec(m[1]);
      if (one !== null) envs.push([one[1], one[2]]);
    }
  }
  // (At most 512 ENV names followed, and as many rounds: bounded time on a stranger's Dockerfile.)
  for (let changed = true, round = 0; changed && round < 512; round++) {
    changed = false;
    for (const [k, v] of envs.slice(0, 512)) {
      if (out.has(k)) continue;
      if ([...v.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].some((r) => out.has(r[1]))) {
        out.add(k);
        changed = true;
      }
    }
  }
  return out;
}

/** Whether a source names a variable a `--build-arg` can set: one an ARG declares (`$PWD` from the image's ENV, or an ENV of the Dockerfile, it cannot; the review of 9c4d4052). */
function namesBuildArg(raw: string, args: ReadonlySet<string>): boolean {
  if (!raw.includes('$')) return false;
  for (const m of raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (args.has(m[1])) return true;
  return false;
}

/** A source as a context path: no leading `./` or `/`, no `/.` components, no trailing `/` (by scans: a regex on a run of slashes is quadratic). */
function cleanSource(raw: string): string {
  let a = 0;
  while (a < raw.length && (raw[a] === '/' || (raw[a] === '.' && raw[a + 1] === '/'))) a += raw[a] === '/' ? 1 : 2;
  let b = raw.length;
  while (b > a && raw[b - 1] === '/') b--;
  return raw.slice(a, b).split('/').filter((c, i) => c !== '.' || i === 0).join('/');
}

/** Why excluding `targets` would take what one of those sources may copy with another value, or null. */
export function variableSourceNeeds(sources: readonly SiblingSource[], targets: readonly string[], holds?: (target: string) => readonly string[]): string | null {
  for (const src of sources) {
    const t = src.whole ? targets[0] : targets.find((x) => copies(src, x, holds));
    if (t !== undefined) return `${src.label} copies another path with another --build-arg, ${byteStringToText(t)} among them`;
  }
  return null;
}
