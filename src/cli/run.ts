// The CLI: parse arguments, call the engine, pick a reporter, return an exit code. Thin on purpose.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeText, type CliIO } from './io.js';
import { formatOptionsFor, isStdout, writeReport } from './output.js';
import { readStdinDockerfile } from './stdin.js';
import type { AuditOptions } from '../audit.js';
import { auditWithConfig, type InputContext } from '../configured-audit.js';
import { InputError, TarContentError, UsageError } from '../errors.js';
import { needsExcludedTotals, renderReport } from '../reporters/formats.js';
import { renderLsChunks } from '../reporters/ls.js';
import { safeText } from '../reporters/safe-text.js';
import { renderExplain, renderRuleList } from '../reporters/rules.js';
import { findRule } from '../rules/registry.js';
import { isContextInput } from '../inputs/context-kind.js';
import { listUpload, tarUpload } from '../upload.js';
import { VERSION } from '../version.js';
import { parseCommand, type Command } from './args.js';
import { exitCodeFor, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK } from './exit-code.js';
import { HELP } from './help.js';
import { makeProgress } from './progress.js';

type AuditCommand = Extract<Command, { kind: 'audit' }>;
type ContextCommand = Extract<Command, { kind: 'audit' | 'ls' | 'tar' }>;

// Commands most runs never use are loaded on demand: start-up is part of every pre-commit run
// (the multi-target module alone pulls fast-glob, yaml and every target reader).
const lazy = {
  targets: () => import('./commands/targets.js'),
  why: () => import('./commands/why.js'),
  suggest: () => import('./commands/suggest.js'),
};

async function audit(cmd: AuditCommand, io: CliIO, input?: InputContext): Promise<number> {
  // A whole HTML page is no use on a terminal (like a tar): it goes to a file or a pipe.
  if (io.stdout.isTTY && cmd.outputs.some((o) => o.format === 'html' && isStdout(o.file))) {
    throw new UsageError('--format html: refusing to write a web page to a terminal; use --output FILE or a pipe');
  }
  if (cmd.sources) return (await lazy.targets()).auditTargets(cmd, io);
  const { result, failOn } = await withProgress(io, (progress, done) =>
    auditWithConfig({
      ...cmd,
      cwd: io.cwd,
      measureExcluded: cmd.measureExcluded || cmd.outputs.some((o) => needsExcludedTotals(o.format)),
      input,
      readDockerfileStdin: () => readDockerfile(cmd, io),
      ...progress,
      onAudited: done,
    }),
  );
  for (const out of cmd.outputs) {
    const opts = formatOptionsFor(io, cmd, isStdout(out.file), failOn);
    await writeReport(io, out.file, await renderReport(out.format, result, opts));
  }
  const code = exitCodeFor(result.findings, failOn);
  // --max-growth is a gate of its own: it fails the run whatever --fail-on says.
  return result.baseline?.growth.exceeded ? Math.max(code, EXIT_FINDINGS) : code;
}

/** `-f -`: the Dockerfile from stdin (docker refuses stdin for both the context and the Dockerfile). */
async function readDockerfile(cmd: ContextCommand, io: CliIO): Promise<Buffer | undefined> {
  if (cmd.file !== '-') return undefined;
  if (cmd.context === '-') throw new InputError("invalid argument: can't use stdin for both build context and dockerfile");
  return readStdinDockerfile(io.stdin);
}

type ProgressCallbacks = Pick<AuditOptions, 'onProgress' | 'onSecretScan' | 'onRules'>;

/** An engine call with a progress line on a terminal (see progress.ts), cleared before anything is printed. */
async function withProgress<T>(io: CliIO, call: (progress: ProgressCallbacks, done: () => void) => T | Promise<T>): Promise<T> {
  const progress = makeProgress(io.stderr);
  let cleared = false;
  const done = () => {
    if (!cleared) progress.done();
    cleared = true;
  };
  try {
    return await call({ onProgress: progress.onProgress, onSecretScan: progress.onSecretScan, onRules: progress.onRules }, done);
  } finally {
    done();
  }
}

