import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  BUILDER_TEMPLATE,
  COMPOSE_FILE_NAMES,
  GORELEASER_SKIP,
  MAKEFILE_NAME,
  SCRIPT_NAME,
  composeWritableMounts,
  discoverTargets,
  isRemoteContext,
  makefileBuilds,
  matchesPattern,
  matchesPrefix,
  packageScriptBuilds,
  scriptBuilds,
  variablePattern
} from "./chunk-3EZNGIXF.mjs";
import {
  listFiles
} from "./chunk-Y7AYDANG.mjs";
import "./chunk-JI6YQEWK.mjs";
import {
  COLOR_OPTIONS,
  colorChoice,
  oneOf,
  parseBuildArgs,
  parseBuildContexts,
  parseOptions
} from "./chunk-EFUMEUQS.mjs";
import {
  EXIT_OK,
  PatternMatcher,
  WORKFLOW_DIRS,
  assertAuditInputsInsideRepo,
  buildxLowercaseDockerfile,
  cleanPath,
  computeBuildkitFigure,
  contextPathOf,
  dockerfileSpecificIgnorePath,
  filepathMatch,
  followPathsFor,
  gitOracles,
  gitReader,
  indexContext,
  isLocalContextValue,
  lineWriting,
  namedSourceEntries,
  neededStages,
  notRemadeBy,
  parseDockerfile,
  protectBuildFiles,
  protectiveKind,
  readIgnoreRules,
  recipeWrites,
  resolveContext,
  resolveSource,
  runAudit,
  runNaming,
  scriptWritingForBuild,
  stageIndexOf,
  stagesFor,
  transferFromWalk,
  walkContext,
  writeText
} from "./chunk-BOXOKJ5W.mjs";
import {
  hasWildcard,
  splitAtWildcard,
  underRoot
} from "./chunk-VCGU63CK.mjs";
import "./chunk-D5CYGX7M.mjs";
import {
  NotRegularFileError,
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  formatCount,
  formatSize,
  neutralizeCommands,
  neutralizeJson,
  safeText
} from "./chunk-LZM6OGT4.mjs";
import {
  findRepoRoot,
  repoBoundary
} from "./chunk-26EYPM73.mjs";
import {
  TAR_END_MARKER_BYTES,
  paddingFor
} from "./chunk-WE6XP7M2.mjs";
import {
  byteStringToText,
  fsPath,
  toByteString
} from "./chunk-PCHR3W3Q.mjs";
import "./chunk-SJYW3XAE.mjs";
import {
  InputError,
  UsageError
} from "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";

// src/reporters/unified-diff.ts
var CONTEXT = 3;
var MAX_CELLS = 4e6;
function diffOps(a, b) {
  const n2 = a.length;
  const m = b.length;
  if ((n2 + 1) * (m + 1) > MAX_CELLS) return [...a.map((text) => ({ kind: "-", text })), ...b.map((text) => ({ kind: "+", text }))];
  const lcs = Array.from({ length: n2 + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n2 - 1; i2 >= 0; i2--) for (let j2 = m - 1; j2 >= 0; j2--) lcs[i2][j2] = a[i2] === b[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n2 || j < m) {
    if (i < n2 && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", text: a[i++] });
      j++;
    } else if (i < n2 && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: "-", text: a[i++] });
    else ops.push({ kind: "+", text: b[j++] });
  }
  return ops;
}
var NO_EOL = "\0no-eol";
function unifiedDiff(name, before, after, unterminated2) {
  const mark = (ls, on) => on === true && ls.length > 0 ? [...ls.slice(0, -1), ls[ls.length - 1] + NO_EOL] : ls;
  const ops = diffOps(mark(before ?? [], unterminated2?.before), mark(after, unterminated2?.after));
  if (!ops.some((o) => o.kind !== " ")) return "";
  const out = [before === null ? "--- /dev/null" : `--- a/${name}`, `+++ b/${name}`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === " ") k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next].kind === " ") next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < start; x++) {
      if (ops[x].kind !== "+") aLine++;
      if (ops[x].kind !== "-") bLine++;
    }
    const body = ops.slice(start, end);
    const aLen = body.filter((o) => o.kind !== "+").length;
    const bLen = body.filter((o) => o.kind !== "-").length;
    const range = (line, len) => `${len === 0 ? line - 1 : line}${len === 1 ? "" : "," + len}`;
    out.push(`@@ -${range(aLine, aLen)} +${range(bLine, bLen)} @@`);
    for (const o of body) {
      if (o.text.endsWith(NO_EOL)) out.push(o.kind + o.text.slice(0, -NO_EOL.length), "\\ No newline at end of file");
      else out.push(o.kind + o.text);
    }
    k = end;
    start = end;
  }
  return out.join("\n") + "\n";
}

