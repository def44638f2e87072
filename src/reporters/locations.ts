// Where a finding points, for reports read from the repository (annotations, SARIF, Markdown): the
// engine's paths are relative to the context; CI resolves them against the working directory, so a
// context in a subdirectory would put every annotation on the wrong file. JSON and `ls` keep
// context-relative paths (JSON carries the context's own path beside them).
import * as path from 'node:path';
import { relativeToBase } from '../multi/summary.js';

export interface LocationOptions {
  /** The working directory: file locations are made relative to it (CI resolves them there). */
  base?: string;
}

/**
 * `rel` (relative to the context `root`) relative to `base`; absolute when outside it. Without a
 * base, `rel` as it is. A trailing slash (a directory finding) is kept.
 */
export function locate(base: string | undefined, root: string, rel: string): string {
  if (base === undefined) return rel;
  const loc = relativeToBase(base, path.resolve(root, rel));
  return rel.endsWith('/') && !loc.endsWith('/') ? loc + '/' : loc;
}
