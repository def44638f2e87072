// `docker build -` (context on stdin), as the docker CLI's GetContextFromReader decides it: the
// first 512 bytes are an archive when they start with a compression magic docker knows (bzip2,
// gzip, xz, zstd) or parse as a tar header; the stream is then uploaded exactly as given. Anything
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

/**
 * Whether Go's tar.Reader.Next succeeds on exactly these bytes (docker peeks 512): a header block
 * whose checksum is right (signed or unsigned sum), and not a PAX or GNU long-name header, whose
 * records lie beyond the peeked block.
 */
export function isTarHeader(head: Uint8Array): boolean {
  const kind = tarHeaderKind(head);
  return kind === 'entry';
}

/**
 * What the first block is: a tar entry docker recognises, a header whose records lie beyond the
 * block (PAX `x`/`g`, GNU long names `L`/`K`: a tar docker does NOT recognise on stdin, GNU tar's
 * `--format=pax` among them), or not a tar header at all.
 */
export function tarHeaderKind(head: Uint8Array): 'entry' | 'extended' | 'none' {
  if (head.length < 512) return 'none';
  if (head.subarray(0, 512).every((b) => b === 0)) return 'none';
  const want = parseOctal(head, 148, 8);
  if (want === null) return 'none';
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : head[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  if (want !== unsigned && want !== signed) return 'none';
  if (parseOctal(head, 124, 12) === null) return 'none';
  const flag = String.fromCharCode(head[156]);
  return flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K' ? 'extended' : 'entry';
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
