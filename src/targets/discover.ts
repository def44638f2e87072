// `--all DIR`: every Dockerfile and Compose/Bake file in a repository. fast-glob finds the
// candidates (skipping node_modules and .git); `ignore` applies the .gitignore files with git's
// semantics (each file scoped to its directory, deeper files win, nothing under an ignored
// directory counts). A Dockerfile that a Compose service or Bake target builds is audited as that
// target declares it; every other Dockerfile with its own directory as the context.
import { withoutCommentLines } from './comments.js';
import { readRegularFile } from '../context/read-regular.js';
import { isLocalContextValue } from './named-context.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { withoutJsonComments } from '../context/jsonc.js';
import ignore, { type Ignore } from 'ignore';
import { InputError } from '../errors.js';
import { bakeTargets } from './bake.js';
import { EXAMPLE_DIR, TEST_DIR, THIRD_PARTY_DIR } from '../rules/test-fixtures.js';
import { ComposeMissingFileError, ComposeTemplateError, ComposeVariableError, COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_NAMES, composeFilesFromEnv, composeBuildsSurely, composeDockerfilesNamed, composeIncludes, composeMayBuild, composeTargetsDespiteRequired, findComposeFiles } from './compose.js';
import { isRemoteContext, type BuildTarget } from './target.js';
import { onlyRunHere, otherCiNames, OTHER_CI_FILE, withSimpleVariables } from './local-image.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { containerActionTargets, contextDirFor, DOCKERFILE_NAME, goreleaserTargets, headerCommentContext, MAKEFILE_NAME, missingStage, makefileBuilds, nxContainerBuilds, packageScriptBuilds, placeStandalone, scriptBuilds, gitlabCiBuilds, templateReason, workflowTargets, writesBeforeCompose, type RecipeBuild } from './repo-builds.js';
import { ALLOW_OUTSIDE_FLAG, assertInsideRepo, isInside, OutsideRepositoryError, resolvedLocation, type RepoBoundary } from '../context/boundary.js';
import { gitDirOf, hasTrackedBelow, isTracked, readGitIndex } from '../context/git-index.js';
import { toByteString } from '../context/bytes.js';
import { lineWriting, mergedPreparers, recipeWrites, scriptCopyingInto, uncheckedSubmodule, uncheckedSubmodules } from '../context/build-scripts.js';

// `dockerfile`: the docker CLI's own fallback name; `Dockerfile-*`/`dockerfile-*`: caprover's
// dockerfile-captain.release, ntfy's Dockerfile-build, built with -f; `Dockerfile_*`: TGI's
// Dockerfile_amd, _gaudi, _intel and _trtllm, openreplay's Dockerfile_alerts, built by CI.
// `DockerfileDev`, `DockerfileCelery` (polyaxon's haupt/.docker, SuperAGI): a capital letter after the name, no extension.
// (Names DOCKERFILE_NAME, in repo-builds.ts, matches.)
/**
 * Code and documents that happen to be named after Dockerfiles: a Go package `dockerfile`
 * (kaniko's pkg/dockerfile/dockerfile.go, tilt's), editor modes (Ace's snippets/dockerfile.js in
 * gitbucket's web assets, highlight.js's dockerfile.min.js), `Dockerfile.md` docs, TextMate grammars, docker-zulip's
 * workflow dockerfile.yaml. 129 CTX100 errors in two repositories, 782 in seven more.
 */
/**
 * `api-dockerfile`, `webapi_dockerfile` (aspnet-core-api-demo's infra/webapi-dockerfile, which its Compose
 * file builds): a Dockerfile only when it starts as one, as a script named `lint-dockerfile` does not.
 */
const LOWERCASE_SUFFIX = /(?:^|\/)[^/]*[A-Za-z0-9][-_]dockerfile$/;
/** A file the Dockerfile search looks at (DOCKERFILE_NAME, or a LOWERCASE_SUFFIX name, which the search then reads). */
const dockerfileCandidate = (f: string) => DOCKERFILE_NAME.test(f) || LOWERCASE_SUFFIX.test(f);
const SOURCE_FILE = /(?:^|\/)[Dd]ockerfile(?:[._-][^/]*)?\.(?:go|[cm]?js|[cm]?ts|jsx|tsx|json|md|markdown|mdx|rst|txt|html?|css|scss|less|py|rs|rb|java|kt|kts|scala|cs|php|c|h|cc|cpp|hpp|swift|el|vim|lua|toml|ya?ml|xml|svg|png|jpe?g|gif|ico|webp|pdf|map|snap|lock|tmLanguage|sublime-syntax|plist|proto|sh|bash|ps1|bat|cmd|ini|cfg|sql|csv|log|zip|gz|tgz)$/;

/**
 * A file SOURCE_FILE names that is a Dockerfile all the same: its first line that is not blank or a
 * comment is `FROM <image>` (or an ARG before it), as csghub-server's docker/inference/Dockerfile.llama.cpp
 * (llama.cpp is the project it builds), which --all left out with no word. A C or Markdown file
 * does not start so (`#include` is a comment here, and prose after "From" is more than an image).
 */
function dockerfileAfterAll(abs: string): boolean {
  let head: string;
  try {
    head = readRegularFile(abs, { noFollow: true, maxBytes: 4096 }).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return false;
  }
  const first = /^[ \t]*([^\s#].*)$/m.exec(head)?.[1] ?? '';
  return /^(?:FROM\s+(?:--platform=\S+\s+)?[\w.\/:@${}-]+(?:\s+AS\s+[\w.-]+)?|ARG\s+[A-Za-z_]\w*(?:=\S*)?)\s*$/i.test(first.trimEnd());
}
/**
 * The Makefiles (and justfiles: repo-builds' MAKEFILE_NAME), shell scripts and package.json files
 * whose `docker build` lines place a Dockerfile: `*.sh`, `*.bash`, a root file with no dot in its name
 * (ayunis-core's `dev`), and any file directly in a scripts/tools/hack/bin/ci/build/builder/docker
 * directory, dots and all: a variable `-f` (`-f docker/Dockerfile.$TYPE.jvm`) is matched against this
 * list, so the Dockerfiles there must be in it.
 */
const RECIPE_FILE = /(?:^|\/)package\.json$|\.(?:sh|bash)$|(?:^|\/)(?:scripts|tools|hack|bin|ci|build|builder|docker)\/[^/]+$|^[^/.]+$/;
const isRecipeFile = (f: string) => MAKEFILE_NAME.test(f) || RECIPE_FILE.test(f);
const BUILD_FILE_NAMES: ReadonlySet<string> = new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_NAMES, 'docker-bake.json', 'docker-bake.override.json']);
// Bake's HCL files: `--bake` reads JSON only (no HCL parser of ours; `docker buildx bake --print`
// turns HCL into that JSON), so --all lists them as skipped, with the command that makes them readable.
const BAKE_HCL_FILE = /(?:^|\/)docker-bake(?:\.override)?\.hcl$/;
/** A make reference, `$(NAME)` or `${NAME}` (not make's `$$`, which is a `$` for the shell). */
const MAKE_REFERENCE = /(?<!\$)\$(?:\(([A-Za-z_][\w.-]*)\)|\{([A-Za-z_][\w.-]*)\})/;
/** A dev container's directory: VS Code, Codespaces and the devcontainer CLI build what is in it. */
const DEV_CONTAINER_DIR = /(?:^|\/)\.devcontainer\//;
/** A Compose file by a name docker compose does not find on its own: `docker-compose.dev.yml`, `compose-prod.yaml`. */
// (Or any YAML file in a `docker-compose/` or `compose/` directory: hanko's deploy/docker-compose/todo-svelte.yaml,
// quickstart.debug.yaml, which its README runs with -f; sweep 53/W-F2. Only one that builds is listed.)
// (Not a default name there, `compose/docker-compose.yml`, which stays a project file the others' code names: the
// review of c68e1e49, RA-D1.)
const OTHER_COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[.-][^/]+\.ya?ml$|(?:^|\/)(?:docker[-_])?compose\/(?!(?:docker-)?compose(?:\.override)?\.ya?ml$)[^/]+\.ya?ml$/;
/**
 * Never searched for build files: dependency trees (node_modules; Go's, PHP's and Ruby's vendor,
 * where loki's vendored go-redis carries a compose file naming a Dockerfile `go mod vendor` left
 * out), VCS data, and test inputs (Go's testdata, which the go tool itself ignores; fixtures;
 * buildkit's parser testfiles and testfiles-negative, Dockerfiles that are parser input, not builds;
 * Maven's and Gradle's src/test/resources, the test classpath: Graylog's Testcontainers image
 * graylognode/Dockerfile is built from a context its Java test code assembles, not from there).
 */
const SKIP = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/testdata/**', '**/testfiles*/**', '**/fixtures/**', '**/__fixtures__/**', '**/src/test/resources/**'];
/** SKIP as a test of a DIR-relative path, for files a walk listed. */
const SKIP_PATH = /(?:^|\/)(?:node_modules|\.git|vendor|testdata|testfiles[^/]*|fixtures|__fixtures__|src\/test\/resources)\//;
// Also third-party code by its directory's name (rules/test-fixtures.ts THIRD_PARTY_DIR): fluent-bit's
// lib/nghttp2-1.65.0/third-party/mruby and lib/wasm-micro-runtime-WAMR-2.4.1 carry their own compose files.
// A versioned directory is an unpacked upstream release only under a directory that holds such code
// (lib/, deps/, vendor/, external/, ...): sei-docker's containers/solr-9.4.0 is its own image, which
// its Makefile builds, and --all left it out without a word.
/** A directory named by a generator's placeholder (`__PRODUCT__`, `{{cookiecutter.name}}`, `<%= name %>`, `$name$`). */
const PLACEHOLDER_DIR = /(?:^|\/)(?:__[A-Za-z][\w-]*__|[^/]*\{\{[^/]*\}\}[^/]*|[^/]*<%[^/]*%>[^/]*|\$[A-Za-z]\w*\$)\//;
/** A project template's directory: what is in it is copied into another project before it is built (BuildTarget.templateInput). */
// (Maven's archetype-resources too: what `mvn archetype:generate` copies into a new project, `${artifactId}` filled
// in; streampipes' archetypes, sweep 52/V-F3.)
const TEMPLATE_DIR = /(?:^|\/)(?:templates?|scaffold(?:s|ing)?|skeletons?|archetype-resources)\//i;
const RELEASE_HOLDER = /(?:^|\/)(?:lib|libs|deps|vendor|vendored|external|externals|extern|contrib|third[-_]?party|3rd[-_]?party|thirdparty)\//i;
function thirdParty(f: string): boolean {
  const m = THIRD_PARTY_DIR.exec(f);
  if (m === null) return false;
  const upto = f.slice(0, m.index + m[0].length);
  return /(?:^|\/)(?:third[-_]?party|3rd[-_]?party)\/$/i.test(upto) || RELEASE_HOLDER.test(upto.slice(0, m.index + m[1].length)) || thirdParty(f.slice(m.index + m[0].length));
}

/** A regular file, not followed through a link (a recipe may name anything). */
function isRegularFile(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isFile();
  } catch {
    return false;
  }
}

