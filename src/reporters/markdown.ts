// A compact Markdown summary for $GITHUB_STEP_SUMMARY or a PR comment: totals, top offenders,
// findings. Every untrusted string goes through `md`, so a name cannot open a table cell, a link,
// an HTML tag or a code span.
import { plural, severityCounts } from './counts.js';
import type { AuditResult } from '../audit.js';
import { humanSize } from '../context/tar-format.js';
import { neutralizeCommands, safeText } from './safe-text.js';
import { renderBaselineMarkdown } from '../baseline/render.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { summarizeTargets } from '../multi/summary.js';

/** Untrusted text as inert Markdown inline text (controls made visible, punctuation escaped). */
export function md(s: string): string {
  return safeText(s)
    .replace(/[\\`*_{}[\]()|~>]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

export function renderMarkdown(result: AuditResult, opts: { top?: number } = {}): string {
  const ctx = result.context;
  const top = opts.top ?? 5;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const out: string[] = [];
  out.push(`### ctx-audit: ${md(ctx.dockerFigure)} build context`);
  out.push('');
  out.push(`| sent | files | tar bytes | excluded | findings |`);
  out.push(`|---|---:|---:|---:|---|`);
  out.push(
    `| ${ctx.entries.toLocaleString('en-US')} entries | ${ctx.files.toLocaleString('en-US')} | ${ctx.tarBytes.toLocaleString('en-US')} | ${plural(ctx.excluded.entries, 'entry', 'entries')}, ${humanSize(ctx.excluded.bytes)} | ${severityCounts(counts)} |`,
  );
  out.push('');
  if (ctx.largestFiles.length > 0) {
    out.push('**Largest files**');
    out.push('');
    out.push('| path | size |');
    out.push('|---|---:|');
    for (const f of ctx.largestFiles.slice(0, top)) out.push(`| ${md(f.path)} | ${humanSize(f.tarBytes)} |`);
    out.push('');
  }
  if (ctx.heaviestDirectories.length > 0) {
    out.push('**Heaviest directories**');
    out.push('');
    out.push('| path | files | size |');
    out.push('|---|---:|---:|');
    for (const d of ctx.heaviestDirectories.slice(0, top)) out.push(`| ${md(d.path)}/ | ${d.files} | ${humanSize(d.tarBytes)} |`);
    out.push('');
  }
  if (result.baseline) out.push(...renderBaselineMarkdown(result.baseline, md));
  if (result.findings.length === 0) {
    out.push('No findings.');
  } else {
    out.push('**Findings**');
    out.push('');
    out.push('| | rule | where | message |');
    out.push('|---|---|---|---|');
    for (const f of result.findings) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.path ?? '');
      const state = f.baselineState === 'new' ? ' · **new**' : f.baselineState === 'unchanged' ? ' · in baseline' : '';
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${f.ruleId} ${f.name}${state} | ${md(where)} | ${md(f.message)} |`);
    }
  }
  return neutralizeCommands(out.join('\n') + '\n');
}

/** Several targets: the per-target summary table, then each target's findings under its own heading. */
export function renderMarkdownMulti(multi: MultiAuditResult): string {
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of multi.findings) total[f.severity]++;
  const out: string[] = [];
  out.push(`### ctx-audit: ${multi.targets.length} target${multi.targets.length === 1 ? '' : 's'}, ${severityCounts(total)}`);
  out.push('');
  out.push('| target | context | Dockerfile | legacy tar bytes | BuildKit requested | findings |');
  out.push('|---|---|---|---:|---:|---|');
  const n = (x: number | null) => (x === null ? '–' : x.toLocaleString('en-US'));
  for (const s of summarizeTargets(multi)) {
    const findings = s.status === 'ok' ? severityCounts(s.findings) : md(s.status);
    out.push(`| ${md(s.target)} | ${md(s.context)} | ${md(s.dockerfile)}${s.stage ? ` (${md(s.stage)})` : ''} | ${n(s.legacyTarBytes)} | ${n(s.buildkitRequestedBytes)} | ${findings} |`);
  }
  for (const t of multi.targets) {
    const mine = multi.findings.filter((f) => f.target === t.name);
    if (mine.length === 0) continue;
    out.push('');
    out.push(`#### ${md(t.name)}`);
    out.push('');
    out.push('| | rule | where | message |');
    out.push('|---|---|---|---|');
    for (const f of mine) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.path ?? '');
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${f.ruleId} ${f.name} | ${md(where)} | ${md(f.message)} |`);
    }
  }
  if (multi.findings.length === 0) out.push('', 'No findings.');
  return neutralizeCommands(out.join('\n') + '\n');
}
