import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX003 reports each outermost heavy directory once, with files and bytes', () => {
  const f = findingsOf('CTX003', {
    files: ['.git/HEAD', 'node_modules/a/index.js', 'node_modules/a/node_modules/b/index.js', 'src/__pycache__/m.pyc', 'src/app.py'],
    dockerignore: '',
  });
  assert.deepEqual(
    f.map((x) => [x.path, x.data.kind, x.data.files]),
    [
      ['.git', 'vcs', 1],
      ['node_modules', 'dependencies', 2],
      ['src/__pycache__', 'cache', 1],
    ],
  );
});

test('CTX003 is silent when the directories are excluded, and for a plain file named like one', () => {
  assert.deepEqual(findingsOf('CTX003', { files: ['.git/HEAD', 'node_modules/x.js', 'target'], dockerignore: '.git\n**/node_modules\n' }), []);
});
