import { defineRule, ignoreFileLocation } from './rule.js';
import { analyzeIgnore } from './ignore-analysis.js';
import { text } from './paths.js';

export interface IneffectiveExceptionData {
  pattern: string;
  line: number;
  lost: number;
  example: string;
  prunedDir: string;
  /** The pruned directories holding a file it matches, the first 50 (suggest re-includes them, up to 20). */
  prunedDirs: string[];
}

export const ineffectiveException = defineRule<IneffectiveExceptionData>({
  id: 'CTX304',
  name: 'ineffective-exception',
  severity: 'warning',
  docs: {
    summary: 'A `!` exception cannot rescue anything because its directory is pruned.',
    why: 'The legacy builder prunes an excluded directory without looking inside, unless an exception\'s literal text starts with that directory. So `docs` followed by `!**/keep.md` never brings back docs/keep.md: the exception looks right and silently does nothing, and the build fails later with "file not found".',
    fix: 'Write the exception with the directory spelled out (`!docs/keep.md`), or exclude the directory\'s contents (`docs/*`) instead of the directory itself.',
    bad: '# .dockerignore\ndocs\n!**/keep.md',
    good: '# .dockerignore\ndocs\n!docs/keep.md',
  },
  check(ctx) {
    const out = [];
    for (const [i, r] of analyzeIgnore(ctx).ineffective) {
      const rule = ctx.ignore.rules[i];
      out.push({
        file: ignoreFileLocation(ctx),
        line: rule.line,
        data: { pattern: text(rule.pattern), line: rule.line, lost: r.lost, example: text(r.example), prunedDir: text(r.prunedDir), prunedDirs: r.prunedDirs.map(text) },
      });
    }
    return out;
  },
  message: (d) =>
    `"${d.pattern}" cannot rescue ${d.lost} matching file${d.lost === 1 ? '' : 's'} (e.g. ${d.example}) because ${d.prunedDir}/ is pruned before it is read`,
});
