// "Did you mean …?": the existing path nearest to one that does not exist, component by component
// (a misspelt directory is corrected first, then the name inside the directory it names), so a
// 200,000-entry context costs one pass to index its names and a few comparisons per component.

/** Levenshtein distance between a and b, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * How different a name may be and still be the one meant: about half its length; a name of five
 * characters or fewer, one (half made `dist` a typo of `test`, two letters of four: ds-wizard's
 * engine-backend).
 */
const limitFor = (name: string) => (name.length <= 5 ? 1 : Math.floor(name.length / 2));

/**
 * A name's extension, lowercase (`sh` of `build.sh`), or null: none, a dotfile's only dot, or what is no
 * file kind, a number or a word (`tool-2.10`, `python3.11`, `.env.production`: the review of 0f81bcc).
 */
function extensionOf(name: string): string | null {
  const i = name.lastIndexOf('.');
  const ext = i > 0 && i < name.length - 1 ? name.slice(i + 1).toLowerCase() : '';
  return /^[a-z][a-z0-9]{0,4}$/.test(ext) ? ext : null;
}

export interface PathIndex {
  /** Directory ('' = the root) -> the names in it, sorted. */
  children: Map<string, string[]>;
}

/** Indexes existing paths (posix, relative, no trailing slash); their parents are implied. */
export function indexPaths(paths: Iterable<string>): PathIndex {
  const sets = new Map<string, Set<string>>();
  const add = (p: string) => {
    const i = p.lastIndexOf('/');
    const parent = i < 0 ? '' : p.slice(0, i);
    let s = sets.get(parent);
    if (!s) sets.set(parent, (s = new Set()));
    if (s.has(p.slice(i + 1))) return;
    s.add(p.slice(i + 1));
    if (i > 0) add(parent);
  };
  for (const p of paths) if (p !== '' && p !== '.') add(p.replace(/\/+$/, ''));
  return { children: new Map([...sets].map(([k, v]) => [k, [...v].sort()])) };
}

/**
 * The existing path nearest to `target` (null when it exists, has no close enough match, or holds
 * wildcards, which name a set rather than one path).
 */
export function nearestPath(index: PathIndex, target: string): string | null {
  const clean = target.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (clean === '' || /[*?[\\]/.test(clean)) return null;
  let cur = '';
  let changed = false;
  for (const comp of clean.split('/')) {
    const names = index.children.get(cur) ?? [];
    let pick: string | null = names.includes(comp) ? comp : null;
    if (pick === null) {
      let best = limitFor(comp) + 1;
      const ext = extensionOf(comp);
      for (const n of names) {
        // Another kind of file is no typo of it: `bashio-standalone.sh` is not `README_standalone.md`
        // (hassio-addons; sweep 46/E), though half its characters match. An extension one edit away
        // (`yml`/`yaml`, `js`/`jsx`) still is.
        const other = extensionOf(n);
        if (ext !== null && other !== null && ext !== other && editDistance(ext, other, 1) > 1) continue;
        const d = editDistance(comp.toLowerCase() === n.toLowerCase() ? n : comp, n, best - 1);
        if (d < best) {
          best = d;
          pick = n;
        }
      }
      if (pick === null) return null;
      changed = true;
    }
    cur = cur === '' ? pick : `${cur}/${pick}`;
  }
  return changed ? cur : null;
}
