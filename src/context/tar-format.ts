// The tar encoding the docker CLI's legacy builder sends, byte for byte (facts R31-R39, R43).
// The CLI uses Go's archive/tar Writer with hdr.Format = FormatPAX: USTAR whenever USTAR can
// represent the entry, otherwise a PAX 'x' header followed by the normal header. We mirror Go
// (writer.go, common.go `allowedFormats`, strconv.go, format.go) rather than use a tar library,
// because no JS library reproduces Go's exact header bytes.

import { constants } from 'node:fs';
import type { Writable } from 'node:stream';
import { TarContentError } from '../errors.js';
import { nodeFsPromises } from '../lazy-builtins.js';

export type TarType = '0' | '1' | '2' | '3' | '4' | '5' | '6';

export interface TarEntry {
  /** Byte string (one char per byte, see bytes.ts); directories end in '/'. */
  name: string;
  type: TarType;
  /** Permission bits incl. setuid/setgid/sticky, no file-type bits. */
  mode: number;
  /** Regular files only (0 otherwise). Any safe integer; >= 8^11 needs a PAX `size` record. */
  size: number;
  /** Whole seconds since the epoch; may be negative or >= 8^11 (then a PAX `mtime` record). */
  mtime: number;
  /** Byte string; '' when none. */
  linkname: string;
  devmajor: number;
  devminor: number;
  /** The security.capability xattr, already converted (R33); its presence forces PAX. */
  capability?: Buffer;
}

const BLOCK = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** 8^11: the first value an 11-digit octal field (size, mtime) cannot hold. */
const OCTAL11_LIMIT = 8589934592;
/** 8^7: the first value a 7-digit octal field (mode, devmajor, devminor) cannot hold. */
const OCTAL7_LIMIT = 2097152;
/** Go refuses PAX data above this (format.go maxSpecialFileSize). */
const MAX_PAX_DATA = 1 << 20;
const CAPABILITY_KEY = 'SCHILY.xattr.security.capability';

export const TAR_END_MARKER_BYTES = 1024;

/** NULs after a file's content so the next header starts on a block (Go `blockPadding`). */
export function paddingFor(size: number): number {
  const rem = size % BLOCK;
  return rem === 0 ? 0 : BLOCK - rem;
}

/** Go's tar `isASCII`: no byte >= 0x80 and no NUL (Go ranges over runes; byte-wise is equivalent). */
function isTarAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0) return false;
  }
  return true;
}

/** Go's `toASCII`: drops every non-ASCII byte and NUL. */
function toTarAscii(s: string): string {
  if (isTarAscii(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && c !== 0) out += s[i];
  }
  return out;
}

/**
 * Index of the '/' where Go's `splitUSTARPath` cuts the name into prefix and suffix, or -1 when
 * the name cannot be split (R37). Callers only ask for names longer than 100 bytes.
 */
function ustarSplitIndex(name: string): number {
  let length = name.length;
  if (length <= NAME_SIZE || !isTarAscii(name)) return -1;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name.charCodeAt(length - 1) === 0x2f) length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE) return -1;
  return i;
}

function decimalDigits(n: number): number {
  let d = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    d++;
  }
  return d;
}

/** Length of Go's `formatPAXRecord` output: "<n> <key>=<value>\n", n counting its own digits. */
function paxRecordLength(keyLength: number, valueLength: number): number {
  const base = keyLength + valueLength + 3;
  const n = base + decimalDigits(base);
  // Go formats once, and reformats if adding the digits made the number one digit longer.
  return decimalDigits(n) === decimalDigits(base) ? n : base + decimalDigits(n);
}

function checkEncodable(e: TarEntry): void {
  if (!Number.isSafeInteger(e.size) || e.size < 0) throw new RangeError(`tar: bad size ${e.size} for ${JSON.stringify(e.name)}`);
  if (!Number.isSafeInteger(e.mtime)) throw new RangeError(`tar: bad mtime ${e.mtime} for ${JSON.stringify(e.name)}`);
  if (!Number.isInteger(e.mode) || e.mode < 0 || e.mode >= OCTAL7_LIMIT) throw new RangeError(`tar: bad mode ${e.mode}`);
  // Go falls back to the GNU format for device numbers >= 2^21; Linux never produces them (R35).
  for (const dev of [e.devmajor, e.devminor]) {
    if (!Number.isInteger(dev) || dev < 0 || dev >= OCTAL7_LIMIT) {
      throw new RangeError(`tar: device number ${dev} needs the GNU format, which is not supported`);
    }
  }
}

