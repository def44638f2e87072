// The human summary: what would be sent, what was excluded, the largest files and the heaviest
// directories with a proportional bar, then the findings. Pure: returns a string.
import { formatCount, plural, severityCounts } from './counts.js';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { AuditResult, PathFigure } from '../audit.js';
import type { Finding, Severity } from '../findings/finding.js';
import { humanSize } from '../context/tar-format.js';
import { compressedBytes, compressedFigure } from './compressed.js';
import { safeText } from './safe-text.js';
import { renderBaselineText } from '../baseline/render.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { summarizeTargets } from '../multi/summary.js';

export interface TableOptions {
  colors: ChalkInstance;
  /** Terminal width, for the bars. */
  width?: number;
}

const BAR_WIDTH = 24;


function bar(value: number, max: number, c: ChalkInstance): string {
  if (max <= 0) return '';
  const cells = (value / max) * BAR_WIDTH;
  const full = Math.floor(cells);
  const partial = cells - full >= 0.5 ? '▌' : '';
  return c.cyan('█'.repeat(full) + partial) + ' '.repeat(BAR_WIDTH - full - (partial ? 1 : 0));
}

function newTable(head: string[], c: ChalkInstance, align?: ('left' | 'right')[]): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: align,
    wordWrap: false,
  });
}

function pathTable(title: string, rows: PathFigure[], total: number, c: ChalkInstance, withFiles: boolean): string {
  if (rows.length === 0) return '';
  const max = rows[0].tarBytes;
  const head = withFiles ? ['#', 'path', 'files', 'size', 'share', ''] : ['#', 'path', 'size', 'share', ''];
  const t = newTable(head, c, withFiles ? ['right', 'left', 'right', 'right', 'right', 'left'] : ['right', 'left', 'right', 'right', 'left']);
  rows.forEach((r, i) => {
    const share = total > 0 ? `${((r.tarBytes / total) * 100).toFixed(1)}%` : '';
    const cells = [String(i + 1), safeText(r.path) + (withFiles ? '/' : ''), ...(withFiles ? [formatCount(r.files)] : []), humanSize(r.tarBytes), share, bar(r.tarBytes, max, c)];
    t.push(cells);
  });
  return `${c.bold(title)}\n${t.toString()}\n`;
}

const SEVERITY_STYLE: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red.bold(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s),
};

function findingLine(f: Finding, c: ChalkInstance): string {
  const where = f.file ? `${safeText(f.file)}${f.line ? `:${f.line}` : ''}` : f.path !== undefined ? safeText(f.path) : '';
  const state = f.baselineState === 'new' ? c.bold(' (new)') : f.baselineState === 'unchanged' ? c.dim(' (in baseline)') : '';
  return `  ${SEVERITY_STYLE[f.severity](c, f.severity.padEnd(7))} ${c.dim(f.ruleId)} ${where ? c.bold(where) + ' ' : ''}${safeText(f.message)}${state}`;
}

