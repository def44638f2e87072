// Go's compress/gzip Writer as the docker CLI uses it (gzip.NewWriter: default level, no name, no
// comment, no extra, zero ModTime): the 10-byte header Go writes, Go's deflate (go-deflate.ts), and
// the CRC-32/size trailer. Streaming: memory stays bounded whatever the input size.
import { GoDeflater, type DeflateSink } from './go-deflate.js';

/** ID1 ID2 CM=8 FLG=0 MTIME=0 (zero time.Time is not after the epoch) XFL=0 (level 6) OS=255. */
export const GO_GZIP_HEADER: readonly number[] = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff];
export const GZIP_HEADER_BYTES = 10;
export const GZIP_TRAILER_BYTES = 8;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (IEEE), continuing from `crc` (the finished value of the data before). */
export function crc32Update(crc: number, b: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export class GoGzipWriter {
  private deflater: GoDeflater;
  private crc = 0;
  private size = 0;
  private headerDone = false;
  private closed = false;
  /** Uncompressed bytes written. */
  bytesIn = 0;

  constructor(private readonly sink: DeflateSink | null = null) {
    this.deflater = new GoDeflater(sink);
  }

  /** Compressed bytes produced so far, header included (the trailer counts once closed). */
  get bytesOut(): number {
    return (this.headerDone ? GZIP_HEADER_BYTES : 0) + this.deflater.bytesOut + (this.closed ? GZIP_TRAILER_BYTES : 0);
  }

  /** An independent copy (see GoDeflater.clone), writing to another sink. */
  clone(sink: DeflateSink | null = null): GoGzipWriter {
    const c = new GoGzipWriter(sink);
    c.deflater = this.deflater.clone(sink);
    c.crc = this.crc;
    c.size = this.size;
    c.headerDone = this.headerDone;
    c.closed = this.closed;
    c.bytesIn = this.bytesIn;
    return c;
  }

  private header(): void {
    if (this.headerDone) return;
    this.headerDone = true;
    this.sink?.(Uint8Array.from(GO_GZIP_HEADER));
  }

  write(b: Uint8Array): void {
    this.header();
    this.crc = crc32Update(this.crc, b);
    this.size = (this.size + b.length) >>> 0;
    this.bytesIn += b.length;
    this.deflater.write(b);
  }

  close(): void {
    if (this.closed) return;
    this.header();
    this.deflater.close();
    this.closed = true;
    if (this.sink) {
      const t = new Uint8Array(GZIP_TRAILER_BYTES);
      const v = new DataView(t.buffer);
      v.setUint32(0, this.crc, true);
      v.setUint32(4, this.size, true);
      this.sink(t);
    }
  }
}

/** gzip of a whole buffer, as Go's gzip.NewWriter writes it. */
export function goGzipSync(data: Uint8Array): Buffer {
  const parts: Buffer[] = [];
  const z = new GoGzipWriter((b) => parts.push(Buffer.from(b)));
  z.write(data);
  z.close();
  return Buffer.concat(parts);
}
