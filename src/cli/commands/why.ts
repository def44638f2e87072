// `ctx-audit why PATH... [-C CONTEXT] [options]`: argument parsing and execution of the why command.
import { COLOR_OPTIONS, colorChoice, oneOf, parseBuildArgs, parseOptions } from '../args.js';
import { UsageError } from '../../errors.js';
import type { PathExplanation } from '../../explain/explain.js';
import { explainContextPaths, type ExplainRequest } from '../../explain/explain-context.js';
import { renderWhyJson, renderWhyText } from '../../reporters/why.js';
import { EXIT_OK } from '../exit-code.js';
import { writeText, type CliIO } from '../io.js';

export interface WhyCommand extends ExplainRequest {
  format: 'table' | 'json';
}

export const WHY_HELP = `Usage: ctx-audit why PATH... [options]

Explains, for each PATH (relative to the context, or absolute inside it), whether the legacy builder
and BuildKit send it, which .dockerignore line decided and which earlier lines it overrode, directory
prunes (an excluded directory the walk never looks inside), the docker CLI's re-adding of the
Dockerfile and .dockerignore, and which Dockerfile instructions use it.

Options:
  -C, --context DIR      the build context (default: .)
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
      --builder NAME     buildkit (default) | legacy: whose Dockerfile view lists the references
      --target STAGE     the stage being built (default: the last)
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --format FORMAT    table (default) | json
      --top N            direct children listed for a directory (default 5)
      --allow-outside-repo  read a context or files that lead outside the repository
`;

const OPTIONS = {
  context: { type: 'string', short: 'C' },
  file: { type: 'string', short: 'f' },
  builder: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  target: { type: 'string' },
  format: { type: 'string' },
  top: { type: 'string' },
  debug: { type: 'boolean' },
  'allow-outside-repo': { type: 'boolean' },
  ...COLOR_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `why`'s arguments (argv after `why`); null means "print help". */
export function parseWhy(argv: string[]): WhyCommand | null {
  const parsed = parseOptions(OPTIONS, argv, 'why: ');
  colorChoice(parsed.tokens ?? []); // validated; why prints no colour
  const v = parsed.values;
  if (v.help) return null;
  if (parsed.positionals.length === 0) throw new UsageError('why: expected at least one PATH, e.g. ctx-audit why src/app.js');
  const builder = oneOf('--builder', v.builder, ['legacy', 'buildkit'] as const, 'buildkit');
  const format = oneOf('--format', v.format, ['table', 'json'] as const, 'table');
  const top = v.top === undefined ? 5 : Number(v.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, got "${v.top}"`);
  if (v.target === '') throw new UsageError('--target: expected a stage name');
  if (v.file === '') throw new UsageError('-f/--file: expected a path');
  const buildArgs = parseBuildArgs(v['build-arg'] ?? []);
  return { paths: parsed.positionals, context: v.context ?? '.', file: v.file, builder, buildArgs, target: v.target, format, top, allowOutsideRepo: v['allow-outside-repo'] === true };
}

export function renderWhy(cmd: WhyCommand, explanations: readonly PathExplanation[]): string {
  return cmd.format === 'json' ? renderWhyJson(explanations) : renderWhyText(explanations);
}

/** The why command: explain every PATH; exit 0 once all are explained (errors exit 2 through run). */
export async function runWhy(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseWhy(argv);
  if (cmd === null) {
    await writeText(io.stdout, WHY_HELP);
    return EXIT_OK;
  }
  await writeText(io.stdout, renderWhy(cmd, explainContextPaths(cmd, io.cwd)));
  return EXIT_OK;
}
