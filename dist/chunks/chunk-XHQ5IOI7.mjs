import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  YAML_OPTIONS,
  describePosition,
  describeYamlError,
  jsonErrorPosition
} from "./chunk-JI6YQEWK.mjs";
import {
  DEFAULT_SETTINGS,
  assertAuditInputsInsideRepo,
  compareWithBaseline,
  displayPath,
  isRuleId,
  readBaseline,
  runAudit,
  sentFilesOf,
  writeText
} from "./chunk-BOXOKJ5W.mjs";
import {
  parseSize
} from "./chunk-VCGU63CK.mjs";
import {
  FileTooLargeError,
  MAX_BUILD_FILE_BYTES,
  NotRegularFileError,
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  assertInsideRepo,
  repoBoundary
} from "./chunk-26EYPM73.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";

// src/cli/output.ts
const fs = require("node:fs");
const path = require("node:path");

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
const process = require("node:process");
const os = require("node:os");
const tty = require("node:tty");
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel2 = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel2 : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/reporters/color.ts
function colorLevel(env2, isTTY, choice = "auto") {
  if (choice === "never") return 0;
  if (choice === "always") return env2.FORCE_COLOR === "2" ? 2 : env2.FORCE_COLOR === "3" ? 3 : 1;
  if (env2.NO_COLOR !== void 0 && env2.NO_COLOR !== "") return 0;
  const force = env2.FORCE_COLOR;
  if (force !== void 0) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (!isTTY || env2.TERM === "dumb") return 0;
  return 1;
}
function makeColors(level) {
  return new Chalk({ level });
}