/**
 * Total length of the PAX records Go writes for the entry, or 0 when USTAR can encode it.
 * Mirrors `allowedFormats`: once any field forces PAX, every field USTAR cannot hold gets a record,
 * including `path` for a long name that could have been split (R36).
 */
function paxRecordsLength(e: TarEntry): number {
  let total = 0;
  let needed = false;
  if (e.capability !== undefined) {
    needed = true;
    total += paxRecordLength(CAPABILITY_KEY.length, e.capability.length);
  }
  if (e.linkname.length > NAME_SIZE || !isTarAscii(e.linkname)) {
    needed = true; // link targets are never split
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

/** True when Go writes a PAX extended header before this entry (R36). */
export function needsPax(e: TarEntry): boolean {
  return paxRecordsLength(e) > 0;
}

/** Bytes of the header block(s) alone: the USTAR header, plus the PAX header and its padded records. */
export function tarHeaderBytes(e: TarEntry): number {
  const records = paxRecordsLength(e);
  return records === 0 ? BLOCK : 2 * BLOCK + records + paddingFor(records);
}

/** Bytes the entry occupies in the stream: header(s) plus padded content (§J). Allocation-free. */
export function tarEntrySize(e: TarEntry): number {
  const data = e.type === '0' ? e.size + paddingFor(e.size) : 0;
  return tarHeaderBytes(e) + data;
}

/** The PAX records in Go's order (keys sorted bytewise), as [key, byte-string value]. */
function paxRecords(e: TarEntry): Array<[string, string]> {
  const recs: Array<[string, string]> = [];
  // Pushed in sorted key order: 'S' < 'l' < 'm' < 'p' < 's'.
  if (e.capability !== undefined) recs.push([CAPABILITY_KEY, e.capability.toString('latin1')]);
  if (e.linkname.length > NAME_SIZE || !isTarAscii(e.linkname)) recs.push(['linkpath', e.linkname]);
  if (e.mtime < 0 || e.mtime >= OCTAL11_LIMIT) recs.push(['mtime', String(e.mtime)]);
  if (e.name.length > NAME_SIZE || !isTarAscii(e.name)) recs.push(['path', e.name]);
  if (e.size >= OCTAL11_LIMIT) recs.push(['size', String(e.size)]);
  return recs;
}

function formatPaxRecord(key: string, value: string): string {
  return `${paxRecordLength(key.length, value.length)} ${key}=${value}\n`;
}

/** Go's `path.Clean` on a slash path. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.charCodeAt(0) === 0x2f;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Name of the 'x' header: path.Join(dir, "PaxHeaders.0", base), ASCII-only, cut to 100, no trailing '/'. */
function paxHeaderName(name: string): string {
  const slash = name.lastIndexOf('/');
  const dir = name.slice(0, slash + 1);
  const file = name.slice(slash + 1);
  const joined = cleanPath([dir, 'PaxHeaders.0', file].filter((s) => s !== '').join('/'));
  return toTarAscii(joined).slice(0, NAME_SIZE).replace(/\/+$/, '');
}

/** Go's `formatString`: copy, NUL-terminate if room, and if cut at a '/', NUL out that slash run's start. */
function putString(buf: Buffer, offset: number, size: number, s: string): void {
  buf.write(s.length > size ? s.slice(0, size) : s, offset, 'latin1');
  if (s.length > size && s.charCodeAt(size - 1) === 0x2f) {
    let n = size - 1;
    while (n > 0 && s.charCodeAt(n - 1) === 0x2f) n--;
    buf[offset + n] = 0; // "some buggy readers treat ... trailing slash ... as a directory"
  }
}

/** Go's `formatOctal`: zero-padded digits leaving room for a NUL; 0 when the value does not fit. */
function putOctal(buf: Buffer, offset: number, size: number, value: number): void {
  const fits = value >= 0 && value < 8 ** (size - 1);
  buf.write((fits ? value : 0).toString(8).padStart(size - 1, '0'), offset, 'latin1');
}

/** Go's `setFormat` for USTAR/PAX: magic "ustar\0", version "00", then the checksum. */
function finishBlock(buf: Buffer, offset: number): void {
  buf.write('ustar\x0000', offset + 257, 'latin1');
  let sum = 8 * 0x20; // the checksum field counts as eight spaces
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += buf[offset + i];
  buf.write(sum.toString(8).padStart(6, '0') + '\x00 ', offset + 148, 'latin1');
}

/**
 * The header bytes Go writes for the entry: for PAX, the 'x' header and its padded records, then
 * the normal header. Content and its padding are not included.
 */
export function encodeTarHeader(e: TarEntry): Buffer {
  checkEncodable(e);
  const recs = paxRecords(e);
  const recordsLength = paxRecordsLength(e);
  const buf = Buffer.alloc(tarHeaderBytes(e));
  let at = 0;
  if (recordsLength > 0) {
    const data = recs.map(([k, v]) => formatPaxRecord(k, v)).join('');
    if (data.length > MAX_PAX_DATA) throw new RangeError(`tar: PAX records for ${JSON.stringify(e.name)} exceed 1 MiB`);
    // writeRawFile: only name, zero mode/uid/gid/mtime, size and typeflag; uname..devminor stay NUL.
    putString(buf, 0, NAME_SIZE, paxHeaderName(e.name));
    putOctal(buf, 100, 8, 0);
    putOctal(buf, 108, 8, 0);
    putOctal(buf, 116, 8, 0);
    putOctal(buf, 124, 12, data.length);
    putOctal(buf, 136, 12, 0);
    buf[156] = 0x78; // 'x'
    finishBlock(buf, 0);
    buf.write(data, BLOCK, 'latin1');
    at = BLOCK + data.length + paddingFor(data.length);
  }

  // templateV7Plus: PAX headers carry the ASCII-only name and no prefix; USTAR may split the name.
  let name = e.name;
  let prefix = '';
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
  putOctal(buf, at + 108, 8, 0); // uid/gid forced to 0 by ChownOpts (R32)
  putOctal(buf, at + 116, 8, 0);
  putOctal(buf, at + 124, 12, e.size);
  putOctal(buf, at + 136, 12, e.mtime);
  buf[at + 156] = e.type.charCodeAt(0);
  putString(buf, at + 157, NAME_SIZE, linkname);
  putOctal(buf, at + 329, 8, e.devmajor);
  putOctal(buf, at + 337, 8, e.devminor);
  if (prefix !== '') putString(buf, at + 345, PREFIX_SIZE, prefix);
  finishBlock(buf, at);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Human sizes (R43): go-units HumanSize is fmt "%.4g" of the size divided by 1000 per unit.

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** The exact value of a finite positive double as mantissa * 2^exp with BigInt parts. */
function exactParts(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) mant |= 1n << 52n;
  return { mant, exp: (biased === 0 ? 1 : biased) - 1075 };
}

/**
 * Go's strconv 'g' with a precision: digits from the exact binary value, ties to even (ryu
 * `formatDecimal`), %e when exp < -4 || exp >= prec, trailing zeros dropped, exponent >= 2 digits.
 */
export function formatGoG(x: number, prec: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : Number.isNaN(x) ? 'NaN' : '-Inf';
  const sign = x < 0 ? '-' : '';
  const { mant, exp } = exactParts(Math.abs(x));
  // Exact rational num/den; find the decimal exponent d with 10^d <= value < 10^(d+1).
  let num = exp >= 0 ? mant << BigInt(exp) : mant;
  let den = exp >= 0 ? 1n : 1n << BigInt(-exp);
  let d = Math.floor(Math.log10(Math.abs(x)));
  const pow = (n: number): bigint => 10n ** BigInt(n);
  // log10 can be off by one near powers of ten; correct it exactly.
  while (d >= 0 ? num < pow(d) * den : num * pow(-d) < den) d--;
  while (d + 1 >= 0 ? num >= pow(d + 1) * den : num * pow(-(d + 1)) >= den) d++;
  // Scale so the integer part has exactly `prec` digits, then round half to even.
  const shift = prec - 1 - d;
  if (shift >= 0) num *= pow(shift);
  else den *= pow(-shift);
  let q = num / den;
  const twiceRem = 2n * (num % den);
  if (twiceRem > den || (twiceRem === den && q % 2n === 1n)) q++;
  if (q >= pow(prec)) {
    q /= 10n;
    d++;
  }
  let digits = q.toString().replace(/0+$/, '');
  if (digits === '') digits = '0';
  if (d < -4 || d >= prec) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(d).toString().padStart(2, '0');
    return `${sign}${mantissa}e${d < 0 ? '-' : '+'}${e}`;
  }
  if (d < 0) return `${sign}0.${'0'.repeat(-d - 1)}${digits}`;
  if (digits.length <= d + 1) return sign + digits + '0'.repeat(d + 1 - digits.length);
  return `${sign}${digits.slice(0, d + 1)}.${digits.slice(d + 1)}`;
}

/** go-units `HumanSize`: 10752 -> '10.75kB', 228 -> '228B', 17179873280 -> '17.18GB'. */
export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  // Repeated division, as getSizeAndUnit does, so the float64 matches Go's bit for bit.
  while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    unit++;
  }
  return formatGoG(size, 4) + DECIMAL_UNITS[unit];
}

