// One unit style for ctx-audit's own text: sizes as docker rounds them (go-units HumanSize, decimal
// units, 4 significant digits) but with a space before the unit ("9.728 kB", "26 B"), and exact
// byte counts with grouped digits ("9,728 B"). Lines docker or BuildKit print themselves are quoted
// as they print them (HumanSize without the space, "9.728kB"), never through these.
import { humanSize } from './context/tar-format.js';

/** A rounded size: 10752 -> "10.75 kB", 26 -> "26 B". */
export function formatSize(bytes: number): string {
  return humanSize(bytes).replace(/^([-+0-9.e]+)([A-Za-z]+)$/, '$1 $2');
}

/** An exact byte count: 32639095 -> "32,639,095 B". */
export function formatBytes(bytes: number): string {
  return `${formatCount(bytes)} B`;
}

/**
 * A count with grouped digits: 12501 -> "12,501", as `toLocaleString('en-US')` gives it. Integers
 * are grouped here: the first toLocaleString of a process loads ICU's number formatting, 15-60 ms
 * of every audit's start (measured on a 2-core host), for commas.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(n < 0 ? -n : n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? '-' + out : out;
}

/** A count and its noun in prose: `1 file`, `2 files`, `1 entry`, `2 entries`. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
