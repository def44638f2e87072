// The SARIF report, validated by Microsoft's SARIF Multitool (the official validator) with the
// rule kinds GitHub code scanning applies at ingestion ("Sarif;Gh"): zero errors required. The
// platform binary is called directly: the npx wrapper mangles the `;` in the rule kinds.
// Never skipped: a missing or broken validator fails this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifValidationErrors } from '../helpers/sarif-multitool.js';
import { buildTree } from '../helpers/trees.js';
import { runCli } from './cli-io.js';

// Every location kind: a context path (file and directory), a Dockerfile line and column, an
// ignore-file line, a finding on the Dockerfile itself (CTX901 on a comment line), hostile names
// that must stay valid URIs, and baselineState from --baseline.
const FILES = ['Dockerfile', '.env', 'node_modules/x/index.js', 'app.js', 'd/evil\nname.pem', 'd/100%25 #?x.pem', 'd/bad\xff.key', 'd/space name[1].pem'];
const DOCKERFILE = 'FROM alpine\nCOPY missing.txt /x/\n# ctx-audit ignore=CTX999\nCOPY . /app/\n';

test('sarif: the SARIF Multitool validates the report (rule kinds Sarif;Gh) with zero errors', async () => {
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

    const { errors, output } = sarifValidationErrors(join(work, 'ctx.sarif'), join(work, 'validation.sarif'));
    assert.deepEqual(errors, [], output);
  } finally {
    tree.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
});
