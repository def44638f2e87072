// Where a context file that a COPY/ADD takes ends up, and whether that place is the image being
// built: the target stage and the stages it is built FROM are its filesystem; any other stage
// reaches the image only through a `COPY --from=<stage> <src>` (of a needed stage) whose source
// covers where the file landed there. Findings (src/findings/copied-into-image.ts) and `why`
// (src/explain/) both ask this module, so they always agree.
import type { SourceResolution } from './sources.js';
import { filepathMatch, stageIndexOf } from './sources.js';
import { joinAbs, type ContextSource, type ParsedDockerfile } from './parse.js';

export type Placement =
  /** COPY/ADD in the target stage or a stage it is built FROM, or carried there by COPY --from. */
  | 'final-stage'
  /** COPY/ADD in a build stage the image only takes part of, and that part does not hold this file. */
  | 'other-stage'
  /** RUN --mount=type=bind: read during that RUN, never stored in a layer. */
  | 'mount';

/** Stages whose filesystem the final image is: the target and the stages it is built FROM. */
export function finalChain(parsed: ParsedDockerfile, target: number): Set<number> {
  const chain = new Set<number>();
  for (let i = target; i >= 0 && !chain.has(i); ) {
    chain.add(i);
    const from = parsed.stages[i].refs.find((r) => r.kind === 'from');
    i = from ? stageIndexOf(parsed.stages, from.ref, i) : -1;
  }
  return chain;
}

