// Budgets over time: compare this run with a previous `--format json` report (the baseline).
// Files are compared by path through the report's `sentFiles` list (the legacy builder's sent
// regular files); findings by rule + path (never by message, whose wording may change); the upload
// by the legacy tar bytes and BuildKit's requested bytes. `--max-growth` gates the figure of the
// builder being audited, the same figure CTX002 budgets.
import * as fs from 'node:fs';
import type { Builder } from '../builder.js';
import type { SentEntry } from '../context/walk.js';
import { InputError, UsageError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { parseSize } from '../rules/paths.js';

/** One sent regular file as the JSON report lists it (`sentFiles`). */
export interface SentFile {
  path: string;
  bytes: number;
}

/** What a comparison needs from a previous JSON report. */
export interface BaselineReport {
  tarBytes: number;
  buildkitRequestedBytes: number | null;
  /** Null for a report written before `sentFiles` existed: totals still compare, files do not. */
  sentFiles: SentFile[] | null;
  findings: { ruleId: string; path?: string; file?: string }[];
}

export type MaxGrowth = { bytes: number } | { percent: number };

export interface Delta {
  before: number | null;
  after: number | null;
  /** after - before; null when either side is unknown. */
  delta: number | null;
}

export interface FileGrowth {
  path: string;
  before: number;
  after: number;
  delta: number;
}

export interface BaselineComparison {
  /** The baseline file as given on the command line. */
  file: string;
  legacyTarBytes: Delta;
  buildkitRequestedBytes: Delta;
  /** Null when the baseline has no `sentFiles`. Lists hold the largest LIST_LIMIT changes; counts and bytes cover all. */
  files: {
    added: SentFile[];
    removed: SentFile[];
    grown: FileGrowth[];
    addedCount: number;
    addedBytes: number;
    removedCount: number;
    removedBytes: number;
    grownCount: number;
    grownBytes: number;
    shrunkCount: number;
  } | null;
  findings: { new: number; unchanged: number; fixed: { ruleId: string; path?: string }[] };
  /** The gate on the audited builder's figure. */
  growth: {
    measure: 'legacy-tar-bytes' | 'buildkit-requested-bytes';
    before: number;
    after: number;
    delta: number;
    /** delta / before in percent; null when before is 0. */
    percent: number | null;
    limit: MaxGrowth | null;
    exceeded: boolean;
  };
}

/** Largest changes kept per list in the report (counts and byte totals cover every file). */
export const LIST_LIMIT = 100;

/** `--max-growth`: `1048576`, `10MB`, `512KiB` (bytes) or `5%` (of the baseline's figure). */
export function parseMaxGrowth(value: string): MaxGrowth {
  const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (pct) return { percent: Number(pct[1]) };
  const bytes = parseSize(value);
  if (bytes === null) throw new UsageError(`--max-growth: expected bytes, a size like 10MB or a percentage like 5%, got "${value}"`);
  return { bytes };
}

export function findingKey(f: { ruleId: string; path?: string; file?: string }): string {
  return `${f.ruleId}\0${f.path ?? f.file ?? ''}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Reads and checks a previous JSON report; every problem is an InputError naming the file. */
export function readBaseline(file: string, shownAs: string = file): BaselineReport {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${shownAs}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`${shownAs}: the baseline is not JSON (write it with ctx-audit --format json)`);
  }
  const bad = (what: string): never => {
    throw new InputError(`${shownAs}: not a ctx-audit JSON report (schemaVersion 1): ${what}`);
  };
  if (!isObject(doc) || doc.schemaVersion !== 1) bad('schemaVersion is not 1');
  const d = doc as Record<string, unknown>;
  if (!isObject(d.context) || !isCount(d.context.tarBytes)) bad('no context.tarBytes');
  const ctx = d.context as Record<string, unknown>;
  const bk = ctx.buildkit;
  const requested = isObject(bk) && isObject(bk.requested) && isCount(bk.requested.bytes) && bk.error == null ? (bk.requested.bytes as number) : null;
  let sentFiles: SentFile[] | null = null;
  if (d.sentFiles !== undefined) {
    if (!Array.isArray(d.sentFiles)) bad('sentFiles is not a list');
    sentFiles = (d.sentFiles as unknown[]).map((f, i) => {
      if (!isObject(f) || typeof f.path !== 'string' || !isCount(f.bytes)) return bad(`sentFiles[${i}] is not { path, bytes }`);
      return { path: f.path, bytes: f.bytes };
    });
  }
  if (!Array.isArray(d.findings)) bad('no findings list');
  const findings = (d.findings as unknown[]).map((f, i) => {
    if (!isObject(f) || typeof f.ruleId !== 'string') return bad(`findings[${i}] has no ruleId`);
    return { ruleId: f.ruleId, path: typeof f.path === 'string' ? f.path : undefined, file: typeof f.file === 'string' ? f.file : undefined };
  });
  return { tarBytes: ctx.tarBytes as number, buildkitRequestedBytes: requested, sentFiles, findings };
}

/** What a comparison reads of an audit result (src/audit.ts AuditResult). */
export interface ComparedResult {
  context: { tarBytes: number; buildkit: { error: string | null; requested: { bytes: number } } | null };
  findings: Finding[];
}

/** The sent regular files of a result, as the JSON report lists them. */
export function sentFilesOf(result: { legacy: { walk: { entries: readonly SentEntry[] } } }, displayPath: (p: string) => string): SentFile[] {
  return result.legacy.walk.entries.filter((e) => e.kind === 'file').map((e) => sentFile(e, displayPath));
}

/** One regular file of the legacy walk as the JSON report's `sentFiles` lists it. */
export function sentFile(e: Pick<SentEntry, 'path' | 'contentBytes'>, displayPath: (p: string) => string): SentFile {
  return { path: displayPath(e.path), bytes: e.contentBytes };
}

const delta = (before: number | null, after: number | null): Delta => ({ before, after, delta: before === null || after === null ? null : after - before });

const byBytes = <T extends { path: string }>(size: (x: T) => number) => (a: T, b: T) => size(b) - size(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function compareFiles(before: SentFile[], after: SentFile[]): NonNullable<BaselineComparison['files']> {
  const old = new Map(before.map((f) => [f.path, f.bytes]));
  const now = new Map(after.map((f) => [f.path, f.bytes]));
  const added: SentFile[] = [];
  const removed: SentFile[] = [];
  const grown: FileGrowth[] = [];
  let shrunkCount = 0;
  for (const [path, bytes] of now) {
    const was = old.get(path);
    if (was === undefined) added.push({ path, bytes });
    else if (bytes > was) grown.push({ path, before: was, after: bytes, delta: bytes - was });
    else if (bytes < was) shrunkCount++;
  }
  for (const [path, bytes] of old) if (!now.has(path)) removed.push({ path, bytes });
  const sum = (xs: { bytes?: number; delta?: number }[], k: 'bytes' | 'delta') => xs.reduce((s, x) => s + (x[k] ?? 0), 0);
  return {
    added: added.sort(byBytes((x) => x.bytes)).slice(0, LIST_LIMIT),
    removed: removed.sort(byBytes((x) => x.bytes)).slice(0, LIST_LIMIT),
    grown: grown.sort(byBytes((x) => x.delta)).slice(0, LIST_LIMIT),
    addedCount: added.length,
    addedBytes: sum(added, 'bytes'),
    removedCount: removed.length,
    removedBytes: sum(removed, 'bytes'),
    grownCount: grown.length,
    grownBytes: sum(grown, 'delta'),
    shrunkCount,
  };
}

export interface CompareOptions {
  file: string;
  builder: Builder;
  maxGrowth: MaxGrowth | null;
  sentFiles: SentFile[];
}

/**
 * Compares a result with a baseline and marks each finding `baselineState` (`new` or
 * `unchanged`). Mutates `result.findings` (the marks) and returns the comparison.
 */
export function compareWithBaseline(result: ComparedResult, base: BaselineReport, opts: CompareOptions): BaselineComparison {
  const bkNow = result.context.buildkit && !result.context.buildkit.error ? result.context.buildkit.requested.bytes : null;
  const legacy = delta(base.tarBytes, result.context.tarBytes);
  const buildkit = delta(base.buildkitRequestedBytes, bkNow);
  let useBuildkit = opts.builder === 'buildkit';
  if (useBuildkit && buildkit.delta === null) {
    // A side whose Dockerfile could not be read has no BuildKit figure: a gate cannot be judged on it.
    if (opts.maxGrowth !== null) throw new InputError(`${opts.file}: --max-growth: no BuildKit figure on both sides to compare (a Dockerfile could not be read); use --builder legacy`);
    useBuildkit = false;
  }
  const gate = { before: (useBuildkit ? buildkit.before : legacy.before) as number, after: (useBuildkit ? buildkit.after : legacy.after) as number };
  const growthBytes = gate.after - gate.before;
  const percent = gate.before === 0 ? null : (growthBytes / gate.before) * 100;
  const limit = opts.maxGrowth;
  const exceeded =
    limit === null ? false : 'bytes' in limit ? growthBytes > limit.bytes : growthBytes > 0 && (percent === null || percent > limit.percent);

  // A multiset: a key the baseline had twice matches two findings now (several findings of one
  // rule in the Dockerfile share rule + file); findings come sorted, so the first ones match.
  const left = new Map<string, number>();
  for (const f of base.findings) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  let fresh = 0;
  for (const f of result.findings) {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    f.baselineState = n > 0 ? 'unchanged' : 'new';
    if (n > 0) left.set(key, n - 1);
    else fresh++;
  }
  const fixed = base.findings.filter((f) => {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    if (n === 0) return false;
    left.set(key, n - 1);
    return true;
  });
  return {
    file: opts.file,
    legacyTarBytes: legacy,
    buildkitRequestedBytes: buildkit,
    files: base.sentFiles === null ? null : compareFiles(base.sentFiles, opts.sentFiles),
    findings: { new: fresh, unchanged: result.findings.length - fresh, fixed: fixed.map((f) => ({ ruleId: f.ruleId, ...(f.path !== undefined ? { path: f.path } : {}) })) },
    growth: { measure: useBuildkit ? 'buildkit-requested-bytes' : 'legacy-tar-bytes', before: gate.before, after: gate.after, delta: growthBytes, percent, limit, exceeded },
  };
}
