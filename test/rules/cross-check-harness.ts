// Shared by the Dockerfile cross-check rule tests (CTX004, CTX005, CTX101-103, CTX305): build a
// tree at test time, walk it as the legacy builder does, and cross-check a Dockerfile against it.
import { existsSync } from 'node:fs';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { crossCheck, type CrossCheckResult } from '../../src/dockerfile/cross-check.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

type Extra = { buildArgs?: Record<string, string>; target?: string; builder?: 'legacy' | 'buildkit' };

/** Runs the legacy walk of an existing context and cross-checks `dockerfile` against it. */
export function crossCheckContext(ctx: string, dockerfile: string, extra: Extra = {}): CrossCheckResult {
  const legacy = analyzeLegacyContext({ context: ctx, cwd: ctx });
  return crossCheck({
    dockerfileText: Buffer.from(dockerfile),
    dockerfileName: 'Dockerfile',
    entries: legacy.walk.entries,
    excluded: legacy.walk.excluded,
    matcher: legacy.validationMatcher,
    ignoreRules: legacy.ignore.rules,
    root: ctx,
    buildArgs: extra.buildArgs ?? {},
    target: extra.target,
    builder: extra.builder,
    ignoreFileExists: legacy.ignore.path !== null,
    dockerfileSpecificIgnore: existsSync(ctx + '/Dockerfile.dockerignore') ? 'Dockerfile.dockerignore' : null,
  });
}

/** Builds the tree, runs the legacy walk, and cross-checks `dockerfile` against it. */
export function check(shape: TreeShape, dockerfile: string, extra: Extra = {}): CrossCheckResult {
  const t = buildTree({ ...shape, files: [...shape.files, 'Dockerfile'] });
  try {
    return crossCheckContext(t.ctx, dockerfile, extra);
  } finally {
    t.cleanup();
  }
}
export const only = (r: CrossCheckResult, id: string) => r.findings.filter((f) => f.ruleId === id);
export const lines = (...l: string[]) => l.join('\n') + '\n';
