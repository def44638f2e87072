// The verdict every human report opens with: pass or fail at --fail-on, the findings by severity,
// and what each builder will send. Data in, plain-text segments out (each reporter styles them).
import type { ContextReport } from '../audit.js';
import type { Verdict } from '../findings/verdict.js';
import { formatCount, plural } from './counts.js';
import { formatSize } from '../units.js';
import { MANY_SMALL_FILES_MIN_OVERHEAD } from '../rules/ctx006-many-small-files.js';

export interface VerdictSegments {
  /** `PASS` or `FAIL`. */
  word: 'PASS' | 'FAIL';
  /** `(--fail-on error): 1 error, 0 warnings` (info only when there is some). */
  detail: string;
  /** `legacy: 7 files, 9.728 kB` (the tar) and, when known, `BuildKit: 4 files, 622 B` (its transfer). */
  sends: string[];
}

export function countsText(c: Verdict['counts']): string {
  if (c.error + c.warning + c.info === 0) return 'no findings';
  return `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}${c.info > 0 ? `, ${formatCount(c.info)} info` : ''}`;
}

/**
 * A multi-target run's counts: each finding several targets share counted once, and, when the
 * targets' own columns add up to more, those totals too (dendrite's first line said 5 warnings where
 * the W column summed to 6; sweep 47/E-W2).
 */
export function multiCountsText(distinct: Verdict['counts'], byTarget: Verdict['counts']): string {
  const note = perTargetNote(distinct, byTarget);
  return note === null ? countsText(distinct) : `${countsText(distinct)} ${note}`;
}

/** `(counted per target: 6 warnings)` when the targets' own counts add up to more than the distinct ones, else null. */
export function perTargetNote(distinct: Verdict['counts'], byTarget: Verdict['counts']): string | null {
  const more = [
    ...(byTarget.error !== distinct.error ? [plural(byTarget.error, 'error', 'errors')] : []),
    ...(byTarget.warning !== distinct.warning ? [plural(byTarget.warning, 'warning', 'warnings')] : []),
    ...(byTarget.info !== distinct.info ? [`${formatCount(byTarget.info)} info`] : []),
  ];
  return more.length === 0 ? null : `(counted per target: ${more.join(', ')})`;
}

export function verdictSegments(ctx: ContextReport, v: Verdict): VerdictSegments {
  const why = v.growthExceeded && v.failOn !== 'never' ? `--fail-on ${v.failOn}, --max-growth exceeded` : v.growthExceeded ? '--max-growth exceeded' : `--fail-on ${v.failOn}`;
  // A Git context: BuildKit clones the commit, nothing is sent; its files come first.
  const git = ctx.gitContext;
  const sends = [...(git ? [`Git context: ${plural(git.files, 'file', 'files')}, ${formatSize(git.contentBytes)} (cloned on the builder)`] : []), ctx.legacyRefusedBy ? 'legacy: refuses the context' : `legacy: ${plural(ctx.files, 'file', 'files')}, ${formatSize(ctx.tarBytes)}`];
  const bk = ctx.buildkit;
  if (bk) {
    if (bk.error) sends.push('BuildKit: cannot tell (see below)');
    else if (!bk.usesContext) sends.push('BuildKit: nothing (no stage reads the context)');
    // The transfer BuildKit counts (file contents plus its per-entry packets) when known.
    else if (bk.transfer) sends.push(`BuildKit: ${plural(bk.transfer.requestedFiles, 'file', 'files')}, ${formatSize(bk.transfer.bytes)}`);
    else sends.push(`BuildKit: ${plural(bk.requested.files - bk.requested.links, 'file', 'files')}, ${formatSize(bk.requested.bytes)}`);
  }
  return { word: v.failed ? 'FAIL' : 'PASS', detail: `(${why}): ${countsText(v.counts)}`, sends };
}

/** The verdict on one unwrapped line, for --quiet and plain text. */
export function verdictLine(ctx: ContextReport, v: Verdict): string {
  const s = verdictSegments(ctx, v);
  return `${s.word} ${s.detail} · ${s.sends.join(' · ')}`;
}

/** Lines about what a builder sends that is not content (the tar's headers and padding), when that dominates. */
export function tarOverheadNote(ctx: ContextReport): string | null {
  const overhead = ctx.tarBytes - ctx.contentBytes;
  if (overhead <= ctx.contentBytes || overhead < MANY_SMALL_FILES_MIN_OVERHEAD) return null;
  return (
    `Tar overhead: ${formatSize(overhead)} of the ${formatSize(ctx.tarBytes)} legacy upload is tar headers and padding, ` +
    `not content (${formatSize(ctx.contentBytes)}): each of the ${formatCount(ctx.entries)} entries takes a 512-byte header ` +
    'and each file is padded to a multiple of 512 bytes, so here the number of files is the cost (see CTX006).'
  );
}

/** Under a Git-context target (src/buildkit/git-context.ts): why its findings differ from the directory's. */
const GIT_CONTEXT_LINE = 'a Git context: BuildKit clones the commit, so no .dockerignore applies, there is no .git, and nothing an earlier step writes is in it';

/** The line under a Git-context target: with BUILDKIT_CONTEXT_KEEP_GIT_DIR=1 there is a .git (Icinga's notifications build). */
export function gitContextLine(g: { keepsGitDir?: true }): string {
  return g.keepsGitDir === true ? 'a Git context: BuildKit clones the commit, so no .dockerignore applies, its .git is kept (BUILDKIT_CONTEXT_KEEP_GIT_DIR=1), and nothing an earlier step writes is in it' : GIT_CONTEXT_LINE;
}
