// Contexts that are not a directory on disk, turned into one the engine audits like any other:
// what `docker build` does with `-` (stdin), and what ctx-audit does with a path to an archive
// (docker itself takes an archive only on stdin or from a URL). See src/context/stdin-context.ts
// for how docker tells an archive from a Dockerfile, and src/context/archive.ts for the archive.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditOptions } from '../audit.js';
import { assertInsideRepo, repoBoundary } from '../context/boundary.js';
import { archiveDockerfile, archiveNotice, archiveWalk, peek, readArchive, type ArchiveContext } from '../context/archive.js';
import type { CompressedReport } from '../context/compressed-upload.js';
import { ARCHIVE_PEEK_BYTES, isArchive, materializeStdinDockerfile, tarHeaderKind } from '../context/stdin-context.js';
import { humanSize } from '../context/tar-format.js';
import { InputError, UsageError } from '../errors.js';
import { hideUrlCredentials } from '../context/url-credentials.js';
import { ARCHIVE_NAME, looksLikeArchivePath, remoteContextKind } from './context-kind.js';

export interface ContextInput {
  /** The directory audited in place of CONTEXT (temporary: `cleanup` removes it). */
  dir: string;
  /** `-f` as a path under `dir`, or undefined for the default Dockerfile. */
  file?: string;
  /** An archive without the Dockerfile named: the audit fails as the daemon would (a listing does not need it). */
  dockerfileError?: string;
  /** The report's first notice: what the context is and what docker does with it. */
  notice: { path: string; message: string };
  /** Entries docker writes at build time (a stdin Dockerfile's context): their mtime is the build's. */
  buildTimeEntries?: string[];
  /** What the engine needs besides the directory (an archive's entries and upload size, a clone's boundary). */
  audit: Pick<AuditOptions, 'walk' | 'archiveUpload' | 'repository' | 'fetchedByBuildkit' | 'gitContext'>;
  /** An archive: docker sends it as given, so `ctx-audit tar` has nothing to build. */
  archive: ArchiveContext | null;
  /** A git URL: what was cloned (the URL without credentials). */
  git?: { url: string; ref: string; commit: string; subdir: string; compressUnreproducible: string };
  cleanup(): void;
}

/** A context on stdin is read whole when it is a Dockerfile (docker reads it whole too), up to this size. */
export const MAX_STDIN_DOCKERFILE_CONTEXT_BYTES = 64 << 20;

