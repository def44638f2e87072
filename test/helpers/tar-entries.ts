// Lists the entries of a captured build-context tar. Header fields come from tar-stream (an
// independent decoder, so a bug in our own encoder cannot hide in a shared parser). Names are
// taken from the raw header/PAX bytes instead: tar-stream decodes PAX records as UTF-8, which
// would turn invalid-UTF-8 names into U+FFFD and make distinct names compare equal.
import { Readable } from 'node:stream';
import { extract as tarExtract } from 'tar-stream';

export interface TarEntry {
  /** Byte string (one char per byte, latin1); directories end in '/'. */
  name: string;
  /** Raw typeflag character: '0' file, '1' hard link, '2' symlink, '5' directory, … */
  typeflag: string;
  size: number;
  /** Byte string; '' when the entry has none. */
  linkname: string;
  mode: number;
  /** Seconds since the epoch. */
  mtime: number;
  uid: number;
  gid: number;
  /** True when a PAX extended header (typeflag 'x') precedes the entry. */
  isPax: boolean;
  /** Offset of the entry's first header block (the PAX header when there is one). */
  offset: number;
}

export interface TarListing {
  entries: TarEntry[];
  /** The stream ends with exactly the two zero blocks after the last entry's padded data. */
  endMarker: boolean;
  /** The last entry's data or padding is incomplete (R30, R40), or the stream stops mid-header. */
  truncated: boolean;
  totalBytes: number;
  /** tar-stream's error, if it rejected the stream (expected for truncated streams). */
  decoderError: string | null;
}

const BLOCK = 512;
const pad = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

function cString(buf: Buffer, start: number, len: number): Buffer {
  const field = buf.subarray(start, start + len);
  const nul = field.indexOf(0);
  return nul === -1 ? field : field.subarray(0, nul);
}

function octal(buf: Buffer, start: number, len: number): number {
  const s = cString(buf, start, len).toString('latin1').trim();
  return s === '' ? 0 : parseInt(s, 8);
}

/** PAX records as raw byte strings, keyed by record key. */
function parsePaxRecords(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let rest = data;
  while (rest.length > 0) {
    const sp = rest.indexOf(0x20);
    if (sp <= 0) break;
    const len = parseInt(rest.subarray(0, sp).toString('latin1'), 10);
    if (!Number.isFinite(len) || len <= sp || len > rest.length) break;
    const rec = rest.subarray(sp + 1, len - 1); // drop the trailing '\n'
    const eq = rec.indexOf(0x3d);
    if (eq !== -1) out.set(rec.subarray(0, eq).toString('latin1'), rec.subarray(eq + 1).toString('latin1'));
    rest = rest.subarray(len);
  }
  return out;
}

interface RawEntry {
  name: string;
  linkname: string;
  typeflag: string;
  size: number;
  isPax: boolean;
  offset: number;
  headerOffset: number;
}

/** Walks header blocks by hand: entry boundaries, lossless names, end marker, truncation. */
function walkRaw(buf: Buffer): { raw: RawEntry[]; endMarker: boolean; truncated: boolean } {
  const raw: RawEntry[] = [];
  let off = 0;
  let pax: Map<string, string> | null = null;
  let entryStart = 0;
  while (off + BLOCK <= buf.length) {
    const hdr = buf.subarray(off, off + BLOCK);
    if (hdr.every((b) => b === 0)) {
      // End of archive: Go writes exactly two zero blocks and nothing after them (R39).
      const rest = buf.subarray(off);
      const endMarker = rest.length === 2 * BLOCK && rest.every((b) => b === 0);
      return { raw, endMarker, truncated: false };
    }
    const typeflag = hdr[156] === 0 ? '0' : String.fromCharCode(hdr[156]);
    const size = octal(hdr, 124, 12);
    const dataStart = off + BLOCK;
    if (pax === null) entryStart = off;
    if (typeflag === 'x') {
      if (dataStart + pad(size) > buf.length) return { raw, endMarker: false, truncated: true };
      pax = parsePaxRecords(buf.subarray(dataStart, dataStart + size));
      off = dataStart + pad(size);
      continue;
    }
    let name = cString(hdr, 0, 100).toString('latin1');
    const magic = hdr.subarray(257, 263).toString('latin1');
    const prefix = magic === 'ustar\0' ? cString(hdr, 345, 155).toString('latin1') : '';
    if (prefix !== '') name = `${prefix}/${name}`;
    let linkname = cString(hdr, 157, 100).toString('latin1');
    if (pax?.has('path')) name = pax.get('path') as string;
    if (pax?.has('linkpath')) linkname = pax.get('linkpath') as string;
    const realSize = pax?.has('size') ? Number(pax.get('size')) : size;
    raw.push({ name, linkname, typeflag, size: realSize, isPax: pax !== null, offset: entryStart, headerOffset: off });
    pax = null;
    // Only regular files carry data in a docker context tar (R39).
    const dataLen = typeflag === '0' || typeflag === '7' ? realSize : 0;
    if (dataStart + pad(dataLen) > buf.length) return { raw, endMarker: false, truncated: true };
    off = dataStart + pad(dataLen);
  }
  // Ran out of bytes without seeing the end marker: truncated unless it stopped on a boundary.
  return { raw, endMarker: false, truncated: off !== buf.length };
}

