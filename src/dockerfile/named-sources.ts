// What the NAMED sources of a target bring in from the context: every sent entry a `COPY src`,
// `COPY a.txt`, `ADD conf/` or `RUN --mount=type=bind,source=x` of the stages a builder runs
// copies today. A whole-context source (`COPY . .`, a bind mount without source=) is recorded as a
// flag, not as a list: it needs whatever is sent, so it proves nothing about any one file.
// `suggest` and CTX303 use this to refuse an ignore-file change that would drop a needed file.
import { PatternMatcher } from '../context/patterns.js';
import type { ParsedDockerfile } from './parse.js';
import { indexContext, resolveSource, type ContextIndex, type ContextView } from './sources.js';

export interface NamedNeeds {
  /** Sent entry path (byte string) -> the first source that brings it in (`COPY src (line 3)`). */
  paths: Map<string, string>;
  /** Some source of these stages copies the whole context. */
  wholeContext: boolean;
}


const under = (p: string, dir: string) => p === dir || p.startsWith(dir + '/');

/** Every sent entry a named source of `stages` copies from `view`, with `--exclude` applied. */
export function namedSourceEntries(
  parsed: ParsedDockerfile,
  view: ContextView,
  stages: readonly number[],
  dockerfileName: string,
  idx: ContextIndex = indexContext(view),
  builder: 'legacy' | 'buildkit' = 'legacy',
): NamedNeeds {
  const paths = new Map<string, string>();
  let wholeContext = false;
  let position: Map<string, number> | null = null;
  for (const si of stages) {
    for (const src of parsed.stages[si]?.sources ?? []) {
      if (!src.fromContext) continue;
      if (src.mountType !== null && src.mountType !== 'bind') continue;
      const r = resolveSource(view, idx, src, si, builder);
      if (r.status === 'whole-context') {
        wholeContext = true;
        continue;
      }
      if (r.status !== 'sent') continue;
      let excl: PatternMatcher | null = null;
      try {
        excl = src.excludes.length ? PatternMatcher.create(src.excludes) : null;
      } catch {
        excl = null; // BuildKit fails such a build; keep everything
      }
      const label = `${src.instruction} ${src.raw} (${dockerfileName === '' ? 'line ' : dockerfileName + ':'}${src.line})`;
      const add = (p: string, m: string) => {
        const rel = p === m ? p.slice(p.lastIndexOf('/') + 1) : p.slice(m.length + 1);
        if (excl && excl.matchesOrParentMatches(rel)) return;
        if (!paths.has(p)) paths.set(p, label);
      };
      for (const m of r.sentMatches) {
        // Entries come in walk order (a directory right before its subtree): scan from the match.
        position ??= new Map(view.entries.map((e, i) => [e.path, i]));
        const at = position.get(m);
        if (at !== undefined) {
          for (let i = at; i < view.entries.length && under(view.entries[i].path, m); i++) add(view.entries[i].path, m);
        } else {
          // An excluded directory entered for an exception has no entry of its own.
          for (const e of view.entries) if (under(e.path, m)) add(e.path, m);
        }
      }
    }
  }
  return { paths, wholeContext };
}
