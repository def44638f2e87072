// Named contexts (`--build-context name=dir`, Compose `additional_contexts`, Bake `contexts`): a
// local directory BuildKit transfers as its own source. dockerui's NamedContext reads that
// directory's own `.dockerignore` (never a Dockerfile-specific one) and sends the rest with
// fsutil's rules, so each is walked like the main context's BuildKit-eligible set (B3, B6).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { hideUrlCredentials } from '../context/url-credentials.js';
import { readDockerignore } from '../context/discover.js';
import { PatternError, PatternMatcher } from '../context/patterns.js';
import { walkContext, type WalkOptions, type WalkResult } from '../context/walk.js';
import type { ContextView } from '../dockerfile/sources.js';

/** How a named context's value is read: a local directory, or something not on disk (image, git, URL, another target). */
export function isLocalContextValue(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^(git@|github\.com\/|service:|target:)/.test(value);
}

export interface NamedContextReport {
  name: string;
  /** Absolute directory, or null when the value is not a local directory. */
  root: string | null;
  /** The value as given (`docker-image://alpine`, `../shared`). */
  value: string;
  ignoreFile: string | null;
  entries: number;
  files: number;
  bytes: number;
}

export interface NamedContext {
  report: NamedContextReport;
  view: ContextView | null;
}

export function analyzeNamedContext(name: string, value: string, cwd: string, walk: (o: WalkOptions) => WalkResult = walkContext): NamedContext {
  if (!isLocalContextValue(value)) return { report: { name, root: null, value: hideUrlCredentials(value), ignoreFile: null, entries: 0, files: 0, bytes: 0 }, view: null };
  const given = path.resolve(cwd, value);
  let root: string;
  try {
    root = fs.realpathSync(given);
    if (!fs.statSync(root).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new InputError(`named context "${name}": ${value} is not a directory`);
  }
  const ignore = readDockerignore(root);
  let matcher: PatternMatcher;
  let result: WalkResult;
  try {
    matcher = PatternMatcher.create(ignore.rules.map((r) => r.pattern));
    result = walk({ root, tarMatcher: matcher, validationMatcher: matcher, checkPermissions: false, permissionFailures: 'record', measureExcluded: true, exceptionDescent: 'fsutil' });
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`named context "${name}": ${path.join(root, '.dockerignore')}: ${e.message}`);
    throw e;
  }
  let files = 0;
  let bytes = 0;
  for (const e of result.entries) {
    if (e.kind === 'dir') continue;
    files++;
    bytes += e.contentBytes;
  }
  return {
    report: { name, root, value, ignoreFile: ignore.path ? '.dockerignore' : null, entries: result.entries.length, files, bytes },
    view: { entries: result.entries, excluded: result.excluded, matcher, rules: ignore.rules, ignoreFileName: '.dockerignore', root },
  };
}
