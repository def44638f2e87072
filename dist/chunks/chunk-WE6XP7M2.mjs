import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  nodeFsPromises
} from "./chunk-PCHR3W3Q.mjs";
import {
  TarContentError
} from "./chunk-C2U46XUJ.mjs";

// src/context/tar-format.ts
const { constants } = require("node:fs");
var BLOCK = 512;
var NAME_SIZE = 100;
var PREFIX_SIZE = 155;
var OCTAL11_LIMIT = 8589934592;
var OCTAL7_LIMIT = 2097152;
var MAX_PAX_DATA = 1 << 20;
var CAPABILITY_KEY = "SCHILY.xattr.security.capability";
var TAR_END_MARKER_BYTES = 1024;
function paddingFor(size) {
  const rem = size % BLOCK;
  return rem === 0 ? 0 : BLOCK - rem;
}
function isTarAscii(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 0) return false;
  }
  return true;
}
function toTarAscii(s) {
  if (isTarAscii(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && c !== 0) out += s[i];
  }
  return out;
}
function ustarSplitIndex(name) {
  let length = name.length;
  if (length <= NAME_SIZE || !isTarAscii(name)) return -1;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name.charCodeAt(length - 1) === 47) length--;
  const i = name.lastIndexOf("/", length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE) return -1;
  return i;
}
function decimalDigits(n) {
  let d = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    d++;
  }
  return d;
}
function paxRecordLength(keyLength, valueLength) {
  const base = keyLength + valueLength + 3;
  const n = base + decimalDigits(base);
  return decimalDigits(n) === decimalDigits(base) ? n : base + decimalDigits(n);
}
function checkEncodable(e) {
  if (!Number.isSafeInteger(e.size) || e.size < 0) throw new RangeError(`tar: bad size ${e.size} for ${JSON.stringify(e.name)}`);
  if (!Number.isSafeInteger(e.mtime)) throw new RangeError(`tar: bad mtime ${e.mtime} for ${JSON.stringify(e.name)}`);
  if (!Number.isInteger(e.mode) || e.mode < 0 || e.mode >= OCTAL7_LIMIT) throw new RangeError(`tar: bad mode ${e.mode}`);
  for (const dev of [e.devmajor, e.devminor]) {
    if (!Number.isInteger(dev) || dev < 0 || dev >= OCTAL7_LIMIT) {
      throw new RangeError(`tar: device number ${dev} needs the GNU format, which is not supported`);
    }
  }
}
function paxRecordsLength(e) {
  let total = 0;
  let needed = false;
  if (e.capability !== void 0) {
    needed = true;
    total += paxRecordLength(CAPABILITY_KEY.length, e.capability.length);
  }
  if (e.linkname.length > NAME_SIZE || !isTarAscii(e.linkname)) {
    needed = true;
    total += paxRecordLength(8, e.linkname.length);
  }
  if (e.mtime < 0 || e.mtime >= OCTAL11_LIMIT) {
    needed = true;
    total += paxRecordLength(5, String(e.mtime).length);
  }
  const nameAscii = isTarAscii(e.name);
  if (e.name.length > NAME_SIZE || !nameAscii) {
    if (!nameAscii || ustarSplitIndex(e.name) < 0) needed = true;
    total += paxRecordLength(4, e.name.length);
  }
  if (e.size >= OCTAL11_LIMIT) {
    needed = true;
    total += paxRecordLength(4, String(e.size).length);
  }
  return needed ? total : 0;
}
function tarHeaderBytes(e) {
  const records = paxRecordsLength(e);
  return records === 0 ? BLOCK : 2 * BLOCK + records + paddingFor(records);
}
function tarEntrySize(e) {
  const data = e.type === "0" ? e.size + paddingFor(e.size) : 0;
  return tarHeaderBytes(e) + data;
}
function paxRecords(e) {
  const recs = [];
  if (e.capability !== void 0) recs.push([CAPABILITY_KEY, e.capability.toString("latin1")]);
  if (e.linkname.length > NAME_SIZE || !isTarAscii(e.linkname)) recs.push(["linkpath", e.linkname]);
  if (e.mtime < 0 || e.mtime >= OCTAL11_LIMIT) recs.push(["mtime", String(e.mtime)]);
  if (e.name.length > NAME_SIZE || !isTarAscii(e.name)) recs.push(["path", e.name]);
  if (e.size >= OCTAL11_LIMIT) recs.push(["size", String(e.size)]);
  return recs;
}
function formatPaxRecord(key, value) {
  return `${paxRecordLength(key.length, value.length)} ${key}=${value}
`;
}
function cleanPath(p) {
  if (p === "") return ".";
  const rooted = p.charCodeAt(0) === 47;
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}
function paxHeaderName(name) {
  const slash = name.lastIndexOf("/");
  const dir = name.slice(0, slash + 1);
  const file = name.slice(slash + 1);
  const joined = cleanPath([dir, "PaxHeaders.0", file].filter((s) => s !== "").join("/"));
  return toTarAscii(joined).slice(0, NAME_SIZE).replace(/\/+$/, "");
}
function putString(buf, offset, size, s) {
  buf.write(s.length > size ? s.slice(0, size) : s, offset, "latin1");
  if (s.length > size && s.charCodeAt(size - 1) === 47) {
    let n = size - 1;
    while (n > 0 && s.charCodeAt(n - 1) === 47) n--;
    buf[offset + n] = 0;
  }
}
function putOctal(buf, offset, size, value) {
  const fits = value >= 0 && value < 8 ** (size - 1);
  buf.write((fits ? value : 0).toString(8).padStart(size - 1, "0"), offset, "latin1");
}
function finishBlock(buf, offset) {
  buf.write("ustar\x0000", offset + 257, "latin1");
  let sum = 8 * 32;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += buf[offset + i];
  buf.write(sum.toString(8).padStart(6, "0") + "\0 ", offset + 148, "latin1");
}
function encodeTarHeader(e) {
  checkEncodable(e);
  const recs = paxRecords(e);
  const recordsLength = paxRecordsLength(e);
  const buf = Buffer.alloc(tarHeaderBytes(e));
  let at = 0;
  if (recordsLength > 0) {
    const data = recs.map(([k, v]) => formatPaxRecord(k, v)).join("");
    if (data.length > MAX_PAX_DATA) throw new RangeError(`tar: PAX records for ${JSON.stringify(e.name)} exceed 1 MiB`);
    putString(buf, 0, NAME_SIZE, paxHeaderName(e.name));
    putOctal(buf, 100, 8, 0);
    putOctal(buf, 108, 8, 0);
    putOctal(buf, 116, 8, 0);
    putOctal(buf, 124, 12, data.length);
    putOctal(buf, 136, 12, 0);
    buf[156] = 120;
    finishBlock(buf, 0);
    buf.write(data, BLOCK, "latin1");
    at = BLOCK + data.length + paddingFor(data.length);
  }
  let name = e.name;
  let prefix = "";
  let linkname = e.linkname;
  if (recordsLength > 0) {
    name = toTarAscii(name);
    linkname = toTarAscii(linkname);
  } else {
    const i = ustarSplitIndex(name);
    if (i > 0) {
      prefix = name.slice(0, i);
      name = name.slice(i + 1);
    }
  }
  putString(buf, at, NAME_SIZE, name);
  putOctal(buf, at + 100, 8, e.mode);
  putOctal(buf, at + 108, 8, 0);
  putOctal(buf, at + 116, 8, 0);
  putOctal(buf, at + 124, 12, e.size);
  putOctal(buf, at + 136, 12, e.mtime);
  buf[at + 156] = e.type.charCodeAt(0);
  putString(buf, at + 157, NAME_SIZE, linkname);
  putOctal(buf, at + 329, 8, e.devmajor);
  putOctal(buf, at + 337, 8, e.devminor);
  if (prefix !== "") putString(buf, at + 345, PREFIX_SIZE, prefix);
  finishBlock(buf, at);
  return buf;
}
var DECIMAL_UNITS = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
function exactParts(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20 & 2047;
  let mant = BigInt(hi & 1048575) << 32n | BigInt(lo);
  if (biased !== 0) mant |= 1n << 52n;
  return { mant, exp: (biased === 0 ? 1 : biased) - 1075 };
}
function formatGoG(x, prec) {
  if (x === 0) return "0";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : Number.isNaN(x) ? "NaN" : "-Inf";
  const sign = x < 0 ? "-" : "";
  const { mant, exp } = exactParts(Math.abs(x));
  let num = exp >= 0 ? mant << BigInt(exp) : mant;
  let den = exp >= 0 ? 1n : 1n << BigInt(-exp);
  let d = Math.floor(Math.log10(Math.abs(x)));
  const pow = (n) => 10n ** BigInt(n);
  while (d >= 0 ? num < pow(d) * den : num * pow(-d) < den) d--;
  while (d + 1 >= 0 ? num >= pow(d + 1) * den : num * pow(-(d + 1)) >= den) d++;
  const shift = prec - 1 - d;
  if (shift >= 0) num *= pow(shift);
  else den *= pow(-shift);
  let q = num / den;
  const twiceRem = 2n * (num % den);
  if (twiceRem > den || twiceRem === den && q % 2n === 1n) q++;
  if (q >= pow(prec)) {
    q /= 10n;
    d++;
  }
  let digits = q.toString().replace(/0+$/, "");
  if (digits === "") digits = "0";
  if (d < -4 || d >= prec) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(d).toString().padStart(2, "0");
    return `${sign}${mantissa}e${d < 0 ? "-" : "+"}${e}`;
  }
  if (d < 0) return `${sign}0.${"0".repeat(-d - 1)}${digits}`;
  if (digits.length <= d + 1) return sign + digits + "0".repeat(d + 1 - digits.length);
  return `${sign}${digits.slice(0, d + 1)}.${digits.slice(d + 1)}`;
}
function humanSize(bytes) {
  let size = bytes;
  let unit = 0;
  while (size >= 1e3 && unit < DECIMAL_UNITS.length - 1) {
    size /= 1e3;
    unit++;
  }
  return formatGoG(size, 4) + DECIMAL_UNITS[unit];
}
function writeChunk(out, chunk) {
  if (out.errored) throw out.errored;
  if (out.write(chunk)) return void 0;
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off("error", onError);
      resolve();
    };
    const onError = (err) => {
      out.off("drain", onDrain);
      reject(err);
    };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}
