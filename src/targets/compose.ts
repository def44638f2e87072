// Compose files -> BuildTargets, following compose-go: default file discovery (plus the override
// file), `.env` beside the first file, interpolation of every string value (the environment wins
// over `.env`), `extends` (same file or `file:`), several files merged service by service, and
// relative paths resolved against the project directory (the first file's), or against the
// extended file's own directory for what `extends: {file:}` brings in.
import { localImageNames } from './local-image.js';
import { FileTooLargeError, MAX_BUILD_FILE_BYTES, NotRegularFileError, readRegularFile } from '../context/read-regular.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { hasVariable, matchesPattern, variablePattern } from '../context/variable-pattern.js';
import { interpolate, InterpolationError, MissingVariableError, parseDotEnv, readsUnset, type Lookup } from './interpolate.js';
import { isRemoteContext, type BuildTarget } from './target.js';
import { isLocalContextValue } from './named-context.js';
import { dirAndParents, redactionsFor } from './redact.js';
import { describeYamlError, GO_YAML_OPTIONS } from '../config/syntax-error.js';
import { parseGoYaml } from './go-yaml.js';

/**
 * The YAML of a Compose file's text, parsed once per process: a workflow that runs one service in many
 * steps loads its file for each (horovod's ci.yaml, ~45 `compose run`s per image: 18 s of a 22 s --all
 * went to parsing the same file again; sweep 52/T-F1). A copy each time, since a load may change it;
 * at most MAX_PARSED_CHARS of text kept.
 */
const parsedCache = new Map<string, unknown>();
let parsedChars = 0;
const MAX_PARSED_CHARS = 16 << 20;
function parsedText(text: string): unknown {
  if (parsedCache.has(text)) return structuredClone(parsedCache.get(text));
  const doc = parseGoYaml(text);
  if (parsedChars + text.length <= MAX_PARSED_CHARS) {
    parsedCache.set(text, doc);
    parsedChars += text.length;
    return structuredClone(doc);
  }
  return doc;
}
import { assertInsideRepo, assertInsideRepoIfExists, type RepoBoundary } from '../context/boundary.js';

/** compose-go's DefaultFileNames and DefaultOverrideFileNames, in order of preference. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
export const COMPOSE_OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

/** The files `docker compose` loads without -f: the first default name found in `dir` or a parent, plus its override. */
export function findComposeFiles(dir: string, searchParents = true): string[] {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const base = COMPOSE_FILE_NAMES.map((n) => path.join(d, n)).find((f) => fs.existsSync(f));
    if (base) {
      const override = COMPOSE_OVERRIDE_NAMES.map((n) => path.join(d, n)).find((f) => fs.existsSync(f));
      return override ? [base, override] : [base];
    }
    if (!searchParents || path.dirname(d) === d) return [];
  }
}

type Yaml = Record<string, unknown>;

/** A service's build, normalized: paths absolute, args and additional_contexts as maps. */
interface BuildSpec {
  context?: string;
  dockerfile?: string;
  dockerfile_inline?: string;
  target?: string;
  args?: Record<string, string | null>;
  additional_contexts?: Record<string, string>;
}

interface Service {
  build?: BuildSpec;
  /** It names an `image:` (true), and its `pull_policy` (when given): what `up` without --build does first. */
  image?: true;
  /** Its image is named under `localhost/` (podman's local namespace; no registry serves it): `up` builds it. */
  localImage?: true;
  /** The `image:` it names, as written, and the file that names it (for a local image's name). */
  imageName?: { name: string; file: string };
  pullPolicy?: string;
  extends?: { service: string; file?: string };
  /** Networks, named volumes and services the service uses (`networks:`, `volumes: - name:/path`, `depends_on:`). */
  uses?: Uses;
  vars: Substituted;
  /** It publishes ports, restarts, or runs on the host's network: a service that may serve what its image holds. */
  serves?: true;
  /** Its `container_name:`, as written. */
  containerName?: string;
  /** Its bind mounts of host directories: the source (absolute) and the container path. */
  binds?: { source: string; target: string }[];
  /** Its `build.tags` name the image (a registry's name a later push may use). */
  buildTags?: true;
}

/**
 * A service's bind mounts of host paths (`- .:/app`, `- ./src:/app/src:ro`, `{type: bind, source: ., target:
 * /app}`), their sources against `baseDir` (`written`: as the file writes it); named volumes, anonymous ones and
 * `~` paths are none. Read for the mounts that hide a COPY and for the ones a container writes (composeWritableMounts).
 */
function bindMounts(volumes: unknown, baseDir: string): { source: string; target: string; readOnly: boolean; written: string }[] {
  const out: { source: string; target: string; readOnly: boolean; written: string }[] = [];
  for (const v of Array.isArray(volumes) ? volumes : []) {
    let written: string | undefined;
    let target = '';
    let readOnly = false;
    if (typeof v === 'string') {
      const parts = v.split(':');
      if (parts.length >= 2 && /^[./~]/.test(parts[0])) [written, target, readOnly] = [parts[0], parts[1], (parts[2] ?? '').split(',').includes('ro')];
    } else if (isMap(v) && v.type === 'bind' && typeof v.source === 'string' && /^[./~]/.test(v.source)) {
      [written, target, readOnly] = [v.source, typeof v.target === 'string' ? v.target : '', v.read_only === true];
    }
    // (Not `~`: the home directory of whoever runs it.)
    if (written === undefined || written.startsWith('~')) continue;
    out.push({ source: path.resolve(baseDir, written), target: target.replace(/\/+$/, '') || (target === '' ? '' : '/'), readOnly, written });
  }
  return out;
}

/**
 * The variables substituted with a value (name -> value) into the parts of a service whose text can
 * reach a report: only those are hidden (redact.ts). `image:`, bind mounts, `environment:`,
 * `build.tags` and the like are never printed, so what they use is not recorded.
 */
interface Substituted {
  /** Into what the audit reads of `build` (BUILD_KEYS_READ): its args, stage, Dockerfile text and paths. */
  build: Map<string, string>;
  /** Into the build's locations (`build: DIR`, context, dockerfile, additional_contexts): part of the paths reported. */
  locations: Map<string, string>;
  /** Into the network, named volume and depends_on names a fragment's skip reason may quote (usedResources). */
  resources: Map<string, string>;
  /** A build's context that is one variable with no value here (NAME -> NAME): the path is the environment's. */
  unsetLocations: Map<string, string>;
  /**
   * Build args whose value names a variable with no value here and no default (ARG -> the value as
   * written, `${SONARQUBE_VERSION}`): the value is the environment's that runs it, not "" (sweep 53/C-F1:
   * docker-sonarqube's `args: SONARQUBE_VERSION: ${SONARQUBE_VERSION}`, its README's `export` not done
   * where ctx-audit runs, made `COPY sonarqube-datacenter-${SONARQUBE_VERSION}.zip` a missing "-.zip").
   */
  unsetArgs: Map<string, string>;
  /**
   * The build's context or Dockerfile as written (`context` -> `./bin/${PHPVERSION}`, `dockerfile` -> `${CLIENT_DOCKERFILE}`)
   * when it reads a variable with no value here: said when the path it makes is not in the checkout (sweep 56/U-F5, Y-F2).
   */
  unsetWritten: Map<string, string>;
}