/** The figure in "Sending build context to Docker daemon  10.75kB": HumanSize right-aligned with "%8v". */
export function dockerProgressFigure(bytes: number): string {
  return humanSize(bytes).padStart(8, ' ');
}

// ---------------------------------------------------------------------------------------------
// Streaming writer for the `tar` command.

/** Where a regular file's bytes come from. */
export type TarContentSource = { path: string | Buffer } | { bytes: Buffer };

export interface TarWriteItem extends TarEntry {
  /** Required for a regular file with size > 0; ignored for other types. */
  source?: TarContentSource;
}

export interface WriteTarOptions {
  /**
   * Reproduce R40's truncated stream (Dockerfile outside the context): the last entry is not
   * padded and the 1024-byte end marker is not written.
   */
  truncatedEnd?: boolean;
  /**
   * Reproduce R30's broken stream: after the items, this entry's header is written (with the
   * previous entry's padding) and nothing else: no data, no end marker.
   */
  finalHeaderOnly?: TarEntry;
  /** Read size per chunk when streaming files (default 1 MiB). */
  chunkSize?: number;
}


function writeChunk(out: Writable, chunk: Buffer): Promise<void> | undefined {
  if (out.errored) throw out.errored;
  if (out.write(chunk)) return undefined;
  return new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error): void => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

