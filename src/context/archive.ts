// A context that is an archive (`docker build - < ctx.tar.xz`, an http(s) URL of a tarball, or a
// path to one given to ctx-audit): docker sends the bytes exactly as given and the daemon unpacks
// them, so the upload is the archive's own size and the build sees every entry in it (the legacy
// daemon reads the archive's .dockerignore only to drop .dockerignore and the Dockerfile; BuildKit
// does not read it). Here the archive is streamed once: counted, decompressed, and its entries
// listed; directories and the head of each regular file are written to a temporary directory so
// the rules and the Dockerfile analysis read them like any context. Nothing but directories and
// regular files is created there (no links, no devices), so no entry can write through a link or
// outside the directory; memory stays bounded whatever the archive holds, and so does the disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Duplex, PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import unbzip2 from 'unbzip2-stream';
import xzDecompress from 'xz-decompress';
import { InputError } from '../errors.js';
import { byteStringToText, fsPath, toByteString } from './bytes.js';
import { GoGzipWriter } from './go-gzip.js';
import { detectCompression, type Compression } from './stdin-context.js';
import { humanSize, tarEntrySize, type TarType } from './tar-format.js';
import { makeTempDir } from './temp-dir.js';
import type { EntryKind, SentEntry, WalkNotice, WalkOptions, WalkResult } from './walk.js';

export interface ArchiveLimits {
  /** Decompressed tar bytes read at most: past this the archive is refused (a decompression bomb ends here). */
  maxTarBytes: number;
  maxEntries: number;
  /** Bytes of each regular file kept for the rules (the Dockerfile, secret scans); the rest is only counted. */
  keepPerFile: number;
  /** Bytes kept on disk for all files together; files past it are listed but not read. */
  keepTotal: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxTarBytes: 16 * 1024 ** 3,
  maxEntries: 2_000_000,
  keepPerFile: 4 << 20,
  keepTotal: 1024 ** 3,
};

export interface ArchiveContext {
  /** Temporary directory holding the archive's directories and the head of each regular file. */
  dir: string;
  compression: Compression;
  /** What docker sends: the archive as given. */
  uploadBytes: number;
  /** The tar stream once decompressed. */
  tarBytes: number;
  /** The entries as the daemon ends up with them: archive order, a repeated name counted once (the last wins). */
  entries: SentEntry[];
  notices: WalkNotice[];
  /** With `compress`: what `docker build --compress` sends (Go's gzip of the archive as given). */
  compressedBytes?: number;
  cleanup(): void;
}

/** Reads up to `n` bytes from an iterator of chunks; returns them and an iterable of everything (them included). */
export async function peek(source: AsyncIterable<Uint8Array | string>, n: number): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const got: Buffer[] = [];
  let have = 0;
  let done = false;
  while (have < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    got.push(b);
    have += b.length;
  }
  const first = Buffer.concat(got);
  async function* all(): AsyncGenerator<Buffer> {
    if (first.length) yield first;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    }
  }
  return { head: first.subarray(0, n), all: all() };
}

const KIND: Record<string, { kind: EntryKind; type: TarType }> = {
  file: { kind: 'file', type: '0' },
  'contiguous-file': { kind: 'file', type: '0' },
  link: { kind: 'hardlink', type: '1' },
  symlink: { kind: 'symlink', type: '2' },
  'character-device': { kind: 'char', type: '3' },
  'block-device': { kind: 'block', type: '4' },
  directory: { kind: 'dir', type: '5' },
  fifo: { kind: 'fifo', type: '6' },
};

/**
 * An entry's name as the daemon's untar places it: cleaned, a leading `/` dropped (it is joined to
 * the destination), null for the root itself; one that climbs out (`../x`) is refused, as
 * go-archive refuses it ("is outside of").
 */
export function archivePath(name: string): string | null {
  const cleaned = path.posix.normalize('/' + name).replace(/^\/+/, '').replace(/\/+$/, '');
  if (name.split('/').some((c) => c === '..')) {
    // normalize('/' + name) already clamps at the root; docker compares the joined path instead.
    const joined = path.posix.normalize(name.replace(/^\/+/, ''));
    if (joined === '..' || joined.startsWith('../')) throw new InputError(`archive entry ${JSON.stringify(byteStringToText(name))} points outside the context: the daemon refuses the archive`);
  }
  return cleaned === '' || cleaned === '.' ? null : cleaned;
}

