// `ctx-audit suggest`: .dockerignore changes derived from the rules' findings, each verified by
// re-running the analysis in memory on the proposed file before it is shown. A candidate that would
// make a COPY/ADD/bind source missing or ignored, or drop a build file, is reported and left out.
import { readRegularFile } from '../context/read-regular.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertAuditInputsInsideRepo, runAudit, type AuditResult } from '../audit.js';
import type { Builder } from '../builder.js';
import { findRepoRoot, repoBoundary, type RepoBoundary } from '../context/boundary.js';
import { lineWriting, scriptWritingForBuild, WORKFLOW_DIRS } from '../context/build-scripts.js';
import { dockerfileSpecificIgnorePath } from '../buildkit/eligible.js';
import { byteStringToText, fsPath, toByteString } from '../context/bytes.js';
import { listFiles } from '../context/list-files.js';
import { buildxLowercaseDockerfile, resolveContext } from '../context/discover.js';
import type { SentEntry } from '../context/walk.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { contextPathOf, filepathMatch } from '../dockerfile/sources.js';
import { splitAtWildcard, underRoot } from '../rules/paths.js';
import type { Finding } from '../findings/finding.js';
import { applyEdit, contentHash, docLines, isChanged, parseDoc, serializeDoc, writeIgnoreFile, type Edit, type IgnoreDoc } from './ignore-doc.js';
import { breakages, evaluate, evaluateAppend, type Evaluation, type EvaluationSetup, type Figures } from './evaluate.js';
import { gitReader } from '../dockerfile/reads-git.js';
import { LOADS_DOTENV, SOURCE_FILE, dotenvLoadedByBuild, generatedSource, namedByRun, notRemade, type ReaderRuns } from './rebuilds.js';
import { protectiveKind } from '../rules/protective.js';
import { isLocalContextValue } from '../targets/named-context.js';
import { COMPOSE_FILE_NAMES, composeWritableMounts } from '../targets/compose.js';
import { MAKEFILE_NAME, SCRIPT_NAME } from '../targets/repo-builds.js';
import { onbuildBase, onbuildReason } from './onbuild.js';
import { siblingDockerfiles, siblingNeeds, siblingOf, unknownBuild, variableSourceNeeds, variableSources, variableSourceTaking, type Sibling } from './siblings.js';

export type SuggestionKind = 'CTX303' | 'CTX304' | 'CTX003' | 'CTX201' | 'CTX202' | 'CTX203' | 'CTX004' | 'allowlist';

export interface Suggestion {
  kind: SuggestionKind;
  /** What the change does, as data: the pattern lines added or the line replaced. */
  lines: string[];
  replaces: { line: number; pattern: string } | null;
  /** Paths (UTF-8 text) the change is about. */
  paths: string[];
  before: Figures;
  after: Figures;
  /** Exactly what the change stops sending, per builder (the user's basis to decide under `COPY . .`). */
  stops: { legacy: Stopped; buildkit: Stopped };
}

export interface Stopped {
  /** Entries that are not directories, and their content bytes. */
  files: number;
  bytes: number;
  /** The largest of them (UTF-8 text paths), largest first. */
  largest: { path: string; bytes: number }[];
}

export interface Rejected {
  kind: SuggestionKind;
  lines: string[];
  paths: string[];
  reasons: string[];
}

export interface SuggestResult {
  /** Absolute path of the ignore file the suggestions edit. */
  file: string;
  /** How the file is named in messages, from the context (`.dockerignore`, `Dockerfile.dockerignore`). */
  displayName: string;
  /**
   * How the diff names it: from the working directory when the file is inside it (`jenkins/.dockerignore`
   * for `suggest jenkins`, so `git apply` there edits that file), else as displayName.
   */
  diffName: string;
  /** Which builders read that file. */
  readBy: Builder[];
  /** sha256 of the file as read (`absent` when it does not exist), for --write's check. */
  hash: string;
  original: Buffer | null;
  proposed: Buffer;
  changed: boolean;
  /** The file's lines before (null: no file) and after, as UTF-8 text, for a reporter's diff. */
  /** The file's lines before and after; `unterminated`: whose last line has no newline (a diff says so). */
  lines: { before: string[] | null; after: string[]; unterminated?: { before: boolean; after: boolean } };
  /** The context root (realpath): `--write` never writes outside it. */
  root: string;
  suggestions: Suggestion[];
  rejected: Rejected[];
  before: Figures;
  after: Figures;
  /** The other Dockerfiles built from this context that read the same ignore file: each change is checked against them too. */
  sharedWith: string[];
  /** Set when --allowlist cannot be derived (e.g. `COPY . .` needs everything). */
  allowlistProblem: string | null;
  /** Candidate changes past the per-run limit (maxCandidates), not evaluated: run suggest again after these. */
  notEvaluated: number;
  /**
   * A source of the target copies the whole context (`COPY . .`): it proves nothing about any one
   * file, so each suggestion's `stops` says exactly what would no longer be sent.
   */
  wholeContext: boolean;
}

export interface SuggestOptions {
  context: string;
  file?: string;
  cwd: string;
  buildArgs?: Record<string, string>;
  /** `--build-context`: named contexts (checked against the repository boundary, given to the audit). */
  namedContexts?: Record<string, string>;
  target?: string;
  allowlist?: boolean;
  /** At most this many candidates are verified (each replays the recorded walk in memory). */
  maxCandidates?: number;
  /** The repository boundary: inputs leading outside it are refused (src/context/boundary.ts). */
  repository?: RepoBoundary;
  /** For the Compose files that name other builds of this context (their `${VAR}`s). */
  env?: Record<string, string | undefined>;
}

interface Candidate {
  kind: SuggestionKind;
  edit: Edit;
  lines: string[];
  replaces: { line: number; pattern: string } | null;
  /** Byte-string paths to exclude: the candidate is dropped once none of them is sent any more. */
  targets: string[];
  /** Why the candidate is not tried at all (reported as rejected with this reason). */
  blocked?: string;
}