function findRepoRoot(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** A predicate over DIR-relative posix paths: true when git would ignore the file. */
function gitIgnored(root: string, deep: number, boundary?: RepoBoundary): (rel: string) => boolean {
  const repo = findRepoRoot(root) ?? root;
  // .gitignore does not apply to what git tracks (saleor-dashboard's `.*` line matches its tracked
  // .devcontainer/Dockerfile and docker-compose.yaml, which --all then never found).
  const gitDir = gitDirOf(repo, boundary).dir;
  const index = gitDir === null ? null : readGitIndex(gitDir);
  const tracked = (abs: string): boolean => {
    if (index === null) return false;
    const r = path.relative(repo, abs);
    if (r === '' || r.startsWith('..') || path.isAbsolute(r)) return false;
    const p = toByteString(r.split(path.sep).join('/'));
    return isTracked(index, p) || hasTrackedBelow(index, p);
  };
  // .gitignore files from the repository root down to DIR, then every one below DIR.
  const dirs: string[] = [];
  for (let d = root; ; d = path.dirname(d)) {
    dirs.unshift(d);
    if (d === repo || path.dirname(d) === d) break;
  }
  // (A directory this user may not list, a root-owned data directory a Compose volume left, is passed over: suppressErrors.)
  const nested = fg.sync('**/.gitignore', { cwd: root, dot: true, ignore: SKIP, followSymbolicLinks: false, deep, suppressErrors: true }).map((f) => path.join(root, path.dirname(f)));
  const rules = new Map<string, Ignore>();
  for (const d of new Set([...dirs, ...nested])) {
    try {
      rules.set(d, ignore().add(readRegularFile(path.join(d, '.gitignore'), { noFollow: true }).toString('utf8')));
    } catch {
      /* no or unreadable .gitignore: git goes on without it */
    }
  }
  const deepestFirst = [...rules.keys()].sort((a, b) => b.length - a.length);
  const decide = (abs: string, isDir: boolean): boolean => {
    for (const d of deepestFirst) {
      const rel = path.relative(d, abs);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const r = (rules.get(d) as Ignore).test(rel.split(path.sep).join('/') + (isDir ? '/' : ''));
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  };
  return (rel) => {
    const abs = path.join(root, rel);
    if (tracked(abs)) return false;
    // git never descends into an ignored directory, so nothing below it can be re-included.
    for (let d = path.dirname(abs); d.length > repo.length && d !== path.dirname(d); d = path.dirname(d)) if (decide(d, true)) return true;
    return decide(abs, false);
  };
}

export interface Discovery {
  targets: BuildTarget[];
  /** Files found, DIR-relative, for the report. */
  dockerfiles: string[];
  buildFiles: string[];
}

/**
 * `maxDepth`: look for build files at most this many directories down (fast-glob's `deep`);
 * `suggest` asks only for the builds near a context's root, not a walk of a whole monorepo.
 */
/** Files of platforms that build the root Dockerfile from their own config (fly.io, Heroku, Render, Railway, App Platform, App Engine). */
const PLATFORM_FILES = ['fly.toml', 'heroku.yml', 'render.yaml', 'railway.json', 'railway.toml', '.do/app.yaml', 'app.yaml'];

export function discoverTargets(
  dir: string,
  opts: {
    cwd: string;
    env: Record<string, string | undefined>;
    repository?: RepoBoundary;
    maxDepth?: number;
    knownFiles?: readonly string[];
    /** `knownFiles` that git ignores count too (suggest: a generated Dockerfile on disk is built from here, awx's Makefile builds them). */
    knownIgnoredToo?: boolean;
  },
): Discovery {
  const root = path.resolve(opts.cwd, dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new InputError(`--all: ${dir} is not a directory`);
  assertInsideRepo(opts.repository, root, '--all directory', dir);
  // A build file that leads outside the repository (a symlink) is that file's error, not the run's.
  // So is one that cannot be read or interpolated (a required variable unset): its targets are
  // errors in the report, every other target is still audited.
  const refused = (file: string, e: unknown): BuildTarget => {
    if (!(e instanceof OutsideRepositoryError) && !(e instanceof InputError)) throw e;
    const rel = path.relative(opts.cwd, file) || file;
    // `dockerfile`: the build file itself, so the Dockerfiles beside it are still audited on their own
    // (anytype-heart's compose needs ${GITHUB_LOGIN:?}: its root Dockerfile went unaudited, a silent pass).
    const target = { name: rel, declaredIn: rel, kind: path.basename(file).startsWith('docker-bake') ? ('bake' as const) : ('compose' as const), context: path.dirname(file), dockerfile: file, args: {}, namedContexts: {} };
    // Found, not asked for: a file that needs a variable (a docs example, a deployment template) is
    // not a failure of the run; it is listed with what it needs.
    if (e instanceof ComposeVariableError) {
      const what = e.message.startsWith(file + ': ') ? e.message.slice(file.length + 2) : e.message;
      return { ...target, skipReason: `${what}; set it in the environment or a .env beside the file to audit its services` };
    }
    // Mailu's setup/flavors/compose/docker-compose.yml (`{% set env='mailu.env' %}`), rendered by its setup service.
    if (e instanceof ComposeTemplateError) return { ...target, skipReason: 'a template (it has {%, {{ or <% directive lines, or @NAME@ placeholders, and is no YAML until a tool renders it): not audited' };
    // lakeFS's esti/ops/docker-compose.yaml extends `esti/ops/docker-compose-common.yaml`, a path its CI
    // resolves with --project-directory at the root: from the file's own directory there is no such file.
    if (e instanceof ComposeMissingFileError) {
      const missing = path.relative(opts.cwd, e.message.replace(/: no such file$/, ''));
      return { ...target, skipReason: `a file it extends, ${missing}, is not there from its own directory: docker compose run with another --project-directory (or after a step that makes it) finds it; audit it then with --compose` };
    }
    return { ...target, error: e.message };
  };
  const deep = opts.maxDepth ?? Infinity;
  const isIgnored = gitIgnored(root, deep, opts.repository);
  /** The Dockerfile a build reads: docker's fallback reads `dockerfile` when there is no `Dockerfile` (risingwave's debezium demos, `build: .`). */
  const readsFile = (t: BuildTarget): string => {
    if (t.dockerfileFrom !== undefined) return t.dockerfileFrom;
    const f = t.dockerfile ?? path.join(t.context, 'Dockerfile');
    const lower = path.join(path.dirname(f), 'dockerfile');
    return path.basename(f) === 'Dockerfile' && !fs.existsSync(f) && fs.existsSync(lower) ? lower : f;
  };
  const inside = (p: string) => {
    const r = path.relative(root, p);
    return r !== '' && !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : null;
  };
  /**
   * A local named context (Compose's `additional_contexts:`, a workflow's `--build-context`) the
   * checkout lacks, as a missing context is: a step before the build makes it, or the file naming it
   * is out of date (financbase's vendored compose file names `./fact-graph-scala`, since moved: the
   * whole --all run ended with exit 2). A git-ignored one is left to run-targets.ts, which says so.
   */
  const namedNotInCheckout = (t: BuildTarget, namer: string): BuildTarget => {
    if (t.skipReason !== undefined || t.error !== undefined) return t;
    const repoRoot = opts.repository?.root ?? null;
    for (const [name, value] of Object.entries(t.namedContexts ?? {})) {
      if (!isLocalContextValue(value)) continue;
      const at = path.resolve(t.context, value);
      // Outside the repository, as a context there is (the review of e2bedfb: it ended the run too).
      if (repoRoot !== null && !isInside(repoRoot, resolvedLocation(at))) {
        const shown = path.relative(opts.cwd, at) || at;
        if (opts.repository?.allowOutside !== true) return { ...t, skipReason: `its named context ${name} (${shown}) is outside the repository: not read (${ALLOW_OUTSIDE_FLAG} reads it); not audited` };
        if (!fs.existsSync(at)) return { ...t, skipReason: `its named context ${name} (${shown}) is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited` };
        continue;
      }
      const rel = inside(at);
      if (fs.existsSync(at) || rel === null || isIgnored(rel)) continue;
      return { ...t, skipReason: `its named context ${name} (${rel}) is not in the checkout: a step before the build makes it, or ${namer} is out of date; not audited` };
    }
    return t;
  };
  /**
   * A Compose service found here whose context or Dockerfile the checkout lacks, and git does not
   * ignore (run-targets.ts skips an ignored one with its own reason): a step makes it (vimagick's
   * crawlee/README runs `npx crawlee create my-crawler` first), or the file is out of date (umbrel's
   * app-auth/test compose file names a Dockerfile.dev deleted in 2024). Listed as skipped, as a
   * workflow's build is; `--compose FILE` still reports it as the target's error.
   */
  const notInCheckout = (t: BuildTarget): BuildTarget => {
    if (t.skipReason !== undefined || t.error !== undefined || isRemoteContext(t.context)) return t;
    const ctxRel = inside(t.context);
    // A context or Dockerfile outside the repository (explore-education-statistics' data-screener:
    // `context: ../ees-screener-api`, a sibling repository its start script clones): not read, and
    // one build's path is no reason to fail the whole run; listed as skipped. `--compose FILE`
    // still reports it as the target's error.
    const repoRoot = opts.repository?.root ?? null;
    for (const [what, p] of [['context', t.context], ['Dockerfile', t.dockerfile]] as const) {
      if (p === undefined || repoRoot === null || isInside(repoRoot, resolvedLocation(p))) continue;
      const shown = path.relative(opts.cwd, p) || p;
      if (opts.repository?.allowOutside !== true) return { ...t, skipReason: `its ${what} ${shown} is outside the repository: not read (${ALLOW_OUTSIDE_FLAG} reads it); not audited` };
      if (!fs.existsSync(p)) return { ...t, skipReason: `its ${what} ${shown} is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited` };
    }
    // `$PWD`, read here as the Compose file's own directory, is the directory docker compose runs in
    // (baserow's deploy/all-in-one/docker-compose.yml, `dockerfile: $PWD/deploy/all-in-one/Dockerfile`,
    // run from the root by its Makefile; sweep 47/I-F4): the path may be right from there.
    const pwd = (what: string, p: string) => `its ${what} ${p}, with $PWD read as the Compose file's own directory, is not in the checkout: $PWD is the directory docker compose runs in, not known for a file read on its own (a command here that runs it is audited as its own target); not audited`;
    // In a submodule this checkout lacks (calcom/docker's calcom, which its workflows check out with
    // `git submodule update --init`; sweep 47/I-F5): it is there once the submodule is.
    const submodule = (what: string, p: string): BuildTarget | null => {
      const sub = repoRoot === null ? null : uncheckedSubmodule(repoRoot, path.relative(repoRoot, path.join(root, p)).split(path.sep).join('/'));
      return sub === null ? null : { ...t, skipReason: `its ${what} ${p} lies in git submodule ${sub}, which is not checked out here (git submodule update --init); not audited` };
    };
    // (A location written with a variable that has no value here, sprintcube/docker-compose-lamp's `./bin/${PHPVERSION}`
    // that the `.env` users copy from sample.env sets: said so, not "a step before the build makes it"; sweep 56/U-F5.)
    const unsetWritten = (what: string, p: string, field: string, as: string) =>
      `its ${what} ${p} is not in the checkout: the Compose file writes its ${field} as ${as}, which reads a variable with no value here (docker compose reads it as empty); the environment or an .env file that runs it gives the value; not audited`;
    if (!fs.existsSync(t.context)) {
      if (ctxRel === null || isIgnored(ctxRel)) return t;
      const inSubmodule = submodule('context', ctxRel);
      if (inSubmodule !== null) return inSubmodule;
      if (t.pwdLocation === true) return { ...t, skipReason: pwd('context', ctxRel) };
      if (t.unsetWritten?.context !== undefined) return { ...t, skipReason: unsetWritten('context', ctxRel, 'context', t.unsetWritten.context) };
      return { ...t, skipReason: `its context ${ctxRel} is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited` };
    }
    const abs = readsFile(t);
    const file = inside(abs);
    if (file !== null && t.dockerfileInline === undefined && !fs.existsSync(abs)) {
      // Written with a variable that has no value here (qpixel's `dockerfile: ${CLIENT_DOCKERFILE}`, which the `.env` a
      // setup script copies from docker/compose-env sets; sweep 56/Y-F2): that, not a step that makes the file.
      const written = t.unsetWritten?.dockerfile ?? t.unsetWritten?.context;
      if (written !== undefined) return { ...t, skipReason: unsetWritten('Dockerfile', file, t.unsetWritten?.dockerfile !== undefined ? 'Dockerfile' : 'context', written) };
      // Git-ignored: never committed, made before the build (khs1994-docker/lnmp's dockerfile/mysql:
      // `cp example.Dockerfile Dockerfile`, as its README says, then `docker compose build`).
      if (isIgnored(file)) return { ...t, skipReason: `its Dockerfile ${file} is not in the checkout and git ignores it: a step before the build makes it (or it is copied from a template beside it); not audited` };
      const inSubmodule = submodule('Dockerfile', file);
      if (inSubmodule !== null) return inSubmodule;
      if (t.pwdLocation === true) return { ...t, skipReason: pwd('Dockerfile', file) };
      return { ...t, skipReason: `its Dockerfile ${file} is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited` };
    }
    return namedNotInCheckout(t, 'the Compose file');
  };
  /**
   * A Compose service whose Dockerfile is a template (baserow's plugin-boilerplate/{{ cookiecutter.project_slug }}/,
   * `COPY ./plugins/{{ cookiecutter.project_module }}/`): skipped as the Dockerfile is on its own.
   */
  const templated = (t: BuildTarget): BuildTarget => {
    if (t.skipReason !== undefined || t.error !== undefined || t.dockerfileInline !== undefined || isRemoteContext(t.context)) return t;
    const file = t.dockerfile ?? path.join(t.context, 'Dockerfile');
    const why = fs.existsSync(file) ? templateReason(file) : null;
    return why !== null && why.startsWith('a template') ? { ...t, skipReason: `its Dockerfile is ${why}` } : t;
  };
  // One traversal of the tree for every kind of file searched for (Dockerfiles, Compose and Bake
  // files, recipes): each fast-glob pass walks the whole tree (nocobase: four passes, 420 ms).
  // A build file may be a symlink to one inside the repository (a root Dockerfile -> docker/Dockerfile,
  // which `docker build .` reads; stop 50's C-F6: it was dropped from the listing without a word).
  // One that leads out of the repository is not read.
  const repoTop = resolvedLocation(opts.repository?.root ?? root);
  const linkToFileInside = (rel: string): boolean => {
    try {
      const real = fs.realpathSync(path.join(root, rel));
      return isInside(repoTop, real) && fs.statSync(real).isFile();
    } catch {
      return false;
    }
  };
  // (A link is resolved only when a search wants its name, once: 30k links doubled a run; the review of 74029b83, RA-D4.)
  let everyFile: { path: string; link: boolean }[] | undefined;
  const linkChecked = new Map<string, boolean>();
  const linkOnce = (rel: string): boolean => {
    let ok = linkChecked.get(rel);
    if (ok === undefined) linkChecked.set(rel, (ok = linkToFileInside(rel)));
    return ok;
  };
  const glob = (wanted: (f: string) => boolean) =>
    (everyFile ??= fg
      .sync('**/*', { cwd: root, dot: true, ignore: SKIP, onlyFiles: false, objectMode: true, followSymbolicLinks: false, deep, suppressErrors: true })
      .filter((e) => e.dirent.isFile() || e.dirent.isSymbolicLink())
      .map((e) => ({ path: e.path, link: !e.dirent.isFile() }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
      .filter((e) => wanted(e.path) && (!e.link || linkOnce(e.path)) && !isIgnored(e.path) && !thirdParty(e.path))
      .map((e) => e.path);
  const globbed = glob(dockerfileCandidate);
  // Files a walk of DIR has already listed (`suggest`'s, below maxDepth): no second search.
  const knownIgnored = (f: string) => opts.knownIgnoredToo !== true && isIgnored(f);
  const known = (opts.knownFiles ?? []).filter((f) => dockerfileCandidate(f) && !SKIP_PATH.test(f) && !knownIgnored(f) && !thirdParty(f));
  const dockerfiles = [...new Set([...globbed, ...known])].sort().filter((f) => !f.endsWith('.dockerignore') && (!(SOURCE_FILE.test(f) || LOWERCASE_SUFFIX.test(f)) || dockerfileAfterAll(path.join(root, f))));
  // Compose and Bake files the walk listed deeper than maxDepth (tensorzero's
  // crates/tensorzero-core/tests/e2e/docker-compose.yml builds from the root).
  const knownBuild = (opts.knownFiles ?? []).filter((f) => BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf('/') + 1)) && !SKIP_PATH.test(f) && !knownIgnored(f) && !thirdParty(f));
  const buildFiles = [...new Set([...glob((f) => BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf('/') + 1))), ...knownBuild])].sort();

  /** Whether a file that drives builds (a workflow, Makefile, script, package.json, Compose file, other CI pipeline) names one of these root-relative paths. */
  /** The first file that drives builds naming one of these root-relative paths, or undefined. */
  const buildFileNaming = (rels: readonly string[], codeOnly = false): string | undefined =>
    glob(IMAGE_USER_FILE).find((f) => {
      if (rels.includes(f)) return false;
      try {
        const raw = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
        // (Not in a workflow's trigger filters, which run nothing: sweep 52/R-F4.)
        const filtered = /^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw;
        const text = codeOnly ? withoutCommentLines(filtered, f) : filtered;
        return rels.some((r) => text.includes(r) || text.includes(path.posix.relative(path.posix.dirname(f), r)));
      } catch {
        return false;
      }
    });
  const namedByBuildFiles = (rels: readonly string[]): boolean => buildFileNaming(rels) !== undefined;

  // A pipeline that prebuilds dev containers (and may push them): `devcontainers/ci`, `devcontainer build`.
  let prebuilds: boolean | undefined;
  const prebuildsDevContainers = (): boolean =>
    (prebuilds ??= glob(IMAGE_USER_FILE).some((f) => {
      try {
        return /devcontainers\/ci\b|\bdevcontainer\s+build\b|@devcontainers\/cli\b/.test(readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
      } catch {
        return false;
      }
    }));

  const declared: BuildTarget[] = [];
  // One Compose project per directory, loaded as `docker compose` would there (base + override).
  const composeDirs = [...new Set(buildFiles.filter((f) => !path.basename(f).startsWith('docker-bake')).map((f) => path.dirname(f)))];
  // What the projects' files include: an included file is loaded through its includer (with the
  // networks, volumes and project directory the includer gives it), not as a project of its own.
  // What the repository's Makefile recipes, shell scripts and package.json scripts build (read once,
  // when needed): evidence of where a build runs, and that it runs at all.
  let recipeBuildList: RecipeBuild[] | undefined;
  const recipeBuilds = (): RecipeBuild[] => {
    if (recipeBuildList === undefined) {
      const rel = glob(isRecipeFile);
      // A variable `-f` places a Dockerfile only when it stands in the file's name (`-f
      // docker/Dockerfile.$TYPE.jvm`): one in a directory (ionos-wordpress' `-f $path/Dockerfile`, a
      // function's `local path="./packages/$1"`) matches every `*/Dockerfile`, and tools/Dockerfile,
      // which nothing builds, got a CTX101 error "as scripts/build.sh builds it".
      // (Nor a "build" whose context is a file: the words of a quoted grep pattern, `grep -q "docker build -f
      // Dockerfile.legacy ." Makefile`, which --all tried to audit and exited 2 on: the review of d51bb96.)
      // (Nx's project.json files by their own search: among the recipe files they spent the cap other readers
      // take; the review of 39477757, RC-D2.)
      recipeBuildList = [...makefileBuilds(root, rel), ...scriptBuilds(root, rel), ...gitlabCiBuilds(root, glob((f) => f.startsWith('.gitlab'))), ...packageScriptBuilds(root, rel), ...nxContainerBuilds(root, glob((f) => /(?:^|\/)project\.json$/.test(f)))].filter((b) => (b.fromPattern === undefined || !/[*?[]/.test(path.posix.dirname(b.fromPattern))) && !isRegularFile(b.context));
    }
    return recipeBuildList;
  };
  // What the repository's GitHub workflows build (docker/build-push-action, `docker build -f X Y`).
  const workflowBuilds = workflowTargets(root, opts.cwd, opts.repository);
  /** Whether a workflow, recipe or script runs these Compose files: CI's build, whose failures fail CI. */
  const ranByBuilds = (files: readonly string[]) =>
    recipeBuilds().some((b) => b.composeFiles?.some((f) => files.includes(f)) === true) || workflowBuilds.some((t) => (t.composeFilesRead ?? t.defaultComposeRun?.files ?? []).some((f) => files.includes(f)));
  // A `.env` there that sets COMPOSE_FILE chooses the files `docker compose` reads in that directory
  // (the default names, the override included, are then not read).
  const projectFilesOf = (dir: string): string[] => {
    const fromEnv = composeFilesFromEnv(dir);
    return fromEnv !== null && fromEnv.every((f) => isInside(root, f) && fs.existsSync(f)) ? fromEnv : findComposeFiles(dir, false);
  };
  const projectFiles = new Map(composeDirs.map((d) => [d, projectFilesOf(path.join(root, d))] as const));
  const included = new Map<string, string>();
  for (const [, files] of projectFiles) for (const f of files) for (const inc of composeIncludes(f)) if (!files.includes(inc) && !included.has(inc)) included.set(inc, f);
  // Includers first; an included project is skipped only when its includer loaded (else it is
  // audited on its own, as before: never a build left out because another file failed).
  const isIncluded = (d: string) => (projectFiles.get(d) ?? []).length > 0 && (projectFiles.get(d) ?? []).every((f) => included.has(f));
  const loadedFiles = new Set<string>();
  // The files of each target this pass reads (markDefaultComposeJobs).
  const projectOf = new Map<BuildTarget, { files: string[]; service: string }>();
  for (const d of [...composeDirs.filter((x) => !isIncluded(x)), ...composeDirs.filter(isIncluded)]) {
    const files = projectFiles.get(d) ?? [];
    if (isIncluded(d) && files.every((f) => loadedFiles.has(included.get(f) as string))) continue;
    if (files.length === 0) {
      // Only an override (`.devcontainer/docker-compose.override.yml`): `docker compose` there finds
      // no configuration; the file extends one named with -f elsewhere. Listed, not audited.
      for (const f of buildFiles.filter((b) => path.dirname(b) === d)) {
        const abs = path.join(root, f);
        const rel = path.relative(opts.cwd, abs) || abs;
        const skipReason = 'a Compose override with no compose.yaml or docker-compose.yml beside it: it extends a file named with -f elsewhere (audit them together with --compose BASE --compose OVERRIDE)';
        declared.push({ name: rel, declaredIn: rel, kind: 'compose', context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason });
      }
      continue;
    }
    const rel = path.relative(opts.cwd, files[0]) || files[0];
    // In a test directory: a test's input or expected output (dockerfile-rails' test/results/*/
    // docker-compose.yml, golden files its tests compare text against), unless a build elsewhere
    // names the same service. Its findings are warnings at most, and one that does not load is
    // listed as skipped instead of failing the run.
    const dirPath = d === '.' ? '' : `${d.split(path.sep).join('/')}/`;
    // Not when a recipe or script runs it (budget-tracker's e2e job: a package.json script runs
    // setup-e2e-tests.sh, which runs `docker compose -f docker/test/backend/docker-compose.yml up
    // --build`): a build CI runs, whose failure fails CI.
    const inTests = TEST_DIR.test(dirPath) && !recipeBuilds().some((b) => b.composeFiles?.some((f) => files.includes(f)) === true);
    const inTemplates = !inTests && TEMPLATE_DIR.test(dirPath);
    // A dev container's own Compose file (devcontainer.json's dockerComposeFile), naming no image anyone
    // could push, in a repository no pipeline of which prebuilds dev containers: what VS Code builds where a
    // developer works (the review of 98fab768, F8).
    // (Not one a workflow, recipe or script runs: the review of 36c6bc29, RD-R5.)
    const inDevContainer = !inTests && !inTemplates && DEV_CONTAINER_DIR.test(dirPath) && !prebuildsDevContainers() && !files.some((f) => composeNamesImage(f)) && !ranByBuilds(files);

    try {
      // `${PWD}` is the directory docker compose runs in: this project's, as it is loaded here
      // (QGIS-Django's dockerize/docker-compose.yml, `context: ${PWD}/../`, which CI runs there).
      for (const t of composeTargetsDespiteRequired(files, { cwd: opts.cwd, env: { ...opts.env, PWD: path.dirname(files[0]) }, repository: opts.repository, skipFragments: true })) {
        const own = templated(notInCheckout({ ...t, name: `${rel}:${t.name}`, ...(inTests ? { testInput: true as const } : {}), ...(inTemplates ? { templateInput: true as const } : {}), ...(inDevContainer ? { devContainer: true as const } : {}) }));
        projectOf.set(own, { files, service: t.name });
        declared.push(own);
      }
      for (const f of files) loadedFiles.add(f);
    } catch (e) {
      const r = refused(files[0], e);
      // Or in an examples directory (soitun/dns-proxy-server's examples/wildcards/docker-compose.yml,
      // its depends_on indented wrong, images only, run by nothing): documentation that does not load
      // fails no build here, and the run does not stop on it.
      const inExamples = !inTests && EXAMPLE_DIR.test(dirPath);
      // Or a project template's (cryptoutil's templates/deployments/__PRODUCT__/compose.yml, a bare
      // `__PRODUCT_INCLUDE_LIST__` line its generator replaces), one no recipe or script runs: the
      // generator writes the real file; --all exited 2 on the template.
      // (Named in no file that drives builds: one a script runs does not load there either, so it is no recipe build to find.)
      const asTemplate = !inTests && !inExamples && (inTemplates || PLACEHOLDER_DIR.test(dirPath)) && !namedByBuildFiles(files.map((f) => path.relative(root, f).split(path.sep).join('/')));
      if ((inTests || inExamples || asTemplate) && r.error !== undefined) {
        const { error, ...rest } = r;
        declared.push({
          ...rest,
          skipReason: inTests
            ? `a Compose file in a test directory that docker compose would refuse (${error}): a test input or an expected output, not a build; not audited`
            : inExamples
            ? `a Compose file in an examples directory that docker compose would refuse (${error}): documentation, not a build of this repository; not audited`
            : `a Compose file in a project template directory that docker compose would refuse (${error}): what a generator fills in, not a build of this repository; not audited`,
        });
      } else if (r.error !== undefined && !composeMayBuild(files)) {
        // It declares no build at all: what docker compose refuses in it fails no build here.
        const { error, ...rest } = r;
        declared.push({ ...rest, skipReason: `a Compose file that declares no build, which docker compose would refuse (${error}); not audited` });
      } else declared.push(r);
    }
  }
  // A dev container's Compose project: devcontainer.json's `dockerComposeFile` (a file or a list, from
  // the json's directory), which VS Code and the devcontainer CLI run with -f (devpod's
  // examples/compose/.devcontainer.json names docker-compose.devcontainer.yml: listed as named "in a
  // command or code ctx-audit does not follow", its devcontainer.Dockerfile2 never audited; sweep 52/Q-F4).
  // Only files no project here loads already; a dev container's own build, as its Dockerfiles are.
  // (Not capped as a dev container's when a workflow, recipe or script also runs the file: CI builds it, and
  // its failures fail CI; the review of e61a1c35, RB-R3. One that docker compose would refuse is listed as the
  // project loop lists it in an examples, test or template directory, or when it declares no build: RB-R5.)
  for (const json of glob((f) => /(?:^|\/)(?:\.devcontainer\.json|\.devcontainer\/(?:[^/]+\/)?devcontainer\.json)$/.test(f))) {
    const files = devcontainerComposeFiles(path.join(root, json));
    if (files === null || files.length === 0 || files.some((f) => loadedFiles.has(f) || !isInside(root, resolvedLocation(f)))) continue;
    const jsonRel = path.relative(opts.cwd, path.join(root, json)) || json;
    const rel = path.relative(opts.cwd, files[0]) || files[0];
    // (In an examples or test directory a dev container's build is the example's, whatever pipeline prebuilds the
    // repository's own: devpod's examples/compose, which `devpod up ./examples/compose` builds; its missing `app` an
    // error in the regression run of this stop.)
    const jsonDir = `${path.posix.dirname(json)}/`;
    const dev = !ranByBuilds(files) && (EXAMPLE_DIR.test(jsonDir) || TEST_DIR.test(jsonDir) || (!prebuildsDevContainers() && !files.some((f) => composeNamesImage(f)))) ? { devContainer: true as const } : {};
    try {
      for (const t of composeTargetsDespiteRequired(files, { cwd: opts.cwd, env: { ...opts.env, PWD: path.dirname(files[0]) }, repository: opts.repository, skipFragments: true })) {
        const own = templated(notInCheckout({ ...t, name: `${rel}:${t.name} (as ${jsonRel} runs it)`, ...dev }));
        projectOf.set(own, { files, service: t.name });
        declared.push(own);
      }
    } catch (e) {
      const r = refused(files[0], e);
      const dirPath = `${path.relative(root, path.dirname(path.join(root, json))).split(path.sep).join('/')}/`.replace(/^\/$/, '');
      const where = TEST_DIR.test(dirPath) ? 'a test directory' : EXAMPLE_DIR.test(dirPath) ? 'an examples directory' : TEMPLATE_DIR.test(dirPath) || PLACEHOLDER_DIR.test(dirPath) ? 'a project template directory' : null;
      if (r.error !== undefined && (where !== null || !composeMayBuild(files))) {
        const { error, ...rest } = r;
        declared.push({ ...rest, skipReason: where !== null ? `a dev container's Compose file in ${where} that docker compose would refuse (${error}): not a build of this repository; not audited` : `a Compose file that declares no build, which docker compose would refuse (${error}); not audited` });
      } else declared.push(r);
    }
    for (const f of files) loadedFiles.add(f);
  }
  const isDir = (p: string) => {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  for (const f of buildFiles.filter((f) => path.basename(f) === 'docker-bake.json')) {
    const rel = path.relative(opts.cwd, path.join(root, f));
    try {
      // Read from its own directory (`docker buildx bake` run beside it). A target whose context or
      // Dockerfile is there only from the root is read from the root, where a `bake -f DIR/FILE` runs
      // (dataops-observability's deploy/docker/docker-bake.json, `"context": "."`, run by
      // scripts/invocations/deploy.py from the root: --all exited 2 on a context the file's
      // directory lacks).
      const beside = bakeTargets(path.join(root, f), opts.cwd, opts.repository);
      const fromRoot = path.dirname(f) === '.' ? beside : bakeTargets(path.join(root, f), opts.cwd, opts.repository, root);
      const readable = (t: BuildTarget) => t.skipReason !== undefined || (isDir(t.context) && (t.dockerfile === undefined || fs.existsSync(t.dockerfile)) && (t.dockerfile !== undefined || t.dockerfileInline !== undefined || fs.existsSync(path.join(t.context, 'Dockerfile'))));
      beside.forEach((t, i) => {
        const chosen = !readable(t) && readable(fromRoot[i]) ? fromRoot[i] : t;
        declared.push({ ...chosen, name: `${rel}:${chosen.name}` });
      });
    } catch (e) {
      declared.push(refused(path.join(root, f), e));
    }
  }
  // (A step's run of a project with the default file names only marks that project's targets, below.)
  declared.push(...workflowBuilds.filter((t) => t.defaultComposeRun === undefined).map((t) => (isRemoteContext(t.context) ? t : namedNotInCheckout(t, 'the workflow'))));
  markDefaultComposeJobs(declared, projectOf, [...workflowBuilds.flatMap((t) => (t.defaultComposeRun ? [{ ...t, composeFiles: t.defaultComposeRun.files, service: t.defaultComposeRun.service, ...(t.defaultComposeRun.buildOnly ? { buildOnly: true as const } : {}) }] : [])), ...recipeBuilds().filter((b) => b.composeFiles !== undefined)]);
  // What GoReleaser builds, in a directory of its own making: listed as skipped (repo-builds.ts).
  declared.push(...goreleaserTargets(root, opts.cwd, glob((f) => /(?:^|\/)\.?goreleaser\.ya?ml$/.test(f))));
  // Docker container actions, which the runner builds from their Dockerfile's directory.
  declared.push(...containerActionTargets(root, opts.cwd, glob((f) => /(?:^|\/)action\.ya?ml$/.test(f))));
  // The file each declared build reads, docker's lowercase fallback included.
  // (Not a build this checkout cannot show: it names no Dockerfile here, and one of the root's would
  // then go unaudited: transfer.sh's workflow builds through variables, its root Dockerfile is audited.)
  const covered = new Set(declared.filter((t) => t.staleTarget !== true && t.unlocated !== true && t.fragment !== true).map(readsFile));
  // Listed, not audited: the Dockerfiles they build are still audited on their own below.
  // A docker-bake.json beside it (its printed form, read above) says it all already.
  const bakeJsonDirs = new Set(buildFiles.filter((f) => path.basename(f) === 'docker-bake.json').map((f) => path.dirname(f)));
  const hcl: BuildTarget[] = glob((f) => BAKE_HCL_FILE.test(f)).filter((f) => !bakeJsonDirs.has(path.dirname(f))).map((f) => {
    const abs = path.join(root, f);
    const rel = path.relative(opts.cwd, abs) || abs;
    const dir = path.relative(opts.cwd, path.dirname(abs)) || '.';
    // Bake resolves a target's context from where it runs, not from the file (peerdb's workflow runs
    // flow/e2e/test_data/mysql-debug/docker-bake.hcl from the root, its context naming that path).
    const reason =
      dir === '.'
        ? 'Bake HCL is not read (ctx-audit reads Bake JSON): run `docker buildx bake --print > docker-bake.json`, then pass --bake docker-bake.json'
        : `Bake HCL is not read (ctx-audit reads Bake JSON): where the build runs it (bake resolves contexts from there: the repository root, unless a workflow or script changes directory), run \`docker buildx bake -f ${rel} --print > docker-bake.json\`, then pass --bake docker-bake.json from there`;
    // dockerfile: the HCL file itself, so it never merges with the target of the Dockerfile beside it.
    return { name: rel, declaredIn: rel, kind: 'bake' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: reason };
  });
  // Where a Makefile recipe or a shell script builds a Dockerfile from (makefileBuilds, scriptBuilds):
  // evidence of a standalone Dockerfile's context when it would otherwise be a guess.
  type Recipe = { name: string; args: Record<string, string>; argsAtRunTime?: Record<string, string>; target?: string; namedContexts?: Record<string, string>; before?: RecipeBuild['before']; runsFirst?: RecipeBuild['runsFirst']; localImage?: BuildTarget['localImage']; stageUnknown?: true; viaCompose?: true; builder?: 'legacy' };
  let recipes: Map<string, Map<string, Recipe>> | undefined;
  /** Context -> the first recipe that builds `abs` from it, and the build args (and stage) it passes. */
  const recipeContexts = (abs: string): Map<string, Recipe> | undefined => {
    if (recipes === undefined) {
      recipes = new Map();
      for (const b of recipeBuilds()) {
        if (b.stdin !== undefined || b.gitArchive === true || !isInside(root, b.context)) continue;
        // No -f: the context's Dockerfile (docker-selenium's `cd ./Base && docker buildx build ... .`).
        const file = b.dockerfile ?? path.join(b.context, 'Dockerfile');
        const byContext = recipes.get(file) ?? new Map<string, Recipe>();
        if (!byContext.has(b.context)) byContext.set(b.context, { name: b.name, args: b.args, ...(b.argsAtRunTime !== undefined ? { argsAtRunTime: b.argsAtRunTime } : {}), ...(b.target !== undefined ? { target: b.target } : {}), ...(b.namedContexts !== undefined ? { namedContexts: b.namedContexts } : {}), ...(b.before !== undefined ? { before: b.before } : {}), ...(b.runsFirst !== undefined ? { runsFirst: b.runsFirst } : {}), ...(b.localImage !== undefined ? { localImage: b.localImage } : {}), ...(b.stageUnknown ? { stageUnknown: true as const } : {}), ...(b.composeFiles !== undefined ? { viaCompose: true as const } : {}), ...(b.builder !== undefined ? { builder: b.builder } : {}) });
        recipes.set(file, byContext);
      }
    }
    return recipes.get(abs);
  };
  /**
   * Whether something here may build the root Dockerfile plainly that --all does not read as a build:
   * another CI system's pipeline, a Bake HCL file, a Tiltfile, a platform that builds the root
   * (fly.toml, heroku.yml, ...). A recipe's build args then do not make the plain build a non-build (the
   * review of aea373a and f9b7eb5: with a fly.toml beside it, the plain build fails on the default).
   */
  let otherBuilders: boolean | undefined;
  const otherBuildersHere = (): boolean =>
    (otherBuilders ??=
      PLATFORM_FILES.some((f) => fs.existsSync(path.join(root, f))) ||
      glob((f) => OTHER_CI_FILE.test(f) || /(?:^|\/)(?:docker-bake(?:\.override)?\.hcl|Tiltfile)$/.test(f)).length > 0);
  /** `abs` as a recipe or script builds it from `ctx`, its errors kept (the stage named when `showStage`). */
  const recipeTarget = (abs: string, ctx: string, recipe: Recipe, showStage: boolean): BuildTarget => {
    const name = path.relative(opts.cwd, abs) || abs;
    // A stage the Dockerfile lost (synapse-rust's deploy.sh: `--target sbom`): a CTX100 error naming the
    // recipe, as a workflow's is, not an exit 2 for the whole run.
    const stale = recipe.target === undefined ? null : missingStage(abs, recipe.target);
    // Not the file built when the recipe writes or edits it first (`cat > Dockerfile <<EOF`, `sed -i`): the
    // stage may be there then; skipped (the review of f3e04349, RA-R2).
    const rel = (p: string) => path.relative(recipe.before?.at ?? ctx, p).split(path.sep).join('/');
    if (stale !== null && recipe.before !== undefined && (lineWriting(recipe.before.text, rel(abs)) > 0 || lineWriting(recipe.before.text, rel(abs), false, true) > 0)) {
      return { name: `${name} (context: ${path.relative(opts.cwd, ctx) || '.'}, stage ${recipe.target}, as ${recipe.name} builds it)`, declaredIn: name, kind: 'dockerfile' as const, context: ctx, dockerfile: abs, args: {}, namedContexts: {}, target: recipe.target, staleTarget: true, skipReason: `its Dockerfile ${name} has no stage "${recipe.target}" as committed (${stale}), and ${recipe.name} writes it before the build: not audited` };
    }
    if (stale !== null) {
      return { name: `${name} (context: ${path.relative(opts.cwd, ctx) || '.'}, stage ${recipe.target}, as ${recipe.name} builds it)`, declaredIn: name, kind: 'dockerfile' as const, context: ctx, dockerfile: abs, args: {}, namedContexts: {}, target: recipe.target, staleTarget: true, stageNamedBy: recipe.name };
    }
    return {
      name: `${name} (context: ${path.relative(opts.cwd, ctx) || '.'}${showStage && recipe.target !== undefined ? `, stage ${recipe.target}` : ''}${recipe.stageUnknown ? ', its stage known only when it runs' : ''}, as ${recipe.name} builds it)`,
      declaredIn: name,
      kind: 'dockerfile' as const,
      context: ctx,
      dockerfile: abs,
      // Its build args too (kubeflow/model-registry's `$(DOCKER_BUILD_ARGS)`: what it copies),
      // and the stage a Compose service it runs names.
      args: recipe.args,
      ...(recipe.argsAtRunTime !== undefined ? { argsAtRunTime: recipe.argsAtRunTime } : {}),
      ...(recipe.target !== undefined ? { target: recipe.target } : {}),
      // What the recipe runs before the build may make a COPY source (CTX101 names it then).
      ...recipePreparers(recipe),
      ...madeOrReadNamedContexts(recipe, (abs) => path.relative(opts.cwd, abs) || '.'),
      placedBy: recipe.name,
      ...(recipe.stageUnknown ? { stageUnknown: true as const } : {}),
      ...(recipe.localImage !== undefined ? { localImage: recipe.localImage } : {}),
      ...(recipe.builder !== undefined ? { builder: recipe.builder } : {}),
      // A test directory's Dockerfile a script builds may be built from a context the script assembles
      // (kafka's, spire's): a test input. Not one a Compose file that a script runs builds: as the
      // Compose file is no test input then (budget-tracker's), its context and Dockerfile are the
      // file's, and the build fails as it fails anywhere (ros2_medkit's run_docker_tests.sh, `docker
      // compose -f docker-compose.systemd.yml build`: a moved cmake/ was a warning).
      // (One whose script first runs something that may write, a preparing script, keeps the cap.)
      ...(TEST_DIR.test(path.relative(root, abs).split(path.sep).join('/')) && (recipe.viaCompose === undefined || (recipe.before !== undefined && writesBeforeCompose(recipe.before.text))) ? { testInput: true as const } : {}),
    };
  };
  // The contexts other builds name: a script may assemble one with a copy of the root's Dockerfile
  // (scriptCopyingInto), before the build or in an earlier job (an artifact the build downloads).
  let assembled: Set<string> | undefined;
  /** The recipe that builds `abs` from `git archive` on stdin, when no recipe or script builds it from a directory; else null. */
  const archivedOnly = (abs: string): string | null => {
    const of = (b: RecipeBuild) => path.resolve(b.dockerfile ?? path.join(b.context, 'Dockerfile'));
    const by = recipeBuilds().filter((b) => of(b) === path.resolve(abs));
    const archive = by.find((b) => b.gitArchive === true);
    return archive !== undefined && by.every((b) => b.gitArchive === true || b.stdin !== undefined) ? archive.name : null;
  };
  const copiedAway = (abs: string): string | null => {
    assembled ??= new Set(declared.filter((t) => !isRemoteContext(t.context) && path.resolve(t.context) !== root && isInside(root, t.context)).map((t) => path.basename(t.context)));
    return scriptCopyingInto(root, path.basename(abs), assembled);
  };
  // A Dockerfile under a name of its own that a recipe or script builds with -f (prometheus-proxy's
  // Makefile: `docker buildx build -f ./etc/docker/proxy.df ... .`): a Dockerfile all the same.
  const recipeNamed = recipeBuilds()
    .flatMap((b) => (b.dockerfile !== undefined && b.stdin === undefined && isInside(root, b.dockerfile) ? [path.relative(root, b.dockerfile).split(path.sep).join('/')] : []))
    .filter((f) => f !== '' && !f.startsWith('../') && !dockerfiles.includes(f) && !isIgnored(f) && !thirdParty(f) && isRegularFile(path.join(root, f)));
  if (recipeNamed.length > 0) dockerfiles.push(...new Set(recipeNamed));
  dockerfiles.sort();
  const fedOnStdin = new Set(recipeBuilds().flatMap((b) => (b.stdin?.file === true && isInside(root, b.context) && fs.existsSync(b.context) ? [path.join(root, b.stdin.from)] : [])));
  const standalone: BuildTarget[] = dockerfiles
    .map((f) => path.join(root, f))
    // (Nor one a recipe or script feeds a build on stdin, `docker build -f - . < F`: that build audits it.)
    .filter((abs) => !covered.has(abs) && !fedOnStdin.has(abs))
    .map((abs) => {
      const name = path.relative(opts.cwd, abs) || abs;
      // A link (one to a file in the repository: glob) is judged by the file it names (pdns'
      // Dockerfile.target.el-8 -> Dockerfile.target.oraclelinux-8, a pdns-builder template; sweep 53/X-F2).
      // (By its own name first: a link named like a template is said to be one by that name.)
      const rel = path.relative(root, abs).split(path.sep).join('/');
      const template = templateReason(abs, root) ?? (linkChecked.get(rel) === true ? templateReason(fs.realpathSync(abs), root) : null);
      // An empty file, or one with no FROM, that a recipe or script builds from one context (go-food-
      // delivery-microservices' catalogreadservice: a 0-byte Dockerfile its Makefile's `docker build
      // -t ... .` builds): that build fails, audited (CTX100), not skipped as a file nothing builds.
      const byRecipeAnyway = template !== null && /^(?:an empty file|no FROM instruction)/.test(template) ? recipeContexts(abs) : undefined;
      // Not one the recipe writes before it builds (`printf 'FROM alpine' > app/Dockerfile`): that build reads what it wrote.
      const writesIt = (recipe: Recipe) => recipe.before !== undefined && lineWriting(recipe.before.text, path.relative(recipe.before.at, abs).split(path.sep).join('/')) > 0;
      if (byRecipeAnyway !== undefined && byRecipeAnyway.size === 1 && fs.existsSync([...byRecipeAnyway.keys()][0]) && !writesIt([...byRecipeAnyway.values()][0])) {
        const [[ctx, recipe]] = [...byRecipeAnyway];
        return recipeTarget(abs, ctx, recipe, false);
      }
      if (template !== null) return { name, declaredIn: name, kind: 'dockerfile' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: template };
      // A link by another name than the root's Dockerfile (which `docker build .` reads) to a Dockerfile audited itself, and no build
      // here names it: an alias (tianon/dockerfiles' jenkins/Dockerfile.lts -> lts/Dockerfile, audited from jenkins/
      // where its COPY sources are not: a false CTX101 warning; sweep 53/C-F2). A root `Dockerfile` link is what
      // `docker build .` reads: audited (stop 50's C-F6); so is one elsewhere that leads out of its directory, which
      // `docker build DIR` cannot read under BuildKit (CTX100). One to a file beside it or below is the alias of a
      // build audited itself (osrm-backend's docker/Dockerfile -> Dockerfile-debian, which its workflows build from
      // the root: three false CTX101 warnings from docker/, "no workflow builds this Dockerfile"; sweep 54/H-F2).
      if (linkChecked.get(rel) === true && !(/^[Dd]ockerfile$/.test(path.basename(abs)) && !rel.includes('/')) && (recipeContexts(abs)?.size ?? 0) === 0 && headerCommentContext(abs, root) === null) {
        const real = path.relative(fs.realpathSync(root), fs.realpathSync(abs)).split(path.sep).join('/');
        const dir = rel.slice(0, rel.lastIndexOf('/') + 1);
        const leaves = /^[Dd]ockerfile$/.test(path.basename(abs)) && !real.startsWith(dir);
        if (dockerfiles.includes(real) && !leaves) return { name, declaredIn: name, kind: 'dockerfile' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: `a link to ${real}, which is audited itself, and no build here names it by this name: not audited again` };
      }
      // docker/Dockerfile with `COPY package.json .`: built from the root, or the directory above it
      // where its sources are (the report says so).
      const { dir: ctxDir, elsewhere } = placeStandalone(abs, root);
      // Sources missing everywhere but a recipe or script naming the context (coolstore's start.sh:
      // `docker build -f ./deploys/dockers/docker-volume/Dockerfile .`, its src/grpc deleted long
      // ago): that build fails, audited from there below, not skipped as "assembled elsewhere".
      if (elsewhere !== null && (recipeContexts(abs)?.size ?? 0) !== 1 && headerCommentContext(abs, root) === null) {
        const listed = elsewhere.slice(0, 3).join(', ') + (elsewhere.length > 3 ? `, ... (${elsewhere.length})` : '');
        const skipReason = `none of the paths it copies (${listed}) is in the repository, beside it or above it: its context is assembled elsewhere; audit it with that context (ctx-audit CONTEXT -f ${name})`;
        return { name, declaredIn: name, kind: 'dockerfile' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason };
      }
      // In a generator's templates (webstudio's packages/cli/templates/react-router-docker/Dockerfile,
      // which its CLI copies into the project it makes, with the .npmrc it writes; sweep 51/J-F2), and
      // no build of this repository names it: built where it is copied to, not here.
      // (As a Compose file there is a template's input: TEMPLATE_DIR.)
      const templateDir = TEMPLATE_DIR.exec(path.relative(root, path.dirname(abs)).split(path.sep).join('/') + '/')?.[0].replace(/^\/|\/$/g, '');
      if (templateDir !== undefined && (recipeContexts(abs)?.size ?? 0) === 0 && headerCommentContext(abs, root) === null) {
        return { name, declaredIn: name, kind: 'dockerfile' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: `in ${/^[aeiou]/i.test(templateDir) ? 'an' : 'a'} ${templateDir}/ directory, and no build here names it: a template, which a tool renders or copies into the project it makes before it is built; not audited (ctx-audit CONTEXT -f ${name} audits it)` };
      }
      // At the root, `docker build .` of the default name is the convention; anywhere else, or under
      // another name (which needs -f, so some command names its context: OpenCTI connectors'
      // root Dockerfile_ubi9 is built with each connector's directory), the context is a guess,
      // unless a Makefile recipe or a script builds it from one context (KasmVNC's builder scripts,
      // `-f builder/dockerfile.${os}.build .` from the root).
      // A root Dockerfile a script copies into the context a build of the repository assembles
      // (SunbirdEd-portal builds it from src/app/app_dist, where server.js is): `docker build .` is a guess.
      const copied = path.dirname(abs) === root ? copiedAway(abs) : null;
      // A root Dockerfile a recipe builds only from `git archive` of the commit on stdin (hypothesis/lms'
      // `git archive --format=tar HEAD | docker build -t ... -`): `docker build .` is no build of it,
      // and the .git this directory holds is never sent (CTX003 called it copied into the image).
      const archived = path.dirname(abs) === root ? archivedOnly(abs) : null;
      const guessed = path.dirname(abs) !== root || !/^[Dd]ockerfile$/.test(path.basename(abs)) || copied !== null || archived !== null;
      const byRecipe = guessed ? recipeContexts(abs) : undefined;
      // (Not a recipe asking for a stage the Dockerfile lost: the Dockerfile is placed as if none named it.)
      if (byRecipe !== undefined && byRecipe.size === 1 && ([...byRecipe.values()][0].target === undefined || missingStage(abs, [...byRecipe.values()][0].target as string) === null)) {
        const [[ctx, recipe]] = [...byRecipe];
        // A context the script assembles first (databend's ci-setup-chaos-meta.sh builds from temp/,
        // which it fills): listed, not audited from a directory that is not there.
        if (!fs.existsSync(ctx)) {
          const shown = path.relative(opts.cwd, ctx) || '.';
          return { name, declaredIn: name, kind: 'dockerfile' as const, context: ctx, dockerfile: abs, args: {}, namedContexts: {}, skipReason: `${recipe.name} builds it from ${shown}, which is not in the checkout: the script makes it first; not audited` };
        }
        return recipeTarget(abs, ctx, recipe, false);
      }
      // Recipes that build it from several contexts (baserow: the root Makefile from `.`, backend/Makefile
      // from backend/): the one from where its sources are keeps its provenance (it was audited as a
      // guess, its missing source a warning "no ... builds this Dockerfile"; sweep 47/w2-I-F1); the
      // others are builds of their own, below.
      const fromSources = byRecipe !== undefined && byRecipe.size > 1 && ctxDir !== null ? byRecipe.get(ctxDir) : undefined;
      if (fromSources !== undefined && fs.existsSync(ctxDir as string) && (fromSources.target === undefined || missingStage(abs, fromSources.target) === null)) return recipeTarget(abs, ctxDir as string, fromSources, false);
      // No recipe, but the Dockerfile's own comment gives the command that builds it (Quarkus'
      // src/main/docker/Dockerfile.jvm: `docker build -f src/main/docker/Dockerfile.jvm ... .` from
      // the project root; placed in src/main/docker, the root's .dockerignore went unread).
      const byComment = guessed ? headerCommentContext(abs, root) : null;
      // Under .devcontainer/ and built by no pipeline: VS Code or the devcontainer CLI builds it where a
      // developer works (nextflow's docker/flux/.devcontainer/Dockerfile, whose comment builds it from the
      // root; its README names it too, so the comment's local image did not hold; sweep 47/G-F3).
      // (Not when its own comment builds it under a name that is not local, `-t ghcr.io/o/dev` then
      // `docker push`, nor beside a devcontainer.json that names an image: a prebuilt one it may be
      // the source of; the review of 98fab768.)
      const devContainer =
        DEV_CONTAINER_DIR.test(path.relative(root, abs).split(path.sep).join('/')) && !prebuildsDevContainers() && (byComment === null || byComment.localImage !== undefined) && !devcontainerNamesImage(path.dirname(abs))
          ? { devContainer: true as const }
          : {};
      // The devcontainer.json beside it that builds it says from where (oauth2-proxy's `"context": ".."`:
      // VS Code sends the repository root; placed in .devcontainer/, 4 kB were reported for 2.6 MB;
      // sweep 48/A-F3, the review of 98fab768's F9).
      // (After a command its own comment gives, which places it as before: nextflow's docker/flux one.)
      // (Not the root's own Dockerfile, which `docker build .` builds and a dev container may reuse.)
      const byDevcontainer = !guessed || (byComment !== null && fs.existsSync(byComment.context)) ? null : devcontainerBuild(abs, root);
      if (byDevcontainer !== null && isInside(root, resolvedLocation(byDevcontainer.context)) && fs.statSync(byDevcontainer.context, { throwIfNoEntry: false })?.isDirectory() === true) {
        const shown = path.relative(opts.cwd, byDevcontainer.json) || byDevcontainer.json;
        // A dev container wherever its devcontainer.json is (a root .devcontainer.json too; the review of e99019e3).
        const asDevContainer = !prebuildsDevContainers() && !devcontainerNamesImage(path.dirname(abs)) ? { devContainer: true as const } : {};
        return { ...recipeTarget(abs, byDevcontainer.context, { name: shown, args: byDevcontainer.args, ...(byDevcontainer.target !== undefined ? { target: byDevcontainer.target } : {}) }, true), ...asDevContainer };
      }
      if (byComment !== null && fs.existsSync(byComment.context)) {
        return { ...recipeTarget(abs, byComment.context, { name: `the command in its own comment (line ${byComment.line})`, args: {}, ...(byComment.before !== undefined ? { before: byComment.before } : {}), ...(byComment.localImage !== undefined ? { localImage: byComment.localImage } : {}) }, false), ...devContainer };
      }
      return {
        name: ctxDir === null ? name : `${name} (context: ${path.relative(opts.cwd, ctxDir) || '.'}, where its COPY sources are)`,
        declaredIn: name,
        kind: 'dockerfile' as const,
        context: ctxDir ?? path.dirname(abs),
        dockerfile: abs,
        args: {},
        namedContexts: {},
        // In a test directory, and no build names it: a test input (checkov's Dockerfiles for its
        // own Dockerfile checks), or an image a test script assembles a context for (kafka, spire).
        ...(TEST_DIR.test(path.relative(root, abs).split(path.sep).join('/')) ? { testInput: true as const } : {}),
        ...devContainer,
        ...(guessed ? { contextGuessed: true as const } : {}),
        ...(copied !== null ? { copiedAway: copied } : {}),
        ...(archived !== null ? { archivedBy: archived } : {}),
      };
    });
  // The same Dockerfile at another stage or context, through Compose files a recipe, script or
  // package.json script runs (wants-chat's `make build-prod`: docker-compose.yml plus
  // docker-compose.prod.yml, target production; the default file alone builds development, and a
  // production-only COPY source went unchecked), or a `docker build --target` one runs: a build of
  // its own, its errors kept.
  const built = [...declared, ...standalone].filter((t) => t.skipReason === undefined && t.error === undefined);
  // The build args a Dockerfile's COPY/ADD sources name (`COPY conf/app-${V}.conf`): builds that pass
  // them other values copy other paths (jaeger-clickhouse's and strimzi-kafka-bridge's Makefiles
  // build the root Dockerfile with `--build-arg` values its defaults are not).
  const sourceArgs = new Map<string, Set<string>>();
  const argsInSources = (file: string): Set<string> => {
    let names = sourceArgs.get(file);
    if (names === undefined) {
      names = new Set<string>();
      // Never a file outside the repository (a recipe's `-f /etc/hostname`): nothing there is read.
      if (!isInside(root, file)) return names;
      try {
        const text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 });
        for (const src of parseDockerfile(text).stages.flatMap((st) => st.sources)) for (const m of src.raw.matchAll(/\$\{?([A-Za-z_]\w*)/g)) names.add(m[1]);
      } catch {
        /* unreadable: no args matter */
      }
      sourceArgs.set(file, names);
    }
    return names;
  };
  const relevantArgs = (file: string, args: Record<string, string>) => Object.keys(args).filter((k) => argsInSources(file).has(k)).sort().map((k) => [k, args[k]]);
  const buildKey = (file: string, context: string, stage: string | undefined, args: Record<string, string> = {}) => JSON.stringify([file, path.resolve(context), stage ?? null, relevantArgs(file, args)]);
  // A Git-context build (build-push-action with no context:) reads the commit, not this directory
  // through its .dockerignore: it is no audit of a local build of the same Dockerfile.
  const seenBuilds = new Set(built.filter((t) => t.gitContext !== true).map((t) => buildKey(readsFile(t), t.context, t.target, t.args)));
  const lastStageAudited = (file: string, context: string, args: Record<string, string>) => built.some((t) => readsFile(t) === file && t.gitContext !== true && t.target === undefined && path.resolve(t.context) === path.resolve(context) && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, args)));
  const recipeStages: BuildTarget[] = [];
  if (built.length > 0 || covered.size > 0) {
    for (const b of recipeBuilds()) {
      if (b.stdin !== undefined || b.gitArchive === true || !isInside(root, b.context) || !fs.existsSync(b.context)) continue;
      const file = readsFile({ context: b.context, dockerfile: b.dockerfile } as BuildTarget);
      // A plain `docker build --target STAGE` of a recipe counts too (openslides-backend's Makefile
      // builds the tests stage its CI runs: only the last stage was checked), and any plain build of
      // a Dockerfile no local build audits: one only a Git-context build reads (bitwarden-sdk-server's
      // `make docker`), or only a skipped one names (GoReleaser's, below), or whose local audits are of
      // other stages or contexts (Geotrek-admin: docker-compose.yml builds docker/Dockerfile's `dev`
      // stage, its Makefile's `build_prod` the last one, which nothing else checked).
      const key = buildKey(file, b.context, b.target, b.args);
      // The same build audited already (a Compose file --all reads in its directory, which
      // veda-data-airflow's sm2a/Makefile runs after `cp -r ../dags .`): what the recipe runs first
      // may make its COPY sources, as for the recipe's own target (CTX101 names it then).
      if ((b.before !== undefined || b.runsFirst !== undefined) && (seenBuilds.has(key) || (b.composeFiles === undefined && b.target === undefined && lastStageAudited(file, b.context, b.args)))) {
        const more = (recipePreparers(b).preparers ?? []).map((p) => ({ ...p, otherBuild: true as const }));
        for (const t of built) if (t.gitContext !== true && readsFile(t) === file && path.resolve(t.context) === path.resolve(b.context) && (t.target ?? null) === (b.target ?? null)) t.preparers = [...(t.preparers ?? []), ...more];
      }
      // The root Dockerfile's own audit is this build too: its image, run by the recipe as a job
      // (learningequality/kolibri-like Makefiles: `docker build -t localjob .`, `docker run --rm
      // localjob`, `docker cp`), is a local image, as the same recipe's -f build of another file is
      // (confirmLocalImages still asks every other build of it, and the repository, to agree).
      if (b.localImage !== undefined && b.composeFiles === undefined && b.target === undefined) {
        for (const t of standalone) if (t.skipReason === undefined && t.localImage === undefined && t.placedBy === undefined && t.contextGuessed !== true && readsFile(t) === file && path.resolve(t.context) === path.resolve(b.context) && t.target === undefined && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, b.args))) t.localImage = b.localImage;
      }
      if (b.composeFiles === undefined && b.target === undefined && lastStageAudited(file, b.context, b.args)) {
        // That audit is this build: the values it passes that are known only when it runs count
        // (dlt's `--build-arg IMAGE_VERSION="$(shell uv version --short)"`, whose Dockerfile's
        // `ARG IMAGE_VERSION=""` named `dist/dlt-.tar.gz`: CTX101 took the default for the value).
        // Only into the Dockerfile's own plain audit (the review of f9b7eb5: a workflow's or Compose
        // file's build of it passes no such arg, and its error stays an error).
        if (b.argsAtRunTime !== undefined && !otherBuildersHere()) {
          for (const t of standalone) {
            if (t.skipReason !== undefined || t.placedBy !== undefined || t.contextGuessed === true) continue;
            if (t.gitContext !== true && t.target === undefined && readsFile(t) === file && path.resolve(t.context) === path.resolve(b.context) && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, b.args))) {
              // Not a name another recipe's build of it leaves at its default (a plain `docker build .`
              // beside the one passing `VER=$(shell ...)`: the review of f9b7eb5).
              const others = recipeBuilds().filter((o) => o !== b && o.stdin === undefined && o.gitArchive !== true && o.composeFiles === undefined && o.target === undefined && path.resolve(o.context) === path.resolve(b.context) && readsFile({ context: o.context, dockerfile: o.dockerfile } as BuildTarget) === file && JSON.stringify(relevantArgs(file, o.args)) === JSON.stringify(relevantArgs(file, b.args)));
              const kept = Object.entries(b.argsAtRunTime).filter(([k]) => others.every((o) => o.argsAtRunTime !== undefined && Object.hasOwn(o.argsAtRunTime, k)));
              if (kept.length > 0) t.argsAtRunTime = { ...Object.fromEntries(kept), ...t.argsAtRunTime };
            }
          }
        }
        continue;
      }
      // Only a Dockerfile another build audits already, or one a build skipped for a reason of its
      // own names (GoReleaser's, which assembles its own context: mcp-data-platform's `make
      // docker-build` builds the same Dockerfile from the root, and fails there): one no build
      // names is placed above.
      if (seenBuilds.has(key) || !fs.existsSync(file) || !(built.some((t) => readsFile(t) === file) || covered.has(file))) continue;
      seenBuilds.add(key);
      recipeStages.push(recipeTarget(file, b.context, b, true));
    }
  }
  // A root Dockerfile that every local build of it (a Makefile recipe, a script) builds with literal
  // build args its COPY sources name (dlt-like: `docker build --build-arg VER=1.0 .` where the
  // Dockerfile's `ARG VER=""` names no file): those builds are audited as targets of their own above,
  // and a plain `docker build .` with the defaults is no build of the repository's; it was audited too,
  // its CTX101 for the default's path an error on every pull request (sweep 46/B). Listed as skipped.
  for (const t of otherBuildersHere() ? [] : standalone) {
    if (t.skipReason !== undefined || t.contextGuessed === true || t.placedBy !== undefined || t.target !== undefined || Object.keys(t.args).length > 0) continue;
    const file = readsFile(t);
    const same = recipeBuilds().filter((b) => b.stdin === undefined && b.gitArchive !== true && b.composeFiles === undefined && b.target === undefined && isInside(root, b.context) && path.resolve(b.context) === path.resolve(t.context) && readsFile({ context: b.context, dockerfile: b.dockerfile } as BuildTarget) === file);
    if (same.length === 0 || !same.every((b) => relevantArgs(file, b.args).length > 0)) continue;
    if (!recipeStages.some((r) => readsFile(r) === file && path.resolve(r.context) === path.resolve(t.context))) continue;
    const passed = [...new Set(same.flatMap((b) => relevantArgs(file, b.args).map(([k]) => k)))].join(', ');
    t.skipReason = `${same[0].name} builds it passing ${passed} (audited as its own target${same.length > 1 ? 's' : ''}); a plain \`docker build\` with the Dockerfile's defaults is not how the repository builds it: not audited`;
  }
  // A recipe's -f naming a Dockerfile the checkout lacks and git does not ignore (tidb-
  // dashboard's `DOCKERFILE ?= ./dockerfiles/alpine316.Dockerfile`, deleted since): listed as
  // skipped, as a workflow's is, not left out with no word. A git-ignored one is generated first.
  const staleRecipes: BuildTarget[] = [];
  {
    const seenMissing = new Set<string>();
    // A script's build that a caller's reading places at a Dockerfile that is there (instant's server/Makefile runs
    // ./scripts/manual_deploy.sh, whose `docker buildx build .` builds server/Dockerfile): the same build read from the
    // root is not the one that runs, and is not listed as out of date. By the build, its context from where it runs, not
    // by the script (the review of 342a556d, RB-R9: one placed build hid the script's truly stale one).
    const placedAs = (name: string, from: string, context: string) => `${name}\0${path.relative(path.join(root, from), context)}`;
    const placedScripts = new Set(recipeBuilds().filter((x) => x.calledFrom !== undefined && x.stdin === undefined && fs.existsSync(x.dockerfile ?? path.join(x.context, 'Dockerfile'))).map((x) => placedAs(x.name, x.calledFrom as string, x.context)));
    for (const b of recipeBuilds()) {
      // (A URL context is no checkout's: its -f is a name within it, not a missing file here; the review of dffd35f5, RC-D1.)
      if (isRemoteContext(b.context)) continue;
      // Makefile and justfile recipes only: make runs a recipe in its Makefile's directory, while a
      // shell script is only taken to run from the root (graalvm-quarkus-micronaut-springboot's
      // module scripts run from their own directories: `-f src/main/docker/Dockerfile.jvm` is there).
      // package.json scripts too: npm, yarn and pnpm run them in the package's directory (N0SAFE's
      // nextjs-directus-turborepo-template: `docker:build:web` builds docker/Dockerfile.web.prod, which is
      // not there; a Makefile recipe's was listed, the script's dropped with no word).
      // And shell scripts, when the Dockerfile is missing both from the root and from the script's own
      // directory (toncenter/ton-indexer's run_event_classifier.sh builds indexer/classifier.Dockerfile,
      // which is not there; the same line in a Makefile was listed). Only a Dockerfile, not a context:
      // a script may make its context anywhere.
      // (With no -f too, the context's Dockerfile missing from both: nightingale's docker/build.sh, `docker build -t
      // nightingale:${tag} .`, where docker/ holds only Dockerfile.goreleaser*; the same line in a Makefile was
      // listed; sweep 56/X-F3.)
      const ownDir = (p: string) => path.join(root, path.dirname(b.name), path.relative(root, p));
      const script = /\.(?:sh|bash)$/.test(b.name) && b.stdin === undefined && b.gitArchive !== true && (b.dockerfile !== undefined ? !fs.existsSync(ownDir(b.dockerfile)) : fs.existsSync(b.context) && !placedScripts.has(placedAs(b.name, '.', b.context)) && !['Dockerfile', 'dockerfile', 'Containerfile'].some((n) => fs.existsSync(path.join(ownDir(b.context), n))));
      if (!MAKEFILE_NAME.test(b.name.replace(/:\d+$/, '')) && !/(?:^|\/)package\.json's .* script$/.test(b.name) && !script) continue;
      // A context the recipe makes first (learn-ocaml's `git clone . docker; cp Dockerfile docker;
      // docker build --target ... docker`): listed, not left out with no word.
      if (b.stdin === undefined && b.gitArchive !== true && b.dockerfile === undefined && isInside(root, b.context) && !fs.existsSync(b.context) && !seenMissing.has(b.context)) {
        const rel = path.relative(root, b.context).split(path.sep).join('/');
        // (A path, not a word a quoted command left: dcgm-exporter's `DOCKERCMD='docker build'` gave `'`.)
        if (rel === '' || rel.startsWith('../') || SKIP_PATH.test(rel) || !/^[\w.@+=,-]+(?:\/[\w.@+=,-]+)*$/.test(rel)) continue;
        seenMissing.add(b.context);
        const shown = path.relative(opts.cwd, b.context) || b.context;
        staleRecipes.push({ name: `${shown}/Dockerfile (${b.name})`, declaredIn: b.name, kind: 'dockerfile', context: b.context, dockerfile: path.join(b.context, 'Dockerfile'), args: {}, namedContexts: {}, staleRecipe: true, skipReason: `${b.name} builds from ${shown}, which is not in the checkout: the recipe makes it first (a clone or a copy of the repository's files) or is out of date; not audited` });
        continue;
      }
      // No -f: the context's Dockerfile, which docker reads (CapSoftware/Cap's apps/web script `cd ../.. &&
      // docker build -t cap-web-docker .`, a root with no Dockerfile, was left out with no word; sweep 49/B-F3).
      // (A Containerfile there is what podman reads, where `$(CONTAINER_TOOL)` may be podman.)
      const implicit = b.dockerfile === undefined && b.stdin === undefined && b.gitArchive !== true && isInside(root, b.context) && fs.existsSync(b.context) && !['Dockerfile', 'dockerfile', 'Containerfile'].some((n) => fs.existsSync(path.join(b.context, n)));
      const dockerfile = b.dockerfile ?? (implicit ? path.join(b.context, 'Dockerfile') : undefined);
      if (b.stdin !== undefined || dockerfile === undefined || !isInside(root, dockerfile) || fs.existsSync(dockerfile) || seenMissing.has(dockerfile)) continue;
      const rel = path.relative(root, dockerfile).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('../') || SKIP_PATH.test(rel)) continue;
      seenMissing.add(dockerfile);
      const shown = path.relative(opts.cwd, dockerfile) || dockerfile;
      // (A script may be run from elsewhere, a workflow's working-directory or a package.json script's `./scripts/x.sh`:
      // its note says so rather than that docker fails, the review of 208ae7f.) One the recipe writes first, or
      // git ignores, is made before the build (cloudnative-pg's bundle.Dockerfile, which operator-sdk writes: it
      // was left out with no word, sweep 49/D-F2).
      const why = recipeWrites(root, b.name, dockerfile)
        ? `${b.name.replace(/:\d+$/, '')} writes it before the build, so what it copies is not known here`
        : isIgnored(rel)
        ? 'git ignores it, so a step makes it before the build: what it copies is not known here'
        : script
        ? 'the script is out of date, runs from a directory not known here, or a step makes it first'
        : 'the recipe is out of date (docker fails on it) or a step makes it first';
      staleRecipes.push({ name: `${shown} (${b.name})`, declaredIn: b.name, kind: 'dockerfile', context: b.context, dockerfile, args: {}, namedContexts: {}, staleRecipe: true, skipReason: `${b.name} builds ${shown}, which is not in the checkout: ${why}; not audited` });
    }
  }
  // The plain assignments of the repository's Makefiles (`NAME = value`, `:=`, `?=`), a value with no
  // reference of its own; a name assigned two values is not known.
  // Only the define's own Makefile and those in its directory or above it (an unrelated
  // examples/hello/Makefile set DIST too: the review of 62134228); a name given on a make command line
  // anywhere (`make PKGDIR=pkg/ci`), or set from another variable, is not known.
  const makeVarsByFile = new Map<string, Map<string, string>>();
  // The names make command lines set (`make bin DIST=pkg/ci`) in recipes, scripts and pipelines: read once.
  let overrides: Set<string> | undefined;
  const makeOverrides = (): Set<string> => {
    if (overrides !== undefined) return overrides;
    overrides = new Set<string>();
    for (const f of glob((x) => isRecipeFile(x) || /^\.(?:github|forgejo|gitea)\/workflows\/[^/]+\.ya?ml$/.test(x) || OTHER_CI_FILE.test(x)).slice(0, 400)) {
      let t: string;
      try {
        t = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
      } catch {
        continue;
      }
      // Line by line, after the first `make` of a line (a pattern over the whole text rescanned a
      // stranger's long line once per `make` on it).
      for (const line of t.split('\n')) {
        const at = line.length > 8192 ? -1 : line.search(/\bmake\b/);
        if (at < 0) continue;
        for (const m of line.slice(at).matchAll(/\s([A-Za-z_][\w.-]*)=/g)) overrides.add(m[1]);
      }
    }
    return overrides;
  };
  const makeAssignments = (file: string): Map<string, string> => {
    const cached = makeVarsByFile.get(file);
    if (cached !== undefined) return cached;
    const dir = path.posix.dirname(file);
    const mine = (x: string) => {
      const d = path.posix.dirname(x);
      return x === file || d === '.' || dir === d || dir.startsWith(d + '/');
    };
    const found = new Map<string, string | null>();
    const overridden = makeOverrides();
    for (const f of glob((x) => MAKEFILE_NAME.test(x) && mine(x)).slice(0, 200)) {
      let t: string;
      try {
        t = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
      } catch {
        continue;
      }
      for (const m of t.matchAll(/^(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?|\+)?=[ \t]*([^\n#]*?)[ \t]*$/gm)) {
        const v = m[2];
        found.set(m[1], v === '' || /\$/.test(v) || (found.has(m[1]) && found.get(m[1]) !== v) ? null : v);
      }
    }
    const known = new Map([...found].filter((e): e is [string, string] => e[1] !== null && !overridden.has(e[0])));
    makeVarsByFile.set(file, known);
    return known;
  };
  // A recipe's or script's build of a Dockerfile it writes to stdin whose text is here (a make
  // `define` it echoes, a heredoc: static-php-cli's bin/spc-alpine-docker, `docker build ... -f- .
  // <<EOF`, its only build: --all said "no build found"): audited as an inline Dockerfile is.
  const piped: BuildTarget[] = [];
  for (const b of recipeBuilds()) {
    // (A make define with references left in it, `FROM $(BASE_IMAGE)`, is make's to expand: not audited
    // as written; a file's `${ARG}` is docker's.)
    if (b.stdin === undefined || !isInside(root, b.context) || !fs.existsSync(b.context)) continue;
    if (b.stdin === null) {
      // Its text is not known here (a heredoc the shell expands with values set elsewhere): listed, not
      // left out with no word (external-dns' e2e-test.sh was its only build: "no build found", exit 2);
      // once per script and context.
      if (piped.some((p) => p.declaredIn === b.name && p.context === b.context && p.dockerfileInline === undefined)) continue;
      piped.push({ name: `${b.name} (its Dockerfile from stdin)`, declaredIn: b.name, kind: 'dockerfile', context: b.context, args: {}, namedContexts: {}, placedBy: b.name, skipReason: 'its Dockerfile comes from stdin, as text the shell or make fills in when it runs: not audited' });
      continue;
    }
    const from = b.stdin.from === 'a heredoc' ? 'a heredoc' : b.stdin.file === true ? `${b.stdin.from}` : `make's ${b.stdin.from}`;
    let text = b.stdin.text;
    if (b.stdin.from !== 'a heredoc' && b.stdin.file !== true && MAKE_REFERENCE.test(text)) {
      // A make define with references (mediamtx's `FROM $(BASE_IMAGE)`, BASE_IMAGE set in the Makefile
      // that includes scripts/*.mk): filled in from the plain assignments of the repository's Makefiles;
      // one left unknown lists the build, not leave it out in silence (sweep 47/E-F2).
      const vars = makeAssignments(b.name.replace(/:\d+$/, ''));
      text = text.replace(new RegExp(MAKE_REFERENCE.source, 'g'), (m, a?: string, b2?: string) => vars.get(a ?? b2 ?? '') ?? m);
      // One left in a FROM line names an image, no context path: a neutral word stands in for it. Left
      // anywhere else (a RUN may bind a source, an ARG may feed a COPY: the review of ae29da2f), the
      // build is listed, not audited. (Instructions read whole, continuation lines joined.)
      const logical = text.split(/(?<!\\)\n/);
      text = logical.map((l) => (/^\s*FROM\b/i.test(l) ? l.replace(new RegExp(MAKE_REFERENCE.source, 'g'), 'make-variable') : l)).join('\n');
      if (MAKE_REFERENCE.test(text)) {
        const left = [...new Set([...text.matchAll(new RegExp(MAKE_REFERENCE.source, 'g'))].map((m) => m[0]))].slice(0, 3).join(', ');
        piped.push({ name: `${b.name} (its Dockerfile from stdin: ${from})`, declaredIn: b.name, kind: 'dockerfile', context: b.context, args: {}, namedContexts: {}, placedBy: b.name, skipReason: `its Dockerfile comes from ${from}, whose ${left} make fills in when it runs: not audited` });
        continue;
      }
    }
    piped.push({ name: `${b.name} (its Dockerfile from stdin: ${from}${b.target !== undefined ? `, stage ${b.target}` : ''})`, declaredIn: b.name, kind: 'dockerfile', context: b.context, dockerfileInline: text, ...(b.stdin.file === true ? { dockerfileFrom: path.join(root, b.stdin.from) } : {}), args: b.args, namedContexts: b.namedContexts ?? {}, placedBy: b.name, ...(b.target !== undefined ? { target: b.target } : {}), ...recipePreparers(b) });
  }
  // A recipe's build from `git archive` of the commit on stdin: listed, with the command that audits that upload.
  const archives: BuildTarget[] = [];
  {
    const seen = new Set<string>();
    for (const b of recipeBuilds()) {
      if (b.gitArchive !== true || seen.has(b.name)) continue;
      seen.add(b.name);
      const file = path.resolve(b.dockerfile ?? path.join(b.context, 'Dockerfile'));
      const shown = path.relative(opts.cwd, file) || file;
      archives.push({ name: `${shown} (from git archive, as ${b.name} builds it)`, declaredIn: b.name, kind: 'dockerfile', context: b.context, dockerfile: file, args: {}, namedContexts: {}, skipReason: `${b.name} builds it from \`git archive\` of the commit on stdin (the committed files, without .git): audit that upload with \`git archive HEAD | ctx-audit -${b.dockerfile !== undefined ? ` -f ${path.relative(b.context, b.dockerfile)}` : ''}\`; not audited here` });
    }
  }
  // Every recipe's or script's build of a target's Dockerfile, context and stage is that target's too:
  // what its steps do to the ignore file counts only when every one of them does it (mergedPreparers).
  for (const t of [...declared, ...standalone, ...recipeStages]) {
    if (t.skipReason !== undefined || t.gitContext === true || !t.preparers?.length) continue;
    const file = readsFile(t);
    for (const b of recipeBuilds()) {
      if (b.stdin !== undefined || b.gitArchive === true || path.resolve(b.context) !== path.resolve(t.context) || (b.target ?? null) !== (t.target ?? null)) continue;
      if (readsFile({ context: b.context, dockerfile: b.dockerfile } as BuildTarget) !== file) continue;
      t.preparers = mergedPreparers(t.preparers, recipePreparers(b).preparers, t.context, file);
    }
  }
  // A Compose file by another name (`docker-compose.dev.yml`), with builds, that nothing here runs or
  // names (no workflow, recipe, script or other Compose file; no COMPOSE_FILE): docker compose reads
  // it only with -f, which a developer types (karakeep's documented dev file, lnd's bitcoind one).
  // Listed, so the run does not pass over a build in silence; not audited (left at stop 46).
  const readByProjects = new Set([...projectFiles.values()].flat());
  // (And a dev container's Compose files, loaded above.)
  for (const f of loadedFiles) readByProjects.add(f);
  for (const b of recipeBuilds()) for (const f of b.composeFiles ?? []) readByProjects.add(f);
  for (const t of [...declared, ...workflowBuilds]) for (const f of t.composeFilesRead ?? t.defaultComposeRun?.files ?? []) readByProjects.add(f);
  // And what those files `include:` (opensourcepos' docker-compose.nginx.yml, which a script runs, includes
  // docker-compose.phpmyadmin.yml, which includes docker-compose.dev.yml: listed as a file nothing runs,
  // its service audited through the include; sweep 50/C-F5).
  // (Each file read once; a stranger's chain of includes stops at 1,024 files.)
  const toRead = [...readByProjects];
  const realRootForIncludes = resolvedLocation(root);
  for (let i = 0; i < toRead.length && i < 1024; i++) {
    // (Only files inside the repository, symlinks followed, are read: the review of 3a3f1d44.)
    if (!isInside(realRootForIncludes, resolvedLocation(toRead[i]))) continue;
    for (const inc of composeIncludes(toRead[i])) {
      if (readByProjects.has(inc)) continue;
      readByProjects.add(inc);
      toRead.push(inc);
    }
  }
  const unreadCandidates = glob((f) => OTHER_COMPOSE_FILE.test(f) && !BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf('/') + 1))).filter((f) => !readByProjects.has(path.join(root, f)) && composeBuildsSurely(path.join(root, f)));
  // What the listing says depends on what names it (the reviews of 4975086e; sweep 47/w2-I-F2: a file a
  // Makefile names in a command not followed here vanished): code or a command that names it (a
  // workflow step not read, pytest-docker's conftest.py), one that may run it through a name with a
  // variable (`docker-compose.$(ENV).yml`), or nothing (docker compose reads it only with -f).
  const codeFiles = unreadCandidates.length === 0 ? [] : codeFileTexts(root, glob);
  // (Not one a default-named Compose or Bake file names: it is read through that file's `extends`
  // or `include`.)
  // A file names `f` by its path from the root, or by its base name where its own directory holds no other file of
  // that name (scenario_tests/clustering/test.sh's `-f docker-compose-external.yml` runs the file beside it, not
  // clustering/docker-compose-external.yml; sweep 54/H-F1).
  const names = (t: { file: string; text: string }, f: string): boolean => {
    const base = f.slice(f.lastIndexOf('/') + 1);
    if (!t.text.includes(base)) return false;
    if (f.includes('/') && t.text.includes(f)) return true;
    const beside = path.posix.join(path.posix.dirname(t.file), base);
    return beside === f || !fs.existsSync(path.join(root, beside));
  };
  const byProjectFile = (f: string) => codeFiles.some((t) => BUILD_FILE_NAMES.has(t.file.slice(t.file.lastIndexOf('/') + 1)) && names(t, f));
  const unreadCompose: BuildTarget[] = unreadCandidates.filter((f) => !byProjectFile(f)).map((f) => {
    const abs = path.join(root, f);
    const rel = path.relative(opts.cwd, abs) || abs;
    const base = f.slice(f.lastIndexOf('/') + 1);
    const audit = `audit it with --compose ${shellWord(rel)}`;
    const namer = codeFiles.find((t) => names(t, f))?.file ?? buildFileNaming([f], true);
    let variable: { file: string; name: string } | undefined;
    for (const t of namer === undefined ? codeFiles : []) {
      const m = [...t.text.matchAll(/((?:docker-)?compose[.-][\w.-]*)\$[^\s'"]*/g)].find((x) => base.startsWith(x[1]));
      if (m !== undefined) {
        variable = { file: t.file, name: m[0] };
        break;
      }
    }
    // A command that runs it with a file the checkout lacks (your_spotify's dev.sh: `docker compose -f
    // docker-compose-dev.yml -f docker-compose-personal.yml up`, the second local only and git-ignored;
    // sweep 51/L-F6): said, since docker compose reads neither without the other.
    const absentBeside = namer === undefined ? undefined : absentComposeFileBeside(root, namer, codeFiles.find((t) => t.file === namer)?.text ?? '', base);
    const skipReason =
      absentBeside !== undefined
        ? `a Compose file ${namer} runs together with ${absentBeside}, which is not in the checkout (a local file, or one a step makes): not audited; ${audit}`
        : namer !== undefined
        ? `a Compose file ${namer} names, in a command or code ctx-audit does not follow: not audited; ${audit}`
        : variable !== undefined
        ? `a Compose file ${variable.file} may run through a name with a variable in it (${variable.name}): not audited; ${audit}`
        : `a Compose file that nothing here runs (docker compose reads it only with -f): ${audit}`;
    return { name: rel, declaredIn: rel, kind: 'compose' as const, context: path.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason };
  });
  // A Dockerfile audited from a context ctx-audit chose that such a file builds: its note names that file
  // (hanko's backend/Dockerfile.debug, which deploy/docker-compose/quickstart.debug.yaml builds; sweep 53/W-F2,
  // and stop 52's U-F3: "no workflow, Compose or Bake file builds this Dockerfile" was not true).
  // And from the context they all build it with, when they agree, rather than a guess (InvoiceShelf's
  // docker/development/nginx.Dockerfile, which six such files build with `context: ../../`: a false CTX005 and
  // CTX301 from its own directory; sweep 54/I-F2).
  // (And the Compose files a run here reads for some of their services only: a service no run builds names its
  // Dockerfile and its context just as well; viseron's CI builds three services of docker-compose-build.yaml, whose
  // 27 others were audited from their Dockerfiles' own directories, "no ... Compose ... file builds this
  // Dockerfile"; sweep 56/W-F1. A Dockerfile a run builds is no guessed target, so it is not touched.)
  const runCompose = [...readByProjects].filter((f) => isInside(root, f) && !unreadCompose.some((u) => u.dockerfile === f)).sort().slice(0, 64);
  if (unreadCompose.length > 0 || runCompose.length > 0) {
    const namers = new Map<string, { by: string[]; unbuilt: string[]; contexts: Set<string> }>();
    const named = (file: string, by: string, ran: boolean) => {
      for (const d of composeDockerfilesNamed(file)) {
        const n = namers.get(d.dockerfile) ?? { by: [], unbuilt: [], contexts: new Set<string>() };
        (ran ? n.unbuilt : n.by).push(by);
        n.contexts.add(d.context);
        namers.set(d.dockerfile, n);
      }
    };
    for (const u of unreadCompose) named(u.dockerfile as string, u.name, false);
    for (const f of runCompose) named(f, path.relative(opts.cwd, f) || f, true);
    for (const t of [...standalone, ...recipeStages]) {
      const n = t.contextGuessed === true && t.dockerfile !== undefined ? namers.get(path.resolve(t.dockerfile)) : undefined;
      if (n === undefined) continue;
      if (n.by.length > 0) t.namedBySkipped = [...new Set(n.by)];
      if (n.unbuilt.length > 0) t.namedByUnbuilt = [...new Set(n.unbuilt)];
      const namedBy = [...new Set([...n.by, ...n.unbuilt])];
      const [ctx] = [...n.contexts];
      // (Not where fewer of its named sources are than from the guess: a Compose file out of date, the sources
      // the evidence; the guess came from them.)
      if (n.contexts.size === 1 && ctx !== path.resolve(t.context) && isInside(root, resolvedLocation(ctx)) && fs.statSync(ctx, { throwIfNoEntry: false })?.isDirectory() === true && namedSourcesIn(t.dockerfile as string, ctx) >= namedSourcesIn(t.dockerfile as string, t.context)) {
        t.context = ctx;
        t.name = `${t.declaredIn} (context: ${path.relative(opts.cwd, ctx) || '.'}, as ${namedBy.slice(0, 2).join(', ')}${namedBy.length > 2 ? ', ...' : ''} ${n.by.length > 0 ? (namedBy.length === 1 ? 'builds' : 'build') : namedBy.length === 1 ? 'declares' : 'declare'} it)`;
      }
    }
  }
  // A guessed Dockerfile whose own name (not a default one) a file that drives builds writes: a build ctx-audit could not
  // place may build it, and its note says so rather than that nothing builds it (nessie's workflows run
  // `tools/dockerbuild/build-push-images.sh ... -d Dockerfile-server`, which takes its options in a loop; sweep 55/T-F2).
  // (The build-driving files read once, comments blanked, at most 400 of 1 MB.)
  let driving: { file: string; text: string }[] | undefined;
  for (const t of [...standalone, ...recipeStages]) {
    if (t.contextGuessed !== true || t.dockerfile === undefined || t.namedBySkipped !== undefined || t.namedByUnbuilt !== undefined) continue;
    const base = path.basename(t.dockerfile);
    if (/^(?:Dockerfile|dockerfile|Containerfile)$/.test(base) || base.length < 6 || base.length > 128) continue;
    driving ??= glob(IMAGE_USER_FILE)
      .slice(0, 400)
      .flatMap((f) => {
        try {
          const raw = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
          // (A workflow's trigger filters name files to watch, and build none.)
          return [{ file: f, text: withoutCommentLines(/^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw, f) }];
        } catch {
          return [];
        }
      });
    // By its own name alone, or by its path from the root or from the naming file's directory; not a path that ends in
    // another directory (a workflow building web/Dockerfile.prod names no api/Dockerfile.prod), nor a line that lints it
    // (the review of 1fc765bf, RB-R6).
    const rel = path.relative(root, t.dockerfile).split(path.sep).join('/');
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const namer = driving.find((d) => {
      if (path.basename(d.file) === base || !d.text.includes(base)) return false;
      const fromFile = path.posix.relative(path.posix.dirname(d.file), rel);
      const word = new RegExp(`(?<![\\w./-])(?:\\./)?(?:${[base, rel, fromFile].map(escape).join('|')})(?![\\w.-])`, 'g');
      for (const m of d.text.matchAll(word)) {
        const line = d.text.slice(d.text.lastIndexOf('\n', m.index) + 1, d.text.indexOf('\n', m.index) < 0 ? d.text.length : d.text.indexOf('\n', m.index));
        if (!/lint/i.test(line)) return true;
      }
      return false;
    });
    if (namer !== undefined) t.namedInUnplaced = namer.file;
  }
  const targets = confirmLocalImages(confirmContainerActions([...declared, ...hcl, ...standalone, ...recipeStages, ...staleRecipes, ...piped, ...archives, ...unreadCompose], root, glob, recipeBuilds()), root, glob, recipeBuilds());
  // Nothing to audit is not a pass: a gate pointed at the wrong directory would stay green forever.
  // Workflow builds this checkout cannot show are nothing here either; beside others, they are
  // listed. (Builds found but skipped for a reason of their own, GoReleaser's or a template's, count.)
  // So are recipes whose Dockerfile is gone (the build they run fails; nothing here to audit).
  if (targets.every((t) => t.unlocated === true || staleRecipes.includes(t))) {
    const unlocated = targets.filter((t) => t.unlocated === true).map((t) => t.name);
    const stale = staleRecipes.map((t) => t.declaredIn);
    const later =
      (unlocated.length === 0 ? '' : `; ${unlocated.length === 1 ? 'one workflow build names a context or Dockerfile' : `${unlocated.length} workflow builds name a context or Dockerfile`} this checkout does not hold (${unlocated.slice(0, 3).join(', ')}${unlocated.length > 3 ? ', ...' : ''})`) +
      (stale.length === 0 ? '' : `; ${stale.length === 1 ? 'one recipe or script builds a Dockerfile' : `${stale.length} recipes or scripts build a Dockerfile`} this checkout does not hold (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', ...' : ''})`);
    // dub's apps/web/docker-compose.yml runs images only: there is a Compose file, and no build.
    // (And the Compose files by other names, which docker compose reads with -f: kobo-docker is three of them,
    // `image:` only, and the message said there was no Compose file; sweep 54/F-F5.)
    const composed = [...buildFiles, ...glob((f) => OTHER_COMPOSE_FILE.test(f) && !BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf('/') + 1)))];
    const found = composed.length === 0 ? 'Compose or Bake file' : `Compose service or Bake target with a build (${composed.length === 1 ? `${composed[0]} builds` : `its ${composed.length} Compose and Bake files build`} nothing${composed.length > 1 ? `: ${composed.slice(0, 3).join(', ')}${composed.length > 3 ? ', ...' : ''}` : ''})`;
    // polyaxon keeps every Dockerfile in its seven submodules: a clone without them has none here.
    const repoRoot = findRepoRoot(root);
    const within = path.relative(repoRoot ?? root, root).split(path.sep).join('/');
    const unchecked = repoRoot === null ? [] : uncheckedSubmodules(repoRoot).filter((s) => within === '' || s === within || s.startsWith(within + '/'));
    const subs = unchecked.length === 0 ? '' : `; ${unchecked.length === 1 ? 'a git submodule is' : `${unchecked.length} git submodules are`} not checked out here, so not searched (${unchecked.slice(0, 5).join(', ')}${unchecked.length > 5 ? ', ...' : ''}): check out with \`git submodule update --init\` (in a workflow, actions/checkout's \`submodules: true\`) and run again`;
    // Podman's and Buildah's name (retos-civicos builds its root Containerfile with podman): not a
    // file docker reads by itself, so not audited unasked; said, with the command that audits it.
    const containerfiles = glob((f) => /(?:^|\/)Containerfile(?:\.[\w.-]+)?$/.test(f)).slice(0, 3);
    // (From where its COPY sources are: pulp-oci-images' images/Containerfile.core.base copies `images/...` from the
    // root, and the hint's images/ gave ten false CTX101 errors; sweep 54/L-F1.)
    const first = containerfiles[0] ?? '';
    const from = first === '' ? '.' : path.relative(root, contextDirFor(path.join(root, first), root) ?? path.dirname(path.join(root, first))) || '.';
    const podman = containerfiles.length === 0 ? '' : `; ${containerfiles.length === 1 ? 'a Containerfile is' : 'Containerfiles are'} here (${containerfiles.join(', ')}), podman's name, which docker builds only with -f: audit one with \`ctx-audit ${path.join(dir, from)} -f ${path.join(dir, first)}\``;
    throw new InputError(`--all: no build found under ${dir} (no Dockerfile, Dockerfile.*, *.Dockerfile, ${found}, and no docker build in a GitHub workflow of a context or Dockerfile this checkout holds; node_modules, vendor, testdata, fixtures, src/test/resources and git-ignored files are not searched)${later}${subs}${podman}`);
  }
  return { targets, dockerfiles, buildFiles };
}

/** Files that may ship or name an image: what drives builds here, Compose files, and other CI systems' pipelines. */
// (Compose files by other names too: `docker-compose.test.yml` may run a local image as a service.)
const IMAGE_USER_FILE = (f: string) => isRecipeFile(f) || BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf('/') + 1)) || OTHER_COMPOSE_FILE.test(f) || /^\.(?:github|forgejo|gitea)\/.*\.ya?ml$/.test(f) || OTHER_CI_FILE.test(f) || /(?:^|\/)(?:Taskfile|taskfile)(?:\.dist)?\.ya?ml$|(?:^|\/)(?:Earthfile|Tiltfile|Rakefile|magefile\.go|noxfile\.py|tasks\.py|Dockerfile\.\w+\.sh)$/.test(f);

