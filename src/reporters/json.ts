// JSON report, schemaVersion 1: `{ schemaVersion, tool, context, findings, baseline?, sentFiles }`. Stable keys (new ones are added beside, never repurposed: `largestFilesByContent` joined `largestFiles`, whose tar-bytes ranking is unchanged); names
// are UTF-8 text (invalid bytes as U+FFFD), escaped by JSON.stringify.
import { displayPath, type AuditResult } from '../audit.js';
import { sentFile } from '../baseline/baseline.js';
import { VERSION } from '../version.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { summarizeTarget } from '../multi/summary.js';
import { neutralizeJson } from './safe-text.js';

export function renderJson(result: AuditResult): string {
  return [...renderJsonChunks(result)].join('');
}

/** Lines of `sentFiles` per chunk: a million-file report is written piece by piece, never held whole. */
const FILES_PER_CHUNK = 4096;

/** renderJson in pieces (their concatenation is the report), for writing a large report without one huge string. */
export function* renderJsonChunks(result: AuditResult): Generator<string> {
  // Each chunk is whole JSON tokens, so a `##[` never straddles two chunks.
  for (const chunk of jsonChunks(result)) yield neutralizeJson(chunk);
}

function* jsonChunks(result: AuditResult): Generator<string> {
  const doc = {
    schemaVersion: result.schemaVersion,
    tool: { name: 'ctx-audit', version: VERSION },
    context: result.context,
    findings: result.findings,
    ...(result.baseline ? { baseline: result.baseline } : {}),
  };
  // `sentFiles` (what a later --baseline compares) comes last, one file per line: a context of
  // 100,000 files adds about 100,000 short lines rather than half a million indented ones.
  const head = JSON.stringify(doc, null, 2).replace(/\n}$/, '');
  const entries = result.legacy.walk.entries;
  let lines: string[] = [];
  let any = false;
  yield `${head},\n  "sentFiles": [`;
  for (const e of entries) {
    if (e.kind !== 'file') continue;
    lines.push((any ? ',\n    ' : '\n    ') + JSON.stringify(sentFile(e, displayPath)));
    any = true;
    if (lines.length === FILES_PER_CHUNK) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
  yield `${any ? '\n  ' : ''}]\n}\n`;
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
  return neutralizeJson(JSON.stringify(doc, null, 2) + '\n');
}
