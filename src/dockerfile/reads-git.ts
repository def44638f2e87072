// Whether a build may read the `.git` it is sent: `suggest` never proposes excluding `.git` then.
// Found on real repositories: writefreely's Makefile stamps the version from `git describe` after
// the Dockerfile installs git; a RUN may name git after a comment line inside its continuation
// (localstack's shape); bitwarden's `dotnet publish` (the .NET SDK reads .git itself, no git binary, and
// puts the commit into the assembly's informational version, which the server reports); a Python
// package versioned by setuptools-scm fails to install without it; cloudflared's `RUN make`, whose
// Makefile takes the version from `git describe`; openobserve's `cargo build`, whose build.rs runs
// git; vikunja's `RUN mage build:clean`, whose magefile.go
// runs `git describe` when no RELEASE_VERSION is passed (its CI passes one; a plain build does not).
import * as path from 'node:path';
import { readRegularFile } from '../context/read-regular.js';
import { joinContinuedLines, packageScripts } from '../context/build-scripts.js';
import { parseDockerfile, type ContextSource, type Stage } from './parse.js';
import { filepathMatch, stageResolver } from './sources.js';

export interface DockerfileText {
  /** How the reason names it: `the Dockerfile`, or a sibling's context-relative path. */
  label: string;
  text: Buffer;
  /** ARGs its build gives a value (`--build-arg`, a workflow's `build-args`, known or only at run time). */
  argsGiven?: ReadonlySet<string>;
}

/**
 * Of the ARGs a build gives, those the RUN at `line` (1-based) sees: declared by an `ARG NAME` in its
 * own stage before it (one declared only before the first FROM, or in another stage, is empty in this
 * RUN: the reviews of 8983e8e7 and a22c5d2d, RB-R5 and RC-R4). The Dockerfile's FROM and ARG lines are
 * read once per text (reading it again for each RUN was quadratic: the review of b184bef7, RD-R1).
 */
const stageArgsCache = new WeakMap<DockerfileText, { from: number[]; firstArg: Map<number, Map<string, number>> }>();
function givenInRunStage(d: DockerfileText, line: number): ReadonlySet<string> | undefined {
  if (d.argsGiven === undefined || d.argsGiven.size === 0) return undefined;
  let index = stageArgsCache.get(d);
  if (index === undefined) {
    // Each stage's FROM line, and in each, the first line declaring each ARG (per RUN: a binary search and
    // a look-up per given name, so a stranger's file of many stages, ARGs and RUNs stays linear).
    index = { from: [], firstArg: new Map() };
    const lines = d.text.toString('latin1').split('\n');
    let stage = -1;
    for (let i = 0; i < lines.length; i++) {
      if (/^[ \t]*FROM[ \t]/i.test(lines[i])) {
        stage = i + 1;
        index.from.push(stage);
        index.firstArg.set(stage, new Map());
      } else if (stage > 0) {
        const m = /^[ \t]*ARG[ \t]+([A-Za-z_]\w*)/i.exec(lines[i]);
        const args = index.firstArg.get(stage) as Map<string, number>;
        if (m !== null && !args.has(m[1])) args.set(m[1], i + 1);
      }
    }
    stageArgsCache.set(d, index);
  }
  let lo = 0;
  let hi = index.from.length - 1;
  let from = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.from[mid] < line) (from = index.from[mid]), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (from < 0) return new Set();
  const args = index.firstArg.get(from) as Map<string, number>;
  return new Set([...d.argsGiven].filter((n) => (args.get(n) ?? Infinity) < line));
}

/**
 * A RUN's text without the shell defaults a given ARG makes dead: `${VERSION:-$(git rev-parse
 * --short HEAD)}` runs git only when VERSION is empty (yopass's workflow passes VERSION; suggest
 * refused to exclude .git for it; sweep 51/L-F3). Only a `$(...)` or backquoted default, with no
 * nesting, is taken out.
 */
