import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  isGitUrl,
  isHttpUrl
} from "./chunk-QDEKIWEK.mjs";

// src/inputs/context-kind.ts
const fs = require("node:fs");
const path = require("node:path");
var ARCHIVE_NAME = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst)$/i;
function looksLikeArchivePath(context) {
  return context !== "-" && ARCHIVE_NAME.test(context);
}
function remoteContextKind(context) {
  if (isGitUrl(context)) return "git";
  if (isHttpUrl(context)) return "url";
  return null;
}
function isContextInput(context, cwd) {
  if (context === "-" || looksLikeArchivePath(context)) return true;
  return remoteContextKind(context) !== null && !fs.existsSync(path.resolve(cwd, context));
}

export {
  ARCHIVE_NAME,
  looksLikeArchivePath,
  remoteContextKind,
  isContextInput
};
