// `ctx-audit rules` and `ctx-audit explain ID`: the registry's docs as text (ruff's `ruff rule`).
import { allRules, helpUri, type AnyRule } from '../rules/registry.js';

/** The README's rule table, generated from the registry (a test keeps the README in sync). */
export function renderRuleTable(): string {
  const rows = allRules().map((r) => `| ${r.id} | ${r.name} | ${r.severity} | ${r.docs.summary.replace(/\|/g, '\\|')} |`);
  return ['| id | name | default | fires when |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

export function renderRuleList(format: 'table' | 'json' | 'markdown'): string {
  const rules = allRules();
  if (format === 'markdown') return renderRuleTable();
  if (format === 'json') {
    return JSON.stringify(rules.map((r) => ({ id: r.id, name: r.name, severity: r.severity, docs: r.docs, helpUri: helpUri(r) })), null, 2) + '\n';
  }
  const nameWidth = Math.max(...rules.map((r) => r.name.length));
  return rules.map((r) => `${r.id}  ${r.name.padEnd(nameWidth)}  ${r.severity.padEnd(7)}  ${r.docs.summary}`).join('\n') + '\n';
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => '    ' + l)
    .join('\n');
}

/**
 * `ctx-audit explain`. `docsFile` is docs/rules.md as shipped in the package, found on disk: the
 * pointer that always resolves (the repository URL is where the project will be published).
 */
export function renderExplain(rule: AnyRule, docsFile: string | null = null): string {
  const sections: [string, string][] = [['Why', rule.docs.why], ['How to fix', rule.docs.fix], ['Bad', rule.docs.bad], ['Good', rule.docs.good]];
  return [
    `${rule.id} ${rule.name} (default severity: ${rule.severity})`,
    '',
    ...sections.flatMap(([title, text]) => [title, indent(text), '']),
    docsFile !== null ? `More: ${docsFile}, section "${rule.id} ${rule.name}" (shipped with ctx-audit)` : `More: ${helpUri(rule)}`,
    '',
  ].join('\n');
}
