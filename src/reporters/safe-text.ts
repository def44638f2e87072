// File names are untrusted: they may hold newlines, ANSI escapes, bidi overrides, invalid UTF-8 or
// CI workflow commands. These helpers turn a byte-string name into text that cannot steer a
// terminal, break a line or be read by a CI runner as a command.

/** Code points that must never reach a terminal raw: C0/C1 controls, DEL, bidi and line separators. */
function isUnsafeCodePoint(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

const C_ESCAPES: Record<number, string> = { 0x5c: '\\\\', 0x0a: '\\n', 0x09: '\\t', 0x0d: '\\r', 0x0b: '\\v', 0x0c: '\\f', 0x08: '\\b', 0x07: '\\a' };

function octal(byte: number): string {
  return '\\' + byte.toString(8).padStart(3, '0');
}

/**
 * GNU tar's "escape" quoting for a byte-string name: printable UTF-8 passes through, a backslash is
 * doubled, controls become C escapes or `\ooo`, and each byte of an invalid sequence becomes `\ooo`.
 */
export function escapeName(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      if (C_ESCAPES[b] !== undefined) out += C_ESCAPES[b];
      else if (b < 0x20 || b === 0x7f) out += octal(b);
      else out += s[i];
      i++;
      continue;
    }
    const [cp, len] = decodeUtf8At(s, i);
    if (cp < 0 || isUnsafeCodePoint(cp)) {
      for (let k = 0; k < (cp < 0 ? 1 : len); k++) out += octal(s.charCodeAt(i + k));
      i += cp < 0 ? 1 : len;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out.replace(LEGACY_COMMAND, '#\\043');
}

/**
 * A legacy workflow command: the GitHub Actions runner (and Azure Pipelines' agent, `##vso[`) act on
 * `##[name ...]` anywhere in a log line. The second `#` of the prefix becomes `\043` (its octal
 * escape, the same visible form escapeName gives a control byte; a literal backslash is always
 * doubled, so the escape cannot be mistaken for text).
 */
const LEGACY_COMMAND = /##(?=(?:vso)?\[)/gi;

/** `::` opening a line (after whitespace, which the runner trims): the current workflow-command syntax. */
const LINE_COMMAND = /^([\s\u0085]*)::/gm;

/**
 * Output meant for people and CI logs, made inert for a CI runner: no line starts with `::` (after
 * leading whitespace) and no `##[` / `##vso[` appears anywhere. The second `:` becomes `\072`, the
 * second `#` `\043`. Line ends are those of a runner reading the log: LF, CR, and U+2028/2029 too.
 * Every text reporter passes its whole output through this, so a command cannot be assembled from
 * two harmless pieces either. Not for NUL-separated output (`ls -0`), which is bytes for programs.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(LINE_COMMAND, '$1:\\072').replace(LEGACY_COMMAND, '#\\043');
}

/**
 * JSON text (reports, `why --format json`) printed to a CI log: `##[` inside a string value becomes
 * `#\u0023[`, which parses back to the same string. JSON.stringify never starts a line with a
 * string, so `::` cannot open a line. `#` occurs only inside strings in JSON, so this is exact.
 */
export function neutralizeJson(json: string): string {
  return json.replace(LEGACY_COMMAND, '#\\u0023');
}

/** Decodes one UTF-8 sequence from a byte string; returns [-1, 1] for an invalid byte. */
export function decodeUtf8At(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  let need: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
  else return [-1, 1];
  if (i + need >= s.length) return [-1, 1];
  for (let k = 1; k <= need; k++) {
    const b = s.charCodeAt(i + k);
    if (Number.isNaN(b) || (b & 0xc0) !== 0x80) return [-1, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [-1, 1];
  return [cp, need + 1];
}

/** Display text for a UTF-8 string that came from an untrusted name (already decoded). */
export function safeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x5c) out += '\\\\';
    else if (isUnsafeCodePoint(cp)) out += C_ESCAPES[cp] ?? (cp < 0x100 ? octal(cp) : `\\u{${cp.toString(16)}}`);
    else out += ch;
  }
  return out.replace(LEGACY_COMMAND, '#\\043');
}
