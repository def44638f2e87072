// Discover: the context directory, the Dockerfile and the ignore file, resolved the way the docker
// CLI resolves them (facts R2-R7), with the CLI's own error wording.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { NotRegularFileError, readRegularFile } from './read-regular.js';
import { hideUrlCredentials } from './url-credentials.js';
import { byteStringToText, fsPath, isValidUtf8, toByteString } from './bytes.js';
import { readIgnoreRules, IgnoreFileError, type IgnoreRule } from './ignore-file.js';

export interface ResolvedContext {
  /** Absolute context directory, symlinks resolved (R2). */
  root: string;
  /** Dockerfile path relative to the context, slash-separated byte string (may start with `../`). */
  relDockerfile: string;
  /** Absolute path of the Dockerfile on disk (symlinks resolved) as a byte string (a link's target may not be UTF-8), or null for stdin. */
  dockerfileAbs: string | null;
  /** True when the Dockerfile lies outside the context, so the CLI injects it (R40). */
  dockerfileOutside: boolean;
  /** The Dockerfile's absolute path as given (`-f`, or the context's Dockerfile), links not resolved, as a byte string; absent for stdin. */
  dockerfileGiven?: string;
  /** `-f -`: the Dockerfile read from stdin (relDockerfile is then `-`; the CLI injects it as in R40). */
  dockerfileStdin?: Buffer;
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

function errCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'EIO';
}

