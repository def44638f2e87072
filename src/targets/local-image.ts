// An image a script builds and runs where it is built, and nothing ships: notifications-backend's
// .rhcicd/sonarqube/sonarqube.bash (`docker build --tag notifications-sonarqube:latest .`, then `docker
// run ... notifications-sonarqube:latest` for a Sonar scan that reads .git), leav-engine's prebuild
// workflow (`docker build . -t prebuild`, `docker run --name prebuild prebuild`, `docker cp` of what it
// made). What such an image holds never leaves the machine that built it: a `.git` "copied into the
// image" is the build's cost, not a leak (src/multi/run-targets.ts caps it).
//
// Only on evidence, all of it: every tag the build gives is a literal local name (no `/`, so no
// registry and no Docker Hub namespace: `docker push NAME` alone cannot ship it; or `localhost/NAME`,
// whose registry is this machine), the build itself
// neither pushes nor exports (`--push`, `--output`), the same file runs one of its tags as a job
// (no run of it detached, publishing ports or restarted: a service may serve what it holds), and no file
// that drives builds (workflows, Makefiles, scripts, package.json, Compose files, other CI
// systems' pipelines) names it anywhere but in a docker build, run, create, cp, rm/rmi, start, stop,
// kill, wait, logs, inspect or exec (a `docker tag`, `save` or `image:` line, or any other mention,
// keeps every finding as it is).
import { escapeRegExp as escape } from '../context/build-scripts.js';

/** Tags a build gives that make it a local-image candidate: all literal, none with a registry or namespace. Null otherwise. */
export function localImageNames(tags: readonly string[], pushes: boolean): string[] | null {
  if (pushes || tags.length === 0) return null;
  const names: string[] = [];
  for (const t of tags) {
    // `name` or `name:tag`, lowercase as docker's reference grammar has it; no digest, no variable.
    // `localhost/name` too: podman's local prefix, and a push of it reaches no other machine (synapse's
    // complement.sh builds localhost/synapse-editable and runs it; sweep 47/E-F1).
    const m = /^((?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::([\w][\w.-]{0,127}))?$/.exec(t);
    if (m === null) return null;
    names.push(m[1]);
  }
  return [...new Set(names)];
}

/** The words of a build command that push or export what it makes. */
export function buildPushes(words: readonly string[]): boolean {
  // A registry cache (`--cache-to`) carries the layers, the COPY's among them: as good as a push.
  return words.some((w) => (/^--push(?:=|$)/.test(w) && w !== '--push=false') || /^(?:-o|--output|--cache-to)(?:=|$)/.test(w) || /^-o\S/.test(w));
}

/** Logical lines of a text: `\`-continued lines joined, with the 1-based line each starts on. */
function logicalLines(text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    // Parts joined once (a line of joins is linear), each ended by its own `\`.
    const parts = [lines[i]];
    let length = lines[i].length;
    while (/\\[ \t]*$/.test(parts[parts.length - 1]) && i + 1 < lines.length && length < 1 << 16) {
      parts[parts.length - 1] = parts[parts.length - 1].replace(/\\[ \t]*$/, ' ');
      parts.push(lines[++i]);
      length += lines[i].length;
    }
    out.push({ line: start + 1, text: parts.join('') });
  }
  return out;
}

/**
 * A command as the patterns below read it: runs of white space made one space, trimmed, and cut at
 * 4 KiB (a command is not longer; a stranger's line of spaces must not make the patterns slow).
 * Null when cut: such a line is read as naming the image in a way not cleared.
 */
function command(segment: string): string | null {
  const c = segment.replace(/\s+/g, ' ').trim();
  return c.length > 4096 ? null : c;
}

