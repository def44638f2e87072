import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/context/go-deflate.ts
var LOG_WINDOW_SIZE = 15;
var WINDOW_SIZE = 1 << LOG_WINDOW_SIZE;
var WINDOW_MASK = WINDOW_SIZE - 1;
var BASE_MATCH_LENGTH = 3;
var MIN_MATCH_LENGTH = 4;
var MAX_MATCH_LENGTH = 258;
var BASE_MATCH_OFFSET = 1;
var MAX_FLATE_BLOCK_TOKENS = 1 << 14;
var MAX_STORE_BLOCK_SIZE = 65535;
var HASH_BITS = 17;
var HASH_SIZE = 1 << HASH_BITS;
var HASH_MASK = HASH_SIZE - 1;
var MAX_HASH_OFFSET = 1 << 24;
var HASH_MUL = 506832829;
var MAX_INT32 = 2147483647;
var GOOD = 8;
var LAZY = 16;
var NICE = 128;
var CHAIN = 128;
var MATCH_TYPE = 1 << 30;
var LENGTH_SHIFT = 22;
var OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;
var OFFSET_CODE_COUNT = 30;
var END_BLOCK_MARKER = 256;
var LENGTH_CODES_START = 257;
var CODEGEN_CODE_COUNT = 19;
var BAD_CODE = 255;
var MAX_NUM_LIT = 286;
var LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
var LENGTH_BASE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255];
var OFFSET_EXTRA_BITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
var OFFSET_BASE = [
  0,
  1,
  2,
  3,
  4,
  6,
  8,
  12,
  16,
  24,
  32,
  48,
  64,
  96,
  128,
  192,
  256,
  384,
  512,
  768,
  1024,
  1536,
  2048,
  3072,
  4096,
  6144,
  8192,
  12288,
  16384,
  24576
];
var CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
var LENGTH_CODES = new Uint8Array(256);
for (let code = 0; code < LENGTH_BASE.length; code++) {
  const end = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] : 256;
  for (let x = LENGTH_BASE[code]; x < end; x++) LENGTH_CODES[x] = code;
}
var OFFSET_CODES = new Uint8Array(256);
for (let code = 0; code < 16; code++) {
  const end = code + 1 < 16 ? OFFSET_BASE[code + 1] : 256;
  for (let x = OFFSET_BASE[code]; x < end; x++) OFFSET_CODES[x] = code;
}
function lengthCode(xlength) {
  return LENGTH_CODES[xlength];
}
function offsetCode(off) {
  if (off < 256) return OFFSET_CODES[off];
  if (off >> 7 < 256) return OFFSET_CODES[off >> 7] + 14;
  return OFFSET_CODES[off >> 14] + 28;
}
function reverse16(v) {
  v = v >> 1 & 21845 | (v & 21845) << 1;
  v = v >> 2 & 13107 | (v & 13107) << 2;
  v = v >> 4 & 3855 | (v & 3855) << 4;
  v = v >> 8 & 255 | (v & 255) << 8;
  return v & 65535;
}
function reverseBits(num, bitLength) {
  return reverse16(num << 16 - bitLength & 65535);
}
var MAX_NODE = { literal: 65535, freq: MAX_INT32 };
var HuffmanEncoder = class {
  code;
  len;
  constructor(size) {
    this.code = new Uint16Array(size);
    this.len = new Uint16Array(size);
  }
  bitLength(freq) {
    let total = 0;
    for (let i = 0; i < freq.length; i++) {
      const f = freq[i];
      if (f !== 0) total += f * this.len[i];
    }
    return total;
  }
  /** bitCounts: the number of literals per code length, Go's package-merge-like level walk. */
  bitCounts(list, maxBitsIn) {
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
    const leafCounts = [];
    for (let i = 0; i < MAXL; i++) leafCounts.push(new Int32Array(MAXL));
    for (let level2 = 1; level2 <= maxBits; level2++) {
      lvLevel[level2] = level2;
      lvLastFreq[level2] = list[1].freq;
      lvNextCharFreq[level2] = list[2].freq;
      lvNextPairFreq[level2] = list[0].freq + list[1].freq;
      leafCounts[level2][level2] = 2;
      if (level2 === 1) lvNextPairFreq[level2] = MAX_INT32;
    }
    lvNeeded[maxBits] = 2 * n - 4;
    let level = maxBits;
    for (; ; ) {
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
    if (leafCounts[maxBits][maxBits] !== n) throw new Error("flate: leafCounts[maxBits][maxBits] != n");
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
  assignEncodingAndSize(bitCount, listIn) {
    let code = 0;
    let end = listIn.length;
    for (let n = 0; n < bitCount.length; n++) {
      const bits = bitCount[n];
      code = code << 1 & 65535;
      if (n === 0 || bits === 0) continue;
      const chunk = listIn.slice(end - bits, end).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.code[node.literal] = reverseBits(code, n);
        this.len[node.literal] = n;
        code = code + 1 & 65535;
      }
      end -= bits;
    }
  }
  /** The minimum code for these frequencies, no code longer than maxBits. */
  generate(freq, maxBits) {
    const list = [];
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
    list.sort((a, b) => a.freq === b.freq ? a.literal - b.literal : a.freq - b.freq);
    const bitCount = this.bitCounts(list, maxBits);
    this.assignEncodingAndSize(bitCount, list);
  }
};
function fixedLiteralEncoding() {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    let bits;
    let size;
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
function fixedOffsetEncoding() {
  const h = new HuffmanEncoder(OFFSET_CODE_COUNT);
  for (let i = 0; i < OFFSET_CODE_COUNT; i++) {
    h.code[i] = reverseBits(i, 5);
    h.len[i] = 5;
  }
  return h;
}
var FIXED_LITERAL = fixedLiteralEncoding();
var FIXED_OFFSET = fixedOffsetEncoding();
var OUT_BUFFER = 1 << 16;
var HuffmanBitWriter = class _HuffmanBitWriter {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  bits = 0;
  nbits = 0;
  out = new Uint8Array(OUT_BUFFER);
  nout = 0;
  /** Compressed bytes produced so far (including those still buffered). */
  total = 0;
  literalFreq = new Int32Array(MAX_NUM_LIT);
  offsetFreq = new Int32Array(OFFSET_CODE_COUNT);
  codegenFreq = new Int32Array(CODEGEN_CODE_COUNT);
  codegen = new Uint8Array(MAX_NUM_LIT + OFFSET_CODE_COUNT + 1);
  literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  codegenEncoding = new HuffmanEncoder(CODEGEN_CODE_COUNT);
  clone(sink) {
    const c = new _HuffmanBitWriter(sink);
    c.bits = this.bits;
    c.nbits = this.nbits;
    c.total = this.total;
    c.out.set(this.out.subarray(0, this.nout));
    c.nout = this.nout;
    return c;
  }
  byte(b) {
    this.out[this.nout++] = b;
    this.total++;
    if (this.nout === OUT_BUFFER) this.drain();
  }
  /** Hands buffered bytes to the sink. */
  drain() {
    if (this.nout > 0 && this.sink) this.sink(this.out.subarray(0, this.nout));
    this.nout = 0;
  }
  writeBits(b, nb) {
    this.bits |= b << this.nbits;
    this.nbits += nb;
    while (this.nbits >= 8) {
      this.byte(this.bits & 255);
      this.bits >>>= 8;
      this.nbits -= 8;
    }
  }
  /** Pads to a byte boundary with zero bits (Go's flush). */
  flush() {
    if (this.nbits > 0) {
      this.byte(this.bits & 255);
      this.bits = 0;
      this.nbits = 0;
    }
  }
  writeBytes(bytes) {
    for (let i = 0; i < bytes.length; ) {
      const n = Math.min(OUT_BUFFER - this.nout, bytes.length - i);
      this.out.set(bytes.subarray(i, i + n), this.nout);
      this.nout += n;
      this.total += n;
      i += n;
      if (this.nout === OUT_BUFFER) this.drain();
    }
  }
  writeStoredHeader(length, isEof) {
    this.writeBits(isEof ? 1 : 0, 3);
    this.flush();
    this.writeBits(length, 16);
    this.writeBits(~length & 65535, 16);
  }
  generateCodegen(numLiterals, numOffsets, litEnc, offEnc) {
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
  dynamicSize(litEnc, offEnc, extraBits) {
    const freq = this.codegenFreq;
    let numCodegens = CODEGEN_CODE_COUNT;
    while (numCodegens > 4 && freq[CODEGEN_ORDER[numCodegens - 1]] === 0) numCodegens--;
    const header = 3 + 5 + 5 + 4 + 3 * numCodegens + this.codegenEncoding.bitLength(freq) + freq[16] * 2 + freq[17] * 3 + freq[18] * 7;
    const size = header + litEnc.bitLength(this.literalFreq) + offEnc.bitLength(this.offsetFreq) + extraBits;
    return [size, numCodegens];
  }
  writeCode(enc, sym) {
    this.writeBits(enc.code[sym], enc.len[sym]);
  }
  writeDynamicHeader(numLiterals, numOffsets, numCodegens, isEof) {
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
  indexTokens(tokens, ntokens) {
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
      lf[LENGTH_CODES_START + lengthCode(t - MATCH_TYPE >>> LENGTH_SHIFT)]++;
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
  writeTokens(tokens, ntokens, le, oe) {
    for (let i = 0; i < ntokens; i++) {
      const t = tokens[i];
      if (t < MATCH_TYPE) {
        this.writeBits(le.code[t], le.len[t]);
        continue;
      }
      const length = t - MATCH_TYPE >>> LENGTH_SHIFT;
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
  writeBlock(tokens, ntokensIn, eof, input) {
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
};
function hash4(w, i) {
  return Math.imul(w[i] << 24 | w[i + 1] << 16 | w[i + 2] << 8 | w[i + 3], HASH_MUL) >>> 32 - HASH_BITS;
}
var GoDeflater = class _GoDeflater {
  w;
  window = new Uint8Array(2 * WINDOW_SIZE);
  hashHead = new Uint32Array(HASH_SIZE);
  hashPrev = new Uint32Array(WINDOW_SIZE);
  hashOffset = 1;
  chainHead = -1;
  index = 0;
  windowEnd = 0;
  blockStart = 0;
  byteAvailable = false;
  tokens = new Uint32Array(MAX_FLATE_BLOCK_TOKENS + 1);
  ntokens = 0;
  length = MIN_MATCH_LENGTH - 1;
  offset = 0;
  maxInsertIndex = 0;
  sync = false;
  closed = false;
  constructor(sink = null) {
    this.w = new HuffmanBitWriter(sink);
  }
  /** Compressed bytes produced so far. */
  get bytesOut() {
    return this.w.total;
  }
  /**
   * An independent copy of the whole state, writing to another sink: compress a shared prefix once,
   * then several different endings.
   */
  clone(sink = null) {
    const c = new _GoDeflater(null);
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
  write(b) {
    if (this.closed) throw new Error("GoDeflater: write after close");
    let p = 0;
    while (p < b.length) {
      this.deflate();
      p += this.fill(b, p);
    }
  }
  close() {
    if (this.closed) return;
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, true);
    this.w.flush();
    this.w.drain();
    this.closed = true;
  }
  fill(b, from) {
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
  writeBlock(index) {
    if (index > 0) {
      const input = this.blockStart <= index ? this.window.subarray(this.blockStart, index) : null;
      this.blockStart = index;
      this.w.writeBlock(this.tokens, this.ntokens, false, input);
    }
  }
  findMatch(pos, prevHead, prevLength, lookahead) {
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
  foundLength = 0;
  foundOffset = 0;
  deflate() {
    if (this.windowEnd - this.index < MIN_MATCH_LENGTH + MAX_MATCH_LENGTH && !this.sync) return;
    const win = this.window;
    const head = this.hashHead;
    const prev = this.hashPrev;
    const tokens = this.tokens;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH_LENGTH - 1);
    const maxInsertIndex = this.maxInsertIndex;
    for (; ; ) {
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
        tokens[this.ntokens++] = MATCH_TYPE + (prevLength - BASE_MATCH_LENGTH << LENGTH_SHIFT) + (prevOffset - BASE_MATCH_OFFSET);
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
};

// src/context/go-gzip.ts
var GO_GZIP_HEADER = [31, 139, 8, 0, 0, 0, 0, 0, 0, 255];
var GZIP_HEADER_BYTES = 10;
var GZIP_TRAILER_BYTES = 8;
var CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c;
  }
  return t;
})();
function crc32Update(crc, b) {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
var GoGzipWriter = class _GoGzipWriter {
  constructor(sink = null) {
    this.sink = sink;
    this.deflater = new GoDeflater(sink);
  }
  sink;
  deflater;
  crc = 0;
  size = 0;
  headerDone = false;
  closed = false;
  /** Uncompressed bytes written. */
  bytesIn = 0;
  /** Compressed bytes produced so far, header included (the trailer counts once closed). */
  get bytesOut() {
    return (this.headerDone ? GZIP_HEADER_BYTES : 0) + this.deflater.bytesOut + (this.closed ? GZIP_TRAILER_BYTES : 0);
  }
  /** An independent copy (see GoDeflater.clone), writing to another sink. */
  clone(sink = null) {
    const c = new _GoGzipWriter(sink);
    c.deflater = this.deflater.clone(sink);
    c.crc = this.crc;
    c.size = this.size;
    c.headerDone = this.headerDone;
    c.closed = this.closed;
    c.bytesIn = this.bytesIn;
    return c;
  }
  header() {
    if (this.headerDone) return;
    this.headerDone = true;
    this.sink?.(Uint8Array.from(GO_GZIP_HEADER));
  }
  write(b) {
    this.header();
    this.crc = crc32Update(this.crc, b);
    this.size = this.size + b.length >>> 0;
    this.bytesIn += b.length;
    this.deflater.write(b);
  }
  close() {
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
};

export {
  GoGzipWriter
};
