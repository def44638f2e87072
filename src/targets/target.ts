// A build to audit: one image's context, Dockerfile, stage and args, and where it was declared.
// Compose services, Bake targets and discovered Dockerfiles all become BuildTargets.
import type { Preparer } from '../context/build-scripts.js';
import type { TargetRedaction } from './redact.js';

export interface BuildTarget {
  /** Display name: the Compose service, the Bake target, or the discovered Dockerfile's path. */
  name: string;
  /** Where it was declared, for messages: `compose.yaml`, `docker-bake.json`, `services/api/Dockerfile`. */
  declaredIn: string;
  kind: 'compose' | 'bake' | 'dockerfile' | 'cli';
  /** Absolute context directory, or a remote value (git URL) that is not audited. */
  context: string;
  /** Absolute Dockerfile path; undefined means `<context>/Dockerfile` (then `dockerfile`) as docker resolves it. */
  dockerfile?: string;
  /** Dockerfile text given inline (Compose `dockerfile_inline`, Bake `dockerfile-inline`). */
  dockerfileInline?: string;
  /** The repository file (absolute) whose text `dockerfileInline` is, fed on stdin (`docker build -f - . < F`). */
  dockerfileFrom?: string;
  /** Build stage (`--target`). */
  target?: string;
  args: Record<string, string>;
  /** Named contexts: name -> absolute directory or a non-local value (`docker-image://…`, `service:x`). */
  namedContexts: Record<string, string>;
  /** Set when the target cannot be audited as declared (remote context); the runner reports it. */
  skipReason?: string;
  /** Its context or Dockerfile path is made with `$PWD`, the directory docker compose runs in (a Compose file read on its own takes its own directory). */
  pwdLocation?: true;
  /** A Compose build's context or Dockerfile as written, when it reads a variable with no value here (`./bin/${PHPVERSION}`). */
  unsetWritten?: { context?: string; dockerfile?: string };
  /**
   * The stage it asks for is not in its Dockerfile (a workflow or a script out of date): docker refuses the
   * build, a CTX100 error naming `stageNamedBy`; the Dockerfile is still audited on its own by `--all`, as if
   * nothing declared it. (A Compose service's missing stage is its CTX100 finding alone: the flag is not set.)
   */
  staleTarget?: true;
  /** Who names the stage (the workflow, Compose file or script), for that finding; default `declaredIn`. */
  stageNamedBy?: string;
  /** Set when the target could not even be read (its build file leads outside the repository): reported as its error. */
  error?: string;
  /** Values that came from interpolation and can reach this target's report, shown there as their `${NAME}` (redact.ts). */
  redaction?: TargetRedaction;
  /**
   * A workflow step that runs before this build in the same job and writes files into the context
   * (`actions/download-artifact` into `docker-classic/`): a source missing from the checkout may be
   * made by it (CTX101 is then a warning). Its label, as shown in messages.
   */
  preparedBy?: string;
  /** Built by buildah (redhat-actions/buildah-build), which reads the context's `.containerignore`, when there is one, instead of `.dockerignore`. */
  readsContainerignore?: true;
  /** Every step that may prepare the context, nearest the build first: CTX101 names the one that writes a missing source when one does. Not part of the build's key: declarations merged as one build keep the first one's, as for preparedBy's step. */
  preparers?: readonly Preparer[];
  /**
   * Build args the workflow passes with a value known only when it runs (`VERSION=${{ inputs.version }}`,
   * `--build-arg "DIR=$DIR"`): name -> the value as written. Not passed to the audit (the ARG stays
   * without a value), but CTX101 says where the real value comes from.
   */
  argsAtRunTime?: Record<string, string>;
  /**
   * Built as a Git context (src/buildkit/git-context.ts): docker/build-push-action with no `context:`
   * builds the repository at the commit, which BuildKit clones. The audit's BuildKit view is then the
   * commit's files, with no ignore file and no .git.
   */
  gitContext?: true;
  /**
   * A Dockerfile `--all` found in a test directory that no workflow, Compose or Bake file builds: a
   * test's input, or an image a test script assembles the context of. Its findings are warnings at most.
   */
  testInput?: true;
  /**
   * A step before the build writes its Dockerfile (jq's `cat <<'EOF' >Dockerfile`: skipped) or edits it
   * in place (dbt-bouncer's `sed -i ... Dockerfile`: audited as committed): what the build copies is
   * not known here, and `suggest` takes it for a build of this context whose needs it cannot read.
   */
  dockerfileRewritten?: true;
  /** The workflow job checks out another ref (`ref: v1.0.0`, a `git checkout`) before the build: its tree is not this one. */
  otherRef?: string;
  /**
   * A service of a Compose file in a project template's directory (`templates/`, `scaffold/`,
   * `skeleton/`) that no workflow builds: a generator copies it into another project (Sailor-Template's
   * create-sailor copies templates/deploy/ into the project it makes), where its sources are. Its
   * findings are warnings at most.
   */
  templateInput?: true;
  /**
   * A dev container's Dockerfile (under `.devcontainer/`) that no workflow, Compose or Bake file builds,
   * in a repository no pipeline of which prebuilds dev containers (`devcontainers/ci`, `devcontainer
   * build`): VS Code or the devcontainer CLI builds it where a developer works, and nothing ships it
   * (nextflow's docker/flux/.devcontainer/Dockerfile, `COPY . /code`). Its findings are warnings at most.
   */
  devContainer?: true;
  /**
   * A workflow build this checkout cannot show: its context or Dockerfile is an expression known only
   * when the workflow runs, or neither is here (a step makes them). Listed as skipped, never audited;
   * when every build `--all` finds is one, it finds no build.
   */
  unlocated?: true;
  /**
   * A Dockerfile `--all` found that no workflow, Compose or Bake file builds, outside the
   * repository root: its context is ctx-audit's choice (its own directory, or the one where its
   * COPY sources are). A source missing there fails the build only if it is built from there
   * (gravitee's `COPY ./distribution`, from the Maven target/ its CI builds it in; kafka's, from
   * the directory its build script assembles): CTX101 is a warning at most.
   */
  contextGuessed?: true;
  /** With contextGuessed: the script line that copies this Dockerfile into the context another build assembles (`.github/workflows/x.yml:9`). */
  copiedAway?: string;
  /** Its recipe's `--target` is a variable its caller sets: the last stage is audited, a guess (findings capped at warning). */
  stageUnknown?: true;
  /**
   * A workflow job's build before which the job ran nothing that could write its checkout (its own
   * checkout, set-up and login actions, scripts that set variables or echo): a source the checkout
   * lacks is made by no step. `submodules`: whether that checkout fetched the submodules.
   */
  checkoutOnly?: { submodules: boolean };
  /**
   * A Compose fragment, listed as skipped (compose.ts): it audits nothing, so the Dockerfiles its
   * services name are still audited on their own (fastpastebin's docker-compose.yml, a volume-name
   * typo: its root Dockerfile, which CI pushes, went unaudited and --all passed on nothing).
   */
  fragment?: true;
  /** With contextGuessed: the recipe that builds this Dockerfile from `git archive` of the commit on stdin, not from this directory (`Makefile:144`). */
  archivedBy?: string;
  /** With contextGuessed: the Compose files nothing here runs (listed as skipped) whose services build this Dockerfile. */
  namedBySkipped?: string[];
  /**
   * With contextGuessed: the Compose files a run here reads for other services, whose services that no run builds
   * name this Dockerfile (viseron's azure-pipelines/docker-compose-build.yaml: its workflow builds three of 30).
   */
  namedByUnbuilt?: string[];
  /** With contextGuessed: a file that drives builds and names this Dockerfile (by its own name) in a build ctx-audit could not place. */
  namedInUnplaced?: string;
  /**
   * Its image is built and run here and nothing ships it (src/targets/local-image.ts): its tags are
   * local names, `ranBy` runs one of them, and discover found no file that pushes, tags or saves them.
   * Set by the declaring reader as a candidate; discover drops it unless the whole repository agrees.
   */
  localImage?: {
    names: string[];
    ranBy: string;
    /** `names` is the file `--iidfile` writes an untagged image's id to (`docker run \`cat job.iid\``), not a name. */
    idFile?: true;
    /** The build's own mention of its tags (a build-push-action step's `tags:` lines in that workflow file, root-relative): no other use. */
    cleared?: { file: string; lines: string[] };
    /** Built under no name, with nothing that ships or records it (`--target test`, no -t, push or output): `names` is empty, `ranBy` the build. */
    untagged?: true;
    /** Marked from a run of a project with the default file names, which any pipeline may also `up` (discover.ts markDefaultComposeJobs). */
    composeDefault?: true;
    /** Built and run by the Dockerfile's own comment (repo-builds.ts headerCommentContext): no other file may name the Dockerfile. */
    byComment?: true;
    /**
     * Container paths a run that serves (ports, detached) bind-mounts its own directory over (`-v .:/app`):
     * only what the image holds under every one of them is hidden from what it serves (local-image.ts).
     */
    hiddenUnder?: string[];
  };
  /**
   * A Docker container action's own build (action.yml `runs.using: docker`): the Actions runner builds
   * it where the job runs and runs it there, from the action repository's files as a tarball of the ref
   * (no `.git`) when a workflow uses it as `owner/repo@ref`. Its `.git` findings are warnings at most.
   */
  containerAction?: true;
  /**
   * A workflow step's `docker compose` run of a project with the default file names (`docker compose up
   * --build --exit-code-from tool`): not a target (--all reads those files itself), but what it tells
   * of the run (a foreground job: localImage) marks the project's own target of the same service
   * (discover.ts). `files`: the project's files, absolute.
   */
  defaultComposeRun?: { files: string[]; service: string; buildOnly?: true };
  /** A workflow build from outside the checkout (the runner's temporary directory): listed, and no reader of this checkout's ignore files. */
  outsideCheckout?: true;
  /** The Compose files (absolute) a workflow step's `docker compose` run read to make this target: `--all` lists no file so read as unread. */
  composeFilesRead?: readonly string[];
  /**
   * A standalone Dockerfile whose context a Makefile recipe or a shell script names (`Makefile:3`,
   * `builder/build-tarball`: discover's recipe evidence), not ctx-audit's guess.
   */
  placedBy?: string;
  /**
   * Local named contexts (`build-contexts: name=./dir`) whose directory the checkout lacks and a
   * workflow step before the build makes (Geotrek-admin's `mkdir -p tmp_frontend/frontend; cp -r
   * frontend/dist tmp_frontend/frontend/`): name -> its value and that step. Not read, not an error.
   */
  madeNamedContexts?: Record<string, { value: string; step: string }>;
  /**
   * A recipe's or script's build of a Dockerfile the checkout lacks and git does not ignore: listed
   * as skipped. `suggest` takes it for a stale recipe (siblings.ts reads the recipes themselves).
   */
  staleRecipe?: true;
  /** A Compose service with an `image:` that `docker compose up` (without --build) pulls rather than builds (compose's default pull policy). */
  pulledFirst?: true;
  /**
   * The builder the declaring build uses when it is not the run's: a workflow step whose `docker
   * build` runs with DOCKER_BUILDKIT=0 (xwiki-docker's) is the legacy builder's.
   */
  builder?: 'legacy' | 'buildkit';
}

