// The hook in .pre-commit-hooks.yaml, installed and run by the real pre-commit tool (Debian's
// package) from a file:// repository holding this working tree, offline: pre-commit's node
// installer runs `npm install` (whose `prepare` builds dist/), `npm pack` and `npm install -g`
// of the tarball, all from the local npm cache. Expected outcomes are hand-reasoned from the
// Dockerfiles below. Fails, never skips, when pre-commit is missing.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitAll, describe, exportWorkingTree, offlineNpmEnv, requireTool, run, tempDir, writeFiles, removeTempDirs } from './helpers.js';

after(removeTempDirs);

test('pre-commit: the ctx-audit hook passes on a clean context and fails (exit 1, CTX101) on a broken COPY', { timeout: 600_000 }, () => {
  requireTool('pre-commit', ['--version'], "Debian: apt-get install -y pre-commit; .ci/run must install it");

  const hookRepo = tempDir('hook-repo');
  exportWorkingTree(hookRepo);
  assert.ok(fs.existsSync(path.join(hookRepo, '.pre-commit-hooks.yaml')), '.pre-commit-hooks.yaml is not in the working tree');
  assert.ok(!fs.existsSync(path.join(hookRepo, 'dist')), 'the hook repository must not carry dist/: an install from git has to build it');
  const rev = commitAll(hookRepo);

  const project = tempDir('pre-commit-project');
  writeFiles(project, {
    // `language_version: system` keeps nodeenv from downloading Node: the hook runs on this Node.
    '.pre-commit-config.yaml': `repos:\n  - repo: file://${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: ctx-audit\n        language_version: system\n`,
    '.dockerignore': '.git\n.pre-commit-config.yaml\n',
    'Dockerfile': 'FROM scratch\nCOPY app.txt /app/\n',
    'app.txt': 'hello\n',
  });
  commitAll(project);
  const env = offlineNpmEnv({ PRE_COMMIT_HOME: tempDir('pre-commit-home'), PRE_COMMIT_COLOR: 'never' });
  const clean = run('pre-commit', ['run', '--all-files'], { cwd: project, env });
  assert.equal(clean.status, 0, describe(clean));
  assert.match(clean.stdout, /^ctx-audit .*Passed$/m, describe(clean));
  // The environment pre-commit built is the system-Node one (no Node download).
  const home = env.PRE_COMMIT_HOME;
  const envDirs = fs.readdirSync(home).flatMap((d) => (fs.statSync(path.join(home, d)).isDirectory() ? fs.readdirSync(path.join(home, d)) : []));
  assert.ok(envDirs.includes('node_env-system'), `no node_env-system under ${home}: ${envDirs.join(', ')}`);

  // COPY of a file that is not in the context: `docker build` would fail, so must the hook.
  fs.writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app/\nCOPY missing.txt /app/\n');
  assert.equal(run('git', ['add', 'Dockerfile'], { cwd: project }).status, 0);
  const broken = run('pre-commit', ['run', '--all-files'], { cwd: project, env });
  assert.equal(broken.status, 1, describe(broken));
  assert.match(broken.stdout, /^ctx-audit .*Failed$/m, describe(broken));
  assert.match(broken.stdout, /- exit code: 1/, describe(broken));
  assert.match(broken.stdout, /CTX101 Dockerfile:3 COPY source "missing\.txt"/, describe(broken));
});
