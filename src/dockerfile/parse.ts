// Parses a Dockerfile into stages and the context sources their COPY/ADD/RUN --mount use.
// dockerfile-ast finds instruction boundaries (including heredoc bodies), the parser directives and
// the escape character; our own glue re-reads each instruction's logical line, because the library
// splits JSON arrays on spaces, lists heredoc bodies as arguments and expands `${V:-d}` wrongly.
// Semantics follow BuildKit's frontend/dockerfile/parser and instructions/parse.go.
import { DockerfileParser } from 'dockerfile-ast';
import { toByteString } from '../context/bytes.js';
import { expandWord, type VarScope } from './expand.js';

export type SourceInstruction = 'COPY' | 'ADD' | 'RUN --mount';

/** One path an instruction takes from somewhere (the main context unless `fromContext` is false). */
export interface ContextSource {
  instruction: SourceInstruction;
  /** Expanded source as a byte string (UTF-8 bytes of the text), relative to the context root. */
  source: string;
  /** The source as written in the Dockerfile. */
  raw: string;
  /** 1-based position of the raw source in the Dockerfile. */
  line: number;
  column: number;
  /** False for `--from=`, mount `from=`, URLs and git refs: nothing is read from the main context. */
  fromContext: boolean;
  /** Some variable in the source was unset and expanded to "". */
  hasUnsetVar: boolean;
  unsetVars: string[];
  /** Those of `unsetVars` the stage declares as ARGs with no value: a `--build-arg` would set them (an undeclared name stays "" whatever is passed). */
  openArgs: string[];
  /** Those of `openArgs` the invocation passes with a value known only when it runs (ParseOptions.runTimeArgs): what the source names is not known. */
  runTimeArgs?: string[];
  /** The run-time args (ParseOptions.runTimeArgs) the destination, or the WORKDIR a relative one is in, names: where it lands holds that value too. */
  landRunTimeArgs?: string[];
  /** `--from=` / mount `from=` value (expanded), when present. */
  from: string | null;
  /** Why the source is not from the context: 'from' | 'url' | 'git' | null. */
  external: 'from' | 'url' | 'git' | null;
  /** COPY/ADD `--exclude=` patterns (expanded). */
  excludes: string[];
  /** COPY/ADD `--parents`. */
  parents: boolean;
  /** For RUN --mount: the mount type (bind, cache, tmpfs, secret, ssh). */
  mountType: string | null;
  /** 1-based line of the instruction's keyword (differs from `line` across continuations). */
  instructionLine: number;
  /**
   * COPY/ADD: the destination as written after expansion (may end in `/`), or null for mounts.
   * A relative destination is taken against `workdir`.
   */
  dest?: string | null;
  /** COPY/ADD: the stage's WORKDIR when the instruction runs (absolute, `/` by default). */
  workdir?: string;
  /** COPY/ADD: how many sources the instruction names (several sources make `dest` a directory). */
  sourceCount?: number;
  /**
   * The ARG or ENV through which the source names the target platform (`ARG BINARY=./bin/$TARGETPLATFORM/app`
   * then `COPY ${BINARY}`): one of the per-platform files a build step makes. Absent when the source
   * names a platform ARG itself, or none.
   */
  platformVia?: string;
  /**
   * Of `unsetVars`, those the Dockerfile declares nowhere (no ARG, no ENV) in a stage whose chain
   * starts at an image, not `scratch`: the builder expands the source with the image's ENV, which may
   * set them (`FROM postgres:16` sets PG_MAJOR; discourse_docker's `COPY postgres.${PG_MAJOR}...`).
   */
  imageEnvVars?: string[];
}

/**
 * `scratch`, and the official base images whose config sets no ENV but PATH (alpine, busybox, debian,
 * ubuntu, at any tag, with or without docker.io/library/): a name they do not declare is "" for sure.
 */