/** One Duplex over a decompressor's input and output sides, with backpressure both ways and its errors. */
function adapt(input: NodeJS.WritableStream, output: NodeJS.ReadableStream): Duplex {
  const d: Duplex = new Duplex({
    write(chunk: Buffer, _enc, cb) {
      if (input.write(chunk)) cb();
      else input.once('drain', () => cb());
    },
    final(cb) {
      input.end();
      cb();
    },
    read() {
      output.resume();
    },
  });
  output.on('data', (c: Buffer) => {
    if (!d.push(c)) output.pause();
  });
  output.on('end', () => d.push(null));
  output.on('error', (e: Error) => d.destroy(e));
  if (input !== (output as unknown)) input.on('error', (e: Error) => d.destroy(e));
  return d;
}

function decompressor(comp: Compression): Duplex | null {
  switch (comp) {
    case 'none':
      return null;
    case 'gzip':
      return createGunzip();
    case 'bzip2': {
      // CommonJS; a classic `through` stream (written to and read from).
      const inner = unbzip2() as unknown as NodeJS.ReadWriteStream;
      return adapt(inner, inner);
    }
    case 'xz': {
      // A web stream: fed from a PassThrough, read back as a Node stream.
      const input = new PassThrough();
      const output = Readable.fromWeb(new xzDecompress.XzReadableStream(Readable.toWeb(input) as ReadableStream<Uint8Array>) as import('node:stream/web').ReadableStream);
      return adapt(input, output);
    }
    case 'zstd':
      return null; // refused by readArchive, after counting it
  }
}

/** Counts bytes going through, and stops the stream past `limit.max`. */
function counter(onBytes: (n: number, chunk: Buffer) => void, limit?: { max: number; tooLarge: () => Error }): Transform {
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      onBytes(n, chunk);
      if (limit && n > limit.max) return cb(limit.tooLarge());
      cb(null, chunk);
    },
  });
}

/**
 * Streams an archive (its first bytes already detected as one, see stdin-context.ts) into an
 * ArchiveContext. `what` names it in messages ("the context on stdin", a path, a URL).
 */
