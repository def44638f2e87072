// `--all`: what the repository itself says about its builds, beyond Compose and Bake files, and how
// to audit a Dockerfile nothing declares (issue 14 item 7):
// - GitHub Actions workflows: a `docker/build-push-action` step's `context`/`file`/`target`/
//   `build-args` (no `context`: the repository as committed, from its root), and
//   `docker build -f X Y` / `docker buildx build` commands in `run` steps.
// - A Dockerfile in `docker/` or `build/` (any directory but the root) whose COPY/ADD sources resolve
//   from the repository root and not from its own directory is audited with the root as context.
// - Templates (`Dockerfile.j2`, `*.tmpl`, `*.template`, a `{%`/`{{` directive line) are skipped with
//   a notice: a tool renders them before docker sees them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRepoRoot, isInside, type RepoBoundary } from '../context/boundary.js';
import { buildxLowercaseDockerfile } from '../context/discover.js';
import YAML from 'yaml';
import { YAML_OPTIONS } from '../config/syntax-error.js';
import { parseGoYaml } from './go-yaml.js';
import { readRegularFile } from '../context/read-regular.js';
import { escapeRegExp, lineWriting, packageScripts, preparerOf, WORKFLOW_DIRS } from '../context/build-scripts.js';
import { customFrontend, INSTRUCTIONS, parseDockerfile } from '../dockerfile/parse.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { gitIgnoresMissingPath, gitOracles } from '../rules/gitignore.js';
import { literalComponents } from '../rules/paths.js';
import { toByteString } from '../context/bytes.js';
import { parseGoBool } from '../go-bool.js';
import { InputError } from '../errors.js';
import { COMPOSE_FILE_NAMES, composeFilesFromEnv, composeTargets, findComposeFiles } from './compose.js';
import { bakeTargets } from './bake.js';
import { withoutCommentLines } from './comments.js';
import { expressionText, stepCondition } from './gha-if.js';
import { isRemoteContext, type BuildTarget } from './target.js';
import { isLocalContextValue } from './named-context.js';
import { localImageNames, buildPushes, jobUseOf, onlyRunHere, runLineOf } from './local-image.js';

// `.tt`: Thor/ERB, what Rails renders into every new app (railties' app/templates/Dockerfile.tt).
const TEMPLATE_NAME = /\.(j2|jinja2?|tmpl|tpl|template|tt|erb|ejs|hbs|mustache|gotmpl)$/i;
/**
 * A line that is a template directive (Jinja/Go `{%`/`{{`, ERB/EJS `<%`), an instruction other than
 * RUN, CMD, ENTRYPOINT or HEALTHCHECK (whose shell may print a Go template) with `{{` in it
 * (flyctl's `fly launch` templates: `ARG PYTHON_VERSION={{ .pythonVersion }}`), or an ERB/EJS output
 * tag (`ARG RUBY_VERSION=<%= Gem.ruby_version %>`) outside a comment.
 */
const TEMPLATE_LINE = /^\s*(\{%|\{\{|<%)|^[ \t]*(?:FROM|ARG|ENV|COPY|ADD|LABEL|WORKDIR|USER|EXPOSE)\b[^\n]*\{\{|^(?!\s*#)[^\n]*?<%=/im;

/**
 * `${pkg.name}`, `${project.version}`: a Maven property, filled in by resource filtering
 * (thingsboard's msa/tb/docker-cassandra/Dockerfile). Docker's own substitution stops at the dot ("unsupported
 * modifier"), so a Dockerfile that holds one outside a comment is never built as it is.
 */
const DOTTED_PLACEHOLDER = /^(?!\s*#).*\$\{[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z0-9_.-]*\}/m;

/** A Dockerfile's text with the bodies of its heredocs (`<<EOF` ... `EOF`, `<<-'EOT'`) left out. */
function withoutHeredocBodies(text: string): string {
  const out: string[] = [];
  let ends: { word: string; dash: boolean }[] = [];
  for (const line of text.split('\n')) {
    if (ends.length > 0) {
      const end = ends[0];
      if ((end.dash ? line.replace(/^\t+/, '') : line).replace(/\r$/, '') === end.word) ends = ends.slice(1);
      continue;
    }
    out.push(line);
    ends = [...line.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)].map((m) => ({ word: m[3], dash: m[1] === '-' }));
  }
  return out.join('\n');
}

/**
 * The base image of a FROM that is a placeholder, or null: a repository name with capitals
 * (`FROM BASEIMAGE`, which rook's images/ceph/Makefile replaces with sed before building a context
 * it assembles in a temporary directory). Docker refuses it ("repository name must be lowercase");
 * an earlier stage's name (stage names ignore case), a variable or `scratch` is no placeholder.
 */
function uppercaseBase(text: string): string | null {
  const stages = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*from[ \t]+((?:--\S+[ \t]+)*)(\S+)(?:[ \t]+as[ \t]+(\S+))?/gim)) {
    const image = m[2];
    // nginx/unit's pkg/docker/template.Dockerfile: `FROM @@CONTAINER@@`, filled in by sed.
    if (/@@|%%/.test(image)) return image;
    if (!image.includes('$') && !stages.has(image.toLowerCase())) {
      const repo = image.replace(/[@].*$/, '').replace(/:[^/]*$/, '');
      const last = repo.slice(repo.lastIndexOf('/') + 1);
      if (/[A-Z]/.test(last)) return image;
    }
    if (m[3] !== undefined) stages.add(m[3].toLowerCase());
  }
  return null;
}

/**
 * A FROM whose image names a variable no ARG before the first FROM declares (and that has no
 * `:-default`): docker expands it to nothing, and what is left is no image name (PrestaShop/docker's
 * Dockerfile.model: `FROM prestashop/base:$container_version`, a Python string.Template its
 * generator fills in). The image as written, or null.
 */
const AUTOMATIC_PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];

function undeclaredFromVariable(text: string): string | null {
  const firstFrom = /^[ \t]*from[ \t]/im.exec(text);
  const head = firstFrom === null ? text : text.slice(0, firstFrom.index);
  // (BuildKit's automatic platform ARGs need no ARG line in the global scope: pelican-dev/panel's
  // `FROM --platform=$TARGETOS/$TARGETARCH ...:$TARGETARCH` was taken for a template and its Compose
  // build left out; suggest then dropped what it copies. Sweep 47/w2-K-F1, K-F2.)
  const declared = new Set([...AUTOMATIC_PLATFORM_ARGS, ...[...head.matchAll(/^[ \t]*arg[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gim)].map((m) => m[1])]);
  for (const m of text.matchAll(/^[ \t]*from[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) {
    const image = m[1];
    let undeclared = false;
    const expanded = image.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (ref, braced: string | undefined, mod: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      if (mod !== undefined || declared.has(name)) return 'x';
      undeclared = true;
      return '';
    });
    if (undeclared && (expanded === '' || /^[:@/]|[:@/]$|::|\/\/|:@/.test(expanded))) return image;
  }
  return null;
}

/**
 * How templateReason begins for a pdns-builder fragment: its build script renders the fragments into
 * one Dockerfile and builds it from the repository root (`docker build -f builder/tmp/... .`), so
 * for `suggest` it is a reader of the root's ignore file whose sources are not known.
 */
export const BUILDER_TEMPLATE = 'a pdns-builder template';

/**
 * Why `--all` does not audit a Dockerfile it found (a template, or an empty file), or null. An
 * empty one (home-assistant/supervisor's test fixtures `Dockerfile.aarch64`) is no build: docker
 * refuses it ("the Dockerfile cannot be empty").
 */
export function templateReason(abs: string, root?: string): string | null {
  if (TEMPLATE_NAME.test(abs)) return `a template (${path.basename(abs)}): a tool renders it before docker reads it, so it is not audited`;
  const embedded = root === undefined ? null : goEmbeddedBy(abs, root);
  if (embedded !== null) return `embedded in a Go program (${embedded}): a file it carries and writes out (a template), not a build of this repository; not audited`;
  try {
    // Without a UTF-8 byte order mark, as BuildKit's parser reads it (discardBOM): OoS-Backend's
    // Migrations/Dockerfile starts with one, and `ARG DOTNET_VERSION=8.0` on line 1 went unseen.
    const text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8').replace(/^\uFEFF/, '');
    if (text.trim() === '') return 'an empty file: docker refuses it (the Dockerfile cannot be empty), so nothing builds it; not audited';
    // Named like one (`Dockerfile.x`, `dockerfile-x`) but with no FROM line at all: not a Dockerfile.
    if (!/^[Dd]ockerfile$/.test(path.basename(abs)) && !/^\s*from\s/im.test(text)) return 'no FROM instruction: named like a Dockerfile, but not one (docker would refuse it); not audited';
    // A heredoc's body is a file's or a script's text, not Dockerfile syntax (bizosaas' client-portal
    // Dockerfile.autoscaling writes JavaScript with `${res.statusCode}` through `COPY <<'EOF'`).
    const outside = withoutHeredocBodies(text);
    if (TEMPLATE_LINE.test(outside)) return 'a template (it has {%, {{ or <% directive lines): a tool renders it before docker reads it, so it is not audited';
    // dockcross' */Dockerfile.in: `#include "common.crosstool"` lines, which its Makefile's `%Dockerfile:
    // %Dockerfile.in` rule expands with sed before it builds the Dockerfile it writes; docker reads them as
    // comments, so files the included text copies were called unused (sweep 54/H-F4).
    const include = /^#include[ \t]+["<]([^">\n]{1,200})[">][ \t]*\r?$/m.exec(outside);
    if (include !== null) return `a template (it has #include lines, ${JSON.stringify(include[1])} first, which a preprocessor or a Makefile rule expands before docker reads it; docker takes them for comments): not audited`;
    if (/\.in$/.test(abs) && root !== undefined && rendersByMake(abs, root)) return `a template (${path.basename(abs)}, which a Makefile rule renders into the Dockerfile it builds): not audited`;
    // pdns-builder's fragments: `@INCLUDE`, `@IF`, `@EXEC` lines its build.sh renders into the
    // Dockerfile it builds (PowerDNS' builder-support/dockerfiles/Dockerfile.authoritative: 36 CTX100 errors).
    const directive = /^@(INCLUDE|IF|ENDIF|ELSE|EXEC|EVAL)\b/m.exec(text);
    if (directive !== null) return `${BUILDER_TEMPLATE} (it has @${directive[1]} lines, which its build script renders); docker never reads it as it is, so it is not audited`;
    const placeholder = uppercaseBase(text);
    if (placeholder !== null) return `a template (FROM ${placeholder}: docker refuses such an image name${/@@|%%/.test(placeholder) ? ' (a placeholder)' : ' (capitals)'}, so a tool puts the real one in first): not audited`;
    const unset = undeclaredFromVariable(text);
    if (unset !== null) return `a template (FROM ${unset}: no ARG before the first FROM declares its variable, so docker would read no image name there; a tool fills it in first): not audited`;
    if (DOTTED_PLACEHOLDER.test(outside)) return 'a template (it has ${name.with.dots} placeholders, which docker rejects: Maven\'s resource filtering fills them in): a tool renders it before docker reads it, so it is not audited';
    // A line that is only a `{name}` placeholder (Python's str.format): mlrun's tests/integration/
    // Dockerfile.test-nb ends with `{args}` and `{pip}`, filled in by test_notebooks.py before it builds.
    const formatLine = /^[ \t]*\{([A-Za-z_][A-Za-z0-9_]*)\}[ \t]*\r?$/m.exec(outside);
    if (formatLine !== null) return `a template (a line that is only {${formatLine[1]}}, a placeholder a program fills in before it builds; docker would refuse it): not audited`;
    // Its first line that is not blank or a comment is no instruction: code that writes a
    // Dockerfile (livebook's lib/livebook/hubs/dockerfile.ex, `defmodule` then a heredoc with FROM).
    const first = /^[ \t]*([^\s#]\S*)/m.exec(text.replace(/^\uFEFF/, ''));
    if (!/^[Dd]ockerfile$/.test(path.basename(abs)) && first !== null && !INSTRUCTIONS.includes(first[1].toUpperCase())) return `its first line is no instruction (${JSON.stringify(first[1].slice(0, 24))}): named like a Dockerfile, but not one (docker would refuse it); not audited`;
  } catch {
    /* unreadable: the audit reports it */
  }
  return null;
}

/** Go files read per directory, and the bytes read of each, when looking for `//go:embed`. */
const MAX_GO_FILES = 64;
const GO_FILE_BYTES = 64 * 1024;

/** Per directory, its Go files' `//go:embed` lines (file name, the line's text): read once per process. */
const embedsCache = new Map<string, { file: string; line: string }[]>();

function goEmbedsIn(dir: string): { file: string; line: string }[] {
  const hit = embedsCache.get(dir);
  if (hit) return hit;
  const out: { file: string; line: string }[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort().slice(0, MAX_GO_FILES);
  } catch {
    names = [];
  }
  for (const n of names) {
    try {
      const text = readRegularFile(path.join(dir, n), { noFollow: true, maxBytes: GO_FILE_BYTES }).toString('utf8');
      for (const m of text.matchAll(/^\/\/go:embed[ \t]+(.+)$/gm)) out.push({ file: n, line: m[1].trim() });
    } catch {
      /* unreadable: no embed */
    }
  }
  if (embedsCache.size > 4096) embedsCache.clear();
  embedsCache.set(dir, out);
  return out;
}

/**
 * The `//go:embed` line of a Go file in the Dockerfile's directory or up to three above it (not
 * above the repository root) whose pattern holds the Dockerfile, as `file: line`, or null: the
 * program carries it as a template it renders (flyctl's scanner/scanner.go embeds templates/, the
 * Dockerfiles `fly launch` writes into users' apps), not a build of this repository.
 */
function goEmbeddedBy(abs: string, root: string): string | null {
  let dir = path.dirname(abs);
  for (let up = 0; up < 4; up++) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    const comps = rel.split('/');
    for (const { file, line } of goEmbedsIn(dir)) {
      const patterns = line.split(/\s+/).map((p) => p.replace(/^"(.*)"$/, '$1').replace(/^all:/, ''));
      // A pattern names a directory above it (embedded whole: a tree of templates), component by
      // component, or every file of its own directory with a wildcard (csghub-server's
      // docker/spaces/builder/embed.go: `//go:embed *` beside Dockerfile-nginx). One that names the
      // file alone may be a program printing its own build's Dockerfile.
      const holds = patterns.some((p) => {
        const pc = p.split('/').filter((c) => c !== '' && c !== '.');
        const matches = pc.every((c, i) => filepathMatch(c, comps[i]));
        return pc.length > 0 && matches && (pc.length < comps.length || (pc.length === comps.length && /[*?[]/.test(pc[pc.length - 1])));
      });
      if (holds) return `${path.relative(root, path.join(dir, file)).split(path.sep).join('/')}: //go:embed ${line}`;
    }
    if (path.resolve(dir) === path.resolve(root) || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * A Dockerfile's name as `--all` finds them. `<name>.DockerFile` too: alphagov's
 * accessibility-monitoring-platform builds amp_platform.DockerFile (`COPY . .`, no `.git` line in its
 * ignore file) from Compose files its Makefile runs. `<Name>Dockerfile` (or `<name>-Dockerfile`):
 * NHSDigital's nbs-appointments-management-service builds BookingDataExtractDockerfile and
 * CosmosAuditorDockerfile from its root; unseen, suggest proposed excluding the data/ and src/ paths
 * the first copies.
 */
export const DOCKERFILE_NAME = /(?:^|\/)(?![^/]*\.dockerignore$)(?:[Dd]ockerfile|DockerFile|[^/]*\.Docker[Ff]ile|[Dd]ockerfile[._-][^/]*|[^/]*\.dockerfile|Dockerfile[A-Z][A-Za-z0-9]*|[^/]*[A-Za-z0-9_-]Dockerfile)$/;

/**
 * A directory holding nothing but Dockerfiles, their ignore files and notes (jinya-cms' docker/:
 * apache.dockerfile, cli.dockerfile, dev.dockerfile): no build copies it whole, so a Dockerfile in it
 * that copies its whole context (`COPY ./ /var/www/jinya/`, then `composer install`) is built from
 * above it. Guessed as docker/, its context hid the root from `suggest`, which proposed excluding
 * src/ and public/ from the images these Dockerfiles build from the root.
 */
function onlyDockerfiles(dir: string): boolean {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return names.every((e) => e.isFile() && (DOCKERFILE_NAME.test(e.name) || /(?:^|\.)dockerignore$|^README(?:\.\w+)?$|\.md$/i.test(e.name)));
}

/**
 * The manifests a RUN's command builds or installs from in the directory it runs in: `npm install`
 * (package.json), `pip install -e .`, `go build`, `mvn package`. Not a global or named install, which
 * reads none (`npm install -g serve`, `go install x@v1`, `cargo install ripgrep`; the review of 0b3bbffc,
 * A-R10). Read word by word, one command at a time (no pattern that backtracks: A-R4).
 */
function manifestsRead(command: string): readonly string[] {
  const w = command.trim().split(/\s+/).slice(0, 64);
  const has = (...xs: string[]) => xs.some((x) => w.includes(x));
  const verb = (tools: readonly string[], verbs: readonly string[]) => w.some((x, i) => tools.includes(x) && verbs.includes(w[i + 1] ?? ''));
  if (verb(['npm', 'yarn', 'pnpm'], ['install', 'ci', 'i', 'run', 'build']) && !has('-g', '--global')) return ['package.json'];
  if (verb(['yarn'], ['--frozen-lockfile', '--immutable']) || (w.length === 1 && w[0] === 'yarn')) return ['package.json'];
  if (verb(['pip', 'pip3'], ['install'])) {
    if (w.some((x) => x === '.' || /^\.\[[\w,.-]*\]$/.test(x))) return ['pyproject.toml', 'setup.py'];
    if (w.some((x, i) => x === '-r' && w[i + 1] === 'requirements.txt')) return ['requirements.txt'];
    return [];
  }
  if (verb(['poetry'], ['install']) || verb(['uv'], ['sync'])) return ['pyproject.toml'];
  if (verb(['go'], ['build', 'mod', 'generate', 'test']) || (verb(['go'], ['install']) && !w.some((x) => x.includes('@')))) return ['go.mod'];
  if (verb(['cargo'], ['build', 'test']) || (verb(['cargo'], ['install']) && has('--path'))) return ['Cargo.toml'];
  if (w.some((x, i) => /^(?:\.\/)?mvnw?$/.test(x) && w.slice(i + 1).some((g) => /^(?:clean|compile|package|install|verify|test|dependency:[\w-]+)$/.test(g)))) return ['pom.xml'];
  if (w.some((x, i) => /^(?:\.\/)?gradlew?$/.test(x) && w.slice(i + 1).some((g) => /^(?:build|assemble|bootJar|jar|installDist|shadowJar)$/.test(g)))) return ['build.gradle', 'build.gradle.kts'];
  if (verb(['composer'], ['install'])) return ['composer.json'];
  if (verb(['bundle'], ['install'])) return ['Gemfile'];
  if (verb(['mix'], ['deps.get', 'compile', 'release'])) return ['mix.exs'];
  return [];
}

/**
 * The nearest directory above `dir`, up to `root`, holding a manifest the Dockerfile's RUN lines
 * build or install from (`npm install`: package.json), or null: where a Dockerfile in a directory of
 * only Dockerfiles, copying the whole context, is built from (wger's extras/docker/development/Dockerfile:
 * `COPY . /home/wger/src`, then `npm install` and `pip install -e .`, from the root; placed in
 * extras/docker, which holds only other images' directories: sweep 50/A-F3).
 */
function manifestAbove(dir: string, root: string, runs: readonly string[]): string | null {
  // (A RUN's first 64 KiB, split into commands at `;`, `&`, `|` and line ends.)
  const wanted = new Set(runs.flatMap((r) => r.slice(0, 65536).replace(/\\\r?\n/g, ' ').split(/[;&|\n]+/).flatMap(manifestsRead)));
  if (wanted.size === 0) return null;
  return directoryAbove(dir, root, (d) => [...wanted].some((m) => fs.lstatSync(path.join(d, m), { throwIfNoEntry: false })?.isFile() === true));
}

/** The nearest directory above `dir`, up to the repository root, that `holds`; null when none does. */
function directoryAbove(dir: string, root: string, holds: (d: string) => boolean): string | null {
  for (let d = path.dirname(dir); isInside(root, d); d = path.dirname(d)) {
    if (holds(d)) return d;
    if (path.resolve(d) === path.resolve(root)) break;
  }
  return null;
}

/** The nearest directory above `dir`, up to the repository root, that holds a `.dockerignore`; null when none does. */
function ignoreFileAbove(dir: string, root: string): string | null {
  return directoryAbove(dir, root, (d) => fs.lstatSync(path.join(d, '.dockerignore'), { throwIfNoEntry: false })?.isFile() === true);
}

/** The literal part of a COPY source before its first wildcard component ('' when it starts with one). */
const literalPrefix = (source: string): string => literalComponents(source).join('/');

/**
 * For a Dockerfile in a subdirectory: the directory above it, up to the repository root, from which
 * the most of its named sources resolve, when that is more than resolve from its own directory
 * (`COPY package.json .` in docker/Dockerfile: the root; getsentry/self-hosted's
 * workstation/postinstall/Dockerfile copies scripts that sit in workstation/), else null. The
 * nearest wins a tie. More, not all: a source no checkout has (a generated file, a build output)
 * resolves from nowhere, and must not keep a Dockerfile that copies `./container/` from the root in
 * its own directory, where nothing it names exists (searxng's container/dist.dockerfile). When
 * nothing it names exists anywhere, the directory where git ignores the most of its sources.
 */
export function contextDirFor(abs: string, root: string): string | null {
  return placeStandalone(abs, root).dir;
}

/** A `cd` to a relative directory in a RUN's command (`cd bin-agent-manager && ...`). */
/** A script a RUN runs by its relative path: `sh build.sh`, `bash -e scripts/x.sh`, `./script/build`. */
// (In a command's place only: `cmake . -B ./build` names a directory, no script: stable-diffusion.cpp.)
const RUN_SCRIPT = /(?:^|[;&|(])\s*(?:(?:ba|da|z)?sh\s+(?:-\w+\s+)*(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash))|\.\/([\w.-]+(?:\/[\w.-]+)*))(?=\s|$|[;&|)])/g;

/**
 * The directories a stage's RUN lines `cd` into from where they start (the first `cd` of each RUN: a
 * later one is relative to it), but not one an earlier command of the stage made (`git clone URL [DIR]`,
 * `mkdir DIR`): netmaker's `RUN git clone https://git.zx2c4.com/wireguard-tools && cd wireguard-tools &&
 * cd src` named `wireguard-tools` and `src` as context paths, and a self-contained build was skipped as
 * assembled elsewhere (sweep 50/F-F2).
 */
function runCdTargets(runs: readonly string[]): string[] {
  const made = new Set<string>();
  const out: string[] = [];
  // git clone's options that take a value (`--depth 1`, `-b v1.0`): the URL is the first other word (the
  // review of 12e4b54b, B-R7).
  const valued = /^(?:--depth|-b|--branch|-c|--config|-o|--origin|--reference|--reference-if-able|--filter|-j|--jobs|--separate-git-dir|--template|-u|--upload-pack|--shallow-since|--shallow-exclude|--server-option)$/;
  for (const text of runs) {
    if (text.length > 65536) continue;
    let first = true;
    for (const command of text.replace(/\\[ \t]*\r?\n/g, ' ').split(/&&|\|\||[;|\n]/)) {
      const w = command.trim().split(/\s+/).slice(0, 64).map((x) => x.replace(/^(["'])(.*)\1$/, '$2'));
      if (w[0] === 'git' && w[1] === 'clone') {
        const rest = w.slice(2);
        const words: string[] = [];
        for (let i = 0; i < rest.length; i++) {
          if (valued.test(rest[i])) i++;
          else if (!rest[i].startsWith('-')) words.push(rest[i]);
        }
        const name = words[1] ?? words[0]?.replace(/\/+$/, '').split(/[/:]/).pop()?.replace(/\.git$/, '');
        if (name !== undefined && name !== '') made.add(name.split('/')[0]);
      } else if (w[0] === 'mkdir') {
        for (const d of w.slice(1)) if (!d.startsWith('-')) made.add(d.replace(/^\.\/+/, '').split('/')[0]);
      } else if (w[0] === 'cd' && w.length >= 2) {
        const to = w[1].replace(/^\.\/+|\/+$/g, '');
        // (Only a relative path of plain names: `cd /app`, `cd $DIR` count as the first cd, naming nothing.)
        if (first && /^[\w.][\w./-]*$/.test(to) && !made.has(to.split('/')[0])) out.push(to);
        first = false;
      }
    }
  }
  return out;
}

/**
 * Where `--all` builds a Dockerfile nothing declares: `dir` as contextDirFor says. `elsewhere`: it
 * names two or more context paths and none exists, nor is git-ignored (a build output), in its
 * directory or any above it up to the root (a Dockerfile not at the root: one there is built from
 * the root whatever it names): its context is assembled outside the repository's tree
 * (nats-server's docker/Dockerfile.nightly copies ./nats-server/, ./nsc/ and ./natscli/, which its
 * release action checks out side by side). Two, not one: a single missing source may be a typo.
 */
export function placeStandalone(abs: string, root: string): { dir: string | null; elsewhere: string[] | null } {
  const none = { dir: null, elsewhere: null };
  const dir = path.dirname(abs);
  // At the root: built from the root (`docker build .`), whatever it names.
  if (path.resolve(dir) === path.resolve(root)) return none;
  let text: Buffer;
  try {
    text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 });
  } catch {
    return none;
  }
  const parsed = parseDockerfile(text);
  // RUN --mount bind sources are context sources too (moby/buildkit's hack/dockerfiles/doctoc.Dockerfile
  // binds README.md and go.mod; its docker-bake.hcl builds it from the root).
  // A name no ARG declares is "" whatever is passed, so such a source is certain (greptimedb's
  // `COPY $DOCKER_BUILD_ROOT/docker/...`, built from the root); one a --build-arg may set is not.
  const sources = parsed.stages.flatMap((s) => s.sources).filter((s) => s.fromContext && s.openArgs.length === 0);
  // After a copy of the whole context, the directories a RUN `cd`s into are paths of the context too
  // (voipbin's bin-agent-manager/Dockerfile: `COPY ./ .`, then `RUN cd bin-agent-manager && go build`,
  // built from the root by its CI; placed in its own directory, `suggest` proposed excluding it).
  const wholeCopy = sources.some((s) => s.instruction !== 'RUN --mount' && /^\.?\/?$/.test(s.source));
  const cdInto = wholeCopy ? parsed.stages.flatMap((st) => runCdTargets((st.runs ?? []).map((r) => r.text))) : [];
  // So is the WORKDIR a later RUN runs in, below where the whole context went (meshmakers'
  // octo-identity-services: `WORKDIR /src`, `COPY . .`, then `WORKDIR "/src/src/IdentityServices"` and
  // `RUN dotnet build`, built from the root by its README's command).
  const landed = parsed.stages.flatMap((st) =>
    st.sources
      .filter((s) => s.instruction !== 'RUN --mount' && /^\.?\/?$/.test(s.source) && typeof s.dest === 'string' && typeof s.workdir === 'string')
      .map((s) => ({ stage: st, line: s.line, at: path.posix.resolve(s.workdir as string, s.dest as string) })),
  );
  // (Not below `/`: a copy to the root says nothing of where a later WORKDIR lies in the context.)
  const workdirsInto = landed.flatMap(({ stage, line, at }) =>
    at === '/' ? [] : (stage.runs ?? []).filter((r) => r.line > line && r.workdir.startsWith(at + '/')).map((r) => r.workdir.slice(at.length + 1).replace(/\/+$/, '')),
  );
  cdInto.push(...workdirsInto);
  // And a script a RUN runs where the whole context landed, before any cd (openark/orchestrator's
  // docker/Dockerfile.packaging: `COPY . .`, then `RUN bash build.sh`, build.sh at the repository root,
  // which script/dock builds it from; placed in docker/, beside another file, its root .git went unseen).
  const scriptsRun = landed.flatMap(({ stage, line, at }) =>
    (stage.runs ?? [])
      .filter((r) => r.line > line && r.workdir.replace(/\/+$/, '') === at.replace(/\/+$/, ''))
      .flatMap((r) => [...r.text.split(/(?:^|[;&|(]\s*|\s)cd\s/)[0].matchAll(RUN_SCRIPT)].map((m) => (m[1] ?? m[2]).replace(/^\.\/+/, '')).filter((sh) => !new RegExp(`(?:-[oO]\\s*|>\\s*)(?:\\./)?${escapeRegExp(sh)}(?![\\w./-])`).test(r.text))),
  );
  cdInto.push(...scriptsRun);
  const named = [...new Set([...sources.map((s) => literalPrefix(s.source)), ...cdInto].filter((p) => p !== '' && p !== '.' && !p.startsWith('..') && !p.split('/').includes('..')))];
  // Sources whose last component alone is a wildcard (regclient's `COPY go.* /src/` beside `COPY . /src/`):
  // they resolve where a name in their directory matches. Only when nothing is named literally: in
  // `COPY package.json yarn.lock* pnpm-lock.yaml* ./` (payload's templates, built from their own
  // directory) the wildcards mean "if present" and say nothing about where the context is.
  const globs = named.length > 0 ? [] : [
    ...new Set(
      sources
        .map((s) => s.source.split('/').filter((c) => c !== '' && c !== '.'))
        .filter((c) => c.length > 0 && !c.includes('..') && literalComponents(c.join('/')).length === c.length - 1)
        .map((c) => c.join('/')),
    ),
  ];
  // (Else the nearest directory above with a .dockerignore, a context someone prepared: cdxgen's ci/images/*/
  // Dockerfiles, `COPY . /opt/cdxgen` only, built from the root, whose allowlist .dockerignore keeps all but bin/,
  // lib/...; from ci/images they drew a false CTX005 and CTX301 each, 26 warnings; sweep 54/L-F4.)
  if (named.length === 0 && globs.length === 0) return wholeCopy && onlyDockerfiles(dir) ? { dir: manifestAbove(dir, root, parsed.stages.flatMap((st) => (st.runs ?? []).map((r) => r.text))) ?? ignoreFileAbove(dir, root) ?? path.dirname(dir), elsewhere: null } : none;
  // Each resolving source counts its path's components: `cmd/pyroscope/pyroscope.yaml` found at the
  // root says more than the names `pyroscope` and `profilecli` (build outputs at the root) happening
  // to name directories in cmd/ (grafana/pyroscope's cmd/pyroscope/debug.Dockerfile).
  const globResolves = (d: string, glob: string): boolean => {
    const comps = glob.split('/');
    const dir = comps.slice(0, -1).join('/');
    if (dir !== '' && !existsWithin(d, dir)) return false;
    try {
      return fs.readdirSync(path.join(d, dir)).some((n) => filepathMatch(comps[comps.length - 1], n));
    } catch {
      return false;
    }
  };
  const resolving = (d: string) =>
    named.filter((p) => existsWithin(d, p)).reduce((n, p) => n + p.split('/').filter((c) => c !== '' && c !== '.').length, 0) +
    globs.filter((g) => globResolves(d, g)).reduce((n, g) => n + g.split('/').length, 0);
  // A source missing from a directory whose git ignores it there is a build output made in place:
  // it says the build is made from that directory. woodpecker's docker/Dockerfile.server.* copies
  // `dist/server/...`, which the root's `/dist/` ignores (built from the root); chaos-mesh's
  // e2e-test/image/e2e/Dockerfile adds `chaos-mesh` and `manifests`, which its Makefile copies into
  // that directory (git-ignored there) before building it, while a root `manifests/` exists too.
  const buildOutputs = (d: string) => {
    const ignored = gitOracles(d, []).isIgnored;
    return ignored === null ? 0 : named.filter((p) => !existsWithin(d, p) && gitIgnoresMissingPath(ignored, toByteString(p))).length;
  };
  const found = nearestWithMost(dir, root, (d) => resolving(d) + buildOutputs(d));
  if (found.most > 0) return { dir: found.best, elsewhere: null };
  return { dir: null, elsewhere: named.length >= 2 ? named.sort() : null };
}

/**
 * Whether `rel` exists in `dir` as a build with `dir` as its context would see it: a symlink on the
 * way that leads out of `dir` does not count (docker never follows one out of the context).
 * readthedocs.org's dockerfiles/requirements -> ../requirements made dockerfiles/ look like the
 * context of dockerfiles/Dockerfile, where `COPY requirements/docker.txt` then finds nothing.
 */
function existsWithin(dir: string, rel: string): boolean {
  try {
    const real = fs.realpathSync(path.join(dir, rel));
    const base = fs.realpathSync(dir);
    return real === base || real.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
  } catch {
    return false;
  }
}

/** Of `dir` and the directories above it up to `root`, the nearest that scores highest; `best` is null when `dir` itself does. */
function nearestWithMost(dir: string, root: string, score: (d: string) => number): { best: string | null; most: number } {
  let best: string | null = null;
  let most = score(dir);
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const n = score(d);
    if (n > most) [best, most] = [d, n];
    if (path.resolve(d) === path.resolve(root) || path.dirname(d) === d) break;
  }
  return { best, most };
}

// (An index into a list too: scrypted's `${{ matrix.BASE[1] }}` over `BASE: [["noble-full", ".s6"], ...]`; sweep 50/G-F2.)
const MATRIX_REF = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d{1,3}\])*)\s*\}\}/g;
/** A matrix key's parts: `config.dockerfile` is config, dockerfile; `BASE[1]` is BASE, 1. */
const keyParts = (k: string): string[] => k.split(/\.|(?=\[)/).map((p) => p.replace(/^\[(\d+)\]$/, '$1'));
/** Any `${{ ... }}` on one line, and a `matrix.*` name inside one. */
const EXPRESSION = /\$\{\{([^}\n]{0,256})\}\}/g;
const MATRIX_NAME = /\bmatrix\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/g;
/**
 * A run script with each `${{ ... }}` left that is more than a name (`${{ inputs.variant != 'default'
 * && inputs.variant || '.' }}`) made one opaque word: GitHub replaces the whole expression before the
 * shell reads the line, so its `&&`, `||`, quotes and parentheses are no shell syntax (jupyter's
 * docker-stacks: the word before `&&`, `'default'`, was taken as the context; sweep 47/G-F1). A word
 * holding one is a value known only when the workflow runs, as `${{ inputs.x }}` is.
 */
/** Options of a build that say nothing of its context, Dockerfile, stage or args: with their value, and alone. */
const INERT_VALUED = new Set(['-t', '--tag', '--label', '--platform', '--cache-from', '--cache-to', '--annotation', '--progress', '--metadata-file', '--iidfile']);
const INERT_ALONE = new Set(['--push', '--load', '--pull', '--no-cache', '--quiet', '-q']);

/**
 * An expression that adds options or nothing (`${{ github.ref_type == 'tag' && '--tag me/app:v1' || '' }}`:
 * DiscordChatExporter's release build, skipped as "known only when the step runs"; sweep 51/L-F4):
 * its options, when both of its strings are only such options (the one with options is taken: a push
 * among them counts, the safe side), else null.
 */
function optionalFlags(inner: string): string | null {
  const m = /&&\s*'([^'\n]*)'\s*\|\|\s*'([^'\n]*)'\s*$/.exec(inner);
  if (m === null) return null;
  const inert = (alt: string): boolean => {
    const words = alt.trim().split(/\s+/).filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const eq = w.indexOf('=');
      if (w.startsWith('--') && eq > 0 && INERT_VALUED.has(w.slice(0, eq))) continue;
      if (INERT_ALONE.has(w)) continue;
      if (INERT_VALUED.has(w) && i + 1 < words.length && !words[i + 1].startsWith('-')) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  };
  if (!inert(m[1]) || !inert(m[2])) return null;
  // Every string of options in the whole expression, not only the last pair's (`a && '--file X' || b
  // && '--tag y' || ''`: the review of 4b28c1f7, RB-R8).
  for (const q of inner.matchAll(/'([^'\n]*)'/g)) if (q[1].trim().startsWith('-') && !inert(q[1])) return null;
  return m[1].trim() !== '' ? m[1].trim() : m[2].trim();
}

function opaqueExpressions(script: string): string {
  if (!script.includes('${{')) return script;
  // A scan, not a pattern: an expression may hold `}` (`format('{0}', x)`) and be of any length on its
  // line (the review of 67f01b38: such a one was still split as shell).
  let out = '';
  let at = 0;
  for (let open = script.indexOf('${{'); open >= 0; open = script.indexOf('${{', at)) {
    const close = script.indexOf('}}', open + 3);
    const eol = script.indexOf('\n', open);
    if (close < 0 || (eol >= 0 && eol < close)) break;
    const inner = script.slice(open + 3, close);
    out += script.slice(at, open) + (/^\s*[A-Za-z_][\w.-]*\s*$/.test(inner) ? script.slice(open, close + 2) : (optionalFlags(inner) ?? '${{ expression }}'));
    at = close + 2;
  }
  return out + script.slice(at);
}
/**
 * At most this many builds from one step's matrix (a larger matrix is cut, in its own order):
 * hiberus-dockergento's 31 images were cut at 16, the rest audited from a guessed context. Not
 * GitHub's own 256: the review of ce02d18 measured one 256-value job over a 30,000-file context at
 * 104 s and 2.4 GB (a walk per context), three near the heap's limit.
 */
const MAX_MATRIX_COMBOS = 64;

/**
 * The values of a job's `strategy.matrix` for the keys `texts` use as `${{ matrix.KEY }}`: one
 * combination per line of the matrix (its lists, crossed, then its `include` entries), each with
 * a function that puts the values in and a label (` [os=alpine]`). One empty combination when the
 * texts use no matrix key; none when a key has no plain values (the build is then not audited).
 */
/** An expression's text that refers to nothing but matrix values (with literals, operators, contains/startsWith/endsWith). */
function matrixOnlyExpression(inner: string): boolean {
  const words = inner.replace(/'(?:[^']|'')*'/g, "''").match(/[A-Za-z_][\w-]*(?:\.[\w-]+)*(?:\s*\()?/g) ?? [];
  return words.length > 0 && words.some((w) => w.startsWith('matrix.')) && words.every((w) => w.startsWith('matrix.') || /^(?:true|false|null)$/.test(w) || /^(?:contains|startsWith|endsWith)\s*\($/i.test(w));
}

function matrixCombos(matrix: unknown, texts: (string | undefined)[], when?: unknown): { apply: (s: string) => string; label: string; values: Record<string, string> }[] {
  // `matrix.os`, or `matrix.config.dockerfile` into a list of objects (llama.cpp's docker.yml); and
  // the matrix values an expression uses (selfhosthub/studio's `build-contexts: ${{ matrix.contracts
  // && 'contracts=contracts' || '' }}`), which `apply` then evaluates for the combination.
  const inExpressions = (t: string) => [...t.matchAll(EXPRESSION)].flatMap((e) => [...e[1].matchAll(MATRIX_NAME)].map((m) => m[1]));
  const direct = new Set(texts.flatMap((t) => [...(t ?? '').matchAll(MATRIX_REF)].map((m) => m[1])));
  const keys = [...new Set([...direct, ...texts.flatMap((t) => inExpressions(t ?? ''))])].sort();
  // A key may be missing from a combination, as GitHub gives it then (null, '' in text): LocalAI's
  // base-images.yml tests `matrix.skip-drivers`, which one include entry sets; ayunis-core's leaves
  // `target` out of some. One the build names directly that no combination has is a matrix only the
  // run knows (no build is made up from it).
  if (keys.length === 0) return [{ apply: (s) => s, label: '', values: {} }];
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return [];
  const m = matrix as Record<string, unknown>;
  // Not one a matrix written out in full never sets, as a list or in an `include:` entry: GitHub gives it
  // null, '' in text (kubeflow/training-operator's `context: ${{ matrix.context }}`, which none of its three
  // include entries sets: three CI builds skipped as known only when the workflow runs; sweep 54/J-F2).
  const dynamic = JSON.stringify(m).includes('${{');
  const entries = Array.isArray(m.include) ? (m.include as unknown[]) : [];
  // (Case aside: GitHub's expressions read property names in any case; the review of 4160150d, RB-D1.)
  const setSomewhere = (k: string) => {
    const top = keyParts(k)[0].toLowerCase();
    const has = (o: Record<string, unknown>) => Object.keys(o).some((x) => x.toLowerCase() === top);
    return dynamic || has(m) || entries.some((e) => !e || typeof e !== 'object' || Array.isArray(e) || has(e as Record<string, unknown>));
  };
  const required = (k: string) => direct.has(k) && setSomewhere(k);
  const plain = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  /** The plain value at `path` inside `v` (its YAML type kept for expressions), or undefined. */
  const pick = (v: unknown, path: string[]): string | number | boolean | undefined => {
    let x = v;
    for (const k of path) {
      if (Array.isArray(x) && /^\d+$/.test(k)) x = x[Number(k)];
      else if (!x || typeof x !== 'object' || Array.isArray(x)) return undefined;
      else x = (x as Record<string, unknown>)[k];
    }
    return plain(x) ? x : undefined;
  };
  type Row = Record<string, string | number | boolean | null>;
  /** A combination's values, an optional key missing as null; undefined when a required one is. */
  const rowOf = (entries: [string, string | number | boolean | undefined][]): Row => Object.fromEntries(entries.map(([k, x]) => [k, x ?? null]));
  let rows: Row[] = [{}];
  for (const top of [...new Set(keys.map((k) => keyParts(k)[0]))].sort()) {
    const values = Array.isArray(m[top]) ? (m[top] as unknown[]) : [];
    const mine = keys.filter((k) => keyParts(k)[0] === top);
    const picked = values.map((v) => rowOf(mine.map((k) => [k, pick(v, keyParts(k).slice(1))])));
    if (values.length > 0) rows = rows.flatMap((r) => picked.map((p) => ({ ...r, ...p })));
  }
  // `exclude:` before `include:`, as GitHub applies them: an entry drops the combinations that hold
  // all of its values. Only an entry of plain values on keys the build names can be applied; one
  // on another key removes some jobs of a row, not the row (DefectDojo's nginx x debian).
  for (const ex of Array.isArray(m.exclude) ? m.exclude : []) {
    if (!ex || typeof ex !== 'object' || Array.isArray(ex)) continue;
    const entries = Object.entries(ex as Record<string, unknown>);
    if (entries.length === 0 || !entries.every(([k, v]) => plain(v) && keys.includes(k))) continue;
    rows = rows.filter((r) => !entries.every(([k, v]) => String(r[k] ?? '') === String(v)));
  }
  // A row with no value from the matrix's own lists (only `include:` entries make the combinations).
  rows = rows.filter((r) => keys.some((k) => r[k] !== undefined && r[k] !== null));
  // `include:` as GitHub applies it: an entry extends every combination whose original values (the
  // matrix's own lists) it does not overwrite; one that extends none is a combination of its own
  // (bunkerweb's caller matrix `image: [a, b]` with include entries adding each one's `dockerfile`:
  // they were made combinations of their own, and the combinations with no dockerfile skipped).
  const original = new Set(Object.keys(m).filter((k) => k !== 'include' && k !== 'exclude' && Array.isArray(m[k])));
  const isOriginal = (k: string) => original.has(keyParts(k)[0]);
  const base = rows.length;
  for (const inc of Array.isArray(m.include) ? m.include : []) {
    const e = rowOf(keys.map((k) => [k, pick(inc, keyParts(k))]));
    if (!keys.some((k) => e[k] !== null)) continue;
    let extended = false;
    for (let i = 0; i < base; i++) {
      const r = rows[i];
      if (!keys.every((k) => !isOriginal(k) || e[k] === null || String(r[k] ?? '') === String(e[k]))) continue;
      rows[i] = { ...r, ...Object.fromEntries(keys.filter((k) => !isOriginal(k) && e[k] !== null).map((k) => [k, e[k]])) };
      extended = true;
    }
    if (!extended && !rows.some((r) => keys.every((k) => String(r[k] ?? '') === String(e[k] ?? '')))) rows.push(e);
  }
  // A key the build names directly that no combination has: known only when the workflow runs.
  if (rows.length === 0 || [...direct].some((k) => required(k) && rows.every((r) => r[k] === null || r[k] === undefined))) return [];
  // A step's `if:` drops the combinations it is false for before the cap is applied (the review of
  // db81b9d: a test matrix of 75 whose build step runs for one combination, the 75th, lost it).
  if (when !== undefined) rows = rows.filter((r) => stepCondition(when, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))) !== false);
  return rows.slice(0, MAX_MATRIX_COMBOS).map((r) => {
    const text = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]));
    return {
      apply: (s) =>
        s
          .replace(MATRIX_REF, (whole, k: string) => text[k] ?? whole)
          // An expression over matrix values and literals: its text for this combination.
          .replace(EXPRESSION, (whole, inner: string) => {
            if (!MATRIX_NAME.test(inner)) return whole;
            MATRIX_NAME.lastIndex = 0;
            const v = expressionText(inner, (name) => (name.startsWith('matrix.') && keys.includes(name.slice('matrix.'.length)) ? (r[name.slice('matrix.'.length)] ?? null) : undefined));
            return v !== undefined && /^[\w./@+=,:-]*$/.test(v) ? v : whole;
          }),
      // (An optional key a combination lacks is left out of its name.)
      label: ` [${keys.filter((k) => required(k) || (r[k] !== null && r[k] !== undefined)).map((k) => `${k}=${text[k] ?? ''}`).join(', ')}]`,
      values: text,
    };
  });
}

/** Whether two absolute directories are the same or one holds the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || b.startsWith(a.endsWith(path.sep) ? a : a + path.sep) || a.startsWith(b + path.sep);
}

const withRunTimeArgs = (args: Record<string, string>) => (Object.keys(args).length === 0 ? {} : { argsAtRunTime: args });

/** The `path:` of each checkout of this repository in a job (`actions/checkout` with no other `repository:`), in order; '' for the workspace. */
function selfCheckoutAts(job: unknown, resolve: (v: string) => string = (v) => v): string[] {
  const steps = (job as { steps?: unknown } | null)?.steps;
  const out: string[] = [];
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st as { uses?: unknown; with?: Record<string, unknown> } | null;
    if (typeof s?.uses !== 'string' || !/^actions\/checkout@/.test(s.uses)) continue;
    // This repository: no `repository:`, or an expression (workspaceIsAnotherRepository).
    const repo = s.with?.repository;
    if (repo !== undefined && !(typeof repo === 'string' && repo.includes('${{'))) continue;
    out.push(typeof s.with?.path === 'string' ? resolve(s.with.path).replace(/^\.\/+|\/+$/g, '') : '');
  }
  return out;
}

/** The checkout of this repository in a job: its first one's path. */
function selfCheckoutPath(job: unknown, resolve: (v: string) => string = (v) => v): string {
  return selfCheckoutAts(job, resolve)[0] ?? '';
}

/** Whether a checkout of this repository in the job is at the workspace root. */
function selfCheckoutAtRoot(job: unknown): boolean {
  return selfCheckoutAts(job).some((at) => at === '' || at === '.');
}

/** Whether the file's first line that is not blank or a comment is FROM or ARG (a parser directive is a comment). */
function startsAsDockerfile(abs: string): boolean {
  try {
    const head = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 16 }).toString('utf8').replace(/^\uFEFF/, '');
    const first = /^[ \t]*([^\s#].*)$/m.exec(head)?.[1] ?? '';
    return /^(?:FROM|ARG)\b/i.test(first);
  } catch {
    return true;
  }
}

/**
 * Every literal `path:` (relative, below the workspace) at which the job checks this repository out:
 * webhookx's bench job checks it out twice, at `repo/base` and `repo/head`, and builds `repo/head`.
 */
function selfCheckoutPaths(job: unknown, apply: (s: string) => string = (x) => x): { self: string[]; other: string[] } {
  const self: string[] = [];
  const other: string[] = [];
  const steps = (job as { steps?: unknown } | null)?.steps;
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st as { uses?: unknown; with?: Record<string, unknown> } | null;
    if (typeof s?.uses !== 'string' || !/^actions\/checkout@/.test(s.uses)) continue;
    // (With a build's matrix values put in: `path: ${{ matrix.node }}/src`, the review of 9448a5af.)
    const at = typeof s.with?.path === 'string' ? apply(s.with.path).replace(/^\.\/+|\/+$/g, '') : '';
    if (at === '' || at === '.' || /\$|\{\{/.test(at) || at.startsWith('/') || at.split('/').includes('..')) continue;
    // Only a checkout that names no repository (or this one's own name: ownCheckoutsAsSelf drops it) is
    // this repository for certain; `repository: ${{ github.repository_owner }}/e2e-harness` is another
    // (the review of cf11c13: its Dockerfile was audited as the root's).
    (s.with?.repository === undefined ? self : other).push(at);
  }
  // Or a run step's `git clone` of this repository into a directory (Apicurio's release-images.yaml:
  // `git clone --branch $RELEASE_VERSION --single-branch ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git
  // registry`, then builds in registry/console-plugin; sweep 51/H-F1).
  for (const st of Array.isArray(steps) ? steps : []) {
    const run = (st as { run?: unknown } | null)?.run;
    if (typeof run !== 'string' || !run.includes('clone')) continue;
    for (const line of apply(run).split('\n').slice(0, 512)) {
      const at = selfCloneDir(line);
      if (at !== null && !self.includes(at)) self.push(at);
    }
  }
  return { self, other };
}

/** A script whose every command clones this repository (selfCloneDir), or changes or prints directories. */
function onlySelfClone(script: string): boolean {
  const lines = script.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  // (A line that runs more after the clone, `&& curl ... -o config.json`, may write: the review of f7f01d09, RC-R1.)
  return lines.length > 0 && lines.length <= 64 && lines.some((l) => selfCloneDir(l) !== null) && lines.every((l) => (selfCloneDir(l) !== null && !/[;&|]/.test(l)) || /^(?:cd|echo|pwd|ls)(?:\s[^;&|]*)?$/.test(l));
}

/** Options of `git clone` that take a value as the next word. */
const CLONE_VALUE_OPTIONS = new Set(['-b', '--branch', '--depth', '-o', '--origin', '-c', '--config', '--reference', '--filter', '-j', '--jobs', '--separate-git-dir', '-u', '--upload-pack', '--template', '--shallow-since', '--shallow-exclude']);

/** The literal relative directory a `git clone` of this repository (its URL from GITHUB_REPOSITORY) writes to, or null. */
export function selfCloneDir(line: string): string | null {
  if (line.length > 4096) return null;
  const words = line.trim().split(/[ \t]+/).map((w) => w.replace(/^["']|["']$/g, ''));
  const at = words.findIndex((w, i) => w === 'clone' && words[i - 1] === 'git');
  if (at < 0) return null;
  // A branch named outright anywhere in the command (options may follow the directory: the review of
  // b184bef7, RD-R6) is another tree.
  for (let i = at + 1; i < words.length && !/^(?:&&|\|\||[;&|])/.test(words[i]); i++) {
    if ((words[i] === '-b' || words[i] === '--branch') && words[i + 1] !== undefined && !words[i + 1].includes('$')) return null;
    if (words[i].startsWith('--branch=') && !words[i].includes('$')) return null;
  }
  const positional: string[] = [];
  for (let i = at + 1; i < words.length && positional.length < 2; i++) {
    const w = words[i];
    if (/^[;&|]/.test(w) || w === '&&' || w === '||') break;
    // Another branch named outright (`--branch gh-pages`) is another tree, not this checkout; one from a
    // variable (`--branch $RELEASE_VERSION`) is a ref of it (the review of f7f01d09, RC-R1).
    if ((w === '-b' || w === '--branch') && words[i + 1] !== undefined && !/\$/.test(words[i + 1])) return null;
    if (w.startsWith('--branch=') && !w.includes('$')) return null;
    if (CLONE_VALUE_OPTIONS.has(w)) i++;
    else if (!w.startsWith('-')) positional.push(w.replace(/[;&|]+$/, ''));
  }
  const [url, dir] = positional;
  if (url === undefined || !/(?:\$\{?GITHUB_REPOSITORY\}?|\$\{\{\s*github\.repository\s*\}\})(?:\.git)?\/?$/.test(url)) return null;
  if (dir === undefined || /[$`*?]/.test(dir) || dir.startsWith('/') || dir.split('/').includes('..')) return null;
  const clean = dir.replace(/^\.\/+|\/+$/g, '');
  return clean === '' || clean === '.' ? null : clean;
}

/**
 * This repository's own `owner/name`s on GitHub (lowercase), from the remotes of its `.git/config`
 * (`https://github.com/o/n.git`, `git@github.com:o/n.git`): a checkout step that names one of them
 * checks out this repository (nhsuk/manage-vaccinations-in-schools' end-to-end workflow: `repository:
 * nhsuk/manage-vaccinations-in-schools`, then a build of the development image; it was read as
 * another repository's, and dropped).
 */
function ownRepositoryNames(root: string): Set<string> {
  const names = new Set<string>();
  try {
    const cfg = readRegularFile(path.join(root, '.git', 'config'), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
    for (const m of cfg.matchAll(/^\s*url\s*=\s*(?:https?:\/\/(?:[^@/\s]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?\s*$/gim)) names.add(m[1].toLowerCase());
  } catch {
    /* no .git/config (a worktree's .git file, an export): none known */
  }
  return names;
}

/** Drops `repository:` from the job's checkout steps that name this repository (ownRepositoryNames): they are its own checkouts. */
function ownCheckoutsAsSelf(doc: unknown, own: ReadonlySet<string>): void {
  if (own.size === 0) return;
  const jobs = (doc as { jobs?: unknown } | null)?.jobs;
  if (!jobs || typeof jobs !== 'object') return;
  for (const job of Object.values(jobs as Record<string, unknown>)) {
    const steps = (job as { steps?: unknown } | null)?.steps;
    for (const st of Array.isArray(steps) ? steps : []) {
      const s = st as { uses?: unknown; with?: Record<string, unknown> } | null;
      if (typeof s?.uses !== 'string' || !/^actions\/checkout@/.test(s.uses) || !s.with) continue;
      if (typeof s.with.repository === 'string' && own.has(s.with.repository.trim().toLowerCase())) delete s.with.repository;
    }
  }
}

/**
 * Whether the job's workspace holds another repository and not this one: it checks out only
 * other repositories (a literal `repository: owner/other`), one of them at the workspace root. A path
 * context there is that repository's (kubesec's release_containers_webhook.yml checks out
 * controlplaneio/kubesec-webhook and builds `context: .`, `file: ./Dockerfile`: its Dockerfile, not
 * this one's). A Git context with no `context:` is still this repository's commit.
 */
function workspaceIsAnotherRepository(job: unknown): boolean {
  const steps = (job as { steps?: unknown } | null)?.steps;
  let foreignAtRoot = false;
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st as { uses?: unknown; with?: Record<string, unknown> } | null;
    if (typeof s?.uses !== 'string' || !/^actions\/checkout@/.test(s.uses)) continue;
    const repo = s.with?.repository;
    // Only a literal owner/name is another repository. An expression is this one, or a fork of it
    // (Cogni-DAO/node-template's pr-build.yml: `repository: ${{ needs.resolve.outputs.checkout_repo }}`,
    // the repository itself except for a fork's pull request): its builds were left out silently.
    if (repo === undefined || (typeof repo === 'string' && repo.includes('${{'))) return false;
    const at = typeof s.with?.path === 'string' ? s.with.path.replace(/^\.\/+|\/+$/g, '') : '';
    if (at === '' || at === '.') foreignAtRoot = true;
  }
  return foreignAtRoot;
}

/**
 * `${{ github.workspace }}` where it is this checkout, as a pattern to replace with `.` (ziti's
 * `context: ${{ github.workspace }}/`): the workspace itself, or `${{ github.workspace }}/P` when
 * the job checks the repository out at `path: P` (OctoPrint's). Elsewhere it stays an expression
 * the build is not audited through.
 */
function workspaceExpression(job: unknown, resolve?: (v: string) => string): RegExp {
  const at = selfCheckoutPath(job, resolve);
  // Or the workspace written out as the hosted Linux runner has it, /home/runner/work/<repo>/<repo>
  // (inspektor-gadget's `context: /home/runner/work/inspektor-gadget/inspektor-gadget/`).
  const ws = String.raw`(?:\$\{\{\s*github\.workspace\s*\}\}|/home/runner/work/([^/\s]+)/\1)`;
  if (at === '' || at === '.') return new RegExp(`^${ws}(?=/|$)`);
  // With the checkout at `path: P`, a relative `P/...` names it too (datalens-backend's
  // build_debian_docker.yml: `path: ${{ env.job_path }}`, `context: "${{ env.job_path }}/docker_build/..."`).
  // (An expression in it has one value in the whole job: a relative `working-directory` written with the same
  // expression names it too; mempool's `path: ${{ matrix.node }}/integration`, run steps in
  // `${{ matrix.node }}/integration/backend`, sweep 49/C-F1.)
  if (at.startsWith('/') || at.split('/').includes('..')) return new RegExp(`^${ws}/${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`);
  return new RegExp(`^(?:${ws}/|\\./)?${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`);
}

/** Input names a wrapper of build-push-action takes its context by (not `build-contexts`, not a kube context). */
const WRAPPER_CONTEXT_KEYS = ['context', 'docker_context', 'docker-context', 'dockerfile_context', 'dockerfile-context', 'build_context', 'build-context', 'build_path', 'build-path', 'folder'];
/** And its stage by. */
const WRAPPER_TARGET_KEYS = ['target', 'build_target', 'build-target', 'docker_target', 'docker-target', 'build_stage', 'build-stage'];
/** And its Dockerfile by. */
// (`containerfiles`/`dockerfiles`: redhat-actions/buildah-build's, GovAlta/adsp-monorepo's image builds: buildah reads the same context and .dockerignore.)
const WRAPPER_FILE_KEYS = ['file', 'dockerfile', 'docker_file', 'docker-file', 'dockerfile_path', 'dockerfile-path', 'build_file', 'build-file', 'containerfiles', 'dockerfiles'];

/**
 * Wrappers whose inputs and defaults are read from their action.yml: hashicorp/actions-docker-build
 * (`workdir`, default `.`, where it runs `docker buildx build --target "$TARGET" -f "$DOCKERFILE" .`;
 * `dockerfile`, default `Dockerfile`, relative to it: nomad-autoscaler's `target: release` build was
 * not read, having neither), smartcontractkit/chainlink-github-actions/docker/build-push (`context`,
 * default `.`: chainlink-solana's `file: ./integration-tests/test.Dockerfile` build was dropped).
 */
const KNOWN_WRAPPERS: readonly { uses: string; contextKeys?: readonly string[]; context: string; fileKeys?: readonly string[]; fileFromContext?: true; file?: string; writes?: string; writesWith?: string; containerignore?: true; fileRequired?: true; workdirKey?: string; optionsKey?: string }[] = [
  // (Its steps download and extract the product's zip artifact into the workdir before the build:
  // consul-terraform-sync's `COPY dist/$TARGETOS/$TARGETARCH/consul-terraform-sync`.)
  { uses: 'hashicorp/actions-docker-build', contextKeys: ['workdir'], context: '.', fileKeys: ['dockerfile'], fileFromContext: true, writes: "extracts the product's zip artifact into the context first" },
  { uses: 'smartcontractkit/chainlink-github-actions/docker/build-push', context: '.' },
  // kyma-project/test-infra's reusable image-builder.yml (`context` default `.`): kyma-project/serverless' _build.yaml.
  { uses: 'kyma-project/test-infra/.github/workflows/image-builder.yml', context: '.' },
  // Both run `docker build -f DOCKERFILE ... DIR` from the workspace, the Dockerfile's default the
  // root's `Dockerfile` whatever the directory (their src/docker.js and entrypoint.sh):
  // mr-smithers-excellent/docker-build-push (`directory`, `dockerfile`; hollama's build.yml), and
  // kciter/aws-ecr-action (`path`, `dockerfile`; kanvas-ecosystem-api's deploy.yml), which runs its
  // `prebuild_script` first.
  { uses: 'mr-smithers-excellent/docker-build-push', contextKeys: ['directory'], context: '.', fileKeys: ['dockerfile'], file: 'Dockerfile' },
  { uses: 'kciter/aws-ecr-action', contextKeys: ['path'], context: '.', fileKeys: ['dockerfile'], file: 'Dockerfile', writesWith: 'prebuild_script' },
  // jerray/publish-docker-action likewise (its build.go: `docker build --file FILE ... PATH` from the
  // workspace; `file` default `Dockerfile`, `path` default `.`): nas-landing-page's push was not read.
  { uses: 'jerray/publish-docker-action', contextKeys: ['path'], context: '.', fileKeys: ['file'], file: 'Dockerfile' },
  // redhat-actions/buildah-build: `context` defaults to `.` (guidellm's release build names none and
  // was not read), `containerfiles` a list of one; buildah reads `.containerignore` before `.dockerignore`.
  // Without a Containerfile it builds from `base-image` and `content`, no Dockerfile (the review of 2a7d2a0).
  { uses: 'redhat-actions/buildah-build', contextKeys: ['context'], context: '.', fileKeys: ['containerfiles', 'dockerfiles'], containerignore: true, fileRequired: true },
  // elgohr/Publish-Docker-Github-Action (its entrypoint.sh): `cd "$INPUT_WORKDIR"`, then `docker build
  // $INPUT_BUILDOPTIONS -f $INPUT_DOCKERFILE ... ${INPUT_CONTEXT:-.}`, so the context and the Dockerfile
  // are the workdir's, the stage a `--target` in `buildoptions` (phpDocumentor's docker.yml pushes
  // `--target=prod` so; none of its builds was read).
  { uses: 'elgohr/publish-docker-github-action', contextKeys: ['context'], context: '.', fileKeys: ['dockerfile'], workdirKey: 'workdir', optionsKey: 'buildoptions' },
  // macbre/push-to-ghcr (its action.yml: `dockerfile`, default `./Dockerfile`, and `context`, default `.`, for `docker
  // build`): movim's container.yml gives only `dockerfile: Containerfile`, and --all found no build (sweep 56/U-F4).
  { uses: 'macbre/push-to-ghcr', contextKeys: ['context'], context: '.', fileKeys: ['dockerfile'], file: 'Dockerfile' },
];

/** Whether `file`, read from `dir`, leaves it and comes back into it (`../common/x` in common/). */
function leavesAndReturns(dir: string, file: string): boolean {
  const f = path.posix.normalize(file);
  if (!f.startsWith('../')) return false;
  const joined = path.posix.join(dir, f);
  return joined.startsWith(path.posix.normalize(dir) + '/');
}

/**
 * A script's build (context and `-f` as written, from the root) that only makes sense from the script's
 * own directory: from the root its context is outside the repository or its Dockerfile is missing,
 * from `dir` both are there. Null otherwise (the build stays as read from the root).
 */
function fromOwnDir(root: string, dir: string, context: string, file: string | undefined): { context: string; dockerfile: string | undefined } | null {
  if (dir === '.' || dir === '' || path.posix.isAbsolute(context) || (file !== undefined && path.posix.isAbsolute(file))) return null;
  // A Dockerfile named by leaving the directory and coming back (`-f ../common/int.Dockerfile` in
  // common/run.sh): written to run from a directory beside it (great_expectations' partner scripts,
  // run as `cd assets/partners/rubenshift; ../common/run-1.sh`; sweep 48/B-F1), not from its own.
  // (Any spelling: `../../partners/common/x`. Not when the context leaves it too, `-f ../docker/Dockerfile
  // ..`: the same build from any directory beside it; the review of 82094baf.)
  if (file !== undefined && leavesAndReturns(dir, file) && !path.posix.normalize(context).startsWith('..')) return null;
  const rootCtx = path.resolve(root, context);
  if (isInside(root, rootCtx) && isRegular(file === undefined ? path.join(rootCtx, 'Dockerfile') : path.resolve(root, file))) return null;
  const ownCtx = path.resolve(root, dir, context);
  const ownFile = file === undefined ? path.join(ownCtx, 'Dockerfile') : path.resolve(root, dir, file);
  // (A Dockerfile missing from there too, when from the root the context lies outside the repository: the script
  // runs from its own directory all the same, its build out of date; quarkus-workshops' `cd ..; cd ui-super-heroes;
  // docker build -f src/main/docker/Dockerfile.build-native .` was dropped with no word; sweep 55/S-F5.)
  if (!isInside(root, ownCtx) || !isDirectory(ownCtx) || !isInside(root, ownFile) || (!isRegular(ownFile) && isInside(root, rootCtx))) return null;
  return { context: ownCtx, dockerfile: file === undefined ? undefined : ownFile };
}

/**
 * A script's `docker build -t NAME .` (no -f, no cd before it) beside a Dockerfile of its own, in a
 * directory named as the image: Plume's .circleci/images/plume-buildenv/build_and_push.sh (`docker build -t
 * plumeorg/plume-buildenv:$1 .`) builds its own directory's Dockerfile, a CI build environment. Read from the
 * root, it was taken for a build of the application's root Dockerfile, whose .git CTX003 then called shipped:
 * an error on a build that does not exist (sweep 55/O-F1). Null otherwise.
 */
function ownImageDir(root: string, dir: string, c: { file?: string; context: string; stdin: boolean; tags?: string[]; untilHere?: () => string }, runElsewhere: () => boolean): { context: string; dockerfile: undefined } | null {
  if (dir === '.' || dir === '' || c.file !== undefined || c.stdin || path.posix.normalize(c.context) !== '.' || !isRegular(path.join(root, dir, 'Dockerfile'))) return null;
  const name = path.posix.basename(dir).toLowerCase();
  // The repository's name of the tag: its last path component, before its tag or digest (cut by index: a
  // pattern over a stranger's tag of 150,000 colons took 15 s; the review of a8abe762, RB-R7).
  const repoName = (t: string) => {
    const last = t.slice(t.lastIndexOf('/') + 1);
    const end = last.search(/[:@]/);
    return (end < 0 ? last : last.slice(0, end)).toLowerCase();
  };
  if (!(c.tags ?? []).some((t) => repoName(t) === name) || CD_COMMAND.test(c.untilHere?.() ?? '')) return null;
  // Not a script a workflow, a Makefile, package.json or another script runs by its path: run from the root
  // there, its `.` is the root (the review of a8abe762, RB-R4).
  return runElsewhere() ? null : { context: path.join(root, dir), dockerfile: undefined };
}

/**
 * Whether a workflow, or a recipe file among `rel` (a Makefile, a script, package.json), names the script `f`
 * by its repository path (`./deploy/app/build.sh`): run from where that file runs, not from its own
 * directory. At most 200 files of 256 kB are read.
 */
function namedByPath(root: string, rel: readonly string[], f: string): boolean {
  const files = [...WORKFLOW_DIRS.flatMap((d) => {
    // (Never through a symlink: each directory on the way a real one.)
    if (!isDirectory(path.join(root, d.split('/')[0])) || !isDirectory(path.join(root, d))) return [];
    try {
      return fs.readdirSync(path.join(root, d)).filter((n) => /\.ya?ml$/.test(n)).map((n) => `${d}/${n}`);
    } catch {
      return [];
    }
  }), ...rel.filter((x) => x !== f)].slice(0, 200);
  // Run by it: `./f`, `bash f`, a command that starts with it; not a `paths:` filter that lists it (the review of
  // a76935a7, RC-R9).
  const runs = new RegExp(`(?:\\./|(?:^[ \\t]*|[;&|(][ \\t]*|run:[ \\t]*)(?:(?:ba|z|da)?sh[ \\t]+(?:-\\w+[ \\t]+)*)?|(?:ba|z|da)?sh[ \\t]+(?:-\\w+[ \\t]+)*)${escapeRegExp(f)}(?![\\w./-])`, 'm');
  return files.some((x) => {
    try {
      const text = readRegularFile(path.join(root, x), { noFollow: true, maxBytes: 256 * 1024 }).toString('utf8');
      return text.includes(f) && runs.test(text);
    } catch {
      return false;
    }
  });
}

/**
 * A real directory, or a regular file, at `abs` (never through a symlink: nothing outside the repository).
 * Any failure is "no": a file named as a directory on the way (airflow-data-platform's test script greps
 * for `docker build.*-f Dockerfile.legacy`, read as a build whose context is the file) is ENOTDIR, which
 * throwIfNoEntry does not cover, and --all exited 2 on it.
 */
const lstatOrNull = (abs: string): fs.Stats | null => {
  try {
    return fs.lstatSync(abs, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
};
const isDirectory = (abs: string): boolean => lstatOrNull(abs)?.isDirectory() === true;
const isRegular = (abs: string): boolean => lstatOrNull(abs)?.isFile() === true;
/** True when the path, links followed, names anything (an ENOTDIR on the way is nothing). */
const followsToAnything = (abs: string): boolean => {
  try {
    return fs.statSync(abs, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
};

/**
 * A remote action or reusable workflow ctx-audit cannot read that is given a build's context and
 * Dockerfile as build-push-action is (rudderlabs/build-scan-push-action, "a thin wrapper around
 * docker/build-push-action", `context: .` and `file: ./suppression-backup-service/Dockerfile`;
 * pagopa/dx's release-azure-containerapp workflow, `dockerfile_context: .` and `dockerfile_path:
 * ./apps/services-app/Dockerfile`): those inputs as build-push-action's `context` and `file`, when
 * both are literal, the directory exists and the file is a Dockerfile there (from the root, or
 * from the context), else null. Its Dockerfile was audited from a context ctx-audit chose.
 */
function wrapperInputs(uses: string, w: Record<string, unknown> | undefined, root: string): WrapperInputs | null {
  if (!w || /^(?:\.\/|actions\/|docker\/|github\/)/i.test(uses) || !/^[\w.-]+\/[\w.-]+/.test(uses)) return null;
  const pick = (keys: readonly string[]) => {
    const k = keys.find((x) => typeof w[x] === 'string');
    if (k === undefined) return undefined;
    // A list input with one entry (`containerfiles: |` then one path) is that entry.
    const lines = (w[k] as string).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    return lines.length === 1 ? lines[0] : (w[k] as string).trim();
  };
  // Wrappers whose defaults their action.yml gives (read there): a step may leave them out.
  const known = KNOWN_WRAPPERS.find((k) => uses.toLowerCase().startsWith(k.uses + '@'));
  // Where it runs its build, when it changes directory first (a path under the root, else no build read).
  const workdir = known?.workdirKey !== undefined && typeof w[known.workdirKey] === 'string' ? (w[known.workdirKey] as string).trim() : '';
  const inWorkdir = (p: string | undefined) => (p === undefined || workdir === '' ? p : path.posix.join(workdir, p));
  const context = inWorkdir(pick(known?.contextKeys ?? WRAPPER_CONTEXT_KEYS) ?? known?.context);
  // No Dockerfile input: the context's Dockerfile, as build-push-action's default, for an action
  // named for building images (SocialGouv/cdtn-admin's socialgouv/buildkit-operator, `context: targets/hasura`).
  // A list input of one entry (buildah-build's `containerfiles: |` then `./Containerfile`).
  const listed = pick(known?.fileKeys ?? WRAPPER_FILE_KEYS);
  const entries = listed?.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const given = inWorkdir(entries !== undefined && entries.length === 1 ? entries[0] : listed);
  const file = known?.fileFromContext === true && context !== undefined ? path.posix.join(context, given ?? 'Dockerfile') : known?.fileRequired ? given : (given ?? known?.file ?? (context !== undefined && /build|docker|image|kaniko|container/i.test(uses) ? path.posix.join(context, 'Dockerfile') : undefined));
  if (context === undefined || file === undefined || /\$\{\{|\{\{|\$|^[a-z]+:\/\//i.test(context + file) || context.includes('\n') || file.includes('\n')) return null;
  const ctxAbs = path.resolve(root, context);
  if (!isInside(root, ctxAbs) || !isDirectory(ctxAbs)) return null;
  for (const abs of [path.resolve(root, file), path.resolve(ctxAbs, file)]) {
    if (!isInside(root, abs) || !isRegular(abs)) continue;
    // Its stage too (wellcomecollection's docker-build-and-push: `folder:`, `target: feature_inferrer`;
    // hotosm/gh-workflows' image_build.yml: `build_target: ci`, whose stage was not read).
    const options = known?.optionsKey !== undefined && typeof w[known.optionsKey] === 'string' ? /(?:^|\s)--target(?:=|\s+)(\S+)/.exec(w[known.optionsKey] as string)?.[1] : undefined;
    const t = options ?? WRAPPER_TARGET_KEYS.map((k) => w[k]).find((v) => typeof v === 'string');
    const target = typeof t === 'string' && t.trim() !== '' && !/\$|\{\{|\n/.test(t) ? t.trim() : undefined;
    if (templateReason(abs) === null) return { context, file: path.relative(root, abs).split(path.sep).join('/'), ...(target !== undefined ? { target } : {}), ...(known?.containerignore ? { containerignore: true as const } : {}) };
  }
  return null;
}

/** A wrapper's inputs read as build-push-action's; `containerignore`: its tool (buildah) reads `.containerignore` before `.dockerignore`. */
type WrapperInputs = {
  context: string;
  file: string;
  target?: string;
  containerignore?: true;
};

/**
 * wrapperInputs for each combination of the job's matrix that its string inputs name (one, with no
 * label, when they name none); combinations whose inputs are no build are left out.
 */
function wrapperCombos(uses: string, w: Record<string, unknown> | undefined, root: string, matrix: unknown): { inputs: WrapperInputs; label: string }[] {
  if (!w) return [];
  const strings = Object.entries(w).filter((e): e is [string, string] => typeof e[1] === 'string');
  const out: { inputs: WrapperInputs; label: string }[] = [];
  for (const combo of matrixCombos(matrix, strings.map(([, v]) => v))) {
    const inputs = wrapperInputs(uses, { ...w, ...Object.fromEntries(strings.map(([k, v]) => [k, combo.apply(v)])) }, root);
    if (inputs !== null) out.push({ inputs, label: combo.label });
  }
  return out;
}

/**
 * The start of a run script's `cd` target that names this checkout's root: `${{ github.workspace }}`
 * or `$GITHUB_WORKSPACE` (braced or not), followed by `/P` when the job checks the repository out at
 * `path: P` (juju-dashboard's `cd '${{ github.workspace }}/juju-dashboard-release'; docker build .`).
 * Undefined when that path is itself an expression.
 */
function workspaceCdExpression(job: unknown, resolve?: (v: string) => string): RegExp | undefined {
  const at = selfCheckoutPath(job, resolve);
  if (at.includes('${{') || at.startsWith('/') || at.split('/').includes('..')) return undefined;
  const ws = String.raw`(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)`;
  const sub = at === '' || at === '.' ? '' : '/' + at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${ws}${sub}(?=/|$)`);
}

/**
 * The workspace directories a workflow step fills with files that are not in the checkout: an
 * `actions/download-artifact` (its `path`, the workspace by default), an `actions/cache` restore,
 * a second `actions/checkout` with a `path`. A path that is an expression could be anywhere: the
 * whole workspace. Null for any other step (a `run` script: runMayWrite).
 */
function workspaceWrites(s: { uses?: unknown; with?: Record<string, unknown> }, root: string, checkoutAt = ''): string[] | null {
  if (typeof s.uses !== 'string') return null;
  const given = s.with?.path;
  const paths = typeof given === 'string' ? given.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('!')) : [];
  // An expression: anywhere in the workspace. `~/…` and absolute paths: outside it (the cache of a
  // package manager). A glob: the directory before its first wildcard. A path is the workspace's:
  // with the checkout at `path: P` (waltid-identity's mobile-sdk-docs job), `P/docs/x` is this
  // checkout's docs/x, and a path outside P is no file of it.
  const resolve = (p: string): string[] => {
    if (/\$\{\{/.test(p)) return [root];
    if (p.startsWith('~') || path.isAbsolute(p)) return [];
    const rel = path.posix.normalize(literalPrefix(p).replace(/^\.\/+/, ''));
    if (checkoutAt === '') return [path.resolve(root, rel)];
    if (rel === checkoutAt || rel === '.') return [root];
    return rel.startsWith(checkoutAt + '/') ? [path.resolve(root, rel.slice(checkoutAt.length + 1))] : [];
  };
  if (/^actions\/download-artifact@/.test(s.uses)) return paths.length > 0 ? paths.flatMap(resolve) : [root];
  if (/^actions\/cache(\/restore)?@/.test(s.uses)) return paths.flatMap(resolve);
  if (/^actions\/checkout@/.test(s.uses) && paths.length > 0) return paths.flatMap(resolve);
  // GoReleaser writes its builds under dist/ (nginx-gateway-fabric's "Build binary" step, whose
  // dist/gateway_linux_amd64*/gateway its Dockerfile copies); `--dist` moves it, not read here.
  if (/^goreleaser\/goreleaser-action@/i.test(s.uses)) return [path.resolve(root, typeof s.with?.workdir === 'string' && !s.with.workdir.includes('${{') ? s.with.workdir : '.', 'dist')];
  // Another action with an input that says where it puts files (lodestone's dsaltares/fetch-gh-release-asset,
  // `target: core/release/`, for `COPY ./release/...` from core/: the message named a later `tree .`; sweep
  // 54/E-F4): it writes there. Only a literal path inside the workspace; a set-up or upload action writes nothing.
  // (Nor an image build's: build-push-action's `target:` is a stage, `outputs` goes where BuildKit puts it;
  // the review of e30fd0cb: every `target:` build became its own "writer".)
  // (Nor a build wrapper's: mr-smithers' `directory:`, jerray's `path:` are its context; the review of e30fd0cb,
  // RB-R3. `path`, `dir` and `directory` are a downloader's only: upload-pages-artifact, codecov and
  // create-pull-request read them; RB-R4.)
  if (actionWritesNothing(s.uses, s.with) || /^docker\//i.test(s.uses) || /docker|build|image|push/i.test(s.uses.replace(/@.*$/, '')) || Object.keys(s.with ?? {}).some((k) => /^(?:context|dockerfile|tags|build-args|platforms|push|image|registry)$/i.test(k))) return null;
  const downloader = /download|fetch|extract|unpack|unzip|untar|release-asset/i.test(s.uses.replace(/@.*$/, ''));
  const into = Object.entries(s.with ?? {}).filter(([k, v]) => (WRITE_INPUT.test(k) || (downloader && /^(?:path|dir|directory)$/i.test(k))) && typeof v === 'string' && v.trim() !== '' && !/\$\{\{|\n/.test(v));
  // (Not the workspace itself: a scanner's `path: .` reads the checkout, anchore/scan-action's.)
  const written = into.flatMap(([, v]) => resolve((v as string).trim())).filter((p) => p !== root);
  return written.length > 0 ? written : null;
}

/** An action's input naming where it writes (`target`, `dest`, `output-dir`, `download-path`, ...; a downloader's `path` too). */
const WRITE_INPUT = /^(?:target|dest|destination|outdir|out[-_]?dir|output[-_]?(?:dir|directory|path)|download[-_]?(?:dir|path)|target[-_]?(?:dir|path)|extract[-_]?to|out[-_]?file[-_]?path)$/i;

/**
 * Actions that write nothing into the workspace: set-up, log-in and metadata actions, and an upload
 * (their caches live outside it: setup-node's ~/.npm, setup-go's ~/go). Any other action may.
 */
const NON_WRITING_ACTION = /^(?:actions\/(?:setup-[\w-]+|upload-artifact)|docker\/(?:setup-buildx-action|setup-qemu-action|login-action|metadata-action)|aws-actions\/(?:configure-aws-credentials|amazon-ecr-login)|azure\/(?:login|docker-login)|oven-sh\/setup-bun|denoland\/setup-deno|dtolnay\/rust-toolchain|sigstore\/cosign-installer)@/i;

/** Whether a `uses:` step writes nothing into the workspace: NON_WRITING_ACTION, or pnpm/action-setup without `run_install` (which runs pnpm install in the checkout). */
function actionWritesNothing(uses: string, w: Record<string, unknown> | undefined): boolean {
  if (NON_WRITING_ACTION.test(uses)) return true;
  return /^pnpm\/action-setup@/i.test(uses) && (w?.run_install === undefined || w.run_install === false || w.run_install === 'false');
}

/**
 * Whether a run script writes nothing into the workspace, its docker builds aside: every other command
 * is one runMayWrite counts inert, and no command substitution runs anything (`V=$(go build -o app .)`).
 */
function scriptQuiet(script: string): boolean {
  const rest = withoutBuilds(script).replace(/\$\{\{[^}]*\}\}/g, 'x');
  return !runMayWrite(rest) && !/\$\(|`/.test(rest);
}

/** A script with its docker build commands taken out (continuations joined; each command of a line on its own). */
function withoutBuilds(script: string): string {
  return script
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.split(/&&|\|\||;/).filter((seg) => !DOCKER_BUILD_RE.test(seg)).join(' ; '))
    .join('\n');
}

/** Actions that build and do nothing else before it (their forks that take the same inputs too). */
const PURE_BUILDER = /^(?:(?:docker|depot|useblacksmith|warpbuilds)\/(?:build-push-action|bake-action)|step-security\/docker-build-push-action)@/i;

/** Whether a checkout step's `submodules:` fetches them (true, recursive, or an expression that may). */
function checkoutFetchesSubmodules(w: Record<string, unknown> | undefined): boolean {
  const v = w?.submodules;
  return v === true || (typeof v === 'string' && v.trim() !== '' && !/^false$/i.test(v.trim()));
}

/**
 * Whether a `run` script may write into the workspace: anything but lines that only set variables
 * (a value may be a command's output with no redirection in it: Dokploy's
 * `VERSION=$(node -p "require('./apps/dokploy/package.json').version")`),
 * echo (to the log or to `$GITHUB_ENV`/`$GITHUB_OUTPUT`/`$GITHUB_STEP_SUMMARY`/`$GITHUB_PATH`), log
 * in to a registry, install a package globally (`npm install -g nx`: ddhub-client-gateway's "Install
 * NX, NPM", named for the dist/ its "Build" step writes), branch on a `[ ]`/`[[ ]]` test (`if ...; then`, `else`, `fi`: requarks/wiki's
 * "Set Version Variables"), stop (`exit 1`: mcp-server-langgraph's "Validate Dockerfile exists") or are comments. syncthing's "Build binaries" (`go run build.go ...; mv ...`)
 * makes the files its Dockerfiles copy; its "Set Docker tags" steps write nothing there.
 */
function runMayWrite(script: string): boolean {
  // An assignment alone (`tags=x/y:${{ github.sha }}`, `A="a b" B=c`); `CGO_ENABLED=1 go build ...` runs a
  // command. Each step of a value takes one character or one whole quoted part: linear on any line.
  // An append (`TAGS+=,${IMAGE_NAME}:latest`, reearth-cms' "Get options") is an assignment too.
  // A mode or owner change makes no file (yaci-store's "Grant execute permission for gradlew",
  // `chmod +x gradlew`, was named as what may make the jars its next step builds).
  // Nor does a listing or a look at files, not redirected (sing-box's "Prepare binary", `chmod +x
  // sing-box-*` then `ls -la sing-box-*`, was named as what may make the binary "Download binary"
  // put there; sweep 53/X-F4). `env` alone prints; `env X=1 go build` runs a command, and `tree -o F` writes
  // (the review of f7a5c9c6, RA-R9).
  // A command substitution in backticks reads as `$(...)` does (Core-Portal's
  // ``BRANCH_SHORT=`git symbolic-ref --short HEAD | cut -d/ -f2` ``: no file written).
  const inert = /^(?:#.*|(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\+?=(?:"[^"]*"|'[^']*'|\$\{\{[^}]*\}\}|\$\((?:[^()>'"]|"[^"]*"|'[^']*'|\([^()>'"]*\))*\)|\$(?!\{\{|\()|`[^`>]*`|[^\s"'$`])*(?:\s+[A-Za-z_][A-Za-z0-9_]*\+?=(?:"[^"]*"|'[^']*'|\$\{\{[^}]*\}\}|\$\((?:[^()>'"]|"[^"]*"|'[^']*'|\([^()>'"]*\))*\)|\$(?!\{\{|\()|`[^`>]*`|[^\s"'$`])*)*|(?:echo|printf)\b[^>|]*(?:>>?\s*"?\$\{?GITHUB_(?:ENV|OUTPUT|STEP_SUMMARY|PATH)\}?"?\s*|\|\s*docker\s+login\b.*)?|docker\s+login\b.*|(?:npm|pnpm)\s+(?:install|i|add)\s+(?:-g|--global)\b[^>|;&]*|yarn\s+global\s+add\b[^>|;&]*|set\s+-[euxo]+(?:\s+pipefail)?|(?:sudo\s+)?(?:chmod|chown|chgrp)\s[^>|;&]*|(?:ls|ll|pwd|file|stat|du|df|which|whoami|uname|date|printenv|(?:sha\d+|md5)sum)(?:\s[^>|;&]*)?|env|(?:el)?if\s+\[\[?[^;&|><]*\]\]?\s*;\s*then|then|else|fi|exit(?:\s+\d+)?)$/;
  return script
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .some((l) => l !== '' && !inert.test(l) && !quietTree(l));
}

/** `tree`, not redirected and not told to write a file (`-o F`, `--output`): lodestone's "List files", `tree .` (sweep 54/E-F4). */
function quietTree(l: string): boolean {
  return /^tree(?:\s[^>|;&]*)?$/.test(l) && !/(?:^|\s)-(?:[a-zA-Z]*o|-output)/.test(l);
}

/** A line's commands: split where untilCommandEnd ends one (`&&`, `||`, `;`, `|` outside quotes and `$( )`). */
function shellCommands(line: string): string[] {
  const out: string[] = [];
  for (let rest = line; ; ) {
    const head = untilCommandEnd(rest);
    out.push(head);
    if (head.length >= rest.length) return out;
    rest = rest.slice(head.length).replace(/^(?:&&|\|\||[;&|])/, '');
  }
}

/**
 * Whether a script or recipe runs something that may write files before its first `docker compose`
 * command that builds (build, up, run): its commands (lines split at `&&`, `||`, `;` and `|`) before
 * that one, but for runMayWrite's inert ones (assignments, echoes, set, chmod), `cd`/`pushd`/`popd`,
 * comments, output to stderr or /dev/null, Docker commands that make no file (`network`, `volume`,
 * `pull`, `login`, compose's `down`, `ps`, `config`, `version`, `pull`) and `true`. ros2_medkit's
 * run_docker_tests.sh sets SCRIPT_DIR and cds there (nothing written); `(cd ../.. &&
 * ./scripts/prep.sh)` first may make the context's missing sources (the reviews of 4c659bd and c541539).
 */
export function writesBeforeCompose(text: string): boolean {
  const commands = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    // (A stranger's line of thousands of `;` would make the splitting quadratic: one command, read whole.)
    .flatMap((l) => (l.length > 4096 ? [l] : shellCommands(l)))
    .map((c) => c.trim().replace(/^\(+|\)+$/g, '').trim());
  const isBuild = (c: string) => {
    const m = COMPOSE_HEAD.exec(c);
    return m !== null && /(?:^|\s)(?:build|up|run)(?:\s|$)/.test(m[1]);
  };
  const first = commands.findIndex(isBuild);
  const before = (first < 0 ? commands : commands.slice(0, first)).filter(
    (c) =>
      c !== '' &&
      !c.startsWith('#') &&
      !/^(?:cd|pushd|popd)\b/.test(c) &&
      !/^(?:true|false|:)$/.test(c) &&
      !COMPOSE_HEAD.test(c) &&
      !/^(?:sudo\s+)?docker\s+(?:network|volume|pull|login|logout|info|version|ps|images|image\s+(?:ls|inspect)|inspect)\b[^>]*$/.test(c) &&
      !/^(?:echo|printf)\b[^>]*(?:>\s*&2|>\s*\/dev\/null)?\s*$/.test(c),
  );
  return runMayWrite(before.join('\n'));
}

/** A script line that runs a build tool's artifact-making task (Gradle, Maven, a package manager's build, go, cargo, make, dotnet). */
const MAKES_ARTIFACTS = /(?<![\w./-])(?:(?:\.\/)?gradlew?\s+(?:[^\n;&|]*\s)?(?:build|assemble|jar|bootJar|distZip|shadowJar|installDist)\b|(?:\.\/)?mvnw?\s+(?:[^\n;&|]*\s)?(?:package|install|verify)\b|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|go\s+build\b|cargo\s+build\b|g?make\b|dotnet\s+(?:build|publish)\b)/;

/**
 * The lines of a docker/*-action list input (build-args, build-contexts) as the action reads them:
 * its getInputList parses each line as CSV, so a line in double quotes loses them
 * (leav-engine's `"APP=preview-generator"`; `""` inside is one `"`), and `#` lines are comments.
 */
function actionInputList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const q = /^"((?:[^"]|"")*)"$/.exec(l);
    out.push(q ? q[1].replace(/""/g, '"') : l);
  }
  return out;
}

/**
 * Splits a shell command line into words (quotes removed; no expansion). A GitHub expression
 * `${{ github.sha }}` is one word with what surrounds it: Actions replaces it before the shell
 * runs (tensorzero's `-t repo:sha-${{ github.sha }}` after the context made `}}` the context).
 * An expression is at most 256 characters, so a stranger's line stays linear.
 */
function shellWords(line: string): string[] {
  // A word is quoted and unquoted pieces side by side (`"${BASE_DIR}"/Dockerfile.common`), its
  // quotes taken off; a quote with no partner is kept as a character.
  // A command substitution is part of its word, spaces and all (GitHub's "Docker Image CI" starter
  // workflow: `docker build . --file Dockerfile --tag my-image-name:$(date +%s)`; `+%s)` was read as
  // the context), one level of parentheses inside it, and a backquoted one too (one that opens with a
  // word: PowerShell's continuation backtick is followed by a space, Lobby-Platform-Service's pwsh step).
  const word = /(?:"[^"]*"|'[^']*'|\$\{\{[^}\n]{0,256}\}\}|\$\((?:[^()\n]|\([^()\n]{0,256}\)){0,512}\)|`[^`\s][^`\n]{0,255}`|[^\s"']|["'])+/g;
  return [...line.matchAll(word)].map((m) => m[0].replace(/"([^"]*)"|'([^']*)'/g, (_, a: string | undefined, b: string | undefined) => a ?? b ?? ''));
}

/**
 * The text up to the end of the command it starts: the first `;`, `&` or `|` outside quotes and
 * outside `$( )`. luthien-proxy's `docker build -f docker/Dockerfile.standalone --build-arg
 * BUILD_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" ... .` was cut at the `||`
 * inside the substitution, and `HEAD` taken for the context. A redirection's `&` (`2>&1`, `&>`) is
 * no end either.
 */
function untilCommandEnd(text: string): string {
  let depth = 0;
  let end = text.length;
  forUnquoted(text, text.length, (i) => {
    const c = text[i];
    if (c === '$' && text[i + 1] === '(') {
      depth++;
      return false;
    }
    if (c === ')' && depth > 0) {
      depth--;
      return false;
    }
    if (depth > 0 || !';&|'.includes(c)) return false;
    if (c === '&' && (text[i - 1] === '>' || text[i + 1] === '>')) return false;
    end = i;
    return true;
  });
  return text.slice(0, end);
}

/** A command without the `)`s and blanks it ends with, cut by a scan (`/\)+\s*$/` is quadratic on a run of `)`s). */
function withoutClosingParens(cmd: string): string {
  let end = cmd.length;
  while (end > 0 && /\s/.test(cmd[end - 1])) end--;
  const blanks = end;
  while (end > 0 && cmd[end - 1] === ')') end--;
  return end === blanks ? cmd : cmd.slice(0, end);
}

/** How many subshells a command segment closes: the `)`s it ends with, else those it starts with (`) > log`). */
function closingParens(segment: string): number {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment[end - 1])) end--;
  let n = 0;
  while (end > 0 && segment[end - 1] === ')') {
    end--;
    n++;
  }
  if (n > 0) return n;
  let i = 0;
  while (i < segment.length && /\s/.test(segment[i])) i++;
  while (i < segment.length && segment[i] === ')') {
    i++;
    n++;
  }
  return n;
}

/** A shell redirection and its target: `> log`, `2>&1`, `2>/dev/null`, `&> out`, `>> log`, `< in`. */
// (A heredoc's `<<EOF`, `<<-'EOF'`, and a here-string's `<<<` too: no word of the command.)
const REDIRECTION = /(^|\s)(?:\d*|&)(?:>>?|<<<|<<-?|<)(?:&[\d-]|\s*[^\s;&|<>]+)?/g;

/**
 * The lines of a script where `head` matches, each with the directory it runs in (relative to the
 * workspace) through the `cd DIR` commands before it; a line after a `cd` to somewhere not known
 * here (`cd $DIR`, `cd -`, `cd ~`) is left out. `rootCd` matches the start of a `cd` target that
 * names the repository root (what follows it is a directory under the root).
 */
function* commandLines(script: string, workdir: string, head: RegExp, rootCd?: RegExp, absRoot?: string): Generator<{ line: string; m: RegExpExecArray; cwd: string; before: () => string }> {
  let cwd: string | null = workdir;
  // `pushd DIR` ... `popd` (association-registry's `pushd migrations/production/admin.api/ && docker
  // buildx build . ... && popd`).
  const stack: (string | null)[] = [];
  // Where the last `cd` came from: `cd -` goes back there (smart-forms' push scripts: `cd
  // services/extract-express && npm run compile && cd -`, then `docker buildx build ... .`).
  let previous: string | null | undefined;
  // The directories to go back to when the subshells opened on this line close.
  let subshells: (string | null)[] = [];
  // How many of them were opened by a line holding only `(`: they outlive their line.
  let multiLine = 0;
  // The directory each open `if` started in: an `else` or `elif` branch starts there again.
  const ifs: (string | null)[] = [];
  // The same for each open `case`, and whether a branch's pattern (`api)`, `*)`) comes next: after `in` and after `;;`.
  const cases: { cwd: string | null; pattern: boolean }[] = [];
  const change = (segment: string) => {
    let patternAt = 0;
    const one = (raw: string, quoted: boolean): void => {
      const whole = raw.length;
      // Text inside a string (`echo "if [ -d /data ]; then cd /data; fi" > entrypoint.sh`, `bash -c "...;
      // cd tools; ..."`) moves no directory of this shell (the review of 0de9f6cf).
      if (quoted) return;
      // A subshell's opening parenthesis (openfaas/faas' `(cd gateway; docker buildx build ... .)`): its
      // cd holds until its `)` (`(cd web && npm run build) && docker build ...` builds from here).
      for (const _ of /^\s*(\(*)/.exec(raw)?.[1] ?? '') subshells.push(cwd);
      // A command after `then`, `else` or `do` (feast's recipe: `@if [ -n "$(DOCKER_PLATFORMS)" ]; then
      // cd infra/feast-operator && docker buildx build ... -f Dockerfile .; fi`; sweep 48/B-F3).
      // A `case` branch starts where its `case` did, as an `else` branch does (a script's `case "$1" in api) cd
      // api && docker build . ;; web) docker build -f web/Dockerfile . ;; esac`: the review of 0de9f6cf).
      const open = /^\s*(?:[@+-]\s*)*case\s(?:[^;&|]*?)\sin(?=\s|$)/.exec(raw);
      if (open !== null) {
        cases.push({ cwd, pattern: true });
        raw = raw.slice(open[0].length);
      }
      const top = cases.length > 0 ? cases[cases.length - 1] : null;
      if (top !== null && /^\s*esac(?=[\s)]|$)/.test(raw)) {
        // Which branch ran is not known here: on from where the case started, as a script whose branches
        // each build in their own directory reads (not the last branch's `cd`; the review of a3903baf).
        cwd = top.cwd;
        cases.pop();
        return;
      }
      if (top !== null && top.pattern) {
        const branch = /^\s*\(?[^()\s][^()]*\)/.exec(raw);
        if (branch === null) return;
        top.pattern = false;
        cwd = top.cwd;
        raw = raw.slice(branch[0].length);
        // Its `)` closes no subshell.
        patternAt = whole - raw.length;
      }
      // (One sign a turn: `(?:[@+-]+\s*)*` split a line of dashes every way, exponential; the review of 5d3123aa.)
      const kw = /^\s*(?:[@+-]\s*)*(if|then|elif|else|fi|do|done)(?=\s|$)/.exec(raw);
      if (kw !== null) {
        if (kw[1] === 'if') {
          ifs.push(cwd);
          return;
        }
        if (kw[1] === 'fi') {
          ifs.pop();
          return;
        }
        if ((kw[1] === 'else' || kw[1] === 'elif') && ifs.length > 0) cwd = ifs[ifs.length - 1];
        if (kw[1] === 'elif' || kw[1] === 'done') return;
        raw = raw.slice(kw[0].length);
      }
      const cmd = withoutClosingParens(raw.replace(REDIRECTION, '$1').replace(/^\s*\(+/, ''));
      if (/^\s*popd\s*$/.test(cmd)) {
        if (stack.length > 0) cwd = stack.pop() as string | null;
        else cwd = null;
        return;
      }
      // The directory as one word, quoted or not (`cd "${{ env.PROJECT_DIR }}"` holds spaces, and so
      // does an unquoted `cd ${{ github.workspace }}/other`, which Actions replaces before the shell runs;
      // a `$` that opens `${{` takes only the expression's path, so a stranger's line cannot backtrack).
      const cd = /^\s*(cd|pushd)(?:\s+("[^"]*"|'[^']*'|(?:\$\{\{[^}\n]{0,256}\}\}|[^\s$]|\$(?!\{\{))+))?\s*$/.exec(cmd);
      if (!cd) return;
      if (cd[1] === 'pushd') stack.push(cwd);
      const to = cd[2] === undefined ? '~' : cd[2].replace(/^(["'])(.*)\1$/, '$2');
      if (cd[1] === 'cd' && to === '-') {
        const back: string | null = previous === undefined ? null : previous;
        previous = cwd;
        cwd = back;
        return;
      }
      previous = cwd;
      // A script's own way back to the repository root (BentoML's `cd "$GIT_ROOT"`), or a directory
      // under it (juju-dashboard's `cd '${{ github.workspace }}/juju-dashboard-release'`, its checkout's `path:`).
      const root = rootCd?.exec(to);
      if (root) {
        const rest = to.slice(root[0].length);
        cwd = /[$~`]/.test(rest) ? null : path.posix.join('.', rest);
        return;
      }
      // An absolute directory under the root a Makefile's own expression made (`cd $(CURDIR) &&`,
      // drogue-cloud's `cd $(TOP_DIR) && $(CONTAINER) build ...`): that directory, from the root.
      if (absRoot !== undefined && path.posix.isAbsolute(to) && !/[$~`]/.test(to) && (to === absRoot || to.startsWith(absRoot.replace(/\/$/, '') + '/'))) {
        cwd = path.posix.relative(absRoot, to) || '.';
        return;
      }
      if (cwd === null) return;
      cwd = /[$~`]|^-$/.test(to) || path.posix.isAbsolute(to) ? null : path.posix.join(cwd, to);
    };
    const inQuotes = quotedPositions(segment);
    let start = 0;
    for (const raw of segment.split(/&&|\|\||;/)) {
      // Whether the command starts inside a quoted string (the split does not see quotes).
      const sep = /^(?:&&|\|\||;)/.exec(segment.slice(start + raw.length, start + raw.length + 2));
      patternAt = 0;
      one(raw, inQuotes[start] !== 0);
      // `;;` (and `;&`, `;;&`) ends a case branch: a pattern comes next.
      if (cases.length > 0 && inQuotes[start + raw.length] === 0 && /^;(?:;&?|&)/.test(segment.slice(start + raw.length, start + raw.length + 3))) cases[cases.length - 1].pattern = true;
      start += raw.length + (sep === null ? 0 : sep[0].length);
      // The `)`s ending it close the subshells opened before them: the directory from before each.
      // (Counted by a scan, not `/(\)+)\s*$/`, which is quadratic on a line of 32k parentheses; and a
      // line that starts with its `)` closes too, `) 2>&1 | tee log`: the review of a8d9a8a.)
      const closes = closingParens(raw.slice(patternAt).replace(/\$\([^()]*\)/g, ''));
      for (let k = 0; k < closes && subshells.length > 0; k++) {
        cwd = subshells.pop() as string | null;
        multiLine = Math.min(multiLine, subshells.length);
      }
    }
  };
  // (A PowerShell line continues after a backtick at its end, as a shell line after a backslash:
  // CrossPlatformCPP-Docker's pwsh step spreads `docker build` over lines ending so, and its context was
  // read as the backtick itself.)
  const allLines = arraysOnOneLine(withFunctionCalls(script.replace(/\\\n|[ \t]`[ \t]*\r?\n/g, ' '))).split('\n');
  const carried = carriedStrings(allLines);
  for (let li = 0; li < allLines.length; li++) {
    const raw = allLines[li];
    // The start of the line still inside a string an earlier line opened: no command of this shell.
    const inString = carried[li];
    const full = inString === 0 ? withoutComment(raw) : inString > raw.length ? raw : raw.slice(0, inString) + withoutComment(raw.slice(inString));
    const shell = inString === 0 ? full : ' '.repeat(Math.min(inString, full.length)) + full.slice(inString);
    let line = full;
    // A line that is one subshell, `( cd dir; ... )`: its cd ends with it.
    const subshell = /^\s*\(/.test(shell) && /\)\s*$/.test(shell);
    const outside: { cwd: string | null; previous: string | null | undefined; depth: number } = { cwd, previous, depth: stack.length };
    // A subshell opened on a line of its own stays open to the `)` that closes it (memos'
    // scripts/build.sh: `(`, `cd "$REPO_ROOT/web"`, `pnpm release`, `)`, then `docker build ...
    // "$REPO_ROOT"` from where the script was: sweep 46/A); one opened and closed on a line is that line's.
    if (!/^\s*\(\s*$/.test(shell)) subshells = subshells.filter((_, i) => i < multiLine);
    else multiLine = subshells.length + 1;
    // Every build of the line, each from the end of the one before (Geotrek-admin's recipe: `if [ -d
    // dist ]; then docker build -f A . ; else docker build -f B . ; fi`, one logical line; `A && B`).
    // Inside an echoed string (`echo "run: docker build ... && docker build ..."`) none is a build.
    for (let builds = 0; builds < 64; builds++) {
      const m = head.exec(line);
      // ingress-nginx: `cd images/nginx/rootfs && docker buildx build ... .`
      const offset = full.length - line.length;
      change(m ? shell.slice(offset, offset + m.index) : shell.slice(offset));
      if (!m) break;
      // `before`: the script up to this command (what a step runs before this build, not before its first).
      const at = full.length - line.length + m.index;
      if (cwd !== null && !echoedAt(full, at)) yield { line, m: withinQuote(line, m, () => allLines.slice(li + 1).join('\n')), cwd, before: () => [...allLines.slice(0, li), full.slice(0, at)].join('\n') };
      // What follows the build on its line still moves the next one (association-registry's
      // `cd migrations/local && docker build ... && cd ../..`): from the end of its command, as its
      // words are read (not at a `||` inside a quoted `$( )`).
      const rest = line.slice(m.index);
      const end = untilCommandEnd(rest).length;
      if (end >= rest.length) break;
      line = rest.slice(end).replace(/^(?:&&|\|\||[;&|])/, '');
    }
    if (subshell) {
      cwd = outside.cwd;
      previous = outside.previous;
      stack.length = outside.depth;
    }
  }
}

/**
 * A command inside a quoted string ends at its closing quote: go-oauth2-server's recipe `bash -c
 * 'docker-compose -f docker-compose.test.yml ... up --build --exit-code-from sut'` made the service
 * `sut'`, no name, and its foreground job a service at error. The match's text after the command
 * (m[1]) is cut there; a line the quote does not close keeps it whole.
 */
/** A `cd`/`pushd` command (a command held in a variable and run after one runs there, not where it was set). */
const CD_COMMAND = /(?:^|[\s;&|(])(?:cd|pushd)\s/m;

/**
 * Whether a command held in NAME runs where it was set: its first use later in the script (`$NAME`,
 * `${NAME}`) comes with no `cd`/`pushd` between (the reviews of be19548 and 08b51a4: a loop's `cd "$d"`
 * then `$BUILD_CMD` runs it elsewhere; a `cd` after `$BUILD` has run does not move it).
 */
function runsWhereSet(name: string, restOfLine: string, after: () => string): boolean {
  const text = restOfLine + '\n' + after();
  const use = new RegExp(`\\$(?:\\{${name}\\}|${name}(?!\\w))`).exec(text);
  return use !== null && !CD_COMMAND.test(text.slice(0, use.index));
}

function withinQuote(line: string, m: RegExpExecArray, after: () => string = () => ''): RegExpExecArray {
  let quote: string | null = null;
  let opened = -1;
  // The quote open where the command starts (forUnquoted's scan, which reports only what lies outside one).
  for (let i = 0; i < m.index; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      opened = i;
    } else if (c === '\\') i++;
  }
  if (quote === null || m[1] === undefined) return m;
  // Only a shell's `-c` string whose first command it is: a `cd` before it in the string (`sh -c "cd web &&
  // docker build .."`) moves it where the line's reading does not follow, and `ssh host '...'` builds on
  // another machine (the review of 668fdba: both read from the step's directory, one out of the repository).
  // Or a command held in a variable to run later (clickhouse-sink-connector's build scripts: `DOCKER_CMD="docker
  // build -t ... -f ${DOCKERFILE} ${SRC_ROOT}"`, then `if ${DOCKER_CMD}`: the context kept the quote).
  // (Not when the script changes directory after it: the stored command runs there, a loop's `cd "$d"`
  // then `$BUILD_CMD`, the review of be19548, and where is not known here.)
  const head = line.slice(0, opened);
  const shellC = /(?:^|[\s;&|(])(?:ba|da|z|k)?sh\s+(?:-[a-z]+\s+)*-[a-z]*c\s*$/.test(head);
  const held = shellC ? null : /(?:^|[\s;&|(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=$/.exec(head);
  if (!(shellC || (held !== null && runsWhereSet(held[1], line.slice(m.index), after))) || line.slice(opened + 1, m.index).trim() !== '') return m;
  let end = -1;
  for (let i = 0; i < m[1].length; i++) {
    if (quote === '"' && m[1][i] === '\\') i++;
    else if (m[1][i] === quote) {
      end = i;
      break;
    }
  }
  if (end < 0) return m;
  const cut = [...m] as unknown as RegExpExecArray;
  cut.index = m.index;
  cut.input = m.input;
  cut[1] = m[1].slice(0, end);
  return cut;
}

/** Whether a script runs `docker build` on some line (not in a comment, not echoed). */
function runsDockerBuild(script: string): boolean {
  for (const raw of script.replace(/\\\n/g, ' ').split('\n')) {
    const line = withoutComment(raw);
    const m = DOCKER_BUILD_RE.exec(line);
    if (m && !echoedAt(line, m.index)) return true;
  }
  return false;
}

/**
 * Whether the text at `at` is an argument of `echo` or `printf`, not a command of its own
 * (RSD-as-a-service's `echo "docker build ... -f ${{inputs.dockerfile}} ${{inputs.docker_context}}"`,
 * printed before the real build: nine phantom builds, with `authentication"` for a context).
 */
function echoedAt(line: string, at: number): boolean {
  let start = 0;
  forUnquoted(line, at, (i) => {
    if (';|&(`'.includes(line[i])) start = i + 1;
  });
  return /^\s*(?:[A-Za-z_]\w*=\S*\s+)*(?:echo|printf)\b/.test(line.slice(start, at));
}

/** Calls `visit` with the index of each character of `line` before `end` that is outside quotes and not escaped; stops when it returns true. */
function forUnquoted(line: string, end: number, visit: (i: number) => boolean | void): void {
  let quote: string | null = null;
  for (let i = 0; i < end; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (visit(i) === true) return;
  }
}

/**
 * For each line of a script, how much of its start lies inside a string an earlier line opened (0: none;
 * its length and more: all of it). grimoire's `docker exec box bash -c '` runs the lines to its closing
 * `'` in another shell: a `cd` there moves none of this script's builds (sweep 54/K-F1). A heredoc's body
 * (`don't` in a note `cat <<EOF` writes) opens no string, nor does a comment; and when a string is never
 * closed, none is carried (a stray quote is read as before, line by line).
 */
// (`<<\EOF` quotes its word as `<<'EOF'` does: the review of 909b63b6, RA-R5.)
const HEREDOC_START = /<<(-?)\s*\\?(['"]?)([\w.-]+)\2/y;

function carriedStrings(lines: readonly string[]): number[] {
  const out = new Array<number>(lines.length).fill(0);
  let quote: string | null = null;
  let heredoc: { end: string; tabs: boolean } | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (heredoc !== null) {
      if ((heredoc.tabs ? line.replace(/^\t+/, '') : line).replace(/\r$/, '') === heredoc.end) heredoc = null;
      continue;
    }
    const opened = quote;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === quote) {
          quote = null;
          if (opened !== null && out[li] === 0) out[li] = i + 1;
        } else if (c === '\\' && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '\\') i++;
      else if (c === '#' && (i === 0 || /[\s;&|(]/.test(line[i - 1]))) break;
      else if (c === '<' && line.startsWith('<<', i) && line[i + 2] !== '<') {
        HEREDOC_START.lastIndex = i;
        const h = HEREDOC_START.exec(line);
        if (h !== null) heredoc = { end: h[3], tabs: h[1] === '-' };
      }
    }
    if (opened !== null && out[li] === 0) out[li] = line.length + 1;
  }
  return quote === null ? out : new Array<number>(lines.length).fill(0);
}

/**
 * At each position of `line`: 1 inside a double-quoted string, 2 inside a single-quoted one (where the shell
 * expands nothing), the quotes themselves included, as forUnquoted reads them; 0 outside.
 */
function quotedPositions(line: string): Uint8Array {
  const out = new Uint8Array(line.length + 1);
  let quote: string | null = null;
  let kind = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) {
      out[i] = kind;
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) out[++i] = kind;
    } else if (c === '"' || c === "'") {
      quote = c;
      kind = c === '"' ? 1 : 2;
      out[i] = kind;
    } else if (c === '\\') i++;
  }
  return out;
}

/**
 * A shell line without its comment: from a `#` that starts a word outside quotes (coolstore's
 * `# docker build -f ./src/web/Dockerfile ...`, a build it no longer runs; `docker build -t x . #
 * then push it`, whose last words are no context). A `#` inside a word (`${#a}`, `url#frag`) stays.
 */
function withoutComment(line: string): string {
  let cut = line.length;
  forUnquoted(line, line.length, (i) => {
    if (line[i] !== '#' || (i > 0 && !/[\s;&|(]/.test(line[i - 1]))) return false;
    cut = i;
    return true;
  });
  return line.slice(0, cut);
}

const COMPOSE_HEAD = /\bdocker(?:\s+compose|-compose)\b(.*)$/;

interface ComposeCommand {
  /** The -f files, relative to the workspace (or absolute); none when an --env-file may name them. */
  files: string[];
  envFiles?: string[];
  /** Literal variables the command line sets for it (`CONTEXT="dev" docker compose ...`): Compose interpolates with them. */
  env?: Record<string, string>;
  pullsFirst: boolean;
  /** Where the command runs, relative to the workspace. */
  cwd: string;
  /** `--project-directory DIR`, relative to the workspace (or absolute): where relative paths resolve. */
  projectDirectory?: string;
  /** The services it names (`up -d db`): only they, and for `up`/`run` what they depend on, are built. */
  services?: { names: string[]; dependencies: boolean };
  /** The service it runs as a foreground job that ends (`run SERVICE`, `up --exit-code-from SERVICE`), and its `-p` project name. */
  job?: { service: string; project?: string; ephemeral?: true };
  /** `docker compose build`: it builds and starts nothing (a job run of the same service may follow it). */
  buildOnly?: true;
}

/**
 * Options of `docker compose up`, `run` and `build` that take a value (compose's own flag lists):
 * the word after one is no service name. An option missing here would make its value read as a
 * service, which then matches no service and leaves the command building every one (the old reading).
 */
const COMPOSE_SUB_VALUE_FLAGS: Record<string, RegExp> = {
  up: /^(?:--scale|-t|--timeout|--exit-code-from|--attach|--no-attach|--pull|--wait-timeout)$/,
  run: /^(?:-e|--env|--env-from-file|-w|--workdir|-u|--user|--name|-p|--publish|--entrypoint|-v|--volume|-l|--label|--pull|--cap-add|--cap-drop)$/,
  build: /^(?:--build-arg|--builder|-m|--memory|--ssh|--progress)$/,
};

/**
 * The Compose files a command reads, absolute: its -f files, else those COMPOSE_FILE names in its
 * --env-files (game-scheduler's `docker compose --env-file tests/integration/env.int up --build`),
 * else none (the default files, which --all reads on its own).
 */
function composeFilesOf(c: ComposeCommand, root: string, environment: Record<string, string> = {}): string[] {
  if (c.files.length > 0) return c.files.map((f) => path.resolve(root, f));
  // No -f: COMPOSE_FILE, else the default names where it runs (veda-data-airflow's sm2a/Makefile:
  // `cp -r ../dags .` then `docker compose build`), not searched above (--all reads those itself).
  // (With --project-directory, the default names are looked for there.)
  const at = path.resolve(root, c.projectDirectory ?? c.cwd);
  // (COMPOSE_FILE set by the job's env, the script, or the command's own line: nginx-proxy-manager's
  // scripts/start-dev, `export COMPOSE_FILE=docker/docker-compose.dev.yml`, then `docker compose up -d --build`.)
  return composeFilesFromEnv(at, (c.envFiles ?? []).map((f) => path.resolve(root, f)), { ...environment, ...(c.env ?? {}) }) ?? findComposeFiles(at, false);
}

/**
 * The literal variables set on a command line before its command, from the text before the
 * command on its line (openslides-backend's Makefile: `CONTEXT="dev" docker compose -f ... up`,
 * whose Compose file says `target: ${CONTEXT}`). A make recipe line may start with @ or -, and
 * `env A=b cmd` says the same; anything else before the command sets nothing.
 */
function commandEnv(before: string): Record<string, string> {
  // The segment of the line this command starts: after the last `&&`, `||`, `;`, `|` or `(` outside `$( )`.
  let segment = before;
  for (let depth = 0, i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '(' && before[i - 1] === '$') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || c === '|' || c === '&' || c === '(')) segment = before.slice(i + 1);
  }
  segment = segment.replace(/^\s*[@-]*(?:env\s+)?/, '');
  // NAME=value ..., a value of quoted parts, `$(...)`/`$$(...)` substitutions (openslides-backend's
  // `USER_ID=$$(id -u $${USER})`) and plain characters; anything else before the command sets nothing.
  const assignment = /([A-Za-z_]\w*)=((?:"[^"]*"|'[^']*'|\$\$?\([^()]*\)|[^\s"'])*)\s*/y;
  const env: Record<string, string> = {};
  let at = 0;
  for (let m = assignment.exec(segment); m !== null && m.index === at; m = assignment.exec(segment)) {
    at = assignment.lastIndex;
    const value = m[2].replace(/"([^"]*)"|'([^']*)'/g, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
    // A value the shell expands is not known here.
    if (!/[$`]|\{\{/.test(value)) env[m[1]] = value;
  }
  return segment.slice(at).trim() === '' ? env : {};
}

/**
 * `docker compose -f A [-f B ...] build`, `... up` or `... run` (not `--no-build`: on a CI runner
 * they build every image a service builds) in a run script: the files (relative to the workspace,
 * in order) of each invocation that names one with `-f`, its `--env-file`s and `--project-directory`.
 * One that reads a file from stdin or expands a variable is left out.
 */
function composeCommands(script: string, workdir = '.', rootCd?: RegExp, ephemeral = false): ComposeCommand[] {
  const out: ComposeCommand[] = [];
  for (const { line, m, cwd } of commandLines(script, workdir, COMPOSE_HEAD, rootCd)) {
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, '$1'));
    const env = commandEnv(line.slice(0, m.index));
    const files: string[] = [];
    const envFiles: string[] = [];
    let sub: string | null = null;
    let builds = false;
    let forced = false;
    let noBuild = false;
    let unknown = false;
    let projectDirectory: string | undefined;
    const services: string[] = [];
    let noDeps = false;
    let withDeps = false;
    let project: string | undefined;
    let notAJob = false;
    let exitCodeFrom: string | undefined;
    let abortOnExit = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name: string) => (w === name ? words[++i] : w.startsWith(name + '=') ? w.slice(name.length + 1) : undefined);
      if (sub === null) {
        const f = value('-f') ?? value('--file');
        const e = f === undefined ? value('--env-file') : undefined;
        if (f !== undefined) files.push(f);
        // nestjs-boilerplate's e2e job: `docker compose -f docker-compose.relational.ci.yaml --env-file env-example-relational ... up --build`.
        else if (e !== undefined) envFiles.push(e);
        else if (/^--project-directory(?:=|$)/.test(w)) {
          // supabase/storage's `docker compose --project-directory . -f ./.docker/docker-compose-infra.yml ... up --build`:
          // the files' relative paths from there. One the shell expands is unknown here.
          projectDirectory = value('--project-directory');
          if (projectDirectory === undefined || projectDirectory === '' || /\$|\{\{/.test(projectDirectory)) unknown = true;
        }
        else if (/^-(?:p|-project-name)$/.test(w)) project = words[++i];
        else if (w.startsWith('--project-name=')) project = w.slice('--project-name='.length);
        else if (/^-(?:-profile|-ansi|-progress|-parallel)$/.test(w)) i++;
        else if (!w.startsWith('-')) sub = w;
        continue;
      }
      // `up` and `run` build a service's missing image, and a CI runner starts with none
      // (fullstack-project's integration-tests.yml: `docker-compose -f docker-compose.hybrid.yml up -d`).
      if ((sub === 'up' || sub === 'run') && w === '--build') forced = true;
      if ((sub === 'up' || sub === 'run') && w === '--no-build') noBuild = true;
      // The services it names: only those are built (full-stack-fastapi-template's `docker compose up
      // -d db mailpit` builds neither), with what they depend on unless --no-deps (`build` only with
      // --with-dependencies). `run SERVICE CMD...`: the words after the service are its command.
      if (sub === 'up' || sub === 'run' || sub === 'build') {
        // A job in the foreground that ends: `run SERVICE` (not detached, no published ports), `up
        // --exit-code-from SERVICE` (not detached).
        if (/^(?:-d|--detach(?:=true)?|--wait|--service-ports|-p|--publish(?:=.*)?)$/.test(w)) notAJob = true;
        if (sub === 'up' && (w === '--exit-code-from' || w.startsWith('--exit-code-from='))) exitCodeFrom = w === '--exit-code-from' ? words[i + 1] : w.slice('--exit-code-from='.length);
        // Every container the command starts stops when one exits (seaweedfs' test/foundationdb Makefile:
        // `docker-compose -f docker-compose.simple.yml up --build --abort-on-container-exit`; sweep 47/B-F1).
        // (Not --abort-on-container-failure: a container that exits 0 leaves the others running; the review of c4197bc5.)
        if (sub === 'up' && /^--abort-on-container-exit(?:=true)?$/.test(w)) abortOnExit = true;
        if (w === '--no-deps') noDeps = true;
        else if (w === '--with-dependencies') withDeps = true;
        else if (COMPOSE_SUB_VALUE_FLAGS[sub].test(w)) i++;
        else if (!w.startsWith('-')) {
          services.push(w);
          if (sub === 'run') break;
        }
      }
    }
    if (sub === 'build' || forced || ((sub === 'up' || sub === 'run') && !noBuild)) builds = true;
    // `up --exit-code-from "$svc" "$svc"` in a shell function (iggy's run-bdd-tests.sh, called once per
    // suite): whichever service it names, it runs that one as a foreground job that ends; which one is
    // known only when it runs, so every service of the files may be it (sweep 51/K-F4).
    if (sub === 'up' && exitCodeFrom !== undefined && /^\$\{?\w+\}?$/.test(exitCodeFrom) && services.length === 1 && services[0] === exitCodeFrom) {
      services.length = 0;
      exitCodeFrom = '*';
    }
    // No -f: COMPOSE_FILE of an --env-file, or the default names where it runs (composeFilesOf).
    if (!builds || unknown || [...files, ...envFiles].some((f) => f === '-' || /\$|\{\{/.test(f))) continue;
    const at = (f: string) => (path.posix.isAbsolute(f) ? f : path.posix.join(cwd, f));
    // On a runner the job's end throws away (GitHub's hosted runners), a detached or serving `up`/`run`
    // is as much a job: what it serves no one outside reaches, and the image goes with the machine
    // (SQLPage's ci.yml: `docker compose up --wait postgres` of a test database; its committed dev key was
    // an error; sweep 50/E-F1).
    const jobService = notAJob && !ephemeral ? undefined : sub === 'run' ? services[0] : sub === 'up' ? (exitCodeFrom ?? (abortOnExit || (ephemeral && services.length !== 1) ? '*' : ephemeral ? services[0] : undefined)) : undefined;
    const job = jobService !== undefined && (jobService === '*' || /^[\w.-]+$/.test(jobService)) && (project === undefined || /^[a-z0-9][a-z0-9_-]*$/.test(project)) ? { service: jobService, ...(project !== undefined ? { project } : {}), ...(ephemeral ? { ephemeral: true as const } : {}) } : undefined;
    // Without --build, a service with an `image:` is pulled, not built (juice-shop's smoke test `up`s
    // bkimminich/juice-shop:latest; fullstack-project's services have no image and are built).
    out.push({ files: files.map(at), ...(envFiles.length > 0 ? { envFiles: envFiles.map(at) } : {}), ...(Object.keys(env).length > 0 ? { env } : {}), pullsFirst: sub !== 'build' && !forced, cwd, ...(projectDirectory !== undefined ? { projectDirectory: at(projectDirectory) } : {}), ...(services.length > 0 ? { services: { names: services, dependencies: sub === 'build' ? withDeps : !noDeps } } : {}), ...(job !== undefined ? { job } : {}), ...(sub === 'build' ? { buildOnly: true as const } : {}) });
  }
  return out;
}

const BAKE_HEAD = /\bdocker\s+(?:buildx\s+)?bake\b(.*)$/;
/** A path in the runner's temporary directory: `$RUNNER_TEMP/x`, `${RUNNER_TEMP}/x`, `${{ runner.temp }}/x`, `/tmp/x`, `$TMPDIR/x`. */
const RUNNER_TEMP = /^["']?(?:\$\{?RUNNER_TEMP\}?|\$\{\{\s*runner\.temp\s*\}\}|\$\{?TMPDIR\}?|\/tmp)(?:\/|["']?$)/;

/** Whether a Compose file names a variable (`${NAME}`, `${NAME-d}`, `$NAME`). An unreadable file does not. */
function readsVariable(file: string, name: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  try {
    const text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
    return new RegExp(`\\$(?:\\{${name}(?![\\w])|${name}(?![\\w]))`).test(text);
  } catch {
    return false;
  }
}

/**
 * `docker buildx bake -f FILE [TARGET...]` in a run script (adopt-dont-shop's deploy workflow bakes
 * docker-compose.yml for its services): the files (relative to the workspace) and targets of each
 * invocation that names its files with `-f`, builds (not `--print`, `--list` or `--call`), and reads
 * the checkout (no remote source). Without `-f`, bake reads its default files, which `--all` reads on
 * its own.
 */
function bakeCommands(script: string, workdir = '.', rootCd?: RegExp): { files: string[]; targets: string[]; cwd: string }[] {
  const out: { files: string[]; targets: string[]; cwd: string }[] = [];
  for (const { m, cwd } of commandLines(script, workdir, BAKE_HEAD, rootCd)) {
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, '$1'));
    const files: string[] = [];
    const targets: string[] = [];
    let skip = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name: string) => (w === name ? words[++i] : w.startsWith(name + '=') ? w.slice(name.length + 1) : undefined);
      // Glued too (`-f-`, static-php-cli's `docker build ... -f- . <<EOF`), as docker's flag parser reads it.
      const f = value('-f') ?? value('--file') ?? (/^-f[^=]/.test(w) ? w.slice(2) : undefined);
      if (f !== undefined) files.push(f);
      else if (/^--(?:print|list|call|check)(?:=|$)/.test(w)) skip = true;
      else if (/^--(?:set|builder|metadata-file|progress|provenance|sbom|allow|var)$/.test(w)) i++;
      else if (!w.startsWith('-')) targets.push(w);
    }
    // A remote source first (`docker buildx bake https://github.com/o/r.git#main`) is no checkout's.
    if (targets.length > 0 && /^(?:https?:\/\/|git@|git:\/\/|github\.com\/)/.test(targets[0])) skip = true;
    if (skip || files.length === 0 || [...files, ...targets].some((x) => x === '-' || /\$(?!\{\{)/.test(x))) continue;
    out.push({ files, targets, cwd });
  }
  return out;
}

/**
 * `docker build` / `docker buildx build` / `docker image build`, docker's global options allowed before the subcommand
 * (notifications-backend's `docker --config="$DOCKER_CONF" build ...`).
 */
// (Not a word of another command: renovate's `pnpm build:docker build ...`, `yarn docker build`, `make
// docker build` run a script or a target named docker: sweep 47/w2-H-F2.)
const DOCKER_BUILD = String.raw`(?<![\w:.-])(?<!\b(?:yarn|npm|pnpm|bun|npx|make|just|task|nx|turbo|run|rake|mage|earthly)\s+)docker\s+(?:(?:--[\w-]+=\S+|(?:--config|--context|-c|-H|--host|--log-level|-l)\s+\S+|--tls\w*|-D|--debug)\s+)*(?:buildx\s+|image\s+)?build\b`;
const DOCKER_BUILD_RE = new RegExp(DOCKER_BUILD);
/** `git archive` of a whole commit (a ref, no path) piped into the command that follows. */
const GIT_ARCHIVE_INTO = /\bgit\s+archive\s+(?:--format[= ]tar\s+|-[-\w=]*\s+)*[\w./@^~{}-]+\s*\|\s*(?:[A-Za-z_]\w*=\S*\s+)*$/;

/** `docker build` / `docker buildx build` in a run script: its -f, --target, --build-arg and context. */
function dockerBuildCommands(
  script: string,
  workdir = '.',
  rootCd?: RegExp,
  head = new RegExp(`${DOCKER_BUILD}(.*)$`),
  fileVars = false,
  absRoot?: string,
): { file?: string; fileGlob?: true; fileVar?: string; stdin: boolean; stdinFile?: string; untilHere?: () => string; context: string; target?: string; args: Record<string, string>; argsAtRunTime: Record<string, string>; namedContexts: Record<string, string>; legacyByLine: boolean; buildx: boolean; localNames: string[] | null; localByIdFile?: true; stageUnknown?: true; gitArchive?: true; untagged?: true; tags?: string[] }[] {
  const out = [];
  // What an array may hold, read once a script (not once a build line: a script of many such lines).
  // (The script's array assignments read in one pass, when a build line expands one: the review of 6ccf5e71,
  // RA-R4, a pass per array name.)
  let arrays: ReturnType<typeof arrayAssignments> | undefined;
  // The words of the variables set only to flags a build line names.
  const arrayWordsOf = new Map<string, string>();
  // What flagValues says of each name a build line uses as a word.
  const flagsHeld = new Map<string, string | null>();
  const mayHold = (name: string, what: 'file' | 'target') => {
    arrays ??= arrayAssignments(script);
    const words = arrayWordsOf.get(name) ?? arrays.words.get(name);
    // None read (`read -ra name`, an array from another file, or past the count read): it may hold anything.
    if (words === undefined) return true;
    return (what === 'file' ? /(?:^|[\s"'(])(?:-f|--file)(?=[\s"'=)]|$)/ : /(?:^|[\s"'(])--target(?=[\s"'=)]|$)/).test(words);
  };
  for (const { line, m, cwd, before: untilHere } of commandLines(script, workdir, head, rootCd, absRoot)) {
    // Redirections are no arguments (conductor's `docker buildx build ... . > /tmp/docker-build.log 2>&1`
    // made `2>` the context): dropped with their targets, then the command ends at ; & |.
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, '$1'));
    // The last word of a subshell or a command substitution keeps its closing parenthesis (`(... .)`,
    // stable-diffusion-grpcserver's `$(docker build -q . -f Dockerfile.protoc)`, whose -f was read as
    // `Dockerfile.protoc)`): not part of the word, and no word when it stands alone.
    // (Nested ones too, written apart: `$( (docker build -q -f x/Dockerfile .) )`.)
    while (words.length > 0 && /^\)+$/.test(words[words.length - 1])) words.pop();
    const last = words.length - 1;
    if (last >= 0 && /\)$/.test(words[last]) && !words[last].includes('(')) {
      words[last] = words[last].replace(/\)+$/, '');
      if (words[last] === '') words.pop();
    }
    let file: string | undefined;
    let target: string | undefined;
    const args: Record<string, string> = {};
    const argsAtRunTime: Record<string, string> = {};
    const named: Record<string, string> = {};
    const positional: string[] = [];
    const tags: string[] = [];
    let idFile: string | undefined;
    const arrays: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name: string) => (w === name ? words[++i] : w.startsWith(name + '=') ? w.slice(name.length + 1) : undefined);
      // Glued too (`-f-`, static-php-cli's `docker build ... -f- . <<EOF`), as docker's flag parser reads it.
      const f = value('-f') ?? value('--file') ?? (/^-f[^=]/.test(w) ? w.slice(2) : undefined);
      if (f !== undefined) {
        file = f;
        continue;
      }
      const t = value('--target');
      if (t !== undefined) {
        target = t;
        continue;
      }
      const a = value('--build-arg');
      if (a !== undefined) {
        const eq = a.indexOf('=');
        // A value the shell expands (`"CLIENT_DIR=${CLIENT_DIR}"`, AdGuardHome) is unknown here: left
        // out, as an expression in a build-push-action's build-args is.
        if (eq > 0 && !a.includes('$')) args[a.slice(0, eq)] = a.slice(eq + 1);
        else if (eq > 0) argsAtRunTime[a.slice(0, eq)] = a.slice(eq + 1);
        continue;
      }
      // `--build-context name=value` (amrc-connectivity-stack's `lib=./lib`): its COPY --from sources are checked there.
      const bc = value('--build-context');
      if (bc !== undefined) {
        const eq = bc.indexOf('=');
        if (eq > 0 && !/\$|\{\{/.test(bc)) named[bc.slice(0, eq)] = bc.slice(eq + 1);
        continue;
      }
      // Glued too (`-tghcr.io/acme/app:1`), as docker's flag parser reads it.
      const tag = value('-t') ?? value('--tag') ?? (/^-t[^=-]/.test(w) ? w.slice(2) : undefined);
      if (tag !== undefined) {
        tags.push(tag);
        continue;
      }
      // The file the image's id is written to: an untagged image is run by it (kolibri's `docker run \`cat docker-whl.iid\``).
      const iid = value('--iidfile');
      if (iid !== undefined) {
        idFile = iid;
        continue;
      }
      // Flags with a value we do not use; boolean flags take none.
      // (`--annotation index:...=https://...`, knative/func's release build: its value was read as the context.)
      if (/^-(-platform|-label|-cache-from|-cache-to|-output|o|-secret|-ssh|-network|-progress|-metadata-file|-shm-size|-ulimit|-add-host|-annotation|-attest|-builder|-call|-cgroup-parent|-no-cache-filter|-isolation|-security-opt|-memory|-memory-swap|m|-cpu-shares|-cpuset-cpus|-cpuset-mems|-cpu-period|-cpu-quota)$/.test(w)) {
        i++;
        continue;
      }
      // `-` alone is stdin as the context (`git archive HEAD | docker build -t x -`), not a flag.
      if (w.startsWith('-') && w !== '-') continue;
      // The script's own arguments passed on (gprofiler's `docker buildx build -f container.Dockerfile
      // ... . "$@"`): more flags from its caller, not the context.
      if (/^"?\$(?:@|\*|\{@\}|\{\*\})"?$/.test(w)) continue;
      // An array the script fills (apache/hop's docker/build-hop-images.sh: `local build_args=( ... "--file"
      // "$SCRIPT_DIR/unified.Dockerfile" "--target" "$stage_name" ...)`, then `docker build "${build_args[@]}"
      // "$PROJECT_ROOT"`), left unexpanded: its words may hold the -f and the --target (sweep 53/Y-F1: the
      // directory's own Dockerfile was audited in their place, two CTX101 errors on a healthy build).
      const array = /^"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?$/.exec(w);
      if (array !== null) {
        arrays.push(array[1]);
        continue;
      }
      // A variable the script sets only to flags (kellnr's `TAGS="-t $IMAGE:$VERSION"`, then `docker buildx
      // build . ... -f "$dockerfile" $tags`): flags, not the context; it may hold a -f or a --target as an array may.
      // (Each name read once a script, at most 64 names: a line of 20,000 variables scanned the script for each;
      // the review of 9364bcc7, RA-R4.)
      const flags = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(w);
      const flagName = flags === null ? null : (flags[1] ?? flags[2]);
      if (flagName !== null && !flagsHeld.has(flagName) && flagsHeld.size < 64) flagsHeld.set(flagName, flagValues(script, flagName));
      const held = flagName === null ? null : (flagsHeld.get(flagName) ?? null);
      if (held !== null) {
        arrayWordsOf.set(flags?.[1] ?? flags?.[2] ?? '', held);
        arrays.push(flags?.[1] ?? flags?.[2] ?? '');
        continue;
      }
      positional.push(w);
    }
    // Not known which Dockerfile it builds: left out, as a `-f $VAR` is below.
    if (file === undefined && arrays.some((a) => mayHold(a, 'file'))) continue;
    const context = positional[positional.length - 1];
    // A context, Dockerfile or stage the shell expands (argo-workflows: `--target $TARGET`, set from the
    // job's matrix) is unknown here: the build is left out, not audited with the literal `$TARGET`.
    // `fileVars` (a recipe, for suggest): a `-f` naming a variable is a pattern of Dockerfiles
    // (notifications-backend's build_deploy.sh: `-f docker/Dockerfile.${IMAGE_NAME}.jvm` from the root).
    const fileGlob = fileVars && file !== undefined && /\$/.test(file) && !/\{\{|[*?[]/.test(file);
    // A recipe's stage from a variable its caller sets (docker/secrets-engine's Makefile: `--target=$(DOCKER_TARGET)`,
    // `DOCKER_TARGET=${{ matrix.subtest }} make ...`): the context and Dockerfile still place the build; its stage is unknown.
    // (Or one an unexpanded array may hold: Y-F1's `"--target" "$stage_name"`.)
    const stageUnknown = fileVars && ((target !== undefined && /\$/.test(target) && !/\{\{/.test(target)) || (target === undefined && arrays.some((a) => mayHold(a, 'target')))) && !fileGlob;
    if (stageUnknown) target = undefined;
    // `git archive [--format=tar] HEAD | docker build ... -` (hypothesis/lms' Makefile and release
    // workflow): the context is the commit's files on stdin, no .git, the Dockerfile the tar's.
    const fromGitArchive = context === '-' && fileVars && GIT_ARCHIVE_INTO.test(line.slice(0, m.index)) && (file === undefined || !/\$|\{\{/.test(file));
    if (fromGitArchive) {
      out.push({ file: file === undefined ? undefined : path.posix.join(cwd, file), stdin: false, context: cwd, target, args, argsAtRunTime, namedContexts: {}, legacyByLine: false, buildx: false, localNames: null, gitArchive: true as const });
      continue;
    }
    if (context === undefined || context === '-' || /\$|\{\{/.test(context + (fileGlob ? '' : (file ?? '')) + (target ?? ''))) continue;
    // Both relative to the script's directory (`-f` too: the CLI resolves it against its own).
    const at = (p: string) => (path.posix.isAbsolute(p) ? p : path.posix.join(cwd as string, p));
    // `DOCKER_BUILDKIT=0 docker build` on the line itself; `docker buildx build` is BuildKit whatever it says.
    const buildx = /\bbuildx\b/.test(line.slice(m.index, m.index + m[0].length - m[1].length));
    const legacyByLine = !buildx && /\bDOCKER_BUILDKIT=(?:0|f|F|false|FALSE|False)\s+(?:\S+=\S*\s+)*$/.test(line.slice(0, m.index));
    const asPattern = (f: string) => f.replace(/\$\$?(?:\{\w+\}|\(\w+\)|\w+)/g, '*');
    const namedContexts = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, isLocalContextValue(v) ? at(v) : v]));
    // `-f -` fed from a file of the repository: `docker build -f - . < docker/Dockerfile.ci`, `cat F | docker
    // build -f - .` (acme2certifier's deployment-upgrade workflow): that file's text is the Dockerfile. With
    // variables set for the build between them (cluster-api's `cat ./Dockerfile | DOCKER_BUILDKIT=1 docker
    // build ... --file -`, skipped as text make fills in; sweep 49/D-F7), and through `sudo` or `env` (the review of stop 49, C5).
    let stdinFile: string | undefined;
    if (file === '-') {
      const src = /(?:^|\s)0?<\s*(?!<)([^\s;&|<>]+)/.exec(untilCommandEnd(m[1]))?.[1] ?? /(?:^|[\s;&|(])cat\s+([^\s;&|<>]+)\s*\|\s*(?:sudo\s+(?:-[A-Za-z]+\s+)*)?(?:env\s+(?:-[A-Za-z]+\s+)*)?(?:[A-Za-z_]\w*=[^\s;&|<>]*\s+)*$/.exec(line.slice(0, m.index))?.[1];
      const unquoted = src?.replace(/^(['"])(.*)\1$/, '$2');
      if (unquoted !== undefined && !/[$`{}*?]|^-/.test(unquoted)) stdinFile = at(unquoted);
    }
    // A stage built with no name and nothing that ships or records it (rancher/webhook's `docker buildx
    // build --file package/Dockerfile --target test .`, run for its go test): an image no one can use.
    // Only a stage named by --target: the last stage is what a platform that builds the repository ships.
    // (Not when a word the shell expands may hold a tag or a push, `$TAGS`, `"${ARGS[@]}"`, `"$@"`, but
    // a build arg's value; nor when the line captures what the build prints, `$(docker build ...)`:
    // the review of a65a0e5.)
    const expands = words.some((w, i) => w.includes('$') && !/^--build-arg(?:=|$)/.test(w) && words[i - 1] !== '--build-arg');
    const captured = /\$\([^)]*$|`[^`]*$/.test(line.slice(0, m.index));
    // (Of the last stage too, with no --target: netdata's `docker build -f .github/dockerfiles/Dockerfile.clang .`,
    // a compile check; discover.ts decides whether a platform may ship that stage unseen.)
    const untagged = tags.length === 0 && idFile === undefined && !stageUnknown && !expands && !captured && !buildPushes(words) && !words.some((w) => /^(?:-q|--quiet|--metadata-file|--load)(?:=|$)/.test(w));
    // The one variable a `-f` names whole (`-f "${dockerfile_name}"`), for the values a script gives it.
    const fileVar = fileGlob ? /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(file as string) : null;
    out.push({ file: file === undefined ? undefined : isRemoteContext(context) ? remoteDockerfile(context, file) : at(fileGlob ? asPattern(file) : file), ...(fileGlob ? { fileGlob: true as const } : {}), ...(fileVar ? { fileVar: fileVar[1] ?? fileVar[2] } : {}), untilHere, stdin: file === '-', ...(stdinFile !== undefined ? { stdinFile } : {}), context: isRemoteContext(context) ? context : at(context), target, args, argsAtRunTime, namedContexts, legacyByLine, buildx, ...(stageUnknown ? { stageUnknown: true as const } : {}), ...(untagged ? { untagged: true as const } : {}), ...(tags.length === 0 && idFile !== undefined ? { localByIdFile: true as const } : {}), tags, localNames: tags.length === 0 && idFile !== undefined ? (buildPushes(words) || !/^[\w.-]+(?:\/[\w.-]+)*$/.test(idFile) ? null : [idFile]) : localImageNames(tags, buildPushes(words)) });
  }
  return out;
}

/**
 * The words a script puts in each array (`name=(...)`, `local name=(...)`, `name+=(...)`, over lines),
 * every assignment of a name joined, in one pass: what a `"${name[@]}"` on a build line may hold. Each
 * assignment is read to its closing parenthesis past quotes and `$(...)` (`"VERSION=$(cat VERSION)"` before
 * a `--file`: the review of 6ccf5e71, RA-R2), at most 4 KiB; at most 1,024 assignments are read.
 */
function arrayAssignments(script: string): { words: Map<string, string> } {
  const words = new Map<string, string>();
  let n = 0;
  for (const m of script.matchAll(/(?:^|[\s;&|(])([A-Za-z_]\w*)\+?=\(/g)) {
    if (++n > 1024) break;
    const from = (m.index as number) + m[0].length;
    const end = closingParen(script, from, from + 4096);
    words.set(m[1], `${words.get(m[1]) ?? ''} ${script.slice(from, end)}`.slice(0, 16_384));
  }
  return { words };
}

/**
 * A build's context as read from a script, absolute; a URL as it is (ghz's workflow step: `docker build
 * https://github.com/bojand/ghz.git` was the checkout's `https:/github.com/...`, "a step before the build
 * makes it"; sweep 55/O-F3): BuildKit fetches it, and `--all` lists it as a remote context.
 */
function contextAt(root: string, context: string): string {
  return isRemoteContext(context) ? context : path.resolve(root, context);
}

/**
 * A `-f` of a URL context: a name within it, as docker reads it (not a path of the checkout; the review of
 * 89a7cef2, RB-R5). Absolute against the URL resolved as a path, which is how --allow-url-contexts takes a
 * Dockerfile back into the fetched context (src/inputs/url-targets.ts: relative to path.resolve(context)).
 */
function remoteDockerfile(context: string, file: string): string {
  return path.resolve(path.resolve(context), file);
}

/** A shell function's header: `name() {`, `function name {`, `function name() {` (its body may follow on the line). */
const FUNCTION_HEADER = /^\s*(?:function\s+([A-Za-z_][\w.:-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w.:-]*)\s*\(\s*\))\s*(\{.*)?$/;

/** `$1`..`$9`, `${1}`.., `$@`, `$*`, `"$@"` (a positional parameter's use). */
const POSITIONAL = /"\$(?:\{[@*]\}|[@*])"|\$(?:\{([1-9])\}|([1-9])|\{[@*]\}|[@*])/g;

/**
 * A script with each call of a function that builds from its arguments followed by the function's body,
 * the call's words in place of `$1`..`$9`, `$@` and `$*`: kellnr's build_and_push.sh runs
 * `build_and_push_image "./docker/Dockerfile" ...`, whose body does `cd ..` and `docker buildx build .
 * -f "$dockerfile"` (`local dockerfile=$1`); the build was read only where the function is defined, its
 * Dockerfile unknown, and not found (sweep 54/L-F5). The body runs where the call is, as bash runs it (its
 * `cd` holds after it). The definition is still read where it is, as a subshell (`(` ... `)`): a call this
 * does not expand (in a loop, after `&&`, through another function) may run it, and its `cd` moves nothing
 * after it, as a definition runs nothing (the review of 9364bcc7, RA-R1, RA-R2). Only a function whose body
 * names docker and a positional parameter outside single quotes, and runs no `shift` or `set --` (RA-R3);
 * only a call that is a whole line (a `;` or `|| exit 1` after it allowed), not a function's header; the
 * inserted bodies not read again for calls. Bounded (RA-R4): 64 functions of 400 lines, 20,000 lines looked
 * at for bodies, 256 calls and 4,096 lines inserted.
 */
function withFunctionCalls(script: string): string {
  if (!/\bdocker/.test(script) || !/\$\{?[1-9@*]/.test(script)) return script;
  const lines = script.split('\n');
  type Fn = { from: number; to: number; open: number; openAt: number; closeAt: number; body: string[]; size: number };
  const bodies = new Map<string, Fn>();
  const headers = new Set<number>();
  let looked = 0;
  for (let i = 0; i < lines.length && bodies.size < 64 && looked < 20_000; i++) {
    // (Not a line with a long run of blanks: the header's adjacent `\s*`s backtracked quadratically on one; the
    // review of d799c325, RD-R4.)
    const h = lines[i].length > 4096 || /\s{64}/.test(lines[i]) ? null : FUNCTION_HEADER.exec(lines[i]);
    if (h === null) continue;
    headers.add(i);
    let rest = h[3];
    let at = i;
    if (rest === undefined) {
      if (i + 1 >= lines.length || !/^\s*\{/.test(lines[i + 1])) continue;
      rest = lines[++at];
    }
    const restAt = lines[at].length - rest.length;
    // The body to the brace that closes the first (a `${VAR}` opens and closes its own).
    const body: string[] = [];
    let depth = 0;
    let end = -1;
    let closeAt = -1;
    for (let j = at; j < lines.length && j < at + 400; j++) {
      looked++;
      const text = j === at ? rest : lines[j];
      let cut = -1;
      forUnquoted(text, text.length, (k) => {
        if (text[k] === '{') depth++;
        else if (text[k] === '}' && --depth === 0) {
          cut = k;
          return true;
        }
        return false;
      });
      const part = j === at ? text.slice(text.indexOf('{') + 1, cut === -1 ? undefined : cut) : cut === -1 ? text : text.slice(0, cut);
      body.push(part);
      if (cut !== -1) {
        end = j;
        closeAt = j === at ? restAt + cut : cut;
        break;
      }
    }
    // (Not closed within its 400 lines: on from the next line, not from past them, a header of its own there.)
    if (end === -1) continue;
    const name = h[1] ?? h[2];
    // Names the body gives its parameters (`local dockerfile=$1`), each set once: read as the parameter.
    const aliases = new Map<string, string>();
    for (const b of body) {
      const a = /^\s*(?:local\s+|declare\s+|readonly\s+)?([A-Za-z_]\w*)=("?)\$(?:\{([1-9])\}|([1-9]))\2\s*;?\s*$/.exec(b);
      // (At most 16 names, each checked once against the body: 400 such lines were 160,000 checks.)
      if (a !== null && aliases.size < 16 && !aliases.has(a[1]) && body.filter((x) => new RegExp(`(?:^|[\\s;&|(])${a[1]}\\+?=`).test(x)).length === 1) aliases.set(a[1], a[3] ?? a[4]);
    }
    // (Each line's quotes read once: once per replacement was quadratic; the review of d799c325, RD-R2.)
    const aliasRe = aliases.size === 0 ? null : new RegExp(`\\$(?:\\{(${[...aliases.keys()].join('|')})\\}|(${[...aliases.keys()].join('|')})(?!\\w))`, 'g');
    const named = aliasRe === null ? body : body.map((b) => {
      const q = quotedPositions(b);
      return b.replace(aliasRe, (m: string, x: string | undefined, y: string | undefined, off: number) => (q[off] === 2 ? m : `$${aliases.get((x ?? y) as string)}`));
    });
    const positional = named.some((b) => {
      const q = quotedPositions(b);
      return [...b.matchAll(POSITIONAL)].some((m) => q[m.index as number] !== 2);
    });
    const shifts = named.some((b) => /(?:^|[\s;&|(])(?:shift|set\s+--)(?=$|[\s;&|)])/.test(b));
    if (/\bdocker\b/.test(named.join('\n')) && positional && !shifts) bodies.set(name, { from: i, to: end, open: at, openAt: restAt + rest.indexOf('{'), closeAt, body: named, size: named.reduce((n, b) => n + b.length + 1, 0) });
    i = end;
  }
  if (bodies.size === 0) return script;
  // The calls: a line that is a function's name and its words (and a `;` or `|| exit 1`), outside its own
  // body, not a function's header (a function defined twice: the first header is no call of the second).
  const calls = new Map<number, { f: Fn; words: string[] }>();
  let inserted = 0;
  for (let i = 0; i < lines.length && calls.size < 256; i++) {
    const name = headers.has(i) ? null : /^\s*([A-Za-z_][\w.:-]*)(?=\s|$)/.exec(lines[i]);
    const f = name === null ? undefined : bodies.get(name[1]);
    // (Bounded by the characters inserted, not the lines: one long line called 256 times; the review of d799c325, RD-R3.)
    if (name === null || f === undefined || (i >= f.from && i <= f.to) || lines[i].length > 4096 || inserted + f.size > 65_536) continue;
    let rest = lines[i].slice(name[0].length).trimEnd().replace(/;$/, '');
    rest = rest.replace(/\|\|\s*(?:exit|return)\b[^;&|]*$/, '');
    if (/[;&|<>]/.test(rest.replace(/"[^"]*"|'[^']*'/g, ''))) continue;
    calls.set(i, { f, words: shellWords(rest) });
    inserted += f.size;
  }
  const called = new Set([...calls.values()].map((c) => c.f));
  const out: string[] = [];
  const quoted = (w: string) => (w === '' || /["'\s]/.test(w) ? `"${w.replace(/["\\]/g, '\\$&')}"` : w);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A called function's definition, as a subshell: its braces `(` and `)`.
    const def = [...called].find((f) => i >= f.from && i <= f.to);
    if (def !== undefined) {
      // `(` and `)` each on a line of their own, what the braces' lines hold besides on lines between (`build() {
      // cd sub` made `( cd sub`, no subshell that outlives its line, and the cd leaked; the review of d799c325, RD-R1).
      let text = line;
      let after = '';
      if (i === def.to) {
        after = text.slice(def.closeAt + 1);
        text = text.slice(0, def.closeAt);
      }
      if (i === def.open) {
        out.push(`${' '.repeat(def.openAt)}(`);
        text = text.slice(def.openAt + 1);
      } else if (i === def.from) text = ':';
      if (text.trim() !== '') out.push(text);
      if (i === def.to) {
        out.push(')');
        if (after.trim() !== '') out.push(after);
      }
      continue;
    }
    const call = calls.get(i);
    if (call === undefined) {
      out.push(line);
      continue;
    }
    // The call's line becomes a no-op (`:`) followed by the body.
    out.push(`${line.slice(0, line.length - line.trimStart().length)}:`);
    for (const b of call.f.body) {
      // Unquoted, a parameter's words are split again (`$build_args` holding `--build-arg V=1`); in a
      // double-quoted string it stays one word; `"$@"` is each word quoted; in single quotes, nothing.
      const inQuotes = quotedPositions(b);
      out.push(b.replace(POSITIONAL, (m, a: string | undefined, b2: string | undefined, at: number) => {
        if (inQuotes[at] === 2) return m;
        const n = a ?? b2;
        if (n === undefined) return m.startsWith('"') ? call.words.map(quoted).join(' ') : call.words.join(' ');
        const value = call.words[Number(n) - 1] ?? '';
        return inQuotes[at] === 1 ? value.replace(/["\\]/g, '\\$&') : /["'\\]/.test(value) ? quoted(value) : value;
      }));
    }
  }
  return out.join('\n');
}

/**
 * A script with each array assignment on one line: orchest's build_container.sh writes `build=(docker build
 * ... \` over lines, the last ones without a `\` (a newline is a blank inside `( )`), then runs
 * `"${build[@]}"`; the build's context on the last line was not read, and the build not found (sweep 54/J-F3).
 * Comments inside are dropped. An array not closed within 4,096 characters is left as it is.
 */
function arraysOnOneLine(script: string): string {
  let out = '';
  let done = 0;
  let n = 0;
  for (const m of script.matchAll(/(?:^|[\s;&|(])([A-Za-z_]\w*)\+?=\(/g)) {
    const from = (m.index as number) + m[0].length;
    if (from < done) continue;
    if (++n > 1024) break;
    // Not one in a comment or a string (`# x=(` ..., `echo "a=("`): it would take the lines after it into that
    // comment (the review of 04a40f43, RA-R6). Its line up to it, when not too long to read, says.
    const win = script.slice(Math.max(0, from - 4097), from);
    const nl = win.lastIndexOf('\n');
    if (nl < 0 && from > 4096) continue;
    const upTo = win.slice(nl + 1);
    if (withoutComment(upTo).length < upTo.length || quotedPositions(upTo)[upTo.length - 1] !== 0) continue;
    const end = closingParen(script, from, from + 4096);
    if (end >= script.length || script[end] !== ')') continue;
    const body = script.slice(from, end);
    if (!body.includes('\n')) continue;
    out += script.slice(done, from) + body.split('\n').map(withoutComment).join(' ');
    done = end;
  }
  return done === 0 ? script : out + script.slice(done);
}

/** Where the `(` opened before `from` closes, past quotes, escapes, comments and nested parentheses; `limit` when not by then. */
function closingParen(s: string, from: number, limit: number): number {
  const end = Math.min(limit, s.length);
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < end; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote === '"') {
      if (c === '"' && depth === 0) quote = null;
      else if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === from || /\s/.test(s[i - 1]))) {
      const nl = s.indexOf('\n', i);
      i = nl === -1 || nl >= end ? end : nl;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end;
}

/**
 * The context a Dockerfile's own comment builds it from: a `docker build -f FILE ... CONTEXT` line
 * in a comment (Quarkus writes one into every Dockerfile it generates: `# docker build -f
 * src/main/docker/Dockerfile.jvm -t quarkus/app-jvm .`, run from the project root), whose FILE,
 * taken from one of the Dockerfile's directories up to `root`, is this Dockerfile. Null when no
 * comment says so, or two disagree.
 */
export function headerCommentContext(abs: string, root: string): { context: string; line: number; localImage?: BuildTarget['localImage']; before?: RecipeBuild['before'] } | null {
  let text: string;
  try {
    text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
  } catch {
    return null;
  }
  const found = new Map<string, { line: number; localNames: string[] | null; localByIdFile?: true; at: string }>();
  const lines = text.split('\n');
  let continuedTo = 0;
  lines.forEach((l, i) => {
    const m = /^\s*#+\s*(?:\$\s+)?((?:sudo\s+)?(?:docker|podman)\s.*\bbuild\b.*)$/.exec(l);
    if (m === null) return;
    // Continued over comment lines with `\` (lmdeploy's docker/Dockerfile_patch: `#   docker build -f
    // docker/Dockerfile_patch \`, then `#     --build-arg ... \`, `#     -t lmdeploy:test .`; sweep 52/R-F2).
    // (A line another command's continuation took is not read again, and a command is at most 4 KiB: the
    // review of 734487b8, RC-R6, 32 joins a line on a stranger's Dockerfile.)
    if (i < continuedTo) return;
    let command = m[1];
    for (let j = i + 1; /\\\s*$/.test(command) && j < lines.length && j <= i + 32 && command.length <= 4096; j++) {
      const next = /^\s*#+\s*(.*)$/.exec(lines[j]);
      if (next === null) break;
      command = command.replace(/\\\s*$/, ' ') + next[1];
      continuedTo = j + 1;
    }
    for (const c of dockerBuildCommands(command)) {
      if (c.file === undefined || c.stdin || path.posix.isAbsolute(c.file)) continue;
      for (let at = path.dirname(abs); isInside(root, at); at = path.dirname(at)) {
        if (path.resolve(at, c.file) === abs) {
          const context = path.resolve(at, c.context);
          if (isInside(root, context) && !found.has(context)) found.set(context, { line: i + 1, localNames: c.localNames, at, ...(c.localByIdFile ? { localByIdFile: true as const } : {}) });
          break;
        }
        if (path.resolve(at) === path.resolve(root)) break;
      }
    }
  });
  if (found.size !== 1) return null;
  const [[context, { line, localNames, localByIdFile, at }]] = [...found];
  // A comment that has a distribution unpacked first (kyuubi's docker/Dockerfile: "use ./build/dist to make
  // binary tarball ... untar it and run the docker command below"): its `.` is that tree, not the checkout,
  // whose missing COPY sources were six errors (sweep 55/S-F1). Not taken: the Dockerfile is placed as any other.
  // (An untar, or an unpack or extract of an archive: Spring Boot's layertools `extract` is no distribution; the
  // review of c23d303f, RD-R8.)
  const above = lines.slice(Math.max(0, line - 12), line - 1).filter((l) => /^\s*#/.test(l) && l.length <= 1024).join('\n');
  if (/\b(?:untar|tar\s+-?x\w*)\b/i.test(above) || (/\b(?:unpack|extract|unzip)\b/i.test(above) && /\b(?:tarball|archive|distribution)\b|\.(?:tar\.gz|tgz|zip)\b/i.test(above))) return null;
  // The image it names, run by the comment's next commands and never shipped (devtron-labs/ci-runner's
  // Dockerfile.test: `# docker build -t citest -f Dockerfile.test .`, then `# docker run ... citest`
  // to run the tests): a local image, as a recipe's would be (CTX003 capped).
  const comments = lines.map((l) => /^\s*#+\s*(?:\$\s+)?(.*)$/.exec(l)?.[1] ?? '').join('\n');
  const shown = path.relative(root, abs).split(path.sep).join('/');
  // (Its other commands are read here: of a Dockerfile, the check of every file reads only FROM lines.)
  // (A run that serves it but bind-mounts the checkout over where its COPY wrote counts, as a recipe's does:
  // robusta's docs.Dockerfile, `# docker run -it --rm -p 8000:8000 -v ${PWD}:/robusta docs` over its `COPY .
  // /robusta/`; sweep 53/B-F1. What lies elsewhere in the image keeps its severity: run-targets' asLocalImage.)
  const local = localNames !== null && onlyRunHere(localNames, [comments], []) ? localImageOf(localNames, comments, shown, localByIdFile) : {};
  // The commands the comment gives before the build (Quarkus' generated Dockerfiles: `# ./mvnw package`,
  // then `# docker build -f src/main/docker/Dockerfile.jvm ...`; polynote's `# sbt dist`): what they
  // make is there when the build runs (42 CTX101 warnings on target/quarkus-app in
  // quarkus-super-heroes; sweep 51/H-F3). Only lines that run a build tool, read as a script from
  // where the build runs.
  const beforeLines = lines.slice(0, line - 1).map((l) => /^\s*#+\s*(?:\$\s+)?(.*)$/.exec(l)?.[1] ?? '').filter((l) => COMMENT_BUILD_TOOL.test(l));
  const before = beforeLines.length > 0 ? { before: { text: beforeLines.join('\n') + '\n', at } } : {};
  return { context, line, ...before, ...(local.localImage !== undefined ? { localImage: { ...local.localImage, byComment: true as const } } : {}) };
}

/** A comment line that runs a build tool, as a Dockerfile's header gives the step before its build. */
// (With `-Dkey=value` options: Quarkus' `./mvnw package -Dquarkus.package.jar.type=legacy-jar`; sweep 55/S-F3.)
// (One blank, then the words: `\s+` beside a class holding the blank was quadratic on a long line; the review of c23d303f, RD-R9.)
const COMMENT_BUILD_TOOL = /^(?:\.\/mvnw|mvn|\.\/gradlew|gradle|sbt|make|npm|pnpm|yarn|go|cargo|dotnet|\.\/build\.sh)[ \t][\w:.\/ \t=,-]*$/;

/** The files among `rel` (root-relative) a recipe's `-f` pattern names, `*` within one component; at most 64. */
function filesMatching(pattern: string, rel: readonly string[]): string[] {
  const re = new RegExp(`^${pattern.replace(/^\.\//, '').split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  // Only files named as Dockerfiles: csghub-server's build.sh runs `-f ${DOCKERFILE} .`, and the
  // Makefile and Compose files beside it were taken for Dockerfiles that read the ignore file.
  // Nor an ignore file named for one (aibrix's `build/$(DF)` took build/Dockerfile.dockerignore: CTX100 at error).
  return rel.filter((f) => re.test(f) && /[Dd]ockerfile|Containerfile/.test(f.slice(f.lastIndexOf('/') + 1)) && !/\.(?:docker|container)ignore$/.test(f)).sort().slice(0, 64);
}

/** DOCKER_BUILDKIT as the docker CLI reads it: false turns `docker build` to the legacy builder. */
const buildkitOff = (v: unknown): boolean => parseGoBool(v) === false;

/** Make's names for its files, and included makefiles. */
// `Makefile.build` and the like are included by the Makefile (kpt-config-sync's `include Makefile.build`), as *.mk files are; autotools' Makefile.am and Makefile.in are templates.
/** A justfile: its recipe lines run as make's do, each in a shell of its own in its directory (justfileAsMakefile). */
const JUSTFILE_NAME = /(?:^|\/)\.?[Jj]ustfile$/;
export const MAKEFILE_NAME = new RegExp(`(?:^|/)(?:[Mm]akefile|GNUmakefile|[^/]+\\.mk|[Mm]akefile\\.(?!am$|in$)[\\w.-]+)$|${JUSTFILE_NAME.source}`);

/**
 * A justfile as make would read the same recipes: its indented recipe lines as tab lines (each runs
 * in a shell of its own, in the justfile's directory, as make's do), a literal `NAME := "value"` as
 * make's variable and `{{NAME}}` as `$(NAME)` (minivess' `docker compose -f {{FLOWS_COMPOSE}} build`).
 * Any other assignment or expression is left out: a line still holding `{{` is no command read here.
 */
function justfileAsMakefile(text: string): string {
  // just's working directory: `set working-directory := 'DIR'` for every recipe, `[working-directory: 'DIR']`
  // (or `[working-directory('DIR')]`) for the next one; each recipe line then runs there, as `cd DIR && ...`
  // (lakekeeper's tests/migrations/justfile, `[working-directory: "../.."]`, builds docker/full.Dockerfile from
  // the root; it was "the recipe is out of date (docker fails on it)"; sweep 55/T-F1).
  let fileWd: string | null = null;
  let nextWd: string | null = null;
  let recipeWd: string | null = null;
  let continues = false;
  const wdOf = (l: string) => /working-directory\s*(?::=|:|\()\s*(["'])([^"'\n]+)\1/.exec(l)?.[2] ?? null;
  return text
    .split('\n')
    .map((l) => {
      if (/^set\s+working-directory\s*:=/.test(l)) {
        fileWd = wdOf(l);
        return '';
      }
      if (/^\[[^\]]*\]\s*$/.test(l)) {
        nextWd = wdOf(l) ?? nextWd;
        return '';
      }
      // (`export` kept, as make writes it: an exported variable is in the recipes' environment,
      // AxumKit's `export COMPOSE_FILE := "docker-compose.dev.yml"` for `docker compose build`.)
      const v = /^(export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(?:"([^"\\{}]*)"|'([^'{}]*)')\s*(?:#.*)?$/.exec(l);
      if (v) return `${v[1] ?? ''}${v[2]} := ${v[3] ?? v[4]}`;
      // `set export` exports every variable: make's .EXPORT_ALL_VARIABLES.
      if (/^set\s+export\s*(?::=\s*true\s*)?(?:#.*)?$/.test(l)) return '.EXPORT_ALL_VARIABLES:';
      if (/^(?:export\s+)?[A-Za-z_][\w-]*\s*:=/.test(l) || /^set\s/.test(l)) return '';
      const body = /^[ \t]+(\S.*)$/.exec(l);
      if (!body) {
        continues = false;
        // A recipe's header: the directory its lines run in.
        // (One class to the colon: `[\w-]*[^:]*` backtracked quadratically on a long line; the review of 2d1db6ae, RD-R11.)
        if (/^[@A-Za-z_][^:\n]*:(?!=)/.test(l)) {
          recipeWd = nextWd ?? fileWd;
          nextWd = null;
        }
        return l;
      }
      const line = body[1].replace(/\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g, '$($1)');
      if (/\{\{/.test(line)) return '\t# (a just expression)';
      // (Not a line that continues the one before it with `\`: the review of 2d1db6ae, RD-R10.)
      const continued = continues;
      continues = /\\\s*$/.test(line);
      if (continued || recipeWd === null || /[$`'\n]/.test(recipeWd)) return `\t${line}`;
      // (After the line's own `@` or `-`, which make reads only at its start.)
      const sign = /^[@-]*/.exec(line)?.[0] ?? '';
      return `\t${sign}cd '${recipeWd}' && ${line.slice(sign.length)}`;
    })
    .join('\n');
}
/**
 * A shell script by its name: `*.sh`/`*.bash`, or a file with no extension in a scripts, tools, hack,
 * bin, ci, build, builder or docker directory, or at the repository's root (its `#!` line is checked
 * when read; KasmVNC's builder/build-tarball; ayunis-core's `dev`, which builds its python-sandbox image).
 */
export const SCRIPT_NAME = /\.(?:sh|bash)$|(?:^|\/)(?:scripts|tools|hack|bin|ci|build|builder|docker)\/[^/.]+$|^[^/.]+$/;

/**
 * A `docker build` a Makefile recipe or a shell script runs, or a service its `docker compose -f
 * FILE build` (or `up`/`run`) builds: where (`Makefile:194`), its context and Dockerfile (absolute),
 * its build args and stage.
 */
export interface RecipeBuild {
  name: string;
  context: string;
  dockerfile?: string;
  args: Record<string, string>;
  /** Build args it passes with a value known only when it runs (`--build-arg VER=$(shell cat VERSION)`): CTX101 quotes them. */
  argsAtRunTime?: Record<string, string>;
  target?: string;
  /** `--build-context NAME=VALUE`: local ones absolute (api-platform's `--build-context shared=../shared`). */
  namedContexts?: Record<string, string>;
  /**
   * What the recipe or script runs before the build, and where (absolute): the lines of the same
   * make rule above it, or the script's whole text. A COPY source one of them writes is made first.
   */
  /**
   * What runs before the build where it runs: `text`, all of it; `own`, the rule's own earlier lines, and
   * `prerequisites`, the recipes of the rules it depends on (make runs them first), each a step of its own.
   */
  before?: { text: string; at: string; own?: string; prerequisites?: { step: string; text: string }[] };
  /** Builds run first whose output directories are known (absolute): Nx's targets the container target depends on. */
  runsFirst?: { step: string; outputs: string[] }[];
  /**
   * The build reads its Dockerfile from stdin (`-f -`): the text, when the recipe echoes a make
   * `define` block (mediamtx's `echo "$$DOCKERFILE_BINARIES" | docker build . -f -`), else null.
   */
  stdin?: { text: string; from: string; /** `from` is a repository file fed on stdin (`< F`, `cat F |`). */ file?: true } | null;
  /** The Compose files (absolute) of a `docker compose -f FILE ... build|up|run` that builds it. */
  composeFiles?: string[];
  /** And the service of theirs it is. */
  service?: string;
  /** Built by `docker compose build`, which starts nothing: no use of the image of its own. */
  buildOnly?: true;
  /**
   * The `-f` pattern a variable made (`-f docker/Dockerfile.${IMAGE_NAME}.jvm` read as
   * `docker/Dockerfile.*.jvm`) that this Dockerfile matched: one of the builds it may be, for
   * `suggest`; `--all` places a Dockerfile by it only when the variable stands in the file's name.
   */
  fromPattern?: string;
  /** Its tags are local names the same file runs (`docker run NAME`, at `ranBy`): a candidate image that never leaves the machine (local-image.ts). */
  localImage?: { names: string[]; ranBy: string; idFile?: true; untagged?: true; cleared?: { file: string; lines: string[] } };
  /** Its `--target` is a variable its caller sets (`--target=$(DOCKER_TARGET)`): the stage it builds is not known here. */
  stageUnknown?: true;
  /** Built from `git archive` of the commit on stdin (`git archive HEAD | docker build -`): the committed files, not this directory. */
  gitArchive?: true;
  /** `DOCKER_BUILDKIT=0` on its line or exported by its file: the legacy builder builds it. */
  builder?: 'legacy';
  /** A script's build as a caller runs it from this directory (root-relative), not from the root as the script is taken to run. */
  calledFrom?: string;
}

/**
 * The legacy builder, for a `docker build` (not buildx) with `DOCKER_BUILDKIT=0` on its line, or in a
 * Makefile or script that exports it (go-clean-arch's `@ DOCKER_BUILDKIT=0 docker build ...`: audited as
 * BuildKit's, a COPY wildcard that matches nothing, which fails the legacy build, was a warning; sweep 49/F-F1).
 */
function legacyBuild(c: { legacyByLine: boolean; buildx: boolean }, before: string): Pick<RecipeBuild, 'builder'> {
  if (c.buildx) return {};
  // `before`: the Makefile's lines outside recipes, or the script up to the build, as written. Only an
  // export at the top level counts: a recipe line's own shell, a function's body, or a line after the
  // build sets nothing for it (the review of 9a41bb24).
  return c.legacyByLine || /^export[ \t]+DOCKER_BUILDKIT[ \t]*(?::?=|\?=)[ \t]*["']?(?:0|false)["']?[ \t]*$/im.test(before) ? { builder: 'legacy' } : {};
}

/** A build's local-image candidacy: its local names (or the file `--iidfile` writes its id to), when `own` (the file it is in, `shown` in messages) runs one of them. */
function localImageOf(names: string[] | null, own: string, shown: string, idFile?: true, untagged?: { at: string }): Pick<RecipeBuild, 'localImage'> {
  if (untagged !== undefined) return { localImage: { names: [], ranBy: untagged.at, untagged: true } };
  if (names === null) return {};
  const hidden: string[] = [];
  const line = runLineOf(own, names, hidden);
  return line === null ? {} : { localImage: { names, ranBy: `${shown}:${line}`, ...(idFile ? { idFile } : {}), ...(hidden.length > 0 ? { hiddenUnder: [...new Set(hidden)] } : {}) } };
}

/**
 * A script's text with the bodies of the heredocs it only prints or writes (`cat <<HERE`, `cat > f <<EOF`,
 * `tee f <<EOF`) blanked, their lines kept as empty ones: instructions for the user are no commands the script
 * runs (activemq-artemis' prepare-docker.sh prints `$ docker build -f ./docker/Dockerfile-ubuntu-21 ...`: four
 * phantom builds "the script is out of date"; sweep 52/V-F4). A heredoc fed to a shell runs, and stays.
 */
function withoutPrintedHeredocs(text: string): string {
  if (!text.includes('<<')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > 4096) continue;
    const m = /(?:^|[;&|({]|\bthen|\bdo)[ \t]*(?:cat|tee)\b[^<\n]*<<(-?)[ \t]*(['"]?)([A-Za-z_]\w*)\2/.exec(lines[i]);
    // (Not one piped into a shell, `cat <<EOF | bash`, which runs it: the review of c49e1623, RD-R4.)
    if (m === null || /\|[ \t]*(?:sudo[ \t]+)?(?:\S*\/)?(?:ba|z|da|k)?sh\b/.test(lines[i].slice(m.index + m[0].length))) continue;
    let end = i + 1;
    while (end < lines.length && (m[1] === '-' ? lines[end].replace(/^\t+/, '') : lines[end]) !== m[3]) end++;
    // Never closed: the rest of the script is its body (no later heredoc to look for: RD-R3, a scan to the end for each).
    if (end >= lines.length) {
      for (let k = i + 1; k < lines.length; k++) lines[k] = '';
      break;
    }
    for (let k = i + 1; k < end; k++) lines[k] = '';
    i = end;
  }
  return lines.join('\n');
}

/** A recipe's `--build-context` values, local ones resolved against the repository (as its context is); nothing when there are none. */
function recipeNamedContexts(root: string, named: Record<string, string>): Pick<RecipeBuild, 'namedContexts'> {
  const entries = Object.entries(named);
  return entries.length === 0 ? {} : { namedContexts: Object.fromEntries(entries.map(([k, v]) => [k, isLocalContextValue(v) ? path.resolve(root, v) : v])) };
}

/** A recipe that pipes a shell variable into the build: `echo "$$NAME" | docker build ...` (printf too). */
const ECHO_INTO_BUILD = /(?:\becho(?:\s+-[en]+)*|\bprintf\s+(?:'%s(?:\\n)?'|"%s(?:\\n)?"))\s+"?\$\$\{?([A-Za-z_]\w*)\}?"?\s*\|\s*(?:DOCKER_BUILDKIT=\S*\s+)?docker\s+(?:buildx\s+)?build\b/;
/** How the skip reason of a Dockerfile GoReleaser builds begins. */
export const GORELEASER_SKIP = 'built by GoReleaser';
/** The skip reason of a run that builds only when a file the checkout lacks is there (`if [ -f FILE ]`). */
const GUARDED_SKIP = 'the step runs it only when its file is there';

/**
 * Whether a script runs what follows only when a file is there: `if [ -f NAME ]; then`, `[[ -e ./NAME ]] &&`, `test -f
 * "NAME" &&`; not a negated test, nor `[ -f NAME ] || cp ...`, after which the run is unconditional (the review of
 * 4e260dc3, RB-R7).
 */
function testsForFile(script: string, name: string): boolean {
  if (name === '' || name.startsWith('../') || script.length > 1 << 20) return false;
  const n = name.replace(/^\.\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!![ \\t]{0,8})(?:\\[\\[?|(?<![\\w-])test)[ \\t]+-[ef][ \\t]+["']?(?:\\./)?${n}["']?[ \\t]*(?:\\]\\]?)?[ \\t]*(?:&&|;?[ \\t]*\\n?[ \\t]*then\\b)`, 'm').test(script);
}

/** A make `define NAME` ... `endef` block. */
const MAKE_DEFINE = /^define\s+([A-Za-z_][\w.-]*)\s*(?:=|:=|::=)?[ \t]*\n([\s\S]*?)\n[ \t]*endef\b/gm;

/** A make wildcard (`*`, `?`, `[0-9]`) as a regular expression over a whole path. */
function makeGlob(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const close = c === '[' ? pattern.indexOf(']', i + 2) : -1;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (close > 0 && !pattern.slice(i + 1, close).includes('/')) {
      const body = pattern.slice(i + 1, close);
      re += '[' + (body.startsWith('!') || body.startsWith('^') ? '^' + body.slice(1) : body).replace(/\\/g, '\\\\') + ']';
      i = close;
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** A make value that is the makefile's own directory: `$(CURDIR)`, `$(shell pwd)`, `$(abspath $(dir $(abspath $(lastword $(MAKEFILE_LIST)))))` and the like. */
export const MAKE_SELF_DIR = /^(?:\$\(CURDIR\)|\$\(shell\s+pwd\)|(?:\$\((?:dir|abspath|realpath|patsubst\s+%\/,%,)\s*)+\$\(lastword\s+\$\(MAKEFILE_LIST\)\)\)+)\/?$/;

/** The variables a makefile sets to its own directory, and CURDIR. */
function selfDirNames(text: string): Set<string> {
  const names = new Set<string>(['CURDIR']);
  for (const m of text.matchAll(/^([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) if (MAKE_SELF_DIR.test(m[2].replace(/(?<!\\)#.*$/, '').trimEnd())) names.add(m[1]);
  return names;
}

/**
 * The Makefile above `f` that includes it, and that Makefile's directory, where make runs `f`'s recipes
 * (mediamtx's root Makefile has `include scripts/*.mk`, so the `docker build .` of scripts/binaries.mk
 * builds the root; a sub-Makefile included so, too); null when none does (its own directory, then).
 */
function includerOf(texts: readonly (readonly [string, string])[], f: string): { dir: string; file: string } | null {
  const makefile = (x: string) => /(?:^|\/)(?:[Mm]akefile|GNUmakefile)$/.test(x);
  // A justfile's recipes run in its own directory. So do a Makefile's, unless a Makefile above it
  // includes it (VictoriaMetrics' root Makefile has `include app/*/Makefile`, whose recipes say
  // "All these commands must run from repository root": their builds were read from app/vmui and
  // skipped as not in the checkout; sweep 47/A-F3).
  if (JUSTFILE_NAME.test(f)) return null;
  for (const [m, text] of texts.filter(([x]) => makefile(x) && x !== f).sort((a, b) => b[0].length - a[0].length)) {
    const dir = path.posix.dirname(m);
    if (dir !== '.' && !f.startsWith(dir + '/')) continue;
    const from = dir === '.' ? f : f.slice(dir.length + 1);
    const here = selfDirNames(text);
    for (const line of text.matchAll(/^-?s?include\s+(.+)$/gm)) {
      // `$(wildcard ...)` is the files its patterns match; a variable naming this Makefile's own
      // directory is a prefix that changes nothing (synthetic-monitoring-agent: `include $(wildcard
      // $(ROOTDIR)/scripts/make/[0-9][0-9][0-9]_*.mk)`, ROOTDIR the Makefile's directory).
      const words = line[1]
        .replace(/\$[({]([A-Za-z_][\w.-]*)[)}]\/*/g, (all, n: string) => (here.has(n) ? '' : all))
        .replace(/\$\(wildcard\s+([^()]*)\)/g, '$1')
        .trim()
        .split(/\s+/);
      for (const w of words) {
        if (w.includes('$') || w === '') continue;
        // (A class make itself would refuse, `[z-a]`, matches nothing: not an error of ours.)
        let glob: RegExp;
        try {
          glob = makeGlob(w.replace(/^\.\//, ''));
        } catch {
          continue;
        }
        if (glob.test(from)) return { dir, file: m };
      }
    }
  }
  return null;
}

/**
 * '.' when a makefile below the root, which nothing here includes or calls, names the Dockerfiles it
 * builds (`docker build -f PATH`) only by paths that exist from the root and not from its own directory:
 * it is run from the root, as `make -f DIR/Makefile.x` (tracee's builder/Makefile.k8s, `-f
 * builder/Dockerfile.k8s .`, which its docs run so; sweep 50/F-F1). Else null. Read word by word.
 */
function runsFromRoot(root: string, file: string, text: string): string | null {
  const own = path.posix.dirname(file);
  if (own === '.' || JUSTFILE_NAME.test(file)) return null;
  let fromRoot = 0;
  // (Recipe lines, `\`-continued lines joined: tracee's `$(CMD_DOCKER) build \` then `-f builder/Dockerfile.k8s \`.)
  for (const line of text.replace(/\\[ \t]*\n[ \t]*/g, ' ').split('\n')) {
    // (Not a line that changes directory first: hatchet's `cd ../.. && docker build -f hack/dev/...` names it
    // from where the cd goes, its own business.)
    if (line.length > 4096 || !line.startsWith('\t') || !/\bbuild\b/.test(line) || /(?:^|[\s;&|(@-])(?:cd|pushd)\s/.test(line)) continue;
    const words = line.trim().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const p = w === '-f' || w === '--file' ? words[i + 1] : /^--file=/.test(w) ? w.slice(7) : undefined;
      if (p === undefined || /[$`'"{}*?]/.test(p) || p.startsWith('/') || p === '-' || !/[Dd]ockerfile|Containerfile/.test(path.posix.basename(p))) continue;
      if (fs.existsSync(path.join(root, own, p))) return null;
      if (fs.existsSync(path.join(root, p))) fromRoot++;
    }
  }
  return fromRoot > 0 ? '.' : null;
}

/**
 * For each makefile that `make -f PATH` (or `$(MAKE) -f`, `--file=`, after any `-C DIR`) runs, the
 * directory it runs in: the caller's (each caller given as the directory it runs in, and its text), when
 * every call agrees and it is not the makefile's own; read word by word. Makefiles named by `known`.
 */
function makeFileCallers(callers: readonly (readonly [string, string])[], known: ReadonlySet<string>): Map<string, string> {
  const dirs = new Map<string, Set<string>>();
  for (const [cwd, text] of callers) {
    if (!/\bmake\b|\$[({]MAKE[)}]/.test(text)) continue;
    for (const line of text.split('\n')) {
      if (line.length > 4096 || !/\bmake\b|\$[({]MAKE[)}]/.test(line)) continue;
      const words = line.split(/\s+/).filter((w) => w !== '');
      for (let i = 0; i < words.length; i++) {
        if (!/^(?:[@+-]*(?:g?make|\$[({]MAKE[)}]))$/.test(words[i])) continue;
        let at = cwd;
        let file: string | undefined;
        let j = i + 1;
        for (; j < words.length && !/^(?:&&|\|\||;|\|)$/.test(words[j]) && !/[;&|]$/.test(words[j - 1] ?? ''); j++) {
          const w = words[j];
          if (w === '-C' || w === '--directory') at = path.posix.normalize(path.posix.join(at, words[++j] ?? ''));
          else if (w === '-f' || w === '--file' || w === '--makefile') file = words[++j];
          else if (/^-f\S/.test(w)) file = w.slice(2);
          else if (/^--(?:file|makefile)=/.test(w)) file = w.slice(w.indexOf('=') + 1);
        }
        // (The words read are this call's: the next `make` is looked for after them, one pass a line;
        // the review of 9b3aaff7, B-R2.)
        i = j - 1;
        if (file === undefined || /[$`'"{}*?]/.test(file) || file.startsWith('/')) continue;
        const target = path.posix.normalize(path.posix.join(at, file));
        if (!known.has(target) || at.startsWith('..') || /[$`'"{}]/.test(at)) continue;
        dirs.set(target, (dirs.get(target) ?? new Set()).add(at));
      }
    }
  }
  const out = new Map<string, string>();
  for (const [f, ds] of dirs) if (ds.size === 1) out.set(f, [...ds][0]);
  return out;
}

/**
 * The services a `docker compose -f FILE ... build` (or `up`/`run`, which build what they cannot
 * pull) in a recipe line or script builds, each as a RecipeBuild named `where` and the service. The
 * files are read as `--compose` reads them, with no variables set (one that needs a value the
 * recipe would pass makes the file unreadable: left out, as is one that cannot be read).
 * scinote-web's `docker-production:` recipe runs `$(COMPOSE) -f docker-compose.production.yml
 * build`, whose web service builds Dockerfile.production from the root.
 */
function composeRecipeBuilds(root: string, where: string, script: string, workdir: string, rootCd?: RegExp, ownDir?: string, env: Readonly<Record<string, string>> = {}): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  // The environment it starts with (a Makefile's exported variables), then what it assigns itself.
  const scriptEnv = { ...env, ...assignedOnce(script, ['COMPOSE_FILE', 'COMPOSE_PATH_SEPARATOR']) };
  const pushesOrTags = /\b(?:push|tag|save)\b/.test(script);
  for (const c of composeCommands(script, workdir, rootCd)) {
    let cmd = c;
    let files = composeFilesOf(c, root, scriptEnv);
    // Taken to run from the root, a script whose -f files are there only beside it runs from its own
    // directory (open-forms' docker/start_vcr_services.sh: `docker compose -f docker-compose.generic-json.yml
    // ... up`, its files in docker/, "cd docker; ./start_vcr_services.sh"); its --env-files too.
    // So does one whose `cd` leaves the repository from the root (btcpayserver's .circleci/run-tests.sh,
    // run as `cd .circleci && ./run-tests.sh`: `cd ../BTCPayServer.Tests`, then `docker-compose -f
    // "docker-compose.altcoins.yml" run tests`; sweep 46/C): every path it reaches moves with it.
    const escapes = c.cwd === '..' || c.cwd.startsWith('../');
    if (ownDir !== undefined && ownDir !== '.' && (c.cwd === workdir ? c.files.length > 0 && !files.every((f) => fs.existsSync(f)) : escapes)) {
      const moved = (f: string) => (path.posix.isAbsolute(f) ? f : path.posix.join(ownDir, path.posix.relative(workdir, f)));
      const there: ComposeCommand = { ...c, files: c.files.map(moved), ...(c.envFiles ? { envFiles: c.envFiles.map(moved) } : {}), ...(c.projectDirectory !== undefined ? { projectDirectory: moved(c.projectDirectory) } : {}), cwd: moved(c.cwd) };
      const beside = composeFilesOf(there, root);
      if (beside.length > 0 && beside.every((f) => fs.existsSync(f) && isInside(root, f))) [cmd, files] = [there, beside];
    }
    if (files.length === 0 || !files.every((f) => isInside(root, f))) continue;
    // An --env-file the checkout lacks is one a step makes first (`cp .env.example .env`): read
    // without it, not dropped (minivess' `docker compose --env-file .env -f ... run` vanished silently).
    const envFiles = (cmd.envFiles ?? []).map((f) => path.resolve(root, f)).filter((f) => fs.existsSync(f));
    try {
      for (const t of composeTargets(files, { cwd: root, env: { PWD: path.resolve(root, cmd.cwd), ...c.env }, skipFragments: true, repository: { root, allowOutside: false }, ...(envFiles.length > 0 ? { envFiles } : {}), ...(cmd.projectDirectory !== undefined ? { projectDirectory: path.resolve(root, cmd.projectDirectory) } : {}), ...(c.services ? { services: c.services } : {}), ...(c.job ? { job: { ...c.job, ranBy: where } } : {}) })) {
        // A service that names no dockerfile builds its context's Dockerfile (ferro-labs/ai-gateway's
        // mockllm, `build: context: ../scripts/mockllm`, run by `make up-fullstack`).
        if (t.skipReason !== undefined || t.dockerfileInline !== undefined || (c.pullsFirst && t.pulledFirst)) continue;
        // Every file it merges: the service may be declared in an overlay (rekor's rekor-server-debug
        // is docker-compose.debug.yml's, run with docker-compose.yml first).
        const shown = files.map((f) => path.relative(root, f).split(path.sep).join('/')).join(' + ');
        // Its additional_contexts too (blockscout-rs' stats/justfile: `docker compose -f
        // docker-compose.dev.yml build`, whose `proto=../proto` a COPY --from reads).
        const named = Object.keys(t.namedContexts).length > 0 ? { namedContexts: t.namedContexts } : {};
        // (Not when the script also pushes or tags: `docker compose -f prod.yml build` then `push` ships it,
        // the review of b02b17c.)
        out.push({ name: `${where} (${shown}, service ${t.name})`, service: t.name, ...(c.buildOnly && !pushesOrTags ? { buildOnly: true as const } : {}), context: t.context, ...(t.dockerfile !== undefined ? { dockerfile: t.dockerfile } : {}), args: t.args, ...(t.target !== undefined ? { target: t.target } : {}), ...named, composeFiles: files, ...(t.localImage !== undefined ? { localImage: { names: t.localImage.names, ranBy: t.localImage.ranBy, ...(t.localImage.cleared !== undefined ? { cleared: t.localImage.cleared } : {}) } } : {}) });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return out;
}


/**
 * A make rule's header (`a b: c d | e`, `a:: c`, `img: deps ## help`): its targets and prerequisites;
 * null for any other line (an assignment, a target-specific variable). Read in one pass: a stranger's
 * line must not make it slow (the review of 10934d0e, A-R5).
 */
function ruleHead(line: string): { targets: string[]; prereqs: string[] } | null {
  if (line.length > 4096 || /^\s/.test(line)) return null;
  // A comment ends the header (`## help`, the self-documenting convention); so does an inline recipe.
  const hash = line.indexOf('#');
  const text = hash < 0 ? line : line.slice(0, hash);
  const colon = text.indexOf(':');
  if (colon <= 0 || text.startsWith('=', colon + 1) || text.startsWith(':=', colon + 1) || text.slice(0, colon).includes('=')) return null;
  let rest = text.slice(text.startsWith(':', colon + 1) ? colon + 2 : colon + 1);
  const semi = rest.indexOf(';');
  if (semi >= 0) rest = rest.slice(0, semi);
  if (rest.includes('=')) return null;
  const words = (t: string) => t.split(/[ \t|]+/).filter((w) => w !== '');
  return { targets: words(text.slice(0, colon)), prereqs: words(rest) };
}

interface MakeRule {
  prereqs: string[];
  recipe: string[];
  /** The 1-based line of its recipe's first line. */
  line: number;
}

/** Each target's prerequisites and recipe lines, of a makefile's lines (variables expanded where known). */
function makeRules(lines: readonly string[]): Map<string, MakeRule> {
  const rules = new Map<string, MakeRule>();
  let current: MakeRule[] = [];
  lines.forEach((line, i) => {
    if (line.startsWith('\t')) {
      for (const r of current) {
        if (r.recipe.length === 0) r.line = i + 1;
        if (r.recipe.length < 256) r.recipe.push(line.slice(1).replace(/^[@+-]+/, ''));
      }
      return;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const head = ruleHead(line);
    current = [];
    if (head === null) return;
    for (const t of head.targets) {
      if (rules.size >= 4096 && !rules.has(t)) break;
      const r = rules.get(t) ?? { prereqs: [], recipe: [], line: i + 1 };
      r.prereqs.push(...head.prereqs.slice(0, 64));
      rules.set(t, r);
      current.push(r);
    }
  });
  return rules;
}

/** The recipes of `targets`' prerequisites (theirs first, three levels deep at most, bounded): each target with its recipe's line and text. */
function prerequisiteRecipes(rules: ReadonlyMap<string, MakeRule>, targets: readonly string[]): { target: string; line: number; text: string }[] {
  const out: { target: string; line: number; text: string }[] = [];
  let lines = 0;
  const seen = new Set<string>(targets);
  const visit = (names: readonly string[], depth: number) => {
    for (const n of names) {
      if (seen.has(n) || lines >= 1024) continue;
      seen.add(n);
      const r = rules.get(n);
      if (r === undefined) continue;
      if (depth < 3) visit(r.prereqs, depth + 1);
      if (r.recipe.length === 0) continue;
      out.push({ target: n, line: r.line, text: r.recipe.join('\n') });
      lines += r.recipe.length;
    }
  };
  for (const t of targets) visit(rules.get(t)?.prereqs ?? [], 1);
  return out;
}

/**
 * `docker build` / `docker buildx build` in the recipes of Makefiles (`rel`: their paths from
 * `root`), each recipe line run in its Makefile's directory as make runs it (a `cd` holds for that
 * line only); a build naming a make or shell variable is left out. Read by `suggest`, as builds
 * that read the same ignore file (fluxcd's source-controller runs `docker build . -f
 * tests/fuzz/Dockerfile.builder` from the root, whose `COPY ./ $SRC` needs tests/ and config/),
 * and by `--all`, which audits one only where it adds a build nothing else shows (discover.ts:
 * the context of a Dockerfile that would be a guess, a stage, a name only a recipe gives); taken
 * all as targets of their own, stale recipes added more false errors than they removed (a86e9dc).
 */
export function makefileBuilds(root: string, rel: readonly string[]): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  // git's answer for the repository root: the repository's, which `--all DIR` may be below.
  const top = findRepoRoot(root) ?? root;
  const texts: [string, string][] = [];
  for (const f of rel.filter((x) => MAKEFILE_NAME.test(x)).slice(0, 50)) {
    try {
      // CRLF line ends, which GNU make reads as LF (komune-io/trace-registry's Makefile_docs.mk, run by CI).
      const text = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8').replace(/\r\n/g, '\n');
      texts.push([f, JUSTFILE_NAME.test(f) ? justfileAsMakefile(text) : text]);
    } catch {
      /* unreadable: left out */
    }
  }
  // `define` blocks of every makefile read (one may include another's), for a Dockerfile piped from one.
  const defines = new Map<string, string>();
  for (const [, text] of texts) for (const m of text.matchAll(MAKE_DEFINE)) if (!defines.has(m[1])) defines.set(m[1], m[2].replace(/\$\$/g, '$'));
  const posixTexts = texts.map(([f, t]) => [f.split(path.sep).join('/'), t] as const);
  // Each makefile's includer (the root Makefile's `include mk/*.mk`): the files of one include tree share
  // their variables (kuma's mk/docker.mk builds `-f $(TOOLS_DIR)/...`, which mk/dev.mk defines; the build
  // was dropped, its Dockerfile audited from its own directory; sweep 50/B-F4).
  const includers = new Map(posixTexts.map(([f]) => [f, includerOf(posixTexts, f)] as const));
  const textOf = new Map(posixTexts);
  // Where `make -f DIR/Makefile.x` runs a makefile nothing includes: the caller's directory (tracee's
  // builder/Makefile.* are run from the root by its release workflow and root Makefile; read from builder/,
  // their `-f builder/Dockerfile.k8s` was "not in the checkout", and a Dockerfile's scripts/ a CTX101 error;
  // sweep 50/F-F1). Callers: the makefiles (from where they run) and the workflows (from the root).
  const workflows: (readonly [string, string])[] = [];
  let workflowNames: string[] = [];
  try {
    workflowNames = fs.readdirSync(path.join(root, '.github', 'workflows')).filter((n) => /\.ya?ml$/.test(n)).sort().slice(0, 200);
  } catch {
    /* none */
  }
  for (const w of workflowNames) {
    try {
      workflows.push(['.', readRegularFile(path.join(root, '.github', 'workflows', w), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8')]);
    } catch {
      /* unreadable: left out */
    }
  }
  // (In rounds: a makefile a workflow calls from the root calls another from there: tracee's Makefile.release.)
  let calledFrom = new Map<string, string>();
  for (let round = 0; round < 3; round++) {
    const next = makeFileCallers([...posixTexts.map(([g, t]) => [includers.get(g)?.dir ?? calledFrom.get(g) ?? path.posix.dirname(g), t] as const), ...workflows], new Set(posixTexts.map(([g]) => g)));
    const same = next.size === calledFrom.size && [...next].every(([k, v]) => calledFrom.get(k) === v);
    calledFrom = next;
    if (same) break;
  }
  // Each file's assignments, read once (a name it assigns in a conditional, or twice differently: null).
  const assigned = new Map<string, Map<string, string | null>>();
  const assignmentsOf = (g: string): Map<string, string | null> => {
    let out = assigned.get(g);
    if (out !== undefined) return out;
    out = new Map();
    const text = textOf.get(g) ?? '';
    const branchedHere = branchedNames(text);
    for (const m of conditionalsUnindented(text).matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) {
      const v = branchedHere.has(m[1]) || m[2].length > 4096 ? null : m[2].replace(/(?<!\\)#.*$/, '').trimEnd();
      out.set(m[1], out.has(m[1]) && out.get(m[1]) !== v ? null : v);
    }
    assigned.set(g, out);
    return out;
  };
  // An include tree's assignments: its includer's and every file it includes, merged once per includer.
  const families = new Map<string, Map<string, string | null>>();
  const familyAssignments = (includer: string): Map<string, string | null> => {
    let out = families.get(includer);
    if (out !== undefined) return out;
    out = new Map();
    for (const g of [includer, ...posixTexts.filter(([x]) => includers.get(x)?.file === includer).map(([x]) => x)]) {
      for (const [name, v] of assignmentsOf(g)) out.set(name, out.has(name) && out.get(name) !== v ? null : v);
    }
    families.set(includer, out);
    return out;
  };
  for (const [f, text] of texts) {
    const posix = f.split(path.sep).join('/');
    const dir = includers.get(posix)?.dir ?? calledFrom.get(posix) ?? runsFromRoot(root, posix, text) ?? path.posix.dirname(posix);
    const includer = includers.get(posix)?.file;
    // (Its includer's, then the other files that one includes: make reads them all before any recipe runs.)

    // Variables that name the repository root or the Makefile's own directory (etcd's tests/antithesis
    // Makefile: REPOSITORY_ROOT := $(shell git rev-parse --show-toplevel), then `docker build --file
    // $(ANTITHESIS_ROOT)/test-template/Dockerfile $(REPOSITORY_ROOT)`): put in as absolute paths.
    // And PWD, the environment's, for the root's Makefile: make is run there (envoyproxy/ratelimit's
    // `docker compose --project-directory $(PWD) -f integration-test/...yml`). make does not change
    // PWD, so under `make -C dir` (a Makefile below the root, run from above) it is where make started:
    // not known here (the review of c4a7e1e).
    const known = new Map<string, string>([['CURDIR', path.join(root, dir)]]);
    if (dir === '' || dir === '.') known.set('PWD', root);
    const composed: [string, string][] = [];
    // (A name its conditionals give two values is make's to choose where it runs: not read.)
    const branched = branchedNames(text);
    // (Blanks, not \s: with `m`, `\s*` after `=` ran on into the next lines, and `GODEBUG :=` took
    // prometheus-operator's `CONTAINER_CLI ?= docker` as its value: sweep 46/G.)
    for (const m of conditionalsUnindented(text).matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) {
      if (branched.has(m[1])) continue;
      // A `#` starts a comment in an assignment (nginx-gateway-fabric's `TARGET ?= local## The target of the build`).
      const v = m[2].replace(/(?<!\\)#.*$/, '').trimEnd();
      if (/^\$\(shell\s+git\s+rev-parse\s+--show-toplevel\s*\)$/.test(v)) known.set(m[1], top);
      // `$(dir ...)` keeps the trailing slash its users write no slash after (`$(SELF_DIR)build/Dockerfile`).
      else if (v.includes('MAKEFILE_LIST') && MAKE_SELF_DIR.test(v)) known.set(m[1], path.join(root, path.posix.dirname(f.split(path.sep).join('/'))) + (v.startsWith('$(dir') ? '/' : ''));
      else if (/^\$\(CURDIR\)$|^\$\(shell\s+pwd\)$/.test(v)) known.set(m[1], path.join(root, dir));
      // Compose's command, whichever of its two names the machine has (scinote-web: `COMPOSE=$(shell
      // command -v docker-compose >/dev/null 2>&1 && echo docker-compose || echo "docker compose")`).
      else if (/^\$\(shell\s/.test(v) && /\bdocker-compose\b/.test(v) && /\bdocker compose\b/.test(v) && !/\bpodman\b/.test(v)) known.set(m[1], 'docker compose');
      // The container engine the machine has, docker among them (ansible/receptor's tests/Makefile:
      // `$(shell command -v docker || command -v podman)`, then `$(CONTAINER_RUN) build -f ...`): a
      // build either way, of the same Containerfile and context (unread, its builds went unseen, and
      // suggest for another Dockerfile of the context dropped the sources this one's ADD . . needs).
      else if (/^\$\(shell\s+(?:(?:command\s+-v|which|type\s+-p)\s+(?:docker|podman|nerdctl)\b[^()|]*(?:\|\|\s*)?)+\)$/.test(v) && /\bdocker\b/.test(v)) known.set(m[1], 'docker');
      // Its base name (netobserv's console plugin: `OCI_BIN_PATH = $(shell which docker 2>/dev/null ||
      // which podman)`, `OCI_BIN ?= $(shell basename ${OCI_BIN_PATH})`, then `$(OCI_BIN) buildx build`).
      else if (known.get(/^\$\(shell\s+basename\s+\$[({]([A-Za-z_][\w.-]*)[)}]\s*\)$/.exec(v)?.[1] ?? '') === 'docker') known.set(m[1], 'docker');
      // A plain value (kubeflow/model-registry's clients/ui/Makefile: `DOCKER_BUILD_ARGS :=
      // --build-arg UI_SOURCE_CODE=clients/ui/frontend ...`, then `build -f Dockerfile
      // $(DOCKER_BUILD_ARGS) ../..`): its build args, which decide what the Dockerfile copies.
      else if (!known.has(m[1]) && !/[$`]/.test(v) && v.length <= 4096) known.set(m[1], v);
      // An image name whose tag only the shell makes (local-path-provisioner's `CI_IMAGE ?=
      // local-path-provisioner-ci:$(shell git rev-parse --short HEAD 2>/dev/null || echo dev)`): the name is
      // what its builds, runs and pushes share; the tag stands in as `shell` (sweep 49/D-F3: not read, the
      // image was taken for one that may ship, and its .git a CTX003 error).
      else if (!known.has(m[1]) && v.length <= 1024 && /^(?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*:\$\(shell\s[^()]*\)$/.test(v)) known.set(m[1], v.slice(0, v.indexOf(':$(shell')) + ':shell');
      else if (!known.has(m[1]) && /\$[({]/.test(v) && !/[`]|\$\((?:shell|call|eval|wildcard|foreach)\b/.test(v) && v.length <= 4096) composed.push([m[1], v]);
    }
    // What the rest of its include tree assigns, where this file does not: plain values and values made of others.
    // (A name two of them assign differently, or one assigns in a conditional, is make's to choose: not read.)
    // (This file's own names are read above, but for one it assigns with `?=`, which an earlier `=` of the
    // tree beats: another value there makes it make's to choose. An includer reads the tree it includes
    // too: the review of f6734369, B-R5.)
    const tree = includer ?? (posixTexts.some(([g]) => includers.get(g)?.file === posix) ? posix : undefined);
    const family = tree === undefined ? new Map<string, string | null>() : familyAssignments(tree);
    for (const m of text.matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*\?=/gm)) {
      if (family.has(m[1]) && family.get(m[1]) !== known.get(m[1])) known.delete(m[1]);
    }
    for (const [name, v] of family) {
      if (v === null || known.has(name) || branched.has(name) || composed.some(([n]) => n === name)) continue;
      if (!/[$`]/.test(v)) known.set(name, v);
      else if (/\$[({]/.test(v) && !/[`]|\$\((?:shell|call|eval|wildcard|foreach)\b/.test(v)) composed.push([name, v]);
    }
    // Values made of known ones (archetype-symfony's `DOCKER_COMPOSE = docker compose --file
    // .docker/docker-compose.yaml --file .docker/docker-compose.$(ENV).yaml`, `ENV ?= dev`), in
    // rounds: only when every reference is known.
    for (let round = 0; round < 4; round++) {
      let added = false;
      for (const [name, v] of composed) {
        if (known.has(name)) continue;
        const out = v.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (all, n: string) => known.get(n) ?? all);
        if (!/\$/.test(out)) {
          known.set(name, out);
          added = true;
        }
      }
      if (!added) break;
    }
    // Variables, then `$(strip ...)` of what they made (nginx-gateway-fabric's `--target $(strip $(TARGET))`).
    const expand = (line: string) => {
      // Inline, in make's or the recipe shell's words (regen-ledger's images/Makefile: `docker build
      // -t me/env -f env/Dockerfile $(shell git rev-parse --show-toplevel)`).
      if (line.includes('rev-parse')) line = line.replace(MAKE_GIT_TOPLEVEL, top);
      let out = line.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (all, name: string) => known.get(name) ?? all);
      if (out.includes('$(strip')) out = out.replace(/\$\(strip\s+([^$()]*)\)/g, (_, x: string) => x.trim().replace(/\s+/g, ' '));
      return out;
    };
    const lines = text.split('\n').map(expand);
    // What the recipes' shells get from make's environment: COMPOSE_FILE exported with a value known
    // here (`export COMPOSE_FILE := ...`, or `export COMPOSE_FILE` / .EXPORT_ALL_VARIABLES beside its
    // assignment) chooses the Compose files of a recipe's `docker compose build` (AxumKit's justfile).
    const exportsAll = /^\.EXPORT_ALL_VARIABLES\s*:/m.test(text);
    const makeEnv: Record<string, string> = {};
    for (const name of ['COMPOSE_FILE', 'COMPOSE_PATH_SEPARATOR']) {
      const exported = exportsAll || new RegExp(`^export\\s+(?:[\\w.-]+\\s+)*${name}\\b`, 'm').test(text);
      const value = known.get(name);
      if (exported && value !== undefined && !/[$`]/.test(value)) makeEnv[name] = value.replace(/^(["'])(.*)\1$/, '$2');
    }
    // The lines of the current rule so far (noobaa's build-ssl-postgres: `openssl ... -out
    // certs/ca.crt`, then `docker build -f .../SSLPostgres.Dockerfile .`, which copies it).
    let ruleSoFar: string[] = [];
    // `.ONESHELL:`: a rule's lines run in one shell, so an export before the build reaches it (the review of 5d3123aa).
    const oneShell = /^\.ONESHELL\s*:/m.test(text);
    const at = path.join(root, dir);
    // The recipes of the rule's prerequisites, which make runs first (skipper's packaging/Makefile:
    // `docker.build: clean $(BINARIES)`, each binary's rule `go build -o webhook ...`: the COPY source
    // the build needs was a CTX101 error; sweep 50/B-F1).
    const rules = makeRules(lines);
    let head: string[] = [];
    let prereqs: { target: string; line: number; text: string }[] | null = null;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('\t')) {
        if (lines[i].trim() !== '' && !lines[i].trimStart().startsWith('#')) {
          ruleSoFar = [];
          head = ruleHead(lines[i])?.targets ?? [];
          prereqs = null;
        }
        continue;
      }
      const first = i;
      let recipe = lines[i].slice(1);
      while (/\\\s*$/.test(recipe) && i + 1 < lines.length && recipe.length < 1 << 16) recipe = recipe.replace(/\\\s*$/, ' ') + lines[++i].replace(/^\t/, '');
      recipe = recipe.replace(/^[@+-]+/, '');
      // (Read only for a rule that builds: bounded work on a stranger's makefile of many rules.)
      if (COMPOSE_HEAD.test(recipe) || DOCKER_BUILD_RE.test(recipe)) prereqs ??= prerequisiteRecipes(rules, head);
      const earlier = [...(prereqs ?? []).map((p) => p.text), ...ruleSoFar];
      // (Each prerequisite's recipe a step of its own, named by its line: what writes a source is named.)
      const steps = (prereqs ?? []).map((p) => ({ step: `${f}:${p.line} (the recipe of ${p.target}, which make runs before ${f}:${first + 1})`, text: p.text }));
      const before = earlier.length > 0 ? { before: { text: earlier.join('\n'), at, ...(ruleSoFar.length > 0 ? { own: ruleSoFar.join('\n') } : {}), ...(steps.length > 0 ? { prerequisites: steps } : {}) } } : {};
      ruleSoFar.push(recipe);
      if (COMPOSE_HEAD.test(recipe)) out.push(...composeRecipeBuilds(root, `${f}:${first + 1}`, recipe, dir, undefined, undefined, makeEnv).map((b) => ({ ...b, ...before })));
      if (!DOCKER_BUILD_RE.test(recipe)) continue;
      for (const c of dockerBuildCommands(recipe, dir, undefined, undefined, true, root)) {
        if (c.fileGlob) {
          // A whole `-f $(NAME)` this makefile assigns, but not as a literal (tracee's `$(abspath $(shell find
          // -name Dockerfile.alpine-tracee-make))`): the Dockerfiles its definition names, not every one beside
          // it, each of which was placed by this recipe (sweep 50/F-F1). One its caller sets: any of them.
          const whole = /(?:^|\s)(?:-f|--file)[ =]\$[({]([A-Za-z_][\w.-]*)[)}](?=\s|$)/.exec(recipe.length > 4096 ? '' : recipe)?.[1];
          const definition = whole === undefined ? undefined : assignmentsOf(posix).get(whole);
          const named = typeof definition === 'string' ? new Set(definition.match(/[\w.-]*(?:[Dd]ockerfile|Containerfile)[\w.-]*/g) ?? []) : null;
          // (`$(shell find -name X)` finds X anywhere below where make runs.)
          const found = named !== null && /\bfind\b/.test(definition as string) ? rel.map((x) => x.split(path.sep).join('/')).filter((x) => named.has(path.posix.basename(x)) && (dir === '.' || x.startsWith(dir + '/'))).sort().slice(0, 64) : null;
          for (const m of found ?? filesMatching(c.file as string, rel).filter((x) => named === null || named.has(path.posix.basename(x)))) out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), dockerfile: path.resolve(root, m), args: c.args, ...(c.target !== undefined ? { target: c.target } : {}), fromPattern: c.file as string });
          continue;
        }
        if (c.stdin) {
          const fed = stdinFileText(root, c.stdinFile);
          const piped = ECHO_INTO_BUILD.exec(recipe)?.[1];
          const text = piped === undefined ? undefined : defines.get(piped);
          out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), args: c.args, ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...before, stdin: fed ?? (text === undefined ? null : { text, from: piped as string }) });
          continue;
        }
        // Its stage too (openslides-backend's `make build-tests`: `--target "tests"`).
        out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), dockerfile: c.file === undefined ? undefined : path.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...before, ...localImageOf(c.localNames, lines.join('\n'), f, c.localByIdFile, c.untagged ? { at: `${f}:${first + 1}` } : undefined), ...(c.stageUnknown ? { stageUnknown: true as const } : {}), ...(c.gitArchive ? { gitArchive: true as const } : {}), ...legacyBuild(c, text.split('\n').filter((l) => !l.startsWith('\t')).join('\n') + (oneShell ? `\n${ruleSoFar.join('\n')}` : '')) });
      }
    }
  }
  return out;
}

/**
 * The names a Makefile's conditionals give more than one value (`ifeq (...)` `X = a` `else` `X = b`):
 * which branch make takes is known only where it runs, so neither value is read.
 */
function branchedNames(text: string): Set<string> {
  const values = new Map<string, Set<string>>();
  let depth = 0;
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (/^(?:ifeq|ifneq|ifdef|ifndef)\b/.test(t) && !l.startsWith('\t')) depth++;
    else if (t === 'endif' && depth > 0) depth--;
    else if (depth > 0) {
      // (`export NAME = ...` too, as the assignments are read: the review of de765b7.)
      const m = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?::{1,3}|\?|\+)?=\s*(.*?)\s*$/.exec(t);
      if (m !== null) values.set(m[1], (values.get(m[1]) ?? new Set<string>()).add(m[2]));
    }
  }
  // Container engines for one command are one build either way (drogue-cloud's `CONTAINER ?= docker`
  // or `podman`): read, the first.
  // Compose's names too (openvas-scanner's compose/Makefile: `CMD := docker compose`, `docker-compose` or `podman-compose`).
  const engines = (v: Set<string>) => [...v].every((x) => /^(?:docker|podman|nerdctl)(?:\s+(?:buildx|compose))?$|^(?:docker|podman)-compose$/.test(x));
  return new Set([...values].filter(([, v]) => v.size > 1 && !engines(v)).map(([k]) => k));
}

/**
 * A Makefile's text with the lines inside its conditionals (`ifeq` ... `endif`, outside any rule's
 * recipe) unindented: make reads an assignment there whatever its indentation (drogue-cloud's
 * `ifeq (, $(shell which podman))` then an indented `CONTAINER ?= docker`).
 */
function conditionalsUnindented(text: string): string {
  let depth = 0;
  let inRecipe = false;
  return text
    .split('\n')
    .map((l) => {
      const t = l.trim();
      if (/^(?:ifeq|ifneq|ifdef|ifndef)\b/.test(t) && !l.startsWith('\t')) depth++;
      else if (t === 'endif' && depth > 0) depth--;
      else if (l !== '' && !l.startsWith('\t') && !l.startsWith(' ') && !t.startsWith('#')) inRecipe = /^[^=]*[^:=]:(?!=)/.test(l);
      return depth > 0 && !inRecipe ? l.replace(/^[ \t]+/, '') : l;
    })
    .join('\n');
}

/**
 * The bodies of the heredocs a script feeds to a `docker build -f -` (`-f-`) on the same line: the
 * lines after it up to its delimiter (`<<-` strips their leading tabs, as the shell does). An unquoted
 * one with an expansion left in it is '' (its text is the shell's to make).
 */
function heredocBuilds(script: string): string[] {
  const lines = script.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < 8; i++) {
    const l = lines[i];
    if (!DOCKER_BUILD_RE.test(l) || /\bcompose\b/.test(l) || !/(?:^|\s)(?:-f\s*-|--file[=\s]-)(?=\s|$)/.test(l)) continue;
    const h = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(l);
    if (h === null) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const b = h[1] === '-' ? lines[j].replace(/^\t+/, '') : lines[j];
      if (b === h[3]) break;
      body.push(b);
    }
    // Unquoted, the shell expands it first: the variables the script sets once to a literal put in
    // (external-dns' e2e-test.sh: `ALPINE_VERSION=...`, then `FROM alpine:${ALPINE_VERSION}`), and
    // only a text with no expansion left in it (`\$` made `$`).
    const raw = body.join('\n') + '\n';
    if (j < lines.length) {
      if (h[2] !== '') out.push(raw);
      else {
        const names = [...new Set([...raw.matchAll(/(?<!\\)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)].map((x) => x[1] ?? x[2]))].slice(0, 32);
        // (Assignments in the script, not in a heredoc's own lines: `ARG DIR=missing` is the Dockerfile's, the review of 586c51b.)
        const values = names.length > 0 ? assignedOnce(withoutHeredocBodies(script), names) : {};
        const text = raw.replace(/(?<!\\)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, a?: string, b?: string) => values[(a ?? b) as string] ?? all);
        out.push(/(?<!\\)[$`]/.test(text) ? '' : text.replace(/\\([$`\\])/g, '$1'));
      }
    }
    i = j;
  }
  return out;
}

/** `$(git rev-parse --show-toplevel)` or its backquoted form, as a script writes it (quoted or not). */
const GIT_TOPLEVEL = /\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)|`\s*git\s+rev-parse\s+--show-toplevel\s*`/g;
/** The same in a Makefile: make's `$(shell ...)`, or the recipe shell's `$$(...)`. */
const MAKE_GIT_TOPLEVEL = /\$\(shell\s+git\s+rev-parse\s+--show-toplevel\s*\)|\$\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)|`\s*git\s+rev-parse\s+--show-toplevel\s*`/g;

/** A build command in a script: docker's own, or a wrapper function or variable before `build`. */
// The variable may be quoted: swarm's build-container-artifact.sh runs `"${RUNTIME}" build ... -f
// deploy/container-mvp/Containerfile .` (RUNTIME=docker), unseen by suggest for its sibling Containerfile.base.
const SCRIPT_BUILD = new RegExp(String.raw`(?:${DOCKER_BUILD}|(?:^|[\s;&|(])(?:\w*[Bb]uildx\w*|"\$\{?\w+\}?"|\$\{?\w+\}?)\s+build\b)(.*)$`);

/** A `cd` target that is the repository root: a variable named for it, or git's own answer. */
const ROOT_CD = /^(?:\$\{?(?:GIT_ROOT|REPO_ROOT|ROOT_DIR|ROOTDIR|ROOT|PROJECT_ROOT|PROJECT_DIR|TOP_DIR|TOPDIR|TOPLEVEL|REPO_DIR|BASE_DIR|SRC_ROOT|WORKSPACE_ROOT)\}?|\$\(git rev-parse --show-toplevel\))$/;

/**
 * `docker build` lines in the shell scripts among `rel` (paths from `root`, the repository's):
 * `*.sh`/`*.bash`, or a file with a shell `#!` line in a scripts, tools, hack, bin, ci or build
 * directory. A script is taken to run from the root (as `./scripts/x.sh` is run), `$(dirname "$0")`
 * is its own directory, and a `cd` to the root's variable (`cd "$GIT_ROOT"`) goes back there. For
 * `suggest` only, like makefileBuilds: BentoML's tools/generate-grpc-stubs builds
 * tools/dev.Dockerfile from the root, and its bind mount of `.` needs src/ and tests/.
 */
export function scriptBuilds(root: string, rel: readonly string[]): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  // git's answer for the repository root: the repository's, which `--all DIR` may be below.
  const top = findRepoRoot(root) ?? root;
  const candidates = rel.filter((f) => SCRIPT_NAME.test(f)).slice(0, 100);
  const texts = new Map<string, string>();
  for (const f of candidates) {
    let text: string;
    try {
      text = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 256 * 1024 }).toString('utf8');
    } catch {
      continue;
    }
    if (!/\.(?:sh|bash)$/.test(f) && !/^#!.*\b(?:ba|z|da)?sh\b/.test(text)) continue;
    text = withoutPrintedHeredocs(text);
    if (!/\bdocker\b/.test(text)) continue;
    texts.set(f, text);
  }
  // (The runs of every script: one that runs no docker itself passes its callers' variables on, sloth's build-all.)
  const calls = texts.size === 0 ? new Map<string, ScriptCall[]>() : scriptCalls(root, rel, candidates);
  for (const [f, plain] of texts) {
    const dir = path.posix.dirname(f.split(path.sep).join('/'));
    // The same build again (a function's body inlined at each of its calls, or the script read as a caller runs it):
    // once, as its first.
    const seen = new Set<string>();
    // As written, and as each caller runs it, with the variables it sets and the words it passes (sweep 56/X-F1,
    // sweep 55/N-F4).
    for (const { text, cwd: calledFrom } of [{ text: plain, cwd: '.' }, ...asCalled(plain, calls.get(f) ?? [])]) {
      // The script's own directory: root-relative, as the script is taken to run from the root; absolute where a caller
      // runs it from elsewhere, since the `cd` there would move a relative one (the review of 5e24ffe6, RB-R2:
      // `cd "$(dirname "$0")/.."` from srv/'s Makefile resolved in srv/).
      const ownDir = calledFrom === '.' ? dir : path.join(root, dir);
      // git's own answer for the repository root is the root the script is taken to run from (regen-
      // ledger's `docker build ... "$(git rev-parse --show-toplevel)"`).
      // As an absolute path (a `cd` before it moves nothing), not where a `cd` goes (ROOT_CD reads that).
      // The script's directories first, then the engine variables: a Compose command held in a variable
      // may name a file through one (ldap-rest's tests/run.sh: `ROOT="$(cd "$HERE/.." && pwd)"`, then
      // `COMPOSE="docker compose -f $ROOT/docker-compose.yml"` and `$COMPOSE up -d --build lsc`).
      const own = withTargetValues(withTargetLoops(withEngineVariables(withWordArrays(scriptDirs(text.replace(/\$\(\s*dirname\s+(?:--\s+)?(?:"\$0"|\$0|"\$\{BASH_SOURCE(?:\[[0@*]\])?\}"|\$\{BASH_SOURCE(?:\[[0@*]\])?\}|"\$BASH_SOURCE"|\$BASH_SOURCE)\s*\)|\$\{BASH_SOURCE%\/\*\}/g, ownDir).replace(GIT_TOPLEVEL, (m, at: number, all: string) => (/\b(?:cd|pushd)\s+["']?$/.test(all.slice(Math.max(0, at - 16), at)) ? m : top)))))));
      // What the script runs before its first build (from the root, as it is taken to run).
      const firstBuild = Math.min(...[DOCKER_BUILD_RE.exec(own)?.index, COMPOSE_HEAD.exec(own)?.index, SCRIPT_BUILD.exec(own)?.index].filter((x): x is number => x !== undefined), own.length);
      const head = own.slice(0, own.lastIndexOf('\n', firstBuild) + 1);
      const before = head.trim() === '' ? {} : { before: { text: head, at: root } };
      for (const b of composeRecipeBuilds(root, f, own, '.', ROOT_CD, dir)) {
        const key = JSON.stringify(['compose', { ...b, before: undefined }]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...b, ...before });
      }
      // `docker build`, or a wrapper of it (BentoML's `buildxCmd build`, `$DOCKER build`) when it names a Dockerfile.
      const builds = dockerBuildCommands(own, '.', ROOT_CD, SCRIPT_BUILD, true);
      let docs: string[] | undefined;
      let stdinBuilds: number | undefined;
      for (const c of builds) {
        if (c.file === undefined && !DOCKER_BUILD_RE.test(own)) continue;
        if (c.fileGlob) {
          // The files whose names the script assigns to a variable, when it names any (secrets-store-csi-driver's
          // docker/build.sh: `dockerfile_name="Dockerfile"`, `windows.Dockerfile` in an `if`, then `-f
          // "${dockerfile_name}" ..`): not every Dockerfile of the directory (crd.Dockerfile, `COPY * /crds/`,
          // which it builds from another context, was taken as built from the root: CTX003 at error).
          const matches = filesMatching(c.file as string, rel);
          const values = c.fileVar === undefined ? null : literalValues(own, c.fileVar);
          const assigned = values === null ? [] : matches.filter((m) => values.includes(m.slice(m.lastIndexOf('/') + 1)));
          for (const m of assigned.length > 0 ? assigned : matches) out.push({ name: f, context: contextAt(root, c.context), dockerfile: path.resolve(root, m), args: c.args, ...(c.target !== undefined ? { target: c.target } : {}), fromPattern: c.file as string });
          continue;
        }
        if (c.stdin) {
          // A heredoc the build reads (`docker build -f- . <<EOF` ... `EOF`): its text, only when the
          // script has one build from stdin and one such heredoc (the review of b6c5dce: a second `-f -`
          // build got another's text), with its stage and what the script runs before it.
          const fed = stdinFileText(root, c.stdinFile);
          docs ??= heredocBuilds(own);
          stdinBuilds ??= builds.filter((x) => x.stdin).length;
          const one = stdinBuilds === 1 && docs.length === 1 && docs[0] !== '';
          out.push({ name: f, context: contextAt(root, c.context), args: c.args, ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...before, stdin: fed ?? (one ? { text: docs[0], from: 'a heredoc' } : null) });
          continue;
        }
        // Taken to run from the root, a script whose build is there only from its own directory runs
        // there (pytorch/serve's docker/build_image.sh, which CI runs with `working-directory: docker`:
        // `--file Dockerfile ... ../`): its context and Dockerfile as the script's directory reads them.
        const moved = fromOwnDir(root, dir, c.context, c.file) ?? ownImageDir(root, dir, c, () => namedByPath(root, rel, f));
        const at = moved ?? { context: contextAt(root, c.context), dockerfile: c.file === undefined ? undefined : path.resolve(root, c.file) };
        // What it runs first runs there too (the review of 42a3fea: `cp ../settings.example.json
        // settings.json` before `docker build .` was read from the root, and the copy made nothing).
        const ranBefore = moved !== null && head.trim() !== '' ? { before: { text: head, at: path.join(root, dir) } } : before;
        // The same build again (a function's body inlined at each of its calls): once, as its first (each was read
        // against the script before it, thousands of times on a stranger's script; the review of d799c325).
        const key = JSON.stringify([at.context, at.dockerfile ?? null, c.target ?? null, c.args, c.argsAtRunTime, c.namedContexts, c.buildx, c.legacyByLine, c.tags ?? null, c.localNames, c.untagged ?? false, c.localByIdFile ?? false, c.stageUnknown ?? false, c.gitArchive ?? false]);
        if (seen.has(key)) continue;
        seen.add(key);
        // Its stage and named contexts too, as a Makefile recipe's (a script's `docker build --target dev`).
        out.push({ name: f, context: at.context, dockerfile: at.dockerfile, args: c.args, ...(calledFrom !== '.' ? { calledFrom } : {}), ...withRunTimeArgs(c.argsAtRunTime), ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...ranBefore, ...localImageOf(c.localNames, text, f, c.localByIdFile, c.untagged ? { at: f } : undefined), ...(c.stageUnknown ? { stageUnknown: true as const } : {}), ...(c.gitArchive ? { gitArchive: true as const } : {}), ...legacyBuild(c, c.untilHere?.() ?? '') });
      }
    }
  }
  return out;
}

/** A run of a repository script by another file: the literal variables set before it and the words after it. */
interface ScriptCall {
  env: Record<string, string>;
  args: string[];
  /** Where it runs, root-relative: a Makefile's recipe in the Makefile's directory, an npm script in its package's. */
  cwd: string;
}

/**
 * The runs of these scripts (root-relative) by the repository's Makefiles, scripts, package.json files and GitHub
 * workflows: `DOCKER_FILE_PATH=./docker/prod/Dockerfile ./scripts/build-image.sh` (sloth's Makefile, sweep 56/X-F1),
 * `./docker-build.sh . batch/terra-chart/Dockerfile.worker $(IMAGE_NAME)` (hail's, sweep 55/N-F4). A script run by a
 * script takes on the variables its own callers set (sloth's build-publish-image-all.sh runs build-image.sh). Only a
 * path written as the script's from the caller's directory or the root (`./x.sh`, `bash x.sh`, `$(CURDIR)/x.sh`);
 * a variable's value with `$` or a backquote is not known, and not set. Bounded: 400 files of 256 kB, 8 MB in all, 256
 * runs a file, 4,096 in all, 32 kept a script.
 */
function scriptCalls(root: string, rel: readonly string[], scripts: readonly string[]): Map<string, ScriptCall[]> {
  const out = new Map<string, ScriptCall[]>();
  const byName = new Map<string, string[]>();
  for (const s of scripts) byName.set(path.posix.basename(s), [...(byName.get(path.posix.basename(s)) ?? []), s]);
  let workflows: string[] = [];
  try {
    workflows = fs.readdirSync(path.join(root, '.github', 'workflows')).filter((n) => /\.ya?ml$/.test(n)).map((n) => `.github/workflows/${n}`);
  } catch {
    // none
  }
  const callers = [...rel.filter((f) => MAKEFILE_NAME.test(f) || SCRIPT_NAME.test(f) || /(?:^|\/)package\.json$/.test(f)), ...workflows].slice(0, 400);
  const found: { by: string; script: string; call: ScriptCall }[] = [];
  // One pass over each caller for every name (the review of 5e24ffe6, RB-R5: a pass per name, 100 names over a 255 kB
  // Makefile, took 3 s).
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return out;
  const call = new RegExp(`(?:^|[\\s;&|(@])((?:[A-Za-z_]\\w*=(?:"[^"\\n]*"|'[^'\\n]*'|[^\\s;&|'"]*)[ \\t]+){0,16})(?:(?:ba|da)?sh[ \\t]+)?((?:\\./|\\$\\(CURDIR\\)/|\\$\\{?PWD\\}?/)?(?:[\\w.-]+/){0,8}(${names.join('|')}))(?=[ \\t;&|)\\n]|$)([^;&|\\n]{0,512})`, 'g');
  // (At most 8 MB read in all: a file a name in it.)
  let budget = 8 << 20;
  const plainNames = [...byName.keys()];
  for (const by of callers) {
    if (budget < 0) break;
    let raw: string;
    try {
      raw = readRegularFile(path.join(root, by), { noFollow: true, maxBytes: 256 * 1024 }).toString('utf8');
    } catch {
      continue;
    }
    budget -= raw.length;
    if (!plainNames.some((n) => raw.includes(n))) continue;
    // (Not in a comment, nor in a heredoc's text, a usage message: the review of 5e24ffe6, RB-R3.)
    const text = withoutCommentLines(SCRIPT_NAME.test(by) ? withoutHeredocBodies(raw) : raw, by);
    // (Where the caller runs it: make and npm in the file's directory; a workflow and a script, as taken here, at the root.)
    const runsAt = MAKEFILE_NAME.test(by) || /(?:^|\/)package\.json$/.test(by) ? path.posix.dirname(by) : '.';
    const byDir = /^\.github\/workflows\//.test(by) ? '.' : path.posix.dirname(by);
    let n = 0;
    for (const m of text.matchAll(call)) {
      if (++n > 256) break;
      const paths = byName.get(m[3]) ?? [];
      const written = m[2].replace(/^(?:\.\/|\$\(CURDIR\)\/|\$\{?PWD\}?\/)/, '');
      const script = paths.find((p) => p === path.posix.normalize(written) || p === path.posix.normalize(path.posix.join(byDir, written)));
      if (script === undefined || script === by) continue;
      const env: Record<string, string> = {};
      for (const a of m[1].matchAll(/([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|[^\s;&|'"]*)/g)) {
        const v = a[2].replace(/^(["'])(.*)\1$/, '$2');
        if (!/[$`]/.test(v) && !v.includes("'")) env[a[1]] = v;
      }
      // Its words, to a redirection or the end of its command (a trailing `\` of a continued line ends it too).
      const args = shellWords(m[4].replace(/\\$/, '')).filter((w) => w !== '\\');
      const cut = args.findIndex((w) => /^\d*[<>]/.test(w));
      // (A `cd DIR &&` before it on its line moves it: `cd .. && ./docker-build.sh . x/Dockerfile`.)
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const cdTo = [...text.slice(lineStart, m.index + 1).slice(-512).matchAll(/(?:^|[\s;&|(])cd[ \t]+([\w.@+-]+(?:\/[\w.@+-]+)*)\/?[ \t]*(?:&&|;)/g)].pop()?.[1];
      const cwd = cdTo === undefined ? runsAt : path.posix.normalize(path.posix.join(runsAt, cdTo));
      if (cwd === '..' || cwd.startsWith('../')) continue;
      if (found.length < 4096) found.push({ by, script, call: { env, args: cut < 0 ? args : args.slice(0, cut), cwd } });
    }
  }
  const add = (script: string, call: ScriptCall) => {
    const list = out.get(script) ?? [];
    const key = JSON.stringify(call);
    if (list.length < 32 && !list.some((c) => JSON.stringify(c) === key) && (call.args.length > 0 || Object.keys(call.env).length > 0 || call.cwd !== '.')) list.push(call);
    out.set(script, list);
  };
  // A script run by a script: with each of the variables its callers set under its own (one level).
  const direct = new Map<string, ScriptCall[]>();
  for (const x of found) direct.set(x.script, [...(direct.get(x.script) ?? []), x.call]);
  for (const x of found) {
    add(x.script, x.call);
    for (const parent of (direct.get(x.by) ?? []).slice(0, 8)) if (Object.keys(parent.env).length > 0) add(x.script, { env: { ...parent.env, ...x.call.env }, args: x.call.args, cwd: x.call.cwd });
  }
  return out;
}

/**
 * A script's text as each call runs it: the variables the call sets assigned first, and, where the script reads its
 * positional parameters, its body as a function called with the call's words (withFunctionCalls puts them in); with
 * `cwd`, the directory the caller runs it from (the reading starts with a `cd` there).
 */
function asCalled(text: string, calls: readonly ScriptCall[]): { text: string; cwd: string }[] {
  const out: { text: string; cwd: string }[] = [];
  for (const c of calls) {
    // A parameter with a default or a check (`${1:-.}`, `${1?usage}`): the word passed, else the default (the review of
    // 5e24ffe6, RB-R4: `docker build "${1:-.}"` got no reading).
    const given = text.replace(/\$\{([1-9])(:?[-?])([^{}\n]{0,256})\}/g, (m, n: string, op: string, def: string) => (Number(n) <= c.args.length ? `\${${n}}` : op.endsWith('-') ? def : m));
    const positional = /\$(?:[1-9@*]|\{[1-9@*]\})/.test(given);
    // (Unquoted where the value allows: the script's readers take a plain assignment.)
    // (From where the caller runs it: bootstrap-gateway/Makefile's `../docker-build.sh . Dockerfile.out` builds there.)
    const cwd = c.cwd === '.' || !/^[\w./@+-]+$/.test(c.cwd) ? '.' : c.cwd;
    const cd = cwd === '.' ? '' : `cd ${cwd}\n`;
    const env = cd + Object.entries(c.env).map(([k, v]) => (/^[\w./:@%+=,-]*$/.test(v) ? `${k}=${v}\n` : `${k}="${v.replace(/["\\]/g, '')}"\n`)).join('');
    const args = c.args.map((w) => (/^[\w./:@%+=,-]+$/.test(w) || /^\$/.test(w) ? w : `'${w.replace(/'/g, '')}'`)).join(' ');
    // (Put in here, before the script's directories and variables are read: hail's `CONTEXT="$(cd $1 && pwd)"`. The body
    // as called only, after the marker: the definition withFunctionCalls keeps would assign each variable twice.)
    if (positional && c.args.length > 0) {
      const marker = '# ctx-audit: the script as called\n';
      const called = withFunctionCalls(`__ctx_audit_call() {\n${given}\n}\n${marker}__ctx_audit_call ${args}\n`);
      const at = called.lastIndexOf(marker);
      const rest = at < 0 ? '' : called.slice(at + marker.length);
      // (Not inlined, a body over withFunctionCalls' bounds or one that shifts: the call alone is left, no variant.)
      if (rest !== '' && !rest.startsWith('__ctx_audit_call')) out.push({ text: env + rest, cwd });
    } else if (env !== '') out.push({ text: env + given, cwd });
  }
  return out;
}

/** A GitLab CI file: `.gitlab-ci.yml` (or `.gitlab-ci.*.yml`), and the files under `.gitlab/` that it includes. */
const GITLAB_CI_FILE = /^(?:\.gitlab-ci[^/]*\.ya?ml|\.gitlab\/(?:[^/]+\/)*[^/]+\.ya?ml)$/;
/** Top-level keys of a GitLab CI file that are no job. */
const GITLAB_RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'pages', 'spec']);

/**
 * `docker build` in a GitLab CI job's `before_script` and `script` (maubot's .gitlab-ci.yml: `docker build
 * --tag $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA . -f Dockerfile.ci`, then `docker push`): a build of its own, run in
 * the project directory (`$CI_PROJECT_DIR`, the checkout's root), the file's and the job's literal
 * `variables:` put in. Its Dockerfile was audited from a guessed context, "no workflow, Compose or Bake file
 * builds this Dockerfile", .git shipped in a pushed image a warning (sweep 55/Q-F1). At most 5 files of 128 kB,
 * 200 jobs each. A job that `extends:` a template of the same file is read with the template's keys under its own
 * (three levels). Not read (the review of b25e350b): a hidden job itself, one no rule runs, one with a
 * `!reference` in its script, one that extends what an `include:` gives. Artifacts of jobs of earlier stages (or
 * that it `needs:`) are made before it.
 */
export function gitlabCiBuilds(root: string, rel: readonly string[]): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  // (At most 5 files of 128 kB: a stranger's 689 kB file of 25,000 keys took 9 s to parse; the review of
  // b25e350b, RC-R5.)
  for (const f of rel.filter((x) => GITLAB_CI_FILE.test(x)).slice(0, 5)) {
    let doc: unknown;
    try {
      const text = readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 128 * 1024 }).toString('utf8');
      if (!/\bdocker\b/.test(text)) continue;
      doc = YAML.parse(text, { ...YAML_OPTIONS, maxAliasCount: 1000, merge: true });
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
    const top = doc as Record<string, unknown>;
    const obj = (o: unknown): Record<string, unknown> => (o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : {});
    const vars = (o: unknown): Record<string, string> =>
      Object.fromEntries(Object.entries(obj(o)).flatMap(([k, v]) => (typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : typeof obj(v).value === 'string' ? [[k, obj(v).value as string]] : [])));
    // A job's script lines, or null when one is not a string (a `!reference` to another job's: not known here).
    const lines = (o: unknown): string[] | null => {
      if (o === undefined) return [];
      if (typeof o === 'string') return [o];
      if (!Array.isArray(o)) return null;
      const flat = o.flat(4);
      return flat.every((x) => typeof x === 'string') ? (flat as string[]) : null;
    };
    const fileVars = vars(top.variables);
    const defaults = obj(top.default);
    const stages = Array.isArray(top.stages) ? top.stages.filter((x): x is string => typeof x === 'string') : ['build', 'test', 'deploy'];
    const stageOf = (j: Record<string, unknown>) => {
      const i = stages.indexOf(typeof j.stage === 'string' ? j.stage : 'test');
      return i < 0 ? stages.length : i;
    };
    // A job with what it `extends:` put under it, as GitLab merges them (hashes key by key, `variables` too; a
    // list or a string replaced), three levels deep at most; null when one is not in this file (an `include:`'s).
    const resolved = (body: Record<string, unknown>, depth = 0): Record<string, unknown> | null => {
      if (body.extends === undefined) return body;
      if (depth >= 3) return null;
      const names = typeof body.extends === 'string' ? [body.extends] : Array.isArray(body.extends) ? body.extends : null;
      if (names === null || names.length > 8) return null;
      let merged: Record<string, unknown> = {};
      for (const n of names) {
        const base = typeof n === 'string' && Object.hasOwn(top, n) ? resolved(obj(top[n]), depth + 1) : null;
        if (base === null) return null;
        merged = { ...merged, ...base, variables: { ...obj(merged.variables), ...obj(base.variables) } };
      }
      const { extends: _, ...own } = body;
      return { ...merged, ...own, variables: { ...obj(merged.variables), ...obj(own.variables) } };
    };
    const jobs = Object.entries(top)
      .filter(([name, body]) => !GITLAB_RESERVED.has(name) && !name.startsWith('.') && Object.keys(obj(body)).length > 0)
      .slice(0, 200)
      .flatMap(([name, body]) => {
        const r = resolved(obj(body));
        return r === null ? [] : [[name, r] as const];
      });
    for (const [job, j] of jobs) {
      // Not one no pipeline runs (every rule `when: never`; the review of b25e350b, RC-R2). One that `extends:` a
      // template is read with the template's before_script and script, cd and all (RC-R4).
      const rules = Array.isArray(j.rules) ? j.rules : null;
      if (rules !== null && rules.length > 0 && rules.every((r) => obj(r).when === 'never')) continue;
      const before = lines(j.before_script ?? defaults.before_script ?? top.before_script);
      const main = lines(j.script);
      if (before === null || main === null) continue;
      // (A `docker build` a heredoc writes into a file is no build: RC-R3.)
      const script = withoutPrintedHeredocs([...before, ...main].join('\n'));
      if (script.length > 1 << 16 || !DOCKER_BUILD_RE.test(script)) continue;
      const own = withLiteralEnv(script, { ...fileVars, ...vars(j.variables) }).replace(/\$\{?CI_PROJECT_DIR\}?(?![\w])/g, '.');
      const shown = `${f}:${job}`;
      // What jobs of earlier stages (or those it needs) pass on as artifacts: made before the build (RC-R1).
      const needs = new Set((Array.isArray(j.needs) ? j.needs : Array.isArray(j.dependencies) ? j.dependencies : []).map((n) => (typeof n === 'string' ? n : typeof obj(n).job === 'string' ? (obj(n).job as string) : '')));
      const runsFirst = jobs
        .filter(([name, o]) => name !== job && (needs.has(name) || stageOf(o) < stageOf(j)))
        .flatMap(([name, o]) => {
          const paths = Array.isArray(obj(o.artifacts).paths) ? (obj(o.artifacts).paths as unknown[]).slice(0, 32) : [];
          const outputs = paths
            .filter((x): x is string => typeof x === 'string')
            .map((x) => path.posix.normalize(x.replace(/\$\{?CI_PROJECT_DIR\}?\/?/, '')).replace(/\/?[^/]*[*?[{$].*$/, '').replace(/\/+$/, ''))
            .filter((x) => x !== '' && x !== '.' && !x.startsWith('..') && !path.posix.isAbsolute(x));
          return outputs.length > 0 ? [{ step: `${f}:${name} (its artifacts)`, outputs: [...new Set(outputs.map((x) => path.resolve(root, x)))] }] : [];
        });
      for (const c of dockerBuildCommands(own, '.', ROOT_CD)) {
        if (c.stdin || c.fileGlob) continue;
        const until = c.untilHere?.() ?? '';
        out.push({ name: shown, context: contextAt(root, c.context), dockerfile: c.file === undefined ? undefined : isRemoteContext(c.context) ? c.file : path.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...(until.trim() !== '' ? { before: { text: until, at: root } } : {}), ...(runsFirst.length > 0 ? { runsFirst } : {}), ...localImageOf(c.localNames, own, shown, c.localByIdFile, c.untagged ? { at: shown } : undefined), ...(c.stageUnknown ? { stageUnknown: true as const } : {}), ...legacyBuild(c, until) });
      }
    }
  }
  return out;
}

/**
 * `docker build` and `docker compose -f FILE build|up|run` in the `scripts` of package.json files
 * among `rel` (paths from `root`), each run in its package's directory as npm, yarn and pnpm run
 * them. OpenVAA's CI runs `yarn dev:start`, `docker compose -f docker-compose.dev.yml up ... --build`:
 * unseen, its two Dockerfiles were audited from a guessed context and their errors capped.
 */
export function packageScriptBuilds(root: string, rel: readonly string[]): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  // Not a dependency's (a context that sends node_modules lists thousands).
  for (const f of rel.filter((x) => /(?:^|\/)package\.json$/.test(x) && !/(?:^|\/)node_modules\//.test(x)).slice(0, 50)) {
    let scripts: Map<string, string> | null;
    try {
      scripts = packageScripts(readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
    } catch {
      continue;
    }
    if (scripts === null) continue;
    const dir = path.posix.dirname(f.split(path.sep).join('/'));
    for (const [name, raw] of scripts) {
      const script = withScriptCalls(raw, scripts);
      if (!/\bdocker\b/.test(script)) continue;
      const where = `${f}'s ${name} script`;
      out.push(...composeRecipeBuilds(root, where, script, dir));
      // What the script runs before its first build, from the package's directory, where npm runs it
      // (langfuse's `"build:docker-image": "tsc && docker build . -t ..."`: tsc writes the dist/ the
      // Dockerfile copies; sweep 52/R-F3), each command on a line of its own.
      const first = DOCKER_BUILD_RE.exec(script)?.index;
      const head = first === undefined ? '' : script.slice(0, first).replace(/(?:&&|\|\||;)\s*$/, '').split(/\s*(?:&&|;)\s*/).join('\n');
      const before = head.trim() === '' ? {} : { before: { text: head + '\n', at: path.resolve(root, dir) } };
      for (const c of dockerBuildCommands(script, dir)) {
        if (c.stdin || c.fileGlob) continue;
        out.push({ name: where, context: contextAt(root, c.context), dockerfile: c.file === undefined ? undefined : path.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...legacyBuild(c, ''), ...before });
      }
    }
  }
  return out;
}

/** The Nx executors that run `docker buildx build` (nx-tools' container plugin and its predecessor). */
const NX_CONTAINER_EXECUTOR = /^@nx-tools\/nx-(?:container|docker):build$/;
/** Nx's executor that runs shell commands (a target's `command` is its shorthand). */
const NX_RUN_COMMANDS = /^(?:nx|@nrwl\/workspace|@nx\/workspace):run-commands$/;

type NxTarget = { executor?: unknown; command?: unknown; dependsOn?: unknown; outputs?: unknown; options?: Record<string, unknown> };

/**
 * The builds of Nx projects' targets: a container target (executor `@nx-tools/nx-container:build`),
 * from `options.context` from the workspace root where Nx runs it (default `.`) with `options.file`
 * (default the project's own `Dockerfile`), `build-args` and `target` (amplication's `npx nx
 * package:container <project>`, whose Dockerfiles copy `./dist/packages/<name>` from the root; sweep
 * 52/P-F3); and a `docker build` a run-commands target runs (the `docker-build` target Nx's own
 * generator writes, `"command": "docker build -f Dockerfile . -t api"`; sweep 52/U-F1). The targets it
 * depends on in the same project run first: their outputPath is a build output there when it runs.
 * The base options only: a configuration's are another build's.
 */
export function nxContainerBuilds(root: string, rel: readonly string[]): RecipeBuild[] {
  const out: RecipeBuild[] = [];
  let defaults: Record<string, NxTarget> | undefined;
  const targetDefaults = (): Record<string, NxTarget> => {
    if (defaults === undefined) {
      try {
        const nx = JSON.parse(readRegularFile(path.join(root, 'nx.json'), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8')) as { targetDefaults?: unknown };
        defaults = nx?.targetDefaults !== null && typeof nx?.targetDefaults === 'object' ? (nx.targetDefaults as Record<string, NxTarget>) : {};
      } catch {
        defaults = {};
      }
    }
    return defaults;
  };
  for (const f of rel.filter((x) => /(?:^|\/)project\.json$/.test(x) && !/(?:^|\/)node_modules\//.test(x)).slice(0, 500)) {
    let doc: { root?: unknown; targets?: Record<string, NxTarget> };
    try {
      doc = JSON.parse(readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== 'object' || doc.targets === null || typeof doc.targets !== 'object') continue;
    const targets = doc.targets;
    const projectRoot = typeof doc.root === 'string' ? doc.root : path.posix.dirname(f.split(path.sep).join('/'));
    /** What a target's options name, with Nx's `{workspaceRoot}` and `{projectRoot}` put in; undefined when another token is left. */
    const nxPath = (v: unknown): string | undefined => {
      if (typeof v !== 'string' || v === '') return undefined;
      const p = v.replace(/^\{workspaceRoot\}\/?/, '').replace(/\{projectRoot\}/g, projectRoot);
      return /[{}$]/.test(p) ? undefined : p;
    };
    const runsFirst = (name: string, t: NxTarget): RecipeBuild['runsFirst'] => {
      const executor = typeof t.executor === 'string' ? t.executor : '';
      const deps = Array.isArray(t.dependsOn) ? t.dependsOn : Array.isArray(targetDefaults()[name]?.dependsOn) ? targetDefaults()[name].dependsOn : Array.isArray(targetDefaults()[executor]?.dependsOn) ? targetDefaults()[executor].dependsOn : [];
      const firsts: NonNullable<RecipeBuild['runsFirst']> = [];
      const seen = new Set<string>();
      // (At most 32 dependencies and 32 outputs each: a stranger's project.json of thousands took minutes; the
      // review of 83778305, RC-R1.)
      for (const d of (deps as unknown[]).slice(0, 32)) {
        const depName = typeof d === 'string' ? d : d !== null && typeof d === 'object' && typeof (d as { target?: unknown }).target === 'string' && (d as { projects?: unknown; dependencies?: unknown }).projects === undefined && (d as { dependencies?: unknown }).dependencies !== true ? (d as { target: string }).target : null;
        if (depName === null || depName.startsWith('^') || seen.has(depName)) continue;
        seen.add(depName);
        const dep = targets[depName];
        if (dep === undefined || dep === null || typeof dep !== 'object') continue;
        const o = dep.options !== null && typeof dep.options === 'object' ? dep.options : {};
        // (Not the workspace root or the project's own directory, which hold everything: a lint target's
        // `outputs: ["{workspaceRoot}"]` made every missing source a build output; the review of 83778305, RC-R4.)
        const outputs = [nxPath(o.outputPath), ...(Array.isArray(dep.outputs) ? dep.outputs.slice(0, 32).map((x) => (x === '{options.outputPath}' ? nxPath(o.outputPath) : nxPath(x))) : [])]
          .filter((x): x is string => x !== undefined && !x.startsWith('..') && !path.isAbsolute(x))
          .map((x) => path.posix.normalize(x).replace(/\/+$/, ''))
          .filter((x) => x !== '.' && x !== '' && x !== path.posix.normalize(projectRoot).replace(/\/+$/, ''));
        if (outputs.length > 0) firsts.push({ step: `${f}'s ${depName} target, which ${name} depends on,`, outputs: [...new Set(outputs.map((x) => path.resolve(root, x)))] });
      }
      return firsts.length > 0 ? firsts : undefined;
    };
    for (const [name, t] of Object.entries(targets)) {
      if (t === null || typeof t !== 'object') continue;
      const o = t.options !== null && typeof t.options === 'object' ? t.options : {};
      // (What runs first only for a target that builds.)
      const container = typeof t.executor === 'string' && NX_CONTAINER_EXECUTOR.test(t.executor);
      const runCommands = (typeof t.command === 'string' && t.executor === undefined) || (typeof t.executor === 'string' && NX_RUN_COMMANDS.test(t.executor));
      if (!container && !runCommands) continue;
      const first = runsFirst(name, t);
      const withFirst = first !== undefined ? { runsFirst: first } : {};
      if (container) {
        const context = o.context === undefined ? '.' : nxPath(o.context);
        const file = o.file === undefined ? path.posix.join(projectRoot, 'Dockerfile') : nxPath(o.file);
        // A value Nx or the shell fills in otherwise (`$VAR`, `{options.x}`): not known here.
        if (context === undefined || file === undefined) continue;
        const args: Record<string, string> = {};
        for (const a of Array.isArray(o['build-args']) ? o['build-args'] : []) {
          if (typeof a !== 'string') continue;
          const eq = a.indexOf('=');
          if (eq > 0) args[a.slice(0, eq)] = a.slice(eq + 1);
        }
        const target = typeof o.target === 'string' && o.target !== '' ? o.target : undefined;
        out.push({ name: `${f}'s ${name} target`, context: path.resolve(root, context), dockerfile: path.resolve(root, file), args, ...(target !== undefined ? { target } : {}), ...withFirst });
        continue;
      }
      // run-commands: `command`, `options.command`, or `options.commands` (strings or `{ command }`), run in `options.cwd`.
      const commands = [t.command, o.command, ...(Array.isArray(o.commands) ? o.commands.map((c) => (c !== null && typeof c === 'object' ? (c as { command?: unknown }).command : c)) : [])].filter((c): c is string => typeof c === 'string' && c.length <= 1 << 16);
      const cwd = o.cwd === undefined ? '.' : nxPath(o.cwd);
      if (cwd === undefined || cwd.startsWith('..') || path.isAbsolute(cwd)) continue;
      for (const c of dockerBuildCommands(commands.join('\n'), path.posix.normalize(cwd))) {
        if (c.stdin || c.fileGlob) continue;
        out.push({ name: `${f}'s ${name} target`, context: contextAt(root, c.context), dockerfile: c.file === undefined ? undefined : path.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...(c.target !== undefined ? { target: c.target } : {}), ...recipeNamedContexts(root, c.namedContexts), ...legacyBuild(c, ''), ...withFirst });
      }
    }
  }
  return out;
}

/**
 * A package.json script with the scripts it runs by name put in, one level deep, the arguments after
 * them kept (rafiki: `"localenv:up": "pnpm localenv:compose up -d"`, whose `localenv:compose` is
 * `docker compose -f ... -f ...`: the up was in one script, the files in another, and the services read
 * as fragments).
 */
function withScriptCalls(script: string, scripts: ReadonlyMap<string, string>): string {
  if (script.length > 1 << 16) return script;
  return script.replace(/(?<![\w./-])(?:npm\s+run(?:-script)?|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([\w:.@/-]+)(\s+--(?=\s))?/g, (all, name: string) => {
    const called = scripts.get(name);
    return called !== undefined && called !== script && /\bdocker\b/.test(called) && called.length <= 1 << 16 ? called : all;
  });
}

/** Whether a Compose file names `$PWD` / `${PWD}` (the directory docker compose runs in). */
function readsPwd(file: string): boolean {
  try {
    return /\$\{?PWD\b/.test(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
  } catch {
    return false;
  }
}

/** The text of a repository file a `-f -` build reads on stdin (`< F`, `cat F |`), as a piped Dockerfile; null when there is none or it cannot be read. */
function stdinFileText(root: string, rel: string | undefined): { text: string; from: string; file: true } | null {
  if (rel === undefined) return null;
  const abs = path.resolve(root, rel);
  if (!isInside(root, abs)) return null;
  try {
    // Through no symlink out of the repository (the review of 0161a62: a linked `ci/` made a file
    // outside it the Dockerfile); `-f` names are held to the same.
    if (!isInside(fs.realpathSync(root), fs.realpathSync(abs))) return null;
    return { text: readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'), from: path.relative(root, abs).split(path.sep).join('/'), file: true };
  } catch {
    return null;
  }
}

/**
 * The values a script gives NAME when every one of its assignments is a literal word (`DF="Dockerfile"`,
 * and `DF="windows.Dockerfile"` in an `if`); null when one is not (`DF="$1.Dockerfile"`, a `read`, a loop).
 */
function literalValues(script: string, name: string): string[] | null {
  const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+)?${name}=(?:"([^"$\`\\n]*)"|'([^'\\n]*)'|([^\\s"'$\`;&|]*))(?=$|[\\s;&|)])`, 'gm'))];
  if (all.length === 0 || all.length !== timesAssigned(script, name)) return null;
  return all.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The values a script sets NAME to, joined, when it sets it at least once and only to words that start with `-` (flags); else null. */
function flagValues(script: string, name: string): string | null {
  // (A value ends where the word does: `CTX=""$dir` is no empty value; the review of 33c3952f, RA-D6.)
  const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+)?${name}=(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s"';&|]*))(?=$|[\\s;&|)])`, 'gm'))];
  if (all.length === 0 || all.length > 16 || all.length !== timesAssigned(script, name)) return null;
  const values = all.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  // (Or to nothing: elastalert2's `TAG2=""`, then `TAG2="--tag $DOCKER_REPO:2"` for a 2.x release; sweep 56/X-F2.)
  return values.every((v) => v.trim() === '' || /^-/.test(v.trimStart())) ? values.join(' ') : null;
}

/** How many times a script sets NAME: `NAME=`, `NAME+=` anywhere (`if ...; then D=b; fi` is another value), a `read NAME` or a loop. */
function timesAssigned(script: string, name: string): number {
  return [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+)?${name}\\+?=|\\b(?:read|for)\\s+(?:-\\w+\\s+)*${name}\\b`, 'gm'))].length;
}

/** The literal values a script assigns these names, each set once and nowhere else (`COMPOSE_FILE="docker/dev.yml"`, `export COMPOSE_FILE=...`). */
function assignedOnce(script: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+)?${name}=(?:"([^"$\`\\n]*)"|'([^'\\n]*)'|([^\\s"'$\`;&|]*))(?=$|[\\s;&|)])`, 'gm'))];
    if (all.length === 1 && timesAssigned(script, name) === 1) out[name] = all[0][1] ?? all[0][2] ?? all[0][3] ?? '';
  }
  return out;
}

/**
 * A script's `--target` from a variable it assigns one literal stage name, put in (coyote3's
 * scripts/install.dev.sh: `container_name="a"`, then `docker build --target $container_name ...`: the
 * build was audited at its last stage, "its stage known only when it runs", and a failing COPY in the
 * stage it builds passed). Only a plain assignment on a line of its own at the top level (unindented:
 * not in an `if`, a function or a `[ -z "$T" ] && T=dev` default the caller overrides), before the
 * build, the only time the script names `NAME=` at all (a comment's or an echo's `T=debug` is another
 * value), in a script that sources no other file (`. ./build.env` may set it again).
 */
/**
 * A script's `for VAR in a b c; do ... --target $VAR ... done` with its body written out once per value
 * (graph-node's docker/build.sh builds each of its stages so, and its release pushes the first: only
 * the last stage was audited, "its stage known only when it runs"; sweep 46/F). Only plain words (at
 * most 8), a body of at most 40 lines that builds with `--target $VAR`, no loop inside it.
 */
function withTargetLoops(script: string): string {
  if (!/\bfor\b/.test(script) || !/--target/.test(script)) return script;
  const lines = script.split('\n').flatMap(oneLineLoop);
  // The first `done` at or after each line, found in one pass from the end (a search per loop would be
  // quadratic in a stranger's script of a thousand `for` lines).
  const doneFrom = new Array<number>(lines.length + 1).fill(-1);
  for (let k = lines.length - 1; k >= 0; k--) doneFrom[k] = /^[ \t]*done\b/.test(lines[k]) ? k : doneFrom[k + 1];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (Words apart by blanks: a group that may split a word would backtrack on a long one.)
    const head = /^([ \t]*)for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+([\w.-]+(?:[ \t]+[\w.-]+){0,7})[ \t]*(?:;[ \t]*do[ \t]*)?$/.exec(lines[i]);
    const doAt = head === null ? -1 : /;[ \t]*do[ \t]*$/.test(lines[i]) ? i : /^[ \t]*do[ \t]*$/.test(lines[i + 1] ?? '') ? i + 1 : -1;
    if (head === null || doAt < 0) {
      out.push(lines[i]);
      continue;
    }
    const end = doneFrom[doAt + 1];
    const body = end < 0 ? [] : lines.slice(doAt + 1, end);
    const name = head[2];
    const uses = new RegExp(`--target(?:=|[ \\t]+)(["']?)\\$(?:\\{${name}\\}|${name}\\b)\\1`);
    // (Nor one that skips or stops for some values, `if [ "$stage" = build ]; then continue; fi`: which it
    // builds is the script's to decide; the review of 70ccb6d.)
    // (Nor one that builds for some values only, `if [ $s != build ]; then ...; fi`, `test $s = x && ...`,
    // a `case`: the review of 25a506e6.)
    if (end < 0 || body.length > 40 || body.some((l) => /^[ \t]*(?:for|while|until)\b|\b(?:continue|break|exit|return|if|case|elif)\b|(?:^|[\s;&|(])(?:test|\[\[?)\s/.test(l)) || !body.some((l) => uses.test(l))) {
      out.push(lines[i]);
      continue;
    }
    const ref = new RegExp(`\\$(?:\\{${name}\\}|${name}\\b)`, 'g');
    for (const value of head[3].trim().split(/[ \t]+/)) out.push(`${head[1]}${name}=${value}`, ...body.map((l) => l.replace(ref, value)));
    // (A script's builds are named by the script, not by line: the copies' extra lines move nothing shown.)
    i = end;
  }
  return out.join('\n');
}

/**
 * `for s in a b; do docker build --target $s .; done` on one line, as the three lines withTargetLoops
 * reads (the head, the body, `done`); any other line as it is. Only a body with no loop of its own.
 * (String operations at the end: a pattern for a trailing `; done` backtracks on a line of blanks.)
 */
function oneLineLoop(line: string): string[] {
  const head = /^([ \t]*)for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+([\w.-]+(?:[ \t]+[\w.-]+){0,7})[ \t]*;[ \t]*do[ \t]+/.exec(line);
  if (head === null) return [line];
  const rest = line.slice(head[0].length).trimEnd();
  if (!rest.endsWith('done')) return [line];
  const body = rest.slice(0, -4).trimEnd();
  if (!body.endsWith(';')) return [line];
  const inner = body.slice(0, -1).trimEnd();
  if (inner === '' || /\b(?:done|do|for|while|until|if|case)\b|(?:^|[\s;&|(])(?:test|\[\[?)\s/.test(inner)) return [line];
  return [`${head[1]}for ${head[2]} in ${head[3]}; do`, `${head[1]}  ${inner}`, `${head[1]}done`];
}

function withTargetValues(script: string): string {
  return withFlagValues(script, '--target', '[\\w.-]+');
}

/**
 * A flag's value (`FLAG=` or `FLAG `) written as one variable the script assigns once, put in: the
 * rule withTargetValues gives, for the flag `flag` (a regex source) and values matching `value`. The
 * flag is matched first and taken back (a lookbehind of blanks before it was quadratic on a line of
 * blanks: 221 s on a 250 kB workflow; the review of 93d51cc1, RB-R1).
 */
function withFlagValues(script: string, flag: string, value: string): string {
  if (!new RegExp(flag).test(script) || /(?:^[ \t]*|[;&|({][ \t]*|\b(?:then|do|else)[ \t]+)(?:\.|source)[ \t]+[^\s;&|]/m.test(script)) return script;
  const values = new Map<string, { at: number; value: string } | null>();
  const valueOf = (name: string, before: number): string | null => {
    let v = values.get(name);
    if (v === undefined) {
      // At most 16 names looked up (each a pass over the script).
      if (values.size >= 16) return null;
      const m = new RegExp(`^(?:export[ \\t]+|readonly[ \\t]+)?${name}=(?:"(${value})"|'(${value})'|(${value}))[ \\t]*$`, 'm').exec(script);
      const mentions = script.split(`${name}=`).length - 1;
      v = m !== null && mentions === 1 && timesAssigned(script, name) === 1 ? { at: m.index, value: m[1] ?? m[2] ?? m[3] } : null;
      values.set(name, v);
    }
    return v !== null && v.at < before ? v.value : null;
  };
  return script.replace(new RegExp(`((?:^|[ \\t])(?:${flag})(?:=|[ \\t]+))(["']?)\\$(?:\\{([A-Za-z_]\\w*)\\}|([A-Za-z_]\\w*)\\b)\\2(?=$|[\\s;&|)\\\\])`, 'gm'), (all, head: string, q: string, a: string | undefined, b: string | undefined, offset: number) => {
    const v = valueOf((a ?? b) as string, offset);
    return v !== null ? head + q + v + q : all;
  });
}

/**
 * A run script with a variable it assigns once a plain word (or a matrix value) put in where it is
 * a component of a path (starbunk-js: `APP=${{ matrix.app }}`, then `docker build -f
 * ./src/${APP}/Dockerfile.ci .`: the build was listed as known only when the step runs).
 */
function withPathVariables(script: string): string {
  const values = new Map<string, string>();
  for (const m of script.matchAll(/^[ \t]*(?:export\s+)?([A-Za-z_]\w*)=(["']?)([\w.-]+|\$\{\{\s*matrix\.[\w.-]+\s*\}\})\2[ \t]*$/gm)) {
    if (timesAssigned(script, m[1]) === 1) values.set(m[1], m[3]);
  }
  if (values.size === 0) return script;
  // Only beside a `/`: a component of a path, never a word of its own (a tag, a build arg's value).
  return script.replace(/(?<=\/)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*)\b)|\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*)\b)(?=\/)/g, (all, a?: string, b?: string, c?: string, d?: string) => values.get((a ?? b ?? c ?? d) as string) ?? all);
}

/**
 * -f's whole value from a variable the run script assigns once, at its top level before the build, a
 * path or a matrix value (Perplexica's `DOCKERFILE=${{ matrix.variant.dockerfile }}`, then `docker buildx
 * build -f $DOCKERFILE ... --push .`: its release builds were skipped; sweep 52/R-F1). Not one set in an
 * `if` (a pull request's Dockerfile.dev over the job's default: the review of 93d51cc1, RB-R4).
 */
function withFileValues(script: string): string {
  return withFlagValues(script, '-f|--file', '[\\w./-]+|\\$\\{\\{[ \\t]*matrix\\.[\\w.-]+[ \\t]*\\}\\}');
}

/**
 * A script's text with a variable that holds the container engine or Compose's command (`DOCKER_COMPOSE="docker
 * compose"`, `COMPOSE=docker-compose`, `DOCKER=docker`), assigned one value, put in where it is run
 * (`$DOCKER_COMPOSE -f deploy-stack.yml build`, `"$DOCKER" build ...`): H2-invent/jitsi-admin's
 * installDocker.sh; its Compose builds were not seen.
 */
function withEngineVariables(text: string): string {
  const values = new Map<string, Set<string>>();
  const engineAssignments = new Map<string, number>();
  // The engine, and literal words after it (Thiritin/streaming's dev-stack.sh: `COMPOSE="docker compose -f
  // docker-compose.dev.yml"`, then `$COMPOSE up --build api`), or a bash array of them (`COMPOSE=(docker
  // compose -f x.yml)`, run as `"${COMPOSE[@]}"`).
  const ENGINE = String.raw`(?:docker(?:-compose| compose| buildx)?|podman(?:-compose| compose)?|nerdctl(?: compose)?)(?:[ \t]+[^\s"'$;&|()\x60\\]+){0,8}`;
  // Or the engine as the default of the environment's value (trezor-firmware's build-docker.sh:
  // `DOCKER=${DOCKER:-docker}`, then `$DOCKER build ... ci/`; sweep 51/N-F4).
  for (const m of text.matchAll(new RegExp(String.raw`^[ \t]*(?:export\s+|readonly\s+|local\s+|declare(?:\s+-a)?\s+)?([A-Za-z_]\w*)=(?:(["']?)(${ENGINE})\2|\((${ENGINE})\)|(["']?)\$\{\1:?-(${ENGINE})\}\5)[ \t]*(?:#.*)?$`, 'gm'))) {
    values.set(m[1], (values.get(m[1]) ?? new Set<string>()).add((m[3] ?? m[4] ?? m[6]).replace(/[ \t]+/g, ' ')));
    engineAssignments.set(m[1], (engineAssignments.get(m[1]) ?? 0) + 1);
  }
  let out = text;
  for (const [name, v] of values) {
    // Assigned elsewhere too (a computed value): not one value. Engines that differ by name alone are
    // the docker one (peerdb's dev-peerdb.sh: `DOCKER="docker"`, `DOCKER="podman"` in an `if` when
    // USE_PODMAN is set, then `exec $DOCKER compose -f docker-compose-dev.yml up --build`; sweep 53/Y-F2).
    const assignments = [...text.matchAll(new RegExp(`^[ \\t]*(?:export\\s+|readonly\\s+|local\\s+|declare(?:\\s+-a)?\\s+)?${name}=`, 'gm'))].length;
    const asDocker = new Set([...v].map((x) => x.replace(/^(?:podman|nerdctl)/, 'docker')));
    if (asDocker.size !== 1 || assignments !== engineAssignments.get(name)) continue;
    const value = [...asDocker][0];
    out = out.replace(new RegExp(`"?\\$(?:\\{${name}(?:\\[[@*]\\])?\\}|${name}(?![\\w]))"?(?=\\s)`, 'g'), value);
  }
  return out;
}

/**
 * A script's bash arrays of literal words, assigned once, put in where they are expanded whole
 * (video-archiver's run.sh: `args=(-f docker-compose.dev.yml up --build)`, then `"${COMPOSE[@]}"
 * "${args[@]}"`: the Compose file it runs was not seen). An array set again, appended to or changed
 * by element is left as it is.
 */
function withWordArrays(text: string): string {
  if (!text.includes('[@]') && !text.includes('[*]')) return text;
  // The arrays expanded whole, at most 16 (each a pass over the script).
  const used = [...new Set([...text.matchAll(/\$\{([A-Za-z_]\w*)\[[@*]\]\}/g)].map((m) => m[1]))].slice(0, 16);
  let out = text;
  for (const name of used) {
    // Assigned on an unindented line of its own (not in an `if` or a function: the review of 9544b09),
    // to words with no quote, variable, substitution or operator.
    const m = new RegExp(`^(?:declare[ \\t]+-a[ \\t]+|readonly[ \\t]+)?${name}=\\(([^()\\n]*)\\)[ \\t]*(?:#.*)?$`, 'm').exec(text);
    if (m === null || !/^[^"'$;&|<>\x60\\]*$/.test(m[1])) continue;
    if (timesAssigned(text, name) !== 1 || new RegExp(`(?:^|[\\s;&|(])${name}\\[[^\\]\\n]*\\]=`, 'm').test(text)) continue;
    const words = m[1].trim().split(/[ \t]+/).filter((w) => w !== '');
    if (words.length > 32) continue;
    out = out.replace(new RegExp(`"?\\$\\{${name}\\[[@*]\\]\\}"?`, 'g'), words.join(' '));
  }
  return out;
}

/**
 * A script's variables that name a directory from its own (`$(dirname "$0")` already put in as the
 * script's directory, `dir` below): `SCRIPT_DIR="$(cd "dir" && pwd)"`, `BASE_DIR="$(realpath
 * "${SCRIPT_DIR}"/../)"`, `ROOT=$(cd dir/.. && pwd)`, `X="$(dirname "dir")"`, put in where the script
 * uses them (docker-baseimage-gui's dev/build-image.sh builds `-f "${BASE_DIR}"/Dockerfile.common
 * "${BASE_DIR}"`, the root). A variable assigned twice, or to anything else, is left as it is.
 */
function scriptDirs(text: string): string {
  const known = new Map<string, string | null>();
  const put = (v: string) => v.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (all, a: string | undefined, b: string | undefined) => known.get((a ?? b) as string) ?? all);
  for (const m of text.matchAll(/^[ \t]*(?:export\s+|readonly\s+|local\s+|declare\s+)?([A-Za-z_]\w*)=(.*)$/gm)) {
    if (known.has(m[1])) {
      known.set(m[1], null);
      continue;
    }
    const v = put(m[2].trim()).replace(/"/g, '');
    // (vue-vben-admin's `SCRIPT_DIR=$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )`, the shell idiom.)
    // (`;` as well as `&&` before pwd: surrealdb's `SCRIPTPATH="$( cd "$(dirname "$0")" ; pwd -P )"`.)
    const r = /^\$\(\s*(?:cd\s+(?:--\s+)?(\S+)\s*(?:(?:&>|[12]?>)\s*\/dev\/null\s*|2>&1\s*)*(?:&&|;)\s*pwd(?:\s+-P)?|realpath\s+(?:-\S+\s+)*(\S+)|readlink\s+-f\s+(\S+)|dirname\s+(\S+))\s*\)$|^([\w./-]+)$/.exec(v);
    const raw = r === null ? undefined : (r[1] ?? r[2] ?? r[3] ?? r[5] ?? (r[4] === undefined ? undefined : path.posix.dirname(r[4])));
    // A plain value counts when it is a path (`./docker`, `deploy/x`) or a file's name a build reads
    // (aksi's docker/start-dev.sh: `F="docker-compose.dev.yml"`, then `docker-compose -f $F build`),
    // not a word (`latest`, `1.2.3`).
    const plain = r !== null && r[5] !== undefined;
    const fileName = (x: string) => /\.ya?ml$|^(?:[\w.-]*[._-])?[Dd]ockerfile(?:[._-][\w.-]*)?$|\.[Dd]ockerfile$/.test(x);
    known.set(m[1], raw === undefined || raw.includes('$') || path.posix.isAbsolute(raw) || (plain && !/^\.\.?(?:\/|$)|\//.test(raw) && !fileName(raw)) ? null : path.posix.normalize(raw));
  }
  for (const [k, v] of known) if (v === null) known.delete(k);
  return known.size === 0 ? text : put(text);
}

/**
 * Whether a job's `runs-on` names one of GitHub's hosted runner images (`ubuntu-latest`,
 * `ubuntu-24.04`, `windows-2022`, `macos-14`, alone or as a one-element list): a new virtual machine
 * for each job, discarded after it. A self-hosted, larger-runner or group label, or an expression, is not known to be one.
 */
function isHostedRunner(runsOn: unknown): boolean {
  const label = Array.isArray(runsOn) && runsOn.length === 1 ? runsOn[0] : runsOn;
  return typeof label === 'string' && /^(?:ubuntu|windows|macos)-(?:latest|\d+(?:\.\d+)?(?:-arm)?|latest-(?:xlarge|large))$/.test(label.trim());
}

/**
 * Whether a job (its steps, inputs and environment, as text) may run docker against another machine:
 * DOCKER_HOST or DOCKER_CONTEXT, `docker context`, `-H`/`--host`/`--context`, or ssh (`ssh host 'docker
 * compose up -d'` builds and serves there). Read leniently: any mention counts.
 */
function drivesRemoteDocker(parts: readonly unknown[]): boolean {
  let text: string;
  try {
    text = JSON.stringify(parts) ?? '';
  } catch {
    return true;
  }
  // DOCKER_HOST or DOCKER_CONTEXT in any case; `-H`/`--host`/`--context` as written (`psql -h`, `df -h` are
  // not docker's: the review's B-R6); an ssh command or action (not ssh-agent, for private dependencies);
  // a file sourced into the shell (`. deploy/prod.env`), whose variables are not read here (B-R1).
  return (
    text.length > 1 << 20 ||
    /DOCKER_HOST|DOCKER_CONTEXT|docker\s+context\b/i.test(text) ||
    /(?:^|[\s"'\\])(?:-H|--host|--context)[\s=]|(?:^|[\s;&|("'\\])(?:ssh|scp|rsync)\s|ssh-action|(?:^|[\s;&|("']|\\n)(?:source|\.)\s+[^\s;&|]/.test(text)
  );
}

/**
 * The names a job's run steps write to `$GITHUB_ENV` with one literal value (`echo "NAME=value" >>
 * $GITHUB_ENV`, quoted or not; the last one wins), for what `${{ env.NAME }}` reads after them (`known`),
 * and the names written otherwise (`unknown`): with anything the shell expands, in a step with an `if:`,
 * or after a step that reads the name (the review of c01c7d46, A-R7: a write after the
 * build was read for it). Read line by line without backtracking, each run text once, at most 1 MiB in all
 * (a stranger's workflow of YAML aliases repeats one text many times; the review's A-R3): past it, every
 * name written is unknown.
 */
function githubEnvLiterals(steps: readonly unknown[]): { known: Record<string, string>; unknown: Set<string> } {
  const known: Record<string, string> = {};
  const unknown = new Set<string>();
  const seen = new Map<string, { name: string; value: string | null }[]>();
  let budget = 1 << 20;
  let over = false;
  const writesOf = (run: string): { name: string; value: string | null }[] => {
    const hit = seen.get(run);
    if (hit !== undefined) return hit;
    const last = new Map<string, string | null>();
    budget -= run.length;
    if (budget < 0) over = true;
    const lines = over ? [] : run.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line.includes('GITHUB_ENV')) continue;
      const at = line.indexOf('>>');
      const left = (at < 0 ? line : line.slice(0, at)).trim();
      const target = at >= 0 && /^["']?\$(?:GITHUB_ENV|\{GITHUB_ENV\})["']?$/.test(line.slice(at + 2).trim());
      const echo = left.startsWith('echo ') ? left.slice(5).trim() : null;
      const quote = echo !== null && echo.length >= 2 && (echo[0] === '"' || echo[0] === "'") && echo.endsWith(echo[0]) ? echo[0] : '';
      const assignment = echo === null ? null : /^([A-Za-z_]\w*)=([^]*)$/.exec(quote === '' ? echo : echo.slice(1, -1));
      if (target && assignment !== null) {
        last.set(assignment[1], /[$`\\"'\s]/.test(assignment[2]) ? null : assignment[2]);
        continue;
      }
      // Any other write to it (`| tee -a $GITHUB_ENV`, a `{ ...; } >>` group, printf, a heredoc into it): the
      // names it assigns are unknown here, a heredoc's body lines too (the review of 5ae28dae, B-R4); a later
      // literal write of a name in the same script decides it again. (`cat FILE >> $GITHUB_ENV`: what the
      // file holds is not known here, as a name nothing here writes.)
      for (const w of line.matchAll(/\b([A-Za-z_]\w*)=/g)) last.set(w[1], null);
      const heredoc = /<<-?\s*["']?([A-Za-z_]\w*)["']?/.exec(line);
      if (heredoc === null) continue;
      for (i++; i < lines.length && lines[i].trim() !== heredoc[1]; i++) {
        const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=/.exec(lines[i]);
        if (m !== null) last.set(m[1], null);
      }
    }
    const out = [...last].map(([name, value]) => ({ name, value }));
    seen.set(run, out);
    return out;
  };
  const list = steps.slice(0, 256);
  const lastWrite = new Map<string, number>();
  list.forEach((st, i) => {
    const step = st !== null && typeof st === 'object' ? (st as { run?: unknown; if?: unknown }) : {};
    if (typeof step.run !== 'string' || !step.run.includes('GITHUB_ENV')) return;
    for (const w of writesOf(step.run)) {
      lastWrite.set(w.name, i);
      // (The last write wins for the steps after it, as the runner applies them.)
      if (w.value === null || step.if !== undefined) unknown.add(w.name);
      else if (!unknown.has(w.name)) known[w.name] = w.value;
    }
  });
  // A step at or before a name's last write that reads it reads another value (the review's A-R7).
  if (lastWrite.size > 0) {
    let read = 0;
    list.forEach((st, i) => {
      let text: string;
      try {
        text = over ? '' : (JSON.stringify(st) ?? '');
      } catch {
        text = '';
      }
      read += text.length;
      if (read > 4 << 20) over = true;
      // (`${{ env.NAME }}`, or the shell's `$NAME` in a run script.)
      for (const m of over ? [] : text.matchAll(/\benv\.([A-Za-z_][\w-]*)|\$\{?([A-Za-z_]\w*)/g)) if ((lastWrite.get(m[1] ?? m[2]) ?? -1) >= i) unknown.add(m[1] ?? m[2]);
    });
  }
  if (over) for (const n of lastWrite.keys()) unknown.add(n);
  for (const n of unknown) delete known[n];
  return { known, unknown };
}

/**
 * A run script with the literal values of the step's, job's and workflow's `env:` put in where it
 * names them: `${{ env.NAME }}`, and `$NAME`/`${NAME}` (Actions exports them to the shell) unless the
 * script assigns NAME itself. ack-nestjs-boilerplate's release workflows run `docker build ... -f
 * ${{ env.DOCKERFILE }} .` with `env: DOCKERFILE: ci/dockerfile`: the build was left out.
 */
function withLiteralEnv(script: string, env: Record<string, unknown>): string {
  const literal = (k: string): string | undefined => {
    const v = env[k];
    // A value that names only matrix values goes in too, for the matrix to expand (akto's staging.yml:
    // `env: CONTEXT: ${{ matrix.context }}` and `docker buildx build ... "$CONTEXT"`, left out before);
    // so does one holding other expressions, which the build's words keep as such (novu's
    // `DOCKER_BUILD_ARGUMENTS: --cache-from ...-${{ env.SERVICE_NAME }}-prod ...` after a literal
    // `-f apps/ws/Dockerfile .`: the whole build was left out; sweep 46/D): a context, file or stage
    // holding one is still unknown there, a build arg known only when the build runs. Only a plain
    // reference (`${{ env.NAME }}`, `${{ inputs.x }}`): one with operators or quotes, `${{ cond &&
    // '--push' || '--load' }}`, falls apart into shell words (the review of a59fbe1: its
    // 'pull_request' was read as the context).
    return (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && !/\$/.test(String(v).replace(/\$\{\{\s*[A-Za-z_][\w.-]*\s*\}\}/g, '')) ? String(v) : undefined;
  };
  // (Once a name: a regex over the whole script for each reference was quadratic; the review of b25e350b, RC-R6.)
  const seen = new Map<string, boolean>();
  const assigned = (k: string) => {
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|readonly\\s+)?${k}=`, 'm').test(script)));
    return v;
  };
  return script
    .replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k: string) => literal(k) ?? m)
    .replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (m, a: string | undefined, b: string | undefined) => {
      const k = (a ?? b) as string;
      return Object.hasOwn(env, k) && !assigned(k) ? (literal(k) ?? m) : m;
    });
}

/** How deep local composite actions are followed (an action's step may use another). */
const MAX_ACTION_DEPTH = 3;

/**
 * A job's steps with each local composite action (`uses: ./.github/actions/build`) replaced by its
 * own steps, numbered `4.2` for the second step of the action the fourth step uses; `${{ inputs.X }}`
 * the value the step passes (else the input's default; an expression stays one, and the build
 * naming it is left out), `${{ github.action_path }}` the action's directory. teslamate's workflows
 * build through ./.github/actions/build, booking-microservices' through docker-build-publish, both
 * unread before. Only an action inside the repository is read, never through a symlink.
 */
function withLocalActions(root: string, steps: unknown, depth = 0, prefix = ''): { step: unknown; num: string }[] {
  const out: { step: unknown; num: string }[] = [];
  // `${{ steps.ID.outputs.NAME }}` of an earlier step that used a local action whose output is known
  // (amrc-connectivity-stack: `context: ./${{ steps.prepare.outputs.service-name }}`, the output
  // `value: ${{ inputs.service-name }}` of ./.github/actions/prepare, given `${{ matrix.service }}`).
  const outputs = new Map<string, string>();
  const withOutputs = (v: unknown): unknown =>
    outputs.size === 0
      ? v
      : typeof v === 'string'
      ? v.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (all, id: string, k: string) => outputs.get(`${id}.${k}`) ?? all)
      : Array.isArray(v)
      ? v.map(withOutputs)
      : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withOutputs(x)]))
      : v;
  for (const [i, raw] of (Array.isArray(steps) ? steps : []).entries()) {
    const step = withOutputs(raw);
    const num = `${prefix}${i + 1}`;
    const uses = (step as { uses?: unknown } | null)?.uses;
    // `./path` from the workspace, or `$/path`: this repository at this commit (GitHub's self-repository
    // form, actions/runner#4457; meltano's build.yml: `uses: $/.github/actions/docker-build-scan-push`,
    // left unread and its build audited from a guess; sweep 46/B): the same files either way.
    const m = typeof uses === 'string' && depth < MAX_ACTION_DEPTH ? /^[.$]\/([^@\s]+?)\/?$/.exec(uses) : null;
    const action = m === null ? null : readLocalAction(root, m[1]);
    if (action === null) {
      out.push({ step, num });
      continue;
    }
    const given = (step as { with?: unknown }).with;
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(action.inputs)) if (v !== undefined) values[k] = v;
    if (given && typeof given === 'object') for (const [k, v] of Object.entries(given)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[k] = String(v);
    const put = (v: unknown): unknown =>
      typeof v === 'string'
        ? v.replace(INPUT_REF, (all, k: string) => values[k] ?? all).replace(/\$\{\{\s*github\.action_path\s*\}\}/g, action.dir)
        : Array.isArray(v)
        ? v.map(put)
        : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, put(x)]))
        : v;
    const id = (step as { id?: unknown }).id;
    if (typeof id === 'string') {
      for (const [k, v] of Object.entries(action.outputs)) {
        // Only a value the inputs make literal, or one naming matrix values (for the matrix to expand).
        const value = put(v) as string;
        if (!/\$\{\{/.test(value.replace(/\$\{\{\s*matrix\.[\w.-]+\s*\}\}/g, ''))) outputs.set(`${id}.${k}`, value);
      }
    }
    const name = (step as { name?: unknown }).name;
    const inner = action.steps.map((st) => {
      const t = put(st) as Record<string, unknown> | null;
      if (!t || typeof t !== 'object') return t;
      // The action's step named after the step that uses it: "Build (./.github/actions/build: Build and push)".
      const own = typeof t.name === 'string' ? t.name : null;
      return { ...t, name: `${typeof name === 'string' ? name : `step ${num}`} (${uses as string}${own !== null ? `: ${own}` : ''})` };
    });
    out.push(...withLocalActions(root, inner, depth + 1, `${num}.`));
  }
  return out;
}

/** A local composite action's steps, its inputs' defaults and its directory (repo-relative), or null. */
function readLocalAction(root: string, rel: string): { steps: unknown[]; inputs: Record<string, string | undefined>; outputs: Record<string, string>; dir: string } | null {
  const dir = path.resolve(root, rel);
  const within = path.relative(root, dir);
  if (within === '' || within.startsWith('..') || path.isAbsolute(within)) return null;
  // Through no symlinked directory either: the action must be the repository's own file.
  try {
    const real = path.relative(fs.realpathSync(root), fs.realpathSync(dir));
    if (real !== within) return null;
  } catch {
    return null;
  }
  for (const name of ['action.yml', 'action.yaml']) {
    let doc: unknown;
    try {
      doc = YAML.parse(withActionUrlsAsNames(readRegularFile(path.join(dir, name), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8')), YAML_OPTIONS);
    } catch {
      continue;
    }
    const runs = (doc as { runs?: { using?: unknown; steps?: unknown } } | null)?.runs;
    if (runs?.using !== 'composite' || !Array.isArray(runs.steps)) return null;
    const inputs: Record<string, string | undefined> = {};
    const declared = (doc as { inputs?: unknown }).inputs;
    if (declared && typeof declared === 'object') {
      for (const [k, v] of Object.entries(declared as Record<string, unknown>)) {
        const d = (v as { default?: unknown } | null)?.default;
        inputs[k] = typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean' ? String(d) : undefined;
      }
    }
    const outputs: Record<string, string> = {};
    const declaredOut = (doc as { outputs?: unknown }).outputs;
    if (declaredOut && typeof declaredOut === 'object') {
      for (const [k, v] of Object.entries(declaredOut as Record<string, unknown>)) {
        const value = (v as { value?: unknown } | null)?.value;
        if (typeof value === 'string') outputs[k] = value;
      }
    }
    return { steps: runs.steps, inputs, outputs, dir: within.split(path.sep).join('/') };
  }
  return null;
}

/**
 * At most this many calls of one reusable workflow are read (a matrix of callers multiplies them);
 * the rest are listed as not audited (jupyter/docker-stacks calls its image build 28 times: calls 17
 * to 28 were dropped without a word when the cap was 16; not more: each call may be a matrix of 64).
 */
const MAX_CALLS = 32;
const INPUT_REF = /\$\{\{\s*inputs\.([A-Za-z_][\w-]*)\s*\}\}/g;

/**
 * The calls of this repository's reusable workflows by its other workflows: a job with `uses:
 * ./.github/workflows/<file>` and literal `with:` values (one call per combination of the calling
 * job's matrix, where a value names one). Keyed by the called file's name.
 */
function reusableCalls(docs: ReadonlyMap<string, unknown>, shown: (name: string) => string): Map<string, { via: string; inputs: Record<string, string> }[] & { dropped?: string[] }> {
  const calls = new Map<string, { via: string; inputs: Record<string, string> }[] & { dropped?: string[] }>();
  for (const [n, doc] of docs) {
    const jobs = (doc as { jobs?: unknown } | null)?.jobs;
    if (!jobs || typeof jobs !== 'object') continue;
    for (const [jobId, job] of Object.entries(jobs as Record<string, unknown>)) {
      const j = job as { uses?: unknown; with?: unknown; strategy?: { matrix?: unknown } } | null;
      const m = typeof j?.uses === 'string' ? /^[.$]\/\.github\/workflows\/([^/@\s]+\.ya?ml)$/.exec(j.uses) : null;
      if (m === null || !docs.has(m[1])) continue;
      const given = j?.with && typeof j.with === 'object' ? (j.with as Record<string, unknown>) : {};
      const values = Object.fromEntries(Object.entries(given).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(([k, v]) => [k, String(v)]));
      // A matrix only the run knows (LocalAI's `matrix: ${{ fromJson(needs.generate-matrix.outputs.matrix) }}`
      // with `dockerfile: ${{ matrix.dockerfile }}`): one call with those values as they are, so the
      // callee's build is listed as known only when the workflow runs, not left out (sweep 47/D-F1).
      const combos = matrixCombos(j?.strategy?.matrix, Object.values(values));
      if (combos.length === 0 && Object.values(values).some((v) => /\bmatrix\./.test(v))) combos.push({ apply: (x: string) => x, label: '', values: {} });
      for (const combo of combos) {
        const list: { via: string; inputs: Record<string, string> }[] & { dropped?: string[] } = calls.get(m[1]) ?? [];
        calls.set(m[1], list);
        const via = `${shown(n)}:${jobId}${combo.label}`;
        if (list.length >= MAX_CALLS) (list.dropped ??= []).push(via);
        else list.push({ via, inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, combo.apply(v)])) });
      }
    }
  }
  return calls;
}

/**
 * A reusable workflow's text read again with `${{ inputs.NAME }}` replaced: the caller's value, else
 * the input's `default` under `on.workflow_call.inputs`. Only values of plain characters (a path, a
 * name, a tag) are put in, so the YAML keeps its shape; others stay as written (and the builds that
 * use them are left out, as before). Null when it declares no workflow_call or reads no input.
 */
function withInputs(text: string, doc: unknown, given: Readonly<Record<string, string>>): unknown {
  const on = (doc as { on?: unknown } | null)?.on;
  const call = on && typeof on === 'object' && !Array.isArray(on) ? (on as Record<string, unknown>).workflow_call : undefined;
  if (call === undefined || !/\$\{\{\s*inputs\./.test(text)) return null;
  const declared = call && typeof call === 'object' ? ((call as { inputs?: unknown }).inputs ?? {}) : {};
  const value = (k: string): string | undefined => {
    if (Object.prototype.hasOwnProperty.call(given, k)) return given[k];
    const d = declared && typeof declared === 'object' ? (declared as Record<string, { default?: unknown } | null>)[k]?.default : undefined;
    return typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean' ? String(d) : undefined;
  };
  // In an expression, an input is of its declared type: a caller's `debian: false` to a boolean input
  // is false, not the string "false", which is truthy (crowdsec's publish-docker.yml, `file:
  // ./build/docker/Dockerfile${{ inputs.debian && '.debian' || '' }}`; sweep 48/A-F1).
  const typed = (k: string): string | number | boolean | undefined => {
    const v = value(k);
    const type = declared && typeof declared === 'object' ? (declared as Record<string, { type?: unknown } | null>)[k]?.type : undefined;
    if (v === undefined) return undefined;
    if (type === 'boolean') return v === 'true' ? true : v === 'false' ? false : undefined;
    if (type === 'number') return v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
    return v;
  };
  const replaced = text
    .replace(INPUT_REF, (m, k: string, at: number, all: string) => {
      const v = value(k);
      if (v !== undefined && /^[\w./@+-]*$/.test(v)) return v;
      // Words a caller passes for a command's words (firezone's `docker compose build ${{
      // inputs.build_services }}`, `build_services: "client-1-router gateway-router"`; sweep 49/E-F1): put in
      // where the expression is a word of a command line of its own, not a YAML value (`file:`) nor part of a word.
      // (What precedes it on its line, read at most 256 characters back: a stranger's line of many expressions stays linear.)
      if (v === undefined || !/^[\w./@+-]+(?: [\w./@+-]+)*$/.test(v)) return m;
      const window = all.slice(Math.max(0, at - 256), at);
      const nl = window.lastIndexOf('\n');
      const before = nl >= 0 ? window.slice(nl + 1) : window;
      const keyOnly = (nl >= 0 || at <= 256) && /^\s*(?:-\s+)?(?:[\w.-]+:\s*)?$/.test(before);
      const after = all[at + m.length] ?? '\n';
      const word = (before === '' || /\s$/.test(before)) && /[\s;&|)]/.test(after) && !keyOnly;
      return word ? v : m;
    })
    // An expression over inputs and literals (nginx-gateway-fabric's build.yml: `file:
    // build/Dockerfile${{ inputs.image == 'nginx' && '.nginx' || '' }}`): its value for this call.
    .replace(/\$\{\{([^}\n]{0,256})\}\}/g, (m, inner: string) => {
      if (!/\binputs\./.test(inner)) return m;
      const v = expressionText(inner, (name) => (name.startsWith('inputs.') ? typed(name.slice('inputs.'.length)) : undefined));
      return v !== undefined && /^[\w./@+-]*$/.test(v) ? v : m;
    });
  try {
    return YAML.parse(replaced, YAML_OPTIONS);
  } catch {
    return null;
  }
}

/**
 * A workflow's text with each action named by its full URL (`uses: https://data.forgejo.org/docker/build-push-action@v6`,
 * Forgejo's and Gitea's usual form: the runner clones that repository) named as `owner/name@ref`,
 * the form the steps are read in (forgejo-runner's docker-build-push-action-in-lxc.yml: its pushed
 * build was not seen, and a missing COPY source passed as the file scan's warning).
 */
function withActionUrlsAsNames(text: string): string {
  return text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*["']?)https?:\/\/[^/\s"'@]+\/(?=[\w.-]+\/[\w.-]+(?:\/[^\s"'@]*)?@)/gm, '$1');
}

/**
 * Build targets that `.github/workflows/*.yml` under `root` declare, and Forgejo's and Gitea's
 * workflows in the same syntax (unchained's `.forgejo/workflows/ci.yml`). Unreadable or odd files declare none.
 */
export function workflowTargets(root: string, cwd: string, repository?: RepoBoundary): BuildTarget[] {
  return WORKFLOW_DIRS.flatMap((d) => workflowTargetsIn(root, cwd, d, repository));
}

function workflowTargetsIn(root: string, cwd: string, dirRel: string, repository?: RepoBoundary): BuildTarget[] {
  const dir = path.join(root, ...dirRel.split('/'));
  // Directories of the repository, not links out of it (the review of c7d1db5: a linked `.forgejo`).
  const parts = dirRel.split('/');
  if (!parts.every((_p, i) => isDirectory(path.join(root, ...parts.slice(0, i + 1))))) return [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  const out: BuildTarget[] = [];
  const texts = new Map<string, string>();
  const docs = new Map<string, unknown>();
  for (const n of names) {
    try {
      const text = withActionUrlsAsNames(readRegularFile(path.join(dir, n), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
      docs.set(n, YAML.parse(text, YAML_OPTIONS));
      texts.set(n, text);
    } catch {
      continue;
    }
  }
  const calls = reusableCalls(docs, (n) => path.relative(cwd, path.join(dir, n)) || path.join(dir, n));
  const own = ownRepositoryNames(root);
  for (const n of names) {
    if (!docs.has(n)) continue;
    const abs = path.join(dir, n);
    const rel = path.relative(cwd, abs) || abs;
    // A reusable workflow this repository's workflows call (`uses: ./.github/workflows/build-job.yaml`
    // with `dockerfile: apache`): read once more per call, `${{ inputs.NAME }}` replaced by what the
    // caller passes (else the input's default), besides as it is.
    const variants: { doc: unknown; via: string }[] = [{ doc: docs.get(n), via: '' }];
    for (const c of calls.get(n) ?? []) {
      const doc = withInputs(texts.get(n) as string, docs.get(n), c.inputs);
      if (doc !== null) variants.push({ doc, via: ` (called by ${c.via})` });
    }
    const builtBefore = out.length;
    for (const { doc, via } of variants) {
      ownCheckoutsAsSelf(doc, own);
      const jobs = (doc as { jobs?: Record<string, { steps?: unknown[] }> } | null)?.jobs;
      if (!jobs || typeof jobs !== 'object') continue;
      const runDefault = (d: unknown): unknown => (d && typeof d === 'object' ? ((d as { run?: Record<string, unknown> }).run ?? {})['working-directory'] : undefined);
      const workflowWd = runDefault((doc as { defaults?: unknown }).defaults);
      for (const [jobId, job] of Object.entries(jobs)) {
        // A job that never runs (`if: false # Temporarily disabled`: ethereumjs' docker-image.yml)
        // builds nothing; its Dockerfiles are audited on their own, as any nothing builds.
        if (stepCondition((job as { if?: unknown } | null)?.if, {}) === false) continue;
        // A run step's working directory: its own, else the job's `defaults.run`, else the workflow's
        // (umbrel's release job builds from packages/os with `docker buildx build ... ../../`).
        const jobWd = runDefault((job as { defaults?: unknown } | null)?.defaults) ?? workflowWd;
        // `${{ env.NAME }}` from the job's, then the workflow's `env:` (kuberay's steps run in
        // `${{env.working-directory}}`, set to apiserver): a step's own env is not read.
        const envOf = (o: unknown): Record<string, unknown> => (o && typeof o === 'object' && (o as { env?: unknown }).env && typeof (o as { env?: unknown }).env === 'object' ? ((o as { env: Record<string, unknown> }).env) : {});
        // And a literal a step writes to $GITHUB_ENV for the steps after it (static-web-server's
        // `echo "SERVER_DOCKERFILE=./docker/alpine/Dockerfile" >> $GITHUB_ENV`, then `file: ${{
        // env.SERVER_DOCKERFILE }}`: 8 builds skipped as known only when the workflow runs; sweep 50/E-F2).
        // GitHub's hosted runners (`runs-on: ubuntu-latest`): a fresh machine each job, thrown away after it.
        // (Not a job that may drive another machine's docker: DOCKER_HOST, a docker context, `-H`, or ssh.)
        // (Over the workflow's and the job's `env:`: the runner sets it for the steps after; a name written
        // otherwise is unknown here, whatever those say.)
        const ghEnv = githubEnvLiterals(Array.isArray(job?.steps) ? job.steps : []);
        const env: Record<string, unknown> = { ...envOf(doc), ...envOf(job), ...ghEnv.known };
        for (const n of ghEnv.unknown) delete env[n];
        const resolveEnv = (v: string) => v.replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k: string) => (typeof env[k] === 'string' && !(env[k] as string).includes('${{') ? (env[k] as string) : m));
        // The job's steps with its local composite actions' steps in place: a checkout at `path: P`
        // inside one (juju-dashboard's setup-docker-dashboard) moves the workspace's checkout too.
        const jobSteps = withLocalActions(root, job?.steps);
        // GitHub's hosted runners (`runs-on: ubuntu-latest`): a fresh machine each job, thrown away after it.
        // (Not a job that may drive another machine's docker, its local actions' steps read too: the review
        // of 137613d1, B-R1.)
        const hostedRunner = isHostedRunner((job as { 'runs-on'?: unknown } | null)?.['runs-on']) && !drivesRemoteDocker([job, jobSteps.map((x) => x.step), envOf(doc)]);
        const expandedJob = { steps: jobSteps.map((x) => x.step) };
        const workspace = workspaceExpression(expandedJob, resolveEnv);
        const workspaceCd = workspaceCdExpression(expandedJob, resolveEnv);
        // A value that names only matrix values goes in too, for the matrix to expand (metorial's
        // `DOCKERFILE: ./deployment/dockerfiles/engine-${{ matrix.service }}.Dockerfile`).
        // Or an expression over matrix values, literals and contains/startsWith/endsWith (huginn's `DOCKERFILE:
        // docker/${{ contains(matrix.docker_image, 'single-process') && 'single-process' || 'multi-process' }}/Dockerfile`).
        const onlyMatrix = (x: string) => [...x.matchAll(/\$\{\{([^}\n]{0,256})\}\}/g)].length === (x.match(/\$\{\{/g) ?? []).length && [...x.matchAll(/\$\{\{([^}\n]{0,256})\}\}/g)].every((e) => matrixOnlyExpression(e[1]));
        const envOnly = (v: string): string => v.replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k: string) => (typeof env[k] === 'string' && onlyMatrix(env[k] as string) ? (env[k] as string) : m));
        const withEnv = (v: unknown): unknown => (typeof v === 'string' ? envOnly(v).replace(workspace, '.') : v);
        // The job checks this repository out at `path: P`: a literal path the workspace expression does
        // not place in P (`context: .`, the workspace above it) is no directory of this repository
        // (dolt's ci-orm-tests.yaml, `path: dolt`, `context: .`, `file: dolt/integration-tests/...`:
        // the repository root was audited as the context, five false CTX101 errors; sweep 51/K-F1).
        const selfAt = selfCheckoutPath(expandedJob, resolveEnv);
        // (Not when another checkout of it in the job is at the workspace root: `path: base` first, then
        // the repository itself at the root; the review of f2d9eb09, RA-R5.)
        const selfAtRootToo = selfCheckoutAtRoot(expandedJob);
        const aboveCheckout = (v: string): boolean =>
          !selfAtRootToo && selfAt !== '' && selfAt !== '.' && !/\$\{\{/.test(selfAt) && !selfAt.startsWith('/') && !selfAt.split('/').includes('..') && !/\$\{\{|\{\{|^[a-z]+:\/\//i.test(v) && !path.posix.isAbsolute(v) && !workspace.test(envOnly(v).trim());
        const workingDirectory = (st: object): unknown => withEnv((st as { 'working-directory'?: unknown })['working-directory'] ?? jobWd);
        // Earlier steps of the job that put files in the workspace (download-artifact, cache, a second checkout).
        // `at`: a run script's working directory. The step named is the nearest one before the build
        // that runs where the build's context is (netbird's "Build management binary", `go build -o
        // netbird-mgmt` in management/, not the job's first script), else the first that may write there
        // (nearest-first named lldap's web/ download for its bin/ and rustdesk's chmod for its download).
        const writers: { step: string; paths: string[]; at?: string; script?: string; scriptAt?: string; num?: string; fills?: string[] }[] = [];
        // Then one that writes to a named directory inside the context (commafeed's download-artifact
        // into ./artifacts, not its earlier `apt-get install`, a script that may write anywhere).
        const preparedBy = (ctxAbs: string) => {
          const all = writers.filter((w) => w.paths.some((p) => overlaps(p, ctxAbs)));
          const named = all.find((w) => w.at === undefined && w.paths.some((p) => p !== root && p.startsWith(ctxAbs + path.sep)));
          // Else the nearest that runs a build tool (yaci-store's "Build with Gradle", not its "Get
          // Version Number", `./gradlew properties`, before it), else the first.
          const builds = [...all].reverse().find((w) => w.script !== undefined && MAKES_ARTIFACTS.test(w.script));
          return ([...all].reverse().find((w) => w.at !== undefined && overlaps(w.at, ctxAbs)) ?? named ?? builds ?? all[0])?.step;
        };
        // The step named by default, and every candidate (nearest first) for CTX101 to name the one
        // that writes a given missing source (preparerOf).
        // `apply`: the build's matrix values put into the scripts (firezone's "Package binaries", `cp
        // target/.../${{ matrix.name.package }} ${{ matrix.name.package }}`, writes the COPY source).
        const prepared = (ctxAbs: string, apply: (s: string) => string = (x) => x) => {
          const step = preparedBy(ctxAbs);
          if (step === undefined) return {};
          const preparers = writers
            .filter((w) => w.paths.some((p) => overlaps(p, ctxAbs)))
            .reverse()
            .map((w) => ({ step: w.step, dirs: w.paths.filter((p) => p !== root), ...(w.fills !== undefined ? { fills: w.fills } : {}), ...(w.script !== undefined && w.scriptAt !== undefined ? { script: apply(w.script), scriptAt: w.scriptAt } : {}) }));
          return { preparedBy: step, preparers };
        };
        // The step before the build that makes a directory (a named context the checkout lacks), or null.
        const madeBy = (abs: string, apply: (s: string) => string): string | null => {
          const p = prepared(abs, apply);
          if (p.preparedBy === undefined) return null;
          // Only a step seen to write there (a script line, a download's path): "may write anywhere" is no evidence.
          return preparerOf(p.preparers, root, path.relative(root, abs).split(path.sep).join('/'), true);
        };
        // Run scripts so far in the job, where they run: one that writes the Dockerfile a later build
        // names builds that, not the committed file (jq's ci.yml: `cat <<'EOF' >Dockerfile`, then
        // build-push-action with the default Dockerfile).
        const scriptsSoFar: { step: string; script: string; wd: string }[] = [];
        const rewrittenBy = (dockerfile: string, inPlace = false): string | null => {
          for (const r of scriptsSoFar) {
            const relFile = path.relative(r.wd, dockerfile).split(path.sep).join('/');
            if (relFile === '' || relFile.startsWith('..') || path.isAbsolute(relFile)) continue;
            // A write of it, not a check that it is there (mcp-server-langgraph's "Validate Dockerfile
            // exists": `if [ ! -f docker/Dockerfile.alembic ]; then ... exit 1; fi` took its build out).
            if (lineWriting(r.script, relFile, false, inPlace, false) > 0) return r.step;
          }
          return null;
        };
        const rewrittenSkip = (dockerfile: string) => {
          const step = rewrittenBy(dockerfile);
          const shownFile = path.relative(root, dockerfile).split(path.sep).join('/');
          if (step !== null) return { dockerfileRewritten: true as const, skipReason: `its Dockerfile ${shownFile} is written by ${step.startsWith('step ') ? step : `the step ${step}`} before the build: the committed file is not the one built; not audited` };
          // Edited in place (dbt-bouncer's `sed -i` inserting `COPY . .`; more often a version set
          // in a FROM line): still audited as committed, but `suggest` cannot know what it copies.
          const edited = rewrittenBy(dockerfile, true);
          if (edited === null) return {};
          // One that is no Dockerfile as committed (StatCan/aaw-kubeflow-containers' images start with
          // `USER root`; the step inserts the FROM line with `sed -i '1i FROM ...'`): the edit makes it one.
          // (Only an edit that can add one: a script that writes FROM; `sed -i 's/1.0/2.0/'` cannot, the review of b57a641.)
          const insertsFrom = scriptsSoFar.some((r) => /\bFROM\b/.test(r.script) && lineWriting(r.script, path.relative(r.wd, dockerfile).split(path.sep).join('/'), false, true) > 0);
          if (insertsFrom && !startsAsDockerfile(dockerfile)) return { dockerfileRewritten: true as const, skipReason: `its Dockerfile ${shownFile} has no FROM as committed and is edited in place by ${edited.startsWith('step ') ? edited : `the step ${edited}`} before the build: the committed file is not the one built; not audited` };
          return { dockerfileRewritten: true as const };
        };
        // build-push-action's inputs (a step's `with:`, or docker/github-builder's): one build per
        // combination of the job's matrix (`file: Dockerfile.${{ matrix.os }}`). `noContext`: what
        // no `context:` builds, the default Git context ('git') or the checkout ('path', v1).
        // `context: "{{defaultContext}}:sub"` is the Git context's subdirectory, where `file` is
        // read (buildx sends a relative -f of a remote context as the name within it).
        const foreign = workspaceIsAnotherRepository(job);
        // `step`: the build-push-action step itself (its id: whether a later step uses its outputs), when it is one.
        const pushBuilds = (w: Record<string, unknown>, label: string, ifCond: unknown, noContext: 'git' | 'path' | 'always-git', step?: { id: string | null }) => {
          const str = (k: string) => (typeof w[k] === 'string' ? (withEnv(w[k]) as string) : undefined);
          let listedUnknown = false;
          const matrix = (job as { strategy?: { matrix?: unknown } }).strategy?.matrix;
          // The matrix values the step's `if:` tests count too: an `exclude:` on one of them (with one the
          // build names) then drops its combinations (management-api's exclude of 5.0 + ubuntu, its
          // step run `if: matrix.base-platform == 'ubuntu'`: a combination that never runs was listed).
          // (An `if:` is an expression with or without its `${{ }}`.)
          const when = typeof ifCond !== 'string' ? undefined : ifCond.includes('${{') ? ifCond : `\${{ ${ifCond} }}`;
          let combos = matrixCombos(matrix, [str('context'), str('file'), str('target'), str('build-args'), str('build-contexts'), when], ifCond);
          // A matrix only the run knows that names only build args (ai-platform-engineering's
          // ci-mcp-servers.yml: literal context and file, `AGENT_NAME=${{ matrix.agent }}`): the build
          // is placed, and those args are known at run time only.
          if (combos.length === 0) combos = matrixCombos(matrix, [str('context'), str('file'), str('target'), str('build-contexts')]);
          // A matrix only the run knows (vegaprotocol's `app: ${{ fromJSON(inputs.projects) }}`): listed.
          if (combos.length === 0 && !foreign) out.push({ name: label, declaredIn: rel, kind: 'dockerfile', context: root, args: {}, namedContexts: {}, skipReason: 'the matrix values it names are known only when the workflow runs: not audited', unlocated: true });
          for (const combo of combos) {
            // A step whose `if:` is false for this combination never builds it (gha-if.ts).
            if (stepCondition(ifCond, combo.values) === false) continue;
            // (An input that is '' is no input: the action takes its default, build-push-action's Git context.)
            const applied = str('context') === undefined ? undefined : combo.apply(str('context')!);
            const given = applied === undefined || applied.trim() === '' ? undefined : applied;
            const sub = given === undefined ? null : /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(given);
            const gitContext = noContext === 'always-git' || sub !== null || (given === undefined && noContext === 'git');
            // (A leading `/` is the clone's root, as BuildKit's git source resolves a subdirectory: enshrouded-server's
            // `{{defaultContext}}:/container`, skipped as a missing /container; sweep 54/E-F2, the oracle's `#main:/app`.)
            const context = sub !== null ? (sub[1] ?? '').replace(/^\/+/, '') || '.' : (given ?? '.');
            const file = str('file') === undefined ? undefined : combo.apply(str('file')!);
            // (Not `${{ inputs.X }}` of a reusable workflow read on its own: each call is read with its
            // values. In a call's reading, one still there is a value the call does not make plain.)
            if (/\$\{\{/.test(context + (file ?? '')) && (via !== '' || !/\$\{\{[^}]*\binputs\./.test(context + (file ?? ''))) && !foreign && !listedUnknown) {
              // Listed, not left out with no word: a gate that passes must say what it did not check
              // (openframe's matrix from a job's output; a step output no local action gives).
              listedUnknown = true;
              const what = /\$\{\{/.test(context) ? `its context ${context}` : `its Dockerfile ${file}`;
              out.push({ name: combo.apply(label), declaredIn: rel, kind: 'dockerfile', context: path.resolve(root, context), dockerfile: file ? path.resolve(root, file) : undefined, args: {}, namedContexts: {}, skipReason: `${what} is known only when the workflow runs: not audited`, unlocated: true });
            }
            if (/\$\{\{|\{\{/.test(context + (file ?? '')) || /^[a-z]+:\/\//i.test(context)) continue;
            if (!gitContext && !foreign && typeof w.context === 'string' && aboveCheckout(combo.apply(w.context))) {
              out.push({ name: combo.apply(label), declaredIn: rel, kind: 'dockerfile', context: root, dockerfile: file ? path.resolve(root, file) : undefined, args: {}, namedContexts: {}, skipReason: `its context ${combo.apply(w.context).trim()} is the job's workspace, not this repository, which the job checks out at ${selfAt}/: not audited` });
              continue;
            }
            const target = str('target') === undefined ? undefined : combo.apply(str('target')!);
            const args: Record<string, string> = {};
            const argsAtRunTime: Record<string, string> = {};
            for (const l of actionInputList(combo.apply(str('build-args') ?? ''))) {
              const eq = l.indexOf('=');
              if (eq <= 0) continue;
              // `${{ ... }}`, or github-builder's `{{meta.version}}` (Handlebars over its metadata).
              if (!/\$\{\{|\{\{/.test(l)) args[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
              else argsAtRunTime[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
            }
            if (!gitContext && foreign) continue;
            // `build-contexts: lib=./lib` (amrc-connectivity-stack's service builds; its Dockerfiles
            // `COPY --from=lib`): named contexts, local ones from the workspace.
            const namedContexts: Record<string, string> = {};
            const madeNamedContexts: Record<string, { value: string; step: string }> = {};
            for (const l of actionInputList(combo.apply(str('build-contexts') ?? ''))) {
              const eq = l.indexOf('=');
              if (eq <= 0 || /\$\{\{|\{\{/.test(l)) continue;
              const v = l.slice(eq + 1).trim();
              const name = l.slice(0, eq).trim();
              // In the checkout, as the context is (`path: repo`, `extra=./repo/made`: the review of 2e19040).
              const abs = isLocalContextValue(v) ? path.resolve(root, v.replace(workspace, '.')) : null;
              // A directory the checkout lacks that a step of the job makes first: not read here.
              const made = abs !== null && !fs.existsSync(abs) ? madeBy(abs, combo.apply) : null;
              if (made !== null) madeNamedContexts[name] = { value: v, step: made };
              else namedContexts[name] = abs ?? v;
            }
            const ctxAbs = path.resolve(root, context);
            const dockerfile = file ? path.resolve(sub !== null || noContext === 'always-git' ? ctxAbs : root, file) : undefined;
            // Its image, under literal local tags and neither pushed nor exported (`push` unset or
            // false, no `outputs`, no `cache-to`), run by a step of the same job (emgapi-v2's test.yml:
            // `tags: app:latest`, `load: true`, then `docker run --rm app:latest pytest`): what the
            // `run: docker build -t app .` form gets (local-image.ts).
            const tags = actionInputList(combo.apply(str('tags') ?? ''));
            // (YAML gives `push: true` as a boolean, `push: ${{ ... }}` as text: only an absent, false or empty push is none.)
            const pushes = !(w.push === undefined || w.push === false || w.push === null || (typeof w.push === 'string' && /^(?:false|)$/i.test(w.push.trim()))) || ['outputs', 'output', 'cache-to'].some((k) => w[k] !== undefined && w[k] !== null && w[k] !== '');
            const localNames = tags.some((t) => /\$\{\{|\{\{/.test(t)) ? null : localImageNames(tags, pushes);
            // Or scanned (trivy-action's `image-ref: app:ci`), whose input line ships nothing either.
            const use = localNames === null ? null : jobUseOf(jobSteps.map((x) => x.step), localNames);
            const ranBy = use === null || use.first < 0 ? undefined : jobSteps[use.first];
            // The step's own `tags:` lines (`tags: app:latest`, or a list or block's `- app:latest` / `app:latest`) are no other use of the name.
            const cleared = { file: path.relative(root, abs).split(path.sep).join("/"), lines: [...tags.flatMap((t) => [`tags: ${t}`, `tags: "${t}"`, `tags: '${t}'`, `- ${t}`, `- "${t}"`, t]), ...(use?.scanLines ?? [])] };
            const stepShown = (x: { step: unknown; num: number | string }) => `${rel}:${jobId}${typeof (x.step as { name?: unknown }).name === 'string' ? ` ("${(x.step as { name: string }).name}")` : ` step ${x.num}`}`;
            // No tags, no push, output, cache-to or load, and no later use of its outputs (imageid, digest,
            // metadata): an image nothing names or keeps (fluent-bit's pr-compile-check, `push: false`,
            // `load: false`, "discard completely"; sweep 47/A-F1).
            const loads = !(w.load === undefined || w.load === false || w.load === null || (typeof w.load === 'string' && /^(?:false|)$/i.test(w.load.trim())));
            const untagged = step !== undefined && tags.length === 0 && !pushes && !loads && (step.id === null || !jobSteps.some((x) => JSON.stringify(x.step).includes(`steps.${step.id}.outputs`)));
            const localImage = untagged
              ? { localImage: { names: [], ranBy: combo.apply(label) + combo.label, untagged: true as const } }
              : ranBy === undefined || localNames === null
              ? {}
              : { localImage: { names: localNames, ranBy: stepShown(ranBy), cleared } };
            out.push({
              ...localImage,
              name: combo.apply(label) + combo.label,
              declaredIn: rel,
              kind: 'dockerfile',
              context: ctxAbs,
              dockerfile,
              // An empty one is none: build-push-action passes --target only when it is set
              // (ayunis-core's matrix gives `target: ''` to three images).
              target: target !== undefined && target !== '' && !/\$\{\{/.test(target) ? target : undefined,
              args,
              namedContexts,
              // A Git context holds the committed Dockerfile and nothing an earlier step writes.
              ...(gitContext ? { gitContext: true as const } : { ...prepared(ctxAbs, combo.apply), ...rewrittenSkip(dockerfile ?? path.join(ctxAbs, 'Dockerfile')) }),
              ...withRunTimeArgs(argsAtRunTime),
              ...(Object.keys(madeNamedContexts).length > 0 ? { madeNamedContexts } : {}),
              ...(w.containerignore === true ? { readsContainerignore: true as const } : {}),
            });
          }
        };
        // docker/bake-action: `buildx bake` of `files` (in `workdir`) for `targets` (else the default
        // group; a Compose file's every service). Since v6 its source is the Git context (the commit,
        // no ignore file, nothing an earlier step writes) unless `source: .`; before v6, the
        // workdir's files. Without `files`, bake's default names, which --all reads on its own.
        // CMS-Enterprise/mint-app's run_tests.yml bakes `files: docker-compose.backend.yml`.
        const bakeAction = (uses: string, w: Record<string, unknown>, label: string, ifCond: unknown) => {
          const str = (k: string) => (typeof w[k] === 'string' ? String(withEnv(w[k])) : undefined);
          const list = (v: string) => v.split(/[\n,]/).map((x) => x.trim()).filter((x) => x !== '');
          const source = str('source');
          const major = /@v(\d+)/i.exec(uses)?.[1];
          const git = source === undefined ? major === undefined || Number(major) >= 6 : /^\{\{\s*defaultContext\s*\}\}$/.test(source);
          if (str('files') === undefined || foreign) return;
          const listed = (name: string, skipReason: string) => out.push({ name, declaredIn: rel, kind: 'bake', context: root, args: {}, namedContexts: {}, skipReason, unlocated: true });
          if (source !== undefined && !git && source !== '.' && source !== './') {
            listed(label, `its source ${source} is not this checkout's directory: not audited`);
            return;
          }
          // One bake per combination of the job's matrix (mint-app's `targets: "${{ matrix.service_name }}"`).
          const combos = matrixCombos((job as { strategy?: { matrix?: unknown } }).strategy?.matrix, [str('files'), str('targets'), str('workdir')]);
          if (combos.length === 0) listed(label, 'the matrix values it names are known only when the workflow runs: not audited');
          for (const combo of combos) {
            if (stepCondition(ifCond, combo.values) === false) continue;
            const at = combo.apply(label) + combo.label;
            // `cwd://` names a file in the runner's directory rather than the source; the bake file
            // docker/metadata-action writes there (`cwd://${{ steps.meta.outputs.bake-file }}`) only
            // sets tags, labels and annotations: no build input.
            const files = list(combo.apply(str('files') ?? ''))
              .filter((f) => !/^cwd:\/\/\$\{\{\s*steps\.[\w-]+\.outputs\.bake-file(?:-[\w-]+)?\s*\}\}$/.test(f))
              .map((f) => f.replace(/^cwd:\/\//, ''));
            const targets = list(combo.apply(str('targets') ?? ''));
            const workdir = combo.apply(str('workdir') ?? '.');
            if ([...files, ...targets, workdir].some((x) => /\{\{/.test(x))) {
              listed(at, 'its bake files, targets or working directory are known only when the workflow runs: not audited');
              continue;
            }
            const abs = files.map((f) => path.resolve(root, workdir, f));
            let found: BuildTarget[];
            try {
              if (abs.every((f) => /\.ya?ml$/i.test(f))) found = composeTargets(abs, { cwd: root, env: {}, skipFragments: true, repository: repository ?? { root, allowOutside: false } });
              else if (abs.length === 1 && /\.json$/i.test(abs[0])) found = bakeTargets(abs[0], root, repository ?? { root, allowOutside: false }, path.resolve(root, workdir));
              else {
                listed(at, `bake files other than Compose files or one JSON file (${files.join(', ')}) are not read: run \`docker buildx bake --print\` on them and pass --bake; not audited`);
                continue;
              }
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              listed(at, `the bake files it runs (${files.join(', ')}) cannot be read here: ${e.message}`);
              continue;
            }
            const chosen = targets.length === 0 || targets.includes('default') ? found : found.filter((t) => targets.includes(t.name));
            const missing = targets.filter((n) => n !== 'default' && !found.some((t) => t.name === n));
            if (missing.length > 0) listed(at, `target ${missing.join(', ')} is not one ctx-audit reads from ${files.join(', ')} (a group, or a target outside the default group): not audited`);
            for (const t of chosen) {
              const built = { ...t, name: `${at}: ${t.name}`, declaredIn: rel };
              out.push(t.skipReason !== undefined ? built : { ...built, ...(git ? { gitContext: true as const } : prepared(t.context)) });
            }
          }
        };
        // docker/github-builder's build.yml, called as a job (pi-hole's build-and-publish): always a Git
        // context, `context:` its subdirectory (default `.`), `file` read there (its build.yml:
        // `new Build().gitContext({subdir: inputs.context})`, then build-push-action).
        const jobUses = (job as { uses?: unknown } | null)?.uses;
        if (typeof jobUses === 'string' && /^docker\/github-builder\/\.github\/workflows\/build\.ya?ml@/i.test(jobUses)) {
          pushBuilds((job as { with?: Record<string, unknown> }).with ?? {}, `${rel}:${jobId} (docker/github-builder)${via}`, (job as { if?: unknown }).if, 'always-git');
        } else if (typeof jobUses === 'string') {
          // Another repository's reusable workflow that takes a context and a Dockerfile (it checks
          // this repository out and builds them; pagopa's io-services-cms).
          const w = wrapperInputs(jobUses, (job as { with?: Record<string, unknown> }).with, root);
          if (w !== null) pushBuilds(w, `${rel}:${jobId} (via ${jobUses.replace(/@.*$/, '')}, read as build-push-action's inputs)${via}`, (job as { if?: unknown }).if, 'path');
        }
        // The job's own checkout of this repository (its first; at `path: P` or the workspace) writes
        // the checkout itself, nothing more: no step that may put a missing source there.
        // Where the job checks this repository out in the workspace ('' at its root): other steps' paths are the workspace's.
        const checkoutAt = ((at) => (at.includes('${{') || at.startsWith('/') || at.split('/').includes('..') ? '' : at))(selfCheckoutPath(job));
        let ownCheckoutSeen = false;
        // A ref the job's own checkout takes (`ref: v1.0.0`), or a `git checkout`/`git switch` a run step
        // makes: what it builds is that tree, not this one (the review of f3e04349, RA-R3).
        let otherRef: string | null = null;
        // Whether every step so far is one that writes nothing into the checkout, and whether the
        // job's checkout fetched its submodules.
        let inertSoFar = true;
        let submodulesSoFar = false;
        for (const { step: given, num } of jobSteps) {
          if (!given || typeof given !== 'object') continue;
          const stepStart = out.length;
          // A retry action runs its `command:` as a run step does (Apicurio's reusable-docker-build.yaml:
          // `nick-fields/retry` with `command: docker buildx build --file ... ${{ inputs.context }}`).
          const g = given as { uses?: unknown; with?: Record<string, unknown>; run?: unknown };
          const retried = typeof g.uses === 'string' && /^(?:nick-fields\/retry|wandalen\/wretry\.action)@/i.test(g.uses) && typeof g.with?.command === 'string' && g.run === undefined;
          const step = retried ? { ...g, uses: undefined, run: g.with?.command } : given;
          const s = step as { uses?: unknown; with?: Record<string, unknown>; run?: unknown; name?: unknown };
          // A step that never runs (`if: ${{ false }}`, ort's free-disk-space "Get Size of Installed Tools") writes
          // nothing and builds nothing: it was named as what may put a missing source in place (sweep 54/L-F3).
          // (Its matrix-dependent conditions are judged per combination where it builds.)
          if (stepCondition((s as { if?: unknown }).if, {}) === false && !/\bmatrix\./.test(String((s as { if?: unknown }).if))) continue;
          // A checkout of this repository (no `repository:`, or one the run names), the job's first or a later one.
          const selfCheckout = typeof s.uses === 'string' && /^actions\/checkout@/.test(s.uses) && (s.with?.repository === undefined || (typeof s.with.repository === 'string' && s.with.repository.includes('${{')));
          const ownCheckout = !ownCheckoutSeen && selfCheckout;
          if (ownCheckout) ownCheckoutSeen = true;
          // What a step before the checkout wrote is gone: actions/checkout empties a directory that is no
          // repository yet (Kavita's "Parse PR body", before it, was named as the step that may write
          // _output; sweep 49/A-F3). With `clean: false`, a runner's earlier checkout may keep it.
          // (actions/checkout cleans only when its input reads `true`, in any case: `no`, `0` or an expression may not.)
          if (ownCheckout && (String(s.with?.clean ?? '') || 'true').toLowerCase() === 'true') writers.length = 0;
          const label = `${rel}:${jobId}${typeof s.name === 'string' ? ` (${s.name})` : ` step ${num}`}${via}`;
          // Per matrix combination when its inputs name matrix values (bcgov/nr-site-registry's
          // bcgov-nr/action-builder-ghcr: `build_context: ${{ matrix.build_context }}`, `build_file:
          // ${{ matrix.build_file }}`, three Dockerfiles from an include list).
          const wrappedCombos = typeof s.uses === 'string' && !foreign ? wrapperCombos(s.uses, s.with, root, (job as { strategy?: { matrix?: unknown } }).strategy?.matrix) : [];
          const wrapped = wrappedCombos.length > 0 ? wrappedCombos[0].inputs : null;
          if (typeof s.run === 'string') {
            const wd = workingDirectory(s);
            if (typeof wd !== 'string' || !/\$\{\{/.test(wd)) scriptsSoFar.push({ step: `${typeof s.name === 'string' ? `"${s.name}"` : `step ${num}`} (a run script)`, script: s.run, wd: path.resolve(root, typeof wd === 'string' ? wd : '.') });
          }
          const writes = ownCheckout ? null : workspaceWrites(s, root, checkoutAt);
          // A download of one named artifact into a literal path fills that very directory (AFFiNE's
          // "Download web artifact", `path: ./packages/frontend/apps/web/dist`, for `COPY
          // ./packages/frontend/apps/web/dist`; sweep 51/J-F5). Not a cache restore, which may miss.
          // (Not a step that may not run or may fail quietly: an `if:`, `continue-on-error:`; the review of ce57f46b, RB-R4.)
          const fills = writes && /^actions\/download-artifact@/.test(String(s.uses)) && (s as { if?: unknown }).if === undefined && ((s as { 'continue-on-error'?: unknown })['continue-on-error'] ?? false) === false && typeof s.with?.name === 'string' && !s.with.name.includes('${{') && typeof s.with?.path === 'string' && !/\$\{\{|\n|[*?[]/.test(s.with.path) ? writes : undefined;
          if (writes) writers.push({ step: `${typeof s.name === 'string' ? `"${s.name}" ` : ''}(${String(s.uses).replace(/@.*$/, '')})`, paths: writes, ...(fills ? { fills } : {}) });
          // A script could write anywhere in the workspace (and a Docker build in it is itself no writer).
          // (Not a step that only clones this repository into a directory: that is the job's checkout, H-F1.)
          else if (typeof s.run === 'string' && runMayWrite(s.run) && !onlySelfClone(s.run) && dockerBuildCommands(s.run).length === 0 && composeCommands(s.run).length === 0 && bakeCommands(s.run).length === 0) {
            const wd = workingDirectory(s);
            const at = typeof wd === 'string' && !/\$\{\{/.test(wd) ? path.resolve(root, wd) : undefined;
            // With no working-directory the script runs in the workspace, the checkout.
            const scriptAt = wd === undefined ? root : at;
            writers.push({ step: `${typeof s.name === 'string' ? `"${s.name}" ` : `step ${num} `}(a run script)`, paths: [root], num, ...(at !== undefined ? { at } : {}), ...(scriptAt !== undefined ? { script: s.run, scriptAt } : {}) });
          }
          // depot's, Blacksmith's and WarpBuild's actions take build-push-action's inputs (growthbook's
          // preview build; supabase/realtime's useblacksmith/build-push-action and sequin's
          // Warpbuilds/build-push-action, forks). GitHub owner names are case-insensitive.
          // StepSecurity's maintained fork, step-security/docker-build-push-action, too (hiero-json-rpc-relay's release build).
          if (typeof s.uses === 'string' && /^(?:(?:docker|depot|useblacksmith|warpbuilds)\/build-push-action|step-security\/docker-build-push-action)@/i.test(s.uses)) {
            // No `context:` (build-push-action v2 and later, and the forks that take its inputs): the
            // action builds its default Git context, `https://github.com/<repo>.git#<sha>`, which
            // BuildKit clones itself: the committed files, no .git, no ignore file applied
            // (docker/build-push-action#182; measured on BuildKit v0.13), nothing an earlier step
            // writes. Audited as such (src/buildkit/git-context.ts).
            // (docker's v1 took `path`, default `.`; depot's and Blacksmith's v1 follow docker's v2+.)
            pushBuilds(s.with ?? {}, label, (s as { if?: unknown }).if, /^docker\/build-push-action@v1(?:[.\s]|$)/.test(s.uses) ? 'path' : 'git', { id: typeof (s as { id?: unknown }).id === 'string' ? (s as { id: string }).id : null });
          } else if (typeof s.uses === 'string' && /^docker\/bake-action@/i.test(s.uses)) {
            bakeAction(s.uses, (s.with ?? {}) as Record<string, unknown>, label, (s as { if?: unknown }).if);
          } else if (wrapped !== null) {
            // A wrapper that writes into the context before it builds (hashicorp/actions-docker-build
            // extracts the product's zip artifact into dist/): a step before its own build.
            const known = KNOWN_WRAPPERS.find((k) => String(s.uses).toLowerCase().startsWith(k.uses + '@'));
            const given = known?.writesWith === undefined ? undefined : (s.with as Record<string, unknown> | undefined)?.[known.writesWith];
            const self = known?.writes ?? (typeof given === 'string' && given.trim() !== '' ? `runs its ${known?.writesWith} ${given.trim()} first` : undefined);
            if (self !== undefined) writers.push({ step: `${typeof s.name === 'string' ? `"${s.name}" ` : ''}(${String(s.uses).replace(/@.*$/, '')}, which ${self})`, paths: [root] });
            for (const w of wrappedCombos) pushBuilds(w.inputs, `${label}${w.label} (via ${String(s.uses).replace(/@.*$/, '')}, read as build-push-action's inputs)`, (s as { if?: unknown }).if, 'path');
          } else if (typeof s.run === 'string') {
            // The step is no earlier step of its own builds (akto's `docker buildx build ... "$CONTEXT"`,
            // its context a matrix value, was read as a script that may write the context first: a
            // missing source became a warning naming the build's own step). What its script does
            // before the build is `withOwn`'s, below.
            const self = writers.length > 0 && writers[writers.length - 1].num === num ? writers.pop() : undefined;
            const builtBefore = out.length;
            let runs = false;
            const wdRaw = workingDirectory(s);
            // `${{ github.workspace }}` (or $GITHUB_WORKSPACE) is this checkout's root when the job checks
            // it out there (actual-chat: `docker build -f ${{github.workspace}}/services/opensearch/Dockerfile
            // ... ${{github.workspace}}/services/opensearch/` was skipped as known only when it runs).
            const atWorkspaceRoot = selfCheckoutPath(job) === '';
            const run = withFileValues(withPathVariables(withLiteralEnv(s.run, { ...env, ...envOf(s) }))).replace(/(?<!\bcd\s+['"]?)(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{GITHUB_WORKSPACE\}|\$GITHUB_WORKSPACE\b)/g, (m) => (atWorkspaceRoot && !foreign ? root : m));
            // (And the step's env values a Compose file may read: mathesar's `TARGET: ${{ matrix.target }}`
            // for `target: ${TARGET-testing}`; sweep 47/B-F3.)
            // (Only where the matrix is known: under one only the run knows, the env's mention of it must not
            // drop the step, as it did: the review of f6e5096d.)
            const envTexts = Object.values({ ...env, ...envOf(s) }).filter((v): v is string => typeof v === 'string' && v.includes('matrix.'));
            const matrixOf = (job as { strategy?: { matrix?: unknown } }).strategy?.matrix;
            let stepCombos = matrixCombos(matrixOf, [typeof wdRaw === 'string' ? wdRaw : undefined, run]);
            if (envTexts.length > 0 && stepCombos.length > 0) {
              const withEnv = matrixCombos(matrixOf, [typeof wdRaw === 'string' ? wdRaw : undefined, run, ...envTexts]);
              if (withEnv.length > 0) stepCombos = withEnv;
            }
            // A matrix only the run knows (talos' `matrix: ${{ fromJson(needs.get_next_version.outputs.matrix) }}`):
            // a build whose context and Dockerfile are literal is still placed, the values it takes
            // from the matrix (a --build-arg, a --tag) known at run time only; one whose context or
            // Dockerfile is a matrix value is listed as not audited, below.
            const matrixUnknown = stepCombos.length === 0 && !foreign && runsDockerBuild(run);
            if (matrixUnknown && (typeof wdRaw !== 'string' || !/\$\{\{/.test(wdRaw))) stepCombos = [{ apply: (x: string) => x, label: '', values: {} }];
            else if (matrixUnknown) out.push({ name: label, declaredIn: rel, kind: 'dockerfile', context: root, args: {}, namedContexts: {}, skipReason: 'the matrix values it names are known only when the workflow runs: not audited', unlocated: true });
            // `working-directory: ${{ matrix.version }}/${{ matrix.variant }}` and `docker build .`
            // (xwiki-docker's twelve images): one build per matrix value, as for build-push-action.
            for (const combo of stepCombos) {
              if (stepCondition((s as { if?: unknown }).if, combo.values) === false) continue;
              runs = true;
              const wd = typeof wdRaw === 'string' ? combo.apply(wdRaw) : wdRaw;
              // What the step's own script does before its first build (dgraph's `mkdir -p linux && cp
              // ... linux/` then `docker build -f contrib/Dockerfile .`): a writer CTX101 can name for a
              // path it writes explicitly. Not a step that "may write" by itself, as an earlier step is
              // (`docker buildx create`, `cd dir`): only what it names counts.
              // (The whole script but its builds: a line between two builds prepares the second, and a
              // writer on a build's own line, `go build -o app . && docker build .`, its build: review of a0b33cc.)
              const before = DOCKER_BUILD_RE.test(run) ? withoutBuilds(run) : '';
              const ownStep = `the part of ${typeof s.name === 'string' ? `"${s.name}"` : `step ${num}`}'s script before docker build`;
              // `untilBuild`: the script before this build only, for what changes the ignore file it reads
              // (what runs after it cannot; the review of 08b51a4: a `mv` between two builds is before the second).
              const withOwn = (ctxAbs: string, apply: (x: string) => string, own = before, ownName = ownStep, untilBuild?: string) => {
                const base = prepared(ctxAbs, apply);
                if (own.trim() === '') return base;
                const scriptAt = path.resolve(root, typeof wd === 'string' ? wd : '.');
                // One that runs a build tool (openreplay's frontend-dev.yaml: `docker run ... "yarn && yarn build"`, parcel
                // into public/, then `docker build .`) is the step that may write what no step is seen to write, before
                // an earlier one (its "Downloading yq" was named; sweep 53/B-F3).
                const builds = MAKES_ARTIFACTS.test(own) ? { preparedBy: ownName } : {};
                return { ...base, ...builds, preparers: [{ step: ownName, dirs: [], script: apply(own), scriptAt, sameShell: true as const, ...(untilBuild !== undefined ? { untilBuild: apply(untilBuild) } : {}) }, ...(base.preparers ?? [])] };
              };
              // What the script runs before its first Compose command (acme2certifier's `rm -f .dockerignore`
              // or `mv` of it, then `docker compose -f soap_srv.yml build`), for the builds Compose makes.
              const composeAt = /(?<![\w-])(?:docker(?:\s+compose|-compose)|podman(?:\s+compose|-compose))(?![\w-])/.exec(run);
              const beforeCompose = composeAt === null ? '' : run.slice(0, composeAt.index);
              const ownComposeStep = `the part of ${typeof s.name === 'string' ? `"${s.name}"` : `step ${num}`}'s script before docker compose`;
              // A context or -f in a checkout of this repository at `path: P` (`docker build ... repo/head`) is the repository's.
              const checkouts = selfCheckoutPaths(job, combo.apply);
              // The deepest checkout a path lies in decides (another repository's at `src/charts` inside
              // this one's at `src` keeps its own paths: the review of cf11c13).
              const inCheckout = (p: string): string => {
                const within = (a: string) => p === a || p.startsWith(a + '/');
                const deepest = (xs: string[]) => xs.filter(within).sort((a, b) => b.length - a.length)[0];
                const at = deepest(checkouts.self);
                const foreignAt = deepest(checkouts.other);
                if (at === undefined || (foreignAt !== undefined && foreignAt.length >= at.length)) return p;
                return p === at ? '.' : p.slice(at.length + 1);
              };
              const rawCommands = foreign || (typeof wd === 'string' && /\$\{\{/.test(wd)) ? [] : dockerBuildCommands(opaqueExpressions(combo.apply(run)), typeof wd === 'string' ? wd : '.', workspaceCd);
              // The job checks this repository out at `path: P` and the script runs in the workspace above
              // it (no working-directory, no cd): a context outside every checkout is no directory of this
              // repository (dolt's shape in a run step; the review of f2d9eb09, RA-R4).
              const inAnyCheckout = (p: string) => [...checkouts.self, ...checkouts.other].some((a) => p === a || p.startsWith(a + '/'));
              const runAbove = (c: { context: string }) => wd === undefined && !/(?:^|[\s;&|(])(?:cd|pushd)[ \t]/.test(run) && aboveCheckout(c.context) && !inAnyCheckout(path.posix.normalize(c.context));
              for (const c of rawCommands.filter(runAbove)) {
                out.push({ name: label + combo.label, declaredIn: rel, kind: 'dockerfile', context: root, dockerfile: c.file !== undefined && !path.posix.isAbsolute(c.file) ? path.resolve(root, inCheckout(path.posix.normalize(c.file))) : undefined, args: {}, namedContexts: {}, skipReason: `its context ${c.context} is the job's workspace, not this repository, which the job checks out at ${selfAt}/: not audited` });
              }
              const commands = rawCommands.filter((c) => !runAbove(c)).map((c) => (checkouts.self.length === 0 ? c : { ...c, context: isRemoteContext(c.context) ? c.context : inCheckout(path.posix.normalize(c.context)), ...(c.file !== undefined && !isRemoteContext(c.context) ? { file: inCheckout(path.posix.normalize(c.file)) } : {}), namedContexts: Object.fromEntries(Object.entries(c.namedContexts).map(([k, v]) => [k, isLocalContextValue(v) && !path.posix.isAbsolute(v) ? inCheckout(path.posix.normalize(v)) : v])) }));
              const builds = matrixUnknown ? commands.filter((c) => !/\$\{\{/.test(c.context + (c.file ?? ''))) : commands;
              // A build of the step the unknown matrix leaves unplaced (its context or -f a matrix value): listed.
              // Counted with every expression made a plain word, as dockerBuildCommands would read it had the matrix been known.
              const expected = matrixUnknown ? dockerBuildCommands(run.replace(/\$\{\{[^}]*\}\}/g, 'x'), typeof wd === 'string' ? wd : '.', workspaceCd).length : 0;
              const unplaced = builds.length < Math.max(commands.length, expected);
              // A build reading its Dockerfile from a heredoc on its line (geolens' CI: `docker build ...
              // -f - . <<'DOCKERFILE'`): that text, when the step has one such build and one heredoc, as
              // a script's (it was listed as a Dockerfile `-` the checkout lacks, and suggest held back).
              const stdinDocs = builds.filter((x) => x.stdin).length === 1 ? heredocBuilds(combo.apply(run)) : [];
              const stdinText = stdinDocs.length === 1 && stdinDocs[0] !== '' ? stdinDocs[0] : null;
              for (const [i, c] of builds.entries()) {
                const ctxAbs = contextAt(root, c.context);
                // Its image run by a step of the same job (leav-engine's prebuild: `docker run --name prebuild prebuild`, then `docker cp`).
                // Or scanned by a scanner action (trivy-action's `image-ref: app:ci`), whose input line is then no other use of the name.
                const use = c.localNames === null ? null : jobUseOf(jobSteps.map((x) => x.step), c.localNames);
                const ranBy = use === null || use.first < 0 ? undefined : jobSteps[use.first];
                const cleared = use === null || use.scanLines.length === 0 ? {} : { cleared: { file: path.relative(root, abs).split(path.sep).join('/'), lines: use.scanLines } };
                const localImage = c.untagged ? { localImage: { names: [], ranBy: label + combo.label + (builds.length > 1 ? `, build ${i + 1} of ${builds.length}` : ''), untagged: true as const } } : ranBy === undefined || c.localNames === null ? {} : { localImage: { names: c.localNames, ranBy: `${rel}:${jobId}${typeof (ranBy.step as { name?: unknown }).name === 'string' ? ` ("${(ranBy.step as { name: string }).name}")` : ` step ${ranBy.num}`}`, ...(c.localByIdFile ? { idFile: c.localByIdFile } : {}), ...cleared } };
                // Two builds in one script are two targets, named apart (clickhouse-operator's step
                // builds the operator and the metrics exporter: one name mixed their findings).
                const nth = builds.length > 1 ? `, build ${i + 1} of ${builds.length}` : '';
                // Relative to the step's working directory: the repository root unless `working-directory` or a `cd` says otherwise.
                // `env: DOCKER_BUILDKIT: 0` on the step, the job or the workflow (xwiki-docker's image builds).
                const legacy = !c.buildx && (c.legacyByLine || buildkitOff({ ...env, ...envOf(s) }.DOCKER_BUILDKIT));
                const namedContexts = Object.fromEntries(Object.entries(c.namedContexts).map(([k, v]) => [k, isLocalContextValue(v) ? path.resolve(root, v) : v]));
                const fed = c.stdin ? stdinFileText(root, c.stdinFile) : null;
                if (c.stdin && (fed !== null || stdinText !== null)) {
                  out.push({ name: `${label}${combo.label}${nth} (its Dockerfile from ${fed !== null ? `${fed.from} on stdin` : 'a heredoc'})`, declaredIn: rel, kind: 'dockerfile', context: ctxAbs, dockerfileInline: fed?.text ?? (stdinText as string), ...(fed !== null ? { dockerfileFrom: path.join(root, fed.from) } : {}), target: c.target, args: c.args, namedContexts, ...withOwn(ctxAbs, combo.apply, before, ownStep, c.untilHere?.()), ...withRunTimeArgs(c.argsAtRunTime), ...(legacy ? { builder: 'legacy' as const } : {}), ...localImage });
                  continue;
                }
                out.push({ name: label + combo.label + nth, declaredIn: rel, kind: 'dockerfile', context: ctxAbs, dockerfile: c.file ? path.resolve(root, c.file) : undefined, target: c.target, args: c.args, namedContexts, ...withOwn(ctxAbs, combo.apply, before, ownStep, c.untilHere?.()), ...rewrittenSkip(c.file ? path.resolve(root, c.file) : path.join(ctxAbs, 'Dockerfile')), ...withRunTimeArgs(c.argsAtRunTime), ...(legacy ? { builder: 'legacy' as const } : {}), ...localImage });
              }
              if (unplaced) out.push({ name: label, declaredIn: rel, kind: 'dockerfile', context: root, args: {}, namedContexts: {}, skipReason: 'the matrix values it names are known only when the workflow runs: not audited', unlocated: true });
              // `docker compose -f docker-compose.dev.yml up --build` (mathesar's CI): the files it
              // names, merged as Compose merges them, with the workflow's literal env. Files with the
              // default names are read by --all's own pass over their directory already.
              // (Its paths in the checkout, as a build's: kestra's e2e job checks out at `path: kestra`, then
              // `cd ./kestra/e2e-tests/docker` and `docker compose -f docker-compose-postgres.yml up`; the
              // context was "not in the checkout: a step makes it". Sweep 46/B.)
              const inCheckoutAll = (c: ComposeCommand): ComposeCommand => {
                if (checkouts.self.length === 0) return c;
                const at = (p: string) => inCheckout(path.posix.normalize(p));
                return { ...c, files: c.files.map(at), cwd: at(c.cwd), ...(c.envFiles ? { envFiles: c.envFiles.map(at) } : {}), ...(c.projectDirectory !== undefined ? { projectDirectory: at(c.projectDirectory) } : {}) };
              };
              const composes = foreign || (typeof wd === 'string' && /\$\{\{/.test(wd)) ? [] : composeCommands(opaqueExpressions(combo.apply(run)), typeof wd === 'string' ? wd : '.', workspaceCd, hostedRunner).map(inCheckoutAll);
              if (matrixUnknown && composes.length > 0 && builds.length === commands.length) out.push({ name: label, declaredIn: rel, kind: 'dockerfile', context: root, args: {}, namedContexts: {}, skipReason: 'the matrix values it names are known only when the workflow runs: not audited', unlocated: true });
              for (const c of matrixUnknown ? [] : composes) {
                // A service word that is all expression (firezone's `docker compose build ${{
                // inputs.build_services }}`, a list a caller passes): which services it builds is known
                // only when the workflow runs. Each audited with this step's environment made a CTX101
                // error of a service it never builds (sweep 49/E-F1); the Compose file is audited on its own.
                const opaque = c.services?.names.find((n) => /^\$\{\{[^}]*\}\}$/.test(n));
                if (opaque !== undefined) {
                  out.push({ name: label + combo.label, declaredIn: rel, kind: 'compose', context: root, args: {}, namedContexts: {}, skipReason: `the services it names (${opaque}) are known only when the workflow runs: not audited`, unlocated: true });
                  continue;
                }
                const literal = Object.fromEntries(Object.entries({ ...env, ...envOf(s) }).map(([k, v]) => [k, typeof v === 'string' ? combo.apply(v) : v] as const).filter(([, v]) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && !/\$\{\{/.test(String(v))).map(([k, v]) => [k, String(v)]));
                // A value with an expression the workflow fills (tracecat's `TRACECAT__CI_IMAGE_TAG: frontend-smoke-${{
                // github.run_id }}`, read by `image: tracecat-ci:${TRACECAT__CI_IMAGE_TAG:?...}`): set, its value known only
                // when it runs. Given as written, so that a `:?` check passes; a build that takes it into its context,
                // Dockerfile or stage is listed as such, a build arg from it as known only then (sweep 55/R-F2).
                const atRunTime = Object.fromEntries(Object.entries({ ...env, ...envOf(s) }).map(([k, v]) => [k, typeof v === 'string' ? combo.apply(v) : v] as const).filter((e): e is [string, string] => typeof e[1] === 'string' && /\$\{\{/.test(e[1])));
                const files = composeFilesOf(c, root, { ...literal, ...assignedOnce(run, ['COMPOSE_FILE', 'COMPOSE_PATH_SEPARATOR']) });
                if (files.length === 0 || !files.every((f) => isInside(root, f))) continue;
                // Files with the default names: --all reads them itself; the run only says how they run.
                // (Not when one reads `$PWD` and the run is from another directory: --all reads it as run
                // in its own, ansible-ai-connect-service's `context: $PWD` run from the root.)
                const runDir = path.resolve(root, c.cwd);
                // (Nor when the step's environment sets a variable the files read: `TARGET: production` for
                // `target: ${TARGET-testing}` builds another stage than --all's own reading; sweep 47/B-F4.)
                const setsRead = [...Object.keys(literal), ...Object.keys(atRunTime), ...Object.keys(c.env ?? {})].some((k) => files.some((f) => readsVariable(f, k)));
                const defaultNames = !setsRead && files.every((f) => (COMPOSE_FILE_NAMES as readonly string[]).includes(path.basename(f)) && (path.dirname(f) === runDir || !readsPwd(f)));
                const shownFiles = files.map((f) => path.relative(root, f).split(path.sep).join('/')).join(', ');
                // A file the step tests for first and the checkout lacks: the step runs the command only when it is there
                // (goaccess's Docker Hub starter workflow, `if [ -f docker-compose.test.yml ]; then docker-compose --file
                // docker-compose.test.yml build; else docker build . --file Dockerfile; fi`, whose else branch is audited;
                // it was "not in the checkout: a step before the build makes it, or the workflow is out of date"; sweep 56/X-F4).
                const guarded = files.find((f) => !fs.existsSync(f) && testsForFile(run, path.relative(path.resolve(root, c.cwd), f).split(path.sep).join('/')));
                if (guarded !== undefined) {
                  const g = path.relative(root, guarded).split(path.sep).join('/');
                  const why = `${GUARDED_SKIP} (its Compose file ${g} is not in the checkout, and the step tests for it first): not audited`;
                  // (Once a step: its `build` and its `run` of the file are one skip.)
                  if (!out.some((o) => o.name === label + combo.label && o.skipReason === why)) out.push({ name: label + combo.label, declaredIn: rel, kind: 'compose', context: path.dirname(guarded), dockerfile: guarded, args: {}, namedContexts: {}, skipReason: why });
                  continue;
                }
                try {
                  for (const found of composeTargets(files, { cwd, env: { PWD: path.resolve(root, c.cwd), ...atRunTime, ...literal, ...c.env }, skipFragments: true, repository: repository ?? { root, allowOutside: false }, ...(c.envFiles ? { envFiles: c.envFiles.map((f) => path.resolve(root, f)) } : {}), ...(c.projectDirectory !== undefined ? { projectDirectory: path.resolve(root, c.projectDirectory) } : {}), ...(c.services ? { services: c.services } : {}), ...(c.job ? { job: { ...c.job, ranBy: label + combo.label } } : {}) })) {
                    if (c.pullsFirst && found.pulledFirst) continue;
                    const expr = (v: string | undefined) => v !== undefined && /\$\{\{/.test(v);
                    const runArgs = Object.entries(found.args).filter(([, v]) => expr(v));
                    const t: BuildTarget = runArgs.length === 0 ? found : { ...found, args: Object.fromEntries(Object.entries(found.args).filter(([, v]) => !expr(v))), argsAtRunTime: { ...found.argsAtRunTime, ...Object.fromEntries(runArgs) } };
                    // A stage from such a value (`target: ${BUILD_TARGET:-production}`, the job choosing it by event):
                    // known only when it runs, as a recipe's is: the last stage audited in its place, what only it
                    // needs a warning at most (the review of a6315e04, RB-R6). A context or Dockerfile from one: not placed.
                    if (expr(t.target)) {
                      const { target: _, ...rest } = t;
                      out.push({ ...rest, stageUnknown: true, placedBy: label + combo.label, name: `${label}${combo.label}: ${path.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, composeFilesRead: files, ...withOwn(t.context, combo.apply, beforeCompose, ownComposeStep, beforeCompose) });
                      continue;
                    }
                    if ([t.context, t.dockerfile, ...Object.values(t.namedContexts)].some(expr)) {
                      out.push({ name: `${label}${combo.label}: ${path.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, kind: 'compose', context: root, args: {}, namedContexts: {}, skipReason: 'its context, Dockerfile or stage comes from a value the step\'s env sets with an expression (${{ }}), known only when the workflow runs: not audited', unlocated: true });
                      continue;
                    }
                    out.push({ ...t, name: `${label}${combo.label}: ${path.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, composeFilesRead: files, ...withOwn(t.context, combo.apply, beforeCompose, ownComposeStep, beforeCompose), ...(defaultNames ? { defaultComposeRun: { files, service: t.name, ...(c.buildOnly && !/\b(?:push|tag|save)\b/.test(run) ? { buildOnly: true as const } : {}) } } : {}) });
                  }
                } catch (e) {
                  if (!(e instanceof InputError)) throw e;
                  if (defaultNames) continue;
                  out.push({ name: label + combo.label, declaredIn: rel, kind: 'compose', context: path.dirname(files[0]), dockerfile: files[0], args: {}, namedContexts: {}, skipReason: `the Compose files it runs (${shownFiles}) cannot be read here: ${e.message}` });
                }
              }
            }
            // `docker buildx bake -f FILE [TARGET...]` (no remote source): read as bake-action v5 with
            // `source: .` reads it, the checkout's files (the matrix and the step's `if` per combination).
            if (!foreign && (typeof wdRaw !== 'string' || !/\$\{\{/.test(wdRaw))) {
              for (const b of bakeCommands(run, typeof wdRaw === 'string' ? wdRaw : '.', workspaceCd)) {
                bakeAction('docker/bake-action@v5', { files: b.files.join('\n'), targets: b.targets.join('\n'), workdir: b.cwd, source: '.' }, label, (s as { if?: unknown }).if);
              }
            }
            if (self) writers.push(self);
            // A docker build the script runs that none of the above could place (a context, -f or
            // stage the shell expands, or one after `cd "${{ env.PROJECT_DIR }}"`, a directory not known
            // here: mana-monorepo's CD builds): listed, not left out with no word.
            if (runs && out.slice(builtBefore).every((t) => t.defaultComposeRun !== undefined) && !foreign && runsDockerBuild(run)) {
              // Every build of it from the runner's temporary directory (signoz's cacheci.yml: `-f
              // "$RUNNER_TEMP/extract.Dockerfile" "$RUNNER_TEMP/extract-context"`): outside the checkout,
              // no reader of its ignore file (suggest held back every change for it; sweep 47/A-F4).
              // (The build's line's last word is its context: docker build takes it last here.)
              // (An expression is one word: the runner's temporary directory, or a value known when it runs.)
              const buildLines = opaqueExpressions(run.replace(/\\\n/g, ' ').replace(/\$\{\{\s*runner\.temp\s*\}\}/g, '$RUNNER_TEMP')).replace(/\$\{\{[^}\n]*\}\}/g, '$EXPRESSION').split('\n').filter((l) => DOCKER_BUILD_RE.test(l));
              const outside = buildLines.length > 0 && buildLines.every((l) => RUNNER_TEMP.test(l.trim().split(/\s+/).pop() ?? ''));
              // Its context as far as the words say (pulumi-docker-containers' `docker/${{ matrix.sdk }}`, a
              // literal `docker/pulumi` beside an unknown --target): under that directory, not this
              // checkout's root, whose ignore file suggest then took it for a reader of (sweep 47/w2-H-F1).
              const literalDirs = [...new Set(buildLines.map((l) => {
                const w = (l.trim().split(/\s+/).pop() ?? '').replace(/^["']|["']$/g, '');
                const cut = w.search(/\$|`/);
                const lit = (cut < 0 ? w : w.slice(0, w.lastIndexOf('/', cut) + 1)).replace(/^\.\//, '').replace(/\/+$/, '');
                return lit === '' || lit === '.' || lit.startsWith('..') || lit.startsWith('/') ? null : lit;
              }))];
              const knownDir = literalDirs.length === 1 && literalDirs[0] !== null && (typeof wdRaw !== 'string' || wdRaw === '.' || wdRaw === '') ? path.resolve(root, literalDirs[0]) : root;
              // A Dockerfile on stdin as the context (`docker build -t x - < contrib/reprobuild/Dockerfile.jammy`, lightning's
              // repro.yml): no context at all, not a value known only when it runs (sweep 54/I-F1; its COPYs are not checked).
              const stdinOnly = buildLines.length > 0 && buildLines.every((l) => /(?:^|\s)-\s*0?<\s*\S+\s*$/.test(l.trim()) || /\|\s*(?:sudo\s+)?docker\b.*\s-\s*$/.test(l.trim()));
              const why = outside
                ? "it builds from the runner's temporary directory, outside the checkout: not audited"
                : stdinOnly
                ? 'its Dockerfile comes on stdin (`docker build -`), with no context: nothing of the checkout is sent (a COPY from the context finds the Dockerfile alone); not audited'
                : 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited';
              out.push({ name: label, declaredIn: rel, kind: 'dockerfile', context: stdinOnly ? root : knownDir, args: {}, namedContexts: {}, skipReason: why, unlocated: true, ...(outside ? { outsideCheckout: true as const } : {}) });
            }
          }
          // The builds of this step whose job ran nothing before them that could write the checkout
          // (its own checkout, setup and login actions, scripts that only set variables or echo), nor
          // its own script before the build: what the checkout lacks, no step makes (hello-grpc's CI
          // build copies a git-ignored protoc zip nothing creates; opennotes' checks out no submodule).
          // (Its whole script, its builds aside: a writer on a build's line or between two builds counts.
          // An action that only builds: build-push-action and its forks, bake-action. Any other action
          // that builds may run steps of its own before its build: consul-terraform-sync's wrapper
          // extracts the binaries its Dockerfile copies.)
          const quietBefore = typeof s.run === 'string' ? scriptQuiet(s.run) : typeof s.uses !== 'string' || PURE_BUILDER.test(s.uses);
          for (const t of out.slice(stepStart)) {
            // (Only after the job's own checkout: a job with none works in what an earlier job left, review of a0b33cc.)
            if (ownCheckoutSeen && !ownCheckout && inertSoFar && quietBefore && t.skipReason === undefined && t.gitContext !== true && t.preparedBy === undefined && !foreign) t.checkoutOnly = { submodules: submodulesSoFar };
          }
          // A checkout of this repository at another ref, at a `path:` too, where the job's builds of it then read
          // (the review of 29ac045e, RB-R5).
          if (selfCheckout && typeof s.with?.ref === 'string' && s.with.ref.trim() !== '' && !/^\$\{\{\s*github\.(?:ref|sha|head_ref|ref_name|event\.pull_request\.head\.(?:sha|ref))\s*\}\}$/.test(s.with.ref.trim())) otherRef = s.with.ref.trim();
          // (`git -c k=v checkout`, `git reset --hard TAG` too; not `git checkout .` or `-- FILE`, which restore files,
          // nor one in a script that clones another repository, whose checkout that is; RB-R5.)
          if (typeof s.run === 'string' && !/(?:^|[\s;&|(])git[ \t]+clone\b/.test(s.run) && /(?:^|[;&|(\n])[ \t]*git(?:[ \t]+-[Cc][ \t]+\S+)*[ \t]+(?:checkout|switch|reset[ \t]+--hard)[ \t]+(?!--(?:[ \t]|$)|-[bBf][ \t]|\.(?:[ \t]|$|[;&|]))[^\s;&|]/m.test(s.run)) otherRef ??= 'a ref a run step checks out';
          if (otherRef !== null) for (const t of out.slice(stepStart)) t.otherRef = otherRef;
          // (`clean: false` keeps what earlier runs left on a self-hosted runner: anything may be there.)
          if (ownCheckout) {
            submodulesSoFar = checkoutFetchesSubmodules(s.with);
            if (s.with?.clean === false || (typeof s.with?.clean === 'string' && !/^true$/i.test(s.with.clean.trim()))) inertSoFar = false;
          }
          else if (typeof s.uses === 'string' ? !actionWritesNothing(s.uses, s.with) : typeof s.run !== 'string' || !scriptQuiet(s.run)) inertSoFar = false;
        }
      }
    }
    // A gate that passes must say what it did not read: the calls past the cap of a workflow that
    // builds (one that only tests builds nothing to leave out: the review of a7f595b).
    if (out.slice(builtBefore).some((t) => t.declaredIn === rel && t.defaultComposeRun === undefined)) {
      for (const via of calls.get(n)?.dropped ?? []) out.push({ name: `${rel} (called by ${via})`, declaredIn: rel, kind: 'dockerfile', context: root, args: {}, namedContexts: {}, skipReason: `a call after the first ${MAX_CALLS} of this reusable workflow: not read, so not audited`, unlocated: true });
    }
  }
  // A context or a named Dockerfile the checkout lacks: a step before the build makes it (grist's
  // job checks out ext/ with a script, then builds ext/Dockerfile) or the workflow is out of date
  // (plane's names aio/Dockerfile-app, since moved). Neither is an input ctx-audit was given: each
  // is listed as skipped with the reason. Listed, a build with a missing context still says which
  // Dockerfile it builds, so that Dockerfile is not audited on its own from a guessed context
  // (pomerium builds .github/Dockerfile-release from ./dist/docker/amd64, which a step fills).
  // A Dockerfile named outside the repository is not looked at here: the audit refuses it.
  const inRepo = (p: string) => !/^\.\.(?:[\\/]|$)/.test(path.relative(root, p)) && !path.isAbsolute(path.relative(root, p));
  const shown = (p: string) => (inRepo(p) ? path.relative(root, p).split(path.sep).join('/') || '.' : p);
  return out
    .map((t): BuildTarget => {
      if (t.unlocated === true || t.skipReason?.startsWith(GUARDED_SKIP) === true) return t;
      // A URL context is no checkout's: listed as a Compose service's is (fetched with --allow-url-contexts).
      if (isRemoteContext(t.context)) return t.skipReason !== undefined ? t : { ...t, skipReason: `remote context ${t.context} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)` };
      // Neither its context nor its Dockerfile is here (openpra's container-publish.yml builds
      // docker-context/<app>, which run steps make with mkdir, cp and `cat > Dockerfile`): listed, as
      // a build this checkout cannot show (when they are all there is, --all finds no build).
      if (!fs.existsSync(t.context) && !(t.dockerfile !== undefined && inRepo(t.dockerfile) && fs.existsSync(t.dockerfile))) {
        return { ...t, skipReason: `its context ${shown(t.context)} is not in the checkout: a step before the build makes it; not audited`, unlocated: true };
      }
      if (!fs.existsSync(t.context)) return { ...t, skipReason: `its context ${shown(t.context)} is not in the checkout: a step before the build makes it; not audited` };
      // No -f: docker reads CONTEXT/Dockerfile, else CONTEXT/dockerfile. varnish's version_check.yml
      // writes one with `cat << EOF > Dockerfile` in the same run step, then builds `.`.
      // (A Dockerfile from a heredoc is its own text: none is read from the context.)
      const implicit = t.dockerfile === undefined && t.dockerfileInline === undefined && inRepo(t.context) ? [path.join(t.context, 'Dockerfile'), path.join(t.context, 'dockerfile')] : null;
      if (implicit !== null && !implicit.some((f) => fs.existsSync(f))) return { ...t, skipReason: `its context ${shown(t.context)} holds no Dockerfile in the checkout: a step before the build writes it; not audited` };
      const file = t.dockerfile ?? (implicit ?? []).find((f) => fs.existsSync(f));
      if (file === undefined || !inRepo(file)) return t;
      // buildx reads a lowercase `dockerfile` for a `-f .../Dockerfile` that is not there (the audit does too).
      const lowercase = t.builder !== 'legacy' && !fs.existsSync(file) ? buildxLowercaseDockerfile(root, file) : null;
      // (A Compose file a step makes, openstatus' `cp docker-compose.github-packages.yaml docker-compose.test.yaml`
      // then `docker-compose -f docker-compose.test.yaml up`, is no Dockerfile: sweep 46/D.)
      // A Git context is the commit BuildKit clones: no step before the build can add its Dockerfile
      // (jumpserver's build-python-image.yml, `file: Dockerfile-python`, deleted since; sweep 50/F-F3).
      if (!fs.existsSync(file) && lowercase === null && t.gitContext === true) return { ...t, skipReason: `its Dockerfile ${shown(file)} is not in the commit this Git context builds (BuildKit clones the commit, and reads a Dockerfile from the runner only by an absolute \`file:\`): the workflow is out of date, and the build fails unless a step writes it at such a path; not audited` };
      if (!fs.existsSync(file) && lowercase === null) return { ...t, skipReason: `its ${t.kind === 'compose' ? 'Compose file' : 'Dockerfile'} ${shown(file)} is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited` };
      const stale = t.target === undefined ? null : missingStage(file, t.target);
      if (stale === null) return t;
      // Not the file built: one a step edits in place before the build, or another ref's (the review of
      // f3e04349, RA-R2/R3): the stage may be there then; skipped, as before.
      if (t.dockerfileRewritten === true || t.otherRef !== undefined) {
        const why = t.otherRef !== undefined ? `the job builds ${t.otherRef.startsWith('a ref ') ? t.otherRef : `ref ${t.otherRef}`}, whose Dockerfile may have it` : 'a step before the build edits it';
        return { ...t, skipReason: `its Dockerfile ${shown(file)} has no stage "${t.target}" here (${stale}), and ${why}: not audited` };
      }
      // (Audited: docker refuses it, a CTX100 error; hyrax's build.yml, sweep 53/D-F2, passed the gate as a skip.)
      return { ...t, staleTarget: true };
    });
}

/**
 * The stages a Dockerfile has, when `target` is none of them (BuildKit matches it ignoring case),
 * or null: nautobot's build_dependency_image.yml builds `--target dependencies`, a stage its
 * Dockerfile lost in 2022; the workflow only runs by hand. Null too when the file cannot be read.
 */
export function missingStage(file: string, target: string): string | null {
  let text: string;
  try {
    text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
  } catch {
    return null;
  }
  const parsed = parseDockerfile(text);
  // (Another frontend's Dockerfile, `# syntax=devthefuture/dockerfile-x`: its INCLUDEd files may define it; RA-R1.)
  if (customFrontend(parsed) !== null) return null;
  const names = parsed.stages.map((st) => st.name).filter((n): n is string => n !== null && n !== undefined);
  if (names.includes(target.toLowerCase()) || /\$/.test(target)) return null;
  return names.length === 0 ? 'it names none' : `stages: ${names.join(', ')}`;
}

/**
 * Whether the root's Makefile, or the one beside `abs` (a `<name>.in`), has a rule that makes `<name>` from it:
 * `Dockerfile: Dockerfile.in`, or dockcross' static pattern rule `... Dockerfile: %Dockerfile: %Dockerfile.in`.
 */
function rendersByMake(abs: string, root: string): boolean {
  const base = path.basename(abs);
  const stem = base.slice(0, -'.in'.length);
  const names = (words: string, file: string) => words.split(/\s+/).some((w) => w === file || w.endsWith('/' + file) || (w.startsWith('%') && w.length > 1 && file.endsWith(w.slice(1))));
  for (const dir of new Set([root, path.dirname(abs)])) {
    let text: string;
    try {
      text = readRegularFile(path.join(dir, 'Makefile'), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      const i = line.indexOf(':');
      if (i < 0 || line.startsWith('\t') || line.length > 4096) continue;
      if (names(line.slice(i + 1), base) && names(line.slice(0, i), stem)) return true;
    }
  }
  return false;
}

/** A GoReleaser config under a name of its own (given with --config): `.goreleaser.rc.yaml`, `goreleaser-nightly.yml`. */
const GORELEASER_VARIANT = /^\.?goreleaser[.-][\w.-]+\.ya?ml$/;

function readdirNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Where GoReleaser looks for its configuration, in its order (kured keeps it in .config/). */
const GORELEASER_FILES = ['.config/goreleaser.yml', '.config/goreleaser.yaml', '.goreleaser.yml', '.goreleaser.yaml', 'goreleaser.yml', 'goreleaser.yaml'];

/**
 * Docker container actions (`runs: using: docker`, `image:` a Dockerfile): the runner builds the
 * image whenever a workflow uses the action, from the Dockerfile's own directory (actions/runner's
 * ContainerActionHandler: an `image` ending in `Dockerfile` or `dockerfile` is built with its parent
 * directory as the context; any other is an image to pull). osv-scanner's actions/scanner builds
 * `../../action.dockerfile`, whose split ENTRYPOINT the runner's build refuses. `files`: the
 * action.yml/action.yaml paths from `root`.
 */
export function containerActionTargets(root: string, cwd: string, files: readonly string[]): BuildTarget[] {
  const out: BuildTarget[] = [];
  for (const f of files.slice(0, 100)) {
    let doc: unknown;
    try {
      doc = YAML.parse(readRegularFile(path.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'), YAML_OPTIONS);
    } catch {
      continue;
    }
    const runs = (doc as { runs?: { using?: unknown; image?: unknown } } | null)?.runs;
    // The runner reads `using` in any case (`Docker`).
    if (typeof runs?.using !== 'string' || runs.using.toLowerCase() !== 'docker' || typeof runs.image !== 'string' || !/(?:Dockerfile|dockerfile)$/.test(runs.image) || /^docker:\/\//i.test(runs.image)) continue;
    const dockerfile = path.resolve(root, path.dirname(f), runs.image);
    if (!isInside(root, dockerfile)) continue;
    const rel = path.relative(cwd, path.join(root, f)) || f;
    const target: BuildTarget = { name: `${rel} (a Docker container action)`, declaredIn: rel, kind: 'dockerfile', context: path.dirname(dockerfile), dockerfile, args: {}, namedContexts: {}, containerAction: true };
    // Not in the checkout: a step before the action makes it (dolt's benchmark-runner-tests action
    // builds ../../../SysbenchDockerfile, which the workflow's `cp -r ./go/performance/continuous_integration/. .`
    // puts there; --all exited 2 on it; sweep 51/K-F2). Listed with that, not audited.
    if (!followsToAnything(dockerfile)) {
      const shown = path.relative(cwd, dockerfile) || dockerfile;
      target.skipReason = `its Dockerfile, ${shown}, is not in the checkout: a step before the action makes it, or the action is out of date (the runner's build of it fails then); not audited`;
    }
    out.push(target);
  }
  return out;
}

/**
 * Dockerfiles GoReleaser builds (`dockers:` and `dockers_v2:` in its config at the repository root or in .config/;
 * `Dockerfile` when an entry names none). GoReleaser builds them in a directory it assembles from
 * the binaries it has just built and the entry's `extra_files`, not from the repository, so such a
 * Dockerfile (`COPY ntfy /usr/bin`) is listed as skipped, with that reason, instead of audited
 * against a checkout that never holds its sources.
 */
export function goreleaserTargets(root: string, cwd: string, found: readonly string[] = []): BuildTarget[] {
  const out: BuildTarget[] = [];
  // .config/ read only as a directory of the repository, never through a symlink.
  const configDir = isDirectory(path.join(root, '.config'));
  // A module's own config below the root too (golang-graphql-example's backend/.goreleaser.yml, which
  // its backend/Makefile runs goreleaser with): its paths are the directory's, where goreleaser runs.
  const below = found.filter((f) => !GORELEASER_FILES.includes(f) && GORELEASER_FILES.some((g) => f.endsWith('/' + g))).sort().slice(0, 32);
  // Configs under names of their own that a command gives with --config (lakerunner's
  // `goreleaser release --config .goreleaser.rc.yaml`): `.goreleaser.<word>.yaml`, `goreleaser-<word>.yml`.
  const named = (dir: string) => readdirNames(path.join(root, dir)).filter((n) => GORELEASER_VARIANT.test(n)).map((n) => (dir === '' ? n : `${dir}/${n}`)).filter((n) => !GORELEASER_FILES.includes(n)).sort().slice(0, 16);
  const variants = [...named(''), ...(configDir ? named('.config') : [])];
  for (const name of [...GORELEASER_FILES, ...variants, ...below]) {
    if (name.startsWith('.config/') && !configDir) continue;
    const abs = path.join(root, name);
    if (!fs.existsSync(abs) || !isRegular(abs)) continue;
    // Where goreleaser runs: the config's directory, or the one above a `.config/` holding it.
    const dir = path.posix.dirname(name);
    const base = !below.includes(name) ? root : path.join(root, path.posix.basename(dir) === '.config' ? path.posix.dirname(dir) : dir);
    let doc: unknown;
    try {
      doc = parseGoYaml(readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
    } catch {
      continue;
    }
    const d = doc as { dockers?: unknown; dockers_v2?: unknown; includes?: unknown; variables?: unknown } | null;
    const entries = [d?.dockers, d?.dockers_v2].flatMap((v) => (Array.isArray(v) ? v : []));
    const rel = path.relative(cwd, abs) || abs;
    const files = new Set<string>();
    // `variables:` (GoReleaser Pro's), used as `{{ .Var.name }}`.
    const vars = d?.variables !== null && typeof d?.variables === 'object' && !Array.isArray(d.variables) ? (d.variables as Record<string, unknown>) : {};
    for (const e of entries) {
      let f = e && typeof e === 'object' ? (e as { dockerfile?: unknown }).dockerfile : undefined;
      if (typeof f === 'string') f = f.replace(/\{\{\s*\.Var\.([A-Za-z0-9_]+)\s*\}\}/g, (m, k: string) => (typeof vars[k] === 'string' ? (vars[k] as string) : m));
      if (f === undefined || (typeof f === 'string' && !/\{\{/.test(f))) {
        const named = typeof f === 'string' ? f : 'Dockerfile';
        // goreleaser resolves it where it runs: a config below the root is taken to run in its own
        // directory (not also from the root with `-f`: the review of f632033 saw a tools/lint config
        // that names no Dockerfile take the root's Dockerfile out of the audit), and only one that
        // exists there is listed (the root's config names any).
        if (base === root) files.add(path.resolve(root, named));
        else if (isInside(root, path.resolve(base, named)) && isRegular(path.resolve(base, named))) files.add(path.resolve(base, named));
        // A path from the root through the config's own directory (pomerium's .github/goreleaser.yaml:
        // `dockerfile: .github/Dockerfile-release-nonroot`, run from the root with `--config
        // .github/goreleaser.yaml`; sweep 48/A-F2): the config is run from the root.
        else if (typeof f === 'string' && f.replace(/^\.\//, '').startsWith(dir + '/') && isInside(root, path.resolve(root, named)) && isRegular(path.resolve(root, named))) files.add(path.resolve(root, named));
      }
    }
    // A config that includes another (ory's keto and oathkeeper include xgoreleaser's build.tmpl.yml,
    // whose `dockers:` take `dockerfile: "{{ .Var.dockerfile_alpine }}"`) names its Dockerfiles in
    // its variables only: a variable whose value is a Dockerfile of the repository is one it builds.
    if (Array.isArray(d?.includes) && d.includes.length > 0) {
      for (const v of Object.values(vars)) {
        if (typeof v !== 'string' || !/(?:^|\/)(?:[^/]*\.)?[Dd]ockerfile(?:[.-][^/]*)?$/.test(v)) continue;
        const f = path.resolve(base, v);
        if (!path.relative(root, f).startsWith('..') && fs.existsSync(f)) files.add(f);
      }
    }
    for (const dockerfile of [...files].sort()) {
      const shown = path.relative(cwd, dockerfile) || dockerfile;
      const skipReason = `${GORELEASER_SKIP} (${rel}) in a directory it assembles from the binaries it builds and its extra_files, not from the repository: not audited here`;
      out.push({ name: `${rel}: ${shown}`, declaredIn: rel, kind: 'dockerfile', context: path.dirname(dockerfile), dockerfile, args: {}, namedContexts: {}, skipReason });
    }
  }
  return out;
}
