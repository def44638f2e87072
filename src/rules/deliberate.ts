// Deliberate choices are not accidents (CTX003, CTX203). A sent file below a directory a rule
// would report was put there on purpose when:
// - an exception of the ignore file that names that directory or something inside it re-included
//   it (`target/` then `!target/*.jar`): the author wrote a line to bring exactly that back; or
// - a COPY/ADD/bind source of the target names that directory or a path inside it
//   (`COPY target/app.jar /app/`, `COPY dist/ /usr/share/nginx/html`): the build needs it (a bind
//   mount only while no COPY/ADD takes the directory into an image without naming it).
// - the ignore file excludes paths inside that directory by name (`.git/objects`, `.git/logs`, ...)
//   but not the directory itself: its author went through it and kept the rest (etherpad-lite
//   keeps `.git/HEAD` and the branch ref, which it reads at start-up for its version).
// A whole-context source (`COPY . .`) or a source above the directory (`COPY src` holding
// `src/node_modules`) says nothing about intent, and neither does an exception above it (`!src`).
import { filepathMatch } from '../dockerfile/sources.js';
import { PatternMatcher } from '../context/patterns.js';
import type { RuleContext } from './rule.js';

const under = (p: string, d: string) => p === d || p.startsWith(d + '/');
/** A path component made of wildcards alone (`*`, `**`, `?*`, `[!.]*`): it names nothing in particular (CTX001 and CTX003 ask it). */
export const ONLY_WILDCARDS = /^(?:\*|\?|\[[^\]]*\])+$/;

export type DeliberateLookup = (file: string, dir: string) => boolean;

/**
 * `(file, dir)`: whether the sent `file` (a byte-string path at or below `dir`, the path the rule
 * reports) was brought in deliberately, as defined above.
 */
export function deliberateLookup(ctx: RuleContext): DeliberateLookup {
  const byPath = new Map<string, number>();
  for (const e of ctx.entries) if (e.decidedBy >= 0) byPath.set(e.path, e.decidedBy);
  // Each match with the source's components: a match is named on purpose only down to where a
  // component of the source is nothing but wildcards (`COPY * /crds/` matches .git, as Go's
  // filepath.Match does, and ships it: gatekeeper's crd.Dockerfile. No one named .git there).
  const named: { match: string; comps: string[]; mount: boolean }[] = [];
  // What COPY/ADD takes into an image: each match with its source's components and `--exclude` patterns.
  const copied: { match: string; comps: string[]; excludes: readonly string[] }[] = [];
  for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
    const mount = r.source.instruction === 'RUN --mount';
    if (r.status === 'whole-context' && !mount) copied.push({ match: '', comps: [], excludes: r.source.excludes });
    if (r.status !== 'sent') continue;
    const comps = r.source.source.replace(/^\.?\/+/, '').split('/').filter((c) => c !== '' && c !== '.');
    for (const m of r.sentMatches) {
      named.push({ match: m, comps, mount });
      if (!mount) copied.push({ match: m, comps, excludes: r.source.excludes });
    }
  }
  // A bind mount that names the directory reads it in one RUN and puts none of it in an image: it is
  // no choice about a COPY that also takes it in without naming it (QQ-GitHub-Bot's metadata stage
  // mounts .git, and the last stage's `COPY . /app/` ships it): the whole context, a directory above, or
  // a component of wildcards alone (`COPY * /app/`), unless its `--exclude` leaves the directory out.
  const takenUnnamed = (dir: string): boolean => {
    const depth = dir.split('/').length;
    return copied.some((c) => {
      const unnamed = c.match === '' || dir.startsWith(c.match + '/') || (c.match === dir && c.comps.length >= depth && ONLY_WILDCARDS.test(c.comps[depth - 1]));
      if (!unnamed) return false;
      if (c.excludes.length === 0) return true;
      try {
        const rel = c.match === '' ? dir : dir.slice(c.match.length + 1) || dir.slice(dir.lastIndexOf('/') + 1);
        return !PatternMatcher.create([...c.excludes]).matchesOrParentMatches(rel);
      } catch {
        return true;
      }
    });
  };
  const patterns = ctx.tarMatcher.patterns;
  // The named matches at or below each directory asked about (a rule asks for many files of one directory).
  const namedUnder = new Map<string, { match: string; comps: string[] }[]>();
  const curatedDirs = new Map<string, boolean>();
  const curated = (dir: string): boolean => {
    let c = curatedDirs.get(dir);
    if (c === undefined) curatedDirs.set(dir, (c = namesInside(patterns, dir)));
    return c;
  };
  return (file, dir) => {
    if (curated(dir)) return true;
    let ms = namedUnder.get(dir);
    if (!ms) {
      // The source's component that matched `dir` itself must say something: not `*` or `?*`.
      const depth = dir.split('/').length;
      const unnamed = takenUnnamed(dir);
      ms = named.filter((m) => under(m.match, dir) && !(m.comps.length >= depth && ONLY_WILDCARDS.test(m.comps[depth - 1])) && !(m.mount && unnamed));
      namedUnder.set(dir, ms);
    }
    for (const m of ms) if (under(file, m.match)) return true;
    const i = byPath.get(file);
    if (i === undefined || !patterns[i]?.exclusion) return false;
    // The exception must name the directory or something inside it: one of its literal-ish
    // components matches a component of the path from `dir` down.
    const pathComps = file.split('/').slice(dir.split('/').length - 1);
    const patComps = patterns[i].text.split('/').filter((c) => c !== '' && c !== '*' && c !== '**');
    return patComps.some((pc) => pathComps.some((c) => filepathMatch(pc, c)));
  };
}

/**
 * Whether an exclusion (not an exception) of the ignore file names a path strictly inside `dir`:
 * its first components spell `dir` literally, and it goes on (`.git/objects` for `.git`). A
 * wildcard in those components (a leading `**`, a `*` for the directory) names no particular one.
 */
function namesInside(patterns: readonly { text: string; exclusion: boolean }[], dir: string): boolean {
  const d = dir.split('/');
  return patterns.some((p) => {
    if (p.exclusion) return false;
    const comps = p.text.split('/').filter((c) => c !== '');
    return comps.length > d.length && d.every((c, i) => comps[i] === c);
  });
}