// src/reporters/suggest.ts
var n = (x) => formatCount(x);
function figures(a, b) {
  return `files ${n(a.files)} -> ${n(b.files)}, legacy tar ${n(a.legacyTarBytes)} -> ${n(b.legacyTarBytes)} B, BuildKit requested ${n(a.buildkitRequestedBytes)} -> ${n(b.buildkitRequestedBytes)} B`;
}
function stoppedText(who, s) {
  if (s.files === 0) return null;
  const largest = s.largest.map((l) => `${safeText(l.path)} (${formatSize(l.bytes)})`).join(", ");
  return `${who} stops sending ${n(s.files)} file${s.files === 1 ? "" : "s"}, ${formatSize(s.bytes)}${largest ? `; largest: ${largest}` : ""}`;
}
function renderSuggestDiff(r) {
  if (!r.changed) return "";
  const esc = (lines) => lines.map(safeText);
  return neutralizeCommands(unifiedDiff(safeText(r.diffName), r.lines.before === null ? null : esc(r.lines.before), esc(r.lines.after), r.lines.unterminated));
}
function renderSuggestSummary(r) {
  const out = [];
  const readers = r.readBy.length === 2 ? "the legacy builder and BuildKit" : "BuildKit only: the legacy builder reads .dockerignore";
  out.push(`ctx-audit suggest: ${safeText(r.displayName)} (read by ${readers})`);
  if (r.sharedWith.length > 0) out.push(`  also read by ${r.sharedWith.map(safeText).join(", ")} (other builds that read it): each change is checked against them too`);
  if (r.allowlistProblem) out.push(`  no allowlist: ${safeText(r.allowlistProblem)}`);
  if (r.wholeContext && r.suggestions.length > 0) {
    out.push("  the Dockerfile uses the whole context (COPY . . or a bind mount of .): check what each change stops sending");
  }
  r.suggestions.forEach((s, i) => {
    const what = s.replaces ? `line ${s.replaces.line}: ${safeText(s.replaces.pattern)} -> ${safeText(s.lines[0])}` : s.lines.map((l) => "+ " + safeText(l)).join(", ");
    out.push(`  ${i + 1}. ${s.kind} ${what}`);
    out.push(`     ${figures(s.before, s.after)}${i === 0 && r.lines.before === null ? ` (with the new ${safeText(r.displayName)}, which is sent too)` : ""}`);
    const legacy = stoppedText("legacy", s.stops.legacy);
    const buildkit = stoppedText("BuildKit", s.stops.buildkit);
    if (legacy) out.push(`     ${legacy}`);
    if (buildkit) out.push(`     ${buildkit}`);
  });
  if (r.rejected.length) {
    out.push("  not suggested (verification failed):");
    for (const x of r.rejected) out.push(`  - ${x.kind} ${x.lines.map(safeText).join(", ")}: ${x.reasons.map(safeText).join("; ")}`);
  }
  if (r.notEvaluated > 0) out.push(`  ${n(r.notEvaluated)} more candidate change${r.notEvaluated === 1 ? " was" : "s were"} not evaluated, past this run's limit${r.changed ? ": apply these and run suggest again" : ""}`);
  if (!r.changed) out.push("  nothing to change");
  else out.push(`  total: ${figures(r.before, r.after)} (tar ${formatSize(r.before.legacyTarBytes)} -> ${formatSize(r.after.legacyTarBytes)})`);
  return neutralizeCommands(out.join("\n") + "\n");
}
function renderSuggestWrote(r) {
  return neutralizeCommands(`wrote ${safeText(r.displayName)}
`);
}
var RAW_UNSAFE = /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
function renderSuggestJson(r) {
  const { original: _o, proposed, lines: _l, root: _r, ...rest } = r;
  const doc = { schemaVersion: 1, ...rest, diff: r.changed ? unifiedDiff(r.diffName, r.lines.before, r.lines.after, r.lines.unterminated) : "", proposed: proposed.toString("utf8") };
  const json = JSON.stringify(doc, null, 2).replace(RAW_UNSAFE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  return neutralizeJson(json + "\n");
}

// src/suggest/suggest.ts
const fs3 = require("node:fs");
const path3 = require("node:path");

// src/suggest/ignore-doc.ts
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { randomBytes } = require("node:crypto");
var APPEND_HEADER = "# added by ctx-audit suggest";
function contentHash(content) {
  return content === null ? "absent" : createHash("sha256").update(content).digest("hex");
}
function parseDoc(content) {
  if (content === null || content.length === 0) return { lines: [], appended: [], finalNewline: true, crlf: false, existed: content !== null };
  const raw = content.toString("latin1");
  const finalNewline = raw.endsWith("\n");
  const parts = (finalNewline ? raw.slice(0, -1) : raw).split("\n");
  const lines = parts.map((t, i) => ({ text: t.endsWith("\r") ? t.slice(0, -1) : t, cr: t.endsWith("\r"), orig: i + 1 }));
  return { lines, appended: [], finalNewline, crlf: lines.length > 0 && lines[0].cr, existed: true };
}
function clone(doc) {
  return { ...doc, lines: doc.lines.map((l) => ({ ...l })), appended: [...doc.appended] };
}
function applyEdit(doc, edit) {
  const out = clone(doc);
  const fresh = (text) => ({ text, cr: out.crlf, orig: null });
  const at = (line) => {
    const i = out.lines.findIndex((l) => l.orig === line);
    if (i < 0) throw new Error(`no line ${line} in the ignore file`);
    return i;
  };
  switch (edit.kind) {
    case "replace":
      out.lines[at(edit.line)].text = edit.text;
      break;
    case "insert-after": {
      let i = at(edit.line) + 1;
      while (i < out.lines.length && out.lines[i].orig === null) i++;
      out.lines.splice(i, 0, ...edit.lines.map(fresh));
      break;
    }
    case "append":
      for (const l of edit.lines) if (!out.appended.includes(l)) out.appended.push(l);
      break;
    case "prepend":
      out.lines.unshift(...edit.lines.map(fresh));
      break;
    default: {
      const never = edit;
      throw new Error(String(never));
    }
  }
  return out;
}
function docLines(doc) {
  const lines = doc.lines.map((l) => l.text);
  if (doc.appended.length) {
    if (lines.length > 0 && lines[lines.length - 1].trim() !== "") lines.push("");
    lines.push(APPEND_HEADER, ...doc.appended);
  }
  return lines;
}
function serializeDoc(doc) {
  const cr = doc.crlf ? "\r" : "";
  const body = doc.lines.map((l) => l.text + (l.cr ? "\r" : ""));
  if (doc.appended.length) body.push(...docLines(doc).slice(doc.lines.length).map((l) => l + cr));
  if (body.length === 0) return Buffer.alloc(0);
  const finalNewline = doc.finalNewline || doc.appended.length > 0;
  return Buffer.from(body.join("\n") + (finalNewline ? "\n" : ""), "latin1");
}
function isChanged(doc, original) {
  const now = serializeDoc(doc);
  return original === null ? now.length > 0 : !now.equals(original);
}
function refuse(message) {
  throw new InputError(message);
}
function errnoCode(e) {
  return e?.code;
}
function writeIgnoreFile(file, expectedHash, content, root) {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const shown = root !== void 0 ? path.relative(root, file) || base : file;
  let realDir;
  try {
    realDir = fs.realpathSync(dir);
  } catch (e) {
    return refuse(`${shown}: cannot resolve its directory (${errnoCode(e) ?? "error"}); not writing`);
  }
  if (root !== void 0) {
    const realRoot = fs.realpathSync(root);
    const rel = path.relative(realRoot, realDir);
    if (rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) refuse(`${shown} lies outside the build context; not writing it`);
  }
  const target = path.join(realDir, base);
  const before = fs.lstatSync(target, { throwIfNoEntry: false });
  if (before?.isSymbolicLink()) refuse(`${shown} is a symbolic link: refusing to write through it`);
  if (before && !before.isFile()) refuse(`${shown} is not a regular file: refusing to write it`);
  let current = null;
  if (before) {
    try {
      current = readRegularFile(target, { noFollow: true });
    } catch (e) {
      if (e instanceof NotRegularFileError || errnoCode(e) === "ELOOP") refuse(`${shown} is not a regular file: refusing to write it`);
      if (errnoCode(e) !== "ENOENT") throw e;
    }
  }
  if (contentHash(current) !== expectedHash) refuse(`${shown} changed since it was read; not writing (run ctx-audit suggest again)`);
  const O = fs.constants;
  let tmp = "";
  let fd = -1;
  for (let attempt = 0; fd < 0; attempt++) {
    tmp = path.join(realDir, `.${base}.ctx-audit-${randomBytes(6).toString("hex")}.tmp`);
    try {
      fd = fs.openSync(tmp, O.O_WRONLY | O.O_CREAT | O.O_EXCL | O.O_NOFOLLOW, before ? before.mode & 511 : 420);
    } catch (e) {
      if (errnoCode(e) !== "EEXIST" || attempt >= 5) throw e;
    }
  }
  try {
    try {
      let n2 = 0;
      while (n2 < content.length) n2 += fs.writeSync(fd, content, n2, content.length - n2);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (before) {
      const now = fs.lstatSync(target, { throwIfNoEntry: false });
      if (!now || !now.isFile() || now.ino !== before.ino || now.dev !== before.dev) refuse(`${shown} changed since it was read; not writing (run ctx-audit suggest again)`);
      fs.renameSync(tmp, target);
      tmp = "";
    } else {
      try {
        fs.linkSync(tmp, target);
      } catch (e) {
        if (errnoCode(e) === "EEXIST") refuse(`${shown} appeared since it was read; not writing (run ctx-audit suggest again)`);
        throw e;
      }
    }
  } finally {
    if (tmp !== "") fs.rmSync(tmp, { force: true });
  }
}

// src/suggest/evaluate.ts
function isExcluded(pm, rel) {
  const i = pm.matchWithParents(rel, null, null);
  return i >= 0 && !pm.patterns[i].exclusion;
}
function rulesOf(content) {
  return content === null ? [] : readIgnoreRules(content).map((r) => r.pattern);
}
function emptyEvaluation(error) {
  return {
    figures: { files: 0, legacyTarBytes: 0, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 },
    legacySent: /* @__PURE__ */ new Set(),
    buildkitSent: /* @__PURE__ */ new Set(),
    legacyEntries: [],
    buildkitEntries: [],
    requested: /* @__PURE__ */ new Set(),
    needs: null,
    sources: /* @__PURE__ */ new Map(),
    error,
    walked: null
  };
}
function evaluate(setup, content) {
  try {
    const edited = readIgnoreRules(content ?? Buffer.alloc(0));
    const legacyPatterns = setup.edits === "both" ? edited.map((r) => r.pattern) : rulesOf(setup.fixedLegacyIgnore);
    const legacyRules = setup.edits === "both" ? edited : readIgnoreRules(setup.fixedLegacyIgnore ?? Buffer.alloc(0));
    const validationMatcher = PatternMatcher.create(legacyPatterns);
    const protectedPatterns = protectBuildFiles(legacyPatterns, setup.relDockerfile);
    const tarMatcher = protectedPatterns.length === legacyPatterns.length ? validationMatcher : PatternMatcher.create(protectedPatterns);
    const legacy = walkContext({ root: setup.root, validationMatcher, tarMatcher, checkPermissions: false, permissionFailures: "record", measureExcluded: false, source: setup.source?.() });
    const bkMatcher = PatternMatcher.create(edited.map((r) => r.pattern));
    const eligible = walkContext({
      root: setup.root,
      validationMatcher: bkMatcher,
      tarMatcher: bkMatcher,
      checkPermissions: false,
      permissionFailures: "record",
      measureExcluded: false,
      exceptionDescent: "fsutil",
      source: setup.source?.(),
      reuse: setup.edits === "both" ? legacy.entries : void 0
    });
    const walked = {
      legacyEntries: legacy.entries,
      legacyExcluded: legacy.excluded,
      eligibleEntries: eligible.entries,
      eligibleExcluded: eligible.excluded,
      validationMatcher,
      tarMatcher,
      legacyRules,
      bkMatcher,
      edited,
      legacyPatterns,
      protectedCount: protectedPatterns.length - legacyPatterns.length
    };
    return finish(setup, content, walked, null);
  } catch (e) {
    return emptyEvaluation(e.message);
  }
}
function finish(setup, content, walked, known, derivedNeeds = null) {
  let files = 0;
  let tarBytes = TAR_END_MARKER_BYTES;
  for (const e of walked.legacyEntries) {
    tarBytes += e.tarBytes;
    if (e.kind === "file") files++;
  }
  const legacySent = new Set(walked.legacyEntries.map((e) => e.path));
  if (setup.editedRel !== null) {
    const rel = setup.editedRel;
    const padded = (n2) => n2 + paddingFor(n2);
    const old = walked.legacyEntries.find((e) => e.path === rel);
    const bytes = content?.length ?? 0;
    if (old && old.kind === "file") {
      tarBytes += padded(bytes) - padded(old.size);
    } else if (!old && content !== null && !rel.includes("/") && !isExcluded(walked.tarMatcher, rel)) {
      tarBytes += 512 + padded(bytes);
      files++;
      legacySent.add(rel);
    }
  }
  const figures2 = { files, legacyTarBytes: tarBytes, buildkitRequestedFiles: 0, buildkitRequestedBytes: 0 };
  const buildkitSent = new Set(walked.eligibleEntries.map((e) => e.path));
  let requested = buildkitSent;
  const parsed = setup.parsed;
  let views = null;
  const viewsOf = () => views ??= [
    { name: "legacy", entries: walked.legacyEntries, excluded: walked.legacyExcluded, matcher: walked.validationMatcher, rules: walked.legacyRules },
    { name: "buildkit", entries: walked.eligibleEntries, excluded: walked.eligibleExcluded, matcher: walked.bkMatcher, rules: walked.edited }
  ].map((v) => {
    const view = { entries: v.entries, excluded: v.excluded, matcher: v.matcher, rules: v.rules, ignoreFileName: ".dockerignore", root: setup.root };
    return { name: v.name, view, idx: indexContext(view) };
  });
  let sources = null;
  const sourcesOf = () => {
    if (sources !== null) return sources;
    sources = /* @__PURE__ */ new Map();
    if (!parsed) return sources;
    for (const v of viewsOf()) {
      for (const si of stagesFor(v.name === "legacy" ? "legacy" : "buildkit", parsed, setup.target)) {
        for (const src of parsed.stages[si].sources) {
          if (!src.fromContext || src.mountType !== null && src.mountType !== "bind") continue;
          const r = resolveSource(v.view, v.idx, src, si, v.name === "legacy" ? "legacy" : "buildkit");
          sources.set(`${v.name} ${r.stage}:${r.source.line}:${r.source.column}`, { status: r.status, label: `${r.source.instruction} ${r.source.raw}`, line: r.source.line });
        }
      }
    }
    return sources;
  };
  let needs;
  const needsOf = () => {
    if (needs !== void 0) return needs;
    if (derivedNeeds) return needs = derivedNeeds();
    if (!parsed) return needs = null;
    const [legacyView, bkView] = viewsOf();
    return needs = {
      legacy: namedSourceEntries(parsed, legacyView.view, stagesFor("legacy", parsed, setup.target), setup.dockerfileName, legacyView.idx),
      buildkit: namedSourceEntries(parsed, bkView.view, stagesFor("buildkit", parsed, setup.target), setup.dockerfileName, bkView.idx, "buildkit")
    };
  };
  if (parsed) {
    const needed = neededStages(parsed, setup.target);
    const fp = followPathsFor(parsed, needed);
    if (known) {
      requested = known.paths;
      figures2.buildkitRequestedFiles = known.files;
      figures2.buildkitRequestedBytes = known.bytes;
    } else if (fp.usesContext && fp.paths === "all") {
      const t = transferFromWalk(walked.eligibleEntries);
      figures2.buildkitRequestedFiles = t.files - t.links;
      figures2.buildkitRequestedBytes = t.bytes;
    } else {
      const fig = computeBuildkitFigure({
        root: setup.root,
        parsed,
        needed,
        ignorePatterns: walked.edited.map((r) => r.pattern),
        ignoreFile: null,
        eligible: transferFromWalk(walked.eligibleEntries),
        source: setup.source?.()
      });
      figures2.buildkitRequestedFiles = fig.requested.files - fig.requested.links;
      figures2.buildkitRequestedBytes = fig.requested.bytes;
      requested = new Set(fig.requestedList.map((p) => p.endsWith("/") ? p.slice(0, -1) : p));
    }
  }
  return {
    figures: figures2,
    legacySent,
    buildkitSent,
    legacyEntries: walked.legacyEntries,
    buildkitEntries: walked.eligibleEntries,
    requested,
    get needs() {
      return needsOf();
    },
    get sources() {
      return sourcesOf();
    },
    error: null,
    walked
  };
}
var parentOf = (p) => {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
};
function evaluateAppend(setup, current, content) {
  try {
    return appendShortcut(setup, current, content);
  } catch {
    return null;
  }
}
function appendShortcut(setup, current, content) {
  const w = current.walked;
  if (w === null || current.error !== null) return null;
  let edited;
  try {
    edited = readIgnoreRules(content);
  } catch {
    return null;
  }
  const added = edited.slice(w.edited.length);
  if (edited.length < w.edited.length || added.some((r) => r.pattern.startsWith("!"))) return null;
  if (w.edited.some((r, i) => r.pattern !== edited[i].pattern)) return null;
  let newOnly;
  let bkMatcher;
  try {
    newOnly = PatternMatcher.create(added.map((r) => r.pattern));
    bkMatcher = PatternMatcher.create(edited.map((r) => r.pattern));
  } catch {
    return null;
  }
  const matchesNew = (p) => {
    for (let i = 0; i < newOnly.patterns.length; i++) if (newOnly.testPattern(i, p)) return true;
    return false;
  };
  const reaches = (p) => {
    for (let q = p; q !== ""; q = parentOf(q)) if (matchesNew(q)) return true;
    return false;
  };
  const both = setup.edits === "both";
  if (both && (reaches(".dockerignore") || reaches(setup.relDockerfile))) return null;
  if (setup.editedRel !== null && reaches(setup.editedRel)) return null;
  const sweep = (entries, excludedBefore, keep, removed) => {
    const items = [];
    let under = null;
    for (const e of entries) {
      if (under !== null) {
        if (e.path.startsWith(under)) {
          if (excludedBefore(e)) return null;
          removed.add(e.path);
          continue;
        }
        under = null;
      }
      if (excludedBefore(e) || !matchesNew(e.path)) {
        keep.push(e);
        continue;
      }
      removed.add(e.path);
      items.push({ path: e.path, isDir: e.kind === "dir", files: 0, bytes: 0, entries: 0, decidedBy: -1, enteredForExceptions: false, measured: true });
      if (e.kind === "dir") under = e.path + "/";
    }
    return items;
  };
  const legacyRemoved = /* @__PURE__ */ new Set();
  let legacyEntries = w.legacyEntries;
  let legacyExcluded = w.legacyExcluded;
  let validationMatcher = w.validationMatcher;
  let tarMatcher = w.tarMatcher;
  let legacyRules = w.legacyRules;
  let legacyPatterns = w.legacyPatterns;
  if (both) {
    legacyPatterns = edited.map((r) => r.pattern);
    const protectedPatterns = protectBuildFiles(legacyPatterns, setup.relDockerfile);
    if (protectedPatterns.length - legacyPatterns.length !== w.protectedCount) return null;
    validationMatcher = bkMatcher;
    tarMatcher = protectedPatterns.length === legacyPatterns.length ? bkMatcher : PatternMatcher.create(protectedPatterns);
    legacyRules = edited;
    const keep = [];
    const items = sweep(w.legacyEntries, () => false, keep, legacyRemoved);
    if (items === null) return null;
    legacyExcluded = [...w.legacyExcluded, ...items];
    legacyEntries = keep;
  }
  const parentOnly = (e) => e.kind === "dir" && e.decidedBy >= 0 && !w.bkMatcher.patterns[e.decidedBy].exclusion;
  const kept = [];
  const removedEligible = /* @__PURE__ */ new Set();
  const eligibleItems = sweep(w.eligibleEntries, parentOnly, kept, removedEligible);
  if (eligibleItems === null) return null;
  const eligibleExcluded = [...w.eligibleExcluded, ...eligibleItems];
  const reversed = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i];
    const next = reversed.length > 0 ? reversed[reversed.length - 1] : null;
    if (parentOnly(e) && !(next !== null && next.path.startsWith(e.path + "/"))) continue;
    reversed.push(e);
  }
  const eligibleEntries = reversed.reverse();
  let known = null;
  if (setup.parsed) {
    const fp = followPathsFor(setup.parsed, neededStages(setup.parsed, setup.target));
    if (fp.usesContext && fp.paths !== "all") {
      const kinds = /* @__PURE__ */ new Map();
      for (const e of w.eligibleEntries) kinds.set(e.path, e);
      const before = [...current.requested];
      const paths = /* @__PURE__ */ new Set();
      let files = 0;
      let bytes = 0;
      const hadBelow = /* @__PURE__ */ new Set();
      for (const p of before) hadBelow.add(parentOf(p));
      const stillBelow = /* @__PURE__ */ new Set();
      for (const p of before) {
        if (removedEligible.has(p)) continue;
        paths.add(p);
        for (let q = parentOf(p); q !== ""; q = parentOf(q)) {
          if (stillBelow.has(q)) break;
          stillBelow.add(q);
        }
      }
      for (const p of paths) {
        const e = kinds.get(p);
        if (!e) return null;
        if (e.kind === "dir") {
          if (hadBelow.has(p) && !stillBelow.has(p)) return null;
        } else if (e.kind === "file") {
          files++;
          bytes += e.contentBytes;
        }
      }
      known = { paths, files, bytes };
    }
  }
  const walked = {
    legacyEntries,
    legacyExcluded,
    eligibleEntries,
    eligibleExcluded,
    validationMatcher,
    tarMatcher,
    legacyRules,
    bkMatcher,
    edited,
    legacyPatterns,
    protectedCount: w.protectedCount
  };
  const eligibleNow = new Set(eligibleEntries.map((e) => e.path));
  const derivedNeeds = () => {
    const prev = current.needs;
    if (!prev) return prev;
    const keep = (m, still) => new Map([...m].filter(([p]) => still(p)));
    const legacyNow = (p) => !both || legacyEntries.length === w.legacyEntries.length || !legacyRemoved.has(p);
    return {
      legacy: { paths: keep(prev.legacy.paths, legacyNow), wholeContext: prev.legacy.wholeContext },
      buildkit: { paths: keep(prev.buildkit.paths, (p) => eligibleNow.has(p)), wholeContext: prev.buildkit.wholeContext }
    };
  };
  return finish(setup, content, walked, known, derivedNeeds);
}
var NAMED_LOST = 3;
function breakages(before, after, setup, ignoreFileName, current = before) {
  if (after.error !== null) return [{ message: `Docker would reject the file: ${after.error}` }];
  const out = [];
  const lost = /* @__PURE__ */ new Map();
  const lose = (label, p) => {
    const l = lost.get(label);
    if (l) l.push(p);
    else lost.set(label, [p]);
  };
  for (const ev of before === current ? [before] : [before, current]) {
    const needs = ev.needs;
    if (!needs) continue;
    for (const [p, label] of needs.legacy.paths) if (!after.legacySent.has(p)) lose(`${label} for the legacy builder`, p);
    for (const [p, label] of needs.buildkit.paths) {
      if (!after.buildkitSent.has(p) || ev.requested.has(p) && !after.requested.has(p)) lose(`${label} for BuildKit`, p);
    }
  }
  if (lost.size > 0) {
    for (const [key, b] of before.sources) {
      const a = after.sources.get(key);
      const wasOk = b.status === "sent" || b.status === "whole-context";
      if (wasOk && a && (a.status === "missing" || a.status === "ignored")) {
        out.push({ message: `${b.label} (${setup.dockerfileName}:${b.line}) would become ${a.status === "ignored" ? "ignored (CTX102)" : "missing (CTX101)"} for the ${key.split(" ")[0]} builder` });
      }
    }
  }
  for (const [label, paths] of lost) {
    const uniq = [...new Set(paths)].sort();
    const shown = uniq.slice(0, NAMED_LOST).map(byteStringToText).join(", ") + (uniq.length > NAMED_LOST ? `, ... (${uniq.length} in all)` : "");
    out.push({ message: `${label} would no longer get ${shown}` });
  }
  for (const f of [setup.relDockerfile, ignoreFileName]) {
    if (before.legacySent.has(f) && !after.legacySent.has(f)) out.push({ message: `the legacy builder would no longer send ${f}` });
  }
  return out;
}

