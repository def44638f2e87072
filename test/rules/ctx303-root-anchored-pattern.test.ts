import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX303 counts deeper matches a gitignore-style pattern misses and suggests **/', () => {
  const f = findingsOf('CTX303', {
    files: ['node_modules/root.js', 'api/node_modules/a.js', 'api/node_modules/b.js', 'web/node_modules/c.js', 'logs/x.log', 'src/app.js'],
    dockerignore: 'node_modules\n*.log\n',
  });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.matches, x.data.files, x.data.suggestion]),
    [
      [1, 'node_modules', 2, 3, '**/node_modules'],
      [2, '*.log', 1, 1, '**/*.log'],
    ],
  );
});

test('CTX303 is silent for **/ patterns, paths with a slash, and when nothing deeper matches', () => {
  assert.deepEqual(findingsOf('CTX303', { files: ['a/node_modules/x', 'a/b.log', 'c.tmp'], dockerignore: '**/node_modules\na/*.log\n*.tmp\n' }), []);
});
