import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

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