function fromArchive(archive: ArchiveContext, where: string, file: string | undefined): ContextInput {
  // The Dockerfile in the archive (links followed inside it): only its files are on disk. Listing
  // the archive needs none, so a missing one is an error for the audit alone.
  let dockerfile: string | undefined;
  let dockerfileError: string | undefined;
  try {
    dockerfile = path.join(archive.dir, archiveDockerfile(archive, file, where === '-' ? 'the context on stdin' : where));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    dockerfileError = e.message;
  }
  return {
    dir: archive.dir,
    file: dockerfile,
    dockerfileError,
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
 * `ctx-audit -`: docker's GetContextFromReader. An archive (by its first 1024 bytes) is audited from
 * its entries; anything else is a Dockerfile, which docker sends as the only file of a context
 * (`-f` is then ignored, as docker ignores it).
 */
export async function contextFromStdin(stdin: AsyncIterable<Buffer | string>, opts: { file?: string; compress?: boolean }): Promise<ContextInput> {
  return contextFromStream(stdin as AsyncIterable<Buffer>, '-', 'the context on stdin', opts);
}

/** GetContextFromReader on any stream: stdin, or the body of an http(s) URL. */
async function contextFromStream(source: AsyncIterable<Buffer>, where: string, what: string, opts: { file?: string; compress?: boolean }): Promise<ContextInput> {
  const { head, all } = await peek(source, ARCHIVE_PEEK_BYTES);
  if (isArchive(head)) return fromArchive(await readArchive(all, what, { compress: opts.compress }), where, opts.file);
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const b of all) {
    n += b.length;
    if (n > MAX_STDIN_DOCKERFILE_CONTEXT_BYTES) throw new InputError(`${what} is neither an archive nor a Dockerfile of at most ${MAX_STDIN_DOCKERFILE_CONTEXT_BYTES} bytes`);
    chunks.push(b);
  }
  const ctx = materializeStdinDockerfile(Buffer.concat(chunks));
  // Measured with the docker CLI: a tar that opens with a PAX or GNU long-name header (GNU tar's
  // --format=pax writes one before every entry) is not recognised, and goes up as a Dockerfile.
  const misread = tarHeaderKind(head) === 'extended';
  return {
    dir: ctx.dir,
    notice: {
      path: where,
      message: misread
        ? `${where === '-' ? 'stdin' : where} is a tar archive that opens with a PAX or GNU long-name header, which docker does not recognise as an archive: it sends the bytes as a Dockerfile (alone in a tar), and the build fails; re-create the archive in ustar or gnu format, or compress it`
        : `the context is ${where === '-' ? 'stdin' : where} holding a Dockerfile: docker sends a tar of that Dockerfile alone, so COPY and ADD find nothing else`,
    },
    buildTimeEntries: ['Dockerfile'],
    audit: {},
    archive: null,
    cleanup: ctx.cleanup,
  };
}

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
  const head = Buffer.alloc(ARCHIVE_PEEK_BYTES);
  const fd = fs.openSync(abs, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, head, 0, ARCHIVE_PEEK_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (tarHeaderKind(head.subarray(0, n)) === 'extended') {
    throw new InputError(`${shown} opens with a PAX or GNU long-name header, which docker does not recognise as an archive: \`docker build - < ${shown}\` would send it as a Dockerfile; re-create it in ustar or gnu format, or compress it`);
  }
  if (!isArchive(head.subarray(0, n))) return null;
  return fromArchive(await readArchive(fs.createReadStream(abs), shown, { compress: opts.compress }), shown, opts.file);
}

/** A download stops here: docker would send it all, but ctx-audit reads it into a temporary directory. */
export const MAX_URL_CONTEXT_BYTES = 4 * 1024 ** 3;

/**
 * An http(s) URL that is not a git repository (GetContextFromURL): docker downloads it and treats
 * the body like stdin, an archive or a Dockerfile. The download is streamed and bounded.
 */
export async function contextFromUrl(url: string, opts: { file?: string; compress?: boolean; maxBytes?: number }): Promise<ContextInput> {
  const shown = hideUrlCredentials(url);
  const max = opts.maxBytes ?? MAX_URL_CONTEXT_BYTES;
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (e) {
    throw new InputError(`unable to prepare context: ${shown}: ${hideUrlCredentials(String((e as Error).cause ?? (e as Error).message))}`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new InputError(`unable to prepare context: ${shown}: failed to GET with status ${res.status} ${res.statusText}`);
  }
  const body = res.body;
  async function* bounded(): AsyncGenerator<Buffer> {
    let n = 0;
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      n += chunk.length;
      if (n > max) throw new InputError(`${shown}: the download is larger than ${humanSize(max)}; ctx-audit stops there`);
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  return contextFromStream(bounded(), shown, shown, opts);
}

/**
 * A git URL (docker's IsGitURL, after no local path of that name was found): cloned like the docker
 * CLI clones it (git-clone.ts), audited as a directory whose repository boundary is the clone.
 */
export async function contextFromGitUrl(url: string, opts: { file?: string; env: Record<string, string | undefined> }): Promise<ContextInput> {
  const { parseGitUrl } = await import('./git-url.js');
  const { cloneGitRepository } = await import('./git-clone.js');
  const repo = parseGitUrl(url);
  const shown = hideUrlCredentials(url);
  const clone = await cloneGitRepository(repo, shown, opts.env);
  try {
    // -f is relative to the context (getDockerfileRelPath), not to the working directory; `-f -` is stdin.
    const file = opts.file === undefined || opts.file === '' || opts.file === '-' || path.isAbsolute(opts.file) ? opts.file : path.join(clone.dir, opts.file);
    return {
      dir: clone.dir,
      file,
      notice: {
        path: shown,
        message:
          `the context is the git repository ${hideUrlCredentials(repo.remote)} at ${repo.ref} (commit ${clone.commit})${repo.subdir ? `, directory ${repo.subdir}` : ''}: ` +
          'the legacy docker CLI clones it (shallow, with submodules) and sends the checkout, .git included; BuildKit clones it on the daemon and sends nothing from here' +
          // git writes the remote URL into .git/config, credentials and all, and docker sends that file.
          (shown !== url && !repo.subdir ? "; the URL's credentials are in the clone's .git/config, which the legacy CLI sends unless .dockerignore excludes .git" : ''),
      },
      // Under BuildKit the daemon clones the same commit: its files, no .git, no ignore file (git-context.ts).
      audit: { repository: { root: clone.root, allowOutside: false }, fetchedByBuildkit: true, gitContext: { source: `${shown}, commit ${clone.commit.slice(0, 12)}`, workingTree: false } },
      archive: null,
      git: { url: shown, ref: repo.ref, commit: clone.commit, subdir: repo.subdir, compressUnreproducible: "docker gzips a clone of its own, whose timestamps and .git/index differ from this one's, so its bytes vary by a few from build to build" },
      cleanup: clone.cleanup,
    };
  } catch (e) {
    clone.cleanup();
    throw e;
  }
}

/** Whether CONTEXT is a URL docker would fetch (checked only when no local path of that name exists). */

export interface ResolveOptions {
  cwd: string;
  /** Read for `-` only. */
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** `-f` as given. */
  file?: string;
  /** `--compress`: measure an archive's gzip while it is read. */
  compress: boolean;
  allowOutsideRepo: boolean;
}

/**
 * CONTEXT as docker takes it, when it is not a directory: `-` (stdin), a git or http(s) URL, or
 * a path to an archive file. Null for a directory (or any path that is not an archive).
 */
export async function resolveContextInput(context: string, opts: ResolveOptions): Promise<ContextInput | null> {
  const io = { file: opts.file, compress: opts.compress };
  if (context === '-') {
    if (!opts.stdin) throw new UsageError('CONTEXT -: no standard input to read');
    if (opts.stdin.isTTY) throw new UsageError('CONTEXT -: standard input is a terminal; pipe the context in (ctx-audit - < ctx.tar.gz, or < Dockerfile)');
    return contextFromStdin(opts.stdin, io);
  }
  // Like docker: a URL only when no local path of that name exists.
  const remote = fs.existsSync(path.resolve(opts.cwd, context)) ? null : remoteContextKind(context);
  if (remote === 'git') return contextFromGitUrl(context, { file: opts.file, env: opts.env });
  if (remote === 'url') return contextFromUrl(context, io);
  if (!looksLikeArchivePath(context)) return null;
  // Read nothing outside the repository (src/context/boundary.ts), an archive included.
  const abs = path.resolve(opts.cwd, context);
  if (fs.existsSync(abs)) assertInsideRepo(repoBoundary(opts.cwd, opts.allowOutsideRepo), abs, 'context', context);
  return contextFromArchiveFile(abs, context, io);
}
