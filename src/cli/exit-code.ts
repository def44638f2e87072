// The exit-code contract: 0 clean, 1 findings at or above --fail-on, 2 could not run.
import { SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { FailOn } from './args.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  if (failOn === 'never') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}
