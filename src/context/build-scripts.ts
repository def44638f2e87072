// The repository's own build scripts, read for one question: does a step write this path before the
// build? A COPY source missing from the checkout that a workflow `run` script (or a shell script it runs) or the root Makefile
// writes (`go build -o test/s3/proxy_signature/weed`, seaweedfs' S3 proxy test; `cp $(PREFIX)/thanos
// ./thanos_tmp_for_docker` in thanos' `docker` target) is made before the build, so CTX101 is a
// warning naming that line. Only writes count (`-o`, `--output`, `>`, the last argument of `cp`,
// `mv`, `install`, `ln`, `mkdir -p`, an extracting `tar -C`, `unzip -d`): a script that merely reads a deleted file (chroma's
// rust-toolchain.toml) does not make it. Read once per repository, bounded, never through a symlink.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_BUILD_FILE_BYTES, readRegularFile } from './read-regular.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { withoutJsonComments } from './jsonc.js';
import { isInside, resolvedLocation } from './boundary.js';

interface ScriptFile {
  /** Repository-relative, for messages. */
  name: string;
  text: string;
  /** The directory it runs in, repository-relative ('' for the root): a workflow's `cd dir && bash x.sh` runs dir/x.sh in dir. */
  cwd: string;
}

/** At most this many scripts are read from one repository. */
const MAX_SCRIPTS = 200;
/** Longer lines are passed over (a real command line is far shorter). */
const MAX_LINE = 4096;

const cache = new Map<string, ScriptFile[]>();

