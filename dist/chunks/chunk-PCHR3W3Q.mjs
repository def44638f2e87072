import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/context/bytes.ts
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
function toByteString(text) {
  return isAscii(text) ? text : Buffer.from(text, "utf8").toString("latin1");
}
function byteStringToText(s) {
  return isAscii(s) ? s : Buffer.from(s, "latin1").toString("utf8");
}
function isValidUtf8(s) {
  if (isAscii(s)) return true;
  return Buffer.from(byteStringToText(s), "utf8").toString("latin1") === s;
}
function fsPath(s) {
  return isAscii(s) ? s : Buffer.from(s, "latin1");
}

// src/lazy-builtins.ts
const { createRequire } = require("node:module");
var load = createRequire(import.meta.url);
var crypto;
var workerThreads;
var fsPromises;
function nodeCrypto() {
  return crypto ??= load("node:crypto");
}
function nodeWorkerThreads() {
  return workerThreads ??= load("node:worker_threads");
}
function nodeFsPromises() {
  return fsPromises ??= load("node:fs/promises");
}

export {
  isAscii,
  toByteString,
  byteStringToText,
  isValidUtf8,
  fsPath,
  nodeCrypto,
  nodeWorkerThreads,
  nodeFsPromises
};
