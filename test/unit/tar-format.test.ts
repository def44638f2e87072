// Tar format: sizes, header bytes and human sizes. Every expected value comes from the facts file
// (/work/shared/docker-context-facts.md), docker-vectors.json, Go's sources, or arithmetic written
// out beside the assertion; none is produced by running the module under test.

import { mulberry32 as prng } from '../helpers/prng.js';
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { extract } from 'tar-stream';
import { byteStringToText, toByteString } from '../../src/context/bytes.js';
import {
  dockerProgressFigure,
  encodeTarHeader,
  humanSize,
  needsPax,
  paddingFor,
  TAR_END_MARKER_BYTES,
  tarEntrySize,
  writeTar,
  type TarEntry,
  type TarType,
  type TarWriteItem,
} from '../../src/context/tar-format.js';
import { TarContentError } from '../../src/errors.js';

const GIB8 = 8589934592; // 8^11 = 2^33

function entry(partial: Partial<TarEntry> & { name: string }): TarEntry {
  return { type: '0', mode: 0o644, size: 0, mtime: 1700000000, linkname: '', devmajor: 0, devminor: 0, ...partial };
}
const file = (name: string, size: number, extra: Partial<TarEntry> = {}): TarEntry => entry({ name, size, ...extra });
const dir = (name: string): TarEntry => entry({ name, type: '5', mode: 0o755 });
const r = (ch: string, n: number): string => ch.repeat(n);

/** Field text of a header block: bytes [off, off+len) as latin1. */
const field = (b: Buffer, off: number, len: number): string => b.subarray(off, off + len).toString('latin1');

/** Sum of the block's bytes with the checksum field read as spaces (POSIX ustar). */
function independentChecksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum;
}
function assertChecksum(block: Buffer): void {
  const text = field(block, 148, 8);
  assert.match(text, /^[0-7]{6}\0 $/, 'checksum is "%06o\\0 "');
  assert.equal(parseInt(text.slice(0, 6), 8), independentChecksum(block));
}

// ---------------------------------------------------------------------------------------------

