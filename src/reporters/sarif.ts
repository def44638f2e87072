// SARIF 2.1.0 for code scanning. Every rule is listed with its docs and helpUri; levels map
// error/warning/info -> error/warning/note. Locations are relative to the working directory
// (PROJECTROOT) when the CLI gives it, else to the context (CONTEXTROOT); untrusted names are
// percent-encoded per segment, so no name can break the URI.
import type { AuditResult } from '../audit.js';
import type { Severity } from '../findings/finding.js';
import { allRules, helpUri, REPOSITORY_URL } from '../rules/registry.js';
import { VERSION } from '../version.js';
import { neutralizeJson, safeText } from './safe-text.js';
import { compressedSentence } from './compressed.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { findingLocation, groupFindings } from '../multi/summary.js';
import { alsoForText } from './counts.js';
import { locate, type LocationOptions } from './locations.js';

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

function sarifTool(rules: ReturnType<typeof allRules>) {
  return {
    driver: {
      name: 'ctx-audit',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: REPOSITORY_URL,
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
        // GitHub code scanning ranks security alerts by `security-severity` (a string holding a
        // number) and treats a rule as a security rule only when it is tagged `security`.
        properties: r.security
          ? { tags: ['docker', 'build-context', 'security'], 'security-severity': r.security.severity.toFixed(1) }
          : { tags: ['docker', 'build-context'] },
      })),
    },
  };
}

/**
 * One context. With a base (the CLI passes the working directory, the repository in CI) locations
 * are relative to it under PROJECTROOT, as code scanning resolves them, and a path outside it is an
 * absolute file URI; without one they are context-relative under CONTEXTROOT. The fingerprint stays
 * context-relative, so moving the working directory does not make every result new.
 */
export function renderSarif(result: AuditResult, opts: LocationOptions = {}): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const baseId = opts.base === undefined ? 'CONTEXTROOT' : 'PROJECTROOT';
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: sarifTool(rules),
        originalUriBaseIds: { [baseId]: { uri: fileUri(opts.base ?? result.context.root) } },
        // --compress: the figures in the run's property bag, and the sentence as a notification.
        ...(result.context.compressed
          ? {
              properties: { compressedUpload: result.context.compressed },
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [{ level: 'note', message: { text: compressedSentence(result.context.compressed, result.context.tarBytes) } }],
                },
              ],
            }
          : {}),
        results: result.findings.map((f) => {
          const target = f.file ?? f.path ?? result.context.dockerfile;
          const where = locate(opts.base, result.context.root, target);
          const artifactLocation = where.startsWith('/') ? { uri: fileUri(where).replace(/\/$/, '') } : { uri: pathToUri(where), uriBaseId: baseId };
          const physicalLocation: Record<string, unknown> = { artifactLocation };
          if (f.line) physicalLocation.region = { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: LEVEL[f.severity],
            message: { text: safeText(f.path !== undefined && f.file === undefined ? `${locate(opts.base, result.context.root, f.path)}: ${f.message}` : f.message) },
            locations: [{ physicalLocation }],
            // Stable across runs and message wording: rule + where.
            partialFingerprints: { 'ctxAudit/v1': `${f.ruleId}:${target}:${f.line ?? 0}` },
            // SARIF's own baselineState; with --baseline only.
            ...(f.baselineState ? { baselineState: f.baselineState } : {}),
          };
        }),
      },
    ],
  };
  return neutralizeJson(JSON.stringify(doc, null, 2) + '\n');
}

/**
 * Several targets in one run: locations are relative to PROJECTROOT (the report's base directory;
 * a context outside it gets an absolute file URI), each result names its target in
 * `properties.target`, and the fingerprint includes the target so builds sharing a context keep
 * their own results. A finding several targets report alike (one context's ignore file) is one
 * result under the first, its targets all in `properties.targets`.
 */
export function renderSarifMulti(multi: MultiAuditResult): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  const results = groupFindings(multi).map(({ finding: f, targets }) => {
    const t = byName.get(f.target) as MultiAuditResult['targets'][number];
    const who = f.target + (targets.length > 1 ? ` (${alsoForText(targets.slice(1), (x) => x, 1)})` : '');
    const where = findingLocation(multi, t, f.file ?? f.path ?? t.dockerfile);
    const artifactLocation = where.startsWith('/') ? { uri: fileUri(where).replace(/\/$/, '') } : { uri: pathToUri(where), uriBaseId: 'PROJECTROOT' };
    const physicalLocation: Record<string, unknown> = { artifactLocation };
    if (f.line) physicalLocation.region = { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: safeText(`[${who}] ${f.path !== undefined && f.file === undefined ? `${f.path}: ${f.message}` : f.message}`) },
      locations: [{ physicalLocation }],
      partialFingerprints: { 'ctxAudit/v1': `${f.ruleId}:${f.target}:${where}:${f.line ?? 0}` },
      properties: { target: f.target, ...(targets.length > 1 ? { targets } : {}) },
    };
  });
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: sarifTool(rules), originalUriBaseIds: { PROJECTROOT: { uri: fileUri(multi.baseDir) } }, results }],
  };
  return neutralizeJson(JSON.stringify(doc, null, 2) + '\n');
}
