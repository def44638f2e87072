// Findings are data: a rule id, where it applies, and the values its message is rendered from.
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Finding {
  ruleId: string;
  name: string;
  severity: Severity;
  /** Rendered from `data` by the rule; never holds a secret value. */
  message: string;
  /** Context-relative posix path (UTF-8 text; invalid bytes shown as U+FFFD). */
  path?: string;
  /** Where in the Dockerfile or ignore file, 1-based. */
  file?: string;
  line?: number;
  column?: number;
  data: Record<string, unknown>;
  /** With --baseline: whether the baseline report had this finding (same rule and path). */
  baselineState?: 'new' | 'unchanged';
}

/** Deterministic order: severity (highest first), rule, path, line. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}