/** What `build.args` names with no value here (Substituted.unsetArgs), as written. */
function unsetArgsOf(args: unknown, lookup: Lookup, into: Map<string, string>): void {
  const entries: [string, unknown][] = isMap(args) ? Object.entries(args) : Array.isArray(args) ? args.flatMap((e) => (typeof e === 'string' && e.includes('=') ? [[e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, unknown]] : [])) : [];
  for (const [k, v] of entries.slice(0, 256)) {
    // `$$` is a dollar; `${X:-d}` has a default, `${X:+v}` is "" on purpose (readsUnset).
    if (typeof v === 'string' && readsUnset(v, lookup)) into.set(k, v);
  }
}

/** The unset build args once a later layer is merged over an earlier one: an arg the later layer sets replaces the earlier's. */
function unsetArgsAfter(earlier: ReadonlyMap<string, string>, later: BuildSpec | undefined, laterUnset: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...[...earlier].filter(([k]) => later?.args?.[k] === undefined), ...laterUnset]);
}

/**
 * The unset variables of a build's locations once a later layer (an override file, the extending
 * service) is merged over an earlier one: what the later layer sets itself replaces the earlier's
 * (an override's `context: ./app` over `context: ${APP_DIR}`, the review of 5dee461).
 */
function unsetAfter(earlier: ReadonlyMap<string, string>, later: BuildSpec | undefined, laterUnset: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...(later?.context !== undefined ? [] : earlier), ...laterUnset]);
}

const noVars = (): Substituted => ({ build: new Map(), locations: new Map(), resources: new Map(), unsetLocations: new Map(), unsetArgs: new Map(), unsetWritten: new Map() });

/** The unset-variable locations once a later layer is merged over an earlier one: a key the later layer sets replaces the earlier's. */
function unsetWrittenAfter(earlier: ReadonlyMap<string, string>, later: BuildSpec | undefined, laterUnset: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...[...earlier].filter(([k]) => (k === 'context' ? later?.context : later?.dockerfile) === undefined), ...laterUnset]);
}
const union = (...maps: ReadonlyMap<string, string>[]) => new Map(maps.flatMap((m) => [...m]));

/** The `build` keys normalizeBuild reads (a key read there must be listed here, or its values would be printed). */
const BUILD_KEYS_READ = new Set(['context', 'dockerfile', 'dockerfile_inline', 'target', 'args', 'additional_contexts']);
/** The `build` keys that make paths: the context root, the Dockerfile, named context directories. */
const BUILD_LOCATION_KEYS = new Set(['context', 'dockerfile', 'additional_contexts']);

interface Uses {
  networks: string[];
  volumes: string[];
  services: string[];
  /**
   * Every service `up SERVICE` starts with it, and so builds: depends_on, links, volumes_from and a
   * `service:` network_mode, ipc or pid (compose-go's GetDependencies; the review of a58d822 found
   * links and network_mode missed).
   */
  starts: string[];
}

/** The named volume a `volumes:` entry mounts, or null; a bind mount (`./x:/y`, `/x:/y`, `~/x:/y`) is not a volume. */
function namedVolume(v: unknown): string | null {
  const source = typeof v === 'string' ? (v.includes(':') ? v.slice(0, v.indexOf(':')) : '') : isMap(v) && v.type === 'volume' && v.source !== undefined ? String(v.source) : '';
  return source !== '' && !/^[./~$]/.test(source) && !source.includes('/') && !/^[A-Za-z]:/.test(source) ? source : null;
}

/** The networks and named volumes a raw service uses. */
function usedResources(s: Yaml): Uses {
  const networks = Array.isArray(s.networks) ? s.networks.map(String) : isMap(s.networks) ? Object.keys(s.networks) : [];
  const volumes: string[] = [];
  for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
    const source = namedVolume(v);
    if (source !== null) volumes.push(source);
  }
  const services = Array.isArray(s.depends_on) ? s.depends_on.map(String) : isMap(s.depends_on) ? Object.keys(s.depends_on) : [];
  const starts = [...services];
  // `links: [db, "cache:redis"]` (SERVICE or SERVICE:ALIAS); `volumes_from: [data, "service:data:ro"]`
  // (not `container:NAME`); `network_mode`, `ipc`, `pid: service:NAME`.
  for (const l of Array.isArray(s.links) ? s.links : []) starts.push(String(l).split(':')[0]);
  for (const v of Array.isArray(s.volumes_from) ? s.volumes_from : []) {
    const parts = String(v).split(':');
    if (parts[0] === 'container') continue;
    starts.push(parts[0] === 'service' ? (parts[1] ?? '') : parts[0]);
  }
  for (const k of ['network_mode', 'ipc', 'pid']) {
    const m = typeof s[k] === 'string' ? /^service:(.+)$/.exec(s[k] as string) : null;
    if (m) starts.push(m[1]);
  }
  return { networks: networks.filter((n) => n !== 'default'), volumes, services, starts: starts.filter((x) => x !== '') };
}

const isMap = (v: unknown): v is Yaml => typeof v === 'object' && v !== null && !Array.isArray(v);

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** `args` and `additional_contexts` as a map, from either `{K: V}` or `["K=V", "K"]`. */
function toMap(v: unknown, where: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = String(item);
      const eq = s.indexOf('=');
      if (eq < 0) out[s] = null;
      else out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) out[k] = scalar(x);
  } else if (v !== undefined && v !== null) {
    throw new InputError(`${where}: expected a mapping or a list`);
  }
  return out;
}

/**
 * A Compose file needs a variable the environment and its .env do not set (`${VAR:?...}`): docker
 * compose refuses it too. `--compose FILE` reports it as an input error; `--all`, which only found
 * the file, lists its services as skipped with the reason.
 */
export class ComposeVariableError extends InputError {}

/** A file the project names (an `extends: {file:}`) is not there: `--all` lists the project as skipped. */
export class ComposeMissingFileError extends InputError {}

/** Not YAML, and it has template directives (`{% set env='mailu.env' %}`): a tool renders it first. */
export class ComposeTemplateError extends InputError {}

function interpolateTree(v: unknown, lookup: Lookup, file: string): unknown {
  if (typeof v === 'string') {
    try {
      return interpolate(v, lookup);
    } catch (e) {
      if (e instanceof MissingVariableError) throw new ComposeVariableError(`${file}: ${e.message}`);
      if (e instanceof InterpolationError) throw new InputError(`${file}: ${e.message}`);
      throw e;
    }
  }
  if (Array.isArray(v)) return v.map((x) => interpolateTree(x, lookup, file));
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateTree(x, lookup, file)]));
  return v;
}

const resolveLocal = (value: string, baseDir: string) => (isRemoteContext(value) || !isLocalContextValue(value) ? value : path.resolve(baseDir, value));

/** A service's `build` with its paths made absolute against `baseDir`. */
function normalizeBuild(raw: unknown, baseDir: string, where: string): BuildSpec | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return { context: resolveLocal(raw, baseDir) };
  if (!isMap(raw)) throw new InputError(`${where}.build: expected a path or a mapping`);
  const b: BuildSpec = {};
  if (raw.context !== undefined) b.context = resolveLocal(String(raw.context), baseDir);
  if (raw.dockerfile !== undefined) b.dockerfile = String(raw.dockerfile);
  if (raw.dockerfile_inline !== undefined) b.dockerfile_inline = String(raw.dockerfile_inline);
  if (raw.target !== undefined) b.target = String(raw.target);
  if (raw.args !== undefined) b.args = toMap(raw.args, `${where}.build.args`);
  if (raw.additional_contexts !== undefined) {
    const named = toMap(raw.additional_contexts, `${where}.build.additional_contexts`);
    b.additional_contexts = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, resolveLocal(v ?? '', baseDir)]));
  }
  return b;
}

