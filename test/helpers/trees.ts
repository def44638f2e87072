// Builds build-context trees on disk from the vectors' shape. Names are handled as byte strings
// (one char per byte) so invalid-UTF-8 names survive: Node would re-encode a JS string path as
// UTF-8, so every fs call gets a Buffer made with 'latin1'.
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TreeShape {
  /** Files; each contains its own relative path followed by '\n' (unless `contents` says otherwise). Parent dirs are created. */
  files: string[];
  /** path -> content, for files whose content matters (a real Dockerfile). */
  fileContents?: Record<string, string>;
  /** Extra (empty) directories, with or without a trailing '/'. */
  dirs?: string[];
  /** link path -> raw target (written verbatim, never resolved). */
  symlinks?: Record<string, string>;
  /** new path -> existing file path. */
  hardlinks?: Record<string, string>;
  /** Content of `<ctx>/.dockerignore` (a string is written as UTF-8), or null/undefined for none. */
  dockerignore?: string | Buffer | null;
  /** path -> mode, applied last (so a 000 dir can still be filled first). */
  modes?: Record<string, number>;
  /** Files created next to the context (in its parent), path -> content. */
  outside?: Record<string, string>;
  /**
   * 'text' (default): names are ordinary JS strings, written as UTF-8 (the vectors' form).
   * 'bytes': names are byte strings (latin1), for invalid-UTF-8 names.
   */
  nameEncoding?: 'text' | 'bytes';
  /**
   * A directory (UTF-8 text) between the temp root and the context, `<tmp>/ctx-audit-tree-XXXX/<parent>/ctx`:
   * a context under `/home/josé` must be found like any other. `outside` files go beside the context in it.
   */
  parentDir?: string;
}

export interface BuiltTree {
  /** Temp root holding the context (and any `outside` files). */
  root: string;
  /** The context directory, realpath'd (docker reports EvalSymlinks'd paths). */
  ctx: string;
  cleanup(): void;
}

/** A name as typed (UTF-8 text) to its byte-string form. */
export function textToBytes(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** A byte string back to text for display (invalid UTF-8 shows as U+FFFD). */
export function bytesToText(s: string): string {
  return Buffer.from(s, 'latin1').toString('utf8');
}

/** A byte-string path under `base` as a Buffer path for fs calls. */
function fsPathOf(base: string, rel: string): Buffer {
  return Buffer.concat([Buffer.from(base + '/', 'utf8'), Buffer.from(rel, 'latin1')]);
}

function parentOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i <= 0 ? '' : rel.slice(0, i);
}

/**
 * Creates the tree under a fresh temp dir (`<tmp>/ctx-audit-tree-XXXX/ctx`, or `.../<parentDir>/ctx`). The temp root is made
 * world-traversable so docker run as uid 65534 can reach the context.
 */
export function buildTree(shape: TreeShape): BuiltTree {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'ctx-audit-tree-')));
  chmodSync(root, 0o755);
  const parent = shape.parentDir === undefined ? root : join(root, shape.parentDir);
  if (parent !== root) mkdirSync(parent, { recursive: true, mode: 0o755 });
  const ctx = join(parent, 'ctx');
  mkdirSync(ctx, { mode: 0o755 });
  const toBytes = shape.nameEncoding === 'bytes' ? (s: string) => s : textToBytes;
  const mkdirs = (rel: string): void => {
    if (rel !== '') mkdirSync(fsPathOf(ctx, rel), { recursive: true, mode: 0o755 });
  };
  try {
    for (const d of shape.dirs ?? []) mkdirs(toBytes(d).replace(/\/+$/, ''));
    for (const f of shape.files) {
      const rel = toBytes(f);
      mkdirs(parentOf(rel));
      const content = shape.fileContents?.[f];
      writeFileSync(fsPathOf(ctx, rel), content !== undefined ? Buffer.from(content) : Buffer.from(rel + '\n', 'latin1'), { mode: 0o644 });
    }
    for (const [link, target] of Object.entries(shape.symlinks ?? {})) {
      const rel = toBytes(link);
      mkdirs(parentOf(rel));
      symlinkSync(Buffer.from(toBytes(target), 'latin1'), fsPathOf(ctx, rel));
    }
    for (const [name, existing] of Object.entries(shape.hardlinks ?? {})) {
      const rel = toBytes(name);
      mkdirs(parentOf(rel));
      linkSync(fsPathOf(ctx, toBytes(existing)), fsPathOf(ctx, rel));
    }
    if (shape.dockerignore !== null && shape.dockerignore !== undefined) {
      writeFileSync(join(ctx, '.dockerignore'), shape.dockerignore, { mode: 0o644 });
    }
    for (const [name, content] of Object.entries(shape.outside ?? {})) {
      writeFileSync(join(parent, name), content, { mode: 0o644 });
    }
    for (const [name, mode] of Object.entries(shape.modes ?? {})) {
      chmodSync(fsPathOf(ctx, toBytes(name)), mode);
    }
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  return { root, ctx, cleanup: () => removeTree(root) };
}