async function writeTar(items, out, options = {}) {
  const chunkSize = options.chunkSize ?? 1 << 20;
  let written = 0;
  let pendingPad = 0;
  const emit = async (chunk) => {
    written += chunk.length;
    await writeChunk(out, chunk);
  };
  for await (const item of items) {
    const header = encodeTarHeader(item);
    const hasData = item.type === "0" && item.size > 0;
    if (!hasData) {
      if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
      await emit(header);
      pendingPad = 0;
      continue;
    }
    if (item.source === void 0) {
      throw new TypeError(`tar: no content source for regular file ${JSON.stringify(item.name)}`);
    }
    if ("bytes" in item.source) {
      if (item.source.bytes.length !== item.size) {
        throw new TarContentError("size-mismatch", item.name, `content of ${JSON.stringify(item.name)} is ${item.source.bytes.length} bytes, header says ${item.size}`);
      }
      if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
      await emit(header);
      await emit(item.source.bytes);
    } else {
      let fh;
      try {
        fh = await nodeFsPromises().open(item.source.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      } catch (err) {
        throw new TarContentError("unreadable", item.name, `cannot open ${JSON.stringify(item.name)}: ${err.message}`, { cause: err });
      }
      try {
        if (!(await fh.stat()).isFile()) {
          throw new TarContentError("unreadable", item.name, `${JSON.stringify(item.name)} is no longer a regular file`);
        }
        if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
        await emit(header);
        let remaining = item.size;
        while (remaining > 0) {
          const chunk = Buffer.allocUnsafe(Math.min(remaining, chunkSize));
          let bytesRead;
          try {
            ({ bytesRead } = await fh.read(chunk, 0, chunk.length, null));
          } catch (err) {
            throw new TarContentError("unreadable", item.name, `cannot read ${JSON.stringify(item.name)}: ${err.message}`, { cause: err });
          }
          if (bytesRead === 0) {
            throw new TarContentError(
              "shrank",
              item.name,
              `${JSON.stringify(item.name)} shrank while being archived: expected ${item.size} bytes, read ${item.size - remaining}`
            );
          }
          remaining -= bytesRead;
          await emit(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        }
      } finally {
        await fh.close();
      }
    }
    pendingPad = paddingFor(item.size);
  }
  if (options.finalHeaderOnly) {
    if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
    await emit(encodeTarHeader(options.finalHeaderOnly));
  } else if (!options.truncatedEnd) {
    await emit(Buffer.alloc(pendingPad + TAR_END_MARKER_BYTES));
  }
  if (out.errored) throw out.errored;
  return written;
}

export {
  TAR_END_MARKER_BYTES,
  paddingFor,
  tarEntrySize,
  humanSize,
  writeTar
};