export function withoutGivenDefaults(run: string, given: ReadonlySet<string> | undefined): string {
  if (given === undefined || given.size === 0 || !run.includes(':-')) return run;
  return run.replace(/\$\{([A-Za-z_]\w*):-(\$\([^()]*\)|`[^`]*`)\}/g, (all, name: string) => (given.has(name) ? '' : all));
}

/** Python build back-ends and plugins that take the version from the git repository. */
/** (versioningit: prefect's `[tool.hatch.version] source = "versioningit"`.) */
const PY_VCS_VERSION = /setuptools[_-]scm|setuptools[_-]git[_-]versioning|hatch[_-]vcs|vcs[_-]versioning|versioneer|versioningit|flit[_-]scm|poetry[_-]dynamic[_-]versioning|uv[_-]dynamic[_-]versioning|dunamai|\bpbr\b/i;

const SCM = String.raw`\s*=\s*["']scm["']`;
/** Per TOML section (a Map: a section named `constructor` is no key of an object's prototype), the line that says so. */
// (Each key also as a dotted prefix in the sections above it: `[tool]` then `pdm.version = {...}`, or
// `tool.pdm.version.source = "scm"` before any header; the review of ae94ff2.)
const VERSION_SCM = String.raw`version\s*(?:\.\s*source${SCM}|=\s*\{[^}]*\bsource${SCM})`;
const PDM_SCM = new Map<string, RegExp>([
  ['tool.pdm.version', new RegExp(String.raw`^\s*source${SCM}`)],
  ['tool.pdm', new RegExp(String.raw`^\s*${VERSION_SCM}`)],
  ['tool', new RegExp(String.raw`^\s*pdm\s*\.\s*${VERSION_SCM}`)],
  ['', new RegExp(String.raw`^\s*tool\s*\.\s*pdm\s*\.\s*${VERSION_SCM}`)],
]);
/**
 * Whether a pyproject.toml has pdm-backend take the version from the repository: `source = "scm"` in
 * `[tool.pdm.version]`, `version = { source = "scm" }` or `version.source = "scm"` in `[tool.pdm]`, or
 * `pdm.version.source` in `[tool]`. Read line by line (the review of fdac6bc: one expression across the
 * section was quadratic on blank lines, and missed the inline and dotted forms).
 */
function pdmScmVersion(text: string): boolean {
  let section = '';
  for (const line of text.split('\n')) {
    const header = /^\s*\[\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      section = header[1].replace(/\s+/g, '');
      continue;
    }
    if (PDM_SCM.get(section)?.test(line) === true) return true;
  }
  return false;
}
const PY_PROJECT_FILES = new Set(['pyproject.toml', 'setup.cfg', 'setup.py']);

/** Whether a pyproject.toml's `[project]` table writes its version out and does not list it as dynamic. */
export function staticProjectVersion(text: string): boolean {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*\[project\]\s*(?:#.*)?$/.test(l));
  if (start < 0) return false;
  let end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  if (end < 0) end = lines.length;
  const table = lines.slice(start + 1, end).join('\n');
  if (!/^\s*version\s*=\s*["']/m.test(table)) return false;
  const dynamic = /^\s*dynamic\s*=\s*\[([^\]]*)\]/m.exec(table);
  return dynamic === null || !/["']version["']/.test(dynamic[1]);
}
/** Go modules that open a git repository themselves (go-git, libgit2's binding). */
const GO_GIT_LIBRARY = /^\s*(?:require\s+)?((?:github\.com\/go-git\/go-git|gopkg\.in\/src-d\/go-git|github\.com\/libgit2\/git2go)\S*)\s/m;
/** Rust crates that read the git repository when the crate builds or runs (a dependency key in Cargo.toml). */
// (As a key, `vergen-gitcl = "1"`, inherited from the workspace, `vergen-gitcl.workspace = true`, or as
// a table of its own, `[build-dependencies.vergen-gitcl]`, `[workspace.dependencies.vergen-gitcl]`:
// matrix-authentication-service's crates/cli; sweep 52/S-F3.)
const RUST_GIT_LIBRARY = /^[ \t]*(?:\[[ \t]*(?:workspace\.)?(?:build-|dev-)?dependencies\.)?(git2|gix|git-version|git-testament|shadow-rs|vergen-git2|vergen-gitcl|vergen-gix|vergen(?=[ \t]*=.*\bgit))(?:\.workspace)?[ \t]*[=\]]/m;
/**
 * vergen's own table form with git features (`[build-dependencies.vergen]`, then `features = ["git", ...]` in its
 * body), read line by line: a pattern for it took exponential time on indented lines (the review of 323d976b,
 * RD-R1: a 307-byte Cargo.toml hung the audit). As RUST_GIT_LIBRARY's match, `vergen` its group 1.
 */
function vergenTableWithGit(text: string): RegExpExecArray | null {
  if (!text.includes('vergen')) return null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^[ \t]*\[[ \t]*(?:workspace\.)?(?:build-|dev-)?dependencies\.vergen[ \t]*\]/.test(lines[i])) continue;
    for (let j = i + 1; j < lines.length && !/^[ \t]*\[/.test(lines[j]); j++) {
      if (/^[ \t]*features[ \t]*=/.test(lines[j]) && /\bgit/.test(lines[j])) return /(vergen)/.exec('vergen');
    }
  }
  return null;
}

/**
 * Maven and Gradle plugins that read the git repository into the build (zeppelin's
 * zeppelin-interpreter/pom.xml: git-commit-id-plugin writes git.properties, which its REST API serves),
 * and a Gradle build that runs git itself (reportportal/service-api's build.gradle runs
 * `commandLine 'git', 'submodule', ...`, and its gitInfo task stamps the branch into the jar).
 * Also a convention plugin that applies gradle-git-properties itself: the UK Ministry of Justice's
 * `uk.gov.justice.hmpps.gradle-spring-boot` (visit-scheduler's `./gradlew assemble` after `COPY . .`
 * fails with "No Git repository found": failOnNoGitDirectory is the default).
 */
const JVM_GIT_PLUGIN = /(git-commit-id(?:-maven)?-plugin|gradle-git-properties|uk\.gov\.justice\.hmpps\.gradle-spring-boot|com\.palantir\.git-version|org\.ajoberstar\.grgit|\bGrgit\b|nebula\.release|pl\.allegro\.tech\.build\.axion-release|jgitver|commandLine\s*\(?\s*['"]git['"]|['"]git\s+(?:rev-parse|describe|log|show|rev-list|symbolic-ref|branch|submodule)\b[^'"\n]*['"]\s*\.execute\(\))/;
const JVM_BUILD_FILES = new Set(['pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts']);
/** Haskell packages that read the git repository at compile time (Template Haskell: hledger's `githash` puts the commit into --version). */
const HASKELL_GIT_LIBRARY = /(?<![\w-])(githash|gitrev)(?![\w-])/;
/** At most this many Python project files, Makefiles or package.json files are read, shallowest first, each at most this size. */
const MAX_PY_FILES = 20;
const MAX_PY_BYTES = 256 * 1024;

/**
 * Why the build may read `.git`, or null. `dockerfiles`: the Dockerfile suggest was asked about
 * and the others built from the same context that read the same ignore file. `sentFiles`:
 * context-relative UTF-8 paths of the regular files sent, for the Python project files.
 */
// Not `git:` (a Gemfile `git:` option in a sed text, helpy; a `git://` URL): no git runs there.
const GIT_WORD = /(?<![\w./-])git(?![\w.:-])/;
/** The configuration files JavaScript bundlers and frameworks load when a package script builds. */
const BUNDLER_CONFIG = /^(?:vite|vitest|webpack|next|nuxt|rollup|astro|svelte|tsup|remix|quasar|vue|rspack|rsbuild|farm|electron\.vite|gatsby-config|gatsby-node)(?:\.config)?\.(?:js|cjs|mjs|ts|cts|mts)$/;
/** `sentry-cli releases set-commits --auto`: the commits of the repository it runs in. */
const SENTRY_CLI_COMMITS = /\bset-commits\b[^&|;\n]*--auto\b/;
/**
 * The Sentry Dart plugin (`dart run sentry_dart_plugin`, `flutter pub run sentry_dart_plugin`), whose
 * `commits` option defaults to `auto`: it runs `sentry-cli releases set-commits --auto`, which fails
 * with no git repository (tmail-flutter's image build runs it from scripts/run-sentry.sh under `set -e`).
 */
const SENTRY_DART_PLUGIN = /\b(?:dart|flutter)\s+(?:pub\s+)?run\s+sentry_dart_plugin\b/;
/** JavaScript that runs git or reads the repository through a library (`execSync('git rev-parse HEAD')`, git-rev-sync, simple-git). */
const JS_READS_GIT = /['"`]git\s+(?:rev-parse|describe|log|show|rev-list|symbolic-ref|branch|tag|status)\b|['"](?:git-rev-sync|simple-git|git-describe|git-repo-info|git-last-commit)['"]/;
/** A Node program's own call of the git binary: `spawnSync('git', [...])`, `execFileSync("git", ...)`, `execa('git', ...)`. */
const JS_SPAWNS_GIT = /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|execa|execaSync)\s*\(\s*['"`]git['"`\s]/;
/** `git clone URL`: a RUN that clones another repository. */
const GIT_CLONE = /(?<![\w./-])git\s+(?:-\S+\s+)*clone\b/;
/** `git clone` of a remote URL, to the end of its command: it reads no local `.git` (fio-dashboard's postinstall clones ledger-fio into node_modules). */
const GIT_CLONE_REMOTE = /(?<![\w./-])git\s+(?:-\S+\s+)*clone\s+(?:[^;&|\n]*?\s)?(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)[^;&|\n]*/g;
/** `git config --global|--system ...`: sets the user's or machine's git configuration, reads no repository. */
const GLOBAL_CONFIG = /(?<![\w./-])git\s+config\s+(?:--global|--system)\b(?:[^;&|\n]|\\\n)*/g;
/**
 * nix on a flake of the context (`nix build .#psql_15/bin`, `nix profile install .#x`): nix reads a
 * flake in a git work tree through git (only its tracked files; `self.rev` and `lastModified` come
 * from .git). supabase/postgres stamps its receipt.json with the flake's git revision. Read word by
 * word, command by command: linear in the text.
 */
const NIX_SUBCOMMAND = new Set(['build', 'run', 'develop', 'shell', 'bundle', 'install', 'flake']);
function runsNixOnLocalFlake(text: string): boolean {
  for (const command of text.split(/[;&|\n]/)) {
    const words = command.trim().split(/\s+/);
    const nix = words.findIndex((w) => w === 'nix' || w.endsWith('/nix'));
    if (nix < 0) continue;
    const sub = words.findIndex((w, k) => k > nix && NIX_SUBCOMMAND.has(w));
    if (sub >= 0 && words.some((w, k) => k > sub && /^["']?(?:path:)?\.\/?\.?#/.test(w))) return true;
  }
  return false;
}
const MAKEFILES = new Set(['Makefile', 'makefile', 'GNUmakefile']);
/** A package manager's install command with its arguments, up to the next command: where `git` is a package name. */
const INSTALLS = /(?<![\w./-])(?:apk\s+(?:-\S+\s+)*add|apt(?:-get)?\s+(?:-\S+\s+)*install|yum\s+(?:-\S+\s+)*install|dnf\s+(?:-\S+\s+)*install|microdnf\s+(?:-\S+\s+)*install|zypper\s+(?:-\S+\s+)*(?:in|install)|pacman\s+-S\w*)(?:[^;&|\n]|\\\n)*/g;
/**
 * The Cake script a RUN runs, or null: `dotnet cake [X.cake]` (`dotnet tool run dotnet-cake`, `dotnet-cake`), or a sent
 * shell script the RUN runs (Cake's bootstrapper `./build.sh`) that does (the review of f36667da, RB-R8).
 */
function cakeScriptRun(run: string, root: string, sentFiles: readonly string[]): string | null {
  const direct = (text: string) => {
    const m = /(?<![\w./-])(?:dotnet[ \t]+(?:tool[ \t]+run[ \t]+)?(?:dotnet-)?cake|dotnet-cake)(?![\w.-])(?:[ \t]+(?:--\S+[ \t]+)*([\w./-]+\.cake))?/.exec(text);
    return m === null ? null : (m[1] ?? 'build.cake');
  };
  const here = direct(run);
  if (here !== null) return here;
  for (const m of run.matchAll(/(?:^|[\s;&|(])(?:(?:ba)?sh[ \t]+)?(\.\/)?([\w.-]+(?:\/[\w.-]+)*\.sh)(?=$|[\s;&|)])/g)) {
    const p = path.posix.normalize(m[2]);
    if (!sentFiles.includes(p)) continue;
    const inner = direct(readSent(root, p) ?? '');
    if (inner !== null) return inner;
  }
  return null;
}

/** The first line of a Cake script, or of the sent files its `#load` / `#l` lines bring in (one level, 8 files), that reads .git (CAKE_READS_GIT). */
function cakeGitLine(root: string, sentFiles: readonly string[], p: string): { file: string; line: number } | null {
  const text = readSent(root, p) ?? '';
  const lines = text.split('\n', 20_000);
  const i = lines.findIndex((l) => CAKE_READS_GIT.test(l));
  if (i >= 0) return { file: p, line: i + 1 };
  const dir = path.posix.dirname(p);
  let n = 0;
  for (const l of lines) {
    const m = /^[ \t]*#l(?:oad)?[ \t]+"?(?:local:)?([\w./-]+\.cake)"?/.exec(l);
    if (m === null || ++n > 8) continue;
    const loaded = path.posix.normalize(path.posix.join(dir, m[1]));
    if (!sentFiles.includes(loaded)) continue;
    const j = (readSent(root, loaded) ?? '').split('\n', 20_000).findIndex((x) => CAKE_READS_GIT.test(x));
    if (j >= 0) return { file: loaded, line: j + 1 };
  }
  return null;
}

/** A Cake script's line that reads .git: GitVersion (its `#tool` or call), Cake.Recipe (which runs it), the .NET SDK's build, publish or pack, MSBuild, Cake.Git's calls. */
const CAKE_READS_GIT = /\bGitVersion\b|\bCake\.Recipe\b|\bDotNet(?:Core)?(?:Build|Publish|Pack|MSBuild)[ \t]*\(|\bMSBuild[ \t]*\(|\bGit(?:Describe|Log|BranchCurrent|Tags)[ \t]*\(/;

/** A package manager's removal of packages (`apt-get purge -y $BUILD_DEPS`, `apk del .build-deps git`): no git run. */
const REMOVES = /(?<![\w./-])(?:apk\s+(?:-\S+\s+)*del|apt(?:-get)?\s+(?:-\S+\s+)*(?:purge|remove|autoremove)|(?:yum|dnf|microdnf)\s+(?:-\S+\s+)*(?:remove|erase)|zypper\s+(?:-\S+\s+)*(?:rm|remove)|pacman\s+-R\w*)(?:[^;&|\n]|\\\n)*/g;


/**
 * Task runners a RUN may hand the build to, and the sent files that say what they run: a git
 * command there may read `.git` (make's `$(shell git describe)`, a magefile's
 * `exec.Command("git", "describe")`, a shell script's `git rev-parse`). `comment`: a line that
 * is only a comment, passed over.
 */
interface Runner {
  name: string;
  runs: RegExp;
  file: (path: string, base: string) => boolean;
  comment: RegExp;
  /** What else in its files runs git (CMake's `${GIT_EXECUTABLE}`, which `find_package(Git)` sets). */
  also?: RegExp;
}
const RUNNERS: readonly Runner[] = [
  // (And an included `Makefile.<suffix>`: volcano's `include Makefile.def`, whose GitSHA=`git rev-parse HEAD`
  // its recipes stamp through ${LD_FLAGS}; suggest proposed .git; sweep 51/M-F2. Not autotools' .am/.in templates.)
  { name: 'make', runs: /(?<![\w./-])g?make(?![\w.-])/, file: (_p, n) => MAKEFILES.has(n) || n.endsWith('.mk') || (/^Makefile\.[\w-]+$/.test(n) && !/\.(?:am|in)$/.test(n)), comment: /^\s*#/ },
  { name: 'mage', runs: /(?<![\w./-])mage(?![\w.-])/, file: (p, n) => n === 'magefile.go' || (/(^|\/)magefiles\/[^/]+\.go$/.test(p) && !n.endsWith('_test.go')), comment: /^\s*\/\// },
  { name: 'just', runs: /(?<![\w./-])just(?![\w.-])/, file: (_p, n) => /^\.?[Jj]ustfile$/.test(n), comment: /^\s*#/ },
  { name: 'task', runs: /(?<![\w./-])task(?![\w.-])/, file: (_p, n) => /^[Tt]askfile(\.dist)?\.ya?ml$/.test(n), comment: /^\s*#/ },
  // CMake's configure step runs the project's `execute_process(COMMAND git describe ...)` (a version
  // from git, common in C/C++ projects): without .git it fails or the version comes out empty.
  { name: 'cmake', runs: /(?<![\w./-])cmake(?![\w.-])/, file: (_p, n) => n === 'CMakeLists.txt' || n.endsWith('.cmake'), comment: /^\s*#/, also: /\$\{GIT_EXECUTABLE\}/ },
];

/**
 * What `go run` is given in a RUN: a .go file (`go run build.go`, `go run ./scripts/gen.go`) or a
 * package directory of the context (`go run .`, `go run ./cmd/tool`); not a module path
 * (`go run golang.org/x/tools/cmd/stringer@latest`), which is downloaded.
 */
function goRunTargets(run: string): string[] {
  if (run.length > 1 << 16) return [];
  const out: string[] = [];
  for (const m of run.replace(/\\\n/g, ' ').matchAll(/(?<![\w./-])go[ \t]+run[ \t]+((?:-[^\s]+[ \t]+)*)([^\s;&|'"]+)/g)) {
    const t = m[2];
    if (t.endsWith('.go') || t === '.' || t.startsWith('./')) out.push(t);
  }
  return out;
}

/** Whether a sent Go file lies in the package directory `go run` names (`.`: the context's root, where `COPY . .` puts the WORKDIR's files). */
function goDirMatches(file: string, dir: string): boolean {
  const parent = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  if (dir === '' || dir === '.') return parent === '';
  return parent === dir || parent.endsWith('/' + dir);
}

/** The bundler command a RUN runs as a command of its own (`bundle install`, a bare `bundle`, `gem build`), or null. */
function runsBundlerCommand(run: string): string | null {
  if (run.length > 1 << 16) return null;
  for (const raw of run.split(/[;&|()\n"'{}`]|\b(?:then|do|else|if|while|until)\b/)) {
    // Wrappers that run the command after them: sudo and env with their options and assignments, time, exec, nice, !.
    const seg = raw.replace(/^\s*(?:(?:sudo|env|time|exec|nice|nohup|command)(?:\s+-\S+)*\s+|[A-Za-z_]\w*=\S*\s+|!\s*|(?:ba|z|da)?sh\s+-\w*c\s*)*/, '');
    const m = /^(bundle\s+(?:install|exec|package|update|lock)|bundle(?=\s*(?:$|\\))|gem\s+build)(?![\w.-])/.exec(seg);
    if (m) return m[1].replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * The directories the `make` commands of a RUN run in (`make -C libpfm-4.11.0`, `--directory=DIR`),
 * relative to the working directory, or null when one runs without, or in an absolute or variable
 * directory (where a COPY may have placed the context's Makefile).
 * cadvisor's deploy/Dockerfile runs make in a tarball it downloads: its own Makefile is not that one.
 */
function makeDirs(run: string): string[] | null {
  const dirs: string[] = [];
  for (const m of run.matchAll(/(?<![\w./-])g?make(?![\w.-])([^;&|\n]*)/g)) {
    const d = /(?:^|\s)(?:-C\s*|--directory[=\s]+)(['"]?)([^\s'"]+)\1/.exec(m[1]);
    // An absolute or variable directory may be where a COPY put the context (`make -C /src`).
    if (!d || d[2].startsWith('/') || d[2].includes('$')) return null;
    dirs.push(d[2]);
  }
  return dirs;
}

/** Shell scripts a RUN runs by name (`./build.sh`, `sh scripts/version.sh`, `/src/hack/build.sh`): the last two components of each. */
function scriptsNamed(text: string, written?: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    const parts = p.split('/').filter((x) => x !== '' && x !== '.' && x !== '..');
    if (parts.length === 0) return;
    const key = parts.slice(-2).join('/');
    out.push(key);
    // The absolute paths it is run by (`/build.sh`): where a COPY may have placed one file by name.
    if (written !== undefined && p.startsWith('/')) written.set(key, (written.get(key) ?? new Set()).add(path.posix.normalize(p)));
  };
  // Not a script a command only handles, not runs (tyk's plugin-compiler: `RUN chmod +x /build.sh`, the
  // image's entrypoint, run by `docker run` only; sweep 53/X-F1): the commands of such words left out.
  // (The command word ends at a blank or the command's end: `test/version.sh` is a script run by its path,
  // not the test command; the review of 729f12ee, RA-R6.)
  const run = text.replace(/(^|[;&|(\n])([ \t]*(?:sudo[ \t]+)?(?:chmod|chown|chgrp|rm|touch|dos2unix|ln|mkdir|ls|stat|test)(?=[ \t]|$|[;&|)\n]))[^;&|()\n]*/g, '$1$2');
  // (And a Python program, `python ts_scripts/install_from_src.py`, which may open the repository with a git
  // library: pytorch/serve's pygit2; sweep 54/J-F1.)
  for (const m of run.matchAll(/(?<![\w.-])((?:[\w.-]*\/)*[\w.-]+\.(?:sh|bash|py))(?![\w.-])/g)) add(m[1]);
  // A module run with `python -m pkg.mod` is pkg/mod.py (the review of 40e54d1f, RB-R10).
  for (const m of run.matchAll(/(?<![\w.-])python[\d.]*(?:[ \t]+-[A-Za-z]+)*[ \t]+-m[ \t]+([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*){0,8})(?![\w.])/g)) add(`${m[1].split('.').join('/')}.py`);
  // A program run by its path, with no extension: longhorn-manager's `RUN /app/scripts/build`.
  for (const m of run.matchAll(/(?:^|[;&|(]|\n)\s*(?:(?:ba)?sh\s+|source\s+|\.\s+)?((?:\.{1,2}\/|\/)?(?:[\w.-]+\/)+[\w.-]+)(?=\s|$|[;&|)])/g)) add(m[1]);
  return out;
}

/**
 * Where the Dockerfiles' COPY/ADD instructions put one context file by name: its absolute destination
 * (against the WORKDIR; into a directory destination, under its own name) -> the file's path in the context.
 */
function copyDestinations(dockerfiles: readonly DockerfileText[], sent: ReadonlySet<string>): { files: Map<string, string>; dirs: Map<string, string> } {
  const out = new Map<string, string>();
  // Where a COPY put a directory of the context, or the context itself (`COPY . .` in WORKDIR /app: /app -> '').
  const dirs = new Map<string, string>();
  for (const d of dockerfiles) {
    for (const st of parseDockerfile(d.text).stages) {
      // (This stage's, in order: a later COPY of a directory, the whole context or a pattern into where one was
      // put may overwrite it, and the file there is then not known; the review of 7d5d75cb, RB-R7.)
      const here = new Map<string, string>();
      for (const x of st.sources) {
        if (x.instruction === 'RUN --mount' || typeof x.dest !== 'string') continue;
        const source = path.posix.normalize(x.source).replace(/^\/+/, '');
        const dest = path.posix.resolve(x.workdir ?? '/', x.dest);
        const oneFile = x.fromContext && x.sourceCount === 1 && !/[*?[]/.test(x.source) && source !== '.' && source !== '' && sent.has(source);
        if (!oneFile) {
          for (const k of [...here.keys()]) if (k === dest || k.startsWith(dest === '/' ? '/' : `${dest}/`)) here.delete(k);
          if (x.fromContext && x.sourceCount === 1 && !/[*?[]/.test(x.source) && !sent.has(source)) dirs.set(dest, source === '.' ? '' : source);
          continue;
        }
        here.set(x.dest.endsWith('/') ? path.posix.join(dest, path.posix.basename(source)) : dest, source);
      }
      for (const [k, v] of here) out.set(k, v);
    }
  }
  return { files: out, dirs };
}

/** The context file a COPY put at absolute path `w`: by name, else under a directory a COPY put there; or undefined. */
function placedAt(placed: { files: Map<string, string>; dirs: Map<string, string> }, w: string): string | undefined {
  const file = placed.files.get(w);
  if (file !== undefined) return file;
  let best: string | undefined;
  let bestLen = -1;
  for (const [d, src] of placed.dirs) {
    const under = d === '/' ? w.startsWith('/') : w.startsWith(`${d}/`);
    if (under && d.length > bestLen) {
      bestLen = d.length;
      const rest = w.slice(d === '/' ? 1 : d.length + 1);
      best = src === '' ? rest : `${src}/${rest}`;
    }
  }
  return best;
}

/**
 * A script's text and, one level down, the sent scripts beside it that it names
 * (`source $(dirname $0)/version`: longhorn-manager's scripts/build sources scripts/version, which
 * runs `git rev-parse`): each with its path.
 */
function scriptAndHelpers(root: string, sentFiles: readonly string[], p: string): { path: string; text: string | null }[] {
  const text = readSent(root, p);
  const out = [{ path: p, text }];
  if (text === null) return out;
  const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '';
  const beside = sentFiles.filter((q) => q !== p && q.startsWith(dir) && !q.slice(dir.length).includes('/')).slice(0, 50);
  // Not a word in a comment (rancher/webhook's validate-kube-version: `# Extract version from go.mod` is
  // no call of scripts/version, which runs git: a reason that was not true).
  const code = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
  for (const q of beside) {
    const name = q.slice(dir.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|[\\s/"'])${name}(?=$|[\\s"';)])`, 'm').test(code)) out.push({ path: q, text: readSent(root, q) });
  }
  return out;
}

/**
 * The goals the `make` commands of a RUN name (`make bosun scollector tsdbrelay`), with '' for a
 * make that names none (the Makefile's default goal), or null when one names a goal make takes from
 * a variable, or another Makefile (`-f`), which are not known here.
 */
function makeGoals(run: string): string[] | null {
  const goals: string[] = [];
  for (const m of run.matchAll(/(?<![\w./-])g?make(?![\w.-])([^;&|\n]*)/g)) {
    const words = m[1].trim().split(/\s+/).filter((w) => w !== '');
    let named = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (/^(?:-f|--file|--makefile)(?:=|$)/.test(w) || w.includes('$') || w.includes('`')) return null;
      if (/^(?:-C|-I|-o|-W|-l|--directory|--include-dir|--old-file|--what-if)$/.test(w)) i++;
      else if (/^-j$/.test(w) && /^\d+$/.test(words[i + 1] ?? '')) i++;
      else if (w.startsWith('-') || w.includes('=')) continue;
      else if (/^[\w./%+-]+$/.test(w)) {
        goals.push(w);
        named++;
      } else return null;
    }
    if (named === 0) goals.push('');
  }
  return goals;
}

/**
 * The lines (0-based) of a Makefile that a make of `goals` may run: every line outside a recipe
 * (variables: `VERSION := $(shell git describe)` runs as make reads the file), and the recipes of
 * the rules the goals reach through their prerequisites and the `$(MAKE) GOAL` lines of those
 * recipes. '' is the default goal (the first rule's first target not starting with a dot). Null
 * (every line) when a reached rule's prerequisites or sub-make name a variable, or a pattern rule
 * could apply. bosun's docker/Dockerfile runs `make bosun scollector tsdbrelay`, whose recipes run
 * `go build`; its `generate` rule's `git diff` (line 86) is never reached.
 */
function makeLinesRun(text: string, goals: readonly string[]): Set<number> | null {
  const lines = text.split('\n');
  const rules = new Map<string, { prereqs: string[]; recipe: number[] }[]>();
  const outside = new Set<number>();
  let first: string | null = null;
  let current: { prereqs: string[]; recipe: number[] }[] | null = null;
  let inDefine = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const continued = i > 0 && /\\$/.test(lines[i - 1]);
    if (continued) {
      // A continuation belongs to what the previous line was part of.
      if (current !== null && lines[i - 1].startsWith('\t')) current.forEach((r) => r.recipe.push(i));
      else outside.add(i);
      continue;
    }
    if (inDefine) {
      outside.add(i);
      if (/^\s*endef\b/.test(line)) inDefine = false;
      continue;
    }
    if (line.startsWith('\t') && current !== null) {
      current.forEach((r) => r.recipe.push(i));
      continue;
    }
    if (/^\s*(?:#|$)/.test(line)) continue;
    if (/^\s*define\b/.test(line)) {
      inDefine = true;
      outside.add(i);
      current = null;
      continue;
    }
    // A variable (`VERSION ::= $(shell git describe)`, `export X := ...`) is read, not a rule.
    const rule = /^\s*(?:export\s+|override\s+)?[\w.-]+\s*(?::{1,3}=|[+?!]?=)/.test(line) ? null : /^([^:=#\t][^:=#]*?)\s*::?(?![=])\s*(.*)$/.exec(line);
    if (rule && !/^\s*(?:export|override|ifn?eq|ifn?def|else|endif|include|-include|sinclude)\b/.test(rule[1])) {
      const targets = rule[1].trim().split(/\s+/);
      const [deps, inline] = rule[2].split(/;(.*)/s);
      // `target: VAR = value` sets a variable for the target: no rule of its own.
      if (/^[\w.-]+\s*[:+?!]?=/.test(deps.trim())) {
        outside.add(i);
        current = null;
        continue;
      }
      const entry = { prereqs: deps.replace(/\|/g, ' ').trim().split(/\s+/).filter((d) => d !== ''), recipe: inline !== undefined ? [i] : [] };
      current = [];
      for (const t of targets) {
        if (first === null && !t.startsWith('.') && !t.includes('%')) first = t;
        const list = rules.get(t) ?? [];
        list.push(entry);
        rules.set(t, list);
        current.push(entry);
      }
      continue;
    }
    outside.add(i);
    current = null;
  }
  if ([...rules.keys()].some((t) => t.includes('%') || t.includes('$'))) return null;
  const seen = new Set<string>();
  const queue = goals.map((g) => (g === '' ? (first ?? '') : g)).filter((g) => g !== '');
  const run = new Set(outside);
  while (queue.length > 0) {
    const g = queue.pop() as string;
    if (seen.has(g)) continue;
    seen.add(g);
    for (const r of rules.get(g) ?? []) {
      for (const d of r.prereqs) {
        if (d.includes('$')) return null;
        queue.push(d);
      }
      for (const n of r.recipe) {
        run.add(n);
        for (const m of lines[n].matchAll(/\$[({]MAKE[)}]([^;&|\n]*)/g)) {
          const sub = makeGoals('make' + m[1]);
          if (sub === null || /(?:^|\s)(?:-C|--directory)/.test(m[1])) return null;
          queue.push(...sub.map((x) => (x === '' ? (first ?? '') : x)).filter((x) => x !== ''));
        }
      }
    }
  }
  return run;
}

/** The first line of `text` that is not a comment and names git, or runs nix on the context's flake (1-based, 0: none), and what it does. */
/**
 * A message a line prints or raises (`fmt.Printf("Warning: git fetch failed: %v\n", err)`, `echo "git not found"`,
 * `log.Fatal("...")`, `errors.New("...")`): words in it run nothing (vikunja's magefile.go:1673, cited as running git;
 * sweep 53/A-F1). Not one that substitutes a command (`echo "$(git describe)"`).
 */
const PRINTED_MESSAGE = /(?<![\w.])(?:fmt\.(?:Print|Sprint|Fprint|Errorf)\w*|log\.\w+|errors\.New|panic|echo|printf|console\.(?:log|error|warn|info)|print|puts)[ \t]*\(?[ \t]*(?:[\w.]+[ \t]*,[ \t]*)?(["'])((?:(?!\1)[^\\]|\\.)*)\1/g;
const withoutMessages = (line: string) => (line.length > 4096 ? line : line.replace(PRINTED_MESSAGE, (m, _q: string, body: string) => (/\$\(|`/.test(body) ? m : ' ')));

function gitLine(text: string | null, comment: RegExp, only: Set<number> | null = null, also?: RegExp, quotedIsName = false): { line: number; does: string } {
  const lines = text === null ? [] : text.split('\n').map(withoutMessages);
  // The line cited is the first that runs git as a command, when one does: ezbookkeeping's build.sh
  // checks `check_dependency "git"` at line 106 and runs `git rev-parse` at 121 (sweep 51/L-F7).
  for (let i = 0; i < lines.length; i++) {
    if (comment.test(lines[i]) || (only !== null && !only.has(i)) || lines[i].length > 4096) continue;
    const bare = lines[i].replace(/(["'])git\1/g, ' ').replace(/(?:command\s+-v|which|hash|type)\s+git(?![\w.:-])/g, ' ');
    if (GIT_WORD.test(bare)) return { line: i + 1, does: 'runs git: the build may read .git (a version from git describe)' };
  }
  for (let i = 0; i < lines.length; i++) {
    if (comment.test(lines[i]) || (only !== null && !only.has(i))) continue;
    // (In Python, a quoted "git" is a name as often as a command: a package in a list to install, pytorch/serve's
    // install_dependencies.py; its calls are read by `also`, RUNTIME_GIT's forms.)
    if ((!quotedIsName && GIT_WORD.test(lines[i])) || also?.test(lines[i]) === true) return { line: i + 1, does: 'runs git: the build may read .git (a version from git describe)' };
    if (SENTRY_CLI_COMMITS.test(lines[i]) || SENTRY_DART_PLUGIN.test(lines[i])) return { line: i + 1, does: "runs Sentry's set-commits with auto (the Dart plugin's default), which reads the repository's commits: the build may read .git" };
    if (runsNixOnLocalFlake(lines[i])) return { line: i + 1, does: "runs nix on the context's flake, which nix reads through git: the build may read .git" };
    const lib = PY_GIT_LIBRARY.exec(lines[i]);
    if (lib !== null) return { line: i + 1, does: `opens the repository with ${lib[1] ?? lib[2] ?? lib[3]}, a Python git library: the build may read .git` };
  }
  return { line: 0, does: '' };
}

/**
 * A Python program that opens a git repository through a library, no git binary: pytorch/serve's
 * ts_scripts/install_from_src.py, `from pygit2 import Repository`, `Repository(".").head.shorthand`, which
 * its Dockerfile's RUN runs after `COPY ./ serve` (sweep 54/J-F1); GitPython's `git.Repo(...)`, dulwich.
 * (`import git` and `from git import Repo` read as running git already: GitPython runs the git binary.)
 */
const PY_GIT_LIBRARY = /^\s*(?:from\s+(pygit2|dulwich)(?:\.\w+)*\s+import\b|import\s+(pygit2|dulwich)\b)|\b(git)\.Repo\s*\(/;

/**
 * A script of the repository that a Makefile's lines run (a recipe line, or an assignment through
 * `$(shell ...)`, `!=` or backquotes), as written from the Makefile's directory (after a `cd DIR &&`
 * the line starts with) or the root, or by its last two components, whose own line (or a helper's
 * beside it) runs git: where the Makefile runs it, which script, and its line; or null. At most
 * MAX_MAKE_SCRIPTS distinct scripts a call, each judged once a gitReader call (`judged`): a stranger's
 * Makefiles naming hundreds of scripts on every line took a minute (the review of 6767e9d1, RA-R4).
 */
const MAX_MAKE_SCRIPTS = 64;
function makeScriptGitLine(root: string, sent: ReadonlySet<string>, sentFiles: readonly string[], makefile: string, text: string, only: Set<number> | null, judged: Map<string, { script: string; line: number; does: string } | null>): { at: number; script: string; line: number; does: string } | null {
  const dir = makefile.includes('/') ? makefile.slice(0, makefile.lastIndexOf('/') + 1) : '';
  // A line continued with `\` read as one (the review of e523c001, RD-R6: `cd tools && \` then `./stamp.sh`).
  const lines = joinContinuedLines(text.split('\n'));
  const tried = new Set<string>();
  for (let i = 0; i < lines.length && tried.size < MAX_MAKE_SCRIPTS; i++) {
    const l = lines[i];
    if (l.length > 4096 || /^\s*#/.test(l) || (only !== null && !only.has(i))) continue;
    const a = l.startsWith('\t') ? null : MAKE_ASSIGNMENT.exec(l);
    const run = l.startsWith('\t') ? l.replace(/^\t[@+-]*/, '') : a !== null && (a[2] === '!=' || /\$\(shell\b|`/.test(a[3])) ? (a[2] === '!=' ? a[3] : [...a[3].matchAll(/\$\(shell\s+([^)]*)\)|`([^`]*)`/g)].map((m) => m[1] ?? m[2]).join('\n')) : null;
    if (run === null || run.trim() === '') continue;
    // (`cd tools && ./stamp.sh`: the script is tools/stamp.sh.)
    const cd = /^\s*cd\s+([\w./-]+)\s*(?:&&|;)/.exec(run);
    const from = cd === null ? dir : path.posix.join(dir, cd[1]) + '/';
    for (const written of scriptPathsNamed(run)) {
      if (tried.size >= MAX_MAKE_SCRIPTS) break;
      const candidates = [path.posix.normalize(from + written), path.posix.normalize(dir + written), path.posix.normalize(written)].filter((c) => !c.startsWith('../') && !c.startsWith('/'));
      const lastTwo = written.split('/').filter((x) => x !== '' && x !== '.' && x !== '..').slice(-2).join('/');
      candidates.push(dir + lastTwo, lastTwo);
      const q = candidates.find((c) => sent.has(c));
      if (q === undefined || tried.has(q)) continue;
      tried.add(q);
      if (!judged.has(q)) {
        let verdict: { script: string; line: number; does: string } | null = null;
        for (const f of scriptAndHelpers(root, sentFiles, q)) {
          const { line, does } = gitLine(f.text, /^\s*#/);
          if (line > 0) {
            verdict = { script: f.path, line, does };
            break;
          }
        }
        judged.set(q, verdict);
      }
      const v = judged.get(q);
      if (v) return { at: i + 1, ...v };
    }
  }
  return null;
}

/** The paths of the scripts a command line runs, as written (`./build/scripts/version.sh`, `sh hack/stamp`), `./` taken off. */
function scriptPathsNamed(run: string): string[] {
  const out = new Set<string>();
  for (const m of run.matchAll(/(?<![\w.-])((?:[\w.-]*\/)*[\w.-]+\.(?:sh|bash))(?![\w.-])/g)) out.add(m[1].replace(/^(?:\.\/)+/, ''));
  for (const m of run.matchAll(/(?:^|[;&|(]|\n)\s*(?:(?:ba)?sh\s+|source\s+|\.\s+)?((?:\.{1,2}\/)?(?:[\w.-]+\/)+[\w.-]+)(?=\s|$|[;&|)])/g)) out.add(m[1].replace(/^(?:\.\/)+/, ''));
  return [...out].slice(0, MAX_MAKE_SCRIPTS);
}

/** A make variable assignment: its name, operator and value. */
const MAKE_ASSIGNMENT = /^\s*(?:export\s+|override\s+)?([\w.-]+)\s*(::{0,2}=|:::=|[+?!]?=)(.*)$/;

/**
 * gitLine for a Makefile: an assignment runs git only through the shell (`!=`, `$(shell git ...)`,
 * backquotes): `ENV_GIT ?= git` names the program, and runs nothing (apisix; sweep 47/F-F2). A recipe
 * line runs it by name, or through a variable whose value is git (`$(ENV_GIT) describe`).
 */
function makeGitLine(text: string | null, only: Set<number> | null): { line: number; does: string } {
  const lines = text === null ? [] : text.split('\n');
  // A variable holds git when its value runs it first (`git`, `/usr/bin/env git`, `git describe --tags`,
  // a comment after it), or names a variable that does; any variable named for git (GIT, GIT_CMD) too,
  // wherever it is set (an included .mk: the review of c45959ae).
  const holdsGit = new Set<string>();
  const assignments = lines.map((l) => MAKE_ASSIGNMENT.exec(l)).filter((a): a is RegExpExecArray => a !== null && a[2] !== '!=');
  for (let round = 0; round < 4; round++) {
    for (const a of assignments) {
      const v = a[3].replace(/(?<!\\)#.*$/, '').trim();
      const first = v.replace(/^(?:\S*\/)?env\s+/, '').split(/\s+/)[0] ?? '';
      const viaHeld = /^\$[({]([\w.-]+)[)}]$/.exec(first);
      if (/^(?:\S*\/)?git$/.test(first) || (viaHeld !== null && (holdsGit.has(viaHeld[1]) || /git/i.test(viaHeld[1])))) holdsGit.add(a[1]);
    }
  }
  // Not one named for git whose value is a repository's URL (cometbft's `HTTPS_GIT := https://github.com/
  // cometbft/cometbft.git`, passed to buf as a URL: its line was given as running git; sweep 49/C-F2).
  const urls = new Set(assignments.filter((a) => /^(?:[a-z][\w+.-]*:\/\/|git@)\S*$/i.test(a[3].replace(/(?<!\\)#.*$/, '').trim())).map((a) => a[1]).filter((n) => !holdsGit.has(n)));
  const esc = (n: string) => n.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  const viaVar = new RegExp(`\\$[({]${urls.size === 0 ? '' : `(?!(?:${[...urls].map(esc).join('|')})[)}])`}(?:[\\w.-]*[Gg][Ii][Tt][\\w.-]*${holdsGit.size === 0 ? '' : `|${[...holdsGit].map(esc).join('|')}`})[)}]`);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s*#/.test(l) || (only !== null && !only.has(i))) continue;
    const a = l.startsWith('\t') ? null : MAKE_ASSIGNMENT.exec(l);
    const named = (x: string) => GIT_WORD.test(x) || viaVar.test(x);
    const runs = a !== null ? named(a[3]) && (a[2] === '!=' || /\$\(shell\b|`/.test(a[3])) : named(l);
    if (runs) return { line: i + 1, does: 'runs git: the build may read .git (a version from git describe)' };
    if (SENTRY_CLI_COMMITS.test(l) || SENTRY_DART_PLUGIN.test(l)) return { line: i + 1, does: "runs Sentry's set-commits with auto (the Dart plugin's default), which reads the repository's commits: the build may read .git" };
    if (runsNixOnLocalFlake(l)) return { line: i + 1, does: "runs nix on the context's flake, which nix reads through git: the build may read .git" };
  }
  return { line: 0, does: '' };
}

/** The sent files whose base name `keep` accepts, outside dependency trees, shallowest first, at most MAX_PY_FILES. */
function sentNamed(sentFiles: readonly string[], keep: (name: string) => boolean): string[] {
  return sentPaths(sentFiles, (_p, n) => keep(n));
}

/** The sent files whose path and base name `keep` accepts, outside dependency trees, shallowest first, at most MAX_PY_FILES. */
function sentPaths(sentFiles: readonly string[], keep: (path: string, name: string) => boolean): string[] {
  return sentFiles
    .filter((p) => keep(p, p.slice(p.lastIndexOf('/') + 1)) && !/(^|\/)(node_modules|vendor|\.git)\//.test(p))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_PY_FILES);
}

function readSent(root: string, p: string): string | null {
  try {
    return readRegularFile(path.join(root, ...p.split('/')), { noFollow: true, maxBytes: MAX_PY_BYTES }).toString('utf8');
  } catch {
    return null;
  }
}

const YARN_COMMANDS = new Set(['add', 'remove', 'install', 'upgrade', 'init', 'config', 'cache', 'global', 'info', 'why', 'workspace', 'workspaces', 'set', 'dlx', 'exec', 'node', 'plugin']);

/**
 * The package.json scripts a RUN makes a package manager run, with their pre/post hooks:
 * `npm run build`, `yarn build`, `pnpm build`; an install (`npm ci`, `yarn`, `pnpm install`) runs
 * the lifecycle scripts preinstall, install, postinstall and prepare.
 */
function scriptsRun(run: string): Set<string> {
  const out = new Set<string>();
  const add = (n: string) => ['pre' + n, n, 'post' + n].forEach((x) => out.add(x));
  for (const m of run.matchAll(/(?<![\w./-])(npm|pnpm|yarn|bun)((?:\s+--?\w[\w-]*(?:=\S+)?)*)(?:\s+(run|run-script))?(?:\s+([\w:.@/-]+))?/g)) {
    const [, tool, , run2, name] = m;
    const install = name === undefined || /^(ci|install|i)$/.test(name);
    if (install && (tool !== 'npm' || name !== undefined)) ['preinstall', 'install', 'postinstall', 'prepare'].forEach((x) => out.add(x));
    else if (name !== undefined && (run2 !== undefined || tool === 'yarn' || tool === 'pnpm' || tool === 'bun') && !YARN_COMMANDS.has(name)) add(name);
  }
  return out;
}

/**
 * The repository files a package.json script names as programs to run (`node scripts/x.js`,
 * `$(../../scripts/get-build-info.js)`, `./build.sh`, `tsx tools/v.ts`), as paths from the root
 * (`dir`: the package.json's directory); none that climb out of the repository.
 */
function scriptFilesNamed(value: string, dir: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/(?<![\w./@-])((?:\.{1,2}\/)*[\w-][\w./-]*\.(?:[cm]?[jt]s|sh|bash))(?![\w./-])/g)) {
    const rel = path.posix.normalize(path.posix.join(dir, m[1]));
    if (!rel.startsWith('..') && !path.posix.isAbsolute(rel) && !out.includes(rel)) out.push(rel);
  }
  return out;
}

/**
 * A COPY/ADD of a later stage that takes `.git` (or a path in it) by name out of another stage of the
 * same Dockerfile (imputnet/cobalt: `COPY . /app` in its build stage, `COPY --from=build /app/.git
 * /app/.git` in the last, read at run time for the version), or null: the image ships .git on purpose,
 * and without .git in the context that COPY fails (sweep 55/P-F1).
 */
export function gitCopiedOutOfStage(stages: readonly Stage[], needed?: ReadonlySet<number>): ContextSource | null {
  // (Stages by name and index, and each stage's answer, once: a chain walked per COPY was quadratic in the stages;
  // the review of 8bcecb1a, RD-R7.)
  const byRef = stageResolver(stages);
  const memo = new Map<number, string[]>();
  // Where the stage, or a stage it is built FROM, copied the whole context (`COPY . /app`: /app; `COPY ./ ./`).
  const contextAt = (st: Stage): string[] => {
    const hit = memo.get(st.index);
    if (hit !== undefined) return hit;
    const out: string[] = [];
    memo.set(st.index, out);
    for (let at: Stage | undefined = st, n = 0; at !== undefined && n < 64; at = byRef(at.base, at.index, 'base'), n++) {
      for (const x of at.sources) {
        if (x.fromContext && x.instruction !== 'RUN --mount' && typeof x.dest === 'string' && ['', '.', './'].includes(path.posix.normalize(x.source).replace(/^\/+/, '').replace(/\/+$/, '') || '.')) out.push(path.posix.resolve(x.workdir ?? '/', x.dest));
      }
    }
    return out;
  };
  for (const st of stages) {
    // (Only a stage the build runs: a debug stage no target needs copies nothing; the review of c2380508, RA-R7.)
    if (needed !== undefined && !needed.has(st.index)) continue;
    for (const src of st.sources) {
      if (src.external !== 'from' || src.from === null || src.mountType !== null || !/(?:^|\/)\.git(?:\/|$)/.test(src.source)) continue;
      const from = byRef(src.from, st.index);
      if (from === undefined) continue;
      // The context's .git, where that stage copied the context (not a clone's: the review of c2380508, RA-R7).
      const p = path.posix.resolve('/', src.source);
      if (contextAt(from).some((d) => { const g = d === '/' ? '/.git' : `${d}/.git`; return p === g || p.startsWith(`${g}/`); })) return src;
    }
  }
  return null;
}

/** `definite`: leave out the one guess, a Dockerfile that installs git that nothing is seen to run (CTX003's wording says only what is read). */
export function gitReader(root: string, dockerfiles: readonly DockerfileText[], sentFiles: readonly string[], opts: { definite?: boolean; neededStages?: ReadonlySet<number> } = {}): string | null {
  let installsGit: { label: string; line: number; runsOnly?: true } | null = null;
  let clonesGit: string | null = null;
  const runsTool = new Map<Runner, { label: string; line: number; clones: boolean }>();
  const scripts = new Map<string, { label: string; line: number }>();
  const scriptsWritten = new Map<string, Set<string>>();
  let runsScripts: { label: string; line: number; names: Set<string> } | null = null;
  let runsGo: { label: string; line: number; command: string } | null = null;
  let runsGoBuild: { label: string; line: number; command: string } | null = null;
  let makeMayGoBuild: { label: string; line: number; command: string } | null = null;
  let runsCargo: { label: string; line: number; command: string } | null = null;
  let runsJvm: { label: string; line: number; command: string } | null = null;
  let runsBundler: { label: string; line: number; command: string } | null = null;
  let runsHaskell: { label: string; line: number; command: string } | null = null;
  // The programs `go run` runs from the context's sources (syncthing's `go run build.go`, which runs `git describe`).
  const goRuns = new Map<string, { label: string; line: number }>();
  // Where make runs: undefined until a RUN runs it, null when one runs it in the working directory.
  let makeIn: string[] | null | undefined;
  // The goals those makes name ('' for a make with none), or null when one is not known here.
  let makeGoalsRun: string[] | null | undefined;
  let sentSet: Set<string> | undefined;
  let placed: { files: Map<string, string>; dirs: Map<string, string> } | undefined;
  for (const d of dockerfiles) {
    // GOFLAGS set so for every go command of the Dockerfile (an ENV or ARG; a flag on one command is that command's).
    // (Line by line: one pattern over a stranger's long line was quadratic; the review of d1f96b47, RA-D1.)
    const dLines = d.text.toString('latin1').split('\n');
    const noVcsStamp = dLines.some((l) => { const i = l.indexOf('GOFLAGS'); return i >= 0 && /\bGOFLAGS\b/.test(l) && l.includes('-buildvcs=false', i); });
    // GO111MODULE set off for the Dockerfile's go commands: GOPATH mode whatever go.mod says (RA-R5: once a Dockerfile).
    const moduleOff = dLines.some((l) => { const i = l.search(/\bGO111MODULE\b/); return i >= 0 && /\boff\b/.test(l.slice(i)); });
    // Each RUN as the builder reads it, heredoc bodies included (parse.ts), and whether .git may be
    // in its stage by then (runsWithGit).
    const stages = parseDockerfile(d.text).stages;
    let hasGit: ((index: number, line: number) => boolean) | undefined;
    // A later stage copies .git out of a stage of this Dockerfile (imputnet/cobalt: `COPY . /app` in its build
    // stage, then `COPY --from=build /app/.git /app/.git`, read at run time for the version): without .git
    // in the context that COPY fails (sweep 55/P-F1).
    // (The stages the build runs, when one Dockerfile's build is judged; the review of 8bcecb1a, RD-R6.)
    const out = gitCopiedOutOfStage(stages, dockerfiles.length === 1 ? opts.neededStages : undefined);
    if (out !== null) return `${d.label} copies ${out.raw} out of stage ${out.from} (line ${out.line}), where the context was copied: without .git that COPY fails; exclude it yourself if no build needs it`;
    for (const r of runsWithGit(stages)) {
      if (!r.git) {
        // git installed before .git is there is for a later RUN, unless this one removes it again
        // (bakerydemo's build dependencies, purged before its `ADD .`).
        // (A line that only runs it, `RUN git clone ...` on an image that has git, says so: shopware's
        // composer:2.7 stages were said to install git; sweep 52/P-F4.)
        // (Only a line that installs git, with a package manager INSTALLS knows or another installer's word before it,
        // or runs it: `useradd -m git` does neither; the review of b5fdd7c8, RD-R8.)
        const installs = GIT_WORD.test((r.text.match(INSTALLS) ?? []).join(' ')) || /(?<![\w./-])(?:install_packages|tdnf|conda|mamba|micromamba|apt-fast|brew|nix-env|choco|scoop)\b[^;&|\n]*\bgit\b/.test(r.text);
        const runs = /(?:^|[;&|(\n])[ \t]*(?:sudo[ \t]+)?git[ \t]+[\w-]/.test(r.text);
        if (installsGit === null && r.gitLater && (installs || runs) && !removesGit(r.text)) installsGit = { label: d.label, line: r.line, ...(!installs ? { runsOnly: true as const } : {}) };
        continue;
      }
      if (runsNixOnLocalFlake(r.text)) return `${d.label} runs nix on the context's flake (line ${r.line}): nix reads a flake in a git work tree through git (its revision, its tracked files): the build may read .git; exclude it yourself if it does not`;
      if (SENTRY_CLI_COMMITS.test(r.text) || SENTRY_DART_PLUGIN.test(r.text)) return `${d.label} runs Sentry's set-commits with auto (line ${r.line}; the Dart plugin's default), which reads the repository's commits: the build may read .git; exclude it yourself if it does not`;
      // waypoint's hack/Dockerfile.evanphx runs only `git config --global`, which reads no .git.
      // A RUN that clones another repository works on that clone (aria2's `git clone ... aria2`):
      // said only when any git counts (suggest's caution), not for CTX003's `definite` wording.
      // It is the last reason given, so that one naming the context's own files comes first.
      const cloning = GIT_CLONE.test(r.text);
      // (Where .git may be there, git installed even to be removed again may have run in between,
      // through a setup.py or a Makefile: the review of 80a0ce1.)
      const live = withoutGivenDefaults(r.text, givenInRunStage(d, r.line));
      // (Nor a package manager's removal of it: koillection's `apt-get purge -y ... git ...` at the end of the RUN that
      // installed it was "runs git"; such a RUN is one that installs git, said so below; sweep 56/U-F3.)
      if (GIT_WORD.test(live.replace(INSTALLS, ' ').replace(REMOVES, ' ').replace(GLOBAL_CONFIG, ' '))) {
        const why = `${d.label} runs git (line ${r.line}): the build may read .git (a version from git describe); exclude it yourself if it does not`;
        if (!cloning) return why;
        if (opts.definite !== true) clonesGit ??= why;
      }
      // `apk add git` installs it for a later step (writefreely's Makefile runs it): said if nothing runs it.
      if (installsGit === null && GIT_WORD.test(live)) installsGit = { label: d.label, line: r.line };
      const dotnet = /(?<![\w./-])dotnet\s+(build|publish|pack|msbuild)\b/.exec(r.text);
      if (dotnet) return `${d.label} runs dotnet ${dotnet[1]} (line ${r.line}): the .NET SDK reads .git itself to stamp the commit into the assembly's version; exclude it yourself if the image does not need it`;
      // Cake (`dotnet cake`, `dotnet tool run dotnet-cake`) on a script that runs GitVersion or the .NET SDK: Ocelot's
      // docker/Dockerfile.build runs `dotnet cake`, whose build.cake's Version task calls GitVersion, which fails
      // without .git; suggest proposed excluding it (sweep 56/V-F1).
      const cake = cakeScriptRun(r.text, root, sentFiles);
      if (cake !== null) {
        // (The script, and the files its `#load` lines bring in; Cake.Recipe runs GitVersion itself: the review of
        // f36667da, RB-R8.)
        const named = cake.replace(/^\.\//, '');
        const scripts = sentFiles.filter((p) => p === named || p.endsWith(`/${named}`)).sort((a, b) => a.length - b.length).slice(0, 4);
        for (const p of scripts) {
          const hit = cakeGitLine(root, sentFiles, p);
          if (hit !== null) return `${d.label} runs Cake (line ${r.line}), and ${hit.file}:${hit.line} runs GitVersion or the .NET SDK, which read .git: the build may fail or lose its version without it; exclude it yourself if it does not`;
        }
      }
      // A package list names tools it installs, not runs (tikv: `dnf install ... make` at line 19, `make` at 38).
      const ran = r.text.replace(INSTALLS, ' ');
      // The line cited is the first RUN that runs the tool in the context's files: one that clones
      // another repository and builds there (stargz's `git clone .../containerd ... && make`, line 44)
      // gives way to a later one that does not (its `make` after `COPY . .`, line 82).
      for (const t of RUNNERS) {
        const had = runsTool.get(t);
        if ((had === undefined || (had.clones && !cloning)) && t.runs.test(ran)) runsTool.set(t, { label: d.label, line: r.line, clones: cloning });
      }
      if (/(?<![\w./-])g?make(?![\w.-])/.test(ran)) {
        // A directory where a COPY put the context, or a directory of it (fortio's `COPY . fortio` in WORKDIR
        // /build, then `make -C fortio`): the context's own (sweep 55/O-F2); another name, a directory of that name.
        // (Every directory a COPY put there or above it, with the name as written: the map knows neither stage nor
        // order, and `COPY hack/ tools/` then `COPY . .` fills /build/tools from both; the review of 4e5b994d, RA-R8.)
        const dirs = makeDirs(ran)?.flatMap((dir) => {
          placed ??= copyDestinations(dockerfiles, (sentSet ??= new Set(sentFiles)));
          const abs = path.posix.resolve(r.workdir, dir);
          const out = [dir];
          for (const [d, src] of placed.dirs) {
            const rest = abs === d ? '' : d === '/' ? abs.slice(1) : abs.startsWith(`${d}/`) ? abs.slice(d.length + 1) : null;
            if (rest !== null) out.push(path.posix.join(src === '' ? '.' : src, rest || '.'));
          }
          return out;
        });
        makeIn = makeIn === null || dirs == null ? null : [...(makeIn ?? []), ...dirs];
        const goals = makeGoals(ran);
        makeGoalsRun = makeGoalsRun === null || goals === null ? null : [...(makeGoalsRun ?? []), ...goals];
      }
      for (const sh of scriptsNamed(r.text, scriptsWritten)) if (!scripts.has(sh)) scripts.set(sh, { label: d.label, line: r.line });
      // `go build`/`go install` stamps the commit from .git into the binary (-buildvcs, Go 1.18; the
      // main module's version too since Go 1.24), unless told not to.
      // Not of .go files named on its command line (toolhive-registry-server's `go build ...
      // ./cmd/thv-registry-api/main.go`): their command-line-arguments package gets no VCS stamp.
      // Any of its go commands that stamps: not one with -buildvcs=false, nor of .go files named on it.
      const goBuild = r.text.length > 1 << 16 ? undefined : [...r.text.replace(/\\\n/g, ' ').matchAll(/(?<![\w./-])go[ \t]+(build|install)\b([^;&|\n]*)/g)].find((g) => !/\.go["']?[ \t]*$/.test(g[2]) && !g[2].includes('-buildvcs=false'));
      if (runsGoBuild === null && goBuild !== undefined && !noVcsStamp && (hasGit ??= gitMayBeThere(stages))(r.stage, r.line)) runsGoBuild = { label: d.label, line: r.line, command: `go ${goBuild[1]}` };
      if (runsGoBuild === null && /(?<![\w./-])g?make(?![\w.-])/.test(ran) && !noVcsStamp) makeMayGoBuild ??= { label: d.label, line: r.line, command: 'make, whose Makefile runs go build,' };
      // GOPATH mode (no go.mod at the context's root, or GO111MODULE=off): `go get -u` updates each matching
      // package's checkout with its VCS, the context's own where a COPY put it under GOPATH, and fails on one
      // with no .git ("not using a known version control system"): ponzu's `COPY . .` into
      // $GOPATH/src/github.com/ponzu-cms/ponzu, then `go get -u github.com/ponzu-cms/ponzu...` (sweep 54/F-F2).
      // (Each `go get` up to its command's end, greedy, then its words: the lazy pattern was quadratic; RA-R6.)
      const goGetUpdate = r.text.length > 1 << 16 ? false : [...r.text.replace(/\\\n/g, ' ').matchAll(/(?<![\w./-])go[ \t]+get\b([^;&|\n]*)/g)].some((g) => /(?:^|[ \t])-u(?:=patch)?(?=[ \t]|$)/.test(g[1]));
      const gopath = !goGetUpdate ? null : !sentFiles.includes('go.mod') ? 'no go.mod' : moduleOff ? 'GO111MODULE=off' : null;
      if (gopath !== null) {
        return `${d.label} runs go get -u (line ${r.line}) in GOPATH mode (${gopath}): it updates a package's checkout with git, the context's own where it was copied under GOPATH, and fails on one without .git; exclude it yourself if it does not`;
      }
      for (const target of goRunTargets(r.text)) if (!goRuns.has(target)) goRuns.set(target, { label: d.label, line: r.line });
      const go = /(?<![\w./-])go\s+(test|run|generate)\b/.exec(r.text);
      if (runsGo === null && go) runsGo = { label: d.label, line: r.line, command: `go ${go[1]}` };
      // (Through a toolchain or a wrapper subcommand too: `cargo +nightly build`, `cargo auditable build`,
      // which matrix-authentication-service's Dockerfile runs; `cargo zigbuild`. Sweep 52/S-F3.)
      const cargo = r.text.length > 1 << 16 ? undefined : [...r.text.replace(/\\\n/g, ' ').matchAll(/(?<![\w./-])cargo(?:[ \t]+(?:\+[\w.-]+|--?[a-z][\w-]*))*[ \t]+(?:auditable[ \t]+|leptos[ \t]+)?(build|b|install|test|t|run|r|zigbuild)\b([^;&|\n]*)/g)].find((c) => c[1] !== 'install' || !installsRegistryCrate(c[2]));
      if (runsCargo === null && cargo) runsCargo = { label: d.label, line: r.line, command: cargo[0].slice(0, cargo[0].length - cargo[2].length).trim().replace(/\s+/g, ' ') };
      const haskell = /(?<![\w./-])(stack|cabal)\s+(build|install|v2-build|v2-install)\b/.exec(ran);
      if (runsHaskell === null && haskell) runsHaskell = { label: d.label, line: r.line, command: `${haskell[1]} ${haskell[2]}` };
      const jvm = /(?<![\w.-])(?:\.\/)?(mvnw?|gradlew?)(?![\w.-])/.exec(ran);
      if (runsJvm === null && jvm) runsJvm = { label: d.label, line: r.line, command: jvm[1] };
      // Bundler loads the gemspec a Gemfile's `gemspec` names, and gem build the one it is given.
      // (A command of its own: not `npm run bundle`, `gem install bundler` or `bundle config`, the review of
      // eb70893; but wrapped as a command is, `bash -lc "bundle install"`, `sudo -E bundle`, `env X=1 bundle`,
      // `if ! bundle check`, the review of 271d958. Read command by command: one pattern over the whole
      // line was quadratic on a long one.)
      const bundler = runsBundlerCommand(ran);
      if (runsBundler === null && bundler !== null) runsBundler = { label: d.label, line: r.line, command: bundler };
      const names = scriptsRun(r.text);
      if (runsScripts === null && names.size > 0) runsScripts = { label: d.label, line: r.line, names };
    }
  }
  // What the RUN hands over to: cloudflared's `RUN make cloudflared`, whose Makefile sets
  // VERSION from `git describe` (the golang image has git); an npm script that does the same.
  // A make that runs only in named directories reads the Makefiles of directories of those names.
  const inMakeDir = (q: string) => {
    if (makeIn === null || makeIn === undefined || makeIn.some((d) => d === '.' || d === './')) return true;
    const dir = q.includes('/') ? q.slice(0, q.lastIndexOf('/')) : '';
    return makeIn.some((d) => {
      const last = d.replace(/\/+$/, '').split('/').pop() ?? '';
      return last !== '' && (dir === last || dir.endsWith('/' + last));
    });
  };
  // A `Makefile.<suffix>` counts only when a Makefile beside it includes it (host-side Makefile.docker run
  // with `make -f` is no part of the RUN's make: the review of a930701f, RD-R4).
  const includedBy = (p: string): boolean => {
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '';
    const name = p.slice(dir.length);
    return [...MAKEFILES].some((m) => {
      const text = sentFiles.includes(dir + m) ? readSent(root, dir + m) : null;
      return text !== null && new RegExp(`^[ \\t]*(?:-|s)?include[ \\t]+(?:[^\\n]*[ \\t/])?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[ \\t]|$)`, 'm').test(text);
    });
  };
  const judgedScripts = new Map<string, { script: string; line: number; does: string } | null>();
  for (const [t, at] of runsTool) {
    for (const p of sentPaths(sentFiles, (q, n) => t.file(q, n) && (t.name !== 'make' || (inMakeDir(q) && (!/^Makefile\./.test(n) || includedBy(q)))))) {
      const text = readSent(root, p);
      // A Makefile (not an included .mk, whose rules another file's goals reach): the lines the goals run.
      const only = t.name === 'make' && makeGoalsRun != null && MAKEFILES.has(p.slice(p.lastIndexOf('/') + 1)) && text !== null ? makeLinesRun(text, makeGoalsRun) : null;
      const { line, does } = t.name === 'make' ? makeGitLine(text, only) : gitLine(text, t.comment, only, t.also);
      if (line > 0) return `${at.label} runs ${t.name} (line ${at.line}) and ${p}:${line} ${does}; exclude it yourself if it does not`;
      // Or a script of the repository the Makefile runs, in a recipe or through the shell (agola's
      // `VERSION ?= $(shell scripts/git-version.sh)`, which runs git rev-parse and git describe; sweep 52/Q-F2).
      if (t.name === 'make' && text !== null) {
        const hit = makeScriptGitLine(root, (sentSet ??= new Set(sentFiles)), sentFiles, p, text, only, judgedScripts);
        if (hit !== null) return `${at.label} runs make (line ${at.line}) and ${p}:${hit.at} runs ${hit.script}, whose line ${hit.line} ${hit.does}; exclude it yourself if it does not`;
      }
    }
  }
  // A script the RUN names, found by its last two components among the sent files (the RUN
  // names it by its path in the image, which a COPY placed).
  // Of the sent files a script's name fits, the one a COPY placed at the absolute path the RUN runs (tyk:
  // `COPY ci/images/plugin-compiler/data/build.sh /build.sh`, run as `/build.sh`, not plugin-compiler-ng's
  // build.sh; sweep 53/X-F1). Only then: `RUN ./build.sh` in a WORKDIR that `COPY . /src` filled runs the
  // copy the context sent there, whichever other one a COPY put elsewhere (the review of 729f12ee, RA-R5).
  for (const [sh, at] of scripts) {
    placed ??= copyDestinations(dockerfiles, (sentSet ??= new Set(sentFiles)));
    // (And the file a directory COPY put where the RUN runs it: `COPY . .` in /app, `RUN /app/build.sh` runs
    // the context's build.sh, which its last two components, app/build.sh, do not name; RB-R7.)
    const put = [...(scriptsWritten.get(sh) ?? [])].flatMap((w) => {
      const src = placedAt(placed as NonNullable<typeof placed>, w);
      return src !== undefined && sentSet?.has(src) ? [src] : [];
    });
    const fits = [...new Set([...sentPaths(sentFiles, (q) => q === sh || q.endsWith('/' + sh)), ...put])];
    for (const p of put.length > 0 ? put : fits) {
      for (const f of scriptAndHelpers(root, sentFiles, p)) {
        const { line, does } = f.path.endsWith('.py') ? gitLine(f.text, /^\s*#/, null, RUNTIME_GIT, true) : gitLine(f.text, /^\s*#/);
        if (line > 0) return `${at.label} runs ${sh.slice(sh.lastIndexOf('/') + 1)} (line ${at.line}) and ${f.path}:${line} ${does}; exclude it yourself if it does not`;
      }
    }
  }
  // A Go program the build runs with `go run`, found as a script is (by its path's end): its own
  // exec of git (`exec.Command("git", "describe")`, syncthing's `runError("git", "describe", ...)`).
  for (const [target, at] of goRuns) {
    const dir = target.endsWith('.go') ? null : target.replace(/^\.\//, '').replace(/\/+$/, '');
    const of = (q: string) => (dir === null ? q === target.replace(/^\.\//, '') || q.endsWith('/' + target.replace(/^\.\//, '')) : q.endsWith('.go') && !q.endsWith('_test.go') && goDirMatches(q, dir));
    for (const p of sentPaths(sentFiles, (q) => of(q))) {
      const { line, does } = gitLine(readSent(root, p), /^\s*\/\//);
      if (line > 0) return `${at.label} runs go run ${target} (line ${at.line}) and ${p}:${line} ${does}; exclude it yourself if it does not`;
    }
  }
  if (runsScripts !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === 'package.json')) {
      const text = readSent(root, p);
      const scripts = text === null ? null : packageScripts(text);
      if (scripts === null) continue;
      const hit = [...scripts].find(([k, v]) => runsScripts.names.has(k) && (GIT_WORD.test(v.replace(GIT_CLONE_REMOTE, ' ')) || SENTRY_CLI_COMMITS.test(v)));
      if (hit) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and the "${hit[0]}" script of ${p} runs git: the build may read .git; exclude it yourself if it does not`;
      // A program of the repository the script runs (jaeger-ui's build: `REACT_APP_VSN_STATE=$(../../scripts/get-build-info.js)
      // vite build`, a Node script that spawns `git rev-parse`, `git status`): its own call of git.
      const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
      for (const [k, v] of scripts) {
        if (!runsScripts.names.has(k)) continue;
        for (const f of scriptFilesNamed(v, dir).slice(0, 8)) {
          if (!sentFiles.includes(f)) continue;
          const text = readSent(root, f);
          const lines = text === null ? [] : text.split('\n');
          const i = /\.(?:sh|bash)$/.test(f) ? gitLine(text, /^\s*#/).line - 1 : lines.findIndex((l) => (JS_READS_GIT.test(l) || JS_SPAWNS_GIT.test(l)) && !/^\s*\/\//.test(l));
          if (i >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and the "${k}" script of ${p} runs ${f}, whose line ${i + 1} runs git: the build may read .git; exclude it yourself if it does not`;
        }
      }
    }
    // The bundler a script runs loads its config, which may run git itself (omni-tools' vite.config.ts:
    // `execSync('git rev-parse --short HEAD')`; `vite build` fails without .git).
    for (const p of sentNamed(sentFiles, (n) => BUNDLER_CONFIG.test(n))) {
      const text = readSent(root, p);
      const lines = text === null ? [] : text.split('\n');
      const i = lines.findIndex((l) => JS_READS_GIT.test(l) && !/^\s*\/\//.test(l));
      if (i >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and ${p}:${i + 1}, the config its build loads, runs git: the build may read .git; exclude it yourself if it does not`;
      // Sentry's bundler plugins (webpack, Vite, Next.js, Nuxt) with `setCommits: { auto: true }` read
      // the commits of the repository the build runs in (ukrdc-nuxt's nuxt.config.js; its workflow says
      // .git is sent for it).
      const s = lines.findIndex((l, k) => /\bsetCommits\s*:/.test(l) && !/^\s*\/\//.test(l) && /\bauto\s*:\s*true\b/.test(lines.slice(k, k + 5).join('\n')));
      if (s >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and ${p}:${s + 1}, the config its build loads, has Sentry's setCommits auto, which reads the repository's commits: the build may read .git; exclude it yourself if it does not`;
    }
  }
  // Code the build runs that reads the repository through a git library, no git binary: casdoor's
  // `RUN go test -run TestGetVersionInfo` opens it with go-git (git.PlainOpen) and fails without it;
  // a Rust build script (vergen, shadow-rs, git-version) reads it at `cargo build`.
  for (const [runs, files, lib] of [
    [runsGo, new Set(['go.mod']), GO_GIT_LIBRARY],
    [runsCargo, new Set(['Cargo.toml']), RUST_GIT_LIBRARY],
    [runsJvm, JVM_BUILD_FILES, JVM_GIT_PLUGIN],
  ] as const) {
    if (runs === null) continue;
    for (const p of sentNamed(sentFiles, (n) => files.has(n))) {
      const text = readSent(root, p);
      // (git2 and gix count wherever they are listed: a build script, a test or `cargo run` may open
      // the repository with them; the review of 4b0a94aa undid counting only build dependencies.)
      const m = text === null ? null : (lib.exec(text) ?? (lib === RUST_GIT_LIBRARY ? vergenTableWithGit(text) : null));
      if (m) {
        const needs = /^commandLine|\.execute\(\)$/.test(m[1]) ? `runs git (${m[1]})` : `requires ${m[1]}`;
        return `${runs.label} runs ${runs.command} (line ${runs.line}) and ${p} ${needs}, which reads the git repository: the build may read .git; exclude it yourself if it does not`;
      }
    }
  }
  // A Haskell package whose dependencies read the repository at compile time (hledger's package.yaml:
  // `githash`, whose Template Haskell splice puts the commit into --version; without .git it is lost).
  if (runsHaskell !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === 'package.yaml' || n.endsWith('.cabal'))) {
      const lines = (readSent(root, p) ?? '').split('\n');
      const i = lines.findIndex((l) => HASKELL_GIT_LIBRARY.test(l) && !/^\s*(?:#|--)/.test(l));
      if (i >= 0) return `${runsHaskell.label} runs ${runsHaskell.command} (line ${runsHaskell.line}) and ${p}:${i + 1} depends on ${HASKELL_GIT_LIBRARY.exec(lines[i])?.[1]}, which reads the git repository when it compiles: the build may read .git; exclude it yourself if it does not`;
    }
  }
  // A Go program that reports the commit `go build` stamped from .git (stellar-etl's `version`
  // command prints debug.ReadBuildInfo's Main.Version; nginx-gateway-fabric logs vcs.revision, built
  // by `make build`, whose Makefile runs go build): without .git the build succeeds and the program
  // says "(devel)" or "unknown".
  const goBuilder = runsGoBuild ?? (makeMayGoBuild !== null && sentNamed(sentFiles, (n) => MAKEFILES.has(n)).some((p) => makefileGoBuilds(readSent(root, p) ?? '')) ? makeMayGoBuild : null);
  if (goBuilder !== null && sentNamed(sentFiles, (n) => n === 'go.mod').length > 0) {
    const hit = goBuildInfoRead(root, sentFiles);
    if (hit !== null) return `${goBuilder.label} runs ${goBuilder.command} (line ${goBuilder.line}), which stamps the commit from .git into the binary, and ${hit.path}:${hit.line} reads it (debug.ReadBuildInfo): without .git the program reports no version or commit; exclude it yourself if it does not need them`;
  }
  // A Cargo build script that runs git itself: openobserve's src/config/build.rs runs `git describe`
  // and `git rev-parse HEAD` into the version the binary reports; without .git it builds with an
  // empty one.
  if (runsCargo !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === 'build.rs')) {
      const { line, does } = gitLine(readSent(root, p), /^\s*\/\//);
      if (line > 0) return `${runsCargo.label} runs ${runsCargo.command} (line ${runsCargo.line}) and the build script ${p}:${line} ${does}; exclude it yourself if it does not`;
    }
  }
  // A gemspec that lists its files with git (`bundle gem` writes `git ls-files -z` into every new gem's):
  // newrelic-ruby-agent's Dockerfile runs bundle install, whose Gemfile names the gemspec; without .git
  // the file list changes or the install fails.
  if (runsBundler !== null) {
    for (const p of sentNamed(sentFiles, (n) => n.endsWith('.gemspec'))) {
      const { line, does } = gitLine(readSent(root, p), /^\s*#/);
      if (line > 0) return `${runsBundler.label} runs ${runsBundler.command} (line ${runsBundler.line}) and ${p}:${line}, the gemspec it loads, ${does}; exclude it yourself if it does not`;
    }
  }
  for (const p of sentNamed(sentFiles, (n) => PY_PROJECT_FILES.has(n))) {
    const text = readSent(root, p);
    // Not in a comment line (robusta's pyproject.toml: `#[tool.poetry-dynamic-versioning]`, `#vcs = "git"`,
    // a plugin switched off, its version `0.0.0` written out: an error on a healthy build; sweep 53/B-F1).
    const m = text === null ? null : PY_VCS_VERSION.exec(text.replace(/^[ \t]*[#;].*$/gm, ''));
    const uses = m !== null ? m[0] : text !== null && pdmScmVersion(text) ? "pdm-backend's scm version" : null;
    // A [project] version written out (snakemake's `version = "9.25.2"`): the plugin sets no version,
    // but setuptools-scm still lists the package's files from git, and a wheel built without .git
    // loses the data files it includes (the review of 7987a81f undid skipping it; sweep 47/G-F2 had
    // the reason wrong, not the caution).
    if (uses !== null && text !== null && p.endsWith('pyproject.toml') && staticProjectVersion(text)) return `${p} uses ${uses}: its version is written out, but it lists the package's files from .git, and a build without it may leave data files out; exclude it yourself if the build does not install it`;
    if (uses !== null) return `${p} uses ${uses}: installing the package takes its version from .git and fails without it; exclude it yourself if the build does not install it`;
  }
  if (clonesGit !== null) return clonesGit;
  if (installsGit !== null && opts.definite !== true) return `${installsGit.label} ${installsGit.runsOnly === true ? 'has git (line' : 'installs git (line'} ${installsGit.line}${installsGit.runsOnly === true ? ' runs it before .git is there)' : ')'}: the build may run it and read .git (a version from git describe); exclude it yourself if it does not`;
  // The application the image runs may run git itself (suggest's caution only: whether the image
  // has git is not known here).
  if (opts.definite !== true) {
    // A shell script the Dockerfile copies in by name, for the image to run (soitun/dns-proxy-server's
    // Dockerfile.deploy: `COPY ./builder.bash /bin/builder.bash` beside `COPY . /app`; its deploy
    // command checks out gh-pages and pushes from /app).
    for (const d of dockerfiles) {
      for (const src of parseDockerfile(d.text).stages.flatMap((st) => st.sources)) {
        if (!src.fromContext || src.instruction === 'RUN --mount') continue;
        const p = src.source.replace(/^\.?\/+/, '');
        if (!/\.(?:sh|bash)$/.test(p) || !sentFiles.includes(p)) continue;
        const { line } = gitLine(readSent(root, p), /^\s*#/);
        if (line > 0) return `${d.label} copies ${p} into the image (line ${src.line}) and ${p}:${line} runs git: the image may read .git when it runs it; exclude it yourself if it does not`;
      }
    }
    const hit = runtimeGitCall(root, sentFiles);
    if (hit !== null) return `${hit.path}:${hit.line} runs git (${hit.command}) in the application the image holds: it may read .git at run time; exclude it yourself if it does not`;
  }
  return null;
}

/**
 * Application source a runtime git call is looked for in: interpreted languages, whose files the
 * image runs as they are (a compiled program's source stays in its build stage).
 */
const APP_SOURCE = /\.(?:php|module|inc|rb|py|js|mjs|cjs|ts)$/;
/**
 * Tooling, tests and docs, whose git calls are a developer's or a build's, not the running
 * application's: their directories, and test files, bundler configs and task files by name.
 */
const NOT_APP_DIR = /(?:^|\/)(?:tests?|testing|spec|specs|__tests__|e2e|integration|scripts?|tools?|\.tools|hack|bin|ci|docs?|examples?|dev|build|buildSrc|release[\w-]*|benchmarks?|evaluation|tasks|\.github|\.circleci|node_modules|vendor|\.git)\/|(?:^|\/)(?:test_[^/]*|[^/]*(?:_test\.|\.test\.|\.spec\.|conftest|config\.|gulpfile|webpack|rollup|vite|setup\.py|noxfile|fabfile|tasks\.py|build\.(?:py|js|ts|mjs))[^/]*)$/;
/**
 * A process call that asks git about the checkout it runs in: a string that starts so (PHP's
 * `exec('git rev-parse --short HEAD')`, va.gov-cms' va_gov_backend.module; Ruby's
 * `` `git rev-parse HEAD` ``, simple-server's lib/simple_server_extensions.rb), or goes on so after a shell
 * separator (enketo-express' `` execSync(`cd ${__dirname}; git describe --tags`) ``; sweep 54/F-F1), a newline in a
 * template literal, with variables set, by its path, or with git's global options (`git -C ${__dirname} describe`,
 * `GIT_DIR=.git git ...`, `/usr/bin/git`; the review of d1f96b47, RA-R10), or an argument list
 * (`["git", "describe", ...]`, Python's subprocess, Node's spawn).
 */
const RUNTIME_GIT = /(?:[`'"]|[`'"][^`'"\n]{0,200}?(?:[;&|][ \t]*|\n[ \t]*))(?:[A-Z_][A-Z0-9_]*=\S*[ \t]+){0,4}(?:\/[\w./-]{0,100}\/)?git(?:[ \t]+(?:-C|--git-dir|--work-tree|-c)(?:=|[ \t]+)\S+|[ \t]+(?:--no-pager|-P)){0,4}[ \t]+(rev-parse\s+(?:--short(?:=\d+)?\s+|--abbrev-ref\s+)?HEAD|describe|symbolic-ref|tag\s+--points-at|log\s+-(?:1|n\s*1)\b)|["'](?:\/[\w./-]{0,100}\/)?git["']\s*,\s*(?:\[\s*)?(?:["'](?:-C|--git-dir|--work-tree|-c)["']\s*,\s*[^,\]\n]{1,100},\s*|["'](?:--no-pager|-P)["']\s*,\s*){0,4}["'](describe|symbolic-ref|rev-parse["']\s*,\s*["'](?:--short(?:=\d+)?["']\s*,\s*["'])?HEAD|log["']\s*,\s*["']-(?:1|n["']\s*,\s*["']1))["']/;
const MAX_APP_FILES = 4000;
const MAX_APP_BYTES = 32 * 1024 * 1024;

/** The first application source file (not tooling, tests or docs) that runs git at run time, with its line; null when none is seen within the budget. */
function runtimeGitCall(root: string, sentFiles: readonly string[]): { path: string; line: number; command: string } | null {
  let files = 0;
  let bytes = 0;
  for (const p of sentFiles) {
    if (!APP_SOURCE.test(p) || NOT_APP_DIR.test(p)) continue;
    if (++files > MAX_APP_FILES || bytes > MAX_APP_BYTES) return null;
    const text = readSent(root, p);
    if (text === null) continue;
    bytes += text.length;
    if (!text.includes('git')) continue;
    const m = RUNTIME_GIT.exec(text);
    if (m === null) continue;
    const line = text.slice(0, m.index).split('\n').length;
    return { path: p, line, command: `git ${(m[1] ?? m[2]).replace(/["',\s]+/g, ' ').trim()}` };
  }
  return null;
}

/** Go source that reads what `go build` stamped from .git: debug.ReadBuildInfo and the main module's version or a vcs.* setting. */
const GO_BUILD_INFO = /\bdebug\.ReadBuildInfo\s*\(/;
const GO_VCS_FIELD = /["'`]vcs\.(?:revision|time|modified)["'`]|\.Main\.Version\b/;
const GO_SETTING_PICKED = /\.Key\s*(?:==|!=)|\bcase\s+["'`]|\bswitch\s+[\w.]*\.Key\b/;

/**
 * Whether Go source hands what debug.ReadBuildInfo returned, vcs.* settings among it, to be printed or
 * kept whole: the result or its Settings given to a call (netclient's `netclient version --long`,
 * `pretty.Println(info.Settings)`; sweep 53/X-F3; `fmt.Println(info)`), its String(), or its Settings
 * ranged over with no key picked out in the loop's next lines. Only the variables ReadBuildInfo's result
 * is assigned to (the review of 520d015f: any `cfg.Settings` counted, RA-R8; a `case` anywhere in the
 * file hid a loop, RA-R7). At most 8 such variables.
 */
function goBuildInfoWhole(text: string): boolean {
  const names = [...new Set([...text.matchAll(/\b([A-Za-z_]\w*)\s*(?:,\s*[A-Za-z_]\w*\s*)?:?=\s*debug\.ReadBuildInfo\s*\(/g)].map((m) => m[1]))].filter((n) => n !== '_').slice(0, 8);
  for (const n of names) {
    // (Any argument of the call: `fmt.Println("build:", info)`, `log.Printf("%v", info.Settings)`; the review of 7d5d75cb, RB-R6.)
    if (new RegExp(`[(,]\\s*${n}(?:\\.Settings)?\\s*[,)]|\\b${n}\\.String\\(\\)`).test(text)) return true;
    for (const m of text.matchAll(new RegExp(`\\brange\\s+${n}\\.Settings\\b`, 'g'))) {
      const at = (m.index as number) + m[0].length;
      if (!GO_SETTING_PICKED.test(text.slice(at, at + 600))) return true;
    }
  }
  return false;
}

/** The first Go source file (not a test, not vendored) that reads the VCS stamp, with its line; null when none is seen within the budget. */
function goBuildInfoRead(root: string, sentFiles: readonly string[]): { path: string; line: number } | null {
  let files = 0;
  let bytes = 0;
  for (const p of sentFiles) {
    if (!p.endsWith('.go') || p.endsWith('_test.go') || /(?:^|\/)(?:vendor|testdata|third_party)\//.test(p)) continue;
    if (++files > MAX_APP_FILES || bytes > MAX_APP_BYTES) return null;
    const text = readSent(root, p);
    if (text === null) continue;
    bytes += text.length;
    const m = GO_BUILD_INFO.exec(text);
    if (m === null || !(GO_VCS_FIELD.test(text) || goBuildInfoWhole(text))) continue;
    return { path: p, line: text.slice(0, m.index).split('\n').length };
  }
  return null;
}

/** Whether a recipe line of a Makefile runs `go build`/`go install` with the VCS stamp (line by line: no pattern runs across a stranger's long line). */
function makefileGoBuilds(text: string): boolean {
  return text.split('\n').some((l) => l.startsWith('\t') && l.length <= 1 << 16 && /(?<![\w./-])go[ \t]+(?:build|install)\b/.test(l) && !l.includes('-buildvcs=false'));
}

/** `cargo install` flags that take a value (the next word, unless written `--flag=value`). */
const CARGO_INSTALL_VALUE_FLAGS = /^(?:--(?:version|vers|git|branch|tag|rev|registry|index|root|target|target-dir|profile|bin|example|features|jobs|config|color|message-format)|-[FjZ])$/;

/**
 * Whether `cargo install ARGS` installs a crate by name (`cargo install diesel_cli --features
 * postgres`, `cargo install cargo-chef`, `--git URL`): it builds that crate, never this package, and
 * runs none of its build scripts (kekupload-server's CTX003 blamed `cargo install diesel_cli`). With
 * `--path`, or no crate named, it is this package's.
 */
function installsRegistryCrate(args: string): boolean {
  const words = args.trim().split(/\s+/).filter((w) => w !== '');
  if (words.some((w) => w === '--path' || w.startsWith('--path='))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--git' || w.startsWith('--git=')) return true;
    if (CARGO_INSTALL_VALUE_FLAGS.test(w)) {
      i++;
      continue;
    }
    if (!w.startsWith('-')) return true;
  }
  return false;
}

/** Whether a RUN removes git again with a package manager, by name or through a variable naming it. */
function removesGit(text: string): boolean {
  if (text.length > 1 << 16) return false;
  const vars = new Map([...text.matchAll(/(?<![\w$])([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|\S*)/g)].map((a) => [a[1], a[2]]));
  return [...text.matchAll(REMOVES)].some((m) => GIT_WORD.test(m[0].replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, x?: string, y?: string) => vars.get((x ?? y) as string) ?? all)));
}

/**
 * A Dockerfile's RUNs, each with `git`: whether the context's .git may be in its stage by then
 * (bakerydemo installs and purges its build dependencies, git among them, before `ADD .`: that RUN
 * reads no .git). False only for a RUN before the stage's first COPY, ADD or bind mount that may
 * bring .git (the whole context, `.git`, a wildcard at the root, another stage's or a remote
 * source), in a stage whose base is neither a stage of the file that may hold .git, nor an ONBUILD
 * image, nor a base the build args choose (`FROM ${BUILD_STAGE}`: which stage is not known here).
 */
function runsWithGit(stages: readonly Stage[]): { line: number; text: string; workdir: string; stage: number; git: boolean; gitLater: boolean }[] {
  // A `COPY --from` of a stage of this file brings .git only where that stage has it (bakerydemo's
  // `COPY --from=uv /uv /bin/`, uv a stage that is ghcr.io/astral-sh/uv alone, made every later RUN
  // one with .git, and its purge of the build dependency git "ran git"; sweep 47/C-F1). Of an image
  // or a named context, not known: it may.
  // Worked out stage by stage in order (a COPY --from names an earlier stage), so a chain of stages each
  // copying from the one before it is linear (the review of 362bdb21: 40 chained stages took 71 s).
  const hasGit = new Map<number, boolean>();
  const firstGitOf = new Map<number, number>();
  const byRef = stageResolver(stages);
  const brings = (src: ContextSource, at: number): boolean => {
    if (src.external !== 'from' || src.from === null) return mayBringGit(src);
    const from = byRef(src.from, at);
    return from === undefined ? true : hasGit.get(from.index) ?? true;
  };
  const inherited = new Map<number, boolean>();
  for (const st of stages) {
    const first = Math.min(...st.sources.filter((src) => brings(src, st.index)).map((x) => x.instructionLine));
    firstGitOf.set(st.index, first);
    const base = st.base.toLowerCase();
    const parent = byRef(st.base, st.index, 'base');
    const inherits = base === '' || base.includes('$') || /onbuild/i.test(base) || (parent !== undefined && (hasGit.get(parent.index) ?? true));
    inherited.set(st.index, inherits);
    hasGit.set(st.index, first < Infinity || inherits);
  }
  const inherits = (st: Stage): boolean => inherited.get(st.index) ?? true;
  const firstGit = (st: Stage): number => firstGitOf.get(st.index) ?? Infinity;
  const runs = stages.map((st) => {
    const from = inherits(st) ? 0 : firstGit(st);
    return (st.runs ?? []).map((r) => ({ line: r.line, text: r.text, workdir: r.workdir, stage: st.index, git: from <= r.line }));
  });
  // Whether a RUN of the stage, or of a stage built FROM it, may see .git: git installed in a stage
  // none of whose RUNs ever has it (digger's runtime stage, `apt-get install git` for the server, then
  // `COPY --from=builder` of a binary) is no way the build reads .git (sweep 52/Q-F3).
  // (Nor one that later copies the context itself, `.git` and all, for the program it runs: GitPython in the
  // image needs the git installed before `COPY . .`; the review of fe9b7442, RB-R2.)
  // (Each stage a child of every earlier stage of the name it is built FROM, as before da22af39: which of two stages of
  // one name a FROM takes, suggest does not wager on; pushed, not copied: 20,000 children of one stage took 10 s; the
  // review of da22af39, RA-R2, RA-R3.)
  const children = new Map<number, Stage[]>();
  const named = new Map<string, Stage[]>();
  for (const x of stages) {
    const base = x.base.toLowerCase();
    for (const parent of named.get(base)?.slice(-64) ?? []) {
      const list = children.get(parent.index);
      if (list === undefined) children.set(parent.index, [x]);
      else list.push(x);
    }
    if (x.name !== null) {
      const list = named.get(x.name);
      if (list === undefined) named.set(x.name, [x]);
      else list.push(x);
    }
  }
  const childrenOf = (st: Stage): Stage[] => children.get(st.index) ?? [];
  const contextGitAfter = (st: Stage, line: number) => st.sources.some((src) => src.external === null && src.instructionLine > line && mayBringGit(src));
  const seesGit = new Map<number, boolean>();
  for (let i = stages.length - 1; i >= 0; i--) seesGit.set(stages[i].index, runs[i].some((r) => r.git) || contextGitAfter(stages[i], 0) || childrenOf(stages[i]).some((c) => seesGit.get(c.index) === true));
  return stages.flatMap((st, i) => runs[i].map((r) => ({ ...r, gitLater: runs[i].some((o) => o.git && o.line > r.line) || contextGitAfter(st, r.line) || childrenOf(st).some((c) => seesGit.get(c.index) === true) })));
}

/**
 * Whether git may be there for a RUN at `line` of stage `index`: not when the stage's chain of stages starts at
 * the official golang image's Alpine variant (`golang:1.20-alpine`), which has no git, and no RUN of the chain
 * up to the line installs it. go build's -buildvcs=auto then stamps nothing (cmd/go drops the VCS metadata
 * when the tool is missing): go-cqhttp's `FROM golang:1.20-alpine`, `RUN go build` (sweep 55/Q-F2).
 */
function gitMayBeThere(stages: readonly Stage[]): (index: number, line: number) => boolean {
  // Each stage once, in order (a stage is built FROM an earlier one): the first line of it from which git may be
  // there (-Infinity: from its start, Infinity: never). Asked for every go build RUN, a walk of the chain and its
  // RUNs each time was quadratic: 8,000 RUN lines took 21 s (the stop-55 re-read).
  const from = new Map<number, number>();
  const byRef = stageResolver(stages);
  for (const st of stages) {
    const base = st.base.toLowerCase();
    const parent = byRef(st.base, st.index, 'base');
    let at = parent !== undefined ? (from.get(parent.index) ?? -Infinity) : /^(?:docker\.io\/)?(?:library\/)?golang:[^@\s]*alpine/.test(base) ? Infinity : -Infinity;
    // git installed by name, as a part of a package that holds it (alpine-sdk, git-lfs), through a variable
    // (`apk add $BUILD_DEPS`), or by a script the RUN runs (the review of 8ed4b030, RC-R7): it may be there.
    for (const r of st.runs ?? []) {
      if (at !== Infinity || r.text.length > 1 << 16) break;
      const installs = (r.text.match(INSTALLS) ?? []).join(' ');
      if (GIT_WORD.test(installs) || /\$|alpine-sdk|git-lfs/.test(installs) || /(?<![\w./-])git[ \t]+clone\b/.test(r.text) || /\.sh\b|\|\s*(?:ba)?sh\b/.test(r.text)) at = r.line;
    }
    from.set(st.index, at);
  }
  return (index, line) => (from.get(index) ?? -Infinity) <= line;
}

/** Whether a COPY/ADD source or a RUN mount may put the context's .git into the stage. */
function mayBringGit(src: ContextSource): boolean {
  if (src.instruction === 'RUN --mount' && src.mountType !== 'bind') return false;
  // A URL or another repository ADD fetches is not the context (text-generation-inference's `ADD
  // https://github.com/ggml-org/llama.cpp/archive/...tar.gz`, then cmake on it; sweep 47/D-F3).
  if (src.external === 'url' || src.external === 'git') return false;
  if (src.external !== null) return true;
  // Against the context root, as the builders clamp a source (`..` is the whole context).
  const first = path.posix.join('/', src.source).slice(1).split('/')[0];
  // A wildcard that can match `.git` (`*`, `.g*`; not supabase/auth's `./go.*`: sweep 47/w2-J-F3).
  if (/[*?[\\]/.test(first)) {
    try {
      return filepathMatch(first, '.git');
    } catch {
      return true;
    }
  }
  return first === '' || first === '.git';
}