/** compose-go's merge for `build`: keys override, `args` and `additional_contexts` merge key by key. */
function mergeBuild(base: BuildSpec | undefined, over: BuildSpec | undefined): BuildSpec | undefined {
  if (!base) return over;
  if (!over) return base;
  const merged: BuildSpec = { ...base, ...over };
  if (base.args || over.args) merged.args = { ...base.args, ...over.args };
  if (base.additional_contexts || over.additional_contexts) merged.additional_contexts = { ...base.additional_contexts, ...over.additional_contexts };
  // A later `dockerfile_inline` replaces a `dockerfile` and the other way round.
  if (over.dockerfile !== undefined && over.dockerfile_inline === undefined) delete merged.dockerfile_inline;
  if (over.dockerfile_inline !== undefined && over.dockerfile === undefined) delete merged.dockerfile;
  return merged;
}

interface LoadedFile {
  file: string;
  services: Map<string, Service>;
  /** Top-level `networks:` and `volumes:` names; `include`: the file pulls in other files. */
  declares: { networks: string[]; volumes: string[]; include: boolean };
  /**
   * Its `include:` entries (unopim's docker-compose.yml is only `include: [compose.dev.yaml]`): each
   * entry's files, relative to this file, and the directory their paths resolve against (its
   * `project_directory`, else the first file's own directory). An entry with a variable is left out.
   */
  includes: { files: string[]; baseDir: string | null }[];
  /** Its top-level `name:` (the project's name, which names its images), when it has one; null when it is not a plain name (`${X}`). */
  projectName?: string | null;
}

/** How deep `include:` is followed (an included file may include others). */
const MAX_INCLUDE_DEPTH = 8;

export interface ComposeOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Compose files, `extends` files and `.env` resolving outside it are refused (src/context/boundary.ts). */
  repository?: RepoBoundary;
  /** --all: a project any of whose services uses a network, volume or service no file declares is listed as skipped (a fragment), not audited. */
  skipFragments?: boolean;
  /** `docker compose --env-file F` (absolute): read instead of the project directory's `.env`, later ones overriding earlier ones. */
  envFiles?: readonly string[];
  /** `docker compose --project-directory DIR` (absolute): what relative paths and `.env` resolve against, instead of the first file's directory. */
  projectDirectory?: string;
  /**
   * The services a command names (`up -d db`, `run app`, `build web`): only theirs are built, and with
   * `dependencies` the services they depend on (depends_on, followed) too. Empty or absent: every
   * service. A name no file declares makes the command fail before it builds: then every service is
   * kept (the command is not one read rightly here).
   */
  services?: { names: readonly string[]; dependencies: boolean };
  /**
   * The service a command runs in the foreground as a job that ends (`run SERVICE`, `up
   * --exit-code-from SERVICE`; `*`: every service `up --abort-on-container-exit` starts), where (`ranBy`), and the project's name: when that service names no
   * image and serves nothing (no ports, no restart, not the host's network), its target carries the
   * evidence of an image that stays where it is built (local-image.ts), as `docker run --rm` gives.
   */
  /** `ephemeral`: run on a machine the job's end throws away (a hosted CI runner): a service it starts serves no one. */
  job?: { service: string; ranBy: string; project?: string; ephemeral?: true };
}

class ComposeLoader {
  private readonly cache = new Map<string, LoadedFile>();
  readonly lookup: Lookup;
  constructor(
    projectDir: string,
    env: Record<string, string | undefined>,
    private readonly repository?: RepoBoundary,
    envFiles?: readonly string[],
  ) {
    let dotEnv: Record<string, string> = {};
    for (const dotEnvPath of envFiles ?? [path.join(projectDir, '.env')]) {
      assertInsideRepoIfExists(repository, dotEnvPath, '.env file');
      if (!fs.existsSync(dotEnvPath)) {
        // A missing --env-file stops docker compose; the project's own .env is optional.
        if (envFiles !== undefined) throw new ComposeMissingFileError(`${dotEnvPath}: no such env file`);
        continue;
      }
      // compose-go takes the project's .env only when it is not a directory (WithEnvFiles: `!s.IsDir()`);
      // lorawan-stack commits `.env/` as its development data directory.
      if (envFiles === undefined && fs.statSync(dotEnvPath, { throwIfNoEntry: false })?.isDirectory()) continue;
      try {
        dotEnv = { ...dotEnv, ...parseDotEnv(readText(dotEnvPath), (k) => env[k] ?? dotEnv[k]) };
      } catch (e) {
        if (e instanceof InterpolationError || e instanceof NotRegularFileError) throw new InputError(`${dotEnvPath}: ${e.message}`);
        throw e;
      }
    }
    // The shell environment takes precedence over .env (Compose's interpolation order).
    this.lookup = (k) => env[k] ?? dotEnv[k];
  }

  /** The lookup, also noting each variable substituted with a value in every map of `into`. */
  private recording(...into: Map<string, string>[]): Lookup {
    return (k) => {
      const v = this.lookup(k);
      if (v !== undefined) for (const m of into) m.set(k, v);
      return v;
    };
  }

