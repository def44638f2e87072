// Go's compress/flate compressor at its default level (6), byte for byte: the docker CLI's
// `--compress` sends the context tar through Go's gzip.NewWriter, and Node's zlib (a different
// deflate) compresses to a different size, so the figure docker prints can only be reproduced by
// doing what Go does. Ported from Go 1.24's deflate.go (hash chains, lazy matching, block split at
// 16384 tokens), huffman_code.go (length-limited code construction) and huffman_bit_writer.go
// (fixed/dynamic/stored choice per block). Only level 6's paths are kept (lazy matching,
// fastSkipHashing == skipNever, writeBlock).
//
// The output does not depend on how the input is split into writes (Go's neither): the matcher
// only runs with a full lookahead or at close.

const LOG_WINDOW_SIZE = 15;
const WINDOW_SIZE = 1 << LOG_WINDOW_SIZE;
const WINDOW_MASK = WINDOW_SIZE - 1;
const BASE_MATCH_LENGTH = 3;
const MIN_MATCH_LENGTH = 4;
const MAX_MATCH_LENGTH = 258;
const BASE_MATCH_OFFSET = 1;
const MAX_FLATE_BLOCK_TOKENS = 1 << 14;
const MAX_STORE_BLOCK_SIZE = 65535;
const HASH_BITS = 17;
const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;
const MAX_HASH_OFFSET = 1 << 24;
const HASH_MUL = 0x1e35a7bd;
const MAX_INT32 = 2147483647;

// Level 6: good, lazy, nice, chain.
const GOOD = 8;
const LAZY = 16;
const NICE = 128;
const CHAIN = 128;

// Tokens (token.go): literal = value; match = 1<<30 | xlength<<22 | xoffset.
const MATCH_TYPE = 1 << 30;
const LENGTH_SHIFT = 22;
const OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;

const OFFSET_CODE_COUNT = 30;
const END_BLOCK_MARKER = 256;
const LENGTH_CODES_START = 257;
const CODEGEN_CODE_COUNT = 19;
const BAD_CODE = 255;
const MAX_NUM_LIT = 286;

const LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const LENGTH_BASE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255];
const OFFSET_EXTRA_BITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const OFFSET_BASE = [
  0x000000, 0x000001, 0x000002, 0x000003, 0x000004, 0x000006, 0x000008, 0x00000c, 0x000010, 0x000018, 0x000020, 0x000030, 0x000040, 0x000060,
  0x000080, 0x0000c0, 0x000100, 0x000180, 0x000200, 0x000300, 0x000400, 0x000600, 0x000800, 0x000c00, 0x001000, 0x001800, 0x002000, 0x003000,
  0x004000, 0x006000,
];
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** lengthCodes[length - 3] for lengths 3..258 (token.go), derived from LENGTH_BASE. */
const LENGTH_CODES = new Uint8Array(256);
for (let code = 0; code < LENGTH_BASE.length; code++) {
  const end = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] : 256;
  for (let x = LENGTH_BASE[code]; x < end; x++) LENGTH_CODES[x] = code;
}
/** offsetCodes[x] for x < 256 (token.go), derived from OFFSET_BASE. */
const OFFSET_CODES = new Uint8Array(256);
for (let code = 0; code < 16; code++) {
  const end = code + 1 < 16 ? OFFSET_BASE[code + 1] : 256;
  for (let x = OFFSET_BASE[code]; x < end; x++) OFFSET_CODES[x] = code;
}

function lengthCode(xlength: number): number {
  return LENGTH_CODES[xlength];
}

function offsetCode(off: number): number {
  if (off < 256) return OFFSET_CODES[off];
  if (off >> 7 < 256) return OFFSET_CODES[off >> 7] + 14;
  return OFFSET_CODES[off >> 14] + 28;
}

function reverse16(v: number): number {
  v = ((v >> 1) & 0x5555) | ((v & 0x5555) << 1);
  v = ((v >> 2) & 0x3333) | ((v & 0x3333) << 2);
  v = ((v >> 4) & 0x0f0f) | ((v & 0x0f0f) << 4);
  v = ((v >> 8) & 0x00ff) | ((v & 0x00ff) << 8);
  return v & 0xffff;
}