/**
 * A project with the default file names (docker-compose.yml, compose.yaml) is read by --all's own pass
 * over its directory; a workflow step, recipe or script that runs it (`docker compose up --build
 * --exit-code-from tool`, `docker compose run --rm tool`) says how. A service every such run builds
 * as a foreground job is marked a local image (confirmLocalImages then asks the repository to
 * agree), as it is when the file has a name of its own and the run is the target; one run that
 * starts it as a service (`up -d`), or none at all, leaves it unmarked. (phpDocumentor's Makefile
 * `docker compose run --rm` of docker-compose.yml: CTX003 stayed at error where compose.ci.yml run
 * with -f gave a warning.)
 */
function markDefaultComposeJobs(declared: BuildTarget[], projectOf: ReadonlyMap<BuildTarget, { files: string[]; service: string }>, runs: readonly { context: string; dockerfile?: string; target?: string; composeFiles?: string[]; service?: string; buildOnly?: true; localImage?: BuildTarget['localImage'] }[]): void {
  // The service and its build: another service of the same build (one with ports, restart or an image:)
  // is not the job (the review of 624cd99).
  const key = (files: readonly string[], service: string, t: { context: string; dockerfile?: string; target?: string }) =>
    JSON.stringify([[...files].map((f) => path.resolve(f)).sort(), service, path.resolve(t.context), t.dockerfile === undefined ? null : path.resolve(t.dockerfile), t.target ?? null]);
  const byBuild = new Map<string, (BuildTarget['localImage'] | undefined)[]>();
  for (const r of runs) {
    // A `docker compose build` starts nothing (algorand/indexer's `docker-compose build && docker-compose up
    // --exit-code-from e2e`): it neither makes the image a job's nor keeps it from being one.
    if (r.composeFiles === undefined || r.service === undefined || r.buildOnly === true) continue;
    const k = key(r.composeFiles, r.service, r);
    byBuild.set(k, [...(byBuild.get(k) ?? []), r.localImage]);
  }
  if (byBuild.size === 0) return;
  for (const t of declared) {
    const own = projectOf.get(t);
    if (own === undefined || t.skipReason !== undefined || t.localImage !== undefined) continue;
    const marks = byBuild.get(key(own.files, own.service, t));
    if (marks !== undefined && marks.every((m) => m !== undefined)) t.localImage = { ...(marks[0] as NonNullable<BuildTarget['localImage']>), composeDefault: true };
  }
}

