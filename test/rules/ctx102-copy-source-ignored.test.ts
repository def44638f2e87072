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