const WILDCARD = /[*?[\\]/;

/** Where `rel` (a path below the source match, '' for the match itself) lands for COPY <match> <dest>. */
export function landingPath(src: ContextSource, match: string, rel: string, matchIsDir: boolean): string | null {
  if (src.dest === undefined || src.dest === null) return null;
  const destAbs = joinAbs(src.dest.startsWith('/') ? '/' : (src.workdir ?? '/'), src.dest);
  const base = match === '.' ? '' : match;
  if (src.parents) return joinAbs(destAbs, rel === '' ? base : `${base}/${rel}`);
  // A directory source copies its contents; a file lands in dest/ when dest is a directory.
  if (matchIsDir) return rel === '' ? destAbs : joinAbs(destAbs, rel);
  // `.` (the WORKDIR, which exists) is a directory too: `COPY .npmrc .` lands at <workdir>/.npmrc
  // (explore-education-statistics' public-frontend, whose `COPY --from=builder /app/.npmrc .` ships it).
  const destIsDir = src.dest.endsWith('/') || /(?:^|\/)\.\.?$/.test(src.dest) || (src.sourceCount ?? 1) > 1 || WILDCARD.test(src.source);
  return destIsDir ? joinAbs(destAbs, base.slice(base.lastIndexOf('/') + 1)) : destAbs;
}

/** Whether a COPY --from source (a path in the source stage, maybe a glob) covers `landed`, or (for a directory) part of it. */
function covers(source: string, landed: string, landedIsDir: boolean): boolean {
  const s = joinAbs('/', source);
  if (s === '/') return true;
  const under = (p: string, d: string) => p === d || p.startsWith(d + '/');
  if (!WILDCARD.test(s)) return under(landed, s) || (landedIsDir && under(s, landed));
  // A glob: does some prefix of the landed path match it component by component?
  const sp = s.split('/').filter(Boolean);
  const lp = landed.split('/').filter(Boolean);
  if (landedIsDir && lp.length < sp.length) {
    // A directory partly taken when the glob's leading components match it.
    return lp.every((c, i) => filepathMatch(sp[i], c));
  }
  if (lp.length < sp.length) return false;
  return sp.every((c, i) => filepathMatch(c, lp[i]));
}

export interface PlacementAnswer {
  placement: Placement;
  /** For 'final-stage' reached through COPY --from: the lines of those instructions, in order. */
  via: number[];
}

/**
 * Whether a context path taken by `res` (a resolution of the cross-check) reaches the image.
 * `path` is the file (or, for a directory finding, the directory) the question is about.
 * Unknown landings (an unset destination) count as reaching the image: severity never drops on a guess.
 */
export function placementOf(parsed: ParsedDockerfile, target: number, needed: readonly number[], res: SourceResolution, path: string, isDir: boolean): PlacementAnswer {
  if (res.source.instruction === 'RUN --mount') return { placement: 'mount', via: [] };
  const chain = finalChain(parsed, target);
  if (chain.has(res.stage)) return { placement: 'final-stage', via: [] };
  // Which match of the source holds the path, and where it lands in the stage.
  let landed: string | null = null;
  let landedIsDir = isDir;
  if (res.status === 'whole-context') landed = landingPath(res.source, '.', path, true);
  else {
    const under = (p: string, d: string) => p === d || p.startsWith(d + '/');
    const m = res.sentMatches.find((x) => under(path, x)) ?? res.sentMatches.find((x) => under(x, path));
    if (m === undefined) return { placement: 'final-stage', via: [] };
    if (under(path, m)) {
      const rel = path === m ? '' : path.slice(m.length + 1);
      // The match is a directory unless the path is the match itself and is a file.
      landed = landingPath(res.source, m, rel, !(path === m && !isDir));
    } else {
      // The directory asked about holds the copied source: where the source lands stands for it.
      landed = landingPath(res.source, m, '', true);
      landedIsDir = true;
    }
  }
  if (landed === null) return { placement: 'final-stage', via: [] };
  const via = carried(parsed, chain, needed, res.stage, landed, landedIsDir, new Set(), res.source.instructionLine, new Set(res.source.landRunTimeArgs ?? []));
  return via === null ? { placement: 'other-stage', via: [] } : { placement: 'final-stage', via };
}

/**
 * Whether a RUN of `stage` after line `after` deletes `landed` (or a directory above it): a build
 * stage's later layers are what COPY --from sees, so the path is gone from it (healthchecks copies
 * `.` into its builder stage, runs `rm -rf /opt/healthchecks/.git`, then copies /opt/healthchecks on).
 */
function removedAfter(parsed: ParsedDockerfile, stage: number, after: number, landed: string, isDir: boolean): boolean {
  return (parsed.stages[stage].removals ?? []).some(
    (r) => r.line > after && r.path !== '/' && (landed.startsWith(r.path + '/') ? r.recursive : landed === r.path && (r.recursive || !isDir)),
  );
}

/** Lines of the COPY --from chain that carries `landed` (put in stage `stage` by the instruction at line `after`) into the final chain, or null. */
function carried(parsed: ParsedDockerfile, chain: Set<number>, needed: readonly number[], stage: number, landed: string, isDir: boolean, seen: Set<string>, after: number, landArgs: ReadonlySet<string> = new Set()): number[] | null {
  const key = `${stage}\0${landed}`;
  if (seen.has(key) || seen.size > 200) return null;
  seen.add(key);
  // In the image's own stages the COPY's layer keeps it whatever a later RUN deletes.
  if (!chain.has(stage) && removedAfter(parsed, stage, after, landed, isDir)) return null;
  // The path is in `stage` and in every stage built FROM it.
  const holders = new Set<number>([stage]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of needed) {
      if (holders.has(i)) continue;
      const from = parsed.stages[i].refs.find((r) => r.kind === 'from');
      if (from && holders.has(stageIndexOf(parsed.stages, from.ref, i))) {
        holders.add(i);
        changed = true;
      }
    }
  }
  for (const h of holders) if (chain.has(h)) return [];
  for (const t of needed) {
    for (const src of parsed.stages[t].sources) {
      if (src.instruction === 'RUN --mount' || src.external !== 'from' || src.from === null) continue;
      // A source naming a build arg the invocation passes with a value known only when it runs (node-problem-detector's
      // `COPY --from=builder /src/bin/health-checker /src/${LOGCOUNTER} ...`, its Makefile passing LOGCOUNTER=$(LOGCOUNTER)):
      // what it carries is not known, and the default's `/src/` is not it (sweep 56/K-F1). Unless where the context landed
      // names the same arg (`WORKDIR /go/src/${PKG}`, `COPY . .`, then `COPY --from=builder /go/src/${PKG}`): that is
      // the same path whatever the value (the review of 201fd401, RC-R1).
      if (src.runTimeArgs !== undefined && !src.runTimeArgs.some((n) => landArgs.has(n))) continue;
      const from = stageIndexOf(parsed.stages, src.from, t);
      if (from < 0 || !holders.has(from)) continue;
      const s = joinAbs('/', src.source);
      // Next.js' standalone output: `next build` copies the .env files it loaded beside the app into
      // .next/standalone, which the image takes (Open-Assistant's website/.env, `COPY --from=builder
      // /app/.next/standalone ./`: "no COPY --from brings this path into the image" was wrong).
      const name = landed.slice(landed.lastIndexOf('/') + 1);
      // (Only `.env` and `.env.production`, the files `next build` loads for production: its standalone
      // copy takes those, not `.env.local` or `.env.development`: review of a57fc76.)
      if (!isDir && /^\.env(?:\.production)?$/.test(name) && s === `${landed.slice(0, landed.lastIndexOf('/'))}/.next/standalone`) {
        const next = landingPath(src, s, name, true);
        if (next === null) return [src.instructionLine];
        const rest = carried(parsed, chain, needed, t, next, isDir, seen, src.instructionLine, new Set(src.landRunTimeArgs ?? []));
        if (rest !== null) return [src.instructionLine, ...rest];
        continue;
      }
      if (!covers(src.source, landed, isDir)) continue;
      const srcIsGlob = WILDCARD.test(s);
      let next: string | null;
      if (srcIsGlob || s === landed) next = landingPath(src, s, '', isDir);
      else if (landed.startsWith(s + '/') || s === '/') next = landingPath(src, s, s === '/' ? landed.slice(1) : landed.slice(s.length + 1), true);
      else next = landingPath(src, s, '', true); // part of a directory: where that part lands stands for it
      if (next === null) return [src.instructionLine];
      const rest = carried(parsed, chain, needed, t, next, isDir, seen, src.instructionLine, new Set(src.landRunTimeArgs ?? []));
      if (rest !== null) return [src.instructionLine, ...rest];
    }
  }
  return null;
}
