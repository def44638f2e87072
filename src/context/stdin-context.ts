// `docker build -` (context on stdin), as the docker CLI's GetContextFromReader decides it: the
// first 1024 bytes are an archive when they start with a compression magic docker knows (bzip2,
// gzip, xz, zstd) or Go's tar reader reads a first entry from them; the stream is then uploaded exactly as given. Anything
// else is a Dockerfile: docker writes it to a fresh directory as `Dockerfile` and sends the tar of
// that directory, a build with no context but the Dockerfile itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from './temp-dir.js';

export type Compression = 'none' | 'gzip' | 'bzip2' | 'xz' | 'zstd';

/** archive.DetectCompression (moby pkg/archive). */
export function detectCompression(head: Uint8Array): Compression {
  const starts = (m: number[]) => m.every((b, i) => head[i] === b);
  if (starts([0x42, 0x5a, 0x68])) return 'bzip2';
  if (starts([0x1f, 0x8b, 0x08])) return 'gzip';
  if (starts([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (starts([0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  // A zstd skippable frame: magic 0x184D2A5? (little-endian).
  if (head.length >= 4 && (head[0] & 0xf0) === 0x50 && head[1] === 0x2a && head[2] === 0x4d && head[3] === 0x18) return 'zstd';
  return 'none';
}

function parseOctal(b: Uint8Array, off: number, len: number): number | null {
  let s = '';
  for (let i = off; i < off + len; i++) s += String.fromCharCode(b[i]);
  s = s.replace(/\0.*$/s, '').trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) return null;
  return parseInt(s, 8);
}

/** How many bytes docker's detectArchiveReader peeks (`archiveHeaderSize * 2`, docker/cli cli/command/image/build/context.go). */
export const ARCHIVE_PEEK_BYTES = 1024;

/**
 * Whether Go's tar.Reader.Next succeeds on exactly these bytes (what docker peeks): a header block
 * whose checksum is right (signed or unsigned sum), and, for a PAX or GNU long-name header, its
 * records and the header after them within the peeked bytes. A PAX global header (`g`, which `git
 * archive` writes first) is returned by Next on its own, so its records alone must fit: measured with
 * the docker CLI, git archive's tar (a 52-byte comment) is sent as is; one whose global records pass
 * 512 bytes, or GNU tar's --format=pax (an `x` header before every entry), goes up as a Dockerfile.
 */
export function isTarHeader(head: Uint8Array): boolean {
  const kind = tarHeaderKind(head);
  return kind === 'entry';
}

/** The header block at `off`: its type flag and size, or null when it is none (bad checksum or size). */
function headerAt(b: Uint8Array, off: number): { flag: string; size: number } | null {
  if (b.length < off + 512) return null;
  const block = b.subarray(off, off + 512);
  if (block.every((x) => x === 0)) return null;
  const want = parseOctal(block, 148, 8);
  if (want === null) return null;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  if (want !== unsigned && want !== signed) return null;
  const size = parseOctal(block, 124, 12);
  if (size === null) return null;
  return { flag: String.fromCharCode(block[156]), size };
}

/** Go's parsePAX over a whole record block: `%d key=value\n` records, each as long as it says, and nothing else. */
function paxRecordsParse(data: Uint8Array): boolean {
  const text = Buffer.from(data).toString('latin1');
  let i = 0;
  while (i < text.length) {
    const sp = text.indexOf(' ', i);
    if (sp < 0) return false;
    const digits = text.slice(i, sp);
    if (!/^[0-9]+$/.test(digits)) return false;
    const n = Number(digits);
    if (n < sp - i + 1 || i + n > text.length) return false;
    const record = text.slice(sp + 1, i + n);
    if (!record.endsWith('\n') || !record.includes('=') || record.startsWith('=')) return false;
    i += n;
  }
  return true;
}

/**
 * What the peeked bytes are: a tar whose first entry Go's tar.Reader.Next reads within them
 * ('entry'), a tar header whose records or next header lie beyond them (PAX `x`, GNU long names
 * `L`/`K`, a global header with over 512 bytes of records: a tar docker does NOT recognise on stdin),
 * or not a tar at all.
 */
export function tarHeaderKind(head: Uint8Array): 'entry' | 'extended' | 'none' {
  const b = head.subarray(0, ARCHIVE_PEEK_BYTES);
  let off = 0;
  for (let hops = 0; hops < 4; hops++) {
    const h = headerAt(b, off);
    if (h === null) return off === 0 ? 'none' : 'extended';
    if (!'xgLK'.includes(h.flag)) return 'entry';
    const dataEnd = off + 512 + h.size;
    if (dataEnd > b.length) return 'extended';
    if ((h.flag === 'x' || h.flag === 'g') && !paxRecordsParse(b.subarray(off + 512, dataEnd))) return 'none';
    // Next returns a global header by itself, as an entry of its own.
    if (h.flag === 'g') return 'entry';
    off += 512 + Math.ceil(h.size / 512) * 512;
  }
  return 'extended';
}

export function isArchive(head: Uint8Array): boolean {
  return detectCompression(head) !== 'none' || isTarHeader(head);
}

/** The directory docker builds from a Dockerfile on stdin (WriteTempDockerfile): it alone, named Dockerfile. */
export function materializeStdinDockerfile(content: Buffer): { dir: string; cleanup(): void } {
  const tmp = makeTempDir('ctx-audit-stdin-');
  fs.writeFileSync(path.join(tmp.dir, 'Dockerfile'), content, { mode: 0o644 });
  return tmp;
}
