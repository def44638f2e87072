import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX301 fires once without a .dockerignore, pointing at where it belongs', () => {
  const f = findingsOf('CTX301', { files: ['a', 'b/c'] });
  assert.equal(f.length, 1);
  assert.equal(f[0].file, '.dockerignore');
  assert.equal(f[0].data.files, 3); // a, b/c, Dockerfile
});

test('CTX301 is silent with any .dockerignore, even an empty one', () => {
  assert.deepEqual(findingsOf('CTX301', { files: ['a'], dockerignore: '' }), []);
});
