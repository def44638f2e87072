// CTX901 is about the other rules' results, so it cannot look at the context alone: its findings
// come from the suppression step (src/findings/collect.ts) after every other rule has run. It is in
// the registry so `rules`, `explain`, severity overrides and SARIF treat it like any other rule.
import type { UnusedSuppression } from '../findings/suppressions.js';
import { defineRule, type RawFinding } from './rule.js';

export interface UnusedSuppressionData {
  /** The id or name as written in the comment. */
  rule: string;
  /** False when it names no rule at all (a typo). */
  isKnownRule: boolean;
  /** 1-based line of the instruction the comment governs, or null when no instruction follows. */
  instructionLine: number | null;
}

export const unusedSuppression = defineRule<UnusedSuppressionData>({
  id: 'CTX901',
  name: 'unused-suppression',
  severity: 'info',
  docs: {
    summary: 'A `# ctx-audit ignore=` comment in the Dockerfile suppressed nothing.',
    why: 'A suppression outlives the problem it hid: once the COPY is fixed or moved, the comment silently hides the next, different problem on that line. A misspelt rule id suppresses nothing at all. Suppressions for rules the config turns off are not reported.',
    fix: 'Delete the comment, or fix the rule id. The comment applies to the next instruction only (blank lines and other comments may sit between).',
    bad: '# ctx-audit ignore=CTX101\nCOPY package.json ./   # package.json exists: nothing to suppress',
    good: 'COPY package.json ./',
  },
  // Findings come from unusedSuppressionFindings, called by the suppression step.
  check: () => [],
  message: (d) =>
    !d.isKnownRule
      ? `ignore=${d.rule} names no rule (see ctx-audit rules), so it suppresses nothing`
      : d.instructionLine === null
        ? `ignore=${d.rule} is not followed by any instruction, so it suppresses nothing`
        : `ignore=${d.rule} suppresses nothing on the instruction at line ${d.instructionLine}`,
});

export function unusedSuppressionFindings(unused: readonly UnusedSuppression[], dockerfile: string): RawFinding<UnusedSuppressionData>[] {
  return unused.map((u) => ({
    file: dockerfile,
    line: u.suppression.line,
    data: { rule: u.rule, isKnownRule: u.ruleId !== null, instructionLine: u.suppression.instruction?.startLine ?? null },
  }));
}
