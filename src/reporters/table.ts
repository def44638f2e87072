// The human report. The first line answers: pass or fail at --fail-on, the findings by severity,
// and what each builder will send; then the findings, most severe first; then the details (the
// figures side by side, docker's own line, the largest files and heaviest directories). Every line
// fits the width (80 columns unless the terminal says otherwise): long paths are shortened in the
// middle, prose wraps. --quiet is the verdict and one line per finding. Pure: returns a string.
import { alsoForText, byTarget, excludedText, formatCount, plural, severityCounts, targetsText } from './counts.js';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { AuditResult, ContextReport, PathFigure } from '../audit.js';
import type { Finding, Severity } from '../findings/finding.js';
import { verdictOf, type FailOn, type Verdict } from '../findings/verdict.js';
import { formatBytes, formatSize } from '../units.js';
import { neutralizeCommands, safeText } from './safe-text.js';
import { compressedBytes, compressedFigure } from './compressed.js';
import { renderBaselineText } from './baseline.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { groupFindings, summarizeTargets, targetShare } from '../multi/summary.js';
import { fitColumns, layoutWidth, shortenMiddle, visibleWidth, wrapCell, wrapSpans, type Span } from './layout.js';
import { countsText, gitContextLine, multiCountsText, perTargetNote, tarOverheadNote, verdictLine, verdictSegments } from './verdict-text.js';

export interface TableOptions {
  colors: ChalkInstance;
  /** Terminal columns; undefined (a pipe, a file, CI) lays the report out for 80. */
  width?: number;
  /** The threshold the verdict is judged at (default: error, as the CLI's). */
  failOn?: FailOn;
  /** The verdict and one line per finding, nothing else (for hooks). */
  quiet?: boolean;
}

const BAR_MAX = 24;
const BAR_MIN = 8;
const PATH_MIN = 16;

function bar(value: number, max: number, width: number, c: ChalkInstance): string {
  if (max <= 0 || width <= 0) return '';
  const cells = (value / max) * width;
  const full = Math.floor(cells);
  const partial = cells - full >= 0.5 ? '▌' : '';
  return c.cyan('█'.repeat(full) + partial) + ' '.repeat(Math.max(0, width - full - (partial ? 1 : 0)));
}

function newTable(head: string[], c: ChalkInstance, align: ('left' | 'right')[], colWidths: number[], compact = true): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact },
    colAligns: align,
    colWidths,
    wordWrap: false,
  });
}

/** A table whose plain-text cells are shortened in the middle to fit `width`. */
function fittedTable(head: string[], rows: string[][], c: ChalkInstance, align: ('left' | 'right')[], width: number, shrinkable: number[], fit: 'shorten' | 'wrap' = 'shorten'): string {
  const minimums = (h: string[]) => h.map((x) => Math.max(4, ...x.split('\n').map((l) => l.length)));
  let widths = fitColumns([head, ...rows], width, shrinkable, minimums(head));
  if (widths.reduce((a, w) => a + w + 1, 1) > width) {
    // Still too wide: stack each head on two lines ("BuildKit:" over "requested") and fit again.
    head = head.map((h) => h.replace(' ', '\n'));
    widths = fitColumns([head, ...rows], width, shrinkable, minimums(head));
  }
  const cells = rows.map((r) => r.map((cell, i) => (!shrinkable.includes(i) ? cell : fit === 'wrap' ? wrapCell(cell, widths[i] - 2) : shortenMiddle(cell, widths[i] - 2))));
  // Rows of several lines are ruled off from each other, or they read as one.
  const t = newTable(head, c, align, widths, !cells.some((r) => r.some((cell) => cell.includes('\n'))));
  for (const r of cells) t.push(r);
  return t.toString();
}

interface PathColumn {
  head: string;
  align: 'left' | 'right';
  cell: (r: PathFigure) => string;
}

/**
 * A ranked list of paths: `#`, the path (shortened in the middle when the row would not fit), the
 * given figures, and a bar for `measure`, which narrows or goes before the path is cut short.
 */
