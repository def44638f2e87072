import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  humanSize
} from "./chunk-WE6XP7M2.mjs";

// src/reporters/safe-text.ts
function isUnsafeCodePoint(cp) {
  return cp < 32 || cp >= 127 && cp <= 159 || cp >= 8203 && cp <= 8207 || cp >= 8232 && cp <= 8238 || cp >= 8294 && cp <= 8297 || cp === 65279;
}
var C_ESCAPES = { 92: "\\\\", 10: "\\n", 9: "\\t", 13: "\\r", 11: "\\v", 12: "\\f", 8: "\\b", 7: "\\a" };
function octal(byte) {
  return "\\" + byte.toString(8).padStart(3, "0");
}
function escapeName(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const b = s.charCodeAt(i);
    if (b < 128) {
      if (C_ESCAPES[b] !== void 0) out += C_ESCAPES[b];
      else if (b < 32 || b === 127) out += octal(b);
      else out += s[i];
      i++;
      continue;
    }
    const [cp, len] = decodeUtf8At(s, i);
    if (cp < 0 || isUnsafeCodePoint(cp)) {
      for (let k = 0; k < (cp < 0 ? 1 : len); k++) out += octal(s.charCodeAt(i + k));
      i += cp < 0 ? 1 : len;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out.replace(LEGACY_COMMAND, "#\\043");
}
var LEGACY_COMMAND = /##(?=(?:vso)?\[)/gi;
var LINE_COMMAND = /^([\s\u0085]*)::/gm;
function neutralizeCommands(text) {
  return text.replace(LINE_COMMAND, "$1:\\072").replace(LEGACY_COMMAND, "#\\043");
}
function neutralizeJson(json) {
  return json.replace(LEGACY_COMMAND, "#\\u0023");
}
function decodeUtf8At(s, i) {
  const b0 = s.charCodeAt(i);
  let need;
  let cp;
  let min;
  if (b0 >= 194 && b0 <= 223) [need, cp, min] = [1, b0 & 31, 128];
  else if (b0 >= 224 && b0 <= 239) [need, cp, min] = [2, b0 & 15, 2048];
  else if (b0 >= 240 && b0 <= 244) [need, cp, min] = [3, b0 & 7, 65536];
  else return [-1, 1];
  if (i + need >= s.length) return [-1, 1];
  for (let k = 1; k <= need; k++) {
    const b = s.charCodeAt(i + k);
    if (Number.isNaN(b) || (b & 192) !== 128) return [-1, 1];
    cp = cp << 6 | b & 63;
  }
  if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return [-1, 1];
  return [cp, need + 1];
}
function safeText(text) {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp === 92) out += "\\\\";
    else if (isUnsafeCodePoint(cp)) out += C_ESCAPES[cp] ?? (cp < 256 ? octal(cp) : `\\u{${cp.toString(16)}}`);
    else out += ch;
  }
  return out.replace(LEGACY_COMMAND, "#\\043");
}

// src/units.ts
function formatSize(bytes) {
  return humanSize(bytes).replace(/^([-+0-9.e]+)([A-Za-z]+)$/, "$1 $2");
}
function formatBytes(bytes) {
  return `${formatCount(bytes)} B`;
}
function formatCount(n2) {
  if (!Number.isSafeInteger(n2) || Object.is(n2, -0)) return n2.toLocaleString("en-US");
  const digits = String(n2 < 0 ? -n2 : n2);
  let out = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return n2 < 0 ? "-" + out : out;
}
function plural(n2, one, many) {
  return `${formatCount(n2)} ${n2 === 1 ? one : many}`;
}

// src/reporters/compressed.ts
function n(x) {
  return formatCount(x);
}
function compressedFigure(c) {
  return c.dockerFigure === c.dockerFigureMax ? c.dockerFigure : `${c.dockerFigure} to ${c.dockerFigureMax}`;
}
function compressedBytes(c) {
  return c.bytes === c.bytesMax ? `${n(c.bytes)} B` : `${n(c.bytes)} to ${n(c.bytesMax)} B`;
}
function compressedSentence(c, tarBytes) {
  const saves = c.savedBytes > 0 ? `, ${n(c.savedBytes)} B fewer than the ${n(tarBytes)} B tar` : `, no fewer than the ${n(tarBytes)} B tar`;
  const range = c.exact ? "" : c.unreproducible ? ` (not exact: ${c.unreproducible})` : ` (a range: docker writes part of the stream at build time, a Dockerfile from outside the context or stdin, with a random name or the build time; ${c.samples} draws${c.topMargin ? `, the top ${c.topMargin} B above their largest for rarer names` : ""})`;
  return `docker build --compress (legacy builder) sends ${compressedBytes(c)}${saves}, and prints: Sending build context to Docker daemon  ${compressedFigure(c)}${range}. BuildKit ignores --compress.`;
}

// src/version.ts
var VERSION = "0.1.0";

export {
  formatSize,
  formatBytes,
  formatCount,
  plural,
  escapeName,
  neutralizeCommands,
  neutralizeJson,
  safeText,
  compressedFigure,
  compressedBytes,
  compressedSentence,
  VERSION
};