/** Go's reverseBits: bits.Reverse16(number << (16 - bitLength)). */
function reverseBits(num: number, bitLength: number): number {
  return reverse16((num << (16 - bitLength)) & 0xffff);
}

// ---------------------------------------------------------------------------------------------
// huffman_code.go

interface LiteralNode {
  literal: number;
  freq: number;
}

const MAX_NODE: LiteralNode = { literal: 0xffff, freq: MAX_INT32 };

class HuffmanEncoder {
  readonly code: Uint16Array;
  readonly len: Uint16Array;

  constructor(size: number) {
    this.code = new Uint16Array(size);
    this.len = new Uint16Array(size);
  }

  bitLength(freq: Int32Array): number {
    let total = 0;
    for (let i = 0; i < freq.length; i++) {
      const f = freq[i];
      if (f !== 0) total += f * this.len[i];
    }
    return total;
  }

  /** bitCounts: the number of literals per code length, Go's package-merge-like level walk. */
  private bitCounts(list: LiteralNode[], maxBitsIn: number): Int32Array {
    const n = list.length;
    list.push(MAX_NODE);
    let maxBits = maxBitsIn;
    if (maxBits > n - 1) maxBits = n - 1;

    const MAXL = 17;
    const lvLevel = new Int32Array(MAXL);
    const lvLastFreq = new Float64Array(MAXL);
    const lvNextCharFreq = new Float64Array(MAXL);
    const lvNextPairFreq = new Float64Array(MAXL);
    const lvNeeded = new Int32Array(MAXL);
    const leafCounts: Int32Array[] = [];
    for (let i = 0; i < MAXL; i++) leafCounts.push(new Int32Array(MAXL));

    for (let level = 1; level <= maxBits; level++) {
      lvLevel[level] = level;
      lvLastFreq[level] = list[1].freq;
      lvNextCharFreq[level] = list[2].freq;
      lvNextPairFreq[level] = list[0].freq + list[1].freq;
      leafCounts[level][level] = 2;
      if (level === 1) lvNextPairFreq[level] = MAX_INT32;
    }
    lvNeeded[maxBits] = 2 * n - 4;

    let level = maxBits;
    for (;;) {
      if (lvNextPairFreq[level] === MAX_INT32 && lvNextCharFreq[level] === MAX_INT32) {
        lvNeeded[level] = 0;
        lvNextPairFreq[level + 1] = MAX_INT32;
        level++;
        continue;
      }
      const prevFreq = lvLastFreq[level];
      if (lvNextCharFreq[level] < lvNextPairFreq[level]) {
        const nn = leafCounts[level][level] + 1;
        lvLastFreq[level] = lvNextCharFreq[level];
        leafCounts[level][level] = nn;
        lvNextCharFreq[level] = list[nn].freq;
      } else {
        lvLastFreq[level] = lvNextPairFreq[level];
        const dst = leafCounts[level];
        const src = leafCounts[level - 1];
        for (let j = 0; j < level; j++) dst[j] = src[j];
        lvNeeded[lvLevel[level] - 1] = 2;
      }
      lvNeeded[level]--;
      if (lvNeeded[level] === 0) {
        if (lvLevel[level] === maxBits) break;
        lvNextPairFreq[lvLevel[level] + 1] = prevFreq + lvLastFreq[level];
        level++;
      } else {
        while (lvNeeded[level - 1] > 0) level--;
      }
    }
    if (leafCounts[maxBits][maxBits] !== n) throw new Error('flate: leafCounts[maxBits][maxBits] != n');

    const bitCount = new Int32Array(maxBits + 1);
    let bits = 1;
    const counts = leafCounts[maxBits];
    for (let lv = maxBits; lv > 0; lv--) {
      bitCount[bits] = counts[lv] - counts[lv - 1];
      bits++;
    }
    list.pop();
    return bitCount;
  }

