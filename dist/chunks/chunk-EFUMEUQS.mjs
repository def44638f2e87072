import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  FORMATS,
  parseMaxGrowth
} from "./chunk-BOXOKJ5W.mjs";
import {
  parseSize
} from "./chunk-VCGU63CK.mjs";
import {
  UsageError
} from "./chunk-C2U46XUJ.mjs";

// src/cli/args.ts
const { parseArgs } = require("node:util");
var FAIL_ON = ["error", "warning", "info", "never"];
var BUILDERS = ["legacy", "buildkit"];
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag}: expected one of ${allowed.join(", ")}, got "${value}"`);
}
var COLOR_OPTIONS = {
  color: { type: "string" },
  "no-color": { type: "boolean" }
};
var COMMON = {
  ...COLOR_OPTIONS,
  file: { type: "string", short: "f" },
  builder: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  target: { type: "string" },
  debug: { type: "boolean" },
  "allow-outside-repo": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
var BY_COMMAND = {
  audit: {
    ...COMMON,
    format: { type: "string", multiple: true },
    output: { type: "string", short: "o", multiple: true },
    "fail-on": { type: "string" },
    top: { type: "string" },
    "max-file-size": { type: "string" },
    "max-context-size": { type: "string" },
    "no-secret-scan": { type: "boolean" },
    config: { type: "string" },
    "no-config": { type: "boolean" },
    baseline: { type: "string" },
    "max-growth": { type: "string" },
    compose: { type: "string", multiple: true },
    bake: { type: "string", multiple: true },
    all: { type: "boolean" },
    "build-context": { type: "string", multiple: true },
    compress: { type: "boolean" },
    "measure-excluded": { type: "boolean" },
    "allow-url-contexts": { type: "boolean" },
    quiet: { type: "boolean", short: "q" }
  },
  rules: { ...COLOR_OPTIONS, help: { type: "boolean", short: "h" }, format: { type: "string" } },
  explain: { ...COLOR_OPTIONS, help: { type: "boolean", short: "h" } },
  ls: { ...COMMON, long: { type: "boolean", short: "l" }, null: { type: "boolean", short: "0" } },
  tar: { ...COMMON, output: { type: "string", short: "o" }, compress: { type: "boolean" } }
};
function attachValues(options, argv) {
  const byName = /* @__PURE__ */ new Map();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== "string") continue;
    byName.set("--" + name, name);
    if (o.short) byName.set("-" + o.short, name);
  }
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const name = byName.get(a);
    if (name !== void 0 && i + 1 < argv.length) {
      out.push(`--${name}=${argv[++i]}`);
    } else out.push(a);
  }
  return out;
}
function parseOptions(options, argv, prefix = "") {
  try {
    return parseArgs({ args: attachValues(options, argv), options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(prefix + String(e.message).split("\n")[0]);
  }
}
function parse(kind, argv) {
  return parseOptions(BY_COMMAND[kind], argv);
}
function parseCommand(argv) {
  const first = argv[0];
  if (first === "help") return { kind: "help", topic: argv[1] };
  if (first === "why") return { kind: "why", argv: argv.slice(1) };
  if (first === "suggest") return { kind: "suggest", argv: argv.slice(1) };
  if (first === "rules") {
    const { values: values2, positionals: positionals2, tokens: tokens2 } = parse("rules", argv.slice(1));
    colorChoice(tokens2 ?? []);
    if (values2.help) return { kind: "help", topic: "rules" };
    if (positionals2.length > 0) throw new UsageError(`rules: unexpected argument "${positionals2[0]}"`);
    return { kind: "rules", format: oneOf("--format", values2.format, ["table", "json", "markdown"], "table") };
  }
  if (first === "explain") {
    const { values: values2, positionals: positionals2, tokens: tokens2 } = parse("explain", argv.slice(1));
    colorChoice(tokens2 ?? []);
    if (values2.help) return { kind: "help", topic: "explain" };
    if (positionals2.length !== 1) throw new UsageError("explain: expected one rule id or name, e.g. ctx-audit explain CTX201");
    return { kind: "explain", rule: positionals2[0] };
  }
  const kind = first === "ls" || first === "tar" ? first : "audit";
  const rest = kind === "audit" ? optionalComposeValue(argv) : argv.slice(1);
  const { values, positionals, tokens } = parse(kind, rest);
  const v = values;
  if (v.help) return { kind: "help", topic: kind === "audit" ? void 0 : kind };
  if (v.version) return { kind: "version" };
  if (positionals.length > 1) throw new UsageError(`expected at most one CONTEXT, got ${positionals.length}: ${positionals.join(" ")}`);
  const common = {
    context: positionals[0] ?? ".",
    file: v.file,
    // BuildKit is what `docker build` runs since Docker Engine 23; --builder legacy switches every
    // figure and rule to DOCKER_BUILDKIT=0.
    builder: oneOf("--builder", v.builder, BUILDERS, kind === "tar" ? "legacy" : "buildkit"),
    builderExplicit: v.builder !== void 0,
    buildArgs: parseBuildArgs(values["build-arg"] ?? []),
    target: v.target,
    debug: v.debug === true,
    allowOutsideRepo: v["allow-outside-repo"] === true
  };
  if (common.target === "") throw new UsageError("--target: expected a stage name");
  if (kind === "tar" && common.builder === "buildkit") {
    throw new UsageError("tar: BuildKit sends no tar (it streams files); the tar command describes --builder legacy");
  }
  if (common.file === "") throw new UsageError("-f/--file: expected a path");
  const color = colorChoice(tokens ?? []);
  switch (kind) {
    case "audit": {
      const sources = targetSources(v, values, positionals, common);
      const top = v.top === void 0 ? 10 : Number(v.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, got "${v.top}"`);
      const outputs = pairOutputs(tokens ?? []);
      if (v.quiet === true && !outputs.some((o) => o.format === "table")) throw new UsageError("-q/--quiet shapes the table report, and no --format table is written");
      return {
        kind,
        ...common,
        outputs,
        failOn: v["fail-on"] === void 0 ? void 0 : oneOf("--fail-on", v["fail-on"], FAIL_ON, "error"),
        top,
        maxFileSize: sizeFlag("--max-file-size", v["max-file-size"]),
        maxContextSize: sizeFlag("--max-context-size", v["max-context-size"]),
        secretScan: v["no-secret-scan"] === true ? false : void 0,
        config: v.config,
        noConfig: v["no-config"] === true,
        ...baselineFlags(v.baseline, v["max-growth"]),
        ...sources ? { sources } : {},
        buildContexts: parseBuildContexts(values["build-context"] ?? []),
        compress: v.compress === true,
        measureExcluded: v["measure-excluded"] === true,
        allowUrlContexts: v["allow-url-contexts"] === true,
        quiet: v.quiet === true,
        color
      };
    }
    case "ls":
      if (v.long === true && common.builder === "buildkit") throw new UsageError("ls --long describes tar entries: add --builder legacy");
      return { kind, ...common, long: v.long === true, nul: v.null === true };
    case "tar": {
      const output = v.output;
      if (output === void 0 || output === "") throw new UsageError("tar: -o/--output FILE is required (use - for stdout)");
      return { kind, ...common, output, compress: v.compress === true };
    }
  }
}
function parseBuildArgs(list) {
  const out = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq === 0) throw new UsageError(`--build-arg: expected KEY=VALUE, got "${item}"`);
    if (eq < 0) continue;
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}
function sizeFlag(flag, value) {
  if (value === void 0) return void 0;
  const n = parseSize(value);
  if (n === null) throw new UsageError(`${flag}: expected a size like 10MB, 512KiB or 1048576, got "${value}"`);
  return n;
}
function baselineFlags(baseline, maxGrowth) {
  if (baseline === "") throw new UsageError("--baseline: expected a file (a previous --format json report)");
  if (maxGrowth !== void 0 && baseline === void 0) throw new UsageError("--max-growth: needs --baseline FILE to compare with");
  return { ...baseline !== void 0 ? { baseline } : {}, ...maxGrowth !== void 0 ? { maxGrowth: parseMaxGrowth(maxGrowth) } : {} };
}
function pairOutputs(tokens) {
  const outputs = [];
  let leading = null;
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "format") {
      const value = t.value ?? "";
      const eq = value.indexOf("=");
      if (eq >= 0 && eq === value.length - 1) throw new UsageError(`--format ${value}: expected FORMAT=FILE, e.g. --format json=report.json`);
      const format = oneOf("--format", eq < 0 ? value : value.slice(0, eq), FORMATS, "table");
      if (leading !== null) {
        throw new UsageError(`--output ${leading} comes before any --format, so it is unclear which report it is for: put it after its format (--format ${format} --output ${leading}) or write --format ${format}=${leading}`);
      }
      outputs.push(eq < 0 ? { format } : { format, file: value.slice(eq + 1) });
    } else if (t.name === "output") {
      if (!t.value) throw new UsageError("--output: expected a file name");
      const last = outputs[outputs.length - 1];
      if (outputs.length === 0) {
        if (leading !== null) throw new UsageError(`--output ${t.value}: each --output follows its own --format (or use --format FORMAT=FILE)`);
        leading = t.value;
      } else if (last.file !== void 0) throw new UsageError(`--output ${t.value}: each --output follows its own --format (or use --format FORMAT=FILE)`);
      else last.file = t.value;
    }
  }
  if (outputs.length === 0) outputs.push(leading === null ? { format: "table" } : { format: "table", file: leading });
  const toStdout = outputs.filter((o) => o.file === void 0 || o.file === "-");
  if (toStdout.length > 1) throw new UsageError(`--format: only one format can go to stdout; give the others --output FILE (got ${toStdout.map((o) => o.format).join(", ")})`);
  return outputs;
}
function colorChoice(tokens) {
  let choice = "auto";
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "no-color") choice = "never";
    else if (t.name === "color") choice = oneOf("--color", t.value, ["auto", "always", "never"], "auto");
  }
  return choice;
}
function optionalComposeValue(argv) {
  return argv.map((a, i) => a === "--compose" && (i + 1 >= argv.length || argv[i + 1].startsWith("-")) ? "--compose=" : a);
}
function targetSources(v, values, positionals, common) {
  const compose = values.compose ?? null;
  const bake = values.bake ?? [];
  const all = v.all === true;
  if (compose === null && bake.length === 0 && !all) return void 0;
  if (bake.some((b) => b === "")) throw new UsageError("--bake: expected a JSON file (docker buildx bake --print > bake.json)");
  if (!all && positionals.length > 0) throw new UsageError(`--compose/--bake: unexpected CONTEXT "${positionals[0]}" (each target declares its own)`);
  if (common.file !== void 0) throw new UsageError("-f/--file cannot be combined with --compose, --bake or --all (each target declares its Dockerfile)");
  if (common.target !== void 0) throw new UsageError("--target cannot be combined with --compose, --bake or --all (each target declares its stage)");
  if (v.baseline !== void 0) throw new UsageError("--baseline cannot be combined with --compose, --bake or --all (it compares one context with its previous report)");
  if (v["max-growth"] !== void 0) throw new UsageError("--max-growth cannot be combined with --compose, --bake or --all (it needs --baseline, which compares one context)");
  if (v.compress === true) throw new UsageError("--compress cannot be combined with --compose, --bake or --all (they build with BuildKit, which ignores it; audit one context with --compress)");
  return { compose: compose && compose.filter((f) => f !== ""), bake, all: all ? positionals[0] ?? "." : null };
}
function parseBuildContexts(list) {
  const out = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq <= 0 || eq === item.length - 1) throw new UsageError(`--build-context: expected NAME=PATH, got "${item}"`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

export {
  oneOf,
  COLOR_OPTIONS,
  parseOptions,
  parseCommand,
  parseBuildArgs,
  colorChoice,
  parseBuildContexts
};
