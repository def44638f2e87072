// A compact Markdown summary for $GITHUB_STEP_SUMMARY or a PR comment: the verdict, both
// builders' figures, findings, then the long tables folded away. Every untrusted name is a code span
// (`mdName`) and untrusted prose goes through `md`, so neither can open a table cell, a link, an
// autolink, a mention, an HTML tag or close a code span.
import { alsoForText, byTarget, excludedText, formatCount, plural, severityCounts, targetsText } from './counts.js';
import type { AuditResult } from '../audit.js';
import type { Finding } from '../findings/finding.js';
import { verdictOf, type FailOn } from '../findings/verdict.js';
import { findRule, helpUri } from '../rules/registry.js';
import { formatBytes, formatSize } from '../units.js';
import { locate, type LocationOptions } from './locations.js';
import { countsText, gitContextLine, multiCountsText, tarOverheadNote, verdictSegments } from './verdict-text.js';
import { neutralizeCommands, safeText } from './safe-text.js';
import { compressedBytes, compressedFigure, compressedSentence } from './compressed.js';
import { renderBaselineMarkdown } from './baseline.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { findingLocation, groupFindings, summarizeTargets, targetShare } from '../multi/summary.js';

/**
 * Already-safe text as one code span GFM shows verbatim: no link, autolink, mention, emphasis or
 * HTML inside. The fence is one backtick longer than the longest run in the text, so the text cannot
 * close it; a space pads text that starts or ends with a backtick (or with spaces on both ends, which
 * the span would strip). In a table cell `|` is written `\|`, which GFM unescapes before the span.
 */
