// Bake in JSON: what `docker buildx bake --print` emits, or a `docker-bake.json` written by hand
// (same `group`/`target` shape, `inherits` allowed). HCL needs no parser of ours: `--print` turns
// it into this JSON. Relative paths resolve from where bake runs (bakeTargets' runDir: the working
// directory for `--bake FILE`, the file's directory for a docker-bake.json `--all` finds);
// `dockerfile` is relative to the target's context, as in bake. Without a `default` group every target is audited.
import * as fs from 'node:fs';
import { FileTooLargeError, MAX_BUILD_FILE_BYTES, readRegularFile } from '../context/read-regular.js';
import * as path from 'node:path';
import { parseGoBool } from '../go-bool.js';
import { InputError } from '../errors.js';
import { isLocalContextValue } from './named-context.js';
import { isRemoteContext, type BuildTarget } from './target.js';
import { describePosition, jsonErrorPosition } from '../config/syntax-error.js';
import { assertInsideRepo, type RepoBoundary } from '../context/boundary.js';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface BakeTarget {
  context?: string;
  dockerfile?: string;
  'dockerfile-inline'?: string;
  target?: string;
  args?: Record<string, string | null>;
  contexts?: Record<string, string>;
  inherits?: string[];
}

function readJson(file: string): Json {
  let text: string;
  try {
    text = readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString('utf8'); // never blocks on a FIFO
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    throw new InputError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The position only: JSON.parse's message quotes the text.
    throw new InputError(`${file}: not JSON (${describePosition(jsonErrorPosition(text))}); for HCL run \`docker buildx bake --print > bake.json\` and pass that`);
  }
  if (!isMap(doc) || !isMap(doc.target)) throw new InputError(`${file}: expected a "target" object as \`docker buildx bake --print\` emits`);
  const matrixBlocks: Record<string, string[]> = {};
  const target = expandMatrices(doc.target, matrixBlocks);
  return { ...doc, target, [MATRIX_BLOCKS]: matrixBlocks };
}

/** Where readJson keeps each matrix block's name and the names of its combinations (bake treats the block's name as their group). */
const MATRIX_BLOCKS = '\0matrixBlocks';

/** `${NAME}` in a string, for the variables of one matrix combination; null when one is not there. */
function substitute(text: string, vars: Record<string, string>): string | null {
  let missing = false;
  const out = text.replace(/\$\{\s*([A-Za-z_][\w-]*)\s*\}/g, (m, k: string) => {
    if (Object.hasOwn(vars, k)) return vars[k];
    missing = true;
    return m;
  });
  return missing ? null : out;
}

/** Every value of a JSON tree with `${NAME}` replaced in its strings (a string it cannot fill stays as written). */
function substituteAll(v: unknown, vars: Record<string, string>): unknown {
  if (typeof v === 'string') return substitute(v, vars) ?? v;
  if (Array.isArray(v)) return v.map((x) => substituteAll(x, vars));
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substituteAll(x, vars)]));
  return v;
}

/**
 * A target with a `matrix` is one target per combination, named by its `name` template (`"ui-${ENV}"`
 * for `"matrix": {"ENV": ["production", "local"]}`), the values put into its strings, as bake does.
 * Only lists of plain values are expanded; another matrix (objects as values) stays one target.
 */
function expandMatrices(targets: Json, blocks: Record<string, string[]> = {}): Json {
  const out: Json = {};
  for (const [name, t] of Object.entries(targets)) {
    const matrix = isMap(t) ? t.matrix : undefined;
    if (!isMap(t) || !isMap(matrix) || typeof t.name !== 'string') {
      out[name] = t;
      continue;
    }
    const axes = Object.entries(matrix);
    if (axes.length === 0 || !axes.every(([, vs]) => Array.isArray(vs) && vs.length > 0 && vs.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'))) {
      out[name] = t;
      continue;
    }
    let combos: Record<string, string>[] = [{}];
    for (const [k, vs] of axes) combos = combos.flatMap((c) => (vs as unknown[]).map((x) => ({ ...c, [k]: String(x) }))).slice(0, 256);
    const template = t.name;
    const rest = Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'matrix' && k !== 'name'));
    for (const c of combos) {
      const n = substitute(template, c);
      if (n === null || Object.hasOwn(out, n)) continue;
      out[n] = substituteAll(rest, c);
      (blocks[name] ??= []).push(n);
    }
  }
  return out;
}

