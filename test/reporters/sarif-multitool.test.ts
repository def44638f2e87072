// The SARIF report, validated by Microsoft's SARIF Multitool (the official validator) with the
// rule kinds GitHub code scanning applies at ingestion ("Sarif;Gh"): zero errors required. The
// platform binary is called directly: the npx wrapper mangles the `;` in the rule kinds.
// Never skipped: a missing or broken validator fails this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildTree } from '../helpers/trees.js';
import { runCli } from './cli-io.js';

function multitoolBinary(): string {
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

// Every location kind: a context path (file and directory), a Dockerfile line and column, an
// ignore-file line, a finding on the Dockerfile itself (CTX901 on a comment line), hostile names
// that must stay valid URIs, and baselineState from --baseline.
const FILES = ['Dockerfile', '.env', 'node_modules/x/index.js', 'app.js', 'd/evil\nname.pem', 'd/100%25 #?x.pem', 'd/bad\xff.key', 'd/space name[1].pem'];
const DOCKERFILE = 'FROM alpine\nCOPY missing.txt /x/\n# ctx-audit ignore=CTX999\nCOPY . /app/\n';

test('sarif: the SARIF Multitool validates the report (rule kinds Sarif;Gh) with zero errors', async () => {
  const bin = multitoolBinary();
  const tree = buildTree({ files: FILES, fileContents: { Dockerfile: DOCKERFILE }, dockerignore: 'nothing-matches\n*.log\n', nameEncoding: 'bytes' });
  const work = mkdtempSync(join(tmpdir(), 'ctx-audit-sarif-'));
  try {
    const baseJson = await runCli([tree.ctx, '--no-config', '--format', 'json', '--fail-on', 'never'], tree.ctx);
    writeFileSync(join(work, 'base.json'), baseJson.stdout);
    writeFileSync(join(tree.ctx, 'app.js'), 'changed\n');
    const r = await runCli([tree.ctx, '--no-config', '--format', 'sarif', '--fail-on', 'never', '--baseline', join(work, 'base.json')], tree.ctx);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const results = report.runs[0].results as { ruleId: string; locations: { physicalLocation: { region?: unknown } }[] }[];
    // The report really has each kind of location this test is about.
    for (const id of ['CTX201', 'CTX003', 'CTX101', 'CTX302', 'CTX901']) assert.ok(results.some((x) => x.ruleId === id), `no ${id} result`);
    writeFileSync(join(work, 'ctx.sarif'), r.stdout);

    const out = join(work, 'validation.sarif');
    // DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: the .NET binary needs ICU otherwise; machines without libicu abort at start.
    const v = spawnSync(bin, ['validate', '--rule-kind', 'Sarif;Gh', '--output', out, join(work, 'ctx.sarif')], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 180_000,
    });
    assert.equal(v.error, undefined, `cannot run ${bin}: ${v.error}`);
    assert.ok(existsSync(out), `the Multitool wrote no validation log (exit ${v.status}):\n${v.stdout}\n${v.stderr}`);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const errors = (log.runs[0].results ?? []).filter((x: { level?: string }) => (x.level ?? 'warning') === 'error');
    assert.deepEqual(
      errors.map((e: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${e.ruleId}: ${e.message.text ?? JSON.stringify(e.message.arguments)}`),
      [],
      v.stdout,
    );
    assert.equal(v.status, 0, v.stdout + v.stderr);
  } finally {
    tree.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
});
