// Argument parsing: the only place that knows flag names. Produces a typed command or a UsageError.
import { parseArgs } from 'node:util';
import type { Builder } from '../audit.js';
import { UsageError } from '../errors.js';
import { parseSize } from '../rules/paths.js';

export type FailOn = 'error' | 'warning' | 'info' | 'never';
export type Format = 'table' | 'json' | 'sarif' | 'github' | 'markdown';

/** One report to write: `--format F [--output FILE]`; no file means stdout. */
export interface OutputSpec {
  format: Format;
  file?: string;
}

export interface CommonArgs {
  context: string;
  file?: string;
  builder: Builder;
  debug: boolean;
}

export type Command =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | { kind: 'rules'; format: 'table' | 'json' | 'markdown' }
  | { kind: 'explain'; rule: string }
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
    } & CommonArgs)
  | ({ kind: 'ls'; long: boolean; nul: boolean } & CommonArgs)
  | ({ kind: 'tar'; output: string } & CommonArgs);

const FORMATS: readonly Format[] = ['table', 'json', 'sarif', 'github', 'markdown'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];
const BUILDERS: readonly Builder[] = ['legacy', 'buildkit'];

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

const COMMON = {
  file: { type: 'string', short: 'f' },
  builder: { type: 'string' },
  debug: { type: 'boolean' },
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
  },
  rules: { help: { type: 'boolean', short: 'h' }, format: { type: 'string' } },
  explain: { help: { type: 'boolean', short: 'h' } },
  ls: { ...COMMON, long: { type: 'boolean', short: 'l' }, null: { type: 'boolean', short: '0' } },
  tar: { ...COMMON, output: { type: 'string', short: 'o' } },
} as const;

export const SUBCOMMANDS = ['ls', 'tar', 'rules', 'explain', 'help'] as const;

function parse<K extends keyof typeof BY_COMMAND>(kind: K, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: BY_COMMAND[kind], allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    // Node's messages name the flag already ("Unknown option '--x'"); keep them to one line.
    throw new UsageError(String((e as Error).message).split('\n')[0]);
  }
}

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first === 'help') return { kind: 'help', topic: argv[1] };
  if (first === 'rules') {
    const { values, positionals } = parse('rules', argv.slice(1));
    if (values.help) return { kind: 'help', topic: 'rules' };
    if (positionals.length > 0) throw new UsageError(`rules: unexpected argument "${positionals[0]}"`);
    return { kind: 'rules', format: oneOf('--format', values.format, ['table', 'json', 'markdown'] as const, 'table') };
  }
  if (first === 'explain') {
    const { values, positionals } = parse('explain', argv.slice(1));
    if (values.help) return { kind: 'help', topic: 'explain' };
    if (positionals.length !== 1) throw new UsageError('explain: expected one rule id or name, e.g. ctx-audit explain CTX201');
    return { kind: 'explain', rule: positionals[0] };
  }
  const kind: 'audit' | 'ls' | 'tar' = first === 'ls' || first === 'tar' ? first : 'audit';
  const rest = kind === 'audit' ? argv : argv.slice(1);
  const { values, positionals, tokens } = parse(kind, rest);
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) return { kind: 'help', topic: kind === 'audit' ? undefined : kind };
  if (v.version) return { kind: 'version' };
  if (positionals.length > 1) throw new UsageError(`expected at most one CONTEXT, got ${positionals.length}: ${positionals.join(' ')}`);
  const common: CommonArgs = {
    context: positionals[0] ?? '.',
    file: v.file as string | undefined,
    builder: oneOf('--builder', v.builder as string | undefined, BUILDERS, 'legacy'),
    debug: v.debug === true,
  };
  if (common.file === '') throw new UsageError('-f/--file: expected a path');
  switch (kind) {
    case 'audit': {
      const top = v.top === undefined ? 10 : Number(v.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, got "${v.top}"`);
      return {
        kind,
        ...common,
        outputs: pairOutputs(tokens ?? []),
        failOn: v['fail-on'] === undefined ? undefined : oneOf('--fail-on', v['fail-on'] as string, FAIL_ON, 'error'),
        top,
        maxFileSize: sizeFlag('--max-file-size', v['max-file-size'] as string | undefined),
        maxContextSize: sizeFlag('--max-context-size', v['max-context-size'] as string | undefined),
        secretScan: v['no-secret-scan'] === true ? false : undefined,
        config: v.config as string | undefined,
        noConfig: v['no-config'] === true,
      };
    }
    case 'ls':
      return { kind, ...common, long: v.long === true, nul: v.null === true };
    case 'tar': {
      const output = v.output as string | undefined;
      if (output === undefined || output === '') throw new UsageError('tar: -o/--output FILE is required (use - for stdout)');
      return { kind, ...common, output };
    }
  }
}

function sizeFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseSize(value);
  if (n === null) throw new UsageError(`${flag}: expected a size like 10MB, 512KiB or 1048576, got "${value}"`);
  return n;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Pairs each `--output FILE` with the `--format` before it; a format without one goes to stdout. */
function pairOutputs(tokens: readonly Token[]): OutputSpec[] {
  const outputs: OutputSpec[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'format') {
      outputs.push({ format: oneOf('--format', t.value, FORMATS, 'table') });
    } else if (t.name === 'output') {
      if (!t.value) throw new UsageError('--output: expected a file name');
      const last = outputs[outputs.length - 1];
      if (outputs.length === 0) outputs.push({ format: 'table', file: t.value });
      else if (last.file !== undefined) throw new UsageError(`--output ${t.value}: each --output follows its own --format`);
      else last.file = t.value;
    }
  }
  if (outputs.length === 0) outputs.push({ format: 'table' });
  const toStdout = outputs.filter((o) => o.file === undefined || o.file === '-');
  if (toStdout.length > 1) throw new UsageError(`--format: only one format can go to stdout; give the others --output FILE (got ${toStdout.map((o) => o.format).join(', ')})`);
  return outputs;
}
