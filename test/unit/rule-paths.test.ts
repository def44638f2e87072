// src/rules/paths.ts firstAtOrUnder: the sorted-path lookup CTX303 and the ignore analysis share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstAtOrUnder } from '../../src/rules/paths.js';

test('firstAtOrUnder: the directory itself, else the first path under it; a sibling sharing the prefix is not under it', () => {
  const sorted = ['a-b/x', 'a/b', 'a/c/d', 'a0', 'b', 'docs/README.md'].sort();
  assert.equal(firstAtOrUnder(sorted, 'a'), 'a/b');
  assert.equal(firstAtOrUnder(sorted, 'a/c'), 'a/c/d');
  assert.equal(firstAtOrUnder(sorted, 'b'), 'b');
  assert.equal(firstAtOrUnder(sorted, 'a-'), undefined); // 'a-b/x' is not under 'a-'
  assert.equal(firstAtOrUnder(sorted, 'doc'), undefined); // nor 'docs/...' under 'doc'
  assert.equal(firstAtOrUnder(sorted, 'docs'), 'docs/README.md');
  assert.equal(firstAtOrUnder([], 'a'), undefined);
});
