// JSON report, schemaVersion 1: `{ schemaVersion, tool, context, findings, baseline?, sentFiles }`. Stable keys; names
// are UTF-8 text (invalid bytes as U+FFFD), escaped by JSON.stringify.
import { displayPath, type AuditResult } from '../audit.js';
import { sentFilesOf } from '../baseline/baseline.js';
import { VERSION } from '../version.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { summarizeTarget } from '../multi/summary.js';

export function renderJson(result: AuditResult): string {
  const doc = {
    schemaVersion: result.schemaVersion,
    tool: { name: 'ctx-audit', version: VERSION },
    context: result.context,
    findings: result.findings,
    ...(result.baseline ? { baseline: result.baseline } : {}),
  };
  // `sentFiles` (what a later --baseline compares) comes last, one file per line: a context of
  // 100,000 files adds about 100,000 short lines rather than half a million indented ones.
  const files = sentFilesOf(result, displayPath).map((f) => '    ' + JSON.stringify(f));
  const head = JSON.stringify(doc, null, 2).replace(/\n}$/, '');
  return `${head},\n  "sentFiles": [${files.length ? '\n' + files.join(',\n') + '\n  ' : ''}]\n}\n`;
}

/**
 * Several targets (`--compose`, `--bake`, `--all`): `{ schemaVersion, tool, targets, walks, findings }`.
 * Each target carries its summary and its full `context` report (null when it could not run);
 * each finding carries `target`.
 */
export function renderJsonMulti(multi: MultiAuditResult): string {
  const doc = {
    schemaVersion: multi.schemaVersion,
    tool: { name: 'ctx-audit', version: VERSION },
    targets: multi.targets.map((t) => ({
      name: t.name,
      names: t.names,
      declaredIn: t.declaredIn,
      kind: t.kind,
      summary: summarizeTarget(multi, t),
      args: t.args,
      namedContexts: t.namedContexts,
      error: t.error,
      skipped: t.skipped,
      context: t.result?.context ?? null,
    })),
    walks: multi.walks,
    findings: multi.findings,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