interface DecodedHeader {
  name: string;
  type: string;
  size: number;
  mode: number;
  mtime: number;
  uid: number;
  gid: number;
  linkname: string | null;
}

/** Decodes headers with tar-stream, keeping whatever came before an error. */
async function decodeWithTarStream(buf: Buffer): Promise<{ headers: DecodedHeader[]; error: string | null }> {
  const headers: DecodedHeader[] = [];
  // tar-stream supports `filenameEncoding` but its bundled types omit it.
  const options = { filenameEncoding: 'latin1' };
  const extract = tarExtract(options as Parameters<typeof tarExtract>[0]);
  return new Promise((resolve) => {
    let settled = false;
    const done = (error: string | null): void => {
      if (settled) return;
      settled = true;
      resolve({ headers, error });
    };
    extract.on('entry', (h, stream, next) => {
      headers.push({
        name: h.name,
        type: h.type ?? 'file',
        size: h.size ?? 0,
        mode: h.mode ?? 0,
        mtime: h.mtime ? Math.floor(h.mtime.getTime() / 1000) : 0,
        uid: h.uid ?? 0,
        gid: h.gid ?? 0,
        linkname: h.linkname ?? null,
      });
      stream.on('end', () => next());
      stream.on('error', () => undefined);
      stream.resume();
    });
    extract.on('finish', () => done(null));
    extract.on('error', (e: Error) => done(e.message));
    Readable.from([buf]).pipe(extract);
  });
}

/**
 * Lists a tar buffer's entries. Never throws on a truncated stream (R30, R40): that is reported
 * through `truncated`/`endMarker` so a test can assert on it.
 */
export async function listTarEntries(buf: Buffer): Promise<TarListing> {
  const { raw, endMarker, truncated } = walkRaw(buf);
  const { headers, error } = await decodeWithTarStream(buf);
  // tar-stream may or may not emit the final entry of a truncated stream; it must agree with the
  // raw walk on every entry it did emit.
  if (headers.length > raw.length || headers.length < raw.length - (truncated ? 1 : 0)) {
    throw new Error(
      `tar decoders disagree: tar-stream saw ${headers.length} entries, raw walk ${raw.length} ` +
        `(tar-stream error: ${error ?? 'none'})`,
    );
  }
  const entries: TarEntry[] = raw.map((r, i) => {
    const h = headers[i];
    if (h && h.size !== r.size) throw new Error(`tar decoders disagree on the size of entry ${i} (${JSON.stringify(r.name)})`);
    return {
      name: r.name,
      typeflag: r.typeflag,
      size: r.size,
      linkname: r.linkname,
      mode: h ? h.mode : octal(buf, r.headerOffset + 100, 8),
      mtime: h ? h.mtime : octal(buf, r.headerOffset + 136, 12),
      uid: h ? h.uid : 0,
      gid: h ? h.gid : 0,
      isPax: r.isPax,
      offset: r.offset,
    };
  });
  return { entries, endMarker, truncated, totalBytes: buf.length, decoderError: error };
}

/** Entry names only, in tar order. */
export function entryNames(listing: TarListing): string[] {
  return listing.entries.map((e) => e.name);
}

/** One typeflag character per entry, like the vectors' `entryTypes`. */
export function entryTypes(listing: TarListing): string {
  return listing.entries.map((e) => e.typeflag).join('');
}
