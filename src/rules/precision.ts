// Measured precision of each rule on the real-world corpus (test/corpus/, 13 public repositories,
// 15 build contexts; test/integrations/corpus.test.ts checks these numbers against the corpus's
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
  { rule: 'CTX001', truePositives: 1, falsePositives: 0, before: { findings: 1, falsePositives: 0 } },
  { rule: 'CTX003', truePositives: 6, falsePositives: 0, before: { findings: 7, falsePositives: 1 } },
  { rule: 'CTX005', truePositives: 1, falsePositives: 0, before: { findings: 11, falsePositives: 10 } },
  { rule: 'CTX201', truePositives: 0, falsePositives: 0, before: { findings: 7, falsePositives: 7 } },
  { rule: 'CTX202', truePositives: 0, falsePositives: 0, before: { findings: 5, falsePositives: 5 } },
  { rule: 'CTX203', truePositives: 1, falsePositives: 0, before: { findings: 5, falsePositives: 4 } },
  { rule: 'CTX301', truePositives: 6, falsePositives: 0, before: { findings: 6, falsePositives: 0 } },
  { rule: 'CTX303', truePositives: 2, falsePositives: 0, before: { findings: 13, falsePositives: 11 } },
];

export const CORPUS_SUMMARY = {
  repositories: 13,
  contexts: 15,
  exitOneBefore: 10,
  exitOneAfter: 1,
};

export function renderPrecision(): string[] {
  const rows = CORPUS_PRECISION.map((p) => {
    const n = p.truePositives + p.falsePositives;
    const pct = n === 0 ? 'n/a' : `${Math.round((100 * p.truePositives) / n)}%`;
    return `| ${p.rule} | ${n} | ${p.truePositives} | ${p.falsePositives} | ${pct} | ${p.before.findings} (${p.before.falsePositives} false) |`;
  });
  const s = CORPUS_SUMMARY;
  return [
    '## Precision on real repositories',
    '',
    `Measured on the corpus in \`test/corpus/\`: ${s.repositories} public repositories, ${s.contexts} build contexts as their own`,
    'Compose files, workflows or READMEs run them (Node/TypeScript monorepos, Django and FastAPI apps, Go,',
    'Rust and Java/Maven services, Compose samples), each a clean checkout (plus the build step the project',
    'documents, where the Dockerfile needs one). Findings at warning or above with default settings; a',
    'true positive is one a maintainer would act on, with the reason recorded next to each expected',
    'finding (`test/corpus/*/contexts.json`). The corpus test fails on any new finding and on any lost one.',
    `With \`--fail-on error\`, ${s.exitOneBefore} of ${s.contexts} contexts exited 1 before these rules were made precise, ${s.exitOneAfter} now`,
    '(healthchecks: its final stage copies the whole checkout, `.git` included, from the build stage).',
    'Rules not listed had no finding at warning or above on the corpus.',
    '',
    '| rule | findings | true | false | precision | before |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'CTX303 had 7 more false alarms (2 true) until it learnt that a line naming one file literally',
    '(`docker-compose.yml`, `.gitignore`, `devenv.nix`, `.vscode`) whose every deeper match git tracks is',
    'the root project\'s own file excluded by name: the deeper copies are other packages\' committed sources',
    '(`cypress/docker-compose.yml`), so those findings are `info`. Wildcards (`*.md`) and secrets\' names',
    '(`.envrc`) stay warnings.',
    '',
  ];
}
