// CTX102 copy-source-ignored: the source exists but the ignore file keeps it out; the message names the line.
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

test('CTX102 names the ignore-file line that excluded the source', () => {
  const r = check(
    { files: ['config/app.yml', 'secrets.env', 'keep.txt'], dockerignore: '# comment\n\nconfig\n*.env\n' },
    lines('FROM alpine', 'COPY config/app.yml /etc/', 'COPY secrets.env keep.txt /'),
  );
  const f = only(r, 'CTX102');
  assert.deepEqual(f.map((x) => [x.line, x.column, x.path, x.data.ignoreLine, x.data.ignorePattern]), [
    [2, 6, 'config/app.yml', 3, 'config'],
    [3, 6, 'secrets.env', 4, '*.env'],
  ]);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].message, 'COPY source "config/app.yml" exists but .dockerignore line 3 (config) excludes it: the build will fail');
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX102 does not fire for sources an exception re-includes, or when nothing is ignored', () => {
  const r = check({ files: ['docs/keep.md', 'docs/x.md'], dockerignore: 'docs\n!docs/keep.md\n' }, lines('FROM alpine', 'COPY docs/keep.md /'));
  assert.deepEqual(only(r, 'CTX102'), []);
  const n = check({ files: ['a'] }, lines('FROM alpine', 'COPY a /'));
  assert.deepEqual(only(n, 'CTX102'), []);
});
