import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditTree, findingsOf } from './ctx0-harness.js';

test('CTX001 reports a sent file above the limit, with its size and the limit', () => {
  const f = findingsOf('CTX001', { files: ['small.txt'], contents: { 'data/big.bin': 2048 }, dockerignore: '' }, { settings: { maxFileSize: 1000 } });
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data]),
    [['data/big.bin', 'warning', { path: 'data/big.bin', bytes: 2048, limit: 1000 }]],
  );
});

test('CTX001 ignores excluded files and files at the limit', () => {
  const f = findingsOf('CTX001', { files: [], contents: { 'big.bin': 2048, 'edge.bin': 1000 }, dockerignore: 'big.bin\n' }, { settings: { maxFileSize: 1000 } });
  assert.deepEqual(f, []);
});

test('CTX001 leaves a large file inside a directory CTX003 reports to that finding (one cause, one finding), unless CTX003 is off', () => {
  const shape = { files: ['src/a.js'], contents: { 'node_modules/pkg/native.node': 2048, 'data/dump.sql': 2048 }, dockerignore: '' };
  const on = auditTree(shape, { settings: { maxFileSize: 1000 } }).findings;
  assert.ok(on.some((f) => f.ruleId === 'CTX003' && f.path === 'node_modules'), 'CTX003 reports node_modules');
  assert.deepEqual(on.filter((f) => f.ruleId === 'CTX001').map((f) => f.path), ['data/dump.sql']);
  const off = auditTree(shape, { settings: { maxFileSize: 1000 }, findings: { severity: { CTX003: 'off' } } }).findings;
  assert.deepEqual(off.filter((f) => f.ruleId === 'CTX001').map((f) => f.path).sort(), ['data/dump.sql', 'node_modules/pkg/native.node']);
});

// feast's Dockerfile.dev: `COPY .git /src/.git` (setuptools_scm and a `git diff` read it): its pack is the
// history the build asked for, not a dump a directory copy swept in; CTX001 made it an error ("copied into
// the image", fix: exclude it, which breaks the build). A .git swept in by `COPY . .` stays as it was.
test('CTX001: a file of a .git a COPY source names is info (the history the build asked for); swept in by COPY . it is not', () => {
  const pack = { '.git/objects/pack/pack-1.pack': 4096 };
  const named = findingsOf('CTX001', { files: ['pyproject.toml'], fileContents: { Dockerfile: 'FROM python:3.12\nCOPY .git /src/.git\nCOPY pyproject.toml /src/\n' }, contents: pack, dockerignore: '' }, { settings: { maxFileSize: 1000 } });
  assert.deepEqual(named.map((f) => [f.path, f.severity]), [['.git/objects/pack/pack-1.pack', 'info']]);
  const swept = findingsOf('CTX001', { files: ['pyproject.toml'], fileContents: { Dockerfile: 'FROM python:3.12\nCOPY . /src\n' }, contents: pack, dockerignore: '' }, { settings: { maxFileSize: 1000 }, findings: { severity: { CTX003: 'off' } } });
  assert.deepEqual(swept.map((f) => [f.path, f.severity]), [['.git/objects/pack/pack-1.pack', 'error']]);
  // A RUN's bind mount of .git (what CTX003's fix text recommends) while another stage's COPY . sweeps it in: the error stays.
  const bound = findingsOf('CTX001', { files: ['pyproject.toml'], fileContents: { Dockerfile: '# syntax=docker/dockerfile:1\nFROM python:3.12 AS v\nRUN --mount=type=bind,source=.git,target=/src/.git git -C /src describe > /v || true\nFROM python:3.12\nCOPY --from=v /v /v\nCOPY . /app\n' }, contents: pack, dockerignore: '' }, { settings: { maxFileSize: 1000 }, findings: { severity: { CTX003: 'off' } } });
  assert.deepEqual(bound.map((f) => [f.path, f.severity]), [['.git/objects/pack/pack-1.pack', 'error']]);
});

// noseyparker's allowlist: `*`, `!/.git`, `!/crates`, ..., then `COPY . .` and a build whose vergen stamps the
// version from git. CTX003 leaves the .git the exception names alone (deliberate); its 31 MB pack was a CTX001
// error, "copied into the image", whose fix breaks the build (sweep 54/G-F1). An exception above it does not count.
test('CTX001: a file of a .git the ignore file brings back by name is info, as CTX003 leaves it alone; one an exception above it brings is not', () => {
  const df = 'FROM rust:1.80\nWORKDIR /w\nCOPY . .\nRUN git describe --always > /version\n';
  const kept = findingsOf('CTX001', { files: ['src/main.rs'], fileContents: { Dockerfile: df }, contents: { '.git/objects/pack/pack-1.pack': 4096 }, dockerignore: '*\n!/.git\n!/src\n!Dockerfile\n' }, { settings: { maxFileSize: 1000 } });
  assert.deepEqual(kept.map((f) => [f.path, f.severity, f.message]), [['.git/objects/pack/pack-1.pack', 'info', 'sent file is 4.096 kB, above the 1 kB limit; the ignore file brings its .git back on purpose, so every build uploads it (raise --max-file-size to leave it out); copied into the image by Dockerfile:3']]);
  assert.deepEqual(findingsOf('CTX003', { files: ['src/main.rs'], fileContents: { Dockerfile: df }, contents: { '.git/objects/pack/pack-1.pack': 4096 }, dockerignore: '*\n!/.git\n!/src\n!Dockerfile\n' }), []);
  const above = findingsOf('CTX001', { files: ['vendor/lib/a.rs'], fileContents: { Dockerfile: df }, contents: { 'vendor/lib/.git/objects/pack/pack-1.pack': 4096 }, dockerignore: '*\n!vendor\n!Dockerfile\n' }, { settings: { maxFileSize: 1000 }, findings: { severity: { CTX003: 'off' } } });
  assert.deepEqual(above.map((f) => [f.path, f.severity]), [['vendor/lib/.git/objects/pack/pack-1.pack', 'error']]);
  // An exclusion inside .git (`.git/lfs`) brings nothing back: the error stays (the review of e5b4ebbd, RA-R7).
  const curated = findingsOf('CTX001', { files: ['src/main.rs'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, contents: { '.git/objects/pack/pack-1.pack': 4096 }, dockerignore: '.git/lfs\n' }, { settings: { maxFileSize: 1000 }, findings: { severity: { CTX003: 'off' } } });
  assert.deepEqual(curated.map((f) => [f.path, f.severity]), [['.git/objects/pack/pack-1.pack', 'error']]);
});
