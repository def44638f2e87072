// An ignore file as editable lines: edits address the user's original line numbers, so comments,
// order and line endings survive; new lines are appended under one comment header.
import { NotRegularFileError, readRegularFile } from '../context/read-regular.js';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';

export const APPEND_HEADER = '# added by ctx-audit suggest';

interface DocLine {
  /** Byte string without its line ending (a trailing `\r` of a CRLF file is kept in `cr`). */
  text: string;
  cr: boolean;
  /** 1-based line in the file as read, or null for a line we added. */
  orig: number | null;
}

export interface IgnoreDoc {
  lines: DocLine[];
  appended: string[];
  finalNewline: boolean;
  crlf: boolean;
  existed: boolean;
}

export type Edit =
  | { kind: 'replace'; line: number; text: string }
  | { kind: 'insert-after'; line: number; lines: string[] }
  | { kind: 'append'; lines: string[] }
  | { kind: 'prepend'; lines: string[] };

/** sha256 of the file's bytes, or `absent`. */
export function contentHash(content: Buffer | null): string {
  return content === null ? 'absent' : createHash('sha256').update(content).digest('hex');
}

export function parseDoc(content: Buffer | null): IgnoreDoc {
  if (content === null || content.length === 0) return { lines: [], appended: [], finalNewline: true, crlf: false, existed: content !== null };
  const raw = content.toString('latin1');
  const finalNewline = raw.endsWith('\n');
  const parts = (finalNewline ? raw.slice(0, -1) : raw).split('\n');
  const lines = parts.map((t, i) => ({ text: t.endsWith('\r') ? t.slice(0, -1) : t, cr: t.endsWith('\r'), orig: i + 1 }));
  return { lines, appended: [], finalNewline, crlf: lines.length > 0 && lines[0].cr, existed: true };
}

function clone(doc: IgnoreDoc): IgnoreDoc {
  return { ...doc, lines: doc.lines.map((l) => ({ ...l })), appended: [...doc.appended] };
}

/** Returns a new document with the edit applied (line numbers refer to the file as read). */
export function applyEdit(doc: IgnoreDoc, edit: Edit): IgnoreDoc {
  const out = clone(doc);
  const fresh = (text: string): DocLine => ({ text, cr: out.crlf, orig: null });
  const at = (line: number) => {
    const i = out.lines.findIndex((l) => l.orig === line);
    if (i < 0) throw new Error(`no line ${line} in the ignore file`);
    return i;
  };
  switch (edit.kind) {
    case 'replace':
      out.lines[at(edit.line)].text = edit.text;
      break;
    case 'insert-after': {
      let i = at(edit.line) + 1;
      while (i < out.lines.length && out.lines[i].orig === null) i++;
      out.lines.splice(i, 0, ...edit.lines.map(fresh));
      break;
    }
    case 'append':
      for (const l of edit.lines) if (!out.appended.includes(l)) out.appended.push(l);
      break;
    case 'prepend':
      out.lines.unshift(...edit.lines.map(fresh));
      break;
    default: {
      const never: never = edit;
      throw new Error(String(never));
    }
  }
  return out;
}

/** The pattern lines of a document as text lines (byte strings), appended block included. */
export function docLines(doc: IgnoreDoc): string[] {
  const lines = doc.lines.map((l) => l.text);
  if (doc.appended.length) {
    if (lines.length > 0 && lines[lines.length - 1].trim() !== '') lines.push('');
    lines.push(APPEND_HEADER, ...doc.appended);
  }
  return lines;
}

export function serializeDoc(doc: IgnoreDoc): Buffer {
  const cr = doc.crlf ? '\r' : '';
  const body = doc.lines.map((l) => l.text + (l.cr ? '\r' : ''));
  if (doc.appended.length) body.push(...docLines(doc).slice(doc.lines.length).map((l) => l + cr));
  if (body.length === 0) return Buffer.alloc(0);
  const finalNewline = doc.finalNewline || doc.appended.length > 0;
  return Buffer.from(body.join('\n') + (finalNewline ? '\n' : ''), 'latin1');
}