  private assignEncodingAndSize(bitCount: Int32Array, listIn: LiteralNode[]): void {
    let code = 0;
    let end = listIn.length;
    for (let n = 0; n < bitCount.length; n++) {
      const bits = bitCount[n];
      code = (code << 1) & 0xffff;
      if (n === 0 || bits === 0) continue;
      const chunk = listIn.slice(end - bits, end).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.code[node.literal] = reverseBits(code, n);
        this.len[node.literal] = n;
        code = (code + 1) & 0xffff;
      }
      end -= bits;
    }
  }

  /** The minimum code for these frequencies, no code longer than maxBits. */
  generate(freq: Int32Array, maxBits: number): void {
    const list: LiteralNode[] = [];
    for (let i = 0; i < freq.length; i++) {
      const f = freq[i];
      if (f !== 0) list.push({ literal: i, freq: f });
      else this.len[i] = 0;
    }
    if (list.length <= 2) {
      for (let i = 0; i < list.length; i++) {
        this.code[list[i].literal] = i;
        this.len[list[i].literal] = 1;
      }
      return;
    }
    list.sort((a, b) => (a.freq === b.freq ? a.literal - b.literal : a.freq - b.freq));
    const bitCount = this.bitCounts(list, maxBits);
    this.assignEncodingAndSize(bitCount, list);
  }
}

function fixedLiteralEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    let bits: number;
    let size: number;
    if (ch < 144) {
      bits = ch + 48;
      size = 8;
    } else if (ch < 256) {
      bits = ch + 400 - 144;
      size = 9;
    } else if (ch < 280) {
      bits = ch - 256;
      size = 7;
    } else {
      bits = ch + 192 - 280;
      size = 8;
    }
    h.code[ch] = reverseBits(bits, size);
    h.len[ch] = size;
  }
  return h;
}

function fixedOffsetEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(OFFSET_CODE_COUNT);
  for (let i = 0; i < OFFSET_CODE_COUNT; i++) {
    h.code[i] = reverseBits(i, 5);
    h.len[i] = 5;
  }
  return h;
}

const FIXED_LITERAL = fixedLiteralEncoding();
const FIXED_OFFSET = fixedOffsetEncoding();

// ---------------------------------------------------------------------------------------------
// huffman_bit_writer.go (level 6 uses writeBlock and stored headers only)

/** Receives compressed bytes; the array is reused after the call returns. */
export type DeflateSink = (bytes: Uint8Array) => void;

const OUT_BUFFER = 1 << 16;

class HuffmanBitWriter {
  private bits = 0;
  private nbits = 0;
  private out = new Uint8Array(OUT_BUFFER);
  private nout = 0;
  /** Compressed bytes produced so far (including those still buffered). */
  total = 0;
  private readonly literalFreq = new Int32Array(MAX_NUM_LIT);
  private readonly offsetFreq = new Int32Array(OFFSET_CODE_COUNT);
  private readonly codegenFreq = new Int32Array(CODEGEN_CODE_COUNT);
  private readonly codegen = new Uint8Array(MAX_NUM_LIT + OFFSET_CODE_COUNT + 1);
  private readonly literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  private readonly offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  private readonly codegenEncoding = new HuffmanEncoder(CODEGEN_CODE_COUNT);

  constructor(private sink: DeflateSink | null) {}

  clone(sink: DeflateSink | null): HuffmanBitWriter {
    const c = new HuffmanBitWriter(sink);
    c.bits = this.bits;
    c.nbits = this.nbits;
    c.total = this.total;
    // Buffered bytes go to the clone's sink, not the original's.
    c.out.set(this.out.subarray(0, this.nout));
    c.nout = this.nout;
    return c;
  }

  private byte(b: number): void {
    this.out[this.nout++] = b;
    this.total++;
    if (this.nout === OUT_BUFFER) this.drain();
  }

  /** Hands buffered bytes to the sink. */
  drain(): void {
    if (this.nout > 0 && this.sink) this.sink(this.out.subarray(0, this.nout));
    this.nout = 0;
  }

  writeBits(b: number, nb: number): void {
    this.bits |= b << this.nbits;
    this.nbits += nb;
    while (this.nbits >= 8) {
      this.byte(this.bits & 0xff);
      this.bits >>>= 8;
      this.nbits -= 8;
    }
  }

  /** Pads to a byte boundary with zero bits (Go's flush). */
  flush(): void {
    if (this.nbits > 0) {
      this.byte(this.bits & 0xff);
      this.bits = 0;
      this.nbits = 0;
    }
  }

