// Reads `.dockerignore` the way moby/patternmatcher's ignorefile.ReadAll (v0.6.0) does, on the
// raw bytes: bufio.Scanner line splitting, BOM on line 1 only, `#` comments in column 0 only,
// Go's strings.TrimSpace, `!` handling, filepath.Clean, one leading `/` dropped (facts R8-R11).

/** One pattern from the file; `pattern` is a byte string and keeps its `!` prefix. */
export interface IgnoreRule {
  pattern: string;
  /** 1-based line number in the file (comments and blank lines count). */
  line: number;
}

/** The line-too-long failure; the caller prefixes `error reading .dockerignore: `. */
export class IgnoreFileError extends Error {
  constructor(message = 'bufio.Scanner: token too long') {
    super(message);
    this.name = 'IgnoreFileError';
  }
}

/** bufio.MaxScanTokenSize: a line and its `\n` must fit in a 64 KiB buffer. */
const MAX_LINE_BYTES = 64 * 1024 - 1;

const isAsciiSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);

// unicode.IsSpace outside ASCII, as UTF-8 byte sequences: U+0085, U+00A0, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000. JS trim() differs (it strips U+FEFF, keeps U+0085).
const MULTIBYTE_SPACES: readonly string[] = [
  '\xc2\x85',
  '\xc2\xa0',
  '\xe1\x9a\x80',
  ...Array.from({ length: 11 }, (_, k) => '\xe2\x80' + String.fromCharCode(0x80 + k)),
  '\xe2\x80\xa8',
  '\xe2\x80\xa9',
  '\xe2\x80\xaf',
  '\xe2\x81\x9f',
  '\xe3\x80\x80',
];

/**
 * Go's strings.TrimSpace on a byte string. Matching whole UTF-8 sequences at either end is exact:
 * Go decodes the first/last rune there, and a valid space sequence always decodes as itself.
 */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  outer: while (start < end) {
    const b = s.charCodeAt(start);
    if (isAsciiSpace(b)) {
      start++;
      continue;
    }
    if (b < 0x80) break;
    for (const sp of MULTIBYTE_SPACES) {
      if (end - start >= sp.length && s.startsWith(sp, start)) {
        start += sp.length;
        continue outer;
      }
    }
    break;
  }
  outer2: while (end > start) {
    const b = s.charCodeAt(end - 1);
    if (isAsciiSpace(b)) {
      end--;
      continue;
    }
    if (b < 0x80) break;
    for (const sp of MULTIBYTE_SPACES) {
      if (end - start >= sp.length && s.endsWith(sp, end)) {
        end -= sp.length;
        continue outer2;
      }
    }
    break;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Go's path/filepath.Clean with Unix semantics (works on byte strings). */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.charCodeAt(0) === 0x2f;
  const n = path.length;
  const out: string[] = [];
  let r = 0;
  let dotdot = 0; // out.length below which `..` cannot backtrack
  if (rooted) {
    out.push('/');
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    const c = path[r];
    if (c === '/') r++;
    else if (c === '.' && (r + 1 === n || path[r + 1] === '/')) r++;
    else if (c === '.' && path[r + 1] === '.' && (r + 2 === n || path[r + 2] === '/')) {
      r += 2;
      if (out.length > dotdot) {
        out.pop();
        while (out.length > dotdot && out[out.length - 1] !== '/') out.pop();
        // The loop above stops on the separator before the removed element; drop it too,
        // except the root `/` itself (Go's lazybuf rewinds `w` to that index).
        if (out.length > dotdot && out[out.length - 1] === '/') out.pop();
      } else if (!rooted) {
        if (out.length > 0) out.push('/');
        out.push('.', '.');
        dotdot = out.length;
      }
    } else {
      if ((rooted && out.length !== 1) || (!rooted && out.length !== 0)) out.push('/');
      const st = r;
      while (r < n && path[r] !== '/') r++;
      out.push(path.slice(st, r));
    }
  }
  if (out.length === 0) return '.';
  return out.join('');
}

/**
 * Parses `.dockerignore` content into patterns (R8-R11). Throws IgnoreFileError when a line is
 * longer than bufio.Scanner allows; like Docker, nothing is returned in that case.
 */
export function readIgnoreRules(content: Buffer): IgnoreRule[] {
  const text = content.toString('latin1');
  const rules: IgnoreRule[] = [];
  let pos = 0;
  let line = 0;
  // bufio.ScanLines: split on \n, a final unterminated line still counts, an empty tail does not.
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    const hasNewline = nl >= 0;
    if (!hasNewline) nl = text.length;
    if (nl - pos > MAX_LINE_BYTES) throw new IgnoreFileError();
    let raw = text.slice(pos, nl);
    pos = hasNewline ? nl + 1 : nl;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1); // dropCR: one trailing \r only
    if (line === 0 && raw.startsWith('\xef\xbb\xbf')) raw = raw.slice(3);
    line++;
    if (raw.startsWith('#')) continue; // column 0 only, before trimming
    let pattern = goTrimSpace(raw);
    if (pattern === '') continue;
    const invert = pattern[0] === '!';
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    if (invert) pattern = '!' + pattern;
    rules.push({ pattern, line });
  }
  return rules;
}
