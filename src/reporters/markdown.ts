// A compact Markdown summary for $GITHUB_STEP_SUMMARY or a PR comment: totals, top offenders,
// findings. Every untrusted string goes through `md`, so a name cannot open a table cell, a link,
// an HTML tag or a code span.
import type { AuditResult } from '../audit.js';
import { humanSize } from '../context/tar-format.js';
import { safeText } from './safe-text.js';

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
    `| ${ctx.entries.toLocaleString('en-US')} entries | ${ctx.files.toLocaleString('en-US')} | ${ctx.tarBytes.toLocaleString('en-US')} | ${ctx.excluded.entries.toLocaleString('en-US')} entries, ${humanSize(ctx.excluded.bytes)} | ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info |`,
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
  if (result.findings.length === 0) {
    out.push('No findings.');
  } else {
    out.push('**Findings**');
    out.push('');
    out.push('| | rule | where | message |');
    out.push('|---|---|---|---|');
    for (const f of result.findings) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.path ?? '');
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${f.ruleId} ${f.name} | ${md(where)} | ${md(f.message)} |`);
    }
  }
  return out.join('\n') + '\n';
}
