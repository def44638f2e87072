// The Go deflate/gzip port on its own (the docker CLI comparison is test/differential/compress.test.ts):
// every stream must inflate back to its input with zlib, the output must not depend on how the
// input is split into writes (as Go's), a cloned compressor must finish exactly like the original,
// and the gzip framing must be the bytes Go writes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { GoDeflater, goDeflateSync } from '../../src/context/go-deflate.js';
import { crc32Update, GoGzipWriter, goGzipSync } from '../../src/context/go-gzip.js';
import { mulberry32 } from '../helpers/prng.js';

const SEED = process.env.CTX_AUDIT_SEED ? Number(process.env.CTX_AUDIT_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
console.log(`go-deflate: CTX_AUDIT_SEED=${SEED}`);

/** Literals, runs and back-references at every distance class. */
function sample(rnd: () => number, size: number): Buffer {
  const b = Buffer.alloc(size);
  let i = 0;
  while (i < size) {
    const len = Math.min(size - i, 1 + Math.floor(rnd() * (rnd() < 0.1 ? 3000 : 200)));
    const r = rnd();
    if (r < 0.3) for (let k = 0; k < len; k++) b[i + k] = Math.floor(rnd() * 256);
    else if (r < 0.45) b.fill(97 + Math.floor(rnd() * 4), i, i + len);
    else if (r < 0.6) for (let k = 0; k < len; k++) b[i + k] = 97 + Math.floor(rnd() * 6);
    else if (i > 0) {
      const back = 1 + Math.floor(rnd() * Math.min(i, 40_000));
      for (let k = 0; k < len; k++) b[i + k] = b[i - back + k];
    }
    i += len;
  }
  return b;
}

function deflateInChunks(data: Buffer, cut: (remaining: number) => number): Buffer {
  const parts: Buffer[] = [];
  const d = new GoDeflater((b) => parts.push(Buffer.from(b)));
  for (let p = 0; p < data.length; ) {
    const n = Math.max(1, Math.min(data.length - p, cut(data.length - p)));
    d.write(data.subarray(p, p + n));
    p += n;
  }
  d.close();
  assert.equal(d.bytesOut, parts.reduce((n, b) => n + b.length, 0), 'bytesOut counts what reached the sink');
  return Buffer.concat(parts);
}

describe('Go deflate port', () => {
  it('inflates back to the input (random sizes and kinds)', () => {
    const rnd = mulberry32(SEED);
    for (let i = 0; i < 40; i++) {
      const size = i < 5 ? i : Math.floor(rnd() * (rnd() < 0.2 ? 400_000 : 20_000));
      const data = sample(rnd, size);
      const out = goDeflateSync(data);
      assert.ok(inflateRawSync(out).equals(data), `seed ${SEED} case ${i} (${size} bytes)`);
    }
  });

  it('does not depend on how the input is split into writes', () => {
    const rnd = mulberry32(SEED ^ 0x5bd1e995);
    for (let i = 0; i < 8; i++) {
      const data = sample(rnd, 50_000 + Math.floor(rnd() * 200_000));
      const whole = goDeflateSync(data);
      const tiny = deflateInChunks(data, () => 1 + Math.floor(rnd() * 7));
      const odd = deflateInChunks(data, () => Math.floor(rnd() * 70_000));
      assert.ok(tiny.equals(whole), `seed ${SEED} case ${i}: 1-7 byte writes`);
      assert.ok(odd.equals(whole), `seed ${SEED} case ${i}: large odd writes`);
    }
  });

  it('an empty stream is one final empty stored block, as Go writes it', () => {
    assert.deepEqual([...goDeflateSync(Buffer.alloc(0))], [0x01, 0x00, 0x00, 0xff, 0xff]);
  });

  it('stores incompressible data and codes repetitive data (fixed or dynamic)', () => {
    const rnd = mulberry32(SEED ^ 0x1234567);
    const noise = Buffer.alloc(70_000);
    for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(rnd() * 256);
    const stored = goDeflateSync(noise);
    // Stored blocks: 5 bytes of framing per block (blocks end at 16384 tokens), plus the final empty block.
    assert.ok(stored.length > noise.length && stored.length < noise.length + 100, `stored size ${stored.length}`);
    assert.equal(stored[0] & 0x07, 0x00, 'first block is a non-final stored block');
    const text = goDeflateSync(Buffer.from('abc'.repeat(10)));
    assert.equal(text[0] & 0x07, 0x02, 'a short repetitive input is a fixed-Huffman block');
    assert.ok(inflateRawSync(text).equals(Buffer.from('abc'.repeat(10))));
  });

  it('past 16 MiB (Go renumbers its hash chains) the stream still inflates', { timeout: 120_000 }, () => {
    const rnd = mulberry32(SEED ^ 0x7777);
    const chunk = sample(rnd, 1 << 20);
    const data = Buffer.concat(Array.from({ length: 17 }, (_, i) => (i % 3 === 0 ? sample(rnd, 1 << 20) : chunk)));
    assert.ok(inflateRawSync(goDeflateSync(data)).equals(data));
  });

  it('a clone finishes exactly as the original would', () => {
    const rnd = mulberry32(SEED ^ 0xabcdef);
    const a = sample(rnd, 90_000);
    const b = sample(rnd, 30_000);
    const c = sample(rnd, 30_000);
    const parts: Buffer[] = [];
    const base = new GoDeflater((x) => parts.push(Buffer.from(x)));
    base.write(a);
    const before = Buffer.concat(parts);
    const clonedParts: Buffer[] = [];
    const clone = base.clone((x) => clonedParts.push(Buffer.from(x)));
    clone.write(c);
    clone.close();
    base.write(b);
    base.close();
    assert.ok(Buffer.concat(parts).equals(goDeflateSync(Buffer.concat([a, b]))), 'original unaffected by the clone');
    // The clone's stream is what the original had emitted before cloning, then its own output.
    const ac = goDeflateSync(Buffer.concat([a, c]));
    assert.ok(Buffer.concat([before, ...clonedParts]).equals(ac), 'clone continues the stream');
    assert.equal(clone.bytesOut, ac.length);
  });
});

describe('Go gzip framing', () => {
  it("writes Go's header (no name, mtime 0, XFL 0, OS 255) and a CRC/size trailer gunzip accepts", () => {
    const data = Buffer.from('hello, docker\n'.repeat(100));
    const gz = goGzipSync(data);
    assert.deepEqual([...gz.subarray(0, 10)], [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
    assert.ok(gunzipSync(gz).equals(data));
    assert.equal(gz.readUInt32LE(gz.length - 4), data.length);
    assert.ok(gz.subarray(10, gz.length - 8).equals(goDeflateSync(data)));
  });

  it('CRC-32 matches known values', () => {
    assert.equal(crc32Update(0, Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32Update(crc32Update(0, Buffer.from('1234')), Buffer.from('56789')), 0xcbf43926);
    assert.equal(crc32Update(0, Buffer.alloc(0)), 0);
  });

  it('counts what it would write without keeping it', () => {
    const data = Buffer.from('x'.repeat(5000) + 'y'.repeat(5000));
    const z = new GoGzipWriter(null);
    z.write(data);
    z.close();
    assert.equal(z.bytesOut, goGzipSync(data).length);
  });
});