/** Escapes a literal path for an ignore-file pattern; null when a pattern cannot express it. */
export function literalPattern(p: string): string | null {
  if (p === '' || /[\n\r]/.test(p) || p !== p.trim() || p.includes('//') || /(^|\/)\.\.?(\/|$)/.test(p)) return null;
  const escaped = p.replace(/[*?[\]\\]/g, (c) => '\\' + c);
  return /^[!#]/.test(escaped) ? '\\' + escaped : escaped;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function exclusionCandidate(kind: SuggestionKind, paths: string[], pattern: string | null): Candidate | null {
  const line = pattern ?? (paths.length === 1 ? literalPattern(paths[0]) : null);
  if (line === null) return null;
  return { kind, edit: { kind: 'append', lines: [line] }, lines: [line], replaces: null, targets: paths };
}

/** A source path no change may exclude, what names it, and whether it climbs out of the context (CTX103). */
type MissingSource = { path: string; label: string; climbs?: true };

/**
 * The main-context sources missing today (CTX101), as the literal part of their path: a step
 * before the build makes them (Kavita's `COPY UI/Web/dist/browser`, built by `npm run prod` in CI).
 * A change that excludes such a path, or a directory above it, breaks that build once the step has
 * run (CTX102), which no evaluation of today's tree can show.
 */
function missingSources(result: AuditResult): MissingSource[] {
  const out: MissingSource[] = [];
  for (const f of result.findings) {
    // A source that climbs out of the context (CTX103): BuildKit reads it joined under the root
    // (mavmi/telegram-bot's `ADD ../app/target/app.jar` from docker/): what this view calls outside, or
    // missing, is that path there, which no change may exclude.
    if ((f.ruleId !== 'CTX101' && f.ruleId !== 'CTX103') || typeof f.path !== 'string' || typeof f.data.namedContext === 'string') continue;
    const joined = f.ruleId === 'CTX103' ? underRoot(f.path) : null;
    const parts: string[] = [];
    for (const c of toByteString(joined ?? f.path).split('/')) {
      if (c === '' || c === '.') continue;
      if (/[*?[\\]/.test(c)) break;
      parts.push(c);
    }
    if (parts.length === 0) continue;
    const where = f.file !== undefined && f.line !== undefined ? ` (${f.file}:${f.line})` : '';
    out.push({ path: parts.join('/'), label: `${String(f.data.instruction)} ${String(f.data.raw ?? f.data.source)}${where}`, ...(joined !== null ? { climbs: true as const } : {}) });
  }
  return out;
}

/** The missing source a candidate would exclude once it exists, or null. */
function excludesMissing(c: Candidate, missing: readonly MissingSource[]): MissingSource | null {
  for (const m of missing) {
    if (c.edit.kind === 'append' && c.targets.some((t) => m.path === t || m.path.startsWith(t + '/'))) return m;
    // `**/x` (CTX303's rewrite, x one component): any component of the path.
    if (c.edit.kind === 'replace' && c.lines.length === 1 && c.lines[0].startsWith('**/') && !c.lines[0].slice(3).includes('/')) {
      const x = c.lines[0].slice(3);
      if (m.path.split('/').some((comp) => filepathMatch(x, comp))) return m;
    }
  }
  return null;
}

/**
 * What a `**\/x` rewrite (CTX303) would newly exclude: each sent path below the root through a
 * component x matches, cut at that component. Empty for any other edit.
 */
function anyDepthTargets(c: Candidate, entries: readonly SentEntry[]): string[] {
  if (c.edit.kind !== 'replace' || c.lines.length !== 1 || !c.lines[0].startsWith('**/') || c.lines[0].slice(3).includes('/')) return [];
  const x = c.lines[0].slice(3);
  const out = new Set<string>();
  for (const e of entries) {
    const parts = e.path.split('/');
    const i = parts.findIndex((p, k) => k > 0 && filepathMatch(x, p));
    if (i > 0) out.add(parts.slice(0, i + 1).join('/'));
  }
  return [...out];
}

/** CTX201 evidence that says the file holds no live secret (src/rules/ctx201-secret-file.ts). */
// A development key no client trusts is one too: sozu compiles lib/assets/key.pem into its binary
// (include_str!), and `cargo build` after `COPY . .` fails without it.
const SECRET_FILE_NOTHING_TO_PROTECT = new Set(['no-credential', 'symlink', 'example', 'template-copy', 'fixture-copy', 'test-fixture', 'vendored', 'dev-key', 'defaults', 'android-debug', 'stand-in', 'insecure-default']);

/**
 * A COPY/ADD of the Dockerfile whose source holds an ARG with no value here and whose literal part
 * before it is a directory the path lies in (`${CODE_PATH}`: any path; `backend/${NAME}/`: one under
 * backend/), or undefined. Its line, source text and open ARG names.
 */
function openSourceTaking(result: AuditResult, file: string): { instruction: string; line: number; raw: string; args: string } | undefined {
  for (const r of result.crossCheck?.resolved.resolutions ?? []) {
    if (r.source.instruction === 'RUN --mount' || r.source.openArgs.length === 0) continue;
    const raw = r.source.raw;
    const dollar = raw.indexOf('$');
    const before = (dollar < 0 ? raw : raw.slice(0, dollar)).replace(/^(?:\.?\/)+/, '');
    const dir = before.slice(0, before.lastIndexOf('/') + 1);
    if (dir === '' || file.startsWith(dir)) return { instruction: r.source.instruction, line: r.source.line, raw, args: r.source.openArgs.join(', ') };
  }
  return undefined;
}

/** The Dockerfiles built from this context that take it whole (`COPY . .`, a bind of `.`), as text. */
function wholeContextReaders(result: AuditResult, dockerfileText: Buffer | null, siblings: readonly Sibling[], argsGiven?: ReadonlySet<string>): { label: string; text: Buffer; argsGiven?: ReadonlySet<string> }[] {
  // (`COPY .. /s` too: the legacy builder refuses it, BuildKit copies the whole context: the review of 1fd27ce.)
  const mainWhole = result.crossCheck?.resolved.resolutions.some((r) => r.status === 'whole-context' || (r.status === 'outside' && contextPathOf('/' + r.path) === '.')) === true;
  return [...(mainWhole && dockerfileText ? [{ label: 'the Dockerfile', text: dockerfileText, ...(argsGiven ? { argsGiven } : {}) }] : []), ...siblings.filter((sb) => sb.sources.some((x) => x.whole)).map((sb) => ({ label: sb.name, text: sb.text }))];
}

/**
 * Why a build of this context may read .git (it runs git, the .NET SDK, a Python package versioned
 * from git), or null: writefreely's Makefile stamps the version from `git describe`; without .git the
 * build succeeds with an empty version. Only a Dockerfile that takes the whole context can read .git
 * without naming it (one that names it is checked like any named source): k9s installs git but
 * copies named paths only, so .git is never in its build. A build whose Dockerfile a step makes may
 * read it too: nocobase's pro image workflow commits the tree, then builds a generated Dockerfile.pro
 * that copies it and runs git.
 */
/** A source in `.git/modules` (a submodule's git directory), written with or without a leading `./` or `/`. */
const GIT_MODULES = /^(?:\.?\/)*\.git\/modules(?:\/|$)/;

function gitReadReason(result: AuditResult, root: string, dockerfileText: Buffer | null, siblings: readonly Sibling[], keepsGitDir?: string, argsGiven?: ReadonlySet<string>): string | null {
  if (keepsGitDir !== undefined) return `${keepsGitDir} passes BUILDKIT_CONTEXT_KEEP_GIT_DIR=1: the build keeps .git on purpose (a version or commit stamped from it); exclude it yourself if no build needs it`;
  // The Dockerfile copies from a submodule this checkout lacks (insights-inventory-frontend's
  // build-tools, whose universal_build.sh the build runs and whose build_app_info.sh runs git
  // rev-parse): what those files do is not known here.
  const fromSubmodule = result.findings.find((f) => f.ruleId === 'CTX101' && typeof f.data.submodule === 'string');
  // A COPY of a submodule's git directory (`.git/modules/NAME`) reads .git itself (the review of 856bd28).
  if (fromSubmodule !== undefined && GIT_MODULES.test(String(fromSubmodule.data.source ?? ''))) return `${fromSubmodule.file ?? 'the Dockerfile'}:${fromSubmodule.line ?? 0} copies ${String(fromSubmodule.data.source)}, the git directory of submodule ${String(fromSubmodule.data.submodule)}, out of .git`;
  if (fromSubmodule !== undefined) return `${fromSubmodule.file ?? 'the Dockerfile'}:${fromSubmodule.line ?? 0} copies from git submodule ${String(fromSubmodule.data.submodule)}, which this checkout lacks: whether what it brings reads .git is not known here (git submodule update --init, then run suggest again)`;
  const readers = wholeContextReaders(result, dockerfileText, siblings, argsGiven);
  if (readers.length > 0) {
    const walk = result.buildkitEligible?.walk ?? result.legacy.walk;
    const sent = walk.entries.filter((e) => e.kind === 'file').map((e) => byteStringToText(e.path));
    const reason = gitReader(root, readers, sent);
    if (reason !== null) return reason;
  }
  const unknown = siblings.find((sb) => sb.unknown === true);
  return unknown === undefined ? null : `${unknown.name} builds from this context ${unknownBuild(unknown)}: whether it reads .git is not known here`;
}

/** Candidates from the findings, in the order they are tried. */
function candidatesFrom(result: AuditResult, root: string, dockerfileText: Buffer | null, siblings: readonly Sibling[], keepsGitDir?: string, argsGiven?: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  // A rule's findings past the report's cap are folded into one summary with no path (unbound's 168
  // secret-named test files): not a candidate; suggest crashed on it.
  const byRule = (id: string): Finding[] => result.findings.filter((f) => f.ruleId === id && f.data.aggregated === undefined);
  const rules = (result.buildkitEligible?.ignore ?? result.legacy.ignore).rules;
  const pm = result.buildkitEligible?.matcher ?? result.legacy.tarMatcher;

  // Gitignore-habit patterns: anchored at the root, deeper copies sent (R14).
  for (const f of byRule('CTX303')) {
    // The deeper matches are committed files sharing the name (the finding says so and is info):
    // the root-only line is what the author meant, nothing to exclude.
    if (typeof f.data.committedElsewhere === 'string') continue;
    const line = f.data.line as number;
    // Every deeper match is a file git tracks: the repository's own, which the image may read at run
    // time though no COPY names it (NodeBB reads install/data/welcome.md, under `*.md`). No check
    // can see that, so the change is not proposed; the finding still lists them.
    const blocked =
      f.data.deeperCommitted === true
        ? `git tracks every deeper match (e.g. ${String(f.data.example)}): the repository's own files, which the image may read at run time; exclude by name the ones it does not need`
        : f.data.noGitIndex === true
        ? `there is no git index here to tell the repository's own files from leftovers, and the deeper matches (e.g. ${String(f.data.example)}) may be what the image runs; exclude by name the ones it does not need`
        : undefined;
    if (typeof f.data.suggestion === 'string') {
      const suggestion = toByteString(f.data.suggestion);
      out.push({ kind: 'CTX303', edit: { kind: 'replace', line, text: suggestion }, lines: [suggestion], replaces: { line, pattern: f.data.pattern as string }, targets: [], ...(blocked ? { blocked } : {}) });
    } else {
      // `**/x` would drop a deeper match a named source needs: exclude the unneeded ones by path.
      const paths = (f.data.paths as string[]).map(toByteString);
      const lines = paths.map(literalPattern);
      if (paths.length === 0 || paths.length < (f.data.matches as number) || lines.some((l) => l === null)) continue;
      out.push({ kind: 'CTX303', edit: { kind: 'append', lines: lines as string[] }, lines: lines as string[], replaces: null, targets: paths, ...(blocked ? { blocked } : {}) });
    }
  }
  // Ineffective exceptions (R27): spell out each lost file so the walk enters every directory on its way, in
  // every pruned directory (screeps-launcher's `!**/*.go`: one file of 18 was brought back, and the legacy
  // build still failed; sweep 54/E-F3). Over 20 files, for a pattern `**/NAME`, one exception a directory
  // holding them (`!cmd/app/*.go`): the legacy walk enters a pruned directory only for an exception whose
  // text starts with it, so `!cmd/**/*.go` would still prune cmd/app.
  for (const f of byRule('CTX304')) {
    const line = f.data.line as number;
    const ri = rules.findIndex((r) => r.line === line);
    const pi = pm.patterns.findIndex((p) => p.sourceIndex === ri);
    const dirs = (Array.isArray(f.data.prunedDirs) ? (f.data.prunedDirs as string[]) : [f.data.prunedDir as string]).map(toByteString);
    if (pi < 0 || dirs.length > 20) continue;
    const lost: string[] = [];
    let complete = true;
    for (const dir of dirs) {
      const listed = listFiles(root, dir, 1000);
      if (listed.length >= 1000) complete = false;
      for (const e of listed) {
        try {
          if (pm.testPattern(pi, e.path)) lost.push(e.path);
        } catch {
          // an unreadable pattern lists nothing
        }
      }
    }
    if (lost.length === 0 || !complete) continue;
    const name = /^\*\*\/([^/]+)$/.exec(rules[ri].pattern.replace(/^!/, ''))?.[1];
    const holding = [...new Set(lost.map((p) => p.slice(0, p.lastIndexOf('/'))))];
    const inDir = (d: string) => {
      const l = literalPattern(d);
      return l === null ? null : `${l}/${name}`;
    };
    const lines = lost.length <= 20 ? lost.map(literalPattern) : name !== undefined && holding.length <= 20 ? holding.map(inDir) : null;
    if (lines === null || lines.some((l) => l === null)) continue;
    const ex = (lines as string[]).map((l) => '!' + l);
    out.push({ kind: 'CTX304', edit: { kind: 'insert-after', line, lines: ex }, lines: ex, replaces: null, targets: [] });
  }
  // Heavy directories: one `**/name` when the name is sent at several places, else the path itself.
  const heavy = byRule('CTX003').map((f) => toByteString(f.data.path as string));
  // A dependency directory committed past a .gitignore line (SunbirdEd-portal's libs/*/node_modules,
  // which its server requires and no install makes) may be the only copy of what the image runs.
  const forced = new Set(byRule('CTX003').filter((f) => f.data.committedPastIgnore === true).map((f) => toByteString(f.data.path as string)));
  const byName = new Map<string, string[]>();
  for (const p of heavy) byName.set(baseName(p), [...(byName.get(baseName(p)) ?? []), p]);
  for (const [name, paths] of byName) {
    const lit = literalPattern(name);
    const c = paths.length > 1 && lit !== null ? exclusionCandidate('CTX003', paths, '**/' + lit) : exclusionCandidate('CTX003', paths, null);
    const committed = paths.find((p) => forced.has(p));
    if (c && committed !== undefined) c.blocked = `git tracks ${byteStringToText(committed)} although .gitignore names it (added with -f, or before that line): it may be vendored on purpose, what the image runs with; exclude it yourself if nothing requires it`;
    if (c) out.push(c);
  }
  // A secret-named file whose finding found nothing to protect (read: no credential; a symlink, only
  // the link is sent; an example, a test fixture, vendored code) is not excluded: it may be what a
  // later step reads. postiz-app's .npmrc holds `node-linker=hoisted`, which `pnpm install` after
  // `COPY . /app` needs; formbricks re-includes a symlink apps/web/.env on purpose.
  // A credential CTX202 found in a file of another name (pulse-dashboards' data/google-serviceaccount-….json,
  // a service account's private key) is the same question: one candidate per file, not for a fixture
  // or example (info), nor for a file CTX201 already proposes.
  const secretFiles = new Set<string>();
  for (const f of [...byRule('CTX201'), ...byRule('CTX202').filter((x) => x.severity !== 'info')]) {
    if (f.ruleId === 'CTX201' && typeof f.data.evidence === 'string' && SECRET_FILE_NOTHING_TO_PROTECT.has(f.data.evidence)) continue;
    const p = toByteString(f.data.path as string);
    if (secretFiles.has(p)) continue;
    secretFiles.add(p);
    const c = exclusionCandidate(f.ruleId as 'CTX201' | 'CTX202', [p], null);
    if (!c) continue;
    // A committed file a COPY puts in the image: the application may read it at run time (caprover's
    // nginx loads its committed template/fake-certs-src/nginx.key, copied by `COPY . .`), and
    // excluding it from the image does not take it out of the repository.
    const copied = Array.isArray(f.data.copiedBy) ? (f.data.copiedBy as { file: string; line: number }[]) : [];
    // An untracked copy of a committed file (zoraxy's CI copy of src/) is as public as the original.
    const tracks = typeof f.data.copyOf === 'string' ? `git tracks the same bytes (${f.data.copyOf})` : 'git tracks it';
    if (f.data.committed === true && copied.length > 0) {
      c.blocked = `${tracks} and ${copied[0].file}:${copied[0].line} copies it into the image, where the application may read it at run time; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
    } else if (f.data.committed === true) {
      // Copied into a build stage only: that stage's RUNs read it, and may carry it into what
      // ships (teable's plugins/.env: `next build` with output 'standalone' copies the .env files
      // it loaded into .next/standalone, which the image copies and its server loads).
      const stage = Array.isArray(f.data.copiedIntoStage) ? (f.data.copiedIntoStage as { file: string; line: number; stage: string | number }[]) : [];
      // A RUN that binds the whole context reads it as a COPY would (e154/smart-home: `RUN
      // --mount=type=bind,source=. go build`, which compiles a Go file holding a development key).
      const bound = result.crossCheck?.resolved.resolutions.find((r) => r.source.instruction === 'RUN --mount' && r.status === 'whole-context');
      // A COPY whose source holds an ARG with no value here (apisix's `COPY ${CODE_PATH} /apisix`, its
      // Makefile passing CODE_PATH=.): the path is known only when the build runs, and may take this
      // file (nginx loads apisix's committed conf/cert key at start). CTX201 does not call it copied.
      const open = stage.length > 0 ? undefined : openSourceTaking(result, byteStringToText(p));
      if (stage.length > 0) {
        c.blocked = `${tracks} and ${stage[0].file}:${stage[0].line} copies it into build stage ${stage[0].stage}, whose RUN steps may read it or build it into what the image takes; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
      } else if (open !== undefined) {
        c.blocked = `${tracks} and the ${open.instruction} at line ${open.line} copies ${open.raw}, a path known only when the build runs (${open.args} not set here): it may copy it into the image, where the application may read it; exclude it yourself if no build does`;
      } else if (bound !== undefined) {
        c.blocked = `${tracks} and the RUN at line ${bound.source.line} binds the whole context, which it may read or build into what the image takes (a source file it compiles); take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
      } else {
        // Another Dockerfile of this context takes it whole into its image (complaint-manager's
        // Dockerfile.base: `COPY . /app/`), where its application may read the file.
        const whole = siblings.find((sb) => sb.unknown !== true && sb.sources.some((x) => x.whole));
        // Another build of this context copies what is not known here (PowerDNS' pdns-builder copies
        // regression-tests/, whose committed DNSSEC test keys `make dist` packs): it may read it.
        const unknown = siblings.find((sb) => sb.unknown === true);
        // A source naming a build arg with a default (`ARG CODE_PATH=web`, `COPY ${CODE_PATH} /app`)
        // copies another path when a build passes another value (apisix's Makefile passes `.`).
        const another = dockerfileText === null ? null : variableSourceTaking(dockerfileText, byteStringToText(p));
        if (whole !== undefined) c.blocked = `${tracks} and ${whole.name}, built from this context too, copies the whole context into its image, where the application may read it; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
        else if (another !== null) c.blocked = `${tracks} and ${another}, into the image, where the application may read it at run time; exclude it yourself if no build does`;
        else if (unknown !== undefined) c.blocked = `${tracks} and ${unknown.name} builds from this context a Dockerfile whose sources are not known here: it may copy it; exclude it yourself if nothing reads it`;
      }
    }
    out.push(c);
  }
  for (const f of byRule('CTX203')) {
    const c = exclusionCandidate('CTX203', [toByteString(f.data.path as string)], null);
    if (c) out.push(c);
  }
  // A sent file a repository build script writes before it builds an image (a deploy step's
  // `echo … >> .env` then `docker build .`): the build takes it on purpose, and may need it at run time.
  const repo = findRepoRoot(root);
  if (repo !== null) {
    const inRepo = path.relative(repo, root).split(path.sep).filter(Boolean).join('/');
    for (const c of out) {
      if (c.blocked !== undefined || (c.kind !== 'CTX201' && c.kind !== 'CTX202' && c.kind !== 'CTX203')) continue;
      for (const t of c.targets) {
        const w = scriptWritingForBuild(repo, [inRepo, byteStringToText(t)].filter(Boolean).join('/'));
        if (w === null) continue;
        c.blocked = `${w} writes it in a script that also builds an image: that build sends it on purpose (the application may read it at run time); exclude it yourself if no build needs it`;
        break;
      }
    }
  }
  // A git-ignored path a Compose service mounts writable (open-apparel-registry's app service mounts
  // ./src/django/static; scripts/cibuild runs `docker-compose run app yarn run build` into it, then
  // builds src/django, whose `COPY . /usr/local/src` and collectstatic serve the bundle): build output.
  const mounts = composeMountsAbove(root, repo);
  if (mounts.length > 0) {
    for (const c of out) {
      if (c.blocked !== undefined || c.kind !== 'CTX203') continue;
      for (const t of c.targets) {
        const abs = path.join(root, ...byteStringToText(t).split('/'));
        const m = mounts.find((x) => x.host === abs || x.host.startsWith(abs + path.sep));
        if (m === undefined) continue;
        c.blocked = `${m.file} mounts ${m.host === abs ? 'it' : 'a directory in it'} writable into its ${m.service} service: a step that runs that service (docker compose run) may write it before the build; exclude it yourself if no build needs it`;
        break;
      }
    }
  }
  // Unused: directories no COPY/ADD/bind mount reads (CTX004 only fires without a whole-context COPY).
  const onbuildFound = result.crossCheck ? onbuildBase(result.crossCheck.parsed, result.crossCheck.resolved.needed.stages) : null;
  const onbuild = onbuildFound === null ? null : onbuildReason(onbuildFound);
  for (const f of byRule('CTX004')) {
    if (f.data.isDirectory !== true) continue;
    const c = exclusionCandidate('CTX004', [toByteString(f.data.path as string)], null);
    if (c && onbuild !== null) c.blocked = `${onbuild}; this Dockerfile not naming a path says nothing about it`;
    if (c) out.push(c);
  }
  const walk = result.buildkitEligible?.walk ?? result.legacy.walk;
  // Whichever rule proposes .git (CTX003, or CTX004: nothing copies it), a build that may read it keeps it.
  const gitTargets = out.filter((c) => c.blocked === undefined && c.targets.includes('.git'));
  if (gitTargets.length > 0) {
    const reason = gitReadReason(result, root, dockerfileText, siblings, keepsGitDir, argsGiven);
    if (reason !== null) for (const c of gitTargets) c.blocked = reason;
  }
  const readers = wholeContextReaders(result, dockerfileText, siblings);
  // A dependency or build directory the whole-context build does not make again (no install, no
  // build step): the image runs with the one it is sent.
  if (readers.length > 0) {
    for (const c of out) {
      if (c.blocked !== undefined) continue;
      for (const t of c.targets) {
        const reason = notRemade(byteStringToText(t.slice(t.lastIndexOf('/') + 1)), readers);
        if (reason !== null) {
          c.blocked = reason;
          break;
        }
      }
    }
    // A git-ignored source file in the tree the build compiles or installs: generated before the
    // build (mlrun's Makefile writes mlrun/utils/version/version.json, which `pip install .` reads,
    // and protoc's *_pb2.py and proto/build/*.go, which the server imports). Known junk (dependency,
    // cache, log, editor directories) is excluded still, and build output unless it holds Go code.
    const sourceUnder = (dir: string): string | null => {
      const prefix = dir + '/';
      const e = walk.entries.find((x) => x.kind === 'file' && x.path.startsWith(prefix) && SOURCE_FILE.test(x.path));
      return e === undefined ? null : byteStringToText(e.path);
    };
    // A dotenv file a front-end build loads is kept, unless it holds a credential (CTX201 read it):
    // then shipping it is the leak to fix, whatever the bundle loses.
    const holdsCredential = (p: string) => result.findings.some((f) => f.ruleId === 'CTX201' && f.path === p && f.data.evidence === 'content');
    let frontEndSeen: boolean | undefined;
    const frontEnd = () =>
      (frontEndSeen ??= walk.entries
        .filter((e) => e.kind === 'file' && /(?:^|\/)package\.json$/.test(e.path) && !e.path.split('/').includes('node_modules'))
        .slice(0, 50)
        .some((e) => {
          try {
            return LOADS_DOTENV.test(readRegularFile(path.join(root, ...byteStringToText(e.path).split('/')), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8'));
          } catch {
            return false;
          }
        }));
    // Parsed once, and the directory set made once, for every CTX203 target they are asked about.
    let readerRuns: ReaderRuns[] | undefined;
    let dirs: Set<string> | undefined;
    for (const c of out) {
      if (c.blocked !== undefined || c.kind !== 'CTX203') continue;
      for (const t of c.targets) {
        const text = byteStringToText(t);
        readerRuns ??= readers.map((d) => ({ label: d.label, runs: parseDockerfile(d.text).stages.flatMap((st) => st.runs ?? []) }));
        dirs ??= new Set(walk.entries.filter((x) => x.kind === 'dir').map((x) => x.path));
        const named = namedByRun(text, !dirs.has(t), readerRuns) ?? (dirs.has(t) || holdsCredential(text) ? null : dotenvLoadedByBuild(text, readerRuns, frontEnd));
        if (named !== null) {
          c.blocked = named;
          break;
        }
        const kinds = t.split('/').map((comp) => protectiveKind(byteStringToText(comp), filepathMatch));
        if (kinds.some((k) => k !== null && k !== 'build-output')) continue;
        const found = SOURCE_FILE.test(text) ? text : sourceUnder(t);
        if (found === null || (kinds.includes('build-output') && !found.endsWith('.go'))) continue;
        const reason = generatedSource(found, readers);
        if (reason !== null) {
          c.blocked = reason;
          break;
        }
      }
    }
  }
  // Another Dockerfile built from this context reads the same ignore file (headscale's
  // Dockerfile.integration copies the whole root that Dockerfile.wasmclient is built from too):
  // what this one does not use, that one may.
  const variable = dockerfileText === null ? [] : variableSources(dockerfileText);
  // What the context holds at or below a path (walk order: a directory's contents follow it), for a
  // source naming a build arg: it takes from a directory only what is there (the review of ff6bf910).
  const sentPaths = walk.entries.map((e) => e.path);
  const holdsOf = (target: string): readonly string[] => {
    const at = sentPaths.indexOf(target);
    if (at < 0) return [];
    let end = at + 1;
    while (end < sentPaths.length && sentPaths[end].startsWith(target + '/')) end++;
    return sentPaths.slice(at, end);
  };
  for (const c of out) {
    if (c.blocked !== undefined) continue;
    const targets = c.edit.kind === 'append' ? c.targets : anyDepthTargets(c, siblings.length > 0 || variable.length > 0 ? walk.entries : []);
    // This Dockerfile with other build args is another build of the context too: kopia copies
    // bin-${TARGETARCH}/kopia, which its release script fills for three platforms (git-ignored,
    // CTX203: suggest proposed excluding bin-arm64 and bin-arm).
    const need = siblingNeeds(siblings, targets, c.kind === 'CTX004', holdsOf) ?? (c.kind === 'CTX004' || c.kind === 'CTX203' ? variableSourceNeeds(variable, targets, holdsOf) : null);
    if (need !== null) c.blocked = need;
  }
  // An exclusion of a path the ignore file lets in with an exception of its own (`!apps/web/.env`)
  // undoes the author's decision: reported, not made.
  const ignoreName = (result.buildkitEligible?.ignore ?? result.legacy.ignore).displayName;
  const wanted = new Set(out.filter((c) => c.edit.kind === 'append' && c.blocked === undefined).flatMap((c) => c.targets));
  const letIn = new Map<string, number>();
  if (wanted.size > 0) {
    for (const e of walk.entries) {
      if (e.decidedBy < 0 || !wanted.has(e.path)) continue;
      const p = pm.patterns[e.decidedBy];
      if (p.exclusion && p.sourceIndex < rules.length) letIn.set(e.path, rules[p.sourceIndex].line);
    }
  }
  for (const c of out) {
    if (c.edit.kind !== 'append' || c.blocked !== undefined) continue;
    const hit = c.targets.find((t) => letIn.has(t));
    if (hit !== undefined) c.blocked = `${ignoreName} line ${letIn.get(hit)} lets ${byteStringToText(hit)} in with an exception: a choice of its author; remove that line if it should not be sent`;
  }
  const missing = missingSources(result);
  for (const c of out) {
    const made = c.blocked === undefined ? excludesMissing(c, missing) : null;
    if (made !== null) c.blocked = made.climbs ? `${made.label} climbs out of the context, and BuildKit reads ${byteStringToText(made.path)} from the root instead (CTX103 today): this change would exclude it` : `${made.label} copies ${byteStringToText(made.path)}, which a step before the build makes (CTX101 today): this change would exclude it once it is there (CTX102)`;
  }
  // Whichever rule proposes a path, a reason not to exclude it holds: the CTX201 candidate for a
  // committed .env the image reads is blocked, and CTX203 must not propose the same file.
  const refused = new Map<string, string>();
  for (const c of out) if (c.blocked !== undefined) for (const t of c.targets) if (!refused.has(t)) refused.set(t, c.blocked);
  for (const c of out) {
    if (c.blocked !== undefined) continue;
    const t = c.targets.find((x) => refused.has(x));
    if (t !== undefined) c.blocked = refused.get(t);
  }
  // The Dockerfile and the ignore files are build files, not content: the CLI sends them whatever
  // the ignore file says and BuildKit reads them apart from the context, so excluding one changes
  // nothing (skywalking's staging Dockerfile is git-ignored: CTX203 proposed excluding it).
  const relDockerfile = result.legacy.resolved.relDockerfile;
  const buildFiles = new Set([relDockerfile, '.dockerignore', `${relDockerfile}.dockerignore`]);
  return out.filter((c) => c.edit.kind !== 'append' || !c.targets.every((t) => buildFiles.has(t)));
}

/** The first workflow file (root-relative) whose text edits `dockerfile` in place (`sed -i`, `perl -pi`), by its path from the root; null otherwise. */
/** A workflow line that may build an image: docker, podman, buildah, kaniko, nerdctl, a Docker action, make, a script, a task runner. */
const BUILDS_AFTER_EDIT = /(?<![\w-])(?:docker|podman|buildah|kaniko|nerdctl|buildx|depot|earthly|goreleaser|skaffold|make|just|task|npm|pnpm|yarn|bash|sh)(?![\w-])|build-push-action|bake-action|\.sh\b|uses:\s*\.\//;

function workflowEditingInPlace(root: string, dockerfile: string): string | null {
  const rel = path.relative(root, dockerfile).split(path.sep).join('/');
  if (rel === '' || rel.startsWith('..')) return null;
  for (const d of WORKFLOW_DIRS) {
    const dir = path.join(root, ...d.split('/'));
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort().slice(0, 200);
    } catch {
      continue;
    }
    for (const n of names) {
      let text: string;
      try {
        text = readRegularFile(path.join(dir, n), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
      } catch {
        continue;
      }
      if (!text.includes(path.posix.basename(rel))) continue;
      const at = lineWriting(text, rel, false, true);
      // Only where something after the edit may build (a version-bump bot that edits and opens a pull
      // request builds nothing: outline's update-node.yml switched suggest off; sweep 47/C-F3).
      if (at > 0 && text.split('\n').slice(at).some((l) => BUILDS_AFTER_EDIT.test(l))) return `${d}/${n}`;
    }
  }
  return null;
}

const WILDCARD = /[*?[\\]/;

/**
 * `*` then one `!source` per COPY/ADD/bind source of the target. A wildcard is kept only in the
 * last component: the legacy walk enters an excluded directory only when an exception's literal
 * text starts with it (R27), so `!src/*\/x.go` would lose `src/a/x.go`; such sources are spelled
 * out as the paths they match today.
 */
function allowlistCandidate(result: AuditResult): { candidate: Candidate | null; problem: string | null } {
  const cc = result.crossCheck;
  if (!cc) return { candidate: null, problem: 'the Dockerfile could not be read' };
  const onbuild = onbuildBase(cc.parsed, cc.resolved.needed.stages);
  if (onbuild !== null) return { candidate: null, problem: onbuildReason(onbuild) };
  const lines = new Set<string>();
  for (const r of cc.resolved.resolutions) {
    const label = `${r.source.instruction} ${byteStringToText(r.source.raw)} (line ${r.source.line})`;
    if (r.status === 'whole-context') return { candidate: null, problem: `${label} uses the whole context` };
    if (r.status === 'outside') continue;
    // A source naming a build arg copies other paths with other values (halo's `COPY ${JAR_FILE}`,
    // alist's `/build/${TARGETPLATFORM}/alist` for eight platforms), and a missing one is made
    // before the build (CI downloads the jar): both are let in by what they may match, the
    // variables read as `*`. Only a wildcard in the last component survives the legacy walk (R27),
    // so an earlier one lets in the whole directory above it.
    const variable = r.source.raw.includes('$');
    if (variable || r.status === 'missing') {
      const pattern = variable ? r.source.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '*') : r.path;
      const { literal, wildcard, components } = splitAtWildcard(pattern);
      const lit = literal.length === 0 ? '' : literalPattern(literal.join('/'));
      let line: string | null = null;
      if (wildcard === null) line = lit;
      else if (literal.length === components - 1 && !/^\*+$/.test(wildcard)) line = lit === null ? null : lit === '' ? wildcard : `${lit}/${wildcard}`;
      else if (literal.length > 0) line = lit;
      if (line === null || line === '') return { candidate: null, problem: `${label} ${variable ? 'names a build arg' : 'matches nothing today'} and may copy any path: an allowlist cannot let in only what it needs; write that exception yourself` };
      lines.add('!' + line);
      continue;
    }
    const parts = r.path.split('/');
    const firstWild = parts.findIndex((c) => WILDCARD.test(c));
    const direct = firstWild < 0 ? literalPattern(r.path) : firstWild === parts.length - 1 ? r.path : null;
    if (direct !== null) lines.add('!' + direct);
    else for (const m of [...r.sentMatches, ...r.ignoredMatches]) {
      const lit = literalPattern(m);
      if (lit !== null) lines.add('!' + lit);
    }
  }
  const sorted = [...lines].sort();
  const block = ['# ctx-audit suggest --allowlist: send only what the Dockerfile uses', '*', ...sorted, ''];
  return { candidate: { kind: 'allowlist', edit: { kind: 'prepend', lines: block }, lines: ['*', ...sorted], replaces: null, targets: [] }, problem: null };
}

function stillSent(ev: Evaluation, targets: readonly string[]): boolean {
  const sentUnder = (set: Set<string>, t: string) => {
    if (set.has(t)) return true;
    for (const p of set) if (p.startsWith(t + '/')) return true;
    return false;
  };
  return targets.some((t) => sentUnder(ev.legacySent, t) || sentUnder(ev.buildkitSent, t));
}

function hasAllowlist(doc: IgnoreDoc, lines: readonly string[]): boolean {
  const present = docLines(doc).map((l) => l.trim());
  const firstPattern = present.find((l) => l !== '' && !l.startsWith('#'));
  return firstPattern === '*' && lines.every((l) => present.includes(l));
}

export function suggest(given: SuggestOptions): SuggestResult {
  // `-f Dockerfile` beside only a lowercase `dockerfile`: the file buildx builds (the legacy CLI refuses it).
  const lowercase = buildxLowercaseDockerfile(given.cwd, given.file);
  const opts = lowercase === null ? given : { ...given, file: lowercase.file };
  // BuildKit reads `<Dockerfile>.dockerignore` instead of `.dockerignore` when it exists (B3); then
  // that is the file to fix, and the rules look at BuildKit's set. Otherwise `.dockerignore` serves both.
  assertAuditInputsInsideRepo(opts);
  const root = resolveContext(opts.context, opts.file, opts.cwd).root;
  const specific = dockerfileSpecificIgnorePath(root, opts.file, opts.cwd);
  const editsSpecific = fs.existsSync(specific);
  const builder: Builder = editsSpecific ? 'buildkit' : 'legacy';
  // The audit records every listing and lstat it reads; each candidate replays that recording.
  const result = runAudit({ context: opts.context, file: opts.file, cwd: opts.cwd, builder, buildArgs: opts.buildArgs, namedContexts: opts.namedContexts, target: opts.target, keepRecording: true });
  // The ARGs the build is given: a git fallback behind one (`${VERSION:-$(git ...)}`) never runs.
  // (Not one given empty: `${VERSION:-...}` runs its default then; the review of 8983e8e7, RB-R6.)
  const argsGiven = new Set(Object.entries(opts.buildArgs ?? {}).filter(([, v]) => v !== '').map(([k]) => k));
  const file = editsSpecific ? specific : path.join(root, '.dockerignore');
  const rel = path.relative(root, file);
  const editedRel = rel.startsWith('..') || path.isAbsolute(rel) ? null : toByteString(rel.split(path.sep).join('/'));
  const displayName = editedRel !== null ? byteStringToText(editedRel) : path.basename(file);
  const original = readOrNull(file);
  const hash = contentHash(original);

  const dockerfileAbs = result.legacy.resolved.dockerfileAbs;
  const dockerfileText = dockerfileAbs ? readOrNull(fsPath(dockerfileAbs)) : null;
  const setup: EvaluationSetup = {
    root,
    relDockerfile: result.legacy.resolved.relDockerfile,
    parsed: dockerfileText ? parseDockerfile(dockerfileText, { buildArgs: opts.buildArgs ?? {} }) : null,
    dockerfileName: byteStringToText(result.legacy.resolved.relDockerfile),
    target: opts.target,
    edits: editsSpecific ? 'buildkit-only' : 'both',
    fixedLegacyIgnore: editsSpecific ? readOrNull(path.join(root, '.dockerignore')) : null,
    editedRel,
    source: result.replay,
  };
  const before = evaluate(setup, original);
  let doc = parseDoc(original);
  let current = before;
  const suggestions: Suggestion[] = [];
  const rejected: Rejected[] = [];
  let allowlistProblem: string | null = null;
  let candidates: Candidate[];
  // Other Dockerfiles built from this context read the same .dockerignore (a `<Dockerfile>.dockerignore` is this one's alone).
  // The files that may declare another build: Dockerfiles, Compose and Bake files, Makefiles, shell scripts.
  const declares = (p: string) => /ockerfile|(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$|(?:^|\/)docker-bake[^/]*\.json$/i.test(p) || MAKEFILE_NAME.test(p) || SCRIPT_NAME.test(p);
  // Sent or kept out by a pattern of their own: Enterprise-RAG's `.dockerignore` excludes
  // `**/Dockerfile`, and its services' Dockerfiles four directories down (built from this context)
  // were missed, so suggest proposed excluding what they copy.
  const listed = editsSpecific
    ? []
    : [...result.legacy.walk.entries.filter((e) => e.kind === 'file' && declares(e.path)).map((e) => e.path), ...result.legacy.walk.excluded.filter((x) => !x.isDir && declares(x.path)).map((x) => x.path)].map(byteStringToText);
  const found: { keepsGitDir?: string } = {};
  const siblings = editsSpecific ? [] : siblingDockerfiles(root, dockerfileAbs === null ? null : byteStringToText(dockerfileAbs), opts.repository, opts.env ?? {}, listed, found);
  // A workflow that edits this Dockerfile in place before whatever builds it (gin-vue-admin's CI runs
  // `sed -i` on deploy/docker/Dockerfile, then `make images`; the review of b5f4616): what that build
  // copies is not known here, as for a workflow build of it (siblings.ts).
  const editor = dockerfileAbs === null ? null : workflowEditingInPlace(root, byteStringToText(dockerfileAbs));
  if (editor !== null) siblings.push({ name: editor, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhat: 'this Dockerfile as it edits it in place first' });
  // With --target, the Dockerfile's other targets read the same ignore file (snuba's CI builds its
  // `testing` and `application` targets; suggest --target build_admin_ui proposed excluding what they copy).
  let otherTargets: Sibling | null = null;
  // A one-stage Dockerfile has none.
  if (opts.target !== undefined && opts.target !== '' && dockerfileText !== null && parseDockerfile(dockerfileText).stages.length > 1) {
    otherTargets = siblingOf(`${byteStringToText(result.legacy.resolved.relDockerfile)} (its other targets)`, dockerfileText, opts.buildArgs ?? {});
    siblings.push(otherTargets);
  }
  // A named context that is this directory reads it through the same ignore file (BuildKit applies
  // a local context's own .dockerignore; one inside it has its own root and ignore file): nats-io/nack's bake builds
  // `--build-context src=.` and `COPY --from=src . /go/src`, then runs goreleaser on it. What such a
  // COPY takes is not known here, so it holds changes back as a build of unknown sources does.
  for (const [name, value] of Object.entries(editsSpecific ? {} : (opts.namedContexts ?? {}))) {
    if (!isLocalContextValue(value)) continue;
    const dir = path.resolve(opts.cwd, value);
    if (path.relative(root, dir) !== '') continue;
    siblings.push({ name: `--build-context ${name}=${value} (this directory, read through its ignore file)`, text: Buffer.alloc(0), sources: [], unknown: true });
  }
  if (opts.allowlist) {
    // Only this Dockerfile's other targets: a `<Dockerfile>.dockerignore` is theirs too, so creating
    // one changes nothing (ladesa-ro/management-service's devcontainer and service-runtime targets).
    const others = siblings.filter((sb) => sb !== otherTargets);
    const a =
      siblings.length === 0
        ? allowlistCandidate(result)
        : others.length === 0
        ? { candidate: null, problem: `${(otherTargets as Sibling).name} read ${displayName} too: an allowlist for one target would drop what the others copy, and a ${byteStringToText(result.legacy.resolved.relDockerfile)}.dockerignore would be theirs as well` }
        : { candidate: null, problem: `${others.map((sb) => sb.name).join(', ')} ${others.length === 1 ? 'is' : 'are'} built from this context too and read${others.length === 1 ? 's' : ''} ${displayName}: an allowlist for one Dockerfile would drop what the others copy; create ${byteStringToText(result.legacy.resolved.relDockerfile)}.dockerignore (BuildKit reads it for that Dockerfile alone) and run suggest --allowlist again` };
    allowlistProblem = a.problem;
    candidates = a.candidate && !hasAllowlist(doc, a.candidate.lines) ? [a.candidate] : [];
  } else candidates = candidatesFrom(result, root, dockerfileText, siblings, found.keepsGitDir, argsGiven);

  const present = () => new Set(docLines(doc).map((l) => l.trim()));
  let gitReason: string | null | undefined;
  const gitReasonNow = () => (gitReason === undefined ? (gitReason = gitReadReason(result, root, dockerfileText, siblings, found.keepsGitDir, argsGiven)) : gitReason);
  // The limit is on evaluations (each costs a pass over the recorded tree); a candidate held back
  // before one (a reason known from the Dockerfiles) costs nothing and is always said. Counted past
  // it: mana-monorepo's root had 40 candidates held back, and 39 more never looked at.
  const maxCandidates = opts.maxCandidates ?? 40;
  let evaluations = 0;
  let notEvaluated = 0;
  for (const c of candidates) {
    // A name holding a line break could add a line of its own choosing: such a candidate is never made.
    if (c.lines.some((l) => /[\r\n]/.test(l))) continue;
    if (c.targets.length > 0 && !stillSent(current, c.targets)) continue;
    if (c.edit.kind === 'append' && c.lines.every((l) => present().has(l))) continue;
    if (c.blocked !== undefined) {
      // Two rules proposing the same lines for the same reason (CTX003 and CTX004 on .git): said once.
      if (rejected.some((x) => x.reasons[0] === c.blocked && x.lines.join('\n') === c.lines.map(byteStringToText).join('\n'))) continue;
      rejected.push({ kind: c.kind, lines: c.lines.map(byteStringToText), paths: c.targets.map(byteStringToText), reasons: [c.blocked] });
      continue;
    }
    if (evaluations >= maxCandidates) {
      notEvaluated++;
      continue;
    }
    evaluations++;
    const next = applyEdit(doc, c.edit);
    const nextContent = serializeDoc(next);
    // Appended exclusions change only what they match: derived from the current state, no walk.
    const ev = (c.edit.kind === 'append' ? evaluateAppend(setup, current, nextContent) : null) ?? evaluate(setup, nextContent);
    const problems = breakages(before, ev, setup, editedRel ?? '', current);
    const shown = { kind: c.kind, lines: c.lines.map(byteStringToText), paths: c.targets.map(byteStringToText) };
    if (problems.length > 0) {
      rejected.push({ ...shown, reasons: problems.map((p) => p.message) });
      continue;
    }
    // A change that sends nothing less (an exclusion) or nothing different (an exception) is no change.
    const stops = { legacy: stopped(current.legacyEntries, ev.legacySent), buildkit: stopped(current.buildkitEntries, ev.buildkitSent) };
    const removes = stops.legacy.entries > 0 || stops.buildkit.entries > 0;
    if (c.kind === 'CTX304' ? !removes && !sendsMore(current, ev) : !removes) continue;
    // An allowlist that stops sending no file but the Dockerfile to either builder (the context holds only what
    // the Dockerfile copies, and the new file is sent too): no change (jessfraz/dockerfiles' termboy, files 4 -> 5;
    // sweep 53/C-F3). By files, not bytes, which the tar rounds to 512-byte blocks: a 28-byte .env kept out costs
    // what the new file adds (the review of 5748e815, RB-R3).
    const dockerfilePath = result.legacy.resolved.relDockerfile;
    const stopsAFile = (was: readonly SentEntry[], now: Set<string>) => was.some((e) => e.kind !== 'dir' && e.path !== dockerfilePath && !now.has(e.path));
    if (c.kind === 'allowlist' && !stopsAFile(current.legacyEntries, ev.legacySent) && !stopsAFile(current.buildkitEntries, ev.buildkitSent)) {
      allowlistProblem = 'it would keep nothing out: the context holds little but what the Dockerfile copies, and the new file would be sent too';
      continue;
    }
    // A change that drops part of .git from a build that may read it (inbucket: `tags` rewritten to
    // `**/tags` matched .git/refs/tags, and its build runs `git describe --tags`).
    if (stopsGit(current, ev)) {
      const reason = gitReasonNow();
      if (reason !== null) {
        rejected.push({ ...shown, reasons: [reason] });
        continue;
      }
    }
    // What BuildKit stops sending is what it stops requesting: a file it only had eligible (the
    // Dockerfile never names it) was never sent (Kavita: 28 files "stopped" while 2,342 B stayed requested).
    const requestedStops = stopped(
      current.buildkitEntries.filter((e) => current.requested.has(e.path)),
      ev.requested,
    ).summary;
    suggestions.push({ ...shown, replaces: c.replaces, before: current.figures, after: ev.figures, stops: { legacy: stops.legacy.summary, buildkit: requestedStops } });
    doc = next;
    current = ev;
  }
  const proposed = serializeDoc(doc);
  const changed = isChanged(doc, original);
  const lines = {
    before: original === null ? null : parseDoc(original).lines.map((l) => byteStringToText(l.text)),
    after: changed ? docLines(doc).map(byteStringToText) : original === null ? [] : parseDoc(original).lines.map((l) => byteStringToText(l.text)),
    unterminated: { before: unterminated(original), after: unterminated(changed ? proposed : original) },
  };
  let cwdReal = path.resolve(opts.cwd);
  try {
    cwdReal = fs.realpathSync(cwdReal);
  } catch {
    // a working directory gone: the context-relative name below
  }
  const fromCwd = path.relative(cwdReal, file);
  const diffName = fromCwd !== '' && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd) ? fromCwd.split(path.sep).join('/') : displayName;
  return {
    file,
    displayName,
    diffName,
    readBy: editsSpecific ? ['buildkit'] : ['legacy', 'buildkit'],
    hash,
    original,
    proposed,
    changed,
    lines,
    root,
    suggestions,
    rejected,
    before: before.figures,
    after: current.figures,
    allowlistProblem,
    notEvaluated,
    sharedWith: siblings.map((sb) => sb.name),
    wholeContext: !!before.needs && (before.needs.legacy.wholeContext || before.needs.buildkit.wholeContext),
  };
}

/** The suggest command's engine: `suggest` inside the repository boundary of `cwd` (src/context/boundary.ts). */
export function suggestInRepository(opts: Omit<SuggestOptions, 'repository'> & { allowOutsideRepo: boolean }): SuggestResult {
  const { allowOutsideRepo, ...rest } = opts;
  return suggest({ ...rest, repository: repoBoundary(opts.cwd, allowOutsideRepo) });
}

/** `--write`: the proposed file replaces the one read, atomically and only if unchanged (writeIgnoreFile). */
export function writeSuggestion(r: Pick<SuggestResult, 'file' | 'hash' | 'proposed' | 'root'>): void {
  writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
}

/** How many of the largest stopped paths a suggestion names. */
const LARGEST_SHOWN = 5;

/** What was sent (`was`) and is not in `now`: entries, and the non-directories with their bytes. */
function stopped(was: readonly SentEntry[], now: Set<string>): { entries: number; summary: Stopped } {
  let entries = 0;
  let files = 0;
  let bytes = 0;
  // The largest few, kept in order as we go (largest first, ties in byte order of the path).
  const top: { path: string; bytes: number }[] = [];
  const before = (a: { path: string; bytes: number }, b: { path: string; bytes: number }) => a.bytes > b.bytes || (a.bytes === b.bytes && a.path < b.path);
  for (const e of was) {
    if (now.has(e.path)) continue;
    entries++;
    if (e.kind === 'dir') continue;
    files++;
    bytes += e.contentBytes;
    const g = { path: e.path, bytes: e.contentBytes };
    if (top.length === LARGEST_SHOWN && !before(g, top[top.length - 1])) continue;
    let i = top.length;
    while (i > 0 && before(g, top[i - 1])) i--;
    top.splice(i, 0, g);
    if (top.length > LARGEST_SHOWN) top.pop();
  }
  return { entries, summary: { files, bytes, largest: top.map((g) => ({ path: byteStringToText(g.path), bytes: g.bytes })) } };
}

/** Whether the change stops sending `.git` or anything in it, to either builder. */
function stopsGit(current: Evaluation, next: Evaluation): boolean {
  const inGit = (p: string) => p === '.git' || p.startsWith('.git/');
  for (const e of current.legacyEntries) if (inGit(e.path) && !next.legacySent.has(e.path)) return true;
  for (const e of current.buildkitEntries) if (inGit(e.path) && !next.buildkitSent.has(e.path)) return true;
  return false;
}

/** Whether a file's last line has no newline after it. */
function unterminated(b: Buffer | null): boolean {
  return b !== null && b.length > 0 && b[b.length - 1] !== 0x0a;
}

function sendsMore(current: Evaluation, next: Evaluation): boolean {
  for (const p of next.legacySent) if (!current.legacySent.has(p)) return true;
  for (const p of next.buildkitSent) if (!current.buildkitSent.has(p)) return true;
  return false;
}

function readOrNull(file: string | Buffer): Buffer | null {
  try {
    return readRegularFile(file); // a FIFO or device named like an ignore file is not read
  } catch {
    return null;
  }
}

/**
 * The writable bind mounts of the Compose files with default names in the context's directory and
 * each directory above it up to the repository root (or the context alone outside a repository),
 * each with the file, relative to the repository (or the context).
 */
function composeMountsAbove(root: string, repo: string | null): { host: string; service: string; file: string }[] {
  const top = repo ?? root;
  const out: { host: string; service: string; file: string }[] = [];
  for (let d = root; ; d = path.dirname(d)) {
    for (const name of COMPOSE_FILE_NAMES) {
      const f = path.join(d, name);
      if (!fs.existsSync(f)) continue;
      for (const m of composeWritableMounts(f)) out.push({ ...m, file: path.relative(top, f).split(path.sep).join('/') });
    }
    if (path.resolve(d) === path.resolve(top) || path.dirname(d) === d) break;
  }
  return out;
}
