// CTX101 missing-copy-source: a main-context source that matches nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX101 fires for a source that matches nothing, with its Dockerfile position', () => {
  const r = check({ files: ['app.js'] }, lines('FROM node', 'COPY app.js /app/', 'COPY  package.json /app/'));
  const f = only(r, 'CTX101');
  assert.equal(f.length, 1);
  assert.deepEqual([f[0].severity, f[0].name, f[0].file, f[0].line, f[0].column, f[0].path], ['error', 'missing-copy-source', 'Dockerfile', 3, 7, 'package.json']);
  assert.equal(f[0].data.source, 'package.json');
  assert.equal(f[0].data.instruction, 'COPY');
});

test('CTX101 covers wildcards that match nothing, ADD and bind mounts; not --from, URLs or unused stages', () => {
  const r = check(
    { files: ['src/a.go'] },
    lines(
      'FROM golang AS build',
      'COPY *.go /src/', // 2: src/a.go is one level down
      'ADD nothere.tgz /x', // 3
      'RUN --mount=type=bind,source=vendor,target=/v go build', // 4
      'COPY --from=other /nothere /y',
      'ADD https://example.com/x /x',
      'FROM alpine AS unused',
      'COPY ghost /g',
      'FROM build',
    ),
  );
  assert.deepEqual(only(r, 'CTX101').map((f) => [f.line, f.data.instruction, f.data.source]), [
    [2, 'COPY', '*.go'],
    [3, 'ADD', 'nothere.tgz'],
    [4, 'RUN --mount', 'vendor'],
  ]);
  const t = check({ files: ['src/a.go'] }, lines('FROM alpine AS a', 'COPY ghost /', 'FROM alpine AS b', 'COPY src /'), { target: 'b' });
  assert.deepEqual(only(t, 'CTX101'), []);
});

test('CTX101 does not fire when every source exists', () => {
  const r = check({ files: ['a', 'dir/b'] }, lines('FROM alpine', 'COPY a dir /x/', 'COPY dir/* /y/'));
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX101 suggests the nearest existing path: a misspelt name, a misspelt directory; nothing for wildcards or far-off names', () => {
  const r = check(
    { files: ['config/prod.json', 'config/staging.json', 'src/index.ts', 'package.json'] },
    lines('FROM node', 'COPY config/production.json /etc/', 'COPY sorc/index.ts /app/', 'COPY packge.json /app/', 'COPY *.yaml /app/', 'COPY totally-unrelated-name /x'),
  );
  assert.deepEqual(only(r, 'CTX101').map((f) => [f.line, f.data.suggestion ?? null]), [
    [2, 'config/prod.json'],
    [3, 'src/index.ts'],
    [4, 'package.json'],
    [5, null],
    [6, null],
  ]);
  assert.match(only(r, 'CTX101')[0].message, /; did you mean config\/prod\.json\?$/);
});
