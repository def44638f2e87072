// `ctx-audit why PATH... [-C CONTEXT] [options]`: argument parsing and execution of the why command.
import { oneOf, parseBuildArgs, parseOptions } from '../args.js';
import { readRegularFile } from '../../context/read-regular.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAudit } from '../../audit.js';
import type { Builder } from '../../builder.js';
import { analyzeBuildkitEligible } from '../../buildkit/eligible.js';
import { fsPath, toByteString } from '../../context/bytes.js';
import { cleanPath } from '../../context/ignore-file.js';
import { InputError, UsageError } from '../../errors.js';
import { repoBoundary } from '../../context/boundary.js';
import { explainPaths, type ExplainReader, type PathExplanation } from '../../explain/explain.js';
import { renderWhyJson, renderWhyText } from '../../explain/render.js';
import { EXIT_OK } from '../exit-code.js';
import { writeText, type CliIO } from '../io.js';

export interface WhyCommand {
  paths: string[];
  context: string;
  file?: string;
  builder: Builder;
  buildArgs: Record<string, string>;
  target?: string;
  format: 'table' | 'json';
  top: number;
  /** --allow-outside-repo (src/context/boundary.ts). */
  allowOutsideRepo?: boolean;
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
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `why`'s arguments (argv after `why`); null means "print help". */
export function parseWhy(argv: string[]): WhyCommand | null {
  const parsed = parseOptions(OPTIONS, argv, 'why: ');
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

/**
 * A PATH argument as a cleaned context-relative byte string (`.` for the context itself). Relative
 * paths are relative to the context; absolute ones must lie inside it (as given or symlink-resolved).
 */
export function contextRelative(arg: string, root: string, givenRoot: string): string {
  let rel = arg;
  if (path.isAbsolute(arg)) {
    const inside = (base: string) => {
      const r = path.relative(base, path.resolve(arg));
      return r === '' ? '.' : r.startsWith('..') || path.isAbsolute(r) ? null : r;
    };
    const r = inside(root) ?? inside(givenRoot);
    if (r === null) throw new InputError(`${arg}: not inside the build context ${root}`);
    rel = r;
  }
  const c = cleanPath(toByteString(rel.split(path.sep).join('/')));
  if (c === '..' || c.startsWith('../') || c.startsWith('/')) throw new InputError(`${arg}: not inside the build context ${root}`);
  return c;
}

/** Reads what the explanation needs from disk under `root`. */
export function fsExplainReader(root: string): ExplainReader {
  const abs = (p: string) => fsPath(root + '/' + p);
  return {
    kind(p) {
      const st = fs.lstatSync(abs(p), { throwIfNoEntry: false });
      if (!st) return 'missing';
      if (st.isFile()) return 'file';
      if (st.isDirectory()) return 'dir';
      if (st.isSymbolicLink()) return 'symlink';
      if (st.isFIFO()) return 'fifo';
      if (st.isCharacterDevice()) return 'char';
      if (st.isBlockDevice()) return 'block';
      return 'socket';
    },
    listFiles(dir) {
      const out: { path: string; bytes: number }[] = [];
      const visit = (rel: string) => {
        let names: string[];
        try {
          names = (fs.readdirSync(abs(rel), { encoding: 'latin1' }) as string[]).sort();
        } catch {
          return;
        }
        for (const n of names) {
          const p = rel + '/' + n;
          const st = fs.lstatSync(abs(p), { throwIfNoEntry: false });
          if (st?.isDirectory()) visit(p);
          else if (st?.isFile()) out.push({ path: p, bytes: st.size });
        }
      };
      visit(dir);
      return out;
    },
  };
}

function readLines(file: string | null): string[] | null {
  if (file === null) return null;
  try {
    return readRegularFile(file).toString('latin1').split('\n').map((l) => l.replace(/\r$/, ''));
  } catch {
    return null;
  }
}

/** Runs the engine and explains every path; the data behind both output formats. */
export function explainCommand(cmd: WhyCommand, cwd: string): PathExplanation[] {
  const repository = repoBoundary(cwd, cmd.allowOutsideRepo === true);
  const result = runAudit({ context: cmd.context, file: cmd.file, cwd, builder: cmd.builder, runRules: false, buildArgs: cmd.buildArgs, target: cmd.target, repository });
  const root = result.legacy.resolved.root;
  const paths = cmd.paths.map((p) => contextRelative(p, root, path.resolve(cwd, cmd.context)));
  const buildkit = result.buildkitEligible ?? analyzeBuildkitEligible(result.legacy.resolved, cmd.file, cwd);
  return explainPaths(
    { legacy: result.legacy, buildkit, crossCheck: result.crossCheck, dockerfileLines: readLines(result.legacy.resolved.dockerfileAbs), reader: fsExplainReader(root), top: cmd.top },
    paths,
  );
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
  await writeText(io.stdout, renderWhy(cmd, explainCommand(cmd, io.cwd)));
  return EXIT_OK;
}
