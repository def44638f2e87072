import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX002 fires when the upload exceeds the budget, an error by default', () => {
  const f = findingsOf('CTX002', { files: [], contents: { 'a.bin': 50_000 }, dockerignore: '' }, { settings: { maxContextSize: 10_000 } });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].data.limit, 10_000);
  assert.ok((f[0].data.tarBytes as number) > 50_000);
});

test('CTX002 is silent without a budget or under it', () => {
  assert.deepEqual(findingsOf('CTX002', { files: [], contents: { 'a.bin': 50_000 }, dockerignore: '' }), []);
  assert.deepEqual(findingsOf('CTX002', { files: ['a'], dockerignore: '' }, { settings: { maxContextSize: 1_000_000 } }), []);
});
