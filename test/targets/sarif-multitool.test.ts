// The combined (multi-target) SARIF report, validated by the SARIF Multitool with GitHub's rule
// kinds ("Sarif;Gh"), as test/reporters/sarif-multitool.test.ts does for a single context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runCli } from '../reporters/cli-io.js';
import { writeTree } from './helpers.js';

function multitoolBinary(): string {
  const pkg = `@microsoft/sarif-multitool-${process.platform}`;
  const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  return join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
}

test('combined SARIF of several targets (one context outside the working directory) validates with zero errors', async () => {
  const tree = writeTree({
    'repo/compose.yaml': 'services:\n  web:\n    build: ./web\n  ext:\n    build: ../outside\n',
    'repo/web/Dockerfile': 'FROM alpine\nCOPY missing.txt /\nCOPY . /app/\n',
    'repo/web/.env': 'X=1\n',
    'outside/Dockerfile': 'FROM alpine\nCOPY gone /\n',
  });
  try {
    const cwd = join(tree.root, 'repo');
    const r = await runCli(['--compose', '--no-config', '--format', 'sarif', '--fail-on', 'never'], cwd);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const targets = new Set(report.runs[0].results.map((x: { properties: { target: string } }) => x.properties.target));
    assert.deepEqual([...targets].sort(), ['ext', 'web']);
    const file = join(tree.root, 'ctx.sarif');
    writeFileSync(file, r.stdout);
    const out = join(tree.root, 'validation.sarif');
    const v = spawnSync(multitoolBinary(), ['validate', '--rule-kind', 'Sarif;Gh', '--output', out, file], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 180_000,
    });
    assert.equal(v.error, undefined, String(v.error));
    assert.ok(existsSync(out), v.stdout + v.stderr);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const errors = (log.runs[0].results ?? []).filter((x: { level?: string }) => (x.level ?? 'warning') === 'error');
    assert.deepEqual(errors.map((e: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${e.ruleId}: ${e.message.text ?? JSON.stringify(e.message.arguments)}`), []);
  } finally {
    tree.cleanup();
  }
});
