// Argument parsing: the only place that knows flag names. Produces a typed command or a UsageError.
import { parseArgs } from 'node:util';
import type { Builder } from '../builder.js';
import { UsageError } from '../errors.js';
import { parseSize } from '../rules/paths.js';
import { parseMaxGrowth, type MaxGrowth } from '../baseline/baseline.js';

import type { FailOn } from '../findings/verdict.js';
import type { TargetSources } from '../multi/audit-targets.js';
import { FORMATS, type Format } from '../reporters/formats.js';
export type { FailOn };
export type ColorChoice = 'auto' | 'always' | 'never';

/** One report to write: `--format F [--output FILE]`; no file means stdout. */
export interface OutputSpec {
  format: Format;
  file?: string;
}

export interface CommonArgs {
  context: string;
  file?: string;
  builder: Builder;
  /** True when --builder was given (tar is legacy-only and says so when asked for BuildKit). */
  builderExplicit: boolean;
  buildArgs: Record<string, string>;
  target?: string;
  debug: boolean;
  /** `--allow-outside-repo`: read contexts, Dockerfiles and build files outside the repository (src/context/boundary.ts). */
  allowOutsideRepo: boolean;
}

export type Command =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | { kind: 'rules'; format: 'table' | 'json' | 'markdown' }
  | { kind: 'explain'; rule: string }
  /** why and suggest parse their own arguments (src/cli/commands/). */
  | { kind: 'why'; argv: string[] }
  | { kind: 'suggest'; argv: string[] }
  | ({
      kind: 'audit';
      outputs: OutputSpec[];
      /** Undefined when not given: the config's failOn, then `error`, applies. */
      failOn?: FailOn;
      top: number;
      /** Flags override the config file; undefined means "not given". */
      maxFileSize?: number;
      maxContextSize?: number;
      secretScan?: boolean;
      config?: string;
      noConfig: boolean;
      /** `--baseline FILE`: a previous `--format json` report to compare with. */
      baseline?: string;
      /** `--max-growth`: exit 1 when the upload grew more than this since the baseline. */
      maxGrowth?: MaxGrowth;
      /** `--compose [FILE]` (repeatable; "" = Compose's default discovery), `--bake FILE`, `--all [DIR]`. */
      sources?: TargetSources;
      /** `--build-context name=value`: BuildKit named contexts. */
      buildContexts: Record<string, string>;
      /** `--compress`: also measure what `docker build --compress` (legacy) sends. */
      compress: boolean;
      /** `--measure-excluded`: walk the directories the ignore file prunes to total what it keeps out. */
      measureExcluded: boolean;
      /** `--allow-url-contexts`: clone or download the git/http(s) contexts Compose or Bake files name (never from a file). */
      allowUrlContexts: boolean;
      /** `-q/--quiet`: the table report is the verdict and one line per finding. */
      quiet: boolean;
      /** `--color`/`--no-color`; `auto` leaves it to NO_COLOR, FORCE_COLOR and the terminal. */
      color: ColorChoice;
    } & CommonArgs)
  | ({ kind: 'ls'; long: boolean; nul: boolean } & CommonArgs)
  | ({ kind: 'tar'; output: string; compress: boolean } & CommonArgs);

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];
const BUILDERS: readonly Builder[] = ['legacy', 'buildkit'];

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

/**
 * `--color[=WHEN]`/`--no-color`, accepted by every command so an alias or a CI template that passes
 * them never breaks one; only the audit's table uses colour, the other commands print plain text.
 */
