// A linear-time port of the part of Go's `regexp` (RE2 syntax, `regexp.Compile` = Perl flags:
// ClassNL | OneLine | PerlX | UnicodeGroups) that patternmatcher's translated patterns can reach.
// Why not JS RegExp: it backtracks (a hostile `*a*a*a*b` would hang a walk) and reads `\d`,
// `[[:alpha:]]`, `\Q..\E`, `\z`, `.` and `$` differently. Parsing follows Go 1.24's
// regexp/syntax/parse.go; matching is an NFA run as a lazily built, memoized DFA over runes decoded
// from the UTF-8 bytes of a byte string (invalid byte -> U+FFFD, width 1, as Go's regexp does).

/** Thrown when Go's regexp.Compile would return an error for the expression. */
export class GoRegexpSyntaxError extends Error {}

/** Counts simulation work (one per input rune plus one per NFA node visited), so tests can bound it. */
export const goRegexpStats = { steps: 0 };

// ---------------------------------------------------------------------------------------------
// Runes

const MAX_RUNE = 0x10ffff;
const RUNE_ERROR = 0xfffd;

/** Width of the rune decoded by `decodeRune` (module state keeps the hot loop allocation-free). */
let decodedWidth = 1;

/** Go's utf8.DecodeRuneInString over a byte string at `i` (which must be < s.length). */
export function decodeRune(s: string, i: number): number {
  const b0 = s.charCodeAt(i);
  decodedWidth = 1;
  if (b0 < 0x80) return b0;
  const n = s.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf): number => {
    if (i + k >= n) return -1;
    const b = s.charCodeAt(i + k);
    return b >= lo && b <= hi ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 < 0) return RUNE_ERROR;
    decodedWidth = 2;
    return ((b0 & 0x1f) << 6) | c1;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // Go rejects overlong forms (E0 80..9F) and surrogates (ED A0..BF).
    const c1 = cont(1, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf);
    if (c1 < 0) return RUNE_ERROR;
    const c2 = cont(2);
    if (c2 < 0) return RUNE_ERROR;
    decodedWidth = 3;
    return ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const c1 = cont(1, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf);
    if (c1 < 0) return RUNE_ERROR;
    const c2 = cont(2);
    if (c2 < 0) return RUNE_ERROR;
    const c3 = cont(3);
    if (c3 < 0) return RUNE_ERROR;
    decodedWidth = 4;
    return ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
  }
  return RUNE_ERROR;
}

/** The width of the last rune returned by `decodeRune`. */
export function lastDecodedWidth(): number {
  return decodedWidth;
}

/** RE2's \b uses ASCII word characters only. */
function isWordRune(r: number): boolean {
  return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || r === 0x5f;
}

// ---------------------------------------------------------------------------------------------
// Character classes

interface UnicodeTable {
  re: RegExp;
  negate: boolean;
}

/** A union of rune ranges and Unicode tables, optionally negated as a whole (`[^...]`). */
class CharClass {
  ranges: number[] = []; // lo, hi pairs
  tables: UnicodeTable[] = [];
  negated = false;

  has(r: number): boolean {
    let inUnion = false;
    const rg = this.ranges;
    for (let i = 0; i < rg.length; i += 2) {
      if (r >= rg[i] && r <= rg[i + 1]) {
        inUnion = true;
        break;
      }
    }
    if (!inUnion) {
      for (const t of this.tables) {
        if (t.re.test(String.fromCodePoint(r)) !== t.negate) {
          inUnion = true;
          break;
        }
      }
    }
    return inUnion !== this.negated;
  }
}

