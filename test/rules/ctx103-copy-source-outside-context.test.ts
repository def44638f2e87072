// CTX103 copy-source-outside-context: ../x escapes the context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggest } from '../../src/suggest/suggest.js';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';
import { check, lines, only } from './cross-check-harness.js';

test('CTX103 fires for sources that climb out of the context', () => {
  const r = check({ files: ['a'], outside: { 'shared.txt': 'x' } }, lines('FROM alpine', 'COPY ../shared.txt /', 'COPY sub/../../x /'));
  assert.deepEqual(only(r, 'CTX103').map((f) => [f.line, f.column, f.path, f.severity]), [
    [2, 6, '../shared.txt', 'error'],
    [3, 6, '../x', 'error'],
  ]);
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX103 does not fire for .. that stays inside, or for absolute-looking sources', () => {
  const r = check({ files: ['a', 'sub/b'] }, lines('FROM alpine', 'COPY sub/../a /', 'COPY /sub/b /'));
  assert.deepEqual(only(r, 'CTX103'), []);
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX103 under BuildKit: a source that escapes but whose root-joined path is sent is a warning naming what BuildKit copies (docs.rs: dockerfiles/Dockerfile-gui-tests copies ../package.json); legacy, or nothing there: error', () => {
  const dockerfile = lines('FROM node', 'COPY ../package.json /app/', 'COPY ../../shared/x.yml /etc/', 'COPY ../*.lock /app/', 'COPY ../*.gone /app/');
  const tree = buildTree({ files: ['package.json', 'yarn.lock', 'dockerfiles/Dockerfile'], fileContents: { 'dockerfiles/Dockerfile': dockerfile }, dockerignore: '' });
  try {
    const run = (builder: 'legacy' | 'buildkit') =>
      runAudit({ context: tree.ctx, file: join(tree.ctx, 'dockerfiles/Dockerfile'), cwd: tree.ctx, builder })
        .findings.filter((f) => f.ruleId === 'CTX103')
        .map((f) => [f.line, f.severity])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    // Line 3: shared/x.yml is not in the context: an error. Line 4: a wildcard is joined the same way
    // (checkmate's `COPY ../../Client/package*.json ./`; oracle case "a wildcard source that climbs
    // out"): yarn.lock at the root, a warning. Line 5: a wildcard that matches nothing there: BuildKit
    // copies nothing and goes on (oracle case "a climbing wildcard that matches nothing"), a warning.
    assert.deepEqual(run('buildkit'), [
      [2, 'warning'],
      [3, 'error'],
      [4, 'warning'],
      [5, 'warning'],
    ]);
    assert.deepEqual(run('legacy'), [
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ]);
    const f = runAudit({ context: tree.ctx, file: join(tree.ctx, 'dockerfiles/Dockerfile'), cwd: tree.ctx, builder: 'buildkit' }).findings.find((x) => x.ruleId === 'CTX103' && x.line === 2);
    assert.equal(f?.message, 'COPY source "../package.json" is outside the build context: BuildKit copies "package.json" from the context root instead (the legacy builder fails); name it from the root');
    const empty = runAudit({ context: tree.ctx, file: join(tree.ctx, 'dockerfiles/Dockerfile'), cwd: tree.ctx, builder: 'buildkit' }).findings.find((x) => x.ruleId === 'CTX103' && x.line === 5);
    assert.equal(empty?.message, 'COPY source "../*.gone" is outside the build context: BuildKit joins it under the context root, where "*.gone" matches nothing, and copies nothing for it (the legacy builder fails)');
  } finally {
    tree.cleanup();
  }
});

// apache/skywalking's test/e2e-v2/cases/go/service/Dockerfile: `COPY .. /go-service`, its own directory
// the context: BuildKit joins `..` under the root, which is the root, all of it (checked against the
// real daemon by the BuildKit oracle's cases). The legacy builder fails.
test('CTX103 under BuildKit: a source that is only `..` (or `../`, `../.`) is the root itself: a warning; legacy: an error', () => {
  const tree = buildTree({ files: ['Dockerfile', 'e2e.go', 'go.mod'], fileContents: { Dockerfile: lines('FROM golang', 'COPY .. /go-service', 'COPY ../ /b', 'COPY ../. /c') }, dockerignore: null });
  try {
    const run = (builder: 'legacy' | 'buildkit') =>
      runAudit({ context: tree.ctx, cwd: tree.ctx, builder })
        .findings.filter((f) => f.ruleId === 'CTX103')
        .map((f) => [f.line, f.severity, f.data.joinedUnderRoot ?? null])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    assert.deepEqual(run('buildkit'), [
      [2, 'warning', '.'],
      [3, 'warning', '.'],
      [4, 'warning', '.'],
    ]);
    assert.deepEqual(run('legacy').map((x) => x[1]), ['error', 'error', 'error']);
  } finally {
    tree.cleanup();
  }
});