  private writeBytes(bytes: Uint8Array): void {
    // Always byte-aligned here: writeStoredHeader flushed, then wrote 32 bits.
    for (let i = 0; i < bytes.length; ) {
      const n = Math.min(OUT_BUFFER - this.nout, bytes.length - i);
      this.out.set(bytes.subarray(i, i + n), this.nout);
      this.nout += n;
      this.total += n;
      i += n;
      if (this.nout === OUT_BUFFER) this.drain();
    }
  }

  writeStoredHeader(length: number, isEof: boolean): void {
    this.writeBits(isEof ? 1 : 0, 3);
    this.flush();
    this.writeBits(length, 16);
    this.writeBits(~length & 0xffff, 16);
  }

  private generateCodegen(numLiterals: number, numOffsets: number, litEnc: HuffmanEncoder, offEnc: HuffmanEncoder): void {
    const freq = this.codegenFreq;
    freq.fill(0);
    const codegen = this.codegen;
    for (let i = 0; i < numLiterals; i++) codegen[i] = litEnc.len[i];
    for (let i = 0; i < numOffsets; i++) codegen[numLiterals + i] = offEnc.len[i];
    codegen[numLiterals + numOffsets] = BAD_CODE;

    let size = codegen[0];
    let count = 1;
    let outIndex = 0;
    for (let inIndex = 1; size !== BAD_CODE; inIndex++) {
      const nextSize = codegen[inIndex];
      if (nextSize === size) {
        count++;
        continue;
      }
      if (size !== 0) {
        codegen[outIndex++] = size;
        freq[size]++;
        count--;
        while (count >= 3) {
          const n = Math.min(6, count);
          codegen[outIndex++] = 16;
          codegen[outIndex++] = n - 3;
          freq[16]++;
          count -= n;
        }
      } else {
        while (count >= 11) {
          const n = Math.min(138, count);
          codegen[outIndex++] = 18;
          codegen[outIndex++] = n - 11;
          freq[18]++;
          count -= n;
        }
        if (count >= 3) {
          codegen[outIndex++] = 17;
          codegen[outIndex++] = count - 3;
          freq[17]++;
          count = 0;
        }
      }
      count--;
      for (; count >= 0; count--) {
        codegen[outIndex++] = size;
        freq[size]++;
      }
      size = nextSize;
      count = 1;
    }
    codegen[outIndex] = BAD_CODE;
  }

  private dynamicSize(litEnc: HuffmanEncoder, offEnc: HuffmanEncoder, extraBits: number): [number, number] {
    const freq = this.codegenFreq;
    let numCodegens = CODEGEN_CODE_COUNT;
    while (numCodegens > 4 && freq[CODEGEN_ORDER[numCodegens - 1]] === 0) numCodegens--;
    const header = 3 + 5 + 5 + 4 + 3 * numCodegens + this.codegenEncoding.bitLength(freq) + freq[16] * 2 + freq[17] * 3 + freq[18] * 7;
    const size = header + litEnc.bitLength(this.literalFreq) + offEnc.bitLength(this.offsetFreq) + extraBits;
    return [size, numCodegens];
  }

  private writeCode(enc: HuffmanEncoder, sym: number): void {
    this.writeBits(enc.code[sym], enc.len[sym]);
  }