export async function readArchive(source: AsyncIterable<Buffer>, what: string, opts: { compress?: boolean; limits?: Partial<ArchiveLimits> } = {}): Promise<ArchiveContext> {
  const limits = { ...ARCHIVE_LIMITS, ...opts.limits };
  const { head, all } = await peek(source, 512);
  const compression = detectCompression(head);
  let uploadBytes = 0;
  const gz = opts.compress ? new GoGzipWriter(null) : null;
  const raw = counter((n, chunk) => {
    uploadBytes = n;
    gz?.write(chunk);
  });
  if (compression === 'zstd') {
    // Node 20 has no zstd: the archive is only counted, so the figure is still docker's.
    let n = 0;
    for await (const chunk of all) n += chunk.length;
    throw new InputError(
      `${what} is a zstd-compressed archive: docker sends it as is, ${n.toLocaleString('en-US')} bytes (it prints "Sending build context to Docker daemon  ${humanSize(n)}"); ctx-audit cannot read zstd on Node 20, so its contents are not audited`,
    );
  }
  const decomp = decompressor(compression);
  // Which side failed decides the message: the compressed stream, or the tar inside it.
  let decompFailed = false;
  decomp?.on('error', () => (decompFailed = true));
  let tarBytes = 0;
  const tooLarge = () => new InputError(`${what}: the archive unpacks to more than ${humanSize(limits.maxTarBytes)}; ctx-audit stops there`);
  const unpacked = counter((n) => (tarBytes = n), { max: limits.maxTarBytes, tooLarge });
  const extract = tar.extract({ filenameEncoding: 'latin1' } as unknown as Parameters<typeof tar.extract>[0]);

  // Removed by the caller, and at exit whatever happens.
  const { dir, cleanup } = makeTempDir('ctx-audit-archive-');
  const byPath = new Map<string, SentEntry>();
  const notices: WalkNotice[] = [];
  const repeated = new Set<string>();
  let kept = 0;
  let unread = 0;
  const stages: (NodeJS.ReadableStream | NodeJS.WritableStream | Duplex)[] = [Readable.from(all), raw];
  if (decomp) stages.push(decomp);
  stages.push(unpacked, extract);
  const flowing = pipeline(stages as unknown as [Readable, ...Transform[]]).catch((e: unknown) => e);
  try {
    for await (const entry of extract) {
      const h = entry.header;
      // A PAX path is UTF-8 text; engine paths are byte strings (one char per byte).
      const name = (h as { pax?: Record<string, string> }).pax?.path !== undefined ? Buffer.from(h.name, 'utf8').toString('latin1') : h.name;
      const rel = archivePath(name);
      const k = KIND[h.type ?? 'file'];
      if (rel === null || !k) {
        if (rel !== null) notices.push({ path: rel, message: `archive entry of type ${h.type} is not part of a build context` });
        entry.resume();
        continue;
      }
      if (byPath.size >= limits.maxEntries && !byPath.has(rel)) throw new InputError(`${what}: the archive holds more than ${limits.maxEntries.toLocaleString('en-US')} entries; ctx-audit stops there`);
      const size = k.kind === 'file' ? (h.size ?? 0) : 0;
      const linkname = h.linkname ? ((h as { pax?: Record<string, string> }).pax?.linkpath !== undefined ? Buffer.from(h.linkname, 'utf8').toString('latin1') : h.linkname) : '';
      const base = {
        name: k.kind === 'dir' ? rel + '/' : rel,
        type: k.type,
        mode: (h.mode ?? 0) & 0o7777,
        size,
        mtime: Math.floor((h.mtime?.getTime() ?? 0) / 1000),
        linkname,
        devmajor: h.devmajor ?? 0,
        devminor: h.devminor ?? 0,
      };
      const sent: SentEntry = { ...base, path: rel, kind: k.kind, contentBytes: size, tarBytes: tarEntrySize(base), decidedBy: -1 };
      if (byPath.has(rel)) {
        repeated.add(rel);
        byPath.delete(rel);
      }
      byPath.set(rel, sent);
      if (k.kind === 'dir') {
        mkdirIn(dir, rel);
        entry.resume();
      } else if (k.kind === 'file') {
        const want = Math.min(size, limits.keepPerFile, Math.max(0, limits.keepTotal - kept));
        if (want < Math.min(size, limits.keepPerFile)) unread++;
        kept += await writeHead(dir, rel, entry as unknown as Readable, want);
      } else entry.resume();
    }
  } catch (e) {
    cleanup();
    const piped = await flowing;
    throw archiveError(e instanceof InputError ? e : (piped ?? e), decompFailed ? compression : 'none', what);
  }
  const piped = await flowing;
  if (piped) {
    cleanup();
    throw archiveError(piped, decompFailed ? compression : 'none', what);
  }
  gz?.close();
  for (const p of [...repeated].sort()) notices.push({ path: p, message: 'appears more than once in the archive: the daemon keeps the last one' });
  if (unread > 0) notices.push({ path: '.', message: `${unread === 1 ? '1 file was' : `${unread} files were`} listed but not read (ctx-audit keeps at most ${humanSize(limits.keepTotal)} of an archive's contents)` });
  const entries = [...byPath.values()];
  apportion(entries, uploadBytes);
  return { dir, compression, uploadBytes, tarBytes, entries, notices, compressedBytes: gz?.bytesOut, cleanup };
}

function archiveError(e: unknown, failedStream: Compression, what: string): Error {
  if (e instanceof InputError) return e;
  // A decompressor's own words are internals ("get_next_output failed with error code 8"); tar-stream's say what is wrong.
  if (failedStream !== 'none') return new InputError(`${what}: the ${failedStream} stream is corrupt or truncated: the daemon would fail to unpack it`);
  const msg = e instanceof Error ? e.message : String(e);
  return new InputError(`${what}: not a valid tar archive (${msg.replace(/\s+/g, ' ').trim()}): the daemon would fail to unpack it`);
}

/** mkdir -p under `dir`; a name taken by a file is left as it is (the daemon would fail there too, later). */
function mkdirIn(dir: string, rel: string): boolean {
  try {
    fs.mkdirSync(fsPath(toByteString(dir) + '/' + rel), { recursive: true, mode: 0o700 });
    return true;
  } catch {
    return false;
  }
}

