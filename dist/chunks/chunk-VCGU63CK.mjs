import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  byteStringToText,
  fsPath,
  isAscii,
  nodeCrypto,
  toByteString
} from "./chunk-PCHR3W3Q.mjs";

// src/context/scan-tree.ts
const fs2 = require("node:fs");

// src/context/read-dir.ts
const fs = require("node:fs");
var STAT_FIELDS = 8;
var STAT_MISSING = -1;
var STAT_FAILED = -2;
function packStat(data, o, st) {
  data[o] = st.mode;
  data[o + 1] = st.size;
  data[o + 2] = st.mtimeMs;
  data[o + 3] = st.ino;
  data[o + 4] = st.nlink;
  data[o + 5] = st.rdev;
  data[o + 6] = st.uid;
  data[o + 7] = st.gid;
}
var PATH_MAX = process.platform === "linux" ? 4096 : 1024;
var NAME_MAX = 255;
var RELATIVE_MAX_DIR = PATH_MAX - NAME_MAX - 2;
var home = null;
var here = null;
var depth = 0;
var waitFor = null;
function withDirectoryReads(fn) {
  if (depth === 0) {
    try {
      home = process.cwd();
    } catch {
      home = null;
    }
    here = null;
  }
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    if (depth === 0) {
      const back = home;
      const moved = here !== null;
      home = null;
      here = null;
      waitFor = null;
      if (moved && back !== null) returnTo(back);
    }
  }
}
function returnTo(dir) {
  try {
    process.chdir(dir);
  } catch {
  }
}
function homeUntil(ready) {
  if (home === null) return;
  if (here !== null) {
    returnTo(home);
    here = null;
  }
  waitFor = ready;
}
function enter(abs) {
  if (home === null) return false;
  if (waitFor !== null) {
    if (!waitFor()) return false;
    waitFor = null;
  }
  if (abs.length > RELATIVE_MAX_DIR || !isAscii(abs)) return false;
  try {
    const parentOfHere = here === null ? -1 : here.lastIndexOf("/");
    if (here !== null && abs.length > here.length && abs.charCodeAt(here.length) === 47 && abs.startsWith(here)) process.chdir(abs.slice(here.length + 1));
    else if (here !== null && parentOfHere > 0 && abs.lastIndexOf("/") === parentOfHere && abs.startsWith(here.slice(0, parentOfHere + 1))) process.chdir("../" + abs.slice(parentOfHere + 1));
    else process.chdir(abs);
  } catch (e) {
    if (e.code === "ERR_WORKER_UNSUPPORTED_OPERATION") home = null;
    return false;
  }
  here = abs;
  return true;
}
function listAbsolute(abs) {
  return fs.readdirSync(fsPath(abs), { encoding: "latin1" });
}
function lstatAbsolute(abs, name) {
  return fs.lstatSync(fsPath(abs + "/" + name), { throwIfNoEntry: false });
}
function readNames(abs) {
  let names;
  if (enter(abs)) {
    try {
      names = fs.readdirSync(".", { encoding: "latin1" });
    } catch {
      names = listAbsolute(abs);
    }
  } else {
    names = listAbsolute(abs);
  }
  return names.sort();
}
function lstatIn(abs, name) {
  if (here === abs) {
    try {
      return fs.lstatSync(fsPath(name), { throwIfNoEntry: false });
    } catch {
    }
  }
  return lstatAbsolute(abs, name);
}
function readDirectory(abs) {
  const names = readNames(abs);
  const data = new Float64Array(names.length * STAT_FIELDS);
  let errors = null;
  for (let i = 0; i < names.length; i++) {
    const o = i * STAT_FIELDS;
    let st;
    try {
      st = lstatIn(abs, names[i]);
    } catch (e) {
      data[o] = STAT_FAILED;
      (errors ??= /* @__PURE__ */ new Map()).set(i, e);
      continue;
    }
    if (st === void 0) data[o] = STAT_MISSING;
    else packStat(data, o, st);
  }
  return { names, data, errors };
}

// src/context/scan-tree.ts
function scanError(e) {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : void 0;
  return { code, message: e instanceof Error ? e.message : String(e) };
}
function scanErrorToError(s) {
  return Object.assign(new Error(s.message), s.code === void 0 ? {} : { code: s.code });
}
var CHUNK_FREE = 0;
var CHUNK_WORKER = 1;
var CHUNK_MAIN = 2;
function subdirectories(dir) {
  let ents;
  try {
    ents = fs2.readdirSync(Buffer.from(dir, "latin1"), { withFileTypes: true, encoding: "buffer" });
  } catch {
    return [];
  }
  const names = [];
  for (const e of ents) if (e.isDirectory()) names.push(e.name.toString("latin1"));
  return names.sort().map((n) => dir + "/" + n);
}
function scanTree(root, emit, batchEntries = 4096, shouldStop = () => false) {
  let dirs = [];
  let counts = [];
  let names = [];
  let stats = [];
  let errors = {};
  let pending = 0;
  const flush = () => {
    const total = stats.reduce((n, s) => n + s.length, 0);
    const packed = new Float64Array(total);
    let o = 0;
    for (const s of stats) {
      packed.set(s, o);
      o += s.length;
    }
    emit({ dirs, counts: Int32Array.from(counts), names: names.join("/"), stats: packed, errors });
    dirs = [];
    counts = [];
    names = [];
    stats = [];
    errors = {};
    pending = 0;
  };
  try {
    if (!fs2.lstatSync(fsPath(root)).isDirectory()) return;
  } catch {
    return;
  }
  const stack = [root];
  while (stack.length > 0) {
    if (shouldStop()) return;
    const abs = stack.pop();
    const d = dirs.length;
    dirs.push(abs);
    let rec;
    try {
      rec = readDirectory(abs);
    } catch (e) {
      counts.push(-1);
      errors[`${d}`] = scanError(e);
      continue;
    }
    const { names: list, data } = rec;
    counts.push(list.length);
    const subdirs = [];
    for (let i = 0; i < list.length; i++) {
      names.push(list[i]);
      const mode = data[i * STAT_FIELDS];
      if (mode === STAT_FAILED) errors[`${d}:${i}`] = scanError(rec.errors?.get(i));
      else if (mode >= 0 && (mode & 61440) === 16384) subdirs.push(abs + "/" + list[i]);
    }
    stats.push(data);
    for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    pending += list.length + 1;
    if (pending >= batchEntries) flush();
  }
  flush();
}

// src/parallel/protocol.ts
var SIGNAL_POSTED = 0;
var SIGNAL_ALIVE = 1;
var SIGNAL_STOP = 2;
var SIGNAL_HEARTBEAT = 3;
var SIGNAL_SLOTS = 4;

// src/rules/rule.ts
function ignoreFileLocation(ctx) {
  return ctx.ignoreLocation ?? ".dockerignore";
}
function defineRule(rule) {
  return rule;
}

