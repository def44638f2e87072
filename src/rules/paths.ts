// Small path helpers for rules. Engine paths are context-relative byte strings; data carries text.
import { byteStringToText } from '../context/bytes.js';

export const text = byteStringToText;

export function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Whether a COPY source or ignore pattern holds a wildcard (`*`, `?`, `[`) or an escape. */
/** Where BuildKit reads a source that climbs out of the context: its leading `..` components dropped (joined under the root). */
export const underRoot = (p: string): string => p.replace(/^(?:\.\.(?:\/|$))+/, '');

export function hasWildcard(pattern: string): boolean {
  return /[*?[\\]/.test(pattern);
}

/** The 1-based line of a character index in a text. */
export function lineOf(content: string, index: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i >= 0 && i < index; i = content.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The first path of `sorted` (byte order, no trailing `/`) that is `dir` or lies under it, or
 * undefined: two binary searches, so a rule can ask for many directories without a scan each.
 */
export function firstAtOrUnder(sorted: readonly string[], dir: string): string | undefined {
  const at = lowerBound(sorted, dir);
  if (at < sorted.length && sorted[at] === dir) return dir;
  return firstUnder(sorted, dir);
}

/** The first path of `sorted` strictly under `dir`, or undefined (one binary search). */
export function firstUnder(sorted: readonly string[], dir: string): string | undefined {
  // `dir/...` sorts after `dir` and every `dir<c>` with c < '/': search from `dir/` itself.
  const under = lowerBound(sorted, dir + '/');
  return under < sorted.length && sorted[under].startsWith(dir + '/') ? sorted[under] : undefined;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The components of a COPY source or ignore pattern before its first wildcard component (`*`, `?`,
 * `[`, or an escape), a leading `./` or `/` dropped: `target/*.jar` gives `['target']`, `*.go` gives `[]`.
 */
export function literalComponents(pattern: string): string[] {
  return splitAtWildcard(pattern).literal;
}

/** literalComponents, with the first wildcard component (null when there is none) and the count of all components. */
export function splitAtWildcard(pattern: string): { literal: string[]; wildcard: string | null; components: number } {
  const parts = pattern.replace(/^\.?\/+/, '').split('/').filter((c) => c !== '' && c !== '.');
  const w = parts.findIndex(hasWildcard);
  return { literal: w < 0 ? parts : parts.slice(0, w), wildcard: w < 0 ? null : parts[w], components: parts.length };
}

/**
 * A size written as text: a number, an optional k/M/G/T (powers of 1000, or of 1024 with `i`) and an
 * optional B, in any case (`10MB`, `1.5 GiB`, `512k`). A plain pattern (no flags) so the config's
 * JSON Schema uses it as is.
 */
export const SIZE_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)([iI]?)[bB]?\\s*$';
const SIZE_RE = new RegExp(SIZE_PATTERN);

/** Byte sizes as flags and config accept them: `10485760`, `10MB`, `1.5GiB`, `500k` (1 KB = 1000 B, 1 KiB = 1024 B). */
export function parseSize(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
  const m = SIZE_RE.exec(value);
  if (!m) return null;
  const power = ' kmgt'.indexOf(m[2].toLowerCase() || ' ');
  const base = m[3] ? 1024 : 1000;
  return Math.floor(Number(m[1]) * base ** power);
}