describe('size arithmetic (facts R36-R39, §J)', () => {
  // Each row: entry, whether PAX, PAX records length (hand-computed), header bytes without content.
  // Record length: L = len(key)+len(value)+3, n = L + digits(L) (R38).
  const d151 = `${r('d', 60)}/${r('e', 60)}/${r('f', 29)}`;
  const cases: Array<[string, TarEntry, boolean, number]> = [
    // 'path' + 150: L = 157, n = 160 -> headers 512 + 512 + pad(160)=512
    ['150-char single component', file(r('L', 150), 151), true, 160],
    // L = 4 + 101 + 3 = 108, n = 111
    ['101-char single component', file(r('M', 101), 1), true, 111],
    ['exactly 100 chars', file(r('N', 100), 1), false, 0],
    ['d60/e60/f29 (151, splittable)', file(d151, 152), false, 0],
    // the only '/' is at 1, suffix 148 > 100
    ['a/ + 148', file(`a/${r('b', 148)}`, 1), true, 4 + 150 + 3 + 3],
    ['q155/r100 (prefix 155)', file(`${r('q', 155)}/${r('r', 100)}`, 1), false, 0],
    // L = 4 + 257 + 3 = 264, n = 267
    ['q155/s101', file(`${r('q', 155)}/${r('s', 101)}`, 1), true, 267],
    ['directory x99/', dir(`${r('x', 99)}/`), false, 0],
    // facts: record size 111
    ['directory y100/', dir(`${r('y', 100)}/`), true, 111],
    // facts: "18 path=café.txt\n" (é is 2 bytes: 9-byte name, L = 16, n = 18)
    ['non-ASCII café.txt', file(toByteString('café.txt'), 9), true, 18],
    // 'linkpath' + 'é' (2 bytes): L = 8 + 2 + 3 = 13, n = 15
    ['non-ASCII symlink target', entry({ name: 's', type: '2', mode: 0o777, linkname: toByteString('é') }), true, 15],
    // L = 8 + 101 + 3 = 112, n = 115
    ['101-byte symlink target', entry({ name: 's', type: '2', mode: 0o777, linkname: r('t', 101) }), true, 115],
    ['100-byte symlink target', entry({ name: 's', type: '2', mode: 0o777, linkname: r('t', 100) }), false, 0],
    // L = 8 + 120 + 3 = 131, n = 134
    ['120-byte hard link target', entry({ name: 'h', type: '1', linkname: r('h', 120) }), true, 134],
    // 'size=8589934592': L = 4 + 10 + 3 = 17, n = 19
    ['8 GiB file', file('big', GIB8), true, 19],
    ['8 GiB - 1 file', file('big', GIB8 - 1), false, 0],
    // facts: mtime and path records, 173 bytes ("12 mtime=-5\n" + "161 path=...\n")
    ['mtime -5 with 151-char splittable name', file(d151, 1, { mtime: -5 }), true, 173],
    // 'mtime=8589934592': L = 5 + 10 + 3 = 18, n = 20
    ['mtime 8^11', file('t', 1, { mtime: GIB8 }), true, 20],
    ['mtime 8^11 - 1', file('t', 1, { mtime: GIB8 - 1 }), false, 0],
    // 'mtime=-1': L = 5 + 2 + 3 = 10, n = 12
    ['mtime -1', file('t', 1, { mtime: -1 }), true, 12],
    // facts R33: a 20-byte capability gives a 57-byte record (L = 32 + 20 + 3 = 55, n = 57)
    ['capability xattr', file('cap', 1, { capability: Buffer.alloc(20, 1) }), true, 57],
  ];

  for (const [label, e, pax, records] of cases) {
    it(label, () => {
      assert.equal(needsPax(e), pax);
      const headers = pax ? 512 + 512 + Math.ceil(records / 512) * 512 : 512;
      const data = e.type === '0' ? Math.ceil(e.size / 512) * 512 : 0;
      assert.equal(tarEntrySize(e), headers + data);
      assert.equal(encodeTarHeader(e).length, headers);
      if (pax) assert.equal(parseInt(field(encodeTarHeader(e), 124, 11), 8), records, 'x header size = records length');
    });
  }

  it('a record whose count gains a digit is re-counted (Go formatPAXRecord)', () => {
    // 90 'a' + byte 0xE9 = 91 bytes: L = 4 + 91 + 3 = 98, n = 98 + 2 = 100 has 3 digits -> 98 + 3 = 101
    const name = `${r('a', 90)}\xe9`;
    const h = encodeTarHeader(file(name, 1));
    assert.equal(h.subarray(512, 512 + 101).toString('latin1'), `101 path=${name}\n`);
    assert.equal(h[512 + 101], 0);
    // 191-byte name: L = 198, n = 201, no crossing
    const long = r('p', 191);
    assert.equal(encodeTarHeader(file(long, 1)).subarray(512, 512 + 201).toString('latin1'), `201 path=${long}\n`);
  });

  it('paddingFor and the end marker', () => {
    assert.deepEqual([0, 1, 511, 512, 513, GIB8 - 1].map(paddingFor), [0, 511, 1, 0, 511, 1]);
    assert.equal(TAR_END_MARKER_BYTES, 1024);
  });

  it('the 8 GiB check from §J: 17179873280 bytes', () => {
    const total =
      tarEntrySize(file('Dockerfile', 11)) + tarEntrySize(file('a', GIB8)) + tarEntrySize(file('b', GIB8 - 1)) + TAR_END_MARKER_BYTES;
    // 1024 + (512 + 512 + 512 + 8589934592) + (512 + 8589934592) + 1024
    assert.equal(total, 17179873280);
  });
});