/** True for contexts BuildKit fetches itself (git, http): nothing local to audit. */
export function isRemoteContext(value: string): boolean {
  return /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|git@)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

/**
 * The identity of a build: targets with the same context, Dockerfile, stage, args and named
 * contexts send the same bytes and get the same findings, so they are audited once.
 */
export function buildKey(t: BuildTarget): string {
  // A build this checkout cannot show is its own: never merged into (nor hiding) one that is audited;
  // nor is one skipped for a reason of its own (GoReleaser's, which assembles its own context, hid
  // mcp-data-platform's `make docker-build` of the same Dockerfile from the root).
  if (t.unlocated === true) return JSON.stringify(['unlocated', t.name, t.context, t.dockerfile ?? null]);
  if (t.skipReason !== undefined) return JSON.stringify(['skipped', t.name, t.context, t.dockerfile ?? null]);
  const sorted = (r: Record<string, string>) => Object.keys(r).sort().map((k) => [k, r[k]]);
  // No Dockerfile given means <context>/Dockerfile (the lowercase fallback resolves the same for both).
  return JSON.stringify([t.context, t.dockerfile ?? `${t.context}/Dockerfile`, t.dockerfileInline ?? null, t.target ?? null, sorted(t.args), sorted(t.namedContexts), t.preparedBy ?? null, sorted(t.argsAtRunTime ?? {}), t.gitContext ?? false, t.builder ?? null]);
}
