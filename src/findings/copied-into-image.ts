// A sent file is a cost (upload time, a leak to the builder); a file a COPY or ADD puts in a layer is
// worse: anyone who can pull the image can read it, even if a later step deletes it. So size and
// secret findings on such files say which instruction copies them and rank one level higher.
// RUN --mount=type=bind reads the file during a step without storing it, so it does not count.
import type { CrossCheckResult } from '../dockerfile/cross-check.js';
import type { Reference } from '../dockerfile/sources.js';
import type { Severity } from './finding.js';

/** Rules whose findings on a copied path rank higher: size (CTX001, CTX003) and secrets (CTX201, CTX202). */
export const COPY_RANKED_RULES: ReadonlySet<string> = new Set(['CTX001', 'CTX003', 'CTX201', 'CTX202']);

/** How many instructions a message names before "…". */
const MAX_NAMED = 3;

export const RAISED: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

export type CopiedByLookup = (path: string, isDirectory: boolean) => Reference[];

/**
 * For a byte-string path (a file, or a directory: any file below it counts), the COPY/ADD
 * instructions that bring it into the image, sorted by line; empty when none does.
 */
export function copiedByLookup(cross: CrossCheckResult | null): CopiedByLookup {
  if (!cross) return () => [];
  const copyLines = new Set<number>();
  for (const stage of cross.parsed.stages) {
    for (const s of stage.sources) if (s.instruction !== 'RUN --mount') copyLines.add(s.line);
  }
  const isCopy = (r: Reference) => copyLines.has(r.line);
  let keys: string[] | null = null;
  return (path, isDirectory) => {
    const found = new Map<string, Reference>();
    const add = (refs: Reference[] | undefined) => {
      for (const r of refs ?? []) if (isCopy(r)) found.set(`${r.file}:${r.line}`, r);
    };
    add(cross.references.get(path));
    if (isDirectory) {
      // CTX003 names a directory; the references are per file, so look below it.
      keys ??= [...cross.references.keys()];
      const prefix = path + '/';
      for (const k of keys) if (k.startsWith(prefix)) add(cross.references.get(k));
    }
    return [...found.values()].sort((a, b) => a.line - b.line || (a.file < b.file ? -1 : 1));
  };
}

export function copiedByText(refs: readonly Reference[]): string {
  const named = refs.slice(0, MAX_NAMED).map((r) => `${r.file}:${r.line}`);
  return `copied into the image by ${named.join(', ')}${refs.length > MAX_NAMED ? ', …' : ''}`;
}
