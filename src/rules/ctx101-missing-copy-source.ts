import { crossCheckRule } from './from-cross-check.js';
import { gitIgnoresMissingPath } from './gitignore.js';
import { baseName, hasWildcard, literalComponents, text } from './paths.js';
import type { ArgDefault } from '../dockerfile/cross-check.js';
import { containsWildcards } from '../dockerfile/sources.js';
import { analyzeIgnore } from './ignore-analysis.js';
import { PatternError } from '../context/patterns.js';
import { cargoPrograms } from '../context/build-scripts.js';
import { toByteString } from '../context/bytes.js';
import { ignoreFileLocation, type RuleContext } from './rule.js';

/**
 * Packages and archives: what a build step makes (`make package`, a release pipeline), rarely what
 * a checkout holds. vector's distribution/docker/debian/Dockerfile copies `vector_*.deb`, which its
 * release script builds into target/artifacts and passes as the context.
 */
const ARTIFACT = /\.(?:deb|rpm|apk|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|tar\.zst|jar|war|ear|whl|nupkg|msi)$/i;

/**
 * Directory names build tools write their output to. A source under one that the context does not
 * have at all (temporal's docker/targets/*.Dockerfile copy ./build/amd64/temporal-server, which a CI
 * action assembles before `docker buildx bake`) names a build output; a missing file in a directory
 * the context has is more likely a mistake.
 */
const OUTPUT_DIRS = new Set(['build', 'dist', 'out', 'output', 'target', 'bin', 'release', 'releases', 'artifacts', '_build', '.build']);

/** Nix's build files at a context's root: `nix-build` or `nix build` there writes the `result` link. */
const NIX_FILES = ['flake.nix', 'default.nix', 'release.nix'];

/**
 * BuildKit's automatic platform ARGs. A source named after the target platform
 * (`authelia-${TARGETOS}-${TARGETARCH}/authelia`, shiori's `dist/shiori_${TARGETOS}_${TARGETARCH}`)
 * is one of a set of per-platform files a build step makes for a multi-platform image; a checkout
 * holds none of them.
 */