export function renderTable(result: AuditResult, opts: TableOptions): string {
  const c = opts.colors;
  const ctx = result.context;
  const out: string[] = [];
  out.push(`${c.bold('ctx-audit')} ${safeText(ctx.root)}`);
  const bk = ctx.buildkit;
  const rulesFor = ctx.builder === 'buildkit' ? `BuildKit (ignore file: ${safeText(bk?.ignoreFile ?? 'none')})` : 'the legacy builder (DOCKER_BUILDKIT=0)';
  out.push(c.dim(`Dockerfile: ${safeText(ctx.dockerfile)} · findings for ${rulesFor}${bk?.target ? ` · target: ${safeText(bk.target)}` : ''}`));
  out.push('');
  const head = ['', 'legacy builder', ...(bk ? ['BuildKit: eligible', 'BuildKit: requested'] : [])];
  const t = newTable(head, c, ['left', 'right', 'right', 'right']);
  const bkCells = (f: (x: NonNullable<typeof bk>['eligible']) => string): string[] => (bk ? [f(bk.eligible), bk.usesContext ? f(bk.requested) : '0'] : []);
  t.push(['files', formatCount(ctx.files), ...bkCells((x) => formatCount(x.files))]);
  t.push(['directories', formatCount(ctx.directories), ...bkCells((x) => formatCount(x.directories))]);
  if (ctx.symlinks + ctx.hardlinks + ctx.otherEntries > 0) t.push(['links and special files', formatCount(ctx.symlinks + ctx.hardlinks + ctx.otherEntries), ...(bk ? ['', ''] : [])]);
  t.push(['content bytes', humanSize(ctx.contentBytes), ...bkCells((x) => humanSize(x.bytes))]);
  t.push([
    'upload',
    `${formatCount(ctx.tarBytes)} B tar` + (ctx.tarBytesAlternatives.length ? ` or ${ctx.tarBytesAlternatives.map(formatCount).join(' or ')}` : ''),
    ...(bk ? ['', 'files, no tar'] : []),
  ]);
  t.push(['ignore file', ctx.ignoreFile ?? 'none', ...(bk ? [safeText(bk.ignoreFile ?? 'none'), ''] : [])]);
  t.push(['excluded', `${plural(ctx.excluded.entries, 'entry', 'entries')}, ${humanSize(ctx.excluded.bytes)}`, ...(bk ? ['', ''] : [])]);
  out.push(t.toString());
  out.push(`${c.dim('docker build (legacy) prints:')} ${c.bold(`Sending build context to Docker daemon  ${ctx.dockerFigure}`)}`);
  if (ctx.compressed) {
    const z = ctx.compressed;
    out.push(`${c.dim('with --compress it prints:')} ${c.bold(`Sending build context to Docker daemon  ${compressedFigure(z)}`)} ${c.dim(`(${compressedBytes(z)} of gzip; BuildKit ignores --compress)`)}`);
    if (!z.exact) out.push(c.dim(`  a range: the Dockerfile outside the context enters the stream under a random name with the build time (${z.samples} draws)`));
  }
  if (bk) {
    let what: string;
    if (bk.error) what = c.red(`cannot tell: ${safeText(bk.error)}`);
    else if (!bk.usesContext) what = 'nothing from the context (no stage this target needs reads it)';
    else if (bk.followPaths === 'all') what = `the whole eligible context (${safeText(bk.fallbackReason ?? 'a source covers it')})`;
    else what = `${bk.followPaths.length} path${bk.followPaths.length === 1 ? '' : 's'}: ${bk.followPaths.slice(0, 6).map(safeText).join(', ')}${bk.followPaths.length > 6 ? ', …' : ''}`;
    out.push(`${c.dim('BuildKit requests:')} ${what}`);
  }
  if (!ctx.endMarker) {
    out.push(
      c.yellow(
        ctx.dockerfile.startsWith('../')
          ? 'Note: the Dockerfile is outside the context, so docker appends it as .dockerfile.<random> and ends the stream without the tar end marker (R40)' +
              (ctx.tarBytesAlternatives.length > 0 ? '; the two totals are the two orders it may append its entries in.' : '.')
          : 'Note: docker sends this stream without the tar end marker (see notices).',
      ),
    );
  }
  out.push('');
  const files = pathTable('Largest files', ctx.largestFiles, ctx.tarBytes, c, false);
  if (files) out.push(files);
  const dirs = pathTable('Heaviest directories', ctx.heaviestDirectories, ctx.tarBytes, c, true);
  if (dirs) out.push(dirs);
  if (ctx.notices.length > 0) {
    out.push(c.bold('Notices'));
    for (const n of ctx.notices) out.push(`  ${safeText(n.path)}: ${safeText(n.message)}`);
    out.push('');
  }
  if (result.baseline) {
    const [title, ...rest] = renderBaselineText(result.baseline, safeText);
    out.push(c.bold(title), ...rest, '');
  }
  if (result.findings.length === 0) {
    out.push(c.green('No findings.'));
  } else {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) counts[f.severity]++;
    out.push(c.bold(`Findings (${severityCounts(counts)})`));
    for (const f of result.findings) out.push(findingLine(f, c));
  }
  return out.join('\n') + '\n';
}

/** Several targets: one summary row per target, then each target's findings under its name. */
export function renderTableMulti(multi: MultiAuditResult, opts: TableOptions): string {
  const c = opts.colors;
  const out: string[] = [];
  out.push(`${c.bold('ctx-audit')} ${multi.targets.length} target${multi.targets.length === 1 ? '' : 's'} under ${safeText(multi.baseDir)}`);
  out.push(c.dim(`contexts walked: ${multi.walks.performed} (${multi.walks.requested} walks requested; shared contexts are walked once)`));
  out.push('');
  const t = newTable(['target', 'context', 'Dockerfile', 'legacy tar', 'BuildKit requested', 'errors', 'warnings', 'info'], c, ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right']);
  const size = (n: number | null) => (n === null ? '–' : humanSize(n));
  for (const s of summarizeTargets(multi)) {
    const counts = s.status === 'ok' ? [String(s.findings.error), String(s.findings.warning), String(s.findings.info)] : ['', '', ''];
    t.push([safeText(s.target), safeText(s.context), safeText(s.dockerfile) + (s.stage ? ` (${safeText(s.stage)})` : ''), size(s.legacyTarBytes), size(s.buildkitRequestedBytes), ...counts]);
  }
  out.push(t.toString());
  out.push('');
  for (const target of multi.targets) {
    const mine = multi.findings.filter((f) => f.target === target.name);
    if (target.error) out.push(`${c.bold(safeText(target.name))}: ${c.red(`cannot audit: ${safeText(target.error)}`)}`);
    else if (target.skipped) out.push(`${c.bold(safeText(target.name))}: ${c.dim(`skipped: ${safeText(target.skipped)}`)}`);
    else if (mine.length === 0) out.push(`${c.bold(safeText(target.name))}: ${c.green('no findings')}`);
    else {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of mine) counts[f.severity]++;
      out.push(c.bold(`${safeText(target.name)}: ${severityCounts(counts)}`));
      for (const f of mine) out.push(findingLine(f, c));
    }
    out.push('');
  }
  return out.join('\n');
}
