import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  GO_YAML_OPTIONS,
  YAML_OPTIONS,
  describePosition,
  describeYamlError,
  jsonErrorPosition
} from "./chunk-JI6YQEWK.mjs";
import {
  INSTRUCTIONS,
  WORKFLOW_DIRS,
  buildxLowercaseDockerfile,
  customFrontend,
  escapeRegExp,
  filepathMatch,
  gitDirOf,
  gitIgnoresMissingPath,
  gitOracles,
  hasTrackedBelow,
  isLocalContextValue,
  isTracked,
  lineWriting,
  mergedPreparers,
  packageScripts,
  parseDockerfile,
  parseGoBool,
  preparerOf,
  readGitIndex,
  recipeWrites,
  require_ignore,
  scriptCopyingInto,
  uncheckedSubmodule,
  uncheckedSubmodules,
  withoutJsonComments
} from "./chunk-BOXOKJ5W.mjs";
import {
  EXAMPLE_DIR,
  TEST_DIR,
  THIRD_PARTY_DIR,
  literalComponents
} from "./chunk-VCGU63CK.mjs";
import {
  require_dist
} from "./chunk-D5CYGX7M.mjs";
import {
  FileTooLargeError,
  MAX_BUILD_FILE_BYTES,
  NotRegularFileError,
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  ALLOW_OUTSIDE_FLAG,
  OutsideRepositoryError,
  assertInsideRepo,
  assertInsideRepoIfExists,
  findRepoRoot,
  isInside,
  resolvedLocation
} from "./chunk-26EYPM73.mjs";
import {
  toByteString
} from "./chunk-PCHR3W3Q.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5POXV72P.mjs";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten2(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten2;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path5 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path5.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare2);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare2(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber2) => {
      return (value) => toNumber2 === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber2) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber2 === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber2 = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber2);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber2));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path5.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path5 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path5.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix3 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path5.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix3 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix3 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path5 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename5 = path5.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename5);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative5 = [];
      for (const pattern of patterns) {
        if (isAbsolute3(pattern)) {
          absolute.push(pattern);
        } else {
          relative5.push(pattern);
        }
      }
      return [absolute, relative5];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute3(pattern) {
      return path5.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute3;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs5 = require_fs();
    exports.fs = fs5;
    var path5 = require_path();
    exports.path = path5;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore2 = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore2);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore2) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore2);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path5, settings, callback) {
      settings.fs.lstat(path5, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path5, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path5, settings) {
      const lstat = settings.fs.lstatSync(path5);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path5);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs5 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs5.lstat,
      stat: fs5.stat,
      lstatSync: fs5.lstatSync,
      statSync: fs5.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs5 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs5.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path5, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path5, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path5, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync4(path5, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path5, settings);
    }
    exports.statSync = statSync4;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs5 = require_fs3();
    exports.fs = fs5;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path5 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path5, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path5,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs5 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs5.lstat,
      stat: fs5.stat,
      lstatSync: fs5.lstatSync,
      statSync: fs5.statSync,
      readdir: fs5.readdir,
      readdirSync: fs5.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsStat = require_out();
    var fs5 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs5.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path5.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path5, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path5, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path5, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path5, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path5, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve5, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve5(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve5, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve5(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve5) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve5();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve5();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path5.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path5.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve5, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve5(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve5, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve5(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve5, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve5(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments2 = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments2);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments: segments2,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments2) {
        return utils.array.splitWhen(segments2, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory2) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory2);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory2);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory2);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory2);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory2) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path5.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs5 = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs5.lstat,
      lstatSync: fs5.lstatSync,
      stat: fs5.stat,
      statSync: fs5.statSync,
      readdir: fs5.readdir,
      readdirSync: fs5.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix3;
      (function(posix4) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix4.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix4.convertPathToPattern = convertPathToPattern2;
      })(posix3 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/targets/bake.ts
const fs = require("node:fs");
const path = require("node:path");

// src/targets/target.ts
function isRemoteContext(value) {
  return /^(https?:\/\/|git:\/\/|ssh:\/\/|github\.com\/|git@)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}
function buildKey(t) {
  if (t.unlocated === true) return JSON.stringify(["unlocated", t.name, t.context, t.dockerfile ?? null]);
  if (t.skipReason !== void 0) return JSON.stringify(["skipped", t.name, t.context, t.dockerfile ?? null]);
  const sorted = (r) => Object.keys(r).sort().map((k) => [k, r[k]]);
  return JSON.stringify([t.context, t.dockerfile ?? `${t.context}/Dockerfile`, t.dockerfileInline ?? null, t.target ?? null, sorted(t.args), sorted(t.namedContexts), t.preparedBy ?? null, sorted(t.argsAtRunTime ?? {}), t.gitContext ?? false, t.builder ?? null]);
}

// src/targets/bake.ts
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readJson(file) {
  let text;
  try {
    text = readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString("utf8");
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    throw new InputError(`${file}: ${e.code === "ENOENT" ? "no such file" : String(e.message)}`);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not JSON (${describePosition(jsonErrorPosition(text))}); for HCL run \`docker buildx bake --print > bake.json\` and pass that`);
  }
  if (!isMap(doc) || !isMap(doc.target)) throw new InputError(`${file}: expected a "target" object as \`docker buildx bake --print\` emits`);
  const matrixBlocks = {};
  const target = expandMatrices(doc.target, matrixBlocks);
  return { ...doc, target, [MATRIX_BLOCKS]: matrixBlocks };
}
var MATRIX_BLOCKS = "\0matrixBlocks";
function substitute(text, vars) {
  let missing = false;
  const out = text.replace(/\$\{\s*([A-Za-z_][\w-]*)\s*\}/g, (m, k) => {
    if (Object.hasOwn(vars, k)) return vars[k];
    missing = true;
    return m;
  });
  return missing ? null : out;
}
function substituteAll(v, vars) {
  if (typeof v === "string") return substitute(v, vars) ?? v;
  if (Array.isArray(v)) return v.map((x) => substituteAll(x, vars));
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substituteAll(x, vars)]));
  return v;
}
function expandMatrices(targets, blocks = {}) {
  const out = {};
  for (const [name, t] of Object.entries(targets)) {
    const matrix = isMap(t) ? t.matrix : void 0;
    if (!isMap(t) || !isMap(matrix) || typeof t.name !== "string") {
      out[name] = t;
      continue;
    }
    const axes = Object.entries(matrix);
    if (axes.length === 0 || !axes.every(([, vs]) => Array.isArray(vs) && vs.length > 0 && vs.every((x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean"))) {
      out[name] = t;
      continue;
    }
    let combos = [{}];
    for (const [k, vs] of axes) combos = combos.flatMap((c) => vs.map((x) => ({ ...c, [k]: String(x) }))).slice(0, 256);
    const template = t.name;
    const rest = Object.fromEntries(Object.entries(t).filter(([k]) => k !== "matrix" && k !== "name"));
    for (const c of combos) {
      const n = substitute(template, c);
      if (n === null || Object.hasOwn(out, n)) continue;
      out[n] = substituteAll(rest, c);
      (blocks[name] ??= []).push(n);
    }
  }
  return out;
}
function stringMap(v, where) {
  if (v === void 0) return void 0;
  if (!isMap(v)) throw new InputError(`${where}: expected an object`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? null : String(x)]));
}
function flatten(all, name, file, seen = []) {
  if (seen.includes(name)) throw new InputError(`${file}: target "${name}" inherits itself (${[...seen, name].join(" -> ")})`);
  const raw = all[name];
  if (!isMap(raw)) throw new InputError(`${file}: no target "${name}"`);
  const where = `${file}: target.${name}`;
  const own = {
    context: raw.context === void 0 ? void 0 : String(raw.context),
    dockerfile: raw.dockerfile === void 0 ? void 0 : String(raw.dockerfile),
    "dockerfile-inline": raw["dockerfile-inline"] === void 0 ? void 0 : String(raw["dockerfile-inline"]),
    target: raw.target === void 0 ? void 0 : String(raw.target),
    args: stringMap(raw.args, `${where}.args`),
    contexts: stringMap(raw.contexts, `${where}.contexts`)
  };
  let merged = {};
  const parents = Array.isArray(raw.inherits) ? raw.inherits.map(String) : [];
  for (const p of [...parents.map((p2) => flatten(all, p2, file, [...seen, name])), own]) {
    const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== void 0));
    merged = { ...merged, ...defined, args: { ...merged.args, ...p.args }, contexts: { ...merged.contexts, ...p.contexts } };
  }
  return merged;
}
function groupTargets(doc, group, out, seen = /* @__PURE__ */ new Set()) {
  const groups = isMap(doc.group) ? doc.group : {};
  const g = groups[group];
  if (seen.has(group) || !isMap(g)) return;
  seen.add(group);
  const blocks = doc[MATRIX_BLOCKS] ?? {};
  for (const t of Array.isArray(g.targets) ? g.targets.map(String) : []) {
    if (isMap(groups[t])) groupTargets(doc, t, out, seen);
    else if (Object.hasOwn(blocks, t)) for (const n of blocks[t]) out.add(n);
    else out.add(t);
  }
}
function templateOnly(doc, name) {
  const targets = isMap(doc.target) ? doc.target : {};
  const inherited = Object.entries(targets).some(([n, t]) => n !== name && isMap(t) && Array.isArray(t.inherits) && t.inherits.map(String).includes(name));
  if (!inherited) return false;
  const groups = isMap(doc.group) ? doc.group : {};
  const named = /* @__PURE__ */ new Set();
  for (const g of Object.keys(groups)) groupTargets(doc, g, named);
  return !named.has(name);
}
function bakeTargets(file, cwd, repository, runDir) {
  const abs = path.resolve(cwd, file);
  assertInsideRepo(repository, abs, "Bake file", file);
  const doc = readJson(abs);
  const all = doc.target;
  const baseDir = runDir ?? path.dirname(abs);
  const chosen = /* @__PURE__ */ new Set();
  groupTargets(doc, "default", chosen);
  const dangling = [...chosen].filter((n) => !isMap(all) || !Object.hasOwn(all, n)).sort();
  const besides = ["docker-bake.override.json", "docker-bake.override.hcl", "docker-bake.hcl", "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"].some((f) => f !== path.basename(abs) && fs.existsSync(path.join(path.dirname(abs), f)));
  for (const n of dangling) chosen.delete(n);
  const auditAll = dangling.length > 0 && chosen.size === 0 && !besides;
  const queue = [...chosen];
  while (queue.length > 0 && chosen.size < 512) {
    const n = queue.pop();
    if (all === null || typeof all !== "object" || !Object.hasOwn(all, n)) continue;
    for (const v of Object.values(flatten(all, n, abs).contexts ?? {})) {
      const link = typeof v === "string" ? /^target:(.+)$/.exec(v) : null;
      if (link === null || chosen.has(link[1]) || !Object.hasOwn(all, link[1])) continue;
      chosen.add(link[1]);
      queue.push(link[1]);
    }
  }
  const names = chosen.size > 0 || dangling.length > 0 && !auditAll ? [...chosen] : Object.keys(isMap(all) ? all : {}).filter((n) => !templateOnly(doc, n));
  const declaredIn = path.relative(cwd, abs) || abs;
  const missing = dangling.map((name) => ({
    name,
    declaredIn,
    kind: "bake",
    context: baseDir,
    args: {},
    namedContexts: {},
    skipReason: besides ? `the default group names target "${name}", which ${declaredIn} does not define (a file bake reads with it may): not audited` : `the default group names target "${name}", which ${declaredIn} does not define: \`docker buildx bake\` with no target fails on it; ${auditAll ? "every target is audited as built by name" : "the group's other targets are audited"}`
  }));
  return [...missing, ...names.sort().map((name) => {
    const t = flatten(all, name, abs);
    const ctxValue = t.context ?? ".";
    const context = isRemoteContext(ctxValue) ? ctxValue : path.resolve(baseDir, ctxValue);
    const args = {};
    for (const [k, v] of Object.entries(t.args ?? {})) if (v !== null) args[k] = v;
    const namedContexts = Object.fromEntries(Object.entries(t.contexts ?? {}).map(([k, v]) => [k, isLocalContextValue(v) && !isRemoteContext(v) ? path.resolve(baseDir, v) : v]));
    const out = { name, declaredIn, kind: "bake", context, args, namedContexts };
    if (t["dockerfile-inline"] !== void 0) out.dockerfileInline = t["dockerfile-inline"];
    else if (t.dockerfile !== void 0) out.dockerfile = path.resolve(context, t.dockerfile);
    if (t.target !== void 0) out.target = t.target;
    if (isRemoteContext(ctxValue)) out.skipReason = `remote context ${ctxValue} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)`;
    return out;
  })];
}
function bakeFileRelative(env) {
  return parseGoBool(env.BUILDX_BAKE_FILE_RELATIVE_PATHS) === true;
}

// src/targets/local-image.ts
function localImageNames(tags, pushes) {
  if (pushes || tags.length === 0) return null;
  const names = [];
  for (const t of tags) {
    const m = /^((?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::([\w][\w.-]{0,127}))?$/.exec(t);
    if (m === null) return null;
    names.push(m[1]);
  }
  return [...new Set(names)];
}
function buildPushes(words) {
  return words.some((w) => /^--push(?:=|$)/.test(w) && w !== "--push=false" || /^(?:-o|--output|--cache-to)(?:=|$)/.test(w) || /^-o\S/.test(w));
}
function logicalLines(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts = [lines[i]];
    let length = lines[i].length;
    while (/\\[ \t]*$/.test(parts[parts.length - 1]) && i + 1 < lines.length && length < 1 << 16) {
      parts[parts.length - 1] = parts[parts.length - 1].replace(/\\[ \t]*$/, " ");
      parts.push(lines[++i]);
      length += lines[i].length;
    }
    out.push({ line: start + 1, text: parts.join("") });
  }
  return out;
}
function command(segment) {
  const c = segment.replace(/\s+/g, " ").trim();
  return c.length > 4096 ? null : c;
}
var LEAD = String.raw`^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:docker|podman|\$[({]?\w+[)}]?) (?:(?:--[\w-]+=[^ ]+|(?:--config|--context|-c|-H|--host|--log-level|-l) [^ ]+|--tls\w*|-D|--debug) )*`;
var RUNS = new RegExp(`${LEAD}(?:container )?(?:run|create)\\b`);
var SCANS = /^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:trivy (?:--[\w-]+(?:=[^ ]+)? )*(?:image|i)|grype)(?= )/;
var SCAN_ACTIONS = {
  "aquasecurity/trivy-action": "image-ref",
  "anchore/scan-action": "image"
};
function scannedBy(uses, inputs, names) {
  if (typeof uses !== "string" || typeof inputs !== "object" || inputs === null) return null;
  const input = SCAN_ACTIONS[uses.replace(/@.*$/, "").toLowerCase()];
  const value = input === void 0 ? void 0 : inputs[input];
  if (typeof value !== "string") return null;
  const m = /^([a-z0-9][a-z0-9._-]*)(?::[\w][\w.-]*)?$/.exec(value.trim());
  return m !== null && names.includes(m[1]) ? { input, value } : null;
}
function jobUseOf(steps, names) {
  let first = -1;
  const scanLines = [];
  steps.forEach((step, i) => {
    const st = step ?? {};
    const scan = scannedBy(st.uses, st.with, names);
    if (scan !== null) scanLines.push(`${scan.input}: ${scan.value}`, `${scan.input}: "${scan.value}"`, `${scan.input}: '${scan.value}'`);
    if (first < 0 && (scan !== null || typeof st.run === "string" && runLineOf(st.run, names) !== null)) first = i;
  });
  return { first, scanLines };
}
var INERT = new RegExp(`${LEAD}(?:(?:buildx |image )?build\\b|(?:container )?(?:run|create|cp|rm|start|stop|kill|wait|logs|inspect|exec)\\b|(?:image )?(?:rm|inspect)\\b|rmi\\b)`);
var COMPOSE_HEAD = /^(?:- )?(?:(?:run|command|script|cmd) ?: ?[|>]?[-+]? ?)?(?:[@+-] ?)*(?:sudo )?(?:[A-Za-z_]\w*=[^ ]* )*(?:docker compose|docker-compose|podman compose|podman-compose|\$[({]?\w+[)}]? compose)(?= |$)/;
var COMPOSE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory"]);
var COMPOSE_INERT_SUBS = /* @__PURE__ */ new Set(["up", "run", "build", "down", "logs", "rm", "stop", "start", "ps", "exec", "kill", "wait", "create", "restart"]);
function composeInert(command2) {
  const head = COMPOSE_HEAD.exec(command2);
  if (head === null) return false;
  const words = command2.slice(head[0].length).trim().split(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (COMPOSE_VALUE_OPTIONS.has(w)) i++;
    else if (!w.startsWith("-")) return COMPOSE_INERT_SUBS.has(w);
  }
  return false;
}
function nameWord(names) {
  return new RegExp(`(?<![\\w./@-])(?:${names.map(escapeRegExp).join("|")})(?::[\\w][\\w.-]*)?(?![\\w./@-])`);
}
var segments = (line) => line.split(/&&|\|\||;|\||\$\((?=\s*(?:sudo\s+)?(?:docker|podman)\s+(?:container\s+)?(?:create|run)\s)|`(?=\s*(?:sudo\s+)?(?:docker|podman)\s+(?:container\s+)?(?:create|run)\s)/);
var SERVES_ANYHOW = / (?:-d|--detach(?:=true)?|-[a-zA-Z]*d[a-zA-Z]*|-p|--publish(?:=[^ ]+)?|-P|--publish-all|--restart(?:=[^ ]+)?)(?= |$)/;
var HOST_NETWORK = / --net(?:work)?[= ]host(?= |$)/;
var serves = (s, names) => SERVES_ANYHOW.test(s) || HOST_NETWORK.test(s) && !(/ --rm(?:=true)?(?= |$)/.test(s) && new RegExp(`${nameWord(names).source} +[^ &|;]`).test(s));
var CHECKOUT_HOST = /^(?:\.\/?|\$\(pwd\)|`pwd`|\$\{?PWD\}?|\$\$\{?PWD\}?|\$\$\(pwd\)|\$\(CURDIR\)|\$\{CURDIR\}|\$\(shell pwd\))$/;
function checkoutMountTarget(s) {
  let target = null;
  const words = s.split(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let spec = null;
    let mount = null;
    if (w === "-v" || w === "--volume") spec = words[i + 1] ?? null;
    else if (w.startsWith("--volume=") || w.startsWith("-v") && w.length > 2 && !w.startsWith("-v=")) spec = w.startsWith("--volume=") ? w.slice(9) : w.slice(2);
    else if (w.startsWith("-v=")) spec = w.slice(3);
    else if (w === "--mount") mount = words[i + 1] ?? null;
    else if (w.startsWith("--mount=")) mount = w.slice(8);
    const unq = (x) => x.replace(/^(["'])(.*)\1$/, "$2");
    if (spec !== null) {
      const parts = unq(spec).split(":").map(unq);
      const host = parts[0].replace(/^["']|["']$/g, "");
      if (parts.length >= 2 && CHECKOUT_HOST.test(host) && parts[1].startsWith("/")) target = parts[1];
    } else if (mount !== null) {
      const kv = new Map(unq(mount).split(",").map((x) => {
        const e = x.indexOf("=");
        return e < 0 ? [x, ""] : [x.slice(0, e), unq(x.slice(e + 1))];
      }));
      const src = kv.get("source") ?? kv.get("src");
      const dst = kv.get("target") ?? kv.get("destination") ?? kv.get("dst");
      if ((kv.get("type") ?? "volume") === "bind" && src !== void 0 && CHECKOUT_HOST.test(src) && dst !== void 0 && dst.startsWith("/")) target = dst;
    }
  }
  return target === null ? null : target.replace(/\/+$/, "") || "/";
}
function hidesImage(s, hidden) {
  if (hidden === void 0) return false;
  const t = checkoutMountTarget(s);
  if (t === null) return false;
  hidden.push(t);
  return true;
}
function runLineOf(text, names, hidden) {
  const word = nameWord(names);
  let found = null;
  for (const l of logicalLines(text)) {
    if (!word.test(l.text)) continue;
    for (const seg of segments(l.text)) {
      const s = command(seg);
      if (s !== null && SCANS.test(s) && word.test(s.replace(SCANS, " "))) {
        found ??= l.line;
        continue;
      }
      if (s === null || !RUNS.test(s) || !word.test(s.replace(RUNS, " "))) continue;
      if (serves(s, names) && !hidesImage(s, hidden)) return null;
      found ??= l.line;
    }
  }
  return found;
}
function onlyRunHere(names, texts, hidden) {
  const word = nameWord(names);
  for (const raw of texts) {
    const text = raw.includes("tags") ? raw.replace(/(?<![\w-])--?tags[= ][\w,.-]+/g, " ") : raw;
    if (!word.test(text)) continue;
    for (const l of logicalLines(text)) {
      if (!word.test(l.text)) continue;
      for (const seg of segments(l.text)) {
        if (!word.test(seg)) continue;
        const s = command(seg);
        if (s === null || !(INERT.test(s) || SCANS.test(s) || composeInert(s)) || RUNS.test(s) && serves(s, names) && !hidesImage(s, hidden)) return false;
      }
    }
  }
  return true;
}
var OTHER_CI_FILE = /(?:^|\/)(?:\.gitlab-ci[^/]*\.ya?ml|Jenkinsfile[^/]*|[^/]*\.jenkinsfile|\.travis\.ya?ml|azure-pipelines[^/]*\.ya?ml|cloudbuild[^/]*\.ya?ml|buildspec[^/]*\.ya?ml|\.onedev-buildspec\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|skaffold[^/]*\.ya?ml)$|(?:^|\/)\.(?:circleci|tekton|buildkite|woodpecker|gitlab)\/(?:[^/]+\/)*[^/]+\.ya?ml$/;
function otherCiNames(dockerfile, texts) {
  const atRoot = !dockerfile.includes("/");
  const named = atRoot ? /\b[Dd]ockerfile\b|\bdocker\s+build\b|\bbuildah\b|\bkaniko\b/ : new RegExp(`(?<![\\w.-])(?:\\./)?${escapeRegExp(dockerfile.split("/").slice(-2).join("/"))}(?![\\w.-])`);
  return texts.some((t) => named.test(t));
}
function shellTagged(line) {
  if (line.length > 1024) return null;
  const m = /^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{0,2}=|\?=|:=)[ \t]*((?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*):\$\(shell\s[^()]*\)[ \t]*$/.exec(line);
  return m === null ? null : [m[0], m[1], "", `${m[2]}:shell`];
}
function withSimpleVariables(text) {
  const ASSIGN = /^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{0,2}=|\?=|:=)[ \t]*(["']?)([A-Za-z0-9][\w.:/@-]*)\2[ \t]*$/;
  const values = /* @__PURE__ */ new Map();
  for (const l of text.split("\n")) {
    const m = ASSIGN.exec(l) ?? shellTagged(l);
    if (m === null) continue;
    values.set(m[1], values.has(m[1]) && values.get(m[1]) !== m[3] ? null : m[3]);
  }
  const known = [...values].filter((e) => e[1] !== null);
  if (known.length === 0) return text;
  const byName = new Map(known);
  return text.split("\n").filter((l) => {
    const m = ASSIGN.exec(l) ?? shellTagged(l);
    return m === null || !byName.has(m[1]);
  }).join("\n").replace(/\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, a, b, c) => byName.get(a ?? b ?? c) ?? all);
}

// src/targets/compose.ts
var import_yaml2 = __toESM(require_dist(), 1);
const fs2 = require("node:fs");
const path2 = require("node:path");

// src/context/variable-pattern.ts
var VARIABLE = /\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|\$\([^)]*\)/y;
function hasVariable(word) {
  for (let i = word.indexOf("$"); i >= 0; i = word.indexOf("$", i + 1)) {
    VARIABLE.lastIndex = i;
    if (VARIABLE.test(word)) return true;
  }
  return false;
}
function variablePattern(word, opts = {}) {
  const out = [];
  let text = "";
  const push = (t) => {
    if (text !== "") out.push({ kind: "text", text });
    text = "";
    const last = out[out.length - 1];
    if (t.kind === "any" && last !== void 0 && last.kind === "any") return;
    out.push(t);
  };
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === "$") {
      VARIABLE.lastIndex = i;
      const v = VARIABLE.exec(word);
      if (v !== null) {
        i += v[0].length - 1;
        if (opts.dirs === true && word[i + 1] === "/") {
          push({ kind: "dirs" });
          i++;
        } else push({ kind: "any" });
        continue;
      }
    }
    if (opts.glob === true && c === "*") push({ kind: "star" });
    else if (opts.glob === true && (c === "?" || c === "[")) {
      push({ kind: "one" });
      if (c === "[") {
        const close = word.indexOf("]", i + 1);
        if (close > i) i = close;
      }
    } else if (opts.glob === true && c === "\\" && i + 1 < word.length) text += word[++i];
    else text += c;
  }
  if (text !== "") out.push({ kind: "text", text });
  return out;
}
function ends(tokens, s, open) {
  const n = s.length;
  let cur = new Uint8Array(n + 1);
  cur[0] = 1;
  for (const t of tokens) {
    if (open && cur[n] === 1) return true;
    const next = new Uint8Array(n + 1);
    switch (t.kind) {
      case "text":
        for (let p = 0; p < n || p === n && t.text === ""; p++) {
          if (cur[p] !== 1) continue;
          if (s.startsWith(t.text, p)) next[p + t.text.length] = 1;
          else if (open && t.text.startsWith(s.slice(p))) return true;
        }
        break;
      case "one":
        for (let p = 0; p < n; p++) if (cur[p] === 1 && s[p] !== "/") next[p + 1] = 1;
        break;
      case "any": {
        let reached = 0;
        for (let p = 0; p <= n; p++) next[p] = reached |= cur[p];
        break;
      }
      case "star": {
        let reached = 0;
        for (let p = 0; p <= n; p++) {
          if (p > 0 && s[p - 1] === "/") reached = 0;
          next[p] = reached |= cur[p];
        }
        break;
      }
      case "dirs": {
        let reached = 0;
        for (let p = 0; p <= n; p++) {
          next[p] = cur[p] | (p > 0 && s[p - 1] === "/" ? reached : 0);
          reached |= cur[p];
        }
        break;
      }
    }
    cur = next;
  }
  return cur;
}
function matchesPattern(tokens, s, orBelow = false) {
  const at = ends(tokens, s, false);
  if (at[s.length] === 1) return true;
  if (orBelow) {
    for (let p = 0; p < s.length; p++) if (at[p] === 1 && s[p] === "/") return true;
  }
  return false;
}
function matchesPrefix(tokens, prefix) {
  const at = ends(tokens, prefix, true);
  return at === true || at[prefix.length] === 1;
}

// src/targets/interpolate.ts
var InterpolationError = class extends Error {
};
var MissingVariableError = class extends InterpolationError {
};
var NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
function closingBrace(s, from) {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === "$" && s[i + 1] === "$") i++;
    else if (s[i] === "$" && s[i + 1] === "{") {
      depth++;
      i++;
    } else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function braced(body, lookup, whole, depth) {
  const m = NAME.exec(body);
  if (!m) throw new InterpolationError(`invalid interpolation format for "${whole}"`);
  const name = m[0];
  const rest = body.slice(name.length);
  const value = lookup(name);
  if (rest === "") return value ?? "";
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest);
  if (!op) throw new InterpolationError(`invalid interpolation format for "${whole}"`);
  const arg = rest.slice(op[0].length);
  const isEmpty = value === void 0 || value === "";
  switch (op[0]) {
    case ":-":
      return isEmpty ? interpolate(arg, lookup, depth + 1) : value;
    case "-":
      return value === void 0 ? interpolate(arg, lookup, depth + 1) : value;
    case ":?":
    case "?":
      if (op[0] === ":?" ? isEmpty : value === void 0) throw new MissingVariableError(`required variable ${name} is missing a value${arg ? `: ${arg}` : ""}`);
      return value;
    case ":+":
      return isEmpty ? "" : interpolate(arg, lookup, depth + 1);
    default:
      return value === void 0 ? "" : interpolate(arg, lookup, depth + 1);
  }
}
function readsUnset(s, lookup, depth = 0) {
  if (!s.includes("$") || depth >= MAX_INTERPOLATION_DEPTH) return false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "$") continue;
    if (s[i + 1] === "$") {
      i++;
      continue;
    }
    if (s[i + 1] === "{") {
      const end = closingBrace(s, i + 2);
      if (end < 0) return false;
      const body = s.slice(i + 2, end);
      const m2 = NAME.exec(body);
      if (!m2) return false;
      const value = lookup(m2[0]);
      const rest = body.slice(m2[0].length);
      const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0] ?? "";
      const arg = rest.slice(op.length);
      const isEmpty = value === void 0 || value === "";
      if ((op === "" || op.endsWith("?")) && value === void 0) return true;
      if (op === ":-" && isEmpty || op === "-" && value === void 0 || op === ":+" && !isEmpty || op === "+" && value !== void 0) {
        if (readsUnset(arg, lookup, depth + 1)) return true;
      }
      i = end;
      continue;
    }
    const m = NAME.exec(s.slice(i + 1, i + 257));
    if (m && lookup(m[0]) === void 0) return true;
    if (m) i += m[0].length;
  }
  return false;
}
var MAX_INTERPOLATION_DEPTH = 32;
function interpolate(s, lookup, depth = 0) {
  if (!s.includes("$")) return s;
  if (depth >= MAX_INTERPOLATION_DEPTH) throw new InterpolationError(`interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "$") {
      out += s[i];
      continue;
    }
    const next = s[i + 1];
    if (next === "$") {
      out += "$";
      i++;
    } else if (next === "{") {
      const end = closingBrace(s, i + 2);
      if (end < 0) throw new InterpolationError(`invalid interpolation format for "${s}"`);
      out += braced(s.slice(i + 2, end), lookup, s, depth);
      i = end;
    } else {
      const m = NAME.exec(s.slice(i + 1));
      if (!m) {
        out += "$";
        continue;
      }
      out += lookup(m[0]) ?? "";
      i += m[0].length;
    }
  }
  return out;
}
function parseDotEnv(text, outer) {
  const vars = {};
  const lookup = (k) => outer(k) ?? vars[k];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([_a-zA-Z][_a-zA-Z0-9.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m;
    let value;
    if (raw.startsWith("'") && raw.indexOf("'", 1) > 0) value = raw.slice(1, raw.indexOf("'", 1));
    else if (raw.startsWith('"') && closingQuote(raw) > 0) {
      const body = raw.slice(1, closingQuote(raw));
      value = interpolate(body.replace(/\\n/g, "\n").replace(/\\"/g, '"'), lookup);
    } else {
      value = interpolate(raw.replace(/\s+#.*$/, "").trim(), lookup);
    }
    vars[key] = value;
  }
  return vars;
}
function closingQuote(raw) {
  for (let i = 1; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw[i] === '"') return i;
  }
  return -1;
}

// src/targets/redact.ts
var MIN_REDACTED_LENGTH = 4;
function redactionsFor(used) {
  const byValue = /* @__PURE__ */ new Map();
  for (const [name, value] of [...used].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (value.length >= MIN_REDACTED_LENGTH && !byValue.has(value)) byValue.set(value, "${" + name + "}");
  }
  return [...byValue].map(([value, expression]) => ({ value, expression })).sort((a, b) => b.value.length - a.value.length);
}
function dirAndParents(dir, dirname5) {
  const out = [];
  for (let d = dir; dirname5(d) !== d; d = dirname5(d)) out.push(d);
  return out;
}
function mergeTargetRedactions(a, b) {
  if (!a || !b) return a ?? b;
  const merge = (x, y) => {
    const byValue = new Map([...x, ...y].map((r) => [r.value, r.expression]));
    return [...byValue].map(([value, expression]) => ({ value, expression })).sort((p, q) => q.value.length - p.value.length);
  };
  return { text: merge(a.text, b.text), locations: merge(a.locations, b.locations), keep: [.../* @__PURE__ */ new Set([...a.keep, ...b.keep])] };
}
var DELIMITER = `\\s"'\`(){}\\[\\]<>,;:=|`;
function redactor(redactions, keep = []) {
  if (redactions.length === 0) return (text) => text;
  const byValue = new Map(redactions.map((r) => [r.value, r.expression]));
  const values = new RegExp(redactions.map((r) => escapeRegExp(r.value)).join("|"), "g");
  const kept = keep.filter((k) => k !== "").sort((a, b) => b.length - a.length);
  const paths = kept.length === 0 ? null : new RegExp(`(?<=^|[${DELIMITER}])(?:${kept.map(escapeRegExp).join("|")})(?=$|[/\\\\${DELIMITER}])`, "g");
  return (text) => {
    if (text === "") return text;
    const spans = paths === null ? [] : [...text.matchAll(paths)].map((m) => [m.index, m.index + m[0].length]);
    if (spans.length === 0) return text.replace(values, (m) => byValue.get(m));
    let out = "";
    let last = 0;
    values.lastIndex = 0;
    for (let m = values.exec(text); m !== null; m = values.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some(([s, e]) => s <= start && end <= e)) {
        values.lastIndex = start + 1;
        continue;
      }
      out += text.slice(last, start) + byValue.get(m[0]);
      last = values.lastIndex = end;
    }
    return out + text.slice(last);
  };
}

// src/targets/go-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseGoYaml(text) {
  try {
    return (0, import_yaml.parse)(text, GO_YAML_OPTIONS);
  } catch (e) {
    if (e?.code !== "BAD_INDENT" || !/^Flow (?:sequence|map)\b/.test(String(e.message))) throw e;
    const again = indentFlowContinuations(text);
    if (again === text) throw e;
    try {
      return (0, import_yaml.parse)(again, GO_YAML_OPTIONS);
    } catch {
      throw e;
    }
  }
}
function indentFlowContinuations(text) {
  const lines = text.split("\n");
  let depth = 0;
  let keyIndent = 0;
  let scalarAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 4096) return text;
    const indent = /^[ ]*/.exec(line)[0].length;
    if (scalarAt >= 0) {
      if (line.trim() === "" || indent > scalarAt) continue;
      scalarAt = -1;
    }
    let from = 0;
    if (depth > 0) {
      if (line.trim() !== "" && indent <= keyIndent) lines[i] = " ".repeat(keyIndent + 1 - indent) + line;
    } else {
      if (/(?:^|:|-)\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(line) && !/^\s*#/.test(line)) {
        scalarAt = indent;
        continue;
      }
      const open = /^\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s#'"\[{][^#]*?)\s*:\s+)?[\[{]/.exec(line);
      if (open === null) continue;
      keyIndent = indent;
      from = open[0].length - 1;
    }
    let quote = null;
    const current = lines[i];
    for (let k = from + current.length - line.length; k < current.length; k++) {
      const c = current[k];
      if (quote !== null) {
        if (c === "\\" && quote === '"') k++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "#" && (k === 0 || /\s/.test(current[k - 1]))) break;
      else if (c === "[" || c === "{") depth++;
      else if ((c === "]" || c === "}") && depth > 0) depth--;
    }
  }
  return lines.join("\n");
}

// src/targets/compose.ts
var parsedCache = /* @__PURE__ */ new Map();
var parsedChars = 0;
var MAX_PARSED_CHARS = 16 << 20;
function parsedText(text) {
  if (parsedCache.has(text)) return structuredClone(parsedCache.get(text));
  const doc = parseGoYaml(text);
  if (parsedChars + text.length <= MAX_PARSED_CHARS) {
    parsedCache.set(text, doc);
    parsedChars += text.length;
    return structuredClone(doc);
  }
  return doc;
}
var COMPOSE_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var COMPOSE_OVERRIDE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
function findComposeFiles(dir, searchParents = true) {
  for (let d = path2.resolve(dir); ; d = path2.dirname(d)) {
    const base = COMPOSE_FILE_NAMES.map((n) => path2.join(d, n)).find((f) => fs2.existsSync(f));
    if (base) {
      const override = COMPOSE_OVERRIDE_NAMES.map((n) => path2.join(d, n)).find((f) => fs2.existsSync(f));
      return override ? [base, override] : [base];
    }
    if (!searchParents || path2.dirname(d) === d) return [];
  }
}
function bindMounts(volumes, baseDir) {
  const out = [];
  for (const v of Array.isArray(volumes) ? volumes : []) {
    let written;
    let target = "";
    let readOnly = false;
    if (typeof v === "string") {
      const parts = v.split(":");
      if (parts.length >= 2 && /^[./~]/.test(parts[0])) [written, target, readOnly] = [parts[0], parts[1], (parts[2] ?? "").split(",").includes("ro")];
    } else if (isMap2(v) && v.type === "bind" && typeof v.source === "string" && /^[./~]/.test(v.source)) {
      [written, target, readOnly] = [v.source, typeof v.target === "string" ? v.target : "", v.read_only === true];
    }
    if (written === void 0 || written.startsWith("~")) continue;
    out.push({ source: path2.resolve(baseDir, written), target: target.replace(/\/+$/, "") || (target === "" ? "" : "/"), readOnly, written });
  }
  return out;
}
function unsetArgsOf(args, lookup, into) {
  const entries = isMap2(args) ? Object.entries(args) : Array.isArray(args) ? args.flatMap((e) => typeof e === "string" && e.includes("=") ? [[e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]] : []) : [];
  for (const [k, v] of entries.slice(0, 256)) {
    if (typeof v === "string" && readsUnset(v, lookup)) into.set(k, v);
  }
}
function unsetArgsAfter(earlier, later, laterUnset) {
  return new Map([...[...earlier].filter(([k]) => later?.args?.[k] === void 0), ...laterUnset]);
}
function unsetAfter(earlier, later, laterUnset) {
  return new Map([...later?.context !== void 0 ? [] : earlier, ...laterUnset]);
}
var noVars = () => ({ build: /* @__PURE__ */ new Map(), locations: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), unsetLocations: /* @__PURE__ */ new Map(), unsetArgs: /* @__PURE__ */ new Map(), unsetWritten: /* @__PURE__ */ new Map() });
function unsetWrittenAfter(earlier, later, laterUnset) {
  return new Map([...[...earlier].filter(([k]) => (k === "context" ? later?.context : later?.dockerfile) === void 0), ...laterUnset]);
}
var union = (...maps) => new Map(maps.flatMap((m) => [...m]));
var BUILD_KEYS_READ = /* @__PURE__ */ new Set(["context", "dockerfile", "dockerfile_inline", "target", "args", "additional_contexts"]);
var BUILD_LOCATION_KEYS = /* @__PURE__ */ new Set(["context", "dockerfile", "additional_contexts"]);
function namedVolume(v) {
  const source = typeof v === "string" ? v.includes(":") ? v.slice(0, v.indexOf(":")) : "" : isMap2(v) && v.type === "volume" && v.source !== void 0 ? String(v.source) : "";
  return source !== "" && !/^[./~$]/.test(source) && !source.includes("/") && !/^[A-Za-z]:/.test(source) ? source : null;
}
function usedResources(s) {
  const networks = Array.isArray(s.networks) ? s.networks.map(String) : isMap2(s.networks) ? Object.keys(s.networks) : [];
  const volumes = [];
  for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
    const source = namedVolume(v);
    if (source !== null) volumes.push(source);
  }
  const services = Array.isArray(s.depends_on) ? s.depends_on.map(String) : isMap2(s.depends_on) ? Object.keys(s.depends_on) : [];
  const starts = [...services];
  for (const l of Array.isArray(s.links) ? s.links : []) starts.push(String(l).split(":")[0]);
  for (const v of Array.isArray(s.volumes_from) ? s.volumes_from : []) {
    const parts = String(v).split(":");
    if (parts[0] === "container") continue;
    starts.push(parts[0] === "service" ? parts[1] ?? "" : parts[0]);
  }
  for (const k of ["network_mode", "ipc", "pid"]) {
    const m = typeof s[k] === "string" ? /^service:(.+)$/.exec(s[k]) : null;
    if (m) starts.push(m[1]);
  }
  return { networks: networks.filter((n) => n !== "default"), volumes, services, starts: starts.filter((x) => x !== "") };
}
var isMap2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function scalar(v) {
  if (v === null || v === void 0) return null;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
function toMap(v, where) {
  const out = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = String(item);
      const eq = s.indexOf("=");
      if (eq < 0) out[s] = null;
      else out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isMap2(v)) {
    for (const [k, x] of Object.entries(v)) out[k] = scalar(x);
  } else if (v !== void 0 && v !== null) {
    throw new InputError(`${where}: expected a mapping or a list`);
  }
  return out;
}
var ComposeVariableError = class extends InputError {
};
var ComposeMissingFileError = class extends InputError {
};
var ComposeTemplateError = class extends InputError {
};
function interpolateTree(v, lookup, file) {
  if (typeof v === "string") {
    try {
      return interpolate(v, lookup);
    } catch (e) {
      if (e instanceof MissingVariableError) throw new ComposeVariableError(`${file}: ${e.message}`);
      if (e instanceof InterpolationError) throw new InputError(`${file}: ${e.message}`);
      throw e;
    }
  }
  if (Array.isArray(v)) return v.map((x) => interpolateTree(x, lookup, file));
  if (isMap2(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateTree(x, lookup, file)]));
  return v;
}
var resolveLocal = (value, baseDir) => isRemoteContext(value) || !isLocalContextValue(value) ? value : path2.resolve(baseDir, value);
function normalizeBuild(raw, baseDir, where) {
  if (raw === void 0 || raw === null) return void 0;
  if (typeof raw === "string") return { context: resolveLocal(raw, baseDir) };
  if (!isMap2(raw)) throw new InputError(`${where}.build: expected a path or a mapping`);
  const b = {};
  if (raw.context !== void 0) b.context = resolveLocal(String(raw.context), baseDir);
  if (raw.dockerfile !== void 0) b.dockerfile = String(raw.dockerfile);
  if (raw.dockerfile_inline !== void 0) b.dockerfile_inline = String(raw.dockerfile_inline);
  if (raw.target !== void 0) b.target = String(raw.target);
  if (raw.args !== void 0) b.args = toMap(raw.args, `${where}.build.args`);
  if (raw.additional_contexts !== void 0) {
    const named = toMap(raw.additional_contexts, `${where}.build.additional_contexts`);
    b.additional_contexts = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, resolveLocal(v ?? "", baseDir)]));
  }
  return b;
}
function mergeBuild(base, over) {
  if (!base) return over;
  if (!over) return base;
  const merged = { ...base, ...over };
  if (base.args || over.args) merged.args = { ...base.args, ...over.args };
  if (base.additional_contexts || over.additional_contexts) merged.additional_contexts = { ...base.additional_contexts, ...over.additional_contexts };
  if (over.dockerfile !== void 0 && over.dockerfile_inline === void 0) delete merged.dockerfile_inline;
  if (over.dockerfile_inline !== void 0 && over.dockerfile === void 0) delete merged.dockerfile;
  return merged;
}
var MAX_INCLUDE_DEPTH = 8;
var ComposeLoader = class {
  constructor(projectDir, env, repository, envFiles) {
    this.repository = repository;
    let dotEnv = {};
    for (const dotEnvPath of envFiles ?? [path2.join(projectDir, ".env")]) {
      assertInsideRepoIfExists(repository, dotEnvPath, ".env file");
      if (!fs2.existsSync(dotEnvPath)) {
        if (envFiles !== void 0) throw new ComposeMissingFileError(`${dotEnvPath}: no such env file`);
        continue;
      }
      if (envFiles === void 0 && fs2.statSync(dotEnvPath, { throwIfNoEntry: false })?.isDirectory()) continue;
      try {
        dotEnv = { ...dotEnv, ...parseDotEnv(readText(dotEnvPath), (k) => env[k] ?? dotEnv[k]) };
      } catch (e) {
        if (e instanceof InterpolationError || e instanceof NotRegularFileError) throw new InputError(`${dotEnvPath}: ${e.message}`);
        throw e;
      }
    }
    this.lookup = (k) => env[k] ?? dotEnv[k];
  }
  repository;
  cache = /* @__PURE__ */ new Map();
  lookup;
  /** The lookup, also noting each variable substituted with a value in every map of `into`. */
  recording(...into) {
    return (k) => {
      const v = this.lookup(k);
      if (v !== void 0) for (const m of into) m.set(k, v);
      return v;
    };
  }
  /**
   * One raw service interpolated key by key, in order (so the first bad value fails first, as when
   * the whole tree was interpolated at once), noting in `vars` what the parts a report can show used.
   */
  interpolateService(raw, vars, file) {
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === "build") out[k] = this.interpolateBuild(v, vars, file);
      else if ((k === "networks" || k === "depends_on") && Array.isArray(v)) out[k] = interpolateTree(v, this.recording(vars.resources), file);
      else if (k === "volumes" && Array.isArray(v)) {
        out[k] = v.map((entry) => {
          const seen = /* @__PURE__ */ new Map();
          const x = interpolateTree(entry, this.recording(seen), file);
          if (namedVolume(x) !== null) for (const [name, value] of seen) vars.resources.set(name, value);
          return x;
        });
      } else out[k] = interpolateTree(v, this.lookup, file);
    }
    return out;
  }
  interpolateBuild(raw, vars, file) {
    const whole = (v) => {
      const m = typeof v === "string" ? /^\s*\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))\s*$/.exec(v) : null;
      const name = m === null ? void 0 : m[1] ?? m[2];
      if (name !== void 0 && this.lookup(name) === void 0) vars.unsetLocations.set(name, name);
    };
    const written = (k, v) => {
      if (typeof v === "string" && v.length <= 1024 && readsUnset(v, this.lookup)) vars.unsetWritten.set(k, v);
    };
    if (!isMap2(raw)) {
      whole(raw);
      written("context", raw);
      return interpolateTree(raw, this.recording(vars.build, vars.locations), file);
    }
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
      const into = !BUILD_KEYS_READ.has(k) ? [] : BUILD_LOCATION_KEYS.has(k) ? [vars.build, vars.locations] : [vars.build];
      if (k === "context") whole(v);
      if (k === "context" || k === "dockerfile") written(k, v);
      if (k === "args") unsetArgsOf(v, this.lookup, vars.unsetArgs);
      out[k] = interpolateTree(v, this.recording(...into), file);
    }
    return out;
  }
  /** Reads, interpolates and normalizes one file; paths resolve against `baseDir`. */
  load(file, baseDir) {
    const key = `${file}\0${baseDir}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    assertInsideRepo(this.repository, file, "Compose file");
    let text;
    try {
      text = readText(file);
    } catch (e) {
      if (e.code === "ENOENT") throw new ComposeMissingFileError(`${file}: no such file`);
      throw new InputError(`${file}: ${String(e.message)}`);
    }
    let doc;
    try {
      doc = parsedText(text);
    } catch (e) {
      const Err = /^[ \t]*(?:\{%|\{\{|<%)|^[ \t]*(?:-[ \t]+)?[\w.-]+:[ \t]+\{\{|^[ \t]*-[ \t]+\{\{|@[A-Z][A-Z0-9_]{1,63}@/m.test(text) ? ComposeTemplateError : InputError;
      throw new Err(`${file}: not valid YAML (${describeYamlError(e, text)})`);
    }
    if (doc === null || doc === void 0) doc = {};
    if (!isMap2(doc)) throw new InputError(`${file}: expected a mapping at the top level`);
    const services = /* @__PURE__ */ new Map();
    const rawServices = doc.services ?? {};
    if (!isMap2(rawServices)) {
      interpolateTree(rawServices, this.lookup, file);
      throw new InputError(`${file}: services: expected a mapping`);
    }
    for (const [name, raw] of Object.entries(rawServices)) {
      const vars = noVars();
      const s = isMap2(raw) ? this.interpolateService(raw, vars, file) : (interpolateTree(raw, this.lookup, file), {});
      const svc = { build: normalizeBuild(s.build, baseDir, `services.${name}`), uses: usedResources(s), vars };
      if (typeof s.image === "string" && s.image !== "") svc.image = true;
      if (typeof s.image === "string" && /^localhost\//.test(s.image)) svc.localImage = true;
      if (typeof s.image === "string" && s.image !== "") svc.imageName = { name: s.image, file };
      if (typeof s.pull_policy === "string") svc.pullPolicy = s.pull_policy;
      if (typeof s.container_name === "string" && s.container_name !== "") svc.containerName = s.container_name;
      const binds = bindMounts(s.volumes, baseDir).filter((b) => b.target.startsWith("/") && !b.written.includes("$")).slice(0, 64).map(({ source, target }) => ({ source, target }));
      if (binds.length > 0) svc.binds = binds;
      if (isMap2(s.build) && s.build.tags !== void 0 && s.build.tags !== null && !(Array.isArray(s.build.tags) && s.build.tags.length === 0)) svc.buildTags = true;
      if (Array.isArray(s.ports) && s.ports.length > 0 || s.restart !== void 0 && s.restart !== "no" || s.network_mode === "host") svc.serves = true;
      if (typeof s.extends === "string") svc.extends = { service: s.extends };
      else if (isMap2(s.extends)) {
        svc.extends = { service: String(s.extends.service) };
        if (s.extends.file !== void 0) svc.extends.file = path2.resolve(baseDir, String(s.extends.file));
      }
      services.set(name, svc);
    }
    const keys = (v) => isMap2(v) ? Object.keys(v) : [];
    const here = path2.dirname(file);
    const includes = [];
    for (const e of Array.isArray(doc.include) ? doc.include : doc.include === void 0 ? [] : [doc.include]) {
      const paths = typeof e === "string" ? [e] : isMap2(e) ? Array.isArray(e.path) ? e.path : [e.path] : [];
      const dir = isMap2(e) && typeof e.project_directory === "string" ? e.project_directory : null;
      if (paths.length === 0 || !paths.every((x) => typeof x === "string" && x !== "" && !x.includes("$")) || dir !== null && dir.includes("$")) continue;
      includes.push({ files: paths.map((x) => path2.resolve(here, x)), baseDir: dir === null ? null : path2.resolve(here, dir) });
    }
    const loaded = { file, services, declares: { networks: keys(doc.networks), volumes: keys(doc.volumes), include: doc.include !== void 0 }, includes, ...typeof doc.name === "string" ? { projectName: /^[A-Za-z0-9][\w.-]*$/.test(doc.name) ? doc.name : null } : {} };
    this.cache.set(key, loaded);
    return loaded;
  }
  /** The service with its `extends` chain applied (the extending service wins). */
  resolve(loaded, name, seen = []) {
    const id = `${loaded.file}#${name}`;
    if (seen.includes(id)) throw new InputError(`${loaded.file}: services.${name}: extends forms a cycle (${[...seen, id].join(" -> ")})`);
    const svc = loaded.services.get(name);
    if (!svc) throw new InputError(`${loaded.file}: no service "${name}" to extend`);
    if (!svc.extends) return svc;
    const from = svc.extends.file ? this.load(svc.extends.file, path2.dirname(svc.extends.file)) : loaded;
    const base = this.resolve(from, svc.extends.service, [...seen, id]);
    const vars = { build: union(base.vars.build, svc.vars.build), locations: union(base.vars.locations, svc.vars.locations), resources: svc.vars.resources, unsetLocations: unsetAfter(base.vars.unsetLocations, svc.build, svc.vars.unsetLocations), unsetArgs: unsetArgsAfter(base.vars.unsetArgs, svc.build, svc.vars.unsetArgs), unsetWritten: unsetWrittenAfter(base.vars.unsetWritten, svc.build, svc.vars.unsetWritten) };
    return { build: mergeBuild(base.build, svc.build), uses: svc.uses, vars, ...svc.image ?? base.image ? { image: true } : {}, ...(svc.image ? svc.localImage : base.localImage) ? { localImage: true } : {}, ...(svc.image ? svc.imageName : base.imageName) !== void 0 ? { imageName: svc.image ? svc.imageName : base.imageName } : {}, ...(svc.pullPolicy ?? base.pullPolicy) !== void 0 ? { pullPolicy: svc.pullPolicy ?? base.pullPolicy } : {}, ...svc.serves ?? base.serves ? { serves: true } : {} };
  }
};
function undeclaredResource(uses, declared) {
  const n = uses?.networks.find((x) => x !== "" && !declared.networks.has(x));
  if (n !== void 0) return `network ${n}`;
  const v = uses?.volumes.find((x) => x !== "" && !declared.volumes.has(x));
  if (v !== void 0) return `volume ${v}`;
  const s = uses?.services.find((x) => x !== "" && !declared.services.has(x));
  return s !== void 0 ? `service ${s} (depends_on)` : null;
}
var TOP_LEVEL = /* @__PURE__ */ new Set(["version", "name", "include", "services", "networks", "volumes", "configs", "secrets", "models"]);
function composeV1Services(file) {
  const doc = parsedOrUndefined(file);
  if (!isMap2(doc) || "services" in doc) return [];
  return Object.entries(doc).filter(([k, v]) => !TOP_LEVEL.has(k) && !k.startsWith("x-") && v !== null && typeof v === "object" && ("build" in v || "image" in v)).map(([k]) => k);
}
function servicesNamed(word, declared) {
  if (declared.has(word)) return [word];
  if (word.length > 512 || !hasVariable(word)) return null;
  const pattern = variablePattern(word);
  const named = [...declared].filter((d) => matchesPattern(pattern, d));
  return named.length > 0 ? named : null;
}
function selectedServices(services, declared, uses) {
  if (!services || services.names.length === 0) return null;
  const named = [];
  for (const n of services.names) {
    const these = servicesNamed(n, declared);
    if (these === null) return null;
    named.push(...these);
  }
  const out = /* @__PURE__ */ new Set();
  const todo = [...named];
  while (todo.length > 0) {
    const name = todo.pop();
    if (out.has(name)) continue;
    out.add(name);
    if (services.dependencies) todo.push(...uses.get(name)?.starts ?? []);
  }
  return out;
}
function composeTargets(files, opts) {
  if (files.length === 0) throw new InputError(`no Compose file found (looked for ${COMPOSE_FILE_NAMES.join(", ")} in ${opts.cwd} and its parents)`);
  const abs = files.map((f) => path2.resolve(opts.cwd, f));
  const projectDir = opts.projectDirectory ?? path2.dirname(abs[0]);
  const loader = new ComposeLoader(projectDir, opts.env, opts.repository, opts.envFiles);
  const merged = /* @__PURE__ */ new Map();
  const mergedVars = /* @__PURE__ */ new Map();
  const uses = /* @__PURE__ */ new Map();
  const declared = { networks: /* @__PURE__ */ new Set(), volumes: /* @__PURE__ */ new Set(), services: /* @__PURE__ */ new Set() };
  let includes = false;
  const pulled = /* @__PURE__ */ new Map();
  const serving = /* @__PURE__ */ new Set();
  const containerNames = /* @__PURE__ */ new Map();
  const bindsOf = /* @__PURE__ */ new Map();
  const tagged = /* @__PURE__ */ new Set();
  const queue = abs.map((f) => ({ file: f, baseDir: projectDir, depth: 0 }));
  const seenIncludes = /* @__PURE__ */ new Set();
  let topName;
  for (let q = 0; q < queue.length; q++) {
    const { file: f, baseDir, depth } = queue[q];
    const loaded = loader.load(f, baseDir);
    if (depth === 0 && loaded.projectName !== void 0) topName = loaded.projectName;
    if (depth < MAX_INCLUDE_DEPTH) {
      for (const inc of loaded.includes) {
        const key = inc.files.join("\0");
        if (seenIncludes.has(key)) continue;
        seenIncludes.add(key);
        for (const g of inc.files) queue.push({ file: g, baseDir: inc.baseDir ?? path2.dirname(inc.files[0]), depth: depth + 1 });
      }
    }
    includes ||= loaded.declares.include;
    for (const n of loaded.declares.networks) declared.networks.add(n);
    for (const v of loaded.declares.volumes) declared.volumes.add(v);
    for (const name of loaded.services.keys()) {
      const svc = loader.resolve(loaded, name);
      merged.set(name, mergeBuild(merged.get(name), svc.build));
      const pulls = pulled.get(name) ?? { image: false, policy: void 0, local: false };
      pulled.set(name, { image: pulls.image || svc.image === true, policy: svc.pullPolicy ?? pulls.policy, local: svc.image === true ? svc.localImage === true : pulls.local, ...(svc.image === true ? svc.imageName : pulls.name) !== void 0 ? { name: svc.image === true ? svc.imageName : pulls.name } : {} });
      if (svc.serves) serving.add(name);
      if (svc.containerName !== void 0) containerNames.set(name, svc.containerName);
      if (svc.binds !== void 0 && svc.build !== void 0) bindsOf.set(name, [...bindsOf.get(name) ?? [], ...svc.binds]);
      if (svc.buildTags) tagged.add(name);
      const v = mergedVars.get(name) ?? noVars();
      mergedVars.set(name, { build: union(v.build, svc.vars.build), locations: union(v.locations, svc.vars.locations), resources: union(v.resources, svc.vars.resources), unsetLocations: unsetAfter(v.unsetLocations, svc.build, svc.vars.unsetLocations), unsetArgs: unsetArgsAfter(v.unsetArgs, svc.build, svc.vars.unsetArgs), unsetWritten: unsetWrittenAfter(v.unsetWritten, svc.build, svc.vars.unsetWritten) });
      const u = uses.get(name) ?? { networks: [], volumes: [], services: [], starts: [] };
      uses.set(name, { networks: [...u.networks, ...svc.uses?.networks ?? []], volumes: [...u.volumes, ...svc.uses?.volumes ?? []], services: [...u.services, ...svc.uses?.services ?? []], starts: [...u.starts, ...svc.uses?.starts ?? []] });
      declared.services.add(name);
    }
  }
  const declaredIn = path2.relative(opts.cwd, abs[0]) || abs[0];
  let fragment = null;
  if (opts.skipFragments && !includes) {
    for (const name of [...uses.keys()].sort()) {
      const what = undeclaredResource(uses.get(name), declared);
      if (what !== null) {
        fragment = { service: name, what };
        break;
      }
    }
    let changedBy;
    if (fragment !== null && abs.every((f) => path2.dirname(f) === path2.dirname(abs[0]))) {
      const more = { networks: new Set(declared.networks), volumes: new Set(declared.volumes), services: new Set(declared.services) };
      for (const other of siblingComposeFiles(path2.dirname(abs[0]), abs)) {
        const doc = parsedOrUndefined(other);
        if (!isMap2(doc)) continue;
        const services = doc.services;
        if (isMap2(services) && Object.keys(services).some((k) => declared.services.has(k) && isMap2(services[k]) && (services[k].build !== void 0 || services[k].extends !== void 0))) {
          changedBy ??= other;
          continue;
        }
        for (const [key, into] of [["services", more.services], ["networks", more.networks], ["volumes", more.volumes]]) {
          const m = doc[key];
          if (isMap2(m)) for (const k of Object.keys(m)) into.add(k);
        }
      }
      if ([...uses.keys()].every((name) => undeclaredResource(uses.get(name), more) === null)) fragment = null;
      else if (changedBy !== void 0) fragment = { ...fragment, besideChanging: changedBy };
    }
  }
  const selected = selectedServices(opts.services, declared.services, uses);
  const targets = [];
  for (const [name, build] of [...merged].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!build || selected !== null && !selected.has(name)) continue;
    const context = build.context ?? projectDir;
    const vars = mergedVars.get(name) ?? noVars();
    const shownVars = new Map(vars.build);
    const args = {};
    const argsAtRunTime = {};
    for (const [k, v] of Object.entries(build.args ?? {})) {
      const atRunTime = vars.unsetArgs.get(k);
      if (atRunTime !== void 0) {
        argsAtRunTime[k] = atRunTime;
        continue;
      }
      const value = v ?? loader.lookup(k);
      if (value !== void 0) args[k] = value;
      if (v === null && value !== void 0) shownVars.set(k, value);
    }
    const t = { name, declaredIn, kind: "compose", context, args, ...Object.keys(argsAtRunTime).length > 0 ? { argsAtRunTime } : {}, namedContexts: { ...build.additional_contexts ?? {} } };
    if (vars.locations.has("PWD")) t.pwdLocation = true;
    if (vars.unsetWritten.size > 0) t.unsetWritten = Object.fromEntries(vars.unsetWritten);
    if (build.dockerfile_inline !== void 0 && build.dockerfile_inline !== "") t.dockerfileInline = build.dockerfile_inline;
    else if (build.dockerfile !== void 0 && build.dockerfile !== "") t.dockerfile = path2.resolve(context, build.dockerfile);
    if (build.target !== void 0 && build.target !== "") t.target = build.target;
    const p = pulled.get(name);
    if (p?.image === true && !p.local && p.policy !== "build" && p.policy !== "never") t.pulledFirst = true;
    const own = p?.image === true && p.name !== void 0 ? localImageNames([p.name.name], false) : null;
    if ((opts.job?.service === name || opts.job?.service === "*") && (p?.image !== true || own !== null) && (!serving.has(name) || opts.job.ephemeral === true)) {
      const given = opts.job.project ?? loader.lookup("COMPOSE_PROJECT_NAME") ?? topName;
      const project = (given === null ? "" : given ?? path2.basename(projectDir)).toLowerCase().replace(/[^a-z0-9_-]/g, "");
      const local = own ?? (project === "" ? null : localImageNames([`${project}-${name}`], false));
      const image = p?.name?.name;
      const same = (n) => image !== void 0 && image.replace(/:[\w][\w.-]*$/, "") === n;
      const ownLines = [...same(name) ? [`${name}:`] : [], ...containerNames.get(name) !== void 0 && same(containerNames.get(name)) ? [`container_name: ${containerNames.get(name)}`, `container_name: "${containerNames.get(name)}"`, `container_name: '${containerNames.get(name)}'`] : []];
      const cleared = own !== null && image !== void 0 && p?.name !== void 0 ? { cleared: { file: p.name.file, lines: [`image: ${image}`, `image: "${image}"`, `image: '${image}'`, ...ownLines] } } : {};
      if (local !== null) t.localImage = { names: local, ranBy: opts.job.ranBy, ...cleared };
    }
    if (t.localImage === void 0 && p?.image !== true && !tagged.has(name)) {
      const hidden = [...new Set((bindsOf.get(name) ?? []).filter((b) => b.source === path2.resolve(context)).map((b) => b.target))];
      const given = loader.lookup("COMPOSE_PROJECT_NAME") ?? topName;
      const project = (given === null ? "" : given ?? path2.basename(projectDir)).toLowerCase().replace(/[^a-z0-9_-]/g, "");
      if (hidden.length > 0 && project !== "") t.localImage = { names: [`${project}-${name}`], ranBy: declaredIn, hiddenUnder: hidden };
    }
    if (isRemoteContext(context)) t.skipReason = `remote context ${context} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)`;
    else if (vars.unsetLocations.size > 0) {
      const names = [...vars.unsetLocations.keys()].sort().map((n) => "$" + n).join(", ");
      t.skipReason = `its build context is ${names}, which has no value here (docker compose would read it as empty): the environment that runs it gives the path; not audited`;
    }
    if (fragment !== null && t.skipReason === void 0) {
      const shown = path2.relative(opts.cwd, abs[abs.length - 1]) || abs[abs.length - 1];
      t.fragment = true;
      const beside = fragment.besideChanging === void 0 ? null : path2.relative(opts.cwd, fragment.besideChanging) || fragment.besideChanging;
      t.skipReason = beside !== null ? `a Compose fragment: service ${fragment.service} uses ${fragment.what}, which only a file beside it declares, ${beside}, and that file changes its build too: audit them together with --compose ${path2.relative(opts.cwd, abs[0]) || abs[0]} --compose ${beside}` : (
        // (Said as what it is: docker compose refuses the file alone; that a base declares it is the likely reason, not
        // a fact: ruby-on-whales' example runs it alone through dip.yml, and it is broken; sweep 52/U-F4.)
        `a Compose fragment: service ${fragment.service} uses ${fragment.what}, which no file of this project declares: docker compose refuses ${shown} alone, so it is read after a file that declares it (-f BASE -f ${shown}), against whose directory its paths resolve, or it is broken; audit them together with --compose BASE --compose ${shown}`
      );
      for (const [k, value] of mergedVars.get(fragment.service)?.resources ?? []) shownVars.set(k, value);
    }
    const text = redactionsFor(shownVars);
    if (text.length > 0) t.redaction = { text, locations: redactionsFor(vars.locations), keep: dirAndParents(projectDir, path2.dirname) };
    targets.push(t);
  }
  for (const t of targets) {
    if (t.pulledFirst !== true || t.skipReason !== void 0) continue;
    if (targets.some((o) => o !== t && o.pulledFirst !== true && Object.values(o.namedContexts).some((v) => v === `service:${t.name}`))) delete t.pulledFirst;
  }
  return targets;
}
function siblingComposeFiles(dir, skip) {
  let names;
  try {
    names = fs2.readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /compose/i.test(n) && /\.ya?ml$/.test(n)).map((n) => path2.join(dir, n)).filter((f) => !skip.includes(f)).sort().slice(0, 32);
}
function parsedOrUndefined(file) {
  try {
    return parseGoYaml(readText(file));
  } catch {
    return void 0;
  }
}
function composeBuildsSurely(file) {
  const doc = lenientOrUndefined(file);
  return isMap2(doc) && isMap2(doc.services) && Object.values(doc.services).some((def) => isMap2(def) && def.build !== void 0);
}
function composeDockerfilesNamed(file) {
  const doc = lenientOrUndefined(file);
  if (!isMap2(doc) || !isMap2(doc.services)) return [];
  const out = [];
  for (const def of Object.values(doc.services).slice(0, 256)) {
    if (!isMap2(def) || def.build === void 0) continue;
    const build = def.build;
    const context = typeof build === "string" ? build : isMap2(build) && typeof build.context === "string" ? build.context : isMap2(build) && build.context === void 0 ? "." : null;
    const dockerfile = isMap2(build) && typeof build.dockerfile === "string" ? build.dockerfile : isMap2(build) && build.dockerfile !== void 0 ? null : "Dockerfile";
    if (context === null || dockerfile === null || /\$|:\/\//.test(context + dockerfile)) continue;
    const ctx = path2.resolve(path2.dirname(file), context);
    out.push({ dockerfile: path2.resolve(ctx, dockerfile), context: ctx });
  }
  return out;
}
function lenientOrUndefined(file) {
  try {
    if (!fs2.lstatSync(file, { throwIfNoEntry: false })?.isFile()) return void 0;
    return (0, import_yaml2.parse)(readText(file), { ...GO_YAML_OPTIONS, uniqueKeys: false });
  } catch {
    return void 0;
  }
}
function readText(file) {
  try {
    return readRegularFile(file, { maxBytes: MAX_BUILD_FILE_BYTES, refuseLarger: true }).toString("utf8");
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new InputError(e.message);
    throw e;
  }
}
function composeIncludes(file) {
  const doc = parsedOrUndefined(file);
  if (!isMap2(doc) || doc.include === void 0) return [];
  const here = path2.dirname(file);
  const out = [];
  for (const e of Array.isArray(doc.include) ? doc.include : [doc.include]) {
    const paths = typeof e === "string" ? [e] : isMap2(e) ? Array.isArray(e.path) ? e.path : [e.path] : [];
    for (const x of paths) if (typeof x === "string" && x !== "" && !x.includes("$")) out.push(path2.resolve(here, x));
  }
  return out;
}
function composeWritableMounts(file) {
  const doc = lenientOrUndefined(file);
  if (!isMap2(doc) || !isMap2(doc.services)) return [];
  const here = path2.dirname(file);
  const out = [];
  for (const [service, def] of Object.entries(doc.services)) {
    if (isMap2(def)) {
      for (const b of bindMounts(def.volumes, here)) if (!b.readOnly) out.push({ host: b.source, service });
    }
  }
  return out;
}
function composeTargetsDespiteRequired(files, opts) {
  try {
    return composeTargets(files, opts);
  } catch (first) {
    if (!(first instanceof ComposeVariableError)) throw first;
    const names = [];
    const read = (mark) => {
      for (let i = 0; i <= 16; i++) {
        try {
          return composeTargets(files, { ...opts, env: { ...opts.env, ...Object.fromEntries(names.map((n) => [n, `${mark}-${n}`])) } });
        } catch (e) {
          const m = e instanceof ComposeVariableError ? /required variable ([A-Za-z_][A-Za-z0-9_]*) is missing a value/.exec(e.message) : null;
          if (m === null || names.includes(m[1]) || names.length >= 16) return null;
          names.push(m[1]);
        }
      }
      return null;
    };
    const a = read("ctx-audit-stand-in-a");
    const b = a === null ? null : read("ctx-audit-stand-in-b");
    const apart = (t, u) => JSON.stringify({ ...t, context: "", dockerfile: "", redaction: "" }) !== JSON.stringify({ ...u, context: "", dockerfile: "", redaction: "" });
    if (a === null || b === null || a.length !== b.length || a.some((t, i) => t.name !== b[i].name || apart(t, b[i]))) throw first;
    const why = first.message.slice(first.message.indexOf("required variable"));
    return a.map((t, i) => {
      if (JSON.stringify(t) === JSON.stringify(b[i]) || t.skipReason !== void 0) return t;
      const { dockerfile, ...rest } = t;
      const ownFile = dockerfile !== void 0 && dockerfile === b[i].dockerfile ? { dockerfile } : {};
      return { ...rest, ...ownFile, skipReason: `${why} (its build context or Dockerfile comes from it: the environment that runs it gives the path); set it in the environment or a .env beside the file; not audited` };
    });
  }
}
function composeFilesFromEnv(dir, envFiles, environment = {}) {
  let vars = {};
  for (const f of envFiles ?? [path2.join(dir, ".env")]) {
    try {
      if (!fs2.lstatSync(f, { throwIfNoEntry: false })?.isFile()) continue;
      vars = { ...vars, ...parseDotEnv(readText(f), (k) => vars[k]) };
    } catch {
      return null;
    }
  }
  const value = environment.COMPOSE_FILE ?? vars.COMPOSE_FILE;
  if (value === void 0 || value.trim() === "" || value.includes("$")) return null;
  const files = value.split(environment.COMPOSE_PATH_SEPARATOR || vars.COMPOSE_PATH_SEPARATOR || ":").map((x) => x.trim()).filter((x) => x !== "");
  return files.length === 0 ? null : files.map((x) => path2.resolve(dir, x));
}
function composeMayBuild(files) {
  for (const file of files) {
    const doc = lenientOrUndefined(file);
    if (!isMap2(doc)) return true;
    if (doc.include !== void 0) return true;
    for (const def of isMap2(doc.services) ? Object.values(doc.services) : []) {
      if (isMap2(def) && (def.build !== void 0 || def.extends !== void 0)) return true;
    }
  }
  return false;
}

// src/targets/repo-builds.ts
const fs3 = require("node:fs");
const path3 = require("node:path");
var import_yaml3 = __toESM(require_dist(), 1);

// src/targets/comments.ts
var HASH_COMMENTS = /\.(?:sh|bash|zsh|ksh|py|pyw|rb|rake|ya?ml|toml|pl|pm|ps1|r|mk|cfg|conf|ini|env|tf|hcl|nix|cmake|just)$|(?:^|\/)(?:(?:[Mm]akefile|GNUmakefile)(?:\.[^/]*)?|[Jj]ustfile|Earthfile|Tiltfile|Rakefile|[^/.]+)$/;
var BOTH_COMMENTS = /\.(?:tf|hcl)$/;
var JENKINSFILE = /(?:^|\/)Jenkinsfile[^/]*$/;
var SLASH_COMMENTS = /\.(?:[cm]?[jt]sx?|go|c|cc|cpp|cxx|h|hh|hpp|java|kts?|cs|rs|swift|scala|groovy|gradle|php|dart)$/;
function withoutCommentLines(text, file) {
  if (BOTH_COMMENTS.test(file)) return slashComments(text.replace(/^[ \t]*#.*$/gm, ""));
  if (HASH_COMMENTS.test(file) && !JENKINSFILE.test(file)) return text.replace(/^[ \t]*#(?!!).*$/gm, "");
  if (/\.(?:html?|xml|vue|svelte)$/.test(file)) return text.replace(/^[ \t]*<!--.*-->[ \t]*$/gm, "");
  if (!SLASH_COMMENTS.test(file) && !JENKINSFILE.test(file)) return text;
  return slashComments(text);
}
function slashComments(text) {
  const lines = text.split("\n");
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (inBlock) {
      const end = l.indexOf("*/");
      lines[i] = end < 0 ? "" : " ".repeat(end + 2) + l.slice(end + 2);
      inBlock = end < 0;
      continue;
    }
    if (/^[ \t]*\/\//.test(l)) lines[i] = "";
    else if (/^[ \t]*\/\*/.test(l)) {
      const end = l.indexOf("*/", l.indexOf("/*") + 2);
      if (end < 0) {
        lines[i] = "";
        inBlock = true;
      } else lines[i] = " ".repeat(end + 2) + l.slice(end + 2);
    }
  }
  return lines.join("\n");
}

// src/targets/gha-if.ts
var STRING_FUNCTIONS = /* @__PURE__ */ new Set(["contains", "startswith", "endswith"]);
function applyFunction(name, args) {
  if (args.length !== 2 || args.some((a2) => a2 === null)) return void 0;
  const [a, b] = args.map((v) => v === null ? "" : String(v).toLowerCase());
  return name === "contains" ? a.includes(b) : name === "startswith" ? a.startsWith(b) : a.endsWith(b);
}
function tokenize(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let v = "";
      i++;
      for (; ; ) {
        if (i >= s.length) return null;
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ kind: "lit", value: v });
      continue;
    }
    const two = s.slice(i, i + 2);
    if (["==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
      out.push({ kind: "op", op: two });
      i += 2;
      continue;
    }
    if ("<>!(),".includes(c)) {
      out.push({ kind: "op", op: c });
      i++;
      continue;
    }
    const num = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i.exec(s.slice(i));
    if (num) {
      out.push({ kind: "lit", value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\]|\.\*)*/.exec(s.slice(i));
    if (!id) return null;
    i += id[0].length;
    const name = id[0];
    let j = i;
    while (j < s.length && /\s/.test(s[j])) j++;
    if (s[j] === "(" && STRING_FUNCTIONS.has(name.toLowerCase())) {
      out.push({ kind: "fn", name: name.toLowerCase() });
      i = j;
      continue;
    }
    if (s[j] === "(") {
      let depth = 0;
      for (; j < s.length; j++) {
        if (s[j] === "'") {
          j++;
          while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1;
        } else if (s[j] === "(") depth++;
        else if (s[j] === ")" && --depth === 0) break;
      }
      if (depth !== 0) return null;
      i = j + 1;
      out.push({ kind: "call" });
      continue;
    }
    if (name === "true" || name === "false") out.push({ kind: "lit", value: name === "true" });
    else if (name === "null") out.push({ kind: "lit", value: null });
    else out.push({ kind: "ref", name });
  }
  return out;
}
function toNumber(v) {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const t = v.trim();
  return t === "" ? 0 : Number(t);
}
function truthy(v) {
  return !(v === null || v === false || v === 0 || v === "" || typeof v === "number" && Number.isNaN(v));
}
function compare(op, a, b) {
  let x;
  let y;
  if (typeof a === "string" && typeof b === "string") {
    x = a.toLowerCase();
    y = b.toLowerCase();
  } else if (typeof a === typeof b && a !== null && typeof a !== "string") {
    x = toNumber(a);
    y = toNumber(b);
  } else if (a === null && b === null) {
    x = 0;
    y = 0;
  } else {
    x = toNumber(a);
    y = toNumber(b);
  }
  switch (op) {
    case "==":
      return x === y;
    case "!=":
      return x !== y;
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case ">":
      return x > y;
    default:
      return x >= y;
  }
}
function stepCondition(expr, matrix) {
  if (expr === void 0 || expr === null) return true;
  if (typeof expr === "boolean") return expr;
  if (typeof expr === "number") return expr !== 0;
  if (typeof expr !== "string") return null;
  let s = expr.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(s);
  if (wrapped) s = wrapped[1];
  else if (s.includes("${{")) return null;
  if (s.trim() === "") return true;
  const v = evaluate(s, (name) => {
    if (!name.startsWith("matrix.")) return void 0;
    const key = name.slice("matrix.".length);
    return key in matrix ? matrix[key] : void 0;
  });
  return v === void 0 ? null : truthy(v);
}
function expressionText(inner, ref) {
  const tokens = tokenize(inner);
  if (tokens === null || tokens.some((t) => t.kind === "call")) return void 0;
  let unknown = false;
  const v = evaluate(inner, (name) => {
    const x = ref(name);
    if (x === void 0) unknown = true;
    return x;
  });
  if (v === void 0 || unknown) return void 0;
  return v === null ? "" : String(v);
}
function evaluate(s, ref) {
  const tokens = tokenize(s);
  if (tokens === null) return void 0;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (op) => peek()?.kind === "op" && peek().op === op;
  let broken = false;
  const primary = () => {
    const t = tokens[pos++];
    if (!t) {
      broken = true;
      return void 0;
    }
    if (t.kind === "lit") return t.value;
    if (t.kind === "call") return void 0;
    if (t.kind === "ref") return ref(t.name);
    if (t.kind === "fn") {
      if (!isOp("(")) {
        broken = true;
        return void 0;
      }
      pos++;
      const args = [];
      if (!isOp(")")) {
        for (; ; ) {
          args.push(or());
          if (!isOp(",")) break;
          pos++;
        }
      }
      if (!isOp(")")) {
        broken = true;
        return void 0;
      }
      pos++;
      return args.some((a) => a === void 0) ? void 0 : applyFunction(t.name, args);
    }
    if (t.op === "(") {
      const v2 = or();
      if (!isOp(")")) broken = true;
      else pos++;
      return v2;
    }
    if (t.op === "!") {
      const v2 = primary();
      return v2 === void 0 ? void 0 : !truthy(v2);
    }
    broken = true;
    return void 0;
  };
  const relational = () => {
    let a = primary();
    while (["<", "<=", ">", ">="].some(isOp)) {
      const op = tokens[pos++].op;
      const b = primary();
      a = a === void 0 || b === void 0 ? void 0 : compare(op, a, b);
    }
    return a;
  };
  const equality = () => {
    let a = relational();
    while (isOp("==") || isOp("!=")) {
      const op = tokens[pos++].op;
      const b = relational();
      a = a === void 0 || b === void 0 ? void 0 : compare(op, a, b);
    }
    return a;
  };
  const and = () => {
    let a = equality();
    while (isOp("&&")) {
      pos++;
      const b = equality();
      if (a !== void 0 && !truthy(a)) continue;
      if (b !== void 0 && !truthy(b)) a = b;
      else a = a === void 0 || b === void 0 ? void 0 : b;
    }
    return a;
  };
  const or = () => {
    let a = and();
    while (isOp("||")) {
      pos++;
      const b = and();
      if (a !== void 0 && truthy(a)) continue;
      if (b !== void 0 && truthy(b)) a = b;
      else a = a === void 0 || b === void 0 ? void 0 : b;
    }
    return a;
  };
  const v = or();
  if (broken || pos !== tokens.length) return void 0;
  return v;
}

// src/targets/repo-builds.ts
var TEMPLATE_NAME = /\.(j2|jinja2?|tmpl|tpl|template|tt|erb|ejs|hbs|mustache|gotmpl)$/i;
var TEMPLATE_LINE = /^\s*(\{%|\{\{|<%)|^[ \t]*(?:FROM|ARG|ENV|COPY|ADD|LABEL|WORKDIR|USER|EXPOSE)\b[^\n]*\{\{|^(?!\s*#)[^\n]*?<%=/im;
var DOTTED_PLACEHOLDER = /^(?!\s*#).*\$\{[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z0-9_.-]*\}/m;
function withoutHeredocBodies(text) {
  const out = [];
  let ends2 = [];
  for (const line of text.split("\n")) {
    if (ends2.length > 0) {
      const end = ends2[0];
      if ((end.dash ? line.replace(/^\t+/, "") : line).replace(/\r$/, "") === end.word) ends2 = ends2.slice(1);
      continue;
    }
    out.push(line);
    ends2 = [...line.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)].map((m) => ({ word: m[3], dash: m[1] === "-" }));
  }
  return out.join("\n");
}
function uppercaseBase(text) {
  const stages = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[ \t]*from[ \t]+((?:--\S+[ \t]+)*)(\S+)(?:[ \t]+as[ \t]+(\S+))?/gim)) {
    const image = m[2];
    if (/@@|%%/.test(image)) return image;
    if (!image.includes("$") && !stages.has(image.toLowerCase())) {
      const repo = image.replace(/[@].*$/, "").replace(/:[^/]*$/, "");
      const last = repo.slice(repo.lastIndexOf("/") + 1);
      if (/[A-Z]/.test(last)) return image;
    }
    if (m[3] !== void 0) stages.add(m[3].toLowerCase());
  }
  return null;
}
var AUTOMATIC_PLATFORM_ARGS = ["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"];
function undeclaredFromVariable(text) {
  const firstFrom = /^[ \t]*from[ \t]/im.exec(text);
  const head = firstFrom === null ? text : text.slice(0, firstFrom.index);
  const declared = /* @__PURE__ */ new Set([...AUTOMATIC_PLATFORM_ARGS, ...[...head.matchAll(/^[ \t]*arg[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gim)].map((m) => m[1])]);
  for (const m of text.matchAll(/^[ \t]*from[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) {
    const image = m[1];
    let undeclared = false;
    const expanded = image.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (ref, braced2, mod, bare) => {
      const name = braced2 ?? bare ?? "";
      if (mod !== void 0 || declared.has(name)) return "x";
      undeclared = true;
      return "";
    });
    if (undeclared && (expanded === "" || /^[:@/]|[:@/]$|::|\/\/|:@/.test(expanded))) return image;
  }
  return null;
}
var BUILDER_TEMPLATE = "a pdns-builder template";
function templateReason(abs, root) {
  if (TEMPLATE_NAME.test(abs)) return `a template (${path3.basename(abs)}): a tool renders it before docker reads it, so it is not audited`;
  const embedded = root === void 0 ? null : goEmbeddedBy(abs, root);
  if (embedded !== null) return `embedded in a Go program (${embedded}): a file it carries and writes out (a template), not a build of this repository; not audited`;
  try {
    const text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8").replace(/^\uFEFF/, "");
    if (text.trim() === "") return "an empty file: docker refuses it (the Dockerfile cannot be empty), so nothing builds it; not audited";
    if (!/^[Dd]ockerfile$/.test(path3.basename(abs)) && !/^\s*from\s/im.test(text)) return "no FROM instruction: named like a Dockerfile, but not one (docker would refuse it); not audited";
    const outside = withoutHeredocBodies(text);
    if (TEMPLATE_LINE.test(outside)) return "a template (it has {%, {{ or <% directive lines): a tool renders it before docker reads it, so it is not audited";
    const include = /^#include[ \t]+["<]([^">\n]{1,200})[">][ \t]*\r?$/m.exec(outside);
    if (include !== null) return `a template (it has #include lines, ${JSON.stringify(include[1])} first, which a preprocessor or a Makefile rule expands before docker reads it; docker takes them for comments): not audited`;
    if (/\.in$/.test(abs) && root !== void 0 && rendersByMake(abs, root)) return `a template (${path3.basename(abs)}, which a Makefile rule renders into the Dockerfile it builds): not audited`;
    const directive = /^@(INCLUDE|IF|ENDIF|ELSE|EXEC|EVAL)\b/m.exec(text);
    if (directive !== null) return `${BUILDER_TEMPLATE} (it has @${directive[1]} lines, which its build script renders); docker never reads it as it is, so it is not audited`;
    const placeholder = uppercaseBase(text);
    if (placeholder !== null) return `a template (FROM ${placeholder}: docker refuses such an image name${/@@|%%/.test(placeholder) ? " (a placeholder)" : " (capitals)"}, so a tool puts the real one in first): not audited`;
    const unset = undeclaredFromVariable(text);
    if (unset !== null) return `a template (FROM ${unset}: no ARG before the first FROM declares its variable, so docker would read no image name there; a tool fills it in first): not audited`;
    if (DOTTED_PLACEHOLDER.test(outside)) return "a template (it has ${name.with.dots} placeholders, which docker rejects: Maven's resource filtering fills them in): a tool renders it before docker reads it, so it is not audited";
    const formatLine = /^[ \t]*\{([A-Za-z_][A-Za-z0-9_]*)\}[ \t]*\r?$/m.exec(outside);
    if (formatLine !== null) return `a template (a line that is only {${formatLine[1]}}, a placeholder a program fills in before it builds; docker would refuse it): not audited`;
    const first = /^[ \t]*([^\s#]\S*)/m.exec(text.replace(/^\uFEFF/, ""));
    if (!/^[Dd]ockerfile$/.test(path3.basename(abs)) && first !== null && !INSTRUCTIONS.includes(first[1].toUpperCase())) return `its first line is no instruction (${JSON.stringify(first[1].slice(0, 24))}): named like a Dockerfile, but not one (docker would refuse it); not audited`;
  } catch {
  }
  return null;
}
var MAX_GO_FILES = 64;
var GO_FILE_BYTES = 64 * 1024;
var embedsCache = /* @__PURE__ */ new Map();
function goEmbedsIn(dir) {
  const hit = embedsCache.get(dir);
  if (hit) return hit;
  const out = [];
  let names = [];
  try {
    names = fs3.readdirSync(dir).filter((n) => n.endsWith(".go") && !n.endsWith("_test.go")).sort().slice(0, MAX_GO_FILES);
  } catch {
    names = [];
  }
  for (const n of names) {
    try {
      const text = readRegularFile(path3.join(dir, n), { noFollow: true, maxBytes: GO_FILE_BYTES }).toString("utf8");
      for (const m of text.matchAll(/^\/\/go:embed[ \t]+(.+)$/gm)) out.push({ file: n, line: m[1].trim() });
    } catch {
    }
  }
  if (embedsCache.size > 4096) embedsCache.clear();
  embedsCache.set(dir, out);
  return out;
}
function goEmbeddedBy(abs, root) {
  let dir = path3.dirname(abs);
  for (let up = 0; up < 4; up++) {
    const rel = path3.relative(dir, abs).split(path3.sep).join("/");
    const comps = rel.split("/");
    for (const { file, line } of goEmbedsIn(dir)) {
      const patterns = line.split(/\s+/).map((p) => p.replace(/^"(.*)"$/, "$1").replace(/^all:/, ""));
      const holds = patterns.some((p) => {
        const pc = p.split("/").filter((c) => c !== "" && c !== ".");
        const matches = pc.every((c, i) => filepathMatch(c, comps[i]));
        return pc.length > 0 && matches && (pc.length < comps.length || pc.length === comps.length && /[*?[]/.test(pc[pc.length - 1]));
      });
      if (holds) return `${path3.relative(root, path3.join(dir, file)).split(path3.sep).join("/")}: //go:embed ${line}`;
    }
    if (path3.resolve(dir) === path3.resolve(root) || path3.dirname(dir) === dir) break;
    dir = path3.dirname(dir);
  }
  return null;
}
var DOCKERFILE_NAME = /(?:^|\/)(?![^/]*\.dockerignore$)(?:[Dd]ockerfile|DockerFile|[^/]*\.Docker[Ff]ile|[Dd]ockerfile[._-][^/]*|[^/]*\.dockerfile|Dockerfile[A-Z][A-Za-z0-9]*|[^/]*[A-Za-z0-9_-]Dockerfile)$/;
function onlyDockerfiles(dir) {
  let names;
  try {
    names = fs3.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return names.every((e) => e.isFile() && (DOCKERFILE_NAME.test(e.name) || /(?:^|\.)dockerignore$|^README(?:\.\w+)?$|\.md$/i.test(e.name)));
}
function manifestsRead(command2) {
  const w = command2.trim().split(/\s+/).slice(0, 64);
  const has = (...xs) => xs.some((x) => w.includes(x));
  const verb = (tools, verbs) => w.some((x, i) => tools.includes(x) && verbs.includes(w[i + 1] ?? ""));
  if (verb(["npm", "yarn", "pnpm"], ["install", "ci", "i", "run", "build"]) && !has("-g", "--global")) return ["package.json"];
  if (verb(["yarn"], ["--frozen-lockfile", "--immutable"]) || w.length === 1 && w[0] === "yarn") return ["package.json"];
  if (verb(["pip", "pip3"], ["install"])) {
    if (w.some((x) => x === "." || /^\.\[[\w,.-]*\]$/.test(x))) return ["pyproject.toml", "setup.py"];
    if (w.some((x, i) => x === "-r" && w[i + 1] === "requirements.txt")) return ["requirements.txt"];
    return [];
  }
  if (verb(["poetry"], ["install"]) || verb(["uv"], ["sync"])) return ["pyproject.toml"];
  if (verb(["go"], ["build", "mod", "generate", "test"]) || verb(["go"], ["install"]) && !w.some((x) => x.includes("@"))) return ["go.mod"];
  if (verb(["cargo"], ["build", "test"]) || verb(["cargo"], ["install"]) && has("--path")) return ["Cargo.toml"];
  if (w.some((x, i) => /^(?:\.\/)?mvnw?$/.test(x) && w.slice(i + 1).some((g) => /^(?:clean|compile|package|install|verify|test|dependency:[\w-]+)$/.test(g)))) return ["pom.xml"];
  if (w.some((x, i) => /^(?:\.\/)?gradlew?$/.test(x) && w.slice(i + 1).some((g) => /^(?:build|assemble|bootJar|jar|installDist|shadowJar)$/.test(g)))) return ["build.gradle", "build.gradle.kts"];
  if (verb(["composer"], ["install"])) return ["composer.json"];
  if (verb(["bundle"], ["install"])) return ["Gemfile"];
  if (verb(["mix"], ["deps.get", "compile", "release"])) return ["mix.exs"];
  return [];
}
function manifestAbove(dir, root, runs) {
  const wanted = new Set(runs.flatMap((r) => r.slice(0, 65536).replace(/\\\r?\n/g, " ").split(/[;&|\n]+/).flatMap(manifestsRead)));
  if (wanted.size === 0) return null;
  return directoryAbove(dir, root, (d) => [...wanted].some((m) => fs3.lstatSync(path3.join(d, m), { throwIfNoEntry: false })?.isFile() === true));
}
function directoryAbove(dir, root, holds) {
  for (let d = path3.dirname(dir); isInside(root, d); d = path3.dirname(d)) {
    if (holds(d)) return d;
    if (path3.resolve(d) === path3.resolve(root)) break;
  }
  return null;
}
function ignoreFileAbove(dir, root) {
  return directoryAbove(dir, root, (d) => fs3.lstatSync(path3.join(d, ".dockerignore"), { throwIfNoEntry: false })?.isFile() === true);
}
var literalPrefix = (source) => literalComponents(source).join("/");
function contextDirFor(abs, root) {
  return placeStandalone(abs, root).dir;
}
var RUN_SCRIPT = /(?:^|[;&|(])\s*(?:(?:ba|da|z)?sh\s+(?:-\w+\s+)*(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash))|\.\/([\w.-]+(?:\/[\w.-]+)*))(?=\s|$|[;&|)])/g;
function runCdTargets(runs) {
  const made = /* @__PURE__ */ new Set();
  const out = [];
  const valued = /^(?:--depth|-b|--branch|-c|--config|-o|--origin|--reference|--reference-if-able|--filter|-j|--jobs|--separate-git-dir|--template|-u|--upload-pack|--shallow-since|--shallow-exclude|--server-option)$/;
  for (const text of runs) {
    if (text.length > 65536) continue;
    let first = true;
    for (const command2 of text.replace(/\\[ \t]*\r?\n/g, " ").split(/&&|\|\||[;|\n]/)) {
      const w = command2.trim().split(/\s+/).slice(0, 64).map((x) => x.replace(/^(["'])(.*)\1$/, "$2"));
      if (w[0] === "git" && w[1] === "clone") {
        const rest = w.slice(2);
        const words = [];
        for (let i = 0; i < rest.length; i++) {
          if (valued.test(rest[i])) i++;
          else if (!rest[i].startsWith("-")) words.push(rest[i]);
        }
        const name = words[1] ?? words[0]?.replace(/\/+$/, "").split(/[/:]/).pop()?.replace(/\.git$/, "");
        if (name !== void 0 && name !== "") made.add(name.split("/")[0]);
      } else if (w[0] === "mkdir") {
        for (const d of w.slice(1)) if (!d.startsWith("-")) made.add(d.replace(/^\.\/+/, "").split("/")[0]);
      } else if (w[0] === "cd" && w.length >= 2) {
        const to = w[1].replace(/^\.\/+|\/+$/g, "");
        if (first && /^[\w.][\w./-]*$/.test(to) && !made.has(to.split("/")[0])) out.push(to);
        first = false;
      }
    }
  }
  return out;
}
function placeStandalone(abs, root) {
  const none = { dir: null, elsewhere: null };
  const dir = path3.dirname(abs);
  if (path3.resolve(dir) === path3.resolve(root)) return none;
  let text;
  try {
    text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 });
  } catch {
    return none;
  }
  const parsed = parseDockerfile(text);
  const sources = parsed.stages.flatMap((s) => s.sources).filter((s) => s.fromContext && s.openArgs.length === 0);
  const wholeCopy = sources.some((s) => s.instruction !== "RUN --mount" && /^\.?\/?$/.test(s.source));
  const cdInto = wholeCopy ? parsed.stages.flatMap((st) => runCdTargets((st.runs ?? []).map((r) => r.text))) : [];
  const landed = parsed.stages.flatMap(
    (st) => st.sources.filter((s) => s.instruction !== "RUN --mount" && /^\.?\/?$/.test(s.source) && typeof s.dest === "string" && typeof s.workdir === "string").map((s) => ({ stage: st, line: s.line, at: path3.posix.resolve(s.workdir, s.dest) }))
  );
  const workdirsInto = landed.flatMap(
    ({ stage, line, at }) => at === "/" ? [] : (stage.runs ?? []).filter((r) => r.line > line && r.workdir.startsWith(at + "/")).map((r) => r.workdir.slice(at.length + 1).replace(/\/+$/, ""))
  );
  cdInto.push(...workdirsInto);
  const scriptsRun = landed.flatMap(
    ({ stage, line, at }) => (stage.runs ?? []).filter((r) => r.line > line && r.workdir.replace(/\/+$/, "") === at.replace(/\/+$/, "")).flatMap((r) => [...r.text.split(/(?:^|[;&|(]\s*|\s)cd\s/)[0].matchAll(RUN_SCRIPT)].map((m) => (m[1] ?? m[2]).replace(/^\.\/+/, "")).filter((sh) => !new RegExp(`(?:-[oO]\\s*|>\\s*)(?:\\./)?${escapeRegExp(sh)}(?![\\w./-])`).test(r.text)))
  );
  cdInto.push(...scriptsRun);
  const named = [...new Set([...sources.map((s) => literalPrefix(s.source)), ...cdInto].filter((p) => p !== "" && p !== "." && !p.startsWith("..") && !p.split("/").includes("..")))];
  const globs = named.length > 0 ? [] : [
    ...new Set(
      sources.map((s) => s.source.split("/").filter((c) => c !== "" && c !== ".")).filter((c) => c.length > 0 && !c.includes("..") && literalComponents(c.join("/")).length === c.length - 1).map((c) => c.join("/"))
    )
  ];
  if (named.length === 0 && globs.length === 0) return wholeCopy && onlyDockerfiles(dir) ? { dir: manifestAbove(dir, root, parsed.stages.flatMap((st) => (st.runs ?? []).map((r) => r.text))) ?? ignoreFileAbove(dir, root) ?? path3.dirname(dir), elsewhere: null } : none;
  const globResolves = (d, glob) => {
    const comps = glob.split("/");
    const dir2 = comps.slice(0, -1).join("/");
    if (dir2 !== "" && !existsWithin(d, dir2)) return false;
    try {
      return fs3.readdirSync(path3.join(d, dir2)).some((n) => filepathMatch(comps[comps.length - 1], n));
    } catch {
      return false;
    }
  };
  const resolving = (d) => named.filter((p) => existsWithin(d, p)).reduce((n, p) => n + p.split("/").filter((c) => c !== "" && c !== ".").length, 0) + globs.filter((g) => globResolves(d, g)).reduce((n, g) => n + g.split("/").length, 0);
  const buildOutputs = (d) => {
    const ignored = gitOracles(d, []).isIgnored;
    return ignored === null ? 0 : named.filter((p) => !existsWithin(d, p) && gitIgnoresMissingPath(ignored, toByteString(p))).length;
  };
  const found = nearestWithMost(dir, root, (d) => resolving(d) + buildOutputs(d));
  if (found.most > 0) return { dir: found.best, elsewhere: null };
  return { dir: null, elsewhere: named.length >= 2 ? named.sort() : null };
}
function existsWithin(dir, rel) {
  try {
    const real = fs3.realpathSync(path3.join(dir, rel));
    const base = fs3.realpathSync(dir);
    return real === base || real.startsWith(base.endsWith(path3.sep) ? base : base + path3.sep);
  } catch {
    return false;
  }
}
function nearestWithMost(dir, root, score) {
  let best = null;
  let most = score(dir);
  for (let d = path3.dirname(dir); ; d = path3.dirname(d)) {
    const n = score(d);
    if (n > most) [best, most] = [d, n];
    if (path3.resolve(d) === path3.resolve(root) || path3.dirname(d) === d) break;
  }
  return { best, most };
}
var MATRIX_REF = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d{1,3}\])*)\s*\}\}/g;
var keyParts = (k) => k.split(/\.|(?=\[)/).map((p) => p.replace(/^\[(\d+)\]$/, "$1"));
var EXPRESSION = /\$\{\{([^}\n]{0,256})\}\}/g;
var MATRIX_NAME = /\bmatrix\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/g;
var INERT_VALUED = /* @__PURE__ */ new Set(["-t", "--tag", "--label", "--platform", "--cache-from", "--cache-to", "--annotation", "--progress", "--metadata-file", "--iidfile"]);
var INERT_ALONE = /* @__PURE__ */ new Set(["--push", "--load", "--pull", "--no-cache", "--quiet", "-q"]);
function optionalFlags(inner) {
  const m = /&&\s*'([^'\n]*)'\s*\|\|\s*'([^'\n]*)'\s*$/.exec(inner);
  if (m === null) return null;
  const inert = (alt) => {
    const words = alt.trim().split(/\s+/).filter((w) => w !== "");
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const eq = w.indexOf("=");
      if (w.startsWith("--") && eq > 0 && INERT_VALUED.has(w.slice(0, eq))) continue;
      if (INERT_ALONE.has(w)) continue;
      if (INERT_VALUED.has(w) && i + 1 < words.length && !words[i + 1].startsWith("-")) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  };
  if (!inert(m[1]) || !inert(m[2])) return null;
  for (const q of inner.matchAll(/'([^'\n]*)'/g)) if (q[1].trim().startsWith("-") && !inert(q[1])) return null;
  return m[1].trim() !== "" ? m[1].trim() : m[2].trim();
}
function opaqueExpressions(script) {
  if (!script.includes("${{")) return script;
  let out = "";
  let at = 0;
  for (let open = script.indexOf("${{"); open >= 0; open = script.indexOf("${{", at)) {
    const close = script.indexOf("}}", open + 3);
    const eol = script.indexOf("\n", open);
    if (close < 0 || eol >= 0 && eol < close) break;
    const inner = script.slice(open + 3, close);
    out += script.slice(at, open) + (/^\s*[A-Za-z_][\w.-]*\s*$/.test(inner) ? script.slice(open, close + 2) : optionalFlags(inner) ?? "${{ expression }}");
    at = close + 2;
  }
  return out + script.slice(at);
}
var MAX_MATRIX_COMBOS = 64;
function matrixOnlyExpression(inner) {
  const words = inner.replace(/'(?:[^']|'')*'/g, "''").match(/[A-Za-z_][\w-]*(?:\.[\w-]+)*(?:\s*\()?/g) ?? [];
  return words.length > 0 && words.some((w) => w.startsWith("matrix.")) && words.every((w) => w.startsWith("matrix.") || /^(?:true|false|null)$/.test(w) || /^(?:contains|startsWith|endsWith)\s*\($/i.test(w));
}
function matrixCombos(matrix, texts, when) {
  const inExpressions = (t) => [...t.matchAll(EXPRESSION)].flatMap((e) => [...e[1].matchAll(MATRIX_NAME)].map((m2) => m2[1]));
  const direct = new Set(texts.flatMap((t) => [...(t ?? "").matchAll(MATRIX_REF)].map((m2) => m2[1])));
  const keys = [.../* @__PURE__ */ new Set([...direct, ...texts.flatMap((t) => inExpressions(t ?? ""))])].sort();
  if (keys.length === 0) return [{ apply: (s) => s, label: "", values: {} }];
  if (!matrix || typeof matrix !== "object" || Array.isArray(matrix)) return [];
  const m = matrix;
  const dynamic = JSON.stringify(m).includes("${{");
  const entries = Array.isArray(m.include) ? m.include : [];
  const setSomewhere = (k) => {
    const top = keyParts(k)[0].toLowerCase();
    const has = (o) => Object.keys(o).some((x) => x.toLowerCase() === top);
    return dynamic || has(m) || entries.some((e) => !e || typeof e !== "object" || Array.isArray(e) || has(e));
  };
  const required = (k) => direct.has(k) && setSomewhere(k);
  const plain = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  const pick = (v, path5) => {
    let x = v;
    for (const k of path5) {
      if (Array.isArray(x) && /^\d+$/.test(k)) x = x[Number(k)];
      else if (!x || typeof x !== "object" || Array.isArray(x)) return void 0;
      else x = x[k];
    }
    return plain(x) ? x : void 0;
  };
  const rowOf = (entries2) => Object.fromEntries(entries2.map(([k, x]) => [k, x ?? null]));
  let rows = [{}];
  for (const top of [...new Set(keys.map((k) => keyParts(k)[0]))].sort()) {
    const values = Array.isArray(m[top]) ? m[top] : [];
    const mine = keys.filter((k) => keyParts(k)[0] === top);
    const picked = values.map((v) => rowOf(mine.map((k) => [k, pick(v, keyParts(k).slice(1))])));
    if (values.length > 0) rows = rows.flatMap((r) => picked.map((p) => ({ ...r, ...p })));
  }
  for (const ex of Array.isArray(m.exclude) ? m.exclude : []) {
    if (!ex || typeof ex !== "object" || Array.isArray(ex)) continue;
    const entries2 = Object.entries(ex);
    if (entries2.length === 0 || !entries2.every(([k, v]) => plain(v) && keys.includes(k))) continue;
    rows = rows.filter((r) => !entries2.every(([k, v]) => String(r[k] ?? "") === String(v)));
  }
  rows = rows.filter((r) => keys.some((k) => r[k] !== void 0 && r[k] !== null));
  const original = new Set(Object.keys(m).filter((k) => k !== "include" && k !== "exclude" && Array.isArray(m[k])));
  const isOriginal = (k) => original.has(keyParts(k)[0]);
  const base = rows.length;
  for (const inc of Array.isArray(m.include) ? m.include : []) {
    const e = rowOf(keys.map((k) => [k, pick(inc, keyParts(k))]));
    if (!keys.some((k) => e[k] !== null)) continue;
    let extended = false;
    for (let i = 0; i < base; i++) {
      const r = rows[i];
      if (!keys.every((k) => !isOriginal(k) || e[k] === null || String(r[k] ?? "") === String(e[k]))) continue;
      rows[i] = { ...r, ...Object.fromEntries(keys.filter((k) => !isOriginal(k) && e[k] !== null).map((k) => [k, e[k]])) };
      extended = true;
    }
    if (!extended && !rows.some((r) => keys.every((k) => String(r[k] ?? "") === String(e[k] ?? "")))) rows.push(e);
  }
  if (rows.length === 0 || [...direct].some((k) => required(k) && rows.every((r) => r[k] === null || r[k] === void 0))) return [];
  if (when !== void 0) rows = rows.filter((r) => stepCondition(when, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]))) !== false);
  return rows.slice(0, MAX_MATRIX_COMBOS).map((r) => {
    const text = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]));
    return {
      apply: (s) => s.replace(MATRIX_REF, (whole, k) => text[k] ?? whole).replace(EXPRESSION, (whole, inner) => {
        if (!MATRIX_NAME.test(inner)) return whole;
        MATRIX_NAME.lastIndex = 0;
        const v = expressionText(inner, (name) => name.startsWith("matrix.") && keys.includes(name.slice("matrix.".length)) ? r[name.slice("matrix.".length)] ?? null : void 0);
        return v !== void 0 && /^[\w./@+=,:-]*$/.test(v) ? v : whole;
      }),
      // (An optional key a combination lacks is left out of its name.)
      label: ` [${keys.filter((k) => required(k) || r[k] !== null && r[k] !== void 0).map((k) => `${k}=${text[k] ?? ""}`).join(", ")}]`,
      values: text
    };
  });
}
function overlaps(a, b) {
  return a === b || b.startsWith(a.endsWith(path3.sep) ? a : a + path3.sep) || a.startsWith(b + path3.sep);
}
var withRunTimeArgs = (args) => Object.keys(args).length === 0 ? {} : { argsAtRunTime: args };
function selfCheckoutAts(job, resolve5 = (v) => v) {
  const steps = job?.steps;
  const out = [];
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st;
    if (typeof s?.uses !== "string" || !/^actions\/checkout@/.test(s.uses)) continue;
    const repo = s.with?.repository;
    if (repo !== void 0 && !(typeof repo === "string" && repo.includes("${{"))) continue;
    out.push(typeof s.with?.path === "string" ? resolve5(s.with.path).replace(/^\.\/+|\/+$/g, "") : "");
  }
  return out;
}
function selfCheckoutPath(job, resolve5 = (v) => v) {
  return selfCheckoutAts(job, resolve5)[0] ?? "";
}
function selfCheckoutAtRoot(job) {
  return selfCheckoutAts(job).some((at) => at === "" || at === ".");
}
function startsAsDockerfile(abs) {
  try {
    const head = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 16 }).toString("utf8").replace(/^\uFEFF/, "");
    const first = /^[ \t]*([^\s#].*)$/m.exec(head)?.[1] ?? "";
    return /^(?:FROM|ARG)\b/i.test(first);
  } catch {
    return true;
  }
}
function selfCheckoutPaths(job, apply = (x) => x) {
  const self = [];
  const other = [];
  const steps = job?.steps;
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st;
    if (typeof s?.uses !== "string" || !/^actions\/checkout@/.test(s.uses)) continue;
    const at = typeof s.with?.path === "string" ? apply(s.with.path).replace(/^\.\/+|\/+$/g, "") : "";
    if (at === "" || at === "." || /\$|\{\{/.test(at) || at.startsWith("/") || at.split("/").includes("..")) continue;
    (s.with?.repository === void 0 ? self : other).push(at);
  }
  for (const st of Array.isArray(steps) ? steps : []) {
    const run = st?.run;
    if (typeof run !== "string" || !run.includes("clone")) continue;
    for (const line of apply(run).split("\n").slice(0, 512)) {
      const at = selfCloneDir(line);
      if (at !== null && !self.includes(at)) self.push(at);
    }
  }
  return { self, other };
}
function onlySelfClone(script) {
  const lines = script.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  return lines.length > 0 && lines.length <= 64 && lines.some((l) => selfCloneDir(l) !== null) && lines.every((l) => selfCloneDir(l) !== null && !/[;&|]/.test(l) || /^(?:cd|echo|pwd|ls)(?:\s[^;&|]*)?$/.test(l));
}
var CLONE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-b", "--branch", "--depth", "-o", "--origin", "-c", "--config", "--reference", "--filter", "-j", "--jobs", "--separate-git-dir", "-u", "--upload-pack", "--template", "--shallow-since", "--shallow-exclude"]);
function selfCloneDir(line) {
  if (line.length > 4096) return null;
  const words = line.trim().split(/[ \t]+/).map((w) => w.replace(/^["']|["']$/g, ""));
  const at = words.findIndex((w, i) => w === "clone" && words[i - 1] === "git");
  if (at < 0) return null;
  for (let i = at + 1; i < words.length && !/^(?:&&|\|\||[;&|])/.test(words[i]); i++) {
    if ((words[i] === "-b" || words[i] === "--branch") && words[i + 1] !== void 0 && !words[i + 1].includes("$")) return null;
    if (words[i].startsWith("--branch=") && !words[i].includes("$")) return null;
  }
  const positional = [];
  for (let i = at + 1; i < words.length && positional.length < 2; i++) {
    const w = words[i];
    if (/^[;&|]/.test(w) || w === "&&" || w === "||") break;
    if ((w === "-b" || w === "--branch") && words[i + 1] !== void 0 && !/\$/.test(words[i + 1])) return null;
    if (w.startsWith("--branch=") && !w.includes("$")) return null;
    if (CLONE_VALUE_OPTIONS.has(w)) i++;
    else if (!w.startsWith("-")) positional.push(w.replace(/[;&|]+$/, ""));
  }
  const [url, dir] = positional;
  if (url === void 0 || !/(?:\$\{?GITHUB_REPOSITORY\}?|\$\{\{\s*github\.repository\s*\}\})(?:\.git)?\/?$/.test(url)) return null;
  if (dir === void 0 || /[$`*?]/.test(dir) || dir.startsWith("/") || dir.split("/").includes("..")) return null;
  const clean = dir.replace(/^\.\/+|\/+$/g, "");
  return clean === "" || clean === "." ? null : clean;
}
function ownRepositoryNames(root) {
  const names = /* @__PURE__ */ new Set();
  try {
    const cfg = readRegularFile(path3.join(root, ".git", "config"), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
    for (const m of cfg.matchAll(/^\s*url\s*=\s*(?:https?:\/\/(?:[^@/\s]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?\s*$/gim)) names.add(m[1].toLowerCase());
  } catch {
  }
  return names;
}
function ownCheckoutsAsSelf(doc, own) {
  if (own.size === 0) return;
  const jobs = doc?.jobs;
  if (!jobs || typeof jobs !== "object") return;
  for (const job of Object.values(jobs)) {
    const steps = job?.steps;
    for (const st of Array.isArray(steps) ? steps : []) {
      const s = st;
      if (typeof s?.uses !== "string" || !/^actions\/checkout@/.test(s.uses) || !s.with) continue;
      if (typeof s.with.repository === "string" && own.has(s.with.repository.trim().toLowerCase())) delete s.with.repository;
    }
  }
}
function workspaceIsAnotherRepository(job) {
  const steps = job?.steps;
  let foreignAtRoot = false;
  for (const st of Array.isArray(steps) ? steps : []) {
    const s = st;
    if (typeof s?.uses !== "string" || !/^actions\/checkout@/.test(s.uses)) continue;
    const repo = s.with?.repository;
    if (repo === void 0 || typeof repo === "string" && repo.includes("${{")) return false;
    const at = typeof s.with?.path === "string" ? s.with.path.replace(/^\.\/+|\/+$/g, "") : "";
    if (at === "" || at === ".") foreignAtRoot = true;
  }
  return foreignAtRoot;
}
function workspaceExpression(job, resolve5) {
  const at = selfCheckoutPath(job, resolve5);
  const ws = String.raw`(?:\$\{\{\s*github\.workspace\s*\}\}|/home/runner/work/([^/\s]+)/\1)`;
  if (at === "" || at === ".") return new RegExp(`^${ws}(?=/|$)`);
  if (at.startsWith("/") || at.split("/").includes("..")) return new RegExp(`^${ws}/${at.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=/|$)`);
  return new RegExp(`^(?:${ws}/|\\./)?${at.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=/|$)`);
}
var WRAPPER_CONTEXT_KEYS = ["context", "docker_context", "docker-context", "dockerfile_context", "dockerfile-context", "build_context", "build-context", "build_path", "build-path", "folder"];
var WRAPPER_TARGET_KEYS = ["target", "build_target", "build-target", "docker_target", "docker-target", "build_stage", "build-stage"];
var WRAPPER_FILE_KEYS = ["file", "dockerfile", "docker_file", "docker-file", "dockerfile_path", "dockerfile-path", "build_file", "build-file", "containerfiles", "dockerfiles"];
var KNOWN_WRAPPERS = [
  // (Its steps download and extract the product's zip artifact into the workdir before the build:
  // consul-terraform-sync's `COPY dist/$TARGETOS/$TARGETARCH/consul-terraform-sync`.)
  { uses: "hashicorp/actions-docker-build", contextKeys: ["workdir"], context: ".", fileKeys: ["dockerfile"], fileFromContext: true, writes: "extracts the product's zip artifact into the context first" },
  { uses: "smartcontractkit/chainlink-github-actions/docker/build-push", context: "." },
  // kyma-project/test-infra's reusable image-builder.yml (`context` default `.`): kyma-project/serverless' _build.yaml.
  { uses: "kyma-project/test-infra/.github/workflows/image-builder.yml", context: "." },
  // Both run `docker build -f DOCKERFILE ... DIR` from the workspace, the Dockerfile's default the
  // root's `Dockerfile` whatever the directory (their src/docker.js and entrypoint.sh):
  // mr-smithers-excellent/docker-build-push (`directory`, `dockerfile`; hollama's build.yml), and
  // kciter/aws-ecr-action (`path`, `dockerfile`; kanvas-ecosystem-api's deploy.yml), which runs its
  // `prebuild_script` first.
  { uses: "mr-smithers-excellent/docker-build-push", contextKeys: ["directory"], context: ".", fileKeys: ["dockerfile"], file: "Dockerfile" },
  { uses: "kciter/aws-ecr-action", contextKeys: ["path"], context: ".", fileKeys: ["dockerfile"], file: "Dockerfile", writesWith: "prebuild_script" },
  // jerray/publish-docker-action likewise (its build.go: `docker build --file FILE ... PATH` from the
  // workspace; `file` default `Dockerfile`, `path` default `.`): nas-landing-page's push was not read.
  { uses: "jerray/publish-docker-action", contextKeys: ["path"], context: ".", fileKeys: ["file"], file: "Dockerfile" },
  // redhat-actions/buildah-build: `context` defaults to `.` (guidellm's release build names none and
  // was not read), `containerfiles` a list of one; buildah reads `.containerignore` before `.dockerignore`.
  // Without a Containerfile it builds from `base-image` and `content`, no Dockerfile (the review of 2a7d2a0).
  { uses: "redhat-actions/buildah-build", contextKeys: ["context"], context: ".", fileKeys: ["containerfiles", "dockerfiles"], containerignore: true, fileRequired: true },
  // elgohr/Publish-Docker-Github-Action (its entrypoint.sh): `cd "$INPUT_WORKDIR"`, then `docker build
  // $INPUT_BUILDOPTIONS -f $INPUT_DOCKERFILE ... ${INPUT_CONTEXT:-.}`, so the context and the Dockerfile
  // are the workdir's, the stage a `--target` in `buildoptions` (phpDocumentor's docker.yml pushes
  // `--target=prod` so; none of its builds was read).
  { uses: "elgohr/publish-docker-github-action", contextKeys: ["context"], context: ".", fileKeys: ["dockerfile"], workdirKey: "workdir", optionsKey: "buildoptions" },
  // macbre/push-to-ghcr (its action.yml: `dockerfile`, default `./Dockerfile`, and `context`, default `.`, for `docker
  // build`): movim's container.yml gives only `dockerfile: Containerfile`, and --all found no build (sweep 56/U-F4).
  { uses: "macbre/push-to-ghcr", contextKeys: ["context"], context: ".", fileKeys: ["dockerfile"], file: "Dockerfile" }
];
function leavesAndReturns(dir, file) {
  const f = path3.posix.normalize(file);
  if (!f.startsWith("../")) return false;
  const joined = path3.posix.join(dir, f);
  return joined.startsWith(path3.posix.normalize(dir) + "/");
}
function fromOwnDir(root, dir, context, file) {
  if (dir === "." || dir === "" || path3.posix.isAbsolute(context) || file !== void 0 && path3.posix.isAbsolute(file)) return null;
  if (file !== void 0 && leavesAndReturns(dir, file) && !path3.posix.normalize(context).startsWith("..")) return null;
  const rootCtx = path3.resolve(root, context);
  if (isInside(root, rootCtx) && isRegular(file === void 0 ? path3.join(rootCtx, "Dockerfile") : path3.resolve(root, file))) return null;
  const ownCtx = path3.resolve(root, dir, context);
  const ownFile = file === void 0 ? path3.join(ownCtx, "Dockerfile") : path3.resolve(root, dir, file);
  if (!isInside(root, ownCtx) || !isDirectory(ownCtx) || !isInside(root, ownFile) || !isRegular(ownFile) && isInside(root, rootCtx)) return null;
  return { context: ownCtx, dockerfile: file === void 0 ? void 0 : ownFile };
}
function ownImageDir(root, dir, c, runElsewhere) {
  if (dir === "." || dir === "" || c.file !== void 0 || c.stdin || path3.posix.normalize(c.context) !== "." || !isRegular(path3.join(root, dir, "Dockerfile"))) return null;
  const name = path3.posix.basename(dir).toLowerCase();
  const repoName = (t) => {
    const last = t.slice(t.lastIndexOf("/") + 1);
    const end = last.search(/[:@]/);
    return (end < 0 ? last : last.slice(0, end)).toLowerCase();
  };
  if (!(c.tags ?? []).some((t) => repoName(t) === name) || CD_COMMAND.test(c.untilHere?.() ?? "")) return null;
  return runElsewhere() ? null : { context: path3.join(root, dir), dockerfile: void 0 };
}
function namedByPath(root, rel, f) {
  const files = [...WORKFLOW_DIRS.flatMap((d) => {
    if (!isDirectory(path3.join(root, d.split("/")[0])) || !isDirectory(path3.join(root, d))) return [];
    try {
      return fs3.readdirSync(path3.join(root, d)).filter((n) => /\.ya?ml$/.test(n)).map((n) => `${d}/${n}`);
    } catch {
      return [];
    }
  }), ...rel.filter((x) => x !== f)].slice(0, 200);
  const runs = new RegExp(`(?:\\./|(?:^[ \\t]*|[;&|(][ \\t]*|run:[ \\t]*)(?:(?:ba|z|da)?sh[ \\t]+(?:-\\w+[ \\t]+)*)?|(?:ba|z|da)?sh[ \\t]+(?:-\\w+[ \\t]+)*)${escapeRegExp(f)}(?![\\w./-])`, "m");
  return files.some((x) => {
    try {
      const text = readRegularFile(path3.join(root, x), { noFollow: true, maxBytes: 256 * 1024 }).toString("utf8");
      return text.includes(f) && runs.test(text);
    } catch {
      return false;
    }
  });
}
var lstatOrNull = (abs) => {
  try {
    return fs3.lstatSync(abs, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
};
var isDirectory = (abs) => lstatOrNull(abs)?.isDirectory() === true;
var isRegular = (abs) => lstatOrNull(abs)?.isFile() === true;
var followsToAnything = (abs) => {
  try {
    return fs3.statSync(abs, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
};
function wrapperInputs(uses, w, root) {
  if (!w || /^(?:\.\/|actions\/|docker\/|github\/)/i.test(uses) || !/^[\w.-]+\/[\w.-]+/.test(uses)) return null;
  const pick = (keys) => {
    const k = keys.find((x) => typeof w[x] === "string");
    if (k === void 0) return void 0;
    const lines = w[k].split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return lines.length === 1 ? lines[0] : w[k].trim();
  };
  const known = KNOWN_WRAPPERS.find((k) => uses.toLowerCase().startsWith(k.uses + "@"));
  const workdir = known?.workdirKey !== void 0 && typeof w[known.workdirKey] === "string" ? w[known.workdirKey].trim() : "";
  const inWorkdir = (p) => p === void 0 || workdir === "" ? p : path3.posix.join(workdir, p);
  const context = inWorkdir(pick(known?.contextKeys ?? WRAPPER_CONTEXT_KEYS) ?? known?.context);
  const listed = pick(known?.fileKeys ?? WRAPPER_FILE_KEYS);
  const entries = listed?.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const given = inWorkdir(entries !== void 0 && entries.length === 1 ? entries[0] : listed);
  const file = known?.fileFromContext === true && context !== void 0 ? path3.posix.join(context, given ?? "Dockerfile") : known?.fileRequired ? given : given ?? known?.file ?? (context !== void 0 && /build|docker|image|kaniko|container/i.test(uses) ? path3.posix.join(context, "Dockerfile") : void 0);
  if (context === void 0 || file === void 0 || /\$\{\{|\{\{|\$|^[a-z]+:\/\//i.test(context + file) || context.includes("\n") || file.includes("\n")) return null;
  const ctxAbs = path3.resolve(root, context);
  if (!isInside(root, ctxAbs) || !isDirectory(ctxAbs)) return null;
  for (const abs of [path3.resolve(root, file), path3.resolve(ctxAbs, file)]) {
    if (!isInside(root, abs) || !isRegular(abs)) continue;
    const options = known?.optionsKey !== void 0 && typeof w[known.optionsKey] === "string" ? /(?:^|\s)--target(?:=|\s+)(\S+)/.exec(w[known.optionsKey])?.[1] : void 0;
    const t = options ?? WRAPPER_TARGET_KEYS.map((k) => w[k]).find((v) => typeof v === "string");
    const target = typeof t === "string" && t.trim() !== "" && !/\$|\{\{|\n/.test(t) ? t.trim() : void 0;
    if (templateReason(abs) === null) return { context, file: path3.relative(root, abs).split(path3.sep).join("/"), ...target !== void 0 ? { target } : {}, ...known?.containerignore ? { containerignore: true } : {} };
  }
  return null;
}
function wrapperCombos(uses, w, root, matrix) {
  if (!w) return [];
  const strings = Object.entries(w).filter((e) => typeof e[1] === "string");
  const out = [];
  for (const combo of matrixCombos(matrix, strings.map(([, v]) => v))) {
    const inputs = wrapperInputs(uses, { ...w, ...Object.fromEntries(strings.map(([k, v]) => [k, combo.apply(v)])) }, root);
    if (inputs !== null) out.push({ inputs, label: combo.label });
  }
  return out;
}
function workspaceCdExpression(job, resolve5) {
  const at = selfCheckoutPath(job, resolve5);
  if (at.includes("${{") || at.startsWith("/") || at.split("/").includes("..")) return void 0;
  const ws = String.raw`(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)`;
  const sub = at === "" || at === "." ? "" : "/" + at.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${ws}${sub}(?=/|$)`);
}
function workspaceWrites(s, root, checkoutAt = "") {
  if (typeof s.uses !== "string") return null;
  const given = s.with?.path;
  const paths = typeof given === "string" ? given.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("!")) : [];
  const resolve5 = (p) => {
    if (/\$\{\{/.test(p)) return [root];
    if (p.startsWith("~") || path3.isAbsolute(p)) return [];
    const rel = path3.posix.normalize(literalPrefix(p).replace(/^\.\/+/, ""));
    if (checkoutAt === "") return [path3.resolve(root, rel)];
    if (rel === checkoutAt || rel === ".") return [root];
    return rel.startsWith(checkoutAt + "/") ? [path3.resolve(root, rel.slice(checkoutAt.length + 1))] : [];
  };
  if (/^actions\/download-artifact@/.test(s.uses)) return paths.length > 0 ? paths.flatMap(resolve5) : [root];
  if (/^actions\/cache(\/restore)?@/.test(s.uses)) return paths.flatMap(resolve5);
  if (/^actions\/checkout@/.test(s.uses) && paths.length > 0) return paths.flatMap(resolve5);
  if (/^goreleaser\/goreleaser-action@/i.test(s.uses)) return [path3.resolve(root, typeof s.with?.workdir === "string" && !s.with.workdir.includes("${{") ? s.with.workdir : ".", "dist")];
  if (actionWritesNothing(s.uses, s.with) || /^docker\//i.test(s.uses) || /docker|build|image|push/i.test(s.uses.replace(/@.*$/, "")) || Object.keys(s.with ?? {}).some((k) => /^(?:context|dockerfile|tags|build-args|platforms|push|image|registry)$/i.test(k))) return null;
  const downloader = /download|fetch|extract|unpack|unzip|untar|release-asset/i.test(s.uses.replace(/@.*$/, ""));
  const into = Object.entries(s.with ?? {}).filter(([k, v]) => (WRITE_INPUT.test(k) || downloader && /^(?:path|dir|directory)$/i.test(k)) && typeof v === "string" && v.trim() !== "" && !/\$\{\{|\n/.test(v));
  const written = into.flatMap(([, v]) => resolve5(v.trim())).filter((p) => p !== root);
  return written.length > 0 ? written : null;
}
var WRITE_INPUT = /^(?:target|dest|destination|outdir|out[-_]?dir|output[-_]?(?:dir|directory|path)|download[-_]?(?:dir|path)|target[-_]?(?:dir|path)|extract[-_]?to|out[-_]?file[-_]?path)$/i;
var NON_WRITING_ACTION = /^(?:actions\/(?:setup-[\w-]+|upload-artifact)|docker\/(?:setup-buildx-action|setup-qemu-action|login-action|metadata-action)|aws-actions\/(?:configure-aws-credentials|amazon-ecr-login)|azure\/(?:login|docker-login)|oven-sh\/setup-bun|denoland\/setup-deno|dtolnay\/rust-toolchain|sigstore\/cosign-installer)@/i;
function actionWritesNothing(uses, w) {
  if (NON_WRITING_ACTION.test(uses)) return true;
  return /^pnpm\/action-setup@/i.test(uses) && (w?.run_install === void 0 || w.run_install === false || w.run_install === "false");
}
function scriptQuiet(script) {
  const rest = withoutBuilds(script).replace(/\$\{\{[^}]*\}\}/g, "x");
  return !runMayWrite(rest) && !/\$\(|`/.test(rest);
}
function withoutBuilds(script) {
  return script.replace(/\\\n/g, " ").split("\n").map((l) => l.split(/&&|\|\||;/).filter((seg) => !DOCKER_BUILD_RE.test(seg)).join(" ; ")).join("\n");
}
var PURE_BUILDER = /^(?:(?:docker|depot|useblacksmith|warpbuilds)\/(?:build-push-action|bake-action)|step-security\/docker-build-push-action)@/i;
function checkoutFetchesSubmodules(w) {
  const v = w?.submodules;
  return v === true || typeof v === "string" && v.trim() !== "" && !/^false$/i.test(v.trim());
}
function runMayWrite(script) {
  const inert = /^(?:#.*|(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\+?=(?:"[^"]*"|'[^']*'|\$\{\{[^}]*\}\}|\$\((?:[^()>'"]|"[^"]*"|'[^']*'|\([^()>'"]*\))*\)|\$(?!\{\{|\()|`[^`>]*`|[^\s"'$`])*(?:\s+[A-Za-z_][A-Za-z0-9_]*\+?=(?:"[^"]*"|'[^']*'|\$\{\{[^}]*\}\}|\$\((?:[^()>'"]|"[^"]*"|'[^']*'|\([^()>'"]*\))*\)|\$(?!\{\{|\()|`[^`>]*`|[^\s"'$`])*)*|(?:echo|printf)\b[^>|]*(?:>>?\s*"?\$\{?GITHUB_(?:ENV|OUTPUT|STEP_SUMMARY|PATH)\}?"?\s*|\|\s*docker\s+login\b.*)?|docker\s+login\b.*|(?:npm|pnpm)\s+(?:install|i|add)\s+(?:-g|--global)\b[^>|;&]*|yarn\s+global\s+add\b[^>|;&]*|set\s+-[euxo]+(?:\s+pipefail)?|(?:sudo\s+)?(?:chmod|chown|chgrp)\s[^>|;&]*|(?:ls|ll|pwd|file|stat|du|df|which|whoami|uname|date|printenv|(?:sha\d+|md5)sum)(?:\s[^>|;&]*)?|env|(?:el)?if\s+\[\[?[^;&|><]*\]\]?\s*;\s*then|then|else|fi|exit(?:\s+\d+)?)$/;
  return script.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).some((l) => l !== "" && !inert.test(l) && !quietTree(l));
}
function quietTree(l) {
  return /^tree(?:\s[^>|;&]*)?$/.test(l) && !/(?:^|\s)-(?:[a-zA-Z]*o|-output)/.test(l);
}
function shellCommands(line) {
  const out = [];
  for (let rest = line; ; ) {
    const head = untilCommandEnd(rest);
    out.push(head);
    if (head.length >= rest.length) return out;
    rest = rest.slice(head.length).replace(/^(?:&&|\|\||[;&|])/, "");
  }
}
function writesBeforeCompose(text) {
  const commands = text.replace(/\\\n/g, " ").split("\n").flatMap((l) => l.length > 4096 ? [l] : shellCommands(l)).map((c) => c.trim().replace(/^\(+|\)+$/g, "").trim());
  const isBuild = (c) => {
    const m = COMPOSE_HEAD2.exec(c);
    return m !== null && /(?:^|\s)(?:build|up|run)(?:\s|$)/.test(m[1]);
  };
  const first = commands.findIndex(isBuild);
  const before = (first < 0 ? commands : commands.slice(0, first)).filter(
    (c) => c !== "" && !c.startsWith("#") && !/^(?:cd|pushd|popd)\b/.test(c) && !/^(?:true|false|:)$/.test(c) && !COMPOSE_HEAD2.test(c) && !/^(?:sudo\s+)?docker\s+(?:network|volume|pull|login|logout|info|version|ps|images|image\s+(?:ls|inspect)|inspect)\b[^>]*$/.test(c) && !/^(?:echo|printf)\b[^>]*(?:>\s*&2|>\s*\/dev\/null)?\s*$/.test(c)
  );
  return runMayWrite(before.join("\n"));
}
var MAKES_ARTIFACTS = /(?<![\w./-])(?:(?:\.\/)?gradlew?\s+(?:[^\n;&|]*\s)?(?:build|assemble|jar|bootJar|distZip|shadowJar|installDist)\b|(?:\.\/)?mvnw?\s+(?:[^\n;&|]*\s)?(?:package|install|verify)\b|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|go\s+build\b|cargo\s+build\b|g?make\b|dotnet\s+(?:build|publish)\b)/;
function actionInputList(text) {
  const out = [];
  for (const raw of text.split("\n")) {
    const l = raw.trim();
    if (l === "" || l.startsWith("#")) continue;
    const q = /^"((?:[^"]|"")*)"$/.exec(l);
    out.push(q ? q[1].replace(/""/g, '"') : l);
  }
  return out;
}
function shellWords(line) {
  const word = /(?:"[^"]*"|'[^']*'|\$\{\{[^}\n]{0,256}\}\}|\$\((?:[^()\n]|\([^()\n]{0,256}\)){0,512}\)|`[^`\s][^`\n]{0,255}`|[^\s"']|["'])+/g;
  return [...line.matchAll(word)].map((m) => m[0].replace(/"([^"]*)"|'([^']*)'/g, (_, a, b) => a ?? b ?? ""));
}
function untilCommandEnd(text) {
  let depth = 0;
  let end = text.length;
  forUnquoted(text, text.length, (i) => {
    const c = text[i];
    if (c === "$" && text[i + 1] === "(") {
      depth++;
      return false;
    }
    if (c === ")" && depth > 0) {
      depth--;
      return false;
    }
    if (depth > 0 || !";&|".includes(c)) return false;
    if (c === "&" && (text[i - 1] === ">" || text[i + 1] === ">")) return false;
    end = i;
    return true;
  });
  return text.slice(0, end);
}
function withoutClosingParens(cmd) {
  let end = cmd.length;
  while (end > 0 && /\s/.test(cmd[end - 1])) end--;
  const blanks = end;
  while (end > 0 && cmd[end - 1] === ")") end--;
  return end === blanks ? cmd : cmd.slice(0, end);
}
function closingParens(segment) {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment[end - 1])) end--;
  let n = 0;
  while (end > 0 && segment[end - 1] === ")") {
    end--;
    n++;
  }
  if (n > 0) return n;
  let i = 0;
  while (i < segment.length && /\s/.test(segment[i])) i++;
  while (i < segment.length && segment[i] === ")") {
    i++;
    n++;
  }
  return n;
}
var REDIRECTION = /(^|\s)(?:\d*|&)(?:>>?|<<<|<<-?|<)(?:&[\d-]|\s*[^\s;&|<>]+)?/g;
function* commandLines(script, workdir, head, rootCd, absRoot) {
  let cwd = workdir;
  const stack = [];
  let previous;
  let subshells = [];
  let multiLine = 0;
  const ifs = [];
  const cases = [];
  const change = (segment) => {
    let patternAt = 0;
    const one = (raw, quoted) => {
      const whole = raw.length;
      if (quoted) return;
      for (const _ of /^\s*(\(*)/.exec(raw)?.[1] ?? "") subshells.push(cwd);
      const open = /^\s*(?:[@+-]\s*)*case\s(?:[^;&|]*?)\sin(?=\s|$)/.exec(raw);
      if (open !== null) {
        cases.push({ cwd, pattern: true });
        raw = raw.slice(open[0].length);
      }
      const top = cases.length > 0 ? cases[cases.length - 1] : null;
      if (top !== null && /^\s*esac(?=[\s)]|$)/.test(raw)) {
        cwd = top.cwd;
        cases.pop();
        return;
      }
      if (top !== null && top.pattern) {
        const branch = /^\s*\(?[^()\s][^()]*\)/.exec(raw);
        if (branch === null) return;
        top.pattern = false;
        cwd = top.cwd;
        raw = raw.slice(branch[0].length);
        patternAt = whole - raw.length;
      }
      const kw = /^\s*(?:[@+-]\s*)*(if|then|elif|else|fi|do|done)(?=\s|$)/.exec(raw);
      if (kw !== null) {
        if (kw[1] === "if") {
          ifs.push(cwd);
          return;
        }
        if (kw[1] === "fi") {
          ifs.pop();
          return;
        }
        if ((kw[1] === "else" || kw[1] === "elif") && ifs.length > 0) cwd = ifs[ifs.length - 1];
        if (kw[1] === "elif" || kw[1] === "done") return;
        raw = raw.slice(kw[0].length);
      }
      const cmd = withoutClosingParens(raw.replace(REDIRECTION, "$1").replace(/^\s*\(+/, ""));
      if (/^\s*popd\s*$/.test(cmd)) {
        if (stack.length > 0) cwd = stack.pop();
        else cwd = null;
        return;
      }
      const cd = /^\s*(cd|pushd)(?:\s+("[^"]*"|'[^']*'|(?:\$\{\{[^}\n]{0,256}\}\}|[^\s$]|\$(?!\{\{))+))?\s*$/.exec(cmd);
      if (!cd) return;
      if (cd[1] === "pushd") stack.push(cwd);
      const to = cd[2] === void 0 ? "~" : cd[2].replace(/^(["'])(.*)\1$/, "$2");
      if (cd[1] === "cd" && to === "-") {
        const back = previous === void 0 ? null : previous;
        previous = cwd;
        cwd = back;
        return;
      }
      previous = cwd;
      const root = rootCd?.exec(to);
      if (root) {
        const rest = to.slice(root[0].length);
        cwd = /[$~`]/.test(rest) ? null : path3.posix.join(".", rest);
        return;
      }
      if (absRoot !== void 0 && path3.posix.isAbsolute(to) && !/[$~`]/.test(to) && (to === absRoot || to.startsWith(absRoot.replace(/\/$/, "") + "/"))) {
        cwd = path3.posix.relative(absRoot, to) || ".";
        return;
      }
      if (cwd === null) return;
      cwd = /[$~`]|^-$/.test(to) || path3.posix.isAbsolute(to) ? null : path3.posix.join(cwd, to);
    };
    const inQuotes = quotedPositions(segment);
    let start = 0;
    for (const raw of segment.split(/&&|\|\||;/)) {
      const sep3 = /^(?:&&|\|\||;)/.exec(segment.slice(start + raw.length, start + raw.length + 2));
      patternAt = 0;
      one(raw, inQuotes[start] !== 0);
      if (cases.length > 0 && inQuotes[start + raw.length] === 0 && /^;(?:;&?|&)/.test(segment.slice(start + raw.length, start + raw.length + 3))) cases[cases.length - 1].pattern = true;
      start += raw.length + (sep3 === null ? 0 : sep3[0].length);
      const closes = closingParens(raw.slice(patternAt).replace(/\$\([^()]*\)/g, ""));
      for (let k = 0; k < closes && subshells.length > 0; k++) {
        cwd = subshells.pop();
        multiLine = Math.min(multiLine, subshells.length);
      }
    }
  };
  const allLines = arraysOnOneLine(withFunctionCalls(script.replace(/\\\n|[ \t]`[ \t]*\r?\n/g, " "))).split("\n");
  const carried = carriedStrings(allLines);
  for (let li = 0; li < allLines.length; li++) {
    const raw = allLines[li];
    const inString = carried[li];
    const full = inString === 0 ? withoutComment(raw) : inString > raw.length ? raw : raw.slice(0, inString) + withoutComment(raw.slice(inString));
    const shell = inString === 0 ? full : " ".repeat(Math.min(inString, full.length)) + full.slice(inString);
    let line = full;
    const subshell = /^\s*\(/.test(shell) && /\)\s*$/.test(shell);
    const outside = { cwd, previous, depth: stack.length };
    if (!/^\s*\(\s*$/.test(shell)) subshells = subshells.filter((_, i) => i < multiLine);
    else multiLine = subshells.length + 1;
    for (let builds = 0; builds < 64; builds++) {
      const m = head.exec(line);
      const offset = full.length - line.length;
      change(m ? shell.slice(offset, offset + m.index) : shell.slice(offset));
      if (!m) break;
      const at = full.length - line.length + m.index;
      if (cwd !== null && !echoedAt(full, at)) yield { line, m: withinQuote(line, m, () => allLines.slice(li + 1).join("\n")), cwd, before: () => [...allLines.slice(0, li), full.slice(0, at)].join("\n") };
      const rest = line.slice(m.index);
      const end = untilCommandEnd(rest).length;
      if (end >= rest.length) break;
      line = rest.slice(end).replace(/^(?:&&|\|\||[;&|])/, "");
    }
    if (subshell) {
      cwd = outside.cwd;
      previous = outside.previous;
      stack.length = outside.depth;
    }
  }
}
var CD_COMMAND = /(?:^|[\s;&|(])(?:cd|pushd)\s/m;
function runsWhereSet(name, restOfLine, after) {
  const text = restOfLine + "\n" + after();
  const use = new RegExp(`\\$(?:\\{${name}\\}|${name}(?!\\w))`).exec(text);
  return use !== null && !CD_COMMAND.test(text.slice(0, use.index));
}
function withinQuote(line, m, after = () => "") {
  let quote = null;
  let opened = -1;
  for (let i = 0; i < m.index; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      opened = i;
    } else if (c === "\\") i++;
  }
  if (quote === null || m[1] === void 0) return m;
  const head = line.slice(0, opened);
  const shellC = /(?:^|[\s;&|(])(?:ba|da|z|k)?sh\s+(?:-[a-z]+\s+)*-[a-z]*c\s*$/.test(head);
  const held = shellC ? null : /(?:^|[\s;&|(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=$/.exec(head);
  if (!(shellC || held !== null && runsWhereSet(held[1], line.slice(m.index), after)) || line.slice(opened + 1, m.index).trim() !== "") return m;
  let end = -1;
  for (let i = 0; i < m[1].length; i++) {
    if (quote === '"' && m[1][i] === "\\") i++;
    else if (m[1][i] === quote) {
      end = i;
      break;
    }
  }
  if (end < 0) return m;
  const cut = [...m];
  cut.index = m.index;
  cut.input = m.input;
  cut[1] = m[1].slice(0, end);
  return cut;
}
function runsDockerBuild(script) {
  for (const raw of script.replace(/\\\n/g, " ").split("\n")) {
    const line = withoutComment(raw);
    const m = DOCKER_BUILD_RE.exec(line);
    if (m && !echoedAt(line, m.index)) return true;
  }
  return false;
}
function echoedAt(line, at) {
  let start = 0;
  forUnquoted(line, at, (i) => {
    if (";|&(`".includes(line[i])) start = i + 1;
  });
  return /^\s*(?:[A-Za-z_]\w*=\S*\s+)*(?:echo|printf)\b/.test(line.slice(start, at));
}
function forUnquoted(line, end, visit) {
  let quote = null;
  for (let i = 0; i < end; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "\\") i++;
    else if (visit(i) === true) return;
  }
}
var HEREDOC_START = /<<(-?)\s*\\?(['"]?)([\w.-]+)\2/y;
function carriedStrings(lines) {
  const out = new Array(lines.length).fill(0);
  let quote = null;
  let heredoc = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (heredoc !== null) {
      if ((heredoc.tabs ? line.replace(/^\t+/, "") : line).replace(/\r$/, "") === heredoc.end) heredoc = null;
      continue;
    }
    const opened = quote;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === quote) {
          quote = null;
          if (opened !== null && out[li] === 0) out[li] = i + 1;
        } else if (c === "\\" && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "\\") i++;
      else if (c === "#" && (i === 0 || /[\s;&|(]/.test(line[i - 1]))) break;
      else if (c === "<" && line.startsWith("<<", i) && line[i + 2] !== "<") {
        HEREDOC_START.lastIndex = i;
        const h = HEREDOC_START.exec(line);
        if (h !== null) heredoc = { end: h[3], tabs: h[1] === "-" };
      }
    }
    if (opened !== null && out[li] === 0) out[li] = line.length + 1;
  }
  return quote === null ? out : new Array(lines.length).fill(0);
}
function quotedPositions(line) {
  const out = new Uint8Array(line.length + 1);
  let quote = null;
  let kind = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) {
      out[i] = kind;
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < line.length) out[++i] = kind;
    } else if (c === '"' || c === "'") {
      quote = c;
      kind = c === '"' ? 1 : 2;
      out[i] = kind;
    } else if (c === "\\") i++;
  }
  return out;
}
function withoutComment(line) {
  let cut = line.length;
  forUnquoted(line, line.length, (i) => {
    if (line[i] !== "#" || i > 0 && !/[\s;&|(]/.test(line[i - 1])) return false;
    cut = i;
    return true;
  });
  return line.slice(0, cut);
}
var COMPOSE_HEAD2 = /\bdocker(?:\s+compose|-compose)\b(.*)$/;
var COMPOSE_SUB_VALUE_FLAGS = {
  up: /^(?:--scale|-t|--timeout|--exit-code-from|--attach|--no-attach|--pull|--wait-timeout)$/,
  run: /^(?:-e|--env|--env-from-file|-w|--workdir|-u|--user|--name|-p|--publish|--entrypoint|-v|--volume|-l|--label|--pull|--cap-add|--cap-drop)$/,
  build: /^(?:--build-arg|--builder|-m|--memory|--ssh|--progress)$/
};
function composeFilesOf(c, root, environment = {}) {
  if (c.files.length > 0) return c.files.map((f) => path3.resolve(root, f));
  const at = path3.resolve(root, c.projectDirectory ?? c.cwd);
  return composeFilesFromEnv(at, (c.envFiles ?? []).map((f) => path3.resolve(root, f)), { ...environment, ...c.env ?? {} }) ?? findComposeFiles(at, false);
}
function commandEnv(before) {
  let segment = before;
  for (let depth = 0, i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === "(" && before[i - 1] === "$") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0 && (c === ";" || c === "|" || c === "&" || c === "(")) segment = before.slice(i + 1);
  }
  segment = segment.replace(/^\s*[@-]*(?:env\s+)?/, "");
  const assignment = /([A-Za-z_]\w*)=((?:"[^"]*"|'[^']*'|\$\$?\([^()]*\)|[^\s"'])*)\s*/y;
  const env = {};
  let at = 0;
  for (let m = assignment.exec(segment); m !== null && m.index === at; m = assignment.exec(segment)) {
    at = assignment.lastIndex;
    const value = m[2].replace(/"([^"]*)"|'([^']*)'/g, (_, a, b) => a ?? b ?? "");
    if (!/[$`]|\{\{/.test(value)) env[m[1]] = value;
  }
  return segment.slice(at).trim() === "" ? env : {};
}
function composeCommands(script, workdir = ".", rootCd, ephemeral = false) {
  const out = [];
  for (const { line, m, cwd } of commandLines(script, workdir, COMPOSE_HEAD2, rootCd)) {
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, "$1"));
    const env = commandEnv(line.slice(0, m.index));
    const files = [];
    const envFiles = [];
    let sub = null;
    let builds = false;
    let forced = false;
    let noBuild = false;
    let unknown = false;
    let projectDirectory;
    const services = [];
    let noDeps = false;
    let withDeps = false;
    let project;
    let notAJob = false;
    let exitCodeFrom;
    let abortOnExit = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name) => w === name ? words[++i] : w.startsWith(name + "=") ? w.slice(name.length + 1) : void 0;
      if (sub === null) {
        const f = value("-f") ?? value("--file");
        const e = f === void 0 ? value("--env-file") : void 0;
        if (f !== void 0) files.push(f);
        else if (e !== void 0) envFiles.push(e);
        else if (/^--project-directory(?:=|$)/.test(w)) {
          projectDirectory = value("--project-directory");
          if (projectDirectory === void 0 || projectDirectory === "" || /\$|\{\{/.test(projectDirectory)) unknown = true;
        } else if (/^-(?:p|-project-name)$/.test(w)) project = words[++i];
        else if (w.startsWith("--project-name=")) project = w.slice("--project-name=".length);
        else if (/^-(?:-profile|-ansi|-progress|-parallel)$/.test(w)) i++;
        else if (!w.startsWith("-")) sub = w;
        continue;
      }
      if ((sub === "up" || sub === "run") && w === "--build") forced = true;
      if ((sub === "up" || sub === "run") && w === "--no-build") noBuild = true;
      if (sub === "up" || sub === "run" || sub === "build") {
        if (/^(?:-d|--detach(?:=true)?|--wait|--service-ports|-p|--publish(?:=.*)?)$/.test(w)) notAJob = true;
        if (sub === "up" && (w === "--exit-code-from" || w.startsWith("--exit-code-from="))) exitCodeFrom = w === "--exit-code-from" ? words[i + 1] : w.slice("--exit-code-from=".length);
        if (sub === "up" && /^--abort-on-container-exit(?:=true)?$/.test(w)) abortOnExit = true;
        if (w === "--no-deps") noDeps = true;
        else if (w === "--with-dependencies") withDeps = true;
        else if (COMPOSE_SUB_VALUE_FLAGS[sub].test(w)) i++;
        else if (!w.startsWith("-")) {
          services.push(w);
          if (sub === "run") break;
        }
      }
    }
    if (sub === "build" || forced || (sub === "up" || sub === "run") && !noBuild) builds = true;
    if (sub === "up" && exitCodeFrom !== void 0 && /^\$\{?\w+\}?$/.test(exitCodeFrom) && services.length === 1 && services[0] === exitCodeFrom) {
      services.length = 0;
      exitCodeFrom = "*";
    }
    if (!builds || unknown || [...files, ...envFiles].some((f) => f === "-" || /\$|\{\{/.test(f))) continue;
    const at = (f) => path3.posix.isAbsolute(f) ? f : path3.posix.join(cwd, f);
    const jobService = notAJob && !ephemeral ? void 0 : sub === "run" ? services[0] : sub === "up" ? exitCodeFrom ?? (abortOnExit || ephemeral && services.length !== 1 ? "*" : ephemeral ? services[0] : void 0) : void 0;
    const job = jobService !== void 0 && (jobService === "*" || /^[\w.-]+$/.test(jobService)) && (project === void 0 || /^[a-z0-9][a-z0-9_-]*$/.test(project)) ? { service: jobService, ...project !== void 0 ? { project } : {}, ...ephemeral ? { ephemeral: true } : {} } : void 0;
    out.push({ files: files.map(at), ...envFiles.length > 0 ? { envFiles: envFiles.map(at) } : {}, ...Object.keys(env).length > 0 ? { env } : {}, pullsFirst: sub !== "build" && !forced, cwd, ...projectDirectory !== void 0 ? { projectDirectory: at(projectDirectory) } : {}, ...services.length > 0 ? { services: { names: services, dependencies: sub === "build" ? withDeps : !noDeps } } : {}, ...job !== void 0 ? { job } : {}, ...sub === "build" ? { buildOnly: true } : {} });
  }
  return out;
}
var BAKE_HEAD = /\bdocker\s+(?:buildx\s+)?bake\b(.*)$/;
var RUNNER_TEMP = /^["']?(?:\$\{?RUNNER_TEMP\}?|\$\{\{\s*runner\.temp\s*\}\}|\$\{?TMPDIR\}?|\/tmp)(?:\/|["']?$)/;
function readsVariable(file, name) {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  try {
    const text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
    return new RegExp(`\\$(?:\\{${name}(?![\\w])|${name}(?![\\w]))`).test(text);
  } catch {
    return false;
  }
}
function bakeCommands(script, workdir = ".", rootCd) {
  const out = [];
  for (const { m, cwd } of commandLines(script, workdir, BAKE_HEAD, rootCd)) {
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, "$1"));
    const files = [];
    const targets = [];
    let skip = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name) => w === name ? words[++i] : w.startsWith(name + "=") ? w.slice(name.length + 1) : void 0;
      const f = value("-f") ?? value("--file") ?? (/^-f[^=]/.test(w) ? w.slice(2) : void 0);
      if (f !== void 0) files.push(f);
      else if (/^--(?:print|list|call|check)(?:=|$)/.test(w)) skip = true;
      else if (/^--(?:set|builder|metadata-file|progress|provenance|sbom|allow|var)$/.test(w)) i++;
      else if (!w.startsWith("-")) targets.push(w);
    }
    if (targets.length > 0 && /^(?:https?:\/\/|git@|git:\/\/|github\.com\/)/.test(targets[0])) skip = true;
    if (skip || files.length === 0 || [...files, ...targets].some((x) => x === "-" || /\$(?!\{\{)/.test(x))) continue;
    out.push({ files, targets, cwd });
  }
  return out;
}
var DOCKER_BUILD = String.raw`(?<![\w:.-])(?<!\b(?:yarn|npm|pnpm|bun|npx|make|just|task|nx|turbo|run|rake|mage|earthly)\s+)docker\s+(?:(?:--[\w-]+=\S+|(?:--config|--context|-c|-H|--host|--log-level|-l)\s+\S+|--tls\w*|-D|--debug)\s+)*(?:buildx\s+|image\s+)?build\b`;
var DOCKER_BUILD_RE = new RegExp(DOCKER_BUILD);
var GIT_ARCHIVE_INTO = /\bgit\s+archive\s+(?:--format[= ]tar\s+|-[-\w=]*\s+)*[\w./@^~{}-]+\s*\|\s*(?:[A-Za-z_]\w*=\S*\s+)*$/;
function dockerBuildCommands(script, workdir = ".", rootCd, head = new RegExp(`${DOCKER_BUILD}(.*)$`), fileVars = false, absRoot) {
  const out = [];
  let arrays;
  const arrayWordsOf = /* @__PURE__ */ new Map();
  const flagsHeld = /* @__PURE__ */ new Map();
  const mayHold = (name, what) => {
    arrays ??= arrayAssignments(script);
    const words = arrayWordsOf.get(name) ?? arrays.words.get(name);
    if (words === void 0) return true;
    return (what === "file" ? /(?:^|[\s"'(])(?:-f|--file)(?=[\s"'=)]|$)/ : /(?:^|[\s"'(])--target(?=[\s"'=)]|$)/).test(words);
  };
  for (const { line, m, cwd, before: untilHere } of commandLines(script, workdir, head, rootCd, absRoot)) {
    const words = shellWords(untilCommandEnd(m[1]).replace(REDIRECTION, "$1"));
    while (words.length > 0 && /^\)+$/.test(words[words.length - 1])) words.pop();
    const last = words.length - 1;
    if (last >= 0 && /\)$/.test(words[last]) && !words[last].includes("(")) {
      words[last] = words[last].replace(/\)+$/, "");
      if (words[last] === "") words.pop();
    }
    let file;
    let target;
    const args = {};
    const argsAtRunTime = {};
    const named = {};
    const positional = [];
    const tags = [];
    let idFile;
    const arrays2 = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const value = (name) => w === name ? words[++i] : w.startsWith(name + "=") ? w.slice(name.length + 1) : void 0;
      const f = value("-f") ?? value("--file") ?? (/^-f[^=]/.test(w) ? w.slice(2) : void 0);
      if (f !== void 0) {
        file = f;
        continue;
      }
      const t = value("--target");
      if (t !== void 0) {
        target = t;
        continue;
      }
      const a = value("--build-arg");
      if (a !== void 0) {
        const eq = a.indexOf("=");
        if (eq > 0 && !a.includes("$")) args[a.slice(0, eq)] = a.slice(eq + 1);
        else if (eq > 0) argsAtRunTime[a.slice(0, eq)] = a.slice(eq + 1);
        continue;
      }
      const bc = value("--build-context");
      if (bc !== void 0) {
        const eq = bc.indexOf("=");
        if (eq > 0 && !/\$|\{\{/.test(bc)) named[bc.slice(0, eq)] = bc.slice(eq + 1);
        continue;
      }
      const tag = value("-t") ?? value("--tag") ?? (/^-t[^=-]/.test(w) ? w.slice(2) : void 0);
      if (tag !== void 0) {
        tags.push(tag);
        continue;
      }
      const iid = value("--iidfile");
      if (iid !== void 0) {
        idFile = iid;
        continue;
      }
      if (/^-(-platform|-label|-cache-from|-cache-to|-output|o|-secret|-ssh|-network|-progress|-metadata-file|-shm-size|-ulimit|-add-host|-annotation|-attest|-builder|-call|-cgroup-parent|-no-cache-filter|-isolation|-security-opt|-memory|-memory-swap|m|-cpu-shares|-cpuset-cpus|-cpuset-mems|-cpu-period|-cpu-quota)$/.test(w)) {
        i++;
        continue;
      }
      if (w.startsWith("-") && w !== "-") continue;
      if (/^"?\$(?:@|\*|\{@\}|\{\*\})"?$/.test(w)) continue;
      const array = /^"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?$/.exec(w);
      if (array !== null) {
        arrays2.push(array[1]);
        continue;
      }
      const flags = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(w);
      const flagName = flags === null ? null : flags[1] ?? flags[2];
      if (flagName !== null && !flagsHeld.has(flagName) && flagsHeld.size < 64) flagsHeld.set(flagName, flagValues(script, flagName));
      const held = flagName === null ? null : flagsHeld.get(flagName) ?? null;
      if (held !== null) {
        arrayWordsOf.set(flags?.[1] ?? flags?.[2] ?? "", held);
        arrays2.push(flags?.[1] ?? flags?.[2] ?? "");
        continue;
      }
      positional.push(w);
    }
    if (file === void 0 && arrays2.some((a) => mayHold(a, "file"))) continue;
    const context = positional[positional.length - 1];
    const fileGlob = fileVars && file !== void 0 && /\$/.test(file) && !/\{\{|[*?[]/.test(file);
    const stageUnknown = fileVars && (target !== void 0 && /\$/.test(target) && !/\{\{/.test(target) || target === void 0 && arrays2.some((a) => mayHold(a, "target"))) && !fileGlob;
    if (stageUnknown) target = void 0;
    const fromGitArchive = context === "-" && fileVars && GIT_ARCHIVE_INTO.test(line.slice(0, m.index)) && (file === void 0 || !/\$|\{\{/.test(file));
    if (fromGitArchive) {
      out.push({ file: file === void 0 ? void 0 : path3.posix.join(cwd, file), stdin: false, context: cwd, target, args, argsAtRunTime, namedContexts: {}, legacyByLine: false, buildx: false, localNames: null, gitArchive: true });
      continue;
    }
    if (context === void 0 || context === "-" || /\$|\{\{/.test(context + (fileGlob ? "" : file ?? "") + (target ?? ""))) continue;
    const at = (p) => path3.posix.isAbsolute(p) ? p : path3.posix.join(cwd, p);
    const buildx = /\bbuildx\b/.test(line.slice(m.index, m.index + m[0].length - m[1].length));
    const legacyByLine = !buildx && /\bDOCKER_BUILDKIT=(?:0|f|F|false|FALSE|False)\s+(?:\S+=\S*\s+)*$/.test(line.slice(0, m.index));
    const asPattern = (f) => f.replace(/\$\$?(?:\{\w+\}|\(\w+\)|\w+)/g, "*");
    const namedContexts = Object.fromEntries(Object.entries(named).map(([k, v]) => [k, isLocalContextValue(v) ? at(v) : v]));
    let stdinFile;
    if (file === "-") {
      const src = /(?:^|\s)0?<\s*(?!<)([^\s;&|<>]+)/.exec(untilCommandEnd(m[1]))?.[1] ?? /(?:^|[\s;&|(])cat\s+([^\s;&|<>]+)\s*\|\s*(?:sudo\s+(?:-[A-Za-z]+\s+)*)?(?:env\s+(?:-[A-Za-z]+\s+)*)?(?:[A-Za-z_]\w*=[^\s;&|<>]*\s+)*$/.exec(line.slice(0, m.index))?.[1];
      const unquoted = src?.replace(/^(['"])(.*)\1$/, "$2");
      if (unquoted !== void 0 && !/[$`{}*?]|^-/.test(unquoted)) stdinFile = at(unquoted);
    }
    const expands = words.some((w, i) => w.includes("$") && !/^--build-arg(?:=|$)/.test(w) && words[i - 1] !== "--build-arg");
    const captured = /\$\([^)]*$|`[^`]*$/.test(line.slice(0, m.index));
    const untagged = tags.length === 0 && idFile === void 0 && !stageUnknown && !expands && !captured && !buildPushes(words) && !words.some((w) => /^(?:-q|--quiet|--metadata-file|--load)(?:=|$)/.test(w));
    const fileVar = fileGlob ? /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(file) : null;
    out.push({ file: file === void 0 ? void 0 : isRemoteContext(context) ? remoteDockerfile(context, file) : at(fileGlob ? asPattern(file) : file), ...fileGlob ? { fileGlob: true } : {}, ...fileVar ? { fileVar: fileVar[1] ?? fileVar[2] } : {}, untilHere, stdin: file === "-", ...stdinFile !== void 0 ? { stdinFile } : {}, context: isRemoteContext(context) ? context : at(context), target, args, argsAtRunTime, namedContexts, legacyByLine, buildx, ...stageUnknown ? { stageUnknown: true } : {}, ...untagged ? { untagged: true } : {}, ...tags.length === 0 && idFile !== void 0 ? { localByIdFile: true } : {}, tags, localNames: tags.length === 0 && idFile !== void 0 ? buildPushes(words) || !/^[\w.-]+(?:\/[\w.-]+)*$/.test(idFile) ? null : [idFile] : localImageNames(tags, buildPushes(words)) });
  }
  return out;
}
function arrayAssignments(script) {
  const words = /* @__PURE__ */ new Map();
  let n = 0;
  for (const m of script.matchAll(/(?:^|[\s;&|(])([A-Za-z_]\w*)\+?=\(/g)) {
    if (++n > 1024) break;
    const from = m.index + m[0].length;
    const end = closingParen(script, from, from + 4096);
    words.set(m[1], `${words.get(m[1]) ?? ""} ${script.slice(from, end)}`.slice(0, 16384));
  }
  return { words };
}
function contextAt(root, context) {
  return isRemoteContext(context) ? context : path3.resolve(root, context);
}
function remoteDockerfile(context, file) {
  return path3.resolve(path3.resolve(context), file);
}
var FUNCTION_HEADER = /^\s*(?:function\s+([A-Za-z_][\w.:-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w.:-]*)\s*\(\s*\))\s*(\{.*)?$/;
var POSITIONAL = /"\$(?:\{[@*]\}|[@*])"|\$(?:\{([1-9])\}|([1-9])|\{[@*]\}|[@*])/g;
function withFunctionCalls(script) {
  if (!/\bdocker/.test(script) || !/\$\{?[1-9@*]/.test(script)) return script;
  const lines = script.split("\n");
  const bodies = /* @__PURE__ */ new Map();
  const headers = /* @__PURE__ */ new Set();
  let looked = 0;
  for (let i = 0; i < lines.length && bodies.size < 64 && looked < 2e4; i++) {
    const h = lines[i].length > 4096 || /\s{64}/.test(lines[i]) ? null : FUNCTION_HEADER.exec(lines[i]);
    if (h === null) continue;
    headers.add(i);
    let rest = h[3];
    let at = i;
    if (rest === void 0) {
      if (i + 1 >= lines.length || !/^\s*\{/.test(lines[i + 1])) continue;
      rest = lines[++at];
    }
    const restAt = lines[at].length - rest.length;
    const body = [];
    let depth = 0;
    let end = -1;
    let closeAt = -1;
    for (let j = at; j < lines.length && j < at + 400; j++) {
      looked++;
      const text = j === at ? rest : lines[j];
      let cut = -1;
      forUnquoted(text, text.length, (k) => {
        if (text[k] === "{") depth++;
        else if (text[k] === "}" && --depth === 0) {
          cut = k;
          return true;
        }
        return false;
      });
      const part = j === at ? text.slice(text.indexOf("{") + 1, cut === -1 ? void 0 : cut) : cut === -1 ? text : text.slice(0, cut);
      body.push(part);
      if (cut !== -1) {
        end = j;
        closeAt = j === at ? restAt + cut : cut;
        break;
      }
    }
    if (end === -1) continue;
    const name = h[1] ?? h[2];
    const aliases = /* @__PURE__ */ new Map();
    for (const b of body) {
      const a = /^\s*(?:local\s+|declare\s+|readonly\s+)?([A-Za-z_]\w*)=("?)\$(?:\{([1-9])\}|([1-9]))\2\s*;?\s*$/.exec(b);
      if (a !== null && aliases.size < 16 && !aliases.has(a[1]) && body.filter((x) => new RegExp(`(?:^|[\\s;&|(])${a[1]}\\+?=`).test(x)).length === 1) aliases.set(a[1], a[3] ?? a[4]);
    }
    const aliasRe = aliases.size === 0 ? null : new RegExp(`\\$(?:\\{(${[...aliases.keys()].join("|")})\\}|(${[...aliases.keys()].join("|")})(?!\\w))`, "g");
    const named = aliasRe === null ? body : body.map((b) => {
      const q = quotedPositions(b);
      return b.replace(aliasRe, (m, x, y, off) => q[off] === 2 ? m : `$${aliases.get(x ?? y)}`);
    });
    const positional = named.some((b) => {
      const q = quotedPositions(b);
      return [...b.matchAll(POSITIONAL)].some((m) => q[m.index] !== 2);
    });
    const shifts = named.some((b) => /(?:^|[\s;&|(])(?:shift|set\s+--)(?=$|[\s;&|)])/.test(b));
    if (/\bdocker\b/.test(named.join("\n")) && positional && !shifts) bodies.set(name, { from: i, to: end, open: at, openAt: restAt + rest.indexOf("{"), closeAt, body: named, size: named.reduce((n, b) => n + b.length + 1, 0) });
    i = end;
  }
  if (bodies.size === 0) return script;
  const calls = /* @__PURE__ */ new Map();
  let inserted = 0;
  for (let i = 0; i < lines.length && calls.size < 256; i++) {
    const name = headers.has(i) ? null : /^\s*([A-Za-z_][\w.:-]*)(?=\s|$)/.exec(lines[i]);
    const f = name === null ? void 0 : bodies.get(name[1]);
    if (name === null || f === void 0 || i >= f.from && i <= f.to || lines[i].length > 4096 || inserted + f.size > 65536) continue;
    let rest = lines[i].slice(name[0].length).trimEnd().replace(/;$/, "");
    rest = rest.replace(/\|\|\s*(?:exit|return)\b[^;&|]*$/, "");
    if (/[;&|<>]/.test(rest.replace(/"[^"]*"|'[^']*'/g, ""))) continue;
    calls.set(i, { f, words: shellWords(rest) });
    inserted += f.size;
  }
  const called = new Set([...calls.values()].map((c) => c.f));
  const out = [];
  const quoted = (w) => w === "" || /["'\s]/.test(w) ? `"${w.replace(/["\\]/g, "\\$&")}"` : w;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const def = [...called].find((f) => i >= f.from && i <= f.to);
    if (def !== void 0) {
      let text = line;
      let after = "";
      if (i === def.to) {
        after = text.slice(def.closeAt + 1);
        text = text.slice(0, def.closeAt);
      }
      if (i === def.open) {
        out.push(`${" ".repeat(def.openAt)}(`);
        text = text.slice(def.openAt + 1);
      } else if (i === def.from) text = ":";
      if (text.trim() !== "") out.push(text);
      if (i === def.to) {
        out.push(")");
        if (after.trim() !== "") out.push(after);
      }
      continue;
    }
    const call = calls.get(i);
    if (call === void 0) {
      out.push(line);
      continue;
    }
    out.push(`${line.slice(0, line.length - line.trimStart().length)}:`);
    for (const b of call.f.body) {
      const inQuotes = quotedPositions(b);
      out.push(b.replace(POSITIONAL, (m, a, b2, at) => {
        if (inQuotes[at] === 2) return m;
        const n = a ?? b2;
        if (n === void 0) return m.startsWith('"') ? call.words.map(quoted).join(" ") : call.words.join(" ");
        const value = call.words[Number(n) - 1] ?? "";
        return inQuotes[at] === 1 ? value.replace(/["\\]/g, "\\$&") : /["'\\]/.test(value) ? quoted(value) : value;
      }));
    }
  }
  return out.join("\n");
}
function arraysOnOneLine(script) {
  let out = "";
  let done = 0;
  let n = 0;
  for (const m of script.matchAll(/(?:^|[\s;&|(])([A-Za-z_]\w*)\+?=\(/g)) {
    const from = m.index + m[0].length;
    if (from < done) continue;
    if (++n > 1024) break;
    const win = script.slice(Math.max(0, from - 4097), from);
    const nl = win.lastIndexOf("\n");
    if (nl < 0 && from > 4096) continue;
    const upTo = win.slice(nl + 1);
    if (withoutComment(upTo).length < upTo.length || quotedPositions(upTo)[upTo.length - 1] !== 0) continue;
    const end = closingParen(script, from, from + 4096);
    if (end >= script.length || script[end] !== ")") continue;
    const body = script.slice(from, end);
    if (!body.includes("\n")) continue;
    out += script.slice(done, from) + body.split("\n").map(withoutComment).join(" ");
    done = end;
  }
  return done === 0 ? script : out + script.slice(done);
}
function closingParen(s, from, limit) {
  const end = Math.min(limit, s.length);
  let depth = 0;
  let quote = null;
  for (let i = from; i < end; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote === '"') {
      if (c === '"' && depth === 0) quote = null;
      else if (c === "(") depth++;
      else if (c === ")" && depth > 0) depth--;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === from || /\s/.test(s[i - 1]))) {
      const nl = s.indexOf("\n", i);
      i = nl === -1 || nl >= end ? end : nl;
    } else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end;
}
function headerCommentContext(abs, root) {
  let text;
  try {
    text = readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
  } catch {
    return null;
  }
  const found = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  let continuedTo = 0;
  lines.forEach((l, i) => {
    const m = /^\s*#+\s*(?:\$\s+)?((?:sudo\s+)?(?:docker|podman)\s.*\bbuild\b.*)$/.exec(l);
    if (m === null) return;
    if (i < continuedTo) return;
    let command2 = m[1];
    for (let j = i + 1; /\\\s*$/.test(command2) && j < lines.length && j <= i + 32 && command2.length <= 4096; j++) {
      const next = /^\s*#+\s*(.*)$/.exec(lines[j]);
      if (next === null) break;
      command2 = command2.replace(/\\\s*$/, " ") + next[1];
      continuedTo = j + 1;
    }
    for (const c of dockerBuildCommands(command2)) {
      if (c.file === void 0 || c.stdin || path3.posix.isAbsolute(c.file)) continue;
      for (let at2 = path3.dirname(abs); isInside(root, at2); at2 = path3.dirname(at2)) {
        if (path3.resolve(at2, c.file) === abs) {
          const context2 = path3.resolve(at2, c.context);
          if (isInside(root, context2) && !found.has(context2)) found.set(context2, { line: i + 1, localNames: c.localNames, at: at2, ...c.localByIdFile ? { localByIdFile: true } : {} });
          break;
        }
        if (path3.resolve(at2) === path3.resolve(root)) break;
      }
    }
  });
  if (found.size !== 1) return null;
  const [[context, { line, localNames, localByIdFile, at }]] = [...found];
  const above = lines.slice(Math.max(0, line - 12), line - 1).filter((l) => /^\s*#/.test(l) && l.length <= 1024).join("\n");
  if (/\b(?:untar|tar\s+-?x\w*)\b/i.test(above) || /\b(?:unpack|extract|unzip)\b/i.test(above) && /\b(?:tarball|archive|distribution)\b|\.(?:tar\.gz|tgz|zip)\b/i.test(above)) return null;
  const comments = lines.map((l) => /^\s*#+\s*(?:\$\s+)?(.*)$/.exec(l)?.[1] ?? "").join("\n");
  const shown = path3.relative(root, abs).split(path3.sep).join("/");
  const local = localNames !== null && onlyRunHere(localNames, [comments], []) ? localImageOf(localNames, comments, shown, localByIdFile) : {};
  const beforeLines = lines.slice(0, line - 1).map((l) => /^\s*#+\s*(?:\$\s+)?(.*)$/.exec(l)?.[1] ?? "").filter((l) => COMMENT_BUILD_TOOL.test(l));
  const before = beforeLines.length > 0 ? { before: { text: beforeLines.join("\n") + "\n", at } } : {};
  return { context, line, ...before, ...local.localImage !== void 0 ? { localImage: { ...local.localImage, byComment: true } } : {} };
}
var COMMENT_BUILD_TOOL = /^(?:\.\/mvnw|mvn|\.\/gradlew|gradle|sbt|make|npm|pnpm|yarn|go|cargo|dotnet|\.\/build\.sh)[ \t][\w:.\/ \t=,-]*$/;
function filesMatching(pattern, rel) {
  const re = new RegExp(`^${pattern.replace(/^\.\//, "").split("*").map((x) => x.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);
  return rel.filter((f) => re.test(f) && /[Dd]ockerfile|Containerfile/.test(f.slice(f.lastIndexOf("/") + 1)) && !/\.(?:docker|container)ignore$/.test(f)).sort().slice(0, 64);
}
var buildkitOff = (v) => parseGoBool(v) === false;
var JUSTFILE_NAME = /(?:^|\/)\.?[Jj]ustfile$/;
var MAKEFILE_NAME = new RegExp(`(?:^|/)(?:[Mm]akefile|GNUmakefile|[^/]+\\.mk|[Mm]akefile\\.(?!am$|in$)[\\w.-]+)$|${JUSTFILE_NAME.source}`);
function justfileAsMakefile(text) {
  let fileWd = null;
  let nextWd = null;
  let recipeWd = null;
  let continues = false;
  const wdOf = (l) => /working-directory\s*(?::=|:|\()\s*(["'])([^"'\n]+)\1/.exec(l)?.[2] ?? null;
  return text.split("\n").map((l) => {
    if (/^set\s+working-directory\s*:=/.test(l)) {
      fileWd = wdOf(l);
      return "";
    }
    if (/^\[[^\]]*\]\s*$/.test(l)) {
      nextWd = wdOf(l) ?? nextWd;
      return "";
    }
    const v = /^(export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(?:"([^"\\{}]*)"|'([^'{}]*)')\s*(?:#.*)?$/.exec(l);
    if (v) return `${v[1] ?? ""}${v[2]} := ${v[3] ?? v[4]}`;
    if (/^set\s+export\s*(?::=\s*true\s*)?(?:#.*)?$/.test(l)) return ".EXPORT_ALL_VARIABLES:";
    if (/^(?:export\s+)?[A-Za-z_][\w-]*\s*:=/.test(l) || /^set\s/.test(l)) return "";
    const body = /^[ \t]+(\S.*)$/.exec(l);
    if (!body) {
      continues = false;
      if (/^[@A-Za-z_][^:\n]*:(?!=)/.test(l)) {
        recipeWd = nextWd ?? fileWd;
        nextWd = null;
      }
      return l;
    }
    const line = body[1].replace(/\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g, "$($1)");
    if (/\{\{/.test(line)) return "	# (a just expression)";
    const continued = continues;
    continues = /\\\s*$/.test(line);
    if (continued || recipeWd === null || /[$`'\n]/.test(recipeWd)) return `	${line}`;
    const sign = /^[@-]*/.exec(line)?.[0] ?? "";
    return `	${sign}cd '${recipeWd}' && ${line.slice(sign.length)}`;
  }).join("\n");
}
var SCRIPT_NAME = /\.(?:sh|bash)$|(?:^|\/)(?:scripts|tools|hack|bin|ci|build|builder|docker)\/[^/.]+$|^[^/.]+$/;
function legacyBuild(c, before) {
  if (c.buildx) return {};
  return c.legacyByLine || /^export[ \t]+DOCKER_BUILDKIT[ \t]*(?::?=|\?=)[ \t]*["']?(?:0|false)["']?[ \t]*$/im.test(before) ? { builder: "legacy" } : {};
}
function localImageOf(names, own, shown, idFile, untagged) {
  if (untagged !== void 0) return { localImage: { names: [], ranBy: untagged.at, untagged: true } };
  if (names === null) return {};
  const hidden = [];
  const line = runLineOf(own, names, hidden);
  return line === null ? {} : { localImage: { names, ranBy: `${shown}:${line}`, ...idFile ? { idFile } : {}, ...hidden.length > 0 ? { hiddenUnder: [...new Set(hidden)] } : {} } };
}
function withoutPrintedHeredocs(text) {
  if (!text.includes("<<")) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > 4096) continue;
    const m = /(?:^|[;&|({]|\bthen|\bdo)[ \t]*(?:cat|tee)\b[^<\n]*<<(-?)[ \t]*(['"]?)([A-Za-z_]\w*)\2/.exec(lines[i]);
    if (m === null || /\|[ \t]*(?:sudo[ \t]+)?(?:\S*\/)?(?:ba|z|da|k)?sh\b/.test(lines[i].slice(m.index + m[0].length))) continue;
    let end = i + 1;
    while (end < lines.length && (m[1] === "-" ? lines[end].replace(/^\t+/, "") : lines[end]) !== m[3]) end++;
    if (end >= lines.length) {
      for (let k = i + 1; k < lines.length; k++) lines[k] = "";
      break;
    }
    for (let k = i + 1; k < end; k++) lines[k] = "";
    i = end;
  }
  return lines.join("\n");
}
function recipeNamedContexts(root, named) {
  const entries = Object.entries(named);
  return entries.length === 0 ? {} : { namedContexts: Object.fromEntries(entries.map(([k, v]) => [k, isLocalContextValue(v) ? path3.resolve(root, v) : v])) };
}
var ECHO_INTO_BUILD = /(?:\becho(?:\s+-[en]+)*|\bprintf\s+(?:'%s(?:\\n)?'|"%s(?:\\n)?"))\s+"?\$\$\{?([A-Za-z_]\w*)\}?"?\s*\|\s*(?:DOCKER_BUILDKIT=\S*\s+)?docker\s+(?:buildx\s+)?build\b/;
var GORELEASER_SKIP = "built by GoReleaser";
var GUARDED_SKIP = "the step runs it only when its file is there";
function testsForFile(script, name) {
  if (name === "" || name.startsWith("../") || script.length > 1 << 20) return false;
  const n = name.replace(/^\.\//, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<!![ \\t]{0,8})(?:\\[\\[?|(?<![\\w-])test)[ \\t]+-[ef][ \\t]+["']?(?:\\./)?${n}["']?[ \\t]*(?:\\]\\]?)?[ \\t]*(?:&&|;?[ \\t]*\\n?[ \\t]*then\\b)`, "m").test(script);
}
var MAKE_DEFINE = /^define\s+([A-Za-z_][\w.-]*)\s*(?:=|:=|::=)?[ \t]*\n([\s\S]*?)\n[ \t]*endef\b/gm;
function makeGlob(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const close = c === "[" ? pattern.indexOf("]", i + 2) : -1;
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (close > 0 && !pattern.slice(i + 1, close).includes("/")) {
      const body = pattern.slice(i + 1, close);
      re += "[" + (body.startsWith("!") || body.startsWith("^") ? "^" + body.slice(1) : body).replace(/\\/g, "\\\\") + "]";
      i = close;
    } else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}
var MAKE_SELF_DIR = /^(?:\$\(CURDIR\)|\$\(shell\s+pwd\)|(?:\$\((?:dir|abspath|realpath|patsubst\s+%\/,%,)\s*)+\$\(lastword\s+\$\(MAKEFILE_LIST\)\)\)+)\/?$/;
function selfDirNames(text) {
  const names = /* @__PURE__ */ new Set(["CURDIR"]);
  for (const m of text.matchAll(/^([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) if (MAKE_SELF_DIR.test(m[2].replace(/(?<!\\)#.*$/, "").trimEnd())) names.add(m[1]);
  return names;
}
function includerOf(texts, f) {
  const makefile = (x) => /(?:^|\/)(?:[Mm]akefile|GNUmakefile)$/.test(x);
  if (JUSTFILE_NAME.test(f)) return null;
  for (const [m, text] of texts.filter(([x]) => makefile(x) && x !== f).sort((a, b) => b[0].length - a[0].length)) {
    const dir = path3.posix.dirname(m);
    if (dir !== "." && !f.startsWith(dir + "/")) continue;
    const from = dir === "." ? f : f.slice(dir.length + 1);
    const here = selfDirNames(text);
    for (const line of text.matchAll(/^-?s?include\s+(.+)$/gm)) {
      const words = line[1].replace(/\$[({]([A-Za-z_][\w.-]*)[)}]\/*/g, (all, n) => here.has(n) ? "" : all).replace(/\$\(wildcard\s+([^()]*)\)/g, "$1").trim().split(/\s+/);
      for (const w of words) {
        if (w.includes("$") || w === "") continue;
        let glob;
        try {
          glob = makeGlob(w.replace(/^\.\//, ""));
        } catch {
          continue;
        }
        if (glob.test(from)) return { dir, file: m };
      }
    }
  }
  return null;
}
function runsFromRoot(root, file, text) {
  const own = path3.posix.dirname(file);
  if (own === "." || JUSTFILE_NAME.test(file)) return null;
  let fromRoot = 0;
  for (const line of text.replace(/\\[ \t]*\n[ \t]*/g, " ").split("\n")) {
    if (line.length > 4096 || !line.startsWith("	") || !/\bbuild\b/.test(line) || /(?:^|[\s;&|(@-])(?:cd|pushd)\s/.test(line)) continue;
    const words = line.trim().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const p = w === "-f" || w === "--file" ? words[i + 1] : /^--file=/.test(w) ? w.slice(7) : void 0;
      if (p === void 0 || /[$`'"{}*?]/.test(p) || p.startsWith("/") || p === "-" || !/[Dd]ockerfile|Containerfile/.test(path3.posix.basename(p))) continue;
      if (fs3.existsSync(path3.join(root, own, p))) return null;
      if (fs3.existsSync(path3.join(root, p))) fromRoot++;
    }
  }
  return fromRoot > 0 ? "." : null;
}
function makeFileCallers(callers, known) {
  const dirs = /* @__PURE__ */ new Map();
  for (const [cwd, text] of callers) {
    if (!/\bmake\b|\$[({]MAKE[)}]/.test(text)) continue;
    for (const line of text.split("\n")) {
      if (line.length > 4096 || !/\bmake\b|\$[({]MAKE[)}]/.test(line)) continue;
      const words = line.split(/\s+/).filter((w) => w !== "");
      for (let i = 0; i < words.length; i++) {
        if (!/^(?:[@+-]*(?:g?make|\$[({]MAKE[)}]))$/.test(words[i])) continue;
        let at = cwd;
        let file;
        let j = i + 1;
        for (; j < words.length && !/^(?:&&|\|\||;|\|)$/.test(words[j]) && !/[;&|]$/.test(words[j - 1] ?? ""); j++) {
          const w = words[j];
          if (w === "-C" || w === "--directory") at = path3.posix.normalize(path3.posix.join(at, words[++j] ?? ""));
          else if (w === "-f" || w === "--file" || w === "--makefile") file = words[++j];
          else if (/^-f\S/.test(w)) file = w.slice(2);
          else if (/^--(?:file|makefile)=/.test(w)) file = w.slice(w.indexOf("=") + 1);
        }
        i = j - 1;
        if (file === void 0 || /[$`'"{}*?]/.test(file) || file.startsWith("/")) continue;
        const target = path3.posix.normalize(path3.posix.join(at, file));
        if (!known.has(target) || at.startsWith("..") || /[$`'"{}]/.test(at)) continue;
        dirs.set(target, (dirs.get(target) ?? /* @__PURE__ */ new Set()).add(at));
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [f, ds] of dirs) if (ds.size === 1) out.set(f, [...ds][0]);
  return out;
}
function composeRecipeBuilds(root, where, script, workdir, rootCd, ownDir, env = {}) {
  const out = [];
  const scriptEnv = { ...env, ...assignedOnce(script, ["COMPOSE_FILE", "COMPOSE_PATH_SEPARATOR"]) };
  const pushesOrTags = /\b(?:push|tag|save)\b/.test(script);
  for (const c of composeCommands(script, workdir, rootCd)) {
    let cmd = c;
    let files = composeFilesOf(c, root, scriptEnv);
    const escapes = c.cwd === ".." || c.cwd.startsWith("../");
    if (ownDir !== void 0 && ownDir !== "." && (c.cwd === workdir ? c.files.length > 0 && !files.every((f) => fs3.existsSync(f)) : escapes)) {
      const moved = (f) => path3.posix.isAbsolute(f) ? f : path3.posix.join(ownDir, path3.posix.relative(workdir, f));
      const there = { ...c, files: c.files.map(moved), ...c.envFiles ? { envFiles: c.envFiles.map(moved) } : {}, ...c.projectDirectory !== void 0 ? { projectDirectory: moved(c.projectDirectory) } : {}, cwd: moved(c.cwd) };
      const beside = composeFilesOf(there, root);
      if (beside.length > 0 && beside.every((f) => fs3.existsSync(f) && isInside(root, f))) [cmd, files] = [there, beside];
    }
    if (files.length === 0 || !files.every((f) => isInside(root, f))) continue;
    const envFiles = (cmd.envFiles ?? []).map((f) => path3.resolve(root, f)).filter((f) => fs3.existsSync(f));
    try {
      for (const t of composeTargets(files, { cwd: root, env: { PWD: path3.resolve(root, cmd.cwd), ...c.env }, skipFragments: true, repository: { root, allowOutside: false }, ...envFiles.length > 0 ? { envFiles } : {}, ...cmd.projectDirectory !== void 0 ? { projectDirectory: path3.resolve(root, cmd.projectDirectory) } : {}, ...c.services ? { services: c.services } : {}, ...c.job ? { job: { ...c.job, ranBy: where } } : {} })) {
        if (t.skipReason !== void 0 || t.dockerfileInline !== void 0 || c.pullsFirst && t.pulledFirst) continue;
        const shown = files.map((f) => path3.relative(root, f).split(path3.sep).join("/")).join(" + ");
        const named = Object.keys(t.namedContexts).length > 0 ? { namedContexts: t.namedContexts } : {};
        out.push({ name: `${where} (${shown}, service ${t.name})`, service: t.name, ...c.buildOnly && !pushesOrTags ? { buildOnly: true } : {}, context: t.context, ...t.dockerfile !== void 0 ? { dockerfile: t.dockerfile } : {}, args: t.args, ...t.target !== void 0 ? { target: t.target } : {}, ...named, composeFiles: files, ...t.localImage !== void 0 ? { localImage: { names: t.localImage.names, ranBy: t.localImage.ranBy, ...t.localImage.cleared !== void 0 ? { cleared: t.localImage.cleared } : {} } } : {} });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return out;
}
function ruleHead(line) {
  if (line.length > 4096 || /^\s/.test(line)) return null;
  const hash = line.indexOf("#");
  const text = hash < 0 ? line : line.slice(0, hash);
  const colon = text.indexOf(":");
  if (colon <= 0 || text.startsWith("=", colon + 1) || text.startsWith(":=", colon + 1) || text.slice(0, colon).includes("=")) return null;
  let rest = text.slice(text.startsWith(":", colon + 1) ? colon + 2 : colon + 1);
  const semi = rest.indexOf(";");
  if (semi >= 0) rest = rest.slice(0, semi);
  if (rest.includes("=")) return null;
  const words = (t) => t.split(/[ \t|]+/).filter((w) => w !== "");
  return { targets: words(text.slice(0, colon)), prereqs: words(rest) };
}
function makeRules(lines) {
  const rules = /* @__PURE__ */ new Map();
  let current = [];
  lines.forEach((line, i) => {
    if (line.startsWith("	")) {
      for (const r of current) {
        if (r.recipe.length === 0) r.line = i + 1;
        if (r.recipe.length < 256) r.recipe.push(line.slice(1).replace(/^[@+-]+/, ""));
      }
      return;
    }
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const head = ruleHead(line);
    current = [];
    if (head === null) return;
    for (const t of head.targets) {
      if (rules.size >= 4096 && !rules.has(t)) break;
      const r = rules.get(t) ?? { prereqs: [], recipe: [], line: i + 1 };
      r.prereqs.push(...head.prereqs.slice(0, 64));
      rules.set(t, r);
      current.push(r);
    }
  });
  return rules;
}
function prerequisiteRecipes(rules, targets) {
  const out = [];
  let lines = 0;
  const seen = new Set(targets);
  const visit = (names, depth) => {
    for (const n of names) {
      if (seen.has(n) || lines >= 1024) continue;
      seen.add(n);
      const r = rules.get(n);
      if (r === void 0) continue;
      if (depth < 3) visit(r.prereqs, depth + 1);
      if (r.recipe.length === 0) continue;
      out.push({ target: n, line: r.line, text: r.recipe.join("\n") });
      lines += r.recipe.length;
    }
  };
  for (const t of targets) visit(rules.get(t)?.prereqs ?? [], 1);
  return out;
}
function makefileBuilds(root, rel) {
  const out = [];
  const top = findRepoRoot(root) ?? root;
  const texts = [];
  for (const f of rel.filter((x) => MAKEFILE_NAME.test(x)).slice(0, 50)) {
    try {
      const text = readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8").replace(/\r\n/g, "\n");
      texts.push([f, JUSTFILE_NAME.test(f) ? justfileAsMakefile(text) : text]);
    } catch {
    }
  }
  const defines = /* @__PURE__ */ new Map();
  for (const [, text] of texts) for (const m of text.matchAll(MAKE_DEFINE)) if (!defines.has(m[1])) defines.set(m[1], m[2].replace(/\$\$/g, "$"));
  const posixTexts = texts.map(([f, t]) => [f.split(path3.sep).join("/"), t]);
  const includers = new Map(posixTexts.map(([f]) => [f, includerOf(posixTexts, f)]));
  const textOf = new Map(posixTexts);
  const workflows = [];
  let workflowNames = [];
  try {
    workflowNames = fs3.readdirSync(path3.join(root, ".github", "workflows")).filter((n) => /\.ya?ml$/.test(n)).sort().slice(0, 200);
  } catch {
  }
  for (const w of workflowNames) {
    try {
      workflows.push([".", readRegularFile(path3.join(root, ".github", "workflows", w), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8")]);
    } catch {
    }
  }
  let calledFrom = /* @__PURE__ */ new Map();
  for (let round = 0; round < 3; round++) {
    const next = makeFileCallers([...posixTexts.map(([g, t]) => [includers.get(g)?.dir ?? calledFrom.get(g) ?? path3.posix.dirname(g), t]), ...workflows], new Set(posixTexts.map(([g]) => g)));
    const same = next.size === calledFrom.size && [...next].every(([k, v]) => calledFrom.get(k) === v);
    calledFrom = next;
    if (same) break;
  }
  const assigned = /* @__PURE__ */ new Map();
  const assignmentsOf = (g) => {
    let out2 = assigned.get(g);
    if (out2 !== void 0) return out2;
    out2 = /* @__PURE__ */ new Map();
    const text = textOf.get(g) ?? "";
    const branchedHere = branchedNames(text);
    for (const m of conditionalsUnindented(text).matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) {
      const v = branchedHere.has(m[1]) || m[2].length > 4096 ? null : m[2].replace(/(?<!\\)#.*$/, "").trimEnd();
      out2.set(m[1], out2.has(m[1]) && out2.get(m[1]) !== v ? null : v);
    }
    assigned.set(g, out2);
    return out2;
  };
  const families = /* @__PURE__ */ new Map();
  const familyAssignments = (includer) => {
    let out2 = families.get(includer);
    if (out2 !== void 0) return out2;
    out2 = /* @__PURE__ */ new Map();
    for (const g of [includer, ...posixTexts.filter(([x]) => includers.get(x)?.file === includer).map(([x]) => x)]) {
      for (const [name, v] of assignmentsOf(g)) out2.set(name, out2.has(name) && out2.get(name) !== v ? null : v);
    }
    families.set(includer, out2);
    return out2;
  };
  for (const [f, text] of texts) {
    const posix3 = f.split(path3.sep).join("/");
    const dir = includers.get(posix3)?.dir ?? calledFrom.get(posix3) ?? runsFromRoot(root, posix3, text) ?? path3.posix.dirname(posix3);
    const includer = includers.get(posix3)?.file;
    const known = /* @__PURE__ */ new Map([["CURDIR", path3.join(root, dir)]]);
    if (dir === "" || dir === ".") known.set("PWD", root);
    const composed = [];
    const branched = branchedNames(text);
    for (const m of conditionalsUnindented(text).matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?)?=[ \t]*(.*?)[ \t\r]*$/gm)) {
      if (branched.has(m[1])) continue;
      const v = m[2].replace(/(?<!\\)#.*$/, "").trimEnd();
      if (/^\$\(shell\s+git\s+rev-parse\s+--show-toplevel\s*\)$/.test(v)) known.set(m[1], top);
      else if (v.includes("MAKEFILE_LIST") && MAKE_SELF_DIR.test(v)) known.set(m[1], path3.join(root, path3.posix.dirname(f.split(path3.sep).join("/"))) + (v.startsWith("$(dir") ? "/" : ""));
      else if (/^\$\(CURDIR\)$|^\$\(shell\s+pwd\)$/.test(v)) known.set(m[1], path3.join(root, dir));
      else if (/^\$\(shell\s/.test(v) && /\bdocker-compose\b/.test(v) && /\bdocker compose\b/.test(v) && !/\bpodman\b/.test(v)) known.set(m[1], "docker compose");
      else if (/^\$\(shell\s+(?:(?:command\s+-v|which|type\s+-p)\s+(?:docker|podman|nerdctl)\b[^()|]*(?:\|\|\s*)?)+\)$/.test(v) && /\bdocker\b/.test(v)) known.set(m[1], "docker");
      else if (known.get(/^\$\(shell\s+basename\s+\$[({]([A-Za-z_][\w.-]*)[)}]\s*\)$/.exec(v)?.[1] ?? "") === "docker") known.set(m[1], "docker");
      else if (!known.has(m[1]) && !/[$`]/.test(v) && v.length <= 4096) known.set(m[1], v);
      else if (!known.has(m[1]) && v.length <= 1024 && /^(?:localhost\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*:\$\(shell\s[^()]*\)$/.test(v)) known.set(m[1], v.slice(0, v.indexOf(":$(shell")) + ":shell");
      else if (!known.has(m[1]) && /\$[({]/.test(v) && !/[`]|\$\((?:shell|call|eval|wildcard|foreach)\b/.test(v) && v.length <= 4096) composed.push([m[1], v]);
    }
    const tree = includer ?? (posixTexts.some(([g]) => includers.get(g)?.file === posix3) ? posix3 : void 0);
    const family = tree === void 0 ? /* @__PURE__ */ new Map() : familyAssignments(tree);
    for (const m of text.matchAll(/^(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*\?=/gm)) {
      if (family.has(m[1]) && family.get(m[1]) !== known.get(m[1])) known.delete(m[1]);
    }
    for (const [name, v] of family) {
      if (v === null || known.has(name) || branched.has(name) || composed.some(([n]) => n === name)) continue;
      if (!/[$`]/.test(v)) known.set(name, v);
      else if (/\$[({]/.test(v) && !/[`]|\$\((?:shell|call|eval|wildcard|foreach)\b/.test(v)) composed.push([name, v]);
    }
    for (let round = 0; round < 4; round++) {
      let added = false;
      for (const [name, v] of composed) {
        if (known.has(name)) continue;
        const out2 = v.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (all, n) => known.get(n) ?? all);
        if (!/\$/.test(out2)) {
          known.set(name, out2);
          added = true;
        }
      }
      if (!added) break;
    }
    const expand = (line) => {
      if (line.includes("rev-parse")) line = line.replace(MAKE_GIT_TOPLEVEL, top);
      let out2 = line.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (all, name) => known.get(name) ?? all);
      if (out2.includes("$(strip")) out2 = out2.replace(/\$\(strip\s+([^$()]*)\)/g, (_, x) => x.trim().replace(/\s+/g, " "));
      return out2;
    };
    const lines = text.split("\n").map(expand);
    const exportsAll = /^\.EXPORT_ALL_VARIABLES\s*:/m.test(text);
    const makeEnv = {};
    for (const name of ["COMPOSE_FILE", "COMPOSE_PATH_SEPARATOR"]) {
      const exported = exportsAll || new RegExp(`^export\\s+(?:[\\w.-]+\\s+)*${name}\\b`, "m").test(text);
      const value = known.get(name);
      if (exported && value !== void 0 && !/[$`]/.test(value)) makeEnv[name] = value.replace(/^(["'])(.*)\1$/, "$2");
    }
    let ruleSoFar = [];
    const oneShell = /^\.ONESHELL\s*:/m.test(text);
    const at = path3.join(root, dir);
    const rules = makeRules(lines);
    let head = [];
    let prereqs = null;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("	")) {
        if (lines[i].trim() !== "" && !lines[i].trimStart().startsWith("#")) {
          ruleSoFar = [];
          head = ruleHead(lines[i])?.targets ?? [];
          prereqs = null;
        }
        continue;
      }
      const first = i;
      let recipe = lines[i].slice(1);
      while (/\\\s*$/.test(recipe) && i + 1 < lines.length && recipe.length < 1 << 16) recipe = recipe.replace(/\\\s*$/, " ") + lines[++i].replace(/^\t/, "");
      recipe = recipe.replace(/^[@+-]+/, "");
      if (COMPOSE_HEAD2.test(recipe) || DOCKER_BUILD_RE.test(recipe)) prereqs ??= prerequisiteRecipes(rules, head);
      const earlier = [...(prereqs ?? []).map((p) => p.text), ...ruleSoFar];
      const steps = (prereqs ?? []).map((p) => ({ step: `${f}:${p.line} (the recipe of ${p.target}, which make runs before ${f}:${first + 1})`, text: p.text }));
      const before = earlier.length > 0 ? { before: { text: earlier.join("\n"), at, ...ruleSoFar.length > 0 ? { own: ruleSoFar.join("\n") } : {}, ...steps.length > 0 ? { prerequisites: steps } : {} } } : {};
      ruleSoFar.push(recipe);
      if (COMPOSE_HEAD2.test(recipe)) out.push(...composeRecipeBuilds(root, `${f}:${first + 1}`, recipe, dir, void 0, void 0, makeEnv).map((b) => ({ ...b, ...before })));
      if (!DOCKER_BUILD_RE.test(recipe)) continue;
      for (const c of dockerBuildCommands(recipe, dir, void 0, void 0, true, root)) {
        if (c.fileGlob) {
          const whole = /(?:^|\s)(?:-f|--file)[ =]\$[({]([A-Za-z_][\w.-]*)[)}](?=\s|$)/.exec(recipe.length > 4096 ? "" : recipe)?.[1];
          const definition = whole === void 0 ? void 0 : assignmentsOf(posix3).get(whole);
          const named = typeof definition === "string" ? new Set(definition.match(/[\w.-]*(?:[Dd]ockerfile|Containerfile)[\w.-]*/g) ?? []) : null;
          const found = named !== null && /\bfind\b/.test(definition) ? rel.map((x) => x.split(path3.sep).join("/")).filter((x) => named.has(path3.posix.basename(x)) && (dir === "." || x.startsWith(dir + "/"))).sort().slice(0, 64) : null;
          for (const m of found ?? filesMatching(c.file, rel).filter((x) => named === null || named.has(path3.posix.basename(x)))) out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), dockerfile: path3.resolve(root, m), args: c.args, ...c.target !== void 0 ? { target: c.target } : {}, fromPattern: c.file });
          continue;
        }
        if (c.stdin) {
          const fed = stdinFileText(root, c.stdinFile);
          const piped = ECHO_INTO_BUILD.exec(recipe)?.[1];
          const text2 = piped === void 0 ? void 0 : defines.get(piped);
          out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), args: c.args, ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...before, stdin: fed ?? (text2 === void 0 ? null : { text: text2, from: piped }) });
          continue;
        }
        out.push({ name: `${f}:${first + 1}`, context: contextAt(root, c.context), dockerfile: c.file === void 0 ? void 0 : path3.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...before, ...localImageOf(c.localNames, lines.join("\n"), f, c.localByIdFile, c.untagged ? { at: `${f}:${first + 1}` } : void 0), ...c.stageUnknown ? { stageUnknown: true } : {}, ...c.gitArchive ? { gitArchive: true } : {}, ...legacyBuild(c, text.split("\n").filter((l) => !l.startsWith("	")).join("\n") + (oneShell ? `
${ruleSoFar.join("\n")}` : "")) });
      }
    }
  }
  return out;
}
function branchedNames(text) {
  const values = /* @__PURE__ */ new Map();
  let depth = 0;
  for (const l of text.split("\n")) {
    const t = l.trim();
    if (/^(?:ifeq|ifneq|ifdef|ifndef)\b/.test(t) && !l.startsWith("	")) depth++;
    else if (t === "endif" && depth > 0) depth--;
    else if (depth > 0) {
      const m = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?::{1,3}|\?|\+)?=\s*(.*?)\s*$/.exec(t);
      if (m !== null) values.set(m[1], (values.get(m[1]) ?? /* @__PURE__ */ new Set()).add(m[2]));
    }
  }
  const engines = (v) => [...v].every((x) => /^(?:docker|podman|nerdctl)(?:\s+(?:buildx|compose))?$|^(?:docker|podman)-compose$/.test(x));
  return new Set([...values].filter(([, v]) => v.size > 1 && !engines(v)).map(([k]) => k));
}
function conditionalsUnindented(text) {
  let depth = 0;
  let inRecipe = false;
  return text.split("\n").map((l) => {
    const t = l.trim();
    if (/^(?:ifeq|ifneq|ifdef|ifndef)\b/.test(t) && !l.startsWith("	")) depth++;
    else if (t === "endif" && depth > 0) depth--;
    else if (l !== "" && !l.startsWith("	") && !l.startsWith(" ") && !t.startsWith("#")) inRecipe = /^[^=]*[^:=]:(?!=)/.test(l);
    return depth > 0 && !inRecipe ? l.replace(/^[ \t]+/, "") : l;
  }).join("\n");
}
function heredocBuilds(script) {
  const lines = script.split("\n");
  const out = [];
  for (let i = 0; i < lines.length && out.length < 8; i++) {
    const l = lines[i];
    if (!DOCKER_BUILD_RE.test(l) || /\bcompose\b/.test(l) || !/(?:^|\s)(?:-f\s*-|--file[=\s]-)(?=\s|$)/.test(l)) continue;
    const h = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(l);
    if (h === null) continue;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const b = h[1] === "-" ? lines[j].replace(/^\t+/, "") : lines[j];
      if (b === h[3]) break;
      body.push(b);
    }
    const raw = body.join("\n") + "\n";
    if (j < lines.length) {
      if (h[2] !== "") out.push(raw);
      else {
        const names = [...new Set([...raw.matchAll(/(?<!\\)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)].map((x) => x[1] ?? x[2]))].slice(0, 32);
        const values = names.length > 0 ? assignedOnce(withoutHeredocBodies(script), names) : {};
        const text = raw.replace(/(?<!\\)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, a, b) => values[a ?? b] ?? all);
        out.push(/(?<!\\)[$`]/.test(text) ? "" : text.replace(/\\([$`\\])/g, "$1"));
      }
    }
    i = j;
  }
  return out;
}
var GIT_TOPLEVEL = /\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)|`\s*git\s+rev-parse\s+--show-toplevel\s*`/g;
var MAKE_GIT_TOPLEVEL = /\$\(shell\s+git\s+rev-parse\s+--show-toplevel\s*\)|\$\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)|`\s*git\s+rev-parse\s+--show-toplevel\s*`/g;
var SCRIPT_BUILD = new RegExp(String.raw`(?:${DOCKER_BUILD}|(?:^|[\s;&|(])(?:\w*[Bb]uildx\w*|"\$\{?\w+\}?"|\$\{?\w+\}?)\s+build\b)(.*)$`);
var ROOT_CD = /^(?:\$\{?(?:GIT_ROOT|REPO_ROOT|ROOT_DIR|ROOTDIR|ROOT|PROJECT_ROOT|PROJECT_DIR|TOP_DIR|TOPDIR|TOPLEVEL|REPO_DIR|BASE_DIR|SRC_ROOT|WORKSPACE_ROOT)\}?|\$\(git rev-parse --show-toplevel\))$/;
function scriptBuilds(root, rel) {
  const out = [];
  const top = findRepoRoot(root) ?? root;
  const candidates = rel.filter((f) => SCRIPT_NAME.test(f)).slice(0, 100);
  const texts = /* @__PURE__ */ new Map();
  for (const f of candidates) {
    let text;
    try {
      text = readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 256 * 1024 }).toString("utf8");
    } catch {
      continue;
    }
    if (!/\.(?:sh|bash)$/.test(f) && !/^#!.*\b(?:ba|z|da)?sh\b/.test(text)) continue;
    text = withoutPrintedHeredocs(text);
    if (!/\bdocker\b/.test(text)) continue;
    texts.set(f, text);
  }
  const calls = texts.size === 0 ? /* @__PURE__ */ new Map() : scriptCalls(root, rel, candidates);
  for (const [f, plain] of texts) {
    const dir = path3.posix.dirname(f.split(path3.sep).join("/"));
    const seen = /* @__PURE__ */ new Set();
    for (const { text, cwd: calledFrom } of [{ text: plain, cwd: "." }, ...asCalled(plain, calls.get(f) ?? [])]) {
      const ownDir = calledFrom === "." ? dir : path3.join(root, dir);
      const own = withTargetValues(withTargetLoops(withEngineVariables(withWordArrays(scriptDirs(text.replace(/\$\(\s*dirname\s+(?:--\s+)?(?:"\$0"|\$0|"\$\{BASH_SOURCE(?:\[[0@*]\])?\}"|\$\{BASH_SOURCE(?:\[[0@*]\])?\}|"\$BASH_SOURCE"|\$BASH_SOURCE)\s*\)|\$\{BASH_SOURCE%\/\*\}/g, ownDir).replace(GIT_TOPLEVEL, (m, at, all) => /\b(?:cd|pushd)\s+["']?$/.test(all.slice(Math.max(0, at - 16), at)) ? m : top))))));
      const firstBuild = Math.min(...[DOCKER_BUILD_RE.exec(own)?.index, COMPOSE_HEAD2.exec(own)?.index, SCRIPT_BUILD.exec(own)?.index].filter((x) => x !== void 0), own.length);
      const head = own.slice(0, own.lastIndexOf("\n", firstBuild) + 1);
      const before = head.trim() === "" ? {} : { before: { text: head, at: root } };
      for (const b of composeRecipeBuilds(root, f, own, ".", ROOT_CD, dir)) {
        const key = JSON.stringify(["compose", { ...b, before: void 0 }]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...b, ...before });
      }
      const builds = dockerBuildCommands(own, ".", ROOT_CD, SCRIPT_BUILD, true);
      let docs;
      let stdinBuilds;
      for (const c of builds) {
        if (c.file === void 0 && !DOCKER_BUILD_RE.test(own)) continue;
        if (c.fileGlob) {
          const matches = filesMatching(c.file, rel);
          const values = c.fileVar === void 0 ? null : literalValues(own, c.fileVar);
          const assigned = values === null ? [] : matches.filter((m) => values.includes(m.slice(m.lastIndexOf("/") + 1)));
          for (const m of assigned.length > 0 ? assigned : matches) out.push({ name: f, context: contextAt(root, c.context), dockerfile: path3.resolve(root, m), args: c.args, ...c.target !== void 0 ? { target: c.target } : {}, fromPattern: c.file });
          continue;
        }
        if (c.stdin) {
          const fed = stdinFileText(root, c.stdinFile);
          docs ??= heredocBuilds(own);
          stdinBuilds ??= builds.filter((x) => x.stdin).length;
          const one = stdinBuilds === 1 && docs.length === 1 && docs[0] !== "";
          out.push({ name: f, context: contextAt(root, c.context), args: c.args, ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...before, stdin: fed ?? (one ? { text: docs[0], from: "a heredoc" } : null) });
          continue;
        }
        const moved = fromOwnDir(root, dir, c.context, c.file) ?? ownImageDir(root, dir, c, () => namedByPath(root, rel, f));
        const at = moved ?? { context: contextAt(root, c.context), dockerfile: c.file === void 0 ? void 0 : path3.resolve(root, c.file) };
        const ranBefore = moved !== null && head.trim() !== "" ? { before: { text: head, at: path3.join(root, dir) } } : before;
        const key = JSON.stringify([at.context, at.dockerfile ?? null, c.target ?? null, c.args, c.argsAtRunTime, c.namedContexts, c.buildx, c.legacyByLine, c.tags ?? null, c.localNames, c.untagged ?? false, c.localByIdFile ?? false, c.stageUnknown ?? false, c.gitArchive ?? false]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name: f, context: at.context, dockerfile: at.dockerfile, args: c.args, ...calledFrom !== "." ? { calledFrom } : {}, ...withRunTimeArgs(c.argsAtRunTime), ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...ranBefore, ...localImageOf(c.localNames, text, f, c.localByIdFile, c.untagged ? { at: f } : void 0), ...c.stageUnknown ? { stageUnknown: true } : {}, ...c.gitArchive ? { gitArchive: true } : {}, ...legacyBuild(c, c.untilHere?.() ?? "") });
      }
    }
  }
  return out;
}
function scriptCalls(root, rel, scripts) {
  const out = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const s of scripts) byName.set(path3.posix.basename(s), [...byName.get(path3.posix.basename(s)) ?? [], s]);
  let workflows = [];
  try {
    workflows = fs3.readdirSync(path3.join(root, ".github", "workflows")).filter((n) => /\.ya?ml$/.test(n)).map((n) => `.github/workflows/${n}`);
  } catch {
  }
  const callers = [...rel.filter((f) => MAKEFILE_NAME.test(f) || SCRIPT_NAME.test(f) || /(?:^|\/)package\.json$/.test(f)), ...workflows].slice(0, 400);
  const found = [];
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (names.length === 0) return out;
  const call = new RegExp(`(?:^|[\\s;&|(@])((?:[A-Za-z_]\\w*=(?:"[^"\\n]*"|'[^'\\n]*'|[^\\s;&|'"]*)[ \\t]+){0,16})(?:(?:ba|da)?sh[ \\t]+)?((?:\\./|\\$\\(CURDIR\\)/|\\$\\{?PWD\\}?/)?(?:[\\w.-]+/){0,8}(${names.join("|")}))(?=[ \\t;&|)\\n]|$)([^;&|\\n]{0,512})`, "g");
  let budget = 8 << 20;
  const plainNames = [...byName.keys()];
  for (const by of callers) {
    if (budget < 0) break;
    let raw;
    try {
      raw = readRegularFile(path3.join(root, by), { noFollow: true, maxBytes: 256 * 1024 }).toString("utf8");
    } catch {
      continue;
    }
    budget -= raw.length;
    if (!plainNames.some((n2) => raw.includes(n2))) continue;
    const text = withoutCommentLines(SCRIPT_NAME.test(by) ? withoutHeredocBodies(raw) : raw, by);
    const runsAt = MAKEFILE_NAME.test(by) || /(?:^|\/)package\.json$/.test(by) ? path3.posix.dirname(by) : ".";
    const byDir = /^\.github\/workflows\//.test(by) ? "." : path3.posix.dirname(by);
    let n = 0;
    for (const m of text.matchAll(call)) {
      if (++n > 256) break;
      const paths = byName.get(m[3]) ?? [];
      const written = m[2].replace(/^(?:\.\/|\$\(CURDIR\)\/|\$\{?PWD\}?\/)/, "");
      const script = paths.find((p) => p === path3.posix.normalize(written) || p === path3.posix.normalize(path3.posix.join(byDir, written)));
      if (script === void 0 || script === by) continue;
      const env = {};
      for (const a of m[1].matchAll(/([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|[^\s;&|'"]*)/g)) {
        const v = a[2].replace(/^(["'])(.*)\1$/, "$2");
        if (!/[$`]/.test(v) && !v.includes("'")) env[a[1]] = v;
      }
      const args = shellWords(m[4].replace(/\\$/, "")).filter((w) => w !== "\\");
      const cut = args.findIndex((w) => /^\d*[<>]/.test(w));
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const cdTo = [...text.slice(lineStart, m.index + 1).slice(-512).matchAll(/(?:^|[\s;&|(])cd[ \t]+([\w.@+-]+(?:\/[\w.@+-]+)*)\/?[ \t]*(?:&&|;)/g)].pop()?.[1];
      const cwd = cdTo === void 0 ? runsAt : path3.posix.normalize(path3.posix.join(runsAt, cdTo));
      if (cwd === ".." || cwd.startsWith("../")) continue;
      if (found.length < 4096) found.push({ by, script, call: { env, args: cut < 0 ? args : args.slice(0, cut), cwd } });
    }
  }
  const add = (script, call2) => {
    const list = out.get(script) ?? [];
    const key = JSON.stringify(call2);
    if (list.length < 32 && !list.some((c) => JSON.stringify(c) === key) && (call2.args.length > 0 || Object.keys(call2.env).length > 0 || call2.cwd !== ".")) list.push(call2);
    out.set(script, list);
  };
  const direct = /* @__PURE__ */ new Map();
  for (const x of found) direct.set(x.script, [...direct.get(x.script) ?? [], x.call]);
  for (const x of found) {
    add(x.script, x.call);
    for (const parent of (direct.get(x.by) ?? []).slice(0, 8)) if (Object.keys(parent.env).length > 0) add(x.script, { env: { ...parent.env, ...x.call.env }, args: x.call.args, cwd: x.call.cwd });
  }
  return out;
}
function asCalled(text, calls) {
  const out = [];
  for (const c of calls) {
    const given = text.replace(/\$\{([1-9])(:?[-?])([^{}\n]{0,256})\}/g, (m, n, op, def) => Number(n) <= c.args.length ? `\${${n}}` : op.endsWith("-") ? def : m);
    const positional = /\$(?:[1-9@*]|\{[1-9@*]\})/.test(given);
    const cwd = c.cwd === "." || !/^[\w./@+-]+$/.test(c.cwd) ? "." : c.cwd;
    const cd = cwd === "." ? "" : `cd ${cwd}
`;
    const env = cd + Object.entries(c.env).map(([k, v]) => /^[\w./:@%+=,-]*$/.test(v) ? `${k}=${v}
` : `${k}="${v.replace(/["\\]/g, "")}"
`).join("");
    const args = c.args.map((w) => /^[\w./:@%+=,-]+$/.test(w) || /^\$/.test(w) ? w : `'${w.replace(/'/g, "")}'`).join(" ");
    if (positional && c.args.length > 0) {
      const marker = "# ctx-audit: the script as called\n";
      const called = withFunctionCalls(`__ctx_audit_call() {
${given}
}
${marker}__ctx_audit_call ${args}
`);
      const at = called.lastIndexOf(marker);
      const rest = at < 0 ? "" : called.slice(at + marker.length);
      if (rest !== "" && !rest.startsWith("__ctx_audit_call")) out.push({ text: env + rest, cwd });
    } else if (env !== "") out.push({ text: env + given, cwd });
  }
  return out;
}
var GITLAB_CI_FILE = /^(?:\.gitlab-ci[^/]*\.ya?ml|\.gitlab\/(?:[^/]+\/)*[^/]+\.ya?ml)$/;
var GITLAB_RESERVED = /* @__PURE__ */ new Set(["stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache", "pages", "spec"]);
function gitlabCiBuilds(root, rel) {
  const out = [];
  for (const f of rel.filter((x) => GITLAB_CI_FILE.test(x)).slice(0, 5)) {
    let doc;
    try {
      const text = readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 128 * 1024 }).toString("utf8");
      if (!/\bdocker\b/.test(text)) continue;
      doc = import_yaml3.default.parse(text, { ...YAML_OPTIONS, maxAliasCount: 1e3, merge: true });
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) continue;
    const top = doc;
    const obj = (o) => o !== null && typeof o === "object" && !Array.isArray(o) ? o : {};
    const vars = (o) => Object.fromEntries(Object.entries(obj(o)).flatMap(([k, v]) => typeof v === "string" || typeof v === "number" ? [[k, String(v)]] : typeof obj(v).value === "string" ? [[k, obj(v).value]] : []));
    const lines = (o) => {
      if (o === void 0) return [];
      if (typeof o === "string") return [o];
      if (!Array.isArray(o)) return null;
      const flat = o.flat(4);
      return flat.every((x) => typeof x === "string") ? flat : null;
    };
    const fileVars = vars(top.variables);
    const defaults = obj(top.default);
    const stages = Array.isArray(top.stages) ? top.stages.filter((x) => typeof x === "string") : ["build", "test", "deploy"];
    const stageOf = (j) => {
      const i = stages.indexOf(typeof j.stage === "string" ? j.stage : "test");
      return i < 0 ? stages.length : i;
    };
    const resolved = (body, depth = 0) => {
      if (body.extends === void 0) return body;
      if (depth >= 3) return null;
      const names = typeof body.extends === "string" ? [body.extends] : Array.isArray(body.extends) ? body.extends : null;
      if (names === null || names.length > 8) return null;
      let merged = {};
      for (const n of names) {
        const base = typeof n === "string" && Object.hasOwn(top, n) ? resolved(obj(top[n]), depth + 1) : null;
        if (base === null) return null;
        merged = { ...merged, ...base, variables: { ...obj(merged.variables), ...obj(base.variables) } };
      }
      const { extends: _, ...own } = body;
      return { ...merged, ...own, variables: { ...obj(merged.variables), ...obj(own.variables) } };
    };
    const jobs = Object.entries(top).filter(([name, body]) => !GITLAB_RESERVED.has(name) && !name.startsWith(".") && Object.keys(obj(body)).length > 0).slice(0, 200).flatMap(([name, body]) => {
      const r = resolved(obj(body));
      return r === null ? [] : [[name, r]];
    });
    for (const [job, j] of jobs) {
      const rules = Array.isArray(j.rules) ? j.rules : null;
      if (rules !== null && rules.length > 0 && rules.every((r) => obj(r).when === "never")) continue;
      const before = lines(j.before_script ?? defaults.before_script ?? top.before_script);
      const main = lines(j.script);
      if (before === null || main === null) continue;
      const script = withoutPrintedHeredocs([...before, ...main].join("\n"));
      if (script.length > 1 << 16 || !DOCKER_BUILD_RE.test(script)) continue;
      const own = withLiteralEnv(script, { ...fileVars, ...vars(j.variables) }).replace(/\$\{?CI_PROJECT_DIR\}?(?![\w])/g, ".");
      const shown = `${f}:${job}`;
      const needs = new Set((Array.isArray(j.needs) ? j.needs : Array.isArray(j.dependencies) ? j.dependencies : []).map((n) => typeof n === "string" ? n : typeof obj(n).job === "string" ? obj(n).job : ""));
      const runsFirst = jobs.filter(([name, o]) => name !== job && (needs.has(name) || stageOf(o) < stageOf(j))).flatMap(([name, o]) => {
        const paths = Array.isArray(obj(o.artifacts).paths) ? obj(o.artifacts).paths.slice(0, 32) : [];
        const outputs = paths.filter((x) => typeof x === "string").map((x) => path3.posix.normalize(x.replace(/\$\{?CI_PROJECT_DIR\}?\/?/, "")).replace(/\/?[^/]*[*?[{$].*$/, "").replace(/\/+$/, "")).filter((x) => x !== "" && x !== "." && !x.startsWith("..") && !path3.posix.isAbsolute(x));
        return outputs.length > 0 ? [{ step: `${f}:${name} (its artifacts)`, outputs: [...new Set(outputs.map((x) => path3.resolve(root, x)))] }] : [];
      });
      for (const c of dockerBuildCommands(own, ".", ROOT_CD)) {
        if (c.stdin || c.fileGlob) continue;
        const until = c.untilHere?.() ?? "";
        out.push({ name: shown, context: contextAt(root, c.context), dockerfile: c.file === void 0 ? void 0 : isRemoteContext(c.context) ? c.file : path3.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...until.trim() !== "" ? { before: { text: until, at: root } } : {}, ...runsFirst.length > 0 ? { runsFirst } : {}, ...localImageOf(c.localNames, own, shown, c.localByIdFile, c.untagged ? { at: shown } : void 0), ...c.stageUnknown ? { stageUnknown: true } : {}, ...legacyBuild(c, until) });
      }
    }
  }
  return out;
}
function packageScriptBuilds(root, rel) {
  const out = [];
  for (const f of rel.filter((x) => /(?:^|\/)package\.json$/.test(x) && !/(?:^|\/)node_modules\//.test(x)).slice(0, 50)) {
    let scripts;
    try {
      scripts = packageScripts(readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
    } catch {
      continue;
    }
    if (scripts === null) continue;
    const dir = path3.posix.dirname(f.split(path3.sep).join("/"));
    for (const [name, raw] of scripts) {
      const script = withScriptCalls(raw, scripts);
      if (!/\bdocker\b/.test(script)) continue;
      const where = `${f}'s ${name} script`;
      out.push(...composeRecipeBuilds(root, where, script, dir));
      const first = DOCKER_BUILD_RE.exec(script)?.index;
      const head = first === void 0 ? "" : script.slice(0, first).replace(/(?:&&|\|\||;)\s*$/, "").split(/\s*(?:&&|;)\s*/).join("\n");
      const before = head.trim() === "" ? {} : { before: { text: head + "\n", at: path3.resolve(root, dir) } };
      for (const c of dockerBuildCommands(script, dir)) {
        if (c.stdin || c.fileGlob) continue;
        out.push({ name: where, context: contextAt(root, c.context), dockerfile: c.file === void 0 ? void 0 : path3.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...legacyBuild(c, ""), ...before });
      }
    }
  }
  return out;
}
var NX_CONTAINER_EXECUTOR = /^@nx-tools\/nx-(?:container|docker):build$/;
var NX_RUN_COMMANDS = /^(?:nx|@nrwl\/workspace|@nx\/workspace):run-commands$/;
function nxContainerBuilds(root, rel) {
  const out = [];
  let defaults;
  const targetDefaults = () => {
    if (defaults === void 0) {
      try {
        const nx = JSON.parse(readRegularFile(path3.join(root, "nx.json"), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
        defaults = nx?.targetDefaults !== null && typeof nx?.targetDefaults === "object" ? nx.targetDefaults : {};
      } catch {
        defaults = {};
      }
    }
    return defaults;
  };
  for (const f of rel.filter((x) => /(?:^|\/)project\.json$/.test(x) && !/(?:^|\/)node_modules\//.test(x)).slice(0, 500)) {
    let doc;
    try {
      doc = JSON.parse(readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== "object" || doc.targets === null || typeof doc.targets !== "object") continue;
    const targets = doc.targets;
    const projectRoot = typeof doc.root === "string" ? doc.root : path3.posix.dirname(f.split(path3.sep).join("/"));
    const nxPath = (v) => {
      if (typeof v !== "string" || v === "") return void 0;
      const p = v.replace(/^\{workspaceRoot\}\/?/, "").replace(/\{projectRoot\}/g, projectRoot);
      return /[{}$]/.test(p) ? void 0 : p;
    };
    const runsFirst = (name, t) => {
      const executor = typeof t.executor === "string" ? t.executor : "";
      const deps = Array.isArray(t.dependsOn) ? t.dependsOn : Array.isArray(targetDefaults()[name]?.dependsOn) ? targetDefaults()[name].dependsOn : Array.isArray(targetDefaults()[executor]?.dependsOn) ? targetDefaults()[executor].dependsOn : [];
      const firsts = [];
      const seen = /* @__PURE__ */ new Set();
      for (const d of deps.slice(0, 32)) {
        const depName = typeof d === "string" ? d : d !== null && typeof d === "object" && typeof d.target === "string" && d.projects === void 0 && d.dependencies !== true ? d.target : null;
        if (depName === null || depName.startsWith("^") || seen.has(depName)) continue;
        seen.add(depName);
        const dep = targets[depName];
        if (dep === void 0 || dep === null || typeof dep !== "object") continue;
        const o = dep.options !== null && typeof dep.options === "object" ? dep.options : {};
        const outputs = [nxPath(o.outputPath), ...Array.isArray(dep.outputs) ? dep.outputs.slice(0, 32).map((x) => x === "{options.outputPath}" ? nxPath(o.outputPath) : nxPath(x)) : []].filter((x) => x !== void 0 && !x.startsWith("..") && !path3.isAbsolute(x)).map((x) => path3.posix.normalize(x).replace(/\/+$/, "")).filter((x) => x !== "." && x !== "" && x !== path3.posix.normalize(projectRoot).replace(/\/+$/, ""));
        if (outputs.length > 0) firsts.push({ step: `${f}'s ${depName} target, which ${name} depends on,`, outputs: [...new Set(outputs.map((x) => path3.resolve(root, x)))] });
      }
      return firsts.length > 0 ? firsts : void 0;
    };
    for (const [name, t] of Object.entries(targets)) {
      if (t === null || typeof t !== "object") continue;
      const o = t.options !== null && typeof t.options === "object" ? t.options : {};
      const container = typeof t.executor === "string" && NX_CONTAINER_EXECUTOR.test(t.executor);
      const runCommands = typeof t.command === "string" && t.executor === void 0 || typeof t.executor === "string" && NX_RUN_COMMANDS.test(t.executor);
      if (!container && !runCommands) continue;
      const first = runsFirst(name, t);
      const withFirst = first !== void 0 ? { runsFirst: first } : {};
      if (container) {
        const context = o.context === void 0 ? "." : nxPath(o.context);
        const file = o.file === void 0 ? path3.posix.join(projectRoot, "Dockerfile") : nxPath(o.file);
        if (context === void 0 || file === void 0) continue;
        const args = {};
        for (const a of Array.isArray(o["build-args"]) ? o["build-args"] : []) {
          if (typeof a !== "string") continue;
          const eq = a.indexOf("=");
          if (eq > 0) args[a.slice(0, eq)] = a.slice(eq + 1);
        }
        const target = typeof o.target === "string" && o.target !== "" ? o.target : void 0;
        out.push({ name: `${f}'s ${name} target`, context: path3.resolve(root, context), dockerfile: path3.resolve(root, file), args, ...target !== void 0 ? { target } : {}, ...withFirst });
        continue;
      }
      const commands = [t.command, o.command, ...Array.isArray(o.commands) ? o.commands.map((c) => c !== null && typeof c === "object" ? c.command : c) : []].filter((c) => typeof c === "string" && c.length <= 1 << 16);
      const cwd = o.cwd === void 0 ? "." : nxPath(o.cwd);
      if (cwd === void 0 || cwd.startsWith("..") || path3.isAbsolute(cwd)) continue;
      for (const c of dockerBuildCommands(commands.join("\n"), path3.posix.normalize(cwd))) {
        if (c.stdin || c.fileGlob) continue;
        out.push({ name: `${f}'s ${name} target`, context: contextAt(root, c.context), dockerfile: c.file === void 0 ? void 0 : path3.resolve(root, c.file), args: c.args, ...withRunTimeArgs(c.argsAtRunTime), ...c.target !== void 0 ? { target: c.target } : {}, ...recipeNamedContexts(root, c.namedContexts), ...legacyBuild(c, ""), ...withFirst });
      }
    }
  }
  return out;
}
function withScriptCalls(script, scripts) {
  if (script.length > 1 << 16) return script;
  return script.replace(/(?<![\w./-])(?:npm\s+run(?:-script)?|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([\w:.@/-]+)(\s+--(?=\s))?/g, (all, name) => {
    const called = scripts.get(name);
    return called !== void 0 && called !== script && /\bdocker\b/.test(called) && called.length <= 1 << 16 ? called : all;
  });
}
function readsPwd(file) {
  try {
    return /\$\{?PWD\b/.test(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
  } catch {
    return false;
  }
}
function stdinFileText(root, rel) {
  if (rel === void 0) return null;
  const abs = path3.resolve(root, rel);
  if (!isInside(root, abs)) return null;
  try {
    if (!isInside(fs3.realpathSync(root), fs3.realpathSync(abs))) return null;
    return { text: readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"), from: path3.relative(root, abs).split(path3.sep).join("/"), file: true };
  } catch {
    return null;
  }
}
function literalValues(script, name) {
  const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+)?${name}=(?:"([^"$\`\\n]*)"|'([^'\\n]*)'|([^\\s"'$\`;&|]*))(?=$|[\\s;&|)])`, "gm"))];
  if (all.length === 0 || all.length !== timesAssigned(script, name)) return null;
  return all.map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}
function flagValues(script, name) {
  const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+)?${name}=(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s"';&|]*))(?=$|[\\s;&|)])`, "gm"))];
  if (all.length === 0 || all.length > 16 || all.length !== timesAssigned(script, name)) return null;
  const values = all.map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return values.every((v) => v.trim() === "" || /^-/.test(v.trimStart())) ? values.join(" ") : null;
}
function timesAssigned(script, name) {
  return [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+)?${name}\\+?=|\\b(?:read|for)\\s+(?:-\\w+\\s+)*${name}\\b`, "gm"))].length;
}
function assignedOnce(script, names) {
  const out = {};
  for (const name of names) {
    const all = [...script.matchAll(new RegExp(`(?:^|[\\s;&|(])(?:export\\s+)?${name}=(?:"([^"$\`\\n]*)"|'([^'\\n]*)'|([^\\s"'$\`;&|]*))(?=$|[\\s;&|)])`, "gm"))];
    if (all.length === 1 && timesAssigned(script, name) === 1) out[name] = all[0][1] ?? all[0][2] ?? all[0][3] ?? "";
  }
  return out;
}
function withTargetLoops(script) {
  if (!/\bfor\b/.test(script) || !/--target/.test(script)) return script;
  const lines = script.split("\n").flatMap(oneLineLoop);
  const doneFrom = new Array(lines.length + 1).fill(-1);
  for (let k = lines.length - 1; k >= 0; k--) doneFrom[k] = /^[ \t]*done\b/.test(lines[k]) ? k : doneFrom[k + 1];
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^([ \t]*)for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+([\w.-]+(?:[ \t]+[\w.-]+){0,7})[ \t]*(?:;[ \t]*do[ \t]*)?$/.exec(lines[i]);
    const doAt = head === null ? -1 : /;[ \t]*do[ \t]*$/.test(lines[i]) ? i : /^[ \t]*do[ \t]*$/.test(lines[i + 1] ?? "") ? i + 1 : -1;
    if (head === null || doAt < 0) {
      out.push(lines[i]);
      continue;
    }
    const end = doneFrom[doAt + 1];
    const body = end < 0 ? [] : lines.slice(doAt + 1, end);
    const name = head[2];
    const uses = new RegExp(`--target(?:=|[ \\t]+)(["']?)\\$(?:\\{${name}\\}|${name}\\b)\\1`);
    if (end < 0 || body.length > 40 || body.some((l) => /^[ \t]*(?:for|while|until)\b|\b(?:continue|break|exit|return|if|case|elif)\b|(?:^|[\s;&|(])(?:test|\[\[?)\s/.test(l)) || !body.some((l) => uses.test(l))) {
      out.push(lines[i]);
      continue;
    }
    const ref = new RegExp(`\\$(?:\\{${name}\\}|${name}\\b)`, "g");
    for (const value of head[3].trim().split(/[ \t]+/)) out.push(`${head[1]}${name}=${value}`, ...body.map((l) => l.replace(ref, value)));
    i = end;
  }
  return out.join("\n");
}
function oneLineLoop(line) {
  const head = /^([ \t]*)for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+([\w.-]+(?:[ \t]+[\w.-]+){0,7})[ \t]*;[ \t]*do[ \t]+/.exec(line);
  if (head === null) return [line];
  const rest = line.slice(head[0].length).trimEnd();
  if (!rest.endsWith("done")) return [line];
  const body = rest.slice(0, -4).trimEnd();
  if (!body.endsWith(";")) return [line];
  const inner = body.slice(0, -1).trimEnd();
  if (inner === "" || /\b(?:done|do|for|while|until|if|case)\b|(?:^|[\s;&|(])(?:test|\[\[?)\s/.test(inner)) return [line];
  return [`${head[1]}for ${head[2]} in ${head[3]}; do`, `${head[1]}  ${inner}`, `${head[1]}done`];
}
function withTargetValues(script) {
  return withFlagValues(script, "--target", "[\\w.-]+");
}
function withFlagValues(script, flag, value) {
  if (!new RegExp(flag).test(script) || /(?:^[ \t]*|[;&|({][ \t]*|\b(?:then|do|else)[ \t]+)(?:\.|source)[ \t]+[^\s;&|]/m.test(script)) return script;
  const values = /* @__PURE__ */ new Map();
  const valueOf = (name, before) => {
    let v = values.get(name);
    if (v === void 0) {
      if (values.size >= 16) return null;
      const m = new RegExp(`^(?:export[ \\t]+|readonly[ \\t]+)?${name}=(?:"(${value})"|'(${value})'|(${value}))[ \\t]*$`, "m").exec(script);
      const mentions = script.split(`${name}=`).length - 1;
      v = m !== null && mentions === 1 && timesAssigned(script, name) === 1 ? { at: m.index, value: m[1] ?? m[2] ?? m[3] } : null;
      values.set(name, v);
    }
    return v !== null && v.at < before ? v.value : null;
  };
  return script.replace(new RegExp(`((?:^|[ \\t])(?:${flag})(?:=|[ \\t]+))(["']?)\\$(?:\\{([A-Za-z_]\\w*)\\}|([A-Za-z_]\\w*)\\b)\\2(?=$|[\\s;&|)\\\\])`, "gm"), (all, head, q, a, b, offset) => {
    const v = valueOf(a ?? b, offset);
    return v !== null ? head + q + v + q : all;
  });
}
function withPathVariables(script) {
  const values = /* @__PURE__ */ new Map();
  for (const m of script.matchAll(/^[ \t]*(?:export\s+)?([A-Za-z_]\w*)=(["']?)([\w.-]+|\$\{\{\s*matrix\.[\w.-]+\s*\}\})\2[ \t]*$/gm)) {
    if (timesAssigned(script, m[1]) === 1) values.set(m[1], m[3]);
  }
  if (values.size === 0) return script;
  return script.replace(/(?<=\/)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*)\b)|\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*)\b)(?=\/)/g, (all, a, b, c, d) => values.get(a ?? b ?? c ?? d) ?? all);
}
function withFileValues(script) {
  return withFlagValues(script, "-f|--file", "[\\w./-]+|\\$\\{\\{[ \\t]*matrix\\.[\\w.-]+[ \\t]*\\}\\}");
}
function withEngineVariables(text) {
  const values = /* @__PURE__ */ new Map();
  const engineAssignments = /* @__PURE__ */ new Map();
  const ENGINE = String.raw`(?:docker(?:-compose| compose| buildx)?|podman(?:-compose| compose)?|nerdctl(?: compose)?)(?:[ \t]+[^\s"'$;&|()\x60\\]+){0,8}`;
  for (const m of text.matchAll(new RegExp(String.raw`^[ \t]*(?:export\s+|readonly\s+|local\s+|declare(?:\s+-a)?\s+)?([A-Za-z_]\w*)=(?:(["']?)(${ENGINE})\2|\((${ENGINE})\)|(["']?)\$\{\1:?-(${ENGINE})\}\5)[ \t]*(?:#.*)?$`, "gm"))) {
    values.set(m[1], (values.get(m[1]) ?? /* @__PURE__ */ new Set()).add((m[3] ?? m[4] ?? m[6]).replace(/[ \t]+/g, " ")));
    engineAssignments.set(m[1], (engineAssignments.get(m[1]) ?? 0) + 1);
  }
  let out = text;
  for (const [name, v] of values) {
    const assignments = [...text.matchAll(new RegExp(`^[ \\t]*(?:export\\s+|readonly\\s+|local\\s+|declare(?:\\s+-a)?\\s+)?${name}=`, "gm"))].length;
    const asDocker = new Set([...v].map((x) => x.replace(/^(?:podman|nerdctl)/, "docker")));
    if (asDocker.size !== 1 || assignments !== engineAssignments.get(name)) continue;
    const value = [...asDocker][0];
    out = out.replace(new RegExp(`"?\\$(?:\\{${name}(?:\\[[@*]\\])?\\}|${name}(?![\\w]))"?(?=\\s)`, "g"), value);
  }
  return out;
}
function withWordArrays(text) {
  if (!text.includes("[@]") && !text.includes("[*]")) return text;
  const used = [...new Set([...text.matchAll(/\$\{([A-Za-z_]\w*)\[[@*]\]\}/g)].map((m) => m[1]))].slice(0, 16);
  let out = text;
  for (const name of used) {
    const m = new RegExp(`^(?:declare[ \\t]+-a[ \\t]+|readonly[ \\t]+)?${name}=\\(([^()\\n]*)\\)[ \\t]*(?:#.*)?$`, "m").exec(text);
    if (m === null || !/^[^"'$;&|<>\x60\\]*$/.test(m[1])) continue;
    if (timesAssigned(text, name) !== 1 || new RegExp(`(?:^|[\\s;&|(])${name}\\[[^\\]\\n]*\\]=`, "m").test(text)) continue;
    const words = m[1].trim().split(/[ \t]+/).filter((w) => w !== "");
    if (words.length > 32) continue;
    out = out.replace(new RegExp(`"?\\$\\{${name}\\[[@*]\\]\\}"?`, "g"), words.join(" "));
  }
  return out;
}
function scriptDirs(text) {
  const known = /* @__PURE__ */ new Map();
  const put = (v) => v.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (all, a, b) => known.get(a ?? b) ?? all);
  for (const m of text.matchAll(/^[ \t]*(?:export\s+|readonly\s+|local\s+|declare\s+)?([A-Za-z_]\w*)=(.*)$/gm)) {
    if (known.has(m[1])) {
      known.set(m[1], null);
      continue;
    }
    const v = put(m[2].trim()).replace(/"/g, "");
    const r = /^\$\(\s*(?:cd\s+(?:--\s+)?(\S+)\s*(?:(?:&>|[12]?>)\s*\/dev\/null\s*|2>&1\s*)*(?:&&|;)\s*pwd(?:\s+-P)?|realpath\s+(?:-\S+\s+)*(\S+)|readlink\s+-f\s+(\S+)|dirname\s+(\S+))\s*\)$|^([\w./-]+)$/.exec(v);
    const raw = r === null ? void 0 : r[1] ?? r[2] ?? r[3] ?? r[5] ?? (r[4] === void 0 ? void 0 : path3.posix.dirname(r[4]));
    const plain = r !== null && r[5] !== void 0;
    const fileName = (x) => /\.ya?ml$|^(?:[\w.-]*[._-])?[Dd]ockerfile(?:[._-][\w.-]*)?$|\.[Dd]ockerfile$/.test(x);
    known.set(m[1], raw === void 0 || raw.includes("$") || path3.posix.isAbsolute(raw) || plain && !/^\.\.?(?:\/|$)|\//.test(raw) && !fileName(raw) ? null : path3.posix.normalize(raw));
  }
  for (const [k, v] of known) if (v === null) known.delete(k);
  return known.size === 0 ? text : put(text);
}
function isHostedRunner(runsOn) {
  const label = Array.isArray(runsOn) && runsOn.length === 1 ? runsOn[0] : runsOn;
  return typeof label === "string" && /^(?:ubuntu|windows|macos)-(?:latest|\d+(?:\.\d+)?(?:-arm)?|latest-(?:xlarge|large))$/.test(label.trim());
}
function drivesRemoteDocker(parts) {
  let text;
  try {
    text = JSON.stringify(parts) ?? "";
  } catch {
    return true;
  }
  return text.length > 1 << 20 || /DOCKER_HOST|DOCKER_CONTEXT|docker\s+context\b/i.test(text) || /(?:^|[\s"'\\])(?:-H|--host|--context)[\s=]|(?:^|[\s;&|("'\\])(?:ssh|scp|rsync)\s|ssh-action|(?:^|[\s;&|("']|\\n)(?:source|\.)\s+[^\s;&|]/.test(text);
}
function githubEnvLiterals(steps) {
  const known = {};
  const unknown = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Map();
  let budget = 1 << 20;
  let over = false;
  const writesOf = (run) => {
    const hit = seen.get(run);
    if (hit !== void 0) return hit;
    const last = /* @__PURE__ */ new Map();
    budget -= run.length;
    if (budget < 0) over = true;
    const lines = over ? [] : run.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line.includes("GITHUB_ENV")) continue;
      const at = line.indexOf(">>");
      const left = (at < 0 ? line : line.slice(0, at)).trim();
      const target = at >= 0 && /^["']?\$(?:GITHUB_ENV|\{GITHUB_ENV\})["']?$/.test(line.slice(at + 2).trim());
      const echo = left.startsWith("echo ") ? left.slice(5).trim() : null;
      const quote = echo !== null && echo.length >= 2 && (echo[0] === '"' || echo[0] === "'") && echo.endsWith(echo[0]) ? echo[0] : "";
      const assignment = echo === null ? null : /^([A-Za-z_]\w*)=([^]*)$/.exec(quote === "" ? echo : echo.slice(1, -1));
      if (target && assignment !== null) {
        last.set(assignment[1], /[$`\\"'\s]/.test(assignment[2]) ? null : assignment[2]);
        continue;
      }
      for (const w of line.matchAll(/\b([A-Za-z_]\w*)=/g)) last.set(w[1], null);
      const heredoc = /<<-?\s*["']?([A-Za-z_]\w*)["']?/.exec(line);
      if (heredoc === null) continue;
      for (i++; i < lines.length && lines[i].trim() !== heredoc[1]; i++) {
        const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=/.exec(lines[i]);
        if (m !== null) last.set(m[1], null);
      }
    }
    const out = [...last].map(([name, value]) => ({ name, value }));
    seen.set(run, out);
    return out;
  };
  const list = steps.slice(0, 256);
  const lastWrite = /* @__PURE__ */ new Map();
  list.forEach((st, i) => {
    const step = st !== null && typeof st === "object" ? st : {};
    if (typeof step.run !== "string" || !step.run.includes("GITHUB_ENV")) return;
    for (const w of writesOf(step.run)) {
      lastWrite.set(w.name, i);
      if (w.value === null || step.if !== void 0) unknown.add(w.name);
      else if (!unknown.has(w.name)) known[w.name] = w.value;
    }
  });
  if (lastWrite.size > 0) {
    let read = 0;
    list.forEach((st, i) => {
      let text;
      try {
        text = over ? "" : JSON.stringify(st) ?? "";
      } catch {
        text = "";
      }
      read += text.length;
      if (read > 4 << 20) over = true;
      for (const m of over ? [] : text.matchAll(/\benv\.([A-Za-z_][\w-]*)|\$\{?([A-Za-z_]\w*)/g)) if ((lastWrite.get(m[1] ?? m[2]) ?? -1) >= i) unknown.add(m[1] ?? m[2]);
    });
  }
  if (over) for (const n of lastWrite.keys()) unknown.add(n);
  for (const n of unknown) delete known[n];
  return { known, unknown };
}
function withLiteralEnv(script, env) {
  const literal = (k) => {
    const v = env[k];
    return (typeof v === "string" || typeof v === "number" || typeof v === "boolean") && !/\$/.test(String(v).replace(/\$\{\{\s*[A-Za-z_][\w.-]*\s*\}\}/g, "")) ? String(v) : void 0;
  };
  const seen = /* @__PURE__ */ new Map();
  const assigned = (k) => {
    let v = seen.get(k);
    if (v === void 0) seen.set(k, v = new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|readonly\\s+)?${k}=`, "m").test(script));
    return v;
  };
  return script.replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k) => literal(k) ?? m).replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (m, a, b) => {
    const k = a ?? b;
    return Object.hasOwn(env, k) && !assigned(k) ? literal(k) ?? m : m;
  });
}
var MAX_ACTION_DEPTH = 3;
function withLocalActions(root, steps, depth = 0, prefix = "") {
  const out = [];
  const outputs = /* @__PURE__ */ new Map();
  const withOutputs = (v) => outputs.size === 0 ? v : typeof v === "string" ? v.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (all, id, k) => outputs.get(`${id}.${k}`) ?? all) : Array.isArray(v) ? v.map(withOutputs) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withOutputs(x)])) : v;
  for (const [i, raw] of (Array.isArray(steps) ? steps : []).entries()) {
    const step = withOutputs(raw);
    const num = `${prefix}${i + 1}`;
    const uses = step?.uses;
    const m = typeof uses === "string" && depth < MAX_ACTION_DEPTH ? /^[.$]\/([^@\s]+?)\/?$/.exec(uses) : null;
    const action = m === null ? null : readLocalAction(root, m[1]);
    if (action === null) {
      out.push({ step, num });
      continue;
    }
    const given = step.with;
    const values = {};
    for (const [k, v] of Object.entries(action.inputs)) if (v !== void 0) values[k] = v;
    if (given && typeof given === "object") {
      for (const [k, v] of Object.entries(given)) if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values[k] = String(v);
    }
    const put = (v) => typeof v === "string" ? v.replace(INPUT_REF, (all, k) => values[k] ?? all).replace(/\$\{\{\s*github\.action_path\s*\}\}/g, action.dir) : Array.isArray(v) ? v.map(put) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, put(x)])) : v;
    const id = step.id;
    if (typeof id === "string") {
      for (const [k, v] of Object.entries(action.outputs)) {
        const value = put(v);
        if (!/\$\{\{/.test(value.replace(/\$\{\{\s*matrix\.[\w.-]+\s*\}\}/g, ""))) outputs.set(`${id}.${k}`, value);
      }
    }
    const name = step.name;
    const inner = action.steps.map((st) => {
      const t = put(st);
      if (!t || typeof t !== "object") return t;
      const own = typeof t.name === "string" ? t.name : null;
      return { ...t, name: `${typeof name === "string" ? name : `step ${num}`} (${uses}${own !== null ? `: ${own}` : ""})` };
    });
    out.push(...withLocalActions(root, inner, depth + 1, `${num}.`));
  }
  return out;
}
function readLocalAction(root, rel) {
  const dir = path3.resolve(root, rel);
  const within = path3.relative(root, dir);
  if (within === "" || within.startsWith("..") || path3.isAbsolute(within)) return null;
  try {
    const real = path3.relative(fs3.realpathSync(root), fs3.realpathSync(dir));
    if (real !== within) return null;
  } catch {
    return null;
  }
  for (const name of ["action.yml", "action.yaml"]) {
    let doc;
    try {
      doc = import_yaml3.default.parse(withActionUrlsAsNames(readRegularFile(path3.join(dir, name), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8")), YAML_OPTIONS);
    } catch {
      continue;
    }
    const runs = doc?.runs;
    if (runs?.using !== "composite" || !Array.isArray(runs.steps)) return null;
    const inputs = {};
    const declared = doc.inputs;
    if (declared && typeof declared === "object") {
      for (const [k, v] of Object.entries(declared)) {
        const d = v?.default;
        inputs[k] = typeof d === "string" || typeof d === "number" || typeof d === "boolean" ? String(d) : void 0;
      }
    }
    const outputs = {};
    const declaredOut = doc.outputs;
    if (declaredOut && typeof declaredOut === "object") {
      for (const [k, v] of Object.entries(declaredOut)) {
        const value = v?.value;
        if (typeof value === "string") outputs[k] = value;
      }
    }
    return { steps: runs.steps, inputs, outputs, dir: within.split(path3.sep).join("/") };
  }
  return null;
}
var MAX_CALLS = 32;
var INPUT_REF = /\$\{\{\s*inputs\.([A-Za-z_][\w-]*)\s*\}\}/g;
function reusableCalls(docs, shown) {
  const calls = /* @__PURE__ */ new Map();
  for (const [n, doc] of docs) {
    const jobs = doc?.jobs;
    if (!jobs || typeof jobs !== "object") continue;
    for (const [jobId, job] of Object.entries(jobs)) {
      const j = job;
      const m = typeof j?.uses === "string" ? /^[.$]\/\.github\/workflows\/([^/@\s]+\.ya?ml)$/.exec(j.uses) : null;
      if (m === null || !docs.has(m[1])) continue;
      const given = j?.with && typeof j.with === "object" ? j.with : {};
      const values = Object.fromEntries(Object.entries(given).filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean").map(([k, v]) => [k, String(v)]));
      const combos = matrixCombos(j?.strategy?.matrix, Object.values(values));
      if (combos.length === 0 && Object.values(values).some((v) => /\bmatrix\./.test(v))) combos.push({ apply: (x) => x, label: "", values: {} });
      for (const combo of combos) {
        const list = calls.get(m[1]) ?? [];
        calls.set(m[1], list);
        const via = `${shown(n)}:${jobId}${combo.label}`;
        if (list.length >= MAX_CALLS) (list.dropped ??= []).push(via);
        else list.push({ via, inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, combo.apply(v)])) });
      }
    }
  }
  return calls;
}
function withInputs(text, doc, given) {
  const on = doc?.on;
  const call = on && typeof on === "object" && !Array.isArray(on) ? on.workflow_call : void 0;
  if (call === void 0 || !/\$\{\{\s*inputs\./.test(text)) return null;
  const declared = call && typeof call === "object" ? call.inputs ?? {} : {};
  const value = (k) => {
    if (Object.prototype.hasOwnProperty.call(given, k)) return given[k];
    const d = declared && typeof declared === "object" ? declared[k]?.default : void 0;
    return typeof d === "string" || typeof d === "number" || typeof d === "boolean" ? String(d) : void 0;
  };
  const typed = (k) => {
    const v = value(k);
    const type = declared && typeof declared === "object" ? declared[k]?.type : void 0;
    if (v === void 0) return void 0;
    if (type === "boolean") return v === "true" ? true : v === "false" ? false : void 0;
    if (type === "number") return v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : void 0;
    return v;
  };
  const replaced = text.replace(INPUT_REF, (m, k, at, all) => {
    const v = value(k);
    if (v !== void 0 && /^[\w./@+-]*$/.test(v)) return v;
    if (v === void 0 || !/^[\w./@+-]+(?: [\w./@+-]+)*$/.test(v)) return m;
    const window2 = all.slice(Math.max(0, at - 256), at);
    const nl = window2.lastIndexOf("\n");
    const before = nl >= 0 ? window2.slice(nl + 1) : window2;
    const keyOnly = (nl >= 0 || at <= 256) && /^\s*(?:-\s+)?(?:[\w.-]+:\s*)?$/.test(before);
    const after = all[at + m.length] ?? "\n";
    const word = (before === "" || /\s$/.test(before)) && /[\s;&|)]/.test(after) && !keyOnly;
    return word ? v : m;
  }).replace(/\$\{\{([^}\n]{0,256})\}\}/g, (m, inner) => {
    if (!/\binputs\./.test(inner)) return m;
    const v = expressionText(inner, (name) => name.startsWith("inputs.") ? typed(name.slice("inputs.".length)) : void 0);
    return v !== void 0 && /^[\w./@+-]*$/.test(v) ? v : m;
  });
  try {
    return import_yaml3.default.parse(replaced, YAML_OPTIONS);
  } catch {
    return null;
  }
}
function withActionUrlsAsNames(text) {
  return text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*["']?)https?:\/\/[^/\s"'@]+\/(?=[\w.-]+\/[\w.-]+(?:\/[^\s"'@]*)?@)/gm, "$1");
}
function workflowTargets(root, cwd, repository) {
  return WORKFLOW_DIRS.flatMap((d) => workflowTargetsIn(root, cwd, d, repository));
}
function workflowTargetsIn(root, cwd, dirRel, repository) {
  const dir = path3.join(root, ...dirRel.split("/"));
  const parts = dirRel.split("/");
  if (!parts.every((_p, i) => isDirectory(path3.join(root, ...parts.slice(0, i + 1))))) return [];
  let names;
  try {
    names = fs3.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  const out = [];
  const texts = /* @__PURE__ */ new Map();
  const docs = /* @__PURE__ */ new Map();
  for (const n of names) {
    try {
      const text = withActionUrlsAsNames(readRegularFile(path3.join(dir, n), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
      docs.set(n, import_yaml3.default.parse(text, YAML_OPTIONS));
      texts.set(n, text);
    } catch {
      continue;
    }
  }
  const calls = reusableCalls(docs, (n) => path3.relative(cwd, path3.join(dir, n)) || path3.join(dir, n));
  const own = ownRepositoryNames(root);
  for (const n of names) {
    if (!docs.has(n)) continue;
    const abs = path3.join(dir, n);
    const rel = path3.relative(cwd, abs) || abs;
    const variants = [{ doc: docs.get(n), via: "" }];
    for (const c of calls.get(n) ?? []) {
      const doc = withInputs(texts.get(n), docs.get(n), c.inputs);
      if (doc !== null) variants.push({ doc, via: ` (called by ${c.via})` });
    }
    const builtBefore = out.length;
    for (const { doc, via } of variants) {
      ownCheckoutsAsSelf(doc, own);
      const jobs = doc?.jobs;
      if (!jobs || typeof jobs !== "object") continue;
      const runDefault = (d) => d && typeof d === "object" ? (d.run ?? {})["working-directory"] : void 0;
      const workflowWd = runDefault(doc.defaults);
      for (const [jobId, job] of Object.entries(jobs)) {
        if (stepCondition(job?.if, {}) === false) continue;
        const jobWd = runDefault(job?.defaults) ?? workflowWd;
        const envOf = (o) => o && typeof o === "object" && o.env && typeof o.env === "object" ? o.env : {};
        const ghEnv = githubEnvLiterals(Array.isArray(job?.steps) ? job.steps : []);
        const env = { ...envOf(doc), ...envOf(job), ...ghEnv.known };
        for (const n2 of ghEnv.unknown) delete env[n2];
        const resolveEnv = (v) => v.replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k) => typeof env[k] === "string" && !env[k].includes("${{") ? env[k] : m);
        const jobSteps = withLocalActions(root, job?.steps);
        const hostedRunner = isHostedRunner(job?.["runs-on"]) && !drivesRemoteDocker([job, jobSteps.map((x) => x.step), envOf(doc)]);
        const expandedJob = { steps: jobSteps.map((x) => x.step) };
        const workspace = workspaceExpression(expandedJob, resolveEnv);
        const workspaceCd = workspaceCdExpression(expandedJob, resolveEnv);
        const onlyMatrix = (x) => [...x.matchAll(/\$\{\{([^}\n]{0,256})\}\}/g)].length === (x.match(/\$\{\{/g) ?? []).length && [...x.matchAll(/\$\{\{([^}\n]{0,256})\}\}/g)].every((e) => matrixOnlyExpression(e[1]));
        const envOnly = (v) => v.replace(/\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}/g, (m, k) => typeof env[k] === "string" && onlyMatrix(env[k]) ? env[k] : m);
        const withEnv = (v) => typeof v === "string" ? envOnly(v).replace(workspace, ".") : v;
        const selfAt = selfCheckoutPath(expandedJob, resolveEnv);
        const selfAtRootToo = selfCheckoutAtRoot(expandedJob);
        const aboveCheckout = (v) => !selfAtRootToo && selfAt !== "" && selfAt !== "." && !/\$\{\{/.test(selfAt) && !selfAt.startsWith("/") && !selfAt.split("/").includes("..") && !/\$\{\{|\{\{|^[a-z]+:\/\//i.test(v) && !path3.posix.isAbsolute(v) && !workspace.test(envOnly(v).trim());
        const workingDirectory = (st) => withEnv(st["working-directory"] ?? jobWd);
        const writers = [];
        const preparedBy = (ctxAbs) => {
          const all = writers.filter((w) => w.paths.some((p) => overlaps(p, ctxAbs)));
          const named = all.find((w) => w.at === void 0 && w.paths.some((p) => p !== root && p.startsWith(ctxAbs + path3.sep)));
          const builds = [...all].reverse().find((w) => w.script !== void 0 && MAKES_ARTIFACTS.test(w.script));
          return ([...all].reverse().find((w) => w.at !== void 0 && overlaps(w.at, ctxAbs)) ?? named ?? builds ?? all[0])?.step;
        };
        const prepared = (ctxAbs, apply = (x) => x) => {
          const step = preparedBy(ctxAbs);
          if (step === void 0) return {};
          const preparers = writers.filter((w) => w.paths.some((p) => overlaps(p, ctxAbs))).reverse().map((w) => ({ step: w.step, dirs: w.paths.filter((p) => p !== root), ...w.fills !== void 0 ? { fills: w.fills } : {}, ...w.script !== void 0 && w.scriptAt !== void 0 ? { script: apply(w.script), scriptAt: w.scriptAt } : {} }));
          return { preparedBy: step, preparers };
        };
        const madeBy = (abs2, apply) => {
          const p = prepared(abs2, apply);
          if (p.preparedBy === void 0) return null;
          return preparerOf(p.preparers, root, path3.relative(root, abs2).split(path3.sep).join("/"), true);
        };
        const scriptsSoFar = [];
        const rewrittenBy = (dockerfile, inPlace = false) => {
          for (const r of scriptsSoFar) {
            const relFile = path3.relative(r.wd, dockerfile).split(path3.sep).join("/");
            if (relFile === "" || relFile.startsWith("..") || path3.isAbsolute(relFile)) continue;
            if (lineWriting(r.script, relFile, false, inPlace, false) > 0) return r.step;
          }
          return null;
        };
        const rewrittenSkip = (dockerfile) => {
          const step = rewrittenBy(dockerfile);
          const shownFile = path3.relative(root, dockerfile).split(path3.sep).join("/");
          if (step !== null) return { dockerfileRewritten: true, skipReason: `its Dockerfile ${shownFile} is written by ${step.startsWith("step ") ? step : `the step ${step}`} before the build: the committed file is not the one built; not audited` };
          const edited = rewrittenBy(dockerfile, true);
          if (edited === null) return {};
          const insertsFrom = scriptsSoFar.some((r) => /\bFROM\b/.test(r.script) && lineWriting(r.script, path3.relative(r.wd, dockerfile).split(path3.sep).join("/"), false, true) > 0);
          if (insertsFrom && !startsAsDockerfile(dockerfile)) return { dockerfileRewritten: true, skipReason: `its Dockerfile ${shownFile} has no FROM as committed and is edited in place by ${edited.startsWith("step ") ? edited : `the step ${edited}`} before the build: the committed file is not the one built; not audited` };
          return { dockerfileRewritten: true };
        };
        const foreign = workspaceIsAnotherRepository(job);
        const pushBuilds = (w, label, ifCond, noContext, step) => {
          const str = (k) => typeof w[k] === "string" ? withEnv(w[k]) : void 0;
          let listedUnknown = false;
          const matrix = job.strategy?.matrix;
          const when = typeof ifCond !== "string" ? void 0 : ifCond.includes("${{") ? ifCond : `\${{ ${ifCond} }}`;
          let combos = matrixCombos(matrix, [str("context"), str("file"), str("target"), str("build-args"), str("build-contexts"), when], ifCond);
          if (combos.length === 0) combos = matrixCombos(matrix, [str("context"), str("file"), str("target"), str("build-contexts")]);
          if (combos.length === 0 && !foreign) out.push({ name: label, declaredIn: rel, kind: "dockerfile", context: root, args: {}, namedContexts: {}, skipReason: "the matrix values it names are known only when the workflow runs: not audited", unlocated: true });
          for (const combo of combos) {
            if (stepCondition(ifCond, combo.values) === false) continue;
            const applied = str("context") === void 0 ? void 0 : combo.apply(str("context"));
            const given = applied === void 0 || applied.trim() === "" ? void 0 : applied;
            const sub = given === void 0 ? null : /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(given);
            const gitContext = noContext === "always-git" || sub !== null || given === void 0 && noContext === "git";
            const context = sub !== null ? (sub[1] ?? "").replace(/^\/+/, "") || "." : given ?? ".";
            const file = str("file") === void 0 ? void 0 : combo.apply(str("file"));
            if (/\$\{\{/.test(context + (file ?? "")) && (via !== "" || !/\$\{\{[^}]*\binputs\./.test(context + (file ?? ""))) && !foreign && !listedUnknown) {
              listedUnknown = true;
              const what = /\$\{\{/.test(context) ? `its context ${context}` : `its Dockerfile ${file}`;
              out.push({ name: combo.apply(label), declaredIn: rel, kind: "dockerfile", context: path3.resolve(root, context), dockerfile: file ? path3.resolve(root, file) : void 0, args: {}, namedContexts: {}, skipReason: `${what} is known only when the workflow runs: not audited`, unlocated: true });
            }
            if (/\$\{\{|\{\{/.test(context + (file ?? "")) || /^[a-z]+:\/\//i.test(context)) continue;
            if (!gitContext && !foreign && typeof w.context === "string" && aboveCheckout(combo.apply(w.context))) {
              out.push({ name: combo.apply(label), declaredIn: rel, kind: "dockerfile", context: root, dockerfile: file ? path3.resolve(root, file) : void 0, args: {}, namedContexts: {}, skipReason: `its context ${combo.apply(w.context).trim()} is the job's workspace, not this repository, which the job checks out at ${selfAt}/: not audited` });
              continue;
            }
            const target = str("target") === void 0 ? void 0 : combo.apply(str("target"));
            const args = {};
            const argsAtRunTime = {};
            for (const l of actionInputList(combo.apply(str("build-args") ?? ""))) {
              const eq = l.indexOf("=");
              if (eq <= 0) continue;
              if (!/\$\{\{|\{\{/.test(l)) args[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
              else argsAtRunTime[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
            }
            if (!gitContext && foreign) continue;
            const namedContexts = {};
            const madeNamedContexts = {};
            for (const l of actionInputList(combo.apply(str("build-contexts") ?? ""))) {
              const eq = l.indexOf("=");
              if (eq <= 0 || /\$\{\{|\{\{/.test(l)) continue;
              const v = l.slice(eq + 1).trim();
              const name = l.slice(0, eq).trim();
              const abs2 = isLocalContextValue(v) ? path3.resolve(root, v.replace(workspace, ".")) : null;
              const made = abs2 !== null && !fs3.existsSync(abs2) ? madeBy(abs2, combo.apply) : null;
              if (made !== null) madeNamedContexts[name] = { value: v, step: made };
              else namedContexts[name] = abs2 ?? v;
            }
            const ctxAbs = path3.resolve(root, context);
            const dockerfile = file ? path3.resolve(sub !== null || noContext === "always-git" ? ctxAbs : root, file) : void 0;
            const tags = actionInputList(combo.apply(str("tags") ?? ""));
            const pushes = !(w.push === void 0 || w.push === false || w.push === null || typeof w.push === "string" && /^(?:false|)$/i.test(w.push.trim())) || ["outputs", "output", "cache-to"].some((k) => w[k] !== void 0 && w[k] !== null && w[k] !== "");
            const localNames = tags.some((t) => /\$\{\{|\{\{/.test(t)) ? null : localImageNames(tags, pushes);
            const use = localNames === null ? null : jobUseOf(jobSteps.map((x) => x.step), localNames);
            const ranBy = use === null || use.first < 0 ? void 0 : jobSteps[use.first];
            const cleared = { file: path3.relative(root, abs).split(path3.sep).join("/"), lines: [...tags.flatMap((t) => [`tags: ${t}`, `tags: "${t}"`, `tags: '${t}'`, `- ${t}`, `- "${t}"`, t]), ...use?.scanLines ?? []] };
            const stepShown = (x) => `${rel}:${jobId}${typeof x.step.name === "string" ? ` ("${x.step.name}")` : ` step ${x.num}`}`;
            const loads = !(w.load === void 0 || w.load === false || w.load === null || typeof w.load === "string" && /^(?:false|)$/i.test(w.load.trim()));
            const untagged = step !== void 0 && tags.length === 0 && !pushes && !loads && (step.id === null || !jobSteps.some((x) => JSON.stringify(x.step).includes(`steps.${step.id}.outputs`)));
            const localImage = untagged ? { localImage: { names: [], ranBy: combo.apply(label) + combo.label, untagged: true } } : ranBy === void 0 || localNames === null ? {} : { localImage: { names: localNames, ranBy: stepShown(ranBy), cleared } };
            out.push({
              ...localImage,
              name: combo.apply(label) + combo.label,
              declaredIn: rel,
              kind: "dockerfile",
              context: ctxAbs,
              dockerfile,
              // An empty one is none: build-push-action passes --target only when it is set
              // (ayunis-core's matrix gives `target: ''` to three images).
              target: target !== void 0 && target !== "" && !/\$\{\{/.test(target) ? target : void 0,
              args,
              namedContexts,
              // A Git context holds the committed Dockerfile and nothing an earlier step writes.
              ...gitContext ? { gitContext: true } : { ...prepared(ctxAbs, combo.apply), ...rewrittenSkip(dockerfile ?? path3.join(ctxAbs, "Dockerfile")) },
              ...withRunTimeArgs(argsAtRunTime),
              ...Object.keys(madeNamedContexts).length > 0 ? { madeNamedContexts } : {},
              ...w.containerignore === true ? { readsContainerignore: true } : {}
            });
          }
        };
        const bakeAction = (uses, w, label, ifCond) => {
          const str = (k) => typeof w[k] === "string" ? String(withEnv(w[k])) : void 0;
          const list = (v) => v.split(/[\n,]/).map((x) => x.trim()).filter((x) => x !== "");
          const source = str("source");
          const major = /@v(\d+)/i.exec(uses)?.[1];
          const git = source === void 0 ? major === void 0 || Number(major) >= 6 : /^\{\{\s*defaultContext\s*\}\}$/.test(source);
          if (str("files") === void 0 || foreign) return;
          const listed = (name, skipReason) => out.push({ name, declaredIn: rel, kind: "bake", context: root, args: {}, namedContexts: {}, skipReason, unlocated: true });
          if (source !== void 0 && !git && source !== "." && source !== "./") {
            listed(label, `its source ${source} is not this checkout's directory: not audited`);
            return;
          }
          const combos = matrixCombos(job.strategy?.matrix, [str("files"), str("targets"), str("workdir")]);
          if (combos.length === 0) listed(label, "the matrix values it names are known only when the workflow runs: not audited");
          for (const combo of combos) {
            if (stepCondition(ifCond, combo.values) === false) continue;
            const at = combo.apply(label) + combo.label;
            const files = list(combo.apply(str("files") ?? "")).filter((f) => !/^cwd:\/\/\$\{\{\s*steps\.[\w-]+\.outputs\.bake-file(?:-[\w-]+)?\s*\}\}$/.test(f)).map((f) => f.replace(/^cwd:\/\//, ""));
            const targets = list(combo.apply(str("targets") ?? ""));
            const workdir = combo.apply(str("workdir") ?? ".");
            if ([...files, ...targets, workdir].some((x) => /\{\{/.test(x))) {
              listed(at, "its bake files, targets or working directory are known only when the workflow runs: not audited");
              continue;
            }
            const abs2 = files.map((f) => path3.resolve(root, workdir, f));
            let found;
            try {
              if (abs2.every((f) => /\.ya?ml$/i.test(f))) found = composeTargets(abs2, { cwd: root, env: {}, skipFragments: true, repository: repository ?? { root, allowOutside: false } });
              else if (abs2.length === 1 && /\.json$/i.test(abs2[0])) found = bakeTargets(abs2[0], root, repository ?? { root, allowOutside: false }, path3.resolve(root, workdir));
              else {
                listed(at, `bake files other than Compose files or one JSON file (${files.join(", ")}) are not read: run \`docker buildx bake --print\` on them and pass --bake; not audited`);
                continue;
              }
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              listed(at, `the bake files it runs (${files.join(", ")}) cannot be read here: ${e.message}`);
              continue;
            }
            const chosen = targets.length === 0 || targets.includes("default") ? found : found.filter((t) => targets.includes(t.name));
            const missing = targets.filter((n2) => n2 !== "default" && !found.some((t) => t.name === n2));
            if (missing.length > 0) listed(at, `target ${missing.join(", ")} is not one ctx-audit reads from ${files.join(", ")} (a group, or a target outside the default group): not audited`);
            for (const t of chosen) {
              const built = { ...t, name: `${at}: ${t.name}`, declaredIn: rel };
              out.push(t.skipReason !== void 0 ? built : { ...built, ...git ? { gitContext: true } : prepared(t.context) });
            }
          }
        };
        const jobUses = job?.uses;
        if (typeof jobUses === "string" && /^docker\/github-builder\/\.github\/workflows\/build\.ya?ml@/i.test(jobUses)) {
          pushBuilds(job.with ?? {}, `${rel}:${jobId} (docker/github-builder)${via}`, job.if, "always-git");
        } else if (typeof jobUses === "string") {
          const w = wrapperInputs(jobUses, job.with, root);
          if (w !== null) pushBuilds(w, `${rel}:${jobId} (via ${jobUses.replace(/@.*$/, "")}, read as build-push-action's inputs)${via}`, job.if, "path");
        }
        const checkoutAt = ((at) => at.includes("${{") || at.startsWith("/") || at.split("/").includes("..") ? "" : at)(selfCheckoutPath(job));
        let ownCheckoutSeen = false;
        let otherRef = null;
        let inertSoFar = true;
        let submodulesSoFar = false;
        for (const { step: given, num } of jobSteps) {
          if (!given || typeof given !== "object") continue;
          const stepStart = out.length;
          const g = given;
          const retried = typeof g.uses === "string" && /^(?:nick-fields\/retry|wandalen\/wretry\.action)@/i.test(g.uses) && typeof g.with?.command === "string" && g.run === void 0;
          const step = retried ? { ...g, uses: void 0, run: g.with?.command } : given;
          const s = step;
          if (stepCondition(s.if, {}) === false && !/\bmatrix\./.test(String(s.if))) continue;
          const selfCheckout = typeof s.uses === "string" && /^actions\/checkout@/.test(s.uses) && (s.with?.repository === void 0 || typeof s.with.repository === "string" && s.with.repository.includes("${{"));
          const ownCheckout = !ownCheckoutSeen && selfCheckout;
          if (ownCheckout) ownCheckoutSeen = true;
          if (ownCheckout && (String(s.with?.clean ?? "") || "true").toLowerCase() === "true") writers.length = 0;
          const label = `${rel}:${jobId}${typeof s.name === "string" ? ` (${s.name})` : ` step ${num}`}${via}`;
          const wrappedCombos = typeof s.uses === "string" && !foreign ? wrapperCombos(s.uses, s.with, root, job.strategy?.matrix) : [];
          const wrapped = wrappedCombos.length > 0 ? wrappedCombos[0].inputs : null;
          if (typeof s.run === "string") {
            const wd = workingDirectory(s);
            if (typeof wd !== "string" || !/\$\{\{/.test(wd)) scriptsSoFar.push({ step: `${typeof s.name === "string" ? `"${s.name}"` : `step ${num}`} (a run script)`, script: s.run, wd: path3.resolve(root, typeof wd === "string" ? wd : ".") });
          }
          const writes = ownCheckout ? null : workspaceWrites(s, root, checkoutAt);
          const fills = writes && /^actions\/download-artifact@/.test(String(s.uses)) && s.if === void 0 && (s["continue-on-error"] ?? false) === false && typeof s.with?.name === "string" && !s.with.name.includes("${{") && typeof s.with?.path === "string" && !/\$\{\{|\n|[*?[]/.test(s.with.path) ? writes : void 0;
          if (writes) writers.push({ step: `${typeof s.name === "string" ? `"${s.name}" ` : ""}(${String(s.uses).replace(/@.*$/, "")})`, paths: writes, ...fills ? { fills } : {} });
          else if (typeof s.run === "string" && runMayWrite(s.run) && !onlySelfClone(s.run) && dockerBuildCommands(s.run).length === 0 && composeCommands(s.run).length === 0 && bakeCommands(s.run).length === 0) {
            const wd = workingDirectory(s);
            const at = typeof wd === "string" && !/\$\{\{/.test(wd) ? path3.resolve(root, wd) : void 0;
            const scriptAt = wd === void 0 ? root : at;
            writers.push({ step: `${typeof s.name === "string" ? `"${s.name}" ` : `step ${num} `}(a run script)`, paths: [root], num, ...at !== void 0 ? { at } : {}, ...scriptAt !== void 0 ? { script: s.run, scriptAt } : {} });
          }
          if (typeof s.uses === "string" && /^(?:(?:docker|depot|useblacksmith|warpbuilds)\/build-push-action|step-security\/docker-build-push-action)@/i.test(s.uses)) {
            pushBuilds(s.with ?? {}, label, s.if, /^docker\/build-push-action@v1(?:[.\s]|$)/.test(s.uses) ? "path" : "git", { id: typeof s.id === "string" ? s.id : null });
          } else if (typeof s.uses === "string" && /^docker\/bake-action@/i.test(s.uses)) {
            bakeAction(s.uses, s.with ?? {}, label, s.if);
          } else if (wrapped !== null) {
            const known = KNOWN_WRAPPERS.find((k) => String(s.uses).toLowerCase().startsWith(k.uses + "@"));
            const given2 = known?.writesWith === void 0 ? void 0 : s.with?.[known.writesWith];
            const self = known?.writes ?? (typeof given2 === "string" && given2.trim() !== "" ? `runs its ${known?.writesWith} ${given2.trim()} first` : void 0);
            if (self !== void 0) writers.push({ step: `${typeof s.name === "string" ? `"${s.name}" ` : ""}(${String(s.uses).replace(/@.*$/, "")}, which ${self})`, paths: [root] });
            for (const w of wrappedCombos) pushBuilds(w.inputs, `${label}${w.label} (via ${String(s.uses).replace(/@.*$/, "")}, read as build-push-action's inputs)`, s.if, "path");
          } else if (typeof s.run === "string") {
            const self = writers.length > 0 && writers[writers.length - 1].num === num ? writers.pop() : void 0;
            const builtBefore2 = out.length;
            let runs = false;
            const wdRaw = workingDirectory(s);
            const atWorkspaceRoot = selfCheckoutPath(job) === "";
            const run = withFileValues(withPathVariables(withLiteralEnv(s.run, { ...env, ...envOf(s) }))).replace(/(?<!\bcd\s+['"]?)(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{GITHUB_WORKSPACE\}|\$GITHUB_WORKSPACE\b)/g, (m) => atWorkspaceRoot && !foreign ? root : m);
            const envTexts = Object.values({ ...env, ...envOf(s) }).filter((v) => typeof v === "string" && v.includes("matrix."));
            const matrixOf = job.strategy?.matrix;
            let stepCombos = matrixCombos(matrixOf, [typeof wdRaw === "string" ? wdRaw : void 0, run]);
            if (envTexts.length > 0 && stepCombos.length > 0) {
              const withEnv2 = matrixCombos(matrixOf, [typeof wdRaw === "string" ? wdRaw : void 0, run, ...envTexts]);
              if (withEnv2.length > 0) stepCombos = withEnv2;
            }
            const matrixUnknown = stepCombos.length === 0 && !foreign && runsDockerBuild(run);
            if (matrixUnknown && (typeof wdRaw !== "string" || !/\$\{\{/.test(wdRaw))) stepCombos = [{ apply: (x) => x, label: "", values: {} }];
            else if (matrixUnknown) out.push({ name: label, declaredIn: rel, kind: "dockerfile", context: root, args: {}, namedContexts: {}, skipReason: "the matrix values it names are known only when the workflow runs: not audited", unlocated: true });
            for (const combo of stepCombos) {
              if (stepCondition(s.if, combo.values) === false) continue;
              runs = true;
              const wd = typeof wdRaw === "string" ? combo.apply(wdRaw) : wdRaw;
              const before = DOCKER_BUILD_RE.test(run) ? withoutBuilds(run) : "";
              const ownStep = `the part of ${typeof s.name === "string" ? `"${s.name}"` : `step ${num}`}'s script before docker build`;
              const withOwn = (ctxAbs, apply, own2 = before, ownName = ownStep, untilBuild) => {
                const base = prepared(ctxAbs, apply);
                if (own2.trim() === "") return base;
                const scriptAt = path3.resolve(root, typeof wd === "string" ? wd : ".");
                const builds2 = MAKES_ARTIFACTS.test(own2) ? { preparedBy: ownName } : {};
                return { ...base, ...builds2, preparers: [{ step: ownName, dirs: [], script: apply(own2), scriptAt, sameShell: true, ...untilBuild !== void 0 ? { untilBuild: apply(untilBuild) } : {} }, ...base.preparers ?? []] };
              };
              const composeAt = /(?<![\w-])(?:docker(?:\s+compose|-compose)|podman(?:\s+compose|-compose))(?![\w-])/.exec(run);
              const beforeCompose = composeAt === null ? "" : run.slice(0, composeAt.index);
              const ownComposeStep = `the part of ${typeof s.name === "string" ? `"${s.name}"` : `step ${num}`}'s script before docker compose`;
              const checkouts = selfCheckoutPaths(job, combo.apply);
              const inCheckout = (p) => {
                const within = (a) => p === a || p.startsWith(a + "/");
                const deepest = (xs) => xs.filter(within).sort((a, b) => b.length - a.length)[0];
                const at = deepest(checkouts.self);
                const foreignAt = deepest(checkouts.other);
                if (at === void 0 || foreignAt !== void 0 && foreignAt.length >= at.length) return p;
                return p === at ? "." : p.slice(at.length + 1);
              };
              const rawCommands = foreign || typeof wd === "string" && /\$\{\{/.test(wd) ? [] : dockerBuildCommands(opaqueExpressions(combo.apply(run)), typeof wd === "string" ? wd : ".", workspaceCd);
              const inAnyCheckout = (p) => [...checkouts.self, ...checkouts.other].some((a) => p === a || p.startsWith(a + "/"));
              const runAbove = (c) => wd === void 0 && !/(?:^|[\s;&|(])(?:cd|pushd)[ \t]/.test(run) && aboveCheckout(c.context) && !inAnyCheckout(path3.posix.normalize(c.context));
              for (const c of rawCommands.filter(runAbove)) {
                out.push({ name: label + combo.label, declaredIn: rel, kind: "dockerfile", context: root, dockerfile: c.file !== void 0 && !path3.posix.isAbsolute(c.file) ? path3.resolve(root, inCheckout(path3.posix.normalize(c.file))) : void 0, args: {}, namedContexts: {}, skipReason: `its context ${c.context} is the job's workspace, not this repository, which the job checks out at ${selfAt}/: not audited` });
              }
              const commands = rawCommands.filter((c) => !runAbove(c)).map((c) => checkouts.self.length === 0 ? c : { ...c, context: isRemoteContext(c.context) ? c.context : inCheckout(path3.posix.normalize(c.context)), ...c.file !== void 0 && !isRemoteContext(c.context) ? { file: inCheckout(path3.posix.normalize(c.file)) } : {}, namedContexts: Object.fromEntries(Object.entries(c.namedContexts).map(([k, v]) => [k, isLocalContextValue(v) && !path3.posix.isAbsolute(v) ? inCheckout(path3.posix.normalize(v)) : v])) });
              const builds = matrixUnknown ? commands.filter((c) => !/\$\{\{/.test(c.context + (c.file ?? ""))) : commands;
              const expected = matrixUnknown ? dockerBuildCommands(run.replace(/\$\{\{[^}]*\}\}/g, "x"), typeof wd === "string" ? wd : ".", workspaceCd).length : 0;
              const unplaced = builds.length < Math.max(commands.length, expected);
              const stdinDocs = builds.filter((x) => x.stdin).length === 1 ? heredocBuilds(combo.apply(run)) : [];
              const stdinText = stdinDocs.length === 1 && stdinDocs[0] !== "" ? stdinDocs[0] : null;
              for (const [i, c] of builds.entries()) {
                const ctxAbs = contextAt(root, c.context);
                const use = c.localNames === null ? null : jobUseOf(jobSteps.map((x) => x.step), c.localNames);
                const ranBy = use === null || use.first < 0 ? void 0 : jobSteps[use.first];
                const cleared = use === null || use.scanLines.length === 0 ? {} : { cleared: { file: path3.relative(root, abs).split(path3.sep).join("/"), lines: use.scanLines } };
                const localImage = c.untagged ? { localImage: { names: [], ranBy: label + combo.label + (builds.length > 1 ? `, build ${i + 1} of ${builds.length}` : ""), untagged: true } } : ranBy === void 0 || c.localNames === null ? {} : { localImage: { names: c.localNames, ranBy: `${rel}:${jobId}${typeof ranBy.step.name === "string" ? ` ("${ranBy.step.name}")` : ` step ${ranBy.num}`}`, ...c.localByIdFile ? { idFile: c.localByIdFile } : {}, ...cleared } };
                const nth = builds.length > 1 ? `, build ${i + 1} of ${builds.length}` : "";
                const legacy = !c.buildx && (c.legacyByLine || buildkitOff({ ...env, ...envOf(s) }.DOCKER_BUILDKIT));
                const namedContexts = Object.fromEntries(Object.entries(c.namedContexts).map(([k, v]) => [k, isLocalContextValue(v) ? path3.resolve(root, v) : v]));
                const fed = c.stdin ? stdinFileText(root, c.stdinFile) : null;
                if (c.stdin && (fed !== null || stdinText !== null)) {
                  out.push({ name: `${label}${combo.label}${nth} (its Dockerfile from ${fed !== null ? `${fed.from} on stdin` : "a heredoc"})`, declaredIn: rel, kind: "dockerfile", context: ctxAbs, dockerfileInline: fed?.text ?? stdinText, ...fed !== null ? { dockerfileFrom: path3.join(root, fed.from) } : {}, target: c.target, args: c.args, namedContexts, ...withOwn(ctxAbs, combo.apply, before, ownStep, c.untilHere?.()), ...withRunTimeArgs(c.argsAtRunTime), ...legacy ? { builder: "legacy" } : {}, ...localImage });
                  continue;
                }
                out.push({ name: label + combo.label + nth, declaredIn: rel, kind: "dockerfile", context: ctxAbs, dockerfile: c.file ? path3.resolve(root, c.file) : void 0, target: c.target, args: c.args, namedContexts, ...withOwn(ctxAbs, combo.apply, before, ownStep, c.untilHere?.()), ...rewrittenSkip(c.file ? path3.resolve(root, c.file) : path3.join(ctxAbs, "Dockerfile")), ...withRunTimeArgs(c.argsAtRunTime), ...legacy ? { builder: "legacy" } : {}, ...localImage });
              }
              if (unplaced) out.push({ name: label, declaredIn: rel, kind: "dockerfile", context: root, args: {}, namedContexts: {}, skipReason: "the matrix values it names are known only when the workflow runs: not audited", unlocated: true });
              const inCheckoutAll = (c) => {
                if (checkouts.self.length === 0) return c;
                const at = (p) => inCheckout(path3.posix.normalize(p));
                return { ...c, files: c.files.map(at), cwd: at(c.cwd), ...c.envFiles ? { envFiles: c.envFiles.map(at) } : {}, ...c.projectDirectory !== void 0 ? { projectDirectory: at(c.projectDirectory) } : {} };
              };
              const composes = foreign || typeof wd === "string" && /\$\{\{/.test(wd) ? [] : composeCommands(opaqueExpressions(combo.apply(run)), typeof wd === "string" ? wd : ".", workspaceCd, hostedRunner).map(inCheckoutAll);
              if (matrixUnknown && composes.length > 0 && builds.length === commands.length) out.push({ name: label, declaredIn: rel, kind: "dockerfile", context: root, args: {}, namedContexts: {}, skipReason: "the matrix values it names are known only when the workflow runs: not audited", unlocated: true });
              for (const c of matrixUnknown ? [] : composes) {
                const opaque = c.services?.names.find((n2) => /^\$\{\{[^}]*\}\}$/.test(n2));
                if (opaque !== void 0) {
                  out.push({ name: label + combo.label, declaredIn: rel, kind: "compose", context: root, args: {}, namedContexts: {}, skipReason: `the services it names (${opaque}) are known only when the workflow runs: not audited`, unlocated: true });
                  continue;
                }
                const literal = Object.fromEntries(Object.entries({ ...env, ...envOf(s) }).map(([k, v]) => [k, typeof v === "string" ? combo.apply(v) : v]).filter(([, v]) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean") && !/\$\{\{/.test(String(v))).map(([k, v]) => [k, String(v)]));
                const atRunTime = Object.fromEntries(Object.entries({ ...env, ...envOf(s) }).map(([k, v]) => [k, typeof v === "string" ? combo.apply(v) : v]).filter((e) => typeof e[1] === "string" && /\$\{\{/.test(e[1])));
                const files = composeFilesOf(c, root, { ...literal, ...assignedOnce(run, ["COMPOSE_FILE", "COMPOSE_PATH_SEPARATOR"]) });
                if (files.length === 0 || !files.every((f) => isInside(root, f))) continue;
                const runDir = path3.resolve(root, c.cwd);
                const setsRead = [...Object.keys(literal), ...Object.keys(atRunTime), ...Object.keys(c.env ?? {})].some((k) => files.some((f) => readsVariable(f, k)));
                const defaultNames = !setsRead && files.every((f) => COMPOSE_FILE_NAMES.includes(path3.basename(f)) && (path3.dirname(f) === runDir || !readsPwd(f)));
                const shownFiles = files.map((f) => path3.relative(root, f).split(path3.sep).join("/")).join(", ");
                const guarded = files.find((f) => !fs3.existsSync(f) && testsForFile(run, path3.relative(path3.resolve(root, c.cwd), f).split(path3.sep).join("/")));
                if (guarded !== void 0) {
                  const g2 = path3.relative(root, guarded).split(path3.sep).join("/");
                  const why = `${GUARDED_SKIP} (its Compose file ${g2} is not in the checkout, and the step tests for it first): not audited`;
                  if (!out.some((o) => o.name === label + combo.label && o.skipReason === why)) out.push({ name: label + combo.label, declaredIn: rel, kind: "compose", context: path3.dirname(guarded), dockerfile: guarded, args: {}, namedContexts: {}, skipReason: why });
                  continue;
                }
                try {
                  for (const found of composeTargets(files, { cwd, env: { PWD: path3.resolve(root, c.cwd), ...atRunTime, ...literal, ...c.env }, skipFragments: true, repository: repository ?? { root, allowOutside: false }, ...c.envFiles ? { envFiles: c.envFiles.map((f) => path3.resolve(root, f)) } : {}, ...c.projectDirectory !== void 0 ? { projectDirectory: path3.resolve(root, c.projectDirectory) } : {}, ...c.services ? { services: c.services } : {}, ...c.job ? { job: { ...c.job, ranBy: label + combo.label } } : {} })) {
                    if (c.pullsFirst && found.pulledFirst) continue;
                    const expr = (v) => v !== void 0 && /\$\{\{/.test(v);
                    const runArgs = Object.entries(found.args).filter(([, v]) => expr(v));
                    const t = runArgs.length === 0 ? found : { ...found, args: Object.fromEntries(Object.entries(found.args).filter(([, v]) => !expr(v))), argsAtRunTime: { ...found.argsAtRunTime, ...Object.fromEntries(runArgs) } };
                    if (expr(t.target)) {
                      const { target: _, ...rest } = t;
                      out.push({ ...rest, stageUnknown: true, placedBy: label + combo.label, name: `${label}${combo.label}: ${path3.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, composeFilesRead: files, ...withOwn(t.context, combo.apply, beforeCompose, ownComposeStep, beforeCompose) });
                      continue;
                    }
                    if ([t.context, t.dockerfile, ...Object.values(t.namedContexts)].some(expr)) {
                      out.push({ name: `${label}${combo.label}: ${path3.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, kind: "compose", context: root, args: {}, namedContexts: {}, skipReason: "its context, Dockerfile or stage comes from a value the step's env sets with an expression (${{ }}), known only when the workflow runs: not audited", unlocated: true });
                      continue;
                    }
                    out.push({ ...t, name: `${label}${combo.label}: ${path3.relative(cwd, files[0]) || files[0]}:${t.name}`, declaredIn: rel, composeFilesRead: files, ...withOwn(t.context, combo.apply, beforeCompose, ownComposeStep, beforeCompose), ...defaultNames ? { defaultComposeRun: { files, service: t.name, ...c.buildOnly && !/\b(?:push|tag|save)\b/.test(run) ? { buildOnly: true } : {} } } : {} });
                  }
                } catch (e) {
                  if (!(e instanceof InputError)) throw e;
                  if (defaultNames) continue;
                  out.push({ name: label + combo.label, declaredIn: rel, kind: "compose", context: path3.dirname(files[0]), dockerfile: files[0], args: {}, namedContexts: {}, skipReason: `the Compose files it runs (${shownFiles}) cannot be read here: ${e.message}` });
                }
              }
            }
            if (!foreign && (typeof wdRaw !== "string" || !/\$\{\{/.test(wdRaw))) {
              for (const b of bakeCommands(run, typeof wdRaw === "string" ? wdRaw : ".", workspaceCd)) {
                bakeAction("docker/bake-action@v5", { files: b.files.join("\n"), targets: b.targets.join("\n"), workdir: b.cwd, source: "." }, label, s.if);
              }
            }
            if (self) writers.push(self);
            if (runs && out.slice(builtBefore2).every((t) => t.defaultComposeRun !== void 0) && !foreign && runsDockerBuild(run)) {
              const buildLines = opaqueExpressions(run.replace(/\\\n/g, " ").replace(/\$\{\{\s*runner\.temp\s*\}\}/g, "$RUNNER_TEMP")).replace(/\$\{\{[^}\n]*\}\}/g, "$EXPRESSION").split("\n").filter((l) => DOCKER_BUILD_RE.test(l));
              const outside = buildLines.length > 0 && buildLines.every((l) => RUNNER_TEMP.test(l.trim().split(/\s+/).pop() ?? ""));
              const literalDirs = [...new Set(buildLines.map((l) => {
                const w = (l.trim().split(/\s+/).pop() ?? "").replace(/^["']|["']$/g, "");
                const cut = w.search(/\$|`/);
                const lit = (cut < 0 ? w : w.slice(0, w.lastIndexOf("/", cut) + 1)).replace(/^\.\//, "").replace(/\/+$/, "");
                return lit === "" || lit === "." || lit.startsWith("..") || lit.startsWith("/") ? null : lit;
              }))];
              const knownDir = literalDirs.length === 1 && literalDirs[0] !== null && (typeof wdRaw !== "string" || wdRaw === "." || wdRaw === "") ? path3.resolve(root, literalDirs[0]) : root;
              const stdinOnly = buildLines.length > 0 && buildLines.every((l) => /(?:^|\s)-\s*0?<\s*\S+\s*$/.test(l.trim()) || /\|\s*(?:sudo\s+)?docker\b.*\s-\s*$/.test(l.trim()));
              const why = outside ? "it builds from the runner's temporary directory, outside the checkout: not audited" : stdinOnly ? "its Dockerfile comes on stdin (`docker build -`), with no context: nothing of the checkout is sent (a COPY from the context finds the Dockerfile alone); not audited" : "its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited";
              out.push({ name: label, declaredIn: rel, kind: "dockerfile", context: stdinOnly ? root : knownDir, args: {}, namedContexts: {}, skipReason: why, unlocated: true, ...outside ? { outsideCheckout: true } : {} });
            }
          }
          const quietBefore = typeof s.run === "string" ? scriptQuiet(s.run) : typeof s.uses !== "string" || PURE_BUILDER.test(s.uses);
          for (const t of out.slice(stepStart)) {
            if (ownCheckoutSeen && !ownCheckout && inertSoFar && quietBefore && t.skipReason === void 0 && t.gitContext !== true && t.preparedBy === void 0 && !foreign) t.checkoutOnly = { submodules: submodulesSoFar };
          }
          if (selfCheckout && typeof s.with?.ref === "string" && s.with.ref.trim() !== "" && !/^\$\{\{\s*github\.(?:ref|sha|head_ref|ref_name|event\.pull_request\.head\.(?:sha|ref))\s*\}\}$/.test(s.with.ref.trim())) otherRef = s.with.ref.trim();
          if (typeof s.run === "string" && !/(?:^|[\s;&|(])git[ \t]+clone\b/.test(s.run) && /(?:^|[;&|(\n])[ \t]*git(?:[ \t]+-[Cc][ \t]+\S+)*[ \t]+(?:checkout|switch|reset[ \t]+--hard)[ \t]+(?!--(?:[ \t]|$)|-[bBf][ \t]|\.(?:[ \t]|$|[;&|]))[^\s;&|]/m.test(s.run)) otherRef ??= "a ref a run step checks out";
          if (otherRef !== null) for (const t of out.slice(stepStart)) t.otherRef = otherRef;
          if (ownCheckout) {
            submodulesSoFar = checkoutFetchesSubmodules(s.with);
            if (s.with?.clean === false || typeof s.with?.clean === "string" && !/^true$/i.test(s.with.clean.trim())) inertSoFar = false;
          } else if (typeof s.uses === "string" ? !actionWritesNothing(s.uses, s.with) : typeof s.run !== "string" || !scriptQuiet(s.run)) inertSoFar = false;
        }
      }
    }
    if (out.slice(builtBefore).some((t) => t.declaredIn === rel && t.defaultComposeRun === void 0)) {
      for (const via of calls.get(n)?.dropped ?? []) out.push({ name: `${rel} (called by ${via})`, declaredIn: rel, kind: "dockerfile", context: root, args: {}, namedContexts: {}, skipReason: `a call after the first ${MAX_CALLS} of this reusable workflow: not read, so not audited`, unlocated: true });
    }
  }
  const inRepo = (p) => !/^\.\.(?:[\\/]|$)/.test(path3.relative(root, p)) && !path3.isAbsolute(path3.relative(root, p));
  const shown = (p) => inRepo(p) ? path3.relative(root, p).split(path3.sep).join("/") || "." : p;
  return out.map((t) => {
    if (t.unlocated === true || t.skipReason?.startsWith(GUARDED_SKIP) === true) return t;
    if (isRemoteContext(t.context)) return t.skipReason !== void 0 ? t : { ...t, skipReason: `remote context ${t.context} is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)` };
    if (!fs3.existsSync(t.context) && !(t.dockerfile !== void 0 && inRepo(t.dockerfile) && fs3.existsSync(t.dockerfile))) {
      return { ...t, skipReason: `its context ${shown(t.context)} is not in the checkout: a step before the build makes it; not audited`, unlocated: true };
    }
    if (!fs3.existsSync(t.context)) return { ...t, skipReason: `its context ${shown(t.context)} is not in the checkout: a step before the build makes it; not audited` };
    const implicit = t.dockerfile === void 0 && t.dockerfileInline === void 0 && inRepo(t.context) ? [path3.join(t.context, "Dockerfile"), path3.join(t.context, "dockerfile")] : null;
    if (implicit !== null && !implicit.some((f) => fs3.existsSync(f))) return { ...t, skipReason: `its context ${shown(t.context)} holds no Dockerfile in the checkout: a step before the build writes it; not audited` };
    const file = t.dockerfile ?? (implicit ?? []).find((f) => fs3.existsSync(f));
    if (file === void 0 || !inRepo(file)) return t;
    const lowercase = t.builder !== "legacy" && !fs3.existsSync(file) ? buildxLowercaseDockerfile(root, file) : null;
    if (!fs3.existsSync(file) && lowercase === null && t.gitContext === true) return { ...t, skipReason: `its Dockerfile ${shown(file)} is not in the commit this Git context builds (BuildKit clones the commit, and reads a Dockerfile from the runner only by an absolute \`file:\`): the workflow is out of date, and the build fails unless a step writes it at such a path; not audited` };
    if (!fs3.existsSync(file) && lowercase === null) return { ...t, skipReason: `its ${t.kind === "compose" ? "Compose file" : "Dockerfile"} ${shown(file)} is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited` };
    const stale = t.target === void 0 ? null : missingStage(file, t.target);
    if (stale === null) return t;
    if (t.dockerfileRewritten === true || t.otherRef !== void 0) {
      const why = t.otherRef !== void 0 ? `the job builds ${t.otherRef.startsWith("a ref ") ? t.otherRef : `ref ${t.otherRef}`}, whose Dockerfile may have it` : "a step before the build edits it";
      return { ...t, skipReason: `its Dockerfile ${shown(file)} has no stage "${t.target}" here (${stale}), and ${why}: not audited` };
    }
    return { ...t, staleTarget: true };
  });
}
function missingStage(file, target) {
  let text;
  try {
    text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
  } catch {
    return null;
  }
  const parsed = parseDockerfile(text);
  if (customFrontend(parsed) !== null) return null;
  const names = parsed.stages.map((st) => st.name).filter((n) => n !== null && n !== void 0);
  if (names.includes(target.toLowerCase()) || /\$/.test(target)) return null;
  return names.length === 0 ? "it names none" : `stages: ${names.join(", ")}`;
}
function rendersByMake(abs, root) {
  const base = path3.basename(abs);
  const stem = base.slice(0, -".in".length);
  const names = (words, file) => words.split(/\s+/).some((w) => w === file || w.endsWith("/" + file) || w.startsWith("%") && w.length > 1 && file.endsWith(w.slice(1)));
  for (const dir of /* @__PURE__ */ new Set([root, path3.dirname(abs)])) {
    let text;
    try {
      text = readRegularFile(path3.join(dir, "Makefile"), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      const i = line.indexOf(":");
      if (i < 0 || line.startsWith("	") || line.length > 4096) continue;
      if (names(line.slice(i + 1), base) && names(line.slice(0, i), stem)) return true;
    }
  }
  return false;
}
var GORELEASER_VARIANT = /^\.?goreleaser[.-][\w.-]+\.ya?ml$/;
function readdirNames(dir) {
  try {
    return fs3.readdirSync(dir);
  } catch {
    return [];
  }
}
var GORELEASER_FILES = [".config/goreleaser.yml", ".config/goreleaser.yaml", ".goreleaser.yml", ".goreleaser.yaml", "goreleaser.yml", "goreleaser.yaml"];
function containerActionTargets(root, cwd, files) {
  const out = [];
  for (const f of files.slice(0, 100)) {
    let doc;
    try {
      doc = import_yaml3.default.parse(readRegularFile(path3.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"), YAML_OPTIONS);
    } catch {
      continue;
    }
    const runs = doc?.runs;
    if (typeof runs?.using !== "string" || runs.using.toLowerCase() !== "docker" || typeof runs.image !== "string" || !/(?:Dockerfile|dockerfile)$/.test(runs.image) || /^docker:\/\//i.test(runs.image)) continue;
    const dockerfile = path3.resolve(root, path3.dirname(f), runs.image);
    if (!isInside(root, dockerfile)) continue;
    const rel = path3.relative(cwd, path3.join(root, f)) || f;
    const target = { name: `${rel} (a Docker container action)`, declaredIn: rel, kind: "dockerfile", context: path3.dirname(dockerfile), dockerfile, args: {}, namedContexts: {}, containerAction: true };
    if (!followsToAnything(dockerfile)) {
      const shown = path3.relative(cwd, dockerfile) || dockerfile;
      target.skipReason = `its Dockerfile, ${shown}, is not in the checkout: a step before the action makes it, or the action is out of date (the runner's build of it fails then); not audited`;
    }
    out.push(target);
  }
  return out;
}
function goreleaserTargets(root, cwd, found = []) {
  const out = [];
  const configDir = isDirectory(path3.join(root, ".config"));
  const below = found.filter((f) => !GORELEASER_FILES.includes(f) && GORELEASER_FILES.some((g) => f.endsWith("/" + g))).sort().slice(0, 32);
  const named = (dir) => readdirNames(path3.join(root, dir)).filter((n) => GORELEASER_VARIANT.test(n)).map((n) => dir === "" ? n : `${dir}/${n}`).filter((n) => !GORELEASER_FILES.includes(n)).sort().slice(0, 16);
  const variants = [...named(""), ...configDir ? named(".config") : []];
  for (const name of [...GORELEASER_FILES, ...variants, ...below]) {
    if (name.startsWith(".config/") && !configDir) continue;
    const abs = path3.join(root, name);
    if (!fs3.existsSync(abs) || !isRegular(abs)) continue;
    const dir = path3.posix.dirname(name);
    const base = !below.includes(name) ? root : path3.join(root, path3.posix.basename(dir) === ".config" ? path3.posix.dirname(dir) : dir);
    let doc;
    try {
      doc = parseGoYaml(readRegularFile(abs, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
    } catch {
      continue;
    }
    const d = doc;
    const entries = [d?.dockers, d?.dockers_v2].flatMap((v) => Array.isArray(v) ? v : []);
    const rel = path3.relative(cwd, abs) || abs;
    const files = /* @__PURE__ */ new Set();
    const vars = d?.variables !== null && typeof d?.variables === "object" && !Array.isArray(d.variables) ? d.variables : {};
    for (const e of entries) {
      let f = e && typeof e === "object" ? e.dockerfile : void 0;
      if (typeof f === "string") f = f.replace(/\{\{\s*\.Var\.([A-Za-z0-9_]+)\s*\}\}/g, (m, k) => typeof vars[k] === "string" ? vars[k] : m);
      if (f === void 0 || typeof f === "string" && !/\{\{/.test(f)) {
        const named2 = typeof f === "string" ? f : "Dockerfile";
        if (base === root) files.add(path3.resolve(root, named2));
        else if (isInside(root, path3.resolve(base, named2)) && isRegular(path3.resolve(base, named2))) files.add(path3.resolve(base, named2));
        else if (typeof f === "string" && f.replace(/^\.\//, "").startsWith(dir + "/") && isInside(root, path3.resolve(root, named2)) && isRegular(path3.resolve(root, named2))) files.add(path3.resolve(root, named2));
      }
    }
    if (Array.isArray(d?.includes) && d.includes.length > 0) {
      for (const v of Object.values(vars)) {
        if (typeof v !== "string" || !/(?:^|\/)(?:[^/]*\.)?[Dd]ockerfile(?:[.-][^/]*)?$/.test(v)) continue;
        const f = path3.resolve(base, v);
        if (!path3.relative(root, f).startsWith("..") && fs3.existsSync(f)) files.add(f);
      }
    }
    for (const dockerfile of [...files].sort()) {
      const shown = path3.relative(cwd, dockerfile) || dockerfile;
      const skipReason = `${GORELEASER_SKIP} (${rel}) in a directory it assembles from the binaries it builds and its extra_files, not from the repository: not audited here`;
      out.push({ name: `${rel}: ${shown}`, declaredIn: rel, kind: "dockerfile", context: path3.dirname(dockerfile), dockerfile, args: {}, namedContexts: {}, skipReason });
    }
  }
  return out;
}

// src/targets/discover.ts
var import_fast_glob = __toESM(require_out4(), 1);
const fs4 = require("node:fs");
const path4 = require("node:path");
var import_ignore = __toESM(require_ignore(), 1);
var LOWERCASE_SUFFIX = /(?:^|\/)[^/]*[A-Za-z0-9][-_]dockerfile$/;
var dockerfileCandidate = (f) => DOCKERFILE_NAME.test(f) || LOWERCASE_SUFFIX.test(f);
var SOURCE_FILE = /(?:^|\/)[Dd]ockerfile(?:[._-][^/]*)?\.(?:go|[cm]?js|[cm]?ts|jsx|tsx|json|md|markdown|mdx|rst|txt|html?|css|scss|less|py|rs|rb|java|kt|kts|scala|cs|php|c|h|cc|cpp|hpp|swift|el|vim|lua|toml|ya?ml|xml|svg|png|jpe?g|gif|ico|webp|pdf|map|snap|lock|tmLanguage|sublime-syntax|plist|proto|sh|bash|ps1|bat|cmd|ini|cfg|sql|csv|log|zip|gz|tgz)$/;
function dockerfileAfterAll(abs) {
  let head;
  try {
    head = readRegularFile(abs, { noFollow: true, maxBytes: 4096 }).toString("utf8").replace(/^\uFEFF/, "");
  } catch {
    return false;
  }
  const first = /^[ \t]*([^\s#].*)$/m.exec(head)?.[1] ?? "";
  return /^(?:FROM\s+(?:--platform=\S+\s+)?[\w.\/:@${}-]+(?:\s+AS\s+[\w.-]+)?|ARG\s+[A-Za-z_]\w*(?:=\S*)?)\s*$/i.test(first.trimEnd());
}
var RECIPE_FILE = /(?:^|\/)package\.json$|\.(?:sh|bash)$|(?:^|\/)(?:scripts|tools|hack|bin|ci|build|builder|docker)\/[^/]+$|^[^/.]+$/;
var isRecipeFile = (f) => MAKEFILE_NAME.test(f) || RECIPE_FILE.test(f);
var BUILD_FILE_NAMES = /* @__PURE__ */ new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_NAMES, "docker-bake.json", "docker-bake.override.json"]);
var BAKE_HCL_FILE = /(?:^|\/)docker-bake(?:\.override)?\.hcl$/;
var MAKE_REFERENCE = /(?<!\$)\$(?:\(([A-Za-z_][\w.-]*)\)|\{([A-Za-z_][\w.-]*)\})/;
var DEV_CONTAINER_DIR = /(?:^|\/)\.devcontainer\//;
var OTHER_COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[.-][^/]+\.ya?ml$|(?:^|\/)(?:docker[-_])?compose\/(?!(?:docker-)?compose(?:\.override)?\.ya?ml$)[^/]+\.ya?ml$/;
var SKIP = ["**/node_modules/**", "**/.git/**", "**/vendor/**", "**/testdata/**", "**/testfiles*/**", "**/fixtures/**", "**/__fixtures__/**", "**/src/test/resources/**"];
var SKIP_PATH = /(?:^|\/)(?:node_modules|\.git|vendor|testdata|testfiles[^/]*|fixtures|__fixtures__|src\/test\/resources)\//;
var PLACEHOLDER_DIR = /(?:^|\/)(?:__[A-Za-z][\w-]*__|[^/]*\{\{[^/]*\}\}[^/]*|[^/]*<%[^/]*%>[^/]*|\$[A-Za-z]\w*\$)\//;
var TEMPLATE_DIR = /(?:^|\/)(?:templates?|scaffold(?:s|ing)?|skeletons?|archetype-resources)\//i;
var RELEASE_HOLDER = /(?:^|\/)(?:lib|libs|deps|vendor|vendored|external|externals|extern|contrib|third[-_]?party|3rd[-_]?party|thirdparty)\//i;
function thirdParty(f) {
  const m = THIRD_PARTY_DIR.exec(f);
  if (m === null) return false;
  const upto = f.slice(0, m.index + m[0].length);
  return /(?:^|\/)(?:third[-_]?party|3rd[-_]?party)\/$/i.test(upto) || RELEASE_HOLDER.test(upto.slice(0, m.index + m[1].length)) || thirdParty(f.slice(m.index + m[0].length));
}
function isRegularFile(abs) {
  try {
    return fs4.lstatSync(abs).isFile();
  } catch {
    return false;
  }
}
function findRepoRoot2(start) {
  for (let dir = start; ; dir = path4.dirname(dir)) {
    if (fs4.existsSync(path4.join(dir, ".git"))) return dir;
    if (path4.dirname(dir) === dir) return null;
  }
}
function gitIgnored(root, deep, boundary) {
  const repo = findRepoRoot2(root) ?? root;
  const gitDir = gitDirOf(repo, boundary).dir;
  const index = gitDir === null ? null : readGitIndex(gitDir);
  const tracked = (abs) => {
    if (index === null) return false;
    const r = path4.relative(repo, abs);
    if (r === "" || r.startsWith("..") || path4.isAbsolute(r)) return false;
    const p = toByteString(r.split(path4.sep).join("/"));
    return isTracked(index, p) || hasTrackedBelow(index, p);
  };
  const dirs = [];
  for (let d = root; ; d = path4.dirname(d)) {
    dirs.unshift(d);
    if (d === repo || path4.dirname(d) === d) break;
  }
  const nested = import_fast_glob.default.sync("**/.gitignore", { cwd: root, dot: true, ignore: SKIP, followSymbolicLinks: false, deep, suppressErrors: true }).map((f) => path4.join(root, path4.dirname(f)));
  const rules = /* @__PURE__ */ new Map();
  for (const d of /* @__PURE__ */ new Set([...dirs, ...nested])) {
    try {
      rules.set(d, (0, import_ignore.default)().add(readRegularFile(path4.join(d, ".gitignore"), { noFollow: true }).toString("utf8")));
    } catch {
    }
  }
  const deepestFirst = [...rules.keys()].sort((a, b) => b.length - a.length);
  const decide = (abs, isDir) => {
    for (const d of deepestFirst) {
      const rel = path4.relative(d, abs);
      if (rel === "" || rel.startsWith("..") || path4.isAbsolute(rel)) continue;
      const r = rules.get(d).test(rel.split(path4.sep).join("/") + (isDir ? "/" : ""));
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  };
  return (rel) => {
    const abs = path4.join(root, rel);
    if (tracked(abs)) return false;
    for (let d = path4.dirname(abs); d.length > repo.length && d !== path4.dirname(d); d = path4.dirname(d)) if (decide(d, true)) return true;
    return decide(abs, false);
  };
}
var PLATFORM_FILES = ["fly.toml", "heroku.yml", "render.yaml", "railway.json", "railway.toml", ".do/app.yaml", "app.yaml"];
function discoverTargets(dir, opts) {
  const root = path4.resolve(opts.cwd, dir);
  if (!fs4.existsSync(root) || !fs4.statSync(root).isDirectory()) throw new InputError(`--all: ${dir} is not a directory`);
  assertInsideRepo(opts.repository, root, "--all directory", dir);
  const refused = (file, e) => {
    if (!(e instanceof OutsideRepositoryError) && !(e instanceof InputError)) throw e;
    const rel = path4.relative(opts.cwd, file) || file;
    const target = { name: rel, declaredIn: rel, kind: path4.basename(file).startsWith("docker-bake") ? "bake" : "compose", context: path4.dirname(file), dockerfile: file, args: {}, namedContexts: {} };
    if (e instanceof ComposeVariableError) {
      const what = e.message.startsWith(file + ": ") ? e.message.slice(file.length + 2) : e.message;
      return { ...target, skipReason: `${what}; set it in the environment or a .env beside the file to audit its services` };
    }
    if (e instanceof ComposeTemplateError) return { ...target, skipReason: "a template (it has {%, {{ or <% directive lines, or @NAME@ placeholders, and is no YAML until a tool renders it): not audited" };
    if (e instanceof ComposeMissingFileError) {
      const missing = path4.relative(opts.cwd, e.message.replace(/: no such file$/, ""));
      return { ...target, skipReason: `a file it extends, ${missing}, is not there from its own directory: docker compose run with another --project-directory (or after a step that makes it) finds it; audit it then with --compose` };
    }
    return { ...target, error: e.message };
  };
  const deep = opts.maxDepth ?? Infinity;
  const isIgnored = gitIgnored(root, deep, opts.repository);
  const readsFile = (t) => {
    if (t.dockerfileFrom !== void 0) return t.dockerfileFrom;
    const f = t.dockerfile ?? path4.join(t.context, "Dockerfile");
    const lower = path4.join(path4.dirname(f), "dockerfile");
    return path4.basename(f) === "Dockerfile" && !fs4.existsSync(f) && fs4.existsSync(lower) ? lower : f;
  };
  const inside = (p) => {
    const r = path4.relative(root, p);
    return r !== "" && !r.startsWith("..") && !path4.isAbsolute(r) ? r.split(path4.sep).join("/") : null;
  };
  const namedNotInCheckout = (t, namer) => {
    if (t.skipReason !== void 0 || t.error !== void 0) return t;
    const repoRoot = opts.repository?.root ?? null;
    for (const [name, value] of Object.entries(t.namedContexts ?? {})) {
      if (!isLocalContextValue(value)) continue;
      const at = path4.resolve(t.context, value);
      if (repoRoot !== null && !isInside(repoRoot, resolvedLocation(at))) {
        const shown = path4.relative(opts.cwd, at) || at;
        if (opts.repository?.allowOutside !== true) return { ...t, skipReason: `its named context ${name} (${shown}) is outside the repository: not read (${ALLOW_OUTSIDE_FLAG} reads it); not audited` };
        if (!fs4.existsSync(at)) return { ...t, skipReason: `its named context ${name} (${shown}) is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited` };
        continue;
      }
      const rel = inside(at);
      if (fs4.existsSync(at) || rel === null || isIgnored(rel)) continue;
      return { ...t, skipReason: `its named context ${name} (${rel}) is not in the checkout: a step before the build makes it, or ${namer} is out of date; not audited` };
    }
    return t;
  };
  const notInCheckout = (t) => {
    if (t.skipReason !== void 0 || t.error !== void 0 || isRemoteContext(t.context)) return t;
    const ctxRel = inside(t.context);
    const repoRoot = opts.repository?.root ?? null;
    for (const [what, p] of [["context", t.context], ["Dockerfile", t.dockerfile]]) {
      if (p === void 0 || repoRoot === null || isInside(repoRoot, resolvedLocation(p))) continue;
      const shown = path4.relative(opts.cwd, p) || p;
      if (opts.repository?.allowOutside !== true) return { ...t, skipReason: `its ${what} ${shown} is outside the repository: not read (${ALLOW_OUTSIDE_FLAG} reads it); not audited` };
      if (!fs4.existsSync(p)) return { ...t, skipReason: `its ${what} ${shown} is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited` };
    }
    const pwd = (what, p) => `its ${what} ${p}, with $PWD read as the Compose file's own directory, is not in the checkout: $PWD is the directory docker compose runs in, not known for a file read on its own (a command here that runs it is audited as its own target); not audited`;
    const submodule = (what, p) => {
      const sub = repoRoot === null ? null : uncheckedSubmodule(repoRoot, path4.relative(repoRoot, path4.join(root, p)).split(path4.sep).join("/"));
      return sub === null ? null : { ...t, skipReason: `its ${what} ${p} lies in git submodule ${sub}, which is not checked out here (git submodule update --init); not audited` };
    };
    const unsetWritten = (what, p, field, as) => `its ${what} ${p} is not in the checkout: the Compose file writes its ${field} as ${as}, which reads a variable with no value here (docker compose reads it as empty); the environment or an .env file that runs it gives the value; not audited`;
    if (!fs4.existsSync(t.context)) {
      if (ctxRel === null || isIgnored(ctxRel)) return t;
      const inSubmodule = submodule("context", ctxRel);
      if (inSubmodule !== null) return inSubmodule;
      if (t.pwdLocation === true) return { ...t, skipReason: pwd("context", ctxRel) };
      if (t.unsetWritten?.context !== void 0) return { ...t, skipReason: unsetWritten("context", ctxRel, "context", t.unsetWritten.context) };
      return { ...t, skipReason: `its context ${ctxRel} is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited` };
    }
    const abs = readsFile(t);
    const file = inside(abs);
    if (file !== null && t.dockerfileInline === void 0 && !fs4.existsSync(abs)) {
      const written = t.unsetWritten?.dockerfile ?? t.unsetWritten?.context;
      if (written !== void 0) return { ...t, skipReason: unsetWritten("Dockerfile", file, t.unsetWritten?.dockerfile !== void 0 ? "Dockerfile" : "context", written) };
      if (isIgnored(file)) return { ...t, skipReason: `its Dockerfile ${file} is not in the checkout and git ignores it: a step before the build makes it (or it is copied from a template beside it); not audited` };
      const inSubmodule = submodule("Dockerfile", file);
      if (inSubmodule !== null) return inSubmodule;
      if (t.pwdLocation === true) return { ...t, skipReason: pwd("Dockerfile", file) };
      return { ...t, skipReason: `its Dockerfile ${file} is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited` };
    }
    return namedNotInCheckout(t, "the Compose file");
  };
  const templated = (t) => {
    if (t.skipReason !== void 0 || t.error !== void 0 || t.dockerfileInline !== void 0 || isRemoteContext(t.context)) return t;
    const file = t.dockerfile ?? path4.join(t.context, "Dockerfile");
    const why = fs4.existsSync(file) ? templateReason(file) : null;
    return why !== null && why.startsWith("a template") ? { ...t, skipReason: `its Dockerfile is ${why}` } : t;
  };
  const repoTop = resolvedLocation(opts.repository?.root ?? root);
  const linkToFileInside = (rel) => {
    try {
      const real = fs4.realpathSync(path4.join(root, rel));
      return isInside(repoTop, real) && fs4.statSync(real).isFile();
    } catch {
      return false;
    }
  };
  let everyFile;
  const linkChecked = /* @__PURE__ */ new Map();
  const linkOnce = (rel) => {
    let ok = linkChecked.get(rel);
    if (ok === void 0) linkChecked.set(rel, ok = linkToFileInside(rel));
    return ok;
  };
  const glob = (wanted) => (everyFile ??= import_fast_glob.default.sync("**/*", { cwd: root, dot: true, ignore: SKIP, onlyFiles: false, objectMode: true, followSymbolicLinks: false, deep, suppressErrors: true }).filter((e) => e.dirent.isFile() || e.dirent.isSymbolicLink()).map((e) => ({ path: e.path, link: !e.dirent.isFile() })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).filter((e) => wanted(e.path) && (!e.link || linkOnce(e.path)) && !isIgnored(e.path) && !thirdParty(e.path)).map((e) => e.path);
  const globbed = glob(dockerfileCandidate);
  const knownIgnored = (f) => opts.knownIgnoredToo !== true && isIgnored(f);
  const known = (opts.knownFiles ?? []).filter((f) => dockerfileCandidate(f) && !SKIP_PATH.test(f) && !knownIgnored(f) && !thirdParty(f));
  const dockerfiles = [.../* @__PURE__ */ new Set([...globbed, ...known])].sort().filter((f) => !f.endsWith(".dockerignore") && (!(SOURCE_FILE.test(f) || LOWERCASE_SUFFIX.test(f)) || dockerfileAfterAll(path4.join(root, f))));
  const knownBuild = (opts.knownFiles ?? []).filter((f) => BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf("/") + 1)) && !SKIP_PATH.test(f) && !knownIgnored(f) && !thirdParty(f));
  const buildFiles = [.../* @__PURE__ */ new Set([...glob((f) => BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf("/") + 1))), ...knownBuild])].sort();
  const buildFileNaming = (rels, codeOnly = false) => glob(IMAGE_USER_FILE).find((f) => {
    if (rels.includes(f)) return false;
    try {
      const raw = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      const filtered = /^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw;
      const text = codeOnly ? withoutCommentLines(filtered, f) : filtered;
      return rels.some((r) => text.includes(r) || text.includes(path4.posix.relative(path4.posix.dirname(f), r)));
    } catch {
      return false;
    }
  });
  const namedByBuildFiles = (rels) => buildFileNaming(rels) !== void 0;
  let prebuilds;
  const prebuildsDevContainers = () => prebuilds ??= glob(IMAGE_USER_FILE).some((f) => {
    try {
      return /devcontainers\/ci\b|\bdevcontainer\s+build\b|@devcontainers\/cli\b/.test(readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
    } catch {
      return false;
    }
  });
  const declared = [];
  const composeDirs = [...new Set(buildFiles.filter((f) => !path4.basename(f).startsWith("docker-bake")).map((f) => path4.dirname(f)))];
  let recipeBuildList;
  const recipeBuilds = () => {
    if (recipeBuildList === void 0) {
      const rel = glob(isRecipeFile);
      recipeBuildList = [...makefileBuilds(root, rel), ...scriptBuilds(root, rel), ...gitlabCiBuilds(root, glob((f) => f.startsWith(".gitlab"))), ...packageScriptBuilds(root, rel), ...nxContainerBuilds(root, glob((f) => /(?:^|\/)project\.json$/.test(f)))].filter((b) => (b.fromPattern === void 0 || !/[*?[]/.test(path4.posix.dirname(b.fromPattern))) && !isRegularFile(b.context));
    }
    return recipeBuildList;
  };
  const workflowBuilds = workflowTargets(root, opts.cwd, opts.repository);
  const ranByBuilds = (files) => recipeBuilds().some((b) => b.composeFiles?.some((f) => files.includes(f)) === true) || workflowBuilds.some((t) => (t.composeFilesRead ?? t.defaultComposeRun?.files ?? []).some((f) => files.includes(f)));
  const projectFilesOf = (dir2) => {
    const fromEnv = composeFilesFromEnv(dir2);
    return fromEnv !== null && fromEnv.every((f) => isInside(root, f) && fs4.existsSync(f)) ? fromEnv : findComposeFiles(dir2, false);
  };
  const projectFiles = new Map(composeDirs.map((d) => [d, projectFilesOf(path4.join(root, d))]));
  const included = /* @__PURE__ */ new Map();
  for (const [, files] of projectFiles) for (const f of files) for (const inc of composeIncludes(f)) if (!files.includes(inc) && !included.has(inc)) included.set(inc, f);
  const isIncluded = (d) => (projectFiles.get(d) ?? []).length > 0 && (projectFiles.get(d) ?? []).every((f) => included.has(f));
  const loadedFiles = /* @__PURE__ */ new Set();
  const projectOf = /* @__PURE__ */ new Map();
  for (const d of [...composeDirs.filter((x) => !isIncluded(x)), ...composeDirs.filter(isIncluded)]) {
    const files = projectFiles.get(d) ?? [];
    if (isIncluded(d) && files.every((f) => loadedFiles.has(included.get(f)))) continue;
    if (files.length === 0) {
      for (const f of buildFiles.filter((b) => path4.dirname(b) === d)) {
        const abs = path4.join(root, f);
        const rel2 = path4.relative(opts.cwd, abs) || abs;
        const skipReason = "a Compose override with no compose.yaml or docker-compose.yml beside it: it extends a file named with -f elsewhere (audit them together with --compose BASE --compose OVERRIDE)";
        declared.push({ name: rel2, declaredIn: rel2, kind: "compose", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason });
      }
      continue;
    }
    const rel = path4.relative(opts.cwd, files[0]) || files[0];
    const dirPath = d === "." ? "" : `${d.split(path4.sep).join("/")}/`;
    const inTests = TEST_DIR.test(dirPath) && !recipeBuilds().some((b) => b.composeFiles?.some((f) => files.includes(f)) === true);
    const inTemplates = !inTests && TEMPLATE_DIR.test(dirPath);
    const inDevContainer = !inTests && !inTemplates && DEV_CONTAINER_DIR.test(dirPath) && !prebuildsDevContainers() && !files.some((f) => composeNamesImage(f)) && !ranByBuilds(files);
    try {
      for (const t of composeTargetsDespiteRequired(files, { cwd: opts.cwd, env: { ...opts.env, PWD: path4.dirname(files[0]) }, repository: opts.repository, skipFragments: true })) {
        const own = templated(notInCheckout({ ...t, name: `${rel}:${t.name}`, ...inTests ? { testInput: true } : {}, ...inTemplates ? { templateInput: true } : {}, ...inDevContainer ? { devContainer: true } : {} }));
        projectOf.set(own, { files, service: t.name });
        declared.push(own);
      }
      for (const f of files) loadedFiles.add(f);
    } catch (e) {
      const r = refused(files[0], e);
      const inExamples = !inTests && EXAMPLE_DIR.test(dirPath);
      const asTemplate = !inTests && !inExamples && (inTemplates || PLACEHOLDER_DIR.test(dirPath)) && !namedByBuildFiles(files.map((f) => path4.relative(root, f).split(path4.sep).join("/")));
      if ((inTests || inExamples || asTemplate) && r.error !== void 0) {
        const { error, ...rest } = r;
        declared.push({
          ...rest,
          skipReason: inTests ? `a Compose file in a test directory that docker compose would refuse (${error}): a test input or an expected output, not a build; not audited` : inExamples ? `a Compose file in an examples directory that docker compose would refuse (${error}): documentation, not a build of this repository; not audited` : `a Compose file in a project template directory that docker compose would refuse (${error}): what a generator fills in, not a build of this repository; not audited`
        });
      } else if (r.error !== void 0 && !composeMayBuild(files)) {
        const { error, ...rest } = r;
        declared.push({ ...rest, skipReason: `a Compose file that declares no build, which docker compose would refuse (${error}); not audited` });
      } else declared.push(r);
    }
  }
  for (const json of glob((f) => /(?:^|\/)(?:\.devcontainer\.json|\.devcontainer\/(?:[^/]+\/)?devcontainer\.json)$/.test(f))) {
    const files = devcontainerComposeFiles(path4.join(root, json));
    if (files === null || files.length === 0 || files.some((f) => loadedFiles.has(f) || !isInside(root, resolvedLocation(f)))) continue;
    const jsonRel = path4.relative(opts.cwd, path4.join(root, json)) || json;
    const rel = path4.relative(opts.cwd, files[0]) || files[0];
    const jsonDir = `${path4.posix.dirname(json)}/`;
    const dev = !ranByBuilds(files) && (EXAMPLE_DIR.test(jsonDir) || TEST_DIR.test(jsonDir) || !prebuildsDevContainers() && !files.some((f) => composeNamesImage(f))) ? { devContainer: true } : {};
    try {
      for (const t of composeTargetsDespiteRequired(files, { cwd: opts.cwd, env: { ...opts.env, PWD: path4.dirname(files[0]) }, repository: opts.repository, skipFragments: true })) {
        const own = templated(notInCheckout({ ...t, name: `${rel}:${t.name} (as ${jsonRel} runs it)`, ...dev }));
        projectOf.set(own, { files, service: t.name });
        declared.push(own);
      }
    } catch (e) {
      const r = refused(files[0], e);
      const dirPath = `${path4.relative(root, path4.dirname(path4.join(root, json))).split(path4.sep).join("/")}/`.replace(/^\/$/, "");
      const where = TEST_DIR.test(dirPath) ? "a test directory" : EXAMPLE_DIR.test(dirPath) ? "an examples directory" : TEMPLATE_DIR.test(dirPath) || PLACEHOLDER_DIR.test(dirPath) ? "a project template directory" : null;
      if (r.error !== void 0 && (where !== null || !composeMayBuild(files))) {
        const { error, ...rest } = r;
        declared.push({ ...rest, skipReason: where !== null ? `a dev container's Compose file in ${where} that docker compose would refuse (${error}): not a build of this repository; not audited` : `a Compose file that declares no build, which docker compose would refuse (${error}); not audited` });
      } else declared.push(r);
    }
    for (const f of files) loadedFiles.add(f);
  }
  const isDir = (p) => {
    try {
      return fs4.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  for (const f of buildFiles.filter((f2) => path4.basename(f2) === "docker-bake.json")) {
    const rel = path4.relative(opts.cwd, path4.join(root, f));
    try {
      const beside = bakeTargets(path4.join(root, f), opts.cwd, opts.repository);
      const fromRoot = path4.dirname(f) === "." ? beside : bakeTargets(path4.join(root, f), opts.cwd, opts.repository, root);
      const readable = (t) => t.skipReason !== void 0 || isDir(t.context) && (t.dockerfile === void 0 || fs4.existsSync(t.dockerfile)) && (t.dockerfile !== void 0 || t.dockerfileInline !== void 0 || fs4.existsSync(path4.join(t.context, "Dockerfile")));
      beside.forEach((t, i) => {
        const chosen = !readable(t) && readable(fromRoot[i]) ? fromRoot[i] : t;
        declared.push({ ...chosen, name: `${rel}:${chosen.name}` });
      });
    } catch (e) {
      declared.push(refused(path4.join(root, f), e));
    }
  }
  declared.push(...workflowBuilds.filter((t) => t.defaultComposeRun === void 0).map((t) => isRemoteContext(t.context) ? t : namedNotInCheckout(t, "the workflow")));
  markDefaultComposeJobs(declared, projectOf, [...workflowBuilds.flatMap((t) => t.defaultComposeRun ? [{ ...t, composeFiles: t.defaultComposeRun.files, service: t.defaultComposeRun.service, ...t.defaultComposeRun.buildOnly ? { buildOnly: true } : {} }] : []), ...recipeBuilds().filter((b) => b.composeFiles !== void 0)]);
  declared.push(...goreleaserTargets(root, opts.cwd, glob((f) => /(?:^|\/)\.?goreleaser\.ya?ml$/.test(f))));
  declared.push(...containerActionTargets(root, opts.cwd, glob((f) => /(?:^|\/)action\.ya?ml$/.test(f))));
  const covered = new Set(declared.filter((t) => t.staleTarget !== true && t.unlocated !== true && t.fragment !== true).map(readsFile));
  const bakeJsonDirs = new Set(buildFiles.filter((f) => path4.basename(f) === "docker-bake.json").map((f) => path4.dirname(f)));
  const hcl = glob((f) => BAKE_HCL_FILE.test(f)).filter((f) => !bakeJsonDirs.has(path4.dirname(f))).map((f) => {
    const abs = path4.join(root, f);
    const rel = path4.relative(opts.cwd, abs) || abs;
    const dir2 = path4.relative(opts.cwd, path4.dirname(abs)) || ".";
    const reason = dir2 === "." ? "Bake HCL is not read (ctx-audit reads Bake JSON): run `docker buildx bake --print > docker-bake.json`, then pass --bake docker-bake.json" : `Bake HCL is not read (ctx-audit reads Bake JSON): where the build runs it (bake resolves contexts from there: the repository root, unless a workflow or script changes directory), run \`docker buildx bake -f ${rel} --print > docker-bake.json\`, then pass --bake docker-bake.json from there`;
    return { name: rel, declaredIn: rel, kind: "bake", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: reason };
  });
  let recipes;
  const recipeContexts = (abs) => {
    if (recipes === void 0) {
      recipes = /* @__PURE__ */ new Map();
      for (const b of recipeBuilds()) {
        if (b.stdin !== void 0 || b.gitArchive === true || !isInside(root, b.context)) continue;
        const file = b.dockerfile ?? path4.join(b.context, "Dockerfile");
        const byContext = recipes.get(file) ?? /* @__PURE__ */ new Map();
        if (!byContext.has(b.context)) byContext.set(b.context, { name: b.name, args: b.args, ...b.argsAtRunTime !== void 0 ? { argsAtRunTime: b.argsAtRunTime } : {}, ...b.target !== void 0 ? { target: b.target } : {}, ...b.namedContexts !== void 0 ? { namedContexts: b.namedContexts } : {}, ...b.before !== void 0 ? { before: b.before } : {}, ...b.runsFirst !== void 0 ? { runsFirst: b.runsFirst } : {}, ...b.localImage !== void 0 ? { localImage: b.localImage } : {}, ...b.stageUnknown ? { stageUnknown: true } : {}, ...b.composeFiles !== void 0 ? { viaCompose: true } : {}, ...b.builder !== void 0 ? { builder: b.builder } : {} });
        recipes.set(file, byContext);
      }
    }
    return recipes.get(abs);
  };
  let otherBuilders;
  const otherBuildersHere = () => otherBuilders ??= PLATFORM_FILES.some((f) => fs4.existsSync(path4.join(root, f))) || glob((f) => OTHER_CI_FILE.test(f) || /(?:^|\/)(?:docker-bake(?:\.override)?\.hcl|Tiltfile)$/.test(f)).length > 0;
  const recipeTarget = (abs, ctx, recipe, showStage) => {
    const name = path4.relative(opts.cwd, abs) || abs;
    const stale = recipe.target === void 0 ? null : missingStage(abs, recipe.target);
    const rel = (p) => path4.relative(recipe.before?.at ?? ctx, p).split(path4.sep).join("/");
    if (stale !== null && recipe.before !== void 0 && (lineWriting(recipe.before.text, rel(abs)) > 0 || lineWriting(recipe.before.text, rel(abs), false, true) > 0)) {
      return { name: `${name} (context: ${path4.relative(opts.cwd, ctx) || "."}, stage ${recipe.target}, as ${recipe.name} builds it)`, declaredIn: name, kind: "dockerfile", context: ctx, dockerfile: abs, args: {}, namedContexts: {}, target: recipe.target, staleTarget: true, skipReason: `its Dockerfile ${name} has no stage "${recipe.target}" as committed (${stale}), and ${recipe.name} writes it before the build: not audited` };
    }
    if (stale !== null) {
      return { name: `${name} (context: ${path4.relative(opts.cwd, ctx) || "."}, stage ${recipe.target}, as ${recipe.name} builds it)`, declaredIn: name, kind: "dockerfile", context: ctx, dockerfile: abs, args: {}, namedContexts: {}, target: recipe.target, staleTarget: true, stageNamedBy: recipe.name };
    }
    return {
      name: `${name} (context: ${path4.relative(opts.cwd, ctx) || "."}${showStage && recipe.target !== void 0 ? `, stage ${recipe.target}` : ""}${recipe.stageUnknown ? ", its stage known only when it runs" : ""}, as ${recipe.name} builds it)`,
      declaredIn: name,
      kind: "dockerfile",
      context: ctx,
      dockerfile: abs,
      // Its build args too (kubeflow/model-registry's `$(DOCKER_BUILD_ARGS)`: what it copies),
      // and the stage a Compose service it runs names.
      args: recipe.args,
      ...recipe.argsAtRunTime !== void 0 ? { argsAtRunTime: recipe.argsAtRunTime } : {},
      ...recipe.target !== void 0 ? { target: recipe.target } : {},
      // What the recipe runs before the build may make a COPY source (CTX101 names it then).
      ...recipePreparers(recipe),
      ...madeOrReadNamedContexts(recipe, (abs2) => path4.relative(opts.cwd, abs2) || "."),
      placedBy: recipe.name,
      ...recipe.stageUnknown ? { stageUnknown: true } : {},
      ...recipe.localImage !== void 0 ? { localImage: recipe.localImage } : {},
      ...recipe.builder !== void 0 ? { builder: recipe.builder } : {},
      // A test directory's Dockerfile a script builds may be built from a context the script assembles
      // (kafka's, spire's): a test input. Not one a Compose file that a script runs builds: as the
      // Compose file is no test input then (budget-tracker's), its context and Dockerfile are the
      // file's, and the build fails as it fails anywhere (ros2_medkit's run_docker_tests.sh, `docker
      // compose -f docker-compose.systemd.yml build`: a moved cmake/ was a warning).
      // (One whose script first runs something that may write, a preparing script, keeps the cap.)
      ...TEST_DIR.test(path4.relative(root, abs).split(path4.sep).join("/")) && (recipe.viaCompose === void 0 || recipe.before !== void 0 && writesBeforeCompose(recipe.before.text)) ? { testInput: true } : {}
    };
  };
  let assembled;
  const archivedOnly = (abs) => {
    const of = (b) => path4.resolve(b.dockerfile ?? path4.join(b.context, "Dockerfile"));
    const by = recipeBuilds().filter((b) => of(b) === path4.resolve(abs));
    const archive = by.find((b) => b.gitArchive === true);
    return archive !== void 0 && by.every((b) => b.gitArchive === true || b.stdin !== void 0) ? archive.name : null;
  };
  const copiedAway = (abs) => {
    assembled ??= new Set(declared.filter((t) => !isRemoteContext(t.context) && path4.resolve(t.context) !== root && isInside(root, t.context)).map((t) => path4.basename(t.context)));
    return scriptCopyingInto(root, path4.basename(abs), assembled);
  };
  const recipeNamed = recipeBuilds().flatMap((b) => b.dockerfile !== void 0 && b.stdin === void 0 && isInside(root, b.dockerfile) ? [path4.relative(root, b.dockerfile).split(path4.sep).join("/")] : []).filter((f) => f !== "" && !f.startsWith("../") && !dockerfiles.includes(f) && !isIgnored(f) && !thirdParty(f) && isRegularFile(path4.join(root, f)));
  if (recipeNamed.length > 0) dockerfiles.push(...new Set(recipeNamed));
  dockerfiles.sort();
  const fedOnStdin = new Set(recipeBuilds().flatMap((b) => b.stdin?.file === true && isInside(root, b.context) && fs4.existsSync(b.context) ? [path4.join(root, b.stdin.from)] : []));
  const standalone = dockerfiles.map((f) => path4.join(root, f)).filter((abs) => !covered.has(abs) && !fedOnStdin.has(abs)).map((abs) => {
    const name = path4.relative(opts.cwd, abs) || abs;
    const rel = path4.relative(root, abs).split(path4.sep).join("/");
    const template = templateReason(abs, root) ?? (linkChecked.get(rel) === true ? templateReason(fs4.realpathSync(abs), root) : null);
    const byRecipeAnyway = template !== null && /^(?:an empty file|no FROM instruction)/.test(template) ? recipeContexts(abs) : void 0;
    const writesIt = (recipe) => recipe.before !== void 0 && lineWriting(recipe.before.text, path4.relative(recipe.before.at, abs).split(path4.sep).join("/")) > 0;
    if (byRecipeAnyway !== void 0 && byRecipeAnyway.size === 1 && fs4.existsSync([...byRecipeAnyway.keys()][0]) && !writesIt([...byRecipeAnyway.values()][0])) {
      const [[ctx, recipe]] = [...byRecipeAnyway];
      return recipeTarget(abs, ctx, recipe, false);
    }
    if (template !== null) return { name, declaredIn: name, kind: "dockerfile", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: template };
    if (linkChecked.get(rel) === true && !(/^[Dd]ockerfile$/.test(path4.basename(abs)) && !rel.includes("/")) && (recipeContexts(abs)?.size ?? 0) === 0 && headerCommentContext(abs, root) === null) {
      const real = path4.relative(fs4.realpathSync(root), fs4.realpathSync(abs)).split(path4.sep).join("/");
      const dir2 = rel.slice(0, rel.lastIndexOf("/") + 1);
      const leaves = /^[Dd]ockerfile$/.test(path4.basename(abs)) && !real.startsWith(dir2);
      if (dockerfiles.includes(real) && !leaves) return { name, declaredIn: name, kind: "dockerfile", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: `a link to ${real}, which is audited itself, and no build here names it by this name: not audited again` };
    }
    const { dir: ctxDir, elsewhere } = placeStandalone(abs, root);
    if (elsewhere !== null && (recipeContexts(abs)?.size ?? 0) !== 1 && headerCommentContext(abs, root) === null) {
      const listed = elsewhere.slice(0, 3).join(", ") + (elsewhere.length > 3 ? `, ... (${elsewhere.length})` : "");
      const skipReason = `none of the paths it copies (${listed}) is in the repository, beside it or above it: its context is assembled elsewhere; audit it with that context (ctx-audit CONTEXT -f ${name})`;
      return { name, declaredIn: name, kind: "dockerfile", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason };
    }
    const templateDir = TEMPLATE_DIR.exec(path4.relative(root, path4.dirname(abs)).split(path4.sep).join("/") + "/")?.[0].replace(/^\/|\/$/g, "");
    if (templateDir !== void 0 && (recipeContexts(abs)?.size ?? 0) === 0 && headerCommentContext(abs, root) === null) {
      return { name, declaredIn: name, kind: "dockerfile", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason: `in ${/^[aeiou]/i.test(templateDir) ? "an" : "a"} ${templateDir}/ directory, and no build here names it: a template, which a tool renders or copies into the project it makes before it is built; not audited (ctx-audit CONTEXT -f ${name} audits it)` };
    }
    const copied = path4.dirname(abs) === root ? copiedAway(abs) : null;
    const archived = path4.dirname(abs) === root ? archivedOnly(abs) : null;
    const guessed = path4.dirname(abs) !== root || !/^[Dd]ockerfile$/.test(path4.basename(abs)) || copied !== null || archived !== null;
    const byRecipe = guessed ? recipeContexts(abs) : void 0;
    if (byRecipe !== void 0 && byRecipe.size === 1 && ([...byRecipe.values()][0].target === void 0 || missingStage(abs, [...byRecipe.values()][0].target) === null)) {
      const [[ctx, recipe]] = [...byRecipe];
      if (!fs4.existsSync(ctx)) {
        const shown = path4.relative(opts.cwd, ctx) || ".";
        return { name, declaredIn: name, kind: "dockerfile", context: ctx, dockerfile: abs, args: {}, namedContexts: {}, skipReason: `${recipe.name} builds it from ${shown}, which is not in the checkout: the script makes it first; not audited` };
      }
      return recipeTarget(abs, ctx, recipe, false);
    }
    const fromSources = byRecipe !== void 0 && byRecipe.size > 1 && ctxDir !== null ? byRecipe.get(ctxDir) : void 0;
    if (fromSources !== void 0 && fs4.existsSync(ctxDir) && (fromSources.target === void 0 || missingStage(abs, fromSources.target) === null)) return recipeTarget(abs, ctxDir, fromSources, false);
    const byComment = guessed ? headerCommentContext(abs, root) : null;
    const devContainer = DEV_CONTAINER_DIR.test(path4.relative(root, abs).split(path4.sep).join("/")) && !prebuildsDevContainers() && (byComment === null || byComment.localImage !== void 0) && !devcontainerNamesImage(path4.dirname(abs)) ? { devContainer: true } : {};
    const byDevcontainer = !guessed || byComment !== null && fs4.existsSync(byComment.context) ? null : devcontainerBuild(abs, root);
    if (byDevcontainer !== null && isInside(root, resolvedLocation(byDevcontainer.context)) && fs4.statSync(byDevcontainer.context, { throwIfNoEntry: false })?.isDirectory() === true) {
      const shown = path4.relative(opts.cwd, byDevcontainer.json) || byDevcontainer.json;
      const asDevContainer = !prebuildsDevContainers() && !devcontainerNamesImage(path4.dirname(abs)) ? { devContainer: true } : {};
      return { ...recipeTarget(abs, byDevcontainer.context, { name: shown, args: byDevcontainer.args, ...byDevcontainer.target !== void 0 ? { target: byDevcontainer.target } : {} }, true), ...asDevContainer };
    }
    if (byComment !== null && fs4.existsSync(byComment.context)) {
      return { ...recipeTarget(abs, byComment.context, { name: `the command in its own comment (line ${byComment.line})`, args: {}, ...byComment.before !== void 0 ? { before: byComment.before } : {}, ...byComment.localImage !== void 0 ? { localImage: byComment.localImage } : {} }, false), ...devContainer };
    }
    return {
      name: ctxDir === null ? name : `${name} (context: ${path4.relative(opts.cwd, ctxDir) || "."}, where its COPY sources are)`,
      declaredIn: name,
      kind: "dockerfile",
      context: ctxDir ?? path4.dirname(abs),
      dockerfile: abs,
      args: {},
      namedContexts: {},
      // In a test directory, and no build names it: a test input (checkov's Dockerfiles for its
      // own Dockerfile checks), or an image a test script assembles a context for (kafka, spire).
      ...TEST_DIR.test(path4.relative(root, abs).split(path4.sep).join("/")) ? { testInput: true } : {},
      ...devContainer,
      ...guessed ? { contextGuessed: true } : {},
      ...copied !== null ? { copiedAway: copied } : {},
      ...archived !== null ? { archivedBy: archived } : {}
    };
  });
  const built = [...declared, ...standalone].filter((t) => t.skipReason === void 0 && t.error === void 0);
  const sourceArgs = /* @__PURE__ */ new Map();
  const argsInSources = (file) => {
    let names2 = sourceArgs.get(file);
    if (names2 === void 0) {
      names2 = /* @__PURE__ */ new Set();
      if (!isInside(root, file)) return names2;
      try {
        const text = readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 });
        for (const src of parseDockerfile(text).stages.flatMap((st) => st.sources)) for (const m of src.raw.matchAll(/\$\{?([A-Za-z_]\w*)/g)) names2.add(m[1]);
      } catch {
      }
      sourceArgs.set(file, names2);
    }
    return names2;
  };
  const relevantArgs = (file, args) => Object.keys(args).filter((k) => argsInSources(file).has(k)).sort().map((k) => [k, args[k]]);
  const buildKey2 = (file, context, stage, args = {}) => JSON.stringify([file, path4.resolve(context), stage ?? null, relevantArgs(file, args)]);
  const seenBuilds = new Set(built.filter((t) => t.gitContext !== true).map((t) => buildKey2(readsFile(t), t.context, t.target, t.args)));
  const lastStageAudited = (file, context, args) => built.some((t) => readsFile(t) === file && t.gitContext !== true && t.target === void 0 && path4.resolve(t.context) === path4.resolve(context) && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, args)));
  const recipeStages = [];
  if (built.length > 0 || covered.size > 0) {
    for (const b of recipeBuilds()) {
      if (b.stdin !== void 0 || b.gitArchive === true || !isInside(root, b.context) || !fs4.existsSync(b.context)) continue;
      const file = readsFile({ context: b.context, dockerfile: b.dockerfile });
      const key = buildKey2(file, b.context, b.target, b.args);
      if ((b.before !== void 0 || b.runsFirst !== void 0) && (seenBuilds.has(key) || b.composeFiles === void 0 && b.target === void 0 && lastStageAudited(file, b.context, b.args))) {
        const more = (recipePreparers(b).preparers ?? []).map((p) => ({ ...p, otherBuild: true }));
        for (const t of built) if (t.gitContext !== true && readsFile(t) === file && path4.resolve(t.context) === path4.resolve(b.context) && (t.target ?? null) === (b.target ?? null)) t.preparers = [...t.preparers ?? [], ...more];
      }
      if (b.localImage !== void 0 && b.composeFiles === void 0 && b.target === void 0) {
        for (const t of standalone) if (t.skipReason === void 0 && t.localImage === void 0 && t.placedBy === void 0 && t.contextGuessed !== true && readsFile(t) === file && path4.resolve(t.context) === path4.resolve(b.context) && t.target === void 0 && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, b.args))) t.localImage = b.localImage;
      }
      if (b.composeFiles === void 0 && b.target === void 0 && lastStageAudited(file, b.context, b.args)) {
        if (b.argsAtRunTime !== void 0 && !otherBuildersHere()) {
          for (const t of standalone) {
            if (t.skipReason !== void 0 || t.placedBy !== void 0 || t.contextGuessed === true) continue;
            if (t.gitContext !== true && t.target === void 0 && readsFile(t) === file && path4.resolve(t.context) === path4.resolve(b.context) && JSON.stringify(relevantArgs(file, t.args)) === JSON.stringify(relevantArgs(file, b.args))) {
              const others = recipeBuilds().filter((o) => o !== b && o.stdin === void 0 && o.gitArchive !== true && o.composeFiles === void 0 && o.target === void 0 && path4.resolve(o.context) === path4.resolve(b.context) && readsFile({ context: o.context, dockerfile: o.dockerfile }) === file && JSON.stringify(relevantArgs(file, o.args)) === JSON.stringify(relevantArgs(file, b.args)));
              const kept = Object.entries(b.argsAtRunTime).filter(([k]) => others.every((o) => o.argsAtRunTime !== void 0 && Object.hasOwn(o.argsAtRunTime, k)));
              if (kept.length > 0) t.argsAtRunTime = { ...Object.fromEntries(kept), ...t.argsAtRunTime };
            }
          }
        }
        continue;
      }
      if (seenBuilds.has(key) || !fs4.existsSync(file) || !(built.some((t) => readsFile(t) === file) || covered.has(file))) continue;
      seenBuilds.add(key);
      recipeStages.push(recipeTarget(file, b.context, b, true));
    }
  }
  for (const t of otherBuildersHere() ? [] : standalone) {
    if (t.skipReason !== void 0 || t.contextGuessed === true || t.placedBy !== void 0 || t.target !== void 0 || Object.keys(t.args).length > 0) continue;
    const file = readsFile(t);
    const same = recipeBuilds().filter((b) => b.stdin === void 0 && b.gitArchive !== true && b.composeFiles === void 0 && b.target === void 0 && isInside(root, b.context) && path4.resolve(b.context) === path4.resolve(t.context) && readsFile({ context: b.context, dockerfile: b.dockerfile }) === file);
    if (same.length === 0 || !same.every((b) => relevantArgs(file, b.args).length > 0)) continue;
    if (!recipeStages.some((r) => readsFile(r) === file && path4.resolve(r.context) === path4.resolve(t.context))) continue;
    const passed = [...new Set(same.flatMap((b) => relevantArgs(file, b.args).map(([k]) => k)))].join(", ");
    t.skipReason = `${same[0].name} builds it passing ${passed} (audited as its own target${same.length > 1 ? "s" : ""}); a plain \`docker build\` with the Dockerfile's defaults is not how the repository builds it: not audited`;
  }
  const staleRecipes = [];
  {
    const seenMissing = /* @__PURE__ */ new Set();
    const placedAs = (name, from, context) => `${name}\0${path4.relative(path4.join(root, from), context)}`;
    const placedScripts = new Set(recipeBuilds().filter((x) => x.calledFrom !== void 0 && x.stdin === void 0 && fs4.existsSync(x.dockerfile ?? path4.join(x.context, "Dockerfile"))).map((x) => placedAs(x.name, x.calledFrom, x.context)));
    for (const b of recipeBuilds()) {
      if (isRemoteContext(b.context)) continue;
      const ownDir = (p) => path4.join(root, path4.dirname(b.name), path4.relative(root, p));
      const script = /\.(?:sh|bash)$/.test(b.name) && b.stdin === void 0 && b.gitArchive !== true && (b.dockerfile !== void 0 ? !fs4.existsSync(ownDir(b.dockerfile)) : fs4.existsSync(b.context) && !placedScripts.has(placedAs(b.name, ".", b.context)) && !["Dockerfile", "dockerfile", "Containerfile"].some((n) => fs4.existsSync(path4.join(ownDir(b.context), n))));
      if (!MAKEFILE_NAME.test(b.name.replace(/:\d+$/, "")) && !/(?:^|\/)package\.json's .* script$/.test(b.name) && !script) continue;
      if (b.stdin === void 0 && b.gitArchive !== true && b.dockerfile === void 0 && isInside(root, b.context) && !fs4.existsSync(b.context) && !seenMissing.has(b.context)) {
        const rel2 = path4.relative(root, b.context).split(path4.sep).join("/");
        if (rel2 === "" || rel2.startsWith("../") || SKIP_PATH.test(rel2) || !/^[\w.@+=,-]+(?:\/[\w.@+=,-]+)*$/.test(rel2)) continue;
        seenMissing.add(b.context);
        const shown2 = path4.relative(opts.cwd, b.context) || b.context;
        staleRecipes.push({ name: `${shown2}/Dockerfile (${b.name})`, declaredIn: b.name, kind: "dockerfile", context: b.context, dockerfile: path4.join(b.context, "Dockerfile"), args: {}, namedContexts: {}, staleRecipe: true, skipReason: `${b.name} builds from ${shown2}, which is not in the checkout: the recipe makes it first (a clone or a copy of the repository's files) or is out of date; not audited` });
        continue;
      }
      const implicit = b.dockerfile === void 0 && b.stdin === void 0 && b.gitArchive !== true && isInside(root, b.context) && fs4.existsSync(b.context) && !["Dockerfile", "dockerfile", "Containerfile"].some((n) => fs4.existsSync(path4.join(b.context, n)));
      const dockerfile = b.dockerfile ?? (implicit ? path4.join(b.context, "Dockerfile") : void 0);
      if (b.stdin !== void 0 || dockerfile === void 0 || !isInside(root, dockerfile) || fs4.existsSync(dockerfile) || seenMissing.has(dockerfile)) continue;
      const rel = path4.relative(root, dockerfile).split(path4.sep).join("/");
      if (rel === "" || rel.startsWith("../") || SKIP_PATH.test(rel)) continue;
      seenMissing.add(dockerfile);
      const shown = path4.relative(opts.cwd, dockerfile) || dockerfile;
      const why = recipeWrites(root, b.name, dockerfile) ? `${b.name.replace(/:\d+$/, "")} writes it before the build, so what it copies is not known here` : isIgnored(rel) ? "git ignores it, so a step makes it before the build: what it copies is not known here" : script ? "the script is out of date, runs from a directory not known here, or a step makes it first" : "the recipe is out of date (docker fails on it) or a step makes it first";
      staleRecipes.push({ name: `${shown} (${b.name})`, declaredIn: b.name, kind: "dockerfile", context: b.context, dockerfile, args: {}, namedContexts: {}, staleRecipe: true, skipReason: `${b.name} builds ${shown}, which is not in the checkout: ${why}; not audited` });
    }
  }
  const makeVarsByFile = /* @__PURE__ */ new Map();
  let overrides;
  const makeOverrides = () => {
    if (overrides !== void 0) return overrides;
    overrides = /* @__PURE__ */ new Set();
    for (const f of glob((x) => isRecipeFile(x) || /^\.(?:github|forgejo|gitea)\/workflows\/[^/]+\.ya?ml$/.test(x) || OTHER_CI_FILE.test(x)).slice(0, 400)) {
      let t;
      try {
        t = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      } catch {
        continue;
      }
      for (const line of t.split("\n")) {
        const at = line.length > 8192 ? -1 : line.search(/\bmake\b/);
        if (at < 0) continue;
        for (const m of line.slice(at).matchAll(/\s([A-Za-z_][\w.-]*)=/g)) overrides.add(m[1]);
      }
    }
    return overrides;
  };
  const makeAssignments = (file) => {
    const cached = makeVarsByFile.get(file);
    if (cached !== void 0) return cached;
    const dir2 = path4.posix.dirname(file);
    const mine = (x) => {
      const d = path4.posix.dirname(x);
      return x === file || d === "." || dir2 === d || dir2.startsWith(d + "/");
    };
    const found = /* @__PURE__ */ new Map();
    const overridden = makeOverrides();
    for (const f of glob((x) => MAKEFILE_NAME.test(x) && mine(x)).slice(0, 200)) {
      let t;
      try {
        t = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      } catch {
        continue;
      }
      for (const m of t.matchAll(/^(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}|\?|\+)?=[ \t]*([^\n#]*?)[ \t]*$/gm)) {
        const v = m[2];
        found.set(m[1], v === "" || /\$/.test(v) || found.has(m[1]) && found.get(m[1]) !== v ? null : v);
      }
    }
    const known2 = new Map([...found].filter((e) => e[1] !== null && !overridden.has(e[0])));
    makeVarsByFile.set(file, known2);
    return known2;
  };
  const piped = [];
  for (const b of recipeBuilds()) {
    if (b.stdin === void 0 || !isInside(root, b.context) || !fs4.existsSync(b.context)) continue;
    if (b.stdin === null) {
      if (piped.some((p) => p.declaredIn === b.name && p.context === b.context && p.dockerfileInline === void 0)) continue;
      piped.push({ name: `${b.name} (its Dockerfile from stdin)`, declaredIn: b.name, kind: "dockerfile", context: b.context, args: {}, namedContexts: {}, placedBy: b.name, skipReason: "its Dockerfile comes from stdin, as text the shell or make fills in when it runs: not audited" });
      continue;
    }
    const from = b.stdin.from === "a heredoc" ? "a heredoc" : b.stdin.file === true ? `${b.stdin.from}` : `make's ${b.stdin.from}`;
    let text = b.stdin.text;
    if (b.stdin.from !== "a heredoc" && b.stdin.file !== true && MAKE_REFERENCE.test(text)) {
      const vars = makeAssignments(b.name.replace(/:\d+$/, ""));
      text = text.replace(new RegExp(MAKE_REFERENCE.source, "g"), (m, a, b2) => vars.get(a ?? b2 ?? "") ?? m);
      const logical = text.split(/(?<!\\)\n/);
      text = logical.map((l) => /^\s*FROM\b/i.test(l) ? l.replace(new RegExp(MAKE_REFERENCE.source, "g"), "make-variable") : l).join("\n");
      if (MAKE_REFERENCE.test(text)) {
        const left = [...new Set([...text.matchAll(new RegExp(MAKE_REFERENCE.source, "g"))].map((m) => m[0]))].slice(0, 3).join(", ");
        piped.push({ name: `${b.name} (its Dockerfile from stdin: ${from})`, declaredIn: b.name, kind: "dockerfile", context: b.context, args: {}, namedContexts: {}, placedBy: b.name, skipReason: `its Dockerfile comes from ${from}, whose ${left} make fills in when it runs: not audited` });
        continue;
      }
    }
    piped.push({ name: `${b.name} (its Dockerfile from stdin: ${from}${b.target !== void 0 ? `, stage ${b.target}` : ""})`, declaredIn: b.name, kind: "dockerfile", context: b.context, dockerfileInline: text, ...b.stdin.file === true ? { dockerfileFrom: path4.join(root, b.stdin.from) } : {}, args: b.args, namedContexts: b.namedContexts ?? {}, placedBy: b.name, ...b.target !== void 0 ? { target: b.target } : {}, ...recipePreparers(b) });
  }
  const archives = [];
  {
    const seen = /* @__PURE__ */ new Set();
    for (const b of recipeBuilds()) {
      if (b.gitArchive !== true || seen.has(b.name)) continue;
      seen.add(b.name);
      const file = path4.resolve(b.dockerfile ?? path4.join(b.context, "Dockerfile"));
      const shown = path4.relative(opts.cwd, file) || file;
      archives.push({ name: `${shown} (from git archive, as ${b.name} builds it)`, declaredIn: b.name, kind: "dockerfile", context: b.context, dockerfile: file, args: {}, namedContexts: {}, skipReason: `${b.name} builds it from \`git archive\` of the commit on stdin (the committed files, without .git): audit that upload with \`git archive HEAD | ctx-audit -${b.dockerfile !== void 0 ? ` -f ${path4.relative(b.context, b.dockerfile)}` : ""}\`; not audited here` });
    }
  }
  for (const t of [...declared, ...standalone, ...recipeStages]) {
    if (t.skipReason !== void 0 || t.gitContext === true || !t.preparers?.length) continue;
    const file = readsFile(t);
    for (const b of recipeBuilds()) {
      if (b.stdin !== void 0 || b.gitArchive === true || path4.resolve(b.context) !== path4.resolve(t.context) || (b.target ?? null) !== (t.target ?? null)) continue;
      if (readsFile({ context: b.context, dockerfile: b.dockerfile }) !== file) continue;
      t.preparers = mergedPreparers(t.preparers, recipePreparers(b).preparers, t.context, file);
    }
  }
  const readByProjects = new Set([...projectFiles.values()].flat());
  for (const f of loadedFiles) readByProjects.add(f);
  for (const b of recipeBuilds()) for (const f of b.composeFiles ?? []) readByProjects.add(f);
  for (const t of [...declared, ...workflowBuilds]) for (const f of t.composeFilesRead ?? t.defaultComposeRun?.files ?? []) readByProjects.add(f);
  const toRead = [...readByProjects];
  const realRootForIncludes = resolvedLocation(root);
  for (let i = 0; i < toRead.length && i < 1024; i++) {
    if (!isInside(realRootForIncludes, resolvedLocation(toRead[i]))) continue;
    for (const inc of composeIncludes(toRead[i])) {
      if (readByProjects.has(inc)) continue;
      readByProjects.add(inc);
      toRead.push(inc);
    }
  }
  const unreadCandidates = glob((f) => OTHER_COMPOSE_FILE.test(f) && !BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf("/") + 1))).filter((f) => !readByProjects.has(path4.join(root, f)) && composeBuildsSurely(path4.join(root, f)));
  const codeFiles = unreadCandidates.length === 0 ? [] : codeFileTexts(root, glob);
  const names = (t, f) => {
    const base = f.slice(f.lastIndexOf("/") + 1);
    if (!t.text.includes(base)) return false;
    if (f.includes("/") && t.text.includes(f)) return true;
    const beside = path4.posix.join(path4.posix.dirname(t.file), base);
    return beside === f || !fs4.existsSync(path4.join(root, beside));
  };
  const byProjectFile = (f) => codeFiles.some((t) => BUILD_FILE_NAMES.has(t.file.slice(t.file.lastIndexOf("/") + 1)) && names(t, f));
  const unreadCompose = unreadCandidates.filter((f) => !byProjectFile(f)).map((f) => {
    const abs = path4.join(root, f);
    const rel = path4.relative(opts.cwd, abs) || abs;
    const base = f.slice(f.lastIndexOf("/") + 1);
    const audit = `audit it with --compose ${shellWord(rel)}`;
    const namer = codeFiles.find((t) => names(t, f))?.file ?? buildFileNaming([f], true);
    let variable;
    for (const t of namer === void 0 ? codeFiles : []) {
      const m = [...t.text.matchAll(/((?:docker-)?compose[.-][\w.-]*)\$[^\s'"]*/g)].find((x) => base.startsWith(x[1]));
      if (m !== void 0) {
        variable = { file: t.file, name: m[0] };
        break;
      }
    }
    const absentBeside = namer === void 0 ? void 0 : absentComposeFileBeside(root, namer, codeFiles.find((t) => t.file === namer)?.text ?? "", base);
    const skipReason = absentBeside !== void 0 ? `a Compose file ${namer} runs together with ${absentBeside}, which is not in the checkout (a local file, or one a step makes): not audited; ${audit}` : namer !== void 0 ? `a Compose file ${namer} names, in a command or code ctx-audit does not follow: not audited; ${audit}` : variable !== void 0 ? `a Compose file ${variable.file} may run through a name with a variable in it (${variable.name}): not audited; ${audit}` : `a Compose file that nothing here runs (docker compose reads it only with -f): ${audit}`;
    return { name: rel, declaredIn: rel, kind: "compose", context: path4.dirname(abs), dockerfile: abs, args: {}, namedContexts: {}, skipReason };
  });
  const runCompose = [...readByProjects].filter((f) => isInside(root, f) && !unreadCompose.some((u) => u.dockerfile === f)).sort().slice(0, 64);
  if (unreadCompose.length > 0 || runCompose.length > 0) {
    const namers = /* @__PURE__ */ new Map();
    const named = (file, by, ran) => {
      for (const d of composeDockerfilesNamed(file)) {
        const n = namers.get(d.dockerfile) ?? { by: [], unbuilt: [], contexts: /* @__PURE__ */ new Set() };
        (ran ? n.unbuilt : n.by).push(by);
        n.contexts.add(d.context);
        namers.set(d.dockerfile, n);
      }
    };
    for (const u of unreadCompose) named(u.dockerfile, u.name, false);
    for (const f of runCompose) named(f, path4.relative(opts.cwd, f) || f, true);
    for (const t of [...standalone, ...recipeStages]) {
      const n = t.contextGuessed === true && t.dockerfile !== void 0 ? namers.get(path4.resolve(t.dockerfile)) : void 0;
      if (n === void 0) continue;
      if (n.by.length > 0) t.namedBySkipped = [...new Set(n.by)];
      if (n.unbuilt.length > 0) t.namedByUnbuilt = [...new Set(n.unbuilt)];
      const namedBy = [.../* @__PURE__ */ new Set([...n.by, ...n.unbuilt])];
      const [ctx] = [...n.contexts];
      if (n.contexts.size === 1 && ctx !== path4.resolve(t.context) && isInside(root, resolvedLocation(ctx)) && fs4.statSync(ctx, { throwIfNoEntry: false })?.isDirectory() === true && namedSourcesIn(t.dockerfile, ctx) >= namedSourcesIn(t.dockerfile, t.context)) {
        t.context = ctx;
        t.name = `${t.declaredIn} (context: ${path4.relative(opts.cwd, ctx) || "."}, as ${namedBy.slice(0, 2).join(", ")}${namedBy.length > 2 ? ", ..." : ""} ${n.by.length > 0 ? namedBy.length === 1 ? "builds" : "build" : namedBy.length === 1 ? "declares" : "declare"} it)`;
      }
    }
  }
  let driving;
  for (const t of [...standalone, ...recipeStages]) {
    if (t.contextGuessed !== true || t.dockerfile === void 0 || t.namedBySkipped !== void 0 || t.namedByUnbuilt !== void 0) continue;
    const base = path4.basename(t.dockerfile);
    if (/^(?:Dockerfile|dockerfile|Containerfile)$/.test(base) || base.length < 6 || base.length > 128) continue;
    driving ??= glob(IMAGE_USER_FILE).slice(0, 400).flatMap((f) => {
      try {
        const raw = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
        return [{ file: f, text: withoutCommentLines(/^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw, f) }];
      } catch {
        return [];
      }
    });
    const rel = path4.relative(root, t.dockerfile).split(path4.sep).join("/");
    const escape = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const namer = driving.find((d) => {
      if (path4.basename(d.file) === base || !d.text.includes(base)) return false;
      const fromFile = path4.posix.relative(path4.posix.dirname(d.file), rel);
      const word = new RegExp(`(?<![\\w./-])(?:\\./)?(?:${[base, rel, fromFile].map(escape).join("|")})(?![\\w.-])`, "g");
      for (const m of d.text.matchAll(word)) {
        const line = d.text.slice(d.text.lastIndexOf("\n", m.index) + 1, d.text.indexOf("\n", m.index) < 0 ? d.text.length : d.text.indexOf("\n", m.index));
        if (!/lint/i.test(line)) return true;
      }
      return false;
    });
    if (namer !== void 0) t.namedInUnplaced = namer.file;
  }
  const targets = confirmLocalImages(confirmContainerActions([...declared, ...hcl, ...standalone, ...recipeStages, ...staleRecipes, ...piped, ...archives, ...unreadCompose], root, glob, recipeBuilds()), root, glob, recipeBuilds());
  if (targets.every((t) => t.unlocated === true || staleRecipes.includes(t))) {
    const unlocated = targets.filter((t) => t.unlocated === true).map((t) => t.name);
    const stale = staleRecipes.map((t) => t.declaredIn);
    const later = (unlocated.length === 0 ? "" : `; ${unlocated.length === 1 ? "one workflow build names a context or Dockerfile" : `${unlocated.length} workflow builds name a context or Dockerfile`} this checkout does not hold (${unlocated.slice(0, 3).join(", ")}${unlocated.length > 3 ? ", ..." : ""})`) + (stale.length === 0 ? "" : `; ${stale.length === 1 ? "one recipe or script builds a Dockerfile" : `${stale.length} recipes or scripts build a Dockerfile`} this checkout does not hold (${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", ..." : ""})`);
    const composed = [...buildFiles, ...glob((f) => OTHER_COMPOSE_FILE.test(f) && !BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf("/") + 1)))];
    const found = composed.length === 0 ? "Compose or Bake file" : `Compose service or Bake target with a build (${composed.length === 1 ? `${composed[0]} builds` : `its ${composed.length} Compose and Bake files build`} nothing${composed.length > 1 ? `: ${composed.slice(0, 3).join(", ")}${composed.length > 3 ? ", ..." : ""}` : ""})`;
    const repoRoot = findRepoRoot2(root);
    const within = path4.relative(repoRoot ?? root, root).split(path4.sep).join("/");
    const unchecked = repoRoot === null ? [] : uncheckedSubmodules(repoRoot).filter((s) => within === "" || s === within || s.startsWith(within + "/"));
    const subs = unchecked.length === 0 ? "" : `; ${unchecked.length === 1 ? "a git submodule is" : `${unchecked.length} git submodules are`} not checked out here, so not searched (${unchecked.slice(0, 5).join(", ")}${unchecked.length > 5 ? ", ..." : ""}): check out with \`git submodule update --init\` (in a workflow, actions/checkout's \`submodules: true\`) and run again`;
    const containerfiles = glob((f) => /(?:^|\/)Containerfile(?:\.[\w.-]+)?$/.test(f)).slice(0, 3);
    const first = containerfiles[0] ?? "";
    const from = first === "" ? "." : path4.relative(root, contextDirFor(path4.join(root, first), root) ?? path4.dirname(path4.join(root, first))) || ".";
    const podman = containerfiles.length === 0 ? "" : `; ${containerfiles.length === 1 ? "a Containerfile is" : "Containerfiles are"} here (${containerfiles.join(", ")}), podman's name, which docker builds only with -f: audit one with \`ctx-audit ${path4.join(dir, from)} -f ${path4.join(dir, first)}\``;
    throw new InputError(`--all: no build found under ${dir} (no Dockerfile, Dockerfile.*, *.Dockerfile, ${found}, and no docker build in a GitHub workflow of a context or Dockerfile this checkout holds; node_modules, vendor, testdata, fixtures, src/test/resources and git-ignored files are not searched)${later}${subs}${podman}`);
  }
  return { targets, dockerfiles, buildFiles };
}
var IMAGE_USER_FILE = (f) => isRecipeFile(f) || BUILD_FILE_NAMES.has(f.slice(f.lastIndexOf("/") + 1)) || OTHER_COMPOSE_FILE.test(f) || /^\.(?:github|forgejo|gitea)\/.*\.ya?ml$/.test(f) || OTHER_CI_FILE.test(f) || /(?:^|\/)(?:Taskfile|taskfile)(?:\.dist)?\.ya?ml$|(?:^|\/)(?:Earthfile|Tiltfile|Rakefile|magefile\.go|noxfile\.py|tasks\.py|Dockerfile\.\w+\.sh)$/.test(f);
function markDefaultComposeJobs(declared, projectOf, runs) {
  const key = (files, service, t) => JSON.stringify([[...files].map((f) => path4.resolve(f)).sort(), service, path4.resolve(t.context), t.dockerfile === void 0 ? null : path4.resolve(t.dockerfile), t.target ?? null]);
  const byBuild = /* @__PURE__ */ new Map();
  for (const r of runs) {
    if (r.composeFiles === void 0 || r.service === void 0 || r.buildOnly === true) continue;
    const k = key(r.composeFiles, r.service, r);
    byBuild.set(k, [...byBuild.get(k) ?? [], r.localImage]);
  }
  if (byBuild.size === 0) return;
  for (const t of declared) {
    const own = projectOf.get(t);
    if (own === void 0 || t.skipReason !== void 0 || t.localImage !== void 0) continue;
    const marks = byBuild.get(key(own.files, own.service, t));
    if (marks !== void 0 && marks.every((m) => m !== void 0)) t.localImage = { ...marks[0], composeDefault: true };
  }
}
function confirmContainerActions(targets, root, glob, recipes) {
  if (!targets.some((t) => t.containerAction)) return targets;
  const fileOf = (t) => path4.resolve(t.dockerfile ?? path4.join(t.context, "Dockerfile"));
  const builtElsewhere = new Set(recipes.filter((b) => b.stdin === void 0).map(fileOf));
  const otherCi = [];
  for (const f of glob((x) => OTHER_CI_FILE.test(x)).slice(0, 200)) {
    try {
      otherCi.push(readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
    } catch {
    }
  }
  return targets.map((t) => {
    if (!t.containerAction) return t;
    const file = fileOf(t);
    if (!builtElsewhere.has(file) && !otherCiNames(path4.relative(root, file).split(path4.sep).join("/"), otherCi)) return t;
    const { containerAction: _, ...rest } = t;
    return rest;
  });
}
function confirmLocalImages(targets, root, glob, recipes) {
  if (!targets.some((t) => t.localImage !== void 0)) return targets;
  const fileOf = (t) => path4.resolve(t.dockerfile ?? path4.join(t.context, "Dockerfile"));
  const others = /* @__PURE__ */ new Map();
  for (const t of [...targets.filter((x) => x.localImage === void 0), ...recipes.filter((b) => b.localImage === void 0 && b.stdin === void 0 && b.buildOnly !== true)]) {
    others.set(fileOf(t), [...others.get(fileOf(t)) ?? [], t.target]);
  }
  const stagesOf = /* @__PURE__ */ new Map();
  const stagesFor = (file) => {
    if (!stagesOf.has(file)) {
      try {
        stagesOf.set(file, isInside(root, file) ? parseDockerfile(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 })).stages.map((st) => ({ name: st.name, base: st.base.toLowerCase() })) : null);
      } catch {
        stagesOf.set(file, null);
      }
    }
    return stagesOf.get(file) ?? null;
  };
  const ships = (file, local, other) => {
    if ((local ?? null) === (other ?? null)) return true;
    const stages = stagesFor(file);
    if (!stages || stages.length === 0) return true;
    const find = (n) => n === void 0 ? stages.length - 1 : stages.findIndex((st) => st.name === n.toLowerCase());
    const want = find(local);
    let at = find(other);
    if (want < 0 || at < 0) return true;
    for (let hops = 0; hops <= stages.length && at >= 0; hops++) {
      if (at === want) return true;
      at = stages.findIndex((st, k) => k < at && st.name !== null && st.name === stages[at].base);
    }
    return false;
  };
  const shippedToo = {
    has: (t) => (others.get(fileOf(t)) ?? []).some((stage) => ships(fileOf(t), t.target, stage))
  };
  const files = glob((f) => IMAGE_USER_FILE(f) || dockerfileCandidate(f));
  const texts = [];
  let budget = 64 << 20;
  for (const f of files.slice(0, 4e3)) {
    try {
      const text = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      budget -= text.length;
      texts.push({ file: f, text });
    } catch {
    }
    if (budget < 0) break;
  }
  const complete = budget >= 0 && files.length <= 4e3;
  const otherCi = texts.filter((t) => OTHER_CI_FILE.test(t.file)).map((t) => t.text);
  const all = texts.map((t) => DOCKERFILE_NAME.test(t.file) && !/\.(?:sh|bash)$/.test(t.file) ? t.text.split("\n").filter((l) => /^\s*FROM\s|--from[= ]/i.test(l)).join("\n") : withSimpleVariables(t.text));
  const clearedByFile = /* @__PURE__ */ new Map();
  const relFile = (f) => path4.isAbsolute(f) ? path4.relative(root, f).split(path4.sep).join("/") : f;
  for (const t of targets) {
    const c0 = t.localImage?.cleared;
    if (c0 === void 0) continue;
    const c = { ...c0, file: relFile(c0.file) };
    const m = clearedByFile.get(c.file) ?? /* @__PURE__ */ new Map();
    for (const l of c.lines) m.set(l, (m.get(l) ?? 0) + 1);
    clearedByFile.set(c.file, m);
  }
  const withoutCleared = (cleared) => {
    if (cleared === void 0) return all;
    const file = relFile(cleared.file);
    return texts.map((t, i) => {
      if (t.file !== file) return all[i];
      const left = new Map(clearedByFile.get(file));
      return all[i].split("\n").filter((l) => {
        const n = left.get(l.trim()) ?? 0;
        if (n === 0) return true;
        left.set(l.trim(), n - 1);
        return false;
      }).join("\n");
    });
  };
  const deployedRoot = PLATFORM_FILES.some((f) => fs4.existsSync(path4.join(root, f)));
  const elsewhere = deployedRoot || otherCi.length > 0 || glob((f) => /(?:^|\/)(?:fly\.toml|heroku\.yml|render\.yaml|docker-bake\.(?:hcl|json)|Tiltfile)$/.test(f)).length > 0 || // (Any listing of images, `docker images -aq`, `docker image list`, `docker images | awk`: the review of fa3bb80.)
  // (Not one that only feeds a removal, srs's release job's `for image in $(docker images | grep '<none>' | awk ...); do
  // docker rmi -f $image; done` on its servers, which can ship nothing; sweep 56/C-F2.)
  // (The removal on its line or in the loop body of the next three.)
  all.some((x) => {
    const lines = x.split("\n");
    return lines.some((l, i) => {
      if (!/\b(?:docker|podman)\s+(?:images|image\s+(?:ls|list))\b/.test(l)) return false;
      const near = lines.slice(i, i + 4);
      return !near.some((m) => /\b(?:docker|podman)\s+(?:rmi|image\s+(?:rm|prune))\b/.test(m)) || near.some((m) => /\b(?:docker|podman)\s+(?:image\s+)?(?:tag|push|save|commit)\b/.test(m));
    });
  });
  const outsideLastChain = (t) => {
    const stages = stagesFor(fileOf(t));
    if (!stages || stages.length === 0 || t.target === void 0) return false;
    const chain = (i) => {
      const out = /* @__PURE__ */ new Set();
      for (let at = i; at >= 0 && !out.has(at); ) {
        out.add(at);
        const base = stages[at].base;
        at = stages.findIndex((st, k) => k < at && st.name !== null && st.name === base);
      }
      return out;
    };
    const want = stages.findIndex((st) => st.name === t.target.toLowerCase());
    if (want < 0 || want === stages.length - 1) return false;
    const last = chain(stages.length - 1);
    return [...chain(want)].every((i) => !last.has(i));
  };
  const lastStageOfNamedFile = (t) => {
    if (/^(?:[Dd]ockerfile|Containerfile)$/.test(path4.basename(fileOf(t)))) return false;
    if (t.target === void 0) return true;
    const stages = stagesFor(fileOf(t));
    return stages !== void 0 && stages !== null && stages.length > 0 && stages[stages.length - 1].name === t.target.toLowerCase();
  };
  const commitsContainers = all.some((x) => /\b(?:docker|podman)\s+(?:container\s+)?(?:commit|export)\b/.test(x));
  return targets.map((t) => {
    if (t.localImage === void 0) return t;
    if (commitsContainers && t.localImage.untagged !== true) {
      const { localImage: _2, ...rest2 } = t;
      return rest2;
    }
    const file = path4.relative(root, t.dockerfile ?? path4.join(t.context, "Dockerfile")).split(path4.sep).join("/");
    const lastStage = t.localImage.untagged === true && !outsideLastChain(t) && lastStageOfNamedFile(t);
    if (t.localImage.untagged === true && (elsewhere || !(outsideLastChain(t) || lastStage) || lastStage && namesFile(root, glob, file, t.localImage.ranBy.split(":")[0]))) {
      const { localImage: _2, ...rest2 } = t;
      return rest2;
    }
    if (deployedRoot && file === "Dockerfile") {
      const { localImage: _2, ...rest2 } = t;
      return rest2;
    }
    const composedElsewhere = t.localImage.composeDefault === true && otherCi.some((x) => /\b(?:docker|podman)[ -]compose\b/.test(x));
    const namedElsewhere = t.localImage.byComment === true && namesFile(root, glob, file);
    const hidden = [];
    if (complete && !composedElsewhere && !namedElsewhere && !file.startsWith("../") && !shippedToo.has(t) && (t.localImage.untagged === true || onlyRunHere(t.localImage.names, withoutCleared(t.localImage.cleared), hidden)) && !otherCiNames(file, otherCi)) {
      if (hidden.length === 0) return t;
      return { ...t, localImage: { ...t.localImage, hiddenUnder: [.../* @__PURE__ */ new Set([...t.localImage.hiddenUnder ?? [], ...hidden])] } };
    }
    const { localImage: _, ...rest } = t;
    return rest;
  });
}
function shellWord(p) {
  return /^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function absentComposeFileBeside(root, namer, text, base) {
  for (const line of text.split("\n")) {
    if (line.length > 4096 || !line.includes(base)) continue;
    const at = /(?<![\w-])(?:docker[ \t]+compose|docker-compose|podman[ \t]+compose|podman-compose)(?![\w-])/.exec(line);
    if (at === null) continue;
    const command2 = line.slice(at.index).split(/[;&|]/)[0].split(/[ \t](?:logs|exec|run)(?:[ \t]|$)/)[0];
    const files = [...command2.matchAll(/(?:^|\s)(?:-f|--file)(?:=|\s+)["']?([^\s"';&|]+)/g)].map((m) => m[1]);
    if (!files.some((f) => f === base || f.endsWith("/" + base))) continue;
    for (const f of files) {
      if (f === base || f.endsWith("/" + base) || /[$`*?]/.test(f) || path4.isAbsolute(f)) continue;
      const candidates = [path4.join(root, path4.dirname(namer), f), path4.join(root, f)].filter((abs) => isInside(root, abs));
      if (candidates.length > 0 && !candidates.some((abs) => fs4.existsSync(abs))) return f;
    }
  }
  return void 0;
}
function namedSourcesIn(dockerfile, dir) {
  let text;
  try {
    text = readRegularFile(dockerfile, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
  } catch {
    return 0;
  }
  let n = 0;
  for (const st of parseDockerfile(text).stages) {
    for (const src of st.sources.slice(0, 200)) {
      if (!src.fromContext || /[*?[$]/.test(src.raw) || /^\.?\/?$/.test(src.source) || src.source.split("/").includes("..") || src.source.startsWith("/")) continue;
      if (fs4.existsSync(path4.join(dir, src.source))) n++;
    }
  }
  return n;
}
function codeFileTexts(root, glob) {
  const out = [];
  let budget = 16 << 20;
  for (const f of glob((x) => TEXT_FILE.test(x) && !/\.(?:md|txt|rst)$/.test(x) && !OTHER_COMPOSE_FILE.test(x) && !(/(?:^|\/)(?:docs?|documentation|site)\/(?:[^/]+\/)*[^/]+\.json$/.test(x) && !x.endsWith("/package.json")))) {
    try {
      const raw = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
      const text = withoutCommentLines(/^\.(?:github|gitea|forgejo)\/workflows\//.test(f) ? withoutPathFilters(raw) : raw, f);
      out.push({ file: f, text });
      budget -= text.length;
    } catch {
      continue;
    }
    if (budget < 0) break;
  }
  return out;
}
function withoutPathFilters(text) {
  const lines = text.split("\n");
  const out = [];
  let onIndent = null;
  for (let i = 0; i < lines.length; i++) {
    const lead = /^ */.exec(lines[i])[0].length;
    if (lines[i].trim() !== "" && !/^\s*#/.test(lines[i])) {
      if (onIndent !== null && lead <= onIndent) onIndent = null;
      if (/^ *["']?on["']?\s*:/.test(lines[i])) onIndent = lead;
    }
    const m = onIndent === null ? null : /^( *)(?:paths|paths-ignore)\s*:/.exec(lines[i]);
    if (m === null) {
      out.push(lines[i]);
      continue;
    }
    const indent = m[1].length;
    while (i + 1 < lines.length && (lines[i + 1].trim() === "" || /^\s*/.exec(lines[i + 1])[0].length > indent || /^\s*-\s/.test(lines[i + 1]) && /^\s*/.exec(lines[i + 1])[0].length >= indent)) i++;
  }
  return out.join("\n");
}
function composeNamesImage(file) {
  try {
    return /^\s+image\s*:/m.test(readRegularFile(file, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"));
  } catch {
    return true;
  }
}
function devcontainerBuild(dockerfile, root) {
  const dir = path4.dirname(dockerfile);
  const sub = (() => {
    try {
      return fs4.readdirSync(path4.join(root, ".devcontainer"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path4.join(root, ".devcontainer", d.name, "devcontainer.json")).sort().slice(0, 32);
    } catch {
      return [];
    }
  })();
  const beside = DEV_CONTAINER_DIR.test(path4.relative(root, dockerfile).split(path4.sep).join("/")) ? [path4.join(dir, "devcontainer.json")] : [];
  const up = [];
  for (let d = dir, n = 0; n < 8 && isInside(root, d); d = path4.dirname(d), n++) {
    up.push(path4.join(d, ".devcontainer.json"), path4.join(d, ".devcontainer", "devcontainer.json"));
    if (path4.resolve(d) === path4.resolve(root)) break;
  }
  for (const json of [.../* @__PURE__ */ new Set([...beside, ...up, path4.join(root, ".devcontainer.json"), path4.join(root, ".devcontainer", "devcontainer.json"), ...sub])]) {
    let doc;
    try {
      doc = JSON.parse(withoutJsonComments(readRegularFile(json, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8")));
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) continue;
    const top = doc;
    const build = top.build !== null && typeof top.build === "object" && !Array.isArray(top.build) ? top.build : {};
    const file = typeof build.dockerfile === "string" ? build.dockerfile : typeof top.dockerFile === "string" ? top.dockerFile : void 0;
    if (file === void 0 || path4.resolve(path4.dirname(json), file) !== dockerfile) continue;
    const ctx = typeof build.context === "string" ? build.context : typeof top.context === "string" ? top.context : ".";
    if (/\$\{/.test(ctx) || /\$\{/.test(file)) return null;
    const args = {};
    if (build.args !== null && typeof build.args === "object" && !Array.isArray(build.args)) {
      for (const [k, v] of Object.entries(build.args)) if (typeof v === "string" && !/\$\{/.test(v)) args[k] = v;
    }
    const context = path4.resolve(path4.dirname(json), ctx);
    if (!isInside(root, context)) return null;
    return { json, context, args, ...typeof build.target === "string" && build.target !== "" ? { target: build.target } : {} };
  }
  return null;
}
function devcontainerComposeFiles(json) {
  let doc;
  try {
    doc = JSON.parse(withoutJsonComments(readRegularFile(json, { noFollow: true, maxBytes: 1 << 20 }).toString("utf8")));
  } catch {
    return null;
  }
  const v = doc !== null && typeof doc === "object" ? doc.dockerComposeFile : void 0;
  const list = typeof v === "string" ? [v] : Array.isArray(v) && v.every((x) => typeof x === "string") ? v : null;
  if (list === null || list.length === 0 || list.length > 16 || list.some((f) => f.includes("${"))) return null;
  const files = list.map((f) => path4.resolve(path4.dirname(json), f));
  return files.every((f) => isRegularFile(f)) ? files : null;
}
function devcontainerNamesImage(dir) {
  for (const n of ["devcontainer.json", ".devcontainer.json"]) {
    try {
      if (/"image"\s*:/.test(readRegularFile(path4.join(dir, n), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8"))) return true;
    } catch {
    }
  }
  return false;
}
var TEXT_FILE = /\.(?:sh|bash|zsh|ps1|psm1|bat|cmd|py|js|mjs|cjs|ts|rb|go|java|kt|kts|groovy|gradle|pl|php|cs|rs|ya?ml|json|toml|cfg|ini|xml|hcl|tf|mk|txt|md)$|(?:^|\/)(?:[Mm]akefile|Jenkinsfile|Justfile|justfile|Rakefile|Tiltfile|Earthfile|Procfile)[^/]*$/;
function namesFile(root, glob, file, builtBy) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const word = new RegExp(`(?<![\\w.-])${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.-])`, "g");
  let budget = 16 << 20;
  for (const f of glob((x) => TEXT_FILE.test(x))) {
    if (f === file) continue;
    let text;
    try {
      text = readRegularFile(path4.join(root, f), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
    } catch {
      continue;
    }
    if (!text.includes(base)) continue;
    const counted = text.replace(/\\\n/g, " ").split("\n").filter((l) => !(/\b(?:docker|podman)\s+(?:buildx\s+)?build\b/.test(l) && !/(?:^|\s)(?:-t|--tag|--push|--output|-o|--load|--iidfile|--metadata-file|-q|--quiet)(?:[\s=]|$)|\$\(|`/.test(l))).join("\n");
    const mentions = f === builtBy ? [...counted.matchAll(word)].length : word.test(counted) ? 1 : 0;
    word.lastIndex = 0;
    const dropped = f === builtBy ? [...text.matchAll(word)].length - mentions : 0;
    word.lastIndex = 0;
    if (mentions > (f === builtBy && dropped === 0 ? 1 : 0)) return true;
    budget -= text.length;
    if (budget < 0) return true;
  }
  return false;
}
function madeOrReadNamedContexts(recipe, shown) {
  const namedContexts = {};
  const made = {};
  for (const [name, value] of Object.entries(recipe.namedContexts ?? {})) {
    if (!path4.isAbsolute(value) || fs4.existsSync(value)) {
      namedContexts[name] = value;
      continue;
    }
    const rel = recipe.before === void 0 ? "" : path4.relative(recipe.before.at, value).split(path4.sep).join("/");
    const own = recipe.before !== void 0 && rel !== "" && !rel.startsWith("..") && lineWriting(recipe.before.text, rel, true) > 0;
    made[name] = { value: shown(value), step: own ? `${recipe.name}'s own lines` : `what runs before ${recipe.name} (a rule it depends on)` };
  }
  return { namedContexts, ...Object.keys(made).length > 0 ? { madeNamedContexts: made } : {} };
}
function recipePreparers(recipe) {
  const first = (recipe.runsFirst ?? []).map((r) => ({ step: r.step, dirs: r.outputs, outputs: r.outputs }));
  const b = recipe.before;
  if (b === void 0) return first.length > 0 ? { preparers: first } : {};
  const own = b.prerequisites === void 0 ? b.text : b.own;
  const mine = own === void 0 ? [] : [{ step: `the part of ${recipe.name} before the build`, dirs: [], script: own, scriptAt: b.at, sameShell: true }];
  return { preparers: [...mine, ...(b.prerequisites ?? []).map((p) => ({ step: p.step, dirs: [], script: p.text, scriptAt: b.at })), ...first] };
}

export {
  isRemoteContext,
  buildKey,
  bakeTargets,
  bakeFileRelative,
  variablePattern,
  matchesPattern,
  matchesPrefix,
  mergeTargetRedactions,
  redactor,
  COMPOSE_FILE_NAMES,
  findComposeFiles,
  composeV1Services,
  composeTargets,
  composeWritableMounts,
  composeFilesFromEnv,
  BUILDER_TEMPLATE,
  MAKEFILE_NAME,
  SCRIPT_NAME,
  GORELEASER_SKIP,
  makefileBuilds,
  scriptBuilds,
  packageScriptBuilds,
  discoverTargets
};