const PLATFORM_ARG = /\$\{?(?:TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;
/**
 * The Maven plugin the context's own pom.xml builds its image with (fabric8's docker-maven-plugin,
 * Spotify's dockerfile-maven-plugin), for a source under its `target/`: the plugin runs in Maven's
 * lifecycle after `package` has written the jar there (apache/shenyu's 41 examples, `ADD
 * target/shenyu-examples-http.jar`; sweep 51/H-F4). Null otherwise.
 */
/**
 * Whether a Go file is a command's source (`package main`), a library's, or not known (unreadable, no package clause
 * in its first 16 kB). The clause is the first line that starts with `package` outside `//` and `/* *\/` comments
 * (the review of cd12884b, RA-R6: a `package documentation: ...` line inside a block comment was read as one).
 */
function goPackageOf(ctx: RuleContext, path: string): 'main' | 'library' | null {
  const head = ctx.reader.readPrefix(path, 16384);
  if (head === null) return null;
  let inBlock = false;
  for (const raw of head.toString('latin1').split('\n')) {
    let l = raw;
    if (inBlock) {
      const end = l.indexOf('*/');
      if (end < 0) continue;
      l = l.slice(end + 2);
      inBlock = false;
    }
    // Block comments opened (and maybe closed) on the line, taken out.
    for (let at = l.indexOf('/*'); at >= 0 && !inBlock; at = l.indexOf('/*')) {
      const end = l.indexOf('*/', at + 2);
      if (end < 0) {
        l = l.slice(0, at);
        inBlock = true;
      } else l = l.slice(0, at) + ' ' + l.slice(end + 2);
    }
    const m = /^[ \t]*package[ \t]+([A-Za-z_]\w*)/.exec(l);
    if (m !== null) return m[1] === 'main' ? 'main' : 'library';
  }
  return null;
}

function mavenDockerPlugin(ctx: RuleContext, path: string): string | null {
  if (!path.startsWith('target/')) return null;
  const pom = ctx.entries.find((e) => e.kind === 'file' && e.path === 'pom.xml');
  if (pom === undefined) return null;
  const buf = ctx.reader.readPrefix('pom.xml', Math.min(pom.contentBytes, 1 << 20));
  return buf === null ? null : (/<artifactId>\s*(docker-maven-plugin|dockerfile-maven-plugin)\s*<\/artifactId>/.exec(buf.toString('latin1'))?.[1] ?? null);
}

/** The platform ARGs BuildKit sets itself (the target's and the build machine's). */
const AUTOMATIC_PLATFORM_ARG = /^(?:TARGET|BUILD)(?:PLATFORM|OS|ARCH|VARIANT)$/;

/**
 * The 1-based ignore-file line of an exception (`!pattern`) that matches `path` (or a directory
 * above it) and decided nothing in this context, or null. The file excludes everything and lets
 * back in what the build needs (authelia: `*` then `!authelia-linux-*`): an exception written for
 * files that are not there yet says they are made before the build (its release downloads them).
 * An exception that matches a path the context holds is no such sign, used or not (chranama/llm-server:
 * `!deploy` beside lines that never exclude deploy/, and a COPY of a deploy/nginx file no step makes).
 */
function unusedExceptionFor(ctx: RuleContext, path: string): number | null {
  const pats = ctx.tarMatcher.patterns;
  const rules = ctx.ignore.rules;
  let used: Set<number> | null = null;
  const parts = path.split('/');
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    if (!p.exclusion || p.sourceIndex >= rules.length) continue;
    let matches = false;
    for (let k = 1; k <= parts.length && !matches; k++) {
      try {
        matches = ctx.tarMatcher.testPattern(i, parts.slice(0, k).join('/'), null);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
      }
    }
    if (!matches) continue;
    used ??= analyzeIgnore(ctx).used;
    if (!used.has(p.sourceIndex) && !matchesAnyPath(ctx, i)) return rules[p.sourceIndex].line;
  }
  return null;
}

/** Whether pattern `i` of the tar matcher matches a path the context holds (sent or kept out). */
function matchesAnyPath(ctx: RuleContext, i: number): boolean {
  const test = (path: string): boolean => {
    try {
      return ctx.tarMatcher.testPattern(i, path, null);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      return false;
    }
  };
  return ctx.entries.some((e) => test(e.path)) || ctx.excluded.some((x) => test(x.path));
}

/**
 * The first component of a source written as one ARG alone (`${BACKEND}`, `$src_binary`) that no
 * build arg sets (so its default named it), when the directory it is in holds other names: what
 * another value of the ARG would copy. Null otherwise.
 */
function defaultedComponent(ctx: RuleContext, rawSource: string, expanded: string): ArgDefault | null {
  const rawComps = rawSource.replace(/^\.?\/+/, '').split('/').filter((c) => c !== '' && c !== '.');
  const comps = expanded.split('/');
  if (rawComps.length !== comps.length) return null;
  const given = { ...(ctx.crossCheck?.buildArgs ?? {}), ...(ctx.argsAtRunTime ?? {}) };
  for (let i = 0; i < rawComps.length; i++) {
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(rawComps[i]);
    const name = m?.[1] ?? m?.[2];
    if (name === undefined || Object.prototype.hasOwnProperty.call(given, name) || comps[i] === '') continue;
    // BuildKit's own platform ARGs come from --platform, not --build-arg: a source named by one is one
    // file per platform (below), no placeholder default (duplicati's `COPY ./${TARGETARCH}`; sweep 51/I-F3).
    if (AUTOMATIC_PLATFORM_ARG.test(name)) continue;
    const dir = comps.slice(0, i).join('/');
    const prefix = dir === '' ? '' : dir + '/';
    const other = ctx.entries.find((e) => e.path.startsWith(prefix) && e.path.length > prefix.length && e.path.indexOf('/', prefix.length) < 0 && e.path !== prefix + comps[i]);
    if (other === undefined) return null;
    return { name, value: text(comps[i]), dir: text(dir), other: text(other.path.slice(prefix.length)) };
  }
  return null;
}

/**
 * The step before the build that is to make a missing source: the one seen to write it (or a
 * directory holding it), else the one the target names as preparing the context, which only may
 * (`mayOnly`: sirius-web's "Build the frontend packages" ran before a build of target/*.jar that
 * the Maven step made; the message then says no step is seen to write it).
 */
function preparerFor(ctx: RuleContext, path: string): { preparedBy: string; mayOnly?: true } | null {
  const seen = ctx.preparedFor?.(path) ?? null;
  if (seen !== null) return { preparedBy: seen };
  return ctx.contextPreparedBy ? { preparedBy: ctx.contextPreparedFor?.(path) ?? ctx.contextPreparedBy, mayOnly: true } : null;
}

export const missingCopySource = crossCheckRule(
  'CTX101',
  {
    summary: 'A COPY/ADD/bind-mount source from the main context matches nothing on disk: the build will fail.',
    why: 'The builder fails with "failed to compute cache key: ... not found" only after pulling base images and running earlier steps. Catching it before the build saves the whole round trip. A missing source that git ignores (`target/app.jar`, `dist/`, a generated file) is a warning, not an error: no checkout can hold it, so the build relies on a step before `docker build` to make it, and ctx-audit run before that step cannot tell whether it will. The same holds, with `--all`, for a build in a GitHub workflow job where an earlier step puts files into the context (`actions/download-artifact`, `actions/cache`, a second `actions/checkout` with a `path`, or a `run` script that does more than set variables, echo to `$GITHUB_ENV`/`$GITHUB_OUTPUT` or log in to a registry): the finding names the step that writes the missing path or a directory holding it (a download into it or into the context, a script\'s `mkdir -p build` or `tar -x -C build`), else the step that may, saying that none is seen to write it (info when a step of the job downloads one named artifact into that very path: `actions/download-artifact` with `name:` and `path: ./web/dist` for `COPY web/dist`; info too when a step of the build runs the build tool whose output directory holds it, beside that tool\'s project file: `./mvnw package` or `mvn package` for `target/` beside a pom.xml, `./gradlew build` for `build/`, `sbt dist`, `cargo build` for `target/`, `tsc` for its tsconfig.json\'s `outDir`, an Nx target the container target depends on (`dependsOn: ["build"]`) for its `outputPath`, whether the step is a workflow script\'s, a recipe\'s or a package.json script\'s commands before the build or the Dockerfile\'s own header comment, `# ./mvnw package` before `# docker build -f src/main/docker/Dockerfile.jvm .` as Quarkus generates it; and for a `target/` source of a context whose own pom.xml builds the image with fabric8\'s docker-maven-plugin or Spotify\'s dockerfile-maven-plugin, which Maven runs after `package` writes the jar); and for a `docker build` in a run script, the commands before it in the same script that write the path by name (`mkdir -p linux && cp dgraph/dgraph linux/`) make it a warning too, as do the lines of a Makefile rule (or a script) before the build that places a Dockerfile, when they write the path by name (`openssl req ... -out certs/ca.crt`, noobaa); and for a Dockerfile beside Docker Hub build hooks (`hooks/post_checkout`, `hooks/pre_build`), which an automated build runs in the checkout before it builds. A source whose path holds an ARG the stage declares with no default and that no `--build-arg` sets (`ARG RELEASE` then `COPY ./app-${RELEASE}`) expanded it to "" as docker does, but the invocation that builds it surely passes one: a warning naming the ARG (give it with `--build-arg` to have the real path checked; with `--all`, when a workflow passes it a value known only when it runs, such as `VERSION=${{ inputs.version }}` or `--build-arg "DIR=$DIR"`, the finding quotes it); so is one whose ARG has a default, when the invocation passes it a value known only when it runs (`--build-arg VER=$(shell cat VERSION)` in a Makefile, an expression in a workflow: the default is not what it copies); a name no ARG declares stays "" whatever is passed: an error, where nothing else can set it (a stage on `scratch`, or on an official alpine, busybox, debian or ubuntu image, whose ENV is PATH alone); in a stage built on another image, a name the Dockerfile declares nowhere (no ARG, no ENV) is what the image\'s ENV sets, which the builder expands the source with (`FROM postgres:16` sets PG_MAJOR: `COPY postgres.${PG_MAJOR}.template.yml`): a warning naming it. A path component written as one ARG alone (`COPY backend/go/${BACKEND}/`, `COPY $src_binary ./app`) that no build arg sets, whose default names nothing while the directory it is in holds other names, is a warning naming the ARG and one of those names: the default is a placeholder (LocalAI\'s `rerankers`, a Python backend\'s name, under backend/go/; VictoriaMetrics\' `non-existing`) and every real build passes the ARG; set it with `--build-arg` to have the path checked (then a missing one is an error). Under BuildKit a COPY/ADD source with a wildcard that matches nothing does not fail the build (BuildKit copies nothing for it and goes on; checked against BuildKit v0.13): a warning; the legacy builder fails (\"no source files were specified\") when no other source of the instruction matches either. With one that does (the lockfile idiom `COPY package.json yarn.lock* package-lock.json* ./`), neither builder fails: info (checked against the daemon\'s legacy builder). In a stage built on a Windows image (Microsoft\'s, a `nanoserver`, `servercore` or `ltsc20xx` tag, `--platform=windows/...`, or a stage that is), a backslash in a source is a path separator, as a Windows builder reads it (`COPY .\\out .` under `# escape=\``); elsewhere it is part of the name, and a backslash is no wildcard (`conf\\*.ini` is a literal star, checked against BuildKit v0.13). A missing directory whose entries git ignores (`build/*`) counts as git-ignored: git keeps no empty directory; so does one whose files of a kind a `.gitignore` line about that directory ignores (`olm/manifests/*.y*ml`: where a step writes generated files), not one a line for every directory does (`*.log`). So is a missing package or archive (`*.deb`, `*.rpm`, `*.tar.gz`, `*.jar`, `*.whl`, ...) a warning: a build step makes such files, a checkout rarely holds them; and a source under a build output directory (`build/`, `dist/`, `out/`, `output/`, `target/`, `bin/`, `release(s)/`, `artifacts/`, `_build/`, `.build/`) that the context does not have at all; a source under `result` or `result-*` beside a `flake.nix`, `default.nix` or `release.nix` at the context\'s root: the link `nix-build` writes (garage\'s `COPY result/bin/garage /`); the program a Go file beside it compiles to (`COPY testMain` next to `testMain.go`), or the repository\'s Go command of that name builds (`COPY pomerium /bin/` with a `cmd/pomerium/`, or `COPY nomad /bin/` where the root is the `package main` of module `github.com/hashicorp/nomad`; `COPY client/sink-client` where `client/` is the `package main` of a module of its own ending in `sink-client`: `go build -C client`), or a program of that name its root `CMakeLists.txt` (`add_executable`), `BUILD`/`BUILD.bazel` (a `*_binary` rule) or `Cargo.toml` (`[package]`/`[[bin]]` name) declares (typesense\'s `COPY typesense-server /opt`), or a `Cargo.toml` the context sends, up to three directories down (a workspace member: firezone\'s `COPY ${PACKAGE} .` with `PACKAGE=firezone-gateway`); a source named after the target platform (`app-${TARGETOS}-${TARGETARCH}`, or through an ARG or ENV made from it: `ARG BINARY=./binaries/$TARGETPLATFORM/app` then `COPY ${BINARY}`: one of the per-platform files a build step makes for a multi-platform image); a source the ignore file lets in with an exception that matches nothing in the context (`*` then `!app-linux-*`: written for files made before the build); a source a GitHub workflow `run` script (or a shell script such a step runs, `sh ci/setup.sh`) or the repository\'s root Makefile writes (`go build -o path`, `cp x path`, `> path`, `mkdir -p path`, `tar -x -C path`), named in the finding; and a source in a git submodule (`.gitmodules`) that this checkout has not checked out (its directory missing or empty: cloned without `--recurse-submodules`), or in such a submodule\'s git directory (`.git/modules/NAME`, which checking it out makes), named in the finding. In a GitHub workflow job that checks the repository out and runs nothing before the build that could write the checkout (its set-up, login and metadata actions, scripts that only set variables or echo; not a checkout with `clean: false`), no step makes what the checkout lacks: none of those reasons holds, and a missing source is an error, git-ignored or not, as is one in a submodule that checkout does not fetch (no `submodules:`). In a Git context (a git URL under BuildKit, or `--all`\'s build-push-action step with no `context:`) the commit is all the build has: no step before it can add a file, so none of the build-output reasons holds and a missing source is an error (a submodule, which BuildKit fetches, and an ARG the invocation sets still make it a warning); a source git tracks that this checkout lacks (a sparse checkout, a file deleted here and not committed) is in the commit BuildKit clones: info, not checked here (the index is read, not the commit: a file staged and never committed counts too); one inside a directory a sparse index records whole, which lists no file, is a warning: whether the commit holds it is not known here. Nor does any of them hold for a source the ignore file would exclude were it there (`COPY .env` with `*.env` in `.dockerignore`): a step that made it would not get it sent, so it stays an error, naming the line.',
    fix: 'Correct the path (sources are relative to the context root, not to the Dockerfile), create the file, or remove the instruction. For a build output, run ctx-audit after the step that makes it (or make it inside the Dockerfile, in a build stage).',
    bad: '# context: src/, package.json\nCOPY package-lock.json ./',
    good: '# context: src/, package.json, package-lock.json\nCOPY package-lock.json ./',
  },
  (raw, ctx) => {
    // Only the main context is judged (a named context may be anywhere).
    if (raw.path === undefined || typeof raw.data.namedContext === 'string') return raw;
    // A wildcard beside a source of the same instruction that matches: no builder fails (cross-check.ts).
    if (typeof raw.data.copiedWith === 'string') return { ...raw, maxSeverity: 'info' };
    // BuildKit copies nothing for a COPY/ADD wildcard that matches nothing and goes on (its
    // AllowEmptyWildcard; checked against BuildKit v0.13, even as the only source): the
    // `cwallet.ss[o]` "copy if present" idiom of jupyter's docker-stacks. The legacy builder fails.
    if (ctx.builder === 'buildkit' && raw.data.instruction !== 'RUN --mount' && containsWildcards(String(raw.data.source ?? ''))) {
      // A build output of a tool this build runs first (Quarkus' `target/quarkus-app/*.jar` after `./mvnw package`): info.
      const built = ctx.builtBy?.(raw.path) ?? null;
      if (built !== null) return { ...raw, data: { ...raw.data, emptyWildcard: true, builtBy: built }, maxSeverity: 'info' };
      // sismics/docs' `ADD docs-web/target/docs-web-*.war`, which the job's download-artifact step puts there.
      const step = preparerFor(ctx, raw.path);
      // Or in a submodule this checkout lacks (mediacloud's apps/temporal-grafana `COPY
      // dashboards/dashboards/*`, its CI checking out with `submodules: recursive`): say so, as for a
      // literal source, rather than a step no line shows writing it (odk-central's `COPY server/package*.json`
      // named "Show Docker Context", a report script; sweep 54/F-F3).
      const submodule = step === null || step.mayOnly === true ? (ctx.submoduleOf?.(raw.path) ?? null) : null;
      // Or one git ignores: a build output a step makes first (code-server's `release-packages/*.deb`; sweep 51/O-F5).
      const why = submodule !== null ? { submodule } : step !== null ? step : ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path) ? { gitignored: true } : {};
      return { ...raw, data: { ...raw.data, emptyWildcard: true, ...why }, maxSeverity: 'warning' };
    }
    // The path holds an ARG the stage declares with no value (no default, no --build-arg): the
    // invocation that builds it passes one (minio's `COPY ./minio-${TARGETARCH}.${RELEASE}`), so the
    // path checked is a guess. An undeclared name is "" whatever is passed: that path is certain.
    if (Array.isArray(raw.data.openArgs)) {
      // The workflow passes it, with a value known only when it runs (traccar: VERSION=${{ inputs.version }}).
      const given = ctx.argsAtRunTime ?? {};
      const atRunTime = [...new Set(raw.data.openArgs.map(String))].filter((n) => Object.prototype.hasOwnProperty.call(given, n)).map((n) => `${n}=${given[n]}`);
      return { ...raw, data: atRunTime.length > 0 ? { ...raw.data, argsAtRunTime: atRunTime } : raw.data, maxSeverity: 'warning' };
    }
    // A name the Dockerfile declares nowhere (no ARG, no ENV), in a stage built on an image: the builder
    // expands it with the image's ENV (discourse_docker's `COPY postgres.${PG_MAJOR}.template.yml` on a
    // base that sets PG_MAJOR=18; sweep 47/C-F2). "" only where the chain starts at scratch.
    if (Array.isArray(raw.data.imageEnvVars)) return { ...raw, data: { ...raw.data, fromImageEnv: true }, maxSeverity: 'warning' };
    // A whole path component that is an ARG left at its default, which names nothing where other
    // names are (LocalAI's `COPY backend/go/${BACKEND}/` with the Python backend's `rerankers` as
    // default; VictoriaMetrics' `ARG src_binary=non-existing`): every real build passes the ARG.
    // A Git context is the commit, cloned on the builder (src/buildkit/git-context.ts): no step before
    // the build can make a build output appear in it, so none of the reasons below holds. A
    // submodule BuildKit fetches, or an ARG the invocation sets, still may.
    if (ctx.gitContext) {
      const submodule = ctx.submoduleOf?.(raw.path) ?? null;
      if (submodule !== null) return { ...raw, data: { ...raw.data, submodule }, maxSeverity: 'warning' };
      const argDefault = defaultedComponent(ctx, String(raw.data.raw ?? ''), raw.path);
      if (argDefault !== null) return { ...raw, data: { ...raw.data, argDefault }, maxSeverity: 'warning' };
      // In the commit, but not on disk here (a sparse checkout, a file deleted and not committed; openemr-devops'
      // `{{defaultContext}}:docker/openemr/flex-3.20` builds, whose demo SQL a partial checkout lacked): BuildKit
      // clones the commit and finds it. Not checked here: info (sweep 55/N-F1, sweep 54/K-F3).
      // (The index, not HEAD: a file staged and never committed counts too; a sparse index's directory entry lists
      // no file, so a path inside one is not known either way: a warning, said so; the review of 59558183, RB-R3.)
      const held = ctx.indexHolds?.(raw.path) ?? null;
      if (held === 'tracked') return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext, committedNotHere: true }, maxSeverity: 'info' };
      if (held === 'sparse') return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext, outsideSparse: true }, maxSeverity: 'warning' };
      return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext } };
    }
    // A path the ignore file excludes: a step that made it would not help, as the builder would not
    // send it (sambanova's `COPY .env` with `*.env` in .dockerignore, "written by" a workflow step
    // that never builds it; CTX102 says the same once the file is there). It stays an error.
    // With an ARG in the source (every one has a value here), only when the directory before it is
    // excluded too, whatever value a build passes (`COPY target/app-${VERSION}.jar` with `target` in
    // .dockerignore: any version is kept out).
    const written = String(raw.data.raw ?? '');
    const argPrefix = written.includes('$') ? literalDirsBefore(written) : null;
    const excludedBy = hasWildcard(raw.path) || (argPrefix !== null && (argPrefix === '' || ignoreLineExcluding(ctx, toByteString(argPrefix)) === null)) ? null : ignoreLineExcluding(ctx, raw.path);
    if (excludedBy !== null) return { ...raw, data: { ...raw.data, ignoreFile: ignoreFileLocation(ctx), ignoreLine: excludedBy.line, ignorePattern: excludedBy.pattern, excludedIfMade: true } };
    // A workflow job that checks the repository out and runs nothing before the build that could
    // write it (hello-grpc's docker-build-push.yml: checkout, set-up actions, an echo, then the build of
    // a Dockerfile that copies a git-ignored protoc zip): no step makes what the checkout lacks, so
    // none of the "a step may make it" reasons below holds. A submodule the checkout does not fetch
    // (opennotes' docker-build.yml, no `submodules:`) is not there either.
    if (ctx.checkoutOnly) {
      const submodule = ctx.submoduleOf?.(raw.path) ?? null;
      if (submodule !== null) return ctx.checkoutOnly.submodules ? { ...raw, data: { ...raw.data, submodule }, maxSeverity: 'warning' } : { ...raw, data: { ...raw.data, submodule, notFetched: true } };
      const argDefault = defaultedComponent(ctx, String(raw.data.raw ?? ''), raw.path);
      if (argDefault !== null) return { ...raw, data: { ...raw.data, argDefault }, maxSeverity: 'warning' };
      const gitignored = ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path);
      return { ...raw, data: { ...raw.data, checkoutOnly: true, ...(gitignored ? { gitignored: true } : {}) } };
    }
    // A step of this build's job downloads a named artifact into this very path (AFFiNE's "Download web
    // artifact", `path: ./packages/frontend/apps/web/dist`; sweep 51/J-F5): it is there when the build runs.
    const filled = ctx.filledBy?.(raw.path) ?? null;
    if (filled !== null) return { ...raw, data: { ...raw.data, filledBy: filled }, maxSeverity: 'info' };
    // Or a step of this build runs the tool whose output directory holds it (`./mvnw package` in the
    // Dockerfile's own comment before its `docker build`, for `target/quarkus-app/lib/`; sweep 51/H-F3).
    const built = ctx.builtBy?.(raw.path) ?? null;
    if (built !== null) return { ...raw, data: { ...raw.data, builtBy: built }, maxSeverity: 'info' };
    const plugin = mavenDockerPlugin(ctx, raw.path);
    if (plugin !== null) return { ...raw, data: { ...raw.data, mavenPlugin: plugin }, maxSeverity: 'info' };
    if (ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path)) {
      // Named when a script writes it (Piped's workflow: `pnpm build && mv dist/ dist-ci/`), or the
      // workflow step before the build that does (nocode-saas' `mkdir -p target` then `cp
      // config/target/*.jar target/`, for `COPY target/config-1.1.0.jar`).
      // A step of the build's own job first: another workflow's step never runs before this build
      // (vegaprotocol's trading-e2e build of dist-result/, named after publish-dist.yml's mv).
      const preparedBy = ctx.preparedFor?.(raw.path) ?? null;
      const writtenBy = preparedBy !== null || hasWildcard(raw.path) ? null : (ctx.writtenByScript?.(raw.path) ?? null);
      // Else the step of the job that may write it, as a wildcard source of the same build is told (sweep 51/H-F7:
      // Apicurio's `target/quarkus-app/*.jar` named "Build support-chat module", its `target/quarkus-app/lib/` nothing).
      // (Only a script, a step's or a recipe's lines before the build, which may write anywhere: not a download
      // into another directory; the reviews of 0e0aec2c and b184bef7, RC-R7 and RD-D2.)
      const may = ctx.contextPreparedBy ? (ctx.contextPreparedFor?.(raw.path) ?? ctx.contextPreparedBy) : null;
      const mayBy = preparedBy === null && writtenBy === null && may !== null && (/\(a run script\)$/.test(may) || may.startsWith('the part of ')) ? { preparedBy: may, mayOnly: true as const, gitignored: true } : null;
      return { ...raw, data: { ...raw.data, ...(preparedBy !== null ? { preparedBy } : writtenBy !== null ? { writtenBy } : (mayBy ?? { gitignored: true })) }, maxSeverity: 'warning' };
    }
    // `--all`: a workflow step before this build writes files into the context (download-artifact).
    // Or the build step's own script before it, where it names the path (dgraph's `mkdir -p linux`).
    const preparer = preparerFor(ctx, raw.path);
    // A submodule the checkout lacks says more than a step that only may write anywhere
    // (production-pipelines' `gcloud auth configure-docker` step was named for two submodules' paths).
    const lacking = preparer !== null && (ctx.writtenFirstBy?.(raw.path) ?? null) === null ? (ctx.submoduleOf?.(raw.path) ?? null) : null;
    if (lacking !== null) return { ...raw, data: { ...raw.data, submodule: lacking }, maxSeverity: 'warning' };
    if (preparer !== null) return { ...raw, data: { ...raw.data, ...preparer }, maxSeverity: 'warning' };
    // After those two: a default git ignores, or one a step before the build fills, is a real path
    // (ziti's `ARG ARTIFACTS_DIR=release`, where the download-artifact step's `path: release/` goes).
    const argDefault = defaultedComponent(ctx, String(raw.data.raw ?? ''), raw.path);
    if (argDefault !== null) return { ...raw, data: { ...raw.data, argDefault }, maxSeverity: 'warning' };
    if (ARTIFACT.test(baseName(raw.path))) return { ...raw, data: { ...raw.data, artifact: true }, maxSeverity: 'warning' };
    if (PLATFORM_ARG.test(String(raw.data.raw ?? '')) || typeof raw.data.platformVia === 'string') return { ...raw, data: { ...raw.data, perPlatform: true }, maxSeverity: 'warning' };
    // The binary `go build x.go` writes beside its source (moby's networkdb-test copies testMain;
    // its README runs `go build -v testMain.go && docker build ...`).
    // (Only a command's source, `package main`: `go build wishlist.go` of charmbracelet/wishlist's `package wishlist`
    // writes no file; its program is ./cmd/wishlist, goCommandFor below; sweep 55/O-F6.)
    if (!baseName(raw.path).includes('.') && !hasWildcard(raw.path) && ctx.entries.some((e) => e.kind === 'file' && e.path === raw.path + '.go') && goPackageOf(ctx, raw.path + '.go') !== 'library') {
      return { ...raw, data: { ...raw.data, goBinary: `${raw.path}.go` }, maxSeverity: 'warning' };
    }
    // The program of the repository's Go command of that name (`COPY pomerium /bin/`, ./cmd/pomerium).
    const goCommand = hasWildcard(raw.path) ? null : (ctx.goCommandFor?.(raw.path) ?? null);
    if (goCommand !== null) return { ...raw, data: { ...raw.data, goCommand }, maxSeverity: 'warning' };
    // A program the root CMake, Bazel or Cargo file declares (typesense's `COPY typesense-server /opt`),
    // or a Cargo package of the context (firezone's rust/ workspace: `COPY ${PACKAGE} .` with
    // PACKAGE=firezone-gateway, rust/gateway/Cargo.toml's name).
    const buildTarget = hasWildcard(raw.path) ? null : (ctx.buildTargetFor?.(raw.path) ?? cargoPackageIn(ctx, raw.path));
    if (buildTarget !== null) return { ...raw, data: { ...raw.data, buildTarget }, maxSeverity: 'warning' };
    const reincludedAt = unusedExceptionFor(ctx, raw.path);
    if (reincludedAt !== null) return { ...raw, data: { ...raw.data, reincludedAt, ignoreFile: ignoreFileLocation(ctx) }, maxSeverity: 'warning' };
    // In a git submodule this checkout has not checked out (lago's api/ and front/).
    const submodule = ctx.submoduleOf?.(raw.path) ?? null;
    if (submodule !== null) return { ...raw, data: { ...raw.data, submodule }, maxSeverity: 'warning' };
    // A workflow or the root Makefile writes it (seaweedfs: `go build -o test/s3/proxy_signature/weed`).
    const writtenBy = hasWildcard(raw.path) ? null : (ctx.writtenByScript?.(raw.path) ?? null);
    if (writtenBy !== null) return { ...raw, data: { ...raw.data, writtenBy }, maxSeverity: 'warning' };
    const top = literalComponents(raw.path)[0];
    if (top !== undefined && OUTPUT_DIRS.has(top) && !ctx.entries.some((e) => e.path === top || e.path.startsWith(top + '/'))) {
      return { ...raw, data: { ...raw.data, outputDir: top }, maxSeverity: 'warning' };
    }
    // The link nix-build writes into the directory it runs in (`result`, `result-bin`): garage's
    // release pipeline runs `nix-build` at the root, then builds `COPY result/bin/garage /`.
    const nixFile = top !== undefined && /^result(?:-[\w.-]+)?$/.test(top) && !ctx.entries.some((e) => e.path === top) ? NIX_FILES.find((n) => ctx.entries.some((e) => e.kind === 'file' && e.path === n)) : undefined;
    if (nixFile !== undefined) return { ...raw, data: { ...raw.data, nixResult: top, nixFile }, maxSeverity: 'warning' };
    return raw;
  },
);

