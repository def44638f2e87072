// The CLI side of `--compose`, `--bake` and `--all`: collect the targets, run them, write every
// requested format, and compute one exit code. run.ts dispatches here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { DEFAULT_SETTINGS } from '../audit.js';
import type { ColorChoice, Command, FailOn, Format } from '../cli/args.js';
import { EXIT_CANNOT_RUN, exitCodeFor } from '../cli/exit-code.js';
import { UsageError } from '../errors.js';
import { configForRun } from '../config/config.js';
import { colorLevel, makeColors } from '../reporters/color.js';
import { renderGithubMulti } from '../reporters/github.js';
import { renderJsonMulti } from '../reporters/json.js';
import { renderMarkdownMulti } from '../reporters/markdown.js';
import { safeText } from '../reporters/safe-text.js';
import { renderSarifMulti } from '../reporters/sarif.js';
import { renderTableMulti } from '../reporters/table.js';
import { bakeTargets } from '../targets/bake.js';
import { composeTargets, findComposeFiles } from '../targets/compose.js';
import { discoverTargets } from '../targets/discover.js';
import type { BuildTarget } from '../targets/target.js';
import { runTargets, type MultiAuditResult } from './run-targets.js';
import { repoBoundary, type RepoBoundary } from '../context/boundary.js';

type AuditCommand = Extract<Command, { kind: 'audit' }>;

const MULTI_FORMATS: readonly Format[] = ['table', 'json', 'sarif', 'github', 'markdown'];

interface MultiIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, 'utf8', (err) => (err ? reject(err) : resolve())));
}

export function renderMulti(format: Format, multi: MultiAuditResult, io: MultiIO, toTerminal: boolean, color: ColorChoice = 'auto', failOn: FailOn = 'error', quiet = false): string {
  switch (format) {
    case 'table':
      return renderTableMulti(multi, { colors: makeColors(toTerminal || color === 'always' ? colorLevel(io.env, io.stdout.isTTY === true, color) : 0), width: toTerminal && io.stdout.isTTY ? io.stdout.columns : undefined, failOn, quiet });
    case 'json':
      return renderJsonMulti(multi);
    case 'sarif':
      return renderSarifMulti(multi);
    case 'github':
      return renderGithubMulti(multi);
    case 'markdown':
      return renderMarkdownMulti(multi, { failOn });
    default:
      throw new UsageError(`--format ${format}: not available with --compose, --bake or --all yet`);
  }
}

/** Every target the flags name, in flag order: Compose, then Bake, then discovery. */
export function collectTargets(cmd: AuditCommand, io: MultiIO, repository: RepoBoundary = repoBoundary(io.cwd, cmd.allowOutsideRepo)): BuildTarget[] {
  const sources = cmd.sources as NonNullable<AuditCommand['sources']>;
  const targets: BuildTarget[] = [];
  if (sources.compose !== null) {
    const files = sources.compose.length > 0 ? sources.compose : findComposeFiles(io.cwd);
    targets.push(...composeTargets(files, { cwd: io.cwd, env: io.env, repository }));
  }
  for (const b of sources.bake) targets.push(...bakeTargets(b, io.cwd, repository));
  if (sources.all !== null) targets.push(...discoverTargets(sources.all, { cwd: io.cwd, env: io.env, repository }).targets);
  // `--build-arg` on our command line overrides every target's args, as `docker compose build --build-arg` does.
  return targets.map((t) => ({ ...t, args: { ...t.args, ...cmd.buildArgs } }));
}

export async function auditTargets(cmd: AuditCommand, io: MultiIO): Promise<number> {
  const bad = cmd.outputs.find((o) => !MULTI_FORMATS.includes(o.format));
  if (bad) throw new UsageError(`--format ${bad.format}: not available with --compose, --bake or --all yet`);
  const repository = repoBoundary(io.cwd, cmd.allowOutsideRepo);
  const config = configForRun(cmd, io.cwd, io.cwd, repository);
  // URL contexts only when the command line says so; a file can never ask for a clone or a download.
  const urls = cmd.allowUrlContexts ? await (await import('../inputs/url-targets.js')).fetchUrlTargets(collectTargets(cmd, io, repository), io.env) : null;
  const targets = urls?.targets ?? collectTargets(cmd, io, repository);
  let multi: MultiAuditResult;
  try {
    multi = runTargets(targets, {
      fetched: urls?.fetched,
      repository,
      cwd: io.cwd,
      baseDir: io.cwd,
      builder: cmd.builder,
      top: cmd.top,
      namedContexts: cmd.buildContexts,
      measureExcluded: cmd.measureExcluded,
      settings: {
        maxFileSize: cmd.maxFileSize ?? config.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize,
        maxContextSize: cmd.maxContextSize ?? config.maxContextSize ?? DEFAULT_SETTINGS.maxContextSize,
        secretContent: {
          enabled: cmd.secretScan ?? config.secretContent?.enabled ?? DEFAULT_SETTINGS.secretContent.enabled,
          maxBytes: config.secretContent?.maxBytes ?? DEFAULT_SETTINGS.secretContent.maxBytes,
        },
      },
      findings: { severity: config.rules, ignores: config.ignores },
    });
  } finally {
    urls?.cleanup();
  }
  for (const out of cmd.outputs) {
    const toStdout = out.file === undefined || out.file === '-';
    const text = renderMulti(out.format, multi, io, toStdout, cmd.color, cmd.failOn ?? config.failOn ?? 'error', cmd.quiet);
    if (toStdout) await write(io.stdout, text);
    else fs.writeFileSync(path.resolve(io.cwd, out.file as string), text);
  }
  // A target that could not run makes the whole run "could not run", after the others are reported.
  const failed = multi.targets.filter((t) => t.error !== null);
  for (const t of failed) await write(io.stderr, `ctx-audit: target ${safeText(t.name)}: ${safeText(t.error as string)}\n`);
  if (failed.length > 0) return EXIT_CANNOT_RUN;
  return exitCodeFor(multi.findings, cmd.failOn ?? config.failOn ?? 'error');
}