function codeSpan(text: string, cell: boolean): string {
  if (text === '') return '';
  const t = cell ? text.replace(/\|/g, '\\|') : text;
  const fence = '`'.repeat(Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return fence + pad + t + pad + fence;
}

/** An untrusted name (a path, a target, a Dockerfile) for Markdown: a code span (controls made visible first). */
export function mdName(s: string, cell = true): string {
  return codeSpan(safeText(s), cell);
}

/**
 * Words GitHub would turn into a link or a notification: an e-mail or `@mention`, an issue or PR
 * reference (`#12`, `owner/repo#12`), a URL (`scheme://`), a `www.` address. Escaping them does not
 * stop GitHub (it links and mentions after rendering), a code span does.
 */
const LINKY = /@|#|:\/\/|www\./i;

/**
 * Untrusted prose (a finding's message, which quotes names) as inert Markdown: controls made
 * visible, punctuation escaped, and every word that GitHub would link or mention put in a code span.
 */
export function md(s: string, cell = true): string {
  return safeText(s)
    .split(/(\s+)/)
    .map((w, i) =>
      i % 2 === 1
        ? w
        : LINKY.test(w)
          ? codeSpan(w, cell)
          : w
              .replace(/[\\`*_{}[\]()|~>]/g, (c) => '\\' + c)
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;'),
    )
    .join('');
}

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/** Findings shown before the rest fold into a <details> block. */
const FINDINGS_SHOWN = 10;

/** `[CTX101](docs#ctx101-missing-copy-source) missing-copy-source`: the rule linked to its docs. */
function ruleCell(f: Finding): string {
  const rule = findRule(f.ruleId);
  return rule ? `[${f.ruleId}](${helpUri(rule)}) ${f.name}` : `${f.ruleId} ${f.name}`;
}

function findingRows(findings: readonly Finding[], at: (rel: string) => string): string[] {
  return findings.map((f) => {
    const where = f.file ? `${at(f.file)}${f.line ? `:${f.line}` : ''}` : f.path !== undefined ? at(f.path) : '';
    const state = f.baselineState === 'new' ? ' · **new**' : f.baselineState === 'unchanged' ? ' · in baseline' : '';
    return `| ${ICON[f.severity]} ${f.severity} | ${ruleCell(f)}${state} | ${mdName(where)} | ${md(f.message)} |`;
  });
}

const FINDINGS_HEAD = ['| | rule | where | message |', '|---|---|---|---|'];

function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

export interface MarkdownOptions extends LocationOptions {
  top?: number;
  /** The threshold the verdict is judged at (default: error). */
  failOn?: FailOn;
}

/**
 * The verdict as the heading, then what each builder sends (docker's own line quoted as it prints
 * it), the findings (rules linked to their docs; beyond ten in <details>), the baseline, and the
 * long tables folded into <details>. Finding locations are relative to `base` (the working
 * directory, where a reader of the repository finds them); the tables list paths in the context.
 */
export function renderMarkdown(result: AuditResult, opts: MarkdownOptions = {}): string {
  const ctx = result.context;
  const top = opts.top ?? 10;
  const at = (rel: string) => locate(opts.base, ctx.root, rel);
  const verdict = verdictOf(result.findings, opts.failOn ?? 'error', result.baseline?.growth.exceeded === true);
  const v = verdictSegments(ctx, verdict);
  const out: string[] = [];
  out.push(`### ctx-audit: ${v.word === 'FAIL' ? '❌' : '✅'} ${v.word} ${v.detail}`);
  out.push('');
  const bk = ctx.buildkit;
  out.push('| builder | files | sends | docker prints |', '|---|---:|---:|---|');
  if (ctx.legacyRefusedBy) out.push(`| legacy (\`DOCKER_BUILDKIT=0\`) | ${formatCount(ctx.files)} | nothing: it refuses the context | ${md(ctx.legacyRefusedBy)} |`);
  else out.push(`| legacy (\`DOCKER_BUILDKIT=0\`) | ${formatCount(ctx.files)} | ${formatBytes(ctx.tarBytes)} of tar | \`Sending build context to Docker daemon  ${ctx.dockerFigure}\` |`);
  // --compress asked: the same upload through Go's gzip (BuildKit ignores the flag).
  if (ctx.compressed) out.push(`| legacy \`--compress\` (BuildKit ignores it) | ${formatCount(ctx.files)} | ${md(compressedBytes(ctx.compressed))} of gzip | \`Sending build context to Docker daemon  ${compressedFigure(ctx.compressed)}\` |`);
  if (bk) {
    if (bk.error) out.push(`| BuildKit | | cannot tell: ${md(bk.error)} | |`);
    else if (!bk.usesContext) out.push('| BuildKit | 0 | nothing (no stage reads the context) | |');
    else if (bk.transfer) out.push(`| BuildKit | ${formatCount(bk.transfer.requestedFiles)} | ${formatBytes(bk.transfer.bytes)} transferred | \`transferring context: ${bk.transfer.figure}\` |`);
    else out.push(`| BuildKit (requested) | ${formatCount(bk.requested.files - bk.requested.links)} | ${formatSize(bk.requested.bytes)} | |`);
  }
  out.push('');
  if (ctx.compressed && !ctx.compressed.exact) out.push(md(compressedSentence(ctx.compressed, ctx.tarBytes)), '');
  const overhead = tarOverheadNote(ctx);
  if (overhead) out.push(`> ${md(overhead)}`, '');
  const context = at('.');
  const kept = `keeps out ${excludedText(ctx.excluded)}${ctx.excluded.unmeasuredDirectories > 0 ? '; `--measure-excluded` totals them' : ''}`;
  out.push(`Context: ${mdName(context === '.' ? './' : context + '/', false)} · Dockerfile: ${mdName(ctx.dockerfile, false)} · ignore file: ${ctx.ignoreFile ? `${mdName(ctx.ignoreFile, false)} (${kept})` : 'none'}`);
  out.push('');
  if (result.findings.length > 0) {
    out.push('**Findings**', '', ...FINDINGS_HEAD);
    const rows = findingRows(result.findings, at);
    out.push(...rows.slice(0, FINDINGS_SHOWN), '');
    if (rows.length > FINDINGS_SHOWN) out.push(...details(`${rows.length - FINDINGS_SHOWN} more findings`, [...FINDINGS_HEAD, ...rows.slice(FINDINGS_SHOWN)]));
  }
  if (result.baseline) out.push(...renderBaselineMarkdown(result.baseline, md, 5, mdName));
  const files = ctx.largestFilesByContent ?? ctx.largestFiles;
  if (files.length > 0) {
    out.push(
      ...details(`Largest files (by content, top ${Math.min(top, files.length)}; paths in the context)`, [
        '| path | size | in the tar |',
        '|---|---:|---:|',
        ...files.slice(0, top).map((f) => `| ${mdName(f.path)} | ${formatSize(f.contentBytes)} | ${formatSize(f.tarBytes)} |`),
      ]),
    );
  }
  if (ctx.heaviestDirectories.length > 0) {
    out.push(
      ...details(`Heaviest directories (by upload, top ${Math.min(top, ctx.heaviestDirectories.length)}; paths in the context)`, [
        '| path | files | content | in the tar |',
        '|---|---:|---:|---:|',
        ...ctx.heaviestDirectories.slice(0, top).map((d) => `| ${mdName(d.path + '/')} | ${formatCount(d.files)} | ${formatSize(d.contentBytes)} | ${formatSize(d.tarBytes)} |`),
      ]),
    );
  }
  return neutralizeCommands(out.join('\n').replace(/\n+$/, '') + '\n');
}

/** Several targets: the per-target summary table, then each target's findings under its own heading. */
export function renderMarkdownMulti(multi: MultiAuditResult, opts: { failOn?: FailOn } = {}): string {
  // A finding several targets report alike counts once and is listed under the first of them.
  const groups = groupFindings(multi);
  const verdict = verdictOf(groups.map((g) => g.finding), opts.failOn ?? 'error');
  const broken = multi.targets.filter((t) => t.error).length;
  const word = broken > 0 ? '❌ ERROR' : verdict.failed ? '❌ FAIL' : '✅ PASS';
  const out: string[] = [];
  // The verdict first, as for one context: any target's finding at --fail-on fails the run.
  out.push(
    `### ctx-audit: ${word} (--fail-on ${verdict.failOn}): ${multiCountsText(verdict.counts, byTarget(multi))} · ${targetsText(multi.targets)}`,
  );
  out.push('');
  out.push('| target | context | Dockerfile | legacy tar bytes | BuildKit requested | BuildKit prints | findings |');
  out.push('|---|---|---|---:|---:|---:|---|');
  const n = (x: number | null) => (x === null ? '–' : formatCount(x));
  for (const s of summarizeTargets(multi)) {
    const findings = s.status === 'ok' ? severityCounts(s.findings) : md(s.status);
    out.push(`| ${mdName(s.target)} | ${mdName(s.context)} | ${mdName(s.dockerfile)}${s.stage ? ` (${mdName(s.stage)})` : ''} | ${n(s.legacyTarBytes)} | ${n(s.buildkitRequestedBytes)} | ${s.gitContext ? 'Git context' : (s.buildkitFigure ?? '–')} | ${findings} |`);
  }
  for (const t of multi.targets) {
    const { shown: mine, shownUnder: elsewhere } = targetShare(groups, t.name);
    if (mine.length === 0 && elsewhere.size === 0) continue;
    out.push('');
    out.push(`#### ${mdName(t.name, false)}`);
    out.push('');
    if (t.result?.context.gitContext !== undefined) out.push(`_${md(gitContextLine(t.result.context.gitContext))}_`, '');
    if (mine.length > 0) {
      out.push('| | rule | where | message |');
      out.push('|---|---|---|---|');
    }
    for (const { finding: f, targets } of mine) {
      // Relative to the report's base directory, like the annotations and SARIF.
      const rel = f.file ?? f.path;
      const where = rel === undefined ? '' : findingLocation(multi, t, rel) + (f.file && f.line ? `:${f.line}` : '');
      const also = targets.length > 1 ? ` _(${alsoForText(targets.slice(1), (x) => mdName(x))})_` : '';
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${ruleCell(f)} | ${mdName(where)} | ${md(f.message)}${also} |`);
    }
    if (mine.length > 0 && elsewhere.size > 0) out.push('');
    for (const [first, count] of elsewhere) out.push(`+ ${plural(count, 'finding', 'findings')} listed under ${mdName(first)}`);
  }
  if (multi.findings.length === 0) out.push('', 'No findings.');
  return neutralizeCommands(out.join('\n') + '\n');
}