/** The ignore-file line that would exclude a context-relative path were it there (its own, or a parent's), or null. */
export function ignoreLineExcluding(ctx: RuleContext, path: string): { line: number; pattern: string } | null {
  let i: number;
  try {
    i = ctx.tarMatcher.decideOrParent(path);
  } catch {
    return null;
  }
  const p = i < 0 ? undefined : ctx.tarMatcher.patterns[i];
  if (p === undefined || p.exclusion || p.sourceIndex >= ctx.ignore.rules.length) return null;
  // A directory source whose contents an exception may let back in is sent (debezium-examples'
  // `*` then `!target/quarkus-app/**`, for `COPY target/quarkus-app/`): not excluded.
  const patterns = ctx.tarMatcher.patterns;
  for (let j = i + 1; j < patterns.length; j++) if (patterns[j].exclusion && ctx.tarMatcher.mayMatchUnder(j, path)) return null;
  const rule = ctx.ignore.rules[p.sourceIndex];
  return { line: rule.line, pattern: text(rule.pattern) };
}

/** Where a Cargo.toml the context sends (at most three directories down, 100 of them) declares a program named `name` (no `/`, no `.`), or null. */
function cargoPackageIn(ctx: RuleContext, name: string): string | null {
  if (name.includes('/') || name.includes('.')) return null;
  const manifests = ctx.entries.filter((e) => e.kind === 'file' && (e.path === 'Cargo.toml' || e.path.endsWith('/Cargo.toml')) && e.path.split('/').length <= 4).slice(0, 100);
  for (const e of manifests) {
    const buf = ctx.reader.readPrefix(e.path, Math.min(e.contentBytes, 256 * 1024));
    if (buf === null) continue;
    const hit = cargoPrograms(buf.toString('utf8'), text(e.path)).find((p) => p.name === text(name));
    if (hit) return hit.where;
  }
  return null;
}

/** The whole directory components of a source as written before its first `$` (`target/app-${V}.jar` -> `target`), or '' when the first one holds it. */
function literalDirsBefore(written: string): string {
  const parts = written.replace(/^\.?\/+/, '').split('/').filter((c) => c !== '' && c !== '.');
  const at = parts.findIndex((c) => c.includes('$'));
  return at <= 0 ? '' : parts.slice(0, at).join('/');
}
