// Whether a RUN names a context path: by its path, or, for a file, by its name (autobrr's
// `RUN --mount=target=. go build -pgo=cpu.pprof`, the profile its workflow downloads first). CTX203
// and suggest ask it about git-ignored paths a whole-context build is sent: one a RUN names is
// something the build reads, made by a step before it, not local junk.

/** The first of `runs` that names `target` (a context-relative text path), or undefined. */
export function runNaming<R extends { text: string; workdir?: string }>(runs: readonly R[], target: string, isFile: boolean): R | undefined {
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = target.slice(target.lastIndexOf('/') + 1);
  const whole = new RegExp(`(?<![\\w.-])(?:\\./)?${escape(target)}(?![\\w-]|\\.\\w)`);
  // By its name alone only in a RUN that also names the directory it lies in (`cd sub && go build
  // -pgo=cpu.pprof`): 2FAuth's `RUN mv .env.testing .env`, about the WORKDIR's .env, named docker/.env,
  // and suggest held back a credential's exclusion for it (sweep 51/L-F2).
  const dir = target.slice(0, target.lastIndexOf('/'));
  const byName = isFile && name !== target && name.length >= 3 ? new RegExp(`(?<![\\w.-])(?:\\./)?${escape(name)}(?![\\w-]|\\.\\w)`) : null;
  const inDir = dir === '' ? null : new RegExp(`(?<![\\w.-])${escape(dir.slice(dir.lastIndexOf('/') + 1))}(?![\\w-]|\\.\\w)`);
  // Or one that runs in a WORKDIR ending in that directory (`WORKDIR /app/server`, then `node build.js`
  // reading settings.local.json: the review of 7e6aa73f, RA-R1).
  const atDir = (r: R) => r.workdir !== undefined && dir !== '' && (r.workdir === '/' + dir || r.workdir.endsWith('/' + dir) || r.workdir.endsWith('/' + dir + '/'));
  return runs.find((r) => whole.test(r.text) || (byName !== null && ((inDir !== null && inDir.test(r.text)) || atDir(r)) && byName.test(r.text)));
}
