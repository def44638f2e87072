// The exit-code contract: 0 clean, 1 findings at or above --fail-on, 2 could not run.
import type { Finding } from '../findings/finding.js';
import { failsAt, type FailOn } from '../findings/verdict.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  return failsAt(findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
}
