// The engine: discover -> analyze, returning data. It never prints and never sets an exit code.
import { byteStringToText, isValidUtf8 } from './context/bytes.js';
import { analyzeLegacyContext, type LegacyContext } from './context/legacy-context.js';
import { summarize, type ContextSummary, type SizedPath } from './context/summary.js';
import { humanSize } from './context/tar-format.js';
import { collectFindings, type CollectOptions } from './findings/collect.js';
import type { Finding } from './findings/finding.js';
import { fsContextReader } from './rules/fs-reader.js';
import { gitIgnoreOracle } from './rules/gitignore.js';
import type { RuleContext, RuleSettings } from './rules/rule.js';

export const SCHEMA_VERSION = 1;

export type Builder = 'legacy' | 'buildkit';

export interface AuditOptions {
  context: string;
  file?: string;
  cwd: string;
  builder: Builder;
  /** How many largest files / heaviest directories to report. */
  top?: number;
  /** Rule thresholds; defaults in DEFAULT_SETTINGS. */
  settings?: Partial<RuleSettings>;
  /** Severity overrides and path ignores (from the config file). */
  findings?: CollectOptions;
  /** False for commands that only need the entry list (ls, tar). */
  runRules?: boolean;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  maxFileSize: 10 * 1000 * 1000,
  maxContextSize: null,
  secretContent: { enabled: true, maxBytes: 1024 * 1024 },
};

export interface PathFigure {
  path: string;
  tarBytes: number;
  contentBytes: number;
  files: number;
}

/** The `context` object of the JSON report (schemaVersion 1). */
export interface ContextReport {
  root: string;
  dockerfile: string;
  ignoreFile: string | null;
  builder: Builder;
  /** Which builder the figures below describe. */
  figuresFor: 'legacy';
  entries: number;
  files: number;
  directories: number;
  symlinks: number;
  hardlinks: number;
  otherEntries: number;
  contentBytes: number;
  tarBytes: number;
  /** Other totals the upload can have when the CLI appends entries in random order (R40). */
  tarBytesAlternatives: number[];
  /** The figure `docker build` prints: "Sending build context to Docker daemon  <this>". */
  dockerFigure: string;
  endMarker: boolean;
  excluded: { items: number; entries: number; files: number; bytes: number };
  largestFiles: PathFigure[];
  heaviestDirectories: PathFigure[];
  /** Exceptions the CLI appends so the build files are sent (R22). */
  protectedPatterns: string[];
  notices: { path: string; message: string }[];
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION;
  context: ContextReport;
  findings: Finding[];
  /** The analyzed context, for commands that need more than the report (ls, tar). */
  legacy: LegacyContext;
  summary: ContextSummary;
}

/** Engine paths are byte strings; reports carry UTF-8 text (invalid bytes become U+FFFD). */
export function displayPath(p: string): string {
  return byteStringToText(p);
}

function figure(p: SizedPath): PathFigure {
  return { path: displayPath(p.path), tarBytes: p.tarBytes, contentBytes: p.contentBytes, files: p.files };
}

export function runAudit(opts: AuditOptions): AuditResult {
  const legacy = analyzeLegacyContext({ context: opts.context, file: opts.file, cwd: opts.cwd });
  const summary = summarize(legacy.walk.entries, legacy.walk.excluded, opts.top ?? 10);
  const ruleContext: RuleContext = {
    entries: legacy.walk.entries,
    excluded: legacy.walk.excluded,
    ignore: legacy.ignore,
    tarMatcher: legacy.tarMatcher,
    tarBytes: legacy.tarBytes,
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
    reader: fsContextReader(legacy.resolved.root),
    isGitIgnored: opts.runRules === false ? null : gitIgnoreOracle(legacy.resolved.root, legacy.walk.entries),
  };
  const findings: Finding[] = opts.runRules === false ? [] : collectFindings(ruleContext, opts.findings);
  const context: ContextReport = {
    root: legacy.resolved.root,
    dockerfile: displayPath(legacy.resolved.relDockerfile),
    ignoreFile: legacy.ignore.path ? legacy.ignore.displayName : null,
    builder: opts.builder,
    figuresFor: 'legacy',
    entries: summary.entries + legacy.injected.length,
    files: summary.files,
    directories: summary.directories,
    symlinks: summary.symlinks,
    hardlinks: summary.hardlinks,
    otherEntries: summary.other,
    contentBytes: summary.contentBytes,
    tarBytes: legacy.tarBytes,
    tarBytesAlternatives: legacy.tarBytesAlternatives,
    dockerFigure: humanSize(legacy.tarBytes),
    endMarker: legacy.endMarker,
    excluded: summary.excluded,
    largestFiles: summary.largestFiles.map(figure),
    heaviestDirectories: summary.heaviestDirectories.map(figure),
    protectedPatterns: legacy.protectedPatterns,
    notices: legacy.walk.notices.map((n) => ({ path: displayPath(n.path), message: n.message })),
  };
  return { schemaVersion: SCHEMA_VERSION, context, findings, legacy, summary };
}

export { isValidUtf8 };
