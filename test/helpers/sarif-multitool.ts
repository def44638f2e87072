// Microsoft's SARIF Multitool (the official validator), called through its platform binary: the
// npx wrapper mangles the `;` in `--rule-kind "Sarif;Gh"` (GitHub code scanning's ingestion rules).
// Never skipped: a missing or broken validator fails the calling test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function multitoolBinary(): string {
  const pkg = `@microsoft/sarif-multitool-${process.platform}`;
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(`${pkg} is not installed (devDependency @microsoft/sarif-multitool; run npm ci)`);
  }
  const bin = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  assert.ok(existsSync(bin), `${bin} is missing`);
  return bin;
}

/**
 * Validates `sarifFile` with rule kinds Sarif;Gh and returns the error-level results as
 * `ruleId: message` lines (the validator exits 0 even when it finds errors, so its log is read).
 */
export function sarifValidationErrors(sarifFile: string, logFile: string): { errors: string[]; output: string } {
  const bin = multitoolBinary();
  // DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: the .NET binary needs ICU otherwise; machines without libicu abort at start.
  const v = spawnSync(bin, ['validate', '--rule-kind', 'Sarif;Gh', '--output', logFile, sarifFile], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    timeout: 180_000,
  });
  assert.equal(v.error, undefined, `cannot run ${bin}: ${v.error}`);
  assert.ok(existsSync(logFile), `the Multitool wrote no validation log (exit ${v.status}):\n${v.stdout}\n${v.stderr}`);
  assert.equal(v.status, 0, v.stdout + v.stderr);
  const log = JSON.parse(readFileSync(logFile, 'utf8'));
  const errors = (log.runs[0].results ?? [])
    .filter((x: { level?: string }) => (x.level ?? 'warning') === 'error')
    .map((e: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${e.ruleId}: ${e.message.text ?? JSON.stringify(e.message.arguments)}`);
  return { errors, output: v.stdout };
}