function stringMap(v: unknown, where: string): Record<string, string | null> | undefined {
  if (v === undefined) return undefined;
  if (!isMap(v)) throw new InputError(`${where}: expected an object`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? null : String(x)]));
}

/** A target with its `inherits` applied: later parents override earlier ones, the target overrides all; args and contexts merge. */
function flatten(all: Json, name: string, file: string, seen: string[] = []): BakeTarget {
  if (seen.includes(name)) throw new InputError(`${file}: target "${name}" inherits itself (${[...seen, name].join(' -> ')})`);
  const raw = all[name];
  if (!isMap(raw)) throw new InputError(`${file}: no target "${name}"`);
  const where = `${file}: target.${name}`;
  const own: BakeTarget = {
    context: raw.context === undefined ? undefined : String(raw.context),
    dockerfile: raw.dockerfile === undefined ? undefined : String(raw.dockerfile),
    'dockerfile-inline': raw['dockerfile-inline'] === undefined ? undefined : String(raw['dockerfile-inline']),
    target: raw.target === undefined ? undefined : String(raw.target),
    args: stringMap(raw.args, `${where}.args`),
    contexts: stringMap(raw.contexts, `${where}.contexts`) as Record<string, string> | undefined,
  };
  let merged: BakeTarget = {};
  const parents = Array.isArray(raw.inherits) ? raw.inherits.map(String) : [];
  for (const p of [...parents.map((p) => flatten(all, p, file, [...seen, name])), own]) {
    const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as BakeTarget;
    merged = { ...merged, ...defined, args: { ...merged.args, ...p.args }, contexts: { ...merged.contexts, ...p.contexts } };
  }
  return merged;
}

/** Targets named by a group, groups expanded recursively. */
function groupTargets(doc: Json, group: string, out: Set<string>, seen = new Set<string>()): void {
  const groups = isMap(doc.group) ? doc.group : {};
  const g = groups[group];
  if (seen.has(group) || !isMap(g)) return;
  seen.add(group);
  // (A matrix block's own name is the group of its combinations, as bake reads it: the review of 4d7e63c7, RD-R2.)
  const blocks = (doc[MATRIX_BLOCKS] ?? {}) as Record<string, string[]>;
  for (const t of Array.isArray(g.targets) ? g.targets.map(String) : []) {
    if (isMap(groups[t])) groupTargets(doc, t, out, seen);
    else if (Object.hasOwn(blocks, t)) for (const n of blocks[t]) out.add(n);
    else out.add(t);
  }
}

/** A target some other target inherits and no group names. */
function templateOnly(doc: Json, name: string): boolean {
  const targets = isMap(doc.target) ? doc.target : {};
  const inherited = Object.entries(targets).some(([n, t]) => n !== name && isMap(t) && Array.isArray(t.inherits) && t.inherits.map(String).includes(name));
  if (!inherited) return false;
  const groups = isMap(doc.group) ? doc.group : {};
  const named = new Set<string>();
  for (const g of Object.keys(groups)) groupTargets(doc, g, named);
  return !named.has(name);
}

/**
 * `runDir`: where bake runs, which its relative contexts resolve from (buildx's default: the
 * working directory, whatever directory `-f` names; rocker-versioned2 runs
 * `docker buildx bake -f bakefiles/devel.docker-bake.json` from the root, its dockerfiles/ there).
 * Without it, the file's own directory: `docker buildx bake` run beside a docker-bake.json, or
 * BUILDX_BAKE_FILE_RELATIVE_PATHS=1 (buildx's opt-in, docker/buildx#3935).
 */
