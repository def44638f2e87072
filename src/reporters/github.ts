// GitHub Actions workflow commands: one `::error|warning|notice file=..,line=..,title=..::message`
// line per finding. Names are made visible with safeText (no raw ESC reaches the log), then escaped
// as the runner's toolkit does: data `%` `\r` `\n`; properties also `:` and `,`. So a name holding
// a newline or `::` cannot end the command or start another.
import type { AuditResult } from '../audit.js';
import type { Severity } from '../findings/finding.js';
import { safeText } from './safe-text.js';
import { compressedSentence } from './compressed.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { findingLocation, groupFindings } from '../multi/summary.js';
import { alsoForText } from './counts.js';
import { locate, type LocationOptions } from './locations.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The `file` property: the real path when escaping alone makes it safe (newline and CR become
 * %0A/%0D, which the runner decodes back, so the annotation still lands on the file); a path with
 * other controls (ESC, bidi) is shown through safeText instead, since nothing would decode those.
 */
function fileProperty(path: string): string {
  const rest = path.replace(/[\r\n]/g, '');
  return escapeProperty(safeText(rest) === rest ? path : safeText(path));
}

export function renderGithub(result: AuditResult, opts: LocationOptions = {}): string {
  const at = (rel: string) => locate(opts.base, result.context.root, rel);
  const lines = result.findings.map((f) => {
    const file = f.file !== undefined ? at(f.file) : f.path !== undefined ? at(f.path) : undefined;
    const props = [
      ...(file !== undefined ? [`file=${fileProperty(file)}`] : []),
      ...(f.line ? [`line=${f.line}`] : []),
      `title=${escapeProperty(`${f.ruleId} ${f.name}`)}`,
    ];
    const where = f.path !== undefined && f.file === undefined ? `${safeText(at(f.path))}: ` : '';
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(where + safeText(f.message))}`;
  });
  // --compress asked a question: the answer is a notice on the run (no file).
  if (result.context.compressed) lines.push(`::notice title=${escapeProperty('ctx-audit --compress')}::${escapeData(compressedSentence(result.context.compressed, result.context.tarBytes))}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * Several targets: the title names the target (`web: CTX101 missing-copy-source`; `web (also for api
 * and 3 more targets): CTX303 …` for one finding several report) and `file=` is
 * relative to the report's base directory (the working directory), where the runner resolves it.
 */
export function renderGithubMulti(multi: MultiAuditResult): string {
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  // A finding several targets report (one context's ignore file) is one annotation: GitHub shows only
  // the first ten warnings of a step, and 33 copies of one would hide the rest.
  const lines = groupFindings(multi).map(({ finding: f, targets }) => {
    const t = byName.get(f.target) as MultiAuditResult['targets'][number];
    const who = safeText(f.target) + (targets.length > 1 ? ` (${alsoForText(targets.slice(1), safeText, 1)})` : '');
    const rel = f.file ?? f.path;
    const props = [
      ...(rel !== undefined ? [`file=${fileProperty(findingLocation(multi, t, rel))}`] : []),
      ...(f.line ? [`line=${f.line}`] : []),
      `title=${escapeProperty(`${who}: ${f.ruleId} ${f.name}`)}`,
    ];
    const where = f.path !== undefined && f.file === undefined ? `${safeText(f.path)}: ` : '';
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(where + safeText(f.message))}`;
  });
  // Targets that could not run are errors too; without a file they land on the run's summary.
  for (const t of multi.targets) if (t.error) lines.push(`::error title=${escapeProperty(`${safeText(t.name)}: cannot audit`)}::${escapeData(safeText(t.error))}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