const PATH_ONLY_IMAGE = /^(?:scratch|(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?(?:alpine|busybox|debian|ubuntu)(?::[\w.-]+)?(?:@sha256:[0-9a-f]{64})?)$/;

export interface StageDependency {
  /** Stage name or index as written (expanded). */
  ref: string;
  line: number;
  kind: 'from' | 'copy-from' | 'mount-from';
}

export interface Stage {
  index: number;
  /** Lowercased `AS` name, or null. */
  name: string | null;
  /** Expanded base image (or stage name). */
  base: string;
  line: number;
  sources: ContextSource[];
  /** References that may name other stages (resolved by `neededStages`). */
  refs: StageDependency[];
  /** Paths a RUN of the stage plainly deletes (`rm -rf /app/.git`, relative ones against its WORKDIR), for placement.ts. */
  removals?: Removal[];
  /**
   * Its base is a Windows image (`mcr.microsoft.com/windows/servercore`, a `nanoserver` or `ltsc2022`
   * tag, `--platform=windows/...`, or a stage that is): a Windows builder reads `\\` in its COPY and
   * ADD sources as a path separator (zabbix's `COPY [".\\docker-entrypoint.ps1", "C:\\zabbix"]`).
   */
  windows?: true;
  /**
   * Each RUN as the builder reads it (after its flags: continuations joined, comment lines inside
   * them dropped) and the heredoc bodies after it, with the RUN's line: what dockerfile/reads-git.ts
   * reads to tell whether the build may read `.git`.
   */
  /** Each RUN's command (heredoc bodies included) and the stage's WORKDIR when it runs (absolute). */
  runs?: { line: number; text: string; workdir: string }[];
}

/** A path a shell-form RUN deletes with `rm`: absolute, with the RUN's line; `recursive` for `-r`/`-R`/`--recursive`. */
export interface Removal {
  line: number;
  path: string;
  recursive: boolean;
}

/** A Gradle or Maven command at the head of a shell segment (env assignments before it). */
const BUILD_TOOL_CLEAN = /^(?:[A-Za-z_]\w*=\S*\s+)*(?:\.\/)?(gradlew|gradle|mvnw|mvn)\s/;
/** Flags that make it build another project or file than the WORKDIR's own. */
const BUILD_TOOL_ELSEWHERE = /^(?:-p|--project-dir|-b|--build-file|-f|--file|-pl|--projects|-c|--settings-file)(?:=|$)/;
/** A `go build` at the head of a shell segment (env assignments before it). */
const GO_BUILD = /^(?:[A-Za-z_]\w*=\S*\s+)*go\s+build\s/;
/** A word with no variable, wildcard, quote or substitution. */
const PLAIN_WORD = (w: string) => w !== '' && !/[$*?[\]{}`'"\\~]/.test(w);

/**
 * The paths a shell command plainly deletes or replaces: each `rm` command among `&&`, `||`, `;` and
 * `|` separated ones, whose arguments hold no variable, wildcard, quote or substitution; the clean
 * task or phase of Gradle and Maven (their build directory); the file `go build -o FILE` writes over.
 * A `cd` to a plain relative or absolute directory moves where relative paths are; any other `cd`
 * leaves only absolute ones. Anything else is no removal (a guess never lowers a finding).
 */
function rmTargets(command: string, workdir: string, line: number): Removal[] {
  const out: Removal[] = [];
  // Where relative paths are: the WORKDIR, moved by a plain `cd`; null after one that is not known.
  // A subshell, `sh -c`, `eval` or a substitution may `cd` where this reading cannot follow: then
  // only absolute paths count (review of eb1584c: `(cd server && ./gradlew clean build)`).
  let cwd: string | null = /[()`]|\b(?:ba|z|da)?sh\s+-c\b|\beval\b/.test(command) ? null : workdir;
  for (const segment of command.split(/&&|\|\||;|\|/)) {
    const words = segment.trim().split(/\s+/);
    if (words[0] === 'cd' || words[0] === 'pushd' || words[0] === 'popd') {
      const to = words[0] === 'popd' ? undefined : words[1];
      cwd = cwd !== null && to !== undefined && words.length === 2 && PLAIN_WORD(to) && to !== '-' ? joinAbs(to.startsWith('/') ? '/' : cwd, to) : null;
      continue;
    }
    // The clean task or phase of Gradle or Maven, run on its own build: it deletes the build
    // directory there (spring-boot-template's `./gradlew clean build` after `COPY . .`: a
    // build/libs/main.jar sent from a local build is deleted before the COPY --from takes the new one).
    const tool = BUILD_TOOL_CLEAN.exec(segment.trim());
    // (Not with `-Dmaven.clean.skip=true`, which keeps target/.)
    if (tool !== null && cwd !== null && words.includes('clean') && !words.some((w, i) => BUILD_TOOL_ELSEWHERE.test(w) || /^-Dmaven\.clean\.skip(?:=true)?$/.test(w) || (w === 'clean' && /^(?:-x|--exclude-task)$/.test(words[i - 1] ?? '')))) {
      out.push({ line, path: joinAbs(cwd, /gradle/.test(tool[1]) ? 'build' : 'target'), recursive: true });
      continue;
    }
    // `go build -o FILE` writes the binary over a sent one of that name (hobby-streamer's `cd
    // asset-manager && go build -o asset-manager ./cmd/main.go`, then COPY --from of it).
    if (GO_BUILD.test(segment.trim())) {
      // `-C dir` runs it in another directory: its -o is that directory's.
      if (words.some((w) => w === '-C' || w.startsWith('-C='))) continue;
      const o = words.findIndex((w) => w === '-o');
      const file = o >= 0 ? words[o + 1] : words.find((w) => w.startsWith('-o=') || w.startsWith('--o='))?.replace(/^--?o=/, '');
      if (file !== undefined && PLAIN_WORD(file) && !file.endsWith('/') && (file.startsWith('/') || cwd !== null)) out.push({ line, path: joinAbs(file.startsWith('/') ? '/' : (cwd as string), file), recursive: false });
      continue;
    }
    if (words[0] !== 'rm') continue;
    let recursive = false;
    let flags = true;
    for (const w of words.slice(1)) {
      if (flags && w === '--') flags = false;
      else if (flags && w.startsWith('-')) recursive ||= /^-[a-zA-Z]*[rR]/.test(w) || w === '--recursive';
      else if (PLAIN_WORD(w) && (w.startsWith('/') || cwd !== null)) out.push({ line, path: joinAbs(w.startsWith('/') ? '/' : (cwd as string), w), recursive });
    }
  }
  return out;
}

export interface ParseProblem {
  line: number;
  message: string;
  /** Docker's builders refuse it, buildah does not: a variable in COPY --from, which buildah expands. */
  dockerOnly?: true;
}

export interface ParsedDockerfile {
  directives: { name: string; value: string; line: number }[];
  escape: string;
  stages: Stage[];
  /**
   * What parses here but not with every builder still in use (a heredoc written `<< EOF`, which
   * BuildKit reads since v0.22 only): reported as warnings, never as `problems`.
   */
  olderBuilders?: ParseProblem[];
  problems: ParseProblem[];
  /** Heredoc sources (`COPY <<EOF`) seen: content, never context files. */
  heredocSources: number;
}

export interface ParseOptions {
  /** `--build-arg K=V` values. */
  buildArgs?: Record<string, string>;
  /**
   * Build args the invocation passes with a value known only when it runs (`--build-arg
   * VER=${{ steps.v.outputs.version }}`, `$(shell cat VERSION)`): a source naming one that the stage
   * declares is open (`openArgs`), whatever the default gave it; the default still expands it.
   */
  runTimeArgs?: readonly string[];
  /** The platform built for and on (`linux/amd64`, `linux/arm/v7`); default: this machine's, as `docker build` without --platform. */
  platform?: string;
}

/** This machine's platform as Docker names it (Node's `process.arch` to GOARCH). */
export function hostPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm/v7', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', mips: 'mips', mipsel: 'mipsle' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/**
 * BuildKit's automatic platform ARGs: defined in the global scope (usable in FROM without an ARG),
 * and inside a stage once declared by a bare `ARG TARGETARCH` (authelia copies
 * `authelia-${TARGETOS}-${TARGETARCH}/authelia`). The build and target platforms are the same here.
 */
function platformArgs(platform: string): Map<string, string> {
  const [os = 'linux', arch = '', variant = ''] = platform.split('/');
  const out = new Map<string, string>();
  for (const p of ['TARGET', 'BUILD']) {
    out.set(`${p}PLATFORM`, platform);
    out.set(`${p}OS`, os);
    out.set(`${p}ARCH`, arch);
    out.set(`${p}VARIANT`, variant);
  }
  return out;
}

const TARGET_PLATFORM_ARGS = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT']);

