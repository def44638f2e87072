// CTX103 copy-source-outside-context: ../x escapes the context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX103 fires for sources that climb out of the context', () => {
  const r = check({ files: ['a'], outside: { 'shared.txt': 'x' } }, lines('FROM alpine', 'COPY ../shared.txt /', 'COPY sub/../../x /'));
  assert.deepEqual(only(r, 'CTX103').map((f) => [f.line, f.column, f.path, f.severity]), [
    [2, 6, '../shared.txt', 'error'],
    [3, 6, '../x', 'error'],
  ]);
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX103 does not fire for .. that stays inside, or for absolute-looking sources', () => {
  const r = check({ files: ['a', 'sub/b'] }, lines('FROM alpine', 'COPY sub/../a /', 'COPY /sub/b /'));
  assert.deepEqual(only(r, 'CTX103'), []);
  assert.deepEqual(only(r, 'CTX101'), []);
});
