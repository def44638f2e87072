// CTX004 unused-file: sent files no source references, aggregated per directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX004 reports a forgotten directory once, with its file count and bytes', () => {
  // Each file holds its own path plus a newline: node_modules/x/i.js = 20 B, node_modules/y.js = 18 B.
  const r = check(
    { files: ['package.json', 'src/index.js', 'node_modules/x/i.js', 'node_modules/y.js', 'README.md', 'src/old.js'] },
    lines('FROM node', 'COPY package.json /app/', 'COPY src/index.js /app/src/'),
  );
  const f = only(r, 'CTX004');
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data.isDirectory, x.data.files, x.data.bytes]),
    [
      ['node_modules/', 'info', true, 2, 38],
      ['README.md', 'info', false, 1, 10],
      ['src/old.js', 'info', false, 1, 11],
    ],
  );
});

test('CTX004 is not emitted when a source covers the whole context, or for the build files', () => {
  const r = check({ files: ['a', 'b/c'] }, lines('FROM alpine', 'COPY . /app'));
  assert.deepEqual(only(r, 'CTX004'), []);
  const m = check({ files: ['a'], dockerignore: 'zzz\n' }, lines('FROM alpine', 'RUN --mount=type=bind,target=/ctx ls', 'COPY a /'));
  assert.deepEqual(only(m, 'CTX004'), []);
  const b = check({ files: ['a'], dockerignore: 'zzz\n' }, lines('FROM alpine', 'COPY a /'));
  assert.deepEqual(only(b, 'CTX004'), []);
});