/** The variable names a word refers to (`$NAME`, `${NAME...}`), in order. */
function referencedNames(word: string): string[] {
  return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/** A character of a logical line and where it sits in the file (0-based line/col). */
interface Pos {
  line: number;
  col: number;
}

interface LogicalLine {
  text: string;
  pos: Pos[];
}

interface Word {
  text: string;
  start: number;
}

/**
 * Joins an instruction's physical lines the way BuildKit's parser does: a line ending in the escape
 * character (optionally followed by blanks) continues; comment and blank lines inside are dropped.
 */
function logicalLine(lines: string[], first: number, last: number, escape: string): LogicalLine {
  const out: LogicalLine = { text: '', pos: [] };
  const cont = new RegExp('\\' + escape + '[ \\t]*$');
  for (let ln = first; ln <= last && ln < lines.length; ln++) {
    const raw = lines[ln];
    if (ln > first && /^[ \t]*(#.*)?$/.test(raw)) continue;
    const m = cont.exec(raw);
    const body = m ? raw.slice(0, m.index) : raw;
    for (let c = 0; c < body.length; c++) {
      out.text += body[c];
      out.pos.push({ line: ln, col: c });
    }
    if (!m) break;
  }
  return out;
}

/** Whitespace-separated words with their offsets. */
function splitWords(text: string, from: number): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: m[0], start: m.index });
  return words;
}

/** A JSON array of strings with each element's offset, or null when the text is not one. */
function parseJsonArray(text: string, from: number): Word[] | null {
  const body = text.slice(from).trim();
  if (!body.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return null;
  const out: Word[] = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < parsed.length; m = re.exec(text)) {
    out.push({ text: JSON.parse(m[0]) as string, start: m.index + 1 });
  }
  return out.length === parsed.length ? out : null;
}

/**
 * Flags that take a value: written without `=value` (`COPY --chmod 777 a /b`), BuildKit's BFlags
 * refuse the instruction ("missing a value on flag: chmod"); `--link`, `--parents` and
 * `--keep-git-dir` are booleans.
 */
const VALUE_FLAGS = new Set(['chmod', 'chown', 'from', 'exclude', 'checksum', 'mount', 'network', 'security', 'platform']);

/** The first flag of `flags` that needs a value and has none, as BuildKit's message, or null. */
function missingFlagValue(flags: readonly { name: string; value: string | null }[]): string | null {
  const f = flags.find((x) => x.value === null && VALUE_FLAGS.has(x.name));
  return f === undefined ? null : `missing a value on flag: ${f.name}`;
}

/** `--name=value` flags at the start of the arguments (BuildKit's BFlags). */
function takeFlags(words: Word[]): { flags: { name: string; value: string | null; start: number }[]; rest: Word[] } {
  const flags: { name: string; value: string | null; start: number }[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k].text;
    if (!w.startsWith('--') || w === '--') break;
    const eq = w.indexOf('=');
    flags.push({ name: (eq < 0 ? w.slice(2) : w.slice(2, eq)).toLowerCase(), value: eq < 0 ? null : w.slice(eq + 1), start: words[k].start });
  }
  return { flags, rest: words.slice(k) };
}

/** Windows base images: Microsoft's, or a tag naming nanoserver, servercore or an LTSC release. */
const WINDOWS_IMAGE = /(?:^|\/)windows(?:servercore)?(?:[/:@]|$)|mcr\.microsoft\.com\/windows|nanoserver|servercore|[:-]ltsc20\d\d/i;

