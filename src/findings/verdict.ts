// Pass or fail: the one answer the exit code and every report's first line share.
import { SEVERITY_RANK, type Finding, type Severity } from './finding.js';

export type FailOn = Severity | 'never';

/** True when a finding is at or above `failOn` (never: nothing fails). */
export function failsAt(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}

export interface Verdict {
  failOn: FailOn;
  /** True when the run exits 1: a finding at or above failOn, or --max-growth exceeded. */
  failed: boolean;
  /** --max-growth was exceeded (it fails the run whatever --fail-on says). */
  growthExceeded: boolean;
  counts: Record<Severity, number>;
}

export function verdictOf(findings: readonly Finding[], failOn: FailOn, growthExceeded = false): Verdict {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { failOn, failed: failsAt(findings, failOn) || growthExceeded, growthExceeded, counts };
}
