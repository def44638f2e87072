// The BuildKit figure for one target: the eligible set (whole context minus BuildKit's ignore file)
// and what the Dockerfile makes BuildKit request (facts B2-B6).
import { PatternError } from '../context/patterns.js';
import type { TreeSource } from '../context/walk.js';
import { customFrontend, type ParsedDockerfile } from '../dockerfile/parse.js';
import type { NeededStages } from '../dockerfile/sources.js';
import { followPathsFor } from './follow-paths.js';
import { clientOpens, followLinks, transferFigure, transferPaths, walkTransfer, type TransferFigure, type TransferRefusal, type TransferTotals, type TransferWalk } from './transfer.js';

export interface BuildkitFigure {
  /** The ignore file BuildKit reads (B3), or null. */
  ignoreFile: string | null;
  followPaths: string[] | 'all';
  fallbackReason: string | null;
  usesContext: boolean;
  /** Whole context minus the ignore patterns; no build-file protection (B4). */
  eligible: TransferTotals;
  /** The entries BuildKit's client sends for this target (STATs): parents and links included. */
  requested: TransferTotals;
  /** The build-context transfer: BuildKit's `transferring context` figure and the files it requests (null when the context is not used). */
  transfer: TransferFigure | null;
  /** Loading `.dockerignore` (a transfer of its own); null when `<Dockerfile>.dockerignore` replaces it. */
  dockerignoreTransfer: TransferFigure | null;
  /** `ls`-style list of requested paths (byte strings, directories end in `/`). */
  requestedList: string[];
  /** Shortcuts for reports. */
  eligibleFiles: number;
  requestedPaths: string[] | 'all';
  requestedBytes: number;
  /** Set when BuildKit's ignore patterns do not compile. */
  error: string | null;
  /**
   * The first path BuildKit's client cannot read where its walk goes (a directory it may not list:
   * `open`; an entry of one it may not search: `lstat`; a context-relative byte string), or null:
   * the build fails in the transfer (`error from sender: <op> <the context as given, joined with
   * it>: permission denied`).
   */
  refused: TransferRefusal | null;
}

export interface BuildkitFigureInput {
  root: string;
  parsed: ParsedDockerfile;
  needed: NeededStages;
  /** Patterns of the ignore file BuildKit reads (B3). */
  ignorePatterns: readonly string[];
  ignoreFile: string | null;
  /** True when the ignore file is `<Dockerfile>.dockerignore`: BuildKit then skips loading `.dockerignore`. */
  dockerfileSpecificIgnore?: boolean;
  /** The audit's recording of the tree (listings and lstats); default the disk. */
  source?: TreeSource;
  /**
   * The eligible set already walked by the engine (same ignore patterns, fsutil descent and parent
   * directories), so the figure does not walk the whole context a second time.
   */
  eligible?: TransferWalk;
}

const EMPTY: TransferTotals = { entries: 0, files: 0, links: 0, directories: 0, bytes: 0 };
const totals = (t: TransferTotals): TransferTotals => ({ entries: t.entries, files: t.files, links: t.links, directories: t.directories, bytes: t.bytes });

export function computeBuildkitFigure(input: BuildkitFigureInput): BuildkitFigure {
  // A Dockerfile BuildKit cannot parse (CTX100: `ENV PATH`, an instruction before FROM) stops the
  // build after the Dockerfile's own transfer: neither `.dockerignore` nor the context is loaded
  // (checked against BuildKit v0.13, oracle case "ENV with a name and no value"). Unless it names a
  // frontend of its own (`# syntax=`) that reads those lines: which paths that one asks for is not
  // known here, so the whole eligible context is the figure, said so.
  // (Only when every problem is such a line: any other the frontend refuses too.)
  const frontend = input.parsed.problems.length === 0 || !input.parsed.problems.every((p) => p.message.startsWith('unknown instruction')) ? null : customFrontend(input.parsed);
  const parses = input.parsed.problems.length === 0 || frontend !== null;
  const fp = frontend !== null ? { paths: 'all' as const, fallbackReason: `the frontend ${frontend} (# syntax=), which reads lines docker's own refuses: which paths it asks for is not known here`, usesContext: true } : followPathsFor(input.parsed, input.needed);
  const usesContext = fp.usesContext && parses;
  const base = { ignoreFile: input.ignoreFile, followPaths: fp.paths, fallbackReason: fp.fallbackReason, usesContext, requestedPaths: fp.paths };
  const source = input.source;
  // dockerui: the `.dockerignore` load, FollowPaths [.dockerignore] (a symlink brings its target along).
  const dockerignoreTransfer = input.dockerfileSpecificIgnore || !parses
    ? null
    : transferFigure(input.root, walkTransfer({ root: input.root, includes: followLinks(input.root, ['.dockerignore']), excludes: [], source }).list, source);
  try {
    const eligible = input.eligible ?? walkTransfer({ root: input.root, includes: null, excludes: input.ignorePatterns, source });
    // B5: no context source in the build graph -> the context local is never transferred.
    // B6: fsutil FollowLinks adds the targets of symlinks met on the way to each FollowPath.
    const includes = !usesContext || fp.paths === 'all' ? null : followLinks(input.root, fp.paths);
    const requested = !usesContext ? null : includes === null ? eligible : walkTransfer({ root: input.root, includes, excludes: input.ignorePatterns, source });
    const transfer = requested ? transferFigure(input.root, requested.list, source, clientOpens(includes, input.ignorePatterns)) : null;
    return {
      ...base,
      refused: requested?.refused ?? null,
      eligible: totals(eligible),
      requested: requested ? totals(requested) : EMPTY,
      transfer,
      dockerignoreTransfer,
      requestedList: requested ? transferPaths(requested) : [],
      eligibleFiles: eligible.files,
      requestedBytes: transfer ? transfer.requestedBytes : 0,
      error: null,
    };
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return { ...base, eligible: EMPTY, requested: EMPTY, transfer: null, dockerignoreTransfer, requestedList: [], eligibleFiles: 0, requestedBytes: 0, error: e.message, refused: null };
  }
}
