// Replays one path's decision the way a builder's walk reaches it: each ancestor directory is
// tested with MatchesUsingParentResults (R26) using its parent's match info, and an excluded
// ancestor either prunes the subtree or is entered for an exception (legacy: R27's literal prefix
// test; BuildKit's client: fsutil's rule, B6). The walk result stays the verdict; the trace says why.
import { PatternError, type PatternMatcher } from '../context/patterns.js';

export type DescentMode = 'legacy' | 'fsutil';

/** Why an excluded directory is (or is not) entered: the exception that lets the walk in. */
export type DescentReason = { enters: true; exception: number | 'wildcard' } | { enters: false };

export interface AncestorStep {
  dir: string;
  /** Pattern index that excluded this directory. */
  decidedBy: number;
  descent: DescentReason;
}

export interface PathTrace {
  /** Excluded ancestors the walk still entered (R27 / B6). */
  entered: AncestorStep[];
  /** The excluded ancestor whose subtree the walk never reads, or null. */
  prunedAt: AncestorStep | null;
  /** Deciding pattern index for the path itself, -1 for none (meaningless when prunedAt is set). */
  decidedBy: number;
  excluded: boolean;
  /** Patterns that matched the path (index, and whether only through its parent's match info). */
  matched: { index: number; viaParent: boolean }[];
  /** Exceptions whose text matches the path but that never applied: skipped by order (R17) or behind a prune. */
  deadExceptions: number[];
  /** Set when a pattern could not compile: Docker stops the walk there. */
  error: string | null;
}

const WILDCARD = /[*[\]?^\\]/;

/** Mirrors the two walks' "enter an excluded directory?" rules (walk.ts makeDescentRule). */
export function descentFor(pm: PatternMatcher, dir: string, mode: DescentMode): DescentReason {
  if (!pm.hasExclusions) return { enters: false };
  const pats = pm.patterns;
  if (mode === 'legacy') {
    const i = pats.findIndex((p) => p.exclusion && (p.text + '/').startsWith(dir + '/'));
    return i >= 0 ? { enters: true, exception: i } : { enters: false };
  }
  const stripped = pats.map((p) => (p.exclusion ? p.text.replace(/\/\*\*?$/, '') : null));
  if (stripped.some((s) => s !== null && WILDCARD.test(s))) return { enters: true, exception: 'wildcard' };
  const i = stripped.findIndex((s) => s !== null && (s + '/').startsWith(dir + '/'));
  return i >= 0 ? { enters: true, exception: i } : { enters: false };
}

function safeTest(pm: PatternMatcher, i: number, path: string): boolean {
  try {
    return pm.testPattern(i, path);
  } catch {
    return false;
  }
}

/** Traces `path` (context-relative byte string, cleaned, not `.`) through `pm`. */
export function tracePath(pm: PatternMatcher, path: string, mode: DescentMode): PathTrace {
  const parts = path.split('/');
  const trace: PathTrace = { entered: [], prunedAt: null, decidedBy: -1, excluded: false, matched: [], deadExceptions: [], error: null };
  let parentInfo: boolean[] | null = null;
  const pats = pm.patterns;
  try {
    for (let k = 1; k <= parts.length; k++) {
      const rel = parts.slice(0, k).join('/');
      const out: boolean[] = [];
      const idx = pm.matchWithParents(rel, k === 1 ? null : parentInfo, out);
      const excluded = idx >= 0 && !pats[idx].exclusion;
      if (k < parts.length) {
        if (excluded) {
          const step: AncestorStep = { dir: rel, decidedBy: idx, descent: descentFor(pm, rel, mode) };
          if (!step.descent.enters) {
            trace.prunedAt = step;
            // Exceptions that would have matched the path, had the walk looked (CTX304's case).
            trace.deadExceptions = pats.flatMap((p, i) => (p.exclusion && safeTest(pm, i, path) ? [i] : []));
            return trace;
          }
          trace.entered.push(step);
        }
        parentInfo = out;
        continue;
      }
      trace.decidedBy = idx;
      trace.excluded = excluded;
      // Replay the skip rule (R17) to separate "matched" from "would match but was skipped".
      let matched = false;
      for (let i = 0; i < pats.length; i++) {
        const viaParent = k > 1 && parentInfo !== null && parentInfo[i] === true;
        if (!viaParent && pats[i].exclusion !== matched) {
          if (pats[i].exclusion && safeTest(pm, i, path)) trace.deadExceptions.push(i);
          continue;
        }
        if (out[i]) {
          trace.matched.push({ index: i, viaParent });
          matched = !pats[i].exclusion;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    trace.error = e.message;
  }
  return trace;
}
