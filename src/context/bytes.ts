// Paths inside the engine are "byte strings": each UTF-16 code unit holds one byte (0-255) of the
// on-disk name, the way Node decodes with 'latin1'. Docker compares and sorts names as raw bytes
// (Go strings), and file names may be invalid UTF-8, so a lossless one-byte-per-char form lets us
// use plain string comparison (`<`) for Go's byte order and keeps every name reversible.
//
// A root (the context directory, a temporary directory) is text, as the user typed it or the OS
// gave it; a path below a root is a byte string. Code that joins the two for the disk turns the root
// into a byte string first (`toByteString(root)`), or a context under /home/josé is never found.

/** True when the byte string is pure ASCII, so it reads the same as UTF-8 text. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** UTF-8 text (a JS string as typed by a user) to a byte string. */
export function toByteString(text: string): string {
  return isAscii(text) ? text : Buffer.from(text, 'utf8').toString('latin1');
}

/** A byte string back to a Buffer of its bytes. */
export function byteStringToBuffer(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}

/**
 * A byte string decoded as UTF-8 for display or JSON. Invalid sequences become U+FFFD, so the
 * result is always well-formed text; use `isValidUtf8` to tell the reader that happened.
 */
export function byteStringToText(s: string): string {
  return isAscii(s) ? s : Buffer.from(s, 'latin1').toString('utf8');
}

/** True when the byte string is well-formed UTF-8. */
export function isValidUtf8(s: string): boolean {
  if (isAscii(s)) return true;
  return Buffer.from(byteStringToText(s), 'utf8').toString('latin1') === s;
}

/** A filesystem path argument for a byte string (Node re-encodes strings as UTF-8). */
export function fsPath(s: string): string | Buffer {
  return isAscii(s) ? s : Buffer.from(s, 'latin1');
}

/** Go's byte-wise string order, which is JS's code-unit order on byte strings. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