function pathTable(title: string, rows: PathFigure[], columns: PathColumn[], measure: (r: PathFigure) => number, c: ChalkInstance, width: number, suffix = ''): string {
  if (rows.length === 0) return '';
  const nums = rows.map((_, i) => String(i + 1));
  const paths = rows.map((r) => safeText(r.path) + suffix);
  const figures = rows.map((r) => columns.map((col) => col.cell(r)));
  const natural = (head: string, cells: string[]) => Math.max(head.length, ...cells.map(visibleWidth));
  const fixed = natural('#', nums) + columns.reduce((a, col, i) => a + natural(col.head, figures.map((f) => f[i])), 0);
  const pathNatural = natural('path', paths);
  // Each column takes its content plus three (a space either side and a border), plus one border.
  const borders = (n: number) => 3 * n + 1;
  const n = 2 + columns.length;
  const left = width - fixed - borders(n + 1);
  let barWidth = Math.min(BAR_MAX, Math.max(BAR_MIN, left - pathNatural));
  let pathWidth = Math.min(pathNatural, left - barWidth);
  if (pathWidth < Math.min(PATH_MIN, pathNatural)) {
    // No room for both: the bar goes first.
    barWidth = 0;
    pathWidth = Math.max(4, Math.min(pathNatural, width - fixed - borders(n)));
  }
  const max = Math.max(...rows.map(measure));
  const head = ['#', 'path', ...columns.map((col) => col.head), ...(barWidth > 0 ? [''] : [])];
  const align: ('left' | 'right')[] = ['right', 'left', ...columns.map((col) => col.align), 'left'];
  const t = newTable(head, c, align, [
    natural('#', nums) + 2,
    pathWidth + 2,
    ...columns.map((col, i) => natural(col.head, figures.map((f) => f[i])) + 2),
    ...(barWidth > 0 ? [barWidth + 2] : []),
  ]);
  rows.forEach((r, i) => t.push([nums[i], shortenMiddle(paths[i], pathWidth), ...figures[i], ...(barWidth > 0 ? [bar(measure(r), max, barWidth, c)] : [])]));
  return `${c.bold(title)}\n${t.toString()}\n`;
}

const percent = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '');

const SEVERITY_STYLE: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red.bold(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s),
};

function where(f: Finding): string {
  return f.file ? `${safeText(f.file)}${f.line ? `:${f.line}` : ''}` : f.path !== undefined ? safeText(f.path) : '';
}

function baselineNote(f: Finding): string {
  return f.baselineState === 'new' ? '(new)' : f.baselineState === 'unchanged' ? '(in baseline)' : '';
}

/** `  error   CTX101 Dockerfile:24 COPY source …`, wrapped under the message. */
function findingLines(f: Finding, c: ChalkInstance, width: number): string[] {
  const loc = where(f);
  const note = baselineNote(f);
  const prefix = `  ${f.severity.padEnd(7)} ${f.ruleId} `;
  const indent = width - prefix.length >= 40 ? prefix.length : 4;
  const spans: Span[] = [
    { text: `  ${SEVERITY_STYLE[f.severity](c, f.severity.padEnd(7))} ${c.dim(f.ruleId)}`, whole: true },
    ...(loc ? [{ text: shortenMiddle(loc, width - prefix.length), style: (s: string) => c.bold(s), whole: true }] : []),
    { text: safeText(f.message) },
    ...(note ? [{ text: note, style: (s: string) => (f.baselineState === 'new' ? c.bold(s) : c.dim(s)), whole: true }] : []),
  ];
  // The first span carries colour codes: measure it by its visible width.
  const lines = wrapSpans([{ text: 'X'.repeat(prefix.length - 1), whole: true }, ...spans.slice(1)], width, indent);
  lines[0] = spans[0].text + lines[0].slice(prefix.length - 1);
  return lines;
}

/** A dim line under a finding, aligned with its message as findingLines wraps it. */
function noteLines(f: Finding, text: string, c: ChalkInstance, width: number): string[] {
  const prefix = `  ${f.severity.padEnd(7)} ${f.ruleId} `.length;
  const indent = width - prefix >= 40 ? prefix : 4;
  return wrapSpans([{ text: ' '.repeat(indent - 1), whole: true }, { text, style: (s) => c.dim(s) }], width, indent);
}

/** `Dockerfile:24: error CTX101 COPY source …`: one line, for --quiet. */
function quietLine(f: Finding): string {
  const loc = where(f);
  const note = baselineNote(f);
  return `${loc ? loc + ': ' : ''}${f.severity} ${f.ruleId} ${safeText(f.message)}${note ? ' ' + note : ''}`;
}

