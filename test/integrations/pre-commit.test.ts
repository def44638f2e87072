// The hook in .pre-commit-hooks.yaml, installed and run by the real pre-commit tool (Debian's
// package) from a file:// repository holding this working tree. It is a `script` hook: it runs the
// committed bundle (bin/ctx-audit.js over dist/ctx-audit.mjs) with the Node.js on PATH, so nothing
// is installed or built: npm is offline with an empty cache, and pre-commit creates no environment.
// Expected outcomes are hand-reasoned from the Dockerfiles below. Fails, never skips, when
// pre-commit is missing.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitAll, describe, exportWorkingTree, offlineNpmEnv, requireTool, run, tempDir, writeFiles, removeTempDirs } from './helpers.js';

after(removeTempDirs);

test('pre-commit: the ctx-audit hook passes on a clean context and fails (exit 1, CTX101) on a broken COPY', { timeout: 600_000 }, () => {
  requireTool('pre-commit', ['--version'], "Debian: apt-get install -y pre-commit; npm test installs it (scripts/test-setup.sh)");

  const hookRepo = tempDir('hook-repo');
  exportWorkingTree(hookRepo);
  assert.ok(fs.existsSync(path.join(hookRepo, '.pre-commit-hooks.yaml')), '.pre-commit-hooks.yaml is not in the working tree');
  assert.ok(fs.existsSync(path.join(hookRepo, 'dist/ctx-audit.mjs')), 'the hook repository must carry the committed bundle dist/ctx-audit.mjs');
  assert.ok(!fs.existsSync(path.join(hookRepo, 'node_modules')), 'the hook repository must start without node_modules');
  const rev = commitAll(hookRepo);

  const project = tempDir('pre-commit-project');
  writeFiles(project, {
    '.pre-commit-config.yaml': `repos:\n  - repo: file://${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: ctx-audit\n`,
    '.dockerignore': '.git\n.pre-commit-config.yaml\n',
    'Dockerfile': 'FROM scratch\nCOPY app.txt /app/\n',
    'app.txt': 'hello\n',
  });
  commitAll(project);
  const env = offlineNpmEnv({ PRE_COMMIT_HOME: tempDir('pre-commit-home'), PRE_COMMIT_COLOR: 'never', npm_config_cache: tempDir('empty-npm-cache') });
  const clean = run('pre-commit', ['run', '--all-files'], { cwd: project, env });
  assert.equal(clean.status, 0, describe(clean));
  assert.match(clean.stdout, /^ctx-audit .*Passed$/m, describe(clean));
  // pre-commit shows a hook's output only when it fails: run it verbosely to see the quiet report.
  const shown = run('pre-commit', ['run', '--all-files', '--verbose'], { cwd: project, env });
  assert.equal(shown.status, 0, describe(shown));
  // -q: the verdict and the findings, no tables (no box drawing, no "Largest files").
  assert.match(shown.stdout, /^PASS \(--fail-on error\): no findings · legacy: /m, describe(shown));
  assert.doesNotMatch(shown.stdout, /[┌│└]|Largest files|Heaviest directories/, describe(shown));
  // Nothing was installed for the hook: pre-commit's store holds the cloned repository and no
  // language environment (a `node` hook would have left a node_env-* directory with an npm install).
  const home = env.PRE_COMMIT_HOME;
  const envDirs = fs.readdirSync(home).flatMap((d) => (fs.statSync(path.join(home, d)).isDirectory() ? fs.readdirSync(path.join(home, d)) : []));
  assert.deepEqual(envDirs.filter((d) => /env/i.test(d)), [], `environments under ${home}: ${envDirs.join(', ')}`);
  // (The repository's sample contexts hold node_modules directories of their own; its root has none.)
  const installs = fs.readdirSync(home).filter((d) => fs.existsSync(path.join(home, d, 'node_modules')));
  assert.deepEqual(installs, [], 'an npm install ran for the hook');

  // COPY of a file that is not in the context: `docker build` would fail, so must the hook.
  fs.writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app/\nCOPY missing.txt /app/\n');
  assert.equal(run('git', ['add', 'Dockerfile'], { cwd: project }).status, 0);
  const broken = run('pre-commit', ['run', '--all-files'], { cwd: project, env });
  assert.equal(broken.status, 1, describe(broken));
  assert.match(broken.stdout, /^ctx-audit .*Failed$/m, describe(broken));
  assert.match(broken.stdout, /- exit code: 1/, describe(broken));
  assert.match(broken.stdout, /^Dockerfile:3: error CTX101 COPY source "missing\.txt"/m, describe(broken));
  assert.match(broken.stdout, /^FAIL \(--fail-on error\): 1 error, /m, describe(broken));
  assert.doesNotMatch(broken.stdout, /[┌│└]|Largest files/, describe(broken));
});
