import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  auditWithConfig,
  formatOptionsFor,
  isStdout,
  writeReport
} from "./chunks/chunk-XHQ5IOI7.mjs";
import "./chunks/chunk-JI6YQEWK.mjs";
import {
  parseCommand
} from "./chunks/chunk-EFUMEUQS.mjs";
import {
  EXIT_CANNOT_RUN,
  EXIT_FINDINGS,
  EXIT_OK,
  allRules,
  displayPath,
  exitCodeFor,
  findRule,
  helpUri,
  needsExcludedTotals,
  renderReport,
  runAudit,
  writeText
} from "./chunks/chunk-BOXOKJ5W.mjs";
import "./chunks/chunk-VCGU63CK.mjs";
import {
  planTar
} from "./chunks/chunk-XMY72ZJH.mjs";
import "./chunks/chunk-U6NIXFFM.mjs";
import {
  VERSION,
  escapeName,
  neutralizeCommands,
  safeText
} from "./chunks/chunk-LZM6OGT4.mjs";
import {
  isContextInput
} from "./chunks/chunk-CAMEKKVL.mjs";
import {
  repoBoundary
} from "./chunks/chunk-26EYPM73.mjs";
import {
  writeTar
} from "./chunks/chunk-WE6XP7M2.mjs";
import "./chunks/chunk-PCHR3W3Q.mjs";
import "./chunks/chunk-QDEKIWEK.mjs";
import "./chunks/chunk-SJYW3XAE.mjs";
import {
  InputError,
  TarContentError,
  UsageError
} from "./chunks/chunk-C2U46XUJ.mjs";
import "./chunks/chunk-5POXV72P.mjs";

// src/cli/run.ts
const fs = require("node:fs");
const path = require("node:path");
const { fileURLToPath } = require("node:url");

