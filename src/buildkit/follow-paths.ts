// Which context paths BuildKit asks the client for (facts B5). Mirrors
// moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go (`dispatch`, `normalizeContextPaths`)
// and convert_runmount.go (`dispatchRunMounts`): every main-context COPY/ADD/bind source of the
// needed stages is recorded as path.Join("/", src); one "/" disables the include filter.
import { isAscii, toByteString } from '../context/bytes.js';
import { cleanPath } from '../context/ignore-file.js';
import type { ParsedDockerfile } from '../dockerfile/parse.js';
import type { NeededStages } from '../dockerfile/sources.js';

export interface FollowPaths {
  /**
   * The FollowPaths the frontend sends (sorted, duplicates dropped, nested paths kept: the client's
   * FollowLinks deduplicates them), or 'all' when some source is "/".
   */
  paths: string[] | 'all';
  /** Why the filter fell back to the whole context, e.g. `COPY . (line 3)`. */
  fallbackReason: string | null;
  /** False when no needed stage reads the main context: BuildKit transfers no context file then. */
  usesContext: boolean;
}

/** dedupePaths in fsutil/followlinks.go: sorted input, drop a path an earlier one already covers. */
export function dedupePaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort();
  const out: string[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (p === last || p.startsWith(last + '/'))) continue;
    out.push(p);
  }
  return out;
}

export function followPathsFor(parsed: ParsedDockerfile, needed: NeededStages): FollowPaths {
  const recorded: string[] = [];
  let fallbackReason: string | null = null;
  let usesContext = false;
  for (const si of needed.stages) {
    for (const s of parsed.stages[si].sources) {
      // COPY/ADD --from and mounts with from= read another stage or image (convert.go: only
      // `cfg.source == nil` sources are recorded); cache mounts get from=emptyImageName.
      if (s.external === 'from') continue;
      if (s.mountType === 'cache') continue;
      // ADD skips http(s) URLs only; a git address is still recorded, harmlessly (convert.go dispatchCopy).
      if (s.external === 'url' && !isGit(s.source)) continue;
      usesContext = true;
      // --parents a/./b records /a/b: path.Join cleans the `.` away. An unset variable leaves "" -> "/".
      // A tmpfs mount also records "/" (convert_runmount.go records before checking the type).
      // A RUN --mount source with non-ASCII bytes reaches the frontend encoded twice (each byte read
      // as a character, then UTF-8 again): BuildKit then asks for a path that does not exist, and
      // the build fails. Oracle-verified (BuildKit v0.13).
      const src = s.mountType !== null && !isAscii(s.source) ? toByteString(s.source) : s.source;
      const joined = cleanPath('/' + (s.mountType === 'tmpfs' ? '' : src));
      if (joined === '/') {
        // overleaf's `RUN --mount=type=tmpfs,target=/tmp` named as "(no source)" read as a bind mount of everything.
        fallbackReason ??=
          s.mountType === 'tmpfs'
            ? `RUN --mount=type=tmpfs (line ${s.line}): BuildKit asks for the whole context for a tmpfs mount, though the mount reads none of it`
            : `${s.instruction} ${s.raw === '' ? '(no source)' : s.raw} (line ${s.line})`;
      }
      recorded.push(joined);
    }
  }
  if (!usesContext) return { paths: [], fallbackReason: null, usesContext: false };
  if (fallbackReason !== null) return { paths: 'all', fallbackReason, usesContext };
  // normalizeContextPaths: path.Join(".", p) for each, sorted, then FollowPaths (no dedupe here).
  return { paths: [...new Set(recorded.map((p) => cleanPath('.' + p)))].sort(), fallbackReason: null, usesContext };
}

function isGit(s: string): boolean {
  return /\.git(#.*)?$/i.test(s);
}
