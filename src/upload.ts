// What `docker build` would send, for the commands that print it instead of auditing it: `ls`
// (the entry list) and `tar` (the upload itself). One entry each, inside the repository boundary.
import type { Writable } from 'node:stream';
import { displayPath, runAudit, type AuditOptions } from './audit.js';
import { repoBoundary } from './context/boundary.js';
import { writeTar } from './context/tar-format.js';
import { planTar } from './context/tar-stream-plan.js';
import type { SentEntry } from './context/walk.js';
import { InputError } from './errors.js';

export interface UploadRequest extends Omit<AuditOptions, 'repository' | 'top' | 'runRules' | 'crossCheck'> {
  /** --allow-outside-repo (src/context/boundary.ts). */
  allowOutsideRepo: boolean;
}

/** One line of `ctx-audit ls`. */
export type ListedEntry = Pick<SentEntry, 'name' | 'kind' | 'size' | 'mode' | 'linkname' | 'tarBytes'>;

function walkOnly(req: UploadRequest, crossCheck: boolean) {
  const { allowOutsideRepo, ...opts } = req;
  return runAudit({ ...opts, top: 10, runRules: false, crossCheck, repository: repoBoundary(req.cwd, allowOutsideRepo) });
}

/**
 * The legacy builder's tar entries in upload order (the Dockerfile the CLI appends included), or,
 * for BuildKit, the paths the target would request (B5-B6), or of a Git context, the commit's paths:
 * names only, a directory ending in `/`.
 */
export function listUpload(req: UploadRequest): ListedEntry[] {
  // Only BuildKit's list needs the Dockerfile (FollowPaths); the legacy list does not.
  const result = walkOnly(req, req.builder === 'buildkit');
  // A Git context is cloned on the builder: nothing is requested from here, and the build sees the commit.
  if (req.builder === 'buildkit' && req.gitContext && result.buildkitEligible) {
    return result.buildkitEligible.walk.entries.map((e) => ({ name: e.kind === 'dir' ? `${e.path}/` : e.path, kind: e.kind === 'dir' ? ('dir' as const) : ('file' as const), size: 0, mode: 0, linkname: '', tarBytes: 0 }));
  }
  if (req.builder === 'buildkit') {
    const bk = result.crossCheck?.buildkit;
    if (!bk) throw new InputError('cannot list what BuildKit would request: the Dockerfile could not be read');
    if (bk.error) throw new InputError(`${bk.ignoreFile ?? '.dockerignore'}: ${bk.error}`);
    return bk.requestedList.map((name) => ({ name, kind: name.endsWith('/') ? ('dir' as const) : ('file' as const), size: 0, mode: 0, linkname: '', tarBytes: 0 }));
  }
  const injected = result.legacy.injected.map((i) => ({ name: i.name, kind: 'file' as const, size: i.contentBytes, mode: 0o600, linkname: '', tarBytes: 0 }));
  return [...result.legacy.walk.entries, ...injected];
}

export interface UploadTar {
  /** R30: the file Docker cannot read, whose header ends a truncated stream (display path), or null. */
  truncatedAt: string | null;
  /** Streams the upload to `out`: the same bytes as docker's tar, or its gzip with --compress. */
  write(out: Writable): Promise<unknown>;
}

/** The legacy builder's upload, ready to stream. */
export async function tarUpload(req: UploadRequest & { compress: boolean }): Promise<UploadTar> {
  const { compress, ...rest } = req;
  const plan = planTar(walkOnly(rest, false).legacy);
  // --compress: the gzip docker sends with `docker build --compress` (Go's gzip, byte for byte),
  // loaded only then: most runs never pay for the deflate code.
  const gzip = compress ? (await import('./context/compressed-upload.js')).writeCompressedTar : null;
  return {
    truncatedAt: plan.headerOnlyLast ? displayPath(plan.headerOnlyLast.name) : null,
    write: (out) => (gzip ? gzip(plan, out) : writeTar(plan.items, out, { truncatedEnd: plan.truncatedEnd, finalHeaderOnly: plan.headerOnlyLast ?? undefined })),
  };
}