// highlight's docker/frontend.Dockerfile copies `../backend/localhostssl/server.key` from the root:
// the secret rules said "not copied into the image"; a real key copied the same way went unreported.
test('under BuildKit a climbing source counts as the joined path it copies: a key it brings in is "copied into the image", a directory it names is not unused', () => {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const dockerfile = lines('FROM alpine', 'COPY ../certs/prod.key /etc/ssl/private/', 'COPY ../web /srv/web');
  const tree = buildTree({ files: ['docker/Dockerfile', 'certs/prod.key', 'web/index.html', 'junk.txt'], fileContents: { 'docker/Dockerfile': dockerfile, 'certs/prod.key': key }, dockerignore: '' });
  try {
    const r = runAudit({ context: tree.ctx, file: join(tree.ctx, 'docker/Dockerfile'), cwd: tree.ctx, builder: 'buildkit' });
    const secret = r.findings.find((f) => f.ruleId === 'CTX201' && f.path === 'certs/prod.key');
    assert.equal(secret?.severity, 'error');
    assert.match(secret?.message ?? '', /copied into the image by docker\/Dockerfile:2/);
    const unused = r.findings.filter((f) => f.ruleId === 'CTX004').map((f) => f.path);
    assert.ok(unused.includes('junk.txt') && !unused.some((p) => /^(?:certs|web)/.test(String(p))), JSON.stringify(unused));
  } finally {
    tree.cleanup();
  }
});

// mavmi/telegram-bot: docker/<module>Dockerfile `ADD ../app/target/app-1.jar`, context the root, built by
// `docker compose build` after `mvn package`: BuildKit reads app/target/app-1.jar, which git ignores (a
// build output) and the checkout lacks before Maven runs. CTX103 was an error; CTX101 takes that case as
// a warning. And suggest (which reads the legacy view, where the source is outside) proposed excluding app/.
test('CTX103 under BuildKit: a climbing source whose joined path is missing is a warning when git ignores it (a build output), else an error; suggest keeps the joined path', () => {
  const tree = buildTree({ files: ['docker/Dockerfile', '.gitignore', 'app/pom.xml', 'app/src/Main.java'], fileContents: { 'docker/Dockerfile': 'FROM eclipse-temurin:21\nADD ../app/target/app-1.jar /app.jar\nCOPY ../conf/app.yml /etc/\n', '.gitignore': '**/target\n' }, dockerignore: '' });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: tree.ctx, file: join(tree.ctx, 'docker/Dockerfile'), cwd: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX103').sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity]), [[2, 'warning'], [3, 'error']]);
    assert.equal(f[0].message, 'ADD source "../app/target/app-1.jar" is outside the build context: BuildKit reads "app/target/app-1.jar" from the context root instead (the legacy builder fails), which is not there and git ignores (a build output?): the build fails unless a step before it makes it; name it from the root');
    assert.equal(f[1].message, 'COPY source "../conf/app.yml" is outside the build context: BuildKit reads "conf/app.yml" from the context root instead (the legacy builder fails), which is not there either: the build will fail; name it from the root');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: join(tree.ctx, 'docker/Dockerfile') });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('app')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.match(r.rejected.find((x) => x.lines.includes('app'))?.reasons[0] ?? '', /^ADD \.\.\/app\/target\/app-1\.jar \(docker\/Dockerfile:2\) climbs out of the context, and BuildKit reads app\/target\/app-1\.jar from the root instead/);
    // The review of a74a2cd: the ignore file would exclude it (`**/target`): a step that made it would not
    // get it sent, so the error stays, as CTX101's does.
    writeFileSync(join(tree.ctx, '.dockerignore'), '**/target\n');
    const g = runAudit({ context: tree.ctx, file: join(tree.ctx, 'docker/Dockerfile'), cwd: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX103' && x.line === 2);
    assert.deepEqual(g.map((x) => x.severity), ['error']);
  } finally {
    tree.cleanup();
  }
});
