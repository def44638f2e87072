import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX304 reports an exception that a pruned directory makes dead (R27)', () => {
  const f = findingsOf('CTX304', { files: ['docs/keep.md', 'docs/sub/keep.md', 'docs/other.txt', 'keep.md'], dockerignore: 'docs\n!**/keep.md\n' });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.lost, x.data.prunedDir]),
    [[2, '!**/keep.md', 2, 'docs']],
  );
});

test('CTX304 is silent when the exception names the directory, so Docker enters it', () => {
  assert.deepEqual(findingsOf('CTX304', { files: ['docs/keep.md', 'docs/x'], dockerignore: 'docs\n!docs/keep.md\n' }), []);
});
