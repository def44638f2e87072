// docs/rules.md, generated from the registry (`npm run docs`; test/integrations/rules-doc.test.ts
// fails when the committed file drifts). Each rule is a `## CTX001 large-file` heading, whose
// GitHub anchor (`#ctx001-large-file`) is what helpUri() links to.
import { allRules, type AnyRule } from '../rules/registry.js';
import { CORPUS_PRECISION, CORPUS_SUMMARY } from '../rules/precision.js';

/** A fence longer than any backtick run in the text, so an example can never close it early. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

function ruleSection(rule: AnyRule): string {
  const d = rule.docs;
  return [
    `## ${rule.id} ${rule.name}`,
    '',
    `Default severity: **${rule.severity}**. ${d.summary}`,
    '',
    `**Why.** ${d.why}`,
    '',
    `**How to fix.** ${d.fix}`,
    '',
    ...(rule.security ? [`**Code scanning.** SARIF \`security-severity\` ${rule.security.severity.toFixed(1)}. ${rule.security.why}`, ''] : []),
    'Bad:',
    '',
    fenced(d.bad),
    '',
    'Good:',
    '',
    fenced(d.good),
    '',
  ].join('\n');
}

/** The corpus section: how precise each rule measured on real repositories (src/rules/precision.ts). */
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
    '(healthchecks, the last, deletes `.git` in its build stage before the image copies that stage\'s tree: a warning, sent only).',
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
    'CTX301 warned on three sample-sized contexts (6, 7 and 41 files, a few kB: awesome-compose\'s fastapi',
    'and django, whoami) where no maintainer would add a `.dockerignore` for its own sake; a context under',
    '100 files and 1 MB is now `info`, and what matters in one (`.git` in whoami, `COPY .` in django) is',
    'still reported by CTX003 and CTX005.',
    '',
    'CTX001\'s one finding (gs-spring-boot-docker\'s 19.5 MB fat jar) is now counted by CTX003\'s finding on',
    '`target/`, the directory that holds it: a large file inside a directory CTX003 reports is one cause,',
    'one finding (on real clones this also folds a `.git` pack into the `.git` finding).',
    '',
  ];
}

export function renderRulesDoc(rules: readonly AnyRule[] = allRules()): string {
  const index = rules.map((r) => `| [${r.id}](#${r.id.toLowerCase()}-${r.name}) | ${r.name} | ${r.severity} |`);
  return [
    '# ctx-audit rules',
    '',
    '<!-- Generated from src/rules/registry.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every rule ctx-audit reports, with its default severity (change it, or turn it off, in the',
    '[configuration](../README.md#configuration)). `ctx-audit explain ID` prints the same text.',
    '',
    '| id | name | default |',
    '|---|---|---|',
    ...index,
    '',
    ...renderPrecision(),
    ...rules.map(ruleSection),
  ].join('\n');
}
