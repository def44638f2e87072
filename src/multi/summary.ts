// The per-target summary every multi-target report shows: target, context, Dockerfile, legacy tar
// bytes, BuildKit requested bytes, findings by severity. Data only; reporters format it.
import * as path from 'node:path';
import type { Severity } from '../findings/finding.js';
import type { MultiAuditResult, TargetFinding, TargetReport } from './run-targets.js';

export interface TargetSummary {
  target: string;
  /** Context directory relative to the report's base directory (`.` for the base itself). */
  context: string;
  dockerfile: string;
  stage: string | null;
  legacyTarBytes: number | null;
  /** What BuildKit requests for the target (content bytes); 0 when no needed stage reads the context. */
  buildkitRequestedBytes: number | null;
  /** What `docker build` (BuildKit) prints: `transferring context: <this>`; `none` when no stage reads the context. */
  buildkitFigure: string | null;
  /** A Git context BuildKit clones (src/buildkit/git-context.ts): nothing is sent, so there are no figures. */
  gitContext: boolean;
  findings: Record<Severity, number>;
  /** `ok`, `error: <why it could not run>` or `skipped: <why>`. */
  status: string;
}

/** A path for display: relative to the base directory when inside it, absolute otherwise. */
export function relativeToBase(base: string, abs: string): string {
  const rel = path.relative(base, abs);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

export function summarizeTarget(multi: MultiAuditResult, t: TargetReport): TargetSummary {
  const ctx = t.result?.context;
  const bk = ctx?.buildkit;
  return {
    target: t.name,
    // A skipped target's context may be a URL (a Git or remote context): only a local path is made relative.
    context: t.skipped && !path.isAbsolute(t.context) ? t.context : relativeToBase(multi.baseDir, ctx?.root ?? t.context),
    dockerfile: t.dockerfile,
    stage: t.stage,
    legacyTarBytes: ctx && ctx.gitContext === undefined ? ctx.tarBytes : null,
    buildkitRequestedBytes: bk && !bk.error ? (bk.usesContext ? bk.requested.bytes : 0) : null,
    buildkitFigure: bk && !bk.error ? (bk.transfer?.figure ?? 'none') : null,
    gitContext: ctx?.gitContext !== undefined,
    findings: { ...t.counts },
    status: t.error ? `error: ${t.error}` : t.skipped ? `skipped: ${t.skipped}` : 'ok',
  };
}

export function summarizeTargets(multi: MultiAuditResult): TargetSummary[] {
  return multi.targets.map((t) => summarizeTarget(multi, t));
}

/** Where a finding points, relative to the base directory: its file or path joined to its target's context. */
export function findingLocation(multi: MultiAuditResult, t: TargetReport, rel: string): string {
  const root = t.result?.context.root ?? t.context;
  const loc = relativeToBase(multi.baseDir, path.resolve(root, rel));
  // CTX004 and friends name directories with a trailing slash; keep it.
  return rel.endsWith('/') && !loc.endsWith('/') ? loc + '/' : loc;
}

/** One finding as several targets report it: the same rule, severity, place and message. */
export interface FindingGroup {
  finding: TargetFinding;
  /** Every target that reported it, in the run's order; `finding.target` is the first. */
  targets: string[];
}

/**
 * The findings with each repeat folded into the first target's: targets that share a context report
 * the same ignore-file or context finding once each (adopt-dont-shop: 33 builds of one context, its 4
 * CTX303 warnings 132 times), and reporters show such a finding once, naming its targets. Keyed by
 * where it points relative to the base directory, so two contexts' own `.dockerignore` stay apart.
 */
export function groupFindings(multi: MultiAuditResult): FindingGroup[] {
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  const groups = new Map<string, FindingGroup>();
  for (const f of multi.findings) {
    const t = byName.get(f.target);
    const rel = f.file ?? f.path;
    const at = t && rel !== undefined ? findingLocation(multi, t, rel) : '';
    // The data too: two targets' CTX004 can read alike ("5 files in ./ are not requested") over other files.
    const key = JSON.stringify([f.severity, f.ruleId, f.file !== undefined, at, f.line ?? 0, f.column ?? 0, f.message, f.baselineState ?? '', f.data]);
    const g = groups.get(key);
    if (g) {
      if (!g.targets.includes(f.target)) g.targets.push(f.target);
    } else groups.set(key, { finding: f, targets: [f.target] });
  }
  return [...groups.values()];
}

/**
 * One target's share of the groups: those shown under it (it reported them first), and how many of
 * the rest it reported are shown under each earlier target.
 */
export function targetShare(groups: readonly FindingGroup[], name: string): { shown: FindingGroup[]; shownUnder: Map<string, number> } {
  const shown: FindingGroup[] = [];
  const shownUnder = new Map<string, number>();
  for (const g of groups) {
    if (g.finding.target === name) shown.push(g);
    else if (g.targets.includes(name)) shownUnder.set(g.finding.target, (shownUnder.get(g.finding.target) ?? 0) + 1);
  }
  return { shown, shownUnder };
}
