// A port of moby/patternmatcher v0.6.0 (`New`, `Pattern.compile/match`, `MatchesOrParentMatches`,
// `MatchesUsingParentResults`, deprecated `Matches`) on byte strings. Facts R12-R17.
import { cleanPath, goTrimSpace } from './ignore-file.js';
import { compileGoRegexp, decodeRune, GoRegexp, GoRegexpSyntaxError, lastDecodedWidth, literalSuffix, type RegexpState } from './go-regexp.js';

/** Docker's pattern errors, with Docker's exact messages. */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

const BAD_PATTERN = 'syntax error in pattern'; // filepath.ErrBadPattern

export interface CompiledPattern {
  /** The cleaned pattern without its `!` (patternmatcher's cleanedPattern). */
  text: string;
  exclusion: boolean;
  /** Index into the array given to `PatternMatcher.create`. */
  sourceIndex: number;
}

/** One flag per compiled pattern, as patternmatcher's MatchInfo.parentMatched. */
export type ParentInfo = readonly boolean[];

const enum MatchType {
  Unknown,
  Exact,
  Prefix,
  Suffix,
  Regexp,
}

// ---------------------------------------------------------------------------------------------
// filepath.Match syntax check (Go >= 1.16 validates the whole pattern whatever the name).

/** filepath.scanChunk: an optional run of stars, then up to the next unbracketed `*`. */
function scanChunk(p: string, from: number): { star: boolean; chunkEnd: number; chunkStart: number } {
  let i = from;
  let star = false;
  while (i < p.length && p[i] === '*') {
    i++;
    star = true;
  }
  const chunkStart = i;
  let inrange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 < p.length) i++;
    } else if (c === '[') inrange = true;
    else if (c === ']') inrange = false;
    else if (c === '*' && !inrange) break;
  }
  return { star, chunkStart, chunkEnd: i };
}

/** filepath.getEsc: returns the index after the class character, or -1 for ErrBadPattern. */
function getEsc(p: string, i: number, end: number): number {
  if (i >= end || p[i] === '-' || p[i] === ']') return -1;
  if (p[i] === '\\') {
    i++;
    if (i >= end) return -1;
  }
  const r = decodeRune(p, i);
  const w = lastDecodedWidth();
  if (r === 0xfffd && w === 1) return -1; // invalid UTF-8 in a class
  i += w;
  if (i >= end) return -1;
  return i;
}

/** Decodes one rune of a byte string as Go's utf8.DecodeRuneInString: [rune, width]. */
function runeAt(p: string, i: number): [number, number] {
  const r = decodeRune(p, i);
  return [r, lastDecodedWidth()];
}

const CHUNK_BAD = -2;

/**
 * filepath.matchChunk(chunk, s): the index in `s` after the chunk matched, -1 when it did not
 * match, CHUNK_BAD for ErrBadPattern. After a mismatch the chunk is still scanned for errors (Go's
 * `failed` flag), so a malformed class in the chunk being matched is always reported.
 */