/** A command's head as it may be written in a workflow's YAML, a Makefile recipe or a script. */
// Read from command()'s text: one space between words, none around it.
const LEAD = String.raw`^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:docker|podman|\$[({]?\w+[)}]?) (?:(?:--[\w-]+=[^ ]+|(?:--config|--context|-c|-H|--host|--log-level|-l) [^ ]+|--tls\w*|-D|--debug) )*`;
const RUNS = new RegExp(`${LEAD}(?:container )?(?:run|create)\\b`);
/**
 * A vulnerability scan of a local image, which reads it where it was built and ends (symfony-flex-
 * backend's CI: `docker build . --tag symfony-flex-backend:...`, then Trivy on that name): as much a
 * job as a `docker run --rm`. Trivy's `image` (or `i`) command, with `--flag=value` options before it;
 * grype. Another form (`trivy --cache-dir x image`) is no scan here: the finding keeps its level.
 */
const SCANS = /^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:trivy (?:--[\w-]+(?:=[^ ]+)? )*(?:image|i)|grype)(?= )/;

/**
 * Workflow actions that scan an image where it was built (the Trivy and Anchore/Grype actions), by
 * the input that names it: `image-ref: app:ci` scans the job's local `app:ci`.
 */
export const SCAN_ACTIONS: Record<string, string> = {
  'aquasecurity/trivy-action': 'image-ref',
  'anchore/scan-action': 'image',
};

/** The input of a scanner action step naming one of `names` (`image-ref: app:ci`), or null. */
export function scannedBy(uses: unknown, inputs: unknown, names: readonly string[]): { input: string; value: string } | null {
  if (typeof uses !== 'string' || typeof inputs !== 'object' || inputs === null) return null;
  const input = SCAN_ACTIONS[uses.replace(/@.*$/, '').toLowerCase()];
  const value = input === undefined ? undefined : (inputs as Record<string, unknown>)[input];
  if (typeof value !== 'string') return null;
  const m = /^([a-z0-9][a-z0-9._-]*)(?::[\w][\w.-]*)?$/.exec(value.trim());
  return m !== null && names.includes(m[1]) ? { input, value } : null;
}
/**
 * Of a job's steps, the first that runs one of `names` as a job (a `run:` line, runLineOf) or scans it
 * (a scanner action, scannedBy), or -1; and the scanner inputs' own lines, as they may be written, which
 * are no other use of the name.
 */
export function jobUseOf(steps: readonly unknown[], names: readonly string[]): { first: number; scanLines: string[] } {
  let first = -1;
  const scanLines: string[] = [];
  steps.forEach((step, i) => {
    const st = (step ?? {}) as { run?: unknown; uses?: unknown; with?: unknown };
    const scan = scannedBy(st.uses, st.with, names);
    if (scan !== null) scanLines.push(`${scan.input}: ${scan.value}`, `${scan.input}: "${scan.value}"`, `${scan.input}: '${scan.value}'`);
    if (first < 0 && (scan !== null || (typeof st.run === 'string' && runLineOf(st.run, names) !== null))) first = i;
  });
  return { first, scanLines };
}

const INERT = new RegExp(`${LEAD}(?:(?:buildx |image )?build\\b|(?:container )?(?:run|create|cp|rm|start|stop|kill|wait|logs|inspect|exec)\\b|(?:image )?(?:rm|inspect)\\b|rmi\\b)`);
/**
 * A Compose command that builds, runs or stops services (`docker-compose up --build
 * --abort-on-container-exit --exit-code-from integration`: permify's Makefile, whose service and
 * local image share the name; sweep 50/E-F1): a service's name there names no image to ship. Not
 * `push`, `config` or anything else.
 */
const COMPOSE_HEAD = /^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:docker compose|docker-compose|podman compose|podman-compose|\$[({]?\w+[)}]? compose)(?= |$)/;
const COMPOSE_VALUE_OPTIONS = new Set(['-f', '--file', '-p', '--project-name', '--env-file', '--profile', '--project-directory']);
const COMPOSE_INERT_SUBS = new Set(['up', 'run', 'build', 'down', 'logs', 'rm', 'stop', 'start', 'ps', 'exec', 'kill', 'wait', 'create', 'restart']);
/** Read word by word (a pattern of optional options backtracked exponentially on `-p -p -p ...`: the review of 1c066843, RC-R3). */
function composeInert(command: string): boolean {
  const head = COMPOSE_HEAD.exec(command);
  if (head === null) return false;
  const words = command.slice(head[0].length).trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (COMPOSE_VALUE_OPTIONS.has(w)) i++;
    else if (!w.startsWith('-')) return COMPOSE_INERT_SUBS.has(w);
  }
  return false;
}


