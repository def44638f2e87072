import { firstComponentWhere } from '../context/components.js';
import { formatSize, plural } from '../units.js';
import { defineRule, type RuleContext } from './rule.js';
import { text } from './paths.js';
import { deliberateLookup } from './deliberate.js';
import { inTestDirectory } from './test-fixtures.js';
import { gitCopiedOutOfStage } from '../dockerfile/reads-git.js';

export type HeavyKind = 'vcs' | 'dependencies' | 'build' | 'cache';

/** Directory names that are almost never meant to reach a builder, by what they hold. */
export const HEAVY_DIRECTORIES: Readonly<Record<string, HeavyKind>> = {
  '.git': 'vcs',
  '.hg': 'vcs',
  '.svn': 'vcs',
  node_modules: 'dependencies',
  bower_components: 'dependencies',
  '.venv': 'dependencies',
  venv: 'dependencies',
  '.tox': 'dependencies',
  '.terraform': 'dependencies',
  target: 'build',
  '.next': 'build',
  '.nuxt': 'build',
  '.turbo': 'build',
  '.gradle': 'build',
  __pycache__: 'cache',
  '.pytest_cache': 'cache',
  '.mypy_cache': 'cache',
  '.ruff_cache': 'cache',
  coverage: 'cache',
  '.nyc_output': 'cache',
};

export interface HeavyDirectoryData {
  path: string;
  kind: HeavyKind;
  files: number;
  bytes: number;
  /** Files below it left out of `files` because an exception or a COPY source names them (src/rules/deliberate.ts); absent when 0. */
  deliberate?: number;
  /** `.git` only: why the build reads it (src/dockerfile/reads-git.ts), when it does. */
  readBy?: string;
  /** Every reported file is committed although a .gitignore line names it (`git add -f`): a warning at most. */
  committedPastIgnore?: true;
  /** A `.hg`/`.svn` (not `.git`) whose every reported file git tracks: published with the repository, a warning at most. */
  committedVcs?: true;
  /** A COPY takes it and no RUN of the Dockerfile makes it again (this is what none does): the image runs on it, a warning at most. */
  notRemade?: string;
  /** `.git` only: the line of a COPY --from that takes it by name out of a stage it was copied into: shipped on purpose, a warning at most. */
  copiedOut?: number;
}