export function bakeTargets(file: string, cwd: string, repository?: RepoBoundary, runDir?: string): BuildTarget[] {
  const abs = path.resolve(cwd, file);
  assertInsideRepo(repository, abs, 'Bake file', file);
  const doc = readJson(abs);
  const all = doc.target as Json;
  const baseDir = runDir ?? path.dirname(abs);
  const chosen = new Set<string>();
  groupTargets(doc, 'default', chosen);
  // A default group naming a target the file does not define (pandoc/dockerfiles' `"default": {"targets":
  // ["core"]}` beside alpine-core, debian-core, ...; sweep 51/O-F2): a bare `docker buildx bake` fails, so
  // the repository builds its targets by name (its Makefile's `bake $(STACK)-core`). Listed, and every
  // target audited as if there were no default group, instead of failing the whole file.
  const dangling = [...chosen].filter((n) => !isMap(all) || !Object.hasOwn(all, n)).sort();
  // Bake reads an override file or a Compose file beside it with it (its default files): a name may be
  // defined there (RD-R2). Then only the group's names found here are audited; else, with none of its
  // names found, every target is, as built by name.
  const besides = ['docker-bake.override.json', 'docker-bake.override.hcl', 'docker-bake.hcl', 'compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'].some((f) => f !== path.basename(abs) && fs.existsSync(path.join(path.dirname(abs), f)));
  for (const n of dangling) chosen.delete(n);
  // Every target, as built by name, only when none of the group's names is found and no other file may define them.
  const auditAll = dangling.length > 0 && chosen.size === 0 && !besides;
  // A chosen target's `contexts = { x = "target:other" }` builds `other` too (buildx's loadLinks adds
  // it to what it builds and prints): datalens-backend's ci_with_src takes lib/, app/ and the rest
  // through dl_src_* targets outside the default group.
  const queue = [...chosen];
  while (queue.length > 0 && chosen.size < 512) {
    const n = queue.pop() as string;
    if (all === null || typeof all !== 'object' || !Object.hasOwn(all, n)) continue;
    for (const v of Object.values(flatten(all, n, abs).contexts ?? {})) {
      const link = typeof v === 'string' ? /^target:(.+)$/.exec(v) : null;
      if (link === null || chosen.has(link[1]) || !Object.hasOwn(all, link[1])) continue;
      chosen.add(link[1]);
      queue.push(link[1]);
    }
  }
  // No default group: every target bake can be asked for by name, but not a template only others
  // inherit and no group names (flux-retour-cfas' `common`, built only through `server`'s
  // `inherits`; audited alone it was the Dockerfile's last stage, which the release never builds).
  const names = chosen.size > 0 || (dangling.length > 0 && !auditAll) ? [...chosen] : Object.keys(isMap(all) ? all : {}).filter((n) => !templateOnly(doc, n));
  const declaredIn = path.relative(cwd, abs) || abs;
  const missing: BuildTarget[] = dangling.map((name) => ({
    name,
    declaredIn,
    kind: 'bake',
    context: baseDir,
    args: {},
    namedContexts: {},
    skipReason: besides
      ? `the default group names target "${name}", which ${declaredIn} does not define (a file bake reads with it may): not audited`
      : `the default group names target "${name}", which ${declaredIn} does not define: \`docker buildx bake\` with no target fails on it; ${auditAll ? 'every target is audited as built by name' : 'the group\'s other targets are audited'}`,
  }));
  return [...missing, ...names.sort().map((name) => {
    const t = flatten(all, name, abs);
    const ctxValue = t.context ?? '.';
    const context = isRemoteContext(ctxValue) ? ctxValue : path.resolve(baseDir, ctxValue);
    const args: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.args ?? {})) if (v !== null) args[k] = v;
    const namedContexts = Object.fromEntries(Object.entries(t.contexts ?? {}).map(([k, v]) => [k, isLocalContextValue(v) && !isRemoteContext(v) ? path.resolve(baseDir, v) : v]));
    const out: BuildTarget = { name, declaredIn, kind: 'bake', context, args, namedContexts };
    if (t['dockerfile-inline'] !== undefined) out.dockerfileInline = t['dockerfile-inline'];
    else if (t.dockerfile !== undefined) out.dockerfile = path.resolve(context, t.dockerfile);
    if (t.target !== undefined) out.target = t.target;
    if (isRemoteContext(ctxValue)) out.skipReason = `remote context ${ctxValue} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)`;
    return out;
  })];
}

/** BUILDX_BAKE_FILE_RELATIVE_PATHS set true: paths relative to the file. */
export function bakeFileRelative(env: Readonly<Record<string, string | undefined>>): boolean {
  return parseGoBool(env.BUILDX_BAKE_FILE_RELATIVE_PATHS) === true;
}