/** Writes the first `want` bytes of an entry to dir/rel and drains the rest; returns the bytes written. */
async function writeHead(dir: string, rel: string, entry: Readable, want: number): Promise<number> {
  const slash = rel.lastIndexOf('/');
  let fd: number | null = null;
  if (slash < 0 || mkdirIn(dir, rel.slice(0, slash))) {
    try {
      // Never follows a link (none is ever created here) and replaces an earlier entry of that name.
      fd = fs.openSync(fsPath(toByteString(dir) + '/' + rel), fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o600);
    } catch {
      fd = null;
    }
  }
  let written = 0;
  try {
    for await (const chunk of entry) {
      const b = chunk as Buffer;
      if (fd !== null && written < want) {
        const n = Math.min(b.length, want - written);
        fs.writeSync(fd, b, 0, n);
        written += n;
      }
    }
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return written;
}

/**
 * What each entry adds to the upload. The archive is sent as given, so an entry's part of it is its
 * tar size (header and padded data, as the CLI would write it) scaled to the upload: for a
 * compressed archive an apportionment (compression is not uniform); together never more than the upload.
 */
function apportion(entries: SentEntry[], uploadBytes: number): void {
  const total = entries.reduce((n, e) => n + e.tarBytes, 0);
  if (total === 0) return;
  for (const e of entries) e.tarBytes = Math.floor((e.tarBytes * uploadBytes) / total);
}

/** The walk the engine runs over an archive: its entries, all of them sent (no ignore file applies). */
export function archiveWalk(archive: ArchiveContext): (opts: WalkOptions) => WalkResult {
  return () => ({ entries: archive.entries, excluded: [], notices: archive.notices, truncatedAfter: null, stoppedByPatternError: false });
}

/**
 * The Dockerfile the daemon opens in an unpacked archive: `-f` as a path inside it (a leading `/`
 * stays inside), else `Dockerfile`, then `dockerfile`; a symlink is followed within the archive
 * (FollowSymlinkInScope: `..` stops at the root, an absolute target starts there). Returns the
 * regular file's path; a Dockerfile that is missing is the daemon's error. Measured on dockerd
 * 26.1.5 (legacy builder) and BuildKit v0.13: both build with a Dockerfile that is a link inside the
 * archive, and the legacy daemon answers a missing one with "Cannot locate specified Dockerfile: X".
 */
export function archiveDockerfile(archive: ArchiveContext, file: string | undefined, what: string): string {
  const byPath = new Map(archive.entries.map((e) => [e.path, e]));
  const clean = (p: string) => path.posix.normalize('/' + p).replace(/^\/+/, '');
  const follow = (start: string): string | null => {
    let p = clean(start);
    for (let hops = 0; hops < 255; hops++) {
      const e = byPath.get(p);
      if (!e) return null;
      if (e.kind === 'file') return p;
      if (e.kind !== 'symlink') return null;
      p = clean(e.linkname.startsWith('/') ? e.linkname : path.posix.dirname(p) + '/' + e.linkname);
    }
    return null;
  };
  const wanted = file === undefined || file === '' ? 'Dockerfile' : file;
  for (const name of wanted === 'Dockerfile' ? ['Dockerfile', 'dockerfile'] : [wanted]) {
    const found = follow(name);
    if (found !== null) return found;
  }
  throw new InputError(`${what}: Cannot locate specified Dockerfile: ${byteStringToText(wanted)} (the daemon's error: the archive has no such file)`);
}

/** One line on what the context is and what docker does with it (the report's first notice). */
export function archiveNotice(archive: ArchiveContext, where: string): { path: string; message: string } {
  const kind = archive.compression === 'none' ? 'a tar archive' : `a ${archive.compression}-compressed tar archive`;
  return {
    path: where,
    message:
      `the context is ${kind}: docker sends it as is (${archive.uploadBytes.toLocaleString('en-US')} bytes) and the daemon unpacks it; ` +
      'every entry is in the build context (the legacy builder reads its .dockerignore only to drop .dockerignore and the Dockerfile; BuildKit does not read it)',
  };
}
