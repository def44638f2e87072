// The combined (multi-target) SARIF report, validated by the SARIF Multitool with GitHub's rule
// kinds ("Sarif;Gh"), as test/reporters/sarif-multitool.test.ts does for a single context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sarifValidationErrors } from '../helpers/sarif-multitool.js';
import { runCli } from '../reporters/cli-io.js';
import { writeTree } from './helpers.js';

test('combined SARIF of several targets (one context outside the working directory) validates with zero errors', async () => {
  const tree = writeTree({
    'repo/compose.yaml': 'services:\n  web:\n    build: ./web\n  ext:\n    build: ../outside\n',
    'repo/web/Dockerfile': 'FROM alpine\nCOPY missing.txt /\nCOPY . /app/\n',
    'repo/web/.env': 'X=1\n',
    'outside/Dockerfile': 'FROM alpine\nCOPY gone /\n',
  });
  try {
    const cwd = join(tree.root, 'repo');
    const r = await runCli(['--compose', '--no-config', '--format', 'sarif', '--fail-on', 'never', '--allow-outside-repo'], cwd);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const targets = new Set(report.runs[0].results.map((x: { properties: { target: string } }) => x.properties.target));
    assert.deepEqual([...targets].sort(), ['ext', 'web']);
    const file = join(tree.root, 'ctx.sarif');
    writeFileSync(file, r.stdout);
    const { errors, output } = sarifValidationErrors(file, join(tree.root, 'validation.sarif'));
    assert.deepEqual(errors, [], output);
  } finally {
    tree.cleanup();
  }
});
