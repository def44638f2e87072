// Runs the rules and turns their raw findings into reported ones: severity overrides and `off`
// from the config, path-scoped ignores, then the message rendered from data.
import ignore from 'ignore';
import { byteStringToText } from '../context/bytes.js';
import type { RuleContext } from '../rules/rule.js';
import { allRules, type RuleId } from '../rules/registry.js';
import { compareFindings, type Finding, type Severity } from './finding.js';

export type SeveritySetting = Severity | 'off';

/** `{ paths: ['fixtures/**'], rules: ['CTX201'] }`: findings on those paths are dropped (all rules when `rules` is absent). */
export interface PathIgnore {
  paths: string[];
  rules?: RuleId[];
}

export interface CollectOptions {
  severity?: Partial<Record<RuleId, SeveritySetting>>;
  ignores?: PathIgnore[];
}

export function collectFindings(ctx: RuleContext, opts: CollectOptions = {}): Finding[] {
  const ignores = (opts.ignores ?? []).map((i) => ({ matcher: ignore().add(i.paths), rules: i.rules }));
  const findings: Finding[] = [];
  for (const rule of allRules()) {
    const severity = opts.severity?.[rule.id as RuleId] ?? rule.severity;
    if (severity === 'off') continue;
    for (const raw of rule.check(ctx)) {
      const path = raw.path === undefined ? undefined : byteStringToText(raw.path);
      if (path !== undefined && ignores.some((i) => (!i.rules || i.rules.includes(rule.id as RuleId)) && isIgnoredPath(i.matcher, path))) continue;
      const f: Finding = { ruleId: rule.id, name: rule.name, severity, message: rule.message(raw.data), data: raw.data as Record<string, unknown> };
      if (path !== undefined) f.path = path;
      if (raw.file !== undefined) f.file = raw.file;
      if (raw.line !== undefined) f.line = raw.line;
      if (raw.column !== undefined) f.column = raw.column;
      findings.push(f);
    }
  }
  return findings.sort(compareFindings);
}

function isIgnoredPath(m: ReturnType<typeof ignore>, path: string): boolean {
  try {
    return m.ignores(path);
  } catch {
    // `ignore` rejects some paths (e.g. with a leading `./`); such a path simply is not ignored.
    return false;
  }
}
