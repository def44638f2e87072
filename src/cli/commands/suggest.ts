// `ctx-audit suggest [CONTEXT] [--allowlist] [--write]`: argument parsing, execution and output.
// The diff goes to stdout (so it can be piped to `git apply`/`patch`); the summary goes to stderr.
import { COLOR_OPTIONS, colorChoice, oneOf, parseBuildArgs, parseBuildContexts, parseOptions } from '../args.js';
import { UsageError } from '../../errors.js';
import { renderSuggestDiff, renderSuggestJson, renderSuggestSummary, renderSuggestWrote } from '../../reporters/suggest.js';
import { suggestInRepository, writeSuggestion } from '../../suggest/suggest.js';
import { EXIT_OK } from '../exit-code.js';
import { writeText, type CliIO } from '../io.js';

export interface SuggestCommand {
  context: string;
  file?: string;
  buildArgs: Record<string, string>;
  /** `--build-context NAME=PATH`: what `COPY --from=NAME` reads instead of a stage or an image (never the main context). */
  buildContexts: Record<string, string>;
  target?: string;
  allowlist: boolean;
  write: boolean;
  format: 'diff' | 'json';
  allowOutsideRepo: boolean;
}

export const SUGGEST_HELP = `Usage: ctx-audit suggest [CONTEXT] [options]

Proposes .dockerignore changes that shrink what is sent without breaking the build: exclusions for
heavy directories, secrets, gitignored and unused files (CTX003, CTX201, CTX202, CTX203, CTX004), fixes for
gitignore-habit patterns (CTX303) and ineffective exceptions (CTX304). Every change is verified by
re-running the analysis in memory: no COPY/ADD/bind source may become missing or ignored, and the
legacy builder must still send the Dockerfile and the ignore file. Prints a unified diff (stdout)
and a summary with before/after figures (stderr). Nothing is written without --write.

Options:
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
      --target STAGE     the stage being built (default: the last)
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --build-context NAME=PATH  a named context, as the audit takes it (repeatable)
      --allowlist        propose "*" plus one "!source" per COPY/ADD/bind source instead
      --write            apply the diff atomically (refused if the file changed since it was
                         read, is a symbolic link, or lies outside the context)
      --format FORMAT    diff (default) | json
      --allow-outside-repo  read a context or files that lead outside the repository
`;

const OPTIONS = {
  file: { type: 'string', short: 'f' },
  'build-arg': { type: 'string', multiple: true },
  'build-context': { type: 'string', multiple: true },
  target: { type: 'string' },
  builder: { type: 'string' },
  allowlist: { type: 'boolean' },
  write: { type: 'boolean' },
  format: { type: 'string' },
  debug: { type: 'boolean' },
  'allow-outside-repo': { type: 'boolean' },
  ...COLOR_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseSuggest(argv: string[]): SuggestCommand | null {
  const parsed = parseOptions(OPTIONS, argv, 'suggest: ');
  colorChoice(parsed.tokens ?? []); // validated; suggest prints no colour
  const v = parsed.values;
  if (v.help) return null;
  if (parsed.positionals.length > 1) throw new UsageError(`suggest: expected at most one CONTEXT, got ${parsed.positionals.length}`);
  const format = oneOf('--format', v.format, ['diff', 'json'] as const, 'diff');
  oneOf('--builder', v.builder, ['legacy', 'buildkit'] as const, 'buildkit'); // accepted for symmetry: suggest checks both builders
  if (v.target === '') throw new UsageError('--target: expected a stage name');
  if (v.file === '') throw new UsageError('-f/--file: expected a path');
  const buildArgs = parseBuildArgs(v['build-arg'] ?? []);
  const buildContexts = parseBuildContexts(v['build-context'] ?? []);
  return { context: parsed.positionals[0] ?? '.', file: v.file, buildArgs, buildContexts, target: v.target, allowlist: v.allowlist === true, write: v.write === true, format, allowOutsideRepo: v['allow-outside-repo'] === true };
}

export async function runSuggest(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseSuggest(argv);
  if (cmd === null) {
    await writeText(io.stdout, SUGGEST_HELP);
    return EXIT_OK;
  }
  const r = suggestInRepository({ context: cmd.context, file: cmd.file, cwd: io.cwd, buildArgs: cmd.buildArgs, namedContexts: cmd.buildContexts, target: cmd.target, allowlist: cmd.allowlist, allowOutsideRepo: cmd.allowOutsideRepo, env: io.env });
  if (cmd.format === 'json') await writeText(io.stdout, renderSuggestJson(r));
  else {
    await writeText(io.stderr, renderSuggestSummary(r));
    await writeText(io.stdout, renderSuggestDiff(r));
  }
  if (cmd.write && r.changed) {
    writeSuggestion(r);
    if (cmd.format !== 'json') await writeText(io.stderr, renderSuggestWrote(r));
  }
  return EXIT_OK;
}
