// Counts in prose read as prose: `1 entry`, `2 entries`, `1 error, 0 warnings, 3 info`.

import { formatCount } from '../units.js';

export { formatCount };

export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function severityCounts(c: { error: number; warning: number; info: number }): string {
  return `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${formatCount(c.info)} info`;
}
