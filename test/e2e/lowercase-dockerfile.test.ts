// buildx's handleLowercaseDockerfile: `-f Dockerfile` (or `-f sub/Dockerfile`, Compose's `dockerfile:
// Dockerfile`) in a directory holding only a lowercase `dockerfile` builds that file; the legacy CLI
// refuses it (both checked against buildx 0.13 / docker 26 here). oldschoolbot's docker-compose.yml names
// `Dockerfile` beside its `dockerfile`: every ctx-audit mode exited 2, and a workflow's build was skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../reporters/cli-io.js';
import { writeTree } from '../targets/helpers.js';

test('-f Dockerfile beside only a lowercase dockerfile: BuildKit reads it, the legacy CLI refuses (buildx handleLowercaseDockerfile)', async () => {
  const tree = writeTree({
    dockerfile: 'FROM alpine\nCOPY missing.txt /m\n',
    'a.txt': 'hi\n',
    'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: Dockerfile\n',
    'sub/dockerfile': 'FROM alpine\nCOPY . /app\n',
    '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t x/y:1 -f sub/Dockerfile sub && docker push x/y:1\n',
  });
  try {
    const json = await runCli(['.', '-f', 'Dockerfile', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.root);
    assert.equal(json.code, 0, json.stderr);
    const r = JSON.parse(json.stdout);
    assert.equal(r.context.dockerfile, 'dockerfile');
    assert.match(r.context.legacyRefusedBy, /^unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat .*\/Dockerfile: no such file or directory$/);
    assert.ok(r.findings.some((f: { ruleId: string; severity: string }) => f.ruleId === 'CTX101' && f.severity === 'error'));
    const legacy = await runCli(['.', '-f', 'Dockerfile', '--builder', 'legacy', '--no-config'], tree.root);
    assert.equal(legacy.code, 2);
    assert.match(legacy.stderr, /unable to evaluate symlinks in Dockerfile path/);
    const compose = await runCli(['--compose', 'compose.yaml', '--fail-on', 'never', '--no-config'], tree.root);
    assert.equal(compose.code, 0, compose.stderr);
    const sg = await runCli(['suggest', '.', '-f', 'Dockerfile'], tree.root);
    assert.equal(sg.code, 0, sg.stderr);
    // The workflow's build of sub/Dockerfile is audited (sub/dockerfile), not listed as not in the checkout.
    const all = JSON.parse((await runCli(['--all', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.root)).stdout);
    const wf = all.targets.find((t: { name: string }) => t.name.startsWith('.github/workflows/b.yml'));
    assert.ok(wf && wf.skipped == null, JSON.stringify(all.targets.map((t: { name: string; skipped?: string }) => [t.name, t.skipped])));
  } finally {
    tree.cleanup();
  }
});