/**
 * Keeps a Docker container action's mark (BuildTarget.containerAction) only when no Makefile recipe or
 * script builds the same Dockerfile (one may push it: the review of 624cd99, `docker build -t
 * ghcr.io/acme/tool . && docker push` in scripts/publish.sh) and no other CI system's pipeline names it.
 * (A workflow's build of it is a target of its own, merged with the action's: run-targets' dedupe.)
 */
function confirmContainerActions(targets: BuildTarget[], root: string, glob: (wanted: (f: string) => boolean) => string[], recipes: readonly RecipeBuild[]): BuildTarget[] {
  if (!targets.some((t) => t.containerAction)) return targets;
  const fileOf = (t: { context: string; dockerfile?: string }) => path.resolve(t.dockerfile ?? path.join(t.context, 'Dockerfile'));
  const builtElsewhere = new Set(recipes.filter((b) => b.stdin === undefined).map(fileOf));
  const otherCi: string[] = [];
  for (const f of glob((x) => OTHER_CI_FILE.test(x)).slice(0, 200)) {
    try {
      otherCi.push(readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
    } catch {
      /* not a regular file, or unreadable */
    }
  }
  return targets.map((t) => {
    if (!t.containerAction) return t;
    const file = fileOf(t);
    if (!builtElsewhere.has(file) && !otherCiNames(path.relative(root, file).split(path.sep).join('/'), otherCi)) return t;
    const { containerAction: _, ...rest } = t;
    return rest;
  });
}

/**
 * Keeps a target's local-image mark (BuildTarget.localImage) only when the repository agrees: no
 * file that drives builds names its image but in a docker command that neither ships nor renames it,
 * and no other CI system's pipeline names its Dockerfile. Read only when some target is a candidate;
 * past the read budget, every mark is dropped.
 */
function confirmLocalImages(targets: BuildTarget[], root: string, glob: (wanted: (f: string) => boolean) => string[], recipes: readonly RecipeBuild[]): BuildTarget[] {
  if (!targets.some((t) => t.localImage !== undefined)) return targets;
  // Every other build of the same Dockerfile must be one too (a release script building it with a
  // push, beside the Makefile's local test run); and the Dockerfiles are read with the rest, since
  // `FROM NAME` in one that ships makes the local image part of it.
  const fileOf = (t: { context: string; dockerfile?: string }) => path.resolve(t.dockerfile ?? path.join(t.context, 'Dockerfile'));
  // The other builds of each Dockerfile, with the stage each builds (undefined: the last).
  const others = new Map<string, (string | undefined)[]>();
  // (Not a `docker compose build`, which starts and ships nothing: algorand/indexer builds, then runs the job.)
  for (const t of [...targets.filter((x) => x.localImage === undefined), ...recipes.filter((b) => b.localImage === undefined && b.stdin === undefined && b.buildOnly !== true)]) {
    others.set(fileOf(t), [...(others.get(fileOf(t)) ?? []), t.target]);
  }
  // Whether a build of `stage` ships the local image's stage: the same image, or one built FROM it
  // (its layers go along). Another stage of the same Dockerfile is another image (skaffold's Makefile
  // builds `--target builder -t skaffold-builder` and runs it; its release stage is pushed, not built on it).
  const stagesOf = new Map<string, { name: string | null; base: string }[] | null>();
  const stagesFor = (file: string) => {
    if (!stagesOf.has(file)) {
      try {
        stagesOf.set(file, isInside(root, file) ? parseDockerfile(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 })).stages.map((st) => ({ name: st.name, base: st.base.toLowerCase() })) : null);
      } catch {
        stagesOf.set(file, null);
      }
    }
    return stagesOf.get(file) ?? null;
  };
  const ships = (file: string, local: string | undefined, other: string | undefined): boolean => {
    if ((local ?? null) === (other ?? null)) return true;
    const stages = stagesFor(file);
    if (!stages || stages.length === 0) return true;
    const find = (n: string | undefined) => (n === undefined ? stages.length - 1 : stages.findIndex((st) => st.name === n.toLowerCase()));
    const want = find(local);
    let at = find(other);
    if (want < 0 || at < 0) return true;
    for (let hops = 0; hops <= stages.length && at >= 0; hops++) {
      if (at === want) return true;
      at = stages.findIndex((st, k) => k < at && st.name !== null && st.name === stages[at].base);
    }
    return false;
  };
  const shippedToo = {
    has: (t: BuildTarget) => (others.get(fileOf(t)) ?? []).some((stage) => ships(fileOf(t), t.target, stage)),
  };
  const files = glob((f) => IMAGE_USER_FILE(f) || dockerfileCandidate(f));
  const texts: { file: string; text: string }[] = [];
  let budget = 64 << 20;
  for (const f of files.slice(0, 4000)) {
    try {
      const text = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
      budget -= text.length;
      texts.push({ file: f, text });
    } catch {
      /* not a regular file (a symlink: its target is read as itself), or unreadable */
    }
    if (budget < 0) break;
  }
  const complete = budget >= 0 && files.length <= 4000;
  const otherCi = texts.filter((t) => OTHER_CI_FILE.test(t.file)).map((t) => t.text);
  // Of a Dockerfile, only what builds on an image counts (`FROM NAME`, `COPY --from=NAME`): a LABEL or
  // a comment naming the image (secrets-provider-for-k8s' Dockerfile.test: `LABEL id="<its name>"`) ships nothing.
  // (A `*-dockerfile` file is read whole: a Dockerfile's FROM lines are in it, and so is a script's push,
  // `scripts/push-dockerfile`: the reviews of 0a1c707 and 41c8144.)
  const all = texts.map((t) => (DOCKERFILE_NAME.test(t.file) && !/\.(?:sh|bash)$/.test(t.file) ? t.text.split('\n').filter((l) => /^\s*FROM\s|--from[= ]/i.test(l)).join('\n') : withSimpleVariables(t.text)));
  // A build-push-action step's own `tags:` lines, taken out of its workflow file's text.
  // Each cleared line drops one line of that text, as many as it is listed: the scanner step's own
  // `image: app:ci` is no other use of the name, but the same line on another step (an artifact upload
  // that publishes the image) is (the review of 04a84c8).
  // The lines of every local build and scan in a file are cleared together (the review of c052960:
  // two jobs that each build and scan `app:ci` locally made each other's lines a use of the name).
  const clearedByFile = new Map<string, Map<string, number>>();
  // (A Compose file's own `image:` line is named by its absolute path.)
  const relFile = (f: string) => (path.isAbsolute(f) ? path.relative(root, f).split(path.sep).join('/') : f);
  for (const t of targets) {
    const c0 = t.localImage?.cleared;
    if (c0 === undefined) continue;
    const c = { ...c0, file: relFile(c0.file) };
    const m = clearedByFile.get(c.file) ?? new Map<string, number>();
    for (const l of c.lines) m.set(l, (m.get(l) ?? 0) + 1);
    clearedByFile.set(c.file, m);
  }
  const withoutCleared = (cleared: { file: string; lines: string[] } | undefined) => {
    if (cleared === undefined) return all;
    const file = relFile(cleared.file);
    return texts.map((t, i) => {
      if (t.file !== file) return all[i];
      const left = new Map(clearedByFile.get(file));
      return all[i]
        .split('\n')
        .filter((l) => {
          const n = left.get(l.trim()) ?? 0;
          if (n === 0) return true;
          left.set(l.trim(), n - 1);
          return false;
        })
        .join('\n');
    });
  };
  // A platform that builds and runs the root Dockerfile from its own config (Fly, Heroku, Render,
  // Railway, DigitalOcean App Platform): it ships that image, whatever a Makefile's job does with it.
  const deployedRoot = PLATFORM_FILES.some((f) => fs.existsSync(path.join(root, f)));
  // An untagged stage build (no name, no push, no output: nothing can use its image) is one only where
  // nothing else here may build and ship that stage unseen: no platform config, Bake file, Tiltfile or
  // other CI pipeline at all, no `docker images -q` that picks an image up by its id, and a stage outside
  // the last stage's FROM chain (the review of a65a0e5: fly.toml's build-target, a bake target, a
  // `docker tag $(docker images -q | head -n1)`, a COPY in a stage the last one is built on).
  const elsewhere =
    deployedRoot ||
    otherCi.length > 0 ||
    glob((f) => /(?:^|\/)(?:fly\.toml|heroku\.yml|render\.yaml|docker-bake\.(?:hcl|json)|Tiltfile)$/.test(f)).length > 0 ||
    // (Any listing of images, `docker images -aq`, `docker image list`, `docker images | awk`: the review of fa3bb80.)
    // (Not one that only feeds a removal, srs's release job's `for image in $(docker images | grep '<none>' | awk ...); do
    // docker rmi -f $image; done` on its servers, which can ship nothing; sweep 56/C-F2.)
    // (The removal on its line or in the loop body of the next three.)
    all.some((x) => {
      const lines = x.split('\n');
      // (Not when those lines also tag, push, save or commit: `docker tag $(docker images -q | head -n1) ghcr.io/o/t && docker
      // push ... && docker image prune -f` ships it; the review of 13bd1a15, RC-R2.)
      return lines.some((l, i) => {
        if (!/\b(?:docker|podman)\s+(?:images|image\s+(?:ls|list))\b/.test(l)) return false;
        const near = lines.slice(i, i + 4);
        return !near.some((m) => /\b(?:docker|podman)\s+(?:rmi|image\s+(?:rm|prune))\b/.test(m)) || near.some((m) => /\b(?:docker|podman)\s+(?:image\s+)?(?:tag|push|save|commit)\b/.test(m));
      });
    });
  const outsideLastChain = (t: BuildTarget): boolean => {
    const stages = stagesFor(fileOf(t));
    if (!stages || stages.length === 0 || t.target === undefined) return false;
    const chain = (i: number): Set<number> => {
      const out = new Set<number>();
      for (let at = i; at >= 0 && !out.has(at); ) {
        out.add(at);
        const base = stages[at].base;
        at = stages.findIndex((st, k) => k < at && st.name !== null && st.name === base);
      }
      return out;
    };
    const want = stages.findIndex((st) => st.name === (t.target as string).toLowerCase());
    if (want < 0 || want === stages.length - 1) return false;
    const last = chain(stages.length - 1);
    return [...chain(want)].every((i) => !last.has(i));
  };
  // Of the last stage (no --target, or one naming it): only a Dockerfile of another name than a
  // platform builds by default (netdata's .github/dockerfiles/Dockerfile.clang, fluent-bit's
  // dockerfiles/Dockerfile.centos7: compile checks nothing names or keeps; sweep 47/A-F1). A
  // `Dockerfile` or `Containerfile` is what Docker Hub's automated builds, Railway or Cloud Build
  // configured outside the repository build and ship.
  const lastStageOfNamedFile = (t: BuildTarget): boolean => {
    if (/^(?:[Dd]ockerfile|Containerfile)$/.test(path.basename(fileOf(t)))) return false;
    if (t.target === undefined) return true;
    const stages = stagesFor(fileOf(t));
    return stages !== undefined && stages !== null && stages.length > 0 && stages[stages.length - 1].name === t.target.toLowerCase();
  };
  // A container made into an image (`docker commit c ghcr.io/...`) or exported ships what the run held,
  // whatever name the image had (the review of bb44bf0e: `docker run --name c IMAGE`, then commit, push).
  const commitsContainers = all.some((x) => /\b(?:docker|podman)\s+(?:container\s+)?(?:commit|export)\b/.test(x));
  return targets.map((t) => {
    if (t.localImage === undefined) return t;
    if (commitsContainers && t.localImage.untagged !== true) {
      const { localImage: _, ...rest } = t;
      return rest;
    }
    const file = path.relative(root, t.dockerfile ?? path.join(t.context, 'Dockerfile')).split(path.sep).join('/');
    // The last stage, untagged: only where nothing but the build itself names the Dockerfile (a Kamal
    // or Copilot config, a kaniko or podman push, a release script may ship it; the review of 498fbe5e).
    const lastStage = t.localImage.untagged === true && !outsideLastChain(t) && lastStageOfNamedFile(t);
    if (t.localImage.untagged === true && (elsewhere || !(outsideLastChain(t) || lastStage) || (lastStage && namesFile(root, glob, file, t.localImage.ranBy.split(':')[0])))) {
      const { localImage: _, ...rest } = t;
      return rest;
    }
    if (deployedRoot && file === 'Dockerfile') {
      const { localImage: _, ...rest } = t;
      return rest;
    }
    // A project with the default file names is what another CI system's `docker compose up` starts with no
    // -f (the review of 624cd99: a .gitlab-ci.yml `up -d` of it did not count).
    const composedElsewhere = t.localImage.composeDefault === true && otherCi.some((x) => /\b(?:docker|podman)[ -]compose\b/.test(x));
    // A comment is the weakest sign: any other file that names the Dockerfile may build it and ship it
    // under another name (the review of 894ccc7: kaniko's `--dockerfile Dockerfile.test --destination
    // ghcr.io/...` in a workflow, a release.py).
    const namedElsewhere = t.localImage.byComment === true && namesFile(root, glob, file);
    const hidden: string[] = [];
    if (complete && !composedElsewhere && !namedElsewhere && !file.startsWith('../') && !shippedToo.has(t) && (t.localImage.untagged === true || onlyRunHere(t.localImage.names, withoutCleared(t.localImage.cleared), hidden)) && !otherCiNames(file, otherCi)) {
      if (hidden.length === 0) return t;
      return { ...t, localImage: { ...t.localImage, hiddenUnder: [...new Set([...(t.localImage.hiddenUnder ?? []), ...hidden])] } };
    }
    const { localImage: _, ...rest } = t;
    return rest;
  });
}