// src/rules/paths.ts
var text = byteStringToText;
function baseName(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
var underRoot = (p) => p.replace(/^(?:\.\.(?:\/|$))+/, "");
function hasWildcard(pattern) {
  return /[*?[\\]/.test(pattern);
}
function lineOf(content, index) {
  let line = 1;
  for (let i = content.indexOf("\n"); i >= 0 && i < index; i = content.indexOf("\n", i + 1)) line++;
  return line;
}
function firstAtOrUnder(sorted, dir) {
  const at = lowerBound(sorted, dir);
  if (at < sorted.length && sorted[at] === dir) return dir;
  return firstUnder(sorted, dir);
}
function firstUnder(sorted, dir) {
  const under = lowerBound(sorted, dir + "/");
  return under < sorted.length && sorted[under].startsWith(dir + "/") ? sorted[under] : void 0;
}
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function literalComponents(pattern) {
  return splitAtWildcard(pattern).literal;
}
function splitAtWildcard(pattern) {
  const parts = pattern.replace(/^\.?\/+/, "").split("/").filter((c) => c !== "" && c !== ".");
  const w = parts.findIndex(hasWildcard);
  return { literal: w < 0 ? parts : parts.slice(0, w), wildcard: w < 0 ? null : parts[w], components: parts.length };
}
var SIZE_PATTERN = "^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)([iI]?)[bB]?\\s*$";
var SIZE_RE = new RegExp(SIZE_PATTERN);
function parseSize(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
  const m = SIZE_RE.exec(value);
  if (!m) return null;
  const power = " kmgt".indexOf(m[2].toLowerCase() || " ");
  const base = m[3] ? 1024 : 1e3;
  return Math.floor(Number(m[1]) * base ** power);
}

// src/rules/token-prefixes.ts
var TOKEN_PREFIXES = String.raw`gh[pousr]_|github_pat_|glpat-|xox[baprs]-|npm_|[sr]k_live_|AKIA|ASIA`;
var TOKEN_WORD_PREFIXES = TOKEN_PREFIXES.replace(/-/g, "");

// src/rules/test-fixtures.ts
var TEST_DIR = /(^|\/)(tests?|testing|test(?:assets?|resources|files|certs?|keys)|test[-_][^/]*|testutils?|testhelpers?|(?!(?:la|at|con|pro|de)tests?\/)[a-z0-9]+tests?|[^/]+\.(?!(?:la|at|con|pro|de)tests?\/)[a-z]*tests?|[^/]+\.specs?|__tests__|specs?|_?testdata|fixtures?|__fixtures__|__mocks__|e2e|suites|t)\//i;
var CI_CONFIG_DIR = /(^|\/)ci[-_]config\//i;
var MOCK_DIR = /(^|\/)(?:mocks?|mock[-_][^/]*|e2e[-_][^/]*)\//i;
var TEST_FILE = /(^|\/)([^/]+\.(spec|test)\.[^/.]+|[^/]*fixtures?\.(?:json|ya?ml|xml)|[^/]+_test\.go|(?:[^/]+_)?test_?(?:util|helper)s?(?:_[^/]*)?\.go|test_[^/]+\.py|test_[^/]+\.(?:pem|key|crt|cer|der|p12|pfx|jks|sec|asc|gpg|pgp|priv)|\.env\.(test|testing|e2e|ci)|(?:[^/]*[._-])?(?:tests?|testing|e2e|ci)(?:[._-][^/]*)?\.env|(?:config|settings|environments?)\/(?:[^/]+\/)*(?:test|testing)\.[^/.]+)$/i;
var CLASS_TEST_FILE = /(?:^|\/)(?:(?:[A-Z][A-Za-z0-9_]*)?(?:Tests?|Specs?)\.(?:cs|fs|vb|java|kt|scala|groovy|php|swift|cpp|cc|cxx|m|mm)|[^/]+_(?:unit)?tests?\.(?:c|cc|cpp|cxx|h|hh|hpp)|test_[^/]+\.(?:c|cc|cpp|cxx))$/;
var TEST_MARKER = /\[(?:Fact|Theory|Test|TestMethod|DataTestMethod|TestFixture|TestCase)\b|@(?:Test|ParameterizedTest|RunWith|ExtendWith|SpringBootTest|DataJpaTest|WebMvcTest)\b|\bextends\s+\w*(?:TestCase|Specification)\b|\bXCTestCase\b|\busing\s+(?:Xunit|NUnit\.Framework|Microsoft\.VisualStudio\.TestTools)|\bimport\s+(?:static\s+)?(?:org\.junit|kotlin\.test|io\.kotest|org\.testng|org\.scalatest|spock\.lang)|PHPUnit\\Framework|\bTEST(?:_F|_P)?\s*\(|\bBOOST_AUTO_TEST_CASE\b|\bTEST_CASE\s*\(|#include\s*[<"](?:gtest\/|gmock\/|catch2?\/|catch\.hpp|doctest|boost\/test\/|check\.h|cmocka\.h|unity\.h|CUnit\/|criterion\/)/;
var testFileNamed = (p) => TEST_FILE.test(p);
function classTestMarked(ctx, path) {
  const head = ctx.reader.readPrefix(path, 64 * 1024);
  return head !== null && TEST_MARKER.test(head.toString("latin1"));
}
var dotnetTestDirsCache = /* @__PURE__ */ new WeakMap();
function dotnetTestDirs(ctx) {
  const hit = dotnetTestDirsCache.get(ctx.reader);
  if (hit) return hit;
  const out = /* @__PURE__ */ new Set();
  let read = 0;
  for (const e of ctx.entries) {
    if (e.kind !== "file" || !/\.(?:cs|fs|vb)proj$/.test(e.path) || ++read > 256) continue;
    const text2 = ctx.reader.readPrefix(e.path, 64 * 1024)?.toString("latin1") ?? "";
    if (/Microsoft\.NET\.Test\.Sdk|<IsTestProject>\s*true\s*<\/IsTestProject>/i.test(text2)) out.add(e.path.slice(0, e.path.lastIndexOf("/") + 1));
  }
  dotnetTestDirsCache.set(ctx.reader, out);
  return out;
}
function inDotnetTestProject(ctx, path) {
  for (const d of dotnetTestDirs(ctx)) if (d !== "" && path.startsWith(d)) return true;
  return false;
}
var GO_TEST_FIXTURE = /^(.*_test)\.[^/.]+$/;
function besideGoTest(ctx, path) {
  const m = GO_TEST_FIXTURE.exec(path);
  return m !== null && !path.endsWith(".go") && ctx.isGitTracked?.(`${m[1]}.go`) === true;
}
var MAX_TESTS_READ = 64;
var MAX_TEST_BYTES = 256 * 1024;
var testIndexCache = /* @__PURE__ */ new WeakMap();
function testIndex(ctx, tracked) {
  let idx = testIndexCache.get(tracked);
  if (idx) return idx;
  idx = { files: /* @__PURE__ */ new Map(), subdirs: /* @__PURE__ */ new Map(), texts: /* @__PURE__ */ new Map() };
  for (const e of ctx.entries) {
    const slash = e.path.lastIndexOf("/");
    const dir = slash < 0 ? "" : e.path.slice(0, slash + 1);
    if (e.kind === "dir") {
      const list = idx.subdirs.get(dir) ?? [];
      if (list.length < 16) idx.subdirs.set(dir, [...list, e.path + "/"]);
    } else if (e.kind === "file" && (testFileNamed(e.path) || CLASS_TEST_FILE.test(e.path))) {
      const list = idx.files.get(dir) ?? [];
      if (list.length < MAX_TESTS_READ) idx.files.set(dir, [...list, { path: e.path, contentBytes: e.contentBytes, ...testFileNamed(e.path) ? {} : { marked: true } }]);
    }
  }
  testIndexCache.set(tracked, idx);
  return idx;
}
function testTextsIn(ctx, dir) {
  const tracked = ctx.isGitTracked;
  if (!tracked) return [];
  const idx = testIndex(ctx, tracked);
  const hit = idx.texts.get(dir);
  if (hit) return hit;
  const out = [];
  for (const e of idx.files.get(dir) ?? []) {
    if (!tracked(e.path)) continue;
    const text2 = ctx.reader.readPrefix(e.path, Math.min(e.contentBytes, MAX_TEST_BYTES));
    if (text2 !== null && (e.marked !== true || TEST_MARKER.test(text2.toString("latin1")))) out.push(text2.toString("latin1"));
  }
  idx.texts.set(dir, out);
  return out;
}
function namedByTestBeside(ctx, path) {
  const slash = path.lastIndexOf("/");
  const dir = slash < 0 ? "" : path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (name.length < 5) return false;
  if (testTextsIn(ctx, dir).some((t) => t.includes(name))) return true;
  const mod = /^(.+)\.([cm]?)([jt])s(x?)$/.exec(name);
  if (mod !== null) {
    const specs = [mod[1], `${mod[1]}.${mod[2]}js${mod[4]}`, ...mod[4] === "x" ? [`${mod[1]}.js`] : []];
    if (testTextsIn(ctx, dir).some((t) => specs.some((sp) => t.includes(`./${sp}'`) || t.includes(`./${sp}"`)))) return true;
  }
  if (dir === "") return false;
  const up = dir.slice(0, dir.lastIndexOf("/", dir.length - 2) + 1);
  const withDir = dir.slice(up.length) + name;
  if (testTextsIn(ctx, up).some((t) => t.includes(withDir))) return true;
  if (ctx.isGitTracked && (testIndex(ctx, ctx.isGitTracked).subdirs.get(dir) ?? []).some((sub) => testTextsIn(ctx, sub).some((t) => t.includes(`../${name}`)))) return true;
  return up !== "" && testTextsIn(ctx, "").some((t) => t.includes(path));
}
function inTestDirectory(ctx, path) {
  return TEST_DIR.test(ctx.repoPath?.(path) ?? path);
}
function isTestPathInRepo(repoPath) {
  return TEST_DIR.test(repoPath) || CI_CONFIG_DIR.test(repoPath) || MOCK_DIR.test(repoPath) || testFileNamed(repoPath);
}
function isCommittedTestFile(ctx, path) {
  const full = ctx.repoPath?.(path) ?? path;
  if (ctx.isGitTracked?.(path) !== true) return false;
  return TEST_DIR.test(full) || CI_CONFIG_DIR.test(full) || MOCK_DIR.test(full) || testFileNamed(full) || CLASS_TEST_FILE.test(full) && classTestMarked(ctx, path) || inDotnetTestProject(ctx, path) || besideGoTest(ctx, path) || namedByTestBeside(ctx, path);
}
var EXAMPLE_DIR = /(^|\/)(\.?(?:examples?|samples?|tutorials?)(?:[-_][^/]*)?|(?:[^/]*[-_.])?(?:fake|dummy)(?:[-_.][^/]*)?)\//i;
var DOC_PAGE = /(^|\/)(?:docs?|documentation)\/(?:[^/]+\/)*[^/]+\.(?:md|markdown|txt|rst|adoc|html?)$/i;
var TEMPLATE_NAME = /(?:^|[._-])(?:examples?|samples?|templates?|tpl)(?:[._-]|$)|\.(?:dist|defaults?)$/i;
function isTemplateName(p) {
  const base = p.slice(p.lastIndexOf("/") + 1);
  return TEMPLATE_NAME.test(base) && !/\.local$/i.test(base);
}
function isCommittedExample(ctx, path) {
  const p = ctx.repoPath?.(path) ?? path;
  return (EXAMPLE_DIR.test(p) || DOC_PAGE.test(p) || isTemplateName(p)) && ctx.isGitTracked?.(path) === true;
}
var THIRD_PARTY_DIR = /(^|\/)(?:third[-_]?party|3rd[-_]?party|[A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z][A-Za-z0-9_.+]*)*-v?\d+\.\d+(?:\.\d+)*(?:[-_.+][A-Za-z0-9]+)*)\//i;
var LICENCE_FILES = ["LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING", "COPYING.txt", "COPYRIGHT"];
function isVendoredModuleFile(ctx, path) {
  const tracked = ctx.isGitTracked;
  if (!tracked || !tracked(path)) return false;
  if (THIRD_PARTY_DIR.test(ctx.repoPath?.(path) ?? path)) return true;
  const deps = /(?:^|\/)deps\//.exec(path);
  if (deps !== null) {
    const last = path.lastIndexOf("/");
    let levels = 0;
    for (let i = path.indexOf("/", deps.index + deps[0].length); i > 0 && i <= last && levels++ < 4; i = path.indexOf("/", i + 1)) {
      const dir = path.slice(0, i + 1);
      if (LICENCE_FILES.some((n) => tracked(dir + n))) return true;
    }
  }
  for (let i = path.indexOf("vendor/"); i >= 0; i = path.indexOf("vendor/", i + 1)) {
    if (i > 0 && path[i - 1] !== "/") continue;
    if (tracked(path.slice(0, i) + "vendor/modules.txt")) return true;
  }
  for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
    if (tracked(path.slice(0, i) + "/composer/installed.json")) return true;
  }
  return false;
}
function rustTestModuleLine(content) {
  const m = /^[ \t]*#\[cfg\(test\)\]/m.exec(content);
  return m ? lineOf(content, m.index) : null;
}
var TEST_WORDS = /* @__PURE__ */ new Set(["test", "tests", "testing", "fake", "dummy", "mock", "mocked"]);
var SECRET_PREFIX = new RegExp(`^(?:${TOKEN_WORD_PREFIXES})`);
function testNamedValue(content, line) {
  let start = 0;
  for (let n = 1; n < line - 2 && start >= 0; n++) start = content.indexOf("\n", start) + 1;
  let end = start;
  for (let n = Math.max(1, line - 2); n <= line && end >= 0; n++) end = content.indexOf("\n", end + 1);
  const window = content.slice(start, end < 0 ? content.length : end);
  for (const m of window.matchAll(/[A-Za-z][A-Za-z0-9_]{2,40}/g)) {
    const tok = m[0];
    if (SECRET_PREFIX.test(tok) || !tok.includes("_") && !/[a-z][A-Z]/.test(tok)) continue;
    const words = tok.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\d]+/);
    if (words.some((w) => TEST_WORDS.has(w))) return tok;
  }
  return testFunctionAbove(content, line);
}
var EXAMPLE_WORDS = /* @__PURE__ */ new Set(["example", "examples", "placeholder"]);
var HELD_TOKEN = new RegExp(String.raw`(?<![\w-])([A-Za-z_][\w-]{0,60})["']?[ \t]*(?:=>|[:=])[ \t]*(?:t\([ \t]*)?["'\x60][ \t]*(?:${TOKEN_PREFIXES})`, "g");
var PREFIXED_TOKEN = new RegExp(String.raw`(?<![\w-])(?:${TOKEN_PREFIXES})[A-Za-z0-9]`, "g");
function exampleKeyOf(text2) {
  if (text2.length > 400) return null;
  if ((text2.match(PREFIXED_TOKEN) ?? []).length !== 1) return null;
  for (const m of text2.matchAll(HELD_TOKEN)) {
    const key = m[1];
    if (key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\d-]+/).some((w) => EXAMPLE_WORDS.has(w))) return key;
  }
  return null;
}
function exampleNamedValue(content, line) {
  let key = null;
  let n = 0;
  let start = 0;
  while (start <= content.length) {
    const nl = content.indexOf("\n", start);
    const text2 = content.slice(start, nl < 0 ? content.length : nl);
    n++;
    if (n === line || PREFIXED_TOKEN.test(text2)) {
      PREFIXED_TOKEN.lastIndex = 0;
      const k = exampleKeyOf(text2);
      if (k === null) return null;
      if (n === line) key = k;
    }
    PREFIXED_TOKEN.lastIndex = 0;
    if (nl < 0) break;
    start = nl + 1;
  }
  return key;
}
function exampleListKey(content, line) {
  const lines = [];
  let end = -1;
  for (let n = 0; n < line; n++) {
    const start = end + 1;
    end = content.indexOf("\n", start);
    if (end < 0) end = content.length;
    if (n >= line - 401) lines.push(content.slice(start, end));
    if (end === content.length) break;
  }
  if (lines.length === 0) return null;
  const indentOf = (l) => l.length - l.trimStart().length;
  const hitIndent = indentOf(lines[lines.length - 1]);
  let limit = hitIndent + 1;
  let inItem = /^\s*- /.test(lines[lines.length - 1]);
  for (let k = lines.length - 2; k >= 0; k--) {
    const l = lines[k];
    if (l.trim() === "" || /^\s*#/.test(l)) continue;
    const indent = indentOf(l);
    if (indent >= limit) continue;
    if (/^\s*-(?:\s|$)/.test(l)) {
      if (!inItem && indent >= hitIndent) return null;
      inItem = true;
      limit = indent + 1;
      continue;
    }
    const key = /^\s*([\w-]+):\s*(?:#.*)?$/.exec(l);
    if (key === null || !inItem) return null;
    return /^(?:(?:negative|positive)_)?examples?$/i.test(key[1]) ? key[1] : null;
  }
  return null;
}
function pythonDefHolds(lines, defIndent) {
  let depth2 = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const code = lines[k].replace(/#.*$/, "");
    for (const c of code) depth2 += c === "(" ? 1 : c === ")" ? -1 : 0;
    if (depth2 > 0) continue;
    if (/:\s*\S/.test(code.slice(code.lastIndexOf(")") + 1))) return false;
    return pythonBodyHolds(lines.slice(k + 1), defIndent);
  }
  return false;
}
function pythonBodyHolds(body, defIndent) {
  const deeper = (l) => l.trim() === "" || /^[ \t]*/.exec(l)[0].length > defIndent;
  const before = body.slice(0, -1);
  if (!before.every(deeper)) return false;
  const last = body[body.length - 1] ?? "";
  const prev = [...before].reverse().find((l) => l.trim() !== "") ?? "";
  return deeper(last) || /(?:\"\"\"|'''|[rbuf]?["'(\[{])\s*$/.test(prev);
}
var FUNCTION_REACH = 12;
function testFunctionAbove(content, line) {
  const lines = content.split("\n", line);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 1 - FUNCTION_REACH; i--) {
    if (lines[i].length > 1e3) return null;
    const m = /^([ \t]*)(?:(?:pub(?:\([\w:]+\))?|export|async|static|private|public|protected|unsafe|const)[ \t]+)*(fn|def|func|function)[ \t]+(?:\([^)]*\)[ \t]*)?([A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*[(<]/.exec(lines[i]);
    if (m === null) continue;
    const body = lines.slice(i + 1);
    const inside = m[2] === "def" ? pythonDefHolds(lines.slice(i), m[1].length) : [lines[i], ...body].reduce((depth2, l) => depth2 + (l.match(/\{/g)?.length ?? 0) - (l.match(/\}/g)?.length ?? 0), 0) > 0;
    if (!inside) return null;
    const words = m[3].replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\d]+/);
    return words.some((w) => TEST_WORDS.has(w)) ? `${m[2]} ${m[3]}` : null;
  }
  return null;
}

// src/rules/dev-keys.ts
var CERT_FILE = 1024 * 1024;
var MAX_SIBLINGS = 32;
var CERT_NAME = /\.(crt|cer|cert|pem|key)$/i;
var RESERVED_DNS = /^(?:\*\.)?(?:[a-z0-9_-]+\.)*(?:localhost|test|example|invalid|example\.(?:com|net|org))\.?$/i;
var LOOPBACK_IP = /^(?:127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1)$/;
function certificateNames(cert) {
  const san = cert.subjectAltName;
  if (san !== void 0 && san !== "") {
    const names = [];
    for (const part of san.split(", ")) {
      const m = /^(DNS|IP Address):([^"\s,]+)$/.exec(part);
      if (!m) return null;
      names.push(m[2]);
    }
    return names;
  }
  const cns = cert.subject.split("\n").filter((l) => l.startsWith("CN=")).map((l) => l.slice(3));
  return cns.length > 0 ? cns : null;
}
function namelessSelfSigned(cert) {
  if ((cert.subjectAltName ?? "") !== "" || cert.subject.split("\n").some((l) => l.startsWith("CN="))) return false;
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}
function onlyReservedNames(names) {
  return names.length > 0 && names.every((n) => RESERVED_DNS.test(n) || LOOPBACK_IP.test(n));
}
var MAX_BLOCKS = 512;
function pemBlocks(content, label) {
  const ends = /* @__PURE__ */ new Map();
  const endRe = /-----END ([A-Z0-9 ]+)-----/g;
  for (let m = endRe.exec(content); m !== null; m = endRe.exec(content)) {
    const list = ends.get(m[1]);
    if (list) list.push(m.index);
    else ends.set(m[1], [m.index]);
  }
  const next = /* @__PURE__ */ new Map();
  const out = [];
  const beginRe = /-----BEGIN ([A-Z0-9 ]+)-----/g;
  let seen = 0;
  for (let m = beginRe.exec(content); m !== null && seen < MAX_BLOCKS; m = beginRe.exec(content)) {
    seen++;
    const list = ends.get(m[1]);
    if (!list) continue;
    let k = next.get(m[1]) ?? 0;
    while (k < list.length && list[k] < m.index) k++;
    next.set(m[1], k);
    if (k === list.length) continue;
    const end = list[k] + `-----END ${m[1]}-----`.length;
    const unquote = (l) => l.replace(/^(?:\+\s*)?['"`]/, "").replace(/['"`]\s*[+,;)]?\s*$/, "").trim();
    if (label.test(m[1])) {
      out.push(
        content.slice(m.index, end).replace(/\\r/g, "").replace(/\\n/g, "\n").split("\n").map((l) => unquote(l.trim())).filter((l) => l !== "" && !/^[+,;)]+$/.test(l)).join("\n")
      );
    }
    beginRe.lastIndex = end;
  }
  return out;
}
function privateKeyBodies(content) {
  return pemBlocks(content, /PRIVATE KEY(?: BLOCK)?$/).map(
    (b) => b.split("\n").slice(1, -1).filter((l) => !/^[A-Za-z][A-Za-z0-9-]*: /.test(l)).join("").replace(/[^A-Za-z0-9+/=]/g, "")
  );
}
var siblingsCache = /* @__PURE__ */ new WeakMap();
function sentFilesIn(ctx, dir) {
  let byDir = siblingsCache.get(ctx.entries);
  if (!byDir) {
    byDir = /* @__PURE__ */ new Map();
    for (const e of ctx.entries) {
      if (e.kind !== "file" || !CERT_NAME.test(e.path) || e.contentBytes > CERT_FILE) continue;
      const i = e.path.lastIndexOf("/");
      const d = i < 0 ? "" : e.path.slice(0, i);
      const list = byDir.get(d);
      if (list) list.push(e.path);
      else byDir.set(d, [e.path]);
    }
    siblingsCache.set(ctx.entries, byDir);
  }
  return byDir.get(dir) ?? [];
}
var PARSED_KEPT = 2048;
var KEPT_BLOCK_CHARS = 8192;
var certsByBlock = /* @__PURE__ */ new Map();
var keysByBlock = /* @__PURE__ */ new Map();
function kept(cache, block, parse) {
  if (block.length > KEPT_BLOCK_CHARS) return parse();
  if (cache.has(block)) return cache.get(block);
  const v = parse();
  if (cache.size >= PARSED_KEPT) cache.clear();
  cache.set(block, v);
  return v;
}
function certificateOf(block) {
  return kept(certsByBlock, block, () => {
    try {
      return new (nodeCrypto()).X509Certificate(block);
    } catch {
      return null;
    }
  });
}
function privateKeyOf(block) {
  return kept(keysByBlock, block, () => {
    try {
      return nodeCrypto().createPrivateKey(block);
    } catch {
      return null;
    }
  });
}
var dirPemCache = /* @__PURE__ */ new WeakMap();
function pemsIn(ctx, dir) {
  let byDir = dirPemCache.get(ctx.entries);
  if (!byDir) dirPemCache.set(ctx.entries, byDir = /* @__PURE__ */ new Map());
  let files = byDir.get(dir);
  if (files === void 0) {
    files = [];
    for (const sib of sentFilesIn(ctx, dir).slice(0, MAX_SIBLINGS)) {
      const buf = ctx.reader.readPrefix(sib, CERT_FILE);
      if (buf === null || buf.includes(0)) continue;
      const t = buf.toString("latin1");
      files.push({ path: sib, certs: pemBlocks(t, /^(?:X509 |TRUSTED )?CERTIFICATE$/).flatMap((b) => certificateOf(b) ?? []), keys: pemBlocks(t, /PRIVATE KEY$/) });
    }
    byDir.set(dir, files);
  }
  return files;
}
function expiredSelfSigned(cert) {
  const end = Date.parse(cert.validTo);
  if (!(end < Date.now())) return null;
  try {
    if (!cert.checkIssued(cert) || !cert.verify(cert.publicKey)) return null;
  } catch {
    return null;
  }
  return new Date(end).toISOString().slice(0, 10);
}
var MKCERT = /(?:^|\n)O=mkcert development CA(?:\n|$)/;
function devKeyNames(ctx, path, content) {
  if (ctx.isGitTracked?.(path) !== true) return null;
  const keyBlocks = pemBlocks(content, /PRIVATE KEY$/);
  if (keyBlocks.length === 0 || keyBlocks.some((b) => /ENCRYPTED|OPENSSH|PGP/.test(b.slice(0, 40)))) return null;
  let certs = null;
  const otherKeys = [];
  const loadCerts = () => {
    const found = pemBlocks(content, /^(?:X509 |TRUSTED )?CERTIFICATE$/).flatMap((b) => certificateOf(b) ?? []);
    const i = path.lastIndexOf("/");
    const dir = i < 0 ? "" : path.slice(0, i);
    for (const sib of pemsIn(ctx, dir)) {
      if (sib.path === path) continue;
      found.push(...sib.certs);
      otherKeys.push(...sib.keys);
    }
    return found;
  };
  const fromCommittedCa = (cert) => (certs ?? []).some((ca) => {
    if (ca === cert) return false;
    try {
      if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return false;
    } catch {
      return false;
    }
    return otherKeys.some((k) => {
      const key = privateKeyOf(k);
      try {
        return key !== null && ca.checkPrivateKey(key);
      } catch {
        return false;
      }
    });
  });
  const issuesCommitted = (cert) => {
    try {
      if (!cert.checkIssued(cert) || !cert.verify(cert.publicKey)) return false;
    } catch {
      return false;
    }
    return (certs ?? []).some((other) => {
      if (other === cert) return false;
      try {
        return other.checkIssued(cert) && other.verify(cert.publicKey);
      } catch {
        return false;
      }
    });
  };
  const expiredChain = (cert) => {
    const end = Date.parse(cert.validTo);
    if (!(end < Date.now())) return null;
    const ca = (certs ?? []).find((c) => {
      if (c === cert || !(Date.parse(c.validTo) < Date.now())) return false;
      try {
        return cert.checkIssued(c) && cert.verify(c.publicKey);
      } catch {
        return false;
      }
    });
    return ca === void 0 ? null : new Date(end).toISOString().slice(0, 10);
  };
  const reserved = /* @__PURE__ */ new Set();
  const expired = /* @__PURE__ */ new Set();
  const expiredIssued = /* @__PURE__ */ new Set();
  let mkcert = false;
  let testPki = false;
  let testPkiRoot = false;
  let nameless = false;
  for (const block of keyBlocks) {
    const key = privateKeyOf(block);
    if (key === null) return null;
    certs ??= loadCerts();
    let ok = false;
    for (const cert of certs) {
      let pairs = false;
      try {
        pairs = cert.checkPrivateKey(key);
      } catch {
        pairs = false;
      }
      if (!pairs) continue;
      const names = certificateNames(cert);
      if (names !== null && onlyReservedNames(names)) {
        for (const n of names) reserved.add(n);
      } else if (MKCERT.test(cert.issuer)) {
        mkcert = true;
      } else if (fromCommittedCa(cert)) {
        testPki = true;
      } else if (issuesCommitted(cert)) {
        testPkiRoot = true;
      } else if (namelessSelfSigned(cert)) {
        nameless = true;
      } else {
        const end = expiredSelfSigned(cert);
        const chainEnd = end === null ? expiredChain(cert) : null;
        if (end === null && chainEnd === null) return null;
        (end !== null ? expired : expiredIssued).add(`${names === null || names.length === 0 ? "no host name" : names.join(", ")} that expired on ${end ?? chainEnd}`);
      }
      ok = true;
    }
    if (!ok) return null;
  }
  const parts = [];
  if (reserved.size > 0) parts.push(`a certificate for ${[...reserved].sort().join(", ")} only`);
  if (expired.size > 0) parts.push(`a self-signed certificate for ${[...expired].sort().join("; ")}`);
  if (expiredIssued.size > 0) parts.push(`a certificate for ${[...expiredIssued].sort().join("; ")}, issued by a CA beside it that has expired too`);
  if (mkcert) parts.push("a certificate from mkcert's development CA (trusted only where `mkcert -install` ran)");
  if (testPki) parts.push("a certificate from a CA whose own private key is committed beside it (a test PKI anyone can issue from)");
  if (nameless) parts.push("a self-signed certificate that names no host and no one (no CN, no subjectAltName)");
  if (testPkiRoot) parts.push("a self-signed CA certificate that issued the certificates committed beside it (a test PKI anyone can issue from, this key included)");
  return text(parts.join(" and "));
}

// src/rules/ctx202-secret-content.ts
var DETECTORS = [
  ["private-key", /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g],
  ["aws-access-key-id", /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g],
  ["github-token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g],
  ["gitlab-token", /\bglpat-[A-Za-z0-9_-]{20,}\b/g],
  // Slack's tokens start with a numeric id (`xoxb-<team>-<bot>-<secret>`, `xoxa-2-...`): a docs
  // placeholder such as `xoxb-your-bot-token-here` (prefect's Slack integration) is not one.
  ["slack-token", /\bxox[baprs]-\d+-[A-Za-z0-9-]{10,}\b/g],
  ["npm-token", /\bnpm_[A-Za-z0-9]{36}\b/g],
  ["stripe-live-key", /\b[sr]k_live_[A-Za-z0-9]{24,}\b/g],
  // A bot's own token is its main secret (sweep 51/L-F1: MusicBot's gitignored config/options.ini,
  // copied by `COPY . ./`, was only "ignored by git"). Discord's: the bot's user id (a snowflake of
  // 17-20 digits) in base64, a dot, a 6-character timestamp, a dot, an HMAC of 27 or more (discordBotToken
  // checks the first part is digits). Telegram's: the bot's id, `:`, and a 35-character secret
  // starting `AA` (telegramBotToken checks it mixes cases and digits).
  ["discord-bot-token", /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g],
  // (In the Bot API's URL too, `https://api.telegram.org/bot<token>/sendMessage`: the review of cb93ecec, RA-R3.)
  ["telegram-bot-token", /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g]
];
function discordBotToken(token) {
  const id = Buffer.from(token.slice(0, token.indexOf(".")).replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  return /^\d{17,20}$/.test(id);
}
function telegramBotToken(token) {
  const secret = token.slice(token.indexOf(":") + 3);
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret);
}
var PREFILTER = new RegExp(String.raw`-----BEGIN|${TOKEN_PREFIXES}|\d:AA|(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.`);
var PREFIXED_KINDS = /* @__PURE__ */ new Set(["aws-access-key-id", "github-token", "gitlab-token", "slack-token", "npm-token", "stripe-live-key"]);
var SKIPPED_DIRS = /(^|\/)(node_modules|\.git\/objects|\.venv|venv|site-packages|__pycache__)\//;
var HEAD_BYTES = 8192;
var MIN_KEY_BODY = 64;
var COMMENT_LINE = /^[ \t]*(?:#|\/\/|;|--(?!-)|\*|\/\*|<!--)/;
function keysOnCommentLines(text2) {
  const lines = text2.split("\n");
  let keys = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/.test(lines[i])) continue;
    keys++;
    let j = i;
    while (j < lines.length && COMMENT_LINE.test(lines[j]) && !/-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/.test(lines[j])) j++;
    if (j >= lines.length || !COMMENT_LINE.test(lines[j])) return false;
    i = j;
  }
  return keys > 0;
}
var INSECURE_NAME = /(?:^|[-_.])insecure(?:[-_.]|$)/i;
var EXAMPLE = /example/i;
var PUBLISHED_EXAMPLES = /* @__PURE__ */ new Set(["2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb"]);
function publishedExample(token) {
  return PUBLISHED_EXAMPLES.has(nodeCrypto().createHash("sha256").update(token).digest("hex"));
}
var MIN_DISTINCT = 16;
var ARMOR_HEADER = /^[A-Za-z][A-Za-z0-9-]*: .*$/gm;
function hasKeyBody(content, beginEnd, label) {
  const end = content.indexOf(`-----END ${label}-----`, beginEnd);
  if (end < 0) return false;
  const raw = content.slice(beginEnd, end).replace(/\\r|\\n/g, "\n").replace(ARMOR_HEADER, "").replace(/["']\s*\+\s*["']/g, "");
  if (/\s\+\s/.test(raw)) return false;
  const body = raw.replace(/[\s"',]/g, "");
  const alnum = body.replace(/[^A-Za-z0-9]/g, "").length;
  return body.length >= MIN_KEY_BODY && alnum >= MIN_KEY_BODY * 3 / 4 && new Set(body).size >= MIN_DISTINCT && /^[A-Za-z0-9+/=]+$/.test(body) && derLengthFits(content.slice(beginEnd, end));
}
function derLengthFits(block) {
  const text2 = block.replace(/\\r|\\n/g, "\n");
  if (/^[A-Za-z][A-Za-z0-9-]*: .*$/m.test(text2)) return true;
  const b64 = text2.replace(/["']\s*\+\s*["']/g, "").replace(/[\s"',]/g, "");
  const head = Buffer.from(b64.slice(0, 12), "base64");
  if (head.length < 4 || head[0] !== 48) return true;
  const n = head[1];
  const claimed = n < 128 ? 2 + n : n >= 129 && n <= 131 ? 2 + (n & 127) + head.readUIntBE(2, n & 127) : Infinity;
  const available = Math.floor(b64.replace(/=+$/, "").length * 3 / 4);
  return available >= claimed * 0.9;
}
var AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
function hasAwsSecret(content) {
  AWS_SECRET.lastIndex = 0;
  for (let m = AWS_SECRET.exec(content); m !== null; m = AWS_SECRET.exec(content)) {
    if (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /[0-9/+]/.test(m[0]) && !EXAMPLE.test(m[0])) return true;
  }
  return false;
}
function placeholderToken(token) {
  const body = token.replace(/^(?:gh[pousr]_|github_pat_|glpat-|xox[baprs]-\d+-|npm_|[sr]k_live_|AKIA|ASIA)/, "");
  return new Set(body.replace(/[-_]/g, "")).size <= 2;
}
var CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function notIssuedGithubToken(token) {
  if (!/^gh[pousr]_[A-Za-z0-9]{36}$/.test(token)) return false;
  let crc = 4294967295;
  for (let i = 4; i < 34; i++) crc = CRC_TABLE[(crc ^ token.charCodeAt(i)) & 255] ^ crc >>> 8;
  let n = (crc ^ 4294967295) >>> 0;
  let check = "";
  for (let i = 0; i < 6; i++, n = Math.floor(n / 62)) check = BASE62[n % 62] + check;
  return check !== token.slice(34);
}
var URL_END = /[\s"'<>()]/;
function presignedUrlKeyId(content, at) {
  if (!/(?:AWSAccessKeyId|X-Amz-Credential)=$/i.test(content.slice(Math.max(0, at - 20), at))) return false;
  let start = at;
  while (start > 0 && at - start < 2048 && !URL_END.test(content[start - 1])) start--;
  const url = content.slice(start, at) + (/^[^\s"'<>()]{0,2048}/.exec(content.slice(at, at + 2048))?.[0] ?? "");
  return /[?&](?:X-Amz-)?Signature=/i.test(url);
}
function scanForSecrets(content) {
  const found = [];
  if (!PREFILTER.test(content)) return found;
  let awsSecret;
  const secretHere = () => awsSecret ??= hasAwsSecret(content);
  for (const [kind, re] of DETECTORS) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(content)) !== null) {
      if (EXAMPLE.test(m[0]) || kind !== "private-key" && (placeholderToken(m[0]) || publishedExample(m[0]) || notIssuedGithubToken(m[0]))) continue;
      if (kind === "private-key" && !hasKeyBody(content, m.index + m[0].length, m[1])) continue;
      if (kind === "discord-bot-token" && !discordBotToken(m[0]) || kind === "telegram-bot-token" && !telegramBotToken(m[0])) continue;
      if (kind === "aws-access-key-id" && presignedUrlKeyId(content, m.index) && !secretHere()) continue;
      const line = lineOf(content, m.index);
      found.push(kind === "aws-access-key-id" && !secretHere() ? { kind, line, keyIdOnly: true } : { kind, line });
      break;
    }
  }
  return found;
}
var NO_HITS = Object.freeze([]);
function isSecretScanCandidate(e) {
  return e.kind === "file" && e.contentBytes > 0 && !SKIPPED_DIRS.test(e.path);
}
function scanFileForSecrets(reader, path, size, maxBytes) {
  const want = Math.min(maxBytes, size);
  let buf = reader.readPrefix(path, Math.min(want, HEAD_BYTES));
  if (!buf || buf.includes(0)) return [];
  if (want > HEAD_BYTES) buf = reader.readPrefix(path, want);
  if (!buf) return [];
  return scanForSecrets(buf.toString("latin1"));
}
function devKeyIn(ctx, path, size, maxBytes) {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : devKeyNames(ctx, path, buf.toString("latin1"));
}
function headText(ctx, path, size, maxBytes) {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : buf.toString("latin1");
}
function rustTestLine(ctx, path, size, maxBytes) {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : rustTestModuleLine(buf.toString("latin1"));
}
var secretContent = defineRule({
  id: "CTX202",
  name: "secret-content",
  severity: "error",
  security: {
    severity: 9.5,
    why: "Critical (over 9.0, so no reading of the boundary makes it high): the file's content matched a credential format (a private key, a cloud key id, a service token), so a working secret is most likely being sent; treat it like a leaked key."
  },
  docs: {
    summary: "A sent text file contains a high-confidence credential (private key, AWS key id, GitHub/GitLab/Slack/npm/Discord/Telegram token).",
    why: "A credential in any sent file reaches the builder and, through a broad COPY, a layer of the image, where deleting it later does not remove it. Unlike a secret file name, a token pasted into a config or script is easy to miss in review. When a COPY or ADD of the target's stages brings the file into the image, the finding names that instruction; it is an error already, and a severity lowered in the config is raised one level, because a copied secret is readable by anyone who can pull the image. A file git tracks (or an untracked copy of one with the same bytes, as a CI step's `cp -r src docker/src` makes) that no COPY or ADD puts in the image (it is only sent, or copied into a build stage the image takes nothing of it from) is a warning at most: the builder gets nothing the repository's readers do not already hold, and it leaks once it ships (a RUN in that stage may still build it into what ships).",
    fix: "Remove the credential from the file (and rotate it: it has been on disk in the context), or exclude the file. Pass secrets with `RUN --mount=type=secret`. Scanning reads at most secretContent.maxBytes per file; turn it off with --no-secret-scan or `secretContent: false`. What counts as evidence: a private key is a `-----BEGIN \u2026 PRIVATE KEY-----` line followed by its body (at least 64 base64 characters, not a few repeated as in a placeholder of `XXXX` lines; armor headers and `\\n` escapes inside a string allowed) and the matching `-----END \u2026 PRIVATE KEY-----` line, so a BEGIN line alone (a parser constant, a placeholder) is not one; tokens must have their real formats (`AKIA`/`ASIA` + 16 base32 characters, A\u2013Z and 2\u20137, so `AKIA1234567890ABCDEF` is no key id; `ghp_` + 36 whose last 6 characters are the CRC32 checksum of the 30 before them, in base62, as in every token GitHub issues (`ghp_abcdefghijklmnopqrstuvwxyz1234567890` is none), `github_pat_` + 60, `glpat-` + 20, `xoxb-` + a numeric id + 10, `npm_` + 36, `sk_live_` + 24 characters; a Discord bot token, a base64 user id of 17 to 20 digits, a dot, 6 characters, a dot and 27 to 40; a Telegram bot token, the bot's id of 8 to 10 digits, `:`, `AA` and 33 characters of both cases, alone or in the Bot API's URL after `/bot`); a value containing `EXAMPLE` in any case (AWS's published example key id and secret, vendor docs) is a documented example, never a hit, and so is a token whose body is one or two characters repeated (`glpat-XXXXXXXXXXXXXXXXXXXX` in a form's placeholder), and so is a token a vendor prints in its own documentation (the bot token of Slack's OAuth v2 guide, which grafana/oncall keeps as a fixture; known by its SHA-256). An AWS access key id with no secret access key (40 base64 characters with both cases) anywhere in the file is a warning: AWS calls the id not secret, it is a credential only with its secret (minio documents an event payload holding one). One that is the `AWSAccessKeyId=` or `X-Amz-Credential=` parameter of a pre-signed URL carrying its signature is no hit: a link made to be handed out. Files under node_modules, .venv, venv, site-packages, __pycache__ and .git/objects are not scanned (CTX003 reports those trees). A hit in a committed test file (git tracks it; a `test(s)`, `testing`, `testassets` (`testresources`, `testfiles`, `testcerts`, `testkeys`), `test_*`/`test-*`, `<word>test(s)` (`fstest`, `unittests`; not `latest`), a .NET test project's `<Project>.Tests` (`.UnitTests`, `.IntegrationTests`, `.Specs`), or any directory of a `*.csproj` that references Microsoft.NET.Test.Sdk or says `<IsTestProject>true`, `testutil(s)`, `testhelper(s)`, `__tests__`, `spec(s)`, `testdata`/`_testdata`, `fixture(s)`, `__mocks__`, `mock(s)`, `mock-*`, `e2e`, `e2e-*`, `suites`, `t` or `ci-config`/`ci_config` (the CI test run's configuration; not `ci/`) directory, or a `*.spec.*`, `*.test.*`, `*_test.go`, a C or C++ test (`*_test.cc`, `*_unittest.cc`, `*_tests.cpp`, `test_*.c`) or a test class's source that a test framework marks (`SslTests.cs` with `[Fact]`, `UserServiceTest.java` with `@Test`, `FooTest.cpp` with `TEST(`), a fixtures file (`fixtures.json`, `*fixtures.yaml`), a Go test helper (`testutil.go`, `test_helpers.go`, `*_testutil.go`), a `<name>_test.<ext>` beside `<name>_test.go`, `test_*.py` name, a key or certificate file named `test_*`, or the test environment's `.env.test`, `.env.testing`, `.env.e2e`, `.env.ci` (solidtime's CI test values), or the same word before `.env` (`.functional-tests.env`, `test.env`) or its configuration (`test.*`/`testing.*` under a `config`, `settings` or `environment(s)` directory: Rails' `config/environments/test.rb`, `config/settings/test.yml`, Elixir's `config/test.exs`); the path in the repository counts, so a context that is itself a test directory does; so is a file that a committed test file in its directory names, or one directory up names with its directory, or one directory down names as `../NAME` (harbor's config/config_test.go, `../server.key`), or one at the context root names by its whole path (Sylius' `.env.test` names `config/jwt/private-test.pem`) (cloudflared's `test-cert-no-token.pem`, hydra's `stub/rsa.key`), or a JavaScript/TypeScript module that such a test imports without its extension (joplin's `./ppkTestUtils`); in a committed Rust file, a line inside its `#[cfg(test)]` module) is info at most: a fixture already in the repository history. So is a hit in any committed file on a line that names it, or below one or two lines that name it, as a test's own value with an identifier (not prose) holding the word test, fake, dummy or mock: stalwart's `const TEST_RSA_KEY` behind `#[cfg(feature = \"test_mode\")]`, bitwarden's `TEST_FAKE_RSA_KEY_0`, atuin's `TestValue::Single(\"ghp_...\")` samples of its own redaction patterns. So is one inside a function whose name says so, its definition at most twelve lines above (`fn test()`, `def make_fake_key():`: matrix-authentication-service's test configuration). So is a prefixed token (not a private key) in a committed file whose key or attribute names it an example: the name that holds it, on a line of at most 400 characters with no other such token, holds the word example or placeholder (sharetribe's `placeholder: t(\"...\", api_secret_key_example: 'sk_live_...')`, the example text of an empty form field; `placeholder=\"glpat-...\"`), and every other line of the file with such a token is one too; a name elsewhere on the line (`traces_sample_rate`, a `placeholder` beside `value=\"<token>\"`) does not count. So is an item of a list under an `examples:`, `example:` or `negative_examples:` key of a committed YAML file (a secret scanner's rule file lists the tokens each rule must match: noseyparker's `AKIADEADBEEFDEADBEEF`). So is a committed file in a directory named `example(s)`, `sample(s)` or `tutorial(s)`, with or without a leading dot (`.examples`), (or starting so: `sample_data`, `example-configs`), or fake or dummy (`fake-certs`), as CTX201 treats one (celery's examples/security/ssl/worker.key), or named as a template to copy (a part of its name, between dots, dashes or underscores, is example(s), sample(s), template(s) or tpl, or it ends in `.dist` or `.default(s)`, and not in `.local`: listenbrainz's `config.py.sample`, whose comment says its key is a random one for tests, and `.env.example`), and a committed documentation page (a `.md`, `.txt`, `.rst`, `.adoc` or `.html` file under `doc/`, `docs/` or `documentation/`: cfssl's sample API reply holding a key for www.example.com). So is a committed file of third-party code vendored into the repository (a Go `vendor/` directory whose `modules.txt` git tracks; a Composer vendor directory, one whose `composer/installed.json` git tracks: `vendor/`, or TeamPass' `app/vendor`; a `third_party`, `third-party` or `3rdparty` directory; a library's tree under a `deps/` directory, with the licence file git tracks at its top: `deps/mbedtls/LICENSE`; an upstream release unpacked under its versioned name, such as `lib/librdkafka-2.15.0/`): that project's own test data. So is a private key whose every key body is written in such a sent fixture or example too, wherever else it is written (coolify's seeders and `.dev/testing-host-key` hold the SSH key its tests use; a file holding that key and another one is reported at the other one). A committed private key in a file its authors name insecure (`insecure_key`, Vagrant's `insecure_private_key`: phusion/baseimage's README publishes its key as one) is a warning at most. So is a committed file whose every private key is written on comment lines (`#`, `//`, `;`, `--`), from its BEGIN line to its END line: a commented-out sample the program does not read (ergo's `default.yaml`). A committed private key whose own certificate (in the same file, or a sent `.crt`/`.cer`/`.cert`/`.pem` beside it, checked against the key) vouches only for localhost, loopback addresses or reserved names (`.test`, `.example`, `.invalid`, `.localhost`, example.com/.net/.org) is a development key: warning at most, since it unlocks no real name (a private network's names, such as `vault` or `db.internal`, do not qualify); so is one whose own certificate is self-signed and past its end date, which no client trusts, or past its end date and issued by a CA whose certificate beside it is past its own (an expired test PKI), or was issued by mkcert's local development CA (`O=mkcert development CA`), which only machines where `mkcert -install` ran trust, or by a CA whose own certificate and private key are committed beside it (a test PKI anyone can issue from); so is that CA's own key, its self-signed certificate beside the certificates it issued. A key and certificate written inside a JSON string (`\\n` escapes) or an indented YAML block are read as PEM.",
    bad: '# config/settings.py\nAWS_ACCESS_KEY_ID = "AKIA................"',
    good: '# config/settings.py\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]'
  },
  check(ctx) {
    const { enabled, maxBytes } = ctx.settings.secretContent;
    if (!enabled) return [];
    const out = [];
    const keyed = [];
    const fixtureKeys = /* @__PURE__ */ new Map();
    const total = ctx.progress ? ctx.entries.reduce((n, e) => n + (isSecretScanCandidate(e) ? 1 : 0), 0) : 0;
    let done = 0;
    for (const e of ctx.entries) {
      if (!isSecretScanCandidate(e)) continue;
      if (ctx.progress && ++done % 512 === 0) ctx.progress(done, total);
      const key = ctx.secretScans ? `${e.path}\0${e.contentBytes}\0${maxBytes}` : "";
      let hits = ctx.secretScans?.get(key);
      if (hits === void 0) {
        hits = ctx.prescanned?.secrets(e.path) ?? scanFileForSecrets(ctx.reader, e.path, e.contentBytes, maxBytes);
        ctx.secretScans?.set(key, hits.length === 0 ? NO_HITS : hits);
      }
      if (hits.length === 0) continue;
      const whole = isCommittedTestFile(ctx, e.path);
      const vendored = !whole && isVendoredModuleFile(ctx, e.path);
      const example = !whole && !vendored && isCommittedExample(ctx, e.path);
      const testFrom = !whole && e.path.endsWith(".rs") && ctx.isGitTracked?.(e.path) === true ? rustTestLine(ctx, e.path, e.contentBytes, maxBytes) : null;
      const devKey = !whole && !vendored && !example && hits.some((h) => h.kind === "private-key") ? devKeyIn(ctx, e.path, e.contentBytes, maxBytes) : null;
      const committed = ctx.isGitTracked?.(e.path) === true;
      const copyOf = committed ? null : ctx.committedCopyOf?.(e.path, e.contentBytes) ?? null;
      const tracked = !whole && !vendored && !example && committed;
      const head = tracked ? headText(ctx, e.path, e.contentBytes, maxBytes) : null;
      for (const hit of hits) {
        const testName = head !== null && !(testFrom !== null && hit.line > testFrom) ? testNamedValue(head, hit.line) : null;
        const fixture = whole || testFrom !== null && hit.line > testFrom || testName !== null;
        const exampleList = !fixture && head !== null && /\.ya?ml$/i.test(e.path) ? exampleListKey(head, hit.line) : null;
        const exampleName = !fixture && exampleList === null && head !== null && PREFIXED_KINDS.has(hit.kind) ? exampleNamedValue(head, hit.line) : null;
        const dev = !fixture && hit.kind === "private-key" && devKey !== null;
        const insecure = !fixture && !dev && !vendored && !example && hit.kind === "private-key" && committed && INSECURE_NAME.test(baseName(e.path));
        const commented = !fixture && !dev && !insecure && hit.kind === "private-key" && head !== null && keysOnCommentLines(head);
        const data = {
          path: text(e.path),
          kind: hit.kind,
          line: hit.line,
          ...fixture && testName === null ? { testFixture: true } : {},
          ...testName !== null ? { testName } : {},
          ...vendored ? { vendored: true } : {},
          ...example ? { example: true } : {},
          ...exampleList !== null ? { exampleList } : {},
          ...exampleName !== null ? { exampleName } : {},
          ...hit.keyIdOnly ? { keyIdOnly: true } : {},
          ...dev ? { devKey } : {},
          ...insecure ? { insecureName: true } : {},
          ...commented ? { commentedOut: true } : {},
          ...committed || copyOf !== null ? { committed: true } : {},
          ...copyOf !== null ? { copyOf: text(copyOf) } : {}
        };
        const cap = fixture || vendored || example || exampleList !== null || exampleName !== null ? "info" : hit.keyIdOnly || dev || insecure || commented ? "warning" : void 0;
        if (hit.kind === "private-key") {
          if (cap === "info") {
            const head2 = headText(ctx, e.path, e.contentBytes, maxBytes);
            for (const body of head2 === null ? [] : privateKeyBodies(head2)) if (!fixtureKeys.has(body)) fixtureKeys.set(body, e.path);
          } else keyed.push({ finding: out.length, path: e.path, size: e.contentBytes });
        }
        out.push({ path: e.path, line: hit.line, data, ...cap ? { maxSeverity: cap } : {} });
      }
    }
    for (const k of fixtureKeys.size === 0 ? [] : keyed) {
      const head = headText(ctx, k.path, k.size, maxBytes);
      if (head === null) continue;
      const bodies = privateKeyBodies(head).filter((b) => b.length >= MIN_KEY_BODY);
      if (bodies.length === 0) continue;
      const f = out[k.finding];
      const other = bodies.find((b) => !fixtureKeys.has(b));
      if (other === void 0) {
        out[k.finding] = { ...f, data: { ...f.data, sameKeyAs: text(fixtureKeys.get(bodies[0])) }, maxSeverity: "info" };
      } else if (bodies.some((b) => fixtureKeys.has(b))) {
        const at = head.indexOf(other.slice(0, 40));
        const begin = at < 0 ? -1 : head.lastIndexOf("-----BEGIN", at);
        if (begin >= 0) {
          const line = lineOf(head, begin);
          out[k.finding] = { ...f, line, data: { ...f.data, line } };
        }
      }
    }
    return out;
  },
  message: (d) => `line ${d.line} holds what looks like ${/^[aeiou]/.test(d.kind) ? "an" : "a"} ${d.kind} (value not shown)${d.keyIdOnly === true ? ", with no secret access key in the file: an identifier, a credential only with its secret" : ""}${d.testFixture === true ? "; a committed test file: a fixture, check it is not a live one" : ""}${d.testName !== void 0 ? `; named as a test's own value (${d.testName}), committed to git: a fixture, check it is not a live one` : ""}${d.example === true ? "; a committed example or template to copy: published on purpose, check it is not a live one" : ""}${d.exampleList !== void 0 ? `; an item of the committed file's \`${d.exampleList}:\` list: a sample published on purpose, check it is not a live one` : ""}${d.exampleName !== void 0 ? `; shown as an example on its line (${d.exampleName}) in a committed file: published on purpose, check it is not a live one` : ""}${d.vendored === true ? "; in vendored third-party code, committed to git: that project's own test data, check it is not a live one" : ""}${d.devKey !== void 0 ? `; the key of ${d.devKey}, committed to git: a development key no client trusts for a real name` : ""}${d.insecureName === true ? "; in a committed file its authors name insecure: a key published as one, check nothing trusts it" : ""}${d.commentedOut === true ? "; on comment lines of a committed file: a sample the program does not read, check it is not a live one" : ""}${d.sameKeyAs !== void 0 ? `; the same key as ${d.sameKeyAs}, a committed fixture or example: check it is not a live one` : ""}`
});

// src/rules/fs-reader.ts
const fs3 = require("node:fs");
function fsContextReader(rootText, tree) {
  const root = toByteString(rootText);
  let scratch = Buffer.allocUnsafe(8192);
  return {
    readPrefix(path, maxBytes) {
      let fd;
      try {
        fd = fs3.openSync(fsPath(root + "/" + path), fs3.constants.O_RDONLY | fs3.constants.O_NONBLOCK | fs3.constants.O_NOFOLLOW);
        if (scratch.length < maxBytes) scratch = Buffer.allocUnsafe(maxBytes);
        const n = fs3.readSync(fd, scratch, 0, maxBytes, 0);
        return scratch.subarray(0, n);
      } catch {
        return null;
      } finally {
        if (fd !== void 0) fs3.closeSync(fd);
      }
    },
    listFiles(dir, limit) {
      const out = [];
      const stack = [dir];
      while (stack.length > 0 && out.length < limit) {
        const d = stack.pop();
        const abs = root + "/" + d;
        let names;
        let statOf;
        try {
          if (tree) {
            const listing = tree.list(abs);
            names = listing.names;
            statOf = (i) => listing.stat(i);
          } else {
            names = fs3.readdirSync(fsPath(abs), { encoding: "latin1" }).sort();
            statOf = (i) => fs3.lstatSync(fsPath(abs + "/" + names[i]), { throwIfNoEntry: false });
          }
        } catch {
          continue;
        }
        for (let i = 0; i < names.length; i++) {
          let st;
          try {
            st = statOf(i);
          } catch {
            continue;
          }
          if (!st) continue;
          const fmt = st.mode & 61440;
          const rel = d + "/" + names[i];
          if (fmt === 16384) stack.push(rel);
          else if (fmt === 32768 && out.length < limit) out.push(rel);
        }
      }
      return out;
    }
  };
}

export {
  STAT_FIELDS,
  STAT_MISSING,
  STAT_FAILED,
  withDirectoryReads,
  homeUntil,
  readNames,
  lstatIn,
  readDirectory,
  scanErrorToError,
  CHUNK_FREE,
  CHUNK_WORKER,
  CHUNK_MAIN,
  subdirectories,
  scanTree,
  SIGNAL_POSTED,
  SIGNAL_ALIVE,
  SIGNAL_STOP,
  SIGNAL_HEARTBEAT,
  SIGNAL_SLOTS,
  ignoreFileLocation,
  defineRule,
  text,
  baseName,
  underRoot,
  hasWildcard,
  firstAtOrUnder,
  firstUnder,
  literalComponents,
  splitAtWildcard,
  parseSize,
  TEST_DIR,
  inTestDirectory,
  isTestPathInRepo,
  isCommittedTestFile,
  EXAMPLE_DIR,
  isTemplateName,
  isCommittedExample,
  THIRD_PARTY_DIR,
  isVendoredModuleFile,
  devKeyNames,
  scanForSecrets,
  isSecretScanCandidate,
  scanFileForSecrets,
  secretContent,
  fsContextReader
};
