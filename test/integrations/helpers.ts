// Shared by the integration tests (pre-commit hook, GitHub Action, npm pack): a copy of the
// working tree as a fresh clone would have it, and npm that must not touch the network.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const created: string[] = [];

export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ctx-audit-${label}-`));
  created.push(dir);
  return dir;
}

/** For `after()`: the installs these tests make weigh ~200 MB each (node_modules with dev dependencies). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

/**
 * Copies what a clone of the working tree would hold (tracked and untracked-but-not-ignored files,
 * as they are on disk): no node_modules, no dist. Uncommitted edits are included, so the tests
 * exercise the code under test rather than HEAD.
 */
export function exportWorkingTree(dest: string): void {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'buffer' });
  if (r.status !== 0) throw new Error(`git ls-files failed in ${ROOT}: ${r.stderr.toString()}`);
  for (const rel of r.stdout.toString('utf8').split('\0').filter(Boolean)) {
    const from = path.join(ROOT, rel);
    if (!fs.existsSync(from)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.cpSync(from, path.join(dest, rel), { verbatimSymlinks: true });
  }
}

/** Commits everything in `dir` as a new repository and returns the commit id. */
export function commitAll(dir: string): string {
  const git = (...args: string[]) => run('git', ['-c', 'user.name=ctx-audit test', '-c', 'user.email=test@invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  for (const step of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '--no-verify', '-m', 'snapshot']]) {
    const r = git(...step);
    if (r.status !== 0) throw new Error(`git ${step.join(' ')} failed: ${r.stderr}`);
  }
  return git('rev-parse', 'HEAD').stdout.trim();
}

/**
 * npm from the local cache only (`npm ci` of this repository filled it): a package missing from
 * the cache is an ENOTCACHED failure, never a download.
 */
export function offlineNpmEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k] as string;
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    ...extra,
  };
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string>; timeout?: number; input?: string }): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? offlineNpmEnv(), encoding: 'utf8', timeout: opts.timeout ?? 300_000, input: opts.input });
}

/** Fails (never skips) when a tool the test needs is missing, naming the package that provides it. */
export function requireTool(cmd: string, versionArgs: string[], hint: string): string {
  const r = spawnSync(cmd, versionArgs, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${cmd} is required for this test and was not found (${hint})`);
  return (r.stdout || r.stderr).trim();
}

export function describe(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status} signal ${r.signal}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
