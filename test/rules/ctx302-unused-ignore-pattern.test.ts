import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX302 reports lines that decide nothing, with their line numbers', () => {
  const f = findingsOf('CTX302', { files: ['a.log', 'keep.md', 'src/x'], dockerignore: '# comment\n*.log\nnode_module/\n\n!nothing-here\n' });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.exception]),
    [
      [3, 'node_module', false],
      [5, '!nothing-here', true],
    ],
  );
});

test('CTX302 counts a line that only re-includes as used', () => {
  assert.deepEqual(findingsOf('CTX302', { files: ['docs/a.md', 'docs/keep.md'], dockerignore: 'docs/*\n!docs/keep.md\n' }), []);
});

test('CTX302 leaves root-anchored lines to CTX303', () => {
  assert.deepEqual(findingsOf('CTX302', { files: ['pkg/node_modules/x.js'], dockerignore: 'node_modules\n' }), []);
});