describe('whole-tar totals of docker-vectors.json', () => {
  interface Vector {
    name: string;
    dockerignore: string | null;
    sent: string[];
    entryTypes: string;
    tarBytes: number;
    symlinks?: Record<string, string>;
    hardlinks?: Record<string, string>;
  }
  const vectors = JSON.parse(readFileSync('/work/shared/docker-vectors.json', 'utf8')) as Vector[];
  for (const v of vectors) {
    it(v.name, () => {
      // Every file holds its own path + '\n' (hard links keep the first name's content, same length
      // class); .dockerignore holds the dockerignore string; links and dirs carry no data.
      let total = TAR_END_MARKER_BYTES;
      v.sent.forEach((name, i) => {
        const type = v.entryTypes[i] as TarType;
        const bytesName = toByteString(name);
        const content = name === '.dockerignore' ? (v.dockerignore ?? '') : `${name}\n`;
        const linkname = type === '2' ? (v.symlinks?.[name] ?? '') : type === '1' ? (v.hardlinks?.[name] ?? '') : '';
        total += tarEntrySize(
          entry({ name: bytesName, type, size: type === '0' ? Buffer.byteLength(content) : 0, linkname: toByteString(linkname) }),
        );
      });
      assert.equal(total, v.tarBytes);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('header bytes (R38)', () => {
  it('a USTAR regular file, field by field', () => {
    const h = encodeTarHeader(file('Dockerfile', 11, { mode: 0o644, mtime: 1700000000 }));
    assert.equal(h.length, 512);
    assert.equal(field(h, 0, 100), 'Dockerfile' + '\0'.repeat(90));
    assert.equal(field(h, 100, 8), '0000644\0');
    assert.equal(field(h, 108, 8), '0000000\0');
    assert.equal(field(h, 116, 8), '0000000\0');
    assert.equal(field(h, 124, 12), '00000000013\0'); // 11 = 0o13
    assert.equal(0o14524770400, 1700000000);
    assert.equal(field(h, 136, 12), '14524770400\0');
    assert.equal(field(h, 156, 1), '0');
    assert.equal(field(h, 157, 100), '\0'.repeat(100));
    assert.equal(field(h, 257, 8), 'ustar\x0000');
    assert.equal(field(h, 265, 64), '\0'.repeat(64)); // uname, gname
    assert.equal(field(h, 329, 8), '0000000\0');
    assert.equal(field(h, 337, 8), '0000000\0');
    assert.equal(field(h, 345, 167), '\0'.repeat(167)); // prefix + 12 unused
    assertChecksum(h);
  });

  it('mode bits, devices and symlinks', () => {
    const c = encodeTarHeader(entry({ name: 'null', type: '3', mode: 0o4755, devmajor: 1, devminor: 3 }));
    assert.equal(field(c, 100, 8), '0004755\0');
    assert.equal(field(c, 156, 1), '3');
    assert.equal(field(c, 329, 16), '0000001\u00000000003\0');
    const s = encodeTarHeader(entry({ name: 's', type: '2', mode: 0o777, linkname: '/etc/passwd' }));
    assert.equal(field(s, 157, 12), '/etc/passwd\0');
    assert.equal(field(s, 124, 12), '00000000000\0');
    assertChecksum(s);
  });

  it('exactly-100-byte names and link targets fill the field without a NUL', () => {
    const h = encodeTarHeader(entry({ name: r('n', 100), type: '2', linkname: r('l', 100) }));
    assert.equal(field(h, 0, 100), r('n', 100));
    assert.equal(field(h, 100, 1), '0'); // mode starts right after
    assert.equal(field(h, 157, 100), r('l', 100));
  });

  it('the USTAR split puts the directory part in prefix (R37)', () => {
    const d151 = `${r('d', 60)}/${r('e', 60)}/${r('f', 29)}`;
    const h = encodeTarHeader(file(d151, 1));
    assert.equal(field(h, 0, 30), `${r('f', 29)}\0`);
    assert.equal(field(h, 345, 122), `${r('d', 60)}/${r('e', 60)}\0`);
    const q = encodeTarHeader(file(`${r('q', 155)}/${r('r', 100)}`, 1));
    assert.equal(field(q, 0, 100), r('r', 100));
    assert.equal(field(q, 345, 155), r('q', 155)); // prefix fills its field, no NUL
    // directory d60/e60/ (122): the trailing '/' is ignored when looking for the split
    const dd = encodeTarHeader(dir(`${r('d', 60)}/${r('e', 60)}/`));
    assert.equal(field(dd, 0, 62), `${r('e', 60)}/\0`);
    assert.equal(field(dd, 345, 61), `${r('d', 60)}\0`);
    assertChecksum(dd);
  });

  it('PAX: x header then the normal header, 150-char name', () => {
    const name = r('L', 150);
    const h = encodeTarHeader(file(name, 151, { mode: 0o644 }));
    assert.equal(h.length, 1536);
    const x = h.subarray(0, 512);
    // path.Join("", "PaxHeaders.0", name) cut to 100 bytes
    assert.equal(field(x, 0, 100), `PaxHeaders.0/${name}`.slice(0, 100));
    assert.equal(field(x, 100, 8), '0000000\0');
    assert.equal(field(x, 108, 16), '0000000\u00000000000\0');
    assert.equal(field(x, 124, 12), '00000000240\0'); // 160 = 0o240
    assert.equal(field(x, 136, 12), '00000000000\0');
    assert.equal(field(x, 156, 1), 'x');
    assert.equal(field(x, 257, 8), 'ustar\x0000');
    // writeRawFile leaves uname, gname, devmajor and devminor all NUL
    assert.equal(field(x, 265, 512 - 265), '\0'.repeat(512 - 265));
    assertChecksum(x);
    const records = h.subarray(512, 1024).toString('latin1');
    assert.equal(records, `160 path=${name}\n`.padEnd(512, '\0'));
    const m = h.subarray(1024);
    assert.equal(field(m, 0, 100), name.slice(0, 100)); // ASCII name cut to 100, no prefix
    assert.equal(field(m, 124, 12), '00000000227\0'); // 151 = 0o227
    assert.equal(field(m, 329, 8), '0000000\0');
    assert.equal(field(m, 345, 155), '\0'.repeat(155));
    assertChecksum(m);
  });

  it('PAX with mtime -5 and a splittable name: mtime + path records, no prefix', () => {
    const d151 = `${r('d', 60)}/${r('e', 60)}/${r('f', 29)}`;
    const h = encodeTarHeader(file(d151, 1, { mtime: -5 }));
    // 4 + 151 + 3 = 158 -> 161; 5 + 2 + 3 = 10 -> 12; total 173 (facts R36)
    assert.equal(h.subarray(512, 512 + 173).toString('latin1'), `12 mtime=-5\n161 path=${d151}\n`);
    assert.equal(h[512 + 173], 0);
    // x header name: path.Join("d60/e60/", "PaxHeaders.0", "f29") cut to 100
    assert.equal(field(h, 0, 100), `${r('d', 60)}/${r('e', 60)}/PaxHeaders.0/${r('f', 29)}`.slice(0, 100));
    const m = h.subarray(1024);
    assert.equal(field(m, 136, 12), '00000000000\0'); // mtime does not fit: written as 0
    assert.equal(field(m, 0, 100), d151.slice(0, 100));
    assert.equal(field(m, 345, 155), '\0'.repeat(155));
  });

  it('PAX size record for 8 GiB; 8 GiB - 1 stays USTAR with 77777777777', () => {
    const h = encodeTarHeader(file('big', GIB8));
    assert.equal(h.subarray(512, 512 + 19).toString('latin1'), '19 size=8589934592\n');
    assert.equal(field(h, 0, 100), 'PaxHeaders.0/big'.padEnd(100, '\0'));
    assert.equal(field(h, 1024 + 124, 12), '00000000000\0');
    const u = encodeTarHeader(file('big', GIB8 - 1));
    assert.equal(u.length, 512);
    assert.equal(field(u, 124, 12), '77777777777\0');
  });

  it('mtime 8^11 and the capability xattr (records sorted by key)', () => {
    const cap = Buffer.from([1, 0, 0, 2, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const h = encodeTarHeader(file('t', 1, { mtime: GIB8, capability: cap }));
    const recs = h.subarray(512, 512 + 57 + 20);
    // 'S' (0x53) sorts before 'm'
    assert.equal(recs.subarray(0, 36).toString('latin1'), '57 SCHILY.xattr.security.capability=');
    assert.deepEqual(recs.subarray(36, 56), cap);
    assert.equal(recs.subarray(56).toString('latin1'), '\n20 mtime=8589934592\n');
  });

  it('non-ASCII names: raw bytes in the record, dropped from header names', () => {
    const h = encodeTarHeader(file(toByteString('café.txt'), 9));
    assert.deepEqual(h.subarray(512, 530), Buffer.from('18 path=café.txt\n', 'utf8'));
    assert.equal(field(h, 0, 100), 'PaxHeaders.0/caf.txt'.padEnd(100, '\0'));
    assert.equal(field(h, 1024, 100), 'caf.txt'.padEnd(100, '\0'));
    // invalid UTF-8 (a lone 0xFF) is kept byte for byte in the record
    const bad = encodeTarHeader(file('x\xffy', 1));
    assert.deepEqual(bad.subarray(512, 524), Buffer.from([...Buffer.from('12 path=x'), 0xff, 0x79, 0x0a]));
    // path.Join("sub/", "PaxHeaders.0", "é") -> "sub/PaxHeaders.0/é" -> ASCII "sub/PaxHeaders.0/" -> trailing '/' trimmed
    const nested = encodeTarHeader(file(toByteString('sub/é'), 1));
    assert.equal(field(nested, 0, 100), 'sub/PaxHeaders.0'.padEnd(100, '\0'));
    // a non-ASCII link target: linkpath record, header link name ASCII-only
    const l = encodeTarHeader(entry({ name: 'l', type: '2', linkname: toByteString('tó') }));
    assert.deepEqual(l.subarray(512, 528), Buffer.from('16 linkpath=tó\n', 'utf8'));
    assert.equal(field(l, 1024 + 157, 2), 't\0');
  });

  it('PAX directory y100/: x header named y100, main name cut to 100 bytes', () => {
    const name = `${r('y', 100)}/`;
    const h = encodeTarHeader(dir(name));
    // path.Join("y100/", "PaxHeaders.0") cut to 100 -> y*100
    assert.equal(field(h, 0, 100), r('y', 100));
    assert.equal(h.subarray(512, 512 + 111).toString('latin1'), `111 path=${name}\n`);
    assert.equal(field(h, 1024, 100), r('y', 100));
    assert.equal(field(h, 1024 + 156, 1), '5');
  });

  it('a cut ending in "/" has that slash replaced by NUL (Go formatString)', () => {
    const name = `${r('a', 99)}/${r('b', 101)}`; // suffix 101 > 100: PAX
    const h = encodeTarHeader(file(name, 1));
    assert.equal(field(h, 1024, 100), `${r('a', 99)}\0`);
    // x header: "a99/PaxHeaders.0/b101" cut to 100 = "a99/" -> trailing '/' trimmed
    assert.equal(field(h, 0, 100), `${r('a', 99)}\0`);
  });

  it('rejects what Go could not write as USTAR/PAX', () => {
    assert.throws(() => encodeTarHeader(entry({ name: 'dev', type: '3', devmajor: 2 ** 21 })), RangeError);
    assert.throws(() => encodeTarHeader(file('neg', -1)), RangeError);
  });
});

// ---------------------------------------------------------------------------------------------

/** A slow sink; `bytes()` ends it and resolves once everything queued has been written. */
function collect(): { out: Writable; bytes: () => Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024, // small, so backpressure is exercised
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  const bytes = async (): Promise<Buffer> => {
    await new Promise<void>((resolve) => out.end(resolve));
    return Buffer.concat(chunks);
  };
  return { out, bytes };
}


function randomEntries(seed: number, count: number, opts: { smallSizes: boolean }): TarWriteItem[] {
  const rnd = prng(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const ascii = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._- ';
  const component = (): string => {
    const len = pick([1, 2, 5, 10, 30, 60, 99, 100, 101, 120, 160]);
    let s = '';
    for (let i = 0; i < len; i++) s += rnd() < 0.05 ? String.fromCharCode(0x80 + int(128)) : ascii[int(ascii.length)];
    return s.replace(/^\.+$/, 'x'); // no '.' or '..' components: names come from a walk
  };
  const out: TarWriteItem[] = [];
  for (let k = 0; k < count; k++) {
    const depth = 1 + int(4);
    const name = Array.from({ length: depth }, component).join('/');
    const type = pick<TarType>(['0', '0', '0', '5', '2', '1', '3', '6']);
    const size =
      type !== '0' ? 0 : opts.smallSizes ? pick([0, 1, 511, 512, 513, int(3000)]) : pick([0, 1, 512, GIB8 - 1, GIB8, 2 ** 40 + 3]);
    const mtime = pick([1700000000, 0, -5, -1, GIB8 - 1, GIB8, 2 ** 40]);
    const linkname = type === '2' || type === '1' ? Array.from({ length: 1 + int(3) }, component).join('/') : '';
    const e: TarWriteItem = {
      name: type === '5' ? `${name}/` : name,
      type,
      mode: pick([0o644, 0o755, 0o4755, 0o1777, 0]),
      size,
      mtime,
      linkname,
      devmajor: type === '3' ? int(4096) : 0,
      devminor: type === '3' ? int(1 << 20) : 0,
    };
    if (rnd() < 0.1) e.capability = Buffer.from(Array.from({ length: 20 }, () => int(256)));
    if (type === '0' && size > 0 && opts.smallSizes) e.source = { bytes: Buffer.from(Array.from({ length: size }, () => int(256))) };
    out.push(e);
  }
  return out;
}

describe('encoding properties (seeded)', () => {
  const SEED = 20240611;
  it(`header length, checksums and PAX flag agree with the arithmetic (seed ${SEED})`, (t) => {
    t.diagnostic(`property seed ${SEED}`);
    for (const e of randomEntries(SEED, 3000, { smallSizes: false })) {
      const h = encodeTarHeader(e);
      const data = e.type === '0' ? e.size + paddingFor(e.size) : 0;
      const label = JSON.stringify({ ...e, capability: undefined });
      assert.equal(h.length, tarEntrySize(e) - data, label);
      assert.equal(h.length % 512, 0, label);
      const pax = needsPax(e);
      assert.equal(h.length > 512, pax, label);
      assert.equal(String.fromCharCode(h[156]), pax ? 'x' : e.type, label);
      assertChecksum(h.subarray(0, 512));
      const main = h.subarray(h.length - 512);
      assertChecksum(main);
      assert.equal(String.fromCharCode(main[156]), e.type, label);
      if (pax) {
        const recordsLength = parseInt(field(h, 124, 11), 8);
        assert.equal(h.length, 1024 + Math.ceil(recordsLength / 512) * 512, label);
        assert.equal(field(h, 265, 80), '\0'.repeat(80), 'x header uname/gname/devmajor/devminor are NUL');
        for (let i = 0; i < 100; i++) assert.ok(h[i] < 0x80, 'x header name is ASCII');
        // the records parse as "<n> key=value\n" and their lengths add up
        let off = 512;
        while (off < 512 + recordsLength) {
          const sp = h.indexOf(0x20, off);
          const n = Number(h.subarray(off, sp).toString('latin1'));
          assert.equal(h[off + n - 1], 0x0a, label);
          off += n;
        }
        assert.equal(off, 512 + recordsLength, label);
      }
    }
  });

  it(`round-trips through tar-stream (seed ${SEED + 1})`, async (t) => {
    t.diagnostic(`round-trip seed ${SEED + 1}`);
    const items = randomEntries(SEED + 1, 400, { smallSizes: true });
    const sink = collect();
    const written = await writeTar(items, sink.out);
    const tar = await sink.bytes();
    const expected = items.reduce((s, e) => s + tarEntrySize(e), TAR_END_MARKER_BYTES);
    assert.equal(written, expected);
    assert.equal(tar.length, expected);
    assert.equal(tar.subarray(tar.length - 1024).every((b) => b === 0), true);

    const seen: Array<{ name: string; type: string; size: number; linkname: string | null; mtime: string; content: Buffer }> = [];
    // filenameEncoding is read by tar-stream 3 but missing from its typings
    const ex = extract({ filenameEncoding: 'latin1' } as Parameters<typeof extract>[0]);
    const done = new Promise<void>((resolve, reject) => {
      ex.on('entry', (header, stream, next) => {
        const parts: Buffer[] = [];
        stream.on('data', (c: unknown) => parts.push(c as Buffer));
        stream.on('end', () => {
          const paxMtime = (header as { pax?: Record<string, string> }).pax?.mtime;
          seen.push({
            name: header.name,
            type: header.type ?? '',
            size: header.size ?? 0,
            linkname: header.linkname ?? null,
            mtime: paxMtime ?? String(Math.round((header.mtime?.getTime() ?? 0) / 1000)),
            content: Buffer.concat(parts),
          });
          next();
        });
      });
      ex.on('finish', resolve);
      ex.on('error', reject);
    });
    ex.end(tar);
    await done;

    const typeNames: Record<TarType, string> = {
      '0': 'file', '1': 'link', '2': 'symlink', '3': 'character-device', '4': 'block-device', '5': 'directory', '6': 'fifo',
    };
    assert.equal(seen.length, items.length);
    items.forEach((e, i) => {
      const got = seen[i];
      // tar-stream decodes PAX values as UTF-8 and header fields as latin1 (ASCII here)
      assert.equal(got.name, needsPax(e) ? byteStringToText(e.name) : e.name);
      assert.equal(got.type, typeNames[e.type]);
      assert.equal(got.size, e.size);
      if (e.type === '1' || e.type === '2') assert.equal(got.linkname, needsPax(e) ? byteStringToText(e.linkname) : e.linkname);
      assert.equal(got.mtime, String(e.mtime));
      if (e.source && 'bytes' in e.source) assert.deepEqual(got.content, e.source.bytes);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('writeTar', () => {
  it('streams files from disk, cuts a file that grew, and ends with 1024 NULs', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tar-format-'));
    try {
      writeFileSync(join(tmp, 'a'), 'x'.repeat(5000));
      writeFileSync(join(tmp, 'grew'), 'abcdefgh'); // lstat said 3 bytes
      const items: TarWriteItem[] = [
        { ...file('a', 5000), source: { path: join(tmp, 'a') } },
        dir('d/'),
        { ...file('grew', 3), source: { path: join(tmp, 'grew') } },
      ];
      const { out, bytes } = collect();
      const n = await writeTar(items, out, { chunkSize: 700 });
      const tar = await bytes();
      // (512 + 5120) + 512 + (512 + 512) + 1024
      assert.equal(n, 8192);
      assert.equal(tar.length, 8192);
      assert.equal(tar.subarray(512, 5512).toString('latin1'), 'x'.repeat(5000));
      assert.equal(tar.subarray(6656, 6656 + 4).toString('latin1'), 'abc\0');
      assert.equal(tar.subarray(tar.length - 1024).every((b) => b === 0), true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('fails clearly on a file that shrank or cannot be opened', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tar-format-'));
    try {
      writeFileSync(join(tmp, 'short'), 'ab');
      await assert.rejects(
        writeTar([{ ...file('short', 10), source: { path: join(tmp, 'short') } }], collect().out),
        (err: unknown) => err instanceof TarContentError && err.kind === 'shrank' && err.entryName === 'short',
      );
      const { out, bytes } = collect();
      await assert.rejects(
        writeTar([file('ok', 0), { ...file('gone', 1), source: { path: join(tmp, 'missing') } }], out),
        (err: unknown) => err instanceof TarContentError && err.kind === 'unreadable',
      );
      // the unreadable file's header was never written
      assert.equal((await bytes()).length, 512);
      // A file replaced by a directory after the walk: a clear TarContentError, no header, no crash.
      mkdirSync(join(tmp, 'now-a-dir'));
      const second = collect();
      await assert.rejects(
        writeTar([{ ...file('now-a-dir', 3), source: { path: join(tmp, 'now-a-dir') } }], second.out),
        (err: unknown) => err instanceof TarContentError && err.kind === 'unreadable' && /no longer a regular file/.test(err.message),
      );
      assert.equal((await second.bytes()).length, 0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('truncatedEnd reproduces R40: no padding after the last entry and no end marker', async () => {
    const { out, bytes } = collect();
    const items: TarWriteItem[] = [
      { ...file('.dockerignore', 5), source: { bytes: Buffer.from('a\nb\nc') } },
      { ...file('.dockerfile.0123456789abcdef0123', 22, { mode: 0o600 }), source: { bytes: Buffer.alloc(22, 0x41) } },
    ];
    const n = await writeTar(items, out, { truncatedEnd: true });
    // (512 + 512) + 512 + 22, the R40 formula
    assert.equal(n, 1558);
    assert.equal((await bytes()).length, 1558);
  });
});

// ---------------------------------------------------------------------------------------------

describe('humanSize and the progress figure (R43, go-units)', () => {
  it('R43 examples', () => {
    assert.equal(humanSize(10752), '10.75kB');
    assert.equal(humanSize(7680), '7.68kB');
    assert.equal(humanSize(228), '228B');
    assert.equal(humanSize(17179873280), '17.18GB');
    assert.equal(dockerProgressFigure(10752), ' 10.75kB');
    assert.equal(dockerProgressFigure(7680), '  7.68kB');
    assert.equal(dockerProgressFigure(228), '    228B');
    assert.equal(dockerProgressFigure(17179873280), ' 17.18GB');
  });

  it("go-units' own TestHumanSize cases", () => {
    assert.equal(humanSize(1000), '1kB');
    assert.equal(humanSize(1024), '1.024kB');
    assert.equal(humanSize(1000000), '1MB');
    assert.equal(humanSize(1048576), '1.049MB');
    assert.equal(humanSize(2e6), '2MB');
    assert.equal(humanSize(3.42e9), '3.42GB');
    assert.equal(humanSize(5.372e12), '5.372TB');
    assert.equal(humanSize(2.22e15), '2.22PB');
    assert.equal(humanSize(1e28), '1e+04YB'); // %g switches to %e once exp >= precision
  });

  it('boundaries and rounding', () => {
    assert.equal(humanSize(0), '0B');
    assert.equal(humanSize(999), '999B');
    // 999.999 rounds to 4 digits "1000"; exponent 3 < 4 so %g stays fixed: no unit step-up
    assert.equal(humanSize(999999), '1000kB');
    assert.equal(humanSize(999499), '999.5kB');
    assert.equal(humanSize(1234567), '1.235MB');
    // 10.125 is exact in binary: a true tie, which Go's strconv rounds to even (10.12)
    assert.equal(humanSize(10125), '10.12kB');
    // 10.375 is exact too: tie, 1037 is odd so it rounds up
    assert.equal(humanSize(10375), '10.38kB');
    // 10.135 is 10.13499999... as a double
    assert.equal(humanSize(10135), '10.13kB');
    assert.equal(dockerProgressFigure(999999), '  1000kB');
  });
});