/** A path as one shell word: as it is when it holds only safe characters, else in single quotes. */
function shellWord(p: string): string {
  return /^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** The texts of the repository's text files that are not documents (no .md, .txt, .rst): code, scripts, configs. At most 16 MiB read. */
/**
 * The first other `-f`/`--file` of a docker compose command in `text` (a file of the repository, `namer`
 * from its root) naming `base`, when that other file is in neither the namer's directory nor the root.
 */
function absentComposeFileBeside(root: string, namer: string, text: string, base: string): string | undefined {
  for (const line of text.split('\n')) {
    if (line.length > 4096 || !line.includes(base)) continue;
    // The -f words of the compose command itself: from `compose` to the end of its command (not `tail
    // -f log/x` before it, nor `logs -f web` after it; the review of b176e471, RB-R9).
    const at = /(?<![\w-])(?:docker[ \t]+compose|docker-compose|podman[ \t]+compose|podman-compose)(?![\w-])/.exec(line);
    if (at === null) continue;
    const command = line.slice(at.index).split(/[;&|]/)[0].split(/[ \t](?:logs|exec|run)(?:[ \t]|$)/)[0];
    const files = [...command.matchAll(/(?:^|\s)(?:-f|--file)(?:=|\s+)["']?([^\s"';&|]+)/g)].map((m) => m[1]);
    if (!files.some((f) => f === base || f.endsWith('/' + base))) continue;
    for (const f of files) {
      if (f === base || f.endsWith('/' + base) || /[$`*?]/.test(f) || path.isAbsolute(f)) continue;
      // (One above the repository from where it is named was named after a `cd` not followed here, not a local file:
      // ftgo's `cd ftgo-api-gateway-graphql`, then `-f ../docker-compose.yml`, the root's; sweep 55/S-F2.)
      const candidates = [path.join(root, path.dirname(namer), f), path.join(root, f)].filter((abs) => isInside(root, abs));
      if (candidates.length > 0 && !candidates.some((abs) => fs.existsSync(abs))) return f;
    }
  }
  return undefined;
}

/** How many of a Dockerfile's literal COPY/ADD sources from the context (no wildcard, no variable, not `.`) exist under `dir`. */
function namedSourcesIn(dockerfile: string, dir: string): number {
  let text: string;
  try {
    text = readRegularFile(dockerfile, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
  } catch {
    return 0;
  }
  let n = 0;
  for (const st of parseDockerfile(text).stages) {
    for (const src of st.sources.slice(0, 200)) {
      // (Nothing above the directory is looked at: a `../x` source is no evidence here.)
      if (!src.fromContext || /[*?[$]/.test(src.raw) || /^\.?\/?$/.test(src.source) || src.source.split('/').includes('..') || src.source.startsWith('/')) continue;
      if (fs.existsSync(path.join(dir, src.source))) n++;
    }
  }
  return n;
}

function codeFileTexts(root: string, glob: (wanted: (f: string) => boolean) => string[]): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  let budget = 16 << 20;
  // (Not a documentation site's data: docker-geoserver's docs/search/search_index.json, MkDocs' index of its pages,
  // quotes the README's `docker-compose -f docker-compose-build.yml up`; sweep 54/H-F1.)
  for (const f of glob((x) => TEXT_FILE.test(x) && !/\.(?:md|txt|rst)$/.test(x) && !OTHER_COMPOSE_FILE.test(x) && !(/(?:^|\/)(?:docs?|documentation|site)\/(?:[^/]+\/)*[^/]+\.json$/.test(x) && !x.endsWith('/package.json')))) {
    try {
      const raw = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
      // A workflow's trigger filters (`paths:`, `paths-ignore:`) name files to watch, and run none
      // (serge's ci.yml lists docker-compose.dev.yml under paths-ignore; sweep 52/R-F4).
      // (Nor a comment: agenta's `# ... Mirrors docker-compose.dev.yml.` was "a command or code ctx-audit does not
      // follow"; sweep 55/R-F3.)
      const text = withoutCommentLines(/^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw, f);
      out.push({ file: f, text });
      budget -= text.length;
    } catch {
      continue;
    }
    if (budget < 0) break;
  }
  return out;
}

/** A workflow's text without its `paths:` and `paths-ignore:` lists (a list of the key's more-indented lines, or a flow list on its line). */
function withoutPathFilters(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  // Only inside the `on:` block, however deep its events' keys are indented (the review of bbb1ce5e, RD-R7).
  let onIndent: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const lead = /^ */.exec(lines[i])![0].length;
    if (lines[i].trim() !== '' && !/^\s*#/.test(lines[i])) {
      if (onIndent !== null && lead <= onIndent) onIndent = null;
      if (/^ *["']?on["']?\s*:/.test(lines[i])) onIndent = lead;
    }
    // (Under `on:` only, its events' keys: a step's `with: paths:` may name what it runs; the review of 1e982f3f, RC-D3.)
    const m = onIndent === null ? null : /^( *)(?:paths|paths-ignore)\s*:/.exec(lines[i]);
    if (m === null) {
      out.push(lines[i]);
      continue;
    }
    const indent = m[1].length;
    while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^\s*/.exec(lines[i + 1])![0].length > indent || /^\s*-\s/.test(lines[i + 1]) && /^\s*/.exec(lines[i + 1])![0].length >= indent)) i++;
  }
  return out.join('\n');
}

/** Whether a Compose file has an `image:` line (a service's image a push could ship). An unreadable one counts. */
function composeNamesImage(file: string): boolean {
  try {
    return /^\s+image\s*:/m.test(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
  } catch {
    return true;
  }
}

/**
 * The build a devcontainer.json gives `dockerfile`: `build.dockerfile` (or the older top-level
 * `dockerFile`) naming it, relative to the json, and `build.context` (or `context`; default the json's
 * directory), `build.args` of plain values and `build.target`. Null when none names it or it does not parse.
 */
function devcontainerBuild(dockerfile: string, root: string): { json: string; context: string; args: Record<string, string>; target?: string } | null {
  const dir = path.dirname(dockerfile);
  // Where VS Code and the devcontainer CLI look: the root's .devcontainer.json, .devcontainer/devcontainer.json
  // and .devcontainer/<name>/devcontainer.json; and beside a Dockerfile in a .devcontainer/ directory.
  const sub = (() => {
    try {
      return fs.readdirSync(path.join(root, '.devcontainer'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, '.devcontainer', d.name, 'devcontainer.json')).sort().slice(0, 32);
    } catch {
      return [];
    }
  })();
  const beside = DEV_CONTAINER_DIR.test(path.relative(root, dockerfile).split(path.sep).join('/')) ? [path.join(dir, 'devcontainer.json')] : [];
  // And a sub-project's own (`app/.devcontainer.json`, `app/.devcontainer/devcontainer.json` with
  // `"dockerfile": "../Dockerfile"`), in the Dockerfile's directory or one above it: a monorepo's dev
  // containers, whose `"context": ".."` was audited as app/ and suggest dropped what it copies (sweep 51/O-F1).
  const up: string[] = [];
  for (let d = dir, n = 0; n < 8 && isInside(root, d); d = path.dirname(d), n++) {
    up.push(path.join(d, '.devcontainer.json'), path.join(d, '.devcontainer', 'devcontainer.json'));
    if (path.resolve(d) === path.resolve(root)) break;
  }
  for (const json of [...new Set([...beside, ...up, path.join(root, '.devcontainer.json'), path.join(root, '.devcontainer', 'devcontainer.json'), ...sub])]) {
    let doc: unknown;
    try {
      doc = JSON.parse(withoutJsonComments(readRegularFile(json, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8')));
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
    const top = doc as Record<string, unknown>;
    const build = top.build !== null && typeof top.build === 'object' && !Array.isArray(top.build) ? (top.build as Record<string, unknown>) : {};
    const file = typeof build.dockerfile === 'string' ? build.dockerfile : typeof top.dockerFile === 'string' ? top.dockerFile : undefined;
    if (file === undefined || path.resolve(path.dirname(json), file) !== dockerfile) continue;
    const ctx = typeof build.context === 'string' ? build.context : typeof top.context === 'string' ? top.context : '.';
    // A value with a variable (`${localWorkspaceFolder}`) is the host's: not known here.
    if (/\$\{/.test(ctx) || /\$\{/.test(file)) return null;
    const args: Record<string, string> = {};
    if (build.args !== null && typeof build.args === 'object' && !Array.isArray(build.args)) {
      for (const [k, v] of Object.entries(build.args as Record<string, unknown>)) if (typeof v === 'string' && !/\$\{/.test(v)) args[k] = v;
    }
    const context = path.resolve(path.dirname(json), ctx);
    if (!isInside(root, context)) return null;
    return { json, context, args, ...(typeof build.target === 'string' && build.target !== '' ? { target: build.target } : {}) };
  }
  return null;
}

/**
 * The Compose files a devcontainer.json's `dockerComposeFile` names (a string or a list, each from the
 * json's directory), those that exist; null when it names none, or one is not there (a file a step makes).
 */
function devcontainerComposeFiles(json: string): string[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(withoutJsonComments(readRegularFile(json, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8')));
  } catch {
    return null;
  }
  const v = doc !== null && typeof doc === 'object' ? (doc as { dockerComposeFile?: unknown }).dockerComposeFile : undefined;
  const list = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  if (list === null || list.length === 0 || list.length > 16 || list.some((f) => f.includes('${'))) return null;
  const files = list.map((f) => path.resolve(path.dirname(json), f));
  return files.every((f) => isRegularFile(f)) ? files : null;
}

/** Whether a devcontainer.json in the directory names an image (`"image": "ghcr.io/o/dev"`): a prebuilt one. */
function devcontainerNamesImage(dir: string): boolean {
  for (const n of ['devcontainer.json', '.devcontainer.json']) {
    try {
      if (/"image"\s*:/.test(readRegularFile(path.join(dir, n), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'))) return true;
    } catch {
      // none, or unreadable
    }
  }
  return false;
}

/** Text files of the repository: what may name a Dockerfile to build it (a script in any language, a pipeline, a config). */
const TEXT_FILE = /\.(?:sh|bash|zsh|ps1|psm1|bat|cmd|py|js|mjs|cjs|ts|rb|go|java|kt|kts|groovy|gradle|pl|php|cs|rs|ya?ml|json|toml|cfg|ini|xml|hcl|tf|mk|txt|md)$|(?:^|\/)(?:[Mm]akefile|Jenkinsfile|Justfile|justfile|Rakefile|Tiltfile|Earthfile|Procfile)[^/]*$/;

/**
 * Whether a text file of the repository other than `file` (root-relative) names its base name
 * (`Dockerfile.test`): within 16 MB of text, 1 MB a file; past that budget, taken as named.
 */
function namesFile(root: string, glob: (wanted: (f: string) => boolean) => string[], file: string, builtBy?: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const word = new RegExp(`(?<![\\w.-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`, 'g');
  let budget = 16 << 20;
  for (const f of glob((x) => TEXT_FILE.test(x))) {
    if (f === file) continue;
    let text: string;
    try {
      text = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
    } catch {
      continue;
    }
    // The file whose build is judged names it once, there; a second mention may be another build. Not a build of it
    // under no name (no tag, push, output, load, id file or quiet id), which ships nothing: srs's compile checks build
    // other stages of trunk/Dockerfile.builds so, and the last stage's untagged build became an error (sweep 56/C-F3).
    if (!text.includes(base)) continue;
    const counted = text
      .replace(/\\\n/g, ' ')
      .split('\n')
      .filter((l) => !(/\b(?:docker|podman)\s+(?:buildx\s+)?build\b/.test(l) && !/(?:^|\s)(?:-t|--tag|--push|--output|-o|--load|--iidfile|--metadata-file|-q|--quiet)(?:[\s=]|$)|\$\(|`/.test(l)))
      .join('\n');
    const mentions = f === builtBy ? [...counted.matchAll(word)].length : word.test(counted) ? 1 : 0;
    word.lastIndex = 0;
    // (In the builder's own file, its build is one of the untagged ones dropped when any was, else the one mention allowed.)
    const dropped = f === builtBy ? [...text.matchAll(word)].length - mentions : 0;
    word.lastIndex = 0;
    if (mentions > (f === builtBy && dropped === 0 ? 1 : 0)) return true;
    budget -= text.length;
    if (budget < 0) return true;
  }
  return false;
}

/**
 * A recipe's `--build-context` values: a local one the checkout lacks is made before the build (api-
 * platform's gateway-controller Makefile: `mkdir -p target`, `cp ... target/`, then `--build-context
 * target=target`), by the recipe's own lines when they write it, else by what runs first (a rule it
 * depends on): listed as made, not read, and the rest of the build is audited.
 */
function madeOrReadNamedContexts(recipe: { name: string; namedContexts?: Record<string, string>; before?: RecipeBuild['before'] }, shown: (abs: string) => string): Pick<BuildTarget, 'namedContexts' | 'madeNamedContexts'> {
  const namedContexts: Record<string, string> = {};
  const made: Record<string, { value: string; step: string }> = {};
  for (const [name, value] of Object.entries(recipe.namedContexts ?? {})) {
    if (!path.isAbsolute(value) || fs.existsSync(value)) {
      namedContexts[name] = value;
      continue;
    }
    const rel = recipe.before === undefined ? '' : path.relative(recipe.before.at, value).split(path.sep).join('/');
    const own = recipe.before !== undefined && rel !== '' && !rel.startsWith('..') && lineWriting(recipe.before.text, rel, true) > 0;
    made[name] = { value: shown(value), step: own ? `${recipe.name}'s own lines` : `what runs before ${recipe.name} (a rule it depends on)` };
  }
  return { namedContexts, ...(Object.keys(made).length > 0 ? { madeNamedContexts: made } : {}) };
}

/**
 * The preparing step of a Dockerfile a recipe or script builds: its lines before the build. A COPY
 * source one of them writes by name is a CTX101 warning naming them (noobaa's `openssl ... -out
 * certs/ca.crt` before the build that copies it). Not a step that "may write" anything: a script
 * that only `cd`s and checks its inputs first (mana-monorepo's deploy.sh) would turn the certain
 * failures of a Dockerfile it builds into warnings.
 */
function recipePreparers(recipe: { name: string; before?: RecipeBuild['before']; runsFirst?: RecipeBuild['runsFirst'] }): Pick<BuildTarget, 'preparers'> {
  // Builds it runs first whose outputs are known (an Nx target's dependsOn): each a step of its own.
  const first = (recipe.runsFirst ?? []).map((r) => ({ step: r.step, dirs: r.outputs, outputs: r.outputs }));
  const b = recipe.before;
  if (b === undefined) return first.length > 0 ? { preparers: first } : {};
  // A make rule's prerequisites' recipes, each named by its own line (skipper's packaging/Makefile; the review
  // of 10934d0e, A-R8), and its own earlier lines; a script's lines before the build are all its own.
  const own = b.prerequisites === undefined ? b.text : b.own;
  const mine = own === undefined ? [] : [{ step: `the part of ${recipe.name} before the build`, dirs: [], script: own, scriptAt: b.at, sameShell: true as const }];
  return { preparers: [...mine, ...(b.prerequisites ?? []).map((p) => ({ step: p.step, dirs: [], script: p.text, scriptAt: b.at })), ...first] };
}
