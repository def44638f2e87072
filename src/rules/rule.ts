// The rule model (after hadolint and ruff): a stable id that is never reused, a kebab-case name,
// a default severity, docs next to the code, a pure `check` that returns findings as data, and a
// `message` that renders one finding's data. Rules never print and never touch the filesystem
// except through `ContextReader`.
import type { IgnoreFileChange } from '../context/build-scripts.js';
import type { IgnoreFile } from '../context/discover.js';
import type { PatternMatcher } from '../context/patterns.js';
import type { ExcludedItem, SentEntry } from '../context/walk.js';
import type { Severity } from '../findings/finding.js';
import type { CrossCheckResult } from '../dockerfile/cross-check.js';
import type { ParsedDockerfile } from '../dockerfile/parse.js';

export interface RuleDocs {
  /** One line: when the rule fires (rule lists, SARIF shortDescription). */
  summary: string;
  /** Why it matters (one paragraph). */
  why: string;
  /** How to fix it. */
  fix: string;
  /** A small example that triggers the rule (ignore-file lines, a tree, or a Dockerfile). */
  bad: string;
  /** The same example, fixed. */
  good: string;
}

/** The only I/O a rule may do: read a bounded prefix of a file, or list a pruned directory. */
export interface ContextReader {
  /** Up to `maxBytes` of a context-relative byte-string path; null when unreadable. Valid until the next call. */
  readPrefix(path: string, maxBytes: number): Buffer | null;
  /** Context-relative byte-string paths of the regular files under `dir`, at most `limit` of them. */
  listFiles(dir: string, limit: number): string[];
}

export interface RuleSettings {
  /** CTX001: bytes; a sent file above it is reported. */
  maxFileSize: number;
  /** CTX002: bytes of the upload; null means no budget. */
  maxContextSize: number | null;
  /** CTX202: whether to read file contents at all, and how much of each file. */
  secretContent: { enabled: boolean; maxBytes: number };
}

/** Everything a rule may look at. Paths are context-relative byte strings (see src/context/bytes.ts). */
/** Another build of the same context in the same run (`--all`), which reads the same `.dockerignore`. */
export interface OtherBuild {
  /** The target's name, as the run lists it. */
  name: string;
  /** Its Dockerfile as messages name it (context-relative). */
  dockerfileName: string;
  /** Its Dockerfile parsed with its build args (read once per run), or null when it cannot be read. */
  parsed: () => ParsedDockerfile | null;
  target?: string;
  /** The builder that runs it (how its sources resolve: `COPY ../x` is BuildKit's root `x`, the legacy builder's failure). */
  builder: 'legacy' | 'buildkit';
}

