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
  return `${bytes.toLocaleString('en-US')} B`;
}

/** A count with grouped digits: 12501 -> "12,501". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
