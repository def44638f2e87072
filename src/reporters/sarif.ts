// SARIF 2.1.0 for code scanning. Every rule is listed with its docs and helpUri; levels map
// error/warning/info -> error/warning/note. Locations are context-relative URIs under the
// CONTEXTROOT base id; untrusted names are percent-encoded per segment, so no name can break the URI.
import type { AuditResult } from '../audit.js';
import type { Severity } from '../findings/finding.js';
import { allRules, helpUri } from '../rules/registry.js';
import { VERSION } from '../version.js';
import { safeText } from './safe-text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function pascalCase(kebab: string): string {
  return kebab.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** A context-relative posix path as a relative URI reference. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}

function fileUri(abs: string): string {
  return 'file://' + pathToUri(abs.endsWith('/') ? abs : abs + '/');
}

export function renderSarif(result: AuditResult): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ctx-audit',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/ctx-audit/ctx-audit',
            rules: rules.map((r) => ({
              id: r.id,
              name: pascalCase(r.name),
              shortDescription: { text: r.docs.summary },
              fullDescription: { text: r.docs.why },
              help: {
                text: `${r.docs.why}\n\nHow to fix: ${r.docs.fix}`,
                markdown: `${r.docs.why}\n\n**How to fix:** ${r.docs.fix}\n\nBad:\n\n\`\`\`\n${r.docs.bad}\n\`\`\`\n\nGood:\n\n\`\`\`\n${r.docs.good}\n\`\`\``,
              },
              helpUri: helpUri(r),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['docker', 'build-context'] },
            })),
          },
        },
        originalUriBaseIds: { CONTEXTROOT: { uri: fileUri(result.context.root) } },
        results: result.findings.map((f) => {
          const target = f.file ?? f.path ?? result.context.dockerfile;
          const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: pathToUri(target), uriBaseId: 'CONTEXTROOT' } };
          if (f.line) physicalLocation.region = { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: LEVEL[f.severity],
            message: { text: safeText(f.path !== undefined && f.file === undefined ? `${f.path}: ${f.message}` : f.message) },
            locations: [{ physicalLocation }],
            // Stable across runs and message wording: rule + where.
            partialFingerprints: { 'ctxAudit/v1': `${f.ruleId}:${target}:${f.line ?? 0}` },
          };
        }),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