export const heavyDirectory = defineRule<HeavyDirectoryData>({
  id: 'CTX003',
  name: 'heavy-directory',
  severity: 'warning',
  docs: {
    summary: 'A VCS, dependency, build or cache directory is sent.',
    why: 'VCS history, installed dependencies, build output and caches are large, change often (busting the cache of every COPY . .), and are rebuilt inside the image anyway. `.git` can also leak history, including secrets removed long ago. When a COPY or ADD of the target\'s stages brings files of the directory into the image, the finding names that instruction and is one level more severe (warning becomes error): the directory then ships in a layer, not only in the upload.',
    fix: 'Exclude the directory with a pattern that matches at any depth, e.g. `**/node_modules`. When the build reads the `.git` it is sent (a RUN runs git, or make, npm, cargo or the .NET SDK reads it: the finding names what), excluding it changes what the build makes: pass what it reads as a build arg (`--build-arg VERSION=$(git describe)`), or bind-mount `.git` in the one RUN that needs it (`RUN --mount=type=bind,source=.git,target=.git ...`) and keep it out of the image. A `.git` a later stage copies by name out of a stage of the Dockerfile that took the context (`COPY --from=build /app/.git /app/.git`, for a version read at run time) is shipped on purpose: a warning at most, and `suggest` keeps it, as excluding it fails that COPY. Not reported: a directory with no files (an empty `.git` left by `.git/*`), and files brought back on purpose, by an ignore-file exception that names the directory or something in it (`target/` then `!target/*.jar`) or by a COPY/ADD/bind source that names it or a path inside it (`COPY target/app.jar .`; a component of wildcards alone names nothing: `COPY * /crds/` ships .git, as Go\'s filepath.Match lets `*` match it), and a directory whose contents the ignore file excludes by name (`.git/objects`, `.git/logs`: what is left was kept on purpose); in a build or cache directory (`target`, `.next`, `coverage`, ...), the files git tracks: committed, they are source (a Go package named `target`), not output; and in a dependency directory inside a test directory of the repository (`test-fixtures/`, `integrationtest/`, `tests/`), the files git tracks: a fixture the tests read (tflint\'s committed `.terraform` directories); in any dependency directory, the files git tracks that a `.gitignore` exception names (`static/node_modules/*` then `!static/node_modules/jquery/dist/jquery.min.js`): vendored on purpose, used as they are; A dependency directory whose every reported file git tracks although a `.gitignore` line names it (committed with `git add -f`, or before the line was written) is a warning at most: vendored on purpose or a stale commit, which only the repository\'s history tells; a whole-context `COPY . .` or a source above the directory is not such a choice. A dependency or build directory a COPY takes into an image whose Dockerfile uses that ecosystem but has no RUN that makes it again (no `npm ci`, no `pip install`, no Maven or cargo step) is a warning at most, and the finding says so: the image runs on the one it is sent (a ready-to-run bundle: `server.js`, its `node_modules`, `CMD node server.js`). With `--all`, an image that stays on the machine that builds it is not raised either (a warning at most, CTX001\'s big files too, and CTX201/CTX202\'s secrets in files git tracks, which the repository\'s readers hold already): a script or workflow job builds it under local names only (no registry, no namespace, no `--push` or `--output`; `localhost/NAME`, whose registry is this machine, is local) and runs it as a job or scans it (`docker run`, or `trivy image`, `grype` or their actions, aquasecurity/trivy-action and anchore/scan-action; none of its runs detached, publishing ports, restarted or on the host network but as a foreground `--rm` job: a service may serve what it holds, unless the run bind-mounts its own directory over where the COPY wrote (`docker run -v .:/app -p 8080:8080` over `WORKDIR /app` and `COPY . .`), which hides what the image holds there; a build-push-action step with literal local tags and no push, outputs or cache-to counts as such a build, and an untagged one run by its `--iidfile`, and a Compose service that a command runs as a foreground job that ends (`up --exit-code-from SERVICE`, `up --abort-on-container-exit`, `run SERVICE`; not `-d`, `--wait` or `--service-ports`) and that names no image, publishes no port, does not restart and is not on the host network (compose names its image `<project>-<service>`), or, in a workflow job on a GitHub-hosted runner (`runs-on: ubuntu-latest` and the like: a machine the job\'s end throws away, whose services no one outside reaches) that names no DOCKER_HOST, docker context, `-H` or ssh, any `up` or `run` of a service that names no image, detached or serving; another build of the same Dockerfile ships it only when it builds that stage or one FROM it), and no workflow, script, Makefile, package.json, Compose file or other CI pipeline names it but in a docker build, run, create, cp, rm, start, stop, kill, wait, logs, inspect or exec, or such a scan (a `docker tag`, `save` or `image:` keeps the error, and so does a `docker commit` or `export` of any container; a Compose project\'s image is `<name>-<service>`, its name from `-p`, COMPOSE_PROJECT_NAME or the file\'s `name:`), and no other CI pipeline names the Dockerfile: a scan image run once with the `.git` its tool reads. So is a stage a script, recipe or workflow step builds by `--target` under no name (no `-t`, push, `--output`, `--load`, `-q`, `--iidfile` or `--metadata-file`, no word the shell expands but a build arg\'s value, its output not captured), for what its RUN steps do (rancher/webhook\'s `--target test`): not the last stage nor one the last stage is built on, unless the Dockerfile has a name of its own, which no platform builds by default (netdata\'s `docker build -f .github/dockerfiles/Dockerfile.clang .`, a compile check; not a `Dockerfile` or `Containerfile`), no other build here of that stage (a build-push-action step with no tags, no push, outputs, cache-to or load, whose outputs no later step uses, is such a build too), and nothing here that may build it unseen (a platform config, a Bake file, a Tiltfile, another CI system\'s pipeline, a `docker images -q`). A Docker container action\'s own build (action.yml with `runs.using: docker`) is a warning at most for its `.git` (CTX001\'s big files in it too), unless another build of the same Dockerfile ships it: the Actions runner builds it from a tarball of the ref, without `.git`, for a workflow that uses it as `owner/repo@ref`, and from the checkout, run once, only for one that uses it locally.',
    bad: '# .dockerignore\n*.log',
    good: '# .dockerignore\n*.log\n.git\n**/node_modules\n**/__pycache__',
  },
  check(ctx) {
    // One finding per outermost heavy directory: node_modules inside node_modules is the same leak.
    const found = new Map<string, HeavyDirectoryData & { raw: string; forced: number; tracked: number }>();
    const heavyPrefix = firstComponentWhere((name) => Object.hasOwn(HEAVY_DIRECTORIES, name));
    const deliberate = deliberateLookup(ctx);
    // A dependency directory in a test directory (the repository's path) whose files git tracks is a
    // fixture: tflint's test-fixtures/**/.terraform, a committed node_modules a test resolves from.
    const inTests = new Map<string, boolean>();
    const fixture = (raw: string, p: string) => {
      let t = inTests.get(raw);
      if (t === undefined) inTests.set(raw, (t = inTestDirectory(ctx, raw + '/')));
      return t && ctx.isGitTracked?.(p) === true;
    };
    const vendoredOnPurpose = (p: string) => ctx.isGitTracked?.(p) === true && ctx.isGitException?.(p) === true;
    for (const e of ctx.entries) {
      const raw = heavyPrefix(e.path);
      if (raw === null || (raw.length === e.path.length && e.kind !== 'dir')) continue;
      let f = found.get(raw);
      if (!f) {
        f = { raw, forced: 0, tracked: 0, path: text(raw), kind: HEAVY_DIRECTORIES[raw.slice(raw.lastIndexOf('/') + 1)], files: 0, bytes: 0 };
        found.set(raw, f);
      }
      if (e.kind === 'file') {
        // A file git tracks under a build or cache name is source, not output: minio's Go packages
        // internal/event/target and internal/logger/target. (A tracked node_modules is still
        // dependencies, unless a .gitignore exception keeps the file among ignored siblings:
        // spiderfoot's 18 minified files under static/node_modules, which its web UI serves.)
        if (deliberate(e.path, raw) || ((f.kind === 'build' || f.kind === 'cache') && ctx.isGitTracked?.(e.path) === true) || (f.kind === 'dependencies' && (fixture(raw, e.path) || vendoredOnPurpose(e.path)))) f.deliberate = (f.deliberate ?? 0) + 1;
        else {
          f.files++;
          f.bytes += e.contentBytes;
          if (f.kind === 'dependencies' && ctx.isGitTracked?.(e.path) === true && ctx.isGitIgnoredByRules?.(e.path) === true) f.forced++;
          // (Not its config, which holds a local clone's credentials, `[auth]` in .hg/hgrc, whatever the index
          // says of it: the review of 789d424.)
          if (f.kind === 'vcs' && ctx.isGitTracked?.(e.path) === true && !/(?:^|\/)hgrc$|\/\.svn\/auth\//.test(e.path)) f.tracked++;
        }
      }
    }
    // A directory with no file left to report (empty, or only what was brought in on purpose) is not a finding.
    // The context's own .git that the build reads (gitleaks' and distribution's `git describe`, yarr's
    // Makefile): excluding it changes the build, so the finding says so.
    // A Mercurial or Subversion directory whose every reported file git tracks (a vendored copy committed with its `.hg`) is a warning at most: the repository publishes that history itself. A dependency directory whose every reported file git tracks although a .gitignore line names it
    // (committed with `git add -f`, or before the line: SunbirdEd-portal's src/app/libs/*/node_modules,
    // which its server requires and no install makes; or a stale commit nobody removed): which one it
    // is cannot be told from here, so a warning at most.
    return [...found.values()]
      .filter((f) => f.files > 0)
      .map(({ raw, forced, tracked, ...data }) => {
        // A Mercurial or Subversion directory git tracks, every file of it (xmpp.atl.chat commits
        // prosody-modules/ with its .hg/): the repository publishes that history itself, so an image
        // with it leaks nothing the repository does not; its weight is all: a warning at most.
        if (data.kind === 'vcs' && raw !== '.git' && !raw.endsWith('/.git') && tracked === data.files) return { path: raw, data: { ...data, committedVcs: true as const }, maxSeverity: 'warning' as const };
        const reachable = raw === '.git' && gitReachable(ctx);
        // A later stage that copies .git by name out of the stage it was copied into (imputnet/cobalt's
        // `COPY --from=build /app/.git /app/.git`, read at run time for the version): shipped on purpose,
        // as an exception that names it is (sweep 55/P-F1); excluding it fails that COPY.
        const out = reachable ? gitCopiedOutOfStage(ctx.crossCheck?.parsed.stages ?? [], new Set(ctx.crossCheck?.resolved.needed.stages ?? [])) : null;
        if (out !== null) return { path: raw, data: { ...data, copiedOut: out.line }, maxSeverity: 'warning' as const };
        const readBy = reachable ? (ctx.gitReadBy?.() ?? null) : null;
        // A ready-to-run bundle (SunbirdEd-portal's app_dist: server.js, its node_modules, a
        // Dockerfile that copies it all and runs `node server.js`, no install): the image runs on
        // the directory it is sent, so shipping it is the build's design, not a leak or a failure.
        const notRemade = (data.kind === 'dependencies' || data.kind === 'build') && copyReaches(ctx, raw) ? (ctx.notRemadeBy?.(raw.slice(raw.lastIndexOf('/') + 1)) ?? null) : null;
        const extra = { ...(forced === data.files ? { committedPastIgnore: true as const } : {}), ...(notRemade !== null ? { notRemade } : {}) };
        if (forced === data.files || notRemade !== null) return { path: raw, data: { ...data, ...extra }, maxSeverity: 'warning' as const };
        return { path: raw, data: readBy === null ? data : { ...data, readBy } };
      });
  },
  message: (d) =>
    `${d.kind} directory is sent: ${plural(d.files, 'file', 'files')}, ${formatSize(d.bytes)}${d.committedVcs === true ? '; git tracks every file of it, so it holds nothing the repository does not publish: exclude it for the weight alone' : ''}${d.committedPastIgnore === true ? '; committed to git although .gitignore names it (added with -f, or before that line): vendored on purpose, or a stale commit, check before excluding it' : ''}${d.notRemade !== undefined ? `; no RUN of the Dockerfile ${d.notRemade}, so the image runs on the one it is sent: exclude it only if the image does not need it` : ''}${d.copiedOut !== undefined ? `; the COPY --from at line ${d.copiedOut} takes .git into the image by name, on purpose: excluding it fails that COPY` : ''}${d.readBy !== undefined ? `; ${d.readBy.replace(/; exclude it yourself if .*$/, '')}, so excluding it changes what the build makes (pass what it reads as a build arg, or bind-mount .git in the RUN that needs it)` : ''}`,
});

/** Whether a COPY/ADD/bind source of the target takes `.git` (a whole-context copy, or a source at or under it): only then can a RUN read it. */
function gitReachable(ctx: RuleContext): boolean {
  return copyReaches(ctx, '.git');
}

/** Whether a COPY/ADD/bind source of the target takes the directory `dir` (a whole-context copy, or a source at or under it). */
function copyReaches(ctx: RuleContext, dir: string): boolean {
  const cross = ctx.crossCheck;
  if (!cross) return false;
  if (cross.resolved.coversWholeContext) return true;
  const prefix = dir + '/';
  for (const k of cross.references.keys()) if (k === dir || k.startsWith(prefix)) return true;
  return false;
}
