import { byteStringToText, toByteString } from '../context/bytes.js';
import { crossCheckRule } from './from-cross-check.js';
import { gitIgnoresMissingPath } from './gitignore.js';
import { literalComponents } from './paths.js';
import type { RawFinding, RuleContext } from './rule.js';

/**
 * The ignore file's exceptions under a source directory it excludes that name paths the checkout
 * lacks and git ignores: build outputs the ignore file lets in on purpose (navikt/fp-frontend: `*`,
 * then `!./server/dist` and `!./server/node_modules`, which CI's `yarn build` makes before
 * `COPY server /app`). Then the build fails only if no step makes them: a warning, as CTX101's
 * git-ignored missing source is.
 */
function letInGenerated(raw: RawFinding<Record<string, unknown>>, ctx: RuleContext): RawFinding<Record<string, unknown>> {
  const dir = raw.path;
  const ignored = ctx.isGitIgnored;
  if (dir === undefined || ignored === null || typeof raw.data.linkTarget === 'string') return raw;
  const present = (p: string) => ctx.entries.some((e) => e.path === p || e.path.startsWith(p + '/')) || ctx.excluded.some((e) => e.path === p || e.path.startsWith(p + '/'));
  const missing: string[] = [];
  for (const pat of ctx.tarMatcher.patterns) {
    if (!pat.exclusion) continue;
    const lit = literalComponents(toByteString(pat.text)).join('/');
    if (!lit.startsWith(dir + '/') || present(lit) || !gitIgnoresMissingPath(ignored, lit)) continue;
    if (!missing.includes(lit)) missing.push(lit);
  }
  return missing.length === 0 ? raw : { ...raw, data: { ...raw.data, letInMissing: missing.map(byteStringToText) }, maxSeverity: 'warning' };
}

export const copySourceIgnored = crossCheckRule('CTX102', {
  summary: 'A COPY/ADD/bind source exists on disk but the ignore file excludes it: the build will fail.',
  why: 'The file is on your disk, so the mistake is invisible locally until the builder reports it missing. The message names the ignore-file line that excluded it (BuildKit\'s CopyIgnoredFile check only warns, and only in some versions). A source that is a symlink in the context (or lies below one) is followed, as both builders follow it: when its target is excluded the link is sent without it and the build fails the same way (checked against a real daemon, legacy and BuildKit); the message names the target. A dangling link is CTX101.',
  fix: 'Add an exception (`!path`) after the excluding line, or narrow the excluding pattern. When the ignore file already lets in paths under the source that git ignores and the checkout lacks (`*`, then `!server/dist`: a build output a step makes before the build), the finding is a warning: the build fails only if no step makes them.',
  bad: '# .dockerignore\n*.md\n# Dockerfile\nCOPY README.md /app/',
  good: '# .dockerignore\n*.md\n!README.md\n# Dockerfile\nCOPY README.md /app/',
}, letInGenerated);
