// Counts in prose read as prose: `1 entry`, `2 entries`, `1 error, 0 warnings, 3 info`.

import { formatCount, formatSize, plural } from '../units.js';
import type { ExcludedTotals } from '../context/summary.js';

export { formatCount, plural };

export function severityCounts(c: { error: number; warning: number; info: number }): string {
  return `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${formatCount(c.info)} info`;
}

/**
 * What the ignore file keeps out, as the reports word it: `12 entries, 3.4 MB`, or, when the pruned
 * directories were not looked inside (the default: Docker never does), how many there are
 * (`--measure-excluded` totals them). A partial sum is never shown as a total.
 */
export function excludedText(x: ExcludedTotals): string {
  if (x.entries !== null && x.bytes !== null) return `${plural(x.entries, 'entry', 'entries')}, ${formatSize(x.bytes)}`;
  return `${plural(x.items, 'path', 'paths')} (${plural(x.unmeasuredDirectories, 'dir', 'dirs')} not measured)`;
}

/**
 * How many targets a multi-target run had, and what became of those not audited: `4 targets, 1
 * skipped, 1 could not be audited`. When every target was skipped nothing was audited, and the
 * headline says so (newrelic-java-agent's dead Compose file: a PASS over ten skipped services).
 */
export function targetsText(targets: readonly { skipped: string | null; error: string | null }[]): string {
  const broken = targets.filter((t) => t.error).length;
  const skipped = targets.filter((t) => !t.error && t.skipped).length;
  const all = targets.length > 0 && skipped === targets.length;
  return `${plural(targets.length, 'target', 'targets')}${all ? `, ${targets.length === 1 ? 'skipped' : 'all skipped'}: nothing audited` : skipped > 0 ? `, ${formatCount(skipped)} skipped` : ''}${broken > 0 ? `, ${broken} could not be audited` : ''}`;
}

/**
 * The other targets reporting the same finding (src/multi/summary.ts groupFindings): `also for web`,
 * `also for web, api, worker and 30 more targets`. `name` makes each untrusted name safe for the format.
 */
export function alsoForText(others: readonly string[], name: (s: string) => string, shown = 3): string {
  const listed = others.slice(0, shown).map(name).join(', ');
  const rest = others.length - shown;
  return `also for ${listed}${rest > 0 ? ` and ${plural(rest, 'more target', 'more targets')}` : ''}`;
}

/** The findings of a multi-target run by severity, once per target that reports them (the E/W/I columns' sums). */
export function byTarget(multi: { targets: readonly { counts: Record<'error' | 'warning' | 'info', number> }[] }): Record<'error' | 'warning' | 'info', number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const t of multi.targets) {
    out.error += t.counts.error;
    out.warning += t.counts.warning;
    out.info += t.counts.info;
  }
  return out;
}