function verdictLines(ctx: ContextReport, v: Verdict, c: ChalkInstance, width: number): string[] {
  const s = verdictSegments(ctx, v);
  const word = s.word === 'FAIL' ? c.red.bold(s.word) : c.green.bold(s.word);
  const parts = [`${s.word} ${s.detail}`, ...s.sends];
  const lines = wrapSpans(
    parts.map((p, i) => ({ text: p + (i < parts.length - 1 ? ' ·' : ''), whole: true })),
    width,
    2,
  );
  lines[0] = word + lines[0].slice(s.word.length);
  return lines;
}

function details(result: AuditResult, c: ChalkInstance, width: number): string[] {
  const ctx = result.context;
  const out: string[] = [];
  const wrap = (text: string, style?: (s: string) => string) => wrapSpans([{ text, style }], width, 2);
  out.push(...wrapSpans([{ text: 'ctx-audit', style: (s) => c.bold(s), whole: true }, { text: shortenMiddle(safeText(ctx.root), width - 10), whole: true }], width, 2));
  const bk = ctx.buildkit;
  const rulesFor = ctx.builder === 'buildkit' ? `BuildKit (ignore file: ${safeText(bk?.ignoreFile ?? 'none')})` : 'the legacy builder (DOCKER_BUILDKIT=0)';
  out.push(...wrap(`Dockerfile: ${safeText(ctx.dockerfile)} · findings for ${rulesFor}${bk?.target ? ` · target: ${safeText(bk.target)}` : ''}`, (s) => c.dim(s)));
  out.push('');
  // A Git context (src/buildkit/git-context.ts): what the commit holds, beside what the legacy CLI would send.
  const git = ctx.gitContext;
  const head = ['', 'legacy builder', ...(bk ? ['BuildKit: eligible', 'BuildKit: requested'] : []), ...(git ? ['BuildKit: Git context'] : [])];
  const rows: string[][] = [];
  // The requested column counts what the daemon reads, as the verdict line does: a later name of a
  // hard-linked file is sent as a link there, so it is a link, not a file (transfer.requestedFiles).
  const requested = bk ? { ...bk.requested, ...(bk.transfer ? { files: bk.transfer.requestedFiles, links: bk.requested.files - bk.transfer.requestedFiles, bytes: bk.transfer.requestedBytes } : {}) } : null;
  const bkCells = (f: (x: NonNullable<typeof bk>['eligible']) => string): string[] => (bk ? [f(bk.eligible), bk.usesContext ? f(requested!) : '0'] : []);
  // Regular files in every column; links and special files on their own row (the eligible column
  // counts each name of a hard-linked file, as BuildKit may request any of them).
  const g = (cell: string): string[] => (git ? [cell] : []);
  rows.push(['files', formatCount(ctx.files), ...bkCells((x) => formatCount(x.files - x.links)), ...g(git ? formatCount(git.files) : '')]);
  rows.push(['directories', formatCount(ctx.directories), ...bkCells((x) => formatCount(x.directories)), ...g(git ? formatCount(git.directories) : '')]);
  const links = ctx.symlinks + ctx.hardlinks + ctx.otherEntries;
  if (links > 0 || (bk && bk.eligible.links > 0) || (git && git.links > 0)) rows.push(['links, special files', formatCount(links), ...bkCells((x) => formatCount(x.links)), ...g(git ? formatCount(git.links) : '')]);
  rows.push(['content', formatSize(ctx.contentBytes), ...bkCells((x) => formatSize(x.bytes)), ...g(git ? formatSize(git.contentBytes) : '')]);
  rows.push(['upload', ctx.legacyRefusedBy ? 'refused' : `${formatBytes(ctx.tarBytes)} tar`, ...(bk ? ['', 'files, no tar'] : []), ...g('none: cloned on the builder')]);
  // The other sizes the same upload may have (`-f -`), each on a row of its own: a cell cut to fit
  // 80 columns read as one garbled number (`40,307,…0,307,472 B`).
  for (const alt of ctx.tarBytesAlternatives) rows.push(['  or', `${formatBytes(alt)} tar`, ...(bk ? ['', ''] : []), ...g('')]);
  rows.push(['ignore file', safeText(ctx.ignoreFile ?? 'none'), ...(bk ? [safeText(bk.ignoreFile ?? 'none'), ''] : []), ...g('none applies')]);
  const unmeasured = ctx.excluded.unmeasuredDirectories;
  rows.push(['excluded', unmeasured > 0 ? 'not measured' : excludedText(ctx.excluded), ...(bk ? ['', ''] : []), ...g('.git, and what the commit lacks')]);
  out.push(fittedTable(head, rows, c, ['left', 'right', 'right', 'right'], width, bk ? [1, 2, 3] : git ? [1, 2] : [1]));
  if (unmeasured > 0) out.push(...wrap(`excluded: ${excludedText(ctx.excluded)}: like Docker, the audit does not look inside what the ignore file prunes; --measure-excluded totals it.`, (s) => c.dim(s)));
  if (bk && ctx.hardlinks > 0) out.push(...wrap(`Hard links: the legacy tar sends a later name of a file as a link (counted under links); BuildKit's eligible column counts every name as a file, since any of them may be requested.`, (s) => c.dim(s)));
  // docker's own line, quoted as it prints it.
  out.push(
    ...wrapSpans(
      [
        ...(ctx.legacyRefusedBy
          ? [
              { text: 'docker build (legacy) fails:', style: (s: string) => c.dim(s), whole: true },
              { text: safeText(ctx.legacyRefusedBy), style: (s: string) => c.bold(s) },
              { text: '(this user cannot read that path; BuildKit does not check, and sends what it requests)', style: (s: string) => c.dim(s) },
            ]
          : [
              { text: 'docker build (legacy) prints:', style: (s: string) => c.dim(s), whole: true },
              { text: `Sending build context to Docker daemon  ${ctx.dockerFigure}`, style: (s: string) => c.bold(s), whole: true },
            ]),
      ],
      width,
      2,
    ),
  );
  if (bk && !bk.error) {
    // BuildKit's progress line for the build context, and its separate .dockerignore load.
    const ig = bk.dockerignoreTransfer ? `.dockerignore: ${bk.dockerignoreTransfer.figure}; ` : '';
    out.push(
      ...wrapSpans(
        [
          { text: 'docker build (BuildKit) prints:', style: (s) => c.dim(s), whole: true },
          { text: bk.transfer ? `transferring context: ${bk.transfer.figure}` : 'no build-context transfer', style: (s) => c.bold(s), whole: true },
          { text: `(${ig}xattrs not counted)`, style: (s) => c.dim(s) },
        ],
        width,
        2,
      ),
    );
  }
  if (ctx.compressed) {
    // --compress asked: what the legacy builder sends and prints with it.
    const z = ctx.compressed;
    out.push(
      ...wrapSpans(
        [
          { text: 'with --compress it prints:', style: (s) => c.dim(s), whole: true },
          { text: `Sending build context to Docker daemon  ${compressedFigure(z)}`, style: (s) => c.bold(s), whole: true },
          { text: `(${compressedBytes(z)} of gzip; BuildKit ignores --compress)`, style: (s) => c.dim(s) },
        ],
        width,
        2,
      ),
    );
    if (!z.exact) out.push(...wrap(z.unreproducible ? `Not exact: ${z.unreproducible}.` : `A range: docker writes part of the stream at build time (a Dockerfile from outside the context or stdin, under a random name or with the build time) (${z.samples} draws${z.topMargin ? `, the top ${z.topMargin} B above their largest for rarer names` : ''}).`, (s) => c.dim(s)));
  }
  if (bk) {
    let what: string;
    if (bk.error) what = `cannot tell: ${safeText(bk.error)}`;
    else if (!bk.usesContext) what = 'nothing from the context (no stage this target needs reads it)';
    else if (bk.followPaths === 'all') what = `the whole eligible context (${safeText(bk.fallbackReason ?? 'a source covers it')})`;
    else what = `${plural(bk.followPaths.length, 'path', 'paths')}: ${bk.followPaths.slice(0, 6).map(safeText).join(', ')}${bk.followPaths.length > 6 ? ', …' : ''}`;
    out.push(...wrapSpans([{ text: 'BuildKit requests:', style: (s) => c.dim(s), whole: true }, { text: what, style: bk.error ? (s) => c.red(s) : undefined }], width, 2));
  }
  if (!ctx.endMarker) {
    const note = ctx.dockerfile.startsWith('../') || ctx.dockerfile === '-'
      ? `Note: the Dockerfile ${ctx.dockerfile === '-' ? 'comes from stdin (-f -)' : 'is outside the context'}, so docker appends it under a random .dockerfile.<hex> name and ends the stream without the tar end marker` +
        (ctx.tarBytesAlternatives.length > 0 ? '; the two totals are the two orders it may append its entries in.' : '.')
      : 'Note: docker sends this stream without the tar end marker (see notices).';
    out.push(...wrap(note, (s) => c.yellow(s)));
  }
  const overhead = tarOverheadNote(ctx);
  if (overhead) out.push(...wrap(overhead, (s) => c.yellow(s)));
  out.push('');
  // Files rank by their own size: a 0-byte file still costs a 512-byte header, which says nothing about it.
  const files = pathTable(
    ctx.gitContext ? 'Largest files of the Git context (by content)' : 'Largest files (by content)',
    ctx.largestFilesByContent ?? ctx.largestFiles,
    [
      { head: 'size', align: 'right', cell: (r) => formatSize(r.contentBytes) },
      { head: 'share', align: 'right', cell: (r) => percent(r.contentBytes, ctx.gitContext?.contentBytes ?? ctx.contentBytes) },
    ],
    (r) => r.contentBytes,
    c,
    width,
  );
  if (files) out.push(files);
  // Directories rank by what they add to the upload, headers included: many small files show here.
  // A Git context is cloned, not uploaded: its directories are listed with their content.
  const dirs = pathTable(
    git ? 'Heaviest directories of the Git context' : 'Heaviest directories (by upload)',
    ctx.heaviestDirectories,
    [
      { head: 'files', align: 'right', cell: (r) => formatCount(r.files) },
      { head: 'content', align: 'right', cell: (r) => formatSize(r.contentBytes) },
      ...(git
        ? [{ head: 'share', align: 'right' as const, cell: (r: PathFigure) => percent(r.contentBytes, git.contentBytes) }]
        : [
            { head: 'upload', align: 'right' as const, cell: (r: PathFigure) => formatSize(r.tarBytes) },
            { head: 'share', align: 'right' as const, cell: (r: PathFigure) => percent(r.tarBytes, ctx.tarBytes) },
          ]),
    ],
    (r) => (git ? r.contentBytes : r.tarBytes),
    c,
    width,
    '/',
  );
  if (dirs) out.push(dirs);
  if (ctx.notices.length > 0) {
    out.push(c.bold('Notices'));
    for (const n of ctx.notices) out.push(...wrapSpans([{ text: `  ${safeText(n.path)}:`, whole: true }, { text: safeText(n.message) }], width, 4));
    out.push('');
  }
  return out;
}