/** Go's syscall.Errno text for a Node error code. */
export function errnoText(e: unknown): string {
  const c = errCode(e);
  return ERRNO_TEXT[c] ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Go's filepath.EvalSymlinks on Unix, including the path it names when it fails (`lstat <prefix>: …`),
 * which Docker puts in its "unable to evaluate symlinks" errors. Works on byte strings (the path in
 * and out, and the message's path): a link's target is bytes, and may not be UTF-8.
 */
export function evalSymlinks(p: string): string {
  let rest = p;
  let dest = '/';
  let links = 0;
  while (rest.length > 0) {
    const slash = rest.indexOf('/');
    const comp = slash < 0 ? rest : rest.slice(0, slash);
    rest = slash < 0 ? '' : rest.slice(slash + 1);
    if (comp === '' || comp === '.') continue;
    if (comp === '..') {
      dest = path.posix.dirname(dest);
      continue;
    }
    const next = dest === '/' ? '/' + comp : dest + '/' + comp;
    let st: fs.Stats;
    try {
      st = fs.lstatSync(fsPath(next));
    } catch (e) {
      throw new Error(`lstat ${next}: ${errnoText(e)}`);
    }
    if (!st.isSymbolicLink()) {
      if (!st.isDirectory() && rest.length > 0) throw new Error(`lstat ${next}/${rest.split('/')[0]}: not a directory`);
      dest = next;
      continue;
    }
    if (++links > 255) throw new Error('EvalSymlinks: too many links');
    const target = fs.readlinkSync(fsPath(next), { encoding: 'latin1' }) as string;
    if (target.startsWith('/')) dest = '/';
    rest = target + (rest ? '/' + rest : '');
  }
  return dest;
}

/**
 * Resolves the context argument and the Dockerfile like `docker build` (GetContextFromLocalDir,
 * getDockerfileRelPath). `file` is the -f value as given, relative to `cwd` (R4), not the context.
 */
export function resolveContext(contextArg: string, file: string | undefined, cwd: string, stdinDockerfile?: Buffer): ResolvedContext {
  if (contextArg === '-' && file === '-') throw new InputError("invalid argument: can't use stdin for both build context and dockerfile");
  if (contextArg === '-') throw new InputError('reading the build context from stdin is not supported');
  if (/^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(contextArg)) {
    throw new InputError(`a remote context (${hideUrlCredentials(contextArg)}) is audited by \`ctx-audit URL\`, ls and tar; here it needs a directory: clone it`);
  }
  const given = path.resolve(cwd, contextArg);
  try {
    fs.statSync(given);
  } catch {
    throw new InputError(`unable to prepare context: path "${contextArg}" not found`);
  }
  let rootBytes: string;
  try {
    rootBytes = evalSymlinks(toByteString(given));
  } catch (e) {
    throw new InputError(`unable to prepare context: unable to evaluate symlinks in context path: ${byteStringToText((e as Error).message)}`);
  }
  // The engine keeps a root as text (bytes.ts); one a link makes non-UTF-8 has no text form.
  if (!isValidUtf8(rootBytes)) throw new InputError(`unable to prepare context: the context directory's real path ${byteStringToText(rootBytes)} is not UTF-8, which ctx-audit cannot audit`);
  const root = byteStringToText(rootBytes);
  if (!fs.lstatSync(root).isDirectory()) {
    throw new InputError(`unable to prepare context: context must be a directory: ${root}`);
  }
  if (file === '-') {
    if (stdinDockerfile === undefined) throw new InputError('reading the Dockerfile from stdin (-f -) is not supported here');
    // getDockerfileRelPath returns "-" as is; the CLI then injects stdin's bytes like an outside Dockerfile (R40).
    return { root, relDockerfile: '-', dockerfileAbs: null, dockerfileOutside: true, dockerfileStdin: stdinDockerfile };
  }

  let absDockerfile: string;
  if (file === undefined || file === '') {
    absDockerfile = path.join(root, 'Dockerfile');
    // "Just to be nice" the CLI falls back to a lowercase `dockerfile` only when `Dockerfile` is absent (R3).
    if (!fs.lstatSync(absDockerfile, { throwIfNoEntry: false })) {
      const alt = path.join(root, 'dockerfile');
      if (fs.lstatSync(alt, { throwIfNoEntry: false })) absDockerfile = alt;
    }
  } else {
    absDockerfile = path.resolve(cwd, file);
  }
  let resolved: string;
  try {
    resolved = evalSymlinks(toByteString(absDockerfile));
  } catch (e) {
    // Docker's words, then what to do, on the same line: four sweeps' repositories keep their
    // Dockerfiles in subdirectories, and `ctx-audit suggest .` there said only "lstat .../Dockerfile".
    // (Only when nothing is there: a dangling link is a Dockerfile whose target is missing. `--all` is
    // the audit's, not suggest's, ls's or why's: the review of 4a0ee15b.)
    const absent = !fs.lstatSync(absDockerfile, { throwIfNoEntry: false });
    const hint = (file === undefined || file === '') && absent ? ' (no Dockerfile in the context directory: name one with -f PATH; `ctx-audit --all` audits every build here)' : '';
    throw new InputError(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: ${byteStringToText((e as Error).message)}${hint}`);
  }
  const relDockerfile = path.posix.relative(rootBytes, resolved) || '.';
  const outside = relDockerfile === '..' || relDockerfile.startsWith('../');
  if (outside) {
    // The CLI re-opens the -f value as given; without -f that is "", which fails (R5, a CLI bug).
    const reopen = file ?? '';
    try {
      fs.closeSync(fs.openSync(reopen === '' ? '\0' : path.resolve(cwd, reopen), 'r'));
    } catch (e) {
      throw new InputError(`unable to open Dockerfile: open ${reopen}: ${errnoText(reopen === '' ? { code: 'ENOENT' } : e)}`);
    }
  }
  return { root, relDockerfile, dockerfileAbs: resolved, dockerfileOutside: outside, dockerfileGiven: toByteString(absDockerfile) };
}

/**
 * BuildKit reads the Dockerfile from its directory as given (buildx's `dockerfile` local: that
 * directory, links in its path not resolved, with FollowPaths [its name]). fsutil follows a link
 * only to a target inside that directory (a relative target is joined to the link's own
 * directory, `..` that leaves it is never sent; an absolute one is read from that directory), so a
 * Dockerfile that is a link to a target not in it fails: "failed to read dockerfile: open Dockerfile:
 * no such file or directory", with or without -f, where the legacy CLI reads the target (oracle:
 * test/buildkit-oracle/dockerfile-head.test.ts). The link whose target is not found there (its target
 * as written), or null when the Dockerfile is no link or every link resolves inside.
 */
export function buildkitDockerfileLinkOut(givenAbs: string): string | null {
  const dir = path.posix.dirname(givenAbs);
  let p = path.posix.basename(givenAbs);
  for (let hops = 0; hops < 40; hops++) {
    const at = dir + '/' + p;
    const st = fs.lstatSync(fsPath(at), { throwIfNoEntry: false });
    if (!st) return null; // the chain's end is missing: the resolution before this one reported it
    if (!st.isSymbolicLink()) {
      // A directory on the way may itself be a link out (lnk/Dockerfile with lnk -> ../x).
      try {
        const real = fs.realpathSync(fsPath(at), { encoding: 'latin1' }) as string;
        const realDir = fs.realpathSync(fsPath(dir), { encoding: 'latin1' }) as string;
        return real.startsWith(realDir === '/' ? '/' : realDir + '/') ? null : p;
      } catch {
        return null;
      }
    }
    const link = fs.readlinkSync(fsPath(at), { encoding: 'latin1' }) as string;
    // Resolved inside the directory, `..` stopping at its top as fsutil and the frontend's read both
    // do (`../Dockerfile.real` beside a Dockerfile.real builds; `../docker/Dockerfile.app` looks for
    // docker/Dockerfile.app in the directory: checked against a real BuildKit, the review of 3391d1dc, RA-D1).
    const next = path.posix.join('/', link.startsWith('/') ? link : path.posix.join(path.posix.dirname(p), link)).replace(/^\/+/, '');
    if (next === '' || !fs.lstatSync(fsPath(dir + '/' + next), { throwIfNoEntry: false })) return link;
    p = next;
  }
  return null;
}

export interface IgnoreFile {
  /** Absolute path of the ignore file read, or null when there is none. */
  path: string | null;
  /** Context-relative name for messages (`.dockerignore`). */
  displayName: string;
  rules: IgnoreRule[];
  /** Raw bytes, for rules that quote lines. */
  content: Buffer | null;
}

/** Reads `<ctx>/.dockerignore` as ReadDockerignore does (R7): absent means no patterns. */
/**
 * buildx's handleLowercaseDockerfile (build/opt.go): a `-f` whose name is `Dockerfile`, in a directory
 * that holds no `Dockerfile` but a `dockerfile`, reads the lowercase one (checked against buildx 0.13:
 * `-f Dockerfile` and `-f sub/Dockerfile` build; the legacy CLI refuses both). The `-f` value to use,
 * with the legacy CLI's refusal, or null when it does not apply.
 */
export function buildxLowercaseDockerfile(cwd: string, file: string | undefined): { file: string; legacyRefusal: string } | null {
  if (file === undefined || file === '' || file === '-' || path.basename(file) !== 'Dockerfile') return null;
  const abs = path.resolve(cwd, file);
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(abs));
  } catch {
    return null;
  }
  if (names.includes('Dockerfile') || !names.includes('dockerfile')) return null;
  return { file: path.join(path.dirname(file), 'dockerfile'), legacyRefusal: `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${abs}: no such file or directory` };
}

export function readDockerignore(root: string): IgnoreFile {
  return readIgnoreFileAt(path.join(root, '.dockerignore'), '.dockerignore', 'error reading .dockerignore');
}

/**
 * Limits on an ignore file (issue 16 item 5). Docker has none, but a stranger's 40 MB ignore file
 * once took ctx-audit 81 s and 5 GB before V8 gave up: the rules compare every pattern with every
 * file. A real one is a few KiB; these are far above that and keep a run within seconds and a few
 * hundred MB (figures in the README's Safety section).
 */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
export const MAX_IGNORE_PATTERNS = 2_000;

/**
 * Reads an ignore file with ignorefile.ReadAll's rules. `errorPrefix` is how the builder words a
 * parse failure (`error reading .dockerignore` for the CLI, `failed parsing <name>` for BuildKit, B3).
 */
export function readIgnoreFileAt(file: string, displayName: string, errorPrefix: string): IgnoreFile {
  let st: fs.Stats;
  try {
    st = fs.statSync(file); // os.Open follows symlinks
  } catch (e) {
    const c = errCode(e);
    if (c === 'ENOENT' || c === 'ENOTDIR') return { path: null, displayName, rules: [], content: null };
    throw new InputError(`open ${file}: ${errnoText(e)}`);
  }
  if (st.isDirectory()) throw new InputError(`${errorPrefix}: read ${file}: is a directory`);
  if (!st.isFile()) {
    // Docker would block reading a FIFO (or read a device forever); we refuse instead of hanging.
    throw new InputError(`${file} is not a regular file: docker build would block reading it`);
  }
  if (st.size > MAX_IGNORE_FILE_BYTES) {
    throw new InputError(`${file}: ${st.size.toLocaleString('en-US')} bytes is more than ctx-audit reads in an ignore file (${MAX_IGNORE_FILE_BYTES.toLocaleString('en-US')}); not read`);
  }
  let content: Buffer;
  try {
    // Never more than the limit, whatever the file grew to since the stat.
    content = readRegularFile(file, { maxBytes: MAX_IGNORE_FILE_BYTES + 1 });
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new InputError(`${file} is not a regular file: docker build would block reading it`);
    throw new InputError(`open ${file}: ${errnoText(e)}`);
  }
  if (content.length > MAX_IGNORE_FILE_BYTES) throw new InputError(`${file}: more than ${MAX_IGNORE_FILE_BYTES.toLocaleString('en-US')} bytes, more than ctx-audit reads in an ignore file; not read`);
  let rules: IgnoreRule[];
  try {
    rules = readIgnoreRules(content);
  } catch (e) {
    if (e instanceof IgnoreFileError) throw new InputError(`${errorPrefix}: ${e.message}`);
    throw e;
  }
  if (rules.length > MAX_IGNORE_PATTERNS) {
    throw new InputError(`${file}: ${rules.length.toLocaleString('en-US')} patterns is more than ctx-audit checks in an ignore file (${MAX_IGNORE_PATTERNS.toLocaleString('en-US')}); not read`);
  }
  return { path: file, displayName, rules, content };
}
