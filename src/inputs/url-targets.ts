// Compose and Bake files may name a URL as a build context. Those targets are skipped unless the
// user passes --allow-url-contexts on the command line (a file can never ask for a clone or a
// download): then each git or http(s) URL is fetched as `docker build URL` would fetch it
// (context-input.ts) and audited; one that cannot be fetched is that target's error.
import * as path from 'node:path';
import type { AuditOptions } from '../audit.js';
import { InputError } from '../errors.js';
import type { BuildTarget } from '../targets/target.js';
import { contextFromGitUrl, contextFromUrl, type ContextInput } from './context-input.js';
import { remoteContextKind } from './context-kind.js';

/** What a fetched target audits with besides its (temporary) directory, and how the report names it. */
export interface FetchedTarget {
  /** The URL as the file gave it. */
  label: string;
  audit: ContextInput['audit'];
  notice: ContextInput['notice'];
}

export interface FetchedTargets {
  targets: BuildTarget[];
  fetched: Map<BuildTarget, FetchedTarget>;
  cleanup(): void;
}

/** The Dockerfile a remote target names, relative to its context again (compose.ts/bake.ts resolved it as a path). */
function dockerfileInContext(t: BuildTarget): string | undefined {
  if (t.dockerfile === undefined) return undefined;
  return path.relative(path.resolve(t.context), t.dockerfile);
}

export async function fetchUrlTargets(targets: readonly BuildTarget[], env: Record<string, string | undefined>): Promise<FetchedTargets> {
  const fetched = new Map<BuildTarget, FetchedTarget>();
  const cleanups: (() => void)[] = [];
  const out: BuildTarget[] = [];
  try {
    for (const t of targets) {
      const kind = t.skipReason !== undefined && t.error === undefined ? remoteContextKind(t.context) : null;
      if (!kind) {
        out.push(t);
        continue;
      }
      const file = dockerfileInContext(t);
      try {
        const input = kind === 'git' ? await contextFromGitUrl(t.context, { file, env }) : await contextFromUrl(t.context, { file });
        cleanups.push(input.cleanup);
        if (input.dockerfileError) throw new InputError(input.dockerfileError);
        const next: BuildTarget = { ...t, context: input.dir, dockerfile: input.file, skipReason: undefined };
        out.push(next);
        fetched.set(next, { label: t.context, audit: input.audit, notice: input.notice });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        out.push({ ...t, skipReason: undefined, error: e.message });
      }
    }
  } catch (e) {
    for (const c of cleanups) c();
    throw e;
  }
  return { targets: out, fetched, cleanup: () => cleanups.forEach((c) => c()) };
}

/** The audit options of a fetched target (its upload, its clone's boundary) over the run's. */
export function fetchedAuditOptions(f: FetchedTarget | undefined): Partial<AuditOptions> {
  return f ? { repository: undefined, ...f.audit } : {};
}
