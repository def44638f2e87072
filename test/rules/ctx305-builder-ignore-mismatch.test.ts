// CTX305 builder-ignore-mismatch: <Dockerfile>.dockerignore is read by BuildKit only (facts B3, R7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX305 fires when Dockerfile.dockerignore exists', () => {
  const r = check({ files: ['a', 'Dockerfile.dockerignore'], dockerignore: 'a\n' }, lines('FROM alpine', 'COPY Dockerfile.dockerignore /'));
  const f = only(r, 'CTX305');
  assert.deepEqual(f.map((x) => [x.severity, x.path, x.data.replaces]), [['warning', 'Dockerfile.dockerignore', '.dockerignore']]);
});

test('CTX305 does not fire without a Dockerfile-specific ignore file', () => {
  const r = check({ files: ['a'], dockerignore: 'a\n' }, lines('FROM alpine'));
  assert.deepEqual(only(r, 'CTX305'), []);
});