/** A directory itself, not a symlink to one. */
function realDir(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

function scriptsOf(repoRoot: string): ScriptFile[] {
  const hit = cache.get(repoRoot);
  if (hit) return hit;
  const out: ScriptFile[] = [];
  const add = (abs: string, cwd = '') => {
    if (out.length >= MAX_SCRIPTS) return;
    try {
      const raw = readRegularFile(abs, { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString('utf8');
      // GNU make reads CRLF line ends as LF; a shell does not (a `\r` ends up in the words).
      const text = /(?:^|[\\/])(?:GNUmakefile|[Mm]akefile[^\\/]*|[^\\/]+\.mk)$/.test(abs) ? raw.replace(/\r\n/g, '\n') : raw;
      out.push({ name: path.relative(repoRoot, abs).split(path.sep).join('/'), text, cwd });
    } catch {
      // unreadable, a FIFO, a symlink: not a script of this repository
    }
  };
  const list = (dir: string) => {
    try {
      return fs.readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  for (const n of list(repoRoot)) if (/^(?:GNUmakefile|[Mm]akefile|.+\.mk|[Mm]akefile\.(?!am$|in$)[\w.-]+)$/.test(n)) add(path.join(repoRoot, n));
  for (const d of WORKFLOW_DIRS) {
    const [top, sub] = d.split('/');
    const wf = path.join(repoRoot, top, sub);
    if (realDir(path.join(repoRoot, top)) && realDir(wf)) for (const n of list(wf)) if (/\.ya?ml$/.test(n)) add(path.join(wf, n));
  }
  // The shell scripts those workflows run (`sh .github/scripts/sync/sync_cluster.sh`, `./ci/setup.sh`):
  // juicefs' script copies id_rsa.pub into the context its `docker build` uses. Inside the repository only.
  const workflows = out.filter((f) => isWorkflowFile(f.name));
  const seen = new Set(out.map((f) => f.name));
  for (const w of workflows) {
    for (const m of w.text.matchAll(/(?:^|[\s;&|(])(?:(?:ba|z)?sh\s+|source\s+|\.\s+)?((?:\.\/)?[\w.][\w./-]*\.sh)(?=$|[\s;&|)])/gm)) {
      // After `cd dir &&` on the same line (depmap-portal's `cd portal-backend && bash
      // build-docker-image.sh`), the script is dir's and runs there.
      const lineStart = w.text.lastIndexOf('\n', m.index) + 1;
      const cd = /(?:^|[\s;&|(])cd\s+["']?([\w.][\w./-]*)["']?\s*(?:&&|;)[^\n]*$/.exec(w.text.slice(lineStart, m.index + 1));
      const dir = cd === null ? '' : path.posix.normalize(cd[1].replace(/^\.\//, '')).replace(/^\.$/, '');
      const rel = path.posix.normalize(path.posix.join(dir, m[1].replace(/^\.\//, '')));
      if (rel.startsWith('..') || path.posix.isAbsolute(rel) || dir.startsWith('..') || seen.has(rel)) continue;
      seen.add(rel);
      add(path.join(repoRoot, ...rel.split('/')), dir);
    }
  }
  // Tiltfiles, up to three directories down, each run from its own directory: a `local_resource` or
  // `local()` command writes files its `docker_build` then sends (tilt-example-python's
  // `python3 now.py > start-time.txt`, which the app opens at start; suggest proposed excluding it).
  const tiltDirs = (dir: string, rel: string, depth: number): void => {
    for (const n of list(dir)) {
      const abs = path.join(dir, n);
      if (n === 'Tiltfile') add(abs, rel);
      else if (depth < 3 && !n.startsWith('.') && !/^(?:node_modules|vendor|third_party|testdata)$/.test(n) && realDir(abs)) tiltDirs(abs, rel === '' ? n : `${rel}/${n}`, depth + 1);
      if (out.length >= MAX_SCRIPTS) return;
    }
  };
  tiltDirs(repoRoot, '', 0);
  cache.set(repoRoot, out);
  return out;
}

/**
 * Where workflows in GitHub's syntax live: GitHub's, Forgejo's and Gitea's (their Actions run the same
 * YAML; each reads its own directory, or `.github/workflows` when it has none).
 */
export const WORKFLOW_DIRS = ['.github/workflows', '.forgejo/workflows', '.gitea/workflows'] as const;

/** Whether a repository-relative path is a workflow file of one of WORKFLOW_DIRS. */
export function isWorkflowFile(rel: string): boolean {
  return WORKFLOW_DIRS.some((d) => rel.startsWith(d + '/') || rel.includes('/' + d + '/'));
}

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escape = escapeRegExp;

/**
 * The `file:line` of the first script line that writes `repoPath` (a repository-relative text path,
 * no `./`), or null. The path may follow `./` or a variable naming a directory (`$GITHUB_WORKSPACE/`,
 * `$(PWD)/`), nothing else, so `-o /usr/local/bin/weed` does not write the repository's `weed`.
 */
export function scriptWriting(repoRoot: string, repoPath: string, notWorkflows = false): string | null {
  if (repoPath === '' || repoPath.includes('\n')) return null;
  for (const s of scriptsOf(repoRoot)) {
    if (notWorkflows && isWorkflowFile(s.name)) continue;
    const rel = relativeToCwd(s, repoPath);
    const line = rel === null ? 0 : lineWriting(s.text, rel);
    if (line > 0) return `${s.name}:${line}`;
  }
  return null;
}

/** `repoPath` as the script names it from the directory it runs in, or null when it lies outside that directory. */
function relativeToCwd(s: ScriptFile, repoPath: string): string | null {
  if (s.cwd === '') return repoPath;
  return repoPath.startsWith(s.cwd + '/') ? repoPath.slice(s.cwd.length + 1) : null;
}

/** A script that builds an image: `docker build`, `docker buildx build`, build-push-action, Bake, Compose build/up. */
const BUILDS_IMAGE = /\bdocker\b[^\n]*\sbuild\b|build-push-action|\bbuildx\s+bake\b|\bcompose\b[^\n]*\s(?:build|up)\b|\b(?:docker_build|custom_build|docker_compose)\s*\(/;

/**
 * The `file:line` of the first line writing `repoPath` in a build script that also builds an image,
 * or null: wri/terramatch-microservices' deploy step writes `.env` (`echo "JWT_SECRET=…" >> .env`)
 * and then runs `docker build -f service.Dockerfile .`, whose `COPY . .` ships it to the application,
 * which reads `./.env` at run time. Excluding such a file from the context breaks that build.
 */
export function scriptWritingForBuild(repoRoot: string, repoPath: string): string | null {
  if (repoPath === '' || repoPath.includes('\n')) return null;
  for (const s of scriptsOf(repoRoot)) {
    if (!BUILDS_IMAGE.test(s.text)) continue;
    const rel = relativeToCwd(s, repoPath);
    const line = rel === null ? 0 : lineWriting(s.text, rel);
    if (line > 0) return `${s.name}:${line}`;
  }
  return null;
}

/**
 * The `file:line` of a line, in a script that also builds an image, that copies a file named
 * `fileName` into a directory whose last component is one of `dirNames`, or null. SunbirdEd-portal's
 * image-push.yml runs `cp -R libs ... ./../../Dockerfile app_dist` and builds ./src/app/app_dist: the
 * root Dockerfile is built there, and `docker build .` of the root is no build of it.
 */
export function scriptCopyingInto(repoRoot: string, fileName: string, dirNames: ReadonlySet<string>): string | null {
  if (dirNames.size === 0) return null;
  const unquote = (p: string) => p.replace(/^['"]|['"]$/g, '');
  const base = (p: string) => unquote(p).replace(/\/+$/, '').split('/').pop() ?? '';
  // The root's own file: named alone, or climbing back to the root from where the script went
  // (`./../../Dockerfile` after `cd src/app`), or from the workspace; never another directory's
  // file of the same name (`cp deploy/Dockerfile dist`).
  const isRootFile = (word: string) => {
    const parts = unquote(word)
      .replace(/^(?:\$\{?(?:GITHUB_WORKSPACE|PWD)\}?|\$\{\{\s*github\.workspace\s*\}\}|\$\(pwd\))\//, '')
      .split('/')
      .filter((p) => p !== '' && p !== '.');
    return parts.length > 0 && parts[parts.length - 1] === fileName && parts.slice(0, -1).every((p) => p === '..');
  };
  for (const s of scriptsOf(repoRoot)) {
    if (!BUILDS_IMAGE.test(s.text)) continue;
    const lines = s.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].length > MAX_LINE || /^\s*#/.test(lines[i])) continue;
      for (const m of lines[i].replace(/\s#.*$/, '').matchAll(/(?:^|[\s;&|(@-])(?:cp|rsync|install)\s+([^\n;&|)]*)/g)) {
        const words = m[1].trim().split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
        if (words.length < 2) continue;
        const dest = words[words.length - 1];
        if (dirNames.has(base(dest)) && words.slice(0, -1).some(isRootFile)) return `${s.name}:${i + 1}`;
      }
    }
  }
  return null;
}

/**
 * Lines with each command continued over lines with `\` read as one, on its first line, and the lines it took
 * left empty, so that every other line keeps its number (a Makefile recipe's leading tabs taken off the
 * continuations). A joined line stops growing past MAX_LINE.
 */
export function joinContinuedLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; /\\[ \t]*$/.test(out[i]) && j < out.length && out[i].length <= MAX_LINE; j++) {
      out[i] = out[i].replace(/\\[ \t]*$/, ' ') + out[j].replace(/^\t+/, '');
      out[j] = '';
    }
  }
  return out;
}

/**
 * The first line (1-based; 0: none) of a shell script or recipe text that writes `relPath` (relative
 * to where it runs): `-o`/`--output path`, `tar -x ... -C path`, `unzip ... -d path`, `> path`,
 * `cp|mv|install|ln|rsync ... path`, `mkdir path`; or that makes the script stop unless the path is
 * there (`[[ ! -f path ]]` then `exit`, `test -f path || exit`): what a generator run before it
 * makes (application-signals-demo's push-ecr.sh runs ./ocb.sh, checks `[[ ! -f
 * ./otelcol-dev/otelcol-dev ]]` and exits, then builds). A line after a literal `cd DIR` or `pushd
 * DIR` is read from DIR too (the path as written from there), besides as written.
 */
export function lineWriting(text: string, relPath: string, under = false, inPlace = false, checks = true): number {
  if (relPath === '' || relPath.includes('\n')) return 0;
  // An edit's continued lines read as one (`sed -i \` then `-e '...' \` then `Dockerfile`).
  if (inPlace) text = text.replace(/\\[ \t]*\n/g, ' ');
  const writes = writingPattern(relPath, under, inPlace);
  const fromDir = new Map<string, { writes: RegExp; checked: RegExp } | null>();
  const patternsFrom = (dir: string) => {
    if (!fromDir.has(dir)) fromDir.set(dir, relPath.startsWith(dir + '/') ? { writes: writingPattern(relPath.slice(dir.length + 1), under, inPlace), checked: checkedPattern(relPath.slice(dir.length + 1)) } : null);
    return fromDir.get(dir)!;
  };
  const checked = checkedPattern(relPath);
  // (rabbitmq-server's `cp \` then the paths on the next lines; sweep 52/V-F6.)
  const lines = joinContinuedLines(text.split('\n'));
  // Where the script is, relative to where it started: '' there, null once a cd goes somewhere not known here.
  let dir: string | null = '';
  const stack: (string | null)[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A stranger's script: a line of a thousand `mkdir`s would make the patterns quadratic.
    if (lines[i].length > MAX_LINE) continue;
    const line = lines[i].replace(/\s#.*$/, '');
    if (/^\s*#/.test(line)) continue;
    const cd = /^\s*(cd|pushd|popd)\b\s*(['"]?)([^\s'"`;&|]*)\2\s*(?:[12]?>\s*\/dev\/null\s*)*(?:$|;|&&)/.exec(line);
    if (cd !== null) {
      if (cd[1] === 'popd') dir = stack.length > 0 ? (stack.pop() as string | null) : null;
      else {
        if (cd[1] === 'pushd') stack.push(dir);
        const to = cd[3];
        dir = dir === null || to === '' || to === '-' || to.startsWith('/') || /[$~]/.test(to) ? null : path.posix.normalize(path.posix.join(dir, to)).replace(/\/$/, '');
        if (dir === '.') dir = '';
        // Above where it started is known too: a script read from its own directory (docker/build.sh)
        // that runs `cd ..` and then writes `.dockerignore` writes ../.dockerignore from there (the
        // review of 37f2541). From the root, no path of the repository lies above it.
      }
    }
    if (writes.test(line) || (checks && stopsUnless(checked, lines, i))) return i + 1;
    const there = dir === null || dir === '' ? null : patternsFrom(dir);
    if (there !== null && (there.writes.test(line) || (checks && stopsUnless(there.checked, lines, i)))) return i + 1;
  }
  return 0;
}

/**
 * The writes lineWriting reads, of `relPath` as written where the line runs. `inPlace`: an edit of
 * the file where it is counts too (`sed -i ... Dockerfile`, `perl -pi -e ... Dockerfile`: dbt-bouncer's
 * CI inserts `COPY . .` into its Dockerfile before the build), for a file that is there already: such
 * an edit makes no missing file.
 */
/** Variables naming directories that are never the workspace: the runner's temporary and tool directories, the home directory. */
const OUTSIDE_VARS = '(?:RUNNER_TEMP|RUNNER_TOOL_CACHE|HOME|TMPDIR|TMP|TEMP)';

/** A command by its path in a system directory (PowerJob's `/bin/cp -rf ... powerjob-server.jar`; sweep 54/J-F4). */
const BIN = '(?:/(?:usr/)?(?:local/)?s?bin/)?';

function writingPattern(relPath: string, under: boolean, inPlace = false): RegExp {
  // `under`: a write of a path inside it makes it too (`mkdir -p tmp_frontend/frontend`).
  // (Not under a directory that is never the workspace: `> "$RUNNER_TEMP/gcloud.json"` writes no gcloud.json
  // there, logflare's credentials step; sweep 49/E-F3.)
  const target = `(?:\\./|\\$\\{?(?!${OUTSIDE_VARS}\\b)\\w+\\}?/|\\$\\((?!${OUTSIDE_VARS}\\))\\w+\\)/|\\$\\{\\{\\s*github\\.workspace\\s*\\}\\}/)?${escape(relPath)}${under ? `(?:/[^\\s'";&|)/]+)*` : ''}/?(?=$|[\\s'";&|)])`;
  // Copied or moved into its directory under its own name (Damselfly's `mv ./publish/Models .`).
  const slash = relPath.lastIndexOf('/');
  const dir = slash < 0 ? `\\.` : `(?:\\./)?${escape(relPath.slice(0, slash))}`;
  const intoDir = `(?:^|[\\s;&|(@-])${BIN}(?:cp|mv|install|rsync)\\s(?:[^\\n;&|]*\\s)?['"]?(?:\\S*/)?${escape(relPath.slice(slash + 1))}/?['"]?\\s+['"]?${dir}/?['"]?\\s*(?:$|[;&|)])`;
  return new RegExp(
    [
      // (`-out`/`-keyout`: openssl's, noobaa's `openssl req ... -keyout certs/ca.key -out certs/ca.crt`.)
      `(?:^|\\s)(?:-o|-out|-keyout|--output[= ]?)\\s*['"]?${target}`,
      // `tar -C DIR` writes DIR only when extracting (requarks/wiki's `tar -xzf ... -C build`):
      // avni-webapp's `tar -czvf app.tgz -C build .` reads it, and `make -C`/`git -C` only go there.
      `(?:^|[\\s;&|(@-])tar\\s(?=x[a-zA-Z]*\\s|(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*x[a-zA-Z]*(?=\\s)|--extract\\b|--get\\b))(?:[^\\n;&|]*\\s)?-C\\s*['"]?${target}`,
      `(?:^|[\\s;&|(@-])unzip\\s[^\\n;&|]*\\s-d\\s*['"]?${target}`,
      // A download by wget or curl (seldon-core's `cd data-flow && wget https://.../opentelemetry-javaagent.jar`;
      // sweep 52/T-F3): wget's -O/--output-document names the file, -P the directory its name goes in; a plain
      // wget, or curl -O (--remote-name), writes the URL's last component where it runs.
      `(?:^|[\\s;&|(@-])wget\\s(?:[^\\n;&|]*\\s)?(?:-O\\s*|--output-document[= ])['"]?${target}`,
      ...(slash >= 0 ? [`(?:^|[\\s;&|(@-])wget\\s(?:[^\\n;&|]*\\s)?(?:-P\\s*|--directory-prefix[= ])['"]?(?:\\./)?${escape(relPath.slice(0, slash))}/?['"]?\\s(?:[^\\n;&|]*\\s)?['"]?\\S*/${escape(relPath.slice(slash + 1))}['"]?(?=$|[\\s;&|)])`] : []),
      ...(slash < 0 ? [`(?:^|[\\s;&|(@-])(?:wget\\s(?!(?:[^\\n;&|]*\\s)?(?:-O|-P|--output-document|--directory-prefix))|curl\\s(?=(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*O|--remote-name)))(?:[^\\n;&|]*\\s)?['"]?[a-z][\\w+.-]*://\\S*/${escape(relPath)}['"]?(?=$|[\\s;&|)])`] : []),
      `>>?\\s*['"]?${target}`,
      // (`... | tee -a F`, `| sudo tee F`: the review of stop 49, C4. Its words hold no quote: a tee inside a quoted
      // argument ends at its quote, not in the words after it; youki's `hyperfine --prepare '... | sudo tee
      // /proc/sys/vm/drop_caches' --command-name 'main youki build'`, sweep 55/O-F5.)
      `(?:^|[\\s;&|(@-])tee\\s+(?:[^\\s;&|<>'"]+\\s+)*['"]?${target}`,
      // A Makefile recipe line may start with @ (silent) or - (errors ignored).
      `(?:^|[\\s;&|(@-])${BIN}(?:cp|mv|install|ln|rsync)\\s[^\\n;&|]*\\s['"]?${target}\\s*(?:$|[;&|)])`,
      `(?:^|[\\s;&|(@-])${BIN}mkdir\\s+(?:-\\w+\\s+)*(?:\\S+\\s+)*['"]?${target}`,
      intoDir,
      // (Quoted, or with more files after it: `sed -i ... "Dockerfile"`, `sed -i ... Dockerfile README.md`.)
      ...(inPlace ? [`(?:^|[\\s;&|(@-])(?:sed\\s(?=(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*i\\S*|--in-place\\S*)\\s)|perl\\s(?=(?:[^\\n;&|]*\\s)?-[a-zA-Z]*i))[^\\n;&|]*\\s['"]?${target}['"]?(?:\\s+[^\\s;&|]+)*\\s*(?:$|[;&|)])`] : []),
    ].join('|'),
  );
}

/** A file test of `relPath` as written (`[[ ! -f path ]]`, `[ -e path ] ||`, `test -f path ||`): group 1 is `!` when negated. */
function checkedPattern(relPath: string): RegExp {
  return new RegExp(`(?:\\[\\[?|(?:^|[\\s;&|(])test)\\s+(!\\s+)?-[efsx]\\s+['"]?(?:\\./)?${escape(relPath)}['"]?\\s*(\\]\\]?)?\\s*(\\|\\||&&|;\\s*then\\b)?`);
}

/**
 * Whether line `i` tests the path and stops the script when it is missing: a negated test followed,
 * on that line or within the next four, by `exit`/`return`/`false`; or a plain one followed by `|| exit`.
 */
function stopsUnless(checked: RegExp, lines: readonly string[], i: number): boolean {
  const m = checked.exec(lines[i]);
  if (m === null) return false;
  const rest = lines[i].slice(m.index + m[0].length);
  if (m[1] === undefined) return m[3] === '||' && /^\s*(?:\{[^}]*\b)?(?:exit|return|false)\b/.test(rest);
  if (m[3] === undefined) return false;
  const block = [rest, ...lines.slice(i + 1, i + 5)].join('\n');
  const end = block.search(/\bfi\b|\}/);
  return /\b(?:exit|return|false)\b/.test(end < 0 ? block : block.slice(0, end + 2));
}

/**
 * A step of a CI job that may write into a build's context before the build (a workflow's
 * download-artifact, a run script): `dirs`, the directories it is known to write (absolute; not the
 * workspace root); `script` and `scriptAt`, a run script's text and where it runs.
 */
/** Whether the Makefile or script a recipe build is named by (`Makefile:4`, `scripts/build.sh`) writes `abs` by name. */
export function recipeWrites(root: string, name: string, abs: string): boolean {
  const file = /^(.*?)(?::\d+)?$/.exec(name)?.[1] ?? '';
  if (file === '' || / /.test(file)) return false;
  let text: string;
  try {
    text = readRegularFile(path.join(root, file), { noFollow: true, maxBytes: 1 << 20 }).toString('utf8');
  } catch {
    return false;
  }
  // From the file's directory (make runs a recipe there), and from the root (a script is taken to run
  // there: `cd "$(dirname "$0")/.."`; the review of 3dd661be, F5). A write, not a test that it is there (F7);
  // or a make rule that makes it (`docs.Dockerfile: docs.tpl`, F6).
  const rels = [path.relative(path.dirname(path.join(root, file)), abs), path.relative(root, abs)].map((r) => r.split(path.sep).join('/')).filter((r) => r !== '' && !r.startsWith('..'));
  // (A pattern rule's target too, `%.Dockerfile: %.tpl`, and a rule of several targets: the review of 27463561.)
  const makes = (rel: string) =>
    [...text.matchAll(/^([^\s:=#][^:=#\n]*):(?![=:])/gm)].some((m) =>
      m[1].split(/\s+/).some((target) => {
        const t = target.replace(/^\.\//, '');
        if (!t.includes('%')) return t !== '' && t === rel;
        // A pattern rule makes what its target's literal part names; a catch-all `%:` (a rule forwarding
        // any goal to another make) names nothing it makes.
        return t.replace(/%/g, '') !== '' && new RegExp(`^${t.split('%').map(escapeRegExp).join('.+')}$`).test(rel);
      }),
    );
  // (A make rule in a makefile only: a script's `docker build -f Dockerfile.dev -t me/app:dev .` is no rule
  // making Dockerfile.dev; koush/scrypted's was listed as written before the build: sweep 50/G-F1.)
  const makefile = /(?:^|\/)(?:GNUmakefile|[Mm]akefile[^/]*|[^/]+\.mk)$/.test(file);
  return rels.some((rel) => lineWriting(text, rel, false, false, false) > 0 || (makefile && makes(rel)));
}

export interface Preparer {
  step: string;
  dirs: readonly string[];
  /** Directories the step surely fills (a download of one named artifact into a literal path), of `dirs`. */
  fills?: readonly string[];
  /** Directories (absolute) a build the step runs writes: the outputPath of an Nx target the build's target depends on. */
  outputs?: readonly string[];
  script?: string;
  scriptAt?: string;
  /**
   * A step of another build of the same Dockerfile and context, merged into this target (a recipe's
   * part before its build): it may make a missing source for that build, but what it writes is no
   * part of every build of the target (a `cp x .dockerignore` there leaves a workflow's build without it).
   */
  otherBuild?: true;
  /**
   * The script is the part before the build of the shell that runs it: its traps and functions run
   * later, if at all (an EXIT trap after the build). A separate step's run before the build's step.
   */
  sameShell?: true;
  /**
   * The script only up to its first build, when `script` also holds what runs between and after its
   * builds (a step's own script: a line between two builds may make a source for the second): what
   * changes the ignore file counts only before the build (the review of fc5ffe3: `mv .dockerignore x`
   * after the build capped its findings).
   */
  untilBuild?: string;
}

/**
 * Which of the steps that prepare a context (nearest the build first) makes a context-relative
 * missing source: the one that writes to it or to a directory holding it (requarks/wiki's "Extract
 * Build", `mkdir -p build; tar -x... -C $GITHUB_WORKSPACE/build`, for `COPY ./build/assets`, not its
 * download-artifact into `drop/`); the longest such path first. Null when none says so.
 */
/**
 * What a command line's build tool writes where it runs (or in each module below it), read word by
 * word (no pattern that a stranger's long line makes slow: the review of 30156176, RB-R7), one line
 * at a time: Maven's and sbt's `target/`, Gradle's `build/`, Cargo's `target/<profile>/` (`debug`,
 * `release` with --release, or --profile's; with --target, below the triple). Null for none.
 */
function toolOutput(line: string): { dir: string; projectFiles: readonly string[]; profile?: string; triple?: boolean; projects?: readonly string[]; tsconfig?: string } | null {
  if (line.length > 4096) return null;
  const words = line.trim().split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^\(+/, '');
    const rest = words.slice(i + 1).map((x) => x.replace(/[;)&|]+$/, ''));
    // (`-pl api` builds the api module only, `-p api` runs Gradle in api/: the review of b184bef7, RD-R5.)
    const valueOf = (...flags: string[]) => {
      for (let k = 0; k < rest.length; k++) {
        if (flags.includes(rest[k]) && rest[k + 1] !== undefined) return rest[k + 1];
        const eq = flags.find((f) => f.startsWith('--') && rest[k].startsWith(f + '='));
        if (eq !== undefined) return rest[k].slice(eq.length + 1);
      }
      return undefined;
    };
    if (w === 'mvn' || w === './mvnw' || w === 'mvnw') {
      const pl = valueOf('-pl', '--projects');
      if (rest.some((x) => ['package', 'install', 'verify', 'deploy'].includes(x))) return { dir: 'target', projectFiles: ['pom.xml'], ...(pl !== undefined ? { projects: pl.split(',').map((m) => m.replace(/^:/, '').replace(/^\.\/+|\/+$/g, '')) } : {}) };
    } else if (w === 'gradle' || w === './gradlew' || w === 'gradlew') {
      // `:api:build` builds the api project only (api/build/), `build` every project (the review of a22c5d2d, RC-R5).
      const tasks = rest.filter((x) => /^(?::?[\w-]+:)*(?:build|assemble|jar|bootJar|shadowJar|installDist|quarkusBuild)$/.test(x));
      const dirFlag = valueOf('-p', '--project-dir');
      if (tasks.length > 0 && dirFlag !== undefined) return { dir: 'build', projectFiles: ['build.gradle', 'build.gradle.kts'], projects: [dirFlag.replace(/^\.\/+|\/+$/g, '')] };
      if (tasks.length > 0) return { dir: 'build', projectFiles: ['build.gradle', 'build.gradle.kts'], ...(tasks.every((t) => t.includes(':')) ? { projects: tasks.map((t) => t.replace(/^:/, '').split(':').slice(0, -1).join('/')) } : {}) };
    } else if (w === 'sbt') {
      if (rest.some((x) => /^(?:dist|package|assembly|stage|universal:packageBin)$/.test(x))) return { dir: 'target', projectFiles: ['build.sbt'] };
    } else if (w === 'tsc') {
      // TypeScript's compiler writes its tsconfig's outDir (langfuse's `tsc && docker build .`; sweep 52/R-F3).
      // Not when it emits nothing or only answers (its options in any case, with one dash or two), nor when
      // the command line gives another outDir (the review of 9376533f, RC-R5).
      const flags = rest.map((x) => x.toLowerCase().replace(/^--?/, '-'));
      if (flags.some((x) => ['-noemit', '-watch', '-w', '-init', '-version', '-v', '-help', '-h', '-showconfig', '-listfilesonly', '-outdir', '-outfile'].includes(x.split('=')[0]))) return null;
      const project = valueOf('-p', '--project', '-b', '--build');
      return { dir: '', projectFiles: [], tsconfig: project === undefined ? 'tsconfig.json' : /\.json$/.test(project) ? project : path.posix.join(project, 'tsconfig.json') };
    } else if (w === 'cargo' && rest[rest[0]?.startsWith('+') ? 1 : 0] === 'build') {
      const profileAt = rest.indexOf('--profile');
      const profile = rest.includes('--release') || rest.includes('-r') ? 'release' : profileAt >= 0 && rest[profileAt + 1] !== undefined ? rest[profileAt + 1] : (rest.find((x) => x.startsWith('--profile='))?.slice(10) ?? 'debug');
      return { dir: 'target', projectFiles: ['Cargo.toml'], profile: profile === 'dev' ? 'debug' : profile, ...(rest.some((x) => x === '--target' || x.startsWith('--target=')) ? { triple: true } : {}) };
    }
  }
  return null;
}

/** The directory a tsconfig.json's `compilerOptions.outDir` names (absolute), or null: none, or no such file. */
function tscOutDir(tsconfig: string): string | null {
  try {
    const doc = JSON.parse(withoutJsonComments(readRegularFile(tsconfig, { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString('utf8'))) as { compilerOptions?: { outDir?: unknown; noEmit?: unknown } };
    if (doc?.compilerOptions?.noEmit === true) return null;
    const outDir = doc?.compilerOptions?.outDir;
    return typeof outDir === 'string' && outDir !== '' && !path.isAbsolute(outDir) ? path.resolve(path.dirname(tsconfig), outDir) : null;
  } catch {
    return null;
  }
}

/**
 * The step of this build whose script, before the build, runs a build tool that writes this
 * context-relative path's output directory (`./mvnw package` for `target/quarkus-app/lib/`, `cargo
 * build` for `target/debug/app`), beside the tool's project file, or null: quarkus-super-heroes'
 * generated Dockerfiles say `# ./mvnw package` before their `# docker build` (sweep 51/H-F3); iggy's
 * step runs `cargo build` before its build (sweep 51/K-F5).
 */
export function toolBuilds(preparers: readonly Preparer[], contextRoot: string, relPath: string): string | null {
  for (const p of preparers) {
    // A build it runs first whose output directory is named outright (Nx's `dependsOn: ["build"]`, whose
    // outputPath is dist/api; sweep 52/U-F1).
    if (p.otherBuild !== true && p.outputs !== undefined) {
      const abs = path.join(contextRoot, relPath).replace(/\/+$/, '');
      // (An output that holds the context itself holds everything: no evidence; RC-R4.)
      if (p.outputs.some((o) => (abs === o || abs.startsWith(o + path.sep)) && !(contextRoot === o || contextRoot.startsWith(o + path.sep)))) return p.step;
    }
    if (p.otherBuild === true || p.script === undefined || p.scriptAt === undefined) continue;
    const scriptAt = p.scriptAt;
    const target = path.join(contextRoot, relPath);
    // Only what runs before the build (a step's own script after its build makes nothing for it: RB-R3).
    const script = (p.untilBuild ?? p.script).slice(0, 1 << 16);
    // Where each line runs, relative to where the script starts: after a literal `cd DIR` there (quarkus-workshops'
    // azure script, `cd rest-heroes; mvn clean package; cd ..`, then the module's build; sweep 55/S-F4); null once
    // a cd goes somewhere not known here.
    let dir: string | null = '';
    const stack: (string | null)[] = [];
    for (const line of script.split('\n').slice(0, 2048)) {
      const cd = line.length > MAX_LINE ? null : /^\s*(cd|pushd|popd)\b\s*(['"]?)([^\s'"`;&|]*)\2\s*(?:[12]?>\s*\/dev\/null\s*)*(?:$|;|&&)/.exec(line);
      if (cd !== null) {
        if (cd[1] === 'popd') dir = stack.length > 0 ? (stack.pop() as string | null) : null;
        else {
          if (cd[1] === 'pushd') stack.push(dir);
          const to = cd[3];
          dir = dir === null || to === '' || to === '-' || to.startsWith('/') || /[$~]/.test(to) ? null : path.posix.join(dir, to);
        }
      }
      if (dir === null) continue;
      const base = path.join(scriptAt, dir);
      const rel = path.relative(base, target).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const dirs = rel.split('/').slice(0, -1);
      const out = toolOutput(line);
      if (out === null) continue;
      if (out.tsconfig !== undefined) {
        // (A tsconfig in the directory the script runs in or the context, its real path too: `-p ../../x` or a
        // linked directory would read a file outside the repository; the review of 9376533f, RC-R2.)
        const tsconfig = path.join(base, out.tsconfig);
        const real = resolvedLocation(tsconfig);
        if (![scriptAt, base, contextRoot].some((d) => isInside(resolvedLocation(d), real))) continue;
        const outDir = tscOutDir(tsconfig);
        if (outDir === null) continue;
        const outRel = path.relative(base, outDir).split(path.sep).join('/');
        if (outRel !== '' && !outRel.startsWith('..') && (rel === outRel || rel.startsWith(outRel + '/'))) return p.step;
        continue;
      }
      const at = dirs.indexOf(out.dir);
      // (The output directory and the ones above it written out: `target/quarkus-app/*.jar` is under target/.)
      if (at < 0 || dirs.slice(0, at + 1).some((d) => /[*?[\\]/.test(d))) continue;
      // Cargo's profile directory, or a target triple's (RB-R1: `cargo build` writes target/debug, not target/release).
      if (out.profile !== undefined && dirs[out.triple ? at + 2 : at + 1] !== out.profile) continue;
      if (out.projects !== undefined && !out.projects.includes(dirs.slice(0, at).join('/'))) continue;
      // (Beside the project file that makes that directory its output: a `target/` at the root of a
      // repository whose pom is in config/ is no Maven output; nocode-saas copies config/target's jar there.)
      // (A project directory at or below the directory above the script, or in the context: a `cd ..` above where
      // the script starts looks no further.)
      const project = path.join(base, ...dirs.slice(0, at));
      if (!isInside(path.dirname(scriptAt), project) && !isInside(contextRoot, project)) continue;
      if (out.projectFiles.some((f) => fs.existsSync(path.join(project, f)))) return p.step;
    }
  }
  return null;
}

/** The step of this build that surely fills this very context-relative path before it (Preparer.fills), or null. */
export function filledBy(preparers: readonly Preparer[], contextRoot: string, relPath: string): string | null {
  if (/[*?[\\]/.test(relPath)) return null;
  const abs = path.join(contextRoot, relPath).replace(/\/+$/, '');
  return preparers.find((p) => p.otherBuild !== true && p.fills?.includes(abs) === true)?.step ?? null;
}

/**
 * The step to name as one that may make a missing source no step is seen to write: `step` (the context's default,
 * preparedBy), unless every directory it writes lies elsewhere (fhem-docker's actions/cache of ./src/fhem/trunk
 * for `COPY cpanfile`; sweep 56/W-F2), or it is a script run in another directory; then the nearest step that may
 * write there (a download into the workspace, a script run above the path), else `step`.
 */
export function mayPreparerOf(preparers: readonly Preparer[], contextRoot: string, relPath: string, step: string): string {
  const parts = relPath.split('/');
  const literal = parts.findIndex((p) => /[*?[\\]/.test(p));
  const abs = path.join(contextRoot, ...parts.slice(0, literal < 0 ? parts.length : literal));
  // (A script writes where it runs, as a rule: koodo-reader's "Cross-compile Go server", run in httpserver/, was named
  // for the build/ that "Build React app" makes at the root; sweep 55/P-F2.)
  const under = (d: string) => abs === d || abs.startsWith(d + path.sep) || d.startsWith(abs + path.sep);
  const mayWrite = (p: Preparer) => (p.script !== undefined && p.scriptAt !== undefined ? under(p.scriptAt) : p.dirs.length === 0 || p.dirs.some(under));
  const given = preparers.find((p) => p.step === step);
  if (given === undefined || mayWrite(given)) return step;
  return preparers.find(mayWrite)?.step ?? step;
}

export function preparerOf(preparers: readonly Preparer[], contextRoot: string, relPath: string, under = false, explicitOnly = false): string | null {
  const parts = relPath.split('/');
  // A wildcard's component and what follows name nothing a script writes literally.
  const literal = parts.findIndex((p) => /[*?[\\]/.test(p));
  const upTo = literal < 0 ? parts.length : literal;
  // Down to the context itself (k = 0): a download into it, or into a directory above it, may hold
  // anything the context misses (rustdesk's download-artifact into docker-classic/ for `COPY hbbs-*.bin`).
  // `explicitOnly`: a script line that writes the path itself, not a step that may write anywhere.
  // A wildcard component a script writes a match of by name (growthbook's `mkdir -p buildinfo`, then
  // `echo ... > buildinfo/SHA`, for `COPY buildinfo* ./buildinfo`; sweep 49/B-F1).
  if (literal >= 0) {
    const glob = parts.slice(0, literal + 1).join('/');
    // (At most 8 matching words a script, each checked in its first 64 KiB: a 700 kB workflow with many
    // matches took a minute; the review of c90d585e.)
    for (const p of preparers) {
      if (p.script === undefined || p.scriptAt === undefined) continue;
      // (A workflow expression in a written name is some value, one character here: arkime's `mv
      // capture/plugins/ja4plus.so ja4plus.${{ env.ARKIME_ARCH }}.so` for `COPY ja4plus.*.so`; sweep 54/G-F3.)
      const head = p.script.slice(0, 1 << 16).replace(/\$\{\{[^}\n]{0,256}\}\}/g, 'X');
      const words = new Set(head.match(/[\w.@+-]+(?:\/[\w.@+-]+)*/g)?.slice(0, 4096) ?? []);
      let tried = 0;
      for (const w of words) {
        const rel = path.relative(contextRoot, path.join(p.scriptAt, w)).split(path.sep).join('/');
        if (rel === '' || rel.startsWith('..') || rel.split('/').length !== literal + 1 || !filepathMatch(glob, rel)) continue;
        if (lineWriting(head, w, under || literal + 1 < parts.length) > 0) return p.step;
        if (++tried >= 8) break;
      }
    }
  }
  for (let k = upTo; k >= (explicitOnly ? upTo : 0); k--) {
    const abs = path.join(contextRoot, ...parts.slice(0, k));
    for (const p of preparers) {
      if (!explicitOnly && p.dirs.some((d) => abs === d || abs.startsWith(d + path.sep))) return p.step;
      if (k > 0 && p.script !== undefined && p.scriptAt !== undefined) {
        const rel = path.relative(p.scriptAt, abs).split(path.sep).join('/');
        // Explicitly, a write above where the script runs counts too (`cp .dockerignore ../`).
        if (rel !== '' && (explicitOnly || !rel.startsWith('..')) && !path.isAbsolute(rel) && lineWriting(p.script, rel, under) > 0) return p.step;
      }
    }
  }
  return null;
}

export interface IgnoreFileChange {
  step: string;
  /** The step deletes it (else it writes it). */
  removes: boolean;
  /** When the build's tool reads another file instead (buildah's `.containerignore`): the whole clause, and no step writes it. */
  because?: string;
}

/**
 * The step of this build (not one of another build merged into the target, Preparer.otherBuild) whose
 * script writes or removes the ignore file the builder reads, before the build: netbird's build.sh
 * (`cp docker/.dockerignore .dockerignore`), Estate-DAO's deploy jobs (`rm -f .dockerignore`, then
 * build-push-action). What the build is sent is then not what the checkout's ignore file says.
 * `ignoreFile` is context-relative. Null when no step does.
 */
export function ignoreFileChangedBy(preparers: readonly Preparer[], contextRoot: string, ignoreFile: string): IgnoreFileChange | null {
  for (const p of preparers) {
    if (p.otherBuild === true || p.script === undefined || p.scriptAt === undefined) continue;
    const rel = path.relative(p.scriptAt, path.join(contextRoot, ignoreFile)).split(path.sep).join('/');
    if (rel === '' || path.isAbsolute(rel) || rel.includes('\n')) continue;
    // A write of it, not a check that it is there (`test -f .dockerignore || exit 1`: the review of 2b4e65e).
    const script = p.untilBuild ?? p.script;
    if (lineWriting(script, rel, false, false, false) > 0) return { step: p.step, removes: false };
    if (removesFile(script, rel, p.sameShell === true)) return { step: p.step, removes: true };
  }
  return null;
}

/**
 * Merging builds of one Dockerfile and context into one target: a step that writes or deletes the
 * ignore file speaks for the target only when every build's own steps do (aa.sh copies one in,
 * zz-release.sh builds and pushes without: the review of 2b4e65e saw the first one's cap hide the
 * second one's leak). `a` and `b` are two builds' own steps; the target's, as merged.
 */
export function mergedPreparers(a: readonly Preparer[] | undefined, b: readonly Preparer[] | undefined, contextRoot: string, dockerfile?: string): Preparer[] | undefined {
  // Either ignore file the build may read: `.dockerignore`, or BuildKit's `<Dockerfile>.dockerignore`
  // (the review of da01796: a write of that one capped another build's leak).
  const specific = dockerfile === undefined ? null : path.relative(contextRoot, dockerfile + '.dockerignore').split(path.sep).join('/');
  const names = ['.dockerignore', ...(specific !== null && !specific.startsWith('../') && !path.isAbsolute(specific) ? [specific] : [])];
  const changes = (p: readonly Preparer[] | undefined) => p !== undefined && names.some((n) => ignoreFileChangedBy(p, contextRoot, n) !== null);
  if (changes(a) === changes(b)) return a === undefined ? undefined : [...a];
  return (a ?? []).map((p) => ({ ...p, otherBuild: true as const }));
}

/**
 * Whether a script deletes `rel` (as written where it runs) before it ends: `rm [flags] rel` or `git rm
 * rel` (not `--cached`, which leaves the file), the path as written, or under `./`, `$PWD/` or the
 * workspace. Not a `--rm` flag (`docker run --rm ... cat .dockerignore`), not a path under another
 * variable (`$RUNNER_TEMP/.dockerignore`). In the shell that then builds (`sameShell`), not in a trap or
 * a function either, which run later if at all (netbird's `cleanup() { rm -f .dockerignore; }` on
 * EXIT); a separate step's trap runs when that step ends, before the build. Read word by word, one
 * command at a time: no pattern that backtracks over a long line.
 */
function removesFile(script: string, rel: string, sameShell: boolean): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const targets = new Set([rel, `./${rel}`, ...['$PWD', '${PWD}', '$GITHUB_WORKSPACE', '${GITHUB_WORKSPACE}', '${{ github.workspace }}'].map((v) => `${v}/${rel}`)]);
  let depth = 0;
  let pendingBody = false;
  let trapQuote: string | null = null;
  for (const line of script.split('\n')) {
    if (sameShell) {
      // A trap's quoted command over several lines, to its closing quote.
      if (trapQuote !== null) {
        if (line.includes(trapQuote)) trapQuote = null;
        continue;
      }
      // A function's body, from `name() {` (or `name()` then `{`, `function name {`, `ns::name() {`) to its closing brace.
      const header = /^\s*(?:function\s+[\w.:-]+\s*(?:\(\s*\))?|[\w.:-]+\s*\(\s*\))\s*(\{)?/.exec(line);
      if (depth === 0 && header !== null && header[1] === undefined && /^\s*(?:function\s+[\w.:-]+\s*(?:\(\s*\))?|[\w.:-]+\s*\(\s*\))\s*$/.test(line)) {
        pendingBody = true;
        continue;
      }
      if ((header !== null && header[1] !== undefined) || depth > 0 || (pendingBody && /^\s*\{/.test(line))) {
        pendingBody = false;
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        if (depth < 0) depth = 0;
        continue;
      }
      pendingBody = false;
      const trap = /\btrap\s+(['"])/.exec(line);
      if (trap !== null) {
        if (!line.slice(trap.index + trap[0].length).includes(trap[1])) trapQuote = trap[1];
        continue;
      }
      if (/\btrap\s/.test(line)) continue;
    }
    if (line.length > MAX_LINE || !line.includes(name) || (!line.includes('rm') && !line.includes('mv')) || /^\s*#/.test(line)) continue;
    // (A trap's quoted command is read as commands too: in a separate step it runs when the step ends.)
    const code = line.replace(/\s#.*$/, '').replace(/\btrap\s+(['"])(.*?)\1/g, '; $2 ;');
    for (const command of code.split(/;|&&|\|\||\||\(|\)/)) {
      const words = command.trim().split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, '$2'));
      // A make recipe's `-rm`/`@rm`, a `sudo rm`.
      if (words[0] !== undefined) words[0] = words[0].replace(/^[@-]+/, '');
      if (words[0] === 'sudo') words.shift();
      // Moved away (acme2certifier's `mv .dockerignore .dockerignore.bak` before its build): a source
      // of `mv` or `git mv`, any argument but the last.
      if (words[0] === 'mv' || (words[0] === 'git' && words[1] === 'mv')) {
        const args = words.slice(words[0] === 'git' ? 2 : 1).filter((w) => w !== '' && !w.startsWith('-'));
        if (args.slice(0, -1).some((w) => targets.has(w))) return true;
        continue;
      }
      const git = words[0] === 'git' && words[1] === 'rm';
      if (words[0] !== 'rm' && !git) continue;
      if (git && words.includes('--cached')) continue;
      if (words.slice(git ? 2 : 1).some((w) => targets.has(w))) return true;
    }
  }
  return false;
}

/**
 * Docker Hub's automated builds run `hooks/post_checkout` and `hooks/pre_build` (in a `hooks`
 * directory beside the Dockerfile) in the checkout before `docker build`: dperson/samba's
 * post_checkout downloads qemu-aarch64-static into the context, which Dockerfile.aarch64 copies.
 * The first such hook, as a message names it, or null. Only regular files are looked at.
 */
export function dockerHubHook(dockerfileDir: string): string | null {
  for (const name of ['post_checkout', 'pre_build']) {
    const st = fs.lstatSync(path.join(dockerfileDir, 'hooks', name), { throwIfNoEntry: false });
    if (st?.isFile()) return `Docker Hub's hooks/${name} (an automated build runs it in the checkout first)`;
  }
  return null;
}

const submodulesCache = new Map<string, { name: string | null; path: string }[]>();

/** The submodule paths `.gitmodules` declares (read once per repository, bounded, never through a symlink). */
function submodulePaths(repoRoot: string): string[] {
  return submoduleEntries(repoRoot).map((e) => e.path);
}

/** `.gitmodules`' submodules: each one's path and its name (`[submodule "NAME"]`, its git directory `.git/modules/NAME`). */
function submoduleEntries(repoRoot: string): { name: string | null; path: string }[] {
  const hit = submodulesCache.get(repoRoot);
  if (hit) return hit;
  const entries: { name: string | null; path: string }[] = [];
  try {
    const text = readRegularFile(path.join(repoRoot, '.gitmodules'), { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString('utf8');
    let name: string | null = null;
    for (const line of text.split('\n')) {
      const section = /^\s*\[\s*submodule\s+"([^"]*)"\s*\]/.exec(line);
      if (section) name = section[1].replace(/\/+$/, '') || null;
      else if (/^\s*\[/.test(line)) name = null;
      const m = /^\s*path\s*=\s*(.+?)\s*$/.exec(line);
      if (!m) continue;
      const p = m[1].replace(/^\.\//, '').replace(/\/+$/, '');
      if (p !== '' && !p.split('/').includes('..')) entries.push({ name: name !== null && !name.split('/').includes('..') ? name : null, path: p });
    }
  } catch {
    // no .gitmodules: no submodules
  }
  submodulesCache.set(repoRoot, entries);
  return entries;
}

/**
 * The submodule (.gitmodules) a repository-relative path is or lies in, checked out or not, else
 * null: openlibrary's vendor/infogami, which its workflow checks out with `submodules: true`.
 */
export function submoduleHolding(repoRoot: string, repoPath: string): string | null {
  return submodulePaths(repoRoot).find((sub) => holds(sub, repoPath)) ?? null;
}

/** Whether a repository path is the submodule `sub` or lies in it. */
const holds = (sub: string, repoPath: string): boolean => repoPath === sub || repoPath.startsWith(sub + '/');

/** The submodules `.gitmodules` declares that this checkout has not checked out (missing or empty directories), sorted. */
export function uncheckedSubmodules(repoRoot: string): string[] {
  return submodulePaths(repoRoot)
    .filter((sub) => uncheckedSubmodule(repoRoot, sub) === sub)
    .sort();
}

/**
 * The submodule a repository-relative path lies in, when this checkout has not checked it out (its
 * directory is missing or empty: `git clone` without `--recurse-submodules`), else null. lago's
 * Dockerfile copies api/Gemfile from its `api` submodule, which its workflow checks out with
 * `submodules: true`.
 */
export function uncheckedSubmodule(repoRoot: string, repoPath: string): string | null {
  // A submodule's git directory, `.git/modules/NAME` (ArchiSteamFarm's `COPY .git/modules/ASF-ui`, for
  // the commit its UI build stamps): `git submodule update --init`, as a checkout with `submodules:`
  // runs it, makes it; a clone without submodules has none.
  // `.git/modules` itself: what checking any submodule out makes (the review of 856bd28).
  if (repoPath === '.git/modules') {
    const named = submoduleEntries(repoRoot).filter((e) => e.name !== null);
    if (named.length > 0 && !fs.existsSync(path.join(repoRoot, '.git', 'modules'))) return [...named].sort((a, b) => (a.path < b.path ? -1 : 1))[0].path;
  }
  if (repoPath.startsWith('.git/modules/')) {
    const rest = repoPath.slice('.git/modules/'.length);
    for (const e of submoduleEntries(repoRoot)) {
      if (e.name === null || !holds(e.name, rest)) continue;
      try {
        if (fs.lstatSync(path.join(repoRoot, '.git', 'modules', ...e.name.split('/'))).isDirectory()) return null;
      } catch {
        // not there
      }
      return e.path;
    }
  }
  for (const sub of submodulePaths(repoRoot)) {
    if (!holds(sub, repoPath)) continue;
    try {
      const dir = path.join(repoRoot, ...sub.split('/'));
      if (!fs.lstatSync(dir).isDirectory() || fs.readdirSync(dir).length === 0) return sub;
    } catch {
      return sub; // not there at all
    }
  }
  return null;
}

/**
 * The Go command a missing COPY source named `<name>` is the program of, or null: a `cmd/<name>`
 * directory holding a `.go` file (pomerium's release Dockerfiles `COPY pomerium /bin/`, the binary
 * `go build ./cmd/pomerium` makes before the image is built from a directory CI assembles), or the
 * repository root's `package main` when go.mod's module path ends in `<name>` (nomad's
 * `COPY nomad /bin/nomad`: `go build` at the root of github.com/hashicorp/nomad writes `nomad`).
 */
export function goCommandFor(repoRoot: string, name: string): string | null {
  if (name === '' || name.includes('\n')) return null;
  // `<dir>/<name>`: the program of a module of its own in <dir> (clickhouse-sink-connector's
  // `COPY sink-connector-client/sink-connector-client`, what its CI's `go build` there writes).
  const slash = name.lastIndexOf('/');
  if (slash > 0) {
    const dir = name.slice(0, slash);
    const base = name.slice(slash + 1);
    if (base === '' || base.includes('.') || dir.split('/').some((c) => c === '' || c === '.' || c === '..')) return null;
    const parts = dir.split('/');
    // Every component a directory of the repository, none a symlink out of it.
    const real = parts.every((_c, i) => realDir(path.join(repoRoot, ...parts.slice(0, i + 1))));
    return real && rootMainModule(path.join(repoRoot, ...parts)) === base ? `-C ${dir}` : null;
  }
  if (name.includes('.')) return null;
  const dir = path.join(repoRoot, 'cmd', name);
  try {
    if (fs.lstatSync(dir).isDirectory() && fs.readdirSync(dir).some((n) => n.endsWith('.go'))) return `./cmd/${name}`;
  } catch {
    // no cmd/<name>
  }
  return rootMainModule(repoRoot) === name ? '.' : null;
}

/** The name `go build` gives the program of the repository root (its module path's last element, a `/vN` suffix dropped), when the root holds a `package main`; else null. */
function rootMainModule(repoRoot: string): string | null {
  const read = (file: string, maxBytes: number): string | null => {
    try {
      return readRegularFile(path.join(repoRoot, file), { noFollow: true, maxBytes }).toString('utf8');
    } catch {
      return null;
    }
  };
  const mod = /^module\s+"?([^\s"]+)"?\s*$/m.exec(read('go.mod', MAX_BUILD_FILE_BYTES) ?? '');
  if (!mod) return null;
  const elems = mod[1].split('/');
  const last = elems.length > 1 && /^v\d+$/.test(elems[elems.length - 1]) ? elems[elems.length - 2] : elems[elems.length - 1];
  let names: string[];
  try {
    names = fs.readdirSync(repoRoot).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort().slice(0, 50);
  } catch {
    return null;
  }
  return names.some((n) => /^package\s+main\b/m.test(read(n, 16 * 1024) ?? '')) ? last : null;
}

const buildTargetsCache = new Map<string, { name: string; where: string }[]>();

/**
 * The programs the repository's root build files declare: CMake's `add_executable(name ...)`,
 * Bazel's `*_binary(name = "name", ...)` in BUILD/BUILD.bazel, Cargo's `[package]`/`[[bin]]`
 * `name`. Read once per repository, bounded, never through a symlink.
 */
function buildTargets(repoRoot: string): { name: string; where: string }[] {
  const hit = buildTargetsCache.get(repoRoot);
  if (hit) return hit;
  const out: { name: string; where: string }[] = [];
  const read = (file: string): string[] | null => {
    try {
      return readRegularFile(path.join(repoRoot, file), { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString('utf8').split('\n');
    } catch {
      return null;
    }
  };
  const cmake = read('CMakeLists.txt') ?? [];
  cmake.forEach((l, i) => {
    const m = l.length <= MAX_LINE ? /^\s*add_executable\s*\(\s*([\w.+-]+)(?=[\s)])/i.exec(l) : null;
    if (m) out.push({ name: m[1], where: `CMakeLists.txt:${i + 1} (add_executable)` });
  });
  for (const file of ['BUILD', 'BUILD.bazel']) {
    const lines = read(file) ?? [];
    let rule: string | null = null;
    lines.forEach((l, i) => {
      if (l.length > MAX_LINE) return;
      const open = /^\s*(\w+_binary)\s*\(/.exec(l);
      if (open) rule = open[1];
      else if (/^\S/.test(l)) rule = null;
      const name = rule === null ? null : /\bname\s*=\s*"([\w.+-]+)"/.exec(l);
      if (rule !== null && name) {
        out.push({ name: name[1], where: `${file}:${i + 1} (${rule})` });
        rule = null;
      }
    });
  }
  const cargo = read('Cargo.toml');
  if (cargo !== null) out.push(...cargoPrograms(cargo.join('\n'), 'Cargo.toml'));
  buildTargetsCache.set(repoRoot, out);
  return out;
}

/** The programs a Cargo.toml declares: its `[package]` name and each `[[bin]]` name, with where (`file:line ([section])`). */
export function cargoPrograms(text: string, file: string): { name: string; where: string }[] {
  const out: { name: string; where: string }[] = [];
  let section = '';
  text.split('\n').forEach((l, i) => {
    if (l.length > MAX_LINE) return;
    const head = /^\s*\[\[?([\w.-]+)\]\]?\s*$/.exec(l);
    if (head) section = head[1];
    const name = section === 'package' || section === 'bin' ? /^\s*name\s*=\s*"([\w.+-]+)"/.exec(l) : null;
    if (name) out.push({ name: name[1], where: `${file}:${i + 1} ([${section}])` });
  });
  return out;
}

/**
 * Where the repository's root build files declare a program named `name` (a missing COPY source
 * with no directory and no extension), or null: typesense's deployment image copies
 * `typesense-server`, which its scripts build with Bazel (`cc_binary`) or CMake
 * (`add_executable`) into the directory they then build the image from.
 */
export function buildTargetFor(repoRoot: string, name: string): string | null {
  if (name === '' || name.includes('/') || name.includes('.') || name.includes('\n')) return null;
  return buildTargets(repoRoot).find((t) => t.name === name)?.where ?? null;
}

/** The string entries of a package.json's `scripts` (name -> command); null when the text is no JSON object with scripts. */
export function packageScripts(text: string): Map<string, string> | null {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown } | null)?.scripts;
  } catch {
    return null;
  }
  if (scripts === null || typeof scripts !== 'object' || Array.isArray(scripts)) return null;
  return new Map(Object.entries(scripts as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
