// The report formats (`--format`): one entry each, for a single audit and for a multi-target run
// (--compose, --bake, --all). A new format is a compile error until it is wired here.
import type { ChalkInstance } from 'chalk';
import type { AuditResult } from '../audit.js';
import type { FailOn } from '../findings/verdict.js';
import type { MultiAuditResult } from '../multi/run-targets.js';
import { renderGithub, renderGithubMulti } from './github.js';
import { renderJsonChunks, renderJsonMulti } from './json.js';
import { renderMarkdown, renderMarkdownMulti } from './markdown.js';
import { renderSarif, renderSarifMulti } from './sarif.js';
import { renderTable, renderTableMulti } from './table.js';

export const FORMATS = ['table', 'json', 'sarif', 'github', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** The table's colours (src/reporters/color.ts); level 0 for a file or a pipe. */
  colors: ChalkInstance;
  /** Terminal columns; undefined lays the table out for 80. */
  width?: number;
  /** The threshold the verdict is judged at. */
  failOn: FailOn;
  /** The table's verdict and findings only. */
  quiet: boolean;
  /** The working directory: SARIF, GitHub and Markdown locations are relative to it. */
  base: string;
}

interface Reporter {
  /** A single audit, in pieces: JSON carries every sent file, so it is never built as one string. */
  render(result: AuditResult, opts: FormatOptions): Iterable<string> | Promise<Iterable<string>>;
  /** A multi-target run; null where the format has none yet. */
  renderMulti: ((multi: MultiAuditResult, opts: FormatOptions) => string) | null;
  /** Draws what the ignore file keeps out, sized: the audit must total the pruned directories. */
  needsExcludedTotals?: boolean;
}

const REPORTERS = {
  table: {
    render: (r, o) => [renderTable(r, { colors: o.colors, quiet: o.quiet, width: o.width, failOn: o.failOn })],
    renderMulti: (m, o) => renderTableMulti(m, { colors: o.colors, width: o.width, failOn: o.failOn, quiet: o.quiet }),
  },
  json: { render: (r) => renderJsonChunks(r), renderMulti: (m) => renderJsonMulti(m) },
  sarif: { render: (r, o) => [renderSarif(r, { base: o.base })], renderMulti: (m) => renderSarifMulti(m) },
  github: { render: (r, o) => [renderGithub(r, { base: o.base })], renderMulti: (m) => renderGithubMulti(m) },
  markdown: { render: (r, o) => [renderMarkdown(r, { base: o.base, failOn: o.failOn })], renderMulti: (m, o) => renderMarkdownMulti(m, { failOn: o.failOn }) },
  // Loaded on demand: start-up is part of every pre-commit run, and the page is rarely asked for.
  html: { render: async (r) => [(await import('./html.js')).renderHtml(r)], renderMulti: null, needsExcludedTotals: true },
} satisfies Record<Format, Reporter>;

/** The report of one audit in `format`, as the pieces to write in order. */
export async function renderReport(format: Format, result: AuditResult, opts: FormatOptions): Promise<Iterable<string>> {
  return REPORTERS[format].render(result, opts);
}

/** Whether a report in `format` needs the audit's excluded totals (AuditOptions.measureExcluded). */
export function needsExcludedTotals(format: Format): boolean {
  return (REPORTERS[format] as Reporter).needsExcludedTotals === true;
}

/** Whether `format` has a multi-target report. */
export function hasMultiReport(format: Format): boolean {
  return REPORTERS[format].renderMulti !== null;
}

/** The report of a multi-target run in `format` (see hasMultiReport). */
export function renderMultiReport(format: Format, multi: MultiAuditResult, opts: FormatOptions): string {
  const render = REPORTERS[format].renderMulti;
  if (render === null) throw new Error(`--format ${format}: no multi-target report`);
  return render(multi, opts);
}
