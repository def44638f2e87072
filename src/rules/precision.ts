// Measured precision of each rule on the real-world corpus (test/corpus/, 16 public repositories,
// 18 build contexts; test/integrations/corpus.test.ts checks these numbers against the corpus's
// recorded verdicts, so they cannot drift). Counted: findings at warning or above with the default
// settings; a true positive is one a maintainer would act on (the reason is recorded per finding).

export interface RulePrecision {
  rule: string;
  truePositives: number;
  falsePositives: number;
  /** Findings at warning or above on the same corpus before issue 14 (all judged the same way). */
  before: { findings: number; falsePositives: number };
}

export const CORPUS_PRECISION: readonly RulePrecision[] = [
  { rule: 'CTX001', truePositives: 0, falsePositives: 0, before: { findings: 1, falsePositives: 0 } },
  { rule: 'CTX003', truePositives: 6, falsePositives: 0, before: { findings: 11, falsePositives: 5 } },
  { rule: 'CTX005', truePositives: 1, falsePositives: 0, before: { findings: 12, falsePositives: 11 } },
  { rule: 'CTX101', truePositives: 4, falsePositives: 0, before: { findings: 4, falsePositives: 4 } },
  { rule: 'CTX201', truePositives: 0, falsePositives: 0, before: { findings: 9, falsePositives: 9 } },
  { rule: 'CTX202', truePositives: 0, falsePositives: 0, before: { findings: 5, falsePositives: 5 } },
  { rule: 'CTX203', truePositives: 1, falsePositives: 0, before: { findings: 5, falsePositives: 4 } },
  { rule: 'CTX301', truePositives: 3, falsePositives: 0, before: { findings: 6, falsePositives: 3 } },
  { rule: 'CTX303', truePositives: 4, falsePositives: 0, before: { findings: 15, falsePositives: 11 } },
];

export const CORPUS_SUMMARY = {
  repositories: 16,
  contexts: 18,
  exitOneBefore: 13,
  exitOneAfter: 0,
};
