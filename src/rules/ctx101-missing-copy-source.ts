import { crossCheckRule } from './from-cross-check.js';
import { literalComponents } from './paths.js';
import type { RuleContext } from './rule.js';

/**
 * Whether git ignores a missing source (the literal part before any wildcard, or a directory above
 * it): no checkout can hold such a path, so a Dockerfile that needs it relies on a step before the
 * build to make it (`mvn package` for `COPY target/app.jar`, a generated `version_frozen.py`).
 */
function gitIgnoresSource(ctx: RuleContext, path: string): boolean {
  const ignored = ctx.isGitIgnored;
  if (ignored === null) return false;
  const literal = literalComponents(path);
  const whole = literal.length === path.split('/').filter((c) => c !== '' && c !== '.').length; // no wildcard
  for (let i = 1; i <= literal.length; i++) {
    const p = literal.slice(0, i).join('/');
    // Unknown whether the missing path would be a file or a directory: either answer counts.
    if (ignored(p, true) || (i === literal.length && whole && ignored(p, false))) return true;
  }
  return false;
}

export const missingCopySource = crossCheckRule(
  'CTX101',
  {
    summary: 'A COPY/ADD/bind-mount source from the main context matches nothing on disk: the build will fail.',
    why: 'The builder fails with "failed to compute cache key: ... not found" only after pulling base images and running earlier steps. Catching it before the build saves the whole round trip. A missing source that git ignores (`target/app.jar`, `dist/`, a generated file) is a warning, not an error: no checkout can hold it, so the build relies on a step before `docker build` to make it, and ctx-audit run before that step cannot tell whether it will. The same holds, with `--all`, for a build in a GitHub workflow job where an earlier step puts files into the context (`actions/download-artifact`, `actions/cache`, a second `actions/checkout` with a `path`): the finding names that step.',
    fix: 'Correct the path (sources are relative to the context root, not to the Dockerfile), create the file, or remove the instruction. For a build output, run ctx-audit after the step that makes it (or make it inside the Dockerfile, in a build stage).',
    bad: '# context: src/, package.json\nCOPY package-lock.json ./',
    good: '# context: src/, package.json, package-lock.json\nCOPY package-lock.json ./',
  },
  (raw, ctx) => {
    // Only the main context is judged (a named context may be anywhere).
    if (raw.path === undefined || typeof raw.data.namedContext === 'string') return raw;
    if (gitIgnoresSource(ctx, raw.path)) return { ...raw, data: { ...raw.data, gitignored: true }, maxSeverity: 'warning' };
    // `--all`: a workflow step before this build writes files into the context (download-artifact).
    if (ctx.contextPreparedBy) return { ...raw, data: { ...raw.data, preparedBy: ctx.contextPreparedBy }, maxSeverity: 'warning' };
    return raw;
  },
);