  /**
   * One raw service interpolated key by key, in order (so the first bad value fails first, as when
   * the whole tree was interpolated at once), noting in `vars` what the parts a report can show used.
   */
  private interpolateService(raw: Yaml, vars: Substituted, file: string): Yaml {
    const out: Yaml = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'build') out[k] = this.interpolateBuild(v, vars, file);
      // A list names networks or services; a mapping's keys do (never interpolated), its values are settings.
      else if ((k === 'networks' || k === 'depends_on') && Array.isArray(v)) out[k] = interpolateTree(v, this.recording(vars.resources), file);
      else if (k === 'volumes' && Array.isArray(v)) {
        out[k] = v.map((entry) => {
          const seen = new Map<string, string>();
          const x = interpolateTree(entry, this.recording(seen), file);
          // A bind mount (`${PWD}/data:/data`) is never quoted; a named volume may be.
          if (namedVolume(x) !== null) for (const [name, value] of seen) vars.resources.set(name, value);
          return x;
        });
      } else out[k] = interpolateTree(v, this.lookup, file);
    }
    return out;
  }

  private interpolateBuild(raw: unknown, vars: Substituted, file: string): unknown {
    // `build: DIR` is the context.
    // A context or Dockerfile that is one variable and nothing else, which nothing sets (the review of
    // 5dee461: only the whole value; `Dockerfile${SUFFIX}` unset is `Dockerfile`, a path of this checkout).
    const whole = (v: unknown) => {
      const m = typeof v === 'string' ? /^\s*\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))\s*$/.exec(v) : null;
      const name = m === null ? undefined : (m[1] ?? m[2]);
      if (name !== undefined && this.lookup(name) === undefined) vars.unsetLocations.set(name, name);
    };
    const written = (k: 'context' | 'dockerfile', v: unknown) => {
      if (typeof v === 'string' && v.length <= 1024 && readsUnset(v, this.lookup)) vars.unsetWritten.set(k, v);
    };
    if (!isMap(raw)) {
      whole(raw);
      written('context', raw);
      return interpolateTree(raw, this.recording(vars.build, vars.locations), file);
    }
    const out: Yaml = {};
    for (const [k, v] of Object.entries(raw)) {
      const into = !BUILD_KEYS_READ.has(k) ? [] : BUILD_LOCATION_KEYS.has(k) ? [vars.build, vars.locations] : [vars.build];
      // (Not the Dockerfile: "" is compose-go's `Dockerfile` in the context, which full-stack-template's
      // unset `dockerfile: ${dockerfile}` builds, as an earlier fix reads it.)
      if (k === 'context') whole(v);
      if (k === 'context' || k === 'dockerfile') written(k, v);
      if (k === 'args') unsetArgsOf(v, this.lookup, vars.unsetArgs);
      out[k] = interpolateTree(v, this.recording(...into), file);
    }
    return out;
  }

  /** Reads, interpolates and normalizes one file; paths resolve against `baseDir`. */
  load(file: string, baseDir: string): LoadedFile {
    const key = `${file}\0${baseDir}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    assertInsideRepo(this.repository, file, 'Compose file');
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ComposeMissingFileError(`${file}: no such file`);
      throw new InputError(`${file}: ${String((e as Error).message)}`);
    }
    let doc: unknown;
    try {
      doc = parsedText(text);
    } catch (e) {
      // The position only: YAML's message quotes the offending line.
      // Jinja's `{%`/`{{`, and Groovy's and ERB's `<%` (xwiki-docker's template/docker-compose.yml, which Gradle renders).
      // A value that opens with `{{` is one too (nowen-video's template: `image: {{DOCKERHUB_REPO}}:{{IMAGE_TAG}}`).
      // And autoconf's and CMake's `@NAME@` (incubator-pegasus' docker-compose.yml, `- subnet: @META_IP_PREFIX@.255/24`,
      // which prepare.sh fills with sed: --all exited 2; sweep 56/C-F5).
      const Err = /^[ \t]*(?:\{%|\{\{|<%)|^[ \t]*(?:-[ \t]+)?[\w.-]+:[ \t]+\{\{|^[ \t]*-[ \t]+\{\{|@[A-Z][A-Z0-9_]{1,63}@/m.test(text) ? ComposeTemplateError : InputError;
      throw new Err(`${file}: not valid YAML (${describeYamlError(e, text)})`);
    }
    if (doc === null || doc === undefined) doc = {};
    if (!isMap(doc)) throw new InputError(`${file}: expected a mapping at the top level`);
    const services = new Map<string, Service>();
    const rawServices = doc.services ?? {};
    if (!isMap(rawServices)) {
      interpolateTree(rawServices, this.lookup, file);
      throw new InputError(`${file}: services: expected a mapping`);
    }
    for (const [name, raw] of Object.entries(rawServices)) {
      const vars = noVars();
      const s = isMap(raw) ? this.interpolateService(raw, vars, file) : (interpolateTree(raw, this.lookup, file), {});
      const svc: Service = { build: normalizeBuild(s.build, baseDir, `services.${name}`), uses: usedResources(s), vars };
      if (typeof s.image === 'string' && s.image !== '') svc.image = true;
      if (typeof s.image === 'string' && /^localhost\//.test(s.image)) svc.localImage = true;
      if (typeof s.image === 'string' && s.image !== '') svc.imageName = { name: s.image, file };
      if (typeof s.pull_policy === 'string') svc.pullPolicy = s.pull_policy;
      if (typeof s.container_name === 'string' && s.container_name !== '') svc.containerName = s.container_name;
      // (Over a container path, not one a variable names; at most 64.)
      const binds = bindMounts(s.volumes, baseDir).filter((b) => b.target.startsWith('/') && !b.written.includes('$')).slice(0, 64).map(({ source, target }) => ({ source, target }));
      if (binds.length > 0) svc.binds = binds;
      if (isMap(s.build) && s.build.tags !== undefined && s.build.tags !== null && !(Array.isArray(s.build.tags) && s.build.tags.length === 0)) svc.buildTags = true;
      if ((Array.isArray(s.ports) && s.ports.length > 0) || (s.restart !== undefined && s.restart !== 'no') || s.network_mode === 'host') svc.serves = true;
      if (typeof s.extends === 'string') svc.extends = { service: s.extends };
      else if (isMap(s.extends)) {
        svc.extends = { service: String(s.extends.service) };
        if (s.extends.file !== undefined) svc.extends.file = path.resolve(baseDir, String(s.extends.file));
      }
      services.set(name, svc);
    }
    const keys = (v: unknown) => (isMap(v) ? Object.keys(v) : []);
    const here = path.dirname(file);
    const includes: LoadedFile['includes'] = [];
    for (const e of Array.isArray(doc.include) ? doc.include : doc.include === undefined ? [] : [doc.include]) {
      const paths = typeof e === 'string' ? [e] : isMap(e) ? (Array.isArray(e.path) ? e.path : [e.path]) : [];
      const dir = isMap(e) && typeof e.project_directory === 'string' ? e.project_directory : null;
      if (paths.length === 0 || !paths.every((x: unknown) => typeof x === 'string' && x !== '' && !x.includes('$')) || (dir !== null && dir.includes('$'))) continue;
      includes.push({ files: (paths as string[]).map((x) => path.resolve(here, x)), baseDir: dir === null ? null : path.resolve(here, dir) });
    }
    const loaded = { file, services, declares: { networks: keys(doc.networks), volumes: keys(doc.volumes), include: doc.include !== undefined }, includes, ...(typeof doc.name === 'string' ? { projectName: /^[A-Za-z0-9][\w.-]*$/.test(doc.name) ? doc.name : null } : {}) };
    this.cache.set(key, loaded);
    return loaded;
  }

  /** The service with its `extends` chain applied (the extending service wins). */
  resolve(loaded: LoadedFile, name: string, seen: string[] = []): Service {
    const id = `${loaded.file}#${name}`;
    if (seen.includes(id)) throw new InputError(`${loaded.file}: services.${name}: extends forms a cycle (${[...seen, id].join(' -> ')})`);
    const svc = loaded.services.get(name);
    if (!svc) throw new InputError(`${loaded.file}: no service "${name}" to extend`);
    if (!svc.extends) return svc;
    const from = svc.extends.file ? this.load(svc.extends.file, path.dirname(svc.extends.file)) : loaded;
    const base = this.resolve(from, svc.extends.service, [...seen, id]);
    // The extended service's build is merged in, and so is what it interpolated there.
    const vars = { build: union(base.vars.build, svc.vars.build), locations: union(base.vars.locations, svc.vars.locations), resources: svc.vars.resources, unsetLocations: unsetAfter(base.vars.unsetLocations, svc.build, svc.vars.unsetLocations), unsetArgs: unsetArgsAfter(base.vars.unsetArgs, svc.build, svc.vars.unsetArgs), unsetWritten: unsetWrittenAfter(base.vars.unsetWritten, svc.build, svc.vars.unsetWritten) };
    return { build: mergeBuild(base.build, svc.build), uses: svc.uses, vars, ...(svc.image ?? base.image ? { image: true as const } : {}), ...((svc.image ? svc.localImage : base.localImage) ? { localImage: true as const } : {}), ...((svc.image ? svc.imageName : base.imageName) !== undefined ? { imageName: (svc.image ? svc.imageName : base.imageName) as { name: string; file: string } } : {}), ...((svc.pullPolicy ?? base.pullPolicy) !== undefined ? { pullPolicy: svc.pullPolicy ?? base.pullPolicy } : {}), ...(svc.serves ?? base.serves ? { serves: true as const } : {}) };
  }
}

/**
 * The first network, named volume or `depends_on` service a service uses that no file of the project declares, or null.
 * compose-go refuses such a project ("refers to undefined network"): the file is a fragment that
 * `docker compose` reads only after the file declaring it (`-f BASE -f FRAGMENT`). authelia's
 * suites keep one service per file (`compose/pam/compose.yml`, network `authelianet`), joined to
 * `internal/suites/compose.yml` by the test runner, whose directory every relative path resolves against.
 */
function undeclaredResource(uses: Uses | undefined, declared: { networks: Set<string>; volumes: Set<string>; services: Set<string> }): string | null {
  // An empty name is a variable this environment does not set (diaspora's `depends_on:
  // ["${DIASPORA_DOCKER_DB}"]`, which its script exports): no evidence of a fragment.
  const n = uses?.networks.find((x) => x !== '' && !declared.networks.has(x));
  if (n !== undefined) return `network ${n}`;
  const v = uses?.volumes.find((x) => x !== '' && !declared.volumes.has(x));
  if (v !== undefined) return `volume ${v}`;
  const s = uses?.services.find((x) => x !== '' && !declared.services.has(x));
  return s !== undefined ? `service ${s} (depends_on)` : null;
}

/** The top-level keys a Compose file may have (compose-spec's schema); any other is refused. */
const TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'configs', 'secrets', 'models']);

/**
 * The services of a Compose v1 file (no `services:` key, each service a top-level mapping with
 * `build:` or `image:`), which docker compose v2 refuses ("(root) Additional property web is not
 * allowed"); empty for any other file, or one that cannot be read.
 */
export function composeV1Services(file: string): string[] {
  const doc = parsedOrUndefined(file);
  if (!isMap(doc) || 'services' in doc) return [];
  return Object.entries(doc)
    .filter(([k, v]) => !TOP_LEVEL.has(k) && !k.startsWith('x-') && v !== null && typeof v === 'object' && ('build' in v || 'image' in v))
    .map(([k]) => k);
}

/** BuildTargets for every service with a `build`, from one or more Compose files merged in order. */
/** The services a command's names select (with what they depend on, when it starts those), or null for every one. */
/**
 * The declared services a command's service word names: itself, or, for a word with a variable in it
 * (`shlink_db_${{ inputs.platform }}`, shlink's database step; sweep 48/C-F3), each one the rest of the
 * word allows, the variable standing for any text. Null when it names none (compose would fail).
 */
function servicesNamed(word: string, declared: ReadonlySet<string>): string[] | null {
  if (declared.has(word)) return [word];
  if (word.length > 512 || !hasVariable(word)) return null;
  const pattern = variablePattern(word);
  const named = [...declared].filter((d) => matchesPattern(pattern, d));
  return named.length > 0 ? named : null;
}

function selectedServices(services: ComposeOptions['services'], declared: ReadonlySet<string>, uses: ReadonlyMap<string, Uses>): Set<string> | null {
  if (!services || services.names.length === 0) return null;
  const named: string[] = [];
  for (const n of services.names) {
    const these = servicesNamed(n, declared);
    if (these === null) return null;
    named.push(...these);
  }
  const out = new Set<string>();
  const todo = [...named];
  while (todo.length > 0) {
    const name = todo.pop() as string;
    if (out.has(name)) continue;
    out.add(name);
    if (services.dependencies) todo.push(...(uses.get(name)?.starts ?? []));
  }
  return out;
}

export function composeTargets(files: readonly string[], opts: ComposeOptions): BuildTarget[] {
  if (files.length === 0) throw new InputError(`no Compose file found (looked for ${COMPOSE_FILE_NAMES.join(', ')} in ${opts.cwd} and its parents)`);
  const abs = files.map((f) => path.resolve(opts.cwd, f));
  const projectDir = opts.projectDirectory ?? path.dirname(abs[0]);
  const loader = new ComposeLoader(projectDir, opts.env, opts.repository, opts.envFiles);
  // Every -f file's relative paths resolve against the project directory, as in compose-go.
  const merged = new Map<string, BuildSpec | undefined>();
  const mergedVars = new Map<string, Substituted>();
  const uses = new Map<string, Uses>();
  const declared = { networks: new Set<string>(), volumes: new Set<string>(), services: new Set<string>() };
  let includes = false;
  // The -f files, then what they `include:` (compose-go loads an included project on its own, its
  // paths against its own directory, and adds its services): unopim's docker-compose.yml builds its
  // four services only through `include: [compose.dev.yaml]`; the audit found 0 targets and passed.
  const pulled = new Map<string, { image: boolean; policy: string | undefined; local: boolean; name?: { name: string; file: string } }>();
  const serving = new Set<string>();
  const containerNames = new Map<string, string>();
  const bindsOf = new Map<string, { source: string; target: string }[]>();
  const tagged = new Set<string>();
  const queue: { file: string; baseDir: string; depth: number }[] = abs.map((f) => ({ file: f, baseDir: projectDir, depth: 0 }));
  const seenIncludes = new Set<string>();
  // The project's name as compose takes it: -p, then COMPOSE_PROJECT_NAME, then the last -f file's
  // `name:`, then the directory (the review of c4197bc5: a `name: acme` made the image acme-sut).
  let topName: string | null | undefined;
  for (let q = 0; q < queue.length; q++) {
    const { file: f, baseDir, depth } = queue[q];
    const loaded = loader.load(f, baseDir);
    if (depth === 0 && loaded.projectName !== undefined) topName = loaded.projectName;
    if (depth < MAX_INCLUDE_DEPTH) {
      for (const inc of loaded.includes) {
        const key = inc.files.join('\0');
        if (seenIncludes.has(key)) continue;
        seenIncludes.add(key);
        for (const g of inc.files) queue.push({ file: g, baseDir: inc.baseDir ?? path.dirname(inc.files[0]), depth: depth + 1 });
      }
    }
    includes ||= loaded.declares.include;
    for (const n of loaded.declares.networks) declared.networks.add(n);
    for (const v of loaded.declares.volumes) declared.volumes.add(v);
    for (const name of loaded.services.keys()) {
      const svc = loader.resolve(loaded, name);
      merged.set(name, mergeBuild(merged.get(name), svc.build));
      // A later file overrides the pull policy; an image, once named, stays.
      const pulls = pulled.get(name) ?? { image: false, policy: undefined, local: false };
      pulled.set(name, { image: pulls.image || svc.image === true, policy: svc.pullPolicy ?? pulls.policy, local: svc.image === true ? svc.localImage === true : pulls.local, ...((svc.image === true ? svc.imageName : pulls.name) !== undefined ? { name: (svc.image === true ? svc.imageName : pulls.name) as { name: string; file: string } } : {}) });
      if (svc.serves) serving.add(name);
      if (svc.containerName !== undefined) containerNames.set(name, svc.containerName);
      // Only a file that declares the build counts its mounts: an override that adds one is left out by a deploy
      // that runs the base file alone (the review of 2f83b0d4, RB-R5). And `build.tags` names the image for a
      // registry: no local image (RB-R4).
      if (svc.binds !== undefined && svc.build !== undefined) bindsOf.set(name, [...(bindsOf.get(name) ?? []), ...svc.binds]);
      if (svc.buildTags) tagged.add(name);
      const v = mergedVars.get(name) ?? noVars();
      mergedVars.set(name, { build: union(v.build, svc.vars.build), locations: union(v.locations, svc.vars.locations), resources: union(v.resources, svc.vars.resources), unsetLocations: unsetAfter(v.unsetLocations, svc.build, svc.vars.unsetLocations), unsetArgs: unsetArgsAfter(v.unsetArgs, svc.build, svc.vars.unsetArgs), unsetWritten: unsetWrittenAfter(v.unsetWritten, svc.build, svc.vars.unsetWritten) });
      const u = uses.get(name) ?? { networks: [], volumes: [], services: [], starts: [] };
      uses.set(name, { networks: [...u.networks, ...(svc.uses?.networks ?? [])], volumes: [...u.volumes, ...(svc.uses?.volumes ?? [])], services: [...u.services, ...(svc.uses?.services ?? [])], starts: [...u.starts, ...(svc.uses?.starts ?? [])] });
      declared.services.add(name);
    }
  }
  const declaredIn = path.relative(opts.cwd, abs[0]) || abs[0];
  // compose-go refuses the whole project when any service uses what no file declares: every build
  // of it is then a fragment's (hydra's test/conformance/docker-compose.yml: mongodb on network
  // intranet, which quickstart.yml declares; start.sh passes -f quickstart.yml ... -f that file).
  let fragment: { service: string; what: string; besideChanging?: string } | null = null;
  // A file that `include`s others declares what they do, which is not read here: no judgement then.
  if (opts.skipFragments && !includes) {
    for (const name of [...uses.keys()].sort()) {
      const what = undeclaredResource(uses.get(name), declared);
      if (what !== null) {
        fragment = { service: name, what };
        break;
      }
    }
    // What another Compose file in the same directory declares (nautobot's development/
    // docker-compose.postgres.yml, `db`, which its tasks.py passes after docker-compose.yml; sweep
    // 48/B-F4): merged in either order, every relative path resolves against that directory, so the
    // build is the same; not a fragment.
    let changedBy: string | undefined;
    if (fragment !== null && abs.every((f) => path.dirname(f) === path.dirname(abs[0]))) {
      const more = { networks: new Set(declared.networks), volumes: new Set(declared.volumes), services: new Set(declared.services) };
      for (const other of siblingComposeFiles(path.dirname(abs[0]), abs)) {
        const doc = parsedOrUndefined(other);
        if (!isMap(doc)) continue;
        // One that also changes the build of a service of these files when merged (a `target: dev`): the
        // build audited alone would be none anyone runs (the review of a0c15403). Its environment, ports
        // or depends_on change no build (the review of acb7630d).
        const services = doc.services;
        if (isMap(services) && Object.keys(services).some((k) => declared.services.has(k) && isMap(services[k]) && (services[k].build !== undefined || services[k].extends !== undefined))) {
          changedBy ??= other;
          continue;
        }
        for (const [key, into] of [['services', more.services], ['networks', more.networks], ['volumes', more.volumes]] as const) {
          const m = doc[key];
          if (isMap(m)) for (const k of Object.keys(m)) into.add(k);
        }
      }
      if ([...uses.keys()].every((name) => undeclaredResource(uses.get(name), more) === null)) fragment = null;
      else if (changedBy !== undefined) fragment = { ...fragment, besideChanging: changedBy };
    }
  }
  const selected = selectedServices(opts.services, declared.services, uses);
  const targets: BuildTarget[] = [];
  for (const [name, build] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!build || (selected !== null && !selected.has(name))) continue;
    const context = build.context ?? projectDir;
    const vars = mergedVars.get(name) ?? noVars();
    const shownVars = new Map(vars.build);
    const args: Record<string, string> = {};
    const argsAtRunTime: Record<string, string> = {};
    // A bare arg (`- VERSION`, `VERSION:`) takes its value from the environment, or stays unset.
    for (const [k, v] of Object.entries(build.args ?? {})) {
      const atRunTime = vars.unsetArgs.get(k);
      if (atRunTime !== undefined) {
        argsAtRunTime[k] = atRunTime;
        continue;
      }
      const value = v ?? loader.lookup(k);
      if (value !== undefined) args[k] = value;
      if (v === null && value !== undefined) shownVars.set(k, value);
    }
    const t: BuildTarget = { name, declaredIn, kind: 'compose', context, args, ...(Object.keys(argsAtRunTime).length > 0 ? { argsAtRunTime } : {}), namedContexts: { ...(build.additional_contexts ?? {}) } };
    if (vars.locations.has('PWD')) t.pwdLocation = true;
    if (vars.unsetWritten.size > 0) t.unsetWritten = Object.fromEntries(vars.unsetWritten) as { context?: string; dockerfile?: string };
    // Empty ones are none: compose-go's normalize sets `Dockerfile` when both are "" (full-stack-
    // template's `dockerfile: ${dockerfile}`, unset, was audited as the context directory itself).
    if (build.dockerfile_inline !== undefined && build.dockerfile_inline !== '') t.dockerfileInline = build.dockerfile_inline;
    else if (build.dockerfile !== undefined && build.dockerfile !== '') t.dockerfile = path.resolve(context, build.dockerfile);
    // An empty one is none: docker compose builds the last stage (openslides-backend's `target: "${CONTEXT}"`, unset).
    if (build.target !== undefined && build.target !== '') t.target = build.target;
    // compose's default pull policy (`missing`) pulls a service's image before it would build it
    // (its mustPull): `up` without --build builds only when that pull fails.
    const p = pulled.get(name);
    // (Not an image under `localhost/`, which no registry serves: galaxy_ng's dev Compose files name
    // `localhost/galaxy_ng/galaxy_ng:base`, and `up` builds it.)
    if (p?.image === true && !p.local && p.policy !== 'build' && p.policy !== 'never') t.pulledFirst = true;
    // Compose names the image `<project>-<service>` (no `image:`): a name only that job uses.
    // Or the one its `image:` names, when that is a local name (no registry, no namespace: permify's
    // `image: integration`, run by `up --exit-code-from integration`; its .git was an error; sweep 50/E-F1):
    // its own `image:` line is no other use of the name.
    const own = p?.image === true && p.name !== undefined ? localImageNames([p.name.name], false) : null;
    if ((opts.job?.service === name || opts.job?.service === '*') && (p?.image !== true || own !== null) && (!serving.has(name) || opts.job.ephemeral === true)) {
      const given = opts.job.project ?? loader.lookup('COMPOSE_PROJECT_NAME') ?? topName;
      const project = (given === null ? '' : (given ?? path.basename(projectDir))).toLowerCase().replace(/[^a-z0-9_-]/g, '');
      // (A name not known here, `name: ${X}`: no local name to check the repository's mentions of.)
      const local = own ?? (project === '' ? null : localImageNames([`${project}-${name}`], false));
      const image = p?.name?.name;
      // (And, when the service and its container share the name, the service's own key and its
      // `container_name:` line: permify's `integration:` service, `container_name: integration`.)
      const same = (n: string) => image !== undefined && image.replace(/:[\w][\w.-]*$/, '') === n;
      const ownLines = [...(same(name) ? [`${name}:`] : []), ...(containerNames.get(name) !== undefined && same(containerNames.get(name) as string) ? [`container_name: ${containerNames.get(name)}`, `container_name: "${containerNames.get(name)}"`, `container_name: '${containerNames.get(name)}'`] : [])];
      const cleared = own !== null && image !== undefined && p?.name !== undefined ? { cleared: { file: p.name.file, lines: [`image: ${image}`, `image: "${image}"`, `image: '${image}'`, ...ownLines] } } : {};
      if (local !== null) t.localImage = { names: local, ranBy: opts.job.ranBy, ...cleared };
    }
    // A service with no image name (compose names it `<project>-<service>`, and `compose push` pushes only
    // services with one) that bind-mounts its build context over a path: what its COPY put there is hidden
    // from the container, served or not (archivesspace's docker-compose.yml, `.:/archivesspace` over
    // Dev.dockerfile's `COPY . /archivesspace`; sweep 53/D-F1), as a recipe's `docker run -v .:/app` is.
    if (t.localImage === undefined && p?.image !== true && !tagged.has(name)) {
      const hidden = [...new Set((bindsOf.get(name) ?? []).filter((b) => b.source === path.resolve(context)).map((b) => b.target))];
      const given = loader.lookup('COMPOSE_PROJECT_NAME') ?? topName;
      const project = (given === null ? '' : (given ?? path.basename(projectDir))).toLowerCase().replace(/[^a-z0-9_-]/g, '');
      if (hidden.length > 0 && project !== '') t.localImage = { names: [`${project}-${name}`], ranBy: declaredIn, hiddenUnder: hidden };
    }
    if (isRemoteContext(context)) t.skipReason = `remote context ${context} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)`;
    // django-docker-box's `context: ${DJANGO_PATH}` (a Django checkout CI clones elsewhere): docker compose
    // would read "" there, and the context or Dockerfile is the environment's, not this directory.
    else if (vars.unsetLocations.size > 0) {
      const names = [...vars.unsetLocations.keys()].sort().map((n) => '$' + n).join(', ');
      t.skipReason = `its build context is ${names}, which has no value here (docker compose would read it as empty): the environment that runs it gives the path; not audited`;
    }
    if (fragment !== null && t.skipReason === undefined) {
      const shown = path.relative(opts.cwd, abs[abs.length - 1]) || abs[abs.length - 1];
      t.fragment = true;
      const beside = fragment.besideChanging === undefined ? null : path.relative(opts.cwd, fragment.besideChanging) || fragment.besideChanging;
      t.skipReason =
        beside !== null
          ? `a Compose fragment: service ${fragment.service} uses ${fragment.what}, which only a file beside it declares, ${beside}, and that file changes its build too: audit them together with --compose ${path.relative(opts.cwd, abs[0]) || abs[0]} --compose ${beside}`
          : // (Said as what it is: docker compose refuses the file alone; that a base declares it is the likely reason, not
            // a fact: ruby-on-whales' example runs it alone through dip.yml, and it is broken; sweep 52/U-F4.)
            `a Compose fragment: service ${fragment.service} uses ${fragment.what}, which no file of this project declares: docker compose refuses ${shown} alone, so it is read after a file that declares it (-f BASE -f ${shown}), against whose directory its paths resolve, or it is broken; audit them together with --compose BASE --compose ${shown}`;
      for (const [k, value] of mergedVars.get(fragment.service)?.resources ?? []) shownVars.set(k, value);
    }
    // Only what this target's report can show is hidden, and its paths only where interpolation made them (redact.ts).
    const text = redactionsFor(shownVars);
    if (text.length > 0) t.redaction = { text, locations: redactionsFor(vars.locations), keep: dirAndParents(projectDir, path.dirname) };
    targets.push(t);
  }
  // A service another built one names as a context (`additional_contexts: base: service:base_img`,
  // galaxy_ng's nginx) is built first, whatever its image: compose builds it for that build.
  for (const t of targets) {
    if (t.pulledFirst !== true || t.skipReason !== undefined) continue;
    if (targets.some((o) => o !== t && o.pulledFirst !== true && Object.values(o.namedContexts).some((v) => v === `service:${t.name}`))) delete t.pulledFirst;
  }
  return targets;
}

/** The other Compose files in `dir` (a name with `compose` in it, YAML), at most 32, sorted; not `skip`. */
function siblingComposeFiles(dir: string, skip: readonly string[]): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /compose/i.test(n) && /\.ya?ml$/.test(n))
    .map((n) => path.join(dir, n))
    .filter((f) => !skip.includes(f))
    .sort()
    .slice(0, 32);
}