// src/cli/stdin.ts
var MAX_STDIN_DOCKERFILE_BYTES = 64 << 20;
async function readStdinDockerfile(stdin) {
  if (!stdin) throw new UsageError("-f -: no standard input to read the Dockerfile from");
  if (stdin.isTTY) throw new UsageError("-f -: standard input is a terminal; pipe the Dockerfile in (ctx-audit -f - . < Dockerfile)");
  const chunks = [];
  let n = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    n += b.length;
    if (n > MAX_STDIN_DOCKERFILE_BYTES) throw new InputError(`-f -: the Dockerfile on standard input is larger than ${MAX_STDIN_DOCKERFILE_BYTES} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

// src/reporters/ls.ts
var TYPE_CHAR = {
  file: "-",
  dir: "d",
  symlink: "l",
  hardlink: "h",
  fifo: "p",
  char: "c",
  block: "b"
};
function line(e, opts) {
  if (opts.nul) return opts.long ? longLine(e, e.name, e.linkname) : e.name;
  return neutralizeCommands(opts.long ? longLine(e, escapeName(e.name), escapeName(e.linkname)) : escapeName(e.name));
}
function longLine(e, name, linkname) {
  const link = e.kind === "symlink" || e.kind === "hardlink" ? ` -> ${linkname}` : "";
  return `${TYPE_CHAR[e.kind]} ${e.mode.toString(8).padStart(4, "0")} ${String(e.size).padStart(12)} ${String(e.tarBytes).padStart(12)} ${name}${link}`;
}
function* renderLsChunks(entries, opts, chunkChars = 1 << 16) {
  const sep = opts.nul ? "\0" : "\n";
  let buf = "";
  for (const e of entries) {
    buf += line(e, opts) + sep;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}

// src/reporters/rules.ts
function renderRuleTable() {
  const rows = allRules().map((r) => `| ${r.id} | ${r.name} | ${r.severity} | ${r.docs.summary.replace(/\|/g, "\\|")} |`);
  return ["| id | name | default | fires when |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}
function renderRuleList(format) {
  const rules = allRules();
  if (format === "markdown") return renderRuleTable();
  if (format === "json") {
    return JSON.stringify(rules.map((r) => ({ id: r.id, name: r.name, severity: r.severity, docs: r.docs, helpUri: helpUri(r) })), null, 2) + "\n";
  }
  const nameWidth = Math.max(...rules.map((r) => r.name.length));
  return rules.map((r) => `${r.id}  ${r.name.padEnd(nameWidth)}  ${r.severity.padEnd(7)}  ${r.docs.summary}`).join("\n") + "\n";
}
function indent(s) {
  return s.split("\n").map((l) => "    " + l).join("\n");
}
function renderExplain(rule, docsFile = null) {
  const sections = [["Why", rule.docs.why], ["How to fix", rule.docs.fix], ["Bad", rule.docs.bad], ["Good", rule.docs.good]];
  return [
    `${rule.id} ${rule.name} (default severity: ${rule.severity})`,
    "",
    ...sections.flatMap(([title, text]) => [title, indent(text), ""]),
    docsFile !== null ? `More: ${docsFile}, section "${rule.id} ${rule.name}" (shipped with ctx-audit)` : `More: ${helpUri(rule)}`,
    ""
  ].join("\n");
}

// src/upload.ts
function walkOnly(req, crossCheck) {
  const { allowOutsideRepo, ...opts } = req;
  return runAudit({ ...opts, top: 10, runRules: false, crossCheck, repository: repoBoundary(req.cwd, allowOutsideRepo) });
}
function listUpload(req) {
  const result = walkOnly(req, req.builder === "buildkit");
  if (req.builder === "buildkit" && req.gitContext && result.buildkitEligible) {
    return result.buildkitEligible.walk.entries.map((e) => ({ name: e.kind === "dir" ? `${e.path}/` : e.path, kind: e.kind === "dir" ? "dir" : "file", size: 0, mode: 0, linkname: "", tarBytes: 0 }));
  }
  if (req.builder === "buildkit") {
    const bk = result.crossCheck?.buildkit;
    if (!bk) throw new InputError("cannot list what BuildKit would request: the Dockerfile could not be read");
    if (bk.error) throw new InputError(`${bk.ignoreFile ?? ".dockerignore"}: ${bk.error}`);
    return bk.requestedList.map((name) => ({ name, kind: name.endsWith("/") ? "dir" : "file", size: 0, mode: 0, linkname: "", tarBytes: 0 }));
  }
  const injected = result.legacy.injected.map((i) => ({ name: i.name, kind: "file", size: i.contentBytes, mode: 384, linkname: "", tarBytes: 0 }));
  return [...result.legacy.walk.entries, ...injected];
}
async function tarUpload(req) {
  const { compress, ...rest } = req;
  const plan = planTar(walkOnly(rest, false).legacy);
  const gzip = compress ? (await import("./chunks/compressed-upload-NPPHVODI.mjs")).writeCompressedTar : null;
  return {
    truncatedAt: plan.headerOnlyLast ? displayPath(plan.headerOnlyLast.name) : null,
    write: (out) => gzip ? gzip(plan, out) : writeTar(plan.items, out, { truncatedEnd: plan.truncatedEnd, finalHeaderOnly: plan.headerOnlyLast ?? void 0 })
  };
}

// src/cli/help.ts
var HELP = `ctx-audit: see exactly what \`docker build\` will send, before you build.

Usage:
  ctx-audit [CONTEXT] [options]         audit the build context (default CONTEXT: .)
  ctx-audit ls [CONTEXT] [options]      list what would be sent: BuildKit's request (default), or
                                        with --builder legacy every tar entry, in tar order
  ctx-audit tar [CONTEXT] -o FILE|-     write the exact context tar the legacy builder would upload
  ctx-audit rules [--format F]          list every rule (F: table, json, markdown)
  ctx-audit explain RULE                print one rule's docs (RULE: an id like CTX201 or a name)
  ctx-audit why PATH... [-C CONTEXT]    why each path is sent or not, per builder (ctx-audit why -h)
  ctx-audit suggest [CONTEXT]           verified .dockerignore changes as a diff; --allowlist, --write

CONTEXT is what docker build takes: a directory; - (stdin: a tar, .tar.gz, .tar.bz2 or .tar.xz,
or a Dockerfile alone); a git URL (https://host/repo.git#ref:dir, git://..., git@..., cloned with
your git); an http(s) URL of a tarball or Dockerfile (downloaded). A path to an archive works too.

Options (all commands):
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
                         (default: CONTEXT/Dockerfile, then CONTEXT/dockerfile)
      --builder NAME     buildkit (default, as docker build since Engine 23) | legacy
                         (DOCKER_BUILDKIT=0): whose ignore file and sent set the findings and
                         ls describe; the summary shows both. tar is legacy-only.
      --target STAGE     only the stages STAGE needs count
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --allow-outside-repo
                         read a context, Dockerfile, ignore file or Compose/Bake/config file
                         that resolves outside the repository (its git top level, else the
                         current directory); refused by default, since the repository may be
                         a stranger's. A command-line flag only, never read from a file.
      --debug            print a stack trace on unexpected errors
  -h, --help             show this help
      --version          print the version

Audit options:
      --compose [FILE]   every Compose service with a build (repeatable like compose -f;
                         no FILE: compose.yaml etc. found as Compose finds them)
      --bake FILE.json   every Bake target (docker buildx bake --print > FILE.json)
      --all [DIR]        every Dockerfile and Compose/Bake file under DIR (respects .gitignore)
      --build-context NAME=PATH
                         a BuildKit named context: checked for COPY --from=NAME
      --format FORMAT[=FILE]
                         table (default) | json | sarif | github | markdown | html; repeatable;
                         =FILE (or an --output FILE right after it) writes it to FILE; one
                         format may go to stdout; html is for one target (not with --compose,
                         --bake or --all)
  -o, --output FILE      write the --format just before it to FILE (alone: the table); an
                         --output before a --format is refused as ambiguous
      --fail-on LEVEL    error (default) | warning | info | never: exit 1 when a finding is at
                         or above LEVEL
      --max-file-size N  CTX001 threshold (default 10MB; accepts 500k, 10MB, 1GiB, bytes)
      --max-context-size N
                         CTX002 budget for the whole upload (default: none)
      --no-secret-scan   do not read file contents (CTX202)
      --config FILE      config file (default: .ctx-audit.json/.yaml found from CONTEXT up to the
                         repository root)
      --no-config        ignore any config file
      --baseline FILE    compare with a previous --format json report: files added, removed,
                         grown, the upload's growth, and which findings are new
      --max-growth N     with --baseline: exit 1 when the upload grew by more than N
                         (bytes, 10MB, or 5% of the baseline)
      --top N            how many largest files / heaviest directories to show (default 10)
      --compress         also give what \`docker build --compress\` sends (legacy builder: the
                         tar through Go's gzip, exact to the byte) and the figure it prints;
                         BuildKit ignores the flag. Costs one deflate pass over the upload
      --allow-url-contexts
                         with --compose/--bake/--all: clone (git) or download (http/https)
                         the URL contexts those files name and audit them; skipped by default.
                         A command-line flag only, never read from a file
      --measure-excluded total what the ignore file keeps out by walking the directories it
                         prunes (Docker never looks inside them; without it the report says
                         how many were not measured). --format html always measures
  -q, --quiet            table: only the verdict and one line per finding (for hooks)
      --color WHEN       auto (default: NO_COLOR, FORCE_COLOR, a terminal) | always | never
      --no-color         same as --color never

ls options:
  -l, --long             add type, mode, size and tar bytes (legacy tar entries)
  -0, --null             separate names with NUL instead of newline (names may hold newlines)

tar options:
  -o, --output FILE      where to write the tar; - writes to stdout
      --compress         write the gzip \`docker build --compress\` sends instead

Exit codes:
  0  ran, and no finding at or above --fail-on
  1  ran, and found something at or above --fail-on
  2  could not run: bad flag, missing context or Dockerfile, unreadable input, a pattern Docker rejects

Examples:
  ctx-audit                                 audit the current directory
  ctx-audit ./app -f docker/app.Dockerfile  a context with a Dockerfile elsewhere
  ctx-audit . --format json > context.json  machine-readable report
  ctx-audit --format github --format sarif=ctx.sarif     annotations to the log, SARIF to a file
  ctx-audit explain CTX303                  why \`node_modules\` in .dockerignore is not enough
  ctx-audit ls . | grep node_modules        is anything from node_modules being sent?
  ctx-audit tar . -o - | tar tvf -          inspect the exact upload
`;

// src/cli/progress.ts
function makeProgress(stderr, now = Date.now) {
  if (!stderr.isTTY) return { done() {
  } };
  const started = now();
  let shown = false;
  const show = (text) => {
    if (now() - started < 1e3) return;
    shown = true;
    stderr.write(`\r\x1B[2Kctx-audit: ${text}`);
  };
  return {
    onProgress(seen) {
      show(`scanning the context\u2026 ${seen.toLocaleString("en-US")} entries`);
    },
    onRules(patterns, entries) {
      show(`checking ${patterns.toLocaleString("en-US")} ignore patterns against ${entries.toLocaleString("en-US")} entries\u2026`);
    },
    onSecretScan(done, total) {
      show(`reading file contents for secrets\u2026 ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} files`);
    },
    done() {
      if (shown) stderr.write("\r\x1B[2K");
    }
  };
}

// src/cli/run.ts
var lazy = {
  targets: () => import("./chunks/targets-CURSUBAX.mjs"),
  why: () => import("./chunks/why-L7OEFF5E.mjs"),
  suggest: () => import("./chunks/suggest-2H5ZKPFA.mjs")
};
async function audit(cmd, io, input) {
  if (io.stdout.isTTY && cmd.outputs.some((o) => o.format === "html" && isStdout(o.file))) {
    throw new UsageError("--format html: refusing to write a web page to a terminal; use --output FILE or a pipe");
  }
  if (cmd.sources) return (await lazy.targets()).auditTargets(cmd, io);
  const { result, failOn } = await withProgress(
    io,
    (progress, done) => auditWithConfig({
      ...cmd,
      cwd: io.cwd,
      measureExcluded: cmd.measureExcluded || cmd.outputs.some((o) => needsExcludedTotals(o.format)),
      input,
      readDockerfileStdin: () => readDockerfile(cmd, io),
      ...progress,
      onAudited: done
    })
  );
  for (const out of cmd.outputs) {
    const opts = formatOptionsFor(io, cmd, isStdout(out.file), failOn);
    await writeReport(io, out.file, await renderReport(out.format, result, opts));
  }
  const code = exitCodeFor(result.findings, failOn);
  return result.baseline?.growth.exceeded ? Math.max(code, EXIT_FINDINGS) : code;
}
async function readDockerfile(cmd, io) {
  if (cmd.file !== "-") return void 0;
  if (cmd.context === "-") throw new InputError("invalid argument: can't use stdin for both build context and dockerfile");
  return readStdinDockerfile(io.stdin);
}
async function withProgress(io, call) {
  const progress = makeProgress(io.stderr);
  let cleared = false;
  const done = () => {
    if (!cleared) progress.done();
    cleared = true;
  };
  try {
    return await call({ onProgress: progress.onProgress, onSecretScan: progress.onSecretScan, onRules: progress.onRules }, done);
  } finally {
    done();
  }
}
async function executeInput(cmd, io) {
  if (!isContextInput(cmd.context, io.cwd)) return null;
  const inputs = await import("./chunks/context-input-YO4ULUFO.mjs");
  if (cmd.context === "-" && cmd.kind === "audit" && cmd.sources) throw new UsageError("CONTEXT -: a stdin context cannot be combined with --compose, --bake or --all");
  const input = await inputs.resolveContextInput(cmd.context, {
    cwd: io.cwd,
    stdin: io.stdin,
    env: io.env,
    file: cmd.file,
    compress: "compress" in cmd && cmd.compress,
    allowOutsideRepo: cmd.allowOutsideRepo
  });
  if (!input) return null;
  try {
    if (cmd.kind === "audit" && input.dockerfileError) throw new InputError(input.dockerfileError);
    if (cmd.kind === "tar" && input.archive) throw new InputError(`tar: the context is an archive, which docker sends as is (${input.archive.uploadBytes.toLocaleString("en-US")} bytes): it is its own tar`);
    const inner = { ...cmd, context: input.dir, file: input.file, ...input.archive ? { builder: "legacy" } : {} };
    const ctx = {
      configDir: io.cwd,
      notice: input.notice,
      buildTimeEntries: input.buildTimeEntries,
      audit: input.audit,
      compressed: input.archive ? inputs.archiveCompressedReport(input.archive) : void 0,
      compressUnreproducible: input.git?.compressUnreproducible
    };
    if (inner.kind === "audit") return await audit(inner, io, ctx);
    const root = input.audit.repository?.root;
    if (root) return await execute({ ...inner, allowOutsideRepo: cmd.allowOutsideRepo }, { ...io, cwd: root }, ctx);
    return await execute({ ...inner, allowOutsideRepo: true }, io, ctx);
  } finally {
    input.cleanup();
  }
}
async function execute(cmd, io, input) {
  if (!input && !(cmd.context === "-" && cmd.file === "-")) {
    const code = await executeInput(cmd, io);
    if (code !== null) return code;
  }
  if (cmd.kind === "audit") return audit(cmd, io);
  const req = {
    context: cmd.context,
    file: cmd.file,
    dockerfileStdin: await readDockerfile(cmd, io),
    cwd: io.cwd,
    builder: cmd.builder,
    buildArgs: cmd.buildArgs,
    target: cmd.target,
    allowOutsideRepo: cmd.allowOutsideRepo,
    ...input?.audit
  };
  if (cmd.kind === "ls") {
    const list = await withProgress(io, (progress) => listUpload({ ...req, ...progress }));
    const opts = { long: cmd.long && cmd.builder !== "buildkit", nul: cmd.nul };
    for (const chunk of renderLsChunks(list, opts)) await writeText(io.stdout, chunk, cmd.nul ? "latin1" : "utf8");
    return EXIT_OK;
  }
  const tar = await withProgress(io, (progress) => tarUpload({ ...req, compress: cmd.compress, ...progress }));
  if (tar.truncatedAt !== null) {
    await writeText(io.stderr, `ctx-audit: warning: ${safeText(tar.truncatedAt)} cannot be read, so docker sends a truncated tar; writing the same truncated stream
`);
  }
  if (cmd.output === "-") {
    if (io.stdout.isTTY) throw new UsageError("tar: refusing to write a tar to a terminal; use -o FILE or a pipe");
    await tar.write(io.stdout);
    return EXIT_OK;
  }
  const existing = fs.statSync(cmd.output, { throwIfNoEntry: false });
  if (existing !== void 0 && !existing.isFile() && !existing.isDirectory()) {
    await writeTarTo(tar, fs.createWriteStream(cmd.output, { flags: "w" }));
    return EXIT_OK;
  }
  const tmp = `${cmd.output}.ctx-audit-${process.pid}.tmp`;
  try {
    await writeTarTo(tar, fs.createWriteStream(tmp, { flags: "wx" }));
    fs.renameSync(tmp, cmd.output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return EXIT_OK;
}
async function writeTarTo(tar, out) {
  out.on("error", () => {
  });
  try {
    await tar.write(out);
    await new Promise((resolve, reject) => out.end((err) => err ? reject(err) : resolve()));
  } catch (e) {
    out.destroy();
    throw e;
  }
}
async function run(argv, io) {
  let debug = argv.includes("--debug");
  try {
    const cmd = parseCommand(argv);
    if (cmd.kind === "help") {
      await writeText(io.stdout, HELP);
      return EXIT_OK;
    }
    if (cmd.kind === "version") {
      await writeText(io.stdout, VERSION + "\n");
      return EXIT_OK;
    }
    if (cmd.kind === "rules") {
      await writeText(io.stdout, renderRuleList(cmd.format));
      return EXIT_OK;
    }
    if (cmd.kind === "explain") {
      const rule = findRule(cmd.rule);
      if (!rule) throw new UsageError(`explain: unknown rule "${cmd.rule}" (see ctx-audit rules)`);
      await writeText(io.stdout, renderExplain(rule, shippedRulesDoc()));
      return EXIT_OK;
    }
    if (cmd.kind === "why") return await (await lazy.why()).runWhy(cmd.argv, io);
    if (cmd.kind === "suggest") return await (await lazy.suggest()).runSuggest(cmd.argv, io);
    debug = cmd.debug;
    return await execute(cmd, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof TarContentError) {
      const hint = e instanceof UsageError ? " (see 'ctx-audit --help')" : "";
      await writeText(io.stderr, `ctx-audit: ${safeText(e.message)}${hint}
`);
      return EXIT_CANNOT_RUN;
    }
    const err = e;
    if (err && typeof err.code === "string" && err.syscall === "write" && typeof err.path !== "string") {
      await writeText(io.stderr, `ctx-audit: cannot write the output: ${safeText(err.message)}
`).catch(() => {
      });
      return EXIT_CANNOT_RUN;
    }
    if (err && typeof err.code === "string" && typeof err.path === "string") {
      await writeText(io.stderr, `ctx-audit: ${safeText(err.path)}: ${err.code}
`);
      if (debug) await writeText(io.stderr, String(err.stack) + "\n");
      return EXIT_CANNOT_RUN;
    }
    await writeText(io.stderr, `ctx-audit: internal error: ${safeText(String(err?.message ?? e))}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug) await writeText(io.stderr, String(err?.stack) + "\n");
    return EXIT_CANNOT_RUN;
  }
}
function shippedRulesDoc() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++, dir = path.dirname(dir)) {
    const f = path.join(dir, "docs", "rules.md");
    if (fs.existsSync(f)) return f;
  }
  return null;
}

// src/cli/main.ts
function main() {
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  let cwd;
  try {
    cwd = process.cwd();
  } catch (e) {
    const code = e.code ?? "error";
    process.stderr.write(`ctx-audit: the current directory cannot be read (${code}): run ctx-audit from an existing directory
`);
    process.exitCode = 2;
    return;
  }
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd,
    // Only `-f -` reads it. Opening the stream costs a run that never does ~5 ms of start-up
    // (standard input that is a file becomes an fs.ReadStream, which loads fs/promises and
    // readline), and may hold a pipe or terminal open: made on first use (issue 18).
    get stdin() {
      return process.stdin;
    }
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ctx-audit: internal error: ${String(e)}
`);
      process.exitCode = 2;
    }
  );
}
export {
  main
};
