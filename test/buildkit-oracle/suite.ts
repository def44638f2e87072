// The frame the smaller oracle files share: one engine (engine.ts) per `describe`, started before its
// cases and stopped after; a machine without root or the engine fails loudly, unless
// CTX_AUDIT_BK_SKIP=1 says to skip (and says so). `auditJson` runs the built ctx-audit the way a
// user would, with no config and a HOME of its own.
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runProcess, type RunResult } from '../helpers/docker-oracle.js';
import { engineMissing, startEngine, type Engine } from './engine.js';

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'ctx-audit.js');
const SKIP = process.env.CTX_AUDIT_BK_SKIP === '1';

/** `describe(title)` with the engine running (`engine()` inside the cases); `label` names the file in messages. */
export function withEngine(label: string, title: string, body: (engine: () => Engine) => void): void {
  if (SKIP) console.log(`buildkit-oracle ${label}: SKIPPED by CTX_AUDIT_BK_SKIP=1`);
  else {
    const missing = engineMissing();
    if (missing) throw new Error(`buildkit-oracle ${label}: ${missing}`);
  }
  describe(title, { skip: SKIP }, () => {
    let engine: Engine | undefined;
    before(async () => {
      engine = await startEngine();
    });
    after(async () => {
      await engine?.stop();
    });
    body(() => {
      if (!engine) throw new Error('the engine did not start');
      return engine;
    });
  });
}

export interface AuditRun {
  run: RunResult;
  findings: { ruleId: string; severity: string; message: string; path?: string }[];
}

/** `ctx-audit . ARGS --format json --fail-on never --no-config` in `cwd` (stdin when given). */
export async function auditJson(cwd: string, args: readonly string[] = [], stdin?: Buffer): Promise<AuditRun> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1' };
  const run = await runProcess(process.execPath, [CLI, '.', ...args, '--format', 'json', '--fail-on', 'never', '--no-config'], { cwd, env, ...(stdin ? { stdin } : {}) });
  if (run.exitCode !== 0) throw new Error(`ctx-audit exited ${run.exitCode}: ${run.stderr}`);
  return { run, findings: (JSON.parse(run.stdout) as { findings: AuditRun['findings'] }).findings };
}