export const COLOR_OPTIONS = {
  color: { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

const COMMON = {
  ...COLOR_OPTIONS,
  file: { type: 'string', short: 'f' },
  builder: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  target: { type: 'string' },
  debug: { type: 'boolean' },
  'allow-outside-repo': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const BY_COMMAND = {
  audit: {
    ...COMMON,
    format: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o', multiple: true },
    'fail-on': { type: 'string' },
    top: { type: 'string' },
    'max-file-size': { type: 'string' },
    'max-context-size': { type: 'string' },
    'no-secret-scan': { type: 'boolean' },
    config: { type: 'string' },
    'no-config': { type: 'boolean' },
    baseline: { type: 'string' },
    'max-growth': { type: 'string' },
    compose: { type: 'string', multiple: true },
    bake: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    'build-context': { type: 'string', multiple: true },
    compress: { type: 'boolean' },
    'measure-excluded': { type: 'boolean' },
    'allow-url-contexts': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  rules: { ...COLOR_OPTIONS, help: { type: 'boolean', short: 'h' }, format: { type: 'string' } },
  explain: { ...COLOR_OPTIONS, help: { type: 'boolean', short: 'h' } },
  ls: { ...COMMON, long: { type: 'boolean', short: 'l' }, null: { type: 'boolean', short: '0' } },
  tar: { ...COMMON, output: { type: 'string', short: 'o' }, compress: { type: 'boolean' } },
} as const;

export const SUBCOMMANDS = ['ls', 'tar', 'rules', 'explain', 'why', 'suggest', 'help'] as const;

/**
 * Joins each string option with its value (`-f X` -> `--file=X`) so a value that starts with `-`
 * (docker accepts `-f -d/Dockerfile`) is not mistaken for a flag by parseArgs.
 */
function attachValues(options: Record<string, { type: string; short?: string }>, argv: string[]): string[] {
  const byName = new Map<string, string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    byName.set('--' + name, name);
    if (o.short) byName.set('-' + o.short, name);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = byName.get(a);
    if (name !== undefined && i + 1 < argv.length) {
      out.push(`--${name}=${argv[++i]}`);
    } else out.push(a);
  }
  return out;
}

type OptionTable = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/**
 * parseArgs for every command (why and suggest included): values may start with `-`, and a bad
 * flag is one UsageError line (Node's message already names the flag), prefixed with `prefix`.
 */
export function parseOptions<T extends OptionTable>(options: T, argv: string[], prefix = '') {
  try {
    return parseArgs({ args: attachValues(options, argv), options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(prefix + String((e as Error).message).split('\n')[0]);
  }
}

function parse<K extends keyof typeof BY_COMMAND>(kind: K, argv: string[]) {
  return parseOptions(BY_COMMAND[kind], argv);
}

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first === 'help') return { kind: 'help', topic: argv[1] };
  if (first === 'why') return { kind: 'why', argv: argv.slice(1) };
  if (first === 'suggest') return { kind: 'suggest', argv: argv.slice(1) };
  if (first === 'rules') {
    const { values, positionals, tokens } = parse('rules', argv.slice(1));
    colorChoice(tokens ?? []); // validated; the output has no colour
    if (values.help) return { kind: 'help', topic: 'rules' };
    if (positionals.length > 0) throw new UsageError(`rules: unexpected argument "${positionals[0]}"`);
    return { kind: 'rules', format: oneOf('--format', values.format, ['table', 'json', 'markdown'] as const, 'table') };
  }
  if (first === 'explain') {
    const { values, positionals, tokens } = parse('explain', argv.slice(1));
    colorChoice(tokens ?? []); // validated; the output has no colour
    if (values.help) return { kind: 'help', topic: 'explain' };
    if (positionals.length !== 1) throw new UsageError('explain: expected one rule id or name, e.g. ctx-audit explain CTX201');
    return { kind: 'explain', rule: positionals[0] };
  }
  const kind: 'audit' | 'ls' | 'tar' = first === 'ls' || first === 'tar' ? first : 'audit';
  const rest = kind === 'audit' ? optionalComposeValue(argv) : argv.slice(1);
  const { values, positionals, tokens } = parse(kind, rest);
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) return { kind: 'help', topic: kind === 'audit' ? undefined : kind };
  if (v.version) return { kind: 'version' };
  if (positionals.length > 1) throw new UsageError(`expected at most one CONTEXT, got ${positionals.length}: ${positionals.join(' ')}`);
  const common: CommonArgs = {
    context: positionals[0] ?? '.',
    file: v.file as string | undefined,
    // BuildKit is what `docker build` runs since Docker Engine 23; --builder legacy switches every
    // figure and rule to DOCKER_BUILDKIT=0.
    builder: oneOf('--builder', v.builder as string | undefined, BUILDERS, kind === 'tar' ? 'legacy' : 'buildkit'),
    builderExplicit: v.builder !== undefined,
    buildArgs: parseBuildArgs((values as { 'build-arg'?: string[] })['build-arg'] ?? []),
    target: v.target as string | undefined,
    debug: v.debug === true,
    allowOutsideRepo: v['allow-outside-repo'] === true,
  };
  if (common.target === '') throw new UsageError('--target: expected a stage name');
  if (kind === 'tar' && common.builder === 'buildkit') {
    throw new UsageError('tar: BuildKit sends no tar (it streams files); the tar command describes --builder legacy');
  }
  if (common.file === '') throw new UsageError('-f/--file: expected a path');
  const color = colorChoice(tokens ?? []); // ls and tar print no colour, but a bad value is still refused
  switch (kind) {
    case 'audit': {
      const sources = targetSources(v, values as { compose?: string[]; bake?: string[] }, positionals, common);
      const top = v.top === undefined ? 10 : Number(v.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, got "${v.top}"`);
      const outputs = pairOutputs(tokens ?? []);
      // -q shapes the table; with no table written it would silently do nothing.
      if (v.quiet === true && !outputs.some((o) => o.format === 'table')) throw new UsageError('-q/--quiet shapes the table report, and no --format table is written');
      return {
        kind,
        ...common,
        outputs,
        failOn: v['fail-on'] === undefined ? undefined : oneOf('--fail-on', v['fail-on'] as string, FAIL_ON, 'error'),
        top,
        maxFileSize: sizeFlag('--max-file-size', v['max-file-size'] as string | undefined),
        maxContextSize: sizeFlag('--max-context-size', v['max-context-size'] as string | undefined),
        secretScan: v['no-secret-scan'] === true ? false : undefined,
        config: v.config as string | undefined,
        noConfig: v['no-config'] === true,
        ...baselineFlags(v.baseline as string | undefined, v['max-growth'] as string | undefined),
        ...(sources ? { sources } : {}),
        buildContexts: parseBuildContexts((values as { 'build-context'?: string[] })['build-context'] ?? []),
        compress: v.compress === true,
        measureExcluded: v['measure-excluded'] === true,
        allowUrlContexts: v['allow-url-contexts'] === true,
        quiet: v.quiet === true,
        color,
      };
    }
    case 'ls':
      // BuildKit streams paths, not tar entries: there is no mode, size or header to show.
      if (v.long === true && common.builder === 'buildkit') throw new UsageError('ls --long describes tar entries: add --builder legacy');
      return { kind, ...common, long: v.long === true, nul: v.null === true };
    case 'tar': {
      const output = v.output as string | undefined;
      if (output === undefined || output === '') throw new UsageError('tar: -o/--output FILE is required (use - for stdout)');
      return { kind, ...common, output, compress: v.compress === true };
    }
  }
}

/** `--build-arg K=V`; a bare `K` takes the value from the environment in docker, which we do not read: it stays unset. */
export function parseBuildArgs(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq === 0) throw new UsageError(`--build-arg: expected KEY=VALUE, got "${item}"`);
    if (eq < 0) continue;
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

function sizeFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseSize(value);
  if (n === null) throw new UsageError(`${flag}: expected a size like 10MB, 512KiB or 1048576, got "${value}"`);
  return n;
}

function baselineFlags(baseline: string | undefined, maxGrowth: string | undefined): { baseline?: string; maxGrowth?: MaxGrowth } {
  if (baseline === '') throw new UsageError('--baseline: expected a file (a previous --format json report)');
  if (maxGrowth !== undefined && baseline === undefined) throw new UsageError('--max-growth: needs --baseline FILE to compare with');
  return { ...(baseline !== undefined ? { baseline } : {}), ...(maxGrowth !== undefined ? { maxGrowth: parseMaxGrowth(maxGrowth) } : {}) };
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Pairs each report with its file. `--format F=FILE` says it in one token; `--output FILE` belongs
 * to the `--format` just before it. An `--output` before any `--format` is refused when a
 * `--format` follows (`-o y.out --format json` could mean either), and allowed alone (the table
 * to a file). A format without a file goes to stdout, and only one may.
 */
function pairOutputs(tokens: readonly Token[]): OutputSpec[] {
  const outputs: OutputSpec[] = [];
  let leading: string | null = null;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'format') {
      const value = t.value ?? '';
      const eq = value.indexOf('=');
      if (eq >= 0 && eq === value.length - 1) throw new UsageError(`--format ${value}: expected FORMAT=FILE, e.g. --format json=report.json`);
      const format = oneOf('--format', eq < 0 ? value : value.slice(0, eq), FORMATS, 'table');
      if (leading !== null) {
        throw new UsageError(`--output ${leading} comes before any --format, so it is unclear which report it is for: put it after its format (--format ${format} --output ${leading}) or write --format ${format}=${leading}`);
      }
      outputs.push(eq < 0 ? { format } : { format, file: value.slice(eq + 1) });
    } else if (t.name === 'output') {
      if (!t.value) throw new UsageError('--output: expected a file name');
      const last = outputs[outputs.length - 1];
      if (outputs.length === 0) {
        if (leading !== null) throw new UsageError(`--output ${t.value}: each --output follows its own --format (or use --format FORMAT=FILE)`);
        leading = t.value;
      } else if (last.file !== undefined) throw new UsageError(`--output ${t.value}: each --output follows its own --format (or use --format FORMAT=FILE)`);
      else last.file = t.value;
    }
  }
  if (outputs.length === 0) outputs.push(leading === null ? { format: 'table' } : { format: 'table', file: leading });
  const toStdout = outputs.filter((o) => o.file === undefined || o.file === '-');
  if (toStdout.length > 1) throw new UsageError(`--format: only one format can go to stdout; give the others --output FILE (got ${toStdout.map((o) => o.format).join(', ')})`);
  return outputs;
}

/** The last of `--color[=WHEN]` and `--no-color` wins, as in git and ls. */
export function colorChoice(tokens: readonly Token[]): ColorChoice {
  let choice: ColorChoice = 'auto';
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'no-color') choice = 'never';
    else if (t.name === 'color') choice = oneOf('--color', t.value, ['auto', 'always', 'never'] as const, 'auto');
  }
  return choice;
}

/** `--compose` takes an optional FILE: bare (last, or before another flag) means Compose's own discovery. */
function optionalComposeValue(argv: string[]): string[] {
  return argv.map((a, i) => (a === '--compose' && (i + 1 >= argv.length || argv[i + 1].startsWith('-')) ? '--compose=' : a));
}

/** The multi-target sources, or undefined for a single-context audit. */
function targetSources(v: Record<string, string | boolean | undefined>, values: { compose?: string[]; bake?: string[] }, positionals: string[], common: CommonArgs): TargetSources | undefined {
  const compose = values.compose ?? null;
  const bake = values.bake ?? [];
  const all = v.all === true;
  if (compose === null && bake.length === 0 && !all) return undefined;
  if (bake.some((b) => b === '')) throw new UsageError('--bake: expected a JSON file (docker buildx bake --print > bake.json)');
  if (!all && positionals.length > 0) throw new UsageError(`--compose/--bake: unexpected CONTEXT "${positionals[0]}" (each target declares its own)`);
  if (common.file !== undefined) throw new UsageError('-f/--file cannot be combined with --compose, --bake or --all (each target declares its Dockerfile)');
  if (common.target !== undefined) throw new UsageError('--target cannot be combined with --compose, --bake or --all (each target declares its stage)');
  // A baseline is one context's report. Multi-target runs cannot compare with it yet; ignoring the
  // gate silently would pass every build, so refuse.
  if (v.baseline !== undefined) throw new UsageError('--baseline cannot be combined with --compose, --bake or --all (it compares one context with its previous report)');
  if (v['max-growth'] !== undefined) throw new UsageError('--max-growth cannot be combined with --compose, --bake or --all (it needs --baseline, which compares one context)');
  // Compose and Bake build with BuildKit, which ignores --compress (it streams files, no tar).
  if (v.compress === true) throw new UsageError('--compress cannot be combined with --compose, --bake or --all (they build with BuildKit, which ignores it; audit one context with --compress)');
  return { compose: compose && compose.filter((f) => f !== ''), bake, all: all ? (positionals[0] ?? '.') : null };
}

/** `--build-context name=value`, as buildx takes it. */
export function parseBuildContexts(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0 || eq === item.length - 1) throw new UsageError(`--build-context: expected NAME=PATH, got "${item}"`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}
