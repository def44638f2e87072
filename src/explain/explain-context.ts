// The engine side of `ctx-audit why`: resolve the context, run the audit's walks, build the BuildKit
// view and explain each path. One entry (explainContextPaths) returning data; the CLI renders it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAudit } from '../audit.js';
import type { Builder } from '../builder.js';
import { analyzeBuildkitEligible } from '../buildkit/eligible.js';
import { repoBoundary } from '../context/boundary.js';
import { fsPath, toByteString } from '../context/bytes.js';
import { cleanPath } from '../context/ignore-file.js';
import { listFiles } from '../context/list-files.js';
import { readRegularFile } from '../context/read-regular.js';
import { InputError } from '../errors.js';
import { explainPaths, type ExplainReader, type PathExplanation } from './explain.js';

export interface ExplainRequest {
  /** As given on the command line: relative to the context, or absolute inside it. */
  paths: string[];
  context: string;
  file?: string;
  builder: Builder;
  buildArgs: Record<string, string>;
  target?: string;
  /** Direct children listed for a directory. */
  top: number;
  /** --allow-outside-repo (src/context/boundary.ts). */
  allowOutsideRepo?: boolean;
}

/**
 * A PATH argument as a cleaned context-relative byte string (`.` for the context itself). Relative
 * paths are relative to the context; absolute ones must lie inside it (as given or symlink-resolved).
 */
function contextRelative(arg: string, root: string, givenRoot: string): string {
  let rel = arg;
  if (path.isAbsolute(arg)) {
    const inside = (base: string) => {
      const r = path.relative(base, path.resolve(arg));
      return r === '' ? '.' : r.startsWith('..') || path.isAbsolute(r) ? null : r;
    };
    const r = inside(root) ?? inside(givenRoot);
    if (r === null) throw new InputError(`${arg}: not inside the build context ${root}`);
    rel = r;
  }
  const c = cleanPath(toByteString(rel.split(path.sep).join('/')));
  if (c === '..' || c.startsWith('../') || c.startsWith('/')) throw new InputError(`${arg}: not inside the build context ${root}`);
  return c;
}

/** Reads what the explanation needs from disk under `root`. */
function fsExplainReader(rootText: string): ExplainReader {
  const root = toByteString(rootText);
  return {
    kind(p) {
      const st = fs.lstatSync(fsPath(root + '/' + p), { throwIfNoEntry: false });
      if (!st) return 'missing';
      if (st.isFile()) return 'file';
      if (st.isDirectory()) return 'dir';
      if (st.isSymbolicLink()) return 'symlink';
      if (st.isFIFO()) return 'fifo';
      if (st.isCharacterDevice()) return 'char';
      if (st.isBlockDevice()) return 'block';
      return 'socket';
    },
    listFiles: (dir) => listFiles(rootText, dir).filter((f) => f.kind === 'file'),
  };
}

function readLines(file: string | null): string[] | null {
  if (file === null) return null;
  try {
    return readRegularFile(fsPath(file)).toString('latin1').split('\n').map((l) => l.replace(/\r$/, ''));
  } catch {
    return null;
  }
}

/** Runs the engine inside the repository boundary of `cwd` and explains every path. */
export function explainContextPaths(req: ExplainRequest, cwd: string): PathExplanation[] {
  const repository = repoBoundary(cwd, req.allowOutsideRepo === true);
  const result = runAudit({ context: req.context, file: req.file, cwd, builder: req.builder, runRules: false, buildArgs: req.buildArgs, target: req.target, repository });
  const root = result.legacy.resolved.root;
  const paths = req.paths.map((p) => contextRelative(p, root, path.resolve(cwd, req.context)));
  const buildkit = result.buildkitEligible ?? analyzeBuildkitEligible(result.legacy.resolved, req.file, cwd);
  return explainPaths(
    { legacy: result.legacy, buildkit, crossCheck: result.crossCheck, dockerfileLines: readLines(result.legacy.resolved.dockerfileAbs), reader: fsExplainReader(root), top: req.top },
    paths,
  );
}
