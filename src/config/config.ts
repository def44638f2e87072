// The config file: `.ctx-audit.json` or `.ctx-audit.yaml`, found from the context directory upward
// to the repository root (the first directory holding `.git`), or named with --config. Flags
// override it; it overrides the defaults. Anything unknown is an InputError naming the key (exit 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { FileTooLargeError, MAX_BUILD_FILE_BYTES, NotRegularFileError, readRegularFile } from '../context/read-regular.js';
import type { PathIgnore, SeveritySetting } from '../findings/collect.js';
import { isRuleId, type RuleId } from '../rules/registry.js';
import { parseSize } from '../rules/paths.js';
import { describePosition, describeYamlError, jsonErrorPosition, YAML_OPTIONS } from './syntax-error.js';
import { assertInsideRepo, type RepoBoundary } from '../context/boundary.js';

/**
 * The YAML parser is a quarter of the program: loaded only for a YAML config (start-up, issue 18).
 * yaml is CommonJS: its exports are the default export of the dynamic import, both under Node and
 * in the bundle (a split chunk exports `default` only).
 */
async function yamlParser(): Promise<(text: string) => unknown> {
  const yaml = (await import('yaml')).default;
  return (text) => yaml.parse(text, YAML_OPTIONS);
}

export const CONFIG_NAMES = ['.ctx-audit.json', '.ctx-audit.yaml', '.ctx-audit.yml'] as const;

export type ConfigFailOn = 'error' | 'warning' | 'info' | 'never';

export interface Config {
  /** Where it was read from, for messages; null when no file was found. */
  source: string | null;
  failOn?: ConfigFailOn;
  maxFileSize?: number;
  maxContextSize?: number | null;
  secretContent?: { enabled?: boolean; maxBytes?: number };
  rules: Partial<Record<RuleId, SeveritySetting>>;
  ignores: PathIgnore[];
}

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
export const FAIL_ON: readonly ConfigFailOn[] = ['error', 'warning', 'info', 'never'];

/**
 * The config's keys and what each means, in the order they are documented. parseConfig accepts
 * these keys and no other, and src/config/schema.ts generates the JSON Schema editors use from
 * them (with the value sets above and the size pattern), so the two cannot drift apart silently:
 * test/unit/config-schema.test.ts checks that the schema accepts exactly what parseConfig accepts.
 */
export const CONFIG_KEYS = {
  $schema: 'The JSON Schema this file follows, for editors; ctx-audit does not read it.',
  failOn: 'Exit 1 on a finding at or above this severity (flag: --fail-on). Default: error.',
  maxFileSize: 'CTX001: a sent file larger than this is reported (flag: --max-file-size). Bytes, or a size like 5MB, 1.5GiB.',
  maxContextSize: "CTX002: the upload budget, on the selected builder's figure (flag: --max-context-size). Bytes, a size like 200MB, or null for none.",
  secretContent: 'CTX202: scan the contents of sent files for credentials (true/false), or { enabled, maxBytes } (flag: --no-secret-scan).',
  rules: 'Per-rule severity: a rule id mapped to error, warning, info or off.',
  ignore: 'Path-scoped suppressions: findings on these paths (gitignore syntax) are dropped, for the listed rules or all.',
} as const;
export const SECRET_CONTENT_KEYS = {
  enabled: 'Whether to read file contents at all.',
  maxBytes: 'How much of each file to read, in bytes or a size like 1MiB.',
} as const;
export const IGNORE_ENTRY_KEYS = {
  paths: 'gitignore-style patterns, relative to the context (one string or a non-empty list).',
  rules: 'Rule ids to drop on those paths; omit for every rule.',
} as const;
const TOP_KEYS = Object.keys(CONFIG_KEYS);
const known = (keys: object) => Object.keys(keys).join(', ');

/**
 * The config that applies to a context, or null: the first one from `contextDir` up to the directory
 * holding `.git`, and never above `stopAt` (the repository boundary, when the context is inside it).
 */