/** rm -rf that also copes with 000 directories (we run as root, but be robust when we don't). */
function removeTree(root: string): void {
  try {
    rmSync(root, { recursive: true, force: true });
  } catch {
    chmodRecursive(root);
    rmSync(root, { recursive: true, force: true });
  }
}

function chmodRecursive(dir: Buffer | string): void {
  try {
    if (!lstatSync(dir).isDirectory()) return;
    chmodSync(dir, 0o755);
    for (const n of readdirSync(dir, { encoding: 'buffer' })) {
      chmodRecursive(Buffer.concat([Buffer.from(dir), Buffer.from('/'), n]));
    }
  } catch {
    // best effort: the rmSync retry surfaces anything left
  }
}

/** A temp dir for outputs (e.g. `ctx-audit tar -o`), writable by uid 65534 too. */
export function makeScratchDir(prefix = 'ctx-audit-out-'): { dir: string; cleanup(): void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  chmodSync(dir, 0o777);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---- The oracle-confirmed vectors (copies of /work/shared in test/fixtures, so tests never read
// outside the repo) and their tree shapes. Shared by the oracle sanity and differential tests.

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface DockerVector {
  name: string;
  dockerignore: string | null;
  files: string[];
  dirs?: string[];
  symlinks?: Record<string, string>;
  hardlinks?: Record<string, string>;
  /** Means `-f <ctx>/<dockerfile>`. */
  dockerfile?: string;
  sent: string[];
  tarBytes: number;
  entryTypes: string;
  paxEntries?: string[];
}

export interface DockerErrorVector {
  name: string;
  dockerignore: string | null;
  files: string[];
  dirs?: string[];
  symlinks?: Record<string, string>;
  exitCode: number;
  stderrLastLine?: string;
  sent?: string[];
  tarBytes?: number;
  endMarker?: boolean;
  runAs?: string;
  note?: string;
}

export function loadVectors(): DockerVector[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'docker-vectors.json'), 'utf8')) as DockerVector[];
}

export function loadErrorVectors(): DockerErrorVector[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'docker-error-vectors.json'), 'utf8')) as DockerErrorVector[];
}

/**
 * What the error vectors leave implicit: which entry is made unreadable (R19/R20 only bite for a
 * non-root user) and what sits outside the context. Reconstructed from the vector names and
 * notes in docker-context-facts.md; the oracle sanity test proves each reconstruction.
 */
const ERROR_VECTOR_SETUP: Record<string, Pick<TreeShape, 'modes' | 'outside'>> = {
  'unreadable-file': { modes: { secret: 0o000 } },
  'unreadable-file-excluded': { modes: { secret: 0o000 } },
  'unreadable-dir': { modes: { locked: 0o000 } },
  'unreadable-dir-excluded-still-fails': { modes: { locked: 0o000 } },
  'unreadable-dockerignore': { modes: { '.dockerignore': 0o000 } },
  'unreadable-reincluded-file-truncates-tar': { modes: { 'ex/keep': 0o000 } },
  // R5: the symlink target must exist (else EvalSymlinks fails earlier with another message).
  'dockerfile-symlink-outside-context-without-f': { outside: { 'ext.Dockerfile': 'FROM scratch\n' } },
};

export function vectorShape(v: DockerVector): TreeShape {
  return {
    files: v.files,
    dirs: v.dirs,
    symlinks: v.symlinks,
    hardlinks: v.hardlinks,
    dockerignore: v.dockerignore,
  };
}

export function errorVectorShape(v: DockerErrorVector): TreeShape {
  return {
    files: v.files,
    dirs: v.dirs,
    symlinks: v.symlinks,
    dockerignore: v.dockerignore,
    ...(ERROR_VECTOR_SETUP[v.name] ?? {}),
  };
}

export function runsAsNobody(v: DockerErrorVector): boolean {
  return v.runAs !== undefined;
}
