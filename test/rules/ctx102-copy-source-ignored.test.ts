// CTX102 copy-source-ignored: the source exists but the ignore file keeps it out; the message names the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX102 names the ignore-file line that excluded the source', () => {
  const r = check(
    { files: ['config/app.yml', 'secrets.env', 'keep.txt'], dockerignore: '# comment\n\nconfig\n*.env\n' },
    lines('FROM alpine', 'COPY config/app.yml /etc/', 'COPY secrets.env keep.txt /'),
  );
  const f = only(r, 'CTX102');
  assert.deepEqual(f.map((x) => [x.line, x.column, x.path, x.data.ignoreLine, x.data.ignorePattern]), [
    [2, 6, 'config/app.yml', 3, 'config'],
    [3, 6, 'secrets.env', 4, '*.env'],
  ]);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].message, 'COPY source "config/app.yml" exists but .dockerignore line 3 (config) excludes it: the build will fail');
  assert.deepEqual(only(r, 'CTX101'), []);
});

// nx-ng-starter: `apps` then `!apps/**/package.json`. The legacy walk prunes apps/ before the
// exception can apply, so `COPY apps/web/package.json` fails; the finding said "line null (null)".
test('CTX102 names the line that excluded a directory above the source when an exception the legacy walk never reaches lets the source itself in', () => {
  const r = check({ files: ['apps/web/package.json'], dockerignore: 'apps\n!apps/**/package.json\n' }, lines('FROM alpine', 'COPY apps/web/package.json /app/'), { builder: 'legacy' });
  const f = only(r, 'CTX102');
  assert.deepEqual(f.map((x) => [x.path, x.data.ignoreLine, x.data.ignorePattern]), [['apps/web/package.json', 1, 'apps']]);
  assert.equal(f[0].message, 'COPY source "apps/web/package.json" exists but .dockerignore line 1 (apps) excludes it: the build will fail');
  // The nearest pruned directory's line (the review of ab6aa15: line 3, as `why` and CTX304 say).
  const deep = check({ files: ['apps/web/src/package.json'], dockerignore: 'apps\n!apps/web\napps/web/src\n!apps/**/package.json\n' }, lines('FROM alpine', 'COPY apps/web/src/package.json /app/'), { builder: 'legacy' });
  assert.deepEqual(only(deep, 'CTX102').map((x) => [x.data.ignoreLine, x.data.ignorePattern]), [[3, 'apps/web/src']]);
});

test('CTX102 does not fire for sources an exception re-includes, or when nothing is ignored', () => {
  const r = check({ files: ['docs/keep.md', 'docs/x.md'], dockerignore: 'docs\n!docs/keep.md\n' }, lines('FROM alpine', 'COPY docs/keep.md /'));
  assert.deepEqual(only(r, 'CTX102'), []);
  const n = check({ files: ['a'] }, lines('FROM alpine', 'COPY a /'));
  assert.deepEqual(only(n, 'CTX102'), []);
});

// node-red-docker: .docker/healthcheck.js -> ../docker-custom/healthcheck.js, copied by name; with
// docker-custom excluded the link is sent and its target is not, and both builders fail (a real
// daemon, legacy and BuildKit: the oracle files). Through a symlinked directory (`COPY ln/f` with
// ln -> real) both build; a dangling link fails (CTX101).
test('CTX101/CTX102 follow symlinks in a source: the target decides (excluded, missing, or there)', () => {
  const r = check(
    { files: ['docker-custom/healthcheck.js', 'real/f', 'other.txt'], symlinks: { '.docker/healthcheck.js': '../docker-custom/healthcheck.js', ln: 'real', dangling: 'nowhere/x', abs: '/real/f' }, dockerignore: 'docker-custom\n' },
    lines('FROM alpine', 'COPY .docker/healthcheck.js /', 'COPY ln/f /f', 'COPY dangling /d', 'COPY abs /a'),
  );
  assert.deepEqual(only(r, 'CTX102').map((x) => [x.line, x.data.linkTarget, x.message]), [
    [2, 'docker-custom/healthcheck.js', 'COPY source ".docker/healthcheck.js" is a symlink to docker-custom/healthcheck.js, which .dockerignore line 1 (docker-custom) excludes: the builder follows the link and does not find it, so the build will fail'],
  ]);
  assert.deepEqual(only(r, 'CTX101').map((x) => [x.line, x.data.linkTarget, x.severity]), [[4, 'nowhere/x', 'error']]);
  assert.match(only(r, 'CTX101')[0].message, /^COPY source "dangling" is a symlink to nowhere\/x, which is not in the build context/);
  // The followed link counts as used (BuildKit requests it): no CTX004 for ln.
  assert.ok(!only(r, 'CTX004').some((x) => x.path === 'ln' || x.path === 'real'), JSON.stringify(only(r, 'CTX004').map((x) => x.path)));
});

