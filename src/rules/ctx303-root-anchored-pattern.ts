import { formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { analyzeIgnore } from './ignore-analysis.js';
import { text } from './paths.js';

export interface RootAnchoredPatternData {
  pattern: string;
  line: number;
  /** Deeper directories or files that `**\/pattern` would exclude. */
  matches: number;
  files: number;
  bytes: number;
  example: string;
  suggestion: string;
}

export const rootAnchoredPattern = defineRule<RootAnchoredPatternData>({
  id: 'CTX303',
  name: 'root-anchored-pattern',
  severity: 'warning',
  docs: {
    summary: 'A pattern written with gitignore habits matches only at the root while deeper matches are sent.',
    why: 'In .gitignore, `node_modules` or `*.log` match at any depth. In .dockerignore every pattern is anchored at the context root, so `node_modules` excludes ./node_modules only and packages/api/node_modules is still sent.',
    fix: 'Prefix the pattern with `**/` so it matches at any depth.',
    bad: '# .dockerignore\nnode_modules\n*.log',
    good: '# .dockerignore\n**/node_modules\n**/*.log',
  },
  check(ctx) {
    const out = [];
    for (const [i, r] of analyzeIgnore(ctx).rootAnchored) {
      const rule = ctx.ignore.rules[i];
      const pattern = text(rule.pattern);
      out.push({
        file: '.dockerignore',
        line: rule.line,
        data: { pattern, line: rule.line, matches: r.matches, files: r.files, bytes: r.bytes, example: text(r.example), suggestion: '**/' + pattern.replace(/^\/+/, '') },
      });
    }
    return out;
  },
  message: (d) =>
    `"${d.pattern}" matches only at the context root; ${d.matches} deeper match${d.matches === 1 ? ' is' : 'es are'} still sent (${d.files} file${d.files === 1 ? '' : 's'}, ${formatSize(d.bytes)}, e.g. ${d.example}); use "${d.suggestion}"`,
});