/** A Compose file's YAML, read only to look at it (nothing interpolated); undefined when it cannot be read or parsed. */
function parsedOrUndefined(file: string): unknown {
  try {
    return parseGoYaml(readText(file));
  } catch {
    return undefined;
  }
}

/**
 * A Compose file's YAML read leniently (a key repeated, which docker-compose v1 took), nothing
 * interpolated, and not through a link (it may lead out of the repository); undefined when it is no
 * regular file or cannot be read or parsed.
 */
/** Whether a Compose file surely builds: it reads as YAML and a service of it has `build:`. */
export function composeBuildsSurely(file: string): boolean {
  const doc = lenientOrUndefined(file);
  return isMap(doc) && isMap(doc.services) && Object.values(doc.services).some((def) => isMap(def) && def.build !== undefined);
}

/**
 * The Dockerfiles a Compose file's services build, as its text names them (absolute; a context or
 * dockerfile with a variable left out), read alone and without interpolation: for --all's note on a
 * Dockerfile that only a Compose file nothing runs builds (hanko's deploy/docker-compose/quickstart.debug.yaml
 * builds backend/Dockerfile.debug; sweep 53/W-F2). At most 256 services.
 */
export function composeDockerfilesNamed(file: string): { dockerfile: string; context: string }[] {
  const doc = lenientOrUndefined(file);
  if (!isMap(doc) || !isMap(doc.services)) return [];
  const out: { dockerfile: string; context: string }[] = [];
  for (const def of Object.values(doc.services).slice(0, 256)) {
    if (!isMap(def) || def.build === undefined) continue;
    const build = def.build;
    const context = typeof build === 'string' ? build : isMap(build) && typeof build.context === 'string' ? build.context : isMap(build) && build.context === undefined ? '.' : null;
    const dockerfile = isMap(build) && typeof build.dockerfile === 'string' ? build.dockerfile : isMap(build) && build.dockerfile !== undefined ? null : 'Dockerfile';
    if (context === null || dockerfile === null || /\$|:\/\//.test(context + dockerfile)) continue;
    const ctx = path.resolve(path.dirname(file), context);
    out.push({ dockerfile: path.resolve(ctx, dockerfile), context: ctx });
  }
  return out;
}

function lenientOrUndefined(file: string): unknown {
  try {
    if (!fs.lstatSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    return parseYaml(readText(file), { ...GO_YAML_OPTIONS, uniqueKeys: false });
  } catch {
    return undefined;
  }
}

/** A Compose or .env file from a stranger's repository: never block on a FIFO or read a device. */
function readText(file: string): string {
  try {
    return readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString('utf8');
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    throw e;
  }
}

/**
 * The files a Compose file's `include:` names (absolute; entries with a variable left out), read
 * without interpolating anything else; [] when it cannot be read. For `--all`, which loads an
 * included file through its includer (laradock's docker-compose.yml includes 72 `<service>/compose.yml`
 * with `project_directory: .`; each alone names networks only the includer declares).
 */
export function composeIncludes(file: string): string[] {
  const doc = parsedOrUndefined(file);
  if (!isMap(doc) || doc.include === undefined) return [];
  const here = path.dirname(file);
  const out: string[] = [];
  for (const e of Array.isArray(doc.include) ? doc.include : [doc.include]) {
    const paths: unknown[] = typeof e === 'string' ? [e] : isMap(e) ? (Array.isArray(e.path) ? e.path : [e.path]) : [];
    for (const x of paths) if (typeof x === 'string' && x !== '' && !x.includes('$')) out.push(path.resolve(here, x));
  }
  return out;
}

/**
 * The writable bind mounts of a Compose file's services, as absolute host paths, with the service:
 * `./src/django/static:/usr/local/src/build` (short syntax, not `:ro`; one that starts with a
 * variable or names a volume is left out) or `{ type: bind, source: ..., read_only: false }`.
 * open-apparel-registry's scripts/cibuild runs `docker-compose run app yarn run build`, which writes
 * the React bundle into src/django/static through such a mount, then builds src/django.
 */
export function composeWritableMounts(file: string): { host: string; service: string }[] {
  // Leniently: a key repeated in a service (open-apparel-registry's app has two working_dir lines,
  // which docker-compose v1 took) says nothing against what its volumes mount.
  const doc = lenientOrUndefined(file);
  if (!isMap(doc) || !isMap(doc.services)) return [];
  const here = path.dirname(file);
  const out: { host: string; service: string }[] = [];
  for (const [service, def] of Object.entries(doc.services)) {
    if (isMap(def)) for (const b of bindMounts(def.volumes, here)) if (!b.readOnly) out.push({ host: b.source, service });
  }
  return out;
}

/**
 * composeTargets for `--all`, which only found the files: a variable they require and nobody set
 * (`${JWT_SECRET:?...}` in a service's `environment:`: ILITA-hub/animeenigma's
 * docker/docker-compose.yml, whose .env is git-ignored, builds 29 services its Makefile and deploy
 * script run) holds back only the builds it decides. The files are read again with a stand-in for
 * each such variable, twice with different stand-ins; when both readings give the same builds, the
 * variables decide none of them and those builds are audited. Otherwise the first error stands.
 */
export function composeTargetsDespiteRequired(files: readonly string[], opts: ComposeOptions): BuildTarget[] {
  try {
    return composeTargets(files, opts);
  } catch (first) {
    if (!(first instanceof ComposeVariableError)) throw first;
    const names: string[] = [];
    const read = (mark: string): BuildTarget[] | null => {
      // At most 16 variables, each found by the reading before it.
      for (let i = 0; i <= 16; i++) {
        try {
          return composeTargets(files, { ...opts, env: { ...opts.env, ...Object.fromEntries(names.map((n) => [n, `${mark}-${n}`])) } });
        } catch (e) {
          const m = e instanceof ComposeVariableError ? /required variable ([A-Za-z_][A-Za-z0-9_]*) is missing a value/.exec(e.message) : null;
          if (m === null || names.includes(m[1]) || names.length >= 16) return null;
          names.push(m[1]);
        }
      }
      return null;
    };
    const a = read('ctx-audit-stand-in-a');
    const b = a === null ? null : read('ctx-audit-stand-in-b');
    // (Only where the stand-ins move a path: an arg or stage from it leaves the file unread, as before,
    // and the Dockerfile it builds audited on its own: anytype-heart's `GITHUB_LOGIN=${GITHUB_LOGIN:?}`.)
    const apart = (t: BuildTarget, u: BuildTarget) => JSON.stringify({ ...t, context: '', dockerfile: '', redaction: '' }) !== JSON.stringify({ ...u, context: '', dockerfile: '', redaction: '' });
    if (a === null || b === null || a.length !== b.length || a.some((t, i) => t.name !== b[i].name || apart(t, b[i]))) throw first;
    // A service whose build the stand-ins change is the environment's (django-docker-box's `context:
    // ${DJANGO_PATH:?...}`, a checkout CI clones elsewhere): listed with the reason, and the Dockerfile
    // it names stays its (not audited on its own from a guessed context). The others are read.
    const why = first.message.slice(first.message.indexOf('required variable'));
    return a.map((t, i) => {
      if (JSON.stringify(t) === JSON.stringify(b[i]) || t.skipReason !== undefined) return t;
      const { dockerfile, ...rest } = t;
      const ownFile = dockerfile !== undefined && dockerfile === b[i].dockerfile ? { dockerfile } : {};
      return { ...rest, ...ownFile, skipReason: `${why} (its build context or Dockerfile comes from it: the environment that runs it gives the path); set it in the environment or a .env beside the file; not audited` };
    });
  }
}

/**
 * The Compose files `COMPOSE_FILE` names in the env files (`--env-file`, else `dir/.env`), absolute
 * against `dir`, split at COMPOSE_PATH_SEPARATOR (`:` by default), or null when it is not set or an
 * env file cannot be read. game-scheduler's CI runs `docker compose --env-file tests/integration/env.int
 * up --build`, whose COMPOSE_FILE=compose.yaml:compose.int.yaml chooses the files (and leaves
 * compose.override.yaml out).
 */
export function composeFilesFromEnv(dir: string, envFiles?: readonly string[], environment: Record<string, string | undefined> = {}): string[] | null {
  // The environment first, as docker compose reads it.
  let vars: Record<string, string> = {};
  for (const f of envFiles ?? [path.join(dir, '.env')]) {
    try {
      // A link is not followed: it may lead out of the repository.
      if (!fs.lstatSync(f, { throwIfNoEntry: false })?.isFile()) continue;
      vars = { ...vars, ...parseDotEnv(readText(f), (k) => vars[k]) };
    } catch {
      return null;
    }
  }
  const value = environment.COMPOSE_FILE ?? vars.COMPOSE_FILE;
  if (value === undefined || value.trim() === '' || value.includes('$')) return null;
  const files = value.split(environment.COMPOSE_PATH_SEPARATOR || vars.COMPOSE_PATH_SEPARATOR || ':').map((x) => x.trim()).filter((x) => x !== '');
  return files.length === 0 ? null : files.map((x) => path.resolve(dir, x));
}

/**
 * Whether any of the Compose files may build: a service with `build:`, or one that extends another
 * file, or an `include:` (either may bring builds), or a file that does not parse as YAML (not
 * known). Read leniently, nothing interpolated. hiero-ledger/heka-identity-platform's
 * heka-auth-service/docker-compose.yml (`${APP_VERSION:0.0.1}`, which docker compose refuses; images
 * only, run by nothing) failed --all with exit 2 though it builds nothing.
 */
export function composeMayBuild(files: readonly string[]): boolean {
  for (const file of files) {
    // Not a regular file, unreadable or not YAML: not known, so it may.
    const doc = lenientOrUndefined(file);
    if (!isMap(doc)) return true;
    if (doc.include !== undefined) return true;
    for (const def of isMap(doc.services) ? Object.values(doc.services) : []) {
      if (isMap(def) && (def.build !== undefined || def.extends !== undefined)) return true;
    }
  }
  return false;
}
