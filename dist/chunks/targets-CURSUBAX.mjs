import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  fetchedAuditOptions
} from "./chunk-AZZCVMLO.mjs";
import {
  bakeFileRelative,
  bakeTargets,
  buildKey,
  composeFilesFromEnv,
  composeTargets,
  composeV1Services,
  discoverTargets,
  findComposeFiles,
  isRemoteContext,
  mergeTargetRedactions,
  redactor
} from "./chunk-3EZNGIXF.mjs";
import {
  configForRun,
  failOnFor,
  formatOptionsFor,
  isStdout,
  settingsFor,
  writeReport
} from "./chunk-XHQ5IOI7.mjs";
import "./chunk-JI6YQEWK.mjs";
import {
  EXIT_CANNOT_RUN,
  commitReadable,
  exitCodeFor,
  gitOracles,
  hasMultiReport,
  isLocalContextValue,
  isWorkflowFile,
  mergedPreparers,
  parseDockerfile,
  relativeToBase,
  renderMultiReport,
  runAudit,
  walkContext,
  writeText
} from "./chunk-BOXOKJ5W.mjs";
import "./chunk-VCGU63CK.mjs";
import "./chunk-D5CYGX7M.mjs";
import {
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  safeText
} from "./chunk-LZM6OGT4.mjs";
import "./chunk-25E5TQF2.mjs";
import "./chunk-CAMEKKVL.mjs";
import {
  isInside,
  repoBoundary,
  resolvedLocation
} from "./chunk-26EYPM73.mjs";
import "./chunk-JYNGW7U3.mjs";
import "./chunk-WE6XP7M2.mjs";
import {
  toByteString
} from "./chunk-PCHR3W3Q.mjs";
import "./chunk-QDEKIWEK.mjs";
import "./chunk-L2MQREZJ.mjs";
import {
  hideUrlCredentials
} from "./chunk-SJYW3XAE.mjs";
import {
  InputError,
  UsageError
} from "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";

// src/multi/audit-targets.ts
const path2 = require("node:path");