/** BuildKit's heredoc word: `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`. */
const HEREDOC = /^\d*<<-?(["']?)[A-Za-z0-9_.-]+\1$/;

/** Splits a CSV mount spec the way encoding/csv does for simple values (quotes allowed). */
function parseCsv(spec: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '"') q = !q;
    else if (c === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Git references ADD fetches instead of reading the context (BuildKit gitutil.ParseGitRef, roughly). */
function isGitRef(s: string): boolean {
  return /^(git@[^:]+:|git:\/\/|ssh:\/\/)/i.test(s) || (/^https?:\/\//i.test(s) && /\.git(#.*)?$/i.test(s));
}

/**
 * BuildKit's parseWords (frontend/dockerfile/parser/line_parsers.go): words split on whitespace,
 * except inside quotes or after the escape token; quotes and escapes stay in the word (the
 * expansion removes them). `A="x y"` and `name=value\ value2` are one word each; in single quotes
 * the escape token is an ordinary character.
 */
function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos < rest.length; pos++) {
    let ch = rest[pos];
    if (!inWord && quote === '') {
      if (/\s/.test(ch)) continue;
      inWord = true;
    }
    if (quote === '') {
      if (/\s/.test(ch)) {
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        inWord = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
      } else if (ch === escape) {
        if (pos + 1 === rest.length) continue; // an escape token at the end is dropped
        word += ch;
        ch = rest[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) quote = '';
    else if (ch === escape && quote !== "'") {
      if (pos + 1 === rest.length) continue;
      word += ch;
      ch = rest[++pos];
    }
    word += ch;
  }
  if (inWord || quote !== '') {
    if (blankOK || word.length > 0) words.push(word);
  }
  return words;
}

/**
 * Parses `K=V K2="v 2"` or legacy `K V` (ENV) into pairs; values still raw. The legacy form needs a
 * value: `ENV PATH` alone is BuildKit's "ENV must have two arguments" (value null).
 */
function keyValues(words: Word[], text: string, allowLegacy: boolean, escape: string): { key: string; value: string | null }[] {
  if (words.length === 0) return [];
  if (allowLegacy && !words[0].text.includes('=')) {
    if (words.length < 2) return [{ key: words[0].text, value: null }];
    const value = text.slice(words[1].start).trim();
    return [{ key: words[0].text, value }];
  }
  const pairs: { key: string; value: string | null }[] = [];
  for (const w of parseWords(text.slice(words[0].start), escape)) {
    const eq = w.indexOf('=');
    pairs.push(eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) });
  }
  return pairs;
}

/** Joins a path onto an absolute directory and cleans it (`.`/`..`/double slashes); the result is absolute. */
export function joinAbs(dir: string, p: string): string {
  const out: string[] = [];
  for (const c of `${dir}/${p}`.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return '/' + out.join('/');
}

/**
 * Parses the Dockerfile. Never throws: anything we cannot make sense of becomes a problem with the
 * line it is on, and parsing goes on with the next instruction.
 */
export function parseDockerfile(content: Buffer | string, opts: ParseOptions = {}): ParsedDockerfile {
  // BuildKit splits lines at \n only (a trailing \r is dropped); dockerfile-ast also breaks at a lone
  // \r, which would shift every later line number. A lone \r is whitespace to BuildKit's fields.
  const text = (typeof content === 'string' ? content : content.toString('utf8')).replace(/\r(?!\n)/g, ' ');
  const result: ParsedDockerfile = { directives: [], escape: '\\', stages: [], problems: [], heredocSources: 0 };
  try {
    parseInto(text, opts, result);
  } catch (e) {
    result.problems.push({ line: 1, message: `cannot parse the Dockerfile: ${(e as Error).message}` });
  }
  return result;
}

/**
 * The `# escape=` parser directive, read the way BuildKit does: only in the comment lines at the
 * very top (the first line that is not such a directive ends them).
 */
function escapeDirective(text: string): string {
  for (const line of text.split('\n', 16)) {
    const m = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(\S*)[ \t\r]*$/.exec(line);
    if (!m) break;
    if (m[1].toLowerCase() === 'escape' && (m[2] === '\\' || m[2] === '`')) return m[2];
  }
  return '\\';
}

/**
 * BuildKit's heredoc word (parser.go reHeredoc): optional fd digits, `<<`, optional `-`, then no `<`;
 * since v0.22 (moby/buildkit#5817) spaces may follow `<<`, its lexer keeping them in the word.
 */
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
/** A word that is only the opener: with the word after it, a heredoc for BuildKit v0.22 and later. */
const HEREDOC_OPENER = /^\d*<<-?$/;

/**
 * Word starts of a logical line as BuildKit's heredocsFromLine splits it (shell words with quotes
 * kept: `"a <<b"` is one word, and no heredoc).
 */
function shellWordStarts(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    const start = i;
    let quote = '';
    for (; i < line.length; i++) {
      const ch = line[i];
      if (quote !== '') {
        if (ch === quote) quote = '';
        else if (ch === '\\' && quote === '"') i++;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '\\') i++;
      else if (/\s/.test(ch)) break;
    }
    out.push({ start, text: line.slice(start, Math.min(i, line.length)) });
  }
  return out;
}

/**
 * dockerfile-ast finds instruction boundaries, heredoc bodies included, but does not agree with
 * BuildKit on what starts a heredoc: it takes `"a <<b"` (quoted, an echoed string) and `cat<<EOF`
 * (glued to a word) for one and misses `0<<EOF` (an fd prefix), so an instruction after them is
 * read as a heredoc's body, or one inside a body as an instruction; and it reads an unterminated
 * heredoc to the end of the file, which BuildKit refuses ("unterminated heredoc"). Checked
 * against a real BuildKit (test/buildkit-oracle). The text handed to dockerfile-ast is the same
 * but for those markers: a `<<` that is no heredoc for BuildKit becomes `<~`, an fd prefix before
 * one that is becomes spaces (same length: every offset stays). Only RUN, COPY and ADD take heredocs.
 */
function alignHeredocs(text: string): { text: string; problems: ParseProblem[]; olderBuilders: ParseProblem[] } {
  if (!text.includes('<<')) return { text, problems: [], olderBuilders: [] };
  const escape = escapeDirective(text);
  const lines = text.split('\n');
  const out = lines.slice();
  const problems: ParseProblem[] = [];
  const olderBuilders: ParseProblem[] = [];
  const modern = modernFrontend(text);
  const cont = new RegExp('\\' + escape + '[ \\t\\r]*$');
  for (let i = 0; i < lines.length; i++) {
    if (/^[ \t]*(#.*)?\r?$/.test(lines[i])) continue;
    const first = i;
    // The logical line, with where each character came from.
    let logical = '';
    const pos: { line: number; col: number }[] = [];
    for (let ln = i; ln < lines.length; ln++) {
      if (ln > first && /^[ \t]*(#.*)?\r?$/.test(lines[ln])) continue;
      const m = cont.exec(lines[ln]);
      const body = m ? lines[ln].slice(0, m.index) : lines[ln];
      for (let c = 0; c < body.length; c++) pos.push({ line: ln, col: c });
      logical += body;
      i = ln;
      if (!m) break;
    }
    if (!logical.includes('<<') || !/^[ \t]*(run|copy|add)\s/i.test(logical)) continue;
    const heredocs: { name: string; chomp: boolean }[] = [];
    const real = new Set<number>(); // logical offsets of the `<<` that start heredocs
    for (const w of openersJoined(shellWordStarts(logical), logical)) {
      const m = HEREDOC_WORD.exec(w.text);
      if (!m || m[3] === '') continue;
      const name = m[3].replace(/^(["'])(.*)\1$/, '$2');
      if (name === '') continue;
      // `<< EOF`: dockerfile-ast (and BuildKit before v0.22) wants the name against `<<`. The name
      // moves left over the spaces, which follow it instead (same length: every offset stays).
      const gap = w.text.length - m[1].length - 2 - m[2].length - m[3].length;
      if (gap > 0) {
        const from = w.start + m[1].length + 2 + m[2].length;
        const ps = pos.slice(from, w.start + w.text.length);
        if (ps.some((p) => p === undefined || p.line !== ps[0].line)) continue; // split by a continuation: left as it is
        const row = out[ps[0].line];
        out[ps[0].line] = row.slice(0, ps[0].col) + m[3] + ' '.repeat(gap) + row.slice(ps[0].col + gap + m[3].length);
        if (!modern)
          olderBuilders.push({
            line: ps[0].line + 1,
            message: `heredoc "${w.text}" has a space after <<: Dockerfile frontend 1.16 and later read it as a heredoc (BuildKit v0.22, Docker Engine 28.2, or \`# syntax=docker/dockerfile:1\` on any engine); earlier ones read its body as instructions and refuse the Dockerfile (write <<${m[2]}${m[3]} to build with every builder)`,
          });
      }
      heredocs.push({ name, chomp: m[2] === '-' });
      real.add(w.start + m[1].length);
      for (let d = 0; d < m[1].length; d++) {
        const p = pos[w.start + d];
        out[p.line] = out[p.line].slice(0, p.col) + ' ' + out[p.line].slice(p.col + 1);
      }
    }
    for (let at = logical.indexOf('<<'); at >= 0; at = logical.indexOf('<<', at + 2)) {
      if (real.has(at)) continue;
      const p = pos[at + 1];
      if (p === undefined) continue;
      out[p.line] = out[p.line].slice(0, p.col) + '~' + out[p.line].slice(p.col + 1);
    }
    // Each heredoc's body, in order, up to its terminator line.
    for (const h of heredocs) {
      let end = i + 1;
      while (end < lines.length && (h.chomp ? lines[end].replace(/^\t+/, '') : lines[end]).replace(/\r$/, '') !== h.name) end++;
      if (end >= lines.length) {
        problems.push({ line: first + 1, message: `unterminated heredoc <<${h.name}: docker refuses the Dockerfile` });
        return { text: out.join('\n'), problems, olderBuilders };
      }
      i = end;
    }
  }
  return { text: out.join('\n'), problems, olderBuilders };
}

/**
 * The frontend a `# syntax=` directive names when it is not Docker's own Dockerfile frontend
 * (`docker/dockerfile[-upstream]`, from any registry or mirror), else null. BuildKit runs that image
 * instead of its built-in parser (devthefuture/dockerfile-x reads `INCLUDE` lines; manyfold's
 * docker/manyfold.dockerfile); the legacy builder ignores the directive.
 */
export function customFrontend(parsed: Pick<ParsedDockerfile, 'directives'>): string | null {
  const syntax = parsed.directives.find((d) => d.name === 'syntax');
  if (syntax === undefined || syntax.value === '') return null;
  return /(?:^|\/)docker\/dockerfile(?:-upstream)?(?:[:@]|$)/.test(syntax.value) ? null : syntax.value;
}

/**
 * Whether a `# syntax=` directive asks for a Dockerfile frontend that reads `<< EOF` (1.16 and
 * later: `docker/dockerfile:1`, `:1-labs`, `:1.16`+, `:labs`, `:latest`, `docker/dockerfile-upstream`).
 */
function modernFrontend(text: string): boolean {
  for (const line of text.split('\n', 16)) {
    const m = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(\S*)[ \t\r]*$/.exec(line);
    if (!m) break;
    if (m[1].toLowerCase() !== 'syntax') continue;
    const ref = /^(?:docker\.io\/)?docker\/dockerfile(-upstream)?(?::([^@]+))?(?:@.*)?$/.exec(m[2]);
    if (!ref) return false;
    if (ref[1] !== undefined) return true;
    const tag = ref[2] ?? 'latest';
    if (/^(?:latest|labs|master|master-labs|1|1-labs)$/.test(tag)) return true;
    const v = /^1\.(\d+)(?:[.-]|$)/.exec(tag);
    return v !== null && Number(v[1]) >= 16;
  }
  return false;
}

/** Shell words with an opener alone (`<<`, `<<-`, `0<<`) joined to the word after it, as BuildKit v0.22's lexer keeps them. */
function openersJoined(words: { start: number; text: string }[], line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const next = words[k + 1];
    if (HEREDOC_OPENER.test(w.text) && next !== undefined) {
      out.push({ start: w.start, text: line.slice(w.start, next.start + next.text.length) });
      k++;
    } else out.push(w);
  }
  return out;
}

function parseInto(text: string, opts: ParseOptions, result: ParsedDockerfile): void {
  const aligned = alignHeredocs(text);
  result.problems.push(...aligned.problems);
  if (aligned.olderBuilders.length > 0) (result.olderBuilders ??= []).push(...aligned.olderBuilders);
  const ast = DockerfileParser.parse(aligned.text);
  const escape = ast.getEscapeCharacter() || '\\';
  result.escape = escape;
  for (const d of ast.getDirectives()) {
    result.directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), line: d.getRange().start.line + 1 });
  }
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const buildArgs = new Map(Object.entries(opts.buildArgs ?? {}));
  const automatic = platformArgs(opts.platform ?? hostPlatform());
  const globalArgs = new Map<string, string>(automatic);
  const globalDeclared = new Set<string>();
  let stage: Stage | null = null;
  let args = new Map<string, string>();
  let env = new Map<string, string>();
  // ENV beats ARG of the same name (BuildKit dispatch: the image env is applied over build args).
  let scope: Map<string, string> = new Map();
  const refreshScope = () => {
    scope = new Map([...args, ...env]);
  };
  const stageEnv = new Map<string, Map<string, string>>(); // stage key -> ENV at its end, inherited by FROM <stage>
  const windowsStages = new Set<string>(); // names of stages built on a Windows image
  // ARGs too: BuildKit gives a stage built FROM another the base stage's build args (checked against
  // BuildKit v0.13: `FROM build AS prod` then `COPY ${SETTINGS}` uses build's `ARG SETTINGS=...`).
  const stageArgs = new Map<string, Map<string, string>>();
  // ARG names the stage declares (with or without a value), inherited the same way.
  let declared = new Set<string>();
  const stageDeclared = new Map<string, Set<string>>();
  // ARG and ENV names whose value was made from a target platform ARG (`ARG BINARY=./bin/$TARGETPLATFORM/app`),
  // in the global scope and in the stage, inherited as `declared` is.
  const globalPlatformDerived = new Set<string>();
  let platformDerived = new Set<string>();
  const stagePlatformDerived = new Map<string, Set<string>>();
  const namesPlatform = (value: string, derived: ReadonlySet<string>) => referencedNames(value).some((n) => TARGET_PLATFORM_ARGS.has(n) || derived.has(n));
  // ENV names whose value was made from ARGs the stage declares with no value (apollo's `ARG VERSION`,
  // `ENV VERSION $VERSION`): "" today, whatever the invocation passes tomorrow. Name -> those ARGs.
  let openVia = new Map<string, string[]>();
  const stageOpenVia = new Map<string, Map<string, string[]>>();
  const runTime = new Set(opts.runTimeArgs ?? []);
  // (A run-time arg an ENV of the same name shadows is not what the path holds, `ENV VER=2.0`; the
  // review of f9b7eb5. `shadowed`: the ENV names set before the line being read.)
  const openArgsOf = (unset: readonly string[], raw: string, shadowed: ReadonlyMap<string, string> = env): string[] => [
    ...new Set([...unset.filter((n) => declared.has(n)), ...referencedNames(raw).flatMap((n) => (runTime.has(n) && declared.has(n) && !shadowed.has(n) ? [n] : (openVia.get(n) ?? [])))]),
  ];
  // The run-time args where a COPY puts what it copies: its destination's, and its WORKDIR's for a relative one.
  const landsBy = (rawDest: string, dest: string): { landRunTimeArgs?: string[] } => {
    if (runTime.size === 0) return {};
    const names = [...referencedNames(rawDest), ...(dest.startsWith('/') ? [] : (workdir.refs ?? []))].filter((n) => runTime.has(n));
    return names.length === 0 ? {} : { landRunTimeArgs: [...new Set(names)] };
  };
  const runTimeOf = (unset: readonly string[], raw: string): { runTimeArgs?: string[] } => {
    const names = runTime.size === 0 ? [] : openArgsOf(unset, raw).filter((n) => runTime.has(n));
    return names.length === 0 ? {} : { runTimeArgs: names };
  };
  const platformVia = (raw: string): { platformVia?: string } => {
    const via = referencedNames(raw).find((n) => platformDerived.has(n));
    return via === undefined ? {} : { platformVia: via };
  };
  // WORKDIR is image config too: a stage built FROM another starts in that stage's WORKDIR.
  const stageWorkdir = new Map<string, { dir: string; refs?: string[] }>();
  // `refs`: the names its WORKDIR lines wrote in (`WORKDIR /go/src/${PKG}`), for a source's landArgs.
  let workdir: { dir: string; refs?: string[] } = { dir: '/' };
  // Whether the stage's chain starts at an image, whose ENV the builder expands sources with (not `scratch`).
  const stageImageEnv = new Map<string, boolean>();
  let imageEnv = false;
  // Every name an ARG or ENV line of the file sets (a global ARG not declared again in the stage, an ARG
  // of another stage): such a name is the file's own, out of scope here, not the image's (the review
  // of 8acf230f). Words of those lines are read loosely: a value taken as a name keeps an error.
  const fileNames = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*(?:ARG|ENV)[ \t]+([^\n]*)$/gim)) for (const w of m[1].matchAll(/(?:^|[ \t])([A-Za-z_][A-Za-z0-9_]*)(?==|[ \t]|$)/g)) fileNames.add(w[1]);
  // An image's ENV name is UPPER_CASE (PG_MAJOR, NODE_VERSION, JAVA_HOME), not a build arg passed to
  // the file, nor one a letter or two from a name the file sets (a typo: `${VERSON}` for VERSION).
  const nearNames = [...fileNames].filter((f) => f.length <= 64).slice(0, 512);
  const maybeImageEnv = (n: string) =>
    /^[A-Z][A-Z0-9_]{0,63}$/.test(n) && n !== 'PATH' && !fileNames.has(n) && !buildArgs.has(n) && !nearNames.some((f) => Math.abs(f.length - n.length) <= 2 && editDistance(f, n) <= (n.length <= 4 ? 1 : 2));
  const imageEnvOf = (unset: readonly string[]): { imageEnvVars?: string[] } => {
    const vars = imageEnv ? [...new Set(unset.filter((n) => !declared.has(n) && !env.has(n) && maybeImageEnv(n)))] : [];
    return vars.length > 0 ? { imageEnvVars: vars } : {};
  };

  const expand = (w: string, vars: VarScope, json: boolean) => expandWord(w, vars, { escape, quotes: !json });

  // The instructions in the order they run: a stage built FROM another stage of this file runs that
  // stage's ONBUILD triggers first (BuildKit dispatches the base image config's OnBuild at the FROM),
  // each at its own line (solana-playground's client/Dockerfile: `ONBUILD COPY ...` in a base stage;
  // its sources were no source of the stage that ran them, and `suggest` dropped them).
  type Item = { line0: number; endLine: number; keyword: string; instruction: string; trigger?: true };
  const work: Item[] = ast.getInstructions().map((ins) => ({ line0: ins.getRange().start.line, endLine: ins.getRange().end.line, keyword: ins.getKeyword().toUpperCase(), instruction: ins.getInstruction() }));
  const stageTriggers = new Map<string, Item[]>(); // stage key -> its ONBUILD triggers
  for (let wi = 0; wi < work.length; wi++) {
    const item = work[wi];
    const line0 = item.line0;
    let keyword = item.keyword;
    const ll = logicalLine(lines, line0, item.endLine, escape);
    let kwEnd = ll.text.search(/\S/) + item.instruction.length;
    if (item.trigger) {
      // `ONBUILD COPY a /a` read as `        COPY a /a`: offsets, and so lines and columns, unchanged.
      const inner = /^(\s*)(\S+)(\s+)(\S+)/.exec(ll.text);
      if (inner === null) continue;
      ll.text = inner[1] + ' '.repeat(inner[2].length) + ll.text.slice(inner[1].length + inner[2].length);
      keyword = inner[4].toUpperCase();
      kwEnd = inner[1].length + inner[2].length + inner[3].length + inner[4].length;
    }
    const words = splitWords(ll.text, kwEnd);
    const at = (offset: number) => ll.pos[Math.min(offset, ll.pos.length - 1)] ?? { line: line0, col: 0 };
    const problem = (message: string, offset?: number, dockerOnly?: true) =>
      result.problems.push({ line: (offset === undefined ? line0 : at(offset).line) + 1, message, ...(dockerOnly ? { dockerOnly } : {}) });

    // BuildKit refuses any other word ("unknown instruction: hello"): a heredoc body read as lines.
    if (!INSTRUCTIONS.includes(keyword)) {
      problem(unknownInstruction(item.trigger ? keyword : item.instruction));
      continue;
    }
    if (keyword === 'ONBUILD') {
      // Triggers run in builds FROM this image, not in this one: kept for a later stage of this file built FROM it.
      if (item.trigger || stage === null) continue;
      const inner = /^\s*\S+\s+(\S+)/.exec(ll.text)?.[1]?.toUpperCase();
      if (inner === undefined || inner === 'ONBUILD' || inner === 'FROM' || inner === 'MAINTAINER') continue;
      const t: Item = { ...item, trigger: true };
      for (const key of [String(stage.index), ...(stage.name ? [stage.name] : [])]) stageTriggers.set(key, [...(stageTriggers.get(key) ?? []), t]);
      continue;
    }

    if (keyword === 'FROM') {
      const { flags, rest } = takeFlags(words);
      const bad = missingFlagValue(flags);
      if (bad !== null) problem(bad);
      if (rest.length === 0) {
        problem('FROM requires the name of a base image');
        continue;
      }
      let name: string | null = null;
      if (rest.length >= 3 && rest[1].text.toLowerCase() === 'as') name = rest[2].text.toLowerCase();
      else if (rest.length !== 1) problem('FROM takes an image and an optional "AS name"');
      const base = expand(rest[0].text, globalArgs, false).value;
      const platform = flags.find((f) => f.name === 'platform')?.value ?? null;
      const windows = WINDOWS_IMAGE.test(base) || (platform !== null && /^windows\//i.test(expand(platform, globalArgs, false).value)) || windowsStages.has(base.toLowerCase());
      stage = { index: result.stages.length, name, base, line: line0 + 1, sources: [], refs: [{ ref: base, line: line0 + 1, kind: 'from' }], ...(windows ? { windows: true as const } : {}) };
      if (windows && name !== null) windowsStages.add(name);
      result.stages.push(stage);
      // ENV of a stage used as base carries over (image config), and so do its ARGs (BuildKit).
      const inherited = stageEnv.get(base.toLowerCase());
      env = new Map(inherited ?? []);
      args = new Map(stageArgs.get(base.toLowerCase()) ?? []);
      declared = new Set(stageDeclared.get(base.toLowerCase()) ?? []);
      stageDeclared.set(String(stage.index), declared);
      if (name) stageDeclared.set(name, declared);
      platformDerived = new Set(stagePlatformDerived.get(base.toLowerCase()) ?? []);
      stagePlatformDerived.set(String(stage.index), platformDerived);
      if (name) stagePlatformDerived.set(name, platformDerived);
      openVia = new Map(stageOpenVia.get(base.toLowerCase()) ?? []);
      stageOpenVia.set(String(stage.index), openVia);
      if (name) stageOpenVia.set(name, openVia);
      refreshScope();
      stageEnv.set(String(stage.index), env);
      if (name) stageEnv.set(name, env);
      stageArgs.set(String(stage.index), args);
      if (name) stageArgs.set(name, args);
      // (And the names its WORKDIR was written with: a stage built FROM `builder` keeps `/go/src/${PKG}`.)
      const parentWorkdir = stageWorkdir.get(base.toLowerCase());
      workdir = { dir: parentWorkdir?.dir ?? '/', ...(parentWorkdir?.refs !== undefined ? { refs: [...parentWorkdir.refs] } : {}) };
      stageWorkdir.set(String(stage.index), workdir);
      if (name) stageWorkdir.set(name, workdir);
      imageEnv = stageImageEnv.get(base.toLowerCase()) ?? !PATH_ONLY_IMAGE.test(base.toLowerCase());
      stageImageEnv.set(String(stage.index), imageEnv);
      if (name) stageImageEnv.set(name, imageEnv);
      // The base stage's ONBUILD triggers run now, before the stage's own instructions.
      const triggers = stageTriggers.get(base.toLowerCase());
      if (triggers !== undefined && base.toLowerCase() !== (name ?? '')) work.splice(wi + 1, 0, ...triggers);
      continue;
    }

    if (keyword === 'ARG') {
      const pairs = keyValues(words, ll.text, false, escape);
      if (pairs.length === 0) problem('ARG requires at least one argument');
      for (const { key, value } of pairs) {
        const target = stage ? args : globalArgs;
        const vars = stage ? scope : globalArgs;
        // The build arg wins over the default; a bare `ARG X` in a stage takes the global value.
        let v: string | undefined = buildArgs.get(key);
        const derived = stage ? platformDerived : globalPlatformDerived;
        let fromPlatform = false;
        if (v === undefined && value !== null) {
          v = expand(value, vars, false).value;
          fromPlatform = namesPlatform(value, derived);
        }
        if (v === undefined && stage && globalDeclared.has(key)) {
          v = globalArgs.get(key);
          fromPlatform = globalPlatformDerived.has(key);
        }
        if (fromPlatform) derived.add(key);
        else derived.delete(key);
        if (v === undefined && stage) v = automatic.get(key);
        if (!stage) globalDeclared.add(key);
        else declared.add(key);
        if (v !== undefined) target.set(key, v);
        if (stage) refreshScope();
      }
      continue;
    }

    if (!stage) {
      problem(`${keyword} before the first FROM`);
      continue;
    }

    if (keyword === 'ENV') {
      const pairs = keyValues(words, ll.text, true, escape);
      if (pairs.length === 0) problem('ENV requires at least one argument');
      const snapshot = new Map(scope); // all pairs of one ENV see the values from before it
      const envBefore = new Map(env);
      for (const { key, value } of pairs) {
        if (value === null) {
          problem(`ENV ${key} needs a value`);
          continue;
        }
        const x = expand(value, snapshot, false);
        env.set(key, x.value);
        if (namesPlatform(value, platformDerived)) platformDerived.add(key);
        else platformDerived.delete(key);
        const open = openArgsOf(x.unset, value, envBefore);
        if (open.length > 0) openVia.set(key, open);
        else openVia.delete(key);
      }
      refreshScope();
      continue;
    }

    if (keyword === 'WORKDIR') {
      const rest = takeFlags(words).rest;
      if (rest.length > 0) {
        const raw = rest.map((w) => w.text).join(' ');
        const v = expand(raw, scope, false).value;
        workdir.dir = joinAbs(v.startsWith('/') ? '/' : workdir.dir, v);
        workdir.refs = [...(v.startsWith('/') ? [] : (workdir.refs ?? [])), ...referencedNames(raw)].slice(-64);
      }
      continue;
    }

    if (keyword === 'COPY' || keyword === 'ADD') {
      const { flags, rest } = takeFlags(words);
      // buildah's copy-chmod/Dockerfile.bad: `COPY --chmod 777 file /tmp`, refused by the parser (not a missing "777").
      const bad = missingFlagValue(flags);
      if (bad !== null) {
        problem(bad);
        continue;
      }
      const flagValue = (n: string) => {
        const f = flags.find((x) => x.name === n);
        return f ? (f.value === null ? '' : expand(f.value, scope, false).value) : null;
      };
      for (const f of flags) {
        if (!['from', 'chown', 'chmod', 'link', 'parents', 'exclude', 'checksum', 'keep-git-dir'].includes(f.name)) {
          problem(`unknown flag for ${keyword}: --${f.name}`, f.start);
        }
      }
      // Neither builder expands a variable in --from: BuildKit reads `${SRC}` as a stage or image name
      // ("failed to parse stage name \"${SRC}\": invalid reference format"), the legacy builder too
      // ("invalid from flag value ${SRC}"); checked against both (bioconda-utils' `COPY --from="${busybox_image}"`,
      // which buildah expands; sweep 52/T-F2).
      const fromRaw = flags.find((x) => x.name === 'from')?.value ?? null;
      if (fromRaw !== null && /\$(?:\{|[A-Za-z_])/.test(fromRaw)) {
        const shown = fromRaw.replace(/^(["'])(.*)\1$/, '$2');
        problem(`${keyword} --from=${fromRaw}: docker does not expand variables in --from, and reads "${shown}" as a stage or image name: invalid reference format (name the image in a stage, FROM ${shown} AS src, and copy --from=src)`, flags.find((x) => x.name === 'from')?.start, true);
        continue;
      }
      const from = flagValue('from');
      const excludes = flags.filter((f) => f.name === 'exclude' && f.value !== null).map((f) => expand(f.value as string, scope, false).value);
      const parents = flags.some((f) => f.name === 'parents' && f.value !== 'false');
      const argStart = rest.length ? rest[0].start : ll.text.length;
      const json = parseJsonArray(ll.text, argStart);
      const args = json ?? rest;
      if (args.length < 2) {
        problem(`${keyword} requires at least two arguments, but got ${args.length}`);
        continue;
      }
      if (from !== null && from !== '') stage.refs.push({ ref: from, line: line0 + 1, kind: 'copy-from' });
      const destWord = args[args.length - 1];
      const dest = expand(destWord.text, scope, json !== null).value;
      const sourceWords = args.slice(0, -1);
      for (let k = 0; k < sourceWords.length; k++) {
        const w = sourceWords[k];
        if (!json && HEREDOC.test(w.text)) {
          result.heredocSources++; // SourceContents: never a context path
          continue;
        }
        // `COPY << EOF /x` (BuildKit v0.22+): the opener and the name after it are one heredoc.
        if (!json && HEREDOC_OPENER.test(w.text) && k + 1 < sourceWords.length) {
          result.heredocSources++;
          k++;
          continue;
        }
        const e = expand(w.text, scope, json !== null);
        const p = at(w.start);
        let external: ContextSource['external'] = null;
        if (from !== null && from !== '') external = 'from';
        else if (keyword === 'ADD' && isGitRef(e.value)) external = 'git';
        else if (keyword === 'ADD' && isUrl(e.value)) external = 'url';
        stage.sources.push({
          instruction: keyword,
          source: toByteString(stage.windows ? e.value.replace(/\\/g, '/') : e.value),
          raw: w.text,
          line: p.line + 1,
          column: p.col + 1,
          fromContext: external === null,
          hasUnsetVar: e.unset.length > 0,
          unsetVars: e.unset,
          openArgs: openArgsOf(e.unset, w.text),
          ...runTimeOf(e.unset, w.text),
          ...landsBy(destWord.text, dest),
          ...imageEnvOf(e.unset),
          from,
          external,
          excludes,
          parents,
          mountType: null,
          instructionLine: line0 + 1,
          dest,
          workdir: workdir.dir,
          sourceCount: args.length - 1,
          ...platformVia(w.text),
        });
      }
      continue;
    }

    if (keyword === 'RUN') {
      const { flags, rest } = takeFlags(words);
      const bad = missingFlagValue(flags);
      if (bad !== null) {
        problem(bad);
        continue;
      }
      // Heredoc bodies: the instruction's lines after its logical line (dockerfile-ast's range ends at the last delimiter).
      const lastLine = ll.pos.length > 0 ? ll.pos[ll.pos.length - 1].line : line0;
      const bodies = item.endLine > lastLine ? '\n' + lines.slice(lastLine + 1, item.endLine + 1).join('\n') : '';
      (stage.runs ??= []).push({ line: line0 + 1, text: (rest.length > 0 ? ll.text.slice(rest[0].start) : '') + bodies, workdir: workdir.dir });
      // Shell form only (exec form and heredocs are not read): what it plainly deletes.
      if (rest.length > 0 && !rest[0].text.startsWith('[') && !rest.some((w) => HEREDOC.test(w.text))) {
        const removed = rmTargets(ll.text.slice(rest[0].start), workdir.dir, line0 + 1);
        if (removed.length > 0) (stage.removals ??= []).push(...removed);
      }
      for (const f of flags) {
        if (f.name !== 'mount' || f.value === null) continue;
        const fields = new Map<string, string>();
        for (const kv of parseCsv(f.value)) {
          const eq = kv.indexOf('=');
          fields.set((eq < 0 ? kv : kv.slice(0, eq)).toLowerCase(), eq < 0 ? '' : kv.slice(eq + 1));
        }
        const type = (fields.get('type') ?? 'bind').toLowerCase();
        // convert_runmount.go: secret and ssh return before recording; cache gets an implicit from.
        if (type === 'secret' || type === 'ssh') continue;
        const rawSource = fields.get('source') ?? fields.get('src') ?? '';
        const fromRaw = fields.get('from');
        // BuildKit refuses a variable there ("'from' doesn't support variable expansion, define alias
        // stage instead"; checked against it).
        if (fromRaw !== undefined && /\$(?:\{|[A-Za-z_])/.test(fromRaw)) {
          problem(`RUN --mount from=${fromRaw}: 'from' doesn't support variable expansion, define alias stage instead`, f.start);
          continue;
        }
        const from = fromRaw === undefined ? null : expand(fromRaw, scope, false).value;
        if (from) stage.refs.push({ ref: from, line: line0 + 1, kind: 'mount-from' });
        const e = expand(rawSource, scope, false);
        const srcIdx = f.value.search(/(^|,)(source|src)=/i);
        const offset = f.start + (srcIdx < 0 ? 0 : f.value.indexOf('=', srcIdx) + 1 + '--mount='.length);
        const p = at(offset);
        const external = from ? 'from' : null;
        stage.sources.push({
          instruction: 'RUN --mount',
          source: toByteString(e.value),
          raw: rawSource,
          line: p.line + 1,
          column: p.col + 1,
          fromContext: external === null && type !== 'cache',
          hasUnsetVar: e.unset.length > 0,
          unsetVars: e.unset,
          openArgs: openArgsOf(e.unset, rawSource),
          ...imageEnvOf(e.unset),
          from,
          external,
          excludes: [],
          parents: false,
          mountType: type,
          instructionLine: line0 + 1,
          ...platformVia(rawSource),
        });
      }
    }
  }
  if (result.stages.length === 0 && result.problems.length === 0) {
    result.problems.push({ line: 1, message: 'the Dockerfile has no FROM instruction' });
  }
}

/** Every Dockerfile instruction BuildKit's parser knows. */
export const INSTRUCTIONS: readonly string[] = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/** Levenshtein distance, capped: enough to tell a typo (`COPPY`) from anything else. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The message for a line that does not start with an instruction. The word is quoted only when it is
 * a near miss of a real instruction (a typo); anything else may be a line of a file that is not a
 * Dockerfile at all (a Compose `dockerfile:` pointed at a secret), and is not echoed.
 */
export function unknownInstruction(word: string): string {
  const upper = word.toUpperCase();
  if (/^[A-Z]{2,12}$/.test(upper)) {
    const near = INSTRUCTIONS.find((k) => editDistance(upper, k) <= (k.length <= 4 ? 1 : 2));
    if (near) return `unknown instruction: ${upper} (did you mean ${near}?)`;
  }
  return 'unknown instruction: this line does not start with a Dockerfile instruction';
}