/**
 * Writes the entries as Docker's legacy builder would, streaming file content from disk.
 * A file that grew since lstat is cut to `size` (Go's writer truncates, R30 caveat); one that shrank
 * or cannot be opened throws TarContentError (Docker would send a corrupt tar). The stream `out` is
 * not ended. Resolves to the number of bytes written, which equals the sum of `tarEntrySize` plus
 * TAR_END_MARKER_BYTES (or the R40 arithmetic with `truncatedEnd`).
 */
export async function writeTar(
  items: Iterable<TarWriteItem> | AsyncIterable<TarWriteItem>,
  out: Writable,
  options: WriteTarOptions = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? 1 << 20;
  let written = 0;
  let pendingPad = 0; // like Go's Writer.pad: flushed before the next header or at Close
  const emit = async (chunk: Buffer): Promise<void> => {
    written += chunk.length;
    await writeChunk(out, chunk);
  };

  for await (const item of items) {
    const header = encodeTarHeader(item);
    const hasData = item.type === '0' && item.size > 0;
    if (!hasData) {
      if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
      await emit(header);
      pendingPad = 0;
      continue;
    }
    if (item.source === undefined) {
      throw new TypeError(`tar: no content source for regular file ${JSON.stringify(item.name)}`);
    }
    if ('bytes' in item.source) {
      if (item.source.bytes.length !== item.size) {
        throw new TarContentError('size-mismatch', item.name, `content of ${JSON.stringify(item.name)} is ${item.source.bytes.length} bytes, header says ${item.size}`);
      }
      if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
      await emit(header);
      await emit(item.source.bytes);
    } else {
      // Open before the header goes out, so an unreadable file never leaves a dangling header.
      let fh;
      try {
        // The walk saw a regular file; if it has since become a symlink or a FIFO, fail instead of
        // following it out of the context or blocking (a FIFO then reads as empty: "shrank").
        fh = await nodeFsPromises().open(item.source.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      } catch (err) {
        throw new TarContentError('unreadable', item.name, `cannot open ${JSON.stringify(item.name)}: ${(err as Error).message}`, { cause: err });
      }
      try {
        // Replaced by a directory (or a device) since the walk: Docker would archive something else here.
        if (!(await fh.stat()).isFile()) {
          throw new TarContentError('unreadable', item.name, `${JSON.stringify(item.name)} is no longer a regular file`);
        }
        if (pendingPad > 0) await emit(Buffer.alloc(pendingPad));
        await emit(header);
        let remaining = item.size;
        while (remaining > 0) {
          const chunk = Buffer.allocUnsafe(Math.min(remaining, chunkSize));
          let bytesRead: number;
          try {
            ({ bytesRead } = await fh.read(chunk, 0, chunk.length, null));
          } catch (err) {
            throw new TarContentError('unreadable', item.name, `cannot read ${JSON.stringify(item.name)}: ${(err as Error).message}`, { cause: err });
          }
          if (bytesRead === 0) {
            throw new TarContentError(
              'shrank',
              item.name,
              `${JSON.stringify(item.name)} shrank while being archived: expected ${item.size} bytes, read ${item.size - remaining}`,
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
