// The n best items of a long list without sorting it all: tens of thousands of files feed a
// "largest files" list of ten. Ties are broken by `compare`, so the result equals sort + slice.

/** The first `n` items of `items` in `compare` order (stable for equal items, like Array#sort). */
export function topN<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (n <= 0) return best;
  for (const it of items) {
    if (best.length === n && compare(it, best[n - 1]) >= 0) continue;
    // Binary search for the first element that `it` sorts strictly before (equal items keep their order).
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(it, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, it);
    if (best.length > n) best.pop();
  }
  return best;
}