// src/multi/run-targets.ts
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
var INLINE_LABEL = "dockerfile_inline";
function walkKey(o) {
  const pats = (m) => m.patterns.map((p) => (p.exclusion ? "!" : "") + p.text);
  return JSON.stringify([o.root, pats(o.validationMatcher), pats(o.tarMatcher), o.checkPermissions, o.measureExcluded, o.exceptionDescent ?? "legacy", o.permissionFailures ?? "throw"]);
}
function memoizedWalk(stats) {
  const cache = /* @__PURE__ */ new Map();
  const roots = /* @__PURE__ */ new Set();
  return (o) => {
    stats.requested++;
    const key = walkKey(o);
    let hit = cache.get(key);
    if (!hit) {
      stats.performed++;
      roots.add(o.root);
      stats.contexts = roots.size;
      try {
        hit = { result: walkContext(o) };
      } catch (error) {
        hit = { error };
      }
      cache.set(key, hit);
    }
    if (hit.error !== void 0) throw hit.error;
    return hit.result;
  };
}
var MAX_NAMES_SHOWN = 4;
function dedupe(targets) {
  const byKey = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const key = buildKey(t);
    const g = byKey.get(key);
    if (g) {
      if (!g.names.includes(t.name)) g.names.push(t.name);
      if (!g.declaredIn.includes(t.declaredIn)) g.declaredIn.push(t.declaredIn);
      g.askers.push(t.stageNamedBy ?? t.declaredIn);
      const redaction = mergeTargetRedactions(g.target.redaction, t.redaction);
      if (redaction) g.target = { ...g.target, redaction };
      if (g.target.testInput && !t.testInput) g.target = { ...g.target, testInput: void 0 };
      if (g.target.templateInput && !t.templateInput) g.target = { ...g.target, templateInput: void 0 };
      if (g.target.contextGuessed && !t.contextGuessed) g.target = { ...g.target, contextGuessed: void 0 };
      if (g.target.stageUnknown && !t.stageUnknown) g.target = { ...g.target, stageUnknown: void 0 };
      if (g.target.localImage && !t.localImage) g.target = { ...g.target, localImage: void 0 };
      if (g.target.containerAction && !t.containerAction) g.target = { ...g.target, containerAction: void 0 };
      if (g.target.readsContainerignore && !t.readsContainerignore) g.target = { ...g.target, readsContainerignore: void 0 };
      if (g.target.preparers !== void 0 || t.preparers !== void 0) g.target = { ...g.target, preparers: mergedPreparers(g.target.preparers, t.preparers, g.target.context, g.target.dockerfile ?? path.join(g.target.context, "Dockerfile")) };
      if (g.target.checkoutOnly && !t.checkoutOnly) g.target = { ...g.target, checkoutOnly: void 0 };
      else if (g.target.checkoutOnly && t.checkoutOnly && t.checkoutOnly.submodules) g.target = { ...g.target, checkoutOnly: t.checkoutOnly };
    } else byKey.set(key, { target: t, names: [t.name], declaredIn: [t.declaredIn], askers: [t.stageNamedBy ?? t.declaredIn] });
  }
  return [...byKey.values()];
}
function otherBuildsOf(list, opts) {
  const parsedOnce = /* @__PURE__ */ new Map();
  const builds = list.filter(({ target: t }) => t.skipReason === void 0 && t.error === void 0 && t.gitContext !== true && t.contextGuessed !== true && !isRemoteContext(t.context) && opts.fetched?.get(t) === void 0).map(({ target: t, names }) => {
    const file = t.dockerfile ?? path.join(t.context, "Dockerfile");
    const inline = t.dockerfileInline;
    const ownIgnore = (t.builder ?? opts.builder) !== "legacy" && inline === void 0 && fs.statSync(file + ".dockerignore", { throwIfNoEntry: false })?.isFile() === true;
    const key = JSON.stringify([inline === void 0 ? file : null, inline ?? null, Object.entries(t.args).sort()]);
    const parsed = () => {
      if (!parsedOnce.has(key)) {
        let text = null;
        if (inline !== void 0) text = Buffer.from(inline);
        else {
          const real = resolvedLocation(file);
          try {
            if (opts.repository !== void 0 && !opts.repository.allowOutside && !isInside(opts.repository.root, real)) throw new Error("outside the repository");
            text = readRegularFile(real, { noFollow: true, maxBytes: 1 << 20 });
          } catch {
            text = null;
          }
        }
        parsedOnce.set(key, text === null ? null : parseDockerfile(text, { buildArgs: t.args }));
      }
      return parsedOnce.get(key) ?? null;
    };
    const dockerfileName = inline !== void 0 ? INLINE_LABEL : path.relative(t.context, file).split(path.sep).join("/") || file;
    return { t, context: path.resolve(t.context), ownIgnore, other: { name: names.length > 1 ? `${names[0]} (and ${names.length - 1} more)` : names[0], dockerfileName, parsed, builder: t.builder ?? opts.builder, ...t.target !== void 0 ? { target: t.target } : {} } };
  });
  const out = /* @__PURE__ */ new Map();
  for (const a of builds) out.set(a.t, builds.filter((b) => b !== a && b.context === a.context && !b.ownIgnore).map((b) => b.other));
  return out;
}
function auditOne(t, opts, walk, secretScans, otherBuilds) {
  const base = {
    ...otherBuilds !== void 0 && otherBuilds.length > 0 ? { otherBuilds } : {},
    context: t.context,
    file: t.dockerfile,
    cwd: opts.cwd,
    builder: t.builder ?? opts.builder,
    top: opts.top,
    settings: opts.settings,
    findings: opts.findings,
    buildArgs: t.args,
    target: t.target,
    // (A stage its Dockerfile lacks is then a finding: the workflow asked for it, not the user.)
    ...t.target !== void 0 ? { targetNamedBy: t.stageNamedBy ?? t.declaredIn } : {},
    namedContexts: { ...t.namedContexts, ...opts.namedContexts },
    contextPreparedBy: t.preparedBy,
    contextPreparers: t.preparers,
    ...t.readsContainerignore ? { readsContainerignore: true } : {},
    ...isWorkflowFile(t.declaredIn) ? { declaredByWorkflow: true } : {},
    ...t.checkoutOnly !== void 0 ? { checkoutOnly: t.checkoutOnly } : {},
    ...t.gitContext ? { gitContext: { source: "this checkout's commit, build-push-action's default context", workingTree: true } } : {},
    argsAtRunTime: t.argsAtRunTime,
    walk,
    secretScans,
    repository: opts.repository,
    measureExcluded: opts.measureExcluded,
    // A fetched URL context: its archive upload, or its clone as the repository boundary.
    ...fetchedAuditOptions(opts.fetched?.get(t))
  };
  if (t.dockerfileInline === void 0) return runAudit(base);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ctx-audit-inline-"));
  try {
    const file = path.join(dir, "Dockerfile");
    fs.writeFileSync(file, t.dockerfileInline);
    const result = runAudit({ ...base, file, repository: opts.repository && { ...opts.repository, ours: [file] } });
    const tempName = result.context.dockerfile;
    result.context.dockerfile = INLINE_LABEL;
    const named = (s) => s.split(tempName).join(INLINE_LABEL);
    for (const f of result.findings) {
      if (f.file === tempName) f.file = INLINE_LABEL;
      if (f.message.includes(tempName)) f.message = named(f.message);
      if (f.data !== void 0 && JSON.stringify(f.data).includes(JSON.stringify(tempName).slice(1, -1))) f.data = JSON.parse(named(JSON.stringify(f.data)));
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
function hiderFor(redaction) {
  if (!redaction) return { text: hideUrlCredentials, location: hideUrlCredentials };
  const text = redactor(redaction.text, redaction.keep);
  const location = redactor(redaction.locations, redaction.keep);
  return { text: (s) => hideUrlCredentials(text(s)), location: (s) => hideUrlCredentials(location(s)) };
}
function redactReport(r, hide) {
  r.context = hide.location(r.context);
  r.dockerfile = hide.location(r.dockerfile);
  r.stage = r.stage === null ? null : hide.text(r.stage);
  r.args = Object.fromEntries(Object.entries(r.args).map(([k, v]) => [k, hide.text(v)]));
  r.namedContexts = Object.fromEntries(Object.entries(r.namedContexts).map(([k, v]) => [k, hide.location(v)]));
  r.error = r.error === null ? null : hide.text(r.error);
  r.skipped = r.skipped === null ? null : hide.text(r.skipped);
  if (r.result) {
    const c = r.result.context;
    const shown = redactDeep(c, hide.text);
    shown.root = hide.location(c.root);
    shown.dockerfile = hide.location(c.dockerfile);
    shown.ignoreFile = c.ignoreFile === null ? null : hide.location(c.ignoreFile);
    if (c.buildkit && shown.buildkit) shown.buildkit.ignoreFile = c.buildkit.ignoreFile === null ? null : hide.location(c.buildkit.ignoreFile);
    if (c.namedContexts && shown.namedContexts) {
      shown.namedContexts = shown.namedContexts.map((n, i) => {
        const o = (c.namedContexts ?? [])[i];
        return { ...n, root: o.root === null ? null : hide.location(o.root), value: hide.location(o.value), ignoreFile: o.ignoreFile === null ? null : hide.location(o.ignoreFile) };
      });
    }
    r.result.context = shown;
    r.result.findings = r.result.findings.map((f) => redactFinding(f, hide));
  }
}
function redactFinding(f, hide) {
  const shown = redactDeep(f, hide.text);
  if (f.file !== void 0) shown.file = hide.location(f.file);
  return shown;
}
function redactDeep(value, hide) {
  const deep = (v) => typeof v === "string" ? hide(v) : Array.isArray(v) ? v.map(deep) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v;
  return deep(value);
}
function missingIgnoredContext(t, opts) {
  if (t.skipReason !== void 0 || t.error !== void 0 || isRemoteContext(t.context)) return null;
  const shown = (p) => path.relative(opts.cwd, p) || p;
  if (missingAndIgnored(t.context, opts)) return `its context ${shown(t.context)} is not in the checkout and git ignores it: a step before the build makes it (an install or a build), so it is not audited`;
  for (const [name, value] of Object.entries({ ...t.namedContexts, ...opts.namedContexts })) {
    const abs = path.resolve(opts.cwd, value);
    if (isLocalContextValue(value) && missingAndIgnored(abs, opts)) return `its named context "${name}", ${shown(abs)}, is not in the checkout and git ignores it: a step before the build makes it, so it is not audited`;
  }
  return null;
}
function missingAndIgnored(target, opts) {
  if (fs.existsSync(target)) return false;
  let dir = path.dirname(target);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const repo = opts.repository;
  if (repo && !repo.allowOutside) {
    const within = path.relative(repo.root, fs.realpathSync(dir));
    if (within.startsWith("..") || path.isAbsolute(within)) return false;
  }
  const oracle = gitOracles(dir, [], opts.repository).isIgnored;
  const rel = path.relative(dir, target).split(path.sep).join("/");
  return oracle !== null && oracle(toByteString(rel), true);
}
function asTestInput(f, t) {
  if (f.severity !== "error") return f;
  const why = t.templateInput ? "a service of a Compose file in a project template's directory that no workflow builds: a generator copies it into another project, where its sources are; a warning at most" : t.devContainer && t.kind === "compose" ? "a service of a dev container's Compose file that names no image: VS Code or the devcontainer CLI builds it where a developer works, and nothing here ships it; a warning at most" : t.devContainer ? "a dev container's Dockerfile that no workflow, Compose or Bake file builds: VS Code or the devcontainer CLI builds it where a developer works, and nothing here ships it; a warning at most" : t.kind === "compose" ? "a service of a Compose file in a test directory: a test input or an expected output, or a build only a test runs; a warning at most" : t.placedBy !== void 0 ? `a Dockerfile in a test directory that ${t.placedBy} builds: a test input, or built from a context the script or recipe assembles; a warning at most` : "a Dockerfile in a test directory that no workflow, Compose or Bake file builds: a test input, or built from a context a script assembles; a warning at most";
  return { ...f, severity: "warning", message: `${f.message} (${why})`, data: { ...f.data, ...t.templateInput ? { templateInput: true } : t.devContainer ? { devContainer: true } : { testInput: true } } };
}
function asGuessedContext(f, context, unplaced, copiedAway, archivedBy, namedBySkipped, namedByUnbuilt, namedInUnplaced) {
  const explained = ["contextGuessed", "testInput", "templateInput", "devContainer", "localImage", "stageUnknown", "containerAction"].some((k) => f.data?.[k] !== void 0);
  if (f.severity === "info" || f.severity === "warning" && (f.ruleId === "CTX100" || explained)) return f;
  const nobody = archivedBy !== void 0 ? `${archivedBy} builds it from \`git archive\` of the commit on stdin, the committed files without .git, not from this directory` : copiedAway !== void 0 ? `${copiedAway} copies it into the context another build assembles, and builds it there` : namedByUnbuilt !== void 0 && namedByUnbuilt.length > 0 ? `no run ctx-audit reads builds this Dockerfile (${namedByUnbuilt.slice(0, 3).join(", ")}${namedByUnbuilt.length > 3 ? `, and ${namedByUnbuilt.length - 3} more,` : ""} ${namedByUnbuilt.length === 1 ? "declares it in a service, a Compose file" : "declare it in a service, Compose files"} run here for other services only${unplaced === 0 ? "" : `; ${unplaced === 1 ? "a workflow build is" : `${unplaced} workflow builds are`} known only when the workflow runs`})` : namedBySkipped !== void 0 && namedBySkipped.length > 0 ? `no workflow, Compose or Bake file ctx-audit reads builds this Dockerfile (${namedBySkipped.slice(0, 3).join(", ")}${namedBySkipped.length > 3 ? `, and ${namedBySkipped.length - 3} more,` : ""} ${namedBySkipped.length === 1 ? "builds it, a Compose file" : "build it, Compose files"} nothing here runs, not audited${unplaced === 0 ? "" : `; ${unplaced === 1 ? "a workflow build is" : `${unplaced} workflow builds are`} known only when the workflow runs`})` : namedInUnplaced !== void 0 && unplaced === 0 ? `no workflow, Compose or Bake file ctx-audit can place builds this Dockerfile (${namedInUnplaced} names it, in a build whose context ctx-audit cannot read)` : unplaced === 0 ? "no workflow, Compose or Bake file builds this Dockerfile" : `no workflow, Compose or Bake file ctx-audit can read builds this Dockerfile (${unplaced === 1 ? "a workflow build is" : `${unplaced} workflow builds are`} known only when the workflow runs)`;
  if (f.ruleId === "CTX100") return { ...f, severity: "warning", message: `${f.message} (${nobody}: a warning at most)`, data: { ...f.data, contextGuessed: true } };
  if (f.severity === "warning") return { ...f, message: `${f.message} (if it is built from ${context}: ${nobody}, so that context is ctx-audit's choice)`, data: { ...f.data, contextGuessed: true } };
  return {
    ...f,
    severity: "warning",
    message: `${f.message} (if it is built from ${context}: ${nobody}, so that context is ctx-audit's choice, and a step may assemble another; a warning at most)`,
    data: { ...f.data, contextGuessed: true }
  };
}
function stagesEveryStageNeeds(parsed) {
  const st = parsed.stages.slice(0, 256);
  const parent = (i) => {
    const b = st[i].base.toLowerCase();
    return st.findIndex((s, k) => k < i && (s.name === b || String(k) === b));
  };
  let common = null;
  for (let i = 0; i < st.length; i++) {
    const chain = /* @__PURE__ */ new Set();
    for (let k = i, n = 0; k >= 0 && n < 256; k = parent(k), n++) chain.add(k);
    common = common === null ? [...chain] : common.filter((x) => chain.has(x));
  }
  return new Set(common ?? []);
}
function stageAtLine(parsed, line) {
  let at = -1;
  for (const s of parsed.stages) if (s.line <= line) at = s.index;
  return at;
}
function copiedUnder(f, targets, parsed) {
  const by = f.data?.copiedBy;
  if (!Array.isArray(by) || by.length === 0 || parsed === void 0) return false;
  const sources = parsed.stages.flatMap((st) => st.sources);
  return by.every((c) => {
    if (c.via !== void 0) return false;
    const s = sources.find((x) => (x.line === c.line || x.instructionLine === c.line) && typeof x.dest === "string");
    if (s === void 0 || typeof s.dest !== "string") return false;
    const dest = path.posix.resolve(s.workdir ?? "/", s.dest);
    return targets.every((t) => dest === t || dest.startsWith(t === "/" ? "/" : t + "/"));
  });
}
var LOCAL_IMAGE_CAPPED = /* @__PURE__ */ new Set(["CTX001", "CTX003"]);
function asLocalImage(f, local, parsed) {
  const committedSecret = (f.ruleId === "CTX201" || f.ruleId === "CTX202") && f.data?.committed === true;
  if (f.severity !== "error" || !(LOCAL_IMAGE_CAPPED.has(f.ruleId) || committedSecret) || f.data?.copiedBy === void 0) return f;
  if (local.hiddenUnder !== void 0 && local.hiddenUnder.length > 0 && !copiedUnder(f, local.hiddenUnder, parsed)) return f;
  const hidden = local.hiddenUnder !== void 0 && local.hiddenUnder.length > 0 ? `, and every run that serves it bind-mounts the checkout over ${local.hiddenUnder.join(", ")}, where its COPY put this` : "";
  if (local.untagged) {
    return {
      ...f,
      severity: "warning",
      message: `${f.message} (an image nothing names: ${local.ranBy} builds this stage with no tag, push or output, for what its RUN steps do, and no other build here ships it; a warning at most)`,
      data: { ...f.data, localImage: { ranBy: local.ranBy } }
    };
  }
  const names = local.idFile ? `the image whose id ${local.names.join(", ")} holds` : local.names.join(", ");
  return {
    ...f,
    severity: "warning",
    message: `${f.message} (an image that stays where it is built: ${local.ranBy} runs or scans ${names}, and no workflow, script, Makefile, Compose file or other CI pipeline here pushes, tags or saves it${hidden}; a warning at most)`,
    data: { ...f.data, localImage: { ranBy: local.ranBy } }
  };
}
function asContainerAction(f) {
  const inGit = f.path === ".git" || f.path?.startsWith(".git/") === true;
  if (f.severity !== "error" || !LOCAL_IMAGE_CAPPED.has(f.ruleId) || !inGit) return f;
  return {
    ...f,
    severity: "warning",
    message: `${f.message} (a Docker container action: the Actions runner builds it from a tarball of the ref, without .git, for a workflow that uses it by owner/repo@ref, and from the checkout only for one that uses it locally, where it runs once; a warning at most)`,
    data: { ...f.data, containerAction: true }
  };
}
function unreadableCommit(t, opts) {
  if (!t.gitContext || commitReadable(t.context, opts.repository)) return null;
  return "it builds the Git context of the commit, and this directory has no git index to read what the commit holds; not audited";
}
function runTargets(targets, opts) {
  const walks = { requested: 0, performed: 0, contexts: 0 };
  const walk = memoizedWalk(walks);
  const secretScans = /* @__PURE__ */ new Map();
  const reports = [];
  const findings = [];
  const unplaced = targets.filter((t) => t.unlocated === true).length;
  const deduped = dedupe(targets);
  const others = otherBuildsOf(deduped, opts);
  for (const group of deduped) {
    const { target: t, names, declaredIn } = group;
    const report = {
      // One build a job runs in many steps (horovod's ci.yaml: one `compose build`, then ~45 `compose run`s of the
      // same service per image) is one target: its name gives the first few, and how many more (the table was
      // 5 MB, a name 60 kB; sweep 52/T-F1). `names` keeps them all.
      name: names.length <= MAX_NAMES_SHOWN ? names.join(", ") : `${names.slice(0, MAX_NAMES_SHOWN - 1).join(", ")} (and ${names.length - MAX_NAMES_SHOWN + 1} more)`,
      names,
      declaredIn,
      kind: t.kind,
      context: opts.fetched?.get(t)?.label ?? t.context,
      // (A workflow build whose -f a shell variable names is no build of the default file: the column says so; sweep 52/R-F1.)
      dockerfile: t.dockerfileInline !== void 0 ? INLINE_LABEL : t.dockerfile ? path.relative(t.context, t.dockerfile) || t.dockerfile : t.unlocated === true ? "\u2013" : "Dockerfile",
      stage: t.target ?? null,
      args: t.args,
      namedContexts: { ...t.namedContexts, ...opts.namedContexts },
      result: null,
      error: t.error ?? null,
      skipped: t.skipReason ?? missingIgnoredContext(t, opts) ?? unreadableCommit(t, opts),
      counts: { error: 0, warning: 0, info: 0 }
    };
    reports.push(report);
    const hide = hiderFor(t.redaction);
    if (!report.skipped && !report.error) {
      try {
        const askers = t.target === void 0 ? [] : [...new Set(group.askers)];
        const shown = askers.length > 5 ? [...askers.slice(0, 4), `${askers.length - 4} more`] : askers;
        report.result = auditOne(shown.length > 1 ? { ...t, stageNamedBy: `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` } : t, opts, walk, secretScans, others.get(t));
        if (t.builder !== void 0 && t.builder !== opts.builder) {
          const message = t.builder === "legacy" ? `audited for the legacy builder: ${t.declaredIn} runs \`docker build\` with DOCKER_BUILDKIT=0` : `audited for BuildKit, the builder ${t.declaredIn} runs`;
          report.result.context.notices.unshift({ path: t.declaredIn, message });
        }
        for (const [name, m] of Object.entries(t.madeNamedContexts ?? {})) {
          report.result.context.notices.unshift({ path: t.declaredIn, message: `named context "${name}" (${m.value}) is made by ${m.step} before the build: not in the checkout, not read` });
        }
        const f = opts.fetched?.get(t);
        if (f) {
          report.result.context.root = f.label;
          report.result.context.notices.unshift(f.notice);
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        report.error = e.message;
      }
    }
    if (report.result && t.localImage) {
      const local = t.localImage;
      const parsed = report.result.crossCheck?.parsed;
      report.result.findings = report.result.findings.map((f) => asLocalImage(f, local, parsed));
    }
    if (report.result && (t.testInput || t.templateInput || t.devContainer)) report.result.findings = report.result.findings.map((f) => asTestInput(f, t));
    if (report.result && t.containerAction) report.result.findings = report.result.findings.map(asContainerAction);
    if (report.result && t.stageUnknown) {
      const parsed = report.result.crossCheck?.parsed;
      const shared = parsed === void 0 ? /* @__PURE__ */ new Set() : stagesEveryStageNeeds(parsed);
      const dockerfile = report.result.context.dockerfile;
      const needed = (f) => parsed !== void 0 && typeof f.line === "number" && f.file === dockerfile && shared.has(stageAtLine(parsed, f.line));
      report.result.findings = report.result.findings.map(
        (f) => f.severity === "error" && !needed(f) ? { ...f, severity: "warning", message: `${f.message} (the last stage, audited in place of the one ${t.placedBy ?? "the recipe"} builds, which its caller chooses: a warning at most)`, data: { ...f.data, stageUnknown: true } } : f
      );
    }
    if (report.result && t.contextGuessed) {
      const shown = path.relative(opts.cwd, t.context) || ".";
      report.result.findings = report.result.findings.map((f) => asGuessedContext(f, shown, unplaced, t.copiedAway, t.archivedBy, t.namedBySkipped, t.namedByUnbuilt, t.namedInUnplaced));
    }
    if (report.result) {
      report.dockerfile = report.result.context.dockerfile;
      for (const f of report.result.findings) {
        report.counts[f.severity]++;
        findings.push({ ...redactFinding(f, hide), target: report.name });
      }
    }
    redactReport(report, hide);
  }
  return { schemaVersion: 1, baseDir: opts.baseDir, targets: reports, findings, walks };
}

// src/multi/audit-targets.ts
function collectTargets(req, repository) {
  const sources = req.sources;
  const targets = [];
  if (sources.compose !== null) {
    const files = sources.compose.length > 0 ? sources.compose : composeFilesFromEnv(req.cwd, void 0, req.env) ?? findComposeFiles(req.cwd);
    const found = composeTargets(files, { cwd: req.cwd, env: req.env, repository });
    if (found.length === 0) {
      const v1 = files.map((f) => [f, composeV1Services(path2.resolve(req.cwd, f))]).find(([, names]) => names.length > 0);
      if (v1 !== void 0) {
        throw new InputError(`--compose: ${relativeToBase(req.cwd, v1[0])} has no services: key; ${v1[1].join(", ")} at its top level is the Compose v1 format, which docker compose refuses ("(root) Additional property ${v1[1][0]} is not allowed"); nothing to audit`);
      }
      throw new InputError(`--compose: no service in ${files.map((f) => relativeToBase(req.cwd, f)).join(", ")} has a build: section (docker compose build would build nothing); nothing to audit`);
    }
    targets.push(...found);
  }
  for (const b of sources.bake) {
    const found = bakeTargets(b, req.cwd, repository, bakeFileRelative(req.env) ? void 0 : req.cwd);
    if (found.length === 0) throw new InputError(`--bake: ${relativeToBase(req.cwd, b)} defines no target to build; nothing to audit`);
    targets.push(...found);
  }
  if (sources.all !== null) targets.push(...discoverTargets(sources.all, { cwd: req.cwd, env: req.env, repository }).targets);
  return targets.map((t) => ({ ...t, args: { ...t.args, ...req.buildArgs } }));
}
async function auditTargetsWithConfig(req) {
  const repository = repoBoundary(req.cwd, req.allowOutsideRepo);
  const config = await configForRun(req, req.cwd, req.cwd, repository);
  const urls = req.allowUrlContexts ? await (await import("./url-targets-VDO6A7BW.mjs")).fetchUrlTargets(collectTargets(req, repository), req.env) : null;
  const targets = urls?.targets ?? collectTargets(req, repository);
  try {
    const multi = runTargets(targets, {
      fetched: urls?.fetched,
      repository,
      cwd: req.cwd,
      baseDir: req.cwd,
      builder: req.builder,
      top: req.top,
      namedContexts: req.buildContexts,
      measureExcluded: req.measureExcluded,
      settings: settingsFor(req, config),
      findings: { severity: config.rules, ignores: config.ignores }
    });
    return { multi, failOn: failOnFor(req, config) };
  } finally {
    urls?.cleanup();
  }
}

// src/cli/commands/targets.ts
async function auditTargets(cmd, io) {
  const bad = cmd.outputs.find((o) => !hasMultiReport(o.format));
  if (bad) throw new UsageError(`--format ${bad.format}: not available with --compose, --bake or --all yet`);
  const { multi, failOn } = await auditTargetsWithConfig({ ...cmd, sources: cmd.sources, cwd: io.cwd, env: io.env });
  for (const out of cmd.outputs) {
    await writeReport(io, out.file, [renderMultiReport(out.format, multi, formatOptionsFor(io, cmd, isStdout(out.file), failOn))]);
  }
  const failed = multi.targets.filter((t) => t.error !== null);
  for (const t of failed) await writeText(io.stderr, `ctx-audit: target ${safeText(t.name)}: ${safeText(t.error)}
`);
  if (failed.length > 0) return EXIT_CANNOT_RUN;
  return exitCodeFor(multi.findings, failOn);
}
export {
  auditTargets
};