// navikt/fp-frontend: .dockerignore `*`, then `!./server/dist` and `!./server/node_modules`, both
// git-ignored outputs CI's `yarn build` makes before the build; `COPY server /app` was a CTX102 error
// in the checkout, where neither exists yet. With them there, it is sent and no finding is left.
test('CTX102: a source whose content the ignore file lets in only as paths git ignores and the checkout lacks is a warning (a step makes them); made, no finding', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { git } = await import('../helpers/committed.js');
  const { runAudit } = await import('../../src/audit.js');
  const root = mkdtempSync(join(tmpdir(), 'ctx102-'));
  try {
    for (const [p, c] of Object.entries({ Dockerfile: 'FROM node\nCOPY server /app\n', '.dockerignore': '*\n!Dockerfile\n!./server/dist\n!./server/node_modules\n', '.gitignore': 'dist\n/server/node_modules\n', 'server/package.json': '{}\n', 'server/src/a.ts': 'x\n', 'other/x.txt': 'x\n' })) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), c);
    }
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    const f = runAudit({ context: root, cwd: root, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102');
    assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.letInMissing]), [['server', 'warning', ['server/dist', 'server/node_modules']]]);
    assert.match(f[0].message, /lets in server\/dist, server\/node_modules, which git ignores and the checkout lacks \(build output\?\): the build fails unless a step before it makes them$/);
    // An exception for a path the checkout has (not generated) leaves the error: `!other` does not help `COPY server`.
    writeFileSync(join(root, '.dockerignore'), '*\n!Dockerfile\n!other\n');
    const e = runAudit({ context: root, cwd: root, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102');
    assert.deepEqual(e.map((x) => [x.path, x.severity]), [['server', 'error']]);
    // Made: sent, nothing to say.
    writeFileSync(join(root, '.dockerignore'), '*\n!Dockerfile\n!./server/dist\n');
    mkdirSync(join(root, 'server/dist'), { recursive: true });
    writeFileSync(join(root, 'server/dist/server.js'), 'x\n');
    assert.deepEqual(runAudit({ context: root, cwd: root, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102'), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// The legacy client sends an excluded Dockerfile and .dockerignore anyway (R22), but the daemon
// deletes them before the build (moby's remotecontext removeDockerfile; a real daemon fails `COPY
// Dockerfile /x`: test/buildkit-oracle/legacy-builder.test.ts). Under --builder legacy the COPY passed.
test('CTX102 under the legacy builder: a COPY of the Dockerfile or .dockerignore the ignore file excludes fails, as under BuildKit; the lines decide something; `COPY .` copies neither', async () => {
  const { mkdtempSync, writeFileSync, rmSync, mkdirSync, symlinkSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { runAudit } = await import('../../src/audit.js');
  const root = mkdtempSync(join(tmpdir(), 'ctx102-'));
  try {
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine\nCOPY Dockerfile /x\nCOPY .dockerignore /y\nCOPY app.txt /z\n');
    writeFileSync(join(root, '.dockerignore'), 'Dockerfile\n.dockerignore\n');
    writeFileSync(join(root, 'app.txt'), 'x\n');
    for (const builder of ['legacy', 'buildkit'] as const) {
      const r = runAudit({ context: root, cwd: root, builder });
      const f = r.findings.filter((x) => x.ruleId === 'CTX102');
      assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.ignoreLine]), [['.dockerignore', 'error', 2], ['Dockerfile', 'error', 1]], builder);
      assert.deepEqual(r.findings.filter((x) => x.ruleId === 'CTX302'), [], `${builder}: the lines keep the build files out of the build`);
    }
    // Still sent by the legacy client: the upload holds them (R22).
    const legacy = runAudit({ context: root, cwd: root, builder: 'legacy' });
    assert.deepEqual(legacy.legacy.walk.entries.map((e) => e.path).sort(), ['.dockerignore', 'Dockerfile', 'app.txt']);
    // A ignore file of `*`: `COPY .` copies nothing under either builder (the legacy one counted 2 files).
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine\nCOPY . /app\n');
    writeFileSync(join(root, '.dockerignore'), '*\n');
    for (const builder of ['legacy', 'buildkit'] as const) {
      const c5 = runAudit({ context: root, cwd: root, builder }).findings.filter((x) => x.ruleId === 'CTX005');
      assert.deepEqual(c5.map((x) => x.data.files), [0], builder);
    }
    // The review of 82fc5318: a .dockerignore that is a link (to a file outside the context, which the
    // daemon cannot open): it deletes nothing; the COPY builds.
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine\nCOPY Dockerfile /x\n');
    rmSync(join(root, '.dockerignore'));
    const shared = mkdtempSync(join(tmpdir(), 'ctx102-shared-'));
    writeFileSync(join(shared, 'shared.dockerignore'), 'Dockerfile\n');
    symlinkSync(join(shared, 'shared.dockerignore'), join(root, '.dockerignore'));
    assert.deepEqual(runAudit({ context: root, cwd: root, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102'), []);
    rmSync(join(root, '.dockerignore'));
    rmSync(shared, { recursive: true, force: true });
    // A Dockerfile sent without its excluded directory (`docker/` and -f docker/Dockerfile): deleting it
    // leaves the directory the unpacking made, empty, and `COPY docker /d` builds.
    mkdirSync(join(root, 'docker'));
    writeFileSync(join(root, 'docker/Dockerfile'), 'FROM alpine\nCOPY docker /d\n');
    writeFileSync(join(root, '.dockerignore'), 'docker/\n');
    assert.deepEqual(runAudit({ context: root, cwd: root, file: join(root, 'docker/Dockerfile'), builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102'), []);
    rmSync(join(root, 'docker'), { recursive: true, force: true });
    // Not excluded: the COPY builds (the oracle's last case).
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine\nCOPY Dockerfile /x\n');
    writeFileSync(join(root, '.dockerignore'), 'app.txt\n');
    assert.deepEqual(runAudit({ context: root, cwd: root, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX102' || x.ruleId === 'CTX101'), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