export interface RuleContext {
  /**
   * Other builds of this context in the run that read the same `.dockerignore` (`--all`): CTX303
   * offers `**\/x` only if none of their named sources copies a deeper match.
   */
  otherBuilds?: readonly OtherBuild[];
  /** Sent entries in tar order. */
  entries: readonly SentEntry[];
  excluded: readonly ExcludedItem[];
  ignore: IgnoreFile;
  /**
   * Where findings about `ignore`'s lines point (their `file`), relative to the context root:
   * `.dockerignore` (the default, and always the legacy builder's), or the `<Dockerfile>.dockerignore`
   * BuildKit reads instead (BuildkitEligible.ignoreLocation).
   */
  ignoreLocation?: string;
  /** Matcher over the ignore rules plus the build-file exceptions; `sourceIndex` = rule index when < rules.length. */
  tarMatcher: PatternMatcher;
  /** Exact bytes of the upload. */
  tarBytes: number;
  settings: RuleSettings;
  reader: ContextReader;
  /** `.gitignore` decision for a context-relative byte-string path, or null when not in a git repo. */
  isGitIgnored: ((path: string, isDir: boolean) => boolean) | null;
  /** What the .gitignore rules alone say of a file, tracked or not (GitOracles.ignoredByRules). */
  isGitIgnoredByRules?: ((path: string) => boolean) | null;
  /**
   * The `file:line` of a repository build script (a workflow, the root Makefile) that writes this
   * context-relative byte-string path before a build, or null (src/context/build-scripts.ts).
   */
  writtenByScript?: ((path: string) => string | null) | null;
  /** The git submodule (its path in the repository) a context-relative byte-string path lies in, when this checkout has not checked it out; else null. */
  submoduleOf?: ((path: string) => string | null) | null;
  /** The git submodule a context-relative byte-string path is or lies in, checked out or not; else null. */
  inSubmodule?: ((path: string) => string | null) | null;
  /** The repository's Go command directory (`./cmd/<name>`) a missing source named `<name>` is the program of; else null. */
  goCommandFor?: ((name: string) => string | null) | null;
  /** Where the repository's root build files (CMake, Bazel, Cargo) declare a program a missing source named `<name>` is; else null. */
  buildTargetFor?: ((name: string) => string | null) | null;
  /**
   * For a dependency or build directory's name (`node_modules`, `target`): what no RUN of the
   * Dockerfile does to make it again when the Dockerfile uses that ecosystem ("installs packages
   * (npm ci, ...)", src/dockerfile/remakes.ts): the image then runs on the one it is sent. Else null.
   */
  notRemadeBy?: ((name: string) => string | null) | null;
  /** A context-relative byte-string path relative to the git repository's root instead; absent outside a repository. */
  repoPath?: ((path: string) => string) | null;
  /**
   * For an untracked context-relative byte-string file path of `size` bytes: the repo-relative path of
   * a tracked file with the same bytes (a CI step's copy of a committed file), or null; null/absent
   * when there is no git index to read.
   */
  committedCopyOf?: ((path: string, size: number) => string | null) | null;
  /** Whether git tracks a context-relative byte-string file path; null/absent when there is no git index to read. */
  isGitTracked?: ((path: string) => boolean) | null;
  /** What the git index says of a context-relative byte-string path (indexHolds: 'tracked', 'sparse' or null); null/absent when there is no git index to read. */
  indexHolds?: ((path: string) => 'tracked' | 'sparse' | null) | null;
  /** Whether a `.gitignore` exception keeps a context-relative byte-string file path among siblings git ignores (GitOracles.keptByException); null/absent outside a repository. */
  isGitException?: ((path: string) => boolean) | null;
  /**
   * Why the build reads the `.git` it is sent (a RUN runs git, a Makefile it runs calls `git describe`,
   * the .NET SDK...: src/dockerfile/reads-git.ts), or null; computed on first call. Absent: not known.
   */
  gitReadBy?: (() => string | null) | null;
  /** A step that writes into the context before the build (a workflow's download-artifact), or null/absent. */
  contextPreparedBy?: string | null;
  /** contextPreparedBy for this context-relative missing source: another step when that one writes only elsewhere (mayPreparerOf), or null/absent. */
  contextPreparedFor?: ((path: string) => string) | null;
  /** The step among those that prepare the context that writes this context-relative missing source, or null (preparerOf). */
  preparedFor?: ((path: string) => string | null) | null;
  /** The step of this build that runs the build tool whose output directory holds this context-relative path (`./mvnw package` for target/...), or null (toolBuilds). */
  builtBy?: ((path: string) => string | null) | null;
  /** The step that surely fills this very context-relative path before the build (a download of a named artifact into it), or null (filledBy). */
  filledBy?: ((path: string) => string | null) | null;
  /** Like preparedFor, only a script line that writes this path itself (`cp .dockerignore ../`), not a step that may write anywhere. */
  writtenFirstBy?: ((path: string) => string | null) | null;
  /**
   * The step of this build (not of another build merged into the target) that writes or removes the
   * ignore file the builder reads before the build (netbird's build.sh: `cp docker/.dockerignore
   * .dockerignore`; `rm -f .dockerignore`), or buildah's `.containerignore` read instead (its
   * `because`), or null/absent: what is sent is then not known here.
   */
  ignoreFileChangedBy?: IgnoreFileChange | null;
  /** A workflow job's build whose job ran nothing before it that could write the checkout (BuildTarget.checkoutOnly), else null/absent. */
  checkoutOnly?: { submodules: boolean } | null;
  /**
   * The context is a commit BuildKit clones on the builder (src/buildkit/git-context.ts): what it is
   * (a URL and ref, or "this checkout's commit"), else null/absent. No ignore file applies to it, and
   * nothing a step before the build writes is in it.
   */
  gitContext?: string | null;
  /** Build args the invocation sets to a value known only when it runs (`VERSION=${{ inputs.version }}`): name -> value as written. */
  argsAtRunTime?: Record<string, string> | null;
  /** The builder whose view the entries are (default legacy): under BuildKit a sent entry is only eligible. */
  builder?: 'legacy' | 'buildkit';
  /**
   * Under BuildKit: whether a requested file (context-relative byte string) is one this user may not
   * open, which BuildKit's client sends empty (buildkit/transfer.ts); null when none is.
   */
  sentEmpty?: ((path: string) => boolean) | null;
  /** The Dockerfile cross-check for the selected builder, or null when there is no Dockerfile to read. */
  crossCheck: CrossCheckResult | null;
  /** The Dockerfile's context-relative byte-string path when it lies inside the context (not stdin), else null/absent. */
  dockerfilePath?: string | null;
  /** Results the background worker computed ahead of the rules (absent: the rules read for themselves). */
  prescanned?: Prescanned | null;
  /** CTX202's hits by file, kept across the audits of one run (AuditOptions.secretScans). */
  secretScans?: SecretScanCache;
  /** Told how far a rule that reads file contents has got (files done, files to read), so a long scan shows it moving. */
  progress?: (done: number, total: number) => void;
}