function complementRanges(rg: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < rg.length; i += 2) pairs.push([rg[i], rg[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let next = 0;
  for (const [lo, hi] of pairs) {
    if (lo > next) out.push(next, lo - 1);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push(next, MAX_RUNE);
  return out;
}

// regexp/syntax/perl_groups.go
const PERL_GROUPS: Record<string, number[]> = {
  d: [0x30, 0x39],
  s: [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20],
  w: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
};
const POSIX_GROUPS: Record<string, number[]> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

// Go 1.24's unicode.Categories keys (exact, case-sensitive lookup: the TR18-style loose matching
// and aliases like \p{Letter} only arrived in Go 1.25). `{` reaches RE2 unescaped from a
// .dockerignore (patternmatcher's escape bitmap misses it), so \p{Greek} and \p{L} both occur.
const GO_CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);
// Go 1.24's unicode.Scripts keys (Unicode 15.0.0).
const GO_SCRIPTS = new Set(
  (
    'Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali ' +
    'Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian ' +
    'Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret ' +
    'Devanagari Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian ' +
    'Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo ' +
    'Hatran Hebrew Hiragana Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian ' +
    'Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi ' +
    'Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic ' +
    'Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive ' +
    'Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari ' +
    'New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic ' +
    'Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya ' +
    'Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic ' +
    'Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo ' +
    'Sundanese Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut ' +
    'Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi ' +
    'Zanabazar_Square'
  ).split(' '),
);

const tableCache = new Map<string, RegExp>();

/** Go 1.24 `unicodeTable`: membership tested one code point at a time with a `u` RegExp. */
function unicodeTableRegExp(name: string): RegExp | null {
  const cached = tableCache.get(name);
  if (cached) return cached;
  let src: string;
  if (name === 'Any') src = '[\\u{0}-\\u{10FFFF}]';
  // Go's C is Cc|Cf|Co|Cs; JS's \p{C} also holds Cn (unassigned).
  else if (name === 'C') src = '[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]';
  else if (GO_CATEGORIES.has(name)) src = `\\p{gc=${name}}`;
  else if (GO_SCRIPTS.has(name)) src = `\\p{sc=${name}}`;
  else return null;
  const re = new RegExp(`^${src}$`, 'u');
  tableCache.set(name, re);
  return re;
}

// ---------------------------------------------------------------------------------------------
// Parse tree

const enum Assert {
  BeginText = 1,
  EndText = 2,
  WordBoundary = 4,
  NoWordBoundary = 8,
}

type Node =
  | { op: 'lit'; r: number }
  | { op: 'class'; cls: CharClass }
  | { op: 'anyNotNL' }
  | { op: 'assert'; kind: Assert }
  | { op: 'empty' }
  | { op: 'concat'; subs: Node[] }
  | { op: 'alt'; subs: Node[] }
  | { op: 'star' | 'plus' | 'quest'; sub: Node }
  | { op: 'repeat'; sub: Node; min: number; max: number };

// regexp/syntax's limits (Go 1.24 parse.go): maxSize instructions as estimated by calcSize, and
// repeat counts at most 1000, also as a product when nested (repeatIsValid). Beyond them Go's
// Compile fails, which patternmatcher reports as `syntax error in pattern`.
const MAX_REPEAT = 1000;
const MAX_SIZE = Math.floor((128 << 20) / 40);

/** Go's parser.calcSize: the instruction-count estimate behind "expression too large". */
function calcSize(n: Node): number {
  let size: number;
  switch (n.op) {
    case 'star':
      size = 2 + calcSize(n.sub);
      break;
    case 'plus':
    case 'quest':
      size = 1 + calcSize(n.sub);
      break;
    case 'concat':
      size = 0;
      for (const sub of n.subs) size += calcSize(sub);
      break;
    case 'alt':
      size = n.subs.length - 1;
      for (const sub of n.subs) size += calcSize(sub);
      break;
    case 'repeat': {
      const sub = calcSize(n.sub);
      if (n.max === -1) size = n.min === 0 ? 2 + sub : 1 + n.min * sub;
      else size = n.max * sub + (n.max - n.min);
      break;
    }
    default:
      size = 1;
  }
  return Math.max(1, size);
}

/** Go's repeatIsValid: nested counted repetitions may not multiply past 1000. */
function repeatIsValid(n: Node, limit: number): boolean {
  if (n.op === 'repeat') {
    let m = n.max;
    if (m === 0) return true;
    if (m < 0) m = n.min;
    if (m > limit) return false;
    if (m > 0) limit = Math.floor(limit / m);
  }
  if (n.op === 'concat' || n.op === 'alt') return n.subs.every((sub) => repeatIsValid(sub, limit));
  if ('sub' in n) return repeatIsValid(n.sub, limit);
  return true;
}

const fail = (why: string): never => {
  throw new GoRegexpSyntaxError(why);
};

const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const unhex = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x61 + 10 : c >= 0x41 && c <= 0x46 ? c - 0x41 + 10 : -1;

/** Recursive-descent equivalent of Go's stack parser; `s` is the expression as runes. */
class Parser {
  i = 0;
  depth = 0;
  constructor(private readonly s: readonly number[]) {}

  private at(k = 0): number {
    const j = this.i + k;
    return j < this.s.length ? this.s[j] : -1;
  }

  parseAll(): Node {
    const node = this.parseAlt();
    if (this.i < this.s.length) fail('unexpected )'); // only a ')' stops parseAlt early
    if (calcSize(node) > MAX_SIZE) fail('expression too large');
    return node;
  }

  private parseAlt(): Node {
    const subs = [this.parseConcat()];
    while (this.at() === 0x7c /* | */) {
      this.i++;
      subs.push(this.parseConcat());
    }
    return subs.length === 1 ? subs[0] : { op: 'alt', subs };
  }

  private parseConcat(): Node {
    const items: Node[] = [];
    // Go (PerlX) rejects a repetition operator right after another one: `a**`, `a*+`.
    let lastWasRepeat = false;
    for (;;) {
      const c = this.at();
      if (c === -1 || c === 0x7c || c === 0x29 /* ) */) break;
      if (c === 0x2a || c === 0x2b || c === 0x3f /* * + ? */) {
        if (lastWasRepeat) fail('invalid nested repetition operator');
        if (items.length === 0) fail('missing argument to repetition operator');
        this.i++;
        if (this.at() === 0x3f) this.i++; // non-greedy: same language, so irrelevant for a boolean match
        const op = c === 0x2a ? 'star' : c === 0x2b ? 'plus' : 'quest';
        items[items.length - 1] = { op, sub: items[items.length - 1] };
        lastWasRepeat = true;
        continue;
      }
      const rep = c === 0x7b /* { */ ? this.parseRepeat() : null;
      if (rep !== null) {
        // Reachable: patternmatcher's escape bitmap never escapes `{` `}` (see translatePattern).
        if (rep.min < 0 || rep.min > MAX_REPEAT || rep.max > MAX_REPEAT || (rep.max >= 0 && rep.min > rep.max)) fail('invalid repeat count');
        if (lastWasRepeat) fail('invalid nested repetition operator');
        if (items.length === 0) fail('missing argument to repetition operator');
        this.i = rep.end;
        if (this.at() === 0x3f) this.i++;
        const node: Node = { op: 'repeat', sub: items[items.length - 1], min: rep.min, max: rep.max };
        if ((rep.min >= 2 || rep.max >= 2) && !repeatIsValid(node, MAX_REPEAT)) fail('invalid repeat count');
        items[items.length - 1] = node;
        lastWasRepeat = true;
        continue;
      }
      lastWasRepeat = false;
      this.parseAtom(items);
    }
    return items.length === 1 ? items[0] : items.length === 0 ? { op: 'empty' } : { op: 'concat', subs: items };
  }

  /** Go's parseInt: digits without a leading zero; -1 when the value reaches 1e8. */
  private parseInt(j: number): { n: number; end: number } | null {
    const s = this.s;
    const isDigit = (k: number): boolean => k < s.length && s[k] >= 0x30 && s[k] <= 0x39;
    if (!isDigit(j) || (s[j] === 0x30 && isDigit(j + 1))) return null;
    let n = 0;
    let k = j;
    for (; isDigit(k); k++) if (n !== -1) n = n >= 1e8 ? -1 : n * 10 + (s[k] - 0x30);
    return { n, end: k };
  }

  /** Go's parseRepeat at `{`: {n}, {n,}, {n,m}, or null when `{` is a literal. */
  private parseRepeat(): { min: number; max: number; end: number } | null {
    const lo = this.parseInt(this.i + 1);
    if (lo === null) return null;
    let j = lo.end;
    let min = lo.n;
    let max = min;
    if (this.s[j] === 0x2c /* , */) {
      j++;
      if (this.s[j] === 0x7d) max = -1;
      else {
        const hi = this.parseInt(j);
        if (hi === null) return null;
        max = hi.n;
        j = hi.end;
        if (max < 0) min = -1;
      }
    }
    if (this.s[j] !== 0x7d /* } */) return null;
    return { min, max, end: j + 1 };
  }

  private parseAtom(items: Node[]): void {
    const c = this.at();
    switch (c) {
      case 0x28: /* ( */ {
        if (this.at(1) === 0x3f) throw new Error('go-regexp: (? groups are not supported'); // unreachable: `(` is escaped
        this.i++;
        if (++this.depth > 1000) fail('expression nests too deeply');
        const sub = this.parseAlt();
        this.depth--;
        if (this.at() !== 0x29) fail('missing closing )');
        this.i++;
        items.push(sub);
        return;
      }
      case 0x5e: /* ^ */
        this.i++;
        items.push({ op: 'assert', kind: Assert.BeginText }); // OneLine: ^ is \A
        return;
      case 0x24: /* $ */
        this.i++;
        items.push({ op: 'assert', kind: Assert.EndText }); // OneLine: $ is \z
        return;
      case 0x2e: /* . */
        this.i++;
        items.push({ op: 'anyNotNL' }); // no DotNL flag
        return;
      case 0x5b: /* [ */
        items.push({ op: 'class', cls: this.parseClass() });
        return;
      case 0x5c: /* \ */
        this.parseBackslash(items);
        return;
      default:
        this.i++;
        items.push({ op: 'lit', r: c });
    }
  }

  private parseBackslash(items: Node[]): void {
    const c1 = this.at(1);
    switch (c1) {
      case 0x41: // \A
        this.i += 2;
        items.push({ op: 'assert', kind: Assert.BeginText });
        return;
      case 0x7a: // \z
        this.i += 2;
        items.push({ op: 'assert', kind: Assert.EndText });
        return;
      case 0x62: // \b
        this.i += 2;
        items.push({ op: 'assert', kind: Assert.WordBoundary });
        return;
      case 0x42: // \B
        this.i += 2;
        items.push({ op: 'assert', kind: Assert.NoWordBoundary });
        return;
      case 0x43: // \C
        fail('invalid escape sequence');
        break;
      case 0x51: /* \Q ... \E: everything up to \E (or the end) is literal */ {
        this.i += 2;
        const s = this.s;
        while (this.i < s.length && !(s[this.i] === 0x5c && s[this.i + 1] === 0x45)) items.push({ op: 'lit', r: s[this.i++] });
        if (this.i < s.length) this.i += 2;
        return;
      }
    }
    const cls = new CharClass();
    if (c1 === 0x70 || c1 === 0x50) {
      this.parseUnicodeClass(cls);
      items.push({ op: 'class', cls });
      return;
    }
    if (this.parsePerlClass(cls)) {
      items.push({ op: 'class', cls });
      return;
    }
    items.push({ op: 'lit', r: this.parseEscape() });
  }

  /** `\d \s \w \D \S \W` at the cursor, appended to `cls`; false when not one. */
  private parsePerlClass(cls: CharClass): boolean {
    if (this.at() !== 0x5c) return false;
    const c = this.at(1);
    const lower = c | 0x20;
    const name = lower === 0x64 ? 'd' : lower === 0x73 ? 's' : lower === 0x77 ? 'w' : '';
    if (!name) return false;
    const rg = PERL_GROUPS[name];
    cls.ranges.push(...(c === lower ? rg : complementRanges(rg)));
    this.i += 2;
    return true;
  }

  /** `\pX`, `\p{Name}`, `\PX`, `\p{^Name}`; the cursor is on the backslash. */
  private parseUnicodeClass(cls: CharClass): void {
    const s = this.s;
    let negate = this.at(1) === 0x50;
    let j = this.i + 2;
    if (j >= s.length) fail('invalid character class range');
    let name: string;
    if (s[j] !== 0x7b) {
      name = String.fromCodePoint(s[j]);
      j++;
    } else {
      const end = s.indexOf(0x7d, j);
      if (end < 0) fail('invalid character class range');
      name = runesToString(s.slice(j + 1, end));
      j = end + 1;
    }
    if (name.startsWith('^')) {
      negate = !negate;
      name = name.slice(1);
    }
    const re = unicodeTableRegExp(name);
    if (!re) fail('invalid character class range');
    cls.tables.push({ re: re as RegExp, negate });
    this.i = j;
  }

  /** Go's parseEscape: one escaped rune, or an error for \q, \1, \é and friends. */
  private parseEscape(): number {
    const s = this.s;
    this.i++; // backslash
    if (this.i >= s.length) fail('trailing backslash at end of expression');
    const c = s[this.i++];
    if (c < 0x80 && !isAlnum(c)) return c; // escaped punctuation is itself
    if (c >= 0x31 && c <= 0x37 && !(this.at() >= 0x30 && this.at() <= 0x37)) fail('invalid escape sequence'); // backreference
    if (c >= 0x30 && c <= 0x37) {
      let r = c - 0x30;
      for (let k = 1; k < 3 && this.at() >= 0x30 && this.at() <= 0x37; k++) r = r * 8 + (s[this.i++] - 0x30);
      return r;
    }
    switch (c) {
      case 0x78: /* x */ {
        if (this.i >= s.length) fail('invalid escape sequence');
        const d = s[this.i++];
        if (d === 0x7b) {
          let r = 0;
          let n = 0;
          for (;;) {
            if (this.i >= s.length) fail('invalid escape sequence');
            const h = s[this.i++];
            if (h === 0x7d) break;
            const v = unhex(h);
            if (v < 0) fail('invalid escape sequence');
            r = r * 16 + v;
            if (r > MAX_RUNE) fail('invalid escape sequence');
            n++;
          }
          if (n === 0) fail('invalid escape sequence');
          return r;
        }
        const x = unhex(d);
        if (this.i >= s.length) fail('invalid escape sequence');
        const y = unhex(s[this.i++]);
        if (x < 0 || y < 0) fail('invalid escape sequence');
        return x * 16 + y;
      }
      case 0x61: return 0x07; // \a
      case 0x66: return 0x0c; // \f
      case 0x6e: return 0x0a; // \n
      case 0x72: return 0x0d; // \r
      case 0x74: return 0x09; // \t
      case 0x76: return 0x0b; // \v
    }
    return fail('invalid escape sequence');
  }

  /** Go's parseClass, cursor on `[`. */
  private parseClass(): CharClass {
    const s = this.s;
    const cls = new CharClass();
    this.i++;
    if (this.at() === 0x5e) {
      cls.negated = true; // ClassNL is set, so no extra \n is excluded
      this.i++;
    }
    let first = true; // `]` is a literal as the first class character
    while (this.i >= s.length || s[this.i] !== 0x5d || first) {
      first = false;
      if (this.i >= s.length) fail('missing closing ]');
      // POSIX [:alpha:]; the `:]` search runs to the end of the whole expression, as Go's does.
      if (s[this.i] === 0x5b && this.at(1) === 0x3a && this.i + 2 < s.length) {
        let k = -1;
        for (let j = this.i + 2; j + 1 < s.length; j++) {
          if (s[j] === 0x3a && s[j + 1] === 0x5d) {
            k = j;
            break;
          }
        }
        if (k >= 0) {
          let name = runesToString(s.slice(this.i + 2, k));
          let neg = false;
          if (name.startsWith('^')) {
            neg = true;
            name = name.slice(1);
          }
          const rg = Object.prototype.hasOwnProperty.call(POSIX_GROUPS, name) ? POSIX_GROUPS[name] : undefined;
          if (!rg) fail('invalid character class range');
          cls.ranges.push(...(neg ? complementRanges(rg as number[]) : (rg as number[])));
          this.i = k + 2;
          continue;
        }
      }
      if (s[this.i] === 0x5c && (this.at(1) === 0x70 || this.at(1) === 0x50)) {
        this.parseUnicodeClass(cls);
        continue;
      }
      if (this.parsePerlClass(cls)) continue;
      const lo = this.parseClassChar();
      let hi = lo;
      // [a-] means a or -, so a range needs something other than `]` after the dash.
      if (this.i + 1 < s.length && s[this.i] === 0x2d && s[this.i + 1] !== 0x5d) {
        this.i++;
        hi = this.parseClassChar();
        if (hi < lo) fail('invalid character class range');
      }
      cls.ranges.push(lo, hi);
    }
    this.i++; // ]
    return cls;
  }

  private parseClassChar(): number {
    if (this.i >= this.s.length) fail('missing closing ]');
    if (this.s[this.i] === 0x5c) return this.parseEscape();
    return this.s[this.i++];
  }
}

// ---------------------------------------------------------------------------------------------
// NFA

const enum Inst {
  Rune, // matches one rune via `test`
  Split,
  Empty, // zero-width assertion
  Match,
}

interface Program {
  kind: Inst[];
  out: number[];
  out1: number[];
  test: (((r: number) => boolean) | null)[];
  cond: number[];
  start: number;
}

function compileProgram(root: Node): Program {
  const p: Program = { kind: [], out: [], out1: [], test: [], cond: [], start: 0 };
  const add = (kind: Inst, out = -1, out1 = -1, test: ((r: number) => boolean) | null = null, cond = 0): number => {
    p.kind.push(kind);
    p.out.push(out);
    p.out1.push(out1);
    p.test.push(test);
    p.cond.push(cond);
    return p.kind.length - 1;
  };
  // Continuation-passing build: compile(node, next) returns the entry pc of node followed by next.
  const compile = (n: Node, next: number): number => {
    switch (n.op) {
      case 'lit': {
        const r = n.r;
        return add(Inst.Rune, next, -1, (x) => x === r);
      }
      case 'class': {
        const cls = n.cls;
        return add(Inst.Rune, next, -1, (x) => cls.has(x));
      }
      case 'anyNotNL':
        return add(Inst.Rune, next, -1, (x) => x !== 0x0a);
      case 'assert':
        return add(Inst.Empty, next, -1, null, n.kind);
      case 'empty':
        return next;
      case 'concat': {
        let pc = next;
        for (let k = n.subs.length - 1; k >= 0; k--) pc = compile(n.subs[k], pc);
        return pc;
      }
      case 'alt': {
        let pc = compile(n.subs[n.subs.length - 1], next);
        for (let k = n.subs.length - 2; k >= 0; k--) pc = add(Inst.Split, compile(n.subs[k], next), pc);
        return pc;
      }
      case 'quest':
        return add(Inst.Split, compile(n.sub, next), next);
      case 'star': {
        const split = add(Inst.Split, -1, next);
        p.out[split] = compile(n.sub, split);
        return split;
      }
      case 'repeat': {
        // x{2,5} = xx(x(x(x)?)?)?, x{2,} = xx+ (Go's simplify), each copy its own instructions.
        const { sub, min, max } = n;
        let pc = next;
        if (max === -1) {
          if (min === 0) {
            const split = add(Inst.Split, -1, next);
            p.out[split] = compile(sub, split);
            return split;
          }
          const split = add(Inst.Split, -1, next);
          pc = compile(sub, split);
          p.out[split] = pc;
          for (let k = 1; k < min; k++) pc = compile(sub, pc);
          return pc;
        }
        for (let k = min; k < max; k++) pc = add(Inst.Split, compile(sub, pc), next);
        for (let k = 0; k < min; k++) pc = compile(sub, pc);
        return pc;
      }
      case 'plus': {
        const split = add(Inst.Split, -1, next);
        const body = compile(n.sub, split);
        p.out[split] = body;
        return body;
      }
    }
  };
  const match = add(Inst.Match);
  p.start = compile(root, match);
  return p;
}

// ---------------------------------------------------------------------------------------------
// Lazy DFA

const ATSTART = 1;
const PREVWORD = 2;
const MAX_DFA_STATES = 4096;

class DState {
  /** Transitions for runes < 128; `undefined` = not computed yet. */
  readonly ascii: (DState | undefined)[] = new Array(128);
  other: Map<number, DState> | null = null;
  /** 1/0 once computed: does the text ending here match? */
  endAccept = -1;
  constructor(
    readonly pcs: Int32Array,
    readonly flags: number,
    readonly isMatch: boolean,
    readonly isDead: boolean,
  ) {}
}

/** A compiled Go regexp; `test` is Go's MatchString (unanchored search, so anchors matter). */
export class GoRegexp {
  private readonly prog: Program;
  private readonly mark: Int32Array;
  private readonly mark2: Int32Array;
  private gen = 0;
  private states = new Map<string, DState>();
  private readonly matched: DState;
  private readonly initial: DState;
  private readonly startNeedsBegin: boolean;
  private stack: number[] = [];

  constructor(readonly source: string, runes: readonly number[]) {
    this.prog = compileProgram(new Parser(runes).parseAll());
    this.mark = new Int32Array(this.prog.kind.length);
    this.mark2 = new Int32Array(this.prog.kind.length);
    this.matched = new DState(new Int32Array(0), 0, true, false);
    this.startNeedsBegin = !this.startLiveWithoutBegin();
    this.initial = this.intern([], ATSTART);
  }

  /** Whether the start can reach a rune or match without passing a \A / ^ (then no state is dead). */
  private startLiveWithoutBegin(): boolean {
    const { kind, out, out1, cond } = this.prog;
    const seen = new Set<number>();
    const todo = [this.prog.start];
    while (todo.length) {
      const pc = todo.pop() as number;
      if (seen.has(pc)) continue;
      seen.add(pc);
      if (kind[pc] === Inst.Rune || kind[pc] === Inst.Match) return true;
      if (kind[pc] === Inst.Split) todo.push(out[pc], out1[pc]);
      else if (kind[pc] === Inst.Empty && cond[pc] !== Assert.BeginText) todo.push(out[pc]);
    }
    return false;
  }

  private intern(pcs: number[], flags: number): DState {
    pcs.sort((a, b) => a - b);
    const key = `${flags}:${pcs.join(',')}`;
    let st = this.states.get(key);
    if (!st) {
      if (this.states.size >= MAX_DFA_STATES) this.resetCache();
      const dead = pcs.length === 0 && (flags & ATSTART) === 0 && this.startNeedsBegin;
      st = new DState(Int32Array.from(pcs), flags, false, dead);
      this.states.set(key, st);
    }
    return st;
  }

  /** Bound memory like RE2's DFA cache: drop every memoized state (results stay correct). */
  private resetCache(): void {
    for (const st of this.states.values()) {
      st.ascii.fill(undefined);
      st.other = null;
    }
    this.states = new Map();
  }

  /**
   * Epsilon closure of the state's pcs plus the start (unanchored search restarts at every
   * position), under the given assertion context. Returns true when Match is reached; fills
   * `this.stack` with the Rune pcs reached.
   */
  private closure(st: DState, begin: boolean, end: boolean, boundary: boolean, runePcs: number[]): boolean {
    const { kind, out, out1, cond } = this.prog;
    const g = ++this.gen;
    const mark = this.mark;
    const stack = this.stack;
    stack.length = 0;
    for (let k = 0; k < st.pcs.length; k++) stack.push(st.pcs[k]);
    stack.push(this.prog.start);
    let matched = false;
    while (stack.length) {
      const pc = stack.pop() as number;
      if (mark[pc] === g) continue;
      mark[pc] = g;
      goRegexpStats.steps++;
      switch (kind[pc]) {
        case Inst.Rune:
          runePcs.push(pc);
          break;
        case Inst.Match:
          matched = true;
          break;
        case Inst.Split:
          stack.push(out1[pc], out[pc]);
          break;
        case Inst.Empty: {
          const c = cond[pc];
          const ok =
            c === Assert.BeginText ? begin : c === Assert.EndText ? end : c === Assert.WordBoundary ? boundary : !boundary;
          if (ok) stack.push(out[pc]);
          break;
        }
      }
    }
    return matched;
  }

  private step(st: DState, r: number): DState {
    const word = isWordRune(r);
    const runePcs: number[] = [];
    const begin = (st.flags & ATSTART) !== 0;
    const prevWord = (st.flags & PREVWORD) !== 0;
    let next: DState;
    if (this.closure(st, begin, false, prevWord !== word, runePcs)) next = this.matched;
    else {
      const { test, out } = this.prog;
      const targets: number[] = [];
      const g = ++this.gen;
      for (const pc of runePcs) {
        const to = out[pc];
        if (this.mark2[to] !== g && (test[pc] as (x: number) => boolean)(r)) {
          this.mark2[to] = g;
          targets.push(to);
        }
      }
      next = this.intern(targets, word ? PREVWORD : 0);
    }
    if (r < 128) st.ascii[r] = next;
    else (st.other ??= new Map()).set(r, next);
    return next;
  }

  private acceptsAtEnd(st: DState): boolean {
    if (st.endAccept < 0) {
      const prevWord = (st.flags & PREVWORD) !== 0;
      st.endAccept = this.closure(st, (st.flags & ATSTART) !== 0, true, prevWord, []) ? 1 : 0;
    }
    return st.endAccept === 1;
  }

  /** Go's `(*Regexp).MatchString` on a byte string. */
  test(s: string): boolean {
    return this.testFrom(this.initial, s, 0);
  }

  /** The state before any input, for `advance`. */
  get start(): RegexpState {
    return this.initial;
  }

  /**
   * The state after reading s[from, to) from `st`, stopping early where `test` would stop (a dead
   * state, or a match). The context walk reads each directory's path once and then only each
   * child's name (`testFrom`), instead of every full path from the start.
   */
  advance(st: RegexpState, s: string, from: number, to: number): RegexpState {
    let cur = st;
    for (let i = from; i < to; ) {
      if (cur.isDead) return cur;
      let r = s.charCodeAt(i);
      if (r < 0x80) i++;
      else {
        r = decodeRune(s, i);
        i += decodedWidth;
      }
      goRegexpStats.steps++;
      const next = r < 128 ? cur.ascii[r] : cur.other?.get(r);
      cur = next ?? this.step(cur, r);
      if (cur.isMatch) return cur;
    }
    return cur;
  }

  /** `test` on s[from, ...) from a state `advance` returned for s[0, from). */
  testFrom(st: RegexpState, s: string, from: number): boolean {
    // advance stopped at a match: test() had already returned true there.
    if (from > 0 && st.isMatch) return true;
    if (from >= s.length) return this.acceptsAtEnd(st);
    const end = this.advance(st, s, from, s.length);
    // A match after a step ends the search; a dead state (no thread left) never accepts.
    if (end.isMatch) return true;
    return !end.isDead && this.acceptsAtEnd(end);
  }
}

/**
 * The literal text every match of the expression ends with, when its source says so plainly: a top
 * level run of literal ASCII characters just before the final `$` (Docker's translation of the
 * pattern `*.log` is `^[^/]*\.log$`: ".log"). Anything this reader does not fully understand gives null (no
 * claim): a `|`, a `(?` flag group, `\Q`, an escape other than of punctuation (`\d` is a class),
 * a character outside ASCII. A quantifier takes back the atom it repeats, a group or class ends the
 * run. Go's `$` without the m flag is the end of the text, so a string that does not end with the
 * run cannot match: the walk tests that before reading the name through the DFA (issue 18).
 */
export function literalSuffix(runes: readonly number[]): string | null {
  let run = '';
  let depth = 0;
  let endsAtDollar = false;
  for (let i = 0; i < runes.length; i++) {
    const c = runes[i];
    endsAtDollar = false;
    if (c === 0x7c /* | */) return null;
    if (c === 0x28 /* ( */) {
      if (runes[i + 1] === 0x3f /* ? */) return null;
      depth++;
      run = '';
    } else if (c === 0x29 /* ) */) {
      depth--;
      run = '';
    } else if (c === 0x5b /* [ */) {
      // A class: skip to its closing bracket (a `]` right after `[` or `[^` is a member; so are escapes and [:name:]).
      let j = i + 1;
      if (runes[j] === 0x5e) j++;
      if (runes[j] === 0x5d) j++;
      for (; j < runes.length && runes[j] !== 0x5d; j++) {
        if (runes[j] === 0x5c) j++;
        else if (runes[j] === 0x5b && runes[j + 1] === 0x3a) {
          // As Go's parseNamedClass: `[:` opens a named class only where a `:]` follows it (at j+2 or
          // later); with none, the `[` is a member (`[[:]|a]` is the class of `[` and `:`, then `|`).
          let close = -1;
          for (let k = j + 2; k + 1 < runes.length; k++) {
            if (runes[k] === 0x3a && runes[k + 1] === 0x5d) {
              close = k + 1;
              break;
            }
          }
          if (close >= 0) j = close;
        }
      }
      if (j >= runes.length) return null;
      i = j;
      run = '';
    } else if (c === 0x5c /* \ */) {
      const n = runes[i + 1];
      if (n === undefined || !isAsciiPunctuation(n)) return null;
      if (depth === 0) run += String.fromCharCode(n);
      i++;
    } else if (c === 0x2a || c === 0x2b || c === 0x3f /* * + ? */) {
      run = '';
    } else if (c === 0x7b /* { */) {
      // A repeat {n}, {n,}, {n,m} takes back its atom; any other `{` is a literal in Go.
      let j = i + 1;
      while (j < runes.length && ((runes[j] >= 0x30 && runes[j] <= 0x39) || runes[j] === 0x2c)) j++;
      if (runes[j] === 0x7d && j > i + 1) {
        run = '';
        i = j;
      } else if (depth === 0) run += '{';
    } else if (c === 0x24 /* $ */) {
      endsAtDollar = depth === 0 && i === runes.length - 1;
      if (!endsAtDollar) run = '';
    } else if (c === 0x2e || c === 0x5e /* . ^ */ || c >= 0x80) {
      run = '';
    } else if (depth === 0) run += String.fromCharCode(c);
  }
  return endsAtDollar && run.length > 0 ? run : null;
}

function isAsciiPunctuation(c: number): boolean {
  return c < 0x80 && !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) && c > 0x20 && c !== 0x7f;
}

/** A position of the matcher's DFA (opaque outside this module). */
export type RegexpState = DState;

/** Go's `regexp.Compile` for an expression given as runes; throws GoRegexpSyntaxError. */
export function compileGoRegexp(runes: readonly number[]): GoRegexp {
  return new GoRegexp(runesToString(runes), runes);
}

/** Runes to a JS string (no spread: expressions can hold tens of thousands of runes). */
export function runesToString(runes: readonly number[]): string {
  let out = '';
  for (const r of runes) out += String.fromCodePoint(r);
  return out;
}
