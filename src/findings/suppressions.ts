// Inline suppressions in the Dockerfile, after hadolint's `# hadolint ignore=DL3003`:
// `# ctx-audit ignore=CTX101[,CTX005]` silences those rules on the next instruction. Comments inside
// an instruction (continuation lines, heredoc bodies) are not pragmas: BuildKit strips them as part
// of the instruction, so they cannot sit "before" anything.
import { DockerfileParser } from 'dockerfile-ast';
import type { Finding } from './finding.js';

export interface Suppression {
  /** 1-based line of the comment. */
  line: number;
  /** Each id or name as written, in order. */
  rules: string[];
  /** 1-based first and last line of the instruction it applies to, or null when none follows. */
  instruction: { startLine: number; endLine: number } | null;
}

const PRAGMA = /^#\s*ctx-audit\s+ignore\s*=\s*(.*?)\s*$/i;

/** The `# ctx-audit ignore=` comments of a Dockerfile and the instruction each one governs. */
export function readSuppressions(dockerfile: Buffer | string): Suppression[] {
  const text = typeof dockerfile === 'string' ? dockerfile : dockerfile.toString('utf8');
  let ranges: { startLine: number; endLine: number }[];
  try {
    ranges = DockerfileParser.parse(text)
      .getInstructions()
      .map((ins) => ({ startLine: ins.getRange().start.line + 1, endLine: ins.getRange().end.line + 1 }));
  } catch {
    // An unparseable Dockerfile is CTX100's business; without instructions nothing can be suppressed.
    return [];
  }
  const inside = (line: number) => ranges.some((r) => line >= r.startLine && line <= r.endLine);
  const out: Suppression[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const m = PRAGMA.exec(raw.trim());
    if (!m || inside(line)) return;
    const rules = m[1]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const next = ranges.find((r) => r.startLine > line) ?? null;
    out.push({ line, rules, instruction: next });
  });
  return out;
}

/** One rule named by one suppression that dropped nothing. */
export interface UnusedSuppression {
  suppression: Suppression;
  /** The id or name as written. */
  rule: string;
  /** The registry id it names, or null when it names no rule. */
  ruleId: string | null;
}

/**
 * Drops findings located (file + line) on a suppressed instruction of `dockerfile`. Returns the kept
 * findings and every (suppression, rule) pair that dropped nothing. `resolve` maps a written id or
 * name to a registry id (null when unknown); `isActive` says whether that rule ran at all, so a
 * suppression for a rule the config turned off is not reported as unused.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  dockerfile: string,
  resolve: (rule: string) => string | null,
  isActive: (ruleId: string) => boolean,
): { kept: Finding[]; unused: UnusedSuppression[] } {
  const used = new Set<string>();
  const key = (s: Suppression, rule: string) => `${s.line}\0${rule}`;
  const kept = findings.filter((f) => {
    if (f.file !== dockerfile || f.line === undefined) return true;
    let drop = false;
    for (const s of suppressions) {
      if (!s.instruction || f.line < s.instruction.startLine || f.line > s.instruction.endLine) continue;
      for (const rule of s.rules) {
        if (resolve(rule) !== f.ruleId) continue;
        used.add(key(s, rule));
        drop = true;
      }
    }
    return !drop;
  });
  const unused: UnusedSuppression[] = [];
  for (const s of suppressions) {
    for (const rule of s.rules) {
      const ruleId = resolve(rule);
      if (used.has(key(s, rule)) || (ruleId !== null && !isActive(ruleId))) continue;
      unused.push({ suppression: s, rule, ruleId });
    }
  }
  return { kept, unused };
}
