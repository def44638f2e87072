// Whether a RUN names a context path: by its path, or, for a file, by its name (autobrr's
// `RUN --mount=target=. go build -pgo=cpu.pprof`, the profile its workflow downloads first). CTX203
// and suggest ask it about git-ignored paths a whole-context build is sent: one a RUN names is
// something the build reads, made by a step before it, not local junk.

/** The first of `runs` that names `target` (a context-relative text path), or undefined. */
export function runNaming<R extends { text: string }>(runs: readonly R[], target: string, isFile: boolean): R | undefined {
  const name = target.slice(target.lastIndexOf('/') + 1);
  const names = [target, ...(isFile && name !== target && name.length >= 3 ? [name] : [])].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const word = new RegExp(`(?<![\\w.-])(?:\\./)?(?:${names.join('|')})(?![\\w-]|\\.\\w)`);
  return runs.find((r) => word.test(r.text));
}
