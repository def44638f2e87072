// End-to-end: the built binary runs `why` and `suggest` with a minimal environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTree } from '../helpers/trees.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ctx-audit.js');
const ctxAudit = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
};

test('e2e why: JSON names the deciding line; a path outside the context exits 2 with one line', () => {
  const tree = buildTree({ files: ['Dockerfile', 'a.log', 'src/x.js'], fileContents: { Dockerfile: 'FROM alpine\nCOPY src ./src\n' }, dockerignore: '# logs\n*.log\n' });
  try {
    const ok = ctxAudit(['why', 'a.log', 'src', '--format', 'json'], tree.ctx);
    assert.equal(ok.code, 0, ok.stderr);
    const j = JSON.parse(ok.stdout) as { paths: { path: string; legacy: { sent: boolean; rule: { line: number } | null } }[] };
    assert.deepEqual(j.paths.map((p) => [p.path, p.legacy.sent, p.legacy.rule?.line ?? null]), [['a.log', false, 2], ['src', true, null]]);
    const text = ctxAudit(['why', 'a.log'], tree.ctx);
    assert.match(text.stdout, /legacy builder: not sent: \.dockerignore:2: \*\.log excludes it/);
    const bad = ctxAudit(['why', '../elsewhere'], tree.ctx);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /\.\.\/elsewhere: not inside the build context/);
  } finally {
    tree.cleanup();
  }
});

test('e2e suggest: diff on stdout, nothing written without --write, then --write applies it', () => {
  const tree = buildTree({ files: ['Dockerfile', 'app.js', 'id_rsa'], fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' }, dockerignore: '# keep me\n' });
  try {
    const file = path.join(tree.ctx, '.dockerignore');
    const dry = ctxAudit(['suggest', '.'], tree.ctx);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(dry.stdout, '--- a/.dockerignore\n+++ b/.dockerignore\n@@ -1 +1,4 @@\n # keep me\n+\n+# added by ctx-audit suggest\n+id_rsa\n');
    assert.equal(fs.readFileSync(file, 'utf8'), '# keep me\n');
    const wet = ctxAudit(['suggest', '.', '--write'], tree.ctx);
    assert.equal(wet.code, 0, wet.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), '# keep me\n\n# added by ctx-audit suggest\nid_rsa\n');
    assert.equal(ctxAudit(['suggest', '.'], tree.ctx).stdout, '');
  } finally {
    tree.cleanup();
  }
});

// DIAL-Community/product-registry: `suggest jenkins` from the repository root printed `--- a/.dockerignore`;
// `git apply` there would have edited the root's ignore file. The diff names the file from the working
// directory, so `git apply` (and patch -p1) edit the one suggest means.
test('e2e suggest: the diff names the ignore file from the working directory; git apply there edits it', () => {
  const tree = buildTree({ files: ['.dockerignore', 'jenkins/Dockerfile', 'jenkins/app.js', 'jenkins/id_rsa'], fileContents: { '.dockerignore': '# root\n', 'jenkins/Dockerfile': 'FROM alpine\nCOPY app.js /\n' }, dockerignore: null });
  try {
    fs.writeFileSync(path.join(tree.ctx, 'jenkins/.dockerignore'), '# keep me\n');
    const dry = ctxAudit(['suggest', 'jenkins'], tree.ctx);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(dry.stdout, '--- a/jenkins/.dockerignore\n+++ b/jenkins/.dockerignore\n@@ -1 +1,4 @@\n # keep me\n+\n+# added by ctx-audit suggest\n+id_rsa\n');
    fs.writeFileSync(path.join(tree.ctx, 'p.diff'), dry.stdout);
    const applied = spawnSync('git', ['apply', 'p.diff'], { cwd: tree.ctx });
    assert.equal(applied.status, 0, applied.stderr.toString());
    assert.equal(fs.readFileSync(path.join(tree.ctx, 'jenkins/.dockerignore'), 'utf8'), '# keep me\n\n# added by ctx-audit suggest\nid_rsa\n');
    assert.equal(fs.readFileSync(path.join(tree.ctx, '.dockerignore'), 'utf8'), '# root\n');
  } finally {
    tree.cleanup();
  }
});
