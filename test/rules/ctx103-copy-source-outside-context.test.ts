// CTX103 copy-source-outside-context: ../x escapes the context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { crossCheck, type CrossCheckResult } from '../../src/dockerfile/cross-check.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

/** Builds the tree, runs the legacy walk, and cross-checks `dockerfile` against it. */
function check(shape: TreeShape, dockerfile: string, extra: { buildArgs?: Record<string, string>; target?: string } = {}): CrossCheckResult {
  const t = buildTree({ ...shape, files: [...shape.files, 'Dockerfile'] });
  try {
    const legacy = analyzeLegacyContext({ context: t.ctx, cwd: t.ctx });
    return crossCheck({
      dockerfileText: Buffer.from(dockerfile),
      dockerfileName: 'Dockerfile',
      entries: legacy.walk.entries,
      excluded: legacy.walk.excluded,
      matcher: legacy.validationMatcher,
      ignoreRules: legacy.ignore.rules,
      root: t.ctx,
      buildArgs: extra.buildArgs ?? {},
      target: extra.target,
      ignoreFileExists: legacy.ignore.path !== null,
      dockerfileSpecificIgnore: shape.files.includes('Dockerfile.dockerignore') ? 'Dockerfile.dockerignore' : null,
    });
  } finally {
    t.cleanup();
  }
}
const only = (r: CrossCheckResult, id: string) => r.findings.filter((f) => f.ruleId === id);
const lines = (...l: string[]) => l.join('\n') + '\n';

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
