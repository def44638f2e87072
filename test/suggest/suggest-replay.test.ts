// `suggest` evaluates every candidate against the audit's recorded walk (issue 18, target 3): the
// disk is listed once however many candidates there are, not once per candidate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { suggest } from '../../src/suggest/suggest.js';
import { buildTree } from '../helpers/trees.js';

test('suggest lists each directory of the context about once, whatever the number of candidates', () => {
  const files = ['Dockerfile', 'app.js'];
  // Six unused top-level directories (six CTX004 candidates), each a small subtree.
  for (const d of ['a', 'b', 'c', 'd', 'e', 'f']) for (let i = 0; i < 4; i++) files.push(`${d}/s${i}/x${i}.txt`, `${d}/s${i}/t/y.txt`);
  const tree = buildTree({ files, fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' } });
  const dirs = 1 + 6 * (1 + 4 * 2);
  const real = fs.readdirSync;
  let calls = 0;
  (fs as unknown as { default: typeof fs }).default.readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    calls++;
    return real(...args);
  }) as typeof fs.readdirSync;
  syncBuiltinESMExports();
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(r.suggestions.length, 6, JSON.stringify(r.suggestions.map((s) => s.lines)));
    // One audit lists every directory once (rules may list a few again); six candidates replay it.
    assert.ok(calls > 0 && calls <= dirs + 10, `${calls} directory listings for ${dirs} directories and ${r.suggestions.length} candidates`);
  } finally {
    (fs as unknown as { default: typeof fs }).default.readdirSync = real;
    syncBuiltinESMExports();
    tree.cleanup();
  }
});