/**
 * `ctx-audit -` (and `ls -`, `tar -`), a URL, or an archive given as CONTEXT: audited from the
 * directory src/inputs/context-input.ts makes of it, removed afterwards. Null when CONTEXT is a directory.
 */
async function executeInput(cmd: ContextCommand, io: CliIO): Promise<number | null> {
  // A directory (nearly every run) needs none of the archive, download and clone readers.
  if (!isContextInput(cmd.context, io.cwd)) return null;
  const inputs = await import('../inputs/context-input.js');
  if (cmd.context === '-' && cmd.kind === 'audit' && cmd.sources) throw new UsageError('CONTEXT -: a stdin context cannot be combined with --compose, --bake or --all');
  const input = await inputs.resolveContextInput(cmd.context, {
    cwd: io.cwd,
    stdin: io.stdin,
    env: io.env,
    file: cmd.file,
    compress: 'compress' in cmd && cmd.compress,
    allowOutsideRepo: cmd.allowOutsideRepo,
  });
  if (!input) return null;
  try {
    if (cmd.kind === 'audit' && input.dockerfileError) throw new InputError(input.dockerfileError);
    if (cmd.kind === 'tar' && input.archive) throw new InputError(`tar: the context is an archive, which docker sends as is (${input.archive.uploadBytes.toLocaleString('en-US')} bytes): it is its own tar`);
    // An archive is unpacked whole on the daemon by either builder: the legacy view (what the docker
    // CLI sends) is the one to show. A git URL keeps the builder asked for: the legacy CLI sends its
    // clone, BuildKit builds the commit as a Git context (src/buildkit/git-context.ts).
    const inner = { ...cmd, context: input.dir, file: input.file, ...(input.archive ? { builder: 'legacy' } : {}) } as ContextCommand;
    const ctx: InputContext = {
      configDir: io.cwd,
      notice: input.notice,
      buildTimeEntries: input.buildTimeEntries,
      audit: input.audit,
      compressed: input.archive ? inputs.archiveCompressedReport(input.archive) : undefined,
      compressUnreproducible: input.git?.compressUnreproducible,
    };
    if (inner.kind === 'audit') return await audit(inner, io, ctx);
    // A clone is its own repository: ls and tar read inside it (from its top level), nothing outside.
    const root = input.audit.repository?.root;
    if (root) return await execute({ ...inner, allowOutsideRepo: cmd.allowOutsideRepo } as ContextCommand, { ...io, cwd: root }, ctx);
    return await execute({ ...inner, allowOutsideRepo: true } as ContextCommand, io, ctx);
  } finally {
    input.cleanup();
  }
}

