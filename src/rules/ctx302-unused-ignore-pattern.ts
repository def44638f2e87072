import { defineRule } from './rule.js';
import { analyzeIgnore } from './ignore-analysis.js';
import { text } from './paths.js';

export interface UnusedIgnorePatternData {
  pattern: string;
  line: number;
  exception: boolean;
}

export const unusedIgnorePattern = defineRule<UnusedIgnorePatternData>({
  id: 'CTX302',
  name: 'unused-ignore-pattern',
  severity: 'info',
  docs: {
    summary: 'A .dockerignore line decides nothing.',
    why: 'A line that decides nothing is either dead (the files are gone, or an earlier line already covers them) or, more often, a typo or a pattern that does not mean what its author thought. Either way it misleads the next reader.',
    fix: 'Delete the line, or fix it so it matches what it was meant to (Docker patterns are anchored at the context root; use `**/` to match at any depth).',
    bad: '# .dockerignore\nnode_modules\nnode_module/',
    good: '# .dockerignore\nnode_modules',
  },
  check(ctx) {
    const a = analyzeIgnore(ctx);
    const out = [];
    for (const p of ctx.tarMatcher.patterns) {
      const i = p.sourceIndex;
      if (i >= ctx.ignore.rules.length || a.used.has(i) || a.rootAnchored.has(i) || a.ineffective.has(i)) continue;
      const rule = ctx.ignore.rules[i];
      out.push({ file: '.dockerignore', line: rule.line, data: { pattern: text(rule.pattern), line: rule.line, exception: p.exclusion } });
    }
    return out;
  },
  message: (d) => `${d.exception ? 'exception' : 'pattern'} "${d.pattern}" decides nothing in this context`,
});