// src/suggest/rebuilds.ts
function notRemade(name, readers) {
  for (const d of readers) {
    const does = notRemadeBy(name, d.text);
    if (does !== null) return `${d.label} copies the whole context and no RUN ${does}: the build or the image may use the ${name} it is sent; exclude it yourself if it does not`;
  }
  return null;
}
var BUILDS_TREE = /(?<![\w./-])(?:go\s+(?:build|install|generate|test|run)|pip3?\s+install\s+(?:-\S+\s+)*(?:-e\s+)?\.(?=[[\s/]|$)|python[\d.]*\s+(?:setup\.py|-m\s+(?:pip\s+install|build))|uv\s+(?:pip\s+install|sync|build)|poetry\s+(?:install|build)|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|compile|install|ci)|tsc|cargo\s+(?:build|install)|(?:\.\/)?(?:mvnw?|gradlew?)|g?make|dotnet\s+(?:build|publish)|javac|gcc|g\+\+|cmake)(?![\w.-])/;
var SOURCE_FILE = /\.(?:go|py|pyi|js|mjs|cjs|jsx|ts|tsx|rs|java|kt|scala|c|cc|cpp|cxx|h|hpp|cs|rb|php|swift|proto|json|ya?ml|toml)$/i;
function generatedSource(source, readers) {
  for (const d of readers) {
    const run = parseDockerfile(d.text).stages.flatMap((st) => st.runs ?? []).find((r) => BUILDS_TREE.test(r.text));
    if (run !== void 0) {
      return `git ignores it, but ${d.label} copies the whole context and builds it (RUN at line ${run.line}): ${source} is source the build may compile or load (a generated file: protoc output, a version file); exclude it yourself if the build does not need it`;
    }
  }
  return null;
}
function namedByRun(target, isFile, readers) {
  for (const d of readers) {
    const run = runNaming(d.runs, target, isFile);
    if (run !== void 0) return `git ignores it, but ${d.label} takes the whole context and its RUN at line ${run.line} names ${target}: a file a step before the build makes for it; exclude it yourself if the build does not need it`;
  }
  return null;
}
var JS_BUILD = /(?<![\w./-])(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|generate)|npx\s+(?:vite|next|nuxt|nuxi)\s+(?:build|generate)|vite\s+build|next\s+build|nuxt\s+(?:build|generate)|nuxi\s+(?:build|generate)|react-scripts\s+build|vue-cli-service\s+build)(?![\w.-])/;
var DOTENV = /^\.env(?:\.[\w.-]+)?$/;
var LOADS_DOTENV = /"(?:vite|next|nuxt|react-scripts|@vue\/cli-service|astro|@sveltejs\/kit|parcel|gatsby|@remix-run\/dev|dotenv-webpack)"\s*:/;
function dotenvLoadedByBuild(path4, readers, frontEnd) {
  if (!DOTENV.test(path4.slice(path4.lastIndexOf("/") + 1)) || !frontEnd()) return null;
  for (const d of readers) {
    const run = d.runs.find((r) => JS_BUILD.test(r.text));
    if (run !== void 0) {
      return `git ignores it, but ${d.label} takes the whole context and runs a front-end build (RUN at line ${run.line}): Vite, Next.js and Create React App load ${path4} and put its values into what they build; exclude it yourself if the build does not need it`;
    }
  }
  return null;
}

// src/suggest/onbuild.ts
function onbuildBase(parsed, needed) {
  for (const si of needed) {
    const st = parsed.stages[si];
    if (st === void 0 || stageIndexOf(parsed.stages, st.base, si) >= 0) continue;
    const image = st.base.replace(/[@:][^/]*$/, "");
    const copiesNothing = !st.sources.some((src) => src.fromContext);
    const names = /* @__PURE__ */ new Set([String(si), ...st.name !== null ? [st.name] : []]);
    const taken = parsed.stages.flatMap((o) => o.sources.filter((src) => src.external === "from" && src.from !== null && names.has(src.from.toLowerCase())));
    const toolOnly = taken.length > 0 && taken.every((src) => /^\/(?:usr\/(?:local\/)?)?s?bin\/[^/]+$/.test(src.source));
    const onbuildTag = /[:-]onbuild(?:$|[-.@])/i.test(st.base.slice(image.length));
    if (!/onbuild|template/i.test(image) && !onbuildTag && !(copiesNothing && /builder/i.test(image) && !toolOnly)) continue;
    return { base: st.base, line: st.line, kind: /onbuild|template/i.test(image) || onbuildTag ? "onbuild" : "builder" };
  }
  return null;
}
function onbuildReason(b) {
  return b.kind === "onbuild" ? `FROM ${b.base} (line ${b.line}) is an ONBUILD image: its own ONBUILD ADD/COPY instructions copy from this context what no line here names` : `FROM ${b.base} (line ${b.line}) is, by its name, a builder image, and its stage copies nothing of this context into it: if its own ONBUILD instructions do the work, they copy from this context what no line here names (check the image's Dockerfile)`;
}

