// The Dockerfile cross-check (src/dockerfile/cross-check.ts) resolves every COPY/ADD/bind source in
// one pass and emits its findings as data; each CTX1xx/CTX004/CTX005/CTX305 rule module is a thin
// view over that pass, so the registry, severity overrides, suppressions and docs treat them like
// every other rule.
import { toByteString } from '../context/bytes.js';
import { CROSS_CHECK_RULES, renderMessage, type CrossCheckRuleId } from '../dockerfile/cross-check.js';
import { defineRule, type RawFinding, type Rule, type RuleContext, type RuleDocs } from './rule.js';

/** What a rule adds to a cross-check finding from what only rules see (git's view, for one). */
type Refine = (raw: RawFinding<Record<string, unknown>>, ctx: RuleContext) => RawFinding<Record<string, unknown>>;

export function crossCheckRule(id: CrossCheckRuleId, docs: RuleDocs, refine?: Refine): Rule<Record<string, unknown>> {
  const meta = CROSS_CHECK_RULES[id];
  return defineRule<Record<string, unknown>>({
    id,
    name: meta.name,
    severity: meta.severity,
    docs,
    check(ctx) {
      if (!ctx.crossCheck) return [];
      return ctx.crossCheck.findings
        .filter((f) => f.ruleId === id)
        .map((f) => {
          const raw = { path: f.path === undefined ? undefined : toByteString(f.path), file: f.file, line: f.line, column: f.column, data: f.data };
          return refine ? refine(raw, ctx) : raw;
        });
    },
    message: (data) => renderMessage(id, data),
  });
}
