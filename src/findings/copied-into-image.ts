// A sent file is a cost (upload time, a leak to the builder); a file a COPY or ADD puts in a layer is
// worse: anyone who can pull the image can read it, even if a later step deletes it. So size and
// secret findings on such files say which instruction copies them and rank one level higher.
// RUN --mount=type=bind reads the file during a step without storing it, so it does not count.
// A COPY into a build stage counts only when the file reaches the target: src/dockerfile/placement.ts.
import type { CrossCheckResult } from '../dockerfile/cross-check.js';
import type { Reference, SourceResolution } from '../dockerfile/sources.js';
import { placementOf } from '../dockerfile/placement.js';
import type { Severity } from './finding.js';

/** Rules whose findings on a copied path rank higher: size (CTX001, CTX003) and secrets (CTX201, CTX202). */
export const COPY_RANKED_RULES: ReadonlySet<string> = new Set(['CTX001', 'CTX003', 'CTX201', 'CTX202']);

/** How many instructions a message names before "…". */
const MAX_NAMED = 3;

export const RAISED: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/** A COPY/ADD that takes the path into a build stage whose result the image only partly takes. */
export interface StageCopy extends Reference {
  stage: number;
  stageName: string | null;
}

export interface CopiedBy {
  /** Instructions that put the path in the image that is built (target stage, its FROM chain, or carried by COPY --from: `via` = those lines). */
  image: (Reference & { via?: number[] })[];
  /** Instructions that put it only in another build stage, from which the image does not take it. */
  stage: StageCopy[];
}

/** `skip`: files below a directory that do not count (CTX003 leaves out what was brought in on purpose). */
export type CopiedByLookup = (path: string, isDirectory: boolean, skip?: (file: string) => boolean) => CopiedBy;

/**
 * For a byte-string path (a file, or a directory: any file below it counts), the COPY/ADD
 * instructions that bring it into the image, and those that bring it only into a build stage whose
 * shipped part does not hold it (src/dockerfile/placement.ts decides), each sorted by line.
 */
export function copiedByLookup(cross: CrossCheckResult | null): CopiedByLookup {
  if (!cross) return () => ({ image: [], stage: [] });
  const byLine = new Map<number, SourceResolution[]>();
  for (const r of cross.resolved.resolutions) {
    if (r.source.instruction === 'RUN --mount') continue;
    // A source with an ARG that has no value (no default, no --build-arg) is read with it empty,
    // as docker would, but every real build passes one (CTX101 says so): what the empty value
    // matches is no copy any build makes. ThreatMapper's `COPY $AGENT_BINARY_BUILD_RELATIVE
    // /deepfence` (the whole context with it empty) called a committed kubeconfig copied into the image.
    if (r.source.openArgs.length > 0) continue;
    const list = byLine.get(r.source.line);
    if (list) list.push(r);
    else byLine.set(r.source.line, [r]);
  }
  const { parsed } = cross;
  const { target, stages: needed } = cross.resolved.needed;
  let keys: string[] | null = null;
  return (path, isDirectory, skip) => {
    const found = new Map<string, Reference>();
    const add = (refs: Reference[] | undefined) => {
      for (const r of refs ?? []) if (byLine.has(r.line)) found.set(`${r.file}:${r.line}`, r);
    };
    add(cross.references.get(path));
    if (isDirectory) {
      // CTX003 names a directory; the references are per file, so look below it.
      keys ??= [...cross.references.keys()];
      const prefix = path + '/';
      for (const k of keys) if (k.startsWith(prefix) && !skip?.(k)) add(cross.references.get(k));
    }
    const image: (Reference & { via?: number[] })[] = [];
    const stage: StageCopy[] = [];
    for (const ref of found.values()) {
      // Of the instruction's sources, those that take the path: `COPY package.json .npmrc ./` has
      // two, and the one that does not take .npmrc has no landing to judge (placementOf would say
      // 'final-stage' for it, never dropping severity on a guess).
      const all = byLine.get(ref.line) as SourceResolution[];
      const under = (p: string, d: string) => p === d || p.startsWith(d + '/');
      const taking = all.filter((r) => r.status === 'whole-context' || r.sentMatches.some((m) => under(path, m) || under(m, path)));
      const rs = taking.length > 0 ? taking : all;
      const answers = rs.map((r) => ({ r, a: placementOf(parsed, target, needed, r, path, isDirectory) }));
      const reaches = answers.find((x) => x.a.placement === 'final-stage');
      if (reaches) image.push(reaches.a.via.length > 0 ? { ...ref, via: reaches.a.via } : ref);
      else {
        const si = answers[0].r.stage;
        stage.push({ ...ref, stage: si, stageName: parsed.stages[si]?.name ?? null });
      }
    }
    const order = (a: Reference, b: Reference) => a.line - b.line || (a.file < b.file ? -1 : 1);
    return { image: image.sort(order), stage: stage.sort(order) };
  };
}

export function copiedByText(refs: readonly (Reference & { via?: number[] })[]): string {
  const named = refs.slice(0, MAX_NAMED).map((r) => `${r.file}:${r.line}${r.via?.length ? ` (into a build stage; shipped by the COPY --from at line ${r.via.join(', then ')})` : ''}`);
  return `copied into the image by ${named.join(', ')}${refs.length > MAX_NAMED ? ', …' : ''}`;
}

/** "copied into build stage `build` by Dockerfile:2" (stage index when unnamed). */
export function copiedIntoStageText(refs: readonly StageCopy[]): string {
  const byStage = new Map<string, StageCopy[]>();
  for (const r of refs) {
    const k = r.stageName ?? String(r.stage);
    byStage.set(k, [...(byStage.get(k) ?? []), r]);
  }
  const parts = [...byStage].map(([name, rs]) => {
    const named = rs.slice(0, MAX_NAMED).map((r) => `${r.file}:${r.line}`);
    return `build stage \`${name}\` by ${named.join(', ')}${rs.length > MAX_NAMED ? ', …' : ''}`;
  });
  return `copied into ${parts.join(' and ')} (no COPY --from brings this path into the image; what a RUN there makes of it still can)`;
}
