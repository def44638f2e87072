import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  MAX_STDIN_DOCKERFILE_CONTEXT_BYTES,
  MAX_URL_CONTEXT_BYTES,
  archiveCompressedReport,
  contextFromArchiveFile,
  contextFromGitUrl,
  contextFromStdin,
  contextFromUrl,
  resolveContextInput
} from "./chunk-25E5TQF2.mjs";
import "./chunk-CAMEKKVL.mjs";
import "./chunk-26EYPM73.mjs";
import "./chunk-JYNGW7U3.mjs";
import "./chunk-WE6XP7M2.mjs";
import "./chunk-PCHR3W3Q.mjs";
import "./chunk-QDEKIWEK.mjs";
import "./chunk-L2MQREZJ.mjs";
import "./chunk-SJYW3XAE.mjs";
import "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";
export {
  MAX_STDIN_DOCKERFILE_CONTEXT_BYTES,
  MAX_URL_CONTEXT_BYTES,
  archiveCompressedReport,
  contextFromArchiveFile,
  contextFromGitUrl,
  contextFromStdin,
  contextFromUrl,
  resolveContextInput
};