  private writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, isEof: boolean): void {
    this.writeBits(isEof ? 5 : 4, 3);
    this.writeBits(numLiterals - 257, 5);
    this.writeBits(numOffsets - 1, 5);
    this.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) this.writeBits(this.codegenEncoding.len[CODEGEN_ORDER[i]], 3);
    const codegen = this.codegen;
    for (let i = 0; ; ) {
      const codeWord = codegen[i++];
      if (codeWord === BAD_CODE) break;
      this.writeCode(this.codegenEncoding, codeWord);
      if (codeWord === 16) this.writeBits(codegen[i++], 2);
      else if (codeWord === 17) this.writeBits(codegen[i++], 3);
      else if (codeWord === 18) this.writeBits(codegen[i++], 7);
    }
  }

  private indexTokens(tokens: Uint32Array, ntokens: number): [number, number] {
    const lf = this.literalFreq;
    const of = this.offsetFreq;
    lf.fill(0);
    of.fill(0);
    for (let i = 0; i < ntokens; i++) {
      const t = tokens[i];
      if (t < MATCH_TYPE) {
        lf[t]++;
        continue;
      }
      lf[LENGTH_CODES_START + lengthCode((t - MATCH_TYPE) >>> LENGTH_SHIFT)]++;
      of[offsetCode(t & OFFSET_MASK)]++;
    }
    let numLiterals = lf.length;
    while (lf[numLiterals - 1] === 0) numLiterals--;
    let numOffsets = of.length;
    while (numOffsets > 0 && of[numOffsets - 1] === 0) numOffsets--;
    if (numOffsets === 0) {
      of[0] = 1;
      numOffsets = 1;
    }
    this.literalEncoding.generate(lf, 15);
    this.offsetEncoding.generate(of, 15);
    return [numLiterals, numOffsets];
  }

  private writeTokens(tokens: Uint32Array, ntokens: number, le: HuffmanEncoder, oe: HuffmanEncoder): void {
    for (let i = 0; i < ntokens; i++) {
      const t = tokens[i];
      if (t < MATCH_TYPE) {
        this.writeBits(le.code[t], le.len[t]);
        continue;
      }
      const length = (t - MATCH_TYPE) >>> LENGTH_SHIFT;
      const lc = lengthCode(length);
      this.writeBits(le.code[lc + LENGTH_CODES_START], le.len[lc + LENGTH_CODES_START]);
      const extraLengthBits = LENGTH_EXTRA_BITS[lc];
      if (extraLengthBits > 0) this.writeBits(length - LENGTH_BASE[lc], extraLengthBits);
      const offset = t & OFFSET_MASK;
      const oc = offsetCode(offset);
      this.writeBits(oe.code[oc], oe.len[oc]);
      const extraOffsetBits = OFFSET_EXTRA_BITS[oc];
      if (extraOffsetBits > 0) this.writeBits(offset - OFFSET_BASE[oc], extraOffsetBits);
    }
  }

  /**
   * writeBlock: the smallest of fixed Huffman, dynamic Huffman and (when `input` is given and
   * fits) stored. `tokens` must have room for the end-of-block marker at `ntokens`.
   */
  writeBlock(tokens: Uint32Array, ntokensIn: number, eof: boolean, input: Uint8Array | null): void {
    tokens[ntokensIn] = END_BLOCK_MARKER;
    const ntokens = ntokensIn + 1;
    const [numLiterals, numOffsets] = this.indexTokens(tokens, ntokens);

    let extraBits = 0;
    const storable = input !== null && input.length <= MAX_STORE_BLOCK_SIZE;
    const storedSize = storable ? (input.length + 5) * 8 : 0;
    if (storable) {
      for (let lc = LENGTH_CODES_START + 8; lc < numLiterals; lc++) extraBits += this.literalFreq[lc] * LENGTH_EXTRA_BITS[lc - LENGTH_CODES_START];
      for (let oc = 4; oc < numOffsets; oc++) extraBits += this.offsetFreq[oc] * OFFSET_EXTRA_BITS[oc];
    }

    let literalEncoding = FIXED_LITERAL;
    let offsetEncoding = FIXED_OFFSET;
    let size = 3 + FIXED_LITERAL.bitLength(this.literalFreq) + FIXED_OFFSET.bitLength(this.offsetFreq) + extraBits;

    this.generateCodegen(numLiterals, numOffsets, this.literalEncoding, this.offsetEncoding);
    this.codegenEncoding.generate(this.codegenFreq, 7);
    const [dynamicSize, numCodegens] = this.dynamicSize(this.literalEncoding, this.offsetEncoding, extraBits);
    if (dynamicSize < size) {
      size = dynamicSize;
      literalEncoding = this.literalEncoding;
      offsetEncoding = this.offsetEncoding;
    }

    if (storable && storedSize < size) {
      this.writeStoredHeader(input.length, eof);
      this.writeBytes(input);
      return;
    }
    if (literalEncoding === FIXED_LITERAL) this.writeBits(eof ? 3 : 2, 3);
    else this.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
    this.writeTokens(tokens, ntokens, literalEncoding, offsetEncoding);
  }
}

// ---------------------------------------------------------------------------------------------
// deflate.go, level 6

function hash4(w: Uint8Array, i: number): number {
  return Math.imul((w[i] << 24) | (w[i + 1] << 16) | (w[i + 2] << 8) | w[i + 3], HASH_MUL) >>> (32 - HASH_BITS);
}