/** The credential formats CTX202 detects (src/rules/ctx202-secret-content.ts). */
export type SecretKind = 'private-key' | 'aws-access-key-id' | 'github-token' | 'gitlab-token' | 'slack-token' | 'npm-token' | 'stripe-live-key' | 'discord-bot-token' | 'telegram-bot-token';

/**
 * One CTX202 hit: the kind and the 1-based line of its first match, never the value. `keyIdOnly`:
 * an AWS access key id with no secret access key anywhere in the text (an identifier, which AWS
 * says is not secret; a credential only with its secret).
 */
export type SecretHit = { kind: SecretKind; line: number; keyIdOnly?: true };

/** Work done ahead of the rules, off the main thread. `undefined` for a path means "not done: do it yourself". */
/** CTX202's hits by file (its path, size and bytes read), for audits of the same files in one run. */
export interface SecretScanCache {
  get(key: string): readonly SecretHit[] | undefined;
  set(key: string, hits: readonly SecretHit[]): void;
}

export interface Prescanned {
  /** CTX202's hits for a sent file. */
  secrets(path: string): SecretHit[] | undefined;
}

/** A finding before severity, suppression and message are applied: where, plus the data. */
export interface RawFinding<D> {
  /** Context-relative byte-string path the finding is about. */
  path?: string;
  /** A file other than the context path (`.dockerignore`, the Dockerfile), with a 1-based line. */
  file?: string;
  line?: number;
  column?: number;
  data: D;
  /**
   * The most this finding may be, after every raise (e.g. copied into the image): a rule that
   * looked and found no evidence (CTX201 reading an `.npmrc` with only settings) caps it.
   */
  maxSeverity?: Severity;
}

export interface Rule<D = Record<string, unknown>> {
  id: string;
  name: string;
  severity: Severity;
  docs: RuleDocs;
  /**
   * Rules about credentials only: GitHub code scanning's `security-severity` (0.0 to 10.0; in its
   * words "over 9.0 is critical, 7.0 to 8.9 is high, 4.0 to 6.9 is medium and 3.9 or less is low"),
   * which ranks the alert among security alerts in SARIF, and why the rule has that score (shown
   * in docs/rules.md).
   */
  security?: { severity: number; why: string };
  check(ctx: RuleContext): RawFinding<D>[];
  /** Renders one finding from its data; paths in data are display text already. */
  message(data: D): string;
}

/** The file findings about the ignore file's lines name (RuleContext.ignoreLocation). */
export function ignoreFileLocation(ctx: RuleContext): string {
  return ctx.ignoreLocation ?? '.dockerignore';
}

/** Identity helper that keeps a rule's data type while checking its shape. */
export function defineRule<D>(rule: Rule<D>): Rule<D> {
  return rule;
}