/** True when the document differs from what was read. */
export function isChanged(doc: IgnoreDoc, original: Buffer | null): boolean {
  const now = serializeDoc(doc);
  return original === null ? now.length > 0 : !now.equals(original);
}

/** Refuses to write the ignore file (exit 2, nothing changed). */
function refuse(message: string): never {
  throw new InputError(message);
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/**
 * Writes `content` to `file` only if the file still has `expectedHash` (contentHash of what was
 * read); otherwise refuses with an InputError (exit 2), leaving the file as it is.
 *
 * The context is a stranger's: the file is never written through a symbolic link (`.dockerignore ->
 * ../victimrc`) nor anywhere outside `root`, and never in place. The new bytes go to a temporary
 * file created in the same directory with O_EXCL|O_NOFOLLOW, which then replaces the file with
 * rename(2) (that replaces a directory entry, never follows one) or, when there was no file, takes
 * its name with link(2) (which fails if anything, a symlink included, appeared there meanwhile).
 */
export function writeIgnoreFile(file: string, expectedHash: string, content: Buffer, root?: string): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const shown = root !== undefined ? path.relative(root, file) || base : file;
  let realDir: string;
  try {
    realDir = fs.realpathSync(dir);
  } catch (e) {
    return refuse(`${shown}: cannot resolve its directory (${errnoCode(e) ?? 'error'}); not writing`);
  }
  if (root !== undefined) {
    const realRoot = fs.realpathSync(root);
    const rel = path.relative(realRoot, realDir);
    if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) refuse(`${shown} lies outside the build context; not writing it`);
  }
  const target = path.join(realDir, base);
  const before = fs.lstatSync(target, { throwIfNoEntry: false });
  if (before?.isSymbolicLink()) refuse(`${shown} is a symbolic link: refusing to write through it`);
  if (before && !before.isFile()) refuse(`${shown} is not a regular file: refusing to write it`);
  let current: Buffer | null = null;
  if (before) {
    try {
      current = readRegularFile(target, { noFollow: true });
    } catch (e) {
      if (e instanceof NotRegularFileError || errnoCode(e) === 'ELOOP') refuse(`${shown} is not a regular file: refusing to write it`);
      if (errnoCode(e) !== 'ENOENT') throw e;
    }
  }
  if (contentHash(current) !== expectedHash) refuse(`${shown} changed since it was read; not writing (run ctx-audit suggest again)`);

  const O = fs.constants;
  let tmp = '';
  let fd = -1;
  for (let attempt = 0; fd < 0; attempt++) {
    tmp = path.join(realDir, `.${base}.ctx-audit-${randomBytes(6).toString('hex')}.tmp`);
    try {
      fd = fs.openSync(tmp, O.O_WRONLY | O.O_CREAT | O.O_EXCL | O.O_NOFOLLOW, before ? before.mode & 0o777 : 0o644);
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST' || attempt >= 5) throw e;
    }
  }
  try {
    try {
      let n = 0;
      while (n < content.length) n += fs.writeSync(fd, content, n, content.length - n);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (before) {
      // Still the file we read (not swapped for a link or another file while we wrote)?
      const now = fs.lstatSync(target, { throwIfNoEntry: false });
      if (!now || !now.isFile() || now.ino !== before.ino || now.dev !== before.dev) refuse(`${shown} changed since it was read; not writing (run ctx-audit suggest again)`);
      fs.renameSync(tmp, target);
      tmp = '';
    } else {
      try {
        fs.linkSync(tmp, target);
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') refuse(`${shown} appeared since it was read; not writing (run ctx-audit suggest again)`);
        throw e;
      }
    }
  } finally {
    if (tmp !== '') fs.rmSync(tmp, { force: true });
  }
}
