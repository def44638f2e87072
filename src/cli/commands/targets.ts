// `--compose`, `--bake` and `--all`: audit every target, write every requested format, and compute
// one exit code. run.ts dispatches here.
import type { Command } from '../args.js';
import { EXIT_CANNOT_RUN, exitCodeFor } from '../exit-code.js';
import { writeText, type CliIO } from '../io.js';
import { formatOptionsFor, isStdout, writeReport } from '../output.js';
import { UsageError } from '../../errors.js';
import { auditTargetsWithConfig } from '../../multi/audit-targets.js';
import { hasMultiReport, renderMultiReport } from '../../reporters/formats.js';
import { safeText } from '../../reporters/safe-text.js';

type AuditCommand = Extract<Command, { kind: 'audit' }>;

export async function auditTargets(cmd: AuditCommand, io: CliIO): Promise<number> {
  const bad = cmd.outputs.find((o) => !hasMultiReport(o.format));
  if (bad) throw new UsageError(`--format ${bad.format}: not available with --compose, --bake or --all yet`);
  const { multi, failOn } = await auditTargetsWithConfig({ ...cmd, sources: cmd.sources as NonNullable<AuditCommand['sources']>, cwd: io.cwd, env: io.env });
  for (const out of cmd.outputs) {
    await writeReport(io, out.file, [renderMultiReport(out.format, multi, formatOptionsFor(io, cmd, isStdout(out.file), failOn))]);
  }
  // A target that could not run makes the whole run "could not run", after the others are reported.
  const failed = multi.targets.filter((t) => t.error !== null);
  for (const t of failed) await writeText(io.stderr, `ctx-audit: target ${safeText(t.name)}: ${safeText(t.error as string)}\n`);
  if (failed.length > 0) return EXIT_CANNOT_RUN;
  return exitCodeFor(multi.findings, failOn);
}