/** `name` as a word of its own, with or without a `:tag` (a container path `name:/app` too). */
function nameWord(names: readonly string[]): RegExp {
  // After a `:` too (skopeo's `docker-daemon:NAME`): a mention more only holds back more.
  return new RegExp(`(?<![\\w./@-])(?:${names.map(escape).join('|')})(?::[\\w][\\w.-]*)?(?![\\w./@-])`);
}

/** The commands of a logical line: split at `&&`, `||`, `;` and `|` (quotes not honoured: a split only makes a mention harder to clear). */
// (And at a command substitution's start: `cid=$(docker create plugin-build)`, then `docker cp $cid:...`,
// argo-rollouts' way to take binaries out of a build stage; sweep 51/M-F1.)
// Only a `create` or `run`, whose output is a container's id: `docker tag $(docker inspect ... NAME)` or
// `ID=$(docker images -q NAME)` then `docker tag $ID` hands the image on (the review of 57178e3d, RD-R3).
const segments = (line: string) => line.split(/&&|\|\||;|\||\$\((?=\s*(?:sudo\s+)?(?:docker|podman)\s+(?:container\s+)?(?:create|run)\s)|`(?=\s*(?:sudo\s+)?(?:docker|podman)\s+(?:container\s+)?(?:create|run)\s)/);

/**
 * A run that makes a service, not a job: detached, publishing ports, restarted, or on the host's
 * network. Such a container may serve what the image holds (a `.git` under a web root), so its
 * image is no local one here.
 */
const SERVES_ANYHOW = / (?:-d|--detach(?:=true)?|-[a-zA-Z]*d[a-zA-Z]*|-p|--publish(?:=[^ ]+)?|-P|--publish-all|--restart(?:=[^ ]+)?)(?= |$)/;
/** The host's network: a service there, unless the run is a foreground `--rm` job that ends with its command (knative/func's `docker run -i --rm --network=host IMAGE ./hack/test-integration-podman.sh`). */
const HOST_NETWORK = / --net(?:work)?[= ]host(?= |$)/;
// (Only with a command of its own after the image: `docker run --rm --network host site` runs the
// image's server, in the foreground but serving what it holds all the same.)
const serves = (s: string, names: readonly string[]) => SERVES_ANYHOW.test(s) || (HOST_NETWORK.test(s) && !(/ --rm(?:=true)?(?= |$)/.test(s) && new RegExp(`${nameWord(names).source} +[^ &|;]`).test(s)));

/** How a command line names the directory it runs in, as a bind mount's host side: `.`, `$(pwd)`, `${PWD}`, make's `$(CURDIR)`. */
const CHECKOUT_HOST = /^(?:\.\/?|\$\(pwd\)|`pwd`|\$\{?PWD\}?|\$\$\{?PWD\}?|\$\$\(pwd\)|\$\(CURDIR\)|\$\{CURDIR\}|\$\(shell pwd\))$/;

/**
 * The container path a run bind-mounts its own directory over (`-v .:/opengist`, `--volume "$(pwd)":/app:ro`,
 * `--mount type=bind,source=$(pwd),target=/app`), or null: what the image holds there is hidden from
 * whatever the container serves (opengist's Makefile: `docker run -v .:/opengist -p 6157:6157 ...`
 * over its `COPY . .` in /opengist; sweep 52/Q-F1). The last such mount of the run, when several.
 */
export function checkoutMountTarget(s: string): string | null {
  let target: string | null = null;
  const words = s.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let spec: string | null = null;
    let mount: string | null = null;
    if (w === '-v' || w === '--volume') spec = words[i + 1] ?? null;
    else if (w.startsWith('--volume=') || (w.startsWith('-v') && w.length > 2 && !w.startsWith('-v='))) spec = w.startsWith('--volume=') ? w.slice(9) : w.slice(2);
    else if (w.startsWith('-v=')) spec = w.slice(3);
    else if (w === '--mount') mount = words[i + 1] ?? null;
    else if (w.startsWith('--mount=')) mount = w.slice(8);
    const unq = (x: string) => x.replace(/^(["'])(.*)\1$/, '$2');
    if (spec !== null) {
      const parts = unq(spec).split(':').map(unq);
      const host = parts[0].replace(/^["']|["']$/g, '');
      if (parts.length >= 2 && CHECKOUT_HOST.test(host) && parts[1].startsWith('/')) target = parts[1];
    } else if (mount !== null) {
      const kv = new Map(unq(mount).split(',').map((x) => { const e = x.indexOf('='); return e < 0 ? [x, ''] : [x.slice(0, e), unq(x.slice(e + 1))]; }));
      const src = kv.get('source') ?? kv.get('src');
      const dst = kv.get('target') ?? kv.get('destination') ?? kv.get('dst');
      if ((kv.get('type') ?? 'volume') === 'bind' && src !== undefined && CHECKOUT_HOST.test(src) && dst !== undefined && dst.startsWith('/')) target = dst;
    }
  }
  return target === null ? null : target.replace(/\/+$/, '') || '/';
}

/**
 * Whether a serving run hides what it could serve: it bind-mounts its directory over a path, which
 * `hidden` (when given) collects; the finding's own copy must lie under it (run-targets.ts).
 */
function hidesImage(s: string, hidden: string[] | undefined): boolean {
  if (hidden === undefined) return false;
  const t = checkoutMountTarget(s);
  if (t === null) return false;
  hidden.push(t);
  return true;
}

/**
 * The 1-based line of a `docker run`/`create` (or a scan: SCANS) in `text` whose words name one of `names`, or null. Only
 * a run that does a job and ends (notifications-backend's `docker run --rm ... scan`, leav-engine's
 * `docker run --name prebuild prebuild`): when any run of them serves (detached, publishing ports, restarted, or on the host network but for a `--rm` job), null.
 * With `hidden`, a serving run that bind-mounts its own directory over a path counts as a job, the path
 * pushed onto `hidden`.
 */
export function runLineOf(text: string, names: readonly string[], hidden?: string[]): number | null {
  const word = nameWord(names);
  let found: number | null = null;
  for (const l of logicalLines(text)) {
    if (!word.test(l.text)) continue;
    for (const seg of segments(l.text)) {
      const s = command(seg);
      if (s !== null && SCANS.test(s) && word.test(s.replace(SCANS, ' '))) {
        found ??= l.line;
        continue;
      }
      if (s === null || !RUNS.test(s) || !word.test(s.replace(RUNS, ' '))) continue;
      if (serves(s, names) && !hidesImage(s, hidden)) return null;
      found ??= l.line;
    }
  }
  return found;
}

/**
 * True when every mention of `names` in `texts` is in a docker command that neither ships nor renames
 * the image, nor runs it as a service (in any file: a `docker run -d -p 80:80 NAME` in another
 * script serves it as much as one beside the build).
 */
export function onlyRunHere(names: readonly string[], texts: readonly string[], hidden?: string[]): boolean {
  const word = nameWord(names);
  for (const raw of texts) {
    // Not a Go build tag (`go vet -tags=fips`, `-tags fips,netgo`: immudb's Makefile, whose image is
    // fips:test-build; sweep 51/K-F3), taken out first (a lookbehind for it was quadratic: RC-R2).
    const text = raw.includes('tags') ? raw.replace(/(?<![\w-])--?tags[= ][\w,.-]+/g, ' ') : raw;
    if (!word.test(text)) continue;
    for (const l of logicalLines(text)) {
      if (!word.test(l.text)) continue;
      for (const seg of segments(l.text)) {
        if (!word.test(seg)) continue;
        const s = command(seg);
        if (s === null || !(INERT.test(s) || SCANS.test(s) || composeInert(s)) || (RUNS.test(s) && serves(s, names) && !hidesImage(s, hidden))) return false;
      }
    }
  }
  return true;
}

/**
 * Files of CI systems ctx-audit does not read for builds (GitLab, Jenkins, CircleCI, Tekton, Azure,
 * Travis, Cloud Build, CodeBuild, OneDev (`.onedev-buildspec.yml`; sweep 52/Q-F5), Bitbucket, Drone, Buildkite, Woodpecker, Skaffold): one may build
 * and push the same Dockerfile, so one that names it keeps its findings as they are.
 */
export const OTHER_CI_FILE = /(?:^|\/)(?:\.gitlab-ci[^/]*\.ya?ml|Jenkinsfile[^/]*|[^/]*\.jenkinsfile|\.travis\.ya?ml|azure-pipelines[^/]*\.ya?ml|cloudbuild[^/]*\.ya?ml|buildspec[^/]*\.ya?ml|\.onedev-buildspec\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|skaffold[^/]*\.ya?ml)$|(?:^|\/)\.(?:circleci|tekton|buildkite|woodpecker|gitlab)\/(?:[^/]+\/)*[^/]+\.ya?ml$/;

/** True when a pipeline of another CI system names the Dockerfile (root-relative, `/`-separated): by its path, or, for the root's `Dockerfile`, at all. */
export function otherCiNames(dockerfile: string, texts: readonly string[]): boolean {
  const atRoot = !dockerfile.includes('/');
  const named = atRoot ? /\b[Dd]ockerfile\b|\bdocker\s+build\b|\bbuildah\b|\bkaniko\b/ : new RegExp(`(?<![\\w.-])(?:\\./)?${escape(dockerfile.split('/').slice(-2).join('/'))}(?![\\w.-])`);
  return texts.some((t) => named.test(t));
}

/**
 * A Makefile's image name whose tag only the shell makes (`CI_IMAGE ?= myproj-ci:$(shell git rev-parse
 * --short HEAD)`), as ASSIGN's groups: the name with `shell` for its tag, as makefileBuilds reads it.
 */
function shellTagged(line: string): [string, string, string, string] | null {
  if (line.length > 1024) return null;
  const m = /^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{0,2}=|\?=|:=)[ \t]*((?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*):\$\(shell\s[^()]*\)[ \t]*$/.exec(line);
  return m === null ? null : [m[0], m[1], '', `${m[2]}:shell`];
}

/**
 * A script's or Makefile's text with its one-word literal variables put in where they are used
 * (`TEST_IMAGE = myproj-test`, then `docker run --rm $(TEST_IMAGE)`), and those assignments left out:
 * a name held in a variable is judged by where the variable goes (amazon-vpc-cni-k8s' Makefile), a
 * `docker push $(TEST_IMAGE)` as much as a run. A name assigned two values is left as written.
 */
export function withSimpleVariables(text: string): string {
  const ASSIGN = /^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{0,2}=|\?=|:=)[ \t]*(["']?)([A-Za-z0-9][\w.:/@-]*)\2[ \t]*$/;
  const values = new Map<string, string | null>();
  for (const l of text.split('\n')) {
    const m = ASSIGN.exec(l) ?? shellTagged(l);
    if (m === null) continue;
    values.set(m[1], values.has(m[1]) && values.get(m[1]) !== m[3] ? null : m[3]);
  }
  const known = [...values].filter((e): e is [string, string] => e[1] !== null);
  if (known.length === 0) return text;
  const byName = new Map(known);
  return text
    .split('\n')
    .filter((l) => {
      const m = ASSIGN.exec(l) ?? shellTagged(l);
      return m === null || !byName.has(m[1]);
    })
    .join('\n')
    .replace(/\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, a?: string, b?: string, c?: string) => byName.get((a ?? b ?? c) as string) ?? all);
}