export function renderTable(result: AuditResult, opts: TableOptions): string {
  const c = opts.colors;
  const ctx = result.context;
  const verdict = verdictOf(result.findings, opts.failOn ?? 'error', result.baseline?.growth.exceeded === true);
  if (opts.quiet) return neutralizeCommands([verdictLine(ctx, verdict), ...result.findings.map(quietLine)].join('\n') + '\n');
  const width = layoutWidth(opts.width);
  const out: string[] = [...verdictLines(ctx, verdict, c, width), ''];
  if (result.findings.length > 0) {
    out.push(c.bold('Findings'));
    for (const f of result.findings) out.push(...findingLines(f, c, width));
    out.push('');
  }
  if (result.baseline) {
    const [title, ...rest] = renderBaselineText(result.baseline, safeText);
    out.push(c.bold(title), ...rest, '');
  }
  out.push(...details(result, c, width));
  return neutralizeCommands(out.join('\n').replace(/\n+$/, '') + '\n');
}

/** Several targets: one summary row per target, then each target's findings under its name. */
export function renderTableMulti(multi: MultiAuditResult, opts: TableOptions): string {
  const c = opts.colors;
  const width = layoutWidth(opts.width);
  const out: string[] = [];
  // The verdict first, as for one context: the run fails on any target's finding at --fail-on. A
  // finding several targets report (one context's ignore file) counts once, and is shown once.
  const groups = groupFindings(multi);
  const verdict = verdictOf(groups.map((g) => g.finding), opts.failOn ?? 'error');
  const broken = multi.targets.filter((t) => t.error).length;
  const word = broken > 0 ? 'ERROR' : verdict.failed ? 'FAIL' : 'PASS';
  if (opts.quiet) {
    const lines = [`${word} (--fail-on ${verdict.failOn}): ${multiCountsText(verdict.counts, byTarget(multi))} · ${targetsText(multi.targets)}`];
    for (const t of multi.targets) if (t.error) lines.push(`${safeText(t.name)}: cannot audit: ${safeText(t.error)}`);
    for (const { finding: f, targets } of groups) lines.push(`${safeText(f.target)}${targets.length > 1 ? ` (${alsoForText(targets.slice(1), safeText)})` : ''}: ${quietLine(f)}`);
    return neutralizeCommands(lines.join('\n') + '\n');
  }
  const styled = word === 'PASS' ? c.green.bold(word) : c.red.bold(word);
  const tail = targetsText(multi.targets);
  // (The per-target totals in a span of their own: the first span is kept whole, and cut when too wide.)
  const note = perTargetNote(verdict.counts, byTarget(multi));
  const first = wrapSpans([{ text: `${word} (--fail-on ${verdict.failOn}): ${countsText(verdict.counts)}${note === null ? ' ·' : ''}`, whole: true }, ...(note !== null ? [{ text: `${note} ·`, whole: true }] : []), { text: tail, whole: true }], width, 2);
  first[0] = styled + first[0].slice(word.length);
  out.push(...first, '');
  out.push(`${c.bold('ctx-audit')} ${multi.targets.length} target${multi.targets.length === 1 ? '' : 's'} under ${safeText(multi.baseDir)}`);
  const w = multi.walks;
  // Two walks per context (the legacy and the BuildKit view); targets that share a context share them.
  out.push(...wrapSpans([{ text: `contexts: ${formatCount(w.contexts)} · walks: ${formatCount(w.performed)} (a legacy and a BuildKit view of each context; ${formatCount(w.requested)} asked for by ${plural(multi.targets.length, 'target', 'targets')}, shared ones reused)`, style: (s) => c.dim(s) }], width, 2));
  out.push('');
  // Narrow figure columns so the names keep the room (80 columns): the legend below says what they are.
  const head = ['target', 'context', 'Dockerfile', 'legacy', 'BuildKit', 'E', 'W', 'I'];
  const size = (n: number | null) => (n === null ? '–' : formatSize(n));
  const summaries = summarizeTargets(multi);
  const rows = summaries.map((s) => {
    const counts = s.status === 'ok' ? [String(s.findings.error), String(s.findings.warning), String(s.findings.info)] : ['', '', ''];
    return [safeText(s.target), safeText(s.context), safeText(s.dockerfile) + (s.stage ? ` (${safeText(s.stage)})` : ''), size(s.legacyTarBytes), s.gitContext ? 'Git' : (s.buildkitFigure ?? '–'), ...counts];
  });
  // Names wrap rather than lose their middle: two workflow steps' targets differ only there (keda's,
  // opentelemetry-operator's rows read `docke…uilds it)` on 80 columns).
  out.push(fittedTable(head, rows, c, ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'], width, [0, 1, 2], 'wrap'));
  out.push(
    ...wrapSpans(
      [
        {
          text: `legacy: the tar docker sends (as 'Sending build context' rounds it) · BuildKit: its 'transferring context' figure, as it prints it${summaries.some((s) => s.gitContext) ? "; Git: a Git context, the commit BuildKit clones (nothing sent from here)" : ''} · E/W/I: errors, warnings, info`,
          style: (x) => c.dim(x),
        },
      ],
      width,
      0,
    ),
  );
  out.push('');
  for (const target of multi.targets) {
    const { shown, shownUnder } = targetShare(groups, target.name);
    if (target.error) out.push(`${c.bold(safeText(target.name))}: ${c.red(`cannot audit: ${safeText(target.error)}`)}`);
    else if (target.skipped) out.push(`${c.bold(safeText(target.name))}: ${c.dim(`skipped: ${safeText(target.skipped)}`)}`);
    else if (shown.length === 0 && shownUnder.size === 0) out.push(`${c.bold(safeText(target.name))}: ${c.green('no findings')}`);
    else {
      out.push(c.bold(`${safeText(target.name)}: ${severityCounts(target.counts)}`));
      // A finding an earlier target reported too is shown there; here, one line says where.
      for (const g of shown) {
        out.push(...findingLines(g.finding, c, width));
        if (g.targets.length > 1) out.push(...noteLines(g.finding, alsoForText(g.targets.slice(1), safeText), c, width));
      }
      for (const [first, n] of shownUnder) out.push(...wrapSpans([{ text: ' ', whole: true }, { text: `+ ${plural(n, 'finding', 'findings')} shown under ${safeText(first)}`, style: (x) => c.dim(x) }], width, 4));
    }
    if (target.result?.context.gitContext !== undefined) out.push(...wrapSpans([{ text: gitContextLine(target.result.context.gitContext), style: (x) => c.dim(x) }], width, 2));
    out.push('');
  }
  return neutralizeCommands(out.join('\n'));
}
