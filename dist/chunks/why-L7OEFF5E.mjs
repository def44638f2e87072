import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  listFiles
} from "./chunk-Y7AYDANG.mjs";
import {
  COLOR_OPTIONS,
  colorChoice,
  oneOf,
  parseBuildArgs,
  parseOptions
} from "./chunk-EFUMEUQS.mjs";
import {
  EXIT_OK,
  PatternError,
  PatternMatcher,
  analyzeBuildkitEligible,
  cleanPath,
  indexPaths,
  nearestPath,
  placementOf,
  runAudit,
  writeText
} from "./chunk-BOXOKJ5W.mjs";
import "./chunk-VCGU63CK.mjs";
import {
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  formatBytes,
  formatCount,
  formatSize,
  neutralizeCommands,
  neutralizeJson,
  safeText
} from "./chunk-LZM6OGT4.mjs";
import {
  repoBoundary
} from "./chunk-26EYPM73.mjs";
import "./chunk-WE6XP7M2.mjs";
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

// src/explain/explain-context.ts
const fs = require("node:fs");
const path = require("node:path");

// src/explain/trace.ts
var WILDCARD = /[*[\]?^\\]/;
function descentFor(pm, dir, mode) {
  if (!pm.hasExclusions) return { enters: false };
  const pats = pm.patterns;
  if (mode === "legacy") {
    const i2 = pats.findIndex((p) => p.exclusion && (p.text + "/").startsWith(dir + "/"));
    return i2 >= 0 ? { enters: true, exception: i2 } : { enters: false };
  }
  const stripped = pats.map((p) => p.exclusion ? p.text.replace(/\/\*\*?$/, "") : null);
  if (stripped.some((s) => s !== null && WILDCARD.test(s))) return { enters: true, exception: "wildcard" };
  const i = stripped.findIndex((s) => s !== null && (s + "/").startsWith(dir + "/"));
  return i >= 0 ? { enters: true, exception: i } : { enters: false };
}
function safeTest(pm, i, path2) {
  try {
    return pm.testPattern(i, path2);
  } catch {
    return false;
  }
}
function tracePath(pm, path2, mode) {
  const parts = path2.split("/");
  const trace = { entered: [], prunedAt: null, decidedBy: -1, excluded: false, matched: [], deadExceptions: [], error: null };
  let parentInfo = null;
  const pats = pm.patterns;
  try {
    for (let k = 1; k <= parts.length; k++) {
      const rel = parts.slice(0, k).join("/");
      const out = [];
      const idx = pm.matchWithParents(rel, k === 1 ? null : parentInfo, out);
      const excluded = idx >= 0 && !pats[idx].exclusion;
      if (k < parts.length) {
        if (excluded) {
          const step = { dir: rel, decidedBy: idx, descent: descentFor(pm, rel, mode) };
          if (!step.descent.enters) {
            trace.prunedAt = step;
            trace.deadExceptions = pats.flatMap((p, i) => p.exclusion && safeTest(pm, i, path2) ? [i] : []);
            return trace;
          }
          trace.entered.push(step);
        }
        parentInfo = out;
        continue;
      }
      trace.decidedBy = idx;
      trace.excluded = excluded;
      let matched = false;
      for (let i = 0; i < pats.length; i++) {
        const viaParent = k > 1 && parentInfo !== null && parentInfo[i] === true;
        if (!viaParent && pats[i].exclusion !== matched) {
          if (pats[i].exclusion && safeTest(pm, i, path2)) trace.deadExceptions.push(i);
          continue;
        }
        if (out[i]) {
          trace.matched.push({ index: i, viaParent });
          matched = !pats[i].exclusion;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    trace.error = e.message;
  }
  return trace;
}

// src/explain/explain.ts
var text = byteStringToText;
var under = (p, dir) => dir === "." || p === dir || p.startsWith(dir + "/");
function ruleRef(pm, ignore, index) {
  if (index < 0) return null;
  const p = pm.patterns[index];
  const rule = ignore.rules[p.sourceIndex];
  if (rule === void 0) return { file: null, line: null, pattern: (p.exclusion ? "!" : "") + text(p.text), origin: "build-file-protection" };
  return { file: ignore.displayName, line: rule.line, pattern: text(rule.pattern), origin: "ignore-file" };
}
function decisionFrom(trace, pm, ignore, sent, fact, hasSentBelow, enteredSelf) {
  const ref = (i) => ruleRef(pm, ignore, i);
  const step = (s) => ({ dir: text(s.dir), rule: ref(s.decidedBy), fact });
  const d = {
    sent,
    cause: "no-pattern",
    rule: null,
    overridden: [],
    deadExceptions: trace.deadExceptions.map(ref).filter((r) => r !== null),
    prunedAt: trace.prunedAt ? step(trace.prunedAt) : null,
    enteredDirs: trace.entered.map((s) => ({
      ...step(s),
      exception: s.descent.enters && s.descent.exception !== "wildcard" ? ref(s.descent.exception) : "wildcard"
    })),
    enteredForExceptions: false,
    error: trace.error
  };
  if (trace.error !== null) d.cause = "pattern-error";
  else if (trace.prunedAt) {
    d.cause = "pruned";
    d.rule = ref(trace.prunedAt.decidedBy);
  } else {
    d.rule = ref(trace.decidedBy);
    d.overridden = trace.matched.filter((m) => m.index < trace.decidedBy).map((m) => ref(m.index));
    if (trace.decidedBy < 0) d.cause = "no-pattern";
    else if (d.rule?.origin === "build-file-protection") d.cause = "protected";
    else if (trace.excluded) d.cause = sent && hasSentBelow ? "parent-of-sent" : "excluded";
    else d.cause = "reincluded";
    if (trace.excluded && enteredSelf) d.enteredForExceptions = true;
  }
  return d;
}
function instructionText(input, r) {
  const raw = input.dockerfileLines?.[r.source.instructionLine - 1];
  const line = raw === void 0 ? "" : text(raw).trim().replace(/\s*\\$/, "");
  return line !== "" && line.length <= 160 ? line : `${r.source.instruction} ${text(r.source.raw)}`;
}
function referencesFor(input, path2, isFileSent) {
  const cc = input.crossCheck;
  if (!cc) return [];
  const refLines = isFileSent ? new Set((cc.references.get(path2) ?? []).map((r) => r.line)) : null;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of cc.resolved.resolutions) {
    let status = null;
    const touches = (m) => path2 === "." || under(path2, m) || under(m, path2);
    if (r.status === "whole-context" || r.status === "sent" && r.sentMatches.some(touches)) status = "uses";
    else if (r.status === "ignored" && r.ignoredMatches.some(touches)) status = "ignored";
    else if (r.status === "missing" && !isFileSent && touches(r.path)) status = "uses";
    if (status === null) continue;
    if (status === "uses" && refLines !== null && !refLines.has(r.source.line)) continue;
    const key = `${r.source.line}:${r.source.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stage = cc.parsed.stages[r.stage];
    out.push({
      file: text(dockerfileNameOf(input)),
      line: r.source.line,
      text: instructionText(input, r),
      instruction: r.source.instruction,
      source: text(r.source.source),
      stage: r.stage,
      stageName: stage.name,
      // The same decision the findings use (src/dockerfile/placement.ts).
      placement: placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, r, path2 === "." ? "." : path2, !isFileSent).placement,
      status
    });
  }
  return out.sort((a, b) => a.line - b.line);
}
function dockerfileNameOf(input) {
  return input.legacy.resolved.relDockerfile;
}
var PLACEMENT_ORDER = ["final-stage", "other-stage", "mount"];
function sentBelow(paths, dir) {
  for (const p of paths) if (p !== dir && under(p, dir)) return true;
  return false;
}
function indexInput(input) {
  const legacySent = new Map(input.legacy.walk.entries.map((e) => [e.path, e]));
  const bkSent = new Map(input.buildkit.walk.entries.map((e) => [e.path, e]));
  const bk = input.crossCheck?.buildkit ?? null;
  const requested = bk && !bk.error ? new Set(bk.requestedList.map((p) => p.replace(/\/$/, ""))) : null;
  let includes = null;
  if (bk && Array.isArray(bk.followPaths) && bk.followPaths.length > 0) includes = PatternMatcher.create(bk.followPaths);
  return { legacySent, bkSent, requested, includes };
}
function requestDecision(input, idx, path2, eligible) {
  const bk = input.crossCheck?.buildkit;
  if (!bk || bk.error || idx.requested === null) return null;
  const requested = path2 === "." ? idx.requested.size > 0 : idx.requested.has(path2);
  const base = { requested, followPath: null, fallbackReason: bk.fallbackReason };
  if (!bk.usesContext) return { ...base, cause: "context-unused" };
  if (bk.followPaths === "all") return { ...base, cause: eligible ? "whole-context" : "excluded" };
  const i = idx.includes && path2 !== "." ? idx.includes.decideOrParent(path2) : -1;
  const followPath = i >= 0 ? text(bk.followPaths[i]) : null;
  if (followPath !== null) return { ...base, followPath, cause: requested ? "follow-path" : "excluded" };
  return { ...base, cause: requested ? "parent-of-requested" : "not-referenced" };
}
function buildFileInfo(input, path2, legacy, bkExcluded) {
  const rel = input.legacy.resolved.relDockerfile;
  const role = path2 === rel ? "dockerfile" : path2 === ".dockerignore" ? "ignore-file" : /^(.*\/)?[Dd]ockerfile$/.test(path2) ? "other-dockerfile" : null;
  if (role === null) return null;
  let status = "not-excluded";
  let excludedAsRead = false;
  try {
    excludedAsRead = input.legacy.validationMatcher.matchesOrParentMatches(path2);
  } catch {
    excludedAsRead = false;
  }
  if (legacy.cause === "protected") status = "protected";
  else if (role === "dockerfile" && !legacy.sent && excludedAsRead) status = "dropped-r24";
  else if (role === "other-dockerfile" && !legacy.sent && excludedAsRead) status = "not-protected-r23";
  return { role, legacy: status, buildkitExcluded: bkExcluded };
}
function totalsFor(input, idx, path2, legacyPruned) {
  const sent = { files: 0, bytes: 0, entries: 0, tarBytes: 0 };
  const excluded = { files: 0, bytes: 0 };
  const byChild = /* @__PURE__ */ new Map();
  const prefix = path2 === "." ? "" : path2 + "/";
  const child = (p) => {
    if (!p.startsWith(prefix) || p === path2) return null;
    const name = p.slice(prefix.length).split("/")[0];
    const key = prefix + name;
    let c = byChild.get(key);
    if (!c) byChild.set(key, c = { path: text(key), sentFiles: 0, sentTarBytes: 0, excludedFiles: 0, excludedBytes: 0 });
    return c;
  };
  for (const e of input.legacy.walk.entries) {
    if (!under(e.path, path2)) continue;
    sent.entries++;
    sent.tarBytes += e.tarBytes;
    if (e.kind === "file") {
      sent.files++;
      sent.bytes += e.contentBytes;
    }
    const c = child(e.path);
    if (c) {
      c.sentTarBytes += e.tarBytes;
      if (e.kind === "file") c.sentFiles++;
    }
  }
  if (legacyPruned) {
    for (const f of input.reader.listFiles(path2)) {
      excluded.files++;
      excluded.bytes += f.bytes;
      const c = child(f.path);
      if (c) {
        c.excludedFiles++;
        c.excludedBytes += f.bytes;
      }
    }
  } else {
    for (const x of input.legacy.walk.excluded) {
      if (!under(x.path, path2)) continue;
      let files = x.files;
      let bytes = x.bytes;
      if (!x.measured) {
        files = 0;
        bytes = 0;
        for (const f of input.reader.listFiles(x.path)) {
          files++;
          bytes += f.bytes;
        }
      }
      excluded.files += files;
      excluded.bytes += bytes;
      const c = child(x.path);
      if (c) {
        c.excludedFiles += files;
        c.excludedBytes += bytes;
      }
    }
  }
  const eligible = { files: 0, bytes: 0 };
  const requested = idx.requested ? { files: 0, bytes: 0 } : null;
  for (const [p, e] of idx.bkSent) {
    if (!under(p, path2) || e.kind === "dir") continue;
    eligible.files++;
    eligible.bytes += e.contentBytes;
    if (requested && idx.requested?.has(p)) {
      requested.files++;
      requested.bytes += e.contentBytes;
    }
  }
  const top = [...byChild.values()].sort((a, b) => b.sentTarBytes - a.sentTarBytes || b.excludedBytes - a.excludedBytes || (a.path < b.path ? -1 : 1)).slice(0, input.top ?? 5);
  return { legacy: { sent, excluded }, buildkit: { eligible, requested }, top };
}
function explainPath(input, idx, path2) {
  const isRoot = path2 === ".";
  const kind = isRoot ? "dir" : input.reader.kind(path2);
  const isDir = kind === "dir";
  const lg = input.legacy;
  const bk = input.buildkit;
  const legacyTrace = isRoot ? null : tracePath(lg.tarMatcher, path2, "legacy");
  const legacySent = isRoot || idx.legacySent.has(path2);
  const legacyBelow = isDir && sentBelow(idx.legacySent.keys(), path2);
  const entersSelf = (pm, t, mode) => isDir && t.excluded && !t.prunedAt && descentFor(pm, path2, mode).enters;
  const legacy = legacyTrace ? decisionFrom(legacyTrace, lg.tarMatcher, lg.ignore, legacySent, "R27", legacyBelow, entersSelf(lg.tarMatcher, legacyTrace, "legacy")) : rootDecision();
  const bkTrace = isRoot ? null : tracePath(bk.matcher, path2, "fsutil");
  const bkBelow = isDir && sentBelow(idx.bkSent.keys(), path2);
  const bkSent = isRoot || idx.bkSent.has(path2) || bkBelow;
  const eligible = bkTrace ? decisionFrom(bkTrace, bk.matcher, bk.ignore, bkSent, "B6", bkBelow, entersSelf(bk.matcher, bkTrace, "fsutil")) : rootDecision();
  const request = requestDecision(input, idx, path2, bkSent);
  const differences = [];
  if (legacy.sent !== eligible.sent) {
    if (bk.ignore.path !== lg.ignore.path) differences.push("ignore-file");
    if (legacy.cause === "protected" && !eligible.sent) differences.push("build-file-protection");
    if (legacy.cause === "pruned" !== (eligible.cause === "pruned") || legacy.enteredDirs.length !== eligible.enteredDirs.length) differences.push("prune-rule");
    if (eligible.cause === "parent-of-sent") differences.push("parent-directory");
  }
  if (eligible.sent && request && !request.requested) differences.push("not-requested");
  const references = referencesFor(input, path2, !isDir && (legacySent || bkSent));
  const uses = references.filter((r) => r.status === "uses");
  const sentAtAll = isDir ? isRoot || legacyBelow || bkBelow : legacySent || bkSent;
  const reachesImage = kind === "missing" || !sentAtAll ? null : PLACEMENT_ORDER.find((p) => uses.some((r) => r.placement === p)) ?? null;
  return {
    path: isRoot ? "." : text(path2),
    kind,
    legacy,
    buildkit: { ignoreFile: bk.ignore.path ? bk.ignore.displayName : null, eligible, request },
    differences,
    buildFile: isRoot ? null : buildFileInfo(input, path2, legacy, !eligible.sent),
    references,
    reachesImage,
    directory: isDir ? totalsFor(input, idx, path2, legacy.cause === "pruned") : null
  };
}
function rootDecision() {
  return { sent: true, cause: "no-pattern", rule: null, overridden: [], deadExceptions: [], prunedAt: null, enteredDirs: [], enteredForExceptions: false, error: null };
}
function explainPaths(input, paths) {
  const idx = indexInput(input);
  let names = null;
  return paths.map((p) => {
    const e = explainPath(input, idx, p);
    if (e.kind !== "missing") return e;
    names ??= indexPaths([...input.legacy.walk.entries, ...input.legacy.walk.excluded, ...input.buildkit.walk.entries, ...input.buildkit.walk.excluded].map((x) => x.path));
    const near = nearestPath(names, p);
    return { ...e, didYouMean: near === null ? null : text(near) };
  });
}

// src/explain/explain-context.ts
function contextRelative(arg, root, givenRoot) {
  let rel = arg;
  if (path.isAbsolute(arg)) {
    const inside = (base) => {
      const r2 = path.relative(base, path.resolve(arg));
      return r2 === "" ? "." : r2.startsWith("..") || path.isAbsolute(r2) ? null : r2;
    };
    const r = inside(root) ?? inside(givenRoot);
    if (r === null) throw new InputError(`${arg}: not inside the build context ${root}`);
    rel = r;
  }
  const c = cleanPath(toByteString(rel.split(path.sep).join("/")));
  if (c === ".." || c.startsWith("../") || c.startsWith("/")) throw new InputError(`${arg}: not inside the build context ${root}`);
  return c;
}
function fsExplainReader(rootText) {
  const root = toByteString(rootText);
  return {
    kind(p) {
      const st = fs.lstatSync(fsPath(root + "/" + p), { throwIfNoEntry: false });
      if (!st) return "missing";
      if (st.isFile()) return "file";
      if (st.isDirectory()) return "dir";
      if (st.isSymbolicLink()) return "symlink";
      if (st.isFIFO()) return "fifo";
      if (st.isCharacterDevice()) return "char";
      if (st.isBlockDevice()) return "block";
      return "socket";
    },
    listFiles: (dir) => listFiles(rootText, dir).filter((f) => f.kind === "file")
  };
}
function readLines(file) {
  if (file === null) return null;
  try {
    return readRegularFile(fsPath(file)).toString("latin1").split("\n").map((l) => l.replace(/\r$/, ""));
  } catch {
    return null;
  }
}
function explainContextPaths(req, cwd) {
  const repository = repoBoundary(cwd, req.allowOutsideRepo === true);
  const result = runAudit({ context: req.context, file: req.file, cwd, builder: req.builder, runRules: false, buildArgs: req.buildArgs, target: req.target, repository });
  const root = result.legacy.resolved.root;
  const paths = req.paths.map((p) => contextRelative(p, root, path.resolve(cwd, req.context)));
  const buildkit = result.buildkitEligible ?? analyzeBuildkitEligible(result.legacy.resolved, req.file, cwd);
  return explainPaths(
    { legacy: result.legacy, buildkit, crossCheck: result.crossCheck, dockerfileLines: readLines(result.legacy.resolved.dockerfileAbs), reader: fsExplainReader(root), top: req.top },
    paths
  );
}

// src/reporters/why.ts
var WHY_SCHEMA_VERSION = 1;
function renderWhyJson(paths) {
  return neutralizeJson(JSON.stringify({ schemaVersion: WHY_SCHEMA_VERSION, paths }, null, 2) + "\n");
}
function formatRule(r) {
  if (r.origin === "build-file-protection") return `${safeText(r.pattern)} (appended by the docker CLI so the build files are sent)`;
  return `${safeText(r.file ?? "")}:${r.line}: ${safeText(r.pattern)}`;
}
function decisionLines(d, builder) {
  const out = [];
  for (const e of d.enteredDirs) {
    const by = e.exception === "wildcard" ? "a wildcard exception keeps BuildKit from skipping excluded directories" : `the text of ${formatRule(e.exception)} starts with it${e.fact === "R27" ? ", so the legacy walk looks inside" : ", so BuildKit looks inside"}`;
    out.push(`its directory ${safeText(e.dir)}/ is excluded by ${e.rule ? formatRule(e.rule) : "a pattern"} but still walked: ${by}`);
  }
  switch (d.cause) {
    case "no-pattern":
      out.unshift(d.sent ? "sent: no ignore line matches it" : "not sent");
      break;
    case "excluded":
      out.unshift(`not sent: ${formatRule(d.rule)} excludes it`);
      if (d.enteredForExceptions) out.push(builder === "legacy" ? "the walk enters it for an exception, but an excluded directory gets no tar entry of its own" : "the walk enters it for an exception");
      break;
    case "reincluded":
      out.unshift(`sent: ${formatRule(d.rule)} re-includes it`);
      break;
    case "protected":
      out.unshift(`sent: excluded by the ignore file, but the docker CLI re-adds its build files: ${formatRule(d.rule)}`);
      break;
    case "parent-of-sent":
      out.unshift(`sent as a parent directory: ${formatRule(d.rule)} excludes it, but BuildKit sends the parents of every sent path`);
      break;
    case "pruned": {
      const p = d.prunedAt;
      const rule = p.rule ? formatRule(p.rule) : "a pattern";
      const how = p.fact === "R27" ? `no exception's text starts with "${safeText(p.dir)}/", so the legacy walk never looks inside` : "no exception lies under it, so BuildKit never looks inside";
      out.unshift(`not sent: its directory ${safeText(p.dir)}/ is excluded by ${rule} and pruned: ${how}`);
      break;
    }
    case "pattern-error":
      out.unshift(`not decided: a pattern failed (${safeText(d.error ?? "")}); Docker stops its walk there`);
      break;
    default: {
      const never = d.cause;
      throw new Error(String(never));
    }
  }
  for (const r of d.overridden) out.push(`overrides ${formatRule(r)} (matched earlier)`);
  for (const r of d.deadExceptions) {
    out.push(
      d.cause === "pruned" ? `${formatRule(r)} matches it but cannot rescue it: the directory is never read` : `${formatRule(r)} matches it but has no effect: an exception only applies after an earlier line excluded the path`
    );
  }
  return out;
}
function requestLine(r) {
  switch (r.cause) {
    case "whole-context":
      return `requested: yes, the Dockerfile uses the whole context (${safeText(r.fallbackReason ?? "")})`;
    case "follow-path":
      return `requested: yes, through the Dockerfile path "${safeText(r.followPath ?? "")}"`;
    case "parent-of-requested":
      return "requested: yes, as the parent directory of a requested path";
    case "not-referenced":
      return "requested: no, no COPY, ADD or bind mount of the target names it";
    case "excluded":
      return `requested: no, the Dockerfile names it${r.followPath ? ` ("${safeText(r.followPath)}")` : ""} but the ignore file excludes it`;
    case "context-unused":
      return "requested: no, no stage the target needs reads the build context";
    default: {
      const never = r.cause;
      throw new Error(String(never));
    }
  }
}
var DIFFERENCE_TEXT = {
  "ignore-file": "BuildKit reads a different ignore file (<Dockerfile>.dockerignore)",
  "build-file-protection": "the legacy CLI re-adds the Dockerfile and .dockerignore; BuildKit does not",
  "prune-rule": "the builders decide differently whether to enter an excluded directory (legacy: an exception starts with its path; BuildKit: an exception could match below it)",
  "parent-directory": "BuildKit sends parent directories of sent paths; the legacy tar has no entry for an excluded directory",
  "not-requested": "BuildKit could send it but this target does not request it"
};
var PLACEMENT_TEXT = {
  "final-stage": "yes: copied into the target stage (or a stage it is built FROM), or carried there by a COPY --from whose source holds it",
  "other-stage": "no: copied only into a build stage; the image takes other paths from that stage",
  mount: "no: only bind-mounted during a RUN, never stored in a layer"
};
var plural = (n, w) => `${formatCount(n)} ${w}${n === 1 ? "" : "s"}`;
function renderWhyText(paths) {
  const out = [];
  for (const e of paths) {
    const missing = e.kind === "missing";
    out.push(`${safeText(e.path)}${e.kind === "dir" && e.path !== "." ? "/" : ""} (${missing ? "does not exist" : e.kind})`);
    const block = (title, lines) => {
      out.push(`  ${title}: ${lines[0]}`);
      for (const l of lines.slice(1)) out.push(`      ${l}`);
    };
    if (missing) {
      out.push("  sent: no, by neither builder: nothing exists at this path in the context");
      if (e.didYouMean) out.push(`  did you mean ${safeText(e.didYouMean)}?`);
    }
    const ifCreated = missing ? "if created, " : "";
    const decided = (d, b) => {
      const lines = decisionLines(d, b);
      if (missing && d.cause === "no-pattern") lines[0] = "sent: no ignore line matches it";
      return lines;
    };
    block(`${ifCreated}legacy builder`, decided(e.legacy, "legacy"));
    const bkTitle = `${ifCreated}BuildKit (${e.buildkit.ignoreFile ? `reads ${safeText(e.buildkit.ignoreFile)}` : "no ignore file"})`;
    const bk = decided(e.buildkit.eligible, "buildkit");
    bk[0] = bk[0].replace(/^sent/, "eligible").replace(/^not sent/, "not eligible");
    if (e.buildkit.request && !missing) bk.push(requestLine(e.buildkit.request));
    block(bkTitle, bk);
    if (e.differences.length) block("builders differ", e.differences.map((d) => DIFFERENCE_TEXT[d]));
    if (e.buildFile) {
      const bf = e.buildFile;
      const what = bf.role === "dockerfile" ? "the Dockerfile of this build" : bf.role === "ignore-file" ? "the ignore file" : "a Dockerfile this build does not use";
      const legacy = {
        protected: "the legacy CLI sends it although a pattern excludes it, and the daemon deletes it once it has read it: no COPY or ADD sees it",
        "dropped-r24": "excluded, and the CLI's deprecated matcher misses it, so it is NOT re-added: the daemon will not find it",
        "not-protected-r23": "excluded: only the Dockerfile used is protected",
        "not-excluded": "no pattern excludes it"
      }[bf.legacy];
      block("build file", [`${what}; ${legacy}`, ...bf.buildkitExcluded ? ["BuildKit does not protect build files: it is not in the context transfer"] : []]);
    }
    if (e.references.length) {
      block(
        "Dockerfile",
        e.references.map(
          (r) => `${safeText(r.file)}:${r.line} ${safeText(r.text)}${r.stageName ? ` (stage ${safeText(r.stageName)})` : ` (stage ${r.stage})`}${missing ? ": would copy it, but it does not exist" : r.status === "ignored" ? ": wants it, but it is excluded" : ""}`
        )
      );
    } else out.push("  Dockerfile: no COPY, ADD or bind mount of the target uses it");
    if (e.references.length) {
      const notSent = !e.legacy.sent && !e.buildkit.eligible.sent;
      out.push(`  in the final image: ${missing ? "no: it does not exist" : e.reachesImage ? PLACEMENT_TEXT[e.reachesImage] : notSent ? "no: the ignore file keeps it out of the context" : "no"}`);
    }
    if (e.directory) {
      const d = e.directory;
      const lines = [
        `legacy sends ${plural(d.legacy.sent.files, "file")} (${formatSize(d.legacy.sent.bytes)}; ${formatBytes(d.legacy.sent.tarBytes)} of tar), excludes ${plural(d.legacy.excluded.files, "file")} (${formatSize(d.legacy.excluded.bytes)})`,
        `BuildKit eligible ${plural(d.buildkit.eligible.files, "file")} (${formatSize(d.buildkit.eligible.bytes)})` + (d.buildkit.requested ? `, requested ${plural(d.buildkit.requested.files, "file")} (${formatSize(d.buildkit.requested.bytes)})` : ""),
        ...d.top.map((c) => `${safeText(c.path)}: sent ${plural(c.sentFiles, "file")} (${formatBytes(c.sentTarBytes)} of tar), excluded ${plural(c.excludedFiles, "file")} (${formatSize(c.excludedBytes)})`)
      ];
      block("directory", lines);
    }
    out.push("");
  }
  return neutralizeCommands(out.join("\n"));
}

// src/cli/commands/why.ts
var WHY_HELP = `Usage: ctx-audit why PATH... [options]

Explains, for each PATH (relative to the context, or absolute inside it), whether the legacy builder
and BuildKit send it, which .dockerignore line decided and which earlier lines it overrode, directory
prunes (an excluded directory the walk never looks inside), the docker CLI's re-adding of the
Dockerfile and .dockerignore, and which Dockerfile instructions use it.

Options:
  -C, --context DIR      the build context (default: .)
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
      --builder NAME     buildkit (default) | legacy: whose Dockerfile view lists the references
      --target STAGE     the stage being built (default: the last)
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --format FORMAT    table (default) | json
      --top N            direct children listed for a directory (default 5)
      --allow-outside-repo  read a context or files that lead outside the repository
`;
var OPTIONS = {
  context: { type: "string", short: "C" },
  file: { type: "string", short: "f" },
  builder: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  target: { type: "string" },
  format: { type: "string" },
  top: { type: "string" },
  debug: { type: "boolean" },
  "allow-outside-repo": { type: "boolean" },
  ...COLOR_OPTIONS,
  help: { type: "boolean", short: "h" }
};
function parseWhy(argv) {
  const parsed = parseOptions(OPTIONS, argv, "why: ");
  colorChoice(parsed.tokens ?? []);
  const v = parsed.values;
  if (v.help) return null;
  if (parsed.positionals.length === 0) throw new UsageError("why: expected at least one PATH, e.g. ctx-audit why src/app.js");
  const builder = oneOf("--builder", v.builder, ["legacy", "buildkit"], "buildkit");
  const format = oneOf("--format", v.format, ["table", "json"], "table");
  const top = v.top === void 0 ? 5 : Number(v.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, got "${v.top}"`);
  if (v.target === "") throw new UsageError("--target: expected a stage name");
  if (v.file === "") throw new UsageError("-f/--file: expected a path");
  const buildArgs = parseBuildArgs(v["build-arg"] ?? []);
  return { paths: parsed.positionals, context: v.context ?? ".", file: v.file, builder, buildArgs, target: v.target, format, top, allowOutsideRepo: v["allow-outside-repo"] === true };
}
function renderWhy(cmd, explanations) {
  return cmd.format === "json" ? renderWhyJson(explanations) : renderWhyText(explanations);
}
async function runWhy(argv, io) {
  const cmd = parseWhy(argv);
  if (cmd === null) {
    await writeText(io.stdout, WHY_HELP);
    return EXIT_OK;
  }
  await writeText(io.stdout, renderWhy(cmd, explainContextPaths(cmd, io.cwd)));
  return EXIT_OK;
}
export {
  WHY_HELP,
  parseWhy,
  renderWhy,
  runWhy
};
