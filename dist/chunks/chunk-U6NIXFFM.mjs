import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/context/read-regular.ts
const fs = require("node:fs");
var NotRegularFileError = class extends Error {
  constructor(path) {
    super(`${path} is not a regular file`);
    this.path = path;
    this.name = "NotRegularFileError";
  }
  path;
};
var FileTooLargeError = class extends Error {
  constructor(path, size, max) {
    super(`${path}: ${size.toLocaleString("en-US")} bytes is more than ctx-audit reads in this file (${max.toLocaleString("en-US")}); not read`);
    this.path = path;
    this.size = size;
    this.max = max;
    this.name = "FileTooLargeError";
  }
  path;
  size;
  max;
};
var MAX_BUILD_FILE_BYTES = 1024 * 1024;
function readRegularFile(path, opts = {}) {
  const flags = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (opts.noFollow ? fs.constants.O_NOFOLLOW : 0);
  const fd = fs.openSync(path, flags);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new NotRegularFileError(path.toString());
    if (opts.refuseLarger && opts.maxBytes !== void 0 && st.size > opts.maxBytes) throw new FileTooLargeError(path.toString(), st.size, opts.maxBytes);
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

export {
  NotRegularFileError,
  FileTooLargeError,
  MAX_BUILD_FILE_BYTES,
  readRegularFile
};
