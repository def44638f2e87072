// "Which ancestor of this path (or the path itself) is the first one named like X?" for every entry
// of a walk: rules ask it of each of tens of thousands of paths (node_modules, .git, .env, …).
// Each directory's name is tested once and remembered, instead of splitting every path and testing
// each of its components again.

/**
 * A function giving, for a context-relative byte-string path, its shortest prefix (whole
 * components) whose last component satisfies `pred`, or null.
 */
export function firstComponentWhere(pred: (name: string) => boolean): (path: string) => string | null {
  const memo = new Map<string, string | null>();
  const ofDir = (dir: string): string | null => {
    let r = memo.get(dir);
    if (r !== undefined) return r;
    // Iterative over the uncached ancestors: a context can be thousands of directories deep.
    const chain: string[] = [];
    let d = dir;
    while (d !== '' && !memo.has(d)) {
      chain.push(d);
      const slash = d.lastIndexOf('/');
      d = slash < 0 ? '' : d.slice(0, slash);
    }
    r = d === '' ? null : (memo.get(d) as string | null);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      if (r === null && pred(c.slice(c.lastIndexOf('/') + 1))) r = c;
      memo.set(c, r);
    }
    return r;
  };
  // Walk order lists a directory's entries together: the last directory's answer serves its
  // siblings without cutting and hashing the same directory path again for each of them.
  let lastDir: string | null = null;
  let lastAnswer: string | null = null;
  return (path) => {
    const slash = path.lastIndexOf('/');
    let inDir: string | null = null;
    if (slash >= 0) {
      if (lastDir === null || slash !== lastDir.length || !path.startsWith(lastDir)) {
        lastDir = path.slice(0, slash);
        lastAnswer = ofDir(lastDir);
      }
      inDir = lastAnswer;
    }
    if (inDir !== null) return inDir;
    return pred(path.slice(slash + 1)) ? path : null;
  };
}
