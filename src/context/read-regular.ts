// Reading a small text file that a stranger may have replaced with a FIFO, a device or a symlink to
// one (`.gitignore -> /dev/zero`): open without blocking, check it is a regular file on the open
// descriptor (no race between check and read), and read at most `maxBytes`.
import * as fs from 'node:fs';

export class NotRegularFileError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

export interface ReadRegularOptions {
  /** Refuse a symlink in the last component (ELOOP) instead of following it. */
  noFollow?: boolean;
  /** Read at most this many bytes (default 4 MiB). */
  maxBytes?: number;
  /** Throw FileTooLargeError for a file larger than maxBytes instead of reading its first maxBytes. */
  refuseLarger?: boolean;
}

/** A Compose, Bake, .env or config file larger than ctx-audit reads (issue 16 item 5). */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly max: number,
  ) {
    super(`${path}: ${size.toLocaleString('en-US')} bytes is more than ctx-audit reads in this file (${max.toLocaleString('en-US')}); not read`);
    this.name = 'FileTooLargeError';
  }
}

/** The most a Compose, Bake, .env or config file may hold: real ones are a few KiB. */
export const MAX_BUILD_FILE_BYTES = 1024 * 1024;

/** The file's bytes; throws NotRegularFileError for anything but a regular file, or the fs error. */
export function readRegularFile(path: string | Buffer, opts: ReadRegularOptions = {}): Buffer {
  const flags = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (opts.noFollow ? fs.constants.O_NOFOLLOW : 0);
  const fd = fs.openSync(path, flags);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new NotRegularFileError(path.toString());
    if (opts.refuseLarger && opts.maxBytes !== undefined && st.size > opts.maxBytes) throw new FileTooLargeError(path.toString(), st.size, opts.maxBytes);
    const max = Math.min(st.size, opts.maxBytes ?? 4 * 1024 * 1024);
    const buf = Buffer.alloc(max);
    let n = 0;
    while (n < max) {
      const got = fs.readSync(fd, buf, n, max - n, n);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}
