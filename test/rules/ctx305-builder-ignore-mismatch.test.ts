// CTX305 builder-ignore-mismatch: <Dockerfile>.dockerignore is read by BuildKit only (facts B3, R7).
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

test('CTX305 fires when Dockerfile.dockerignore exists', () => {
  const r = check({ files: ['a', 'Dockerfile.dockerignore'], dockerignore: 'a\n' }, lines('FROM alpine', 'COPY Dockerfile.dockerignore /'));
  const f = only(r, 'CTX305');
  assert.deepEqual(f.map((x) => [x.severity, x.path, x.data.replaces]), [['warning', 'Dockerfile.dockerignore', '.dockerignore']]);
});

test('CTX305 does not fire without a Dockerfile-specific ignore file', () => {
  const r = check({ files: ['a'], dockerignore: 'a\n' }, lines('FROM alpine'));
  assert.deepEqual(only(r, 'CTX305'), []);
});
