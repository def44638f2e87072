// Argument parsing: the only place that knows flag names. Produces a typed command or a UsageError.
import { parseArgs } from 'node:util';
import type { Builder } from '../audit.js';
import { UsageError } from '../errors.js';

export type FailOn = 'error' | 'warning' | 'info' | 'never';
export type Format = 'table' | 'json';

export interface CommonArgs {
  context: string;
  file?: string;
  builder: Builder;
  debug: boolean;
}

export type Command =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | ({ kind: 'audit'; format: Format; failOn: FailOn; top: number } & CommonArgs)
  | ({ kind: 'ls'; long: boolean; nul: boolean } & CommonArgs)
  | ({ kind: 'tar'; output: string } & CommonArgs);

const FORMATS: readonly Format[] = ['table', 'json'];
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
  audit: { ...COMMON, format: { type: 'string' }, 'fail-on': { type: 'string' }, top: { type: 'string' } },
  ls: { ...COMMON, long: { type: 'boolean', short: 'l' }, null: { type: 'boolean', short: '0' } },
  tar: { ...COMMON, output: { type: 'string', short: 'o' } },
} as const;

export const SUBCOMMANDS = ['ls', 'tar', 'help'] as const;

function parse<K extends keyof typeof BY_COMMAND>(kind: K, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: BY_COMMAND[kind], allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages name the flag already ("Unknown option '--x'"); keep them to one line.
    throw new UsageError(String((e as Error).message).split('\n')[0]);
  }
}

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first === 'help') return { kind: 'help', topic: argv[1] };
  const kind: 'audit' | 'ls' | 'tar' = first === 'ls' || first === 'tar' ? first : 'audit';
  const rest = kind === 'audit' ? argv : argv.slice(1);
  const { values, positionals } = parse(kind, rest);
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
        format: oneOf('--format', v.format as string | undefined, FORMATS, 'table'),
        failOn: oneOf('--fail-on', v['fail-on'] as string | undefined, FAIL_ON, 'error'),
        top,
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