export function findConfigFile(contextDir: string, stopAt?: string): string | null {
  let dir = path.resolve(contextDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
    if (fs.existsSync(path.join(dir, '.git')) || (stopAt !== undefined && sameDir(dir, stopAt))) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function sameDir(a: string, b: string): boolean {
  try {
    return a === b || fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * The config a run uses: none with --no-config, else --config FILE, else the one found from
 * `startDir` up to the repository root. Either must lie inside the repository (src/context/boundary.ts).
 */
export async function configForRun(flags: { noConfig: boolean; config?: string }, startDir: string, cwd: string, repository: RepoBoundary): Promise<Config> {
  if (flags.noConfig) return emptyConfig();
  const file = flags.config !== undefined ? path.resolve(cwd, flags.config) : findConfigFile(startDir, repository.root);
  if (file === null) return emptyConfig();
  assertInsideRepo(repository, file, 'config file', flags.config ?? (path.relative(cwd, file) || file));
  return loadConfig(file);
}

export function emptyConfig(): Config {
  return { source: null, rules: {}, ignores: [] };
}

export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    // The config may sit in an untrusted checkout: a FIFO or a link to /dev/zero must not hang us.
    text = readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString('utf8');
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    const why = e instanceof NotRegularFileError ? 'not a regular file' : ((e as NodeJS.ErrnoException).code ?? 'error');
    throw new InputError(`${file}: cannot read config (${why})`);
  }
  // Loaded before the try below, which reports any failure as a syntax error in the file.
  const parse = file.endsWith('.json') ? JSON.parse : await yamlParser();
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    // Where, never what: the file may be a link to someone's secrets (its bytes stay out of the message).
    const json = file.endsWith('.json');
    throw new InputError(`${file}: not valid ${json ? 'JSON' : 'YAML'} (${json ? describePosition(jsonErrorPosition(text)) : describeYamlError(e, text)})`);
  }
  return parseConfig(raw ?? {}, file);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a parsed config document; `where` prefixes every error (`<file>: <key>: ...`). */
export function parseConfig(raw: unknown, where: string): Config {
  const fail = (key: string, msg: string): never => {
    throw new InputError(`${where}: ${key}: ${msg}`);
  };
  if (!isObject(raw)) fail('(top level)', 'expected a mapping');
  const doc = raw as Record<string, unknown>;
  const cfg: Config = { source: where, rules: {}, ignores: [] };
  for (const key of Object.keys(doc)) if (!TOP_KEYS.includes(key)) fail(key, `unknown key (known: ${TOP_KEYS.slice(1).join(', ')})`);
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') fail('$schema', 'expected the URL or path of the JSON Schema');

  const size = (key: string, v: unknown): number => {
    const n = typeof v === 'number' || typeof v === 'string' ? parseSize(v) : null;
    return n ?? fail(key, `expected a size like 10MB or a number of bytes, got ${JSON.stringify(v)}`);
  };
  if (doc.failOn !== undefined) {
    if (!FAIL_ON.includes(doc.failOn as ConfigFailOn)) fail('failOn', `expected one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(doc.failOn)}`);
    cfg.failOn = doc.failOn as ConfigFailOn;
  }
  if (doc.maxFileSize !== undefined) cfg.maxFileSize = size('maxFileSize', doc.maxFileSize);
  if (doc.maxContextSize !== undefined) cfg.maxContextSize = doc.maxContextSize === null ? null : size('maxContextSize', doc.maxContextSize);
  if (doc.secretContent !== undefined) {
    const s = doc.secretContent;
    if (typeof s === 'boolean') cfg.secretContent = { enabled: s };
    else if (isObject(s)) {
      cfg.secretContent = {};
      for (const k of Object.keys(s)) {
        if (k === 'enabled') {
          if (typeof s.enabled !== 'boolean') fail('secretContent.enabled', 'expected true or false');
          cfg.secretContent.enabled = s.enabled as boolean;
        } else if (k === 'maxBytes') cfg.secretContent.maxBytes = size('secretContent.maxBytes', s.maxBytes);
        else fail(`secretContent.${k}`, `unknown key (known: ${known(SECRET_CONTENT_KEYS)})`);
      }
    } else fail('secretContent', 'expected true, false or { enabled, maxBytes }');
  }
  if (doc.rules !== undefined) {
    if (!isObject(doc.rules)) fail('rules', 'expected a mapping of rule id to error, warning, info or off');
    for (const [id, v] of Object.entries(doc.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) fail(`rules.${id}`, 'unknown rule id (see `ctx-audit rules`)');
      if (!SEVERITIES.includes(v as SeveritySetting)) fail(`rules.${id}`, `expected one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(v)}`);
      cfg.rules[id as RuleId] = v as SeveritySetting;
    }
  }
  if (doc.ignore !== undefined) {
    if (!Array.isArray(doc.ignore)) fail('ignore', 'expected a list of { paths, rules }');
    (doc.ignore as unknown[]).forEach((item, i) => {
      const key = `ignore[${i}]`;
      if (!isObject(item)) fail(key, 'expected { paths: [...], rules: [...] }');
      const it = item as Record<string, unknown>;
      for (const k of Object.keys(it)) if (!(k in IGNORE_ENTRY_KEYS)) fail(`${key}.${k}`, `unknown key (known: ${known(IGNORE_ENTRY_KEYS)})`);
      const paths = typeof it.paths === 'string' ? [it.paths] : it.paths;
      if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string' && p !== '')) fail(`${key}.paths`, 'expected a non-empty list of gitignore-style patterns');
      const entry: PathIgnore = { paths: paths as string[] };
      if (it.rules !== undefined) {
        if (!Array.isArray(it.rules)) fail(`${key}.rules`, 'expected a list of rule ids');
        for (const id of it.rules as unknown[]) if (typeof id !== 'string' || !isRuleId(id)) fail(`${key}.rules`, `unknown rule id ${JSON.stringify(id)}`);
        entry.rules = it.rules as RuleId[];
      }
      cfg.ignores.push(entry);
    });
  }
  return cfg;
}