function matchChunk(p: string, i: number, end: number, s: string): number {
  let failed = false;
  let si = 0;
  while (i < end) {
    if (!failed && si >= s.length) failed = true;
    const c = p[i];
    if (c === '[') {
      let r = 0;
      if (!failed) {
        const [rr, w] = runeAt(s, si);
        r = rr;
        si += w;
      }
      i++;
      let negated = false;
      if (i < end && p[i] === '^') {
        negated = true;
        i++;
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (i < end && p[i] === ']' && nrange > 0) {
          i++;
          break;
        }
        const loAt = p[i] === '\\' ? i + 1 : i;
        const ni = getEsc(p, i, end);
        if (ni < 0) return CHUNK_BAD;
        const lo = runeAt(p, loAt)[0];
        let hi = lo;
        i = ni;
        if (p[i] === '-') {
          const hiAt = p[i + 1] === '\\' ? i + 2 : i + 1;
          const nj = getEsc(p, i + 1, end);
          if (nj < 0) return CHUNK_BAD;
          hi = runeAt(p, hiAt)[0];
          i = nj;
        }
        if (lo <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (c === '?') {
      if (!failed) {
        if (s[si] === '/') failed = true;
        si += runeAt(s, si)[1];
      }
      i++;
    } else if (c === '\\') {
      i++;
      if (i >= end) return CHUNK_BAD;
      if (!failed) {
        if (p[i] !== s[si]) failed = true;
        si++;
      }
      i++;
    } else {
      if (!failed) {
        if (c !== s[si]) failed = true;
        si++;
      }
      i++;
    }
  }
  return failed ? -1 : si;
}

// `filepath.Match(p, ".")` reduced to its error result, as Docker 28.2.2 (Go 1.24) behaves: chunks
// are matched against "." left to right and the first chunk that fails to match is scanned to its
// end, but the chunks after it are never looked at. So `a/[\xfe]` is rejected while `a*` + `/[\xfe]`,
// `x*[]a]` and `x*\` pass (each checked against the docker CLI oracle); later chunks can still
// fail as RE2 compile errors when the pattern is first evaluated.
export function isValidGlob(p: string): boolean {
  let name = '.';
  let pos = 0;
  outer: while (pos < p.length) {
    const { star, chunkStart, chunkEnd } = scanChunk(p, pos);
    pos = chunkEnd;
    if (star && chunkStart === chunkEnd) return true; // trailing star: no error possible
    const t = matchChunk(p, chunkStart, chunkEnd, name);
    if (t === CHUNK_BAD) return false;
    if (t >= 0 && (t === name.length || pos < p.length)) {
      name = name.slice(t);
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const rest = name.slice(i + 1);
        const u = matchChunk(p, chunkStart, chunkEnd, rest);
        if (u === CHUNK_BAD) return false;
        if (u >= 0) {
          if (pos >= p.length && u < rest.length) continue;
          name = rest.slice(u);
          continue outer;
        }
      }
    }
    return true;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Pattern

// patternmatcher's shouldEscape lists `.+()|{}$` in an [8]byte bitmap indexed `b%8`, bit `b/8`:
// for b >= 64 the bit is shifted out of the byte, so `|`, `{` and `}` are never escaped and reach RE2
// as alternation and counted repetition (oracle: `[b]|a` excludes `a` and `b`, `x{2}*` excludes `xx`).
const ESCAPED = new Set([0x2e, 0x2b, 0x28, 0x29, 0x24]); // . + ( ) $

/** Go's text/scanner over a byte string: runes, U+FFFD for bad bytes, a leading BOM skipped. */
function scanRunes(p: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.length; ) {
    const r = decodeRune(p, i);
    i += lastDecodedWidth();
    if (r === 0xfeff && out.length === 0 && i === 3) continue; // Scanner.Peek ignores a first BOM
    out.push(r);
  }
  return out;
}

/** patternmatcher.(*Pattern).compile with sl = "/": the match type and, for regexps, RE2 source. */
export function translatePattern(cleaned: string): { type: 'exact' | 'prefix' | 'suffix' | 'regexp'; regexp: number[] | null } {
  const runes = scanRunes(cleaned);
  const re: number[] = [0x5e]; // ^
  const push = (s: string): void => {
    for (let k = 0; k < s.length; k++) re.push(s.charCodeAt(k));
  };
  let type: MatchType = MatchType.Exact;
  let j = 0;
  const peek = (): number => (j < runes.length ? runes[j] : -1);
  for (let i = 0; j < runes.length; i++) {
    const ch = runes[j++];
    if (ch === 0x2a /* * */) {
      if (peek() === 0x2a) {
        j++;
        if (peek() === 0x2f) j++; // treat **/ as **
        if (peek() === -1) {
          if (type === MatchType.Exact) type = MatchType.Prefix;
          else {
            push('.*');
            type = MatchType.Regexp;
          }
        } else {
          push('(.*/)?');
          type = MatchType.Regexp;
        }
        if (i === 0) type = MatchType.Suffix;
      } else {
        push('[^/]*');
        type = MatchType.Regexp;
      }
    } else if (ch === 0x3f /* ? */) {
      push('[^/]');
      type = MatchType.Regexp;
    } else if (ESCAPED.has(ch)) {
      re.push(0x5c, ch);
    } else if (ch === 0x5c /* \ */) {
      if (peek() !== -1) {
        re.push(0x5c, runes[j++]);
        type = MatchType.Regexp;
      } else re.push(0x5c);
    } else if (ch === 0x5b || ch === 0x5d) {
      re.push(ch);
      type = MatchType.Regexp;
    } else re.push(ch);
  }
  if (type !== MatchType.Regexp) {
    return { type: type === MatchType.Exact ? 'exact' : type === MatchType.Prefix ? 'prefix' : 'suffix', regexp: null };
  }
  re.push(0x24); // $
  return { type: 'regexp', regexp: re };
}

class Pattern implements CompiledPattern {
  matchType: MatchType = MatchType.Unknown;
  regexp: GoRegexp | null = null;
  /** Set when RE2 rejected the translation: every evaluation fails (v0.6.1 behaviour; in the
   *  CLI the first failure aborts, so v0.6.0's panic on a second call is never observable). */
  broken = false;
  affix = '';
  /** A regexp's literalSuffix: a path that does not end with it cannot match (tested before the DFA). */
  suffix: string | null = null;
  readonly dirCount: number;

  constructor(
    readonly text: string,
    readonly exclusion: boolean,
    readonly sourceIndex: number,
  ) {
    this.dirCount = text.split('/').length;
  }

  private compile(): void {
    const t = translatePattern(this.text);
    if (t.type === 'regexp') {
      try {
        this.regexp = compileGoRegexp(t.regexp as number[]);
        this.suffix = literalSuffix(t.regexp as number[]);
      } catch (e) {
        if (!(e instanceof GoRegexpSyntaxError)) throw e;
        this.broken = true;
        return;
      }
      this.matchType = MatchType.Regexp;
    } else if (t.type === 'prefix') {
      this.matchType = MatchType.Prefix;
      this.affix = this.text.slice(0, -2); // strip trailing **
    } else if (t.type === 'suffix') {
      this.matchType = MatchType.Suffix;
      this.affix = this.text.slice(2); // strip leading **
    } else this.matchType = MatchType.Exact;
  }

  /** Compiles now (as the first evaluation would); false when RE2 rejected the translation. */
  compiles(): boolean {
    if (this.matchType === MatchType.Unknown && !this.broken) this.compile();
    return !this.broken;
  }

  mayMatchUnder(dir: string): boolean {
    if (this.matchType === MatchType.Unknown) {
      if (this.broken) return true;
      this.compile();
      if (this.broken) return true;
    }
    const p = dir + '/';
    switch (this.matchType) {
      case MatchType.Exact:
        return this.text.startsWith(p);
      case MatchType.Prefix:
        return this.affix.startsWith(p) || p.startsWith(this.affix);
      case MatchType.Suffix:
        return true;
      default: {
        const re = this.regexp as GoRegexp;
        return !re.advance(re.start, p, 0, p.length).isDead;
      }
    }
  }

  /** Pattern.match: compiles lazily, so a bad regexp only fails when first evaluated (R16). */
  match(path: string, prefix: DirPrefix | null = null, slot = 0): boolean {
    if (this.matchType === MatchType.Unknown) {
      if (this.broken) throw new PatternError(BAD_PATTERN);
      this.compile();
      if (this.broken) throw new PatternError(BAD_PATTERN);
    }
    switch (this.matchType) {
      case MatchType.Exact:
        return path === this.text;
      case MatchType.Prefix:
        return path.startsWith(this.affix);
      case MatchType.Suffix:
        // **/foo also matches "foo" itself
        return path.endsWith(this.affix) || (this.affix[0] === '/' && path === this.affix.slice(1));
      default: {
        if (this.suffix !== null && !path.endsWith(this.suffix)) return false;
        const re = this.regexp as GoRegexp;
        if (prefix === null) return re.test(path);
        let st = prefix.states[slot];
        if (st === undefined) st = prefix.states[slot] = re.advance(re.start, path, 0, prefix.len);
        return re.testFrom(st, path, prefix.len);
      }
    }
  }
}

/**
 * What the patterns' regexps made of one directory's path (`dir/`), shared by its children: each
 * child's match then reads only its own name. `len` is the length of `dir/`; `states[i]` is filled
 * on first use by pattern i.
 */
export interface DirPrefix {
  len: number;
  states: (RegexpState | undefined)[];
}

export function dirPrefix(dir: string, patterns: number): DirPrefix {
  return { len: dir.length + 1, states: new Array<RegexpState | undefined>(patterns) };
}

/** Directories whose ancestor results `orParentMatcher` keeps (a few hundred kB at most). */
const ORPARENT_CACHE = 4096;

/** filepath.Dir for slash paths. */
function goDir(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(path.slice(0, i + 1));
}

/** Ends (exclusive) of each ancestor prefix p1, p1/p2, ... of `parent` (strings.Split + Join). */
function ancestorEnds(parent: string): number[] {
  const ends: number[] = [];
  for (let i = parent.indexOf('/'); i >= 0; i = parent.indexOf('/', i + 1)) ends.push(i);
  ends.push(parent.length);
  return ends;
}

export class PatternMatcher {
  readonly patterns: readonly CompiledPattern[];
  readonly hasExclusions: boolean;
  private readonly list: Pattern[];

  private constructor(list: Pattern[], hasExclusions: boolean) {
    this.list = list;
    this.patterns = list;
    this.hasExclusions = hasExclusions;
  }

  /** patternmatcher.New: trim, drop empties, Clean, `!`, filepath.Match syntax check (R12, R13). */
  static create(patterns: readonly string[]): PatternMatcher {
    const list: Pattern[] = [];
    let exclusions = false;
    patterns.forEach((raw, index) => {
      let p = goTrimSpace(raw);
      if (p === '') return;
      p = cleanPath(p);
      let exclusion = false;
      if (p[0] === '!') {
        if (p.length === 1) throw new PatternError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
        exclusions = true;
      }
      if (!isValidGlob(p)) throw new PatternError(BAD_PATTERN);
      list.push(new Pattern(p, exclusion, index));
    });
    return new PatternMatcher(list, exclusions);
  }

  /**
   * Pattern.match for one compiled pattern on one path (no skip rule, no ancestors). Compiles
   * lazily; throws PatternError('syntax error in pattern') for a regexp RE2 rejects, every time.
   */
  testPattern(index: number, path: string, prefix: DirPrefix | null = null): boolean {
    return this.list[index].match(path, prefix, index);
  }

  /**
   * False when pattern `index` cannot match any path under `dir/` (so a directory need not be
   * listed to find out). Conservative: true when unsure, and for a pattern that fails to compile.
   */
  mayMatchUnder(index: number, dir: string): boolean {
    return this.list[index].mayMatchUnder(dir);
  }

  /** MatchesOrParentMatches (R17.1). */
  matchesOrParentMatches(path: string): boolean {
    const i = this.decideOrParent(path);
    return i >= 0 && !this.list[i].exclusion;
  }

  /**
   * MatchesOrParentMatches, returning the index of the pattern that decided the result (the last
   * one that matched and set it), or -1 when none matched.
   */
  decideOrParent(path: string): number {
    let matched = false;
    let decided = -1;
    let parent: string | null = null;
    let ends: number[] | null = null;
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      // Skip an include once matched, and an exception while not matched.
      if (p.exclusion !== matched) continue;
      let m = p.match(path);
      if (!m) {
        parent ??= goDir(path);
        if (parent !== '.') {
          ends ??= ancestorEnds(parent);
          for (const e of ends) if ((m = p.match(parent.slice(0, e)))) break;
        }
      }
      if (m) {
        matched = !p.exclusion;
        decided = i;
      }
    }
    return decided;
  }

  /**
   * MatchesOrParentMatches for many paths (the BuildKit client's open check on every requested
   * file): the same answers as `matchesOrParentMatches`, path by path, but whether pattern i matches
   * a directory or one of its parents is found once per directory and shared by its children, and a
   * child's own match reads only its name (DirPrefix). Uncached, each path re-reads every ancestor
   * from its first byte, per pattern: quadratic in the depth. The cache holds at most
   * ORPARENT_CACHE directories (dropped whole when full; a dropped directory is recomputed).
   */
  orParentMatcher(): (path: string) => boolean {
    const list = this.list;
    const n = list.length;
    /** anc[i]: 0 unknown, 1 no, 2 yes (pattern i matches the directory or a parent); clean: Go's filepath.Dir of a child gives this text back. */
    type Dir = { anc: Uint8Array; prefix: DirPrefix; clean: boolean };
    let dirs = new Map<string, Dir>();
    const dirOf = (dir: string): Dir => {
      let d = dirs.get(dir);
      if (d === undefined) {
        if (dirs.size >= ORPARENT_CACHE) dirs = new Map();
        d = { anc: new Uint8Array(n), prefix: dirPrefix(dir, n), clean: dir !== '' && dir !== '.' && cleanPath(dir) === dir };
        dirs.set(dir, d);
      }
      return d;
    };
    // The parents are strings.Split of the directory joined back, "" first for a leading "/". Go
    // ignores a parent's match error; a pattern that fails to compile has already thrown on the path
    // itself, which is matched first.
    const underOrAt = (dir: string, d: Dir, i: number): boolean => {
      if (d.anc[i] === 0) {
        const slash = dir.lastIndexOf('/');
        const up = slash < 0 ? null : dir.slice(0, slash);
        const upDir = up === null ? null : dirOf(up);
        const m = (upDir !== null && underOrAt(up as string, upDir, i)) || list[i].match(dir, upDir === null ? null : upDir.prefix, i);
        d.anc[i] = m ? 2 : 1;
      }
      return d.anc[i] === 2;
    };
    // A walk's list comes a directory at a time: the last one is looked up once.
    let lastPath: string | null = null;
    let last: Dir | null = null;
    return (path) => {
      const slash = path.lastIndexOf('/');
      let dirPath: string | null = null;
      let dir: Dir | null = null;
      if (slash >= 0) {
        dirPath = path.slice(0, slash);
        if (dirPath !== lastPath) {
          lastPath = dirPath;
          last = dirOf(dirPath);
        }
        dir = last as Dir;
        if (!dir.clean) return this.matchesOrParentMatches(path);
      }
      let matched = false;
      for (let i = 0; i < n; i++) {
        const p = list[i];
        if (p.exclusion !== matched) continue;
        let m = p.match(path, dir === null ? null : dir.prefix, i);
        if (!m && dir !== null) m = underOrAt(dirPath as string, dir, i);
        if (m) matched = !p.exclusion;
      }
      return matched;
    };
  }

  /**
   * MatchesOrParentMatches for the files a walk with these same patterns let through (its
   * MatchesUsingParentResults said "not matched"): the BuildKit client's open check on every file
   * the daemon requests. For any other path the answer is not defined.
   *
   * Why it can skip most matching: in both functions a pattern that is skipped (an include once
   * matched, an exception while not) would only have set the value already held, so each ends on
   * the last pattern that matches. MatchesOrParentMatches counts a pattern matching the path or any
   * ancestor; the walk counts one matching the path or recorded as matching its parent, a subset of
   * the ancestors' matches. Let L be the last pattern matching the file's directory or an ancestor
   * (once per directory: the last of the parent's L and the directory's own last match). When there
   * is no L or L is an exception, a later pattern matching the file decides both functions alike,
   * and otherwise neither excludes it; the walk let the file through, so it is not excluded. Only a
   * file under a directory an exclusion pattern decides is matched, against the patterns after L.
   * Falls back to `orParentMatcher` when a pattern does not compile (errors must surface as Go's do).
   */
  walkedFileMatcher(): (path: string) => boolean {
    const list = this.list;
    const n = list.length;
    if (!list.every((p) => p.compiles())) return this.orParentMatcher();
    /** last: L for this directory (-1: none); clean: Go's filepath.Dir of a child gives this text back. */
    type Dir = { last: number; prefix: DirPrefix; clean: boolean };
    let dirs = new Map<string, Dir>();
    const dirOf = (dir: string): Dir => {
      let d = dirs.get(dir);
      if (d !== undefined) return d;
      const slash = dir.lastIndexOf('/');
      const up = slash < 0 ? null : dirOf(dir.slice(0, slash));
      let last = up === null ? -1 : up.last;
      for (let i = n - 1; i > last; i--) {
        if (list[i].match(dir, up === null ? null : up.prefix, i)) {
          last = i;
          break;
        }
      }
      if (dirs.size >= ORPARENT_CACHE) dirs = new Map();
      d = { last, prefix: dirPrefix(dir, n), clean: dir !== '' && dir !== '.' && cleanPath(dir) === dir };
      dirs.set(dir, d);
      return d;
    };
    // A walk's list comes a directory at a time: the last one is looked up once.
    let lastPath: string | null = null;
    let last: Dir | null = null;
    return (path) => {
      const slash = path.lastIndexOf('/');
      // At the top there are no ancestors: the file's own matches decide, as they did for the walk.
      if (slash < 0) return false;
      const dirPath = path.slice(0, slash);
      if (dirPath !== lastPath) {
        lastPath = dirPath;
        last = dirOf(dirPath);
      }
      const dir = last as Dir;
      if (!dir.clean) return this.matchesOrParentMatches(path);
      if (dir.last < 0 || list[dir.last].exclusion) return false;
      for (let i = n - 1; i > dir.last; i--) if (list[i].match(path, dir.prefix, i)) return !list[i].exclusion;
      return true;
    };
  }

  /**
   * MatchesUsingParentResults (R17.2). Returns the deciding pattern's index or -1; the path is
   * matched when `idx >= 0 && !patterns[idx].exclusion`. `out` receives this path's MatchInfo.
   */
  matchWithParents(path: string, parent: ParentInfo | null, out: boolean[] | null, prefix: DirPrefix | null = null): number {
    const list = this.list;
    const hasParent = parent !== null && parent.length !== 0;
    if (hasParent && (parent as ParentInfo).length !== list.length) throw new Error('wrong number of values in parentMatched');
    if (out) out.length = list.length;
    let matched = false;
    let decided = -1;
    let dir: string | null = null;
    let ends: number[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      // A pattern the parent matched counts as matched, unevaluated and without the skip check.
      let m = hasParent ? (parent as ParentInfo)[i] : false;
      if (!m) {
        if (p.exclusion !== matched) {
          if (out) out[i] = false;
          continue;
        }
        m = p.match(path, prefix, i);
        if (!m && !hasParent) {
          dir ??= goDir(path);
          if (dir !== '.') {
            ends ??= ancestorEnds(dir);
            for (const e of ends) if ((m = p.match(dir.slice(0, e)))) break;
          }
        }
      }
      if (out) out[i] = m;
      if (m) {
        matched = !p.exclusion;
        decided = i;
      }
    }
    return decided;
  }

  /**
   * The package-level deprecated patternmatcher.Matches used by TrimBuildFilesFromExcludes (R22,
   * R24): Clean the path, "." never matches, and on a miss test only the ancestor with as many
   * components as the pattern. Throws PatternError where Go returns an error (R22 ignores it).
   */
  matchesDeprecated(path: string): boolean {
    const file = cleanPath(path);
    if (file === '.') return false;
    const parentPath = goDir(file);
    const parentDirs = parentPath.split('/');
    let matched = false;
    for (const p of this.list) {
      if (p.exclusion !== matched) continue;
      let m = p.match(file);
      if (!m && parentPath !== '.' && p.dirCount <= parentDirs.length) {
        m = p.match(parentDirs.slice(0, p.dirCount).join('/'));
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }
}
