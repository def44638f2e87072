// JSON report, schemaVersion 1: `{ schemaVersion, tool, context, findings }`. Stable keys; names
// are UTF-8 text (invalid bytes as U+FFFD), escaped by JSON.stringify.
import type { AuditResult } from '../audit.js';
import { VERSION } from '../version.js';

export function renderJson(result: AuditResult): string {
  const doc = {
    schemaVersion: result.schemaVersion,
    tool: { name: 'ctx-audit', version: VERSION },
    context: result.context,
    findings: result.findings,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
