// Contexts that are not a directory on disk, turned into one the engine audits like any other:
// what `docker build` does with `-` (stdin), and what ctx-audit does with a path to an archive
// (docker itself takes an archive only on stdin or from a URL). See src/context/stdin-context.ts
// for how docker tells an archive from a Dockerfile, and src/context/archive.ts for the archive.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditOptions } from '../audit.js';
import { assertInsideRepo, repoBoundary } from '../context/boundary.js';
import { archiveNotice, archiveWalk, peek, readArchive, type ArchiveContext } from '../context/archive.js';
import type { CompressedReport } from '../context/compressed-upload.js';
import { isArchive, materializeStdinDockerfile, tarHeaderKind } from '../context/stdin-context.js';
import { humanSize } from '../context/tar-format.js';
import { InputError } from '../errors.js';

export interface ContextInput {
  /** The directory audited in place of CONTEXT (temporary: `cleanup` removes it). */
  dir: string;
  /** `-f` as a path under `dir`, or undefined for the default Dockerfile. */
  file?: string;
  /** The report's first notice: what the context is and what docker does with it. */
  notice: { path: string; message: string };
  /** Entries docker writes at build time (a stdin Dockerfile's context): their mtime is the build's. */
  buildTimeEntries?: string[];
  /** What the engine needs besides the directory (an archive's entries and upload size). */
  audit: Pick<AuditOptions, 'walk' | 'archiveUpload'>;
  /** An archive: docker sends it as given, so `ctx-audit tar` has nothing to build. */
  archive: ArchiveContext | null;
  cleanup(): void;
}

/** A context on stdin is read whole when it is a Dockerfile (docker reads it whole too), up to this size. */
export const MAX_STDIN_DOCKERFILE_CONTEXT_BYTES = 64 << 20;

/**
 * `-f` inside an archive: docker passes it to the daemon, which opens it under the unpacked root
 * (a leading `/` stays inside it).
 */
function fileInArchive(dir: string, file: string | undefined): string | undefined {
  if (file === undefined || file === '') return undefined;
  const rel = path.posix.normalize('/' + file).replace(/^\/+/, '');
  return path.join(dir, rel === '' ? '.' : rel);
}

function fromArchive(archive: ArchiveContext, where: string, file: string | undefined): ContextInput {
  return {
    dir: archive.dir,
    file: fileInArchive(archive.dir, file),
    notice: archiveNotice(archive, where),
    audit: { walk: archiveWalk(archive), archiveUpload: { bytes: archive.uploadBytes } },
    archive,
    cleanup: archive.cleanup,
  };
}

/** `docker build --compress` of an archive: Go's gzip of the archive as given (measured while reading it). */
export function archiveCompressedReport(archive: ArchiveContext): CompressedReport | undefined {
  if (archive.compressedBytes === undefined) return undefined;
  const b = archive.compressedBytes;
  return { bytes: b, bytesMax: b, dockerFigure: humanSize(b), dockerFigureMax: humanSize(b), exact: true, samples: 1, savedBytes: Math.max(0, archive.uploadBytes - b), builder: 'legacy' };
}

/**
 * `ctx-audit -`: docker's GetContextFromReader. An archive (by its first 512 bytes) is audited from
 * its entries; anything else is a Dockerfile, which docker sends as the only file of a context
 * (`-f` is then ignored, as docker ignores it).
 */
export async function contextFromStdin(stdin: AsyncIterable<Buffer | string>, opts: { file?: string; compress?: boolean }): Promise<ContextInput> {
  const { head, all } = await peek(stdin as AsyncIterable<Buffer>, 512);
  if (isArchive(head)) return fromArchive(await readArchive(all, 'the context on stdin', { compress: opts.compress }), '-', opts.file);
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const b of all) {
    n += b.length;
    if (n > MAX_STDIN_DOCKERFILE_CONTEXT_BYTES) throw new InputError(`CONTEXT -: standard input is neither an archive nor a Dockerfile of at most ${MAX_STDIN_DOCKERFILE_CONTEXT_BYTES} bytes`);
    chunks.push(b);
  }
  const ctx = materializeStdinDockerfile(Buffer.concat(chunks));
  // Measured with the docker CLI: a tar that opens with a PAX or GNU long-name header (GNU tar's
  // --format=pax writes one before every entry) is not recognised, and goes up as a Dockerfile.
  const misread = tarHeaderKind(head) === 'extended';
  return {
    dir: ctx.dir,
    notice: {
      path: '-',
      message: misread
        ? 'stdin is a tar archive that opens with a PAX or GNU long-name header, which docker does not recognise as an archive: it sends the bytes as a Dockerfile (alone in a tar), and the build fails; re-create the archive in ustar or gnu format, or compress it'
        : 'the context is stdin holding a Dockerfile: docker sends a tar of that Dockerfile alone, so COPY and ADD find nothing else',
    },
    buildTimeEntries: ['Dockerfile'],
    audit: {},
    archive: null,
    cleanup: ctx.cleanup,
  };
}

/** Names ctx-audit looks inside for an archive when given as CONTEXT. */
const ARCHIVE_NAME = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst)$/i;

/**
 * `ctx-audit ctx.tar.gz`: a file that docker would take on stdin as an archive, audited the same
 * way. Null when `abs` is not such a file (a directory context, or a file that is not an archive).
 * The caller has checked that `abs` lies inside the repository.
 */
export async function contextFromArchiveFile(abs: string, shown: string, opts: { file?: string; compress?: boolean }): Promise<ContextInput | null> {
  if (!ARCHIVE_NAME.test(abs)) return null;
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return null;
  }
  if (!st.isFile()) return null;
  const head = Buffer.alloc(512);
  const fd = fs.openSync(abs, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, head, 0, 512, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (tarHeaderKind(head.subarray(0, n)) === 'extended') {
    throw new InputError(`${shown} opens with a PAX or GNU long-name header, which docker does not recognise as an archive: \`docker build - < ${shown}\` would send it as a Dockerfile; re-create it in ustar or gnu format, or compress it`);
  }
  if (!isArchive(head.subarray(0, n))) return null;
  return fromArchive(await readArchive(fs.createReadStream(abs), shown, { compress: opts.compress }), shown, opts.file);
}

/** Whether CONTEXT names an archive file ctx-audit reads (checked before the boundary test needs it). */
export function looksLikeArchivePath(context: string): boolean {
  return context !== '-' && ARCHIVE_NAME.test(context);
}

/**
 * CONTEXT as given on the command line, when it names an archive file: checked against the
 * repository boundary (src/context/boundary.ts) before a byte of it is read. Null otherwise.
 */
export async function contextFromArchivePath(context: string, cwd: string, opts: { file?: string; compress?: boolean; allowOutsideRepo: boolean }): Promise<ContextInput | null> {
  if (!looksLikeArchivePath(context)) return null;
  const abs = path.resolve(cwd, context);
  if (fs.existsSync(abs)) assertInsideRepo(repoBoundary(cwd, opts.allowOutsideRepo), abs, 'context', context);
  return contextFromArchiveFile(abs, context, opts);
}