async function execute(cmd: ContextCommand, io: CliIO, input?: InputContext): Promise<number> {
  if (!input && !(cmd.context === '-' && cmd.file === '-')) {
    const code = await executeInput(cmd, io);
    if (code !== null) return code;
  }
  if (cmd.kind === 'audit') return audit(cmd, io);
  const req = {
    context: cmd.context,
    file: cmd.file,
    dockerfileStdin: await readDockerfile(cmd, io),
    cwd: io.cwd,
    builder: cmd.builder,
    buildArgs: cmd.buildArgs,
    target: cmd.target,
    allowOutsideRepo: cmd.allowOutsideRepo,
    ...input?.audit,
  };
  if (cmd.kind === 'ls') {
    const list = await withProgress(io, (progress) => listUpload({ ...req, ...progress }));
    // BuildKit's list is of paths, not tar entries: there is nothing to show long.
    const opts = { long: cmd.long && cmd.builder !== 'buildkit', nul: cmd.nul };
    // Names are byte strings: -0 writes them raw (latin1 = one byte per char); escaped text is UTF-8.
    for (const chunk of renderLsChunks(list, opts)) await writeText(io.stdout, chunk, cmd.nul ? 'latin1' : 'utf8');
    return EXIT_OK;
  }
  const tar = await withProgress(io, (progress) => tarUpload({ ...req, compress: cmd.compress, ...progress }));
  if (tar.truncatedAt !== null) {
    await writeText(io.stderr, `ctx-audit: warning: ${safeText(tar.truncatedAt)} cannot be read, so docker sends a truncated tar; writing the same truncated stream\n`);
  }
  if (cmd.output === '-') {
    if (io.stdout.isTTY) throw new UsageError('tar: refusing to write a tar to a terminal; use -o FILE or a pipe');
    await tar.write(io.stdout);
    return EXIT_OK;
  }
  // A device or a pipe (`-o /dev/null`, a FIFO, /dev/stdout) is written into: renaming over it would
  // replace it with a regular file (as root, /dev/null itself).
  const existing = fs.statSync(cmd.output, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    await writeTarTo(tar, fs.createWriteStream(cmd.output, { flags: 'w' }));
    return EXIT_OK;
  }
  // Write beside the target and rename, so a failed run never leaves a half tar behind.
  const tmp = `${cmd.output}.ctx-audit-${process.pid}.tmp`;
  try {
    await writeTarTo(tar, fs.createWriteStream(tmp, { flags: 'wx' }));
    fs.renameSync(tmp, cmd.output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return EXIT_OK;
}

async function writeTarTo(tar: { write(out: NodeJS.WritableStream): Promise<unknown> }, out: fs.WriteStream): Promise<void> {
  // Write errors reach the writer through its write callbacks; this listener only keeps a late
  // 'error' from a stream destroyed below (after a failed entry) from crashing the process.
  out.on('error', () => {});
  try {
    await tar.write(out);
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch (e) {
    out.destroy();
    throw e;
  }
}

/** Runs one invocation; never throws for known errors, never calls process.exit. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const cmd = parseCommand(argv);
    if (cmd.kind === 'help') {
      await writeText(io.stdout, HELP);
      return EXIT_OK;
    }
    if (cmd.kind === 'version') {
      await writeText(io.stdout, VERSION + '\n');
      return EXIT_OK;
    }
    if (cmd.kind === 'rules') {
      await writeText(io.stdout, renderRuleList(cmd.format));
      return EXIT_OK;
    }
    if (cmd.kind === 'explain') {
      const rule = findRule(cmd.rule);
      if (!rule) throw new UsageError(`explain: unknown rule "${cmd.rule}" (see ctx-audit rules)`);
      await writeText(io.stdout, renderExplain(rule, shippedRulesDoc()));
      return EXIT_OK;
    }
    if (cmd.kind === 'why') return await (await lazy.why()).runWhy(cmd.argv, io);
    if (cmd.kind === 'suggest') return await (await lazy.suggest()).runSuggest(cmd.argv, io);
    debug = cmd.debug;
    return await execute(cmd, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof TarContentError) {
      const hint = e instanceof UsageError ? " (see 'ctx-audit --help')" : '';
      await writeText(io.stderr, `ctx-audit: ${safeText(e.message)}${hint}\n`);
      return EXIT_CANNOT_RUN;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.syscall === 'write' && typeof err.path !== 'string') {
      // The report itself could not be written (a full disk, an I/O error on the output).
      await writeText(io.stderr, `ctx-audit: cannot write the output: ${safeText(err.message)}\n`).catch(() => {});
      return EXIT_CANNOT_RUN;
    }
    if (err && typeof err.code === 'string' && typeof err.path === 'string') {
      // A filesystem failure we did not anticipate: still one line that names the path.
      await writeText(io.stderr, `ctx-audit: ${safeText(err.path)}: ${err.code}\n`);
      if (debug) await writeText(io.stderr, String(err.stack) + '\n');
      return EXIT_CANNOT_RUN;
    }
    await writeText(io.stderr, `ctx-audit: internal error: ${safeText(String(err?.message ?? e))}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) await writeText(io.stderr, String(err?.stack) + '\n');
    return EXIT_CANNOT_RUN;
  }
}

/**
 * docs/rules.md as the package ships it, next to this code: `<package>/docs/rules.md` above
 * dist/ctx-audit.mjs (the bundle) or src/cli/run.ts (the sources). Null when it is not there.
 */
function shippedRulesDoc(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++, dir = path.dirname(dir)) {
    const f = path.join(dir, 'docs', 'rules.md');
    if (fs.existsSync(f)) return f;
  }
  return null;
}
