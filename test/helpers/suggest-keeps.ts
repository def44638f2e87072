// assertSuggestKeepsNamedFiles: runs `suggest --write` on a context and checks, under both builders,
// that every file a NAMED source of the target (COPY src, COPY a.txt, ADD conf/, RUN --mount=type=bind
// source=x) brings in before the change is still brought in after it.
// - legacy: the real docker CLI's upload (stub daemon), against the sources of every stage up to the
//   target (the legacy builder runs them all);
// - BuildKit: the request list (eligible set narrowed to the target's followPaths) of the engine's
//   BuildKit view, against the sources of the stages the target reaches.
// Which upload entries a source brings in is decided here, by a matcher written for the test
// (component-wise globs, a directory brings in everything below it), not by the engine's resolver.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAudit } from '../../src/audit.js';
import { parseDockerfile, type ParsedDockerfile } from '../../src/dockerfile/parse.js';
import { neededStages } from '../../src/dockerfile/sources.js';
import { runCli } from '../reporters/cli-io.js';
import { captureUpload } from './docker-oracle.js';
import { entryNames, listTarEntries } from './tar-entries.js';

export interface KeepsOptions {
  /** `-f` as given to both tools (relative to the context). */
  file?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  /** Skip the docker CLI and take the legacy upload from the engine (for large corpus runs). */
  legacyFromEngine?: boolean;
}

export interface KeepsReport {
  /** What a named source brings in, before the change. */
  legacyNeeded: string[];
  buildkitNeeded: string[];
  /** Upload / request list before and after (byte-string paths, no trailing slash). */
  legacyBefore: Set<string>;
  legacyAfter: Set<string>;
  requestedBefore: Set<string>;
  requestedAfter: Set<string>;
  /** The ignore file after `suggest --write` (null when none). */
  ignoreAfter: string | null;
  suggestStdout: string;
  suggestStderr: string;
}

/** One glob component (`*`, `?`, `[...]`, `\x`) as a regexp; `*` and `?` never cross `/`. */
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function componentRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) re += escapeRe(glob[++i]);
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end) + ']';
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp('^' + re + '$', 's');
}

/** Context-relative components of a source; null for the whole context or outside it. */
function sourceComponents(source: string): string[] | null {
  const parts: string[] = [];
  for (const c of source.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(c);
  }
  return parts.length === 0 ? null : parts;
}

/** Paths of `all` a source brings in: the matches and everything below them. */
function broughtIn(source: string, all: Iterable<string>): string[] {
  const comps = sourceComponents(source);
  if (comps === null) return [];
  const res = comps.map(componentRegex);
  const out: string[] = [];
  for (const p of all) {
    const pc = p.split('/');
    if (pc.length < res.length) continue;
    if (res.every((r, i) => r.test(pc[i]))) out.push(p);
  }
  return out;
}

function namedSources(parsed: ParsedDockerfile, stages: readonly number[]): string[] {
  const out: string[] = [];
  for (const si of stages) {
    for (const s of parsed.stages[si].sources) {
      if (!s.fromContext || (s.mountType !== null && s.mountType !== 'bind')) continue;
      if (sourceComponents(s.source === '' ? '.' : s.source) === null) continue; // whole context: proves nothing
      out.push(s.source);
    }
  }
  return out;
}

async function legacyUpload(ctx: string, opts: KeepsOptions): Promise<Set<string>> {
  if (opts.legacyFromEngine) {
    const r = runAudit({ context: ctx, cwd: ctx, file: opts.file, builder: 'legacy', crossCheck: false, runRules: false, parallel: 'never' });
    return new Set(r.legacy.walk.entries.map((e) => e.path));
  }
  const r = await captureUpload({ context: ctx, dockerfile: opts.file });
  assert.ok(r.tar, `docker posted no build: ${r.stderr}`);
  return new Set(entryNames(await listTarEntries(r.tar)).map((n) => Buffer.from(n, 'utf8').toString('latin1').replace(/\/$/, '')));
}

function requestList(ctx: string, opts: KeepsOptions): Set<string> {
  const r = runAudit({ context: ctx, cwd: ctx, file: opts.file, target: opts.target, buildArgs: opts.buildArgs, builder: 'buildkit', runRules: false, parallel: 'never' });
  const list = r.crossCheck?.buildkit?.requestedList;
  assert.ok(list, 'the BuildKit view has a request list');
  return new Set(list.map((p) => p.replace(/\/$/, '')));
}

/**
 * Runs `ctx-audit suggest --write` (in process) on `ctx` and asserts that nothing a named source
 * brought in before is missing afterwards, from the legacy upload or from BuildKit's request list.
 */
export async function assertSuggestKeepsNamedFiles(ctx: string, opts: KeepsOptions = {}): Promise<KeepsReport> {
  const dockerfile = path.join(ctx, opts.file ?? 'Dockerfile');
  const parsed = parseDockerfile(fs.readFileSync(dockerfile), { buildArgs: opts.buildArgs ?? {} });
  const needed = neededStages(parsed, opts.target);
  const legacyStages = Array.from({ length: needed.target + 1 }, (_, i) => i);
  const legacyBefore = await legacyUpload(ctx, opts);
  const requestedBefore = requestList(ctx, opts);
  const legacyNeeded = [...new Set(namedSources(parsed, legacyStages).flatMap((s) => broughtIn(s, legacyBefore)))].sort();
  const buildkitNeeded = [...new Set(namedSources(parsed, needed.stages).flatMap((s) => broughtIn(s, requestedBefore)))].sort();

  const args = ['suggest', '.', '--write'];
  if (opts.file) args.push('-f', opts.file);
  if (opts.target) args.push('--target', opts.target);
  for (const [k, v] of Object.entries(opts.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  const run = await runCli(args, ctx);
  assert.equal(run.code, 0, `suggest --write failed: ${run.stderr}`);

  const legacyAfter = await legacyUpload(ctx, opts);
  const requestedAfter = requestList(ctx, opts);
  const lostLegacy = legacyNeeded.filter((p) => !legacyAfter.has(p));
  const lostBuildkit = buildkitNeeded.filter((p) => !requestedAfter.has(p));
  const ignoreFile = path.join(ctx, '.dockerignore');
  const ignoreAfter = fs.existsSync(ignoreFile) ? fs.readFileSync(ignoreFile, 'latin1') : null;
  assert.deepEqual(lostLegacy, [], `suggest --write dropped files a named source needs from the legacy upload\n${run.stdout}`);
  assert.deepEqual(lostBuildkit, [], `suggest --write dropped files a named source needs from BuildKit's request list\n${run.stdout}`);
  return { legacyNeeded, buildkitNeeded, legacyBefore, legacyAfter, requestedBefore, requestedAfter, ignoreAfter, suggestStdout: run.stdout, suggestStderr: run.stderr };
}
