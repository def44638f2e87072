// docs/rules.md, generated from the registry (`npm run docs`; test/integrations/rules-doc.test.ts
// fails when the committed file drifts). Each rule is a `## CTX001 large-file` heading, whose
// GitHub anchor (`#ctx001-large-file`) is what helpUri() links to.
import { allRules, type AnyRule } from '../rules/registry.js';
import { renderPrecision } from '../rules/precision.js';

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