/**
 * Go's flate.NewWriter(w, flate.DefaultCompression). `write` may be called with any split of the
 * input; `close` ends the stream (final empty stored block). Output goes to the sink in chunks;
 * `bytesOut` counts it.
 */
export class GoDeflater {
  private w: HuffmanBitWriter;
  private window = new Uint8Array(2 * WINDOW_SIZE);
  private hashHead = new Uint32Array(HASH_SIZE);
  private hashPrev = new Uint32Array(WINDOW_SIZE);
  private hashOffset = 1;
  private chainHead = -1;
  private index = 0;
  private windowEnd = 0;
  private blockStart = 0;
  private byteAvailable = false;
  private tokens = new Uint32Array(MAX_FLATE_BLOCK_TOKENS + 1);
  private ntokens = 0;
  private length = MIN_MATCH_LENGTH - 1;
  private offset = 0;
  private maxInsertIndex = 0;
  private sync = false;
  private closed = false;

  constructor(sink: DeflateSink | null = null) {
    this.w = new HuffmanBitWriter(sink);
  }

  /** Compressed bytes produced so far. */
  get bytesOut(): number {
    return this.w.total;
  }

  /**
   * An independent copy of the whole state, writing to another sink: compress a shared prefix once,
   * then several different endings.
   */
  clone(sink: DeflateSink | null = null): GoDeflater {
    const c = new GoDeflater(null);
    c.w = this.w.clone(sink);
    c.window = this.window.slice();
    c.hashHead = this.hashHead.slice();
    c.hashPrev = this.hashPrev.slice();
    c.hashOffset = this.hashOffset;
    c.chainHead = this.chainHead;
    c.index = this.index;
    c.windowEnd = this.windowEnd;
    c.blockStart = this.blockStart;
    c.byteAvailable = this.byteAvailable;
    c.tokens = this.tokens.slice();
    c.ntokens = this.ntokens;
    c.length = this.length;
    c.offset = this.offset;
    c.maxInsertIndex = this.maxInsertIndex;
    c.closed = this.closed;
    return c;
  }

  write(b: Uint8Array): void {
    if (this.closed) throw new Error('GoDeflater: write after close');
    let p = 0;
    while (p < b.length) {
      this.deflate();
      p += this.fill(b, p);
    }
  }