// src/suggest/siblings.ts
const fs2 = require("node:fs");
const path2 = require("node:path");
var unknownBuild = (sb) => sb.unknownWhat ?? "a Dockerfile that a step before it makes";
var SIBLING_DEPTH = 4;
var MAX_SIBLINGS = 256;
var LEGACY_ONLY = " (for a legacy build of it, only the paths it names, not all its COPY . takes; BuildKit reads its own <Dockerfile>.dockerignore)";
var hasOwnIgnoreFile = (dockerfile) => fs2.statSync(dockerfile + ".dockerignore", { throwIfNoEntry: false })?.isFile() === true;
var realOr = (p) => {
  try {
    return fs2.realpathSync(p);
  } catch {
    return path2.resolve(p);
  }
};
function siblingDockerfiles(root, mainAbs, repository, env, sentFiles = [], found = {}) {
  let targets;
  try {
    targets = discoverTargets(root, { cwd: root, env, repository, maxDepth: SIBLING_DEPTH, knownFiles: sentFiles, knownIgnoredToo: true }).targets;
  } catch {
    targets = [];
  }
  const realRoot = realOr(root);
  const main = mainAbs === null ? null : realOr(mainAbs);
  const seen = /* @__PURE__ */ new Map();
  const unknown = [];
  const atRepoRoot = repository !== void 0 ? realOr(repository.root) === realRoot : fs2.existsSync(path2.join(root, ".git"));
  let builderTemplate = false;
  const named = [];
  for (const t of targets) {
    if (t.error !== void 0 || t.outsideCheckout === true) continue;
    for (const [n2, value] of Object.entries(t.namedContexts)) {
      if (!isLocalContextValue(value) || realOr(path2.resolve(root, value)) !== realRoot) continue;
      const file = t.dockerfileFrom ?? t.dockerfile ?? path2.resolve(root, t.context, "Dockerfile");
      const rel = t.dockerfileInline !== void 0 && t.dockerfileFrom === void 0 ? t.name : path2.relative(realRoot, realOr(file)).split(path2.sep).join("/");
      const key = `${t.dockerfileInline !== void 0 ? t.name : realOr(file)}\0${n2}`;
      if (!named.some((x) => x.key === key)) named.push({ key, name: `${rel} (${t.placedBy !== void 0 ? `${t.placedBy}, ` : ""}given this directory as its named context "${n2}")`, ctxName: n2, file, ...t.dockerfileInline !== void 0 ? { inline: t.dockerfileInline } : {}, args: t.args });
    }
  }
  for (const t of targets) {
    if (t.error !== void 0 || isRemoteContext(t.context)) continue;
    if (t.outsideCheckout === true) continue;
    if (t.dockerfileInline !== void 0 && t.placedBy !== void 0) continue;
    if (t.skipReason?.startsWith("its Dockerfile comes from") === true) continue;
    if (atRepoRoot && !builderTemplate && t.skipReason?.startsWith(BUILDER_TEMPLATE) === true) {
      builderTemplate = true;
      unknown.push({ name: `${t.name} (a pdns-builder template, rendered and built from the repository root)`, text: Buffer.alloc(0), sources: [], unknown: true });
      continue;
    }
    if (realOr(path2.resolve(root, t.context)) !== realRoot) continue;
    if (found.keepsGitDir === void 0 && t.skipReason === void 0 && /^(?:1|true)$/i.test(t.args.BUILDKIT_CONTEXT_KEEP_GIT_DIR ?? "")) found.keepsGitDir = t.name;
    if (t.skipReason?.startsWith(GORELEASER_SKIP) === true && t.dockerfile !== void 0 && fs2.lstatSync(t.dockerfile, { throwIfNoEntry: false })?.isFile() === true) {
      const abs2 = realOr(t.dockerfile);
      const own2 = hasOwnIgnoreFile(t.dockerfile);
      const rel2 = path2.relative(realRoot, abs2).split(path2.sep).join("/");
      if (abs2 !== main && !seen.has(abs2)) seen.set(abs2, { name: `${rel2} (for docker build -f ${rel2}; ${t.declaredIn} builds it in a directory of its own)` + (own2 ? LEGACY_ONLY : ""), args: {}, ...own2 ? { legacyOnly: true } : {} });
      continue;
    }
    if (t.skipReason !== void 0 || t.dockerfileRewritten === true) {
      if (t.staleRecipe === true) continue;
      const file = t.dockerfile ?? path2.resolve(root, t.context, "Dockerfile");
      const atRunTime = t.unlocated === true && /known only when the workflow runs/.test(t.skipReason ?? "");
      const missing = atRunTime || !fs2.existsSync(file) && !fs2.existsSync(path2.join(path2.dirname(file), "dockerfile"));
      if (t.kind === "dockerfile" && (missing || t.dockerfileRewritten === true)) {
        unknown.push({ name: t.name, text: Buffer.alloc(0), sources: [], unknown: true, ...atRunTime ? { unknownWhat: "a Dockerfile it names by values known only when the workflow runs" } : missing ? {} : { unknownWhat: "a Dockerfile that a step before it rewrites" } });
      }
      continue;
    }
    const given = t.dockerfile ?? path2.resolve(root, t.context, "Dockerfile");
    const own = t.builder !== "legacy" && hasOwnIgnoreFile(given);
    const abs = realOr(given);
    if (abs === main || seen.has(abs)) continue;
    const rel = path2.relative(realRoot, abs);
    const shown = rel.startsWith("..") || path2.isAbsolute(rel) ? abs : rel.split(path2.sep).join("/");
    seen.set(abs, { name: (t.placedBy !== void 0 ? `${shown} (${t.placedBy})` : shown) + (own ? LEGACY_ONLY : ""), args: t.args, ...own ? { legacyOnly: true } : {} });
  }
  let ignored;
  const piped = [];
  for (const b of [...makefileBuilds(root, sentFiles), ...scriptBuilds(root, sentFiles), ...packageScriptBuilds(root, sentFiles)]) {
    if (realOr(b.context) !== realRoot) continue;
    if (b.stdin !== void 0) {
      if (b.stdin === null) unknown.push({ name: b.name, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhat: "a Dockerfile it reads from stdin" });
      else piped.push(siblingOf(`${b.name} (its Dockerfile from stdin: ${b.stdin.file === true ? b.stdin.from : `make's ${b.stdin.from}`})`, Buffer.from(b.stdin.text), b.args, root));
      continue;
    }
    const givenFile = b.dockerfile ?? path2.join(b.context, "Dockerfile");
    const own = hasOwnIgnoreFile(givenFile);
    const abs = realOr(givenFile);
    if (abs === main || seen.has(abs)) continue;
    const rel = path2.relative(realRoot, abs);
    if (rel.startsWith("..") || path2.isAbsolute(rel)) continue;
    if (!fs2.existsSync(abs)) {
      ignored ??= gitOracles(root, []).isIgnored;
      const generated = ignored !== null && ignored(toByteString(rel.split(path2.sep).join("/")), false) || recipeWrites(root, b.name, abs);
      if (generated && !unknown.some((u) => u.name.startsWith(rel))) {
        unknown.push({ name: `${rel.split(path2.sep).join("/")} (${b.name}; generated before the build)`, text: Buffer.alloc(0), sources: [], unknown: true });
      }
      continue;
    }
    seen.set(abs, { name: `${rel.split(path2.sep).join("/")} (${b.name})` + (own ? LEGACY_ONLY : ""), args: b.args, ...own ? { legacyOnly: true } : {} });
  }
  for (const n2 of ["Dockerfile", "dockerfile"]) {
    const file = path2.join(root, n2);
    if (fs2.lstatSync(file, { throwIfNoEntry: false })?.isFile() !== true) continue;
    const abs = realOr(file);
    if (abs !== main && !seen.has(abs)) {
      const own = hasOwnIgnoreFile(file);
      seen.set(abs, { name: `${n2} (what a plain docker build of this context reads)` + (own ? LEGACY_ONLY : ""), args: {}, ...own ? { legacyOnly: true } : {} });
    }
    break;
  }
  const out = [];
  const all = [...seen].sort((a, b) => a[1].name < b[1].name ? -1 : 1);
  if (all.length > MAX_SIBLINGS) {
    const more = all.length - MAX_SIBLINGS;
    const unknownWhy = `${all.length} other Dockerfiles are built from this context and ${more} of them were not read (past ${MAX_SIBLINGS}): what they copy is not known here, and this Dockerfile not using a path says nothing about it`;
    unknown.push({ name: `${more} more Dockerfiles built from this context`, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhy });
  }
  for (const [abs, { name, args, legacyOnly }] of all.slice(0, MAX_SIBLINGS)) {
    let text;
    try {
      text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 });
    } catch {
      continue;
    }
    const sb = siblingOf(name, text, args, root);
    out.push(legacyOnly ? { ...sb, sources: sb.sources.filter((x) => !x.whole) } : sb);
  }
  out.push(...piped.sort((a, b) => a.name < b.name ? -1 : 1));
  for (const nc of named.sort((a, b) => a.name < b.name ? -1 : 1).slice(0, MAX_SIBLINGS)) {
    let text;
    try {
      text = nc.inline !== void 0 ? Buffer.from(nc.inline) : readRegularFile(nc.file, { noFollow: true, maxBytes: 1 << 20 });
    } catch {
      const unknownWhy = `${nc.name} reads it through this ignore file with a Dockerfile the checkout does not hold: what it copies from it is not known here, and this Dockerfile not using a path says nothing about it`;
      unknown.push({ name: nc.name, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhy });
      continue;
    }
    out.push(siblingOf(nc.name, text, nc.args, root, nc.ctxName));
  }
  return [...out, ...unknown.sort((a, b) => a.name < b.name ? -1 : 1).slice(0, MAX_SIBLINGS)];
}
function siblingOf(name, text, args, root, named) {
  const parsed = parseDockerfile(text, { buildArgs: args });
  const sources = parsed.stages.flatMap((s) => s.sources).filter((s) => (named === void 0 ? s.fromContext : takesFrom(s, named)) && (s.mountType === null || s.mountType === "bind")).map((s) => {
    const { literal, wildcard, components } = splitAtWildcard(cleanPath("/" + s.source));
    const label = named !== void 0 && s.instruction === "RUN --mount" ? `RUN --mount=from=${s.from}${s.raw === "" ? "" : `,source=${s.raw}`} (line ${s.line})` : `${s.instruction} ${named === void 0 ? "" : `--from=${s.from} `}${s.raw === "" ? "(no source)" : s.raw} (line ${s.line})`;
    if (s.openArgs.length > 0) {
      const written = s.raw.split("/").filter((c) => c !== "" && c !== ".");
      const at = written.findIndex((c) => c.includes("$"));
      const prefix = at < 0 ? [] : written.slice(0, at);
      if (prefix.length > 0 && !prefix.some((c) => c === ".." || /[*?[\\]/.test(c))) return { literal: prefix.map(toByteString), wildcard: "*", whole: false, label };
    }
    return { literal, wildcard, whole: s.openArgs.length > 0 || components === 0, label };
  });
  const variable = variableSources(text, root, named).map((v) => ({ ...v, label: `${v.label}, with another --build-arg,` }));
  const fromNamed = named === void 0 ? void 0 : parsed.stages.find((st) => st.base.toLowerCase() === named.toLowerCase());
  if (fromNamed) sources.push({ literal: [], wildcard: null, whole: true, label: `FROM ${fromNamed.base}` });
  const onbuild = named === void 0 ? onbuildBase(parsed, parsed.stages.map((_, i) => i)) : null;
  if (onbuild !== null) {
    sources.push(
      onbuild.kind === "onbuild" ? { literal: [], wildcard: null, whole: true, label: `FROM ${onbuild.base} (line ${onbuild.line}), an ONBUILD image whose ONBUILD COPY runs in that build,` } : { literal: [], wildcard: null, whole: true, may: true, label: `FROM ${onbuild.base} (line ${onbuild.line}), by its name a builder image whose own ONBUILD instructions, if it has them,` }
    );
  }
  return { name, text, sources: [...sources, ...variable], ...named === void 0 ? {} : { reads: "reads it through this ignore file" } };
}
function takesFrom(s, named) {
  return s.external === "from" && s.from?.toLowerCase() === named.toLowerCase();
}
function siblingNeeds(siblings, targets, unusedOnly, holds) {
  for (const sb of siblings) {
    if (sb.unknown === true) {
      if (unusedOnly) return sb.unknownWhy ?? `${sb.name} builds from this context ${unknownBuild(sb)}: what it copies is not known here, and this Dockerfile not using a path says nothing about it`;
      continue;
    }
    for (const src of sb.sources) {
      if (src.whole) {
        if (unusedOnly) return `${sb.name} ${sb.reads ?? "is built from this context too"} and ${src.label} ${src.may === true ? "may copy" : "copies"} the whole ${sb.reads === void 0 ? "context" : "directory"}: it may need what this Dockerfile does not use`;
        continue;
      }
      const t = targets.find((x) => copies(src, x, holds));
      if (t !== void 0) return `${sb.name} ${sb.reads ?? "is built from this context too"} and ${src.label} copies ${byteStringToText(t)}`;
    }
  }
  return null;
}
function copies(src, target, holds) {
  if (src.pattern !== void 0 && (target !== ".git" && !target.startsWith(".git/") || src.label.includes(".git"))) {
    const t = byteStringToText(target);
    if (matchesPattern(src.pattern, t, true)) return true;
    if (holds === void 0 ? matchesPrefix(src.pattern, t + "/") : holds(target).some((p) => matchesPattern(src.pattern, byteStringToText(p), true))) return true;
  }
  const tc = target.split("/");
  const n2 = Math.min(tc.length, src.literal.length);
  for (let i = 0; i < n2; i++) if (tc[i] !== src.literal[i]) return false;
  if (src.literal.length < tc.length && src.wildcard !== null && !filepathMatch(src.wildcard, tc[src.literal.length])) return false;
  if (src.after !== void 0 && tc.length === src.literal.length + 1) return holdsBelow(path2.join(src.after.root, byteStringToText(target)), src.after.rest.map(byteStringToText), 3);
  return true;
}
function holdsBelow(dir, rest, depth, budget = { left: 256 }) {
  if (fs2.existsSync(path2.join(dir, ...rest))) return true;
  if (depth === 0 || --budget.left < 0) return budget.left < 0;
  let names;
  try {
    names = fs2.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return names.some((d) => d.isDirectory() && holdsBelow(path2.join(dir, d.name), rest, depth - 1, budget));
}
function variableSources(dockerfile, root, named) {
  const args = argNames(dockerfile);
  return parseDockerfile(dockerfile).stages.flatMap((st) => st.sources).filter((x) => (named === void 0 ? x.fromContext : takesFrom(x, named)) && (x.mountType === null || x.mountType === "bind") && namesBuildArg(x.raw, args)).map((x) => {
    const label = `${x.instruction} ${named === void 0 ? "" : `--from=${x.from} `}${x.raw} (line ${x.line})`;
    if (x.raw.length > 4096) return { literal: [], wildcard: null, whole: true, label };
    const pattern = cleanPath("/" + toByteString(x.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "*")));
    const { literal, wildcard, components } = splitAtWildcard(pattern);
    const parts = pattern.replace(/^\/+/, "").split("/").filter((c) => c !== "");
    const rest = parts.slice(literal.length + 1);
    const after = root !== void 0 && wildcard === "*" && rest.length > 0 && !rest.some(hasWildcard) ? { after: { root, rest } } : {};
    const read = "after" in after ? {} : { pattern: variablePattern(cleanSource(x.raw), { glob: true, dirs: true }) };
    return { literal, wildcard, whole: components === 0, label, ...after, ...read };
  });
}
function variableSourceTaking(dockerfile, file) {
  const args = argNames(dockerfile);
  for (const x of parseDockerfile(dockerfile).stages.flatMap((st) => st.sources)) {
    if (!x.fromContext || x.mountType !== null && x.mountType !== "bind" || !namesBuildArg(x.raw, args)) continue;
    if (x.raw.length > 4096 || matchesPattern(variablePattern(cleanSource(x.raw), { glob: true, dirs: true }), file, true)) return `${x.instruction} ${x.raw} (line ${x.line}) copies another path with another --build-arg, ${file} among them`;
  }
  return null;
}
function argNames(dockerfile) {
  const text = dockerfile.toString("utf8").replace(/\\\r?\n/g, " ");
  const out = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[ \t]*ARG[ \t]+([^\n]*)$/gim)) for (const w of m[1].matchAll(/(?:^|[ \t])([A-Za-z_][A-Za-z0-9_]*)(?==|[ \t]|$)/g)) out.add(w[1]);
  const envs = [];
  for (const m of text.matchAll(/^[ \t]*ENV[ \t]+([^\n]*)$/gim)) {
    if (m[1].length > 65536) continue;
    const pairs = [...m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)];
    if (pairs.length > 0) for (const p of pairs) envs.push([p[1], p[2]]);
    else {
      const one = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]+(.*)$/.exec(m[1]);
      if (one !== null) envs.push([one[1], one[2]]);
    }
  }
  for (let changed = true, round = 0; changed && round < 512; round++) {
    changed = false;
    for (const [k, v] of envs.slice(0, 512)) {
      if (out.has(k)) continue;
      if ([...v.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].some((r) => out.has(r[1]))) {
        out.add(k);
        changed = true;
      }
    }
  }
  return out;
}
function namesBuildArg(raw, args) {
  if (!raw.includes("$")) return false;
  for (const m of raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (args.has(m[1])) return true;
  return false;
}
function cleanSource(raw) {
  let a = 0;
  while (a < raw.length && (raw[a] === "/" || raw[a] === "." && raw[a + 1] === "/")) a += raw[a] === "/" ? 1 : 2;
  let b = raw.length;
  while (b > a && raw[b - 1] === "/") b--;
  return raw.slice(a, b).split("/").filter((c, i) => c !== "." || i === 0).join("/");
}
function variableSourceNeeds(sources, targets, holds) {
  for (const src of sources) {
    const t = src.whole ? targets[0] : targets.find((x) => copies(src, x, holds));
    if (t !== void 0) return `${src.label} copies another path with another --build-arg, ${byteStringToText(t)} among them`;
  }
  return null;
}

// src/suggest/suggest.ts
function literalPattern(p) {
  if (p === "" || /[\n\r]/.test(p) || p !== p.trim() || p.includes("//") || /(^|\/)\.\.?(\/|$)/.test(p)) return null;
  const escaped = p.replace(/[*?[\]\\]/g, (c) => "\\" + c);
  return /^[!#]/.test(escaped) ? "\\" + escaped : escaped;
}
var baseName = (p) => p.slice(p.lastIndexOf("/") + 1);
function exclusionCandidate(kind, paths, pattern) {
  const line = pattern ?? (paths.length === 1 ? literalPattern(paths[0]) : null);
  if (line === null) return null;
  return { kind, edit: { kind: "append", lines: [line] }, lines: [line], replaces: null, targets: paths };
}
function missingSources(result) {
  const out = [];
  for (const f of result.findings) {
    if (f.ruleId !== "CTX101" && f.ruleId !== "CTX103" || typeof f.path !== "string" || typeof f.data.namedContext === "string") continue;
    const joined = f.ruleId === "CTX103" ? underRoot(f.path) : null;
    const parts = [];
    for (const c of toByteString(joined ?? f.path).split("/")) {
      if (c === "" || c === ".") continue;
      if (/[*?[\\]/.test(c)) break;
      parts.push(c);
    }
    if (parts.length === 0) continue;
    const where = f.file !== void 0 && f.line !== void 0 ? ` (${f.file}:${f.line})` : "";
    out.push({ path: parts.join("/"), label: `${String(f.data.instruction)} ${String(f.data.raw ?? f.data.source)}${where}`, ...joined !== null ? { climbs: true } : {} });
  }
  return out;
}
function excludesMissing(c, missing) {
  for (const m of missing) {
    if (c.edit.kind === "append" && c.targets.some((t) => m.path === t || m.path.startsWith(t + "/"))) return m;
    if (c.edit.kind === "replace" && c.lines.length === 1 && c.lines[0].startsWith("**/") && !c.lines[0].slice(3).includes("/")) {
      const x = c.lines[0].slice(3);
      if (m.path.split("/").some((comp) => filepathMatch(x, comp))) return m;
    }
  }
  return null;
}
function anyDepthTargets(c, entries) {
  if (c.edit.kind !== "replace" || c.lines.length !== 1 || !c.lines[0].startsWith("**/") || c.lines[0].slice(3).includes("/")) return [];
  const x = c.lines[0].slice(3);
  const out = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const parts = e.path.split("/");
    const i = parts.findIndex((p, k) => k > 0 && filepathMatch(x, p));
    if (i > 0) out.add(parts.slice(0, i + 1).join("/"));
  }
  return [...out];
}
var SECRET_FILE_NOTHING_TO_PROTECT = /* @__PURE__ */ new Set(["no-credential", "symlink", "example", "template-copy", "fixture-copy", "test-fixture", "vendored", "dev-key", "defaults", "android-debug", "stand-in", "insecure-default"]);
function openSourceTaking(result, file) {
  for (const r of result.crossCheck?.resolved.resolutions ?? []) {
    if (r.source.instruction === "RUN --mount" || r.source.openArgs.length === 0) continue;
    const raw = r.source.raw;
    const dollar = raw.indexOf("$");
    const before = (dollar < 0 ? raw : raw.slice(0, dollar)).replace(/^(?:\.?\/)+/, "");
    const dir = before.slice(0, before.lastIndexOf("/") + 1);
    if (dir === "" || file.startsWith(dir)) return { instruction: r.source.instruction, line: r.source.line, raw, args: r.source.openArgs.join(", ") };
  }
  return void 0;
}
function wholeContextReaders(result, dockerfileText, siblings, argsGiven) {
  const mainWhole = result.crossCheck?.resolved.resolutions.some((r) => r.status === "whole-context" || r.status === "outside" && contextPathOf("/" + r.path) === ".") === true;
  return [...mainWhole && dockerfileText ? [{ label: "the Dockerfile", text: dockerfileText, ...argsGiven ? { argsGiven } : {} }] : [], ...siblings.filter((sb) => sb.sources.some((x) => x.whole)).map((sb) => ({ label: sb.name, text: sb.text }))];
}
var GIT_MODULES = /^(?:\.?\/)*\.git\/modules(?:\/|$)/;
function gitReadReason(result, root, dockerfileText, siblings, keepsGitDir, argsGiven) {
  if (keepsGitDir !== void 0) return `${keepsGitDir} passes BUILDKIT_CONTEXT_KEEP_GIT_DIR=1: the build keeps .git on purpose (a version or commit stamped from it); exclude it yourself if no build needs it`;
  const fromSubmodule = result.findings.find((f) => f.ruleId === "CTX101" && typeof f.data.submodule === "string");
  if (fromSubmodule !== void 0 && GIT_MODULES.test(String(fromSubmodule.data.source ?? ""))) return `${fromSubmodule.file ?? "the Dockerfile"}:${fromSubmodule.line ?? 0} copies ${String(fromSubmodule.data.source)}, the git directory of submodule ${String(fromSubmodule.data.submodule)}, out of .git`;
  if (fromSubmodule !== void 0) return `${fromSubmodule.file ?? "the Dockerfile"}:${fromSubmodule.line ?? 0} copies from git submodule ${String(fromSubmodule.data.submodule)}, which this checkout lacks: whether what it brings reads .git is not known here (git submodule update --init, then run suggest again)`;
  const readers = wholeContextReaders(result, dockerfileText, siblings, argsGiven);
  if (readers.length > 0) {
    const walk = result.buildkitEligible?.walk ?? result.legacy.walk;
    const sent = walk.entries.filter((e) => e.kind === "file").map((e) => byteStringToText(e.path));
    const reason = gitReader(root, readers, sent);
    if (reason !== null) return reason;
  }
  const unknown = siblings.find((sb) => sb.unknown === true);
  return unknown === void 0 ? null : `${unknown.name} builds from this context ${unknownBuild(unknown)}: whether it reads .git is not known here`;
}
function candidatesFrom(result, root, dockerfileText, siblings, keepsGitDir, argsGiven) {
  const out = [];
  const byRule = (id) => result.findings.filter((f) => f.ruleId === id && f.data.aggregated === void 0);
  const rules = (result.buildkitEligible?.ignore ?? result.legacy.ignore).rules;
  const pm = result.buildkitEligible?.matcher ?? result.legacy.tarMatcher;
  for (const f of byRule("CTX303")) {
    if (typeof f.data.committedElsewhere === "string") continue;
    const line = f.data.line;
    const blocked = f.data.deeperCommitted === true ? `git tracks every deeper match (e.g. ${String(f.data.example)}): the repository's own files, which the image may read at run time; exclude by name the ones it does not need` : f.data.noGitIndex === true ? `there is no git index here to tell the repository's own files from leftovers, and the deeper matches (e.g. ${String(f.data.example)}) may be what the image runs; exclude by name the ones it does not need` : void 0;
    if (typeof f.data.suggestion === "string") {
      const suggestion = toByteString(f.data.suggestion);
      out.push({ kind: "CTX303", edit: { kind: "replace", line, text: suggestion }, lines: [suggestion], replaces: { line, pattern: f.data.pattern }, targets: [], ...blocked ? { blocked } : {} });
    } else {
      const paths = f.data.paths.map(toByteString);
      const lines = paths.map(literalPattern);
      if (paths.length === 0 || paths.length < f.data.matches || lines.some((l) => l === null)) continue;
      out.push({ kind: "CTX303", edit: { kind: "append", lines }, lines, replaces: null, targets: paths, ...blocked ? { blocked } : {} });
    }
  }
  for (const f of byRule("CTX304")) {
    const line = f.data.line;
    const ri = rules.findIndex((r) => r.line === line);
    const pi = pm.patterns.findIndex((p) => p.sourceIndex === ri);
    const dirs = (Array.isArray(f.data.prunedDirs) ? f.data.prunedDirs : [f.data.prunedDir]).map(toByteString);
    if (pi < 0 || dirs.length > 20) continue;
    const lost = [];
    let complete = true;
    for (const dir of dirs) {
      const listed = listFiles(root, dir, 1e3);
      if (listed.length >= 1e3) complete = false;
      for (const e of listed) {
        try {
          if (pm.testPattern(pi, e.path)) lost.push(e.path);
        } catch {
        }
      }
    }
    if (lost.length === 0 || !complete) continue;
    const name = /^\*\*\/([^/]+)$/.exec(rules[ri].pattern.replace(/^!/, ""))?.[1];
    const holding = [...new Set(lost.map((p) => p.slice(0, p.lastIndexOf("/"))))];
    const inDir = (d) => {
      const l = literalPattern(d);
      return l === null ? null : `${l}/${name}`;
    };
    const lines = lost.length <= 20 ? lost.map(literalPattern) : name !== void 0 && holding.length <= 20 ? holding.map(inDir) : null;
    if (lines === null || lines.some((l) => l === null)) continue;
    const ex = lines.map((l) => "!" + l);
    out.push({ kind: "CTX304", edit: { kind: "insert-after", line, lines: ex }, lines: ex, replaces: null, targets: [] });
  }
  const heavy = byRule("CTX003").map((f) => toByteString(f.data.path));
  const forced = new Set(byRule("CTX003").filter((f) => f.data.committedPastIgnore === true).map((f) => toByteString(f.data.path)));
  const byName = /* @__PURE__ */ new Map();
  for (const p of heavy) byName.set(baseName(p), [...byName.get(baseName(p)) ?? [], p]);
  for (const [name, paths] of byName) {
    const lit = literalPattern(name);
    const c = paths.length > 1 && lit !== null ? exclusionCandidate("CTX003", paths, "**/" + lit) : exclusionCandidate("CTX003", paths, null);
    const committed = paths.find((p) => forced.has(p));
    if (c && committed !== void 0) c.blocked = `git tracks ${byteStringToText(committed)} although .gitignore names it (added with -f, or before that line): it may be vendored on purpose, what the image runs with; exclude it yourself if nothing requires it`;
    if (c) out.push(c);
  }
  const secretFiles = /* @__PURE__ */ new Set();
  for (const f of [...byRule("CTX201"), ...byRule("CTX202").filter((x) => x.severity !== "info")]) {
    if (f.ruleId === "CTX201" && typeof f.data.evidence === "string" && SECRET_FILE_NOTHING_TO_PROTECT.has(f.data.evidence)) continue;
    const p = toByteString(f.data.path);
    if (secretFiles.has(p)) continue;
    secretFiles.add(p);
    const c = exclusionCandidate(f.ruleId, [p], null);
    if (!c) continue;
    const copied = Array.isArray(f.data.copiedBy) ? f.data.copiedBy : [];
    const tracks = typeof f.data.copyOf === "string" ? `git tracks the same bytes (${f.data.copyOf})` : "git tracks it";
    if (f.data.committed === true && copied.length > 0) {
      c.blocked = `${tracks} and ${copied[0].file}:${copied[0].line} copies it into the image, where the application may read it at run time; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
    } else if (f.data.committed === true) {
      const stage = Array.isArray(f.data.copiedIntoStage) ? f.data.copiedIntoStage : [];
      const bound = result.crossCheck?.resolved.resolutions.find((r) => r.source.instruction === "RUN --mount" && r.status === "whole-context");
      const open = stage.length > 0 ? void 0 : openSourceTaking(result, byteStringToText(p));
      if (stage.length > 0) {
        c.blocked = `${tracks} and ${stage[0].file}:${stage[0].line} copies it into build stage ${stage[0].stage}, whose RUN steps may read it or build it into what the image takes; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
      } else if (open !== void 0) {
        c.blocked = `${tracks} and the ${open.instruction} at line ${open.line} copies ${open.raw}, a path known only when the build runs (${open.args} not set here): it may copy it into the image, where the application may read it; exclude it yourself if no build does`;
      } else if (bound !== void 0) {
        c.blocked = `${tracks} and the RUN at line ${bound.source.line} binds the whole context, which it may read or build into what the image takes (a source file it compiles); take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
      } else {
        const whole = siblings.find((sb) => sb.unknown !== true && sb.sources.some((x) => x.whole));
        const unknown = siblings.find((sb) => sb.unknown === true);
        const another = dockerfileText === null ? null : variableSourceTaking(dockerfileText, byteStringToText(p));
        if (whole !== void 0) c.blocked = `${tracks} and ${whole.name}, built from this context too, copies the whole context into its image, where the application may read it; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it`;
        else if (another !== null) c.blocked = `${tracks} and ${another}, into the image, where the application may read it at run time; exclude it yourself if no build does`;
        else if (unknown !== void 0) c.blocked = `${tracks} and ${unknown.name} builds from this context a Dockerfile whose sources are not known here: it may copy it; exclude it yourself if nothing reads it`;
      }
    }
    out.push(c);
  }
  for (const f of byRule("CTX203")) {
    const c = exclusionCandidate("CTX203", [toByteString(f.data.path)], null);
    if (c) out.push(c);
  }
  const repo = findRepoRoot(root);
  if (repo !== null) {
    const inRepo = path3.relative(repo, root).split(path3.sep).filter(Boolean).join("/");
    for (const c of out) {
      if (c.blocked !== void 0 || c.kind !== "CTX201" && c.kind !== "CTX202" && c.kind !== "CTX203") continue;
      for (const t of c.targets) {
        const w = scriptWritingForBuild(repo, [inRepo, byteStringToText(t)].filter(Boolean).join("/"));
        if (w === null) continue;
        c.blocked = `${w} writes it in a script that also builds an image: that build sends it on purpose (the application may read it at run time); exclude it yourself if no build needs it`;
        break;
      }
    }
  }
  const mounts = composeMountsAbove(root, repo);
  if (mounts.length > 0) {
    for (const c of out) {
      if (c.blocked !== void 0 || c.kind !== "CTX203") continue;
      for (const t of c.targets) {
        const abs = path3.join(root, ...byteStringToText(t).split("/"));
        const m = mounts.find((x) => x.host === abs || x.host.startsWith(abs + path3.sep));
        if (m === void 0) continue;
        c.blocked = `${m.file} mounts ${m.host === abs ? "it" : "a directory in it"} writable into its ${m.service} service: a step that runs that service (docker compose run) may write it before the build; exclude it yourself if no build needs it`;
        break;
      }
    }
  }
  const onbuildFound = result.crossCheck ? onbuildBase(result.crossCheck.parsed, result.crossCheck.resolved.needed.stages) : null;
  const onbuild = onbuildFound === null ? null : onbuildReason(onbuildFound);
  for (const f of byRule("CTX004")) {
    if (f.data.isDirectory !== true) continue;
    const c = exclusionCandidate("CTX004", [toByteString(f.data.path)], null);
    if (c && onbuild !== null) c.blocked = `${onbuild}; this Dockerfile not naming a path says nothing about it`;
    if (c) out.push(c);
  }
  const walk = result.buildkitEligible?.walk ?? result.legacy.walk;
  const gitTargets = out.filter((c) => c.blocked === void 0 && c.targets.includes(".git"));
  if (gitTargets.length > 0) {
    const reason = gitReadReason(result, root, dockerfileText, siblings, keepsGitDir, argsGiven);
    if (reason !== null) for (const c of gitTargets) c.blocked = reason;
  }
  const readers = wholeContextReaders(result, dockerfileText, siblings);
  if (readers.length > 0) {
    for (const c of out) {
      if (c.blocked !== void 0) continue;
      for (const t of c.targets) {
        const reason = notRemade(byteStringToText(t.slice(t.lastIndexOf("/") + 1)), readers);
        if (reason !== null) {
          c.blocked = reason;
          break;
        }
      }
    }
    const sourceUnder = (dir) => {
      const prefix = dir + "/";
      const e = walk.entries.find((x) => x.kind === "file" && x.path.startsWith(prefix) && SOURCE_FILE.test(x.path));
      return e === void 0 ? null : byteStringToText(e.path);
    };
    const holdsCredential = (p) => result.findings.some((f) => f.ruleId === "CTX201" && f.path === p && f.data.evidence === "content");
    let frontEndSeen;
    const frontEnd = () => frontEndSeen ??= walk.entries.filter((e) => e.kind === "file" && /(?:^|\/)package\.json$/.test(e.path) && !e.path.split("/").includes("node_modules")).slice(0, 50).some((e) => {
      try {
        return LOADS_DOTENV.test(readRegularFile(path3.join(root, ...byteStringToText(e.path).split("/")), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
      } catch {
        return false;
      }
    });
    let readerRuns;
    let dirs;
    for (const c of out) {
      if (c.blocked !== void 0 || c.kind !== "CTX203") continue;
      for (const t of c.targets) {
        const text = byteStringToText(t);
        readerRuns ??= readers.map((d) => ({ label: d.label, runs: parseDockerfile(d.text).stages.flatMap((st) => st.runs ?? []) }));
        dirs ??= new Set(walk.entries.filter((x) => x.kind === "dir").map((x) => x.path));
        const named = namedByRun(text, !dirs.has(t), readerRuns) ?? (dirs.has(t) || holdsCredential(text) ? null : dotenvLoadedByBuild(text, readerRuns, frontEnd));
        if (named !== null) {
          c.blocked = named;
          break;
        }
        const kinds = t.split("/").map((comp) => protectiveKind(byteStringToText(comp), filepathMatch));
        if (kinds.some((k) => k !== null && k !== "build-output")) continue;
        const found = SOURCE_FILE.test(text) ? text : sourceUnder(t);
        if (found === null || kinds.includes("build-output") && !found.endsWith(".go")) continue;
        const reason = generatedSource(found, readers);
        if (reason !== null) {
          c.blocked = reason;
          break;
        }
      }
    }
  }
  const variable = dockerfileText === null ? [] : variableSources(dockerfileText);
  const sentPaths = walk.entries.map((e) => e.path);
  const holdsOf = (target) => {
    const at = sentPaths.indexOf(target);
    if (at < 0) return [];
    let end = at + 1;
    while (end < sentPaths.length && sentPaths[end].startsWith(target + "/")) end++;
    return sentPaths.slice(at, end);
  };
  for (const c of out) {
    if (c.blocked !== void 0) continue;
    const targets = c.edit.kind === "append" ? c.targets : anyDepthTargets(c, siblings.length > 0 || variable.length > 0 ? walk.entries : []);
    const need = siblingNeeds(siblings, targets, c.kind === "CTX004", holdsOf) ?? (c.kind === "CTX004" || c.kind === "CTX203" ? variableSourceNeeds(variable, targets, holdsOf) : null);
    if (need !== null) c.blocked = need;
  }
  const ignoreName = (result.buildkitEligible?.ignore ?? result.legacy.ignore).displayName;
  const wanted = new Set(out.filter((c) => c.edit.kind === "append" && c.blocked === void 0).flatMap((c) => c.targets));
  const letIn = /* @__PURE__ */ new Map();
  if (wanted.size > 0) {
    for (const e of walk.entries) {
      if (e.decidedBy < 0 || !wanted.has(e.path)) continue;
      const p = pm.patterns[e.decidedBy];
      if (p.exclusion && p.sourceIndex < rules.length) letIn.set(e.path, rules[p.sourceIndex].line);
    }
  }
  for (const c of out) {
    if (c.edit.kind !== "append" || c.blocked !== void 0) continue;
    const hit = c.targets.find((t) => letIn.has(t));
    if (hit !== void 0) c.blocked = `${ignoreName} line ${letIn.get(hit)} lets ${byteStringToText(hit)} in with an exception: a choice of its author; remove that line if it should not be sent`;
  }
  const missing = missingSources(result);
  for (const c of out) {
    const made = c.blocked === void 0 ? excludesMissing(c, missing) : null;
    if (made !== null) c.blocked = made.climbs ? `${made.label} climbs out of the context, and BuildKit reads ${byteStringToText(made.path)} from the root instead (CTX103 today): this change would exclude it` : `${made.label} copies ${byteStringToText(made.path)}, which a step before the build makes (CTX101 today): this change would exclude it once it is there (CTX102)`;
  }
  const refused = /* @__PURE__ */ new Map();
  for (const c of out) if (c.blocked !== void 0) {
    for (const t of c.targets) if (!refused.has(t)) refused.set(t, c.blocked);
  }
  for (const c of out) {
    if (c.blocked !== void 0) continue;
    const t = c.targets.find((x) => refused.has(x));
    if (t !== void 0) c.blocked = refused.get(t);
  }
  const relDockerfile = result.legacy.resolved.relDockerfile;
  const buildFiles = /* @__PURE__ */ new Set([relDockerfile, ".dockerignore", `${relDockerfile}.dockerignore`]);
  return out.filter((c) => c.edit.kind !== "append" || !c.targets.every((t) => buildFiles.has(t)));
}
var BUILDS_AFTER_EDIT = /(?<![\w-])(?:docker|podman|buildah|kaniko|nerdctl|buildx|depot|earthly|goreleaser|skaffold|make|just|task|npm|pnpm|yarn|bash|sh)(?![\w-])|build-push-action|bake-action|\.sh\b|uses:\s*\.\//;
function workflowEditingInPlace(root, dockerfile) {
  const rel = path3.relative(root, dockerfile).split(path3.sep).join("/");
  if (rel === "" || rel.startsWith("..")) return null;
  for (const d of WORKFLOW_DIRS) {
    const dir = path3.join(root, ...d.split("/"));
    let names;
    try {
      names = fs3.readdirSync(dir).filter((n2) => /\.ya?ml$/.test(n2)).sort().slice(0, 200);
    } catch {
      continue;
    }
    for (const n2 of names) {
      let text;
      try {
        text = readRegularFile(path3.join(dir, n2), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      } catch {
        continue;
      }
      if (!text.includes(path3.posix.basename(rel))) continue;
      const at = lineWriting(text, rel, false, true);
      if (at > 0 && text.split("\n").slice(at).some((l) => BUILDS_AFTER_EDIT.test(l))) return `${d}/${n2}`;
    }
  }
  return null;
}
var WILDCARD = /[*?[\\]/;
function allowlistCandidate(result) {
  const cc = result.crossCheck;
  if (!cc) return { candidate: null, problem: "the Dockerfile could not be read" };
  const onbuild = onbuildBase(cc.parsed, cc.resolved.needed.stages);
  if (onbuild !== null) return { candidate: null, problem: onbuildReason(onbuild) };
  const lines = /* @__PURE__ */ new Set();
  for (const r of cc.resolved.resolutions) {
    const label = `${r.source.instruction} ${byteStringToText(r.source.raw)} (line ${r.source.line})`;
    if (r.status === "whole-context") return { candidate: null, problem: `${label} uses the whole context` };
    if (r.status === "outside") continue;
    const variable = r.source.raw.includes("$");
    if (variable || r.status === "missing") {
      const pattern = variable ? r.source.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "*") : r.path;
      const { literal, wildcard, components } = splitAtWildcard(pattern);
      const lit = literal.length === 0 ? "" : literalPattern(literal.join("/"));
      let line = null;
      if (wildcard === null) line = lit;
      else if (literal.length === components - 1 && !/^\*+$/.test(wildcard)) line = lit === null ? null : lit === "" ? wildcard : `${lit}/${wildcard}`;
      else if (literal.length > 0) line = lit;
      if (line === null || line === "") return { candidate: null, problem: `${label} ${variable ? "names a build arg" : "matches nothing today"} and may copy any path: an allowlist cannot let in only what it needs; write that exception yourself` };
      lines.add("!" + line);
      continue;
    }
    const parts = r.path.split("/");
    const firstWild = parts.findIndex((c) => WILDCARD.test(c));
    const direct = firstWild < 0 ? literalPattern(r.path) : firstWild === parts.length - 1 ? r.path : null;
    if (direct !== null) lines.add("!" + direct);
    else for (const m of [...r.sentMatches, ...r.ignoredMatches]) {
      const lit = literalPattern(m);
      if (lit !== null) lines.add("!" + lit);
    }
  }
  const sorted = [...lines].sort();
  const block = ["# ctx-audit suggest --allowlist: send only what the Dockerfile uses", "*", ...sorted, ""];
  return { candidate: { kind: "allowlist", edit: { kind: "prepend", lines: block }, lines: ["*", ...sorted], replaces: null, targets: [] }, problem: null };
}
function stillSent(ev, targets) {
  const sentUnder = (set, t) => {
    if (set.has(t)) return true;
    for (const p of set) if (p.startsWith(t + "/")) return true;
    return false;
  };
  return targets.some((t) => sentUnder(ev.legacySent, t) || sentUnder(ev.buildkitSent, t));
}
function hasAllowlist(doc, lines) {
  const present = docLines(doc).map((l) => l.trim());
  const firstPattern = present.find((l) => l !== "" && !l.startsWith("#"));
  return firstPattern === "*" && lines.every((l) => present.includes(l));
}
function suggest(given) {
  const lowercase = buildxLowercaseDockerfile(given.cwd, given.file);
  const opts = lowercase === null ? given : { ...given, file: lowercase.file };
  assertAuditInputsInsideRepo(opts);
  const root = resolveContext(opts.context, opts.file, opts.cwd).root;
  const specific = dockerfileSpecificIgnorePath(root, opts.file, opts.cwd);
  const editsSpecific = fs3.existsSync(specific);
  const builder = editsSpecific ? "buildkit" : "legacy";
  const result = runAudit({ context: opts.context, file: opts.file, cwd: opts.cwd, builder, buildArgs: opts.buildArgs, namedContexts: opts.namedContexts, target: opts.target, keepRecording: true });
  const argsGiven = new Set(Object.entries(opts.buildArgs ?? {}).filter(([, v]) => v !== "").map(([k]) => k));
  const file = editsSpecific ? specific : path3.join(root, ".dockerignore");
  const rel = path3.relative(root, file);
  const editedRel = rel.startsWith("..") || path3.isAbsolute(rel) ? null : toByteString(rel.split(path3.sep).join("/"));
  const displayName = editedRel !== null ? byteStringToText(editedRel) : path3.basename(file);
  const original = readOrNull(file);
  const hash = contentHash(original);
  const dockerfileAbs = result.legacy.resolved.dockerfileAbs;
  const dockerfileText = dockerfileAbs ? readOrNull(fsPath(dockerfileAbs)) : null;
  const setup = {
    root,
    relDockerfile: result.legacy.resolved.relDockerfile,
    parsed: dockerfileText ? parseDockerfile(dockerfileText, { buildArgs: opts.buildArgs ?? {} }) : null,
    dockerfileName: byteStringToText(result.legacy.resolved.relDockerfile),
    target: opts.target,
    edits: editsSpecific ? "buildkit-only" : "both",
    fixedLegacyIgnore: editsSpecific ? readOrNull(path3.join(root, ".dockerignore")) : null,
    editedRel,
    source: result.replay
  };
  const before = evaluate(setup, original);
  let doc = parseDoc(original);
  let current = before;
  const suggestions = [];
  const rejected = [];
  let allowlistProblem = null;
  let candidates;
  const declares = (p) => /ockerfile|(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$|(?:^|\/)docker-bake[^/]*\.json$/i.test(p) || MAKEFILE_NAME.test(p) || SCRIPT_NAME.test(p);
  const listed = editsSpecific ? [] : [...result.legacy.walk.entries.filter((e) => e.kind === "file" && declares(e.path)).map((e) => e.path), ...result.legacy.walk.excluded.filter((x) => !x.isDir && declares(x.path)).map((x) => x.path)].map(byteStringToText);
  const found = {};
  const siblings = editsSpecific ? [] : siblingDockerfiles(root, dockerfileAbs === null ? null : byteStringToText(dockerfileAbs), opts.repository, opts.env ?? {}, listed, found);
  const editor = dockerfileAbs === null ? null : workflowEditingInPlace(root, byteStringToText(dockerfileAbs));
  if (editor !== null) siblings.push({ name: editor, text: Buffer.alloc(0), sources: [], unknown: true, unknownWhat: "this Dockerfile as it edits it in place first" });
  let otherTargets = null;
  if (opts.target !== void 0 && opts.target !== "" && dockerfileText !== null && parseDockerfile(dockerfileText).stages.length > 1) {
    otherTargets = siblingOf(`${byteStringToText(result.legacy.resolved.relDockerfile)} (its other targets)`, dockerfileText, opts.buildArgs ?? {});
    siblings.push(otherTargets);
  }
  for (const [name, value] of Object.entries(editsSpecific ? {} : opts.namedContexts ?? {})) {
    if (!isLocalContextValue(value)) continue;
    const dir = path3.resolve(opts.cwd, value);
    if (path3.relative(root, dir) !== "") continue;
    siblings.push({ name: `--build-context ${name}=${value} (this directory, read through its ignore file)`, text: Buffer.alloc(0), sources: [], unknown: true });
  }
  if (opts.allowlist) {
    const others = siblings.filter((sb) => sb !== otherTargets);
    const a = siblings.length === 0 ? allowlistCandidate(result) : others.length === 0 ? { candidate: null, problem: `${otherTargets.name} read ${displayName} too: an allowlist for one target would drop what the others copy, and a ${byteStringToText(result.legacy.resolved.relDockerfile)}.dockerignore would be theirs as well` } : { candidate: null, problem: `${others.map((sb) => sb.name).join(", ")} ${others.length === 1 ? "is" : "are"} built from this context too and read${others.length === 1 ? "s" : ""} ${displayName}: an allowlist for one Dockerfile would drop what the others copy; create ${byteStringToText(result.legacy.resolved.relDockerfile)}.dockerignore (BuildKit reads it for that Dockerfile alone) and run suggest --allowlist again` };
    allowlistProblem = a.problem;
    candidates = a.candidate && !hasAllowlist(doc, a.candidate.lines) ? [a.candidate] : [];
  } else candidates = candidatesFrom(result, root, dockerfileText, siblings, found.keepsGitDir, argsGiven);
  const present = () => new Set(docLines(doc).map((l) => l.trim()));
  let gitReason;
  const gitReasonNow = () => gitReason === void 0 ? gitReason = gitReadReason(result, root, dockerfileText, siblings, found.keepsGitDir, argsGiven) : gitReason;
  const maxCandidates = opts.maxCandidates ?? 40;
  let evaluations = 0;
  let notEvaluated = 0;
  for (const c of candidates) {
    if (c.lines.some((l) => /[\r\n]/.test(l))) continue;
    if (c.targets.length > 0 && !stillSent(current, c.targets)) continue;
    if (c.edit.kind === "append" && c.lines.every((l) => present().has(l))) continue;
    if (c.blocked !== void 0) {
      if (rejected.some((x) => x.reasons[0] === c.blocked && x.lines.join("\n") === c.lines.map(byteStringToText).join("\n"))) continue;
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
    const ev = (c.edit.kind === "append" ? evaluateAppend(setup, current, nextContent) : null) ?? evaluate(setup, nextContent);
    const problems = breakages(before, ev, setup, editedRel ?? "", current);
    const shown = { kind: c.kind, lines: c.lines.map(byteStringToText), paths: c.targets.map(byteStringToText) };
    if (problems.length > 0) {
      rejected.push({ ...shown, reasons: problems.map((p) => p.message) });
      continue;
    }
    const stops = { legacy: stopped(current.legacyEntries, ev.legacySent), buildkit: stopped(current.buildkitEntries, ev.buildkitSent) };
    const removes = stops.legacy.entries > 0 || stops.buildkit.entries > 0;
    if (c.kind === "CTX304" ? !removes && !sendsMore(current, ev) : !removes) continue;
    const dockerfilePath = result.legacy.resolved.relDockerfile;
    const stopsAFile = (was, now) => was.some((e) => e.kind !== "dir" && e.path !== dockerfilePath && !now.has(e.path));
    if (c.kind === "allowlist" && !stopsAFile(current.legacyEntries, ev.legacySent) && !stopsAFile(current.buildkitEntries, ev.buildkitSent)) {
      allowlistProblem = "it would keep nothing out: the context holds little but what the Dockerfile copies, and the new file would be sent too";
      continue;
    }
    if (stopsGit(current, ev)) {
      const reason = gitReasonNow();
      if (reason !== null) {
        rejected.push({ ...shown, reasons: [reason] });
        continue;
      }
    }
    const requestedStops = stopped(
      current.buildkitEntries.filter((e) => current.requested.has(e.path)),
      ev.requested
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
    unterminated: { before: unterminated(original), after: unterminated(changed ? proposed : original) }
  };
  let cwdReal = path3.resolve(opts.cwd);
  try {
    cwdReal = fs3.realpathSync(cwdReal);
  } catch {
  }
  const fromCwd = path3.relative(cwdReal, file);
  const diffName = fromCwd !== "" && !fromCwd.startsWith("..") && !path3.isAbsolute(fromCwd) ? fromCwd.split(path3.sep).join("/") : displayName;
  return {
    file,
    displayName,
    diffName,
    readBy: editsSpecific ? ["buildkit"] : ["legacy", "buildkit"],
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
    wholeContext: !!before.needs && (before.needs.legacy.wholeContext || before.needs.buildkit.wholeContext)
  };
}
function suggestInRepository(opts) {
  const { allowOutsideRepo, ...rest } = opts;
  return suggest({ ...rest, repository: repoBoundary(opts.cwd, allowOutsideRepo) });
}
function writeSuggestion(r) {
  writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
}
var LARGEST_SHOWN = 5;
function stopped(was, now) {
  let entries = 0;
  let files = 0;
  let bytes = 0;
  const top = [];
  const before = (a, b) => a.bytes > b.bytes || a.bytes === b.bytes && a.path < b.path;
  for (const e of was) {
    if (now.has(e.path)) continue;
    entries++;
    if (e.kind === "dir") continue;
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
function stopsGit(current, next) {
  const inGit = (p) => p === ".git" || p.startsWith(".git/");
  for (const e of current.legacyEntries) if (inGit(e.path) && !next.legacySent.has(e.path)) return true;
  for (const e of current.buildkitEntries) if (inGit(e.path) && !next.buildkitSent.has(e.path)) return true;
  return false;
}
function unterminated(b) {
  return b !== null && b.length > 0 && b[b.length - 1] !== 10;
}
function sendsMore(current, next) {
  for (const p of next.legacySent) if (!current.legacySent.has(p)) return true;
  for (const p of next.buildkitSent) if (!current.buildkitSent.has(p)) return true;
  return false;
}
function readOrNull(file) {
  try {
    return readRegularFile(file);
  } catch {
    return null;
  }
}
function composeMountsAbove(root, repo) {
  const top = repo ?? root;
  const out = [];
  for (let d = root; ; d = path3.dirname(d)) {
    for (const name of COMPOSE_FILE_NAMES) {
      const f = path3.join(d, name);
      if (!fs3.existsSync(f)) continue;
      for (const m of composeWritableMounts(f)) out.push({ ...m, file: path3.relative(top, f).split(path3.sep).join("/") });
    }
    if (path3.resolve(d) === path3.resolve(top) || path3.dirname(d) === d) break;
  }
  return out;
}

// src/cli/commands/suggest.ts
var SUGGEST_HELP = `Usage: ctx-audit suggest [CONTEXT] [options]

Proposes .dockerignore changes that shrink what is sent without breaking the build: exclusions for
heavy directories, secrets, gitignored and unused files (CTX003, CTX201, CTX202, CTX203, CTX004), fixes for
gitignore-habit patterns (CTX303) and ineffective exceptions (CTX304). Every change is verified by
re-running the analysis in memory: no COPY/ADD/bind source may become missing or ignored, and the
legacy builder must still send the Dockerfile and the ignore file. Prints a unified diff (stdout)
and a summary with before/after figures (stderr). Nothing is written without --write.

Options:
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
      --target STAGE     the stage being built (default: the last)
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --build-context NAME=PATH  a named context, as the audit takes it (repeatable)
      --allowlist        propose "*" plus one "!source" per COPY/ADD/bind source instead
      --write            apply the diff atomically (refused if the file changed since it was
                         read, is a symbolic link, or lies outside the context)
      --format FORMAT    diff (default) | json
      --allow-outside-repo  read a context or files that lead outside the repository
`;
var OPTIONS = {
  file: { type: "string", short: "f" },
  "build-arg": { type: "string", multiple: true },
  "build-context": { type: "string", multiple: true },
  target: { type: "string" },
  builder: { type: "string" },
  allowlist: { type: "boolean" },
  write: { type: "boolean" },
  format: { type: "string" },
  debug: { type: "boolean" },
  "allow-outside-repo": { type: "boolean" },
  ...COLOR_OPTIONS,
  help: { type: "boolean", short: "h" }
};
function parseSuggest(argv) {
  const parsed = parseOptions(OPTIONS, argv, "suggest: ");
  colorChoice(parsed.tokens ?? []);
  const v = parsed.values;
  if (v.help) return null;
  if (parsed.positionals.length > 1) throw new UsageError(`suggest: expected at most one CONTEXT, got ${parsed.positionals.length}`);
  const format = oneOf("--format", v.format, ["diff", "json"], "diff");
  oneOf("--builder", v.builder, ["legacy", "buildkit"], "buildkit");
  if (v.target === "") throw new UsageError("--target: expected a stage name");
  if (v.file === "") throw new UsageError("-f/--file: expected a path");
  const buildArgs = parseBuildArgs(v["build-arg"] ?? []);
  const buildContexts = parseBuildContexts(v["build-context"] ?? []);
  return { context: parsed.positionals[0] ?? ".", file: v.file, buildArgs, buildContexts, target: v.target, allowlist: v.allowlist === true, write: v.write === true, format, allowOutsideRepo: v["allow-outside-repo"] === true };
}
async function runSuggest(argv, io) {
  const cmd = parseSuggest(argv);
  if (cmd === null) {
    await writeText(io.stdout, SUGGEST_HELP);
    return EXIT_OK;
  }
  const r = suggestInRepository({ context: cmd.context, file: cmd.file, cwd: io.cwd, buildArgs: cmd.buildArgs, namedContexts: cmd.buildContexts, target: cmd.target, allowlist: cmd.allowlist, allowOutsideRepo: cmd.allowOutsideRepo, env: io.env });
  if (cmd.format === "json") await writeText(io.stdout, renderSuggestJson(r));
  else {
    await writeText(io.stderr, renderSuggestSummary(r));
    await writeText(io.stdout, renderSuggestDiff(r));
  }
  if (cmd.write && r.changed) {
    writeSuggestion(r);
    if (cmd.format !== "json") await writeText(io.stderr, renderSuggestWrote(r));
  }
  return EXIT_OK;
}
export {
  SUGGEST_HELP,
  parseSuggest,
  runSuggest
};
