// Which CONTEXT values are not a directory audited in place: `-` (stdin), a git or http(s) URL, a
// path to an archive. Kept apart from context-input.ts, which holds the readers (tar, gzip, bzip2,
// xz, downloads and clones), so that a run on a directory loads none of them (start-up, issue 18).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isGitUrl, isHttpUrl } from './git-url.js';

/** Names ctx-audit looks inside for an archive when given as CONTEXT. */
export const ARCHIVE_NAME = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst)$/i;

/** Whether CONTEXT names an archive file ctx-audit reads (checked before the boundary test needs it). */
export function looksLikeArchivePath(context: string): boolean {
  return context !== '-' && ARCHIVE_NAME.test(context);
}

/** The kind of remote context docker would fetch for CONTEXT, or null for a local path. */
export function remoteContextKind(context: string): 'git' | 'url' | null {
  if (isGitUrl(context)) return 'git';
  if (isHttpUrl(context)) return 'url';
  return null;
}

/** Whether src/inputs/context-input.ts has to turn CONTEXT into a directory first (else it is audited in place). */
export function isContextInput(context: string, cwd: string): boolean {
  if (context === '-' || looksLikeArchivePath(context)) return true;
  // Like docker: a URL only when no local path of that name exists.
  return remoteContextKind(context) !== null && !fs.existsSync(path.resolve(cwd, context));
}