  close(): void {
    if (this.closed) return;
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, true);
    this.w.flush();
    this.w.drain();
    this.closed = true;
  }

  private fill(b: Uint8Array, from: number): number {
    if (this.index >= 2 * WINDOW_SIZE - (MIN_MATCH_LENGTH + MAX_MATCH_LENGTH)) {
      this.window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
      this.index -= WINDOW_SIZE;
      this.windowEnd -= WINDOW_SIZE;
      if (this.blockStart >= WINDOW_SIZE) this.blockStart -= WINDOW_SIZE;
      else this.blockStart = MAX_INT32;
      this.hashOffset += WINDOW_SIZE;
      if (this.hashOffset > MAX_HASH_OFFSET) {
        const delta = this.hashOffset - 1;
        this.hashOffset -= delta;
        this.chainHead -= delta;
        const prev = this.hashPrev;
        for (let i = 0; i < prev.length; i++) prev[i] = prev[i] > delta ? prev[i] - delta : 0;
        const head = this.hashHead;
        for (let i = 0; i < head.length; i++) head[i] = head[i] > delta ? head[i] - delta : 0;
      }
    }
    const n = Math.min(b.length - from, this.window.length - this.windowEnd);
    this.window.set(b.subarray(from, from + n), this.windowEnd);
    this.windowEnd += n;
    return n;
  }

  private writeBlock(index: number): void {
    if (index > 0) {
      const input = this.blockStart <= index ? this.window.subarray(this.blockStart, index) : null;
      this.blockStart = index;
      this.w.writeBlock(this.tokens, this.ntokens, false, input);
    }
  }

  private findMatch(pos: number, prevHead: number, prevLength: number, lookahead: number): boolean {
    const win = this.window;
    const minMatchLook = lookahead < MAX_MATCH_LENGTH ? lookahead : MAX_MATCH_LENGTH;
    const nice = minMatchLook < NICE ? minMatchLook : NICE;
    let tries = CHAIN;
    let length = prevLength;
    if (length >= GOOD) tries >>= 2;
    let wEnd = win[pos + length];
    const minIndex = pos - WINDOW_SIZE;
    let ok = false;
    const prev = this.hashPrev;
    for (let i = prevHead; tries > 0; tries--) {
      if (wEnd === win[i + length]) {
        let n = 0;
        while (n < minMatchLook && win[i + n] === win[pos + n]) n++;
        if (n > length && (n > MIN_MATCH_LENGTH || pos - i <= 4096)) {
          length = n;
          this.foundOffset = pos - i;
          ok = true;
          if (n >= nice) break;
          wEnd = win[pos + n];
        }
      }
      if (i === minIndex) break;
      i = prev[i & WINDOW_MASK] - this.hashOffset;
      if (i < minIndex || i < 0) break;
    }
    this.foundLength = length;
    return ok;
  }
  private foundLength = 0;
  private foundOffset = 0;

  private deflate(): void {
    if (this.windowEnd - this.index < MIN_MATCH_LENGTH + MAX_MATCH_LENGTH && !this.sync) return;
    const win = this.window;
    const head = this.hashHead;
    const prev = this.hashPrev;
    const tokens = this.tokens;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH_LENGTH - 1);
    const maxInsertIndex = this.maxInsertIndex;

    for (;;) {
      const lookahead = this.windowEnd - this.index;
      if (lookahead < MIN_MATCH_LENGTH + MAX_MATCH_LENGTH) {
        if (!this.sync) break;
        if (lookahead === 0) {
          if (this.byteAvailable) {
            tokens[this.ntokens++] = win[this.index - 1];
            this.byteAvailable = false;
          }
          if (this.ntokens > 0) {
            this.writeBlock(this.index);
            this.ntokens = 0;
          }
          break;
        }
      }
      const index = this.index;
      if (index < maxInsertIndex) {
        const h = hash4(win, index);
        this.chainHead = head[h];
        prev[index & WINDOW_MASK] = this.chainHead;
        head[h] = index + this.hashOffset;
      }
      const prevLength = this.length;
      const prevOffset = this.offset;
      this.length = MIN_MATCH_LENGTH - 1;
      this.offset = 0;
      const minIndex = index - WINDOW_SIZE > 0 ? index - WINDOW_SIZE : 0;

      if (this.chainHead - this.hashOffset >= minIndex && lookahead > prevLength && prevLength < LAZY) {
        if (this.findMatch(index, this.chainHead - this.hashOffset, MIN_MATCH_LENGTH - 1, lookahead)) {
          this.length = this.foundLength;
          this.offset = this.foundOffset;
        }
      }
      if (prevLength >= MIN_MATCH_LENGTH && this.length <= prevLength) {
        tokens[this.ntokens++] = MATCH_TYPE + ((prevLength - BASE_MATCH_LENGTH) << LENGTH_SHIFT) + (prevOffset - BASE_MATCH_OFFSET);
        const newIndex = index + prevLength - 1;
        let i = index + 1;
        for (; i < newIndex; i++) {
          if (i < maxInsertIndex) {
            const h = hash4(win, i);
            prev[i & WINDOW_MASK] = head[h];
            head[h] = i + this.hashOffset;
          }
        }
        this.index = i;
        this.byteAvailable = false;
        this.length = MIN_MATCH_LENGTH - 1;
        if (this.ntokens === MAX_FLATE_BLOCK_TOKENS) {
          this.writeBlock(this.index);
          this.ntokens = 0;
        }
      } else {
        if (this.byteAvailable) {
          const i = index - 1;
          tokens[this.ntokens++] = win[i];
          if (this.ntokens === MAX_FLATE_BLOCK_TOKENS) {
            this.writeBlock(i + 1);
            this.ntokens = 0;
          }
        }
        this.index = index + 1;
        this.byteAvailable = true;
      }
    }
  }
}

/** Go's flate at the default level over a whole buffer. */
export function goDeflateSync(data: Uint8Array): Buffer {
  const parts: Buffer[] = [];
  const d = new GoDeflater((b) => parts.push(Buffer.from(b)));
  d.write(data);
  d.close();
  return Buffer.concat(parts);
}