// src/cli/output.ts
var isStdout = (file) => file === void 0 || file === "-";
function formatOptionsFor(io, flags, toTerminal, failOn) {
  return {
    // --color=always colours a file too; otherwise only stdout may be coloured.
    colors: makeColors(toTerminal || flags.color === "always" ? colorLevel(io.env, io.stdout.isTTY === true, flags.color) : 0),
    // A terminal is laid out for its own width; a pipe (a CI log) for COLUMNS when it is set, as `ls`
    // and `git` read it, else 80 columns; a file for 80.
    width: !toTerminal ? void 0 : io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : columnsFromEnv(io.env),
    failOn,
    quiet: flags.quiet,
    base: io.cwd
  };
}
function columnsFromEnv(env2) {
  const v = env2.COLUMNS;
  if (v === void 0 || !/^[1-9][0-9]{0,3}$/.test(v.trim())) return void 0;
  return Math.min(1e3, Number(v.trim()));
}
async function writeReport(io, file, chunks) {
  if (isStdout(file)) {
    for (const chunk of chunks) await writeText(io.stdout, chunk);
    return;
  }
  const fd = fs.openSync(path.resolve(io.cwd, file), "w");
  try {
    for (const chunk of chunks) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

// src/config/config.ts
const fs2 = require("node:fs");
const path2 = require("node:path");
async function yamlParser() {
  const yaml = (await import("./dist-XL7LF62T.mjs")).default;
  return (text) => yaml.parse(text, YAML_OPTIONS);
}
var CONFIG_NAMES = [".ctx-audit.json", ".ctx-audit.yaml", ".ctx-audit.yml"];
var SEVERITIES = ["error", "warning", "info", "off"];
var FAIL_ON = ["error", "warning", "info", "never"];
var CONFIG_KEYS = {
  $schema: "The JSON Schema this file follows, for editors; ctx-audit does not read it.",
  failOn: "Exit 1 on a finding at or above this severity (flag: --fail-on). Default: error.",
  maxFileSize: "CTX001: a sent file larger than this is reported (flag: --max-file-size). Bytes, or a size like 5MB, 1.5GiB.",
  maxContextSize: "CTX002: the upload budget, on the selected builder's figure (flag: --max-context-size). Bytes, a size like 200MB, or null for none.",
  secretContent: "CTX202: scan the contents of sent files for credentials (true/false), or { enabled, maxBytes } (flag: --no-secret-scan).",
  rules: "Per-rule severity: a rule id mapped to error, warning, info or off.",
  ignore: "Path-scoped suppressions: findings on these paths (gitignore syntax) are dropped, for the listed rules or all."
};
var SECRET_CONTENT_KEYS = {
  enabled: "Whether to read file contents at all.",
  maxBytes: "How much of each file to read, in bytes or a size like 1MiB."
};
var IGNORE_ENTRY_KEYS = {
  paths: "gitignore-style patterns, relative to the context (one string or a non-empty list).",
  rules: "Rule ids to drop on those paths; omit for every rule."
};
var TOP_KEYS = Object.keys(CONFIG_KEYS);
var known = (keys) => Object.keys(keys).join(", ");
function findConfigFile(contextDir, stopAt) {
  let dir = path2.resolve(contextDir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const p = path2.join(dir, name);
      if (fs2.existsSync(p)) return p;
    }
    if (fs2.existsSync(path2.join(dir, ".git")) || stopAt !== void 0 && sameDir(dir, stopAt)) return null;
    const parent = path2.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function sameDir(a, b) {
  try {
    return a === b || fs2.realpathSync(a) === fs2.realpathSync(b);
  } catch {
    return false;
  }
}
async function configForRun(flags, startDir, cwd, repository) {
  if (flags.noConfig) return emptyConfig();
  const file = flags.config !== void 0 ? path2.resolve(cwd, flags.config) : findConfigFile(startDir, repository.root);
  if (file === null) return emptyConfig();
  assertInsideRepo(repository, file, "config file", flags.config ?? (path2.relative(cwd, file) || file));
  return loadConfig(file);
}
function emptyConfig() {
  return { source: null, rules: {}, ignores: [] };
}
async function loadConfig(file) {
  let text;
  try {
    text = readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString("utf8");
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    const why = e instanceof NotRegularFileError ? "not a regular file" : e.code ?? "error";
    throw new InputError(`${file}: cannot read config (${why})`);
  }
  const parse = file.endsWith(".json") ? JSON.parse : await yamlParser();
  let raw;
  try {
    raw = parse(text);
  } catch (e) {
    const json = file.endsWith(".json");
    throw new InputError(`${file}: not valid ${json ? "JSON" : "YAML"} (${json ? describePosition(jsonErrorPosition(text)) : describeYamlError(e, text)})`);
  }
  return parseConfig(raw ?? {}, file);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseConfig(raw, where) {
  const fail = (key, msg) => {
    throw new InputError(`${where}: ${key}: ${msg}`);
  };
  if (!isObject(raw)) fail("(top level)", "expected a mapping");
  const doc = raw;
  const cfg = { source: where, rules: {}, ignores: [] };
  for (const key of Object.keys(doc)) if (!TOP_KEYS.includes(key)) fail(key, `unknown key (known: ${TOP_KEYS.slice(1).join(", ")})`);
  if (doc.$schema !== void 0 && typeof doc.$schema !== "string") fail("$schema", "expected the URL or path of the JSON Schema");
  const size = (key, v) => {
    const n = typeof v === "number" || typeof v === "string" ? parseSize(v) : null;
    return n ?? fail(key, `expected a size like 10MB or a number of bytes, got ${JSON.stringify(v)}`);
  };
  if (doc.failOn !== void 0) {
    if (!FAIL_ON.includes(doc.failOn)) fail("failOn", `expected one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(doc.failOn)}`);
    cfg.failOn = doc.failOn;
  }
  if (doc.maxFileSize !== void 0) cfg.maxFileSize = size("maxFileSize", doc.maxFileSize);
  if (doc.maxContextSize !== void 0) cfg.maxContextSize = doc.maxContextSize === null ? null : size("maxContextSize", doc.maxContextSize);
  if (doc.secretContent !== void 0) {
    const s = doc.secretContent;
    if (typeof s === "boolean") cfg.secretContent = { enabled: s };
    else if (isObject(s)) {
      cfg.secretContent = {};
      for (const k of Object.keys(s)) {
        if (k === "enabled") {
          if (typeof s.enabled !== "boolean") fail("secretContent.enabled", "expected true or false");
          cfg.secretContent.enabled = s.enabled;
        } else if (k === "maxBytes") cfg.secretContent.maxBytes = size("secretContent.maxBytes", s.maxBytes);
        else fail(`secretContent.${k}`, `unknown key (known: ${known(SECRET_CONTENT_KEYS)})`);
      }
    } else fail("secretContent", "expected true, false or { enabled, maxBytes }");
  }
  if (doc.rules !== void 0) {
    if (!isObject(doc.rules)) fail("rules", "expected a mapping of rule id to error, warning, info or off");
    for (const [id, v] of Object.entries(doc.rules)) {
      if (!isRuleId(id)) fail(`rules.${id}`, "unknown rule id (see `ctx-audit rules`)");
      if (!SEVERITIES.includes(v)) fail(`rules.${id}`, `expected one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(v)}`);
      cfg.rules[id] = v;
    }
  }
  if (doc.ignore !== void 0) {
    if (!Array.isArray(doc.ignore)) fail("ignore", "expected a list of { paths, rules }");
    doc.ignore.forEach((item, i) => {
      const key = `ignore[${i}]`;
      if (!isObject(item)) fail(key, "expected { paths: [...], rules: [...] }");
      const it = item;
      for (const k of Object.keys(it)) if (!(k in IGNORE_ENTRY_KEYS)) fail(`${key}.${k}`, `unknown key (known: ${known(IGNORE_ENTRY_KEYS)})`);
      const paths = typeof it.paths === "string" ? [it.paths] : it.paths;
      if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === "string" && p !== "")) fail(`${key}.paths`, "expected a non-empty list of gitignore-style patterns");
      const entry = { paths };
      if (it.rules !== void 0) {
        if (!Array.isArray(it.rules)) fail(`${key}.rules`, "expected a list of rule ids");
        for (const id of it.rules) if (typeof id !== "string" || !isRuleId(id)) fail(`${key}.rules`, `unknown rule id ${JSON.stringify(id)}`);
        entry.rules = it.rules;
      }
      cfg.ignores.push(entry);
    });
  }
  return cfg;
}

// src/configured-audit.ts
const path3 = require("node:path");
function settingsFor(flags, config) {
  return {
    maxFileSize: flags.maxFileSize ?? config.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize,
    maxContextSize: flags.maxContextSize ?? config.maxContextSize ?? DEFAULT_SETTINGS.maxContextSize,
    secretContent: {
      enabled: flags.secretScan ?? config.secretContent?.enabled ?? DEFAULT_SETTINGS.secretContent.enabled,
      maxBytes: config.secretContent?.maxBytes ?? DEFAULT_SETTINGS.secretContent.maxBytes
    }
  };
}
function failOnFor(flags, config) {
  return flags.failOn ?? config.failOn ?? "error";
}
async function auditWithConfig(req) {
  const input = req.input;
  const repository = repoBoundary(req.cwd, req.allowOutsideRepo);
  if (!input) assertAuditInputsInsideRepo({ context: req.context, file: req.file, cwd: req.cwd, namedContexts: req.buildContexts, repository, builder: req.builder });
  const config = await configForRun(req, input?.configDir ?? path3.resolve(req.cwd, req.context), req.cwd, repository);
  const baseline = req.baseline === void 0 ? null : readBaseline(path3.resolve(req.cwd, req.baseline), req.baseline);
  const dockerfileStdin = await req.readDockerfileStdin?.();
  const result = runAudit({
    context: req.context,
    file: req.file,
    dockerfileStdin,
    cwd: req.cwd,
    builder: req.builder,
    top: req.top,
    buildArgs: req.buildArgs,
    target: req.target,
    namedContexts: req.buildContexts,
    measureExcluded: req.measureExcluded,
    repository: input ? void 0 : repository,
    settings: settingsFor(req, config),
    findings: { severity: config.rules, ignores: config.ignores },
    onProgress: req.onProgress,
    onSecretScan: req.onSecretScan,
    onRules: req.onRules,
    ...input?.audit
  });
  req.onAudited?.();
  if (input) {
    result.context.root = input.notice.path;
    result.context.notices.unshift(input.notice);
    result.findings = result.findings.filter((f) => f.ruleId !== "CTX301");
  }
  if (req.compress) {
    result.context.compressed = input?.compressed ?? await (await import("./compressed-upload-NPPHVODI.mjs")).measureCompressedUpload(result.legacy, { buildTimeEntries: input?.buildTimeEntries, unreproducible: input?.compressUnreproducible });
  }
  if (baseline && req.baseline !== void 0) {
    result.baseline = compareWithBaseline(result, baseline, { file: req.baseline, builder: req.builder, maxGrowth: req.maxGrowth ?? null, sentFiles: sentFilesOf(result, displayPath) });
  }
  return { result, failOn: failOnFor(req, config) };
}

export {
  isStdout,
  formatOptionsFor,
  writeReport,
  configForRun,
  settingsFor,
  failOnFor,
  auditWithConfig
};
