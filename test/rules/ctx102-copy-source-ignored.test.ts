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
